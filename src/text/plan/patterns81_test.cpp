// The eighty-first round (issue 14, session 24, s24-people): people and their positions — a title before
// a name whose body is a brand or a branch, roles in the group in lower case after another office, a
// board named after "thi đua, khen thưởng", an office's body up to the next person, the standing deputy
// and the deputy head of a board written short, bodies of one place joined by dashes, a member of the
// Central Committee written short. Sentences written for the tests across sectors, labelled by the
// Conventions (tests/fixtures/plans/README.md, Positions) before the first run; each case not marked
// "guard" failed on main.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_positions;
using test::names;
using test::parse;
using test::PositionCase;

// "Giám đốc Agribank chi nhánh Bắc Ninh Trần Văn Hùng, Khối trưởng …": a body named by a brand or a branch
// (no level to close it) runs on into the holder's full name; the offices end where the name starts, and
// the role after the comma is one more of the person's.
TEST(PlanPatterns81, ATitleBeforeANameWhoseBodyIsABrandOrABranch) {
  const PositionCase cases[] = {
      {"bank: a brand's branch, the role in the group after the name",
       "Ngày 20/3/2025, Khối thi đua số 4 tổ chức hội nghị ký kết giao ước thi đua năm 2025. Giám đốc Agribank "
       "chi nhánh Bắc Ninh Trần Văn Hùng, Khối trưởng Khối thi đua số 4 phát biểu khai mạc.\n",
       {{"Trần Văn Hùng", "Giám đốc Agribank chi nhánh Bắc Ninh, Khối trưởng Khối thi đua số 4"}}},
      {"State bank: a regional branch numbered",
       "Ngày 5/4/2024, Khối thi đua các ngân hàng tổ chức ký kết giao ước thi đua. Tham dự có Phó Giám đốc Ngân "
       "hàng Nhà nước chi nhánh Khu vực 7 Lê Thị Mai và lãnh đạo các chi nhánh.\n",
       {{"Lê Thị Mai", "Phó Giám đốc Ngân hàng Nhà nước chi nhánh Khu vực 7"}}},
      {"telecoms: a group's brand and its province",
       "Ngày 10/1/2025, Khối doanh nghiệp tỉnh Quảng Trị tổ chức hội nghị tổng kết. Giám đốc Viettel Quảng Trị "
       "Phạm Văn Hải phát biểu.\n",
       {{"Phạm Văn Hải", "Giám đốc Viettel Quảng Trị"}}},
      {"bank: a deputy, the branch's province before the name",
       "Ngày 10/1/2025, Khối thi đua các doanh nghiệp tỉnh Thanh Hóa tổ chức hội nghị. Phó Giám đốc Vietcombank "
       "chi nhánh Thanh Hóa Nguyễn Thị Lan báo cáo kết quả.\n",
       {{"Nguyễn Thị Lan", "Phó Giám đốc Vietcombank chi nhánh Thanh Hóa"}}},
      {"telecoms: a deputy of the State's group in a province",
       "Ngày 8/1/2025, Khối thi đua các doanh nghiệp tỉnh Nghệ An tổ chức hội nghị. Phó Giám đốc VNPT Nghệ An "
       "Hoàng Văn Sơn trình bày báo cáo.\n",
       {{"Hoàng Văn Sơn", "Phó Giám đốc VNPT Nghệ An"}}},
  };
  expect_positions(cases);
  // guard: the branch with no name after it is no person
  EXPECT_TRUE(names(parse("Ngày 10/1/2025, Khối thi đua các doanh nghiệp tỉnh Nghệ An tổ chức hội nghị. Giám đốc BIDV "
                          "chi nhánh Nghệ An phát biểu khai mạc hội nghị.\n"))
                  .empty());
  // negative: a school named after a person is no person ("Trường THPT Lê Quý Đôn")
  EXPECT_TRUE(names(parse("Ngày 10/1/2025, Cụm thi đua số 2 tổ chức hội nghị. Hiệu trưởng Trường THPT Lê Quý Đôn "
                          "phát biểu khai mạc.\n"))
                  .empty());
}

