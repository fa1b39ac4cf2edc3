#include "api/score_board.h"

#include <nlohmann/json.hpp>

#include <malloc.h>

#include <algorithm>
#include <barrier>
#include <charconv>
#include <thread>

#include <spdlog/spdlog.h>

#include "api/serialize.h"

#include "core/error.h"
#include "core/heap_size.h"
#include "scoring/period.h"
#include "scoring/scheme.h"
#include "scoring/scorecard.h"
#include "scoring/values_text.h"
#include "storage/registry.h"
#include "storage/report_rows.h"

namespace thidua::api {

using nlohmann::json;

// The reports of some units as read, decoded straight from the statement's columns (no string,
// row or JSON tree per report): each report's period (parsed once per distinct text), whether it
// was late, and its reported values in one flat array (catalogue.reported_columns() a report), in
// the statement's order — by unit, then period. A unit with a stored value that cannot be read
// holds the refusal instead (its group-year is refused when built, never read as 0).
//
// Read in two steps: read_raw() steps the statement and keeps each report's values text beside
// the set (ReportTexts, one buffer for all), decode() turns a range of its units' texts into
// values. The start-up load reads on one thread and decodes on the builders' threads (each its
// own units); a request's build does both at once (read_reports).
struct ReportSet {
  struct Report {
    const scoring::Period* period;
    bool late;
  };
  size_t width = 0;
  std::vector<Report> reports;
  std::vector<double> values;
  std::vector<std::pair<int64_t, size_t>> starts;  // (unit, its first report), units ascending
  std::map<std::string, scoring::Period, std::less<>> periods;
  std::vector<std::exception_ptr> refused;  // by unit (as `starts`): why its reports cannot be read

  size_t unit_index(int64_t unit) const {
    auto it = std::lower_bound(starts.begin(), starts.end(), std::make_pair(unit, size_t{0}));
    return it == starts.end() || it->first != unit ? starts.size() : static_cast<size_t>(it - starts.begin());
  }
  size_t end_of(size_t u) const { return u + 1 == starts.size() ? reports.size() : starts[u + 1].second; }
  // The unit's reports [first, last).
  std::pair<size_t, size_t> of(int64_t unit) const {
    const size_t u = unit_index(unit);
    if (u == starts.size()) return {0, 0};
    return {starts[u].second, end_of(u)};
  }
  const std::exception_ptr* refusal(int64_t unit) const {
    const size_t u = unit_index(unit);
    return u < refused.size() && refused[u] ? &refused[u] : nullptr;
  }
  std::span<const double> row(size_t i) const { return {values.data() + i * width, width}; }
};

namespace {

// The start's values text buffers, handed from a batch decoded to the next one read: a buffer
// new each batch had its pages faulted in again each time (perf at --scale 0.25: the page faults
// under the reading thread's copy of the texts were a third as much as the copy itself).
struct TextBuffers {
  std::mutex mu;
  std::vector<std::string> free;
  std::string take() {
    std::lock_guard lk(mu);
    if (free.empty()) return {};
    std::string s = std::move(free.back());
    free.pop_back();
    s.clear();  // keeps its capacity
    return s;
  }
  void give(std::string s) {
    std::lock_guard lk(mu);
    free.push_back(std::move(s));
  }
};

// A ReportSet's values as read, until decoded: report i's text is [at[i], at[i + 1]) of `text`.
struct ReportTexts {
  std::string text;
  std::vector<size_t> at;
  std::shared_ptr<TextBuffers> buffers;  // where `text` goes once decoded (the start's load), or none

