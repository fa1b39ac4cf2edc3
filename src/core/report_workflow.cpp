#include "core/report_workflow.h"

#include "core/error.h"

namespace thidua::reports {

const std::vector<Step>& steps() {
  static const std::vector<Step> s = {
      {"submit", "draft", "submitted", Actor::kReportingUnit, false},
      {"submit", "returned", "submitted", Actor::kReportingUnit, false},
      {"return", "submitted", "returned", Actor::kReceivingLevel, true},
      {"accept", "submitted", "accepted", Actor::kReceivingLevel, false},
      {"return", "accepted", "returned", Actor::kReceivingLevel, true},
      {"lock", "accepted", "locked", Actor::kReceivingLevel, false},
  };
  return s;
}

const Step& step_for(std::string_view status, std::string_view action) {
  for (const Step& s : steps())
    if (s.action == action && s.from == status) return s;
  throw Error::Conflict(std::string("Không thể thực hiện \"") + std::string(action) + "\" với báo cáo đang ở trạng thái " +
                        status_label(status));
}

bool editable(std::string_view status) { return status == "draft" || status == "returned"; }

const char* status_label(std::string_view status) {
  if (status == "draft") return "Nháp";
  if (status == "submitted") return "Đã gửi";
  if (status == "returned") return "Bị trả lại";
  if (status == "accepted") return "Đã tiếp nhận";
  if (status == "locked") return "Đã khóa";
  return "không rõ";
}

}  // namespace thidua::reports
