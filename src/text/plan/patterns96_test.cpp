// Session 26 (issue 14, s26-orgs): organisers, people's positions, the event and the title, from the
// failures of the former held-out eval9 texts (moved into dev/ this session). Each test is one SHAPE of
// Vietnamese administrative writing, with passages written for it in other sectors and wordings than the
// text it was seen in, labelled by the Conventions (tests/fixtures/plans/README.md) before the run,
// negatives included; each test fails without its rule (checked against main e5bdc96).
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::Strings;

// The places of one body's head counted by "các" and their level may open after a colon, as any list's
// do: "Công an các phường: A, B, C tổ chức …" — each place's body organises. Shape of ex-eval9
// phu-tho-2025.
TEST(PlanPatterns96, TheBodiesOfPlacesListedAfterAColonOrganise) {
  const test::OrganizerCase cases[] = {
      {"farmers-communes", "Ngày 5/3/2024, Hội Nông dân các xã: Tân Phú, Tân Hòa và Phú Lộc tổ chức lễ ký kết giao ước thi đua năm 2024.",
       {"Hội Nông dân xã Tân Phú", "Hội Nông dân xã Tân Hòa", "Hội Nông dân xã Phú Lộc"}},
      {"police-districts-commas-only", "Sáng 10/1/2025, Công an các huyện: Đức Hòa, Đức Huệ, Bến Lức tổ chức hội nghị ký kết giao ước thi đua năm 2025.",
       {"Công an huyện Đức Hòa", "Công an huyện Đức Huệ", "Công an huyện Bến Lức"}},
      {"women-wards", "Chiều 8/3/2023, Hội Liên hiệp Phụ nữ các phường: Phú Hội, Phú Nhuận tổ chức lễ phát động phong trào thi đua năm 2023.",
       {"Hội Liên hiệp Phụ nữ phường Phú Hội", "Hội Liên hiệp Phụ nữ phường Phú Nhuận"}},
      {"police-wards-four", "Sáng 12/12/2025, tại phường Tân Lập, Công an các phường: Tân Lập, Quang Trung, Trung Thành, Đồng Quang tổ chức Lễ ra quân đợt cao điểm tấn công, trấn áp tội phạm.",
       {"Công an phường Tân Lập", "Công an phường Quang Trung", "Công an phường Trung Thành", "Công an phường Đồng Quang"}},
      {"negative-guests-listed", "Sáng 15/1/2024, Công an huyện Cần Giuộc tổ chức lễ ra quân đợt cao điểm. Tham dự có lãnh đạo Công an các xã: Long Hậu, Phước Lại.",
       {"Công an huyện Cần Giuộc"}},
  };
  test::expect_organizers(cases);
}

// A headline in capitals writes every word capitalised, so the place of its organiser ends at the
// clause's verb ("… QUẬN Ô MÔN PHÁT ĐỘNG …"), as it does at the verb's lower case in running text. Shape
// of ex-eval9 o-mon-2020.
TEST(PlanPatterns96, APlaceInACapitalsHeadlineEndsAtItsVerb) {
  const test::OrganizerCase cases[] = {
      {"police-district-holds", "CÔNG AN HUYỆN ĐỨC HÒA TỔ CHỨC LỄ RA QUÂN NĂM 2024\n\nSáng 5/1/2024, đơn vị đã tổ chức lễ ra quân tấn công trấn áp tội phạm.",
       {"Công an huyện Đức Hòa"}},
      {"farmers-commune-signs", "HỘI NÔNG DÂN XÃ TÂN AN KÝ KẾT GIAO ƯỚC THI ĐUA NĂM 2023\n\nNgày 3/3/2023, các chi hội đã ký kết giao ước thi đua năm 2023.",
       {"Hội Nông dân xã Tân An"}},
      {"labour-district-launches", "LIÊN ĐOÀN LAO ĐỘNG HUYỆN CẦN GIỜ PHÁT ĐỘNG THI ĐUA NĂM 2025\n\nNgày 10/2/2025, hội nghị đã diễn ra tại hội trường huyện.",
       {"Liên đoàn Lao động huyện Cần Giờ"}},
      {"veterans-ward-launches", "HỘI CỰU CHIẾN BINH PHƯỜNG TÂN ĐỊNH PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM 2024\n\nNgày 20/1/2024, hội nghị đã diễn ra.",
       {"Hội Cựu chiến binh phường Tân Định"}},
      {"negative-running-case", "Công an huyện Đức Hòa tổ chức lễ ra quân năm 2024\n\nSáng 5/1/2024, đơn vị đã tổ chức lễ ra quân tấn công trấn áp tội phạm.",
       {"Công an huyện Đức Hòa"}},
  };
  test::expect_organizers(cases);
}

