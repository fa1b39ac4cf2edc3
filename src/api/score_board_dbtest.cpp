// The scores held in memory on both databases: built once, then kept up to date member by member
// — a report re-scores its unit only, a sheet its unit only, a new scheme the whole group-year —
// and always equal to what a board built from scratch on the same rows says.
#include <gtest/gtest.h>

#include <malloc.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "api/data_files.h"
#include "api/score_board.h"
#include "core/error.h"
#include "scoring/period.h"
#include "scoring/scheme.h"
#include "storage/emulation.h"
#include "storage/registry.h"
#include "storage/reports.h"
#include "storage/score_versions.h"
#include "storage/scoring_store.h"
#include "storage/test_databases.h"
#include "test_source_dir.h"

namespace thidua::api {
namespace {

using nlohmann::json;
using storage::Tx;
using storage::TxMode;

Date d(const char* s) { return *Date::parse_iso(s); }

json example_scheme() {
  std::ifstream in(thidua::testing::source_dir() + "/docs/examples/cluster5-2024-scheme.json");
  std::stringstream ss;
  ss << in.rdbuf();
  return json::parse(ss.str());
}

class ScoreBoardTest : public storage::testing::DbTest {
 protected:
  std::unique_ptr<scoring::IndicatorCatalogue> cat;
  std::vector<int64_t> provinces;  // Hưng Yên, Thái Bình, Hà Nam, Nam Định, Hải Dương
  int64_t ministry = 0, group = 0, gy = 0;
  std::map<std::pair<int64_t, int>, int64_t> report_id;  // (unit, month of 2024) → report


  static storage::StoredPeriod month(int year, int m) {
    auto p = scoring::Period::month(year, m);
    std::string key = "month:" + p.start().iso() + ".." + p.end().iso();
    return {key, p.to_json().dump(), p.start(), p.end()};
  }

  // A month's report of every figure the regulation reads: crimes against social order at the
  // province's base, a little lower in 2024; the rest steady.
  static json values(int base, int year) {
    int crimes = year == 2024 ? base - 2 : base;
    return {{"toi_pham_ttxh", crimes}, {"toi_pham_ttxh_kham_pha", crimes * 8 / 10},
            {"tin_bao_tiep_nhan", 100}, {"tin_bao_da_xu_ly", 100}, {"tin_bao_giai_quyet", 96},
            {"su_viec_phuc_tap_antt", 0}, {"vu_viec_tam_dinh_chi", 3}, {"an_rnt_dbnt", 2}, {"an_rnt_dbnt_kham_pha", 2},
            {"tngt_so_vu", 10}, {"tngt_nguoi_chet", 4}, {"tngt_nguoi_bi_thuong", 8}, {"chay_dbnt", 0},
            {"mo_hinh_phong_trao_moi", 1}, {"tin_bao_to_bao_ve", 15}, {"can_bo_vi_pham_ky_luat", 0}};
  }
  void SetUp() override {
    DbTest::SetUp();
    if (!db) return;
    cat = std::make_unique<scoring::IndicatorCatalogue>(
        scoring::IndicatorCatalogue::from_json(json::parse(embedded_data("indicators.json"))));
    write([&](Tx& tx) {
      storage::UnitRepository u(tx);
      ministry = u.create({"Bộ Công an", "ministry", "BCA", std::nullopt, d("1997-01-01"), std::nullopt}).id;
      const char* names[][2] = {{"Công an tỉnh Hưng Yên", "CA-HY"}, {"Công an tỉnh Thái Bình", "CA-TB"},
                                {"Công an tỉnh Hà Nam", "CA-HNA"}, {"Công an tỉnh Nam Định", "CA-ND"},
                                {"Công an tỉnh Hải Dương", "CA-HD"}};
      for (auto& n : names)
        provinces.push_back(u.create({n[0], "provincial_police", n[1], ministry, d("1997-01-01"), std::nullopt}).id);
      storage::YearSetup y;
      y.year = 2024;
      y.member_ids = provinces;
      y.leader = emulation::Leadership{provinces[0], "assigned", d("2024-03-19"), std::nullopt};
      auto g = storage::GroupRepository(tx).create("Cụm thi đua số 5", "cluster", ministry, y);
      group = g.id;
      gy = g.years.at(0).id;
      json scheme = example_scheme();
      auto stored = storage::ScoringStore(tx).add_scheme(scheme["id"], scheme["version"], scheme["name"], scheme.dump(), "test", ministry);
      storage::ScoringStore(tx).bind_scheme(gy, stored.id);
      storage::ReportRepository reports(tx);
      storage::Actor by{std::nullopt, "test"};
      for (size_t i = 0; i < provinces.size(); ++i)
        for (int year : {2023, 2024})
          for (int m = 1; m <= 12; ++m) {
            auto r = reports.create(provinces[i], month(year, m), values(20 + static_cast<int>(i) * 5, year).dump(), "", by);
            reports.set_status(r.id, "submitted", std::nullopt, by, d("2025-01-05"));
            if (year == 2024) report_id[{provinces[i], m}] = r.id;
          }
      for (int64_t p : provinces)
        storage::ScoringStore(tx).put_sheet(gy, {p, p, "self", json::object().dump(), "test", ""});
      return 0;
    });
  }

