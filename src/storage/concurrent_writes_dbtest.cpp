// Concurrent write transactions on both databases. On SQLite they share the writer's transaction
// (group commit, sqlite/sqlite_database.cpp), each in its own savepoint: what must hold is what a
// transaction promises — a committed one is stored once commit() returns, a failed or abandoned
// one leaves nothing, and neither disturbs the others.
#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <thread>
#include <vector>

#include "core/error.h"
#include "storage/test_databases.h"

namespace thidua::storage {
namespace {

using testing::DbTest;

class ConcurrentWrites : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (!db) return;
    auto tx = db->begin(TxMode::kWrite);
    tx->query("CREATE TABLE probe_writes (k BIGINT PRIMARY KEY, v TEXT NOT NULL)");
    tx->commit();
  }
  std::set<int64_t> stored() {
    auto tx = db->begin(TxMode::kRead);
    std::set<int64_t> out;
    for (auto& row : tx->query("SELECT k FROM probe_writes").rows) out.insert(std::stoll(*row[0]));
    return out;
  }
};

TEST_P(ConcurrentWrites, EachCommittedWriteIsStoredAndTheFailedOnesLeaveNothing) {
  // 48 threads at once: most insert their own key and commit; every 7th inserts a key another
  // thread took (refused by the primary key), every 11th inserts and then gives up (no commit).
  constexpr int kThreads = 48;
  std::atomic<int> committed{0}, refused{0};
  std::vector<std::thread> threads;
  std::atomic<bool> go{false};
  for (int i = 0; i < kThreads; ++i)
    threads.emplace_back([&, i] {
      while (!go.load()) std::this_thread::yield();
      auto tx = db->begin(TxMode::kWrite);
      tx->query("INSERT INTO probe_writes (k, v) VALUES ($1, $2)", {int64_t{1000 + i}, std::string("own")});
      if (i % 7 == 3) {
        try {
          tx->query("INSERT INTO probe_writes (k, v) VALUES ($1, $2)", {int64_t{1000 + i - 1}, std::string("taken")});
          tx->query("INSERT INTO probe_writes (k, v) VALUES ($1, $2)", {int64_t{1000 + i}, std::string("twice")});
        } catch (const Error& e) {
          EXPECT_EQ(e.code(), ErrorCode::kConflict);
          ++refused;
          return;  // rolled back: its own key too
        }
        ADD_FAILURE() << "a key inserted twice in one transaction was accepted";
        return;
      }
      if (i % 11 == 5) return;  // abandoned
      tx->commit();
      ++committed;
    });
  go = true;
  for (auto& t : threads) t.join();

  std::set<int64_t> want;
  for (int i = 0; i < kThreads; ++i)
    if (i % 7 != 3 && i % 11 != 5) want.insert(1000 + i);
  EXPECT_EQ(refused.load(), 7);
  EXPECT_EQ(committed.load(), static_cast<int>(want.size()));
  EXPECT_EQ(stored(), want);
  // A read right after sees every committed write.
  auto tx = db->begin(TxMode::kRead);
  EXPECT_EQ(tx->query("SELECT COUNT(*) FROM probe_writes WHERE v <> 'own'").rows[0][0].value(), "0");
}

TEST_P(ConcurrentWrites, ACommittedWriteIsVisibleToTheNextReadAndAWriteAfterAFailureWorks) {
  {
    auto tx = db->begin(TxMode::kWrite);
    tx->query("INSERT INTO probe_writes (k, v) VALUES (1, 'a')");
    tx->commit();
  }
  EXPECT_EQ(stored(), (std::set<int64_t>{1}));
  {
    auto tx = db->begin(TxMode::kWrite);
    EXPECT_THROW(tx->query("INSERT INTO probe_writes (k, v) VALUES (1, 'again')"), Error);
  }
  {
    auto tx = db->begin(TxMode::kWrite);
    tx->query("INSERT INTO probe_writes (k, v) VALUES (2, 'b')");
    tx->commit();
  }
  EXPECT_EQ(stored(), (std::set<int64_t>{1, 2}));
}

TEST_P(ConcurrentWrites, SqliteRefusesASecondWriteOnTheThreadHoldingTheWriterInsteadOfWaitingForItself) {
  if (GetParam() != "sqlite") GTEST_SKIP() << "PostgreSQL gives each transaction its own connection";
  auto outer = db->begin(TxMode::kWrite);
  outer->query("INSERT INTO probe_writes (k, v) VALUES (5, 'outer')");
  EXPECT_THROW(db->begin(TxMode::kWrite), Error);
  outer->commit();
  EXPECT_EQ(stored(), (std::set<int64_t>{5}));
}

THIDUA_BOTH_DATABASES(ConcurrentWrites);

}  // namespace
}  // namespace thidua::storage
