// Groups and score sheets written many at once (GroupRepository::create_many,
// ScoringStore::put_sheets: the national data load), on both databases: a batch writes exactly
// the rows create() / put_sheet() write one by one (two fresh databases, the same units, one
// written each way), and a refused batch writes nothing.
#include <gtest/gtest.h>

#include <string>

#include "core/emulation.h"
#include "core/error.h"
#include "storage/emulation.h"
#include "storage/registry.h"
#include "storage/scoring_store.h"
#include "storage/test_databases.h"

namespace thidua::storage {
namespace {

using testing::DbTest;
using Rows = std::vector<std::vector<std::optional<std::string>>>;

Date d(const char* s) { return *Date::parse_iso(s); }

constexpr int kBlocks = 210;  // groups: more than one multi-row statement

// Units of a province: 2 × kBlocks communes, a civil body; and a second province.
struct Layout {
  int64_t ministry = 0, province = 0, other_province = 0, committee = 0, late_commune = 0;
  std::vector<int64_t> communes;
};

Layout make_units(Database& db) {
  Layout l;
  auto tx = db.begin(TxMode::kWrite);
  UnitRepository units(*tx);
  l.ministry = units.create({"Bộ Công an", "ministry", "BCA", std::nullopt, d("1945-08-19"), std::nullopt}).id;
  l.province = units.create({"Công an tỉnh Quảng Bình", "provincial_police", "QB", l.ministry, d("1997-01-01"), std::nullopt}).id;
  l.other_province = units.create({"Công an tỉnh Quảng Trị", "provincial_police", "QT", l.ministry, d("1997-01-01"), std::nullopt}).id;
  l.committee = units.create({"Ủy ban nhân dân tỉnh", "peoples_committee", "UB", std::nullopt, d("1997-01-01"), std::nullopt}).id;
  std::vector<NewUnit> batch;
  for (int i = 0; i < 2 * kBlocks; ++i)
    batch.push_back({"Công an xã Thứ " + std::to_string(i), "commune_police", "X" + std::to_string(i), l.province,
                     d("2020-01-01"), std::nullopt});
  l.communes = units.create_many(batch);
  l.late_commune = units.create({"Công an xã Mới", "commune_police", "XM", l.province, d("2025-01-01"), std::nullopt}).id;
  tx->commit();
  return l;
}

// The groups of the test: kBlocks blocks of two communes organised by the province (one in
// seven with a leader and a deputy), and the ministry's cluster of the two provinces.
std::vector<NewGroup> groups_of(const Layout& l) {
  std::vector<NewGroup> out;
  for (int i = 0; i < kBlocks; ++i) {
    YearSetup y;
    y.year = 2024;
    y.member_ids = {l.communes[2 * static_cast<size_t>(i)], l.communes[2 * static_cast<size_t>(i) + 1]};
    if (i % 7 == 0) {
      y.leader = emulation::Leadership{y.member_ids[0], "elected", d("2024-01-10"), std::string("Biên bản họp khối")};
      y.deputy = emulation::Leadership{y.member_ids[1], "assigned", d("2024-01-10"), std::nullopt};
    }
    out.push_back({"Khối thi đua số " + std::to_string(i), "block", l.province, y});
  }
  YearSetup c;
  c.year = 2024;
  c.member_ids = {l.province, l.other_province};
  out.push_back({"Cụm thi đua miền Trung", "cluster", l.ministry, c});
  return out;
}

Rows rows(Database& db, const std::string& sql) {
  auto tx = db.begin(TxMode::kRead);
  return tx->query(sql).rows;
}

// Every stored column but creation times (ids compared as the databases gave them: the same
// order of writes gives the same ids).
const char* kGroupTables[] = {
    "SELECT id, name, name_folded, name_sort, kind, organiser_unit_id FROM emulation_groups ORDER BY id",
    "SELECT id, group_id, year, leader_unit_id, leader_method, leader_date, leader_document, deputy_unit_id, "
    "deputy_method, deputy_date, deputy_document, movement_id FROM group_years ORDER BY id",
    "SELECT group_year_id, unit_id FROM group_members ORDER BY group_year_id, unit_id",
    "SELECT group_year_id, gen FROM score_gen_group_year ORDER BY group_year_id",
};
const char* kSheetTables[] = {
    "SELECT group_year_id, unit_id, kind, scorer_unit_id, assessment_json, username FROM score_sheets ORDER BY "
    "group_year_id, unit_id, kind, scorer_unit_id",
    "SELECT group_year_id, unit_id, gen FROM score_gen_member ORDER BY group_year_id, unit_id",
};

class GroupsBatchTest : public DbTest {
 protected:
  Layout l;
  void SetUp() override {
    DbTest::SetUp();
    if (!db) return;
    l = make_units(*db);
  }
  int64_t count(const char* table) {
    auto tx = db->begin(TxMode::kRead);
    return tx->query_id(std::string("SELECT COUNT(*) FROM ") + table);
  }
};

TEST_P(GroupsBatchTest, GroupsWrittenInABatchAreWhatCreateWritesOneByOne) {
  auto other = open_database(testing::fresh_url(GetParam()), 2);
  Layout l2 = make_units(*other);
  ASSERT_EQ(l2.communes, l.communes);
  const std::vector<NewGroup> batch = groups_of(l);
  std::vector<CreatedGroup> made = write([&](Tx& tx) { return GroupRepository(tx).create_many(batch); });
  ASSERT_EQ(made.size(), batch.size());
  {
    auto tx = other->begin(TxMode::kWrite);
    GroupRepository groups(*tx);
    for (size_t i = 0; i < batch.size(); ++i) {
      Group g = groups.create(batch[i].name, batch[i].kind, batch[i].organiser_unit_id, batch[i].year);
      EXPECT_EQ(g.id, made[i].id) << i;
      EXPECT_EQ(g.years.at(0).id, made[i].year_id) << i;
    }
    tx->commit();
  }
  for (const char* sql : kGroupTables) {
    Rows a = rows(*db, sql), b = rows(*other, sql);
    EXPECT_FALSE(a.empty()) << sql;
    EXPECT_EQ(a, b) << sql;
  }
  // Read back through the repository: in batch order, with their members and leadership.
  auto tx = db->begin(TxMode::kRead);
  GroupRepository groups(*tx);
  Group g7 = groups.get(made[7].id);
  EXPECT_EQ(g7.name, "Khối thi đua số 7");
  ASSERT_EQ(g7.years.size(), 1u);
  EXPECT_EQ(g7.years[0].members.size(), 2u);
  ASSERT_TRUE(g7.years[0].leader.has_value());
  EXPECT_EQ(g7.years[0].leader->l.unit_id, l.communes[14]);
  EXPECT_FALSE(groups.get(made[8].id).years[0].leader.has_value());
  other->close();
}

TEST_P(GroupsBatchTest, ARefusedGroupBatchWritesNothing) {
  // A stored block of the province, whose name and members the batch may not take again.
  write([&](Tx& tx) {
    YearSetup y;
    y.year = 2024;
    y.member_ids = {l.communes[0], l.communes[1]};
    return GroupRepository(tx).create("Khối đã có", "block", l.province, y).id;
  });
  const char* tables[] = {"emulation_groups", "group_years", "group_members", "score_gen_group_year"};
  std::map<std::string, int64_t> before;
  for (const char* t : tables) before[t] = count(t);
  // Good groups of the other communes, then one that must refuse the batch.
  std::vector<NewGroup> good;
  for (int i = 1; i < kBlocks; ++i) {
    YearSetup y;
    y.year = 2024;
    y.member_ids = {l.communes[2 * static_cast<size_t>(i)], l.communes[2 * static_cast<size_t>(i) + 1]};
    good.push_back({"Khối " + std::to_string(i), "block", l.province, y});
  }
  auto refused = [&](const std::string& why, NewGroup last, ErrorCode code) {
    auto batch = good;
    batch.push_back(std::move(last));
    auto tx = db->begin(TxMode::kWrite);
    try {
      GroupRepository(*tx).create_many(batch);
      ADD_FAILURE() << "accepted: " << why;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), code) << why << ": " << e.what();
    }
    for (const char* t : tables) EXPECT_EQ(tx->query_id(std::string("SELECT COUNT(*) FROM ") + t), before[t]) << why << " " << t;
  };
  auto year = [](std::vector<int64_t> ids, int yr = 2024) {
    YearSetup y;
    y.year = yr;
    y.member_ids = std::move(ids);
    return y;
  };
  const int64_t a = l.communes[2], b = l.communes[3];  // in the good groups already
  refused("a unit in another stored block of the province", {"Khối mới", "block", l.province, year({l.communes[0], b})},
          ErrorCode::kConflict);
  refused("a unit in two groups of the batch", {"Khối mới", "block", l.province, year({a, b})}, ErrorCode::kConflict);
  refused("a stored name", {"Khối đã có", "block", l.province, year({l.communes[0], l.communes[1]}, 2025)},
          ErrorCode::kConflict);
  refused("a name twice in the batch", {"Khối 5", "block", l.province, year({l.communes[0], l.communes[1]}, 2025)},
          ErrorCode::kConflict);
  refused("a member outside the organiser", {"Khối lạ", "block", l.province, year({l.communes[0], l.other_province}, 2025)},
          ErrorCode::kInvalid);
  refused("a civil body as member", {"Khối lạ", "cluster", l.ministry, year({l.province, l.committee})}, ErrorCode::kInvalid);
  refused("an unknown member", {"Khối lạ", "block", l.province, year({l.communes[0], 999999}, 2025)}, ErrorCode::kInvalid);
  refused("a member not in force that year", {"Khối lạ", "block", l.province, year({l.late_commune, l.communes[0]})},
          ErrorCode::kInvalid);
  refused("one member", {"Khối lạ", "block", l.province, year({l.communes[0]}, 2025)}, ErrorCode::kInvalid);
  refused("an unknown organiser", {"Khối lạ", "block", 999999, year({l.communes[0], l.communes[1]}, 2025)}, ErrorCode::kInvalid);
  refused("a civil organiser", {"Khối lạ", "block", l.committee, year({l.communes[0], l.communes[1]}, 2025)}, ErrorCode::kInvalid);
  refused("a bad kind", {"Khối lạ", "team", l.province, year({l.communes[0], l.communes[1]}, 2025)}, ErrorCode::kInvalid);
  YearSetup led = year({l.communes[0], l.communes[1]}, 2025);
  led.leader = emulation::Leadership{l.communes[5], "elected", d("2025-01-10"), std::nullopt};  // not a member
  refused("a leader who is not a member", {"Khối lạ", "block", l.province, led}, ErrorCode::kInvalid);
  for (const char* t : tables) EXPECT_EQ(count(t), before[t]) << t;
  // The good groups alone are written.
  EXPECT_EQ(write([&](Tx& tx) { return GroupRepository(tx).create_many(good); }).size(), good.size());
}

