// The forty-seventh round (issue 14, session 20, s20-counts): counts, from a focused set of short
// passages (tests/fixtures/plans/focus/counts) — people commended named by who they are, an
// adjective of praise or a year closing what is counted, a commendation further on in the clause,
// contestants, figures given as near or about, the longer history of awards a sentence recalls, and
// a commendation news text without the word "thi đua". Sentences written for the test, none copied
// from a text.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_counts;

TEST(PlanPatterns47, PeopleCommendedByWhoTheyAreAreCounted) {
  expect_counts({{"young people commended by a provincial union",
                  "Tỉnh đoàn Quảng Trị tổng kết công tác Đoàn\n\n"
                  "Sáng 26/3/2024, Tỉnh đoàn Quảng Trị tổ chức hội nghị tổng kết công tác Đoàn năm 2023. Dịp này, "
                  "Ban Thường vụ Tỉnh đoàn đã tuyên dương 27 thanh thiếu nhi có thành tích trong học tập và lao động.",
                  {{27, "thanh thiếu nhi"}}},
                 {"the heads of a body's branches, up to the praise",
                  "Hội nghị biểu dương cán bộ Hội Nông dân\n\n"
                  "Ngày 12/10/2024, Trung ương Hội Nông dân Việt Nam biểu dương 64 Chủ tịch Hội Nông dân cấp xã tiêu biểu "
                  "trong phong trào thi đua năm 2024.",
                  {{64, "Chủ tịch Hội Nông dân cấp xã"}}},
                 {"young faces honoured at a ceremony",
                  "Công an tỉnh tổ chức lễ tuyên dương\n\n"
                  "Sáng 20/3/2024, Công an tỉnh Nam Định tổ chức lễ tuyên dương 12 gương mặt trẻ tiêu biểu của lực lượng.",
                  {{12, "gương mặt trẻ"}}}});
}

TEST(PlanPatterns47, PeopleNamedByWhoTheyAreAreNotCountedWithoutACommendation) {
  expect_counts({{"pupils given gifts",
                  "Huyện đoàn tổng kết phong trào thi đua năm 2023\n\n"
                  "Ngày 10/1/2024, Huyện đoàn Cam Lộ tổ chức hội nghị tổng kết phong trào thi đua năm 2023. Dịp này, Huyện "
                  "đoàn trao quà cho 45 học sinh có hoàn cảnh khó khăn.",
                  {}},
                 {"young people who turn out",
                  "Huyện đoàn ra quân chiến dịch tình nguyện hè\n\n"
                  "Sáng 2/6/2024, Huyện đoàn Cam Lộ tổ chức lễ ra quân chiến dịch thanh niên tình nguyện hè, với 300 thanh "
                  "niên ra quân dọn vệ sinh môi trường.",
                  {}}});
}

TEST(PlanPatterns47, AnAdjectiveOfPraiseEndsWhatIsCounted) {
  expect_counts({{"cadres praised as outstanding",
                  "Huyện ủy tổng kết phong trào thi đua\n\n"
                  "Ngày 5/1/2024, UBND huyện Gio Linh tổ chức hội nghị tổng kết phong trào thi đua năm 2023 và khen thưởng "
                  "18 cán bộ Hội xuất sắc.",
                  {{18, "cán bộ Hội"}}},
                 {"members praised as distinguished",
                  "Liên đoàn Lao động tỉnh tổng kết thi đua\n\n"
                  "Ngày 8/1/2024, Liên đoàn Lao động tỉnh Quảng Trị khen thưởng 40 đoàn viên công đoàn ưu tú trong phong "
                  "trào thi đua năm 2023.",
                  {{40, "đoàn viên công đoàn"}}}});
}

TEST(PlanPatterns47, ACommendationFurtherOnInTheClauseStillGives) {
  expect_counts({{"the cadres come first, the commendation at the end of the clause",
                  "Tỉnh đoàn kỷ niệm ngày thành lập Đoàn\n\n"
                  "Chiều 25/3/2024, Tỉnh đoàn Quảng Trị tổ chức lễ kỷ niệm 93 năm ngày thành lập Đoàn và phát động thi đua. "
                  "Nhân dịp này, 15 cán bộ đoàn có nhiều đóng góp cho công tác thanh niên cũng được tuyên dương.",
                  {{15, "cán bộ đoàn"}}}});
}

TEST(PlanPatterns47, AYearAfterWhatIsCountedDatesIt) {
  expect_counts({{"models registered for a year",
                  "Cụm thi đua số 4 ký giao ước\n\n"
                  "Ngày 3/3/2024, các đơn vị trong Cụm thi đua số 4 ký giao ước thi đua và đăng ký 9 mô hình thi đua năm "
                  "2024.",
                  {{9, "mô hình thi đua"}}}});
}

