#include "text/plan/numbers.h"

#include <gtest/gtest.h>

namespace thidua::text::plan {
namespace {

std::vector<NumberMention> numbers_of(std::string_view text) {
  Document doc = analyse(text);
  DateIndex dates = find_dates(doc);
  return find_numbers(doc, dates).numbers;
}

TEST(PlanNumberGrammar, PercentagesWithLeadingZerosAndDecimalCommas) {
  auto n = numbers_of("kéo giảm 07% số vụ, giảm 2,5% tai nạn và xử lý 100% tin báo");
  ASSERT_EQ(n.size(), 3u);
  EXPECT_EQ(n[0].value, 7);
  EXPECT_TRUE(n[0].percent);
  EXPECT_EQ(n[1].value, 2.5);
  EXPECT_FALSE(n[1].integer);
  EXPECT_EQ(n[2].value, 100);
}

TEST(PlanNumberGrammar, QualifiersSayWhichSideOfTheFigureCounts) {
  auto n = numbers_of("đạt trên 95%, ít nhất 07%, từ 5% trở lên, 75% trở lên, không quá 2%, tối thiểu 10%");
  ASSERT_EQ(n.size(), 6u);
  EXPECT_EQ(n[0].qualifier, Direction::kAbove);
  EXPECT_EQ(n[1].qualifier, Direction::kAtLeast);
  EXPECT_EQ(n[1].start(), n[1].first - 2);  // "ít nhất" is part of the figure's phrase
  EXPECT_EQ(n[2].qualifier, Direction::kAtLeast);
  EXPECT_EQ(n[3].qualifier, Direction::kAtLeast);
  EXPECT_EQ(n[4].qualifier, Direction::kAtMost);
  EXPECT_EQ(n[5].qualifier, Direction::kAtLeast);
}

TEST(PlanNumberGrammar, ThousandsAreGroupedWithDots) {
  auto n = numbers_of("có 1.250 mô hình và 1.000.000 đồng");
  ASSERT_EQ(n.size(), 2u);
  EXPECT_EQ(n[0].value, 1250);
  EXPECT_EQ(n[1].value, 1000000);
}

TEST(PlanNumberGrammar, NumberWordsCountOnlyBeforePhasesOrCountNouns) {
  auto n = numbers_of("chia làm ba đợt, có hai tổ; một số nơi; năm 2025");
  ASSERT_EQ(n.size(), 2u);
  EXPECT_TRUE(n[0].word);
  EXPECT_EQ(n[0].value, 3);
  EXPECT_EQ(n[1].value, 2);
}

TEST(PlanNumberGrammar, DatesAndTimesAreNotCounted) {
  EXPECT_TRUE(numbers_of("Thứ Sáu, 18/10/2024, 10:31").empty());
  auto n = numbers_of("05 Tổ với 19 thành viên, cả 03 tiêu chí");
  ASSERT_EQ(n.size(), 3u);
  EXPECT_EQ(n[2].value, 3);
}

}  // namespace
}  // namespace thidua::text::plan
