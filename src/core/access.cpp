#include "core/access.h"

namespace thidua::access {

const std::vector<RoleInfo>& roles() {
  static const std::vector<RoleInfo> r = {
      {Role::kAdmin, "admin", "Quản trị"},
      {Role::kOfficer, "officer", "Cán bộ thi đua"},
      {Role::kReporter, "reporter", "Báo cáo viên"},
      {Role::kCouncil, "council", "Hội đồng thi đua – khen thưởng"},
      {Role::kViewer, "viewer", "Xem"},
  };
  return r;
}

bool parse_role(std::string_view code, Role& out) {
  for (const auto& r : roles())
    if (code == r.code) {
      out = r.role;
      return true;
    }
  return false;
}

const char* role_code(Role r) {
  for (const auto& i : roles())
    if (i.role == r) return i.code;
  return "viewer";
}

bool can_write(Role role, Resource resource) {
  // The grant table: one row a role. Kept as data so a reader sees it at a glance.
  struct Grant {
    Role role;
    std::vector<Resource> writes;
  };
  static const std::vector<Grant> grants = {
      {Role::kAdmin,
       {Resource::kUnits, Resource::kPeople, Resource::kUsers, Resource::kMovements, Resource::kReports,
        Resource::kScores, Resource::kCommendations}},
      {Role::kOfficer,
       {Resource::kUnits, Resource::kPeople, Resource::kMovements, Resource::kReports, Resource::kScores,
        Resource::kCommendations}},
      {Role::kReporter, {Resource::kReports, Resource::kScores}},
      {Role::kCouncil, {Resource::kCommendations}},
      {Role::kViewer, {}},
  };
  for (const auto& g : grants)
    if (g.role == role)
      for (Resource r : g.writes)
        if (r == resource) return true;
  return false;
}

const char* resource_label(Resource r) {
  switch (r) {
    case Resource::kUnits: return "thay đổi đơn vị";
    case Resource::kPeople: return "thay đổi hồ sơ cán bộ, tổ viên";
    case Resource::kUsers: return "quản lý người dùng";
    case Resource::kMovements: return "thay đổi phong trào thi đua";
    case Resource::kReports: return "nhập báo cáo";
    case Resource::kScores: return "chấm điểm";
    case Resource::kCommendations: return "xử lý khen thưởng";
  }
  return "thay đổi";
}

}  // namespace thidua::access
