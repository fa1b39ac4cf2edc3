#include "scoring/scheme.h"

#include <gtest/gtest.h>

#include "core/error.h"
#include "scoring/test_fixtures.h"

namespace thidua::scoring {
namespace {

using nlohmann::json;
using testing::catalogue;
using testing::scheme_with;

// The Error::Invalid message loading `j` gives, "" when it loads.
std::string refusal(const json& j) {
  try {
    ScoringScheme::from_json(j, catalogue());
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kInvalid);
    return e.what();
  }
  return "";
}

json crime_criterion(double points, const char* id = "giam_toi_pham") {
  return {{"id", id}, {"name", "Kéo giảm tội phạm về trật tự xã hội"}, {"max_points", points},
          {"target", {{"kind", "change"}, {"indicator", "toi_pham_ttxh"}, {"direction", "decrease"}, {"value", 7}}},
          {"rule", {{"kind", "proportional"}}}};
}

TEST(Scheme, TheCluster5ExampleLoadsAndExportsToTheSameJson) {
  json file = testing::read_json("docs/examples/cluster5-2024-scheme.json");
  ScoringScheme s = ScoringScheme::from_json(file, catalogue());
  EXPECT_EQ(s.id, "cum5-2024");
  EXPECT_EQ(s.sections.size(), 4u);
  EXPECT_EQ(s.levels.back().code, "khong_hoan_thanh");
  EXPECT_EQ(s.to_json(), file);
  // And once more through the model.
  EXPECT_EQ(ScoringScheme::from_json(s.to_json(), catalogue()).to_json(), file);
}

TEST(Scheme, CriteriaAddingUpTo95UnderA100PointSectionAreRefusedNamingTheSection) {
  json j = scheme_with({crime_criterion(60), crime_criterion(35, "giam_toi_pham_2")}, 100);
  std::string msg = refusal(j);
  EXPECT_NE(msg.find("sections[0]"), std::string::npos) << msg;
  EXPECT_NE(msg.find("Tổng điểm tối đa các tiêu chí (95) không bằng điểm tối đa của mục 'Mục 1' (100)"),
            std::string::npos)
      << msg;
}

TEST(Scheme, SectionsThatDoNotAddUpToTheTotalAreRefused) {
  json j = scheme_with({crime_criterion(100)}, 100);
  j["total_points"] = 1000;
  EXPECT_NE(refusal(j).find("không bằng tổng điểm của bảng điểm (1.000)"), std::string::npos) << refusal(j);
}

TEST(Scheme, ARuleOnAnUnknownIndicatorIsRefusedNamingThePath) {
  json c = crime_criterion(100);
  c["target"]["indicator"] = "toi_pham_khong_co";
  std::string msg = refusal(scheme_with({c}, 100));
  EXPECT_NE(msg.find("sections[0].criteria[0].target.indicator"), std::string::npos) << msg;
  EXPECT_NE(msg.find("toi_pham_khong_co"), std::string::npos) << msg;

  json d = {{"id", "ky_luat"}, {"name", "Kỷ luật"}, {"max_points", 100},
            {"rule", {{"kind", "deduction_per_occurrence"}, {"indicator", "khong_co"}, {"points_per_occurrence", 1}}}};
  EXPECT_NE(refusal(scheme_with({crime_criterion(0, "c0"), d}, 100)).find("sections[0].criteria[1].rule.indicator"),
            std::string::npos);
}

TEST(Scheme, AnUnknownRuleKindIsRefused) {
  json c = crime_criterion(100);
  c["rule"]["kind"] = "average";
  std::string msg = refusal(scheme_with({c}, 100));
  EXPECT_NE(msg.find("sections[0].criteria[0].rule.kind"), std::string::npos) << msg;
  EXPECT_NE(msg.find("'average'"), std::string::npos) << msg;
}

TEST(Scheme, NegativeMaximumPointsAreRefused) {
  std::string msg = refusal(scheme_with({crime_criterion(110), crime_criterion(-10, "am")}, 100));
  EXPECT_NE(msg.find("sections[0].criteria[1].max_points"), std::string::npos) << msg;
  EXPECT_NE(msg.find("không được âm"), std::string::npos) << msg;
}

TEST(Scheme, DuplicateIdsAreRefused) {
  std::string msg = refusal(scheme_with({crime_criterion(50), crime_criterion(50)}, 100));
  EXPECT_NE(msg.find("sections[0].criteria[1].id"), std::string::npos) << msg;
  EXPECT_NE(msg.find("bị trùng"), std::string::npos) << msg;
}

TEST(Scheme, ATargetMustFitItsIndicatorAndRule) {
  json rate_on_count = crime_criterion(100);
  rate_on_count["target"] = {{"kind", "rate"}, {"indicator", "toi_pham_ttxh"}, {"direction", "above"}, {"value", 80}};
  EXPECT_NE(refusal(scheme_with({rate_on_count}, 100)).find("loại ratio"), std::string::npos);

  json wrong_direction = crime_criterion(100);
  wrong_direction["target"]["direction"] = "above";
  EXPECT_NE(refusal(scheme_with({wrong_direction}, 100)).find("target.direction"), std::string::npos);

  json proportional_qualitative = crime_criterion(100);
  proportional_qualitative["target"] = {{"kind", "qualitative"}};
  EXPECT_NE(refusal(scheme_with({proportional_qualitative}, 100)).find("rule.kind"), std::string::npos);

  json bonus_on_composite = crime_criterion(100);
  bonus_on_composite["target"] = {{"kind", "composite"},
                                  {"all", {{{"kind", "change"}, {"indicator", "tngt_so_vu"}, {"direction", "decrease"}, {"value", 0}},
                                           {{"kind", "change"}, {"indicator", "tngt_nguoi_chet"}, {"direction", "decrease"}, {"value", 0}}}}};
  bonus_on_composite["rule"] = {{"kind", "bonus_exceeding"}, {"bonus_per_point", 1}, {"bonus_cap", 5}};
  EXPECT_NE(refusal(scheme_with({bonus_on_composite}, 100)).find("rule.kind"), std::string::npos);

  json cap_over_max = {{"id", "ky_luat"}, {"name", "Kỷ luật"}, {"max_points", 100},
                       {"rule", {{"kind", "deduction_per_occurrence"}, {"points_per_occurrence", 5}, {"cap", 120}}}};
  EXPECT_NE(refusal(scheme_with({cap_over_max}, 100)).find("rule.cap"), std::string::npos);
}

TEST(Scheme, TyposAndMissingFieldsAreNamed) {
  json c = crime_criterion(100);
  c["max_point"] = 100;
  EXPECT_NE(refusal(scheme_with({c}, 100)).find("sections[0].criteria[0].max_point"), std::string::npos);
  json no_rule = crime_criterion(100);
  no_rule.erase("rule");
  EXPECT_NE(refusal(scheme_with({no_rule}, 100)).find("sections[0].criteria[0].rule"), std::string::npos);
  json no_scope = scheme_with({crime_criterion(100)}, 100);
  no_scope.erase("scope");
  EXPECT_NE(refusal(no_scope).find("scope"), std::string::npos);
}

TEST(Scheme, ClassificationLevelsMustGoDownAndEndWithTheRest) {
  json j = scheme_with({crime_criterion(100)}, 100);
  j["classification"][1]["min_points"] = 95;
  EXPECT_NE(refusal(j).find("classification[1].min_points"), std::string::npos) << refusal(j);
  json k = scheme_with({crime_criterion(100)}, 100);
  k["classification"][3]["min_points"] = 0;
  EXPECT_NE(refusal(k).find("classification[3]"), std::string::npos);
  json l = scheme_with({crime_criterion(100)}, 100);
  l["classification"][0]["conditions"] = {{{"kind", "all_met"}, {"section", "khong_co"}}};
  EXPECT_NE(refusal(l).find("classification[0].conditions[0].section"), std::string::npos);
}

TEST(Scheme, ASchemeForAMovementAndNestedGroupsLoad) {
  json j = scheme_with({{{"id", "nhom"}, {"name", "Nhóm"}, {"max_points", 100},
                         {"criteria", {crime_criterion(60), crime_criterion(40, "c2")}}}},
                       100);
  j["scope"] = {{"movement", "phong-trao-dac-biet-2025"}};
  ScoringScheme s = ScoringScheme::from_json(j, catalogue());
  EXPECT_EQ(s.sections[0].criteria[0].criteria.size(), 2u);
  EXPECT_EQ(ScoringScheme::from_json(s.to_json(), catalogue()).to_json(), s.to_json());
  json nested_bad = j;
  nested_bad["sections"][0]["criteria"][0]["max_points"] = 90;
  nested_bad["sections"][0]["criteria"].push_back(crime_criterion(10, "c3"));
  nested_bad["sections"][0]["criteria"][0]["criteria"][1]["max_points"] = 20;
  std::string msg = refusal(nested_bad);
  EXPECT_NE(msg.find("sections[0].criteria[0]: Tổng điểm tối đa các tiêu chí (80)"), std::string::npos) << msg;
}

}  // namespace
}  // namespace thidua::scoring
