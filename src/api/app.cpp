#include "api/app.h"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <chrono>
#include <ctime>
#include <functional>

#include "api/auth.h"
#include "api/input.h"
#include "api/serialize.h"
#include "core/access.h"
#include "core/error.h"
#include "core/org.h"
#include "http/router.h"
#include "http/static_files.h"
#include "storage/accounts.h"
#include "storage/registry.h"
#include "text/vietnamese.h"

namespace thidua::api {

using nlohmann::json;
using storage::Tx;
using storage::TxMode;

http::Response error_response(int status, const std::string& code, const std::string& message,
                              const std::string& field) {
  json e = {{"code", code}, {"message", message}};
  if (!field.empty()) e["field"] = field;
  return http::Response::json(status, json{{"error", e}}.dump());
}

namespace {

int status_for(ErrorCode c) {
  switch (c) {
    case ErrorCode::kInvalid: return 400;
    case ErrorCode::kUnauthorized: return 401;
    case ErrorCode::kForbidden: return 403;
    case ErrorCode::kNotFound: return 404;
    case ErrorCode::kConflict: return 409;
    case ErrorCode::kTooMany: return 429;
    case ErrorCode::kInternal: return 500;
  }
  return 500;
}

http::Response ok(int status, const json& body) {
  return http::Response::json(status, body.dump(-1, ' ', false, json::error_handler_t::replace));
}

std::string iso_in(std::chrono::seconds from_now) {
  std::time_t t = std::time(nullptr) + from_now.count();
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// Who is asking: the session's user, their role and their unit scope.
struct Principal {
  storage::User user;
  access::Role role = access::Role::kViewer;
  bool everything = false;  // bound to a root unit: the whole registry is in scope
  std::string csrf;
  std::string token_hash;
};

struct Ctx {
  const http::Request& req;
  http::PathParams params;
  std::optional<Principal> who;

  const Principal& me() const { return *who; }
  std::optional<int64_t> scope_root() const {
    if (who->everything) return std::nullopt;
    return who->user.unit_id;
  }
  int64_t pid(const char* name = "id") const { return path_id(params.at(name)); }
};

}  // namespace

struct App::Impl {
  storage::Database& db;
  AppOptions opts;
  http::StaticFiles web;
  LoginLimiter limiter;
  using Fn = std::function<http::Response(Ctx&)>;
  struct Route {
    Fn fn;
    bool needs_session = true;
  };
  http::Router<Route> router;

  Impl(storage::Database& d, AppOptions o) : db(d), opts(std::move(o)), web(opts.web_root) { routes(); }

  // ---- authorisation ----

  void require_write(const Ctx& c, access::Resource r) {
    if (!access::can_write(c.me().role, r))
      throw Error::Forbidden(std::string("Vai trò của bạn không được phép ") + access::resource_label(r));
  }
  // A read of something outside the scope looks like it does not exist; a write is refused.
  void require_scope(Tx& tx, const Ctx& c, int64_t unit_id, bool write) {
    if (c.me().everything) return;
    if (storage::UnitRepository(tx).in_scope(c.me().user.unit_id, unit_id)) return;
    if (write) throw Error::Forbidden("Đơn vị này nằm ngoài phạm vi quản lý của bạn");
    throw Error::NotFound("Không tìm thấy");
  }

  void audit(Tx& tx, const Ctx& c, const std::string& action, const std::string& entity,
             std::optional<int64_t> entity_id, std::optional<int64_t> unit_id, const json& before, const json& after) {
    audit::Entry e;
    if (c.who) {
      e.user_id = c.me().user.id;
      e.username = c.me().user.username;
    } else {
      e.username = "-";
    }
    e.address = c.req.remote_addr;
    e.action = action;
    e.entity = entity;
    e.entity_id = entity_id;
    e.unit_id = unit_id;
    if (!before.is_null()) e.before_json = before.dump();
    if (!after.is_null()) e.after_json = after.dump();
    storage::AuditLog(tx).append(std::move(e));
  }

