#include "scoring/scheme.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <set>

#include "core/error.h"
#include "scoring/format.h"
#include "scoring/json_read.h"

namespace thidua::scoring {

using detail::fail;
using detail::index;
using detail::join;
using detail::number;
using nlohmann::json;

const char* target_kind_name(TargetKind k) {
  switch (k) {
    case TargetKind::kChange: return "change";
    case TargetKind::kRate: return "rate";
    case TargetKind::kCount: return "count";
    case TargetKind::kComposite: return "composite";
    case TargetKind::kQualitative: return "qualitative";
  }
  return "qualitative";
}

const char* direction_name(Direction d) {
  switch (d) {
    case Direction::kNone: return "";
    case Direction::kDecrease: return "decrease";
    case Direction::kIncrease: return "increase";
    case Direction::kAbove: return "above";
    case Direction::kAtLeast: return "at_least";
    case Direction::kEqual: return "equal";
    case Direction::kAtMost: return "at_most";
  }
  return "";
}

const char* rule_kind_name(RuleKind k) {
  switch (k) {
    case RuleKind::kTargetMet: return "target_met";
    case RuleKind::kProportional: return "proportional";
    case RuleKind::kDeductionPerOccurrence: return "deduction_per_occurrence";
    case RuleKind::kBonusExceeding: return "bonus_exceeding";
    case RuleKind::kQualitative: return "qualitative";
    case RuleKind::kDisqualifying: return "disqualifying";
  }
  return "target_met";
}

namespace {

constexpr double kEps = 1e-9;

std::string num(double v) { return format_vn(v, 2, true); }

bool valid_id(const std::string& s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) return false;
  }
  return true;
}

struct Loader {
  const IndicatorCatalogue& cat;
  std::set<std::string> ids;
  std::set<std::string> group_ids;

  std::string take_id(const json& j, const std::string& path) {
    std::string id = detail::get_string(j, "id", path);
    if (!valid_id(id)) fail(join(path, "id"), "mã '" + id + "' chỉ gồm chữ thường không dấu, số, '_' và '-'");
    if (!ids.insert(id).second) fail(join(path, "id"), "mã '" + id + "' bị trùng");
    return id;
  }

  double max_points(const json& j, const std::string& path) {
    double m = detail::get_number(j, "max_points", path);
    if (m < 0) fail(join(path, "max_points"), "điểm tối đa không được âm (" + num(m) + ")");
    return m;
  }

  const Indicator& indicator(const json& j, const std::string& path) {
    std::string code = detail::get_string(j, "indicator", path);
    const Indicator* ind = cat.find(code);
    if (!ind) fail(join(path, "indicator"), "không có chỉ số '" + code + "' trong danh mục chỉ số");
    return *ind;
  }

  Direction direction(const json& j, const std::string& path, std::initializer_list<Direction> allowed) {
    std::string d = detail::get_string(j, "direction", path);
    std::string names;
    for (Direction a : allowed) {
      if (d == direction_name(a)) return a;
      names += (names.empty() ? "" : ", ") + std::string(direction_name(a));
    }
    fail(join(path, "direction"), "hướng '" + d + "' không hợp lệ cho loại chỉ tiêu này (" + names + ")");
  }

