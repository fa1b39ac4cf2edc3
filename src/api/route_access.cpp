// Access declarations of the routes (api/context.h): what each route reads or writes, who may
// call it and how its unit is found.
#include <nlohmann/json.hpp>

#include "api/context.h"

namespace thidua::api {

namespace {

std::vector<access::Role> all_roles() {
  std::vector<access::Role> out;
  for (const auto& r : access::roles()) out.push_back(r.role);
  return out;
}

std::vector<access::Role> writers(access::Resource res) {
  std::vector<access::Role> out;
  for (const auto& r : access::roles())
    if (access::can_write(r.role, res)) out.push_back(r.role);
  return out;
}

Access make(Access::Op op, Access::Unit unit, std::string field = {}, std::string owner = {}) {
  Access a;
  a.op = op;
  a.unit = unit;
  a.field = std::move(field);
  a.owner = std::move(owner);
  a.roles = all_roles();
  return a;
}

Access make_write(access::Resource r, Access::Unit unit, std::string field, std::string owner) {
  Access a = make(Access::Op::kWrite, unit, std::move(field), std::move(owner));
  a.resource = r;
  a.roles = writers(r);
  return a;
}

const char* op_code(Access::Op op) {
  switch (op) {
    case Access::Op::kAnonymous: return "anonymous";
    case Access::Op::kPublic: return "public";
    case Access::Op::kSelf: return "self";
    case Access::Op::kRead: return "read";
    case Access::Op::kWrite: return "write";
  }
  return "read";
}

const char* unit_code(Access::Unit u) {
  switch (u) {
    case Access::Unit::kNone: return "none";
    case Access::Unit::kList: return "list";
    case Access::Unit::kPath: return "path";
    case Access::Unit::kQuery: return "query";
    case Access::Unit::kBody: return "body";
    case Access::Unit::kOwner: return "owner";
    case Access::Unit::kBodyOwner: return "body_owner";
  }
  return "none";
}

const char* resource_code(access::Resource r) {
  switch (r) {
    case access::Resource::kUnits: return "units";
    case access::Resource::kPeople: return "people";
    case access::Resource::kUsers: return "users";
    case access::Resource::kMovements: return "movements";
    case access::Resource::kReports: return "reports";
    case access::Resource::kScores: return "scores";
    case access::Resource::kCommendations: return "commendations";
  }
  return "";
}

}  // namespace

Access Access::anonymous() { return make(Op::kAnonymous, Unit::kNone); }
Access Access::public_() { return make(Op::kPublic, Unit::kNone); }
Access Access::self() { return make(Op::kSelf, Unit::kNone); }
Access Access::root_admin() {
  Access a = make(Op::kRead, Unit::kNone);
  a.roles = {access::Role::kAdmin};
  a.root_only = true;
  return a;
}
Access Access::read_list() { return make(Op::kRead, Unit::kList); }
Access Access::read_unit_from_path(const char* param) { return make(Op::kRead, Unit::kPath, param, "unit"); }
Access Access::read_unit_from_query(const char* param) { return make(Op::kRead, Unit::kQuery, param, "unit"); }
Access Access::read_from_owner(const char* param, const char* owner) { return make(Op::kRead, Unit::kOwner, param, owner); }
Access Access::write_unit_from_path(access::Resource r, const char* param) {
  return make_write(r, Unit::kPath, param, "unit");
}
Access Access::write_unit_from_body(access::Resource r, const char* field) {
  return make_write(r, Unit::kBody, field, "unit");
}
Access Access::write_from_owner(access::Resource r, const char* param, const char* owner) {
  return make_write(r, Unit::kOwner, param, owner);
}
Access Access::write_from_body_owner(access::Resource r, const char* field, const char* owner) {
  return make_write(r, Unit::kBodyOwner, field, owner);
}

Access Access::tool(access::Resource r) { return make_write(r, Unit::kNone, "", ""); }
Access Access::tool_read(access::Resource r) {
  Access a = make_write(r, Unit::kNone, "", "");
  a.op = Op::kRead;
  return a;
}

Access Access::only(std::initializer_list<access::Role> allowed) const {
  Access a = *this;
  a.roles.clear();
  for (access::Role r : roles)
    for (access::Role x : allowed)
      if (r == x) a.roles.push_back(r);
  return a;
}

bool Access::allows(access::Role r) const {
  for (access::Role x : roles)
    if (x == r) return true;
  return false;
}

nlohmann::json Access::to_json() const {
  nlohmann::json j = {{"op", op_code(op)}, {"unit", unit_code(unit)}};
  if (!field.empty()) j["field"] = field;
  if (!owner.empty()) j["owner"] = owner;
  if (resource) j["resource"] = resource_code(*resource);
  nlohmann::json rs = nlohmann::json::array();
  for (access::Role r : roles) rs.push_back(access::role_code(r));
  j["roles"] = rs;
  if (root_only) j["root_only"] = true;
  return j;
}

}  // namespace thidua::api
