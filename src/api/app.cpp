#include "api/app.h"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <chrono>
#include <ctime>
#include <functional>
#include <mutex>
#include <unordered_map>

#include "api/auth.h"
#include "api/context.h"
#include "api/data_files.h"
#include "scoring/indicator.h"
#include "api/input.h"
#include "api/serialize.h"
#include "core/access.h"
#include "core/error.h"
#include "core/org.h"
#include "http/router.h"
#include "api/documents.h"
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


std::string iso_in(std::chrono::seconds from_now) {
  std::time_t t = std::time(nullptr) + from_now.count();
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace

struct App::Impl : Routes {
  storage::Database& db;
  AppOptions opts;
  http::StaticFiles web;
  LoginLimiter limiter;
  struct Route {
    RouteFn fn;
    FastFn fast;
    bool needs_session = true;
  };
  http::Router<Route> router;

  Impl(storage::Database& d, AppOptions o, std::unique_ptr<scoring::IndicatorCatalogue> cat)
      : Routes(d, *cat), db(d), opts(std::move(o)), web(opts.web_root), limiter(d), catalogue(std::move(cat)) {
    routes();
  }
  std::unique_ptr<scoring::IndicatorCatalogue> catalogue;

  // Sessions checked against the database in the last few seconds, so a burst of requests does
  // not read the same three rows each time. Cleared by any write in this process that can end a
  // session (logout, a user changed); another instance sees such a change within kSessionTtl.
  static constexpr auto kSessionTtl = std::chrono::seconds(5);
  struct CachedSession {
    Principal who;
    std::chrono::steady_clock::time_point checked;
  };
  std::mutex session_mu;
  std::unordered_map<std::string, CachedSession> sessions;

  std::optional<Principal> authenticate(const http::Request& req) {
    auto token = req.cookie("thidua_session");
    if (!token || token->size() != 64) return std::nullopt;
    std::string token_hash = audit::sha256_hex(*token);
    auto now = std::chrono::steady_clock::now();
    {
      std::lock_guard lk(session_mu);
      auto it = sessions.find(token_hash);
      if (it != sessions.end() && now - it->second.checked < kSessionTtl) return it->second.who;
    }
    auto p = load_session(token_hash);
    std::lock_guard lk(session_mu);
    if (sessions.size() > 10000) sessions.clear();
    if (p) sessions[token_hash] = {*p, now};
    else sessions.erase(token_hash);
    return p;
  }

  std::optional<Principal> load_session(const std::string& token_hash) {
    auto tx = db.begin(TxMode::kRead);
    auto s = storage::SessionRepository(*tx).find(token_hash, storage::now_iso());
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
      http::Response res = m.handler->fn(c);
      // ?format=xlsx|csv on a list route: the same rows as a table (api/documents.h)
      if (req.method == "GET" && res.status == 200)
        if (auto table = tabulate(req, res)) return *table;
      if (req.method != "GET" && req.method != "HEAD" && res.status < 400) {
        note_write();
        if (req.path.rfind("/api/v1/users", 0) == 0 || req.path == "/api/v1/session") {
          std::lock_guard lk(session_mu);
          sessions.clear();
        }
      }
      return res;
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

  void add(const char* method, const char* pattern, RouteFn fn, bool needs_session = true) override {
    router.add(method, pattern, Route{std::move(fn), nullptr, needs_session});
  }
  // Attaches a memory-only answer to the GET route already added with this pattern.
  std::vector<std::pair<std::string, FastFn>> pending_fast;
  void add_fast(const char* pattern, FastFn fn) override { pending_fast.emplace_back(pattern, std::move(fn)); }

  std::optional<http::Response> handle_fast(const http::Request& req) {
    try {
      if (req.path == "/healthz") return ok(200, {{"status", "ok"}});
      if (req.path.rfind("/api/", 0) != 0) return web.serve(req);
      if (req.method != "GET") return std::nullopt;
      if (req.query("format")) return std::nullopt;  // exports are made on a worker
      auto m = router.match(req.method, req.path);
      if (!m.handler || !m.handler->fast) return std::nullopt;
      auto token = req.cookie("thidua_session");
      if (!token || token->size() != 64) return std::nullopt;
      std::string token_hash = audit::sha256_hex(*token);
      Ctx c{req, std::move(m.params), std::nullopt};
      {
        std::lock_guard lk(session_mu);
        auto it = sessions.find(token_hash);
        if (it == sessions.end() || std::chrono::steady_clock::now() - it->second.checked >= kSessionTtl)
          return std::nullopt;
        c.who = it->second.who;
      }
      return m.handler->fast(c);
    } catch (const std::exception&) {
      return std::nullopt;  // the worker path answers it, with the proper error
    }
  }

  void routes();
  void session_routes();
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
        if (!limiter.allowed({ukey, akey}))
          throw Error(ErrorCode::kTooMany, "Đăng nhập sai quá nhiều lần, vui lòng thử lại sau 15 phút");
        std::optional<storage::User> user;
        {
          auto tx = db.begin(TxMode::kRead);
          user = storage::UserRepository(*tx).find_by_name(username);
        }
        bool good = user && !user->disabled && verify_password(user->password_hash, password);
        if (!good) {
          limiter.failure({ukey, akey});
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





void App::Impl::routes() {
  session_routes();
  auto attach_fast = [this] {
    for (auto& [pattern, fn] : pending_fast) {
      auto m = router.match("GET", pattern);
      if (m.handler) const_cast<Route*>(m.handler)->fast = fn;
    }
    pending_fast.clear();
  };
  register_registry_routes(*this);
  register_account_routes(*this);
  register_emulation_routes(*this);
  register_report_routes(*this);
  register_plan_routes(*this);
  register_scoring_routes(*this);
  register_team_routes(*this);
  register_overview_routes(*this);
  register_document_routes(*this);
  attach_fast();
}

// ---- shared services of the route groups ----

http::Response ok(int status, const json& body) {
  return http::Response::json(status, body.dump(-1, ' ', false, json::error_handler_t::replace));
}

std::optional<int64_t> Ctx::scope_root() const {
  if (who->everything) return std::nullopt;
  return who->user.unit_id;
}
int64_t Ctx::pid(const char* name) const { return path_id(params.at(name)); }
std::optional<int64_t> Ctx::query_id(const char* name) const { return parse_id(req.query(name), name); }
Page Ctx::page() const { return parse_page(req.query("limit"), req.query("offset")); }
std::optional<std::string> Ctx::query_str(const char* name, size_t max_bytes) const {
  auto v = req.query(name);
  if (!v || v->empty()) return std::nullopt;
  if (v->size() > max_bytes || !text::is_valid_utf8(*v))
    throw Error::Invalid(std::string("Tham số ") + name + " không hợp lệ", name);
  return v;
}

void Routes::require_write(const Ctx& c, access::Resource r) const {
  if (!access::can_write(c.me().role, r))
    throw Error::Forbidden(std::string("Vai trò của bạn không được phép ") + access::resource_label(r));
}

void Routes::require_scope(Tx& tx, const Ctx& c, int64_t unit_id, bool write) const {
  if (c.me().everything) return;
  if (storage::UnitRepository(tx).in_scope(c.me().user.unit_id, unit_id)) return;
  if (write) throw Error::Forbidden("Đơn vị này nằm ngoài phạm vi quản lý của bạn");
  throw Error::NotFound("Không tìm thấy");
}

void Routes::audit(Tx& tx, const Ctx& c, const std::string& action, const std::string& entity,
                   std::optional<int64_t> entity_id, std::optional<int64_t> unit_id, const json& before,
                   const json& after) const {
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

std::unique_ptr<scoring::IndicatorCatalogue> load_indicators() {
  auto text = embedded_data("indicators.json");
  if (text.empty()) throw Error(ErrorCode::kInternal, "data/indicators.json is missing from the build");
  auto j = json::parse(text, nullptr, false);
  if (j.is_discarded()) throw Error(ErrorCode::kInternal, "data/indicators.json is not valid JSON");
  return std::make_unique<scoring::IndicatorCatalogue>(scoring::IndicatorCatalogue::from_json(j));
}

App::App(storage::Database& db, AppOptions opts)
    : impl_(std::make_unique<Impl>(db, std::move(opts), load_indicators())) {}
App::~App() = default;
http::Response App::handle(const http::Request& req) { return impl_->handle(req); }
std::optional<http::Response> App::handle_fast(const http::Request& req) { return impl_->handle_fast(req); }

}  // namespace thidua::api