  Target target(const json& j, const std::string& path, bool nested) {
    detail::require_object(j, path);
    Target t;
    std::string kind = detail::get_string(j, "kind", path);
    if (kind == "change") {
      detail::check_keys(j, {"kind", "indicator", "direction", "value"}, path);
      t.kind = TargetKind::kChange;
      const Indicator& ind = indicator(j, path);
      if (!ind.additive()) fail(join(path, "indicator"), "chỉ tiêu thay đổi cần chỉ số cộng được, '" + ind.code + "' là tỷ lệ");
      t.indicator = ind.code;
      t.direction = direction(j, path, {Direction::kDecrease, Direction::kIncrease});
      t.value = detail::get_number(j, "value", path);
      if (t.value < 0) fail(join(path, "value"), "mức thay đổi (%) không được âm; hướng tăng/giảm ghi ở 'direction'");
      if (t.direction == Direction::kDecrease && t.value > 100) fail(join(path, "value"), "không thể giảm quá 100%");
    } else if (kind == "rate") {
      detail::check_keys(j, {"kind", "indicator", "direction", "value"}, path);
      t.kind = TargetKind::kRate;
      const Indicator& ind = indicator(j, path);
      if (ind.kind != IndicatorKind::kRatio) fail(join(path, "indicator"), "chỉ tiêu tỷ lệ cần chỉ số loại ratio, '" + ind.code + "' không phải");
      t.indicator = ind.code;
      t.direction = direction(j, path, {Direction::kAbove, Direction::kAtLeast, Direction::kEqual});
      t.value = detail::get_number(j, "value", path);
      if (t.value <= 0) fail(join(path, "value"), "tỷ lệ chỉ tiêu phải lớn hơn 0%");
      if (t.value > 100 && ind.numerator_at_most_denominator) fail(join(path, "value"), "tỷ lệ chỉ tiêu không quá 100%");
    } else if (kind == "count") {
      detail::check_keys(j, {"kind", "indicator", "direction", "value"}, path);
      t.kind = TargetKind::kCount;
      const Indicator& ind = indicator(j, path);
      if (!ind.additive()) fail(join(path, "indicator"), "chỉ tiêu số lượng cần chỉ số cộng được, '" + ind.code + "' là tỷ lệ");
      t.indicator = ind.code;
      t.direction = direction(j, path, {Direction::kAtMost, Direction::kAtLeast});
      t.value = detail::get_number(j, "value", path);
      if (t.value < 0) fail(join(path, "value"), "số lượng chỉ tiêu không được âm");
    } else if (kind == "composite") {
      if (nested) fail(join(path, "kind"), "chỉ tiêu gộp không lồng nhau");
      detail::check_keys(j, {"kind", "all"}, path);
      t.kind = TargetKind::kComposite;
      const json& all = detail::get_array(j, "all", path);
      if (all.size() < 2) fail(join(path, "all"), "chỉ tiêu gộp cần ít nhất hai chỉ tiêu thành phần");
      for (size_t i = 0; i < all.size(); ++i) {
        Target part = target(all[i], index(join(path, "all"), i), true);
        if (part.kind == TargetKind::kQualitative) fail(join(index(join(path, "all"), i), "kind"), "thành phần của chỉ tiêu gộp phải đo được");
        t.all.push_back(std::move(part));
      }
    } else if (kind == "qualitative") {
      detail::check_keys(j, {"kind"}, path);
      t.kind = TargetKind::kQualitative;
    } else {
      fail(join(path, "kind"), "loại chỉ tiêu '" + kind + "' không hợp lệ (change, rate, count, composite, qualitative)");
    }
    return t;
  }

  Rule rule(const json& j, const std::string& path, const Criterion& c) {
    detail::require_object(j, path);
    Rule r;
    std::string kind = detail::get_string(j, "kind", path);
    if (kind == "target_met") r.kind = RuleKind::kTargetMet;
    else if (kind == "proportional") r.kind = RuleKind::kProportional;
    else if (kind == "deduction_per_occurrence") r.kind = RuleKind::kDeductionPerOccurrence;
    else if (kind == "bonus_exceeding") r.kind = RuleKind::kBonusExceeding;
    else if (kind == "qualitative") r.kind = RuleKind::kQualitative;
    else if (kind == "disqualifying") r.kind = RuleKind::kDisqualifying;
    else fail(join(path, "kind"), "loại quy tắc chấm điểm '" + kind + "' không hợp lệ (target_met, proportional, "
              "deduction_per_occurrence, bonus_exceeding, qualitative, disqualifying)");

    switch (r.kind) {
      case RuleKind::kDeductionPerOccurrence: {
        detail::check_keys(j, {"kind", "indicator", "points_per_occurrence", "cap"}, path);
        if (detail::member(j, "indicator")) {
          const Indicator& ind = indicator(j, path);
          if (!ind.additive()) fail(join(path, "indicator"), "chỉ số đếm số lần không được là tỷ lệ");
          r.indicator = ind.code;
        }
        r.points_per_occurrence = detail::get_number(j, "points_per_occurrence", path);
        if (r.points_per_occurrence <= 0) fail(join(path, "points_per_occurrence"), "điểm trừ mỗi lần phải lớn hơn 0");
        r.cap = detail::get_number_opt(j, "cap", path);
        if (r.cap && (*r.cap <= 0 || *r.cap > c.max_points + kEps)) {
          fail(join(path, "cap"), "mức trừ tối đa (" + num(*r.cap) + ") phải lớn hơn 0 và không quá điểm tối đa của tiêu chí (" + num(c.max_points) + ")");
        }
        break;
      }
      case RuleKind::kBonusExceeding:
        detail::check_keys(j, {"kind", "bonus_per_point", "bonus_cap"}, path);
        r.bonus_per_point = detail::get_number(j, "bonus_per_point", path);
        r.bonus_cap = detail::get_number(j, "bonus_cap", path);
        if (r.bonus_per_point <= 0) fail(join(path, "bonus_per_point"), "điểm thưởng mỗi điểm vượt phải lớn hơn 0");
        if (r.bonus_cap <= 0) fail(join(path, "bonus_cap"), "mức thưởng tối đa phải lớn hơn 0");
        break;
      default:
        detail::check_keys(j, {"kind"}, path);
    }
    return r;
  }