  // `n` clusters of 2024 with 4 new provinces each (codes CA-<tag><g>-<m>), the fixture's
  // regulation, every month of 2024 reported; `first_reports`: each group's first member's reports.
  std::vector<int64_t> add_groups(int n, const std::string& tag, std::vector<std::vector<int64_t>>* first_reports = nullptr) {
    return write([&](Tx& tx) {
      storage::UnitRepository u(tx);
      storage::ReportRepository reports(tx);
      storage::Actor by{std::nullopt, "test"};
      const int64_t scheme_id = storage::ScoringStore(tx).binding_of(gy)->scheme_id;  // the fixture's regulation
      std::vector<int64_t> out;
      for (int g = 0; g < n; ++g) {
        storage::YearSetup y;
        y.year = 2024;
        for (int m = 0; m < 4; ++m) {
          const std::string code = "CA-" + tag + std::to_string(g) + "-" + std::to_string(m);
          y.member_ids.push_back(u.create({"Công an " + code, "provincial_police", code, ministry, d("1997-01-01"), std::nullopt}).id);
        }
        auto created = storage::GroupRepository(tx).create("Cụm thử " + tag + std::to_string(g), "cluster", ministry, y);
        storage::ScoringStore(tx).bind_scheme(created.years.at(0).id, scheme_id);
        if (first_reports) first_reports->emplace_back();
        for (size_t i = 0; i < y.member_ids.size(); ++i)
          for (int m = 1; m <= 12; ++m) {
            auto r = reports.create(y.member_ids[i], month(2024, m), values(10 + g + static_cast<int>(i) * 3, 2024).dump(), "", by);
            reports.set_status(r.id, "submitted", std::nullopt, by, d("2025-01-05"));
            if (first_reports && i == 0) first_reports->back().push_back(r.id);
          }
        out.push_back(created.id);
      }
      return out;
    });
  }

  std::shared_ptr<const GroupYearScores> get(ScoreBoard& board, uint64_t epoch) {
    auto tx = db->begin(TxMode::kRead);
    return board.get(*tx, group, 2024, scoring::Period::year(2024), epoch);
  }

  // What a board that has never seen this group-year says now.
  std::string from_scratch() {
    ScoreBoard fresh(*cat);
    return *get(fresh, 0)->ranking_body;
  }

  // Hải Dương's December: a return, a correction with many more crimes, a new submission.
  void correct_hai_duong_december(const char* who) {
    write([&](Tx& tx) {
      storage::ReportRepository reports(tx);
      storage::Actor by{std::nullopt, who};
      int64_t id = report_id.at({provinces[4], 12});
      reports.set_status(id, "returned", std::string("Sai số liệu"), by, d("2025-01-06"));
      reports.update(id, json{{"toi_pham_ttxh", 400}, {"toi_pham_ttxh_kham_pha", 100}}.dump(), "", std::string("Sửa"), by);
      reports.set_status(id, "submitted", std::nullopt, by, d("2025-01-07"));
      return 0;
    });
  }

