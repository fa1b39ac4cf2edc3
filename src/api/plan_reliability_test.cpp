// How sure the plan import is on unseen texts (data/plan-reliability.json): the embedded file pools
// the first runs of the held-out sets, least sure field first, and a broken file is refused naming
// what is wrong.
#include "api/plan_reliability.h"

#include <gtest/gtest.h>

#include "core/error.h"

namespace thidua::api {
namespace {

using nlohmann::json;

json one_set() {
  return json::parse(R"({"version": 1, "basis": "first runs", "measured": "2026-12-07", "sets": [
    {"name": "a", "parser_commit": "014dc02", "texts": 2,
     "fields": {"group.members": {"right": 1, "slots": 4}, "title": {"right": 2, "slots": 2}}},
    {"name": "b", "parser_commit": "5e97757", "texts": 3,
     "fields": {"group.members": {"right": 5, "slots": 6}, "contents": {"right": 0, "slots": 3}}}]})");
}

TEST(PlanReliability, PoolsTheSetsFieldByFieldLeastSureFirst) {
  json j = read_plan_reliability(one_set(), "f.json").to_json();
  EXPECT_EQ(j["texts"], 5);
  ASSERT_EQ(j["fields"].size(), 3u);
  EXPECT_EQ(j["fields"][0]["field"], "contents");  // 0/3
  EXPECT_EQ(j["fields"][1]["field"], "group.members");
  EXPECT_EQ(j["fields"][1]["right"], 6);  // 1 + 5: a field missing from a set adds nothing there
  EXPECT_EQ(j["fields"][1]["slots"], 10);
  EXPECT_DOUBLE_EQ(j["fields"][1]["share"].get<double>(), 0.6);
  EXPECT_EQ(j["fields"][2]["field"], "title");
  EXPECT_EQ(j["sets"][1]["parser_commit"], "5e97757");
}

TEST(PlanReliability, RefusesABrokenFileNamingWhatIsWrong) {
  auto refused = [](json j, const std::string& what) {
    try {
      read_plan_reliability(j, "data/plan-reliability.json");
      ADD_FAILURE() << "accepted: " << what;
    } catch (const Error& e) {
      EXPECT_NE(std::string(e.what()).find("data/plan-reliability.json"), std::string::npos);
      EXPECT_NE(std::string(e.what()).find(what), std::string::npos) << e.what();
    }
  };
  json j = one_set();
  j["version"] = 2;
  refused(j, "version");
  j = one_set();
  j["sets"][0]["fields"]["title"]["right"] = 3;
  refused(j, "right <= slots");
  j = one_set();
  j["sets"][0]["fields"]["title"]["slots"] = 0;
  refused(j, "slots > 0");
  j = one_set();
  j["sets"][1]["name"] = "a";
  refused(j, "named twice");
  j = one_set();
  j["sets"][0]["parser_commit"] = "main";
  refused(j, "not a commit");
  j = one_set();
  j["sets"][0]["fields"]["Group members"] = {{"right", 1}, {"slots", 1}};
  refused(j, "not a field name");
  j = one_set();
  j["sets"][0]["fields"]["title"]["right"] = "2";
  refused(j, "whole numbers");
  j = one_set();
  j["measured"] = "7/12/2026";
  refused(j, "YYYY-MM-DD");
  j = one_set();
  j["sets"] = json::array();
  refused(j, "no sets");
  j = one_set();
  j["sets"][0]["texts"] = 0;
  refused(j, "texts");
}

TEST(PlanReliability, TheEmbeddedFileHoldsTheNineHeldOutSetsAndTheListsAreTheLeastSure) {
  json j = plan_reliability().to_json();
  EXPECT_GE(j["sets"].size(), 9u);  // eval5 … eval13; later sets' first runs join them
  EXPECT_GE(j["texts"].get<int>(), 324);
  // What an officer is told to check first: the judgement lists, not the dates.
  std::vector<std::string> order;
  for (const auto& f : j["fields"]) order.push_back(f["field"]);
  auto rank = [&](const std::string& f) { return std::find(order.begin(), order.end(), f) - order.begin(); };
  EXPECT_LT(rank("contents"), rank("event.date"));
  EXPECT_LT(rank("group.members"), rank("movement.start"));
  EXPECT_LT(rank("organizers"), rank("title"));
}

}  // namespace
}  // namespace thidua::api
