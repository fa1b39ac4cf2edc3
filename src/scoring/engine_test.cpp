#include "scoring/engine.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <bit>
#include <random>

#include "core/error.h"
#include "scoring/test_fixtures.h"
#include "scoring/period.h"

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
  e.clear_report(other, Engine::Year::kCurrent, 5);
  e.refresh_unit(other);
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

TEST(Engine, TwoProvincesWithEqualPointsAreRankedByWhoReportedMoreMonthsBeforeTheirCodes) {
  // A scheme of one qualitative criterion: the points do not depend on the monthly values, so
  // the three provinces tie on every key but the months they reported.
  ScoringScheme scheme = ScoringScheme::from_json(nlohmann::json::parse(R"({
    "id": "tie", "version": 1, "name": "Bằng điểm", "scope": {"group": "cum", "year": 2024},
    "valid_from": "2024-01-01", "valid_to": "2024-12-31", "total_points": 10,
    "sections": [{"id": "an_ninh", "name": "An ninh", "max_points": 10, "criteria": [
      {"id": "an_toan_dai_hoi", "name": "An toàn đại hội", "max_points": 10,
       "target": {"kind": "qualitative"}, "rule": {"kind": "qualitative"}}]}],
    "classification": [{"code": "tot", "name": "Tốt", "min_points": 5}, {"code": "kem", "name": "Kém"}]})"),
                                                  catalogue());
  Engine e(catalogue(), Period::year(2024));
  int g = e.add_group("cum", "Cụm", e.add_scheme(std::move(scheme)));
  int ha_nam = e.add_unit("CA-HNA", "Công an tỉnh Hà Nam", g);
  int hai_duong = e.add_unit("CA-HD", "Công an tỉnh Hải Dương", g);
  int thai_binh = e.add_unit("CA-TB", "Công an tỉnh Thái Bình", g);
  Assessment met;
  met.met["an_toan_dai_hoi"] = true;
  IndicatorValues zero(catalogue());
  for (int u : {ha_nam, hai_duong, thai_binh}) {
    e.set_assessment(u, met);
    for (int m = 0; m < 12; ++m) {
      if (u == hai_duong && (m == 4 || m == 5)) continue;  // May and June never reported
      if (u == thai_binh && m == 8) continue;               // September never reported
      e.set_report(u, Engine::Year::kCurrent, m, zero);
    }
  }
  e.recompute_all();
  ASSERT_EQ(e.summary(ha_nam).total_centi, e.summary(hai_duong).total_centi);
  ASSERT_EQ(e.summary(ha_nam).total_centi, e.summary(thai_binh).total_centi);
  // By code alone Hải Dương (CA-HD) would lead; with complete data Hà Nam does.
  auto r = e.group_ranking(g);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0].score.unit, "CA-HNA");
  EXPECT_EQ(r[1].score.unit, "CA-TB");
  EXPECT_EQ(r[2].score.unit, "CA-HD");
  EXPECT_EQ(r[2].reason, "ngang điểm, thiếu nhiều tháng báo cáo hơn");
  EXPECT_EQ(e.rank(hai_duong), 3);
  // Hải Dương reports May and June late: it is now as complete as Hà Nam, and the code decides.
  e.update_report(hai_duong, Engine::Year::kCurrent, 4, zero);
  e.update_report(hai_duong, Engine::Year::kCurrent, 5, zero);
  r = e.group_ranking(g);
  EXPECT_EQ(r[0].score.unit, "CA-HD");
  EXPECT_EQ(r[1].score.unit, "CA-HNA");
  EXPECT_EQ(r[1].reason, "ngang điểm mọi tiêu chí phụ, xếp theo mã đơn vị");
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

