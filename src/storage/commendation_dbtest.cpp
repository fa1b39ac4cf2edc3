// The commendation repositories on both databases: a person's and a unit's record across postings
// and mergers, what the eligibility engine is given (a year nobody rated stays absent), the
// uniqueness of decision numbers and awards, revocation, and a dossier's items, path, council and
// ballot with their refusals.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/error.h"
#include "storage/accounts.h"
#include "storage/commendation_proposals.h"
#include "storage/commendation_records.h"
#include "storage/registry.h"
#include "storage/test_databases.h"
#include "test_source_dir.h"

namespace thidua::storage {
namespace {

using testing::DbTest;
using nlohmann::json;

Date d(const char* s) { return *Date::parse_iso(s); }

// The catalogue of data/commendation/, for the names the record pages show.
const commendation::Catalogue& catalogue() {
  static const commendation::Catalogue c = [] {
    std::ifstream f(thidua::testing::source_dir() + "/data/commendation/catalogue.json");
    std::stringstream ss;
    ss << f.rdbuf();
    return commendation::Catalogue::from_json(json::parse(ss.str()));
  }();
  return c;
}

class CommendationStoreTest : public DbTest {
 protected:
  int64_t ministry = 0, province = 0, district = 0, division = 0, officer = 0, user = 0;

  void SetUp() override {
    DbTest::SetUp();
    if (!db) return;
    write([&](Tx& tx) {
      UnitRepository units(tx);
      ministry = units.create({"Bộ Công an", "ministry", "BCA", std::nullopt, d("1945-08-19"), std::nullopt}).id;
      province = units.create({"Công an tỉnh Quảng Bình", "provincial_police", "CA-QB", ministry, d("1997-01-01"), std::nullopt}).id;
      district = units.create({"Công an huyện Lệ Thủy", "district_police", "LT", province, d("2004-01-01"), std::nullopt}).id;
      division = units.create({"Phòng Tham mưu", "division", "PV01", province, d("2004-01-01"), std::nullopt}).id;
      officer = PersonRepository(tx).create("Trần Văn Đông", "officer", 1985, {district, "Đại úy", std::nullopt, std::nullopt, d("2019-01-01")}).id;
      user = UserRepository(tx).create("hoidong.qb", "Hội đồng Quảng Bình", "x", "council", province).id;
      return 0;
    });
  }

