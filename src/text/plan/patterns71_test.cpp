// The seventy-first round (issue 14, session 23, s23-positions): a person's offices written whole —
// a role in the group or a seat on a council after the person's office, a body named by its head
// alone, two offices of one title in two bodies — read as the Conventions (tests/fixtures/plans/
// README.md, Positions) say. Sentences written for the tests, none copied from a text; banks,
// farmers, study promotion, youth, Party, ministries, police.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_positions;
using test::PositionCase;

// "…, phụ trách Cụm thi đua số 3", "…, đại diện Cụm trưởng Cụm thi đua số 7", "…, thành viên Hội
// đồng Thi đua - Khen thưởng tỉnh A": an office that needs its body, written in lower case after the
// person's office, is one more part of the position when the body (or the group's role) follows.
// Not "phụ trách công tác …" (no body), not a group named later in the clause.
TEST(PlanPatterns71, AnOfficeOfAGroupOrCouncilAfterThePersonsOfficeIsKept) {
  const PositionCase cases[] = {
      {"farmers: 'phụ trách' a numbered cluster",
       "Ngày 12/4/2023, Cụm thi đua số 3 Hội Nông dân các tỉnh Bắc Trung Bộ tổ chức ký kết giao ước thi đua. Bà Lê "
       "Thị Hoa, Phó Chủ tịch Hội Nông dân tỉnh Hà Tĩnh, phụ trách Cụm thi đua số 3 phát biểu khai mạc.\n",
       {{"Lê Thị Hoa", "Phó Chủ tịch Hội Nông dân tỉnh Hà Tĩnh, phụ trách Cụm thi đua số 3"}}},
      {"youth: 'đại diện' the cluster's leader",
       "Ngày 20/3/2025, Đoàn Thanh niên các sở ngành tổ chức sơ kết. Đồng chí Vũ Thị Lan, Bí thư Đoàn Thanh niên Sở "
       "Y tế, đại diện Cụm trưởng Cụm thi đua số 7 báo cáo kết quả.\n",
       {{"Vũ Thị Lan", "Bí thư Đoàn Thanh niên Sở Y tế, đại diện Cụm trưởng Cụm thi đua số 7"}}},
      {"Party: a seat on the province's emulation council",
       "Ngày 14/6/2023, Khối thi đua các cơ quan Đảng tỉnh Bình Dương tổ chức sơ kết. Dự hội nghị có ông Ngô Văn Tâm, "
       "Phó Trưởng Ban Tổ chức Tỉnh ủy, thành viên Hội đồng Thi đua - Khen thưởng tỉnh Bình Dương.\n",
       {{"Ngô Văn Tâm", "Phó Trưởng Ban Tổ chức Tỉnh ủy, thành viên Hội đồng Thi đua - Khen thưởng tỉnh Bình Dương"}}},
      {"department: 'phụ trách' a board after a bare deputy's title",
       "Ngày 2/3/2021, Khối thi đua các sở tỉnh Long An tổ chức hội nghị. Ông Hồ Văn Lợi, Phó Trưởng Ban, phụ trách "
       "Ban Thi đua - Khen thưởng tỉnh Long An chủ trì hội nghị.\n",
       {{"Hồ Văn Lợi", "Phó Trưởng Ban, phụ trách Ban Thi đua - Khen thưởng tỉnh Long An"}}},
      {"police, negative: 'phụ trách' a field of work, no body",
       "Ngày 5/3/2024, Công an tỉnh Nam Định phát động thi đua. Đại tá Trần Văn Hải, Giám đốc Công an tỉnh Nam Định, "
       "phụ trách công tác xây dựng lực lượng phát biểu.\n",
       {{"Trần Văn Hải", "Giám đốc Công an tỉnh Nam Định"}}},
      {"health, negative: the cluster named later in the clause",
       "Ngày 5/3/2024, Cụm thi đua số 3 tổ chức hội nghị. Ông Trần Văn Hải, Giám đốc Sở Y tế tỉnh Nam Định phát biểu "
       "tại hội nghị cụm thi đua số 3.\n",
       {{"Trần Văn Hải", "Giám đốc Sở Y tế tỉnh Nam Định"}}},
  };
  expect_positions(cases);
}

