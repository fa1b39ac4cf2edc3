// The fifty-third round (issue 14, session 21, s21-dates): the dates of a text audited without
// labels — a cited document's day is not the event's ("Chỉ thị số 03/CT-BCA, ngày 10-4-2009",
// "Nghị quyết số 26-NQ/TW … ngày 5-8-2008"); a review of "N năm thực hiện" a document is held N
// years after it; a period ending after the anniversary the text celebrates is still to come; the
// direction set "phương hướng … giai đoạn 2024-2029" is not the movement's span; "5 năm 2011-2015"
// and "5 năm qua (2019-2024)" are periods; "năm 2016 - 2017" closes in its second year; "Ngày 19/02/
// 2024" and "tối 22 - 11" are days.
// Sentences written for the test, none copied from a text.
#include <gtest/gtest.h>

#include <string>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_field;

// The movement's span a text gives ("" for null at either end).
void expect_span(const char* what, const char* text, const char* start, const char* end) {
  expect_field("/movement/start", {{what, text, start}});
  expect_field("/movement/end", {{what, text, end}});
}

TEST(PlanPatterns53, ACitedDocumentsDayIsNotTheEvents) {
  expect_field("/event/date",
               {{"\"Nghị quyết số 12-NQ/TW … (khóa XI) ngày 3-2-2011\": a document named at length, then its day",
                 "Nhằm góp phần tổng kết việc thực hiện Nghị quyết số 12-NQ/TW Hội nghị lần thứ tư của Ban "
                 "Chấp hành Trung ương (khóa XI) ngày 3-2-2011 về phát triển nông thôn, Hội Nông dân tỉnh A tiếp "
                 "tục tổ chức cuộc thi viết về phong trào thi đua nông dân sản xuất giỏi năm 2015.",
                 ""},
                {"\"Kế hoạch số 15/KH-UBND ngày 2/3/2023\" and the day of the meeting: the meeting's day kept",
                 "Thực hiện Kế hoạch số 15/KH-UBND ngày 2/3/2023 của UBND tỉnh, sáng ngày 20/3/2023, Công an "
                 "tỉnh A tổ chức Lễ phát động phong trào thi đua vì an ninh Tổ quốc.",
                 "2023-03-20"},
                {"\"Kế hoạch số 15/KH-UBND của UBND tỉnh …, ngày 20/3/2023, A tổ chức\": the day after the comma kept",
                 "Thực hiện Kế hoạch số 15/KH-UBND của UBND tỉnh về phong trào thi đua vì an ninh Tổ quốc, ngày "
                 "20/3/2023, Công an tỉnh A tổ chức Lễ phát động phong trào.",
                 "2023-03-20"}});
}

TEST(PlanPatterns53, AReviewOfTheYearsADocumentHasRunIsHeldThatManyYearsAfterIt) {
  expect_field("/event/date",
               {{"\"tổng kết 10 năm thực hiện Chỉ thị số 05/CT-BCA, ngày 12-3-2012\"",
                 "Ngày 14-5, tại Hà Nội, Bộ Công an tổ chức Hội nghị tổng kết 10 năm thực hiện Chỉ thị số "
                 "05/CT-BCA, ngày 12-3-2012 của Bộ Công an về xây dựng phong trào thi đua trong Công an xã.",
                 "2022-05-14"},
                {"\"sơ kết 3 năm … thực hiện Kết luận số 07-KL/TW, ngày 20/6/2020\"",
                 "Sáng 9/6, Tổng Liên đoàn tổ chức Hội nghị sơ kết 3 năm và biểu dương điển hình tiên tiến thực "
                 "hiện tốt Kết luận số 07-KL/TW, ngày 20/6/2020 của Ban Bí thư về phong trào thi đua lao động giỏi.",
                 "2023-06-09"}});
}

TEST(PlanPatterns53, APeriodEndingAfterTheAnniversaryCelebratedGivesNoYear) {
  expect_field("/event/date",
               {{"\"Đại hội thi đua … giai đoạn 2023 - 2028; kỷ niệm 30 năm … (5/11/1993 - 5/11/2023)\"",
                 "Sáng 3/11, tại Hà Nội, Hội Khuyến học Việt Nam tổ chức Đại hội thi đua yêu nước lần thứ IV, "
                 "giai đoạn 2023 - 2028; kỷ niệm 30 năm Ngày thành lập Hội (5/11/1993 - 5/11/2023).",
                 "2023-11-03"}});
}

