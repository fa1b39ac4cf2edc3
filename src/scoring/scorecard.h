// A unit's scorecard (phiếu chấm điểm): every point explained, value → target → rule → points,
// in Vietnamese: "Giảm 5,0% so với cùng kỳ (chỉ tiêu giảm 7%): đạt 71,4% → 14,29/20 điểm".
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "scoring/compiled_scheme.h"
#include "scoring/indicator.h"

namespace thidua::scoring {

// What scorers judge rather than count: verdicts on qualitative criteria (met or not; a
// disqualifying event left out did not happen, a commitment left out is not yet met) and
// occurrences for criteria and bonus/deduction lines that have no indicator (flags received).
struct Assessment {
  std::map<std::string, bool> met;
  std::map<std::string, double> counts;

  // {"met": {"an_toan_dai_hoi": true}, "counts": {"co_thi_dua_bo": 1}}
  static Assessment from_json(const nlohmann::json& j);
  nlohmann::json to_json() const;
  // The assessment row for `scheme`; unknown ids, a verdict for a counted line (or the reverse)
  // and negative or fractional counts are refused with Error::Invalid.
  std::vector<double> row(const CompiledScheme& scheme) const;
};

struct MeasuredValue {
  std::string indicator, name, unit;
  std::optional<double> current;      // none when not reported
  std::optional<double> previous;     // change targets (none when not reported)
  bool compared = false;              // a change target: `previous` belongs to it
  std::optional<double> numerator, denominator;  // rate targets
  std::optional<double> measured;     // % change, rate %, or the count; none when undefined
  bool met = false;
  double achievement = 0;             // 0..1
};

struct CriterionScore {
  std::string id, name;
  std::string section;   // id of its top-level section
  std::string rule;      // rule kind
  std::string status = "scored";  // "scored" | "missing" | "not_applicable" (line_status_name)
  std::string not_applicable;     // the criterion's rule for n/a (not_applicable_name)
  std::string target;    // described: "giảm 7% so với cùng kỳ"
  std::vector<MeasuredValue> values;
  bool met = false;
  bool assessed = true;
  double achievement = 0;  // 0..1
  double points = 0;
  double max_points = 0;
  double bonus = 0;        // bonus_exceeding
  double count = 0;        // deduction_per_occurrence
  bool disqualifying = false;  // this criterion's event disqualifies the unit
  std::string explanation;
  std::string note;        // moderation or cross-score averaging, when any
};

struct AdjustmentScore {
  std::string id, name;
  double count = 0, points = 0;
  std::string explanation;
};

struct SectionScore {
  std::string id, name;
  int depth = 0;
  double points = 0, max_points = 0;
};

struct Scorecard {
  std::string scheme_id;
  int scheme_version = 0;
  std::string unit;
  std::vector<SectionScore> sections;  // every non-leaf node, depth first
  std::vector<CriterionScore> criteria;
  std::vector<AdjustmentScore> bonuses, deductions;
  double criteria_points = 0;   // after rescaling for criteria dropped as not applicable
  double earned_points = 0;     // before rescaling
  double dropped_points = 0;    // maxima of the dropped criteria
  double bonus_points = 0;      // after the scheme's cap (includes bonus for exceeding)
  double deduction_points = 0;  // after the scheme's cap
  double penalty_points = 0;    // deductions + points lost on deduction criteria (tie-break)
  double first_section_points = 0;
  double total = 0;
  int fully_met = 0;
  bool disqualified = false;
  std::vector<std::string> disqualified_by;  // criterion ids
  bool incomplete = false;      // reports of the period missing: level capped
  int missing_periods = 0, late_reports = 0;
  int missing_criteria = 0;     // criteria without data
  int level = 0;
  std::string level_code, level_name;

  const CriterionScore* find(std::string_view criterion_id) const;
  nlohmann::json to_json() const;
};

// Scores a unit from its values for the period and the same period last year.
Scorecard evaluate(const CompiledScheme& scheme, const IndicatorValues& current, const IndicatorValues& previous,
                   const Assessment& assessment = {}, std::string unit = {});
// The same from derived rows (catalogue.columns() long) and an assessment row.
Scorecard evaluate_rows(const CompiledScheme& scheme, const double* current, const double* previous,
                        const double* assessment, std::string unit = {});
// Recomputes sections, totals, disqualification and classification from the criteria and
// adjustment lines (after a moderation or an average of cross-scores changed them).
void finalize(const CompiledScheme& scheme, Scorecard& card);

}  // namespace thidua::scoring
