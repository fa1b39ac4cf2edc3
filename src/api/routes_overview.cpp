// The home page (Tổng quan): what needs the caller now, within the caller's scope — reports due
// or late, reports waiting for the caller's review, cross-scoring the caller's units have not
// done, registration deadlines coming up, each movement with what it is today, and the groups
// the caller belongs to, leads or organises (the UI draws each one's ranking). Every item says
// where it is done (`link`, a path of the web UI).
#include <nlohmann/json.hpp>

#include <algorithm>

#include "api/context.h"
#include "api/lifecycle_json.h"
#include "core/emulation_lifecycle.h"
#include "core/error.h"
#include "scoring/period.h"
#include "storage/emulation.h"
#include "storage/registry.h"
#include "storage/reports.h"
#include "storage/scoring_store.h"

namespace thidua::api {

using nlohmann::json;
using storage::TxMode;

namespace {

constexpr int kRecentDays = 45;    // deadlines this far back are still news
constexpr int kUpcomingDays = 14;  // and this far ahead
constexpr size_t kMaxItems = 100;

std::string enc(const std::string& s) {
  std::string out;
  static const char* hex = "0123456789ABCDEF";
  for (unsigned char ch : s) {
    if (isalnum(ch) || ch == '-' || ch == '_' || ch == '.') out.push_back(static_cast<char>(ch));
    else {
      out.push_back('%');
      out.push_back(hex[ch >> 4]);
      out.push_back(hex[ch & 15]);
    }
  }
  return out;
}

}  // namespace

void register_overview_routes(Routes& r) {
  r.add("GET", "/api/v1/overview", Access::read_list(), [&r](Ctx& c) {
    Date today = Date::today_vn();
    if (auto at = c.query_str("at", 10)) {
      auto parsed = Date::parse_iso(*at);
      if (!parsed) throw Error::Invalid("Ngày không hợp lệ", "at");
      today = *parsed;
    }
    const auto& me = c.me();
    int64_t my_unit = me.user.unit_id;
    bool reviewer = me.role == access::Role::kAdmin || me.role == access::Role::kOfficer;
    auto tx = r.db().begin(TxMode::kRead);
    storage::UnitRepository units(*tx);
    auto in_scope = [&](int64_t unit) { return me.everything || units.in_scope(my_unit, unit); };

    // ---- reports ----
    json due = json::array(), to_review = json::array();
    storage::ReportRepository reports(*tx);
    auto deadlines = tx->query(
        "SELECT organiser_unit_id, period_json, deadline FROM report_deadlines WHERE deadline >= $1 AND deadline <= $2 "
        "ORDER BY deadline DESC, organiser_unit_id",
        {today.add_days(-kRecentDays).iso(), today.add_days(kUpcomingDays).iso()});
    for (const auto& row : deadlines.rows) {
      int64_t organiser = std::stoll(*row[0]);
      bool organiser_mine = in_scope(organiser);
      bool reports_to_it = units.in_scope(organiser, my_unit);
      if (!organiser_mine && !reports_to_it) continue;
      scoring::Period p = scoring::Period::from_json(json::parse(*row[1]));
      Date deadline = *Date::parse_iso(*row[2]);
      if (!(p.end() < today)) continue;  // a period not ended is not reported yet
      json pj = p.to_json();
      storage::StoredPeriod sp{std::string(scoring::period_kind_name(p.kind())) + ":" + p.start().iso() + ".." + p.end().iso(),
                               pj.dump(), p.start(), p.end()};
      auto life = emulation::reporting_lifecycle(p.start(), p.end(), deadline, today);
      for (const auto& s : reports.submission_status(organiser, sp)) {
        bool unit_mine = in_scope(s.unit_id);
        if (unit_mine && (s.status == "missing" || s.status == "draft" || s.status == "returned")) {
          if (due.size() >= kMaxItems) continue;
          int days = deadline.days() - today.days();
          due.push_back({{"unit_id", s.unit_id},
                         {"unit_name", s.unit_name},
                         {"period", pj},
                         {"period_label", p.label()},
                         {"deadline", deadline.iso()},
                         {"status", s.status},
                         {"late", days < 0},
                         {"days_left", days},
                         {"lifecycle", lifecycle_json(life)},
                         {"report_id", s.report_id ? json(*s.report_id) : json()},
                         {"link", s.report_id ? "/reports/" + std::to_string(*s.report_id)
                                              : "/reports/new?unit_id=" + std::to_string(s.unit_id) + "&period=" + enc(pj.dump())}});
        } else if (s.status == "submitted" && reviewer && organiser_mine && s.unit_id != my_unit && s.report_id) {
          if (to_review.size() >= kMaxItems) continue;
          to_review.push_back({{"report_id", *s.report_id},
                               {"unit_id", s.unit_id},
                               {"unit_name", s.unit_name},
                               {"period_label", p.label()},
                               {"deadline", deadline.iso()},
                               {"late", s.late},
                               {"link", "/reports/" + std::to_string(*s.report_id)}});
        }
      }
    }
    std::stable_sort(due.begin(), due.end(), [](const json& a, const json& b) {
      return a["days_left"].get<int>() < b["days_left"].get<int>();
    });

    // ---- cross-scoring not done ----
    json assignments = json::array();
    auto open = tx->query(
        "SELECT sa.group_year_id, sa.unit_id, sa.scorer_unit_id, gy.group_id, gy.year, g.name FROM score_assignments sa "
        "JOIN group_years gy ON gy.id = sa.group_year_id JOIN emulation_groups g ON g.id = gy.group_id "
        "WHERE sa.recused = 0 AND NOT EXISTS (SELECT 1 FROM score_sheets s WHERE s.group_year_id = sa.group_year_id AND "
        "s.unit_id = sa.unit_id AND s.scorer_unit_id = sa.scorer_unit_id AND s.kind = 'cross') ORDER BY gy.year DESC, sa.id");
    for (const auto& row : open.rows) {
      int64_t scorer = std::stoll(*row[2]), unit = std::stoll(*row[1]);
      if (!in_scope(scorer) || assignments.size() >= kMaxItems) continue;
      int64_t gid = std::stoll(*row[3]);
      std::string year = *row[4];
      assignments.push_back({{"group_id", gid},
                             {"group_name", *row[5]},
                             {"year", std::stoi(year)},
                             {"unit_id", unit},
                             {"unit_name", units.get(unit).name},
                             {"scorer_unit_id", scorer},
                             {"scorer_unit_name", units.get(scorer).name},
                             {"link", "/groups/" + std::to_string(gid) + "/years/" + year + "/scores?unit=" + std::to_string(unit)}});
    }

    // ---- registration deadlines ----
    json registrations = json::array();
    storage::RegistrationRepository regs(*tx);
    for (const auto& p : regs.periods(std::nullopt, std::nullopt)) {
      if (!me.everything && !units.in_scope(my_unit, p.unit_id) && !units.in_scope(p.unit_id, my_unit)) continue;
      if (p.deadline < today.add_days(-7) || p.deadline > today.add_days(kUpcomingDays)) continue;
      auto st = regs.status(p.unit_id, p.year, p.movement_id);
      int64_t registered = 0;
      for (const auto& row : st.rows) registered += row.count > 0 ? 1 : 0;
      registrations.push_back({{"period_id", p.id},
                               {"year", p.year},
                               {"unit_id", p.unit_id},
                               {"unit_name", p.unit_name},
                               {"movement_id", p.movement_id ? json(*p.movement_id) : json()},
                               {"deadline", p.deadline.iso()},
                               {"this_week", p.deadline >= today && p.deadline <= today.add_days(7)},
                               {"lifecycle", lifecycle_json(emulation::deadline_lifecycle(p.deadline, today))},
                               {"registered", registered},
                               {"total", st.rows.size()},
                               {"link", "/registrations?year=" + std::to_string(p.year) + "&unit_id=" + std::to_string(p.unit_id)}});
    }

    // ---- movements in scope, by what they are today ----
    json movements = json::array();
    storage::MovementRepository mrepo(*tx);
    storage::MovementQuery mq;
    mq.limit = 200;
    if (!me.everything) mq.viewer_unit = my_unit;
    int64_t total = 0;
    static const std::vector<std::string> order = {"in_progress", "awaiting_final_review", "not_started", "draft", "reviewed"};
    for (const auto& m : mrepo.search(mq, &total)) {
      emulation::State st;
      emulation::parse_state(m.state, st);
      std::vector<emulation::Step> steps;
      for (const auto& t : m.transitions) {
        emulation::State to;
        if (emulation::parse_state(t.to, to)) steps.push_back({to, t.date});
      }
      auto life = emulation::movement_lifecycle(st, m.f.start, m.f.end, m.f.phases, steps, today);
      if (life.code == "reviewed") continue;  // done with: the movements page keeps it
      json phase;
      if (auto cur = emulation::current_phase(m.f.phases, today))
        phase = {{"ordinal", m.f.phases[*cur].ordinal}, {"title", m.f.phases[*cur].title},
                 {"start", m.f.phases[*cur].start.iso()}, {"end", m.f.phases[*cur].end.iso()}};
      movements.push_back({{"id", m.id},
                           {"name", m.f.name},
                           {"owner_unit_name", m.owner_unit_name},
                           {"start", m.f.start.iso()},
                           {"end", m.f.end.iso()},
                           {"phase_count", m.f.phases.size()},
                           {"current_phase", phase},
                           {"lifecycle", lifecycle_json(life)},
                           {"link", "/movements/" + std::to_string(m.id)}});
    }
    std::stable_sort(movements.begin(), movements.end(), [](const json& a, const json& b) {
      auto rank = [](const json& x) {
        auto it = std::find(order.begin(), order.end(), x["lifecycle"]["code"].get<std::string>());
        return it - order.begin();
      };
      return rank(a) < rank(b);
    });

    // ---- groups I belong to, lead or organise: the year to chart ----
    json groups = json::array();
    storage::GroupRepository grepo(*tx);
    storage::GroupQuery gq;
    gq.limit = 200;
    if (!me.everything) gq.viewer_unit = my_unit;
    storage::ScoringStore store(*tx);
    for (const auto& g : grepo.search(gq, &total)) {
      auto full = grepo.get(g.id);
      const storage::GroupYear* chosen = nullptr;
      for (const auto& y : full.years) {
        if (y.year > today.year()) continue;
        if (store.binding_of(y.id)) chosen = &y;  // the latest year scored by a regulation
      }
      if (!chosen) continue;
      // The organising level sees itself as the organiser; below it, the caller's unit's part.
      std::string role = in_scope(full.organiser_unit_id) ? "organiser" : "";
      if (role.empty() && chosen->leader && in_scope(chosen->leader->l.unit_id)) role = "leader";
      else if (role.empty() && chosen->deputy && in_scope(chosen->deputy->l.unit_id)) role = "deputy";
      else if (role.empty())
        for (const auto& m : chosen->members)
          if (in_scope(m.unit_id)) role = "member";
      if (role.empty()) continue;  // seen from above only: not the caller's group
      groups.push_back({{"group_id", g.id},
                        {"name", g.name},
                        {"kind", g.kind},
                        {"year", chosen->year},
                        {"role", role},
                        {"members", chosen->members.size()},
                        {"link", "/groups/" + std::to_string(g.id) + "/years/" + std::to_string(chosen->year) + "/scores"}});
    }

    return ok(200, json{{"today", today.iso()},
                        {"unit_id", my_unit},
                        {"unit_name", me.user.unit_name},
                        {"role", access::role_code(me.role)},
                        {"reports_due", due},
                        {"reports_to_review", to_review},
                        {"assignments", assignments},
                        {"registrations", registrations},
                        {"movements", movements},
                        {"groups", groups}});
  });
}

}  // namespace thidua::api
