// PostgreSQL driver over libpq: a pool of connections, text-format results, parameters sent
// separately from the SQL (never interpolated). Each connection keeps the statements it has
// prepared (keyed by SQL text): a statement run again is only bound and executed, not parsed and
// planned again.
#include <libpq-fe.h>

#include <condition_variable>
#include <cstring>
#include <memory>
#include <mutex>
#include <regex>
#include <unordered_map>

#include "core/error.h"
#include "storage/connection_pool.h"
#include "storage/database.h"
#include "storage/row_stream.h"

namespace thidua::storage {
namespace {

std::string redact(const std::string& url) {
  // postgresql://user:secret@host → postgresql://user:***@host
  static const std::regex re(R"(^(postgres(?:ql)?://[^:/@]*:)[^@]*@)");
  return std::regex_replace(url, re, "$1***@");
}

// One pooled connection and the names of the statements prepared on it. A reset connection is
// a new session: its prepared statements are gone, so reset() forgets them. The cache is emptied
// (DEALLOCATE ALL) when it grows past kMaxPrepared.
struct Conn {
  static constexpr size_t kMaxPrepared = 256;
  PGconn* pg = nullptr;
  std::unordered_map<std::string, std::string> prepared;  // SQL text → statement name
  uint64_t next = 0;
  // A read transaction's ROLLBACK was sent and its answer not yet read (PgTx::~PgTx): read
  // before the connection's next use.
  bool rollback_pending = false;

  explicit Conn(PGconn* c) : pg(c) {}
  ~Conn() { PQfinish(pg); }
  Conn(const Conn&) = delete;
  Conn& operator=(const Conn&) = delete;
  void reset() {
    PQreset(pg);
    prepared.clear();
    rollback_pending = false;
  }
  // Reads the answer of a ROLLBACK sent without waiting (nothing to do when none is owed).
  void settle() {
    if (!rollback_pending) return;
    rollback_pending = false;
    while (PGresult* r = PQgetResult(pg)) PQclear(r);
  }
};

class PgDatabase;

class PgTx : public Tx {
 public:
  PgTx(PgDatabase& owner, Conn* conn, TxMode mode);
  ~PgTx() override;
  Result query(std::string_view sql, const Params& params) override;
  void defer(std::string_view sql, const Params& params) override { pending_.push_back({std::string(sql), params, {}}); }
  void defer(std::string_view sql, const Params& params, ResultFn then) override {
    pending_.push_back({std::string(sql), params, std::move(then)});
  }
  void query_each(std::string_view sql, const Params& params, const RowFn& row);
  void commit_now(std::string_view last_sql, const Params& last_params) override;
  Dialect dialect() const override { return Dialect::kPostgres; }

 private:
  struct Statement {
    std::string sql;
    Params params;
    ResultFn then;  // given the result (a deferred statement's, when asked for)
  };
  PGresult* exec(std::string_view sql, const Params& params);
  const std::string& statement(const std::string& sql, int nparams);
  std::vector<Result> pipeline(const std::vector<Statement>& batch);
  // The deferred statements and then this one (if any) in one pipeline; the last one's result.
  Result flush(std::string_view sql, const Params& params);
  PgDatabase& owner_;
  Conn* c_;
  PGconn* conn_;
  bool open_ = true;
  bool begin_pending_ = true;  // BEGIN not yet sent (it goes with the first statement)
  std::vector<Statement> pending_;  // deferred statements, sent with the next one
};

class PgDatabase : public Database {
 public:
  PgDatabase(std::string url, int pool_size) : url_(std::move(url)) {
    for (int i = 0; i < pool_size; ++i) pool_.add(connect());
  }
  ~PgDatabase() override { close(); }
  Dialect dialect() const override { return Dialect::kPostgres; }
  std::string describe() const override { return redact(url_); }

