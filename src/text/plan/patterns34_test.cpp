// The thirty-fourth round of patterns (issue 14, branch s16-plan-g), in sentences written for the
// test (none is copied from a text):
//  - a place whose name holds a syllable that is also a link word ("huyện Đại Từ", "thị xã Từ Sơn",
//    "phường Hòa Về") is read whole; the link word written in lower case still ends the place, and a
//    capitalised word after the name opens the subject, not more of the place; a province alone in
//    brackets after a place ("tại Cửa Lò (Nghệ An)") closes it;
//  - a province's department named by its field and the province alone, without its level ("Sở
//    Tư pháp Hà Nội", "Sở Giáo dục và Đào tạo Cần Thơ"), is one unit, printed as written;
//  - a count's noun ends before "ở" and a level ("8 hộ nghèo ở xã A", "25 tổ ở các xã"): where
//    the counted live or work is not what is counted;
//  - the fixed qualifiers of people helped ("có hoàn cảnh (đặc biệt) khó khăn", "có công với cách
//    mạng") are part of what is counted, though "có" ends a count's noun elsewhere.
#include <gtest/gtest.h>

#include <string>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::parse;
using test::strings;

// ---- a place's name holding a link word -----------------------------------------------------

struct PlaceCase {
  const char* text;
  const char* place;
};

template <size_t N>
void expect_places(const PlaceCase (&cases)[N]) {
  for (const PlaceCase& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(parse(c.text)["event"]["place"], c.place);
  }
}

TEST(PlanPatterns34, APlacesNameHoldingALinkWordIsReadWhole) {
  const PlaceCase cases[] = {
      {"Sáng 12/4/2024, tại huyện Đại Từ, Cụm thi đua số 2 tổ chức hội nghị ký kết giao ước thi đua năm 2024.",
       "huyện Đại Từ"},
      {"Ngày 3/5/2023, tại thị xã Từ Sơn, Công an tỉnh tổ chức hội nghị sơ kết phong trào thi đua.", "thị xã Từ Sơn"},
      {"Chiều 20/9/2022, tại phường Hòa Về, Hội Cựu chiến binh quận tổ chức lễ ra quân.", "phường Hòa Về"},
      // No comma after the place: the subject that follows, capitalised, is not of the place.
      {"Sáng 8/3/2021, tại huyện Đại Từ Cụm thi đua các huyện của tỉnh đã tổ chức hội nghị ký kết giao ước thi "
       "đua.",
       "huyện Đại Từ"},
  };
  expect_places(cases);
}

TEST(PlanPatterns34, ALinkWordInLowerCaseStillEndsThePlace) {
  const auto r = parse(
      "Ngày 14/6/2024, tại xã Tân Lập từ sáng sớm, Đoàn Thanh niên xã tổ chức lễ ra quân chiến dịch thanh niên "
      "tình nguyện hè.");
  EXPECT_EQ(r["event"]["place"], "xã Tân Lập");
}

TEST(PlanPatterns34, AProvinceAloneInBracketsClosesThePlace) {
  const PlaceCase cases[] = {
      {"Ngày 12/5/2023, tại Cửa Lò (Nghệ An), Cụm thi đua số 3 tổ chức hội nghị sơ kết công tác thi đua.",
       "Cửa Lò (Nghệ An)"},
      {"Ngày 12/5/2023, tại thị trấn Sa Pa (Lào Cai), Cụm thi đua số 3 tổ chức hội nghị sơ kết công tác thi đua.",
       "thị trấn Sa Pa (Lào Cai)"},
      // A short name in brackets is no province: the place ends before it.
      {"Ngày 12/5/2023, tại Hội trường Công an tỉnh (PV01), Cụm thi đua số 3 tổ chức hội nghị sơ kết công tác "
       "thi đua.",
       "Hội trường Công an tỉnh"},
  };
  expect_places(cases);
}

// ---- a department named by its field and the province alone ----------------------------------

