// The forty-first round (issue 14, session 18, branch s18-org): organizers as a learned decision
// beside the rules. The model file data/plan/organizers-model.json (trained on dev/ and corpus/ by
// `thidua plan train organizers … --mode model`) is loaded as the parser's data would be, and its
// decision is read on sentences written for the test (none copied from a text):
//  - the lead's subject holding a review is kept, a body that only gives awards in a later
//    sentence is not;
//  - the body a speaker's office names ("Giám đốc Sở X, phát biểu") is not an organizer;
//  - a launch "do A phối hợp với B tổ chức" keeps A;
//  - the parser's own output is the rules' (the model is not wired: its 5-fold cross-validated
//    figure on dev/ is below the rules', see tests/fixtures/plans/README.md, s18-org).
#include <gtest/gtest.h>

#include <algorithm>

#include "core/error.h"
#include "test_source_dir.h"
#include "text/plan/org_model.h"
#include "text/plan/plan_eval.h"
#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::Strings;

const OrganizerModel& committed_model() {
  static const OrganizerModel m =
      OrganizerModel::from_json(read_json(thidua::testing::source_dir() + "/data/plan/organizers-model.json"));
  return m;
}

Strings model_decides(const std::string& text) {
  std::vector<OrganizerCandidate> candidates;
  parse_plan_with_candidates(text, &candidates);
  return committed_model().decide(candidates);
}

TEST(PlanPatterns41, TheCommittedModelFileLoadsAndSaysWhatItWasTrainedOn) {
  const OrganizerModel& m = committed_model();
  EXPECT_EQ(m.mode, OrganizerMode::kModel);
  EXPECT_EQ(m.trained_on["sets"], (nlohmann::json{"tests/fixtures/plans/dev", "tests/fixtures/corpus"}));
  EXPECT_TRUE(m.trained_on["commit"].is_string());
  EXPECT_GT(m.model.names.size(), 100u);
  EXPECT_GT(m.threshold, 0.0);
  EXPECT_LT(m.threshold, 1.0);
}

TEST(PlanPatterns41, TheModelKeepsTheLeadsSubjectNotTheBodyGivingAwards) {
  const std::string text =
      "Công an huyện Phú Lâm sơ kết phong trào thi đua vì an ninh Tổ quốc\n\n"
      "Sáng 10/4/2025, Công an huyện Phú Lâm tổ chức Hội nghị sơ kết phong trào thi đua vì an ninh Tổ quốc "
      "6 tháng đầu năm. Dịp này, UBND huyện Phú Lâm tặng giấy khen cho 5 tập thể có thành tích xuất sắc.";
  EXPECT_EQ(model_decides(text), (Strings{"Công an huyện Phú Lâm"}));
  EXPECT_EQ(test::strings(test::parse(text)["organizers"]), (Strings{"Công an huyện Phú Lâm"}));
}

TEST(PlanPatterns41, TheBodyOfASpeakersOfficeIsNoOrganizer) {
  const std::string text =
      "Hội nghị triển khai phong trào thi đua năm 2025 của Khối thi đua các sở\n\n"
      "Chiều 14/2/2025, Khối thi đua các sở tổ chức hội nghị triển khai phong trào thi đua năm 2025. "
      "Phát biểu tại hội nghị, đồng chí Trần Văn Bình, Giám đốc Sở Nội vụ tỉnh Hà Lâm, đề nghị các đơn vị "
      "trong khối thi đua hoàn thành tốt nhiệm vụ được giao.";
  const Strings decided = model_decides(text);
  EXPECT_EQ(std::count(decided.begin(), decided.end(), "Sở Nội vụ tỉnh Hà Lâm"), 0) << ::testing::PrintToString(decided);
  EXPECT_EQ(decided, (Strings{"Khối thi đua các sở"}));
}

TEST(PlanPatterns41, ALaunchHeldWithAPartnerKeepsItsHolder) {
  const std::string text =
      "Phát động phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2025\n\n"
      "Ngày 5/3/2025, Công an xã Tân Phước phối hợp với Ủy ban MTTQ xã Tân Phước tổ chức Lễ phát động "
      "phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2025.";
  const Strings decided = model_decides(text);
  EXPECT_NE(std::find(decided.begin(), decided.end(), "Công an xã Tân Phước"), decided.end())
      << ::testing::PrintToString(decided);
}

}  // namespace
}  // namespace thidua::text::plan