// A first line that is a page's stamp — weekday, day, "Tháng" and month, the year right after it and a
// clock time ("Thứ hai, 25 Tháng 3 2024 16:51") — is no headline; the headline is the next line. Shape of
// ex-eval9 lang-son-2024.
TEST(PlanPatterns96, APageStampWithTheMonthWrittenOutIsNoHeadline) {
  test::expect_field(
      "/title",
      {
          {"monday-stamp", "Thứ hai, 25 Tháng 3 2024 16:51\n\nHội Nông dân huyện Hữu Lũng ký kết giao ước thi đua năm 2024\n\nNgày 21/3/2024, Hội Nông dân huyện Hữu Lũng tổ chức ký kết giao ước thi đua năm 2024.",
           "Hội Nông dân huyện Hữu Lũng ký kết giao ước thi đua năm 2024"},
          {"friday-stamp", "Thứ sáu, 05 Tháng 1 2024 08:30\n\nCông an thành phố Sóc Trăng ra quân đợt cao điểm Tết\n\nSáng 4/1/2024, Công an thành phố Sóc Trăng tổ chức lễ ra quân.",
           "Công an thành phố Sóc Trăng ra quân đợt cao điểm Tết"},
          {"sunday-stamp", "Chủ nhật, 12 Tháng 11 2023 10:05\n\nCụm thi đua số 4 sơ kết công tác thi đua\n\nNgày 10/11/2023, Cụm thi đua số 4 tổ chức hội nghị sơ kết.",
           "Cụm thi đua số 4 sơ kết công tác thi đua"},
          {"negative-headline-first", "Hội Phụ nữ xã Tân An phát động thi đua năm 2024\n\nThứ hai, 25 Tháng 3 2024 16:51\n\nNgày 21/3/2024, Hội Phụ nữ xã Tân An tổ chức phát động phong trào thi đua năm 2024.",
           "Hội Phụ nữ xã Tân An phát động thi đua năm 2024"},
      });
}

// A headline closing with one day in brackets of a year the headline already names ("… năm 2020
// (26/11/2020)") closes with the page's stamp, its clock time left out: the title is without it; an
// occasion's day of another year ("Ngày thành lập Đảng (3/2/1930)") stays. Shape of ex-eval9 cu-mgar-2020.
TEST(PlanPatterns96, AHeadlineClosingWithADayOfItsOwnYearInBracketsDropsIt) {
  test::expect_field(
      "/title",
      {
          {"farmers-pledge", "Hội Nông dân huyện Đức Trọng ký kết giao ước thi đua năm 2024 (15/3/2024)\n\nNgày 14/3/2024, Hội Nông dân huyện Đức Trọng tổ chức hội nghị.",
           "Hội Nông dân huyện Đức Trọng ký kết giao ước thi đua năm 2024"},
          {"cluster-interim", "Cụm thi đua số 2 sơ kết 6 tháng đầu năm 2023 (20.7.2023)\n\nNgày 19/7/2023, Cụm thi đua số 2 tổ chức hội nghị sơ kết.",
           "Cụm thi đua số 2 sơ kết 6 tháng đầu năm 2023"},
          {"front-meeting", "Ủy ban MTTQ xã Ea Kao tổ chức Hội nghị giao ban năm 2021 (02-12-2021)\n\nVừa qua, Ủy ban MTTQ xã Ea Kao tổ chức hội nghị giao ban.",
           "Ủy ban MTTQ xã Ea Kao tổ chức Hội nghị giao ban năm 2021"},
          {"negative-occasion-day", "Đoàn Thanh niên phường 3 phát động thi đua chào mừng 94 năm Ngày thành lập Đảng (3/2/1930)\n\nNgày 2/2/2024, Đoàn Thanh niên phường 3 tổ chức lễ phát động phong trào thi đua.",
           "Đoàn Thanh niên phường 3 phát động thi đua chào mừng 94 năm Ngày thành lập Đảng (3/2/1930)"},
      });
}

