#include "scoring/engine.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <random>

#include "core/error.h"
#include "scoring/test_fixtures.h"

namespace thidua::scoring {
namespace {

using testing::catalogue;

ScoringScheme cluster5() {
  return ScoringScheme::from_json(testing::read_json("docs/examples/cluster5-2024-scheme.json"), catalogue());
}

// Small counts so that ties, zero denominators and disqualifications all happen.
void fill_random(Engine& e, std::mt19937_64& rng) {
  const auto& cat = catalogue();
  std::uniform_int_distribution<int> small(0, 6);
  for (int u = 0; u < e.units(); ++u) {
    for (auto year : {Engine::Year::kCurrent, Engine::Year::kPrevious}) {
      for (int s = 0; s < 12; ++s) {
        auto row = e.report_row(u, year, s);
        for (int c = 0; c < cat.reported_columns(); ++c) row[static_cast<size_t>(c)] = small(rng);
        // Keep numerators within denominators.
        for (const Indicator& ind : cat.indicators()) {
          if (ind.kind == IndicatorKind::kRatio) {
            auto& n = row[static_cast<size_t>(ind.numerator_column)];
            n = std::min(n, row[static_cast<size_t>(ind.denominator_column)]);
          }
        }
      }
    }
    Assessment a;
    a.met["an_toan_dai_hoi"] = small(rng) > 0;
    if (small(rng) > 2) a.met["phat_dong_so_tong_ket"] = small(rng) > 1;
    a.counts["co_thi_dua_bo"] = small(rng) > 4 ? 1 : 0;
    e.set_assessment(u, a);
  }
}

struct Nation {
  Engine engine{catalogue(), 12};
  explicit Nation(int groups, int per_group) {
    int scheme = engine.add_scheme(cluster5());
    for (int g = 0; g < groups; ++g) {
      int gi = engine.add_group("khoi-" + std::to_string(g), "Khối " + std::to_string(g), scheme);
      for (int k = 0; k < per_group; ++k) {
        // Codes not in insertion order, so the code tie-break is really exercised.
        engine.add_unit("u" + std::to_string((g * 7919 + k * 104729) % 100000), "Đơn vị", gi);
      }
    }
  }
};

std::vector<std::vector<int>> rankings(const Engine& e) {
  std::vector<std::vector<int>> out;
  for (int g = 0; g < e.groups(); ++g) out.emplace_back(e.ranking(g).begin(), e.ranking(g).end());
  return out;
}

TEST(Engine, IncrementalUpdatesGiveTheSameRankingAsAFullRecompute) {
  for (uint64_t seed : {1u, 2u, 3u, 4u, 5u}) {
    std::mt19937_64 rng(seed);
    Nation n(6, 9);
    fill_random(n.engine, rng);
    n.engine.recompute_all();
    std::uniform_int_distribution<int> unit(0, n.engine.units() - 1), slot(0, 11), val(0, 9);
    for (int step = 0; step < 300; ++step) {
      int u = unit(rng);
      std::vector<double> row(static_cast<size_t>(catalogue().reported_columns()));
      for (double& v : row) v = val(rng);
      for (const Indicator& ind : catalogue().indicators()) {
        if (ind.kind == IndicatorKind::kRatio) {
          row[static_cast<size_t>(ind.numerator_column)] =
              std::min(row[static_cast<size_t>(ind.numerator_column)], row[static_cast<size_t>(ind.denominator_column)]);
        }
      }
      auto year = step % 5 == 0 ? Engine::Year::kPrevious : Engine::Year::kCurrent;
      n.engine.update_report(u, year, slot(rng), row);
      if (step % 37 == 0) {
        Assessment a;
        a.met["an_toan_dai_hoi"] = val(rng) > 2;
        n.engine.update_assessment(u, a);
      }
    }
    auto incremental = rankings(n.engine);
    std::vector<ScoreSummary> summaries;
    for (int u = 0; u < n.engine.units(); ++u) summaries.push_back(n.engine.summary(u));
    n.engine.recompute_all();
    EXPECT_EQ(rankings(n.engine), incremental) << "seed " << seed;
    for (int u = 0; u < n.engine.units(); ++u) {
      EXPECT_EQ(n.engine.summary(u).total_centi, summaries[static_cast<size_t>(u)].total_centi);
    }
  }
}

TEST(Engine, TheRankingUsesThePointsTheScorecardExplains) {
  std::mt19937_64 rng(42);
  Nation n(4, 8);
  fill_random(n.engine, rng);
  n.engine.recompute_all();
  for (int g = 0; g < n.engine.groups(); ++g) {
    std::vector<RankInput> from_cards;
    for (int u : n.engine.members(g)) {
      Scorecard card = n.engine.scorecard(u);
      const ScoreSummary& s = n.engine.summary(u);
      EXPECT_EQ(to_centi(card.total), s.total_centi);
      EXPECT_EQ(card.disqualified, s.disqualified);
      EXPECT_EQ(card.level, s.level);
      EXPECT_EQ(card.fully_met, s.fully_met);
      EXPECT_EQ(to_centi(card.penalty_points), s.penalty_centi);
      from_cards.push_back(RankInput::from(card));
    }
    std::vector<int> expected;
    for (const RankedUnit& r : rank_units(from_cards)) expected.push_back(*n.engine.find_unit(r.score.unit));
    EXPECT_EQ(std::vector<int>(n.engine.ranking(g).begin(), n.engine.ranking(g).end()), expected);
    // The ranked list with reasons agrees too, and leading units skip the disqualified.
    auto ranked = n.engine.group_ranking(g);
    for (size_t i = 0; i < ranked.size(); ++i) EXPECT_EQ(ranked[i].score.unit, n.engine.unit_code(expected[i]));
    for (int u : n.engine.leading_units(g, 3)) EXPECT_FALSE(n.engine.summary(u).disqualified);
  }
}

TEST(Engine, AReportReRanksItsOwnGroupOnly) {
  Engine e(catalogue(), 12);
  int s = e.add_scheme(cluster5());
  int g1 = e.add_group("cum-5", "Cụm thi đua số 5", s);
  int g2 = e.add_group("cum-6", "Cụm thi đua số 6", s);
  int hy = e.add_unit("ca-hung-yen", "Công an tỉnh Hưng Yên", g1);
  int tb = e.add_unit("ca-thai-binh", "Công an tỉnh Thái Bình", g1);
  int other = e.add_unit("ca-khac", "Công an tỉnh khác", g2);
  for (int u : {hy, tb, other}) {
    Assessment a;
    a.met["phat_dong_so_tong_ket"] = true;
    e.set_assessment(u, a);
  }
  EXPECT_THROW(e.add_unit("ca-hung-yen", "trùng", g1), Error);
  // Every month of both years reported, every figure zero.
  IndicatorValues zeros(catalogue());
  for (const Indicator& ind : catalogue().indicators())
    if (ind.reported()) zeros.set(ind.code, 0);
  for (int u : {hy, tb, other})
    for (auto y : {Engine::Year::kCurrent, Engine::Year::kPrevious})
      for (int m = 0; m < 12; ++m) e.set_report(u, y, m, zeros);
  e.recompute_all();
  // Equal scores: the code decides.
  EXPECT_EQ(e.rank(hy), 1);
  EXPECT_EQ(e.rank(tb), 2);
  // Hưng Yên reports a disciplined officer in March: Thái Bình moves up.
  IndicatorValues march = zeros;
  march.set("can_bo_vi_pham_ky_luat", 1);
  e.update_report(hy, Engine::Year::kCurrent, 2, march);
  EXPECT_EQ(e.rank(tb), 1);
  EXPECT_EQ(e.rank(hy), 2);
  EXPECT_LT(e.summary(hy).total_centi, e.summary(tb).total_centi);
  EXPECT_DOUBLE_EQ(e.scorecard(hy).find("ky_luat")->points, 7.5);
  EXPECT_EQ(e.summary(hy).total_centi, to_centi(e.scorecard(hy).total));
  // A month nobody reported: the unit's year is incomplete, its figures missing.
  e.update_report(other, Engine::Year::kCurrent, 5, std::vector<double>(catalogue().reported_columns(), kMissing));
  EXPECT_TRUE(e.summary(other).incomplete);
  EXPECT_EQ(e.scorecard(other).find("ky_luat")->status, "missing");
  EXPECT_EQ(e.rank(other), 1);
  EXPECT_DOUBLE_EQ(e.aggregate(hy, Engine::Year::kCurrent).get("can_bo_vi_pham_ky_luat"), 1);
  // The leader's override counts in the ranking.
  e.update_overrides(hy, {{e.group_scheme(g1).line_index("ky_luat"), 10, -1}});
  EXPECT_EQ(e.rank(hy), 1);
  EXPECT_NE(e.scorecard(hy).find("ky_luat")->note.find("điều chỉnh"), std::string::npos);
}

TEST(Engine, RescoringFromTheHeldAggregatesEqualsRecomputingFromTheReports) {
  std::mt19937_64 rng(7);
  Nation n(3, 10);
  fill_random(n.engine, rng);
  n.engine.recompute_all();
  // New verdicts for many units at once (a national decision), then one national rescore.
  for (int u = 0; u < n.engine.units(); u += 2) {
    Assessment a;
    a.met["an_toan_dai_hoi"] = u % 3 != 0;
    a.met["phat_dong_so_tong_ket"] = true;
    n.engine.set_assessment(u, a);
  }
  n.engine.rescore_all();
  auto rescored = rankings(n.engine);
  std::vector<int64_t> totals;
  for (int u = 0; u < n.engine.units(); ++u) totals.push_back(n.engine.summary(u).total_centi);
  n.engine.recompute_all();
  EXPECT_EQ(rankings(n.engine), rescored);
  for (int u = 0; u < n.engine.units(); ++u) {
    EXPECT_EQ(n.engine.summary(u).total_centi, totals[static_cast<size_t>(u)]);
    auto held = n.engine.aggregated(u, Engine::Year::kCurrent);
    IndicatorValues summed = n.engine.aggregate(u, Engine::Year::kCurrent);
    EXPECT_TRUE(std::equal(held.begin(), held.end(), summed.row().begin()));
  }
  // A structural change needs a full recompute before incremental work.
  n.engine.set_window(0, 5);
  EXPECT_THROW(n.engine.rescore_all(), Error);
}

TEST(Engine, AWindowScoresAQuarterAgainstTheSameQuarterLastYear) {
  Engine e(catalogue(), 12);
  int g = e.add_group("cum-5", "Cụm 5", e.add_scheme(cluster5()));
  int u = e.add_unit("ca-hung-yen", "Công an tỉnh Hưng Yên", g);
  for (int m = 0; m < 12; ++m) {
    e.report_row(u, Engine::Year::kCurrent, m)[static_cast<size_t>(catalogue().at("toi_pham_ttxh").column)] = m < 3 ? 93 : 200;
    e.report_row(u, Engine::Year::kPrevious, m)[static_cast<size_t>(catalogue().at("toi_pham_ttxh").column)] = 100;
  }
  e.set_window(0, 2);
  e.recompute_all();
  EXPECT_DOUBLE_EQ(e.scorecard(u).find("giam_toi_pham_ttxh")->points, 12);  // −7% in Q1
  e.set_window(0, 11);
  e.recompute_all();
  EXPECT_DOUBLE_EQ(e.scorecard(u).find("giam_toi_pham_ttxh")->points, 0);  // up over the year
  EXPECT_THROW(e.set_window(3, 12), Error);
}

}  // namespace
}  // namespace thidua::scoring

