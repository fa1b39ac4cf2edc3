#include "scoring/scorecard.h"

#include <gtest/gtest.h>

#include "core/error.h"
#include "scoring/compiled_scheme.h"
#include "scoring/test_fixtures.h"

namespace thidua::scoring {
namespace {

using nlohmann::json;
using testing::catalogue;
using testing::scheme_with;
using testing::values;
using testing::reported;

CompiledScheme compile(const json& j) { return CompiledScheme(ScoringScheme::from_json(j, catalogue()), catalogue()); }

json criterion(json target, json rule, double points, const char* id = "c1") {
  return {{"id", id}, {"name", "Tiêu chí"}, {"max_points", points}, {"target", std::move(target)}, {"rule", std::move(rule)}};
}
json crimes_down(double pct) {
  return {{"kind", "change"}, {"indicator", "toi_pham_ttxh"}, {"direction", "decrease"}, {"value", pct}};
}
json proportional() { return {{"kind", "proportional"}}; }

TEST(Scorecard, AUnitThatReducedCrimes5PercentAgainstA7PercentTargetEarns71PercentOfThePoints) {
  CompiledScheme s = compile(scheme_with({criterion(crimes_down(7), proportional(), 20)}, 20));
  Scorecard card = evaluate(s, values({{"toi_pham_ttxh", 114}}), values({{"toi_pham_ttxh", 120}}));
  const CriterionScore& c = card.criteria[0];
  EXPECT_NEAR(c.achievement, 5.0 / 7.0, 1e-12);
  EXPECT_DOUBLE_EQ(c.points, 14.29);
  EXPECT_FALSE(c.met);
  EXPECT_NE(c.explanation.find("Giảm 5,0% so với cùng kỳ (chỉ tiêu giảm 7% so với cùng kỳ): đạt 71,4% → 14,29/20 điểm"),
            std::string::npos)
      << c.explanation;
  EXPECT_NE(c.explanation.find("114 vụ (cùng kỳ 120 vụ)"), std::string::npos) << c.explanation;
  EXPECT_DOUBLE_EQ(card.total, 14.29);
}

TEST(Scorecard, AnIncreaseInCrimesAgainstAReductionTargetEarnsNothing) {
  CompiledScheme s = compile(scheme_with({criterion(crimes_down(7), proportional(), 20)}, 20));
  Scorecard card = evaluate(s, values({{"toi_pham_ttxh", 124}}), values({{"toi_pham_ttxh", 120}}));
  EXPECT_DOUBLE_EQ(card.criteria[0].points, 0);
  EXPECT_NE(card.criteria[0].explanation.find("Tăng 3,3% so với cùng kỳ"), std::string::npos) << card.criteria[0].explanation;
  EXPECT_NE(card.criteria[0].explanation.find("không đạt → 0/20 điểm"), std::string::npos);
}

TEST(Scorecard, ReachingTheReductionTargetEarnsFullPointsAndAProportionalRuleNeverMore) {
  CompiledScheme s = compile(scheme_with({criterion(crimes_down(7), proportional(), 20)}, 20));
  EXPECT_DOUBLE_EQ(evaluate(s, values({{"toi_pham_ttxh", 93}}), values({{"toi_pham_ttxh", 100}})).total, 20);
  EXPECT_DOUBLE_EQ(evaluate(s, values({{"toi_pham_ttxh", 50}}), values({{"toi_pham_ttxh", 100}})).total, 20);
  // Nothing last year, one case this year: no percentage exists, and it is not a reduction.
  EXPECT_DOUBLE_EQ(evaluate(s, values({{"toi_pham_ttxh", 1}}), values({{"toi_pham_ttxh", 0}})).total, 0);
}

TEST(Scorecard, AUnitThatReportedNothingEarnsNoPointsForAReductionItNeverShowed) {
  CompiledScheme s = compile(scheme_with({criterion(crimes_down(7), proportional(), 20)}, 20));
  Scorecard none = evaluate(s, values({}), values({}));
  EXPECT_DOUBLE_EQ(none.total, 0);
  EXPECT_EQ(none.criteria[0].status, "missing");
  EXPECT_NE(none.criteria[0].explanation.find("chưa báo cáo"), std::string::npos) << none.criteria[0].explanation;
  EXPECT_NE(none.criteria[0].explanation.find("không có số liệu thì không tính điểm"), std::string::npos);
  EXPECT_FALSE(none.to_json()["criteria"][0]["values"][0]["current"].is_number());  // null, not 0
  // Last year's figure missing: a fall cannot be shown either.
  Scorecard no_baseline = evaluate(s, values({{"toi_pham_ttxh", 80}}), values({}));
  EXPECT_EQ(no_baseline.criteria[0].status, "missing");
  EXPECT_NE(no_baseline.criteria[0].explanation.find("Thiếu số liệu cùng kỳ năm trước"), std::string::npos);
  EXPECT_DOUBLE_EQ(no_baseline.total, 0);
}

TEST(Scorecard, AReportedZeroIsAValueAndZeroAgainstZeroIsNotApplicableByTheRegulationsRule) {
  json other = criterion(crimes_down(7), proportional(), 20, "c2");
  other["target"]["indicator"] = "vu_viec_tam_dinh_chi";
  auto with_rule = [&](const char* na) {
    json c = criterion(crimes_down(7), proportional(), 20);
    c["not_applicable"] = na;
    return compile(scheme_with({c, other}, 40));
  };
  // Crimes 0 → 0; suspended cases 10 → 9 (−10%, target met).
  IndicatorValues cur = values({{"toi_pham_ttxh", 0}, {"vu_viec_tam_dinh_chi", 9}});
  IndicatorValues prev = values({{"toi_pham_ttxh", 0}, {"vu_viec_tam_dinh_chi", 10}});
  Scorecard full = evaluate(with_rule("full_points"), cur, prev);
  EXPECT_EQ(full.criteria[0].status, "not_applicable");
  EXPECT_DOUBLE_EQ(full.criteria[0].points, 20);
  EXPECT_DOUBLE_EQ(full.total, 40);
  EXPECT_NE(full.criteria[0].explanation.find("coi như đạt, đủ điểm"), std::string::npos) << full.criteria[0].explanation;
  Scorecard none = evaluate(with_rule("no_points"), cur, prev);
  EXPECT_DOUBLE_EQ(none.criteria[0].points, 0);
  EXPECT_DOUBLE_EQ(none.total, 20);
  // Dropped: 20 earned of the 20 that remain, scaled to 40.
  Scorecard dropped = evaluate(with_rule("drop"), cur, prev);
  EXPECT_DOUBLE_EQ(dropped.earned_points, 20);
  EXPECT_DOUBLE_EQ(dropped.dropped_points, 20);
  EXPECT_DOUBLE_EQ(dropped.total, 40);
  EXPECT_NE(dropped.criteria[0].explanation.find("không tính vào tổng"), std::string::npos);
  // The engine's path agrees with the explained one.
  std::vector<double> a = Assessment{}.row(with_rule("drop"));
  ScoreSummary sum = with_rule("drop").score(cur.row().data(), prev.row().data(), a.data());
  EXPECT_EQ(sum.total_centi, 4000);
  EXPECT_EQ(sum.dropped_centi, 2000);
}

TEST(Scorecard, ARateAbove95PercentAchievedAt90EarnsNinetyNinetyFifths) {
  json target = {{"kind", "rate"}, {"indicator", "ty_le_giai_quyet_tin_bao"}, {"direction", "above"}, {"value", 95}};
  CompiledScheme s = compile(scheme_with({criterion(target, proportional(), 10)}, 10));
  Scorecard card = evaluate(s, values({{"tin_bao_tiep_nhan", 100}, {"tin_bao_giai_quyet", 90}}), values({}));
  EXPECT_DOUBLE_EQ(card.criteria[0].points, 9.47);  // 10 × 90/95 = 9.4737
  EXPECT_NE(card.criteria[0].explanation.find("90,0% (90/100) (chỉ tiêu trên 95%): đạt 94,7% → 9,47/10 điểm"),
            std::string::npos)
      << card.criteria[0].explanation;
  // Nothing reported: no rate, no points — never "met".
  Scorecard missing = evaluate(s, values({}), values({}));
  EXPECT_DOUBLE_EQ(missing.total, 0);
  EXPECT_EQ(missing.criteria[0].status, "missing");
  // Zero reports received (0/0): not applicable, by the criterion's rule (dropped by default).
  Scorecard zero = evaluate(s, values({{"tin_bao_tiep_nhan", 0}, {"tin_bao_giai_quyet", 0}}), values({}));
  EXPECT_EQ(zero.criteria[0].status, "not_applicable");
  EXPECT_NE(zero.criteria[0].explanation.find("không phát sinh vụ việc (0/0), không có tỷ lệ"), std::string::npos)
      << zero.criteria[0].explanation;
  EXPECT_EQ(zero.criteria[0].explanation.find("coi như đạt"), std::string::npos);
  // target_met gives all or nothing.
  CompiledScheme all_or_nothing = compile(scheme_with({criterion(target, {{"kind", "target_met"}}, 10)}, 10));
  EXPECT_DOUBLE_EQ(evaluate(all_or_nothing, values({{"tin_bao_tiep_nhan", 100}, {"tin_bao_giai_quyet", 90}}), values({})).total, 0);
  EXPECT_DOUBLE_EQ(evaluate(all_or_nothing, values({{"tin_bao_tiep_nhan", 100}, {"tin_bao_giai_quyet", 96}}), values({})).total, 10);
}

TEST(Scorecard, DeductionsPerOccurrenceStopAtTheirCap) {
  json c = {{"id", "ky_luat"}, {"name", "Kỷ luật"}, {"max_points", 10},
            {"rule", {{"kind", "deduction_per_occurrence"}, {"indicator", "can_bo_vi_pham_ky_luat"},
                      {"points_per_occurrence", 3}, {"cap", 8}}}};
  CompiledScheme s = compile(scheme_with({c}, 10));
  EXPECT_DOUBLE_EQ(evaluate(s, values({{"can_bo_vi_pham_ky_luat", 0}}), values({})).total, 10);
  // Nobody reported the count: no full marks for an empty report.
  Scorecard missing = evaluate(s, values({}), values({}));
  EXPECT_DOUBLE_EQ(missing.total, 0);
  EXPECT_EQ(missing.criteria[0].status, "missing");
  Scorecard two = evaluate(s, values({{"can_bo_vi_pham_ky_luat", 2}}), values({}));
  EXPECT_DOUBLE_EQ(two.total, 4);
  EXPECT_NE(two.criteria[0].explanation.find("2 người × 3 điểm = trừ 6 (tối đa 8) → 4/10 điểm"), std::string::npos)
      << two.criteria[0].explanation;
  EXPECT_DOUBLE_EQ(evaluate(s, values({{"can_bo_vi_pham_ky_luat", 5}}), values({})).total, 2);
  EXPECT_DOUBLE_EQ(two.penalty_points, 6);
}

TEST(Scorecard, ExceedingATargetEarnsABonusUpToItsCap) {
  json target = {{"kind", "rate"}, {"indicator", "ty_le_kham_pha"}, {"direction", "above"}, {"value", 80}};
  json rule = {{"kind", "bonus_exceeding"}, {"bonus_per_point", 0.2}, {"bonus_cap", 2}};
  CompiledScheme s = compile(scheme_with({criterion(target, rule, 8)}, 8));
  Scorecard card = evaluate(s, values({{"toi_pham_ttxh", 100}, {"toi_pham_ttxh_kham_pha", 85}}), values({}));
  EXPECT_DOUBLE_EQ(card.criteria[0].points, 8);
  EXPECT_DOUBLE_EQ(card.criteria[0].bonus, 1);  // 5 points over × 0.2
  EXPECT_DOUBLE_EQ(card.total, 9);
  Scorecard capped = evaluate(s, values({{"toi_pham_ttxh", 100}, {"toi_pham_ttxh_kham_pha", 99}}), values({}));
  EXPECT_DOUBLE_EQ(capped.criteria[0].bonus, 2);
  Scorecard below = evaluate(s, values({{"toi_pham_ttxh", 100}, {"toi_pham_ttxh_kham_pha", 60}}), values({}));
  EXPECT_DOUBLE_EQ(below.criteria[0].points, 6);  // 8 × 60/80
  EXPECT_DOUBLE_EQ(below.criteria[0].bonus, 0);
}

TEST(Scorecard, TrafficAccidentsMustFallOnAllThreeCriteria) {
  json target = {{"kind", "composite"},
                 {"all", {{{"kind", "change"}, {"indicator", "tngt_so_vu"}, {"direction", "decrease"}, {"value", 0}},
                          {{"kind", "change"}, {"indicator", "tngt_nguoi_chet"}, {"direction", "decrease"}, {"value", 0}},
                          {{"kind", "change"}, {"indicator", "tngt_nguoi_bi_thuong"}, {"direction", "decrease"}, {"value", 0}}}}};
  CompiledScheme met = compile(scheme_with({criterion(target, {{"kind", "target_met"}}, 6)}, 6));
  CompiledScheme part = compile(scheme_with({criterion(target, proportional(), 6)}, 6));
  auto prev = values({{"tngt_so_vu", 300}, {"tngt_nguoi_chet", 120}, {"tngt_nguoi_bi_thuong", 250}});
  auto all_down = values({{"tngt_so_vu", 280}, {"tngt_nguoi_chet", 110}, {"tngt_nguoi_bi_thuong", 240}});
  auto deaths_up = values({{"tngt_so_vu", 280}, {"tngt_nguoi_chet", 125}, {"tngt_nguoi_bi_thuong", 240}});
  EXPECT_DOUBLE_EQ(evaluate(met, all_down, prev).total, 6);
  EXPECT_DOUBLE_EQ(evaluate(met, deaths_up, prev).total, 0);
  // Proportional: two of three parts met, the third went the wrong way → 2/3 of the points.
  Scorecard card = evaluate(part, deaths_up, prev);
  EXPECT_DOUBLE_EQ(card.total, 4);
  EXPECT_EQ(card.criteria[0].values.size(), 3u);
  EXPECT_FALSE(card.criteria[0].values[1].met);
  EXPECT_NE(card.criteria[0].explanation.find("Số người chết do tai nạn giao thông: 125 người (cùng kỳ 120 người). Tăng 4,2% so với cùng kỳ (không đạt)"),
            std::string::npos)
      << card.criteria[0].explanation;
}

TEST(Scorecard, CountTargets) {
  json at_least = {{"kind", "count"}, {"indicator", "mo_hinh_phong_trao_moi"}, {"direction", "at_least"}, {"value", 3}};
  CompiledScheme s = compile(scheme_with({criterion(at_least, proportional(), 6)}, 6));
  EXPECT_DOUBLE_EQ(evaluate(s, values({{"mo_hinh_phong_trao_moi", 2}}), values({})).total, 4);
  EXPECT_DOUBLE_EQ(evaluate(s, values({{"mo_hinh_phong_trao_moi", 4}}), values({})).total, 6);
  json at_most = {{"kind", "count"}, {"indicator", "chay_dbnt"}, {"direction", "at_most"}, {"value", 0}};
  CompiledScheme z = compile(scheme_with({criterion(at_most, {{"kind", "target_met"}}, 3)}, 3));
  Scorecard card = evaluate(z, values({{"chay_dbnt", 1}}), values({}));
  EXPECT_DOUBLE_EQ(card.total, 0);
  EXPECT_NE(card.criteria[0].explanation.find("1 vụ (chỉ tiêu không để xảy ra): không đạt chỉ tiêu → 0/3 điểm"),
            std::string::npos)
      << card.criteria[0].explanation;
}

// The cluster's own regulation, on a year of one province's figures.
class Cluster5 : public ::testing::Test {
 protected:
  Cluster5()
      : scheme(ScoringScheme::from_json(testing::read_json("docs/examples/cluster5-2024-scheme.json"), catalogue()),
               catalogue()) {}
  IndicatorValues current() const {
    return reported(values({{"su_viec_phuc_tap_antt", 0},   {"toi_pham_ttxh", 470},       {"toi_pham_ttxh_kham_pha", 423},
                   {"vu_viec_tam_dinh_chi", 34},   {"tin_bao_tiep_nhan", 800},   {"tin_bao_da_xu_ly", 800},
                   {"tin_bao_giai_quyet", 776},    {"an_rnt_dbnt", 20},          {"an_rnt_dbnt_kham_pha", 18},
                   {"tngt_so_vu", 280},            {"tngt_nguoi_chet", 125},     {"tngt_nguoi_bi_thuong", 240},
                   {"chay_dbnt", 0},               {"mo_hinh_phong_trao_moi", 2}, {"tin_bao_to_bao_ve", 230},
                   {"can_bo_vi_pham_ky_luat", 1}}));
  }
  IndicatorValues previous() const {
    return reported(values({{"toi_pham_ttxh", 500}, {"vu_viec_tam_dinh_chi", 40}, {"tngt_so_vu", 300},
                            {"tngt_nguoi_chet", 120}, {"tngt_nguoi_bi_thuong", 250}, {"tin_bao_to_bao_ve", 200}}));
  }
  Assessment assessment(bool congress_safe) const {
    Assessment a;
    a.met["an_toan_dai_hoi"] = congress_safe;
    a.met["phat_dong_so_tong_ket"] = true;
    a.counts["co_thi_dua_bo"] = 1;
    return a;
  }
  CompiledScheme scheme;
};

TEST_F(Cluster5, EveryPointOfAProvincesScorecardIsExplained) {
  Scorecard card = evaluate(scheme, current(), previous(), assessment(true), "ca-hung-yen");
  auto pts = [&](const char* id) { return card.find(id)->points; };
  EXPECT_DOUBLE_EQ(pts("an_toan_dai_hoi"), 10);
  EXPECT_DOUBLE_EQ(pts("khong_bi_dong_bat_ngo"), 10);
  EXPECT_DOUBLE_EQ(pts("giam_toi_pham_ttxh"), 10.29);  // −6% of −7%: 12 × 6/7
  EXPECT_DOUBLE_EQ(pts("giam_tam_dinh_chi"), 5);       // −15%
  EXPECT_DOUBLE_EQ(pts("xu_ly_tin_bao"), 5);           // 100%
  EXPECT_DOUBLE_EQ(pts("giai_quyet_tin_bao"), 6);      // 97% > 95%
  EXPECT_DOUBLE_EQ(pts("kham_pha_an"), 8);             // 90% > 80%…
  EXPECT_DOUBLE_EQ(card.find("kham_pha_an")->bonus, 2);  // …10 points over × 0.2, capped at 2
  EXPECT_DOUBLE_EQ(pts("kham_pha_an_rnt_dbnt"), 5.68); // 90% of 95%: 6 × 90/95
  EXPECT_DOUBLE_EQ(pts("giam_tngt_ca_3_tieu_chi"), 3.33);  // deaths rose: 2 of 3
  EXPECT_DOUBLE_EQ(pts("khong_chay_dbnt"), 3);
  EXPECT_DOUBLE_EQ(pts("mo_hinh_moi"), 3.33);          // 2 of 3 models
  EXPECT_DOUBLE_EQ(pts("tin_bao_co_so"), 5);           // +15%
  EXPECT_DOUBLE_EQ(pts("phat_dong_so_tong_ket"), 5);
  EXPECT_DOUBLE_EQ(pts("ky_luat"), 7.5);               // one disciplined officer: −2.5
  EXPECT_DOUBLE_EQ(pts("bao_cao_dung_han"), 5);
  EXPECT_DOUBLE_EQ(card.criteria_points, 92.13);
  EXPECT_DOUBLE_EQ(card.bonus_points, 12);  // 2 for clearance + 10 for the ministry flag
  EXPECT_DOUBLE_EQ(card.total, 104.13);
  EXPECT_EQ(card.level_code, "xuat_sac");
  EXPECT_EQ(card.level_name, "Hoàn thành xuất sắc nhiệm vụ");

  // The lines add up to the total, and each says how it got its points.
  double sum = 0;
  for (const auto& c : card.criteria) {
    sum += c.points + c.bonus;
    EXPECT_NE(c.explanation.find("điểm"), std::string::npos) << c.id << ": " << c.explanation;
  }
  for (const auto& b : card.bonuses) sum += b.points;
  for (const auto& d : card.deductions) sum -= d.points;
  EXPECT_NEAR(sum, card.total, 1e-9);
  double sections = 0;
  for (const auto& s : card.sections) sections += s.points;
  EXPECT_NEAR(sections, card.criteria_points, 1e-9);
  EXPECT_EQ(card.to_json()["classification"]["code"], "xuat_sac");
}

TEST_F(Cluster5, ADisqualifyingEventClassifiesTheUnitAsKhongHoanThanhWhateverItsPoints) {
  Scorecard card = evaluate(scheme, current(), previous(), assessment(false), "ca-thai-binh");
  EXPECT_TRUE(card.disqualified);
  EXPECT_EQ(card.disqualified_by, std::vector<std::string>{"an_toan_dai_hoi"});
  EXPECT_DOUBLE_EQ(card.total, 94.13);  // still well above the 90 of "xuất sắc"
  EXPECT_EQ(card.level_code, "khong_hoan_thanh");
  EXPECT_NE(card.find("an_toan_dai_hoi")->explanation.find("điểm liệt"), std::string::npos);
}

TEST_F(Cluster5, ExcellenceNeedsEverySecurityCriterionMet) {
  IndicatorValues cur = current();
  cur.set("su_viec_phuc_tap_antt", 1);  // one incident let happen by surprise
  Scorecard card = evaluate(scheme, cur, previous(), assessment(true), "ca-ha-nam");
  EXPECT_DOUBLE_EQ(card.total, 94.13);
  EXPECT_FALSE(card.disqualified);
  EXPECT_EQ(card.level_code, "tot");
}

TEST_F(Cluster5, BonusAndDeductionLinesAreCapped) {
  Assessment a = assessment(true);
  a.counts["co_thi_dua_chinh_phu"] = 1;
  a.counts["chuyen_an_duoc_bo_khen"] = 5;  // 10, capped at 6 for this line
  a.counts["anh_huong_uy_tin"] = 4;        // 20, capped at 15
  Scorecard card = evaluate(scheme, current(), previous(), a, "ca-nam-dinh");
  EXPECT_DOUBLE_EQ(card.bonuses[2].points, 6);
  EXPECT_DOUBLE_EQ(card.bonus_points, 20);  // 2 + 15 + 10 + 6 = 33, scheme cap 20
  EXPECT_DOUBLE_EQ(card.deduction_points, 15);
  EXPECT_DOUBLE_EQ(card.total, 97.13);  // 92,13 + 20 − 15
}

TEST_F(Cluster5, AnUnassessedCommitmentEarnsNothingYetAndUnknownIdsAreRefused) {
  Scorecard card = evaluate(scheme, current(), previous(), {}, "ca-hai-duong");
  EXPECT_DOUBLE_EQ(card.find("phat_dong_so_tong_ket")->points, 0);
  EXPECT_NE(card.find("phat_dong_so_tong_ket")->explanation.find("Chưa đánh giá"), std::string::npos);
  EXPECT_FALSE(card.disqualified);  // no disqualifying event was reported
  Assessment bad;
  bad.met["khong_co"] = true;
  EXPECT_THROW(evaluate(scheme, current(), previous(), bad), Error);
  Assessment wrong_kind;
  wrong_kind.met["co_thi_dua_bo"] = true;  // a counted line, not a verdict
  EXPECT_THROW(evaluate(scheme, current(), previous(), wrong_kind), Error);
  Assessment negative;
  negative.counts["co_thi_dua_bo"] = -1;
  EXPECT_THROW(evaluate(scheme, current(), previous(), negative), Error);
  EXPECT_EQ(Assessment::from_json(assessment(true).to_json()).to_json(), assessment(true).to_json());
}

TEST_F(Cluster5, LateReportsCostPunctualityPoints) {
  IndicatorValues cur = reported(current(), 2);  // two months sent after the deadline
  Scorecard card = evaluate(scheme, cur, previous(), assessment(true), "ca-hai-duong");
  EXPECT_DOUBLE_EQ(card.find("bao_cao_dung_han")->points, 3);
  EXPECT_NE(card.find("bao_cao_dung_han")->explanation.find("2 kỳ × 1 điểm = trừ 2"), std::string::npos)
      << card.find("bao_cao_dung_han")->explanation;
}

// Hà Nam reported nothing for 2023 or 2024; its self-score assessed the congresses safe and the
// movement run on plan. It earns only what was assessed, all twelve months count as late, it is
// marked incomplete and cannot be classified above "Hoàn thành nhiệm vụ".
TEST_F(Cluster5, AProvinceWithNoReportsEarnsOnlyWhatWasAssessedAndIsNeverExcellent) {
  IndicatorValues none(catalogue()), before(catalogue());
  auto row = none.mutable_row();
  row[static_cast<size_t>(catalogue().system_column(SystemSource::kLateReports))] = 12;
  row[static_cast<size_t>(catalogue().system_column(SystemSource::kMissingPeriods))] = 12;
  Scorecard card = evaluate(scheme, none, before, assessment(true), "ca-ha-nam");
  EXPECT_TRUE(card.incomplete);
  EXPECT_EQ(card.missing_periods, 12);
  EXPECT_DOUBLE_EQ(card.find("bao_cao_dung_han")->points, 0);
  EXPECT_DOUBLE_EQ(card.find("ky_luat")->points, 0);  // no report of discipline: no full marks
  EXPECT_DOUBLE_EQ(card.find("giam_toi_pham_ttxh")->points, 0);
  EXPECT_DOUBLE_EQ(card.find("xu_ly_tin_bao")->points, 0);  // 0/0 would be n/a; nothing is missing
  EXPECT_EQ(card.find("xu_ly_tin_bao")->status, "missing");
  // 10 (congresses) + 5 (movement) + 10 (ministry flag, a bonus line assessed by scorers).
  EXPECT_DOUBLE_EQ(card.total, 25);
  EXPECT_EQ(card.level_code, "khong_hoan_thanh");
  EXPECT_GE(card.missing_criteria, 12);
}

TEST_F(Cluster5, HalfAYearReportedKeepsAnExcellentUnitAtHoanThanh) {
  IndicatorValues cur = current();
  auto row = cur.mutable_row();
  row[static_cast<size_t>(catalogue().system_column(SystemSource::kMissingPeriods))] = 6;
  // Even with every figure of an excellent year (as if the values were complete), the
  // regulation's incomplete_max_level holds it at "Hoàn thành nhiệm vụ".
  Scorecard card = evaluate(scheme, cur, previous(), assessment(true), "ca-hung-yen");
  EXPECT_TRUE(card.incomplete);
  EXPECT_GT(card.total, 90);
  EXPECT_EQ(card.level_code, "hoan_thanh");
  std::vector<double> a = assessment(true).row(scheme);
  EXPECT_EQ(scheme.score(cur.row().data(), previous().row().data(), a.data()).level, card.level);
}

}  // namespace
}  // namespace thidua::scoring