TEST(PlanPatterns53, TheDirectionSetForAComingPeriodIsNotTheMovements) {
  expect_span("\"phương hướng … giai đoạn 2025-2030\"",
              "Ngày 20/11/2024, Hội Nông dân tỉnh A tổ chức Đại hội thi đua yêu nước lần thứ V. Đại hội sẽ đề ra "
              "phương hướng, nhiệm vụ công tác thi đua, khen thưởng trong giai đoạn 2025-2030.",
              "", "");
}

TEST(PlanPatterns53, ACountOfYearsSpansItsPeriod) {
  expect_span("\"khen thưởng 5 năm 2011-2015\"",
              "Sáng 25/8/2015, UBND tỉnh A tổ chức Đại hội thi đua yêu nước lần thứ IV nhằm tổng kết phong trào "
              "thi đua yêu nước, công tác khen thưởng 5 năm 2011-2015.",
              "2011-01-01", "2015-12-31");
  expect_field("/movement/start",
               {{"\"kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025\": a plan's years, not a period",
                 "Ngày 5/2/2023, Sở Tài chính tỉnh A phát động phong trào thi đua năm 2023, góp phần thực hiện "
                 "kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025 của tỉnh.",
                 ""}});
}

TEST(PlanPatterns53, TheYearsGoneBracketedAfterACountAreAPeriod) {
  expect_span("\"phong trào thi đua … trong 5 năm qua (2018-2023)\"",
              "Ngày 10/10/2023, Hội Nông dân tỉnh A tổ chức Đại hội thi đua yêu nước lần thứ III nhằm tổng kết "
              "phong trào thi đua nông dân sản xuất giỏi trong 5 năm qua (2018-2023).",
              "2018-01-01", "2023-12-31");
  expect_span("\"kỷ niệm 35 năm Ngày thành lập (1988-2023)\": an anniversary, no span",
              "Ngày 10/10/2023, Hội Nông dân tỉnh A tổ chức lễ kỷ niệm 35 năm Ngày thành lập Hội (1988-2023) và "
              "phát động phong trào thi đua nông dân sản xuất giỏi.",
              "", "");
}

TEST(PlanPatterns53, ATwoYearSpanInTheDaysSentenceClosesInItsSecondYear) {
  expect_field("/event/date",
               {{"\"tuyên dương … năm 2018 - 2019\" on \"Ngày 20/6\"",
                 "Ngày 20/6, Liên đoàn Lao động tỉnh A tổ chức hội nghị tuyên dương 120 cá nhân tiêu biểu trong "
                 "phong trào thi đua “Lao động giỏi” năm 2018 - 2019.",
                 "2019-06-20"},
                {"\"… năm 2018 - 2019\" on \"Ngày 25/9\": the first year",
                 "Ngày 25/9, Liên đoàn Lao động tỉnh A tổ chức hội nghị tuyên dương 120 cá nhân tiêu biểu trong "
                 "phong trào thi đua “Lao động giỏi” năm 2018 - 2019.",
                 "2018-09-25"}});
}

TEST(PlanPatterns53, AYearBeforeTheLaunchedPeriodInTheDaysSentenceIsTheDays) {
  expect_field("/event/date",
               {{"\"Đại hội … lần thứ III năm 2020\" launching \"giai đoạn 2021-2025\"",
                 "Sáng 18/12, tại Trung tâm Hội nghị tỉnh, Đại hội Thi đua yêu nước tỉnh A lần thứ III năm 2020 "
                 "đã khai mạc.\nĐại hội nhằm tổng kết phong trào thi đua giai đoạn 2016-2020 và phát động phong "
                 "trào thi đua yêu nước giai đoạn 2021-2025.",
                 "2020-12-18"}});
}

TEST(PlanPatterns53, AYearSpacedFromItsSlashAfterADayCueIsTheDates) {
  expect_field("/event/date",
               {{"\"Ngày 19/02/ 2024\"",
                 "Ngày 19/02/ 2024, Ủy ban nhân dân huyện A ban hành Kế hoạch phát động phong trào thi đua yêu "
                 "nước năm 2024.",
                 "2024-02-19"},
                {"\"tối 22 - 11\": a day and month spaced apart after a part of the day",
                 "Tối 18 - 11, tại Nhà văn hóa huyện A, Huyện đoàn A tổ chức lễ tuyên dương 30 giáo viên trẻ tiêu "
                 "biểu trong phong trào thi đua năm 2023.",
                 "2023-11-18"}});
}

}  // namespace
}  // namespace thidua::text::plan
