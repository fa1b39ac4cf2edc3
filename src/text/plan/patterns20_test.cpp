// The twentieth round of patterns (issue 14, branch s12-plan-d): how launches, pledges and award
// meetings of bodies outside the police (the army, schools, companies, councils) write their
// dates, kinds, movements and contents. Every sentence is written for the test in the pattern of
// real articles (none is copied from them):
//  - event date: a day without its year in a sentence naming a school year ("Ngày 20-5, … tổng
//    kết … năm học 2021-2022") is in that school year: August to December in its first year, any
//    other month in its second;
//  - event kind: a council meeting to consider awards ("hội nghị xét thưởng thành tích tổng kết
//    năm 2023", "họp xét khen thưởng") is a conference, though what it rewards is a year's review;
//  - contents: "Nội dung ký kết giao ước thi đua bao gồm: A; B; …" — what was done with the
//    contents may name them before the colon; a count of contents announced in an earlier sentence
//    ("… ký kết 5 nội dung thi đua.") is the list's, its last item after "và" when one is missing;
//    what the units "phấn đấu:" is a list of targets, not of contents.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using json = nlohmann::json;
using test::ContentCase;
using test::parse;

// ---- event date: the year of a school year --------------------------------------------------

TEST(PlanPatterns20, DayInASchoolYear) {
  test::expect_field("/event/date", {
      {"a day in spring: the school year's second year",
       "Ngày 20-5, Cụm thi đua số 2 các trường tiểu học tổ chức Hội nghị tổng kết công tác thi đua năm học "
       "2021-2022.",
       "2022-05-20"},
      {"a day in autumn: its first year",
       "Sáng 12/9, các trường trong Khối thi đua số 3 tổ chức lễ ký kết giao ước thi đua năm học 2023 - 2024.",
       "2023-09-12"},
  });
}

// ---- event kind: a council meeting on awards --------------------------------------------------

TEST(PlanPatterns20, CouncilMeetingOnAwardsIsAConference) {
  const json r = parse(
      "Ngày 14/12, Hội đồng Thi đua - Khen thưởng tỉnh tổ chức hội nghị xét thưởng thành tích tổng kết năm 2023 "
      "dưới sự chủ trì của Chủ tịch UBND tỉnh.");
  EXPECT_EQ(r["event"]["kind"], "conference");
  EXPECT_EQ(r["event"]["date"], "2023-12-14");
  const json met = parse("Chiều 20/12/2024, Hội đồng Thi đua - Khen thưởng huyện họp xét khen thưởng tổng kết năm 2024.");
  EXPECT_EQ(met["event"]["kind"], "conference");
  // A review stays a review.
  const json review = parse("Ngày 10/1/2024, Khối thi đua các doanh nghiệp tổ chức hội nghị tổng kết năm 2023.");
  EXPECT_EQ(review["event"]["kind"], "review");
}

// ---- contents: a head naming what was done, a count announced before ------------------------------

const ContentCase kContents[] = {
    {"a head naming the signing, the count in the sentence before, the last item after \"và\"",
     "Sáng 3/4/2024, các công ty trong Khối thi đua số 7 ký kết 4 nội dung thi đua. Nội dung ký kết giao ước thi "
     "đua bao gồm: Hoàn thành kế hoạch sản xuất kinh doanh; Chấp hành pháp luật của Nhà nước; chăm lo đời sống "
     "người lao động và Xây dựng tổ chức Đảng, đoàn thể vững mạnh.",
     {"Hoàn thành kế hoạch sản xuất kinh doanh", "Chấp hành pháp luật của Nhà nước", "chăm lo đời sống người lao động",
      "Xây dựng tổ chức Đảng, đoàn thể vững mạnh"}},
    {"the same head with no count: the semicolons alone",
     "Các trường trong cụm ký kết giao ước thi đua năm học 2024 - 2025. Nội dung đăng ký giao ước thi đua bao gồm: "
     "Dạy tốt, học tốt; Xây dựng trường học an toàn; Đổi mới phương pháp giảng dạy.",
     {"Dạy tốt, học tốt", "Xây dựng trường học an toàn", "Đổi mới phương pháp giảng dạy"}},
    {"a list of targets is no contents, however its head is worded",
     "Các đơn vị ký kết giao ước thi đua. Nội dung ký kết gồm các chỉ tiêu cụ thể như: doanh thu tăng 10%; lợi "
     "nhuận tăng 5%.",
     {}},
    {"what the units strive for after the contents are named",
     "Các đơn vị ký kết giao ước thi đua. Theo nội dung giao ước, các đơn vị phấn đấu: không để xảy ra cháy nổ; "
     "giảm 5% tai nạn lao động; 100% người lao động được đóng bảo hiểm.",
     {}},
};

TEST(PlanPatterns20, ContentsHeadedByWhatWasDoneWithThem) { test::expect_contents(kContents); }

}  // namespace
}  // namespace thidua::text::plan