  double total_of(const GroupYearScores& s, int64_t unit) {
    return s.review(unit)->final_score()->total;
  }
};

TEST_P(ScoreBoardTest, BuildsOnceAndAnswersFromMemoryWhileNothingChanged) {
  ScoreBoard board(*cat);
  auto first = get(board, 1);
  EXPECT_EQ(first->rescored, 5);
  ASSERT_EQ(first->ranking.size(), 5u);
  EXPECT_EQ(json::parse(*first->ranking_body)["items"].size(), 5u);
  // Same epoch, within the recheck time: the very same snapshot, without reading anything.
  EXPECT_EQ(board.fresh(group, 2024, scoring::Period::year(2024), 1), first);
  // Another epoch (a write in this process): the versions are read, nothing changed, same snapshot.
  EXPECT_EQ(get(board, 2), first);
  EXPECT_EQ(board.fresh(group, 2024, scoring::Period::year(2024), 3), nullptr);
}

TEST_P(ScoreBoardTest, OneCorrectedReportRescoresItsUnitOnly) {
  ScoreBoard board(*cat);
  auto before = get(board, 1);
  int64_t hd = provinces[4];
  correct_hai_duong_december("test");
  auto after = get(board, 2);
  ASSERT_NE(after, before);
  EXPECT_EQ(after->rescored, 1);
  EXPECT_LT(total_of(*after, hd), total_of(*before, hd));
  for (int i = 0; i < 4; ++i) {
    // The other members were not scored again: the same scores as in the old snapshot.
    EXPECT_EQ(after->review(provinces[i])->to_json(), before->review(provinces[i])->to_json());
    EXPECT_EQ(after->member(provinces[i]).self_total, before->member(provinces[i]).self_total);
  }
  EXPECT_EQ(after->ranking.back().score.unit, "CA-HD");  // now last
  EXPECT_EQ(*after->ranking_body, from_scratch());
  // The snapshot readers already hold is untouched.
  EXPECT_EQ(json::parse(*before->ranking_body)["items"].size(), 5u);
}

TEST_P(ScoreBoardTest, ASheetOrModerationRescoresThatMemberAndANewSchemeEverything) {
  ScoreBoard board(*cat);
  auto before = get(board, 1);
  int64_t tb = provinces[1], hna = provinces[2];
  write([&](Tx& tx) {
    storage::ScoringStore store(tx);
    store.assign(gy, tb, hna);
    store.put_sheet(gy, {tb, hna, "cross", json{{"met", {{"an_toan_dai_hoi", false}}}}.dump(), "test", ""});
    return 0;
  });
  auto crossed = get(board, 2);
  EXPECT_EQ(crossed->rescored, 1);
  EXPECT_TRUE(crossed->review(tb)->verified().has_value());
  EXPECT_EQ(*crossed->ranking_body, from_scratch());

  write([&](Tx& tx) {
    storage::ScoringStore(tx).add_moderation(gy, {hna, "khong_bi_dong_bat_ngo", "Để xảy ra vụ việc", "test", "", 0, false});
    return 0;
  });
  auto moderated = get(board, 3);
  EXPECT_EQ(moderated->rescored, 1);
  EXPECT_DOUBLE_EQ(total_of(*moderated, hna), total_of(*crossed, hna) - 10);
  EXPECT_EQ(*moderated->ranking_body, from_scratch());

  // A new version of the scheme bound to the group-year: every member is scored again.
  write([&](Tx& tx) {
    json scheme = example_scheme();
    scheme["version"] = 2;
    scheme["name"] = "Quy định năm 2024 (sửa đổi)";
    storage::ScoringStore store(tx);
    auto stored = store.add_scheme(scheme["id"], 2, scheme["name"], scheme.dump(), "test", ministry);
    store.bind_scheme(gy, stored.id);
    return 0;
  });
  auto rebuilt = get(board, 4);
  EXPECT_EQ(rebuilt->rescored, 5);
  EXPECT_EQ(rebuilt->stored.version, 2);
  EXPECT_EQ(*rebuilt->ranking_body, from_scratch());
}

TEST_P(ScoreBoardTest, ARenamedUnitIsShownByItsNewName) {
  ScoreBoard board(*cat);
  get(board, 1);
  write([&](Tx& tx) {
    storage::UnitRepository(tx).rename(provinces[0], "Công an tỉnh Hưng Yên (mới)", d("2025-07-01"), std::nullopt);
    return 0;
  });
  auto after = get(board, 2);
  EXPECT_EQ(after->rescored, 1);
  EXPECT_EQ(after->name(provinces[0]), "Công an tỉnh Hưng Yên (mới)");
  EXPECT_NE(after->ranking_body->find("Hưng Yên (mới)"), std::string::npos);
}

TEST_P(ScoreBoardTest, NewMembersOrANewUnitCodeBuildTheGroupYearAgain) {
  ScoreBoard board(*cat);
  get(board, 1);
  // Hải Dương leaves the cluster: everything is scored again, four members ranked.
  write([&](Tx& tx) {
    std::vector<int64_t> four(provinces.begin(), provinces.end() - 1);
    storage::GroupRepository(tx).update_year(group, 2024, four, std::nullopt, std::nullopt);
    return 0;
  });
  auto smaller = get(board, 2);
  EXPECT_EQ(smaller->rescored, 4);
  EXPECT_EQ(smaller->ranking.size(), 4u);
  // A corrected code changes the tie-break key and how peers name the unit: built again too.
  write([&](Tx& tx) {
    storage::UnitRepository(tx).correct(provinces[0], std::string("CA-HY2"), std::nullopt);
    return 0;
  });
  auto recoded = get(board, 3);
  EXPECT_EQ(recoded->rescored, 4);
  EXPECT_EQ(recoded->code(provinces[0]), "CA-HY2");
  EXPECT_NE(recoded->ranking_body->find("CA-HY2"), std::string::npos);
  EXPECT_EQ(*recoded->ranking_body, from_scratch());
}

TEST_P(ScoreBoardTest, AQuarterIsScoredOnItsMonthsAgainstTheSameQuarterLastYear) {
  ScoreBoard board(*cat);
  auto year = get(board, 1);
  auto tx = db->begin(TxMode::kRead);
  auto q1 = board.get(*tx, group, 2024, scoring_period(2024, R"({"kind":"quarter","year":2024,"quarter":1})"), 1);
  int64_t hd = provinces[4];  // 40 crimes a month in 2023, 38 in 2024
  EXPECT_DOUBLE_EQ(q1->values(hd).get("toi_pham_ttxh"), 3 * 38);
  EXPECT_DOUBLE_EQ(q1->values(hd, true).get("toi_pham_ttxh"), 3 * 40);
  EXPECT_DOUBLE_EQ(year->values(hd).get("toi_pham_ttxh"), 12 * 38);
  EXPECT_EQ(json::parse(*q1->ranking_body)["period"]["label"], "Quý I/2024");
  EXPECT_EQ(json::parse(*year->ranking_body)["period"]["label"], "Năm 2024");
  // Both stay held, each under its own period.
  EXPECT_EQ(board.fresh(group, 2024, scoring::Period::year(2024), 1), year);
}

TEST_P(ScoreBoardTest, StatisticalMonthsAreScoredOverThePoliceStatisticalYear) {
  // A unit that reports by statistical month (15th to 14th) in a group of its own.
  int64_t unit = 0, own_group = 0;
  write([&](Tx& tx) {
    storage::UnitRepository u(tx);
    unit = u.create({"Công an tỉnh Bắc Ninh", "provincial_police", "CA-BN", ministry, d("1997-01-01"), std::nullopt}).id;
    int64_t other = u.create({"Công an tỉnh Bắc Giang", "provincial_police", "CA-BG", ministry, d("1997-01-01"), std::nullopt}).id;
    storage::YearSetup y;
    y.year = 2024;
    y.member_ids = {unit, other};
    own_group = storage::GroupRepository(tx).create("Khối thử", "block", ministry, y).id;
    auto gy_id = storage::GroupRepository(tx).get(own_group).years.at(0).id;
    storage::ScoringStore store(tx);
    store.bind_scheme(gy_id, store.binding_of(gy)->scheme_id);
    storage::ReportRepository reports(tx);
    storage::Actor by{std::nullopt, "test"};
    for (int year : {2023, 2024})
      for (int m = 1; m <= 12; ++m) {
        auto p = scoring::Period::statistical_month(year, m);
        storage::StoredPeriod sp{"statistical_month:" + p.start().iso() + ".." + p.end().iso(), p.to_json().dump(),
                                 p.start(), p.end()};
        auto r = reports.create(unit, sp, json{{"toi_pham_ttxh", year == 2024 ? 9 : 10}}.dump(), "", by);
        reports.set_status(r.id, "submitted", std::nullopt, by, d("2025-01-05"));
      }
    store.put_sheet(gy_id, {unit, unit, "self", "{}", "test", ""});
    return 0;
  });
  ScoreBoard board(*cat);
  auto tx = db->begin(TxMode::kRead);
  auto stat = board.get(*tx, own_group, 2024, scoring_period(2024, R"({"kind":"statistical_year","year":2024})"), 1);
  EXPECT_DOUBLE_EQ(stat->values(unit).get("toi_pham_ttxh"), 12 * 9);
  EXPECT_DOUBLE_EQ(stat->values(unit, true).get("toi_pham_ttxh"), 12 * 10);
  EXPECT_TRUE(stat->coverage(unit).complete());
  // The calendar year holds only the eleven statistical months inside it (15/01 – 14/12): 1–14
  // January and 15–31 December are not reported, so the calendar year has no figures.
  auto calendar = board.get(*tx, own_group, 2024, scoring::Period::year(2024), 1);
  EXPECT_FALSE(calendar->values(unit).has("toi_pham_ttxh"));
  EXPECT_EQ(calendar->coverage(unit).reported, 10);
  EXPECT_EQ(calendar->coverage(unit).label(), "thiếu báo cáo 2/12 tháng");
}

TEST_P(ScoreBoardTest, APeriodOutsideTheYearOrNotJsonIsRefused) {
  for (const char* bad : {R"({"kind":"quarter","year":2023,"quarter":4})", R"({"kind":"phase","start":"2023-01-01","end":"2024-06-30"})",
                          "quarter", R"({"kind":"week"})"}) {
    try {
      scoring_period(2024, std::string(bad));
      ADD_FAILURE() << bad;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kInvalid) << bad;
    }
  }
}

// The held scores against the regulation's arithmetic done by hand on the stored rows: province i
// reported 20 + 5i crimes a month in 2023 and two fewer in 2024, so its crimes fell by 200/(20+5i)
// percent against a target of 7%: 12 points × min(1, fall / 7). A month sent back is no longer
// reported: that province's year has no figures and the criterion earns nothing.
TEST_P(ScoreBoardTest, TheHeldScoresAreTheRegulationsArithmeticOnTheStoredRows) {
  ScoreBoard board(*cat);
  auto check = [&](const GroupYearScores& s, int64_t withdrawn) {
    for (size_t i = 0; i < provinces.size(); ++i) {
      const int64_t unit = provinces[i];
      const double base = 20 + 5 * static_cast<double>(i);
      auto card = s.review(unit)->final_score();
      ASSERT_TRUE(card.has_value());
      const auto* crit = card->find("giam_toi_pham_ttxh");
      ASSERT_NE(crit, nullptr);
      if (unit == withdrawn) {
        EXPECT_EQ(s.coverage(unit).reported, 11);
        EXPECT_EQ(s.coverage(unit).missing.size(), 1u);
        EXPECT_FALSE(s.values(unit).has("toi_pham_ttxh"));
        EXPECT_EQ(crit->status, "missing");
        EXPECT_EQ(crit->points, 0);
        EXPECT_TRUE(card->incomplete);
        continue;
      }
      EXPECT_EQ(s.coverage(unit).reported, 12);
      EXPECT_DOUBLE_EQ(s.values(unit).get("toi_pham_ttxh"), 12 * (base - 2));
      EXPECT_DOUBLE_EQ(s.values(unit, true).get("toi_pham_ttxh"), 12 * base);
      const double fall = 200 / base;
      EXPECT_NEAR(crit->points, std::round(100 * 12 * std::min(1.0, fall / 7)) / 100, 1e-9) << base;
    }
    // Ranked by total, best first (no disqualification, ties broken further down).
    for (size_t k = 1; k < s.ranking.size(); ++k)
      EXPECT_GE(s.ranking[k - 1].score.total_centi, s.ranking[k].score.total_centi);
  };
  check(*get(board, 1), 0);
  const int64_t nd = provinces[3];
  write([&](Tx& tx) {
    storage::ReportRepository(tx).set_status(report_id.at({nd, 3}), "returned", std::string("Thiếu số liệu"),
                                              storage::Actor{std::nullopt, "test"}, d("2025-01-06"));
    return 0;
  });
  auto after = get(board, 2);
  EXPECT_EQ(after->rescored, 1);
  check(*after, nd);
  EXPECT_EQ(*after->ranking_body, from_scratch());
}

TEST_P(ScoreBoardTest, UnknownGroupYearIsNotFoundAndKeepsNothing) {
  ScoreBoard board(*cat);
  auto tx = db->begin(TxMode::kRead);
  try {
    board.get(*tx, group, 2031, scoring::Period::year(2031), 1);
    FAIL() << "no 2031 group-year";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kNotFound);
  }
  EXPECT_EQ(board.fresh(group, 2031, scoring::Period::year(2031), 1), nullptr);
}

