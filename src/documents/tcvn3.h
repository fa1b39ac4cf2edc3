// TCVN3 (ABC) → Unicode: text typed with the old .VnTime fonts keeps each Vietnamese letter on a
// Latin-1 code point ("NguyÔn V¨n A"); the table (data/tcvn3.json) gives the letter of each.
#pragma once
#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <string_view>

namespace thidua::documents {

class Tcvn3 {
 public:
  // Validates: keys are two hex digits A1…FE, values one letter each, no letter twice. Throws
  // Error::Invalid naming the key.
  static Tcvn3 from_json(const nlohmann::json& j);
  // The Unicode (NFC) text of `s` (UTF-8 whose code points are the TCVN3 bytes). `capitals`: the
  // text was in a capitals font (.VnTimeH), every letter upper-case.
  std::string to_unicode(std::string_view s, bool capitals = false) const;

 private:
  std::map<char32_t, std::string> map_;
};

}  // namespace thidua::documents
