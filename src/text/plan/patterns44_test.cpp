// The forty-fourth round (issue 14, session 19, s19-rules): wordings of the former eval4 texts,
// each written here as a family — an emulation congress held (a review of its period, in the
// period's last year) or only greeted; honouring the exemplars of a period; the school year of a
// day's own sentence; two forces sharing one list of places; a text headed by a plan's name; the
// day an anniversary commemorates; a counted list of contents whose items hold commas. Sentences
// written for the test, none copied from a text.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_contents;
using test::expect_counts;
using test::expect_field;
using test::expect_group;
using test::expect_positions;

TEST(PlanPatterns44, AnEmulationCongressHeldReviewsItsPeriodInItsLastYear) {
  expect_field("/event/kind",
               {{"the army's congress of a five-year period",
                 "Lạng Sơn: Đại hội Thi đua Quyết thắng giai đoạn 2019-2024\n\n"
                 "Ngày 15-12, Bộ Chỉ huy Quân sự tỉnh Lạng Sơn tổ chức Đại hội Thi đua Quyết thắng giai đoạn 2019-2024. "
                 "Dự đại hội có lãnh đạo Quân khu 1 và lãnh đạo tỉnh.",
                 "review"},
                {"a ministry's patriotic congress",
                 "Bộ Tư pháp tổ chức Đại hội thi đua yêu nước lần thứ V\n\n"
                 "Sáng 20/8, Bộ Tư pháp tổ chức Đại hội thi đua yêu nước lần thứ V, giai đoạn 2020 - 2025, với sự tham "
                 "dự của 300 đại biểu.",
                 "review"}});
  expect_field("/event/date",
               {{"the day takes the period's last year, not its first",
                 "Lạng Sơn: Đại hội Thi đua Quyết thắng\n\n"
                 "Ngày 15-12, Bộ Chỉ huy Quân sự tỉnh Lạng Sơn tổ chức Đại hội Thi đua Quyết thắng giai đoạn 2019-2024. "
                 "Dự đại hội có lãnh đạo Quân khu 1 và lãnh đạo tỉnh.",
                 "2024-12-15"}});
}

TEST(PlanPatterns44, ACongressCalledAfterItsMovementNamesIt) {
  expect_field("/movement/name",
               {{"the army's movement, by the congress's name",
                 "Lạng Sơn: tổng kết 5 năm thi đua\n\n"
                 "Ngày 15-12, Bộ Chỉ huy Quân sự tỉnh Lạng Sơn tổ chức Đại hội Thi đua Quyết thắng giai đoạn 2019-2024. "
                 "Dự đại hội có lãnh đạo Quân khu 1 và lãnh đạo tỉnh.",
                 "Thi đua Quyết thắng"},
                {"the name stops before the congress's level",
                 "Các đơn vị hoàn thành đại hội\n\n"
                 "Đến ngày 30/6/2024, 12 đơn vị đã tổ chức Đại hội thi đua Quyết thắng cấp cơ sở giai đoạn 2019-2024.",
                 "thi đua Quyết thắng"},
                {"a patriotic congress names no movement of its own",
                 "Bộ Tư pháp tổ chức Đại hội\n\n"
                 "Sáng 20/8/2025, Bộ Tư pháp tổ chức Đại hội Thi đua yêu nước lần thứ V.",
                 ""}});
}

TEST(PlanPatterns44, ACongressGreetedOrBriefedOnIsNotTheEvent) {
  expect_field("/event/kind",
               {{"a peak launched to greet the national congress",
                 "Công an huyện Yên Thế phát động đợt thi đua cao điểm\n\n"
                 "Sáng 5/3/2025, Công an huyện Yên Thế tổ chức lễ phát động đợt thi đua cao điểm chào mừng Đại hội Thi "
                 "đua yêu nước toàn quốc lần thứ XI.",
                 "launch"},
                {"a press briefing by the congress's organising committee",
                 "Họp báo về Đại hội thi đua của Bộ\n\n"
                 "Chiều 2-8, Ban tổ chức Đại hội thi đua yêu nước Bộ Xây dựng đã họp báo, thông tin về Đại hội thi đua "
                 "sẽ diễn ra cuối tháng.",
                 ""}});
}

TEST(PlanPatterns44, HonouringTheExemplarsOfAPeriodDatesTheMeetingInItsLastYear) {
  expect_field("/event/date",
               {{"a union honours its exemplars of five years",
                 "Biểu dương nông dân điển hình tiên tiến\n\n"
                 "Sáng 12/6, Hội Nông dân tỉnh Bến Tre tổ chức hội nghị biểu dương nông dân điển hình tiên tiến giai "
                 "đoạn 2020 - 2025. Dự hội nghị có 120 hội viên điển hình tiên tiến trong phong trào thi đua yêu nước "
                 "giai đoạn 2020-2025.",
                 "2025-06-12"},
                {"a pledge over the same period keeps its first year",
                 "Ký kết giao ước thi đua\n\n"
                 "Sáng 12/6, Hội Nông dân tỉnh Bến Tre tổ chức hội nghị ký kết giao ước thi đua giai đoạn 2020 - 2025.",
                 "2020-06-12"}});
}

