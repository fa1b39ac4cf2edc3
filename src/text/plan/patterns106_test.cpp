// Session 28 (issue 14, s28-orgs2): organisers, the event, people and positions of the former eval10 texts and
// the development set, round 2 — read as SHAPES of administrative Vietnamese, not as their wordings. Every
// sentence below was written for these tests in sectors other than the text it came from (trade, health,
// schools, home affairs, mountain districts, farmers, state enterprises, colleges' unions, veterans, women,
// labour), labelled by the Conventions (tests/fixtures/plans/README.md) before the run; each positive fails
// with main 34faff0's binary, each negative guards the rule's limit.
#include <gtest/gtest.h>

#include <string>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_field;
using test::expect_organizers;
using test::expect_positions;
using test::OrganizerCase;
using test::PositionCase;

// "Ông A – Giám đốc Sở Tư pháp và Đại tá B – Phó Chính ủy …" (lam-dong-2022): two people joined by "và", each
// with an office after a dash; the rank after "và" opens the second person, it is no field of the first's
// department ("Sở Tài nguyên và Môi trường", "Sở Giáo dục và Đào tạo" keep theirs).
TEST(PlanPatterns106, ARankAfterVaOpensTheNextPerson) {
  const PositionCase cases[] = {
      {"trade and border guards, dashes",
       "Ngày 15/7/2023, Khối thi đua các cơ quan kinh tế tỉnh tổ chức hội nghị sơ kết công tác thi đua 6 "
       "tháng đầu năm 2023. Ông Phạm Văn Long – Giám đốc Sở Công Thương và Thượng tá Hoàng Minh Tuấn – Phó "
       "Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh chủ trì hội nghị.",
       {{"Phạm Văn Long", "Giám đốc Sở Công Thương"},
        {"Hoàng Minh Tuấn", "Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"}}},
      {"health and police, hyphens",
       "Sáng 20/12/2022, Cụm thi đua các cơ quan văn hóa – xã hội tổ chức hội nghị tổng kết công tác thi "
       "đua năm 2022. Bà Đinh Thị Mai - Giám đốc Sở Y tế và Trung tá Vũ Đức Anh - Phó Trưởng Công an huyện "
       "đồng chủ trì hội nghị.",
       {{"Đinh Thị Mai", "Giám đốc Sở Y tế"}, {"Vũ Đức Anh", "Phó Trưởng Công an huyện"}}},
      {"schools, the department's own 'và' kept, commas",
       "Ngày 9/1/2024, Cụm thi đua các trường trung học phổ thông tổ chức ký kết giao ước thi đua năm 2024. "
       "Tham dự có ông Lương Văn Bình, Phó Giám đốc Sở Giáo dục và Đào tạo và Đại úy Trịnh Quốc Việt, Phó "
       "Trưởng phòng Cảnh sát giao thông Công an tỉnh.",
       {{"Lương Văn Bình", "Phó Giám đốc Sở Giáo dục và Đào tạo"},
        {"Trịnh Quốc Việt", "Phó Trưởng phòng Cảnh sát giao thông Công an tỉnh"}}},
      {"home affairs, an office of a department",
       "Chiều 3/4/2023, Cụm thi đua các đơn vị nội chính tổ chức hội nghị giao ban quý I. Dự hội nghị có "
       "đồng chí Lâm Văn Khải – Chánh Văn phòng Sở Nội vụ và Thiếu tá Đỗ Văn Hùng – Phó Trưởng phòng Tham "
       "mưu Công an tỉnh.",
       {{"Lâm Văn Khải", "Chánh Văn phòng Sở Nội vụ"}, {"Đỗ Văn Hùng", "Phó Trưởng phòng Tham mưu Công an tỉnh"}}},
      {"guard: a department whose name joins two fields",
       "Ngày 12/6/2023, Khối thi đua các sở, ngành tỉnh tổ chức hội nghị sơ kết công tác thi đua. Ông Lê "
       "Hữu Tín – Giám đốc Sở Tài nguyên và Môi trường chủ trì hội nghị.",
       {{"Lê Hữu Tín", "Giám đốc Sở Tài nguyên và Môi trường"}}},
  };
  expect_positions(cases);
}

