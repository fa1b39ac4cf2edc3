// A scoring regulation (quy định tiêu chí chấm điểm thi đua) as versioned data: the criteria tree
// with maximum points, each leaf with a target (chỉ tiêu) on the indicator catalogue and a rule
// that turns the achievement into points; bonus lines (điểm thưởng), deduction lines (điểm trừ)
// and classification levels (xếp loại). The JSON format is documented, with a full example, in
// docs/scoring-scheme.md; every formula is stated there.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/date.h"
#include "scoring/indicator.h"

namespace thidua::scoring {

enum class TargetKind {
  kChange,       // relative change against the same period last year (giảm 7% so với cùng kỳ)
  kRate,         // a ratio indicator against a threshold (tỷ lệ khám phá trên 80%)
  kCount,        // a count against a bound (không để xảy ra cháy nổ đặc biệt nghiêm trọng)
  kComposite,    // all of several targets (giảm tai nạn giao thông cả 3 tiêu chí)
  kQualitative,  // met / not met as assessed (bảo đảm tuyệt đối an toàn đại hội Đảng)
};
enum class Direction { kNone, kDecrease, kIncrease, kAbove, kAtLeast, kEqual, kAtMost };

struct Target {
  TargetKind kind = TargetKind::kQualitative;
  std::string indicator;
  Direction direction = Direction::kNone;
  double value = 0;          // % for change and rate, a number for count
  std::vector<Target> all;   // kComposite
};

enum class RuleKind {
  kTargetMet,               // full points if the target is met, else 0
  kProportional,            // points × achievement (0–100%), see docs for each target kind
  kDeductionPerOccurrence,  // max − points_per_occurrence × count, at most `cap` off
  kBonusExceeding,          // proportional, plus bonus_per_point per point beyond the target
  kQualitative,             // met / not met as assessed
  kDisqualifying,           // điểm liệt: not met → 0 points and the lowest classification
};

struct Rule {
  RuleKind kind = RuleKind::kTargetMet;
  // kDeductionPerOccurrence: what is counted; without an indicator the count is assessed.
  std::string indicator;
  double points_per_occurrence = 0;
  std::optional<double> cap;       // kDeductionPerOccurrence: at most this many points off
  double bonus_per_point = 0;      // kBonusExceeding
  double bonus_cap = 0;            // kBonusExceeding
};

// What a criterion earns when its measure does not exist although its data was reported: a
// rate over zero cases (0/0 án rất nghiêm trọng), a change from zero to zero. The regulation
// states it per criterion; by default the criterion is dropped and the total rescaled.
enum class NotApplicable {
  kDrop,        // dropped: the unit's criteria points are scaled to the maximum of the rest
  kFullPoints,  // counted as met: full points
  kNoPoints,    // not counted: no points
};
const char* not_applicable_name(NotApplicable n);
// "tiêu chí không tính, quy đổi điểm", "coi như đạt, đủ điểm", "không tính điểm"
const char* not_applicable_text(NotApplicable n);

// A node of the criteria tree: a section or group (children) or a criterion (target + rule).
struct Criterion {
  std::string id;
  std::string name;
  std::string description;  // the regulation's own wording, optional
  double max_points = 0;
  std::optional<Target> target;
  std::optional<Rule> rule;
  NotApplicable not_applicable = NotApplicable::kDrop;
  std::vector<Criterion> criteria;
  bool is_leaf() const { return criteria.empty(); }
};

// A bonus or deduction line: `points` per occurrence, at most `cap`. The occurrences come from
// an indicator when one is named (discipline cases), otherwise from the assessment (flags).
struct AdjustmentLine {
  std::string id;
  std::string name;
  double points = 0;
  std::optional<double> cap;
  std::string indicator;
};

struct ClassificationCondition {
  enum class Kind { kNoDisqualifying, kAllMet, kMaxDeductions } kind = Kind::kNoDisqualifying;
  std::string section;   // kAllMet: every criterion under this node met its target
  double points = 0;     // kMaxDeductions: penalty points at most this
};

struct ClassificationLevel {
  std::string code;  // "xuat_sac", "tot", "hoan_thanh", "khong_hoan_thanh"
  std::string name;  // "Hoàn thành xuất sắc nhiệm vụ"
  std::optional<double> min_points;
  std::vector<ClassificationCondition> conditions;
};

// What the scheme applies to: a group-year (cụm/khối, năm) or a movement.
struct SchemeScope {
  std::string group;
  int year = 0;
  std::string movement;
};

struct ScoringScheme {
  std::string id;
  int version = 1;
  std::string name;
  SchemeScope scope;
  std::optional<Date> valid_from, valid_to;
  double total_points = 100;
  std::vector<Criterion> sections;
  std::vector<AdjustmentLine> bonuses;
  std::optional<double> bonus_cap;
  std::vector<AdjustmentLine> deductions;
  std::optional<double> deduction_cap;
  // Highest first; the last has no threshold and no condition: where everyone else lands,
  // disqualified units included.
  std::vector<ClassificationLevel> levels;
  // The highest level a unit may reach while reports of the period are missing (index in
  // levels); by default the level before the last ("Hoàn thành nhiệm vụ").
  int incomplete_max_level = 0;

  // Loads and validates against the catalogue. Refuses with Error::Invalid naming the path
  // ("sections[1].criteria[2].target.indicator: …"): missing or mistyped fields, unknown keys,
  // negative or non-adding maximum points, duplicate ids, unknown indicators or kinds, a rule
  // that does not fit its target, classification levels out of order.
  static ScoringScheme from_json(const nlohmann::json& j, const IndicatorCatalogue& catalogue);
  // The same JSON format; from_json(to_json()) gives back an equal scheme.
  nlohmann::json to_json() const;
};

const char* target_kind_name(TargetKind k);
const char* direction_name(Direction d);
const char* rule_kind_name(RuleKind k);
// "giảm 7% so với cùng kỳ", "trên 95%", "không quá 0 vụ", "cả 3 chỉ tiêu: …", "đạt yêu cầu".
std::string describe_target(const Target& t, const IndicatorCatalogue& catalogue);

}  // namespace thidua::scoring
