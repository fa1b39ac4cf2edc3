// The seventy-fourth round (issue 14, session 23, s23-probe): a battery of group passages written
// for the round (tools/plan-audit/probes/members-s23.json), labelled by the Conventions before they
// were run. The families main missed: banks named by their brand; a list's one semicolon before the
// clause giving a role; bodies counted or named by "các" and their kind after the group's bare head
// or "với"; a colon closing its line after "có các đơn vị"; the signers after "tham gia ký kết giao
// ước gồm có"; a table's row opening with its bar; a list continued in the next sentence.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_group;
using test::GroupCase;

TEST(PlanPatterns74, BanksNamedByTheirBrandAreBodies) {
  const GroupCase cases[] = {
      {"four banks by brand after 'Khối gồm'",
       "Ngày 10/2/2025, Khối thi đua số 6 tổ chức ký kết giao ước thi đua năm 2025. Khối gồm Vietinbank Chi nhánh Nghệ "
       "An, Agribank Chi nhánh tỉnh Nghệ An, BIDV Chi nhánh Nghệ An và Vietcombank Nghệ An.",
       {"Vietinbank Chi nhánh Nghệ An", "Agribank Chi nhánh tỉnh Nghệ An", "BIDV Chi nhánh Nghệ An", "Vietcombank Nghệ An"},
       "",
       ""},
      {"one a line after 'Thành viên Cụm gồm:', the leader named after",
       "Ngày 14/1/2025, Cụm thi đua số 3 tổ chức ký kết giao ước thi đua năm 2025. Thành viên Cụm gồm:\n- Agribank Chi "
       "nhánh tỉnh Thái Bình;\n- BIDV Chi nhánh Thái Bình;\n- Vietcombank Thái Bình.\nAgribank Chi nhánh tỉnh Thái Bình "
       "là Cụm trưởng.",
       {"Agribank Chi nhánh tỉnh Thái Bình", "BIDV Chi nhánh Thái Bình", "Vietcombank Thái Bình"},
       "Agribank Chi nhánh tỉnh Thái Bình",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

TEST(PlanPatterns74, OneSemicolonBeforeARoleClauseClosesTheList) {
  const GroupCase cases[] = {
      {"party committees, the leader after the semicolon",
       "Ngày 17/2/2025, Cụm thi đua số 1 tổ chức ký kết giao ước thi đua năm 2025. Cụm gồm Đảng ủy xã Tân Lập, Đảng ủy "
       "xã Tân Tiến và Đảng ủy xã Tân Phong; Đảng ủy xã Tân Lập là Cụm trưởng.",
       {"Đảng ủy xã Tân Lập", "Đảng ủy xã Tân Tiến", "Đảng ủy xã Tân Phong"},
       "Đảng ủy xã Tân Lập",
       ""},
      {"banks under 'các ngân hàng:', a kind that is a bare head",
       "Ngày 20/3/2025, Cụm thi đua số 4 tổ chức ký kết giao ước thi đua năm 2025. Cụm gồm các ngân hàng: Agribank Chi "
       "nhánh tỉnh Quảng Ngãi, BIDV Chi nhánh Quảng Ngãi và Vietcombank Quảng Ngãi; Vietcombank Quảng Ngãi làm Cụm "
       "trưởng.",
       {"Agribank Chi nhánh tỉnh Quảng Ngãi", "BIDV Chi nhánh Quảng Ngãi", "Vietcombank Quảng Ngãi"},
       "Vietcombank Quảng Ngãi",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

TEST(PlanPatterns74, BodiesCountedOrNamedByTheirKind) {
  const GroupCase cases[] = {
      {"the bare head opening the sentence, cooperatives counted",
       "Ngày 4/3/2025, Cụm thi đua số 2 tổ chức ký kết giao ước thi đua năm 2025. Cụm có 3 hợp tác xã thành viên: Hợp "
       "tác xã Nông nghiệp Tân Hưng, Hợp tác xã Dịch vụ Nông nghiệp An Bình và Hợp tác xã Thủy sản Hòa Lợi.",
       {"Hợp tác xã Nông nghiệp Tân Hưng", "Hợp tác xã Dịch vụ Nông nghiệp An Bình", "Hợp tác xã Thủy sản Hòa Lợi"},
       "",
       ""},
      {"'với các công ty thành viên:' after the group's act",
       "Ngày 24/1/2025, Khối thi đua số 8 tổ chức ký kết giao ước thi đua năm 2025 với các công ty thành viên: Công ty "
       "Điện lực Hà Tĩnh, Công ty Cổ phần Cấp nước Hà Tĩnh và Công ty Cổ phần Môi trường và Dịch vụ đô thị Hà Tĩnh.",
       {"Công ty Điện lực Hà Tĩnh", "Công ty Cổ phần Cấp nước Hà Tĩnh",
        "Công ty Cổ phần Môi trường và Dịch vụ đô thị Hà Tĩnh"},
       "",
       ""},
      {"'có các đơn vị:' closing its line, numbered lines",
       "Ngày 13/2/2025, Cụm thi đua số 3 tổ chức ký kết giao ước thi đua năm 2025. Cụm thi đua số 3 có các đơn vị:\n1. "
       "Cục Hải quan tỉnh Lào Cai;\n2. Cục Hải quan tỉnh Hà Giang;\n3. Cục Hải quan tỉnh Điện Biên.",
       {"Cục Hải quan tỉnh Lào Cai", "Cục Hải quan tỉnh Hà Giang", "Cục Hải quan tỉnh Điện Biên"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

TEST(PlanPatterns74, SignersAfterThePledgeNamed) {
  const GroupCase cases[] = {
      {"'tham gia ký kết giao ước gồm có'",
       "Sáng 8/1/2025, Cụm thi đua số 1 tổ chức ký kết giao ước thi đua năm 2025. Các đơn vị tham gia ký kết giao ước "
       "gồm có Ủy ban nhân dân xã Yên Phú, Ủy ban nhân dân xã Yên Lâm, Ủy ban nhân dân xã Yên Tâm và Ủy ban nhân dân xã "
       "Yên Giang.",
       {"Ủy ban nhân dân xã Yên Phú", "Ủy ban nhân dân xã Yên Lâm", "Ủy ban nhân dân xã Yên Tâm",
        "Ủy ban nhân dân xã Yên Giang"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

TEST(PlanPatterns74, ATableRowOpeningWithItsBar) {
  const GroupCase cases[] = {
      {"roles in the table's column",
       "Ngày 16/1/2025, Cụm thi đua số 9 tổ chức ký kết giao ước thi đua năm 2025. Các đơn vị của Cụm:\n| STT | Đơn vị | "
       "Vai trò |\n| 1 | Cục Thuế tỉnh Cà Mau | Cụm trưởng |\n| 2 | Cục Thuế tỉnh Bạc Liêu | Cụm phó |\n| 3 | Cục Thuế "
       "tỉnh Sóc Trăng | Thành viên |",
       {"Cục Thuế tỉnh Cà Mau", "Cục Thuế tỉnh Bạc Liêu", "Cục Thuế tỉnh Sóc Trăng"},
       "Cục Thuế tỉnh Cà Mau",
       "Cục Thuế tỉnh Bạc Liêu"},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

TEST(PlanPatterns74, AListContinuedInTheNextSentence) {
  const GroupCase cases[] = {
      {"'Ngoài ra còn có C và D'",
       "Ngày 9/2/2025, Cụm thi đua số 1 tổ chức hội nghị ký kết giao ước thi đua năm 2025. Cụm gồm Cục Hải quan tỉnh "
       "Quảng Ninh, Cục Hải quan thành phố Hải Phòng. Ngoài ra còn có Cục Hải quan tỉnh Lạng Sơn và Cục Hải quan tỉnh Cao "
       "Bằng.",
       {"Cục Hải quan tỉnh Quảng Ninh", "Cục Hải quan thành phố Hải Phòng", "Cục Hải quan tỉnh Lạng Sơn",
        "Cục Hải quan tỉnh Cao Bằng"},
       "",
       ""},
      {"'Bên cạnh đó, Cụm còn có E'",
       "Ngày 26/3/2025, Cụm thi đua số 6 tổ chức ký kết giao ước thi đua năm 2025. Thành viên Cụm gồm Đoàn Thanh niên "
       "Công an tỉnh Bình Dương và Đoàn Thanh niên Công an tỉnh Bình Phước. Bên cạnh đó, Cụm còn có Đoàn Thanh niên Công "
       "an tỉnh Tây Ninh.",
       {"Đoàn Thanh niên Công an tỉnh Bình Dương", "Đoàn Thanh niên Công an tỉnh Bình Phước",
        "Đoàn Thanh niên Công an tỉnh Tây Ninh"},
       "",
       ""},
      {"negative: guests after 'Ngoài ra còn có', no unit alone",
       "Ngày 9/2/2025, Cụm thi đua số 1 tổ chức hội nghị ký kết giao ước thi đua năm 2025. Cụm gồm Cục Hải quan tỉnh "
       "Quảng Ninh và Cục Hải quan thành phố Hải Phòng. Ngoài ra còn có đại diện Ban Thi đua - Khen thưởng tỉnh Quảng "
       "Ninh đến dự.",
       {"Cục Hải quan tỉnh Quảng Ninh", "Cục Hải quan thành phố Hải Phòng"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

TEST(PlanPatterns74, OneRoleForTwoYearsTheTextsYearHolds) {
  const GroupCase cases[] = {
      {"last year's holder first, this year's after the comma",
       "Ngày 20/1/2025, Khối thi đua số 2 tổ chức ký kết giao ước thi đua năm 2025. Khối gồm Sở Tư pháp tỉnh Hưng Yên, "
       "Sở Tư pháp tỉnh Hải Dương và Sở Tư pháp tỉnh Thái Bình. Khối trưởng năm 2024 là Sở Tư pháp tỉnh Hải Dương, năm "
       "2025 là Sở Tư pháp tỉnh Hưng Yên.",
       {"Sở Tư pháp tỉnh Hưng Yên", "Sở Tư pháp tỉnh Hải Dương", "Sở Tư pháp tỉnh Thái Bình"},
       "Sở Tư pháp tỉnh Hưng Yên",
       ""},
      {"the review of a year, next year's holder after it (a guard: read before too)",
       "Ngày 15/12/2024, Cụm thi đua số 3 tổ chức hội nghị tổng kết công tác thi đua năm 2024. Cụm gồm Công an các tỉnh "
       "Tuyên Quang, Yên Bái và Lào Cai. Cụm trưởng năm 2024 là Công an tỉnh Yên Bái, năm 2025 là Công an tỉnh Lào Cai.",
       {"Công an tỉnh Tuyên Quang", "Công an tỉnh Yên Bái", "Công an tỉnh Lào Cai"},
       "Công an tỉnh Yên Bái",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

TEST(PlanPatterns74, TheUnitsLeftAfterTheRolesAreMembersWithThem) {
  const GroupCase cases[] = {
      {"'Các thành viên còn lại là C và D' after the leader and deputy",
       "Ngày 24/2/2025, Cụm thi đua số 8 tổ chức ký kết giao ước thi đua năm 2025. Cụm trưởng là Công an tỉnh Quảng "
       "Trị, Cụm phó là Công an tỉnh Quảng Bình. Các thành viên còn lại là Công an tỉnh Thừa Thiên Huế và Công an tỉnh "
       "Hà Tĩnh.",
       {"Công an tỉnh Quảng Trị", "Công an tỉnh Quảng Bình", "Công an tỉnh Thừa Thiên Huế", "Công an tỉnh Hà Tĩnh"},
       "Công an tỉnh Quảng Trị",
       "Công an tỉnh Quảng Bình"},
      {"'các đơn vị còn lại gồm' after the leader only",
       "Ngày 11/3/2025, Khối thi đua số 4 tổ chức ký kết giao ước thi đua năm 2025. Sở Tài chính tỉnh Bắc Giang làm "
       "Trưởng Khối; các đơn vị còn lại gồm Sở Tài chính tỉnh Bắc Ninh và Sở Tài chính tỉnh Lạng Sơn.",
       {"Sở Tài chính tỉnh Bắc Giang", "Sở Tài chính tỉnh Bắc Ninh", "Sở Tài chính tỉnh Lạng Sơn"},
       "Sở Tài chính tỉnh Bắc Giang",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

TEST(PlanPatterns74, NegativesOfTheBattery) {
  const GroupCase cases[] = {
      {"an award list one a line",
       "Ngày 20/12/2024, Cụm thi đua số 1 tổng kết công tác thi đua năm 2024. Các đơn vị được tặng Cờ thi đua gồm:\n- "
       "Công an tỉnh Sơn La;\n- Công an tỉnh Điện Biên.",
       {},
       "",
       ""},
      {"guests of the conference",
       "Sáng 10/1/2025, Cụm thi đua số 1 tổ chức hội nghị ký kết giao ước thi đua năm 2025. Dự hội nghị có đại diện lãnh "
       "đạo Ủy ban nhân dân tỉnh Thái Bình, Sở Nội vụ tỉnh Thái Bình và Ban Thi đua - Khen thưởng tỉnh Thái Bình.",
       {},
       "",
       ""},
      {"the group's units only counted, then 'có các nội dung:'",
       "Ngày 15/1/2025, Cụm thi đua số 1 gồm 6 đơn vị tổ chức ký kết giao ước thi đua năm 2025. Giao ước có các nội "
       "dung: Bảo đảm an ninh chính trị, Kiềm chế tội phạm và Xây dựng lực lượng.",
       {},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

}  // namespace
}  // namespace thidua::text::plan