// ---------------------------------------------------------------------------------------------
// The engine against a plain computation written here, from the regulation's text: the sums of
// the months, missing unless every month was reported; each criterion's points by its rule;
// the classification with the cap for incomplete years; the review (cross-scores averaged, a
// criterion met only when every scorer found it met, the leader's moderation); the ranking order
// of ranking.h. Nothing of the engine's code is used to compute the expected answer.
namespace thidua::scoring {
namespace {

using testing::catalogue;

// 100 points: crimes down 10% (proportional, 40; nothing to compare → no points), clearance at
// least 80% (30; no crime → full points), the congress's safety (disqualifying, 30).
ScoringScheme reference_scheme() {
  nlohmann::json criteria = nlohmann::json::array({
      {{"id", "giam_tp"}, {"name", "Giảm tội phạm"}, {"max_points", 40},
       {"target", {{"kind", "change"}, {"indicator", "toi_pham_ttxh"}, {"direction", "decrease"}, {"value", 10}}},
       {"rule", {{"kind", "proportional"}}}, {"not_applicable", "no_points"}},
      {{"id", "kham_pha"}, {"name", "Khám phá án"}, {"max_points", 30},
       {"target", {{"kind", "rate"}, {"indicator", "ty_le_kham_pha"}, {"direction", "at_least"}, {"value", 80}}},
       {"rule", {{"kind", "target_met"}}}, {"not_applicable", "full_points"}},
      {{"id", "an_toan"}, {"name", "An toàn đại hội"}, {"max_points", 30},
       {"target", {{"kind", "qualitative"}}}, {"rule", {{"kind", "disqualifying"}}}}});
  return ScoringScheme::from_json(testing::scheme_with(criteria, 100, {{"incomplete_max_level", "hoan_thanh"}}), catalogue());
}

// The test's own model of a unit: its months and its review.
struct Month {
  bool reported = false, late = false, overdue = true;
  int crimes = 0, cleared = 0;
};
struct Model {
  std::string code;
  std::vector<Month> months[2];  // current, previous
  int kind = 0;                  // 0: self-score; 1: nothing yet; 2: two cross-scores; 3: self + moderation
  int verdict = 0;               // an_toan: 0 not assessed, 1 met, 2 not met (self)
  int cross[2] = {1, 1};         // the two scorers' verdicts (1 met, 2 not met)
};

struct Expected {
  bool ranked = true;
  int64_t total = 0;  // centi
  int fully_met = 0, level = 0, reported = 0, late = 0;
  bool disqualified = false, incomplete = false;
};

Expected reference(const Model& m) {
  Expected x;
  const size_t n = m.months[0].size();
  int cur_reported = 0, prev_reported = 0, crimes = 0, cleared = 0, before = 0;
  for (const Month& mo : m.months[0]) {
    if (mo.reported) ++cur_reported, crimes += mo.crimes, cleared += mo.cleared, x.late += mo.late;
    else x.late += mo.overdue;
  }
  for (const Month& mo : m.months[1])
    if (mo.reported) ++prev_reported, before += mo.crimes;
  x.reported = cur_reported;
  const bool cur = cur_reported == static_cast<int>(n), prev = prev_reported == static_cast<int>(n);
  x.incomplete = !cur;
  // Points in hundredths, criterion by criterion, for a verdict on an_toan (1 met, 2 not met).
  auto card = [&](int verdict, int64_t pts[3]) {
    pts[0] = 0;
    if (cur && prev && before > 0) {
      double gain = (before - crimes) * 100.0 / before;
      double ach = std::clamp(gain / 10.0, 0.0, 1.0);
      pts[0] = std::llround(4000.0 * ach);
    }
    pts[1] = !cur ? 0 : crimes == 0 ? 3000 : (cleared * 100.0 / crimes >= 80 ? 3000 : 0);
    pts[2] = verdict == 2 ? 0 : 3000;
  };
  int64_t pts[3];
  bool disq = false;
  if (m.kind == 1) {
    x.ranked = false;
    return x;
  } else if (m.kind == 2) {  // the mean of the two cards, line by line; met only if both say so
    int64_t a[3], b[3];
    card(m.cross[0], a);
    card(m.cross[1], b);
    for (int i = 0; i < 3; ++i) pts[i] = (a[i] + b[i] + 1) / 2;  // halves away from zero
    disq = m.cross[0] == 2 || m.cross[1] == 2;
  } else {
    card(m.verdict, pts);
    disq = m.verdict == 2;
    if (m.kind == 3 && cur && prev) pts[0] = 2000;  // the leader's 20 points (never on missing data)
  }
  const int64_t max[3] = {4000, 3000, 3000};
  for (int i = 0; i < 3; ++i) {
    x.total += pts[i];
    x.fully_met += pts[i] == max[i];
  }
  x.disqualified = disq;
  x.level = disq ? 3 : x.total >= 9000 ? 0 : x.total >= 7500 ? 1 : x.total >= 5000 ? 2 : 3;
  if (x.incomplete) x.level = std::max(x.level, 2);
  return x;
}

ReviewInput review_of(const Model& m, const std::vector<Model>& group) {
  auto assessment = [](int verdict) {
    Assessment a;
    if (verdict) a.met["an_toan"] = verdict == 1;
    return a;
  };
  ReviewInput in;
  if (m.kind == 1) return in;
  in.self = assessment(m.verdict);
  if (m.kind == 2) {
    int k = 0;
    for (const Model& peer : group) {
      if (peer.code == m.code || k == 2) continue;
      in.assignments.push_back({peer.code, false, ""});
      in.cross.emplace_back(peer.code, assessment(m.cross[k++]));
    }
  }
  if (m.kind == 3) in.moderations.push_back({"giam_tp", 20, std::nullopt, "Số liệu đã được thẩm định lại", "cum-truong"});
  return in;
}

void randomize(Model& m, std::mt19937_64& rng, size_t months) {
  std::uniform_int_distribution<int> pct(0, 99), crimes(8, 11), kinds(0, 3), verdict(0, 2), cross(1, 2);
  for (int y = 0; y < 2; ++y) {
    m.months[y].assign(months, {});
    for (Month& mo : m.months[y]) {
      mo.reported = pct(rng) >= (y ? 3 : 6);
      mo.late = pct(rng) < 10;
      mo.overdue = pct(rng) < 70;
      mo.crimes = y ? 10 : crimes(rng);  // a year before: 10 a month
      mo.cleared = std::min(mo.crimes, crimes(rng) - 2);
    }
  }
  m.kind = kinds(rng);
  m.verdict = verdict(rng);
  m.cross[0] = cross(rng);
  m.cross[1] = cross(rng);
}

void put(Engine& e, int u, const Model& m) {
  for (int y = 0; y < 2; ++y) {
    auto year = y ? Engine::Year::kPrevious : Engine::Year::kCurrent;
    for (size_t s = 0; s < m.months[y].size(); ++s) {
      const Month& mo = m.months[y][s];
      e.clear_report(u, year, static_cast<int>(s));
      e.set_overdue(u, year, static_cast<int>(s), mo.overdue);
      if (mo.reported)
        e.set_report(u, year, static_cast<int>(s),
                     testing::values({{"toi_pham_ttxh", mo.crimes}, {"toi_pham_ttxh_kham_pha", mo.cleared}}), mo.late);
    }
  }
}

struct World {
  Engine engine;
  std::vector<std::vector<Model>> groups;
  std::vector<std::vector<int>> index;  // the engine's unit of each model
  World(const Period& period, uint64_t seed) : engine(catalogue(), period) {
    std::mt19937_64 rng(seed);
    const size_t months = period.report_months().size();
    int scheme = engine.add_scheme(reference_scheme());
    for (int g = 0; g < 5; ++g) {
      int gi = engine.add_group("khoi-" + std::to_string(g), "Khối", scheme);
      groups.emplace_back();
      index.emplace_back();
      for (int k = 0; k < 8; ++k) {
        Model m;
        m.code = "u" + std::to_string((g * 7919 + k * 104729) % 1000);  // not in insertion order
        randomize(m, rng, months);
        if (k < 2) m.verdict = 1, m.kind = 0;  // some ties at the top, broken by the code
        groups.back().push_back(m);
        index.back().push_back(engine.add_unit(m.code, "Đơn vị", gi));
      }
      for (size_t k = 0; k < groups.back().size(); ++k) {
        put(engine, index.back()[k], groups.back()[k]);
        engine.set_review(index.back()[k], review_of(groups.back()[k], groups.back()));
      }
    }
  }

