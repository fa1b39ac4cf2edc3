#include "api/bootstrap.h"

#include <nlohmann/json.hpp>

#include <map>

#include "api/auth.h"
#include "api/serialize.h"
#include "core/access.h"
#include "core/error.h"
#include "storage/accounts.h"
#include "storage/registry.h"

namespace thidua::api {

using storage::NewPosting;
using storage::NewUnit;
using storage::TxMode;

namespace {

Date d(const char* iso) { return *Date::parse_iso(iso); }

void system_audit(storage::Tx& tx, const std::string& action, const std::string& entity,
                  std::optional<int64_t> entity_id, std::optional<int64_t> unit_id, const nlohmann::json& after) {
  audit::Entry e;
  e.username = "system";
  e.address = "local";
  e.action = action;
  e.entity = entity;
  e.entity_id = entity_id;
  e.unit_id = unit_id;
  if (!after.is_null()) e.after_json = after.dump();
  storage::AuditLog(tx).append(std::move(e));
}

int64_t unit_by_code(storage::Tx& tx, const std::string& code) {
  auto r = tx.query("SELECT id FROM units WHERE code = $1", {code});
  if (r.empty()) throw Error::Invalid("Không có đơn vị mã " + code);
  return std::stoll(*r.rows[0][0]);
}

}  // namespace

std::string ensure_admin(storage::Database& db, const std::string& env_password) {
  auto tx = db.begin(TxMode::kWrite);
  storage::UserRepository users(*tx);
  if (users.count() > 0) return "";
  storage::UnitRepository units(*tx);
  int64_t root;
  auto r = tx->query("SELECT id FROM units WHERE code = 'BCA'");
  if (r.empty()) {
    storage::Unit u = units.create({"Bộ Công an", "ministry", "BCA", std::nullopt, d("1945-08-19"), std::nullopt});
    system_audit(*tx, "unit.create", "unit", u.id, u.id, to_json(u));
    root = u.id;
  } else {
    root = std::stoll(*r.rows[0][0]);
  }
  std::string password = env_password.empty() ? generate_password() : env_password;
  storage::User admin = users.create("admin", "Quản trị hệ thống", hash_password(password), "admin", root);
  system_audit(*tx, "user.create", "user", admin.id, root, to_json(admin));
  tx->commit();
  return env_password.empty() ? password : "";
}

void add_user(storage::Database& db, const std::string& username, const std::string& password,
              const std::string& role, const std::string& unit_code, const std::string& full_name) {
  access::Role r;
  if (!access::parse_role(role, r)) throw Error::Invalid("unknown role " + role);
  check_password_strength(password);
  std::string hash = hash_password(password);
  auto tx = db.begin(TxMode::kWrite);
  int64_t unit = unit_by_code(*tx, unit_code);
  storage::User u = storage::UserRepository(*tx).create(username, full_name, hash, role, unit);
  system_audit(*tx, "user.create", "user", u.id, unit, to_json(u));
  tx->commit();
}

std::vector<DemoUser> seed_demo(storage::Database& db, const std::string& demo_password) {
  std::vector<DemoUser> made;
  auto tx = db.begin(TxMode::kWrite);
  if (!tx->query("SELECT 1 FROM units WHERE code = 'CA-NA'").empty()) return made;  // already seeded
  storage::UnitRepository units(*tx);
  storage::PersonRepository people(*tx);
  std::map<std::string, int64_t> id;
  int64_t root = unit_by_code(*tx, "BCA");
  id["BCA"] = root;

  auto unit = [&](const char* code, const char* name, const char* kind, const char* parent, const char* from) {
    std::optional<int64_t> p;
    if (parent) p = id.at(parent);
    id[code] = units.create({name, kind, code, p, d(from), std::nullopt}).id;
  };

  // The Ministry's departments and the provincial police as they were before 1 July 2025.
  unit("C-X01", "Cục Công tác đảng và công tác chính trị", "department", "BCA", "2018-08-01");
  struct Province {
    const char* code;
    const char* name;
  };
  const Province provinces[] = {
      {"CA-NA", "Công an tỉnh Nghệ An"},   {"CA-TV", "Công an tỉnh Trà Vinh"},   {"CA-HY", "Công an tỉnh Hưng Yên"},
      {"CA-TB", "Công an tỉnh Thái Bình"}, {"CA-HNA", "Công an tỉnh Hà Nam"},    {"CA-ND", "Công an tỉnh Nam Định"},
      {"CA-HD", "Công an tỉnh Hải Dương"}, {"CA-QB", "Công an tỉnh Quảng Bình"}, {"CA-HP", "Công an thành phố Hải Phòng"},
      {"CA-NB", "Công an tỉnh Ninh Bình"}, {"CA-QT", "Công an tỉnh Quảng Trị"},  {"CA-VL", "Công an tỉnh Vĩnh Long"},
      {"CA-BT", "Công an tỉnh Bến Tre"},   {"CA-LA", "Công an tỉnh Long An"},    {"CA-TN", "Công an tỉnh Tây Ninh"},
  };
  for (const auto& p : provinces) unit(p.code, p.name, "provincial_police", "BCA", "1997-01-01");
  unit("CA-NA-PV01", "Phòng Tham mưu, Công an tỉnh Nghệ An", "division", "CA-NA", "2018-08-01");

  // People's Committees and councils that co-organise launches.
  unit("UBND-NA", "Ủy ban nhân dân tỉnh Nghệ An", "peoples_committee", nullptr, "1997-01-01");
  unit("HDND-NA", "Hội đồng nhân dân tỉnh Nghệ An", "other", nullptr, "1997-01-01");
  unit("UBND-HY", "Ủy ban nhân dân tỉnh Hưng Yên", "peoples_committee", nullptr, "1997-01-01");
  unit("UBND-TV", "Ủy ban nhân dân tỉnh Trà Vinh", "peoples_committee", nullptr, "1997-01-01");

  // Quảng Bình's district police, dissolved on 1 March 2025 when the district level ended.
  unit("CA-QB-DH", "Công an thành phố Đồng Hới", "district_police", "CA-QB", "2004-08-01");
  unit("CA-QB-QN", "Công an huyện Quảng Ninh", "district_police", "CA-QB", "2004-08-01");
  unit("CA-QB-BT", "Công an huyện Bố Trạch", "district_police", "CA-QB", "2004-08-01");
  unit("CA-QB-LT", "Công an huyện Lệ Thủy", "district_police", "CA-QB", "2004-08-01");

  // Vĩnh Thuận commune police (Vĩnh Hưng district, Long An) and its grassroots teams.
  unit("CA-LA-VH", "Công an huyện Vĩnh Hưng", "district_police", "CA-LA", "2004-08-01");
  unit("CA-LA-VH-VT", "Công an xã Vĩnh Thuận", "commune_police", "CA-LA-VH", "2020-01-01");
  unit("UBND-VT", "Ủy ban nhân dân xã Vĩnh Thuận", "peoples_committee", nullptr, "2004-08-01");
  const char* teams[] = {"ấp Thuận Bình", "ấp Thuận Tây", "ấp Thuận Đông", "ấp Cả Trốt", "ấp Sình Mới"};
  for (int i = 0; i < 5; ++i) {
    std::string code = "TBV-VT-" + std::to_string(i + 1);
    std::string name = std::string("Tổ bảo vệ an ninh, trật tự ") + teams[i];
    id[code] = units.create({name, "grassroots_team", code, id.at("CA-LA-VH-VT"), d("2024-07-01"), std::nullopt}).id;
  }

  // People named in the corpus, with rank and position as reported.
  auto person = [&](const char* name, const char* kind, const char* unit_code, std::optional<std::string> rank,
                    std::optional<std::string> position, const char* from) {
    return people.create(name, kind, std::nullopt,
                         NewPosting{id.at(unit_code), std::move(rank), std::move(position), std::nullopt, d(from)})
        .id;
  };
  person("Bùi Quang Thanh", "officer", "CA-NA", "Thiếu tướng", "Giám đốc Công an tỉnh", "2024-10-18");
  person("Nguyễn Văn Đệ", "civilian", "UBND-NA", std::nullopt, "Phó Chủ tịch UBND tỉnh", "2024-10-18");
  person("Nguyễn Như Khôi", "civilian", "HDND-NA", std::nullopt, "Phó Chủ tịch HĐND tỉnh", "2024-10-18");
  person("Kiên Rịnh", "officer", "CA-TV", "Thiếu tướng", "Phó Bí thư Đảng ủy, Phó Giám đốc Công an tỉnh", "2024-08-23");
  person("Lý Thanh Trung", "officer", "CA-TV", "Thiếu tá", "Trưởng Ban Thanh niên Công an tỉnh", "2024-08-23");
  person("Nguyễn Thanh Trường", "officer", "CA-HY", "Đại tá", "Giám đốc Công an tỉnh, Cụm trưởng Cụm thi đua số 5",
         "2024-03-19");
  person("Nguyễn Lê Huy", "civilian", "UBND-HY", std::nullopt, "Phó Chủ tịch Thường trực UBND tỉnh", "2024-03-19");

  // The grassroots teams' members (demo names): 19 members in 5 teams.
  const char* members[] = {"Trần Văn Bình",   "Lê Thị Hoa",     "Phạm Văn Đức",   "Võ Minh Tâm",  "Nguyễn Văn Út",
                           "Huỳnh Thị Lan",   "Đặng Văn Hùng",  "Trương Văn Lực", "Lâm Thị Thu",  "Phan Văn Sáu",
                           "Đỗ Minh Đạt",     "Ngô Văn Hải",    "Bùi Thị Mai",    "Dương Văn Tư", "Lý Văn Nhân",
                           "Châu Thị Ngọc",   "Hồ Văn Đông",    "Tạ Văn Khánh",   "Mai Văn Lộc"};
  int m = 0;
  for (int t = 0; t < 5; ++t) {
    int size = t < 4 ? 4 : 3;
    for (int k = 0; k < size; ++k, ++m) {
      const char* role = k == 0 ? "to_truong" : k == 1 ? "to_pho" : "to_vien";
      people.create(members[m], "member", std::nullopt,
                    NewPosting{id.at("TBV-VT-" + std::to_string(t + 1)), std::nullopt, std::nullopt, role,
                               d("2024-07-01")});
    }
  }

  // 1 March 2025: district police dissolved; communes come directly under the province.
  units.move(id.at("CA-LA-VH-VT"), id.at("CA-LA"), d("2025-03-01"), "Nghị quyết 12-NQ/TW; Đề án sắp xếp tổ chức bộ máy");
  for (const char* code : {"CA-QB-DH", "CA-QB-QN", "CA-QB-BT", "CA-QB-LT", "CA-LA-VH"})
    units.dissolve(id.at(code), d("2025-03-01"), "Kết thúc hoạt động Công an cấp huyện");

  // 1 July 2025: provinces merged (Resolution 202/2025/QH15).
  const char* kDoc = "Nghị quyết 202/2025/QH15";
  units.merge({id.at("CA-TB")}, id.at("CA-HY"), d("2025-07-01"), kDoc);
  units.merge({id.at("CA-HD")}, id.at("CA-HP"), d("2025-07-01"), kDoc);
  units.merge({id.at("CA-HNA"), id.at("CA-ND")}, id.at("CA-NB"), d("2025-07-01"), kDoc);
  units.merge({id.at("CA-QB")}, id.at("CA-QT"), d("2025-07-01"), kDoc);
  units.merge({id.at("CA-TV"), id.at("CA-BT")}, id.at("CA-VL"), d("2025-07-01"), kDoc);
  units.merge({id.at("CA-LA")}, id.at("CA-TN"), d("2025-07-01"), kDoc);

  // One demo user per role.
  const DemoUser demo[] = {
      {"canbo.bo", "officer", "BCA", ""},          {"canbo.nghean", "officer", "CA-NA", ""},
      {"baocao.nghean", "reporter", "CA-NA", ""},  {"baocao.travinh", "reporter", "CA-TV", ""},
      {"hoidong.bo", "council", "BCA", ""},        {"xem.hungyen", "viewer", "CA-HY", ""},
  };
  storage::UserRepository users(*tx);
  for (const auto& u : demo) {
    DemoUser out = u;
    out.password = demo_password.empty() ? generate_password() : demo_password;
    users.create(u.username, "", hash_password(out.password), u.role, id.at(u.unit_code));
    made.push_back(out);
  }
  system_audit(*tx, "demo.seed", "registry", std::nullopt, root,
               {{"units", id.size()}, {"users", made.size()}, {"people", 7 + 19}});
  tx->commit();
  return made;
}

}  // namespace thidua::api
