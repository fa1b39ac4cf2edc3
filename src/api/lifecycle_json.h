// The JSON form of core/emulation_lifecycle.h: {"code","label","phase_ordinal","days_left","days_to_start"}.
#pragma once
#include <nlohmann/json.hpp>

#include <vector>

#include "core/emulation_lifecycle.h"

namespace thidua::api {

inline nlohmann::json lifecycle_json(const emulation::Lifecycle& l) {
  auto opt = [](const std::optional<int>& v) { return v ? nlohmann::json(*v) : nlohmann::json(); };
  return {{"code", l.code},
          {"label", l.label},
          {"phase_ordinal", opt(l.phase_ordinal)},
          {"days_left", opt(l.days_left)},
          {"days_to_start", opt(l.days_to_start)}};
}

}  // namespace thidua::api
