// The forty-ninth round (issue 14, session 20, s20-audit): defects found without labels, by
// checking invariants every parse must keep over unseen real texts — a position never ends on a
// dangling "các" or a bare "Ban", a review is never dated before its movement began, a period "from
// a year until now" never dates the event in that year, a bound ("trở lên") is never a word of a
// target's measure, a cue never swallows the first thing not to let happen, a counted list's last
// item is never cut at a pair inside it, an aim's measure never holds the gathering it was stated
// at. Sentences written for the test, none copied from a text.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_field;

TEST(PlanPatterns49, AnOfficeNameRunsPastANounAfterCac) {
  expect_field("/people/0/position",
               {{"\"các tổ chức\" after \"Liên hiệp\" is the bodies' kind, not the verb",
                 "Ngày 12 tháng 3 năm 2024, Khối thi đua 7 ký kết giao ước thi đua năm 2024.\n\n"
                 "Bà Trần Thị Lan – Phó Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Nam Định phát biểu tại hội nghị.",
                 "Phó Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Nam Định"}});
}

TEST(PlanPatterns49, TheOrganisingBoardIsAnOffice) {
  expect_field("/people/0/position",
               {{"\"Trưởng Ban tổ chức\" a programme: the board's name runs on",
                 "Ngày 5/10/2023, Hội Nông dân tỉnh tôn vinh 20 nông dân xuất sắc năm 2023.\n\n"
                 "Theo ông Phạm Quốc Hùng, Trưởng Ban tổ chức Chương trình Nông dân tiêu biểu, chương trình "
                 "được tổ chức hằng năm."
                 ,
                 "Trưởng Ban tổ chức Chương trình Nông dân tiêu biểu"}});
}

TEST(PlanPatterns49, AReviewIsDatedNearItsMovementEnd) {
  expect_field("/event/date",
               {{"a review day without a year, its movement from one June to the next May",
                 "Sáng 28/5, Công an tỉnh Hà Tĩnh tổ chức hội nghị tổng kết phong trào thi đua đặc biệt.\n\n"
                 "Phong trào thi đua đặc biệt được triển khai từ ngày 10/6/2023 đến 15/5/2024 nhằm động viên "
                 "cán bộ, chiến sĩ hoàn thành xuất sắc nhiệm vụ.",
                 "2024-05-28"},
                {"a launch is still held near its movement's start",
                 "Sáng 8/6, Công an tỉnh Hà Tĩnh tổ chức lễ phát động phong trào thi đua đặc biệt.\n\n"
                 "Phong trào thi đua đặc biệt được triển khai từ ngày 10/6/2023 đến 15/5/2024 nhằm động viên "
                 "cán bộ, chiến sĩ hoàn thành xuất sắc nhiệm vụ.",
                 "2023-06-08"}});
}

TEST(PlanPatterns49, AYearUntilNowDoesNotDateTheEvent) {
  expect_field("/event/date",
               {{"\"Từ năm 2016 đến nay\": the day is after 2016, in no year the text writes",
                 "Ngày 20-7, Công an tỉnh Trà Vinh tổ chức tổng kết phong trào thi đua đặc biệt hướng tới kỷ niệm 80 "
                 "năm Ngày truyền thống Công an nhân dân (19-8-1945 – 19-8-2025).\n\n"
                 "Từ năm 2016 đến nay, Công an tỉnh Trà Vinh được tặng thưởng Huân chương chiến công hạng Ba; 3 cá "
                 "nhân được tặng thưởng Huân chương bảo vệ Tổ quốc hạng Ba; 8 cá nhân là chiến sĩ thi đua toàn lực "
                 "lượng.",
                 ""}});
}

TEST(PlanPatterns49, ABoundAfterTheCountedNounIsNotInTheMeasure) {
  test::TargetCase cases[] = {
      {"\"85% hội viên trở lên tham gia …\": at least, the measure without the bound",
       "Ngày 3/4/2024, Hội Cựu chiến binh huyện phát động thi đua năm 2024 với mục tiêu: 85% hội viên trở lên "
       "tham gia sinh hoạt định kỳ.",
       {"share at_least 85 % | hội viên tham gia sinh hoạt định kỳ"}}};
  test::expect_targets(cases);
}

TEST(PlanPatterns49, WhatIsNotToBeLetHappenKeepsItsFirstWord) {
  test::TargetCase cases[] = {
      {"\"không để bị động, bất ngờ …\": \"bị động\" is the first thing not to let happen, not part of the cue",
       "Ngày 10/12/2024, Công an tỉnh Yên Bái ra quân đợt cao điểm.\n\n"
       "Giám đốc Công an tỉnh yêu cầu các đơn vị chủ động nắm tình hình, không để bị động, bất ngờ trong mọi "
       "tình huống.",
       {"qualitative - - - | bị động, bất ngờ trong mọi tình huống"}}};
  test::expect_targets(cases);
}

TEST(PlanPatterns49, TheLastItemAfterVaIsNotAPairInsideIt) {
  test::ContentCase cases[] = {
      {"\"3 nội dung, gồm: A; B và C\", C holding a pair of its own joined by \"và\"",
       "Sáng 12/6, Công an tỉnh Phú Yên tổ chức Hội thi nghiệp vụ phòng cháy năm 2024.\n\n"
       "Hội thi tổ chức thi đấu với 3 nội dung, gồm: Kéo vòi chữa cháy; bơi cứu nạn và 100m vượt rào cứu "
       "người và dập lửa.",
       {"Kéo vòi chữa cháy", "bơi cứu nạn", "100m vượt rào cứu người và dập lửa"}},
      {"a last item of three words or more is still split at the last \"và\"",
       "Sáng 12/6, Công an tỉnh Phú Yên tổ chức Hội thi nghiệp vụ phòng cháy năm 2024.\n\n"
       "Hội thi tổ chức thi đấu với 3 nội dung, gồm: Kéo vòi chữa cháy; bơi cứu nạn và chạy tiếp sức cứu người.",
       {"Kéo vòi chữa cháy", "bơi cứu nạn", "chạy tiếp sức cứu người"}}};
  test::expect_contents(cases);
}

TEST(PlanPatterns49, TheGatheringAnAimIsStatedAtIsNotItsMeasure) {
  test::TargetCase cases[] = {
      {"\"… trong Lễ ra quân tổ chức sáng 9/12\": where the aim was stated, cut from the measure",
       "Ngày 9/12/2024, Công an tỉnh Cao Bằng ra quân đợt cao điểm.\n\n"
       "Công an tỉnh đặt mục tiêu bảo đảm tuyệt đối an toàn các mục tiêu trọng điểm dịp Tết Nguyên đán trong "
       "Lễ ra quân tổ chức sáng 9/12.",
       {"qualitative - - - | an toàn các mục tiêu trọng điểm dịp Tết Nguyên đán"}}};
  test::expect_targets(cases);
}

}  // namespace
}  // namespace thidua::text::plan
