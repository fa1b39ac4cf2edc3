// Helpers shared by the pattern tests of plan import (patterns4_test.cpp … patterns16_test.cpp):
// parse a sentence, read a list of strings, find a person by name, and the table rows most of
// those files repeat — a text with the counts it must give, a text with the positions its
// people must get — with the checks that go with them.
#pragma once
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "text/plan/plan_parser.h"

namespace thidua::text::plan::test {

using Strings = std::vector<std::string>;
using Counts = std::vector<std::pair<double, std::string>>;          // value, what is counted
using Positions = std::vector<std::pair<const char*, const char*>>;  // name, position

inline nlohmann::json parse(const std::string& text) { return parse_plan(text); }

inline std::vector<std::string> strings(const nlohmann::json& list) {
  std::vector<std::string> out;
  for (const nlohmann::json& s : list) out.push_back(s.get<std::string>());
  return out;
}

// The counts of a parse result as (value, what) pairs, in order.
inline Counts counts(const nlohmann::json& r) {
  Counts out;
  for (const nlohmann::json& x : r["counts"]) out.emplace_back(x["value"].get<double>(), x["what"].get<std::string>());
  return out;
}

// The person of that name in a parse result, or nullptr.
inline const nlohmann::json* person(const nlohmann::json& r, const std::string& name) {
  for (const nlohmann::json& p : r["people"])
    if (p["name"] == name) return &p;
  return nullptr;
}

// The names of the people of a parse result, in order.
inline std::vector<std::string> names(const nlohmann::json& r) {
  std::vector<std::string> out;
  for (const nlohmann::json& p : r["people"]) out.push_back(p["name"].get<std::string>());
  return out;
}

// A text and the group it must give: its members in order, leader and deputy ("" for null).
struct GroupCase {
  const char* what;
  const char* text;
  Strings members;
  const char* leader;
  const char* deputy;
};

inline void expect_group(const GroupCase& c) {
  SCOPED_TRACE(c.what);
  const nlohmann::json r = parse(c.text);
  ASSERT_TRUE(r["group"].is_object());
  EXPECT_EQ(strings(r["group"]["members"]), c.members);
  if (*c.leader) EXPECT_EQ(r["group"]["leader"], c.leader);
  else EXPECT_TRUE(r["group"]["leader"].is_null()) << r["group"]["leader"];
  if (*c.deputy) EXPECT_EQ(r["group"]["deputy"], c.deputy);
  else EXPECT_TRUE(r["group"]["deputy"].is_null()) << r["group"]["deputy"];
}

// A text and the group's name it must give (s28-members2: shared by PlanPatterns104 and PlanPatterns107).
struct GroupNameCase {
  const char* what;
  const char* text;
  const char* name;
};

inline void expect_group_names(const std::vector<GroupNameCase>& cases) {
  for (const GroupNameCase& c : cases) {
    SCOPED_TRACE(c.what);
    const nlohmann::json r = parse(c.text);
    ASSERT_TRUE(r["group"].is_object()) << r.dump();
    EXPECT_EQ(r["group"]["name"], c.name);
  }
}

// A text and every count it must give, in order (none: `{}`).
struct CountCase {
  const char* what;
  const char* text;
  Counts counts;
};

template <size_t N>
void expect_counts(const CountCase (&cases)[N]) {
  for (const CountCase& c : cases) {
    SCOPED_TRACE(c.what);
    EXPECT_EQ(counts(parse(c.text)), c.counts);
  }
}

// Each named person is in the parse result `r` with that position (others may be too).
inline void expect_positions(const nlohmann::json& r, const Positions& positions) {
  for (const auto& [name, position] : positions) {
    SCOPED_TRACE(name);
    const nlohmann::json* p = person(r, name);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ((*p)["position"], position);
  }
}

// A text and people of it with the positions they must get.
struct PositionCase {
  const char* what;
  const char* text;
  Positions positions;
};

template <size_t N>
void expect_positions(const PositionCase (&cases)[N]) {
  for (const PositionCase& c : cases) {
    SCOPED_TRACE(c.what);
    expect_positions(parse(c.text), c.positions);
  }
}

// A text and how many phases it announces.
struct PhaseCase {
  const char* what;
  const char* text;
  size_t phases;
};

template <size_t N>
void expect_phase_counts(const PhaseCase (&cases)[N]) {
  for (const PhaseCase& c : cases) {
    SCOPED_TRACE(c.what);
    EXPECT_EQ(parse(c.text)["phases"].size(), c.phases);
  }
}

// A text and the value one string field of its parse must take ("" for null); the field is named
// by a JSON pointer ("/title", "/movement/name").
struct FieldCase {
  const char* what;
  const char* text;
  const char* value;
};

inline void expect_field(const std::string& pointer, const std::vector<FieldCase>& cases) {
  const nlohmann::json::json_pointer at(pointer);
  for (const FieldCase& c : cases) {
    SCOPED_TRACE(c.what);
    const nlohmann::json r = parse(c.text);
    // A field under an object the parse leaves null ("/group/name" with no group) is null.
    const nlohmann::json value = r.contains(at) ? r[at] : nlohmann::json();
    if (*c.value) EXPECT_EQ(value, c.value);
    else EXPECT_TRUE(value.is_null()) << value;
  }
}

// (s26-lists) A text and the values two string fields of its parse must take ("" for null): "/movement/start"
// and "/movement/end", "/movement/name" and "/movement/theme".
struct TwoFieldCase {
  const char* what;
  const char* text;
  const char* first;
  const char* second;
};

template <size_t N>
void expect_two_fields(const std::string& first, const std::string& second, const TwoFieldCase (&cases)[N]) {
  std::vector<FieldCase> a, b;
  for (const TwoFieldCase& c : cases) {
    a.push_back({c.what, c.text, c.first});
    b.push_back({c.what, c.text, c.second});
  }
  expect_field(first, a);
  expect_field(second, b);
}

// A text and its organisers, in order.
struct OrganizerCase {
  const char* what;
  const char* text;
  Strings organizers;
};

template <size_t N>
void expect_organizers(const OrganizerCase (&cases)[N]) {
  for (const OrganizerCase& c : cases) {
    SCOPED_TRACE(c.what);
    EXPECT_EQ(strings(parse(c.text)["organizers"]), c.organizers);
  }
}

// A target of a parse result as one line: "kind direction value unit | measure" (null: "-"),
// with " min-max" after the value for a range and " prev" for a previous-year baseline.
inline std::string target_line(const nlohmann::json& t) {
  const auto part = [](const nlohmann::json& v) {
    if (v.is_null()) return std::string("-");
    if (v.is_string()) return v.get<std::string>();
    std::string s = v.dump();
    return s;
  };
  std::string out = part(t["kind"]) + " " + part(t["direction"]) + " " + part(t["value"]);
  if (!t["value_min"].is_null()) out += " " + part(t["value_min"]) + "-" + part(t["value_max"]);
  out += " " + part(t["unit"]);
  if (t["baseline"] == "previous_year") out += " prev";
  return out + " | " + t["measure"].get<std::string>();
}

inline Strings target_lines(const nlohmann::json& r) {
  Strings out;
  for (const nlohmann::json& t : r["targets"]) out.push_back(target_line(t));
  return out;
}

// A text and every target it must give, in order, each as `target_line` writes it.
struct TargetCase {
  const char* what;
  const char* text;
  Strings targets;
};

template <size_t N>
void expect_targets(const TargetCase (&cases)[N]) {
  for (const TargetCase& c : cases) {
    SCOPED_TRACE(c.what);
    EXPECT_EQ(target_lines(parse(c.text)), c.targets);
  }
}

// A text and the contents it must give, in order.
struct ContentCase {
  const char* what;
  const char* text;
  Strings contents;
};

template <size_t N>
void expect_contents(const ContentCase (&cases)[N]) {
  for (const ContentCase& c : cases) {
    SCOPED_TRACE(c.what);
    EXPECT_EQ(strings(parse(c.text)["contents"]), c.contents);
  }
}

}  // namespace thidua::text::plan::test
