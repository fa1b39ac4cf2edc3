// The seventy-third round (issue 14, session 23, the lead): "Tham gia Cụm có A, B, C" — the bodies
// taking part in a group listed after the group's name and "có"/"gồm", whatever their kind. Main read
// such a list only when the gazetteer's police units filled it; a list of departments, associations
// or youth unions gave no members. The sentences are written for the tests, labelled by the
// Conventions before they were run.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_group;
using test::GroupCase;

TEST(PlanPatterns73, TheBodiesTakingPartInTheGroupAreItsMembersWhateverTheirKind) {
  const GroupCase cases[] = {
      {"youth unions of the police",
       "Chiều 12/3/2025, Cụm thi đua số 8 tổ chức hội nghị ký kết giao ước thi đua. Tham gia Cụm có Đoàn Thanh niên "
       "Công an tỉnh Quảng Bình, Đoàn Thanh niên Công an tỉnh Quảng Trị và Đoàn Thanh niên Công an thành phố Huế.",
       {"Đoàn Thanh niên Công an tỉnh Quảng Bình", "Đoàn Thanh niên Công an tỉnh Quảng Trị",
        "Đoàn Thanh niên Công an thành phố Huế"},
       "",
       ""},
      {"departments of health, the group named with its number (read before too: a guard)",
       "Ngày 8/4/2024, Cụm thi đua số 2 các Sở Y tế ký kết giao ước thi đua năm 2024. Tham gia Cụm thi đua số 2 gồm "
       "Sở Y tế tỉnh Nghệ An, Sở Y tế tỉnh Hà Tĩnh và Sở Y tế tỉnh Thanh Hóa.",
       {"Sở Y tế tỉnh Nghệ An", "Sở Y tế tỉnh Hà Tĩnh", "Sở Y tế tỉnh Thanh Hóa"},
       "",
       ""},
      {"farmers' associations of a block",
       "Sáng 2/3/2023, Khối thi đua các đoàn thể tổ chức ký kết giao ước thi đua. Tham gia Khối có Hội Nông dân tỉnh "
       "Bắc Giang, Hội Cựu chiến binh tỉnh Bắc Giang và Hội Liên hiệp Phụ nữ tỉnh Bắc Giang.",
       {"Hội Nông dân tỉnh Bắc Giang", "Hội Cựu chiến binh tỉnh Bắc Giang", "Hội Liên hiệp Phụ nữ tỉnh Bắc Giang"},
       "",
       ""},
      {"negative: the group has many units, none named",
       "Chiều 12/3/2025, Cụm thi đua số 8 tổ chức hội nghị ký kết giao ước thi đua. Tham gia Cụm có nhiều đơn vị với "
       "thành tích xuất sắc trong năm.",
       {},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

}  // namespace
}  // namespace thidua::text::plan
