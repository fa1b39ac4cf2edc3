// What every route handler gets: the request, its path parameters, the caller, and the shared
// checks (role, unit scope) and the audit append. Route groups live in routes_*.cpp and register
// themselves through Routes::add.
#pragma once
#include <nlohmann/json.hpp>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "api/input.h"
#include "core/access.h"
#include "core/error.h"
#include "http/message.h"
#include "http/router.h"
#include "storage/accounts.h"
#include "storage/database.h"

namespace thidua::scoring {
class IndicatorCatalogue;
}
namespace thidua::storage {
class HeldRecords;
}

namespace thidua::api {

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
  // What this request's audited writes were (Routes::audit sets them): any at all, one of a unit.
  enum Audited : unsigned { kAuditedAny = 1, kAuditedUnit = 4 };
  mutable unsigned audited = 0;

  const Principal& me() const { return *who; }
  // The unit whose subtree bounds list queries; nullopt when the caller sees everything.
  std::optional<int64_t> scope_root() const;
  // The path parameter `name` as a positive id (404 otherwise).
  int64_t pid(const char* name = "id") const;
  // ?name=… as a positive id, nullopt when absent (400 when malformed).
  std::optional<int64_t> query_id(const char* name) const;
  // ?name=… as a short valid UTF-8 string, nullopt when absent or empty.
  std::optional<std::string> query_str(const char* name, size_t max_bytes = 200) const;
  // ?limit=…&offset=… of a list route (400 when malformed).
  Page page() const;
};

// A JSON answer with the given status.
http::Response ok(int status, const nlohmann::json& body);

using RouteFn = std::function<http::Response(Ctx&)>;

// What a route reads or writes and how the unit bounding it is found, declared where the route
// is registered: Routes::add takes one, so a route cannot be added without it. The app enforces
// the role part (and the scope of a unit named directly by a path or body id) before the handler
// runs; the handler checks objects found through their owner. `thidua routes --json` lists the
// whole table and tests/api/route-sweep.test.mjs tries every route × role × in/out of scope.
struct Access {
  enum class Op { kAnonymous, kPublic, kSelf, kRead, kWrite };
  // Where the unit comes from: nowhere (public, self), a list bounded by the caller's scope, the
  // path/query/body id of a unit, or the unit owning the object a path or body id names.
  enum class Unit { kNone, kList, kPath, kQuery, kBody, kOwner, kBodyOwner };
  Op op = Op::kRead;
  Unit unit = Unit::kNone;
  std::string field;  // the path parameter, query parameter or body field
  std::string owner;  // what that id names: "unit", "report", "person", "group_year"…
  std::optional<access::Resource> resource;  // what a write changes
  std::vector<access::Role> roles;           // who may call it
  bool root_only = false;                    // administrators of the whole tree only

  static Access anonymous();   // no session: the login itself
  static Access public_();     // the same answer for every signed-in user (catalogues, meta)
  static Access self();        // the caller's own session or account
  static Access root_admin();  // administrators bound to the root unit
  static Access read_list();   // a list or search bounded by the caller's scope
  static Access read_unit_from_path(const char* param = "id");
  static Access read_unit_from_query(const char* param);
  static Access read_from_owner(const char* param, const char* owner);
  static Access write_unit_from_path(access::Resource r, const char* param = "id");
  static Access write_unit_from_body(access::Resource r, const char* field);
  static Access write_from_owner(access::Resource r, const char* param, const char* owner);
  // A body id of another kind (a person, a movement, a group) whose owner bounds the write.
  static Access write_from_body_owner(access::Resource r, const char* field, const char* owner);
  // A computation that stores nothing but needs a writer's role (the plan parser).
  static Access tool(access::Resource r);
  // A read of no unit offered to the roles that may write `r` (the plan import's sample texts):
  // op "read", so it sends no body and changes nothing, but only those writers may call it.
  static Access tool_read(access::Resource r);
  // Narrows a write to these roles, among those the grant table allows.
  Access only(std::initializer_list<access::Role> allowed) const;
  bool allows(access::Role r) const;
  bool writes() const { return op == Op::kWrite; }
  nlohmann::json to_json() const;
};

// The services a route group uses. One instance per app; safe to use from many threads.
class ScoreBoard;
class Jobs;

