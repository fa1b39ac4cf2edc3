// The fifty-sixth round (issue 14, session 22, s22-tidy): the review's leftovers of plan import —
// a body's name written out with commas inside it is one name ("Cục Cảnh sát phòng cháy, chữa cháy
// và cứu nạn, cứu hộ", as "Cục Cảnh sát PCCC và CNCH" is), a real list of bodies still splits at
// its commas; a word that is a verb elsewhere does not cut a name after a head ("Trung tâm Dịch vụ
// việc làm tỉnh A", "Ban Quản lý dự án …"); the positions' shorthand read from the lexicon's one
// abbreviation table.
// Sentences written for the test, none copied from a text.
#include <gtest/gtest.h>

#include "text/plan/lexicon.h"
#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

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

}  // namespace
}  // namespace thidua::text::plan