TEST_P(ScoreBoardTest, AtStartEveryScoredGroupYearIsLoadedOnThreadsAndKeptExactUnderAnotherInstancesWrites) {
  // A second cluster of 2024 without a regulation yet.
  int64_t other = write([&](Tx& tx) {
    storage::UnitRepository u(tx);
    storage::YearSetup y;
    y.year = 2024;
    y.member_ids = {u.create({"Công an tỉnh Long An", "provincial_police", "CA-LA", ministry, d("1997-01-01"), std::nullopt}).id,
                    u.create({"Công an tỉnh Bến Tre", "provincial_police", "CA-BT", ministry, d("1997-01-01"), std::nullopt}).id};
    return storage::GroupRepository(tx).create("Cụm thi đua số 7", "cluster", ministry, y).id;
  });
  ScoreBoard board(*cat);
  EXPECT_FALSE(board.load_status().ready);
  std::atomic<bool> stop{false};
  board.load(*db, 3, 1, stop);
  auto st = board.load_status();
  EXPECT_TRUE(st.ready);
  const int now = Date::today_vn().year();
  EXPECT_NE(std::find(st.years.begin(), st.years.end(), 2024), st.years.end()) << "the latest year with a regulation";
  EXPECT_NE(std::find(st.years.begin(), st.years.end(), now), st.years.end());
  EXPECT_NE(std::find(st.years.begin(), st.years.end(), now - 1), st.years.end());
  EXPECT_EQ(st.group_years, 2);
  EXPECT_EQ(st.scored, 1);
  EXPECT_EQ(st.unscored, 1);  // listed, nothing held
  EXPECT_EQ(st.failed, 0);
  // The first request is answered from memory, and it is what first use would have built.
  auto held = board.fresh(group, 2024, scoring::Period::year(2024), 1);
  ASSERT_NE(held, nullptr);
  EXPECT_EQ(*held->ranking_body, from_scratch());
  EXPECT_EQ(board.fresh(other, 2024, scoring::Period::year(2024), 1), nullptr);

  // Another instance corrects Hải Dương's December (this board's write epoch does not move):
  // within kRecheck the held snapshot may still be served; after it, the versions are read and
  // only Hải Dương is scored again.
  int64_t hd = provinces[4];
  correct_hai_duong_december("other instance");
  std::this_thread::sleep_for(ScoreBoard::kRecheck + std::chrono::milliseconds(10));
  EXPECT_EQ(board.fresh(group, 2024, scoring::Period::year(2024), 1), nullptr) << "older than kRecheck: not served as is";
  auto after = get(board, 1);
  EXPECT_EQ(after->rescored, 1);
  EXPECT_EQ(after->ranking.back().score.unit, "CA-HD");
  EXPECT_EQ(*after->ranking_body, from_scratch());
}