  std::optional<Principal> authenticate(const http::Request& req) {
    auto token = req.cookie("thidua_session");
    if (!token || token->size() != 64) return std::nullopt;
    auto tx = db.begin(TxMode::kRead);
    auto s = storage::SessionRepository(*tx).find(audit::sha256_hex(*token), storage::now_iso());
    if (!s) return std::nullopt;
    auto u = storage::UserRepository(*tx).find(s->user_id);
    if (!u || u->disabled) return std::nullopt;
    Principal p;
    p.user = *u;
    access::parse_role(u->role, p.role);
    auto unit = storage::UnitRepository(*tx).find(u->unit_id);
    p.everything = unit && !unit->parent_id;
    p.csrf = s->csrf_token;
    p.token_hash = s->token_hash;
    return p;
  }

  http::Response handle(const http::Request& req) {
    try {
      if (req.path == "/healthz") return ok(200, {{"status", "ok"}});
      if (req.path.rfind("/api/", 0) != 0) {
        if (auto r = web.serve(req)) return *r;
        return error_response(405, "method_not_allowed", "Phương thức không được hỗ trợ");
      }
      auto m = router.match(req.method, req.path);
      if (!m.handler) {
        if (m.path_known) return error_response(405, "method_not_allowed", "Phương thức không được hỗ trợ cho đường dẫn này");
        return error_response(404, "not_found", "Không có API này: " + req.path);
      }
      Ctx c{req, std::move(m.params), std::nullopt};
      if (m.handler->needs_session) {
        c.who = authenticate(req);
        if (!c.who) return error_response(401, "unauthorized", "Bạn cần đăng nhập");
        bool writes = req.method != "GET" && req.method != "HEAD";
        if (writes && !secure_equals(req.header("x-csrf-token"), c.who->csrf))
          return error_response(403, "csrf", "Thiếu hoặc sai mã chống giả mạo (X-CSRF-Token)");
      }
      return m.handler->fn(c);
    } catch (const Error& e) {
      if (e.code() == ErrorCode::kInternal) {
        spdlog::error("{} {}: {}", req.method, req.path, e.what());
        return error_response(500, "internal", "Lỗi máy chủ, vui lòng thử lại");
      }
      return error_response(status_for(e.code()), error_code_name(e.code()), e.what(), e.field());
    } catch (const std::exception& e) {
      spdlog::error("{} {}: {}", req.method, req.path, e.what());
      return error_response(500, "internal", "Lỗi máy chủ, vui lòng thử lại");
    }
  }

  void add(const char* method, const char* pattern, Fn fn, bool needs_session = true) {
    router.add(method, pattern, Route{std::move(fn), needs_session});
  }