// "… Khối thi đua các cơ quan tổng hợp quyết định không tổ chức hội nghị ký kết giao ước thi đua; chuyển dự thảo
// … và bản ký kết giao ước thi đua năm 2020 của khối tới các thành viên để cho ý kiến" (khanh-hoa-2020): an event
// called off right before its word ("không tổ chức", "không tiến hành", "chưa tổ chức", "tạm hoãn") is not held,
// and a pledge's paper ("bản ký kết giao ước", "dự thảo giao ước") is sent, not signed — the decision of the
// dated lead is the event, of no kind, on its day (Conventions, Kinds and Dates); the body deciding organises,
// its name ending at the verb. Not an event held after years without it ("Sau hai năm không tổ chức do …, sáng
// …, Hội A tổ chức hội nghị tổng kết"), nor a pledge signed that bars something ("cam kết không để xảy ra …").
TEST(PlanPatterns106, AnEventCalledOffIsNotHeld) {
  expect_field("/event/kind", {
      {"mountain districts, 'không tổ chức' a review", "Cụm thi đua các huyện miền núi: Góp ý dự thảo quy chế năm 2021\n\nDo diễn biến phức tạp của mưa lũ, "
       "ngày 12/10/2021, Cụm thi đua các huyện miền núi quyết định không tổ chức hội nghị tổng kết; các "
       "huyện gửi báo cáo bằng văn bản về cụm trưởng.", ""},
      {"farmers, 'tạm hoãn' a launch", "Hội Nông dân tỉnh: Thông báo lịch hoạt động tháng 8\n\nSáng 2/8/2022, Ban Thường vụ Hội Nông dân "
       "tỉnh thống nhất tạm hoãn Lễ phát động phong trào thi đua nông dân sản xuất, kinh doanh giỏi; các "
       "huyện tiếp tục rà soát danh sách hội viên.", ""},
      {"state enterprises, 'chưa tổ chức', the pledge's paper sent", "Khối thi đua các doanh nghiệp nhà nước: Gửi ý kiến về giao ước năm 2022\n\nNgày 25/2/2022, Khối thi "
       "đua các doanh nghiệp nhà nước chưa tổ chức lễ ký kết giao ước thi đua; trưởng khối chuyển bản ký "
       "kết giao ước thi đua năm 2022 tới các thành viên để cho ý kiến.", ""},
      {"a college's union, 'không tiến hành', a draft pledge", "Trường Cao đẳng Y tế: Lấy ý kiến giao ước thi đua năm 2023\n\nSáng 6/3/2023, Công đoàn Trường Cao "
       "đẳng Y tế quyết định không tiến hành ký kết giao ước thi đua tập trung; ban chấp hành gửi dự thảo "
       "giao ước thi đua tới các tổ công đoàn.", ""},
      {"guard: held after two years without", "Sau hai năm không tổ chức do dịch Covid-19, sáng 10/3/2023, Hội Cựu chiến binh huyện tổ chức hội "
       "nghị tổng kết phong trào thi đua giai đoạn 2018 – 2022.", "review"},
      {"guard: a pledge signed barring offences", "Sáng 14/1/2024, Hội Liên hiệp Phụ nữ huyện tổ chức lễ ký kết giao ước thi đua năm 2024. Các đơn vị "
       "cam kết không để xảy ra vi phạm pháp luật.", "pledge_signing"},
      {"guard: the pledge's paper after its signing", "Chiều 22/2/2024, Liên đoàn Lao động huyện tổ chức ký kết giao ước thi đua năm 2024 với các công "
       "đoàn cơ sở. Bản giao ước được gửi tới từng đơn vị sau hội nghị.", "pledge_signing"},
  });
  expect_field("/event/date", {
      {"mountain districts: the decision's day", "Cụm thi đua các huyện miền núi: Góp ý dự thảo quy chế năm 2021\n\nDo diễn biến phức tạp của mưa lũ, "
       "ngày 12/10/2021, Cụm thi đua các huyện miền núi quyết định không tổ chức hội nghị tổng kết; các "
       "huyện gửi báo cáo bằng văn bản về cụm trưởng.", "2021-10-12"},
      {"a college's union: the decision's day", "Trường Cao đẳng Y tế: Lấy ý kiến giao ước thi đua năm 2023\n\nSáng 6/3/2023, Công đoàn Trường Cao "
       "đẳng Y tế quyết định không tiến hành ký kết giao ước thi đua tập trung; ban chấp hành gửi dự thảo "
       "giao ước thi đua tới các tổ công đoàn.", "2023-03-06"},
  });
  const OrganizerCase organizers[] = {
      {"state enterprises: the name ends at 'chưa'", "Khối thi đua các doanh nghiệp nhà nước: Gửi ý kiến về giao ước năm 2022\n\nNgày 25/2/2022, Khối thi "
       "đua các doanh nghiệp nhà nước chưa tổ chức lễ ký kết giao ước thi đua; trưởng khối chuyển bản ký "
       "kết giao ước thi đua năm 2022 tới các thành viên để cho ý kiến.", {"Khối thi đua các doanh nghiệp nhà nước"}},
      {"a college's union: the name ends at 'quyết định'", "Trường Cao đẳng Y tế: Lấy ý kiến giao ước thi đua năm 2023\n\nSáng 6/3/2023, Công đoàn Trường Cao "
       "đẳng Y tế quyết định không tiến hành ký kết giao ước thi đua tập trung; ban chấp hành gửi dự thảo "
       "giao ước thi đua tới các tổ công đoàn.", {"Công đoàn Trường Cao đẳng Y tế"}},
  };
  expect_organizers(organizers);
}