// After a write, the units its transaction moved the scores of (collected by a CommitWatch, as
// App::handle collects them) are handed to refresh_now() before the write is answered: their
// group is brought up to date, and the ranking asked next is answered from memory — fresh() never reads
// the database, and get() does not count a database read. The board holds snapshots without a
// time limit here (a recheck of an hour), so nothing in the test depends on how fast it runs.
TEST_P(ScoreBoardTest, AfterAWriteTheGroupIsRescoredBeforeTheAnswerAndTheNextRankingComesFromMemory) {
  ScoreBoard board(*cat, std::chrono::hours(1));
  auto epoch = [&] { return db->version_commits(); };
  auto before = get(board, epoch());
  const uint64_t reads_before = board.database_reads();
  EXPECT_EQ(board.fresh(group, 2024, scoring::Period::year(2024), epoch()), before);
  storage::CommitWatch written;
  correct_hai_duong_december("test");
  // Three transactions (return, correction, submission), each moving Hải Dương's reports.
  EXPECT_EQ(written.units, (std::vector<int64_t>{provinces[4], provinces[4], provinces[4]}));
  EXPECT_EQ(board.fresh(group, 2024, scoring::Period::year(2024), epoch()), nullptr) << "a write here: not served as is";
  EXPECT_EQ(written.epoch, epoch()) << "the watch knows the epoch its last write made";
  board.refresh_now(*db, epoch, written.units, written.epoch);
  const uint64_t reads_refreshed = board.database_reads();
  EXPECT_EQ(reads_refreshed, reads_before + 1) << "the refresh read the group once";
  auto now = board.fresh(group, 2024, scoring::Period::year(2024), epoch());
  ASSERT_NE(now, nullptr) << "the ranking asked next is in memory";
  EXPECT_NE(now, before);
  EXPECT_EQ(now->rescored, 1);
  EXPECT_EQ(now->ranking.back().score.unit, "CA-HD");
  EXPECT_EQ(*now->ranking_body, from_scratch());
  EXPECT_EQ(get(board, epoch()), now);
  EXPECT_EQ(board.database_reads(), reads_refreshed) << "get() answered from memory too";
  // A unit that is no member of any held group: nothing is read.
  board.refresh_now(*db, epoch, {ministry}, epoch());
  EXPECT_EQ(board.database_reads(), reads_refreshed);
  // Another write elsewhere moves the epoch; the refresh of writes this group's snapshot was
  // confirmed after (a second writer of the same burst, arriving late) reads nothing again…
  const std::vector<int64_t> units = written.units;
  const uint64_t written_at = written.epoch;  // the watch goes on counting the writes below
  write([&](Tx& tx) {
    storage::bump_unit_reports(tx, ministry);
    return 0;
  });
  ASSERT_GT(epoch(), written_at);
  board.refresh_now(*db, epoch, units, written_at);
  EXPECT_EQ(board.database_reads(), reads_refreshed) << "already shown: not re-scored once more";
  // … while a write after that snapshot is re-scored.
  storage::CommitWatch again;
  correct_hai_duong_december("test 2");
  board.refresh_now(*db, epoch, again.units, again.epoch);
  EXPECT_EQ(board.database_reads(), reads_refreshed + 1);
  ASSERT_NE(board.fresh(group, 2024, scoring::Period::year(2024), epoch()), nullptr);
}

