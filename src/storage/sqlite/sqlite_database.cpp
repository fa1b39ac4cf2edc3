// SQLite driver: a small pool of connections on one file in WAL mode. Readers run
// concurrently, each on a pooled connection. Writes go through one writer connection and queue
// for it in the process (never in SQLite's busy handler, which sleeps): the writer's physical
// transaction takes the file's write lock up front (BEGIN IMMEDIATE) and is shared by the write
// transactions that arrive while it is open — group commit. Each write transaction runs inside
// its own SAVEPOINT: a failed one rolls back to it and leaves the others' work alone; a
// committed one RELEASEs it and waits until the group's COMMIT (synchronous=FULL) is on disk
// before commit() returns, so nothing is acknowledged before it is durable. The transaction that
// finishes while no other writer waits (or when the group is full or old) issues the COMMIT for
// all; when COMMIT fails, every member's commit() throws its error and none of them is stored.
// Each connection keeps its prepared statements (keyed by SQL text) so a statement run again is
// bound and stepped, not compiled again.
#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "core/error.h"
#include "storage/connection_pool.h"
#include "storage/database.h"
#include "storage/row_stream.h"

namespace thidua::storage {
namespace {

[[noreturn]] void fail(sqlite3* db, const std::string& what) {
  std::string msg = what + ": " + (db ? sqlite3_errmsg(db) : "out of memory");
  int code = db ? sqlite3_extended_errcode(db) : SQLITE_NOMEM;
  if ((code & 0xff) == SQLITE_CONSTRAINT) {
    const char* kind = code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY ? "unique"
                       : code == SQLITE_CONSTRAINT_FOREIGNKEY                                   ? "foreign_key"
                       : code == SQLITE_CONSTRAINT_CHECK                                        ? "check"
                       : code == SQLITE_CONSTRAINT_NOTNULL                                      ? "not_null"
                                                                                                : "other";
    throw Error::Storage(ErrorCode::kConflict, msg, kind);
  }
  // The disk is full (or the file may not grow): the transaction is rolled back, nothing is
  // half-written, and the edge answers that storage is full rather than a bare 500.
  if ((code & 0xff) == SQLITE_FULL) throw Error::Storage(ErrorCode::kInternal, msg, "full");
  throw Error::Storage(ErrorCode::kInternal, msg, "");
}

// One pooled connection and its statement cache. A statement is cached only when the SQL text
// is a single statement; the cache is emptied when it grows past kMaxCached (SQL built with a
// varying number of placeholders would otherwise grow it without bound).
struct Conn {
  static constexpr size_t kMaxCached = 256;
  sqlite3* db = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*> stmts;

  explicit Conn(sqlite3* d) : db(d) {}
  ~Conn() {
    clear();
    sqlite3_close_v2(db);
  }
  Conn(const Conn&) = delete;
  Conn& operator=(const Conn&) = delete;
  void clear() {
    for (auto& [sql, st] : stmts) sqlite3_finalize(st);
    stmts.clear();
  }
};

class SqliteDatabase;

// The writer's physical transaction and the write transactions that joined it (committed their
// savepoint): they wait for `done`; `error` is what made the group fail, if it did.
struct Group {
  int members = 0;
  bool done = false;
  std::exception_ptr error;
  std::chrono::steady_clock::time_point opened = std::chrono::steady_clock::now();
};

void exec_plain(sqlite3* conn, const char* sql) {
  if (sqlite3_exec(conn, sql, nullptr, nullptr, nullptr) != SQLITE_OK) fail(conn, sql);
}

class SqliteTx : public Tx {
 public:
  // A read transaction on a pooled connection, or (with `group`) a write transaction in a
  // savepoint of the writer's open transaction.
  SqliteTx(SqliteDatabase& owner, Conn* conn, TxMode mode, std::shared_ptr<Group> group = nullptr);
  ~SqliteTx() override;
  Result query(std::string_view sql, const Params& params) override;
  void query_each(std::string_view sql, const Params& params, const RowFn& row);
  void commit_now(std::string_view last_sql, const Params& last_params) override;
  Dialect dialect() const override { return Dialect::kSqlite; }

