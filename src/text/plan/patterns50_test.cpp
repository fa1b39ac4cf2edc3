// The fiftieth round (issue 14, session 21, s21-lists): what the lists miss, found without labels
// by comparing what a text says there is to find ("gồm 7 đơn vị:", "N nội dung:", a unit beside
// "Cụm trưởng") with what the parser gives, over unseen real texts (tools/plan-audit/lists.py).
// Sentences written for the test, none copied from a text.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_field;
using test::expect_group;

// One function reads a listed member right before its role, for both readers that had one.
TEST(PlanPatterns50, AListedMemberBeforeItsRole) {
  expect_group({"\"giữ vai trò Khối phó\" after the list (s20's reader)",
                "Ngày 3/3/2024, Khối thi đua số 2 gồm: Sở Tư pháp, Sở Nội vụ, Thanh tra tỉnh tổ chức ký kết giao ước "
                "thi đua năm 2024. Trong đó Thanh tra tỉnh giữ vai trò Khối phó.",
                {"Sở Tư pháp", "Sở Nội vụ", "Thanh tra tỉnh"},
                "",
                "Thanh tra tỉnh"});
  expect_group({"\"bầu … làm Khối trưởng\": a bare copula reads the unit elected (s19's reader)",
                "Ngày 3/3/2024, Khối thi đua số 2 gồm: Quỹ Đầu tư phát triển tỉnh, Sở Nội vụ, Thanh tra tỉnh tổ chức "
                "ký kết giao ước thi đua năm 2024. Hội nghị đã bầu Quỹ Đầu tư phát triển tỉnh làm Khối trưởng.",
                {"Quỹ Đầu tư phát triển tỉnh", "Sở Nội vụ", "Thanh tra tỉnh"},
                "Quỹ Đầu tư phát triển tỉnh",
                ""});
}

TEST(PlanPatterns50, TheUnitAssignedTakesTheRole) {
  expect_field("/group/leader",
               {{"\"A phân công B làm Cụm trưởng\": B, not A",
                 "Ngày 14/4/2023, Cụm thi đua số 3 tổ chức hội nghị ký kết giao ước thi đua năm 2023.\n\n"
                 "Hội Nông dân tỉnh Bình Định phân công Hội Nông dân huyện Tuy Phước làm Cụm trưởng.",
                 "Hội Nông dân huyện Tuy Phước"},
                {"a body with a long name assigns",
                 "Ngày 14/4/2023, Cụm thi đua số 3 tổ chức hội nghị ký kết giao ước thi đua năm 2023.\n\n"
                 "Ban Thường vụ Hội Cựu chiến binh tỉnh cử Hội Cựu chiến binh thành phố Quy Nhơn làm Cụm trưởng.",
                 "Hội Cựu chiến binh thành phố Quy Nhơn"}});
}

TEST(PlanPatterns50, AnOfficeOfTwoBodiesIsOneMember) {
  expect_group({"\"Văn phòng Đoàn ĐBQH và HĐND tỉnh\": its \"và\" is inside the name",
                "Ngày 3/3/2022, Khối thi đua các cơ quan tổng hợp gồm: Văn phòng Đoàn ĐBQH và HĐND tỉnh, Sở Nội vụ, "
                "Văn phòng UBND tỉnh, Sở Tài chính tổ chức ký kết giao ước thi đua năm 2022.",
                {"Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Sở Nội vụ", "Văn phòng UBND tỉnh", "Sở Tài chính"},
                "",
                ""});
  expect_group({"a district's office of its council and committee, with the place",
                "Ngày 5/1/2023, Cụm thi đua số 2 gồm: Phòng Nội vụ, Văn phòng HĐND và UBND huyện Tân Phú, Phòng Tài "
                "chính - Kế hoạch tổ chức ký kết giao ước thi đua năm 2023.",
                {"Phòng Nội vụ", "Văn phòng HĐND và UBND huyện Tân Phú", "Phòng Tài chính - Kế hoạch"},
                "",
                ""});
}

