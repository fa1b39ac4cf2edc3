#include "sql_reference.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <stdexcept>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace thidua::bench {

namespace {

using Clock = std::chrono::steady_clock;
double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

// Hundredths of a point, halves up, like llround() in the engine for non-negative points.
std::string centi(bool pg, const std::string& x) {
  return pg ? "CAST(FLOOR((" + x + ") * 100 + 0.5) AS BIGINT)" : "CAST((" + x + ") * 100 + 0.5 AS INTEGER)";
}
std::string mx(bool pg, const std::string& a, const std::string& b) {
  return (pg ? "GREATEST(" : "MAX(") + a + ", " + b + ")";
}
std::string mn(bool pg, const std::string& a, const std::string& b) {
  return (pg ? "LEAST(" : "MIN(") + a + ", " + b + ")";
}

std::vector<std::string> column_names(const scoring::IndicatorCatalogue& cat) {
  std::vector<std::string> cols;
  for (int c = 0; c < cat.reported_columns(); ++c) cols.push_back(cat.by_column(c).code);
  return cols;
}

std::string create_table(bool pg, const std::vector<std::string>& cols, bool monthly) {
  std::string s = std::string("CREATE TABLE ") + (monthly ? "report" : "unit_year") +
                  " (unit_id INTEGER NOT NULL, year INTEGER NOT NULL" + (monthly ? ", month INTEGER NOT NULL" : "");
  for (const auto& c : cols) s += ", " + c + (pg ? " DOUBLE PRECISION NOT NULL" : " REAL NOT NULL");
  // SQLite: clustered on the key (WITHOUT ROWID) so that a unit's rows are adjacent, as the
  // engine's are. PostgreSQL: the key is added after COPY, the usual bulk-load order.
  if (!pg) s += std::string(", PRIMARY KEY (unit_id, year") + (monthly ? ", month" : "") + ")) WITHOUT ROWID";
  else s += ")";
  return s;
}

}  // namespace