  void routes();
  void session_routes();
  void unit_routes();
  void people_routes();
  void user_routes();
  void audit_routes();
};

// ---------------------------------------------------------------------------------------------

void App::Impl::session_routes() {
  add(
      "POST", "/api/v1/session",
      [this](Ctx& c) {
        Input in(c.req.body, {"username", "password"});
        std::string username = in.str("username", 64);
        std::string password = in.str("password", 256);
        std::string ukey = "user:" + username, akey = "addr:" + c.req.remote_addr;
        if (!limiter.allowed(ukey) || !limiter.allowed(akey))
          throw Error(ErrorCode::kTooMany, "Đăng nhập sai quá nhiều lần, vui lòng thử lại sau 15 phút");
        std::optional<storage::User> user;
        {
          auto tx = db.begin(TxMode::kRead);
          user = storage::UserRepository(*tx).find_by_name(username);
        }
        bool good = user && !user->disabled && verify_password(user->password_hash, password);
        if (!good) {
          limiter.failure(ukey);
          limiter.failure(akey);
          throw Error(ErrorCode::kUnauthorized, "Sai tên đăng nhập hoặc mật khẩu");
        }
        limiter.success(ukey);
        std::string token = random_token(), csrf = random_token();
        auto tx = db.begin(TxMode::kWrite);
        storage::SessionRepository sessions(*tx);
        sessions.purge_expired(storage::now_iso());
        sessions.create({audit::sha256_hex(token), csrf, c.req.remote_addr,
                         iso_in(std::chrono::hours(opts.session_hours)), user->id});
        Principal p;
        p.user = *user;
        c.who = p;
        audit(*tx, c, "session.login", "user", user->id, user->unit_id, nullptr, nullptr);
        tx->commit();
        http::Response r = ok(200, {{"user", to_json(*user)}, {"csrf_token", csrf}});
        r.headers.push_back({"Set-Cookie", "thidua_session=" + token + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" +
                                               std::to_string(opts.session_hours * 3600) +
                                               (opts.secure_cookie ? "; Secure" : "")});
        r.headers.push_back({"Cache-Control", "no-store"});
        return r;
      },
      false);

  add("GET", "/api/v1/session",
      [](Ctx& c) { return ok(200, {{"user", to_json(c.me().user)}, {"csrf_token", c.me().csrf}}); });

  add("DELETE", "/api/v1/session", [this](Ctx& c) {
    auto tx = db.begin(TxMode::kWrite);
    storage::SessionRepository(*tx).remove(c.me().token_hash);
    audit(*tx, c, "session.logout", "user", c.me().user.id, c.me().user.unit_id, nullptr, nullptr);
    tx->commit();
    http::Response r{204, "application/json; charset=utf-8", {}, ""};
    r.headers.push_back({"Set-Cookie", "thidua_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"});
    return r;
  });

  add("GET", "/api/v1/meta", [](Ctx&) {
    json kinds = json::array(), roles = json::array(), team = json::array();
    for (auto& k : org::unit_kinds()) kinds.push_back({{"code", k.code}, {"label", k.label}});
    for (auto& r : access::roles()) roles.push_back({{"code", r.code}, {"label", r.label}});
    for (auto& t : org::team_roles()) team.push_back({{"code", t.code}, {"label", t.label}});
    return ok(200, {{"unit_kinds", kinds},
                    {"roles", roles},
                    {"team_roles", team},
                    {"person_kinds",
                     json::array({{{"code", "officer"}, {"label", "Cán bộ chiến sĩ"}},
                                  {{"code", "member"}, {"label", "Thành viên tổ bảo vệ ANTT"}},
                                  {{"code", "civilian"}, {"label", "Cán bộ chính quyền"}}})},
                    {"ranks", org::police_ranks()},
                    {"today", Date::today_vn().iso()}});
  });
}

void App::Impl::unit_routes() {
  add("GET", "/api/v1/units", [this](Ctx& c) {
    storage::UnitQuery q;
    q.q = c.req.query("q").value_or("");
    if (q.q.size() > 200 || !text::is_valid_utf8(q.q)) throw Error::Invalid("Từ khóa tìm kiếm không hợp lệ", "q");
    q.kind = c.req.query("kind");
    if (q.kind && q.kind->empty()) q.kind.reset();
    q.status = c.req.query("status");
    if (q.status && q.status->empty()) q.status.reset();
    q.parent_id = parse_id(c.req.query("parent_id"), "parent_id");
    q.scope_root = c.scope_root();
    Page p = parse_page(c.req.query("limit"), c.req.query("offset"));
    q.limit = p.limit;
    q.offset = p.offset;
    auto tx = db.begin(TxMode::kRead);
    int64_t total = 0;
    json items = json::array();
    for (auto& u : storage::UnitRepository(*tx).search(q, &total)) items.push_back(to_json(u));
    return ok(200, list_json(items, total));
  });

  add("GET", "/api/v1/units/tree", [this](Ctx& c) {
    storage::UnitQuery q;
    q.scope_root = c.scope_root();
    q.limit = 1000000;
    auto tx = db.begin(TxMode::kRead);
    int64_t total = 0;
    json items = json::array();
    for (auto& u : storage::UnitRepository(*tx).search(q, &total)) items.push_back(to_json(u));
    return ok(200, list_json(items, total));
  });

  add("GET", "/api/v1/units/{id}", [this](Ctx& c) {
    int64_t id = c.pid();
    auto tx = db.begin(TxMode::kRead);
    storage::UnitRepository units(*tx);
    storage::Unit u = units.get(id);
    require_scope(*tx, c, id, false);
    json j = to_json(u);
    json pre = json::array(), ev = json::array();
    for (auto& p : units.predecessors(id)) pre.push_back(to_json(p));
    for (auto& e : units.events(id)) ev.push_back(to_json(e));
    j["predecessors"] = pre;
    j["events"] = ev;
    return ok(200, j);
  });

  add("GET", "/api/v1/units/{id}/people", [this](Ctx& c) {
    int64_t id = c.pid();
    std::optional<Date> at;
    if (auto s = c.req.query("at"); s && !s->empty()) {
      at = Date::parse_iso(*s);
      if (!at) throw Error::Invalid("Tham số at phải là ngày YYYY-MM-DD", "at");
    }
    auto tx = db.begin(TxMode::kRead);
    storage::UnitRepository(*tx).get(id);
    require_scope(*tx, c, id, false);
    json items = json::array();
    for (auto& p : storage::PersonRepository(*tx).postings_at(id, at)) items.push_back(to_json(p));
    return ok(200, list_json(items, static_cast<int64_t>(items.size())));
  });

  add("POST", "/api/v1/units", [this](Ctx& c) {
    require_write(c, access::Resource::kUnits);
    Input in(c.req.body, {"name", "kind", "code", "parent_id", "valid_from", "valid_to"});
    storage::NewUnit n{in.str("name"), in.str("kind", 40), in.str("code", 64), in.opt_id("parent_id"),
                       in.date("valid_from"), in.opt_date("valid_to")};
    auto tx = db.begin(TxMode::kWrite);
    if (n.parent_id) require_scope(*tx, c, *n.parent_id, true);
    else if (!c.me().everything) throw Error::Forbidden("Chỉ quản trị cấp Bộ được tạo đơn vị gốc");
    storage::Unit u = storage::UnitRepository(*tx).create(n);
    audit(*tx, c, "unit.create", "unit", u.id, u.id, nullptr, to_json(u));
    tx->commit();
    return ok(201, to_json(u));
  });

  add("PATCH", "/api/v1/units/{id}", [this](Ctx& c) {
    require_write(c, access::Resource::kUnits);
    int64_t id = c.pid();
    Input in(c.req.body, {"code", "valid_from"});
    auto code = in.opt_str("code", 64);
    auto from = in.opt_date("valid_from");
    auto tx = db.begin(TxMode::kWrite);
    storage::UnitRepository units(*tx);
    storage::Unit before = units.get(id);
    require_scope(*tx, c, id, true);
    storage::Unit after = units.correct(id, code, from);
    audit(*tx, c, "unit.update", "unit", id, id, to_json(before), to_json(after));
    tx->commit();
    return ok(200, to_json(after));
  });

  add("POST", "/api/v1/units/{id}/rename", [this](Ctx& c) {
    require_write(c, access::Resource::kUnits);
    int64_t id = c.pid();
    Input in(c.req.body, {"name", "date", "document"});
    std::string name = in.str("name");
    Date date = in.date("date");
    auto doc = in.opt_str("document", 500);
    auto tx = db.begin(TxMode::kWrite);
    storage::UnitRepository units(*tx);
    storage::Unit before = units.get(id);
    require_scope(*tx, c, id, true);
    storage::Unit after = units.rename(id, name, date, doc);
    audit(*tx, c, "unit.rename", "unit", id, id, to_json(before), to_json(after));
    tx->commit();
    return ok(200, to_json(after));
  });

  add("POST", "/api/v1/units/{id}/move", [this](Ctx& c) {
    require_write(c, access::Resource::kUnits);
    int64_t id = c.pid();
    Input in(c.req.body, {"parent_id", "date", "document"});
    int64_t parent = in.id("parent_id");
    Date date = in.date("date");
    auto doc = in.opt_str("document", 500);
    auto tx = db.begin(TxMode::kWrite);
    storage::UnitRepository units(*tx);
    storage::Unit before = units.get(id);
    require_scope(*tx, c, id, true);
    require_scope(*tx, c, parent, true);
    storage::Unit after = units.move(id, parent, date, doc);
    audit(*tx, c, "unit.move", "unit", id, id, to_json(before), to_json(after));
    tx->commit();
    return ok(200, to_json(after));
  });

  add("POST", "/api/v1/units/{id}/dissolve", [this](Ctx& c) {
    require_write(c, access::Resource::kUnits);
    int64_t id = c.pid();
    Input in(c.req.body, {"date", "document"});
    Date date = in.date("date");
    auto doc = in.opt_str("document", 500);
    auto tx = db.begin(TxMode::kWrite);
    storage::UnitRepository units(*tx);
    storage::Unit before = units.get(id);
    require_scope(*tx, c, id, true);
    storage::Unit after = units.dissolve(id, date, doc);
    audit(*tx, c, "unit.dissolve", "unit", id, id, to_json(before), to_json(after));
    tx->commit();
    return ok(200, to_json(after));
  });

  add("POST", "/api/v1/units/merge", [this](Ctx& c) {
    require_write(c, access::Resource::kUnits);
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
    auto tx = db.begin(TxMode::kWrite);
    storage::UnitRepository units(*tx);
    json before = json::array();
    for (int64_t s : sources) {
      before.push_back(to_json(units.get(s)));
      require_scope(*tx, c, s, true);
    }
    if (fresh) {
      if (fresh->parent_id) require_scope(*tx, c, *fresh->parent_id, true);
      else if (!c.me().everything) throw Error::Forbidden("Chỉ quản trị cấp Bộ được tạo đơn vị gốc");
      storage::Unit created = units.create(*fresh);
      audit(*tx, c, "unit.create", "unit", created.id, created.id, nullptr, to_json(created));
      target_id = created.id;
    } else {
      units.get(*target_id);
      require_scope(*tx, c, *target_id, true);
    }
    storage::Unit t = units.merge(sources, *target_id, date, doc);
    json after = json::array();
    for (int64_t s : sources) after.push_back(to_json(units.get(s)));
    audit(*tx, c, "unit.merge", "unit", t.id, t.id, {{"sources", before}},
          {{"sources", after}, {"target", to_json(t)}});
    for (size_t i = 0; i < sources.size(); ++i)
      audit(*tx, c, "unit.merged_into", "unit", sources[i], sources[i], before[i], after[i]);
    tx->commit();
    return ok(201, to_json(t));
  });
}

void App::Impl::people_routes() {
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

  add("GET", "/api/v1/people", [this](Ctx& c) {
    storage::PersonQuery q;
    q.q = c.req.query("q").value_or("");
    if (q.q.size() > 200 || !text::is_valid_utf8(q.q)) throw Error::Invalid("Từ khóa tìm kiếm không hợp lệ", "q");
    q.kind = c.req.query("kind");
    if (q.kind && q.kind->empty()) q.kind.reset();
    q.unit_id = parse_id(c.req.query("unit_id"), "unit_id");
    q.scope_root = c.scope_root();
    Page p = parse_page(c.req.query("limit"), c.req.query("offset"));
    q.limit = p.limit;
    q.offset = p.offset;
    auto tx = db.begin(TxMode::kRead);
    int64_t total = 0;
    json items = json::array();
    for (auto& person : storage::PersonRepository(*tx).search(q, &total)) items.push_back(to_json(person));
    return ok(200, list_json(items, total));
  });

  add("GET", "/api/v1/people/{id}", [this, person_unit](Ctx& c) {
    int64_t id = c.pid();
    auto tx = db.begin(TxMode::kRead);
    storage::PersonRepository people(*tx);
    storage::Person p = people.get(id);
    require_scope(*tx, c, person_unit(people, id), false);
    json j = to_json(p);
    json hist = json::array();
    for (auto& po : people.postings_of(id)) hist.push_back(to_json(po));
    j["postings"] = hist;
    return ok(200, j);
  });

  add("POST", "/api/v1/people", [this, posting_input](Ctx& c) {
    require_write(c, access::Resource::kPeople);
    Input in(c.req.body, {"full_name", "kind", "birth_year", "posting"});
    std::string name = in.str("full_name", 200);
    std::string kind = in.str("kind", 20);
    auto birth = in.opt_int("birth_year", 1900, 2100);
    Input pin = in.object("posting", {"unit_id", "rank", "position", "team_role", "from"});
    storage::NewPosting first = posting_input(pin);
    auto tx = db.begin(TxMode::kWrite);
    require_scope(*tx, c, first.unit_id, true);
    storage::Person p = storage::PersonRepository(*tx).create(name, kind, birth, first);
    audit(*tx, c, "person.create", "person", p.id, first.unit_id, nullptr, to_json(p));
    tx->commit();
    return ok(201, to_json(p));
  });

  add("PATCH", "/api/v1/people/{id}", [this, person_unit](Ctx& c) {
    require_write(c, access::Resource::kPeople);
    int64_t id = c.pid();
    Input in(c.req.body, {"full_name", "birth_year"});
    auto name = in.opt_str("full_name", 200);
    auto birth = in.opt_int("birth_year", 1900, 2100);
    auto tx = db.begin(TxMode::kWrite);
    storage::PersonRepository people(*tx);
    storage::Person before = people.get(id);
    int64_t unit = person_unit(people, id);
    require_scope(*tx, c, unit, true);
    storage::Person after = people.update(id, name, birth);
    audit(*tx, c, "person.update", "person", id, unit, to_json(before), to_json(after));
    tx->commit();
    return ok(200, to_json(after));
  });

  add("POST", "/api/v1/people/{id}/postings", [this, person_unit, posting_input](Ctx& c) {
    require_write(c, access::Resource::kPeople);
    int64_t id = c.pid();
    Input in(c.req.body, {"unit_id", "rank", "position", "team_role", "from"});
    storage::NewPosting np = posting_input(in);
    auto tx = db.begin(TxMode::kWrite);
    storage::PersonRepository people(*tx);
    storage::Person before = people.get(id);
    require_scope(*tx, c, person_unit(people, id), true);
    require_scope(*tx, c, np.unit_id, true);
    storage::Posting po = people.add_posting(id, np);
    audit(*tx, c, "person.posting", "person", id, np.unit_id, to_json(before), to_json(people.get(id)));
    tx->commit();
    return ok(201, to_json(po));
  });

  add("POST", "/api/v1/postings/{id}/end", [this](Ctx& c) {
    require_write(c, access::Resource::kPeople);
    int64_t id = c.pid();
    Input in(c.req.body, {"date"});
    Date date = in.date("date");
    auto tx = db.begin(TxMode::kWrite);
    storage::PersonRepository people(*tx);
    auto before = people.find_posting(id);
    if (!before) throw Error::NotFound("Không tìm thấy");
    require_scope(*tx, c, before->unit_id, true);
    storage::Posting after = people.end_posting(id, date);
    audit(*tx, c, "posting.end", "person", after.person_id, after.unit_id, to_json(*before), to_json(after));
    tx->commit();
    return ok(200, to_json(after));
  });
}

void App::Impl::user_routes() {
  add("GET", "/api/v1/users", [this](Ctx& c) {
    storage::UserQuery q;
    q.q = c.req.query("q").value_or("");
    if (q.q.size() > 64) throw Error::Invalid("Từ khóa tìm kiếm quá dài", "q");
    q.scope_root = c.scope_root();
    Page p = parse_page(c.req.query("limit"), c.req.query("offset"));
    q.limit = p.limit;
    q.offset = p.offset;
    auto tx = db.begin(TxMode::kRead);
    int64_t total = 0;
    json items = json::array();
    for (auto& u : storage::UserRepository(*tx).search(q, &total)) items.push_back(to_json(u));
    return ok(200, list_json(items, total));
  });

  add("POST", "/api/v1/users", [this](Ctx& c) {
    require_write(c, access::Resource::kUsers);
    Input in(c.req.body, {"username", "password", "role", "unit_id", "full_name"});
    std::string username = in.str("username", 64);
    for (char ch : username)
      if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '.' || ch == '_' || ch == '-'))
        throw Error::Invalid("Tên đăng nhập chỉ gồm chữ thường không dấu, số và . _ -", "username");
    if (username.size() < 3) throw Error::Invalid("Tên đăng nhập phải có ít nhất 3 ký tự", "username");
    std::string password = in.str("password", 256);
    check_password_strength(password);
    std::string role = in.str("role", 20);
    access::Role r;
    if (!access::parse_role(role, r)) throw Error::Invalid("Vai trò không hợp lệ: " + role, "role");
    int64_t unit = in.id("unit_id");
    std::string full_name = in.opt_str("full_name", 200).value_or("");
    std::string hash = hash_password(password);  // before the write lock: it is slow on purpose
    auto tx = db.begin(TxMode::kWrite);
    storage::UnitRepository(*tx).get(unit);
    require_scope(*tx, c, unit, true);
    storage::User u = storage::UserRepository(*tx).create(username, full_name, hash, role, unit);
    audit(*tx, c, "user.create", "user", u.id, u.unit_id, nullptr, to_json(u));
    tx->commit();
    return ok(201, to_json(u));
  });

