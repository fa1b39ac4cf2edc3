// thidua_eligibility: the national eligibility benchmark (issue 10, bench/README.md "Eligibility").
//
//   thidua_eligibility --source DIR [--scale S] [--runs N] [--workdir DIR] [--pg CONNINFO]
//                      [--out FILE] [--check] [--no-sql] [--no-db] [--keep-db]
//
// Generates five years (2021–2025) of commendation history for the national data set
// (bench/dataset.h: provinces, communes, grassroots teams and their members, plus the officers of
// every province and commune police): yearly classifications, titles held, initiatives and their
// scope, discipline and reviews, years of service, teams' duties and complaints, the groups'
// honoured leaders. Then, for 2025, every officer for every individual title and form, every
// grassroots member for every member title, every province and commune police for every
// collective title, every team for every team title, and the quotas of every quota'd title per
// unit (Chiến sĩ thi đua cơ sở per province and commune, excellent teams per commune):
//   - eligibility_request_{sqlite,postgres}_ms: what a request to GET /api/v1/eligibility runs,
//     over the records the server holds between requests (storage/held_records.h): the history is
//     loaded (untimed) into the product's own tables of a product database; then, timed, a read
//     transaction, HeldRecords::get (the commendation version read, the records held), the
//     Ministry's scope and its subjects filtered from the held rows, the subjects looked up, and a
//     commendation::Evaluator's evaluate_lists and quota (src/core/commendation.cpp). Beside it:
//     _first_ms, a server's first request (the records read and held: records of every unit with
//     the engine's columns, the subjects' rows, the units' links, the award counts), and
//     _after_write_ms, the request right after a write (read again); eligibility_fresh_*_ms, the
//     request before s10 (CommendationRecords::records read per request). The Vietnamese
//     sentences and the JSON are not in any of them;
//   - eligibility_sql_{sqlite,postgres}_ms: the same evaluation as SQL generated from the same
//     catalogue (one query per title and level, a column per condition, every row read), over the
//     same history loaded (untimed) into indexed tables of the SAME database (file, or server and
//     database), and the same quotas per unit; sql_*_vs_request is the ratio of the two (and
//     sql_*_vs_first_request, _vs_request_after_write, _vs_fresh; all side by side in "summary");
//   - national_eligibility_ms: what the server's requests run to answer every title over the
//     nation (the product's path, end to end but HTTP): over records a server holds but has not
//     evaluated since a write of the records (a new HeldRecords, its get untimed, one pass over
//     it untimed — eligibility_route_national_*_first_pass_ms, a year just read — then its answers
//     dropped as a write drops them, what it keeps of its registry kept: HeldYear::lasting), each title's first page of 100 at the
//     Ministry's scope through api::eligibility_body, the route's own function — the first
//     title of each level evaluates all of the level's titles over the scope in one pass of the
//     engine, with each title's counts and its quotas per unit, and keeps them; the others are
//     answered from what it kept (the sentences and JSON of the pages included). Measured on each
//     database (eligibility_route_national_{sqlite,postgres}_ms); the headline is SQLite's, and
//     sql_*_vs_national its ratio to the SQL;
//   - eligibility_engine_ms: the engine alone over the generated records in memory and their
//     columns built beforehand, as a server holds them (timed apart: eligibility_columns_ms), a
//     fresh Evaluator's evaluate_lists and quota (the bench's plan of lists, not a request);
//     eligibility_floor_ms: the same history streamed
//     once in the representation the engine reads (the columns, and the records' fields it reads
//     beside them); eligibility_floor_maps_ms: streamed from the records' maps (the floor before
//     s16).
// The eligible counts per title and the quota totals of the request on each database and of the
// SQL must equal the in-memory engine's: a mismatch is an error (exit 1), so `--check` at a tiny
// scale is a smoke test of the harness. Results are merged into --out under "eligibility".
#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/commendation.h"
#include "core/date.h"
#include "dataset.h"
#include "storage/batch.h"
#include "storage/commendation_records.h"
#include "storage/database.h"
#include "api/commendation.h"
#include "storage/data_versions.h"
#include "storage/held_records.h"
#include "storage/registry.h"

using nlohmann::json;
namespace cm = thidua::commendation;
namespace st = thidua::storage;
using thidua::Date;
using thidua::bench::Level;
using thidua::bench::Rng;
using Clock = std::chrono::steady_clock;

namespace {

constexpr uint64_t kSeed = 20250101;
constexpr int kYear = 2025;
constexpr int kFirst = kYear - 4;  // five years of history
constexpr int kProvinceOfficers = 120, kCommuneOfficers = 8;

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

// The process's CPU time (every thread: the officers' lists run on two), ms: less swayed than the
// wall clock by other work on a shared machine.
double process_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}
Date ymd(int y, int m, int d) { return *Date::from_ymd(y, m, d); }
double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}
double round3(double x) { return std::round(x * 1000) / 1000; }

// ---- the history ----

struct Nation {
  std::vector<int64_t> provinces, communes, teams;  // unit ids
  std::map<int64_t, int64_t> parent;                // unit → parent unit (0: the Ministry)
  std::map<int64_t, std::string> unit_kind;         // province | commune | team
  std::vector<int64_t> officers, members;           // person ids
  std::map<int64_t, int64_t> posted;                // person → unit
  cm::Records rec;
};

const char* level_by(double r) { return r < 0.14 ? "xuat_sac" : r < 0.82 ? "tot" : r < 0.97 ? "hoan_thanh" : "khong_hoan_thanh"; }

Nation generate(double scale) {
  Nation n;
  auto layout = thidua::bench::make_layout(20240319, scale);
  Rng rng(kSeed);
  int64_t next_person = 1;
  std::vector<int64_t> unit_id(layout.units.size());
  std::map<int, std::vector<int64_t>> group_units;
  for (size_t i = 0; i < layout.units.size(); ++i) {
    const auto& u = layout.units[i];
    int64_t id = static_cast<int64_t>(i) + 1;
    unit_id[i] = id;
    group_units[u.group].push_back(id);
    cm::SubjectRecord s;
    s.kind = "unit";
    s.id = id;
    s.name = u.code;
    n.parent[id] = u.parent < 0 ? 0 : unit_id[static_cast<size_t>(u.parent)];
    if (u.level == Level::kProvince) n.provinces.push_back(id), n.unit_kind[id] = "province";
    if (u.level == Level::kCommune) n.communes.push_back(id), n.unit_kind[id] = "commune";
    if (u.level == Level::kTeam) {
      n.teams.push_back(id), n.unit_kind[id] = "team";
      // Teams set up from mid-2024; a few later, active less than nine months of the force's year.
      s.active_from = rng.uniform() < 0.05 ? ymd(2025, 3, 1) : ymd(2024, 7, 5);
      for (int y = 2024; y <= kYear; ++y) {
        cm::TeamYear t;
        t.duties_total = 6;
        double r = rng.uniform();
        t.duties_done = r < 0.3 ? 6 : r < 0.9 ? 5 : 4;
        t.under_complaint = rng.uniform() < 0.02;
        s.team_years[y] = t;
      }
    }
    for (int y = kFirst; y <= kYear; ++y) {
      if (u.level == Level::kTeam && y < 2024) continue;
      if (rng.uniform() < 0.02) continue;  // not rated that year: absent, never a level
      s.classification[y] = level_by(rng.uniform());
      if (y < kYear && u.level != Level::kTeam && s.classification[y] != "hoan_thanh" &&
          s.classification[y] != "khong_hoan_thanh")
        s.titles[y].insert(s.classification[y] == "xuat_sac" ? "don_vi_quyet_thang" : "don_vi_tien_tien");
    }
    // A unit's start, as storage has it (units.valid_from): teams' above, the others from 2020.
    if (u.level != Level::kTeam) s.active_from = ymd(2020, 1, 1);
    // A team's duties are on its year's evaluation row (comm_evaluations): no row, no duties.
    for (auto it = s.team_years.begin(); it != s.team_years.end();)
      it = s.classification.count(it->first) ? std::next(it) : s.team_years.erase(it);
    if (u.level != Level::kTeam && rng.uniform() < 0.01)
      s.discipline.push_back({"", ymd(kYear, 5, 1 + static_cast<int>(rng.next() % 28)), 12, true});
    n.rec.units[id] = std::move(s);
  }
  // Each group honours one leading unit a year.
  for (auto& [g, ids] : group_units)
    for (int y = kFirst; y <= kYear; ++y)
      n.rec.units[ids[rng.next() % ids.size()]].group_leader_years.insert(y);

  auto person = [&](int64_t unit, bool officer, std::optional<int64_t> team, bool leader) {
    cm::SubjectRecord p;
    p.kind = "person";
    p.id = next_person++;
    p.name = (officer ? "Cán bộ " : "Tổ viên ") + std::to_string(p.id);
    p.sex = rng.uniform() < (officer ? 0.18 : 0.25) ? "nu" : "nam";
    p.service_from = ymd(officer ? 1990 + static_cast<int>(rng.next() % 35) : 2005 + static_cast<int>(rng.next() % 20),
                         1 + static_cast<int>(rng.next() % 12), 1);
    if (!officer) p.hardship_years = rng.uniform() < 0.2 ? static_cast<int>(rng.next() % 6) : 0;
    if (team) {
      p.team_id = team;
      p.team_role = leader ? "to_truong" : "to_vien";  // storage requires a member's role
    }
    for (int y = officer ? kFirst : 2024; y <= kYear; ++y) {
      if (rng.uniform() < 0.02) continue;  // missing: no level that year
      std::string lv = level_by(rng.uniform());
      p.classification[y] = lv;
      if (!officer) continue;
      // Initiatives and discipline of the year.
      double r = rng.uniform();
      if (r < 0.002) p.initiatives.push_back({"national", ymd(y, 9, 2), "Sáng kiến " + std::to_string(p.id)});
      else if (r < 0.02) p.initiatives.push_back({"ministry", ymd(y, 10, 15), "Sáng kiến " + std::to_string(p.id)});
      else if (r < 0.10) p.initiatives.push_back({"unit", ymd(y, 6, 1), "Sáng kiến " + std::to_string(p.id)});
      double dr = rng.uniform();
      bool disciplined = dr < 0.025;
      if (disciplined)
        p.discipline.push_back({dr < 0.015 ? "khien_trach" : dr < 0.022 ? "canh_cao" : "ha_bac_luong",
                                ymd(y, 1 + static_cast<int>(rng.next() % 12), 10), 6 + 6 * static_cast<int>(rng.next() % 2), false});
      else if (dr < 0.028)
        p.discipline.push_back({"", ymd(y, 3, 3), 12, true});
      // Titles decided for the past years (the year evaluated is open).
      if (y < kYear && !disciplined && (lv == "tot" || lv == "xuat_sac")) {
        p.titles[y].insert("chien_si_tien_tien");
        if ((lv == "xuat_sac" || r < 0.10) && rng.uniform() < 0.6) p.titles[y].insert("chien_si_thi_dua_co_so");
        if (p.titles[y].count("chien_si_thi_dua_co_so") && rng.uniform() < 0.05)
          p.titles[y].insert("chien_si_thi_dua_toan_luc_luong");
        if (rng.uniform() < 0.03) p.titles[y].insert("bang_khen_bo_truong");
        if (rng.uniform() < 0.005) p.titles[y].insert("bang_khen_thu_tuong");
      }
    }
    int64_t id = p.id;
    n.posted[id] = team ? *team : unit;
    (officer ? n.officers : n.members).push_back(id);
    n.rec.people[id] = std::move(p);
    return id;
  };
  for (int64_t u : n.provinces)
    for (int i = 0; i < kProvinceOfficers; ++i) person(u, true, std::nullopt, false);
  for (int64_t u : n.communes)
    for (int i = 0; i < kCommuneOfficers; ++i) person(u, true, std::nullopt, false);
  for (size_t i = 0; i < layout.units.size(); ++i)
    if (layout.units[i].level == Level::kTeam)
      for (int k = 0; k < layout.units[i].members; ++k) person(unit_id[i], false, unit_id[i], k == 0);
  // A unit's people of the year: everyone posted in its subtree (as storage's records() builds it).
  for (const auto& [pid, u] : n.posted)
    for (int64_t x = u; x != 0; x = n.parent[x]) n.rec.units[x].members[kYear].push_back(pid);
  return n;
}

