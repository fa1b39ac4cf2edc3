// The thirteenth round of patterns (issue 14): how Vietnamese administrative prose states an
// emulation group's members and the units that lead it. Every sentence is written for the test
// in the pattern of real articles (none is copied from them):
//  - bodies listed after "gồm" with a count ("gồm 5 đơn vị (A, B, … và E)", "gồm 5 đơn vị: A -
//    đơn vị trưởng khối; B; …"), separated by ";" or by "," and "và", bodies outside the
//    gazetteer ("Kho bạc Nhà nước …", "Đài …"), the last one ending before the clause's verb;
//  - the police of a level written in lower case or counted in words ("gồm công an các tỉnh:",
//    "gồm Công an bốn tỉnh:");
//  - places before the group they belong to ("các xã A, B và C thuộc Cụm thi đua số 5"), places
//    counted and named as many as the count ("đại diện 04 xã A, B, C, D"), the group's bare head
//    in lower case before "gồm" ("… là thành viên thuộc khối gồm: …");
//  - roles: "Sở X làm Trưởng khối, Sở Y làm Phó Trưởng khối"; a person who is "Khối trưởng Khối thi
//    đua" / "Trưởng khối thi đua" leads the unit of their other position; a department before ",
//    Khối trưởng Khối …"; "X được giao nhiệm vụ khối trưởng", "X được phân công làm Cụm trưởng";
//    "do xã X làm cụm trưởng"; a cluster numbered "số 04" is "số 4";
//  - blocks named by their departments without "thi đua" ("Khối các sở, ngành nội chính") or by
//    two functions of their bodies ("Khối thi đua các cơ quan tham mưu, tổng hợp").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using json = nlohmann::json;
using test::parse;
using test::Strings;

using test::expect_group;
using test::GroupCase;

const GroupCase kBodyLists[] = {
    {"a counted list in brackets, commas and a last 'và'",
     "Ngày 10/3/2024, tại Sở Tư pháp, Khối thi đua các cơ quan nội chính gồm 5 đơn vị (Sở Tư pháp, Sở Nội vụ, "
     "Thanh tra tỉnh, Sở Ngoại vụ và Ban Dân tộc tỉnh) tổ chức hội nghị ký kết giao ước thi đua năm 2024.",
     {"Sở Tư pháp", "Sở Nội vụ", "Thanh tra tỉnh", "Sở Ngoại vụ", "Ban Dân tộc tỉnh"},
     "",
     ""},
    {"semicolons, bodies outside the gazetteer, a lower-case word inside a name",
     "Ngày 12/3/2024, Khối thi đua các cơ quan tổng hợp tổ chức hội nghị ký kết giao ước thi đua năm 2024. Khối thi "
     "đua các cơ quan tổng hợp gồm: Sở Tài chính; Văn phòng Đoàn ĐBQH và HĐND tỉnh; Viện quy hoạch đô thị và nông "
     "thôn; Cục Thuế; Kho bạc Nhà nước Hà Tĩnh. Năm 2024, Sở Tài chính làm Trưởng Khối thi đua.",
     {"Sở Tài chính", "Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Viện quy hoạch đô thị và nông thôn", "Cục Thuế",
      "Kho bạc Nhà nước Hà Tĩnh"},
     "Sở Tài chính",
     ""},
    {"the leader marked after a dash, the last body before the verb",
     "Ngày 8-3, Khối thi đua các cơ quan nội chính gồm 5 đơn vị: Sở Tư pháp - đơn vị trưởng khối; Thanh tra tỉnh; Sở "
     "Nội vụ; Đài Phát thanh và Truyền hình tỉnh; Sở Ngoại vụ ký kết giao ước thi đua năm 2024.",
     {"Sở Tư pháp", "Thanh tra tỉnh", "Sở Nội vụ", "Đài Phát thanh và Truyền hình tỉnh", "Sở Ngoại vụ"},
     "Sở Tư pháp",
     ""},
};

TEST(PlanGroups13, BodiesListedAfterGom) {
  for (const GroupCase& c : kBodyLists) expect_group(c);
}