 private:
  sqlite3_stmt* prepared(std::string_view sql);
  void bind(sqlite3_stmt* st, const Params& params);
  Result query_on(std::string_view sql, const Params& params);
  void run(sqlite3_stmt* st, const Params& params, Result& out);
  SqliteDatabase& owner_;
  Conn* c_;
  sqlite3* conn_;
  std::shared_ptr<Group> group_;
  std::exception_ptr died_;  // the error with which SQLite ended the group's transaction
  bool open_ = true;
};

class SqliteDatabase : public Database {
 public:
  SqliteDatabase(std::string path, int pool_size) : path_(std::move(path)) {
    std::filesystem::path p(path_);
    if (p.has_parent_path()) std::filesystem::create_directories(p.parent_path());
    for (int i = 0; i < pool_size; ++i) pool_.add(open_one());
    writer_ = open_one();
    // Checkpoints off the write path: the writer's COMMIT only signals (wal_hook, which replaces
    // SQLite's automatic checkpoint on that connection) and the checkpointer thread copies the WAL
    // into the database on its own connection (PASSIVE: it never blocks a writer or a reader).
    // Durability is unchanged: a transaction is on disk in the WAL (synchronous=FULL) when COMMIT
    // returns.
    checkpointer_conn_ = open_one();
    sqlite3_wal_hook(writer_->db, &SqliteDatabase::wal_hook, this);
    checkpointer_ = std::thread([this] { checkpoints(); });
  }
  ~SqliteDatabase() override { close(); }

  Dialect dialect() const override { return Dialect::kSqlite; }
  std::string describe() const override { return "sqlite:" + path_; }

  std::unique_ptr<Tx> begin(TxMode mode) override {
    if (mode == TxMode::kWrite) return begin_write();
    std::unique_lock lk(mu_);
    Conn* c = pool_.take(lk);
    lk.unlock();
    try {
      return std::make_unique<SqliteTx>(*this, c, mode);
    } catch (...) {
      release(c);
      throw;
    }
  }

  void release(Conn* c) {
    std::lock_guard lk(mu_);
    pool_.give_back(c);
  }

  void close() override {
    std::unique_lock lk(mu_);
    // In-flight transactions return their connections and the writer's group commits; wait for
    // them so the WAL is checkpointed by the last close.
    if (!pool_.close(lk, [&] { return !writing_ && !group_ && waiting_ == 0; })) return;
    delete writer_;
    writer_ = nullptr;
    checkpoint_stop_ = true;
    lk.unlock();
    checkpoint_cv_.notify_all();
    if (checkpointer_.joinable()) checkpointer_.join();
    delete checkpointer_conn_;
    checkpointer_conn_ = nullptr;
  }

  // After each COMMIT of the writer, with the pages now in the WAL.
  static int wal_hook(void* self, sqlite3*, const char*, int pages) {
    auto* db = static_cast<SqliteDatabase*>(self);
    if (pages >= kCheckpointPages) {
      std::lock_guard lk(db->mu_);
      db->checkpoint_due_ = true;
      db->checkpoint_cv_.notify_one();
    }
    return SQLITE_OK;
  }

