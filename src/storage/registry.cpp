#include "storage/registry.h"
#include "storage/batch.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <ctime>
#include <set>

#include "core/error.h"
#include "storage/data_versions.h"
#include "storage/row_reader.h"
#include "storage/score_versions.h"
#include "text/vietnamese.h"

namespace thidua::storage {
namespace {

constexpr const char* kUnitColumns =
    "u.id, u.name, u.kind, u.code, u.parent_id, p.name AS parent_name, u.valid_from, u.valid_to, u.status, "
    "u.successor_id, s.name AS successor_name";
constexpr const char* kUnitFrom =
    " FROM units u LEFT JOIN units p ON p.id = u.parent_id LEFT JOIN units s ON s.id = u.successor_id ";

Date parse_stored_date(const std::string& s) {
  auto d = Date::parse_iso(s);
  if (!d) throw Error(ErrorCode::kInternal, "bad stored date " + s);
  return *d;
}
std::optional<Date> opt_date(const std::optional<std::string>& s) {
  if (!s) return std::nullopt;
  return parse_stored_date(*s);
}

Unit read_unit(const Result& r, size_t i) {
  RowRef row(r, i);
  Unit u;
  u.id = row.i64("id");
  u.name = row.str("name");
  u.kind = row.str("kind");
  u.code = row.str("code");
  u.parent_id = row.opt_i64("parent_id");
  u.parent_name = row.str("parent_name");
  u.validity.from = parse_stored_date(row.str("valid_from"));
  u.validity.to = opt_date(row.opt_str("valid_to"));
  u.status = row.str("status");
  u.successor_id = row.opt_i64("successor_id");
  u.successor_name = row.str("successor_name");
  return u;
}

std::vector<Unit> read_units(const Result& r) {
  std::vector<Unit> out;
  out.reserve(r.size());
  for (size_t i = 0; i < r.size(); ++i) out.push_back(read_unit(r, i));
  return out;
}

Posting read_posting(const Result& r, size_t i) {
  RowRef row(r, i);
  Posting p;
  p.id = row.i64("id");
  p.person_id = row.i64("person_id");
  p.unit_id = row.i64("unit_id");
  p.person_name = row.str("person_name");
  p.unit_name = row.str("unit_name");
  p.rank = row.opt_str("rank");
  p.position = row.opt_str("position");
  p.team_role = row.opt_str("team_role");
  p.from = parse_stored_date(row.str("date_from"));
  p.to = opt_date(row.opt_str("date_to"));
  return p;
}

constexpr const char* kPostingSelect =
    "SELECT po.id, po.person_id, po.unit_id, pe.full_name AS person_name, un.name AS unit_name, po.rank, "
    "po.position, po.team_role, po.date_from, po.date_to FROM postings po JOIN persons pe ON pe.id = po.person_id "
    "JOIN units un ON un.id = po.unit_id ";

}  // namespace

std::string now_iso() {
  std::time_t now = std::time(nullptr);
  char ts[32];
  std::tm tm{};
  gmtime_r(&now, &tm);
  std::strftime(ts, sizeof ts, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return ts;
}

// ---- units ----

std::string UnitRepository::scope_cte(int n) {
  // Below a unit: its children, and the units merged into it, recursively.
  return "WITH RECURSIVE scope(id) AS (SELECT CAST($" + std::to_string(n) +
         " AS BIGINT) UNION SELECT c.id FROM units c JOIN scope ON (c.parent_id = scope.id OR c.successor_id = "
         "scope.id)) ";
}

std::optional<Unit> UnitRepository::find(int64_t id) {
  Result r = tx_.query(std::string("SELECT ") + kUnitColumns + kUnitFrom + "WHERE u.id = $1", {id});
  if (r.empty()) return std::nullopt;
  return read_unit(r, 0);
}

std::map<int64_t, Unit> UnitRepository::find_many(const std::vector<int64_t>& ids) {
  constexpr size_t kChunk = 500;  // placeholders a statement, well under both engines' limits
  std::map<int64_t, Unit> out;
  for (size_t from = 0; from < ids.size(); from += kChunk) {
    size_t n = std::min(kChunk, ids.size() - from);
    std::string in;
    Params params;
    for (size_t i = 0; i < n; ++i) {
      in += (i ? ", $" : "$") + std::to_string(i + 1);
      params.push_back(ids[from + i]);
    }
    Result r = tx_.query(std::string("SELECT ") + kUnitColumns + kUnitFrom + "WHERE u.id IN (" + in + ")", params);
    for (size_t i = 0; i < r.size(); ++i) {
      Unit u = read_unit(r, i);
      out.emplace(u.id, std::move(u));
    }
  }
  return out;
}

Unit UnitRepository::get(int64_t id) {
  auto u = find(id);
  if (!u) throw Error::NotFound("Không tìm thấy đơn vị #" + std::to_string(id));
  return *u;
}

std::vector<Unit> UnitRepository::search(const UnitQuery& q, int64_t* total) {
  std::string cte, where = " WHERE 1=1";
  Params params;
  if (q.scope_root) {
    params.push_back(*q.scope_root);
    cte = scope_cte(1);
    where += " AND u.id IN (SELECT id FROM scope)";
  }
  if (!q.q.empty()) {
    params.push_back("%" + text::like_escape(text::fold(q.q)) + "%");
    where += " AND (u.name_folded LIKE $" + std::to_string(params.size()) + " ESCAPE '\\' OR u.code = $" +
             std::to_string(params.size() + 1) + ")";
    params.push_back(q.q);
  }
  if (q.kind) {
    params.push_back(*q.kind);
    where += " AND u.kind = $" + std::to_string(params.size());
  }
  if (q.status) {
    params.push_back(*q.status);
    where += " AND u.status = $" + std::to_string(params.size());
  }
  if (q.parent_id) {
    params.push_back(*q.parent_id);
    where += " AND u.parent_id = $" + std::to_string(params.size());
  }
  return read_units(tx_.query_page(cte + "SELECT COUNT(*) FROM units u" + where,
                                   cte + "SELECT " + kUnitColumns + kUnitFrom + where, "u.name_sort, u.id", params,
                                   q.limit, q.offset, total));
}

std::vector<Unit> UnitRepository::predecessors(int64_t id) {
  return read_units(tx_.query(std::string("SELECT ") + kUnitColumns + kUnitFrom +
                                  "WHERE u.successor_id = $1 ORDER BY u.name_sort, u.id",
                              {id}));
}

std::vector<Unit> UnitRepository::children(int64_t id) {
  return read_units(tx_.query(std::string("SELECT ") + kUnitColumns + kUnitFrom +
                                  "WHERE u.parent_id = $1 ORDER BY u.name_sort, u.id",
                              {id}));
}

std::vector<int64_t> UnitRepository::ancestors(int64_t id) {
  Result r = tx_.query(
      "WITH RECURSIVE up(id) AS (SELECT CAST($1 AS BIGINT) UNION SELECT p.id FROM up JOIN units u ON u.id = up.id "
      "JOIN units p ON (p.id = u.parent_id OR p.id = u.successor_id)) SELECT id FROM up",
      {id});
  std::vector<int64_t> out;
  for (auto& row : r.rows) out.push_back(std::stoll(*row[0]));
  return out;
}

bool UnitRepository::in_scope(int64_t root, int64_t unit_id) {
  if (root == unit_id) return true;
  for (int64_t a : ancestors(unit_id))
    if (a == root) return true;
  return false;
}

namespace {

// create()'s checks of a new unit, its parent (when it names one) looked up by the caller.
void check_new_unit(const NewUnit& n, const std::optional<Unit>& parent) {
  org::check_unit_fields(n.name, n.code);
  if (!org::is_unit_kind(n.kind)) throw Error::Invalid("Loại đơn vị không hợp lệ: " + n.kind, "kind");
  org::Validity v{n.valid_from, n.valid_to};
  if (n.valid_to && *n.valid_to < n.valid_from)
    throw Error::Invalid("Ngày hết hiệu lực phải sau ngày bắt đầu", "valid_to");
  if (n.parent_id) {
    if (!parent) throw Error::Invalid("Đơn vị cấp trên không tồn tại", "parent_id");
    org::check_within_parent(v, parent->validity, parent->name);
  } else if (n.kind != "ministry" && n.kind != "peoples_committee" && n.kind != "other") {
    // Police units hang under the Ministry; local government bodies stand on their own.
    throw Error::Invalid("Đơn vị phải có đơn vị cấp trên (trừ cấp Bộ và cơ quan chính quyền)", "parent_id");
  }
}

// create()'s checks of a new person's own fields.
void check_new_person(const std::string& full_name, const std::string& kind, std::optional<int64_t> birth_year) {
  if (full_name.empty()) throw Error::Invalid("Họ tên không được để trống", "full_name");
  if (full_name.size() > 200) throw Error::Invalid("Họ tên quá dài", "full_name");
  if (!org::is_person_kind(kind)) throw Error::Invalid("Loại người không hợp lệ", "kind");
  if (birth_year && (*birth_year < 1900 || *birth_year > 2100)) throw Error::Invalid("Năm sinh không hợp lệ", "birth_year");
}

}  // namespace

Unit UnitRepository::create(const NewUnit& n) {
  check_new_unit(n, n.parent_id ? find(*n.parent_id) : std::nullopt);
  if (!tx_.query("SELECT 1 FROM units WHERE code = $1", {n.code}).empty())
    throw Error::Conflict("Mã đơn vị " + n.code + " đã được dùng");
  int64_t id = tx_.query_id(
      "INSERT INTO units (name, name_folded, name_sort, kind, code, parent_id, valid_from, valid_to, status, "
      "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
      {n.name, text::fold(n.name), Bytes{text::sort_key(n.name)}, n.kind, n.code, opt_param(n.parent_id),
       n.valid_from.iso(), opt_param(n.valid_to), std::string(n.valid_to ? "dissolved" : "active"), now_iso()});
  record_event("create", n.valid_from, std::nullopt, nlohmann::json{{"name", n.name}}.dump(), {{id, "subject"}});
  touch_structure(tx_), touch_commendation(tx_);  // the registry's structure: a reader's scope may hold a new unit
  return get(id);
}

std::vector<int64_t> UnitRepository::create_many(const std::vector<NewUnit>& batch) {
  std::vector<int64_t> parent_ids;
  for (const auto& n : batch)
    if (n.parent_id) parent_ids.push_back(*n.parent_id);
  const std::map<int64_t, Unit> parents = find_many(parent_ids);
  std::set<std::string> codes;
  for (const auto& n : batch) {
    std::optional<Unit> parent;
    if (n.parent_id)
      if (auto it = parents.find(*n.parent_id); it != parents.end()) parent = it->second;
    check_new_unit(n, parent);
    if (!codes.insert(n.code).second) throw Error::Conflict("Mã đơn vị " + n.code + " đã được dùng");
  }
  for (size_t from = 0; from < batch.size(); from += kBatchRows) {
    const size_t k = std::min(kBatchRows, batch.size() - from);
    Params p;
    for (size_t i = 0; i < k; ++i) p.push_back(batch[from + i].code);
    Result r = tx_.query("SELECT code FROM units WHERE code IN " + value_rows(1, k), p);
    if (!r.empty()) throw Error::Conflict("Mã đơn vị " + *r.rows[0][0] + " đã được dùng");
  }
  // Written as create() writes them: the units, then each one's "create" event.
  if (!batch.empty()) touch_structure(tx_), touch_commendation(tx_);
  const std::string now = now_iso();
  std::vector<int64_t> ids, events;
  for (size_t from = 0; from < batch.size(); from += kBatchRows) {
    const size_t k = std::min(kBatchRows, batch.size() - from);
    Params p, e;
    for (size_t i = 0; i < k; ++i) {
      const NewUnit& n = batch[from + i];
      for (Param v : Params{n.name, text::fold(n.name), Bytes{text::sort_key(n.name)}, n.kind, n.code,
                            opt_param(n.parent_id), n.valid_from.iso(), opt_param(n.valid_to),
                            std::string(n.valid_to ? "dissolved" : "active"), now})
        p.push_back(std::move(v));
      for (Param v : Params{std::string("create"), n.valid_from.iso(), nullptr, nlohmann::json{{"name", n.name}}.dump(), now})
        e.push_back(std::move(v));
    }
    append_ids(tx_.query("INSERT INTO units (name, name_folded, name_sort, kind, code, parent_id, valid_from, valid_to, "
                         "status, created_at) VALUES " + value_rows(k, 10) + " RETURNING id",
                         p),
               ids);
    append_ids(tx_.query("INSERT INTO unit_events (kind, date, document, details, created_at) VALUES " +
                             value_rows(k, 5) + " RETURNING id",
                         e),
               events);
    Params links;
    for (size_t i = from; i < from + k; ++i)
      for (Param v : Params{events[i], ids[i], std::string("subject")}) links.push_back(std::move(v));
    tx_.query("INSERT INTO unit_event_units (event_id, unit_id, role) VALUES " + value_rows(k, 3), links);
  }
  return ids;
}

Unit UnitRepository::correct(int64_t id, const std::optional<std::string>& code, const std::optional<Date>& from) {
  Unit u = get(id);
  if (code) {
    org::check_unit_fields(u.name, *code);
    if (!tx_.query("SELECT 1 FROM units WHERE code = $1 AND id <> $2", {*code, id}).empty())
      throw Error::Conflict("Mã đơn vị " + *code + " đã được dùng");
    tx_.query("UPDATE units SET code = $1 WHERE id = $2", {*code, id});
    bump_unit_reports(tx_, id);  // the code breaks ties in rankings
  }
  if (from) {
    org::Validity v{*from, u.validity.to};
    if (u.parent_id) {
      Unit parent = get(*u.parent_id);
      org::check_within_parent(v, parent.validity, parent.name);
    }
    for (const Unit& c : children(id))
      if (c.validity.from < *from)
        throw Error::Invalid("Đơn vị cấp dưới " + c.name + " bắt đầu trước ngày " + from->vn(), "valid_from");
    tx_.query("UPDATE units SET valid_from = $1 WHERE id = $2", {from->iso(), id});
    touch_structure(tx_), touch_commendation(tx_);
  }
  return get(id);
}

Unit UnitRepository::rename(int64_t id, const std::string& name, Date date, const std::optional<std::string>& doc) {
  Unit u = get(id);
  org::check_unit_fields(name, u.code);
  if (u.status != "active") throw Error::Conflict("Đơn vị " + u.name + " đã hết hiệu lực, không thể đổi tên");
  org::check_event_date(u.validity, date, u.name);
  if (name == u.name) throw Error::Invalid("Tên mới trùng với tên hiện tại", "name");
  tx_.query("UPDATE units SET name = $1, name_folded = $2, name_sort = $3 WHERE id = $4",
            {name, text::fold(name), Bytes{text::sort_key(name)}, id});
  bump_unit_reports(tx_, id);  // rankings held in memory show the new name
  touch_structure(tx_), touch_commendation(tx_);        // and the national view its groups' organisers by name
  record_event("rename", date, doc, nlohmann::json{{"from", u.name}, {"to", name}}.dump(), {{id, "subject"}});
  return get(id);
}

Unit UnitRepository::move(int64_t id, int64_t new_parent, Date date, const std::optional<std::string>& doc) {
  Unit u = get(id);
  if (u.status != "active") throw Error::Conflict("Đơn vị " + u.name + " đã hết hiệu lực, không thể chuyển");
  auto parent = find(new_parent);
  if (!parent) throw Error::Invalid("Đơn vị cấp trên mới không tồn tại", "parent_id");
  if (u.parent_id && *u.parent_id == new_parent) throw Error::Invalid("Đơn vị đã thuộc đơn vị này", "parent_id");
  org::check_no_cycle(id, ancestors(new_parent));
  org::check_event_date(u.validity, date, u.name);
  if (!parent->validity.contains(date) || parent->status != "active")
    throw Error::Invalid("Đơn vị cấp trên mới không còn hiệu lực vào ngày " + date.vn(), "parent_id");
  tx_.query("UPDATE units SET parent_id = $1 WHERE id = $2", {new_parent, id});
  // Who sees the unit changes (the national view's scopes), and the deadlines set along the
  // chain above every member at or below it.
  touch_structure(tx_), touch_commendation(tx_);
  bump_members_under(tx_, id);
  nlohmann::json details = {{"from", {{"id", u.parent_id ? nlohmann::json(*u.parent_id) : nlohmann::json()},
                                      {"name", u.parent_name}}},
                            {"to", {{"id", new_parent}, {"name", parent->name}}}};
  std::vector<std::pair<int64_t, std::string>> units = {{id, "subject"}, {new_parent, "new_parent"}};
  if (u.parent_id) units.push_back({*u.parent_id, "old_parent"});
  record_event("move", date, doc, details.dump(), units);
  return get(id);
}

Unit UnitRepository::dissolve(int64_t id, Date date, const std::optional<std::string>& doc) {
  Unit u = get(id);
  if (u.status != "active") throw Error::Conflict("Đơn vị " + u.name + " đã hết hiệu lực");
  org::check_event_date(u.validity, date, u.name);
  Date last = date.add_days(-1);
  for (const Unit& c : children(id))
    if (c.status == "active" && (!c.validity.to || *c.validity.to > last))
      throw Error::Conflict("Đơn vị cấp dưới " + c.name + " còn hiệu lực; hãy giải thể, hợp nhất hoặc chuyển trước");
  if (PersonRepository(tx_).count_open_postings(id) > 0)
    throw Error::Conflict("Đơn vị " + u.name + " còn cán bộ đang công tác; hãy điều chuyển trước khi giải thể");
  tx_.query("UPDATE units SET valid_to = $1, status = 'dissolved' WHERE id = $2", {last.iso(), id});
  touch_structure(tx_), touch_commendation(tx_);
  record_event("dissolve", date, doc, nlohmann::json{{"name", u.name}}.dump(), {{id, "subject"}});
  return get(id);
}

Unit UnitRepository::merge(const std::vector<int64_t>& sources, int64_t target, Date date,
                           const std::optional<std::string>& doc) {
  if (sources.empty()) throw Error::Invalid("Cần ít nhất một đơn vị được hợp nhất", "source_ids");
  Unit t = get(target);
  if (t.status != "active" || !t.validity.contains(date))
    throw Error::Invalid("Đơn vị nhận hợp nhất không còn hiệu lực vào ngày " + date.vn(), "target_id");
  Date last = date.add_days(-1);
  nlohmann::json src = nlohmann::json::array();
  std::vector<std::pair<int64_t, std::string>> units = {{target, "target"}};
  PersonRepository people(tx_);
  for (int64_t sid : sources) {
    if (sid == target) throw Error::Invalid("Đơn vị không thể hợp nhất vào chính nó", "source_ids");
    for (auto& [seen, role] : units)
      if (seen == sid) throw Error::Invalid("Đơn vị bị lặp trong danh sách hợp nhất", "source_ids");
    Unit s = get(sid);
    if (s.status != "active") throw Error::Conflict("Đơn vị " + s.name + " đã hết hiệu lực");
    org::check_event_date(s.validity, date, s.name);
    org::check_no_cycle(sid, ancestors(target));
    // Children of the source pass to the target; current postings move to the target. The
    // members at or below the source (these children included) have a new chain above them.
    bump_members_under(tx_, sid);
    tx_.query("UPDATE units SET parent_id = $1 WHERE parent_id = $2 AND status = 'active'", {target, sid});
    for (const Posting& p : people.postings_at(sid, std::nullopt)) {
      NewPosting np{target, p.rank, p.position, p.team_role, date};
      people.add_posting(p.person_id, np);
    }
    tx_.query("UPDATE units SET valid_to = $1, status = 'merged', successor_id = $2 WHERE id = $3",
              {last.iso(), target, sid});
    src.push_back({{"id", sid}, {"name", s.name}});
    units.push_back({sid, "source"});
  }
  touch_structure(tx_), touch_commendation(tx_);
  record_event("merge", date, doc, nlohmann::json{{"sources", src}, {"target", {{"id", target}, {"name", t.name}}}}.dump(),
               units);
  return get(target);
}

int64_t UnitRepository::record_event(const std::string& kind, Date date, const std::optional<std::string>& document,
                                     const std::string& details_json,
                                     const std::vector<std::pair<int64_t, std::string>>& units) {
  int64_t id = tx_.query_id(
      "INSERT INTO unit_events (kind, date, document, details, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
      {kind, date.iso(), opt_param(document), details_json, now_iso()});
  for (auto& [uid, role] : units)
    tx_.query("INSERT INTO unit_event_units (event_id, unit_id, role) VALUES ($1, $2, $3)", {id, uid, role});
  return id;
}

std::vector<UnitEvent> UnitRepository::events(int64_t unit_id) {
  Result r = tx_.query(
      "SELECT e.id, e.kind, e.date, e.document, e.details FROM unit_events e WHERE e.id IN (SELECT event_id FROM "
      "unit_event_units WHERE unit_id = $1) ORDER BY e.date, e.id",
      {unit_id});
  std::vector<UnitEvent> out;
  for (size_t i = 0; i < r.size(); ++i) {
    RowRef row(r, i);
    UnitEvent e;
    e.id = row.i64("id");
    e.kind = row.str("kind");
    e.date = parse_stored_date(row.str("date"));
    e.document = row.opt_str("document");
    e.details_json = row.str("details");
    Result us = tx_.query("SELECT unit_id FROM unit_event_units WHERE event_id = $1 ORDER BY unit_id", {e.id});
    for (auto& ur : us.rows) e.unit_ids.push_back(std::stoll(*ur[0]));
    out.push_back(std::move(e));
  }
  return out;
}

// ---- people ----

std::optional<Posting> PersonRepository::find_posting(int64_t id) {
  Result r = tx_.query(std::string(kPostingSelect) + "WHERE po.id = $1", {id});
  if (r.empty()) return std::nullopt;
  return read_posting(r, 0);
}

std::vector<Posting> PersonRepository::postings_of(int64_t person_id) {
  Result r = tx_.query(std::string(kPostingSelect) + "WHERE po.person_id = $1 ORDER BY po.date_from DESC, po.id DESC",
                       {person_id});
  std::vector<Posting> out;
  for (size_t i = 0; i < r.size(); ++i) out.push_back(read_posting(r, i));
  return out;
}

std::vector<Posting> PersonRepository::postings_at(int64_t unit_id, std::optional<Date> at) {
  Result r = at ? tx_.query(std::string(kPostingSelect) +
                                "WHERE po.unit_id = $1 AND po.date_from <= $2 AND (po.date_to IS NULL OR po.date_to "
                                ">= $2) ORDER BY pe.name_sort, po.id",
                            {unit_id, at->iso()})
                : tx_.query(std::string(kPostingSelect) +
                                "WHERE po.unit_id = $1 AND po.date_to IS NULL ORDER BY pe.name_sort, po.id",
                            {unit_id});
  std::vector<Posting> out;
  for (size_t i = 0; i < r.size(); ++i) out.push_back(read_posting(r, i));
  return out;
}

int64_t PersonRepository::count_open_postings(int64_t unit_id) {
  return tx_.query_id("SELECT COUNT(*) FROM postings WHERE unit_id = $1 AND date_to IS NULL", {unit_id});
}

std::optional<Person> PersonRepository::find(int64_t id) {
  Result r = tx_.query("SELECT id, full_name, kind, birth_year FROM persons WHERE id = $1", {id});
  if (r.empty()) return std::nullopt;
  RowRef row(r, 0);
  Person p{row.i64("id"), row.str("full_name"), row.str("kind"), row.opt_i64("birth_year"), std::nullopt};
  auto ps = postings_of(id);
  for (auto& po : ps)
    if (!po.to) {
      p.current = po;
      break;
    }
  return p;
}

Person PersonRepository::get(int64_t id) {
  auto p = find(id);
  if (!p) throw Error::NotFound("Không tìm thấy người #" + std::to_string(id));
  return *p;
}

std::vector<Person> PersonRepository::search(const PersonQuery& q, int64_t* total) {
  std::string cte, where = " WHERE 1=1";
  Params params;
  std::string join = " LEFT JOIN postings po ON po.person_id = pe.id AND po.date_to IS NULL ";
  if (q.unit_id || q.scope_root) {
    // Restrict to people whose current posting lies inside the given subtree(s).
    if (q.scope_root) {
      params.push_back(*q.scope_root);
      cte = UnitRepository::scope_cte(1);
      where += " AND po.unit_id IN (SELECT id FROM scope)";
    }
    if (q.unit_id) {
      params.push_back(*q.unit_id);
      std::string n = std::to_string(params.size());
      std::string sub = "sub" + n;
      std::string c = sub + "(id) AS (SELECT CAST($" + n + " AS BIGINT) UNION SELECT c.id FROM units c JOIN " + sub +
                      " ON (c.parent_id = " + sub + ".id OR c.successor_id = " + sub + ".id)) ";
      cte = cte.empty() ? "WITH RECURSIVE " + c : cte.substr(0, cte.size() - 1) + ", " + c;
      where += " AND po.unit_id IN (SELECT id FROM " + sub + ")";
    }
  }
  if (!q.q.empty()) {
    params.push_back("%" + text::like_escape(text::fold(q.q)) + "%");
    where += " AND pe.name_folded LIKE $" + std::to_string(params.size()) + " ESCAPE '\\'";
  }
  if (q.kind) {
    params.push_back(*q.kind);
    where += " AND pe.kind = $" + std::to_string(params.size());
  }
  std::string from = " FROM persons pe" + join + " LEFT JOIN units un ON un.id = po.unit_id";
  Result r = tx_.query_page(cte + "SELECT COUNT(*)" + from + where,
                            cte +
                                "SELECT pe.id, pe.full_name, pe.kind, pe.birth_year, po.id AS posting_id, po.unit_id, "
                                "un.name AS unit_name, po.rank, po.position, po.team_role, po.date_from, po.date_to" +
                                from + where,
                            "pe.name_sort, pe.id", params, q.limit, q.offset, total);
  std::vector<Person> out;
  for (size_t i = 0; i < r.size(); ++i) {
    RowRef row(r, i);
    Person p{row.i64("id"), row.str("full_name"), row.str("kind"), row.opt_i64("birth_year"), std::nullopt};
    if (!row.is_null("posting_id")) {
      Posting po;
      po.id = row.i64("posting_id");
      po.person_id = p.id;
      po.person_name = p.full_name;
      po.unit_id = row.i64("unit_id");
      po.unit_name = row.str("unit_name");
      po.rank = row.opt_str("rank");
      po.position = row.opt_str("position");
      po.team_role = row.opt_str("team_role");
      po.from = parse_stored_date(row.str("date_from"));
      p.current = po;
    }
    out.push_back(std::move(p));
  }
  return out;
}

void PersonRepository::check_posting(const std::string& kind, const NewPosting& p) {
  check_posting(kind, p, UnitRepository(tx_).find(p.unit_id));
}

void PersonRepository::check_posting(const std::string& kind, const NewPosting& p, const std::optional<Unit>& u) {
  if (!u) throw Error::Invalid("Đơn vị công tác không tồn tại", "unit_id");
  if (!u->validity.contains(p.from))
    throw Error::Invalid("Đơn vị " + u->name + " không còn hiệu lực vào ngày " + p.from.vn(), "from");
  if (p.rank && !org::is_police_rank(*p.rank)) throw Error::Invalid("Cấp bậc không hợp lệ: " + *p.rank, "rank");
  if (p.team_role && !org::is_team_role(*p.team_role))
    throw Error::Invalid("Vai trò trong tổ không hợp lệ", "team_role");
  if (kind == "member" && !p.team_role)
    throw Error::Invalid("Thành viên tổ bảo vệ ANTT cơ sở cần có vai trò (tổ trưởng, tổ phó, tổ viên)", "team_role");
  if (p.team_role && u->kind != "grassroots_team")
    throw Error::Invalid("Vai trò tổ trưởng/tổ phó/tổ viên chỉ dùng cho Tổ bảo vệ ANTT cơ sở", "team_role");
  if (p.position && p.position->size() > 200) throw Error::Invalid("Chức vụ quá dài", "position");
}

Person PersonRepository::create(const std::string& full_name, const std::string& kind,
                                std::optional<int64_t> birth_year, const NewPosting& first) {
  check_new_person(full_name, kind, birth_year);
  check_posting(kind, first);
  int64_t id = tx_.query_id(
      "INSERT INTO persons (full_name, name_folded, name_sort, kind, birth_year, created_at) VALUES ($1, $2, $3, $4, "
      "$5, $6) RETURNING id",
      {full_name, text::fold(full_name), Bytes{text::sort_key(full_name)}, kind, opt_param(birth_year), now_iso()});
  tx_.query(
      "INSERT INTO postings (person_id, unit_id, rank, position, team_role, date_from) VALUES ($1, $2, $3, $4, $5, $6)",
      {id, first.unit_id, opt_param(first.rank), opt_param(first.position), opt_param(first.team_role),
       first.from.iso()});
  touch_commendation(tx_);  // the eligibility engine's people and who is posted where
  return get(id);
}

std::vector<int64_t> PersonRepository::create_many(const std::vector<NewPerson>& batch) {
  std::vector<int64_t> unit_ids;
  for (const auto& n : batch) unit_ids.push_back(n.first.unit_id);
  const std::map<int64_t, Unit> units = UnitRepository(tx_).find_many(unit_ids);
  for (const auto& n : batch) {
    check_new_person(n.full_name, n.kind, n.birth_year);
    auto it = units.find(n.first.unit_id);
    check_posting(n.kind, n.first, it == units.end() ? std::nullopt : std::optional<Unit>(it->second));
  }
  const std::string now = now_iso();
  std::vector<int64_t> ids;
  for (size_t from = 0; from < batch.size(); from += kBatchRows) {
    const size_t k = std::min(kBatchRows, batch.size() - from);
    Params p;
    for (size_t i = 0; i < k; ++i) {
      const NewPerson& n = batch[from + i];
      for (Param v : Params{n.full_name, text::fold(n.full_name), Bytes{text::sort_key(n.full_name)}, n.kind,
                            opt_param(n.birth_year), now})
        p.push_back(std::move(v));
    }
    append_ids(tx_.query("INSERT INTO persons (full_name, name_folded, name_sort, kind, birth_year, created_at) VALUES " +
                             value_rows(k, 6) + " RETURNING id",
                         p),
               ids);
    Params q;
    for (size_t i = 0; i < k; ++i) {
      const NewPosting& f = batch[from + i].first;
      for (Param v : Params{ids[from + i], f.unit_id, opt_param(f.rank), opt_param(f.position), opt_param(f.team_role),
                            f.from.iso()})
        q.push_back(std::move(v));
    }
    tx_.query("INSERT INTO postings (person_id, unit_id, rank, position, team_role, date_from) VALUES " +
                  value_rows(k, 6),
              q);
  }
  if (!batch.empty()) touch_commendation(tx_);
  return ids;
}

Person PersonRepository::update(int64_t id, const std::optional<std::string>& full_name,
                                const std::optional<int64_t>& birth_year) {
  get(id);
  if (full_name) {
    if (full_name->empty() || full_name->size() > 200) throw Error::Invalid("Họ tên không hợp lệ", "full_name");
    tx_.query("UPDATE persons SET full_name = $1, name_folded = $2, name_sort = $3 WHERE id = $4",
              {*full_name, text::fold(*full_name), Bytes{text::sort_key(*full_name)}, id});
    touch_commendation(tx_);  // eligibility lists the name
  }
  if (birth_year) {
    if (*birth_year < 1900 || *birth_year > 2100) throw Error::Invalid("Năm sinh không hợp lệ", "birth_year");
    tx_.query("UPDATE persons SET birth_year = $1 WHERE id = $2", {*birth_year, id});
  }
  return get(id);
}

Posting PersonRepository::add_posting(int64_t person_id, const NewPosting& p) {
  Person person = get(person_id);
  check_posting(person.kind, p);
  if (person.current) {
    if (p.from <= person.current->from)
      throw Error::Invalid("Ngày bắt đầu phải sau ngày bắt đầu của vị trí hiện tại (" + person.current->from.vn() + ")",
                           "from");
    tx_.query("UPDATE postings SET date_to = $1 WHERE id = $2", {p.from.add_days(-1).iso(), person.current->id});
  }
  int64_t id = tx_.query_id(
      "INSERT INTO postings (person_id, unit_id, rank, position, team_role, date_from) VALUES ($1, $2, $3, $4, $5, "
      "$6) RETURNING id",
      {person_id, p.unit_id, opt_param(p.rank), opt_param(p.position), opt_param(p.team_role), p.from.iso()});
  touch_commendation(tx_);
  return *find_posting(id);
}

Posting PersonRepository::end_posting(int64_t posting_id, Date date) {
  auto p = find_posting(posting_id);
  if (!p) throw Error::NotFound("Không tìm thấy quá trình công tác #" + std::to_string(posting_id));
  if (p->to) throw Error::Conflict("Quá trình công tác này đã kết thúc");
  if (date < p->from) throw Error::Invalid("Ngày kết thúc phải sau ngày bắt đầu", "date");
  tx_.query("UPDATE postings SET date_to = $1 WHERE id = $2", {date.iso(), posting_id});
  touch_commendation(tx_);
  return *find_posting(posting_id);
}

}  // namespace thidua::storage
