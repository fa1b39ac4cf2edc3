// The path of a commendation proposal (hồ sơ đề nghị khen thưởng) through the levels and the
// council's secret ballot, as rules without I/O: which step may follow which, and what a ballot
// decides. Storage keeps the dossier and its steps; the API checks scope and audits.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace thidua::commendation {

// draft → submitted → received → checked → returned (→ submitted again) | forwarded to the next
// level (submitted there) | council → decided. A returned dossier goes back to its proposer.
// Consulting other bodies (hiệp y) is recorded at a level that has received the dossier and
// leaves its state as it is.
enum class Step { kSubmit, kReceive, kCheck, kConsult, kReturn, kForward, kToCouncil, kDecide };

// The state a step leads to from `state`; throws Error::Conflict with a Vietnamese message naming
// the state when the step is not allowed there.
std::string next_state(std::string_view state, Step step);
const char* state_label(std::string_view state);  // "Đã tiếp nhận"
const char* step_code(Step s);                     // "submit"

// A council's meeting has a quorum when at least two thirds of its members are present.
bool has_quorum(int present, int members);

// An item passes when the share of approvals among the members entitled to vote on it (present,
// not recused) reaches the form's approval share; none entitled → it does not pass.
bool passes(int approvals, int entitled, double approval_pct);

}  // namespace thidua::commendation