// The entries of `cat` in force in the year, by the level they apply to.
std::vector<const cm::Entry*> entries_for(const cm::Catalogue& cat, const std::string& level) {
  std::vector<const cm::Entry*> out;
  std::set<std::string> seen;
  for (const auto& e : cat.entries())
    if (e.level == level && !seen.count(e.code) && cat.find_in_year(e.code, kYear)) {
      seen.insert(e.code);
      out.push_back(cat.find_in_year(e.code, kYear));
    }
  return out;
}

struct Plan {  // who is evaluated for what, and the quota scopes
  std::vector<std::pair<std::vector<int64_t>*, std::vector<const cm::Entry*>>> people, units;
  std::vector<int64_t> collective;  // provinces and communes
  // The same lists as the records to evaluate (looked up once, as the server's list has them).
  std::vector<std::pair<std::vector<const cm::SubjectRecord*>, const std::vector<const cm::Entry*>*>> subjects;
  // Quota scopes: (entry, unit, subjects)
  std::vector<std::tuple<const cm::Entry*, int64_t, std::vector<const cm::SubjectRecord*>>> quotas;
};

Plan make_plan(const cm::Catalogue& cat, Nation& n) {
  Plan p;
  p.collective = n.provinces;
  p.collective.insert(p.collective.end(), n.communes.begin(), n.communes.end());
  p.people.push_back({&n.officers, entries_for(cat, "individual")});
  p.people.push_back({&n.members, entries_for(cat, "member")});
  p.units.push_back({&p.collective, entries_for(cat, "collective")});
  p.units.push_back({&n.teams, entries_for(cat, "team")});
  for (const auto& [list, entries] : p.people) {
    p.subjects.push_back({{}, &entries});
    for (int64_t id : *list) p.subjects.back().first.push_back(&n.rec.people.at(id));
  }
  for (const auto& [list, entries] : p.units) {
    p.subjects.push_back({{}, &entries});
    for (int64_t id : *list) p.subjects.back().first.push_back(&n.rec.units.at(id));
  }
  std::map<int64_t, std::vector<const cm::SubjectRecord*>> officers_below, teams_of;
  for (int64_t id : n.officers)
    for (int64_t x = n.posted[id]; x != 0; x = n.parent[x]) officers_below[x].push_back(&n.rec.people[id]);
  for (int64_t t : n.teams) teams_of[n.parent[t]].push_back(&n.rec.units[t]);
  for (const auto& [list, entries] : p.people)
    for (const cm::Entry* e : entries)
      if (e->quota)
        for (int64_t u : p.collective) p.quotas.push_back({e, u, officers_below[u]});
  for (const auto& [list, entries] : p.units)
    for (const cm::Entry* e : entries)
      if (e->quota && e->level == "team")
        for (int64_t c : n.communes) p.quotas.push_back({e, c, teams_of[c]});
  return p;
}

struct Tally {
  std::map<std::string, int64_t> eligible;  // code → eligible subjects
  int64_t evaluations = 0, conditions = 0, quota_base = 0, quota_limit = 0, quota_scopes = 0;
  bool operator==(const Tally& o) const {
    return eligible == o.eligible && quota_base == o.quota_base && quota_limit == o.quota_limit;
  }
};

// The product's engine over the nation: `p`'s lists (its subjects and quota scopes) over `rec`.
Tally run_engine(const cm::Catalogue& cat, const cm::Records& rec, const Plan& p) {
  Tally t;
  cm::Evaluator engine(cat, rec);  // as GET /api/v1/eligibility: one for the whole list and its quotas
  std::vector<std::pair<const cm::Entry*, int64_t>> eligible;  // tallied by entry, named at the end
  // THIDUA_ELIGIBILITY_SPLIT=1: each group of lists and the quotas timed apart, on stderr (profiling).
  static const bool split = std::getenv("THIDUA_ELIGIBILITY_SPLIT");
  const auto cpu = process_cpu_ms;
  for (const auto& [subjects, entries] : p.subjects) {
    auto t0 = Clock::now();
    const double c0 = split ? cpu() : 0;
    auto lists = engine.evaluate_lists(subjects, *entries, kYear);
    if (split)
      std::cerr << "  lists " << subjects.size() << " x " << entries->size() << ": "
                << std::chrono::duration<double, std::milli>(Clock::now() - t0).count() << " ms (CPU " << cpu() - c0 << ")\n";
    for (const cm::ListEvaluation& list : lists) {  // a list per title
      int64_t yes = 0;
      for (uint8_t x : list.eligible) yes += x;
      eligible.push_back({list.entry, yes});
      t.conditions += static_cast<int64_t>(list.met.size());
      t.evaluations += static_cast<int64_t>(list.size());
    }
  }
  for (const auto& [e, count] : eligible) t.eligible[e->code] += count;
  auto tq = Clock::now();
  for (const auto& [e, unit, subjects] : p.quotas) {
    cm::QuotaResult q = engine.quota(*e, subjects, kYear, 0);
    t.quota_base += q.base;
    t.quota_limit += q.limit;
    ++t.quota_scopes;
  }
  if (split) std::cerr << "  quotas: " << std::chrono::duration<double, std::milli>(Clock::now() - tq).count() << " ms\n";
  return t;
}

// The floor: every record of the same history streamed once.
int64_t stream_once(const Nation& n) {
  int64_t sum = 0;
  auto touch = [&](const cm::SubjectRecord& s) {
    for (const auto& [y, lv] : s.classification) sum += y + static_cast<int64_t>(lv.size());
    for (const auto& [y, codes] : s.titles)
      for (const auto& c : codes) sum += static_cast<int64_t>(c.size());
    for (const auto& i : s.initiatives) sum += i.recognised_on.days() + static_cast<int64_t>(i.scope.size());
    for (const auto& d : s.discipline) sum += d.date.days() + d.term_months + static_cast<int64_t>(d.form.size());
    for (const auto& [y, ty] : s.team_years) sum += ty.duties_done + ty.under_complaint;
    for (int y : s.group_leader_years) sum += y;
    for (const auto& [y, ms] : s.members)
      for (int64_t m : ms) sum += m;
    if (s.service_from) sum += s.service_from->days();
    if (s.active_from) sum += s.active_from->days();
  };
  for (const auto& [id, s] : n.rec.people) touch(s);
  for (const auto& [id, s] : n.rec.units) touch(s);
  return sum;
}

// The floor in the representation the engine reads (eligibility_floor_ms): the engine's columns
// of the records (every slot, fact and cell of every year they hold: levels, titles, team years,
// service, start, each unit's people of each year as slots) and what it still reads from the
// records' own fields (initiatives, discipline, honoured years), each once.
int64_t stream_engine(const Nation& n) {
  int64_t sum = cm::stream_columns(n.rec);
  auto touch = [&](const cm::SubjectRecord& s) {
    for (const auto& i : s.initiatives) sum += i.recognised_on.days() + static_cast<int64_t>(i.scope.size());
    for (const auto& d : s.discipline) sum += d.date.days() + d.term_months + static_cast<int64_t>(d.form.size());
    for (int y : s.group_leader_years) sum += y;
  };
  for (const auto& [id, s] : n.rec.people) touch(s);
  for (const auto& [id, s] : n.rec.units) touch(s);
  return sum;
}

// ---- the product's path: the history in the product's own tables, read by storage ----

// The generated history written into a product database (its migrations, its tables: units,
// persons and postings through the registry's batch paths, the commendation tables by multi-row
// INSERTs of what their own functions write), untimed. Gives the database ids of the generated
// people and units (by generated id) and the Ministry's id (the national scope).
struct ProductIds {
  std::vector<int64_t> person, unit;  // generated id → database id
  int64_t root = 0;
};

class Rows {  // multi-row INSERTs of kBatchRows rows
 public:
  Rows(st::Tx& tx, std::string head, size_t cols) : tx_(tx), head_(std::move(head)), cols_(cols) {}
  ~Rows() noexcept(false) { flush(); }
  void add(st::Params row) {
    for (auto& v : row) buf_.push_back(std::move(v));
    if (++n_ == st::kBatchRows) flush();
  }
  void flush() {
    if (!n_) return;
    tx_.query(head_ + st::value_rows(n_, cols_), buf_);
    buf_.clear();
    n_ = 0;
  }

 private:
  st::Tx& tx_;
  std::string head_;
  size_t cols_, n_ = 0;
  st::Params buf_;
};

