// The eligibility route's records held between requests (storage/held_records.h), on both
// databases: every title's list for every scope answered from the held records is the list read
// afresh from the database for that scope; a write of what the records hold (an evaluation, an
// award, a discipline, a posting moved, a revocation) moves the commendation version in its own
// transaction and the next answer has it, here and through another instance on the same
// database; a write of anything else (scores, a read) leaves the held records as they are.
#include <gtest/gtest.h>

#include <map>

#include <nlohmann/json.hpp>

#include "api/commendation.h"
#include "storage/data_versions.h"
#include "storage/held_records.h"
#include "storage/registry.h"
#include "storage/test_databases.h"

namespace thidua::api {
namespace {

using nlohmann::json;
using storage::Tx;
using storage::TxMode;

Date d(const char* s) { return *Date::parse_iso(s); }
constexpr int kYear = 2025;

class HeldRecordsTest : public storage::testing::DbTest {
 protected:
  int64_t ministry = 0, quang_tri = 0, gio_linh = 0, cam_lo = 0, gio_my = 0, team = 0, hue = 0;
  int64_t model = 0, good = 0, mover = 0, leader = 0, member = 0, newcomer = 0;
  std::vector<int64_t> scopes;

  void SetUp() override {
    DbTest::SetUp();
    if (!db) return;
    write([&](Tx& tx) {
      storage::UnitRepository units(tx);
      ministry = units.create({"Bộ Công an", "ministry", "BCA", std::nullopt, d("1945-08-19"), std::nullopt}).id;
      quang_tri = units.create({"Công an tỉnh Quảng Trị", "provincial_police", "CA-QT", ministry, d("1997-01-01"), std::nullopt}).id;
      hue = units.create({"Công an thành phố Huế", "provincial_police", "CA-HUE", ministry, d("1997-01-01"), std::nullopt}).id;
      gio_linh = units.create({"Công an huyện Gio Linh", "district_police", "GL", quang_tri, d("2004-01-01"), std::nullopt}).id;
      cam_lo = units.create({"Công an huyện Cam Lộ", "district_police", "CL", quang_tri, d("2004-01-01"), std::nullopt}).id;
      gio_my = units.create({"Công an xã Gio Mỹ", "commune_police", "GM", gio_linh, d("2010-01-01"), std::nullopt}).id;
      team = units.create({"Tổ bảo vệ ANTT thôn 1", "grassroots_team", "T1", gio_my, d("2023-07-01"), std::nullopt}).id;
      storage::PersonRepository people(tx);
      auto officer = [&](const char* name, int64_t unit) {
        return people.create(name, "officer", 1980, {unit, "Đại úy", std::nullopt, std::nullopt, d("2015-01-01")}).id;
      };
      model = officer("Nguyễn Văn Mẫu", gio_linh);
      good = officer("Lê Thị Hoa", gio_my);
      mover = officer("Phạm Văn Chuyển", cam_lo);
      newcomer = officer("Hoàng Văn Mới", hue);
      leader = people.create("Trần Văn Trưởng", "member", 1975, {team, std::nullopt, std::nullopt, std::string("to_truong"), d("2023-07-01")}).id;
      member = people.create("Võ Thị Viên", "member", 1978, {team, std::nullopt, std::nullopt, std::string("to_vien"), d("2023-07-01")}).id;
      // Moved in the middle of the year from Cam Lộ to Huế: listed in both provinces' 2025.
      people.add_posting(mover, {hue, "Thiếu tá", std::nullopt, std::nullopt, d("2025-06-01")});
      storage::CommendationRecords r(tx);
      auto rate = [&](const std::string& kind, int64_t id, int64_t unit, int y, const char* level,
                      std::optional<int64_t> done = std::nullopt) {
        r.put_evaluation({kind, id, unit, y, level, done, done ? std::optional<int64_t>(6) : std::nullopt, false, std::nullopt}, "t");
      };
      auto award = [&](const std::string& kind, int64_t id, int64_t unit, const char* code, int y) {
        r.add_award({kind, id, unit, code, code, y, std::nullopt, std::nullopt, 1.0, 0, 1}, "t");
      };
      for (int y = 2021; y <= kYear; ++y) rate("person", model, gio_linh, y, "xuat_sac");
      for (int y = 2022; y < kYear; ++y) {
        award("person", model, gio_linh, "chien_si_tien_tien", y);
        award("person", model, gio_linh, "chien_si_thi_dua_co_so", y);
      }
      r.add_initiative({model, gio_linh, "Quy trình tiếp dân", "unit", "CA huyện", d("2025-03-02")}, "t");
      r.put_service(model, std::string("nam"), d("1998-09-01"), 0);
      rate("person", good, gio_my, 2024, "tot");
      rate("person", good, gio_my, kYear, "tot");
      award("person", good, gio_my, "chien_si_tien_tien", 2024);
      r.put_service(good, std::string("nu"), d("2012-02-01"), 0);
      rate("person", mover, cam_lo, 2024, "xuat_sac");
      rate("person", mover, hue, kYear, "xuat_sac");
      award("person", mover, cam_lo, "chien_si_tien_tien", 2024);
      rate("person", newcomer, hue, kYear, "hoan_thanh");
      rate("unit", team, gio_my, kYear, "tot", 6);
      rate("person", leader, team, kYear, "xuat_sac");
      rate("person", member, team, kYear, "tot");
      r.put_service(member, std::string("nu"), d("2017-01-01"), 2);
      for (int64_t u : {quang_tri, gio_linh, gio_my}) {
        rate("unit", u, u, 2024, "xuat_sac");
        rate("unit", u, u, kYear, "xuat_sac");
      }
      return 0;
    });
    // Cam Lộ merged into Gio Linh in 2025: its people are Gio Linh's from then on.
    write([&](Tx& tx) {
      storage::UnitRepository(tx).merge({cam_lo}, gio_linh, d("2025-07-01"), std::nullopt);
      return 0;
    });
    scopes = {ministry, quang_tri, gio_linh, cam_lo, gio_my, team, hue};
  }