// "…, đại diện trưởng khối thi đua ngân hàng II", "…, phụ trách cụm 4", "…- cụm trưởng cụm thi đua 4": a
// role in the group, or the group itself, in lower case after another office (a dash glued or not),
// is one more part of the position, kept as written.
TEST(PlanPatterns81, ARoleInTheGroupInLowerCaseAfterAnotherOffice) {
  const PositionCase cases[] = {
      {"banks: standing for the group's leader",
       "Ngày 12/3/2019, khối thi đua ngân hàng II tổ chức ký kết giao ước thi đua. Ông Lê Văn Tâm, đại diện "
       "trưởng khối thi đua ngân hàng II phát biểu tại hội nghị.\n",
       {{"Lê Văn Tâm", "đại diện trưởng khối thi đua ngân hàng II"}}},
      {"association: in charge of a cluster named by its number",
       "Ngày 12/3/2017, cụm thi đua 4 Hội Khuyến học tổ chức họp. Bà Trần Thị Hoa - Ủy viên Thường vụ Hội "
       "Khuyến học tỉnh, phụ trách cụm 4. Hội nghị thông qua kế hoạch.\n",
       {{"Trần Thị Hoa", "Ủy viên Thường vụ Hội Khuyến học tỉnh, phụ trách cụm 4"}}},
      {"association: the leader's role after a glued dash",
       "Ngày 12/3/2017, cụm thi đua 4 Hội Khuyến học tổ chức họp. Ông Lê Văn Nam - Chủ tịch Hội khuyến học "
       "huyện Gia Lâm- cụm trưởng cụm thi đua 4 thông qua kế hoạch.\n",
       {{"Lê Văn Nam", "Chủ tịch Hội khuyến học huyện Gia Lâm, cụm trưởng cụm thi đua 4"}}},
      {"police: the leader's role in lower case after a comma, as written",
       "Ngày 12/3/2023, Cụm thi đua số 3 tổ chức ký kết. Đồng chí Trần Văn Bình, Phó Trưởng Công an huyện Yên "
       "Lạc, cụm trưởng cụm thi đua số 3 phát biểu.\n",
       {{"Trần Văn Bình", "Phó Trưởng Công an huyện Yên Lạc, cụm trưởng cụm thi đua số 3"}}},
      {"Front: a deputy leader's role head first",
       "Ngày 2/3/2024, Cụm thi đua số 2 Ủy ban MTTQ các xã tổ chức ký kết. Ông Phạm Văn Đức, Chủ tịch Ủy ban "
       "MTTQ xã Tân Lập, đại diện phó trưởng cụm thi đua số 2 phát biểu.\n",
       {{"Phạm Văn Đức", "Chủ tịch Ủy ban MTTQ xã Tân Lập, đại diện phó trưởng cụm thi đua số 2"}}},
      {"guard: a capitalised role keeps its capitals",
       "Ngày 12/3/2023, Cụm thi đua số 3 tổ chức ký kết. Đồng chí Trần Văn Bình, Trưởng Công an huyện Yên Lạc, "
       "Cụm trưởng Cụm thi đua số 3 phát biểu.\n",
       {{"Trần Văn Bình", "Trưởng Công an huyện Yên Lạc, Cụm trưởng Cụm thi đua số 3"}}},
  };
  expect_positions(cases);
}

// "Trưởng Ban Phong trào Thi đua, khen thưởng Hội Khuyến học Thành phố": the comma of the field's fixed
// name "thi đua, khen thưởng" is inside the board's name, and the body after it is the board's.
TEST(PlanPatterns81, ABoardNamedAfterThiDuaKhenThuongKeepsItsComma) {
  const PositionCase cases[] = {
      {"association: two offices, the board's after a dash",
       "Ngày 12/3/2017, Hội Khuyến học thành phố tổ chức họp. Tham dự có bà Phạm Thị Hạnh – Phó Chủ tịch – "
       "Trưởng Ban Phong trào Thi đua, khen thưởng Hội Khuyến học Thành phố, ông Lê Văn Nam - Chủ tịch Hội "
       "khuyến học huyện Gia Lâm.\n",
       {{"Phạm Thị Hạnh", "Phó Chủ tịch, Trưởng Ban Phong trào Thi đua, khen thưởng Hội Khuyến học Thành phố"}}},
      {"veterans: a deputy head of the board",
       "Ngày 5/1/2024, Hội Cựu chiến binh tỉnh tổ chức hội nghị. Ông Lê Văn Hải, Phó Trưởng Ban Phong trào "
       "Thi đua, khen thưởng Hội Cựu chiến binh tỉnh phát biểu.\n",
       {{"Lê Văn Hải", "Phó Trưởng Ban Phong trào Thi đua, khen thưởng Hội Cựu chiến binh tỉnh"}}},
      {"women's union: the board alone before the stop",
       "Ngày 5/1/2024, Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị. Dự có bà Nguyễn Thị Thu, Trưởng Ban Phong "
       "trào Thi đua, khen thưởng.\n",
       {{"Nguyễn Thị Thu", "Trưởng Ban Phong trào Thi đua, khen thưởng"}}},
  };
  expect_positions(cases);
}

