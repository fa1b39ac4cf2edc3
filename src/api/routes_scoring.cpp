// Scoring by the group's own regulation: schemes as data (versioned), a group-year's scheme, the
// unit's self-score, cross-scores by peers the leader assigns, the leader's moderation, and the
// ranking. Reads come from the scores held in memory (api/score_board.h), kept up to date member
// by member; a write answers with the member's review computed from its own rows in the write's
// transaction.
#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <set>

#include "api/context.h"
#include "api/input.h"
#include "api/national.h"
#include "api/documents.h"
#include "api/score_board.h"
#include "api/teams.h"
#include "core/error.h"
#include "scoring/compiled_scheme.h"
#include "scoring/scheme.h"
#include "scoring/scorecard.h"
#include "storage/emulation.h"
#include "storage/registry.h"
#include "storage/scoring_store.h"

namespace thidua::api {

using nlohmann::json;
using storage::TxMode;

namespace {

// A regulation is shown to the unit that issued it, the levels above it and the units under it
// (who are subject to it), and to the units it applies to (members and organisers of group-years
// bound to it, members under a movement bound to it) and the levels above them — never to a
// unit elsewhere (another province's commune regulation).
bool scheme_visible(storage::Tx& tx, const Ctx& c, const storage::StoredScheme& s) {
  if (c.me().everything || !s.owner_unit_id) return true;
  storage::UnitRepository units(tx);
  const int64_t me = c.me().user.unit_id;
  if (units.in_scope(me, *s.owner_unit_id) || units.in_scope(*s.owner_unit_id, me)) return true;
  for (int64_t u : storage::ScoringStore(tx).scheme_units(s.id))
    if (units.in_scope(me, u)) return true;
  return false;
}

// Reads are allowed to whoever's scope holds the organiser or one of the members.
void require_group_read(storage::Tx& tx, const Routes& r, const Ctx& c, const storage::GroupYearRef& gy) {
  if (c.me().everything) return;
  storage::UnitRepository units(tx);
  if (units.in_scope(c.me().user.unit_id, gy.organiser_unit_id)) return;
  for (auto& [id, code] : gy.members)
    if (units.in_scope(c.me().user.unit_id, id)) return;
  throw Error::NotFound("Không tìm thấy");
}

// A unit's scorecard is read by its own scope, and by the units assigned to cross-score it.
void require_scorecard_read(storage::Tx& tx, const Routes& r, const Ctx& c, int64_t gy_id, int64_t unit) {
  if (c.me().everything) return;
  storage::UnitRepository units(tx);
  if (units.in_scope(c.me().user.unit_id, unit)) return;
  for (const auto& a : storage::ScoringStore(tx).assignments(gy_id))
    if (a.unit_id == unit && units.in_scope(c.me().user.unit_id, a.scorer_unit_id)) return;
  r.require_scope(tx, c, unit, false);  // refuses, with the usual answer
}

// The leader unit's officers, and the organising level's, run the cross-scoring.
void require_leader(storage::Tx& tx, const Routes& r, const Ctx& c, const storage::GroupYearRef& gy) {
  r.require_write(c, access::Resource::kScores);
  if (c.me().role != access::Role::kAdmin && c.me().role != access::Role::kOfficer)
    throw Error::Forbidden("Chỉ cán bộ thi đua của đơn vị cụm trưởng hoặc cấp tổ chức cụm được phân công, thẩm định");
  storage::UnitRepository units(tx);
  if (c.me().everything || units.in_scope(c.me().user.unit_id, gy.organiser_unit_id)) return;
  if (gy.leader_unit_id && units.in_scope(c.me().user.unit_id, *gy.leader_unit_id)) return;
  throw Error::Forbidden("Chỉ đơn vị cụm trưởng hoặc cấp tổ chức cụm được phân công chấm chéo và thẩm định");
}

int year_param(const Ctx& c) {
  int64_t y = path_id(c.params.at("year"));
  if (y < 1900 || y > 2200) throw Error::NotFound("Không tìm thấy năm này");
  return static_cast<int>(y);
}

// The stored national view; its ETag names the making (a new one only when the view was made
// again), so a reader — or a test — can tell a stored answer from a new one.
http::Response national_response(const NationalViews::View& view) {
  auto res = http::Response::json(200, view.body);
  res.headers.emplace_back("ETag", "\"n" + std::to_string(view.made) + "\"");
  return res;
}

// ?year= of the national view: a year, or a clear 400.
int national_year(const Ctx& c) {
  auto y = c.query_str("year", 10);
  int year = 0;
  if (!y || y->empty() || y->size() > 4 || y->find_first_not_of("0123456789") != std::string::npos ||
      (year = std::stoi(*y)) < 1900 || year > 2200)
    throw Error::Invalid("Tham số year phải là một năm, ví dụ year=2024", "year");
  return year;
}

bool is_member(const storage::GroupYearRef& gy, int64_t unit) {
  for (auto& [id, code] : gy.members)
    if (id == unit) return true;
  return false;
}

}  // namespace

void register_scoring_routes(Routes& r) {
  auto board = r.score_board();

  r.add("GET", "/api/v1/scoring-schemes", Access::read_list(), [&r](Ctx& c) {
    auto tx = r.db().begin(TxMode::kRead);
    json items = json::array();
    for (auto& s : storage::ScoringStore(*tx).schemes()) {
      if (!scheme_visible(*tx, c, s)) continue;
      items.push_back({{"id", s.id}, {"code", s.code}, {"version", s.version}, {"name", s.name},
                       {"created_at", s.created_at}, {"created_by", s.username},
                       {"owner_unit_id", s.owner_unit_id ? json(*s.owner_unit_id) : json()}});
    }
    return ok(200, json{{"items", items}, {"total", items.size()}});
  });

  r.add("GET", "/api/v1/scoring-schemes/{id}", Access::read_from_owner("id", "scheme"), [&r](Ctx& c) {
    auto tx = r.db().begin(TxMode::kRead);
    auto s = storage::ScoringStore(*tx).find_scheme(c.pid());
    if (!s || !scheme_visible(*tx, c, *s)) throw Error::NotFound("Không tìm thấy quy định chấm điểm");
    return ok(200, json{{"id", s->id}, {"code", s->code}, {"version", s->version}, {"name", s->name},
                        {"owner_unit_id", s->owner_unit_id ? json(*s->owner_unit_id) : json()},
                        {"scheme", json::parse(s->json)}});
  });

  // Import: the documented JSON format (docs/scoring-scheme.md). A change is a new version,
  // published by the unit that issued the first (an administrator publishes for it). Without an
  // "id" the code is made from the name.
  r.add("POST", "/api/v1/scoring-schemes", Access::write_from_body_owner(access::Resource::kScores, "scheme.id", "scheme").only({access::Role::kAdmin, access::Role::kOfficer}), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kScores);
    if (c.me().role != access::Role::kAdmin && c.me().role != access::Role::kOfficer)
      throw Error::Forbidden("Chỉ cán bộ thi đua được ban hành quy định chấm điểm");
    Input in(c.req.body, {"scheme"});
    json body = in.json_value("scheme");
    auto tx = r.db().begin(TxMode::kWrite);
    if (body.is_object() && (!body.contains("id") || body["id"].is_null() || body["id"] == "") && body.contains("name") &&
        body["name"].is_string())
      body["id"] = new_scheme_code(*tx, body["name"].get<std::string>());
    scoring::ScoringScheme s = scoring::ScoringScheme::from_json(body, r.indicators());
    scoring::CompiledScheme check(s, r.indicators());  // refuses what cannot be scored
    json canonical = s.to_json();
    storage::ScoringStore store(*tx);
    std::optional<int64_t> owner = c.me().user.unit_id;
    if (c.me().role == access::Role::kAdmin) {
      if (auto existing = store.scheme_owner(s.id)) owner = existing;
    }
    auto stored = store.add_scheme(s.id, s.version, s.name, canonical.dump(), c.me().user.username, owner);
    r.audit(*tx, c, "scheme.create", "scoring_scheme", stored.id, owner, nullptr,
            {{"code", s.id}, {"version", s.version}, {"name", s.name}});
    tx->commit();
    return ok(201, json{{"id", stored.id}, {"code", stored.code}, {"version", stored.version}, {"name", stored.name}});
  });

  // {"scheme_id": id} — the group-year scores by that scheme; {"scheme_id": null} — by none of
  // its own any more (its movement's then applies, if any).
  r.add("POST", "/api/v1/groups/{gid}/years/{year}/scheme", Access::write_from_owner(access::Resource::kScores, "gid", "group_year").only({access::Role::kAdmin, access::Role::kOfficer}), [&r](Ctx& c) {
    Input in(c.req.body, {"scheme_id"});
    std::optional<int64_t> scheme_id;
    if (!in.is_null("scheme_id")) scheme_id = in.id("scheme_id");
    auto tx = r.db().begin(TxMode::kWrite);
    storage::ScoringStore store(*tx);
    auto gy = store.group_year(c.pid("gid"), year_param(c));
    require_leader(*tx, r, c, gy);
    std::optional<storage::StoredScheme> s;
    if (scheme_id) {
      s = store.find_scheme(*scheme_id);
      // A scheme the caller could not read answers as an unknown one (no name, no existence).
      if (!s || !scheme_visible(*tx, c, *s)) throw Error::Invalid("Quy định chấm điểm không tồn tại", "scheme_id");
    }
    auto before = store.binding_of(gy.id);
    std::optional<int64_t> own_before;
    if (before && !before->movement_id) own_before = before->scheme_id;
    if (scheme_id) store.bind_scheme(gy.id, *scheme_id);
    else if (own_before) store.unbind_scheme(gy.id);
    else throw Error::Conflict("Cụm/khối năm " + std::to_string(gy.year) + " không có quy định riêng để bỏ");
    r.audit(*tx, c, "group_year.scheme", "group_year", gy.id, gy.organiser_unit_id,
            own_before ? json{{"scheme_id", *own_before}} : json(),
            s ? json{{"scheme_id", *scheme_id}, {"code", s->code}, {"version", s->version}} : json{{"scheme_id", nullptr}});
    tx->commit();
    return ok(200, json{{"group_year_id", gy.id}, {"scheme_id", scheme_id ? json(*scheme_id) : json()}});
  });

  // A movement's scheme (e.g. the Ministry's regulation for "Vì an ninh Tổ quốc"): every group-year
  // that runs under the movement and has no scheme of its own scores by it.
  auto movement_for = [&r](storage::Tx& tx, const Ctx& c, int64_t id) {
    storage::MovementRepository movements(tx);
    auto m = movements.get(id);
    if (!c.me().everything && !movements.visible_to(c.me().user.unit_id, m)) throw Error::NotFound("Không tìm thấy phong trào");
    return m;
  };
  auto scheme_ref = [](const storage::StoredScheme& s) {
    return json{{"id", s.id}, {"code", s.code}, {"version", s.version}, {"name", s.name}};
  };

  r.add("GET", "/api/v1/movements/{id}/scheme", Access::read_from_owner("id", "movement"), [&r, movement_for, scheme_ref](Ctx& c) {
    auto tx = r.db().begin(TxMode::kRead);
    auto m = movement_for(*tx, c, c.pid());
    storage::ScoringStore store(*tx);
    auto sid = store.movement_scheme(m.id);
    json gys = json::array();
    for (const auto& gy : store.group_years_of_movement(m.id)) {
      auto own = store.binding_of(gy.id);
      gys.push_back({{"group_year_id", gy.id}, {"group_id", gy.group_id}, {"group_name", gy.group_name}, {"year", gy.year},
                     {"own_scheme", own && !own->movement_id}});
    }
    return ok(200, json{{"movement_id", m.id},
                        {"scheme", sid ? scheme_ref(*store.find_scheme(*sid)) : json()},
                        {"group_years", gys}});
  });

  r.add("POST", "/api/v1/movements/{id}/scheme", Access::write_from_owner(access::Resource::kScores, "id", "movement").only({access::Role::kAdmin, access::Role::kOfficer}), [&r, movement_for, scheme_ref](Ctx& c) {
    r.require_write(c, access::Resource::kScores);
    if (c.me().role != access::Role::kAdmin && c.me().role != access::Role::kOfficer)
      throw Error::Forbidden("Chỉ cán bộ thi đua của đơn vị chủ trì phong trào được áp dụng quy định chấm điểm");
    Input in(c.req.body, {"scheme_id"});
    int64_t scheme_id = in.id("scheme_id");
    auto tx = r.db().begin(TxMode::kWrite);
    auto m = movement_for(*tx, c, c.pid());
    r.require_scope(*tx, c, m.owner_unit_id, true);
    storage::ScoringStore store(*tx);
    auto s = store.find_scheme(scheme_id);
    if (!s || !scheme_visible(*tx, c, *s)) throw Error::Invalid("Quy định chấm điểm không tồn tại", "scheme_id");
    auto before = store.movement_scheme(m.id);
    store.bind_movement_scheme(m.id, scheme_id);
    r.audit(*tx, c, "movement.scheme", "movement", m.id, m.owner_unit_id,
            before ? json{{"scheme_id", *before}} : json(), {{"scheme_id", scheme_id}, {"code", s->code}, {"version", s->version}});
    tx->commit();
    return ok(200, json{{"movement_id", m.id}, {"scheme", scheme_ref(*s)}});
  });

  // The group-year runs under a movement ({"movement_id": null} ends it): the movement's scheme
  // applies while the group-year has none of its own.
  r.add("POST", "/api/v1/groups/{gid}/years/{year}/movement", Access::write_from_owner(access::Resource::kScores, "gid", "group_year").only({access::Role::kAdmin, access::Role::kOfficer}), [&r, movement_for](Ctx& c) {
    Input in(c.req.body, {"movement_id"});
    std::optional<int64_t> mid;
    if (!in.is_null("movement_id")) mid = in.id("movement_id");
    auto tx = r.db().begin(TxMode::kWrite);
    storage::ScoringStore store(*tx);
    auto gy = store.group_year(c.pid("gid"), year_param(c));
    require_leader(*tx, r, c, gy);
    if (mid) {
      auto m = movement_for(*tx, c, *mid);
      if (m.f.end.year() < gy.year || m.f.start.year() > gy.year)
        throw Error::Invalid("Phong trào " + m.f.name + " không diễn ra trong năm " + std::to_string(gy.year), "movement_id");
    }
    auto before = store.movement_of(gy.id);
    store.link_movement(gy.id, mid);
    r.audit(*tx, c, "group_year.movement", "group_year", gy.id, gy.organiser_unit_id,
            before ? json{{"movement_id", *before}} : json(), {{"movement_id", mid ? json(*mid) : json()}});
    tx->commit();
    return ok(200, json{{"group_year_id", gy.id}, {"movement_id", mid ? json(*mid) : json()}});
  });

  // The unit's self-score (tự chấm): its qualitative verdicts and bonus/deduction counts; the
  // quantitative criteria come from its reports.
  r.add("POST", "/api/v1/groups/{gid}/years/{year}/scores/self", Access::write_unit_from_body(access::Resource::kScores, "unit_id"), [&r, board](Ctx& c) {
    r.require_write(c, access::Resource::kScores);
    Input in(c.req.body, {"unit_id", "assessment"});
    int64_t unit = in.id("unit_id");
    json assessment = in.opt_json("assessment") ? in.json_value("assessment") : json::object();
    scoring::Assessment::from_json(assessment);
    auto tx = r.db().begin(TxMode::kWrite);
    storage::ScoringStore store(*tx);
    auto gy = store.group_year(c.pid("gid"), year_param(c));
    if (!is_member(gy, unit)) throw Error::Invalid("Đơn vị không phải thành viên của cụm/khối năm này", "unit_id");
    r.require_scope(*tx, c, unit, true);
    store.put_sheet(gy.id, {unit, unit, "self", assessment.dump(), c.me().user.username, ""});
    json review = board->review_now(*tx, gy.id, unit);  // refuses what the scheme cannot score
    r.audit(*tx, c, "score.self", "group_year", gy.id, unit, nullptr, {{"unit_id", unit}, {"assessment", assessment}});
    tx->commit();
    return ok(200, review);
  });

  r.add("POST", "/api/v1/groups/{gid}/years/{year}/assignments", Access::write_from_owner(access::Resource::kScores, "gid", "group_year").only({access::Role::kAdmin, access::Role::kOfficer}), [&r](Ctx& c) {
    Input in(c.req.body, {"unit_id", "scorer_unit_id"});
    int64_t unit = in.id("unit_id"), scorer = in.id("scorer_unit_id");
    auto tx = r.db().begin(TxMode::kWrite);
    storage::ScoringStore store(*tx);
    auto gy = store.group_year(c.pid("gid"), year_param(c));
    require_leader(*tx, r, c, gy);
    if (unit == scorer) throw Error::Invalid("Đơn vị không được tự chấm chéo cho chính mình", "scorer_unit_id");
    if (!is_member(gy, unit) || !is_member(gy, scorer))
      throw Error::Invalid("Cả đơn vị được chấm và đơn vị chấm phải là thành viên cụm/khối năm này", "unit_id");
    store.assign(gy.id, unit, scorer);
    r.audit(*tx, c, "score.assign", "group_year", gy.id, unit, nullptr, {{"unit_id", unit}, {"scorer_unit_id", scorer}});
    tx->commit();
    return ok(201, json{{"unit_id", unit}, {"scorer_unit_id", scorer}});
  });

  r.add("POST", "/api/v1/groups/{gid}/years/{year}/assignments/recuse", Access::write_unit_from_body(access::Resource::kScores, "scorer_unit_id"), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kScores);
    Input in(c.req.body, {"unit_id", "scorer_unit_id", "reason"});
    int64_t unit = in.id("unit_id"), scorer = in.id("scorer_unit_id");
    std::string reason = in.str("reason", 1000);
    auto tx = r.db().begin(TxMode::kWrite);
    storage::ScoringStore store(*tx);
    auto gy = store.group_year(c.pid("gid"), year_param(c));
    r.require_scope(*tx, c, scorer, true);
    store.recuse(gy.id, unit, scorer, reason);
    r.audit(*tx, c, "score.recuse", "group_year", gy.id, unit, nullptr,
            {{"unit_id", unit}, {"scorer_unit_id", scorer}, {"reason", reason}});
    tx->commit();
    return ok(200, json{{"unit_id", unit}, {"scorer_unit_id", scorer}, {"recused", true}});
  });

  r.add("POST", "/api/v1/groups/{gid}/years/{year}/scores/cross", Access::write_unit_from_body(access::Resource::kScores, "scorer_unit_id"), [&r, board](Ctx& c) {
    r.require_write(c, access::Resource::kScores);
    Input in(c.req.body, {"unit_id", "scorer_unit_id", "assessment"});
    int64_t unit = in.id("unit_id"), scorer = in.id("scorer_unit_id");
    json assessment = in.opt_json("assessment") ? in.json_value("assessment") : json::object();
    scoring::Assessment::from_json(assessment);
    if (unit == scorer) throw Error::Invalid("Đơn vị không được tự chấm chéo cho chính mình", "scorer_unit_id");
    auto tx = r.db().begin(TxMode::kWrite);
    storage::ScoringStore store(*tx);
    auto gy = store.group_year(c.pid("gid"), year_param(c));
    r.require_scope(*tx, c, scorer, true);
    if (c.me().user.unit_id == unit) throw Error::Forbidden("Đơn vị không được tự chấm chéo cho chính mình");
    bool assigned = false;
    for (const auto& a : store.assignments(gy.id))
      if (a.unit_id == unit && a.scorer_unit_id == scorer) {
        if (a.recused) throw Error::Conflict("Đơn vị chấm đã xin rút khỏi việc chấm đơn vị này");
        assigned = true;
      }
    if (!assigned) throw Error::Forbidden("Đơn vị chưa được cụm trưởng phân công chấm chéo đơn vị này");
    store.put_sheet(gy.id, {unit, scorer, "cross", assessment.dump(), c.me().user.username, ""});
    json review = board->review_now(*tx, gy.id, unit);
    r.audit(*tx, c, "score.cross", "group_year", gy.id, unit, nullptr,
            {{"unit_id", unit}, {"scorer_unit_id", scorer}, {"assessment", assessment}});
    tx->commit();
    return ok(200, review);
  });

  r.add("POST", "/api/v1/groups/{gid}/years/{year}/moderations", Access::write_from_owner(access::Resource::kScores, "gid", "group_year").only({access::Role::kAdmin, access::Role::kOfficer}), [&r, board](Ctx& c) {
    Input in(c.req.body, {"unit_id", "criterion", "points", "met", "reason"});
    int64_t unit = in.id("unit_id");
    std::string criterion = in.str("criterion", 100);
    if (!in.opt_json("points") || !in.json_value("points").is_number())
      throw Error::Invalid("Trường points phải là số", "points");
    double points = in.json_value("points").get<double>();
    auto met = in.opt_bool("met");
    std::string reason = in.str("reason", 1000);
    auto tx = r.db().begin(TxMode::kWrite);
    storage::ScoringStore store(*tx);
    auto gy = store.group_year(c.pid("gid"), year_param(c));
    require_leader(*tx, r, c, gy);
    if (!is_member(gy, unit)) throw Error::Invalid("Đơn vị không phải thành viên của cụm/khối năm này", "unit_id");
    store.add_moderation(gy.id, {unit, criterion, reason, c.me().user.username, "", points, met});
    json review = board->review_now(*tx, gy.id, unit);  // refuses an unknown criterion or points out of range
    r.audit(*tx, c, "score.moderate", "group_year", gy.id, unit, nullptr,
            {{"unit_id", unit}, {"criterion", criterion}, {"points", points}, {"reason", reason}});
    tx->commit();
    return ok(200, review);
  });

  // Who scores whom: readable by the members and the organiser, so that an assigned scorer finds
  // the units it must cross-score (or step aside from).
  r.add("GET", "/api/v1/groups/{gid}/years/{year}/assignments", Access::read_from_owner("gid", "group_year"), [&r](Ctx& c) {
    auto tx = r.db().begin(TxMode::kRead);
    storage::ScoringStore store(*tx);
    auto gy = store.group_year(c.pid("gid"), year_param(c));
    require_group_read(*tx, r, c, gy);
    storage::UnitRepository units(*tx);
    std::map<int64_t, std::string> names;  // each unit read once, however many assignments name it
    auto name = [&](int64_t id) -> const std::string& {
      auto it = names.find(id);
      if (it == names.end()) it = names.emplace(id, units.get(id).name).first;
      return it->second;
    };
    std::set<std::pair<int64_t, int64_t>> sheets;  // (unit, scorer) pairs with a cross-sheet
    for (const auto& s : store.sheets(gy.id))
      if (s.kind == "cross") sheets.insert({s.unit_id, s.scorer_unit_id});
    json items = json::array();
    for (const auto& a : store.assignments(gy.id)) {
      bool mine = c.me().everything || units.in_scope(c.me().user.unit_id, a.scorer_unit_id);
      items.push_back({{"unit_id", a.unit_id},
                       {"unit_name", name(a.unit_id)},
                       {"scorer_unit_id", a.scorer_unit_id},
                       {"scorer_unit_name", name(a.scorer_unit_id)},
                       {"recused", a.recused},
                       {"recusal_reason", a.recusal_reason ? json(*a.recusal_reason) : json()},
                       {"submitted", sheets.count({a.unit_id, a.scorer_unit_id}) > 0},
                       {"mine", mine}});
    }
    return ok(200, json{{"group_year_id", gy.id}, {"items", items}});
  });

  r.add("GET", "/api/v1/groups/{gid}/years/{year}/ranking", Access::read_from_owner("gid", "group_year"), [&r, board](Ctx& c) {
    uint64_t epoch = r.write_epoch();
    auto tx = r.db().begin(TxMode::kRead);
    int year = year_param(c);
    auto scores = board->get(*tx, c.pid("gid"), year, scoring_period(year, c.query_str("period", 300)), epoch);
    require_group_read(*tx, r, c, scores->gy);
    if (auto fmt = export_format(c.req, false)) return file_response(export_ranking(*scores, *fmt));
    return http::Response::json(200, scores->ranking_body);
  });

  // From memory only: an administrator at the root, scores confirmed moments ago, no write since.
  r.add_fast("/api/v1/groups/{gid}/years/{year}/ranking", [&r, board](Ctx& c) -> std::optional<http::Response> {
    if (!c.me().everything) return std::nullopt;
    int year = year_param(c);
    auto scores = board->fresh(c.pid("gid"), year, scoring_period(year, c.query_str("period", 300)), r.write_epoch());
    if (!scores) return std::nullopt;
    return http::Response::json(200, scores->ranking_body);
  });

  // The ministry's view of the year: every cluster and block, its leading unit and completeness,
  // groups ranked against their peers — from the same held scores as each group's ranking.
  // Made once per year and reader's scope, served as stored while nothing changed (NationalViews).
  auto views = std::make_shared<NationalViews>();
  r.add("GET", "/api/v1/rankings/national", Access::read_list(), [&r, board, views](Ctx& c) {
    int year = national_year(c);
    uint64_t epoch = r.write_epoch();
    const bool all = c.me().everything;
    const int64_t me = c.me().user.unit_id;
    auto view = views->get(r.db(), year, all ? 0 : me, epoch, [&](storage::Tx& tx) {
      storage::UnitRepository units(tx);
      std::map<int64_t, bool> seen;
      auto sees = [&](int64_t unit) {
        if (all) return true;
        auto it = seen.find(unit);
        if (it == seen.end()) it = seen.emplace(unit, units.in_scope(me, unit)).first;
        return it->second;
      };
      return national_view(tx, *board, year, epoch, sees).dump(-1, ' ', false, json::error_handler_t::replace);
    });
    return national_response(view);
  });
  r.add_fast("/api/v1/rankings/national", [&r, views](Ctx& c) -> std::optional<http::Response> {
    auto view = views->fresh(national_year(c), c.me().everything ? 0 : c.me().user.unit_id, r.write_epoch());
    if (!view.body) return std::nullopt;
    return national_response(view);
  });

  // A unit's scorecard: every point explained (value → target → rule → points), self vs final.
  r.add("GET", "/api/v1/groups/{gid}/years/{year}/scorecards/{unit}", Access::read_from_owner("unit", "scorecard"), [&r, board](Ctx& c) {
    int64_t unit = c.pid("unit");
    uint64_t epoch = r.write_epoch();
    auto tx = r.db().begin(TxMode::kRead);
    int year = year_param(c);
    auto scores = board->get(*tx, c.pid("gid"), year, scoring_period(year, c.query_str("period", 300)), epoch);
    scores->member(unit);  // NotFound before the access check, as before
    require_scorecard_read(*tx, r, c, scores->gy.id, unit);
    json j = scores->review(unit)->to_json();
    j["unit_id"] = unit;
    j["unit_name"] = scores->name(unit);
    j["completeness"] = scores->coverage(unit).to_json();
    j["scheme"] = {{"id", scores->stored.id}, {"code", scores->stored.code}, {"version", scores->stored.version}};
    j["period"] = scores->period.to_json();
    return ok(200, j);
  });
}

}  // namespace thidua::api