ProductIds load_product(st::Database& db, const Nation& n) {
  ProductIds ids;
  const Date from = ymd(2020, 1, 1);
  const std::string by = "bench", at = "2025-12-31T00:00:00Z";
  ids.unit.assign(n.rec.units.size() + 1, 0);
  ids.person.assign(n.rec.people.size() + 1, 0);
  {
    auto tx = db.begin(st::TxMode::kWrite);
    st::UnitRepository units(*tx);
    ids.root = units.create({"Bộ Công an", "ministry", "BCA", std::nullopt, ymd(1945, 8, 19), std::nullopt}).id;
    for (const auto* level : {&n.provinces, &n.communes, &n.teams}) {  // parents first
      std::vector<st::NewUnit> batch;
      for (int64_t id : *level) {
        const cm::SubjectRecord& u = n.rec.units.at(id);
        const std::string& k = n.unit_kind.at(id);
        const char* kind = k == "province" ? "provincial_police" : k == "commune" ? "commune_police" : "grassroots_team";
        const int64_t parent = n.parent.at(id) ? ids.unit[static_cast<size_t>(n.parent.at(id))] : ids.root;
        batch.push_back({u.name, kind, u.name, parent, u.active_from.value_or(from), std::nullopt});
      }
      std::vector<int64_t> got = units.create_many(batch);
      for (size_t i = 0; i < got.size(); ++i) ids.unit[static_cast<size_t>((*level)[i])] = got[i];
    }
    tx->commit();
  }
  {
    std::vector<st::NewPerson> batch;
    std::vector<int64_t> gen;
    auto flush = [&] {
      auto tx = db.begin(st::TxMode::kWrite);
      std::vector<int64_t> got = st::PersonRepository(*tx).create_many(batch);
      tx->commit();
      for (size_t i = 0; i < got.size(); ++i) ids.person[static_cast<size_t>(gen[i])] = got[i];
      batch.clear(), gen.clear();
    };
    for (const auto& [id, p] : n.rec.people) {
      st::NewPosting post;
      const int64_t unit = n.posted.at(id);
      post.unit_id = ids.unit[static_cast<size_t>(unit)];
      post.team_role = p.team_role;
      post.from = n.rec.units.at(unit).active_from.value_or(from);
      batch.push_back({p.name, p.team_id ? "member" : "officer", std::nullopt, post});
      gen.push_back(id);
      if (batch.size() == 20000) flush();
    }
    if (!batch.empty()) flush();
  }
  auto tx = db.begin(st::TxMode::kWrite);
  auto kind = [](const cm::SubjectRecord& r) { return std::string(r.kind == "unit" ? "unit" : "person"); };
  auto dbid = [&](const cm::SubjectRecord& r) {
    return r.kind == "unit" ? ids.unit[static_cast<size_t>(r.id)] : ids.person[static_cast<size_t>(r.id)];
  };
  auto where = [&](const cm::SubjectRecord& r) {  // the unit a row is of: the subject's own, or where the person is posted
    return r.kind == "unit" ? ids.unit[static_cast<size_t>(r.id)] : ids.unit[static_cast<size_t>(n.posted.at(r.id))];
  };
  auto each = [&](const std::function<void(const cm::SubjectRecord&)>& f) {
    for (const auto& [id, u] : n.rec.units) f(u);
    for (const auto& [id, p] : n.rec.people) f(p);
  };
  {
    Rows ev(*tx, "INSERT INTO comm_evaluations (subject_kind, subject_id, unit_id, year, level, duties_done, duties_total, "
                 "under_complaint, created_by, created_at) VALUES ", 10);
    each([&](const cm::SubjectRecord& r) {
      for (const auto& [y, lv] : r.classification) {
        auto t = r.team_years.find(y);
        const bool team = t != r.team_years.end();
        ev.add({kind(r), dbid(r), where(r), int64_t{y}, lv, team ? st::Param(int64_t{t->second.duties_done}) : st::Param(nullptr),
                team ? st::Param(int64_t{t->second.duties_total}) : st::Param(nullptr),
                int64_t{team && t->second.under_complaint ? 1 : 0}, by, at});
      }
    });
  }
  {
    Rows aw(*tx, "INSERT INTO comm_awards (subject_kind, subject_id, unit_id, code, name, year, catalogue_version, created_by, "
                 "created_at) VALUES ", 9);
    each([&](const cm::SubjectRecord& r) {
      for (const auto& [y, codes] : r.titles)
        for (const auto& c : codes) aw.add({kind(r), dbid(r), where(r), c, c, int64_t{y}, int64_t{1}, by, at});
    });
  }
  {
    Rows di(*tx, "INSERT INTO comm_discipline (subject_kind, subject_id, unit_id, form, date, term_months, under_review, reason, "
                 "created_by, created_at) VALUES ", 10);
    each([&](const cm::SubjectRecord& r) {
      for (const auto& d : r.discipline)
        di.add({kind(r), dbid(r), where(r), d.form, d.date.iso(), int64_t{d.term_months}, int64_t{d.under_review ? 1 : 0},
                std::string("bench"), by, at});
    });
  }
  {
    Rows in(*tx, "INSERT INTO comm_initiatives (person_id, unit_id, name, scope, recognised_on, recognised_by, created_by, "
                 "created_at) VALUES ", 8);
    Rows sv(*tx, "INSERT INTO comm_service (person_id, sex, service_from, hardship_years, updated_at) VALUES ", 5);
    for (const auto& [id, p] : n.rec.people) {
      for (const auto& i : p.initiatives) in.add({dbid(p), where(p), i.name, i.scope, i.recognised_on.iso(), std::string("bench"), by, at});
      if (p.service_from)
        sv.add({dbid(p), p.sex ? st::Param(*p.sex) : st::Param(nullptr), p.service_from->iso(), int64_t{p.hardship_years}, at});
    }
  }
  {
    Rows gv(*tx, "INSERT INTO comm_group_votes (group_year_id, group_id, year, ranking, votes, leader_unit_id, minutes, date, "
                 "created_by, created_at) VALUES ", 10);
    int64_t k = 0;
    for (const auto& [id, u] : n.rec.units)
      for (int y : u.group_leader_years)
        ++k, gv.add({k, k, int64_t{y}, std::string("[]"), std::string("[]"), dbid(u), std::string("bench"), ymd(y, 12, 1).iso(), by, at});
  }
  tx->commit();
  return ids;
}

// The engine's part of a request over records `rec` of the database: the plan's people and units
// looked up in them (as the route looks its subjects up), one Evaluator answering every list and
// quota.
Tally engine_over(const cm::Catalogue& cat, const cm::Records& rec, const Plan& gen, const ProductIds& ids) {
  Plan p;  // the generated plan's subjects, as the database's records
  auto find = [&](const cm::SubjectRecord* s) {
    const cm::SubjectRecord* r = s->kind == "unit" ? rec.unit(ids.unit[static_cast<size_t>(s->id)])
                                                   : rec.person(ids.person[static_cast<size_t>(s->id)]);
    if (!r) throw std::runtime_error("storage's records lack subject " + std::to_string(s->id));
    return r;
  };
  for (const auto& [subjects, entries] : gen.subjects) {
    p.subjects.push_back({{}, entries});
    p.subjects.back().first.reserve(subjects.size());
    for (const cm::SubjectRecord* s : subjects) p.subjects.back().first.push_back(find(s));
  }
  for (const auto& [e, unit, subjects] : gen.quotas) {
    std::vector<const cm::SubjectRecord*> v;
    v.reserve(subjects.size());
    for (const cm::SubjectRecord* s : subjects) v.push_back(find(s));
    p.quotas.push_back({e, unit, std::move(v)});
  }
  return run_engine(cat, rec, p);
}

// What a request ran before the records were held (main until s10, "fresh"), for the whole nation
// at once: a read transaction; storage's CommendationRecords::records of the Ministry's scope for
// the year and the 8 years before it, with the catalogue (the records and the engine's columns,
// built as the rows are read); then engine_over.
struct Request {
  Tally tally;
  double read_ms = 0, engine_ms = 0;
};

Request run_request(st::Database& db, const cm::Catalogue& cat, const Plan& gen, const ProductIds& ids) {
  Request out;
  auto t = Clock::now();
  auto tx = db.begin(st::TxMode::kRead);
  st::CommendationRecords store(*tx);
  const cm::Records rec = store.records(ids.root, kYear, cat.look_back(), &cat);
  out.read_ms = ms_since(t);
  t = Clock::now();
  out.tally = engine_over(cat, rec, gen, ids);
  out.engine_ms = ms_since(t);
  return out;
}

// What a request runs now (GET /api/v1/eligibility, src/api/routes_commendation.cpp over
// storage/held_records.h): a read transaction; HeldRecords::get — the commendation version read
// (one statement) and, when it moved or nothing is held yet, the nation's record of the year read
// again (records of every unit with the columns, the subjects' rows, the units' links, the year's
// award counts); the Ministry's scope worked out in memory and its people and units filtered from
// the held rows in name order (HeldYear::subjects, as the route lists them); then engine_over.
// `read_ms`: the version and, when it built, the build.
Request run_held(st::Database& db, st::HeldRecords& held, const cm::Catalogue& cat, const Plan& gen, const ProductIds& ids) {
  Request out;
  auto t = Clock::now();
  auto tx = db.begin(st::TxMode::kRead);
  auto year = held.get(*tx, kYear);  // read-locked while the request reads it
  out.read_ms = ms_since(t);
  t = Clock::now();
  const std::vector<uint8_t> scope = year->scope(ids.root);
  const size_t listed = year->subjects(scope, true).size() + year->subjects(scope, false).size();
  if (listed == 0) throw std::runtime_error("the held records list nobody in the Ministry's scope");
  out.tally = engine_over(cat, year->records, gen, ids);
  out.engine_ms = ms_since(t);
  return out;
}

// What users' requests run: GET /api/v1/eligibility's own function (api::eligibility_body: the
// held records got as the route gets them, the scope's subjects, the engine, the conditions'
// sentences and the JSON text the server sends), one request per title of the plan at the
// Ministry's scope (the nation's list of that title), each in its own read transaction, over the
// route's own HeldRecords (api::held_records: the product's catalogue).
struct RouteRun {
  double ms = 0, max_ms = 0, get_ms = 0;  // all the titles' requests; the slowest one; HeldRecords::get
  size_t bytes = 0, requests = 0;
  std::map<std::string, int64_t> eligible;  // code → eligible subjects (`count`: the bodies parsed, untimed)
  std::map<std::string, int64_t> totals;    // code → the list's length (its "total", untimed)
};

// The offset of a page of 100 of a list of `total` for pass `pass` and title number `k`: a
// different page each pass and title, across the whole list (the page's sentences are then
// written for rows no pass before asked: what a user paging through a list costs).
int rotating_offset(int pass, size_t k, int64_t total) {
  const int64_t pages = std::max<int64_t>(1, (total + 99) / 100);
  return static_cast<int>(((static_cast<int64_t>(pass) * 7919 + static_cast<int64_t>(k) * 104729) % pages) * 100);
}

