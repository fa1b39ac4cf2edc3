// Movements, groups, pledges and registrations on both databases, as the corpus tells them.
#include <gtest/gtest.h>

#include "core/error.h"
#include "storage/emulation.h"
#include "storage/registry.h"
#include "storage/test_databases.h"

namespace thidua::storage {
namespace {

using testing::DbTest;

Date d(const char* s) { return *Date::parse_iso(s); }

// A refusal by a rule (400/403/404/409), not a database failure: on PostgreSQL a failed statement
// would also poison the rest of the transaction.
#define EXPECT_REFUSED(...)                                              \
  try {                                                                  \
    __VA_ARGS__;                                                         \
    ADD_FAILURE() << "not refused: " #__VA_ARGS__;                       \
  } catch (const Error& e) {                                             \
    EXPECT_NE(e.code(), ErrorCode::kInternal) << e.what();               \
  }
const Date kToday = d("2026-11-22");

class EmulationTest : public DbTest {
 protected:
  int64_t ministry = 0, nghe_an = 0, ubnd_na = 0, tra_vinh = 0, commune = 0;
  int64_t hy = 0, tb = 0, hn = 0, nd = 0, hd = 0;
  int64_t truong = 0;  // Nguyễn Thanh Trường, director of Hưng Yên's police

  void SetUp() override {
    DbTest::SetUp();
    if (!db) return;
    write([&](Tx& tx) {
      UnitRepository u(tx);
      auto mk = [&](const char* name, const char* kind, const char* code, std::optional<int64_t> parent) {
        return u.create({name, kind, code, parent, d("1997-01-01"), std::nullopt}).id;
      };
      ministry = mk("Bộ Công an", "ministry", "BCA", std::nullopt);
      nghe_an = mk("Công an tỉnh Nghệ An", "provincial_police", "CA-NA", ministry);
      ubnd_na = mk("Ủy ban nhân dân tỉnh Nghệ An", "peoples_committee", "UBND-NA", std::nullopt);
      tra_vinh = mk("Công an tỉnh Trà Vinh", "provincial_police", "CA-TV", ministry);
      commune = u.create({"Công an xã Nghi Phú", "commune_police", "NA-NP", nghe_an, d("2020-01-01"), std::nullopt}).id;
      hy = mk("Công an tỉnh Hưng Yên", "provincial_police", "CA-HY", ministry);
      tb = mk("Công an tỉnh Thái Bình", "provincial_police", "CA-TB", ministry);
      hn = mk("Công an tỉnh Hà Nam", "provincial_police", "CA-HNA", ministry);
      nd = mk("Công an tỉnh Nam Định", "provincial_police", "CA-ND", ministry);
      hd = mk("Công an tỉnh Hải Dương", "provincial_police", "CA-HD", ministry);
      truong = PersonRepository(tx).create("Nguyễn Thanh Trường", "officer", std::nullopt,
                                           {hy, std::string("Đại tá"), std::string("Giám đốc Công an tỉnh"),
                                            std::nullopt, d("2020-01-01")}).id;
      return 0;
    });
  }

  int64_t count(const char* table) {
    auto tx = db->begin(TxMode::kRead);
    return tx->query_id(std::string("SELECT COUNT(*) FROM ") + table);
  }

  MovementFields nghe_an_movement() {
    MovementFields f;
    f.kind = "special";
    f.name = "Phong trào thi đua đặc biệt trong lực lượng tham gia bảo vệ ANTT ở cơ sở";
    f.organiser_ids = {ubnd_na, nghe_an};
    f.theme = "Lực lượng mới, khí thế mới, thi đua bảo đảm ANTT ở cơ sở trong tình hình mới";
    f.start = d("2024-10-18");
    f.end = d("2025-08-19");
    f.launch_date = d("2024-10-18");
    f.launch_place = "TP Vinh";
    f.chairs = {{std::nullopt, "Nguyễn Văn Đệ", "Phó Chủ tịch UBND tỉnh"}};
    f.phases = {{1, d("2024-10-18"), d("2025-02-03"), "Chào mừng 95 năm ngày thành lập Đảng", "Tết Ất Tỵ"},
                {2, d("2025-02-04"), d("2025-08-19"), "Chào mừng 80 năm Cách mạng tháng Tám", ""}};
    f.content_areas = {"Nắm tình hình", "Tuần tra"};
    f.targets = {emulation::parse_commitment(
        nlohmann::json::parse(R"({"kind":"change","indicator":"toi_pham_ttxh","direction":"decrease","value":7,"unit":"%"})"),
        "t")};
    return f;
  }