std::string ranking_sql(bool pg, int year, bool from_aggregates, bool missing_aware) {
  const std::string cy = std::to_string(year), py = std::to_string(year - 1);
  auto cur = [&](const char* col) { return std::string("SUM(CASE WHEN r.year = ") + cy + " THEN r." + col + " ELSE 0 END)"; };
  auto prev = [&](const char* col) { return std::string("SUM(CASE WHEN r.year = ") + py + " THEN r." + col + " ELSE 0 END)"; };
  // Missing is not zero: a month without the value (or without a report) leaves the year's sum
  // missing, and a criterion reading a missing sum earns nothing (docs/scoring-scheme.md).
  auto months = [&](const std::string& y, const char* col) {
    return std::string("COUNT(CASE WHEN r.year = ") + y + " THEN r." + col + " END)";
  };
  auto guard = [&](const std::string& ok, const std::string& expr) {
    return missing_aware ? "CASE WHEN " + ok + " THEN " + expr + " ELSE 0 END" : expr;
  };
  std::string s;
  s += "WITH agg AS (\n  SELECT r.unit_id,\n";
  s += "    " + cur("toi_pham_ttxh") + " AS c_tp,\n";
  s += "    " + prev("toi_pham_ttxh") + " AS p_tp,\n";
  s += "    " + cur("toi_pham_ttxh_kham_pha") + " AS c_kp,\n";
  s += "    " + cur("tin_bao_tiep_nhan") + " AS c_tn,\n";
  s += "    " + cur("tin_bao_giai_quyet") + " AS c_gq,\n";
  s += "    " + cur("su_viec_phuc_tap_antt") + " AS c_sv,\n";
  s += "    " + cur("can_bo_vi_pham_ky_luat") + " AS c_kl,\n";
  s += "    " + cur("tuan_tra") + " AS c_tt";
  if (missing_aware) {
    s += ",\n    12 - COUNT(DISTINCT CASE WHEN r.year = " + cy + " THEN r.month END) AS missing";
    const char* cols[] = {"toi_pham_ttxh", "toi_pham_ttxh_kham_pha", "tin_bao_tiep_nhan", "tin_bao_giai_quyet",
                          "su_viec_phuc_tap_antt", "can_bo_vi_pham_ky_luat", "tuan_tra"};
    const char* names[] = {"n_tp", "n_kp", "n_tn", "n_gq", "n_sv", "n_kl", "n_tt"};
    for (int i = 0; i < 7; ++i) s += ",\n    " + months(cy, cols[i]) + " AS " + names[i];
    s += ",\n    " + months(py, "toi_pham_ttxh") + " AS np_tp";
  }
  s += "\n";
  if (from_aggregates) s += "  FROM unit_year r\n  WHERE r.year IN (" + cy + ", " + py + ")\n  GROUP BY r.unit_id),\n";
  else s += "  FROM report r\n  WHERE r.year IN (" + cy + ", " + py + ") AND r.month BETWEEN 1 AND 12\n  GROUP BY r.unit_id),\n";
  // Achievements, as CompiledScheme::evaluate_part computes them (same operation order).
  s += "g AS (\n  SELECT a.*,\n";
  s += "    CASE WHEN p_tp > 0 THEN -((c_tp - p_tp) / p_tp * 100.0) END AS gain1,\n";
  s += "    CASE WHEN c_tp > 0 THEN 100.0 * c_kp / c_tp END AS rate2,\n";
  s += "    CASE WHEN c_tn > 0 THEN 100.0 * c_gq / c_tn END AS rate3\n  FROM agg a),\n";
  const std::string ok1 = "n_tp = 12 AND np_tp = 12", ok2 = "n_tp = 12 AND n_kp = 12", ok3 = "n_tn = 12 AND n_gq = 12",
                    kept1 = ok1 + " AND NOT (p_tp <= 0 AND c_tp <= 0)", kept2 = ok2 + " AND c_tp > 0",
                    kept3 = ok3 + " AND c_tn > 0",
                    ok4 = "n_sv = 12", ok5 = "n_kl = 12", ok6 = "n_tt = 12";
  s += "lines AS (\n  SELECT unit_id,\n";
  // 1. crimes −7% vs last year, proportional, 25 points.
  s += "    " + guard(ok1, "CASE WHEN p_tp <= 0 THEN (CASE WHEN c_tp <= 0 THEN 1 ELSE 0 END) WHEN gain1 >= 7 - 1e-9 THEN 1 ELSE 0 END") + " AS met1,\n";
  s += "    " + guard(kept1, "CASE WHEN p_tp <= 0 THEN (CASE WHEN c_tp <= 0 THEN 2500 ELSE 0 END) WHEN gain1 >= 7 - 1e-9 THEN 2500\n"
                       "         ELSE " + centi(pg, "25.0 * " + mx(pg, "0.0", mn(pg, "1.0", "gain1 / 7.0"))) + " END") + " AS pc1,\n";
  // 2. clearance rate at least 80%, proportional, 20 points.
  s += "    " + guard(ok2, "CASE WHEN c_tp <= 0 OR rate2 >= 80 - 1e-9 THEN 1 ELSE 0 END") + " AS met2,\n";
  s += "    " + guard(kept2, "CASE WHEN c_tp <= 0 OR rate2 >= 80 - 1e-9 THEN 2000 ELSE " + centi(pg, "20.0 * " + mn(pg, "1.0", "rate2 / 80.0")) + " END") + " AS pc2,\n";
  // 3. reports resolved above 95%, all or nothing, 15 points.
  s += "    " + guard(ok3, "CASE WHEN c_tn <= 0 OR rate3 > 95 + 1e-9 THEN 1 ELSE 0 END") + " AS met3,\n";
  s += "    " + guard(kept3, "CASE WHEN c_tn <= 0 OR rate3 > 95 + 1e-9 THEN 1500 ELSE 0 END") + " AS pc3,\n";
  // 4. no incident by surprise: disqualifying, 10 points (a missing count disqualifies nobody).
  s += "    " + guard(ok4, "CASE WHEN c_sv <= 1e-9 THEN 0 ELSE 1 END") + " AS disq,\n";
  s += "    " + guard(ok4, "CASE WHEN c_sv <= 1e-9 THEN 1000 ELSE 0 END") + " AS pc4,\n";
  // 5. discipline: −2 per case, at most 15 off a 15-point criterion.
  s += "    " + guard(ok5, centi(pg, mx(pg, "0.0", "15.0 - " + mn(pg, "15.0", "2.0 * c_kl")))) + " AS pc5,\n";
  // 6. at least 24 patrols, proportional, 15 points.
  s += "    " + guard(ok6, "CASE WHEN c_tt >= 24 - 1e-9 THEN 1500 ELSE " + centi(pg, "15.0 * (c_tt / 24.0)") + " END") + " AS pc6,\n";
  s += std::string("    ") + (missing_aware ? "missing" : "0") + " AS missing,\n";
  // A criterion without cases (a rate over nothing, a change from nothing to nothing) is dropped:
  // no points, and the criteria's total rescaled to 100 (the schemes' not_applicable "drop").
  if (missing_aware)
    s += "    (CASE WHEN " + ok1 + " AND p_tp <= 0 AND c_tp <= 0 THEN 2500 ELSE 0 END) + (CASE WHEN " + ok2 +
         " AND c_tp <= 0 THEN 2000 ELSE 0 END) + (CASE WHEN " + ok3 + " AND c_tn <= 0 THEN 1500 ELSE 0 END) AS dropped\n";
  else
    s += "    0 AS dropped\n";
  s += "  FROM g),\n";
  s += "scored AS (\n  SELECT unit_id, disq, met1, met2, met3, missing,\n";
  s += "    CASE WHEN dropped > 0 THEN ((pc1 + pc2 + pc3 + pc4 + pc5 + pc6) * 10000 * 2 + (10000 - dropped)) / (2 * (10000 - dropped))\n";
  s += "         ELSE pc1 + pc2 + pc3 + pc4 + pc5 + pc6 END AS total,\n";
  s += "    pc1 + pc2 + pc3 AS first_section,\n";
  s += "    1500 - pc5 AS penalty,\n";
  s += "    (CASE WHEN pc1 = 2500 THEN 1 ELSE 0 END) + (CASE WHEN pc2 = 2000 THEN 1 ELSE 0 END) +\n";
  s += "    (CASE WHEN pc3 = 1500 THEN 1 ELSE 0 END) + (CASE WHEN pc4 = 1000 THEN 1 ELSE 0 END) +\n";
  s += "    (CASE WHEN pc5 = 1500 THEN 1 ELSE 0 END) + (CASE WHEN pc6 = 1500 THEN 1 ELSE 0 END) AS full_met\n";
  s += "  FROM lines)\n";
  std::string level =
      "CASE WHEN s.disq = 1 THEN 3 WHEN s.total >= 9000 AND s.met1 = 1 AND s.met2 = 1 AND s.met3 = 1 THEN 0\n"
      "       WHEN s.total >= 7500 THEN 1 WHEN s.total >= 5000 THEN 2 ELSE 3 END";
  // A unit short of reports reaches at most the level before the last (incomplete_max_level).
  if (missing_aware) level = "CASE WHEN s.missing > 0 THEN " + mx(pg, "2", level) + " ELSE " + level + " END";
  s += "SELECT u.id, u.group_id, s.total,\n  " + level + " AS level,\n";
  // The engine's order (scoring::ranks_before_by): … more criteria in full, fewer months missing, the code.
  s += "  ROW_NUMBER() OVER (PARTITION BY u.group_id ORDER BY s.disq, s.total DESC, s.penalty, s.first_section DESC,\n";
  s += std::string("                     s.full_met DESC, s.missing, u.code") + (pg ? " COLLATE \"C\"" : "") + ") AS rank,\n";
  s += "  s.missing\n";
  s += "FROM scored s JOIN unit u ON u.id = s.unit_id";
  return s;
}

