// The fifty-sixth round (issue 14, session 22, s22-tidy): the review's leftovers of plan import —
// a body's name written out with commas inside it is one name ("Cục Cảnh sát phòng cháy, chữa cháy
// và cứu nạn, cứu hộ", as "Cục Cảnh sát PCCC và CNCH" is), a real list of bodies still splits at
// its commas; a word that is a verb elsewhere does not cut a name after a head ("Trung tâm Dịch vụ
// việc làm tỉnh A", "Ban Quản lý dự án …"); the positions' shorthand read from the lexicon's one
// abbreviation table; a contest ("cuộc thi") held as "Hội thi" is, a session ("phiên họp") as
// "hội nghị" is (a conference; the contract has no kind for a contest); a gathering the headline
// announces ("UBND tỉnh sẽ tổ chức Hội thi …") is the event, not a sentence before it recalling the
// past ones.
// Sentences written for the test, none copied from a text.
#include <gtest/gtest.h>

#include "text/plan/lexicon.h"
#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_field;
using test::expect_organizers;
using test::expect_positions;

TEST(PlanPatterns56, ABodysNameWithCommasInsideIsOneName) {
  const test::OrganizerCase cases[] = {
      {"the national department written out, in lower case",
       "Chiều 21/4, Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ tổ chức Hội nghị sơ kết phong trào thi "
       "đua “Vì an ninh Tổ quốc” năm 2025.",
       {"Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"}},
      {"its fields capitalised",
       "Chiều 21/4, Cục Cảnh sát Phòng cháy, chữa cháy và Cứu nạn, cứu hộ tổ chức Hội nghị sơ kết phong trào thi "
       "đua năm 2025.",
       {"Cục Cảnh sát Phòng cháy, chữa cháy và Cứu nạn, cứu hộ"}},
      {"a province's room, the province's police after it",
       "Ngày 3/9, Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Phú Yên tổ chức Lễ phát động "
       "đợt thi đua cao điểm.",
       {"Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Phú Yên"}},
      {"one field alone",
       "Ngày 3/9, Đội Cảnh sát phòng cháy, chữa cháy Công an huyện Sơn Hòa tổ chức Lễ phát động đợt thi đua cao điểm.",
       {"Đội Cảnh sát phòng cháy, chữa cháy Công an huyện Sơn Hòa"}},
      {"a real list of bodies still splits at its commas",
       "Ngày 3/9, Công an tỉnh Phú Yên, Công an tỉnh Khánh Hòa phối hợp tổ chức Hội nghị ký kết giao ước thi đua "
       "năm 2025.",
       {"Công an tỉnh Phú Yên", "Công an tỉnh Khánh Hòa"}},
      {"the short form glued by \"&\" read as before",
       "Sáng 7/7, Phòng Cảnh sát PCCC&CNCH, Công an tỉnh Phú Yên tổ chức ra mắt mô hình thi đua “Tổ liên gia an toàn "
       "phòng cháy”.",
       {"Phòng Cảnh sát PCCC&CNCH, Công an tỉnh Phú Yên"}},
  };
  expect_organizers(cases);
  expect_positions(test::parse("Ngày 3/9, Công an tỉnh Phú Yên tổ chức Lễ phát động đợt thi đua cao điểm. Thượng tá Đỗ "
                               "Minh Quân, Trưởng Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh "
                               "Phú Yên phát biểu."),
                   {{"Đỗ Minh Quân", "Trưởng Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Phú Yên"}});
}

