// A commune's teams without expert set-up: regulation templates shipped as data, codes made from
// names, the commune's block of its teams with the template's regulation in one step, and every
// member's sheet of a block-year on one screen (read here; each sheet is saved through the
// scoring routes).
#include <nlohmann/json.hpp>

#include <memory>

#include "api/context.h"
#include "api/input.h"
#include "api/teams.h"
#include "core/error.h"
#include "storage/emulation.h"
#include "storage/registry.h"
#include "storage/scoring_store.h"
#include "text/slug.h"

namespace thidua::api {

using nlohmann::json;
using storage::TxMode;

namespace {

json template_json(const SchemeTemplate& t) {
  json sections = json::array();
  for (const auto& s : t.scheme["sections"]) {
    json criteria = json::array();
    if (s.contains("criteria"))
      for (const auto& c : s["criteria"]) criteria.push_back({{"id", c.value("id", "")}, {"name", c.value("name", "")},
                                                               {"max_points", c.value("max_points", 0.0)}});
    sections.push_back({{"id", s.value("id", "")}, {"name", s.value("name", "")}, {"max_points", s.value("max_points", 0.0)},
                        {"criteria", criteria}});
  }
  return {{"code", t.code},       {"name", t.name},         {"for", t.for_kind}, {"owner_kind", t.owner_kind},
          {"basis", t.basis},     {"description", t.description}, {"total_points", t.scheme.value("total_points", 100.0)},
          {"sections", sections}, {"scheme", t.scheme}};
}

}  // namespace

void register_team_routes(Routes& r) {
  auto templates = std::make_shared<std::vector<SchemeTemplate>>(load_scheme_templates(r.indicators()));

  r.add("GET", "/api/v1/scheme-templates", Access::public_(), [templates](Ctx&) {
    json items = json::array();
    for (const auto& t : *templates) items.push_back(template_json(t));
    return ok(200, json{{"items", items}, {"total", items.size()}});
  });

  // A readable code for a name: ?kind=scheme (unique among the stored schemes) or ?kind=group.
  r.add("GET", "/api/v1/codes/suggest", Access::public_(), [&r](Ctx& c) {
    auto name = c.query_str("name", 1000);
    if (!name) throw Error::Invalid("Thiếu tên để tạo mã", "name");
    std::string kind = c.query_str("kind", 20).value_or("scheme");
    if (kind != "scheme" && kind != "group") throw Error::Invalid("kind là scheme hoặc group", "kind");
    auto tx = r.db().begin(TxMode::kRead);
    std::string code = kind == "scheme" ? new_scheme_code(*tx, *name) : text::slug(*name, 60);
    return ok(200, json{{"code", code}, {"kind", kind}});
  });

  // One step: the commune's block of its active teams for the year, scored by the template.
  r.add("POST", "/api/v1/units/{id}/team-blocks", Access::write_unit_from_path(access::Resource::kScores).only({access::Role::kAdmin, access::Role::kOfficer}), [&r, templates](Ctx& c) {
    r.require_write(c, access::Resource::kScores);
    if (c.me().role != access::Role::kAdmin && c.me().role != access::Role::kOfficer)
      throw Error::Forbidden("Chỉ cán bộ thi đua của Công an xã được lập khối các Tổ");
    Input in(c.req.body, {"year", "template", "name", "leader_unit_id", "deputy_unit_id"});
    auto year = in.opt_int("year", 2000, 2100);
    if (!year) throw Error::Invalid("Thiếu năm", "year");
    std::string code = in.has("template") ? in.str("template", 100) : "to-bao-ve-antt";
    auto name = in.opt_str("name", 300);
    auto leader = in.opt_id("leader_unit_id"), deputy = in.opt_id("deputy_unit_id");
    const SchemeTemplate* t = nullptr;
    for (const auto& x : *templates)
      if (x.code == code) t = &x;
    if (!t) throw Error::Invalid("Không có quy định mẫu '" + code + "'", "template");
    int64_t commune = c.pid();
    auto tx = r.db().begin(TxMode::kWrite);
    storage::UnitRepository(*tx).get(commune);
    r.require_scope(*tx, c, commune, true);
    TeamBlock b = create_team_block(*tx, r.indicators(), *t, commune, static_cast<int>(*year), name, leader, deputy,
                                    c.me().user.username);
    json out = {{"group_id", b.group_id},
                {"group_year_id", b.group_year_id},
                {"group_name", b.group_name},
                {"group_created", b.group_created},
                {"year", b.year},
                {"scheme", {{"id", b.scheme_id}, {"code", b.scheme_code}, {"name", b.scheme_name}, {"template", t->code}}},
                {"team_ids", b.team_ids}};
    r.audit(*tx, c, "team_block.create", "group", b.group_id, commune, nullptr, out);
    tx->commit();
    return ok(201, out);
  });

  // Every member's sheets of a block-year, for the leader's one-screen table: the scheme's
  // assessed lines, each member's self-assessment and the cross-assessments of it.
  r.add("GET", "/api/v1/groups/{gid}/years/{year}/sheets", Access::read_from_owner("gid", "group_year"), [&r](Ctx& c) {
    int64_t y = path_id(c.params.at("year"));
    auto tx = r.db().begin(TxMode::kRead);
    storage::ScoringStore store(*tx);
    auto gy = store.group_year(c.pid("gid"), static_cast<int>(y));
    storage::UnitRepository units(*tx);
    bool visible = c.me().everything || units.in_scope(c.me().user.unit_id, gy.organiser_unit_id);
    for (auto& [id, code] : gy.members)
      if (!visible && units.in_scope(c.me().user.unit_id, id)) visible = true;
    if (!visible) throw Error::NotFound("Không tìm thấy");
    auto binding = store.binding_of(gy.id);
    json scheme;
    if (binding) scheme = json::parse(store.find_scheme(binding->scheme_id)->json);
    std::map<int64_t, json> self;
    std::map<int64_t, json> cross;
    for (const auto& s : store.sheets(gy.id)) {
      json a = json::parse(s.assessment_json);
      if (s.kind == "self") self[s.unit_id] = {{"assessment", a}, {"by", s.username}, {"at", s.at}};
      else cross[s.unit_id].push_back({{"scorer_unit_id", s.scorer_unit_id}, {"assessment", a}, {"by", s.username}, {"at", s.at}});
    }
    json items = json::array();
    for (auto& [id, code] : gy.members) {
      bool writable = c.me().everything || units.in_scope(c.me().user.unit_id, id);
      items.push_back({{"unit_id", id},
                       {"unit_name", units.get(id).name},
                       {"self", self.count(id) ? self[id] : json()},
                       {"cross", cross.count(id) ? cross[id] : json::array()},
                       {"writable", writable}});
    }
    return ok(200, json{{"group_year_id", gy.id}, {"group_name", gy.group_name}, {"year", gy.year},
                        {"leader_unit_id", gy.leader_unit_id ? json(*gy.leader_unit_id) : json()},
                        {"scheme", scheme}, {"items", items}});
  });
}

}  // namespace thidua::api
