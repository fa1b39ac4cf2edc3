// The seventh round of patterns of Vietnamese administrative prose (issue 14), table-driven: each
// row is a sentence written for the test in the pattern of real articles (none is copied from
// them) and what the import must read from it. Member lists ("gồm các đơn vị Công an Quận 1, 3",
// "Công an 5 tỉnh trong Cụm là …", "Các đơn vị trong Khối gồm: …"), departments named by their
// field of state administration, groups described by kinds of bodies or by the office they
// belong to.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "text/plan/plan_parser.h"
#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using nlohmann::json;
using test::parse;
using test::strings;

using test::CountCase;
using test::Strings;

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
    {"units written as their codes, three or more in a bracket, in a sentence naming the group",
     "Cụm thi đua số 3 ký giao ước\n"
     "Chiều 8-3-2022, Đoàn Thanh niên Cụm thi đua số 3 đã ký kết giao ước thi đua giữa các đơn vị nghiệp vụ phía "
     "Nam (A05; PA02; C07; K02).",
     "Cụm thi đua số 3",
     {"Đoàn Thanh niên Cụm thi đua số 3"},
     {"A05", "PA02", "C07", "K02"}},
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

// ---- counts --------------------------------------------------------------------------------

const CountCase kCountCases[] = {
    {"those commended and what is given: the noun alone, whoever they are and whom it is for",
     "Xã Tân Lợi tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc\n"
     "Sáng 14/8/2024, UBND xã Tân Lợi tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc. Dịp này, UBND xã khen "
     "thưởng 6 tập thể và 11 cá nhân tiêu biểu trong phong trào; Công an huyện trao 8 suất quà cho các hộ nghèo và "
     "tặng Giấy khen cho 3 đồng chí trưởng thôn có nhiều đóng góp.",
     {{6, "tập thể"}, {11, "cá nhân"}, {8, "suất quà"}, {3, "đồng chí"}}},
    {"a part of a total counted by a longer noun after 'trong đó'",
     "Tổng kết phong trào giai đoạn 2018-2023\n"
     "Ngày 9/12/2023, Công an huyện Ea Kar tổ chức hội nghị tổng kết. Trong 5 năm, đã có 215 lượt tập thể và 640 "
     "lượt cá nhân được khen thưởng, trong đó có 3 tập thể và 5 cá nhân được tặng Bằng khen của Bộ trưởng.",
     {{215, "lượt tập thể"}, {640, "lượt cá nhân"}}},
    {"a place described by its households and inhabitants; communes merged into a new one",
     "Xã Hòa Bình tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc\n"
     "Sáng 10/8/2025, tại thôn Đông, xã Hòa Bình tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc. Thôn Đông có "
     "diện tích 3 km2 với 412 hộ, 1.530 nhân khẩu. Xã Hòa Bình được thành lập trên cơ sở sáp nhập 3 đơn vị hành "
     "chính. Dịp này, UBND xã tặng Giấy khen cho 2 tập thể và 7 cá nhân.",
     {{2, "tập thể"}, {7, "cá nhân"}}},
};

TEST(PlanCounts7, CountsOfCommendationsGiftsAndNotOfPlaces) {
  test::expect_counts(kCountCases);
}

// ---- people and their positions ------------------------------------------------------------

struct PeopleCase {
  const char* what;
  const char* text;
  std::vector<std::pair<std::string, std::string>> people;  // name, position
};

