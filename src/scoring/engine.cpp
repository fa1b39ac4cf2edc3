#include "scoring/engine.h"

#include <thread>

#include <algorithm>
#include <numeric>

#include "core/error.h"
#include "scoring/format.h"

namespace thidua::scoring {

Engine::Engine(const IndicatorCatalogue& catalogue, int slots_per_year)
    : catalogue_(&catalogue),
      slots_(static_cast<size_t>(slots_per_year)),
      reported_(static_cast<size_t>(catalogue.reported_columns())),
      columns_(static_cast<size_t>(catalogue.columns())),
      last_slot_(slots_per_year - 1) {
  if (slots_per_year < 1 || slots_per_year > 366) throw Error::Invalid("Số kỳ báo cáo mỗi năm phải từ 1 đến 366");
}

size_t Engine::check_unit(int unit) const {
  if (unit < 0 || unit >= units()) throw Error::NotFound("Không có đơn vị số " + std::to_string(unit) + " trong bộ chấm điểm");
  return static_cast<size_t>(unit);
}

size_t Engine::check_group(int group) const {
  if (group < 0 || group >= groups()) throw Error::NotFound("Không có cụm/khối số " + std::to_string(group) + " trong bộ chấm điểm");
  return static_cast<size_t>(group);
}

int Engine::add_scheme(ScoringScheme scheme) {
  schemes_.emplace_back(std::move(scheme), *catalogue_);
  return static_cast<int>(schemes_.size()) - 1;
}

int Engine::add_group(std::string code, std::string name, int scheme) {
  if (scheme < 0 || static_cast<size_t>(scheme) >= schemes_.size()) throw Error::NotFound("Không có bảng điểm số " + std::to_string(scheme));
  groups_.push_back({std::move(code), std::move(name), scheme, {}, {}});
  return groups() - 1;
}

void Engine::reserve_units(size_t n) {
  values_.reserve(n * 2 * slots_ * reported_);
  agg_.reserve(n * 2 * columns_);
  unit_code_.reserve(n);
  unit_name_.reserve(n);
  unit_group_.reserve(n);
  summary_.reserve(n);
  rank_.reserve(n);
  assess_offset_.reserve(n);
  unit_by_code_.reserve(n);
}

int Engine::add_unit(std::string code, std::string name, int group) {
  check_group(group);
  if (unit_by_code_.count(code)) throw Error::Conflict("Mã đơn vị '" + code + "' đã có trong bộ chấm điểm");
  const int u = units();
  unit_by_code_.emplace(code, u);
  unit_code_.push_back(std::move(code));
  unit_name_.push_back(std::move(name));
  unit_group_.push_back(group);
  values_.resize(values_.size() + 2 * slots_ * reported_, kMissing);  // nothing reported yet
  agg_.resize(agg_.size() + 2 * columns_, kMissing);
  const CompiledScheme& s = schemes_[static_cast<size_t>(groups_[static_cast<size_t>(group)].scheme)];
  assess_offset_.push_back(assess_.size());
  std::vector<double> a = s.default_assessment();
  assess_.insert(assess_.end(), a.begin(), a.end());
  summary_.emplace_back();
  rank_.push_back(0);
  groups_[static_cast<size_t>(group)].members.push_back(u);
  dirty_ = true;
  return u;
}

std::optional<int> Engine::find_unit(std::string_view code) const {
  auto it = unit_by_code_.find(std::string(code));
  if (it == unit_by_code_.end()) return std::nullopt;
  return it->second;
}

void Engine::set_window(int first, int last) {
  if (first < 0 || last < first || static_cast<size_t>(last) >= slots_) {
    throw Error::Invalid("Kỳ chấm điểm phải nằm trong các kỳ báo cáo của năm");
  }
  first_slot_ = first;
  last_slot_ = last;
  dirty_ = true;
}

std::span<double> Engine::report_row(int unit, Year year, int slot) {
  check_unit(unit);
  if (slot < 0 || static_cast<size_t>(slot) >= slots_) throw Error::Invalid("Kỳ báo cáo ngoài phạm vi của năm");
  double* p = const_cast<double*>(row(unit, static_cast<int>(year), slot));
  return {p, reported_};
}

void Engine::set_report(int unit, Year year, int slot, const IndicatorValues& values) {
  if (values.row().size() != columns_) throw Error::Invalid("Số liệu không cùng danh mục chỉ số với bộ chấm điểm");
  auto dst = report_row(unit, year, slot);
  std::copy_n(values.row().begin(), reported_, dst.begin());
}

void Engine::set_assessment(int unit, const Assessment& assessment) {
  const CompiledScheme& s = group_scheme(unit_group(unit));
  std::vector<double> a = assessment.row(s);
  std::copy(a.begin(), a.end(), assess_.begin() + static_cast<std::ptrdiff_t>(assess_offset_[static_cast<size_t>(unit)]));
}

void Engine::set_overrides(int unit, std::vector<LineOverride> overrides) {
  check_unit(unit);
  const CompiledScheme& s = group_scheme(unit_group(unit));
  for (const LineOverride& o : overrides) {
    if (o.line < 0 || static_cast<size_t>(o.line) >= s.lines().size()) throw Error::Invalid("Tiêu chí điều chỉnh không có trong bảng điểm");
    if (o.points < 0 || o.points > s.lines()[static_cast<size_t>(o.line)].max_points + 1e-9) {
      throw Error::Invalid("Điểm điều chỉnh ngoài khoảng 0 – điểm tối đa của tiêu chí");
    }
  }
  if (overrides.empty()) overrides_.erase(unit);
  else overrides_[unit] = std::move(overrides);
}

void Engine::aggregate_rows(int unit, double* cur, double* prev) const {
  // The same rule as scoring::aggregate(): values only from a window every slot of which was
  // reported (a slot nobody reported is all missing); a value a report left out stays missing.
  const size_t R = reported_;
  const int late_col = catalogue_->system_column(SystemSource::kLateReports);
  const int missing_col = catalogue_->system_column(SystemSource::kMissingPeriods);
  double* out[2] = {cur, prev};
  for (int y = 0; y < 2; ++y) {
    double* a = out[y];
    std::fill_n(a, R, 0.0);
    int unreported = 0;
    for (int s = first_slot_; s <= last_slot_; ++s) {
      const double* r = row(unit, y, s);
      bool any = false;
      for (size_t i = 0; i < R; ++i) {
        a[i] += r[i];
        any = any || !missing(r[i]);
      }
      unreported += any ? 0 : 1;
    }
    if (unreported) std::fill_n(a, R, kMissing);
    catalogue_->derive(a);
    // The engine holds no deadlines: a slot nobody reported counts as late.
    if (late_col >= 0) a[late_col] = unreported;
    if (missing_col >= 0) a[missing_col] = unreported;
  }
}

void Engine::score_unit(int unit) {
  const size_t u = static_cast<size_t>(unit);
  const double* cur = agg_.data() + u * 2 * columns_;
  const CompiledScheme& s = schemes_[static_cast<size_t>(groups_[static_cast<size_t>(unit_group_[u])].scheme)];
  std::span<const LineOverride> ov;
  if (!overrides_.empty()) {
    auto it = overrides_.find(unit);
    if (it != overrides_.end()) ov = it->second;
  }
  summary_[u] = s.score(cur, cur + columns_, assess_.data() + assess_offset_[u], ov);
}

bool Engine::before(int a, int b) const {
  const ScoreSummary& x = summary_[static_cast<size_t>(a)];
  const ScoreSummary& y = summary_[static_cast<size_t>(b)];
  // The order of ranks_before() in ranking.h, with the code replaced by its sorted position.
  if (x.disqualified != y.disqualified) return !x.disqualified;
  if (x.total_centi != y.total_centi) return x.total_centi > y.total_centi;
  if (x.penalty_centi != y.penalty_centi) return x.penalty_centi < y.penalty_centi;
  if (x.first_section_centi != y.first_section_centi) return x.first_section_centi > y.first_section_centi;
  if (x.fully_met != y.fully_met) return x.fully_met > y.fully_met;
  return code_order_[static_cast<size_t>(a)] < code_order_[static_cast<size_t>(b)];
}

void Engine::rerank(int group) {
  Group& g = groups_[static_cast<size_t>(group)];
  if (g.order.size() != g.members.size()) g.order = g.members;
  // Insertion sort: after an incremental update the order is sorted but for one unit.
  auto& o = g.order;
  for (size_t i = 1; i < o.size(); ++i) {
    int v = o[i];
    size_t j = i;
    while (j > 0 && before(v, o[j - 1])) {
      o[j] = o[j - 1];
      --j;
    }
    o[j] = v;
  }
  for (size_t i = 0; i < o.size(); ++i) rank_[static_cast<size_t>(o[i])] = static_cast<int>(i) + 1;
}

void Engine::refresh_code_order() {
  std::vector<int> idx(unit_code_.size());
  std::iota(idx.begin(), idx.end(), 0);
  std::sort(idx.begin(), idx.end(), [&](int a, int b) { return unit_code_[static_cast<size_t>(a)] < unit_code_[static_cast<size_t>(b)]; });
  code_order_.assign(idx.size(), 0);
  for (size_t i = 0; i < idx.size(); ++i) code_order_[static_cast<size_t>(idx[i])] = static_cast<int>(i);
}

void Engine::recompute_all() {
  parallel_chunks(static_cast<size_t>(units()), threads_, [this](size_t begin, size_t end) {
    for (size_t u = begin; u < end; ++u) {
      double* a = agg_.data() + u * 2 * columns_;
      aggregate_rows(static_cast<int>(u), a, a + columns_);
    }
  });
  dirty_ = false;
  rescore_all();
}

void Engine::rescore_all() {
  require_clean();
  if (code_order_.size() != unit_code_.size()) refresh_code_order();
  const size_t n = static_cast<size_t>(units());
  // A scheme reads a few scattered columns of each unit's rows, a pattern the hardware prefetcher
  // does not follow: fetch the rows of the unit a few places ahead while scoring this one.
  constexpr size_t kAhead = 4;
  const size_t row_bytes = 2 * columns_ * sizeof(double);
  parallel_chunks(n, threads_, [&](size_t begin, size_t end) {
    for (size_t u = begin; u < end; ++u) {
      if (u + kAhead < end) {
        const char* next = reinterpret_cast<const char*>(agg_.data() + (u + kAhead) * 2 * columns_);
        for (size_t off = 0; off < row_bytes; off += 64) __builtin_prefetch(next + off);
      }
      score_unit(static_cast<int>(u));
    }
  });
  // Each group sorts its own members and writes their ranks: groups never share a unit.
  parallel_chunks(groups_.size(), threads_, [&](size_t begin, size_t end) {
    for (size_t g = begin; g < end; ++g) {
      Group& gr = groups_[g];
      gr.order = gr.members;
      std::sort(gr.order.begin(), gr.order.end(), [&](int a, int b) { return before(a, b); });
      for (size_t i = 0; i < gr.order.size(); ++i) rank_[static_cast<size_t>(gr.order[i])] = static_cast<int>(i) + 1;
    }
  });
}

void parallel_chunks(size_t n, int threads, const std::function<void(size_t, size_t)>& f) {
  constexpr size_t kMinChunk = 2048;
  size_t t = std::min(static_cast<size_t>(threads < 1 ? 1 : threads), std::max<size_t>(1, n / kMinChunk));
  if (t <= 1) return f(0, n);
  std::vector<std::thread> pool;
  pool.reserve(t - 1);
  size_t step = (n + t - 1) / t;
  for (size_t i = 1; i < t; ++i) {
    size_t b = std::min(n, i * step), e = std::min(n, (i + 1) * step);
    pool.emplace_back([&f, b, e] { f(b, e); });
  }
  f(0, std::min(n, step));
  for (auto& th : pool) th.join();
}

void Engine::require_clean() const {
  if (dirty_) throw Error::Conflict("Bộ chấm điểm cần tính lại toàn bộ (recompute_all) trước khi cập nhật từng đơn vị");
}

void Engine::update_report(int unit, Year year, int slot, std::span<const double> reported) {
  require_clean();
  if (reported.size() != reported_) throw Error::Invalid("Báo cáo phải có đủ " + std::to_string(reported_) + " chỉ số");
  auto dst = report_row(unit, year, slot);
  std::copy(reported.begin(), reported.end(), dst.begin());
  // The unit's aggregates are summed again from its reports (a few hundred doubles, in a row):
  // exactly what a full recompute would give, with no drift from adding differences.
  double* a = agg_.data() + static_cast<size_t>(unit) * 2 * columns_;
  aggregate_rows(unit, a, a + columns_);
  score_unit(unit);
  rerank(unit_group_[static_cast<size_t>(unit)]);
}

void Engine::update_report(int unit, Year year, int slot, const IndicatorValues& values) {
  if (values.row().size() != columns_) throw Error::Invalid("Số liệu không cùng danh mục chỉ số với bộ chấm điểm");
  update_report(unit, year, slot, values.row().first(reported_));
}

void Engine::update_assessment(int unit, const Assessment& assessment) {
  require_clean();
  set_assessment(unit, assessment);
  score_unit(unit);
  rerank(unit_group_[static_cast<size_t>(unit)]);
}

void Engine::update_overrides(int unit, std::vector<LineOverride> overrides) {
  require_clean();
  set_overrides(unit, std::move(overrides));
  score_unit(unit);
  rerank(unit_group_[static_cast<size_t>(unit)]);
}

std::vector<RankedUnit> Engine::group_ranking(int group) const {
  std::vector<RankInput> in;
  for (int u : members(group)) in.push_back(RankInput::from(unit_code_[static_cast<size_t>(u)], summary_[static_cast<size_t>(u)]));
  return rank_units(std::move(in));
}

std::vector<int> Engine::leading_units(int group, size_t n) const {
  std::vector<int> out;
  for (int u : ranking(group)) {
    if (out.size() >= n) break;
    if (!summary_[static_cast<size_t>(u)].disqualified) out.push_back(u);
  }
  return out;
}

Scorecard Engine::scorecard(int unit) const {
  check_unit(unit);
  std::vector<double> cur(columns_), prev(columns_);
  aggregate_rows(unit, cur.data(), prev.data());  // from the reports, whatever the state
  const CompiledScheme& s = group_scheme(unit_group(unit));
  Scorecard card = evaluate_rows(s, cur.data(), prev.data(), assess_.data() + assess_offset_[static_cast<size_t>(unit)],
                                 unit_code_[static_cast<size_t>(unit)]);
  auto it = overrides_.find(unit);
  if (it != overrides_.end()) {
    for (const LineOverride& o : it->second) {
      CriterionScore& c = card.criteria[static_cast<size_t>(o.line)];
      c.note = "Điểm điều chỉnh của lãnh đạo: " + format_points(c.points) + " → " + format_points(round_points(o.points));
      c.points = round_points(o.points);
      if (o.met >= 0) c.met = o.met != 0;
    }
    finalize(s, card);
  }
  return card;
}

IndicatorValues Engine::aggregate(int unit, Year year) const {
  check_unit(unit);
  IndicatorValues v(*catalogue_);
  std::vector<double> cur(columns_), prev(columns_);
  aggregate_rows(unit, cur.data(), prev.data());
  auto dst = v.mutable_row();
  const auto& src = year == Year::kCurrent ? cur : prev;
  std::copy(src.begin(), src.end(), dst.begin());
  return v;
}

}  // namespace thidua::scoring