// "…, Phó Ban công tác phụ nữ phía Nam Hoàng Thị Ngân Hương, cùng …": an office's body, named in words of
// any case, stops at the next person's full name, and at "và" going on to a verb or the next person.
TEST(PlanPatterns81, AnOfficesBodyStopsAtTheNextPersonOrAtVaBeforeAVerb) {
  const PositionCase cases[] = {
      {"women: the next office's holder named after its body",
       "Ngày 5/6/2015, Hội Liên hiệp Phụ nữ tỉnh Đồng Tháp tổ chức hội nghị biểu dương phụ nữ điển hình tiên tiến "
       "trong phong trào thi đua. Dự hội nghị có Bí thư Tỉnh ủy Lê "
       "Văn Hòa, Phó Ban công tác phụ nữ phía Nam Trần Thị Bích Ngọc, cùng lãnh đạo các sở.\n",
       {{"Lê Văn Hòa", "Bí thư Tỉnh ủy"}, {"Trần Thị Bích Ngọc", "Phó Ban công tác phụ nữ phía Nam"}}},
      {"province: the deputy head of the board, then 'và' and a verb",
       "Ngày 5/1/2016, Khối thi đua số 3 tỉnh Trà Vinh tổng kết năm 2015. Dự hội nghị có ông Nguyễn Văn Tư - Phó "
       "ban Thi đua khen thưởng tỉnh Trà Vinh và đại diện lãnh đạo 8 cơ quan trong khối.\n",
       {{"Nguyễn Văn Tư", "Phó ban Thi đua khen thưởng tỉnh Trà Vinh"}}},
      {"Party: the central board, then 'và ông'",
       "Ngày 12/3/2020, Huyện ủy Tam Đảo tổ chức phát động phong trào thi đua. Dự có đồng chí Lê Văn Hùng, Phó "
       "Trưởng ban Dân vận Trung ương và ông Trần Văn Bình, Phó Chủ tịch UBND huyện Tam Đảo.\n",
       {{"Lê Văn Hùng", "Phó Trưởng ban Dân vận Trung ương"}, {"Trần Văn Bình", "Phó Chủ tịch UBND huyện Tam Đảo"}}},
      {"guard: 'và' inside an office's name",
       "Ngày 12/3/2020, Công an tỉnh Hà Nam tổ chức phát động phong trào thi đua. Dự có Thượng tá Lê Văn Hùng, "
       "Trưởng phòng Công tác đảng và công tác chính trị Công an tỉnh Hà Nam.\n",
       {{"Lê Văn Hùng", "Trưởng phòng Công tác đảng và công tác chính trị Công an tỉnh Hà Nam"}}},
  };
  expect_positions(cases);
}

// "Phó Bí thư TT Đảng ủy", "Phó Chủ tịch TT Hội Nông dân": the standing deputy written short is written
// out; "Phó ban Tuyên giáo Huyện ủy": the deputy head of a board written without "Trưởng" is an office.
TEST(PlanPatterns81, TheStandingDeputyAndTheBoardsDeputyWrittenShort) {
  const PositionCase cases[] = {
      {"commune Party: the standing deputy secretary",
       "Chiều 2/3/2022 tại UBND phường An Lạc, Cụm thi đua 2 Hội Khuyến học quận Bình Tân tổ chức hội nghị ký "
       "kết. Đến dự có Đ/c Lê Văn An, Chủ tịch Hội Khuyến học quận Bình Tân; Đ/c Trần Thị Bích - Phó Bí thư TT "
       "Đảng ủy và Đ/c Phạm Văn Hòa - Phó Chủ tịch UBND phường An Lạc.\n",
       {{"Trần Thị Bích", "Phó Bí thư Thường trực Đảng ủy"}, {"Phạm Văn Hòa", "Phó Chủ tịch UBND phường An Lạc"}}},
      {"farmers' union: the standing vice-chair",
       "Ngày 5/3/2023, Hội Nông dân huyện Lục Nam tổ chức phát động thi đua. Ông Nguyễn Văn Toàn, Phó Chủ tịch TT "
       "Hội Nông dân huyện Lục Nam phát biểu.\n",
       {{"Nguyễn Văn Toàn", "Phó Chủ tịch Thường trực Hội Nông dân huyện Lục Nam"}}},
      {"district Party: the deputy head of a board",
       "Ngày 5/3/2023, Huyện ủy Lục Nam tổ chức phát động thi đua. Bà Lê Thị Hồng, Phó ban Tuyên giáo Huyện ủy "
       "Lục Nam phát biểu.\n",
       {{"Lê Thị Hồng", "Phó ban Tuyên giáo Huyện ủy Lục Nam"}}},
  };
  expect_positions(cases);
}

