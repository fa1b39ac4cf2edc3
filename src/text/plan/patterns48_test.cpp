// The forty-eighth round (issue 14, session 20, s20-lead): what a headline and a lead paragraph
// say, from the focused set tests/fixtures/plans/focus/lead — a day named after "Sáng nay / Sáng
// mai" or announced as coming; the spring of a year; award ceremonies and programmes held; the
// hall and the city of a place; organisers cut out of longer names, named in the occasion greeted
// or sharing a bare level; an emulation a launch names by its purpose alone. Sentences written for
// the test, none copied from a text.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_field;
using test::expect_organizers;

TEST(PlanPatterns48, ADayAfterThisOrTomorrowMorningIsTheDay) {
  expect_field("/event/date",
               {{"\"Sáng nay\" before the day and month, the year from the Tết named",
                 "Công an huyện Quế Sơn ra quân\n\n"
                 "Sáng nay 18.12, Công an huyện Quế Sơn tổ chức lễ ra quân đợt cao điểm tấn công trấn áp tội phạm "
                 "dịp Tết Nguyên đán Giáp Thìn 2024.",
                 "2023-12-18"},
                {"\"Sáng mai\" under the page's stamp",
                 "Sáng mai 12-9: Khai mạc Đại hội Thi đua yêu nước tỉnh Hà Nam lần thứ V\n"
                 "Cập nhật lúc 17:20, Thứ Sáu, 11/09/2020 (GMT+7)\n\n"
                 "Sáng mai 12-9, tại Trung tâm Hội nghị tỉnh, UBND tỉnh khai mạc Đại hội Thi đua yêu nước tỉnh "
                 "lần thứ V.",
                 "2020-09-12"}});
  expect_field("/title",
               {{"a headline opening with the day and a colon stays the headline",
                 "Sáng mai 12-9: Khai mạc Đại hội Thi đua yêu nước tỉnh Hà Nam lần thứ V\n"
                 "Cập nhật lúc 17:20, Thứ Sáu, 11/09/2020 (GMT+7)\n\n"
                 "Sáng mai 12-9, tại Trung tâm Hội nghị tỉnh, UBND tỉnh khai mạc Đại hội Thi đua yêu nước tỉnh "
                 "lần thứ V.",
                 "Sáng mai 12-9: Khai mạc Đại hội Thi đua yêu nước tỉnh Hà Nam lần thứ V"}});
}

TEST(PlanPatterns48, ADayAnnouncedAsComingIsOnOrAfterThePageDay) {
  expect_field("/event/date",
               {{"\"ngày 20.8 tới\" written in June",
                 "Tổ chức Đại hội Thi đua yêu nước tỉnh lần thứ V vào tháng 8\n\n"
                 "THỨ HAI, 08/06/2020 09:10:15\n\n"
                 "Đại hội Thi đua yêu nước tỉnh lần thứ V sẽ được tổ chức vào ngày 20.8 tới tại Hội trường tỉnh.",
                 "2020-08-20"}});
}

TEST(PlanPatterns48, TheSpringOfAYearIsItsLunarNewYear) {
  expect_field("/event/date",
               {{"a December launch for the spring of the next year",
                 "Ra quân bảo đảm an ninh dịp Tết\n\n"
                 "Ngày 14/12, Công an tỉnh Hà Nam tổ chức lễ ra quân cao điểm bảo đảm an ninh, trật tự dịp Tết và "
                 "lễ hội Xuân 2026.",
                 "2025-12-14"}});
}

TEST(PlanPatterns48, AnAwardCeremonyOrAProgrammeIsAnEventHeldByItsBody) {
  expect_organizers({{"an orders ceremony, its headline and its body",
                      "Lễ trao tặng Huân chương Lao động hạng Ba\n\n"
                      "Chiều 14.3, tại Nhà văn hóa huyện, UBND huyện Tân Kỳ tổ chức Lễ trao tặng Huân chương Lao động "
                      "hạng Ba cho Trường THPT Tân Kỳ.",
                      {"UBND huyện Tân Kỳ"}},
                     {"a programme that commends",
                      "Tuyên dương đoàn viên tiêu biểu\n\n"
                      "Chiều 5/6/2023, Liên đoàn Lao động huyện Yên Dũng tổ chức Chương trình tuyên dương đoàn viên tiêu "
                      "biểu tại nơi làm việc.",
                      {"Liên đoàn Lao động huyện Yên Dũng"}}});
  expect_field("/title", {{"the ceremony's headline is kept",
                           "Lễ trao tặng Huân chương Lao động hạng Ba\n\n"
                           "Chiều 14.3, tại Nhà văn hóa huyện, UBND huyện Tân Kỳ tổ chức Lễ trao tặng Huân chương Lao "
                           "động hạng Ba cho Trường THPT Tân Kỳ.",
                           "Lễ trao tặng Huân chương Lao động hạng Ba"}});
  expect_field("/event/place", {{"where people work is no venue",
                                 "Tuyên dương đoàn viên tiêu biểu\n\n"
                                 "Chiều 5/6/2023, Liên đoàn Lao động huyện Yên Dũng tổ chức Chương trình tuyên dương "
                                 "đoàn viên tiêu biểu tại nơi làm việc.",
                                 ""}});
}

