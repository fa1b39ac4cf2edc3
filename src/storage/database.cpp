#include "storage/database.h"

#include <chrono>
#include <cstdlib>
#include <ctime>

#include "core/error.h"
#include "storage/migrations.h"

namespace thidua::storage {

std::unique_ptr<Database> open_sqlite(const std::string& path, int pool_size);
std::unique_ptr<Database> open_postgres(const std::string& url, int pool_size);

int Result::col(std::string_view name) const {
  for (size_t i = 0; i < columns.size(); ++i)
    if (columns[i] == name) return static_cast<int>(i);
  throw Error(ErrorCode::kInternal, "no column " + std::string(name));
}

bool RowRef::is_null(std::string_view c) const { return !r_.rows[i_][r_.col(c)].has_value(); }
std::string RowRef::str(std::string_view c) const { return r_.rows[i_][r_.col(c)].value_or(""); }
std::optional<std::string> RowRef::opt_str(std::string_view c) const { return r_.rows[i_][r_.col(c)]; }
int64_t RowRef::i64(std::string_view c) const {
  const auto& v = r_.rows[i_][r_.col(c)];
  return v ? std::strtoll(v->c_str(), nullptr, 10) : 0;
}
std::optional<int64_t> RowRef::opt_i64(std::string_view c) const {
  const auto& v = r_.rows[i_][r_.col(c)];
  if (!v) return std::nullopt;
  return std::strtoll(v->c_str(), nullptr, 10);
}
double RowRef::f64(std::string_view c) const {
  const auto& v = r_.rows[i_][r_.col(c)];
  return v ? std::strtod(v->c_str(), nullptr) : 0.0;
}

int64_t Tx::query_id(std::string_view sql, const Params& params) {
  Result r = query(sql, params);
  if (r.empty() || r.rows[0].empty() || !r.rows[0][0]) throw Error(ErrorCode::kInternal, "query returned no id");
  return std::strtoll(r.rows[0][0]->c_str(), nullptr, 10);
}

Result Tx::query_page(const std::string& count_sql, const std::string& select_sql, std::string_view order_by,
                      const Params& params, int64_t limit, int64_t offset, int64_t* total) {
  if (total) *total = query_id(count_sql, params);
  Params page = params;
  page.push_back(limit);
  page.push_back(offset);
  std::string sql = select_sql;
  sql.append(" ORDER BY ").append(order_by);
  sql += " LIMIT $" + std::to_string(page.size() - 1) + " OFFSET $" + std::to_string(page.size());
  return query(sql, page);
}

std::unique_ptr<Database> open_database(const std::string& url, int pool_size) {
  std::unique_ptr<Database> db;
  if (url.rfind("sqlite:", 0) == 0) {
    std::string path = url.substr(7);
    if (path.empty()) throw Error::Invalid("--db sqlite: needs a path, e.g. sqlite:data/thidua.db");
    db = open_sqlite(path, pool_size);
  } else if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
    db = open_postgres(url, pool_size);
  } else {
    throw Error::Invalid("unknown database URL (use sqlite:PATH or postgresql://…)");
  }
  migrate(*db);
  return db;
}

int migrate(Database& db) {
  const char* dialect = db.dialect() == Dialect::kSqlite ? "sqlite" : "postgres";
  auto tx = db.begin(TxMode::kWrite);
  tx->query(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
      "applied_at TEXT NOT NULL)");
  if (db.dialect() == Dialect::kPostgres) {
    // Several app instances may start at once: one migrates, the others wait.
    tx->query("LOCK TABLE schema_migrations IN EXCLUSIVE MODE");
  }
  Result done = tx->query("SELECT version FROM schema_migrations");
  std::vector<int> applied;
  for (auto& row : done.rows) applied.push_back(std::atoi(row[0]->c_str()));
  int count = 0;
  for (const Migration& m : embedded_migrations()) {
    if (std::string_view(m.dialect) != dialect) continue;
    bool have = false;
    for (int v : applied) have = have || v == m.version;
    if (have) continue;
    tx->query(m.sql);
    std::time_t now = std::time(nullptr);
    char ts[32];
    std::strftime(ts, sizeof ts, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
    tx->query("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
              {int64_t{m.version}, std::string(m.name), std::string(ts)});
    ++count;
  }
  tx->commit();
  return count;
}

}  // namespace thidua::storage
