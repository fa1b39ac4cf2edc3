// Reporting and scoring periods (kỳ báo cáo): month, quarter, phase (đợt), calendar year and the
// police statistical year (năm thống kê), whose start day is configurable: with the usual start
// 15/12, statistical year 2024 runs 15/12/2023 – 14/12/2024. A statistical year is named after
// the calendar year it ends in.
#pragma once
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/date.h"
#include "scoring/indicator.h"

namespace thidua::scoring {

enum class PeriodKind { kMonth, kQuarter, kPhase, kYear, kStatisticalYear, kStatisticalMonth };
const char* period_kind_name(PeriodKind k);

// First day of the police statistical year (and of each statistical month: day `day`).
// {1, 1} makes it the calendar year. The day must be 1..28 so every month has it.
struct StatisticalYearStart {
  int month = 12;
  int day = 15;
};

class Period {
 public:
  static Period month(int year, int month);
  static Period quarter(int year, int quarter);
  static Period year(int year);
  // An explicit range such as a movement's phase (đợt), both ends included.
  static Period phase(Date start, Date end, std::string label = {});
  static Period statistical_year(int year, StatisticalYearStart start = {});
  // Statistical month `month` of statistical year `year`: with start day 15, month 3/2024 is
  // 15/02/2024 – 14/03/2024 (it ends in the month it is named after).
  static Period statistical_month(int year, int month, StatisticalYearStart start = {});

  // {"kind": "month", "year": 2024, "month": 3} | {"kind": "quarter", "year", "quarter"} |
  // {"kind": "year", "year"} | {"kind": "statistical_year", "year", "start": "12-15"?} |
  // {"kind": "statistical_month", "year", "month", "start"?} |
  // {"kind": "phase", "start": "2024-08-19", "end": "2025-02-03", "name"?}.
  // to_json() adds "from", "to" (ISO dates) and "label" for display; from_json ignores them.
  static Period from_json(const nlohmann::json& j, StatisticalYearStart start = {});
  nlohmann::json to_json() const;

  PeriodKind kind() const { return kind_; }
  Date start() const { return start_; }
  Date end() const { return end_; }  // included
  int days() const { return end_.days() - start_.days() + 1; }
  // A stable key for storage: "month:2024-03-01..2024-03-31".
  std::string key() const;
  // "Tháng 3/2024", "Quý I/2024", "Năm 2024", "Năm thống kê 2024 (15/12/2023 – 14/12/2024)".
  std::string label() const;

  bool contains(Date d) const { return start_ <= d && d <= end_; }
  bool contains(const Period& p) const { return start_ <= p.start_ && p.end_ <= end_; }
  bool overlaps(const Period& p) const { return start_ <= p.end_ && p.start_ <= end_; }

  // The same period one year earlier (cùng kỳ năm trước): month 3/2024 → 3/2023, statistical
  // year 2024 → 2023, a phase shifted by one year (29/02 becomes 28/02).
  Period same_period_previous_year() const;

  // The report months of the period (kỳ báo cáo tháng): statistical months for the statistical
  // kinds, calendar months otherwise, cut to the period's bounds (a phase from 19/08 starts with
  // 19/08–31/08). What completeness is counted in: a year has 12.
  std::vector<Period> report_months() const;

  bool operator==(const Period& o) const { return kind_ == o.kind_ && start_ == o.start_ && end_ == o.end_; }

 private:
  PeriodKind kind_ = PeriodKind::kMonth;
  Date start_, end_;
  int year_ = 0, index_ = 0;  // month or quarter number where it applies
  StatisticalYearStart stat_{};
  std::string label_;
};

// One report: a unit's values over one period, and whether it was submitted after its deadline.
struct PeriodValues {
  Period period;
  IndicatorValues values;
  bool late = false;
};

// How far a unit's reports cover a period, counted in report months.
struct Coverage {
  int expected = 0;              // report months of the period
  int reported = 0;              // of them, covered by a report
  int late = 0;                  // reports submitted late + months unreported past their deadline
  std::vector<Period> missing;   // the months without a report
  bool complete() const { return reported == expected; }
  // "đủ báo cáo 12/12 tháng", "thiếu báo cáo 7/12 tháng"
  std::string label() const;
  nlohmann::json to_json() const;
};

// When a month nobody reported counts as late: after its deadline (set by a receiving level),
// or after its last day when no deadline was set.
struct Lateness {
  Date today = Date::today_vn();
  std::function<std::optional<Date>(const Period& month)> deadline;
};

// Which of `months` the `reports` cover together, day by day (two phase reports may cover one
// month between them). What aggregate() and the engine count coverage by.
std::vector<bool> covered_months(std::span<const Period> reports, std::span<const Period> months);

// The arithmetic of aggregate() once, shared with the engine (scoring/engine.h): `row` holds the
// sums of a period's reports in its reported columns; unless `reported == expected` they all
// become missing, then the derived columns are computed and the system counts set (`late`
// reports and months unreported past their deadline; months not reported).
void finish_aggregate(const IndicatorCatalogue& catalogue, double* row, int expected, int reported, int late);

// Sums the reports whose period lies inside `over` (numerators and denominators added, ratios
// recomputed from the sums) — only when they cover every report month of `over`: otherwise
// every reported value of the result is missing, since a part of the period cannot stand for the
// whole (six months of crimes are not a fall against twelve). A value one of the reports left
// out is missing too. The system counts (late reports, months not reported) are filled in from
// the coverage, which is also returned through `coverage`. A report that straddles a bound of
// `over` is refused with Error::Invalid: its values cannot be split between periods.
IndicatorValues aggregate(const IndicatorCatalogue& catalogue, std::span<const PeriodValues> reports,
                          const Period& over, const Lateness& lateness = {}, Coverage* coverage = nullptr);

}  // namespace thidua::scoring