  void checkpoints() {
    std::unique_lock lk(mu_);
    for (;;) {
      checkpoint_cv_.wait(lk, [&] { return checkpoint_due_ || checkpoint_stop_; });
      if (checkpoint_stop_) return;
      checkpoint_due_ = false;
      lk.unlock();
      int rc = sqlite3_wal_checkpoint_v2(checkpointer_conn_->db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
      if (rc != SQLITE_OK && rc != SQLITE_BUSY)
        std::fprintf(stderr, "SQLite checkpoint of %s: %s\n", path_.c_str(), sqlite3_errmsg(checkpointer_conn_->db));
      lk.lock();
    }
  }

  // A write transaction: waits for the writer connection (in the order of a condition
  // variable, up to the busy timeout), opens the group's transaction when none is open, then
  // this transaction's savepoint.
  std::unique_ptr<Tx> begin_write() {
    std::unique_lock lk(mu_);
    if (pool_.closed()) throw Error(ErrorCode::kInternal, "database is closed");
    if (writing_ && writer_thread_ == std::this_thread::get_id())  // would wait for itself
      throw Error::Storage(ErrorCode::kInternal, "a write transaction is already open on this thread", "");
    ++waiting_;
    bool got = writer_cv_.wait_for(lk, kBusyTimeout, [&] { return !writing_; });
    --waiting_;
    if (!got) {
      if (pool_.closed()) pool_.cv().notify_all();  // close() may wait for waiting_
      throw Error::Storage(ErrorCode::kInternal, "database is locked: no write slot within the busy timeout", "");
    }
    writing_ = true;
    writer_thread_ = std::this_thread::get_id();
    const bool fresh = !group_;
    if (fresh) group_ = std::make_shared<Group>();
    std::shared_ptr<Group> g = group_;
    lk.unlock();
    try {
      if (fresh) exec_plain(writer_->db, "BEGIN IMMEDIATE");
      exec_plain(writer_->db, "SAVEPOINT thidua_w");
      return std::make_unique<SqliteTx>(*this, writer_, TxMode::kWrite, std::move(g));
    } catch (...) {
      if (fresh) {  // nobody joined the group it opened
        lk.lock();
        end_group(lk, g, false, std::current_exception());
        throw;
      }
      finish_write(g, false, false);  // the group's others are not disturbed
      throw;
    }
  }

  // The end of a write transaction on the writer: `joined` when its savepoint was released into
  // the group (commit() called), `dead` when the group's transaction is no longer open (SQLite
  // rolled it back on an I/O error or a full disk). Hands the writer to the next waiting write
  // transaction while the group is young and small; otherwise commits the group (or rolls back
  // a group nobody joined) and wakes its members. A joined transaction then waits for the
  // group's end and throws its error.
  void finish_write(const std::shared_ptr<Group>& g, bool joined, bool dead, std::exception_ptr cause = nullptr) {
    std::unique_lock lk(mu_);
    if (joined) ++g->members;
    if (dead) {
      // The work of every member is gone: none may be acknowledged.
      end_group(lk, g, false, cause ? cause : rolled_back());
    } else if (waiting_ > 0 && g->members < kMaxGroup && std::chrono::steady_clock::now() - g->opened < kMaxGroupAge) {
      // The next writer joins this transaction; whoever finishes last commits it.
      hand_over();
    } else {
      end_group(lk, g, true, nullptr);
    }
    if (!joined) return;
    group_cv_.wait(lk, [&] { return g->done; });
    if (g->error) std::rethrow_exception(g->error);
  }

  static std::exception_ptr rolled_back() {
    return std::make_exception_ptr(Error::Storage(ErrorCode::kInternal, "the write transaction was rolled back", ""));
  }

 private:
  // The one end of a group: with the writer still held, COMMIT (when `commit` and a member
  // joined; a failed COMMIT is rolled back and becomes the group's error) or ROLLBACK; then the
  // group is done with `error`, its members are woken and the writer is handed on. Called and
  // returns with `lk` (on mu_) held; the statement runs without it.
  void end_group(std::unique_lock<std::mutex>& lk, const std::shared_ptr<Group>& g, bool commit,
                 std::exception_ptr error) {
    lk.unlock();
    if (commit && g->members > 0) {
      try {
        exec_plain(writer_->db, "COMMIT");
      } catch (...) {
        error = std::current_exception();
        sqlite3_exec(writer_->db, "ROLLBACK", nullptr, nullptr, nullptr);
      }
    } else {
      sqlite3_exec(writer_->db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    lk.lock();
    g->error = error;
    g->done = true;
    group_ = nullptr;
    group_cv_.notify_all();
    hand_over();
  }

  // The writer is free for the next write transaction (with mu_ held). One waiting transaction
  // is woken (the others sleep on: a wake-up of every waiter at each hand-over kept the two cores
  // switching between threads that found the writer taken).
  void hand_over() {
    writing_ = false;
    writer_thread_ = {};
    writer_cv_.notify_one();
    if (pool_.closed()) pool_.cv().notify_all();  // close() waits for the writer
  }

  Conn* open_one() {
    sqlite3* c = nullptr;
    if (sqlite3_open_v2(path_.c_str(), &c, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
      std::string m = c ? sqlite3_errmsg(c) : "cannot open";
      sqlite3_close_v2(c);
      throw Error(ErrorCode::kInternal, "cannot open SQLite database " + path_ + ": " + m);
    }
    sqlite3_busy_timeout(c, 10000);
    char* err = nullptr;
    // synchronous=FULL: a transaction answered as committed survives a crash of the process
    // and of the machine.
    if (sqlite3_exec(c, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;", nullptr,
                     nullptr, &err) != SQLITE_OK) {
      std::string m = err ? err : "?";
      sqlite3_free(err);
      sqlite3_close_v2(c);
      throw Error(ErrorCode::kInternal, "SQLite set-up failed: " + m);
    }
    return new Conn(c);
  }

  static constexpr auto kBusyTimeout = std::chrono::milliseconds(10000);
  // A group commits when no other write waits, or once it holds this many transactions or is
  // this old (a member's answer waits for the group's COMMIT).
  static constexpr int kMaxGroup = 64;
  static constexpr auto kMaxGroupAge = std::chrono::milliseconds(20);

  std::string path_;
  std::mutex mu_;
  // Each wait on mu_ has its own condition variable, so that a signal wakes only the threads it
  // concerns: a pooled connection returned or close() (the pool's), the writer handed over
  // (writer_cv_), a group's end (group_cv_), a checkpoint due (checkpoint_cv_).
  ConnectionPool<Conn> pool_;  // the readers; guarded by mu_
  std::condition_variable writer_cv_, group_cv_, checkpoint_cv_;
  Conn* writer_ = nullptr;  // owned; used by the write transaction holding `writing_`
  bool writing_ = false;    // a write transaction holds the writer
  std::thread::id writer_thread_;  // the thread it began on
  int waiting_ = 0;         // write transactions waiting for it
  std::shared_ptr<Group> group_;  // the writer's open transaction
  // The checkpointer: its thread and connection, and its signal (guarded by mu_).
  static constexpr int kCheckpointPages = 1000;  // SQLite's default automatic checkpoint
  Conn* checkpointer_conn_ = nullptr;
  std::thread checkpointer_;
  bool checkpoint_due_ = false, checkpoint_stop_ = false;
};



SqliteTx::SqliteTx(SqliteDatabase& owner, Conn* conn, TxMode mode, std::shared_ptr<Group> group)
    : Tx(owner, mode), owner_(owner), c_(conn), conn_(conn->db), group_(std::move(group)) {
  if (!group_) exec_plain(conn_, mode == TxMode::kWrite ? "BEGIN IMMEDIATE" : "BEGIN");
}

SqliteTx::~SqliteTx() {
  if (!group_) {
    if (open_) sqlite3_exec(conn_, "ROLLBACK", nullptr, nullptr, nullptr);
    owner_.release(c_);
    return;
  }
  if (!open_) return;  // committed: finish_write ran
  // Rolled back: this transaction's savepoint only; the group goes on unless SQLite already
  // ended its transaction (an I/O error, a full disk).
  bool dead = sqlite3_get_autocommit(conn_) != 0 ||
              sqlite3_exec(conn_, "ROLLBACK TO thidua_w; RELEASE thidua_w", nullptr, nullptr, nullptr) != SQLITE_OK;
  owner_.finish_write(group_, false, dead, died_);
}

void SqliteTx::commit_now(std::string_view last_sql, const Params& last_params) {
  if (!last_sql.empty()) query(last_sql, last_params);
  if (!group_) {
    exec_plain(conn_, "COMMIT");
    open_ = false;
    return;
  }
  if (!open_) throw Error(ErrorCode::kInternal, "transaction already committed");
  open_ = false;
  std::exception_ptr cause = died_;
  bool dead = sqlite3_get_autocommit(conn_) != 0;
  if (!dead && sqlite3_exec(conn_, "RELEASE thidua_w", nullptr, nullptr, nullptr) != SQLITE_OK) {
    try {
      fail(conn_, "RELEASE");
    } catch (...) {
      cause = std::current_exception();
    }
    dead = true;
  }
  // Returns once the group's COMMIT is on disk; throws when the group failed.
  owner_.finish_write(group_, !dead, dead, cause);
  if (dead) std::rethrow_exception(cause ? cause : SqliteDatabase::rolled_back());
}

Result SqliteTx::query(std::string_view sql, const Params& params) {
  if (!group_) return query_on(sql, params);
  try {
    return query_on(sql, params);
  } catch (...) {
    if (sqlite3_get_autocommit(conn_) != 0 && !died_) died_ = std::current_exception();
    throw;
  }
}

Result SqliteTx::query_on(std::string_view sql, const Params& params) {
  count_round_trip();
  Result out;
  std::string key(sql);
  if (auto it = c_->stmts.find(key); it != c_->stmts.end()) {
    run(it->second, params, out);
    return out;
  }
  const char* p = sql.data();
  const char* end = sql.data() + sql.size();
  bool first = true;
  while (p < end) {
    sqlite3_stmt* st = nullptr;
    const char* tail = nullptr;
    if (sqlite3_prepare_v3(conn_, p, static_cast<int>(end - p), SQLITE_PREPARE_PERSISTENT, &st, &tail) != SQLITE_OK)
      fail(conn_, "prepare");
    p = tail;
    if (!st) continue;  // white space or a comment
    bool single = first && std::all_of(tail, end, [](char ch) { return std::isspace(static_cast<unsigned char>(ch)); });
    first = false;
    if (single) {
      // Kept for the next run of the same text (finalized with the connection).
      if (c_->stmts.size() >= Conn::kMaxCached) c_->clear();
      c_->stmts.emplace(key, st);
      run(st, params, out);
      return out;
    }
    struct Finalize {
      sqlite3_stmt* s;
      ~Finalize() { sqlite3_finalize(s); }
    } fin{st};
    run(st, params, out);
  }
  return out;
}

namespace {
struct Reset {  // a statement reset and unbound however its run ends
  sqlite3_stmt* s;
  ~Reset() {
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
  }
};
}  // namespace

// The cached statement of a single-statement text, prepared now if needed.
sqlite3_stmt* SqliteTx::prepared(std::string_view sql) {
  std::string key(sql);
  if (auto it = c_->stmts.find(key); it != c_->stmts.end()) return it->second;
  sqlite3_stmt* st = nullptr;
  const char* tail = nullptr;
  if (sqlite3_prepare_v3(conn_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &st, &tail) !=
      SQLITE_OK)
    fail(conn_, "prepare");
  if (!st || !std::all_of(tail, sql.data() + sql.size(), [](char ch) { return std::isspace(static_cast<unsigned char>(ch)); })) {
    sqlite3_finalize(st);
    throw Error(ErrorCode::kInternal, "query_each needs one statement");
  }
  if (c_->stmts.size() >= Conn::kMaxCached) c_->clear();
  c_->stmts.emplace(std::move(key), st);
  return st;
}

void SqliteTx::query_each(std::string_view sql, const Params& params, const RowFn& row) {
  count_round_trip();
  sqlite3_stmt* st = prepared(sql);
  Reset reset{st};
  bind(st, params);
  const int cols = sqlite3_column_count(st);
  std::vector<std::string_view> text(static_cast<size_t>(cols));
  std::unique_ptr<bool[]> null(new bool[static_cast<size_t>(cols) + 1]);
  for (;;) {
    int rc = sqlite3_step(st);
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW) fail(conn_, "step");
    for (int c = 0; c < cols; ++c) {
      const size_t i = static_cast<size_t>(c);
      null[i] = sqlite3_column_type(st, c) == SQLITE_NULL;
      const auto* t = null[i] ? nullptr : reinterpret_cast<const char*>(sqlite3_column_text(st, c));
      text[i] = t ? std::string_view(t, static_cast<size_t>(sqlite3_column_bytes(st, c))) : std::string_view();
    }
    row(RowView(text.data(), null.get(), text.size()));
  }
}

// Binds, steps to the end and resets (whatever happens) one prepared statement.
void SqliteTx::run(sqlite3_stmt* st, const Params& params, Result& out) {
  Reset reset{st};
  bind(st, params);
  int cols = sqlite3_column_count(st);
  if (cols > 0) {
    out.columns.clear();
    out.rows.clear();
    for (int c = 0; c < cols; ++c) out.columns.emplace_back(sqlite3_column_name(st, c));
  }
  for (;;) {
    int rc = sqlite3_step(st);
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW) fail(conn_, "step");
    auto& row = out.rows.emplace_back();
    row.reserve(cols);
    for (int c = 0; c < cols; ++c) {
      if (sqlite3_column_type(st, c) == SQLITE_NULL) {
        row.emplace_back(std::nullopt);
      } else {
        const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(st, c));
        row.emplace_back(std::string(t, static_cast<size_t>(sqlite3_column_bytes(st, c))));
      }
    }
  }
  out.affected = sqlite3_changes(conn_);
}

void SqliteTx::bind(sqlite3_stmt* st, const Params& params) {
  int n = sqlite3_bind_parameter_count(st);
  for (int i = 1; i <= n; ++i) {
    const char* name = sqlite3_bind_parameter_name(st, i);
    if (!name || name[0] != '$') throw Error(ErrorCode::kInternal, "use $N placeholders");
    size_t idx = static_cast<size_t>(std::atoi(name + 1));
    if (idx < 1 || idx > params.size()) throw Error(ErrorCode::kInternal, "missing parameter " + std::string(name));
    const Param& v = params[idx - 1];
    int rc = SQLITE_OK;
    if (std::holds_alternative<std::nullptr_t>(v)) rc = sqlite3_bind_null(st, i);
    else if (auto* iv = std::get_if<int64_t>(&v)) rc = sqlite3_bind_int64(st, i, *iv);
    else if (auto* dv = std::get_if<double>(&v)) rc = sqlite3_bind_double(st, i, *dv);
    else if (auto* sv = std::get_if<std::string>(&v))
      rc = sqlite3_bind_text64(st, i, sv->data(), sv->size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    else if (auto* bv = std::get_if<Bytes>(&v))
      rc = sqlite3_bind_blob64(st, i, bv->data.data(), bv->data.size(), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) fail(conn_, "bind");
  }
}

}  // namespace

bool sqlite_query_each(Tx& tx, std::string_view sql, const Params& params, const RowFn& row) {
  auto* t = dynamic_cast<SqliteTx*>(&tx);
  if (!t) return false;
  t->query_each(sql, params, row);
  return true;
}

std::unique_ptr<Database> open_sqlite(const std::string& path, int pool_size) {
  return std::make_unique<SqliteDatabase>(path, pool_size < 1 ? 1 : pool_size);
}

}  // namespace thidua::storage