// `page_pass` ≥ 0: `view`'s offset is rotating_offset(page_pass, the title's number, its total in
// `totals`) for each title.
RouteRun run_route(st::Database& db, st::HeldRecords& held, const std::vector<std::string>& codes, int64_t root, bool count,
                   const thidua::api::EligibilityView& view = {}, int page_pass = -1,
                   const std::map<std::string, int64_t>* totals = nullptr) {
  RouteRun out;
  const auto& data = thidua::api::commendation_data();
  for (size_t k = 0; k < codes.size(); ++k) {
    const std::string& code = codes[k];
    thidua::api::EligibilityView v = view;
    if (page_pass >= 0 && totals && totals->count(code)) v.offset = rotating_offset(page_pass, k, totals->at(code));
    auto t = Clock::now();
    std::string body;
    {
      auto tx = db.begin(st::TxMode::kRead);
      auto year = held.get(*tx, kYear);
      out.get_ms += ms_since(t);
      body = thidua::api::eligibility_body(*tx, data, *year, code, root, v);
    }
    const double ms = ms_since(t);
    out.ms += ms;
    out.max_ms = std::max(out.max_ms, ms);
    out.bytes += body.size();
    ++out.requests;
    if (const size_t at = body.rfind("],\"total\":"); at != std::string::npos)
      out.totals[code] = std::strtoll(body.c_str() + at + 10, nullptr, 10);
    if (count) {
      const json j = json::parse(body);
      int64_t yes = 0;
      for (const auto& it : j["items"])
        if (it["eligible"].get<bool>() && !(it["subject"]["kind"] == "unit" && it["subject"]["id"].get<int64_t>() == root))
          ++yes;  // the Ministry itself is listed for the collective titles, not in the plan
      out.eligible[code] = yes;
    }
  }
  return out;
}

// national_eligibility_ms's pass: every title of `codes` answered over the nation (`root`'s scope)
// from `year` (the records as HeldRecords holds them) with its kept answers dropped first, as a
// write leaves them: each title's first page of 100 through the route's own function
// (api::eligibility_body, each request in its own read transaction). Its wall and CPU ms.
std::pair<double, double> national_pass(st::Database& db, st::HeldYear& year, const std::vector<std::string>& codes,
                                        int64_t root) {
  year.drop_answers();
  const auto& data = thidua::api::commendation_data();
  thidua::api::EligibilityView page;
  page.limit = 100;
  const double c0 = process_cpu_ms();
  const auto t = Clock::now();
  size_t bytes = 0;
  for (const std::string& code : codes) {
    auto tx = db.begin(st::TxMode::kRead);
    bytes += thidua::api::eligibility_body(*tx, data, year, code, root, page).size();
  }
  const double ms = ms_since(t), cpu = process_cpu_ms() - c0;
  if (bytes == 0) throw std::runtime_error("the national pass wrote nothing");
  return {ms, cpu};
}

// The records of kYear as a server holds them (HeldRecords::build, what get() holds), read now.
std::shared_ptr<st::HeldYear> held_year(st::Database& db, const st::HeldRecords& held) {
  auto tx = db.begin(st::TxMode::kRead);
  return held.build(*tx, kYear, st::read_commendation_version(*tx));
}

// A write through storage that changes no answer but moves the commendation version: a person's
// evaluation of the year saved again as it is (the held records are read again on the next request).
void write_one(st::Database& db, const Nation& n, const ProductIds& ids) {
  for (const auto& [id, p] : n.rec.people) {
    auto lv = p.classification.find(kYear);
    if (lv == p.classification.end() || p.team_years.count(kYear)) continue;
    auto tx = db.begin(st::TxMode::kWrite);
    st::NewEvaluation e;
    e.subject_kind = "person";
    e.subject_id = ids.person[static_cast<size_t>(id)];
    e.unit_id = ids.unit[static_cast<size_t>(n.posted.at(id))];
    e.year = kYear;
    e.level = lv->second;
    st::CommendationRecords(*tx).put_evaluation(e, "bench");
    tx->commit();
    return;
  }
  throw std::runtime_error("no person with an evaluation of the year to write again");
}

// ---- the same evaluation as SQL ----

class Sql {
 public:
  virtual ~Sql() = default;
  virtual void exec(const std::string& sql) = 0;
  // Runs a query and calls `row` with each row's text columns.
  virtual void query(const std::string& sql, const std::function<void(const std::vector<const char*>&)>& row) = 0;
  virtual void begin_load(const std::string& table, int columns) = 0;
  virtual void row(const std::vector<std::string>& v) = 0;
  virtual void end_load() = 0;
  bool postgres = false;
};

class Lite : public Sql {
 public:
  // The product's database file (its tables written already): the SQL's tables go beside them.
  explicit Lite(const std::string& path) {
    if (sqlite3_open(path.c_str(), &db_) != SQLITE_OK) throw std::runtime_error("sqlite open " + path);
    exec("PRAGMA synchronous=OFF; PRAGMA cache_size=-1048576; PRAGMA temp_store=MEMORY");
  }
  ~Lite() override { sqlite3_close(db_); }
  void exec(const std::string& sql) override {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string m = err ? err : "?";
      sqlite3_free(err);
      throw std::runtime_error("sqlite: " + m + " in " + sql.substr(0, 200));
    }
  }
  void query(const std::string& sql, const std::function<void(const std::vector<const char*>&)>& row) override {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &s, nullptr) != SQLITE_OK)
      throw std::runtime_error(std::string("sqlite prepare: ") + sqlite3_errmsg(db_) + " in " + sql.substr(0, 300));
    std::vector<const char*> v;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
      v.assign(static_cast<size_t>(sqlite3_column_count(s)), nullptr);
      for (int c = 0; c < sqlite3_column_count(s); ++c) v[static_cast<size_t>(c)] = reinterpret_cast<const char*>(sqlite3_column_text(s, c));
      row(v);
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) throw std::runtime_error(std::string("sqlite step: ") + sqlite3_errmsg(db_));
  }
  void begin_load(const std::string& table, int columns) override {
    exec("BEGIN");
    std::string sql = "INSERT INTO " + table + " VALUES (";
    for (int i = 0; i < columns; ++i) sql += i ? ",?" : "?";
    sqlite3_prepare_v2(db_, (sql + ")").c_str(), -1, &ins_, nullptr);
  }
  void row(const std::vector<std::string>& v) override {
    for (size_t i = 0; i < v.size(); ++i)
      if (v[i] == "\\N") sqlite3_bind_null(ins_, static_cast<int>(i + 1));
      else sqlite3_bind_text(ins_, static_cast<int>(i + 1), v[i].c_str(), -1, SQLITE_TRANSIENT);
    if (sqlite3_step(ins_) != SQLITE_DONE) throw std::runtime_error(std::string("sqlite insert: ") + sqlite3_errmsg(db_));
    sqlite3_reset(ins_);
  }
  void end_load() override {
    sqlite3_finalize(ins_);
    exec("COMMIT");
  }

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* ins_ = nullptr;
};

class Pg : public Sql {
 public:
  explicit Pg(const std::string& conninfo) {
    postgres = true;
    c_ = PQconnectdb(conninfo.c_str());
    if (PQstatus(c_) != CONNECTION_OK) throw std::runtime_error(std::string("pg: ") + PQerrorMessage(c_));
    // No JIT: the queries are large and run once; compiling them would be most of their time.
    exec("SET jit = off; DROP SCHEMA IF EXISTS elig CASCADE; CREATE SCHEMA elig; SET search_path = elig");
  }
  ~Pg() override {
    PQexec(c_, "DROP SCHEMA IF EXISTS elig CASCADE");
    PQfinish(c_);
  }
  void exec(const std::string& sql) override {
    PGresult* r = PQexec(c_, sql.c_str());
    auto st = PQresultStatus(r);
    PQclear(r);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
      throw std::runtime_error(std::string("pg: ") + PQerrorMessage(c_) + " in " + sql.substr(0, 200));
  }
  void query(const std::string& sql, const std::function<void(const std::vector<const char*>&)>& row) override {
    PGresult* r = PQexec(c_, sql.c_str());
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
      std::string m = PQerrorMessage(c_);
      PQclear(r);
      throw std::runtime_error("pg: " + m + " in " + sql.substr(0, 300));
    }
    std::vector<const char*> v(static_cast<size_t>(PQnfields(r)));
    for (int i = 0; i < PQntuples(r); ++i) {
      for (int c = 0; c < PQnfields(r); ++c) v[static_cast<size_t>(c)] = PQgetisnull(r, i, c) ? nullptr : PQgetvalue(r, i, c);
      row(v);
    }
    PQclear(r);
  }
  void begin_load(const std::string& table, int) override {
    PGresult* r = PQexec(c_, ("COPY " + table + " FROM STDIN").c_str());
    bool ok = PQresultStatus(r) == PGRES_COPY_IN;
    PQclear(r);
    if (!ok) throw std::runtime_error(std::string("pg copy: ") + PQerrorMessage(c_));
    buf_.clear();
  }
  void row(const std::vector<std::string>& v) override {
    for (size_t i = 0; i < v.size(); ++i) buf_ += (i ? "\t" : "") + v[i];
    buf_ += '\n';
    if (buf_.size() > (1 << 20)) flush();
  }
  void end_load() override {
    flush();
    if (PQputCopyEnd(c_, nullptr) != 1) throw std::runtime_error("pg copy end");
    PGresult* r = PQgetResult(c_);
    bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    if (!ok) throw std::runtime_error(std::string("pg copy: ") + PQerrorMessage(c_));
  }

 private:
  void flush() {
    if (!buf_.empty() && PQputCopyData(c_, buf_.data(), static_cast<int>(buf_.size())) != 1)
      throw std::runtime_error("pg copy data");
    buf_.clear();
  }
  PGconn* c_ = nullptr;
  std::string buf_;
};

const char* kSchema =
    "CREATE TABLE person (id BIGINT PRIMARY KEY, kind TEXT NOT NULL, sex TEXT, service_from INTEGER, hardship INTEGER NOT NULL,"
    " team_id BIGINT, team_role TEXT);"
    "CREATE TABLE unit (id BIGINT PRIMARY KEY, kind TEXT NOT NULL, parent BIGINT, active_from INTEGER);"
    "CREATE TABLE cls (sk INTEGER NOT NULL, sid BIGINT NOT NULL, year INTEGER NOT NULL, rank INTEGER NOT NULL, PRIMARY KEY (sk, sid, year));"
    "CREATE TABLE title (sk INTEGER NOT NULL, sid BIGINT NOT NULL, year INTEGER NOT NULL, code TEXT NOT NULL, PRIMARY KEY (sk, sid, code, year));"
    "CREATE TABLE initiative (pid BIGINT NOT NULL, year INTEGER NOT NULL, scope_rank INTEGER NOT NULL);"
    "CREATE TABLE discipline (sk INTEGER NOT NULL, sid BIGINT NOT NULL, year INTEGER NOT NULL, month INTEGER NOT NULL,"
    " form_rank INTEGER NOT NULL, term_months INTEGER NOT NULL, under_review INTEGER NOT NULL);"
    "CREATE TABLE member (uid BIGINT NOT NULL, year INTEGER NOT NULL, pid BIGINT NOT NULL);"
    "CREATE TABLE team_year (uid BIGINT NOT NULL, year INTEGER NOT NULL, done INTEGER NOT NULL, total INTEGER NOT NULL,"
    " complaint INTEGER NOT NULL, PRIMARY KEY (uid, year));"
    "CREATE TABLE leader (uid BIGINT NOT NULL, year INTEGER NOT NULL, PRIMARY KEY (uid, year));";