// "Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27" above the headline, "Như Tâm - 17:46, 22/03/2025" under it
// (can-tho-2025): a page's stamp over the headline in another year than the byline under it is the page's,
// stale; the byline (the author, the hour, the day) dates the article and the lead's "Ngày 22/3". Not an update
// of the same year under the headline ("Cập nhật: …"), nor a page with one stamp.
TEST(PlanPatterns106, AStalePageStampGivesWayToTheBylinesDay) {
  expect_field("/event/date", {
      {"farmers, a stamp six years old", "Thứ Hai, ngày 14 tháng 05 năm 2018, 08:10:05\n\nHội Nông dân huyện tổ chức Hội nghị tổng kết phong "
       "trào thi đua năm 2023\n\nMinh Hà - 09:15, 12/01/2024\n\nNgày 11/1, tại hội trường UBND huyện, Hội "
       "Nông dân huyện tổ chức Hội nghị tổng kết phong trào thi đua năm 2023.", "2024-01-11"},
      {"a medical university, a stamp nine years old", "Chủ Nhật, 02/09/2012, 10:00\n\nTrường Đại học Y khoa phát động phong trào thi đua năm học "
       "mới\n\nThu Trang - 15:30, 05/09/2021\n\nSáng 5/9, Trường Đại học Y khoa tổ chức lễ phát động phong "
       "trào thi đua năm học 2021 – 2022.", "2021-09-05"},
      {"treasuries, a stamp four years old", "Thứ Tư, ngày 20 tháng 03 năm 2019\n\nKho bạc Nhà nước tỉnh ký kết giao ước thi đua năm 2023\n\nPhạm "
       "Quang - 14:02, 16/02/2023\n\nChiều 16/2, Cụm thi đua Kho bạc Nhà nước khu vực miền Trung tổ chức ký "
       "kết giao ước thi đua năm 2023.", "2023-02-16"},
      {"border guards, a stamp three years old", "Thứ Năm, 07/11/2019, 07:45\n\nBộ đội Biên phòng tỉnh sơ kết phong trào thi đua Quyết thắng\n\nVăn "
       "Tùng - 16:20, 14/07/2022\n\nNgày 14/7, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội nghị sơ kết "
       "phong trào thi đua Quyết thắng 6 tháng đầu năm.", "2022-07-14"},
      {"guard: an update of the same year under the headline", "Thứ Sáu, 15/03/2024, 08:00\n\nHội Cựu chiến binh tỉnh phát động phong trào thi đua năm 2024\n\nCập "
       "nhật: 18/03/2024, 10:12\n\nNgày 14/3, Hội Cựu chiến binh tỉnh tổ chức lễ phát động phong trào thi "
       "đua năm 2024.", "2024-03-14"},
      {"guard: one stamp", "Thứ Ba, 10/12/2024, 09:00\n\nLiên đoàn Lao động tỉnh tổng kết phong trào thi đua năm 2024\n\nNgày "
       "9/12, Liên đoàn Lao động tỉnh tổ chức hội nghị tổng kết phong trào thi đua năm 2024.", "2024-12-09"},
  });
}

