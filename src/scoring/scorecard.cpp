#include "scoring/scorecard.h"

#include <cmath>

#include "core/error.h"
#include "scoring/format.h"
#include "scoring/json_read.h"

namespace thidua::scoring {

using nlohmann::json;

namespace {

std::string n2(double v) { return format_vn(v, 2, true); }
std::string pct1(double v) { return format_vn(v, 1); }
std::string pts(double p, double max) { return format_points(p) + "/" + format_points(max) + " điểm"; }

// "Số vụ phạm tội về TTXH: 114 vụ (cùng kỳ 120 vụ). Giảm 5,0% so với cùng kỳ"
std::string measure_text(const CompiledPart& p, const PartOutcome& o, const Indicator& ind, const double* cur,
                         const double* prev, bool with_name) {
  std::string s = with_name ? ind.name + ": " : "";
  auto value = [&](double v) { return missing(v) ? std::string("chưa báo cáo") : n2(v) + " " + ind.unit; };
  switch (p.kind) {
    case TargetKind::kChange: {
      s += value(cur[p.column]) + " (cùng kỳ " + value(prev[p.column]) + "). ";
      if (o.missing) {
        s += missing(cur[p.column]) ? "Thiếu số liệu kỳ này" : "Thiếu số liệu cùng kỳ năm trước";
      } else if (o.not_applicable) {
        s += "Cùng kỳ và kỳ này đều bằng 0: không có thay đổi để so sánh";
      } else if (!o.defined) {
        s += "Cùng kỳ năm trước bằng 0";
      } else if (o.measured < 0) {
        s += "Giảm " + pct1(-o.measured) + "% so với cùng kỳ";
      } else if (o.measured > 0) {
        s += "Tăng " + pct1(o.measured) + "% so với cùng kỳ";
      } else {
        s += "Không đổi so với cùng kỳ";
      }
      return s;
    }
    case TargetKind::kRate: {
      const double num = cur[p.column], den = cur[p.denominator_column];
      if (o.missing) return s + "chưa báo cáo đủ số liệu để tính tỷ lệ";
      if (o.not_applicable) return s + "không phát sinh vụ việc (" + n2(num) + "/0), không có tỷ lệ";
      return s + pct1(o.measured) + "% (" + n2(num) + "/" + n2(den) + ")";
    }
    case TargetKind::kCount:
      return s + value(cur[p.column]);
    default:
      return s;
  }
}

std::string rule_tail(const CompiledLine& l, const LineOutcome& o) {
  switch (l.rule) {
    case RuleKind::kProportional:
    case RuleKind::kBonusExceeding: {
      std::string s;
      if (o.met) s = "đạt chỉ tiêu → " + pts(o.points, l.max_points);
      else if (o.credit > 0) s = "đạt " + pct1(o.credit * 100) + "% → " + pts(o.points, l.max_points);
      else s = "không đạt → " + pts(0, l.max_points);
      if (o.bonus > 0) {
        const char* unit = l.target == TargetKind::kCount ? "" : " điểm %";
        s += "; vượt " + n2(o.excess) + unit + " × " + n2(l.bonus_per_point) + " = thưởng " + format_points(o.bonus) +
             " điểm (tối đa " + n2(l.bonus_cap) + ")";
      }
      return s;
    }
    case RuleKind::kDisqualifying:
      if (o.met) return "đạt → " + pts(o.points, l.max_points);
      return "không đạt → " + pts(0, l.max_points) + "; điểm liệt: xếp loại mức thấp nhất";
    default:
      return o.met ? "đạt chỉ tiêu → " + pts(o.points, l.max_points) : "không đạt chỉ tiêu → " + pts(0, l.max_points);
  }
}

}  // namespace

Assessment Assessment::from_json(const json& j) {
  detail::check_keys(j, {"met", "counts"}, "assessment");
  Assessment a;
  if (const json* m = detail::member(j, "met")) {
    detail::require_object(*m, "assessment.met");
    for (auto it = m->begin(); it != m->end(); ++it) {
      if (!it->is_boolean()) detail::fail("assessment.met." + it.key(), "phải là true/false");
      a.met[it.key()] = it->get<bool>();
    }
  }
  if (const json* c = detail::member(j, "counts")) {
    detail::require_object(*c, "assessment.counts");
    for (auto it = c->begin(); it != c->end(); ++it) {
      if (!it->is_number()) detail::fail("assessment.counts." + it.key(), "phải là số");
      a.counts[it.key()] = it->get<double>();
    }
  }
  return a;
}

json Assessment::to_json() const {
  json m = json::object(), c = json::object();
  for (const auto& [k, v] : met) m[k] = v;
  for (const auto& [k, v] : counts) c[k] = detail::number(v);
  return {{"met", m}, {"counts", c}};
}

std::vector<double> Assessment::row(const CompiledScheme& scheme) const {
  std::vector<double> r = scheme.default_assessment();
  for (const auto& [id, v] : met) {
    int slot = scheme.assess_slot(id);
    if (slot < 0 || !std::isnan(r[static_cast<size_t>(slot)])) {
      throw Error::Invalid("assessment.met." + id + ": '" + id + "' không phải tiêu chí định tính của bảng điểm",
                           "assessment.met." + id);
    }
  }
  for (const auto& [id, v] : counts) {
    int slot = scheme.assess_slot(id);
    if (slot < 0 || std::isnan(r[static_cast<size_t>(slot)])) {
      throw Error::Invalid("assessment.counts." + id + ": '" + id + "' không phải dòng đếm số lần của bảng điểm",
                           "assessment.counts." + id);
    }
    if (!std::isfinite(v) || v < 0 || std::floor(v) != v) {
      throw Error::Invalid("assessment.counts." + id + ": số lần phải là số nguyên không âm", "assessment.counts." + id);
    }
  }
  for (const auto& [id, v] : met) r[static_cast<size_t>(scheme.assess_slot(id))] = v ? 1.0 : 0.0;
  for (const auto& [id, v] : counts) r[static_cast<size_t>(scheme.assess_slot(id))] = v;
  return r;
}

const CriterionScore* Scorecard::find(std::string_view id) const {
  for (const auto& c : criteria) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

Scorecard evaluate(const CompiledScheme& scheme, const IndicatorValues& current, const IndicatorValues& previous,
                   const Assessment& assessment, std::string unit) {
  if (&current.catalogue() != &scheme.catalogue() || &previous.catalogue() != &scheme.catalogue()) {
    if (current.row().size() != static_cast<size_t>(scheme.catalogue().columns()) ||
        previous.row().size() != static_cast<size_t>(scheme.catalogue().columns())) {
      throw Error::Invalid("Số liệu và bảng điểm không cùng danh mục chỉ số");
    }
  }
  std::vector<double> a = assessment.row(scheme);
  return evaluate_rows(scheme, current.row().data(), previous.row().data(), a.data(), std::move(unit));
}

Scorecard evaluate_rows(const CompiledScheme& scheme, const double* cur, const double* prev, const double* assess,
                        std::string unit) {
  const auto& inds = scheme.catalogue().indicators();
  const ScoringScheme& sch = scheme.scheme();
  Scorecard card;
  card.scheme_id = sch.id;
  card.scheme_version = sch.version;
  card.unit = std::move(unit);
  auto lines = scheme.lines();
  for (int i = 0; i < static_cast<int>(lines.size()); ++i) {
    const CompiledLine& l = lines[static_cast<size_t>(i)];
    const Criterion& c = *l.criterion;
    LineOutcome o = scheme.evaluate_line(i, cur, prev, assess);
    CriterionScore cs;
    cs.id = c.id;
    cs.name = c.name;
    cs.section = sch.sections[static_cast<size_t>(l.section)].id;
    cs.rule = rule_kind_name(l.rule);
    cs.status = line_status_name(o.status);
    cs.not_applicable = not_applicable_name(l.not_applicable);
    cs.target = c.target ? describe_target(*c.target, scheme.catalogue()) : "";
    cs.met = o.met;
    cs.assessed = o.assessed;
    cs.achievement = o.credit;
    cs.points = o.points;
    cs.max_points = l.max_points;
    cs.bonus = o.bonus;
    cs.count = o.count;
    cs.disqualifying = o.disqualified;

    std::string measure;
    if (l.rule == RuleKind::kDeductionPerOccurrence) {
      std::string what = l.count_column >= 0 ? scheme.catalogue().by_column(l.count_column).name : c.name;
      std::string unit_name = l.count_column >= 0 ? scheme.catalogue().by_column(l.count_column).unit : "lần";
      if (l.count_column >= 0) {
        const Indicator& ind = scheme.catalogue().by_column(l.count_column);
        const double raw = cur[l.count_column];
        std::optional<double> v = missing(raw) ? std::nullopt : std::optional<double>(raw);
        MeasuredValue mv;
        mv.indicator = ind.code;
        mv.name = ind.name;
        mv.unit = ind.unit;
        mv.current = mv.measured = v;
        mv.met = o.met;
        mv.achievement = o.credit;
        cs.values.push_back(std::move(mv));
      }
      if (o.status == LineStatus::kMissing) {
        cs.explanation = what + ": chưa báo cáo → " + pts(0, l.max_points) + " (không có số liệu thì không tính điểm)";
        card.criteria.push_back(std::move(cs));
        continue;
      }
      double off = l.max_points - o.points;
      cs.explanation = what + ": " + n2(o.count) + " " + unit_name + " × " + n2(l.per_occurrence) + " điểm = trừ " +
                       format_points(off) + " (tối đa " + n2(l.cap) + ") → " + pts(o.points, l.max_points);
      card.criteria.push_back(std::move(cs));
      continue;
    }
    if (l.target == TargetKind::kQualitative) {
      measure = !o.assessed ? (l.rule == RuleKind::kDisqualifying ? "Không ghi nhận sự việc" : "Chưa đánh giá")
                            : (o.met ? "Đánh giá: đạt" : "Đánh giá: không đạt");
      cs.explanation = measure + " → " + pts(o.points, l.max_points);
      if (o.disqualified) cs.explanation += "; điểm liệt: xếp loại mức thấp nhất";
    } else {
      const bool composite = l.parts > 1;
      std::string parts_text;
      for (int k = 0; k < l.parts; ++k) {
        const CompiledPart& p = scheme.parts()[static_cast<size_t>(l.first_part + k)];
        const Indicator& ind = inds[static_cast<size_t>(p.indicator)];
        PartOutcome po = scheme.evaluate_part(p, cur, prev);
        MeasuredValue mv;
        mv.indicator = ind.code;
        mv.name = ind.name;
        mv.unit = ind.unit;
        mv.met = po.met;
        mv.achievement = po.credit;
        if (po.defined) mv.measured = po.measured;
        auto opt = [](double v) { return missing(v) ? std::nullopt : std::optional<double>(v); };
        if (p.kind == TargetKind::kRate) {
          mv.numerator = opt(cur[p.column]);
          mv.denominator = opt(cur[p.denominator_column]);
          if (po.defined) mv.current = po.measured;
        } else {
          mv.current = opt(cur[p.column]);
          if (p.kind == TargetKind::kChange) {
            mv.previous = opt(prev[p.column]);
            mv.compared = true;
          }
        }
        cs.values.push_back(std::move(mv));
        if (composite) {
          if (k) parts_text += "; ";
          parts_text += measure_text(p, po, ind, cur, prev, true) +
                        (po.missing ? "" : po.not_applicable ? " (không tính)" : po.met ? " (đạt)" : " (không đạt)");
        } else {
          parts_text = measure_text(p, po, ind, cur, prev, true);
        }
      }
      if (o.status == LineStatus::kMissing) {
        cs.explanation = parts_text + " (chỉ tiêu " + cs.target + "): thiếu số liệu → " + pts(0, l.max_points) +
                         " (không có số liệu thì không tính điểm)";
      } else if (o.status == LineStatus::kNotApplicable) {
        cs.explanation = parts_text + " (chỉ tiêu " + cs.target + "): không áp dụng, " +
                         not_applicable_text(l.not_applicable) + " → " +
                         (l.not_applicable == NotApplicable::kDrop ? std::string("không tính vào tổng")
                                                                   : pts(o.points, l.max_points));
      } else {
        cs.explanation = parts_text + " (chỉ tiêu " + cs.target + "): " + rule_tail(l, o);
      }
    }
    card.criteria.push_back(std::move(cs));
  }

  auto adjust = [&](const CompiledAdjustment& a, bool bonus) {
    AdjustmentScore s;
    s.id = a.line->id;
    s.name = a.line->name;
    s.count = a.column >= 0 ? cur[a.column] : assess[a.assess_slot];
    s.points = CompiledScheme::adjustment_points(a, s.count);
    if (missing(s.count)) {
      s.count = 0;
      s.explanation = s.name + ": chưa báo cáo → không tính";
      return s;
    }
    s.explanation = s.name + ": " + n2(s.count) + " × " + n2(a.points) + " = " + (bonus ? "+" : "−") +
                    format_points(s.points) + " điểm" +
                    (std::isfinite(a.cap) ? " (tối đa " + n2(a.cap) + ")" : "");
    return s;
  };
  for (const auto& a : scheme.bonuses()) card.bonuses.push_back(adjust(a, true));
  for (const auto& a : scheme.deductions()) card.deductions.push_back(adjust(a, false));
  card.incomplete = scheme.incomplete(cur);
  const IndicatorCatalogue& cat = scheme.catalogue();
  if (int c = cat.system_column(SystemSource::kMissingPeriods); c >= 0 && !missing(cur[c])) card.missing_periods = static_cast<int>(cur[c]);
  if (int c = cat.system_column(SystemSource::kLateReports); c >= 0 && !missing(cur[c])) card.late_reports = static_cast<int>(cur[c]);
  finalize(scheme, card);
  return card;
}

void finalize(const CompiledScheme& scheme, Scorecard& card) {
  auto lines = scheme.lines();
  if (card.criteria.size() != lines.size()) throw Error::Invalid("Phiếu chấm điểm không khớp bảng điểm");
  std::vector<uint8_t> met(lines.size());
  std::vector<int64_t> centi(lines.size());
  int64_t criteria = 0, first = 0, bonus = 0, ded = 0, penalty = 0, dropped = 0;
  card.fully_met = 0;
  card.missing_criteria = 0;
  card.disqualified = false;
  card.disqualified_by.clear();
  for (size_t i = 0; i < lines.size(); ++i) {
    CriterionScore& c = card.criteria[i];
    centi[i] = to_centi(c.points);
    criteria += centi[i];
    if (c.status == "not_applicable" && lines[i].not_applicable == NotApplicable::kDrop) dropped += lines[i].max_centi;
    if (c.status == "missing") ++card.missing_criteria;
    if (lines[i].section == 0) first += centi[i];
    if (centi[i] == to_centi(lines[i].max_points)) ++card.fully_met;
    if (lines[i].rule == RuleKind::kDeductionPerOccurrence) penalty += to_centi(lines[i].max_points) - centi[i];
    bonus += to_centi(c.bonus);
    c.disqualifying = lines[i].rule == RuleKind::kDisqualifying && !c.met;
    if (c.disqualifying) {
      card.disqualified = true;
      card.disqualified_by.push_back(c.id);
    }
    met[i] = c.met ? 1 : 0;
  }
  for (const auto& b : card.bonuses) bonus += to_centi(b.points);
  for (const auto& d : card.deductions) ded += to_centi(d.points);
  bonus = scheme.cap_bonus(bonus);
  ded = scheme.cap_deduction(ded);
  penalty += ded;
  card.earned_points = from_centi(criteria);
  card.dropped_points = from_centi(dropped);
  criteria = scheme.rescale(criteria, dropped);
  const int64_t total = criteria + bonus - ded;
  card.criteria_points = from_centi(criteria);
  card.bonus_points = from_centi(bonus);
  card.deduction_points = from_centi(ded);
  card.penalty_points = from_centi(penalty);
  card.first_section_points = from_centi(first);
  card.total = from_centi(total);
  card.level = scheme.classify(total, card.disqualified, penalty, met.data(), card.incomplete);
  const ClassificationLevel& lv = scheme.scheme().levels[static_cast<size_t>(card.level)];
  card.level_code = lv.code;
  card.level_name = lv.name;

  card.sections.clear();
  for (const CompiledNode& n : scheme.nodes()) {
    int64_t s = 0;
    for (int i = n.first_line; i < n.end_line; ++i) s += centi[static_cast<size_t>(i)];
    card.sections.push_back({n.node->id, n.node->name, n.depth, from_centi(s), n.node->max_points});
  }
}

json Scorecard::to_json() const {
  using detail::number;
  json secs = json::array();
  for (const auto& s : sections) {
    secs.push_back({{"id", s.id}, {"name", s.name}, {"depth", s.depth}, {"points", number(s.points)},
                    {"max_points", number(s.max_points)}});
  }
  json crit = json::array();
  for (const auto& c : criteria) {
    json values = json::array();
    for (const auto& v : c.values) {
      auto opt = [](const std::optional<double>& x) { return x ? number(*x) : json(nullptr); };
      json e = {{"indicator", v.indicator}, {"name", v.name}, {"unit", v.unit}, {"current", opt(v.current)},
                {"met", v.met}, {"achievement", v.achievement}};
      if (v.compared) e["previous"] = opt(v.previous);
      if (v.numerator || v.denominator) {
        e["numerator"] = opt(v.numerator);
        e["denominator"] = opt(v.denominator);
      }
      e["measured"] = v.measured ? json(*v.measured) : json(nullptr);
      values.push_back(std::move(e));
    }
    json e = {{"id", c.id}, {"name", c.name}, {"section", c.section}, {"rule", c.rule}, {"status", c.status},
              {"not_applicable", c.not_applicable}, {"target", c.target},
              {"values", std::move(values)}, {"met", c.met}, {"assessed", c.assessed},
              {"achievement", c.achievement}, {"points", number(c.points)}, {"max_points", number(c.max_points)},
              {"bonus", number(c.bonus)}, {"disqualifying", c.disqualifying}, {"explanation", c.explanation}};
    if (c.rule == "deduction_per_occurrence") e["count"] = number(c.count);
    if (!c.note.empty()) e["note"] = c.note;
    crit.push_back(std::move(e));
  }
  auto adj = [](const std::vector<AdjustmentScore>& v) {
    json a = json::array();
    for (const auto& s : v) {
      a.push_back({{"id", s.id}, {"name", s.name}, {"count", number(s.count)}, {"points", number(s.points)},
                   {"explanation", s.explanation}});
    }
    return a;
  };
  return {{"scheme", {{"id", scheme_id}, {"version", scheme_version}}},
          {"unit", unit},
          {"sections", std::move(secs)},
          {"criteria", std::move(crit)},
          {"bonuses", adj(bonuses)},
          {"deductions", adj(deductions)},
          {"criteria_points", number(criteria_points)},
          {"earned_points", number(earned_points)},
          {"dropped_points", number(dropped_points)},
          {"incomplete", incomplete},
          {"missing_periods", missing_periods},
          {"late_reports", late_reports},
          {"missing_criteria", missing_criteria},
          {"bonus_points", number(bonus_points)},
          {"deduction_points", number(deduction_points)},
          {"penalty_points", number(penalty_points)},
          {"total", number(total)},
          {"fully_met", fully_met},
          {"disqualified", disqualified},
          {"disqualified_by", disqualified_by},
          {"classification", {{"level", level}, {"code", level_code}, {"name", level_name}}}};
}

}  // namespace thidua::scoring
