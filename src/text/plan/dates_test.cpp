#include "text/plan/dates.h"

#include <gtest/gtest.h>

namespace thidua::text::plan {
namespace {

struct Parsed {
  Document doc;
  DateIndex dates;
};
Parsed parse(std::string_view text) {
  Parsed p{analyse(text), {}};
  p.dates = find_dates(p.doc);
  return p;
}
std::string iso(const std::optional<Date>& d) { return d ? d->iso() : "null"; }

TEST(PlanDateGrammar, ReadsTheWaysVietnameseTextsWriteADay) {
  Parsed p = parse("Sáng 18/10, ngày 05 tháng 3 năm 2025, ngày 19-8-2025, 19.8.2025 và 3/2/1930.");
  ASSERT_EQ(p.dates.mentions.size(), 5u);
  EXPECT_EQ(p.dates.mentions[0].day, 18);
  EXPECT_EQ(p.dates.mentions[0].month, 10);
  EXPECT_FALSE(p.dates.mentions[0].has_year());
  EXPECT_EQ(iso(date_as_written(p.dates.mentions[1], false)), "2025-03-05");
  EXPECT_EQ(iso(date_as_written(p.dates.mentions[2], false)), "2025-08-19");
  EXPECT_EQ(iso(date_as_written(p.dates.mentions[3], false)), "2025-08-19");
  EXPECT_EQ(iso(date_as_written(p.dates.mentions[4], false)), "1930-02-03");
}

TEST(PlanDateGrammar, MonthsAndYearsCoverTheirWholePeriod) {
  Parsed p = parse("Từ tháng 3/2025 đến hết năm 2025.");
  ASSERT_EQ(p.dates.mentions.size(), 2u);
  EXPECT_EQ(p.dates.mentions[0].precision, Precision::kMonth);
  EXPECT_EQ(iso(date_as_written(p.dates.mentions[0], false)), "2025-03-01");
  EXPECT_EQ(p.dates.mentions[1].precision, Precision::kYear);
  EXPECT_EQ(iso(date_as_written(p.dates.mentions[1], true)), "2025-12-31");
  ASSERT_EQ(p.dates.ranges.size(), 1u);
}

TEST(PlanDateGrammar, TimesDocumentNumbersAndCountsAreNotDates) {
  Parsed p = parse("Số: 125/KH-CAT lúc 10:31, Nghị quyết số 12/2024/QH15, 80 năm, 1.000 người.");
  EXPECT_TRUE(p.dates.mentions.empty());
}

TEST(PlanDateGrammar, TheDateOfACitedDocumentIsOnlyAReference) {
  Parsed p = parse("Thực hiện Kế hoạch số 46/KH-BCA-X01 ngày 20/01/2025 của Bộ Công an, ngày 10/3/2025 tổ chức lễ.");
  ASSERT_EQ(p.dates.mentions.size(), 2u);
  EXPECT_TRUE(p.dates.mentions[0].reference);
  EXPECT_FALSE(p.dates.mentions[1].reference);
}

TEST(PlanDateRanges, FromNowUntilADateStartsOnTheEventDay) {
  Parsed p = parse("Phong trào bắt đầu từ nay đến ngày 19/8/2025.");
  ASSERT_EQ(p.dates.ranges.size(), 1u);
  EXPECT_TRUE(p.dates.ranges[0].start_now);
  EXPECT_EQ(iso(date_as_written(p.dates.mentions[p.dates.ranges[0].end], true)), "2025-08-19");
}

TEST(PlanDateRanges, FromAndToWithOrWithoutHetAndADashBetweenDates) {
  Parsed p = parse("Từ ngày 19/8/2024 đến hết ngày 19/8/2025; đợt 2: 01/5/2025 - 30/6/2025.");
  ASSERT_EQ(p.dates.ranges.size(), 2u);
  EXPECT_EQ(p.dates.ranges[0].start, 0);
  EXPECT_EQ(p.dates.ranges[0].end, 1);
  EXPECT_EQ(p.dates.ranges[1].start, 2);
  EXPECT_EQ(p.dates.ranges[1].end, 3);
}

TEST(PlanDateRanges, AnAnniversaryInBracketsIsNeitherARangeNorContext) {
  Parsed p = parse("chào mừng 95 năm ngày thành lập Đảng (3/2/1930 - 3/2/2025).");
  ASSERT_EQ(p.dates.mentions.size(), 2u);
  EXPECT_TRUE(p.dates.mentions[0].anniversary);
  EXPECT_TRUE(p.dates.mentions[1].anniversary);
  EXPECT_TRUE(p.dates.ranges.empty());
  EXPECT_EQ(p.dates.nearest_year(0), 0);
}

TEST(PlanYearContext, AStartWithoutYearTakesTheYearOfItsEndAndAnEndRollsPastItsStart) {
  Parsed p = parse("Đợt 1 từ 10/3 đến 30/4/2025. Đợt 2 từ 01/11/2025 đến 31/1.");
  const auto& m = p.dates.mentions;
  const Date april = *date_as_written(m[1], true);
  EXPECT_EQ(iso(date_on_or_before(m[0], april, false)), "2025-03-10");
  const Date november = *date_as_written(m[2], false);
  EXPECT_EQ(iso(date_on_or_after(m[3], november, true)), "2026-01-31");
}

TEST(PlanYearContext, TheNearestWrittenYearIsFoundOnEitherSide) {
  Parsed p = parse("Năm 2023 có nhiều kết quả tốt trên mọi mặt công tác. Ngày 23/8 phát động thi đua đến 19/8/2025.");
  EXPECT_EQ(p.dates.nearest_year(p.dates.mentions[1].first), 2025);
  Parsed q = parse("Ngày 23/8 phát động thi đua. Năm 2024 là năm bản lề của nhiệm kỳ, được đánh giá qua nhiều đợt.");
  EXPECT_EQ(q.dates.nearest_year(q.dates.mentions[0].first), 2024);
}

TEST(PlanDateline, AWeekdayDatelineOrAnAdministrativePlaceAndDateGiveTheTextItsDate) {
  EXPECT_EQ(iso(parse("Tiêu đề\n\nThứ Sáu, 18/10/2024, 10:31\n\nSáng 18/10, …").dates.document_date), "2024-10-18");
  EXPECT_EQ(iso(parse("CÔNG AN TỈNH QUẢNG BÌNH\nQuảng Bình, ngày 05 tháng 3 năm 2025\nKẾ HOẠCH").dates.document_date),
            "2025-03-05");
  EXPECT_EQ(iso(parse("Tiêu đề\nChủ nhật, 9/3/2025 | 08:00").dates.document_date), "2025-03-09");
  EXPECT_EQ(iso(parse("Tiêu đề\nCập nhật: 15/03/2025 10:20").dates.document_date), "2025-03-15");
  // A sentence that happens to hold a date is not a dateline.
  EXPECT_EQ(iso(parse("Tiêu đề\nNgày 19/3/2024 tại Hưng Yên đã diễn ra hội nghị.").dates.document_date), "null");
}

}  // namespace
}  // namespace thidua::text::plan