  YearSetup cluster5_2024() {
    YearSetup y;
    y.year = 2024;
    y.member_ids = {hy, tb, hn, nd, hd};
    y.leader = emulation::Leadership{hy, "assigned", d("2024-03-19"), std::nullopt};
    y.deputy = emulation::Leadership{tb, "assigned", d("2024-03-19"), std::nullopt};
    return y;
  }
};

TEST_P(EmulationTest, NgheAnsMovementIsStoredWithItsPhasesOrganisersAndTargets) {
  int64_t id = write([&](Tx& tx) { return MovementRepository(tx).create(nghe_an_movement(), std::nullopt).id; });
  auto tx = db->begin(TxMode::kRead);
  Movement m = MovementRepository(*tx).get(id);
  EXPECT_EQ(m.state, "draft");
  EXPECT_EQ(m.owner_unit_id, nghe_an);  // the police organiser owns it, the People's Committee co-organises
  ASSERT_EQ(m.organisers.size(), 2u);
  EXPECT_EQ(m.organisers[0].name, "Ủy ban nhân dân tỉnh Nghệ An");
  ASSERT_EQ(m.f.phases.size(), 2u);
  EXPECT_EQ(m.f.phases[1].start.iso(), "2025-02-04");
  EXPECT_EQ(m.f.phases[0].focus, "Tết Ất Tỵ");
  EXPECT_EQ(m.f.content_areas, (std::vector<std::string>{"Nắm tình hình", "Tuần tra"}));
  ASSERT_EQ(m.f.targets.size(), 1u);
  EXPECT_EQ(*m.f.targets[0].value, 7);
  EXPECT_EQ(m.f.chairs[0].position, "Phó Chủ tịch UBND tỉnh");
}

TEST_P(EmulationTest, OverlappingPhasesAreRefusedAndNothingIsStored) {
  MovementFields f = nghe_an_movement();
  f.phases[1].start = d("2025-01-15");
  {
    auto tx = db->begin(TxMode::kWrite);
    EXPECT_REFUSED(MovementRepository(*tx).create(f, std::nullopt));
  }
  EXPECT_EQ(count("movements"), 0);
  EXPECT_EQ(count("movement_phases"), 0);
}

TEST_P(EmulationTest, AMovementOrganisedOnlyByAPeoplesCommitteeHasNoPoliceOwnerAndIsRefused) {
  MovementFields f = nghe_an_movement();
  f.organiser_ids = {ubnd_na};
  auto tx = db->begin(TxMode::kWrite);
  EXPECT_REFUSED(MovementRepository(*tx).create(f, std::nullopt));
}

TEST_P(EmulationTest, ALaunchedMovementChangesPhasesOnlyWithAReasonAndKeepsTheirIds) {
  int64_t id = write([&](Tx& tx) {
    MovementRepository m(tx);
    int64_t id = m.create(nghe_an_movement(), std::nullopt).id;
    m.transition(id, emulation::State::kLaunched, d("2024-10-18"), std::nullopt, std::nullopt, "t", kToday);
    return id;
  });
  auto tx = db->begin(TxMode::kWrite);
  MovementRepository repo(*tx);
  Movement before = repo.get(id);
  MovementFields f = before.f;
  f.phases[0].end = d("2025-02-02");
  f.phases[1].start = d("2025-02-03");
  try {
    repo.update(id, f, false);
    FAIL() << "a launched movement's phases changed without a reason";
  } catch (const Error& e) {
    EXPECT_EQ(e.field(), "reason");
  }
  Movement after = repo.update(id, f, true);
  EXPECT_EQ(after.phase_ids, before.phase_ids);
  EXPECT_EQ(after.f.phases[1].start.iso(), "2025-02-03");
  // Its organisers no longer change once launched.
  f.organiser_ids = {nghe_an};
  EXPECT_REFUSED(repo.update(id, f, true));
}

TEST_P(EmulationTest, TheLifecycleIsRecordedAndAClosedMovementIsFrozen) {
  int64_t id = write([&](Tx& tx) { return MovementRepository(tx).create(nghe_an_movement(), std::nullopt).id; });
  auto tx = db->begin(TxMode::kWrite);
  MovementRepository repo(*tx);
  EXPECT_REFUSED(repo.transition(id, emulation::State::kClosed, d("2025-08-30"), std::nullopt, std::nullopt, "t", kToday));
  repo.transition(id, emulation::State::kLaunched, d("2024-10-18"), std::nullopt, std::nullopt, "t", kToday);
  repo.transition(id, emulation::State::kUnderWay, d("2024-10-20"), std::nullopt, std::nullopt, "t", kToday);
  repo.transition(id, emulation::State::kInterimReviewed, d("2025-02-10"), std::string("Sơ kết đợt 1"), std::nullopt,
                  "t", kToday);
  repo.transition(id, emulation::State::kUnderWay, d("2025-02-11"), std::nullopt, std::nullopt, "t", kToday);
  Movement m = repo.transition(id, emulation::State::kClosed, d("2025-08-30"), std::nullopt, std::nullopt, "t", kToday);
  ASSERT_EQ(m.transitions.size(), 5u);
  EXPECT_EQ(m.transitions[2].note, std::optional<std::string>("Sơ kết đợt 1"));
  EXPECT_EQ(m.state, "closed");
  MovementFields f = m.f;
  f.theme = "Sửa sau khi tổng kết";
  EXPECT_REFUSED(repo.update(id, f, true));
}

TEST_P(EmulationTest, ACommunesMovementSitsWithinItsProvincesAndWaitsForItsLaunch) {
  int64_t parent = write([&](Tx& tx) { return MovementRepository(tx).create(nghe_an_movement(), std::nullopt).id; });
  MovementFields child;
  child.kind = "special";
  child.name = "Phong trào của Công an xã Nghi Phú";
  child.organiser_ids = {commune};
  child.parent_id = parent;
  child.start = d("2024-11-01");
  child.end = d("2025-09-30");  // past the province's end
  auto tx = db->begin(TxMode::kWrite);
  MovementRepository repo(*tx);
  EXPECT_REFUSED(repo.create(child, std::nullopt));
  child.end = d("2025-08-19");
  int64_t id = repo.create(child, std::nullopt).id;
  EXPECT_EQ(repo.get(parent).children.at(0).id, id);
  // The province's draft is not launched yet: the commune cannot launch under it.
  EXPECT_REFUSED(repo.transition(id, emulation::State::kLaunched, d("2024-11-01"), std::nullopt, std::nullopt, "t", kToday));
  // Nor may the province shrink its period past the commune's.
  MovementFields pf = repo.get(parent).f;
  pf.end = d("2025-06-30");
  pf.phases[1].end = d("2025-06-30");
  EXPECT_REFUSED(repo.update(parent, pf, false));
  // Trà Vinh's police cannot hang its movement under Nghệ An's.
  MovementFields other = child;
  other.organiser_ids = {tra_vinh};
  EXPECT_REFUSED(repo.create(other, std::nullopt));
}

TEST_P(EmulationTest, AttachmentsKeepTheirBytesExactly) {
  int64_t id = write([&](Tx& tx) { return MovementRepository(tx).create(nghe_an_movement(), std::nullopt).id; });
  std::string bytes("%PDF-1.7\0\xff\xfe\x80 kế hoạch", 24);
  int64_t aid = write([&](Tx& tx) {
    return MovementRepository(tx).add_attachment(id, "Kế hoạch phát động.pdf", "application/pdf", bytes, std::nullopt,
                                                 std::nullopt).id;
  });
  auto tx = db->begin(TxMode::kRead);
  MovementRepository repo(*tx);
  auto a = repo.find_attachment(id, aid);
  ASSERT_TRUE(a);
  EXPECT_EQ(a->size, 24);
  EXPECT_EQ(a->sha256.size(), 64u);
  EXPECT_EQ(repo.attachment_content(aid), bytes);
}

TEST_P(EmulationTest, Cluster5For2024HasItsLeaderAndDeputyAmongItsMembers) {
  Group g = write([&](Tx& tx) { return GroupRepository(tx).create("Cụm thi đua số 5", "cluster", ministry, cluster5_2024()); });
  ASSERT_EQ(g.years.size(), 1u);
  const GroupYear& y = g.years[0];
  ASSERT_EQ(y.members.size(), 5u);
  EXPECT_EQ(y.members[0].name, "Công an tỉnh Hà Nam");  // Vietnamese order
  EXPECT_EQ(y.leader->unit_name, "Công an tỉnh Hưng Yên");
  EXPECT_EQ(y.deputy->unit_name, "Công an tỉnh Thái Bình");

  auto tx = db->begin(TxMode::kWrite);
  GroupRepository groups(*tx);
  // A leader who is not a member is refused.
  YearSetup bad = cluster5_2024();
  bad.year = 2025;
  bad.leader->unit_id = nghe_an;
  bad.leader->date = d("2025-03-01");
  try {
    groups.add_year(g.id, bad);
    FAIL() << "Nghệ An led Cluster No. 5 without being a member";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("không phải thành viên"), std::string::npos) << e.what();
  }
  // A unit sits in one cluster of the Ministry a year.
  YearSetup other;
  other.year = 2024;
  other.member_ids = {nghe_an, hd};
  EXPECT_REFUSED(groups.create("Cụm thi đua số 4", "cluster", ministry, other));
  // The same name twice under one organiser.
  EXPECT_REFUSED(groups.create("cụm thi đua số 5", "cluster", ministry, cluster5_2024()));
}

TEST_P(EmulationTest, PastYearsShowMembersUnderTheNamesTheyHadThen) {
  Group g = write([&](Tx& tx) { return GroupRepository(tx).create("Cụm thi đua số 5", "cluster", ministry, cluster5_2024()); });
  write([&](Tx& tx) {
    UnitRepository(tx).rename(hd, "Công an tỉnh Hải Dương (mới)", d("2025-01-01"), std::nullopt);
    UnitRepository(tx).merge({tb}, hy, d("2025-07-01"), std::string("Nghị quyết 202/2025/QH15"));
    YearSetup y;
    y.year = 2026;
    y.member_ids = {hy, hd, hn};
    return GroupRepository(tx).add_year(g.id, y).id;
  });
  auto tx = db->begin(TxMode::kRead);
  GroupRepository groups(*tx);
  Group now = groups.get(g.id);
  auto y2024 = groups.year(now, 2024), y2026 = groups.year(now, 2026);
  auto find = [](const GroupYear& y, int64_t id) {
    for (const auto& m : y.members)
      if (m.unit_id == id) return m;
    throw std::runtime_error("no member");
  };
  EXPECT_EQ(find(y2024, hd).name, "Công an tỉnh Hải Dương");
  EXPECT_EQ(find(y2024, hd).name_now, "Công an tỉnh Hải Dương (mới)");
  EXPECT_EQ(find(y2026, hd).name, "Công an tỉnh Hải Dương (mới)");
  EXPECT_EQ(find(y2024, tb).status, "merged");
  EXPECT_EQ(find(y2024, tb).successor_name, "Công an tỉnh Hưng Yên");
  EXPECT_EQ(y2026.members.size(), 3u);
  // Thái Bình ended on 30/6/2025: it can be no member in 2026.
  auto w = db->begin(TxMode::kWrite);
  EXPECT_REFUSED(GroupRepository(*w).update_year(g.id, 2026, std::vector<int64_t>{hy, hd, tb}, std::nullopt, std::nullopt));
}

TEST_P(EmulationTest, EveryMemberSignsOnceAndASignedPledgeChangesOnlyByANewVersion) {
  Group g = write([&](Tx& tx) { return GroupRepository(tx).create("Cụm thi đua số 5", "cluster", ministry, cluster5_2024()); });
  NewPledge np;
  np.group_id = g.id;
  np.year = 2024;
  np.title = "Giao ước thi đua năm 2024";
  np.commitments = {emulation::parse_commitment(nlohmann::json::parse(R"({"kind":"qualitative","text":"Bảo đảm an toàn"})"), "c")};
  int64_t id = write([&](Tx& tx) { return PledgeRepository(tx).create(np, std::nullopt).id; });

  auto sign = [&](int64_t unit, const char* who) {
    return write([&](Tx& tx) {
      SignatureInput s{unit, std::nullopt, who, "Giám đốc", d("2024-03-19")};
      return PledgeRepository(tx).sign(id, s, std::nullopt, kToday);
    });
  };
  sign(hy, "Nguyễn Thanh Trường");
  for (int64_t u : {tb, hn, nd}) sign(u, "Lãnh đạo");
  Pledge p = sign(hd, "Lãnh đạo");
  EXPECT_EQ(p.signed_count(), 5);

  auto tx = db->begin(TxMode::kWrite);
  PledgeRepository pledges(*tx);
  try {
    pledges.sign(id, {hy, std::nullopt, "Lần hai", "", d("2024-03-20")}, std::nullopt, kToday);
    FAIL() << "Hưng Yên signed twice";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kConflict);
  }
  try {
    pledges.sign(id, {nghe_an, std::nullopt, "Người ngoài", "", d("2024-03-19")}, std::nullopt, kToday);
    FAIL() << "Nghệ An signed a cluster it is not in";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kInvalid);
    EXPECT_NE(std::string(e.what()).find("không phải thành viên"), std::string::npos);
  }
  try {
    pledges.update(id, std::string("Đổi tên"), std::nullopt);
    FAIL() << "a signed pledge changed";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "Giao ước đã ký, cần tạo phiên bản mới");
  }
  // A signer of the year stays a member.
  EXPECT_REFUSED(GroupRepository(*tx).update_year(g.id, 2024, std::vector<int64_t>{hy, tb, hn, nd}, std::nullopt,
                                                std::nullopt));

  Pledge v2 = pledges.new_version(id, std::nullopt, std::nullopt, std::nullopt);
  EXPECT_EQ(v2.version, 2);
  EXPECT_EQ(v2.signed_count(), 0);
  EXPECT_EQ(v2.previous_id, id);
  Pledge v1 = pledges.get(id);
  EXPECT_FALSE(v1.latest());
  EXPECT_EQ(v1.signed_count(), 5);  // the old version stays readable, signatures and all
  EXPECT_REFUSED(pledges.sign(id, {hy, std::nullopt, "x", "", d("2024-03-19")}, std::nullopt, kToday));
  EXPECT_REFUSED(pledges.new_version(v2.id, std::nullopt, std::nullopt, std::nullopt));  // unsigned: edit it
  EXPECT_NO_THROW(pledges.update(v2.id, std::string("Giao ước (sửa đổi)"), std::nullopt));
  // One pledge a group-year: a second one is a new version, not a new pledge.
  EXPECT_REFUSED(pledges.create(np, std::nullopt));
}