  void check_rule_fits_target(const Criterion& c, const std::string& path) {
    const Rule& r = *c.rule;
    const std::string rule_path = join(path, "rule.kind");
    bool has_target = c.target.has_value();
    TargetKind tk = has_target ? c.target->kind : TargetKind::kQualitative;
    switch (r.kind) {
      case RuleKind::kDeductionPerOccurrence:
        if (has_target) fail(join(path, "target"), "quy tắc trừ điểm theo số lần không dùng chỉ tiêu");
        break;
      case RuleKind::kQualitative:
        if (has_target && tk != TargetKind::kQualitative) fail(rule_path, "quy tắc định tính cần chỉ tiêu định tính");
        break;
      case RuleKind::kTargetMet:
      case RuleKind::kDisqualifying:
        if (!has_target) fail(join(path, "target"), "thiếu chỉ tiêu cho quy tắc '" + std::string(rule_kind_name(r.kind)) + "'");
        break;
      case RuleKind::kProportional:
        if (!has_target) fail(join(path, "target"), "thiếu chỉ tiêu cho quy tắc 'proportional'");
        if (tk == TargetKind::kQualitative) fail(rule_path, "chỉ tiêu định tính không chấm tỷ lệ được; dùng 'qualitative'");
        break;
      case RuleKind::kBonusExceeding:
        if (!has_target) fail(join(path, "target"), "thiếu chỉ tiêu cho quy tắc 'bonus_exceeding'");
        if (tk == TargetKind::kQualitative || tk == TargetKind::kComposite ||
            (tk == TargetKind::kRate && c.target->direction == Direction::kEqual)) {
          fail(rule_path, "thưởng vượt chỉ tiêu cần một chỉ tiêu đo được có thể vượt (không gộp, không 'equal')");
        }
        break;
    }
  }

  Criterion node(const json& j, const std::string& path, int depth) {
    detail::check_keys(j, {"id", "name", "description", "max_points", "criteria", "target", "rule", "not_applicable"},
                       path);
    Criterion c;
    c.id = take_id(j, path);
    c.name = detail::get_string(j, "name", path);
    c.description = detail::get_string(j, "description", path, false);
    c.max_points = max_points(j, path);
    const json* children = detail::member(j, "criteria");
    if (children) {
      if (detail::member(j, "target") || detail::member(j, "rule") || detail::member(j, "not_applicable")) {
        fail(path, "một mục có tiêu chí con không mang chỉ tiêu hay quy tắc riêng");
      }
      if (depth >= 4) fail(path, "cây tiêu chí quá sâu (tối đa 4 cấp)");
      const json& arr = detail::get_array(j, "criteria", path);
      if (arr.empty()) fail(join(path, "criteria"), "mục phải có ít nhất một tiêu chí");
      double sum = 0;
      for (size_t i = 0; i < arr.size(); ++i) {
        c.criteria.push_back(node(arr[i], index(join(path, "criteria"), i), depth + 1));
        sum += c.criteria.back().max_points;
      }
      if (std::fabs(sum - c.max_points) > kEps) {
        fail(path, "Tổng điểm tối đa các tiêu chí (" + num(sum) + ") không bằng điểm tối đa của mục '" + c.name +
                       "' (" + num(c.max_points) + ")");
      }
      group_ids.insert(c.id);
    } else {
      const json* r = detail::member(j, "rule");
      if (!r) fail(join(path, "rule"), "tiêu chí phải có quy tắc chấm điểm (hoặc các tiêu chí con)");
      if (const json* t = detail::member(j, "target")) c.target = target(*t, join(path, "target"), false);
      c.rule = rule(*r, join(path, "rule"), c);
      check_rule_fits_target(c, path);
      std::string na = detail::get_string(j, "not_applicable", path, false);
      if (na == "full_points") c.not_applicable = NotApplicable::kFullPoints;
      else if (na == "no_points") c.not_applicable = NotApplicable::kNoPoints;
      else if (na.empty() || na == "drop") c.not_applicable = NotApplicable::kDrop;
      else fail(join(path, "not_applicable"), "'" + na + "' không hợp lệ (drop, full_points, no_points)");
    }
    return c;
  }

