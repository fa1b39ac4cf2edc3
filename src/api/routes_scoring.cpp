// Scoring by the group's own regulation: schemes as data (versioned), a group-year's scheme, the
// unit's self-score, cross-scores by peers the leader assigns, the leader's moderation, and the
// ranking. Scores are computed from the stored reports and sheets on demand; a group-year's
// ranking is cached in memory and recomputed only when a write bumped the score generation.
#include <nlohmann/json.hpp>

#include <chrono>
#include <map>
#include <memory>
#include <mutex>

#include "api/context.h"
#include "api/input.h"
#include "core/error.h"
#include "scoring/compiled_scheme.h"
#include "scoring/period.h"
#include "scoring/ranking.h"
#include "scoring/review.h"
#include "scoring/scheme.h"
#include "scoring/scorecard.h"
#include "storage/registry.h"
#include "storage/scoring_store.h"

namespace thidua::api {

using nlohmann::json;
using storage::TxMode;

namespace {

// Everything about one group-year's scores, computed from what is stored.
struct GroupYearScores {
  storage::GroupYearRef gy;
  storage::StoredScheme stored;
  std::unique_ptr<scoring::CompiledScheme> scheme;
  std::map<int64_t, std::unique_ptr<scoring::ScoreReview>> reviews;  // by unit id
  std::map<std::string, int64_t> unit_by_code;
  std::map<int64_t, std::string> names;
  std::vector<scoring::RankedUnit> ranking;
};

// A unit's values over the year, from its finest reports: monthly when it has any, otherwise
// quarterly, otherwise the yearly report — never two granularities added together.
scoring::IndicatorValues year_values(const scoring::IndicatorCatalogue& cat, const std::vector<storage::ReportValues>& rv,
                                     int64_t unit, int year) {
  std::vector<scoring::PeriodValues> by_kind[3];
  for (const auto& r : rv) {
    if (r.unit_id != unit) continue;
    scoring::Period p = scoring::Period::from_json(json::parse(r.period_json));
    int k = p.kind() == scoring::PeriodKind::kMonth ? 0 : p.kind() == scoring::PeriodKind::kQuarter ? 1 : 2;
    if (k == 2 && p.kind() != scoring::PeriodKind::kYear) continue;
    by_kind[k].push_back({p, scoring::IndicatorValues::from_json(cat, json::parse(r.values_json))});
  }
  for (auto& list : by_kind)
    if (!list.empty()) return scoring::aggregate(cat, list, scoring::Period::year(year));
  return scoring::IndicatorValues(cat);
}

std::unique_ptr<GroupYearScores> compute(storage::Tx& tx, const scoring::IndicatorCatalogue& cat, int64_t gy_id) {
  auto out = std::make_unique<GroupYearScores>();
  storage::ScoringStore store(tx);
  out->gy = store.group_year(gy_id);
  auto scheme_id = store.scheme_of(gy_id);
  if (!scheme_id) throw Error::Conflict("Cụm/khối năm " + std::to_string(out->gy.year) + " chưa có quy định chấm điểm");
  out->stored = *store.find_scheme(*scheme_id);
  out->scheme = std::make_unique<scoring::CompiledScheme>(
      scoring::ScoringScheme::from_json(json::parse(out->stored.json), cat), cat);
  storage::UnitRepository units(tx);
  std::vector<int64_t> ids;
  for (auto& [id, code] : out->gy.members) {
    ids.push_back(id);
    out->unit_by_code[code] = id;
    out->names[id] = units.get(id).name;
  }
  int y = out->gy.year;
  auto cur_rv = store.report_values(ids, std::to_string(y) + "-01-01", std::to_string(y) + "-12-31");
  auto prev_rv = store.report_values(ids, std::to_string(y - 1) + "-01-01", std::to_string(y - 1) + "-12-31");
  std::map<int64_t, std::pair<scoring::IndicatorValues, scoring::IndicatorValues>> values;
  std::map<int64_t, std::string> code_of;
  for (auto& [id, code] : out->gy.members) {
    code_of[id] = code;
    values.emplace(id, std::make_pair(year_values(cat, cur_rv, id, y), year_values(cat, prev_rv, id, y - 1)));
    out->reviews[id] = std::make_unique<scoring::ScoreReview>(*out->scheme, code);
  }
  auto card_for = [&](int64_t unit, const std::string& assessment_json) {
    auto& [cur, prev] = values.at(unit);
    return scoring::evaluate(*out->scheme, cur, prev, scoring::Assessment::from_json(json::parse(assessment_json)),
                             code_of.at(unit));
  };
  for (const auto& a : store.assignments(gy_id)) {
    if (!out->reviews.count(a.unit_id) || !code_of.count(a.scorer_unit_id)) continue;
    auto& review = *out->reviews[a.unit_id];
    review.assign_scorer(code_of[a.scorer_unit_id]);
    if (a.recused) review.recuse(code_of[a.scorer_unit_id], a.recusal_reason.value_or(""));
  }
  for (const auto& s : store.sheets(gy_id)) {
    if (!out->reviews.count(s.unit_id)) continue;
    auto& review = *out->reviews[s.unit_id];
    if (s.kind == "self") review.set_self_score(card_for(s.unit_id, s.assessment_json));
    else if (code_of.count(s.scorer_unit_id)) review.submit_cross_score(code_of[s.scorer_unit_id], card_for(s.unit_id, s.assessment_json));
  }
  for (const auto& m : store.moderations(gy_id)) {
    if (!out->reviews.count(m.unit_id)) continue;
    out->reviews[m.unit_id]->moderate({m.criterion, m.points, m.met, m.reason, m.username});
  }
  std::vector<scoring::RankInput> inputs;
  for (auto& [id, review] : out->reviews)
    if (auto f = review->final_score()) inputs.push_back(scoring::RankInput::from(*f));
  out->ranking = scoring::rank_units(std::move(inputs));
  return out;
}

json ranking_json(const GroupYearScores& s) {
  json items = json::array();
  std::map<int64_t, bool> ranked;
  const auto& levels = s.scheme->scheme().levels;
  for (const auto& r : s.ranking) {
    int64_t id = s.unit_by_code.at(r.score.unit);
    ranked[id] = true;
    const auto& review = *s.reviews.at(id);
    auto self = review.self_score();
    items.push_back({{"rank", r.rank},
                     {"unit_id", id},
                     {"unit_code", r.score.unit},
                     {"unit_name", s.names.at(id)},
                     {"total", static_cast<double>(r.score.total_centi) / 100.0},
                     {"self_total", self ? json(self->total) : json()},
                     {"disqualified", r.score.disqualified},
                     {"level", levels.at(static_cast<size_t>(r.score.level)).name},
                     {"level_code", levels.at(static_cast<size_t>(r.score.level)).code},
                     {"reason", r.reason},
                     {"cross_scored", review.verified().has_value()}});
  }
  json unscored = json::array();
  for (const auto& [id, name] : s.names)
    if (!ranked.count(id)) unscored.push_back({{"unit_id", id}, {"unit_name", name}});
  json leading = json::array();
  for (const auto& r : scoring::leading_units(s.ranking, 1)) leading.push_back(s.unit_by_code.at(r.score.unit));
  return {{"group_year_id", s.gy.id},
          {"group_id", s.gy.group_id},
          {"group_name", s.gy.group_name},
          {"year", s.gy.year},
          {"scheme", {{"id", s.stored.id}, {"code", s.stored.code}, {"version", s.stored.version}, {"name", s.stored.name}}},
          {"items", items},
          {"unscored", unscored},
          {"leading_unit_ids", leading},
          {"tie_break", "Không có điểm liệt trước; tổng điểm cao hơn; ít điểm trừ hơn; điểm mục đầu cao hơn; nhiều tiêu chí đạt đủ điểm hơn; mã đơn vị"}};
}

// The ranking answer of each group-year. An entry is trusted without asking the database while
// this process has answered no write since and it was confirmed less than kRecheck ago; after
// that, one read of the score generation (bumped by every write that can change a score, in any
// instance) tells whether it still holds.
class RankingCache {
 public:
  static constexpr auto kRecheck = std::chrono::milliseconds(200);
  struct Entry {
    int64_t gen = -1;
    uint64_t epoch = 0;
    std::chrono::steady_clock::time_point confirmed;
    std::shared_ptr<const std::string> body;
    storage::GroupYearRef gy;
  };
  std::optional<Entry> fresh(std::pair<int64_t, int> key, uint64_t epoch) {
    std::lock_guard lk(mu_);
    auto it = entries_.find(key);
    if (it == entries_.end() || it->second.epoch != epoch) return std::nullopt;
    if (std::chrono::steady_clock::now() - it->second.confirmed > kRecheck) return std::nullopt;
    return it->second;
  }
  std::optional<Entry> confirm(std::pair<int64_t, int> key, int64_t gen, uint64_t epoch) {
    std::lock_guard lk(mu_);
    auto it = entries_.find(key);
    if (it == entries_.end() || it->second.gen != gen) return std::nullopt;
    it->second.epoch = epoch;
    it->second.confirmed = std::chrono::steady_clock::now();
    return it->second;
  }
  void put(std::pair<int64_t, int> key, Entry e) {
    std::lock_guard lk(mu_);
    e.confirmed = std::chrono::steady_clock::now();
    entries_[key] = std::move(e);
  }

