// What a movement, a phase, a registration deadline or a reporting period is *today*, by its
// dates and the reviews held: not started, current (which phase, how many days left), ended and
// awaiting its interim (sơ kết) or final review (tổng kết), reviewed. Nothing is "in progress"
// after its end date, whatever state was last recorded. Rules only, no I/O.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/emulation.h"

namespace thidua::emulation {

struct Lifecycle {
  // movement: draft | not_started | in_progress | awaiting_final_review | reviewed
  // phase:    not_started | current | awaiting_interim_review | reviewed | ended
  // window (registration, reporting): not_started | open | due | closed
  std::string code;
  std::string label;                 // Vietnamese, e.g. "Đang diễn ra: Đợt 2, còn 27 ngày"
  std::optional<int> phase_ordinal;  // the current phase (movement)
  std::optional<int> days_left;      // days after `day` until the end (0: the last day)
  std::optional<int> days_to_start;  // before the start
};

// A recorded lifecycle step (a transition) with its date.
struct Step {
  State to;
  Date date;
};

// The movement as of `day`. `steps` are its transitions, oldest first.
Lifecycle movement_lifecycle(State state, Date start, Date end, const std::vector<Phase>& phases,
                             const std::vector<Step>& steps, Date day);
// Each phase as of `day`: an ended phase is reviewed once an interim review is dated on or after
// its end (the last phase: the movement's final review).
std::vector<Lifecycle> phase_lifecycles(State state, const std::vector<Phase>& phases, const std::vector<Step>& steps,
                                        Date day);
// A registration period as of `day`: open until its deadline (days left), closed after it.
Lifecycle deadline_lifecycle(Date deadline, Date day);
// A reporting period [start, end] with an optional submission deadline: not ended yet
// ("đang diễn ra"), ended and due (before the deadline), closed (past the deadline).
Lifecycle reporting_lifecycle(Date start, Date end, std::optional<Date> deadline, Date day);

}  // namespace thidua::emulation