TEST(PlanPatterns44, TheSchoolYearOfTheDaysOwnSentenceBeatsAPeriodWrittenElsewhere) {
  expect_field("/event/date",
               {{"an autumn pledge of a school year, a programme's period later",
                 "Cụm thi đua số 3 ký kết giao ước thi đua\n\n"
                 "Ngày 20-9, Cụm thi đua số 3 thuộc Sở Giáo dục và Đào tạo tổ chức ký kết giao ước thi đua thực hiện "
                 "nhiệm vụ năm học 2023 - 2024. Các trường cam kết đẩy mạnh phong trào thi đua “Đổi mới, sáng tạo trong "
                 "dạy và học” giai đoạn 2021-2025.",
                 "2023-09-20"}});
}

TEST(PlanPatterns44, TwoForcesSharingOneListOfPlacesAreEachPlacesTwoUnits) {
  expect_group({"police and fire police of three provinces at a cluster's meeting",
                "Cụm thi đua số 7 giao ban công tác năm 2018\n\n"
                "Ngày 10/4/2018, Cụm thi đua số 7 tổ chức hội nghị giao ban. Dự hội nghị có lãnh đạo Công an, Cảnh sát "
                "phòng cháy chữa cháy các tỉnh Lào Cai, Yên Bái và Phú Thọ.",
                {"Công an tỉnh Lào Cai", "Cảnh sát phòng cháy chữa cháy tỉnh Lào Cai", "Công an tỉnh Yên Bái",
                 "Cảnh sát phòng cháy chữa cháy tỉnh Yên Bái", "Công an tỉnh Phú Thọ",
                 "Cảnh sát phòng cháy chữa cháy tỉnh Phú Thọ"},
                "", ""});
}

TEST(PlanPatterns44, ATextHeadedByAPlansNameHasNoEventKindUnlessItSchedulesACeremony) {
  expect_field("/event/kind",
               {{"a plan that launches a movement",
                 "Kế hoạch phát động phong trào thi đua chào mừng kỷ niệm 80 năm Ngày truyền thống ngành Văn hóa\n\n"
                 "Nhằm chào mừng kỷ niệm 80 năm Ngày truyền thống, Sở Văn hóa tỉnh phát động phong trào thi đua trong "
                 "toàn ngành với các nội dung sau.",
                 ""},
                {"a plan that schedules a launch ceremony",
                 "Kế hoạch tổ chức Lễ ra quân đợt cao điểm trấn áp tội phạm\n\n"
                 "Sáng 2/1/2025, Công an huyện tổ chức lễ ra quân đợt cao điểm trấn áp tội phạm.",
                 "launch"}});
}

TEST(PlanPatterns44, TheDayAnAnniversaryCommemoratesIsNeverTheEventsDate) {
  expect_field("/event/date",
               {{"the founding day recalled in a plan for its seventieth year",
                 "Kế hoạch thi đua chào mừng 70 năm Ngày truyền thống ngành Thủy lợi (12/9/1955 – 12/9/2025)\n\n"
                 "Ngày 12 tháng 9 năm 1955, Chủ tịch Hồ Chí Minh gửi thư tới hội nghị cán bộ ngành Thủy lợi. Để chào "
                 "mừng kỷ niệm 70 năm, Chi cục Thủy lợi tỉnh phát động thi đua trong toàn đơn vị.",
                 ""}});
}

TEST(PlanPatterns44, ADegreeBeforeASurnameCuesAPerson) {
  expect_positions({{"a doctor of a health department quoted, and a hospital's director",
                     "Ngành Y tế Nam Định tổng kết năm 2024\n\n"
                     "Sáng 8/1/2025, Sở Y tế tỉnh Nam Định tổ chức hội nghị tổng kết công tác năm 2024. Theo TS. Vũ Văn "
                     "Thành – Phó Giám đốc Sở Y tế tỉnh Nam Định, năm qua toàn ngành có 25 tập thể được khen thưởng. "
                     "BSCKII Đỗ Thị Lan – Giám đốc Bệnh viện Phụ sản tỉnh phát biểu tại hội nghị.",
                     {{"Vũ Văn Thành", "Phó Giám đốc Sở Y tế tỉnh Nam Định"},
                      {"Đỗ Thị Lan", "Giám đốc Bệnh viện Phụ sản tỉnh Nam Định"}}}});
  // A degree before no surname names no one.
  const nlohmann::json r = test::parse(
      "Trường tổ chức lễ khai giảng\n\nSáng 5/9/2024, Trường Đại học Y tổ chức lễ khai giảng năm học mới cho 300 học "
      "viên TS Nội trú và ThS Y học.");
  EXPECT_TRUE(r["people"].empty()) << r["people"];
}

