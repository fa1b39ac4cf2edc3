// Reports written many at once (ReportRepository::put_many: the workbook import and data loads),
// and the drivers' prepared-statement caches, on both databases.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "core/error.h"
#include "storage/accounts.h"
#include "storage/registry.h"
#include "storage/reports.h"
#include "storage/test_databases.h"

namespace thidua::storage {
namespace {

using testing::DbTest;

Date d(const char* s) { return *Date::parse_iso(s); }

StoredPeriod month(int y, int m) {
  char key[64], json[96], start[16], end[16];
  int last = m == 2 ? 29 : (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31;
  std::snprintf(start, sizeof start, "%04d-%02d-01", y, m);
  std::snprintf(end, sizeof end, "%04d-%02d-%02d", y, m, last);
  std::snprintf(key, sizeof key, "month:%s..%s", start, end);
  std::snprintf(json, sizeof json, R"({"kind":"month","month":%d,"year":%d})", m, y);
  return {key, json, d(start), d(end)};
}

class ReportBatchTest : public DbTest {
 protected:
  int64_t ministry = 0, province = 0, a = 0, b = 0, old = 0;
  const Actor by{std::nullopt, "nhap.lieu"};
  void SetUp() override {
    DbTest::SetUp();
    if (!db) return;
    auto tx = db->begin(TxMode::kWrite);
    UnitRepository units(*tx);
    ministry = units.create({"Bộ Công an", "ministry", "BCA", std::nullopt, d("1945-08-19"), std::nullopt}).id;
    province = units.create({"Công an tỉnh Quảng Bình", "provincial_police", "QB", ministry, d("1997-01-01"), std::nullopt}).id;
    a = units.create({"Công an xã Bảo Ninh", "commune_police", "BN", province, d("2020-01-01"), std::nullopt}).id;
    b = units.create({"Công an xã Quang Phú", "commune_police", "QP", province, d("2020-01-01"), std::nullopt}).id;
    old = units.create({"Công an xã Cũ", "commune_police", "CU", province, d("2020-01-01"), d("2023-12-31")}).id;
    tx->commit();
  }
  int64_t count(Tx& tx, const char* table) { return tx.query_id(std::string("SELECT COUNT(*) FROM ") + table); }
  int64_t gen(Tx& tx, int64_t unit) {
    auto r = tx.query("SELECT gen FROM score_gen_unit WHERE unit_id = $1", {unit});
    return r.empty() ? 0 : std::stoll(*r.rows[0][0]);
  }
};

TEST_P(ReportBatchTest, ABatchWritesWhatCreateAndSubmitWriteOneByOne) {
  // The province set a deadline for March that had passed on the day of submission.
  write([&](Tx& tx) {
    ReportRepository(tx).set_deadline(province, month(2024, 3), d("2024-04-05"));
    return 0;
  });
  const Date today = d("2024-04-10");
  std::vector<int64_t> ids = write([&](Tx& tx) {
    return ReportRepository(tx).put_many({{a, month(2024, 2), R"({"tuan_tra":5})", "tháng 2"},
                                          {a, month(2024, 3), R"({"tuan_tra":7})", ""},
                                          {b, month(2024, 2), R"({"tuan_tra":null})", ""}},
                                         true, by, today);
  });
  ASSERT_EQ(ids.size(), 3u);
  // The same report for b's March through the one-by-one path: create, then submit.
  int64_t one = write([&](Tx& tx) {
    ReportRepository r(tx);
    int64_t id = r.create(b, month(2024, 3), R"({"tuan_tra":7})", "", by).id;
    r.set_status(id, "submitted", std::nullopt, by, today);
    return id;
  });
  auto tx = db->begin(TxMode::kRead);
  ReportRepository repo(*tx);
  Report feb = repo.get(ids[0]), mar = repo.get(ids[1]), bfeb = repo.get(ids[2]), single = repo.get(one);
  EXPECT_EQ(feb.unit_id, a);
  EXPECT_EQ(feb.period.key, month(2024, 2).key);
  EXPECT_EQ(feb.values_json, R"({"tuan_tra":5})");
  EXPECT_EQ(feb.narrative, "tháng 2");
  EXPECT_EQ(bfeb.values_json, R"({"tuan_tra":null})");
  EXPECT_FALSE(feb.late);  // no deadline for February
  EXPECT_TRUE(mar.late);   // after the province's deadline, like the report submitted alone
  EXPECT_TRUE(single.late);
  for (const Report* r : {&feb, &mar, &bfeb, &single}) {
    EXPECT_EQ(r->status, "submitted");
    EXPECT_EQ(r->version, 1);
    EXPECT_TRUE(r->submitted_at.has_value());
    auto revs = repo.revisions(r->id);
    ASSERT_EQ(revs.size(), 2u) << r->id;
    EXPECT_EQ(revs[0].status, "draft");
    EXPECT_EQ(revs[1].status, "submitted");
    EXPECT_EQ(revs[1].username, "nhap.lieu");
    EXPECT_EQ(revs[1].values_json, r->values_json);
  }
  // Both units' scores are read again by a server holding them.
  EXPECT_GE(gen(*tx, a), 1);
  EXPECT_GE(gen(*tx, b), 1);
  // Drafts: one revision each, no score version change, nothing late.
  tx.reset();
  int64_t before = [&] { auto t = db->begin(TxMode::kRead); return gen(*t, a); }();
  auto drafts = write([&](Tx& t) {
    return ReportRepository(t).put_many({{a, month(2024, 4), "{}", ""}}, false, by, today);
  });
  auto rtx = db->begin(TxMode::kRead);
  EXPECT_EQ(ReportRepository(*rtx).get(drafts[0]).status, "draft");
  EXPECT_EQ(ReportRepository(*rtx).revisions(drafts[0]).size(), 1u);
  EXPECT_EQ(gen(*rtx, a), before);
}

TEST_P(ReportBatchTest, ABatchLargerThanOneStatementKeepsEveryReportWithItsUnitAndPeriod) {
  // More reports than one multi-row statement holds, ids in the batch's order.
  std::vector<NewReport> batch;
  for (int y = 2021; y <= 2023; ++y)
    for (int m = 1; m <= 12; ++m)
      for (int64_t u : {a, b, old}) batch.push_back({u, month(y, m), "{\"tuan_tra\":" + std::to_string(y * 100 + m) + "}", ""});
  // 108 reports, and 24 months of 20 teams: the batch spans several statements of 200 rows.
  std::vector<int64_t> more;
  write([&](Tx& tx) {
    UnitRepository units(tx);
    for (int i = 0; i < 20; ++i)
      more.push_back(units.create({"Tổ bảo vệ " + std::to_string(i), "grassroots_team", "T" + std::to_string(i), a,
                                   d("2020-01-01"), std::nullopt})
                         .id);
    return 0;
  });
  for (int64_t u : more)
    for (int y = 2022; y <= 2023; ++y)
      for (int m = 1; m <= 12; ++m)
        batch.push_back({u, month(y, m), "{\"tuan_tra\":" + std::to_string(u * 10000 + y * 100 + m) + "}", ""});
  ASSERT_GT(batch.size(), 400u);
  auto ids = write([&](Tx& tx) { return ReportRepository(tx).put_many(batch, true, by, d("2024-06-01")); });
  ASSERT_EQ(ids.size(), batch.size());
  auto tx = db->begin(TxMode::kRead);
  EXPECT_EQ(count(*tx, "reports"), static_cast<int64_t>(batch.size()));
  EXPECT_EQ(count(*tx, "report_revisions"), static_cast<int64_t>(2 * batch.size()));
  ReportRepository repo(*tx);
  for (size_t i = 0; i < batch.size(); i += 37) {
    Report r = repo.get(ids[i]);
    EXPECT_EQ(r.unit_id, batch[i].unit_id);
    EXPECT_EQ(r.period.key, batch[i].period.key);
    EXPECT_EQ(r.values_json, batch[i].values_json);
  }
}

TEST_P(ReportBatchTest, ABadReportInABatchWritesNothing) {
  write([&](Tx& tx) {
    ReportRepository r(tx);
    r.create(b, month(2024, 1), "{}", "", by);
    r.lock_period(province, month(2023, 12), by);
    return 0;
  });
  const std::vector<NewReport> good = {{a, month(2024, 1), "{}", ""}, {a, month(2024, 2), "{}", ""}};
  struct Bad {
    NewReport report;
    ErrorCode code;
    const char* says;
  };
  const std::vector<Bad> bad = {
      {{b, month(2024, 1), "{}", ""}, ErrorCode::kConflict, "đã có báo cáo"},           // already stored
      {{a, month(2024, 2), "{}", ""}, ErrorCode::kConflict, "đã có báo cáo"},           // twice in the batch
      {{a, month(2023, 12), "{}", ""}, ErrorCode::kConflict, "đã khóa"},                // locked by the province
      {{999999, month(2024, 1), "{}", ""}, ErrorCode::kNotFound, "Không tìm thấy đơn vị"},  // no such unit
      {{old, month(2024, 3), "{}", ""}, ErrorCode::kInvalid, "hết hiệu lực"},            // dissolved before
      {{a, month(2019, 12), "{}", ""}, ErrorCode::kInvalid, "trước khi đơn vị được thành lập"},
  };
  for (bool submit : {false, true}) {
    for (const Bad& x : bad) {
      std::vector<NewReport> batch = good;
      batch.push_back(x.report);
      auto tx = db->begin(TxMode::kWrite);
      int64_t reports = count(*tx, "reports"), revisions = count(*tx, "report_revisions");
      int64_t gen_a = gen(*tx, a);
      try {
        ReportRepository(*tx).put_many(batch, submit, by, d("2024-06-01"));
        ADD_FAILURE() << "accepted: " << x.says;
      } catch (const Error& e) {
        EXPECT_EQ(e.code(), x.code) << e.what();
        std::string m = e.what();
        EXPECT_NE(m.find(x.says), std::string::npos) << m;
        EXPECT_NE(m.find("Báo cáo thứ 3"), std::string::npos) << m;
        EXPECT_NE(m.find("không lưu báo cáo nào"), std::string::npos) << m;
      }
      // Nothing written, even in the transaction that is still open, and committing it keeps nothing.
      EXPECT_EQ(count(*tx, "reports"), reports);
      EXPECT_EQ(count(*tx, "report_revisions"), revisions);
      EXPECT_EQ(gen(*tx, a), gen_a);
      tx->commit();
    }
  }
  auto tx = db->begin(TxMode::kRead);
  EXPECT_EQ(count(*tx, "reports"), 1);  // b's January only
  // The good ones alone go in.
  tx.reset();
  EXPECT_EQ(write([&](Tx& t) { return ReportRepository(t).put_many(good, true, by, d("2024-06-01")); }).size(), 2u);
}

TEST_P(ReportBatchTest, AReportCreatedAloneIsRefusedWithTheSameMessagesAsBefore) {
  auto tx = db->begin(TxMode::kWrite);
  ReportRepository r(*tx);
  r.create(a, month(2024, 1), "{}", "", by);
  try {
    r.create(a, month(2024, 1), "{}", "", by);
    ADD_FAILURE() << "a duplicate accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kConflict);
    EXPECT_STREQ(e.what(), "Đơn vị đã có báo cáo cho kỳ này; hãy sửa báo cáo đó");
  }
  EXPECT_THROW(r.create(999999, month(2024, 1), "{}", "", by), Error);
}

// The statement caches: a statement run again with other parameters, after it failed, and after
// more distinct statements than a connection keeps.
TEST_P(ReportBatchTest, CachedStatementsRunAgainWithNewParametersAfterErrorsAndEviction) {
  const std::string insert = "INSERT INTO report_locks (organiser_unit_id, period_key, locked_at, username) VALUES ($1, $2, $3, $4)";
  auto tx = db->begin(TxMode::kWrite);
  tx->query(insert, {a, std::string("k1"), std::string("t"), std::string("u")});
  tx->query(insert, {b, std::string("k1"), std::string("t"), std::string("u")});
  auto sel = [&](int64_t unit) {
    return tx->query("SELECT period_key FROM report_locks WHERE organiser_unit_id = $1", {unit});
  };
  EXPECT_EQ(sel(a).size(), 1u);
  EXPECT_EQ(sel(province).size(), 0u);
  tx->commit();
  tx.reset();
  // A unique violation on the cached insert (its transaction rolled back), then the same
  // statement again in a new transaction.
  {
    auto t = db->begin(TxMode::kWrite);
    EXPECT_THROW(t->query(insert, {a, std::string("k1"), std::string("t"), std::string("u")}), Error);
  }
  for (int i = 0; i < 300; ++i) {  // more distinct texts than a connection keeps (256)
    auto t = db->begin(TxMode::kRead);
    EXPECT_EQ(t->query_id("SELECT COUNT(*) + " + std::to_string(i) + " FROM report_locks WHERE username = $1",
                          {std::string("u")}),
              2 + i);
  }
  auto t = db->begin(TxMode::kWrite);
  t->query(insert, {province, std::string("k2"), std::string("t"), std::string("u")});
  EXPECT_EQ(t->query("SELECT organiser_unit_id FROM report_locks WHERE period_key = $1", {std::string("k2")}).size(), 1u);
  t->commit();
}

// A report as read back from the database, field by field.
void expect_stored(Database& db, const Report& answered) {
  auto tx = db.begin(TxMode::kRead);
  Report s = ReportRepository(*tx).get(answered.id);
  EXPECT_EQ(answered.unit_id, s.unit_id);
  EXPECT_EQ(answered.unit_name, s.unit_name);
  EXPECT_EQ(answered.period.key, s.period.key);
  EXPECT_EQ(answered.period.json, s.period.json);
  EXPECT_EQ(answered.period.start.iso(), s.period.start.iso());
  EXPECT_EQ(answered.period.end.iso(), s.period.end.iso());
  EXPECT_EQ(answered.status, s.status);
  EXPECT_EQ(answered.values_json, s.values_json);
  EXPECT_EQ(answered.narrative, s.narrative);
  EXPECT_EQ(answered.version, s.version);
  EXPECT_EQ(answered.late, s.late);
  EXPECT_EQ(answered.return_reason, s.return_reason);
  EXPECT_EQ(answered.submitted_at, s.submitted_at);
  EXPECT_EQ(answered.created_at, s.created_at);
  EXPECT_EQ(answered.updated_at, s.updated_at);
}

// create() of a unit already read and set_status() of a report already read answer the report
// from what they wrote (nothing read back): the answer is what the database then holds, step by
// step, lateness against the earliest deadline along the unit's chain included.
TEST_P(ReportBatchTest, EachStepAnswersTheReportAsStored) {
  write([&](Tx& tx) {
    ReportRepository(tx).set_deadline(province, month(2024, 3), d("2024-04-05"));
    ReportRepository(tx).set_deadline(ministry, month(2024, 3), d("2024-04-15"));
    return 0;
  });
  Report r = write([&](Tx& tx) {
    return ReportRepository(tx).create(UnitRepository(tx).get(a), month(2024, 3), R"({"tuan_tra":5})", "tháng 3", by);
  });
  EXPECT_EQ(r.status, "draft");
  expect_stored(*db, r);
  const int64_t gen_before = write([&](Tx& tx) { return gen(tx, a); });
  // 10/04: after the province's deadline (05/04), before the ministry's (15/04): late.
  r = write([&](Tx& tx) { return ReportRepository(tx).set_status(r, "submitted", std::nullopt, by, d("2024-04-10")); });
  EXPECT_TRUE(r.late);
  ASSERT_TRUE(r.submitted_at);
  expect_stored(*db, r);
  r = write([&](Tx& tx) { return ReportRepository(tx).set_status(r, "returned", "Thiếu số liệu", by, d("2024-04-11")); });
  EXPECT_EQ(r.return_reason, "Thiếu số liệu");
  expect_stored(*db, r);
  r = write([&](Tx& tx) { return ReportRepository(tx).set_status(r, "submitted", std::nullopt, by, d("2024-04-01")); });
  EXPECT_FALSE(r.late);
  EXPECT_FALSE(r.return_reason);
  expect_stored(*db, r);
  r = write([&](Tx& tx) { return ReportRepository(tx).set_status(r.id, "accepted", std::nullopt, by, d("2024-04-12")); });
  expect_stored(*db, r);
  auto tx = db->begin(TxMode::kRead);
  std::vector<std::string> steps;
  for (auto& v : ReportRepository(*tx).revisions(r.id)) steps.push_back(v.status);
  EXPECT_EQ(steps, (std::vector<std::string>{"draft", "submitted", "returned", "submitted", "accepted"}));
  EXPECT_EQ(gen(*tx, a), gen_before + 4);  // each of the four steps after the draft moved the unit's score version
}

// Refusals of the single-statement checks: a period locked above the unit refuses a new report
// and a submission; a unit no longer valid, a duplicate; each writes nothing.
TEST_P(ReportBatchTest, LockedPeriodsDuplicatesAndEndedUnitsAreRefusedAndWriteNothing) {
  Report draft = write([&](Tx& tx) {
    return ReportRepository(tx).create(UnitRepository(tx).get(a), month(2024, 5), "{}", "", by);
  });
  write([&](Tx& tx) { return ReportRepository(tx).lock_period(ministry, month(2024, 5), by); });
  auto refused = [&](auto step, ErrorCode code, const char* message) {
    auto tx = db->begin(TxMode::kWrite);
    try {
      step(*tx);
      tx->commit();
      ADD_FAILURE() << "accepted: " << message;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), code);
      EXPECT_STREQ(e.what(), message);
    }
  };
  refused([&](Tx& tx) { ReportRepository(tx).set_status(draft, "submitted", std::nullopt, by, d("2024-06-01")); },
          ErrorCode::kConflict, "Kỳ báo cáo này đã khóa");
  refused([&](Tx& tx) { ReportRepository(tx).create(UnitRepository(tx).get(b), month(2024, 5), "{}", "", by); },
          ErrorCode::kConflict, "Kỳ báo cáo này đã khóa, không thể thêm báo cáo");
  refused([&](Tx& tx) { ReportRepository(tx).create(UnitRepository(tx).get(a), month(2024, 5), "{}", "", by); },
          ErrorCode::kConflict, "Kỳ báo cáo này đã khóa, không thể thêm báo cáo");
  write([&](Tx& tx) { return ReportRepository(tx).create(UnitRepository(tx).get(b), month(2024, 6), "{}", "", by); });
  refused([&](Tx& tx) { ReportRepository(tx).create(UnitRepository(tx).get(b), month(2024, 6), "{}", "", by); },
          ErrorCode::kConflict, "Đơn vị đã có báo cáo cho kỳ này; hãy sửa báo cáo đó");
  refused([&](Tx& tx) { ReportRepository(tx).create(UnitRepository(tx).get(old), month(2024, 6), "{}", "", by); },
          ErrorCode::kInvalid, "Đơn vị Công an xã Cũ đã hết hiệu lực trước kỳ báo cáo");
  auto tx = db->begin(TxMode::kRead);
  expect_stored(*db, draft);  // still a draft
  EXPECT_EQ(ReportRepository(*tx).revisions(draft.id).size(), 1u);
  EXPECT_EQ(count(*tx, "reports"), 2);
  EXPECT_EQ(count(*tx, "report_revisions"), 2);
}

// Tx::defer: a deferred write that fails is thrown by the next statement or by commit() (by
// defer() itself on SQLite, which runs it at once), its transaction keeps nothing, and the
// connection serves the next transactions (one pooled connection: the very same one).
TEST_P(ReportBatchTest, ADeferredWriteThatFailsIsThrownLaterAndItsTransactionKeepsNothing) {
  auto one = open_database(url, 1);
  const std::string insert = "INSERT INTO report_locks (organiser_unit_id, period_key, locked_at, username) VALUES ($1, $2, $3, $4)";
  auto row = [&](int64_t unit, const char* key) {
    return Params{unit, std::string(key), std::string("t"), std::string("u")};
  };
  auto locks = [&] {
    auto tx = one->begin(TxMode::kRead);
    return tx->query_id("SELECT COUNT(*) FROM report_locks WHERE username = $1", {std::string("u")});
  };
  {
    auto tx = one->begin(TxMode::kWrite);
    tx->defer(insert, row(a, "k1"));
    tx->commit();
  }
  EXPECT_EQ(locks(), 1);
  for (int i = 0; i < 3; ++i) {
    // The duplicate, then a read: the read throws the duplicate's error.
    try {
      auto tx = one->begin(TxMode::kWrite);
      tx->defer(insert, row(b, "k2"));
      tx->defer(insert, row(a, "k1"));
      tx->query("SELECT COUNT(*) FROM report_locks WHERE username = $1", {std::string("u")});
      ADD_FAILURE() << "a duplicate accepted";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kConflict);
      EXPECT_EQ(e.constraint(), "unique");
    }
    // The duplicate, then COMMIT: commit() throws, nothing of the transaction is kept.
    try {
      auto tx = one->begin(TxMode::kWrite);
      tx->defer(insert, row(b, "k3"));
      tx->defer(insert, row(a, "k1"));
      tx->commit();
      ADD_FAILURE() << "a duplicate committed";
    } catch (const Error& e) {
      EXPECT_EQ(e.constraint(), "unique");
    }
    EXPECT_EQ(locks(), 1);
  }
  // Deferred writes seen by the transaction's next read, and kept by its COMMIT.
  {
    auto tx = one->begin(TxMode::kWrite);
    tx->defer(insert, row(b, "k4"));
    tx->defer(insert, row(province, "k4"));
    EXPECT_EQ(tx->query_id("SELECT COUNT(*) FROM report_locks WHERE period_key = $1", {std::string("k4")}), 2);
    tx->defer(insert, row(ministry, "k4"));
    tx->commit();
  }
  EXPECT_EQ(locks(), 4);
  // Read transactions ended without waiting for their ROLLBACK (PostgreSQL), alternating with
  // writes on the one connection.
  for (int i = 0; i < 20; ++i) {
    { auto r = one->begin(TxMode::kRead); EXPECT_EQ(r->query_id("SELECT COUNT(*) FROM report_locks WHERE username = $1", {std::string("u")}), 4 + i); }
    auto w = one->begin(TxMode::kWrite);
    w->defer(insert, row(a, ("n" + std::to_string(i)).c_str()));
    w->commit();
  }
  EXPECT_EQ(locks(), 24);
  one->close();
}

