// Session 28 round 3 (issue 14, s28-lists3): counts. Sentences written for these tests (courts, women's union,
// youth union, education, a cluster's members), labelled by the Conventions (tests/fixtures/plans/README.md:
// Counts — "`what` is the count noun with its qualifiers as written, up to a link word") before the run; each
// positive failed with main 7a8a5f1, the guards pass on both.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::CountCase;
using test::expect_counts;

// "có 09 Cụm thi đua của Tòa án nhân dân" (toa-an-2018): the body those counted belong to, named with its
// capitalised head right after "của", qualifies what is counted and stays in `what` ("của" ends a position
// or a place elsewhere); the body's name goes on in capitals across a level word. Not a sector written in
// lower case ("của ngành Giáo dục"), nor the group's own kind word referring back ("thành viên của Cụm").
TEST(PlanPatterns109, OwningBodyAfterCuaStaysInWhatIsCounted) {
  const CountCase cases[] = {
      {"courts: clusters of a named body, a list after",
       "Theo quy định có 09 Cụm thi đua của Tòa án nhân dân, bao gồm: Cụm 1, Cụm 2.",
       {{9, "Cụm thi đua của Tòa án nhân dân"}}},
      {"women's union: teams of a commune's union, a level inside its name",
       "Đến nay đã thành lập 12 tổ tự quản của Hội Phụ nữ xã Tân Phú.",
       {{12, "tổ tự quản của Hội Phụ nữ xã Tân Phú"}}},
      {"youth union: teams of a ward's union, a link word after the name",
       "Đến nay đã thành lập 8 tổ tự quản của Đoàn Thanh niên phường Hòa Bình tại các khu phố.",
       {{8, "tổ tự quản của Đoàn Thanh niên phường Hòa Bình"}}},
      // Guards.
      {"education: a sector in lower case is no body's name",
       "Dịp này, Bộ tặng Bằng khen cho 7 tập thể của ngành Giáo dục và 9 cá nhân.",
       {{7, "tập thể"}, {9, "cá nhân"}}},
      {"cluster: its own kind word referring back",
       "Năm 2022, 11 thành viên của Cụm cùng ký kết giao ước thi đua.", {{11, "thành viên"}}},
  };
  expect_counts(cases);
}

}  // namespace
}  // namespace thidua::text::plan
