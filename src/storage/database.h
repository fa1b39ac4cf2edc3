// The storage connection layer. Two real drivers implement it — SQLite (WAL, the embedded
// default) and PostgreSQL (libpq) — and the repositories in storage/*.h are written against it.
// SQL text uses $1, $2 … placeholders in both dialects; dialect-specific statements branch on
// Database::dialect() where the engines differ (DDL lives in per-dialect migrations).
#pragma once
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace thidua::storage {

enum class Dialect { kSqlite, kPostgres };

// Raw bytes (BLOB / bytea), e.g. a collation sort key.
struct Bytes {
  std::string data;
};

using Param = std::variant<std::nullptr_t, int64_t, double, std::string, Bytes>;
using Params = std::vector<Param>;

// A query result: text values (NULL as nullopt), columns addressed by index or name.
class Result {
 public:
  std::vector<std::string> columns;
  std::vector<std::vector<std::optional<std::string>>> rows;
  int64_t affected = 0;

  size_t size() const { return rows.size(); }
  bool empty() const { return rows.empty(); }
  int col(std::string_view name) const;  // throws if absent
};

// A row view with typed getters by column name.
class RowRef {
 public:
  RowRef(const Result& r, size_t i) : r_(r), i_(i) {}
  bool is_null(std::string_view c) const;
  std::string str(std::string_view c) const;            // "" for NULL
  std::optional<std::string> opt_str(std::string_view c) const;
  int64_t i64(std::string_view c) const;                 // 0 for NULL
  std::optional<int64_t> opt_i64(std::string_view c) const;
  double f64(std::string_view c) const;

 private:
  const Result& r_;
  size_t i_;
};

enum class TxMode { kRead, kWrite };

// A report's submission as its transaction committed it, handed to the score board
// (api/score_board.h) so that the re-scoring after the write need not read back what the write
// stored: the row as the write's UPDATE left it (its RETURNING, under the row's lock) and the
// unit's reports version (score_gen_unit) the same transaction moved it to. The board takes it
// only when that version is one past the one it holds and is still the stored one (its version
// check): otherwise another write came between, and it reads the unit again.
struct WrittenReport {
  int64_t unit_id = 0, gen = 0;
  std::string status, period_json, values_json;
  bool late = false;
};

class Database;

// A transaction on one connection. Rolled back when destroyed without commit().
class Tx {
 public:
  virtual ~Tx() = default;
  virtual Result query(std::string_view sql, const Params& params = {}) = 0;
  // A statement whose result the caller does not need (a write): run as if by query(), in order
  // with the others, but PostgreSQL sends it together with the next statement of the transaction
  // (query(), or commit()'s COMMIT) in one pipeline, one round trip for all. Its failure (a
  // constraint, the connection lost) is thrown by that next call instead, and the transaction
  // is then not committed: the caller must not catch and go on past a deferred statement's error.
  // SQLite, in process, runs it at once.
  virtual void defer(std::string_view sql, const Params& params = {}) { query(sql, params); }
  // The same, and `then` is given the statement's result once it has run (PostgreSQL: when the
  // pipeline it went in has answered, before that next call returns; never when it failed).
  using ResultFn = std::function<void(const Result&)>;
  virtual void defer(std::string_view sql, const Params& params, ResultFn then) { then(query(sql, params)); }
  // Commits. The data versions the transaction touched (storage/data_versions.h) are moved by its
  // last statement, right before COMMIT; once committed, the database's version_commits() moves
  // and the thread's CommitWatch (if any) learns what was touched.
  void commit();
  virtual Dialect dialect() const = 0;

  // Convenience: first row's first column as an integer (e.g. RETURNING id); throws if none.
  int64_t query_id(std::string_view sql, const Params& params = {});

  // One page of a filtered list. `count_sql` ("SELECT COUNT(*) FROM … WHERE …") runs only when
  // `total` is wanted; `select_sql` (the same filter) gets " ORDER BY `order_by` LIMIT … OFFSET …"
  // with the two bound after the filter's own `params`.
  Result query_page(const std::string& count_sql, const std::string& select_sql, std::string_view order_by,
                    const Params& params, int64_t limit, int64_t offset, int64_t* total);

  // Marks data versions (a set of storage::DataVersion bits) to move when this transaction
  // commits, and the units whose score versions it moved (the score board refreshes their groups).
  void touch(unsigned versions) { touched_ |= versions; }
  void touch_units(const std::vector<int64_t>& units) { units_.insert(units_.end(), units.begin(), units.end()); }
  unsigned touched() const { return touched_; }
  // A report's submission to hand to the score board once committed (WrittenReport); filled in by
  // the deferred statements' results, so kept by pointer until then.
  void hand(std::shared_ptr<WrittenReport> report) { handed_.push_back(std::move(report)); }
  // The audit chain's last entry as AuditLog::read_tail_ahead() read it (storage/accounts.h):
  // `read` once its statement has answered; taken by the transaction's next AuditLog::append().
  struct AuditTail {
    bool read = false;
    int64_t id = 0;
    std::string hash;
  };
  std::shared_ptr<AuditTail> audit_tail;

 protected:
  Tx(Database& db, TxMode mode) : writes_(mode == TxMode::kWrite), db_(db) {}
  // A write transaction (TxMode::kWrite): its commit counts in Database::thread_write_commits().
  const bool writes_;
  // The driver's COMMIT, after `last` (the data versions' statement, if any) and whatever was
  // deferred: PostgreSQL sends them together with the COMMIT.
  virtual void commit_now(std::string_view last_sql, const Params& last_params) = 0;

 private:
  Database& db_;
  unsigned touched_ = 0;
  std::vector<int64_t> units_;
  std::vector<std::shared_ptr<WrittenReport>> handed_;

 protected:
  // One wait for the database: a PostgreSQL round trip (a pipeline is one), a SQLite statement.
  void count_round_trip();
};

// What the transactions committed on this thread touched while it lives (innermost watch only):
// App::handle learns whether a request moved a data version and which units' scores it moved.
class CommitWatch {
 public:
  CommitWatch();
  ~CommitWatch();
  CommitWatch(const CommitWatch&) = delete;
  CommitWatch& operator=(const CommitWatch&) = delete;
  unsigned touched = 0;        // data versions moved (storage::DataVersion bits)
  std::vector<int64_t> units;  // units whose score versions moved
  std::vector<WrittenReport> reports;  // submissions handed to the score board (WrittenReport)
  // version_commits() right after the last of them was counted: a read begun once the counter
  // has reached it sees every one of them.
  uint64_t epoch = 0;

 private:
  friend class Tx;
  CommitWatch* outer_;
};

class Database {
 public:
  virtual ~Database() = default;
  // How many transactions that moved a data version this process has committed on this
  // database: a read that saw it unchanged knows no write of this process moved one since.
  uint64_t version_commits() const { return version_commits_.load(std::memory_order_acquire); }
  // How many times this process has waited for the database: PostgreSQL round trips (a pipeline
  // of statements is one; a statement's preparation, once per connection, is not counted), SQLite
  // statements run. For tests and logs counting a path's cost.
  uint64_t round_trips() const { return round_trips_.load(std::memory_order_relaxed); }
  // The same, waited by the calling thread only (every database of the process): what one
  // request cost, exact while other requests run on other threads (Server-Timing's *_trips).
  static uint64_t thread_round_trips();
  // How many write transactions (TxMode::kWrite) the calling thread has committed: a job's work that
  // committed none saved nothing, so a cancel asked before its end may still end it (api/jobs.cpp).
  static uint64_t thread_write_commits();
  virtual Dialect dialect() const = 0;
  // Begins a transaction; kWrite transactions are serialised where the engine needs it
  // (SQLite: BEGIN IMMEDIATE). Blocks while all pooled connections are busy.
  virtual std::unique_ptr<Tx> begin(TxMode mode) = 0;
  // Closes every pooled connection; begin() afterwards throws.
  virtual void close() = 0;
  // A human-readable description without secrets ("sqlite:data/thidua.db").
  virtual std::string describe() const = 0;

 private:
  friend class Tx;
  std::atomic<uint64_t> version_commits_{0};
  std::atomic<uint64_t> round_trips_{0};
};

// Opens "sqlite:PATH" or "postgresql://…" (libpq URL), applies pending migrations.
// Throws thidua::Error (kInvalid for a malformed URL, kInternal when the database is unusable).
std::unique_ptr<Database> open_database(const std::string& url, int pool_size = 8);

// Applies the embedded migrations for the database's dialect that are not yet recorded in
// schema_migrations; returns how many were applied.
int migrate(Database& db);

}  // namespace thidua::storage
