// The data versions (storage/data_versions.h) on both databases: which writes move which counter,
// once per committed transaction whatever the number of changes in it, never for a rolled-back
// one or for a write that shapes no ranking (a person, a login's session), seen by another
// connection pool on the same database (another instance), and exact under concurrent writers.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

#include "core/error.h"
#include "scoring/period.h"
#include "storage/data_versions.h"
#include "storage/emulation.h"
#include "storage/registry.h"
#include "storage/reports.h"
#include "storage/scoring_store.h"
#include "storage/test_databases.h"

namespace thidua::storage {
namespace {

using testing::DbTest;

Date d(const char* s) { return *Date::parse_iso(s); }

// A month as the API stores it (the key and JSON of scoring::Period).
StoredPeriod month(int y, int m) {
  auto p = scoring::Period::month(y, m);
  return {"month:" + p.start().iso() + ".." + p.end().iso(), p.to_json().dump(), p.start(), p.end()};
}

class DataVersionsTest : public DbTest {
 protected:
  int64_t ministry = 0, province = 0, other_province = 0, third_province = 0, commune = 0, group = 0, gy = 0;
  const Actor by{std::nullopt, "test"};

  void SetUp() override {
    DbTest::SetUp();
    if (!db) return;
    write([&](Tx& tx) {
      UnitRepository units(tx);
      ministry = units.create({"Bộ Công an", "ministry", "BCA", std::nullopt, d("1945-08-19"), std::nullopt}).id;
      province = units.create({"Công an tỉnh Quảng Bình", "provincial_police", "QB", ministry, d("1997-01-01"), std::nullopt}).id;
      other_province = units.create({"Công an tỉnh Quảng Trị", "provincial_police", "QT", ministry, d("1997-01-01"), std::nullopt}).id;
      third_province = units.create({"Công an tỉnh Hà Tĩnh", "provincial_police", "HT", ministry, d("1997-01-01"), std::nullopt}).id;
      commune = units.create({"Công an xã Bảo Ninh", "commune_police", "BN", province, d("2020-01-01"), std::nullopt}).id;
      YearSetup y;
      y.year = 2024;
      y.member_ids = {province, other_province, third_province};
      auto g = GroupRepository(tx).create("Cụm thi đua số 4", "cluster", ministry, y);
      group = g.id;
      gy = g.years.at(0).id;
      return 0;
    });
  }