// ---------------------------------------------------------------------------------------------
// SQLite

namespace {
void sq_exec(sqlite3* db, const std::string& sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string m = err ? err : "?";
    sqlite3_free(err);
    throw std::runtime_error("sqlite: " + m + " in: " + sql.substr(0, 200));
  }
}
sqlite3* sq_open(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) throw std::runtime_error("sqlite: cannot open " + path);
  return db;
}
}  // namespace

SqlRun sqlite_load(const scoring::Engine& engine, const std::string& path, int year) {
  SqlRun run;
  std::remove(path.c_str());
  sqlite3* db = sq_open(path);
  auto t0 = Clock::now();
  sq_exec(db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-65536;");
  const auto& cat = engine.group_scheme(0).catalogue();
  auto cols = column_names(cat);
  sq_exec(db, "CREATE TABLE unit (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, group_id INTEGER NOT NULL)");
  sq_exec(db, create_table(false, cols, true));
  sq_exec(db, create_table(false, cols, false));
  sq_exec(db, "BEGIN");
  sqlite3_stmt* su = nullptr;
  sqlite3_prepare_v2(db, "INSERT INTO unit VALUES (?, ?, ?)", -1, &su, nullptr);
  for (int u = 0; u < engine.units(); ++u) {
    sqlite3_bind_int(su, 1, u);
    sqlite3_bind_text(su, 2, engine.unit_code(u).c_str(), -1, SQLITE_STATIC);
    sqlite3_bind_int(su, 3, engine.unit_group(u));
    if (sqlite3_step(su) != SQLITE_DONE) throw std::runtime_error(std::string("sqlite: ") + sqlite3_errmsg(db));
    sqlite3_reset(su);
  }
  sqlite3_finalize(su);
  std::string ins = "INSERT INTO report VALUES (?, ?, ?";
  for (size_t i = 0; i < cols.size(); ++i) ins += ", ?";
  ins += ")";
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, ins.c_str(), -1, &st, nullptr);
  const size_t R = cols.size();
  auto raw = engine.raw_values();
  for (int u = 0; u < engine.units(); ++u) {
    for (int y = 0; y < 2; ++y) {
      for (int m = 0; m < 12; ++m) {
        const double* row = raw.data() + ((static_cast<size_t>(u) * 2 + static_cast<size_t>(y)) * 12 + static_cast<size_t>(m)) * R;
        sqlite3_bind_int(st, 1, u);
        sqlite3_bind_int(st, 2, y == 0 ? year : year - 1);
        sqlite3_bind_int(st, 3, m + 1);
        for (size_t c = 0; c < R; ++c) sqlite3_bind_double(st, static_cast<int>(c) + 4, row[c]);
        if (sqlite3_step(st) != SQLITE_DONE) throw std::runtime_error(std::string("sqlite: ") + sqlite3_errmsg(db));
        sqlite3_reset(st);
      }
    }
  }
  sqlite3_finalize(st);
  std::string ins_y = "INSERT INTO unit_year VALUES (?, ?";
  for (size_t i = 0; i < cols.size(); ++i) ins_y += ", ?";
  ins_y += ")";
  sqlite3_prepare_v2(db, ins_y.c_str(), -1, &st, nullptr);
  for (int u = 0; u < engine.units(); ++u) {
    for (int y = 0; y < 2; ++y) {
      auto row = engine.aggregated(u, y ? scoring::Engine::Year::kPrevious : scoring::Engine::Year::kCurrent);
      sqlite3_bind_int(st, 1, u);
      sqlite3_bind_int(st, 2, y == 0 ? year : year - 1);
      for (size_t c = 0; c < R; ++c) sqlite3_bind_double(st, static_cast<int>(c) + 3, row[c]);
      if (sqlite3_step(st) != SQLITE_DONE) throw std::runtime_error(std::string("sqlite: ") + sqlite3_errmsg(db));
      sqlite3_reset(st);
    }
  }
  sqlite3_finalize(st);
  sq_exec(db, "COMMIT");
  sq_exec(db, "CREATE INDEX unit_group ON unit (group_id); ANALYZE;");
  run.load_ms = ms_since(t0);
  sqlite3_stmt* sz = nullptr;
  sqlite3_prepare_v2(db, "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()", -1, &sz, nullptr);
  if (sqlite3_step(sz) == SQLITE_ROW) run.table_bytes = std::to_string(sqlite3_column_int64(sz, 0)) + " bytes (file)";
  sqlite3_finalize(sz);
  sqlite3_close(db);
  return run;
}