// "đại diện Huyện ủy - HĐND - UBND huyện Tam Đảo": bodies of one place joined by dashes, the level and the
// place written once after the last, are the office's bodies together (not "Huyện ủy" alone).
TEST(PlanPatterns81, BodiesOfOnePlaceJoinedByDashesShareTheLevel) {
  const PositionCase cases[] = {
      {"district: standing for the three bodies",
       "Ngày 12/3/2020, Huyện ủy Tam Đảo tổ chức phát động phong trào thi đua. Ông Lê Văn Hùng, đại diện Huyện "
       "ủy - HĐND - UBND huyện Tam Đảo phát biểu.\n",
       {{"Lê Văn Hùng", "đại diện Huyện ủy - HĐND - UBND huyện Tam Đảo"}}},
      {"commune: standing for the Party committee and two bodies",
       "Ngày 12/3/2021, Đảng ủy xã Tân Lập tổ chức phát động phong trào thi đua. Ông Trần Văn Nam, đại diện Đảng "
       "ủy - HĐND - UBND xã Tân Lập phát biểu.\n",
       {{"Trần Văn Nam", "đại diện Đảng ủy - HĐND - UBND xã Tân Lập"}}},
      {"guard: two offices joined by a dash stay two",
       "Ngày 12/3/2020, Huyện ủy Tam Đảo tổ chức phát động phong trào thi đua. Ông Lê Văn Hùng, Phó Bí thư Huyện "
       "ủy - Chủ tịch UBND huyện Tam Đảo phát biểu.\n",
       {{"Lê Văn Hùng", "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Tam Đảo"}}},
  };
  expect_positions(cases);
}

// "Ủy viên T.Ư Đảng, Thứ trưởng Bộ Công an", "Ủy viên Dự khuyết T.Ư Đảng, …": a member of the Party's Central
// Committee with "Trung ương" written short ("T.Ư", "TW", "TƯ") is one office, kept as written, before the
// next (not "Ủy viên" alone, the rest lost).
TEST(PlanPatterns81, AMemberOfTheCentralCommitteeWrittenShort) {
  const PositionCase cases[] = {
      {"police: a deputy minister",
       "Ngày 5/3/2024, Bộ Công an tổ chức phát động phong trào thi đua. Thượng tướng Nguyễn Văn Sơn, Ủy viên T.Ư "
       "Đảng, Thứ trưởng Bộ Công an phát biểu.\n",
       {{"Nguyễn Văn Sơn", "Ủy viên T.Ư Đảng, Thứ trưởng Bộ Công an"}}},
      {"women's union: its chair",
       "Ngày 5/3/2024, Hội LHPN Việt Nam tổ chức phát động phong trào thi đua. Bà Trần Thị Hương, Ủy viên TW Đảng, "
       "Chủ tịch Hội LHPN Việt Nam phát biểu.\n",
       {{"Trần Thị Hương", "Ủy viên TW Đảng, Chủ tịch Hội LHPN Việt Nam"}}},
      {"province: an alternate member, the secretary",
       "Ngày 5/3/2024, Tỉnh ủy Hà Nam tổ chức phát động phong trào thi đua. Đồng chí Lê Văn Cường, Ủy viên dự khuyết "
       "TW Đảng, Bí thư Tỉnh ủy Hà Nam phát biểu.\n",
       {{"Lê Văn Cường", "Ủy viên dự khuyết TW Đảng, Bí thư Tỉnh ủy Hà Nam"}}},
      {"province: an alternate member written with capitals, the standing deputy",
       "Ngày 5/3/2024, Tỉnh ủy Bắc Ninh tổ chức phát động phong trào thi đua. Đồng chí Đào Thị Hồng, Ủy viên Dự khuyết "
       "T.Ư Đảng, Phó Bí thư Thường trực Tỉnh ủy Bắc Ninh dự.\n",
       {{"Đào Thị Hồng", "Ủy viên Dự khuyết T.Ư Đảng, Phó Bí thư Thường trực Tỉnh ủy Bắc Ninh"}}},
      {"labour: the confederation's chair",
       "Ngày 5/3/2024, Tổng Liên đoàn Lao động Việt Nam tổ chức phát động phong trào thi đua. Ông Nguyễn Đình Khang, "
       "Ủy viên TƯ Đảng, Chủ tịch Tổng Liên đoàn Lao động Việt Nam phát biểu.\n",
       {{"Nguyễn Đình Khang", "Ủy viên TƯ Đảng, Chủ tịch Tổng Liên đoàn Lao động Việt Nam"}}},
  };
  expect_positions(cases);
}

}  // namespace
}  // namespace thidua::text::plan
