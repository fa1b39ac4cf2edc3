#include "storage/scoring_store.h"

#include "storage/report_rows.h"
#include "storage/row_stream.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "core/error.h"
#include "storage/batch.h"
#include "storage/data_versions.h"
#include "storage/registry.h"

namespace thidua::storage {
namespace {
// "$1, $2, …" for `ids`, appended to `params`.
std::string in_list(const std::vector<int64_t>& ids, Params& params) {
  std::string in;
  for (int64_t u : ids) {
    params.push_back(u);
    in += (in.empty() ? "$" : ", $") + std::to_string(params.size());
  }
  return in;
}

StoredScheme read_scheme(const Result& r, size_t i) {
  RowRef row(r, i);
  return {row.i64("id"),         row.str("code"),
          row.str("name"),       row.str("json"),
          row.str("username"),   row.str("created_at"),
          static_cast<int>(row.i64("version")), row.opt_i64("owner_unit_id")};
}
// A sheet, an assignment, a moderation from a row of the columns sheets(), assignments(),
// moderations() select (and year_rows() for a whole year).
ScoreSheet sheet_of(const RowRef& row) {
  return {row.i64("unit_id"), row.i64("scorer_unit_id"), row.str("kind"), row.str("assessment_json"),
          row.str("username"), row.str("at")};
}
ScoreAssignment assignment_of(const RowRef& row) {
  return {row.i64("unit_id"), row.i64("scorer_unit_id"), row.i64("recused") != 0, row.opt_str("recusal_reason")};
}
StoredModeration moderation_of(const RowRef& row) {
  StoredModeration m{row.i64("unit_id"), row.str("criterion"), row.str("reason"), row.str("username"),
                     row.str("at"), row.f64("points"), std::nullopt};
  if (!row.is_null("met")) m.met = row.i64("met") != 0;
  return m;
}
constexpr const char* kSchemeSelect =
    "SELECT id, code, version, name, json, username, created_at, owner_unit_id FROM scoring_schemes ";
}  // namespace

StoredScheme ScoringStore::add_scheme(const std::string& code, int version, const std::string& name,
                                      const std::string& json, const std::string& username,
                                      std::optional<int64_t> owner_unit_id) {
  if (auto owner = scheme_owner(code); owner && owner_unit_id && *owner != *owner_unit_id)
    throw Error::Forbidden("Quy định chấm điểm " + code +
                           " do đơn vị khác ban hành: chỉ đơn vị đó được ban hành phiên bản mới");
  Result last = tx_.query("SELECT MAX(version) FROM scoring_schemes WHERE code = $1", {code});
  if (!last.empty() && last.rows[0][0]) {
    int latest = std::stoi(*last.rows[0][0]);
    if (version <= latest)
      throw Error::Conflict("Quy định chấm điểm " + code + " đã có phiên bản " + std::to_string(latest) +
                            "; một thay đổi phải là phiên bản mới (version > " + std::to_string(latest) + ")");
  }
  int64_t id = tx_.query_id(
      "INSERT INTO scoring_schemes (code, version, name, json, username, created_at, owner_unit_id) VALUES ($1, $2, $3, "
      "$4, $5, $6, $7) RETURNING id",
      {code, int64_t{version}, name, json, username, now_iso(),
       owner_unit_id ? Param(*owner_unit_id) : Param(nullptr)});
  return *find_scheme(id);
}

std::optional<int64_t> ScoringStore::scheme_owner(const std::string& code) {
  Result r = tx_.query("SELECT owner_unit_id FROM scoring_schemes WHERE code = $1 ORDER BY version LIMIT 1", {code});
  if (r.empty() || !r.rows[0][0]) return std::nullopt;
  return std::stoll(*r.rows[0][0]);
}

std::vector<int64_t> ScoringStore::scheme_units(int64_t scheme_id) {
  // Every version of the code: a regulation's history is seen by those it applies to.
  const char* same_code = "(SELECT v.id FROM scoring_schemes v WHERE v.code = (SELECT code FROM scoring_schemes WHERE id = $1))";
  Result r = tx_.query(
      std::string("SELECT gm.unit_id FROM group_year_schemes b JOIN group_members gm ON gm.group_year_id = b.group_year_id "
                  "WHERE b.scheme_id IN ") + same_code +
          " UNION SELECT g.organiser_unit_id FROM group_year_schemes b JOIN group_years gy ON gy.id = b.group_year_id "
          "JOIN emulation_groups g ON g.id = gy.group_id WHERE b.scheme_id IN " + same_code +
          " UNION SELECT gm.unit_id FROM movement_schemes ms JOIN group_years gy ON gy.movement_id = ms.movement_id "
          "JOIN group_members gm ON gm.group_year_id = gy.id WHERE ms.scheme_id IN " + same_code,
      {scheme_id});
  std::vector<int64_t> out;
  for (auto& row : r.rows) out.push_back(std::stoll(*row[0]));
  return out;
}

std::optional<StoredScheme> ScoringStore::find_scheme(int64_t id) {
  Result r = tx_.query(std::string(kSchemeSelect) + "WHERE id = $1", {id});
  if (r.empty()) return std::nullopt;
  return read_scheme(r, 0);
}

std::vector<StoredScheme> ScoringStore::schemes() {
  Result r = tx_.query(std::string(kSchemeSelect) + "ORDER BY code, version DESC");
  std::vector<StoredScheme> out;
  for (size_t i = 0; i < r.size(); ++i) out.push_back(read_scheme(r, i));
  return out;
}

GroupYearRef ScoringStore::group_year(int64_t id) {
  Result r = tx_.query(
      "SELECT gy.id, gy.group_id, gy.year, gy.leader_unit_id, g.name, g.organiser_unit_id FROM group_years gy JOIN "
      "emulation_groups g ON g.id = gy.group_id WHERE gy.id = $1",
      {id});
  if (r.empty()) throw Error::NotFound("Không tìm thấy cụm/khối thi đua của năm này");
  RowRef row(r, 0);
  GroupYearRef g;
  g.id = row.i64("id");
  g.group_id = row.i64("group_id");
  g.year = static_cast<int>(row.i64("year"));
  g.leader_unit_id = row.opt_i64("leader_unit_id");
  g.group_name = row.str("name");
  g.organiser_unit_id = row.i64("organiser_unit_id");
  Result m = tx_.query(
      "SELECT u.id, u.code FROM group_members gm JOIN units u ON u.id = gm.unit_id WHERE gm.group_year_id = $1 "
      "ORDER BY u.code",
      {id});
  for (auto& mr : m.rows) g.members.push_back({std::stoll(*mr[0]), *mr[1]});
  return g;
}

GroupYearRef ScoringStore::group_year(int64_t group_id, int year) {
  Result r = tx_.query("SELECT id FROM group_years WHERE group_id = $1 AND year = $2", {group_id, int64_t{year}});
  if (r.empty()) throw Error::NotFound("Cụm/khối không có năm " + std::to_string(year));
  return group_year(std::stoll(*r.rows[0][0]));
}

std::vector<GroupOfYear> ScoringStore::groups_of_year(int year) {
  Result r = tx_.query(
      "SELECT g.id, gy.id, g.name, g.kind, g.organiser_unit_id, u.name FROM group_years gy JOIN emulation_groups g ON "
      "g.id = gy.group_id JOIN units u ON u.id = g.organiser_unit_id WHERE gy.year = $1 ORDER BY g.name_sort, g.id",
      {int64_t{year}});
  std::vector<GroupOfYear> out;
  for (auto& row : r.rows)
    out.push_back({std::stoll(*row[0]), std::stoll(*row[1]), std::stoll(*row[4]), *row[2], *row[3], *row[5]});
  return out;
}

std::optional<ScoringStore::Binding> ScoringStore::binding_of(int64_t gy) {
  Result own = tx_.query("SELECT scheme_id FROM group_year_schemes WHERE group_year_id = $1", {gy});
  if (!own.empty()) return Binding{std::stoll(*own.rows[0][0]), std::nullopt};
  Result mv = tx_.query(
      "SELECT ms.scheme_id, ms.movement_id FROM group_years gy JOIN movement_schemes ms ON ms.movement_id = "
      "gy.movement_id WHERE gy.id = $1",
      {gy});
  if (mv.empty()) return std::nullopt;
  return Binding{std::stoll(*mv.rows[0][0]), std::stoll(*mv.rows[0][1])};
}

void ScoringStore::unbind_scheme(int64_t gy) {
  touch_structure(tx_);  // a scheme binding: the national view lists the scheme
  tx_.query("DELETE FROM group_year_schemes WHERE group_year_id = $1", {gy});
  bump_group_year_scores(tx_, gy);
}

std::optional<int64_t> ScoringStore::movement_scheme(int64_t movement) {
  Result r = tx_.query("SELECT scheme_id FROM movement_schemes WHERE movement_id = $1", {movement});
  if (r.empty()) return std::nullopt;
  return std::stoll(*r.rows[0][0]);
}

void ScoringStore::bind_movement_scheme(int64_t movement, int64_t scheme_id) {
  touch_structure(tx_);  // a scheme binding: the national view lists the scheme
  tx_.query("DELETE FROM movement_schemes WHERE movement_id = $1", {movement});
  tx_.query("INSERT INTO movement_schemes (movement_id, scheme_id, bound_at) VALUES ($1, $2, $3)",
            {movement, scheme_id, now_iso()});
  for (const auto& gy : group_years_of_movement(movement)) bump_group_year_scores(tx_, gy.id);
}

std::optional<int64_t> ScoringStore::movement_of(int64_t gy) {
  Result r = tx_.query("SELECT movement_id FROM group_years WHERE id = $1", {gy});
  if (r.empty() || !r.rows[0][0]) return std::nullopt;
  return std::stoll(*r.rows[0][0]);
}

void ScoringStore::link_movement(int64_t gy, std::optional<int64_t> movement) {
  touch_structure(tx_);  // a scheme binding: the national view lists the scheme
  tx_.query("UPDATE group_years SET movement_id = $1 WHERE id = $2", {movement ? Param(*movement) : Param(nullptr), gy});
  bump_group_year_scores(tx_, gy);
}

std::vector<GroupYearRef> ScoringStore::group_years_of_movement(int64_t movement) {
  Result r = tx_.query("SELECT id FROM group_years WHERE movement_id = $1 ORDER BY year, id", {movement});
  std::vector<GroupYearRef> out;
  for (auto& row : r.rows) out.push_back(group_year(std::stoll(*row[0])));
  return out;
}

void ScoringStore::bind_scheme(int64_t gy, int64_t scheme_id) {
  touch_structure(tx_);  // a scheme binding: the national view lists the scheme
  tx_.query("DELETE FROM group_year_schemes WHERE group_year_id = $1", {gy});
  tx_.query("INSERT INTO group_year_schemes (group_year_id, scheme_id, bound_at) VALUES ($1, $2, $3)",
            {gy, scheme_id, now_iso()});
  bump_group_year_scores(tx_, gy);
}

void ScoringStore::put_sheet(int64_t gy, const ScoreSheet& s) {
  tx_.query("DELETE FROM score_sheets WHERE group_year_id = $1 AND unit_id = $2 AND kind = $3 AND scorer_unit_id = $4",
            {gy, s.unit_id, s.kind, s.scorer_unit_id});
  tx_.query(
      "INSERT INTO score_sheets (group_year_id, unit_id, kind, scorer_unit_id, assessment_json, username, at) VALUES "
      "($1, $2, $3, $4, $5, $6, $7)",
      {gy, s.unit_id, s.kind, s.scorer_unit_id, s.assessment_json, s.username, now_iso()});
  bump_member_scores(tx_, gy, s.unit_id);
}

void ScoringStore::put_sheets(const std::vector<std::pair<int64_t, ScoreSheet>>& batch) {
  // Checked first, everything read in a few statements.
  std::vector<int64_t> gys;
  for (const auto& [gy, s] : batch) gys.push_back(gy);
  std::sort(gys.begin(), gys.end());
  gys.erase(std::unique(gys.begin(), gys.end()), gys.end());
  std::set<std::pair<int64_t, int64_t>> members;  // group-year, unit
  std::set<int64_t> known;
  std::map<std::tuple<int64_t, int64_t, std::string, int64_t>, int64_t> stored;  // a sheet's key → its id
  constexpr size_t kChunk = 500;
  for (size_t from = 0; from < gys.size(); from += kChunk) {
    Params p;
    const std::string in = in_list(std::vector<int64_t>(gys.begin() + static_cast<std::ptrdiff_t>(from),
                                                        gys.begin() + static_cast<std::ptrdiff_t>(std::min(gys.size(), from + kChunk))),
                                   p);
    for (const auto& row : tx_.query("SELECT id FROM group_years WHERE id IN (" + in + ")", p).rows)
      known.insert(std::stoll(*row[0]));
    for (const auto& row : tx_.query("SELECT group_year_id, unit_id FROM group_members WHERE group_year_id IN (" + in + ")", p).rows)
      members.emplace(std::stoll(*row[0]), std::stoll(*row[1]));
    for (const auto& row :
         tx_.query("SELECT id, group_year_id, unit_id, kind, scorer_unit_id FROM score_sheets WHERE group_year_id IN (" + in + ")", p)
             .rows)
      stored.emplace(std::make_tuple(std::stoll(*row[1]), std::stoll(*row[2]), *row[3], std::stoll(*row[4])), std::stoll(*row[0]));
  }
  std::set<std::tuple<int64_t, int64_t, std::string, int64_t>> seen;
  std::map<std::pair<int64_t, int64_t>, int64_t> bumps;  // group-year, unit → sheets written
  std::vector<int64_t> replaced;
  for (const auto& [gy, s] : batch) {
    if (!known.count(gy)) throw Error::NotFound("Không tìm thấy cụm/khối thi đua của năm này");
    if (s.kind != "self" && s.kind != "cross") throw Error::Invalid("Loại phiếu chấm phải là self hoặc cross", "kind");
    if (s.kind == "self" && s.scorer_unit_id != s.unit_id)
      throw Error::Invalid("Phiếu tự chấm phải do chính đơn vị chấm", "scorer_unit_id");
    if (!members.count({gy, s.unit_id}) || !members.count({gy, s.scorer_unit_id}))
      throw Error::Invalid("Đơn vị chấm và đơn vị được chấm phải là thành viên của cụm/khối năm này", "unit_id");
    auto key = std::make_tuple(gy, s.unit_id, s.kind, s.scorer_unit_id);
    if (!seen.insert(key).second) throw Error::Conflict("Một phiếu chấm bị lặp trong danh sách");
    if (auto it = stored.find(key); it != stored.end()) replaced.push_back(it->second);
    ++bumps[{gy, s.unit_id}];
  }
  // Written as put_sheet() writes them one by one: the sheets they replace deleted, the new
  // ones inserted, each member's score version moved once for each of its sheets.
  for (size_t from = 0; from < replaced.size(); from += kChunk) {
    Params p;
    const std::string in = in_list(std::vector<int64_t>(replaced.begin() + static_cast<std::ptrdiff_t>(from),
                                                        replaced.begin() + static_cast<std::ptrdiff_t>(std::min(replaced.size(), from + kChunk))),
                                   p);
    tx_.query("DELETE FROM score_sheets WHERE id IN (" + in + ")", p);
  }
  const std::string now = now_iso();
  for (size_t from = 0; from < batch.size(); from += kBatchRows) {
    const size_t k = std::min(kBatchRows, batch.size() - from);
    Params p;
    for (size_t i = 0; i < k; ++i) {
      const auto& [gy, s] = batch[from + i];
      for (Param v : Params{gy, s.unit_id, s.kind, s.scorer_unit_id, s.assessment_json, s.username, now}) p.push_back(std::move(v));
    }
    tx_.query("INSERT INTO score_sheets (group_year_id, unit_id, kind, scorer_unit_id, assessment_json, username, at) VALUES " +
                  value_rows(k, 7),
              p);
  }
  std::vector<std::pair<std::pair<int64_t, int64_t>, int64_t>> gens(bumps.begin(), bumps.end());
  if (!gens.empty()) tx_.touch(kScoresVersion);
  std::vector<int64_t> scored;
  for (const auto& [key, n] : gens) scored.push_back(key.second);
  tx_.touch_units(scored);
  for (size_t from = 0; from < gens.size(); from += kBatchRows) {
    const size_t k = std::min(kBatchRows, gens.size() - from);
    Params p;
    for (size_t i = 0; i < k; ++i)
      for (Param v : Params{gens[from + i].first.first, gens[from + i].first.second, gens[from + i].second}) p.push_back(std::move(v));
    tx_.query("INSERT INTO score_gen_member (group_year_id, unit_id, gen) VALUES " + value_rows(k, 3) +
                  " ON CONFLICT (group_year_id, unit_id) DO UPDATE SET gen = score_gen_member.gen + excluded.gen",
              p);
  }
}

std::vector<ScoreSheet> ScoringStore::sheets(int64_t gy) {
  Result r = tx_.query(
      "SELECT unit_id, scorer_unit_id, kind, assessment_json, username, at FROM score_sheets WHERE group_year_id = $1 "
      "ORDER BY id",
      {gy});
  std::vector<ScoreSheet> out;
  for (size_t i = 0; i < r.size(); ++i) out.push_back(sheet_of(RowRef(r, i)));
  return out;
}

void ScoringStore::assign(int64_t gy, int64_t unit_id, int64_t scorer) {
  if (!tx_.query("SELECT 1 FROM score_assignments WHERE group_year_id = $1 AND unit_id = $2 AND scorer_unit_id = $3",
                 {gy, unit_id, scorer})
           .empty())
    throw Error::Conflict("Đơn vị này đã được phân công chấm chéo");
  tx_.query("INSERT INTO score_assignments (group_year_id, unit_id, scorer_unit_id, recused) VALUES ($1, $2, $3, 0)",
            {gy, unit_id, scorer});
  bump_member_scores(tx_, gy, unit_id);
}

void ScoringStore::recuse(int64_t gy, int64_t unit_id, int64_t scorer, const std::string& reason) {
  Result r = tx_.query(
      "UPDATE score_assignments SET recused = 1, recusal_reason = $4 WHERE group_year_id = $1 AND unit_id = $2 AND "
      "scorer_unit_id = $3",
      {gy, unit_id, scorer, reason});
  if (r.affected == 0) throw Error::NotFound("Không có phân công chấm chéo này");
  tx_.query("DELETE FROM score_sheets WHERE group_year_id = $1 AND unit_id = $2 AND kind = 'cross' AND scorer_unit_id = $3",
            {gy, unit_id, scorer});
  bump_member_scores(tx_, gy, unit_id);
}

std::vector<ScoreAssignment> ScoringStore::assignments(int64_t gy) {
  Result r = tx_.query(
      "SELECT unit_id, scorer_unit_id, recused, recusal_reason FROM score_assignments WHERE group_year_id = $1 ORDER "
      "BY id",
      {gy});
  std::vector<ScoreAssignment> out;
  for (size_t i = 0; i < r.size(); ++i) out.push_back(assignment_of(RowRef(r, i)));
  return out;
}

void ScoringStore::add_moderation(int64_t gy, const StoredModeration& m) {
  tx_.query(
      "INSERT INTO score_moderations (group_year_id, unit_id, criterion, points, met, reason, username, at) VALUES "
      "($1, $2, $3, $4, $5, $6, $7, $8)",
      {gy, m.unit_id, m.criterion, m.points, m.met ? Param(int64_t{*m.met ? 1 : 0}) : Param(nullptr), m.reason,
       m.username, now_iso()});
  bump_member_scores(tx_, gy, m.unit_id);
}

std::vector<StoredModeration> ScoringStore::moderations(int64_t gy) {
  Result r = tx_.query(
      "SELECT unit_id, criterion, reason, username, at, points, met FROM score_moderations WHERE group_year_id = $1 "
      "ORDER BY id",
      {gy});
  std::vector<StoredModeration> out;
  for (size_t i = 0; i < r.size(); ++i) out.push_back(moderation_of(RowRef(r, i)));
  return out;
}

std::vector<ReportValues> ScoringStore::report_values(const std::vector<int64_t>& unit_ids, const std::string& from,
                                                      const std::string& to) {
  std::vector<ReportValues> out;
  each_report(tx_, unit_ids, from, to, [&](const ReportRow& r) {
    out.push_back({r.unit_id, std::string(r.period_json), std::string(r.values_json), r.late});
  });
  return out;
}

void each_report(Tx& tx, const std::vector<int64_t>& unit_ids, const std::string& from, const std::string& to,
                 const std::function<void(const ReportRow&)>& row) {
  if (unit_ids.empty()) return;
  Params params{from, to};
  std::string in = in_list(unit_ids, params);
  query_each(tx,
             "SELECT unit_id, period_json, values_json, late FROM reports WHERE unit_id IN (" + in +
                 ") AND period_start >= $1 AND period_end <= $2 AND status IN ('submitted', 'accepted', 'locked') "
                 "ORDER BY unit_id, period_start",
             params, [&](const RowView& v) {
               const std::string_view late = v.text(3);
               row(ReportRow{v.i64(0), v.text(1), v.text(2), late != "0" && late != "f"});
             });
}

std::vector<ReportDeadline> ScoringStore::deadlines(const std::vector<int64_t>& organisers) {
  std::vector<ReportDeadline> out;
  if (organisers.empty()) return out;
  Params params;
  std::string in = in_list(organisers, params);
  Result r = tx_.query("SELECT organiser_unit_id, period_key, deadline FROM report_deadlines WHERE organiser_unit_id IN (" +
                           in + ")",
                       params);
  for (auto& row : r.rows) {
    if (auto d = Date::parse_iso(*row[2])) out.push_back({std::stoll(*row[0]), *row[1], *d});
  }
  return out;
}

// `up(start_id, id)`: each of the units listed in `in` with itself and every unit above it. A step
// up is the unit's parent or its successor, read from the unit's own row (two rows of a constant
// table), not by joining the units again on "parent or successor".
static std::string units_up(const std::string& in) {
  return "WITH RECURSIVE up(start_id, id) AS (SELECT id, id FROM units WHERE id IN (" + in +
         ") UNION SELECT up.start_id, CASE s.k WHEN 0 THEN u.parent_id ELSE u.successor_id END FROM up "
         "JOIN units u ON u.id = up.id CROSS JOIN (SELECT 0 AS k UNION ALL SELECT 1) s "
         "WHERE (CASE s.k WHEN 0 THEN u.parent_id ELSE u.successor_id END) IS NOT NULL)";
}

std::map<int64_t, std::vector<int64_t>> ScoringStore::ancestors_of(const std::vector<int64_t>& units) {
  std::map<int64_t, std::vector<int64_t>> out;
  constexpr size_t kChunk = 500;  // placeholders a statement
  for (size_t from = 0; from < units.size(); from += kChunk) {
    Params params;
    std::string in = in_list(std::vector<int64_t>(units.begin() + static_cast<std::ptrdiff_t>(from),
                                                   units.begin() + static_cast<std::ptrdiff_t>(std::min(units.size(), from + kChunk))),
                             params);
    Result r = tx_.query(units_up(in) + " SELECT start_id, id FROM up", params);
    for (auto& row : r.rows) out[std::stoll(*row[0])].push_back(std::stoll(*row[1]));
  }
  return out;
}

std::vector<ReportDeadline> ScoringStore::chain_deadlines(const std::vector<int64_t>& units,
                                                          std::map<int64_t, std::vector<int64_t>>& chains) {
  std::vector<ReportDeadline> out;
  if (units.empty()) return out;
  Params params;
  std::string in = in_list(units, params);
  // ancestors_of()'s walk; each (unit, level) once, with that level's deadlines if it set any.
  Result r = tx_.query(units_up(in) +
                           " SELECT up.start_id, up.id, d.period_key, d.deadline FROM up LEFT JOIN report_deadlines d ON "
                           "d.organiser_unit_id = up.id ORDER BY up.start_id, up.id",
                       params);
  for (auto& row : r.rows) {
    const int64_t start = std::stoll(*row[0]), id = std::stoll(*row[1]);
    auto& chain = chains[start];
    if (chain.empty() || chain.back() != id) chain.push_back(id);
    if (!row[2] || !row[3]) continue;
    if (auto d = Date::parse_iso(*row[3])) out.push_back({id, *row[2], *d});
  }
  return out;
}

std::map<int64_t, std::string> ScoringStore::unit_names(const std::vector<int64_t>& units) {
  std::map<int64_t, std::string> out;
  if (units.empty()) return out;
  Params params;
  Result r = tx_.query("SELECT id, name FROM units WHERE id IN (" + in_list(units, params) + ")", params);
  for (auto& row : r.rows) out[std::stoll(*row[0])] = *row[1];
  return out;
}

std::vector<int> ScoringStore::scored_years() {
  Result r = tx_.query(
      "SELECT DISTINCT gy.year FROM group_years gy WHERE EXISTS (SELECT 1 FROM group_year_schemes s WHERE "
      "s.group_year_id = gy.id) OR EXISTS (SELECT 1 FROM movement_schemes ms WHERE ms.movement_id = gy.movement_id) "
      "ORDER BY gy.year DESC");
  std::vector<int> out;
  for (auto& row : r.rows) out.push_back(std::stoi(*row[0]));
  return out;
}

ScoringStore::YearRows ScoringStore::year_rows(int year) {
  YearRows out;
  const Params y{int64_t{year}};
  Result v = tx_.query(
      "SELECT 0 AS kind, gy.id AS gy, 0 AS unit_id, g.gen FROM score_gen_group_year g JOIN group_years gy ON gy.id = "
      "g.group_year_id WHERE gy.year = $1 "
      "UNION ALL SELECT 1, m.group_year_id, m.unit_id, m.gen FROM score_gen_member m JOIN group_years gy ON gy.id = "
      "m.group_year_id WHERE gy.year = $1 "
      "UNION ALL SELECT 2, gm.group_year_id, g.unit_id, g.gen FROM score_gen_unit g JOIN group_members gm ON gm.unit_id = "
      "g.unit_id JOIN group_years gy ON gy.id = gm.group_year_id WHERE gy.year = $1",
      y);
  for (auto& row : v.rows) {
    const int kind = std::stoi(*row[0]);
    const int64_t gy = std::stoll(*row[1]), unit = std::stoll(*row[2]), gen = std::stoll(*row[3]);
    ScoreVersions& sv = out.versions[gy];
    if (kind == 0) sv.group_year = gen;
    else (kind == 1 ? sv.member : sv.reports)[unit] = gen;
  }
  Result g = tx_.query(
      "SELECT gy.id, gy.group_id, gy.year, gy.leader_unit_id, g.name, g.organiser_unit_id, s.scheme_id, ms.scheme_id, "
      "ms.movement_id FROM group_years gy JOIN emulation_groups g ON g.id = gy.group_id LEFT JOIN group_year_schemes s "
      "ON s.group_year_id = gy.id LEFT JOIN movement_schemes ms ON ms.movement_id = gy.movement_id WHERE gy.year = $1 "
      "ORDER BY gy.id",
      y);
  std::map<int64_t, size_t> at;
  for (auto& row : g.rows) {
    const int64_t id = std::stoll(*row[0]);
    if (at.count(id)) continue;
    at[id] = out.group_years.size();
    GroupYearRef r;
    r.id = id;
    r.group_id = std::stoll(*row[1]);
    r.year = std::stoi(*row[2]);
    if (row[3]) r.leader_unit_id = std::stoll(*row[3]);
    r.group_name = *row[4];
    r.organiser_unit_id = std::stoll(*row[5]);
    out.group_years.push_back(std::move(r));
    if (row[6]) out.bindings[id] = Binding{std::stoll(*row[6]), std::nullopt};
    else if (row[7]) out.bindings[id] = Binding{std::stoll(*row[7]), std::stoll(*row[8])};
  }
  Result m = tx_.query(
      "SELECT gm.group_year_id, u.id, u.code, u.name FROM group_members gm JOIN group_years gy ON gy.id = "
      "gm.group_year_id JOIN units u ON u.id = gm.unit_id WHERE gy.year = $1 ORDER BY gm.group_year_id, u.code",
      y);
  for (auto& row : m.rows) {
    auto it = at.find(std::stoll(*row[0]));
    if (it == at.end()) continue;
    const int64_t unit = std::stoll(*row[1]);
    out.group_years[it->second].members.push_back({unit, *row[2]});
    out.unit_names[unit] = *row[3];
  }
  // Sheets, assignments and moderations of every group-year of the year, in the order of their ids.
  auto by_group_year = [&](const char* sql, auto& into, auto read) {
    Result r = tx_.query(sql, y);
    for (size_t i = 0; i < r.size(); ++i) into[RowRef(r, i).i64("group_year_id")].push_back(read(RowRef(r, i)));
  };
  by_group_year(
      "SELECT s.group_year_id, s.unit_id, s.scorer_unit_id, s.kind, s.assessment_json, s.username, s.at FROM "
      "score_sheets s JOIN group_years gy ON gy.id = s.group_year_id WHERE gy.year = $1 ORDER BY s.id",
      out.sheets, sheet_of);
  by_group_year(
      "SELECT a.group_year_id, a.unit_id, a.scorer_unit_id, a.recused, a.recusal_reason FROM score_assignments a JOIN "
      "group_years gy ON gy.id = a.group_year_id WHERE gy.year = $1 ORDER BY a.id",
      out.assignments, assignment_of);
  by_group_year(
      "SELECT m.group_year_id, m.unit_id, m.criterion, m.reason, m.username, m.at, m.points, m.met FROM "
      "score_moderations m JOIN group_years gy ON gy.id = m.group_year_id WHERE gy.year = $1 ORDER BY m.id",
      out.moderations, moderation_of);
  return out;
}

std::vector<ScoringStore::UnitLink> ScoringStore::unit_links() {
  Result r = tx_.query("SELECT id, parent_id, successor_id FROM units");
  std::vector<UnitLink> out;
  out.reserve(r.size());
  for (auto& row : r.rows) {
    UnitLink l;
    l.id = std::stoll(*row[0]);
    if (row[1]) l.parent = std::stoll(*row[1]);
    if (row[2]) l.successor = std::stoll(*row[2]);
    out.push_back(l);
  }
  return out;
}

std::vector<ReportDeadline> ScoringStore::all_deadlines() {
  Result r = tx_.query("SELECT organiser_unit_id, period_key, deadline FROM report_deadlines");
  std::vector<ReportDeadline> out;
  for (auto& row : r.rows)
    if (auto d = Date::parse_iso(*row[2])) out.push_back({std::stoll(*row[0]), *row[1], *d});
  return out;
}

ScoreVersions ScoringStore::score_versions(int64_t gy) {
  Result r = tx_.query(
      "SELECT 0 AS kind, 0 AS unit_id, gen FROM score_gen_group_year WHERE group_year_id = $1 "
      "UNION ALL SELECT 1, unit_id, gen FROM score_gen_member WHERE group_year_id = $1 "
      "UNION ALL SELECT 2, g.unit_id, g.gen FROM score_gen_unit g JOIN group_members m ON m.unit_id = g.unit_id "
      "WHERE m.group_year_id = $1",
      {gy});
  ScoreVersions v;
  for (auto& row : r.rows) {
    int kind = std::stoi(*row[0]);
    int64_t unit = std::stoll(*row[1]), gen = std::stoll(*row[2]);
    if (kind == 0) v.group_year = gen;
    else (kind == 1 ? v.member : v.reports)[unit] = gen;
  }
  return v;
}

void bump_unit_reports(Tx& tx, int64_t unit, std::shared_ptr<WrittenReport> handed) {
  tx.touch(kScoresVersion);
  tx.touch_units({unit});
  static constexpr std::string_view kBump =
      "INSERT INTO score_gen_unit (unit_id, gen) VALUES ($1, 1) "
      "ON CONFLICT (unit_id) DO UPDATE SET gen = score_gen_unit.gen + 1";
  if (!handed) return tx.defer(kBump, {unit});
  handed->unit_id = unit;
  tx.defer(std::string(kBump) + " RETURNING gen", {unit}, [handed](const Result& r) {
    if (r.size() == 1 && r.rows[0][0]) handed->gen = std::stoll(*r.rows[0][0]);
  });
  tx.hand(std::move(handed));
}

void bump_units_reports(Tx& tx, const std::vector<int64_t>& units) {
  if (units.empty()) return;
  tx.touch(kScoresVersion);
  tx.touch_units(units);
  constexpr size_t kChunk = 500;
  for (size_t from = 0; from < units.size(); from += kChunk) {
    size_t n = std::min(kChunk, units.size() - from);
    std::string values;
    Params params;
    for (size_t i = 0; i < n; ++i) {
      values += (i ? ", ($" : "($") + std::to_string(i + 1) + ", 1)";
      params.push_back(units[from + i]);
    }
    tx.query("INSERT INTO score_gen_unit (unit_id, gen) VALUES " + values +
                 " ON CONFLICT (unit_id) DO UPDATE SET gen = score_gen_unit.gen + 1",
             params);
  }
}

void bump_members_under(Tx& tx, int64_t unit) {
  // The group members at or below the unit (children, and units merged into it, recursively):
  // the units whose chain of levels above — and so the deadlines their months fall due by — runs
  // through it. Each is moved once, whatever the number of its group-years.
  Result r = tx.query(UnitRepository::scope_cte(1) +
                          "INSERT INTO score_gen_unit (unit_id, gen) SELECT DISTINCT gm.unit_id, 1 FROM group_members gm "
                          "JOIN scope ON scope.id = gm.unit_id WHERE 1 = 1 ON CONFLICT (unit_id) DO UPDATE SET gen = "
                          "score_gen_unit.gen + 1 RETURNING unit_id",
                      {unit});
  if (r.empty()) return;
  std::vector<int64_t> units;
  for (const auto& row : r.rows) units.push_back(std::stoll(*row[0]));
  tx.touch(kScoresVersion);
  tx.touch_units(units);
}

void bump_member_scores(Tx& tx, int64_t gy, int64_t unit) {
  tx.touch(kScoresVersion);
  tx.touch_units({unit});
  tx.query("INSERT INTO score_gen_member (group_year_id, unit_id, gen) VALUES ($1, $2, 1) "
           "ON CONFLICT (group_year_id, unit_id) DO UPDATE SET gen = score_gen_member.gen + 1",
           {gy, unit});
}

void bump_group_year_scores(Tx& tx, int64_t gy) {
  tx.touch(kScoresVersion);
  tx.query("INSERT INTO score_gen_group_year (group_year_id, gen) VALUES ($1, 1) "
           "ON CONFLICT (group_year_id) DO UPDATE SET gen = score_gen_group_year.gen + 1",
           {gy});
}

}  // namespace thidua::storage
