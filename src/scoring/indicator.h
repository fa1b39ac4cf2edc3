// The indicator catalogue (danh mục chỉ số thống kê) and a unit's values for one period.
//
// Indicators are data: counts and sums that reports carry (crimes against social order, cases
// cleared, traffic deaths…), totals derived from other indicators, and ratios defined by a
// numerator and a denominator (clearance rate = cleared ÷ occurred). A ratio is never stored
// or added: aggregating over months or units adds numerators and denominators, and the ratio is
// computed from the sums (10/10 and 0/90 make 10/100 = 10%, not the 55% mean of 100% and 0%).
//
// Missing is not zero: a value nobody reported is NaN in a row (see missing()), null in JSON,
// and stays missing through totals, ratios and aggregates — a total of parts one of which is
// missing is missing, a ratio over a missing operand is missing. Nothing is ever scored from it.
#pragma once
#include <cmath>
#include <functional>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

namespace thidua::scoring {

enum class IndicatorKind {
  kCount,  // a non-negative whole number a report carries (vụ, người, lượt)
  kSum,    // a non-negative amount a report carries (triệu đồng, giờ)
  kTotal,  // derived: the sum of other count/sum/total indicators
  kRatio,  // derived: numerator ÷ denominator, shown in %
  kSystem, // known to the system, never typed: late reports, periods not reported (`source`)
};

// What a kSystem indicator counts over a period (filled in by aggregate(), period.h).
enum class SystemSource {
  kNone,
  kLateReports,     // reports submitted after their deadline + periods not reported by it
  kMissingPeriods,  // report periods (months) of the period without a report
};

// The missing value of a row cell, and the test for it.
inline constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();
inline bool missing(double v) { return std::isnan(v); }
const char* indicator_kind_name(IndicatorKind k);

struct Indicator {
  std::string code;      // stable key, e.g. "toi_pham_ttxh"
  std::string name;      // Vietnamese name shown to users
  std::string unit;      // "vụ", "người", "%", …
  std::string category;  // optional grouping for the UI ("Trật tự xã hội")
  IndicatorKind kind = IndicatorKind::kCount;
  SystemSource source = SystemSource::kNone;  // kSystem
  std::vector<std::string> parts;         // kTotal
  std::string numerator, denominator;     // kRatio
  // kRatio: a report whose numerator exceeds its denominator is refused (cleared ≤ occurred).
  bool numerator_at_most_denominator = true;

  // Resolved on load. count/sum/total have a column in a value row (reported ones first, then
  // totals in dependency order); a ratio has none and points at its operands' columns.
  int column = -1;
  int numerator_column = -1, denominator_column = -1;
  std::vector<int> part_columns;

  bool additive() const { return kind != IndicatorKind::kRatio; }
  // Typed into reports by units (count, sum): the columns a report fills.
  bool reported() const { return kind == IndicatorKind::kCount || kind == IndicatorKind::kSum; }
};

class IndicatorCatalogue {
 public:
  IndicatorCatalogue() = default;

  // Loads {"version": N, "indicators": [...]} (format in docs/scoring-scheme.md). Refuses with
  // Error::Invalid naming the path: duplicate or malformed codes, unknown kinds, references to
  // unknown indicators, a ratio over a ratio, totals that refer to themselves through a cycle.
  static IndicatorCatalogue from_json(const nlohmann::json& j);
  nlohmann::json to_json() const;

  int version() const { return version_; }
  const std::vector<Indicator>& indicators() const { return indicators_; }
  const Indicator* find(std::string_view code) const;
  // find(), quicker for codes asked in their sorted order (a stored object's keys): `next` is
  // where in that order the code asked before was found, plus one (0 to begin).
  const Indicator* find_next(std::string_view code, size_t& next) const;
  // Like find(), but an unknown code is Error::Invalid.
  const Indicator& at(std::string_view code) const;

  // Columns of a value row: the reported indicators first, then the derived totals, then the
  // system counts.
  int reported_columns() const { return reported_columns_; }
  // The column of the system indicator counting `source`, or -1 when the catalogue has none.
  int system_column(SystemSource source) const;
  int columns() const { return columns_; }
  // The indicator whose column is `column`.
  const Indicator& by_column(int column) const { return indicators_[column_owner_[column]]; }

