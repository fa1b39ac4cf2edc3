#include "scoring/indicator.h"
#include "scoring/values_text.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <numeric>

#include "core/error.h"
#include "scoring/format.h"
#include "scoring/json_read.h"

namespace thidua::scoring {

using detail::fail;
using detail::index;
using detail::join;
using nlohmann::json;

const char* indicator_kind_name(IndicatorKind k) {
  switch (k) {
    case IndicatorKind::kCount: return "count";
    case IndicatorKind::kSum: return "sum";
    case IndicatorKind::kTotal: return "total";
    case IndicatorKind::kRatio: return "ratio";
    case IndicatorKind::kSystem: return "system";
  }
  return "count";
}

namespace {
bool valid_code(const std::string& c) {
  if (c.empty() || c.size() > 64) return false;
  for (char ch : c) {
    if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_')) return false;
  }
  return c[0] >= 'a' && c[0] <= 'z';
}
}  // namespace

IndicatorCatalogue IndicatorCatalogue::from_json(const json& j) {
  IndicatorCatalogue cat;
  detail::check_keys(j, {"version", "indicators"}, "");
  if (auto v = detail::get_number_opt(j, "version", "")) {
    if (*v < 1 || std::floor(*v) != *v) fail("version", "phiên bản phải là số nguyên dương");
    cat.version_ = static_cast<int>(*v);
  }
  const json& list = detail::get_array(j, "indicators", "");
  if (list.empty()) fail("indicators", "danh mục chỉ số không được rỗng");

  for (size_t i = 0; i < list.size(); ++i) {
    std::string path = index("indicators", i);
    const json& e = list[i];
    detail::check_keys(e, {"code", "name", "unit", "category", "kind", "parts", "numerator",
                           "denominator", "numerator_at_most_denominator", "source"}, path);
    Indicator ind;
    ind.code = detail::get_string(e, "code", path);
    if (!valid_code(ind.code)) {
      fail(join(path, "code"), "mã chỉ số '" + ind.code + "' chỉ gồm chữ thường không dấu, số và '_'");
    }
    if (cat.by_code_.count(ind.code)) fail(join(path, "code"), "mã chỉ số '" + ind.code + "' bị trùng");
    ind.name = detail::get_string(e, "name", path);
    ind.unit = detail::get_string(e, "unit", path);
    ind.category = detail::get_string(e, "category", path, false);
    std::string kind = detail::get_string(e, "kind", path);
    if (kind == "count") ind.kind = IndicatorKind::kCount;
    else if (kind == "sum") ind.kind = IndicatorKind::kSum;
    else if (kind == "total") ind.kind = IndicatorKind::kTotal;
    else if (kind == "ratio") ind.kind = IndicatorKind::kRatio;
    else if (kind == "system") ind.kind = IndicatorKind::kSystem;
    else fail(join(path, "kind"), "loại chỉ số '" + kind + "' không hợp lệ (count, sum, total, ratio, system)");
    if (ind.kind == IndicatorKind::kSystem) {
      std::string src = detail::get_string(e, "source", path);
      if (src == "late_reports") ind.source = SystemSource::kLateReports;
      else if (src == "missing_periods") ind.source = SystemSource::kMissingPeriods;
      else fail(join(path, "source"), "nguồn '" + src + "' không hợp lệ (late_reports, missing_periods)");
      for (const Indicator& other : cat.indicators_) {
        if (other.source == ind.source) fail(join(path, "source"), "nguồn '" + src + "' đã có chỉ số '" + other.code + "'");
      }
    } else if (detail::member(e, "source")) {
      fail(join(path, "source"), "chỉ chỉ số loại 'system' mới có nguồn");
    }

    bool has_parts = detail::member(e, "parts") != nullptr;
    bool has_ratio = detail::member(e, "numerator") || detail::member(e, "denominator") ||
                     detail::member(e, "numerator_at_most_denominator");
    if (ind.kind == IndicatorKind::kTotal) {
      const json& parts = detail::get_array(e, "parts", path);
      if (parts.empty()) fail(join(path, "parts"), "chỉ số tổng phải có ít nhất một thành phần");
      for (size_t k = 0; k < parts.size(); ++k) {
        if (!parts[k].is_string()) fail(index(join(path, "parts"), k), "phải là mã chỉ số");
        ind.parts.push_back(parts[k].get<std::string>());
      }
    } else if (has_parts) {
      fail(join(path, "parts"), "chỉ chỉ số loại 'total' mới có thành phần");
    }
    if (ind.kind == IndicatorKind::kRatio) {
      ind.numerator = detail::get_string(e, "numerator", path);
      ind.denominator = detail::get_string(e, "denominator", path);
      if (const json* b = detail::member(e, "numerator_at_most_denominator")) {
        if (!b->is_boolean()) fail(join(path, "numerator_at_most_denominator"), "phải là true/false");
        ind.numerator_at_most_denominator = b->get<bool>();
      }
    } else if (has_ratio) {
      fail(path, "chỉ chỉ số loại 'ratio' mới có tử số và mẫu số");
    }
    cat.by_code_.emplace(ind.code, static_cast<int>(cat.indicators_.size()));
    cat.indicators_.push_back(std::move(ind));
  }

  // Resolve references.
  auto resolve = [&](const std::string& code, const std::string& path) -> int {
    auto it = cat.by_code_.find(code);
    if (it == cat.by_code_.end()) fail(path, "không có chỉ số '" + code + "' trong danh mục");
    const Indicator& ref = cat.indicators_[static_cast<size_t>(it->second)];
    if (!ref.additive() || ref.kind == IndicatorKind::kSystem) {
      fail(path, "chỉ số '" + code + "' là tỷ lệ hoặc chỉ số hệ thống; tử số, mẫu số và thành phần phải là chỉ số báo cáo hoặc tổng");
    }
    return it->second;
  };
  std::vector<std::vector<int>> deps(cat.indicators_.size());
  for (size_t i = 0; i < cat.indicators_.size(); ++i) {
    Indicator& ind = cat.indicators_[i];
    std::string path = index("indicators", i);
    for (size_t k = 0; k < ind.parts.size(); ++k) {
      int d = resolve(ind.parts[k], index(join(path, "parts"), k));
      for (int prev : deps[i]) {
        if (prev == d) fail(index(join(path, "parts"), k), "thành phần '" + ind.parts[k] + "' bị lặp lại");
      }
      deps[i].push_back(d);
    }
    if (ind.kind == IndicatorKind::kRatio) {
      int n = resolve(ind.numerator, join(path, "numerator"));
      int d = resolve(ind.denominator, join(path, "denominator"));
      if (n == d) fail(join(path, "denominator"), "tử số và mẫu số phải khác nhau");
    }
  }

  // Totals in dependency order; a cycle is refused naming the first indicator found on it.
  std::vector<int> state(cat.indicators_.size(), 0);  // 0 new, 1 on stack, 2 done
  std::function<void(int)> visit = [&](int i) {
    if (state[static_cast<size_t>(i)] == 2) return;
    if (state[static_cast<size_t>(i)] == 1) {
      fail(join(index("indicators", static_cast<size_t>(i)), "parts"),
           "chỉ số '" + cat.indicators_[static_cast<size_t>(i)].code + "' tham chiếu vòng tròn tới chính nó");
    }
    state[static_cast<size_t>(i)] = 1;
    for (int d : deps[static_cast<size_t>(i)]) visit(d);
    state[static_cast<size_t>(i)] = 2;
    if (cat.indicators_[static_cast<size_t>(i)].kind == IndicatorKind::kTotal) cat.total_order_.push_back(i);
  };
  for (size_t i = 0; i < cat.indicators_.size(); ++i) visit(static_cast<int>(i));

  int col = 0;
  for (size_t i = 0; i < cat.indicators_.size(); ++i) {
    if (cat.indicators_[i].reported()) {
      cat.indicators_[i].column = col++;
      cat.column_owner_.push_back(static_cast<int>(i));
    }
  }
  cat.reported_columns_ = col;
  if (col == 0) fail("indicators", "danh mục phải có ít nhất một chỉ số loại count hoặc sum");
  for (int t : cat.total_order_) {
    cat.indicators_[static_cast<size_t>(t)].column = col++;
    cat.column_owner_.push_back(t);
  }
  for (size_t i = 0; i < cat.indicators_.size(); ++i) {
    Indicator& ind = cat.indicators_[i];
    if (ind.kind != IndicatorKind::kSystem) continue;
    ind.column = col++;
    cat.column_owner_.push_back(static_cast<int>(i));
    (ind.source == SystemSource::kLateReports ? cat.late_column_ : cat.missing_periods_column_) = ind.column;
  }
  cat.columns_ = col;
  for (Indicator& ind : cat.indicators_) {
    for (const auto& p : ind.parts) ind.part_columns.push_back(cat.indicators_[static_cast<size_t>(cat.by_code_.at(p))].column);
    if (ind.kind == IndicatorKind::kRatio) {
      ind.numerator_column = cat.indicators_[static_cast<size_t>(cat.by_code_.at(ind.numerator))].column;
      ind.denominator_column = cat.indicators_[static_cast<size_t>(cat.by_code_.at(ind.denominator))].column;
    }
  }
  cat.by_code_order_.resize(cat.indicators_.size());
  std::iota(cat.by_code_order_.begin(), cat.by_code_order_.end(), 0);
  std::sort(cat.by_code_order_.begin(), cat.by_code_order_.end(),
            [&](int a, int b) { return cat.indicators_[static_cast<size_t>(a)].code < cat.indicators_[static_cast<size_t>(b)].code; });
  cat.code_rank_.resize(cat.indicators_.size());
  for (size_t r = 0; r < cat.by_code_order_.size(); ++r) cat.code_rank_[static_cast<size_t>(cat.by_code_order_[r])] = r;
  return cat;
}

json IndicatorCatalogue::to_json() const {
  json list = json::array();
  for (const Indicator& ind : indicators_) {
    json e = {{"code", ind.code}, {"name", ind.name}, {"unit", ind.unit}};
    if (!ind.category.empty()) e["category"] = ind.category;
    e["kind"] = indicator_kind_name(ind.kind);
    if (ind.kind == IndicatorKind::kTotal) e["parts"] = ind.parts;
    if (ind.kind == IndicatorKind::kSystem) e["source"] = ind.source == SystemSource::kLateReports ? "late_reports" : "missing_periods";
    if (ind.kind == IndicatorKind::kRatio) {
      e["numerator"] = ind.numerator;
      e["denominator"] = ind.denominator;
      if (!ind.numerator_at_most_denominator) e["numerator_at_most_denominator"] = false;
    }
    list.push_back(std::move(e));
  }
  return {{"version", version_}, {"indicators", std::move(list)}};
}

int IndicatorCatalogue::system_column(SystemSource source) const {
  switch (source) {
    case SystemSource::kLateReports: return late_column_;
    case SystemSource::kMissingPeriods: return missing_periods_column_;
    default: return -1;
  }
}

const Indicator* IndicatorCatalogue::find(std::string_view code) const {
  auto it = by_code_.find(code);
  return it == by_code_.end() ? nullptr : &indicators_[static_cast<size_t>(it->second)];
}

const Indicator* IndicatorCatalogue::find_next(std::string_view code, size_t& next) const {
  if (next < by_code_order_.size()) {
    const Indicator& guess = indicators_[static_cast<size_t>(by_code_order_[next])];
    if (guess.code == code) {
      ++next;
      return &guess;
    }
  }
  const Indicator* found = find(code);
  if (found) next = code_rank_[static_cast<size_t>(found - indicators_.data())] + 1;
  return found;
}

const Indicator& IndicatorCatalogue::at(std::string_view code) const {
  const Indicator* ind = find(code);
  if (!ind) throw Error::Invalid("Không có chỉ số '" + std::string(code) + "' trong danh mục", std::string(code));
  return *ind;
}

void IndicatorCatalogue::derive(double* row) const {
  for (int t : total_order_) {
    const Indicator& ind = indicators_[static_cast<size_t>(t)];
    double s = 0;
    for (int c : ind.part_columns) s += row[c];
    row[ind.column] = s;
  }
}

std::optional<double> IndicatorCatalogue::ratio_percent(const Indicator& ratio, const double* row) {
  double den = row[ratio.denominator_column];
  if (ratio_missing(ratio, row) || den <= 0) return std::nullopt;
  return 100.0 * row[ratio.numerator_column] / den;
}

// ---------------------------------------------------------------------------------------------

IndicatorValues::IndicatorValues(const IndicatorCatalogue& catalogue)
    : catalogue_(&catalogue), row_(static_cast<size_t>(catalogue.columns()), kMissing) {}

namespace {
// What set() and from_json() refuse for a reported value (the ratio check needs the whole report).
void check_value(const Indicator& ind, double value) {
  if (!ind.reported()) {
    throw Error::Invalid("'" + ind.name + "' là chỉ số tính toán, không nhập trực tiếp", ind.code);
  }
  if (!std::isfinite(value) || value < 0) {
    throw Error::Invalid("'" + ind.name + "' không được âm", ind.code);
  }
  if (value > IndicatorValues::kMaxValue) {
    throw Error::Invalid("'" + ind.name + "' quá lớn (tối đa " + format_vn(IndicatorValues::kMaxValue, 0) + ")", ind.code);
  }
  if (ind.kind == IndicatorKind::kCount && std::floor(value) != value) {
    throw Error::Invalid("'" + ind.name + "' phải là số nguyên không âm (" + format_vn(value, 2, true) + ")", ind.code);
  }
  if (ind.kind == IndicatorKind::kSum && std::fabs(value * 100 - std::round(value * 100)) > 1e-6 * std::max(1.0, value)) {
    throw Error::Invalid("'" + ind.name + "' có tối đa 2 chữ số thập phân (" + format_vn(value, 4, true) + ")", ind.code);
  }
}
}  // namespace

IndicatorValues IndicatorValues::from_json(const IndicatorCatalogue& catalogue, const json& j) {
  IndicatorValues v(catalogue);
  detail::require_object(j, "values");
  // Every value checked and stored, the totals derived once at the end (the score board reads
  // every stored report through here at start).
  for (auto it = j.begin(); it != j.end(); ++it) {
    const Indicator* ind = catalogue.find(it.key());
    if (!ind) fail("values." + it.key(), "không có chỉ số '" + it.key() + "' trong danh mục");
    if (it->is_null() && ind->reported()) continue;  // not reported
    if (!it->is_number()) fail("values." + it.key(), "giá trị của '" + ind->name + "' phải là số");
    double d = it->get<double>();
    try {
      check_value(*ind, d);
    } catch (const Error& e) {
      const std::string path = "values." + it.key();
      throw Error::Invalid(path + ": " + e.what(), path);
    }
    v.row_[static_cast<size_t>(ind->column)] = d;
  }
  v.refresh();
  v.check_ratios();
  return v;
}

namespace {
// A JSON reader for the one shape a stored report's values have: {"code": number | null, …}.
struct PlainValues {
  const char* p;
  const char* end;
  void ws() {
    while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')) ++p;
  }
  bool eat(char c) {
    if (p < end && *p == c) {
      ++p;
      return true;
    }
    return false;
  }
  // A key of printable ASCII without escapes (codes are [a-z0-9_]); anything else is left to
  // the full parser (escapes, UTF-8 to validate, control characters).
  bool key(std::string_view& out) {
    if (!eat('"')) return false;
    const char* b = p;
    while (p < end && *p != '"') {
      const unsigned char c = static_cast<unsigned char>(*p);
      if (c < 0x20 || c >= 0x7f || c == '\\') return false;
      ++p;
    }
    if (p >= end) return false;
    out = std::string_view(b, static_cast<size_t>(p - b));
    ++p;
    return true;
  }
  // A JSON number that is not negative (a negative value is refused anyway: the full parser
  // says so), as nlohmann reads it: an integer token exactly as its integer converted to double,
  // any other token as strtod (correctly rounded, as from_chars).
  bool number(double& out) {
    const char* b = p;
    if (p < end && *p == '0') {
      ++p;
    } else if (p < end && *p >= '1' && *p <= '9') {
      while (p < end && *p >= '0' && *p <= '9') ++p;
    } else {
      return false;
    }
    bool integral = true;
    if (p < end && *p == '.') {
      integral = false;
      ++p;
      const char* d = p;
      while (p < end && *p >= '0' && *p <= '9') ++p;
      if (p == d) return false;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
      integral = false;
      ++p;
      if (p < end && (*p == '+' || *p == '-')) ++p;
      const char* d = p;
      while (p < end && *p >= '0' && *p <= '9') ++p;
      if (p == d) return false;
    }
    if (integral) {
      if (p - b > 18) return false;  // beyond int64's sure digits: the full parser
      int64_t v = 0;
      for (const char* c = b; c < p; ++c) v = v * 10 + (*c - '0');
      out = static_cast<double>(v);
      return true;
    }
    auto [q, ec] = std::from_chars(b, p, out);
    return ec == std::errc() && q == p;
  }
};
}  // namespace

bool IndicatorValues::decode_plain(const IndicatorCatalogue& catalogue, std::string_view text, std::span<double> row) {
  PlainValues r{text.data(), text.data() + text.size()};
  const size_t n = catalogue.indicators().size();
  uint64_t seen_small = 0;  // indicators seen (a duplicate key: the full parser keeps the last)
  size_t next_code = 0;     // a stored object's keys come in code order (find_next)
  std::vector<bool> seen_large;
  if (n > 64) seen_large.assign(n, false);
  r.ws();
  if (!r.eat('{')) return false;
  r.ws();
  if (!r.eat('}')) {
    for (;;) {
      std::string_view code;
      if (!r.key(code)) return false;
      r.ws();
      if (!r.eat(':')) return false;
      r.ws();
      const Indicator* ind = catalogue.find_next(code, next_code);
      if (!ind || !ind->reported()) return false;
      const size_t i = static_cast<size_t>(ind - catalogue.indicators().data());
      if (n > 64) {
        if (seen_large[i]) return false;
        seen_large[i] = true;
      } else {
        if (seen_small & (uint64_t{1} << i)) return false;
        seen_small |= uint64_t{1} << i;
      }
      if (r.end - r.p >= 4 && std::string_view(r.p, 4) == "null") {
        r.p += 4;  // not reported: stays missing
      } else {
        double d = 0;
        if (!r.number(d)) return false;
        try {
          check_value(*ind, d);
        } catch (const Error&) {
          return false;
        }
        row[static_cast<size_t>(ind->column)] = d;
      }
      r.ws();
      if (r.eat(',')) {
        r.ws();
        continue;
      }
      if (r.eat('}')) break;
      return false;
    }
  }
  r.ws();
  return r.p == r.end;
}

IndicatorValues IndicatorValues::from_text(const IndicatorCatalogue& catalogue, std::string_view text) {
  IndicatorValues v(catalogue);
  read_values_text(catalogue, text, v.mutable_row());
  return v;
}

void read_values_text(const IndicatorCatalogue& catalogue, std::string_view text, std::span<double> row) {
  if (row.size() != static_cast<size_t>(catalogue.columns())) throw Error::Invalid("Số liệu không cùng danh mục chỉ số");
  std::fill(row.begin(), row.end(), kMissing);
  if (IndicatorValues::decode_plain(catalogue, text, row)) {
    catalogue.derive(row.data());
    bool ratios_ok = true;  // check_ratios()'s test, without its message
    for (const Indicator& ind : catalogue.indicators())
      if (ind.kind == IndicatorKind::kRatio && ind.numerator_at_most_denominator &&
          row[static_cast<size_t>(ind.numerator_column)] > row[static_cast<size_t>(ind.denominator_column)])
        ratios_ok = false;
    if (ratios_ok) return;
  }
  // Anything else, and every refusal, exactly as from_json says it.
  IndicatorValues v = IndicatorValues::from_json(catalogue, json::parse(text));
  std::copy(v.row().begin(), v.row().end(), row.begin());
}

json IndicatorValues::to_json() const {
  json j = json::object();
  for (const Indicator& ind : catalogue_->indicators()) {
    if (!ind.reported()) continue;
    double v = row_[static_cast<size_t>(ind.column)];
    j[ind.code] = missing(v) ? json(nullptr) : detail::number(v);
  }
  return j;
}

int IndicatorValues::reported_count() const {
  int n = 0;
  for (int c = 0; c < catalogue_->reported_columns(); ++c) n += missing(row_[static_cast<size_t>(c)]) ? 0 : 1;
  return n;
}

bool IndicatorValues::has(std::string_view code) const {
  const Indicator& ind = catalogue_->at(code);
  if (ind.kind == IndicatorKind::kRatio) return !IndicatorCatalogue::ratio_missing(ind, row_.data());
  return !missing(row_[static_cast<size_t>(ind.column)]);
}

void IndicatorValues::set(std::string_view code, double value) {
  const Indicator& ind = catalogue_->at(code);
  check_value(ind, value);
  row_[static_cast<size_t>(ind.column)] = value;
  catalogue_->derive(row_.data());
}

void IndicatorValues::check_ratios() const {
  for (const Indicator& ind : catalogue_->indicators()) {
    if (ind.kind != IndicatorKind::kRatio || !ind.numerator_at_most_denominator) continue;
    double n = row_[static_cast<size_t>(ind.numerator_column)], d = row_[static_cast<size_t>(ind.denominator_column)];
    if (n > d) {
      const Indicator& num = catalogue_->at(ind.numerator);
      const Indicator& den = catalogue_->at(ind.denominator);
      throw Error::Invalid("'" + num.name + "' (" + format_vn(n, 2, true) + ") lớn hơn '" + den.name + "' (" +
                               format_vn(d, 2, true) + ")",
                           num.code);
    }
  }
}

double IndicatorValues::get(std::string_view code) const {
  const Indicator& ind = catalogue_->at(code);
  if (!ind.additive()) throw Error::Invalid("'" + ind.name + "' là tỷ lệ: dùng percent()", ind.code);
  return row_[static_cast<size_t>(ind.column)];
}

std::optional<double> IndicatorValues::percent(std::string_view code) const {
  const Indicator& ind = catalogue_->at(code);
  if (ind.kind != IndicatorKind::kRatio) throw Error::Invalid("'" + ind.name + "' không phải tỷ lệ", ind.code);
  return IndicatorCatalogue::ratio_percent(ind, row_.data());
}

IndicatorValues& IndicatorValues::operator+=(const IndicatorValues& other) {
  if (other.catalogue_ != catalogue_ && other.row_.size() != row_.size()) {
    throw Error::Invalid("Không cộng được số liệu của hai danh mục chỉ số khác nhau");
  }
  for (size_t i = 0; i < static_cast<size_t>(catalogue_->reported_columns()); ++i) row_[i] += other.row_[i];
  catalogue_->derive(row_.data());
  return *this;
}

}  // namespace thidua::scoring