TEST(PlanPatterns56, AVerbWordInsideANameDoesNotCutIt) {
  const test::OrganizerCase cases[] = {
      {"\"việc làm\" after \"Trung tâm Dịch vụ\"",
       "Ngày 9/1, Trung tâm Dịch vụ việc làm tỉnh Hà Nam tổ chức Hội nghị ký kết giao ước thi đua năm 2025.",
       {"Trung tâm Dịch vụ việc làm tỉnh Hà Nam"}},
      {"\"dự án\" after \"Ban Quản lý\"",
       "Ngày 9/1, Ban Quản lý dự án đầu tư xây dựng huyện Kim Bảng tổ chức Hội nghị ký kết giao ước thi đua năm 2025.",
       {"Ban Quản lý dự án đầu tư xây dựng huyện Kim Bảng"}},
      {"\"người có công\" after \"Trung tâm Điều dưỡng\"",
       "Ngày 9/1, Trung tâm Điều dưỡng người có công tỉnh Hà Nam tổ chức Hội nghị tổng kết phong trào thi đua năm 2024.",
       {"Trung tâm Điều dưỡng người có công tỉnh Hà Nam"}},
  };
  expect_organizers(cases);
  expect_positions(test::parse("Ngày 9/1, Sở Nội vụ tỉnh Hà Nam tổ chức Hội nghị ký kết giao ước thi đua năm 2025. Bà "
                               "Trần Thị Mai, Giám đốc Trung tâm Dịch vụ việc làm tỉnh Hà Nam phát biểu."),
                   {{"Trần Thị Mai", "Giám đốc Trung tâm Dịch vụ việc làm tỉnh Hà Nam"}});
  // "làm" as the verb of a role stays one: the unit before it is the leader.
  const nlohmann::json r = test::parse(
      "Ngày 9/1, Khối thi đua các sở tỉnh Hà Nam gồm: Sở Nội vụ, Sở Tư pháp, Sở Y tế tổ chức ký kết giao ước thi "
      "đua năm 2025. Sở Tư pháp làm Khối trưởng.");
  ASSERT_TRUE(r["group"].is_object());
  EXPECT_EQ(r["group"]["leader"], "Sở Tư pháp");
}

TEST(PlanPatterns56, APositionSpellsOutTheAbbreviationsTheLexiconFlags) {
  // One table: the position's shorthand spelt out, the units' own abbreviations kept short.
  EXPECT_STREQ(position_expansion("PGĐ"), "Phó Giám đốc");
  EXPECT_STREQ(position_expansion("CAX"), "Công an xã");
  EXPECT_STREQ(position_expansion("TĐKT"), "Thi đua - Khen thưởng");
  EXPECT_EQ(position_expansion("UBND"), nullptr);
  EXPECT_EQ(position_expansion("MTTQ"), nullptr);
  EXPECT_EQ(position_expansion("ca"), nullptr);  // a word, not the police written short
  expect_positions(test::parse("Ngày 2/3, Công an xã Tân Lập tổ chức Lễ phát động phong trào thi đua năm 2025. Dự có ông "
                               "Phạm Văn Long, PCT UBND xã; Thiếu tá Vũ Đức Anh, Trưởng CAX Tân Lập."),
                   {{"Phạm Văn Long", "Phó Chủ tịch UBND xã Tân Lập"}, {"Vũ Đức Anh", "Trưởng Công an xã Tân Lập"}});
}

TEST(PlanPatterns56, AContestIsHeldAsHoiThiIsAndASessionIsAConference) {
  const char* contest =
      "Thi tìm hiểu pháp luật về an toàn giao thông\n\n"
      "Ngày 23/4/2025, Công an huyện Bảo Thắng tổ chức cuộc thi tìm hiểu pháp luật về an toàn giao thông tại hội "
      "trường UBND huyện. Cuộc thi là hoạt động thi đua chào mừng 80 năm Ngày truyền thống lực lượng.";
  const char* contest_after = "Chung kết tuyên truyền viên giỏi\n\n"
                              "Chiều 11/6/2025, Cuộc thi “Tuyên truyền viên giỏi” năm 2025 do Hội Liên hiệp Phụ nữ "
                              "tỉnh Yên Bái tổ chức đã diễn ra tại Nhà văn hóa Lao động tỉnh, hưởng ứng phong trào thi đua.";
  const char* session = "Khối thi đua các ngân hàng họp phiên đầu năm\n\n"
                        "Ngày 16/1/2025, Khối thi đua các ngân hàng thương mại tỉnh Quảng Ninh tổ chức phiên họp lần "
                        "thứ nhất tại trụ sở Ngân hàng Công thương tỉnh, bàn kế hoạch thi đua năm 2025.";
  expect_field("/event/place", {{"\"tổ chức cuộc thi … tại\": the contest's place", contest, "hội trường UBND huyện"},
                                {"\"Cuộc thi … do A tổ chức đã diễn ra tại\"", contest_after, "Nhà văn hóa Lao động tỉnh"},
                                {"\"tổ chức phiên họp … tại\"", session, "trụ sở Ngân hàng Công thương tỉnh"}});
  expect_field("/event/kind", {{"a contest: no kind", contest, ""},
                               {"a session: a conference", session, "conference"}});
  const test::OrganizerCase cases[] = {
      {"the unit holding the contest", contest, {"Công an huyện Bảo Thắng"}},
      {"the unit after \"do\"", contest_after, {"Hội Liên hiệp Phụ nữ tỉnh Yên Bái"}},
  };
  expect_organizers(cases);
}