  void check(const std::string& when) const {
    for (size_t g = 0; g < groups.size(); ++g) {
      std::vector<std::pair<Expected, std::string>> ranked;
      for (size_t k = 0; k < groups[g].size(); ++k) {
        const Model& m = groups[g][k];
        const int u = index[g][k];
        Expected x = reference(m);
        ASSERT_EQ(engine.ranked(u), x.ranked) << when << " " << m.code;
        Coverage c = engine.coverage(u);
        EXPECT_EQ(c.expected, static_cast<int>(m.months[0].size())) << when;
        EXPECT_EQ(c.reported, x.reported) << when << " " << m.code;
        EXPECT_EQ(c.late, x.late) << when << " " << m.code;
        EXPECT_EQ(c.missing.size(), m.months[0].size() - static_cast<size_t>(x.reported));
        if (!x.ranked) {
          EXPECT_EQ(engine.rank(u), 0);
          continue;
        }
        const ScoreSummary& s = engine.summary(u);
        EXPECT_EQ(s.total_centi, x.total) << when << " " << m.code << " kind " << m.kind;
        EXPECT_EQ(s.disqualified, x.disqualified) << when << " " << m.code;
        EXPECT_EQ(s.incomplete, x.incomplete) << when << " " << m.code;
        EXPECT_EQ(s.level, x.level) << when << " " << m.code;
        EXPECT_EQ(s.fully_met, x.fully_met) << when << " " << m.code;
        EXPECT_EQ(s.missing_periods, static_cast<int>(m.months[0].size()) - x.reported) << when << " " << m.code;
        // The explained final score the API shows is the one ranked.
        auto fin = engine.review(u)->final_score();
        ASSERT_TRUE(fin.has_value());
        EXPECT_EQ(to_centi(fin->total), x.total) << when << " " << m.code;
        ranked.emplace_back(x, m.code);
      }
      // Not disqualified first; higher total; (no penalties here, one section) more criteria
      // in full; more months reported (fewer missing); the code.
      std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        if (a.first.disqualified != b.first.disqualified) return !a.first.disqualified;
        if (a.first.total != b.first.total) return a.first.total > b.first.total;
        if (a.first.fully_met != b.first.fully_met) return a.first.fully_met > b.first.fully_met;
        if (a.first.reported != b.first.reported) return a.first.reported > b.first.reported;
        return a.second < b.second;
      });
      std::vector<std::string> expected, got;
      for (auto& [x, code] : ranked) expected.push_back(code);
      for (int u : engine.ranking(static_cast<int>(g))) got.push_back(engine.unit_code(u));
      EXPECT_EQ(got, expected) << when << " group " << g;
      for (size_t i = 0; i < got.size(); ++i) EXPECT_EQ(engine.rank(*engine.find_unit(got[i])), static_cast<int>(i) + 1);
    }
  }
};

