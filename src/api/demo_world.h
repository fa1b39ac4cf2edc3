// The living part of the demo world (`serve --demo`): what the users of the corpus have done by
// today — reports, schemes, scores, pledges signed, registrations, a commune's teams ranked — so
// that a new user sees rankings, scorecards and real work on the home page without typing
// anything. Built only through the repositories and rules the API uses; deterministic.
#pragma once
#include <cstdint>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include <optional>

#include "storage/database.h"

namespace thidua::scoring {
class IndicatorCatalogue;
}

namespace thidua::api {

// What the launch side of the demo (bootstrap.cpp) made and the world builds on.
struct DemoLaunches {
  int64_t nghe_an_movement = 0, tra_vinh_movement = 0, tra_vinh_grassroots_movement = 0;
  int64_t cluster5_group = 0, cluster5_pledge = 0;
};

// An audit record written by the system (the demo, the first start).
void system_audit(storage::Tx& tx, const std::string& action, const std::string& entity,
                  std::optional<int64_t> entity_id, std::optional<int64_t> unit_id, const nlohmann::json& after);

// Seeds, in the caller's transaction: Cluster No. 5's 2024 regulation (docs/examples, embedded),
// pledge signatures, monthly reports of 2023–2024, self-scores, cross-scores and moderation; its
// 2026 year with live reports (some late, some awaiting review) and undone cross-scoring; Quảng
// Bình's 2020 block of district police; Vĩnh Thuận's teams (movement, block, template regulation,
// reports, self-scores); registrations of titles. `id` maps unit codes to ids (units are added).
void seed_demo_world(storage::Tx& tx, std::map<std::string, int64_t>& id, const DemoLaunches& launches,
                     const scoring::IndicatorCatalogue& indicators);

}  // namespace thidua::api
