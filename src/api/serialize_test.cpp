#include "api/serialize.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace thidua::api {
namespace {

using nlohmann::json;

// The eligibility list writes every name and sentence with append_json_string: byte for byte what
// nlohmann's dump writes (the route's bodies before it wrote them), Vietnamese kept, control
// characters escaped, broken UTF-8 replaced — whatever a record's name holds.
TEST(Serialize, AStringIsWrittenAsNlohmannDumpsItWhateverItsBytes) {
  const std::vector<std::string> cases = {
      "",
      "Công an xã Vĩnh Thuận",
      "Nguyễn Văn \"Tèo\" \\ C:\\tmp",
      std::string("tab\there\nnew line\r\b\f\x01\x1f end"),
      std::string("nul \0 inside", 12),
      "emoji 😀 and ₫",
      std::string("\xC3"),                  // truncated two-byte sequence
      std::string("a\x80z"),                // lone continuation byte
      std::string("\xC0\xAF"),              // overlong '/'
      std::string("\xED\xA0\x80"),          // a surrogate
      std::string("\xF4\x90\x80\x80"),      // beyond U+10FFFF
      std::string("Lê Thị \xE1\xBB ngắt"),  // a Vietnamese letter cut short, then more text
      std::string("\"\xFF\""),
  };
  for (const std::string& s : cases) {
    std::string out = "[";  // appended after what is there
    append_json_string(out, s);
    EXPECT_EQ(out, "[" + json(s).dump(-1, ' ', false, json::error_handler_t::replace)) << s;
  }
}

}  // namespace
}  // namespace thidua::api