  DataVersions now() {
    auto tx = db->begin(TxMode::kRead);
    return read_data_versions(*tx);
  }
  // How each counter moved across `f`, run in its own committed write transaction.
  template <typename F>
  std::pair<int64_t, int64_t> moved_by(F f) {
    const DataVersions was = now();
    write([&](Tx& tx) {
      f(tx);
      return 0;
    });
    const DataVersions is = now();
    return {is.scores - was.scores, is.structure - was.structure};
  }
  int64_t reports_version_in_block(int64_t unit) {
    auto tx = db->begin(TxMode::kRead);
    auto v = ScoringStore(*tx).score_versions(ScoringStore(*tx).group_year(block, 2024).id);
    auto it = v.reports.find(unit);
    return it == v.reports.end() ? 0 : it->second;
  }
  int64_t block = 0;
  int64_t reports_version(int64_t unit) {
    auto tx = db->begin(TxMode::kRead);
    auto v = ScoringStore(*tx).score_versions(gy);
    auto it = v.reports.find(unit);
    return it == v.reports.end() ? 0 : it->second;
  }
};

using Moved = std::pair<int64_t, int64_t>;  // scores, structure

TEST_P(DataVersionsTest, AReportMovesTheScoresCounterOnceATransactionAndNothingElse) {
  const uint64_t commits = db->version_commits();
  EXPECT_GE(now().scores, 1) << "the set-up's group (its members) moved it";
  EXPECT_GE(now().structure, 1) << "the set-up's units and group moved it";
  // Two reports and their submissions in one transaction: four score versions, one move.
  EXPECT_EQ(moved_by([&](Tx& tx) {
              ReportRepository reports(tx);
              for (int m : {1, 2}) {
                auto r = reports.create(province, month(2024, m), R"({"toi_pham_ttxh": 3})", "", by);
                reports.set_status(r.id, "submitted", std::nullopt, by, d("2024-03-01"));
              }
            }),
            Moved(1, 0));
  EXPECT_EQ(db->version_commits(), commits + 1);
  // A read transaction, a write that moves no version, and one rolled back: nothing moves.
  const DataVersions reported = now();
  { auto tx = db->begin(TxMode::kRead); tx->commit(); }
  EXPECT_EQ(moved_by([&](Tx& tx) {
              PersonRepository(tx).create("Nguyễn Văn Thử", "officer", 1980, {province, std::nullopt, std::string("Cán bộ"), std::nullopt, d("2020-01-01")});
            }),
            Moved(0, 0));
  {
    auto tx = db->begin(TxMode::kWrite);
    ReportRepository(*tx).create(province, month(2024, 3), R"({"toi_pham_ttxh": 3})", "", by);
    bump_unit_reports(*tx, province);
  }  // rolled back
  EXPECT_EQ(now(), reported);
  EXPECT_EQ(db->version_commits(), commits + 1);
}

TEST_P(DataVersionsTest, EveryWriterOfWhatShapesRankingsMovesTheStructureCounter) {
  // The registry.
  EXPECT_EQ(moved_by([&](Tx& tx) { UnitRepository(tx).create({"Công an xã Hải Ninh", "commune_police", "HN", province, d("2020-01-01"), std::nullopt}); }),
            Moved(0, 1));
  EXPECT_EQ(moved_by([&](Tx& tx) { UnitRepository(tx).rename(commune, "Công an xã Bảo Ninh mới", d("2024-01-01"), std::nullopt); }),
            Moved(1, 1));  // its reports version too: held rankings show names
  EXPECT_EQ(moved_by([&](Tx& tx) { UnitRepository(tx).correct(commune, std::nullopt, d("2020-02-01")); }), Moved(0, 1));
  int64_t spare = 0;
  EXPECT_EQ(moved_by([&](Tx& tx) { spare = UnitRepository(tx).create({"Công an xã Quang Phú", "commune_police", "QP", province, d("2020-01-01"), std::nullopt}).id; }),
            Moved(0, 1));
  EXPECT_EQ(moved_by([&](Tx& tx) { UnitRepository(tx).move(commune, other_province, d("2024-06-01"), std::nullopt); }),
            Moved(0, 1));  // no member at or below it: no score version
  EXPECT_EQ(moved_by([&](Tx& tx) { UnitRepository(tx).merge({spare}, commune, d("2024-07-01"), std::nullopt); }), Moved(0, 1));
  EXPECT_EQ(moved_by([&](Tx& tx) { UnitRepository(tx).dissolve(commune, d("2024-09-01"), std::nullopt); }), Moved(0, 1));
  // Groups: renamed (its group-years' rankings carry the name), members changed, a year added.
  EXPECT_EQ(moved_by([&](Tx& tx) { GroupRepository(tx).rename(group, "Cụm thi đua số 4 (mới)"); }), Moved(1, 1));
  EXPECT_EQ(moved_by([&](Tx& tx) { GroupRepository(tx).update_year(group, 2024, std::vector<int64_t>{province, other_province}, std::nullopt, std::nullopt); }),
            Moved(1, 1));
  YearSetup y;
  y.year = 2025;
  y.member_ids = {province, other_province};
  EXPECT_EQ(moved_by([&](Tx& tx) { GroupRepository(tx).add_year(group, y); }), Moved(1, 1));
  // A scheme bound, a movement and its phases.
  EXPECT_EQ(moved_by([&](Tx& tx) {
              const std::string scheme = R"({"id":"x"})";
              auto s = ScoringStore(tx).add_scheme("QD-THU", 1, "Quy định thử", scheme, "test", ministry);
              ScoringStore(tx).bind_scheme(gy, s.id);
            }),
            Moved(1, 1));
  MovementFields f;
  f.kind = "regular";
  f.name = "Phong trào thi đua Vì an ninh Tổ quốc năm 2024";
  f.organiser_ids = {ministry};
  f.start = d("2024-01-01");
  f.end = d("2024-12-31");
  f.phases = {{1, d("2024-01-01"), d("2024-06-30"), "Đợt 1", ""}};
  int64_t movement = 0;
  EXPECT_EQ(moved_by([&](Tx& tx) { movement = MovementRepository(tx).create(f, std::nullopt).id; }), Moved(0, 1));
  f.phases.push_back({2, d("2024-07-01"), d("2024-12-31"), "Đợt 2", ""});
  EXPECT_EQ(moved_by([&](Tx& tx) { MovementRepository(tx).update(movement, f, false); }), Moved(0, 1));
  EXPECT_EQ(moved_by([&](Tx& tx) { MovementRepository(tx).transition(movement, emulation::State::kLaunched, d("2024-01-05"), std::nullopt, std::nullopt, "test", d("2024-01-05")); }),
            Moved(0, 1));
  // Things that shape no ranking: a person's record, a group's leadership alone.
  int64_t person = 0;
  EXPECT_EQ(moved_by([&](Tx& tx) {
              person = PersonRepository(tx).create("Trần Thị Thử", "officer", 1985, {province, std::nullopt, std::string("Cán bộ"), std::nullopt, d("2020-01-01")}).id;
            }),
            Moved(0, 0));
  EXPECT_EQ(moved_by([&](Tx& tx) { PersonRepository(tx).update(person, std::string("Trần Thị Thử Hai"), std::nullopt); }), Moved(0, 0));
  EXPECT_EQ(moved_by([&](Tx& tx) {
              GroupRepository(tx).update_year(group, 2025, std::nullopt, emulation::Leadership{province, "assigned", d("2025-03-01"), std::nullopt}, std::nullopt);
            }),
            Moved(0, 0));
}

TEST_P(DataVersionsTest, AMoveOrADeadlineMovesTheReportsVersionOfEveryMemberAtOrBelowTheUnit) {
  // Two communes of the province in a block of their own; the province moved under a department.
  int64_t department = 0, commune2 = 0;
  write([&](Tx& tx) {
    department = UnitRepository(tx).create({"Cục Cảnh sát QLHC", "department", "C06", ministry, d("1997-01-01"), std::nullopt}).id;
    commune2 = UnitRepository(tx).create({"Công an xã Quang Phú", "commune_police", "QP", province, d("2020-01-01"), std::nullopt}).id;
    YearSetup y;
    y.year = 2024;
    y.member_ids = {commune, commune2};
    block = GroupRepository(tx).create("Khối xã thử", "block", province, y).id;
    return 0;
  });
  const int64_t p0 = reports_version(province), q0 = reports_version(other_province);
  storage::CommitWatch watch;
  EXPECT_EQ(moved_by([&](Tx& tx) { UnitRepository(tx).move(province, department, d("2024-06-01"), std::nullopt); }), Moved(1, 1));
  EXPECT_EQ(reports_version(province), p0 + 1);
  EXPECT_EQ(reports_version(other_province), q0) << "not below the unit moved";
  std::sort(watch.units.begin(), watch.units.end());
  EXPECT_EQ(watch.units, (std::vector<int64_t>{province, commune, commune2})) << "the members at or below it, for the board to refresh";
  // A deadline set by the department reaches the province and the commune below it.
  EXPECT_EQ(moved_by([&](Tx& tx) { ReportRepository(tx).set_deadline(department, month(2024, 12), d("2025-01-05")); }), Moved(1, 0));
  EXPECT_EQ(reports_version(province), p0 + 2);
  EXPECT_EQ(reports_version(other_province), q0);
  // One set by a member for itself reaches it alone; one by a level with no member at or below
  // it moves no score version, and so not the counter.
  const int64_t c0 = reports_version_in_block(commune2);
  EXPECT_EQ(moved_by([&](Tx& tx) { ReportRepository(tx).set_deadline(commune, month(2024, 12), d("2025-01-03")); }), Moved(1, 0));
  EXPECT_EQ(reports_version_in_block(commune2), c0);
  int64_t empty = write([&](Tx& tx) {
    return UnitRepository(tx).create({"Cục Hồ sơ", "department", "C07", ministry, d("1997-01-01"), std::nullopt}).id;
  });
  EXPECT_EQ(moved_by([&](Tx& tx) { ReportRepository(tx).set_deadline(empty, month(2024, 12), d("2025-01-03")); }), Moved(0, 0));
}

// Another instance: its own connections to the same database. It reads the counters a write
// through this one moved at once; its own version_commits() does not move (it counts the
// commits of its own process), so it learns of the write from the counters only.
TEST_P(DataVersionsTest, AnotherInstanceOnTheSameDatabaseReadsTheCountersAtOnce) {
  auto other = open_database(url, 2);
  auto read_other = [&] {
    auto tx = other->begin(TxMode::kRead);
    return read_data_versions(*tx);
  };
  const DataVersions was = read_other();
  EXPECT_EQ(was, now());
  write([&](Tx& tx) {
    bump_member_scores(tx, gy, province);
    touch_structure(tx);
    return 0;
  });
  EXPECT_EQ(read_other(), (DataVersions{was.scores + 1, was.structure + 1}));
  EXPECT_EQ(other->version_commits(), 0u);
  // And the other way round.
  {
    auto tx = other->begin(TxMode::kWrite);
    GroupRepository(*tx).rename(group, "Cụm thi đua số 4 (đổi tên)");
    tx->commit();
  }
  EXPECT_EQ(other->version_commits(), 1u);
  EXPECT_EQ(now(), (DataVersions{was.scores + 2, was.structure + 2}));
  other->close();
}

// Many writers at once (PostgreSQL: one counter row, each writer's increment after the
// previous one's commit): no move is lost, none counted twice.
TEST_P(DataVersionsTest, ConcurrentWritersMoveTheCounterExactlyOnceEach) {
  const DataVersions was = now();
  const uint64_t commits = db->version_commits();
  constexpr int kThreads = 4, kEach = 10;
  std::atomic<int> failed{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        try {
          auto tx = db->begin(TxMode::kWrite);
          bump_unit_reports(*tx, t % 2 ? province : other_province);
          tx->commit();
        } catch (const std::exception&) {
          ++failed;
        }
      }
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(failed.load(), 0);
  EXPECT_EQ(now().scores, was.scores + kThreads * kEach);
  EXPECT_EQ(now().structure, was.structure);
  EXPECT_EQ(db->version_commits(), commits + kThreads * kEach);
}

THIDUA_BOTH_DATABASES(DataVersionsTest);

}  // namespace
}  // namespace thidua::storage