// "Chánh Văn phòng Bộ", "Chính ủy Bệnh viện", "Chủ tịch HĐQT", "Phó Bí thư Thường trực Đảng ủy": the
// body the speaker serves in, named by its head alone before the comma, the stop or the verb, stays
// in the position, and the offices after it are read on. Not a head opening a longer name the text
// writes ("Bệnh viện Quân y 7" is read whole by the body's rule).
TEST(PlanPatterns71, ABodyNamedByItsHeadAloneClosesTheOffice) {
  const PositionCase cases[] = {
      {"ministry: the office of the ministry, then the block's leader",
       "Ngày 3/1/2024, Khối thi đua các Vụ thuộc Bộ Tư pháp tổ chức ký kết giao ước thi đua. Ông Đỗ Minh Khang, Chánh "
       "Văn phòng Bộ, Khối trưởng khối thi đua chủ trì hội nghị.\n",
       {{"Đỗ Minh Khang", "Chánh Văn phòng Bộ, Khối trưởng Khối thi đua"}}},
      {"army hospital: the political officer of the hospital",
       "Sáng 6/3/2026, Bệnh viện Quân y 7 phát động thi đua trong phụ nữ. Đại tá Lê Văn Sơn, Chính ủy Bệnh viện phát "
       "biểu chỉ đạo.\n",
       {{"Lê Văn Sơn", "Chính ủy Bệnh viện"}}},
      {"army hospital, negative: the hospital named whole",
       "Sáng 6/3/2026, Cục Hậu cần phát động thi đua. Đại tá Lê Văn Sơn, Chính ủy Bệnh viện Quân y 7 phát biểu chỉ "
       "đạo.\n",
       {{"Lê Văn Sơn", "Chính ủy Bệnh viện Quân y 7"}}},
      {"bank: the board's chairman, then the council's chairman and the block's leader",
       "Ngày 10/1/2023, Khối thi đua 5 các doanh nghiệp tổ chức hội nghị. Ông Lý Văn Toàn, Chủ tịch HĐQT, Chủ tịch "
       "Hội đồng Thi đua khen thưởng Vietcombank, Trưởng Khối thi đua 5 phát biểu.\n",
       {{"Lý Văn Toàn", "Chủ tịch HĐQT, Chủ tịch Hội đồng Thi đua khen thưởng Vietcombank, Trưởng Khối thi đua 5"}}},
      {"justice: the council of the whole sector",
       "Ngày 8/1/2019, Bộ Tư pháp tổ chức hội nghị thi đua. Ông Phan Chí Hiếu, Thứ trưởng, Chủ tịch Hội đồng Thi "
       "đua khen thưởng Ngành phát biểu chỉ đạo.\n",
       {{"Phan Chí Hiếu", "Thứ trưởng, Chủ tịch Hội đồng Thi đua khen thưởng Ngành"}}},
  };
  expect_positions(cases);
}

// "Phó Bí thư Thường trực/Trưởng khối vận phường": the head of a ward's or commune's
// mass-mobilisation bloc is an office (no emulation group), joined by "/" to the one before it, and
// its bare level is completed with the text's one ward or commune. Not a block of emulation.
TEST(PlanPatterns71, TheHeadOfAWardsMassMobilisationBlocIsAnOffice) {
  const PositionCase cases[] = {
      {"ward: two offices joined by a slash",
       "Ngày 2/9/2015, phường Tân Định tổ chức lễ ra quân. Đến dự có bà Lê Thị Mai – Phó Bí thư Thường trực/Trưởng "
       "khối vận phường; ông Lê Văn Tư – Phó Bí thư/Chủ tịch UBND phường.\n",
       {{"Lê Thị Mai", "Phó Bí thư Thường trực/Trưởng khối vận phường Tân Định"},
        {"Lê Văn Tư", "Phó Bí thư/Chủ tịch UBND phường Tân Định"}}},
      {"commune: the deputy after a comma",
       "Sáng 5/8/2019, xã Hòa Phong tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc. Bà Trần Thị Nga, Phó Bí thư "
       "Đảng ủy, Phó Trưởng khối vận xã phát biểu.\n",
       {{"Trần Thị Nga", "Phó Bí thư Đảng ủy, Phó Trưởng khối vận xã Hòa Phong"}}},
      {"ward, negative: the leader of a block of emulation stays the group's role",
       "Ngày 2/3/2024, Khối thi đua các phường tổ chức ký kết giao ước. Ông Lê Văn Tư, Chủ tịch UBND phường Tân Định, "
       "Trưởng khối thi đua phát biểu.\n",
       {{"Lê Văn Tư", "Chủ tịch UBND phường Tân Định, Trưởng khối thi đua"}}},
  };
  expect_positions(cases);
}

}  // namespace
}  // namespace thidua::text::plan
