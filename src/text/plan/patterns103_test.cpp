// Session 28 (issue 14, s28-orgs): who organises, the event's date and the title of the former eval10 texts
// (written blind, never tuned on) — read as SHAPES of administrative Vietnamese, not as their wordings. Every
// sentence below was written for these tests in sectors other than the text it came from (farmers, youth,
// trade unions, health, customs, justice, women, schools, the police), labelled by the Conventions
// (tests/fixtures/plans/README.md) before the run; each positive fails with main f8e5b66's binary, each
// negative guards the rule's limit.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_field;
using test::expect_organizers;
using test::expect_positions;
using test::OrganizerCase;
using test::parse;

// "Lễ ra quân … được Công an TP.HCM tổ chức sáng 15/12" (hcm-2023-police-tet-peak-launch): the passive's agent
// between "được"/"do" and its verb, its name holding an abbreviation's dot ("TP.HCM", "TP. Đà Nẵng"); the dot
// does not end the clause. A real stop still does.
TEST(PlanPatterns103, APassiveAgentsNameKeepsItsAbbreviationsDot) {
  const OrganizerCase cases[] = {
      {"police-tphcm", "Lễ ra quân cao điểm tấn công trấn áp tội phạm được Công an TP.HCM tổ chức sáng 15/12/2023.",
       {"Công an thành phố Hồ Chí Minh"}},
      {"farmers-do", "Hội nghị tổng kết phong trào thi đua năm 2023 do Hội Nông dân TP. Cần Thơ tổ chức sáng 10/1/2024.",
       {"Hội Nông dân TP. Cần Thơ"}},
      {"police-danang", "Lễ phát động phong trào thi đua cao điểm được Công an TP. Đà Nẵng tổ chức sáng 15/12/2023.",
       {"Công an TP. Đà Nẵng"}},
      {"guard-labour-tphcm-read-already",
       "Hội thi tìm hiểu pháp luật được Liên đoàn Lao động TP.HCM tổ chức ngày 20/4/2024 tại Nhà văn hóa lao động.",
       {"Liên đoàn Lao động thành phố Hồ Chí Minh"}},
      {"neg-a-stop-ends-the-clause",
       "Kế hoạch được UBND TP. Quy Nhơn ban hành. Ngày 5/3/2024, Sở Y tế tỉnh Bình Định tổ chức lễ phát động thi đua.",
       {"Sở Y tế tỉnh Bình Định"}},
      {"neg-no-agent", "Hội nghị tổng kết phong trào thi đua được tổ chức sáng 15/12/2023 tại TP. Huế.", {}},
  };
  expect_organizers(cases);
}

// "Kế hoạch thực hiện Phong trào thi đua … (21/09/2011)" over "Ngày 20/9, Thủ tướng Chính phủ ban hành …"
// (national-2011-new-rural-emulation-plan): a page with no dateline of its own that writes its day in brackets
// at the end of the headline dates the text (the lead's day takes its year) and the stamp leaves the title. Not
// the day of an occasion the headline names ("Ngày thành lập Đảng (3/2/1930)", "ngày truyền thống … (19/8/1945)").
TEST(PlanPatterns103, ADayInBracketsClosingTheHeadlineDatesTheText) {
  expect_field("/event/date",
               {{"health", "Sở Y tế phát động thi đua chào mừng Đại hội Đảng (05/03/2020)\n\nNgày 4/3, Sở Y tế tỉnh Nam Định tổ "
                           "chức lễ phát động phong trào thi đua đến năm 2025.",
                 "2020-03-04"},
                {"farmers-dots", "Hội Nông dân tỉnh phát động thi đua hoàn thành chỉ tiêu (12.10.2019)\n\nSáng 11/10, Hội Nông "
                                 "dân tỉnh Hà Tĩnh tổ chức lễ phát động thi đua giai đoạn 2020-2025.",
                 "2019-10-11"},
                {"customs", "Cục Hải quan tỉnh ký kết giao ước thi đua khối (14/02/2022)\n\nSáng 13/2, Cục Hải quan tỉnh Lạng "
                            "Sơn tổ chức ký kết giao ước thi đua, phấn đấu đến năm 2025 hoàn thành chỉ tiêu.",
                 "2022-02-13"},
                {"neg-an-occasions-day", "Thi đua lập thành tích chào mừng kỷ niệm Ngày thành lập Đảng (3/2/1930)\n\nSáng 2/2, "
                                         "Công an tỉnh Bắc Ninh tổ chức lễ phát động thi đua đến năm 2025.",
                 "2025-02-02"}});
  expect_field("/title",
               {{"customs", "Cục Hải quan tỉnh ký kết giao ước thi đua khối (14/02/2022)\n\nSáng 13/2, Cục Hải quan tỉnh Lạng "
                            "Sơn tổ chức ký kết giao ước thi đua, phấn đấu đến năm 2025 hoàn thành chỉ tiêu.",
                 "Cục Hải quan tỉnh ký kết giao ước thi đua khối"},
                {"health", "Sở Y tế phát động thi đua chào mừng Đại hội Đảng (05/03/2020)\n\nNgày 4/3, Sở Y tế tỉnh Nam Định tổ "
                           "chức lễ phát động phong trào thi đua đến năm 2025.",
                 "Sở Y tế phát động thi đua chào mừng Đại hội Đảng"},
                {"neg-a-tradition-day", "Phát động thi đua chào mừng ngày truyền thống lực lượng Công an nhân dân (19/8/1945)\n\n"
                                        "Ngày 10/8/2024, Công an huyện Thọ Xuân tổ chức lễ phát động.",
                 "Phát động thi đua chào mừng ngày truyền thống lực lượng Công an nhân dân (19/8/1945)"}});
}

