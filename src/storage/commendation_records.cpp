#include "storage/commendation_records.h"

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>

#include "core/error.h"
#include "storage/data_versions.h"
#include "storage/registry.h"
#include "storage/row_reader.h"
#include "storage/row_stream.h"

namespace thidua::storage {

using nlohmann::json;

namespace {

Date date_of(const std::string& s) {
  auto d = Date::parse_iso(s);
  return d ? *d : Date();
}

const char* kDecisionCols =
    "d.id AS d_id, d.issuer_unit_id, d.issuer, d.issuer_name, d.year AS d_year, d.number, d.date AS d_date, d.signer, "
    "d.signer_position, d.base_salary, d.proposal_id";

Decision read_decision(const RowRef& r) {
  Decision d;
  read_columns<Decision>(r, d,
                         {{"d_id", &Decision::id},
                          {"issuer_unit_id", &Decision::issuer_unit_id},
                          {"issuer", &Decision::issuer},
                          {"issuer_name", &Decision::issuer_name},
                          {"d_year", &Decision::year},
                          {"number", &Decision::number},
                          {"d_date", &Decision::date},
                          {"signer", &Decision::signer},
                          {"signer_position", &Decision::signer_position},
                          {"base_salary", &Decision::base_salary},
                          {"proposal_id", &Decision::proposal_id}});
  return d;
}

const std::string kAwardSelect =
    std::string("SELECT a.id, a.subject_kind, a.subject_id, a.unit_id, un.name AS unit_name, a.code, a.name, a.year, "
                "a.cash_multiple, a.cash_vnd, a.revoked, a.revoke_reason, a.revoke_document, a.revoked_on, a.flag, a.method, "
                "CASE WHEN a.subject_kind = 'person' THEN (SELECT full_name FROM persons WHERE id = a.subject_id) "
                "ELSE (SELECT name FROM units WHERE id = a.subject_id) END AS subject_name, ") +
    kDecisionCols + " FROM comm_awards a JOIN units un ON un.id = a.unit_id LEFT JOIN comm_decisions d ON d.id = a.decision_id ";

Award read_award(const RowRef& r) {
  Award a;
  read_columns<Award>(r, a,
                      {{"id", &Award::id},
                       {"subject_kind", &Award::subject_kind},
                       {"subject_id", &Award::subject_id},
                       {"subject_name", &Award::subject_name},
                       {"unit_id", &Award::unit_id},
                       {"unit_name", &Award::unit_name},
                       {"code", &Award::code},
                       {"name", &Award::name},
                       {"year", &Award::year},
                       {"cash_multiple", &Award::cash_multiple},
                       {"cash_vnd", &Award::cash_vnd},
                       {"revoked", &Award::revoked},
                       {"revoke_reason", &Award::revoke_reason},
                       {"revoke_document", &Award::revoke_document},
                       {"revoked_on", &Award::revoked_on},
                       {"flag", &Award::flag},
                       {"method", &Award::method}});
  if (!r.is_null("d_id")) a.decision = read_decision(r);
  return a;
}

}  // namespace

void note_commendation(Tx& tx, const std::string& kind, int64_t id) {
  if (kind != "person" && kind != "unit") return touch_commendation(tx);
  tx.touch(kCommendationNoted);
  tx.defer("INSERT INTO comm_changes (version, subject_kind, subject_id) VALUES (NULL, $1, $2)", {kind, id});
}

std::optional<std::vector<CommendationSubject>> commendation_changes(Tx& tx, int64_t from, int64_t to) {
  std::vector<CommendationSubject> out;
  std::vector<int64_t> versions;
  bool whole = false;
  query_each(tx, "SELECT version, subject_kind, subject_id FROM comm_changes WHERE version > $1 AND version <= $2",
             {from, to}, [&](const RowView& r) {
               versions.push_back(r.i64(0));
               if (r.text(1) == "all") whole = true;
               else out.push_back({r.text(1) == "unit", r.i64(2)});
             });
  std::sort(versions.begin(), versions.end());
  versions.erase(std::unique(versions.begin(), versions.end()), versions.end());
  if (whole || static_cast<int64_t>(versions.size()) != to - from) return std::nullopt;
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

int64_t CommendationRecords::put_evaluation(const NewEvaluation& e, const std::string& username) {
  note_commendation(tx_, e.subject_kind, e.subject_id);  // the eligibility engine reads it (held records)
  return tx_.query_id(
      "INSERT INTO comm_evaluations (subject_kind, subject_id, unit_id, year, level, duties_done, duties_total, "
      "under_complaint, note, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) "
      "ON CONFLICT (subject_kind, subject_id, year) DO UPDATE SET level = excluded.level, unit_id = excluded.unit_id, "
      "duties_done = excluded.duties_done, duties_total = excluded.duties_total, under_complaint = "
      "excluded.under_complaint, note = excluded.note, created_by = excluded.created_by, created_at = excluded.created_at "
      "RETURNING id",
      {e.subject_kind, e.subject_id, e.unit_id, int64_t{e.year}, e.level, opt_param(e.duties_done), opt_param(e.duties_total),
       int64_t{e.under_complaint ? 1 : 0}, opt_param(e.note), username, now_iso()});
}

int64_t CommendationRecords::add_initiative(const NewInitiative& i, const std::string& username) {
  note_commendation(tx_, "person", i.person_id);  // the eligibility engine reads it (held records)
  return tx_.query_id(
      "INSERT INTO comm_initiatives (person_id, unit_id, name, scope, recognised_on, recognised_by, created_by, "
      "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
      {i.person_id, i.unit_id, i.name, i.scope, i.recognised_on.iso(), i.recognised_by, username, now_iso()});
}

int64_t CommendationRecords::add_discipline(const NewDiscipline& d, const std::string& username) {
  note_commendation(tx_, d.subject_kind, d.subject_id);  // the eligibility engine reads it (held records)
  return tx_.query_id(
      "INSERT INTO comm_discipline (subject_kind, subject_id, unit_id, form, date, term_months, under_review, reason, "
      "created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
      {d.subject_kind, d.subject_id, d.unit_id, d.form, d.date.iso(), int64_t{d.term_months},
       int64_t{d.under_review ? 1 : 0}, d.reason, username, now_iso()});
}

void CommendationRecords::put_service(int64_t person_id, const std::optional<std::string>& sex, Date from,
                                      int hardship_years) {
  note_commendation(tx_, "person", person_id);
  tx_.query(
      "INSERT INTO comm_service (person_id, sex, service_from, hardship_years, updated_at) VALUES ($1, $2, $3, $4, $5) "
      "ON CONFLICT (person_id) DO UPDATE SET sex = excluded.sex, service_from = excluded.service_from, "
      "hardship_years = excluded.hardship_years, updated_at = excluded.updated_at",
      {person_id, opt_param(sex), from.iso(), int64_t{hardship_years}, now_iso()});
}

std::optional<Service> CommendationRecords::service_of(int64_t person_id) {
  auto rows = tx_.query("SELECT sex, service_from, hardship_years FROM comm_service WHERE person_id = $1", {person_id});
  if (rows.empty()) return std::nullopt;
  Service s;
  read_columns<Service>(RowRef(rows, 0), s,
                        {{"sex", &Service::sex}, {"service_from", &Service::from}, {"hardship_years", &Service::hardship_years}});
  return s;
}

Decision CommendationRecords::add_decision(const Decision& d, const std::string& username) {
  auto same = tx_.query(
      "SELECT id FROM comm_decisions WHERE issuer_unit_id = $1 AND issuer = $2 AND year = $3 AND number = $4",
      {d.issuer_unit_id, d.issuer, int64_t{d.year}, d.number});
  if (!same.empty())
    throw Error::Conflict("Số quyết định " + d.number + " đã được " + d.issuer_name + " dùng trong năm " +
                          std::to_string(d.year));
  Decision out = d;
  out.id = tx_.query_id(
      "INSERT INTO comm_decisions (issuer_unit_id, issuer, issuer_name, year, number, date, signer, signer_position, "
      "base_salary, proposal_id, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) "
      "RETURNING id",
      {d.issuer_unit_id, d.issuer, d.issuer_name, int64_t{d.year}, d.number, d.date.iso(), d.signer, d.signer_position,
       d.base_salary, opt_param(d.proposal_id), username, now_iso()});
  return out;
}

std::optional<Decision> CommendationRecords::find_decision(int64_t id) {
  auto r = tx_.query(std::string("SELECT ") + kDecisionCols + " FROM comm_decisions d WHERE d.id = $1", {id});
  if (r.empty()) return std::nullopt;
  return read_decision(RowRef(r, 0));
}

int64_t CommendationRecords::add_award(const NewAward& a, const std::string& username) {
  auto same = tx_.query(
      "SELECT id FROM comm_awards WHERE subject_kind = $1 AND subject_id = $2 AND code = $3 AND year = $4 AND revoked = 0",
      {a.subject_kind, a.subject_id, a.code, int64_t{a.year}});
  if (!same.empty()) throw Error::Conflict("\"" + a.name + "\" năm " + std::to_string(a.year) + " đã được tặng cho đối tượng này");
  note_commendation(tx_, a.subject_kind, a.subject_id);
  return tx_.query_id(
      "INSERT INTO comm_awards (subject_kind, subject_id, unit_id, code, name, year, decision_id, proposal_item_id, "
      "cash_multiple, cash_vnd, catalogue_version, created_by, created_at, method) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
      "$10, $11, $12, $13, $14) RETURNING id",
      {a.subject_kind, a.subject_id, a.unit_id, a.code, a.name, int64_t{a.year}, opt_param(a.decision_id),
       opt_param(a.proposal_item_id), a.cash_multiple, a.cash_vnd, int64_t{a.catalogue_version}, username, now_iso(),
       opt_param(a.method)});
}

std::optional<Award> CommendationRecords::find_award(int64_t id) {
  auto r = tx_.query(kAwardSelect + "WHERE a.id = $1", {id});
  if (r.empty()) return std::nullopt;
  return read_award(RowRef(r, 0));
}

std::vector<Award> CommendationRecords::awards_of_subject(const std::string& kind, int64_t id) {
  auto r = tx_.query(kAwardSelect + "WHERE a.subject_kind = $1 AND a.subject_id = $2 ORDER BY a.year, a.id", {kind, id});
  std::vector<Award> out;
  for (size_t i = 0; i < r.size(); ++i) out.push_back(read_award(RowRef(r, i)));
  return out;
}

void CommendationRecords::revoke(int64_t award_id, const std::string& reason, const std::optional<std::string>& document,
                                 Date on) {
  auto r = tx_.query(
      "UPDATE comm_awards SET revoked = 1, revoke_reason = $2, revoke_document = $3, revoked_on = $4 WHERE id = $1 AND "
      "revoked = 0",
      {award_id, reason, opt_param(document), on.iso()});
  if (r.affected == 0) throw Error::Conflict("Khen thưởng này đã bị thu hồi hoặc không còn");
  // a revoked title no longer counts in its subject's record
  auto who = tx_.query("SELECT subject_kind, subject_id FROM comm_awards WHERE id = $1", {award_id});
  if (who.empty() || !who.rows[0][0] || !who.rows[0][1]) touch_commendation(tx_);
  else note_commendation(tx_, *who.rows[0][0], std::stoll(*who.rows[0][1]));
}

void CommendationRecords::flag(int64_t award_id, const std::string& why) {
  tx_.query("UPDATE comm_awards SET flag = $2 WHERE id = $1", {award_id, why});
}

int CommendationRecords::count_awards(const std::string& code, int year, int64_t scope_unit) {
  return static_cast<int>(tx_.query_id(UnitRepository::scope_cte(1) +
                                           "SELECT COUNT(*) FROM comm_awards WHERE code = $2 AND year = $3 AND revoked = 0 "
                                           "AND unit_id IN (SELECT id FROM scope)",
                                       {scope_unit, code, int64_t{year}}));
}

std::vector<AwardCount> CommendationRecords::award_counts(int64_t scope_unit, int from, int to) {
  auto r = tx_.query(UnitRepository::scope_cte(1) +
                         "SELECT unit_id, year, code, COUNT(*) AS n FROM comm_awards WHERE revoked = 0 AND year BETWEEN $2 AND $3 "
                         "AND unit_id IN (SELECT id FROM scope) GROUP BY unit_id, year, code ORDER BY year, unit_id, code",
                     {scope_unit, int64_t{from}, int64_t{to}});
  std::vector<AwardCount> out;
  for (size_t i = 0; i < r.size(); ++i) {
    AwardCount c;
    read_columns<AwardCount>(RowRef(r, i), c,
                             {{"unit_id", &AwardCount::unit_id}, {"year", &AwardCount::year}, {"code", &AwardCount::code}, {"n", &AwardCount::count}});
    out.push_back(std::move(c));
  }
  return out;
}

namespace {
// The scope of `unit_id` as the CTE `scope` of $1 (UnitRepository::scope_cte); 0: every unit.
std::string scope_of(int64_t unit_id) {
  return unit_id ? UnitRepository::scope_cte(1) : "WITH scope(id) AS (SELECT id FROM units WHERE CAST($1 AS BIGINT) = 0) ";
}
}  // namespace

std::vector<Subject> CommendationRecords::subject_rows(int64_t unit_id, int year, bool people) {
  std::string cte = scope_of(unit_id);
  std::vector<Subject> out;
  std::string start = Date::from_ymd(year, 1, 1)->iso(), end = Date::from_ymd(year, 12, 31)->iso();
  auto text = [](const RowView& r, size_t c) { return std::string(r.text(c)); };
  if (people) {
    query_each(tx_, cte +
                        "SELECT p.person_id, pe.full_name, pe.kind AS person_kind, p.unit_id, u.name AS unit_name, u.kind AS "
                        "unit_kind, p.date_from FROM postings p JOIN persons pe ON pe.id = p.person_id JOIN units u ON "
                        "u.id = p.unit_id WHERE p.unit_id IN (SELECT id FROM scope) AND p.date_from <= $3 AND "
                        "(p.date_to IS NULL OR p.date_to >= $2) ORDER BY pe.name_sort, pe.id, p.date_from",
               {unit_id, start, end}, [&](const RowView& r) {
                 out.push_back({"person", r.i64(0), r.i64(3), text(r, 1), text(r, 4), text(r, 5), text(r, 2)});
               });
  } else {
    query_each(tx_, cte +
                        "SELECT u.id, u.name, u.kind FROM units u WHERE u.id IN (SELECT id FROM scope) AND u.valid_from "
                        "<= $3 AND (u.valid_to IS NULL OR u.valid_to >= $2) ORDER BY u.name_sort, u.id",
               {unit_id, start, end}, [&](const RowView& r) {
                 out.push_back({"unit", r.i64(0), r.i64(0), text(r, 1), text(r, 1), text(r, 2), ""});
               });
  }
  return out;
}

std::vector<Subject> CommendationRecords::subjects(int64_t unit_id, int year, bool people) {
  std::vector<Subject> out;
  for (Subject& s : subject_rows(unit_id, year, people)) {
    // A person's rows come together, by date: the last one in scope says where the person was.
    if (people && !out.empty() && out.back().id == s.id) out.back() = std::move(s);
    else out.push_back(std::move(s));
  }
  return out;
}

std::vector<UnitLink> CommendationRecords::unit_links() {
  std::vector<UnitLink> out;
  query_each(tx_, "SELECT id, parent_id, successor_id FROM units", {}, [&](const RowView& r) {
    out.push_back({r.i64(0), r.is_null(1) ? 0 : r.i64(1), r.is_null(2) ? 0 : r.i64(2)});
  });
  return out;
}

std::vector<AwardCount> CommendationRecords::award_counts_of_year(int year) {
  std::vector<AwardCount> out;
  query_each(tx_, "SELECT unit_id, code, COUNT(*) FROM comm_awards WHERE revoked = 0 AND year = $1 GROUP BY unit_id, code",
             {int64_t{year}}, [&](const RowView& r) {
               out.push_back({r.i64(0), year, std::string(r.text(1)), static_cast<int>(r.i64(2))});
             });
  return out;
}

namespace {
// The statements of read_facts: each selects the columns its loop reads, of the subjects wanted.
struct FactQueries {
  std::string evaluations, awards, discipline, initiatives, service, group_votes;
  Params with_year, plain;  // of the first two, of the others
};

// A record's facts beyond its postings — classifications, titles, discipline, initiatives,
// service, group votes — from the rows of `q`, onto the records `subject` finds (rows of anyone it
// does not find are dropped); `cols`: the engine's columns written with them.
template <class SubjectFn>
void read_facts(Tx& tx, const FactQueries& q, SubjectFn&& subject, commendation::ColumnsBuilder* cols) {
  using Found = commendation::ColumnsBuilder::Found;
  auto text = [](const RowView& r, size_t c) { return std::string(r.text(c)); };
  auto day = [](const RowView& r, size_t c) {
    auto d = Date::parse_iso(r.text(c));
    return d ? *d : Date();
  };
  query_each(tx, q.evaluations, q.with_year, [&](const RowView& r) {
               const Found f = subject(r.text(0) == "person", r.i64(1));
               if (!f) return;
               const int y = static_cast<int>(r.i64(2));
               std::string& level = f.record->classification[y];
               level.assign(r.text(3));
               if (cols) cols->level(f, y, level);
               if (!r.is_null(5) || r.i64(6)) {
                 const commendation::TeamYear& t = f.record->team_years[y] = {
                     static_cast<int>(r.i64(4)), r.is_null(5) ? 6 : static_cast<int>(r.i64(5)), r.i64(6) != 0};
                 if (cols) cols->team_year(f, y, t);
               }
             });
  query_each(tx, q.awards, q.with_year, [&](const RowView& r) {
               if (const Found f = subject(r.text(0) == "person", r.i64(1))) {
                 const int y = static_cast<int>(r.i64(2));
                 const std::string& code = *f.record->titles[y].emplace(r.text(3)).first;
                 if (cols) cols->title(f, y, code);
               }
             });
  query_each(tx, q.discipline, q.plain, [&](const RowView& r) {
               if (const Found f = subject(r.text(0) == "person", r.i64(1))) {
                 f.record->discipline.push_back({text(r, 2), day(r, 3), static_cast<int>(r.i64(4)), r.i64(5) != 0});
                 if (cols) cols->facts(f);
               }
             });
  query_each(tx, q.initiatives, q.plain, [&](const RowView& r) {
               if (const Found f = subject(true, r.i64(0))) {
                 f.record->initiatives.push_back({text(r, 2), day(r, 3), text(r, 1)});
                 if (cols) cols->facts(f);
               }
             });
  query_each(tx, q.service, q.plain, [&](const RowView& r) {
               if (const Found f = subject(true, r.i64(0))) {
                 f.record->sex = r.is_null(1) ? std::nullopt : std::optional<std::string>(text(r, 1));
                 f.record->service_from = day(r, 2);
                 f.record->hardship_years = static_cast<int>(r.i64(3));
                 if (cols) cols->facts(f);
               }
             });
  query_each(tx, q.group_votes, q.plain, [&](const RowView& r) {
               if (const Found f = subject(false, r.i64(0))) f.record->group_leader_years.insert(static_cast<int>(r.i64(1)));
             });
}
}  // namespace

commendation::Records CommendationRecords::records(int64_t unit_id, int year, int look_back,
                                                   const commendation::Catalogue* columns) {
  commendation::Records rec;
  const std::string cte = scope_of(unit_id);
  const int from_year = year - std::max(look_back, 0);
  const size_t years = static_cast<size_t>(year - from_year + 1);
  // The rows are streamed (query_each: no Result of strings), each read once: the records' maps
  // and the engine's columns are written in the same loops (nothing before from_year is read).
  using Found = commendation::ColumnsBuilder::Found;
  auto text = [](const RowView& r, size_t c) { return std::string(r.text(c)); };
  auto day = [](const RowView& r, size_t c) {
    auto d = Date::parse_iso(r.text(c));
    return d ? *d : Date();
  };
  // The units in scope, in id order. Above a unit: its parent always, the unit it was merged into
  // only from the year of the merger (in 2024 Thái Bình's people were not Hưng Yên's).
  struct Up {
    int64_t to;
    int from;  // the first year the edge counts
  };
  struct UnitRow {
    commendation::SubjectRecord* record;
    std::vector<Up> up;
    bool team;
  };
  std::vector<UnitRow> unit_rows;
  std::unordered_map<int64_t, size_t> unit_at;  // id → its place in unit_rows
  query_each(tx_, cte + "SELECT id, name, kind, parent_id, successor_id, valid_from, valid_to FROM units WHERE id IN "
                        "(SELECT id FROM scope) ORDER BY id",
             {unit_id}, [&](const RowView& r) {
               commendation::SubjectRecord s;
               s.kind = "unit";
               s.id = r.i64(0);
               s.name = text(r, 1);
               s.active_from = day(r, 5);
               UnitRow u{nullptr, {}, r.text(2) == "grassroots_team"};
               if (!r.is_null(3)) u.up.push_back({r.i64(3), 0});
               if (!r.is_null(4)) u.up.push_back({r.i64(4), r.is_null(6) ? 0 : day(r, 6).year()});
               const int64_t id = s.id;
               u.record = &rec.units.emplace_hint(rec.units.end(), id, std::move(s))->second;
               unit_at.emplace(id, unit_rows.size());
               unit_rows.push_back(std::move(u));
             });
  // People posted in scope (a person's postings together, by date).
  struct Post {
    int64_t person, unit;
    Date from;
    std::optional<Date> to;
    std::optional<std::string> team_role;
    std::string name;
  };
  std::vector<Post> posts;
  query_each(tx_, cte + "SELECT p.person_id, p.unit_id, p.date_from, p.date_to, p.team_role, pe.full_name FROM postings p "
                        "JOIN persons pe ON pe.id = p.person_id WHERE p.unit_id IN (SELECT id FROM scope) ORDER BY "
                        "p.person_id, p.date_from",
             {unit_id}, [&](const RowView& r) {
               posts.push_back({r.i64(0), r.i64(1), day(r, 2), r.is_null(3) ? std::nullopt : std::optional<Date>(day(r, 3)),
                                r.is_null(4) ? std::nullopt : std::optional<std::string>(text(r, 4)), text(r, 5)});
             });
  std::unique_ptr<commendation::ColumnsBuilder> cols;
  if (columns) {
    cols = std::make_unique<commendation::ColumnsBuilder>(*columns, from_year, year, true);
    cols->reserve(posts.size(), unit_rows.size());
    for (const UnitRow& u : unit_rows) cols->add(*u.record);  // its facts (the start) with it
  }
  // A unit's people of a year: everyone posted in it or below it that year. Each posting's unit
  // and the units above it that year (in scope), found once per unit — and once for all the years
  // when no merger above it dates from inside them.
  std::vector<std::vector<size_t>> above_cache(unit_rows.size());  // years-independent chains
  std::vector<uint8_t> above_known(unit_rows.size());             // 1: cached, 2: depends on the year
  std::vector<size_t> chain;
  auto walk_above = [&](size_t start, int y, std::vector<size_t>& out) {
    bool by_year = false;
    out.clear();
    out.push_back(start);
    for (size_t k = 0; k < out.size() && out.size() < 4096; ++k)
      for (const Up& e : unit_rows[out[k]].up) {
        if (e.from > from_year) by_year = true;
        if (y < e.from) continue;
        auto it = unit_at.find(e.to);
        if (it != unit_at.end() && std::find(out.begin(), out.end(), it->second) == out.end()) out.push_back(it->second);
      }
    return by_year;
  };
  auto above = [&](size_t u, int y) -> const std::vector<size_t>& {
    if (above_known[u] == 1) return above_cache[u];
    if (above_known[u] == 2 || walk_above(u, y, chain)) {
      above_known[u] = 2;
      walk_above(u, y, chain);
      return chain;
    }
    above_known[u] = 1;
    return above_cache[u] = chain;
  };
  std::vector<std::vector<int64_t>> members(unit_rows.size() * years);  // unit × year
  const Date first_day = *Date::from_ymd(from_year, 1, 1);
  Found person;
  for (Post& po : posts) {
    auto it = rec.people.try_emplace(rec.people.end(), po.person);  // people come in id order
    const bool fresh = it->second.kind.empty();
    commendation::SubjectRecord& p = it->second;
    p.kind = "person";
    p.id = po.person;
    p.name = std::move(po.name);
    auto u = unit_at.find(po.unit);
    const bool team = u != unit_at.end() && unit_rows[u->second].team;
    if (team) {
      p.team_id = po.unit;
      p.team_role = std::move(po.team_role);
    }
    if (u != unit_at.end() && (!po.to || *po.to >= first_day))
      for (int y = std::max(from_year, po.from.year()); y <= year; ++y) {
        if (po.to && po.to->year() < y) break;
        for (size_t a : above(u->second, y)) {
          auto& m = members[a * years + static_cast<size_t>(y - from_year)];
          if (m.empty() || m.back() != po.person) m.push_back(po.person);  // postings come by person
        }
      }
    if (!cols) continue;
    if (fresh) person = cols->add(p);
    else if (team) cols->facts(person);
  }
  for (size_t i = 0; i < unit_rows.size(); ++i)
    for (size_t k = 0; k < years; ++k)
      if (auto& m = members[i * years + k]; !m.empty()) unit_rows[i].record->members[from_year + static_cast<int>(k)] = std::move(m);
  // A row's subject: found by the columns' index when they are built (its slot with it).
  auto subject = [&](bool is_person, int64_t id) -> Found {
    if (cols && cols->usable()) return is_person ? cols->person(id) : cols->unit(id);
    auto& m = is_person ? rec.people : rec.units;
    auto it = m.find(id);
    return {it == m.end() ? nullptr : &it->second, 0, !is_person};
  };
  // Each row's subject is looked up above, and a row of someone out of scope dropped: when the
  // scope holds most units (the Ministry's: a national list), the tables are read whole rather
  // than each row tested against the scope's people in SQL.
  const bool whole = unit_rows.size() * 2 >= static_cast<size_t>(tx_.query_id("SELECT count(*) FROM units"));
  const std::string in_scope =
      whole ? std::string("1 = 1")
            : "((subject_kind = 'unit' AND subject_id IN (SELECT id FROM scope)) OR (subject_kind = 'person' AND subject_id IN "
              "(SELECT person_id FROM postings WHERE unit_id IN (SELECT id FROM scope))))";
  const std::string people_in_scope =
      whole ? std::string("1 = 1") : "person_id IN (SELECT person_id FROM postings WHERE unit_id IN (SELECT id FROM scope))";
  read_facts(tx_,
             {cte + "SELECT subject_kind, subject_id, year, level, duties_done, duties_total, under_complaint FROM "
                    "comm_evaluations WHERE year >= $2 AND " + in_scope,
              cte + "SELECT subject_kind, subject_id, year, code FROM comm_awards WHERE revoked = 0 AND year >= $2 AND " +
                  in_scope,
              cte + "SELECT subject_kind, subject_id, form, date, term_months, under_review FROM comm_discipline WHERE " +
                  in_scope,
              cte + "SELECT person_id, name, scope, recognised_on FROM comm_initiatives WHERE " + people_in_scope,
              cte + "SELECT person_id, sex, service_from, hardship_years FROM comm_service WHERE " + people_in_scope,
              cte + "SELECT leader_unit_id, year FROM comm_group_votes WHERE leader_unit_id IN (SELECT id FROM scope)",
              {unit_id, int64_t{from_year}}, {unit_id}},
             subject, cols.get());
  if (cols) rec.columns = cols->finish();
  return rec;
}

namespace {
// Subjects as SQL conditions (their ids are integers, written in): `people` and `units` as lists
// ("0" when none), `subjects` as a condition on subject_kind and subject_id.
struct SubjectLists {
  std::string people, units, subjects;
};
SubjectLists subject_lists(const std::vector<CommendationSubject>& of) {
  SubjectLists l;
  for (const CommendationSubject& c : of) {
    std::string& to = c.unit ? l.units : l.people;
    to += (to.empty() ? "" : ",") + std::to_string(c.id);
  }
  if (l.people.empty()) l.people = "0";
  if (l.units.empty()) l.units = "0";
  l.subjects = "((subject_kind = 'person' AND subject_id IN (" + l.people + ")) OR (subject_kind = 'unit' AND subject_id IN (" +
               l.units + ")))";
  return l;
}
}  // namespace

std::vector<AwardCount> CommendationRecords::award_counts_around(int year, const std::vector<CommendationSubject>& subjects,
                                                                 std::vector<int64_t>& units) {
  units.clear();
  std::vector<AwardCount> out;
  if (subjects.empty()) return out;
  const SubjectLists l = subject_lists(subjects);
  std::string list;
  query_each(tx_, "SELECT DISTINCT unit_id FROM comm_awards WHERE year = $1 AND " + l.subjects, {int64_t{year}},
             [&](const RowView& r) {
               units.push_back(r.i64(0));
               list += (list.empty() ? "" : ",") + std::to_string(r.i64(0));
             });
  if (units.empty()) return out;
  query_each(tx_,
             "SELECT unit_id, code, COUNT(*) FROM comm_awards WHERE revoked = 0 AND year = $1 AND unit_id IN (" + list +
                 ") GROUP BY unit_id, code",
             {int64_t{year}},
             [&](const RowView& r) { out.push_back({r.i64(0), year, std::string(r.text(1)), static_cast<int>(r.i64(2))}); });
  return out;
}

std::vector<const commendation::SubjectRecord*> CommendationRecords::reread(commendation::Records& rec,
                                                                           const std::vector<CommendationSubject>& changed,
                                                                           int year, int look_back) {
  std::vector<const commendation::SubjectRecord*> found;
  std::vector<CommendationSubject> held;
  for (const CommendationSubject& c : changed) {
    auto& m = c.unit ? rec.units : rec.people;
    auto it = m.find(c.id);
    if (it == m.end()) continue;
    held.push_back(c);
    commendation::SubjectRecord& r = it->second;
    r.classification.clear();
    r.titles.clear();
    r.team_years.clear();
    r.discipline.clear();
    r.initiatives.clear();
    r.group_leader_years.clear();
    if (!c.unit) r.sex.reset(), r.service_from.reset(), r.hardship_years = 0;
    found.push_back(&r);
  }
  if (found.empty()) return found;
  const SubjectLists l = subject_lists(held);
  const std::string& subjects = l.subjects;
  const std::string persons = "person_id IN (" + l.people + ")";
  const std::string& units = l.units;
  const int64_t from_year = year - std::max(look_back, 0);
  // In id order: as the whole tables' rows come (records()).
  read_facts(tx_,
             {"SELECT subject_kind, subject_id, year, level, duties_done, duties_total, under_complaint FROM comm_evaluations "
              "WHERE year >= $1 AND " + subjects + " ORDER BY id",
              "SELECT subject_kind, subject_id, year, code FROM comm_awards WHERE revoked = 0 AND year >= $1 AND " + subjects +
                  " ORDER BY id",
              "SELECT subject_kind, subject_id, form, date, term_months, under_review FROM comm_discipline WHERE " + subjects +
                  " ORDER BY id",
              "SELECT person_id, name, scope, recognised_on FROM comm_initiatives WHERE " + persons + " ORDER BY id",
              "SELECT person_id, sex, service_from, hardship_years FROM comm_service WHERE " + persons,
              "SELECT leader_unit_id, year FROM comm_group_votes WHERE leader_unit_id IN (" + units +
                  ") ORDER BY id",
              {from_year}, {}},
             [&](bool is_person, int64_t id) -> commendation::ColumnsBuilder::Found {
               auto& m = is_person ? rec.people : rec.units;
               auto it = m.find(id);
               return {it == m.end() ? nullptr : &it->second, 0, !is_person};
             },
             nullptr);
  return found;
}

namespace {

json decision_json(const std::optional<Decision>& d) {
  if (!d) return nullptr;
  return {{"id", d->id}, {"number", d->number}, {"date", d->date.iso()}, {"issuer", d->issuer_name},
          {"signer", d->signer}, {"signer_position", d->signer_position}};
}

// An award as a record entry (CONTRACT.md), said to be of `unit`.
json award_item(const Award& a, const commendation::Catalogue& cat, json unit) {
  const commendation::Entry* e = cat.find_in_year(a.code, a.year);
  return {{"year", a.year}, {"kind", e && e->kind == "title" ? "title" : "award"}, {"code", a.code}, {"name", a.name},
          {"decision", decision_json(a.decision)}, {"revoked", a.revoked}, {"id", a.id},
          {"revoke_reason", a.revoke_reason ? json(*a.revoke_reason) : json()}, {"flag", a.flag ? json(*a.flag) : json()},
          {"cash_vnd", a.cash_vnd}, {"unit", std::move(unit)}, {"method", a.method ? json(*a.method) : json()}};
}

}  // namespace

json CommendationRecords::person_record(int64_t person_id, const commendation::Catalogue& cat) {
  json items = json::array();
  auto unit_of = [](int64_t id, const std::string& name) { return json{{"id", id}, {"name", name}}; };
  for (const Award& a : awards_of_subject("person", person_id))
    items.push_back(award_item(a, cat, unit_of(a.unit_id, a.unit_name)));
  auto in = tx_.query("SELECT i.id, i.name, i.scope, i.recognised_on, i.recognised_by, i.unit_id, u.name AS unit_name FROM "
                      "comm_initiatives i JOIN units u ON u.id = i.unit_id WHERE i.person_id = $1",
                      {person_id});
  for (size_t i = 0; i < in.size(); ++i) {
    RowRef r(in, i);
    items.push_back({{"year", date_of(r.str("recognised_on")).year()}, {"kind", "initiative"}, {"code", r.str("scope")},
                     {"name", r.str("name") + " (sáng kiến " + cat.scope_name(r.str("scope")) + ", " + r.str("recognised_by") + ")"},
                     {"decision", nullptr}, {"revoked", false}, {"id", r.i64("id")},
                     {"unit", unit_of(r.i64("unit_id"), r.str("unit_name"))}});
  }
  auto rows = tx_.query("SELECT d.id, d.form, d.date, d.term_months, d.under_review, d.reason, d.unit_id, u.name AS unit_name "
                        "FROM comm_discipline d JOIN units u ON u.id = d.unit_id WHERE d.subject_kind = 'person' AND "
                        "d.subject_id = $1",
                        {person_id});
  for (size_t i = 0; i < rows.size(); ++i) {
    RowRef r(rows, i);
    bool review = r.i64("under_review") != 0;
    items.push_back({{"year", date_of(r.str("date")).year()}, {"kind", "discipline"}, {"code", review ? "under_review" : r.str("form")},
                     {"name", (review ? std::string("Đang xem xét") : cat.form_name(r.str("form"))) + ": " + r.str("reason")},
                     {"decision", nullptr}, {"revoked", false}, {"id", r.i64("id")}, {"date", r.str("date")},
                     {"term_months", r.i64("term_months")}, {"unit", unit_of(r.i64("unit_id"), r.str("unit_name"))}});
  }
  auto ev = tx_.query("SELECT e.id, e.year, e.level, e.unit_id, u.name AS unit_name FROM comm_evaluations e JOIN units u ON u.id = "
                      "e.unit_id WHERE e.subject_kind = 'person' AND e.subject_id = $1",
                      {person_id});
  for (size_t i = 0; i < ev.size(); ++i) {
    RowRef r(ev, i);
    items.push_back({{"year", r.i64("year")}, {"kind", "evaluation"}, {"code", r.str("level")}, {"name", cat.level_name(r.str("level"))},
                     {"decision", nullptr}, {"revoked", false}, {"id", r.i64("id")},
                     {"unit", unit_of(r.i64("unit_id"), r.str("unit_name"))}});
  }
  std::stable_sort(items.begin(), items.end(), [](const json& a, const json& b) { return a["year"].get<int>() > b["year"].get<int>(); });
  return items;
}

json CommendationRecords::unit_record(int64_t unit_id, const commendation::Catalogue& cat) {
  // The unit and, recursively, the units merged into it: their history stays theirs, seen from here.
  auto units = tx_.query(
      "WITH RECURSIVE pred(id) AS (SELECT CAST($1 AS BIGINT) UNION SELECT u.id FROM units u JOIN pred ON u.successor_id = "
      "pred.id) SELECT id FROM pred",
      {unit_id});
  json items = json::array();
  for (size_t k = 0; k < units.size(); ++k) {
    int64_t uid = std::stoll(*units.rows[k][0]);
    for (const Award& a : awards_of_subject("unit", uid)) {
      json item = award_item(a, cat, {{"id", uid}, {"name", a.subject_name}});
      item["predecessor"] = uid != unit_id;
      items.push_back(std::move(item));
    }
    auto ev = tx_.query("SELECT e.id, e.year, e.level, u.name FROM comm_evaluations e JOIN units u ON u.id = e.subject_id WHERE "
                        "e.subject_kind = 'unit' AND e.subject_id = $1",
                        {uid});
    for (size_t i = 0; i < ev.size(); ++i) {
      RowRef r(ev, i);
      items.push_back({{"year", r.i64("year")}, {"kind", "evaluation"}, {"code", r.str("level")}, {"name", cat.level_name(r.str("level"))},
                       {"decision", nullptr}, {"revoked", false}, {"id", r.i64("id")},
                       {"unit", {{"id", uid}, {"name", r.str("name")}}}, {"predecessor", uid != unit_id}});
    }
    auto di = tx_.query("SELECT d.id, d.form, d.date, d.reason, d.under_review, u.name FROM comm_discipline d JOIN units u ON u.id = "
                        "d.subject_id WHERE d.subject_kind = 'unit' AND d.subject_id = $1",
                        {uid});
    for (size_t i = 0; i < di.size(); ++i) {
      RowRef r(di, i);
      bool review = r.i64("under_review") != 0;
      items.push_back({{"year", date_of(r.str("date")).year()}, {"kind", "discipline"}, {"code", review ? "under_review" : r.str("form")},
                       {"name", (review ? std::string("Đang xem xét") : cat.form_name(r.str("form"))) + ": " + r.str("reason")},
                       {"decision", nullptr}, {"revoked", false}, {"id", r.i64("id")},
                       {"unit", {{"id", uid}, {"name", r.str("name")}}}, {"predecessor", uid != unit_id}});
    }
  }
  std::stable_sort(items.begin(), items.end(), [](const json& a, const json& b) { return a["year"].get<int>() > b["year"].get<int>(); });
  return items;
}

}  // namespace thidua::storage
