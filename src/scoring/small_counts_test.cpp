#include "scoring/small_counts.h"

#include <gtest/gtest.h>

#include "core/error.h"

namespace thidua::scoring {
namespace {

TEST(SmallCounts, TwoToThreeCasesIsNotASignificantIncrease) {
  CountComparison c = compare_counts(2, 3);
  EXPECT_DOUBLE_EQ(c.change_percent, 50);
  EXPECT_NEAR(c.p_value, 1.0, 1e-12);
  EXPECT_FALSE(c.significant);
  EXPECT_EQ(c.message, "Tăng 50,0% (2 → 3): chưa đủ số liệu để kết luận (p = 1,00)");
}

TEST(SmallCounts, TwentyToFortyFiveIs) {
  CountComparison c = compare_counts(20, 45);
  EXPECT_NEAR(c.p_value, 0.0026263768, 1e-8);  // exact binomial test, as R's binom.test(45, 65)
  EXPECT_TRUE(c.significant);
  EXPECT_NE(c.message.find("Tăng 125,0% (20 → 45): thay đổi có ý nghĩa thống kê"), std::string::npos) << c.message;
}

TEST(SmallCounts, ALargePercentOnSmallCountsIsNoiseButTheSamePercentOnLargeCountsIsNot) {
  EXPECT_FALSE(compare_counts(20, 30).significant);  // +50%, p ≈ 0.20
  EXPECT_NEAR(compare_counts(20, 30).p_value, 0.2026387511, 1e-8);
  EXPECT_TRUE(compare_counts(200, 300).significant);  // +50% again, p ≈ 1e-5
  EXPECT_FALSE(compare_counts(0, 5).significant);     // p = 0.0625
  EXPECT_TRUE(compare_counts(0, 6).significant);      // p = 0.03125
  EXPECT_TRUE(compare_counts(30000, 31000).significant);
  EXPECT_FALSE(compare_counts(3000000, 3001000).significant);  // normal approximation range
}

TEST(SmallCounts, PeriodsOfDifferentLengthsCompareRates) {
  // 10 cases in one month against 120 in the twelve months before: the same monthly rate.
  CountComparison c = compare_counts(120, 10, 0.05, 12, 1);
  EXPECT_GT(c.p_value, 0.9);
  EXPECT_FALSE(c.significant);
}

TEST(SmallCounts, BadCountsAreRefused) {
  EXPECT_THROW(compare_counts(-1, 3), Error);
  EXPECT_THROW(compare_counts(1.5, 3), Error);
  EXPECT_THROW(compare_counts(1, 3, 0.05, 0, 1), Error);
}

}  // namespace
}  // namespace thidua::scoring