 private:
  std::mutex mu_;
  std::map<std::pair<int64_t, int>, Entry> entries_;
};

// Reads are allowed to whoever's scope holds the organiser or one of the members.
void require_group_read(storage::Tx& tx, const Routes& r, const Ctx& c, const storage::GroupYearRef& gy) {
  if (c.me().everything) return;
  storage::UnitRepository units(tx);
  if (units.in_scope(c.me().user.unit_id, gy.organiser_unit_id)) return;
  for (auto& [id, code] : gy.members)
    if (units.in_scope(c.me().user.unit_id, id)) return;
  throw Error::NotFound("Không tìm thấy");
}

// The leader unit's officers, and the organising level's, run the cross-scoring.
void require_leader(storage::Tx& tx, const Routes& r, const Ctx& c, const storage::GroupYearRef& gy) {
  r.require_write(c, access::Resource::kScores);
  if (c.me().role != access::Role::kAdmin && c.me().role != access::Role::kOfficer)
    throw Error::Forbidden("Chỉ cán bộ thi đua của đơn vị cụm trưởng hoặc cấp tổ chức cụm được phân công, thẩm định");
  storage::UnitRepository units(tx);
  if (c.me().everything || units.in_scope(c.me().user.unit_id, gy.organiser_unit_id)) return;
  if (gy.leader_unit_id && units.in_scope(c.me().user.unit_id, *gy.leader_unit_id)) return;
  throw Error::Forbidden("Chỉ đơn vị cụm trưởng hoặc cấp tổ chức cụm được phân công chấm chéo và thẩm định");
}

int year_param(const Ctx& c) {
  int64_t y = path_id(c.params.at("year"));
  if (y < 1900 || y > 2200) throw Error::NotFound("Không tìm thấy năm này");
  return static_cast<int>(y);
}

bool is_member(const storage::GroupYearRef& gy, int64_t unit) {
  for (auto& [id, code] : gy.members)
    if (id == unit) return true;
  return false;
}

}  // namespace

void register_scoring_routes(Routes& r) {
  auto cache = std::make_shared<RankingCache>();

  r.add("GET", "/api/v1/scoring-schemes", [&r](Ctx&) {
    auto tx = r.db().begin(TxMode::kRead);
    json items = json::array();
    for (auto& s : storage::ScoringStore(*tx).schemes())
      items.push_back({{"id", s.id}, {"code", s.code}, {"version", s.version}, {"name", s.name},
                       {"created_at", s.created_at}, {"created_by", s.username}});
    return ok(200, json{{"items", items}, {"total", items.size()}});
  });

  r.add("GET", "/api/v1/scoring-schemes/{id}", [&r](Ctx& c) {
    auto tx = r.db().begin(TxMode::kRead);
    auto s = storage::ScoringStore(*tx).find_scheme(c.pid());
    if (!s) throw Error::NotFound("Không tìm thấy quy định chấm điểm");
    return ok(200, json{{"id", s->id}, {"code", s->code}, {"version", s->version}, {"name", s->name},
                        {"scheme", json::parse(s->json)}});
  });

  // Import: the documented JSON format (docs/scoring-scheme.md). A change is a new version.
  r.add("POST", "/api/v1/scoring-schemes", [&r](Ctx& c) {
    r.require_write(c, access::Resource::kScores);
    if (c.me().role != access::Role::kAdmin && c.me().role != access::Role::kOfficer)
      throw Error::Forbidden("Chỉ cán bộ thi đua được ban hành quy định chấm điểm");
    Input in(c.req.body, {"scheme"});
    scoring::ScoringScheme s = scoring::ScoringScheme::from_json(in.json_value("scheme"), r.indicators());
    scoring::CompiledScheme check(s, r.indicators());  // refuses what cannot be scored
    json canonical = s.to_json();
    auto tx = r.db().begin(TxMode::kWrite);
    auto stored = storage::ScoringStore(*tx).add_scheme(s.id, s.version, s.name, canonical.dump(), c.me().user.username);
    r.audit(*tx, c, "scheme.create", "scoring_scheme", stored.id, c.me().user.unit_id, nullptr,
            {{"code", s.id}, {"version", s.version}, {"name", s.name}});
    tx->commit();
    return ok(201, json{{"id", stored.id}, {"code", stored.code}, {"version", stored.version}, {"name", stored.name}});
  });

  r.add("POST", "/api/v1/groups/{gid}/years/{year}/scheme", [&r](Ctx& c) {
    Input in(c.req.body, {"scheme_id"});
    int64_t scheme_id = in.id("scheme_id");
    auto tx = r.db().begin(TxMode::kWrite);
    storage::ScoringStore store(*tx);
    auto gy = store.group_year(c.pid("gid"), year_param(c));
    require_leader(*tx, r, c, gy);
    auto s = store.find_scheme(scheme_id);
    if (!s) throw Error::Invalid("Quy định chấm điểm không tồn tại", "scheme_id");
    auto before = store.scheme_of(gy.id);
    store.bind_scheme(gy.id, scheme_id);
    r.audit(*tx, c, "group_year.scheme", "group_year", gy.id, gy.organiser_unit_id,
            before ? json{{"scheme_id", *before}} : json(), {{"scheme_id", scheme_id}, {"code", s->code}, {"version", s->version}});
    tx->commit();
    return ok(200, json{{"group_year_id", gy.id}, {"scheme_id", scheme_id}});
  });

  // The unit's self-score (tự chấm): its qualitative verdicts and bonus/deduction counts; the
  // quantitative criteria come from its reports.
  r.add("POST", "/api/v1/groups/{gid}/years/{year}/scores/self", [&r](Ctx& c) {
    r.require_write(c, access::Resource::kScores);
    Input in(c.req.body, {"unit_id", "assessment"});
    int64_t unit = in.id("unit_id");
    json assessment = in.opt_json("assessment") ? in.json_value("assessment") : json::object();
    scoring::Assessment::from_json(assessment);
    auto tx = r.db().begin(TxMode::kWrite);
    storage::ScoringStore store(*tx);
    auto gy = store.group_year(c.pid("gid"), year_param(c));
    if (!is_member(gy, unit)) throw Error::Invalid("Đơn vị không phải thành viên của cụm/khối năm này", "unit_id");
    r.require_scope(*tx, c, unit, true);
    store.put_sheet(gy.id, {unit, unit, "self", assessment.dump(), c.me().user.username, ""});
    auto scores = compute(*tx, r.indicators(), gy.id);  // refuses what the scheme cannot score
    r.audit(*tx, c, "score.self", "group_year", gy.id, unit, nullptr, {{"unit_id", unit}, {"assessment", assessment}});
    tx->commit();
    return ok(200, scores->reviews.at(unit)->to_json());
  });

  r.add("POST", "/api/v1/groups/{gid}/years/{year}/assignments", [&r](Ctx& c) {
    Input in(c.req.body, {"unit_id", "scorer_unit_id"});
    int64_t unit = in.id("unit_id"), scorer = in.id("scorer_unit_id");
    auto tx = r.db().begin(TxMode::kWrite);
    storage::ScoringStore store(*tx);
    auto gy = store.group_year(c.pid("gid"), year_param(c));
    require_leader(*tx, r, c, gy);
    if (unit == scorer) throw Error::Invalid("Đơn vị không được tự chấm chéo cho chính mình", "scorer_unit_id");
    if (!is_member(gy, unit) || !is_member(gy, scorer))
      throw Error::Invalid("Cả đơn vị được chấm và đơn vị chấm phải là thành viên cụm/khối năm này", "unit_id");
    store.assign(gy.id, unit, scorer);
    r.audit(*tx, c, "score.assign", "group_year", gy.id, unit, nullptr, {{"unit_id", unit}, {"scorer_unit_id", scorer}});
    tx->commit();
    return ok(201, json{{"unit_id", unit}, {"scorer_unit_id", scorer}});
  });

  r.add("POST", "/api/v1/groups/{gid}/years/{year}/assignments/recuse", [&r](Ctx& c) {
    r.require_write(c, access::Resource::kScores);
    Input in(c.req.body, {"unit_id", "scorer_unit_id", "reason"});
    int64_t unit = in.id("unit_id"), scorer = in.id("scorer_unit_id");
    std::string reason = in.str("reason", 1000);
    auto tx = r.db().begin(TxMode::kWrite);
    storage::ScoringStore store(*tx);
    auto gy = store.group_year(c.pid("gid"), year_param(c));
    r.require_scope(*tx, c, scorer, true);
    store.recuse(gy.id, unit, scorer, reason);
    r.audit(*tx, c, "score.recuse", "group_year", gy.id, unit, nullptr,
            {{"unit_id", unit}, {"scorer_unit_id", scorer}, {"reason", reason}});
    tx->commit();
    return ok(200, json{{"unit_id", unit}, {"scorer_unit_id", scorer}, {"recused", true}});
  });

  r.add("POST", "/api/v1/groups/{gid}/years/{year}/scores/cross", [&r](Ctx& c) {
    r.require_write(c, access::Resource::kScores);
    Input in(c.req.body, {"unit_id", "scorer_unit_id", "assessment"});
    int64_t unit = in.id("unit_id"), scorer = in.id("scorer_unit_id");
    json assessment = in.opt_json("assessment") ? in.json_value("assessment") : json::object();
    scoring::Assessment::from_json(assessment);
    if (unit == scorer) throw Error::Invalid("Đơn vị không được tự chấm chéo cho chính mình", "scorer_unit_id");
    auto tx = r.db().begin(TxMode::kWrite);
    storage::ScoringStore store(*tx);
    auto gy = store.group_year(c.pid("gid"), year_param(c));
    r.require_scope(*tx, c, scorer, true);
    if (c.me().user.unit_id == unit) throw Error::Forbidden("Đơn vị không được tự chấm chéo cho chính mình");
    bool assigned = false;
    for (const auto& a : store.assignments(gy.id))
      if (a.unit_id == unit && a.scorer_unit_id == scorer) {
        if (a.recused) throw Error::Conflict("Đơn vị chấm đã xin rút khỏi việc chấm đơn vị này");
        assigned = true;
      }
    if (!assigned) throw Error::Forbidden("Đơn vị chưa được cụm trưởng phân công chấm chéo đơn vị này");
    store.put_sheet(gy.id, {unit, scorer, "cross", assessment.dump(), c.me().user.username, ""});
    auto scores = compute(*tx, r.indicators(), gy.id);
    r.audit(*tx, c, "score.cross", "group_year", gy.id, unit, nullptr,
            {{"unit_id", unit}, {"scorer_unit_id", scorer}, {"assessment", assessment}});
    tx->commit();
    return ok(200, scores->reviews.at(unit)->to_json());
  });

  r.add("POST", "/api/v1/groups/{gid}/years/{year}/moderations", [&r](Ctx& c) {
    Input in(c.req.body, {"unit_id", "criterion", "points", "met", "reason"});
    int64_t unit = in.id("unit_id");
    std::string criterion = in.str("criterion", 100);
    if (!in.opt_json("points") || !in.json_value("points").is_number())
      throw Error::Invalid("Trường points phải là số", "points");
    double points = in.json_value("points").get<double>();
    auto met = in.opt_bool("met");
    std::string reason = in.str("reason", 1000);
    auto tx = r.db().begin(TxMode::kWrite);
    storage::ScoringStore store(*tx);
    auto gy = store.group_year(c.pid("gid"), year_param(c));
    require_leader(*tx, r, c, gy);
    if (!is_member(gy, unit)) throw Error::Invalid("Đơn vị không phải thành viên của cụm/khối năm này", "unit_id");
    store.add_moderation(gy.id, {unit, criterion, reason, c.me().user.username, "", points, met});
    auto scores = compute(*tx, r.indicators(), gy.id);  // refuses an unknown criterion or points out of range
    r.audit(*tx, c, "score.moderate", "group_year", gy.id, unit, nullptr,
            {{"unit_id", unit}, {"criterion", criterion}, {"points", points}, {"reason", reason}});
    tx->commit();
    return ok(200, scores->reviews.at(unit)->to_json());
  });

  r.add("GET", "/api/v1/groups/{gid}/years/{year}/ranking", [&r, cache](Ctx& c) {
    std::pair<int64_t, int> key{c.pid("gid"), year_param(c)};
    uint64_t epoch = r.write_epoch();
    auto answer = [](const RankingCache::Entry& e) { return http::Response::json(200, *e.body); };
    if (c.me().everything)
      if (auto hit = cache->fresh(key, epoch)) return answer(*hit);
    auto tx = r.db().begin(TxMode::kRead);
    storage::ScoringStore store(*tx);
    int64_t gen = store.generation();
    if (auto hit = cache->confirm(key, gen, epoch)) {
      require_group_read(*tx, r, c, hit->gy);
      return answer(*hit);
    }
    auto gy = store.group_year(key.first, key.second);
    require_group_read(*tx, r, c, gy);
    RankingCache::Entry e;
    e.gen = gen;
    e.epoch = epoch;
    e.body = std::make_shared<const std::string>(ranking_json(*compute(*tx, r.indicators(), gy.id)).dump());
    e.gy = gy;
    cache->put(key, e);
    return answer(e);
  });

  // From memory only: an administrator at the root, an entry confirmed moments ago, no write since.
  r.add_fast("/api/v1/groups/{gid}/years/{year}/ranking", [&r, cache](Ctx& c) -> std::optional<http::Response> {
    if (!c.me().everything) return std::nullopt;
    auto hit = cache->fresh({c.pid("gid"), year_param(c)}, r.write_epoch());
    if (!hit) return std::nullopt;
    return http::Response::json(200, *hit->body);
  });

  // A unit's scorecard: every point explained (value → target → rule → points), self vs final.
  r.add("GET", "/api/v1/groups/{gid}/years/{year}/scorecards/{unit}", [&r](Ctx& c) {
    int64_t unit = c.pid("unit");
    auto tx = r.db().begin(TxMode::kRead);
    auto gy = storage::ScoringStore(*tx).group_year(c.pid("gid"), year_param(c));
    if (!is_member(gy, unit)) throw Error::NotFound("Đơn vị không thuộc cụm/khối năm này");
    r.require_scope(*tx, c, unit, false);
    auto scores = compute(*tx, r.indicators(), gy.id);
    json j = scores->reviews.at(unit)->to_json();
    j["unit_id"] = unit;
    j["unit_name"] = scores->names.at(unit);
    j["scheme"] = {{"id", scores->stored.id}, {"code", scores->stored.code}, {"version", scores->stored.version}};
    return ok(200, j);
  });
}

}  // namespace thidua::api
