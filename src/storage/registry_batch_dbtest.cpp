// Units and people written many at once (UnitRepository::create_many,
// PersonRepository::create_many: the national data load), on both databases: a batch writes
// exactly the rows create() writes one by one, and a refused batch writes nothing.
#include <gtest/gtest.h>

#include <string>

#include "core/error.h"
#include "storage/registry.h"
#include "storage/test_databases.h"

namespace thidua::storage {
namespace {

using testing::DbTest;

Date d(const char* s) { return *Date::parse_iso(s); }

class RegistryBatchTest : public DbTest {
 protected:
  int64_t ministry = 0, province = 0, commune = 0;
  void SetUp() override {
    DbTest::SetUp();
    if (!db) return;
    write([&](Tx& tx) {
      UnitRepository units(tx);
      ministry = units.create({"Bộ Công an", "ministry", "BCA", std::nullopt, d("1945-08-19"), std::nullopt}).id;
      province = units.create({"Công an tỉnh Quảng Bình", "provincial_police", "QB", ministry, d("1997-01-01"), std::nullopt}).id;
      commune = units.create({"Công an xã Bảo Ninh", "commune_police", "BN", province, d("2020-01-01"), std::nullopt}).id;
      return 0;
    });
  }
  // Every stored column of a row but its id, code and creation time, as text.
  std::vector<std::optional<std::string>> row(const std::string& sql, int64_t id) {
    auto tx = db->begin(TxMode::kRead);
    Result r = tx->query(sql, {id});
    return r.empty() ? std::vector<std::optional<std::string>>{} : r.rows[0];
  }
  std::vector<std::optional<std::string>> unit_row(int64_t id) {
    return row("SELECT name, name_folded, name_sort, kind, parent_id, valid_from, valid_to, status FROM units WHERE id = $1", id);
  }
  std::vector<std::optional<std::string>> unit_event(int64_t id) {
    return row("SELECT e.kind, e.date, e.document, e.details, l.role, (SELECT COUNT(*) FROM unit_event_units x WHERE "
               "x.event_id = e.id) FROM unit_events e JOIN unit_event_units l ON l.event_id = e.id WHERE l.unit_id = $1",
               id);
  }
  std::vector<std::optional<std::string>> person_row(int64_t id) {
    return row("SELECT p.full_name, p.name_folded, p.name_sort, p.kind, p.birth_year, s.unit_id, s.rank, s.position, "
               "s.team_role, s.date_from, s.date_to, (SELECT COUNT(*) FROM postings x WHERE x.person_id = p.id) FROM persons "
               "p JOIN postings s ON s.person_id = p.id WHERE p.id = $1",
               id);
  }
  int64_t count(const char* table) {
    auto tx = db->begin(TxMode::kRead);
    return tx->query_id(std::string("SELECT COUNT(*) FROM ") + table);
  }
};

TEST_P(RegistryBatchTest, UnitsWrittenInABatchAreWhatCreateWritesOneByOne) {
  std::vector<NewUnit> batch;
  for (int i = 0; i < 450; ++i)  // more than one multi-row statement
    batch.push_back({"Công an xã Thứ " + std::to_string(i), "commune_police", "X" + std::to_string(i), province,
                     d("2020-01-01"), i % 3 == 0 ? std::optional<Date>(d("2023-12-31")) : std::nullopt});
  batch.push_back({"Ủy ban nhân dân xã Bảo Ninh", "peoples_committee", "UB1", std::nullopt, d("2021-05-01"), std::nullopt});
  std::vector<int64_t> ids = write([&](Tx& tx) { return UnitRepository(tx).create_many(batch); });
  ASSERT_EQ(ids.size(), batch.size());
  // The same units through create(), each under a code of its own.
  size_t singles = 0;
  for (size_t i = 0; i < batch.size(); i += 37, ++singles) {
    NewUnit one = batch[i];
    one.code = "Y" + std::to_string(i);
    int64_t id = write([&](Tx& tx) { return UnitRepository(tx).create(one).id; });
    EXPECT_EQ(unit_row(ids[i]), unit_row(id)) << i;
    EXPECT_FALSE(unit_event(ids[i]).empty()) << i;
    EXPECT_EQ(unit_event(ids[i]), unit_event(id)) << i;
    auto tx = db->begin(TxMode::kRead);
    EXPECT_EQ(UnitRepository(*tx).get(ids[i]).code, batch[i].code);  // the ids are in batch order
  }
  auto tx = db->begin(TxMode::kRead);
  UnitRepository units(*tx);
  EXPECT_EQ(units.get(ids[450]).kind, "peoples_committee");
  // The batch's communes, those written one by one, and Bảo Ninh.
  EXPECT_EQ(units.children(province).size(), 450u + singles + 1);
}

TEST_P(RegistryBatchTest, ARefusedUnitBatchWritesNothing) {
  const int64_t units_before = count("units"), events_before = count("unit_events");
  auto refused = [&](std::vector<NewUnit> batch, ErrorCode code) {
    auto tx = db->begin(TxMode::kWrite);
    try {
      UnitRepository(*tx).create_many(batch);
      ADD_FAILURE() << "accepted a batch with " << batch.back().code;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), code) << e.what();
    }
    // What the transaction holds after the refusal, before any rollback: nothing new.
    EXPECT_EQ(tx->query_id("SELECT COUNT(*) FROM units"), units_before);
    EXPECT_EQ(tx->query_id("SELECT COUNT(*) FROM unit_events"), events_before);
  };
  const NewUnit good{"Công an xã Quang Phú", "commune_police", "QP", province, d("2020-01-01"), std::nullopt};
  std::vector<NewUnit> many(300, good);
  for (size_t i = 0; i < many.size(); ++i) many[i].code = "Q" + std::to_string(i);
  auto with = [&](NewUnit last) {
    auto b = many;
    b.push_back(std::move(last));
    return b;
  };
  refused(with({"Công an xã Trùng", "commune_police", "BN", province, d("2020-01-01"), std::nullopt}), ErrorCode::kConflict);
  refused(with({"Công an xã Trùng", "commune_police", "Q7", province, d("2020-01-01"), std::nullopt}), ErrorCode::kConflict);
  refused(with({"Công an xã Mồ Côi", "commune_police", "MC", 999999, d("2020-01-01"), std::nullopt}), ErrorCode::kInvalid);
  refused(with({"Công an xã Sớm", "commune_police", "SM", province, d("1990-01-01"), std::nullopt}), ErrorCode::kInvalid);
  refused(with({"Công an xã Lạ", "no_such_kind", "LA", province, d("2020-01-01"), std::nullopt}), ErrorCode::kInvalid);
  EXPECT_EQ(count("units"), units_before);
}