const GroupCase kPoliceLists[] = {
    {"the police of a level in lower case",
     "Ngày 20/11/2024, Cụm thi đua số 4, Bộ Công an gồm công an các tỉnh: Hòa Bình, Sơn La, Điện Biên và Lai Châu "
     "đã tổ chức hội nghị tổng kết phong trào thi đua Vì an ninh Tổ quốc năm 2024.",
     {"Công an tỉnh Hòa Bình", "Công an tỉnh Sơn La", "Công an tỉnh Điện Biên", "Công an tỉnh Lai Châu"},
     "",
     ""},
    {"a bracket describing the group, its 'gồm' far in, a city with its level among the provinces",
     "Ngày 12/10/2024, Cụm thi đua số 1 - Tuổi trẻ CAND (tổ chức Đoàn Thanh niên Công an của 4 thành phố trực thuộc "
     "Trung ương, gồm: Hà Nội, Hải Phòng, TP Đà Nẵng và Cần Thơ) đã ký giao ước thi đua.",
     // The police's youth unions listed by their places only: the places, with their level (the
     // Conventions' members by places, decided in session 15; s17-plan-b).
     {"thành phố Hà Nội", "thành phố Hải Phòng", "thành phố Đà Nẵng", "thành phố Cần Thơ"},
     "",
     ""},
    {"the police counted in words",
     "Ngày 22/11/2024, Cụm thi đua số 6, Bộ Công an gồm Công an bốn tỉnh: Gia Lai, Kon Tum, Đắk Lắk và Đắk Nông "
     "vừa tổ chức hội nghị tổng kết phong trào thi đua Vì an ninh Tổ quốc năm 2024.",
     {"Công an tỉnh Gia Lai", "Công an tỉnh Kon Tum", "Công an tỉnh Đắk Lắk", "Công an tỉnh Đắk Nông"},
     "",
     ""},
};

TEST(PlanGroups13, PoliceOfALevelInLowerCaseOrCountedInWords) {
  for (const GroupCase& c : kPoliceLists) expect_group(c);
}

const GroupCase kElsewhere[] = {
    {"communes before the cluster they belong to, no police named",
     "Ngày 5/3/2024, Cụm thi đua số 5 huyện Đông Anh tổ chức hội nghị ký kết giao ước thi đua năm 2024. Năm 2024, "
     "các xã Tân Lập, Phú Mỹ, Hòa Bình và Đông Hưng thuộc Cụm thi đua số 5 tập trung đẩy mạnh phong trào thi đua yêu "
     "nước.",
     {"xã Tân Lập", "xã Phú Mỹ", "xã Hòa Bình", "xã Đông Hưng"},
     "",
     ""},
    {"communes counted and named, one given the role after 'do'",
     "Ngày 6/3/2024, tại UBND xã Phú Mỹ đã diễn ra hội nghị ký kết giao ước thi đua năm 2024 của Cụm thi đua số 04 "
     "do xã Phú Mỹ làm cụm trưởng. Dự hội nghị có đại diện 04 xã Tân Lập, Phú Mỹ, Hòa Bình, Đông Hưng.",
     {"xã Tân Lập", "xã Phú Mỹ", "xã Hòa Bình", "xã Đông Hưng"},
     "xã Phú Mỹ",
     ""},
    {"the group's bare head in lower case, the leading department before its role",
     "Sáng ngày 14/3, Sở Tư pháp, Khối trưởng Khối Thi đua Nội chính tổ chức hội nghị ký kết giao ước thi đua năm "
     "2024. Dự hội nghị có lãnh đạo của 04 sở, ngành là thành viên thuộc khối gồm: Sở Tư pháp; Sở Nội vụ; Thanh tra "
     "tỉnh; Sở Ngoại vụ.",
     {"Sở Tư pháp", "Sở Nội vụ", "Thanh tra tỉnh", "Sở Ngoại vụ"},
     "Sở Tư pháp",
     ""},
};

TEST(PlanGroups13, MembersStatedWithoutGomAfterTheGroup) {
  for (const GroupCase& c : kElsewhere) expect_group(c);
  // A count that does not match the names listed is no list of members.
  const json r = parse(
      "Ngày 6/3/2024, Cụm thi đua số 4 tổ chức hội nghị ký kết giao ước thi đua năm 2024. Dự hội nghị có đại diện 05 "
      "xã Tân Lập, Phú Mỹ.");
  EXPECT_TRUE(r["group"]["members"].empty()) << r["group"]["members"];
  EXPECT_EQ(r["group"]["name"], "Cụm thi đua số 4");
}