// The audit chain appended by concurrent writers (PostgreSQL: the head's lock and the last entry
// read sent together, the entry and the head written with the COMMIT) stays whole: every entry
// once, ids without a gap, each hash over its predecessor — half the writers reading the tail
// ahead (AuditLog::read_tail_ahead) with a statement of their own.
TEST_P(ReportBatchTest, ConcurrentAuditAppendsKeepTheChainWhole) {
  constexpr int kThreads = 6, kEach = 15;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        auto tx = db->begin(TxMode::kWrite);
        audit::Entry e;
        e.username = "u" + std::to_string(t);
        e.action = "test.append";
        e.entity = "test";
        e.entity_id = i;
        if (t % 2) {
          // Read ahead, then a statement of the writer's own (as a report's checks), then the entry.
          AuditLog(*tx).read_tail_ahead();
          tx->query("SELECT COUNT(*) FROM units");
        }
        AuditLog(*tx).append(std::move(e));
        tx->commit();
      }
    });
  for (auto& th : threads) th.join();
  auto tx = db->begin(TxMode::kRead);
  AuditVerdict v = AuditLog(*tx).verify();
  EXPECT_TRUE(v.ok) << v.reason;
  EXPECT_EQ(v.rows, count(*tx, "audit_log"));
  EXPECT_EQ(tx->query_id("SELECT COUNT(*) FROM audit_log WHERE action = 'test.append'"), kThreads * kEach);
}