// A submission's write hands the row it stored to the re-scoring (storage::WrittenReport): the
// group is brought up to date reading nothing but its versions — one round trip — and the ranking
// is byte for byte what a board built from scratch says. Another writer's write to the same unit
// between the submission and the re-scoring (another instance's) is caught by the version check:
// the unit is read again, and the ranking is exact all the same.
TEST_P(ScoreBoardTest, ASubmissionHandedByItsWriteIsTakenWithoutReadingItBackAndStaysExact) {
  ScoreBoard board(*cat, std::chrono::hours(1));
  auto epoch = [&] { return db->version_commits(); };
  const int64_t hd = provinces[4];
  get(board, epoch());
  const scoring::Period year = scoring::Period::year(2024);
  // December and November returned and corrected (not submissions: read again, as before).
  for (int m : {12, 11}) {
    storage::CommitWatch w;
    write([&](Tx& tx) {
      storage::ReportRepository reports(tx);
      storage::Actor by{std::nullopt, "test"};
      reports.set_status(report_id.at({hd, m}), "returned", std::string("Sai số liệu"), by, d("2025-01-06"));
      reports.update(report_id.at({hd, m}), json{{"toi_pham_ttxh", 400}, {"toi_pham_ttxh_kham_pha", 100}}.dump(), "",
                     std::string("Sửa"), by);
      return 0;
    });
    EXPECT_TRUE(w.reports.empty()) << "a return or a correction hands nothing";
    board.refresh_now(*db, epoch, w.units, w.epoch, w.reports);
    auto now = board.fresh(group, 2024, year, epoch());
    ASSERT_NE(now, nullptr);
    EXPECT_EQ(now->handed, 0);
    EXPECT_EQ(*now->ranking_body, from_scratch());
  }
  auto submit = [&](int m) {
    write([&](Tx& tx) {
      storage::ReportRepository(tx).set_status(report_id.at({hd, m}), "submitted", std::nullopt,
                                               storage::Actor{std::nullopt, "test"}, d("2025-01-07"));
      return 0;
    });
  };
  // December submitted: handed, taken, one round trip (the versions).
  {
    storage::CommitWatch w;
    submit(12);
    ASSERT_EQ(w.reports.size(), 1u);
    EXPECT_EQ(w.reports[0].unit_id, hd);
    EXPECT_EQ(w.reports[0].status, "submitted");
    EXPECT_GT(w.reports[0].gen, 0);
    const uint64_t trips = db->round_trips();
    board.refresh_now(*db, epoch, w.units, w.epoch, w.reports);
    EXPECT_EQ(db->round_trips() - trips, 1u) << "the re-scoring read the versions only";
    auto now = board.fresh(group, 2024, year, epoch());
    ASSERT_NE(now, nullptr);
    EXPECT_EQ(now->rescored, 1);
    EXPECT_EQ(now->handed, 1);
    EXPECT_EQ(now->ranking.back().score.unit, "CA-HD");
    EXPECT_EQ(*now->ranking_body, from_scratch()) << "the same bytes as a board built from scratch";
  }
  // November submitted, then another writer moves Hải Dương's reports before the re-scoring.
  {
    storage::CommitWatch w;
    submit(11);
    ASSERT_EQ(w.reports.size(), 1u);
    const std::vector<storage::WrittenReport> handed = w.reports;
    const std::vector<int64_t> units = w.units;
    const uint64_t written = w.epoch;
    write([&](Tx& tx) {
      storage::ReportRepository(tx).set_status(report_id.at({hd, 11}), "returned", std::string("Chưa đúng"),
                                               storage::Actor{std::nullopt, "other"}, d("2025-01-08"));
      return 0;
    });
    board.refresh_now(*db, epoch, units, written, handed);
    auto now = get(board, epoch());
    EXPECT_EQ(now->handed, 0) << "the version check saw the other write: read again";
    EXPECT_EQ(json::parse(*now->ranking_body)["incomplete"].size(), 1u) << "November returned: not scored";
    EXPECT_EQ(*now->ranking_body, from_scratch());
  }
}

// The months of a member fall due by the deadlines set along its chain of levels above it: a
// member moved under another level, or a deadline set by a level above, bumps the reports version
// of every member at or below that unit (storage::bump_members_under), and the held ranking
// re-reads those members — and only them — with their new chains.
TEST_P(ScoreBoardTest, AMoveOrADeadlineAboveAMemberReadsThatMemberAgain) {
  int64_t department = write([&](Tx& tx) {
    return storage::UnitRepository(tx).create({"Cục Cảnh sát QLHC về TTXH", "department", "C06", ministry, d("1997-01-01"), std::nullopt}).id;
  });
  ScoreBoard board(*cat);
  auto before = get(board, 1);
  write([&](Tx& tx) {
    storage::UnitRepository(tx).move(provinces[4], department, d("2024-06-01"), std::nullopt);
    return 0;
  });
  auto moved = get(board, 2);
  ASSERT_NE(moved, before);
  EXPECT_EQ(moved->rescored, 1) << "Hải Dương only";
  for (int i = 0; i < 4; ++i) EXPECT_EQ(moved->review(provinces[i])->to_json(), before->review(provinces[i])->to_json());
  EXPECT_EQ(*moved->ranking_body, from_scratch());
  // A deadline the department sets reaches the unit moved under it; the ministry's every member.
  write([&](Tx& tx) {
    storage::ReportRepository(tx).set_deadline(department, month(2024, 12), d("2025-01-05"));
    return 0;
  });
  auto by_department = get(board, 3);
  EXPECT_EQ(by_department->rescored, 1);
  write([&](Tx& tx) {
    storage::ReportRepository(tx).set_deadline(ministry, month(2024, 12), d("2025-01-10"));
    return 0;
  });
  auto by_ministry = get(board, 4);
  EXPECT_EQ(by_ministry->rescored, 5);
  EXPECT_EQ(*by_ministry->ranking_body, from_scratch());
}

TEST_P(ScoreBoardTest, AStopRequestLeavesTheBoardNotReady) {
  ScoreBoard board(*cat);
  std::atomic<bool> stop{true};
  board.load(*db, 2, 1, stop);
  EXPECT_TRUE(board.load_status().started);
  EXPECT_FALSE(board.load_status().ready);
  EXPECT_EQ(board.fresh(group, 2024, scoring::Period::year(2024), 1), nullptr);
}