// "đ/c Huỳnh Kim Hiền – Trưởng phòng Tài chính Kế hoạch Quận 1, Thành viên Hội đồng thi đua khen thưởng phụ trách
// Khối; …" (hcm-2023-district1): a room or a board named after its title, then the place it serves by its level
// capitalised and its number ("Quận 3", "Phường 5", as a city's districts and wards are named), closes there —
// the number is the place's, and the offices after the comma stay the person's.
TEST(PlanPatterns106, AnOfficesPlaceByItsNumberClosesItsName) {
  const PositionCase cases[] = {
      {"schools, a district's room", "Ngày 8/1/2024, Khối thi đua các trường mầm non tổ chức hội nghị tổng kết năm học. Dự hội nghị có bà "
       "Nguyễn Thị Lan – Trưởng phòng Giáo dục Quận 3, Trưởng khối thi đua; ông Lê Văn Bình – Giám đốc Sở "
       "Xây dựng.",
       {{"Nguyễn Thị Lan", "Trưởng phòng Giáo dục Quận 3, Trưởng khối thi đua"}}},
      {"a ward's inspection board", "Sáng 12/12/2023, Cụm thi đua các phường tổ chức hội nghị tổng kết công tác thi đua năm 2023. Tham "
       "dự có ông Đặng Minh Quân – Chủ nhiệm Ủy ban Kiểm tra Phường 5, Cụm trưởng; bà Vũ Thị Hạnh – Phó Chủ "
       "tịch UBND quận.",
       {{"Đặng Minh Quân", "Chủ nhiệm Ủy ban Kiểm tra Phường 5, Cụm trưởng"}}},
      {"environment, a district's room", "Ngày 6/1/2024, Cụm thi đua các phường tổ chức hội nghị tổng kết năm 2023. Dự hội nghị có ông Mai "
       "Văn Lộc – Trưởng phòng Tài nguyên Môi trường Quận 7, Cụm phó; bà Vũ Thị Hạnh – Phó Chủ tịch UBND "
       "quận.",
       {{"Mai Văn Lộc", "Trưởng phòng Tài nguyên Môi trường Quận 7, Cụm phó"}}},
      {"guard: a ward's office, read before", "Ngày 6/1/2024, Cụm thi đua các phường tổ chức hội nghị tổng kết năm 2023. Dự hội nghị có ông Mai "
       "Văn Lộc – Chánh Văn phòng Hội đồng nhân dân Phường 12, Cụm trưởng; bà Vũ Thị Hạnh – Phó Chủ tịch "
       "UBND quận.",
       {{"Mai Văn Lộc", "Chánh Văn phòng Hội đồng nhân dân Phường 12, Cụm trưởng"}}},
      {"guard: a commune named by its name", "Ngày 8/1/2024, Cụm thi đua các xã tổ chức hội nghị tổng kết. Dự hội nghị có ông Lý Văn Sáu – Chủ "
       "tịch UBND xã Tân Phú, Cụm trưởng; bà Hà Thị Năm – Phó Chủ tịch UBND huyện.",
       {{"Lý Văn Sáu", "Chủ tịch UBND xã Tân Phú, Cụm trưởng"}}},
  };
  expect_positions(cases);
}