  // Every code of the catalogue in force in the year.
  static std::vector<std::string> titles() {
    std::vector<std::string> out;
    for (const auto& c : commendation_data().catalogue.codes())
      if (commendation_data().catalogue.find_in_year(c, kYear)) out.push_back(c);
    return out;
  }
  json fresh(const std::string& code, int64_t unit) {
    auto tx = db->begin(TxMode::kRead);
    return eligibility(*tx, commendation_data(), code, kYear, unit);
  }
  json from_held(storage::Database& on, storage::HeldRecords& held, const std::string& code, int64_t unit) {
    auto tx = on.begin(TxMode::kRead);
    return eligibility(*tx, commendation_data(), *held.get(*tx, kYear), code, unit);
  }
  static const json* item_of(const json& list, int64_t id) {
    for (const auto& it : list["items"])
      if (it["subject"]["id"].get<int64_t>() == id) return &it;
    return nullptr;
  }
  int64_t version() {
    auto tx = db->begin(TxMode::kRead);
    return storage::read_commendation_version(*tx);
  }
};

TEST_P(HeldRecordsTest, EveryTitlesListForEveryScopeFromTheHeldRecordsIsTheListReadAfresh) {
  auto held = held_records(commendation_data());
  size_t lists = 0, listed = 0;
  for (const std::string& code : titles())
    for (int64_t unit : scopes) {
      const json want = fresh(code, unit), got = from_held(*db, *held, code, unit);
      EXPECT_EQ(got, want) << code << " in unit " << unit;
      ++lists;
      listed += want["items"].size();
    }
  EXPECT_GT(lists, 20u);
  EXPECT_GT(listed, 50u);  // not lists of nobody
  // Each item's sentences (written for the whole list with one engine state) are those a single
  // evaluation of the subject writes (commendation::evaluate, as a proposal's check shows them).
  {
    auto tx = db->begin(TxMode::kRead);
    const auto& cat = commendation_data().catalogue;
    const auto rec = storage::CommendationRecords(*tx).records(0, kYear, cat.look_back(), &cat);
    size_t sentences = 0;
    for (const std::string& code : titles()) {
      const json list = from_held(*db, *held, code, ministry);
      for (const auto& it : list["items"]) {
        const bool unit = it["subject"]["kind"] == "unit";
        const auto* r = unit ? rec.unit(it["subject"]["id"].get<int64_t>()) : rec.person(it["subject"]["id"].get<int64_t>());
        ASSERT_TRUE(r);
        const auto ev = commendation::evaluate(cat, rec, *r, code, kYear);
        ASSERT_EQ(it["conditions"].size(), ev.conditions.size()) << code;
        EXPECT_EQ(it["eligible"].get<bool>(), ev.eligible) << code;
        for (size_t k = 0; k < ev.conditions.size(); ++k, ++sentences)
          EXPECT_EQ(it["conditions"][k]["detail"].get<std::string>(), ev.detail(k)) << code << " " << r->name;
      }
    }
    EXPECT_GT(sentences, 100u);
  }
  // Read once for all of them.
  EXPECT_EQ(held->stats().builds, 1u);
  EXPECT_EQ(held->stats().served, lists - 1 + titles().size());
  // The mover is in both provinces' lists of the year, and the model officer eligible.
  const json tt_hue = from_held(*db, *held, "chien_si_tien_tien", hue);
  const json tt_qt = from_held(*db, *held, "chien_si_tien_tien", quang_tri);
  ASSERT_TRUE(item_of(tt_hue, mover));
  ASSERT_TRUE(item_of(tt_qt, mover));
  EXPECT_FALSE(item_of(tt_hue, model));
  ASSERT_TRUE(item_of(tt_qt, model));
  EXPECT_TRUE((*item_of(tt_qt, model))["eligible"].get<bool>());
}

TEST_P(HeldRecordsTest, AWriteOfTheRecordIsInTheNextAnswerAndAnythingElseKeepsTheHeldRecords) {
  auto held = held_records(commendation_data());
  const std::string code = "chien_si_tien_tien";
  json before = from_held(*db, *held, code, ministry);
  ASSERT_TRUE(item_of(before, newcomer));
  EXPECT_FALSE((*item_of(before, newcomer))["eligible"].get<bool>());  // "hoàn thành" only
  uint64_t builds = held->stats().builds, updates = held->stats().updates;
  int64_t v = version();
  // Each write: the version moved once; the held year brought up to it from the subject written
  // (a record) or read whole (a posting: more than a record); every title's list for every scope
  // then the one read afresh.
  auto after = [&](const char* what, bool whole, auto write_it) {
    write([&](Tx& tx) {
      write_it(tx);
      return 0;
    });
    EXPECT_EQ(version(), v + 1) << what;
    v = version();
    json got = from_held(*db, *held, code, ministry);
    EXPECT_EQ(held->stats().builds, whole ? ++builds : builds) << what;
    EXPECT_EQ(held->stats().updates, whole ? updates : ++updates) << what;
    EXPECT_EQ(got, fresh(code, ministry)) << what;
    for (const std::string& c : titles())
      for (int64_t unit : scopes) EXPECT_EQ(from_held(*db, *held, c, unit), fresh(c, unit)) << what << ": " << c << " in " << unit;
    EXPECT_EQ(held->stats().builds, builds) << what << ": the lists after it read nothing again";
    return got;
  };
  // An evaluation: the newcomer rated "tốt" becomes eligible.
  json now = after("an evaluation", false, [&](Tx& tx) {
    storage::CommendationRecords(tx).put_evaluation({"person", newcomer, hue, kYear, "tot", std::nullopt, std::nullopt, false, std::nullopt}, "t");
  });
  EXPECT_TRUE((*item_of(now, newcomer))["eligible"].get<bool>());
  // A discipline: no longer.
  now = after("a discipline", false, [&](Tx& tx) {
    storage::CommendationRecords(tx).add_discipline({"person", newcomer, hue, "khien_trach", d("2025-05-02"), 12, false, "Vi phạm"}, "t");
  });
  EXPECT_FALSE((*item_of(now, newcomer))["eligible"].get<bool>());
  // An award: held this year.
  EXPECT_FALSE((*item_of(now, good))["held"].get<bool>());
  int64_t award = 0;
  now = after("an award", false, [&](Tx& tx) {
    award = storage::CommendationRecords(tx).add_award(
        {"person", good, gio_my, code, code, kYear, std::nullopt, std::nullopt, 1.0, 0, 1}, "t");
  });
  EXPECT_TRUE((*item_of(now, good))["held"].get<bool>());
  // Revoked: no longer held.
  now = after("a revocation", false, [&](Tx& tx) { storage::CommendationRecords(tx).revoke(award, "Sai sót", std::nullopt, d("2025-12-01")); });
  EXPECT_FALSE((*item_of(now, good))["held"].get<bool>());
  // An initiative, a person's service, a team's year and a unit's award, two subjects in one
  // transaction: each the fresh answer.
  after("an initiative", false, [&](Tx& tx) {
    storage::CommendationRecords(tx).add_initiative({good, gio_my, "Sổ tay tuần tra", "ministry", "Bộ Công an", d("2025-04-01")}, "t");
  });
  after("years of service", false, [&](Tx& tx) { storage::CommendationRecords(tx).put_service(newcomer, std::string("nu"), d("2001-01-01"), 3); });
  after("a team's year and a unit's award", false, [&](Tx& tx) {
    storage::CommendationRecords r(tx);
    r.put_evaluation({"unit", team, gio_my, kYear, "hoan_thanh", 4, 6, true, std::nullopt}, "t");
    r.add_award({"unit", gio_my, gio_linh, "don_vi_tien_tien", "don_vi_tien_tien", kYear, std::nullopt, std::nullopt, 1.0, 0, 1}, "t");
  });
  // A posting moved: the good officer now in Huế's list too, and in Quảng Trị's still (this year).
  EXPECT_FALSE(item_of(from_held(*db, *held, code, hue), good));
  after("a posting moved", true, [&](Tx& tx) {
    storage::PersonRepository(tx).add_posting(good, {hue, "Đại úy", std::nullopt, std::nullopt, d("2025-10-01")});
  });
  EXPECT_TRUE(item_of(from_held(*db, *held, code, hue), good));
  // A record written and a posting in one transaction: read whole.
  after("a record and a posting", true, [&](Tx& tx) {
    storage::CommendationRecords(tx).put_evaluation({"person", mover, hue, kYear, "tot", std::nullopt, std::nullopt, false, std::nullopt}, "t");
    storage::PersonRepository(tx).add_posting(newcomer, {quang_tri, "Đại úy", std::nullopt, std::nullopt, d("2025-11-01")});
  });
  // Scores and structure alone, a read, an edit of a birth year: nothing read again.
  write([&](Tx& tx) {
    tx.touch(storage::kScoresVersion | storage::kStructureVersion);
    storage::PersonRepository(tx).update(good, std::nullopt, 1981);
    return 0;
  });
  EXPECT_EQ(version(), v);
  EXPECT_EQ(from_held(*db, *held, code, ministry), fresh(code, ministry));
  EXPECT_EQ(held->stats().builds, builds);
  EXPECT_EQ(held->stats().updates, updates);
}

// A unit's sentences are written by the held year's engine, which keeps what it worked out for
// earlier requests (its members' "held or eligible", its counts of them, HeldYear::engine): a
// write about one member changes the unit's sentences in the next answer — here and in another
// instance — and each is what a fresh evaluation writes. An engine lent when the year changes is
// not taken back.
TEST_P(HeldRecordsTest, AUnitsSentencesChangeWithAMembersRecordThoughTheEngineIsKept) {
  auto held = held_records(commendation_data());
  auto other = storage::open_database(url, 2);
  auto there = held_records(commendation_data());
  const std::string code = "don_vi_tien_tien";
  auto sentences = [&](const json& list, int64_t unit) {
    std::map<std::string, std::string> out;
    const json* it = item_of(list, unit);
    if (!it) return out;
    for (const auto& c : (*it)["conditions"]) out[c["code"].get<std::string>()] = c["detail"].get<std::string>();
    return out;
  };
  // Asked twice (the second from the kept list and a warm engine), through both instances.
  from_held(*db, *held, code, ministry);
  const json before = from_held(*db, *held, code, ministry);
  EXPECT_EQ(before, fresh(code, ministry));
  EXPECT_EQ(from_held(*other, *there, code, ministry), before);
  {
    auto tx = db->begin(TxMode::kRead);
    EXPECT_GT(held->get(*tx, kYear)->answers_bytes(), 0u);  // the list and the engine kept
  }
  const auto was = sentences(before, gio_linh);
  ASSERT_EQ(was.count("ky_luat_ca_nhan"), 1u);
  EXPECT_EQ(was.at("ky_luat_ca_nhan").find("Nguyễn Văn Mẫu"), std::string::npos) << was.at("ky_luat_ca_nhan");
  // The model officer of Gio Linh reprimanded this year: no longer advanced, named among the
  // disciplined members.
  write([&](Tx& tx) {
    storage::CommendationRecords(tx).add_discipline({"person", model, gio_linh, "canh_cao", d("2025-05-02"), 12, false, "Vi phạm"}, "t");
    return 0;
  });
  for (auto [on, h] : {std::pair{db.get(), held.get()}, std::pair{other.get(), there.get()}}) {
    const json after = from_held(*on, *h, code, ministry);
    EXPECT_EQ(after, fresh(code, ministry));
    const auto now = sentences(after, gio_linh);
    EXPECT_NE(now.at("ky_luat_ca_nhan").find("Nguyễn Văn Mẫu"), std::string::npos) << now.at("ky_luat_ca_nhan");
    EXPECT_NE(now.at("ti_le_cstt"), was.at("ti_le_cstt"));  // one advanced member fewer
  }
  // The model's 2025 rating taken back to "hoàn thành" and the discipline kept: asked again, the
  // same as fresh (the engine dropped with the year's change, not answering from before).
  write([&](Tx& tx) {
    storage::CommendationRecords(tx).put_evaluation({"person", model, gio_linh, kYear, "hoan_thanh", std::nullopt, std::nullopt, false, std::nullopt}, "t");
    return 0;
  });
  EXPECT_EQ(from_held(*db, *held, code, ministry), fresh(code, ministry));
  EXPECT_EQ(from_held(*other, *there, code, ministry), fresh(code, ministry));
  // An engine lent out when the year's answers are dropped is not taken back; one lent after is.
  {
    auto tx = db->begin(TxMode::kRead);
    const auto year = held->build(*tx, kYear, storage::read_commendation_version(*tx));
    const auto& cat = commendation_data().catalogue;
    {
      const auto engine = year->engine(cat);
      year->drop_answers();
    }
    EXPECT_EQ(year->answers_bytes(), 0u);
    { const auto engine = year->engine(cat); }
    EXPECT_GT(year->answers_bytes(), 0u);
    year->drop_answers();
    EXPECT_EQ(year->answers_bytes(), 0u);
  }
  other->close();
}

// Two writes of records between two requests: one update for both; and when the log no longer
// reaches back to the held version, the year is read whole.
TEST_P(HeldRecordsTest, SeveralWritesAreOneUpdateAndALogThatNoLongerReachesBackReadsWhole) {
  auto held = held_records(commendation_data());
  const std::string code = "chien_si_tien_tien";
  from_held(*db, *held, code, ministry);
  write([&](Tx& tx) {
    storage::CommendationRecords(tx).put_evaluation({"person", newcomer, hue, kYear, "tot", std::nullopt, std::nullopt, false, std::nullopt}, "t");
    return 0;
  });
  write([&](Tx& tx) {
    storage::CommendationRecords(tx).add_discipline({"person", model, gio_linh, "khien_trach", d("2025-05-02"), 12, false, "Vi phạm"}, "t");
    return 0;
  });
  EXPECT_EQ(from_held(*db, *held, code, ministry), fresh(code, ministry));
  EXPECT_EQ(held->stats().updates, 1u);
  EXPECT_EQ(held->stats().builds, 1u);
  EXPECT_FALSE((*item_of(fresh(code, ministry), model))["eligible"].get<bool>());
  write([&](Tx& tx) {
    storage::CommendationRecords(tx).put_evaluation({"person", newcomer, hue, kYear, "xuat_sac", std::nullopt, std::nullopt, false, std::nullopt}, "t");
    return 0;
  });
  write([&](Tx& tx) {
    tx.query("DELETE FROM comm_changes");  // the log of that write gone (as if older than what is kept)
    return 0;
  });
  EXPECT_EQ(from_held(*db, *held, code, ministry), fresh(code, ministry));
  EXPECT_EQ(held->stats().builds, 2u);
}

// The held years' bytes are counted and bounded: beyond the budget a year is answered, not held.
TEST_P(HeldRecordsTest, HeldYearsAreCountedAndABudgetTooSmallHoldsNone) {
  auto held = held_records(commendation_data());
  const std::string code = "chien_si_tien_tien";
  const json want = fresh(code, ministry);
  EXPECT_EQ(from_held(*db, *held, code, ministry), want);
  EXPECT_EQ(held->stats().years, 1u);
  EXPECT_GT(held->stats().bytes, 10'000u);  // the records, rows and columns of seven units and six people
  EXPECT_LT(held->stats().bytes, 50'000'000u);
  held->set_budget(1024);
  EXPECT_EQ(held->stats().years, 0u);
  EXPECT_EQ(held->stats().bytes, 0u);
  EXPECT_EQ(from_held(*db, *held, code, ministry), want);
  EXPECT_EQ(from_held(*db, *held, code, ministry), want);
  EXPECT_EQ(held->stats().builds, 3u);  // read for each request
  EXPECT_EQ(held->stats().years, 0u);
}

// The Prime Minister's certificate asks for the Minister's within the last 10 years: one awarded
// nine years before is on record and counts — the held year reads as far back as the catalogue's
// conditions do (Catalogue::look_back), not a fixed number of years.
TEST_P(HeldRecordsTest, AMinistersCertificateNineYearsBackCountsForThePrimeMinisters) {
  write([&](Tx& tx) {
    storage::CommendationRecords(tx).add_award(
        {"person", model, gio_linh, "bang_khen_bo_truong", "bang_khen_bo_truong", kYear - 9, std::nullopt, std::nullopt, 1.0, 0, 1}, "t");
    return 0;
  });
  EXPECT_GE(commendation_data().catalogue.look_back(), 9);
  auto held = held_records(commendation_data());
  const json list = from_held(*db, *held, "bang_khen_thu_tuong", gio_linh);
  const json* it = item_of(list, model);
  ASSERT_TRUE(it);
  bool seen = false;
  for (const auto& c : (*it)["conditions"])
    if (c["code"] == "bang_khen_bo") {
      seen = true;
      EXPECT_TRUE(c["met"].get<bool>()) << c["detail"];
      EXPECT_NE(c["detail"].get<std::string>().find(std::to_string(kYear - 9)), std::string::npos) << c["detail"];
    }
  EXPECT_TRUE(seen);
  EXPECT_EQ(list, fresh("bang_khen_thu_tuong", gio_linh));
}

// An officer asking one title of a scope is answered from one pass of the engine over the scope's
// people for every title of the same level: the next title of theirs is kept already (and is the
// list a fresh read answers); titles of other levels are not worked out.
TEST_P(HeldRecordsTest, OneTitlesListEvaluatesTheOtherTitlesOfItsLevelForTheSameScope) {
  auto held = held_records(commendation_data());
  const auto& cat = commendation_data().catalogue;
  const json first = from_held(*db, *held, "chien_si_tien_tien", quang_tri);
  EXPECT_EQ(first, fresh("chien_si_tien_tien", quang_tri));
  std::vector<std::string> same_level, other_level;
  for (const std::string& code : titles())
    (cat.find_in_year(code, kYear)->level == "individual" ? same_level : other_level).push_back(code);
  ASSERT_GT(same_level.size(), 3u);
  ASSERT_FALSE(other_level.empty());
  {
    auto tx = db->begin(TxMode::kRead);
    auto year = held->get(*tx, kYear);
    for (const std::string& code : same_level)
      EXPECT_TRUE(year->answer(std::to_string(quang_tri) + '/' + code)) << code << " was not evaluated with the first";
    for (const std::string& code : other_level)
      EXPECT_FALSE(year->answer(std::to_string(quang_tri) + '/' + code)) << code << " is of another level";
    EXPECT_FALSE(year->answer(std::to_string(ministry) + "/chien_si_thi_dua_co_so"));  // another scope
  }
  for (const std::string& code : same_level) EXPECT_EQ(from_held(*db, *held, code, quang_tri), fresh(code, quang_tri)) << code;
}

// Another instance on the same database: its held records are read again on its next request
// after a write through this one (the version is in the database), and the other way round.
TEST_P(HeldRecordsTest, AnotherInstanceSeesAWriteInItsNextAnswer) {
  auto other = storage::open_database(url, 2);
  auto here = held_records(commendation_data()), there = held_records(commendation_data());
  const std::string code = "chien_si_tien_tien";
  EXPECT_FALSE((*item_of(from_held(*other, *there, code, hue), newcomer))["eligible"].get<bool>());
  EXPECT_FALSE((*item_of(from_held(*db, *here, code, hue), newcomer))["eligible"].get<bool>());
  write([&](Tx& tx) {
    storage::CommendationRecords(tx).put_evaluation({"person", newcomer, hue, kYear, "tot", std::nullopt, std::nullopt, false, std::nullopt}, "t");
    return 0;
  });
  EXPECT_TRUE((*item_of(from_held(*other, *there, code, hue), newcomer))["eligible"].get<bool>());
  EXPECT_EQ(there->stats().builds, 1u);  // brought up from the subject written, not read whole
  EXPECT_EQ(there->stats().updates, 1u);
  {
    auto tx = other->begin(TxMode::kWrite);
    storage::CommendationRecords(*tx).add_discipline({"person", newcomer, hue, "khien_trach", d("2025-05-02"), 12, false, "Vi phạm"}, "t");
    tx->commit();
  }
  EXPECT_FALSE((*item_of(from_held(*db, *here, code, hue), newcomer))["eligible"].get<bool>());
  EXPECT_EQ(here->stats().updates, 1u);
  EXPECT_EQ(from_held(*db, *here, code, ministry), fresh(code, ministry));
  other->close();
}

THIDUA_BOTH_DATABASES(HeldRecordsTest);

}  // namespace
}  // namespace thidua::api
