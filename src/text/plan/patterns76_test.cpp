// The seventy-sixth round (issue 14, session 24, s24-members): the group lists of the former
// held-out texts (eval5, now development texts), as patterns of the language. The sentences are
// written for the tests and labelled by the Conventions (tests/fixtures/plans/README.md, Group)
// before the first run; each family has guards that must keep what they gave.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_group;
using test::GroupCase;
using test::parse;

// A group case whose group's name is checked too.
struct NamedGroupCase {
  const char* name;
  GroupCase group;
};

void expect_named(const NamedGroupCase& c) {
  SCOPED_TRACE(c.group.what);
  const nlohmann::json r = parse(c.group.text);
  ASSERT_TRUE(r["group"].is_object());
  EXPECT_EQ(r["group"]["name"], c.name);
  expect_group(c.group);
}

// "Đoàn Thanh niên Công an (CA) các tỉnh A, B thuộc Cụm thi đua số 7": a body's short form in a
// bracket before "các" is no part of the places' body; a union of the police before the police of
// the places listed is each place's union ("Đoàn Thanh niên Công an tỉnh A"), as "Hội CCB các tỉnh
// A, B" gives "Hội CCB tỉnh A". The police themselves, or their leaders, stay the places' police.
TEST(PlanPatterns76, ABodyBeforeItsShortFormAndTheListedPlacesIsEachPlacesBody) {
  const GroupCase cases[] = {
      {"police youth union, short form of the police in a bracket",
       "Ngày 5/9/2020, Đoàn Thanh niên Công an (CA) các tỉnh Quảng Nam, Quảng Ngãi và Bình Định thuộc Cụm thi đua số 7 - "
       "Bộ CA tổ chức Hội nghị ký kết giao ước thi đua.",
       {"Đoàn Thanh niên Công an tỉnh Quảng Nam", "Đoàn Thanh niên Công an tỉnh Quảng Ngãi",
        "Đoàn Thanh niên Công an tỉnh Bình Định"},
       "",
       ""},
      {"veterans' associations, short form in a bracket",
       "Ngày 12/3/2024, Hội Cựu chiến binh (CCB) các huyện Yên Định, Thiệu Hóa và Nông Cống thuộc Cụm thi đua số 2 tổ "
       "chức Hội nghị ký kết giao ước thi đua năm 2024.",
       {"Hội Cựu chiến binh huyện Yên Định", "Hội Cựu chiến binh huyện Thiệu Hóa", "Hội Cựu chiến binh huyện Nông Cống"},
       "",
       ""},
      {"departments of education, a short form with '&'",
       "Sáng 20/9/2023, Sở Giáo dục và Đào tạo (GD&ĐT) các tỉnh Sơn La, Điện Biên và Lai Châu thuộc Cụm thi đua số 1 tổ "
       "chức ký kết giao ước thi đua năm học 2023-2024.",
       {"Sở Giáo dục và Đào tạo tỉnh Sơn La", "Sở Giáo dục và Đào tạo tỉnh Điện Biên", "Sở Giáo dục và Đào tạo tỉnh Lai Châu"},
       "",
       ""},
      {"treasuries of districts, short form in a bracket",
       "Ngày 3/3/2025, Kho bạc Nhà nước (KBNN) các huyện Lục Yên, Văn Yên và Yên Bình thuộc Khối thi đua số 3 tổ chức ký "
       "kết giao ước thi đua năm 2025.",
       {"Kho bạc Nhà nước huyện Lục Yên", "Kho bạc Nhà nước huyện Văn Yên", "Kho bạc Nhà nước huyện Yên Bình"},
       "",
       ""},
      {"women's associations of the police, no bracket",
       "Ngày 7/3/2025, Hội Phụ nữ Công an các tỉnh Lào Cai, Yên Bái và Hà Giang thuộc Cụm thi đua số 1 tổ chức ký kết "
       "giao ước thi đua năm 2025.",
       {"Hội Phụ nữ Công an tỉnh Lào Cai", "Hội Phụ nữ Công an tỉnh Yên Bái", "Hội Phụ nữ Công an tỉnh Hà Giang"},
       "",
       ""},
      {"trade unions of the police, the union's head alone",
       "Ngày 18/2/2025, Công đoàn Công an các tỉnh Kon Tum, Gia Lai và Đắk Lắk thuộc Cụm thi đua số 5 tổ chức ký kết "
       "giao ước thi đua năm 2025.",
       {"Công đoàn Công an tỉnh Kon Tum", "Công đoàn Công an tỉnh Gia Lai", "Công đoàn Công an tỉnh Đắk Lắk"},
       "",
       ""},
      {"guard: the police with their short form stay the police",
       "Ngày 18/2/2025, Công an (CA) các tỉnh Sơn La, Điện Biên và Lai Châu thuộc Cụm thi đua số 2 tổ chức ký kết giao "
       "ước thi đua năm 2025.",
       {"Công an tỉnh Sơn La", "Công an tỉnh Điện Biên", "Công an tỉnh Lai Châu"},
       "",
       ""},
      {"guard: the police's leaders act for the police",
       "Ngày 18/2/2025, Ban Giám đốc Công an các tỉnh Sơn La, Điện Biên và Lai Châu thuộc Cụm thi đua số 2 tổ chức ký "
       "kết giao ước thi đua năm 2025.",
       {"Công an tỉnh Sơn La", "Công an tỉnh Điện Biên", "Công an tỉnh Lai Châu"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

// "Đoàn Thanh niên Cụm thi đua số 8 Bộ Công an (gồm các tỉnh: A, B, …)": a group named inside its
// union's or association's name is the group, and the bracket after it lists its members as after
// the group alone — places only for a union (the Conventions' members by places), the bodies as
// written when the list names them.
TEST(PlanPatterns76, AGroupNamedInsideAUnionsNameListsItsMembersInABracket) {
  const NamedGroupCase cases[] = {
      {"Cụm thi đua số 8",
       {"the police's youth union of a cluster, the ministry after it",
        "Ngày 15/9/2022, Đoàn Thanh niên Cụm thi đua số 8 Bộ Công an (gồm các tỉnh: Tây Ninh, Long An, Bình Dương và "
        "Đồng Tháp) tổ chức Hội nghị ký kết giao ước thi đua.",
        {"tỉnh Tây Ninh", "tỉnh Long An", "tỉnh Bình Dương", "tỉnh Đồng Tháp"},
        "",
        ""}},
      {"Cụm thi đua số 3",
       {"veterans of a cluster of districts",
        "Sáng 10/3/2024, Hội Cựu chiến binh Cụm thi đua số 3 (gồm các huyện: Yên Định, Thiệu Hóa, Nông Cống và Triệu "
        "Sơn) tổ chức ký kết giao ước thi đua năm 2024.",
        {"huyện Yên Định", "huyện Thiệu Hóa", "huyện Nông Cống", "huyện Triệu Sơn"},
        "",
        ""}},
      {"Cụm thi đua số 4",
       {"women of a police cluster",
        "Ngày 8/3/2024, Hội Phụ nữ Cụm thi đua số 4 Bộ Công an (gồm các tỉnh: Lào Cai, Yên Bái và Hà Giang) tổ chức hội "
        "nghị ký kết giao ước thi đua năm 2024.",
        {"tỉnh Lào Cai", "tỉnh Yên Bái", "tỉnh Hà Giang"},
        "",
        ""}},
      {"Khối thi đua số 2",
       {"trade unions of departments, named in the bracket",
        "Ngày 20/3/2025, Công đoàn Khối thi đua số 2 (gồm Công đoàn Sở Y tế, Công đoàn Sở Tài chính và Công đoàn Sở Nội "
        "vụ) tổ chức ký kết giao ước thi đua năm 2025.",
        {"Công đoàn Sở Y tế", "Công đoàn Sở Tài chính", "Công đoàn Sở Nội vụ"},
        "",
        ""}},
      {"Khối thi đua số 5",
       {"youth unions of enterprises",
        "Ngày 26/3/2024, Đoàn Thanh niên Khối thi đua số 5 (gồm Đoàn Thanh niên Công ty Điện lực Bắc Ninh, Đoàn Thanh "
        "niên Công ty Cấp thoát nước Bắc Ninh và Đoàn Thanh niên Bưu điện tỉnh Bắc Ninh) tổ chức ký kết giao ước thi đua "
        "năm 2024.",
        {"Đoàn Thanh niên Công ty Điện lực Bắc Ninh", "Đoàn Thanh niên Công ty Cấp thoát nước Bắc Ninh",
         "Đoàn Thanh niên Bưu điện tỉnh Bắc Ninh"},
        "",
        ""}},
      {"Cụm thi đua số 6",
       {"trade unions of schools",
        "Ngày 5/10/2023, Công đoàn Cụm thi đua số 6 (gồm Công đoàn Trường THPT Lê Lợi, Công đoàn Trường THPT Nguyễn Du "
        "và Công đoàn Trường THPT Trần Phú) tổ chức ký kết giao ước thi đua năm học 2023-2024.",
        {"Công đoàn Trường THPT Lê Lợi", "Công đoàn Trường THPT Nguyễn Du", "Công đoàn Trường THPT Trần Phú"},
        "",
        ""}},
      {"Cụm thi đua số 8",
       {"guard: the cluster itself lists the provinces' police",
        "Ngày 15/9/2022, Cụm thi đua số 8 Bộ Công an (gồm các tỉnh: Tây Ninh, Long An, Bình Dương và Đồng Tháp) tổ chức "
        "Hội nghị ký kết giao ước thi đua.",
        {"Công an tỉnh Tây Ninh", "Công an tỉnh Long An", "Công an tỉnh Bình Dương", "Công an tỉnh Đồng Tháp"},
        "",
        ""}},
  };
  for (const NamedGroupCase& c : cases) expect_named(c);
}

// "Cụm thi đua khối xã, phường": "khối" and the levels of the places the group gathers are its name,
// one level or several across commas, as "Khối thi đua các xã, thị trấn" is; a bare level after a
// description ("Khối thi đua Văn hóa - Xã hội tỉnh") still says whose the group is, not its name.
TEST(PlanPatterns76, AGroupOfTheKindOfPlacesAfterKhoiKeepsThem) {
  struct Case {
    const char* what;
    const char* text;
    const char* name;
  };
  const Case cases[] = {
      {"communes and wards of a city",
       "Chiều 15/2/2023, Cụm thi đua khối xã, phường tổ chức ký kết giao ước thi đua năm 2023.",
       "Cụm thi đua khối xã, phường"},
      {"wards and townlets, in lower case after the role",
       "Chiều 20/2/2024, tại UBND phường Tân Hòa – đơn vị Cụm trưởng cụm thi đua khối phường, thị trấn năm 2024 đã diễn "
       "ra hội nghị ký kết giao ước thi đua.",
       "Cụm thi đua khối phường, thị trấn"},
      {"three levels",
       "Ngày 1/3/2024, Cụm thi đua khối xã, phường, thị trấn tổ chức hội nghị ký kết giao ước thi đua năm 2024.",
       "Cụm thi đua khối xã, phường, thị trấn"},
      {"one level", "Ngày 1/3/2024, Cụm thi đua khối xã tổ chức ký kết giao ước thi đua năm 2024.",
       "Cụm thi đua khối xã"},
      {"guard: the schools' block", "Ngày 1/3/2024, Cụm thi đua khối trường học tổ chức ký kết giao ước thi đua năm 2024.",
       "Cụm thi đua khối trường học"},
      {"guard: the places listed after 'các'",
       "Ngày 1/3/2024, Khối thi đua các xã, thị trấn tổ chức ký kết giao ước thi đua năm 2024.",
       "Khối thi đua các xã, thị trấn"},
      {"guard: a bare level closing a description stays (s28-members, the Conventions of session 27)",
       "Ngày 1/3/2024, Khối thi đua Văn hóa - Xã hội tỉnh tổ chức ký kết giao ước thi đua năm 2024.",
       "Khối thi đua Văn hóa - Xã hội tỉnh"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.what);
    const nlohmann::json r = parse(c.text);
    ASSERT_TRUE(r["group"].is_object());
    EXPECT_EQ(r["group"]["name"], c.name);
  }
}

// "CN NH Công thương Huế", "Cty CP Cấp nước Sơn La", "TTYT huyện Mai Sơn", "BQL Khu kinh tế tỉnh": a
// member's head written short opens a body in a group's list and is written out, as the Conventions
// write a unit in full ("Chi nhánh Ngân hàng Công thương Huế"). The gazetteer's own short heads
// ("UBND") and a brand ("BIDV") stay as written.
TEST(PlanPatterns76, AMembersAbbreviatedHeadIsWrittenOut) {
  const GroupCase cases[] = {
      {"bank branches, 'CN' and 'NH'",
       "Các ngân hàng thành viên Khối thi đua số 1 bao gồm 4 đơn vị: CN Ngân hàng Nhà nước, CN NH Phát triển Khu vực "
       "Huế, CN NH Công thương Huế, CN NH BIDV Phú Xuân đã ký kết giao ước thi đua năm 2019.",
       {"Chi nhánh Ngân hàng Nhà nước", "Chi nhánh Ngân hàng Phát triển Khu vực Huế", "Chi nhánh Ngân hàng Công thương Huế",
        "Chi nhánh Ngân hàng BIDV Phú Xuân"},
       "",
       ""},
      {"enterprises, 'Cty'",
       "Khối thi đua số 4 gồm: Cty CP Cấp nước Sơn La, Cty CP Môi trường và Dịch vụ đô thị Sơn La, Cty Điện lực Sơn La ký "
       "kết giao ước thi đua năm 2024.",
       {"Công ty CP Cấp nước Sơn La", "Công ty CP Môi trường và Dịch vụ đô thị Sơn La", "Công ty Điện lực Sơn La"},
       "",
       ""},
      {"health centres, 'TTYT' before a level",
       "Cụm thi đua số 2 gồm: TTYT huyện Mai Sơn, TTYT huyện Yên Châu, TTYT huyện Mộc Châu tổ chức ký kết giao ước thi "
       "đua năm 2024.",
       {"Trung tâm Y tế huyện Mai Sơn", "Trung tâm Y tế huyện Yên Châu", "Trung tâm Y tế huyện Mộc Châu"},
       "",
       ""},
      {"management boards, 'BQL'",
       "Khối thi đua số 6 gồm: BQL Khu kinh tế tỉnh, BQL Dự án đầu tư xây dựng tỉnh và BQL Rừng phòng hộ Sông Đà ký kết "
       "giao ước thi đua năm 2024.",
       {"Ban Quản lý Khu kinh tế tỉnh", "Ban Quản lý Dự án đầu tư xây dựng tỉnh", "Ban Quản lý Rừng phòng hộ Sông Đà"},
       "",
       ""},
      {"the social-policy bank short, beside brands kept",
       "Cụm thi đua số 3 gồm: BIDV Chi nhánh Sơn La, Agribank Chi nhánh Sơn La và NHCSXH tỉnh Sơn La ký kết giao ước thi "
       "đua năm 2024.",
       {"BIDV Chi nhánh Sơn La", "Agribank Chi nhánh Sơn La", "Ngân hàng Chính sách xã hội tỉnh Sơn La"},
       "",
       ""},
      {"guard: the communes' people's committees stay 'UBND'",
       "Cụm thi đua số 3 gồm: UBND xã Tân Lập, UBND xã Tân Hợp và UBND xã Tân Phong ký kết giao ước thi đua năm 2024.",
       {"UBND xã Tân Lập", "UBND xã Tân Hợp", "UBND xã Tân Phong"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

// "Agribank (các chi nhánh: Đồng Nai, Bắc Đồng Nai); BIDV (các chi nhánh: …) và Ngân hàng Chính sách
// xã hội chi nhánh tỉnh Đồng Nai": a body written once before a bracket that lists its own units by
// their kind is each of those units ("Agribank chi nhánh Đồng Nai"); a body between them written
// whole is one member; a bracket giving a role is still a remark.
TEST(PlanPatterns76, ABodyBeforeABracketOfItsUnitsIsEachOfThem) {
  const GroupCase cases[] = {
      {"bank branches, brands with their branches, a bank written whole",
       "Khối thi đua số 10 có 7 thành viên, gồm các chi nhánh ngân hàng thương mại nhà nước trên địa bàn tỉnh: Agribank "
       "(các chi nhánh: Đồng Nai, Bắc Đồng Nai và Tây Bình Phước); BIDV (các chi nhánh: Đồng Nai, Biên Hòa và Bình Phước) "
       "và Ngân hàng Chính sách xã hội chi nhánh tỉnh Đồng Nai.",
       {"Agribank chi nhánh Đồng Nai", "Agribank chi nhánh Bắc Đồng Nai", "Agribank chi nhánh Tây Bình Phước",
        "BIDV chi nhánh Đồng Nai", "BIDV chi nhánh Biên Hòa", "BIDV chi nhánh Bình Phước",
        "Ngân hàng Chính sách xã hội chi nhánh tỉnh Đồng Nai"},
       "",
       ""},
      {"insurance and treasury of districts, the kind a level",
       "Cụm thi đua số 4 gồm: Bảo hiểm xã hội (các huyện: Mai Sơn, Yên Châu); Kho bạc Nhà nước (các huyện: Mộc Châu và "
       "Vân Hồ) tổ chức ký kết giao ước thi đua năm 2024.",
       {"Bảo hiểm xã hội huyện Mai Sơn", "Bảo hiểm xã hội huyện Yên Châu", "Kho bạc Nhà nước huyện Mộc Châu",
        "Kho bạc Nhà nước huyện Vân Hồ"},
       "",
       ""},
      {"schools and their campuses",
       "Khối thi đua số 2 gồm: Trường Đại học Tây Bắc (các cơ sở: Sơn La, Điện Biên) và Trường Cao đẳng Sơn La (các cơ "
       "sở: Mai Sơn, Mộc Châu) ký kết giao ước thi đua năm học 2024-2025.",
       {"Trường Đại học Tây Bắc cơ sở Sơn La", "Trường Đại học Tây Bắc cơ sở Điện Biên", "Trường Cao đẳng Sơn La cơ sở Mai Sơn",
        "Trường Cao đẳng Sơn La cơ sở Mộc Châu"},
       "",
       ""},
      {"enterprises' branches and a post office, split by commas",
       "Khối thi đua số 7 gồm: Viettel (các chi nhánh: Sơn La, Điện Biên), VNPT (các chi nhánh: Sơn La, Lai Châu) và Bưu "
       "điện tỉnh Sơn La ký kết giao ước thi đua năm 2024.",
       {"Viettel chi nhánh Sơn La", "Viettel chi nhánh Điện Biên", "VNPT chi nhánh Sơn La", "VNPT chi nhánh Lai Châu",
        "Bưu điện tỉnh Sơn La"},
       "",
       ""},
      {"one bank's branches among departments",
       "Khối thi đua số 3 gồm: Agribank (các chi nhánh: Sơn La, Mai Sơn), Sở Tài chính, Sở Nội vụ và Sở Tư pháp ký kết "
       "giao ước thi đua năm 2024.",
       {"Agribank chi nhánh Sơn La", "Agribank chi nhánh Mai Sơn", "Sở Tài chính", "Sở Nội vụ", "Sở Tư pháp"},
       "",
       ""},
      {"guard: brackets giving roles are remarks",
       "Khối thi đua số 3 gồm: Sở Y tế (Khối trưởng), Sở Tài chính (Khối phó), Sở Nội vụ và Sở Tư pháp ký kết giao ước thi "
       "đua năm 2024.",
       {"Sở Y tế", "Sở Tài chính", "Sở Nội vụ", "Sở Tư pháp"},
       "Sở Y tế",
       "Sở Tài chính"},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

// "Ông A, Giám đốc BIDV chi nhánh Đồng Nai, Khối trưởng Khối thi đua số 10": the role held by a person
// names that person's unit (the Conventions), a bank's branch the gazetteer does not read included.
TEST(PlanPatterns76, ABranchAfterThePersonsTitleHoldsTheGroupsRole) {
  const GroupCase cases[] = {
      {"the leader, a bank's branch",
       "Ngày 13/3/2026, Khối thi đua số 10 tổ chức hội nghị tổng kết. Ông Nguyễn Đức Toàn, Giám đốc BIDV chi nhánh Đồng "
       "Nai, Khối trưởng Khối thi đua số 10 phát biểu.",
       {},
       "BIDV chi nhánh Đồng Nai",
       ""},
      {"the deputy, another bank's branch",
       "Ngày 13/3/2026, Khối thi đua số 10 tổ chức hội nghị tổng kết. Bà Lê Thị Hoa, Giám đốc Agribank chi nhánh Bình "
       "Phước, Khối phó Khối thi đua số 10 phát biểu.",
       {},
       "",
       "Agribank chi nhánh Bình Phước"},
      {"the leader, a branch of a city",
       "Ngày 10/3/2025, Khối thi đua số 8 tổ chức hội nghị ký kết. Ông Phạm Văn Hùng, Giám đốc Vietcombank chi nhánh Biên "
       "Hòa, Khối trưởng Khối thi đua số 8 phát biểu.",
       {},
       "Vietcombank chi nhánh Biên Hòa",
       ""},
      {"the deputy under a deputy director's title",
       "Ngày 10/3/2025, Khối thi đua số 8 tổ chức hội nghị ký kết. Bà Ngô Thị Lan, Phó Giám đốc VietinBank chi nhánh Nhơn "
       "Trạch, Khối phó Khối thi đua số 8 phát biểu.",
       {},
       "",
       "VietinBank chi nhánh Nhơn Trạch"},
      {"guard: a department, read as before",
       "Ngày 20/3/2025, Khối thi đua số 4 tổ chức hội nghị ký kết. Ông Trần Văn Nam, Giám đốc Sở Tài chính, Khối trưởng "
       "Khối thi đua số 4 phát biểu.",
       {},
       "Sở Tài chính",
       ""},
      {"guard: a title with no body names no unit",
       "Ngày 20/3/2025, Khối thi đua số 4 tổ chức hội nghị ký kết. Ông Trần Văn Nam, Phó Giám đốc, Khối trưởng Khối thi "
       "đua số 4 phát biểu.",
       {},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

// "CN NH Chính sách xã hội tỉnh" in a text of Thừa Thiên Huế's bodies: a member ending with a bare
// level is the text's own place of that level, named in full (the Conventions' units in full); as
// written when the text names no such place, or when the member names its place.
TEST(PlanPatterns76, AMembersBareLevelIsTheTextsOwnPlace) {
  const GroupCase cases[] = {
      {"banks of a province",
       "Sáng 15/3/2019, Ngân hàng Nhà nước chi nhánh tỉnh Thừa Thiên Huế tổ chức hội nghị. Khối thi đua số 1 bao gồm 4 "
       "đơn vị: CN Ngân hàng Nhà nước, CN NH Công thương Huế, CN NH Chính sách xã hội tỉnh, Quỹ Đầu tư phát triển tỉnh đã "
       "ký kết giao ước thi đua năm 2019.",
       {"Chi nhánh Ngân hàng Nhà nước", "Chi nhánh Ngân hàng Công thương Huế",
        "Chi nhánh Ngân hàng Chính sách xã hội tỉnh Thừa Thiên Huế", "Quỹ Đầu tư phát triển tỉnh Thừa Thiên Huế"},
       "",
       ""},
      {"boards and a treasury of a province",
       "Ngày 20/3/2024, UBND tỉnh Sơn La tổ chức hội nghị. Khối thi đua số 6 gồm: Ban Quản lý Khu kinh tế tỉnh, Ban Quản "
       "lý Dự án đầu tư xây dựng tỉnh và Kho bạc Nhà nước tỉnh ký kết giao ước thi đua năm 2024.",
       {"Ban Quản lý Khu kinh tế tỉnh Sơn La", "Ban Quản lý Dự án đầu tư xây dựng tỉnh Sơn La", "Kho bạc Nhà nước tỉnh Sơn La"},
       "",
       ""},
      {"a district's centres and its department of education",
       "Ngày 20/3/2024, UBND huyện Mai Sơn tổ chức hội nghị. Cụm thi đua số 2 gồm: Trung tâm Y tế huyện, Trung tâm Văn "
       "hóa huyện và Phòng Giáo dục và Đào tạo huyện ký kết giao ước thi đua năm 2024.",
       {"Trung tâm Y tế huyện Mai Sơn", "Trung tâm Văn hóa huyện Mai Sơn", "Phòng Giáo dục và Đào tạo huyện Mai Sơn"},
       "",
       ""},
      {"a commune's bodies",
       "Ngày 20/3/2024, UBND xã Tân Lập tổ chức hội nghị. Cụm thi đua số 1 gồm: Trạm Y tế xã, Trường Mầm non xã và Hội "
       "Nông dân xã ký kết giao ước thi đua năm 2024.",
       {"Trạm Y tế xã Tân Lập", "Trường Mầm non xã Tân Lập", "Hội Nông dân xã Tân Lập"},
       "",
       ""},
      {"guard: members naming their place",
       "Ngày 20/3/2024, UBND tỉnh Sơn La tổ chức hội nghị. Khối thi đua số 6 gồm: Sở Y tế tỉnh Sơn La, Sở Tài chính tỉnh "
       "Sơn La và Sở Nội vụ tỉnh Sơn La ký kết giao ước thi đua năm 2024.",
       {"Sở Y tế tỉnh Sơn La", "Sở Tài chính tỉnh Sơn La", "Sở Nội vụ tỉnh Sơn La"},
       "",
       ""},
      {"guard: no province named in the text",
       "Ngày 20/3/2024, Khối thi đua số 6 gồm: Ban Quản lý Khu kinh tế tỉnh, Ban Quản lý Dự án đầu tư xây dựng tỉnh và "
       "Kho bạc Nhà nước tỉnh ký kết giao ước thi đua năm 2024.",
       {"Ban Quản lý Khu kinh tế tỉnh", "Ban Quản lý Dự án đầu tư xây dựng tỉnh", "Kho bạc Nhà nước tỉnh"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

}  // namespace
}  // namespace thidua::text::plan
