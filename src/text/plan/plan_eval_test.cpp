// The scorer of `thidua plan eval`: strict items, and where a list's misses come from — an item read
// but cut otherwise, or an item not found at all (FieldTally::cut).
#include "text/plan/plan_eval.h"

#include <gtest/gtest.h>

namespace thidua::text::plan {
namespace {

using nlohmann::json;

json label(json organizers, json contents, json members, json counts) {
  return {{"title", nullptr},
          {"event", {{"kind", "pledge"}, {"date", nullptr}, {"place", nullptr}}},
          {"organizers", std::move(organizers)},
          {"movement", {{"name", nullptr}, {"kind", nullptr}, {"theme", nullptr}, {"motto", nullptr}, {"start", nullptr}, {"end", nullptr}}},
          {"phases", json::array()},
          {"contents", std::move(contents)},
          {"targets", json::array()},
          {"group", {{"name", nullptr}, {"leader", nullptr}, {"deputy", nullptr}, {"members", std::move(members)}}},
          {"people", json::array()},
          {"counts", std::move(counts)}};
}

TEST(PlanEval, AMissedItemReadButCutOtherwiseIsToldFromOneNotFound) {
  const json expected = label({"Khối thi đua 20 Bộ Xây dựng", "Sở Tư pháp tỉnh Bắc Giang"},
                              {"đẩy mạnh cải cách hành chính", "giữ vững an ninh trật tự ở cơ sở", "xây dựng lực lượng trong sạch"},
                              {"Công an tỉnh Quảng Bình", "Công an tỉnh Quảng Trị"},
                              {{{"what", "tập thể có thành tích xuất sắc"}, {"value", 9}}, {{"what", "cá nhân"}, {"value", 26}}});
  // Read: the block without its ministry (cut), no second organiser; the first content exact, the
  // second with a clause more (cut), the third not at all; one member exact, the other not read; the
  // first count cut at its qualifier with the same figure, the second with another figure (not cut).
  const json actual = label({"Khối thi đua 20"},
                            {"đẩy mạnh cải cách hành chính", "giữ vững an ninh trật tự ở cơ sở, nhất là vùng biên giới"},
                            {"Công an tỉnh Quảng Bình"},
                            {{{"what", "tập thể"}, {"value", 9}}, {{"what", "cá nhân"}, {"value", 62}}});
  EvalReport r;
  evaluate_plan("one.txt", expected, actual, r);
  EXPECT_EQ(r.fields["organizers"].fn, 2);
  EXPECT_EQ(r.fields["organizers"].cut, 1);
  EXPECT_EQ(r.fields["contents"].right, 1);
  EXPECT_EQ(r.fields["contents"].fn, 2);
  EXPECT_EQ(r.fields["contents"].cut, 1);
  EXPECT_EQ(r.fields["group.members"].fn, 1);
  EXPECT_EQ(r.fields["group.members"].cut, 0) << "Quảng Bình is matched already: it cuts nothing";
  EXPECT_EQ(r.fields["counts"].fn, 2);
  EXPECT_EQ(r.fields["counts"].cut, 1) << "a count with another figure is no cut of it";

  const std::string table = format_report(r);
  EXPECT_NE(table.find("items missed: cut otherwise / not found"), std::string::npos) << table;
  EXPECT_NE(table.find("  contents             1 / 1"), std::string::npos) << table;
  EXPECT_NE(table.find("  organizers           1 / 1"), std::string::npos) << table;
  EXPECT_NE(table.find("  group.members        0 / 1"), std::string::npos) << table;
}

TEST(PlanEval, OneExtractedItemCutsOneMissOnlyAndUnrelatedWordsCutNone) {
  // Two missed organisers both inside the one read: it is counted against the first only.
  const json expected = label({"Công an tỉnh", "Công an tỉnh Nghệ An"}, json::array(), json::array(), json::array());
  const json actual = label({"Công an tỉnh Nghệ An và Hà Tĩnh", "Ủy ban nhân dân huyện Nam Đàn"}, json::array(), json::array(),
                            json::array());
  EvalReport r;
  evaluate_plan("two.txt", expected, actual, r);
  EXPECT_EQ(r.fields["organizers"].fn, 2);
  EXPECT_EQ(r.fields["organizers"].fp, 2);
  EXPECT_EQ(r.fields["organizers"].cut, 1);
}

}  // namespace
}  // namespace thidua::text::plan
