// The life of a unit's periodic report (báo cáo định kỳ): draft → submitted → returned (with a
// reason) or accepted → locked. The allowed steps and who may take them are a table, not code.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace thidua::reports {

enum class Actor {
  kReportingUnit,  // a reporter or officer of the unit itself (or anyone whose scope holds it)
  kReceivingLevel, // an officer or admin of a level above the unit
};

struct Step {
  const char* action;  // "submit", "return", "accept", "lock", "reopen"
  const char* from;
  const char* to;
  Actor by;
  bool needs_reason;
};

const std::vector<Step>& steps();
// The step `action` from `status`; throws Error::Conflict (Vietnamese) when it is not allowed.
const Step& step_for(std::string_view status, std::string_view action);
// True while the unit may still change its values (draft or returned).
bool editable(std::string_view status);
// Vietnamese label of a status.
const char* status_label(std::string_view status);

}  // namespace thidua::reports