  // Decodes the values of `rs`'s units [from, to) (indexes into `starts`) into it; threads may
  // decode disjoint ranges at once.
  void decode(const scoring::IndicatorCatalogue& cat, ReportSet& rs, size_t from, size_t to) const {
    std::vector<double> row(static_cast<size_t>(cat.columns()));
    for (size_t u = from; u < to; ++u) {
      if (rs.refused[u]) continue;
      try {
        for (size_t i = rs.starts[u].second, last = rs.end_of(u); i < last; ++i) {
          scoring::read_values_text(cat, std::string_view(text).substr(at[i], at[i + 1] - at[i]), row);
          std::copy_n(row.begin(), rs.width, rs.values.begin() + static_cast<std::ptrdiff_t>(i * rs.width));
        }
      } catch (...) {
        rs.refused[u] = std::current_exception();
      }
    }
  }
  // Once every unit is decoded: the texts are not needed any more.
  void drop() {
    if (buffers) buffers->give(std::move(text));
    std::string().swap(text);
    std::vector<size_t>().swap(at);
  }
};

// Reports read, not decoded yet.
struct RawReports {
  std::shared_ptr<ReportSet> set;
  std::shared_ptr<ReportTexts> texts;
};

// Reads the reports of `ids` from `from` to `to` (submitted, accepted or locked) into a ReportSet,
// their values not decoded yet (ReportTexts::decode).
RawReports read_raw(storage::Tx& tx, const scoring::IndicatorCatalogue& cat, const std::vector<int64_t>& ids,
                    const Date& from, const Date& to, const std::shared_ptr<TextBuffers>& buffers = nullptr) {
  auto set = std::make_shared<ReportSet>();
  auto texts = std::make_shared<ReportTexts>();
  if (buffers) {
    texts->buffers = buffers;
    texts->text = buffers->take();
  }
  set->width = static_cast<size_t>(cat.reported_columns());
  set->reports.reserve(ids.size() * 24);
  texts->at.reserve(ids.size() * 24 + 1);
  // The texts' buffer sized once for the units' two years of reports (a report's values text is
  // 0.6–0.7 KB with the national catalogue): grown by doubling instead, its copies were a sixth
  // of the start's reading thread (perf at --scale 0.25). Pages not written are never resident.
  texts->text.reserve(std::min(ids.size() * 24 * 768, size_t{16} << 20));
  storage::each_report(tx, ids, from.iso(), to.iso(), [&](const storage::ReportRow& r) {
    if (set->starts.empty() || set->starts.back().first != r.unit_id) {
      set->starts.emplace_back(r.unit_id, set->reports.size());
      set->refused.emplace_back();
    }
    if (set->refused.back()) return;
    try {
      auto p = set->periods.find(r.period_json);
      if (p == set->periods.end())
        p = set->periods.emplace(std::string(r.period_json), scoring::Period::from_json(json::parse(r.period_json))).first;
      texts->at.push_back(texts->text.size());
      texts->text.append(r.values_json);
      set->reports.push_back({&p->second, r.late});
    } catch (...) {
      set->refused.back() = std::current_exception();
    }
  });
  // A unit refused keeps its start: its reports are skipped, and it is refused when put.
  texts->at.push_back(texts->text.size());
  set->values.resize(set->reports.size() * set->width);
  return {std::move(set), std::move(texts)};
}

// Reads the reports of `ids` from `from` to `to` (submitted, accepted or locked) into a ReportSet, decoded.
std::shared_ptr<ReportSet> read_reports(storage::Tx& tx, const scoring::IndicatorCatalogue& cat,
                                        const std::vector<int64_t>& ids, const Date& from, const Date& to) {
  RawReports raw = read_raw(tx, cat, ids, from, to);
  raw.texts->decode(cat, *raw.set, 0, raw.set->starts.size());
  return std::move(raw.set);
}

// Puts a unit's reports inside `over` into the engine's slots (`months`: the report months of
// `over`), from its finest reports: monthly (or statistical monthly) when it has any, otherwise
// quarterly, otherwise phases, otherwise yearly — never two granularities added together. A
// report goes to the first month it overlaps; every month the reports cover together counts as
// reported; a month left unreported counts as late once past its deadline. The engine does the
// arithmetic (scoring::finish_aggregate: missing unless every month is covered).
// A report's granularity, finest first (6: none).
int rank(scoring::PeriodKind k) {
  switch (k) {
    case scoring::PeriodKind::kMonth: return 0;
    case scoring::PeriodKind::kStatisticalMonth: return 1;
    case scoring::PeriodKind::kQuarter: return 2;
    case scoring::PeriodKind::kPhase: return 3;
    case scoring::PeriodKind::kYear: return 4;
    case scoring::PeriodKind::kStatisticalYear: return 5;
  }
  return 5;
}

// `finest`: the rank of the reports put (6: none).
void put_reports(const ReportSet& rs, int64_t unit, const scoring::Period& over, const std::vector<scoring::Period>& months,
                 const scoring::Lateness& lateness, scoring::Engine& engine, int index, scoring::Engine::Year year,
                 std::vector<scoring::Period>& spans, uint8_t& finest_put) {
  if (const std::exception_ptr* bad = rs.refusal(unit)) std::rethrow_exception(*bad);
  finest_put = 6;
  for (size_t s = 0; s < months.size(); ++s) {
    engine.clear_report(index, year, static_cast<int>(s));
    std::optional<Date> due = lateness.deadline ? lateness.deadline(months[s]) : std::nullopt;
    engine.set_overdue(index, year, static_cast<int>(s), lateness.today > (due ? *due : months[s].end()));
  }
  const auto [first, last] = rs.of(unit);
  int finest = 6;
  for (size_t i = first; i < last; ++i)
    if (over.contains(*rs.reports[i].period)) finest = std::min(finest, rank(rs.reports[i].period->kind()));
  finest_put = static_cast<uint8_t>(finest);
  if (finest == 6) return;
  spans.clear();
  for (size_t i = first; i < last; ++i) {
    const ReportSet::Report& r = rs.reports[i];
    if (rank(r.period->kind()) != finest || !over.contains(*r.period)) continue;
    spans.push_back(*r.period);
    for (size_t s = 0; s < months.size(); ++s) {
      if (!months[s].overlaps(*r.period)) continue;
      engine.add_report(index, year, static_cast<int>(s), rs.row(i), r.late);
      break;
    }
  }
  std::vector<bool> covered = scoring::covered_months(spans, months);
  for (size_t s = 0; s < months.size(); ++s)
    if (covered[s]) engine.mark_reported(index, year, static_cast<int>(s));
}

// When each of `ids`'s unreported months fall due: the earliest deadline set by the unit or a
// level above it (`chains`: each unit with every unit above it) for that month, else the month's
// last day.
std::map<int64_t, scoring::Lateness> lateness_from(const std::vector<int64_t>& ids,
                                                   std::map<int64_t, std::vector<int64_t>>& chains,
                                                   const std::vector<storage::ReportDeadline>& rows) {
  std::map<int64_t, scoring::Lateness> out;
  const Date today = Date::today_vn();
  for (int64_t id : ids) {
    std::shared_ptr<std::map<std::string, Date>> due;  // none set: every month falls due on its last day
    const std::vector<int64_t>& chain = chains[id];
    for (const auto& d : rows) {
      if (d.organiser_unit_id != id && std::find(chain.begin(), chain.end(), d.organiser_unit_id) == chain.end()) continue;
      if (!due) due = std::make_shared<std::map<std::string, Date>>();
      auto [it, fresh] = due->emplace(d.period_key, d.deadline);
      if (!fresh && d.deadline < it->second) it->second = d.deadline;
    }
    scoring::Lateness l;
    l.today = today;
    if (due) l.deadline = [due](const scoring::Period& m) -> std::optional<Date> {
      auto it = due->find(m.key());
      return it == due->end() ? std::nullopt : std::optional<Date>(it->second);
    };
    out[id] = std::move(l);
  }
  return out;
}

std::map<int64_t, scoring::Lateness> lateness_of(storage::Tx& tx, const std::vector<int64_t>& ids) {
  storage::ScoringStore store(tx);
  // A few units (a write's re-scoring): their chains and the chains' deadlines in one statement.
  if (ids.size() <= 8) {
    std::map<int64_t, std::vector<int64_t>> chains;
    auto deadlines = store.chain_deadlines(ids, chains);
    return lateness_from(ids, chains, deadlines);
  }
  std::map<int64_t, std::vector<int64_t>> chains = store.ancestors_of(ids);  // each with the unit itself
  std::vector<int64_t> all;
  for (int64_t id : ids) {
    all.push_back(id);
    all.insert(all.end(), chains[id].begin(), chains[id].end());
  }
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  return lateness_from(ids, chains, store.deadlines(all));
}

// Puts the reports of `ids` (`rows`: theirs over the period and the same period a year
// earlier, or more) into the engine.
void put_values(const scoring::Period& period, const std::vector<int64_t>& ids,
                std::map<int64_t, GroupYearScores::Member>& members, const ReportSet& rows,
                std::map<int64_t, scoring::Lateness>& lateness, scoring::Engine& engine) {
  const scoring::Period before = period.same_period_previous_year();
  const std::vector<scoring::Period> months = period.report_months(), months_before = before.report_months();
  std::vector<scoring::Period> spans;
  for (int64_t id : ids) {
    GroupYearScores::Member& m = members.at(id);
    put_reports(rows, id, period, months, lateness[id], engine, m.index, scoring::Engine::Year::kCurrent, spans, m.finest[0]);
    put_reports(rows, id, before, months_before, lateness[id], engine, m.index, scoring::Engine::Year::kPrevious, spans,
                m.finest[1]);
  }
}

// A submission handed by its write (storage::WrittenReport) put into the engine as put_reports()
// puts it when the unit's reports are read again — with the same calls, on the values decoded by
// the same reader — when that is all a read would change: the report is a calendar month's, the
// period scored is a calendar one (a year, a quarter, a month: each report month a whole month,
// and each month's report goes to its own month and covers it), the unit's reports there are
// months or none, and the month's slot holds nothing (the report was not scored before; a
// snapshot read while the write committed may hold it already). The unit's other months keep
// what they hold, their lateness too (no deadline moved: that would have moved the version
// again). False, with nothing changed: the unit is read again.
bool put_handed(const scoring::IndicatorCatalogue& cat, const scoring::Period& period, const storage::WrittenReport& w,
                GroupYearScores::Member& m, scoring::Engine& engine) {
  if (w.status != "submitted") return false;
  auto calendar = [](scoring::PeriodKind k) {
    return k == scoring::PeriodKind::kYear || k == scoring::PeriodKind::kQuarter || k == scoring::PeriodKind::kMonth;
  };
  if (!calendar(period.kind())) return false;
  json pj = json::parse(w.period_json, nullptr, false);
  if (pj.is_discarded()) return false;
  const scoring::Period p = scoring::Period::from_json(pj);
  if (p.kind() != scoring::PeriodKind::kMonth) return false;
  const scoring::Period before = period.same_period_previous_year();
  struct Target {
    scoring::Engine::Year year;
    int slot;
  };
  std::vector<Target> targets;
  for (const auto& [over, year] : {std::pair{period, scoring::Engine::Year::kCurrent}, std::pair{before, scoring::Engine::Year::kPrevious}}) {
    if (!over.contains(p)) continue;
    const std::vector<scoring::Period> months = over.report_months();
    auto at = std::find(months.begin(), months.end(), p);
    if (at == months.end()) return false;
    const int slot = static_cast<int>(at - months.begin());
    const uint8_t finest = m.finest[static_cast<int>(year)];
    if ((finest != 0 && finest != 6) || !engine.slot_empty(m.index, year, slot)) return false;
    targets.push_back({year, slot});
  }
  if (targets.empty()) return true;  // outside what this period scores: nothing to put
  std::vector<double> row(static_cast<size_t>(cat.columns()));
  try {
    scoring::read_values_text(cat, w.values_json, row);
  } catch (...) {
    return false;  // refused as a read refuses it
  }
  const std::span<const double> reported(row.data(), static_cast<size_t>(cat.reported_columns()));
  for (const Target& t : targets) {
    engine.add_report(m.index, t.year, t.slot, reported, w.late);
    engine.mark_reported(m.index, t.year, t.slot);
    m.finest[static_cast<int>(t.year)] = 0;
  }
  return true;
}

// What a period is scored on: the period and the same period a year earlier, first day to last.
std::pair<Date, Date> with_year_before(const scoring::Period& period) {
  const scoring::Period before = period.same_period_previous_year();
  return {std::min(before.start(), period.start()), std::max(before.end(), period.end())};
}

// The reports of `ids` over the period and the same period a year earlier (one statement), decoded.
std::shared_ptr<ReportSet> read_period_reports(storage::Tx& tx, const scoring::IndicatorCatalogue& cat,
                                               const std::vector<int64_t>& ids, const scoring::Period& period) {
  const auto [from, to] = with_year_before(period);
  return read_reports(tx, cat, ids, from, to);
}

// Reads the reports of `ids` over the period and the same period a year earlier into the engine.
void load_values(storage::Tx& tx, const scoring::IndicatorCatalogue& cat, const scoring::Period& period,
                 const std::vector<int64_t>& ids, std::map<int64_t, GroupYearScores::Member>& members,
                 scoring::Engine& engine) {
  if (ids.empty()) return;
  auto rows = read_period_reports(tx, cat, ids, period);
  auto lateness = lateness_of(tx, ids);
  put_values(period, ids, members, *rows, lateness, engine);
}

struct Sheets {
  std::vector<storage::ScoreSheet> sheets;
  std::vector<storage::ScoreAssignment> assignments;
  std::vector<storage::StoredModeration> moderations;
};

Sheets load_sheets(storage::ScoringStore& store, int64_t gy) {
  return {store.sheets(gy), store.assignments(gy), store.moderations(gy)};
}

// The member's review inputs from its own rows: assignments, recusals, self- and cross-sheets,
// and the leader's moderations (the engine scores them on its values).
// Assessments parsed once per distinct text while a group-year is built (members' sheets are
// often alike).
using AssessmentCache = std::map<std::string_view, scoring::Assessment>;

scoring::ReviewInput review_input(int64_t unit, const Sheets& rows, const std::map<int64_t, std::string>& code_of,
                                  AssessmentCache& parsed) {
  scoring::ReviewInput in;
  for (const auto& a : rows.assignments) {
    if (a.unit_id != unit || !code_of.count(a.scorer_unit_id)) continue;
    in.assignments.push_back({code_of.at(a.scorer_unit_id), a.recused, a.recusal_reason.value_or("")});
  }
  for (const auto& s : rows.sheets) {
    if (s.unit_id != unit) continue;
    auto found = parsed.find(s.assessment_json);
    if (found == parsed.end())
      found = parsed.emplace(s.assessment_json, scoring::Assessment::from_json(json::parse(s.assessment_json))).first;
    scoring::Assessment a = found->second;
    if (s.kind == "self") in.self = std::move(a);
    else if (code_of.count(s.scorer_unit_id)) in.cross.emplace_back(code_of.at(s.scorer_unit_id), std::move(a));
  }
  for (const auto& mo : rows.moderations)
    if (mo.unit_id == unit) in.moderations.push_back({mo.criterion, mo.points, mo.met, mo.reason, mo.username});
  return in;
}

// A group-year's engine: one group holding `members` (their `index` set here).
// The members' codes and names are the engine's (held once); `names` may lack a member (then "").
std::shared_ptr<scoring::Engine> new_engine(const scoring::IndicatorCatalogue& cat, const scoring::Period& period,
                                            std::shared_ptr<const scoring::CompiledScheme> scheme,
                                            const storage::GroupYearRef& gy, const std::map<int64_t, std::string>& names,
                                            std::map<int64_t, GroupYearScores::Member>& members) {
  auto e = std::make_shared<scoring::Engine>(cat, period);
  int g = e->add_group(std::to_string(gy.id), gy.group_name, e->add_scheme(std::move(scheme)));
  e->reserve_units(gy.members.size());
  for (const auto& [id, code] : gy.members) {
    auto name = names.find(id);
    members[id].index = e->add_unit(code, name == names.end() ? std::string() : name->second, g);
  }
  return e;
}

std::map<int64_t, std::string> codes(const storage::GroupYearRef& gy) {
  std::map<int64_t, std::string> out;
  for (auto& [id, code] : gy.members) out[id] = code;
  return out;
}

}  // namespace

// A stored scheme never changes (a new version is a new row): compiled once per board.
std::shared_ptr<const scoring::CompiledScheme> ScoreBoard::compiled_scheme_of(storage::ScoringStore& store,
                                                                              const storage::GroupYearRef& gy,
                                                                              storage::StoredScheme& stored,
                                                                              std::optional<int64_t>* movement) const {
  auto b = store.binding_of(gy.id);
  if (!b) throw Error::Conflict("Cụm/khối năm " + std::to_string(gy.year) + " chưa có quy định chấm điểm");
  if (movement) *movement = b->movement_id;
  return compiled_scheme(store, b->scheme_id, stored);
}

std::shared_ptr<const scoring::CompiledScheme> ScoreBoard::compiled_scheme(storage::ScoringStore& store, int64_t scheme_id,
                                                                           storage::StoredScheme& stored) const {
  {
    std::lock_guard lk(schemes_mu_);
    if (auto it = schemes_.find(scheme_id); it != schemes_.end()) {
      stored = it->second.first;
      return it->second.second;
    }
  }
  stored = *store.find_scheme(scheme_id);
  auto compiled = std::make_shared<const scoring::CompiledScheme>(
      scoring::ScoringScheme::from_json(json::parse(stored.json), catalogue_), catalogue_);
  // Compiled: the text is not kept (every snapshot holds a copy of `stored`, a few KB each).
  std::string().swap(stored.json);
  std::lock_guard lk(schemes_mu_);
  schemes_.emplace(scheme_id, std::make_pair(stored, compiled));
  return compiled;
}

namespace {

int64_t version_of(const std::map<int64_t, int64_t>& m, int64_t unit) {
  auto it = m.find(unit);
  return it == m.end() ? 0 : it->second;
}

// Writes JSON into a string with the bytes nlohmann's dump() gives for the same tree (its
// objects' keys sorted, no spaces), without building the tree: scalars go through nlohmann's own
// serializer, one at a time. The ranking of every group-year is serialised once at start; as a
// tree (a map node, a key string and a value for each of a member's 13 fields and its coverage's
// 6) that was 12–14 % of the start's CPU (bench/README.md, "SQLite cold start").
class JsonOut {
 public:
  explicit JsonOut(std::string& out) : out_(out), ser_(nlohmann::detail::output_adapter<char, std::string>(out), ' ') {}
  JsonOut& raw(std::string_view text) {
    out_.append(text);
    return *this;
  }
  // `"name":` — the names written here are plain ASCII, written in sorted order by the callers.
  JsonOut& key(std::string_view name) {
    out_ += '"';
    out_.append(name);
    out_.append("\":");
    return *this;
  }
  JsonOut& value(const json& j) {
    ser_.dump(j, false, false, 0);
    return *this;
  }
  JsonOut& str(std::string_view text) {
    append_json_string(out_, text);  // the escaping of api/serialize.h, the same bytes as dump()
    return *this;
  }
  JsonOut& integer(int64_t v) {
    char b[24];
    out_.append(b, std::to_chars(b, b + sizeof b, v).ptr);
    return *this;
  }
  JsonOut& number(double v) { return value(json(v)); }
  JsonOut& boolean(bool v) { return raw(v ? "true" : "false"); }