TEST_P(EmulationTest, AMovementsPledgeIsSignedByTheUnitsTakingPart) {
  MovementFields f = nghe_an_movement();
  int64_t without_scope = write([&](Tx& tx) { return MovementRepository(tx).create(f, std::nullopt).id; });
  f.scope_unit_ids = {commune};
  int64_t movement = write([&](Tx& tx) { return MovementRepository(tx).create(f, std::nullopt).id; });
  NewPledge np;
  np.movement_id = without_scope;
  np.title = "Giao ước thi đua của lực lượng cơ sở";
  np.commitments = {emulation::parse_commitment(nlohmann::json::parse(R"({"kind":"qualitative","text":"Không để xảy ra bị động"})"), "c")};
  auto tx = db->begin(TxMode::kWrite);
  PledgeRepository pledges(*tx);
  EXPECT_REFUSED(pledges.create(np, std::nullopt));  // nobody to sign it
  np.movement_id = movement;
  Pledge p = pledges.create(np, std::nullopt);
  ASSERT_EQ(p.signatures.size(), 1u);
  EXPECT_EQ(p.signatures[0].unit_name, "Công an xã Nghi Phú");
  EXPECT_REFUSED(pledges.sign(p.id, {nghe_an, std::nullopt, "Giám đốc", "", d("2024-10-18")}, std::nullopt, kToday));
  EXPECT_EQ(pledges.sign(p.id, {commune, std::nullopt, "Trưởng Công an xã", "", d("2024-10-20")}, std::nullopt, kToday)
                .signed_count(),
            1);
  // A scope unit outside the owner's subtree is refused.
  f.scope_unit_ids = {tra_vinh};
  EXPECT_REFUSED(MovementRepository(*tx).create(f, std::nullopt));
}

