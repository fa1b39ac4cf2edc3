#include "core/emulation_targets.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/error.h"

namespace thidua::emulation {
namespace {

using nlohmann::json;

bool in(std::string_view v, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), v) != set.end();
}

// The keys each kind may carry (every kind may also carry "text" and "measure").
std::vector<std::string_view> keys_for(std::string_view kind) {
  if (kind == "change") return {"kind", "indicator", "direction", "value", "unit", "baseline", "text", "measure"};
  if (kind == "rate") return {"kind", "indicator", "direction", "value", "unit", "text", "measure"};
  if (kind == "count") return {"kind", "indicator", "direction", "value", "unit", "text", "measure"};
  if (kind == "composite") return {"kind", "all_of", "text", "measure"};
  return {"kind", "text", "measure"};
}

class Reader {
 public:
  Reader(const json& j, std::string field) : j_(j), field_(std::move(field)) {}
  std::string f(const char* key) const { return field_ + "." + key; }

  std::string str(const char* key, size_t max, bool required, const char* what) const {
    if (!j_.contains(key) || j_[key].is_null()) {
      if (required) throw Error::Invalid(std::string("Thiếu ") + what, f(key));
      return {};
    }
    if (!j_[key].is_string()) throw Error::Invalid(std::string(what) + " phải là chuỗi", f(key));
    std::string s = j_[key].get<std::string>();
    size_t a = s.find_first_not_of(" \t\r\n"), b = s.find_last_not_of(" \t\r\n");
    s = a == std::string::npos ? "" : s.substr(a, b - a + 1);
    if (required && s.empty()) throw Error::Invalid(std::string(what) + " không được để trống", f(key));
    if (s.size() > max)
      throw Error::Invalid(std::string(what) + " quá dài (tối đa " + std::to_string(max) + " byte)", f(key));
    for (unsigned char c : s)
      if (c < 0x20 && c != '\n' && c != '\t') throw Error::Invalid(std::string(what) + " chứa ký tự điều khiển", f(key));
    return s;
  }

  double number(const char* key) const {
    if (!j_.contains(key) || j_[key].is_null()) throw Error::Invalid("Thiếu giá trị chỉ tiêu", f(key));
    // JSON booleans are not numbers here; strings like "7" are refused, not guessed.
    if (!j_[key].is_number()) throw Error::Invalid("Giá trị chỉ tiêu phải là số", f(key));
    double v = j_[key].get<double>();
    if (!std::isfinite(v)) throw Error::Invalid("Giá trị chỉ tiêu không hợp lệ", f(key));
    return v;
  }

 private:
  const json& j_;
  std::string field_;
};

void check_indicator(const std::string& code, const std::string& field) {
  bool ok = !code.empty() && code.size() <= 64 && code[0] >= 'a' && code[0] <= 'z';
  for (char c : code) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
  if (!ok)
    throw Error::Invalid("Mã chỉ số phải gồm chữ thường không dấu, số và dấu _ (ví dụ toi_pham_ttxh)", field);
}

std::string number_text(double v) {
  char buf[32];
  if (v == std::floor(v) && std::fabs(v) < 1e15) std::snprintf(buf, sizeof buf, "%.0f", v);
  else std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

}  // namespace

const std::vector<TargetCode>& commitment_kinds() {
  static const std::vector<TargetCode> k = {{"change", "Tăng/giảm so với kỳ trước"},
                                            {"rate", "Tỷ lệ"},
                                            {"count", "Số lượng"},
                                            {"composite", "Nhiều tiêu chí cùng đạt"},
                                            {"qualitative", "Định tính (đạt / không đạt)"}};
  return k;
}
const std::vector<TargetCode>& commitment_directions() {
  static const std::vector<TargetCode> d = {{"decrease", "Giảm ít nhất"}, {"increase", "Tăng ít nhất"},
                                            {"above", "Trên"},           {"at_least", "Đạt ít nhất"},
                                            {"at_most", "Không quá"},    {"below", "Dưới"},
                                            {"equal", "Bằng"}};
  return d;
}
const std::vector<TargetCode>& commitment_baselines() {
  static const std::vector<TargetCode> b = {{"previous_year", "So với năm trước"},
                                            {"same_period_previous_year", "So với cùng kỳ năm trước"}};
  return b;
}