class Routes {
 public:
  // `indicators` is the catalogue loaded from data/indicators.json; it outlives the routes.
  Routes(storage::Database& db, const scoring::IndicatorCatalogue& indicators) : db_(db), indicators_(indicators) {}
  virtual ~Routes() = default;

  storage::Database& db() { return db_; }
  const scoring::IndicatorCatalogue& indicators() const { return indicators_; }
  // The scores held in memory, one board for every route group (scoring, commendation,
  // documents), so a group-year is built and kept once. Created by the first route group that
  // asks for it (registration runs on one thread, before the server starts).
  std::shared_ptr<ScoreBoard> score_board();
  // Long imports and exports running as jobs of their user (api/jobs.h), one registry per app.
  Jobs& jobs();
  // The commendation records the eligibility route holds (storage/held_records.h), set by
  // register_commendation_routes; null before. /readyz shows their bytes, `serve
  // --held-records-mb` bounds them.
  const std::shared_ptr<storage::HeldRecords>& held_records() const { return held_; }
  void hold_records(std::shared_ptr<storage::HeldRecords> h) { held_ = std::move(h); }
  // Answers a request exactly as the app does (an export job replays its GET through it).
  virtual http::Response dispatch(const http::Request& req) = 0;
  // Registers a handler with what it reads or writes (see Access).
  virtual void add(const char* method, const char* pattern, Access access, RouteFn fn) = 0;
  // A GET route may also offer an answer from memory (FastFn returns nullopt when it has none);
  // it runs on the I/O thread, with the caller known from the session cache only.
  using FastFn = std::function<std::optional<http::Response>(Ctx&)>;
  virtual void add_fast(const char* pattern, FastFn fn) = 0;

  // Throws 403 unless the caller's role may write `r`.
  void require_write(const Ctx& c, access::Resource r) const;
  // Throws unless `unit_id` is inside the caller's scope: 404 for a read (it looks like it does
  // not exist), 403 for a write.
  void require_scope(storage::Tx& tx, const Ctx& c, int64_t unit_id, bool write) const;
  // A reference to a person in a body (a chair, a signer, a registrant) resolves only to people
  // the caller could read with GET /people/{id}; anyone else answers exactly as an unknown id
  // does (400 naming `field`), so references reveal no names outside the caller's scope.
  void require_person_visible(storage::Tx& tx, const Ctx& c, int64_t person_id, const std::string& field) const;
  // Counts the transactions this process has committed that moved a data version
  // (storage/data_versions.h: a score, a group, a unit, a movement, a scheme binding — never a
  // login, an account, a commendation record or a person's); the held rankings and the national
  // view compare against it to know a local write may have changed them (docs/consistency.md).
  uint64_t write_epoch() const { return db_.version_commits(); }

  // Appends an audit record in the same transaction as the change it describes.
  void audit(storage::Tx& tx, const Ctx& c, const std::string& action, const std::string& entity,
             std::optional<int64_t> entity_id, std::optional<int64_t> unit_id, const nlohmann::json& before,
             const nlohmann::json& after) const;

 private:
  storage::Database& db_;
  const scoring::IndicatorCatalogue& indicators_;
  std::shared_ptr<ScoreBoard> board_;
  std::shared_ptr<Jobs> jobs_;
  std::shared_ptr<storage::HeldRecords> held_;
};

// Route groups (one function a file).
void register_registry_routes(Routes& r);  // units, people (routes_registry.cpp)
void register_account_routes(Routes& r);   // users, audit (routes_accounts.cpp)
void register_emulation_routes(Routes& r);  // movements, groups, pledges, registrations (routes_emulation.cpp)
void register_report_routes(Routes& r);    // periodic reports (routes_reports.cpp)
void register_plan_routes(Routes& r);      // plan and article import (routes_plans.cpp)
void register_scoring_routes(Routes& r);   // schemes, scores, rankings (routes_scoring.cpp)
void register_team_routes(Routes& r);      // templates, codes, a commune's team blocks (routes_teams.cpp)
void register_overview_routes(Routes& r);  // the home page: what needs me now (routes_overview.cpp)
void register_commendation_routes(Routes& r);  // titles, eligibility, records, proposals, council, decisions (routes_commendation.cpp)
void register_document_routes(Routes& r);  // documents, identities, report outlines, review reports (routes_documents.cpp)
void register_job_routes(Routes& r);       // long imports and exports: progress, cancel, the file (routes_jobs.cpp)

}  // namespace thidua::api