// The stored reports are decoded straight from the database column into the held values, at
// start (load) and on first use (get) alike: a figure a report leaves out stays missing for the
// year — never 0 — and a stored value that cannot be read refuses its group-year, never read as 0.
// The board holds no more bytes than its budget: beyond it the group-years not asked for longest
// are dropped, and one dropped answers the same ranking when asked again, built from the
// database as on first use. The bytes it counts are what the snapshots really take on the heap.
TEST_P(ScoreBoardTest, TheBoardHoldsNoMoreBytesThanItsBudgetAndADroppedGroupYearAnswersTheSame) {
  constexpr int kGroups = 24;
  std::vector<int64_t> groups = add_groups(kGroups, "T");
  auto ranking = [&](ScoreBoard& board, int64_t g) {
    auto tx = db->begin(TxMode::kRead);
    return board.get(*tx, g, 2024, scoring::Period::year(2024), 1);
  };

  // What the snapshots take, counted, against what the heap gives out for them (glibc's count;
  // a sanitizer's allocator does not keep it). A first board warms the connections' caches and
  // compiles nothing the second needs; the second's first group compiles the regulation.
  {
    ScoreBoard warm(*cat, std::chrono::hours(1), size_t{1} << 40);
    for (int64_t g : groups) ranking(warm, g);
  }
  std::vector<std::string> bodies;
  {
    ScoreBoard board(*cat, std::chrono::hours(1), size_t{1} << 40);
    ranking(board, groups[0]);
    const size_t first = board.held().bytes;
    malloc_trim(0);
    const size_t heap_before = mallinfo2().uordblks;
    std::vector<std::shared_ptr<const GroupYearScores>> kept;  // the snapshots stay whatever the board does
    for (int64_t g : groups) kept.push_back(ranking(board, g));
    const size_t heap_grew = mallinfo2().uordblks - heap_before, counted = board.held().bytes - first;
    for (const auto& k : kept) bodies.push_back(*k->ranking_body);
    EXPECT_EQ(board.held().snapshots, static_cast<size_t>(kGroups));
    EXPECT_GT(counted, 0u);
    if (heap_before > 0) {  // glibc's malloc counts: the bytes counted are within 15% of it
      std::printf("%d group-years: %zu bytes counted, the heap grew %zu bytes (%.3f)\n", kGroups - 1, counted, heap_grew,
                  static_cast<double>(counted) / static_cast<double>(heap_grew));
      EXPECT_GT(static_cast<double>(counted), 0.85 * static_cast<double>(heap_grew));
      EXPECT_LT(static_cast<double>(counted), 1.15 * static_cast<double>(heap_grew));
    }
  }

  // A budget of about six group-years: asking for all of them keeps the board within it.
  ScoreBoard board(*cat, std::chrono::hours(1), size_t{1} << 40);
  ranking(board, groups[0]);
  const size_t one = board.held().bytes;
  board.set_budget(6 * one);
  for (int64_t g : groups) {
    ranking(board, g);
    EXPECT_LE(board.held().bytes, 6 * one) << "after group " << g;
  }
  const auto held = board.held();
  EXPECT_LT(held.snapshots, static_cast<size_t>(kGroups));
  EXPECT_GE(held.snapshots, 3u);
  EXPECT_GT(held.evicted, 0u);
  // The first ones were dropped (asked for longest ago): not served from memory, built again on
  // request with the same ranking, byte for byte, as when first built and as a board that never
  // dropped anything.
  EXPECT_EQ(board.fresh(groups[0], 2024, scoring::Period::year(2024), 1), nullptr);
  const uint64_t reads = board.database_reads();
  for (int k : {0, 1}) {
    auto again = ranking(board, groups[static_cast<size_t>(k)]);
    EXPECT_EQ(*again->ranking_body, bodies[static_cast<size_t>(k)]) << "group " << k;
    EXPECT_LE(board.held().bytes, 6 * one);
  }
  EXPECT_EQ(board.database_reads(), reads + 2);
  // The last one asked before them is still held: served from memory as it was.
  auto last = board.fresh(groups[kGroups - 1], 2024, scoring::Period::year(2024), 1);
  ASSERT_NE(last, nullptr);
  EXPECT_EQ(*last->ranking_body, bodies[kGroups - 1]);
}

// The load holds no more than the budget: once full it stops holding rather than drop what it
// held a moment ago, and says how many it left out.
TEST_P(ScoreBoardTest, TheLoadStopsHoldingWhenTheBudgetIsFull) {
  ScoreBoard big(*cat);
  std::atomic<bool> stop{false};
  big.load(*db, 2, 1, stop);
  const auto all = big.held();
  ASSERT_EQ(all.snapshots, 1u);
  ScoreBoard small(*cat, ScoreBoard::kRecheck, all.bytes - 1);
  small.load(*db, 2, 1, stop);
  EXPECT_TRUE(small.load_status().ready);
  EXPECT_EQ(small.held().snapshots, 0u);
  EXPECT_EQ(small.held().not_loaded, 1u);
  EXPECT_EQ(small.fresh(group, 2024, scoring::Period::year(2024), 1), nullptr);
  // Built at its first request as before (the budget then drops nothing else: there is nothing else).
  EXPECT_EQ(*get(small, 1)->ranking_body, from_scratch());
}