Commitment parse_commitment(const json& j, const std::string& field) {
  if (!j.is_object()) throw Error::Invalid("Mỗi chỉ tiêu phải là một đối tượng JSON", field);
  Reader r(j, field);
  Commitment c;
  c.kind = r.str("kind", 20, true, "loại chỉ tiêu (kind)");
  if (!in(c.kind, {"change", "rate", "count", "composite", "qualitative"}))
    throw Error::Invalid("Loại chỉ tiêu không hợp lệ: " + c.kind + " (change, rate, count, composite, qualitative)",
                         field + ".kind");
  auto allowed = keys_for(c.kind);
  for (auto it = j.begin(); it != j.end(); ++it)
    if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end())
      throw Error::Invalid("Trường " + it.key() + " không dùng cho chỉ tiêu loại " + c.kind, field + "." + it.key());
  c.text = r.str("text", 2000, c.kind == "composite" || c.kind == "qualitative", "nội dung chỉ tiêu (text)");
  c.measure = r.str("measure", 500, false, "tên chỉ số (measure)");

  if (c.kind == "qualitative") return c;
  if (c.kind == "composite") {
    if (!j.contains("all_of") || !j["all_of"].is_array())
      throw Error::Invalid("Chỉ tiêu tổng hợp cần danh sách all_of", field + ".all_of");
    const json& parts = j["all_of"];
    if (parts.size() < 2 || parts.size() > 10)
      throw Error::Invalid("Chỉ tiêu tổng hợp gồm từ 2 đến 10 tiêu chí", field + ".all_of");
    for (size_t i = 0; i < parts.size(); ++i) {
      std::string pf = field + ".all_of[" + std::to_string(i) + "]";
      Commitment part = parse_commitment(parts[i], pf);
      if (part.kind == "composite" || part.kind == "qualitative")
        throw Error::Invalid("Tiêu chí trong chỉ tiêu tổng hợp phải là chỉ tiêu định lượng (change, rate, count)",
                             pf + ".kind");
      c.all_of.push_back(std::move(part));
    }
    return c;
  }

  c.indicator = r.str("indicator", 64, true, "mã chỉ số (indicator)");
  check_indicator(c.indicator, field + ".indicator");
  c.direction = r.str("direction", 20, true, "hướng của chỉ tiêu (direction)");
  // A change may name no amount: "giảm tai nạn giao thông" means any decrease against the baseline.
  bool has_value = c.kind != "change" || (j.contains("value") && !j["value"].is_null());
  double v = has_value ? r.number("value") : 0;
  c.unit = r.str("unit", 40, c.kind == "change" && has_value, "đơn vị tính (unit)");

  if (c.kind == "change") {
    if (!in(c.direction, {"decrease", "increase"}))
      throw Error::Invalid("Chỉ tiêu tăng/giảm có direction là decrease hoặc increase", field + ".direction");
    if (has_value && v <= 0) throw Error::Invalid("Mức tăng/giảm phải lớn hơn 0", field + ".value");
    if (c.unit == "%" && c.direction == "decrease" && v > 100)
      throw Error::Invalid("Không thể giảm quá 100%", field + ".value");
    if (c.unit == "%" && v > 1000) throw Error::Invalid("Mức tăng quá lớn (tối đa 1000%)", field + ".value");
    if (!has_value) c.unit.clear();  // a unit means nothing without an amount
    c.baseline = r.str("baseline", 40, false, "mốc so sánh (baseline)");
    if (c.baseline.empty()) c.baseline = "previous_year";
    if (!in(c.baseline, {"previous_year", "same_period_previous_year"}))
      throw Error::Invalid("Mốc so sánh phải là previous_year hoặc same_period_previous_year", field + ".baseline");
  } else if (c.kind == "rate") {
    if (!in(c.direction, {"above", "at_least", "at_most", "below", "equal"}))
      throw Error::Invalid("Chỉ tiêu tỷ lệ có direction là above, at_least, at_most, below hoặc equal",
                           field + ".direction");
    if (c.unit.empty()) c.unit = "%";
    if (c.unit != "%") throw Error::Invalid("Chỉ tiêu tỷ lệ tính bằng %", field + ".unit");
    if (v < 0 || v > 100) throw Error::Invalid("Tỷ lệ phải từ 0 đến 100%", field + ".value");
    if ((c.direction == "above" && v >= 100) || (c.direction == "below" && v <= 0))
      throw Error::Invalid("Chỉ tiêu tỷ lệ này không thể đạt được", field + ".value");
  } else {  // count
    if (!in(c.direction, {"above", "at_least", "at_most", "below", "equal"}))
      throw Error::Invalid("Chỉ tiêu số lượng có direction là above, at_least, at_most, below hoặc equal",
                           field + ".direction");
    if (v < 0 || v != std::floor(v) || v > 1e9)
      throw Error::Invalid("Chỉ tiêu số lượng phải là số nguyên không âm", field + ".value");
    if (c.direction == "below" && v == 0) throw Error::Invalid("Chỉ tiêu \"dưới 0\" không thể đạt được", field + ".value");
  }
  if (has_value) c.value = v;
  return c;
}