TEST(PlanPatterns56, AGatheringTheHeadlineAnnouncesIsTheEvent) {
  const char* after_past = "UBND tỉnh sẽ tổ chức Hội thi “Dân vận khéo” lần thứ tư\n\n"
                           "Hội thi “Dân vận khéo” lần thứ ba do Ban Dân vận Tỉnh ủy tổ chức ngày 9/11/2023 tại Hội "
                           "trường tỉnh đã thu hút 24 đội thi. Tiếp nối kết quả đó, UBND tỉnh Bắc Kạn sẽ tổ chức Hội thi "
                           "“Dân vận khéo” lần thứ tư vào ngày 14/11/2025 tại thành phố Bắc Kạn.";
  const char* counted_past = "Bắc Kạn: Sẽ tổ chức Hội thi hòa giải viên giỏi năm 2025\n\n"
                             "Những năm trước, tỉnh đã tổ chức thành công 3 hội thi hòa giải viên giỏi với hàng trăm thí "
                             "sinh. Theo kế hoạch, UBND tỉnh Bắc Kạn sẽ tổ chức Hội thi hòa giải viên giỏi năm 2025 vào "
                             "ngày 20/10/2025 tại huyện Chợ Đồn nhằm đẩy mạnh phong trào thi đua ở cơ sở.";
  const char* launch = "Công an tỉnh sẽ tổ chức Lễ phát động đợt cao điểm thi đua\n\n"
                       "Năm 2024, Lễ phát động đợt cao điểm thi đua do Công an tỉnh Bắc Kạn tổ chức ngày 1/3/2024 tại "
                       "sân vận động tỉnh đã tạo khí thế sôi nổi. Năm nay, Công an tỉnh Bắc Kạn sẽ tổ chức Lễ phát "
                       "động đợt cao điểm thi đua vào ngày 4/3/2025 tại huyện Ba Bể.";
  const char* held = "Sở Tư pháp tổ chức Hội thi hòa giải viên giỏi\n\n"
                     "Ngày 16/9/2024, Sở Tư pháp tỉnh Bắc Kạn tổ chức Hội thi hòa giải viên giỏi lần thứ hai tại Nhà "
                     "văn hóa tỉnh. Năm 2025, Sở sẽ tổ chức Hội thi hòa giải viên giỏi lần thứ ba tại huyện Chợ Mới.";
  expect_field("/event/date", {{"the coming contest, not the third one recalled before it", after_past, "2025-11-14"},
                               {"the coming contest, not the count of past ones", counted_past, "2025-10-20"},
                               {"the coming launch, not last year's", launch, "2025-03-04"},
                               {"a contest held and reported: the next one announced is not the event", held, "2024-09-16"}});
  expect_field("/event/place", {{"the coming contest's place", after_past, "thành phố Bắc Kạn"},
                                {"the coming launch's place", launch, "huyện Ba Bể"}});
  expect_field("/event/kind", {{"the coming launch keeps its kind", launch, "launch"}});
  const test::OrganizerCase cases[] = {
      {"the unit announcing the contest, not the one that held the last", after_past, {"UBND tỉnh Bắc Kạn"}},
      {"the unit announcing it after a count of past ones", counted_past, {"UBND tỉnh Bắc Kạn"}},
  };
  expect_organizers(cases);
}

}  // namespace
}  // namespace thidua::text::plan