  add("PATCH", "/api/v1/users/{id}", [this](Ctx& c) {
    require_write(c, access::Resource::kUsers);
    int64_t id = c.pid();
    Input in(c.req.body, {"role", "unit_id", "disabled", "password", "full_name"});
    auto role = in.opt_str("role", 20);
    access::Role r;
    if (role && !access::parse_role(*role, r)) throw Error::Invalid("Vai trò không hợp lệ: " + *role, "role");
    auto unit = in.opt_id("unit_id");
    auto disabled = in.opt_bool("disabled");
    auto password = in.opt_str("password", 256);
    auto full_name = in.opt_str("full_name", 200);
    std::optional<std::string> hash;
    if (password) {
      check_password_strength(*password);
      hash = hash_password(*password);
    }
    auto tx = db.begin(TxMode::kWrite);
    storage::UserRepository users(*tx);
    storage::User before = users.get(id);
    require_scope(*tx, c, before.unit_id, true);
    if (unit) require_scope(*tx, c, *unit, true);
    if (id == c.me().user.id && (disabled.value_or(false) || (role && *role != "admin")))
      throw Error::Conflict("Không thể tự khóa hoặc tự hạ quyền tài khoản đang dùng");
    users.update(id, role, unit, disabled, hash, full_name);
    if (disabled.value_or(false) || hash) storage::SessionRepository(*tx).remove_for_user(id);
    storage::User after = users.get(id);
    json a = to_json(after);
    if (hash) a["password_changed"] = true;
    audit(*tx, c, "user.update", "user", id, after.unit_id, to_json(before), a);
    tx->commit();
    return ok(200, to_json(after));
  });
}

