// The ninety-third round (session 26, s26-tidy): the word tables the plan reader wrote twice, written once
// in the lexicon. One reading changed with them, tested here with sentences written for the test.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::CountCase;
using test::expect_counts;

// "CAX trình UBND tỉnh tặng …": a police unit written short submits the award to the body that gives it,
// as "Công an xã trình …" does — the awards are proposed, not given, and not counted. Before, the
// one-syllable table of the nouns ending in "trình" ("công" of "công trình") matched the short form's
// expansion ("Công an xã") and read "CAX trình" as the noun. The nouns themselves still do not submit.
TEST(PlanPatterns93, APoliceUnitWrittenShortSubmitsAsWrittenInFull) {
  const char* head = "Ngày 20/12/2024, Cụm thi đua số 2 tổ chức Hội nghị tổng kết công tác thi đua năm 2024. ";
  const std::string a = std::string(head) + "Cụm thống nhất đề nghị khen thưởng, CAX trình UBND tỉnh tặng Giấy khen "
                                            "cho 2 tập thể và 5 cá nhân.";
  const std::string b = std::string(head) + "Hội nghị nhất trí để CAH trình Chủ tịch UBND tỉnh tặng Bằng khen cho 3 "
                                            "tập thể.";
  const std::string c = std::string(head) + "Công an xã trình UBND huyện tặng Giấy khen cho 4 cá nhân.";
  const std::string d = std::string(head) + "Chủ tịch UBND tỉnh căn cứ Tờ trình Sở Nội vụ tặng Bằng khen cho 6 tập "
                                            "thể.";
  const CountCase cases[] = {
      {"the commune police written short", a.c_str(), {}},
      {"the district police written short", b.c_str(), {}},
      {"written in full", c.c_str(), {}},
      {"a document named 'Tờ trình' before the giver: given", d.c_str(), {{6, "tập thể"}}},
  };
  expect_counts(cases);
}

}  // namespace
}  // namespace thidua::text::plan