// A school's teacher is named by "thầy" / "thầy giáo" / "cô giáo" as others by "ông", and an office's body
// ends before "và" and the word naming the next person ("… Phòng PA88 và Thầy B", "… và Ông C"). Shape of
// ex-eval9 nghe-an-2014.
TEST(PlanPatterns96, ATeacherIsNamedLikeAnyPersonAndEndsTheOfficeBefore) {
  const test::PositionCase cases[] = {
      {"police-cell-and-teacher", "Ngày 20/3/2023, hai đơn vị tổ chức ký kết giao ước thi đua. Thượng úy Lê Văn Hải - Bí thư Chi đoàn Phòng PC06 và Thầy Nguyễn Văn Hùng - Hiệu trưởng Trường THPT Lê Lợi đã ký giao ước.",
       {{"Lê Văn Hải", "Bí thư Chi đoàn Phòng PC06"}, {"Nguyễn Văn Hùng", "Hiệu trưởng Trường THPT Lê Lợi"}}},
      {"teacher-word-giao", "Ngày 5/9/2024, Trường Tiểu học Hòa Bình tổ chức lễ phát động thi đua. Thầy giáo Lê Văn Tâm, Hiệu trưởng Trường Tiểu học Hòa Bình phát biểu.",
       {{"Lê Văn Tâm", "Hiệu trưởng Trường Tiểu học Hòa Bình"}}},
      {"office-and-Ong", "Ngày 12/4/2022, hai đơn vị ký kết giao ước thi đua. Đại úy Trần Văn Hai - Trưởng Phòng PV01 và Ông Phạm Văn Tư - Chủ tịch UBND xã Tân Phú đã ký.",
       {{"Trần Văn Hai", "Trưởng Phòng PV01"}, {"Phạm Văn Tư", "Chủ tịch UBND xã Tân Phú"}}},
      {"woman-teacher", "Ngày 20/11/2023, Liên đội Trường THCS Tân Bình tổ chức lễ phát động. Cô giáo Trần Thị Mai, Phó Hiệu trưởng Trường THCS Tân Bình phát biểu.",
       {{"Trần Thị Mai", "Phó Hiệu trưởng Trường THCS Tân Bình"}}},
      {"negative-co-to-place", "Ngày 9/1/2024, huyện Cô Tô tổ chức hội nghị tổng kết. Ông Nguyễn Văn Bình, Chủ tịch UBND huyện Cô Tô phát biểu.",
       {{"Nguyễn Văn Bình", "Chủ tịch UBND huyện Cô Tô"}}},
  };
  test::expect_positions(cases);
}