// With more members than one reading statement takes, the load reads their reports on two
// connections (two read transactions, the second begun after the first read the versions).
// Reports corrected by another writer while it reads: once loaded, every group-year checked
// against the database answers what a board that never loaded says, byte for byte.
TEST_P(ScoreBoardTest, TheLoadOnTwoReadersIsExactUnderWritesArrivingMeanwhile) {
  constexpr int kGroups = 56;  // 224 members beside the fixture's 5: two readers
  std::vector<std::vector<int64_t>> reports_of;  // each group's first member's 2024 reports
  std::vector<int64_t> groups = add_groups(kGroups, "R", &reports_of);
  // Another instance corrects a month of a group in every few while the board loads.
  std::atomic<bool> loading{true};
  std::atomic<int> corrected{0};
  std::thread writer([&] {
    for (int g = 0; g < kGroups && (loading.load() || g < 24); g += 3) {  // 8 at least
      write([&](Tx& tx) {
        storage::ReportRepository reports(tx);
        storage::Actor by{std::nullopt, "other instance"};
        const int64_t id = reports_of[static_cast<size_t>(g)][static_cast<size_t>(g % 12)];
        reports.set_status(id, "returned", std::string("Sai số liệu"), by, d("2025-01-06"));
        reports.update(id, json{{"toi_pham_ttxh", 300 + g}, {"toi_pham_ttxh_kham_pha", 7}}.dump(), "", std::string("Sửa"), by);
        reports.set_status(id, "submitted", std::nullopt, by, d("2025-01-07"));
        return 0;
      });
      ++corrected;
    }
  });
  ScoreBoard board(*cat);
  std::atomic<bool> stop{false};
  board.load(*db, 2, 1, stop);
  loading = false;
  writer.join();
  const auto st = board.load_status();
  ASSERT_TRUE(st.ready);
  EXPECT_EQ(st.scored, kGroups + 1);
  EXPECT_EQ(st.failed, 0);
  EXPECT_GE(corrected.load(), 8);
  groups.push_back(group);
  for (int64_t g : groups) {
    auto tx = db->begin(TxMode::kRead);
    // Epoch 2: the writes are known, the versions are read (as a request after a write does).
    auto loaded = board.get(*tx, g, 2024, scoring::Period::year(2024), 2);
    ScoreBoard never_loaded(*cat);
    auto built = never_loaded.get(*tx, g, 2024, scoring::Period::year(2024), 2);
    EXPECT_EQ(*loaded->ranking_body, *built->ranking_body) << "group " << g;
  }
}

TEST_P(ScoreBoardTest, AFigureLeftOutStaysMissingAndAnUnreadableStoredValueIsRefused) {
  const int64_t hy = provinces[0], tb = provinces[1];
  write([&](Tx& tx) {
    storage::ReportRepository reports(tx);
    storage::Actor by{std::nullopt, "test"};
    const int64_t id = report_id.at({hy, 3});
    reports.set_status(id, "returned", std::string("Sửa"), by, d("2025-01-06"));
    json v = values(20, 2024);
    v.erase("tin_bao_giai_quyet");  // left out: not reported
    v["tngt_so_vu"] = nullptr;      // null: not reported either
    reports.update(id, v.dump(), "", std::string("Sửa"), by);
    reports.set_status(id, "submitted", std::nullopt, by, d("2025-01-07"));
    return 0;
  });
  auto check_missing = [&](const GroupYearScores& s) {
    EXPECT_EQ(s.coverage(hy).reported, 12);  // the month is reported, two of its figures are not
    EXPECT_FALSE(s.values(hy).has("tin_bao_giai_quyet"));
    EXPECT_FALSE(s.values(hy).has("tngt_so_vu"));
    EXPECT_DOUBLE_EQ(s.values(hy).get("toi_pham_ttxh"), 12 * 18);
    EXPECT_DOUBLE_EQ(s.values(hy, true).get("tin_bao_giai_quyet"), 12 * 96);  // 2023 untouched
    EXPECT_DOUBLE_EQ(s.values(tb).get("tin_bao_giai_quyet"), 12 * 96);
  };
  {
    ScoreBoard board(*cat);
    check_missing(*get(board, 1));
    ScoreBoard loaded(*cat);
    std::atomic<bool> stop{false};
    loaded.load(*db, 2, 1, stop);
    auto held = loaded.fresh(group, 2024, scoring::Period::year(2024), 1);
    ASSERT_NE(held, nullptr);
    check_missing(*held);
    EXPECT_EQ(*held->ranking_body, from_scratch());
  }
  // A stored text no reader accepts (a damaged row: not a number, cut short): refused, not 0.
  for (const char* damaged : {R"({"toi_pham_ttxh": "mười tám"})", R"({"toi_pham_ttxh": 18, "tin_bao)"}) {
    write([&](Tx& tx) {
      tx.query("UPDATE reports SET values_json = $1 WHERE id = $2", {std::string(damaged), report_id.at({tb, 5})});
      return 0;
    });
    ScoreBoard board(*cat);
    EXPECT_ANY_THROW(get(board, 1)) << damaged;
    EXPECT_EQ(board.fresh(group, 2024, scoring::Period::year(2024), 1), nullptr) << damaged;
    ScoreBoard loaded(*cat);
    std::atomic<bool> stop{false};
    loaded.load(*db, 2, 1, stop);
    EXPECT_EQ(loaded.load_status().failed, 1) << damaged;  // that group-year, left to a request
    EXPECT_EQ(loaded.fresh(group, 2024, scoring::Period::year(2024), 1), nullptr) << damaged;
  }
  try {
    write([&](Tx& tx) {
      tx.query("UPDATE reports SET values_json = $1 WHERE id = $2",
               {std::string(R"({"toi_pham_ttxh": "mười tám"})"), report_id.at({tb, 5})});
      return 0;
    });
    ScoreBoard board(*cat);
    get(board, 1);
    ADD_FAILURE() << "a value that is not a number was read";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kInvalid);
    EXPECT_NE(std::string(e.what()).find("toi_pham_ttxh"), std::string::npos) << e.what();
  }
}

THIDUA_BOTH_DATABASES(ScoreBoardTest);

}  // namespace
}  // namespace thidua::api
