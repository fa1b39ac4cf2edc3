// The seventieth round (issue 14, session 23, s23-names): a group's whole name — the qualifier
// written after its number, its own "và" or dash, a headline in capitals, "trực thuộc", and the
// descriptions, plurals and divisions that are no group's name. The sentences are written for the
// tests (police, departments, schools, banks, companies, party and front bodies, hospitals), none
// copied from a text, each labelled by the Conventions ("group.name is the group as it is called …
// not the parent body written after it") before it was run; every positive failed on main's parser
// (815abba), every guard was right there and stays right.
#include <gtest/gtest.h>

#include <string>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_field;
using test::FieldCase;

// Each case: a text and the group name it must give ("" for no group). A name the text writes in
// capitals is printed in lower case after its head, as before this round (the scorer folds case).

// ---- the qualifier after the number ------------------------------------------------------------

// "Cụm thi đua số 1 các tỉnh Tây Bắc", "Khối thi đua 3 các Tổ chức tín dụng": after its number a
// group's name goes on with the bodies it gathers ("các" and a level, a kind or a head of bodies),
// or after a dash with a head of them that "các" and a level follow; "(Khối 3)" after a described
// block is its number. The parent body after the number ("Khối thi đua 12 Bộ Tài chính", "– Bộ Công
// an", "Hội Cựu chiến binh Việt Nam" after the region) is no part of it, nor "năm 2023" or "cùng các
// đơn vị".
TEST(PlanPatterns70, TheQualifierAfterTheNumberIsPartOfTheName) {
  expect_field("/group/name", {
      {"provinces of a region after số N",
       "Sáng 12/1/2023, Cụm thi đua số 6 các tỉnh Tây Nguyên tổ chức hội nghị ký kết giao ước thi đua năm 2023.",
       "Cụm thi đua số 6 các tỉnh Tây Nguyên"},
      {"banks after a bare number",
       "Ngày 10/3/2023, Khối thi đua 5 các Ngân hàng thương mại cổ phần tổ chức hội nghị triển khai phong trào thi "
       "đua năm 2023.",
       "Khối thi đua 5 các Ngân hàng thương mại cổ phần"},
      {"colleges of a region",
       "Chiều 15/9/2022, Cụm thi đua số 2 các trường cao đẳng khu vực miền Trung ký kết giao ước thi đua năm học "
       "2022-2023.",
       "Cụm thi đua số 2 các trường cao đẳng khu vực miền Trung"},
      {"districts of a region",
       "Ngày 5/3/2022, Cụm thi đua số 3 các huyện miền núi phía Tây tổ chức hội nghị ký kết giao ước thi đua năm "
       "2022.",
       "Cụm thi đua số 3 các huyện miền núi phía Tây"},
      {"the veterans' parent body after the region",
       "Sáng 8/11/2019, Cụm thi đua số 2 các tỉnh Đông Bắc Hội Cựu chiến binh Việt Nam tổ chức hội nghị tổng kết "
       "phong trào thi đua năm 2019.",
       "Cụm thi đua số 2 các tỉnh Đông Bắc"},
      {"corporations",
       "Ngày 14/1/2021, Khối thi đua 4 các Tổng công ty xây dựng tổ chức hội nghị tổng kết công tác thi đua năm "
       "2020.",
       "Khối thi đua 4 các Tổng công ty xây dựng"},
      {"party schools after a dash",
       "Ngày 3/3/2021, Cụm thi đua số 2-Trường Chính trị các tỉnh miền Đông Nam Bộ tổ chức ký kết giao ước thi đua "
       "năm 2021.",
       "Cụm thi đua số 2-Trường Chính trị các tỉnh miền Đông Nam Bộ"},
      {"the block's number in a bracket",
       "Sáng 22/2/2023, Khối các sở văn hóa - xã hội (Khối 3) gồm các sở: Y tế; Giáo dục và Đào tạo; Nội vụ tổ "
       "chức hội nghị ký kết giao ước thi đua năm 2023.",
       "Khối các sở văn hóa - xã hội 3"},
      // Guards, right on main.
      {"the number after the description", "Sáng 20/2/2024, Khối các Sở kinh tế 2 tổ chức hội nghị ký kết giao ước thi đua năm 2024.",
       "Khối các Sở kinh tế 2"},
      {"the ministry after a dash", "Ngày 10/1/2023, Cụm thi đua số 5 – Bộ Công an tổ chức hội nghị tổng kết công tác năm 2022.",
       "Cụm thi đua số 5"},
      {"the ministry after the number",
       "Sáng 12/12/2024, Khối thi đua 12 Bộ Tài chính tổ chức hội nghị tổng kết công tác thi đua năm 2024.",
       "Khối thi đua 12"},
      {"members beside the group",
       "Ngày 6/3/2023, lãnh đạo Cụm thi đua số 4 cùng các đơn vị thành viên ký kết giao ước thi đua năm 2023.",
       "Cụm thi đua số 4"},
      {"members after gồm",
       "Ngày 6/3/2023, Cụm thi đua số 3 gồm các tỉnh: Gia Lai, Kon Tum và Đắk Lắk ký kết giao ước thi đua năm 2023.",
       "Cụm thi đua số 3"},
      {"the year after the number", "Sáng 9/1/2024, Khối thi đua 8 năm 2023 tổ chức hội nghị tổng kết phong trào thi đua.",
       "Khối thi đua 8"},
      {"the parent body alone", "Ngày 2/2/2024, Cụm thi đua số 1 Hội Cựu chiến binh Việt Nam tổ chức hội nghị tổng kết năm 2023.",
       "Cụm thi đua số 1"},
      {"a day before the group, no count", "Ngày 15/3 Cụm thi đua số 4 tổ chức hội nghị ký kết giao ước thi đua năm 2023.",
       "Cụm thi đua số 4"},
      {"a month before the group, no count",
       "Trong tháng 3 Khối thi đua số 2 đã tổ chức hội nghị ký kết giao ước thi đua năm 2023.", "Khối thi đua số 2"},
  });
}