TEST(PlanPatterns47, ContestantsAreNotCounted) {
  expect_counts({{"teams taking part in a contest",
                  "Khai mạc Hội thi Công an xã giỏi\n\n"
                  "Ngày 14/9/2024, tại thành phố Đông Hà, 28 đội đến từ các huyện, thị xã đã tham gia Hội thi Công an xã "
                  "giỏi do Công an tỉnh tổ chức, hưởng ứng phong trào thi đua Vì an ninh Tổ quốc.",
                  {}},
                 {"competitors who compete",
                  "Hội thao Công an tỉnh năm 2024\n\n"
                  "Ngày 10/5/2024, Công an tỉnh khai mạc Hội thao năm 2024 chào mừng phong trào thi đua Vì an ninh Tổ quốc, "
                  "với 16 đội thi đấu ở 5 môn.",
                  {}},
                 {"teams set up stay counted",
                  "Xã ra mắt đội xung kích\n\n"
                  "Ngày 4/6/2024, UBND xã Triệu Ái tổ chức ra mắt 3 đội xung kích phòng cháy, chữa cháy, hưởng ứng phong "
                  "trào toàn dân bảo vệ an ninh Tổ quốc.",
                  {{3, "đội xung kích phòng cháy, chữa cháy"}}}});
}

TEST(PlanPatterns47, AwardsGivenAsNearOrAboutAreNotCounted) {
  expect_counts({{"about forty gifts a year",
                  "Hội Phụ nữ xã tổng kết phong trào thi đua\n\n"
                  "Ngày 6/1/2024, Hội Phụ nữ xã Hải Thượng tổng kết phong trào thi đua năm 2023. Hằng năm, chi hội trao tặng "
                  "khoảng 40 suất quà cho trẻ em nghèo.",
                  {}},
                 {"nearly two hundred medals",
                  "Ngày hội toàn dân bảo vệ an ninh Tổ quốc\n\n"
                  "Năm 2024, toàn tỉnh tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc ở 120 xã; gần 200 Kỷ niệm chương đã "
                  "được trao tặng cho các tập thể, cá nhân.",
                  {}},
                 {"a floor of awards given stays counted",
                  "Khối thi đua tổng kết năm 2023\n\n"
                  "Ngày 12/1/2024, Khối thi đua các huyện tổng kết phong trào thi đua năm 2023; toàn Khối đã khen thưởng "
                  "hơn 300 tập thể.",
                  {{300, "tập thể"}}}});
}

TEST(PlanPatterns47, TheLongerHistoryOfAwardsASentenceRecallsIsNotCounted) {
  expect_counts({{"a history from an earlier year than the period honoured",
                  "Thành phố biểu dương điển hình tiên tiến\n\n"
                  "Sáng 9-6, UBND thành phố Đông Hà tổ chức hội nghị biểu dương điển hình tiên tiến. Giai đoạn 2012 - 2020, "
                  "thành phố có 12 tập thể được tặng Huân chương Lao động; 30 tập thể, 41 cá nhân được nhận bằng khen của "
                  "Thủ tướng Chính phủ. UBND thành phố đã khen thưởng 25 tập thể, 60 cá nhân điển hình tiên tiến giai đoạn "
                  "2018 - 2020.",
                  {{25, "tập thể"}, {60, "cá nhân điển hình tiên tiến"}}},
                 {"the totals of the period honoured stay counted",
                  "Thành phố biểu dương điển hình tiên tiến\n\n"
                  "Sáng 9-6, UBND thành phố Đông Hà tổ chức hội nghị biểu dương điển hình tiên tiến giai đoạn 2018 - 2020. "
                  "Giai đoạn 2018 - 2020, thành phố có 30 tập thể, 41 cá nhân được nhận bằng khen của Thủ tướng Chính phủ.",
                  {{30, "tập thể"}, {41, "cá nhân"}}}});
}

TEST(PlanPatterns47, ACommendationNewsTextWithoutTheWordEmulationIsRead) {
  expect_counts({{"a prize for youth cadres",
                  "80 cán bộ Đoàn nhận Giải thưởng Lý Tự Trọng\n\n"
                  "Năm 2024, Ban Bí thư Trung ương Đoàn quyết định trao tặng Giải thưởng Lý Tự Trọng cho 80 cán bộ Đoàn "
                  "tiêu biểu trên cả nước.",
                  {{80, "cán bộ Đoàn"}}},
                 {"a ceremony honouring young citizens",
                  "Lễ tuyên dương công dân trẻ tiêu biểu\n\n"
                  "Tối 3/10/2024, Tỉnh đoàn Quảng Trị tổ chức lễ tuyên dương 10 công dân trẻ tiêu biểu của tỉnh.",
                  {{10, "công dân trẻ"}}}});
}

TEST(PlanPatterns47, AProposalGoesOnAcrossItsListWhenTheVerbRepeats) {
  expect_counts({{"the second item of a proposal after a semicolon",
                  "Cụm thi đua số 2 bình xét thi đua năm 2023\n\n"
                  "Ngày 20/12/2023, Cụm thi đua số 2 họp bình xét thi đua năm 2023 và thống nhất đề nghị Sở Tư pháp tỉnh "
                  "công nhận danh hiệu “Tập thể Lao động xuất sắc” cho 2 đơn vị; công nhận danh hiệu “Tập thể Lao động "
                  "tiên tiến” cho 3 đơn vị.",
                  {}},
                 {"a list of awards granted stays counted",
                  "Hội đồng thi đua huyện họp xét khen thưởng\n\n"
                  "Ngày 15/1/2024, Hội đồng thi đua, khen thưởng huyện họp xét khen thưởng năm 2023 và thống nhất: tặng "
                  "Giấy khen cho 35 tập thể; tặng Giấy khen cho 120 cá nhân.",
                  {{35, "tập thể"}, {120, "cá nhân"}}}});
}

}  // namespace
}  // namespace thidua::text::plan
