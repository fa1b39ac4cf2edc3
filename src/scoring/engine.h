// The in-memory scoring engine for national scale: every unit's reports, scores and its group's
// ranking, kept up to date incrementally — a new or corrected report re-scores its unit and
// re-ranks that unit's group only, never the nation.
//
// Layout (why it is fast): reports are one contiguous array of doubles,
//   values[unit][year: current, previous][slot][reported indicator],
// so one unit's two years are a few KB in a row; beside it the aggregates over the scored window,
//   aggregates[unit][year][indicator column]  (reported + derived totals),
// are kept up to date, so re-scoring the nation reads 2 short rows per unit and runs the unit's
// compiled scheme (flat rule arrays) on them. Scores are a flat array of ScoreSummary; each group
// keeps its members in rank order.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "scoring/compiled_scheme.h"
#include "scoring/indicator.h"
#include "scoring/ranking.h"
#include "scoring/scheme.h"
#include "scoring/scorecard.h"

namespace thidua::scoring {

class Engine {
 public:
  enum class Year : int { kCurrent = 0, kPrevious = 1 };

  // `slots_per_year`: report periods per year (12 for monthly reports). The catalogue must
  // outlive the engine.
  Engine(const IndicatorCatalogue& catalogue, int slots_per_year);

  // Compiles a scheme (validated by ScoringScheme::from_json) and returns its index.
  int add_scheme(ScoringScheme scheme);
  // Returns the group's index. `scheme` is an index from add_scheme.
  int add_group(std::string code, std::string name, int scheme);
  // Returns the unit's index; its reports start at zero. Duplicate codes are Error::Conflict.
  int add_unit(std::string code, std::string name, int group);
  // Avoids re-allocating the value array while units are added (national scale: call it first).
  void reserve_units(size_t n);
  // Threads recompute_all() and rescore_all() split the units (and the groups) among; 1 by
  // default. Units are independent, so the result does not depend on it.
  void set_threads(int n) { threads_ = n < 1 ? 1 : n; }
  int threads() const { return threads_; }

  int units() const { return static_cast<int>(unit_code_.size()); }
  int groups() const { return static_cast<int>(groups_.size()); }
  std::optional<int> find_unit(std::string_view code) const;
  const std::string& unit_code(int unit) const { return unit_code_[check_unit(unit)]; }
  const std::string& unit_name(int unit) const { return unit_name_[check_unit(unit)]; }
  int unit_group(int unit) const { return unit_group_[check_unit(unit)]; }
  const std::string& group_code(int group) const { return groups_[check_group(group)].code; }
  const CompiledScheme& group_scheme(int group) const { return schemes_[static_cast<size_t>(groups_[check_group(group)].scheme)]; }
  std::span<const int> members(int group) const { return groups_[check_group(group)].members; }

  // The slots scored (inclusive), compared with the same slots last year; default all. E.g. the
  // first quarter of monthly reports is 0..2. Call recompute_all() afterwards.
  void set_window(int first_slot, int last_slot);

  // Bulk loading, without re-scoring (call recompute_all() when done). The row is
  // catalogue.reported_columns() long.
  std::span<double> report_row(int unit, Year year, int slot);
  void set_report(int unit, Year year, int slot, const IndicatorValues& values);
  void set_assessment(int unit, const Assessment& assessment);
  // The leader's overrides (final score) for a unit; an empty list removes them.
  void set_overrides(int unit, std::vector<LineOverride> overrides);

  // Re-aggregates every unit's reports over the window, then rescore_all(). Needed after bulk
  // loading or a window change.
  void recompute_all();
  // Scores every unit from its held aggregates and ranks every group (after a scheme or an
  // assessment changed for many units; the national figure of the benchmark).
  void rescore_all();

  // Incremental: replace one report (or the assessment, or the overrides) and re-score that
  // unit and re-rank its group. Requires a recompute_all() since the last structural change.
  void update_report(int unit, Year year, int slot, const IndicatorValues& values);
  void update_report(int unit, Year year, int slot, std::span<const double> reported);
  void update_assessment(int unit, const Assessment& assessment);
  void update_overrides(int unit, std::vector<LineOverride> overrides);

  const ScoreSummary& summary(int unit) const { return summary_[check_unit(unit)]; }
  int rank(int unit) const { return rank_[check_unit(unit)]; }  // 1-based within the group
  // Members of the group, best first.
  std::span<const int> ranking(int group) const { return groups_[check_group(group)].order; }
  // The ranking with tie-break reasons.
  std::vector<RankedUnit> group_ranking(int group) const;
  // The first `n` units of the group's ranking that are not disqualified.
  std::vector<int> leading_units(int group, size_t n) const;
  // The unit's explained scorecard, computed on demand from the same rows.
  Scorecard scorecard(int unit) const;
  // The unit's values over the scored window.
  IndicatorValues aggregate(int unit, Year year) const;

  // The unit's aggregated row (catalogue.columns() long) for the window.
  std::span<const double> aggregated(int unit, Year year) const {
    return {agg_.data() + (check_unit(unit) * 2 + static_cast<size_t>(year)) * columns_, columns_};
  }

  // The report array, and the aggregate array a rescore reads (what the memory floor streams).
  size_t value_bytes() const { return values_.size() * sizeof(double); }
  std::span<const double> raw_values() const { return values_; }
  std::span<const double> raw_aggregates() const { return agg_; }

 private:
  struct Group {
    std::string code, name;
    int scheme = 0;
    std::vector<int> members;
    std::vector<int> order;  // members in rank order
  };

  size_t check_unit(int unit) const;
  size_t check_group(int group) const;
  const double* row(int unit, int year, int slot) const {
    return values_.data() + ((static_cast<size_t>(unit) * 2 + static_cast<size_t>(year)) * slots_ + static_cast<size_t>(slot)) * reported_;
  }
  void aggregate_rows(int unit, double* cur, double* prev) const;
  void score_unit(int unit);
  bool before(int a, int b) const;
  void rerank(int group);
  void refresh_code_order();
  void require_clean() const;

  const IndicatorCatalogue* catalogue_;
  size_t slots_, reported_, columns_;
  int first_slot_ = 0, last_slot_;
  std::vector<CompiledScheme> schemes_;
  std::vector<Group> groups_;
  std::vector<std::string> unit_code_, unit_name_;
  std::vector<int> unit_group_;
  std::unordered_map<std::string, int> unit_by_code_;
  std::vector<double> values_;
  std::vector<double> agg_;
  std::vector<double> assess_;
  std::vector<size_t> assess_offset_;
  std::vector<ScoreSummary> summary_;
  std::vector<int> rank_;
  std::vector<int> code_order_;  // position of the unit's code in sorted order (tie-break)
  std::unordered_map<int, std::vector<LineOverride>> overrides_;
  bool dirty_ = true;
  int threads_ = 1;
};

// Runs f(begin, end) over [0, n) split into `threads` contiguous chunks, one per thread (the
// calling thread takes the first); small ranges stay on the calling thread.
void parallel_chunks(size_t n, int threads, const std::function<void(size_t, size_t)>& f);

}  // namespace thidua::scoring
