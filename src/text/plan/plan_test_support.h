// Helpers shared by the pattern tests of plan import (patterns4_test.cpp, patterns5_test.cpp):
// parse a sentence, read a list of strings, find a person by name.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "text/plan/plan_parser.h"

namespace thidua::text::plan::test {

inline nlohmann::json parse(const std::string& text) { return parse_plan(text); }

inline std::vector<std::string> strings(const nlohmann::json& list) {
  std::vector<std::string> out;
  for (const nlohmann::json& s : list) out.push_back(s.get<std::string>());
  return out;
}

// The counts of a parse result as (value, what) pairs, in order.
inline std::vector<std::pair<double, std::string>> counts(const nlohmann::json& r) {
  std::vector<std::pair<double, std::string>> out;
  for (const nlohmann::json& x : r["counts"]) out.emplace_back(x["value"].get<double>(), x["what"].get<std::string>());
  return out;
}

// The person of that name in a parse result, or nullptr.
inline const nlohmann::json* person(const nlohmann::json& r, const std::string& name) {
  for (const nlohmann::json& p : r["people"])
    if (p["name"] == name) return &p;
  return nullptr;
}

}  // namespace thidua::text::plan::test
