// thidua_nation: the product benchmark's data and its database floors (bench/README.md).
//
//   thidua_nation load  --db URL [--scale S] [--source DIR] --manifest FILE
//       Writes the national data set (bench/dataset.h) into a real database through the
//       product's own storage code (UnitRepository, PersonRepository, GroupRepository,
//       ScoringStore, ReportRepository), in large transactions, and writes a manifest (ids of
//       groups, communes and probe teams) for bench/http_bench.mjs. Held out for the benchmark
//       to submit through the API: every commune's December 2024 (the deadline rush) and the
//       December 2024 of one team in `kProbeEvery` (a report until its ranking reflects it).
//   thidua_nation scan  --db URL
//       The read floor: the rows a server needs to hold the nation (units, group members,
//       schemes, the submitted reports' values), read once by a minimal client of its own
//       (libsqlite3 prepared statement / libpq COPY), nothing parsed. Prints JSON.
//   thidua_nation reference --db URL [--year 2024]
//       The served rankings' reference: the groups scored by bench/schemes/sql-reference-2024.json
//       ranked by bench/sql_reference.cpp's plain SQL over the stored rows. Prints JSON.
//   thidua_nation write --db URL --units FILE --period YYYY-MM [--clients N]
//       The write floor: for each unit id in FILE (one a line), the two write transactions the
//       API runs for a report (create: the report, its revision, an audit entry; submit: the
//       status, a revision, the unit's score version, an audit entry, the scores' data version)
//       issued directly by a minimal client with prepared statements, N clients at once. Prints
//       JSON with the per-report latency percentiles and reports/s.
//   thidua_nation write --db URL --stdin 1
//       The same two transactions, one client, on request: for each line "UNIT_ID YYYY-MM" read
//       from stdin, one report written and its milliseconds printed on a line of their own
//       ("error MESSAGE" on a failure), so that a driver can interleave the floor with the
//       product's own writes sample by sample (bench/http_bench.mjs, report → ranking).
#include <libpq-fe.h>
#include <malloc.h>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <mutex>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/audit.h"
#include "core/error.h"
#include "dataset.h"
#include "sql_reference.h"
#include "scoring/assessment_for.h"
#include "scoring/indicator.h"
#include "scoring/period.h"
#include "scoring/scheme.h"
#include "storage/database.h"
#include "storage/emulation.h"
#include "storage/registry.h"
#include "storage/reports.h"
#include "storage/scoring_store.h"

using nlohmann::json;
namespace st = thidua::storage;
namespace sc = thidua::scoring;
using Clock = std::chrono::steady_clock;

