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

  explicit Conn(PGconn* c) : pg(c) {}
  ~Conn() { PQfinish(pg); }
  Conn(const Conn&) = delete;
  Conn& operator=(const Conn&) = delete;
  void reset() {
    PQreset(pg);
    prepared.clear();
  }
};

class PgDatabase;

class PgTx : public Tx {
 public:
  PgTx(PgDatabase& owner, Conn* conn, TxMode mode);
  ~PgTx() override;
  Result query(std::string_view sql, const Params& params) override;
  void query_each(std::string_view sql, const Params& params, const RowFn& row);
  void commit_now() override;
  Dialect dialect() const override { return Dialect::kPostgres; }

 private:
  PGresult* exec(std::string_view sql, const Params& params);
  const std::string& statement(const std::string& sql, int nparams);
  PgDatabase& owner_;
  Conn* c_;
  PGconn* conn_;
  bool open_ = true;
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
    if (PQstatus(c->pg) != CONNECTION_OK) {
      c->reset();  // the server restarted under us, or is still away
      if (PQstatus(c->pg) != CONNECTION_OK) {
        std::string m = PQerrorMessage(c->pg);
        release(c);
        throw Error::Storage(ErrorCode::kInternal, "PostgreSQL unreachable: " + m, "unavailable");
      }
    }
    try {
      try {
        return std::make_unique<PgTx>(*this, c, mode);
      } catch (const Error& e) {
        // A pooled connection the server closed while it restarted looks fine until used: BEGIN
        // fails; reconnect and begin once more (nothing was done on it yet).
        if (e.constraint() != "unavailable") throw;
        c->reset();
        if (PQstatus(c->pg) != CONNECTION_OK) throw;
        return std::make_unique<PgTx>(*this, c, mode);
      }
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

PgTx::PgTx(PgDatabase& owner, Conn* conn, TxMode mode) : Tx(owner), owner_(owner), c_(conn), conn_(conn->pg) {
  PgResult r{PQexec(conn_, mode == TxMode::kWrite ? "BEGIN" : "BEGIN READ ONLY")};
  check(conn_, r.r, "BEGIN");
}

PgTx::~PgTx() {
  if (open_) PQclear(PQexec(conn_, "ROLLBACK"));
  owner_.release(c_);
}

void PgTx::commit_now() {
  PgResult r{PQexec(conn_, "COMMIT")};
  check(conn_, r.r, "COMMIT");
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

// Runs the statement; the caller owns the result.
PGresult* PgTx::exec(std::string_view sql, const Params& params) {
  std::string text(sql);
  PGresult* raw;
  if (params.empty()) {
    raw = PQexec(conn_, text.c_str());  // may hold several statements (migrations)
  } else {
    std::vector<std::string> store(params.size());
    std::vector<const char*> values(params.size());
    std::vector<int> lengths(params.size()), formats(params.size());
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
    const std::string& name = statement(text, static_cast<int>(params.size()));
    raw = PQexecPrepared(conn_, name.c_str(), static_cast<int>(params.size()), values.data(), lengths.data(),
                         formats.data(), 0);
  }
  return raw;
}

void PgTx::query_each(std::string_view sql, const Params& params, const RowFn& row) {
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

Result PgTx::query(std::string_view sql, const Params& params) {
  PgResult r{exec(sql, params)};
  check(conn_, r.r, "query");
  Result out;
  int cols = PQnfields(r.r);
  for (int c = 0; c < cols; ++c) out.columns.emplace_back(PQfname(r.r, c));
  int n = PQntuples(r.r);
  out.rows.reserve(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    auto& row = out.rows.emplace_back();
    row.reserve(static_cast<size_t>(cols));
    for (int c = 0; c < cols; ++c) {
      if (PQgetisnull(r.r, i, c)) row.emplace_back(std::nullopt);
      else row.emplace_back(std::string(PQgetvalue(r.r, i, c), static_cast<size_t>(PQgetlength(r.r, i, c))));
    }
  }
  const char* aff = PQcmdTuples(r.r);
  out.affected = aff && *aff ? std::atoll(aff) : 0;
  return out;
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
