// The eligibility engine's columns built by storage as it reads the rows (records() with the
// catalogue, Records::columns), on both databases: for officers, members, teams and units that
// cover every kind of condition the columns hold — a level and consecutive levels, titles held
// and within N years, initiatives, discipline looked back over, years of service (a woman's,
// hardship), a team's duties and complaint and months active, a team leader against the team,
// the counts over a unit's people — every answer from the columns is the answer of the same
// records read record by record (no columns), and of evaluate() one subject at a time. A year
// nobody rated stays missing on both paths: never a met condition from absent data.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/commendation.h"
#include "storage/commendation_records.h"
#include "storage/registry.h"
#include "storage/test_databases.h"
#include "test_source_dir.h"

namespace thidua::storage {
namespace {

using testing::DbTest;
using nlohmann::json;
namespace cm = commendation;

Date d(const char* s) { return *Date::parse_iso(s); }

const cm::Catalogue& catalogue() {
  static const cm::Catalogue c = [] {
    std::ifstream f(thidua::testing::source_dir() + "/data/commendation/catalogue.json");
    std::stringstream ss;
    ss << f.rdbuf();
    return cm::Catalogue::from_json(json::parse(ss.str()));
  }();
  return c;
}

constexpr int kYear = 2025, kLookBack = 8;  // as the API gathers (src/api/commendation.cpp)

class CommendationColumnsTest : public DbTest {
 protected:
  int64_t province = 0, district = 0, commune = 0, team = 0, team2 = 0;
  // Officers: a model one, a disciplined woman, one nobody rated in 2025, one without a service
  // record, one under review; members: the leader of a team rated below "excellent", another.
  int64_t model = 0, woman = 0, unrated = 0, no_service = 0, reviewed = 0, leader = 0, member = 0, leader2 = 0;

