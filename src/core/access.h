// Roles and what each may do (phân quyền). A user's role applies to its unit's subtree; the
// subtree itself is computed by storage (it depends on the registry), the decision here.
#pragma once
#include <string_view>
#include <vector>

namespace thidua::access {

enum class Role { kAdmin, kOfficer, kReporter, kCouncil, kViewer };

// What a request wants to change. Reads need only scope.
enum class Resource { kUnits, kPeople, kUsers, kMovements, kReports, kScores, kCommendations };

struct RoleInfo {
  Role role;
  const char* code;
  const char* label;  // Vietnamese
};
const std::vector<RoleInfo>& roles();
bool parse_role(std::string_view code, Role& out);
const char* role_code(Role r);

// True when `role` may create or change `resource` inside its scope.
bool can_write(Role role, Resource resource);
// Verb phrase for a refusal message: "thay đổi đơn vị".
const char* resource_label(Resource r);

}  // namespace thidua::access