  AdjustmentLine line(const json& j, const std::string& path) {
    detail::check_keys(j, {"id", "name", "points", "cap", "indicator"}, path);
    AdjustmentLine l;
    l.id = take_id(j, path);
    l.name = detail::get_string(j, "name", path);
    l.points = detail::get_number(j, "points", path);
    if (l.points <= 0) fail(join(path, "points"), "số điểm mỗi lần phải lớn hơn 0");
    l.cap = detail::get_number_opt(j, "cap", path);
    if (l.cap && *l.cap <= 0) fail(join(path, "cap"), "mức tối đa phải lớn hơn 0");
    if (detail::member(j, "indicator")) {
      const Indicator& ind = indicator(j, path);
      if (!ind.additive()) fail(join(path, "indicator"), "chỉ số đếm số lần không được là tỷ lệ");
      l.indicator = ind.code;
    }
    return l;
  }
};

std::optional<Date> date_opt(const json& j, const char* key) {
  const json* v = detail::member(j, key);
  if (!v) return std::nullopt;
  if (!v->is_string()) fail(key, "ngày phải có dạng YYYY-MM-DD");
  auto d = Date::parse_iso(v->get<std::string>());
  if (!d) fail(key, "ngày phải có dạng YYYY-MM-DD");
  return d;
}

std::optional<double> cap_opt(const json& j, const char* key) {
  auto v = detail::get_number_opt(j, key, "");
  if (v && *v < 0) fail(key, "mức tối đa không được âm");
  return v;
}

json target_json(const Target& t) {
  json j = {{"kind", target_kind_name(t.kind)}};
  if (t.kind == TargetKind::kComposite) {
    json all = json::array();
    for (const Target& p : t.all) all.push_back(target_json(p));
    j["all"] = std::move(all);
  } else if (t.kind != TargetKind::kQualitative) {
    j["indicator"] = t.indicator;
    j["direction"] = direction_name(t.direction);
    j["value"] = number(t.value);
  }
  return j;
}

json node_json(const Criterion& c) {
  json j = {{"id", c.id}, {"name", c.name}, {"max_points", number(c.max_points)}};
  if (!c.description.empty()) j["description"] = c.description;
  if (!c.is_leaf()) {
    json arr = json::array();
    for (const Criterion& k : c.criteria) arr.push_back(node_json(k));
    j["criteria"] = std::move(arr);
    return j;
  }
  if (c.target) j["target"] = target_json(*c.target);
  if (c.target && c.target->kind != TargetKind::kQualitative && c.target->kind != TargetKind::kCount)
    j["not_applicable"] = not_applicable_name(c.not_applicable);
  const Rule& r = *c.rule;
  json rj = {{"kind", rule_kind_name(r.kind)}};
  if (r.kind == RuleKind::kDeductionPerOccurrence) {
    if (!r.indicator.empty()) rj["indicator"] = r.indicator;
    rj["points_per_occurrence"] = number(r.points_per_occurrence);
    if (r.cap) rj["cap"] = number(*r.cap);
  }
  if (r.kind == RuleKind::kBonusExceeding) {
    rj["bonus_per_point"] = number(r.bonus_per_point);
    rj["bonus_cap"] = number(r.bonus_cap);
  }
  j["rule"] = std::move(rj);
  return j;
}