void sqlite_query(SqlRun& run, const std::string& path, int year, int repeats) {
  sqlite3* db = sq_open(path);
  // A cache big enough for the whole table: SQLite at its best, reading from memory.
  sq_exec(db, "PRAGMA cache_size=-1048576; PRAGMA temp_store=MEMORY;");
  for (bool agg : {false, true}) {
    const std::string sql = ranking_sql(false, year, agg);
    for (int r = 0; r < repeats + 1; ++r) {  // the first run warms the cache and is not counted
      auto t0 = Clock::now();
      sqlite3_stmt* st = nullptr;
      if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
        throw std::runtime_error(std::string("sqlite: ") + sqlite3_errmsg(db));
      }
      std::vector<SqlRow> rows;
      int rc;
      while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        rows.push_back({sqlite3_column_int(st, 0), sqlite3_column_int(st, 1), sqlite3_column_int64(st, 2),
                        sqlite3_column_int(st, 3), sqlite3_column_int(st, 4)});
      }
      if (rc != SQLITE_DONE) throw std::runtime_error(std::string("sqlite: ") + sqlite3_errmsg(db));
      sqlite3_finalize(st);
      double ms = ms_since(t0);
      if (r > 0) (agg ? run.aggregate_query_ms : run.query_ms).push_back(ms);
      (agg ? run.aggregate_rows : run.rows) = std::move(rows);
    }
  }
  sqlite3_close(db);
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL

