#include "core/org.h"

#include <algorithm>

#include "core/error.h"

namespace thidua::org {

const std::vector<UnitKind>& unit_kinds() {
  static const std::vector<UnitKind> kinds = {
      {"ministry", "Bộ"},
      {"department", "Cục / Vụ trực thuộc Bộ"},
      {"provincial_police", "Công an tỉnh, thành phố"},
      {"division", "Phòng"},
      {"district_police", "Công an huyện, quận, thị xã, thành phố thuộc tỉnh"},
      {"commune_police", "Công an xã, phường, đặc khu"},
      {"grassroots_team", "Tổ bảo vệ an ninh, trật tự cơ sở"},
      {"peoples_committee", "Ủy ban nhân dân"},
      {"other", "Khác"},
  };
  return kinds;
}

bool is_unit_kind(std::string_view code) {
  const auto& k = unit_kinds();
  return std::any_of(k.begin(), k.end(), [&](const UnitKind& u) { return code == u.code; });
}

const char* status_code(UnitStatus s) {
  switch (s) {
    case UnitStatus::kActive: return "active";
    case UnitStatus::kDissolved: return "dissolved";
    case UnitStatus::kMerged: return "merged";
  }
  return "active";
}

bool Validity::covers(const Validity& inner) const {
  if (inner.from < from) return false;
  if (!to) return true;
  return inner.to && *inner.to <= *to;
}

bool is_person_kind(std::string_view code) { return code == "officer" || code == "member" || code == "civilian"; }

const std::vector<TeamRole>& team_roles() {
  static const std::vector<TeamRole> roles = {
      {"to_truong", "Tổ trưởng"}, {"to_pho", "Tổ phó"}, {"to_vien", "Tổ viên"}};
  return roles;
}
bool is_team_role(std::string_view code) {
  const auto& r = team_roles();
  return std::any_of(r.begin(), r.end(), [&](const TeamRole& t) { return code == t.code; });
}

const std::vector<std::string>& police_ranks() {
  static const std::vector<std::string> ranks = {
      "Hạ sĩ",     "Trung sĩ",  "Thượng sĩ", "Thiếu úy",    "Trung úy",     "Thượng úy",   "Đại úy",
      "Thiếu tá",  "Trung tá",  "Thượng tá", "Đại tá",      "Thiếu tướng",  "Trung tướng", "Thượng tướng",
      "Đại tướng"};
  return ranks;
}
bool is_police_rank(std::string_view rank) {
  const auto& r = police_ranks();
  return std::find(r.begin(), r.end(), rank) != r.end();
}

void check_unit_fields(std::string_view name, std::string_view code) {
  if (name.empty()) throw Error::Invalid("Tên đơn vị không được để trống", "name");
  if (name.size() > 300) throw Error::Invalid("Tên đơn vị quá dài (tối đa 300 byte)", "name");
  if (code.empty()) throw Error::Invalid("Mã đơn vị không được để trống", "code");
  if (code.size() > 64) throw Error::Invalid("Mã đơn vị quá dài (tối đa 64 ký tự)", "code");
  for (char c : code) {
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
              c == '.';
    if (!ok) throw Error::Invalid("Mã đơn vị chỉ gồm chữ không dấu, số và - _ .", "code");
  }
}

void check_within_parent(const Validity& child, const Validity& parent, std::string_view parent_name) {
  if (child.to && *child.to < child.from)
    throw Error::Invalid("Ngày hết hiệu lực phải sau ngày bắt đầu", "valid_to");
  if (!parent.covers(child))
    throw Error::Invalid("Thời gian hiệu lực của đơn vị phải nằm trong thời gian hiệu lực của đơn vị cấp trên " +
                             std::string(parent_name) + " (" + parent.from.vn() + " – " +
                             (parent.to ? parent.to->vn() : std::string("nay")) + ")",
                         "valid_from");
}

void check_no_cycle(int64_t unit_id, const std::vector<int64_t>& new_parent_chain) {
  if (std::find(new_parent_chain.begin(), new_parent_chain.end(), unit_id) != new_parent_chain.end())
    throw Error::Invalid("Không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới của nó", "parent_id");
}

void check_event_date(const Validity& v, Date date, std::string_view unit_name) {
  if (date <= v.from || (v.to && date > *v.to))
    throw Error::Invalid("Ngày " + date.vn() + " nằm ngoài thời gian hiệu lực của " + std::string(unit_name), "date");
}

}  // namespace thidua::org