// "…, Thành viên Hội đồng thi đua khen thưởng phụ trách Khối" (hcm-2023-district1), "Phó Viện trưởng phụ trách Cụm
// thi đua …" (binh-phuoc-2020): the group an office holder is in charge of, "phụ trách" in lower case right after
// the office, then the group by its word ("Khối", "Cụm") or its name, is of the position. Not a field of work in
// charge ("phụ trách công tác thi đua": no group).
TEST(PlanPatterns106, TheGroupAnOfficeIsInChargeOfIsOfThePosition) {
  const PositionCase cases[] = {
      {"a district party office, the group by its word", "Ngày 5/1/2024, Khối thi đua các doanh nghiệp tổ chức hội nghị tổng kết. Tham dự có ông Trần Văn An "
       "– Chánh Văn phòng Quận ủy Quận 4, Thành viên Hội đồng thi đua khen thưởng phụ trách Khối; ông Lê "
       "Văn Bình – Giám đốc Sở Xây dựng.",
       {{"Trần Văn An", "Chánh Văn phòng Quận ủy Quận 4, Thành viên Hội đồng thi đua khen thưởng phụ trách Khối"}}},
      {"planning, a cluster by its word", "Ngày 15/1/2024, Cụm thi đua các doanh nghiệp tổ chức hội nghị tổng kết năm 2023. Dự hội nghị có "
       "đồng chí Trần Văn An – Phó Giám đốc Sở Kế hoạch và Đầu tư, Thành viên Hội đồng thi đua khen thưởng "
       "phụ trách Cụm; đồng chí Lê Văn Bình – Giám đốc Sở Xây dựng.",
       {{"Trần Văn An",
         "Phó Giám đốc Sở Kế hoạch và Đầu tư, Thành viên Hội đồng thi đua khen thưởng phụ trách Cụm"}}},
      {"home affairs, a numbered block", "Sáng 9/12/2023, Khối thi đua các cơ quan văn hóa tổ chức hội nghị tổng kết năm 2023. Dự hội nghị có "
       "bà Phạm Thị Thu – Phó Giám đốc Sở Nội vụ phụ trách Khối thi đua số 3; ông Lê Văn Bình – Giám đốc Sở "
       "Xây dựng.",
       {{"Phạm Thị Thu", "Phó Giám đốc Sở Nội vụ phụ trách Khối thi đua số 3"}}},
      {"courts, a numbered cluster", "Ngày 10/1/2024, Cụm thi đua số 2 các tòa án tổ chức hội nghị tổng kết năm 2023. Dự hội nghị có ông "
       "Đoàn Văn Phúc – Phó Chánh án Tòa án nhân dân tỉnh phụ trách Cụm thi đua số 2; ông Lê Văn Bình – "
       "Giám đốc Sở Tư pháp.",
       {{"Đoàn Văn Phúc", "Phó Chánh án Tòa án nhân dân tỉnh phụ trách Cụm thi đua số 2"}}},
      {"guard: a field of work in charge", "Sáng 9/12/2023, Khối thi đua các cơ quan văn hóa tổ chức hội nghị tổng kết năm 2023. Dự hội nghị có "
       "bà Phạm Thị Thu – Phó Giám đốc Sở Nội vụ phụ trách công tác thi đua; ông Lê Văn Bình – Giám đốc Sở "
       "Xây dựng.", {{"Phạm Thị Thu", "Phó Giám đốc Sở Nội vụ"}}},
  };
  expect_positions(cases);
}

