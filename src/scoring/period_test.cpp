#include "scoring/period.h"

#include <gtest/gtest.h>

#include "core/error.h"
#include "scoring/test_fixtures.h"

namespace thidua::scoring {
namespace {

Date d(int y, int m, int day) { return *Date::from_ymd(y, m, day); }

TEST(Period, PoliceStatisticalYear2024StartsOn15December2023) {
  Period p = Period::statistical_year(2024);
  EXPECT_EQ(p.start(), d(2023, 12, 15));
  EXPECT_EQ(p.end(), d(2024, 12, 14));
  EXPECT_EQ(p.label(), "Năm thống kê 2024 (15/12/2023 – 14/12/2024)");
  EXPECT_TRUE(p.contains(d(2023, 12, 20)));
  EXPECT_FALSE(p.contains(d(2024, 12, 20)));
  EXPECT_EQ(p.same_period_previous_year(), Period::statistical_year(2023));
}

TEST(Period, TheStatisticalYearStartIsConfigurable) {
  Period cal = Period::statistical_year(2024, {1, 1});
  EXPECT_EQ(cal.start(), d(2024, 1, 1));
  EXPECT_EQ(cal.end(), d(2024, 12, 31));
  Period july = Period::statistical_year(2025, {7, 1});
  EXPECT_EQ(july.start(), d(2024, 7, 1));
  EXPECT_EQ(july.end(), d(2025, 6, 30));
  EXPECT_THROW(Period::statistical_year(2024, {2, 30}), Error);
}

TEST(Period, StatisticalMonthsRunFromThe15th) {
  Period m = Period::statistical_month(2024, 1);
  EXPECT_EQ(m.start(), d(2023, 12, 15));
  EXPECT_EQ(m.end(), d(2024, 1, 14));
  Period mar = Period::statistical_month(2024, 3);
  EXPECT_EQ(mar.start(), d(2024, 2, 15));
  EXPECT_EQ(mar.end(), d(2024, 3, 14));
  // Twelve statistical months tile the statistical year.
  Period year = Period::statistical_year(2024);
  int days = 0;
  for (int i = 1; i <= 12; ++i) {
    EXPECT_TRUE(year.contains(Period::statistical_month(2024, i)));
    days += Period::statistical_month(2024, i).days();
  }
  EXPECT_EQ(days, year.days());
}

TEST(Period, MonthsQuartersAndYears) {
  EXPECT_EQ(Period::month(2024, 2).end(), d(2024, 2, 29));
  EXPECT_EQ(Period::month(2024, 2).label(), "Tháng 2/2024");
  EXPECT_EQ(Period::quarter(2024, 3).start(), d(2024, 7, 1));
  EXPECT_EQ(Period::quarter(2024, 3).end(), d(2024, 9, 30));
  EXPECT_EQ(Period::quarter(2024, 3).label(), "Quý III/2024");
  EXPECT_EQ(Period::year(2024).days(), 366);
  EXPECT_THROW(Period::month(2024, 13), Error);
  EXPECT_THROW(Period::quarter(2024, 0), Error);
}

TEST(Period, SamePeriodOfThePreviousYear) {
  EXPECT_EQ(Period::month(2024, 3).same_period_previous_year(), Period::month(2023, 3));
  EXPECT_EQ(Period::month(2025, 2).same_period_previous_year().end(), d(2024, 2, 29));
  EXPECT_EQ(Period::quarter(2024, 1).same_period_previous_year(), Period::quarter(2023, 1));
  // Phase 1 of Nghệ An's special movement, 18/10/2024 – 03/02/2025, against a year earlier.
  Period phase = Period::phase(d(2024, 10, 18), d(2025, 2, 3), "Đợt 1");
  Period before = phase.same_period_previous_year();
  EXPECT_EQ(before.start(), d(2023, 10, 18));
  EXPECT_EQ(before.end(), d(2024, 2, 3));
  EXPECT_EQ(Period::phase(d(2024, 2, 29), d(2024, 3, 10)).same_period_previous_year().start(), d(2023, 2, 28));
}

TEST(Period, APhaseEndingBeforeItStartsIsRefused) {
  EXPECT_THROW(Period::phase(d(2025, 2, 3), d(2024, 10, 18)), Error);
}

TEST(Period, JsonRoundTrip) {
  for (const Period& p : {Period::month(2024, 5), Period::quarter(2024, 2), Period::year(2024),
                          Period::statistical_year(2024), Period::statistical_month(2024, 6, {12, 15}),
                          Period::phase(d(2024, 8, 19), d(2025, 8, 19), "Phong trào đặc biệt")}) {
    EXPECT_EQ(Period::from_json(p.to_json()), p) << p.to_json().dump();
  }
  EXPECT_EQ(Period::from_json({{"kind", "statistical_year"}, {"year", 2024}}).start(), d(2023, 12, 15));
  EXPECT_THROW(Period::from_json({{"kind", "week"}, {"year", 2024}}), Error);
  // A month of 3e115 or 1e10 is refused (converting it to int was undefined; found by fuzzing).
  EXPECT_THROW(Period::from_json(nlohmann::json::parse(R"({"kind":"month","year":2025,"month":33333333333333333333333333333333333333})")), Error);
  EXPECT_THROW(Period::from_json({{"kind", "month"}, {"year", 1e10}, {"month", 1}}), Error);
}

TEST(Aggregate, AQuarterSumsItsMonthsAndAReportAcrossItsBoundIsRefused) {
  using testing::values;
  std::vector<PeriodValues> reports;
  for (int m = 1; m <= 6; ++m) reports.push_back({Period::month(2024, m), values({{"toi_pham_ttxh", double(m)}})});
  EXPECT_DOUBLE_EQ(aggregate(testing::catalogue(), reports, Period::quarter(2024, 1)).get("toi_pham_ttxh"), 6);
  EXPECT_DOUBLE_EQ(aggregate(testing::catalogue(), reports, Period::quarter(2024, 2)).get("toi_pham_ttxh"), 15);
  // Statistical month 4 (15/03 – 14/04) cannot be split between calendar quarters, but lies
  // inside the statistical year.
  std::vector<PeriodValues> stat = {{Period::statistical_month(2024, 4), values({{"toi_pham_ttxh", 3}})}};
  EXPECT_THROW(aggregate(testing::catalogue(), stat, Period::quarter(2024, 1)), Error);
  Coverage cov;
  IndicatorValues one_month = aggregate(testing::catalogue(), stat, Period::statistical_year(2024), {}, &cov);
  EXPECT_FALSE(one_month.has("toi_pham_ttxh"));  // one month of twelve does not make a year
  EXPECT_EQ(cov.expected, 12);
  EXPECT_EQ(cov.reported, 1);
}

TEST(Aggregate, HalfAYearReportedLeavesTheYearMissingAndCountsTheRestLate) {
  using testing::values;
  std::vector<PeriodValues> reports;
  for (int m = 1; m <= 6; ++m) reports.push_back({Period::month(2024, m), values({{"toi_pham_ttxh", 10}}), m == 3});
  Lateness rule;
  rule.today = *Date::parse_iso("2025-01-20");
  // The receiving level gave December until 25/01/2025 and nothing else; November's month end passed.
  rule.deadline = [](const Period& m) -> std::optional<Date> {
    if (m == Period::month(2024, 12)) return *Date::parse_iso("2025-01-25");
    return std::nullopt;
  };
  Coverage cov;
  IndicatorValues year = aggregate(testing::catalogue(), reports, Period::year(2024), rule, &cov);
  EXPECT_FALSE(year.has("toi_pham_ttxh"));
  EXPECT_EQ(cov.reported, 6);
  EXPECT_EQ(cov.missing.size(), 6u);
  EXPECT_EQ(cov.label(), "thiếu báo cáo 6/12 tháng");
  EXPECT_EQ(cov.late, 1 + 5);  // March sent late; July–November unreported past their end; December not yet due
  EXPECT_DOUBLE_EQ(year.get("bao_cao_cham_han"), 6);
  EXPECT_DOUBLE_EQ(year.get("ky_chua_bao_cao"), 6);
  // The half that was reported is whole on its own.
  Coverage half;
  IndicatorValues h1 = aggregate(testing::catalogue(), reports, Period::phase(*Date::parse_iso("2024-01-01"), *Date::parse_iso("2024-06-30")), rule, &half);
  EXPECT_TRUE(half.complete());
  EXPECT_DOUBLE_EQ(h1.get("toi_pham_ttxh"), 60);
  // A phase from 19/08 counts its first month from the 19th.
  EXPECT_EQ(Period::phase(*Date::parse_iso("2024-08-19"), *Date::parse_iso("2025-02-03")).report_months().size(), 7u);
}

TEST(Aggregate, AValueOneMonthLeftOutIsMissingForTheWholePeriod) {
  using testing::values;
  std::vector<PeriodValues> q;
  for (int m = 1; m <= 3; ++m)
    q.push_back({Period::month(2024, m), m == 2 ? values({{"toi_pham_ttxh", 4}}) : values({{"toi_pham_ttxh", 4}, {"tngt_so_vu", 1}})});
  IndicatorValues v = aggregate(testing::catalogue(), q, Period::quarter(2024, 1));
  EXPECT_DOUBLE_EQ(v.get("toi_pham_ttxh"), 12);
  EXPECT_FALSE(v.has("tngt_so_vu"));
}

}  // namespace
}  // namespace thidua::scoring