TEST_P(EmulationTest, RegistrationsAreFlaggedLateAfterTheDeadlineAndListedPerChildUnit) {
  auto period = write([&](Tx& tx) { return RegistrationRepository(tx).create_period(2025, ministry, std::nullopt, d("2025-01-31")); });
  auto cat = emulation::TitleCatalogue::from_json(nlohmann::json::parse(R"({"version":1,"titles":[
      {"code":"don_vi_quyet_thang","name":"Đơn vị quyết thắng","level":"collective","rank":2,"valid_from":"2024-01-01"},
      {"code":"chien_si_thi_dua_co_so","name":"Chiến sĩ thi đua cơ sở","level":"individual","rank":2,"valid_from":"2024-01-01"}]})"));
  auto reg = [&](int64_t unit, std::optional<int64_t> person, const char* code, const char* date) {
    return write([&](Tx& tx) {
      return RegistrationRepository(tx).create({2025, unit, person, std::nullopt, code, d(date)}, cat, std::nullopt, kToday);
    });
  };
  Registration on_time = reg(hy, std::nullopt, "don_vi_quyet_thang", "2025-01-20");
  EXPECT_FALSE(on_time.late);
  EXPECT_EQ(on_time.deadline->iso(), "2025-01-31");
  Registration person = reg(hy, truong, "chien_si_thi_dua_co_so", "2025-01-20");
  EXPECT_EQ(person.person_name, "Nguyễn Thanh Trường");
  Registration late = reg(nghe_an, std::nullopt, "don_vi_quyet_thang", "2025-02-05");
  EXPECT_TRUE(late.late);

  {
    auto tx = db->begin(TxMode::kWrite);
    RegistrationRepository regs(*tx);
    try {
      regs.create({2025, hy, std::nullopt, std::nullopt, "don_vi_quyet_thang", d("2025-01-21")}, cat, std::nullopt, kToday);
      FAIL() << "registered twice";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kConflict);
    }
    // An individual title for a unit, a collective one for a person, a person of another unit.
    EXPECT_REFUSED(regs.create({2025, hy, std::nullopt, std::nullopt, "chien_si_thi_dua_co_so", d("2025-01-21")}, cat,
                             std::nullopt, kToday));
    EXPECT_REFUSED(regs.create({2025, hy, truong, std::nullopt, "don_vi_quyet_thang", d("2025-01-21")}, cat, std::nullopt, kToday));
    EXPECT_REFUSED(regs.create({2025, tb, truong, std::nullopt, "chien_si_thi_dua_co_so", d("2025-01-21")}, cat,
                             std::nullopt, kToday));
  }

  auto status = [&] {
    auto tx = db->begin(TxMode::kRead);
    return RegistrationRepository(*tx).status(ministry, 2025, std::nullopt);
  };
  RegistrationStatus s = status();
  EXPECT_EQ(s.period->deadline.iso(), "2025-01-31");
  auto row = [&](const RegistrationStatus& st, int64_t unit) {
    for (const auto& r : st.rows)
      if (r.unit.id == unit) return r;
    throw std::runtime_error("no row");
  };
  EXPECT_EQ(row(s, hy).on_time, 2);
  EXPECT_EQ(row(s, nghe_an).late, 1);
  EXPECT_EQ(row(s, tra_vinh).count, 0);

  // The Ministry extends its deadline: Nghệ An's registration is now on time.
  write([&](Tx& tx) { return RegistrationRepository(tx).update_period(period.id, d("2025-02-10")); });
  EXPECT_EQ(row(status(), nghe_an).on_time, 1);
  auto tx = db->begin(TxMode::kRead);
  EXPECT_FALSE(RegistrationRepository(*tx).find(late.id)->late);
}

THIDUA_BOTH_DATABASES(EmulationTest);

}  // namespace
}  // namespace thidua::storage