// "Thiếu tướng Trần Đức Tài, Phó Giám đốc Công an TP cho biết …" in a text of TP.HCM's police (hcm-2023-police): a
// body's level written short and bare ("TP", "TX") closing the position is written out and completed with the
// text's place, as a bare "thành phố" is (Conventions, Positions).
TEST(PlanPatterns106, ABareShortLevelIsWrittenOutAndCompleted) {
  const PositionCase cases[] = {
      {"farmers, 'TP'", "Sáng 5/4/2024, Hội Nông dân thành phố Cần Thơ tổ chức hội nghị sơ kết phong trào thi đua.\n\nÔng "
       "Trần Văn Dũng, Chủ tịch Hội Nông dân TP phát biểu khai mạc hội nghị.", {{"Trần Văn Dũng", "Chủ tịch Hội Nông dân thành phố Cần Thơ"}}},
      {"labour, 'TX'", "Ngày 20/5/2023, Liên đoàn Lao động thị xã Phú Mỹ tổ chức lễ phát động tháng công nhân.\n\nBà Nguyễn "
       "Thị Hoa, Phó Chủ tịch Liên đoàn Lao động TX phát biểu tại buổi lễ.", {{"Nguyễn Thị Hoa", "Phó Chủ tịch Liên đoàn Lao động thị xã Phú Mỹ"}}},
      {"women, 'TP'", "Sáng 8/3/2024, Hội Liên hiệp Phụ nữ thành phố Vinh tổ chức lễ phát động phong trào thi đua.\n\nBà "
       "Lê Thị Hằng, Chủ tịch Hội Liên hiệp Phụ nữ TP phát biểu tại buổi lễ.", {{"Lê Thị Hằng", "Chủ tịch Hội Liên hiệp Phụ nữ thành phố Vinh"}}},
      {"guard: 'UBND TP', read before", "Ngày 10/3/2024, UBND thành phố Đà Nẵng tổ chức lễ phát động phong trào thi đua năm 2024.\n\nPhát "
       "biểu tại buổi lễ, ông Lê Trung Chinh, Chủ tịch UBND TP cho biết, thành phố đặt mục tiêu tăng trưởng "
       "cao.", {{"Lê Trung Chinh", "Chủ tịch UBND thành phố Đà Nẵng"}}},
      {"guard: the level written out", "Ngày 10/3/2024, UBND thành phố Đà Nẵng tổ chức lễ phát động phong trào thi đua năm 2024.\n\nPhát "
       "biểu tại buổi lễ, ông Lê Trung Chinh, Chủ tịch UBND thành phố cho biết, thành phố đặt mục tiêu tăng "
       "trưởng cao.", {{"Lê Trung Chinh", "Chủ tịch UBND thành phố Đà Nẵng"}}},
  };
  expect_positions(cases);
}

// "THIẾU TƯỚNG BÙI QUANG THANH, GIÁM ĐỐC CÔNG AN TỈNH NGHỆ AN PHÁT BIỂU TẠI LỄ RA QUÂN" (the metamorphic change
// caps-head on nghe-an-2024-tet-peak-launch): a ranked person opening the first line, speaking, handing over or
// congratulating, is a photo's caption over the lead in capitals as in running text — no title. A headline in
// capitals whose subject is a body stays the title.
TEST(PlanPatterns106, ARankedSpeakersCaptionInCapitalsIsNoTitle) {
  expect_field("/title", {
      {"the army, speaking", "ĐẠI TÁ NGUYỄN VĂN HÙNG, CHỈ HUY TRƯỞNG BỘ CHỈ HUY QUÂN SỰ TỈNH PHÁT BIỂU TẠI HỘI NGHỊ\n\nNgày "
       "20/12/2023, Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị tổng kết phong trào thi đua Quyết thắng năm "
       "2023.", ""},
      {"border guards, handing over", "THƯỢNG TÁ LÊ VĂN MINH, PHÓ CHỈ HUY TRƯỞNG BỘ ĐỘI BIÊN PHÒNG TỈNH TRAO GIẤY KHEN CHO CÁC TẬP "
       "THỂ\n\nSáng 5/1/2024, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội nghị tổng kết công tác thi đua "
       "năm 2023.", ""},
      {"traffic police, congratulating", "TRUNG TÁ PHẠM THỊ HÀ, PHÓ TRƯỞNG PHÒNG CẢNH SÁT GIAO THÔNG CHÚC MỪNG CÁC ĐƠN VỊ\n\nNgày 9/3/2024, "
       "Phòng Cảnh sát giao thông Công an tỉnh tổ chức lễ phát động phong trào thi đua năm 2024.", ""},
      {"fire police, speaking at a muster", "ĐẠI ÚY TRẦN QUỐC BẢO, ĐỘI TRƯỞNG ĐỘI CẢNH SÁT PHÒNG CHÁY PHÁT BIỂU TẠI LỄ RA QUÂN\n\nSáng 2/6/2024, "
       "Công an huyện tổ chức lễ ra quân đợt cao điểm phòng cháy, chữa cháy mùa khô.", ""},
      {"guard: a body's headline in capitals", "CÔNG AN TỈNH PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM 2024\n\nNgày 9/3/2024, Công an tỉnh tổ chức lễ phát "
       "động phong trào thi đua năm 2024.", "CÔNG AN TỈNH PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM 2024"},
  });
}

}  // namespace
}  // namespace thidua::text::plan