TEST(EngineReference, AYearOfMonthsWithGapsReviewsAndModerationsScoresAndRanksAsTheRegulationSays) {
  for (uint64_t seed : {11u, 12u, 13u}) {
    World w(Period::year(2024), seed);
    w.engine.recompute_all();
    w.check("seed " + std::to_string(seed));
  }
}

TEST(EngineReference, AQuarterAndAPhaseAreScoredOnTheirOwnMonths) {
  World q(Period::quarter(2024, 1), 21);
  EXPECT_EQ(q.engine.slots(), 3);
  q.engine.recompute_all();
  q.check("quý I");
  // A phase from 19/08 to 03/02: six report months, the first and last cut to the phase.
  World p(Period::phase(*Date::parse_iso("2024-08-19"), *Date::parse_iso("2025-02-03"), "Đợt 1"), 22);
  EXPECT_EQ(p.engine.slots(), 7);
  p.engine.recompute_all();
  p.check("đợt 1");
  EXPECT_EQ(p.engine.coverage(0).missing.empty(), p.engine.coverage(0).complete());
}

TEST(EngineReference, IncrementalUpdatesStayEqualToTheReference) {
  World w(Period::year(2024), 31);
  w.engine.recompute_all();
  std::mt19937_64 rng(32);
  std::uniform_int_distribution<size_t> group(0, w.groups.size() - 1), member(0, 7);
  for (int step = 0; step < 200; ++step) {
    size_t g = group(rng), k = member(rng);
    Model& m = w.groups[g][k];
    randomize(m, rng, 12);  // a corrected report, a month withdrawn, a new sheet or moderation
    put(w.engine, w.index[g][k], m);
    w.engine.set_review(w.index[g][k], review_of(m, w.groups[g]));
    w.engine.refresh_unit(w.index[g][k]);
    if (step % 40 == 0) w.check("step " + std::to_string(step));
  }
  w.check("after 200 updates");
  // A copy (what the server publishes while it updates the next snapshot) is independent.
  Model& m = w.groups[0][0];
  m.months[0][0].reported = true;
  put(w.engine, w.index[0][0], m);
  w.engine.refresh_unit(w.index[0][0]);
  Engine copy = w.engine;
  m.months[0][0].reported = false;
  put(w.engine, w.index[0][0], m);
  w.engine.refresh_unit(w.index[0][0]);
  EXPECT_FALSE(w.engine.coverage(w.index[0][0]).complete());
  EXPECT_EQ(copy.coverage(w.index[0][0]).reported, w.engine.coverage(w.index[0][0]).reported + 1);
  w.check("after a withdrawn month");
}

}  // namespace
}  // namespace thidua::scoring

