// How sure the plan import is on texts it has never seen, field by field (data/plan-reliability.json):
// the first runs of the held-out sets — each set read by the parser of its time, before any rule was
// written from it — pooled. The import screen shows it beside what was read, so the officer checks
// the fields that are often wrong on new texts (members, contents, organisers…) before the others.
// Made by tools/plan-audit/first_runs.py; docs/plan-import.md, "How sure it is on unseen text".
#pragma once
#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace thidua::api {

struct PlanFirstRun {
  std::string name;           // the set ("eval8")
  std::string parser_commit;  // the commit whose parser read it
  int texts = 0;
  std::map<std::string, std::pair<int, int>> fields;  // field → (right, slots)
};

struct PlanReliability {
  std::string measured;  // YYYY-MM-DD
  std::string basis;
  std::vector<PlanFirstRun> sets;

  // Pooled over the sets: {"texts", "measured", "basis", "sets": [{name, parser_commit, texts}],
  // "fields": [{field, right, slots, share}] from the least sure field to the surest}.
  nlohmann::json to_json() const;
};

// Reads and checks the file's JSON ({"version": 1, "basis", "measured", "sets": [{name, parser_commit,
// texts, fields: {FIELD: {right, slots}}}]}). Throws Error(kInternal) naming `file` and what is wrong:
// another version, no basis, a date not YYYY-MM-DD, no sets, a set named twice, a commit that is not
// hexadecimal, texts not positive, no fields, a field name not of the form "a" or "a.b", right or
// slots not whole numbers, right above slots or slots zero.
PlanReliability read_plan_reliability(const nlohmann::json& data, const std::string& file);

// The embedded data/plan-reliability.json, read and checked on the first call (at route
// registration, so a broken file stops the start).
const PlanReliability& plan_reliability();

}  // namespace thidua::api
