// The twenty-eighth round of patterns (issue 14, branch s16-plan-a): how Vietnamese administrative
// prose lists a group's members, or names none, in sentences written for the test (none is copied
// from a text):
//  - a mention written with the group's bare level ("các đơn vị thuộc Khối thi đua Văn hóa - Xã
//    hội tỉnh gồm: …") is the group whose name drops that level;
//  - "gồm N đơn vị là A, B, C" opens the list with the copula after the count;
//  - the names of a counted head in a bracket: "lãnh đạo Công an 4 tỉnh (A, B, C, D) thuộc Cụm …";
//  - units named by the places they are in ("N đơn vị … PCCC ở các tỉnh: A, B") are those places,
//    a centrally-run city as "thành phố";
//  - a body written before "các tỉnh A, B … thuộc Cụm" is each place's ("Đoàn Thanh niên tỉnh A");
//  - a group another body owns ("Cụm thi đua số 1 Hội Cựu chiến binh Việt Nam gồm các tỉnh: …") has
//    places for members in a text that names the police elsewhere too;
//  - a list that an award goes to ("đề nghị tặng Cờ thi đua cho Công an các tỉnh A, B") names
//    those honoured, not the members; a range "từ A đến B" and a bare count name none;
//  - a role in a fronted phrase ("Là đơn vị Cụm trưởng năm 2024, X đã …", "Với vai trò cụm
//    trưởng, …, X …", "…, đại diện lãnh đạo X …") is the subject's;
//  - a group of a province's places named by their levels is called without the province.
#include <gtest/gtest.h>

#include <string>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::GroupCase;
using test::parse;

// ---- the group named again with its bare level ----------------------------------------------------

TEST(PlanPatterns28, MentionWithTheBareLevelIsTheGroup) {
  const GroupCase cases[] = {
      {"the units 'thuộc' the block written with 'tỉnh', then 'gồm:'",
       "Sáng 5-3, Khối thi đua Kinh tế - Kỹ thuật tỉnh tổ chức ký kết giao ước thi đua năm 2025. Các đơn vị thuộc "
       "Khối thi đua Kinh tế - Kỹ thuật tỉnh gồm: Sở Xây dựng, Sở Công Thương, Sở Giao thông vận tải, Ban Quản lý "
       "các khu công nghiệp tỉnh.",
       {"Sở Xây dựng", "Sở Công Thương", "Sở Giao thông vận tải", "Ban Quản lý các khu công nghiệp tỉnh"}, "", ""},
  };
  for (const GroupCase& c : cases) test::expect_group(c);
  // (s28-members) The closing level stays (the Conventions, session 27).
  EXPECT_EQ(parse(cases[0].text)["group"]["name"], "Khối thi đua Kinh tế - Kỹ thuật tỉnh");
}

// ---- "gồm N đơn vị là …" --------------------------------------------------------------------------

TEST(PlanPatterns28, CountedUnitsThenCopulaOpenTheList) {
  const GroupCase cases[] = {
      {"a city and districts after 'là'",
       "Ngày 20/2/2025, Cụm thi đua số 3 gồm 4 đơn vị là thành phố Bảo Lộc và các huyện Bảo Lâm, Di Linh, Đạ Huoai "
       "ký kết giao ước thi đua năm 2025.",
       {"thành phố Bảo Lộc", "huyện Bảo Lâm", "huyện Di Linh", "huyện Đạ Huoai"}, "", ""},
      {"places each with its level after 'là'",
       "Ngày 20/2/2025, Cụm thi đua số 3 gồm 3 đơn vị là thị xã Kỳ Anh, huyện Cẩm Xuyên, huyện Thạch Hà ký kết giao "
       "ước thi đua năm 2025.",
       {"thị xã Kỳ Anh", "huyện Cẩm Xuyên", "huyện Thạch Hà"}, "", ""},
  };
  for (const GroupCase& c : cases) test::expect_group(c);
}

// ---- a list broken by a bracket -------------------------------------------------------------------

TEST(PlanPatterns28, NamesInABracketAfterACountedHead) {
  const GroupCase cases[] = {
      {"police of counted provinces, the names bracketed, before 'thuộc'",
       "Ngày 9/4/2025, tại Gia Lai, lãnh đạo Công an 3 tỉnh (Gia Lai, Kon Tum, Đắk Lắk) thuộc Cụm thi đua số 6 ký kết "
       "giao ước thi đua năm 2025.",
       {"Công an tỉnh Gia Lai", "Công an tỉnh Kon Tum", "Công an tỉnh Đắk Lắk"}, "", ""},
      {"after 'gồm'",
       "Ngày 9/4/2025, Cụm thi đua số 6 gồm Công an 3 tỉnh (Gia Lai, Kon Tum, Đắk Lắk) tổ chức ký kết giao ước thi "
       "đua năm 2025.",
       {"Công an tỉnh Gia Lai", "Công an tỉnh Kon Tum", "Công an tỉnh Đắk Lắk"}, "", ""},
  };
  for (const GroupCase& c : cases) test::expect_group(c);
}