  // Fills the total columns of `row` (columns() long) from its reported columns (missing when a
  // part is missing).
  void derive(double* row) const;
  // A ratio in percent from a derived row; nullopt when the denominator is zero or an operand
  // is missing (ratio_missing() tells which).
  static std::optional<double> ratio_percent(const Indicator& ratio, const double* row);
  static bool ratio_missing(const Indicator& ratio, const double* row) {
    return missing(row[ratio.numerator_column]) || missing(row[ratio.denominator_column]);
  }

 private:
  int version_ = 1;
  std::vector<Indicator> indicators_;
  struct CodeHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, int, CodeHash, std::equal_to<>> by_code_;  // found by string_view
  std::vector<int> column_owner_;
  std::vector<int> by_code_order_;  // indexes of indicators_ by code
  std::vector<size_t> code_rank_;   // each indicator's place in by_code_order_
  std::vector<int> total_order_;  // indexes of totals in dependency order
  int reported_columns_ = 0, columns_ = 0;
  int late_column_ = -1, missing_periods_column_ = -1;
};

// One unit's values for one period: a report, or an aggregate of several. Holds every column of
// the catalogue (reported and derived totals kept up to date); ratios are computed on read.
// Every value starts missing. The catalogue must outlive the values.
class IndicatorValues {
 public:
  explicit IndicatorValues(const IndicatorCatalogue& catalogue);

  // Largest value a report may carry (beyond it a figure is a typing error, not a count).
  static constexpr double kMaxValue = 1e12;

  // A report's values {"code": number | null, …}. Refuses (Error::Invalid, naming the code):
  // unknown codes, derived and system indicators, non-numbers, negatives, values above
  // kMaxValue, fractions for counts, more than two decimals for sums, and a numerator above its
  // denominator. Codes left out, and null, are not reported: missing, never 0.
  static IndicatorValues from_json(const IndicatorCatalogue& catalogue, const nlohmann::json& j);
  // The same from the stored text of a report's values (reports.values_json): a flat object of
  // codes to numbers or null is read straight into the row without a JSON tree (the server reads
  // every stored report at start); anything else — escapes, non-ASCII keys, duplicate keys,
  // values that are not a number or null, a value from_json refuses — goes through
  // from_json(json::parse(text)), so the values and the refusals are exactly from_json's.
  static IndicatorValues from_text(const IndicatorCatalogue& catalogue, std::string_view text);
  // The fast path alone: true when `text` is such a plain object and every value passes
  // from_json's checks, the reported columns of `row` (columns() long, every cell missing on
  // entry) then hold the values; false otherwise (`row` then undefined).
  static bool decode_plain(const IndicatorCatalogue& catalogue, std::string_view text, std::span<double> row);
  // The reported values: every reported code present, null where missing.
  nlohmann::json to_json() const;
  // How many reported codes hold a value.
  int reported_count() const;

  // Sets a reported value with the same checks as from_json (except the ratio check, which needs
  // the whole report: call check_ratios() when done).
  void set(std::string_view code, double value);
  void check_ratios() const;
  // A count, sum, total or system count, NaN when missing; Error::Invalid for a ratio or an
  // unknown code.
  double get(std::string_view code) const;
  bool has(std::string_view code) const;
  // A ratio in percent; nullopt when the denominator is zero or an operand is missing.
  std::optional<double> percent(std::string_view code) const;

  // Adds the reported columns (missing + anything = missing) and derives the totals.
  IndicatorValues& operator+=(const IndicatorValues& other);

  std::span<const double> row() const { return row_; }
  // Direct access for bulk loading; call refresh() after writing reported columns.
  std::span<double> mutable_row() { return row_; }
  void refresh() { catalogue_->derive(row_.data()); }
  const IndicatorCatalogue& catalogue() const { return *catalogue_; }

 private:
  const IndicatorCatalogue* catalogue_;
  std::vector<double> row_;
};

}  // namespace thidua::scoring
