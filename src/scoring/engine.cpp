#include "scoring/engine.h"

#include <thread>

#include <algorithm>
#include <bit>
#include <climits>
#include <cmath>
#include <numeric>

#include "core/error.h"
#include "core/heap_size.h"
#include "scoring/format.h"

namespace thidua::scoring {

Engine::Engine(const IndicatorCatalogue& catalogue, int slots_per_year)
    : catalogue_(&catalogue),
      slots_(static_cast<size_t>(slots_per_year)),
      reported_(static_cast<size_t>(catalogue.reported_columns())),
      columns_(static_cast<size_t>(catalogue.columns())),
      last_slot_(slots_per_year - 1),
      year_slots_{slots_per_year, slots_per_year} {
  if (slots_per_year < 1 || slots_per_year > 366) throw Error::Invalid("Số kỳ báo cáo mỗi năm phải từ 1 đến 366");
  for (size_t k = 0; k < reported_; ++k)
    cents_.push_back(catalogue.by_column(static_cast<int>(k)).kind == IndicatorKind::kSum ? 1 : 0);
}

double Engine::cell(size_t i, size_t k) const {
  if (wide_) return values_[i * reported_ + k];
  const int32_t n = cells_[i * reported_ + k];
  if (n == kAbsentCell) return kMissing;
  return cents_[k] ? static_cast<double>(n) / 100.0 : static_cast<double>(n);
}

void Engine::widen() {
  if (wide_) return;
  values_.resize(cells_.size());
  const size_t rows = reported_ ? cells_.size() / reported_ : 0;
  for (size_t i = 0; i < rows; ++i)
    for (size_t k = 0; k < reported_; ++k) values_[i * reported_ + k] = cell(i, k);
  wide_ = true;
  std::vector<int32_t>().swap(cells_);
}

void Engine::store_row(size_t i, const double* src) {
  if (!wide_) {
    int32_t* dst = cells_.data() + i * reported_;
    size_t k = 0;
    for (; k < reported_; ++k) {
      const double v = src[k];
      if (std::isnan(v)) {
        dst[k] = kAbsentCell;
        continue;
      }
      const double scaled = std::round(cents_[k] ? v * 100.0 : v);
      if (!(scaled > static_cast<double>(kAbsentCell) && scaled <= static_cast<double>(INT32_MAX))) break;
      const int32_t n = static_cast<int32_t>(scaled);
      const double back = cents_[k] ? static_cast<double>(n) / 100.0 : static_cast<double>(n);
      if (std::bit_cast<uint64_t>(back) != std::bit_cast<uint64_t>(v)) break;  // not exact (-0 included)
      dst[k] = n;
    }
    if (k == reported_) return;
    widen();
  }
  std::copy_n(src, reported_, values_.data() + i * reported_);
}

namespace {
int slots_of(const Period& period) {
  size_t cur = period.report_months().size(), prev = period.same_period_previous_year().report_months().size();
  return static_cast<int>(std::max<size_t>(1, std::max(cur, prev)));
}
}  // namespace

Engine::Engine(const IndicatorCatalogue& catalogue, const Period& period) : Engine(catalogue, slots_of(period)) {
  slot_periods_[0] = period.report_months();
  slot_periods_[1] = period.same_period_previous_year().report_months();
  for (int y = 0; y < 2; ++y) year_slots_[y] = static_cast<int>(slot_periods_[y].size());
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
  return add_scheme(std::make_shared<const CompiledScheme>(std::move(scheme), *catalogue_));
}

int Engine::add_scheme(std::shared_ptr<const CompiledScheme> scheme) {
  if (&scheme->catalogue() != catalogue_) throw Error::Invalid("Bảng điểm không cùng danh mục chỉ số với bộ chấm điểm");
  schemes_.push_back(std::move(scheme));
  return static_cast<int>(schemes_.size()) - 1;
}

int Engine::add_group(std::string code, std::string name, int scheme) {
  if (scheme < 0 || static_cast<size_t>(scheme) >= schemes_.size()) throw Error::NotFound("Không có bảng điểm số " + std::to_string(scheme));
  groups_.push_back({std::move(code), std::move(name), scheme, {}, {}});
  return groups() - 1;
}

void Engine::reserve_units(size_t n) {
  if (wide_) values_.reserve(n * 2 * slots_ * reported_);
  else cells_.reserve(n * 2 * slots_ * reported_);
  status_.reserve(n * 2 * slots_);
  late_.reserve(n * 2 * slots_);
  cover_.reserve(n * 2);
  ranked_.reserve(n);
  review_.reserve(n);
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
  if (wide_) values_.resize(values_.size() + 2 * slots_ * reported_, kMissing);  // nothing reported yet
  else cells_.resize(cells_.size() + 2 * slots_ * reported_, kAbsentCell);
  status_.resize(status_.size() + 2 * slots_, kOverdue);
  late_.resize(late_.size() + 2 * slots_, 0);
  cover_.resize(cover_.size() + 2);
  agg_.resize(agg_.size() + 2 * columns_, kMissing);
  const CompiledScheme& s = *schemes_[static_cast<size_t>(groups_[static_cast<size_t>(group)].scheme)];
  assess_offset_.push_back(assess_.size());
  std::vector<double> a = s.default_assessment();
  assess_.insert(assess_.end(), a.begin(), a.end());
  summary_.emplace_back();
  ranked_.push_back(1);
  review_.emplace_back();
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

namespace {
// A slot holding values added by add_report() (it counts as reported only once marked).
constexpr uint8_t kHasValues = 4;
}  // namespace

size_t Engine::check_slot(int unit, Year year, int slot) const {
  check_unit(unit);
  if (slot < 0 || slot >= year_slots_[static_cast<int>(year)]) throw Error::Invalid("Kỳ báo cáo ngoài phạm vi của năm");
  return slot_index(unit, static_cast<int>(year), slot);
}

std::span<double> Engine::report_row(int unit, Year year, int slot) {
  size_t i = check_slot(unit, year, slot);
  status_[i] |= kReported | kHasValues;
  widen();
  return {values_.data() + i * reported_, reported_};
}

void Engine::set_report(int unit, Year year, int slot, const IndicatorValues& values, bool late) {
  if (values.row().size() != columns_) throw Error::Invalid("Số liệu không cùng danh mục chỉ số với bộ chấm điểm");
  size_t i = check_slot(unit, year, slot);
  status_[i] |= kReported | kHasValues;
  store_row(i, values.row().data());
  late_[i] = late ? 1 : 0;
}

void Engine::add_report(int unit, Year year, int slot, const IndicatorValues& values, bool late) {
  if (values.row().size() != columns_) throw Error::Invalid("Số liệu không cùng danh mục chỉ số với bộ chấm điểm");
  add_report(unit, year, slot, values.row().first(reported_), late);
}

void Engine::add_report(int unit, Year year, int slot, std::span<const double> reported, bool late) {
  size_t i = check_slot(unit, year, slot);
  if (reported.size() != reported_) throw Error::Invalid("Báo cáo phải có đủ " + std::to_string(reported_) + " chỉ số");
  if (!(status_[i] & kHasValues)) {
    store_row(i, reported.data());
  } else {
    std::vector<double> sum(reported_);
    for (size_t c = 0; c < reported_; ++c) sum[c] = cell(i, c) + reported[c];  // a value left out stays missing
    store_row(i, sum.data());
  }
  status_[i] |= kHasValues;
  late_[i] = static_cast<uint8_t>(late_[i] + (late ? 1 : 0));
}

void Engine::mark_reported(int unit, Year year, int slot) {
  size_t i = check_slot(unit, year, slot);
  if (status_[i] & kReported) return;
  if (!(status_[i] & kHasValues)) {
    if (wide_) std::fill_n(values_.begin() + static_cast<std::ptrdiff_t>(i * reported_), reported_, 0.0);
    else std::fill_n(cells_.begin() + static_cast<std::ptrdiff_t>(i * reported_), reported_, 0);
  }
  status_[i] |= kReported | kHasValues;
}

void Engine::clear_report(int unit, Year year, int slot) {
  size_t i = check_slot(unit, year, slot);
  if (wide_) std::fill_n(values_.begin() + static_cast<std::ptrdiff_t>(i * reported_), reported_, kMissing);
  else std::fill_n(cells_.begin() + static_cast<std::ptrdiff_t>(i * reported_), reported_, kAbsentCell);
  status_[i] = static_cast<uint8_t>(status_[i] & ~(kReported | kHasValues));
  late_[i] = 0;
}

bool Engine::slot_empty(int unit, Year year, int slot) const {
  return (status_[check_slot(unit, year, slot)] & (kReported | kHasValues)) == 0;
}

void Engine::set_overdue(int unit, Year year, int slot, bool overdue) {
  size_t i = check_slot(unit, year, slot);
  status_[i] = static_cast<uint8_t>(overdue ? (status_[i] | kOverdue) : (status_[i] & ~kOverdue));
}

void Engine::set_review(int unit, ReviewInput review) {
  check_unit(unit);
  if (review.self) set_assessment(unit, *review.self);
  else set_assessment(unit, Assessment{});
  // A self-score alone is the assessment just set (score_unit() and review() read it so).
  if (review.self && review.assignments.empty() && review.cross.empty() && review.moderations.empty() &&
      !overrides_.count(unit))
    return;
  review_[static_cast<size_t>(unit)] = std::make_shared<const ReviewInput>(std::move(review));
}

void Engine::set_assessment(int unit, const Assessment& assessment) {
  const CompiledScheme& s = group_scheme(unit_group(unit));
  std::vector<double> a = assessment.row(s);
  std::copy(a.begin(), a.end(), assess_.begin() + static_cast<std::ptrdiff_t>(assess_offset_[static_cast<size_t>(unit)]));
  review_[static_cast<size_t>(unit)].reset();
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

void Engine::aggregate_rows(int unit, double* cur, double* prev, CoverCount* cover) const {
  // scoring::aggregate() over slots: the reported ones summed, then finish_aggregate — values only
  // from a window every slot of which was reported; a value a report left out stays missing.
  double* out[2] = {cur, prev};
  for (int y = 0; y < 2; ++y) {
    double* a = out[y];
    std::fill_n(a, reported_, 0.0);
    CoverCount c;
    const int last = std::min(last_slot_, year_slots_[y] - 1);
    for (int s = first_slot_; s <= last; ++s) {
      const size_t i = slot_index(unit, y, s);
      ++c.expected;
      c.late = static_cast<int16_t>(c.late + late_[i]);  // late reports, covering the slot or not
      if (status_[i] & kReported) {
        ++c.reported;
        if (wide_) {
          const double* r = values_.data() + i * reported_;
          for (size_t k = 0; k < reported_; ++k) a[k] += r[k];
        } else {
          for (size_t k = 0; k < reported_; ++k) a[k] += cell(i, k);  // the very doubles stored
        }
      } else if (status_[i] & kOverdue) {
        ++c.late;
      }
    }
    finish_aggregate(*catalogue_, a, c.expected, c.reported, c.late);
    if (cover) cover[y] = c;
  }
}

namespace {
// What the ranking needs from an explained scorecard (a moderated or cross-scored final score).
ScoreSummary summary_of(const Scorecard& card) {
  ScoreSummary s;
  s.total_centi = to_centi(card.total);
  s.criteria_centi = to_centi(card.criteria_points);
  s.bonus_centi = to_centi(card.bonus_points);
  s.deduction_centi = to_centi(card.deduction_points);
  s.penalty_centi = to_centi(card.penalty_points);
  s.first_section_centi = to_centi(card.first_section_points);
  s.fully_met = card.fully_met;
  s.dropped_centi = to_centi(card.dropped_points);
  s.disqualified = card.disqualified;
  s.incomplete = card.incomplete;
  s.missing_periods = card.missing_periods;
  s.level = static_cast<int16_t>(card.level);
  return s;
}
}  // namespace

void Engine::score_unit(int unit) {
  const size_t u = static_cast<size_t>(unit);
  const ReviewInput* rv = review_[u].get();
  if (rv && (!rv->cross.empty() || !rv->moderations.empty())) {  // the explained path
    auto card = review(unit)->final_score();
    ranked_[u] = card ? 1 : 0;
    summary_[u] = card ? summary_of(*card) : ScoreSummary{};
    return;
  }
  if (rv && !rv->self) {  // nothing to rank yet
    ranked_[u] = 0;
    summary_[u] = {};
    return;
  }
  ranked_[u] = 1;
  const double* cur = agg_.data() + u * 2 * columns_;
  const CompiledScheme& s = *schemes_[static_cast<size_t>(groups_[static_cast<size_t>(unit_group_[u])].scheme)];
  std::span<const LineOverride> ov;
  if (!overrides_.empty()) {
    auto it = overrides_.find(unit);
    if (it != overrides_.end()) ov = it->second;
  }
  summary_[u] = s.score(cur, cur + columns_, assess_.data() + assess_offset_[u], ov);
}

bool Engine::before(int a, int b) const {
  // ranking.h's order, with the code replaced by its sorted position.
  return ranks_before_by(summary_[static_cast<size_t>(a)], summary_[static_cast<size_t>(b)],
                         [&] { return code_order_[static_cast<size_t>(a)] < code_order_[static_cast<size_t>(b)]; });
}

void Engine::rank_order(Group& g) {
  for (int m : g.members) rank_[static_cast<size_t>(m)] = 0;
  for (size_t i = 0; i < g.order.size(); ++i) rank_[static_cast<size_t>(g.order[i])] = static_cast<int>(i) + 1;
}

void Engine::rerank(int group) {
  Group& g = groups_[static_cast<size_t>(group)];
  auto& o = g.order;
  size_t n = 0;
  for (int m : g.members) n += ranked_[static_cast<size_t>(m)];
  bool same = o.size() == n;
  for (size_t i = 0; same && i < o.size(); ++i) same = ranked_[static_cast<size_t>(o[i])] != 0;
  if (!same) {  // a unit entered or left the ranking
    o.clear();
    for (int m : g.members)
      if (ranked_[static_cast<size_t>(m)]) o.push_back(m);
  }
  // Insertion sort: after an incremental update the order is sorted but for one unit.
  for (size_t i = 1; i < o.size(); ++i) {
    int v = o[i];
    size_t j = i;
    while (j > 0 && before(v, o[j - 1])) {
      o[j] = o[j - 1];
      --j;
    }
    o[j] = v;
  }
  rank_order(g);
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
      aggregate_rows(static_cast<int>(u), a, a + columns_, cover_.data() + u * 2);
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
      gr.order.clear();
      for (int m : gr.members)
        if (ranked_[static_cast<size_t>(m)]) gr.order.push_back(m);
      std::sort(gr.order.begin(), gr.order.end(), [&](int a, int b) { return before(a, b); });
      rank_order(gr);
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

void Engine::refresh_unit(int unit) {
  require_clean();
  const size_t u = check_unit(unit);
  // The unit's aggregates are summed again from its reports (a few hundred doubles, in a row):
  // exactly what a full recompute would give, with no drift from adding differences.
  double* a = agg_.data() + u * 2 * columns_;
  aggregate_rows(unit, a, a + columns_, cover_.data() + u * 2);
  score_unit(unit);
  rerank(unit_group_[u]);
}

void Engine::update_report(int unit, Year year, int slot, std::span<const double> reported) {
  require_clean();
  if (reported.size() != reported_) throw Error::Invalid("Báo cáo phải có đủ " + std::to_string(reported_) + " chỉ số");
  size_t i = check_slot(unit, year, slot);
  status_[i] |= kReported | kHasValues;
  store_row(i, reported.data());
  refresh_unit(unit);
}

void Engine::update_report(int unit, Year year, int slot, const IndicatorValues& values) {
  if (values.row().size() != columns_) throw Error::Invalid("Số liệu không cùng danh mục chỉ số với bộ chấm điểm");
  update_report(unit, year, slot, values.row().first(reported_));
}

void Engine::update_assessment(int unit, const Assessment& assessment) {
  require_clean();
  set_assessment(unit, assessment);
  refresh_unit(unit);
}

void Engine::update_overrides(int unit, std::vector<LineOverride> overrides) {
  require_clean();
  set_overrides(unit, std::move(overrides));
  refresh_unit(unit);
}

void Engine::update_review(int unit, ReviewInput review) {
  require_clean();
  set_review(unit, std::move(review));
  refresh_unit(unit);
}

Coverage Engine::coverage(int unit, Year year) const {
  const size_t u = check_unit(unit);
  const int y = static_cast<int>(year);
  const CoverCount& c = cover_[u * 2 + static_cast<size_t>(y)];
  Coverage out;
  out.expected = c.expected;
  out.reported = c.reported;
  out.late = c.late;
  const int last = std::min(last_slot_, year_slots_[y] - 1);
  if (!slot_periods_[y].empty())
    for (int s = first_slot_; s <= last; ++s)
      if (!(status_[slot_index(unit, y, s)] & kReported)) out.missing.push_back(slot_periods_[y][static_cast<size_t>(s)]);
  return out;
}

std::shared_ptr<const ScoreReview> Engine::review(int unit) const {
  const size_t u = check_unit(unit);
  const CompiledScheme& scheme = group_scheme(unit_group_[u]);
  const std::string& code = unit_code_[u];
  const double* cur = agg_.data() + u * 2 * columns_;
  const double* prev = cur + columns_;
  auto out = std::make_shared<ScoreReview>(scheme, code);
  const ReviewInput* rv = review_[u].get();
  if (!rv) {  // scored on its assessment (and the leader's overrides)
    out->set_self_score(scorecard(unit));
    return out;
  }
  auto card = [&](const Assessment& a) {
    std::vector<double> row = a.row(scheme);
    return evaluate_rows(scheme, cur, prev, row.data(), code);
  };
  for (const auto& a : rv->assignments) {
    out->assign_scorer(a.scorer);
    if (a.recused) out->recuse(a.scorer, a.reason);
  }
  if (rv->self) out->set_self_score(card(*rv->self));
  for (const auto& [scorer, a] : rv->cross) out->submit_cross_score(scorer, card(a));
  for (const Moderation& m : rv->moderations) out->moderate(m);
  return out;
}

std::vector<RankedUnit> Engine::group_ranking(int group) const {
  std::vector<RankInput> in;
  for (int u : ranking(group)) in.push_back(RankInput::from(unit_code_[static_cast<size_t>(u)], summary_[static_cast<size_t>(u)]));
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
  aggregate_rows(unit, cur.data(), prev.data(), nullptr);  // from the reports, whatever the state
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
  aggregate_rows(unit, cur.data(), prev.data(), nullptr);
  auto dst = v.mutable_row();
  const auto& src = year == Year::kCurrent ? cur : prev;
  std::copy(src.begin(), src.end(), dst.begin());
  return v;
}

namespace {

size_t assessment_bytes(const Assessment& a) {
  size_t n = heap::nodes(a.met) + heap::nodes(a.counts);
  for (const auto& [k, v] : a.met) n += heap::of(k);
  for (const auto& [k, v] : a.counts) n += heap::of(k);
  return n;
}

size_t review_input_bytes(const ReviewInput& r) {
  size_t n = heap::buffer(r.assignments) + heap::buffer(r.cross) + heap::buffer(r.moderations);
  for (const auto& a : r.assignments) n += heap::of(a.scorer) + heap::of(a.reason);
  if (r.self) n += assessment_bytes(*r.self);
  for (const auto& [code, a] : r.cross) n += heap::of(code) + assessment_bytes(a);
  for (const auto& m : r.moderations) n += heap::of(m.criterion) + heap::of(m.reason) + heap::of(m.by);
  return n;
}

}  // namespace

size_t Engine::memory_bytes() const {
  size_t n = 0;
  for (const auto& periods : slot_periods_) n += heap::buffer(periods);  // months: no label of their own
  n += heap::buffer(schemes_) + heap::buffer(groups_);
  for (const auto& g : groups_) n += heap::of(g.code) + heap::of(g.name) + heap::buffer(g.members) + heap::buffer(g.order);
  n += heap::of(unit_code_) + heap::of(unit_name_) + heap::buffer(unit_group_);
  n += heap::nodes(unit_by_code_);
  for (const auto& [code, i] : unit_by_code_) n += heap::of(code);
  n += heap::buffer(cells_) + heap::buffer(values_) + heap::buffer(cents_) + heap::buffer(status_) + heap::buffer(late_) +
       heap::buffer(cover_) + heap::buffer(agg_) + heap::buffer(assess_) + heap::buffer(assess_offset_) +
       heap::buffer(summary_) + heap::buffer(ranked_) + heap::buffer(review_) + heap::buffer(rank_) +
       heap::buffer(code_order_);
  for (const auto& r : review_)
    if (r) n += heap::block(sizeof(ReviewInput) + 16) + review_input_bytes(*r);  // make_shared: control block beside it
  n += heap::nodes(overrides_);
  for (const auto& [unit, lines] : overrides_) n += heap::buffer(lines);
  return n;
}

}  // namespace thidua::scoring