namespace thidua::scoring {
namespace {

// Report values are held in 4-byte cells while they are counts and hundredths of sums, and the
// engine answers exactly as one holding doubles (the same reports written through report_row,
// which holds doubles): aggregates bit for bit, missing cells missing, scores and ranks equal.
TEST(EngineCells, CountsAndHundredthsAreHeldInFourBytesAndScoreExactlyAsDoubles) {
  const auto& cat = catalogue();
  std::mt19937_64 rng(7);
  auto make = [&] {
    auto e = std::make_unique<Engine>(cat, 12);
    int scheme = e->add_scheme(cluster5());
    int g = e->add_group("khoi", "Khối", scheme);
    for (int u = 0; u < 6; ++u) e->add_unit("u" + std::to_string(u), "Đơn vị", g);
    return e;
  };
  auto compact = make(), wide = make();
  std::uniform_int_distribution<int> small(0, 9);
  for (int u = 0; u < 6; ++u)
    for (auto year : {Engine::Year::kCurrent, Engine::Year::kPrevious})
      for (int s = 0; s < 12; ++s) {
        IndicatorValues v(cat);
        auto row = v.mutable_row();
        for (int c = 0; c < cat.reported_columns(); ++c) {
          const Indicator& ind = cat.by_column(c);
          if (small(rng) == 0) continue;  // not reported: missing, never 0
          // Sums as typed: a whole number of hundredths (12.37 reads as the double nearest 1237/100).
          row[static_cast<size_t>(c)] = ind.kind == IndicatorKind::kSum ? (small(rng) * 10 + small(rng)) / 100.0 : small(rng);
        }
        for (const Indicator& ind : cat.indicators())
          if (ind.kind == IndicatorKind::kRatio) {
            auto& n = row[static_cast<size_t>(ind.numerator_column)];
            n = std::min(n, row[static_cast<size_t>(ind.denominator_column)]);
          }
        v.refresh();
        if (s == 5) {  // two reports in one month are summed (here the first without its sums)
          IndicatorValues counts = v;
          for (int c = 0; c < cat.reported_columns(); ++c)
            if (cat.by_column(c).kind == IndicatorKind::kSum) counts.mutable_row()[static_cast<size_t>(c)] = kMissing;
          counts.refresh();
          compact->add_report(u, year, s, counts);
          wide->add_report(u, year, s, counts);
        }
        compact->add_report(u, year, s, v);
        compact->mark_reported(u, year, s);
        auto dst = wide->report_row(u, year, s);
        if (s == 5)
          for (size_t c = 0; c < dst.size(); ++c) dst[c] += v.row()[c];
        else
          std::copy_n(v.row().begin(), dst.size(), dst.begin());
      }
  EXPECT_FALSE(compact->wide());
  EXPECT_TRUE(wide->wide());
  EXPECT_EQ(compact->value_bytes() * 2, wide->value_bytes());
  compact->recompute_all();
  wide->recompute_all();
  for (int u = 0; u < 6; ++u) {
    for (auto year : {Engine::Year::kCurrent, Engine::Year::kPrevious}) {
      auto a = compact->aggregated(u, year), b = wide->aggregated(u, year);
      ASSERT_EQ(a.size(), b.size());
      for (size_t c = 0; c < a.size(); ++c) {
        if (missing(b[c])) EXPECT_TRUE(missing(a[c])) << u << " " << c;
        else EXPECT_EQ(std::bit_cast<uint64_t>(a[c]), std::bit_cast<uint64_t>(b[c])) << u << " " << c;
      }
    }
    EXPECT_EQ(compact->summary(u).total_centi, wide->summary(u).total_centi);
    EXPECT_EQ(compact->rank(u), wide->rank(u));
  }

  // A value that is not a whole number of hundredths widens the engine, which keeps every value.
  IndicatorValues odd(cat);
  const Indicator* sum = nullptr;
  for (const Indicator& ind : cat.indicators())
    if (ind.kind == IndicatorKind::kSum) sum = &ind;
  ASSERT_NE(sum, nullptr);
  odd.mutable_row()[static_cast<size_t>(sum->column)] = 0.125;
  odd.refresh();
  const double before = compact->aggregated(0, Engine::Year::kPrevious)[static_cast<size_t>(sum->column)];
  compact->update_report(1, Engine::Year::kCurrent, 3, odd);
  EXPECT_TRUE(compact->wide());
  EXPECT_EQ(std::bit_cast<uint64_t>(compact->aggregated(0, Engine::Year::kPrevious)[static_cast<size_t>(sum->column)]),
            std::bit_cast<uint64_t>(before));
  wide->update_report(1, Engine::Year::kCurrent, 3, odd);
  for (int u = 0; u < 6; ++u) {
    auto a = compact->aggregated(u, Engine::Year::kCurrent), b = wide->aggregated(u, Engine::Year::kCurrent);
    for (size_t c = 0; c < a.size(); ++c) {
      if (missing(b[c])) EXPECT_TRUE(missing(a[c])) << u << " " << c;
      else EXPECT_EQ(std::bit_cast<uint64_t>(a[c]), std::bit_cast<uint64_t>(b[c])) << u << " " << c;
    }
    EXPECT_EQ(compact->rank(u), wide->rank(u));
  }
}

}  // namespace
}  // namespace thidua::scoring
