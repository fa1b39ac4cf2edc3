// Ranking a group's members (xếp hạng trong cụm/khối) and the leading units (đơn vị dẫn đầu).
//
// Order, each key used only when all before it are equal:
//   1. units without a disqualifying event (điểm liệt) before those with one — a disqualified
//      unit is classified at the lowest level whatever its points, so it cannot outrank a unit
//      that completed its tasks;
//   2. higher total;
//   3. fewer penalty points (deduction lines + points lost on deduction criteria): at equal
//      totals, the cleaner record wins;
//   4. more points in the scheme's first section (by convention the core task, e.g. security);
//   5. more criteria earned in full;
//   6. fewer report months missing in the period (more complete data): no scheme or regulation
//      held in data/ names a rule here, and an officer ranks the unit whose points stand on
//      every month's reports before one whose points rest on fewer;
//   7. unit code, ascending — deterministic, and stated as "ngang điểm" in the reason.
// Totals are compared in hundredths of a point, as shown on the scorecards.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "scoring/compiled_scheme.h"
#include "scoring/format.h"
#include "scoring/scorecard.h"

namespace thidua::scoring {

struct RankInput {
  std::string unit;  // unit code
  int64_t total_centi = 0;
  bool disqualified = false;
  int64_t penalty_centi = 0;
  int64_t first_section_centi = 0;
  int32_t fully_met = 0;
  int32_t missing_periods = 0;  // report months of the period nobody reported
  int level = 0;     // classification level index (0 = highest)

  static RankInput from(const std::string& unit, const ScoreSummary& s);
  static RankInput from(const Scorecard& card);
};

struct RankedUnit {
  RankInput score;
  int rank = 0;  // 1-based, unique
  // Why this unit is below the previous one, in Vietnamese ("điểm thấp hơn", "ngang điểm, nhiều
  // điểm trừ hơn", …); empty for the first.
  std::string reason;
};

// The order above, once, for anything with its six keys (RankInput, ScoreSummary); `code_less`
// decides the last one (the engine compares the codes' sorted positions).
template <class S, class CodeLess>
bool ranks_before_by(const S& a, const S& b, CodeLess&& code_less) {
  if (a.disqualified != b.disqualified) return !a.disqualified;
  if (a.total_centi != b.total_centi) return a.total_centi > b.total_centi;
  if (a.penalty_centi != b.penalty_centi) return a.penalty_centi < b.penalty_centi;
  if (a.first_section_centi != b.first_section_centi) return a.first_section_centi > b.first_section_centi;
  if (a.fully_met != b.fully_met) return a.fully_met > b.fully_met;
  if (a.missing_periods != b.missing_periods) return a.missing_periods < b.missing_periods;
  return code_less();
}

// True when `a` ranks before `b` (the order above).
bool ranks_before(const RankInput& a, const RankInput& b);
// The group's ranking, best first.
std::vector<RankedUnit> rank_units(std::vector<RankInput> units);
// The first `n` units of a ranking that are not disqualified and whose level is at most
// `max_level` (0 = only the highest classification; -1 = any level).
std::vector<RankedUnit> leading_units(const std::vector<RankedUnit>& ranking, size_t n, int max_level = -1);

}  // namespace thidua::scoring
