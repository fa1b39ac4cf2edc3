#include "api/bootstrap.h"

#include <nlohmann/json.hpp>

#include <map>

#include "api/auth.h"
#include "api/data_files.h"
#include "api/demo_world.h"
#include "api/serialize.h"
#include "core/access.h"
#include "core/error.h"
#include "scoring/indicator.h"
#include "storage/accounts.h"
#include "storage/emulation.h"
#include "storage/registry.h"

namespace thidua::api {

using storage::NewPosting;
using storage::NewUnit;
using storage::TxMode;

namespace {

Date d(const char* iso) { return *Date::parse_iso(iso); }

int64_t unit_by_code(storage::Tx& tx, const std::string& code) {
  auto r = tx.query("SELECT id FROM units WHERE code = $1", {code});
  if (r.empty()) throw Error::Invalid("Không có đơn vị mã " + code);
  return std::stoll(*r.rows[0][0]);
}


int64_t person_by_name(storage::Tx& tx, const std::string& name) {
  auto r = tx.query("SELECT id FROM persons WHERE full_name = $1 ORDER BY id LIMIT 1", {name});
  if (r.empty()) throw Error::Invalid("Không có người tên " + name);
  return std::stoll(*r.rows[0][0]);
}

emulation::Commitment target(const nlohmann::json& j) { return emulation::parse_commitment(j, "demo"); }

// The launch side of emulation as the corpus reports it: Nghệ An's special movement for the
// grassroots force with its two phases, Trà Vinh's special movement (and its plan for the
// grassroots force under it), the Ministry's Cluster No. 5 for 2024 with its rules and an
// unsigned pledge carrying Trà Vinh-style targets, and a registration deadline. With `world`,
// Trà Vinh's movement has its three phases (the living world builds on these).
DemoLaunches seed_emulation_demo(storage::Tx& tx, const std::map<std::string, int64_t>& id, bool world) {
  using nlohmann::json;
  storage::MovementRepository movements(tx);
  Date today = Date::today_vn();
  auto launch = [&](int64_t m, const char* launched, const char* under_way) {
    movements.transition(m, emulation::State::kLaunched, d(launched), std::nullopt, std::nullopt, "system", today);
    return movements.transition(m, emulation::State::kUnderWay, d(under_way), std::nullopt, std::nullopt, "system",
                                today);
  };

  storage::MovementFields na;
  na.kind = "special";
  na.name = "Phong trào thi đua đặc biệt trong lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở";
  na.organiser_ids = {id.at("UBND-NA"), id.at("CA-NA")};
  na.theme = "Lực lượng mới, khí thế mới, thi đua bảo đảm ANTT ở cơ sở trong tình hình mới";
  na.scope_text = "Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở trên địa bàn tỉnh Nghệ An";
  na.start = d("2024-10-18");
  na.end = d("2025-08-19");
  na.launch_date = d("2024-10-18");
  na.launch_place = "TP Vinh, Nghệ An";
  na.chairs = {{person_by_name(tx, "Nguyễn Văn Đệ"), "", "Phó Chủ tịch UBND tỉnh"},
               {person_by_name(tx, "Bùi Quang Thanh"), "", "Giám đốc Công an tỉnh"}};
  na.phases = {
      {1, d("2024-10-18"), d("2025-02-03"),
       "Thi đua lập thành tích chào mừng kỷ niệm 95 năm ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2025)",
       "Hỗ trợ lực lượng Công an cấp xã hoàn thành vượt mức các chỉ tiêu công tác năm 2024 và thực hiện hiệu quả đợt "
       "cao điểm tấn công trấn áp tội phạm, bảo đảm ANTT dịp Tết Nguyên đán Ất Tỵ năm 2025"},
      {2, d("2025-02-04"), d("2025-08-19"),
       "Thi đua lập thành tích chào mừng kỷ niệm 80 năm Cách mạng tháng Tám thành công (19/8/1945 - 19/8/2025) và "
       "Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (2/9/1945 - 2/9/2025) và 20 năm Ngày hội toàn dân bảo vệ "
       "ANTQ (19/8/2005 - 19/8/2025)",
       "Tham gia bảo đảm ANTT và tham gia các hoạt động chào mừng Đại hội Đảng các cấp, tiến tới Đại hội đại biểu toàn "
       "quốc lần thứ XIV của Đảng; các hoạt động kỷ niệm các ngày lễ lớn của đất nước, của lực lượng Công an nhân dân"}};
  storage::Movement m_na = movements.create(na, std::nullopt);
  m_na = launch(m_na.id, "2024-10-18", "2024-10-18");
  system_audit(tx, "movement.create", "movement", m_na.id, m_na.owner_unit_id, {{"name", m_na.f.name}, {"state", m_na.state}});

  std::vector<emulation::Commitment> tra_vinh_targets = {
      target({{"kind", "change"}, {"indicator", "toi_pham_ttxh"}, {"direction", "decrease"}, {"value", 7}, {"unit", "%"},
              {"baseline", "previous_year"}, {"text", "Kéo giảm ít nhất 07% số vụ phạm tội về trật tự xã hội so với năm trước"}}),
      target({{"kind", "change"}, {"indicator", "vu_viec_tam_dinh_chi"}, {"direction", "decrease"}, {"value", 10},
              {"unit", "%"}, {"baseline", "previous_year"}, {"text", "Giảm 10% số lượng các vụ, việc tạm đình chỉ so với năm trước"}}),
      target({{"kind", "rate"}, {"indicator", "ty_le_xu_ly_tin_bao"}, {"direction", "at_least"}, {"value", 100},
              {"text", "Tiếp nhận, xử lý 100% tin báo, tố giác tội phạm, kiến nghị khởi tố"}}),
      target({{"kind", "rate"}, {"indicator", "ty_le_giai_quyet_tin_bao"}, {"direction", "above"}, {"value", 95},
              {"text", "Tỷ lệ giải quyết tin báo, tố giác tội phạm, kiến nghị khởi tố đạt trên 95%"}}),
      target({{"kind", "rate"}, {"indicator", "ty_le_kham_pha"}, {"direction", "above"}, {"value", 80},
              {"text", "Tỷ lệ điều tra khám phá án đạt trên 80%"}}),
      target({{"kind", "rate"}, {"indicator", "ty_le_kham_pha_rnt_dbnt"}, {"direction", "above"}, {"value", 95},
              {"text", "Án rất nghiêm trọng và đặc biệt nghiêm trọng đạt trên 95%"}}),
      target({{"kind", "composite"},
              {"text", "Giảm tai nạn giao thông cả 03 tiêu chí"},
              {"all_of", json::array({{{"kind", "change"}, {"indicator", "tngt_so_vu"}, {"direction", "decrease"}},
                                      {{"kind", "change"}, {"indicator", "tngt_nguoi_chet"}, {"direction", "decrease"}},
                                      {{"kind", "change"}, {"indicator", "tngt_nguoi_bi_thuong"}, {"direction", "decrease"}}})}}),
      target({{"kind", "change"}, {"indicator", "chay_dbnt"}, {"direction", "decrease"},
              {"text", "Giảm các vụ cháy, nổ đặc biệt nghiêm trọng"}}),
      target({{"kind", "qualitative"},
              {"text", "Bảo đảm tuyệt đối an toàn đại hội đảng bộ các cấp, tiến tới Đại hội XIV của Đảng"}}),
  };

  storage::MovementFields tv;
  tv.kind = "special";
  tv.name = "Phong trào thi đua đặc biệt chào mừng kỷ niệm 80 năm Ngày truyền thống Công an nhân dân Việt Nam "
            "(19/8/1945 - 19/8/2025), 20 năm Ngày hội toàn dân bảo vệ an ninh Tổ quốc (19/8/2005 - 19/8/2025)";
  tv.organiser_ids = {id.at("CA-TV")};
  tv.theme = "Xây dựng lực lượng Công an nhân dân thật sự trong sạch, vững mạnh, chính quy, tinh nhuệ, hiện đại";
  tv.motto = "Phát huy truyền thống, rèn cán, lập công, vì nước, vì dân, quên thân phục vụ";
  tv.scope_text = "Cán bộ, chiến sĩ Công an toàn tỉnh Trà Vinh";
  tv.start = d("2024-08-19");
  tv.end = d("2025-08-19");
  tv.launch_date = d("2024-08-23");
  tv.launch_place = "Công an tỉnh Trà Vinh, trực tuyến đến các điểm cầu công an huyện, thị xã, thành phố";
  tv.chairs = {{person_by_name(tx, "Kiên Rịnh"), "", ""}};
  tv.targets = tra_vinh_targets;
  if (world)
    tv.phases = {
        {1, d("2024-08-19"), d("2025-02-03"),
         "Thi đua lập thành tích chào mừng 79 năm Ngày truyền thống Công an nhân dân và 95 năm Ngày thành lập Đảng Cộng "
         "sản Việt Nam (3/2/1930 - 3/2/2025)",
         "Cao điểm tấn công, trấn áp tội phạm, bảo đảm an ninh, trật tự dịp Tết Nguyên đán Ất Tỵ 2025"},
        {2, d("2025-02-04"), d("2025-04-30"),
         "Thi đua lập thành tích chào mừng 50 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025)",
         "Bảo đảm tuyệt đối an toàn đại hội đảng bộ các cấp và các sự kiện chính trị"},
        {3, d("2025-05-01"), d("2025-08-19"),
         "Thi đua lập thành tích chào mừng 80 năm Ngày truyền thống Công an nhân dân (19/8/1945 - 19/8/2025) và 20 năm "
         "Ngày hội toàn dân bảo vệ an ninh Tổ quốc",
         "Hoàn thành vượt mức các chỉ tiêu; nhân rộng điển hình tiên tiến"}};
  storage::Movement m_tv = movements.create(tv, std::nullopt);
  m_tv = launch(m_tv.id, "2024-08-23", "2024-08-23");
  system_audit(tx, "movement.create", "movement", m_tv.id, m_tv.owner_unit_id, {{"name", m_tv.f.name}, {"state", m_tv.state}});

  storage::MovementFields tvg;
  tvg.kind = "special";
  tvg.name = "Phong trào thi đua đặc biệt trong lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở tỉnh Trà Vinh";
  tvg.organiser_ids = {id.at("CA-TV")};
  tvg.parent_id = m_tv.id;
  tvg.theme = "Lực lượng mới, khí thế mới, thi đua bảo đảm an ninh, trật tự ở cơ sở trong tình hình mới";
  tvg.scope_text = "Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở trên địa bàn tỉnh Trà Vinh";
  tvg.start = d("2024-08-19");
  tvg.end = d("2025-08-19");
  tvg.launch_date = d("2024-08-23");
  tvg.content_areas = {
      "Hỗ trợ công an cấp xã nắm tình hình an ninh, trật tự",
      "Hỗ trợ xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc",
      "Hỗ trợ công an cấp xã phòng cháy, chữa cháy và cứu nạn, cứu hộ",
      "Thực hiện tốt nhiệm vụ quản lý hành chính về trật tự xã hội",
      "Vận động, giáo dục, cảm hóa người có hành vi vi phạm pháp luật đang cư trú tại địa bàn",
      "Tuần tra bảo đảm an ninh, trật tự, an toàn giao thông",
      "Xây dựng, phát huy, nhân rộng những hình ảnh đẹp của lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở"};
  storage::Movement m_tvg = movements.create(tvg, std::nullopt);
  m_tvg = launch(m_tvg.id, "2024-08-23", "2024-08-23");
  system_audit(tx, "movement.create", "movement", m_tvg.id, m_tvg.owner_unit_id, {{"name", m_tvg.f.name}, {"state", m_tvg.state}});

  storage::GroupRepository groups(tx);
  storage::YearSetup y2024;
  y2024.year = 2024;
  y2024.member_ids = {id.at("CA-HY"), id.at("CA-TB"), id.at("CA-HNA"), id.at("CA-ND"), id.at("CA-HD")};
  y2024.leader = emulation::Leadership{id.at("CA-HY"), "assigned", d("2024-03-19"), std::nullopt};
  y2024.deputy = emulation::Leadership{id.at("CA-TB"), "assigned", d("2024-03-19"), std::nullopt};
  storage::Group c5 = groups.create("Cụm thi đua số 5", "cluster", id.at("BCA"), y2024);
  groups.add_document(c5.id, 2024, "operating_rules", "Quy chế hoạt động của Cụm thi đua số 5", std::nullopt,
                      d("2024-03-19"));
  c5 = groups.add_document(c5.id, 2024, "plan", "Kế hoạch triển khai phong trào thi đua \"Vì an ninh Tổ quốc\" năm 2024",
                           std::nullopt, d("2024-03-19"));
  system_audit(tx, "group.create", "group", c5.id, id.at("BCA"), {{"name", c5.name}, {"year", 2024}});

  storage::NewPledge np;
  np.group_id = c5.id;
  np.year = 2024;
  np.title = "Giao ước thi đua \"Vì an ninh Tổ quốc\" năm 2024 của Cụm thi đua số 5";
  np.commitments = tra_vinh_targets;
  storage::Pledge pledge = storage::PledgeRepository(tx).create(np, std::nullopt);
  system_audit(tx, "pledge.create", "pledge", pledge.id, id.at("BCA"), {{"title", pledge.title}, {"version", 1}});

  auto period = storage::RegistrationRepository(tx).create_period(2025, id.at("BCA"), std::nullopt, d("2025-01-31"));
  system_audit(tx, "registration_period.create", "registration_period", period.id, id.at("BCA"),
               {{"year", 2025}, {"deadline", "2025-01-31"}});
  DemoLaunches out;
  out.nghe_an_movement = m_na.id;
  out.tra_vinh_movement = m_tv.id;
  out.tra_vinh_grassroots_movement = m_tvg.id;
  out.cluster5_group = c5.id;
  out.cluster5_pledge = pledge.id;
  return out;
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

DemoTarget check_demo_target(storage::Database& db) {
  auto tx = db.begin(TxMode::kRead);
  if (!tx->query("SELECT 1 FROM audit_log WHERE action = 'demo.seed'").empty()) return DemoTarget::kSeeded;
  int64_t units = std::stoll(*tx->query("SELECT COUNT(*) FROM units").rows[0][0]);
  int64_t users = std::stoll(*tx->query("SELECT COUNT(*) FROM users").rows[0][0]);
  int64_t people = std::stoll(*tx->query("SELECT COUNT(*) FROM persons").rows[0][0]);
  if (units > 1 || users > 1 || people > 0)
    throw Error::Invalid("--demo: the database already holds data (" + std::to_string(units) + " units, " +
                         std::to_string(users) + " users, " + std::to_string(people) +
                         " people) and no demo; the demo is seeded only into an empty database. Nothing was changed.");
  return DemoTarget::kEmpty;
}

void check_demo_password(const std::string& demo_password) {
  if (demo_password.empty()) return;
  try {
    check_password_strength(demo_password);
  } catch (const Error& e) {
    throw Error::Invalid(std::string("THIDUA_DEMO_PASSWORD is too weak (") + e.what() +
                         "): choose one of at least 10 characters, or leave it unset to have passwords generated");
  }
}

std::vector<DemoUser> seed_demo(storage::Database& db, const std::string& demo_password, DemoScope scope) {
  std::vector<DemoUser> made;
  check_demo_password(demo_password);
  auto tx = db.begin(TxMode::kWrite);
  if (!tx->query("SELECT 1 FROM units WHERE code = 'CA-NA'").empty()) return made;  // already seeded
  bool world = scope == DemoScope::kWorld;
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
  std::vector<DemoUser> all(std::begin(demo), std::end(demo));
  if (world) {
    all.push_back({"canbo.hungyen", "officer", "CA-HY", ""});
    all.push_back({"canbo.vinhthuan", "officer", "CA-LA-VH-VT", ""});
    all.push_back({"hoidong.hungyen", "council", "CA-HY", ""});  // sits on Hưng Yên's council (the demo's 2024 titles)
  }
  storage::UserRepository users(*tx);
  for (const auto& u : all) {
    DemoUser out = u;
    out.password = demo_password.empty() ? generate_password() : demo_password;
    users.create(u.username, "", hash_password(out.password), u.role, id.at(u.unit_code));
    made.push_back(out);
  }
  DemoLaunches launches = seed_emulation_demo(*tx, id, world);
  if (world) {
    auto indicators = scoring::IndicatorCatalogue::from_json(nlohmann::json::parse(embedded_data("indicators.json")));
    seed_demo_world(*tx, id, launches, indicators);
  }
  system_audit(*tx, "demo.seed", "registry", std::nullopt, root,
               {{"units", id.size()}, {"users", made.size()}, {"people", 7 + 19}});
  tx->commit();
  return made;
}

}  // namespace thidua::api