 private:
  std::string& out_;
  nlohmann::detail::serializer<json> ser_;
};

// Coverage::to_json()'s keys, without the closing brace (the incomplete list adds the unit's).
void coverage_fields(JsonOut& w, const scoring::Coverage& c) {
  w.raw("{").key("complete").boolean(c.complete()).raw(",").key("expected").integer(c.expected);
  w.raw(",").key("label").str(c.label()).raw(",").key("late").integer(c.late).raw(",").key("missing").raw("[");
  for (size_t i = 0; i < c.missing.size(); ++i) {
    if (i) w.raw(",");
    w.str(c.missing[i].label());
  }
  w.raw("],").key("reported").integer(c.reported);
}

// GET …/ranking's body.
std::string ranking_body(const GroupYearScores& s) {
  std::string out;
  out.reserve(512 + s.members.size() * 420);
  JsonOut w(out);
  const auto& levels = s.scheme->scheme().levels;
  std::vector<int64_t> ranked;
  ranked.reserve(s.ranking.size());
  w.raw("{").key("group_id").integer(s.gy.group_id).raw(",").key("group_name").str(s.gy.group_name);
  w.raw(",").key("group_year_id").integer(s.gy.id).raw(",").key("incomplete").raw("[");
  // Who is short of reports, for the leader to see before ranking: every member, scored or not.
  bool first = true;
  for (const auto& [id, m] : s.members) {
    if (s.complete(id)) continue;
    if (!first) w.raw(",");
    first = false;
    coverage_fields(w, s.coverage(id));
    w.raw(",").key("unit_id").integer(id).raw(",").key("unit_name").str(s.name(id)).raw("}");
  }
  w.raw("],").key("incomplete_max_level").str(levels.at(static_cast<size_t>(s.scheme->scheme().incomplete_max_level)).name);
  w.raw(",").key("items").raw("[");
  first = true;
  for (const auto& r : s.ranking) {
    const int64_t id = s.unit_of(r.score.unit);
    ranked.push_back(id);
    const auto& m = s.members.at(id);
    const auto& level = levels.at(static_cast<size_t>(r.score.level));
    if (!first) w.raw(",");
    first = false;
    const scoring::Coverage cover = s.coverage(id);
    w.raw("{").key("completeness");
    coverage_fields(w, cover);
    w.raw("},").key("cross_scored").boolean(m.cross_scored).raw(",").key("disqualified").boolean(r.score.disqualified);
    w.raw(",").key("incomplete").boolean(!cover.complete()).raw(",").key("level").str(level.name);
    w.raw(",").key("level_code").str(level.code).raw(",").key("rank").integer(r.rank).raw(",").key("reason").str(r.reason);
    w.raw(",").key("self_total");
    if (m.self_total) w.number(*m.self_total);
    else w.raw("null");
    w.raw(",").key("total").number(static_cast<double>(r.score.total_centi) / 100.0);
    w.raw(",").key("unit_code").str(r.score.unit).raw(",").key("unit_id").integer(id);
    w.raw(",").key("unit_name").str(s.name(id)).raw("}");
  }
  w.raw("],").key("leading_unit_ids").raw("[");
  first = true;
  for (const auto& r : scoring::leading_units(s.ranking, 1)) {
    if (!first) w.raw(",");
    first = false;
    w.integer(s.unit_of(r.score.unit));
  }
  w.raw("],").key("period").value(s.period.to_json());
  w.raw(",").key("scheme").value({{"id", s.stored.id}, {"code", s.stored.code}, {"version", s.stored.version}, {"name", s.stored.name},
                                  {"movement_id", s.scheme_movement_id ? json(*s.scheme_movement_id) : json()}});
  w.raw(",").key("tie_break").str("Không có điểm liệt trước; tổng điểm cao hơn; ít điểm trừ hơn; điểm mục đầu cao hơn; nhiều tiêu chí đạt đủ điểm hơn; ít tháng thiếu báo cáo hơn; mã đơn vị");
  w.raw(",").key("unscored").raw("[");
  std::sort(ranked.begin(), ranked.end());
  first = true;
  for (const auto& [id, m] : s.members) {
    if (std::binary_search(ranked.begin(), ranked.end(), id)) continue;
    if (!first) w.raw(",");
    first = false;
    w.raw("{").key("unit_id").integer(id).raw(",").key("unit_name").str(s.name(id)).raw("}");
  }
  w.raw("],").key("year").integer(s.gy.year).raw("}");
  out.shrink_to_fit();  // held for as long as the snapshot: its bytes count against the board's budget
  return out;
}

}  // namespace

const GroupYearScores::Member& GroupYearScores::member(int64_t unit) const {
  auto it = members.find(unit);
  if (it == members.end()) throw Error::NotFound("Đơn vị không thuộc cụm/khối năm này");
  return it->second;
}

const std::string& GroupYearScores::code(int64_t unit) const { return engine->unit_code(member(unit).index); }
const std::string& GroupYearScores::name(int64_t unit) const { return engine->unit_name(member(unit).index); }
scoring::Coverage GroupYearScores::coverage(int64_t unit) const { return engine->coverage(member(unit).index); }
bool GroupYearScores::complete(int64_t unit) const { return engine->complete(member(unit).index); }
std::shared_ptr<const scoring::ScoreReview> GroupYearScores::review(int64_t unit) const {
  return engine->review(member(unit).index);
}
int64_t GroupYearScores::unit_of(std::string_view code) const {
  auto index = engine->find_unit(code);
  if (!index) throw Error::NotFound("Đơn vị không thuộc cụm/khối năm này");
  return ids.at(static_cast<size_t>(*index));
}

scoring::IndicatorValues GroupYearScores::values(int64_t unit, bool previous_year) const {
  return engine->aggregate(member(unit).index,
                           previous_year ? scoring::Engine::Year::kPrevious : scoring::Engine::Year::kCurrent);
}

size_t GroupYearScores::heap_bytes() const {
  size_t n = heap::block(sizeof(GroupYearScores) + 16);  // make_shared: the control block beside it
  n += heap::of(gy.group_name) + heap::buffer(gy.members);
  for (const auto& [id, c] : gy.members) n += heap::of(c);
  n += heap::of(stored.code) + heap::of(stored.name) + heap::of(stored.json) + heap::of(stored.username) +
       heap::of(stored.created_at);
  if (engine) n += heap::block(sizeof(scoring::Engine) + 16) + engine->memory_bytes();
  n += heap::nodes(members) + heap::buffer(ids) + heap::buffer(ranking);
  for (const auto& r : ranking) n += heap::of(r.score.unit) + heap::of(r.reason);
  n += heap::nodes(versions.member) + heap::nodes(versions.reports);
  if (ranking_body) n += heap::block(sizeof(std::string) + 16) + heap::of(*ranking_body);
  return n;
}

void ScoreBoard::finish(GroupYearScores& s, const std::vector<int64_t>* changed) const {
  // What the ranking shows of each member's review, kept; the review itself is built again from
  // the engine when asked for (GroupYearScores::review).
  auto show = [&](int64_t id) {
    auto& m = s.members.at(id);
    auto review = s.engine->review(m.index);
    const auto& self = review->self_score();
    m.self_total = self ? std::optional<double>(self->total) : std::nullopt;
    m.cross_scored = review->verified().has_value();
  };
  if (changed) {
    for (int64_t id : *changed) show(id);
  } else {
    for (auto& [id, m] : s.members) show(id);
  }
  s.ids.assign(s.members.size(), 0);
  for (const auto& [id, m] : s.members) s.ids.at(static_cast<size_t>(m.index)) = id;
  s.ranking = s.engine->group_ranking(0);
  s.ranking_body = std::make_shared<const std::string>(ranking_body(s));
  s.bytes = s.heap_bytes();
}

std::shared_ptr<GroupYearScores> ScoreBoard::build(storage::Tx& tx, int64_t gy_id, const scoring::Period& period,
                                                   storage::ScoreVersions versions) const {
  storage::ScoringStore store(tx);
  GroupYearRows rows;
  rows.gy = store.group_year(gy_id);
  rows.scheme = compiled_scheme_of(store, rows.gy, rows.stored, &rows.movement);
  for (auto& [id, code] : rows.gy.members) rows.ids.push_back(id);
  rows.names = store.unit_names(rows.ids);
  rows.reports = read_period_reports(tx, catalogue_, rows.ids, period);
  rows.lateness = lateness_of(tx, rows.ids);
  rows.sheets = store.sheets(gy_id);
  rows.assignments = store.assignments(gy_id);
  rows.moderations = store.moderations(gy_id);
  return make(std::move(rows), period, std::move(versions));
}

std::shared_ptr<GroupYearScores> ScoreBoard::make(GroupYearRows rows, const scoring::Period& period,
                                                  storage::ScoreVersions versions) const {
  auto s = std::make_shared<GroupYearScores>();
  s->gy = std::move(rows.gy);
  s->period = period;
  s->scheme = std::move(rows.scheme);
  s->stored = std::move(rows.stored);
  s->scheme_movement_id = rows.movement;
  auto engine = new_engine(catalogue_, period, s->scheme, s->gy, rows.names, s->members);
  put_values(s->period, rows.ids, s->members, *rows.reports, rows.lateness, *engine);
  Sheets sheets{std::move(rows.sheets), std::move(rows.assignments), std::move(rows.moderations)};
  auto code_of = codes(s->gy);
  AssessmentCache parsed;
  for (auto& [id, m] : s->members) engine->set_review(m.index, review_input(id, sheets, code_of, parsed));
  engine->recompute_all();
  s->engine = std::move(engine);
  s->rescored = static_cast<int>(s->members.size());
  s->built_on = Date::today_vn();
  s->versions = std::move(versions);
  finish(*s, nullptr);
  return s;
}

std::shared_ptr<GroupYearScores> ScoreBoard::update(storage::Tx& tx, const GroupYearScores& old,
                                                    storage::ScoreVersions versions,
                                                    const std::vector<storage::WrittenReport>* handed) const {
  auto s = std::make_shared<GroupYearScores>(old);  // shares the unchanged members' reviews
  s->handed = 0;
  std::vector<int64_t> reread, resheet, rescore;
  for (const auto& [id, m] : s->members) {
    bool reports = version_of(versions.reports, id) != version_of(old.versions.reports, id);
    bool sheets = version_of(versions.member, id) != version_of(old.versions.member, id);
    if (reports) reread.push_back(id);
    if (sheets) resheet.push_back(id);
    if (reports || sheets) rescore.push_back(id);
  }
  storage::ScoringStore store(tx);
  storage::UnitRepository units(tx);
  auto engine = std::make_shared<scoring::Engine>(*old.engine);  // one group's rows: a few KB a member
  // Submissions this process's writes handed over: a member whose reports version moved by that
  // write alone (one past the version held, and the version stored now: no other write to its
  // reports, name, code or deadlines came between) takes the report without reading anything.
  if (handed && !handed->empty()) {
    std::erase_if(reread, [&](int64_t id) {
      const storage::WrittenReport* w = nullptr;
      for (const auto& h : *handed)
        if (h.unit_id == id) w = &h;
      if (!w || w->gen != version_of(versions.reports, id) || w->gen != version_of(old.versions.reports, id) + 1) return false;
      if (!put_handed(catalogue_, s->period, *w, s->members[id], *engine)) return false;
      ++s->handed;
      return true;
    });
  }
  for (int64_t id : reread) {
    auto u = units.get(id);
    // A new code changes how peers see this unit (scorer codes, the tie-break): build it all again.
    if (u.code != old.code(id)) return build(tx, old.gy.id, old.period, std::move(versions));
    engine->set_unit_name(s->members[id].index, u.name);
  }
  load_values(tx, catalogue_, s->period, reread, s->members, *engine);
  if (!resheet.empty()) {
    // Review inputs read again only for the members whose sheets moved; a new report is scored
    // on the review the engine holds (a report's write reads no sheet).
    Sheets rows = load_sheets(store, s->gy.id);
    auto code_of = codes(s->gy);
    AssessmentCache parsed;
    for (int64_t id : resheet) engine->set_review(s->members[id].index, review_input(id, rows, code_of, parsed));
  }
  for (int64_t id : rescore) engine->refresh_unit(s->members[id].index);
  s->engine = std::move(engine);
  s->rescored = static_cast<int>(rescore.size());
  s->versions = std::move(versions);
  finish(*s, &rescore);
  return s;
}

scoring::Period scoring_period(int year, const std::optional<std::string>& period_json) {
  if (!period_json) return scoring::Period::year(year);
  json j = json::parse(*period_json, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    throw Error::Invalid("Tham số period phải là một kỳ dạng JSON, ví dụ {\"kind\":\"quarter\",\"year\":" +
                             std::to_string(year) + ",\"quarter\":1}",
                         "period");
  scoring::Period p = scoring::Period::from_json(j);
  // A phase (đợt) of the group-year's movement may start or end in a neighbouring year (Nghệ An's
  // Đợt 1: 18/10/2024 – 03/02/2025): it is a period of the year when it overlaps the year.
  bool phase_of_year = p.kind() == scoring::PeriodKind::kPhase && p.start().year() <= year && p.end().year() >= year;
  if ((p.end().year() != year && !phase_of_year) || p.days() > 366)
    throw Error::Invalid("Kỳ xếp hạng phải kết thúc trong năm " + std::to_string(year) + " và không dài quá một năm",
                         "period");
  return p;
}

namespace {
// The board's entry for `k`, made for group-year `gy_id` when there is none (with the board's
// mutex held).
template <typename Entries>
typename Entries::mapped_type entry_slot(Entries& entries, const typename Entries::key_type& k, int64_t gy_id) {
  auto& slot = entries[k];
  if (!slot) {
    slot = std::make_shared<typename Entries::mapped_type::element_type>();
    slot->gy_id = gy_id;
  }
  return slot;
}
}  // namespace

ScoreBoard::Key ScoreBoard::key(int64_t group_id, int year, const scoring::Period& period) {
  // Kind and bounds identify a period (the fast path builds this per request: no JSON here).
  std::string k = scoring::period_kind_name(period.kind());
  k += ':';
  k += period.start().iso();
  k += "..";
  k += period.end().iso();
  return {group_id, year, std::move(k)};
}

size_t ScoreBoard::entry_bytes(size_t members) {
  // A member's place in by_member_: a weak pointer in its unit's list (a list of one is a node
  // of the map and a buffer; counted as such, the common case: a unit in one group a year).
  constexpr size_t kMember =
      heap::block(sizeof(void*) + sizeof(std::pair<const int64_t, std::vector<std::weak_ptr<Entry>>>)) +
      heap::block(sizeof(std::weak_ptr<Entry>));
  return heap::block(sizeof(Entry) + 16) +
         heap::block(4 * sizeof(void*) + sizeof(std::pair<const Key, std::shared_ptr<Entry>>)) +
         heap::block(sizeof("year:2024-01-01..2024-12-31")) + heap::block(members * sizeof(int64_t)) + members * kMember;
}

void ScoreBoard::trim(const Entry* keep) {
  if (held_bytes_ <= budget_ && entries_.size() <= kMaxEntries) return;
  // Down to 90% of the budget (and of the count) at once: the entries are sorted by age once in
  // many publishes, not at every one.
  const size_t bytes_to = budget_ - budget_ / 10, count_to = kMaxEntries - kMaxEntries / 10;
  std::vector<std::pair<std::chrono::steady_clock::time_point, decltype(entries_)::iterator>> by_age;
  by_age.reserve(entries_.size());
  for (auto it = entries_.begin(); it != entries_.end(); ++it)
    if (it->second.get() != keep) by_age.emplace_back(it->second->asked, it);
  std::sort(by_age.begin(), by_age.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [asked, it] : by_age) {
    if (held_bytes_ <= bytes_to && entries_.size() <= count_to) break;
    Entry& e = *it->second;
    held_bytes_ -= e.bytes;
    e.bytes = 0;
    e.gone = true;
    if (e.snap) ++evicted_;
    // The members' index forgets it (a unit written later finds nothing to re-score).
    for (int64_t id : e.indexed) {
      auto found = by_member_.find(id);
      if (found == by_member_.end()) continue;
      std::erase_if(found->second, [&](const std::weak_ptr<Entry>& w) {
        auto held = w.lock();
        return !held || held.get() == &e;
      });
      if (found->second.empty()) by_member_.erase(found);
    }
    entries_.erase(it);
  }
}

std::shared_ptr<const GroupYearScores> ScoreBoard::fresh(int64_t group_id, int year, const scoring::Period& period,
                                                         uint64_t write_epoch) const {
  std::lock_guard lk(mu_);
  auto it = entries_.find(key(group_id, year, period));
  if (it == entries_.end()) return nullptr;
  Entry& e = *it->second;
  const auto now = std::chrono::steady_clock::now();
  if (!e.snap || e.epoch != write_epoch || now - e.confirmed > recheck_) return nullptr;
  e.asked = now;  // what the budget drops last
  return e.snap;
}

std::shared_ptr<const GroupYearScores> ScoreBoard::get(storage::Tx& tx, int64_t group_id, int year,
                                                       const scoring::Period& period, uint64_t write_epoch) {
  if (auto hit = fresh(group_id, year, period, write_epoch)) return hit;
  database_reads_.fetch_add(1, std::memory_order_relaxed);
  Key k = key(group_id, year, period);
  std::shared_ptr<Entry> e;
  {
    std::lock_guard lk(mu_);
    auto it = entries_.find(k);
    if (it != entries_.end()) e = it->second;
  }
  if (!e) {
    int64_t gy_id = storage::ScoringStore(tx).group_year(group_id, year).id;  // NotFound: nothing is kept
    std::lock_guard lk(mu_);
    e = entry_slot(entries_, k, gy_id);
    trim(e.get());
  }
  std::lock_guard updating(e->update);
  if (auto hit = fresh(group_id, year, period, write_epoch)) return hit;  // refreshed while we waited
  return renew(tx, e, period, write_epoch);
}

std::shared_ptr<const GroupYearScores> ScoreBoard::renew(storage::Tx& tx, const std::shared_ptr<Entry>& e,
                                                         const scoring::Period& period, uint64_t write_epoch,
                                                         const std::vector<storage::WrittenReport>* handed) {
  std::shared_ptr<const GroupYearScores> old;
  {
    std::lock_guard lk(mu_);
    old = e->snap;
  }
  // Versions first, rows after: a write committed in between is then at worst read twice, never missed.
  auto versions = storage::ScoringStore(tx).score_versions(e->gy_id);
  std::shared_ptr<const GroupYearScores> next;
  if (!old || old->versions.group_year != versions.group_year || old->built_on != Date::today_vn())
    next = build(tx, e->gy_id, period, std::move(versions));
  else if (old->versions == versions) next = old;
  else next = update(tx, *old, std::move(versions), handed);
  std::lock_guard lk(mu_);
  publish(e, next, write_epoch);
  return next;
}

void ScoreBoard::publish(const std::shared_ptr<Entry>& e, std::shared_ptr<const GroupYearScores> snap,
                         uint64_t write_epoch) {
  if (e->gone) {  // dropped while it was being built: answers its request, is not held
    e->snap = std::move(snap);
    return;
  }
  // Members not yet in the index (all of them the first time; a member added since): found by
  // refresh_now() from now on. One who left stays listed and is skipped there.
  std::vector<int64_t> added;
  for (const auto& [id, m] : snap->members)
    if (!std::binary_search(e->indexed.begin(), e->indexed.end(), id)) added.push_back(id);
  if (!added.empty()) {
    for (int64_t id : added) by_member_[id].push_back(e);
    e->indexed.insert(e->indexed.end(), added.begin(), added.end());
    std::sort(e->indexed.begin(), e->indexed.end());
  }
  const size_t bytes = snap->bytes + entry_bytes(e->indexed.size());
  held_bytes_ = held_bytes_ - e->bytes + bytes;
  e->bytes = bytes;
  e->snap = std::move(snap);
  e->epoch = write_epoch;
  e->confirmed = e->asked = std::chrono::steady_clock::now();
  trim(e.get());
}

void ScoreBoard::refresh_now(storage::Database& db, const std::function<uint64_t()>& epoch,
                             const std::vector<int64_t>& units, uint64_t written,
                             const std::vector<storage::WrittenReport>& handed) {
  if (units.empty()) return;
  struct Todo {
    scoring::Period period;
    std::shared_ptr<Entry> entry;
  };
  // The write epoch now, read before the refresh's transaction begins (what it is confirmed under).
  const uint64_t now = epoch();
  // The held snapshots with a written member and not confirmed since, from the members' index
  // (never a walk over every held snapshot: at the nation's scale that alone took milliseconds
  // of cache misses a write, with the board's lock held).
  std::vector<Todo> todo;
  {
    std::lock_guard lk(mu_);
    std::set<const Entry*> seen;
    for (int64_t u : std::set<int64_t>(units.begin(), units.end())) {
      auto it = by_member_.find(u);
      if (it == by_member_.end()) continue;
      auto& held = it->second;
      std::erase_if(held, [](const std::weak_ptr<Entry>& w) { return w.expired(); });  // trimmed
      for (const auto& w : held) {
        auto e = w.lock();
        if (!e || !e->snap || !e->snap->members.count(u) || e->epoch >= written || !seen.insert(e.get()).second)
          continue;
        todo.push_back({e->snap->period, std::move(e)});
      }
      if (held.empty()) by_member_.erase(it);
    }
  }
  if (todo.empty()) return;
  try {
    std::unique_ptr<storage::Tx> tx;  // begun at the first group to re-score (none waits holding a connection)
    for (const auto& t : todo) {
      try {
        std::lock_guard updating(t.entry->update);
        {
          // Confirmed meanwhile from a read begun once the epoch had reached `written` (another
          // writer's refresh of the same group, a reader): it shows these writes already. In a
          // rush, the writes to one group that wait here together are re-scored once.
          std::lock_guard lk(mu_);
          if ((t.entry->snap && t.entry->epoch >= written) || t.entry->gone) continue;
        }
        if (!tx) tx = db.begin(storage::TxMode::kRead);
        database_reads_.fetch_add(1, std::memory_order_relaxed);
        renew(*tx, t.entry, t.period, now, &handed);
      } catch (const std::exception& e) {
        spdlog::warn("refreshing the scores of group-year {}: {}", t.entry->gy_id, e.what());
      }
    }
  } catch (const std::exception& e) {
    spdlog::warn("refreshing the scores after a write: {}", e.what());
  }
}

json ScoreBoard::LoadStatus::to_json() const {
  return {{"started", started},         {"ready", ready},         {"years", years},     {"group_years", group_years},
          {"scored", scored},           {"unscored", unscored},   {"failed", failed},   {"load_ms", ms},
          {"value_cells", value_cells}, {"value_bytes", value_bytes}, {"wide_group_years", wide}};
}

std::vector<int> ScoreBoard::years_to_load(storage::Tx& tx) {
  const int now = Date::today_vn().year();
  std::vector<int> years{now, now - 1};
  auto scored = storage::ScoringStore(tx).scored_years();
  for (size_t i = 0; i < scored.size() && i < 2; ++i) years.push_back(scored[i]);
  std::sort(years.rbegin(), years.rend());
  years.erase(std::unique(years.begin(), years.end()), years.end());
  return years;
}

bool ScoreBoard::hold(int64_t group_id, int year, int64_t gy_id, std::shared_ptr<const GroupYearScores> snap,
                      uint64_t write_epoch) {
  std::shared_ptr<Entry> e;
  {
    std::lock_guard lk(mu_);
    // Full: the load stops holding rather than drop what it held a moment ago (each dropped
    // group-year would be built again at its first request, and drop another).
    if (held_bytes_ + snap->bytes + entry_bytes(snap->members.size()) > budget_) {
      ++not_loaded_;
      return false;
    }
    e = entry_slot(entries_, key(group_id, year, scoring::Period::year(year)), gy_id);
    trim(e.get());
  }
  std::lock_guard updating(e->update);
  std::lock_guard lk(mu_);
  if (e->snap) return true;  // a request built it meanwhile, from rows at least as new
  publish(e, std::move(snap), write_epoch);
  return true;
}

void ScoreBoard::load_year(storage::Tx& tx, int year, int threads, uint64_t write_epoch, const std::atomic<bool>& stop,
                           LoadStatus& counts, const std::function<std::unique_ptr<storage::Tx>()>& second) {
  storage::ScoringStore store(tx);
  storage::ScoringStore::YearRows all = store.year_rows(year);
  counts.group_years += static_cast<int>(all.group_years.size());
  if (all.group_years.empty()) return;  // a year not begun: no units' chains or deadlines to read
  // Each unit's chain of units above it (parents, and successors after a merge), walked in
  // memory from one read of the units, and every deadline: what lateness_of() reads per group.
  std::map<int64_t, std::pair<std::optional<int64_t>, std::optional<int64_t>>> up;
  for (const auto& l : store.unit_links()) up[l.id] = {l.parent, l.successor};
  const std::vector<storage::ReportDeadline> deadlines = store.all_deadlines();
  auto chain_of = [&](int64_t unit) {
    std::vector<int64_t> chain{unit};
    for (size_t i = 0; i < chain.size(); ++i) {
      auto it = up.find(chain[i]);
      if (it == up.end()) continue;
      for (const auto& next : {it->second.first, it->second.second})
        if (next && std::find(chain.begin(), chain.end(), *next) == chain.end()) chain.push_back(*next);
    }
    return chain;
  };
  const scoring::Period period = scoring::Period::year(year);
  // The group-years with a scheme, their schemes compiled once.
  std::vector<GroupYearRows> todo;
  std::vector<storage::ScoreVersions> versions;
  for (auto& gy : all.group_years) {
    auto b = all.bindings.find(gy.id);
    if (b == all.bindings.end()) {
      ++counts.unscored;  // no scheme yet: nothing to hold
      continue;
    }
    GroupYearRows rows;
    try {
      rows.scheme = compiled_scheme(store, b->second.scheme_id, rows.stored);
    } catch (const std::exception& e) {
      ++counts.failed;
      spdlog::warn("loading the scores of group {} ({}): {}", gy.group_id, year, e.what());
      continue;
    }
    rows.movement = b->second.movement_id;
    for (auto& [id, code] : gy.members) {
      rows.ids.push_back(id);
      rows.names[id] = all.unit_names[id];
    }
    rows.sheets = std::move(all.sheets[gy.id]);
    rows.assignments = std::move(all.assignments[gy.id]);
    rows.moderations = std::move(all.moderations[gy.id]);
    versions.push_back(std::move(all.versions[gy.id]));
    rows.gy = std::move(gy);
    todo.push_back(std::move(rows));
  }
  // The members' reports a statement per 200 members (the rows of the whole year at once would
  // take several times the memory the engines hold); those group-years are built on the threads
  // while this thread reads the next members' reports.
  constexpr size_t kUnitsAStatement = 200;
  std::atomic<int> scored{0}, failed{0}, wide{0};
  std::atomic<int64_t> cells{0}, bytes{0};
  // The builders first decode the members' reports together (a few units at a time), wait for
  // one another, then build the group-years.
  auto build_range = [&](size_t from, size_t to, RawReports raw, int builders) {
    std::shared_ptr<ReportSet> reports = raw.set;
    std::shared_ptr<ReportTexts> texts = raw.texts;
    auto next = std::make_shared<std::atomic<size_t>>(from);
    auto next_unit = std::make_shared<std::atomic<size_t>>(0);
    std::vector<std::thread> pool;
    const int n = std::max(1, std::min(builders, static_cast<int>(to - from)));
    struct DropText {  // once every builder has decoded its units
      ReportTexts* t;
      void operator()() noexcept { t->drop(); }
    };
    auto decoded = std::make_shared<std::barrier<DropText>>(n, DropText{texts.get()});
    for (int t = 0; t < n; ++t)
      pool.emplace_back([&, next, next_unit, decoded, reports, texts, to] {
        constexpr size_t kUnitsATurn = 8;
        const size_t units = reports->starts.size();
        for (size_t u; (u = next_unit->fetch_add(kUnitsATurn)) < units;)
          texts->decode(catalogue_, *reports, u, std::min(units, u + kUnitsATurn));
        decoded->arrive_and_wait();
        for (size_t i; (i = next->fetch_add(1)) < to;) {
          const int64_t group_id = todo[i].gy.group_id, gy_id = todo[i].gy.id;
          try {
            auto snap = make(std::move(todo[i]), period, std::move(versions[i]));
            cells += static_cast<int64_t>(snap->engine->value_cells());
            bytes += static_cast<int64_t>(snap->engine->value_bytes());
            if (snap->engine->wide()) ++wide;
            hold(group_id, year, gy_id, std::move(snap), write_epoch);
            ++scored;
          } catch (const std::exception& e) {
            ++failed;
            spdlog::warn("loading the scores of group {} ({}): {}", group_id, year, e.what());
          }
        }
      });
    return pool;
  };
  struct Joined {  // the builders are joined however this is left
    std::vector<std::thread> threads;
    void join() {
      for (auto& t : threads)
        if (t.joinable()) t.join();
      threads.clear();
    }
    ~Joined() { join(); }
  };
  // One reader: the members' reports of todo[first, last) a statement per batch on `reader`,
  // each batch built on `builders` threads while the next is read.
  auto buffers = std::make_shared<TextBuffers>();
  auto read_and_build = [&](storage::Tx& reader, size_t first, size_t last, int builders) {
    Joined building;
    for (size_t from = first; from < last && !stop.load();) {
      size_t to = from, units = 0;
      std::vector<int64_t> ids;
      while (to < last && (units == 0 || units + todo[to].ids.size() <= kUnitsAStatement)) {
        units += todo[to].ids.size();
        ids.insert(ids.end(), todo[to].ids.begin(), todo[to].ids.end());
        ++to;
      }
      // Read into one set the group-years of these members share (read-only once the builders
      // have decoded it).
      const auto [first_day, last_day] = with_year_before(period);
      RawReports raw = read_raw(reader, catalogue_, ids, first_day, last_day, buffers);
      const std::shared_ptr<ReportSet>& reports = raw.set;
      std::map<int64_t, std::vector<int64_t>> chains;
      for (size_t i = from; i < to; ++i) {
        for (int64_t id : todo[i].ids) chains[id] = chain_of(id);
        todo[i].reports = reports;
        todo[i].lateness = lateness_from(todo[i].ids, chains, deadlines);
      }
      building.join();  // the previous members' group-years, built while these were read
      building.threads = build_range(from, to, std::move(raw), builders);
      from = to;
    }
    building.join();
  };
  // Two readers at the nation's scale (the one reader was the start's critical path, the second
  // core half idle behind it): the second half of the members' reports is read on a second
  // connection, in a read transaction begun now — after this one read every group-year's
  // versions (year_rows above), so what it reads is at least as new as the versions the
  // snapshots hold. A write committed between the two is seen in the rows and not yet in the
  // versions: the group-year's next check finds its versions behind and reads those members
  // again, so it is exact afterwards (as when a request's build reads after a write).
  size_t total = 0;
  for (const auto& r : todo) total += r.ids.size();
  size_t split = todo.size();
  if (second && total > kUnitsAStatement) {  // two statements' members at least
    size_t half = 0;
    for (split = 0; split < todo.size() && half < total / 2; ++split) half += todo[split].ids.size();
  }
  if (split == todo.size()) {
    read_and_build(tx, 0, todo.size(), threads);
  } else {
    std::unique_ptr<storage::Tx> tx2 = second();
    const int each = std::max(1, threads / 2);
    std::exception_ptr failed_second;
    std::thread other([&] {
      try {
        read_and_build(*tx2, split, todo.size(), each);
      } catch (...) {
        failed_second = std::current_exception();
      }
    });
    try {
      read_and_build(tx, 0, split, std::max(1, threads - each));
    } catch (...) {
      other.join();
      throw;
    }
    other.join();
    if (failed_second) std::rethrow_exception(failed_second);
  }
  counts.scored += scored;
  counts.failed += failed;
  counts.wide += wide;
  counts.value_cells += cells;
  counts.value_bytes += bytes;
}

void ScoreBoard::load(storage::Database& db, int threads, uint64_t write_epoch, const std::atomic<bool>& stop) {
  const auto t0 = std::chrono::steady_clock::now();
  std::vector<int> years;
  {
    auto tx = db.begin(storage::TxMode::kRead);
    years = years_to_load(*tx);
  }
  {
    std::lock_guard lk(mu_);
    load_.started = true;
    load_.years = years;
  }
  LoadStatus counts;
  for (int y : years) {
    if (stop.load()) break;
    try {
      auto tx = db.begin(storage::TxMode::kRead);
      load_year(*tx, y, threads, write_epoch, stop, counts, [&db] { return db.begin(storage::TxMode::kRead); });
    } catch (const std::exception& e) {
      ++counts.failed;  // what was not held is built by the first request that asks for it
      spdlog::warn("loading the scores of {}: {}", y, e.what());
    }
    std::lock_guard lk(mu_);
    load_.group_years = counts.group_years;
  }
  counts.started = true;
  counts.years = years;
  counts.ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
  counts.ready = !stop.load();
  // The rows read at start are freed by now, scattered over the loading threads' heaps: give the
  // pages back to the system rather than keep them resident.
  malloc_trim(0);
  std::lock_guard lk(mu_);
  load_ = counts;
}

ScoreBoard::LoadStatus ScoreBoard::load_status() const {
  std::lock_guard lk(mu_);
  return load_;
}

ScoreBoard::Held ScoreBoard::held() const {
  std::lock_guard lk(mu_);
  Held h;
  h.entries = entries_.size();
  for (const auto& [k, e] : entries_)
    if (e->snap) ++h.snapshots;
  h.bytes = held_bytes_;
  h.budget = budget_;
  h.evicted = evicted_;
  h.not_loaded = not_loaded_;
  return h;
}

void ScoreBoard::set_budget(size_t bytes) {
  std::lock_guard lk(mu_);
  budget_ = bytes;
  trim();
}

json ScoreBoard::Held::to_json() const {
  return {{"entries", entries}, {"snapshots", snapshots}, {"bytes", bytes},
          {"budget_bytes", budget}, {"evicted", evicted}, {"not_loaded", not_loaded}};
}

json ScoreBoard::review_now(storage::Tx& tx, int64_t gy_id, int64_t unit) const {
  storage::ScoringStore store(tx);
  auto gy = store.group_year(gy_id);
  storage::StoredScheme stored;
  auto scheme = compiled_scheme_of(store, gy, stored);
  auto code_of = codes(gy);
  if (!code_of.count(unit)) throw Error::NotFound("Đơn vị không thuộc cụm/khối năm này");
  std::map<int64_t, GroupYearScores::Member> one;
  storage::GroupYearRef alone = gy;
  alone.members = {{unit, code_of.at(unit)}};
  const scoring::Period year = scoring::Period::year(gy.year);
  auto engine = new_engine(catalogue_, year, scheme, alone, {}, one);
  load_values(tx, catalogue_, year, {unit}, one, *engine);
  const Sheets sheets = load_sheets(store, gy_id);
  AssessmentCache parsed;
  engine->set_review(0, review_input(unit, sheets, code_of, parsed));
  engine->recompute_all();  // refuses what the scheme cannot score
  return engine->review(0)->to_json();
}

}  // namespace thidua::api
