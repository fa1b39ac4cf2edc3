#include "api/national.h"

#include <nlohmann/json.hpp>

#include <malloc.h>

#include <algorithm>
#include <map>
#include <optional>

#include "api/score_board.h"
#include "core/emulation.h"
#include "core/date.h"
#include "core/error.h"
#include "scoring/format.h"
#include "storage/scoring_store.h"

namespace thidua::api {

using nlohmann::json;

namespace {

struct GroupRow {
  json j;
  std::optional<double> score;  // mean % of the maximum over complete ranked members
  int complete = 0;
  std::string peers;  // organiser and kind
  bool visible = false;
};

std::string kind_label(const std::string& kind) {
  for (const auto& k : emulation::group_kinds())
    if (kind == k.code) return k.label;
  return kind;
}

}  // namespace

json national_view(storage::Tx& tx, ScoreBoard& board, int year, uint64_t write_epoch,
                   const std::function<bool(int64_t)>& sees) {
  storage::ScoringStore store(tx);
  std::vector<GroupRow> rows;
  for (const auto& g : store.groups_of_year(year)) {
    std::shared_ptr<const GroupYearScores> s;
    try {
      s = board.get(tx, g.group_id, year, scoring::Period::year(year), write_epoch);
    } catch (const Error& e) {
      if (e.code() != ErrorCode::kConflict) throw;  // no scheme: listed, unscored
    }
    std::optional<storage::GroupYearRef> own;
    if (!s) own = store.group_year(g.group_year_id);
    const storage::GroupYearRef& gy = s ? s->gy : *own;
    GroupRow row;
    row.visible = sees(gy.organiser_unit_id);
    for (const auto& [id, code] : gy.members) row.visible = row.visible || sees(id);
    row.peers = std::to_string(g.organiser_unit_id) + ":" + g.kind;
    json j = {{"group_id", g.group_id},
              {"group_year_id", g.group_year_id},
              {"name", g.name},
              {"kind", g.kind},
              {"kind_label", kind_label(g.kind)},
              {"organiser_unit_id", g.organiser_unit_id},
              {"organiser_name", g.organiser_name},
              {"members", gy.members.size()}};
    int incomplete = 0, ranked = 0;
    json leading = json::array();
    std::optional<double> best;
    if (s) {
      const double max = s->scheme->scheme().total_points;
      const auto& levels = s->scheme->scheme().levels;
      double sum = 0;
      for (const auto& r : s->ranking) {
        ++ranked;
        if (!s->complete(s->unit_of(r.score.unit))) continue;  // missing is never counted as zero
        ++row.complete;
        sum += 100.0 * static_cast<double>(r.score.total_centi) / 100.0 / max;
      }
      for (const auto& [id, m] : s->members) incomplete += s->complete(id) ? 0 : 1;
      if (row.complete) row.score = scoring::round_points(sum / row.complete);
      if (!s->ranking.empty()) best = static_cast<double>(s->ranking.front().score.total_centi) / 100.0;
      for (const auto& r : scoring::leading_units(s->ranking, 1)) {
        int64_t id = s->unit_of(r.score.unit);
        leading.push_back({{"unit_id", id},
                           {"unit_name", s->name(id)},
                           {"total", static_cast<double>(r.score.total_centi) / 100.0},
                           {"level", levels.at(static_cast<size_t>(r.score.level)).name},
                           {"incomplete", !s->complete(id)}});
      }
      j["scheme"] = {{"id", s->stored.id}, {"code", s->stored.code}, {"version", s->stored.version},
                     {"name", s->stored.name}, {"total_points", max}};
    } else {
      j["scheme"] = nullptr;
    }
    j["ranked"] = ranked;
    j["complete_members"] = s ? row.complete : 0;
    j["incomplete_members"] = incomplete;
    j["has_incomplete"] = incomplete > 0;
    j["completeness_label"] = std::to_string(gy.members.size() - static_cast<size_t>(incomplete)) + "/" +
                              std::to_string(gy.members.size()) + " đơn vị đủ báo cáo";
    j["leading"] = leading;
    j["best_total"] = best ? json(*best) : json();
    j["mean_percent"] = row.score ? json(*row.score) : json();
    row.j = std::move(j);
    rows.push_back(std::move(row));
  }

  // Peers: the same organiser and kind. Scored groups first, by mean, then complete members;
  // the listing order (Vietnamese, by name) decides the rest. Places are among all the peers; a
  // reader is shown the groups of its scope only.
  std::map<std::string, std::vector<size_t>> peers;
  for (size_t i = 0; i < rows.size(); ++i) peers[rows[i].peers].push_back(i);
  json sets = json::array();
  for (auto& [key, idx] : peers) {
    std::stable_sort(idx.begin(), idx.end(), [&](size_t a, size_t b) {
      const GroupRow &x = rows[a], &y = rows[b];
      if (x.score.has_value() != y.score.has_value()) return x.score.has_value();
      if (x.score && *x.score != *y.score) return *x.score > *y.score;
      return x.complete > y.complete;
    });
    json ids = json::array();
    int position = 0;
    for (size_t i : idx) {
      json& j = rows[i].j;
      j["peer_count"] = idx.size();
      j["peer_rank"] = rows[i].score ? json(++position) : json();
      if (rows[i].visible) ids.push_back(j["group_id"]);
    }
    if (ids.empty()) continue;
    const GroupRow& lead = rows[idx.front()];
    const json& first = lead.j;
    sets.push_back({{"organiser_unit_id", first["organiser_unit_id"]},
                    {"organiser_name", first["organiser_name"]},
                    {"kind", first["kind"]},
                    {"kind_label", first["kind_label"]},
                    {"groups", idx.size()},
                    {"group_ids", ids},
                    {"leading_group_id", lead.score && lead.visible ? first["group_id"] : json()}});
  }
  json groups = json::array();
  for (auto& r : rows)
    if (r.visible) groups.push_back(std::move(r.j));
  return {{"year", year},
          {"method", kNationalMethod},
          {"method_code", "mean_percent_of_max_over_complete_members"},
          {"groups", groups},
          {"peer_sets", sets}};
}

int NationalViews::today() {
  Date d = Date::today_vn();
  return d.year() * 10000 + d.month() * 100 + d.day();
}

bool NationalViews::good(const Entry& e, uint64_t epoch, std::chrono::steady_clock::time_point now) const {
  return e.body && e.epoch >= epoch && now - e.confirmed < kRecheck && e.marks.day == today();
}

NationalViews::View NationalViews::fresh(int year, int64_t scope, uint64_t epoch) const {
  auto now = std::chrono::steady_clock::now();
  std::lock_guard lk(mu_);
  auto it = entries_.find({year, scope});
  if (it == entries_.end() || !good(*it->second, epoch, now)) return {};
  return {it->second->body, it->second->made};
}

uint64_t NationalViews::made() const {
  std::lock_guard lk(mu_);
  return made_;
}

NationalViews::View NationalViews::get(storage::Database& db, int year, int64_t scope, uint64_t epoch,
                                       const Make& make) {
  std::shared_ptr<Entry> e;
  {
    std::lock_guard lk(mu_);
    auto& slot = entries_[{year, scope}];
    if (!slot) slot = std::make_shared<Entry>();
    e = slot;
    e->asked = std::chrono::steady_clock::now();
    if (good(*e, epoch, e->asked)) return {e->body, e->made};
    if (entries_.size() > kMaxEntries) {
      auto oldest = entries_.end();
      for (auto i = entries_.begin(); i != entries_.end(); ++i)
        if (i->second != e && (oldest == entries_.end() || i->second->asked < oldest->second->asked)) oldest = i;
      if (oldest != entries_.end()) entries_.erase(oldest);
    }
  }
  std::lock_guard making(e->making);
  auto checked = std::chrono::steady_clock::now();
  Marks was;
  {
    std::lock_guard lk(mu_);
    if (good(*e, epoch, checked)) return {e->body, e->made};  // another request confirmed or made it meanwhile
    was = e->marks;
  }
  auto tx = db.begin(storage::TxMode::kRead);
  // The versions first, the rows after: a write committed in between is at worst made twice,
  // never missed.
  const Marks marks{storage::read_data_versions(*tx), today()};
  // Only `making` writes e->body and e->marks: read without mu_ below. Versions unchanged since
  // it was made: nothing it depends on was written, here or elsewhere, whatever the epoch says
  // (this process's commits since the epoch was read are in the versions just read).
  if (e->body && marks == was) {
    std::lock_guard lk(mu_);
    e->epoch = std::max(e->epoch, epoch);
    e->confirmed = checked;
    return {e->body, e->made};
  }
  auto body = std::make_shared<const std::string>(make(*tx));
  // The making's JSON tree, freed by now, took about ten times the body (a 1.6 MB body at
  // --scale 0.25: RSS +20 MB after the first view, 18 MB of it given back by malloc_trim; the
  // nation's 6 MB body was the +55 to +71 MB of the national view's wrk phase, bench/README.md):
  // glibc keeps freed pages inside its heaps resident. A large view gives them back once made.
  if (body->size() >= kTrimAfter) malloc_trim(0);
  std::lock_guard lk(mu_);
  e->body = body;
  e->made = ++made_;
  e->epoch = epoch;
  e->marks = marks;
  e->confirmed = checked;
  return {body, e->made};
}

}  // namespace thidua::api