const PeopleCase kPeopleCases[] = {
    {"two offices held at once, joined by a slash; the commune completes the last",
     "Phường Tân Định tổ chức Ngày hội\n"
     "Sáng 12/8/2023, UBND phường Tân Định tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc. Đến dự có bà Trần Thị "
     "Mai – Phó Bí thư/Chủ tịch UBND phường; ông Lê Văn Hùng - Bí thư Đảng ủy/Chủ tịch HĐND phường.",
     {{"Trần Thị Mai", "Phó Bí thư/Chủ tịch UBND phường Tân Định"},
      {"Lê Văn Hùng", "Bí thư Đảng ủy/Chủ tịch HĐND phường Tân Định"}}},
    {"a board of a party committee written with a lower-case 'ban'",
     "Thôn Đông tổ chức Ngày hội\n"
     "Sáng 9/8/2024, thôn Đông, xã Cẩm Bình tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc. Dự có ông Võ Hồng "
     "Sơn, Trưởng ban Tổ chức Tỉnh ủy và bà Đinh Thị Lan, Phó Trưởng ban Dân vận Huyện ủy.",
     {{"Võ Hồng Sơn", "Trưởng ban Tổ chức Tỉnh ủy"}, {"Đinh Thị Lan", "Phó Trưởng ban Dân vận Huyện ủy"}}},
    {"names listed after a colon, each with its position after a dash",
     "Lễ đón nhận Huân chương\n"
     "Sáng 3/9/2020, Công an tỉnh Hà Tĩnh tổ chức lễ đón nhận Huân chương. Dự lễ có các đồng chí Ủy viên Ban "
     "Thường vụ Tỉnh ủy: Nguyễn Văn Tâm - Trưởng Ban Dân vận Tỉnh ủy; Trần Quốc Bảo - Giám đốc Công an tỉnh.",
     {{"Nguyễn Văn Tâm", "Trưởng Ban Dân vận Tỉnh ủy"}, {"Trần Quốc Bảo", "Giám đốc Công an tỉnh Hà Tĩnh"}}},
    {"a later, fuller mention gives the order of the positions",
     "Lễ kỷ niệm\n"
     "Sáng 20/8/2021, Công an tỉnh Quảng Bình tổ chức lễ kỷ niệm. Dự lễ có: Trần Văn Hòa - Giám đốc Công an tỉnh; "
     "Lê Thị Hạnh - Trưởng Ban Tuyên giáo Tỉnh ủy. Đại tá Trần Văn Hòa, Ủy viên BTV Tỉnh ủy, Giám đốc Công an "
     "tỉnh phát biểu. Lễ sơ kết phong trào thi đua.",  // (s21-gate) a bare "lễ kỷ niệm" is refused now
     {{"Trần Văn Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh Quảng Bình"},
      {"Lê Thị Hạnh", "Trưởng Ban Tuyên giáo Tỉnh ủy"}}},
    {"a member of a party committee, a director in charge, the heads of a village and a hamlet",
     "Công an huyện phát động thi đua\n"
     "Ngày 3/1/2022, Công an huyện Can Lộc phát động thi đua. Dự có đồng chí Nguyễn Văn Hòa, Tỉnh ủy viên, Bí thư "
     "Huyện ủy; Đại tá Lê Văn Tuấn, Phó Giám đốc phụ trách Công an tỉnh Hà Tĩnh; ông Phạm Văn Bình, Trưởng thôn "
     "Đông; ông Lê Văn Ba, Trưởng ấp 3.",
     {{"Nguyễn Văn Hòa", "Tỉnh ủy viên, Bí thư Huyện ủy"},
      {"Lê Văn Tuấn", "Phó Giám đốc phụ trách Công an tỉnh Hà Tĩnh"},
      {"Phạm Văn Bình", "Trưởng thôn Đông"},
      {"Lê Văn Ba", "Trưởng ấp 3"}}},
    {"'PBT' is a deputy secretary",
     "Xã Hòa Phú ra mắt mô hình\n"
     "Ngày 5/6/2024, Công an xã Hòa Phú tổ chức ra mắt mô hình. Dự buổi lễ có ông Trần Văn Hải, PBT Đảng ủy xã.",
     {{"Trần Văn Hải", "Phó Bí thư Đảng ủy xã Hòa Phú"}}},
};

TEST(PlanPositions7, PositionsAsAttendeeListsWriteThem) {
  for (const PeopleCase& c : kPeopleCases) {
    SCOPED_TRACE(c.what);
    const json r = parse(c.text);
    std::vector<std::pair<std::string, std::string>> got;
    for (const json& p : r["people"])
      got.emplace_back(p["name"].get<std::string>(), p["position"].is_null() ? "" : p["position"].get<std::string>());
    EXPECT_EQ(got, c.people);
  }
}

// ---- a group's leader and deputy -----------------------------------------------------------

struct RoleCase {
  const char* what;
  const char* text;
  const char *leader, *deputy;
};

const RoleCase kRoleCases[] = {
    {"the role written head first and capitalised after the copula",
     "Cụm thi đua số 4 ký giao ước\n"
     "Ngày 10/3/2021, Cụm thi đua số 4 gồm Công an các tỉnh Yên Bái, Lào Cai, Hà Giang, Tuyên Quang và Phú Thọ ký "
     "giao ước. Công an tỉnh Yên Bái là Trưởng Cụm, Công an tỉnh Lào Cai là Phó Cụm thi đua năm 2021.",
     "Công an tỉnh Yên Bái", "Công an tỉnh Lào Cai"},
    {"the role first, its unit after 'là', two clauses between commas",
     "Khối thi đua số 3 ký giao ước\n"
     "Ngày 4/3/2022, Khối thi đua số 3 gồm Công an các huyện Sơn Tịnh, Tư Nghĩa, Mộ Đức và Đức Phổ ký giao ước. "
     "Đơn vị Khối trưởng là Công an huyện Mộ Đức, đơn vị Khối phó là Công an huyện Đức Phổ.",
     "Công an huyện Mộ Đức", "Công an huyện Đức Phổ"},
};

