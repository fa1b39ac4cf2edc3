// Reading validated JSON with the path of every value, so that a refusal names the field:
// "sections[1].criteria[2].rule.indicator: …". Internal to the scoring module.
#pragma once
#include <cmath>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/error.h"

namespace thidua::scoring::detail {

using nlohmann::json;

[[noreturn]] inline void fail(const std::string& path, const std::string& message) {
  if (path.empty()) throw Error::Invalid(message);
  throw Error::Invalid(path + ": " + message, path);
}

inline std::string join(const std::string& path, std::string_view key) {
  return path.empty() ? std::string(key) : path + "." + std::string(key);
}
inline std::string index(const std::string& path, size_t i) {
  return path + "[" + std::to_string(i) + "]";
}

inline void require_object(const json& j, const std::string& path) {
  if (!j.is_object()) fail(path, "phải là một đối tượng JSON");
}

// Refuses keys outside `allowed` (a typo such as "max_point" would otherwise pass silently).
inline void check_keys(const json& j, std::initializer_list<std::string_view> allowed,
                       const std::string& path) {
  require_object(j, path);
  for (auto it = j.begin(); it != j.end(); ++it) {
    bool ok = false;
    for (auto a : allowed) ok = ok || it.key() == a;
    if (!ok) fail(join(path, it.key()), "trường '" + it.key() + "' không được hỗ trợ");
  }
}

inline const json* member(const json& j, std::string_view key) {
  auto it = j.find(key);
  return it == j.end() || it->is_null() ? nullptr : &*it;
}

inline std::string get_string(const json& j, std::string_view key, const std::string& path,
                              bool required = true) {
  const json* v = member(j, key);
  if (!v) {
    if (required) fail(join(path, key), "thiếu trường bắt buộc");
    return {};
  }
  if (!v->is_string()) fail(join(path, key), "phải là chuỗi");
  std::string s = v->get<std::string>();
  if (required && s.empty()) fail(join(path, key), "không được để trống");
  return s;
}

inline std::optional<double> get_number_opt(const json& j, std::string_view key, const std::string& path) {
  const json* v = member(j, key);
  if (!v) return std::nullopt;
  if (!v->is_number()) fail(join(path, key), "phải là số");
  double d = v->get<double>();
  if (!std::isfinite(d)) fail(join(path, key), "phải là số hữu hạn");
  return d;
}

inline double get_number(const json& j, std::string_view key, const std::string& path) {
  auto d = get_number_opt(j, key, path);
  if (!d) fail(join(path, key), "thiếu trường bắt buộc");
  return *d;
}

inline const json& get_array(const json& j, std::string_view key, const std::string& path,
                             bool required = true) {
  static const json kEmpty = json::array();
  const json* v = member(j, key);
  if (!v) {
    if (required) fail(join(path, key), "thiếu trường bắt buộc");
    return kEmpty;
  }
  if (!v->is_array()) fail(join(path, key), "phải là một mảng");
  return *v;
}

// A number for export: integral values as JSON integers, so 10 stays 10 and not 10.0.
inline json number(double d) {
  if (std::floor(d) == d && std::fabs(d) < 9e15) return json(static_cast<int64_t>(d));
  return json(d);
}

}  // namespace thidua::scoring::detail
