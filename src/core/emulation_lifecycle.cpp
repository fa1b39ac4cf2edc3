#include "core/emulation_lifecycle.h"

namespace thidua::emulation {

namespace {

std::string days_text(int n) { return n == 0 ? "hôm nay là ngày cuối" : "còn " + std::to_string(n) + " ngày"; }

// The last interim review dated on or after `d`, if any.
bool reviewed_since(const std::vector<Step>& steps, Date d) {
  for (const auto& s : steps)
    if (s.to == State::kInterimReviewed && s.date >= d) return true;
  return false;
}

}  // namespace

Lifecycle movement_lifecycle(State state, Date start, Date end, const std::vector<Phase>& phases,
                             const std::vector<Step>& steps, Date day) {
  Lifecycle l;
  if (state == State::kClosed) {
    l.code = "reviewed";
    l.label = "Đã tổng kết";
    for (const auto& s : steps)
      if (s.to == State::kClosed) l.label += " (" + s.date.vn() + ")";
    return l;
  }
  if (state == State::kDraft) {
    l.code = "draft";
    l.label = day > end ? "Dự thảo, chưa phát động (đã quá thời gian " + end.vn() + ")" : "Dự thảo, chưa phát động";
    return l;
  }
  if (day < start) {
    l.code = "not_started";
    l.days_to_start = start.days() - day.days();
    l.label = "Chưa bắt đầu (bắt đầu " + start.vn() + ", còn " + std::to_string(*l.days_to_start) + " ngày)";
    return l;
  }
  if (day > end) {
    l.code = "awaiting_final_review";
    l.label = "Đã kết thúc " + end.vn() + ", chờ tổng kết";
    return l;
  }
  l.code = "in_progress";
  if (auto cur = current_phase(phases, day)) {
    const Phase& p = phases[*cur];
    l.phase_ordinal = p.ordinal;
    l.days_left = p.end.days() - day.days();
    l.label = "Đang diễn ra: Đợt " + std::to_string(p.ordinal) + ", " + days_text(*l.days_left);
    if (p.end < end) l.label += " của đợt";
    return l;
  }
  l.days_left = end.days() - day.days();
  // Between phases: say which one ended and whether its interim review is held.
  const Phase* last_ended = nullptr;
  for (const auto& p : phases)
    if (p.end < day) last_ended = &p;
  if (last_ended && !reviewed_since(steps, last_ended->end))
    l.label = "Đợt " + std::to_string(last_ended->ordinal) + " đã kết thúc, chờ sơ kết; phong trào " + days_text(*l.days_left);
  else
    l.label = "Đang diễn ra, " + days_text(*l.days_left);
  return l;
}

std::vector<Lifecycle> phase_lifecycles(State state, const std::vector<Phase>& phases, const std::vector<Step>& steps,
                                        Date day) {
  std::vector<Lifecycle> out;
  for (size_t i = 0; i < phases.size(); ++i) {
    const Phase& p = phases[i];
    Lifecycle l;
    if (day < p.start) {
      l.code = "not_started";
      l.days_to_start = p.start.days() - day.days();
      l.label = "Chưa bắt đầu, còn " + std::to_string(*l.days_to_start) + " ngày";
    } else if (day <= p.end) {
      l.code = "current";
      l.phase_ordinal = p.ordinal;
      l.days_left = p.end.days() - day.days();
      l.label = "Đang diễn ra, " + days_text(*l.days_left);
    } else if (i + 1 == phases.size()) {
      bool closed = state == State::kClosed;
      l.code = closed ? "reviewed" : "awaiting_final_review";
      l.label = closed ? "Đã kết thúc, đã tổng kết" : "Đã kết thúc, chờ tổng kết";
    } else if (reviewed_since(steps, p.end) || state == State::kClosed) {
      l.code = "reviewed";
      l.label = "Đã kết thúc, đã sơ kết";
    } else {
      l.code = "awaiting_interim_review";
      l.label = "Đã kết thúc, chờ sơ kết";
    }
    out.push_back(std::move(l));
  }
  return out;
}

Lifecycle deadline_lifecycle(Date deadline, Date day) {
  Lifecycle l;
  if (day <= deadline) {
    l.code = "open";
    l.days_left = deadline.days() - day.days();
    l.label = "Đang nhận đăng ký, " + days_text(*l.days_left) + " (hạn " + deadline.vn() + ")";
  } else {
    l.code = "closed";
    l.label = "Đã hết hạn đăng ký (" + deadline.vn() + ")";
  }
  return l;
}

Lifecycle reporting_lifecycle(Date start, Date end, std::optional<Date> deadline, Date day) {
  Lifecycle l;
  if (day < start) {
    l.code = "not_started";
    l.days_to_start = start.days() - day.days();
    l.label = "Chưa đến kỳ (bắt đầu " + start.vn() + ")";
  } else if (day <= end) {
    l.code = "open";
    l.days_left = end.days() - day.days();
    l.label = "Kỳ đang diễn ra, " + days_text(*l.days_left) + "; chưa nhận báo cáo";
  } else if (deadline && day <= *deadline) {
    l.code = "due";
    l.days_left = deadline->days() - day.days();
    l.label = "Đến hạn nộp báo cáo " + deadline->vn() + " (" + days_text(*l.days_left) + ")";
  } else {
    l.code = "closed";
    l.label = deadline ? "Đã quá hạn nộp (" + deadline->vn() + ")" : "Kỳ đã kết thúc";
  }
  return l;
}

}  // namespace thidua::emulation