  int64_t award(const std::string& kind, int64_t subject, int64_t unit, const std::string& code, int year,
                std::optional<int64_t> decision = std::nullopt) {
    return write([&](Tx& tx) {
      return CommendationRecords(tx).add_award({kind, subject, unit, code, code, year, decision, std::nullopt, 1.0, 2340000, 1}, "t");
    });
  }
};

TEST_P(CommendationStoreTest, AScopeSeesItsOwnPeopleAndUnitsWhetherItsTablesAreReadWholeOrFiltered) {
  int64_t other_province = 0, other = 0, colleague = 0;
  write([&](Tx& tx) {
    other_province =
        UnitRepository(tx).create({"Công an tỉnh Quảng Trị", "provincial_police", "CA-QT", ministry, d("1997-01-01"), std::nullopt}).id;
    other = PersonRepository(tx).create("Lê Thị Hoa", "officer", 1990, {other_province, "Đại úy", std::nullopt, std::nullopt, d("2019-01-01")}).id;
    colleague = PersonRepository(tx).create("Phạm Văn Nam", "officer", 1988, {division, "Đại úy", std::nullopt, std::nullopt, d("2019-01-01")}).id;
    CommendationRecords r(tx);
    r.put_evaluation({"person", officer, district, 2025, "tot", std::nullopt, std::nullopt, false, std::nullopt}, "t");
    r.put_evaluation({"person", colleague, division, 2025, "xuat_sac", std::nullopt, std::nullopt, false, std::nullopt}, "t");
    r.put_evaluation({"person", other, other_province, 2025, "xuat_sac", std::nullopt, std::nullopt, false, std::nullopt}, "t");
    r.put_evaluation({"unit", other_province, other_province, 2025, "xuat_sac", std::nullopt, std::nullopt, false, std::nullopt}, "t");
    r.add_discipline({"person", other, other_province, "canh_cao", d("2025-03-01"), 12, false, "Vi phạm"}, "t");
    return 0;
  });
  auto tx = db->begin(TxMode::kRead);
  CommendationRecords r(*tx);
  // Five units: Quảng Bình's scope holds three of them (its tables are read whole, rows of others
  // dropped), the district's one (rows filtered in SQL). Quảng Trị's officer is in neither.
  for (int64_t scope : {province, district}) {
    SCOPED_TRACE(scope == province ? "province" : "district");
    commendation::Records rec = r.records(scope, 2025, 8, &catalogue());
    EXPECT_EQ(rec.person(other), nullptr);
    EXPECT_EQ(rec.unit(other_province), nullptr);
    ASSERT_NE(rec.person(officer), nullptr);
    EXPECT_EQ(rec.person(officer)->classification.at(2025), "tot");
    EXPECT_EQ(rec.person(colleague) != nullptr, scope == province);
    EXPECT_EQ(commendation::evaluate(catalogue(), rec, *rec.person(officer), "chien_si_tien_tien", 2025).conditions[0].met, true);
  }
  // The Ministry's scope sees both provinces, their people's rows and its people of the year.
  commendation::Records all = r.records(ministry, 2025, 8, &catalogue());
  ASSERT_NE(all.person(other), nullptr);
  EXPECT_EQ(all.person(other)->discipline.size(), 1u);
  EXPECT_EQ(all.person(colleague)->classification.at(2025), "xuat_sac");
  EXPECT_EQ(all.unit(other_province)->classification.at(2025), "xuat_sac");
  EXPECT_EQ(all.unit(ministry)->members.at(2025), (std::vector<int64_t>{officer, other, colleague}));
  EXPECT_EQ(all.unit(province)->members.at(2025), (std::vector<int64_t>{officer, colleague}));
}

TEST_P(CommendationStoreTest, AnOfficerWhoMovedKeepsEverythingAndAYearNobodyRatedStaysAbsent) {
  write([&](Tx& tx) {
    CommendationRecords r(tx);
    r.put_evaluation({"person", officer, district, 2022, "tot", std::nullopt, std::nullopt, false, std::nullopt}, "t");
    r.put_evaluation({"person", officer, district, 2024, "tot", std::nullopt, std::nullopt, false, std::nullopt}, "t");
    // A second evaluation of the same year replaces the first.
    r.put_evaluation({"person", officer, district, 2024, "xuat_sac", std::nullopt, std::nullopt, false, std::string("sửa")}, "t");
    r.add_initiative({officer, district, "Sổ tay điều tra", "unit", "Công an huyện Lệ Thủy", d("2024-04-02")}, "t");
    r.add_discipline({"person", officer, district, "khien_trach", d("2023-05-10"), 6, false, "Vi phạm điều lệnh"}, "t");
    r.put_service(officer, std::string("nam"), d("2006-09-01"), 2);
    PersonRepository(tx).add_posting(officer, {division, "Thiếu tá", std::nullopt, std::nullopt, d("2025-02-01")});
    return 0;
  });
  auto tx = db->begin(TxMode::kRead);
  CommendationRecords r(*tx);
  // Seen from the province in 2025, the officer (now in the division) carries the district's years.
  auto rec = r.records(province, 2025, 4);
  const auto* s = rec.person(officer);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->classification.at(2024), "xuat_sac");
  EXPECT_EQ(s->classification.at(2022), "tot");
  EXPECT_EQ(s->classification.count(2023), 0u);  // nobody rated 2023: absent, not a level
  ASSERT_EQ(s->initiatives.size(), 1u);
  EXPECT_EQ(s->initiatives[0].scope, "unit");
  ASSERT_EQ(s->discipline.size(), 1u);
  EXPECT_EQ(s->discipline[0].form, "khien_trach");
  EXPECT_EQ(s->service_from->iso(), "2006-09-01");
  EXPECT_EQ(s->hardship_years, 2);
  // The district's members that year included the officer; the division's did not.
  EXPECT_EQ(rec.unit(district)->members.at(2024), std::vector<int64_t>{officer});
  EXPECT_EQ(rec.unit(division)->members.count(2024), 0u);
  // The record page lists every entry once, newest first, each with the unit it was earned in.
  json items = r.person_record(officer, catalogue());
  ASSERT_EQ(items.size(), 4u);  // two evaluations, an initiative, a discipline
  EXPECT_EQ(items[0]["year"], 2024);
  for (const auto& i : items) EXPECT_EQ(i["unit"]["name"], "Công an huyện Lệ Thủy");
}

TEST_P(CommendationStoreTest, DecisionNumbersAreUniquePerIssuerAndYearAndAnAwardIsGivenOnce) {
  Decision dec{0, province, "province_director", "Giám đốc Công an tỉnh", "12/QĐ-CAT", "Đại tá A", "Giám đốc", 2024, d("2024-12-20"), 2340000, std::nullopt};
  int64_t dec_id = write([&](Tx& tx) { return CommendationRecords(tx).add_decision(dec, "t").id; });
  EXPECT_THROW(write([&](Tx& tx) { return CommendationRecords(tx).add_decision(dec, "t").id; }), Error);
  Decision next_year = dec;
  next_year.year = 2025;
  next_year.date = d("2025-01-10");
  EXPECT_GT(write([&](Tx& tx) { return CommendationRecords(tx).add_decision(next_year, "t").id; }), dec_id);

  int64_t a = award("person", officer, district, "chien_si_tien_tien", 2024, dec_id);
  EXPECT_THROW(award("person", officer, district, "chien_si_tien_tien", 2024), Error);
  {
    auto tx = db->begin(TxMode::kRead);
    CommendationRecords r(*tx);
    EXPECT_EQ(r.count_awards("chien_si_tien_tien", 2024, province), 1);
    auto found = r.find_award(a);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->subject_name, "Trần Văn Đông");
    ASSERT_TRUE(found->decision);
    EXPECT_EQ(found->decision->number, "12/QĐ-CAT");
    EXPECT_EQ(found->decision->date.iso(), "2024-12-20");
  }
  // Revoked: kept with its reason, no longer counted, and a second revocation is refused.
  write([&](Tx& tx) {
    CommendationRecords(tx).revoke(a, "Khai man thành tích", std::string("05/QĐ-CAT"), d("2025-03-01"));
    return 0;
  });
  EXPECT_THROW(write([&](Tx& tx) {
                 CommendationRecords(tx).revoke(a, "lần hai", std::nullopt, d("2025-03-02"));
                 return 0;
               }),
               Error);
  auto tx = db->begin(TxMode::kRead);
  CommendationRecords r(*tx);
  EXPECT_EQ(r.count_awards("chien_si_tien_tien", 2024, province), 0);
  auto found = r.find_award(a);
  EXPECT_TRUE(found->revoked);
  EXPECT_EQ(*found->revoke_reason, "Khai man thành tích");
  EXPECT_EQ(*found->revoked_on, "2025-03-01");
}