namespace {
struct Pg {
  PGconn* c;
  explicit Pg(const std::string& conninfo) : c(PQconnectdb(conninfo.c_str())) {
    if (PQstatus(c) != CONNECTION_OK) {
      std::string m = PQerrorMessage(c);
      PQfinish(c);
      throw std::runtime_error("postgres: " + m);
    }
    exec("SET client_min_messages TO warning");
  }
  ~Pg() { PQfinish(c); }
  void exec(const std::string& sql) {
    PGresult* r = PQexec(c, sql.c_str());
    auto st = PQresultStatus(r);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
      std::string m = PQerrorMessage(c);
      PQclear(r);
      throw std::runtime_error("postgres: " + m + " in: " + sql.substr(0, 200));
    }
    PQclear(r);
  }
  void copy(const std::string& sql, const std::function<void(std::string&)>& produce) {
    PGresult* r = PQexec(c, sql.c_str());
    if (PQresultStatus(r) != PGRES_COPY_IN) throw std::runtime_error(std::string("postgres: ") + PQerrorMessage(c));
    PQclear(r);
    std::string buf;
    produce(buf);  // calls flush via the buffer size check below
    if (!buf.empty() && PQputCopyData(c, buf.data(), static_cast<int>(buf.size())) != 1) {
      throw std::runtime_error(std::string("postgres: ") + PQerrorMessage(c));
    }
    if (PQputCopyEnd(c, nullptr) != 1) throw std::runtime_error(std::string("postgres: ") + PQerrorMessage(c));
    r = PQgetResult(c);
    if (PQresultStatus(r) != PGRES_COMMAND_OK) throw std::runtime_error(std::string("postgres: ") + PQerrorMessage(c));
    PQclear(r);
    while ((r = PQgetResult(c))) PQclear(r);
  }
  void flush(std::string& buf) {
    if (PQputCopyData(c, buf.data(), static_cast<int>(buf.size())) != 1) {
      throw std::runtime_error(std::string("postgres: ") + PQerrorMessage(c));
    }
    buf.clear();
  }
};

void put_number(std::string& buf, double v) {
  char tmp[32];
  auto res = std::to_chars(tmp, tmp + sizeof tmp, v);
  buf.append(tmp, res.ptr);
}
}  // namespace