// Any head of the lexicon with its own "và" (a station of radio and television) is read whole, with
// its level and place, as the offices of two bodies above.
TEST(PlanPatterns50, AHeadWithItsOwnAndTakesItsPlace) {
  const test::OrganizerCase cases[] = {
      {"a broadcaster of a province organising",
       "Ngày 12/3/2024, Đài Phát thanh và Truyền hình tỉnh Nghệ An phối hợp với Sở Nội vụ tổ chức Lễ phát động "
       "phong trào thi đua năm 2024.",
       {"Đài Phát thanh và Truyền hình tỉnh Nghệ An", "Sở Nội vụ"}},
  };
  test::expect_organizers(cases);
}

TEST(PlanPatterns50, ARoleInBracketsAfterAPersonIsHerUnits) {
  expect_field("/group/leader",
               {{"\"… Nguyễn Thị Hoa (cụm trưởng cụm thi đua số 5) phát biểu\"",
                 "Ngày 20/2/2025, Cụm thi đua số 5 tổ chức hội nghị ký kết giao ước thi đua năm 2025.\n\n"
                 "Chủ tịch Ủy ban MTTQ xã Hòa An Nguyễn Thị Hoa (cụm trưởng cụm thi đua số 5) phát biểu khai mạc.",
                 "Ủy ban MTTQ xã Hòa An"}});
}

TEST(PlanPatterns50, AQuotedNameSetsNoAim) {
  test::expect_targets<1>({{"\"không để\" inside a movement's quoted name",
                            "Ngày 9/3/2024, Hội Liên hiệp Phụ nữ tỉnh phát động đợt thi đua đặc biệt năm 2024.\n\n"
                            "Các cấp Hội tiếp tục hưởng ứng phong trào “Chung tay vì người nghèo - Không để ai bị bỏ lại "
                            "phía sau” trong toàn tỉnh.",
                            {}}});
}

TEST(PlanPatterns50, NamesInABracketAfterTheLevel) {
  expect_group({"\"gồm các xã (A, B, C)\": the communes named in the bracket",
                "Ngày 5/3/2024, Cụm thi đua số 1 gồm các xã (Yên Lạc, Hòa Bình, Tân Thành) tổ chức ký kết giao ước thi "
                "đua năm 2024.",
                {"xã Yên Lạc", "xã Hòa Bình", "xã Tân Thành"},
                "",
                ""});
}

TEST(PlanPatterns50, TheUnitsSigningAPledgeAreNoTarget) {
  test::expect_targets<1>({{"\"N phường … ký giao ước\": the parties, counted, set no level",
                            "Ngày 6/3/2024, Cụm thi đua các phường thuộc quận tổ chức ký kết giao ước thi đua năm "
                            "2024. Năm 2024, 9 phường thuộc quận ký giao ước thi đua với 5 chỉ tiêu.",
                            {}}});
  test::expect_counts<1>({{"… and the pledge's goals are counted",
                           "Ngày 6/3/2024, Cụm thi đua các phường thuộc quận tổ chức ký kết giao ước thi đua năm "
                           "2024. Năm 2024, 9 phường thuộc quận ký giao ước thi đua với 5 chỉ tiêu.",
                           {{5, "chỉ tiêu"}}}});
}

TEST(PlanPatterns50, ARoleSetOffAfterAUnitIsItsRole) {
  expect_field("/group/leader",
               {{"\"Unit, Trưởng Khối thi đua … đã tổ chức\": no person named, the unit holds it",
                 "Sáng ngày 2/3/2023 Sở Tư pháp, Trưởng Khối thi đua các cơ quan nội chính tỉnh đã tổ chức Hội nghị "
                 "ký kết giao ước thi đua năm 2023.",
                 "Sở Tư pháp"}});
}

TEST(PlanPatterns50, TheContentsHeadInsideAnotherListIsAnItem) {
  test::expect_contents<1>({{"\"…, nội dung thi đua khen thưởng, phân công …; …\": an agenda's item",
                             "Ngày 20/3/2018, Cụm thi đua số 2 tổ chức hội nghị giao ban quý I năm 2018.\n\n"
                             "Hội nghị bàn các việc: đánh giá kết quả quý I; thống nhất lịch họp, một số tiêu chí, "
                             "nội dung thi đua khen thưởng, phân công trách nhiệm; trao đổi kinh nghiệm giữa các "
                             "đơn vị; thống nhất quỹ tình nghĩa của cụm.",
                             {}}});
}

}  // namespace
}  // namespace thidua::text::plan