TEST_P(GroupsBatchTest, SheetsWrittenInABatchAreWhatPutSheetWritesOneByOne) {
  auto other = open_database(testing::fresh_url(GetParam()), 2);
  Layout l2 = make_units(*other);
  const std::vector<NewGroup> groups = groups_of(l);
  std::vector<CreatedGroup> made = write([&](Tx& tx) { return GroupRepository(tx).create_many(groups); });
  {
    auto tx = other->begin(TxMode::kWrite);
    GroupRepository(*tx).create_many(groups_of(l2));
    tx->commit();
  }
  // A self-assessment for every member, and cross-sheets in one block in seven; the first
  // block's self-sheets stored before, so that the batch replaces them.
  auto sheet = [](int64_t unit, int64_t scorer, const char* kind, int n) {
    return ScoreSheet{unit, scorer, kind, R"({"met":{"a":true},"counts":{"b":)" + std::to_string(n) + "}}", "bench", ""};
  };
  std::vector<std::pair<int64_t, ScoreSheet>> batch, earlier;
  for (size_t i = 0; i < made.size(); ++i) {
    const auto& ids = groups[i].year.member_ids;
    for (int64_t m : ids) batch.push_back({made[i].year_id, sheet(m, m, "self", static_cast<int>(i))});
    if (i % 7 == 3) batch.push_back({made[i].year_id, sheet(ids[0], ids[1], "cross", 1)});
  }
  for (int64_t m : groups[0].year.member_ids) earlier.push_back({made[0].year_id, sheet(m, m, "self", 99)});
  for (Database* x : {db.get(), other.get()}) {
    auto tx = x->begin(TxMode::kWrite);
    ScoringStore store(*tx);
    for (const auto& [gy, s] : earlier) store.put_sheet(gy, s);
    tx->commit();
  }
  write([&](Tx& tx) {
    ScoringStore(tx).put_sheets(batch);
    return 0;
  });
  {
    auto tx = other->begin(TxMode::kWrite);
    ScoringStore store(*tx);
    for (const auto& [gy, s] : batch) store.put_sheet(gy, s);
    tx->commit();
  }
  for (const char* sql : kSheetTables) {
    Rows a = rows(*db, sql), b = rows(*other, sql);
    EXPECT_FALSE(a.empty()) << sql;
    EXPECT_EQ(a, b) << sql;
  }
  EXPECT_EQ(count("score_sheets"), static_cast<int64_t>(batch.size()));  // the earlier ones replaced
  auto tx = db->begin(TxMode::kRead);
  auto first = ScoringStore(*tx).sheets(made[0].year_id);
  ASSERT_EQ(first.size(), 2u);
  EXPECT_EQ(first[0].assessment_json, batch[0].second.assessment_json);
  other->close();
}