std::vector<Commitment> parse_commitments(const json& j, const std::string& field, size_t min, size_t max) {
  if (!j.is_array()) throw Error::Invalid("Trường " + field + " phải là danh sách", field);
  if (j.size() < min)
    throw Error::Invalid(min == 1 ? "Cần ít nhất một chỉ tiêu" : "Cần ít nhất " + std::to_string(min) + " chỉ tiêu",
                         field);
  if (j.size() > max) throw Error::Invalid("Tối đa " + std::to_string(max) + " chỉ tiêu", field);
  std::vector<Commitment> out;
  for (size_t i = 0; i < j.size(); ++i) out.push_back(parse_commitment(j[i], field + "[" + std::to_string(i) + "]"));
  return out;
}

json to_json(const Commitment& c) {
  json j = {{"kind", c.kind}};
  if (c.kind == "composite") {
    json parts = json::array();
    for (const auto& p : c.all_of) parts.push_back(to_json(p));
    j["all_of"] = parts;
  } else if (c.kind != "qualitative") {
    j["indicator"] = c.indicator;
    j["direction"] = c.direction;
    j["value"] = c.value ? json(*c.value) : json();
    if (!c.unit.empty()) j["unit"] = c.unit;
    if (c.kind == "change") j["baseline"] = c.baseline;
  }
  if (!c.measure.empty()) j["measure"] = c.measure;
  if (!c.text.empty()) j["text"] = c.text;
  return j;
}

json to_json(const std::vector<Commitment>& list) {
  json a = json::array();
  for (const auto& c : list) a.push_back(to_json(c));
  return a;
}

std::string describe(const Commitment& c) {
  if (c.kind == "qualitative" || c.kind == "composite") return c.text;
  std::string what = c.measure.empty() ? c.indicator : c.measure;
  std::string dir;
  for (const auto& d : commitment_directions())
    if (c.direction == d.code) dir = d.label;
  std::string v = c.value ? number_text(*c.value) : "?";
  std::string unit = c.unit == "%" ? "%" : (c.unit.empty() ? "" : " " + c.unit);
  if (c.kind == "change") {
    std::string base = c.baseline == "same_period_previous_year" ? "so với cùng kỳ năm trước" : "so với năm trước";
    if (!c.value) return std::string(c.direction == "decrease" ? "Giảm " : "Tăng ") + what + " " + base;
    return dir + " " + v + unit + " " + what + " " + base;
  }
  return what + ": " + dir + " " + v + unit;
}

}  // namespace thidua::emulation