// ---- a name with its own "và" or dash -----------------------------------------------------------

// "Khối thi đua MTTQ và các tổ chức chính trị - xã hội", "các cơ quan tham mưu và quản lý Nhà nước về
// …", "thành phố, thị xã và các huyện", "Khối doanh nghiệp – sản xuất kinh doanh": "và" joins a second
// part of the bodies the group is named by, a dash what they do. Another body after "và" ("và Ban
// Dân vận", "và UBND tỉnh", "và Công an tỉnh"), another group, a person, "các đơn vị" or a verb
// ("đại diện") ends the name.
TEST(PlanPatterns70, ANameWithItsOwnVaOrDashIsReadWhole) {
  expect_field("/group/name", {
      {"the Front and the mass organisations",
       "Sáng 20/2/2023, Khối thi đua MTTQ và các đoàn thể chính trị - xã hội đã tổ chức hội nghị ký kết giao ước "
       "thi đua năm 2023.",
       "Khối thi đua MTTQ và các đoàn thể chính trị - xã hội"},
      {"advisory and managing bodies of a field",
       "Chiều 10/3/2022, Khối thi đua các cơ quan tham mưu và quản lý nhà nước về kinh tế tổ chức hội nghị ký kết "
       "giao ước thi đua năm 2022.",
       "Khối thi đua các cơ quan tham mưu và quản lý nhà nước về kinh tế"},
      {"levels listed from the first word",
       "Sáng 5/3/2021, khối thi đua thị xã và các huyện miền núi tổ chức hội nghị ký kết giao ước thi đua năm 2021.",
       "Khối thi đua thị xã và các huyện miền núi"},
      {"enterprises and their trade after a dash",
       "Ngày 12/1/2020, Khối doanh nghiệp – thương mại dịch vụ tổ chức hội nghị tổng kết phong trào thi đua năm "
       "2019.",
       "Khối doanh nghiệp - thương mại dịch vụ"},  // the dash printed as the text's dashes are
      {"enterprises founded, the founding no part of the name",
       "Khối doanh nghiệp - dịch vụ du lịch được thành lập năm 2020 gồm 9 công ty, đã ký kết giao ước thi đua năm "
       "2021.",
       "Khối doanh nghiệp - dịch vụ du lịch"},
      {"schools and centres",
       "Ngày 8/9/2023, Khối thi đua các trường trung học phổ thông và trung tâm giáo dục thường xuyên tổ chức ký "
       "kết giao ước thi đua năm học 2023-2024.",
       "Khối thi đua các trường trung học phổ thông và trung tâm giáo dục thường xuyên"},
      {"banks and credit funds",
       "Ngày 9/1/2024, Khối thi đua các ngân hàng thương mại và quỹ tín dụng nhân dân tổ chức hội nghị tổng kết năm "
       "2023.",
       "Khối thi đua các ngân hàng thương mại và quỹ tín dụng nhân dân"},
      {"a department's field whose word is also a surname, in lower case",
       "Ngày 10/8/2023, khối các sở giáo dục và đào tạo tổ chức hội nghị tổng kết phong trào thi đua năm học "
       "2022-2023.",
       "Khối các sở giáo dục và đào tạo"},
      {"a police block's own two words",
       "Ngày 15/1/2024, Khối thi đua Tham mưu và Hậu cần tổ chức hội nghị tổng kết công tác thi đua năm 2023.",
       "Khối thi đua Tham mưu và Hậu cần"},
      // Guards, right on main.
      {"another body after và",
       "Ngày 2/3/2023, Khối thi đua các cơ quan Đảng và Ban Dân vận Tỉnh ủy phối hợp tổ chức hội nghị ký kết giao "
       "ước thi đua năm 2023.",
       "Khối thi đua các cơ quan Đảng"},
      {"guests after và", "Ngày 2/3/2023, Cụm thi đua số 2 và các đơn vị khách mời đã dự hội nghị tổng kết năm 2022.",
       "Cụm thi đua số 2"},
      {"a committee after và",
       "Ngày 4/3/2023, Khối thi đua Nội chính và UBND tỉnh tổ chức hội nghị ký kết giao ước thi đua năm 2023.",
       "Khối thi đua Nội chính"},
      {"another block after và",
       "Ngày 4/3/2023, Khối thi đua các sở, ngành kinh tế và Khối thi đua các sở, ngành văn hóa - xã hội tổ chức "
       "hội nghị ký kết giao ước thi đua năm 2023.",
       "Khối thi đua các sở, ngành kinh tế"},
      {"a person after và",
       "Ngày 4/3/2023, Khối thi đua các sở ngành kinh tế và ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh dự hội nghị "
       "ký kết giao ước thi đua năm 2023.",
       "Khối thi đua các sở ngành kinh tế"},
      {"the units under a department after và",
       "Ngày 6/9/2023, Khối thi đua các trường THPT và các đơn vị trực thuộc Sở Giáo dục và Đào tạo ký kết giao "
       "ước thi đua năm học 2023-2024.",
       "Khối thi đua các trường THPT"},
      {"a verb after và",
       "Ngày 6/3/2023, Khối thi đua các doanh nghiệp và đại diện Sở Công Thương đã dự hội nghị ký kết giao ước thi "
       "đua năm 2023.",
       "Khối thi đua các doanh nghiệp"},
      {"the police after và",
       "Ngày 7/3/2023, Cụm thi đua các huyện miền núi và Công an tỉnh phối hợp tổ chức hội nghị ký kết giao ước "
       "thi đua năm 2023.",
       "Cụm thi đua các huyện miền núi"},
  });
}