json line_json(const AdjustmentLine& l) {
  json j = {{"id", l.id}, {"name", l.name}, {"points", number(l.points)}};
  if (l.cap) j["cap"] = number(*l.cap);
  if (!l.indicator.empty()) j["indicator"] = l.indicator;
  return j;
}

}  // namespace

ScoringScheme ScoringScheme::from_json(const json& j, const IndicatorCatalogue& catalogue) {
  detail::check_keys(j, {"id", "version", "name", "scope", "valid_from", "valid_to", "total_points", "sections",
                         "bonuses", "bonus_cap", "deductions", "deduction_cap", "classification",
                         "incomplete_max_level"}, "");
  ScoringScheme s;
  Loader L{catalogue, {}, {}};
  s.id = detail::get_string(j, "id", "");
  if (!valid_id(s.id)) fail("id", "mã bảng điểm '" + s.id + "' chỉ gồm chữ thường không dấu, số, '_' và '-'");
  double version = detail::get_number(j, "version", "");
  if (version < 1 || version > 1000000 || std::floor(version) != version)
    fail("version", "phiên bản phải là số nguyên dương (tối đa 1.000.000)");
  s.version = static_cast<int>(version);
  s.name = detail::get_string(j, "name", "");
  if (s.name.size() > 1000) fail("name", "tên quy định quá dài (tối đa 1.000 ký tự)");

  const json* scope = detail::member(j, "scope");
  if (!scope) fail("scope", "thiếu phạm vi áp dụng (cụm/khối và năm, hoặc phong trào)");
  detail::check_keys(*scope, {"group", "year", "movement"}, "scope");
  s.scope.group = detail::get_string(*scope, "group", "scope", false);
  s.scope.movement = detail::get_string(*scope, "movement", "scope", false);
  if (auto y = detail::get_number_opt(*scope, "year", "scope")) {
    if (*y < 1900 || *y > 2200 || std::floor(*y) != *y) fail("scope.year", "năm không hợp lệ");
    s.scope.year = static_cast<int>(*y);
  }
  if (s.scope.group.empty() == s.scope.movement.empty()) {
    fail("scope", "phạm vi là một cụm/khối thi đua (group, year) hoặc một phong trào (movement)");
  }
  if (!s.scope.group.empty() && s.scope.year == 0) fail("scope.year", "bảng điểm của cụm/khối phải ghi năm áp dụng");

  s.valid_from = date_opt(j, "valid_from");
  s.valid_to = date_opt(j, "valid_to");
  if (s.valid_from && s.valid_to && *s.valid_to < *s.valid_from) fail("valid_to", "ngày hết hiệu lực trước ngày có hiệu lực");

  s.total_points = detail::get_number(j, "total_points", "");
  if (s.total_points <= 0) fail("total_points", "tổng điểm phải lớn hơn 0");
  const json& sections = detail::get_array(j, "sections", "");
  if (sections.empty()) fail("sections", "bảng điểm phải có ít nhất một mục");
  double sum = 0;
  for (size_t i = 0; i < sections.size(); ++i) {
    s.sections.push_back(L.node(sections[i], index("sections", i), 0));
    sum += s.sections.back().max_points;
  }
  if (std::fabs(sum - s.total_points) > kEps) {
    fail("sections", "Tổng điểm tối đa các mục (" + num(sum) + ") không bằng tổng điểm của bảng điểm (" +
                         num(s.total_points) + ")");
  }
  // Leaves are groups' ids too, for conditions on a single criterion.
  std::function<void(const Criterion&)> all_ids = [&](const Criterion& c) {
    L.group_ids.insert(c.id);
    for (const Criterion& k : c.criteria) all_ids(k);
  };
  for (const Criterion& c : s.sections) all_ids(c);

  const json& bonuses = detail::get_array(j, "bonuses", "", false);
  for (size_t i = 0; i < bonuses.size(); ++i) s.bonuses.push_back(L.line(bonuses[i], index("bonuses", i)));
  s.bonus_cap = cap_opt(j, "bonus_cap");
  const json& deductions = detail::get_array(j, "deductions", "", false);
  for (size_t i = 0; i < deductions.size(); ++i) s.deductions.push_back(L.line(deductions[i], index("deductions", i)));
  s.deduction_cap = cap_opt(j, "deduction_cap");

  const json& levels = detail::get_array(j, "classification", "");
  if (levels.size() < 2) fail("classification", "cần ít nhất hai mức xếp loại");
  std::set<std::string> codes;
  std::optional<double> prev_min;
  for (size_t i = 0; i < levels.size(); ++i) {
    const std::string path = index("classification", i);
    detail::check_keys(levels[i], {"code", "name", "min_points", "conditions"}, path);
    ClassificationLevel lv;
    lv.code = detail::get_string(levels[i], "code", path);
    if (!valid_id(lv.code)) fail(join(path, "code"), "mã xếp loại '" + lv.code + "' chỉ gồm chữ thường không dấu, số, '_' và '-'");
    if (!codes.insert(lv.code).second) fail(join(path, "code"), "mã xếp loại '" + lv.code + "' bị trùng");
    lv.name = detail::get_string(levels[i], "name", path);
    lv.min_points = detail::get_number_opt(levels[i], "min_points", path);
    const json& conds = detail::get_array(levels[i], "conditions", path, false);
    for (size_t k = 0; k < conds.size(); ++k) {
      const std::string cpath = index(join(path, "conditions"), k);
      ClassificationCondition c;
      std::string kind = detail::get_string(conds[k], "kind", cpath);
      if (kind == "no_disqualifying") {
        detail::check_keys(conds[k], {"kind"}, cpath);
        c.kind = ClassificationCondition::Kind::kNoDisqualifying;
      } else if (kind == "all_met") {
        detail::check_keys(conds[k], {"kind", "section"}, cpath);
        c.kind = ClassificationCondition::Kind::kAllMet;
        c.section = detail::get_string(conds[k], "section", cpath);
        if (!L.group_ids.count(c.section)) fail(join(cpath, "section"), "không có mục hay tiêu chí '" + c.section + "' trong bảng điểm");
      } else if (kind == "max_deductions") {
        detail::check_keys(conds[k], {"kind", "points"}, cpath);
        c.kind = ClassificationCondition::Kind::kMaxDeductions;
        c.points = detail::get_number(conds[k], "points", cpath);
        if (c.points < 0) fail(join(cpath, "points"), "không được âm");
      } else {
        fail(join(cpath, "kind"), "loại điều kiện '" + kind + "' không hợp lệ (no_disqualifying, all_met, max_deductions)");
      }
      lv.conditions.push_back(std::move(c));
    }
    bool last = i + 1 == levels.size();
    if (last) {
      if (lv.min_points || !lv.conditions.empty()) {
        fail(path, "mức xếp loại cuối cùng ('" + lv.name + "') là mức còn lại: không có ngưỡng điểm hay điều kiện");
      }
    } else {
      if (!lv.min_points) fail(join(path, "min_points"), "thiếu ngưỡng điểm của mức '" + lv.name + "'");
      if (*lv.min_points < 0) fail(join(path, "min_points"), "ngưỡng điểm không được âm");
      if (prev_min && *lv.min_points >= *prev_min) {
        fail(join(path, "min_points"), "ngưỡng điểm phải giảm dần từ mức cao xuống mức thấp (" + num(*lv.min_points) +
                                           " không nhỏ hơn " + num(*prev_min) + ")");
      }
      prev_min = lv.min_points;
    }
    s.levels.push_back(std::move(lv));
  }
  s.incomplete_max_level = static_cast<int>(s.levels.size()) - 2;
  if (const json* m = detail::member(j, "incomplete_max_level")) {
    if (!m->is_string()) fail("incomplete_max_level", "phải là mã một mức xếp loại");
    auto it = std::find_if(s.levels.begin(), s.levels.end(), [&](const auto& l) { return l.code == m->get<std::string>(); });
    if (it == s.levels.end()) fail("incomplete_max_level", "không có mức xếp loại '" + m->get<std::string>() + "'");
    s.incomplete_max_level = static_cast<int>(it - s.levels.begin());
  }
  return s;
}

