// The strict JSON decoder every request body goes through, and the proxy-aware client address.
#include <gtest/gtest.h>

#include "api/input.h"
#include "core/error.h"
#include "http/server.h"

using thidua::Error;
using thidua::api::parse_strict_json;

TEST(StrictJson, RefusesDuplicatedKeysAtAnyDepthAndNamesThem) {
  try {
    parse_strict_json(R"({"a":1,"b":{"c":1,"c":2}})");
    FAIL() << "accepted a duplicated key";
  } catch (const Error& e) {
    EXPECT_EQ(e.field(), "c");
  }
  EXPECT_THROW(parse_strict_json(R"({"a":1,"a":1})"), Error);
  // The same key in two different objects is fine.
  EXPECT_NO_THROW(parse_strict_json(R"({"a":{"x":1},"b":{"x":2},"c":[{"x":1},{"x":2}]})"));
}

TEST(StrictJson, RefusesDeepNestingHugeIntegersAndBadUtf8) {
  std::string deep = std::string(10000, '[') + std::string(10000, ']');
  EXPECT_THROW(parse_strict_json(deep), Error);
  std::string ok = std::string(60, '[') + std::string(60, ']');
  EXPECT_NO_THROW(parse_strict_json(ok));
  EXPECT_THROW(parse_strict_json(R"({"v":9223372036854775808})"), Error);
  EXPECT_NO_THROW(parse_strict_json(R"({"v":9223372036854775807})"));
  EXPECT_THROW(parse_strict_json(R"({"v":1e309})"), Error);
  EXPECT_THROW(parse_strict_json("{\"v\":\"\xff\"}"), Error);
  EXPECT_THROW(parse_strict_json("{"), Error);
}

TEST(ClientAddress, BelievesForwardedForOnlyFromTrustedProxies) {
  using thidua::http::client_address;
  std::vector<std::string> trusted = {"10.0.0.5", "10.0.0.6"};
  EXPECT_EQ(client_address("203.0.113.9", "1.2.3.4", trusted), "203.0.113.9");  // not a proxy: ignored
  EXPECT_EQ(client_address("10.0.0.5", "198.51.100.7", trusted), "198.51.100.7");
  // A client can prepend anything; the right-most untrusted entry is the one the proxy saw.
  EXPECT_EQ(client_address("10.0.0.5", "6.6.6.6, 198.51.100.7, 10.0.0.6", trusted), "198.51.100.7");
  EXPECT_EQ(client_address("10.0.0.5", "", trusted), "10.0.0.5");
  EXPECT_EQ(client_address("10.0.0.5", "not an address", trusted), "10.0.0.5");
}
