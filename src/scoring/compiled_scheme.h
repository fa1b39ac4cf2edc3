// A scoring scheme compiled against the indicator catalogue into flat arrays (one entry per
// criterion, one per target part, one per bonus/deduction line), so that scoring a unit is a
// loop over a few hundred bytes of rules reading two rows of doubles. Both the national engine
// and the explained scorecard score through the same kernel (evaluate_line), so the points an
// officer reads on a scorecard are the points the ranking used.
#pragma once
#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "scoring/indicator.h"
#include "scoring/scheme.h"

namespace thidua::scoring {

struct CompiledPart {
  TargetKind kind = TargetKind::kQualitative;
  Direction direction = Direction::kNone;
  double value = 0;
  int column = -1;              // change/count: the indicator; rate: the numerator
  int denominator_column = -1;  // rate
  int indicator = -1;           // index in catalogue.indicators()
};

struct CompiledLine {
  RuleKind rule = RuleKind::kTargetMet;
  TargetKind target = TargetKind::kQualitative;  // kQualitative also when there is no target
  double max_points = 0;
  int first_part = 0, parts = 0;
  int count_column = -1;   // deduction_per_occurrence on an indicator
  int assess_slot = -1;    // qualitative verdict or assessed count
  double per_occurrence = 0, cap = 0, bonus_per_point = 0, bonus_cap = 0;
  int64_t max_centi = 0;
  NotApplicable not_applicable = NotApplicable::kDrop;
  int section = 0;         // index of its top-level section
  const Criterion* criterion = nullptr;
};

struct CompiledAdjustment {
  double points = 0;
  double cap = std::numeric_limits<double>::infinity();
  int column = -1;
  int assess_slot = -1;
  const AdjustmentLine* line = nullptr;
};

// A non-leaf node (section or group): its criteria are lines [first_line, end_line).
struct CompiledNode {
  int first_line = 0, end_line = 0, depth = 0;
  const Criterion* node = nullptr;
};

struct CompiledLevel {
  bool has_min = false;
  int64_t min_centi = 0;
  bool no_disqualifying = false;
  int64_t max_penalty_centi = -1;  // -1: no condition
  std::vector<std::pair<int, int>> all_met;  // line ranges that must all be met
};

// Whether a criterion could be scored from the data (missing is never 0).
enum class LineStatus : uint8_t {
  kScored,
  kMissing,        // an input was not reported: no points, whatever the rule
  kNotApplicable,  // reported, but the measure does not exist (0/0, 0 → 0): the criterion's rule
};
const char* line_status_name(LineStatus s);

// The outcome of one target part.
struct PartOutcome {
  bool met = false;
  bool missing = false;         // an input was not reported
  bool not_applicable = false;  // a rate over zero cases, a change from zero to zero
  bool defined = true;   // false: no percentage exists (missing, zero denominator, change from zero)
  double credit = 0;     // 0..1
  double measured = 0;   // change: % change (signed); rate: %; count: the count
  double excess = 0;     // over-achievement in the target's unit (points of %, or count)
};

// The outcome of one criterion.
struct LineOutcome {
  LineStatus status = LineStatus::kScored;
  bool met = false;
  bool assessed = true;     // qualitative: a verdict was given
  bool disqualified = false;
  double credit = 0;        // 0..1
  double points = 0;        // rounded to 0.01
  double bonus = 0;         // bonus_exceeding, rounded to 0.01
  int64_t points_centi = 0; // the same in hundredths (what totals and rankings add)
  int64_t bonus_centi = 0;
  double count = 0;         // deduction_per_occurrence
  double excess = 0;
};

// A leader's override of a criterion (used by the engine; ScoreReview keeps the reasons).
struct LineOverride {
  int line = 0;
  double points = 0;
  int8_t met = -1;  // -1 keeps the computed verdict
};

// What rankings and classification need, in hundredths of a point so that comparisons are exact.
struct ScoreSummary {
  int64_t total_centi = 0;
  int64_t criteria_centi = 0;
  int64_t bonus_centi = 0;       // after the scheme's bonus cap
  int64_t deduction_centi = 0;   // deduction lines, after the scheme's cap
  int64_t penalty_centi = 0;     // deduction lines + points lost on deduction_per_occurrence criteria
  int64_t first_section_centi = 0;
  int32_t fully_met = 0;         // criteria with full points
  int64_t dropped_centi = 0;     // maxima of criteria dropped as not applicable
  bool disqualified = false;
  bool incomplete = false;       // reports of the period are missing: level capped
  int32_t missing_periods = 0;   // how many report months are missing (the ranking's tie-break)
  int16_t level = 0;             // index in scheme().levels
};

class CompiledScheme {
 public:
  // Compiles a validated scheme. The catalogue must be the one the scheme was loaded with and
  // must outlive this object.
  CompiledScheme(ScoringScheme scheme, const IndicatorCatalogue& catalogue);
  CompiledScheme(const CompiledScheme&) = delete;
  CompiledScheme& operator=(const CompiledScheme&) = delete;
  CompiledScheme(CompiledScheme&&) = default;
  CompiledScheme& operator=(CompiledScheme&&) = default;