namespace thidua::scoring {
namespace {

TEST(Engine, ScoringOnSeveralThreadsGivesTheSameScoresAndRanksAsOne) {
  // Enough units for the work to be split (chunks of at least 2,048 units).
  Nation one(300, 20), two(300, 20);
  std::mt19937_64 a(7), b(7);
  fill_random(one.engine, a);
  fill_random(two.engine, b);
  two.engine.set_threads(3);
  one.engine.recompute_all();
  two.engine.recompute_all();
  ASSERT_EQ(one.engine.units(), 6000);
  for (int u = 0; u < one.engine.units(); ++u) {
    ASSERT_EQ(one.engine.summary(u).total_centi, two.engine.summary(u).total_centi) << u;
    ASSERT_EQ(one.engine.summary(u).level, two.engine.summary(u).level) << u;
    ASSERT_EQ(one.engine.rank(u), two.engine.rank(u)) << u;
  }
  two.engine.rescore_all();
  EXPECT_EQ(rankings(one.engine), rankings(two.engine));
}

TEST(Engine, ParallelChunksCoverEveryIndexOnce) {
  for (size_t n : {size_t{0}, size_t{1}, size_t{2047}, size_t{4096}, size_t{10001}}) {
    std::vector<std::atomic<int>> seen(n);
    parallel_chunks(n, 4, [&](size_t b, size_t e) {
      for (size_t i = b; i < e; ++i) seen[i]++;
    });
    for (size_t i = 0; i < n; ++i) ASSERT_EQ(seen[i].load(), 1) << n << " " << i;
  }
}

}  // namespace
}  // namespace thidua::scoring
