// Emulation movements (phong trào thi đua), their phases and lifecycle, and emulation groups
// (cụm / khối thi đua) with their yearly leadership. Rules only, no I/O: storage checks these
// before it writes, and every refusal is a thidua::Error with a Vietnamese message.
// Targets and pledge commitments live in emulation_targets.h; the commendation titles that units
// register for live in emulation_titles.h.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/org.h"

namespace thidua::emulation {

// A code stored in the database with the label the UI shows.
struct Coded {
  const char* code;
  const char* label;  // Vietnamese
};

// ---- movements ----

// regular (thường xuyên), thematic (chuyên đề), special (đặc biệt).
const std::vector<Coded>& movement_kinds();
bool is_movement_kind(std::string_view code);

// The lifecycle: draft → launched (phát động) → under_way (triển khai) → interim_reviewed
// (sơ kết) → closed (tổng kết). After an interim review the work goes on (back to under_way,
// e.g. the next phase) until the final review closes it.
enum class State { kDraft, kLaunched, kUnderWay, kInterimReviewed, kClosed };
const std::vector<Coded>& movement_states();  // in lifecycle order
bool parse_state(std::string_view code, State& out);
const char* state_code(State s);
const char* state_label(State s);
// The states reachable from `from` in one step (the transition table, kept as data).
std::vector<State> next_states(State from);

// A transition's context: the movement's period and the date of the last transition.
struct TransitionContext {
  Date start, end;
  std::optional<Date> last_transition;
  Date today;
};
// Throws Conflict when `to` is not reachable from `from`, Invalid when `date` does not fit:
// not in the future, not before the previous transition; an interim review inside the period,
// going under way or closing not before the start.
void check_transition(State from, State to, Date date, const TransitionContext& ctx);

// Whether the movement's fields may still change. Draft: everything. Launched and later: the
// period and phases only with a stated reason (kept in the audit record), never its kind or
// organisers. Closed: nothing (Conflict).
enum class Change { kText, kPeriod, kStructure };
void check_editable(State s, Change what, bool has_reason);

// A movement's period: start ≤ end, at most ten years.
void check_period(Date start, Date end, std::string_view field = "start");
// A lower level's movement lies within its parent movement's period.
void check_within_parent(Date start, Date end, Date parent_start, Date parent_end, std::string_view parent_name);

// A phase (đợt thi đua).
struct Phase {
  int ordinal = 0;
  Date start, end;
  std::string title, focus;
};
// Phases are numbered 1..n in date order, each inside [start, end], none overlapping another;
// each has a title. Throws Invalid naming the field ("phases[2].start") and the clash.
void check_phases(Date start, Date end, const std::vector<Phase>& phases);
// The phase running on `day` (index into `phases`), if any.
std::optional<size_t> current_phase(const std::vector<Phase>& phases, Date day);
// "not_started" | "in_progress" | "ended" for the movement's period on `day`.
const char* period_status(Date start, Date end, Date day);

// Content areas (nội dung thi đua): an ordered list of non-empty texts.
void check_content_areas(const std::vector<std::string>& areas);

// A chair of the launch event: a person in the registry or a name as written, with a position.
struct Chair {
  std::optional<int64_t> person_id;
  std::string name, position;
};
void check_chairs(const std::vector<Chair>& chairs);

// Organisers: a police unit (which owns the movement and must be in the creator's scope) and
// optionally civil bodies co-organising with it (a People's Committee, a People's Council).
bool is_civil_body(std::string_view unit_kind);

// Texts of a movement: name required, theme/motto/scope text bounded.
void check_movement_texts(std::string_view name, std::string_view theme, std::string_view motto,
                          std::string_view scope_text);

// ---- emulation groups (cụm / khối thi đua) ----

const std::vector<Coded>& group_kinds();  // cluster (cụm), block (khối)
bool is_group_kind(std::string_view code);
// How a leader or deputy got the post: assigned by the higher level, or elected by the group.
const std::vector<Coded>& selection_methods();
bool is_selection_method(std::string_view code);
// Kinds of documents a group adopts at the start of the year.
const std::vector<Coded>& group_document_kinds();
bool is_group_document_kind(std::string_view code);

// Years the product keeps groups, pledges and registrations for.
void check_year(int64_t year, std::string_view field = "year");
// The first and last day of a year.
Date year_start(int year);
Date year_end(int year);
// True when the validity interval shares at least one day with the year.
bool valid_during(const org::Validity& v, int year);

// A leader (cụm trưởng / khối trưởng) or deputy (cụm phó / khối phó) of a group-year.
struct Leadership {
  int64_t unit_id = 0;
  std::string method;  // assigned | elected
  Date date;
  std::optional<std::string> document;
};
// The leader and the deputy are members of that year and two different units; each is chosen
// with a known method, dated in that year or the year before (elected at the previous year-end).
// `member_ids` are the year's members; `name_of` names a unit for the message.
void check_leadership(int year, const std::vector<int64_t>& member_ids, const std::optional<Leadership>& leader,
                      const std::optional<Leadership>& deputy, const std::string& leader_name,
                      const std::string& deputy_name);
// A group has 2..100 distinct members.
void check_members(const std::vector<int64_t>& member_ids);

// ---- pledges (giao ước thi đua) ----

// A pledge with at least one signature is frozen (Conflict: make a new version).
void check_pledge_editable(int64_t signature_count, bool latest);
// A signature: signer name present, position bounded, dated not in the future and in the
// pledge's year or the year before (`year` absent for a movement's pledge).
void check_signature(std::string_view signer_name, std::string_view signer_position, Date date, Date today,
                     std::optional<int> year);

}  // namespace thidua::emulation