// The head of a body who signs or issues the document that launches the emulation ("Tổng cục trưởng Tổng
// cục X A vừa ký Công văn … về phát động …") speaks for the body, as one who launches in person does
// (PlanPatterns87.ABodysHeadLaunchingSpeaksForTheBody); one signing a document that launches nothing
// does not. Shape of ex-eval9 tax-2023.
TEST(PlanPatterns96, ABodysHeadSigningTheLaunchingDocumentSpeaksForTheBody) {
  const test::OrganizerCase cases[] = {
      {"customs-dispatch", "Tổng cục trưởng Tổng cục Hải quan Nguyễn Văn Cẩn vừa ký Công văn số 123/TCHQ-TCCB về phát động đợt thi đua cao điểm chào mừng kỷ niệm 80 năm thành lập ngành.",
       {"Tổng cục Hải quan"}},
      {"health-plan", "Giám đốc Sở Y tế tỉnh Bình Định Lê Quang Hùng đã ký ban hành Kế hoạch số 45/KH-SYT phát động phong trào thi đua yêu nước năm 2023 trong toàn ngành.",
       {"Sở Y tế tỉnh Bình Định"}},
      {"district-decision", "Chủ tịch UBND huyện Tuy Phong Nguyễn Văn Tám vừa ký Quyết định phát động phong trào thi đua “Chung sức xây dựng nông thôn mới” năm 2022.",
       {"UBND huyện Tuy Phong"}},
      {"insurance-directive", "Tổng Giám đốc Bảo hiểm xã hội Việt Nam Nguyễn Thế Mạnh vừa ký Chỉ thị về việc phát động thi đua hoàn thành nhiệm vụ năm 2023.",
       {"Bảo hiểm xã hội Việt Nam"}},
  };
  test::expect_organizers(cases);
}

