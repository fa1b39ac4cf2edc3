// The organisation registry (đơn vị, cán bộ): kinds, validity and the rules a change must keep.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"

namespace thidua::org {

// Kinds of unit. Stored by code; labels are what the UI shows.
struct UnitKind {
  const char* code;
  const char* label;  // Vietnamese
};
const std::vector<UnitKind>& unit_kinds();
bool is_unit_kind(std::string_view code);

enum class UnitStatus { kActive, kDissolved, kMerged };
const char* status_code(UnitStatus s);

// A validity interval [from, to] in whole days; `to` absent while still in force.
struct Validity {
  Date from;
  std::optional<Date> to;
  bool contains(Date d) const { return from <= d && (!to || d <= *to); }
  // True when [inner] lies within this interval.
  bool covers(const Validity& inner) const;
};

// Person kinds and grassroots team roles (tổ trưởng / tổ phó / tổ viên).
bool is_person_kind(std::string_view code);  // officer | member | civilian
struct TeamRole {
  const char* code;
  const char* label;
};
const std::vector<TeamRole>& team_roles();
bool is_team_role(std::string_view code);
// Police ranks from lowest to highest (cấp bậc), for selection lists and validation.
const std::vector<std::string>& police_ranks();
bool is_police_rank(std::string_view rank);

// Rules (each throws thidua::Error::Invalid / Conflict with a Vietnamese message):
// a unit's name and code are present and of sane length;
void check_unit_fields(std::string_view name, std::string_view code);
// a child's validity lies within its parent's;
void check_within_parent(const Validity& child, const Validity& parent, std::string_view parent_name);
// moving `unit_id` under a parent whose ancestor chain (parent first) contains it is a cycle.
void check_no_cycle(int64_t unit_id, const std::vector<int64_t>& new_parent_chain);
// a reorganisation dated `date` must fall inside the unit's validity and after its start.
void check_event_date(const Validity& v, Date date, std::string_view unit_name);

}  // namespace thidua::org
