// The seventh round of patterns of Vietnamese administrative prose (issue 14), table-driven: each
// row is a sentence written for the test in the pattern of real articles (none is copied from
// them) and what the import must read from it. Member lists ("gồm các đơn vị Công an Quận 1, 3",
// "Công an 5 tỉnh trong Cụm là …", "Các đơn vị trong Khối gồm: …"), departments named by their
// field of state administration, groups described by kinds of bodies or by the office they
// belong to.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_parser.h"
#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using nlohmann::json;
using test::parse;
using test::strings;

using Strings = std::vector<std::string>;

// ---- groups: name, organisers, members -----------------------------------------------------

struct GroupCase {
  const char* what;
  const char* text;
  const char* group;  // the group's name
  Strings organizers, members;
};

const GroupCase kGroupCases[] = {
    {"a shared head and level over bare numbers and names, after 'gồm các đơn vị'",
     "Cụm thi đua số 2 ký giao ước\n"
     "Sáng 3/3/2023, tại Hội trường Công an Quận 5 đã diễn ra Hội nghị ký kết giao ước thi đua giữa các đơn vị "
     "trong Cụm thi đua số 2, gồm các đơn vị Công an Quận 4, 5, 8, Bình Thạnh và Công an huyện Nhà Bè.",
     "Cụm thi đua số 2",
     {"Cụm thi đua số 2"},
     {"Công an Quận 4", "Công an Quận 5", "Công an Quận 8", "Công an Quận Bình Thạnh", "Công an huyện Nhà Bè"}},
    {"a counted list described before 'là'",
     "Cụm thi đua số 7 sơ kết\n"
     "Ngày 12/7/2022, Cụm thi đua số 7 tổ chức hội nghị sơ kết 6 tháng đầu năm. Tham dự hội nghị có lãnh đạo Công an "
     "5 tỉnh trong Cụm là Quảng Nam, Quảng Ngãi, Bình Định, Phú Yên và Khánh Hòa.",
     "Cụm thi đua số 7",
     {"Cụm thi đua số 7"},
     {"Công an tỉnh Quảng Nam", "Công an tỉnh Quảng Ngãi", "Công an tỉnh Bình Định", "Công an tỉnh Phú Yên",
      "Công an tỉnh Khánh Hòa"}},
    {"the group named again by its bare head before 'gồm'; the unit it belongs to does not organise",
     "Khối thi đua số 2 ký giao ước\n"
     "Ngày 5/3/2019, Khối thi đua số 2 thuộc Công an tỉnh tổ chức ký kết giao ước thi đua. Các đơn vị trong Khối "
     "gồm: Phòng Cảnh sát hình sự, Phòng Cảnh sát kinh tế, Phòng Cảnh sát ma túy và Phòng Cảnh sát giao thông.",
     "Khối thi đua số 2",
     {"Khối thi đua số 2"},
     {"Phòng Cảnh sát hình sự", "Phòng Cảnh sát kinh tế", "Phòng Cảnh sát ma túy", "Phòng Cảnh sát giao thông"}},
    {"departments named by their field, 'và' and commas inside; a group of kinds of bodies",
     "Khối thi đua các sở, ngành văn hóa - xã hội ký giao ước\n"
     "Ngày 6/3/2024, Khối thi đua các sở, ngành văn hóa - xã hội tổ chức hội nghị ký kết giao ước thi đua. Khối thi "
     "đua các sở, ngành văn hóa - xã hội gồm: Sở Y tế, Sở Giáo dục và Đào tạo, Sở Văn hóa, Thể thao và Du lịch, Sở "
     "Lao động - Thương binh và Xã hội và Ban Quản lý các khu du lịch trọng điểm của tỉnh.",
     "Khối thi đua các sở, ngành văn hóa - xã hội",
     {"Khối thi đua các sở, ngành văn hóa - xã hội"},
     {"Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch", "Sở Lao động - Thương binh và Xã hội",
      "Ban Quản lý các khu du lịch trọng điểm của tỉnh"}},
    {"a group described by the office it belongs to",
     "Khối thi đua các trường học thuộc Sở Giáo dục và Đào tạo tổng kết\n"
     "Chiều 28/12/2021, Khối thi đua các trường học thuộc Sở Giáo dục và Đào tạo tổ chức hội nghị tổng kết công tác "
     "thi đua, khen thưởng năm 2021.",
     "Khối thi đua các trường học thuộc Sở Giáo dục và Đào tạo",
     {"Khối thi đua các trường học thuộc Sở Giáo dục và Đào tạo"},
     {}},
};

TEST(PlanGroups7, MemberListsAndGroupNamesAsAdministrativeProseWritesThem) {
  for (const GroupCase& c : kGroupCases) {
    SCOPED_TRACE(c.what);
    const json r = parse(c.text);
    ASSERT_TRUE(r["group"].is_object());
    EXPECT_EQ(r["group"]["name"], c.group);
    EXPECT_EQ(strings(r["organizers"]), c.organizers);
    EXPECT_EQ(strings(r["group"]["members"]), c.members);
  }
}

}  // namespace
}  // namespace thidua::text::plan