namespace {

constexpr uint64_t kSeed = 20240319;
constexpr int kProbeEvery = 50;  // at most one team in 50 keeps its December 2024 for the benchmark
constexpr int kGapEvery = 20;    // one grouped team in 20 leaves November and December 2024 missing
constexpr int kYear = 2024;

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

json read_json(const std::string& path) {
  std::ifstream f(path);
  if (!f) throw std::runtime_error("cannot read " + path);
  return json::parse(f);
}

std::map<std::string, std::string> parse_args(int argc, char** argv, int from) {
  std::map<std::string, std::string> a;
  for (int i = from; i < argc; ++i) {
    std::string k = argv[i];
    if (k.rfind("--", 0) != 0 || i + 1 >= argc) throw std::runtime_error("bad argument " + k);
    a[k.substr(2)] = argv[++i];
  }
  return a;
}

std::string arg(const std::map<std::string, std::string>& a, const std::string& k, const std::string& def = "") {
  auto it = a.find(k);
  if (it != a.end()) return it->second;
  if (def.empty()) throw std::runtime_error("--" + k + " is required");
  return def;
}

// ---------------------------------------------------------------- load

const char* kLevelName[] = {"province", "commune", "team"};
constexpr const char* kReferenceScheme = "bench/schemes/sql-reference-2024.json";

// A unit's self-assessment for a scheme: a verdict "met" for every qualitative or disqualifying
// criterion the scorer decides (counted lines are left at nothing to count; a disqualifying
// criterion with a target is decided by the reports).
std::string self_assessment(const json& scheme) { return sc::assessment_for(scheme, {}, {}, true).dump(); }

int load(const std::map<std::string, std::string>& a) {
  const std::string source = arg(a, "source", THIDUA_SOURCE_DIR);
  const double scale = std::stod(arg(a, "scale", "1"));
  auto t_all = Clock::now();
  auto db = st::open_database(arg(a, "db"), 2);
  const auto catalogue = sc::IndicatorCatalogue::from_json(read_json(source + "/data/indicators.json"));
  const thidua::bench::NationLayout layout = thidua::bench::make_layout(kSeed, scale);
  const thidua::Date from = *thidua::Date::parse_iso("2020-01-01");
  const thidua::Date today = thidua::Date::today_vn();
  const st::Actor bench_actor{std::nullopt, "bench"};
  json timings;

  // Units: the ministry (found or created), provinces, communes, teams; one transaction.
  auto t = Clock::now();
  std::vector<int64_t> unit_id(layout.units.size());
  int64_t bca;
  {
    auto tx = db->begin(st::TxMode::kWrite);
    st::UnitRepository units(*tx);
    auto r = tx->query("SELECT id FROM units WHERE code = 'BCA'");
    bca = r.empty() ? units.create({"Bộ Công an", "ministry", "BCA", std::nullopt, *thidua::Date::parse_iso("1945-08-19"),
                                    std::nullopt})
                          .id
                    : std::stoll(*r.rows[0][0]);
    // A level at a time (their parents are then stored), through UnitRepository::create_many.
    for (auto level : {thidua::bench::Level::kProvince, thidua::bench::Level::kCommune, thidua::bench::Level::kTeam}) {
      std::vector<st::NewUnit> batch;
      std::vector<size_t> index;
      for (size_t i = 0; i < layout.units.size(); ++i) {
        const auto& u = layout.units[i];
        if (u.level != level) continue;
        std::string name = u.level == thidua::bench::Level::kProvince  ? "Công an tỉnh " + u.code
                           : u.level == thidua::bench::Level::kCommune ? "Công an xã " + u.code
                                                                        : "Tổ bảo vệ ANTT " + u.code;
        const char* kind = u.level == thidua::bench::Level::kProvince  ? "provincial_police"
                           : u.level == thidua::bench::Level::kCommune ? "commune_police"
                                                                        : "grassroots_team";
        int64_t parent = u.parent < 0 ? bca : unit_id[static_cast<size_t>(u.parent)];
        batch.push_back({std::move(name), kind, u.code, parent, from, std::nullopt});
        index.push_back(i);
      }
      std::vector<int64_t> ids = units.create_many(batch);
      for (size_t k = 0; k < ids.size(); ++k) unit_id[index[k]] = ids[k];
    }
    tx->commit();
  }
  timings["units_s"] = ms_since(t) / 1000;

  // People: the members of every team (tổ trưởng, tổ phó, tổ viên), 20,000 a transaction
  // through PersonRepository::create_many.
  t = Clock::now();
  {
    std::vector<st::NewPerson> batch;
    auto flush = [&] {
      auto tx = db->begin(st::TxMode::kWrite);
      st::PersonRepository(*tx).create_many(batch);
      tx->commit();
      batch.clear();
    };
    for (size_t i = 0; i < layout.units.size(); ++i) {
      const auto& u = layout.units[i];
      for (int m = 0; m < u.members; ++m) {
        st::NewPosting p;
        p.unit_id = unit_id[i];
        p.team_role = m == 0 ? "to_truong" : m == 1 ? "to_pho" : "to_vien";
        p.from = from;
        batch.push_back({"Thành viên " + std::to_string(m + 1) + " " + u.code, "member",
                         1960 + static_cast<int64_t>((i * 7 + m * 13) % 45), p});
        if (batch.size() == 20000) flush();
      }
    }
    if (!batch.empty()) flush();
  }
  timings["people_s"] = ms_since(t) / 1000;

  // Schemes (one per level) and the 2024 group-years bound to them.
  t = Clock::now();
  json groups = json::array();
  std::vector<int64_t> group_ids;  // by layout group; 0 where none was made
  {
    auto tx = db->begin(st::TxMode::kWrite);
    st::ScoringStore store(*tx);
    // Teams' blocks are scored by the scheme bench/sql_reference.cpp computes in plain SQL, so
    // that `thidua_nation reference` can check every served team ranking after the run.
    const char* files[3] = {"docs/examples/cluster5-2024-scheme.json", "bench/schemes/commune-block-2024.json",
                            kReferenceScheme};
    int64_t scheme_id[3];
    json scheme_json[3];
    for (int l = 0; l < 3; ++l) {
      sc::ScoringScheme s = sc::ScoringScheme::from_json(read_json(source + "/" + files[l]), catalogue);
      std::string code = s.id + "-bench";
      auto existing = tx->query("SELECT MAX(version) FROM scoring_schemes WHERE code = $1", {code});
      int version = existing.empty() || !existing.rows[0][0] ? 1 : std::stoi(*existing.rows[0][0]) + 1;
      json canonical = s.to_json();
      canonical["id"] = code;
      canonical["version"] = version;
      scheme_id[l] = store.add_scheme(code, version, s.name, canonical.dump(), "bench", bca).id;
      scheme_json[l] = std::move(canonical);
    }
    std::vector<std::vector<int64_t>> members(layout.groups.size());
    std::vector<size_t> first_member(layout.groups.size(), layout.units.size());  // layout index of each group's first unit
    for (size_t i = 0; i < layout.units.size(); ++i) {
      const auto g = static_cast<size_t>(layout.units[i].group);
      if (members[g].empty()) first_member[g] = i;
      members[g].push_back(unit_id[i]);
    }
    // Every group with its 2024 year through GroupRepository::create_many, every member's
    // self-assessment through ScoringStore::put_sheets (the batch paths: checked, then written
    // in multi-row statements).
    std::vector<st::NewGroup> batch;
    std::vector<size_t> batch_group;  // layout group of each
    for (size_t g = 0; g < layout.groups.size(); ++g) {
      const auto& gs = layout.groups[g];
      group_ids.push_back(0);
      if (members[g].size() < 2) continue;  // a small --scale leaves blocks of one: no group
      // Clusters are organised by the ministry, a province's commune blocks by the province, a
      // commune's team blocks by the commune: the parent of the first member.
      const auto& first = layout.units[first_member[g]];
      int64_t organiser = first.parent < 0 ? bca : unit_id[static_cast<size_t>(first.parent)];
      st::YearSetup y;
      y.year = kYear;
      y.member_ids = members[g];
      bool cluster = gs.level == thidua::bench::Level::kProvince;
      batch.push_back({(cluster ? "Cụm thi đua " : "Khối thi đua ") + gs.code, cluster ? "cluster" : "block", organiser, y});
      batch_group.push_back(g);
    }
    const std::vector<st::CreatedGroup> created = st::GroupRepository(*tx).create_many(batch);
    // Every member's self-assessment (its final score until cross-scored): every qualitative
    // criterion met, nothing counted by hand; the points come from the reports.
    std::string self[3];
    for (int l = 0; l < 3; ++l) self[l] = self_assessment(scheme_json[l]);
    std::vector<std::pair<int64_t, st::ScoreSheet>> sheets;
    for (size_t i = 0; i < created.size(); ++i) {
      const size_t g = batch_group[i];
      const int level = static_cast<int>(layout.groups[g].level);
      store.bind_scheme(created[i].year_id, scheme_id[level]);
      for (int64_t m : members[g]) sheets.push_back({created[i].year_id, {m, m, "self", self[level], "bench", ""}});
      group_ids[g] = created[i].id;
      groups.push_back({{"id", created[i].id}, {"level", kLevelName[level]}, {"code", layout.groups[g].code}});
    }
    store.put_sheets(sheets);
    tx->commit();
  }
  timings["groups_s"] = ms_since(t) / 1000;

  // Reports: 24 months a unit (2023 and 2024), submitted, 2,000 units a transaction.
  t = Clock::now();
  thidua::bench::ValueGenerator gen(catalogue);
  std::vector<json> period_json;
  std::vector<st::StoredPeriod> periods;
  for (int y = kYear - 1; y <= kYear; ++y)
    for (int m = 1; m <= 12; ++m) {
      sc::Period p = sc::Period::month(y, m);
      periods.push_back({p.key(), p.to_json().dump(), p.start(), p.end()});
    }
  json communes = json::array(), probes = json::array(), provinces = json::array();
  int64_t report_rows = 0;
  double put_ms = 0;
  {
    std::vector<double> row(static_cast<size_t>(catalogue.columns()));
    std::vector<st::NewReport> batch;
    auto tx = db->begin(st::TxMode::kWrite);
    // One team in kProbeEvery among those in a group (all of them at a very small --scale).
    int grouped_teams = 0, team_no = 0;
    for (const auto& u : layout.units)
      grouped_teams += u.level == thidua::bench::Level::kTeam && group_ids[static_cast<size_t>(u.group)] != 0;
    const int probe_every = std::clamp(grouped_teams / 40, 1, kProbeEvery);
    for (size_t i = 0; i < layout.units.size(); ++i) {
      const auto& u = layout.units[i];
      const bool grouped = group_ids[static_cast<size_t>(u.group)] != 0;
      const bool grouped_team = u.level == thidua::bench::Level::kTeam && grouped;
      const int seq = grouped_team ? team_no++ : -1;
      // One grouped team in kGapEvery never sends its November and December 2024 (not a probe):
      // two months missing, ranked among the probes that miss one (the tie-break on missing months).
      const bool gap = grouped_team && seq % kGapEvery == kGapEvery / 2;
      bool hold_december = u.level == thidua::bench::Level::kCommune || gap || (grouped_team && seq % probe_every == 0);
      int64_t gid = group_ids[static_cast<size_t>(u.group)];
      json ref = {{"id", unit_id[i]}, {"code", u.code}, {"group", gid ? json(gid) : json()}};
      if (u.level == thidua::bench::Level::kCommune) communes.push_back(ref);
      else if (u.level == thidua::bench::Level::kProvince) provinces.push_back(ref);
      else if (hold_december && gid && !gap) probes.push_back(ref);
      thidua::bench::Rng rng(kSeed * 1000003 + i);
      for (int year = 1; year >= 0; --year) {  // the year before first, in the months' order
        for (int m = 0; m < 12; ++m) {
          gen.month(u, rng, year == 1, row.data());
          if (year == 0 && ((m == 11 && hold_december) || (m == 10 && gap))) continue;
          json values = json::object();
          for (int c = 0; c < catalogue.reported_columns(); ++c) values[catalogue.by_column(c).code] = row[static_cast<size_t>(c)];
          std::string canonical = sc::IndicatorValues::from_json(catalogue, values).to_json().dump();
          batch.push_back({unit_id[i], periods[static_cast<size_t>((1 - year) * 12 + m)], std::move(canonical), ""});
          ++report_rows;
        }
      }
      if (i % 2000 == 1999 || i + 1 == layout.units.size()) {
        // The batch path of the import: every report checked, then created and submitted in a
        // few multi-row statements.
        auto tb = Clock::now();
        st::ReportRepository(*tx).put_many(batch, true, bench_actor, today);
        batch.clear();
        tx->commit();
        put_ms += ms_since(tb);
        tx = db->begin(st::TxMode::kWrite);
        std::fprintf(stderr, "\rload: %zu/%zu units' reports (%.0f s)", i + 1, layout.units.size(), ms_since(t) / 1000);
      }
    }
    tx->commit();
    std::fprintf(stderr, "\n");
  }
  timings["reports_s"] = ms_since(t) / 1000;
  timings["reports_put_many_s"] = put_ms / 1000;  // of which in ReportRepository::put_many and the commits
  timings["reports_per_s"] = static_cast<double>(report_rows) / (ms_since(t) / 1000);
  timings["total_s"] = ms_since(t_all) / 1000;

  json manifest = {{"db", db->describe()},
                   {"scale", scale},
                   {"seed", kSeed},
                   {"year", kYear},
                   {"rush_period", {{"kind", "month"}, {"year", kYear}, {"month", 12}}},
                   {"counts",
                    {{"provinces", layout.provinces},
                     {"communes", layout.communes},
                     {"teams", layout.teams},
                     {"members", layout.members},
                     {"groups", groups.size()},
                     {"report_rows", report_rows},
                     {"reported_indicators", catalogue.reported_columns()}}},
                   {"load_timings", timings},
                   {"groups", groups},
                   {"provinces", provinces},
                   {"communes", communes},
                   {"probes", probes}};
  db->close();
  std::ofstream(arg(a, "manifest")) << manifest.dump();
  std::cout << json{{"counts", manifest["counts"]}, {"load_timings", timings}}.dump() << std::endl;
  return 0;
}

// ---------------------------------------------------------------- a minimal client

// Prepared statements on one connection of either database; text parameters and results.
class RawConn {
 public:
  explicit RawConn(const std::string& url) {
    if (url.rfind("sqlite:", 0) == 0) {
      if (sqlite3_open_v2(url.c_str() + 7, &lite_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
        throw std::runtime_error("sqlite open failed");
      sqlite3_busy_timeout(lite_, 60000);
      exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
    } else {
      pg_ = PQconnectdb(url.c_str());
      if (PQstatus(pg_) != CONNECTION_OK) throw std::runtime_error(std::string("pg: ") + PQerrorMessage(pg_));
    }
  }
  ~RawConn() {
    for (auto& [k, s] : stmts_) sqlite3_finalize(s);
    if (lite_) sqlite3_close_v2(lite_);
    if (pg_) PQfinish(pg_);
  }
  bool pg() const { return pg_ != nullptr; }
  sqlite3* lite() const { return lite_; }
  PGconn* pgconn() const { return pg_; }

  void exec(const char* sql) {
    if (lite_) {
      char* err = nullptr;
      if (sqlite3_exec(lite_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        std::string m = err ? err : "?";
        sqlite3_free(err);
        throw std::runtime_error(std::string(sql) + ": " + m);
      }
    } else {
      PGresult* r = PQexec(pg_, sql);
      bool ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
      std::string m = PQerrorMessage(pg_);
      PQclear(r);
      if (!ok) throw std::runtime_error(std::string(sql) + ": " + m);
    }
  }

  // Runs a statement ($1… placeholders), returns the first row (empty if none).
  std::vector<std::string> one(const std::string& sql, const std::vector<std::string>& params) {
    auto r = rows(sql, params, 1);
    return r.empty() ? std::vector<std::string>{} : std::move(r.front());
  }

  // Runs a statement, returns up to `limit` rows (NULL read as "").
  std::vector<std::vector<std::string>> rows(const std::string& sql, const std::vector<std::string>& params,
                                             size_t limit = SIZE_MAX) {
    std::vector<std::vector<std::string>> out;
    if (lite_) {
      sqlite3_stmt*& s = stmts_[sql];
      if (!s && sqlite3_prepare_v2(lite_, sql.c_str(), -1, &s, nullptr) != SQLITE_OK)
        throw std::runtime_error("prepare " + sql + ": " + sqlite3_errmsg(lite_));
      for (size_t i = 0; i < params.size(); ++i)
        sqlite3_bind_text(s, static_cast<int>(i + 1), params[i].c_str(), -1, SQLITE_STATIC);
      int rc;
      while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        if (out.size() < limit) {
          auto& row = out.emplace_back();
          for (int c = 0; c < sqlite3_column_count(s); ++c)
            row.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(s, c)) ?: "");
        }
      sqlite3_reset(s);
      if (rc != SQLITE_DONE) throw std::runtime_error("step " + sql + ": " + sqlite3_errmsg(lite_));
    } else {
      auto it = names_.find(sql);
      if (it == names_.end()) {
        std::string name = "s" + std::to_string(names_.size());
        PGresult* r = PQprepare(pg_, name.c_str(), sql.c_str(), 0, nullptr);
        bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        PQclear(r);
        if (!ok) throw std::runtime_error("prepare " + sql + ": " + PQerrorMessage(pg_));
        it = names_.emplace(sql, name).first;
      }
      std::vector<const char*> v;
      for (auto& p : params) v.push_back(p.c_str());
      PGresult* r = PQexecPrepared(pg_, it->second.c_str(), static_cast<int>(v.size()), v.data(), nullptr, nullptr, 0);
      auto status = PQresultStatus(r);
      if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        std::string m = PQerrorMessage(pg_);
        PQclear(r);
        throw std::runtime_error(sql + ": " + m);
      }
      for (int i = 0; i < PQntuples(r) && static_cast<size_t>(i) < limit; ++i) {
        auto& row = out.emplace_back();
        for (int c = 0; c < PQnfields(r); ++c) row.emplace_back(PQgetvalue(r, i, c));
      }
      PQclear(r);
    }
    return out;
  }

