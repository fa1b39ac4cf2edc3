// The reference the engine is measured against: the same ranking computed by one SQL query, in
// SQLite (C API) and PostgreSQL (libpq), on the same monthly reports. The query mirrors, formula
// by formula, bench/schemes/sql-reference-2024.json (see docs/scoring-scheme.md for the
// formulas): per unit, sum the months of both years, turn them into points per criterion
// (rounded to hundredths, like the engine), classify, and rank every group with ROW_NUMBER()
// over the engine's tie-break order.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "scoring/engine.h"

namespace thidua::bench {

struct SqlRow {
  int unit = 0;
  int group = 0;
  int64_t total_centi = 0;
  int level = 0;
  int rank = 0;
};

struct SqlRun {
  double load_ms = 0;             // creating tables, loading, indexing, ANALYZE
  std::vector<double> query_ms;   // each run of the ranking query over the monthly reports
  std::vector<double> aggregate_query_ms;  // the same query over per-unit yearly sums
  std::vector<SqlRow> rows;       // from the last run over the reports
  std::vector<SqlRow> aggregate_rows;
  std::string table_bytes;        // as the database reports it
  // PostgreSQL: the runs with JIT compilation off (the figures above are with the default, on).
  std::vector<double> query_ms_no_jit, aggregate_query_ms_no_jit;
};

// The ranking query for `postgres` (true) or SQLite; current year `year`, previous `year - 1`.
// From the monthly `report` table, or (`from_aggregates`) from `unit_year`, which holds each
// unit's sums over the scored months, one row per unit and year: what the engine re-scores from.
// With `missing_aware`, the columns may be NULL and months absent, as in the product's stored
// reports: a criterion whose sum misses a month earns nothing, and `missing` (the current year's
// months without a report) is the tie-break before the code, as in scoring::ranks_before_by.
std::string ranking_sql(bool postgres, int year, bool from_aggregates = false, bool missing_aware = false);

// Loads the engine's reports and aggregates (and units, groups) into a fresh SQLite file at `path`.
SqlRun sqlite_load(const scoring::Engine& engine, const std::string& path, int year);
void sqlite_query(SqlRun& run, const std::string& path, int year, int repeats);

// The same in PostgreSQL at `conninfo` (tables dropped and recreated).
SqlRun postgres_load(const scoring::Engine& engine, const std::string& conninfo, int year);
void postgres_query(SqlRun& run, const std::string& conninfo, int year, int repeats);

}  // namespace thidua::bench
