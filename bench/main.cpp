// thidua_bench: the national benchmark of the scoring engine (see bench/README.md).
//
//   thidua_bench --source DIR --out FILE [--pg CONNINFO] [--workdir DIR] [--scale X]
//
// Phase 1 scores the nation with realistic schemes (one per level) and measures the memory floor,
// a full national recompute and incremental updates. Phase 2 scores the same reports with the
// simple scheme that bench/sql_reference.cpp writes as one SQL query, checks the engine and the
// databases agree unit by unit, and times both.
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "dataset.h"
#include "scoring/engine.h"
#include "sql_reference.h"

using nlohmann::json;
using thidua::bench::Level;
using thidua::bench::NationLayout;
using thidua::bench::Rng;
using thidua::scoring::Engine;
using Clock = std::chrono::steady_clock;

namespace {

constexpr uint64_t kSeed = 20240319;  // the day Cluster No. 5 signed its pledge
constexpr int kYear = 2024;

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}
double quantile(std::vector<double> v, double q) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[static_cast<size_t>(q * static_cast<double>(v.size() - 1))];
}
double round3(double v) { return std::round(v * 1000) / 1000; }

double peak_rss_mb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;  // Linux: kilobytes
}

json read_json(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  return json::parse(ss.str());
}

// The memory floor: read every report value once, as the engine must, summing columns into a
// row that stays in registers/L1 (vectorisable; no rules, no ranking).
// Split over the same threads as the engine, so that the two are compared on equal terms.
double stream_once(std::span<const double> values, size_t row, int threads) {
  const size_t n = values.size() / row;
  std::vector<double> sums(static_cast<size_t>(threads), 0.0);
  std::atomic<size_t> slot{0};
  thidua::scoring::parallel_chunks(n, threads, [&](size_t begin, size_t end) {
    std::vector<double> acc(row, 0.0);
    const double* p = values.data() + begin * row;
    for (size_t r = begin; r < end; ++r, p += row) {
      for (size_t c = 0; c < row; ++c) acc[c] += p[c];
    }
    double s = 0;
    for (double a : acc) s += a;
    sums[slot++ % sums.size()] += s;
  });
  double s = 0;
  for (double a : sums) s += a;
  return s;
}

struct Args {
  std::string source = THIDUA_SOURCE_DIR;
  std::string out = "bench/results/latest.json";
  std::string pg;
  std::string workdir = "/tmp";
  double scale = 1.0;
  int updates = 20000;
  bool engine_only = false;  // skip the SQL phase (for profiling the engine)
  int threads = 0;           // engine threads; 0: every hardware thread
};

Args parse(int argc, char** argv) {
  Args a;
  for (int i = 1; i < argc; ++i) {
    std::string k = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) throw std::runtime_error("missing value for " + k);
      return argv[++i];
    };
    if (k == "--source") a.source = next();
    else if (k == "--out") a.out = next();
    else if (k == "--pg") a.pg = next();
    else if (k == "--workdir") a.workdir = next();
    else if (k == "--scale") a.scale = std::stod(next());
    else if (k == "--updates") a.updates = std::stoi(next());
    else if (k == "--engine-only") a.engine_only = true;
    else if (k == "--threads") a.threads = std::stoi(next());
    else throw std::runtime_error("unknown argument " + k);
  }
  return a;
}

void log(const std::string& s) { std::cerr << "[bench] " << s << std::endl; }

// The machine's 1-minute load average: timings on a busy machine are not comparable.
double load_average() {
  std::ifstream in("/proc/loadavg");
  double l = -1;
  in >> l;
  return l;
}

}  // namespace

// `--merge FILE key=value…`: sets numeric fields of an existing results file (null for "null"),
// so that bench/run.sh can add figures measured outside this program (wrk).
int merge(int argc, char** argv) {
  const std::string path = argv[2];
  json j = read_json(path);
  for (int i = 3; i < argc; ++i) {
    std::string kv = argv[i];
    auto eq = kv.find('=');
    if (eq == std::string::npos) throw std::runtime_error("expected key=value, got " + kv);
    std::string k = kv.substr(0, eq), v = kv.substr(eq + 1);
    j[k] = v == "null" || v.empty() ? json(nullptr) : json(std::stod(v));
    if (j.contains("notes") && !j[k].is_null()) j["notes"].erase(k);
  }
  std::ofstream f(path);
  f << j.dump(2) << "\n";
  return f ? 0 : 1;
}

