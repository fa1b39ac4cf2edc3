#include "documents/tcvn3.h"

#include "core/error.h"
#include "documents/store.h"

namespace thidua::documents {

Tcvn3 Tcvn3::from_json(const nlohmann::json& j) {
  if (!j.is_object() || !j.contains("map") || !j["map"].is_object()) throw Error::Invalid("tcvn3.json: thiếu map");
  Tcvn3 t;
  std::map<std::string, std::string> seen;
  for (auto& [k, v] : j["map"].items()) {
    if (k.size() != 2 || k.find_first_not_of("0123456789ABCDEF") != std::string::npos)
      throw Error::Invalid("tcvn3.json: mã " + k + " không phải hai chữ số hệ 16");
    char32_t cp = static_cast<char32_t>(std::stoi(k, nullptr, 16));
    if (cp < 0xA1) throw Error::Invalid("tcvn3.json: mã " + k + " nằm ngoài A1–FE");
    if (!v.is_string() || v.get<std::string>().empty() || v.get<std::string>().size() > 4)
      throw Error::Invalid("tcvn3.json: mã " + k + " cần đúng một chữ");
    if (auto [it, fresh] = seen.emplace(v.get<std::string>(), k); !fresh)
      throw Error::Invalid("tcvn3.json: chữ " + v.get<std::string>() + " ở cả mã " + it->second + " và " + k);
    t.map_[cp] = v.get<std::string>();
  }
  return t;
}

std::string Tcvn3::to_unicode(std::string_view s, bool capitals) const {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    // the two-byte UTF-8 sequences of U+0080–U+00FF: C2 xx, C3 xx
    if ((c == 0xC2 || c == 0xC3) && i + 1 < s.size()) {
      char32_t cp = static_cast<char32_t>(((c & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F));
      if (auto it = map_.find(cp); it != map_.end()) {
        out += it->second;
        i += 2;
        continue;
      }
    }
    out += s[i++];
  }
  return capitals ? upper_vi(out) : out;
}

}  // namespace thidua::documents