  const ScoringScheme& scheme() const { return scheme_; }
  const IndicatorCatalogue& catalogue() const { return *catalogue_; }
  std::span<const CompiledLine> lines() const { return lines_; }
  std::span<const CompiledPart> parts() const { return parts_; }
  std::span<const CompiledAdjustment> bonuses() const { return bonuses_; }
  std::span<const CompiledAdjustment> deductions() const { return deductions_; }
  std::span<const CompiledNode> nodes() const { return nodes_; }
  std::span<const CompiledLevel> levels() const { return levels_; }

  // Index of a criterion among lines(), or -1.
  int line_index(std::string_view criterion_id) const;
  // Assessment slots: one per qualitative verdict and per assessed count.
  int assess_slots() const { return assess_slots_; }
  // Slot of a criterion or bonus/deduction line id, or -1 when it is not assessed.
  int assess_slot(std::string_view id) const;
  // Initial assessment row: verdicts not given (NaN), counts 0.
  std::vector<double> default_assessment() const;

  // The kernel (inline in compiled_scheme.cpp, so score() runs it without calls). `cur` and
  // `prev` are derived rows (catalogue.columns() long) of the period and
  // of the same period last year; `assess` is assess_slots() long.
  PartOutcome evaluate_part(const CompiledPart& p, const double* cur, const double* prev) const;
  LineOutcome evaluate_line(int line, const double* cur, const double* prev, const double* assess) const;
  // Scores a unit without explanations (the engine's path).
  ScoreSummary score(const double* cur, const double* prev, const double* assess,
                     std::span<const LineOverride> overrides = {}) const;
  // The classification level of a score (shared by score() and Scorecard); an incomplete unit
  // is placed no higher than the scheme's incomplete_max_level.
  int classify(int64_t total_centi, bool disqualified, int64_t penalty_centi, const uint8_t* line_met,
               bool incomplete = false) const;
  // Criteria points after dropping criteria worth `dropped_centi` as not applicable: scaled to
  // the maximum of the criteria that remain (earned × all / (all − dropped)).
  int64_t rescale(int64_t criteria_centi, int64_t dropped_centi) const;
  int64_t criteria_max_centi() const { return criteria_max_centi_; }
  // True when the derived row says months of the period were not reported.
  bool incomplete(const double* cur) const {
    return missing_periods_column_ >= 0 && !(cur[missing_periods_column_] <= 0);
  }
  // How many report months the derived row says were not reported (0 when it does not say).
  int missing_periods(const double* cur) const {
    return missing_periods_column_ >= 0 && cur[missing_periods_column_] > 0 ? static_cast<int>(cur[missing_periods_column_]) : 0;
  }
  // Bonus/deduction line points for `count` occurrences, rounded, capped per line.
  static double adjustment_points(const CompiledAdjustment& a, double count);
  int64_t cap_bonus(int64_t centi) const;
  int64_t cap_deduction(int64_t centi) const;

 private:
  ScoringScheme scheme_;
  const IndicatorCatalogue* catalogue_;
  std::vector<CompiledLine> lines_;
  std::vector<CompiledPart> parts_;
  std::vector<CompiledAdjustment> bonuses_, deductions_;
  std::vector<CompiledNode> nodes_;
  std::vector<CompiledLevel> levels_;
  std::unordered_map<std::string, int> line_by_id_, slot_by_id_;
  std::vector<uint8_t> slot_is_verdict_;
  int assess_slots_ = 0;
  int64_t bonus_cap_centi_ = -1, deduction_cap_centi_ = -1;
  int64_t criteria_max_centi_ = 0;
  int missing_periods_column_ = -1;
};

}  // namespace thidua::scoring
