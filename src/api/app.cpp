#include "api/app.h"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <atomic>
#include <chrono>
#include <ctime>
#include <functional>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "api/auth.h"
#include "api/commendation.h"
#include "api/context.h"
#include "api/data_files.h"
#include "scoring/indicator.h"
#include "api/input.h"
#include "api/jobs.h"
#include "api/national.h"
#include "api/score_board.h"
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
    Access access;
  };
  http::Router<Route> router;
  json table = json::array();  // every route with its declaration, in the order added

  Impl(storage::Database& d, AppOptions o, std::unique_ptr<scoring::IndicatorCatalogue> cat)
      : Routes(d, *cat), db(d), opts(std::move(o)), web(opts.web_root), limiter(d), catalogue(std::move(cat)) {
    routes();
  }
  // Running jobs use the catalogue and the routes: they stop (cancelled) before anything goes;
  // so does the loading of the scores.
  ~Impl() override {
    jobs().stop();
    stop_loading = true;
    if (loader.joinable()) loader.join();
  }
  std::unique_ptr<scoring::IndicatorCatalogue> catalogue;
  http::Response dispatch(const http::Request& req) override {
    http::Response res = handle(req);
    res.own_body();  // the caller reads it
    return res;
  }
  // Loading the scores at start (ScoreBoard::load), on its own threads.
  std::thread loader;
  std::atomic<bool> stop_loading{false};

  // /healthz: the process answers: always 200 with {"status":"ok"}, as CONTRACT.md fixes it.
  // /readyz: 200 once the scores of the years the server holds are loaded, 503 until then; both
  // with the load's progress under `scores`.
  http::Response health(const http::Request& req) {
    if (req.path == "/healthz") return ok(200, {{"status", "ok"}});
    json scores = score_board()->load_status().to_json();
    scores["held"] = score_board()->held().to_json();  // the snapshots' bytes against the budget
    bool ready = scores["ready"].get<bool>();
    json body{{"status", ready ? "ok" : "loading"}, {"ready", ready}, {"scores", scores}};
    if (const auto& h = held_records()) {  // the eligibility route's years held: their bytes against the budget
      const auto st = h->stats();
      body["eligibility"] = {{"years", st.years},       {"bytes", st.bytes},     {"budget", st.budget},
                             {"builds", st.builds},     {"updates", st.updates}, {"served", st.served},
                             {"not_held", st.not_held}, {"last_build_ms", st.last_build_ms},
                             {"last_update_ms", st.last_update_ms}, {"answers_bytes", st.answers_bytes},
                             {"lasting_bytes", st.lasting_bytes}};
    }
    return ok(ready ? 200 : 503, body);
  }

  // Sessions checked against the database in the last few seconds, so a burst of requests does
  // not read the same three rows each time. Cleared by any write in this process that can end a
  // session (logout, a user changed) or change a user's scope (a unit written: moved under another
  // unit, a root unit no longer sees everything); another instance sees such a change within
  // kSessionTtl.
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
    std::string now = storage::now_iso();
    auto s = storage::SessionRepository(*tx).find(token_hash, now);
    if (!s) return std::nullopt;
    // Idle expiry: unused for longer than the idle limit, the session is over.
    if (s->last_seen_at < iso_in(-std::chrono::minutes(opts.idle_minutes))) return std::nullopt;
    auto u = storage::UserRepository(*tx).find(s->user_id);
    if (!u || u->disabled) return std::nullopt;
    Principal p;
    p.user = *u;
    access::parse_role(u->role, p.role);
    auto unit = storage::UnitRepository(*tx).find(u->unit_id);
    p.everything = unit && !unit->parent_id;
    p.csrf = s->csrf_token;
    p.token_hash = s->token_hash;
    tx.reset();
    if (s->last_seen_at < iso_in(-std::chrono::seconds(60))) {
      auto w = db.begin(TxMode::kWrite);
      storage::SessionRepository(*w).touch(token_hash, now);
      w->commit();
    }
    return p;
  }

  http::Response handle(const http::Request& req) {
    try {
      if (req.path == "/healthz" || req.path == "/readyz") return health(req);
      if (req.path.rfind("/api/", 0) != 0) {
        if (auto r = web.serve(req)) return *r;
        return error_response(405, "method_not_allowed", "Phương thức không được hỗ trợ");
      }
      auto m = router.match(req.method, req.path);
      if (!m.handler) {
        if (m.path_known) return error_response(405, "method_not_allowed", "Phương thức không được hỗ trợ cho đường dẫn này");
        return error_response(404, "not_found", "Không có API này: " + req.path);
      }
      if (req.method != "GET" && req.method != "HEAD" && !req.body.empty()) {
        // Every body the API reads is JSON; a form or text/plain body is refused before anything
        // reads it (a cross-site form can send text/plain without a preflight).
        std::string type = req.header("content-type");
        type = type.substr(0, type.find(';'));
        for (auto& ch : type) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        while (!type.empty() && type.back() == ' ') type.pop_back();
        // A workbook upload (POST /api/v1/imports/…) is the file itself: types a cross-site form
        // cannot send without a preflight either.
        bool upload = req.path.rfind("/api/v1/imports/", 0) == 0 &&
                      (type == "application/octet-stream" || type == "text/csv" ||
                       type == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        if (type != "application/json" && !upload)
          return error_response(415, "unsupported_media_type", "Nội dung yêu cầu phải là JSON (Content-Type: application/json)");
      }
      Ctx c{req, std::move(m.params), std::nullopt};
      if (m.handler->access.op != Access::Op::kAnonymous) {
        c.who = authenticate(req);
        if (!c.who) return error_response(401, "unauthorized", "Bạn cần đăng nhập");
        bool writes = req.method != "GET" && req.method != "HEAD";
        if (writes && !secure_equals(req.header("x-csrf-token"), c.who->csrf))
          return error_response(403, "csrf", "Thiếu hoặc sai mã chống giả mạo (X-CSRF-Token)");
        enforce(c, m.handler->access);
      }
      // Every JSON body passes the strict reader before any handler sees it (valid UTF-8, no
      // duplicated key, bounded depth, integers within int64), whatever the route reads.
      if (req.method != "GET" && req.method != "HEAD" && !req.body.empty() && req.path.rfind("/api/v1/imports/", 0) != 0) {
        json body = parse_strict_json(req.body);
        // A PATCH naming no field changes nothing: refused rather than audited as a change.
        if (req.method == "PATCH" && body.is_object() && body.empty())
          throw Error::Invalid("Yêu cầu không nêu trường nào cần thay đổi");
      } else if (req.method == "PATCH") {
        throw Error::Invalid("Yêu cầu không nêu trường nào cần thay đổi");
      }
      storage::CommitWatch committed;  // the data versions this request's transactions moved
      // The handler's and the re-scoring's times (Server-Timing), read only when asked for.
      // With them, the database's round trips this request's thread waited for
      // (storage::Database::thread_round_trips: exact while other requests run on other threads).
      std::chrono::steady_clock::time_point t_app, t_rescore;
      uint64_t trips_app = 0, trips_rescore = 0;
      if (opts.timing) {
        t_app = std::chrono::steady_clock::now();
        trips_app = storage::Database::thread_round_trips();
      }
      http::Response res = m.handler->fn(c);
      if (opts.timing) {
        t_rescore = std::chrono::steady_clock::now();
        trips_rescore = storage::Database::thread_round_trips();
      }
      // ?format=xlsx|csv on a list route: the same rows as a table (api/documents.h)
      if (req.method == "GET" && res.status == 200 && req.query("format")) {
        res.own_body();
        if (auto table = tabulate(req, res, &indicators())) return *table;
      }
      if (req.method != "GET" && req.method != "HEAD" && res.status < 400) {
        // The groups of the units whose scores moved (a report's unit; the write epoch moved already
        // when the transaction committed) re-scored before the answer: the ranking asked next is
        // answered from memory. A write that moved no score (a draft, a login) re-scores nothing.
        if (!committed.units.empty())
          score_board()->refresh_now(db, [this] { return write_epoch(); }, committed.units, committed.epoch,
                                     committed.reports);
        if (opts.timing) {
          using ms = std::chrono::duration<double, std::milli>;
          const auto t_end = std::chrono::steady_clock::now();
          const uint64_t trips_end = storage::Database::thread_round_trips();
          // *_trips: counts, not milliseconds (Server-Timing has no other field a client parses).
          res.headers.emplace_back("Server-Timing",
                                   fmt::format("app;dur={:.3f}, rescore;dur={:.3f}, app_trips;dur={}, rescore_trips;dur={}",
                                               ms(t_rescore - t_app).count(), ms(t_end - t_rescore).count(),
                                               trips_rescore - trips_app, trips_end - trips_rescore));
        }
        // A unit moved, merged…: whether a user's unit is a root (sees everything) may change.
        if (req.path.rfind("/api/v1/users", 0) == 0 || req.path.rfind("/api/v1/session", 0) == 0 ||
            req.path.rfind("/api/v1/units", 0) == 0 || (c.audited & Ctx::kAuditedUnit)) {
          std::lock_guard lk(session_mu);
          sessions.clear();
        }
      }
      return res;
    } catch (const Error& e) {
      if (e.from_storage()) {
        // The database's own text names tables, columns and SQL: logged, never answered.
        spdlog::warn("{} {}: storage refused: {}", req.method, req.path, e.what());
        const std::string& k = e.constraint();
        if (k == "unavailable")
          return error_response(503, "unavailable", "Cơ sở dữ liệu tạm thời không truy cập được, vui lòng thử lại sau ít phút");
        if (k == "full")
          return error_response(507, "storage_full", "Máy chủ đã hết chỗ lưu dữ liệu; thay đổi chưa được lưu, hãy báo quản trị viên");
        if (k == "unique") return error_response(409, "conflict", "Trùng với một bản ghi đã có");
        if (k == "foreign_key")
          return error_response(400, "invalid_input", "Tham chiếu tới một bản ghi không tồn tại");
        if (!k.empty()) return error_response(400, "invalid_input", "Dữ liệu không hợp lệ");
        return error_response(500, "internal", "Lỗi máy chủ, vui lòng thử lại");
      }
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

  void add(const char* method, const char* pattern, Access access, RouteFn fn) override {
    table.push_back({{"method", method}, {"pattern", pattern}, {"access", access.to_json()}});
    router.add(method, pattern, Route{std::move(fn), nullptr, std::move(access)});
  }

  // The declared part of a route's access, before its handler runs: the role (so a role that may
  // not write learns nothing from validation), and the scope of a unit named directly by id.
  void enforce(Ctx& c, const Access& a) {
    const Principal& me = c.me();
    if (a.root_only && !(me.role == access::Role::kAdmin && me.everything))
      throw Error::Forbidden("Chỉ quản trị cấp Bộ được dùng chức năng này");
    if (!a.allows(me.role)) {
      // A read kept for the writers of a resource (Access::tool_read: the plan import's sample texts)
      // says so; it is no change the user was refused.
      if (a.resource && a.op == Access::Op::kRead)
        throw Error::Forbidden(std::string("Chức năng này chỉ dành cho vai trò được phép ") + access::resource_label(*a.resource));
      if (a.resource) throw Error::Forbidden(std::string("Vai trò của bạn không được phép ") + access::resource_label(*a.resource));
      throw Error::Forbidden("Vai trò của bạn không được phép dùng chức năng này");
    }
    if (me.everything || a.owner != "unit") return;
    std::optional<int64_t> unit;
    if (a.unit == Access::Unit::kPath) {
      unit = c.pid(a.field.c_str());
    } else if (a.unit == Access::Unit::kQuery) {
      unit = c.query_id(a.field.c_str());
    } else if (a.unit == Access::Unit::kBody && !c.req.body.empty()) {
      // "posting.unit_id": a field of a nested object
      json b = parse_strict_json(c.req.body);
      const json* v = &b;
      for (size_t from = 0; v && from <= a.field.size();) {
        size_t dot = std::min(a.field.find('.', from), a.field.size());
        std::string key = a.field.substr(from, dot - from);
        v = v->is_object() && v->contains(key) ? &(*v)[key] : nullptr;
        from = dot + 1;
      }
      if (v && v->is_number_integer()) unit = v->get<int64_t>();
    }
    if (!unit) return;
    auto tx = db.begin(TxMode::kRead);
    require_scope(*tx, c, *unit, a.writes());
  }
  // Attaches a memory-only answer to the GET route already added with this pattern.
  std::vector<std::pair<std::string, FastFn>> pending_fast;
  void add_fast(const char* pattern, FastFn fn) override { pending_fast.emplace_back(pattern, std::move(fn)); }

  std::optional<http::Response> handle_fast(const http::Request& req) {
    try {
      if (req.path == "/healthz" || req.path == "/readyz") return health(req);
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
      // The declared role check, as enforce() makes it; anything needing the database (a unit
      // named by id) is left to the worker, which also answers every refusal.
      const Access& a = m.handler->access;
      if (a.op == Access::Op::kAnonymous || !a.allows(c.who->role)) return std::nullopt;
      if (a.root_only && !(c.who->role == access::Role::kAdmin && c.who->everything)) return std::nullopt;
      if (!c.who->everything && a.owner == "unit") return std::nullopt;
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
      "POST", "/api/v1/session", Access::anonymous(),
      [this](Ctx& c) {
        Input in(c.req.body, {"username", "password"});
        std::string username = in.str("username", 64);
        std::string password = in.str("password", 256);
        const std::string& addr = c.req.remote_addr;
        if (int64_t wait = limiter.wait_seconds(username, addr); wait > 0) {
          http::Response r = error_response(429, "too_many_requests",
                                            "Đăng nhập sai nhiều lần; vui lòng thử lại sau " + std::to_string(wait) + " giây");
          r.headers.push_back({"Retry-After", std::to_string(wait)});
          return r;
        }
        std::optional<storage::User> user;
        {
          auto tx = db.begin(TxMode::kRead);
          user = storage::UserRepository(*tx).find_by_name(username);
        }
        // An unknown username costs the same argon2 work as a real one: no listing by timing.
        bool good = verify_password(user ? user->password_hash : dummy_password_hash(), password) && user &&
                    !user->disabled;
        if (!good) {
          limiter.failure(username, addr);
          throw Error(ErrorCode::kUnauthorized, "Sai tên đăng nhập hoặc mật khẩu");
        }
        limiter.success(username, addr);
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
        return r;
      });

  // Changing one's own password needs the current one; every other session of the user ends.
  add("POST", "/api/v1/session/password", Access::self(), [this](Ctx& c) {
    Input in(c.req.body, {"current_password", "new_password"});
    std::string current = in.str("current_password", 256);
    std::string next = in.str("new_password", 256);
    const auto& me = c.me().user;
    if (int64_t wait = limiter.wait_seconds(me.username, c.req.remote_addr); wait > 0)
      throw Error(ErrorCode::kTooMany, "Nhập sai nhiều lần; vui lòng thử lại sau " + std::to_string(wait) + " giây");
    std::string stored;
    {
      auto tx = db.begin(TxMode::kRead);
      stored = storage::UserRepository(*tx).get(me.id).password_hash;
    }
    if (!verify_password(stored, current)) {
      limiter.failure(me.username, c.req.remote_addr);
      throw Error::Invalid("Mật khẩu hiện tại không đúng", "current_password");
    }
    check_password_strength(next, me.username);
    if (next == current) throw Error::Invalid("Mật khẩu mới phải khác mật khẩu hiện tại", "new_password");
    std::string hash = hash_password(next);
    auto tx = db.begin(TxMode::kWrite);
    storage::UserRepository(*tx).update(me.id, std::nullopt, std::nullopt, std::nullopt, hash, std::nullopt);
    int64_t ended = storage::SessionRepository(*tx).remove_for_user_except(me.id, c.me().token_hash);
    audit(*tx, c, "user.password_change", "user", me.id, me.unit_id, nullptr,
          {{"password_changed", true}, {"other_sessions_ended", ended}});
    tx->commit();
    return ok(200, {{"other_sessions_ended", ended}});
  });

  // An administrator ends every session of a user in scope (a lost laptop, a suspicion).
  add("DELETE", "/api/v1/users/{id}/sessions", Access::write_from_owner(access::Resource::kUsers, "id", "user"), [this](Ctx& c) {
    require_write(c, access::Resource::kUsers);
    Input(c.req.body.empty() ? std::string("{}") : c.req.body, {});  // takes no fields
    auto tx = db.begin(TxMode::kWrite);
    storage::User u = storage::UserRepository(*tx).get(c.pid());
    require_scope(*tx, c, u.unit_id, true);
    storage::SessionRepository sessions(*tx);
    int64_t n = sessions.count_for_user(u.id, "0000");
    sessions.remove_for_user(u.id);
    audit(*tx, c, "user.sessions_end", "user", u.id, u.unit_id, nullptr, {{"sessions_ended", n}});
    tx->commit();
    return ok(200, {{"sessions_ended", n}});
  });

  // The login limit's state: who is waiting and for how long (administrators of the whole tree).
  add("GET", "/api/v1/login-limits", Access::root_admin(), [this](Ctx& c) {
    if (c.me().role != access::Role::kAdmin || !c.me().everything)
      throw Error::Forbidden("Chỉ quản trị cấp Bộ được xem giới hạn đăng nhập");
    json items = limiter.state();
    return ok(200, {{"items", items}, {"total", items.size()}});
  });

  add("GET", "/api/v1/session", Access::self(),
      [](Ctx& c) { return ok(200, {{"user", to_json(c.me().user)}, {"csrf_token", c.me().csrf}}); });

  add("DELETE", "/api/v1/session", Access::self(), [this](Ctx& c) {
    auto tx = db.begin(TxMode::kWrite);
    storage::SessionRepository(*tx).remove(c.me().token_hash);
    audit(*tx, c, "session.logout", "user", c.me().user.id, c.me().user.unit_id, nullptr, nullptr);
    tx->commit();
    http::Response r{204, "application/json; charset=utf-8", {}, ""};
    r.headers.push_back({"Set-Cookie", "thidua_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"});
    return r;
  });

  add("GET", "/api/v1/meta", Access::public_(), [](Ctx&) {
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
  register_job_routes(*this);
  attach_fast();
}

std::vector<std::pair<std::string, std::string>> security_headers(bool https) {
  // Element Plus positions popovers with style attributes, hence 'unsafe-inline' for styles
  // only; scripts come from /assets alone (the Vite build has no inline script).
  std::vector<std::pair<std::string, std::string>> h = {
      {"Content-Security-Policy",
       "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
       "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'"},
      {"X-Frame-Options", "DENY"},
      {"Referrer-Policy", "no-referrer"},
      {"Cross-Origin-Opener-Policy", "same-origin"},
      {"Permissions-Policy", "camera=(), microphone=(), geolocation=()"},
  };
  if (https) h.push_back({"Strict-Transport-Security", "max-age=31536000; includeSubDomains"});
  return h;
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

Jobs& Routes::jobs() {
  if (!jobs_) jobs_ = std::make_shared<Jobs>(db_);  // created at registration, before any request
  return *jobs_;
}

std::shared_ptr<ScoreBoard> Routes::score_board() {
  if (!board_) board_ = std::make_shared<ScoreBoard>(indicators_);
  return board_;
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

void Routes::require_person_visible(Tx& tx, const Ctx& c, int64_t person_id, const std::string& field) const {
  auto postings = storage::PersonRepository(tx).postings_of(person_id);
  bool visible = !postings.empty() &&
                 (c.me().everything || storage::UnitRepository(tx).in_scope(c.me().user.unit_id, postings.front().unit_id));
  if (!visible) throw Error::Invalid("Không tìm thấy người #" + std::to_string(person_id), field);
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
  c.audited |= Ctx::kAuditedAny | (entity == "unit" ? Ctx::kAuditedUnit : 0u);
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
    : impl_(std::make_unique<Impl>(db, std::move(opts), load_indicators())) {
  if (impl_->opts.score_board_mb > 0) impl_->score_board()->set_budget(impl_->opts.score_board_mb << 20);
  if (const auto& h = impl_->held_records(); h && impl_->opts.held_records_mb > 0) h->set_budget(impl_->opts.held_records_mb << 20);
}
App::~App() = default;
void App::load_scores(int threads) {
  Impl& i = *impl_;
  i.loader = std::thread([&i, threads] {
    try {
      auto board = i.score_board();
      board->load(i.db, threads, i.write_epoch(), i.stop_loading);
      auto st = board->load_status();
      const auto held = board->held();
      if (st.ready)
        spdlog::info("scores loaded: {} group-years ({} scored, {} without a scheme, {} failed) in {} ms; {} MB held of {} MB",
                     st.group_years, st.scored, st.unscored, st.failed, st.ms, held.bytes >> 20, held.budget >> 20);
      if (held.not_loaded > 0)
        spdlog::warn("the score board's budget ({} MB) is full: {} group-years were not held at start and are built at "
                     "their first request, dropping others; raise --score-board-mb (THIDUA_SCORE_BOARD_MB)",
                     held.budget >> 20, held.not_loaded);
    } catch (const std::exception& e) {
      spdlog::error("loading the scores: {}", e.what());
    }
  });
}
http::Response App::handle(const http::Request& req) { return impl_->handle(req); }
std::optional<http::Response> App::handle_fast(const http::Request& req) { return impl_->handle_fast(req); }
json App::route_table() const { return impl_->table; }

}  // namespace thidua::api
