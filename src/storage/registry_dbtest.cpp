// The organisation registry on both databases: validation, reorganisation history, search.
#include <gtest/gtest.h>

#include "core/error.h"
#include "storage/accounts.h"
#include "storage/registry.h"
#include "storage/test_databases.h"

namespace thidua::storage {
namespace {

using testing::DbTest;

Date d(const char* s) { return *Date::parse_iso(s); }

class RegistryTest : public DbTest {
 protected:
  int64_t ministry = 0, province = 0;
  void SetUp() override {
    DbTest::SetUp();
    if (!db) return;
    auto tx = db->begin(TxMode::kWrite);
    UnitRepository units(*tx);
    ministry = units.create({"Bộ Công an", "ministry", "BCA", std::nullopt, d("1945-08-19"), std::nullopt}).id;
    province = units.create({"Công an tỉnh Quảng Bình", "provincial_police", "CA-QB", ministry, d("1997-01-01"), std::nullopt}).id;
    tx->commit();
  }
};

TEST_P(RegistryTest, MigrationsAreRecordedAndNotReapplied) {
  auto tx = db->begin(TxMode::kRead);
  auto r = tx->query("SELECT COUNT(*) FROM schema_migrations");
  EXPECT_GE(std::stoi(*r.rows[0][0]), 1);
  tx.reset();
  EXPECT_EQ(migrate(*db), 0);
}

TEST_P(RegistryTest, SearchIgnoresDiacriticsAndFindsDissolvedUnits) {
  write([&](Tx& tx) {
    UnitRepository u(tx);
    u.create({"Công an thành phố Đồng Hới", "district_police", "DH", province, d("2004-08-01"), std::nullopt});
    return u.dissolve(u.search({.q = "Đồng Hới"}, nullptr).at(0).id, d("2025-03-01"), std::string("NQ"));
  });
  auto tx = db->begin(TxMode::kRead);
  int64_t total = 0;
  auto found = UnitRepository(*tx).search({.q = "dong hoi"}, &total);
  ASSERT_EQ(total, 1);
  EXPECT_EQ(found[0].name, "Công an thành phố Đồng Hới");
  EXPECT_EQ(found[0].status, "dissolved");
  EXPECT_EQ(found[0].validity.to->iso(), "2025-02-28");
  // A LIKE wildcard typed by a user is a literal character, not "match anything".
  EXPECT_TRUE(UnitRepository(*tx).search({.q = "%"}, nullptr).empty());
}

TEST_P(RegistryTest, ListsSortInVietnameseOrder) {
  write([&](Tx& tx) {
    UnitRepository u(tx);
    for (auto [name, code] : {std::pair{"Công an xã Ưng Hòa", "X1"}, {"Công an xã Uông Bí", "X2"},
                              {"Công an xã Đa Phúc", "X3"}, {"Công an xã Duy Tiên", "X4"}})
      u.create({name, "commune_police", code, province, d("2020-01-01"), std::nullopt});
    return 0;
  });
  auto tx = db->begin(TxMode::kRead);
  auto list = UnitRepository(*tx).search({.kind = std::string("commune_police")}, nullptr);
  std::vector<std::string> names;
  for (auto& u : list) names.push_back(u.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Công an xã Duy Tiên", "Công an xã Đa Phúc", "Công an xã Uông Bí",
                                             "Công an xã Ưng Hòa"}));
}

TEST_P(RegistryTest, RefusesCyclesChildrenOutsideParentValidityAndDuplicateCodes) {
  int64_t district = write([&](Tx& tx) {
    return UnitRepository(tx).create({"Công an huyện Quảng Ninh", "district_police", "QN", province, d("2004-08-01"), std::nullopt}).id;
  });
  auto tx = db->begin(TxMode::kWrite);
  UnitRepository u(*tx);
  EXPECT_THROW(u.move(province, district, d("2024-01-01"), std::nullopt), Error);  // a cycle
  EXPECT_THROW(u.create({"Xã cũ", "commune_police", "OLD", province, d("1990-01-01"), std::nullopt}), Error);
  EXPECT_THROW(u.create({"Trùng mã", "commune_police", "QN", province, d("2020-01-01"), std::nullopt}), Error);
  EXPECT_THROW(u.create({"", "commune_police", "E1", province, d("2020-01-01"), std::nullopt}), Error);
}

TEST_P(RegistryTest, DissolvingAUnitWithPeopleOrLiveChildrenIsRefused) {
  int64_t district = write([&](Tx& tx) {
    UnitRepository u(tx);
    int64_t id = u.create({"Công an huyện Bố Trạch", "district_police", "BT", province, d("2004-08-01"), std::nullopt}).id;
    PersonRepository(tx).create("Nguyễn Văn A", "officer", std::nullopt,
                                {id, std::string("Thượng tá"), std::string("Trưởng Công an huyện"), std::nullopt, d("2020-01-01")});
    return id;
  });
  auto tx = db->begin(TxMode::kWrite);
  try {
    UnitRepository(*tx).dissolve(district, d("2025-03-01"), std::nullopt);
    FAIL() << "dissolve with an officer still posted must be refused";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kConflict);
  }
}