TEST_P(GroupsBatchTest, ARefusedSheetBatchWritesNothing) {
  const std::vector<NewGroup> groups = groups_of(l);
  std::vector<CreatedGroup> made = write([&](Tx& tx) { return GroupRepository(tx).create_many(groups); });
  const std::string a = R"({"met":{},"counts":{}})";
  std::vector<std::pair<int64_t, ScoreSheet>> good;
  for (size_t i = 0; i < made.size(); ++i)
    for (int64_t m : groups[i].year.member_ids) good.push_back({made[i].year_id, {m, m, "self", a, "bench", ""}});
  const int64_t sheets_before = count("score_sheets"), gens_before = count("score_gen_member");
  auto refused = [&](const std::string& why, std::pair<int64_t, ScoreSheet> last, ErrorCode code) {
    auto batch = good;
    batch.push_back(std::move(last));
    auto tx = db->begin(TxMode::kWrite);
    try {
      ScoringStore(*tx).put_sheets(batch);
      ADD_FAILURE() << "accepted: " << why;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), code) << why << ": " << e.what();
    }
    EXPECT_EQ(tx->query_id("SELECT COUNT(*) FROM score_sheets"), sheets_before) << why;
    EXPECT_EQ(tx->query_id("SELECT COUNT(*) FROM score_gen_member"), gens_before) << why;
  };
  const int64_t gy = made[0].year_id, m0 = groups[0].year.member_ids[0], m1 = groups[0].year.member_ids[1];
  refused("an unknown group-year", {999999, {m0, m0, "self", a, "bench", ""}}, ErrorCode::kNotFound);
  refused("a unit of another block", {gy, {l.communes[5], l.communes[5], "self", a, "bench", ""}}, ErrorCode::kInvalid);
  refused("a scorer of another block", {gy, {m0, l.communes[5], "cross", a, "bench", ""}}, ErrorCode::kInvalid);
  refused("a self-sheet by another unit", {gy, {m0, m1, "self", a, "bench", ""}}, ErrorCode::kInvalid);
  refused("a bad kind", {gy, {m0, m1, "peer", a, "bench", ""}}, ErrorCode::kInvalid);
  refused("a sheet twice", good.front(), ErrorCode::kConflict);
  EXPECT_EQ(count("score_sheets"), sheets_before);
}

THIDUA_BOTH_DATABASES(GroupsBatchTest);

}  // namespace
}  // namespace thidua::storage