const GroupCase kRoles[] = {
    {"leader and deputy given with 'làm', the deputy's role written 'Phó Trưởng khối'",
     "Ngày 5/3/2024, Khối thi đua các sở quản lý nhà nước gồm các sở: Tư pháp, Nội vụ, Tài chính và Xây dựng đã tổ "
     "chức hội nghị ký kết giao ước thi đua năm 2024. Trong đó, Sở Nội vụ làm Trưởng khối năm 2024, Sở Xây dựng làm "
     "Phó Trưởng khối.",
     {"Sở Tư pháp", "Sở Nội vụ", "Sở Tài chính", "Sở Xây dựng"},
     "Sở Nội vụ",
     "Sở Xây dựng"},
    {"a person who is the block's head, the block named short",
     "Ngày 9/3/2024, Khối thi đua các sở, ngành kinh tế tổ chức hội nghị ký kết giao ước thi đua năm 2024. Tại hội "
     "nghị, ông Lê Văn Bình, Giám đốc Sở Xây dựng, Khối trưởng Khối thi đua đã phát động phong trào thi đua năm "
     "2024.",
     {},
     "Sở Xây dựng",
     ""},
    {"a person who is 'Trưởng khối thi đua'",
     "Ngày 9/3/2024, Khối thi đua các sở, ngành kinh tế tổ chức hội nghị ký kết giao ước thi đua năm 2024. Phát biểu "
     "tại hội nghị, đồng chí Trần Minh Quang, Giám đốc Sở Công Thương, Trưởng khối thi đua nhấn mạnh các nhiệm vụ "
     "trọng tâm.",
     {},
     "Sở Công Thương",
     ""},
    {"a body given the role in the passive",
     "Ngày 2/3/2024, Khối thi đua các đơn vị sự nghiệp thuộc Sở Văn hóa tổ chức hội nghị ký kết giao ước thi đua năm "
     "2024. Khối gồm 08 đơn vị, trong đó Thư viện tỉnh được giao nhiệm vụ khối trưởng năm 2024.",
     {},
     "Thư viện tỉnh",
     ""},
    {"a provincial police assigned by the ministry",
     "Ngày 4/3/2024, Cụm thi đua số 7 tổ chức hội nghị ký kết giao ước thi đua năm 2024. Công an tỉnh Bình Định được "
     "phân công làm Cụm trưởng năm 2024.",
     {},
     "Công an tỉnh Bình Định",
     ""},
};

TEST(PlanGroupRoles13, UnitsGivenTheRoleOfLeaderOrDeputy) {
  for (const GroupCase& c : kRoles) expect_group(c);
}

TEST(PlanGroups13, AGroupNumberWithALeadingZeroIsWrittenWithoutIt) {
  const json r = parse("Ngày 6/3/2024, Cụm thi đua số 04 tổ chức hội nghị ký kết giao ước thi đua năm 2024.");
  EXPECT_EQ(r["group"]["name"], "Cụm thi đua số 4");
}

TEST(PlanGroups13, BlocksNamedByTheirDepartmentsOrTwoFunctions) {
  // "Khối các sở, ngành …" without "thi đua" is a block; "Đảng ủy Khối các cơ quan tỉnh" is not.
  const json departments =
      parse("Ngày 5/3/2024, Khối các sở, ngành nội chính tổ chức hội nghị ký kết giao ước thi đua năm 2024.");
  EXPECT_EQ(departments["group"]["name"], "Khối các sở, ngành nội chính");
  const json party = parse(
      "Ngày 5/3/2024, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị học tập nghị quyết. Đoàn Khối các cơ quan tỉnh "
      "cùng dự.");
  EXPECT_TRUE(party["group"].is_null()) << party["group"];
  // A second function after a comma ("tham mưu, tổng hợp") before "gồm" is part of the name.
  const json functions = parse(
      "Ngày 5/3/2024, Khối thi đua các cơ quan tham mưu, tổng hợp gồm 3 đơn vị: Sở Nội vụ; Văn phòng UBND tỉnh; "
      "Thanh tra tỉnh ký kết giao ước thi đua năm 2024.");
  EXPECT_EQ(functions["group"]["name"], "Khối thi đua các cơ quan tham mưu, tổng hợp");
  EXPECT_EQ(test::strings(functions["group"]["members"]), (Strings{"Sở Nội vụ", "Văn phòng UBND tỉnh", "Thanh tra tỉnh"}));
}

}  // namespace
}  // namespace thidua::text::plan
