// A commune police's grassroots teams without expert set-up: regulations shipped as templates
// (data/scheme-templates/*.json, validated when the app starts) and one step that makes the
// commune's block of its active teams for a year, scored by a copy of the template owned by the
// commune and bound to the block-year. Shared by the API (routes_teams.cpp) and the demo world.
#pragma once
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "storage/database.h"

namespace thidua::scoring {
class IndicatorCatalogue;
}

namespace thidua::api {

struct SchemeTemplate {
  std::string code, name, for_kind, owner_kind, basis, description;
  nlohmann::json scheme;  // the regulation, as docs/scoring-scheme.md describes it
};

// Every shipped template, loaded and validated against the catalogue; a broken one throws
// Error::Internal naming the file (the start-up stops).
std::vector<SchemeTemplate> load_scheme_templates(const scoring::IndicatorCatalogue& indicators);

// A readable code for a new scheme made from `name`, unique among stored schemes.
std::string new_scheme_code(storage::Tx& tx, const std::string& name);

struct TeamBlock {
  int64_t group_id = 0, group_year_id = 0, scheme_id = 0;
  int year = 0;
  bool group_created = false;
  std::string group_name, scheme_code, scheme_name;
  std::vector<int64_t> team_ids;
};

// The commune's block of its teams (kind grassroots_team, children of the commune, valid during
// the year) for `year`: the group is created (or, when the commune already has it, given the
// year), the template's scheme is stored as the commune's own (code from the commune's name,
// scope the block-year) and bound to the block-year, and the regulation is listed among the
// year's documents. Refused: fewer than two teams (Invalid), the year already set up (Conflict).
TeamBlock create_team_block(storage::Tx& tx, const scoring::IndicatorCatalogue& indicators, const SchemeTemplate& t,
                            int64_t commune_id, int year, const std::optional<std::string>& name,
                            std::optional<int64_t> leader_id, std::optional<int64_t> deputy_id,
                            const std::string& username);

}  // namespace thidua::api