// A report written as the API writes it — created with its audit entry, then submitted with its
// own — waits for PostgreSQL three times a transaction: the first read (with BEGIN), the checks
// (with the audit chain's tail read ahead, and the new draft), the COMMIT with every write
// deferred. The submission hands the row it stored and the unit's new version to the score board;
// the audit chain verifies.
TEST_P(ReportBatchTest, ACreationAndASubmissionWithTheirAuditEntriesWaitThreeRoundTripsEach) {
  auto audited = [&](Tx& tx, const Report& r, const char* action) {
    audit::Entry e;
    e.username = by.username;
    e.action = action;
    e.entity = "report";
    e.entity_id = r.id;
    AuditLog(tx).append(std::move(e));
  };
  uint64_t from = db->round_trips();
  Report draft;
  {
    auto tx = db->begin(TxMode::kWrite);
    const Unit u = UnitRepository(*tx).get(a);
    AuditLog(*tx).read_tail_ahead();
    draft = ReportRepository(*tx).create(u, month(2024, 7), R"({"tngt_so_vu":3})", "", by);
    audited(*tx, draft, "report.create");
    tx->commit();
  }
  const uint64_t create = db->round_trips() - from;
  from = db->round_trips();
  CommitWatch watch;
  {
    auto tx = db->begin(TxMode::kWrite);
    const Report before = ReportRepository(*tx).get(draft.id);
    AuditLog(*tx).read_tail_ahead();
    const Report after = ReportRepository(*tx).set_status(before, "submitted", std::nullopt, by, d("2024-08-01"));
    audited(*tx, after, "report.submit");
    tx->commit();
  }
  const uint64_t submit = db->round_trips() - from;
  if (db->dialect() == Dialect::kPostgres) {
    EXPECT_EQ(create, 3u);
    EXPECT_EQ(submit, 3u);
  } else {  // SQLite: the statements run, one a wait
    EXPECT_EQ(create, 6u);
    EXPECT_EQ(submit, 8u);
  }
  ASSERT_EQ(watch.reports.size(), 1u);
  EXPECT_EQ(watch.reports[0].unit_id, a);
  EXPECT_EQ(watch.reports[0].status, "submitted");
  EXPECT_EQ(watch.reports[0].values_json, R"({"tngt_so_vu":3})");
  EXPECT_EQ(watch.reports[0].period_json, month(2024, 7).json);
  auto tx = db->begin(TxMode::kRead);
  EXPECT_EQ(watch.reports[0].gen, gen(*tx, a));
  AuditVerdict v = AuditLog(*tx).verify();
  EXPECT_TRUE(v.ok) << v.reason;
  EXPECT_EQ(v.rows, 2);
  // A second creation of the same period: refused as before, nothing written.
  auto again = db->begin(TxMode::kWrite);
  const Unit u = UnitRepository(*again).get(a);
  AuditLog(*again).read_tail_ahead();
  try {
    ReportRepository(*again).create(u, month(2024, 7), "{}", "", by);
    ADD_FAILURE() << "a second report of the period was accepted";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "Đơn vị đã có báo cáo cho kỳ này; hãy sửa báo cáo đó");
  }
}