const char* kIndexes =
    "CREATE INDEX initiative_pid ON initiative (pid, year); CREATE INDEX discipline_sid ON discipline (sid, sk);"
    "CREATE INDEX member_uid ON member (uid, year, pid); CREATE INDEX unit_parent ON unit (parent);";

void load(Sql& db, const cm::Catalogue& cat, const Nation& n) {
  db.exec(kSchema);
  auto opt = [](const std::optional<std::string>& s) { return s ? *s : std::string("\\N"); };
  auto s = [](int64_t x) { return std::to_string(x); };
  db.begin_load("person", 7);
  for (const auto& [id, p] : n.rec.people)
    db.row({s(id), p.team_id ? "member" : "officer", opt(p.sex), p.service_from ? s(p.service_from->days()) : "\\N",
            s(p.hardship_years), p.team_id ? s(*p.team_id) : "\\N", opt(p.team_role)});
  db.end_load();
  db.begin_load("unit", 4);
  for (const auto& [id, u] : n.rec.units)
    db.row({s(id), n.unit_kind.at(id), s(n.parent.at(id)), u.active_from ? s(u.active_from->days()) : "\\N"});
  db.end_load();
  auto each = [&](const std::function<void(int, const cm::SubjectRecord&)>& f) {
    for (const auto& [id, p] : n.rec.people) f(0, p);
    for (const auto& [id, u] : n.rec.units) f(1, u);
  };
  db.begin_load("cls", 4);
  each([&](int sk, const cm::SubjectRecord& r) {
    for (const auto& [y, lv] : r.classification) db.row({s(sk), s(r.id), s(y), s(cat.level_rank(lv))});
  });
  db.end_load();
  db.begin_load("title", 4);
  each([&](int sk, const cm::SubjectRecord& r) {
    for (const auto& [y, codes] : r.titles)
      for (const auto& c : codes) db.row({s(sk), s(r.id), s(y), c});
  });
  db.end_load();
  db.begin_load("initiative", 3);
  for (const auto& [id, p] : n.rec.people)
    for (const auto& i : p.initiatives) db.row({s(id), s(i.recognised_on.year()), s(cat.scope_rank(i.scope))});
  db.end_load();
  db.begin_load("discipline", 7);
  each([&](int sk, const cm::SubjectRecord& r) {
    for (const auto& d : r.discipline)
      db.row({s(sk), s(r.id), s(d.date.year()), s(d.date.month()), s(cat.form_rank(d.form)), s(d.term_months), s(d.under_review)});
  });
  db.end_load();
  db.begin_load("member", 3);
  for (const auto& [id, u] : n.rec.units)
    for (const auto& [y, ms] : u.members)
      for (int64_t m : ms) db.row({s(id), s(y), s(m)});
  db.end_load();
  db.begin_load("team_year", 5);
  for (const auto& [id, u] : n.rec.units)
    for (const auto& [y, t] : u.team_years) db.row({s(id), s(y), s(t.duties_done), s(t.duties_total), s(t.under_complaint)});
  db.end_load();
  db.begin_load("leader", 2);
  for (const auto& [id, u] : n.rec.units)
    for (int y : u.group_leader_years) db.row({s(id), s(y)});
  db.end_load();
  db.exec(kIndexes);
  db.exec("ANALYZE");
}

// One condition of the catalogue as a SQL boolean over the subject `a` (alias) of kind sk (0
// person, 1 unit): the same rule as the engine's Engine::run, condition kind by condition kind.
class SqlWriter {
 public:
  SqlWriter(const cm::Catalogue& cat, bool postgres) : cat_(cat), pg_(postgres) {}

  std::string held(const std::string& a, int sk, const std::string& code, int y) const {
    return "EXISTS (SELECT 1 FROM title WHERE sk = " + std::to_string(sk) + " AND sid = " + a + ".id AND code = '" + code +
           "' AND year = " + std::to_string(y) + ")";
  }
  std::string rank(const std::string& a, int sk, int y) const {
    return "COALESCE((SELECT rank FROM cls WHERE sk = " + std::to_string(sk) + " AND sid = " + a + ".id AND year = " +
           std::to_string(y) + "), 0)";
  }
  // Held, or eligible this year (the engine's has_or_eligible, with its depth limit).
  std::string has_or_eligible(const std::string& a, int sk, const std::string& code, int depth) {
    std::string h = held(a, sk, code, kYear);
    const cm::Entry* e = cat_.find_in_year(code, kYear);
    if (depth > 4 || !e) return h;
    return "(" + h + " OR " + all(a, sk, *e, depth + 1) + ")";
  }
  std::string all(const std::string& a, int sk, const cm::Entry& e, int depth) {
    std::string out;
    for (const auto& c : e.conditions) out += (out.empty() ? "(" : " AND ") + cond(a, sk, c, depth);
    return out.empty() ? "(1 = 1)" : out + ")";
  }
  std::string blocks(const std::string& d, const std::string& min_form, int look_back) const {
    std::string Y = std::to_string(kYear), lb = std::to_string(kYear - look_back);
    return "(" + d + ".year <= " + Y + " AND CASE WHEN " + d + ".under_review = 1 THEN " + d + ".year > " + lb + " ELSE " + d +
           ".form_rank >= " + std::to_string(cat_.form_rank(min_form)) + " AND (" + d + ".year > " + lb + " OR " + d +
           ".year + (" + d + ".month - 1 + " + d + ".term_months) / 12 >= " + Y + ") END)";
  }
  std::string cond(const std::string& a, int sk, const cm::Condition& c, int depth) {
    const std::string& k = c.kind;
    std::string S = std::to_string(sk), Y = std::to_string(kYear);
    auto n = [](auto x) { return std::to_string(x); };
    if (k == "classification") return "(" + rank(a, sk, kYear) + " >= " + n(cat_.level_rank(c.at_least)) + ")";
    if (k == "consecutive_classification")
      return "((SELECT count(*) FROM cls WHERE sk = " + S + " AND sid = " + a + ".id AND year > " + n(kYear - c.count) +
             " AND year <= " + Y + " AND rank >= " + n(cat_.level_rank(c.at_least)) + ") = " + n(c.count) + ")";
    if (k == "title_in_year") return has_or_eligible(a, sk, c.title, depth);
    if (k == "title_in_years")
      return "((SELECT count(*) FROM title WHERE sk = " + S + " AND sid = " + a + ".id AND code = '" + c.title +
             "' AND year > " + n(kYear - c.within_years) + " AND year < " + Y + ") + CASE WHEN " +
             has_or_eligible(a, sk, c.title, depth) + " THEN 1 ELSE 0 END >= " + n(c.count) + ")";
    if (k == "consecutive_titles")
      return "(" + has_or_eligible(a, sk, c.title, depth) + " AND (SELECT count(*) FROM title WHERE sk = " + S + " AND sid = " +
             a + ".id AND code = '" + c.title + "' AND year > " + n(kYear - c.count) + " AND year < " + Y + ") = " +
             n(c.count - 1) + ")";
    if (k == "initiative") {
      if (sk != 0) return "(1 = 0)";
      return "((SELECT count(*) FROM initiative WHERE pid = " + a + ".id AND year <= " + Y + " AND year > " +
             n(kYear - c.within_years) + " AND scope_rank >= " + n(cat_.scope_rank(c.min_scope)) + ") >= " + n(c.count) + ")";
    }
    if (k == "any_of") {
      std::string out;
      for (const auto& sub : c.of) out += (out.empty() ? "(" : " OR ") + cond(a, sk, sub, depth);
      return out + ")";
    }
    if (k == "no_discipline")
      return "NOT EXISTS (SELECT 1 FROM discipline d WHERE d.sk = " + S + " AND d.sid = " + a + ".id AND " +
             blocks("d", c.min_form, c.look_back_years) + ")";
    if (k == "members_share" || k == "members_classification" || k == "members_title_count") {
      std::string m = "m" + n(depth);
      std::string test = k == "members_classification"
                             ? rank(m, 0, kYear) + " >= " + n(cat_.level_rank(c.at_least))
                             : has_or_eligible(m, 0, c.title, depth);
      std::string from = " FROM member mm" + n(depth) + " JOIN person " + m + " ON " + m + ".id = mm" + n(depth) + ".pid WHERE mm" +
                         n(depth) + ".uid = " + a + ".id AND mm" + n(depth) + ".year = " + Y;
      if (k == "members_title_count")
        return "((SELECT count(*)" + from + " AND " + test + ") >= " + n(c.count) + ")";
      std::string share = "100.0 * sum(CASE WHEN " + test + " THEN 1 ELSE 0 END) / count(*)";
      std::string cmp = c.strict ? " > " + n(c.min_pct) : " >= " + n(c.min_pct) + " - 1e-9";
      return "COALESCE((SELECT CASE WHEN count(*) = 0 THEN 0 WHEN " + share + cmp + " THEN 1 ELSE 0 END" + from + "), 0) = 1";
    }
    if (k == "members_no_discipline")
      return "(NOT EXISTS (SELECT 1 FROM member mm JOIN discipline d ON d.sk = 0 AND d.sid = mm.pid WHERE mm.uid = " + a +
             ".id AND mm.year = " + Y + " AND " + blocks("d", c.min_form, c.look_back_years) +
             ") AND NOT EXISTS (SELECT 1 FROM discipline d WHERE d.sk = " + S + " AND d.sid = " + a + ".id AND " +
             blocks("d", c.min_form, c.look_back_years) + "))";
    if (k == "years_of_service") {
      if (sk != 0) return "(1 = 0)";
      int end = ymd(kYear, 12, 31).days();
      std::string need = c.women_years > 0 ? "CASE WHEN " + a + ".sex = 'nu' THEN " + n(c.women_years) + " ELSE " + n(c.years) + " END"
                                           : n(c.years);
      return "(" + a + ".service_from IS NOT NULL AND (" + n(end) + " - " + a + ".service_from + 1) / 365.25 + " + a +
             ".hardship * " + n(c.hardship_factor - 1) + " + 1e-9 >= " + need + ")";
    }
    if (k == "group_leader")
      return "EXISTS (SELECT 1 FROM leader WHERE uid = " + a + ".id AND year = " + Y + ")";
    if (k == "months_active") {
      if (sk != 1) return "(" + n(0) + " >= " + n(c.min) + ")";
      auto [start, end] = cat_.force_year(kYear);
      std::string from = std::string(pg_ ? "GREATEST(" : "MAX(") + a + ".active_from, " + n(start.days()) + ")";
      return "(" + a + ".active_from IS NOT NULL AND " + a + ".active_from <= " + n(end.days()) + " AND (" + n(end.days()) +
             " - " + from + " + 1) / 30.4375 >= " + n(c.min) + ")";
    }
    if (k == "no_complaint")
      return "NOT EXISTS (SELECT 1 FROM team_year WHERE uid = " + a + ".id AND year = " + Y + " AND complaint = 1)";
    if (k == "duties_share") {
      std::string cmp = c.strict ? " > " + n(c.min_pct) : " >= " + n(c.min_pct) + " - 1e-9";
      return "EXISTS (SELECT 1 FROM team_year WHERE uid = " + a + ".id AND year = " + Y + " AND total > 0 AND 100.0 * done / total" +
             cmp + ")";
    }
    if (k == "leader_not_above_team") {
      if (sk != 0) return "(1 = 1)";
      return "(" + a + ".team_role IS NULL OR " + a + ".team_role <> 'to_truong' OR COALESCE((SELECT rank FROM cls WHERE sk = 1 AND sid = " +
             a + ".team_id AND year = " + Y + "), 0) >= " + n(cat_.level_rank("xuat_sac")) + ")";
    }
    throw std::runtime_error("no SQL for condition kind " + k);
  }

