#include "storage/emulation.h"
#include "storage/score_versions.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "core/audit.h"
#include "core/error.h"
#include "storage/batch.h"
#include "storage/data_versions.h"
#include "storage/registry.h"
#include "storage/row_reader.h"
#include "storage/scoring_store.h"
#include "text/vietnamese.h"

namespace thidua::storage {
namespace {

using nlohmann::json;

Date stored_date(const std::string& s) {
  auto d = Date::parse_iso(s);
  if (!d) throw Error(ErrorCode::kInternal, "bad stored date " + s);
  return *d;
}
std::optional<Date> opt_date(const std::optional<std::string>& s) {
  if (!s) return std::nullopt;
  return stored_date(*s);
}
Param text_or_null(const std::string& s) { return s.empty() ? Param(nullptr) : Param(s); }

std::string n(size_t i) { return "$" + std::to_string(i); }

// CTEs `scope(id)` (the unit bound to $p and below it) and `up(id)` (the unit and above it).
std::string scope_and_up(int p) {
  std::string v = "CAST($" + std::to_string(p) + " AS BIGINT)";
  return "WITH RECURSIVE scope(id) AS (SELECT " + v +
         " UNION SELECT c.id FROM units c JOIN scope ON (c.parent_id = scope.id OR c.successor_id = scope.id)), "
         "up(id) AS (SELECT " + v +
         " UNION SELECT p.id FROM up JOIN units u ON u.id = up.id JOIN units p ON (p.id = u.parent_id OR p.id = "
         "u.successor_id)) ";
}

UnitRef unit_ref(const Unit& u) { return {u.id, u.name, u.kind}; }

bool visible(UnitRepository& units, int64_t viewer, int64_t owner) {
  return units.in_scope(viewer, owner) || units.in_scope(owner, viewer);
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// movements

void MovementRepository::check_fields(const MovementFields& f, std::optional<int64_t> self_id, int64_t& owner) {
  if (!emulation::is_movement_kind(f.kind))
    throw Error::Invalid("Loại phong trào phải là regular, thematic hoặc special", "kind");
  emulation::check_movement_texts(f.name, f.theme, f.motto, f.scope_text);
  emulation::check_period(f.start, f.end);
  emulation::check_phases(f.start, f.end, f.phases);
  emulation::check_content_areas(f.content_areas);
  emulation::check_chairs(f.chairs);
  if (f.launch_date && *f.launch_date > f.end)
    throw Error::Invalid("Ngày phát động phải trước ngày kết thúc phong trào", "launch.date");
  if (f.launch_place.size() > 300) throw Error::Invalid("Địa điểm phát động quá dài", "launch.place");
  if (f.targets.size() > 100) throw Error::Invalid("Tối đa 100 chỉ tiêu", "targets");

  UnitRepository units(tx_);
  if (f.organiser_ids.empty()) throw Error::Invalid("Cần ít nhất một đơn vị tổ chức", "organiser_unit_ids");
  if (f.organiser_ids.size() > 10) throw Error::Invalid("Tối đa 10 đơn vị tổ chức", "organiser_unit_ids");
  std::set<int64_t> seen;
  std::optional<int64_t> first_police;
  for (int64_t id : f.organiser_ids) {
    if (!seen.insert(id).second) throw Error::Invalid("Một đơn vị tổ chức bị lặp", "organiser_unit_ids");
    auto u = units.find(id);
    if (!u) throw Error::Invalid("Đơn vị tổ chức #" + std::to_string(id) + " không tồn tại", "organiser_unit_ids");
    if (!u->validity.contains(f.start) && !(f.launch_date && u->validity.contains(*f.launch_date)))
      throw Error::Invalid(u->name + " không còn hiệu lực vào thời gian của phong trào", "organiser_unit_ids");
    if (!emulation::is_civil_body(u->kind) && !first_police) first_police = id;
  }
  if (!first_police)
    throw Error::Invalid("Cần ít nhất một đơn vị Công an tổ chức phong trào (cùng với UBND, HĐND nếu có)",
                         "organiser_unit_ids");
  owner = *first_police;

  if (f.scope_unit_ids.size() > 1000) throw Error::Invalid("Tối đa 1000 đơn vị tham gia", "scope.unit_ids");
  std::set<int64_t> scope_seen;
  for (int64_t id : f.scope_unit_ids) {
    if (!scope_seen.insert(id).second) throw Error::Invalid("Một đơn vị tham gia bị lặp", "scope.unit_ids");
    auto u = units.find(id);
    if (!u) throw Error::Invalid("Đơn vị tham gia #" + std::to_string(id) + " không tồn tại", "scope.unit_ids");
    if (!units.in_scope(owner, id))
      throw Error::Invalid(u->name + " không thuộc phạm vi của đơn vị tổ chức", "scope.unit_ids");
  }

  PersonRepository people(tx_);
  for (size_t i = 0; i < f.chairs.size(); ++i)
    if (f.chairs[i].person_id && !people.find(*f.chairs[i].person_id))
      throw Error::Invalid("Không tìm thấy người chủ trì #" + std::to_string(*f.chairs[i].person_id),
                           "launch.chairs[" + std::to_string(i) + "].person_id");

  if (f.parent_id) {
    auto parent = find(*f.parent_id);
    if (!parent) throw Error::Invalid("Phong trào cấp trên không tồn tại", "parent_id");
    if (self_id) {
      // No cycles: walk up from the new parent.
      std::optional<int64_t> p = parent->id;
      for (int guard = 0; p && guard < 100; ++guard) {
        if (*p == *self_id) throw Error::Invalid("Phong trào không thể nằm dưới chính nó", "parent_id");
        auto r = tx_.query("SELECT parent_id FROM movements WHERE id = $1", {*p});
        p = r.empty() ? std::nullopt : RowRef(r, 0).opt_i64("parent_id");
      }
    }
    if (parent->state == "closed") throw Error::Conflict("Phong trào cấp trên đã tổng kết");
    if (!units.in_scope(parent->owner_unit_id, owner))
      throw Error::Invalid("Đơn vị tổ chức phải thuộc đơn vị của phong trào cấp trên (" + parent->owner_unit_name + ")",
                           "parent_id");
    emulation::check_within_parent(f.start, f.end, parent->f.start, parent->f.end, parent->f.name);
  }
  if (self_id) {
    Movement self = get(*self_id);
    for (const auto& child : self.children)
      if (child.start < f.start || child.end > f.end)
        throw Error::Invalid("Phong trào cấp dưới \"" + child.name + "\" (" + child.start.vn() + " – " +
                                 child.end.vn() + ") phải nằm trong thời gian mới của phong trào",
                             "start");
  }
}

void MovementRepository::write_children(int64_t id, const MovementFields& f, bool replace) {
  touch_structure(tx_);  // a movement, its organisers, scope and phases (its ranking periods)
  if (replace) {
    for (const char* t : {"movement_organisers", "movement_scope_units", "movement_content_areas", "movement_chairs"})
      tx_.query(std::string("DELETE FROM ") + t + " WHERE movement_id = $1", {id});
  }
  for (size_t i = 0; i < f.organiser_ids.size(); ++i)
    tx_.query("INSERT INTO movement_organisers (movement_id, unit_id, ordinal) VALUES ($1, $2, $3)",
              {id, f.organiser_ids[i], static_cast<int64_t>(i + 1)});
  for (int64_t u : f.scope_unit_ids)
    tx_.query("INSERT INTO movement_scope_units (movement_id, unit_id) VALUES ($1, $2)", {id, u});
  for (size_t i = 0; i < f.content_areas.size(); ++i)
    tx_.query("INSERT INTO movement_content_areas (movement_id, ordinal, text) VALUES ($1, $2, $3)",
              {id, static_cast<int64_t>(i + 1), f.content_areas[i]});
  PersonRepository people(tx_);
  for (size_t i = 0; i < f.chairs.size(); ++i) {
    emulation::Chair c = f.chairs[i];
    if (c.person_id) {
      // A registry person: the name (and, if not given, the position) come from the registry.
      Person p = people.get(*c.person_id);
      c.name = p.full_name;
      if (c.position.empty() && p.current && p.current->position) c.position = *p.current->position;
    }
    tx_.query("INSERT INTO movement_chairs (movement_id, ordinal, person_id, name, position) VALUES ($1, $2, $3, $4, $5)",
              {id, static_cast<int64_t>(i + 1), opt_param(c.person_id), c.name, text_or_null(c.position)});
  }
  // Phases keep their row (and id) by ordinal.
  Result old = tx_.query("SELECT ordinal FROM movement_phases WHERE movement_id = $1", {id});
  std::set<int64_t> existing;
  for (size_t i = 0; i < old.size(); ++i) existing.insert(RowRef(old, i).i64("ordinal"));
  std::set<int64_t> wanted;
  for (const auto& p : f.phases) {
    wanted.insert(p.ordinal);
    Params params{p.start.iso(), p.end.iso(), p.title, text_or_null(p.focus), id, int64_t{p.ordinal}};
    if (existing.count(p.ordinal))
      tx_.query("UPDATE movement_phases SET start_date = $1, end_date = $2, title = $3, focus = $4 WHERE movement_id = "
                "$5 AND ordinal = $6",
                params);
    else
      tx_.query("INSERT INTO movement_phases (start_date, end_date, title, focus, movement_id, ordinal) VALUES ($1, "
                "$2, $3, $4, $5, $6)",
                params);
  }
  for (int64_t o : existing)
    if (!wanted.count(o)) tx_.query("DELETE FROM movement_phases WHERE movement_id = $1 AND ordinal = $2", {id, o});
}

Movement MovementRepository::create(const MovementFields& f, std::optional<int64_t> user_id) {
  int64_t owner = 0;
  check_fields(f, std::nullopt, owner);
  std::string now = now_iso();
  int64_t id = tx_.query_id(
      "INSERT INTO movements (kind, name, name_folded, name_sort, owner_unit_id, parent_id, state, theme, motto, "
      "scope_text, start_date, end_date, launch_date, launch_place, targets, created_by, created_at, updated_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, 'draft', $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16) RETURNING id",
      {f.kind, f.name, text::fold(f.name), Bytes{text::sort_key(f.name)}, owner, opt_param(f.parent_id),
       text_or_null(f.theme), text_or_null(f.motto), text_or_null(f.scope_text), f.start.iso(), f.end.iso(),
       opt_param(f.launch_date), text_or_null(f.launch_place), emulation::to_json(f.targets).dump(),
       opt_param(user_id), now});
  write_children(id, f, false);
  return get(id);
}

Movement MovementRepository::update(int64_t id, const MovementFields& f, bool has_reason) {
  Movement before = get(id);
  emulation::State state;
  emulation::parse_state(before.state, state);
  bool structure = f.kind != before.f.kind || f.organiser_ids != before.f.organiser_ids;
  bool period = f.start != before.f.start || f.end != before.f.end;
  if (!period) {
    if (f.phases.size() != before.f.phases.size()) period = true;
    for (size_t i = 0; !period && i < f.phases.size(); ++i) {
      const auto &a = f.phases[i], &b = before.f.phases[i];
      period = a.ordinal != b.ordinal || a.start != b.start || a.end != b.end || a.title != b.title || a.focus != b.focus;
    }
  }
  emulation::check_editable(state, emulation::Change::kText, has_reason);
  if (period) emulation::check_editable(state, emulation::Change::kPeriod, has_reason);
  if (structure) emulation::check_editable(state, emulation::Change::kStructure, has_reason);
  int64_t owner = 0;
  check_fields(f, id, owner);
  tx_.query(
      "UPDATE movements SET kind = $1, name = $2, name_folded = $3, name_sort = $4, owner_unit_id = $5, parent_id = "
      "$6, theme = $7, motto = $8, scope_text = $9, start_date = $10, end_date = $11, launch_date = $12, "
      "launch_place = $13, targets = $14, updated_at = $15 WHERE id = $16",
      {f.kind, f.name, text::fold(f.name), Bytes{text::sort_key(f.name)}, owner, opt_param(f.parent_id),
       text_or_null(f.theme), text_or_null(f.motto), text_or_null(f.scope_text), f.start.iso(), f.end.iso(),
       opt_param(f.launch_date), text_or_null(f.launch_place), emulation::to_json(f.targets).dump(), now_iso(), id});
  write_children(id, f, true);
  return get(id);
}

Movement MovementRepository::transition(int64_t id, emulation::State to, Date date,
                                        const std::optional<std::string>& note, std::optional<int64_t> user_id,
                                        const std::string& username, Date today) {
  Movement m = get(id);
  emulation::State from;
  emulation::parse_state(m.state, from);
  emulation::TransitionContext ctx{m.f.start, m.f.end, std::nullopt, today};
  if (!m.transitions.empty()) ctx.last_transition = m.transitions.back().date;
  emulation::check_transition(from, to, date, ctx);
  if (note && note->size() > 2000) throw Error::Invalid("Ghi chú quá dài", "note");
  if (to == emulation::State::kLaunched && m.f.parent_id) {
    Movement parent = get(*m.f.parent_id);
    if (parent.state == "draft")
      throw Error::Conflict("Phong trào cấp trên \"" + parent.f.name + "\" chưa được phát động");
  }
  if (to == emulation::State::kLaunched && !m.f.launch_date)
    tx_.query("UPDATE movements SET launch_date = $1 WHERE id = $2", {date.iso(), id});
  tx_.query("UPDATE movements SET state = $1, updated_at = $2 WHERE id = $3",
            {std::string(emulation::state_code(to)), now_iso(), id});
  touch_structure(tx_);
  tx_.query(
      "INSERT INTO movement_transitions (movement_id, from_state, to_state, date, note, user_id, username, at) VALUES "
      "($1, $2, $3, $4, $5, $6, $7, $8)",
      {id, m.state, std::string(emulation::state_code(to)), date.iso(), opt_param(note), opt_param(user_id), username,
       now_iso()});
  return get(id);
}

std::optional<Movement> MovementRepository::find(int64_t id) {
  Result r = tx_.query(
      "SELECT m.*, u.name AS owner_name, p.name AS parent_name FROM movements m JOIN units u ON u.id = m.owner_unit_id "
      "LEFT JOIN movements p ON p.id = m.parent_id WHERE m.id = $1",
      {id});
  if (r.empty()) return std::nullopt;
  RowRef row(r, 0);
  Movement m;
  m.id = id;
  m.f.kind = row.str("kind");
  m.f.name = row.str("name");
  m.state = row.str("state");
  m.owner_unit_id = row.i64("owner_unit_id");
  m.owner_unit_name = row.str("owner_name");
  m.f.parent_id = row.opt_i64("parent_id");
  m.parent_name = row.str("parent_name");
  m.f.theme = row.str("theme");
  m.f.motto = row.str("motto");
  m.f.scope_text = row.str("scope_text");
  m.f.start = stored_date(row.str("start_date"));
  m.f.end = stored_date(row.str("end_date"));
  m.f.launch_date = opt_date(row.opt_str("launch_date"));
  m.f.launch_place = row.str("launch_place");
  json targets = json::parse(row.str("targets"), nullptr, false);
  if (!targets.is_discarded()) m.f.targets = emulation::parse_commitments(targets, "targets", 0, 1000);
  m.created_at = row.str("created_at");
  m.updated_at = row.str("updated_at");

  // Organisers and scope units: rows of (id, name, kind) into the refs and the ids beside them.
  auto read_units = [&](const std::string& sql, std::vector<UnitRef>& refs, std::vector<int64_t>& ids) {
    Result r = tx_.query(sql, {id});
    for (size_t i = 0; i < r.size(); ++i) {
      RowRef x(r, i);
      refs.push_back({x.i64("id"), x.str("name"), x.str("kind")});
      ids.push_back(refs.back().id);
    }
  };
  read_units(
      "SELECT u.id, u.name, u.kind FROM movement_organisers mo JOIN units u ON u.id = mo.unit_id WHERE mo.movement_id = "
      "$1 ORDER BY mo.ordinal",
      m.organisers, m.f.organiser_ids);
  read_units(
      "SELECT u.id, u.name, u.kind FROM movement_scope_units ms JOIN units u ON u.id = ms.unit_id WHERE "
      "ms.movement_id = $1 ORDER BY u.name_sort, u.id",
      m.scope_units, m.f.scope_unit_ids);
  Result ph = tx_.query(
      "SELECT id, ordinal, start_date, end_date, title, focus FROM movement_phases WHERE movement_id = $1 ORDER BY "
      "ordinal",
      {id});
  for (size_t i = 0; i < ph.size(); ++i) {
    RowRef x(ph, i);
    m.f.phases.push_back({static_cast<int>(x.i64("ordinal")), stored_date(x.str("start_date")),
                          stored_date(x.str("end_date")), x.str("title"), x.str("focus")});
    m.phase_ids.push_back(x.i64("id"));
  }
  Result ca = tx_.query("SELECT text FROM movement_content_areas WHERE movement_id = $1 ORDER BY ordinal", {id});
  for (size_t i = 0; i < ca.size(); ++i) m.f.content_areas.push_back(RowRef(ca, i).str("text"));
  Result ch = tx_.query("SELECT person_id, name, position FROM movement_chairs WHERE movement_id = $1 ORDER BY ordinal",
                        {id});
  for (size_t i = 0; i < ch.size(); ++i) {
    RowRef x(ch, i);
    m.f.chairs.push_back({x.opt_i64("person_id"), x.str("name"), x.str("position")});
  }
  Result tr = tx_.query(
      "SELECT id, from_state, to_state, date, note, username, at FROM movement_transitions WHERE movement_id = $1 ORDER "
      "BY id",
      {id});
  for (size_t i = 0; i < tr.size(); ++i) {
    RowRef x(tr, i);
    m.transitions.push_back({x.i64("id"), x.str("from_state"), x.str("to_state"), stored_date(x.str("date")),
                             x.opt_str("note"), x.str("username"), x.str("at")});
  }
  Result at = tx_.query(
      "SELECT id, name, content_type, size, sha256, created_at, CASE WHEN content IS NULL THEN 0 ELSE 1 END AS has "
      "FROM movement_attachments WHERE movement_id = $1 ORDER BY id",
      {id});
  for (size_t i = 0; i < at.size(); ++i) {
    RowRef x(at, i);
    m.attachments.push_back({x.i64("id"), x.str("name"), x.str("content_type"), x.str("sha256"), x.str("created_at"),
                             x.i64("size"), x.i64("has") == 1});
  }
  Result kids = tx_.query(
      "SELECT m.id, m.name, m.state, m.owner_unit_id, u.name AS owner_name, m.start_date, m.end_date FROM movements m "
      "JOIN units u ON u.id = m.owner_unit_id WHERE m.parent_id = $1 ORDER BY m.start_date, m.id",
      {id});
  for (size_t i = 0; i < kids.size(); ++i) {
    RowRef x(kids, i);
    m.children.push_back({x.i64("id"), x.str("name"), x.str("state"), x.i64("owner_unit_id"), x.str("owner_name"),
                          stored_date(x.str("start_date")), stored_date(x.str("end_date"))});
  }
  return m;
}

Movement MovementRepository::get(int64_t id) {
  auto m = find(id);
  if (!m) throw Error::NotFound("Không tìm thấy phong trào #" + std::to_string(id));
  return *m;
}

bool MovementRepository::visible_to(int64_t viewer, const Movement& m) {
  UnitRepository units(tx_);
  return visible(units, viewer, m.owner_unit_id);
}

std::vector<Movement> MovementRepository::search(const MovementQuery& q, int64_t* total) {
  std::string cte, where = " WHERE 1=1";
  Params params;
  if (q.viewer_unit) {
    params.push_back(*q.viewer_unit);
    cte = scope_and_up(1);
    where += " AND (m.owner_unit_id IN (SELECT id FROM scope) OR m.owner_unit_id IN (SELECT id FROM up))";
  }
  if (!q.q.empty()) {
    params.push_back("%" + text::like_escape(text::fold(q.q)) + "%");
    where += " AND m.name_folded LIKE " + n(params.size()) + " ESCAPE '\\'";
  }
  if (q.kind) {
    params.push_back(*q.kind);
    where += " AND m.kind = " + n(params.size());
  }
  if (q.state) {
    params.push_back(*q.state);
    where += " AND m.state = " + n(params.size());
  }
  if (q.parent_id) {
    params.push_back(*q.parent_id);
    where += " AND m.parent_id = " + n(params.size());
  }
  if (q.year) {
    params.push_back(emulation::year_end(*q.year).iso());
    where += " AND m.start_date <= " + n(params.size());
    params.push_back(emulation::year_start(*q.year).iso());
    where += " AND m.end_date >= " + n(params.size());
  }
  Result r = tx_.query_page(cte + "SELECT COUNT(*) FROM movements m" + where, cte + "SELECT m.id FROM movements m" + where,
                            "m.start_date DESC, m.id DESC", params, q.limit, q.offset, total);
  std::vector<Movement> out;
  for (size_t i = 0; i < r.size(); ++i) out.push_back(get(RowRef(r, i).i64("id")));
  return out;
}

Attachment MovementRepository::add_attachment(int64_t movement_id, const std::string& name,
                                              const std::string& content_type,
                                              const std::optional<std::string>& content, std::optional<int64_t> size,
                                              const std::optional<std::string>& sha256) {
  Movement m = get(movement_id);
  if (m.state == "closed") throw Error::Conflict("Phong trào đã tổng kết, không thể thêm tệp");
  if (name.empty() || name.size() > 255) throw Error::Invalid("Tên tệp phải có từ 1 đến 255 byte", "name");
  if (name.find('/') != std::string::npos || name.find('\\') != std::string::npos)
    throw Error::Invalid("Tên tệp không được chứa / hoặc \\", "name");
  bool type_ok = !content_type.empty() && content_type.size() <= 100 && content_type.find('/') != std::string::npos;
  for (char c : content_type)
    type_ok = type_ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '/' || c == '.' || c == '-' ||
                          c == '+' || c == '_');
  if (!type_ok) throw Error::Invalid("Kiểu tệp không hợp lệ (ví dụ application/pdf)", "content_type");
  constexpr int64_t kMax = 5 * 1024 * 1024;
  int64_t bytes = content ? static_cast<int64_t>(content->size()) : size.value_or(0);
  if (bytes <= 0) throw Error::Invalid("Tệp rỗng", content ? "content_base64" : "size");
  if (bytes > kMax) throw Error::Invalid("Tệp quá lớn (tối đa 5 MB)", content ? "content_base64" : "size");
  std::string sha = content ? audit::sha256_hex(*content) : sha256.value_or("");
  if (sha.size() != 64) throw Error::Invalid("sha256 phải là 64 ký tự hex", "sha256");
  if (m.attachments.size() >= 50) throw Error::Conflict("Phong trào đã có 50 tệp đính kèm");
  std::string now = now_iso();
  int64_t id = tx_.query_id(
      "INSERT INTO movement_attachments (movement_id, name, content_type, size, sha256, content, created_at) VALUES ($1, "
      "$2, $3, $4, $5, $6, $7) RETURNING id",
      {movement_id, name, content_type, bytes, sha, content ? Param(Bytes{*content}) : Param(nullptr), now});
  return {id, name, content_type, sha, now, bytes, content.has_value()};
}

std::optional<Attachment> MovementRepository::find_attachment(int64_t movement_id, int64_t attachment_id) {
  for (const auto& a : get(movement_id).attachments)
    if (a.id == attachment_id) return a;
  return std::nullopt;
}

std::string MovementRepository::attachment_content(int64_t attachment_id) {
  Result r = tx_.query("SELECT content FROM movement_attachments WHERE id = $1", {attachment_id});
  if (r.empty() || !r.rows[0][0]) return {};
  return bytes_value(tx_.dialect(), *r.rows[0][0]);
}

// ---------------------------------------------------------------------------------------------
// groups

std::string unit_name_at(Tx& tx, int64_t unit_id, Date day) {
  Result r = tx.query(
      "SELECT e.details FROM unit_events e JOIN unit_event_units eu ON eu.event_id = e.id WHERE eu.unit_id = $1 AND "
      "eu.role = 'subject' AND e.kind = 'rename' AND e.date > $2 ORDER BY e.date, e.id LIMIT 1",
      {unit_id, day.iso()});
  if (!r.empty()) {
    json d = json::parse(RowRef(r, 0).str("details"), nullptr, false);
    if (d.is_object() && d.contains("from") && d["from"].is_string()) return d["from"].get<std::string>();
  }
  return UnitRepository(tx).get(unit_id).name;
}

namespace {
// The day a member's name is read for a year: the year's first day, or the unit's first day if later.
Date naming_day(const Unit& u, int year) { return std::max(emulation::year_start(year), u.validity.from); }
}  // namespace

std::optional<Group> GroupRepository::find(int64_t id) {
  Result r = tx_.query(
      "SELECT g.id, g.name, g.kind, g.organiser_unit_id, u.name AS organiser_name, g.created_at FROM emulation_groups g "
      "JOIN units u ON u.id = g.organiser_unit_id WHERE g.id = $1",
      {id});
  if (r.empty()) return std::nullopt;
  RowRef row(r, 0);
  Group g;
  g.id = id;
  g.name = row.str("name");
  g.kind = row.str("kind");
  g.organiser_unit_id = row.i64("organiser_unit_id");
  g.organiser_unit_name = row.str("organiser_name");
  g.created_at = row.str("created_at");
  UnitRepository units(tx_);
  Result ys = tx_.query("SELECT * FROM group_years WHERE group_id = $1 ORDER BY year", {id});
  for (size_t i = 0; i < ys.size(); ++i) {
    RowRef y(ys, i);
    GroupYear gy;
    gy.id = y.i64("id");
    gy.year = static_cast<int>(y.i64("year"));
    gy.movement_id = y.opt_i64("movement_id");
    Result ms = tx_.query("SELECT unit_id FROM group_members WHERE group_year_id = $1", {gy.id});
    for (size_t k = 0; k < ms.size(); ++k) {
      Unit u = units.get(RowRef(ms, k).i64("unit_id"));
      GroupMember m;
      m.unit_id = u.id;
      m.name = unit_name_at(tx_, u.id, naming_day(u, gy.year));
      m.name_now = u.name;
      m.kind = u.kind;
      m.status = u.status;
      m.successor_id = u.successor_id;
      m.successor_name = u.successor_name;
      gy.members.push_back(std::move(m));
    }
    std::sort(gy.members.begin(), gy.members.end(),
              [](const GroupMember& a, const GroupMember& b) { return text::compare_vi(a.name, b.name) < 0; });
    auto lead = [&](const char* prefix) -> std::optional<GroupLeadership> {
      std::string p(prefix);
      auto uid = y.opt_i64(p + "_unit_id");
      if (!uid) return std::nullopt;
      GroupLeadership l;
      l.l.unit_id = *uid;
      l.l.method = y.str(p + "_method");
      l.l.date = stored_date(y.str(p + "_date"));
      l.l.document = y.opt_str(p + "_document");
      l.unit_name = unit_name_at(tx_, *uid, naming_day(units.get(*uid), gy.year));
      return l;
    };
    gy.leader = lead("leader");
    gy.deputy = lead("deputy");
    Result ds = tx_.query(
        "SELECT id, kind, title, number, date FROM group_documents WHERE group_year_id = $1 ORDER BY date, id", {gy.id});
    for (size_t k = 0; k < ds.size(); ++k) {
      RowRef d(ds, k);
      gy.documents.push_back({d.i64("id"), d.str("kind"), d.str("title"), d.opt_str("number"), stored_date(d.str("date"))});
    }
    Result pl = tx_.query("SELECT id FROM pledges WHERE group_year_id = $1 ORDER BY version DESC LIMIT 1", {gy.id});
    if (!pl.empty()) gy.pledge_id = RowRef(pl, 0).i64("id");
    g.years.push_back(std::move(gy));
  }
  return g;
}

Group GroupRepository::get(int64_t id) {
  auto g = find(id);
  if (!g) throw Error::NotFound("Không tìm thấy cụm, khối thi đua #" + std::to_string(id));
  return *g;
}

GroupYear GroupRepository::year(const Group& g, int year) const {
  for (const auto& y : g.years)
    if (y.year == year) return y;
  throw Error::NotFound(g.name + " chưa có dữ liệu năm " + std::to_string(year));
}

bool GroupRepository::visible_to(int64_t viewer, const Group& g) {
  UnitRepository units(tx_);
  if (visible(units, viewer, g.organiser_unit_id)) return true;
  for (const auto& y : g.years)
    for (const auto& m : y.members)
      if (units.in_scope(viewer, m.unit_id)) return true;
  return false;
}

std::vector<Group> GroupRepository::search(const GroupQuery& q, int64_t* total) {
  std::string cte, where = " WHERE 1=1";
  Params params;
  if (q.viewer_unit) {
    params.push_back(*q.viewer_unit);
    cte = scope_and_up(1);
    where +=
        " AND (g.organiser_unit_id IN (SELECT id FROM scope) OR g.organiser_unit_id IN (SELECT id FROM up) OR EXISTS "
        "(SELECT 1 FROM group_years gy JOIN group_members gm ON gm.group_year_id = gy.id WHERE gy.group_id = g.id AND "
        "gm.unit_id IN (SELECT id FROM scope)))";
  }
  if (!q.q.empty()) {
    params.push_back("%" + text::like_escape(text::fold(q.q)) + "%");
    where += " AND g.name_folded LIKE " + n(params.size()) + " ESCAPE '\\'";
  }
  if (q.kind) {
    params.push_back(*q.kind);
    where += " AND g.kind = " + n(params.size());
  }
  if (q.year) {
    params.push_back(int64_t{*q.year});
    where += " AND EXISTS (SELECT 1 FROM group_years y1 WHERE y1.group_id = g.id AND y1.year = " + n(params.size()) + ")";
  }
  if (q.member_unit_id) {
    params.push_back(*q.member_unit_id);
    std::string cond = "gm2.unit_id = " + n(params.size());
    if (q.year) cond += " AND y2.year = " + n(params.size() - 1);
    where += " AND EXISTS (SELECT 1 FROM group_years y2 JOIN group_members gm2 ON gm2.group_year_id = y2.id WHERE "
             "y2.group_id = g.id AND " + cond + ")";
  }
  Result r = tx_.query_page(cte + "SELECT COUNT(*) FROM emulation_groups g" + where,
                            cte + "SELECT g.id FROM emulation_groups g" + where, "g.name_sort, g.id", params, q.limit,
                            q.offset, total);
  std::vector<Group> out;
  for (size_t i = 0; i < r.size(); ++i) out.push_back(get(RowRef(r, i).i64("id")));
  return out;
}

void GroupRepository::check_year_setup(const Group& g, const YearSetup& y) {
  emulation::check_year(y.year);
  emulation::check_members(y.member_ids);
  UnitRepository units(tx_);
  for (int64_t id : y.member_ids) {
    auto u = units.find(id);
    if (!u) throw Error::Invalid("Đơn vị thành viên #" + std::to_string(id) + " không tồn tại", "member_unit_ids");
    if (emulation::is_civil_body(u->kind) || id == g.organiser_unit_id || !units.in_scope(g.organiser_unit_id, id))
      throw Error::Invalid(u->name + " không thuộc " + g.organiser_unit_name + ", không thể là thành viên",
                           "member_unit_ids");
    if (!emulation::valid_during(u->validity, y.year))
      throw Error::Invalid(u->name + " không có hiệu lực trong năm " + std::to_string(y.year), "member_unit_ids");
    Result other = tx_.query(
        "SELECT g.name FROM group_members gm JOIN group_years gy ON gy.id = gm.group_year_id JOIN emulation_groups g ON "
        "g.id = gy.group_id WHERE gm.unit_id = $1 AND gy.year = $2 AND g.organiser_unit_id = $3 AND g.kind = $4 AND "
        "g.id <> $5",
        {id, int64_t{y.year}, g.organiser_unit_id, g.kind, g.id});
    if (!other.empty())
      throw Error::Conflict(u->name + " đã là thành viên của " + RowRef(other, 0).str("name") + " năm " +
                            std::to_string(y.year));
  }
  auto name = [&](const std::optional<emulation::Leadership>& l) {
    if (!l) return std::string();
    auto u = units.find(l->unit_id);
    return u ? u->name : "Đơn vị #" + std::to_string(l->unit_id);
  };
  emulation::check_leadership(y.year, y.member_ids, y.leader, y.deputy, name(y.leader), name(y.deputy));
}

void GroupRepository::write_members(int64_t gy, const std::vector<int64_t>& ids) {
  tx_.query("DELETE FROM group_members WHERE group_year_id = $1", {gy});
  for (int64_t id : ids) tx_.query("INSERT INTO group_members (group_year_id, unit_id) VALUES ($1, $2)", {gy, id});
  bump_group_year_scores(tx_, gy);  // a ranking held in memory is built again with the new members
  touch_structure(tx_);             // the national view counts and shows them
}

void GroupRepository::write_leadership(int64_t gy, const std::optional<emulation::Leadership>& leader,
                                       const std::optional<emulation::Leadership>& deputy) {
  auto p = [](const std::optional<emulation::Leadership>& l) {
    return Params{l ? Param(l->unit_id) : Param(nullptr), l ? Param(l->method) : Param(nullptr),
                  l ? Param(l->date.iso()) : Param(nullptr), l ? opt_param(l->document) : Param(nullptr)};
  };
  Params params = p(leader);
  for (auto& x : p(deputy)) params.push_back(x);
  params.push_back(gy);
  tx_.query(
      "UPDATE group_years SET leader_unit_id = $1, leader_method = $2, leader_date = $3, leader_document = $4, "
      "deputy_unit_id = $5, deputy_method = $6, deputy_date = $7, deputy_document = $8 WHERE id = $9",
      params);
}

Group GroupRepository::create(const std::string& name, const std::string& kind, int64_t organiser,
                              const YearSetup& y) {
  if (name.empty() || name.size() > 300) throw Error::Invalid("Tên cụm, khối phải có từ 1 đến 300 byte", "name");
  if (!emulation::is_group_kind(kind)) throw Error::Invalid("Loại phải là cluster (cụm) hoặc block (khối)", "kind");
  UnitRepository units(tx_);
  auto org = units.find(organiser);
  if (!org) throw Error::Invalid("Đơn vị tổ chức không tồn tại", "organiser_unit_id");
  if (emulation::is_civil_body(org->kind))
    throw Error::Invalid("Cụm, khối thi đua do đơn vị Công an tổ chức", "organiser_unit_id");
  if (!tx_.query("SELECT 1 FROM emulation_groups WHERE organiser_unit_id = $1 AND name_folded = $2",
                 {organiser, text::fold(name)})
           .empty())
    throw Error::Conflict(org->name + " đã có " + name);
  Group draft;
  draft.name = name;
  draft.kind = kind;
  draft.organiser_unit_id = organiser;
  draft.organiser_unit_name = org->name;
  check_year_setup(draft, y);
  std::string now = now_iso();
  int64_t id = tx_.query_id(
      "INSERT INTO emulation_groups (name, name_folded, name_sort, kind, organiser_unit_id, created_at) VALUES ($1, $2, "
      "$3, $4, $5, $6) RETURNING id",
      {name, text::fold(name), Bytes{text::sort_key(name)}, kind, organiser, now});
  int64_t gy = tx_.query_id("INSERT INTO group_years (group_id, year, created_at) VALUES ($1, $2, $3) RETURNING id",
                            {id, int64_t{y.year}, now});
  touch_structure(tx_);
  write_members(gy, y.member_ids);
  write_leadership(gy, y.leader, y.deputy);
  return get(id);
}

std::vector<CreatedGroup> GroupRepository::create_many(const std::vector<NewGroup>& batch) {
  // Everything the checks read, a few statements for the whole batch.
  std::vector<int64_t> unit_ids;
  for (const auto& g : batch) {
    unit_ids.push_back(g.organiser_unit_id);
    unit_ids.insert(unit_ids.end(), g.year.member_ids.begin(), g.year.member_ids.end());
  }
  std::sort(unit_ids.begin(), unit_ids.end());
  unit_ids.erase(std::unique(unit_ids.begin(), unit_ids.end()), unit_ids.end());
  const std::map<int64_t, Unit> units = UnitRepository(tx_).find_many(unit_ids);
  const std::map<int64_t, std::vector<int64_t>> chains = ScoringStore(tx_).ancestors_of(unit_ids);
  std::set<std::pair<int64_t, std::string>> names;  // organiser, folded name
  // A unit's groups by organiser, kind and year: what is stored, then the batch's.
  std::map<std::tuple<int64_t, int64_t, std::string, int>, std::string> member_of;
  constexpr size_t kChunk = 500;
  for (size_t from = 0; from < unit_ids.size(); from += kChunk) {
    const size_t k = std::min(kChunk, unit_ids.size() - from);
    Params p(unit_ids.begin() + static_cast<std::ptrdiff_t>(from), unit_ids.begin() + static_cast<std::ptrdiff_t>(from + k));
    const std::string in = value_rows(1, k);
    Result named = tx_.query("SELECT organiser_unit_id, name_folded FROM emulation_groups WHERE organiser_unit_id IN " + in, p);
    for (const auto& row : named.rows) names.emplace(std::stoll(*row[0]), *row[1]);
    Result held = tx_.query(
        "SELECT gm.unit_id, g.organiser_unit_id, g.kind, gy.year, g.name FROM group_members gm JOIN group_years gy ON "
        "gy.id = gm.group_year_id JOIN emulation_groups g ON g.id = gy.group_id WHERE gm.unit_id IN " + in,
        p);
    for (const auto& row : held.rows)
      member_of.emplace(std::make_tuple(std::stoll(*row[0]), std::stoll(*row[1]), *row[2], std::stoi(*row[3])), *row[4]);
  }
  auto in_scope = [&](int64_t root, int64_t id) {
    auto it = chains.find(id);
    return it != chains.end() && std::find(it->second.begin(), it->second.end(), root) != it->second.end();
  };
  // create()'s checks, in its order, on what was read.
  for (const auto& g : batch) {
    if (g.name.empty() || g.name.size() > 300) throw Error::Invalid("Tên cụm, khối phải có từ 1 đến 300 byte", "name");
    if (!emulation::is_group_kind(g.kind)) throw Error::Invalid("Loại phải là cluster (cụm) hoặc block (khối)", "kind");
    auto org = units.find(g.organiser_unit_id);
    if (org == units.end()) throw Error::Invalid("Đơn vị tổ chức không tồn tại", "organiser_unit_id");
    if (emulation::is_civil_body(org->second.kind))
      throw Error::Invalid("Cụm, khối thi đua do đơn vị Công an tổ chức", "organiser_unit_id");
    if (!names.emplace(g.organiser_unit_id, text::fold(g.name)).second)
      throw Error::Conflict(org->second.name + " đã có " + g.name);
    const YearSetup& y = g.year;
    emulation::check_year(y.year);
    emulation::check_members(y.member_ids);
    for (int64_t id : y.member_ids) {
      auto u = units.find(id);
      if (u == units.end())
        throw Error::Invalid("Đơn vị thành viên #" + std::to_string(id) + " không tồn tại", "member_unit_ids");
      if (emulation::is_civil_body(u->second.kind) || id == g.organiser_unit_id || !in_scope(g.organiser_unit_id, id))
        throw Error::Invalid(u->second.name + " không thuộc " + org->second.name + ", không thể là thành viên",
                             "member_unit_ids");
      if (!emulation::valid_during(u->second.validity, y.year))
        throw Error::Invalid(u->second.name + " không có hiệu lực trong năm " + std::to_string(y.year), "member_unit_ids");
      auto [it, fresh] = member_of.emplace(std::make_tuple(id, g.organiser_unit_id, g.kind, y.year), g.name);
      if (!fresh)
        throw Error::Conflict(u->second.name + " đã là thành viên của " + it->second + " năm " + std::to_string(y.year));
    }
    auto name = [&](const std::optional<emulation::Leadership>& l) {
      if (!l) return std::string();
      auto u = units.find(l->unit_id);
      return u != units.end() ? u->second.name : "Đơn vị #" + std::to_string(l->unit_id);
    };
    emulation::check_leadership(y.year, y.member_ids, y.leader, y.deputy, name(y.leader), name(y.deputy));
  }
  // Written as create() writes them: the groups, their years, the members, the score versions,
  // the leadership.
  const std::string now = now_iso();
  if (!batch.empty()) tx_.touch(kScoresVersion | kStructureVersion);  // the score versions written below
  std::vector<int64_t> ids, year_ids;
  for (size_t from = 0; from < batch.size(); from += kBatchRows) {
    const size_t k = std::min(kBatchRows, batch.size() - from);
    Params p;
    for (size_t i = 0; i < k; ++i) {
      const NewGroup& g = batch[from + i];
      for (Param v : Params{g.name, text::fold(g.name), Bytes{text::sort_key(g.name)}, g.kind, g.organiser_unit_id, now})
        p.push_back(std::move(v));
    }
    append_ids(tx_.query("INSERT INTO emulation_groups (name, name_folded, name_sort, kind, organiser_unit_id, "
                         "created_at) VALUES " + value_rows(k, 6) + " RETURNING id",
                         p),
               ids);
    Params q;
    for (size_t i = 0; i < k; ++i)
      for (Param v : Params{ids[from + i], int64_t{batch[from + i].year.year}, now}) q.push_back(std::move(v));
    append_ids(tx_.query("INSERT INTO group_years (group_id, year, created_at) VALUES " + value_rows(k, 3) + " RETURNING id",
                         q),
               year_ids);
    Params gen;
    for (size_t i = 0; i < k; ++i)
      for (Param v : Params{year_ids[from + i], int64_t{1}}) gen.push_back(std::move(v));
    tx_.query("INSERT INTO score_gen_group_year (group_year_id, gen) VALUES " + value_rows(k, 2) +
                  " ON CONFLICT (group_year_id) DO UPDATE SET gen = score_gen_group_year.gen + 1",
              gen);
  }
  std::vector<std::pair<int64_t, int64_t>> members;  // group-year, unit
  for (size_t i = 0; i < batch.size(); ++i)
    for (int64_t id : batch[i].year.member_ids) members.emplace_back(year_ids[i], id);
  for (size_t from = 0; from < members.size(); from += kBatchRows) {
    const size_t k = std::min(kBatchRows, members.size() - from);
    Params p;
    for (size_t i = 0; i < k; ++i)
      for (Param v : Params{members[from + i].first, members[from + i].second}) p.push_back(std::move(v));
    tx_.query("INSERT INTO group_members (group_year_id, unit_id) VALUES " + value_rows(k, 2), p);
  }
  std::vector<CreatedGroup> out;
  for (size_t i = 0; i < batch.size(); ++i) {
    // The year's leadership columns start empty: only a year with a leader or deputy is updated.
    if (batch[i].year.leader || batch[i].year.deputy) write_leadership(year_ids[i], batch[i].year.leader, batch[i].year.deputy);
    out.push_back({ids[i], year_ids[i]});
  }
  return out;
}

Group GroupRepository::rename(int64_t id, const std::string& name) {
  Group g = get(id);
  if (name.empty() || name.size() > 300) throw Error::Invalid("Tên cụm, khối phải có từ 1 đến 300 byte", "name");
  if (!tx_.query("SELECT 1 FROM emulation_groups WHERE organiser_unit_id = $1 AND name_folded = $2 AND id <> $3",
                 {g.organiser_unit_id, text::fold(name), id})
           .empty())
    throw Error::Conflict(g.organiser_unit_name + " đã có " + name);
  tx_.query("UPDATE emulation_groups SET name = $1, name_folded = $2, name_sort = $3 WHERE id = $4",
            {name, text::fold(name), Bytes{text::sort_key(name)}, id});
  touch_structure(tx_);
  for (const auto& y : g.years) bump_group_year_scores(tx_, y.id);  // its rankings carry the name
  return get(id);
}

Group GroupRepository::add_year(int64_t id, const YearSetup& y) {
  Group g = get(id);
  for (const auto& existing : g.years)
    if (existing.year == y.year) throw Error::Conflict(g.name + " đã có dữ liệu năm " + std::to_string(y.year));
  check_year_setup(g, y);
  int64_t gy = tx_.query_id("INSERT INTO group_years (group_id, year, created_at) VALUES ($1, $2, $3) RETURNING id",
                            {id, int64_t{y.year}, now_iso()});
  touch_structure(tx_);
  write_members(gy, y.member_ids);
  write_leadership(gy, y.leader, y.deputy);
  return get(id);
}

Group GroupRepository::update_year(int64_t id, int yr, const std::optional<std::vector<int64_t>>& members,
                                   const std::optional<emulation::Leadership>& leader,
                                   const std::optional<emulation::Leadership>& deputy) {
  Group g = get(id);
  GroupYear gy = year(g, yr);
  YearSetup y;
  y.year = yr;
  if (members) {
    y.member_ids = *members;
  } else {
    for (const auto& m : gy.members) y.member_ids.push_back(m.unit_id);
  }
  y.leader = leader ? leader : (gy.leader ? std::optional(gy.leader->l) : std::nullopt);
  y.deputy = deputy ? deputy : (gy.deputy ? std::optional(gy.deputy->l) : std::nullopt);
  check_year_setup(g, y);
  if (members) {
    // A unit that has signed the year's pledge stays a member.
    Result signed_units = tx_.query(
        "SELECT DISTINCT s.unit_id, u.name FROM pledge_signatures s JOIN pledges p ON p.id = s.pledge_id JOIN units u "
        "ON u.id = s.unit_id WHERE p.group_year_id = $1",
        {gy.id});
    for (size_t i = 0; i < signed_units.size(); ++i) {
      RowRef r(signed_units, i);
      if (std::find(members->begin(), members->end(), r.i64("unit_id")) == members->end())
        throw Error::Conflict(r.str("name") + " đã ký giao ước năm " + std::to_string(yr) +
                              ", không thể rút khỏi danh sách thành viên");
    }
    write_members(gy.id, *members);
  }
  write_leadership(gy.id, y.leader, y.deputy);
  return get(id);
}

Group GroupRepository::add_document(int64_t id, int yr, const std::string& kind, const std::string& title,
                                    const std::optional<std::string>& number, Date date) {
  Group g = get(id);
  GroupYear gy = year(g, yr);
  if (!emulation::is_group_document_kind(kind))
    throw Error::Invalid("Loại văn bản phải là operating_rules, scoring_regulation, report_outline, plan, minutes hoặc "
                         "other",
                         "kind");
  if (title.empty() || title.size() > 500) throw Error::Invalid("Tên văn bản phải có từ 1 đến 500 byte", "title");
  if (number && number->size() > 100) throw Error::Invalid("Số văn bản quá dài", "number");
  if (date < emulation::year_start(yr - 1) || date > emulation::year_end(yr))
    throw Error::Invalid("Văn bản của năm " + std::to_string(yr) + " phải ban hành trong năm đó hoặc cuối năm trước",
                         "date");
  tx_.query(
      "INSERT INTO group_documents (group_year_id, kind, title, number, date, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
      {gy.id, kind, title, opt_param(number), date.iso(), now_iso()});
  return get(id);
}

// ---------------------------------------------------------------------------------------------
// pledges

int64_t Pledge::signed_count() const {
  return std::count_if(signatures.begin(), signatures.end(), [](const PledgeSignature& s) { return s.is_signed; });
}

std::vector<std::pair<int64_t, std::string>> PledgeRepository::signing_units(const Pledge& p) {
  std::vector<std::pair<int64_t, std::string>> out;
  if (p.group_id) {
    Group g = GroupRepository(tx_).get(*p.group_id);
    for (const auto& m : GroupRepository(tx_).year(g, *p.year).members) out.push_back({m.unit_id, m.name});
  } else if (p.movement_id) {
    for (const auto& u : MovementRepository(tx_).get(*p.movement_id).scope_units) out.push_back({u.id, u.name});
  }
  return out;
}

std::optional<Pledge> PledgeRepository::find(int64_t id) {
  Result r = tx_.query(
      "SELECT p.*, gy.group_id, gy.year, g.name AS group_name, g.organiser_unit_id, m.name AS movement_name, "
      "m.owner_unit_id FROM pledges p LEFT JOIN group_years gy ON gy.id = p.group_year_id LEFT JOIN emulation_groups g "
      "ON g.id = gy.group_id LEFT JOIN movements m ON m.id = p.movement_id WHERE p.id = $1",
      {id});
  if (r.empty()) return std::nullopt;
  RowRef row(r, 0);
  Pledge p;
  p.id = id;
  p.version = static_cast<int>(row.i64("version"));
  p.previous_id = row.opt_i64("previous_id");
  p.group_year_id = row.opt_i64("group_year_id");
  p.movement_id = row.opt_i64("movement_id");
  if (p.group_year_id) {
    p.group_id = row.i64("group_id");
    p.year = static_cast<int>(row.i64("year"));
    p.subject_name = row.str("group_name");
    p.subject_unit_id = row.i64("organiser_unit_id");
  } else {
    p.subject_name = row.str("movement_name");
    p.subject_unit_id = row.i64("owner_unit_id");
  }
  p.title = row.str("title");
  p.created_at = row.str("created_at");
  json c = json::parse(row.str("commitments"), nullptr, false);
  if (!c.is_discarded()) p.commitments = emulation::parse_commitments(c, "commitments", 0, 1000);

  Result sig = tx_.query(
      "SELECT unit_id, signer_person_id, signer_name, signer_position, date, created_at FROM pledge_signatures WHERE "
      "pledge_id = $1",
      {id});
  for (const auto& [uid, name] : signing_units(p)) {
    PledgeSignature s;
    s.unit_id = uid;
    s.unit_name = name;
    for (size_t i = 0; i < sig.size(); ++i) {
      RowRef x(sig, i);
      if (x.i64("unit_id") != uid) continue;
      s.is_signed = true;
      s.signer_person_id = x.opt_i64("signer_person_id");
      s.signer_name = x.str("signer_name");
      s.signer_position = x.str("signer_position");
      s.date = stored_date(x.str("date"));
      s.signed_at = x.str("created_at");
    }
    p.signatures.push_back(std::move(s));
  }
  Result vs = p.group_year_id
                  ? tx_.query("SELECT id, version FROM pledges WHERE group_year_id = $1 ORDER BY version",
                              {*p.group_year_id})
                  : tx_.query("SELECT id, version FROM pledges WHERE movement_id = $1 ORDER BY version", {*p.movement_id});
  for (size_t i = 0; i < vs.size(); ++i) {
    RowRef x(vs, i);
    int64_t vid = x.i64("id");
    p.versions.push_back({vid, static_cast<int>(x.i64("version")),
                          tx_.query_id("SELECT COUNT(*) FROM pledge_signatures WHERE pledge_id = $1", {vid})});
  }
  return p;
}

Pledge PledgeRepository::get(int64_t id) {
  auto p = find(id);
  if (!p) throw Error::NotFound("Không tìm thấy giao ước #" + std::to_string(id));
  return *p;
}

std::vector<Pledge> PledgeRepository::list(std::optional<int64_t> group_id, std::optional<int> year,
                                           std::optional<int64_t> movement_id) {
  std::string where = " WHERE 1=1";
  Params params;
  if (group_id) {
    params.push_back(*group_id);
    where += " AND gy.group_id = " + n(params.size());
  }
  if (year) {
    params.push_back(int64_t{*year});
    where += " AND gy.year = " + n(params.size());
  }
  if (movement_id) {
    params.push_back(*movement_id);
    where += " AND p.movement_id = " + n(params.size());
  }
  Result r = tx_.query("SELECT p.id FROM pledges p LEFT JOIN group_years gy ON gy.id = p.group_year_id" + where +
                           " ORDER BY gy.year, p.movement_id, p.version, p.id LIMIT 1000",
                       params);
  std::vector<Pledge> out;
  for (size_t i = 0; i < r.size(); ++i) out.push_back(get(RowRef(r, i).i64("id")));
  return out;
}

namespace {
void check_pledge_title(const std::string& title) {
  if (title.empty() || title.size() > 500) throw Error::Invalid("Tên giao ước phải có từ 1 đến 500 byte", "title");
}
void check_commitment_count(const std::vector<emulation::Commitment>& c) {
  if (c.empty()) throw Error::Invalid("Giao ước cần ít nhất một nội dung cam kết", "commitments");
  if (c.size() > 100) throw Error::Invalid("Tối đa 100 nội dung cam kết", "commitments");
}
}  // namespace

Pledge PledgeRepository::create(const NewPledge& np, std::optional<int64_t> user_id) {
  check_pledge_title(np.title);
  check_commitment_count(np.commitments);
  std::optional<int64_t> gy_id;
  if (np.group_id) {
    if (np.movement_id) throw Error::Invalid("Giao ước thuộc một cụm, khối hoặc một phong trào, không cả hai", "movement_id");
    if (!np.year) throw Error::Invalid("Thiếu năm của giao ước", "year");
    GroupRepository groups(tx_);
    auto g = groups.find(*np.group_id);
    if (!g) throw Error::Invalid("Cụm, khối thi đua không tồn tại", "group_id");
    gy_id = groups.year(*g, *np.year).id;
    if (!tx_.query("SELECT 1 FROM pledges WHERE group_year_id = $1", {*gy_id}).empty())
      throw Error::Conflict(g->name + " đã có giao ước năm " + std::to_string(*np.year) +
                            "; để thay đổi hãy tạo phiên bản mới");
  } else if (np.movement_id) {
    if (np.year) throw Error::Invalid("Giao ước của phong trào không có trường year", "year");
    auto m = MovementRepository(tx_).find(*np.movement_id);
    if (!m) throw Error::Invalid("Phong trào không tồn tại", "movement_id");
    if (m->state == "closed") throw Error::Conflict("Phong trào đã tổng kết");
    if (m->scope_units.empty())
      throw Error::Invalid("Phong trào chưa có danh sách đơn vị tham gia (scope.unit_ids) để ký giao ước", "movement_id");
    if (!tx_.query("SELECT 1 FROM pledges WHERE movement_id = $1", {*np.movement_id}).empty())
      throw Error::Conflict("Phong trào đã có giao ước; để thay đổi hãy tạo phiên bản mới");
  } else {
    throw Error::Invalid("Cần group_id và year (giao ước của cụm, khối) hoặc movement_id", "group_id");
  }
  int64_t id = tx_.query_id(
      "INSERT INTO pledges (group_year_id, movement_id, version, title, commitments, created_by, created_at) VALUES ($1, "
      "$2, 1, $3, $4, $5, $6) RETURNING id",
      {opt_param(gy_id), opt_param(np.movement_id), np.title, emulation::to_json(np.commitments).dump(),
       opt_param(user_id), now_iso()});
  return get(id);
}

Pledge PledgeRepository::update(int64_t id, const std::optional<std::string>& title,
                                const std::optional<std::vector<emulation::Commitment>>& commitments) {
  Pledge p = get(id);
  emulation::check_pledge_editable(tx_.query_id("SELECT COUNT(*) FROM pledge_signatures WHERE pledge_id = $1", {id}),
                                   p.latest());
  if (title) {
    check_pledge_title(*title);
    tx_.query("UPDATE pledges SET title = $1 WHERE id = $2", {*title, id});
  }
  if (commitments) {
    check_commitment_count(*commitments);
    tx_.query("UPDATE pledges SET commitments = $1 WHERE id = $2", {emulation::to_json(*commitments).dump(), id});
  }
  return get(id);
}

Pledge PledgeRepository::new_version(int64_t id, const std::optional<std::string>& title,
                                     const std::optional<std::vector<emulation::Commitment>>& commitments,
                                     std::optional<int64_t> user_id) {
  Pledge p = get(id);
  if (!p.latest()) throw Error::Conflict("Đây là phiên bản cũ của giao ước; hãy tạo phiên bản mới từ phiên bản mới nhất");
  int64_t signatures = tx_.query_id("SELECT COUNT(*) FROM pledge_signatures WHERE pledge_id = $1", {id});
  if (signatures == 0) throw Error::Conflict("Giao ước chưa có chữ ký nào, có thể sửa trực tiếp");
  std::string t = title ? *title : p.title;
  auto c = commitments ? *commitments : p.commitments;
  check_pledge_title(t);
  check_commitment_count(c);
  int64_t nid = tx_.query_id(
      "INSERT INTO pledges (group_year_id, movement_id, version, previous_id, title, commitments, created_by, "
      "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
      {opt_param(p.group_year_id), opt_param(p.movement_id), int64_t{p.version + 1}, id, t,
       emulation::to_json(c).dump(), opt_param(user_id), now_iso()});
  return get(nid);
}

Pledge PledgeRepository::sign(int64_t id, const SignatureInput& s, std::optional<int64_t> user_id, Date today) {
  Pledge p = get(id);
  if (!p.latest()) throw Error::Conflict("Giao ước đã có phiên bản mới hơn; hãy ký phiên bản mới nhất");
  auto it = std::find_if(p.signatures.begin(), p.signatures.end(),
                         [&](const PledgeSignature& x) { return x.unit_id == s.unit_id; });
  if (it == p.signatures.end()) {
    auto u = UnitRepository(tx_).find(s.unit_id);
    std::string who = u ? u->name : "Đơn vị #" + std::to_string(s.unit_id);
    throw Error::Invalid(who + " không phải thành viên " +
                             (p.group_id ? "của " + p.subject_name + " năm " + std::to_string(*p.year)
                                         : "tham gia phong trào " + p.subject_name) +
                             ", không thể ký giao ước",
                         "unit_id");
  }
  if (it->is_signed)
    throw Error::Conflict(it->unit_name + " đã ký giao ước này ngày " + it->date->vn() + " (" + it->signer_name + ")");
  emulation::check_signature(s.signer_name, s.signer_position, s.date, today, p.year);
  if (s.signer_person_id && !PersonRepository(tx_).find(*s.signer_person_id))
    throw Error::Invalid("Không tìm thấy người ký #" + std::to_string(*s.signer_person_id), "signer_person_id");
  tx_.query(
      "INSERT INTO pledge_signatures (pledge_id, unit_id, signer_person_id, signer_name, signer_position, date, "
      "created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      {id, s.unit_id, opt_param(s.signer_person_id), s.signer_name, text_or_null(s.signer_position), s.date.iso(),
       opt_param(user_id), now_iso()});
  return get(id);
}

// ---------------------------------------------------------------------------------------------
// registrations

namespace {
constexpr const char* kPeriodSelect =
    "SELECT rp.id, rp.year, rp.unit_id, u.name AS unit_name, rp.movement_id, rp.deadline FROM registration_periods rp "
    "JOIN units u ON u.id = rp.unit_id ";

RegistrationPeriod read_period(const Result& r, size_t i) {
  RowRef x(r, i);
  return {x.i64("id"), static_cast<int>(x.i64("year")), x.i64("unit_id"), x.str("unit_name"),
          x.opt_i64("movement_id"), stored_date(x.str("deadline"))};
}

constexpr const char* kRegistrationSelect =
    "SELECT r.*, u.name AS unit_name, pe.full_name AS person_name FROM registrations r JOIN units u ON u.id = "
    "r.unit_id LEFT JOIN persons pe ON pe.id = r.person_id ";

Registration read_registration(const Result& r, size_t i) {
  RowRef x(r, i);
  Registration g;
  g.id = x.i64("id");
  g.year = static_cast<int>(x.i64("year"));
  g.unit_id = x.i64("unit_id");
  g.unit_name = x.str("unit_name");
  g.person_id = x.opt_i64("person_id");
  g.person_name = x.str("person_name");
  g.movement_id = x.opt_i64("movement_id");
  g.period_id = x.opt_i64("period_id");
  g.title_code = x.str("title_code");
  g.title_name = x.str("title_name");
  g.level = x.str("level");
  g.catalogue_version = static_cast<int>(x.i64("catalogue_version"));
  g.date = stored_date(x.str("date"));
  g.deadline = opt_date(x.opt_str("deadline"));
  g.late = x.i64("late") == 1;
  g.created_at = x.str("created_at");
  return g;
}
}  // namespace

std::optional<RegistrationPeriod> RegistrationRepository::find_period(int64_t id) {
  Result r = tx_.query(std::string(kPeriodSelect) + "WHERE rp.id = $1", {id});
  if (r.empty()) return std::nullopt;
  return read_period(r, 0);
}

std::vector<RegistrationPeriod> RegistrationRepository::periods(std::optional<int> year, std::optional<int64_t> unit) {
  std::string where = "WHERE 1=1";
  Params params;
  if (year) {
    params.push_back(int64_t{*year});
    where += " AND rp.year = " + n(params.size());
  }
  if (unit) {
    params.push_back(*unit);
    where += " AND rp.unit_id = " + n(params.size());
  }
  Result r = tx_.query(std::string(kPeriodSelect) + where + " ORDER BY rp.year DESC, rp.id LIMIT 1000", params);
  std::vector<RegistrationPeriod> out;
  for (size_t i = 0; i < r.size(); ++i) out.push_back(read_period(r, i));
  return out;
}

std::optional<RegistrationPeriod> RegistrationRepository::applicable_period(int64_t unit_id, int year,
                                                                            std::optional<int64_t> movement_id) {
  UnitRepository units(tx_);
  std::optional<int64_t> up = units.get(unit_id).parent_id;
  for (int guard = 0; up && guard < 50; ++guard) {
    if (movement_id) {
      Result r = tx_.query(std::string(kPeriodSelect) + "WHERE rp.year = $1 AND rp.unit_id = $2 AND rp.movement_id = $3",
                           {int64_t{year}, *up, *movement_id});
      if (!r.empty()) return read_period(r, 0);
    }
    Result r = tx_.query(std::string(kPeriodSelect) + "WHERE rp.year = $1 AND rp.unit_id = $2 AND rp.movement_id IS NULL",
                         {int64_t{year}, *up});
    if (!r.empty()) return read_period(r, 0);
    up = units.get(*up).parent_id;
  }
  return std::nullopt;
}

RegistrationPeriod RegistrationRepository::create_period(int year, int64_t unit_id, std::optional<int64_t> movement_id,
                                                         Date deadline) {
  emulation::check_year(year);
  Unit u = UnitRepository(tx_).get(unit_id);
  if (deadline < emulation::year_start(year - 1) || deadline > emulation::year_end(year))
    throw Error::Invalid("Hạn đăng ký thi đua năm " + std::to_string(year) + " phải trong năm đó hoặc cuối năm trước",
                         "deadline");
  if (movement_id && !MovementRepository(tx_).find(*movement_id))
    throw Error::Invalid("Phong trào không tồn tại", "movement_id");
  Result dup = movement_id ? tx_.query("SELECT 1 FROM registration_periods WHERE year = $1 AND unit_id = $2 AND "
                                       "movement_id = $3",
                                       {int64_t{year}, unit_id, *movement_id})
                           : tx_.query("SELECT 1 FROM registration_periods WHERE year = $1 AND unit_id = $2 AND "
                                       "movement_id IS NULL",
                                       {int64_t{year}, unit_id});
  if (!dup.empty())
    throw Error::Conflict(u.name + " đã đặt hạn đăng ký thi đua năm " + std::to_string(year) + "; hãy sửa hạn đã có");
  int64_t id = tx_.query_id(
      "INSERT INTO registration_periods (year, unit_id, movement_id, deadline, created_at) VALUES ($1, $2, $3, $4, $5) "
      "RETURNING id",
      {int64_t{year}, unit_id, opt_param(movement_id), deadline.iso(), now_iso()});
  return *find_period(id);
}

RegistrationPeriod RegistrationRepository::update_period(int64_t id, Date deadline) {
  auto p = find_period(id);
  if (!p) throw Error::NotFound("Không tìm thấy hạn đăng ký #" + std::to_string(id));
  if (deadline < emulation::year_start(p->year - 1) || deadline > emulation::year_end(p->year))
    throw Error::Invalid("Hạn đăng ký thi đua năm " + std::to_string(p->year) + " phải trong năm đó hoặc cuối năm trước",
                         "deadline");
  tx_.query("UPDATE registration_periods SET deadline = $1 WHERE id = $2", {deadline.iso(), id});
  tx_.query(
      "UPDATE registrations SET deadline = $1, late = CASE WHEN date > $1 THEN 1 ELSE 0 END WHERE period_id = $2",
      {deadline.iso(), id});
  return *find_period(id);
}

std::optional<Registration> RegistrationRepository::find(int64_t id) {
  Result r = tx_.query(std::string(kRegistrationSelect) + "WHERE r.id = $1", {id});
  if (r.empty()) return std::nullopt;
  return read_registration(r, 0);
}

std::vector<Registration> RegistrationRepository::search(const RegistrationQuery& q, int64_t* total) {
  Params params{int64_t{q.year}};
  std::string cte, where = "WHERE r.year = $1";
  std::vector<std::string> ctes;
  if (q.scope_root) {
    params.push_back(*q.scope_root);
    ctes.push_back("scope(id) AS (SELECT CAST(" + n(params.size()) +
                   " AS BIGINT) UNION SELECT c.id FROM units c JOIN scope ON (c.parent_id = scope.id OR c.successor_id = "
                   "scope.id))");
    where += " AND r.unit_id IN (SELECT id FROM scope)";
  }
  if (q.unit_id) {
    params.push_back(*q.unit_id);
    ctes.push_back("sub(id) AS (SELECT CAST(" + n(params.size()) +
                   " AS BIGINT) UNION SELECT c.id FROM units c JOIN sub ON (c.parent_id = sub.id OR c.successor_id = "
                   "sub.id))");
    where += " AND r.unit_id IN (SELECT id FROM sub)";
  }
  if (q.movement_id) {
    params.push_back(*q.movement_id);
    where += " AND r.movement_id = " + n(params.size());
  }
  if (!ctes.empty()) {
    cte = "WITH RECURSIVE ";
    for (size_t i = 0; i < ctes.size(); ++i) cte += (i ? ", " : "") + ctes[i];
    cte += " ";
  }
  Result r = tx_.query_page(cte + "SELECT COUNT(*) FROM registrations r " + where, cte + kRegistrationSelect + where,
                            "u.name_sort, r.unit_id, r.person_id IS NOT NULL, pe.name_sort, r.id", params, q.limit,
                            q.offset, total);
  std::vector<Registration> out;
  for (size_t i = 0; i < r.size(); ++i) out.push_back(read_registration(r, i));
  return out;
}

Registration RegistrationRepository::create(const NewRegistration& nr, const emulation::TitleCatalogue& cat,
                                            std::optional<int64_t> user_id, Date today) {
  emulation::check_year(nr.year);
  const emulation::Title& title = emulation::check_registration(cat, nr.title_code, nr.year, nr.person_id.has_value());
  if (nr.date > today) throw Error::Invalid("Ngày đăng ký không được ở tương lai", "date");
  Unit u = UnitRepository(tx_).get(nr.unit_id);
  if (!emulation::valid_during(u.validity, nr.year))
    throw Error::Invalid(u.name + " không có hiệu lực trong năm " + std::to_string(nr.year), "unit_id");
  std::string person_name;
  if (nr.person_id) {
    auto person = PersonRepository(tx_).find(*nr.person_id);
    if (!person) throw Error::Invalid("Không tìm thấy cán bộ #" + std::to_string(*nr.person_id), "person_id");
    bool posted = !tx_.query(
                          "SELECT 1 FROM postings WHERE person_id = $1 AND unit_id = $2 AND date_from <= $3 AND "
                          "(date_to IS NULL OR date_to >= $4)",
                          {*nr.person_id, nr.unit_id, emulation::year_end(nr.year).iso(),
                           emulation::year_start(nr.year).iso()})
                        .empty();
    if (!posted)
      throw Error::Invalid(person->full_name + " không công tác tại " + u.name + " trong năm " + std::to_string(nr.year),
                           "person_id");
    person_name = person->full_name;
  }
  if (nr.movement_id && !MovementRepository(tx_).find(*nr.movement_id))
    throw Error::Invalid("Phong trào không tồn tại", "movement_id");
  std::string dup_sql =
      "SELECT 1 FROM registrations WHERE year = $1 AND unit_id = $2 AND title_code = $3 AND " +
      std::string(nr.person_id ? "person_id = $4" : "person_id IS NULL") + " AND " +
      std::string(nr.movement_id ? (nr.person_id ? "movement_id = $5" : "movement_id = $4") : "movement_id IS NULL");
  Params dup_params{int64_t{nr.year}, nr.unit_id, nr.title_code};
  if (nr.person_id) dup_params.push_back(*nr.person_id);
  if (nr.movement_id) dup_params.push_back(*nr.movement_id);
  if (!tx_.query(dup_sql, dup_params).empty())
    throw Error::Conflict((nr.person_id ? person_name : u.name) + " đã đăng ký danh hiệu \"" + title.name + "\" năm " +
                          std::to_string(nr.year));
  auto period = applicable_period(nr.unit_id, nr.year, nr.movement_id);
  std::optional<Date> deadline = period ? std::optional(period->deadline) : std::nullopt;
  bool late = emulation::is_late(nr.date, deadline);
  int64_t id = tx_.query_id(
      "INSERT INTO registrations (year, unit_id, person_id, movement_id, title_code, title_name, level, "
      "catalogue_version, date, deadline, late, period_id, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, "
      "$8, $9, $10, $11, $12, $13, $14) RETURNING id",
      {int64_t{nr.year}, nr.unit_id, opt_param(nr.person_id), opt_param(nr.movement_id), title.code, title.name,
       title.level, int64_t{cat.version()}, nr.date.iso(), opt_param(deadline), int64_t{late ? 1 : 0},
       period ? Param(period->id) : Param(nullptr), opt_param(user_id), now_iso()});
  return *find(id);
}

void RegistrationRepository::remove(int64_t id) {
  if (!find(id)) throw Error::NotFound("Không tìm thấy đăng ký #" + std::to_string(id));
  tx_.query("DELETE FROM registrations WHERE id = $1", {id});
}

RegistrationStatus RegistrationRepository::status(int64_t unit_id, int year, std::optional<int64_t> movement_id) {
  emulation::check_year(year);
  UnitRepository units(tx_);
  RegistrationStatus s;
  s.year = year;
  s.unit = unit_ref(units.get(unit_id));
  Result pr = movement_id ? tx_.query(std::string(kPeriodSelect) +
                                          "WHERE rp.year = $1 AND rp.unit_id = $2 AND rp.movement_id = $3",
                                      {int64_t{year}, unit_id, *movement_id})
                          : tx_.query(std::string(kPeriodSelect) +
                                          "WHERE rp.year = $1 AND rp.unit_id = $2 AND rp.movement_id IS NULL",
                                      {int64_t{year}, unit_id});
  if (!pr.empty()) s.period = read_period(pr, 0);
  for (const Unit& child : units.children(unit_id)) {
    if (!emulation::valid_during(child.validity, year)) continue;
    RegistrationStatusRow row;
    row.unit = unit_ref(child);
    Result r = movement_id ? tx_.query("SELECT title_code, date, late FROM registrations WHERE year = $1 AND unit_id = "
                                       "$2 AND movement_id = $3 ORDER BY date, id",
                                       {int64_t{year}, child.id, *movement_id})
                           : tx_.query("SELECT title_code, date, late FROM registrations WHERE year = $1 AND unit_id = "
                                       "$2 AND movement_id IS NULL ORDER BY date, id",
                                       {int64_t{year}, child.id});
    for (size_t i = 0; i < r.size(); ++i) {
      RowRef x(r, i);
      Date d = stored_date(x.str("date"));
      ++row.count;
      // Judged against this level's deadline when it has one, else as flagged when filed.
      bool late = s.period ? d > s.period->deadline : x.i64("late") == 1;
      (late ? row.late : row.on_time)++;
      if (!row.first_date) row.first_date = d;
      std::string code = x.str("title_code");
      if (std::find(row.title_codes.begin(), row.title_codes.end(), code) == row.title_codes.end())
        row.title_codes.push_back(code);
    }
    s.rows.push_back(std::move(row));
  }
  return s;
}

}  // namespace thidua::storage