// "Ban Thi đua Khen thưởng Trung ương tổ chức hội nghị" (nghe-an-2023-new-rural-movement-central-conference),
// "Chủ tịch Hội đồng thi đua khen thưởng Trung ương" (mps-2010-seventh-emulation-congress-opening): the national
// emulation board and council written with a comma or nothing between their two words are the same national
// bodies as with the dash; "Trung ương" is their name's. A province's board keeps its place.
TEST(PlanPatterns103, TheNationalEmulationBoardWithoutItsDash) {
  const OrganizerCase cases[] = {
      {"board", "Sáng 5/3/2023, Ban Thi đua Khen thưởng Trung ương tổ chức hội nghị đánh giá phong trào thi đua “Cả nước chung "
                "tay vì người nghèo”.",
       {"Ban Thi đua Khen thưởng Trung ương"}},
      {"council", "Ngày 10/6/2024, Hội đồng Thi đua Khen thưởng Trung ương tổ chức hội nghị sơ kết phong trào thi đua “Vì người "
                  "nghèo”.",
       {"Hội đồng Thi đua Khen thưởng Trung ương"}},
      {"board-comma", "Ngày 10/6/2024, Ban Thi đua, Khen thưởng Trung ương tổ chức hội nghị tập huấn nghiệp vụ thi đua.",
       {"Ban Thi đua, Khen thưởng Trung ương"}},
      {"neg-a-provinces-board", "Sáng 5/3/2023, Ban Thi đua Khen thưởng tỉnh Nghệ An tổ chức hội nghị tập huấn nghiệp vụ.",
       {"Ban Thi đua Khen thưởng tỉnh Nghệ An"}},
  };
  expect_organizers(cases);
  expect_positions(parse("Ngày 10/6/2024, Bộ Nội vụ tổ chức hội nghị tổng kết phong trào thi đua. Dự hội nghị có đồng chí Trần "
                         "Văn Bình, Phó Thủ tướng Chính phủ, Phó Chủ tịch Hội đồng thi đua khen thưởng Trung ương."),
                   {{"Trần Văn Bình", "Phó Thủ tướng Chính phủ, Phó Chủ tịch Hội đồng thi đua khen thưởng Trung ương"}});
}

