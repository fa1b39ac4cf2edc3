#include "api/demo_world.h"

#include <cmath>
#include <functional>
#include <initializer_list>
#include <set>

#include "api/commendation.h"
#include "api/data_files.h"
#include "api/score_board.h"
#include "api/teams.h"
#include "core/audit.h"
#include "core/emulation.h"
#include "core/emulation_titles.h"
#include "core/error.h"
#include "scoring/assessment_for.h"
#include "scoring/compiled_scheme.h"
#include "scoring/indicator.h"
#include "scoring/period.h"
#include "scoring/scheme.h"
#include "storage/accounts.h"
#include "storage/commendation_examples.h"
#include "storage/commendation_records.h"
#include "storage/commendation_proposals.h"
#include "storage/emulation.h"
#include "storage/registry.h"
#include "storage/reports.h"
#include "storage/scoring_store.h"

namespace thidua::api {

using nlohmann::json;

void system_audit(storage::Tx& tx, const std::string& action, const std::string& entity,
                  std::optional<int64_t> entity_id, std::optional<int64_t> unit_id, const json& after) {
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

namespace {

Date d(const char* iso) { return *Date::parse_iso(iso); }
Date ymd(int y, int m, int dd) { return *Date::from_ymd(y, m, dd); }

// The indicators a unit must report for a scheme: every indicator it names, ratios through their
// numerator and denominator, totals through their parts; derived or system indicators are not
// reported.
std::vector<std::string> reported_codes(const json& scheme, const scoring::IndicatorCatalogue& cat) {
  std::set<std::string> out;
  std::function<void(const std::string&)> add = [&](const std::string& code) {
    const scoring::Indicator* ind = cat.find(code);
    if (!ind) return;
    if (ind->reported()) out.insert(code);
    else if (ind->kind == scoring::IndicatorKind::kTotal)
      for (const auto& p : ind->parts) add(p);
    else if (ind->kind == scoring::IndicatorKind::kRatio) {
      add(ind->numerator);
      add(ind->denominator);
    }
  };
  std::function<void(const json&)> walk = [&](const json& j) {
    if (j.is_object()) {
      for (auto it = j.begin(); it != j.end(); ++it) {
        if (it.key() == "indicator" && it->is_string()) add(it->get<std::string>());
        else walk(*it);
      }
    } else if (j.is_array()) {
      for (const auto& x : j) walk(x);
    }
  };
  walk(scheme);
  return {out.begin(), out.end()};
}

using scoring::assessment_for;

// How a unit did in a year, as its monthly reports show it.
struct Profile {
  double crimes = 40;           // social-order crimes a month the year before
  double crime_change = -0.08;  // this year against the year before
  double cleared = 0.85;        // clearance rate
  int rnt_missed_month = 0;     // a month with a very serious case not cleared (0: none)
  double processed = 1.0, resolved = 0.96;
  double suspended_change = -0.1;
  double accidents_change = -0.05, deaths_change = -0.05, injuries_change = -0.05;
  int fire_month = 0;           // a very serious fire that month (0: none)
  int incident_month = 0;       // an incident let happen by surprise
  int models = 3;               // new movement models in the year
  double tips_change = 0.12;    // tips from the grassroots teams
  int disciplined = 0;          // officers disciplined in the year
  // Grassroots teams.
  double patrols = 5, support = 1.5;
  int educated = 2;
};

// Province or team `seed`'s values for one month: every code in `codes`, the comparison year
// (`current` false) or the scored year, varying by month.
json month_values(const std::vector<std::string>& codes, const Profile& p, int seed, int month, bool current,
                  const scoring::IndicatorCatalogue& cat) {
  double season = 1.0 + 0.12 * std::sin(month * 0.9 + seed);
  auto scaled = [&](double base, double change) {
    return static_cast<int64_t>(std::llround(base * season * (current ? 1.0 + change : 1.0)));
  };
  auto spread = [&](int total, int m) {  // `total` events over the year, one a month from March on
    return (current && total > 0 && m >= 3 && (m - 3) % std::max(1, 10 / total) == 0 && (m - 3) / std::max(1, 10 / total) < total) ? 1 : 0;
  };
  json v = json::object();
  int64_t crimes = scaled(p.crimes, p.crime_change);
  int64_t received = scaled(p.crimes * 2.2, p.crime_change);
  int64_t rnt = 1 + (month + seed) % 3;
  for (const auto& code : codes) {
    int64_t x = 0;
    if (code == "toi_pham_ttxh") x = crimes;
    else if (code == "toi_pham_ttxh_kham_pha") x = std::llround(crimes * (current ? p.cleared : 0.83));
    else if (code == "an_rnt_dbnt") x = rnt;
    else if (code == "an_rnt_dbnt_kham_pha") x = rnt - (current && month == p.rnt_missed_month ? 1 : 0);
    else if (code == "tin_bao_tiep_nhan") x = received;
    else if (code == "tin_bao_da_xu_ly") x = std::llround(received * (current ? p.processed : 1.0));
    else if (code == "tin_bao_giai_quyet") x = std::llround(received * (current ? p.resolved : 0.95));
    else if (code == "vu_viec_tam_dinh_chi") x = scaled(p.crimes * 0.15, p.suspended_change);
    else if (code == "tngt_so_vu") x = scaled(p.crimes * 0.4, p.accidents_change);
    else if (code == "tngt_nguoi_chet") x = scaled(p.crimes * 0.2, p.deaths_change);
    else if (code == "tngt_nguoi_bi_thuong") x = scaled(p.crimes * 0.33, p.injuries_change);
    else if (code == "chay_dbnt") x = current && month == p.fire_month ? 1 : 0;
    else if (code == "su_viec_phuc_tap_antt") x = current && month == p.incident_month ? 1 : 0;
    else if (code == "mo_hinh_phong_trao_moi") x = spread(p.models, month);
    else if (code == "tin_bao_to_bao_ve") x = scaled(p.crimes * 0.5, p.tips_change);
    else if (code == "can_bo_vi_pham_ky_luat") x = current && p.disciplined > 0 && month % 12 == (seed % 3) + 4 ? p.disciplined : 0;
    else if (code == "tuan_tra") x = std::llround(p.patrols * season);
    else if (code == "ho_tro_cong_an_xa") x = std::llround(p.support * season);
    else if (code == "nguoi_vi_pham_duoc_giao_duc") x = current && month <= p.educated * 3 && month % 3 == 0 ? 1 : 0;
    else x = (month + seed) % 4;  // an indicator this world does not know yet: a small plausible count
    const scoring::Indicator* ind = cat.find(code);
    if (ind && ind->kind == scoring::IndicatorKind::kSum) v[code] = static_cast<double>(x);
    else v[code] = x;
  }
  return v;
}

storage::StoredPeriod month_period(int year, int month) {
  scoring::Period p = scoring::Period::month(year, month);
  std::string key = std::string(scoring::period_kind_name(p.kind())) + ":" + p.start().iso() + ".." + p.end().iso();
  return {key, p.to_json().dump(), p.start(), p.end()};
}

// Writes one monthly report through the repository and takes it along the workflow to `status`
// (draft, submitted or accepted); `submitted_on` decides lateness against the deadline.
class Reporter {
 public:
  Reporter(storage::Tx& tx, const scoring::IndicatorCatalogue& cat) : tx_(tx), cat_(cat), repo_(tx) {}
  void deadline(int64_t organiser, int year, int month, Date deadline) {
    repo_.set_deadline(organiser, month_period(year, month), deadline);
  }
  void report(int64_t unit, int year, int month, const json& values, const std::string& status, Date submitted_on,
              const std::string& narrative = {}) {
    std::string stored = scoring::IndicatorValues::from_json(cat_, values).to_json().dump();
    storage::Report r = repo_.create(unit, month_period(year, month), stored, narrative, actor_);
    if (status != "draft") repo_.set_status(r.id, "submitted", std::nullopt, actor_, submitted_on);
    if (status == "accepted") repo_.set_status(r.id, "accepted", std::nullopt, actor_, submitted_on.add_days(3));
    ++count_;
  }
  int count() const { return count_; }

 private:
  storage::Tx& tx_;
  const scoring::IndicatorCatalogue& cat_;
  storage::ReportRepository repo_;
  storage::Actor actor_{std::nullopt, "system"};
  int count_ = 0;
};

json load_example(const char* name) {
  std::string_view text = embedded_data(name);
  if (text.empty()) throw Error(ErrorCode::kInternal, std::string(name) + " is missing from the build");
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded()) throw Error(ErrorCode::kInternal, std::string(name) + " is not valid JSON");
  return j;
}

int64_t store_scheme(storage::Tx& tx, const scoring::IndicatorCatalogue& cat, const json& scheme, int64_t unit) {
  scoring::ScoringScheme s = scoring::ScoringScheme::from_json(scheme, cat);
  scoring::CompiledScheme check(s, cat);
  auto stored = storage::ScoringStore(tx).add_scheme(s.id, s.version, s.name, s.to_json().dump(), "system", unit);
  system_audit(tx, "scheme.create", "scoring_scheme", stored.id, unit, {{"code", s.id}, {"version", s.version}, {"name", s.name}});
  return stored.id;
}

bool has_criterion(const json& scheme, const std::string& id, double* max_points) {
  bool found = false;
  std::function<void(const json&)> walk = [&](const json& node) {
    if (node.value("id", "") == id && !node.contains("criteria")) {
      found = true;
      *max_points = node.value("max_points", 0.0);
    }
    if (node.contains("criteria"))
      for (const auto& c : node["criteria"]) walk(c);
  };
  for (const auto& s : scheme["sections"]) walk(s);
  return found;
}

// ---- Cluster No. 5 ----

struct Member {
  const char* code;
  Profile p;
  std::set<std::string> not_met_self, not_met_cross;
  std::map<std::string, int> counts_self, counts_cross;
  int late_months;  // months of 2024 reported after the deadline
};

void seed_cluster5(storage::Tx& tx, std::map<std::string, int64_t>& id, const DemoLaunches& l,
                   const scoring::IndicatorCatalogue& cat, Reporter& rep) {
  json scheme = load_example("examples/cluster5-2024-scheme.json");
  int64_t scheme_id = store_scheme(tx, cat, scheme, id.at("BCA"));
  storage::ScoringStore store(tx);
  storage::GroupRepository groups(tx);
  auto gy = store.group_year(l.cluster5_group, 2024);
  store.bind_scheme(gy.id, scheme_id);
  system_audit(tx, "group_year.scheme", "group_year", gy.id, id.at("BCA"), {{"scheme_id", scheme_id}});
  groups.add_document(l.cluster5_group, 2024, "scoring_regulation", scheme.value("name", "Quy định chấm điểm"),
                      std::nullopt, d("2024-03-19"));
  groups.add_document(l.cluster5_group, 2024, "report_outline",
                      "Đề cương hướng dẫn báo cáo sơ kết, tổng kết phong trào thi đua \"Vì an ninh Tổ quốc\" năm 2024",
                      std::nullopt, d("2024-03-19"));

  // The pledge, signed by the five at the conference of 19/3/2024.
  storage::PledgeRepository pledges(tx);
  Date today = Date::today_vn();
  for (const char* code : {"CA-HY", "CA-TB", "CA-HNA", "CA-ND", "CA-HD"}) {
    std::string unit_name = storage::UnitRepository(tx).get(id.at(code)).name;
    storage::SignatureInput s;
    s.unit_id = id.at(code);
    s.date = d("2024-03-19");
    if (std::string(code) == "CA-HY") {
      auto found = tx.query("SELECT id FROM persons WHERE full_name = $1", {std::string("Nguyễn Thanh Trường")});
      if (!found.empty()) s.signer_person_id = std::stoll(*found.rows[0][0]);
      s.signer_name = "Nguyễn Thanh Trường";
      s.signer_position = "Đại tá, Giám đốc Công an tỉnh, Cụm trưởng";
    } else {
      s.signer_name = "Đại diện lãnh đạo " + unit_name;
      s.signer_position = "Phó Giám đốc";
    }
    pledges.sign(l.cluster5_pledge, s, std::nullopt, today);
  }
  system_audit(tx, "pledge.sign", "pledge", l.cluster5_pledge, id.at("BCA"), {{"signed", 5}});

  // The year's reports: figures that differ member by member, so that every classification shows.
  auto member = [](const char* code, Profile p, std::set<std::string> not_met_self, std::set<std::string> not_met_cross,
                   std::map<std::string, int> counts_self, std::map<std::string, int> counts_cross, int late) {
    Member m;
    m.code = code;
    m.p = p;
    m.not_met_self = std::move(not_met_self);
    m.not_met_cross = std::move(not_met_cross);
    m.counts_self = std::move(counts_self);
    m.counts_cross = std::move(counts_cross);
    m.late_months = late;
    return m;
  };
  std::vector<Member> members;
  members.push_back(member("CA-HY", Profile{48, -0.11, 0.87, 0, 1.0, 0.975, -0.15, -0.08, -0.06, -0.05, 0, 0, 4, 0.14, 0},
                           {}, {}, {{"co_thi_dua_bo", 1}, {"chuyen_an_duoc_bo_khen", 2}},
                           {{"co_thi_dua_bo", 1}, {"chuyen_an_duoc_bo_khen", 1}}, 0));
  members.push_back(member("CA-TB", Profile{40, -0.05, 0.82, 0, 1.0, 0.96, -0.06, -0.04, -0.03, 0.02, 0, 0, 3, 0.06, 1},
                           {}, {}, {{"bao_cao_dung_han", 2}}, {{"bao_cao_dung_han", 2}}, 2));
  members.push_back(member("CA-HNA", Profile{30, -0.08, 0.81, 0, 1.0, 0.955, -0.11, -0.05, -0.02, -0.03, 0, 0, 2, 0.10, 2},
                           {}, {}, {{"bao_cao_dung_han", 1}}, {{"bao_cao_dung_han", 1}, {"anh_huong_uy_tin", 1}}, 1));
  members.push_back(member("CA-ND", Profile{55, -0.03, 0.79, 0, 1.0, 0.94, -0.03, -0.02, -0.04, -0.02, 0, 0, 2, 0.03, 1},
                           {}, {}, {{"bao_cao_dung_han", 3}}, {{"bao_cao_dung_han", 3}}, 3));
  // Hải Dương: a good year, with two monthly reports sent late (no disqualifying event in 2024;
  // the demo's disqualification is Quảng Bình's Lệ Thủy district in 2020).
  members.push_back(member("CA-HD", Profile{62, -0.09, 0.84, 0, 1.0, 0.965, -0.12, -0.06, -0.04, -0.04, 0, 0, 3, 0.11, 0},
                           {}, {}, {{"bao_cao_dung_han", 1}}, {{"bao_cao_dung_han", 2}}, 2));

  std::vector<std::string> codes = reported_codes(scheme, cat);
  for (int m = 1; m <= 12; ++m) {
    rep.deadline(id.at("BCA"), 2023, m, ymd(m == 12 ? 2024 : 2023, m == 12 ? 1 : m + 1, 5));
    rep.deadline(id.at("BCA"), 2024, m, ymd(m == 12 ? 2025 : 2024, m == 12 ? 1 : m + 1, 5));
  }
  for (size_t i = 0; i < members.size(); ++i) {
    const Member& mb = members[i];
    for (int year : {2023, 2024})
      for (int m = 1; m <= 12; ++m) {
        Date due = ymd(m == 12 ? year + 1 : year, m == 12 ? 1 : m + 1, 5);
        bool late = year == 2024 && m > 12 - mb.late_months;  // the year-end months sent late
        rep.report(id.at(mb.code), year, m, month_values(codes, mb.p, static_cast<int>(i), m, year == 2024, cat),
                   "accepted", late ? due.add_days(6) : due.add_days(-2));
      }
  }

  // Self-scores, cross-scores the leader assigned (each scores the next), the leader's moderation.
  for (size_t i = 0; i < members.size(); ++i) {
    const Member& mb = members[i];
    store.put_sheet(gy.id, {id.at(mb.code), id.at(mb.code), "self",
                            assessment_for(scheme, mb.not_met_self, mb.counts_self).dump(), "system", ""});
  }
  for (size_t i = 0; i < members.size(); ++i) {
    const Member& mb = members[i];
    int64_t scorer = id.at(members[(i + members.size() - 1) % members.size()].code);
    store.assign(gy.id, id.at(mb.code), scorer);
    store.put_sheet(gy.id, {id.at(mb.code), scorer, "cross",
                            assessment_for(scheme, mb.not_met_cross, mb.counts_cross).dump(), "system", ""});
  }
  double max_points = 0;
  if (has_criterion(scheme, "phat_dong_so_tong_ket", &max_points) && max_points >= 3)
    store.add_moderation(gy.id, {id.at("CA-TB"), "phat_dong_so_tong_ket",
                                 "Sơ kết 6 tháng tổ chức chậm hơn kế hoạch của Cụm (biên bản kiểm tra chéo ngày 05/12/2024)",
                                 "system", "", max_points - 2, std::optional<bool>(false)});
  system_audit(tx, "score.demo", "group_year", gy.id, id.at("BCA"),
               {{"self", members.size()}, {"cross", members.size()}, {"moderations", 1}});

  // 2026, under way: Hưng Yên (with Thái Bình merged in), Hải Phòng (with Hải Dương), Ninh Bình
  // (with Hà Nam, Nam Định). Reports up to November; some late, some awaiting review.
  storage::YearSetup y26;
  y26.year = 2026;
  y26.member_ids = {id.at("CA-HY"), id.at("CA-HP"), id.at("CA-NB")};
  y26.leader = emulation::Leadership{id.at("CA-HY"), "elected", d("2025-12-20"), std::string("Biên bản Hội nghị tổng kết Cụm năm 2025")};
  y26.deputy = emulation::Leadership{id.at("CA-HP"), "elected", d("2025-12-20"), std::string("Biên bản Hội nghị tổng kết Cụm năm 2025")};
  groups.add_year(l.cluster5_group, y26);
  auto gy26 = store.group_year(l.cluster5_group, 2026);
  const char* live[] = {"CA-HY", "CA-HP", "CA-NB"};
  Profile lp[3] = {members[0].p, members[4].p, members[3].p};
  for (int m = 1; m <= 12; ++m) rep.deadline(id.at("BCA"), 2026, m, ymd(m == 12 ? 2027 : 2026, m == 12 ? 1 : m + 1, 5));
  for (int i = 0; i < 3; ++i)
    for (int m = 1; m <= 11; ++m) {
      Date due = ymd(2026, m + 1, 5);
      std::string status = "accepted";
      if (m == 11) status = i == 0 ? "submitted" : i == 1 ? "draft" : "";
      if (m == 10 && i == 0) status = "submitted";
      if (m == 10 && i == 2) status = "";  // Ninh Bình has not sent October: late
      if (status.empty()) continue;
      rep.report(id.at(live[i]), 2026, m, month_values(codes, lp[i], i, m, true, cat), status,
                 m == 10 && i == 0 ? due.add_days(9) : due.add_days(-1));
    }
  // The Ministry's other provinces and departments report to it too; Nghệ An's November is due.
  for (const char* code : {"CA-NA", "CA-QT", "CA-VL", "CA-TN", "C-X01"})
    for (int m = 1; m <= 11; ++m) {
      if (m == 11 && std::string(code) == "CA-NA") continue;
      Profile p = members[1].p;
      p.crimes = std::string(code) == "C-X01" ? 2 : 45;
      rep.report(id.at(code), 2026, m, month_values(codes, p, 20 + m, m, true, cat), "accepted", ymd(2026, m + 1, 4));
    }
  // The leader's assignments for the year-end check, not done yet.
  store.assign(gy26.id, id.at("CA-HY"), id.at("CA-NB"));
  store.assign(gy26.id, id.at("CA-HP"), id.at("CA-HY"));
  store.assign(gy26.id, id.at("CA-NB"), id.at("CA-HP"));
  store.link_movement(gy26.id, std::nullopt);
}

// ---- Quảng Bình's district police, 2020 ----

void seed_quang_binh(storage::Tx& tx, std::map<std::string, int64_t>& id, const scoring::IndicatorCatalogue& cat,
                     const std::vector<emulation::Commitment>& targets, Reporter& rep) {
  storage::GroupRepository groups(tx);
  storage::YearSetup y;
  y.year = 2020;
  y.member_ids = {id.at("CA-QB-QN"), id.at("CA-QB-DH"), id.at("CA-QB-BT"), id.at("CA-QB-LT")};
  y.leader = emulation::Leadership{id.at("CA-QB-QN"), "assigned", d("2020-01-10"), std::string("Quyết định của Giám đốc Công an tỉnh")};
  y.deputy = emulation::Leadership{id.at("CA-QB-DH"), "assigned", d("2020-01-10"), std::string("Quyết định của Giám đốc Công an tỉnh")};
  storage::Group g = groups.create("Khối thi đua Công an các huyện, thành phố", "block", id.at("CA-QB"), y);
  groups.add_document(g.id, 2020, "operating_rules", "Quy chế hoạt động của Khối thi đua Công an các huyện, thành phố năm 2020",
                      std::nullopt, d("2020-02-14"));
  groups.add_document(g.id, 2020, "report_outline",
                      "Đề cương hướng dẫn báo cáo sơ kết, tổng kết phong trào thi đua \"Vì an ninh Tổ quốc\" năm 2020",
                      std::nullopt, d("2020-02-14"));
  system_audit(tx, "group.create", "group", g.id, id.at("CA-QB"), {{"name", g.name}, {"year", 2020}});

  json scheme = load_example("examples/cluster5-2024-scheme.json");
  scheme["id"] = "khoi-ca-huyen-quang-binh-2020";
  scheme["version"] = 1;
  scheme["name"] = "Quy định chấm điểm thi đua năm 2020 — Khối thi đua Công an các huyện, thành phố, Công an tỉnh Quảng Bình";
  scheme["scope"] = {{"group", "khoi-thi-dua-cong-an-cac-huyen-thanh-pho"}, {"year", 2020}};
  scheme["valid_from"] = "2019-12-15";
  scheme["valid_to"] = "2020-12-14";
  int64_t scheme_id = store_scheme(tx, cat, scheme, id.at("CA-QB"));
  storage::ScoringStore store(tx);
  auto gy = store.group_year(g.id, 2020);
  store.bind_scheme(gy.id, scheme_id);
  groups.add_document(g.id, 2020, "scoring_regulation", scheme["name"].get<std::string>(), std::nullopt, d("2020-02-14"));

  storage::NewPledge np;
  np.group_id = g.id;
  np.year = 2020;
  np.title = "Giao ước thi đua \"Vì an ninh Tổ quốc\" năm 2020 của Khối thi đua Công an các huyện, thành phố";
  np.commitments = targets;
  storage::PledgeRepository pledges(tx);
  storage::Pledge pledge = pledges.create(np, std::nullopt);
  for (int64_t u : y.member_ids) {
    storage::SignatureInput s;
    s.unit_id = u;
    s.signer_name = "Trưởng " + storage::UnitRepository(tx).get(u).name;
    s.signer_position = "Trưởng Công an";
    s.date = d("2020-02-14");
    pledges.sign(pledge.id, s, std::nullopt, Date::today_vn());
  }
  system_audit(tx, "pledge.create", "pledge", pledge.id, id.at("CA-QB"), {{"title", pledge.title}, {"signed", 4}});

  std::vector<std::string> codes = reported_codes(scheme, cat);
  Profile profiles[4] = {
      Profile{14, -0.12, 0.90, 0, 1.0, 0.97, -0.2, -0.1, -0.1, -0.1, 0, 0, 3, 0.2, 0},
      Profile{22, -0.07, 0.86, 0, 1.0, 0.965, -0.1, -0.05, -0.08, -0.02, 0, 0, 3, 0.1, 0},
      Profile{18, 0.03, 0.74, 6, 0.99, 0.90, 0.05, 0.03, -0.05, -0.02, 0, 0, 1, -0.05, 1},
      Profile{16, 0.06, 0.76, 5, 0.99, 0.92, 0.05, 0.02, 0.03, 0.05, 0, 0, 1, 0.0, 1},
  };
  for (size_t i = 0; i < y.member_ids.size(); ++i) {
    for (int year : {2019, 2020})
      for (int m = 1; m <= 12; ++m)
        rep.report(y.member_ids[i], year, m, month_values(codes, profiles[i], static_cast<int>(i) + 5, m, year == 2020, cat),
                   "accepted", ymd(m == 12 ? year + 1 : year, m == 12 ? 1 : m + 1, 3));
    store.put_sheet(gy.id, {y.member_ids[i], y.member_ids[i], "self", assessment_for(scheme, {}, {}).dump(), "system", ""});
  }
  // Lệ Thủy scored itself as having kept the district's Party congress of 2020 safe; the block's
  // leader found otherwise at the year-end check: the disqualifying criterion (điểm liệt) is not
  // met, so the district is rated at the lowest level whatever its points.
  double max_points = 0;
  if (has_criterion(scheme, "an_toan_dai_hoi", &max_points))
    store.add_moderation(gy.id, {id.at("CA-QB-LT"), "an_toan_dai_hoi",
                                 "Để xảy ra vụ tụ tập đông người gây mất an ninh, trật tự trong thời gian diễn ra Đại hội Đảng bộ "
                                 "huyện Lệ Thủy nhiệm kỳ 2020–2025 (biên bản kiểm tra của Khối ngày 10/12/2020)",
                                 "system", "", 0, std::optional<bool>(false)});
}

// ---- Vĩnh Thuận's grassroots teams ----

void seed_vinh_thuan(storage::Tx& tx, std::map<std::string, int64_t>& id, const scoring::IndicatorCatalogue& cat,
                     Reporter& rep) {
  storage::PersonRepository people(tx);
  int64_t khang = people.create("Lê Minh Khang", "officer", std::nullopt,
                                {id.at("CA-LA-VH-VT"), std::string("Thượng úy"), std::string("Trưởng Công an xã"), std::nullopt,
                                 d("2023-06-01")})
                      .id;
  int64_t tu = people.create("Trần Văn Tư", "civilian", std::nullopt,
                             {id.at("UBND-VT"), std::nullopt, std::string("Chủ tịch UBND xã"), std::nullopt, d("2021-07-01")})
                   .id;
  storage::MovementRepository movements(tx);
  Date today = Date::today_vn();
  std::vector<int64_t> teams;
  for (int i = 1; i <= 5; ++i) teams.push_back(id.at("TBV-VT-" + std::to_string(i)));
  const std::vector<std::string> areas = {
      "Hỗ trợ Công an xã nắm tình hình an ninh, trật tự",
      "Hỗ trợ xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc",
      "Hỗ trợ Công an xã phòng cháy, chữa cháy và cứu nạn, cứu hộ",
      "Thực hiện tốt nhiệm vụ quản lý hành chính về trật tự xã hội",
      "Vận động, giáo dục, cảm hóa người có hành vi vi phạm pháp luật đang cư trú tại địa bàn",
      "Tuần tra bảo đảm an ninh, trật tự, an toàn giao thông",
      "Xây dựng, phát huy, nhân rộng những hình ảnh đẹp của lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở"};

  // The launch of 5/7/2024, when the five teams were set up: closed at the year's review.
  storage::MovementFields first;
  first.kind = "thematic";
  first.name = "Phong trào thi đua \"Toàn dân bảo vệ an ninh Tổ quốc\" trong lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở xã Vĩnh Thuận năm 2024";
  first.organiser_ids = {id.at("CA-LA-VH-VT"), id.at("UBND-VT")};
  first.motto = "Bám cơ sở, sát dân, vì bình yên thôn xóm";
  first.scope_unit_ids = teams;
  first.scope_text = "05 Tổ bảo vệ an ninh, trật tự với 19 thành viên, phụ trách 05 ấp";
  first.start = d("2024-07-05");
  first.end = d("2024-12-31");
  first.launch_date = d("2024-07-05");
  first.launch_place = "Hội trường UBND xã Vĩnh Thuận";
  first.chairs = {{tu, "", "Chủ tịch UBND xã"}, {khang, "", "Thượng úy, Trưởng Công an xã"}};
  first.content_areas = areas;
  first.targets = {emulation::parse_commitment({{"kind", "qualitative"}, {"text", "100% Tổ bảo vệ ANTT ở cơ sở được kiện toàn, hoạt động hiệu quả"}}, "demo"),
                   emulation::parse_commitment({{"kind", "qualitative"}, {"text", "Không để xảy ra tụ điểm phức tạp về ma túy"}}, "demo")};
  storage::Movement m1 = movements.create(first, std::nullopt);
  movements.transition(m1.id, emulation::State::kLaunched, d("2024-07-05"), std::nullopt, std::nullopt, "system", today);
  movements.transition(m1.id, emulation::State::kUnderWay, d("2024-07-05"), std::nullopt, std::nullopt, "system", today);
  movements.transition(m1.id, emulation::State::kClosed, d("2025-01-10"), std::string("Hội nghị tổng kết năm 2024"),
                       std::nullopt, "system", today);
  system_audit(tx, "movement.create", "movement", m1.id, id.at("CA-LA-VH-VT"), {{"name", first.name}, {"state", "closed"}});

  // 2026: the special movement for the teams, two phases, under way today.
  storage::MovementFields f;
  f.kind = "special";
  f.name = "Phong trào thi đua đặc biệt \"Lực lượng mới, khí thế mới\" của các Tổ bảo vệ an ninh, trật tự xã Vĩnh Thuận năm 2026";
  f.organiser_ids = {id.at("CA-LA-VH-VT"), id.at("UBND-VT")};
  f.theme = "Lực lượng mới, khí thế mới, thi đua bảo đảm an ninh, trật tự ở cơ sở trong tình hình mới";
  f.motto = "Bám cơ sở, sát dân, vì bình yên thôn xóm";
  f.scope_unit_ids = teams;
  f.scope_text = "05 Tổ bảo vệ an ninh, trật tự với 19 thành viên của xã Vĩnh Thuận";
  f.start = d("2026-01-01");
  f.end = d("2026-12-31");
  f.launch_date = d("2026-01-05");
  f.launch_place = "Hội trường UBND xã Vĩnh Thuận";
  f.chairs = {{tu, "", "Chủ tịch UBND xã"}, {khang, "", "Thượng úy, Trưởng Công an xã"}};
  f.content_areas = areas;
  f.phases = {{1, d("2026-01-01"), d("2026-06-30"),
               "Thi đua lập thành tích chào mừng thành công Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và cuộc bầu cử "
               "đại biểu Quốc hội khóa XVI, đại biểu Hội đồng nhân dân các cấp",
               "Nắm chắc tình hình, tuần tra bảo đảm an ninh, trật tự dịp Tết Nguyên đán Bính Ngọ và bầu cử"},
              {2, d("2026-07-01"), d("2026-12-31"),
               "Thi đua lập thành tích chào mừng 81 năm Ngày truyền thống Công an nhân dân (19/8/1945 - 19/8/2026) và "
               "21 năm Ngày hội toàn dân bảo vệ an ninh Tổ quốc",
               "Hỗ trợ Công an xã vận động, giáo dục người vi phạm; tuần tra dịp cuối năm"}};
  f.targets = {emulation::parse_commitment({{"kind", "change"}, {"indicator", "tin_bao_to_bao_ve"}, {"direction", "increase"},
                                            {"value", 10}, {"unit", "%"}, {"baseline", "previous_year"},
                                            {"text", "Tăng ít nhất 10% tin báo có giá trị so với năm 2025"}}, "demo"),
               emulation::parse_commitment({{"kind", "count"}, {"indicator", "su_viec_phuc_tap_antt"}, {"direction", "at_most"},
                                            {"value", 0}, {"text", "Không để xảy ra vụ việc phức tạp về an ninh, trật tự bị động, bất ngờ"}}, "demo")};
  storage::Movement m = movements.create(f, std::nullopt);
  movements.transition(m.id, emulation::State::kLaunched, d("2026-01-05"), std::nullopt, std::nullopt, "system", today);
  movements.transition(m.id, emulation::State::kUnderWay, d("2026-01-05"), std::nullopt, std::nullopt, "system", today);
  movements.transition(m.id, emulation::State::kInterimReviewed, d("2026-07-08"), std::string("Sơ kết đợt 1"), std::nullopt,
                       "system", today);
  movements.transition(m.id, emulation::State::kUnderWay, d("2026-07-08"), std::nullopt, std::nullopt, "system", today);
  system_audit(tx, "movement.create", "movement", m.id, id.at("CA-LA-VH-VT"), {{"name", f.name}, {"state", "under_way"}});

  // The block of the five teams, from the shipped template, in one step (as the API does it).
  std::vector<SchemeTemplate> templates = load_scheme_templates(cat);
  const SchemeTemplate* tpl = nullptr;
  for (const auto& t : templates)
    if (t.code == "to-bao-ve-antt") tpl = &t;
  if (!tpl) throw Error(ErrorCode::kInternal, "data/scheme-templates/to-bao-ve-antt.json is missing from the build");
  TeamBlock block = create_team_block(tx, cat, *tpl, id.at("CA-LA-VH-VT"), 2026, std::nullopt, teams[0], teams[2], "system");
  storage::ScoringStore store(tx);
  store.link_movement(block.group_year_id, m.id);
  system_audit(tx, "team_block.create", "group", block.group_id, id.at("CA-LA-VH-VT"),
               {{"year", 2026}, {"scheme_id", block.scheme_id}, {"teams", block.team_ids.size()}});

  json scheme = tpl->scheme;
  std::vector<std::string> codes = reported_codes(scheme, cat);
  // Thuận Bình leads; Sình Mới had an incident and patrols too little.
  Profile tp[5];
  double tips[5] = {0.25, 0.08, 0.12, -0.10, 0.0}, patrols[5] = {6, 4, 5, 3, 1.8}, support[5] = {2, 1.5, 1.2, 1, 0.6};
  int educated[5] = {3, 2, 2, 1, 0};
  for (int i = 0; i < 5; ++i) {
    tp[i].crimes = 6;
    tp[i].tips_change = tips[i];
    tp[i].patrols = patrols[i];
    tp[i].support = support[i];
    tp[i].educated = educated[i];
    tp[i].disciplined = i == 3 ? 1 : 0;
    tp[i].incident_month = i == 4 ? 5 : 0;
  }
  for (int m2 = 1; m2 <= 12; ++m2) rep.deadline(id.at("CA-LA-VH-VT"), 2026, m2, ymd(m2 == 12 ? 2027 : 2026, m2 == 12 ? 1 : m2 + 1, 3));
  for (int i = 0; i < 5; ++i) {
    for (int m2 = 1; m2 <= 12; ++m2)
      rep.report(teams[i], 2025, m2, month_values(codes, tp[i], i + 10, m2, false, cat), "accepted",
                 ymd(m2 == 12 ? 2026 : 2025, m2 == 12 ? 1 : m2 + 1, 2));
    for (int m2 = 1; m2 <= 11; ++m2) {
      std::string status = "accepted";
      if (m2 == 11) status = i < 2 ? "submitted" : i == 2 ? "draft" : "";
      if (status.empty()) continue;  // Cả Trốt and Sình Mới have not reported November: late
      rep.report(teams[i], 2026, m2, month_values(codes, tp[i], i + 10, m2, true, cat), status, ymd(2026, m2 + 1, 2));
    }
    std::map<std::string, int> counts;
    if (i == 0) counts["khen_thuong_dot_xuat"] = 1;
    if (i == 2) counts["phan_anh_co_co_so"] = 1;
    std::set<std::string> not_met;
    if (i == 4) not_met.insert("sinh_hoat_bao_cao");
    store.put_sheet(block.group_year_id, {teams[i], teams[i], "self", assessment_for(scheme, not_met, counts).dump(), "system", ""});
  }
}

// ---- A second cluster of the Ministry, 2024: the Mekong provinces ----
// So that the national view ("Xếp hạng cụm, khối toàn quốc") ranks the Ministry's clusters
// against each other: Long An, Bến Tre, Trà Vinh and Vĩnh Long (before the 2025 mergers) as a
// cluster of the Ministry under Cluster No. 5's regulation, with two years of monthly reports and
// self-scores. Bến Tre has not sent October to December 2024: those months stay missing (never
// zero), it is listed as short of reports and left out of its cluster's mean. Returns the cluster's id.
int64_t seed_mekong_cluster(storage::Tx& tx, std::map<std::string, int64_t>& id, const DemoLaunches& l,
                         const scoring::IndicatorCatalogue& cat, Reporter& rep) {
  storage::ScoringStore store(tx);
  storage::GroupRepository groups(tx);
  auto binding = store.binding_of(store.group_year(l.cluster5_group, 2024).id);
  if (!binding) throw Error(ErrorCode::kInternal, "Cluster No. 5's 2024 regulation is not seeded");
  json scheme = json::parse(store.find_scheme(binding->scheme_id)->json);
  const char* codes_of[] = {"CA-LA", "CA-BT", "CA-TV", "CA-VL"};
  storage::YearSetup y;
  y.year = 2024;
  for (const char* code : codes_of) y.member_ids.push_back(id.at(code));
  y.leader = emulation::Leadership{id.at("CA-LA"), "assigned", d("2024-03-12"), std::nullopt};
  y.deputy = emulation::Leadership{id.at("CA-TV"), "assigned", d("2024-03-12"), std::nullopt};
  storage::Group g = groups.create("Cụm thi đua số 7", "cluster", id.at("BCA"), y);
  system_audit(tx, "group.create", "group", g.id, id.at("BCA"), {{"name", g.name}, {"year", 2024}});
  auto gy = store.group_year(g.id, 2024);
  store.bind_scheme(gy.id, binding->scheme_id);
  system_audit(tx, "group_year.scheme", "group_year", gy.id, id.at("BCA"), {{"scheme_id", binding->scheme_id}});

  // Long An cut crime most; Vĩnh Long had a very serious case it did not clear in August.
  Profile p[4] = {Profile{52, -0.12, 0.88, 0, 1.0, 0.97, -0.14, -0.07, -0.06, -0.05, 0, 0, 4, 0.15, 0},
                  Profile{38, -0.07, 0.83, 0, 1.0, 0.96, -0.08, -0.05, -0.03, -0.02, 0, 0, 2, 0.08, 1},
                  Profile{34, -0.09, 0.85, 0, 1.0, 0.962, -0.10, -0.04, -0.04, -0.03, 0, 0, 3, 0.12, 0},
                  Profile{41, -0.04, 0.80, 8, 0.99, 0.93, -0.02, 0.01, -0.02, 0.0, 0, 0, 2, 0.04, 2}};
  std::vector<std::string> codes = reported_codes(scheme, cat);
  for (int i = 0; i < 4; ++i)
    for (int year : {2023, 2024})
      for (int m = 1; m <= 12; ++m) {
        if (year == 2024 && i == 1 && m >= 10) continue;  // Bến Tre: October–December never sent
        Date due = ymd(m == 12 ? year + 1 : year, m == 12 ? 1 : m + 1, 5);
        rep.report(id.at(codes_of[i]), year, m, month_values(codes, p[i], 40 + i, m, year == 2024, cat), "accepted",
                   due.add_days(-3));
      }
  for (int i = 0; i < 4; ++i) {
    std::map<std::string, int> counts;
    if (i == 0) counts["co_thi_dua_bo"] = 1;
    if (i == 3) counts["bao_cao_dung_han"] = 1;
    store.put_sheet(gy.id, {id.at(codes_of[i]), id.at(codes_of[i]), "self", assessment_for(scheme, {}, counts).dump(),
                            "system", ""});
  }
  system_audit(tx, "score.demo", "group_year", gy.id, id.at("BCA"), {{"self", 4}});
  return g.id;
}

// ---- registrations of titles ----

void seed_registrations(storage::Tx& tx, std::map<std::string, int64_t>& id, const DemoLaunches& l) {
  emulation::TitleCatalogue titles = commendation::registration_titles(commendation_data().catalogue);
  storage::RegistrationRepository regs(tx);
  Date today = Date::today_vn();
  auto person = [&](const char* name) {
    return std::stoll(*tx.query("SELECT id FROM persons WHERE full_name = $1 ORDER BY id LIMIT 1", {std::string(name)}).rows[0][0]);
  };
  auto reg = [&](int year, const char* unit, std::optional<int64_t> person_id, std::optional<int64_t> movement,
                 const char* title, const char* date) {
    storage::NewRegistration r;
    r.year = year;
    r.unit_id = id.at(unit);
    r.person_id = person_id;
    r.movement_id = movement;
    r.title_code = title;
    r.date = d(date);
    auto out = regs.create(r, titles, std::nullopt, today);
    system_audit(tx, "registration.create", "registration", out.id, r.unit_id, {{"title_code", title}, {"year", year}});
  };
  // Trà Vinh's special movement: the province and its officers state what they aim for.
  regs.create_period(2025, id.at("BCA"), l.tra_vinh_movement, d("2024-09-15"));
  reg(2025, "CA-TV", std::nullopt, l.tra_vinh_movement, "co_thi_dua_bo_cong_an", "2024-09-10");
  reg(2025, "CA-TV", person("Lý Thanh Trung"), l.tra_vinh_movement, "chien_si_thi_dua_co_so", "2024-09-10");
  reg(2025, "CA-TV", person("Kiên Rịnh"), l.tra_vinh_movement, "chien_si_tien_tien", "2024-09-18");
  // Nghệ An's special movement for the grassroots force.
  regs.create_period(2025, id.at("CA-NA"), l.nghe_an_movement, d("2024-11-15"));
  reg(2025, "CA-NA-PV01", std::nullopt, l.nghe_an_movement, "don_vi_quyet_thang", "2024-11-08");
  // Next year's registrations at the Ministry: the deadline falls this week.
  Date deadline = today.add_days(6);
  int next = today.year() + 1;
  if (deadline.year() >= next - 1) regs.create_period(next, id.at("BCA"), std::nullopt, deadline);
  storage::NewRegistration hy;
  hy.year = next;
  hy.unit_id = id.at("CA-HY");
  hy.title_code = "co_thi_dua_bo_cong_an";
  hy.date = today.add_days(-2);
  regs.create(hy, titles, std::nullopt, today);
}

// ---- commendation: Cluster No. 5's 2024 year end, Hưng Yên's titles, Vĩnh Thuận's teams ----

int64_t user_id(storage::Tx& tx, const char* name) {
  auto u = storage::UserRepository(tx).find_by_name(name);
  if (!u) throw Error(ErrorCode::kInternal, std::string("demo user missing: ") + name);
  return u->id;
}

// The dossier up to its council, the ballots of `voters` (approving every item), the minutes
// and the decision: the same steps a user takes through the API.
void through_council(storage::Tx& tx, const CommendationData& data, const Actor& a, int64_t proposal,
                     const std::vector<std::pair<const char*, std::optional<int64_t>>>& members, Date meeting,
                     const DecisionRequest& decision) {
  for (const char* step : {"submit", "receive", "check"}) proposal_step(tx, data, a, proposal, step, std::nullopt);
  auto before = storage::ProposalRepository(tx).get(proposal);
  for (const auto& it : before.items)
    if (data.catalogue.find_in_year(it.code, before.year)->consultation) {
      proposal_step(tx, data, a, proposal, "consult",
                    std::string("Ban Thi đua – Khen thưởng Trung ương: nhất trí (văn bản hiệp y)"));
      break;
    }
  proposal_step(tx, data, a, proposal, "to_council", std::nullopt);
  CouncilRequest cr;
  cr.meeting_date = meeting;
  for (const auto& [name, person] : members) {
    cr.member_user_ids.push_back(user_id(tx, name));
    if (person) cr.member_people.push_back({cr.member_user_ids.back(), *person});
  }
  cr.present_user_ids = cr.member_user_ids;
  open_council(tx, a, proposal, cr);
  auto p = storage::ProposalRepository(tx).get(proposal);
  for (const auto& [name, person] : members) {
    Actor voter = a;
    voter.user_id = user_id(tx, name);
    voter.username = name;
    std::vector<std::pair<int64_t, bool>> votes;
    for (const auto& it : p.items)
      if (!(person && it.subject_kind == "person" && it.subject_id == *person)) votes.push_back({it.id, true});
    cast_ballot(tx, voter, proposal, votes);
  }
  close_council(tx, data, a, proposal);
  decide(tx, data, a, proposal, decision);
  system_audit(tx, "decision.create", "proposal", proposal, std::nullopt, {{"number", decision.number}});
}

void seed_commendation(storage::Tx& tx, std::map<std::string, int64_t>& id, const DemoLaunches& l,
                       int64_t cluster7_group, const scoring::IndicatorCatalogue& indicators) {
  const CommendationData& data = commendation_data();
  Actor bo{"system", id.at("BCA"), true, std::nullopt};
  storage::CommendationRecords records(tx);
  storage::UnitRepository units(tx);
  storage::PersonRepository people(tx);

  // Cluster No. 5's 2024 year end is left to the user: its reports and final ranking are complete
  // and the Ministry has classified the five provinces (all five completed their tasks
  // excellently), but no vote, no flag dossier, no council and no decision exist for it.
  auto classify_excellent = [&](std::initializer_list<const char*> codes) {
    for (const char* code : codes) {
      storage::NewEvaluation e;
      e.subject_kind = "unit";
      e.subject_id = e.unit_id = id.at(code);
      e.year = 2024;
      e.level = "xuat_sac";
      e.note = "Bộ Công an xếp loại mức độ hoàn thành nhiệm vụ năm 2024";
      records.put_evaluation(e, "system");
    }
  };
  classify_excellent({"CA-HY", "CA-TB", "CA-HNA", "CA-ND", "CA-HD"});

  // Cluster No. 7's year end of 2024, run by the demo: the conference of 19/12/2024 honours the
  // first of the final ranking while Bến Tre is still short of October–December (its months stay
  // missing, never zero). The Ministry classified the three members whose year is complete; Bến
  // Tre's classification comes from the ranking, capped for its missing months, so it is not
  // proposed for the Ministry flag and the year-end page says why.
  classify_excellent({"CA-LA", "CA-TV", "CA-VL"});
  ScoreBoard board(indicators);
  auto scores = board.get(tx, cluster7_group, 2024, scoring_period(2024, std::nullopt), 0);
  json ranking = json::parse(*scores->ranking_body);
  json votes = json::array();
  for (const char* code : {"CA-LA", "CA-BT", "CA-TV", "CA-VL"})
    votes.push_back({{"voter_unit_id", id.at(code)}, {"candidate_unit_id", ranking["items"][0]["unit_id"]}});
  auto vote = honour_leader(tx, data, bo, cluster7_group, 2024, ranking, votes, "", d("2024-12-19"));
  system_audit(tx, "group.honour", "group_year", vote.group_year_id, vote.leader_unit_id, {{"leader", vote.leader_name}});
  json flags = group_year_end_proposals(tx, data, bo, cluster7_group, 2024);
  std::vector<std::pair<const char*, std::optional<int64_t>>> ministry_council = {
      {"admin", std::nullopt}, {"canbo.bo", std::nullopt}, {"hoidong.bo", std::nullopt}};
  if (!flags["ministry_flag"].is_null())
    through_council(tx, data, bo, flags["ministry_flag"]["id"].get<int64_t>(), ministry_council, d("2025-01-10"),
                    {"86/QĐ-BCA", "Thượng tướng Lương Tam Quang", "Bộ trưởng Bộ Công an", d("2025-01-16")});
  through_council(tx, data, bo, flags["government_flag"]["id"].get<int64_t>(), ministry_council, d("2025-01-10"),
                  {"215/QĐ-TTg", "Trần Hồng Hà", "KT. Thủ tướng, Phó Thủ tướng", d("2025-02-20")});

  // Hưng Yên's Phòng Tham mưu: twenty officers rated for 2024, initiatives, one reprimand; the
  // province proposes its advanced officers (35/QĐ) and, of the two places the 15% quota gives for
  // Chiến sĩ thi đua cơ sở, fills one (36/QĐ, Đỗ Văn Minh, who sits on the council and does not vote
  // on himself); the second place is left for a user to check and propose.
  id["CA-HY-PV01"] = units.create({"Phòng Tham mưu, Công an tỉnh Hưng Yên", "division", "CA-HY-PV01", id.at("CA-HY"),
                                   d("2018-08-01"), std::nullopt}).id;
  const char* names[] = {"Đỗ Văn Minh",   "Phạm Thị Hương", "Vũ Đức Thắng",  "Nguyễn Văn Long", "Trần Thị Thu",
                         "Lê Văn Hậu",    "Hoàng Minh Tuấn", "Bùi Văn Kiên", "Ngô Thị Lan",     "Đặng Quốc Huy",
                         "Phan Văn Toàn", "Đinh Thị Yến",   "Cao Văn Sơn",   "Lương Văn Phúc", "Tạ Thị Ngân",
                         "Mai Văn Quyết", "Trịnh Văn Bảo",  "Dương Thị Hà",  "Hà Văn Nam",      "Kiều Văn Dũng"};
  std::vector<int64_t> officers;
  for (int i = 0; i < 20; ++i) {
    int64_t pid = people.create(names[i], "officer", std::nullopt,
                                {id.at("CA-HY-PV01"), std::string(i < 3 ? "Thiếu tá" : "Đại úy"),
                                 std::string(i == 0 ? "Phó Trưởng phòng" : "Cán bộ"), std::nullopt, d("2018-09-01")})
                      .id;
    officers.push_back(pid);
    storage::NewEvaluation e;
    e.subject_kind = "person";
    e.subject_id = pid;
    e.unit_id = id.at("CA-HY-PV01");
    e.year = 2024;
    e.level = i < 3 ? "xuat_sac" : i < 18 ? "tot" : "hoan_thanh";
    records.put_evaluation(e, "system");
    records.put_service(pid, std::string(i % 3 == 1 ? "nu" : "nam"), d("2014-09-01").add_days(i * 61), 0);
  }
  records.add_initiative({officers[0], id.at("CA-HY-PV01"), "Quy trình số hóa hồ sơ thi đua, khen thưởng", "unit",
                          "Giám đốc Công an tỉnh Hưng Yên", d("2024-09-12")}, "system");
  records.add_initiative({officers[3], id.at("CA-HY-PV01"), "Bản đồ điểm nóng trật tự an toàn giao thông", "unit",
                          "Giám đốc Công an tỉnh Hưng Yên", d("2024-10-05")}, "system");
  records.add_discipline({"person", officers[2], id.at("CA-HY-PV01"), "khien_trach", d("2024-06-18"), 6, false,
                          "Vi phạm quy định về chế độ báo cáo"}, "system");
  ProposalRequest hy;
  hy.unit_id = id.at("CA-HY-PV01");
  hy.year = 2024;
  hy.title = "Đề nghị công nhận danh hiệu thi đua năm 2024 — Phòng Tham mưu";
  hy.report = "Báo cáo thành tích năm 2024 của Phòng Tham mưu, Công an tỉnh Hưng Yên: tham mưu tổ chức phong trào thi đua "
              "\"Vì an ninh Tổ quốc\" của tỉnh và của Cụm thi đua số 5.";
  for (int i = 0; i < 18; ++i)
    if (i != 2) hy.items.push_back({"person", officers[i], "chien_si_tien_tien"});
  Actor hy_officer{"system", id.at("CA-HY"), false, std::nullopt};
  auto cstt = create_proposal(tx, data, hy_officer, hy);
  through_council(tx, data, hy_officer, cstt.id, {{"canbo.hungyen", std::nullopt}, {"hoidong.hungyen", std::nullopt}},
                  d("2025-01-08"), {"35/QĐ-CAT-PX01", "Đại tá Nguyễn Thanh Trường", "Giám đốc Công an tỉnh", d("2025-01-09")});
  ProposalRequest cs = hy;
  cs.title = "Đề nghị công nhận danh hiệu Chiến sĩ thi đua cơ sở năm 2024 — Phòng Tham mưu";
  cs.items = {{"person", officers[0], "chien_si_thi_dua_co_so"}};
  auto cstdcs = create_proposal(tx, data, hy_officer, cs);
  // Đỗ Văn Minh also sits on the council: he does not vote on himself, and the minutes say so.
  through_council(tx, data, hy_officer, cstdcs.id,
                  {{"canbo.hungyen", std::nullopt}, {"hoidong.hungyen", std::optional<int64_t>(officers[0])}},
                  d("2025-01-08"), {"36/QĐ-CAT-PX01", "Đại tá Nguyễn Thanh Trường", "Giám đốc Công an tỉnh", d("2025-01-09")});

  // Vĩnh Thuận's teams over the force's year 2025 (15/11/2024 – 14/11/2025): rated by the
  // commune police, the excellent one within a fifth of those rated good, then commended with
  // the commune chair's certificate through the same workflow.
  int done[5] = {6, 5, 5, 5, 5};
  for (int i : {1, 2, 3, 4, 0}) {
    storage::NewEvaluation e;
    e.subject_kind = "unit";
    e.subject_id = e.unit_id = id.at("TBV-VT-" + std::to_string(i + 1));
    e.year = 2025;
    e.level = i == 0 ? "xuat_sac" : "tot";
    e.duties_done = done[i];
    e.duties_total = 6;
    e.note = "Công an xã đánh giá, xếp loại năm của lực lượng";
    records.put_evaluation(e, "system");
  }
  Actor vt{"system", id.at("CA-LA-VH-VT"), false, std::nullopt};
  // Advanced examples (điển hình tiên tiến) of the year; Thuận Bình's team's is the ground of its
  // Giấy khen below.
  storage::ExampleRepository examples(tx);
  storage::MovementRepository movements(tx);
  auto grassroots = movements.get(l.tra_vinh_grassroots_movement);
  storage::Example ex;
  ex.subject_kind = "unit";
  ex.subject_id = ex.unit_id = id.at("TBV-VT-1");
  ex.subject_name = units.get(ex.subject_id).name;
  ex.movement_id = grassroots.id;
  if (!grassroots.phase_ids.empty()) ex.phase_id = grassroots.phase_ids.back();
  ex.title = "Tuần tra đêm, bắt quả tang nhóm trộm cắp gia súc";
  ex.story = "Tổ duy trì tuần tra đêm trên các tuyến kênh của ấp, phát hiện và phối hợp Công an xã bắt quả tang 3 đối tượng "
             "trộm cắp bò, thu hồi tài sản trả lại cho người dân.";
  ex.place = "Ấp Thuận Bình, xã Vĩnh Thuận";
  ex.date = d("2025-08-14");
  ex.evidence = "Biên bản bắt người phạm tội quả tang ngày 14/08/2025 của Công an xã Vĩnh Thuận";
  int64_t thuan_binh_example = examples.add(ex, "system").id;
  ex.subject_id = ex.unit_id = id.at("TBV-VT-2");
  ex.subject_name = units.get(ex.subject_id).name;
  ex.title = "Hòa giải thành 12 vụ mâu thuẫn trong khu dân cư";
  ex.story = "Tổ phối hợp Ban nhân dân ấp hòa giải thành 12 vụ mâu thuẫn, tranh chấp đất đai, không để phát sinh vụ việc phức tạp.";
  ex.place = "Ấp Thuận Tây, xã Vĩnh Thuận";
  ex.date = d("2025-10-02");
  ex.evidence = "Sổ theo dõi hòa giải của ấp";
  examples.add(ex, "system");
  storage::MovementQuery mq;
  mq.viewer_unit = id.at("CA-HY");
  mq.year = 2024;
  auto hy_movements = movements.search(mq, nullptr);
  storage::Example minh;
  minh.subject_kind = "person";
  minh.subject_id = officers[0];
  minh.subject_name = "Đỗ Văn Minh";
  minh.unit_id = id.at("CA-HY-PV01");
  if (!hy_movements.empty()) minh.movement_id = hy_movements.front().id;
  minh.title = "Số hóa toàn bộ hồ sơ thi đua, khen thưởng của Công an tỉnh";
  minh.story = "Chủ trì xây dựng quy trình số hóa hồ sơ thi đua, khen thưởng; tra cứu quá trình khen thưởng của cán bộ từ vài ngày "
               "xuống vài phút.";
  minh.place = "Công an tỉnh Hưng Yên";
  minh.date = d("2024-09-12");
  minh.evidence = "Quyết định công nhận sáng kiến của Giám đốc Công an tỉnh ngày 12/09/2024";
  examples.add(minh, "system");

  ProposalRequest gk;
  gk.unit_id = id.at("CA-LA-VH-VT");
  gk.year = 2025;
  gk.title = "Đề nghị Chủ tịch UBND xã tặng Giấy khen năm 2025 — Tổ bảo vệ ANTT ấp Thuận Bình";
  gk.report = "Tổ hoàn thành 6/6 nhóm nhiệm vụ trong năm của lực lượng, không có thành viên vi phạm.";
  gk.items = {{"unit", id.at("TBV-VT-1"), "giay_khen_chu_tich_xa", "", thuan_binh_example}};
  auto gkp = create_proposal(tx, data, vt, gk);
  through_council(tx, data, vt, gkp.id, {{"canbo.vinhthuan", std::nullopt}}, d("2025-11-20"),
                  {"112/QĐ-UBND", "Trần Văn Tư", "Chủ tịch UBND xã Vĩnh Thuận", d("2025-11-25")});
  system_audit(tx, "demo.commendation", "registry", std::nullopt, id.at("BCA"),
               {{"proposals", 5}, {"officers", officers.size()}});
}

}  // namespace

void seed_demo_world(storage::Tx& tx, std::map<std::string, int64_t>& id, const DemoLaunches& launches,
                     const scoring::IndicatorCatalogue& indicators) {
  // Nghệ An held its interim review after phase 1 and its final review after phase 2.
  storage::MovementRepository movements(tx);
  Date today = Date::today_vn();
  movements.transition(launches.nghe_an_movement, emulation::State::kInterimReviewed, d("2025-02-12"),
                       std::string("Sơ kết đợt 1"), std::nullopt, "system", today);
  movements.transition(launches.nghe_an_movement, emulation::State::kUnderWay, d("2025-02-12"), std::nullopt, std::nullopt,
                       "system", today);
  movements.transition(launches.nghe_an_movement, emulation::State::kClosed, d("2025-08-28"),
                       std::string("Hội nghị tổng kết phong trào"), std::nullopt, "system", today);
  Reporter rep(tx, indicators);
  seed_cluster5(tx, id, launches, indicators, rep);
  int64_t cluster7 = seed_mekong_cluster(tx, id, launches, indicators, rep);
  auto pledge = storage::PledgeRepository(tx).get(launches.cluster5_pledge);
  seed_quang_binh(tx, id, indicators, pledge.commitments, rep);
  seed_vinh_thuan(tx, id, indicators, rep);
  seed_registrations(tx, id, launches);
  seed_commendation(tx, id, launches, cluster7, indicators);
  system_audit(tx, "demo.world", "registry", std::nullopt, id.at("BCA"), {{"reports", rep.count()}});
}

}  // namespace thidua::api
