#include "scoring/assessment_for.h"

#include <functional>

namespace thidua::scoring {

nlohmann::json assessment_for(const nlohmann::json& scheme, const std::set<std::string>& not_met,
                              const std::map<std::string, int>& counts, bool verdicts_only) {
  nlohmann::json met = nlohmann::json::object(), n = nlohmann::json::object();
  std::function<void(const nlohmann::json&)> walk = [&](const nlohmann::json& node) {
    if (node.contains("criteria")) {
      for (const auto& c : node["criteria"]) walk(c);
      return;
    }
    const std::string id = node.value("id", "");
    const std::string rule = node.contains("rule") ? node["rule"].value("kind", "") : "";
    const std::string target =
        node.contains("target") && node["target"].is_object() ? node["target"].value("kind", "") : "";
    const bool disqualifying = rule == "disqualifying" && (!verdicts_only || target.empty());
    if (target == "qualitative" || rule == "qualitative" || disqualifying) met[id] = !not_met.count(id);
    if (!verdicts_only && rule == "deduction_per_occurrence" && !node["rule"].contains("indicator")) {
      auto it = counts.find(id);
      n[id] = it == counts.end() ? 0 : it->second;
    }
  };
  for (const auto& s : scheme["sections"]) walk(s);
  if (!verdicts_only) {
    std::set<std::string> lines;
    for (const char* key : {"bonuses", "deductions"})
      if (scheme.contains(key))
        for (const auto& l : scheme[key]) lines.insert(l.value("id", ""));
    for (const auto& [id, c] : counts)
      if (lines.count(id) && c > 0) n[id] = c;
  }
  return {{"met", met}, {"counts", n}};
}

}  // namespace thidua::scoring