  std::unique_ptr<Tx> begin(TxMode mode) override {
    std::unique_lock lk(mu_);
    Conn* c = pool_.take(lk);
    lk.unlock();
    c->settle();  // the previous read transaction's ROLLBACK
    if (PQstatus(c->pg) != CONNECTION_OK) {
      c->reset();  // the server restarted under us, or is still away
      if (PQstatus(c->pg) != CONNECTION_OK) {
        std::string m = PQerrorMessage(c->pg);
        release(c);
        throw Error::Storage(ErrorCode::kInternal, "PostgreSQL unreachable: " + m, "unavailable");
      }
    }
    // (A pooled connection the server closed while it restarted looks fine until used: the
    // transaction's first statements, BEGIN with them, reconnect and are sent again: PgTx::flush.)
    try {
      return std::make_unique<PgTx>(*this, c, mode);
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
    pool_.close(lk, [] { return true; });
  }

 private:
  Conn* connect() {
    PGconn* c = PQconnectdb(url_.c_str());
    if (PQstatus(c) != CONNECTION_OK) {
      std::string m = PQerrorMessage(c);
      PQfinish(c);
      throw Error(ErrorCode::kInternal, "cannot connect to PostgreSQL " + redact(url_) + ": " + m);
    }
    PQclear(PQexec(c, "SET client_min_messages TO warning"));
    PQclear(PQexec(c, "SET client_encoding TO 'UTF8'"));
    return new Conn(c);
  }

  std::string url_;
  std::mutex mu_;
  ConnectionPool<Conn> pool_;  // guarded by mu_
};

struct PgResult {
  PGresult* r;
  ~PgResult() { PQclear(r); }
};

void check(PGconn* c, PGresult* r, std::string_view what) {
  auto st = PQresultStatus(r);
  if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) return;
  const char* state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
  std::string msg = std::string(what) + ": " + PQerrorMessage(c);
  // Class 23: integrity constraint violation (unique, foreign key…).
  if (state && std::strncmp(state, "23", 2) == 0) {
    std::string_view s(state);
    const char* kind = s == "23505" ? "unique" : s == "23503" ? "foreign_key" : s == "23514" ? "check"
                     : s == "23502" ? "not_null" : "other";
    throw Error::Storage(ErrorCode::kConflict, msg, kind);
  }
  // The connection is gone (the server stopped or restarted; class 08 connection exceptions,
  // 57P01–57P03 shutdown and cannot-connect-now): the next transaction reconnects; meanwhile the
  // edge answers 503. A COMMIT lost this way was not acknowledged.
  if (PQstatus(c) == CONNECTION_BAD || (state && (std::strncmp(state, "08", 2) == 0 || std::strncmp(state, "57P0", 4) == 0)))
    throw Error::Storage(ErrorCode::kInternal, msg, "unavailable");
  throw Error::Storage(ErrorCode::kInternal, msg, "");
}

// BEGIN is not sent here: it goes with the transaction's first statement (flush()).
PgTx::PgTx(PgDatabase& owner, Conn* conn, TxMode mode)
    : Tx(owner, mode), owner_(owner), c_(conn), conn_(conn->pg) {}

PgTx::~PgTx() {
  if (open_ && !begin_pending_) {
    // A read transaction changed nothing: its ROLLBACK is sent and the connection returned to the
    // pool without waiting for the answer, which is read when the connection is next taken
    // (Conn::settle). A write transaction's ROLLBACK is waited for.
    if (!writes_ && PQpipelineStatus(conn_) == PQ_PIPELINE_OFF && PQsendQuery(conn_, "ROLLBACK") == 1) {
      c_->rollback_pending = true;
    } else {
      PQclear(PQexec(conn_, "ROLLBACK"));
    }
  }
  owner_.release(c_);
}

void PgTx::commit_now(std::string_view last_sql, const Params& last_params) {
  if (begin_pending_ && pending_.empty() && last_sql.empty()) {
    // Nothing was sent: nothing to commit.
  } else if (pending_.empty() && last_sql.empty()) {
    count_round_trip();
    PgResult r{PQexec(conn_, "COMMIT")};
    check(conn_, r.r, "COMMIT");
  } else {
    // The deferred statements, the data versions' and the COMMIT: one round trip. A failure in
    // any of them throws before the transaction counts as committed (the destructor rolls back).
    if (!last_sql.empty()) defer(last_sql, last_params);
    flush("COMMIT", {});
  }
  open_ = false;
}

// The name of the prepared statement for this SQL text on this connection, prepared now if
// needed. Parameter types are inferred as PQexecParams would infer them.
const std::string& PgTx::statement(const std::string& sql, int nparams) {
  if (auto it = c_->prepared.find(sql); it != c_->prepared.end()) return it->second;
  if (c_->prepared.size() >= Conn::kMaxPrepared) {
    PgResult d{PQexec(conn_, "DEALLOCATE ALL")};
    check(conn_, d.r, "DEALLOCATE");
    c_->prepared.clear();
  }
  std::string name = "thidua_" + std::to_string(c_->next++);
  PgResult r{PQprepare(conn_, name.c_str(), sql.c_str(), nparams, nullptr)};
  check(conn_, r.r, "prepare");
  return c_->prepared.emplace(sql, std::move(name)).first->second;
}

namespace {

// The parameters of one statement as libpq takes them (text; bytea binary); `store` holds the text.
struct Encoded {
  std::vector<std::string> store;
  std::vector<const char*> values;
  std::vector<int> lengths, formats;
  explicit Encoded(const Params& params)
      : store(params.size()), values(params.size()), lengths(params.size()), formats(params.size()) {
    for (size_t i = 0; i < params.size(); ++i) {
      const Param& v = params[i];
      if (std::holds_alternative<std::nullptr_t>(v)) {
        values[i] = nullptr;
        continue;
      }
      if (auto* iv = std::get_if<int64_t>(&v)) store[i] = std::to_string(*iv);
      else if (auto* dv = std::get_if<double>(&v)) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.17g", *dv);
        store[i] = buf;
      } else if (auto* sv = std::get_if<std::string>(&v)) store[i] = *sv;
      else if (auto* bv = std::get_if<Bytes>(&v)) {
        store[i] = bv->data;
        formats[i] = 1;  // binary: bytea as raw bytes
      }
      values[i] = store[i].data();
      lengths[i] = static_cast<int>(store[i].size());
    }
  }
};

Result to_result(PGresult* r) {
  Result out;
  int cols = PQnfields(r);
  for (int c = 0; c < cols; ++c) out.columns.emplace_back(PQfname(r, c));
  int n = PQntuples(r);
  out.rows.reserve(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    auto& row = out.rows.emplace_back();
    row.reserve(static_cast<size_t>(cols));
    for (int c = 0; c < cols; ++c) {
      if (PQgetisnull(r, i, c)) row.emplace_back(std::nullopt);
      else row.emplace_back(std::string(PQgetvalue(r, i, c), static_cast<size_t>(PQgetlength(r, i, c))));
    }
  }
  const char* aff = PQcmdTuples(r);
  out.affected = aff && *aff ? std::atoll(aff) : 0;
  return out;
}

}  // namespace

// Runs the statement; the caller owns the result.
PGresult* PgTx::exec(std::string_view sql, const Params& params) {
  std::string text(sql);
  count_round_trip();
  PGresult* raw;
  if (params.empty()) {
    raw = PQexec(conn_, text.c_str());  // may hold several statements (migrations)
  } else {
    Encoded e(params);
    const std::string& name = statement(text, static_cast<int>(params.size()));
    raw = PQexecPrepared(conn_, name.c_str(), static_cast<int>(params.size()), e.values.data(), e.lengths.data(),
                         e.formats.data(), 0);
  }
  return raw;
}

void PgTx::query_each(std::string_view sql, const Params& params, const RowFn& row) {
  if (begin_pending_ || !pending_.empty()) flush({}, {});
  PgResult r{exec(sql, params)};
  check(conn_, r.r, "query");
  const int cols = PQnfields(r.r), n = PQntuples(r.r);
  std::vector<std::string_view> text(static_cast<size_t>(cols));
  std::unique_ptr<bool[]> null(new bool[static_cast<size_t>(cols) + 1]);
  for (int i = 0; i < n; ++i) {
    for (int c = 0; c < cols; ++c) {
      const size_t k = static_cast<size_t>(c);
      null[k] = PQgetisnull(r.r, i, c) != 0;
      text[k] = null[k] ? std::string_view() : std::string_view(PQgetvalue(r.r, i, c), static_cast<size_t>(PQgetlength(r.r, i, c)));
    }
    row(RowView(text.data(), null.get(), text.size()));
  }
}


// The statements sent in one pipeline (libpq's pipeline mode): the server runs them in order,
// each as if sent alone (a statement of its own in the transaction, seeing the ones before it),
// and after the first that fails runs none of the rest; the client waits once for all the
// answers. The first failure is thrown as check() throws it.
std::vector<Result> PgTx::pipeline(const std::vector<Statement>& batch) {
  // Prepared first, outside the pipeline (once per connection and statement), with room made
  // for the whole batch so that no DEALLOCATE ALL drops a name taken for an earlier statement.
  if (c_->prepared.size() + batch.size() > Conn::kMaxPrepared) {
    PgResult d{PQexec(conn_, "DEALLOCATE ALL")};
    check(conn_, d.r, "DEALLOCATE");
    c_->prepared.clear();
  }
  std::vector<const std::string*> names(batch.size(), nullptr);
  for (size_t i = 0; i < batch.size(); ++i)
    if (!batch[i].params.empty()) names[i] = &statement(batch[i].sql, static_cast<int>(batch[i].params.size()));
  count_round_trip();
  bool sent = PQenterPipelineMode(conn_) == 1;
  for (size_t i = 0; i < batch.size() && sent; ++i) {
    Encoded e(batch[i].params);
    const int n = static_cast<int>(batch[i].params.size());
    sent = names[i] ? PQsendQueryPrepared(conn_, names[i]->c_str(), n, e.values.data(), e.lengths.data(),
                                          e.formats.data(), 0) == 1
                    : PQsendQueryParams(conn_, batch[i].sql.c_str(), 0, nullptr, nullptr, nullptr, nullptr, 0) == 1;
  }
  sent = sent && PQpipelineSync(conn_) == 1;
  using Owned = std::unique_ptr<PGresult, decltype(&PQclear)>;
  std::vector<Owned> got;
  got.reserve(batch.size());
  if (sent) {
    // Each statement's result and the end of its results (a null); after the last, the sync.
    for (size_t i = 0; i < batch.size(); ++i) {
      PGresult* r = PQgetResult(conn_);
      if (!r) break;  // the connection failed
      got.emplace_back(r, &PQclear);
      while (PGresult* more = PQgetResult(conn_)) PQclear(more);
    }
    if (got.size() == batch.size())
      if (PGresult* sync = PQgetResult(conn_)) PQclear(sync);
  }
  // Leaving pipeline mode fails only when answers are left unread (a broken connection): the
  // connection is then reset (a new session; this transaction is gone with it) rather than
  // pooled in pipeline mode, once the failure is classified on the broken one.
  const bool stuck = PQexitPipelineMode(conn_) != 1 || PQpipelineStatus(conn_) != PQ_PIPELINE_OFF;
  try {
    for (auto& r : got) check(conn_, r.get(), "query");  // the first failure (the rest were not run)
    if (!sent || got.size() != batch.size()) {
      std::string m = std::string("pipeline: ") + PQerrorMessage(conn_);
      throw Error::Storage(ErrorCode::kInternal, m, PQstatus(conn_) == CONNECTION_BAD || stuck ? "unavailable" : "");
    }
  } catch (...) {
    if (stuck) c_->reset();
    throw;
  }
  std::vector<Result> out;
  out.reserve(got.size());
  for (auto& r : got) out.push_back(to_result(r.get()));
  return out;
}

Result PgTx::flush(std::string_view sql, const Params& params) {
  std::vector<Statement> batch;
  const bool first = begin_pending_;
  if (first) batch.push_back({!writes_ ? "BEGIN READ ONLY" : "BEGIN", {}, {}});
  begin_pending_ = false;
  for (auto& st : pending_) batch.push_back(std::move(st));
  pending_.clear();
  if (!sql.empty()) batch.push_back({std::string(sql), params, {}});
  if (batch.empty()) return {};
  // The results of the deferred statements that asked for theirs handed over, the last returned.
  auto run = [&] {
    std::vector<Result> results = pipeline(batch);
    for (size_t i = 0; i < batch.size(); ++i)
      if (batch[i].then) batch[i].then(results[i]);
    return std::move(results.back());
  };
  try {
    return run();
  } catch (const Error& e) {
    // The transaction's first statements met a pooled connection the server had closed (it
    // restarted meanwhile; the connection looks fine until used): reconnect and send them once
    // more. Only without a COMMIT among them: then nothing of this transaction can have been kept.
    if (!first || e.constraint() != "unavailable" || batch.back().sql == "COMMIT") throw;
    c_->reset();
    if (PQstatus(conn_) != CONNECTION_OK) throw;
    return run();
  }
}

// A statement without parameters may hold several (a migration, a schema's set-up): it is sent
// alone, by the simple protocol; one without ';' is one statement and may go in a pipeline.
bool single_statement(std::string_view sql) { return sql.find(';') == std::string_view::npos; }

Result PgTx::query(std::string_view sql, const Params& params) {
  if (!params.empty() || single_statement(sql)) {
    if (begin_pending_ || !pending_.empty()) return flush(sql, params);
  } else if (begin_pending_ || !pending_.empty()) {
    flush({}, {});
  }
  PgResult r{exec(sql, params)};
  check(conn_, r.r, "query");
  return to_result(r.r);
}

}  // namespace

bool postgres_query_each(Tx& tx, std::string_view sql, const Params& params, const RowFn& row) {
  auto* t = dynamic_cast<PgTx*>(&tx);
  if (!t) return false;
  t->query_each(sql, params, row);
  return true;
}

std::unique_ptr<Database> open_postgres(const std::string& url, int pool_size) {
  return std::make_unique<PgDatabase>(url, pool_size < 1 ? 1 : pool_size);
}

}  // namespace thidua::storage
