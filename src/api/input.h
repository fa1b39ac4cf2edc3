// Reading a JSON request body strictly: the body must be an object, every key must be one the
// route knows, and each value must have the right type and size. Anything else is a 400 with a
// message naming the field, before anything is changed.
#pragma once
#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"

namespace thidua::api {

// Parses a JSON text from outside strictly: valid UTF-8, at most kMaxJsonDepth levels of nesting,
// no key twice in one object, no integer beyond int64. Throws Error::Invalid (naming the
// duplicated key) otherwise. Used for every request body and JSON in a query string.
constexpr int kMaxJsonDepth = 64;
nlohmann::json parse_strict_json(const std::string& text);

class Input {
 public:
  // Parses `body`; throws Error::Invalid on malformed JSON, invalid UTF-8, a non-object or a
  // key outside `allowed`.
  Input(const std::string& body, std::initializer_list<const char*> allowed);

  // Strings are NFC-normalised and trimmed; longer than max_bytes → invalid.
  std::string str(const char* key, size_t max_bytes = 300);
  std::optional<std::string> opt_str(const char* key, size_t max_bytes = 300);
  int64_t id(const char* key);
  std::optional<int64_t> opt_id(const char* key);
  std::optional<int64_t> opt_int(const char* key, int64_t min, int64_t max);
  Date date(const char* key);
  std::optional<Date> opt_date(const char* key);
  std::optional<bool> opt_bool(const char* key);
  std::vector<int64_t> ids(const char* key, size_t max_count = 100);
  bool has(const char* key) const { return j_.contains(key) && !j_[key].is_null(); }
  // Sent as null (as opposed to left out): "remove this".
  bool is_null(const char* key) const { return j_.contains(key) && j_[key].is_null(); }
  // The raw JSON value, for fields a domain parser validates itself (a period, indicator
  // values, a scoring scheme); nullptr when absent.
  const nlohmann::json* opt_json(const char* key) const { return has(key) ? &j_[key] : nullptr; }
  const nlohmann::json& json_value(const char* key) const;
  // A nested object read with the same rules.
  Input object(const char* key, std::initializer_list<const char*> allowed);

 private:
  Input(nlohmann::json j, std::initializer_list<const char*> allowed, std::string prefix);
  std::string name(const char* key) const { return prefix_ + key; }
  nlohmann::json j_;
  std::string prefix_;
};

// Query-string helpers (?limit=…&offset=…); throw Error::Invalid on a malformed number.
struct Page {
  int limit = 50, offset = 0;
};
Page parse_page(const std::optional<std::string>& limit, const std::optional<std::string>& offset);
std::optional<int64_t> parse_id(const std::optional<std::string>& s, const char* name);
// A path segment that must be a positive id; otherwise 404.
int64_t path_id(const std::string& s);

}  // namespace thidua::api