// "Với sự tham gia của 12 tỉnh trên địa bàn cả nước, hôm nay, tại TP Vinh, Ban … tổ chức hội nghị"
// (nghe-an-2023-new-rural-movement-central-conference): those taking part, opening the sentence, end where a
// circumstance of the day or the place starts after a comma; the unit after it is the subject. Those taking part
// named after the event, with no subject, still organise nothing.
TEST(PlanPatterns103, ACircumstanceClosesThoseTakingPart) {
  const OrganizerCase cases[] = {
      {"justice-day-place", "Với sự tham gia của 12 tỉnh, sáng 5/3/2023, tại TP Vinh, Sở Nội vụ tỉnh Nghệ An tổ chức hội nghị "
                            "đánh giá phong trào thi đua.",
       {"Sở Nội vụ tỉnh Nghệ An"}},
      {"youth", "Với sự tham gia của hơn 300 đoàn viên, tối 26/3/2024, Huyện đoàn Quỳ Hợp tổ chức lễ ra quân Tháng Thanh niên.",
       {"Huyện đoàn Quỳ Hợp"}},
      {"police-communes", "Với sự tham gia của Công an các xã, thị trấn, sáng 10/6/2024, Công an huyện Đông Anh tổ chức hội nghị "
                          "sơ kết phong trào toàn dân bảo vệ an ninh Tổ quốc.",
       {"Công an huyện Đông Anh"}},
      {"labour-today", "Với sự tham gia của đại diện 40 công đoàn cơ sở, hôm nay, Liên đoàn Lao động tỉnh Quảng Trị tổ chức hội "
                       "nghị tổng kết phong trào thi đua lao động giỏi.",
       {"Liên đoàn Lao động tỉnh Quảng Trị"}},
      {"neg-participants-only", "Hội nghị tổng kết diễn ra với sự tham gia của Công an các xã Tân An, Tân Bình, sáng 10/6/2024.",
       {}},
  };
  expect_organizers(cases);
}

// "KẾ HOẠCH PHÁT ĐỘNG 20 THÁNG CAO ĐIỂM THI ĐUA …" as a page's first line (the metamorphic change caps-head of
// vinh-linh-2023-…, lang-son-2024-…, national-2011-…): a document's type opening a headline in capitals, its
// subject on the same line, no header above and no document's type line below, is the page's headline, read as
// in running case — the body's issuer organises, its phases' "tổng kết" is no event. A document with its header
// keeps its issuer.
TEST(PlanPatterns103, ACapitalsHeadlineOpeningWithADocumentsTypeIsAHeadline) {
  const std::string phases =
      "\n\nGiai đoạn 1: Phát động, triển khai đợt thi đua từ tháng 1/2025 - 6/2025; Giai đoạn 2: sơ kết, tổng kết đợt thi đua "
      "từ tháng 7/2025 - 12/2025.";
  const std::string district =
      "KẾ HOẠCH PHÁT ĐỘNG 12 THÁNG CAO ĐIỂM THI ĐUA CHÀO MỪNG ĐẠI HỘI ĐẢNG BỘ HUYỆN\n\nNgày 6/1/2025, UBND huyện Yên Thành đã "
      "ban hành Kế hoạch phát động 12 tháng cao điểm thi đua chào mừng Đại hội Đảng bộ huyện." + phases;
  const std::string justice =
      "KẾ HOẠCH TỔ CHỨC ĐẠI HỘI THI ĐUA YÊU NƯỚC NGÀNH TƯ PHÁP LẦN THỨ V NĂM 2025\n\nNgày 3/3/2025, Sở Tư pháp tỉnh Quảng Ngãi "
      "ban hành Kế hoạch tổ chức Đại hội thi đua yêu nước ngành Tư pháp lần thứ V.\n\nĐại hội tổng kết phong trào thi đua giai "
      "đoạn 2020-2025, khen thưởng các tập thể tiêu biểu.";
  const std::string women =
      "KẾ HOẠCH THỰC HIỆN PHONG TRÀO THI ĐUA “PHỤ NỮ TÍCH CỰC HỌC TẬP, LAO ĐỘNG SÁNG TẠO”\n\nNgày 12/2/2024, Hội Liên hiệp Phụ "
      "nữ huyện Krông Pắc đã ban hành kế hoạch thực hiện phong trào thi đua năm 2024.\n\nCuối năm, Hội tổ chức sơ kết, tổng kết "
      "phong trào và khen thưởng.";
  const std::string formal =
      "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP\n\nKẾ HOẠCH\nPhát động phong trào thi đua năm 2024\n\nThực hiện Kế hoạch của UBND huyện, UBND "
      "xã ban hành kế hoạch như sau.";
  const OrganizerCase cases[] = {
      {"district", district.c_str(), {"UBND huyện Yên Thành"}},
      {"justice", justice.c_str(), {"Sở Tư pháp tỉnh Quảng Ngãi"}},
      {"women", women.c_str(), {"Hội Liên hiệp Phụ nữ huyện Krông Pắc"}},
      {"neg-a-document-with-its-header", formal.c_str(), {"Ủy ban nhân dân xã Tân Lập"}},
  };
  expect_organizers(cases);
  expect_field("/event/kind", {{"district-no-review", district.c_str(), ""}});
}