const char* not_applicable_name(NotApplicable n) {
  switch (n) {
    case NotApplicable::kFullPoints: return "full_points";
    case NotApplicable::kNoPoints: return "no_points";
    default: return "drop";
  }
}

const char* not_applicable_text(NotApplicable n) {
  switch (n) {
    case NotApplicable::kFullPoints: return "theo quy định coi như đạt, đủ điểm";
    case NotApplicable::kNoPoints: return "theo quy định không tính điểm";
    default: return "theo quy định không tính tiêu chí này, quy đổi điểm theo các tiêu chí còn lại";
  }
}

json ScoringScheme::to_json() const {
  json j;
  j["id"] = id;
  j["version"] = version;
  j["name"] = name;
  json sc = json::object();
  if (!scope.group.empty()) sc["group"] = scope.group;
  if (scope.year) sc["year"] = scope.year;
  if (!scope.movement.empty()) sc["movement"] = scope.movement;
  j["scope"] = std::move(sc);
  if (valid_from) j["valid_from"] = valid_from->iso();
  if (valid_to) j["valid_to"] = valid_to->iso();
  j["total_points"] = number(total_points);
  json secs = json::array();
  for (const Criterion& c : sections) secs.push_back(node_json(c));
  j["sections"] = std::move(secs);
  if (!bonuses.empty()) {
    json arr = json::array();
    for (const auto& l : bonuses) arr.push_back(line_json(l));
    j["bonuses"] = std::move(arr);
  }
  if (bonus_cap) j["bonus_cap"] = number(*bonus_cap);
  if (!deductions.empty()) {
    json arr = json::array();
    for (const auto& l : deductions) arr.push_back(line_json(l));
    j["deductions"] = std::move(arr);
  }
  if (deduction_cap) j["deduction_cap"] = number(*deduction_cap);
  json lv = json::array();
  for (const ClassificationLevel& l : levels) {
    json e = {{"code", l.code}, {"name", l.name}};
    if (l.min_points) e["min_points"] = number(*l.min_points);
    if (!l.conditions.empty()) {
      json conds = json::array();
      for (const auto& c : l.conditions) {
        switch (c.kind) {
          case ClassificationCondition::Kind::kNoDisqualifying: conds.push_back({{"kind", "no_disqualifying"}}); break;
          case ClassificationCondition::Kind::kAllMet: conds.push_back({{"kind", "all_met"}, {"section", c.section}}); break;
          case ClassificationCondition::Kind::kMaxDeductions:
            conds.push_back({{"kind", "max_deductions"}, {"points", number(c.points)}});
            break;
        }
      }
      e["conditions"] = std::move(conds);
    }
    lv.push_back(std::move(e));
  }
  j["classification"] = std::move(lv);
  j["incomplete_max_level"] = levels.at(static_cast<size_t>(incomplete_max_level)).code;
  return j;
}