TEST(PlanPatterns44, AFullNameWithAPersonsMiddleNameAfterALevelIsTheOfficeHolder) {
  expect_positions({{"a city's chairman signs a plan",
                     "Thành phố phát động thi đua năm 2024\n\n"
                     "Ngày 10/1/2024, Chủ tịch UBND thành phố Lê Quốc Bảo ký ban hành Kế hoạch số 12/KH-UBND về phát động "
                     "phong trào thi đua năm 2024.",
                     {{"Lê Quốc Bảo", "Chủ tịch UBND thành phố"}}},
                    {"a province's vice-chairman at a launch",
                     "Tỉnh phát động thi đua\n\n"
                     "Sáng 12/2/2024, Phó Chủ tịch UBND tỉnh Nguyễn Khắc Toàn dự lễ phát động phong trào thi đua năm 2024.",
                     {{"Nguyễn Khắc Toàn", "Phó Chủ tịch UBND tỉnh"}}}});
}

TEST(PlanPatterns44, AFieldWrittenWithVaInsideABodysNameDoesNotEndThePlace) {
  expect_field("/event/place",
               {{"a bank's branch as the venue",
                 "Khối thi đua các ngân hàng sơ kết 6 tháng\n\n"
                 "Ngày 20/7/2024, tại Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam - Chi nhánh tỉnh Thái Bình, "
                 "Khối thi đua các ngân hàng tỉnh Thái Bình tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm.",
                 "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam - Chi nhánh tỉnh Thái Bình"}});
}

TEST(PlanPatterns44, ANationalSteeringBoardsRemitClosesWithTrungUong) {
  expect_positions({{"a deputy minister heading the national board",
                     "Hội nghị giao ban năm 2019\n\n"
                     "Ngày 12/4/2019, Công an tỉnh Nghệ An tổ chức hội nghị giao ban. Dự hội nghị có Trung tướng Lê Quý "
                     "Vương, Thứ trưởng Bộ Công an, Trưởng Ban chỉ đạo Phòng chống tội phạm Trung ương.",
                     {{"Lê Quý Vương", "Thứ trưởng Bộ Công an, Trưởng Ban chỉ đạo Phòng chống tội phạm Trung ương"}}}});
}

TEST(PlanPatterns44, TheWholeOneThingIsPickedOutOfIsNoCount) {
  expect_counts({{"the first of five blocks to meet",
                  "Khối thi đua 2 họp phiên thứ nhất\n\n"
                  "Ngày 9/11/2023, Khối thi đua 2 các ngân hàng thương mại tổ chức phiên họp lần thứ nhất. Đây là Khối "
                  "đầu tiên trong 4 Khối thi đua các ngân hàng tổ chức phiên họp.",
                  {}},
                 {"one of twelve units",
                  "Công an huyện được tặng Cờ thi đua\n\n"
                  "Sáng 3/1/2024, Công an huyện Tân Phú đón nhận Cờ thi đua của Bộ Công an; đơn vị là một trong số 12 "
                  "đơn vị dẫn đầu phong trào thi đua năm 2023.",
                  {}},
                 {"the units a group has stay a count",
                  "Khối thi đua 2 họp phiên thứ nhất\n\n"
                  "Ngày 9/11/2023, Khối thi đua 2 các ngân hàng thương mại gồm 6 đơn vị tổ chức phiên họp lần thứ nhất.",
                  {{6, "đơn vị"}}}});
}

TEST(PlanPatterns44, ACountedListOfContentsWithCommasInsideItsItemsSplitsBeforeVerbsOfAction) {
  expect_contents({{"four contents, the third holding commas of its own",
                    "Khối thi đua các Chi cục ký kết giao ước\n\n"
                    "Ngày 8/4/2024, Khối thi đua các Chi cục tổ chức ký kết giao ước thi đua năm 2024. Nội dung thi đua của "
                    "Khối gồm 4 nội dung: Kết quả thực hiện nhiệm vụ chuyên môn, thực hiện nghiêm kỷ luật hành chính, xây "
                    "dựng chi bộ, cơ quan, đoàn thể trong sạch, vững mạnh và tổ chức tốt công tác khen thưởng.",
                    {"Kết quả thực hiện nhiệm vụ chuyên môn", "thực hiện nghiêm kỷ luật hành chính",
                     "xây dựng chi bộ, cơ quan, đoàn thể trong sạch, vững mạnh", "tổ chức tốt công tác khen thưởng"}}});
}

}  // namespace
}  // namespace thidua::text::plan