TEST_P(RegistryBatchTest, PeopleWrittenInABatchAreWhatCreateWritesOneByOne) {
  int64_t team = write([&](Tx& tx) {
    return UnitRepository(tx).create({"Tổ bảo vệ ANTT thôn 1", "grassroots_team", "T1", commune, d("2024-07-01"), std::nullopt}).id;
  });
  std::vector<NewPerson> batch;
  for (int i = 0; i < 430; ++i) {
    NewPosting p;
    p.unit_id = team;
    p.team_role = i == 0 ? "to_truong" : i == 1 ? "to_pho" : "to_vien";
    p.from = d("2024-07-01");
    batch.push_back({"Nguyễn Văn Thành " + std::to_string(i), "member", i % 5 ? std::optional<int64_t>(1960 + i % 40) : std::nullopt, p});
  }
  NewPosting officer;
  officer.unit_id = commune;
  officer.rank = "Đại úy";
  officer.position = "Trưởng Công an xã";
  officer.from = d("2022-03-01");
  batch.push_back({"Lê Thị Hoa", "officer", 1985, officer});
  std::vector<int64_t> ids = write([&](Tx& tx) { return PersonRepository(tx).create_many(batch); });
  ASSERT_EQ(ids.size(), batch.size());
  for (size_t i = 0; i < batch.size(); i += 29) {
    const NewPerson& n = batch[i];
    int64_t id = write([&](Tx& tx) { return PersonRepository(tx).create(n.full_name, n.kind, n.birth_year, n.first).id; });
    EXPECT_FALSE(person_row(ids[i]).empty()) << i;
    EXPECT_EQ(person_row(ids[i]), person_row(id)) << i;
  }
  EXPECT_EQ(person_row(ids.back()), person_row(write([&](Tx& tx) {
              return PersonRepository(tx).create("Lê Thị Hoa", "officer", 1985, officer).id;
            })));
  auto tx = db->begin(TxMode::kRead);
  EXPECT_EQ(PersonRepository(*tx).get(ids[1]).current->team_role, "to_pho");
}

TEST_P(RegistryBatchTest, ARefusedPeopleBatchWritesNothing) {
  const int64_t persons_before = count("persons"), postings_before = count("postings");
  NewPosting officer;
  officer.unit_id = commune;
  officer.rank = "Đại úy";
  officer.from = d("2022-03-01");
  std::vector<NewPerson> many(250, NewPerson{"Trần Văn An", "officer", 1980, officer});
  auto refused = [&](NewPerson last) {
    auto batch = many;
    batch.push_back(std::move(last));
    auto tx = db->begin(TxMode::kWrite);
    EXPECT_THROW(PersonRepository(*tx).create_many(batch), Error) << batch.back().full_name;
    EXPECT_EQ(tx->query_id("SELECT COUNT(*) FROM persons"), persons_before);
    EXPECT_EQ(tx->query_id("SELECT COUNT(*) FROM postings"), postings_before);
  };
  NewPosting member_without_role = officer;
  member_without_role.rank.reset();
  refused({"Thành viên không vai trò", "member", 1990, member_without_role});  // a member needs a team role
  NewPosting nowhere = officer;
  nowhere.unit_id = 999999;
  refused({"Người không đơn vị", "officer", 1990, nowhere});
  NewPosting too_early = officer;
  too_early.from = d("2019-12-31");  // before the commune existed
  refused({"Người quá sớm", "officer", 1990, too_early});
  refused({"", "officer", 1990, officer});
  refused({"Người sinh lạ", "officer", 1800, officer});
  EXPECT_EQ(count("persons"), persons_before);
}

THIDUA_BOTH_DATABASES(RegistryBatchTest);

}  // namespace
}  // namespace thidua::storage
