// The in-memory scoring engine: every unit's reports, scores, reviews and its group's ranking,
// kept up to date incrementally — a new or corrected report re-scores its unit and re-ranks
// that unit's group only, never the nation. It is the server's (api/score_board.h loads it from
// the database) and the benchmark's; docs/engine.md describes both.
//
// Layout (why it is fast): reports are one contiguous array of doubles,
//   values[unit][year: current, previous][slot][reported indicator],
// so one unit's two years are a few KB in a row, beside a status byte per slot (reported; an
// unreported slot past its deadline) and the count of late reports in it; the aggregates over
// the scored window,
//   aggregates[unit][year][indicator column]  (reported + derived totals + system counts),
// are kept up to date with the same arithmetic as scoring::aggregate (finish_aggregate), so
// re-scoring reads 2 short rows per unit and runs the unit's compiled scheme (flat rule arrays).
// A unit with only a self-score is scored by that fast path; a unit with cross-scores or the
// leader's moderations through its ScoreReview (the explained path, same kernel). Scores are a
// flat array of ScoreSummary; each group keeps its ranked members in rank order.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "scoring/compiled_scheme.h"
#include "scoring/indicator.h"
#include "scoring/period.h"
#include "scoring/ranking.h"
#include "scoring/review.h"
#include "scoring/scheme.h"
#include "scoring/scorecard.h"

namespace thidua::scoring {

// What a unit's review is made of (the rows of the database, in their order): who was assigned
// to cross-score it and who stepped aside, its own assessment, the peers' assessments and the
// leader's moderations. The engine scores the assessments on the unit's own values.
struct ReviewInput {
  struct Assignment {
    std::string scorer;  // unit code
    bool recused = false;
    std::string reason;
  };
  std::vector<Assignment> assignments;
  std::optional<Assessment> self;
  std::vector<std::pair<std::string, Assessment>> cross;  // scorer code, assessment
  std::vector<Moderation> moderations;
};

// A unit's coverage in hundreds of bytes: how many report slots the window expects, how many were
// reported, and how many count as late.
struct CoverCount {
  int16_t expected = 0, reported = 0, late = 0;
};

class Engine {
 public:
  enum class Year : int { kCurrent = 0, kPrevious = 1 };

  // `slots_per_year`: report periods per year (12 for monthly reports). The catalogue must
  // outlive the engine.
  Engine(const IndicatorCatalogue& catalogue, int slots_per_year);
  // Slots are the report months of `period` (scoring::Period::report_months) and of the same
  // period a year earlier; coverage names the months that are missing.
  Engine(const IndicatorCatalogue& catalogue, const Period& period);

  // Compiles a scheme (validated by ScoringScheme::from_json) and returns its index.
  int add_scheme(ScoringScheme scheme);
  int add_scheme(std::shared_ptr<const CompiledScheme> scheme);
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
  void set_unit_name(int unit, std::string name) { unit_name_[check_unit(unit)] = std::move(name); }
  int unit_group(int unit) const { return unit_group_[check_unit(unit)]; }
  const std::string& group_code(int group) const { return groups_[check_group(group)].code; }
  const CompiledScheme& group_scheme(int group) const { return *schemes_[static_cast<size_t>(groups_[check_group(group)].scheme)]; }
  const std::string& group_name(int group) const { return groups_[check_group(group)].name; }
  int slots() const { return static_cast<int>(slots_); }
  std::span<const int> members(int group) const { return groups_[check_group(group)].members; }

  // The slots scored (inclusive), compared with the same slots last year; default all. E.g. the
  // first quarter of monthly reports is 0..2. Call recompute_all() afterwards.
  void set_window(int first_slot, int last_slot);

  // Bulk loading, without re-scoring (call recompute_all() when done, or refresh_unit() for one
  // unit). The row is catalogue.reported_columns() long; report_row() marks the slot reported
  // and holds every report value as a double from then on (wide()).
  std::span<double> report_row(int unit, Year year, int slot);
  void set_report(int unit, Year year, int slot, const IndicatorValues& values, bool late = false);
  // Adds a report's values to the slot (two reports of one month are summed; `late` counts once
  // each, whatever the coverage). The slot counts as reported once mark_reported() says the
  // reports cover it (a report of 15/01–14/02 alone does not cover January).
  void add_report(int unit, Year year, int slot, const IndicatorValues& values, bool late = false);
  // The same from the reported columns alone (catalogue.reported_columns() long).
  void add_report(int unit, Year year, int slot, std::span<const double> reported, bool late = false);
  // The reports cover the slot: its added values (zeros when the values went to another slot, as
  // a quarter's report covers three months) count.
  void mark_reported(int unit, Year year, int slot);
  // Nothing reported in the slot.
  void clear_report(int unit, Year year, int slot);
  // Nothing added to the slot and not marked reported (as clear_report() leaves it).
  bool slot_empty(int unit, Year year, int slot) const;
  // Whether the slot, while unreported, counts as late (its deadline has passed). Every slot
  // does until told otherwise.
  void set_overdue(int unit, Year year, int slot, bool overdue);
  void set_assessment(int unit, const Assessment& assessment);
  // The leader's overrides (final score) for a unit; an empty list removes them.
  void set_overrides(int unit, std::vector<LineOverride> overrides);
  // The unit's review inputs. From then on the unit is ranked only when its review has a final
  // score (a self-score or a cross-score); a unit never given one is scored on its assessment.
  // A review of a self-score alone (no scorer assigned, no moderation) is held as that
  // assessment only: it scores and explains the same.
  void set_review(int unit, ReviewInput review);