TEST_P(CommendationStoreTest, AMergedUnitsFlagStaysItsOwnAndIsSeenFromItsSuccessor) {
  int64_t other = write([&](Tx& tx) {
    return UnitRepository(tx).create({"Công an tỉnh Quảng Trị", "provincial_police", "CA-QT", ministry, d("1997-01-01"), std::nullopt}).id;
  });
  award("unit", other, other, "co_thi_dua_bo_cong_an", 2024);
  write([&](Tx& tx) { return UnitRepository(tx).merge({other}, province, d("2025-07-01"), std::string("NQ 202/2025/QH15")).id; });
  auto tx = db->begin(TxMode::kRead);
  json items = CommendationRecords(*tx).unit_record(province, catalogue());
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0]["unit"]["name"], "Công an tỉnh Quảng Trị");
  EXPECT_EQ(items[0]["predecessor"], true);
  EXPECT_TRUE(CommendationRecords(*tx).unit_record(district, catalogue()).empty());
}

TEST_P(CommendationStoreTest, ADossierKeepsItsItemsAndPathAndRefusesAStaleStepAndASecondBallot) {
  NewProposal n{division, division, province, "province_director", "Đề nghị năm 2024", "Báo cáo", std::nullopt, 2024, {}};
  ProposalItem it;
  it.subject_kind = "person";
  it.subject_id = officer;
  it.subject_unit_id = district;
  it.subject_name = "Trần Văn Đông";
  it.code = "chien_si_tien_tien";
  it.grounds = "Phá 2 chuyên án";
  it.eligibility = {{"eligible", true}, {"conditions", json::array()}};
  n.items = {it};
  Proposal p = write([&](Tx& tx) { return ProposalRepository(tx).create(n, "canbo"); });
  ASSERT_EQ(p.items.size(), 1u);
  EXPECT_EQ(p.items[0].grounds, "Phá 2 chuyên án");
  EXPECT_EQ(p.items[0].eligibility["eligible"], true);
  EXPECT_EQ(p.state, "draft");
  ASSERT_EQ(p.steps.size(), 1u);
  EXPECT_EQ(p.steps[0].step, "create");

  // A draft is not pending; once submitted it counts against the quota of others' dossiers.
  auto pending = [&] {
    auto tx = db->begin(TxMode::kRead);
    return ProposalRepository(*tx).count_pending("chien_si_tien_tien", 2024, province, 0);
  };
  EXPECT_EQ(pending(), 0);
  write([&](Tx& tx) {
    ProposalRepository(tx).step(p.id, "submit", "draft", "submitted", province, division, "canbo", std::nullopt, nullptr);
    return 0;
  });
  EXPECT_EQ(pending(), 1);
  // A step taken from a state the dossier has already left is refused (someone else moved it).
  EXPECT_THROW(write([&](Tx& tx) {
                 ProposalRepository(tx).step(p.id, "submit", "draft", "submitted", province, division, "canbo", std::nullopt, nullptr);
                 return 0;
               }),
               Error);
  write([&](Tx& tx) {
    ProposalRepository(tx).step(p.id, "return", "submitted", "returned", division, province, "tinh", std::string("Bổ sung"), nullptr);
    return 0;
  });
  EXPECT_EQ(pending(), 0);

  // Correcting the returned dossier: grounds changed, one item added, the first removed.
  int64_t added = write([&](Tx& tx) {
    ProposalRepository repo(tx);
    repo.set_grounds(p.items[0].id, "Phá 3 chuyên án");
    ProposalItem other = it;
    other.code = "chien_si_thi_dua_co_so";
    other.grounds = "Sáng kiến";
    int64_t id = repo.add_item(p.id, other);
    repo.set_report(p.id, "Báo cáo đã bổ sung");
    return id;
  });
  {
    auto tx = db->begin(TxMode::kRead);
    Proposal q = ProposalRepository(*tx).get(p.id);
    ASSERT_EQ(q.items.size(), 2u);
    EXPECT_EQ(q.items[0].grounds, "Phá 3 chuyên án");
    EXPECT_EQ(q.items[1].id, added);
    EXPECT_EQ(q.report, "Báo cáo đã bổ sung");
    EXPECT_EQ(q.state, "returned");
    EXPECT_EQ(*q.return_reason, "Bổ sung");
    EXPECT_EQ(q.steps.back().step, "return");
    EXPECT_EQ(*q.steps.back().reason, "Bổ sung");
  }
  write([&](Tx& tx) {
    ProposalRepository(tx).remove_item(p.items[0].id);
    return 0;
  });

  // The council: one meeting a dossier, one ballot a member, an item recused on stays.
  Council c = write([&](Tx& tx) {
    return ProposalRepository(tx).open_council(p.id, province, d("2025-01-05"), {{user, "", std::nullopt, province, true, false}}, "tinh");
  });
  ASSERT_EQ(c.members.size(), 1u);
  EXPECT_EQ(c.members[0].username, "hoidong.qb");
  EXPECT_THROW(write([&](Tx& tx) { return ProposalRepository(tx).open_council(p.id, province, d("2025-01-06"), {}, "tinh").id; }),
               Error);
  write([&](Tx& tx) {
    ProposalRepository repo(tx);
    repo.recuse(c.id, added, user, "Cùng đơn vị");
    repo.cast(c.id, user, {{added, true}});
    return 0;
  });
  EXPECT_THROW(write([&](Tx& tx) {
                 ProposalRepository(tx).cast(c.id, user, {{added, false}});
                 return 0;
               }),
               Error);
  EXPECT_THROW(write([&](Tx& tx) {
                 ProposalRepository(tx).remove_item(added);
                 return 0;
               }),
               Error);
  write([&](Tx& tx) {
    ProposalRepository(tx).close_council(c.id, "Biên bản");
    return 0;
  });
  EXPECT_THROW(write([&](Tx& tx) {
                 ProposalRepository(tx).close_council(c.id, "lần hai");
                 return 0;
               }),
               Error);
  auto tx = db->begin(TxMode::kRead);
  ProposalRepository repo(*tx);
  Proposal q = repo.get(p.id);
  ASSERT_EQ(q.items.size(), 1u);
  EXPECT_EQ(q.items[0].approvals, 1);
  EXPECT_EQ(q.items[0].rejections, 0);
  EXPECT_EQ(q.items[0].recusals, 1);
  auto council = repo.council_of(p.id);
  EXPECT_EQ(council->state, "closed");
  EXPECT_EQ(*council->minutes, "Biên bản");
  EXPECT_TRUE(council->members[0].voted);
  ASSERT_EQ(council->recusals.size(), 1u);
  EXPECT_EQ(council->recusals[0].reason, "Cùng đơn vị");
  int64_t total = 0;
  auto listed = repo.list(province, 2024, 50, 0, &total);
  EXPECT_EQ(total, 1);
  EXPECT_EQ(listed.at(0).items.size(), 1u);
  EXPECT_TRUE(repo.list(ministry, 2023, 50, 0, &total).empty());
  tx.reset();

  // A second dossier of two nominees: each dossier keeps its own items, in the list and whole.
  NewProposal second = n;
  ProposalItem other = it;
  other.subject_name = "Lê Thị Hoa";
  second.items = {it, other};
  Proposal r = write([&](Tx& w) { return ProposalRepository(w).create(second, "canbo"); });
  auto read = db->begin(TxMode::kRead);
  ProposalRepository again(*read);
  auto both = again.list(province, 2024, 50, 0, &total);
  EXPECT_EQ(total, 2);
  ASSERT_EQ(both.size(), 2u);
  EXPECT_EQ(both[0].id, r.id);  // newest first
  EXPECT_EQ(both[0].items.size(), 2u);
  EXPECT_EQ(both[1].items.size(), 1u);
  Proposal whole = again.get(r.id);
  ASSERT_EQ(whole.items.size(), 2u);
  EXPECT_EQ(whole.items[1].subject_name, "Lê Thị Hoa");
  ASSERT_EQ(whole.steps.size(), 1u);
  EXPECT_EQ(again.get(p.id).items.size(), 1u);
}

THIDUA_BOTH_DATABASES(CommendationStoreTest);

}  // namespace
}  // namespace thidua::storage