// "CÔNG ĐOÀN NGÀNH GIÁO DỤC HÀ NỘI PHÁT ĐỘNG …", "BAN HÀNH KẾ HOẠCH PHÒNG, CHỐNG TỘI PHẠM …" (the caps-head change
// of ha-noi-2019-education-union-three-phases-plan, khanh-hoa-2021-crime-prevention-plan): in a line of capitals no
// case tells a body's name from its clause; a verb after the name ends it as lower case would, and "BAN HÀNH" is
// the verb of issuing, not a board. A body the lexicon reads whole keeps its reading.
TEST(PlanPatterns103, ACapitalsHeadlinesVerbEndsTheBodysName) {
  const OrganizerCase cases[] = {
      {"union-launches", "CÔNG ĐOÀN NGÀNH Y TẾ HÀ NỘI PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM 2024\n\nPhong trào hướng tới chào mừng kỷ "
                         "niệm ngày Thầy thuốc Việt Nam.",
       {"Công Đoàn Ngành Y Tế Hà Nội"}},
      {"issuing-province", "BAN HÀNH KẾ HOẠCH PHÒNG, CHỐNG TỘI PHẠM NĂM 2024\n\nNgày 5/1/2024, UBND tỉnh Bình Định ban hành kế "
                           "hoạch phòng, chống tội phạm năm 2024.",
       {"UBND tỉnh Bình Định"}},
      {"issuing-education", "BAN HÀNH KẾ HOẠCH THI ĐUA NĂM HỌC 2024-2025\n\nNgày 10/9/2024, Sở Giáo dục và Đào tạo tỉnh Gia Lai "
                            "ban hành kế hoạch thi đua năm học 2024-2025.",
       {"Sở Giáo dục và Đào tạo tỉnh Gia Lai"}},
      {"neg-front-reviews", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM HUYỆN HOÀI ĐỨC TỔNG KẾT PHONG TRÀO THI ĐUA NĂM 2023\n\nHội nghị "
                            "diễn ra trong không khí phấn khởi.",
       {"Ủy ban Mặt trận Tổ quốc Việt Nam huyện Hoài Đức"}},
      {"neg-military-board", "BAN CHỈ HUY QUÂN SỰ HUYỆN ĐỨC THỌ PHÁT ĐỘNG THI ĐUA QUYẾT THẮNG\n\nPhong trào kéo dài đến hết năm "
                             "2024.",
       {"Ban Chỉ huy Quân sự huyện Đức Thọ"}},
  };
  expect_organizers(cases);
}

// "Khối thi đua 5 – Quận 1 tổ chức Hội nghị tổng kết" (hcm-2023-district1-enterprises-khoi5-review): a group's number
// written without "số", then a spaced dash and the place or body it belongs to, closes the group's name, as
// "Cụm thi đua số 2 – huyện A" does; the group holds its event (the Conventions: the group as organiser is its
// name). A dash glued to the number ("3-5") is a span, no name.
TEST(PlanPatterns103, AGroupsBareNumberBeforeADashAndItsParent) {
  const OrganizerCase cases[] = {
      {"block-district", "Ngày 20/12/2023, Khối thi đua 3 – Quận 5 tổ chức hội nghị tổng kết hoạt động Khối.", {"Khối thi đua 3"}},
      {"cluster-district", "Ngày 20/12/2023, Cụm thi đua 2 – Huyện Gia Lâm tổ chức hội nghị tổng kết.", {"Cụm thi đua 2"}},
      {"cluster-farmers", "Ngày 20/12/2023, Cụm thi đua 4 - Hội Nông dân tỉnh tổ chức hội nghị tổng kết.", {"Cụm thi đua 4"}},
      {"block-finance", "Sáng 15/1/2024, Khối thi đua 7 - Sở Tài chính tổ chức hội nghị ký kết giao ước thi đua.",
       {"Khối thi đua 7"}},
      {"neg-a-span", "Ngày 20/12/2023, Cụm thi đua 3-5 tổ chức hội nghị.", {}},
  };
  expect_organizers(cases);
}

}  // namespace
}  // namespace thidua::text::plan