int main(int argc, char** argv) try {
  if (argc >= 3 && std::string(argv[1]) == "--merge") return merge(argc, argv);
  Args args = parse(argc, argv);
  // Every hardware thread, unless --threads says otherwise; the floor uses the same number.
  const int threads = args.threads > 0 ? args.threads : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  const auto catalogue = thidua::scoring::IndicatorCatalogue::from_json(read_json(args.source + "/data/indicators.json"));
  auto scheme = [&](const std::string& rel) {
    return thidua::scoring::ScoringScheme::from_json(read_json(args.source + "/" + rel), catalogue);
  };
  const double load_at_start = load_average();
  NationLayout layout = thidua::bench::make_layout(kSeed, args.scale);
  int group_sizes[3] = {0, 0, 0};
  for (const auto& g : layout.groups) group_sizes[static_cast<int>(g.level)]++;
  log("units " + std::to_string(layout.units.size()) + ", groups " + std::to_string(layout.groups.size()));

  json out;
  json details;

  // ---------------------------------------------------------------- phase 1: realistic schemes
  double floor_ms = 0, full_ms = 0, incr_ms = 0, rss_engine = 0;
  size_t value_bytes = 0;
  {
    auto engine = std::make_unique<Engine>(catalogue, 12);
    engine->set_threads(threads);
    int schemes[3] = {engine->add_scheme(scheme("docs/examples/cluster5-2024-scheme.json")),
                      engine->add_scheme(scheme("bench/schemes/commune-block-2024.json")),
                      engine->add_scheme(scheme("bench/schemes/team-block-2024.json"))};
    auto t0 = Clock::now();
    thidua::bench::populate(*engine, layout, schemes, kSeed);
    details["generate_ms"] = round3(ms_since(t0));
    value_bytes = engine->value_bytes();
    log("generated " + std::to_string(value_bytes >> 20) + " MiB of reports");

    const size_t R = static_cast<size_t>(catalogue.reported_columns());
    const size_t C = static_cast<size_t>(catalogue.columns());
    engine->recompute_all();
    // The national figure: every unit re-scored from the aggregates the engine holds, every
    // group re-ranked; its floor streams those aggregates once.
    std::vector<double> floors, fulls, month_floors, reaggs;
    volatile double sink = 0;
    for (int r = 0; r < 9; ++r) {
      auto a = Clock::now();
      sink = sink + stream_once(engine->raw_aggregates(), C, threads);
      floors.push_back(ms_since(a));
      auto b = Clock::now();
      engine->rescore_all();
      fulls.push_back(ms_since(b));
    }
    // Re-aggregating every unit's 24 monthly reports first (after bulk loading or a change of
    // the scored window); its floor streams the monthly reports once.
    for (int r = 0; r < 5; ++r) {
      auto a = Clock::now();
      sink = sink + stream_once(engine->raw_values(), R, threads);
      month_floors.push_back(ms_since(a));
      auto b = Clock::now();
      engine->recompute_all();
      reaggs.push_back(ms_since(b));
    }
    floor_ms = median(floors);
    full_ms = median(fulls);
    details["floor_runs_ms"] = floors;
    details["full_recompute_runs_ms"] = fulls;
    details["from_reports"] = {
        {"what", "recompute_all(): re-aggregate every unit's 24 monthly reports, then score and rank"},
        {"recompute_ms", round3(median(reaggs))},
        {"floor_ms", round3(median(month_floors))},
        {"recompute_vs_floor", round3(median(reaggs) / median(month_floors))},
        {"recompute_runs_ms", reaggs},
        {"floor_runs_ms", month_floors},
        {"report_bytes", engine->value_bytes()}};
    details["aggregate_bytes"] = engine->raw_aggregates().size() * sizeof(double);
    log("floor " + std::to_string(floor_ms) + " ms, full " + std::to_string(full_ms) + " ms; from reports " +
        std::to_string(median(reaggs)) + " ms (floor " + std::to_string(median(month_floors)) + " ms)");

    // Incremental: a corrected monthly report for a random unit (any level), re-scored and its
    // group re-ranked. Rows are prepared beforehand so only the update is timed.
    Rng rng(kSeed ^ 0xABCDEF);
    thidua::bench::ValueGenerator gen(catalogue);
    struct Update { int unit, slot; std::vector<double> row; };
    std::vector<Update> updates;
    updates.reserve(static_cast<size_t>(args.updates));
    for (int i = 0; i < args.updates; ++i) {
      Update u{static_cast<int>(rng.next() % layout.units.size()), static_cast<int>(rng.next() % 12),
               std::vector<double>(R)};
      gen.month(layout.units[static_cast<size_t>(u.unit)], rng, false, u.row.data());
      updates.push_back(std::move(u));
    }
    std::vector<double> each;
    each.reserve(updates.size());
    double by_level_sum[3] = {0, 0, 0};
    int by_level_n[3] = {0, 0, 0};
    auto all0 = Clock::now();
    for (const Update& u : updates) {
      auto a = Clock::now();
      engine->update_report(u.unit, Engine::Year::kCurrent, u.slot, u.row);
      double ms = ms_since(a);
      each.push_back(ms);
      int lv = static_cast<int>(layout.units[static_cast<size_t>(u.unit)].level);
      by_level_sum[lv] += ms;
      by_level_n[lv]++;
    }
    double all_ms = ms_since(all0);
    incr_ms = all_ms / static_cast<double>(updates.size());
    details["incremental"] = {
        {"updates", updates.size()},
        {"mean_ms", std::round(incr_ms * 1e6) / 1e6},
        {"p50_ms", quantile(each, 0.5)},
        {"p99_ms", quantile(each, 0.99)},
        {"max_ms", quantile(each, 1.0)},
        {"mean_ms_by_level", {{"province", by_level_n[0] ? by_level_sum[0] / by_level_n[0] : 0},
                              {"commune", by_level_n[1] ? by_level_sum[1] / by_level_n[1] : 0},
                              {"team", by_level_n[2] ? by_level_sum[2] / by_level_n[2] : 0}}}};
    // The incremental state must equal a fresh full recompute.
    std::vector<std::vector<int>> inc;
    for (int g = 0; g < engine->groups(); ++g) inc.emplace_back(engine->ranking(g).begin(), engine->ranking(g).end());
    engine->recompute_all();
    size_t differ = 0;
    for (int g = 0; g < engine->groups(); ++g) {
      differ += std::vector<int>(engine->ranking(g).begin(), engine->ranking(g).end()) != inc[static_cast<size_t>(g)];
    }
    details["incremental_groups_differing_from_full_recompute"] = differ;
    int levels[4] = {0, 0, 0, 0}, disq = 0;
    for (int u = 0; u < engine->units(); ++u) {
      levels[std::min(3, static_cast<int>(engine->summary(u).level))]++;
      disq += engine->summary(u).disqualified;
    }
    details["classification_counts"] = {{"xuat_sac", levels[0]}, {"tot", levels[1]}, {"hoan_thanh", levels[2]},
                                        {"khong_hoan_thanh", levels[3]}, {"disqualified", disq}};
    details["sample_scorecard"] = engine->scorecard(0).to_json();
    rss_engine = peak_rss_mb();
    log("incremental mean " + std::to_string(incr_ms) + " ms; rss " + std::to_string(rss_engine) + " MB");
  }

  if (args.engine_only) {
    std::cout << json{{"national_full_recompute_ms", full_ms}, {"floor_ms", floor_ms}, {"incremental_recompute_ms", incr_ms}}.dump() << "\n";
    return 0;
  }
  // ---------------------------------------------------------------- phase 2: the SQL reference
  double engine_sql_scheme_ms = 0, engine_sql_scheme_from_reports_ms = 0;
  std::vector<int> rank, group;
  std::vector<int64_t> total;
  std::vector<int> level;
  json sqlite_json = nullptr, pg_json = nullptr;
  double sqlite_ms = 0, pg_ms = 0;
  const std::string sqlite_path = args.workdir + "/thidua-bench.sqlite";
  thidua::bench::SqlRun sq, pq;
  bool have_pg = !args.pg.empty();
  {
    auto engine = std::make_unique<Engine>(catalogue, 12);
    engine->set_threads(threads);
    int s = engine->add_scheme(scheme("bench/schemes/sql-reference-2024.json"));
    int schemes[3] = {s, s, s};
    thidua::bench::populate(*engine, layout, schemes, kSeed);
    engine->recompute_all();
    std::vector<double> runs, from_reports;
    for (int r = 0; r < 9; ++r) {
      auto a = Clock::now();
      engine->rescore_all();
      runs.push_back(ms_since(a));
    }
    for (int r = 0; r < 5; ++r) {
      auto a = Clock::now();
      engine->recompute_all();
      from_reports.push_back(ms_since(a));
    }
    engine_sql_scheme_ms = median(runs);
    engine_sql_scheme_from_reports_ms = median(from_reports);
    details["engine_sql_scheme_runs_ms"] = runs;
    details["engine_sql_scheme_from_reports_runs_ms"] = from_reports;
    for (int u = 0; u < engine->units(); ++u) {
      rank.push_back(engine->rank(u));
      group.push_back(engine->unit_group(u));
      total.push_back(engine->summary(u).total_centi);
      level.push_back(engine->summary(u).level);
    }
    log("engine (SQL scheme) " + std::to_string(engine_sql_scheme_ms) + " ms; loading SQLite");
    sq = thidua::bench::sqlite_load(*engine, sqlite_path, kYear);
    if (have_pg) {
      log("loading PostgreSQL");
      pq = thidua::bench::postgres_load(*engine, args.pg, kYear);
    }
  }
  // The engine phases and the loading, before SQLite's own page cache grows in this process.
  const double rss_before_queries = peak_rss_mb();
  auto check = [&](const std::vector<thidua::bench::SqlRow>& rows) {
    size_t total_diff = 0, rank_diff = 0, level_diff = 0;
    for (const auto& r : rows) {
      size_t u = static_cast<size_t>(r.unit);
      total_diff += r.total_centi != total[u];
      rank_diff += r.rank != rank[u] || r.group != group[u];
      level_diff += r.level != level[u];
    }
    return json{{"rows", rows.size()},
                {"units", rank.size()},
                {"total_mismatches", total_diff},
                {"rank_mismatches", rank_diff},
                {"level_mismatches", level_diff}};
  };
  auto describe = [&](const thidua::bench::SqlRun& run) {
    double rep = median(run.query_ms), agg = median(run.aggregate_query_ms);
    return json{{"load_ms", round3(run.load_ms)},
                {"size", run.table_bytes},
                {"from_reports", {{"query_runs_ms", run.query_ms},
                                  {"median_ms", round3(rep)},
                                  {"vs_engine_from_reports", round3(rep / engine_sql_scheme_from_reports_ms)},
                                  {"agrees_with_engine", check(run.rows)}}},
                {"from_aggregates", {{"query_runs_ms", run.aggregate_query_ms},
                                     {"median_ms", round3(agg)},
                                     {"vs_engine_rescore", round3(agg / engine_sql_scheme_ms)},
                                     {"agrees_with_engine", check(run.aggregate_rows)}}}};
  };
  log("querying SQLite");
  thidua::bench::sqlite_query(sq, sqlite_path, kYear, 3);
  sqlite_ms = median(sq.query_ms);
  sqlite_json = describe(sq);
  std::remove(sqlite_path.c_str());
  if (have_pg) {
    log("querying PostgreSQL");
    thidua::bench::postgres_query(pq, args.pg, kYear, 3);
    // PostgreSQL at its best: with or without JIT compilation, whichever is faster here.
    const bool jit_helps = median(pq.query_ms) <= median(pq.query_ms_no_jit);
    pg_ms = std::min(median(pq.query_ms), median(pq.query_ms_no_jit));
    pg_json = describe(pq);
    pg_json["jit_off"] = {{"from_reports_runs_ms", pq.query_ms_no_jit},
                          {"from_reports_median_ms", round3(median(pq.query_ms_no_jit))},
                          {"from_aggregates_runs_ms", pq.aggregate_query_ms_no_jit},
                          {"from_aggregates_median_ms", round3(median(pq.aggregate_query_ms_no_jit))}};
    pg_json["headline_uses"] = jit_helps ? "jit on (default)" : "jit off";
  }

  // ---------------------------------------------------------------- results
  char when[32];
  std::time_t now = std::time(nullptr);
  std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
  out["generated_at"] = when;
  out["machine"] = {{"hardware_threads", std::thread::hardware_concurrency()},
                    {"engine_threads", threads},
                    {"load_average_at_start", load_at_start},
                    {"load_average_at_end", load_average()}};
  out["dataset"] = {{"provinces", layout.provinces},
                    {"communes", layout.communes},
                    {"teams", layout.teams},
                    {"team_members", layout.members},
                    {"scored_units", layout.units.size()},
                    {"groups", {{"province_clusters", group_sizes[0]}, {"commune_blocks", group_sizes[1]}, {"team_blocks", group_sizes[2]}}},
                    {"reported_indicators", catalogue.reported_columns()},
                    {"months_scored", 12},
                    {"months_previous_year", 12},
                    {"report_rows", layout.units.size() * 24},
                    {"value_bytes", value_bytes},
                    {"seed", kSeed}};
  out["national_full_recompute_ms"] = round3(full_ms);
  out["incremental_recompute_ms"] = std::round(incr_ms * 1e6) / 1e6;
  out["floor_ms"] = round3(floor_ms);
  out["full_vs_floor"] = round3(full_ms / floor_ms);
  out["engine_sql_scheme_full_ranking_ms"] = round3(engine_sql_scheme_ms);
  out["engine_sql_scheme_from_reports_ms"] = round3(engine_sql_scheme_from_reports_ms);
  out["sql_sqlite_full_ranking_ms"] = round3(sqlite_ms);
  out["sql_postgres_full_ranking_ms"] = have_pg ? json(round3(pg_ms)) : json(nullptr);
  out["sql_sqlite_vs_engine"] = round3(sqlite_ms / engine_sql_scheme_ms);
  out["sql_postgres_vs_engine"] = have_pg ? json(round3(pg_ms / engine_sql_scheme_ms)) : json(nullptr);
  out["ranking_api_rps"] = nullptr;
  out["nginx_same_bytes_rps"] = nullptr;
  out["peak_rss_mb"] = round3(std::max(rss_engine, rss_before_queries));
  out["notes"] = {
      {"ranking_api_rps", "not measured yet: needs the HTTP ranking endpoint (bench/run.sh has the hook)"},
      {"nginx_same_bytes_rps", "not measured yet: measured together with ranking_api_rps"},
      {"peak_rss_mb", "the engine phases; peak_rss_mb_with_sqlite includes SQLite's 1 GiB page cache in this process"},
      {"national_full_recompute_ms", "rescore_all(): every unit re-scored from the aggregates the engine holds, every group re-ranked; floor_ms streams those aggregates once"},
      {"sql_*_full_ranking_ms", "one SQL query over the monthly reports table (sum the months, points per criterion, classification, ROW_NUMBER() per group), rows fetched; median of 3 warm runs"},
      {"sql_*_vs_engine", "SQL over the reports ÷ the engine's full ranking (rescore_all) for the same scheme; like-for-like ratios are in details.*.from_reports and details.*.from_aggregates"}};
  if (!have_pg) out["notes"]["sql_postgres_full_ranking_ms"] = "not measured: no --pg connection given";
  details["peak_rss_mb_with_sqlite"] = round3(peak_rss_mb());
  details["sqlite"] = sqlite_json;
  details["postgres"] = pg_json;
  out["details"] = details;

  std::ofstream f(args.out);
  f << out.dump(2) << "\n";
  if (!f) throw std::runtime_error("cannot write " + args.out);
  log("wrote " + args.out);
  return 0;
} catch (const std::exception& e) {
  std::cerr << "thidua_bench: " << e.what() << std::endl;
  return 1;
}
