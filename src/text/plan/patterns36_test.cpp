// The thirty-sixth round of patterns (issue 14, branch s17-plan-b: groups, counts, people), in
// sentences written for the test (none is copied from a text):
//  - a group's police counted before their level, a qualifier of the level up to the colon ("gồm 5
//    đơn vị Công an thành phố trực thuộc Trung ương: A, B …");
//  - a group described as youth unions, associations or Fronts, its list writing no police: the
//    places are the members, with their level;
//  - place names holding a syllable that is also a surname ("phường Tân Sơn Nhì"); a capitalised
//    plural word ("Các đồng chí …") opens no place; "TPHCM" after a body's head is written out; a
//    youth union named with its place ("Tỉnh đoàn Bình Dương") gives that place to bare levels;
//  - counts: "phòng, chống" inside a count's noun; a size after "mỗi" across a list of what each
//    is and inside the bracket breaking a size down; people taking part in the teams set up; the
//    volunteers of teams kept in place; a year before a numbered unit ("… 2024 Cụm thi đua số 3");
//    what a count means ("… thành viên mang ý nghĩa …") is not part of its noun;
//  - people: "chị" introduces a person; "chia sẻ" ends a position; a colon after "Đồng chí"; a
//    dash between two offices; "UBMTTQVN", "Hội CTĐ"; a list of names with their positions after
//    commas; a syllable glued on by an apostrophe ("Ksor H’Lim"); "Vy" as a surname;
//  - a role elected for a later year across a line break; the Front's campaigns are about
//    emulation, and a festival's days are not the movement's span.
#include <gtest/gtest.h>

#include <string>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::CountCase;
using test::expect_counts;
using test::expect_group;
using test::expect_positions;
using test::GroupCase;
using test::parse;
using test::PositionCase;
using test::strings;

// ---- groups ------------------------------------------------------------------------------------

