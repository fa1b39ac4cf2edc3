// Units (đơn vị) and people (cán bộ, tổ viên): the organisation registry's routes.
#include <nlohmann/json.hpp>

#include <functional>

#include "api/auth.h"
#include "api/context.h"
#include "api/input.h"
#include "api/serialize.h"
#include "core/error.h"
#include "storage/accounts.h"
#include "storage/registry.h"
#include "text/vietnamese.h"

namespace thidua::api {

using nlohmann::json;
using storage::TxMode;

static void register_unit_routes(Routes& r) {
  r.add("GET", "/api/v1/units", Access::read_list(), [&r](Ctx& c) {
    storage::UnitQuery q;
    q.q = c.query_str("q").value_or("");
    q.kind = c.query_str("kind", 40);
    q.status = c.query_str("status", 20);
    q.parent_id = c.query_id("parent_id");
    q.scope_root = c.scope_root();
    Page p = c.page();
    q.limit = p.limit;
    q.offset = p.offset;
    auto tx = r.db().begin(TxMode::kRead);
    int64_t total = 0;
    json items = json::array();
    for (auto& u : storage::UnitRepository(*tx).search(q, &total)) items.push_back(to_json(u));
    return ok(200, list_json(items, total));
  });

  r.add("GET", "/api/v1/units/tree", Access::read_list(), [&r](Ctx& c) {
    storage::UnitQuery q;
    q.scope_root = c.scope_root();
    q.limit = 1000000;
    auto tx = r.db().begin(TxMode::kRead);
    int64_t total = 0;
    json items = json::array();
    for (auto& u : storage::UnitRepository(*tx).search(q, &total)) items.push_back(to_json(u));
    return ok(200, list_json(items, total));
  });

  r.add("GET", "/api/v1/units/{id}", Access::read_unit_from_path(), [&r](Ctx& c) {
    int64_t id = c.pid();
    auto tx = r.db().begin(TxMode::kRead);
    storage::UnitRepository units(*tx);
    storage::Unit u = units.get(id);
    r.require_scope(*tx, c, id, false);
    json j = to_json(u);
    json pre = json::array(), ev = json::array();
    for (auto& p : units.predecessors(id)) pre.push_back(to_json(p));
    for (auto& e : units.events(id)) ev.push_back(to_json(e));
    j["predecessors"] = pre;
    j["events"] = ev;
    return ok(200, j);
  });

  r.add("GET", "/api/v1/units/{id}/people", Access::read_unit_from_path(), [&r](Ctx& c) {
    int64_t id = c.pid();
    std::optional<Date> at;
    if (auto s = c.req.query("at"); s && !s->empty()) {
      at = Date::parse_iso(*s);
      if (!at) throw Error::Invalid("Tham số at phải là ngày YYYY-MM-DD", "at");
    }
    auto tx = r.db().begin(TxMode::kRead);
    storage::UnitRepository(*tx).get(id);
    r.require_scope(*tx, c, id, false);
    json items = json::array();
    for (auto& p : storage::PersonRepository(*tx).postings_at(id, at)) items.push_back(to_json(p));
    return ok(200, list_json(items, static_cast<int64_t>(items.size())));
  });

  r.add("POST", "/api/v1/units", Access::write_unit_from_body(access::Resource::kUnits, "parent_id"), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kUnits);
    Input in(c.req.body, {"name", "kind", "code", "parent_id", "valid_from", "valid_to"});
    storage::NewUnit n{in.str("name"), in.str("kind", 40), in.str("code", 64), in.opt_id("parent_id"),
                       in.date("valid_from"), in.opt_date("valid_to")};
    auto tx = r.db().begin(TxMode::kWrite);
    if (n.parent_id) r.require_scope(*tx, c, *n.parent_id, true);
    else if (!c.me().everything) throw Error::Forbidden("Chỉ quản trị cấp Bộ được tạo đơn vị gốc");
    storage::Unit u = storage::UnitRepository(*tx).create(n);
    r.audit(*tx, c, "unit.create", "unit", u.id, u.id, nullptr, to_json(u));
    tx->commit();
    return ok(201, to_json(u));
  });

  // One unit changed in place (code or start corrected, renamed, moved, dissolved): the writer's
  // scope over it, the change, and its audit record with before and after, in one transaction.
  using UnitChange = std::function<storage::Unit(storage::Tx&, storage::UnitRepository&, int64_t)>;
  auto change_unit = [&r](Ctx& c, const char* action, const UnitChange& change) {
    int64_t id = c.pid();
    auto tx = r.db().begin(TxMode::kWrite);
    storage::UnitRepository units(*tx);
    storage::Unit before = units.get(id);
    r.require_scope(*tx, c, id, true);
    storage::Unit after = change(*tx, units, id);
    r.audit(*tx, c, action, "unit", id, id, to_json(before), to_json(after));
    tx->commit();
    return ok(200, to_json(after));
  };

  r.add("PATCH", "/api/v1/units/{id}", Access::write_unit_from_path(access::Resource::kUnits), [&r, change_unit](Ctx& c) {
    r.require_write(c, access::Resource::kUnits);
    Input in(c.req.body, {"code", "valid_from"});
    auto code = in.opt_str("code", 64);
    auto from = in.opt_date("valid_from");
    return change_unit(c, "unit.update", [&](storage::Tx&, storage::UnitRepository& units, int64_t id) {
      return units.correct(id, code, from);
    });
  });

  r.add("POST", "/api/v1/units/{id}/rename", Access::write_unit_from_path(access::Resource::kUnits), [&r, change_unit](Ctx& c) {
    r.require_write(c, access::Resource::kUnits);
    Input in(c.req.body, {"name", "date", "document"});
    std::string name = in.str("name");
    Date date = in.date("date");
    auto doc = in.opt_str("document", 500);
    return change_unit(c, "unit.rename", [&](storage::Tx&, storage::UnitRepository& units, int64_t id) {
      return units.rename(id, name, date, doc);
    });
  });

  r.add("POST", "/api/v1/units/{id}/move", Access::write_unit_from_path(access::Resource::kUnits), [&r, change_unit](Ctx& c) {
    r.require_write(c, access::Resource::kUnits);
    Input in(c.req.body, {"parent_id", "date", "document"});
    int64_t parent = in.id("parent_id");
    Date date = in.date("date");
    auto doc = in.opt_str("document", 500);
    return change_unit(c, "unit.move", [&](storage::Tx& tx, storage::UnitRepository& units, int64_t id) {
      r.require_scope(tx, c, parent, true);  // the new parent too
      return units.move(id, parent, date, doc);
    });
  });

  r.add("POST", "/api/v1/units/{id}/dissolve", Access::write_unit_from_path(access::Resource::kUnits), [&r, change_unit](Ctx& c) {
    r.require_write(c, access::Resource::kUnits);
    Input in(c.req.body, {"date", "document"});
    Date date = in.date("date");
    auto doc = in.opt_str("document", 500);
    return change_unit(c, "unit.dissolve", [&](storage::Tx&, storage::UnitRepository& units, int64_t id) {
      return units.dissolve(id, date, doc);
    });
  });

  r.add("POST", "/api/v1/units/merge", Access::write_unit_from_body(access::Resource::kUnits, "target_id"), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kUnits);
    Input in(c.req.body, {"source_ids", "date", "document", "target_id", "target"});
    auto sources = in.ids("source_ids");
    Date date = in.date("date");
    auto doc = in.opt_str("document", 500);
    auto target_id = in.opt_id("target_id");
    std::optional<storage::NewUnit> fresh;
    if (in.has("target")) {
      if (target_id) throw Error::Invalid("Chỉ chọn một trong target_id hoặc target", "target");
      Input t = in.object("target", {"name", "kind", "code", "parent_id"});
      fresh = storage::NewUnit{t.str("name"), t.str("kind", 40), t.str("code", 64), t.opt_id("parent_id"), date,
                               std::nullopt};
    } else if (!target_id) {
      throw Error::Invalid("Cần target_id (đơn vị nhận) hoặc target (đơn vị mới)", "target_id");
    }
    auto tx = r.db().begin(TxMode::kWrite);
    storage::UnitRepository units(*tx);
    json before = json::array();
    for (int64_t s : sources) {
      before.push_back(to_json(units.get(s)));
      r.require_scope(*tx, c, s, true);
    }
    if (fresh) {
      if (fresh->parent_id) r.require_scope(*tx, c, *fresh->parent_id, true);
      else if (!c.me().everything) throw Error::Forbidden("Chỉ quản trị cấp Bộ được tạo đơn vị gốc");
      storage::Unit created = units.create(*fresh);
      r.audit(*tx, c, "unit.create", "unit", created.id, created.id, nullptr, to_json(created));
      target_id = created.id;
    } else {
      units.get(*target_id);
      r.require_scope(*tx, c, *target_id, true);
    }
    storage::Unit t = units.merge(sources, *target_id, date, doc);
    json after = json::array();
    for (int64_t s : sources) after.push_back(to_json(units.get(s)));
    r.audit(*tx, c, "unit.merge", "unit", t.id, t.id, {{"sources", before}},
          {{"sources", after}, {"target", to_json(t)}});
    for (size_t i = 0; i < sources.size(); ++i)
      r.audit(*tx, c, "unit.merged_into", "unit", sources[i], sources[i], before[i], after[i]);
    tx->commit();
    return ok(201, to_json(t));
  });
}