  // Re-aggregates every unit's reports over the window, then rescore_all(). Needed after bulk
  // loading or a window change.
  void recompute_all();
  // Scores every unit from its held aggregates and ranks every group (after a scheme or an
  // assessment changed for many units; the national figure of the benchmark).
  void rescore_all();

  // Incremental: after set_* calls for one unit, re-aggregates it, re-scores it and re-ranks its
  // group. Requires a recompute_all() since the last structural change.
  void refresh_unit(int unit);
  // set_* followed by refresh_unit().
  void update_report(int unit, Year year, int slot, const IndicatorValues& values);
  void update_report(int unit, Year year, int slot, std::span<const double> reported);
  void update_assessment(int unit, const Assessment& assessment);
  void update_overrides(int unit, std::vector<LineOverride> overrides);
  void update_review(int unit, ReviewInput review);

  const ScoreSummary& summary(int unit) const { return summary_[check_unit(unit)]; }
  // False for a unit whose review has no final score yet: it is left out of the ranking.
  bool ranked(int unit) const { return ranked_[check_unit(unit)] != 0; }
  int rank(int unit) const { return rank_[check_unit(unit)]; }  // 1-based within the group; 0 unranked
  // How far the unit's reports cover the window (missing months named when the engine was made
  // from a period).
  Coverage coverage(int unit, Year year = Year::kCurrent) const;
  // Whether every report slot of the window is reported (coverage().complete(), without naming
  // the missing months).
  bool complete(int unit, Year year = Year::kCurrent) const {
    const CoverCount& c = cover_[check_unit(unit) * 2 + static_cast<size_t>(year)];
    return c.reported == c.expected;
  }
  // The unit's review: self-, cross-scores, moderations and the final score, explained, on the
  // held values. A unit without review inputs has its assessment as self-score.
  std::shared_ptr<const ScoreReview> review(int unit) const;
  // Ranked members of the group, best first.
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

  // The bytes the report values take as held (4 a cell while compact, 8 once wide).
  size_t value_bytes() const { return wide_ ? values_.size() * sizeof(double) : cells_.size() * sizeof(int32_t); }
  // What the engine allocates on the heap, in bytes (core/heap_size.h): every array, the units'
  // codes and names, the groups, and the review inputs it points to (counted whole here, though
  // an updated copy shares the unchanged ones with the engine it was copied from). Not the
  // engine object itself, nor the compiled schemes (shared by every engine of the scheme).
  size_t memory_bytes() const;
  // Report cells held: units × 2 years × slots × reported indicators.
  size_t value_cells() const { return wide_ ? values_.size() : cells_.size(); }
  // Whether the report values are held as doubles (see cells_).
  bool wide() const { return wide_; }
  // The report array as doubles once wide (report_row() makes it so; empty while compact), and
  // the aggregate array a rescore reads (what the memory floor streams).
  std::span<const double> raw_values() const { return values_; }
  std::span<const double> raw_aggregates() const { return agg_; }

 private:
  struct Group {
    std::string code, name;
    int scheme = 0;
    std::vector<int> members;
    std::vector<int> order;  // ranked members in rank order
  };
  enum : uint8_t { kReported = 1, kOverdue = 2 };

  size_t check_unit(int unit) const;
  size_t check_group(int group) const;
  // The report value of slot `i` (slot_index), column k; NaN when missing.
  double cell(size_t i, size_t k) const;
  // Stores a slot's reported row: in cells when every value fits one exactly, else widens.
  void store_row(size_t i, const double* src);
  void widen();
  size_t slot_index(int unit, int year, int slot) const {
    return (static_cast<size_t>(unit) * 2 + static_cast<size_t>(year)) * slots_ + static_cast<size_t>(slot);
  }
  size_t check_slot(int unit, Year year, int slot) const;
  void aggregate_rows(int unit, double* cur, double* prev, CoverCount* cover) const;
  void rank_order(Group& g);
  void score_unit(int unit);
  bool before(int a, int b) const;
  void rerank(int group);
  void refresh_code_order();
  void require_clean() const;

  const IndicatorCatalogue* catalogue_;
  size_t slots_, reported_, columns_;
  int first_slot_ = 0, last_slot_;
  int year_slots_[2];                  // slots each year has (a phase a year earlier may have one less)
  std::vector<Period> slot_periods_[2];  // when made from a period
  std::vector<std::shared_ptr<const CompiledScheme>> schemes_;
  std::vector<Group> groups_;
  std::vector<std::string> unit_code_, unit_name_;
  std::vector<int> unit_group_;
  std::unordered_map<std::string, int> unit_by_code_;
  // The report values, values[unit][year][slot][reported indicator]. Compact while every value
  // held is a whole number within int32 (a count) or a whole number of hundredths (a sum, in
  // `cents_` columns): one int32 cell each, kAbsentCell when missing. A cell gives back exactly
  // the double it was made from (checked when stored), so the aggregates are bit for bit those
  // of doubles. A value that does not fit (a fraction of a hundredth, beyond int32, -0) widens
  // the whole engine to doubles (`values_`, NaN = missing).
  static constexpr int32_t kAbsentCell = INT32_MIN;
  std::vector<int32_t> cells_;
  std::vector<double> values_;
  std::vector<uint8_t> cents_;  // per reported column: its cells hold hundredths
  bool wide_ = false;
  std::vector<uint8_t> status_, late_;  // per slot: kReported | kOverdue; late reports in it
  std::vector<CoverCount> cover_;       // per unit and year, for the window
  std::vector<double> agg_;
  std::vector<double> assess_;
  std::vector<size_t> assess_offset_;
  std::vector<ScoreSummary> summary_;
  std::vector<uint8_t> ranked_;
  std::vector<std::shared_ptr<const ReviewInput>> review_;
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