TEST(PlanPatterns34, ADepartmentNamedByItsFieldAndABareProvinceLeadsTheCluster) {
  const char* const kLeaders[] = {"Sở Tư pháp Hà Nội", "Sở Giáo dục và Đào tạo Cần Thơ", "Sở Nội vụ Đà Nẵng"};
  for (const char* leader : kLeaders) {
    SCOPED_TRACE(leader);
    const auto r = parse(std::string(leader) + " làm Cụm trưởng Cụm thi đua số 3 năm 2024.");
    EXPECT_EQ(r["group"]["leader"], leader);
  }
}

TEST(PlanPatterns34, DepartmentsNamedByABareProvinceAreListedAsMembers) {
  const auto r = parse(
      "Cụm thi đua số 4 gồm Sở Tư pháp Hải Phòng, Sở Tư pháp Đà Nẵng và Sở Tư pháp Cần Thơ. Sở Tư pháp Hải Phòng "
      "làm Cụm trưởng.");
  EXPECT_EQ(strings(r["group"]["members"]),
            (std::vector<std::string>{"Sở Tư pháp Hải Phòng", "Sở Tư pháp Đà Nẵng", "Sở Tư pháp Cần Thơ"}));
  EXPECT_EQ(r["group"]["leader"], "Sở Tư pháp Hải Phòng");
}

TEST(PlanPatterns34, ADepartmentWithItsLevelWrittenKeepsIt) {
  // The level written in lower case after the field is read as before.
  const auto r = parse("Sở Tư pháp tỉnh Bắc Kạn làm Cụm trưởng Cụm thi đua số 3 năm 2024.");
  EXPECT_EQ(r["group"]["leader"], "Sở Tư pháp tỉnh Bắc Kạn");
}

// ---- a count's noun and the place after "ở" -------------------------------------------------

TEST(PlanPatterns34, ACountsNounEndsBeforeThePlaceAfterO) {
  const auto r = parse(
      "Sáng 5/4/2023, Cụm thi đua số 5 tổ chức hội nghị ký kết giao ước thi đua năm 2023. Dịp này, các đơn vị "
      "trong cụm đã trao kinh phí hỗ trợ 8 mô hình chăn nuôi cho 8 hộ gia đình nghèo ở xã Tân An và xã Phú Lộc "
      "với tổng trị giá 40 triệu đồng.");
  EXPECT_EQ(test::counts(r), (test::Counts{{8, "mô hình chăn nuôi"}, {8, "hộ gia đình nghèo"}}));
  const auto many = parse(
      "Sáng 5/4/2023, Công an huyện tổ chức hội nghị sơ kết phong trào thi đua. Năm qua, huyện đã xây dựng 25 tổ "
      "tự quản ở các xã vùng cao.");
  EXPECT_EQ(test::counts(many), (test::Counts{{25, "tổ tự quản"}}));
}

TEST(PlanPatterns34, OBeforeNoLevelStaysInTheCountsNoun) {
  // "khu dân cư" is no administrative level: the noun reads on as before.
  const auto r = parse(
      "Sáng 5/4/2023, Công an huyện tổ chức hội nghị sơ kết phong trào thi đua. Năm qua, huyện đã xây dựng 25 tổ "
      "tự quản ở khu dân cư.");
  EXPECT_EQ(test::counts(r), (test::Counts{{25, "tổ tự quản ở khu dân cư"}}));
}

// ---- those helped named by their hardship ---------------------------------------------------

TEST(PlanPatterns34, ThoseHelpedKeepTheirHardshipInTheCountsNoun) {
  struct Case {
    const char* helped;
    const char* what;
  };
  const Case cases[] = {
      {"3 cán bộ có hoàn cảnh đặc biệt khó khăn", "cán bộ có hoàn cảnh đặc biệt khó khăn"},
      {"12 gia đình có công với cách mạng", "gia đình có công với cách mạng"},
      {"7 hội viên có hoàn cảnh khó khăn", "hội viên có hoàn cảnh khó khăn"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.helped);
    const auto r = parse(std::string("Sáng 5/4/2023, Cụm thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua. Dịp "
                                     "này, Cụm thi đua trao tặng số tiền 60 triệu đồng hỗ trợ cho ") +
                         c.helped + ".");
    ASSERT_EQ(test::counts(r).size(), 1u) << r["counts"];
    EXPECT_EQ(test::counts(r)[0].second, c.what);
  }
}

}  // namespace
}  // namespace thidua::text::plan