TEST(PlanGroupRoles7, LeaderAndDeputyAsUnitsTakeTheRole) {
  for (const RoleCase& c : kRoleCases) {
    SCOPED_TRACE(c.what);
    const json r = parse(c.text);
    ASSERT_TRUE(r["group"].is_object());
    EXPECT_EQ(r["group"]["leader"], c.leader);
    EXPECT_EQ(r["group"]["deputy"], c.deputy);
  }
}

// ---- targets -------------------------------------------------------------------------------

struct TargetCase {
  const char* what;
  const char* text;
  const char* measure;
  const char* direction;
  double value;
  json value_min, value_max;
  json baseline;
};

const TargetCase kTargetCases[] = {
    {"the verb after what it changes, a range closing the clause",
     "Công an huyện Thăng Bình phát động thi đua\n"
     "Ngày 6/1/2022, Công an huyện Thăng Bình phát động phong trào thi đua năm 2022 với chỉ tiêu: tội phạm về trật "
     "tự xã hội giảm 4 - 6% so với năm 2021.",
     "tội phạm về trật tự xã hội", "decrease", 6, 4, 6, "previous_year"},
    {"no day in the text: the year the pledge names sets the year before",
     "Khối thi đua ký giao ước\n"
     "Khối thi đua Công an các huyện đồng bằng vừa ký giao ước thi đua năm 2024, phấn đấu kéo giảm ít nhất 3% số vụ "
     "cháy so với năm 2023.",
     "số vụ cháy", "decrease", 3, nullptr, nullptr, "previous_year"},
};

TEST(PlanTargets7, ChangeTargetsWithTheirBaseline) {
  for (const TargetCase& c : kTargetCases) {
    SCOPED_TRACE(c.what);
    const json r = parse(c.text);
    ASSERT_EQ(r["targets"].size(), 1u);
    const json& t = r["targets"][0];
    EXPECT_EQ(t["measure"], c.measure);
    EXPECT_EQ(t["kind"], "change");
    EXPECT_EQ(t["direction"], c.direction);
    EXPECT_EQ(t["value"], c.value);
    EXPECT_EQ(t["value_min"], c.value_min);
    EXPECT_EQ(t["value_max"], c.value_max);
    EXPECT_EQ(t["baseline"], c.baseline);
  }
}

// ---- organisers ----------------------------------------------------------------------------

struct OrganizerCase {
  const char* what;
  const char* text;
  Strings organizers;
};

const OrganizerCase kOrganizerCases[] = {
    {"a commune named by its level and name alone, kept as written",
     "Xã Tân Hội tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc\n"
     "Sáng 16/8/2024, xã Tân Hội tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2024.",
     {"xã Tân Hội"}},
    {"… and with its district in brackets",
     "Ngày hội ở xã Bình Minh\n"
     "Ngày 10-8-2023, xã Bình Minh (Thăng Bình) tổ chức điểm Ngày hội toàn dân bảo vệ an ninh Tổ quốc.",
     {"xã Bình Minh"}},
    {"the place written right before the verb, with no subject of its own, hosts",
     "Lễ kỷ niệm Ngày hội toàn dân bảo vệ an ninh Tổ quốc\n"
     "Vào lúc 8 giờ ngày 18/8/2016, tại UBND phường Long Bình tổ chức Lễ kỷ niệm “Ngày hội toàn dân bảo vệ an ninh "
     "Tổ quốc”.",
     {"UBND phường Long Bình"}},
};

TEST(PlanOrganizers7, HostsAsCommuneArticlesWriteThem) {
  for (const OrganizerCase& c : kOrganizerCases) {
    SCOPED_TRACE(c.what);
    EXPECT_EQ(strings(parse(c.text)["organizers"]), c.organizers);
  }
}

TEST(PlanPlaces7, APoliceNamedWithoutItsLevelIsWrittenAsTheUnit) {
  const json r = parse(
      "Cụm thi đua số 9 sơ kết\n"
      "Ngày 12-7-2023, tại Công an Vĩnh Long, Cụm thi đua số 9 tổ chức hội nghị sơ kết 6 tháng đầu năm.");
  EXPECT_EQ(r["event"]["place"], "Công an tỉnh Vĩnh Long");
  EXPECT_EQ(r["event"]["date"], "2023-07-12");
}

}  // namespace
}  // namespace thidua::text::plan
