#include "core/commendation_workflow.h"

#include "core/error.h"

namespace thidua::commendation {

const char* state_label(std::string_view s) {
  if (s == "draft") return "Dự thảo";
  if (s == "submitted") return "Đã gửi lên cấp trên";
  if (s == "received") return "Đã tiếp nhận";
  if (s == "checked") return "Đã thẩm định";
  if (s == "returned") return "Bị trả lại";
  if (s == "council") return "Trình Hội đồng";
  if (s == "decided") return "Đã có quyết định";
  return "Không rõ";
}

const char* step_code(Step s) {
  switch (s) {
    case Step::kSubmit: return "submit";
    case Step::kReceive: return "receive";
    case Step::kCheck: return "check";
    case Step::kConsult: return "consult";
    case Step::kReturn: return "return";
    case Step::kForward: return "forward";
    case Step::kToCouncil: return "to_council";
    case Step::kDecide: return "decide";
  }
  return "";
}

std::string next_state(std::string_view s, Step step) {
  auto refuse = [&](const char* what) -> std::string {
    throw Error::Conflict(std::string("Hồ sơ đang ở trạng thái \"") + state_label(s) + "\", không thể " + what);
  };
  switch (step) {
    case Step::kSubmit:
      if (s == "draft" || s == "returned") return "submitted";
      return refuse("gửi lên");
    case Step::kReceive:
      if (s == "submitted") return "received";
      return refuse("tiếp nhận");
    case Step::kCheck:
      if (s == "received" || s == "checked") return "checked";
      return refuse("thẩm định");
    case Step::kConsult:
      if (s == "received" || s == "checked") return std::string(s);
      return refuse("ghi ý kiến hiệp y");
    case Step::kReturn:
      if (s == "submitted" || s == "received" || s == "checked" || s == "council") return "returned";
      return refuse("trả lại");
    case Step::kForward:
      if (s == "checked") return "submitted";
      return refuse("chuyển lên cấp trên (cần thẩm định trước)");
    case Step::kToCouncil:
      if (s == "checked") return "council";
      return refuse("trình Hội đồng (cần thẩm định trước)");
    case Step::kDecide:
      if (s == "council") return "decided";
      return refuse("ra quyết định");
  }
  return refuse("thực hiện bước này");
}

bool has_quorum(int present, int members) { return members > 0 && present * 3 >= members * 2; }

bool passes(int approvals, int entitled, double approval_pct) {
  if (entitled <= 0) return false;
  return approvals * 100.0 >= approval_pct * entitled - 1e-9;
}

}  // namespace thidua::commendation