TEST(PlanPatterns48, AHallAndTheCityAfterItsComma) {
  expect_field("/event/place",
               {{"a meeting's word inside the hall's name",
                 "Đại hội thi đua\n\n"
                 "Ngày 22/9/2020, UBND tỉnh tổ chức Đại hội thi đua yêu nước tỉnh lần thứ X tại Trung tâm Hội nghị 25B "
                 "TP. Thanh Hóa, với 400 đại biểu.",
                 "Trung tâm Hội nghị 25B TP. Thanh Hóa"},
                {"the city kept before \"dưới sự chủ trì\"",
                 "Đại hội thi đua toàn quốc\n\n"
                 "Sáng 9/12/2020, Đại hội thi đua yêu nước toàn quốc lần thứ X khai mạc tại Trung tâm Hội nghị Quốc "
                 "gia, Hà Nội dưới sự chủ trì của Thủ tướng.",
                 "Trung tâm Hội nghị Quốc gia, Hà Nội"}});
}

TEST(PlanPatterns48, AnOrganiserIsNoFragmentOfALongerName) {
  expect_organizers({{"a national union's central committee by its whole name",
                      "Đại hội thi đua của nông dân\n\n"
                      "Trung ương Hội Nông dân Việt Nam sáng 10-10-2024 đã tổ chức Đại hội Thi đua yêu nước lần thứ V.",
                      {"Trung ương Hội Nông dân Việt Nam"}},
                     {"a name with its short name in brackets inside: not cut to its tail",
                      "Tổng kết cuộc thi\n\n"
                      "Ngày 3/1/2024, Tổng Liên đoàn Lao động (LĐLĐ) Việt Nam tổ chức Hội nghị tổng kết cuộc thi tìm "
                      "hiểu pháp luật.",
                      {}},
                     {"a name cut after \"các\"",
                      "Ra quân vệ sinh môi trường\n\n"
                      "Sáng ngày 10/3/2019, Ban Quản lý các Chương trình mục tiêu Quốc gia về giảm nghèo xã Phú Lễ ra "
                      "quân thực hiện ngày vệ sinh môi trường trên địa bàn xã.",
                      {}},
                     {"a body named in the occasion greeted",
                      "Sôi nổi cuộc thi chào mừng Đại hội XIII Công đoàn Việt Nam\n\n"
                      "Hội nghị tổng kết cuộc thi trực tuyến đã diễn ra sáng 5/12/2023 tại Hà Nội.",
                      {}}});
}

TEST(PlanPatterns48, BodiesSharingABareLevelEachTakeIt) {
  expect_organizers({{"the Party committee, the council, the committee and the Front of the province",
                      "Đại hội thi đua yêu nước\n\n"
                      "Sáng 12/8/2015, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh tổ chức Đại hội thi đua yêu nước lần "
                      "thứ IV.",
                      {"Tỉnh ủy", "HĐND tỉnh", "UBND tỉnh", "Ủy ban MTTQ tỉnh"}}});
}

TEST(PlanPatterns48, ALaunchNamesItsEmulationByItsPurpose) {
  expect_field("/movement/name",
               {{"\"phát động thi đua chào mừng …\" in the headline",
                 "Chủ tịch UBND tỉnh phát động thi đua chào mừng kỷ niệm 50 năm giải phóng tỉnh\n\n"
                 "Sáng 2/3/2025, UBND tỉnh Bình Phước tổ chức Lễ phát động thi đua.",
                 "thi đua chào mừng kỷ niệm 50 năm giải phóng tỉnh"},
                {"a launch recalled in a review names nothing",
                 "Tổng kết công tác năm 2025\n\n"
                 "Sáng 5/12/2025, Cụm thi đua số 3 tổ chức hội nghị tổng kết. Trong năm, các đơn vị đã phát động thi "
                 "đua chào mừng các ngày lễ lớn.",
                 ""},
                {"a movement's bare initials in quotes",
                 "Hội nghị bình xét danh hiệu văn hóa\n\n"
                 "Ngày 4/12/2019, Ban chỉ đạo huyện tổ chức hội nghị. Đồng chí Lê Văn Hùng, Trưởng BCĐ phong trào "
                 "“TDĐKXDĐSVH” huyện chủ trì hội nghị.",
                 ""}});
}

}  // namespace
}  // namespace thidua::text::plan
