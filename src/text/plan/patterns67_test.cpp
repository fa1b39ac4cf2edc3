// The sixty-seventh round (issue 14, session 23, s23-lists): group lists that real texts write and
// the parser still missed, part 2 — a head written once for several names or numbers, a head with
// words after it before "các tỉnh: A, B", group names cut short, the leader by the list's order.
// The sentences are written for the tests (police, departments, schools, banks, companies, mass
// organisations), none copied from a text, each labelled by the Conventions before it was run; every
// positive failed on main's parser (9822258).
#include <gtest/gtest.h>

#include <string>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_group;
using test::GroupCase;
using test::parse;

// ---- a head written once for several names or numbers ------------------------------------------

// "Công ty cà phê 704, 734 và Đăk Uy", "Trường THPT Lê Lợi, Nguyễn Du và Trần Phú", "các Sở: Tư pháp,
// Nội vụ và Y tế": the items after the first that are only a name or a number are bodies of the
// first one's head (its kind's words included: "Trường THPT", "Công ty cà phê"), as the Conventions
// write each member in full. "và" after a bare number, and "cùng (với)" before a body's head, join
// two items.
TEST(PlanPatterns67, AHeadWrittenOnceServesEachNameOrNumber) {
  const GroupCase cases[] = {
      {"companies numbered under one head, a name last",
       "Ngày 20/3/2023, Khối thi đua các doanh nghiệp tỉnh Gia Lai gồm 6 đơn vị: Công ty cao su 715, 720, 74 và Mang "
       "Yang, Công ty Điện lực Gia Lai và Công ty Cấp nước Gia Lai đã ký kết giao ước thi đua.",
       {"Công ty cao su 715", "Công ty cao su 720", "Công ty cao su 74", "Công ty cao su Mang Yang",
        "Công ty Điện lực Gia Lai", "Công ty Cấp nước Gia Lai"},
       "",
       ""},
      {"schools named under one head and its acronym",
       "Sáng 5/9/2022, Cụm thi đua số 3 tổ chức ký kết giao ước thi đua năm học 2022-2023. Cụm gồm: Trường THPT Lê "
       "Lợi, Nguyễn Du, Trần Phú và Trường THCS Kim Đồng.",
       {"Trường THPT Lê Lợi", "Trường THPT Nguyễn Du", "Trường THPT Trần Phú", "Trường THCS Kim Đồng"},
       "",
       ""},
      {"departments' fields after the kind and a colon",
       "Ngày 12/1/2024, Khối thi đua nội chính gồm các Sở: Tư pháp, Nội vụ và Y tế tổ chức ký kết giao ước thi đua "
       "năm 2024.",
       {"Sở Tư pháp", "Sở Nội vụ", "Sở Y tế"},
       "",
       ""},
      {"two numbers joined by và, a company joined by cùng",
       "Ngày 3/3/2021, Cụm thi đua số 2 gồm 4 đơn vị: Công ty 74, 75 và 76 cùng Công ty Hưng Thịnh đã ký kết giao "
       "ước thi đua năm 2021.",
       {"Công ty 74", "Công ty 75", "Công ty 76", "Công ty Hưng Thịnh"},
       "",
       ""},
      {"numbers inside one item of a list split by semicolons",
       "Ngày 22/2/2022, Khối thi đua doanh nghiệp gồm: Công ty xăng dầu Bắc Tây Nguyên; Công ty cà phê 49, 52 và 55; "
       "Công ty Cao su Kon Tum ký kết giao ước thi đua.",
       {"Công ty xăng dầu Bắc Tây Nguyên", "Công ty cà phê 49", "Công ty cà phê 52", "Công ty cà phê 55",
        "Công ty Cao su Kon Tum"},
       "",
       ""},
      {"banks named after the first one's head",
       "Ngày 4/11/2022, Khối thi đua số 2 các tổ chức tín dụng họp phiên thứ nhất, gồm: Ngân hàng Phương Đông, Kiên "
       "Long, Bảo Việt, Quốc Dân và Ngân hàng Chính sách xã hội tỉnh.",
       {"Ngân hàng Phương Đông", "Ngân hàng Kiên Long", "Ngân hàng Bảo Việt", "Ngân hàng Quốc Dân",
        "Ngân hàng Chính sách xã hội tỉnh"},
       "",
       ""},
      // Guards, right on main and after.
      {"each body with its own head",
       "Sáng 15/3/2023, Cụm thi đua số 4 gồm Bệnh viện Đa khoa huyện Tân Kỳ, Bệnh viện Đa khoa huyện Anh Sơn, Trung "
       "tâm Y tế huyện Con Cuông và Trung tâm Y tế huyện Tương Dương đã ký kết giao ước thi đua.",
       {"Bệnh viện Đa khoa huyện Tân Kỳ", "Bệnh viện Đa khoa huyện Anh Sơn", "Trung tâm Y tế huyện Con Cuông",
        "Trung tâm Y tế huyện Tương Dương"},
       "",
       ""},
      {"provinces after the police are the police's",
       "Ngày 8/3/2024, Cụm thi đua số 6 gồm Công an tỉnh Đắk Lắk, Đắk Nông, Gia Lai và Kon Tum đã ký kết giao ước "
       "thi đua.",
       {"Công an tỉnh Đắk Lắk", "Công an tỉnh Đắk Nông", "Công an tỉnh Gia Lai", "Công an tỉnh Kon Tum"},
       "",
       ""},
      {"a school's level written each time, the leader in a bracket",
       "Ngày 6/9/2023, Cụm thi đua số 1 gồm Trường Tiểu học Kim Đồng (cụm trưởng), Trường Tiểu học Hòa Bình, Trường "
       "Tiểu học Lê Văn Tám và Trường Tiểu học Võ Thị Sáu ký kết giao ước thi đua.",
       {"Trường Tiểu học Kim Đồng", "Trường Tiểu học Hòa Bình", "Trường Tiểu học Lê Văn Tám", "Trường Tiểu học Võ Thị Sáu"},
       "Trường Tiểu học Kim Đồng",
       ""},
      {"mass organisations, one a unit of the gazetteer",
       "Ngày 2/4/2024, Khối thi đua các tổ chức chính trị - xã hội gồm Hội Nông dân, Hội Cựu chiến binh, Hội Liên "
       "hiệp Phụ nữ và Tỉnh đoàn đã ký kết giao ước thi đua.",
       {"Hội Nông dân", "Hội Cựu chiến binh", "Hội Liên hiệp Phụ nữ", "Tỉnh đoàn"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

// ---- a head with words after it before "các tỉnh: A, B" -----------------------------------------

// "ngân hàng nhà nước chi nhánh các tỉnh: A, B", "Văn phòng Đoàn Đại biểu Quốc hội các tỉnh: A, B và
// TP.Hồ Chí Minh": a body's head, in any case, with the words that stay with it ("Nhà nước", "chi
// nhánh"), then the places: each place's body (the Conventions' "Hội CCB các tỉnh A, B"); a place
// written with a level of its own keeps that level.
TEST(PlanPatterns67, AHeadWithWordsAfterItServesEachPlace) {
  const GroupCase cases[] = {
      {"a bank's branches in lower case",
       "Ngày 15/3/2023, Cụm thi đua số 5 gồm ngân hàng nhà nước chi nhánh các tỉnh: Thanh Hóa, Nghệ An, Hà Tĩnh và "
       "Quảng Bình tổ chức ký kết giao ước thi đua.",
       {"Ngân hàng Nhà nước chi nhánh tỉnh Thanh Hóa", "Ngân hàng Nhà nước chi nhánh tỉnh Nghệ An",
        "Ngân hàng Nhà nước chi nhánh tỉnh Hà Tĩnh", "Ngân hàng Nhà nước chi nhánh tỉnh Quảng Bình"},
       "",
       ""},
      {"assembly offices, the last place a city written with its level",
       "Ngày 10/3/2019, Cụm thi đua gồm Văn phòng Đoàn Đại biểu Quốc hội các tỉnh: Đồng Nai, Bình Dương, Bình Phước "
       "và TP.Hồ Chí Minh tổ chức ký kết giao ước thi đua.",
       {"Văn phòng Đoàn Đại biểu Quốc hội tỉnh Đồng Nai", "Văn phòng Đoàn Đại biểu Quốc hội tỉnh Bình Dương",
        "Văn phòng Đoàn Đại biểu Quốc hội tỉnh Bình Phước", "Văn phòng Đoàn Đại biểu Quốc hội thành phố Hồ Chí Minh"},
       "",
       ""},
      // Guards, right on main and after.
      {"the State treasury in lower case",
       "Ngày 6/2/2024, Cụm thi đua số 1 gồm kho bạc nhà nước các tỉnh: Lạng Sơn, Cao Bằng và Bắc Kạn tổ chức ký kết "
       "giao ước thi đua.",
       {"Kho bạc Nhà nước tỉnh Lạng Sơn", "Kho bạc Nhà nước tỉnh Cao Bằng", "Kho bạc Nhà nước tỉnh Bắc Kạn"},
       "",
       ""},
      {"a bank's branches capitalised and counted",
       "Ngày 15/3/2023, Cụm thi đua số 5 gồm Ngân hàng Nhà nước chi nhánh 3 tỉnh: Quảng Trị, Thừa Thiên Huế và Quảng "
       "Bình tổ chức ký kết giao ước thi đua.",
       {"Ngân hàng Nhà nước chi nhánh tỉnh Quảng Trị", "Ngân hàng Nhà nước chi nhánh tỉnh Thừa Thiên Huế",
        "Ngân hàng Nhà nước chi nhánh tỉnh Quảng Bình"},
       "",
       ""},
      {"political schools without a colon",
       "Ngày 20/4/2021, Cụm thi đua số 4 gồm Trường Chính trị các tỉnh Thái Bình, Nam Định, Ninh Bình và Hà Nam đã ký "
       "kết giao ước thi đua.",
       {"Trường Chính trị tỉnh Thái Bình", "Trường Chính trị tỉnh Nam Định", "Trường Chính trị tỉnh Ninh Bình",
        "Trường Chính trị tỉnh Hà Nam"},
       "",
       ""},
      {"the police of provinces",
       "Ngày 5/3/2024, Cụm thi đua số 5 gồm Công an các tỉnh: Hà Nam, Nam Định và Thái Bình tổ chức ký kết giao ước "
       "thi đua.",
       {"Công an tỉnh Hà Nam", "Công an tỉnh Nam Định", "Công an tỉnh Thái Bình"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

// ---- the leader by the list's order -------------------------------------------------------------

// A guidance that divides bodies into groups and gives the roles by the list's order — "Đơn vị xếp
// đầu cụm làm cụm trưởng", "đơn vị đứng đầu danh sách là khối trưởng", "đơn vị xếp thứ hai làm cụm
// phó" — names the listed member at that place (the Conventions' leader: the unit holding the role
// in the year the text is about). "Cụm 2: Gồm 3 đơn vị" closing its line lists the units on the lines
// after it, as with a colon.
TEST(PlanPatterns67, TheLeaderByTheListsOrder) {
  const GroupCase cases[] = {
      {"schools one a line, the first listed leads",
       "Ngày 20/8/2017, Sở Giáo dục hướng dẫn chia cụm thi đua. Đơn vị xếp đầu cụm làm cụm trưởng.\n\nCụm 2: Gồm 3 "
       "đơn vị\n\n1. Trường THPT Hùng Vương\n\n2. Trường THPT Chu Văn An\n\n3. Trường THPT Nguyễn Trãi",
       {"Trường THPT Hùng Vương", "Trường THPT Chu Văn An", "Trường THPT Nguyễn Trãi"},
       "Trường THPT Hùng Vương",
       ""},
      {"departments, the head of the list",
       "Ngày 2/1/2018, UBND tỉnh phân chia khối thi đua; đơn vị đứng đầu danh sách là khối trưởng. Khối thi đua số 1 "
       "gồm: Sở Tư pháp, Sở Nội vụ, Thanh tra tỉnh.",
       {"Sở Tư pháp", "Sở Nội vụ", "Thanh tra tỉnh"},
       "Sở Tư pháp",
       ""},
      {"companies, the first and the second",
       "Ngày 12/1/2019, Ban Thi đua hướng dẫn chia cụm: đơn vị xếp thứ nhất làm cụm trưởng, đơn vị xếp thứ hai làm "
       "cụm phó. Cụm thi đua số 2 gồm: Công ty Điện lực A Lưới, Công ty Cấp nước Huế, Công ty Môi trường Huế.",
       {"Công ty Điện lực A Lưới", "Công ty Cấp nước Huế", "Công ty Môi trường Huế"},
       "Công ty Điện lực A Lưới",
       "Công ty Cấp nước Huế"},
      // Guards, right on main and after: no order given, or a rotation for later years.
      {"no role given by the order",
       "Ngày 2/1/2018, Khối thi đua số 1 gồm: Sở Tư pháp, Sở Nội vụ, Thanh tra tỉnh ký kết giao ước thi đua.",
       {"Sở Tư pháp", "Sở Nội vụ", "Thanh tra tỉnh"},
       "",
       ""},
      {"a rotation by the order from a later year",
       "Ngày 2/1/2018, Khối thi đua số 1 gồm: Sở Tư pháp, Sở Nội vụ, Thanh tra tỉnh. Khối trưởng luân phiên theo thứ "
       "tự trong danh sách, bắt đầu từ năm 2019.",
       {"Sở Tư pháp", "Sở Nội vụ", "Thanh tra tỉnh"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

}  // namespace
}  // namespace thidua::text::plan