SqlRun postgres_load(const scoring::Engine& engine, const std::string& conninfo, int year) {
  SqlRun run;
  Pg pg(conninfo);
  auto t0 = Clock::now();
  const auto& cat = engine.group_scheme(0).catalogue();
  auto cols = column_names(cat);
  pg.exec("DROP TABLE IF EXISTS report; DROP TABLE IF EXISTS unit_year; DROP TABLE IF EXISTS unit;");
  pg.exec("CREATE TABLE unit (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, group_id INTEGER NOT NULL)");
  pg.exec(create_table(true, cols, true));
  pg.exec(create_table(true, cols, false));
  pg.copy("COPY unit FROM STDIN", [&](std::string& buf) {
    for (int u = 0; u < engine.units(); ++u) {
      buf += std::to_string(u) + "\t" + engine.unit_code(u) + "\t" + std::to_string(engine.unit_group(u)) + "\n";
      if (buf.size() > (1 << 20)) pg.flush(buf);
    }
  });
  const size_t R = cols.size();
  auto raw = engine.raw_values();
  pg.copy("COPY report FROM STDIN", [&](std::string& buf) {
    for (int u = 0; u < engine.units(); ++u) {
      for (int y = 0; y < 2; ++y) {
        for (int m = 0; m < 12; ++m) {
          const double* row = raw.data() + ((static_cast<size_t>(u) * 2 + static_cast<size_t>(y)) * 12 + static_cast<size_t>(m)) * R;
          buf += std::to_string(u);
          buf += '\t';
          buf += std::to_string(y == 0 ? year : year - 1);
          buf += '\t';
          buf += std::to_string(m + 1);
          for (size_t c = 0; c < R; ++c) {
            buf += '\t';
            put_number(buf, row[c]);
          }
          buf += '\n';
          if (buf.size() > (1 << 20)) pg.flush(buf);
        }
      }
    }
  });
  pg.copy("COPY unit_year FROM STDIN", [&](std::string& buf) {
    for (int u = 0; u < engine.units(); ++u) {
      for (int y = 0; y < 2; ++y) {
        auto row = engine.aggregated(u, y ? scoring::Engine::Year::kPrevious : scoring::Engine::Year::kCurrent);
        buf += std::to_string(u);
        buf += '\t';
        buf += std::to_string(y == 0 ? year : year - 1);
        for (size_t c = 0; c < R; ++c) {
          buf += '\t';
          put_number(buf, row[c]);
        }
        buf += '\n';
        if (buf.size() > (1 << 20)) pg.flush(buf);
      }
    }
  });
  pg.exec("ALTER TABLE report ADD PRIMARY KEY (unit_id, year, month)");
  pg.exec("ALTER TABLE unit_year ADD PRIMARY KEY (unit_id, year)");
  pg.exec("VACUUM ANALYZE unit_year");
  pg.exec("CREATE INDEX unit_group ON unit (group_id)");
  pg.exec("VACUUM ANALYZE report");
  pg.exec("VACUUM ANALYZE unit");
  run.load_ms = ms_since(t0);
  PGresult* r = PQexec(pg.c, "SELECT pg_size_pretty(pg_total_relation_size('report'))");
  if (PQresultStatus(r) == PGRES_TUPLES_OK) run.table_bytes = PQgetvalue(r, 0, 0);
  PQclear(r);
  return run;
}

void postgres_query(SqlRun& run, const std::string& conninfo, int year, int repeats) {
  Pg pg(conninfo);
  for (bool jit : {true, false}) {
    pg.exec(jit ? "SET jit = on" : "SET jit = off");
    for (bool agg : {false, true}) {
      const std::string sql = ranking_sql(true, year, agg);
      for (int rep = 0; rep < repeats + 1; ++rep) {  // the first run warms shared buffers
        auto t0 = Clock::now();
        PGresult* r = PQexec(pg.c, sql.c_str());
        if (PQresultStatus(r) != PGRES_TUPLES_OK) {
          std::string m = PQerrorMessage(pg.c);
          PQclear(r);
          throw std::runtime_error("postgres: " + m);
        }
        std::vector<SqlRow> rows;
        const int n = PQntuples(r);
        rows.reserve(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i) {
          rows.push_back({std::atoi(PQgetvalue(r, i, 0)), std::atoi(PQgetvalue(r, i, 1)), std::atoll(PQgetvalue(r, i, 2)),
                          std::atoi(PQgetvalue(r, i, 3)), std::atoi(PQgetvalue(r, i, 4))});
        }
        PQclear(r);
        double ms = ms_since(t0);
        if (rep > 0) {
          if (jit) (agg ? run.aggregate_query_ms : run.query_ms).push_back(ms);
          else (agg ? run.aggregate_query_ms_no_jit : run.query_ms_no_jit).push_back(ms);
        }
        if (jit) (agg ? run.aggregate_rows : run.rows) = std::move(rows);
      }
    }
  }
}

}  // namespace thidua::bench
