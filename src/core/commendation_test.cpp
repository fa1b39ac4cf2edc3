#include <functional>
#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>

#include "core/commendation.h"
#include "core/commendation_workflow.h"
#include "core/error.h"
#include "test_source_dir.h"

namespace thidua::commendation {
namespace {

using nlohmann::json;

json read(const char* name) {
  std::ifstream f(thidua::testing::source_dir() + "/data/commendation/" + name);
  std::stringstream ss;
  ss << f.rdbuf();
  return json::parse(ss.str());
}

const Catalogue& cat() {
  static const Catalogue c = Catalogue::from_json(read("catalogue.json"));
  return c;
}

Date d(const char* iso) { return *Date::parse_iso(iso); }

SubjectRecord officer(int64_t id, const std::string& name = "Nguyễn Văn A") {
  SubjectRecord s;
  s.kind = "person";
  s.id = id;
  s.name = name;
  return s;
}

bool met(const Evaluation& e, const std::string& code) {
  for (const auto& c : e.conditions)
    if (c.code == code) return c.met;
  ADD_FAILURE() << "no condition " << code;
  return false;
}

std::string detail(const Evaluation& e, const std::string& code) {
  for (size_t i = 0; i < e.conditions.size(); ++i)
    if (e.conditions[i].code == code) return e.detail(i);
  return "";
}

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

std::string refusal(const json& j) {
  try {
    Catalogue::from_json(j);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

// ---- the catalogue as versioned law ----

TEST(CommendationCatalogue, EveryShippedEntryCitesItsLegalBasisAndSaysWhoGrantsIt) {
  ASSERT_GE(cat().entries().size(), 20u);
  for (const auto& e : cat().entries()) {
    EXPECT_FALSE(e.basis.empty()) << e.code;
    EXPECT_NE(cat().issuer(e.granted_by), nullptr) << e.code;
  }
  // The four individual and four collective titles registrations read from the same catalogue.
  auto titles = registration_titles(cat());
  EXPECT_EQ(titles.titles().size(), 8u);
}

// An officer reading "who fails which condition" sees what each condition asks in words, never its
// code: every condition the shipped catalogue states (those inside "either of" too) has a name.
TEST(CommendationCatalogue, EveryShippedConditionHasAVietnameseNameForTheListsCounts) {
  std::function<void(const Condition&, const std::string&)> named = [&](const Condition& c, const std::string& in) {
    EXPECT_FALSE(c.name.empty()) << in << " " << c.code;
    EXPECT_EQ(c.name.find('_'), std::string::npos) << c.name;
    for (const auto& x : c.of) named(x, in);
  };
  for (const auto& e : cat().entries())
    for (const auto& c : e.conditions) named(c, e.code);
  const Entry* e = cat().find_in_year("chien_si_tien_tien", 2024);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->conditions[1].name, "Không bị kỷ luật");
  EXPECT_EQ(to_json(e->conditions[1])["name"], "Không bị kỷ luật");
}

// Decree 98/2023/NĐ-CP governed decisions until 30/06/2025 and Decree 152/2025/NĐ-CP from
// 01/07/2025: a version cites the decree of every day it is in force, and never a decree alone
// that governed none of them.
TEST(CommendationCatalogue, EachVersionCitesTheDecreesInForceOverItsValidityAndNoOther) {
  const Date switch_day = d("2025-07-01");
  int checked = 0;
  for (const auto& e : cat().entries()) {
    bool before = e.valid_from < switch_day, after = !e.valid_to || !(*e.valid_to < switch_day);
    bool cites98 = contains(e.basis, "98/2023"), cites152 = contains(e.basis, "152/2025");
    if (!cites98 && !cites152) continue;  // a figure of the law alone, or one said to be unverified
    ++checked;
    // After the switch the old decree is named only beside the new one (what it replaced).
    if (!before) EXPECT_TRUE(cites152) << e.code << " from " << e.valid_from.iso() << " cites Decree 98/2023 alone, replaced by then";
    if (!after) EXPECT_FALSE(cites152) << e.code << " until " << e.valid_to->iso() << " cites Decree 152/2025, not yet in force";
    if (before && after) EXPECT_TRUE(cites98 && cites152) << e.code << " spans 01/07/2025 and cites one decree only: " << e.basis;
  }
  EXPECT_GE(checked, 12);
}

TEST(CommendationCatalogue, AnUncertainFigureIsSaidSoInItsBasisNotGuessedInCode) {
  const Entry* e = cat().find_in_year("chien_si_thi_dua_co_so", 2024);
  ASSERT_TRUE(e && e->quota);
  EXPECT_EQ(e->quota->max_pct, 15);
  EXPECT_TRUE(contains(e->basis, "CHƯA KIỂM CHỨNG"));
}

TEST(CommendationCatalogue, ABrokenEntryStopsTheLoadNamingTheEntry) {
  json j = read("catalogue.json");
  json bad = j;
  bad["entries"][1]["conditions"][0]["kind"] = "luck";
  EXPECT_TRUE(contains(refusal(bad), "chien_si_thi_dua_co_so")) << refusal(bad);
  bad = j;
  bad["entries"][1]["conditions"][0]["title"] = "danh_hieu_khong_co";
  EXPECT_TRUE(contains(refusal(bad), "danh_hieu_khong_co"));
  bad = j;
  bad["entries"][0].erase("cash_multiple");
  EXPECT_TRUE(contains(refusal(bad), "chien_si_tien_tien"));
  bad = j;
  bad["entries"][1]["conditions"][0]["name"] = "";  // a name given is never empty
  EXPECT_TRUE(contains(refusal(bad), "tên điều kiện")) << refusal(bad);
  bad = j;
  bad["entries"][0]["granted_by"] = "tong_bi_thu";
  EXPECT_TRUE(contains(refusal(bad), "tong_bi_thu"));
  bad = j;
  bad["entries"].push_back(j["entries"][0]);  // a second version in force on the same days
  EXPECT_TRUE(contains(refusal(bad), "chồng nhau"));
}

TEST(CommendationCatalogue, TheMinistersCertificatePaysOneBaseSalaryUnderDecree98AndOneAndAHalfFromJuly2025) {
  EXPECT_EQ(cat().find("bang_khen_bo_truong", d("2025-06-30"))->cash_multiple, 1.0);
  EXPECT_EQ(cat().find("bang_khen_bo_truong", d("2025-07-01"))->cash_multiple, 1.5);
  EXPECT_TRUE(contains(cat().find("bang_khen_bo_truong", d("2025-07-01"))->basis, "152/2025"));
}

TEST(BaseSalary, CashIsTheMultipleOfTheBaseSalaryOnTheDecisionDateRoundedUpToTenThousandDong) {
  BaseSalary s = BaseSalary::from_json(read("base-salary.json"));
  EXPECT_EQ(s.cash(0.3, d("2025-01-15")), 710000);     // Chiến sĩ tiên tiến: 702,000 rounded up
  EXPECT_EQ(s.cash(4.5, d("2025-01-15")), 10530000);   // Chiến sĩ thi đua toàn quốc, Bắc Ninh 2025
  EXPECT_EQ(s.cash(1.0, d("2024-06-30")), 1800000);    // the day before 2,340,000 took effect
  EXPECT_EQ(s.cash(0.15, d("2025-01-15")), 360000);    // 351,000 rounded up
  EXPECT_EQ(s.cash(0, d("2025-01-15")), 0);
  EXPECT_THROW(s.on(d("2010-01-01")), Error);
}

// ---- conditions, each kind ----

TEST(Eligibility, AnOfficerRatedGoodIsAdvancedButOneWhoOnlyCompletedTheTasksIsNot) {
  Records rec;
  SubjectRecord a = officer(1), b = officer(2);
  a.classification[2024] = "tot";
  b.classification[2024] = "hoan_thanh";
  EXPECT_TRUE(evaluate(cat(), rec, a, "chien_si_tien_tien", 2024).eligible);
  auto e = evaluate(cat(), rec, b, "chien_si_tien_tien", 2024);
  EXPECT_FALSE(e.eligible);
  EXPECT_TRUE(contains(detail(e, "xep_loai"), "Hoàn thành nhiệm vụ"));
  EXPECT_TRUE(contains(detail(e, "xep_loai"), "✗"));
}

TEST(Eligibility, AReprimandThisYearBlocksTheAdvancedTitleButOneFromTwoYearsAgoOnlyTheForceWideTitle) {
  Records rec;
  SubjectRecord a = officer(1);
  a.classification[2024] = "xuat_sac";
  a.discipline.push_back({"khien_trach", d("2024-05-10"), 3, false});
  auto e = evaluate(cat(), rec, a, "chien_si_tien_tien", 2024);
  EXPECT_FALSE(met(e, "ky_luat"));
  EXPECT_TRUE(contains(detail(e, "ky_luat"), "Khiển trách ngày 10/05/2024"));
  // Two years back: outside the one-year look-back of the advanced title, inside the three of
  // the force-wide title.
  a.discipline = {{"khien_trach", d("2022-03-01"), 3, false}};
  EXPECT_TRUE(met(evaluate(cat(), rec, a, "chien_si_tien_tien", 2024), "ky_luat"));
  EXPECT_FALSE(met(evaluate(cat(), rec, a, "chien_si_thi_dua_toan_luc_luong", 2024), "ky_luat"));
  // Under investigation or complaint: not considered at all.
  a.discipline = {{"", d("2024-11-20"), 0, true}};
  EXPECT_FALSE(met(evaluate(cat(), rec, a, "chien_si_tien_tien", 2024), "ky_luat"));
}

TEST(Eligibility, AWarningWhoseTermRunsIntoTheYearStillBlocks) {
  Discipline w{"canh_cao", d("2023-09-01"), 12, false};
  EXPECT_TRUE(blocks(cat(), w, "khien_trach", 1, 2024));
  EXPECT_FALSE(blocks(cat(), w, "khien_trach", 1, 2025));
  // A reprimand does not reach the "warning or above" of a unit's members.
  EXPECT_FALSE(blocks(cat(), {"khien_trach", d("2024-02-01"), 12, false}, "canh_cao", 1, 2024));
}

TEST(Eligibility, AnAdvancedOfficerWithAnInitiativeRecognisedByTheUnitIsAGrassrootsEmulationFighter) {
  Records rec;
  SubjectRecord a = officer(1);
  a.classification[2024] = "tot";
  a.initiatives.push_back({"unit", d("2024-10-02"), "Phần mềm quản lý lưu trú"});
  auto e = evaluate(cat(), rec, a, "chien_si_thi_dua_co_so", 2024);
  EXPECT_TRUE(e.eligible);
  EXPECT_TRUE(contains(detail(e, "chien_si_tien_tien"), "đủ điều kiện năm nay"));
  EXPECT_TRUE(contains(detail(e, "xuat_sac_hoac_sang_kien"), "Phần mềm quản lý lưu trú"));
  // Without excellence nor an initiative of that year, the reason says so.
  a.initiatives = {{"unit", d("2023-10-02"), "Sáng kiến cũ"}};
  e = evaluate(cat(), rec, a, "chien_si_thi_dua_co_so", 2024);
  EXPECT_FALSE(e.eligible);
  EXPECT_TRUE(contains(detail(e, "xuat_sac_hoac_sang_kien"), "không có"));
}

TEST(Eligibility, ThreeConsecutiveGrassrootsTitlesAndAMinistryWideInitiativeMakeAForceWideFighter) {
  Records rec;
  SubjectRecord a = officer(1);
  a.titles[2022] = {"chien_si_thi_dua_co_so"};
  a.titles[2023] = {"chien_si_thi_dua_co_so"};
  a.classification[2024] = "xuat_sac";
  a.initiatives.push_back({"ministry", d("2023-06-01"), "Quy trình xác minh tin báo"});
  auto e = evaluate(cat(), rec, a, "chien_si_thi_dua_toan_luc_luong", 2024);
  EXPECT_TRUE(e.eligible) << detail(e, "cstdcs_lien_tuc");
  EXPECT_TRUE(contains(detail(e, "cstdcs_lien_tuc"), "2022, 2023, 2024: 3/3"));
  // A gap year breaks the streak; an initiative recognised only by the unit is not ministry-wide.
  a.titles.erase(2022);
  a.titles[2021] = {"chien_si_thi_dua_co_so"};
  a.initiatives = {{"unit", d("2023-06-01"), "Sáng kiến cấp cơ sở"}};
  e = evaluate(cat(), rec, a, "chien_si_thi_dua_toan_luc_luong", 2024);
  EXPECT_FALSE(met(e, "cstdcs_lien_tuc"));
  EXPECT_TRUE(contains(detail(e, "cstdcs_lien_tuc"), "2/3"));
  EXPECT_FALSE(met(e, "sang_kien_toan_luc_luong"));
}

TEST(Eligibility, ThePrimeMinistersCertificateNeedsTheMinistersFiveGoodYearsAndThreeGrassrootsTitles) {
  Records rec;
  SubjectRecord a = officer(1);
  for (int y = 2020; y <= 2024; ++y) a.classification[y] = "tot";
  a.titles[2021] = {"bang_khen_bo_truong", "chien_si_thi_dua_co_so"};
  a.titles[2022] = {"chien_si_thi_dua_co_so"};
  a.titles[2024] = {"chien_si_thi_dua_co_so"};
  EXPECT_TRUE(evaluate(cat(), rec, a, "bang_khen_thu_tuong", 2024).eligible);
  a.classification[2022] = "hoan_thanh";  // one year only completed: the five-year run breaks
  auto e = evaluate(cat(), rec, a, "bang_khen_thu_tuong", 2024);
  EXPECT_FALSE(met(e, "nam_nam_tot"));
  EXPECT_TRUE(contains(detail(e, "nam_nam_tot"), "2/5"));
}

struct Unit10 {
  Records rec;
  SubjectRecord unit;
  Unit10() {
    unit.kind = "unit";
    unit.id = 100;
    unit.name = "Phòng Tham mưu";
    unit.classification[2024] = "xuat_sac";
    for (int i = 1; i <= 10; ++i) {
      SubjectRecord p = officer(i, "Cán bộ " + std::to_string(i));
      p.classification[2024] = i <= 8 ? "tot" : "hoan_thanh";
      if (i == 1) p.classification[2024] = "xuat_sac";
      rec.people[i] = p;
      unit.members[2024].push_back(i);
    }
    rec.units[100] = unit;
  }
};

TEST(Eligibility, AUnitWhereEightOfTenAreAdvancedAllCompletedAndOneIsAGrassrootsFighterIsDecisivelyVictorious) {
  Unit10 u;
  auto e = evaluate(cat(), u.rec, u.unit, "don_vi_quyet_thang", 2024);
  EXPECT_TRUE(e.eligible);
  EXPECT_TRUE(contains(detail(e, "ti_le_cstt"), "8/10 cá nhân (80%)"));
  EXPECT_TRUE(contains(detail(e, "ca_nhan_hoan_thanh"), "10/10"));
  EXPECT_TRUE(contains(detail(e, "co_cstdcs"), ": 1"));
}

TEST(Eligibility, OneMemberWhoFailedTheTasksOrAWarningAmongTheMembersCostsTheUnitItsTitle) {
  Unit10 u;
  u.rec.people[10].classification[2024] = "khong_hoan_thanh";
  auto e = evaluate(cat(), u.rec, u.unit, "don_vi_quyet_thang", 2024);
  EXPECT_FALSE(met(e, "ca_nhan_hoan_thanh"));
  u.rec.people[10].classification[2024] = "hoan_thanh";
  u.rec.people[9].discipline.push_back({"canh_cao", d("2024-08-01"), 12, false});
  e = evaluate(cat(), u.rec, u.unit, "don_vi_quyet_thang", 2024);
  EXPECT_FALSE(met(e, "ky_luat_ca_nhan"));
  EXPECT_TRUE(contains(detail(e, "ky_luat_ca_nhan"), "Cán bộ 9 (Cảnh cáo"));
}

// The held year's columns keep each subject's disciplines (up to two; more are read from the
// record): a discipline written afterwards (the columns written again for that subject, as after
// a write to the database) changes the next list's answers — the officer's, and the unit's
// "members under discipline" — and one taken back gives them back.
TEST(Eligibility, ADisciplineWrittenAfterTheColumnsWereBuiltChangesTheNextListsAnswers) {
  Unit10 u;
  SubjectRecord& three = u.rec.people[3];
  SubjectRecord& unit = u.rec.units[100];
  three.discipline = {{"canh_cao", d("2019-02-01"), 12, false}};  // long past: blocks nothing in 2024
  u.rec.columns = build_columns(cat(), u.rec, 2020, 2024);
  const std::vector<const SubjectRecord*> people = {&u.rec.people[1], &three}, units = {&unit};
  const Entry& advanced = *cat().find_in_year("chien_si_tien_tien", 2024);
  const Entry& victorious = *cat().find_in_year("don_vi_quyet_thang", 2024);
  auto answers = [&] {  // a fresh engine over the held columns, as the next request after a write
    Evaluator engine(cat(), u.rec);
    const ListEvaluation officers = engine.evaluate_list(people, advanced, 2024);
    const ListEvaluation unit_list = engine.evaluate_list(units, victorious, 2024);
    return std::tuple{met(officers.at(1), "ky_luat"), met(unit_list.at(0), "ky_luat_ca_nhan"), unit_list.eligible[0] != 0};
  };
  EXPECT_EQ(answers(), std::tuple(true, true, true));
  auto written = [&](const SubjectRecord& s) { ASSERT_TRUE(refresh_columns(u.rec, {&s})); };

  three.discipline.push_back({"canh_cao", d("2024-08-01"), 12, false});  // a warning this year
  written(three);
  EXPECT_EQ(answers(), std::tuple(false, false, false));

  // Three past disciplines (more than the columns keep): read from the record, none blocks.
  three.discipline = {{"canh_cao", d("2019-02-01"), 12, false}, {"khien_trach", d("2020-03-01"), 6, false},
                      {"khien_trach", d("2021-04-01"), 6, false}};
  written(three);
  EXPECT_EQ(answers(), std::tuple(true, true, true));
  three.discipline.push_back({"", d("2024-10-01"), 0, true});  // under investigation this year
  written(three);
  EXPECT_EQ(answers(), std::tuple(false, false, false));

  three.discipline.clear();
  written(three);
  EXPECT_EQ(answers(), std::tuple(true, true, true));
  // The unit's own warning: its members are clean, the unit is not.
  unit.discipline = {{"canh_cao", d("2024-06-01"), 12, false}};
  written(unit);
  EXPECT_EQ(answers(), std::tuple(true, false, false));
}

// Who holds a title, or is rated at a level, as the list's "held" column and counts show it: read
// from the held columns, and after a write the next list's answer follows the record.
TEST(Eligibility, WhoHoldsATitleOrIsRatedAtALevelFollowsTheRecordThroughTheHeldColumns) {
  Unit10 u;
  u.rec.people[2].titles[2024] = {"chien_si_tien_tien"};
  u.rec.people[3].titles[2023] = {"chien_si_tien_tien"};  // another year: not this one's
  u.rec.columns = build_columns(cat(), u.rec, 2020, 2024);
  std::vector<const SubjectRecord*> people;
  for (int i = 1; i <= 10; ++i) people.push_back(&u.rec.people[i]);
  const Entry& advanced = *cat().find_in_year("chien_si_tien_tien", 2024);
  const Entry& excellent = *cat().find_in_year("to_vien_hoan_thanh_xuat_sac", 2024);  // a level: xuat_sac
  auto holds = [&](const Entry& e) {
    Evaluator engine(cat(), u.rec);
    const std::vector<uint8_t> h = engine.holds(people, e, 2024);
    std::vector<int> who;
    for (size_t i = 0; i < h.size(); ++i)
      if (h[i]) who.push_back(static_cast<int>(i) + 1);
    return who;
  };
  EXPECT_EQ(holds(advanced), std::vector<int>{2});
  EXPECT_EQ(holds(excellent), std::vector<int>{1});  // 2–8 rated good, 9–10 completed
  u.rec.people[5].classification[2024] = "xuat_sac";
  u.rec.people[2].titles[2024].clear();  // revoked
  u.rec.people[7].titles[2024] = {"chien_si_tien_tien"};
  ASSERT_TRUE(refresh_columns(u.rec, {&u.rec.people[2], &u.rec.people[5], &u.rec.people[7]}));
  EXPECT_EQ(holds(advanced), std::vector<int>{7});
  EXPECT_EQ(holds(excellent), (std::vector<int>{1, 5}));
  // Without columns (records built in memory), the same answers from the maps.
  u.rec.columns.reset();
  EXPECT_EQ(holds(advanced), std::vector<int>{7});
  EXPECT_EQ(holds(excellent), (std::vector<int>{1, 5}));
}

// The held columns keep each person's "held or eligible" for the titles a unit counts of its
// people (hold_counted): a person's level written after the columns were built must reach the
// next request's unit list through refresh_columns, as the held year writes it.
TEST(Eligibility, ALevelWrittenAfterTheColumnsWereBuiltChangesTheUnitsCountsInTheNextList) {
  Unit10 u;
  SubjectRecord& one = u.rec.people[1];  // the unit's only grassroots fighter (excellent)
  SubjectRecord& unit = u.rec.units[100];
  u.rec.columns = build_columns(cat(), u.rec, 2020, 2024);
  const std::vector<const SubjectRecord*> units = {&unit};
  const Entry& victorious = *cat().find_in_year("don_vi_quyet_thang", 2024);
  auto answers = [&] {  // a fresh engine over the held columns, as the next request after a write
    Evaluator engine(cat(), u.rec);
    const ListEvaluation list = engine.evaluate_list(units, victorious, 2024);
    return std::tuple{met(list.at(0), "ti_le_cstt"), met(list.at(0), "co_cstdcs"), list.eligible[0] != 0};
  };
  EXPECT_EQ(answers(), std::tuple(true, true, true));
  auto written = [&](const SubjectRecord& s) { ASSERT_TRUE(refresh_columns(u.rec, {&s})); };

  one.classification[2024] = "tot";  // no longer excellent: no grassroots fighter in the unit
  written(one);
  EXPECT_EQ(answers(), std::tuple(true, false, false));
  one.classification[2024] = "xuat_sac";
  written(one);
  EXPECT_EQ(answers(), std::tuple(true, true, true));
  // Two of the eight advanced only completed their tasks: 6 of 10 advanced, under 70%.
  for (int id : {7, 8}) {
    u.rec.people[id].classification[2024] = "hoan_thanh";
    written(u.rec.people[id]);
  }
  EXPECT_EQ(answers(), std::tuple(false, true, false));
  // One of them holds the advanced title already (a decision recorded): 7 of 10, enough again.
  u.rec.people[7].titles[2024].insert("chien_si_tien_tien");
  written(u.rec.people[7]);
  EXPECT_EQ(answers(), std::tuple(true, true, true));
}

// The held columns keep each unit's counts of its people (how many completed their tasks, how
// many are under a discipline that blocks): a level or a discipline written after the columns were
// built must change the unit's next list, its answer and its sentence, through refresh_columns.
TEST(Eligibility, ALevelOrADisciplineWrittenAfterTheColumnsWereBuiltChangesTheUnitsHeldCountsInTheNextList) {
  Unit10 u;
  SubjectRecord& ten = u.rec.people[10];
  u.rec.columns = build_columns(cat(), u.rec, 2020, 2024);
  const std::vector<const SubjectRecord*> units = {&u.rec.units[100]};
  const Entry& victorious = *cat().find_in_year("don_vi_quyet_thang", 2024);
  auto answers = [&] {  // a fresh engine over the held columns, as the next request after a write
    Evaluator engine(cat(), u.rec);
    const ListEvaluation list = engine.evaluate_list(units, victorious, 2024);
    std::string completed, discipline;
    const Evaluation ev = list.at(0);
    for (size_t i = 0; i < ev.conditions.size(); ++i) {
      if (ev.conditions[i].code == "ca_nhan_hoan_thanh") engine.detail(ev, i, completed);
      if (ev.conditions[i].code == "ky_luat_ca_nhan") engine.detail(ev, i, discipline);
    }
    return std::tuple{met(ev, "ca_nhan_hoan_thanh"), met(ev, "ky_luat_ca_nhan"), contains(completed, "10/10"),
                      contains(discipline, "Cán bộ 10")};
  };
  EXPECT_EQ(answers(), std::tuple(true, true, true, false));
  auto written = [&](const SubjectRecord& s) { ASSERT_TRUE(refresh_columns(u.rec, {&s})); };

  ten.classification[2024] = "khong_hoan_thanh";  // one of ten did not complete the tasks
  written(ten);
  EXPECT_EQ(answers(), std::tuple(false, true, false, false));
  ten.classification[2024] = "hoan_thanh";
  ten.discipline.push_back({"canh_cao", d("2024-05-10"), 12, false});  // a warning this year
  written(ten);
  EXPECT_EQ(answers(), std::tuple(true, false, true, true));
  ten.discipline.clear();
  written(ten);
  EXPECT_EQ(answers(), std::tuple(true, true, true, false));
}

// A list evaluated with one Evaluator (the eligibility page, the national run) remembers each
// member's "held or eligible" and the unit's people: its answers and sentences must be those of
// evaluations made one by one, in whatever order the titles are asked.
TEST(Eligibility, OneEvaluatorForAWholeListAnswersAsEvaluationsMadeOneByOne) {
  Unit10 u;
  u.rec.people[3].initiatives.push_back({"unit", d("2024-03-01"), "Sổ tay điện tử"});
  u.rec.people[4].discipline.push_back({"canh_cao", d("2024-05-10"), 12, false});
  const SubjectRecord& unit = u.rec.units.at(100);
  Evaluator one(cat(), u.rec);
  const char* person_titles[] = {"chien_si_thi_dua_co_so", "chien_si_tien_tien", "chien_si_thi_dua_co_so"};
  std::vector<const SubjectRecord*> people;
  int eligible = 0;
  for (const auto& [id, p] : u.rec.people) {
    people.push_back(&p);
    for (const char* code : person_titles) {
      Evaluation shared = one.evaluate(p, code, 2024), fresh = evaluate(cat(), u.rec, p, code, 2024);
      ASSERT_EQ(shared.eligible, fresh.eligible) << p.name << " " << code;
      eligible += shared.eligible;
      ASSERT_EQ(shared.conditions.size(), fresh.conditions.size());
      for (size_t i = 0; i < shared.conditions.size(); ++i) {
        EXPECT_EQ(shared.conditions[i].met, fresh.conditions[i].met) << p.name << " " << shared.conditions[i].code;
        EXPECT_EQ(shared.detail(i), fresh.detail(i));
      }
    }
  }
  EXPECT_GT(eligible, 0);
  EXPECT_LT(eligible, 30);
  for (const char* code : {"don_vi_quyet_thang", "don_vi_tien_tien"}) {
    Evaluation shared = one.evaluate(unit, code, 2024), fresh = evaluate(cat(), u.rec, u.unit, code, 2024);
    EXPECT_EQ(shared.eligible, fresh.eligible) << code;
    for (size_t i = 0; i < shared.conditions.size(); ++i) EXPECT_EQ(shared.detail(i), fresh.detail(i)) << code;
  }
  // The warning on officer 4 costs the unit its title, by the shared evaluator and alone.
  EXPECT_FALSE(one.evaluate(unit, "don_vi_quyet_thang", 2024).eligible);
  const Entry& cstdcs = *cat().find_in_year("chien_si_thi_dua_co_so", 2024);
  QuotaResult a = one.quota(cstdcs, people, 2024, 0), b = quota(cat(), u.rec, cstdcs, people, 2024, 0);
  EXPECT_EQ(a.base, b.base);
  EXPECT_EQ(a.limit, b.limit);
  EXPECT_EQ(a.detail, b.detail);
  EXPECT_EQ(a.base, 7);  // of the eight rated at least good, all but officer 4 (warned) are advanced fighters
}

// A small world of varied records (a unit over two teams, officers and members with five years
// of ratings, titles, initiatives, discipline and reviews, some years missing).
Records varied_world() {
  std::mt19937 rng(20251204);
  auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
  const char* levels[] = {"xuat_sac", "tot", "tot", "hoan_thanh", "khong_hoan_thanh"};
  const char* titles[] = {"chien_si_tien_tien", "chien_si_thi_dua_co_so", "chien_si_thi_dua_toan_luc_luong",
                          "bang_khen_bo_truong", "bang_khen_thu_tuong"};
  Records rec;
  auto unit = [&](int64_t id, const char* name) {
    SubjectRecord u;
    u.kind = "unit";
    u.id = id;
    u.name = name;
    u.active_from = chance(0.3) ? d("2025-03-01") : d("2024-07-05");
    for (int y = 2021; y <= 2025; ++y) {
      if (chance(0.9)) u.classification[y] = levels[rng() % 5];
      if (y < 2025 && chance(0.5)) u.titles[y].insert(chance(0.5) ? "don_vi_tien_tien" : "don_vi_quyet_thang");
      u.team_years[y] = TeamYear{static_cast<int>(rng() % 7), 6, chance(0.1)};
      if (chance(0.3)) u.group_leader_years.insert(y);
    }
    if (chance(0.2)) u.discipline.push_back({"", d("2025-04-01"), 12, true});
    rec.units[id] = u;
  };
  unit(100, "Công an xã");
  unit(101, "Tổ 1");
  unit(102, "Tổ 2");
  for (int64_t id = 1; id <= 40; ++id) {
    SubjectRecord p = officer(id, "Người " + std::to_string(id));
    p.sex = chance(0.3) ? "nu" : "nam";
    if (chance(0.95)) p.service_from = Date::from_ymd(1990 + static_cast<int>(rng() % 34), 1 + static_cast<int>(rng() % 12), 1);
    p.hardship_years = static_cast<int>(rng() % 4);
    if (id > 20) {  // members of the two teams, the first of each its leader
      p.team_id = id <= 30 ? 101 : 102;
      if (id == 21 || id == 31) p.team_role = "to_truong";
      rec.units[*p.team_id].members[2025].push_back(id);
      rec.units[*p.team_id].members[2024].push_back(id);
    }
    for (int y = 2021; y <= 2025; ++y) {
      if (chance(0.9)) p.classification[y] = levels[rng() % 5];
      if (y < 2025)
        for (const char* t : titles)
          if (chance(0.35)) p.titles[y].insert(t);
      if (chance(0.15)) p.initiatives.push_back({chance(0.5) ? "unit" : chance(0.5) ? "ministry" : "national", *Date::from_ymd(y, 6, 1), "Sáng kiến"});
      if (chance(0.06)) p.discipline.push_back({chance(0.5) ? "khien_trach" : "canh_cao", *Date::from_ymd(y, 1 + static_cast<int>(rng() % 12), 10), 12, false});
      if (chance(0.03)) p.discipline.push_back({"", *Date::from_ymd(y, 3, 3), 12, true});
    }
    rec.units[100].members[2025].push_back(id);
    rec.units[100].members[2024].push_back(id);
    rec.people[id] = p;
  }
  return rec;
}

// varied_world's subjects of a title's level: the commune (collective), its two teams (team), the
// officers outside the teams (individual) or the teams' members (member).
std::vector<const SubjectRecord*> of_level(const Records& rec, const std::string& level) {
  std::vector<const SubjectRecord*> subjects;
  if (level == "collective") subjects.push_back(&rec.units.at(100));
  if (level == "team") subjects = {&rec.units.at(101), &rec.units.at(102)};
  for (const auto& [id, p] : rec.people)
    if ((level == "individual" && !p.team_id) || (level == "member" && p.team_id)) subjects.push_back(&p);
  return subjects;
}

// A small world of varied records (a unit over two teams, officers and members with five years
// of ratings, titles, initiatives, discipline and reviews, some years missing): a whole list
// evaluated at once (what GET /api/v1/eligibility runs) answers, subject by subject and condition
// by condition, what its Vietnamese sentence says (✓ or ✗, written from the records' own maps),
// and what an evaluation made alone answers; and so do the quotas.
TEST(Eligibility, AWholeListAnswersAsEachConditionsSentenceSaysReadFromTheRecords) {
  const Records rec = varied_world();
  int checked = 0, eligible = 0, unmet = 0;
  for (int year : {2025, 2024}) {
    Evaluator one(cat(), rec);
    // Units first, so members are first asked about through their unit, then the people.
    for (const char* level : {"collective", "team", "individual", "member"}) {
      const std::vector<const SubjectRecord*> subjects = of_level(rec, level);
      for (const Entry* e : cat().in_force(*Date::from_ymd(year, 12, 31))) {
        if (e->level != level) continue;
        ListEvaluation list = one.evaluate_list(subjects, *e, year);
        ASSERT_EQ(list.size(), subjects.size());
        for (size_t i = 0; i < list.size(); ++i) {
          Evaluation ev = list.at(i), alone = evaluate(cat(), rec, *subjects[i], e->code, year);
          ASSERT_EQ(ev.conditions.size(), e->conditions.size());
          bool all = true;
          for (size_t k = 0; k < ev.conditions.size(); ++k) {
            std::string sentence = ev.detail(k);
            // ✓ ends a sentence met (any_of: one of its parts, joined by HOẶC, each with its mark).
            bool says_met = contains(sentence, "✓");
            EXPECT_EQ(ev.conditions[k].met, says_met) << subjects[i]->name << " " << e->code << " " << year << ": " << sentence;
            EXPECT_EQ(ev.conditions[k].met, alone.conditions[k].met) << subjects[i]->name << " " << e->code;
            EXPECT_EQ(sentence, alone.detail(k));
            all = all && ev.conditions[k].met;
            unmet += !ev.conditions[k].met;
            ++checked;
          }
          EXPECT_EQ(ev.eligible, all) << subjects[i]->name << " " << e->code;
          EXPECT_EQ(ev.eligible, alone.eligible) << subjects[i]->name << " " << e->code;
          eligible += ev.eligible;
        }
        if (e->quota) {
          QuotaResult a = one.quota(*e, subjects, year, 0), b = quota(cat(), rec, *e, subjects, year, 0);
          EXPECT_EQ(a.detail, b.detail) << e->code;
        }
      }
    }
  }
  EXPECT_GT(checked, 500);  // the world is varied: some conditions met, some not, some eligible
  EXPECT_GT(eligible, 10);
  EXPECT_GT(unmet, 50);
}

// The held year's engine (HeldYear::engine) writes a page's sentences from what earlier requests
// left in its memos — other titles, other years, the whole list evaluated before — and each
// sentence is the one a fresh evaluation of that subject alone writes: a unit's share of advanced
// members, "held or eligible", the discipline among the members, word for word.
TEST(Eligibility, AnEngineKeptAcrossListsWritesTheSentencesAFreshEvaluationWrites) {
  const Records rec = varied_world();
  Evaluator kept(cat(), rec);  // one for every list below, as a held year's across requests
  int checked = 0, units = 0;
  std::string sentence;
  for (int round = 0; round < 2; ++round)  // the second round: everything asked before, memos warm
    for (int year : {2025, 2024})
      for (const char* level : {"individual", "member", "collective", "team"}) {
        const std::vector<const SubjectRecord*> subjects = of_level(rec, level);
        for (const Entry* e : cat().in_force(*Date::from_ymd(year, 12, 31))) {
          if (e->level != level) continue;
          const ListEvaluation list = kept.evaluate_list(subjects, *e, year);
          for (size_t i = 0; i < list.size(); ++i) {
            const Evaluation ev = list.at(i), alone = evaluate(cat(), rec, *subjects[i], e->code, year);
            EXPECT_EQ(ev.eligible, alone.eligible) << subjects[i]->name << " " << e->code << " " << year;
            for (size_t k = 0; k < ev.conditions.size(); ++k) {
              kept.detail(ev, k, sentence);
              EXPECT_EQ(sentence, alone.detail(k)) << subjects[i]->name << " " << e->code << " " << year;
              ++checked;
              units += subjects[i]->kind == "unit";
            }
          }
        }
      }
  EXPECT_GT(checked, 1000);
  EXPECT_GT(units, 40);  // the units' sentences (counts over their members) among them
  EXPECT_GT(kept.bytes(), 0u);
}

// The catalogue's entries of `level` in force at the end of 2025.
std::vector<const Entry*> in_force_2025(const std::string& level) {
  std::vector<const Entry*> out;
  for (const Entry* e : cat().in_force(*Date::from_ymd(2025, 12, 31)))
    if (e->level == level) out.push_back(e);
  return out;
}

// How many answers of `list`'s lists (evaluate_lists: one per entry of `entries`, over `subjects`)
// differ, condition by condition, from one Evaluator's answering subject by subject (the first few named as failures);
// `eligible` counts the eligible answers.
int differ_from_one_by_one(const Records& rec, Evaluator& list, const std::vector<const SubjectRecord*>& subjects,
                           const std::vector<const Entry*>& entries, int& eligible) {
  const std::vector<ListEvaluation> lists = list.evaluate_lists(subjects, entries, 2025);
  Evaluator alone(cat(), rec);
  int differ = 0;
  for (size_t k = 0; k < entries.size(); ++k)
    for (size_t i = 0; i < subjects.size(); ++i) {
      Evaluation one = alone.evaluate(*subjects[i], *entries[k], 2025);
      bool same = lists[k].eligible[i] == one.eligible;
      for (size_t c = 0; c < one.conditions.size(); ++c)
        same = same && lists[k].met[i * one.conditions.size() + c] == one.conditions[c].met;
      if (!same && ++differ < 5) ADD_FAILURE() << subjects[i]->name << " " << entries[k]->code;
      eligible += one.eligible;
    }
  return differ;
}

// A province's list is long enough for the engine to read the records into its columns for the
// years looked back and to answer it on two threads (evaluate_lists: people, many titles each):
// every officer's answer, condition by condition, and the quota are what
// one Evaluator answers subject by subject, reading each record when asked.
TEST(Eligibility, AProvincesLongListAnswersAsOneByOne) {
  std::mt19937 rng(20251205);
  auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
  const char* levels[] = {"xuat_sac", "tot", "tot", "hoan_thanh", "khong_hoan_thanh"};
  const char* titles[] = {"chien_si_tien_tien", "chien_si_thi_dua_co_so", "chien_si_thi_dua_toan_luc_luong",
                          "bang_khen_bo_truong"};
  Records rec;
  SubjectRecord& province = rec.units[1];
  province.kind = "unit";
  province.id = 1;
  province.name = "Công an tỉnh";
  for (int64_t id = 1; id <= 34000; ++id) {
    SubjectRecord p = officer(id, "Người " + std::to_string(id));
    p.sex = chance(0.2) ? "nu" : "nam";
    if (chance(0.97)) p.service_from = Date::from_ymd(1990 + static_cast<int>(rng() % 34), 1 + static_cast<int>(rng() % 12), 1);
    for (int y = 2016; y <= 2025; ++y) {
      if (chance(0.9)) p.classification[y] = levels[rng() % 5];  // some years missing: no level
      if (y < 2025)
        for (const char* t : titles)
          if (chance(0.3)) p.titles[y].insert(t);
      if (chance(0.05)) p.initiatives.push_back({chance(0.5) ? "unit" : "ministry", *Date::from_ymd(y, 6, 1), "Sáng kiến"});
      if (chance(0.03)) p.discipline.push_back({"khien_trach", *Date::from_ymd(y, 5, 10), 12, false});
    }
    province.members[2025].push_back(id);
    rec.people[id] = std::move(p);
  }
  std::vector<const SubjectRecord*> officers;
  for (const auto& [id, p] : rec.people) officers.push_back(&p);
  const std::vector<const Entry*> entries = in_force_2025("individual");
  ASSERT_GE(entries.size(), 5u);
  Evaluator list(cat(), rec);
  int eligible = 0;
  EXPECT_EQ(differ_from_one_by_one(rec, list, officers, entries, eligible), 0);
  EXPECT_GT(eligible, 1000);
  for (const Entry* e : entries)
    if (e->quota) EXPECT_EQ(list.quota(*e, officers, 2025, 0).detail, quota(cat(), rec, *e, officers, 2025, 0).detail) << e->code;
}

// A short list of units heavy with people (a province's communes and the province above them),
// each unit's people walked once for every count its conditions ask: every unit's answer,
// condition by condition, is what one Evaluator answers unit by unit.
TEST(Eligibility, AShortListOfUnitsWithTheirPeopleAnswersAsOneByOne) {
  std::mt19937 rng(20261206);
  auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
  const char* levels[] = {"xuat_sac", "tot", "tot", "hoan_thanh", "khong_hoan_thanh"};
  Records rec;
  int64_t next_person = 1;
  std::vector<const SubjectRecord*> units;
  for (int64_t parent = 1; parent <= 8; ++parent) {  // 8 parents of 5 units each, 300 people a unit
    for (int64_t k = 0; k < 5; ++k) {
      const int64_t id = 100 + parent * 10 + k;
      SubjectRecord& u = rec.units[id];
      u.kind = "unit", u.id = id, u.name = "Đơn vị " + std::to_string(id);
      for (int y = 2021; y <= 2025; ++y) u.classification[y] = levels[rng() % 3];
      if (chance(0.1)) u.discipline.push_back({"canh_cao", *Date::from_ymd(2025, 3, 1), 12, false});
      for (int i = 0; i < 300; ++i, ++next_person) {
        SubjectRecord p = officer(next_person, "Người " + std::to_string(next_person));
        for (int y = 2021; y <= 2025; ++y) {
          if (chance(0.95)) p.classification[y] = levels[rng() % 5];
          if (y < 2025 && chance(0.7)) p.titles[y].insert("chien_si_tien_tien");
          if (y < 2025 && chance(0.1)) p.titles[y].insert("chien_si_thi_dua_co_so");
          if (chance(0.0005)) p.discipline.push_back({chance(0.5) ? "khien_trach" : "canh_cao", *Date::from_ymd(y, 5, 10), 12, false});
          if (chance(0.05)) p.initiatives.push_back({"unit", *Date::from_ymd(y, 6, 1), "Sáng kiến"});
        }
        u.members[2025].push_back(next_person);
        rec.units[parent].members[2025].push_back(next_person);  // the parent's people: its units' people
        rec.people[next_person] = std::move(p);
      }
    }
    SubjectRecord& up = rec.units[parent];
    up.kind = "unit", up.id = parent, up.name = "Tỉnh " + std::to_string(parent);
    for (int y = 2021; y <= 2025; ++y) up.classification[y] = levels[rng() % 3];
  }
  for (const auto& [id, u] : rec.units) units.push_back(&u);
  const std::vector<const Entry*> entries = in_force_2025("collective");
  ASSERT_GE(entries.size(), 3u);
  Evaluator list(cat(), rec);
  int eligible = 0;
  EXPECT_EQ(differ_from_one_by_one(rec, list, units, entries, eligible), 0);
  EXPECT_GT(eligible, 0);
  EXPECT_LT(eligible, static_cast<int>(units.size() * entries.size()));
}

TEST(Eligibility, HalfTheMembersAdvancedIsNotMoreThanHalfForAnAdvancedUnit) {
  Unit10 u;
  for (int i = 6; i <= 10; ++i) u.rec.people[i].classification[2024] = "hoan_thanh";
  u.unit.classification[2024] = "tot";
  auto e = evaluate(cat(), u.rec, u.unit, "don_vi_tien_tien", 2024);
  EXPECT_FALSE(met(e, "ti_le_cstt"));
  EXPECT_TRUE(contains(detail(e, "ti_le_cstt"), "5/10 cá nhân (50%)"));
  EXPECT_TRUE(contains(detail(e, "ti_le_cstt"), "trên 50%"));
}

TEST(Eligibility, TheGovernmentFlagGoesOnlyToTheUnitItsClusterHonouredAsLeading) {
  Records rec;
  SubjectRecord hy, tb;
  hy.kind = tb.kind = "unit";
  hy.id = 1;
  tb.id = 2;
  hy.classification[2024] = tb.classification[2024] = "xuat_sac";
  hy.group_leader_years.insert(2024);
  EXPECT_TRUE(evaluate(cat(), rec, hy, "co_thi_dua_chinh_phu", 2024).eligible);
  auto e = evaluate(cat(), rec, tb, "co_thi_dua_chinh_phu", 2024);
  EXPECT_FALSE(met(e, "dan_dau_cum"));
  EXPECT_TRUE(evaluate(cat(), rec, tb, "co_thi_dua_bo_cong_an", 2024).eligible);
}

TEST(Eligibility, TenYearsOfServiceEarnTheGloriousFighterMedalThirdClassButNineDoNot) {
  Records rec;
  SubjectRecord a = officer(1);
  a.service_from = d("2015-01-01");
  EXPECT_TRUE(evaluate(cat(), rec, a, "huy_chuong_chien_si_ve_vang_hang_ba", 2024).eligible);
  a.service_from = d("2016-01-02");
  auto e = evaluate(cat(), rec, a, "huy_chuong_chien_si_ve_vang_hang_ba", 2024);
  EXPECT_FALSE(e.eligible);
  EXPECT_TRUE(contains(detail(e, "nam_cong_tac"), "8 năm"));
}

TEST(Eligibility, AWomanMemberNeedsTenYearsForTheCommemorativeMedalWithHardshipYearsCountedTwice) {
  Records rec;
  SubjectRecord m = officer(1);
  m.service_from = d("2018-01-01");  // 8 years by the end of 2025
  m.sex = "nu";
  EXPECT_FALSE(evaluate(cat(), rec, m, "ky_niem_chuong_bao_ve_antq", 2025).eligible);
  m.hardship_years = 2;  // counted twice: 10
  EXPECT_TRUE(evaluate(cat(), rec, m, "ky_niem_chuong_bao_ve_antq", 2025).eligible);
  m.sex = "nam";  // a man needs 15
  EXPECT_FALSE(evaluate(cat(), rec, m, "ky_niem_chuong_bao_ve_antq", 2025).eligible);
}

SubjectRecord team(int64_t id, const char* from, int done, bool complaint = false) {
  SubjectRecord t;
  t.kind = "unit";
  t.id = id;
  t.name = "Tổ " + std::to_string(id);
  t.active_from = d(from);
  t.team_years[2025] = {done, 6, complaint};
  return t;
}

TEST(GrassrootsEvaluation, ATeamThatDidAllSixDutyGroupsAllYearIsExcellentButFiveOfSixIsNotAbove95Percent) {
  Records rec;
  auto t = team(1, "2024-07-01", 6);
  EXPECT_TRUE(evaluate(cat(), rec, t, "to_hoan_thanh_xuat_sac", 2025).eligible);
  auto five = team(2, "2024-07-01", 5);
  auto e = evaluate(cat(), rec, five, "to_hoan_thanh_xuat_sac", 2025);
  EXPECT_FALSE(met(e, "nhom_nhiem_vu"));
  EXPECT_TRUE(contains(detail(e, "nhom_nhiem_vu"), "5/6"));
}

TEST(GrassrootsEvaluation, ATeamSetUpInJulyIsNotRatedForTheForceYearEndingInNovember) {
  Records rec;
  auto t = team(1, "2024-07-01", 6);
  t.team_years[2024] = {6, 6, false};
  auto e = evaluate(cat(), rec, t, "to_hoan_thanh_tot", 2024);
  EXPECT_FALSE(met(e, "du_thoi_gian"));
  EXPECT_TRUE(contains(detail(e, "du_thoi_gian"), "15/11/2023 – 14/11/2024"));
  // Under complaint: not rated either.
  auto c = team(2, "2020-01-01", 6, true);
  EXPECT_FALSE(met(evaluate(cat(), rec, c, "to_hoan_thanh_tot", 2025), "khieu_nai"));
}

TEST(GrassrootsEvaluation, ATeamLeaderIsNotRatedAboveTheTeam) {
  Records rec;
  rec.units[1] = team(1, "2024-07-01", 5);
  rec.units[1].classification[2025] = "tot";
  SubjectRecord leader = officer(7);
  leader.team_id = 1;
  leader.team_role = "to_truong";
  EXPECT_FALSE(evaluate(cat(), rec, leader, "to_vien_hoan_thanh_xuat_sac", 2025).eligible);
  rec.units[1].classification[2025] = "xuat_sac";
  EXPECT_TRUE(evaluate(cat(), rec, leader, "to_vien_hoan_thanh_xuat_sac", 2025).eligible);
  SubjectRecord member = officer(8);
  member.team_id = 1;
  member.team_role = "to_vien";
  rec.units[1].classification[2025] = "tot";
  EXPECT_TRUE(evaluate(cat(), rec, member, "to_vien_hoan_thanh_xuat_sac", 2025).eligible);
}

// ---- quotas ----

TEST(Quota, TwentyAdvancedOfficersAllowThreeGrassrootsFightersAtFifteenPercent) {
  Records rec;
  std::vector<SubjectRecord> people;
  for (int i = 0; i < 22; ++i) {
    SubjectRecord p = officer(i + 1);
    p.classification[2024] = i < 20 ? "tot" : "hoan_thanh";
    people.push_back(p);
  }
  std::vector<const SubjectRecord*> list;
  for (const auto& p : people) list.push_back(&p);
  auto q = quota(cat(), rec, *cat().find_in_year("chien_si_thi_dua_co_so", 2024), list, 2024, 2);
  EXPECT_EQ(q.base, 20);
  EXPECT_EQ(q.limit, 3);
  EXPECT_EQ(q.used, 2);
  EXPECT_TRUE(contains(q.detail, "Tối đa 15% của 20"));
}

TEST(Quota, ExcellentTeamsAreAtMostAFifthOfThoseRatedGoodInTheCommune) {
  Records rec;
  std::vector<SubjectRecord> teams;
  for (int i = 0; i < 5; ++i) {
    auto t = team(i + 1, "2024-07-01", 6);
    t.classification[2025] = i < 4 ? "tot" : "hoan_thanh";
    teams.push_back(t);
  }
  std::vector<const SubjectRecord*> list;
  for (const auto& t : teams) list.push_back(&t);
  auto q = quota(cat(), rec, *cat().find_in_year("to_hoan_thanh_xuat_sac", 2025), list, 2025, 0);
  EXPECT_EQ(q.base, 4);
  EXPECT_EQ(q.limit, 0);  // a fifth of four is not yet one team
  teams[4].classification[2025] = "tot";
  q = quota(cat(), rec, *cat().find_in_year("to_hoan_thanh_xuat_sac", 2025), list, 2025, 0);
  EXPECT_EQ(q.limit, 1);
}

// ---- the path of a proposal and the council ----

TEST(ProposalPath, ADossierIsCheckedBeforeItGoesUpAndAReturnedOneCanBeSentAgain) {
  EXPECT_EQ(next_state("draft", Step::kSubmit), "submitted");
  EXPECT_EQ(next_state("submitted", Step::kReceive), "received");
  EXPECT_EQ(next_state("received", Step::kCheck), "checked");
  EXPECT_EQ(next_state("checked", Step::kForward), "submitted");
  EXPECT_EQ(next_state("checked", Step::kToCouncil), "council");
  EXPECT_EQ(next_state("checked", Step::kReturn), "returned");
  EXPECT_EQ(next_state("returned", Step::kSubmit), "submitted");
  EXPECT_EQ(next_state("council", Step::kDecide), "decided");
  EXPECT_EQ(next_state("checked", Step::kConsult), "checked");  // hiệp y recorded, state unchanged
  EXPECT_THROW(next_state("draft", Step::kConsult), Error);
  try {
    next_state("received", Step::kForward);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kConflict);
    EXPECT_TRUE(contains(e.what(), "Đã tiếp nhận"));
  }
  EXPECT_THROW(next_state("decided", Step::kReturn), Error);
}

TEST(Council, FourOfSixMembersAreAQuorumThreeAreNot) {
  EXPECT_TRUE(has_quorum(4, 6));
  EXPECT_FALSE(has_quorum(3, 6));
  EXPECT_TRUE(has_quorum(2, 3));
  EXPECT_FALSE(has_quorum(0, 0));
}

TEST(Council, AFlagNeedingEightyPercentPassesWithFourOfFiveButNotThreeOfFive) {
  EXPECT_TRUE(passes(4, 5, 80));
  EXPECT_FALSE(passes(3, 5, 80));
  EXPECT_TRUE(passes(3, 5, 50));
  EXPECT_FALSE(passes(0, 0, 50));  // everyone recused: nothing passes
}

}  // namespace
}  // namespace thidua::commendation
