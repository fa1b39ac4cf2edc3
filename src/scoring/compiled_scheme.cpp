#include "scoring/compiled_scheme.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include "core/error.h"
#include "scoring/format.h"

namespace thidua::scoring {

namespace {
constexpr double kEps = 1e-9;
}

CompiledScheme::CompiledScheme(ScoringScheme scheme, const IndicatorCatalogue& catalogue)
    : scheme_(std::move(scheme)), catalogue_(&catalogue) {
  const auto& inds = catalogue.indicators();
  auto ind_index = [&](const std::string& code) -> int {
    const Indicator* ind = catalogue.find(code);
    if (!ind) throw Error::Invalid("Bảng điểm tham chiếu chỉ số '" + code + "' không có trong danh mục");
    return static_cast<int>(ind - inds.data());
  };
  auto add_part = [&](const Target& t) {
    CompiledPart p;
    p.kind = t.kind;
    p.direction = t.direction;
    p.value = t.value;
    p.indicator = ind_index(t.indicator);
    const Indicator& ind = inds[static_cast<size_t>(p.indicator)];
    if (t.kind == TargetKind::kRate) {
      p.column = ind.numerator_column;
      p.denominator_column = ind.denominator_column;
    } else {
      p.column = ind.column;
    }
    parts_.push_back(p);
  };

  std::function<void(const Criterion&, int, int)> walk = [&](const Criterion& c, int section, int depth) {
    if (!c.is_leaf()) {
      size_t node = nodes_.size();
      nodes_.push_back({static_cast<int>(lines_.size()), 0, depth, &c});
      for (const Criterion& k : c.criteria) walk(k, section, depth + 1);
      nodes_[node].end_line = static_cast<int>(lines_.size());
      return;
    }
    CompiledLine l;
    l.rule = c.rule->kind;
    l.target = c.target ? c.target->kind : TargetKind::kQualitative;
    l.max_points = c.max_points;
    l.max_centi = to_centi(c.max_points);
    l.not_applicable = c.not_applicable;
    criteria_max_centi_ += l.max_centi;
    l.section = section;
    l.criterion = &c;
    l.first_part = static_cast<int>(parts_.size());
    if (c.target) {
      if (c.target->kind == TargetKind::kComposite) {
        for (const Target& t : c.target->all) add_part(t);
      } else if (c.target->kind != TargetKind::kQualitative) {
        add_part(*c.target);
      }
    }
    l.parts = static_cast<int>(parts_.size()) - l.first_part;
    if (l.rule == RuleKind::kDeductionPerOccurrence) {
      l.per_occurrence = c.rule->points_per_occurrence;
      l.cap = c.rule->cap ? *c.rule->cap : c.max_points;
      if (!c.rule->indicator.empty()) {
        l.count_column = inds[static_cast<size_t>(ind_index(c.rule->indicator))].column;
      } else {
        l.assess_slot = assess_slots_++;
        slot_is_verdict_.push_back(0);
        slot_by_id_[c.id] = l.assess_slot;
      }
    } else if (l.target == TargetKind::kQualitative) {
      l.assess_slot = assess_slots_++;
      slot_is_verdict_.push_back(1);
      slot_by_id_[c.id] = l.assess_slot;
    }
    if (l.rule == RuleKind::kBonusExceeding) {
      l.bonus_per_point = c.rule->bonus_per_point;
      l.bonus_cap = c.rule->bonus_cap;
    }
    line_by_id_[c.id] = static_cast<int>(lines_.size());
    lines_.push_back(l);
  };
  for (size_t s = 0; s < scheme_.sections.size(); ++s) walk(scheme_.sections[s], static_cast<int>(s), 0);

  auto adjust = [&](const AdjustmentLine& a) {
    CompiledAdjustment c;
    c.points = a.points;
    if (a.cap) c.cap = *a.cap;
    c.line = &a;
    if (!a.indicator.empty()) {
      c.column = inds[static_cast<size_t>(ind_index(a.indicator))].column;
    } else {
      c.assess_slot = assess_slots_++;
      slot_is_verdict_.push_back(0);
      slot_by_id_[a.id] = c.assess_slot;
    }
    return c;
  };
  for (const auto& b : scheme_.bonuses) bonuses_.push_back(adjust(b));
  for (const auto& d : scheme_.deductions) deductions_.push_back(adjust(d));
  missing_periods_column_ = catalogue.system_column(SystemSource::kMissingPeriods);
  if (scheme_.bonus_cap) bonus_cap_centi_ = to_centi(*scheme_.bonus_cap);
  if (scheme_.deduction_cap) deduction_cap_centi_ = to_centi(*scheme_.deduction_cap);

  auto range_of = [&](const std::string& id) -> std::pair<int, int> {
    for (const CompiledNode& n : nodes_) {
      if (n.node->id == id) return {n.first_line, n.end_line};
    }
    auto it = line_by_id_.find(id);
    if (it == line_by_id_.end()) throw Error::Invalid("Điều kiện xếp loại tham chiếu mục '" + id + "' không có");
    return {it->second, it->second + 1};
  };
  for (const ClassificationLevel& lv : scheme_.levels) {
    CompiledLevel c;
    if (lv.min_points) {
      c.has_min = true;
      c.min_centi = to_centi(*lv.min_points);
    }
    for (const auto& cond : lv.conditions) {
      switch (cond.kind) {
        case ClassificationCondition::Kind::kNoDisqualifying: c.no_disqualifying = true; break;
        case ClassificationCondition::Kind::kAllMet: c.all_met.push_back(range_of(cond.section)); break;
        case ClassificationCondition::Kind::kMaxDeductions:
          c.max_penalty_centi = c.max_penalty_centi < 0 ? to_centi(cond.points)
                                                        : std::min(c.max_penalty_centi, to_centi(cond.points));
          break;
      }
    }
    levels_.push_back(std::move(c));
  }
}

int CompiledScheme::line_index(std::string_view id) const {
  auto it = line_by_id_.find(std::string(id));
  return it == line_by_id_.end() ? -1 : it->second;
}

int CompiledScheme::assess_slot(std::string_view id) const {
  auto it = slot_by_id_.find(std::string(id));
  return it == slot_by_id_.end() ? -1 : it->second;
}

std::vector<double> CompiledScheme::default_assessment() const {
  std::vector<double> row(static_cast<size_t>(assess_slots_), 0.0);
  for (size_t i = 0; i < row.size(); ++i) {
    if (slot_is_verdict_[i]) row[i] = std::numeric_limits<double>::quiet_NaN();
  }
  return row;
}

namespace {

[[gnu::always_inline]] inline PartOutcome part_kernel(const CompiledPart& p, const double* cur, const double* prev) {
  PartOutcome o;
  const double t = p.value;
  switch (p.kind) {
    case TargetKind::kChange: {
      const double c = cur[p.column], b = prev[p.column];
      const bool decrease = p.direction == Direction::kDecrease;
      if (missing(c) || missing(b)) {
        o.missing = true;
        o.defined = false;
        break;
      }
      if (b <= 0) {
        // Nothing last year and nothing this year: no change to measure (the regulation's
        // not-applicable rule). Something this year from nothing: an increase, no percentage.
        o.defined = false;
        o.not_applicable = c <= 0;
        o.met = !decrease && c > 0;
        o.credit = o.met ? 1.0 : 0.0;
        o.measured = 0;
        break;
      }
      o.measured = (c - b) / b * 100.0;
      const double gain = decrease ? -o.measured : o.measured;  // achievement in the wanted direction
      o.met = t > 0 ? gain >= t - kEps : gain > kEps;
      o.credit = o.met ? 1.0 : (t > 0 ? std::clamp(gain / t, 0.0, 1.0) : 0.0);
      o.excess = gain - t;
      break;
    }
    case TargetKind::kRate: {
      const double num = cur[p.column], den = cur[p.denominator_column];
      if (missing(num) || missing(den)) {
        o.missing = true;
        o.defined = false;
        break;
      }
      if (den <= 0) {
        // No case occurred: no rate exists (the regulation's not-applicable rule).
        o.defined = false;
        o.not_applicable = true;
        break;
      }
      const double a = 100.0 * num / den;
      o.measured = a;
      if (p.direction == Direction::kEqual) {
        o.met = std::fabs(a - t) <= kEps;
        o.credit = o.met ? 1.0 : std::max(0.0, 1.0 - std::fabs(a - t) / t);
      } else {
        o.met = p.direction == Direction::kAbove ? a > t + kEps : a >= t - kEps;
        o.credit = o.met ? 1.0 : std::min(1.0, a / t);
        o.excess = a - t;
      }
      break;
    }
    case TargetKind::kCount: {
      const double n = cur[p.column];
      if (missing(n)) {
        o.missing = true;
        o.defined = false;
        break;
      }
      o.measured = n;
      if (p.direction == Direction::kAtMost) {
        o.met = n <= t + kEps;
        o.credit = o.met ? 1.0 : (t > 0 ? t / n : 0.0);
        o.excess = t - n;
      } else {
        o.met = n >= t - kEps;
        o.credit = o.met ? 1.0 : n / t;
        o.excess = n - t;
      }
      break;
    }
    default:
      break;
  }
  return o;
}

[[gnu::always_inline]] inline LineOutcome line_kernel(const CompiledLine& l, const CompiledPart* parts,
                                                      const double* cur, const double* prev, const double* assess) {
  LineOutcome o;
  if (l.rule == RuleKind::kDeductionPerOccurrence) {
    o.count = l.count_column >= 0 ? cur[l.count_column] : assess[l.assess_slot];
    if (missing(o.count)) {  // nobody reported how many: no points
      o.status = LineStatus::kMissing;
      o.count = 0;
      return o;
    }
    const double off = std::min(l.cap, l.per_occurrence * o.count);
    o.points_centi = to_centi(std::max(0.0, l.max_points - off));
    o.points = from_centi(o.points_centi);
    o.met = o.count <= 0;
    o.credit = l.max_points > 0 ? o.points / l.max_points : 1.0;
    return o;
  }
  if (l.target == TargetKind::kQualitative) {
    const double v = assess[l.assess_slot];
    o.assessed = !std::isnan(v);
    // An unassessed disqualifying event did not happen; an unassessed commitment is not met.
    o.met = o.assessed ? v != 0 : l.rule == RuleKind::kDisqualifying;
    o.credit = o.met ? 1.0 : 0.0;
  } else {
    bool met = true, absent = false;
    double credit = 0;
    double excess = 0;
    int applicable = 0;
    for (int i = 0; i < l.parts; ++i) {
      PartOutcome p = part_kernel(parts[l.first_part + i], cur, prev);
      absent = absent || p.missing;
      if (p.not_applicable) continue;  // a part of a composite without cases is left out
      ++applicable;
      met = met && p.met;
      credit += p.credit;
      excess = p.excess;
    }
    if (absent) {
      o.status = LineStatus::kMissing;
      return o;
    }
    if (applicable == 0) {
      o.status = LineStatus::kNotApplicable;
      o.met = l.not_applicable != NotApplicable::kNoPoints;
      o.credit = l.not_applicable == NotApplicable::kFullPoints ? 1.0 : 0.0;
      o.points_centi = l.not_applicable == NotApplicable::kFullPoints ? l.max_centi : 0;
      o.points = from_centi(o.points_centi);
      return o;
    }
    o.met = met;
    o.credit = met ? 1.0 : (applicable > 1 ? credit / applicable : credit);
    o.excess = excess;
  }
  switch (l.rule) {
    case RuleKind::kProportional:
      o.points_centi = o.met ? l.max_centi : to_centi(l.max_points * o.credit);
      break;
    case RuleKind::kBonusExceeding:
      o.points_centi = o.met ? l.max_centi : to_centi(l.max_points * o.credit);
      if (o.met && o.excess > 0) o.bonus_centi = to_centi(std::min(l.bonus_cap, l.bonus_per_point * o.excess));
      break;
    case RuleKind::kDisqualifying:
      o.disqualified = !o.met;
      o.points_centi = o.met ? l.max_centi : 0;
      break;
    default:  // target_met, qualitative
      o.points_centi = o.met ? l.max_centi : 0;
  }
  // Unused by score(), these divisions are dropped when the kernel is inlined there.
  o.points = from_centi(o.points_centi);
  o.bonus = from_centi(o.bonus_centi);
  return o;
}

}  // namespace

PartOutcome CompiledScheme::evaluate_part(const CompiledPart& p, const double* cur, const double* prev) const {
  return part_kernel(p, cur, prev);
}

LineOutcome CompiledScheme::evaluate_line(int index, const double* cur, const double* prev, const double* assess) const {
  return line_kernel(lines_[static_cast<size_t>(index)], parts_.data(), cur, prev, assess);
}

double CompiledScheme::adjustment_points(const CompiledAdjustment& a, double count) {
  if (missing(count)) return 0;  // not reported: neither a bonus nor a deduction
  return round_points(std::min(a.cap, a.points * std::max(0.0, count)));
}

int64_t CompiledScheme::rescale(int64_t criteria, int64_t dropped) const {
  const int64_t rest = criteria_max_centi_ - dropped;
  if (dropped <= 0 || rest <= 0) return criteria;
  // Rounded half away from zero, in hundredths.
  const __int128 num = static_cast<__int128>(criteria) * criteria_max_centi_;
  return static_cast<int64_t>((num * 2 + (num >= 0 ? rest : -rest)) / (2 * rest));
}

const char* line_status_name(LineStatus s) {
  switch (s) {
    case LineStatus::kMissing: return "missing";
    case LineStatus::kNotApplicable: return "not_applicable";
    default: return "scored";
  }
}

int64_t CompiledScheme::cap_bonus(int64_t c) const { return bonus_cap_centi_ >= 0 ? std::min(c, bonus_cap_centi_) : c; }
int64_t CompiledScheme::cap_deduction(int64_t c) const {
  return deduction_cap_centi_ >= 0 ? std::min(c, deduction_cap_centi_) : c;
}

int CompiledScheme::classify(int64_t total, bool disqualified, int64_t penalty, const uint8_t* met,
                             bool incomplete) const {
  const int last = static_cast<int>(levels_.size()) - 1;
  if (disqualified) return last;
  for (int i = incomplete ? std::max(0, scheme_.incomplete_max_level) : 0; i < last; ++i) {
    const CompiledLevel& lv = levels_[static_cast<size_t>(i)];
    if (lv.has_min && total < lv.min_centi) continue;
    if (lv.max_penalty_centi >= 0 && penalty > lv.max_penalty_centi) continue;
    bool ok = true;
    for (auto [a, b] : lv.all_met) {
      for (int k = a; k < b && ok; ++k) ok = met[k] != 0;
    }
    if (ok) return i;
  }
  return last;
}

ScoreSummary CompiledScheme::score(const double* cur, const double* prev, const double* assess,
                                   std::span<const LineOverride> overrides) const {
  ScoreSummary s;
  const int n = static_cast<int>(lines_.size());
  uint8_t met_small[256];
  std::vector<uint8_t> met_big;
  uint8_t* met = met_small;
  if (n > 256) {
    met_big.resize(static_cast<size_t>(n));
    met = met_big.data();
  }
  int64_t bonus = 0;
  const CompiledPart* parts = parts_.data();
  for (int i = 0; i < n; ++i) {
    const CompiledLine& l = lines_[static_cast<size_t>(i)];
    LineOutcome o = line_kernel(l, parts, cur, prev, assess);
    for (const LineOverride& ov : overrides) {
      if (ov.line == i) {
        o.points_centi = to_centi(ov.points);
        if (ov.met >= 0) {
          o.met = ov.met != 0;
          o.disqualified = lines_[static_cast<size_t>(i)].rule == RuleKind::kDisqualifying && !o.met;
        }
      }
    }
    const int64_t pc = o.points_centi;
    if (o.status == LineStatus::kNotApplicable && l.not_applicable == NotApplicable::kDrop) s.dropped_centi += l.max_centi;
    s.criteria_centi += pc;
    if (l.section == 0) s.first_section_centi += pc;
    if (pc == l.max_centi) ++s.fully_met;
    if (l.rule == RuleKind::kDeductionPerOccurrence) s.penalty_centi += l.max_centi - pc;
    bonus += o.bonus_centi;
    s.disqualified = s.disqualified || o.disqualified;
    met[i] = o.met ? 1 : 0;
  }
  for (const CompiledAdjustment& a : bonuses_) {
    bonus += to_centi(adjustment_points(a, a.column >= 0 ? cur[a.column] : assess[a.assess_slot]));
  }
  int64_t ded = 0;
  for (const CompiledAdjustment& a : deductions_) {
    ded += to_centi(adjustment_points(a, a.column >= 0 ? cur[a.column] : assess[a.assess_slot]));
  }
  s.criteria_centi = rescale(s.criteria_centi, s.dropped_centi);
  s.bonus_centi = cap_bonus(bonus);
  s.deduction_centi = cap_deduction(ded);
  s.penalty_centi += s.deduction_centi;
  s.total_centi = s.criteria_centi + s.bonus_centi - s.deduction_centi;
  s.incomplete = incomplete(cur);
  s.missing_periods = missing_periods(cur);
  s.level = static_cast<int16_t>(classify(s.total_centi, s.disqualified, s.penalty_centi, met, s.incomplete));
  return s;
}

}  // namespace thidua::scoring