 private:
  const cm::Catalogue& cat_;
  bool pg_;
};

Tally run_sql(Sql& db, const cm::Catalogue& cat, const Plan& p) {
  Tally t;
  SqlWriter w(cat, db.postgres);
  auto truth = [](const char* v) { return v && (v[0] == '1' || v[0] == 't'); };
  auto run = [&](const std::vector<const cm::Entry*>& entries, int sk, const std::string& where) {
    for (const cm::Entry* e : entries) {
      // A column per condition, as the engine answers condition by condition.
      std::string cols;
      for (const auto& c : e->conditions)
        cols += ", CASE WHEN " + w.cond("s", sk, c, 0) + " THEN 1 ELSE 0 END";
      std::string sql = "SELECT s.id" + cols + " FROM " + (sk == 0 ? "person" : "unit") + " s WHERE " + where;
      db.query(sql, [&](const std::vector<const char*>& row) {
        bool ok = true;
        for (size_t i = 1; i < row.size(); ++i) ok = ok && truth(row[i]);
        t.eligible[e->code] += ok;
        t.conditions += static_cast<int64_t>(row.size() - 1);
        ++t.evaluations;
      });
    }
  };
  run(p.people[0].second, 0, "s.kind = 'officer'");
  run(p.people[1].second, 0, "s.kind = 'member'");
  run(p.units[0].second, 1, "s.kind <> 'team'");
  run(p.units[1].second, 1, "s.kind = 'team'");
  // Quotas per unit: the base counted in one grouped query per title, the limit from it.
  std::set<const cm::Entry*> done;
  for (const auto& [e, unit, subjects] : p.quotas) {
    if (done.count(e)) continue;
    done.insert(e);
    std::string sql;
    if (e->quota->kind == "share_of_title")
      sql = "SELECT u.id, (SELECT count(*) FROM member mm JOIN person s ON s.id = mm.pid WHERE mm.uid = u.id AND mm.year = " +
            std::to_string(kYear) + " AND s.kind = 'officer' AND " + w.has_or_eligible("s", 0, e->quota->title, 0) +
            ") FROM unit u WHERE u.kind <> 'team'";
    else
      sql = "SELECT u.id, (SELECT count(*) FROM unit s WHERE s.parent = u.id AND s.kind = 'team' AND " + w.rank("s", 1, kYear) +
            " >= " + std::to_string(cat.level_rank(e->quota->level)) + ") FROM unit u WHERE u.kind = 'commune'";
    db.query(sql, [&](const std::vector<const char*>& row) {
      int64_t base = std::stoll(row[1]);
      t.quota_base += base;
      t.quota_limit += static_cast<int64_t>(std::floor(static_cast<double>(base) * e->quota->max_pct / 100.0 + 1e-9));
      ++t.quota_scopes;
    });
  }
  return t;
}

json tally_json(const Tally& t) {
  return {{"eligible", t.eligible}, {"evaluations", t.evaluations}, {"conditions", t.conditions}, {"quota_scopes", t.quota_scopes},
          {"quota_base", t.quota_base}, {"quota_limit", t.quota_limit}};
}

}  // namespace