// A request's Server-Timing counts the waits of its own thread (Database::thread_round_trips):
// another thread's reads meanwhile (another request, a session's bookkeeping) are the process's,
// not this request's. The CI run of stop 39 saw a submission's re-scoring charged 3 waits so.
TEST_P(ReportBatchTest, AThreadCountsItsOwnRoundTripsNotAnotherThreads) {
  const uint64_t mine = Database::thread_round_trips();
  const uint64_t process = db->round_trips();
  std::thread other([&] {
    for (int i = 0; i < 5; ++i) {
      auto tx = db->begin(TxMode::kRead);
      UnitRepository(*tx).get(a);
    }
  });
  other.join();
  EXPECT_GE(db->round_trips() - process, 5u) << "the other thread's reads are the process's";
  EXPECT_EQ(Database::thread_round_trips(), mine) << "none of them is this thread's";
  {
    auto tx = db->begin(TxMode::kRead);
    UnitRepository(*tx).get(a);
  }
  EXPECT_GE(Database::thread_round_trips() - mine, 1u) << "this thread's own read is";
}

THIDUA_BOTH_DATABASES(ReportBatchTest);

// PostgreSQL: a connection the server dropped is reset, and what was prepared on it is prepared
// again on the new session.
class PgStatementCacheTest : public DbTest {};

