// Users (người dùng) and the audit log (nhật ký).
#include <nlohmann/json.hpp>

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

static void register_user_routes(Routes& r) {
  r.add("GET", "/api/v1/users", Access::read_list(), [&r](Ctx& c) {
    storage::UserQuery q;
    q.q = c.req.query("q").value_or("");
    if (q.q.size() > 64) throw Error::Invalid("Từ khóa tìm kiếm quá dài", "q");
    q.scope_root = c.scope_root();
    Page p = c.page();
    q.limit = p.limit;
    q.offset = p.offset;
    auto tx = r.db().begin(TxMode::kRead);
    int64_t total = 0;
    json items = json::array();
    for (auto& u : storage::UserRepository(*tx).search(q, &total)) items.push_back(to_json(u));
    return ok(200, list_json(items, total));
  });

  r.add("POST", "/api/v1/users", Access::write_unit_from_body(access::Resource::kUsers, "unit_id"), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kUsers);
    Input in(c.req.body, {"username", "password", "role", "unit_id", "full_name"});
    std::string username = in.str("username", 64);
    for (char ch : username)
      if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '.' || ch == '_' || ch == '-'))
        throw Error::Invalid("Tên đăng nhập chỉ gồm chữ thường không dấu, số và . _ -", "username");
    if (username.size() < 3) throw Error::Invalid("Tên đăng nhập phải có ít nhất 3 ký tự", "username");
    std::string password = in.str("password", 256);
    check_password_strength(password, username);
    std::string role = in.str("role", 20);
    access::Role parsed_role;
    if (!access::parse_role(role, parsed_role)) throw Error::Invalid("Vai trò không hợp lệ: " + role, "role");
    int64_t unit = in.id("unit_id");
    std::string full_name = in.opt_str("full_name", 200).value_or("");
    std::string hash = hash_password(password);  // before the write lock: it is slow on purpose
    auto tx = r.db().begin(TxMode::kWrite);
    storage::UnitRepository(*tx).get(unit);
    r.require_scope(*tx, c, unit, true);
    storage::User u = storage::UserRepository(*tx).create(username, full_name, hash, role, unit);
    r.audit(*tx, c, "user.create", "user", u.id, u.unit_id, nullptr, to_json(u));
    tx->commit();
    return ok(201, to_json(u));
  });

  r.add("PATCH", "/api/v1/users/{id}", Access::write_from_owner(access::Resource::kUsers, "id", "user"), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kUsers);
    int64_t id = c.pid();
    Input in(c.req.body, {"role", "unit_id", "disabled", "password", "full_name"});
    auto role = in.opt_str("role", 20);
    access::Role parsed_role;
    if (role && !access::parse_role(*role, parsed_role)) throw Error::Invalid("Vai trò không hợp lệ: " + *role, "role");
    auto unit = in.opt_id("unit_id");
    auto disabled = in.opt_bool("disabled");
    auto password = in.opt_str("password", 256);
    auto full_name = in.opt_str("full_name", 200);
    std::optional<std::string> hash;
    if (password) {
      check_password_strength(*password);
      hash = hash_password(*password);
    }
    auto tx = r.db().begin(TxMode::kWrite);
    storage::UserRepository users(*tx);
    storage::User before = users.get(id);
    r.require_scope(*tx, c, before.unit_id, true);
    if (unit) r.require_scope(*tx, c, *unit, true);
    if (id == c.me().user.id && (disabled.value_or(false) || (role && *role != "admin")))
      throw Error::Conflict("Không thể tự khóa hoặc tự hạ quyền tài khoản đang dùng");
    users.update(id, role, unit, disabled, hash, full_name);
    if (disabled.value_or(false) || hash) storage::SessionRepository(*tx).remove_for_user(id);
    storage::User after = users.get(id);
    json a = to_json(after);
    if (hash) a["password_changed"] = true;
    r.audit(*tx, c, "user.update", "user", id, after.unit_id, to_json(before), a);
    tx->commit();
    return ok(200, to_json(after));
  });
}

static void register_audit_routes(Routes& r) {
  r.add("GET", "/api/v1/audit", Access::read_list(), [&r](Ctx& c) {
    storage::AuditQuery q;
    q.unit_id = c.query_id("unit_id");
    q.user_id = c.query_id("user_id");
    q.entity_id = c.query_id("entity_id");
    q.entity = c.req.query("entity");
    if (q.entity && (q.entity->empty() || q.entity->size() > 40)) q.entity.reset();
    q.scope_root = c.scope_root();
    Page p = c.page();
    q.limit = p.limit;
    q.offset = p.offset;
    auto tx = r.db().begin(TxMode::kRead);
    if (q.unit_id) r.require_scope(*tx, c, *q.unit_id, false);
    int64_t total = 0;
    json items = json::array();
    for (auto& e : storage::AuditLog(*tx).search(q, &total)) items.push_back(to_json(e));
    return ok(200, list_json(items, total));
  });

  r.add("GET", "/api/v1/audit/verify", Access::root_admin(), [&r](Ctx& c) {
    if (c.me().role != access::Role::kAdmin || !c.me().everything)
      throw Error::Forbidden("Chỉ quản trị cấp Bộ được kiểm tra toàn vẹn nhật ký");
    auto tx = r.db().begin(TxMode::kRead);
    auto v = storage::AuditLog(*tx).verify();
    json j = {{"ok", v.ok}, {"rows", v.rows}};
    if (!v.ok) {
      j["first_bad_id"] = *v.first_bad_id;
      j["reason"] = v.reason;
    }
    return ok(200, j);
  });
}

void register_account_routes(Routes& r) {
  register_user_routes(r);
  register_audit_routes(r);
}

}  // namespace thidua::api