int main(int argc, char** argv) {
  std::map<std::string, std::string> a;
  for (int i = 1; i < argc; ++i) {
    std::string k = argv[i];
    if (k == "--check" || k == "--no-sql" || k == "--no-db" || k == "--keep-db") a[k.substr(2)] = "1";
    else if (k.rfind("--", 0) == 0 && i + 1 < argc) a[k.substr(2)] = argv[++i];
    else {
      std::cerr << "usage: thidua_eligibility --source DIR [--scale S] [--runs N] [--workdir DIR] [--pg CONNINFO] [--out FILE] [--check]\n";
      return 2;
    }
  }
  try {
    std::string source = a.count("source") ? a["source"] : THIDUA_SOURCE_DIR;
    double scale = a.count("scale") ? std::stod(a["scale"]) : 1.0;
    int runs = a.count("runs") ? std::stoi(a["runs"]) : 3;
    std::string workdir = a.count("workdir") ? a["workdir"] : "/tmp";
    std::ifstream f(source + "/data/commendation/catalogue.json");
    if (!f) throw std::runtime_error("cannot read " + source + "/data/commendation/catalogue.json");
    const cm::Catalogue cat = cm::Catalogue::from_json(json::parse(f));

    auto t0 = Clock::now();
    Nation n = generate(scale);
    Plan plan = make_plan(cat, n);
    double generate_ms = ms_since(t0);
    std::cerr << "eligibility: " << n.officers.size() << " officers, " << n.members.size() << " members, " << n.rec.units.size()
              << " units generated in " << std::lround(generate_ms) << " ms\n";
    // The machine's 1-minute load average (/proc/loadavg) as the runs start and as they end: the
    // figures are wall-clock on a shared machine.
    auto loadavg = []() -> json {
      std::ifstream f("/proc/loadavg");
      double one = 0;
      if (f >> one) return round3(one);
      return nullptr;
    };
    json load_at_start = loadavg();
    // As a server holds them (HeldYear: the records with their columns, built once per held year
    // and written again in place after a write, storage/held_records.h), the columns are built
    // before the evaluation — timed apart (eligibility_columns_ms), like the SQL's tables and
    // indexes loaded before its queries. Each run: a fresh Evaluator over them (no memos from
    // a run before), as a request right after a write has.
    std::vector<double> engine_runs, floor_runs, floor_maps_runs, columns_runs, engine_cpu_runs;
    const auto cpu_ms = process_cpu_ms;
    Tally engine;
    int64_t checksum = 0, maps_checksum = 0;
    for (int r = 0; r < runs; ++r) {
      auto t = Clock::now();
      maps_checksum += stream_once(n);
      floor_maps_runs.push_back(ms_since(t));
      n.rec.columns.reset();
      t = Clock::now();
      n.rec.columns = cm::build_columns(cat, n.rec, kYear - cat.look_back(), kYear);
      columns_runs.push_back(ms_since(t));
      t = Clock::now();
      checksum += stream_engine(n);
      floor_runs.push_back(ms_since(t));
      t = Clock::now();
      const double cpu0 = cpu_ms();
      engine = run_engine(cat, n.rec, plan);
      engine_runs.push_back(ms_since(t));
      engine_cpu_runs.push_back(cpu_ms() - cpu0);
      std::cerr << "eligibility: run " << r + 1 << ": engine over the held columns " << std::lround(engine_runs.back())
                << " ms (CPU " << std::lround(engine_cpu_runs.back()) << " ms), floor " << std::lround(floor_runs.back()) << " ms; columns built in "
                << std::lround(columns_runs.back()) << " ms; floor over the records' maps "
                << std::lround(floor_maps_runs.back()) << " ms\n";
    }
    double engine_ms = median(engine_runs), floor_ms = median(floor_runs), columns_ms = median(columns_runs),
           floor_maps_ms = median(floor_maps_runs);
    json out = {{"national_eligibility_ms", nullptr},  // the route's, from the database part (below)
                {"eligibility_engine_ms", round3(engine_ms)},
                {"eligibility_floor_ms", round3(floor_ms)},
                {"eligibility_vs_floor", nullptr},
                {"eligibility_engine_vs_floor", floor_ms > 0 ? json(round3(engine_ms / floor_ms)) : json(nullptr)},
                {"eligibility_columns_ms", round3(columns_ms)},
                {"eligibility_engine_cpu_ms", round3(median(engine_cpu_runs))},
                {"eligibility_floor_maps_ms", round3(floor_maps_ms)},
                {"eligibility_engine_with_columns_ms", round3(median([&] {
                   std::vector<double> v;
                   for (size_t i = 0; i < engine_runs.size(); ++i) v.push_back(engine_runs[i] + columns_runs[i]);
                   return v;
                 }()))},
                {"eligibility_request_sqlite_ms", nullptr},
                {"eligibility_request_postgres_ms", nullptr},
                {"eligibility_sql_sqlite_ms", nullptr},
                {"eligibility_sql_postgres_ms", nullptr},
                {"sql_sqlite_vs_request", nullptr},
                {"sql_postgres_vs_request", nullptr},
                {"sql_sqlite_vs_engine", nullptr},
                {"sql_postgres_vs_engine", nullptr},
                {"year", kYear},
                {"scale", scale},
                {"dataset", {{"officers", n.officers.size()}, {"members", n.members.size()}, {"provinces", n.provinces.size()},
                             {"communes", n.communes.size()}, {"teams", n.teams.size()}, {"history_years", kYear - kFirst + 1}}},
                {"engine", tally_json(engine)},
                {"runs", {{"engine_ms", engine_runs}, {"engine_cpu_ms", engine_cpu_runs}, {"floor_ms", floor_runs}, {"columns_ms", columns_runs},
                          {"floor_maps_ms", floor_maps_runs}}},
                {"floor_checksum", checksum},
                {"floor_maps_checksum", maps_checksum},
                {"summary",
                 {{"note",
                   "per database: request_ms is what GET /api/v1/eligibility runs (records held between requests, the "
                   "version read; national scope, every title), first_request_ms a server's first (the records read and "
                   "held), request_after_write_ms the one right after a write (read again); records_read_per_request_ms "
                   "the request before s10; engine_records_in_memory_ms the engine over the generated records and "
                   "their columns, built beforehand as a server holds them (eligibility_engine_ms; the build apart: "
                   "eligibility_columns_ms), not a request"}}}};
    std::vector<std::string> route_codes;  // every title of the plan, one national list each
    for (const char* level : {"individual", "member", "collective", "team"})
      for (const cm::Entry* e : entries_for(cat, level)) route_codes.push_back(e->code);
    bool mismatch = false;
    auto agree = [&](const Tally& got, const std::string& what) {
      if (got == engine) return;
      mismatch = true;
      std::cerr << "eligibility: " << what << " disagrees with the engine over the generated records:\n  engine "
                << tally_json(engine).dump() << "\n  " << what << " " << tally_json(got).dump() << "\n";
    };
    // One database: the product's tables loaded (untimed), what a request runs over them timed
    // (--runs), then the SQL's tables loaded into the same database (untimed) and its queries
    // timed (up to 2 runs).
    auto db_part = [&](st::Database& db, Sql* sql, const std::string& name) {
      auto t = Clock::now();
      const ProductIds ids = load_product(db, n);
      out["runs"]["product_" + name + "_load_ms"] = round3(ms_since(t));
      std::cerr << "eligibility: " << name << ": the product's tables loaded in " << std::lround(ms_since(t)) << " ms\n";
      // Per run, in the same minutes: the request as before (the records read from the database,
      // "fresh"); a server's first request (a new HeldRecords: the records read and held, "cold");
      // two requests after it (held, warm: the version read only); a write, then the request right
      // after it (the records read again).
      std::vector<double> fresh_runs, fresh_read, fresh_eval, cold_runs, cold_build, warm_runs, warm_eval, after_runs,
          after_build;
      std::vector<double> route_first, route_warm, route_max, route_after, route_after_get, route_page_warm, route_page_max,
          route_national, route_national_cpu, route_national_first;
      size_t route_bytes = 0, route_page_bytes = 0;
      for (int r = 0; r < runs; ++r) {
        t = Clock::now();
        Request req = run_request(db, cat, plan, ids);
        fresh_runs.push_back(ms_since(t));
        fresh_read.push_back(req.read_ms);
        fresh_eval.push_back(req.engine_ms);
        agree(req.tally, "the request reading the records on " + name);
        st::HeldRecords held(cat, cat.look_back());  // as the server holds (api::held_records)
        t = Clock::now();
        req = run_held(db, held, cat, plan, ids);
        cold_runs.push_back(ms_since(t));
        cold_build.push_back(req.read_ms);
        agree(req.tally, "the first request (held records built) on " + name);
        for (int w = 0; w < 2; ++w) {
          t = Clock::now();
          req = run_held(db, held, cat, plan, ids);
          warm_runs.push_back(ms_since(t));
          warm_eval.push_back(req.engine_ms);
          agree(req.tally, "the request over held records on " + name);
        }
        // national_eligibility_ms: what the server's requests run to answer every title over the
        // nation from records it holds but has not evaluated yet (a server after its first read, or
        // after a write: the answers go with the old version) — each title's first page of 100 at
        // the Ministry's scope through the route's own function; the first title of each level
        // evaluates all the level's titles over the scope in one pass (their quotas per unit
        // included) and keeps them, the others are answered from what it kept.
        {
          auto route_held = thidua::api::held_records(thidua::api::commendation_data());
          auto year = held_year(db, *route_held);  // untimed: eligibility_request_*_build_ms
          // A year just read (a server's first requests, or the first after a write of the
          // registry): nothing worked out yet, the scope's rows and lists included.
          const auto [first_ms, first_cpu] = national_pass(db, *year, route_codes, ids.root);
          route_national_first.push_back(first_ms);
          // As a write of the records leaves the year (HeldRecords' update): its answers and
          // engines dropped, what it keeps of its registry (HeldYear::lasting) kept — the headline.
          const auto [ms, cpu] = national_pass(db, *year, route_codes, ids.root);
          route_national.push_back(ms);
          route_national_cpu.push_back(cpu);
          std::cerr << "eligibility: " << name << " run " << r + 1 << ": every title over the nation through the route, "
                    << "from held records not yet evaluated: " << std::lround(route_national.back()) << " ms (CPU "
                    << std::lround(route_national_cpu.back()) << " ms); over a year just read (nothing kept yet) "
                    << std::lround(route_national_first.back()) << " ms\n";
        }
        // The route's own function, each title's national list (a new server's HeldRecords: the
        // first title's request reads the record), twice warm, then after a write.
        auto route_held = thidua::api::held_records(thidua::api::commendation_data());
        RouteRun rr = run_route(db, *route_held, route_codes, ids.root, r == 0);
        route_first.push_back(rr.ms);
        if (r == 0) {
          for (const auto& [code, k] : engine.eligible)
            if (!rr.eligible.count(code) || rr.eligible[code] != k) {
              mismatch = true;
              std::cerr << "eligibility: the route's national list of " << code << " on " << name << " counts "
                        << (rr.eligible.count(code) ? rr.eligible[code] : -1) << " eligible, the engine " << k << "\n";
            }
        }
        for (int w = 0; w < 2; ++w) {
          rr = run_route(db, *route_held, route_codes, ids.root, false);
          route_warm.push_back(rr.ms);
          route_max.push_back(rr.max_ms);
          route_bytes = rr.bytes;
          // What the screen asks (limit=100): a page of 100 (the scope's evaluated answers,
          // counts and quotas kept by the held year since the first pass; sentences and JSON for the
          // page only), a different page of each list each pass (rotating_offset).
          thidua::api::EligibilityView page;
          page.limit = 100;
          RouteRun pr = run_route(db, *route_held, route_codes, ids.root, false, page, 1 + 2 * r + w, &rr.totals);
          route_page_warm.push_back(pr.ms);
          route_page_max.push_back(pr.max_ms);
          route_page_bytes = pr.bytes;
        }
        write_one(db, n, ids);
        t = Clock::now();
        req = run_held(db, held, cat, plan, ids);
        after_runs.push_back(ms_since(t));
        after_build.push_back(held.stats().last_update_ms);
        agree(req.tally, "the request after a write on " + name);
        if (held.stats().builds != 1 || held.stats().updates != 1)
          throw std::runtime_error("the held records were not brought up to date from the write alone");
        write_one(db, n, ids);
        rr = run_route(db, *route_held, route_codes, ids.root, false);
        route_after.push_back(rr.ms);
        route_after_get.push_back(rr.get_ms);
        std::cerr << "eligibility: " << name << " run " << r + 1 << ": route, " << rr.requests << " national lists ("
                  << (route_bytes >> 20) << " MB of JSON): first " << std::lround(route_first.back()) << " ms, warm "
                  << std::lround(route_warm[route_warm.size() - 2]) << ", " << std::lround(route_warm.back())
                  << " ms (slowest list " << std::lround(route_max.back()) << " ms), after a write "
                  << std::lround(route_after.back()) << " ms (its update " << std::lround(route_after_get.back()) << " ms); "
                  << "a page of 100 (limit=100; the default is the whole list): " << std::lround(route_page_warm[route_page_warm.size() - 2]) << ", "
                  << std::lround(route_page_warm.back()) << " ms (" << (route_page_bytes >> 10) << " kB)\n";
        std::cerr << "eligibility: " << name << " run " << r + 1 << ": records read per request " << std::lround(fresh_runs.back())
                  << " ms (storage " << std::lround(fresh_read.back()) << ", engine " << std::lround(fresh_eval.back())
                  << "); held: first " << std::lround(cold_runs.back()) << " ms (build " << std::lround(cold_build.back())
                  << "), warm " << std::lround(warm_runs[warm_runs.size() - 2]) << ", " << std::lround(warm_runs.back())
                  << " ms (engine " << std::lround(warm_eval.back()) << "), after a write " << std::lround(after_runs.back())
                  << " ms (build " << std::lround(after_build.back()) << ")\n";
      }
      if (a.count("profile-warm")) {  // --profile-warm N: N more warm requests alone (for perf), not reported
        st::HeldRecords held(cat, cat.look_back());  // as the server holds (api::held_records)
        run_held(db, held, cat, plan, ids);
        t = Clock::now();
        for (int w = std::stoi(a["profile-warm"]); w > 0; --w) run_held(db, held, cat, plan, ids);
        std::cerr << "eligibility: " << name << " profile-warm: " << std::lround(ms_since(t)) << " ms\n";
      }
      if (a.count("profile-national")) {  // --profile-national N: N more national passes (for perf), not reported
        auto route_held = thidua::api::held_records(thidua::api::commendation_data());
        auto year = held_year(db, *route_held);
        t = Clock::now();
        std::vector<double> ms, cpu;
        for (int w = std::max(2, std::stoi(a["profile-national"])); w > 0; --w) {  // the first, then at least one more
          const auto [m, c] = national_pass(db, *year, route_codes, ids.root);
          ms.push_back(m);
          cpu.push_back(c);
        }
        std::cerr << "eligibility: " << name << " profile-national: " << std::lround(ms_since(t)) << " ms; a pass: first "
                  << std::lround(ms.front()) << " ms, then min " << *std::min_element(ms.begin() + 1, ms.end()) << " median "
                  << median(std::vector<double>(ms.begin() + 1, ms.end())) << " ms (CPU min "
                  << *std::min_element(cpu.begin() + 1, cpu.end()) << " median "
                  << median(std::vector<double>(cpu.begin() + 1, cpu.end())) << ")\n";
      }
      if (a.count("dump-national")) {  // --dump-national FILE: every title's bodies at the Ministry's scope (a check that a change keeps them byte for byte)
        auto route_held = thidua::api::held_records(thidua::api::commendation_data());
        auto year = held_year(db, *route_held);
        std::ofstream out(a["dump-national"] + "." + name, std::ios::binary);
        const auto& data = thidua::api::commendation_data();
        thidua::api::EligibilityView page, not_eligible, whole;
        page.limit = 100;
        not_eligible.limit = 100;
        not_eligible.offset = 7;
        not_eligible.filter = thidua::api::EligibilityView::kNotEligible;
        for (int pass = 0; pass < 2; ++pass) {  // the first from a year just built, the second from its kept answers
          for (const auto* view : {&page, &not_eligible, &whole})
            for (const std::string& code : route_codes) {
              auto tx = db.begin(st::TxMode::kRead);
              out << code << "\n" << thidua::api::eligibility_body(*tx, data, *year, code, ids.root, *view) << "\n";
            }
          for (const std::string& code : route_codes) {  // a province's scope (the second unit of the tree)
            auto tx = db.begin(st::TxMode::kRead);
            out << code << " province\n" << thidua::api::eligibility_body(*tx, data, *year, code, ids.unit[1], page) << "\n";
          }
        }
        year->drop_answers();
        for (const std::string& code : route_codes) {
          auto tx = db.begin(st::TxMode::kRead);
          out << code << " after drop\n" << thidua::api::eligibility_body(*tx, data, *year, code, ids.root, page) << "\n";
        }
        std::cerr << "eligibility: " << name << " dumped the national bodies to " << a["dump-national"] << "." << name << "\n";
      }
      if (a.count("profile-route")) {  // --profile-route N: N more warm passes of the route over every title (for perf)
        auto route_held = thidua::api::held_records(thidua::api::commendation_data());
        run_route(db, *route_held, route_codes, ids.root, false);
        t = Clock::now();
        for (int w = std::stoi(a["profile-route"]); w > 0; --w) run_route(db, *route_held, route_codes, ids.root, false);
        std::cerr << "eligibility: " << name << " profile-route: " << std::lround(ms_since(t)) << " ms\n";
      }
      const double req_ms = median(warm_runs), cold_ms = median(cold_runs), after_ms = median(after_runs),
                   fresh_ms = median(fresh_runs);
      out["eligibility_request_" + name + "_ms"] = round3(req_ms);
      out["eligibility_request_" + name + "_engine_ms"] = round3(median(warm_eval));
      out["eligibility_request_" + name + "_first_ms"] = round3(cold_ms);
      out["eligibility_request_" + name + "_build_ms"] = round3(median(cold_build));
      out["eligibility_request_" + name + "_after_write_ms"] = round3(after_ms);
      out["eligibility_fresh_" + name + "_ms"] = round3(fresh_ms);
      const double national_ms = median(route_national);
      out["eligibility_route_national_" + name + "_ms"] = round3(national_ms);
      out["eligibility_route_national_" + name + "_cpu_ms"] = round3(median(route_national_cpu));
      out["runs"]["route_national_" + name + "_ms"] = route_national;
      out["runs"]["route_national_" + name + "_cpu_ms"] = route_national_cpu;
      out["eligibility_route_national_" + name + "_first_pass_ms"] = round3(median(route_national_first));
      out["runs"]["route_national_" + name + "_first_pass_ms"] = route_national_first;
      if (name == "sqlite" || out["national_eligibility_ms"].is_null()) {
        out["national_eligibility_ms"] = round3(national_ms);
        out["national_eligibility_cpu_ms"] = round3(median(route_national_cpu));
        out["national_eligibility_on"] = name;
        out["eligibility_vs_floor"] = floor_ms > 0 ? json(round3(national_ms / floor_ms)) : json(nullptr);
      }
      const double route_ms = median(route_warm);
      out["eligibility_route_" + name + "_ms"] = round3(route_ms);
      out["eligibility_route_" + name + "_slowest_list_ms"] = round3(median(route_max));
      out["eligibility_route_" + name + "_first_ms"] = round3(median(route_first));
      out["eligibility_route_" + name + "_after_write_ms"] = round3(median(route_after));
      out["eligibility_route_" + name + "_bytes"] = route_bytes;
      const double route_page_ms = median(route_page_warm);
      out["eligibility_route_page_" + name + "_ms"] = round3(route_page_ms);
      out["eligibility_route_page_" + name + "_slowest_list_ms"] = round3(median(route_page_max));
      out["eligibility_route_page_" + name + "_bytes"] = route_page_bytes;
      out["runs"]["route_page_" + name + "_ms"] = route_page_warm;
      out["eligibility_route_requests"] = route_codes.size();
      out["runs"]["route_" + name + "_ms"] = route_warm;
      out["runs"]["route_" + name + "_slowest_list_ms"] = route_max;
      out["runs"]["route_" + name + "_first_ms"] = route_first;
      out["runs"]["route_" + name + "_after_write_ms"] = route_after;
      out["runs"]["route_" + name + "_after_write_update_ms"] = route_after_get;
      out["eligibility_fresh_" + name + "_read_ms"] = round3(median(fresh_read));
      out["eligibility_fresh_" + name + "_engine_ms"] = round3(median(fresh_eval));
      out["runs"]["request_" + name + "_ms"] = warm_runs;
      out["runs"]["request_" + name + "_engine_ms"] = warm_eval;
      out["runs"]["request_" + name + "_first_ms"] = cold_runs;
      out["runs"]["request_" + name + "_build_ms"] = cold_build;
      out["runs"]["request_" + name + "_after_write_ms"] = after_runs;
      out["runs"]["request_" + name + "_after_write_build_ms"] = after_build;
      out["runs"]["fresh_" + name + "_ms"] = fresh_runs;
      out["runs"]["fresh_" + name + "_read_ms"] = fresh_read;
      out["runs"]["fresh_" + name + "_engine_ms"] = fresh_eval;
      if (!sql) return;
      t = Clock::now();
      load(*sql, cat, n);
      double load_ms = ms_since(t);
      std::vector<double> sql_runs;
      Tally got;
      const int sql_runs_n = runs;  // as many as the request's, the median taken alike (a cold first run counts the same)
      for (int r = 0; r < sql_runs_n; ++r) {
        t = Clock::now();
        got = run_sql(*sql, cat, plan);
        sql_runs.push_back(ms_since(t));
        std::cerr << "eligibility: " << name << " SQL run " << r + 1 << ": " << std::lround(sql_runs.back()) << " ms\n";
      }
      double ms = median(sql_runs);
      out["eligibility_sql_" + name + "_ms"] = round3(ms);
      auto ratio = [&](double d) { return d > 0 ? json(round3(ms / d)) : json(nullptr); };
      out["sql_" + name + "_vs_request"] = ratio(req_ms);
      out["sql_" + name + "_vs_first_request"] = ratio(cold_ms);
      out["sql_" + name + "_vs_request_after_write"] = ratio(after_ms);
      out["sql_" + name + "_vs_fresh"] = ratio(fresh_ms);
      out["sql_" + name + "_vs_route"] = ratio(route_ms);
      out["sql_" + name + "_vs_route_page"] = ratio(route_page_ms);
      out["sql_" + name + "_vs_national"] = ratio(national_ms);
      out["summary"][name] = {{"sql_ms", round3(ms)},
                              {"request_ms", round3(req_ms)},
                              {"request_engine_ms", round3(median(warm_eval))},
                              {"first_request_ms", round3(cold_ms)},
                              {"request_after_write_ms", round3(after_ms)},
                              {"records_read_per_request_ms", round3(fresh_ms)},
                              {"national_through_route_ms", round3(national_ms)},
                              {"sql_vs_national_through_route", ratio(national_ms)},
                              {"engine_records_in_memory_ms", round3(engine_ms)},
                              {"route_all_titles_ms", round3(route_ms)},
                              {"sql_vs_route_all_titles", ratio(route_ms)},
                              {"route_page_all_titles_ms", round3(route_page_ms)},
                              {"sql_vs_route_page_all_titles", ratio(route_page_ms)},
                              {"sql_vs_request", ratio(req_ms)},
                              {"sql_vs_first_request", ratio(cold_ms)},
                              {"sql_vs_request_after_write", ratio(after_ms)},
                              {"sql_vs_records_read_per_request", ratio(fresh_ms)},
                              {"sql_vs_engine_records_in_memory", ratio(engine_ms)}};
      out["sql_" + name + "_vs_engine"] = engine_ms > 0 ? json(round3(ms / engine_ms)) : json(nullptr);
      out["runs"]["sql_" + name + "_ms"] = sql_runs;
      out["runs"]["sql_" + name + "_load_ms"] = round3(load_ms);
      out["sql_" + name] = tally_json(got);
      agree(got, name + "'s SQL");
    };
    if (!a.count("no-db")) {
      const std::string path = workdir + "/eligibility.sqlite";
      for (const char* ext : {"", "-wal", "-shm"}) std::remove((path + ext).c_str());
      {
        auto db = st::open_database("sqlite:" + path, 2);
        std::unique_ptr<Lite> lite;
        if (!a.count("no-sql")) lite = std::make_unique<Lite>(path);
        db_part(*db, lite.get(), "sqlite");
      }
      if (!a.count("keep-db"))  // --keep-db: left for a look (sqlite3 PATH)
        for (const char* ext : {"", "-wal", "-shm"}) std::remove((path + ext).c_str());
    }
    if (a.count("pg") && !a["pg"].empty() && !a.count("no-db")) {
      // A database of its own on the server given: the product's tables in it, the SQL's beside
      // them (schema elig); dropped at the end.
      const std::string base = a["pg"], name = "thidua_eligibility_bench";
      const size_t slash = base.rfind('/');
      if (slash == std::string::npos || base.find('?') != std::string::npos)
        throw std::runtime_error("--pg: a postgresql://…/DB URL without parameters");
      const std::string url = base.substr(0, slash + 1) + name;
      auto admin = [&](const std::string& sql) {
        PGconn* c = PQconnectdb(base.c_str());
        PGresult* r = PQexec(c, sql.c_str());
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        std::string err = PQerrorMessage(c);
        PQclear(r);
        PQfinish(c);
        if (!ok) throw std::runtime_error("pg: " + err);
      };
      admin("DROP DATABASE IF EXISTS " + name);
      admin("CREATE DATABASE " + name);
      {
        auto db = st::open_database(url, 2);
        std::unique_ptr<Pg> pg;
        if (!a.count("no-sql")) pg = std::make_unique<Pg>(url);
        db_part(*db, pg.get(), "postgres");
      }
      admin("DROP DATABASE IF EXISTS " + name);
    }
    out["sql_agrees_with_engine"] = !mismatch;
    out["load_average_1min"] = {{"start", load_at_start}, {"end", loadavg()}};
    if (a.count("check")) {  // the smoke: a run that evaluated nothing, or found nobody eligible, is broken
      int64_t eligible = 0;
      for (const auto& [code, k] : engine.eligible) eligible += k;
      if (engine.evaluations == 0 || eligible == 0 || eligible == engine.evaluations || engine.quota_scopes == 0) {
        std::cerr << "eligibility: check failed: " << tally_json(engine).dump() << "\n";
        mismatch = true;
      }
    }
    if (a.count("out")) {
      json all = json::object();
      std::ifstream in(a["out"]);
      if (in) all = json::parse(in, nullptr, false);
      if (!all.is_object()) all = json::object();
      all["eligibility"] = out;
      std::ofstream(a["out"]) << all.dump(2) << "\n";
    }
    std::cout << out.dump(1) << "\n";
    return mismatch ? 1 : 0;
  } catch (const std::exception& e) {
    std::cerr << "eligibility: " << e.what() << "\n";
    return 1;
  }
}