// ---- units named by the places they are in --------------------------------------------------------

TEST(PlanPatterns28, UnitsInPlacesAreThosePlaces) {
  const GroupCase cases[] = {
      {"fire police units 'ở các tỉnh:' after 'có N đơn vị thuộc lực lượng …'",
       "Ngày 14/3/2025, Cụm thi đua số 9 – Bộ Công an tổ chức ký kết giao ước thi đua. Cụm thi đua số 9 có 5 đơn vị "
       "thuộc lực lượng Cảnh sát PCCC ở các tỉnh: Quảng Ninh, Hải Phòng, Hải Dương, Hưng Yên và Bắc Ninh.",
       {"tỉnh Quảng Ninh", "thành phố Hải Phòng", "tỉnh Hải Dương", "tỉnh Hưng Yên", "tỉnh Bắc Ninh"}, "", ""},
      {"'tại các tỉnh' after 'gồm N đơn vị'",
       "Ngày 14/3/2025, Cụm thi đua số 9 gồm 3 đơn vị Cảnh sát PCCC tại các tỉnh Quảng Ninh, Hải Dương, Bắc Ninh ký "
       "kết giao ước thi đua.",
       {"tỉnh Quảng Ninh", "tỉnh Hải Dương", "tỉnh Bắc Ninh"}, "", ""},
  };
  for (const GroupCase& c : cases) test::expect_group(c);
}

// ---- a body before "các tỉnh … thuộc Cụm" ---------------------------------------------------------

TEST(PlanPatterns28, BodyBeforeThePlacesIsEachPlacesBody) {
  const GroupCase cases[] = {
      {"youth unions of provinces 'thuộc Cụm'",
       "Ngày 2/3/2025, Đoàn Thanh niên các tỉnh Cà Mau, Bạc Liêu, Sóc Trăng thuộc Cụm thi đua số 9 ký kết giao ước thi "
       "đua năm 2025.",
       {"Đoàn Thanh niên tỉnh Cà Mau", "Đoàn Thanh niên tỉnh Bạc Liêu", "Đoàn Thanh niên tỉnh Sóc Trăng"}, "", ""},
  };
  for (const GroupCase& c : cases) test::expect_group(c);
}

TEST(PlanPatterns28, OwnedGroupsPlacesStayPlacesInATextNamingThePolice) {
  const GroupCase cases[] = {
      {"a veterans' cluster by provinces, the police named elsewhere",
       "Ngày 4/1/2025, tại Công an tỉnh Lạng Sơn, Cụm thi đua số 1 Hội Cựu chiến binh Việt Nam gồm các tỉnh: Lạng Sơn, "
       "Cao Bằng, Bắc Kạn tổng kết công tác Hội năm 2024.",
       {"tỉnh Lạng Sơn", "tỉnh Cao Bằng", "tỉnh Bắc Kạn"}, "", ""},
      {"the police's own cluster by provinces keeps their police",
       "Ngày 4/1/2025, Cụm thi đua số 1 gồm các tỉnh: Lạng Sơn, Cao Bằng, Bắc Kạn tổng kết phong trào thi đua Vì an ninh "
       "Tổ quốc. Giám đốc Công an tỉnh Lạng Sơn phát biểu.",
       {"Công an tỉnh Lạng Sơn", "Công an tỉnh Cao Bằng", "Công an tỉnh Bắc Kạn"}, "", ""},
  };
  for (const GroupCase& c : cases) test::expect_group(c);
}

// ---- lists that are not the members -----------------------------------------------------------------

TEST(PlanPatterns28, ListsAnAwardGoesToAreNoMembers) {
  const GroupCase cases[] = {
      {"police of provinces proposed for a flag",
       "Ngày 10/12/2024, Cụm thi đua số 6 tổ chức tổng kết phong trào thi đua năm 2024. Hội nghị đề nghị Bộ Công an "
       "tặng Cờ thi đua cho Công an các tỉnh Gia Lai, Kon Tum và Đắk Nông.",
       {}, "", ""},
      {"counted veterans' associations of districts given certificates",
       "Ngày 10/12/2024, Cụm thi đua số 2 tổng kết năm 2024. Hội nghị thống nhất đề nghị tặng Bằng khen cho 03 đơn vị "
       "Hội Cựu chiến binh các huyện: Chư Sê, Chư Pưh, Phú Thiện.",
       {}, "", ""},
  };
  for (const GroupCase& c : cases) test::expect_group(c);
}

