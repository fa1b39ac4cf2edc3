#include "api/teams.h"

#include "api/data_files.h"
#include "core/emulation.h"
#include "core/error.h"
#include "scoring/compiled_scheme.h"
#include "scoring/scheme.h"
#include "storage/emulation.h"
#include "storage/registry.h"
#include "storage/scoring_store.h"
#include "text/slug.h"
#include "text/vietnamese.h"

namespace thidua::api {

using nlohmann::json;

namespace {

std::string str_of(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// "Công an xã Vĩnh Thuận" → "xã Vĩnh Thuận": how a block of its teams is named.
std::string place_of(const std::string& commune_name) {
  const std::string prefix = "Công an ";
  return commune_name.rfind(prefix, 0) == 0 ? commune_name.substr(prefix.size()) : commune_name;
}

}  // namespace

std::vector<SchemeTemplate> load_scheme_templates(const scoring::IndicatorCatalogue& indicators) {
  std::vector<SchemeTemplate> out;
  const std::string prefix = "scheme-templates/";
  for (std::string_view name : embedded_data_names()) {
    if (name.substr(0, prefix.size()) != prefix) continue;
    std::string file = "data/" + std::string(name);
    json j = json::parse(embedded_data(name), nullptr, false);
    try {
      if (j.is_discarded() || !j.is_object() || !j.contains("template") || !j.contains("scheme"))
        throw Error::Invalid("cần {\"template\": {…}, \"scheme\": {…}}");
      const json& t = j["template"];
      SchemeTemplate st{str_of(t, "code"), str_of(t, "name"),  str_of(t, "for"), str_of(t, "owner_kind"),
                        str_of(t, "basis"), str_of(t, "description"), j["scheme"]};
      if (st.code.empty() || st.name.empty() || st.basis.empty())
        throw Error::Invalid("template cần code, name và basis (căn cứ)");
      scoring::ScoringScheme s = scoring::ScoringScheme::from_json(st.scheme, indicators);
      scoring::CompiledScheme check(s, indicators);
      out.push_back(std::move(st));
    } catch (const Error& e) {
      throw Error(ErrorCode::kInternal, file + ": " + e.what());
    }
  }
  return out;
}

std::string new_scheme_code(storage::Tx& tx, const std::string& name) {
  return text::unique_code(text::slug(name, 50), [&](const std::string& c) {
    return !tx.query("SELECT 1 FROM scoring_schemes WHERE code = $1", {c}).empty();
  });
}

TeamBlock create_team_block(storage::Tx& tx, const scoring::IndicatorCatalogue& indicators, const SchemeTemplate& t,
                            int64_t commune_id, int year, const std::optional<std::string>& name,
                            std::optional<int64_t> leader_id, std::optional<int64_t> deputy_id,
                            const std::string& username) {
  emulation::check_year(year);
  storage::UnitRepository units(tx);
  storage::Unit commune = units.get(commune_id);
  if (commune.kind != "commune_police" && commune.kind != "district_police")
    throw Error::Invalid(commune.name + " không phải Công an cấp xã", "unit_id");
  TeamBlock b;
  b.year = year;
  for (const auto& u : units.children(commune_id))
    if (u.kind == "grassroots_team" && emulation::valid_during(u.validity, year)) b.team_ids.push_back(u.id);
  if (b.team_ids.size() < 2)
    throw Error::Invalid(commune.name + " cần ít nhất 2 Tổ bảo vệ an ninh, trật tự có hiệu lực trong năm " +
                             std::to_string(year) + " (hiện có " + std::to_string(b.team_ids.size()) + ")",
                         "unit_id");
  b.group_name = name && !name->empty() ? *name : "Khối thi đua các Tổ bảo vệ an ninh, trật tự " + place_of(commune.name);

  storage::YearSetup y;
  y.year = year;
  y.member_ids = b.team_ids;
  Date chosen = emulation::year_start(year);
  if (leader_id) y.leader = emulation::Leadership{*leader_id, "assigned", chosen, std::nullopt};
  if (deputy_id) y.deputy = emulation::Leadership{*deputy_id, "assigned", chosen, std::nullopt};
  storage::GroupRepository groups(tx);
  auto existing = tx.query("SELECT id FROM emulation_groups WHERE organiser_unit_id = $1 AND name_folded = $2",
                           {commune_id, text::fold(b.group_name)});
  storage::Group g;
  if (existing.empty()) {
    g = groups.create(b.group_name, "block", commune_id, y);
    b.group_created = true;
  } else {
    int64_t gid = std::stoll(*existing.rows[0][0]);
    for (const auto& gy : groups.get(gid).years)
      if (gy.year == year)
        throw Error::Conflict(b.group_name + " đã có năm " + std::to_string(year) + "; hãy mở khối để sửa");
    g = groups.add_year(gid, y);
  }
  b.group_id = g.id;

  json scheme = t.scheme;
  b.scheme_name = t.name + " — " + commune.name + " năm " + std::to_string(year);
  b.scheme_code = new_scheme_code(tx, t.code + " " + place_of(commune.name) + " " + std::to_string(year));
  scheme["id"] = b.scheme_code;
  scheme["version"] = 1;
  scheme["name"] = b.scheme_name;
  scheme["scope"] = {{"group", text::slug(b.group_name, 60)}, {"year", year}};
  scheme.erase("valid_from");
  scheme.erase("valid_to");
  scoring::ScoringScheme s = scoring::ScoringScheme::from_json(scheme, indicators);
  scoring::CompiledScheme check(s, indicators);
  storage::ScoringStore store(tx);
  auto stored = store.add_scheme(s.id, s.version, s.name, s.to_json().dump(), username, commune.id);
  b.scheme_id = stored.id;
  auto ref = store.group_year(g.id, year);
  b.group_year_id = ref.id;
  store.bind_scheme(ref.id, stored.id);
  groups.add_document(g.id, year, "scoring_regulation", b.scheme_name, std::nullopt, chosen);
  return b;
}

}  // namespace thidua::api