TEST_P(RegistryTest, MergeKeepsHistoryPredecessorsAndMovesPeople) {
  auto [tb, hy, person] = write([&](Tx& tx) {
    UnitRepository u(tx);
    int64_t tb = u.create({"Công an tỉnh Thái Bình", "provincial_police", "TB", ministry, d("1997-01-01"), std::nullopt}).id;
    int64_t hy = u.create({"Công an tỉnh Hưng Yên", "provincial_police", "HY", ministry, d("1997-01-01"), std::nullopt}).id;
    int64_t p = PersonRepository(tx).create("Trần Văn Bình", "officer", std::nullopt,
                                            {tb, std::string("Đại tá"), std::string("Phó Giám đốc"), std::nullopt, d("2020-01-01")}).id;
    u.merge({tb}, hy, d("2025-07-01"), std::string("Nghị quyết 202/2025/QH15"));
    return std::tuple{tb, hy, p};
  });
  auto tx = db->begin(TxMode::kRead);
  UnitRepository u(*tx);
  Unit old = u.get(tb);
  EXPECT_EQ(old.status, "merged");
  EXPECT_EQ(*old.successor_id, hy);
  EXPECT_EQ(old.validity.to->iso(), "2025-06-30");
  auto pre = u.predecessors(hy);
  ASSERT_EQ(pre.size(), 1u);
  EXPECT_EQ(pre[0].name, "Công an tỉnh Thái Bình");
  // The person's history: the old posting ends the day before, the new one starts on the merge.
  auto postings = PersonRepository(*tx).postings_of(person);
  ASSERT_EQ(postings.size(), 2u);
  EXPECT_EQ(postings[0].unit_id, hy);
  EXPECT_EQ(postings[0].from.iso(), "2025-07-01");
  EXPECT_EQ(postings[1].unit_id, tb);
  EXPECT_EQ(postings[1].to->iso(), "2025-06-30");
  // The event is in both units' history, and the merged unit is in the target's scope.
  ASSERT_EQ(u.events(tb).back().kind, "merge");
  EXPECT_EQ(u.events(hy).back().kind, "merge");
  EXPECT_TRUE(u.in_scope(hy, tb));
  EXPECT_FALSE(u.in_scope(tb, hy));
}

TEST_P(RegistryTest, AuditChainVerifiesAndReportsTheFirstTamperedRow) {
  write([&](Tx& tx) {
    AuditLog log(tx);
    for (int i = 0; i < 5; ++i) {
      audit::Entry e;
      e.username = "admin";
      e.address = "127.0.0.1";
      e.action = "unit.update";
      e.entity = "unit";
      e.entity_id = i;
      e.after_json = "{\"n\":" + std::to_string(i) + "}";
      log.append(e);
    }
    return 0;
  });
  {
    auto tx = db->begin(TxMode::kRead);
    auto v = AuditLog(*tx).verify();
    EXPECT_TRUE(v.ok);
    EXPECT_EQ(v.rows, 5);
  }
  // The database itself refuses to change a row.
  {
    auto tx = db->begin(TxMode::kWrite);
    EXPECT_THROW(tx->query("UPDATE audit_log SET username = 'x' WHERE id = 3"), Error);
  }
  // Someone with direct access drops the guard and edits row 3: verify names row 3.
  {
    auto tx = db->begin(TxMode::kWrite);
    if (tx->dialect() == Dialect::kSqlite) tx->query("DROP TRIGGER audit_log_no_update");
    else tx->query("DROP TRIGGER audit_log_no_change ON audit_log");
    tx->query("UPDATE audit_log SET after_json = '{\"n\":99}' WHERE id = 3");
    tx->commit();
  }
  auto tx = db->begin(TxMode::kRead);
  auto v = AuditLog(*tx).verify();
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(*v.first_bad_id, 3);
}

TEST_P(RegistryTest, WritesRollBackWhenTheTransactionIsNotCommitted) {
  {
    auto tx = db->begin(TxMode::kWrite);
    UnitRepository(*tx).create({"Công an xã Tạm", "commune_police", "TMP", province, d("2020-01-01"), std::nullopt});
  }
  auto tx = db->begin(TxMode::kRead);
  EXPECT_FALSE(UnitRepository(*tx).search({.q = "Tạm"}, nullptr).size());
}

THIDUA_BOTH_DATABASES(RegistryTest);

}  // namespace
}  // namespace thidua::storage

namespace thidua::storage {
namespace {

TEST_P(RegistryTest, UsersAreFoundByFullNameWithoutDiacriticsIncludingThoseStoredBeforeFolding) {
  write([&](Tx& tx) {
    UserRepository users(tx);
    users.create("tran.be", "Trần Thị Bé", "x", "viewer", province);
    users.create("le.an", "Lê Văn An", "x", "viewer", province);
    // As a row written before migration 008 would be.
    tx.query("UPDATE users SET full_name_folded = '' WHERE username = 'le.an'");
    return 0;
  });
  auto find = [&](const std::string& q) {
    auto tx = db->begin(TxMode::kRead);
    std::vector<std::string> names;
    for (const auto& u : UserRepository(*tx).search({q, std::nullopt, 50, 0}, nullptr)) names.push_back(u.username);
    return names;
  };
  EXPECT_EQ(find("tran thi be"), std::vector<std::string>{"tran.be"});
  EXPECT_TRUE(find("le van an").empty());
  EXPECT_EQ(write([&](Tx& tx) { return UserRepository(tx).fold_missing_names(); }), 1);
  EXPECT_EQ(write([&](Tx& tx) { return UserRepository(tx).fold_missing_names(); }), 0);
  EXPECT_EQ(find("LÊ VĂN"), std::vector<std::string>{"le.an"});
  EXPECT_EQ(find("le.an"), std::vector<std::string>{"le.an"});
}

}  // namespace
}  // namespace thidua::storage
