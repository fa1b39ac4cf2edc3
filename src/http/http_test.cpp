#include <gtest/gtest.h>

#include "http/message.h"
#include "http/router.h"
#include "http/static_files.h"

namespace thidua::http {

TEST(Router, MatchesPathParametersAndTellsAWrongMethodFromAnUnknownPath) {
  Router<int> r;
  r.add("GET", "/api/v1/units/tree", 1);
  r.add("GET", "/api/v1/units/{id}", 2);
  r.add("POST", "/api/v1/units/{id}/rename", 3);
  EXPECT_EQ(*r.match("GET", "/api/v1/units/tree").handler, 1);
  auto m = r.match("GET", "/api/v1/units/42");
  ASSERT_TRUE(m.handler);
  EXPECT_EQ(*m.handler, 2);
  EXPECT_EQ(m.params["id"], "42");
  auto wrong = r.match("DELETE", "/api/v1/units/42");
  EXPECT_FALSE(wrong.handler);
  EXPECT_TRUE(wrong.path_known);
  EXPECT_FALSE(r.match("GET", "/api/v1/nothing").path_known);
}

TEST(Static, PathTraversalIsRefused) {
  EXPECT_TRUE(is_safe_static_path("/assets/index-abc.js"));
  EXPECT_FALSE(is_safe_static_path("/../etc/passwd"));
  EXPECT_FALSE(is_safe_static_path("/assets/../../etc/passwd"));
  EXPECT_FALSE(is_safe_static_path("/a\\..\\b"));
  EXPECT_FALSE(is_safe_static_path(std::string("/a\0b", 4)));
}

TEST(Static, ChoosesBrotliThenGzipAsTheClientAccepts) {
  EXPECT_EQ(choose_encoding("gzip, deflate, br", true, true), "br");
  EXPECT_EQ(choose_encoding("gzip, deflate", true, true), "gzip");
  EXPECT_EQ(choose_encoding("br;q=0, gzip;q=0.5", true, true), "gzip");
  EXPECT_EQ(choose_encoding("BR", true, true), "br");
  EXPECT_EQ(choose_encoding("br", false, true), "");
  EXPECT_EQ(choose_encoding("", true, true), "");
  EXPECT_EQ(choose_encoding("identity", true, true), "");
  EXPECT_EQ(choose_encoding("*", true, true), "br");
  EXPECT_EQ(choose_encoding("*;q=0, gzip", true, true), "gzip");
  EXPECT_EQ(choose_encoding("gzip;q=0", false, true), "");
}

TEST(Message, DecodesQueriesAndCookies) {
  Request r;
  r.query_string = "q=%C4%91%E1%BB%93ng+h%E1%BB%9Bi&limit=5&bad=%zz";
  EXPECT_EQ(*r.query("q"), "đồng hới");
  EXPECT_EQ(*r.query("limit"), "5");
  EXPECT_FALSE(r.query("bad"));
  EXPECT_FALSE(r.query("missing"));
  r.headers["cookie"] = "a=1; thidua_session=abc; b=2";
  EXPECT_EQ(*r.cookie("thidua_session"), "abc");
}

}  // namespace thidua::http

namespace thidua::http {
TEST(Router, ALiteralSegmentBeatsAParameterWhateverTheOrder) {
  Router<int> r;
  r.add("GET", "/api/v1/reports/{id}", 1);
  r.add("GET", "/api/v1/reports/status", 2);
  EXPECT_EQ(*r.match("GET", "/api/v1/reports/status").handler, 2);
  EXPECT_EQ(*r.match("GET", "/api/v1/reports/7").handler, 1);
}
}  // namespace thidua::http