TEST(PlanPatterns28, RangeOrCountNamesNoMembers) {
  const GroupCase cases[] = {
      {"counted provinces 'từ A đến B'",
       "Ngày 19/8/2024, tại TP. Vinh, Hội Phụ nữ Công an - Cụm thi đua số 4 (gồm Hội phụ nữ Công an 5 tỉnh từ Thanh "
       "Hóa đến Quảng Trị) do Hội Phụ nữ Công an tỉnh Nghệ An làm cụm trưởng tổ chức ký kết giao ước thi đua.",
       {}, "Hội Phụ nữ Công an tỉnh Nghệ An", ""},
      {"a counted head only",
       "Ngày 19/8/2024, Cụm Hội Liên hiệp Phụ nữ 6 tỉnh Tây Nguyên tổ chức ký kết giao ước thi đua năm 2025. Lãnh đạo "
       "Hội Liên hiệp Phụ nữ 6 tỉnh đã ký giao ước.",
       {}, "", ""},
  };
  for (const GroupCase& c : cases) test::expect_group(c);
}

// ---- a role in a fronted phrase -------------------------------------------------------------------

TEST(PlanPatterns28, RoleInAFrontedPhraseIsTheSubjects) {
  const GroupCase cases[] = {
      {"'Là đơn vị Cụm trưởng năm …,' then the unit",
       "Ngày 6/3/2025, Cụm thi đua số 2 tổ chức ký kết giao ước thi đua năm 2025. Là đơn vị Cụm trưởng năm 2025, "
       "Công an tỉnh Tuyên Quang đã phát động phong trào thi đua trong Cụm.",
       {}, "Công an tỉnh Tuyên Quang", ""},
      {"'Với vai trò khối phó,' an adverbial, then the unit",
       "Ngày 6/3/2025, Khối thi đua số 3 ký kết giao ước thi đua năm 2025. Với vai trò khối phó, ngay từ đầu năm, Sở "
       "Tư pháp đã xây dựng kế hoạch hoạt động của Khối.",
       {}, "", "Sở Tư pháp"},
      {"after an ellipsis, the unit a representative stands for",
       "Ngày 6/3/2025, tại huyện Yên Sơn, Cụm thi đua số 4 tổ chức ký kết giao ước thi đua. Các đơn vị góp ý vào quy "
       "chế…Là đơn vị Trưởng cụm thi đua năm 2025, đại diện lãnh đạo UBND huyện Yên Sơn đã phát động thi đua.",
       {}, "UBND huyện Yên Sơn", ""},
  };
  for (const GroupCase& c : cases) test::expect_group(c);
}

TEST(PlanPatterns28, FrontedPhraseWithoutTheRoleGivesNoLeader) {
  const GroupCase cases[] = {
      {"'Là đơn vị đăng cai,' is no role",
       "Ngày 6/3/2025, Cụm thi đua số 2 tổ chức ký kết giao ước thi đua năm 2025. Là đơn vị đăng cai, Công an tỉnh "
       "Tuyên Quang đã chuẩn bị chu đáo hội nghị.",
       {}, "", ""},
  };
  for (const GroupCase& c : cases) test::expect_group(c);
}

// ---- the group's name -----------------------------------------------------------------------------

TEST(PlanPatterns28, GroupOfAProvincesPlacesIsNamedWithoutTheProvince) {
  const nlohmann::json r = parse(
      "Ngày 28/3/2025, Cụm thi đua các huyện, thị xã tỉnh Phú Thọ tổ chức ký kết giao ước thi đua năm 2025 tại huyện "
      "Thanh Ba.");
  EXPECT_EQ(r["group"]["name"], "Cụm thi đua các huyện, thị xã");
  // A body's block keeps the province it is of: no list of levels before it.
  const nlohmann::json b = parse("Ngày 28/3/2025, Khối thi đua các cơ quan Đảng tỉnh Phú Thọ ký kết giao ước thi đua năm 2025.");
  EXPECT_EQ(b["group"]["name"], "Khối thi đua các cơ quan Đảng tỉnh Phú Thọ");
}

}  // namespace
}  // namespace thidua::text::plan