// ---- cut mid-word or from a headline in capitals -------------------------------------------------

// A headline in capitals is read as words, not one abbreviation ("CỤM VĂN PHÒNG …" is no "Khối ANND");
// "trực thuộc" goes whole with whom the group belongs to ("Cụm thi đua trực" was cut mid-word), and a
// group described by its bodies keeps that owner whole ("… các đơn vị trực thuộc Bộ Chỉ huy Quân sự
// tỉnh"); "khối Công an các huyện" after "cụm thi đua" is its kind, not another unit.
TEST(PlanPatterns70, ANameInCapitalsOrBeforeTrucThuocIsNotCut) {
  expect_field("/group/name", {
      {"regions in a headline in capitals",
       "CỤM THI ĐUA CÁC TỈNH TÂY NAM BỘ KÝ KẾT GIAO ƯỚC THI ĐUA NĂM 2022\nNgày 10/3/2022, tại tỉnh Cà Mau, các đơn "
       "vị trong cụm đã ký kết giao ước thi đua năm 2022.",
       "Cụm thi đua các tỉnh tây nam bộ"},
      {"offices in a headline in capitals",
       "CỤM VĂN PHÒNG HĐND CÁC TỈNH TÂY NGUYÊN KÝ KẾT GIAO ƯỚC THI ĐUA NĂM 2022\nNgày 10/3/2022, các đơn vị trong "
       "cụm đã ký kết giao ước thi đua năm 2022.",
       "Cụm văn phòng hđnd các tỉnh tây nguyên"},
      {"the clusters under a department in the plural, then one named",
       "Các Cụm thi đua trực thuộc Sở Giáo dục và Đào tạo đã tổ chức tổng kết năm học 2022-2023. Năm học qua, các "
       "trường trong Cụm thi đua số 3 đã hoàn thành tốt nhiệm vụ.",
       "Cụm thi đua số 3"},
      {"the blocks under the police in the plural",
       "Các Khối thi đua trực thuộc Công an tỉnh đã tổ chức tổng kết phong trào thi đua năm 2023.", ""},
      {"the blocks registering, in the plural",
       "Ngày 20/3/2023, Đảng ủy Khối các cơ quan tỉnh phát động thi đua. Khuyến khích các chi bộ, các khối thi đua "
       "đăng ký thực hiện công trình chào mừng.",
       ""},
      {"units under a military command",
       "Ngày 10/3/2023, Khối thi đua các đơn vị trực thuộc Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị ký kết giao "
       "ước thi đua năm 2023.",
       "Khối thi đua các đơn vị trực thuộc Bộ Chỉ huy Quân sự tỉnh"},
      {"district police after khối",
       "Năm 2023, các đơn vị trong cụm thi đua khối Công an các huyện, thị xã đã hoàn thành tốt nhiệm vụ thi đua.",
       "Cụm thi đua khối Công an các huyện, thị xã"},
      // Guards, right on main.
      {"a number in a headline in capitals",
       "KHỐI THI ĐUA SỐ 5 TỔNG KẾT CÔNG TÁC NĂM 2023\nNgày 12/1/2024, tại Sở Tư pháp, các đơn vị trong khối đã tổng "
       "kết công tác thi đua năm 2023.",
       "Khối thi đua số 5"},
      {"a proper name drops its corporation",
       "Ngày 10/3/2023, Khối thi đua Tây Nguyên thuộc Tập đoàn Công nghiệp Cao su Việt Nam tổ chức hội nghị ký kết "
       "giao ước thi đua năm 2023.",
       "Khối thi đua Tây Nguyên"},
  });
}

