#include "scoring/ranking.h"

#include <gtest/gtest.h>

namespace thidua::scoring {
namespace {

RankInput unit(const char* code, double total, double penalty = 0, double first = 0, int full = 0, bool disq = false) {
  RankInput r;
  r.unit = code;
  r.total_centi = to_centi(total);
  r.penalty_centi = to_centi(penalty);
  r.first_section_centi = to_centi(first);
  r.fully_met = full;
  r.disqualified = disq;
  return r;
}

std::vector<std::string> order(const std::vector<RankedUnit>& r) {
  std::vector<std::string> out;
  for (const auto& u : r) out.push_back(u.score.unit);
  return out;
}

TEST(Ranking, HigherTotalFirst) {
  auto r = rank_units({unit("a", 91.5), unit("b", 95.25), unit("c", 80)});
  EXPECT_EQ(order(r), (std::vector<std::string>{"b", "a", "c"}));
  EXPECT_EQ(r[0].rank, 1);
  EXPECT_EQ(r[2].rank, 3);
  EXPECT_EQ(r[1].reason, "tổng điểm thấp hơn");
}

TEST(Ranking, ATieOnTotalIsBrokenByFewerPenaltyPointsThenTheFirstSectionThenCriteriaMetThenCode) {
  auto r = rank_units({unit("e", 90, 0, 18, 10), unit("d", 90, 0, 18, 10), unit("c", 90, 0, 18, 12),
                       unit("b", 90, 0, 20, 9), unit("a", 90, 2.5, 20, 14)});
  EXPECT_EQ(order(r), (std::vector<std::string>{"b", "c", "d", "e", "a"}));
  EXPECT_EQ(r[1].reason, "ngang điểm, điểm mục thứ nhất thấp hơn");
  EXPECT_EQ(r[2].reason, "ngang điểm, ít tiêu chí đạt trọn điểm hơn");
  EXPECT_EQ(r[3].reason, "ngang điểm mọi tiêu chí phụ, xếp theo mã đơn vị");
  EXPECT_EQ(r[4].reason, "ngang điểm, nhiều điểm trừ hơn");
}

TEST(Ranking, AtEqualPointsTheUnitWithFewerMissingMonthsRanksFirstThenTheCode) {
  // An officer's rule: at equal points the unit whose points stand on more months of reports
  // goes first; the code decides only when the data is as complete.
  RankInput full = unit("z", 90, 0, 18, 10), short2 = unit("a", 90, 0, 18, 10), short1 = unit("b", 90, 0, 18, 10),
            also_full = unit("y", 90, 0, 18, 10);
  short2.missing_periods = 2;
  short1.missing_periods = 1;
  auto r = rank_units({short2, full, short1, also_full});
  EXPECT_EQ(order(r), (std::vector<std::string>{"y", "z", "b", "a"}));
  EXPECT_EQ(r[1].reason, "ngang điểm mọi tiêu chí phụ, xếp theo mã đơn vị");
  EXPECT_EQ(r[2].reason, "ngang điểm, thiếu nhiều tháng báo cáo hơn");
  EXPECT_EQ(r[3].reason, "ngang điểm, thiếu nhiều tháng báo cáo hơn");
  // The keys before it still come first: fewer penalty points beat complete data.
  RankInput cleaner = unit("c", 90, 0, 18, 10);
  cleaner.missing_periods = 3;
  RankInput penalised = unit("d", 90, 1, 18, 10);
  EXPECT_TRUE(ranks_before(cleaner, penalised));
}

TEST(Ranking, TotalsAreComparedInHundredthsAsShown) {
  // 90.004 and 89.996 both show as 90: a tie, decided by the code.
  auto r = rank_units({unit("b", 90.004), unit("a", 89.996)});
  EXPECT_EQ(order(r), (std::vector<std::string>{"a", "b"}));
}

TEST(Ranking, ADisqualifiedUnitRanksLastAndIsNeverALeadingUnit) {
  auto r = rank_units({unit("ca-thai-binh", 99, 0, 20, 15, true), unit("ca-hung-yen", 95), unit("ca-ha-nam", 85),
                       unit("ca-nam-dinh", 80), unit("ca-hai-duong", 70)});
  EXPECT_EQ(r.back().score.unit, "ca-thai-binh");
  EXPECT_EQ(r.back().reason, "có điểm liệt");
  auto lead = leading_units(r, 2);
  ASSERT_EQ(lead.size(), 2u);
  EXPECT_EQ(lead[0].score.unit, "ca-hung-yen");
  EXPECT_EQ(lead[1].score.unit, "ca-ha-nam");
  EXPECT_EQ(leading_units(r, 10).size(), 4u);
}

TEST(Ranking, LeadingUnitsCanRequireALevel) {
  RankInput a = unit("a", 95), b = unit("b", 85);
  a.level = 0;
  b.level = 1;
  auto lead = leading_units(rank_units({a, b}), 5, 0);
  ASSERT_EQ(lead.size(), 1u);
  EXPECT_EQ(lead[0].score.unit, "a");
}

}  // namespace
}  // namespace thidua::scoring
