#include "api/input.h"

#include <charconv>
#include <limits>
#include <set>

#include "core/error.h"
#include "text/vietnamese.h"

namespace thidua::api {

namespace {
std::string trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t\r\n");
  if (a == std::string::npos) return "";
  size_t b = s.find_last_not_of(" \t\r\n");
  return s.substr(a, b - a + 1);
}
bool parse_i64(const std::string& s, int64_t& out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}
struct Refused {
  std::string message, field;
};
}  // namespace

nlohmann::json parse_strict_json(const std::string& text) {
  using nlohmann::json;
  if (!text::is_valid_utf8(text)) throw Error::Invalid("Nội dung yêu cầu không phải UTF-8 hợp lệ");
  std::vector<std::set<std::string>> keys;  // the keys seen in each open object
  int depth = 0;
  json::parser_callback_t cb = [&](int, json::parse_event_t ev, json& parsed) {
    switch (ev) {
      case json::parse_event_t::object_start:
        keys.emplace_back();
        [[fallthrough]];
      case json::parse_event_t::array_start:
        if (++depth > kMaxJsonDepth)
          throw Refused{"JSON lồng nhau quá sâu (tối đa " + std::to_string(kMaxJsonDepth) + " mức)", ""};
        break;
      case json::parse_event_t::object_end:
        if (!keys.empty()) keys.pop_back();
        [[fallthrough]];
      case json::parse_event_t::array_end:
        --depth;
        break;
      case json::parse_event_t::key: {
        const auto& k = parsed.get_ref<const std::string&>();
        if (!keys.empty() && !keys.back().insert(k).second)
          throw Refused{"Trường " + k + " xuất hiện hai lần", k};
        break;
      }
      case json::parse_event_t::value:
        if (parsed.is_number_unsigned() &&
            parsed.get<uint64_t>() > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
          throw Refused{"Số quá lớn", ""};
        break;
    }
    return true;
  };
  try {
    return json::parse(text, cb, true);
  } catch (const Refused& r) {
    throw Error::Invalid(r.message, r.field);
  } catch (const json::exception&) {
    throw Error::Invalid("JSON không hợp lệ, bị cắt cụt hoặc chứa số ngoài khoảng cho phép");
  }
}

Input::Input(const std::string& body, std::initializer_list<const char*> allowed) {
  if (body.empty()) throw Error::Invalid("Thiếu nội dung JSON trong yêu cầu");
  *this = Input(parse_strict_json(body), allowed, "");
}

Input::Input(nlohmann::json j, std::initializer_list<const char*> allowed, std::string prefix)
    : j_(std::move(j)), prefix_(std::move(prefix)) {
  if (!j_.is_object()) throw Error::Invalid(prefix_.empty() ? "Nội dung phải là một đối tượng JSON" : "Trường " + prefix_ + " phải là một đối tượng");
  for (auto it = j_.begin(); it != j_.end(); ++it) {
    bool known = false;
    for (const char* a : allowed) known = known || it.key() == a;
    if (!known) throw Error::Invalid("Trường không được hỗ trợ: " + prefix_ + it.key(), prefix_ + it.key());
  }
}

const nlohmann::json& Input::json_value(const char* key) const {
  if (!has(key)) throw Error::Invalid("Thiếu trường " + name(key), name(key));
  return j_[key];
}

Input Input::object(const char* key, std::initializer_list<const char*> allowed) {
  if (!has(key)) throw Error::Invalid("Thiếu trường " + name(key), name(key));
  return Input(j_[key], allowed, name(key) + ".");
}

std::optional<std::string> Input::opt_str(const char* key, size_t max_bytes) {
  if (!has(key)) return std::nullopt;
  const auto& v = j_[key];
  if (!v.is_string()) throw Error::Invalid("Trường " + name(key) + " phải là chuỗi", name(key));
  std::string s = trim(text::to_nfc(v.get<std::string>()));
  if (s.size() > max_bytes)
    throw Error::Invalid("Trường " + name(key) + " quá dài (tối đa " + std::to_string(max_bytes) + " byte)", name(key));
  for (unsigned char c : s)
    if (c < 0x20 && c != '\n' && c != '\t') throw Error::Invalid("Trường " + name(key) + " chứa ký tự điều khiển", name(key));
  if (s.empty()) return std::nullopt;
  return s;
}

std::string Input::str(const char* key, size_t max_bytes) {
  auto s = opt_str(key, max_bytes);
  if (!s) throw Error::Invalid("Thiếu trường " + name(key), name(key));
  return *s;
}

std::optional<int64_t> Input::opt_id(const char* key) {
  if (!has(key)) return std::nullopt;
  const auto& v = j_[key];
  if (!v.is_number_integer() || v.get<int64_t>() <= 0)
    throw Error::Invalid("Trường " + name(key) + " phải là số nguyên dương", name(key));
  return v.get<int64_t>();
}

int64_t Input::id(const char* key) {
  auto v = opt_id(key);
  if (!v) throw Error::Invalid("Thiếu trường " + name(key), name(key));
  return *v;
}

std::optional<int64_t> Input::opt_int(const char* key, int64_t min, int64_t max) {
  if (!has(key)) return std::nullopt;
  const auto& v = j_[key];
  if (!v.is_number_integer()) throw Error::Invalid("Trường " + name(key) + " phải là số nguyên", name(key));
  int64_t x = v.get<int64_t>();
  if (x < min || x > max) throw Error::Invalid("Trường " + name(key) + " ngoài khoảng cho phép", name(key));
  return x;
}

std::optional<Date> Input::opt_date(const char* key) {
  if (!has(key)) return std::nullopt;
  const auto& v = j_[key];
  std::optional<Date> d;
  if (v.is_string()) d = Date::parse_iso(v.get<std::string>());
  if (!d) throw Error::Invalid("Trường " + name(key) + " phải là ngày dạng YYYY-MM-DD", name(key));
  return d;
}

Date Input::date(const char* key) {
  auto d = opt_date(key);
  if (!d) throw Error::Invalid("Thiếu trường " + name(key), name(key));
  return *d;
}

std::optional<bool> Input::opt_bool(const char* key) {
  if (!has(key)) return std::nullopt;
  if (!j_[key].is_boolean()) throw Error::Invalid("Trường " + name(key) + " phải là true/false", name(key));
  return j_[key].get<bool>();
}

std::vector<int64_t> Input::ids(const char* key, size_t max_count) {
  if (!has(key)) throw Error::Invalid("Thiếu trường " + name(key), name(key));
  const auto& v = j_[key];
  if (!v.is_array() || v.size() > max_count) throw Error::Invalid("Trường " + name(key) + " phải là danh sách mã số", name(key));
  std::vector<int64_t> out;
  for (const auto& x : v) {
    if (!x.is_number_integer() || x.get<int64_t>() <= 0)
      throw Error::Invalid("Trường " + name(key) + " chỉ chứa số nguyên dương", name(key));
    out.push_back(x.get<int64_t>());
  }
  return out;
}

Page parse_page(const std::optional<std::string>& limit, const std::optional<std::string>& offset) {
  Page p;
  int64_t v;
  if (limit) {
    if (!parse_i64(*limit, v) || v < 1 || v > 1000) throw Error::Invalid("limit phải từ 1 đến 1000", "limit");
    p.limit = static_cast<int>(v);
  }
  if (offset) {
    if (!parse_i64(*offset, v) || v < 0 || v > 100000000) throw Error::Invalid("offset phải là số nguyên không âm", "offset");
    p.offset = static_cast<int>(v);
  }
  return p;
}

std::optional<int64_t> parse_id(const std::optional<std::string>& s, const char* name) {
  if (!s || s->empty()) return std::nullopt;
  int64_t v;
  if (!parse_i64(*s, v) || v <= 0) throw Error::Invalid(std::string(name) + " phải là số nguyên dương", name);
  return v;
}

int64_t path_id(const std::string& s) {
  int64_t v;
  if (!parse_i64(s, v) || v <= 0) throw Error::NotFound("Không tìm thấy");
  return v;
}

}  // namespace thidua::api
