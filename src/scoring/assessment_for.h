// A scorer's assessment written for whatever a scheme asks to be assessed: the demo world's
// self- and cross-scores and the national benchmark's self-assessments.
#pragma once
#include <map>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

namespace thidua::scoring {

// A scorer's assessment (Assessment's JSON: {"met": …, "counts": …}) for what a scheme, as JSON,
// asks to be assessed: a verdict for every qualitative or disqualifying criterion (met unless
// `not_met` names it) and a count for every counted line (a deduction per occurrence without an
// indicator: its count or 0; a bonus or deduction line that `counts` gives more than 0).
// `verdicts_only`: the scorer's verdicts and nothing else — counted lines left without a count,
// and a disqualifying criterion with a target (decided by the reports) left without a verdict;
// what the national benchmark's members send as their self-assessment.
nlohmann::json assessment_for(const nlohmann::json& scheme, const std::set<std::string>& not_met = {},
                              const std::map<std::string, int>& counts = {}, bool verdicts_only = false);

}  // namespace thidua::scoring
