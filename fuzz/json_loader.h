// The versioned-data loaders read JSON files an operator or a ministry edits (and, for schemes,
// request bodies): parsed the way a request is, then handed to the loader.
#pragma once
#include <optional>

#include "api/input.h"
#include "fuzz_common.h"

namespace fuzz {
inline std::optional<nlohmann::json> json_input(const uint8_t* data, size_t size) {
  std::optional<nlohmann::json> j;
  attempt([&] { j = thidua::api::parse_strict_json(input(data, size)); });
  return j;
}
// A loader that accepts a document must give it back the same through to_json → from_json.
inline void check_round_trip(const nlohmann::json& once, const nlohmann::json& twice, const char* what) {
  if (once != twice) {
    fprintf(stderr, "%s: to_json → from_json → to_json changed the data:\n%s\n%s\n", what, once.dump().c_str(), twice.dump().c_str());
    std::abort();
  }
}
}  // namespace fuzz