 private:
  sqlite3* lite_ = nullptr;
  PGconn* pg_ = nullptr;
  std::map<std::string, sqlite3_stmt*> stmts_;
  std::map<std::string, std::string> names_;
};

// ---------------------------------------------------------------- scan

// What a server reads to hold the nation, as statements.
const char* kScan[] = {
    "SELECT id, name, kind, code, parent_id, valid_from, valid_to, status FROM units",
    "SELECT gm.group_year_id, gm.unit_id, gy.group_id, gy.year FROM group_members gm JOIN group_years gy ON gy.id = "
    "gm.group_year_id",
    "SELECT id, code, version, json FROM scoring_schemes",
    "SELECT group_year_id, scheme_id FROM group_year_schemes",
    "SELECT unit_id, period_start, period_end, values_json, late FROM reports WHERE status IN ('submitted', "
    "'accepted', 'locked')",
};

int scan(const std::map<std::string, std::string>& a) {
  RawConn c(arg(a, "db"));
  json per = json::object();
  int64_t rows = 0, bytes = 0;
  auto t = Clock::now();
  for (const char* sql : kScan) {
    auto ts = Clock::now();
    int64_t n = 0;
    if (!c.pg()) {
      sqlite3_stmt* s = nullptr;
      if (sqlite3_prepare_v2(c.lite(), sql, -1, &s, nullptr) != SQLITE_OK)
        throw std::runtime_error(std::string("prepare ") + sql + ": " + sqlite3_errmsg(c.lite()));
      while (sqlite3_step(s) == SQLITE_ROW) {
        ++n;
        for (int k = 0; k < sqlite3_column_count(s); ++k) {
          sqlite3_column_text(s, k);
          bytes += sqlite3_column_bytes(s, k);
        }
      }
      sqlite3_finalize(s);
    } else {
      std::string copy = std::string("COPY (") + sql + ") TO STDOUT";
      PGresult* r = PQexec(c.pgconn(), copy.c_str());
      if (PQresultStatus(r) != PGRES_COPY_OUT) throw std::runtime_error(copy + ": " + PQerrorMessage(c.pgconn()));
      PQclear(r);
      char* buf = nullptr;
      int len;
      while ((len = PQgetCopyData(c.pgconn(), &buf, 0)) > 0) {
        ++n;
        bytes += len;
        PQfreemem(buf);
      }
      PQclear(PQgetResult(c.pgconn()));
    }
    rows += n;
    per[std::string(sql).substr(0, 60)] = {{"rows", n}, {"ms", ms_since(ts)}};
  }
  std::cout << json{{"db_scan_floor_ms", ms_since(t)}, {"rows", rows}, {"bytes", bytes}, {"statements", per}}.dump()
            << std::endl;
  return 0;
}

// ---------------------------------------------------------------- write

// One audit entry in the chain, as storage::AuditLog::append writes it.
void append_audit(RawConn& c, const std::string& action, const std::string& entity, const std::string& entity_id,
                  const std::string& unit_id, const std::string& after) {
  if (c.pg()) c.one("SELECT last_hash FROM audit_head WHERE id = 1 FOR UPDATE", {});
  auto last = c.one("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1", {});
  thidua::audit::Entry e;
  e.id = last.empty() ? 1 : std::stoll(last[0]) + 1;
  e.prev_hash = last.empty() ? "" : last[1];
  e.at = st::now_iso();
  e.user_id = 1;
  e.username = "admin";
  e.address = "127.0.0.1";
  e.action = action;
  e.entity = entity;
  e.entity_id = std::stoll(entity_id);
  e.unit_id = std::stoll(unit_id);
  e.after_json = after;
  e.hash = thidua::audit::chain_hash(e);
  c.one("INSERT INTO audit_log (id, at, user_id, username, address, action, entity, entity_id, unit_id, before_json, "
        "after_json, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, NULL, $10, $11, $12)",
        {std::to_string(e.id), e.at, "1", e.username, e.address, e.action, e.entity, entity_id, unit_id, after,
         e.prev_hash, e.hash});
  if (c.pg()) c.one("UPDATE audit_head SET last_hash = $1 WHERE id = 1", {e.hash});
}

// The API's two transactions for one report, issued directly.
void report_transactions(RawConn& c, const std::string& unit, const st::StoredPeriod& p, const std::string& values) {
  const char* begin = c.pg() ? "BEGIN" : "BEGIN IMMEDIATE";
  std::string now = st::now_iso();
  c.exec(begin);
  std::string id = c.one(
      "INSERT INTO reports (unit_id, period_key, period_json, period_start, period_end, status, values_json, narrative, "
      "version, late, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, 'draft', $6, '', 1, 0, $7, $7) RETURNING id",
      {unit, p.key, p.json, p.start.iso(), p.end.iso(), values, now})[0];
  c.one("INSERT INTO report_revisions (report_id, version, status, values_json, narrative, user_id, username, reason, "
        "at) VALUES ($1, 1, 'draft', $2, '', 1, 'admin', NULL, $3)",
        {id, values, now});
  append_audit(c, "report.create", "report", id, unit, values);
  c.exec("COMMIT");
  c.exec(begin);
  c.one("UPDATE reports SET status = 'submitted', late = 0, submitted_at = $1, return_reason = NULL, updated_at = $1 "
        "WHERE id = $2",
        {now, id});
  c.one("INSERT INTO report_revisions (report_id, version, status, values_json, narrative, user_id, username, reason, "
        "at) VALUES ($1, 1, 'submitted', $2, '', 1, 'admin', NULL, $3)",
        {id, values, now});
  c.one("INSERT INTO score_gen_unit (unit_id, gen) VALUES ($1, 1) ON CONFLICT (unit_id) DO UPDATE SET gen = "
        "score_gen_unit.gen + 1",
        {unit});
  append_audit(c, "report.submit", "report", id, unit, values);
  // The scores' data version (storage/data_versions.h), which the API's submission moves right
  // before its COMMIT: one row every writer updates.
  c.one("INSERT INTO data_versions (kind, version) VALUES ('scores', 1) ON CONFLICT (kind) DO UPDATE SET version = "
        "data_versions.version + 1",
        {});
  c.exec("COMMIT");
}

double pct(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

// write --stdin 1: one report a line of stdin, its time on a line of stdout.
int write_on_request(const std::string& url, const std::string& values) {
  RawConn c(url);
  for (std::string line; std::getline(std::cin, line);) {
    std::istringstream in(line);
    std::string unit, ym;
    int y = 0, m = 0;
    if (!(in >> unit >> ym) || std::sscanf(ym.c_str(), "%d-%d", &y, &m) != 2) {
      std::cout << "error expected UNIT_ID YYYY-MM" << std::endl;
      continue;
    }
    sc::Period period = sc::Period::month(y, m);
    const st::StoredPeriod p{period.key(), period.to_json().dump(), period.start(), period.end()};
    auto t0 = Clock::now();
    try {
      report_transactions(c, unit, p, values);
      std::cout << ms_since(t0) << std::endl;
    } catch (const std::exception& e) {
      try {
        c.exec("ROLLBACK");
      } catch (...) {
      }
      std::string what = e.what();
      std::replace(what.begin(), what.end(), '\n', ' ');
      std::cout << "error " << what << std::endl;
    }
  }
  return 0;
}

int write(const std::map<std::string, std::string>& a) {
  const std::string url = arg(a, "db");
  // A month's values of a commune, as the API stores them (every reported indicator).
  const auto catalogue = sc::IndicatorCatalogue::from_json(read_json(arg(a, "source", THIDUA_SOURCE_DIR) +
                                                                     "/data/indicators.json"));
  json v = json::object();
  for (int c = 0; c < catalogue.reported_columns(); ++c) v[catalogue.by_column(c).code] = 3;
  const std::string values = sc::IndicatorValues::from_json(catalogue, v).to_json().dump();
  if (arg(a, "stdin", "0") == "1") return write_on_request(url, values);

  const int clients = std::stoi(arg(a, "clients", "1"));
  std::vector<std::string> units;
  {
    std::ifstream f(arg(a, "units"));
    for (std::string l; std::getline(f, l);)
      if (!l.empty()) units.push_back(l);
  }
  int y = 0, m = 0;
  if (std::sscanf(arg(a, "period").c_str(), "%d-%d", &y, &m) != 2) throw std::runtime_error("--period YYYY-MM");
  sc::Period period = sc::Period::month(y, m);
  const st::StoredPeriod p{period.key(), period.to_json().dump(), period.start(), period.end()};

  std::vector<std::unique_ptr<RawConn>> conns;
  for (int i = 0; i < clients; ++i) conns.push_back(std::make_unique<RawConn>(url));
  std::atomic<size_t> next{0};
  std::atomic<int> errors{0};
  std::vector<std::vector<double>> lat(static_cast<size_t>(clients));
  std::mutex err_mu, sqlite_writer;
  std::string first_error;
  auto t = Clock::now();
  std::vector<std::thread> threads;
  for (int i = 0; i < clients; ++i)
    threads.emplace_back([&, i] {
      RawConn& c = *conns[static_cast<size_t>(i)];
      for (size_t k; (k = next++) < units.size();) {
        auto t0 = Clock::now();
        try {
          // SQLite has one writer: the client queues its own writers rather than leave them
          // to the busy handler's sleeps (what the server's connection pool does too).
          std::unique_lock lk(sqlite_writer, std::defer_lock);
          if (!c.pg()) lk.lock();
          report_transactions(c, units[k], p, values);
          lat[static_cast<size_t>(i)].push_back(ms_since(t0));
        } catch (const std::exception& e) {
          ++errors;
          try {
            c.exec("ROLLBACK");
          } catch (...) {
          }
          std::lock_guard lk(err_mu);
          if (first_error.empty()) first_error = e.what();
        }
      }
    });
  for (auto& th : threads) th.join();
  double total_ms = ms_since(t);
  std::vector<double> all;
  for (auto& l : lat) all.insert(all.end(), l.begin(), l.end());
  std::cout << json{{"reports", all.size()},
                    {"errors", errors.load()},
                    {"first_error", first_error},
                    {"clients", clients},
                    {"total_ms", total_ms},
                    {"reports_per_s", all.empty() ? 0.0 : static_cast<double>(all.size()) * 1000.0 / total_ms},
                    {"p50_ms", pct(all, 0.5)},
                    {"p99_ms", pct(all, 0.99)},
                    {"max_ms", pct(all, 1.0)}}
                   .dump()
            << std::endl;
  return errors.load() == 0 ? 0 : 1;
}

// ---------------------------------------------------------------- reference

// The served rankings' reference: the stored rows of the groups scored by the reference scheme
// (units, group members, submitted reports' values; nothing through the product's code) copied
// into an in-memory SQLite table and ranked by bench/sql_reference.cpp's plain SQL, with
// missing months and values kept missing. Prints JSON: per unit its group, total in hundredths,
// level index, rank and months missing.
int reference(const std::map<std::string, std::string>& a) {
  RawConn c(arg(a, "db"));
  const int year = std::stoi(arg(a, "year", std::to_string(kYear)));
  const auto catalogue = sc::IndicatorCatalogue::from_json(read_json(arg(a, "source", THIDUA_SOURCE_DIR) +
                                                                     "/data/indicators.json"));
  auto t = Clock::now();
  auto members = c.rows(
      "SELECT gm.unit_id, u.code, gy.group_id FROM group_members gm JOIN group_years gy ON gy.id = gm.group_year_id "
      "JOIN group_year_schemes b ON b.group_year_id = gy.id JOIN scoring_schemes s ON s.id = b.scheme_id "
      "JOIN units u ON u.id = gm.unit_id WHERE gy.year = $1 AND s.code LIKE 'sql-reference-2024%'",
      {std::to_string(year)});
  std::map<int64_t, size_t> unit_row;
  for (size_t i = 0; i < members.size(); ++i) unit_row[std::stoll(members[i][0])] = i;
  auto reports = c.rows(
      "SELECT unit_id, period_start, period_end, values_json FROM reports WHERE status IN ('submitted', 'accepted', "
      "'locked') AND period_start >= $1 AND period_end <= $2",
      {std::to_string(year - 1) + "-01-01", std::to_string(year) + "-12-31"});
  sqlite3* mem = nullptr;
  if (sqlite3_open(":memory:", &mem) != SQLITE_OK) throw std::runtime_error("sqlite :memory:");
  auto exec = [&](const std::string& sql) {
    char* err = nullptr;
    if (sqlite3_exec(mem, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string m = err ? err : "?";
      sqlite3_free(err);
      throw std::runtime_error(m + " in " + sql.substr(0, 200));
    }
  };
  const int R = catalogue.reported_columns();
  std::string create = "CREATE TABLE report (unit_id INTEGER NOT NULL, year INTEGER NOT NULL, month INTEGER NOT NULL";
  std::string insert = "INSERT INTO report VALUES (?, ?, ?";
  for (int k = 0; k < R; ++k) create += ", " + catalogue.by_column(k).code + " REAL", insert += ", ?";
  exec("CREATE TABLE unit (id INTEGER PRIMARY KEY, code TEXT NOT NULL, group_id INTEGER NOT NULL)");
  exec(create + ")");
  exec("BEGIN");
  sqlite3_stmt *su = nullptr, *sr = nullptr;
  sqlite3_prepare_v2(mem, "INSERT INTO unit VALUES (?, ?, ?)", -1, &su, nullptr);
  sqlite3_prepare_v2(mem, (insert + ")").c_str(), -1, &sr, nullptr);
  for (const auto& m : members) {
    sqlite3_bind_int64(su, 1, std::stoll(m[0]));
    sqlite3_bind_text(su, 2, m[1].c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(su, 3, std::stoll(m[2]));
    if (sqlite3_step(su) != SQLITE_DONE) throw std::runtime_error(sqlite3_errmsg(mem));
    sqlite3_reset(su);
  }
  int64_t copied = 0;
  for (const auto& r : reports) {
    if (!unit_row.count(std::stoll(r[0]))) continue;
    // A month's report: it starts on the 1st and ends in the same month.
    if (r[1].size() < 10 || r[1].substr(8, 2) != "01" || r[2].substr(0, 7) != r[1].substr(0, 7)) continue;
    sqlite3_bind_int64(sr, 1, std::stoll(r[0]));
    sqlite3_bind_int(sr, 2, std::stoi(r[1].substr(0, 4)));
    sqlite3_bind_int(sr, 3, std::stoi(r[1].substr(5, 2)));
    json v = json::parse(r[3]);
    for (int k = 0; k < R; ++k) {
      auto it = v.find(catalogue.by_column(k).code);
      if (it == v.end() || !it->is_number()) sqlite3_bind_null(sr, k + 4);
      else sqlite3_bind_double(sr, k + 4, it->get<double>());
    }
    if (sqlite3_step(sr) != SQLITE_DONE) throw std::runtime_error(sqlite3_errmsg(mem));
    sqlite3_reset(sr);
    ++copied;
  }
  sqlite3_finalize(su);
  sqlite3_finalize(sr);
  exec("COMMIT");
  sqlite3_stmt* q = nullptr;
  const std::string sql = thidua::bench::ranking_sql(false, year, false, true);
  if (sqlite3_prepare_v2(mem, sql.c_str(), -1, &q, nullptr) != SQLITE_OK) throw std::runtime_error(sqlite3_errmsg(mem));
  json units = json::array();
  while (sqlite3_step(q) == SQLITE_ROW)
    units.push_back({sqlite3_column_int64(q, 0), sqlite3_column_int64(q, 1), sqlite3_column_int64(q, 2),
                     sqlite3_column_int(q, 3), sqlite3_column_int(q, 4), sqlite3_column_int(q, 5)});
  sqlite3_finalize(q);
  sqlite3_close(mem);
  std::cout << json{{"members", members.size()}, {"reports_copied", copied}, {"ms", ms_since(t)},
                    {"columns", {"unit", "group", "total_centi", "level", "rank", "missing"}}, {"units", units}}
                   .dump()
            << std::endl;
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  // The load allocates and frees in large steps: without these glibc gives the top of the heap
  // back to the kernel and takes it again all the time (half the run in brk and TLB flushes).
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
  mallopt(M_TOP_PAD, 64 << 20);
  try {
    if (argc < 2) throw std::runtime_error("usage: thidua_nation load|scan|write --db URL …");
    std::string cmd = argv[1];
    auto a = parse_args(argc, argv, 2);
    if (cmd == "load") return load(a);
    if (cmd == "scan") return scan(a);
    if (cmd == "write") return write(a);
    if (cmd == "reference") return reference(a);
    throw std::runtime_error("unknown command " + cmd);
  } catch (const std::exception& e) {
    std::cerr << "thidua_nation: " << e.what() << std::endl;
    return 1;
  }
}