// An office with its body, a dash, then the holder's full name (three syllables or more opening with a
// surname) is that person's position — captions write it either way round. Shape of ex-eval9 long-an-2023.
TEST(PlanPatterns96, AnOfficeThenADashThenTheHoldersName) {
  const test::PositionCase cases[] = {
      {"environment-director", "Ngày 25/2/2023, Cụm thi đua số 8 tổ chức lễ ký kết giao ước thi đua năm 2023. Giám đốc Sở Tài nguyên và Môi trường Bến Tre - Lê Văn Hòa phát biểu tại buổi lễ.",
       {{"Lê Văn Hòa", "Giám đốc Sở Tài nguyên và Môi trường Bến Tre"}}},
      {"bank-director", "Ngày 10/1/2024, Khối thi đua các ngân hàng tổ chức hội nghị. Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh Trà Vinh – Nguyễn Thị Hồng Nhung chủ trì hội nghị.",
       {{"Nguyễn Thị Hồng Nhung", "Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh Trà Vinh"}}},
      {"front-chair", "Ngày 5/4/2024, Ủy ban MTTQ huyện Châu Thành tổ chức hội nghị. Chủ tịch Ủy ban MTTQ Việt Nam huyện Châu Thành - Trần Văn Tùng phát động thi đua.",
       {{"Trần Văn Tùng", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Châu Thành"}}},
      {"negative-name-first", "Ngày 25/2/2023, Cụm thi đua số 8 tổ chức lễ ký kết. Ông Lê Văn Hòa - Giám đốc Sở Tài nguyên và Môi trường Bến Tre phát biểu.",
       {{"Lê Văn Hòa", "Giám đốc Sở Tài nguyên và Môi trường Bến Tre"}}},
  };
  test::expect_positions(cases);
  // No person from a body and a dash before a unit's name.
  const nlohmann::json r = test::parse("Ngày 3/3/2024, Sở Tư pháp tỉnh Long An - Cụm trưởng Cụm thi đua số 2 chủ trì hội nghị ký kết giao ước thi đua.");
  EXPECT_TRUE(r["people"].empty()) << r["people"];
}

// An address closing with its province without the level ("tại Công an huyện Thăng Bình, Quảng Nam")
// names that province, so a position ending in a bare "tỉnh" is completed with it (Conventions,
// Positions: "the one place of that level the text names"). Shape of ex-eval9 quang-nam-2020.
TEST(PlanPatterns96, AnAddressClosedByItsProvinceNamesIt) {
  const test::PositionCase cases[] = {
      {"police-town", "Ngày 5/3/2021, tại Công an thị xã Điện Bàn, Quảng Nam, Thượng tá Lê Văn Hùng, Phó Giám đốc Công an tỉnh chủ trì hội nghị ký kết giao ước thi đua.",
       {{"Lê Văn Hùng", "Phó Giám đốc Công an tỉnh Quảng Nam"}}},
      {"commune-people-committee", "Ngày 8/4/2022, tại UBND xã Cẩm Xuyên, Hà Tĩnh, ông Trần Văn Nam, Phó Chủ tịch UBND tỉnh phát động phong trào thi đua.",
       {{"Trần Văn Nam", "Phó Chủ tịch UBND tỉnh Hà Tĩnh"}}},
      {"city-district", "Ngày 2/9/2023, tại quận Hoàn Kiếm, Hà Nội, ông Lê Hồng Sơn, Phó Chủ tịch UBND thành phố phát động phong trào thi đua.",
       {{"Lê Hồng Sơn", "Phó Chủ tịch UBND thành phố Hà Nội"}}},
      {"negative-two-provinces", "Ngày 5/3/2021, tại Công an thị xã Điện Bàn, Quảng Nam, Khối thi đua Công an các huyện tổ chức hội nghị ký kết giao ước thi đua, có đại diện Công an tỉnh Quảng Ngãi dự. Thượng tá Lê Văn Hùng, Phó Giám đốc Công an tỉnh phát biểu.",
       {{"Lê Văn Hùng", "Phó Giám đốc Công an tỉnh"}}},
  };
  test::expect_positions(cases);
}

// Those present doing something at the event ("Các đại biểu thực hiện nghi lễ chào cờ tại Đại hội …"), a
// first line with no stop, are a photo's scene, not a headline: the title is null when the lead follows
// (Conventions, Titles: a scene's caption). A headline names who holds the event. Shape of ex-eval9
// quang-tri-2025.
TEST(PlanPatterns96, ThosePresentAtTheEventOpeningTheTextAreAPhotosScene) {
  test::expect_field(
      "/title",
      {
          {"delegates-opening", "Các đại biểu thực hiện nghi thức khai mạc tại Hội nghị ký kết giao ước thi đua Cụm thi đua số 3\n\nSáng 12/3/2024, Cụm thi đua số 3 tổ chức Hội nghị ký kết giao ước thi đua năm 2024.",
           ""},
          {"leaders-button", "Các đồng chí lãnh đạo bấm nút phát động tại Lễ ra quân đợt cao điểm bảo đảm an ninh, trật tự\n\nSáng 15/12/2023, Công an tỉnh Bình Phước tổ chức Lễ ra quân đợt cao điểm.",
           ""},
          {"units-signing", "Đại biểu các đơn vị ký kết giao ước thi đua tại Hội nghị tổng kết Khối thi đua các sở ngành\n\nNgày 10/1/2024, Khối thi đua các sở ngành tổ chức Hội nghị tổng kết.",
           ""},
          {"negative-holder-names-it", "Khối thi đua các sở ngành tổ chức Hội nghị tổng kết năm 2023\n\nNgày 10/1/2024, Khối thi đua các sở ngành tổ chức Hội nghị tổng kết.",
           "Khối thi đua các sở ngành tổ chức Hội nghị tổng kết năm 2023"},
          {"negative-no-event", "Các đồng chí lãnh đạo huyện Hòa Vang phát động thi đua năm 2024 tại xã Hòa Phong\n\nNgày 10/1/2024, UBND huyện Hòa Vang tổ chức lễ phát động phong trào thi đua năm 2024.",
           "Các đồng chí lãnh đạo huyện Hòa Vang phát động thi đua năm 2024 tại xã Hòa Phong"},
      });
}

// The second of occasions greeted and joined by "và" ("Chào mừng Đại hội X các cấp và Đại hội đại biểu toàn
// quốc X lần thứ N, …") is greeted too: the body named in it is no organiser. The greeting runs over its
// noun phrases up to punctuation or a verb. Shape of ex-eval9 soc-trang-2018.
TEST(PlanPatterns96, ABodyInTheSecondOccasionGreetedIsNoOrganiser) {
  const test::OrganizerCase cases[] = {
      {"youth-congresses", "Chào mừng Đại hội Đoàn các cấp và Đại hội đại biểu toàn quốc Đoàn TNCS Hồ Chí Minh lần thứ XII, Ban Thường vụ Tỉnh đoàn Bình Dương phát động đợt thi đua đặc biệt.",
       {"Tỉnh đoàn Bình Dương"}},
      {"union-congresses", "Hướng tới Đại hội Công đoàn các cấp và Đại hội XIII Công đoàn Việt Nam, Liên đoàn Lao động tỉnh Nghệ An phát động đợt thi đua cao điểm.",
       {"Liên đoàn Lao động tỉnh Nghệ An"}},
      {"farmers-congresses", "Chào mừng Đại hội Hội Nông dân các cấp và Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII, Hội Nông dân tỉnh An Giang phát động phong trào thi đua.",
       {"Hội Nông dân tỉnh An Giang"}},
      {"veterans-congresses", "Chào mừng Đại hội Hội Cựu chiến binh các cấp và Đại hội đại biểu toàn quốc Hội Cựu chiến binh Việt Nam lần thứ VII, Hội Cựu chiến binh huyện Tân Phú phát động thi đua.",
       {"Hội Cựu chiến binh huyện Tân Phú"}},
      {"negative-after-the-comma", "Chào mừng Đại hội Đảng bộ tỉnh, Công an huyện Đức Hòa tổ chức lễ ra quân đợt cao điểm năm 2025.",
       {"Công an huyện Đức Hòa"}},
  };
  test::expect_organizers(cases);
}

// Days listed by commas before the one written whole ("trong các ngày 19, 20, 21/3/2024", "Trong hai ngày 12,
// 13/10/2023") hold the event on each: it has no single day, the date is null (Conventions: days listed, a
// span), not the last day. Shape of ex-eval9 lang-son-2024 (and ex-eval6 ben-tre-2024).
TEST(PlanPatterns96, DaysListedHoldTheEventOnNoSingleDay) {
  test::expect_field(
      "/event/date",
      {
          {"farmers-three-days", "Trong các ngày 19, 20, 21/3/2024, Hội Nông dân tỉnh Lạng Sơn tổ chức hội nghị phát động phong trào thi đua năm 2024.", ""},
          {"police-two-days", "Trong hai ngày 12, 13/10/2023, Công an tỉnh Long An tổ chức hội thao và phát động thi đua.", ""},
          {"courts-zero-padded", "Trong các ngày 04, 05/4/2024, Cụm thi đua số 9 tổ chức hội nghị sơ kết công tác thi đua.", ""},
          {"labour-opening-days", "Các ngày 7, 8, 9/11/2022, Liên đoàn Lao động huyện Cần Giờ tổ chức hội nghị ký kết giao ước thi đua.", ""},
          {"negative-numbers-after-the-day", "Ngày 12/10/2023, Công an tỉnh Long An tổ chức lễ phát động thi đua với 5, 6 nội dung.", "2023-10-12"},
      });
}

// A first line of one long sentence (36–60 words) over a lead closing with its stop is the headline also when
// it closes with a bracket of years ("… thành lập tỉnh Lạng Sơn (1831 - 2021)"): the bracket is no sentence's
// mark (PlanPatterns87.ALongLineClosingWithNoMarkOverALeadIsAHeadline). Shape of ex-eval9 lang-son-2021.
TEST(PlanPatterns96, ALongHeadlineClosingWithABracketOfYearsIsAHeadline) {
  const char* police = "Công an tỉnh Bình Định phát động đợt thi đua cao điểm lập thành tích chào mừng Đại hội Đảng bộ Công an tỉnh lần thứ XXV, nhiệm kỳ 2025 - 2030 và kỷ niệm 80 năm Ngày truyền thống lực lượng Công an nhân dân Việt Nam (19/8/1945 - 19/8/2025)";
  const char* education = "Kế hoạch thi đua đặc biệt của Sở Giáo dục và Đào tạo lập thành tích chào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2020 - 2025 và kỷ niệm 45 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2020)";
  const char* women = "Hội Liên hiệp Phụ nữ huyện Tân Phú ký kết giao ước thi đua năm 2023 hướng tới Đại hội đại biểu Phụ nữ toàn quốc lần thứ XIII và kỷ niệm 93 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2023)";
  const char* labour = "Liên đoàn Lao động tỉnh Quảng Trị phát động phong trào thi đua lao động sản xuất trong công nhân, viên chức, lao động chào mừng Đại hội Công đoàn tỉnh lần thứ XVII và kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2024)";
  test::expect_field(
      "/title",
      {
          {"police-peak", (std::string(police) + "\n\nSáng 20/6/2025, Công an tỉnh Bình Định tổ chức lễ phát động đợt thi đua cao điểm.").c_str(), police},
          {"education-plan", (std::string(education) + "\n\nNgày 12/3/2020, Sở Giáo dục và Đào tạo ban hành kế hoạch thi đua đặc biệt.").c_str(), education},
          {"women-pledge", (std::string(women) + "\n\nNgày 5/3/2023, Hội Liên hiệp Phụ nữ huyện Tân Phú tổ chức ký kết giao ước thi đua.").c_str(), women},
          {"labour-launch", (std::string(labour) + "\n\nNgày 2/3/2024, Liên đoàn Lao động tỉnh Quảng Trị tổ chức lễ phát động thi đua.").c_str(), labour},
          {"negative-lead-opening-with-the-day", "Ngày 20/6/2025, Công an tỉnh Bình Định phát động đợt thi đua cao điểm lập thành tích chào mừng Đại hội Đảng bộ Công an tỉnh lần thứ XXV và kỷ niệm 80 năm Ngày truyền thống lực lượng Công an nhân dân Việt Nam (19/8/1945 - 19/8/2025)\n\nĐợt thi đua kéo dài đến hết tháng 8.", ""},
      });
}

// The person an anniversary honours ("kỷ niệm 115 năm ngày sinh đồng chí Lê Duẩn", "ngày mất của đồng chí A") is
// no one taking part in the event: not among its people. Shape of ex-eval9 binh-duong-2024.
TEST(PlanPatterns96, ThePersonAnAnniversaryHonoursIsNoneOfThePeople) {
  const struct {
    const char* what;
    const char* text;
    Strings names;
  } cases[] = {
      {"veterans-birth", "Nhân kỷ niệm 115 năm ngày sinh đồng chí Lê Duẩn, Hội Cựu chiến binh huyện Hải Lăng tổ chức phát động thi đua năm 2022. Ông Trần Văn Bảy, Chủ tịch Hội Cựu chiến binh huyện phát biểu.", {"Trần Văn Bảy"}},
      {"labour-birth-cua", "Hướng tới kỷ niệm 100 năm ngày sinh của đồng chí Nguyễn Văn Linh, Liên đoàn Lao động quận 7 phát động thi đua năm 2015.", {}},
      {"school-year-of-birth", "Kỷ niệm 120 năm năm sinh đồng chí Trần Phú, Trường Chính trị tỉnh Hà Tĩnh phát động phong trào thi đua năm 2024.", {}},
      {"youth-death", "Nhân 50 năm ngày mất đồng chí Võ Văn Tần, Đoàn xã Tân Phú phát động thi đua. Đồng chí Lê Văn Minh, Bí thư Đoàn xã Tân Phú phát biểu.", {"Lê Văn Minh"}},
      {"negative-attending-leader", "Sáng 19/5/2024, đồng chí Lê Văn Tám, Chủ tịch UBND xã Tân Phú dự lễ kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh và phát động thi đua.", {"Lê Văn Tám"}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.what);
    EXPECT_EQ(test::names(test::parse(c.text)), c.names);
  }
}

}  // namespace
}  // namespace thidua::text::plan