TEST_P(PgStatementCacheTest, StatementsArePreparedAgainAfterTheServerDroppedTheConnection) {
  if (db->dialect() != Dialect::kPostgres) GTEST_SKIP() << "PostgreSQL only";
  auto one = open_database(std::getenv("THIDUA_TEST_PG_URL"), 1);
  // db has 4 pooled connections: use (and so prepare on) each, note their server processes.
  std::vector<std::unique_ptr<Tx>> held;
  std::vector<std::string> pids;
  for (int i = 0; i < 4; ++i) {
    held.push_back(db->begin(TxMode::kRead));
    EXPECT_EQ(held.back()->query_id("SELECT COUNT(*) FROM units WHERE id > $1", {int64_t{0}}), 0);
    pids.push_back(*held.back()->query("SELECT pg_backend_pid()").rows[0][0]);
  }
  held.clear();
  {
    auto admin = one->begin(TxMode::kWrite);
    for (auto& pid : pids) admin->query("SELECT pg_terminate_backend(" + pid + ")");
    admin->commit();
  }
  for (int i = 0; i < 4; ++i) {
    auto tx = db->begin(TxMode::kRead);  // reconnects
    EXPECT_EQ(tx->query_id("SELECT COUNT(*) FROM units WHERE id > $1", {int64_t{0}}), 0);
  }
  one->close();
}

THIDUA_BOTH_DATABASES(PgStatementCacheTest);

}  // namespace
}  // namespace thidua::storage