void App::Impl::audit_routes() {
  add("GET", "/api/v1/audit", [this](Ctx& c) {
    storage::AuditQuery q;
    q.unit_id = parse_id(c.req.query("unit_id"), "unit_id");
    q.user_id = parse_id(c.req.query("user_id"), "user_id");
    q.entity_id = parse_id(c.req.query("entity_id"), "entity_id");
    q.entity = c.req.query("entity");
    if (q.entity && (q.entity->empty() || q.entity->size() > 40)) q.entity.reset();
    q.scope_root = c.scope_root();
    Page p = parse_page(c.req.query("limit"), c.req.query("offset"));
    q.limit = p.limit;
    q.offset = p.offset;
    auto tx = db.begin(TxMode::kRead);
    if (q.unit_id) require_scope(*tx, c, *q.unit_id, false);
    int64_t total = 0;
    json items = json::array();
    for (auto& e : storage::AuditLog(*tx).search(q, &total)) items.push_back(to_json(e));
    return ok(200, list_json(items, total));
  });

  add("GET", "/api/v1/audit/verify", [this](Ctx& c) {
    if (c.me().role != access::Role::kAdmin || !c.me().everything)
      throw Error::Forbidden("Chỉ quản trị cấp Bộ được kiểm tra toàn vẹn nhật ký");
    auto tx = db.begin(TxMode::kRead);
    auto v = storage::AuditLog(*tx).verify();
    json j = {{"ok", v.ok}, {"rows", v.rows}};
    if (!v.ok) {
      j["first_bad_id"] = *v.first_bad_id;
      j["reason"] = v.reason;
    }
    return ok(200, j);
  });
}

void App::Impl::routes() {
  session_routes();
  unit_routes();
  people_routes();
  user_routes();
  audit_routes();
}

App::App(storage::Database& db, AppOptions opts) : impl_(std::make_unique<Impl>(db, std::move(opts))) {}
App::~App() = default;
http::Response App::handle(const http::Request& req) { return impl_->handle(req); }

}  // namespace thidua::api