TEST(PlanPatterns36, PoliceCountedBeforeTheirLevelAndAQualifier) {
  const GroupCase cases[] = {
      {"cities with a qualifier, one written short",
       "Ngày 14-4, Cụm thi đua số 2 gồm 4 đơn vị Công an thành phố trực thuộc Trung ương: Hải Phòng, TPHCM, Cần Thơ "
       "và Đà Nẵng đã tổ chức hội nghị ký kết giao ước thi đua năm 2024.",
       {"Công an thành phố Hải Phòng", "Công an thành phố Hồ Chí Minh", "Công an thành phố Cần Thơ",
        "Công an thành phố Đà Nẵng"},
       "",
       ""},
      {"provinces of a region, 'các' before the level",
       "Sáng 9/3/2023, Cụm thi đua số 4 gồm 3 đơn vị Công an các tỉnh khu vực miền núi phía Bắc: Lào Cai, Yên Bái và "
       "Hà Giang tổ chức hội nghị ký kết giao ước thi đua.",
       {"Công an tỉnh Lào Cai", "Công an tỉnh Yên Bái", "Công an tỉnh Hà Giang"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

TEST(PlanPatterns36, UnionsListedByTheirPlacesAreThePlaces) {
  const GroupCase cases[] = {
      {"the police's youth unions of four provinces",
       "Ngày 20/5/2022, Cụm thi đua số 3 - Tuổi trẻ Công an (tổ chức Đoàn Thanh niên Công an của 4 tỉnh Tây Nguyên, "
       "gồm: Gia Lai, Kon Tum, Đắk Lắk và Đắk Nông) đã ký giao ước thi đua năm 2022.",
       {"tỉnh Gia Lai", "tỉnh Kon Tum", "tỉnh Đắk Lắk", "tỉnh Đắk Nông"},
       "",
       ""},
      // The police written in the list: the police.
      {"the police written in the list",
       "Ngày 20/5/2022, Cụm thi đua số 3 - Tuổi trẻ Công an (tổ chức Đoàn Thanh niên của Công an 3 tỉnh, gồm: Công an "
       "tỉnh Gia Lai, Công an tỉnh Kon Tum và Công an tỉnh Đắk Lắk) đã ký giao ước thi đua năm 2022.",
       {"Công an tỉnh Gia Lai", "Công an tỉnh Kon Tum", "Công an tỉnh Đắk Lắk"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

TEST(PlanPatterns36, ARoleElectedForALaterYearAcrossALineBreakIsNotTheYears) {
  const auto r = parse(
      "Ngày 10/12/2022, Cụm thi đua số 3 tổng kết công tác thi đua năm 2022. Hội nghị đã thống nhất bầu chọn cụm "
      "trưởng và cụm phó năm 2023 là\nỦy ban MTTQ huyện Long Thành (Cụm trưởng) và Ủy ban MTTQ huyện Nhơn Trạch (Cụm "
      "phó).");
  ASSERT_TRUE(r["group"].is_object());
  EXPECT_TRUE(r["group"]["leader"].is_null()) << r["group"]["leader"];
  EXPECT_TRUE(r["group"]["deputy"].is_null()) << r["group"]["deputy"];
}

// ---- places ------------------------------------------------------------------------------------

TEST(PlanPatterns36, APlaceSyllableThatIsASurnameStaysInThePlace) {
  const PositionCase cases[] = {
      {"a ward of three syllables, the middle one a surname",
       "Sáng 8/1/2025, Cụm thi đua số 2 tổ chức hội nghị ký kết giao ước thi đua. Dự có đồng chí Trần Văn Lộc, Phó Bí "
       "thư Đảng ủy phường Tân Sơn Nhì.",
       {{"Trần Văn Lộc", "Phó Bí thư Đảng ủy phường Tân Sơn Nhì"}}},
      {"a commune whose last syllable but one is 'Hà'",
       "Sáng 8/1/2025, Cụm thi đua số 2 tổ chức hội nghị ký kết giao ước thi đua. Dự có đồng chí Lê Thị Mai, Chủ tịch "
       "UBND xã Thanh Hà Đông.",
       {{"Lê Thị Mai", "Chủ tịch UBND xã Thanh Hà Đông"}}},
  };
  expect_positions(cases);
  // A person's full name after a place is still no part of it.
  const auto r = parse(
      "Ngày 8/1/2025, Chủ tịch UBND xã Vĩnh Thuận Hà Văn Nam phát động phong trào thi đua năm 2025.");
  ASSERT_NE(test::person(r, "Hà Văn Nam"), nullptr);
  EXPECT_EQ((*test::person(r, "Hà Văn Nam"))["position"], "Chủ tịch UBND xã Vĩnh Thuận");
}

TEST(PlanPatterns36, WardsListedUpToAPluralWordOpeningTheNextPhrase) {
  const GroupCase c{"wards of a veterans' cluster, the list closed by 'Các đồng chí'",
                    "Chiều 12/1/2026, Cụm thi đua số 4 tổ chức hội nghị ký kết giao ước thi đua. Dự có Chủ tịch Hội "
                    "Cựu chiến binh 3 phường của Cụm thi đua số 4 gồm: phường Tân Sơn Nhì; phường Tây Thạnh, phường "
                    "Bình Tân; Các đồng chí trong Ban Thường vụ Hội phường Bình Tân.",
                    {"phường Tân Sơn Nhì", "phường Tây Thạnh", "phường Bình Tân"},
                    "",
                    ""};
  expect_group(c);
}

TEST(PlanPatterns36, TheCityWrittenShortAfterABodyIsWrittenOut) {
  const PositionCase cases[] = {
      {"the city's People's Committee",
       "Ngày 3/1/2024, Công an TP.HCM tổ chức hội nghị tổng kết phong trào thi đua. Dự có ông Lê Văn Tám, Phó Bí thư "
       "Thành ủy, Chủ tịch UBND TPHCM.",
       {{"Lê Văn Tám", "Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Hồ Chí Minh"}}},
      {"the city's Red Cross written short",
       "Ngày 3/3/2023, Cụm thi đua số 1 ký kết giao ước thi đua. Dự có đồng chí Phạm Thị Lan, Phó Chủ tịch Hội CTĐ "
       "TPHCM.",
       {{"Phạm Thị Lan", "Phó Chủ tịch Hội CTĐ thành phố Hồ Chí Minh"}}},
  };
  expect_positions(cases);
}

TEST(PlanPatterns36, AYouthUnionNamedWithItsPlaceGivesThatPlaceToBareLevels) {
  const auto r = parse(
      "Ngày 5/7/2023, Tỉnh đoàn Bình Dương tổ chức hội nghị sơ kết phong trào thi đua Cụm thi đua số 10. Dự có đồng "
      "chí Trần Văn Bình, Phó Chủ tịch Hội Cựu chiến binh tỉnh.");
  test::expect_positions(r, {{"Trần Văn Bình", "Phó Chủ tịch Hội Cựu chiến binh tỉnh Bình Dương"}});
}

// ---- counts ------------------------------------------------------------------------------------

TEST(PlanPatterns36, CountsWithTheirRemitsSizesAndMembers) {
  const CountCase cases[] = {
      {"'phòng, chống' inside the noun",
       "Phong trào thi đua năm 2024: toàn huyện đã xây dựng 12 Tổ phòng, chống tội phạm, 4 câu lạc bộ phòng, chống ma "
       "túy.",
       {{12, "Tổ phòng, chống tội phạm"}, {4, "câu lạc bộ phòng, chống ma túy"}}},
      {"the size of each, across a list and in the bracket that breaks it down",
       "Theo đó, phong trào thi đua đã thành lập 36 tổ bảo vệ ANTT (mỗi xã, thị trấn thành lập 1 tổ) với cơ cấu mỗi "
       "tổ có 3 thành viên (1 tổ trưởng, 1 tổ phó và 1 tổ viên).",
       {{36, "tổ bảo vệ ANTT"}}},
      {"people taking part in the teams set up are their members",
       "Theo đó, phong trào thi đua đã thành lập 36 tổ bảo vệ ANTT với tổng số 108 người tham gia các tổ bảo vệ ANTT "
       "tại cơ sở.",
       {{36, "tổ bảo vệ ANTT"}, {108, "người"}}},
      {"the volunteers of teams kept in place",
       "Tỉnh đoàn tổng kết phong trào thi đua. Trong chiến dịch, toàn tỉnh đã duy trì được 40 đội hình thanh niên tình "
       "nguyện với 900 tình nguyện viên.",
       {{40, "đội hình thanh niên tình nguyện"}, {900, "tình nguyện viên"}}},
      {"what the count means is no part of the noun",
       "Phong trào thi đua của xã đã thành lập 6 tổ tự quản với 150 thành viên mang ý nghĩa thiết thực cho thôn xóm.",
       {{6, "tổ tự quản"}, {150, "thành viên"}}},
      {"a year before a numbered group counts nothing",
       "Toàn cảnh lễ ký kết giao ước thi đua 2024 Cụm thi đua số 3 tại hội trường Công an tỉnh.",
       {}},
  };
  expect_counts(cases);
  // Those taking part in activities are still no count.
  EXPECT_TRUE(parse("Phong trào thi đua năm nay có 300 người tham gia các hoạt động.")["counts"].empty());
}

// ---- people ------------------------------------------------------------------------------------

TEST(PlanPatterns36, PeopleIntroducedAndTheirOfficesJoined) {
  const PositionCase cases[] = {
      {"'chị' before the name, a dash before the position, 'chia sẻ' after it",
       "Tỉnh đoàn tổ chức tổng kết chiến dịch thanh niên tình nguyện hè. Chị Nguyễn Thị Lan - Bí thư Tỉnh Đoàn Lâm "
       "Đồng chia sẻ kinh nghiệm của tỉnh.",
       {{"Nguyễn Thị Lan", "Bí thư Tỉnh Đoàn Lâm Đồng"}}},
      {"a colon typed after 'Đồng chí', two offices joined by a dash",
       "Ngày 5/3/2015, Cụm thi đua số 2 ký kết giao ước thi đua. Đồng chí: Lê Văn Tâm, Ủy viên Ban thường vụ – Chủ "
       "tịch UBMTTQVN phường phát biểu.",
       {{"Lê Văn Tâm", "Ủy viên Ban Thường vụ, Chủ tịch UBMTTQVN phường"}}},
      {"names with their positions after commas, opened by a colon and parted by semicolons",
       "Ngày 3/3/2023, Hội Chữ thập đỏ quận 3 ký kết giao ước thi đua. Dự hội nghị có các đồng chí: Phạm Thị Lan, Phó "
       "Chủ tịch Hội Chữ thập đỏ quận 3; Võ Văn Hùng, Phó Bí thư Thường trực Quận ủy quận 3; Đặng Thị Thu Hà, Trưởng "
       "Ban Dân vận Quận ủy quận 3.",
       {{"Võ Văn Hùng", "Phó Bí thư Thường trực Quận ủy quận 3"}, {"Đặng Thị Thu Hà", "Trưởng Ban Dân vận Quận ủy quận 3"}}},
      {"a surname written 'Vy'",
       "Ngày 27/2/2014, Sở Y tế tổ chức lễ kỷ niệm và phát động thi đua. Các đồng chí: Vy Văn Hòa, Chủ tịch Ủy ban "
       "MTTQ tỉnh đã đến dự.",
       {{"Vy Văn Hòa", "Chủ tịch Ủy ban MTTQ tỉnh"}}},
      {"a syllable glued on by an apostrophe",
       "Ngày 5/3/2023, Công an tỉnh tổ chức phong trào thi đua. Dự có Thượng tá Ksor H’Lim – Phó Giám đốc Công an "
       "tỉnh Đắk Lắk.",
       {{"Ksor H'Lim", "Phó Giám đốc Công an tỉnh Đắk Lắk"}}},
  };
  expect_positions(cases);
}

// ---- the Front's campaigns -----------------------------------------------------------------------

TEST(PlanPatterns36, TheFrontsUnityFestivalIsAboutEmulationButItsDaysAreNotTheMovements) {
  const auto r = parse(
      "Ngày 20/10/2016, Ủy ban MTTQ xã Mỹ Hòa triển khai kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc. Đến dự "
      "có đồng chí Trần Văn Hải, Phó Bí thư Đảng ủy xã. Ngày hội được tổ chức ở các ấp, thời gian tổ chức từ ngày "
      "5/11 đến ngày 18/11.");
  EXPECT_TRUE(r["notes"].empty()) << r["notes"];
  ASSERT_NE(test::person(r, "Trần Văn Hải"), nullptr);
  EXPECT_TRUE(r["movement"]["start"].is_null()) << r["movement"]["start"];
  EXPECT_TRUE(r["movement"]["end"].is_null()) << r["movement"]["end"];
}

}  // namespace
}  // namespace thidua::text::plan
