#include "api/plan_reliability.h"

#include <algorithm>
#include <regex>
#include <set>

#include "api/data_files.h"
#include "core/error.h"

namespace thidua::api {

using nlohmann::json;

json PlanReliability::to_json() const {
  std::map<std::string, std::pair<int, int>> pooled;
  int texts = 0;
  json runs = json::array();
  for (const auto& s : sets) {
    texts += s.texts;
    runs.push_back({{"name", s.name}, {"parser_commit", s.parser_commit}, {"texts", s.texts}});
    for (const auto& [field, rs] : s.fields) {
      pooled[field].first += rs.first;
      pooled[field].second += rs.second;
    }
  }
  std::vector<std::pair<std::string, std::pair<int, int>>> rows(pooled.begin(), pooled.end());
  // Least sure first (the officer's order of checking); ties by name, so the order is stable.
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return static_cast<long long>(a.second.first) * b.second.second < static_cast<long long>(b.second.first) * a.second.second;
  });
  json fields = json::array();
  for (const auto& [field, rs] : rows)
    fields.push_back({{"field", field}, {"right", rs.first}, {"slots", rs.second},
                      {"share", static_cast<double>(rs.first) / rs.second}});
  return {{"texts", texts}, {"measured", measured}, {"basis", basis}, {"sets", runs}, {"fields", fields}};
}

PlanReliability read_plan_reliability(const json& data, const std::string& file) {
  auto fail = [&](const std::string& what) -> void { throw Error(ErrorCode::kInternal, file + ": " + what); };
  if (!data.is_object()) fail("not a JSON object");
  if (data.value("version", json()) != json(1)) fail("version must be 1");
  PlanReliability r;
  auto text = [&](const json& o, const char* key, const std::string& where) {
    auto it = o.find(key);
    if (it == o.end() || !it->is_string() || it->get<std::string>().empty()) fail(where + ": missing " + key);
    return it->get<std::string>();
  };
  r.basis = text(data, "basis", "file");
  r.measured = text(data, "measured", "file");
  if (!std::regex_match(r.measured, std::regex(R"(\d{4}-\d{2}-\d{2})"))) fail("measured must be YYYY-MM-DD");
  auto sets = data.find("sets");
  if (sets == data.end() || !sets->is_array() || sets->empty()) fail("no sets");
  static const std::regex kCommit("[0-9a-f]{7,40}"), kField("[a-z]+(\\.[a-z]+)?");
  std::set<std::string> names;
  for (const auto& s : *sets) {
    if (!s.is_object()) fail("a set is not an object");
    PlanFirstRun run;
    run.name = text(s, "name", "a set");
    if (!names.insert(run.name).second) fail("set " + run.name + " named twice");
    run.parser_commit = text(s, "parser_commit", "set " + run.name);
    if (!std::regex_match(run.parser_commit, kCommit)) fail("set " + run.name + ": parser_commit is not a commit");
    auto texts = s.find("texts");
    if (texts == s.end() || !texts->is_number_integer() || texts->get<int>() <= 0)
      fail("set " + run.name + ": texts must be a positive whole number");
    run.texts = texts->get<int>();
    auto fields = s.find("fields");
    if (fields == s.end() || !fields->is_object() || fields->empty()) fail("set " + run.name + ": no fields");
    for (const auto& [field, v] : fields->items()) {
      const std::string where = "set " + run.name + ", " + field;
      if (!std::regex_match(field, kField)) fail(where + ": not a field name");
      if (!v.is_object() || !v.contains("right") || !v.contains("slots") || !v["right"].is_number_integer() ||
          !v["slots"].is_number_integer())
        fail(where + ": right and slots must be whole numbers");
      int right = v["right"].get<int>(), slots = v["slots"].get<int>();
      if (slots <= 0 || right < 0 || right > slots) fail(where + ": needs 0 <= right <= slots and slots > 0");
      run.fields[field] = {right, slots};
    }
    r.sets.push_back(std::move(run));
  }
  return r;
}

const PlanReliability& plan_reliability() {
  static const PlanReliability all = [] {
    const std::string file = "data/plan-reliability.json";
    std::string_view raw = embedded_data("plan-reliability.json");
    if (raw.empty()) throw Error(ErrorCode::kInternal, file + " is missing from the build");
    json data = json::parse(raw, nullptr, false);
    if (data.is_discarded()) throw Error(ErrorCode::kInternal, file + " is not valid JSON");
    return read_plan_reliability(data, file);
  }();
  return all;
}

}  // namespace thidua::api