std::string describe_target(const Target& t, const IndicatorCatalogue& catalogue) {
  auto v = [](double x) { return format_vn(x, 2, true); };
  switch (t.kind) {
    case TargetKind::kChange:
      if (t.direction == Direction::kDecrease) {
        return t.value > 0 ? "giảm " + v(t.value) + "% so với cùng kỳ" : "giảm so với cùng kỳ";
      }
      return t.value > 0 ? "tăng " + v(t.value) + "% so với cùng kỳ" : "tăng so với cùng kỳ";
    case TargetKind::kRate:
      if (t.direction == Direction::kAbove) return "trên " + v(t.value) + "%";
      if (t.direction == Direction::kAtLeast) return "từ " + v(t.value) + "% trở lên";
      return "đạt " + v(t.value) + "%";
    case TargetKind::kCount: {
      const Indicator* ind = catalogue.find(t.indicator);
      std::string unit = ind ? " " + ind->unit : "";
      if (t.direction == Direction::kAtMost) return t.value == 0 ? "không để xảy ra" : "không quá " + v(t.value) + unit;
      return "ít nhất " + v(t.value) + unit;
    }
    case TargetKind::kComposite: {
      std::string s = "cả " + std::to_string(t.all.size()) + " chỉ tiêu: ";
      for (size_t i = 0; i < t.all.size(); ++i) {
        const Indicator* ind = catalogue.find(t.all[i].indicator);
        if (i) s += "; ";
        s += (ind ? ind->name : t.all[i].indicator) + " " + describe_target(t.all[i], catalogue);
      }
      return s;
    }
    case TargetKind::kQualitative: return "đạt yêu cầu";
  }
  return {};
}

}  // namespace thidua::scoring
