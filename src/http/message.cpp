#include "http/message.h"

namespace thidua::http {

const std::string& Request::header(const std::string& lower_name) const {
  static const std::string empty;
  auto it = headers.find(lower_name);
  return it == headers.end() ? empty : it->second;
}

std::optional<std::string> url_decode(std::string_view s, bool plus_is_space) {
  std::string out;
  out.reserve(s.size());
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '%') {
      if (i + 2 >= s.size()) return std::nullopt;
      int a = hex(s[i + 1]), b = hex(s[i + 2]);
      if (a < 0 || b < 0) return std::nullopt;
      out.push_back(static_cast<char>(a * 16 + b));
      i += 2;
    } else if (c == '+' && plus_is_space) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::optional<std::string> Request::query(const std::string& name) const {
  size_t pos = 0;
  while (pos <= query_string.size()) {
    size_t amp = query_string.find('&', pos);
    if (amp == std::string::npos) amp = query_string.size();
    std::string_view part(query_string.data() + pos, amp - pos);
    size_t eq = part.find('=');
    std::string_view key = part.substr(0, eq);
    if (auto k = url_decode(key, true); k && *k == name) {
      if (eq == std::string_view::npos) return std::string();
      return url_decode(part.substr(eq + 1), true);
    }
    pos = amp + 1;
  }
  return std::nullopt;
}

std::optional<std::string> Request::cookie(const std::string& name) const {
  const std::string& c = header("cookie");
  size_t pos = 0;
  while (pos < c.size()) {
    while (pos < c.size() && (c[pos] == ' ' || c[pos] == ';')) ++pos;
    size_t end = c.find(';', pos);
    if (end == std::string::npos) end = c.size();
    std::string_view kv(c.data() + pos, end - pos);
    size_t eq = kv.find('=');
    if (eq != std::string_view::npos && kv.substr(0, eq) == name) return std::string(kv.substr(eq + 1));
    pos = end + 1;
  }
  return std::nullopt;
}

}  // namespace thidua::http