static void register_people_routes(Routes& r) {
  auto posting_input = [](Input& p) {
    return storage::NewPosting{p.id("unit_id"), p.opt_str("rank", 40), p.opt_str("position", 200),
                               p.opt_str("team_role", 20), p.date("from")};
  };
  // A person is in scope when their current (or, if none, latest) posting is.
  auto person_unit = [](storage::PersonRepository& people, int64_t id) -> int64_t {
    auto ps = people.postings_of(id);
    if (ps.empty()) throw Error::NotFound("Không tìm thấy");
    return ps.front().unit_id;
  };

  r.add("GET", "/api/v1/people", Access::read_list(), [&r](Ctx& c) {
    storage::PersonQuery q;
    q.q = c.query_str("q").value_or("");
    q.kind = c.query_str("kind", 40);
    q.unit_id = c.query_id("unit_id");
    q.scope_root = c.scope_root();
    Page p = c.page();
    q.limit = p.limit;
    q.offset = p.offset;
    auto tx = r.db().begin(TxMode::kRead);
    int64_t total = 0;
    json items = json::array();
    for (auto& person : storage::PersonRepository(*tx).search(q, &total)) items.push_back(to_json(person));
    return ok(200, list_json(items, total));
  });

  r.add("GET", "/api/v1/people/{id}", Access::read_from_owner("id", "person"), [&r, person_unit](Ctx& c) {
    int64_t id = c.pid();
    auto tx = r.db().begin(TxMode::kRead);
    storage::PersonRepository people(*tx);
    storage::Person p = people.get(id);
    r.require_scope(*tx, c, person_unit(people, id), false);
    json j = to_json(p);
    json hist = json::array();
    for (auto& po : people.postings_of(id)) hist.push_back(to_json(po));
    j["postings"] = hist;
    return ok(200, j);
  });

  r.add("POST", "/api/v1/people", Access::write_unit_from_body(access::Resource::kPeople, "posting.unit_id"), [&r, posting_input](Ctx& c) {
    r.require_write(c, access::Resource::kPeople);
    Input in(c.req.body, {"full_name", "kind", "birth_year", "posting"});
    std::string name = in.str("full_name", 200);
    std::string kind = in.str("kind", 20);
    auto birth = in.opt_int("birth_year", 1900, 2100);
    Input pin = in.object("posting", {"unit_id", "rank", "position", "team_role", "from"});
    storage::NewPosting first = posting_input(pin);
    auto tx = r.db().begin(TxMode::kWrite);
    r.require_scope(*tx, c, first.unit_id, true);
    storage::Person p = storage::PersonRepository(*tx).create(name, kind, birth, first);
    r.audit(*tx, c, "person.create", "person", p.id, first.unit_id, nullptr, to_json(p));
    tx->commit();
    return ok(201, to_json(p));
  });

  r.add("PATCH", "/api/v1/people/{id}", Access::write_from_owner(access::Resource::kPeople, "id", "person"), [&r, person_unit](Ctx& c) {
    r.require_write(c, access::Resource::kPeople);
    int64_t id = c.pid();
    Input in(c.req.body, {"full_name", "birth_year"});
    auto name = in.opt_str("full_name", 200);
    auto birth = in.opt_int("birth_year", 1900, 2100);
    auto tx = r.db().begin(TxMode::kWrite);
    storage::PersonRepository people(*tx);
    storage::Person before = people.get(id);
    int64_t unit = person_unit(people, id);
    r.require_scope(*tx, c, unit, true);
    storage::Person after = people.update(id, name, birth);
    r.audit(*tx, c, "person.update", "person", id, unit, to_json(before), to_json(after));
    tx->commit();
    return ok(200, to_json(after));
  });

  r.add("POST", "/api/v1/people/{id}/postings", Access::write_from_owner(access::Resource::kPeople, "id", "person"), [&r, person_unit, posting_input](Ctx& c) {
    r.require_write(c, access::Resource::kPeople);
    int64_t id = c.pid();
    Input in(c.req.body, {"unit_id", "rank", "position", "team_role", "from"});
    storage::NewPosting np = posting_input(in);
    auto tx = r.db().begin(TxMode::kWrite);
    storage::PersonRepository people(*tx);
    storage::Person before = people.get(id);
    r.require_scope(*tx, c, person_unit(people, id), true);
    r.require_scope(*tx, c, np.unit_id, true);
    storage::Posting po = people.add_posting(id, np);
    r.audit(*tx, c, "person.posting", "person", id, np.unit_id, to_json(before), to_json(people.get(id)));
    tx->commit();
    return ok(201, to_json(po));
  });

  r.add("POST", "/api/v1/postings/{id}/end", Access::write_from_owner(access::Resource::kPeople, "id", "posting"), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kPeople);
    int64_t id = c.pid();
    Input in(c.req.body, {"date"});
    Date date = in.date("date");
    auto tx = r.db().begin(TxMode::kWrite);
    storage::PersonRepository people(*tx);
    auto before = people.find_posting(id);
    if (!before) throw Error::NotFound("Không tìm thấy");
    r.require_scope(*tx, c, before->unit_id, true);
    storage::Posting after = people.end_posting(id, date);
    r.audit(*tx, c, "posting.end", "person", after.person_id, after.unit_id, to_json(*before), to_json(after));
    tx->commit();
    return ok(200, to_json(after));
  });
}

void register_registry_routes(Routes& r) {
  register_unit_routes(r);
  register_people_routes(r);
}

}  // namespace thidua::api
