// (session 27, the lead) Numbered bodies under one plural head after a list of that head's bodies (issue 14;
// from the former eval8's tcviii-2012, tested on sentences written for the test in other sectors): "…, Trại
// giam Xuân Hòa và các Trại giam số 3, số 5, số 6 Tổng cục VIII" are three more members, each numbered body
// with the owner written after the last number.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_group;
using test::GroupCase;

TEST(PlanPatterns101, NumberedBodiesUnderThePluralHeadOfTheMembersBeforeThem) {
  const GroupCase cases[] = {
      {"fire-teams-with-owner",
       "Sáng 12/3/2024, Cụm thi đua số 2 Cảnh sát PCCC tổ chức ký kết giao ước thi đua năm 2024. Cụm gồm: Đội Cảnh "
       "sát PCCC Bình Minh, Đội Cảnh sát PCCC Long Hồ và các Đội Cảnh sát PCCC số 2, số 4 Phòng PC07.",
       {"Đội Cảnh sát PCCC Bình Minh", "Đội Cảnh sát PCCC Long Hồ", "Đội Cảnh sát PCCC số 2 Phòng PC07",
        "Đội Cảnh sát PCCC số 4 Phòng PC07"},
       "",
       ""},
      {"schools-three-numbers-with-va",
       "Ngày 5/9/2024, Khối thi đua các trường THPT huyện tổ chức ký kết giao ước thi đua năm học 2024-2025. Khối "
       "gồm: Trường THPT Lê Lợi, Trường THPT Trần Phú và các Trường THPT số 1, số 2 và số 3 Bảo Thắng.",
       {"Trường THPT Lê Lợi", "Trường THPT Trần Phú", "Trường THPT số 1 Bảo Thắng", "Trường THPT số 2 Bảo Thắng",
        "Trường THPT số 3 Bảo Thắng"},
       "",
       ""},
      // Another head than the members': not theirs ("các Đội số 1, số 2" after district police).
      {"neg-other-head",
       "Ngày 5/9/2024, Cụm thi đua số 4 tổ chức ký kết giao ước thi đua. Cụm gồm: Công an huyện Tân Kỳ, Công an "
       "huyện Anh Sơn và các Đội số 1, số 2 Phòng Cảnh sát cơ động.",
       {"Công an huyện Tân Kỳ", "Công an huyện Anh Sơn"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

}  // namespace
}  // namespace thidua::text::plan