// ---- a description, a plural or a division that is no group's name ------------------------------

// "khối thi đua thuộc tỉnh", "cụm, khối thi đua do tỉnh tổ chức": whose groups are, or two kinds of
// them, name none; "Khối Nội", "Khối Ngoại", "Khối Cơ quan": a hospital's or an organisation's
// divisions; "Cụm thi đua khen thưởng": the work of emulation and awards. "thuộc huyện" after a
// group's places ends its name (the Conventions: a block's name takes no locative after it), a
// place written with its name stays ("thuộc quận Hải Châu"). "Khối thi đua TP.HCM": the city written
// out, as in units' names.
TEST(PlanPatterns70, ADescriptionAPluralOrADivisionIsNoGroupName) {
  expect_field("/group/name", {
      {"groups of the province",
       "Hội đồng Thi đua - Khen thưởng tỉnh họp xét tặng cờ thi đua cho các cụm, khối thi đua thuộc tỉnh năm 2022.",
       ""},
      {"a hospital's divisions given prizes",
       "Kết quả hội thi: Giải Nhất: Khối Nội; Giải Nhì: Khối Ngoại; Giải Ba: Khối Cận lâm sàng.", ""},
      {"an organisation's agencies given a prize",
       "Kết quả hội thi trong phong trào thi đua năm 2023 của bệnh viện: Giải Nhất: Khối Cơ quan; Giải Nhì: Khối "
       "Dược.",
       ""},
      {"communes of the district",
       "Sáng 2/3/2024, cụm thi đua các xã thuộc huyện tổ chức ký kết giao ước thi đua năm 2024.", "Cụm thi đua các xã"},
      {"primary schools of the city",
       "Ngày 5/9/2023, Khối thi đua các trường tiểu học thuộc thành phố tổ chức ký kết giao ước thi đua năm học "
       "2023-2024.",
       "Khối thi đua các trường tiểu học"},
      {"the work of emulation and awards",
       "Cụm thi đua số 1 gồm 5 Viện kiểm sát huyện. Tham dự Hội nghị có đồng chí Trần Văn Bình, Phó Viện trưởng "
       "phụ trách Cụm thi đua khen thưởng Viện kiểm sát tỉnh.",
       "Cụm thi đua số 1"},
      {"a block named by its city, written short",
       "Đoàn Tổng công ty vừa thành lập 3 khối thi đua. Khối thi đua TP.HCM gồm 5 đơn vị, do Đoàn Công ty A làm "
       "Khối trưởng.",
       "Khối thi đua thành phố Hồ Chí Minh"},
      // Guards, right on main.
      // (s28-members) the closing level stays (the Conventions, session 27)
      {"a block of the inner affairs", "Ngày 12/3/2023, Khối thi đua Nội chính tỉnh tổ chức hội nghị ký kết giao ước thi đua năm 2023.",
       "Khối thi đua Nội chính tỉnh"},
      {"a kind then its capitalised name", "Ngày 12/3/2023, Khối cơ quan Nội chính tổ chức hội nghị ký kết giao ước thi đua năm 2023.",
       "Khối cơ quan Nội chính"},
      {"the district named with its place",
       "Ngày 12/3/2023, Khối thi đua các phường thuộc quận Hải Châu tổ chức hội nghị ký kết giao ước thi đua năm 2023.",
       "Khối thi đua các phường thuộc quận Hải Châu"},
      {"each cluster, then one named",
       "Trong năm 2023, mỗi cụm thi đua đã tổ chức hội nghị ký kết. Cụm thi đua số 5 do Công an huyện A làm cụm "
       "trưởng.",
       "Cụm thi đua số 5"},
  });
}

}  // namespace
}  // namespace thidua::text::plan