  void SetUp() override {
    DbTest::SetUp();
    if (!db) return;
    write([&](Tx& tx) {
      UnitRepository units(tx);
      int64_t ministry = units.create({"Bộ Công an", "ministry", "BCA", std::nullopt, d("1945-08-19"), std::nullopt}).id;
      province = units.create({"Công an tỉnh Quảng Trị", "provincial_police", "CA-QT", ministry, d("1997-01-01"), std::nullopt}).id;
      district = units.create({"Công an huyện Gio Linh", "district_police", "GL", province, d("2004-01-01"), std::nullopt}).id;
      commune = units.create({"Công an xã Gio Mỹ", "commune_police", "GM", district, d("2010-01-01"), std::nullopt}).id;
      team = units.create({"Tổ bảo vệ ANTT thôn 1", "grassroots_team", "T1", commune, d("2024-07-01"), std::nullopt}).id;
      team2 = units.create({"Tổ bảo vệ ANTT thôn 2", "grassroots_team", "T2", commune, d("2025-03-01"), std::nullopt}).id;
      PersonRepository people(tx);
      auto officer = [&](const char* name, int64_t unit) {
        return people.create(name, "officer", 1980, {unit, "Đại úy", std::nullopt, std::nullopt, d("2015-01-01")}).id;
      };
      model = officer("Nguyễn Văn Mẫu", district);
      woman = officer("Lê Thị Hoa", district);
      unrated = officer("Phạm Văn Vắng", commune);
      no_service = officer("Hoàng Văn Mới", commune);
      reviewed = officer("Đỗ Văn Xét", district);
      auto in_team = [&](const char* name, int64_t t, const char* role, const char* from) {
        return people.create(name, "member", 1975, {t, std::nullopt, std::nullopt, std::string(role), d(from)}).id;
      };
      leader = in_team("Trần Văn Trưởng", team, "to_truong", "2024-07-01");
      member = in_team("Võ Thị Viên", team, "to_vien", "2024-07-01");
      leader2 = in_team("Ngô Văn Hai", team2, "to_truong", "2025-03-01");

      CommendationRecords r(tx);
      auto rate = [&](const std::string& kind, int64_t id, int64_t unit, int y, const char* level,
                      std::optional<int64_t> done = std::nullopt, bool complaint = false) {
        std::optional<int64_t> total = done ? std::optional<int64_t>(6) : std::nullopt;
        r.put_evaluation({kind, id, unit, y, level, done, total, complaint, std::nullopt}, "t");
      };
      auto award = [&](const std::string& kind, int64_t id, int64_t unit, const char* code, int y) {
        r.add_award({kind, id, unit, code, code, y, std::nullopt, std::nullopt, 1.0, 0, 1}, "t");
      };
      // The model officer: excellent five years running, the titles of the years before, a
      // minister's certificate within ten years, initiatives of every scope.
      for (int y = 2021; y <= kYear; ++y) rate("person", model, district, y, "xuat_sac");
      for (int y = 2022; y < kYear; ++y) {
        award("person", model, district, "chien_si_tien_tien", y);
        award("person", model, district, "chien_si_thi_dua_co_so", y);
      }
      award("person", model, district, "chien_si_thi_dua_toan_luc_luong", 2024);
      award("person", model, district, "bang_khen_bo_truong", 2018);
      r.add_initiative({model, district, "Quy trình tiếp dân", "unit", "CA huyện", d("2025-03-02")}, "t");
      r.add_initiative({model, district, "Phần mềm quản lý hồ sơ", "ministry", "Bộ Công an", d("2024-10-15")}, "t");
      r.add_initiative({model, district, "Phương pháp điều tra", "national", "Chính phủ", d("2023-09-02")}, "t");
      r.put_service(model, std::string("nam"), d("1998-09-01"), 0);
      // The woman: good this year and last, a warning in late 2023 whose term runs into 2024.
      rate("person", woman, district, 2024, "tot");
      rate("person", woman, district, kYear, "tot");
      award("person", woman, district, "chien_si_tien_tien", 2024);
      r.add_discipline({"person", woman, district, "canh_cao", d("2023-11-20"), 12, false, "Vi phạm"}, "t");
      r.put_service(woman, std::string("nu"), d("2012-02-01"), 0);
      // Rated in earlier years, nobody rated 2025: missing, never a level.
      rate("person", unrated, commune, 2023, "xuat_sac");
      rate("person", unrated, commune, 2024, "xuat_sac");
      award("person", unrated, commune, "chien_si_tien_tien", 2024);
      r.put_service(unrated, std::string("nam"), d("2000-01-01"), 0);
      // Rated, no service record: no years of service.
      rate("person", no_service, commune, kYear, "hoan_thanh");
      // Under review this year.
      rate("person", reviewed, district, kYear, "xuat_sac");
      r.add_discipline({"person", reviewed, district, "", d("2025-04-01"), 12, true, "Đang xác minh"}, "t");
      r.put_service(reviewed, std::string("nam"), d("2009-06-01"), 0);
      // The team: good, every duty done; its leader excellent (above the team); a woman member
      // with hardship years; the second team: under complaint, four of six duties, its leader
      // rated though the team was not.
      rate("unit", team, commune, kYear, "tot", 6);
      rate("person", leader, team, kYear, "xuat_sac");
      rate("person", member, team, kYear, "tot");
      r.put_service(member, std::string("nu"), d("2017-01-01"), 2);
      r.put_service(leader, std::string("nam"), d("2008-01-01"), 0);
      r.put_evaluation({"unit", team2, commune, kYear, "", int64_t{4}, int64_t{6}, true, std::nullopt}, "t");
      rate("person", leader2, team2, kYear, "tot");
      // The units: the district excellent, the commune good.
      rate("unit", district, province, kYear, "xuat_sac");
      rate("unit", commune, district, kYear, "tot");
      rate("unit", province, province, kYear, "xuat_sac");
      return 0;
    });
  }
};

// Every subject of the scope that `e` is for (`kinds`: a person's or a unit's kind by id).
std::vector<const cm::SubjectRecord*> subjects_of(const cm::Records& rec, const cm::Entry& e,
                                                  const std::map<int64_t, std::string>& person_kinds,
                                                  const std::map<int64_t, std::string>& unit_kinds) {
  std::vector<const cm::SubjectRecord*> out;
  const auto& m = e.for_person() ? rec.people : rec.units;
  for (const auto& [id, s] : m) {
    const std::string& k = (e.for_person() ? person_kinds : unit_kinds).at(id);
    bool fits = e.level == "individual" ? k == "officer"
                : e.level == "member"   ? k == "member"
                : e.level == "team"     ? k == "grassroots_team"
                                        : k != "grassroots_team";
    if (fits) out.push_back(&s);
  }
  return out;
}

TEST_P(CommendationColumnsTest, TheColumnsBuiltWhileReadingAnswerAsTheRecordsReadOneByOne) {
  auto tx = db->begin(TxMode::kRead);
  CommendationRecords r(*tx);
  const cm::Catalogue& cat = catalogue();
  cm::Records with = r.records(province, kYear, kLookBack, &cat);
  cm::Records plain = r.records(province, kYear, kLookBack);
  ASSERT_NE(with.columns, nullptr);
  EXPECT_EQ(plain.columns, nullptr);
  ASSERT_EQ(with.people.size(), 8u);
  ASSERT_EQ(with.units.size(), 5u);  // the province and its subtree
  std::map<int64_t, std::string> person_kinds, unit_kinds;  // ids of people and units may be the same numbers
  for (int64_t id : {model, woman, unrated, no_service, reviewed}) person_kinds[id] = "officer";
  for (int64_t id : {leader, member, leader2}) person_kinds[id] = "member";
  for (const auto& [id, u] : with.units) unit_kinds[id] = id == team || id == team2 ? "grassroots_team" : "unit";
  // Tallies of what was met, to check that the set covers both answers of every kind.
  std::map<std::string, std::pair<int, int>> by_kind;  // kind → (met, not met)
  std::function<void(const cm::Condition&, bool)> tally = [&](const cm::Condition& c, bool met) {
    (met ? by_kind[c.kind].first : by_kind[c.kind].second)++;
  };
  cm::Evaluator from_columns(cat, with), from_maps(cat, plain);
  int entries = 0;
  for (const cm::Entry& e : cat.entries()) {
    if (cat.find_in_year(e.code, kYear) != &e) continue;
    ++entries;
    auto a = subjects_of(with, e, person_kinds, unit_kinds), b = subjects_of(plain, e, person_kinds, unit_kinds);
    ASSERT_EQ(a.size(), b.size());
    cm::ListEvaluation la = from_columns.evaluate_list(a, e, kYear), lb = from_maps.evaluate_list(b, e, kYear);
    for (size_t i = 0; i < a.size(); ++i) {
      SCOPED_TRACE(e.code + " for " + a[i]->name);
      cm::Evaluation one = cm::evaluate(cat, plain, *b[i], e.code, kYear);  // one subject, its record's maps
      EXPECT_EQ(la.eligible[i], lb.eligible[i]);
      EXPECT_EQ(la.eligible[i] != 0, one.eligible);
      for (size_t k = 0; k < e.conditions.size(); ++k) {
        EXPECT_EQ(la.met[i * e.conditions.size() + k], lb.met[i * e.conditions.size() + k]) << e.conditions[k].code;
        EXPECT_EQ(la.met[i * e.conditions.size() + k] != 0, one.conditions[k].met) << e.conditions[k].code;
        tally(e.conditions[k], la.met[i * e.conditions.size() + k] != 0);
      }
    }
    if (e.quota) {
      EXPECT_EQ(from_columns.quota(e, a, kYear, 0).base, from_maps.quota(e, b, kYear, 0).base) << e.code;
    }
  }
  EXPECT_GT(entries, 15);
  // Both answers of every kind the columns hold were seen (group_leader is read from the record).
  for (const char* k : {"classification", "no_discipline", "title_in_year", "consecutive_titles", "initiative",
                        "years_of_service", "months_active", "no_complaint", "duties_share", "leader_not_above_team",
                        "members_no_discipline", "members_share"}) {
    EXPECT_GT(by_kind[k].first, 0) << k << " never met";
    EXPECT_GT(by_kind[k].second, 0) << k << " never unmet";
  }
  for (const char* k : {"consecutive_classification", "title_in_years", "any_of", "members_classification",
                        "members_title_count"})
    EXPECT_GT(by_kind[k].first + by_kind[k].second, 0) << k;

  // What users see, from the columns: the figures a reader can check.
  auto answer = [&](int64_t id, const char* code, const char* cond) {
    const bool unit = cat.find_in_year(code, kYear)->level == "team";  // here: the only units asked
    const cm::SubjectRecord* s = unit ? with.unit(id) : with.person(id);
    cm::Evaluation ev = from_columns.evaluate(*s, code, kYear);
    for (const auto& c : ev.conditions)
      if (c.code == cond) return c.met;
    ADD_FAILURE() << code << " has no condition " << cond;
    return false;
  };
  EXPECT_TRUE(answer(model, "chien_si_tien_tien", "xep_loai"));
  EXPECT_FALSE(answer(unrated, "chien_si_tien_tien", "xep_loai"));  // missing 2025: not a level
  EXPECT_TRUE(answer(woman, "chien_si_tien_tien", "ky_luat"));         // the term ended in 2024
  EXPECT_FALSE(answer(woman, "chien_si_thi_dua_toan_luc_luong", "ky_luat"));  // three years back
  EXPECT_FALSE(answer(reviewed, "chien_si_tien_tien", "ky_luat"));     // under review
  EXPECT_FALSE(answer(no_service, "huy_chuong_chien_si_ve_vang_hang_ba", cat.find_in_year("huy_chuong_chien_si_ve_vang_hang_ba", kYear)->conditions[0].code.c_str()));
  EXPECT_TRUE(answer(model, "huy_chuong_chien_si_ve_vang_hang_nhat", cat.find_in_year("huy_chuong_chien_si_ve_vang_hang_nhat", kYear)->conditions[0].code.c_str()));
  const auto& lead = cat.find_in_year("to_vien_hoan_thanh_xuat_sac", kYear)->conditions[1].code;
  EXPECT_FALSE(answer(leader, "to_vien_hoan_thanh_xuat_sac", lead.c_str()));  // the team is only "tốt"
  EXPECT_TRUE(answer(member, "to_vien_hoan_thanh_xuat_sac", lead.c_str()));
  const cm::Entry& excellent_team = *cat.find_in_year("to_hoan_thanh_xuat_sac", kYear);
  EXPECT_TRUE(answer(team, "to_hoan_thanh_xuat_sac", excellent_team.conditions[2].code.c_str()));    // 6/6 duties
  EXPECT_FALSE(answer(team2, "to_hoan_thanh_xuat_sac", excellent_team.conditions[1].code.c_str()));  // a complaint
  EXPECT_FALSE(answer(team2, "to_hoan_thanh_xuat_sac", excellent_team.conditions[0].code.c_str()));  // from March
}

TEST_P(CommendationColumnsTest, TheEngineReadsTheColumnsAndTheMapsOnceTheyAreDropped) {
  auto tx = db->begin(TxMode::kRead);
  CommendationRecords r(*tx);
  const cm::Catalogue& cat = catalogue();
  cm::Records rec = r.records(province, kYear, kLookBack, &cat);
  ASSERT_NE(rec.columns, nullptr);
  // Changing a record behind the columns' back is not seen (the contract: drop them first)…
  rec.people.at(model).classification.erase(kYear);
  EXPECT_TRUE(cm::evaluate(cat, rec, *rec.person(model), "chien_si_tien_tien", kYear).conditions[0].met);
  // …and once dropped the engine reads the maps: the year is missing, the level not met.
  rec.columns.reset();
  EXPECT_FALSE(cm::evaluate(cat, rec, *rec.person(model), "chien_si_tien_tien", kYear).conditions[0].met);
  // Columns of other records (a copy's maps are other nodes) are not used.
  cm::Records again = r.records(province, kYear, kLookBack, &cat);
  cm::Records copy = again;
  copy.people.at(model).classification.erase(kYear);
  EXPECT_FALSE(cm::evaluate(cat, copy, *copy.person(model), "chien_si_tien_tien", kYear).conditions[0].met);
}

THIDUA_BOTH_DATABASES(CommendationColumnsTest);

}  // namespace
}  // namespace thidua::storage
