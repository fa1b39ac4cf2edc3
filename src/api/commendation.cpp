#include "api/commendation.h"

#include <algorithm>
#include <charconv>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>

#include "api/data_files.h"
#include "api/documents.h"
#include "api/serialize.h"
#include "core/commendation_workflow.h"
#include "core/error.h"
#include "storage/accounts.h"
#include "storage/commendation_examples.h"
#include "storage/registry.h"
#include "storage/scoring_store.h"

namespace thidua::api {

using nlohmann::json;
using storage::Tx;

namespace {

json load_file(const char* name) {
  std::string_view text = embedded_data(name);
  if (text.empty()) throw Error(ErrorCode::kInternal, std::string("data/") + name + " is missing from the build");
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded()) throw Error(ErrorCode::kInternal, std::string("data/") + name + " is not valid JSON");
  return j;
}

// Who an entry's level lists: officers, grassroots members, teams, or the other units (not a
// people's committee or an outside body). Worked out from the level once, asked per subject.
class LevelFit {
 public:
  explicit LevelFit(const commendation::Entry& e)
      : kind_(e.level == "individual" ? kOfficer : e.level == "member" ? kMember : e.level == "team" ? kTeam : kUnit) {}
  bool operator()(const storage::Subject& s) const {
    using namespace std::string_view_literals;
    switch (kind_) {
      case kOfficer: return s.person_kind == "officer"sv;
      case kMember: return s.person_kind == "member"sv;
      case kTeam: return s.unit_kind == "grassroots_team"sv;
      case kUnit: break;
    }
    return s.unit_kind != "grassroots_team"sv && s.unit_kind != "peoples_committee"sv && s.unit_kind != "other"sv;
  }

 private:
  enum Kind { kOfficer, kMember, kTeam, kUnit } kind_;
};

json eval_json(const commendation::Evaluation& ev) {
  json conds = json::array();
  for (size_t i = 0; i < ev.conditions.size(); ++i)
    conds.push_back({{"code", ev.conditions[i].code}, {"met", ev.conditions[i].met}, {"detail", ev.detail(i)}});
  return {{"eligible", ev.eligible}, {"conditions", conds}};
}


// Where a person was during `year` (the last posting that overlaps it).
std::optional<storage::Posting> posting_in(Tx& tx, int64_t person_id, int year) {
  Date start = *Date::from_ymd(year, 1, 1), end = *Date::from_ymd(year, 12, 31);
  std::optional<storage::Posting> found;
  for (const auto& p : storage::PersonRepository(tx).postings_of(person_id))
    if (p.from <= end && (!p.to || *p.to >= start) && (!found || found->from < p.from)) found = p;
  return found;
}

// The item's evaluation as JSON (the details are written while the records are at hand).
json evaluate_item(Tx& tx, const CommendationData& d, const storage::ProposalItem& it, int year) {
  storage::CommendationRecords records(tx);
  auto rec = records.records(it.subject_unit_id, year, d.catalogue.look_back(), &d.catalogue);
  const commendation::SubjectRecord* s = it.subject_kind == "person" ? rec.person(it.subject_id) : rec.unit(it.subject_id);
  if (!s) throw Error::Invalid("Không tìm thấy hồ sơ của " + it.subject_name + " trong năm " + std::to_string(year));
  return eval_json(commendation::evaluate(d.catalogue, rec, *s, it.code, year));
}

std::string first_failure(const json& ev) {
  for (const auto& c : ev["conditions"])
    if (!c["met"].get<bool>()) return c["detail"].get<std::string>();
  return "";
}

// The quota of `code` among the subjects of `scope_unit` for `year`; `adding` more proposed now.
void check_quota(Tx& tx, const CommendationData& d, const commendation::Entry& e, int year, int64_t scope_unit,
                 int64_t proposal_id, int adding) {
  if (!e.quota) return;
  storage::CommendationRecords records(tx);
  auto subs = records.subjects(scope_unit, year, e.for_person());
  auto rec = records.records(scope_unit, year, d.catalogue.look_back(), &d.catalogue);
  std::vector<const commendation::SubjectRecord*> list;
  const LevelFit fits(e);
  for (const auto& s : subs)
    if (fits(s))
      if (auto* r = e.for_person() ? rec.person(s.id) : rec.unit(s.id)) list.push_back(r);
  int used = records.count_awards(e.code, year, scope_unit) +
             storage::ProposalRepository(tx).count_pending(e.code, year, scope_unit, proposal_id);
  auto q = commendation::quota(d.catalogue, rec, e, list, year, used);
  if (used + adding > q.limit)
    throw Error::Invalid("Vượt tỉ lệ \"" + e.name + "\" của " + storage::UnitRepository(tx).get(scope_unit).name + ": " +
                             q.detail + ", hồ sơ này đề nghị thêm " + std::to_string(adding) + " (tổng " +
                             std::to_string(used + adding) + " > " + std::to_string(q.limit) + ")",
                         "items");
}

storage::Proposal visible_proposal(Tx& tx, const Actor& a, int64_t id) {
  auto p = storage::ProposalRepository(tx).find(id);
  if (!p || !(actor_sees(tx, a, p->unit_id) || actor_sees(tx, a, p->holder_unit_id)))
    throw Error::NotFound("Không tìm thấy hồ sơ đề nghị");
  return *p;
}

std::optional<int64_t> next_up(Tx& tx, int64_t unit_id) {
  auto chain = storage::UnitRepository(tx).ancestors(unit_id);
  if (chain.size() < 2) return std::nullopt;
  return chain[1];
}

}  // namespace

const commendation::Entry& entry_for(const commendation::Catalogue& cat, const std::string& code, int year) {
  if (!cat.knows(code)) throw Error::Invalid("Không có danh hiệu, hình thức mã " + code + " trong danh mục", "code");
  const commendation::Entry* e = cat.find_in_year(code, year);
  if (!e) throw Error::Invalid("\"" + cat.entry_name(code) + "\" không có hiệu lực trong năm " + std::to_string(year), "code");
  return *e;
}

const CommendationData& commendation_data() {
  static const CommendationData data = [] {
    auto load = [](const char* name, auto parse) {
      try {
        return parse(load_file(name));
      } catch (const Error& e) {
        if (e.code() == ErrorCode::kInternal) throw;
        throw Error(ErrorCode::kInternal, std::string("data/") + name + ": " + e.what());
      }
    };
    return CommendationData{
        load("commendation/catalogue.json", [](const json& j) { return commendation::Catalogue::from_json(j); }),
        load("commendation/base-salary.json", [](const json& j) { return commendation::BaseSalary::from_json(j); })};
  }();
  return data;
}

bool actor_sees(Tx& tx, const Actor& a, int64_t unit_id) {
  return a.everything || storage::UnitRepository(tx).in_scope(a.unit_id, unit_id);
}

namespace {

// `v` in decimal at the end of `o` (no temporary string).
void append_int(std::string& o, int64_t v) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  o.append(buf, end);
}

// A title's list of one scope, evaluated: everything of the answer but the page's sentences and
// the pending proposals (they are not in the commendation version). Kept by the held year between
// requests (HeldYear::answer) until the year changes; `subjects` is what `answers` points to.
struct QuotaScope {
  int64_t unit_id = 0;
  std::string unit_name;
  int base = 0, limit = 0, awarded = 0, rated = 0;
  int subjects = 0;  // the people or teams evaluated in it (none: its base is unknown, not 0)
  std::vector<int64_t> units;  // the unit and those below it or merged into it, ascending
};
// A scope's subjects of one level (the officers, the grassroots members, the units, the teams),
// in order, shared by the answers of the level's titles evaluated together. Worked out from the
// registry's rows and the records' places alone: the held year keeps it across writes of the
// records (HeldYear::lasting).
struct ScopeList {
  std::vector<const storage::Subject*> listed;
  std::vector<const commendation::SubjectRecord*> subjects;  // listed[i]'s record
  std::vector<int32_t> slots;  // subjects[i]'s slot in the records' columns (Records::person(id, slot))
  size_t bytes() const {
    return sizeof(ScopeList) + listed.capacity() * sizeof(void*) + subjects.capacity() * sizeof(void*) +
           slots.capacity() * sizeof(int32_t);
  }
};
struct ListAnswers {
  std::shared_ptr<const ScopeList> list;
  const std::vector<const storage::Subject*>& listed() const { return list->listed; }
  const std::vector<const commendation::SubjectRecord*>& subjects() const { return list->subjects; }
  commendation::ListEvaluation answers;
  std::vector<uint8_t> held;  // per subject: holds the title (or is rated at its level)
  int n_eligible = 0, n_held = 0;
  std::vector<int> failing;  // per condition: those failing it
  int base = 0, limit = 0, awarded = 0;  // the asked scope's quota (the title has one)
  std::vector<uint8_t> scope;            // the asked scope as a set (HeldYear::scope)
  std::vector<QuotaScope> quotas;        // each quota scope inside the asked one
  size_t bytes = 0;
};

// `subs` (a scope's rows, in order) of `first`'s level with their records: the list its titles
// are evaluated over.
std::shared_ptr<ScopeList> level_list(const commendation::Entry& first, const std::vector<const storage::Subject*>& subs,
                                      const commendation::Records& rec) {
  auto list = std::make_shared<ScopeList>();
  const bool people = first.for_person();
  const LevelFit fits(first);
  for (const storage::Subject* s : subs) {
    if (!fits(*s)) continue;
    int32_t slot = -1;
    const commendation::SubjectRecord* r = people ? rec.person(s->id, &slot) : rec.unit(s->id, &slot);
    if (!r) continue;
    list->subjects.push_back(r);
    list->listed.push_back(s);
    list->slots.push_back(slot);
  }
  return list;
}

// Where a title's quota is counted inside a scope (quota_scopes), as the registry places it: each
// unit of the kinds where the issuer sits, the units below it or merged into it, and the listed
// subjects (their places in the level's list) posted in those — the same for every title of the
// level with the same issuer, kept across writes of the records with the list.
struct QuotaShape {
  struct Scope {
    const storage::Subject* unit = nullptr;
    std::vector<int64_t> units;     // the unit and those below it or merged into it, ascending
    std::vector<uint32_t> members;  // places in the list, by unit (ascending), then in the list's order
  };
  std::vector<Scope> scopes;
  size_t bytes() const {
    size_t n = sizeof(QuotaShape) + scopes.capacity() * sizeof(Scope);
    for (const Scope& q : scopes) n += q.units.capacity() * sizeof(int64_t) + q.members.capacity() * sizeof(uint32_t);
    return n;
  }
};

// The quota scopes of `iss` (an issuer) among `units` (the asked scope's) over `list`.
std::shared_ptr<QuotaShape> quota_shape(const commendation::Ranked& iss, const ScopeList& list,
                                        const std::vector<const storage::Subject*>& units, const storage::HeldYear& tree) {
  auto out = std::make_shared<QuotaShape>();
  // The listed subjects by their unit: those of unit k are order[start[k] .. start[k + 1]).
  const auto& listed = list.listed;
  const size_t n_units = static_cast<size_t>(std::max<int64_t>(tree.last_unit, 0)) + 1;
  auto slot = [&](int64_t k) { return k >= 0 && static_cast<size_t>(k) < n_units ? static_cast<size_t>(k) : n_units; };
  std::vector<uint32_t> start(n_units + 2, 0), order(listed.size());
  for (const storage::Subject* s : listed) ++start[slot(s->unit_id) + 1];
  for (size_t k = 1; k < start.size(); ++k) start[k] += start[k - 1];
  {
    std::vector<uint32_t> at(start.begin(), start.end() - 1);
    for (size_t i = 0; i < listed.size(); ++i) order[at[slot(listed[i]->unit_id)]++] = static_cast<uint32_t>(i);
  }
  for (const storage::Subject* u : units) {
    if (std::find(iss.unit_kinds.begin(), iss.unit_kinds.end(), u->unit_kind) == iss.unit_kinds.end()) continue;
    QuotaShape::Scope& q = out->scopes.emplace_back();
    q.unit = u;
    q.units = tree.below_of(u->id);
    for (int64_t k : q.units) {
      const size_t u_k = slot(k);
      if (u_k < n_units) q.members.insert(q.members.end(), order.begin() + start[u_k], order.begin() + start[u_k + 1]);
    }
  }
  return out;
}

// The units where `e`'s quota is counted — those of the kinds where its issuer sits (what
// check_quota counts a dossier against: the proposer's nearest such unit) — among the asked
// scope's units (`shape`, quota_shape), each with its quota over its own subtree.
std::vector<QuotaScope> quota_scopes(const commendation::Entry& e, int year, commendation::Evaluator& engine,
                                     const ListAnswers& a, const QuotaShape& shape, const storage::HeldYear& tree) {
  std::vector<QuotaScope> out;
  std::vector<const commendation::SubjectRecord*> sub;
  std::vector<int32_t> slots;
  for (const QuotaShape::Scope& s : shape.scopes) {
    QuotaScope q;
    q.unit_id = s.unit->id;
    q.unit_name = s.unit->name;
    q.units = s.units;
    sub.clear();
    slots.clear();
    for (uint32_t i : s.members) {
      sub.push_back(a.subjects()[i]);
      slots.push_back(a.list->slots[i]);
      q.rated += a.held[i];
    }
    for (int64_t k : q.units)
      if (auto aw = tree.awards.find(k); aw != tree.awards.end())
        if (auto c = aw->second.find(e.code); c != aw->second.end()) q.awarded += c->second;
    const commendation::QuotaResult r = engine.quota(e, sub, year, 0, slots);
    q.base = r.base;
    q.limit = r.limit;
    q.subjects = static_cast<int>(sub.size());
    out.push_back(std::move(q));
  }
  return out;
}

// The titles in force in `year` of `e`'s level (who they are for: officers, grassroots members,
// units, teams), `e` first: those a list of the same subjects answers in one pass.
std::vector<const commendation::Entry*> level_titles(const commendation::Catalogue& cat, const commendation::Entry& e,
                                                     int year) {
  std::vector<const commendation::Entry*> out{&e};
  std::set<std::string> seen{e.code};
  for (const commendation::Entry& x : cat.entries())
    if (x.level == e.level && seen.insert(x.code).second)
      if (const commendation::Entry* f = cat.find_in_year(x.code, year)) out.push_back(f);
  return out;
}

// Evaluates `list` (a scope's subjects of one level, in order; `units` the scope's units, `scope`
// it as a set, `tree` its links and awards) for each of `entries` (titles of that level) from
// `rec` with `engine` (over `rec`), together: one pass of the engine over the list for all of
// them (Evaluator::evaluate_lists), then each title's counts and quotas over the whole scope (they
// need every subject). One answer per entry, in their order. `shape_of(iss)`: the quota scopes of
// an issuer over the list (quota_shape; the held year keeps them).
std::vector<std::shared_ptr<ListAnswers>> evaluate_scope(
    const commendation::Catalogue& cat, const std::vector<const commendation::Entry*>& entries, int year,
    const std::shared_ptr<const ScopeList>& list, const std::vector<uint8_t>& scope, const storage::HeldYear& tree,
    commendation::Evaluator& engine, const std::function<std::shared_ptr<const QuotaShape>(const commendation::Ranked&)>& shape_of) {
  std::vector<commendation::ListEvaluation> lists = engine.evaluate_lists(list->subjects, entries, year, list->slots);
  const size_t n = list->listed.size();
  std::vector<std::shared_ptr<ListAnswers>> out;
  for (size_t t = 0; t < entries.size(); ++t) {
    const commendation::Entry& e = *entries[t];
    auto a = std::make_shared<ListAnswers>();
    a->list = list;
    a->answers = std::move(lists[t]);
    a->answers.subjects = &list->subjects;
    a->held = engine.holds(list->subjects, e, year, list->slots);  // who holds the title (or is rated at its level)
    const size_t n_conds = e.conditions.size();
    // The counts over the whole scope: eligible, held, and per condition those failing it.
    a->failing.assign(n_conds, 0);
    for (size_t i = 0; i < n; ++i) {
      a->n_held += a->held[i];
      a->n_eligible += a->answers.eligible[i];
      const uint8_t* m = a->answers.met.data() + i * n_conds;
      for (size_t k = 0; k < n_conds; ++k) a->failing[k] += !m[k];
    }
    a->scope = scope;
    if (e.quota) {
      const commendation::QuotaResult q = engine.quota(e, list->subjects, year, 0, list->slots);
      a->base = q.base;
      a->limit = q.limit;
      a->awarded = tree.count_awards(e.code, a->scope);
      if (const commendation::Ranked* iss = cat.issuer(e.granted_by)) a->quotas = quota_scopes(e, year, engine, *a, *shape_of(*iss), tree);
    }
    // the shared list counted with the first title's answers (kept and dropped with it)
    a->bytes = sizeof(ListAnswers) + a->answers.eligible.capacity() + a->answers.met.capacity() + a->held.capacity() +
               a->scope.capacity() + a->failing.capacity() * sizeof(int) + (t == 0 ? list->bytes() : 0);
    for (const QuotaScope& q : a->quotas) a->bytes += sizeof(QuotaScope) + q.unit_name.capacity() + q.units.capacity() * sizeof(int64_t);
    out.push_back(std::move(a));
  }
  return out;
}

// The eligibility answer of `a` as the JSON text the route sends (CONTRACT.md): the counts and
// quotas of the whole scope; the items written — with their sentences, the costly part — are the
// page `view` asks of those its filter keeps. Written straight into one string, the sentences
// by `engine` (over the records `a` was evaluated from: what it remembers of them — a unit's counts
// of its people, "held or eligible" — is not worked out again). The pending proposals are counted
// now (one statement), not kept.
std::string eligibility_text(Tx& tx, const commendation::Catalogue& cat, const commendation::Entry& e, int year,
                             const ListAnswers& a, commendation::Evaluator& engine, const EligibilityView& view) {
  const size_t n_conds = e.conditions.size();
  const commendation::ListEvaluation& answers = a.answers;
  auto kept = [&](size_t i) {
    return view.filter == EligibilityView::kAll || (answers.eligible[i] != 0) == (view.filter == EligibilityView::kEligible);
  };
  const size_t matched = view.filter == EligibilityView::kAll ? a.listed().size()
                         : view.filter == EligibilityView::kEligible ? static_cast<size_t>(a.n_eligible)
                                                                     : a.listed().size() - a.n_eligible;
  const size_t first = std::min(static_cast<size_t>(view.offset), matched);
  const size_t last = view.limit ? std::min(matched, first + static_cast<size_t>(*view.limit)) : matched;

  std::string o, unmet, detail;
  o.reserve(512 + (last - first) * (200 + 200 * n_conds));  // a national list's ~7 MB grown once
  o += "{\"items\":[";
  size_t seen = 0;  // subjects the filter kept before i
  bool any = false;
  for (size_t i = 0; i < a.listed().size() && seen < last; ++i) {
    if (!kept(i)) continue;
    if (seen++ < first) continue;
    const storage::Subject& s = *a.listed()[i];
    const commendation::Evaluation ev = answers.at(i);
    if (any) o += ',';
    any = true;
    o += "{\"subject\":{\"kind\":";
    append_json_string(o, s.kind);
    o += ",\"id\":";
    append_int(o, s.id);
    o += ",\"name\":";
    append_json_string(o, s.name);
    o += ",\"unit_id\":";
    append_int(o, s.unit_id);
    o += ",\"unit_name\":";
    append_json_string(o, s.unit_name);
    o += ev.eligible ? "},\"eligible\":true" : "},\"eligible\":false";
    o += a.held[i] ? ",\"held\":true,\"conditions\":[" : ",\"held\":false,\"conditions\":[";
    // the conditions not met, as sentences: the list's "why not" in one cell of an export
    unmet.clear();
    for (size_t k = 0; k < ev.conditions.size(); ++k) {
      engine.detail(ev, k, detail);
      if (k) o += ',';
      o += "{\"code\":";
      append_json_string(o, ev.conditions[k].code);
      o += ev.conditions[k].met ? ",\"met\":true,\"detail\":" : ",\"met\":false,\"detail\":";
      append_json_string(o, detail);
      o += '}';
      if (!ev.conditions[k].met) {
        if (!unmet.empty()) unmet += "; ";
        unmet += detail;
      }
    }
    o += "],\"unmet\":";
    if (unmet.empty()) o += "null";
    else append_json_string(o, unmet);
    o += '}';
  }
  json quota = nullptr;
  std::string quotas_text = "null";
  if (e.quota) {
    std::vector<std::pair<int64_t, int>> pending;  // proposals under way, by their subject's unit
    if (!e.classification) pending = storage::ProposalRepository(tx).pending_by_unit(e.code, year);
    int in_scope = 0;
    for (const auto& [u, n] : pending)
      if (u >= 0 && static_cast<size_t>(u) < a.scope.size() && a.scope[static_cast<size_t>(u)]) in_scope += n;
    const int used = e.classification ? a.n_held : a.awarded + in_scope;
    quota = {{"base", a.base}, {"limit", a.limit}, {"used", used}, {"max_pct", e.quota->max_pct},
             {"detail", commendation::quota_detail(cat, e, a.base, a.limit, used)}};
    // Written as text (a commune-level title has a quota scope per commune: ~800 at a quarter of
    // the nation), the keys in the order a json object dumps them.
    quotas_text = '[';
    for (const QuotaScope& q : a.quotas) {
      int u_used = e.classification ? q.rated : q.awarded;
      if (!e.classification)
        for (const auto& [u, n] : pending)
          if (std::binary_search(q.units.begin(), q.units.end(), u)) u_used += n;
      if (quotas_text.size() > 1) quotas_text += ',';
      quotas_text += "{\"base\":";
      append_int(quotas_text, q.base);
      quotas_text += ",\"detail\":";
      append_json_string(quotas_text, commendation::quota_detail(cat, e, q.base, q.limit, u_used));
      quotas_text += ",\"limit\":";
      append_int(quotas_text, q.limit);
      quotas_text += u_used > q.limit ? ",\"over\":true,\"subjects\":" : ",\"over\":false,\"subjects\":";
      append_int(quotas_text, q.subjects);
      quotas_text += ",\"unit_id\":";
      append_int(quotas_text, q.unit_id);
      quotas_text += ",\"unit_name\":";
      append_json_string(quotas_text, q.unit_name);
      quotas_text += ",\"used\":";
      append_int(quotas_text, u_used);
      quotas_text += '}';
    }
    quotas_text += ']';
  }
  json fail = json::array();
  for (size_t k = 0; k < n_conds; ++k) fail.push_back({{"code", e.conditions[k].code},
                    {"name", e.conditions[k].name.empty() ? e.conditions[k].code : e.conditions[k].name},
                    {"count", a.failing[k]}});
  const json counts = {{"eligible", a.n_eligible},
                       {"not_eligible", static_cast<int>(a.listed().size()) - a.n_eligible},
                       {"held", a.n_held},
                       {"failing", fail}};
  const json title = {{"code", e.code}, {"name", e.name}, {"level", e.level}, {"basis", e.basis}};
  o += "],\"total\":" + std::to_string(a.listed().size()) + ",\"matched\":" + std::to_string(matched) +
       ",\"offset\":" + std::to_string(first) + ",\"limit\":" + (view.limit ? std::to_string(*view.limit) : "null") +
       ",\"filter\":";
  o += view.filter == EligibilityView::kAll ? "\"all\"" : view.filter == EligibilityView::kEligible ? "\"eligible\"" : "\"not_eligible\"";
  o += ",\"year\":" + std::to_string(year) + ",\"counts\":";
  o += counts.dump(-1, ' ', false, json::error_handler_t::replace);
  o += ",\"quota\":";
  o += quota.dump(-1, ' ', false, json::error_handler_t::replace);
  o += ",\"quotas\":";
  o += quotas_text;
  o += ",\"title\":";
  o += title.dump(-1, ' ', false, json::error_handler_t::replace);
  o += '}';
  return o;
}

}  // namespace

json eligibility(Tx& tx, const CommendationData& d, const std::string& code, int year, int64_t unit_id) {
  const commendation::Entry& e = entry_for(d.catalogue, code, year);
  storage::CommendationRecords records(tx);
  const auto subs = records.subjects(unit_id, year, e.for_person());
  const auto unit_subs = e.for_person() ? records.subjects(unit_id, year, false) : std::vector<storage::Subject>{};
  auto rec = records.records(unit_id, year, d.catalogue.look_back(), &d.catalogue);  // with the engine's columns, built as the rows are read
  storage::HeldYear tree;  // the unit links and the year's awards, read now
  tree.link(records.unit_links());
  for (const storage::AwardCount& c : records.award_counts_of_year(year)) tree.awards[c.unit_id][c.code] += c.count;
  std::vector<const storage::Subject*> listed, units;
  for (const auto& s : subs) listed.push_back(&s);
  for (const auto& s : e.for_person() ? unit_subs : subs) units.push_back(&s);
  commendation::Evaluator engine(d.catalogue, rec);  // one for the list, its quotas and its sentences
  const std::shared_ptr<const ScopeList> list = level_list(e, listed, rec);
  auto a = evaluate_scope(d.catalogue, {&e}, year, list, tree.scope(unit_id), tree, engine,
                          [&](const commendation::Ranked& iss) { return quota_shape(iss, *list, units, tree); })
               .front();
  return json::parse(eligibility_text(tx, d.catalogue, e, year, *a, engine, EligibilityView{}));
}

namespace {

// A scope of the held year as a set and its rows (HeldYear::scope, HeldYear::subjects), worked out
// once for all its levels' lists and kept with the year while it lives (HeldYear::lasting: the
// registry's alone, a write of the records changes none of it).
struct ScopeRows {
  std::vector<uint8_t> scope;
  std::vector<const storage::Subject*> people, units;
};
std::shared_ptr<const ScopeRows> scope_rows(const storage::HeldYear& held, int64_t unit_id) {
  const std::string key = "rows/" + std::to_string(unit_id);
  if (auto kept = std::static_pointer_cast<const ScopeRows>(held.lasting(key))) return kept;
  auto rows = std::make_shared<ScopeRows>();
  rows->scope = held.scope(unit_id);
  rows->people = held.subjects(rows->scope, true);
  rows->units = held.subjects(rows->scope, false);
  held.keep_lasting(key, rows, sizeof(ScopeRows) + rows->scope.capacity() +
                                   (rows->people.capacity() + rows->units.capacity()) * sizeof(void*));
  return rows;
}

// `e`'s level's list over the scope of `unit_id` (level_list), kept with the year as its rows.
std::shared_ptr<const ScopeList> held_level_list(const storage::HeldYear& held, int64_t unit_id, const commendation::Entry& e,
                                                 const ScopeRows& rows) {
  const std::string key = "list/" + std::to_string(unit_id) + '/' + e.level;
  if (auto kept = std::static_pointer_cast<const ScopeList>(held.lasting(key))) return kept;
  std::shared_ptr<const ScopeList> list = level_list(e, e.for_person() ? rows.people : rows.units, held.records);
  held.keep_lasting(key, list, list->bytes());
  return list;
}

}  // namespace

std::string eligibility_body(Tx& tx, const CommendationData& d, const storage::HeldYear& held, const std::string& code,
                             int64_t unit_id, const EligibilityView& view) {
  const commendation::Entry& e = entry_for(d.catalogue, code, held.year);
  const std::string key = std::to_string(unit_id) + '/' + code;
  std::shared_ptr<const ListAnswers> a = std::static_pointer_cast<const ListAnswers>(held.answer(key));
  // The held year's engine: warm from the requests before (of any scope and title) since the year
  // last changed; the list evaluated by it leaves it remembering what the page's sentences need.
  const storage::HeldYear::Engine engine = held.engine(d.catalogue);
  if (!a) {
    // Every title of the level over the scope at once (one pass of the engine; the officer who
    // looks at one title looks at the next), each kept for its own requests.
    const std::shared_ptr<const ScopeRows> rows = scope_rows(held, unit_id);
    const std::shared_ptr<const ScopeList> list = held_level_list(held, unit_id, e, *rows);
    const auto titles = level_titles(d.catalogue, e, held.year);
    auto shape_of = [&](const commendation::Ranked& iss) -> std::shared_ptr<const QuotaShape> {
      const std::string k = "quota/" + std::to_string(unit_id) + '/' + e.level + '/' + iss.code;
      if (auto kept = std::static_pointer_cast<const QuotaShape>(held.lasting(k))) return kept;
      std::shared_ptr<const QuotaShape> shape = quota_shape(iss, *list, rows->units, held);
      held.keep_lasting(k, shape, shape->bytes());
      return shape;
    };
    auto fresh = evaluate_scope(d.catalogue, titles, held.year, list, rows->scope, held, *engine, shape_of);
    for (size_t t = fresh.size(); t-- > 0;)  // e's last: the least likely to be dropped first
      held.keep_answer(std::to_string(unit_id) + '/' + titles[t]->code, fresh[t], fresh[t]->bytes);
    a = std::move(fresh.front());
  }
  return eligibility_text(tx, d.catalogue, e, held.year, *a, *engine, view);
}

json eligibility(Tx& tx, const CommendationData& d, const storage::HeldYear& held, const std::string& code,
                 int64_t unit_id) {
  return json::parse(eligibility_body(tx, d, held, code, unit_id));
}

std::unique_ptr<storage::HeldRecords> held_records(const CommendationData& d) {
  return std::make_unique<storage::HeldRecords>(d.catalogue, d.catalogue.look_back());
}

namespace {

// The nominees of a request, checked as create_proposal says, with the deciding level they share.
struct CheckedItems {
  std::string issuer;
  int64_t issuer_unit = 0;
  std::vector<storage::ProposalItem> items;
  std::map<std::string, int> per_code;
};

CheckedItems check_items(Tx& tx, const CommendationData& d, const Actor& a, const storage::Unit& proposer,
                         const ProposalRequest& req) {
  const auto& cat = d.catalogue;
  storage::UnitRepository units(tx);
  if (req.items.empty()) throw Error::Invalid("Hồ sơ chưa có đề nghị nào", "items");
  if (req.items.size() > 500) throw Error::Invalid("Một hồ sơ có tối đa 500 đề nghị", "items");
  std::set<int64_t> group_members;
  if (req.group_year_id) {
    auto gy = storage::ScoringStore(tx).group_year(*req.group_year_id);
    for (const auto& [id, code] : gy.members) group_members.insert(id);
    if (!group_members.count(proposer.id) && !actor_sees(tx, a, gy.organiser_unit_id))
      throw Error::Forbidden("Chỉ thành viên hoặc đơn vị tổ chức cụm, khối được đề nghị thay cho cụm, khối");
  }
  CheckedItems out;
  // One deciding level a dossier.
  for (const auto& it : req.items) {
    const auto& e = entry_for(cat, it.code, req.year);
    if (!out.issuer.empty() && out.issuer != e.granted_by)
      throw Error::Invalid("Một hồ sơ chỉ gồm các hình thức do cùng một cấp quyết định: \"" + e.name + "\" do " +
                               cat.issuer(e.granted_by)->name + " quyết định, khác với các đề nghị khác",
                           "items");
    out.issuer = e.granted_by;
  }
  const commendation::Ranked* iss = cat.issuer(out.issuer);
  std::optional<int64_t> issuer_unit;
  for (int64_t u : units.ancestors(proposer.id)) {
    std::string kind = units.get(u).kind;
    if (std::find(iss->unit_kinds.begin(), iss->unit_kinds.end(), kind) != iss->unit_kinds.end()) {
      issuer_unit = u;
      break;
    }
  }
  if (!issuer_unit)
    throw Error::Forbidden("\"" + cat.entry_name(req.items[0].code) + "\" do " + iss->name + " quyết định; " + proposer.name +
                           " không thuộc cấp nào có thẩm quyền này");
  out.issuer_unit = *issuer_unit;
  storage::CommendationRecords records(tx);
  storage::PersonRepository people(tx);
  std::set<std::tuple<std::string, int64_t, std::string>> seen;
  for (size_t i = 0; i < req.items.size(); ++i) {
    const auto& it = req.items[i];
    std::string field = "items[" + std::to_string(i) + "]";
    const auto& e = entry_for(cat, it.code, req.year);
    storage::ProposalItem item;
    item.subject_kind = it.subject_kind;
    item.subject_id = it.subject_id;
    item.code = it.code;
    item.grounds = it.grounds;
    if (it.subject_kind == "person") {
      auto p = people.find(it.subject_id);
      if (!p) throw Error::Invalid("Không có cán bộ #" + std::to_string(it.subject_id), field);
      item.subject_name = p->full_name;
      if (!e.for_person()) throw Error::Invalid("\"" + e.name + "\" là hình thức cho tập thể, không đề nghị cho cá nhân " + p->full_name, field);
      auto post = posting_in(tx, p->id, req.year);
      if (!post) throw Error::Invalid(p->full_name + " không công tác trong năm " + std::to_string(req.year), field);
      item.subject_unit_id = post->unit_id;
    } else if (it.subject_kind == "unit") {
      auto u = units.find(it.subject_id);
      if (!u) throw Error::Invalid("Không có đơn vị #" + std::to_string(it.subject_id), field);
      item.subject_name = u->name;
      if (e.for_person()) throw Error::Invalid("\"" + e.name + "\" là hình thức cho cá nhân, không đề nghị cho đơn vị " + u->name, field);
      item.subject_unit_id = u->id;
    } else {
      throw Error::Invalid("subject_kind là person hoặc unit", field);
    }
    if (it.example_id) {
      auto ex = storage::ExampleRepository(tx).find(*it.example_id);
      if (!ex) throw Error::Invalid("Không có điển hình tiên tiến #" + std::to_string(*it.example_id), field);
      if (ex->subject_kind != it.subject_kind || ex->subject_id != it.subject_id)
        throw Error::Invalid("Điển hình \"" + ex->title + "\" là của " + ex->subject_name + ", không phải của " + item.subject_name, field);
      item.example_id = ex->id;
      if (item.grounds.empty()) item.grounds = ex->title + ": " + ex->story;
    }
    bool in_scope = units.in_scope(proposer.id, item.subject_unit_id) ||
                    (it.subject_kind == "unit" && group_members.count(it.subject_id));
    if (!in_scope) throw Error::Forbidden(item.subject_name + " không thuộc phạm vi đề nghị của " + proposer.name);
    if (!seen.insert({it.subject_kind, it.subject_id, it.code}).second)
      throw Error::Invalid(item.subject_name + " được đề nghị \"" + e.name + "\" hai lần trong hồ sơ", field);
    for (const auto& aw : records.awards_of_subject(it.subject_kind, it.subject_id))
      if (aw.code == it.code && aw.year == req.year && !aw.revoked)
        throw Error::Conflict(item.subject_name + " đã được tặng \"" + e.name + "\" năm " + std::to_string(req.year) +
                              (aw.decision ? " (Quyết định số " + aw.decision->number + ")" : ""));
    json ev = evaluate_item(tx, d, item, req.year);
    if (!ev["eligible"].get<bool>())
      throw Error::Invalid(item.subject_name + " chưa đủ điều kiện \"" + e.name + "\": " + first_failure(ev), field);
    item.eligibility = ev;
    ++out.per_code[it.code];
    out.items.push_back(std::move(item));
  }
  return out;
}

json item_change(const storage::ProposalItem& it, const commendation::Catalogue& cat, int year) {
  return {{"subject", it.subject_name}, {"subject_kind", it.subject_kind}, {"subject_id", it.subject_id}, {"code", it.code},
          {"name", entry_for(cat, it.code, year).name}, {"grounds", it.grounds}};
}

}  // namespace

std::optional<std::string> nominee_problem(Tx& tx, const CommendationData& d, const Actor& a, int64_t proposer, int year,
                                           std::optional<int64_t> group_year_id, const ItemRequest& item, std::string* issuer,
                                           int64_t* issuer_unit) {
  ProposalRequest one;
  one.unit_id = proposer;
  one.year = year;
  one.group_year_id = group_year_id;
  one.items = {item};
  try {
    CheckedItems checked = check_items(tx, d, a, storage::UnitRepository(tx).get(proposer), one);
    if (issuer) *issuer = checked.issuer;
    if (issuer_unit) *issuer_unit = checked.issuer_unit;
    return std::nullopt;
  } catch (const Error& e) {
    if (e.code() == ErrorCode::kInternal) throw;
    return std::string(e.what());
  }
}

std::optional<std::string> quota_problem(Tx& tx, const CommendationData& d, const std::string& code, int year, int64_t issuer_unit,
                                         int64_t proposal_id, int adding) {
  try {
    check_quota(tx, d, entry_for(d.catalogue, code, year), year, issuer_unit, proposal_id, adding);
    return std::nullopt;
  } catch (const Error& e) {
    if (e.code() == ErrorCode::kInternal) throw;
    return std::string(e.what());
  }
}

storage::Proposal create_proposal(Tx& tx, const CommendationData& d, const Actor& a, const ProposalRequest& req) {
  storage::Unit proposer = storage::UnitRepository(tx).get(req.unit_id);
  if (!actor_sees(tx, a, proposer.id)) throw Error::Forbidden("Đơn vị đề nghị nằm ngoài phạm vi quản lý của bạn");
  CheckedItems checked = check_items(tx, d, a, proposer, req);
  storage::NewProposal n;
  n.unit_id = proposer.id;
  n.holder_unit_id = proposer.id;
  n.issuer_unit_id = checked.issuer_unit;
  n.issuer = checked.issuer;
  n.year = req.year;
  n.group_year_id = req.group_year_id;
  n.title = req.title.empty() ? "Đề nghị khen thưởng năm " + std::to_string(req.year) + " của " + proposer.name : req.title;
  n.report = req.report;
  n.items = std::move(checked.items);
  for (const auto& [code, count] : checked.per_code)
    check_quota(tx, d, entry_for(d.catalogue, code, req.year), req.year, checked.issuer_unit, 0, count);
  return storage::ProposalRepository(tx).create(n, a.username);
}

storage::Proposal edit_proposal(Tx& tx, const CommendationData& d, const Actor& a, int64_t id, const EditRequest& req) {
  storage::Proposal p = visible_proposal(tx, a, id);
  if (p.state != "draft" && p.state != "returned")
    throw Error::Conflict(std::string("Hồ sơ đang ở trạng thái \"") + commendation::state_label(p.state) +
                          "\"; chỉ sửa được hồ sơ dự thảo hoặc bị trả lại");
  if (!actor_sees(tx, a, p.unit_id)) throw Error::Forbidden("Chỉ đơn vị đề nghị (" + p.unit_name + ") được sửa hồ sơ");
  storage::ProposalRepository repo(tx);
  if (repo.council_of(p.id))
    throw Error::Conflict("Hội đồng đã họp xét hồ sơ này; các đề nghị giữ nguyên như Hội đồng đã xét, hãy lập hồ sơ mới");
  ProposalRequest pr;
  pr.unit_id = p.unit_id;
  pr.year = p.year;
  pr.group_year_id = p.group_year_id;
  pr.items = req.items;
  CheckedItems checked = check_items(tx, d, a, storage::UnitRepository(tx).get(p.unit_id), pr);
  if (checked.issuer != p.issuer)
    throw Error::Invalid("Hồ sơ do " + d.catalogue.issuer(p.issuer)->name + " quyết định; đề nghị thuộc thẩm quyền khác cần hồ sơ riêng",
                         "items");
  using Key = std::tuple<std::string, int64_t, std::string>;
  auto key = [](const storage::ProposalItem& it) { return Key{it.subject_kind, it.subject_id, it.code}; };
  std::map<Key, const storage::ProposalItem*> before;
  for (const auto& it : p.items) before[key(it)] = &it;
  json added = json::array(), removed = json::array(), grounds = json::array();
  std::set<Key> kept;
  for (const auto& it : checked.items) {
    auto found = before.find(key(it));
    if (found == before.end()) {
      repo.add_item(p.id, it);
      added.push_back(item_change(it, d.catalogue, p.year));
      continue;
    }
    kept.insert(found->first);
    repo.set_eligibility(found->second->id, it.eligibility);
    if (found->second->grounds != it.grounds) {
      repo.set_grounds(found->second->id, it.grounds);
      json ch = item_change(it, d.catalogue, p.year);
      ch["grounds_before"] = found->second->grounds;
      grounds.push_back(ch);
    }
  }
  for (const auto& [k, it] : before)
    if (!kept.count(k)) {
      repo.remove_item(it->id);
      removed.push_back(item_change(*it, d.catalogue, p.year));
    }
  bool report = req.report && *req.report != p.report;
  if (report) repo.set_report(p.id, *req.report);
  if (added.empty() && removed.empty() && grounds.empty() && !report)
    throw Error::Invalid("Hồ sơ không có gì thay đổi", "items");
  for (const auto& [code, count] : checked.per_code)
    check_quota(tx, d, entry_for(d.catalogue, code, p.year), p.year, p.issuer_unit_id, p.id, count);
  json changes = {{"added", added}, {"removed", removed}, {"grounds", grounds}, {"report", report}};
  repo.step(p.id, "edit", p.state, p.state, p.holder_unit_id, p.unit_id, a.username, req.reason, changes);
  return repo.get(p.id);
}

storage::Proposal proposal_step(Tx& tx, const CommendationData& d, const Actor& a, int64_t id, const std::string& step,
                                const std::optional<std::string>& reason) {
  using commendation::Step;
  storage::Proposal p = visible_proposal(tx, a, id);
  storage::ProposalRepository repo(tx);
  static const std::map<std::string, Step> kSteps = {{"submit", Step::kSubmit},   {"receive", Step::kReceive},
                                                     {"check", Step::kCheck},     {"return", Step::kReturn},
                                                     {"consult", Step::kConsult},
                                                     {"forward", Step::kForward}, {"to_council", Step::kToCouncil}};
  auto found = kSteps.find(step);
  if (found == kSteps.end()) throw Error::Invalid("Bước không hợp lệ: " + step, "step");
  std::string to = commendation::next_state(p.state, found->second);
  int64_t acting = step == "submit" ? p.unit_id : p.holder_unit_id;
  if (!actor_sees(tx, a, acting))
    throw Error::Forbidden(step == "submit" ? "Chỉ đơn vị đề nghị được gửi hồ sơ lên"
                                            : "Hồ sơ đang ở " + p.holder_name + "; chỉ cấp này được xử lý");
  int64_t holder = p.holder_unit_id;
  json changes;
  if (step == "submit") {
    holder = p.unit_id == p.issuer_unit_id ? p.unit_id : next_up(tx, p.unit_id).value_or(p.unit_id);
    std::map<std::string, int> per_code;
    for (const auto& it : p.items) ++per_code[it.code];
    for (const auto& [code, count] : per_code)
      check_quota(tx, d, entry_for(d.catalogue, code, p.year), p.year, p.issuer_unit_id, p.id, count);
  } else if (step == "return") {
    if (!reason || reason->empty()) throw Error::Invalid("Trả lại hồ sơ cần nêu lý do", "reason");
    holder = p.unit_id;
  } else if (step == "check") {
    changes = json::array();
    for (const auto& it : p.items) {
      json now = evaluate_item(tx, d, it, p.year);
      json diff = json::array();
      std::map<std::string, json> before;
      if (it.eligibility.is_object() && it.eligibility.contains("conditions"))
        for (const auto& c : it.eligibility["conditions"]) before[c["code"].get<std::string>()] = c;
      for (const auto& c : now["conditions"]) {
        auto b = before.find(c["code"].get<std::string>());
        if (b == before.end() || b->second["met"] != c["met"] || b->second["detail"] != c["detail"])
          diff.push_back({{"code", c["code"]}, {"before", b == before.end() ? json() : b->second["detail"]}, {"after", c["detail"]}});
      }
      bool was = it.eligibility.is_object() && it.eligibility.value("eligible", false);
      if (!diff.empty() || was != now["eligible"].get<bool>())
        changes.push_back({{"item_id", it.id}, {"subject", it.subject_name}, {"eligible_before", was},
                           {"eligible_after", now["eligible"]}, {"conditions", diff}});
      repo.set_eligibility(it.id, now);
    }
  } else if (step == "consult") {
    if (!reason || reason->empty())
      throw Error::Invalid("Ghi cơ quan được lấy ý kiến hiệp y và ý kiến của cơ quan đó", "reason");
  } else if (step == "forward") {
    if (p.holder_unit_id == p.issuer_unit_id)
      throw Error::Conflict("Hồ sơ đã ở cấp có thẩm quyền quyết định (" + p.issuer_unit_name + "); hãy trình Hội đồng");
    holder = next_up(tx, p.holder_unit_id).value_or(p.issuer_unit_id);
  } else if (step == "to_council") {
    if (p.holder_unit_id != p.issuer_unit_id)
      throw Error::Conflict("Chỉ cấp có thẩm quyền quyết định (" + p.issuer_unit_name + ") trình Hội đồng; hãy chuyển hồ sơ lên");
    bool consulted = std::any_of(p.steps.begin(), p.steps.end(), [&](const storage::ProposalStep& s) {
      return s.step == "consult" && s.unit_id == p.issuer_unit_id;
    });
    for (const auto& it : p.items)
      if (entry_for(d.catalogue, it.code, p.year).consultation && !consulted)
        throw Error::Conflict("\"" + entry_for(d.catalogue, it.code, p.year).name +
                              "\" cần lấy ý kiến hiệp y trước khi trình Hội đồng (Nghị định 98/2023/NĐ-CP Điều 31)");
    for (const auto& it : p.items)
      if (!it.eligibility.value("eligible", false))
        throw Error::Conflict(it.subject_name + " không còn đủ điều kiện ở lần thẩm định gần nhất: " + first_failure(it.eligibility) +
                              "; hãy trả lại hồ sơ");
  }
  repo.step(p.id, step, p.state, to, holder, acting, a.username, reason, changes);
  return repo.get(p.id);
}

storage::Council open_council(Tx& tx, const Actor& a, int64_t proposal_id, const CouncilRequest& r) {
  storage::Proposal p = visible_proposal(tx, a, proposal_id);
  if (p.state != "council") throw Error::Conflict("Hồ sơ chưa được trình Hội đồng");
  if (!actor_sees(tx, a, p.issuer_unit_id)) throw Error::Forbidden("Chỉ " + p.issuer_unit_name + " triệu tập Hội đồng xét hồ sơ này");
  if (r.member_user_ids.empty()) throw Error::Invalid("Hội đồng cần có thành viên", "members");
  storage::UserRepository users(tx);
  storage::UnitRepository units(tx);
  std::vector<storage::CouncilMember> members;
  std::set<int64_t> ids(r.member_user_ids.begin(), r.member_user_ids.end());
  if (ids.size() != r.member_user_ids.size()) throw Error::Invalid("Một thành viên được ghi hai lần", "members");
  for (int64_t uid : r.present_user_ids)
    if (!ids.count(uid)) throw Error::Invalid("Người có mặt #" + std::to_string(uid) + " không phải thành viên Hội đồng", "present");
  for (int64_t uid : r.member_user_ids) {
    auto u = users.find(uid);
    if (!u) throw Error::Invalid("Không có người dùng #" + std::to_string(uid), "members");
    if (!units.in_scope(p.issuer_unit_id, u->unit_id))
      throw Error::Invalid(u->username + " không thuộc " + p.issuer_unit_name + ", không là thành viên Hội đồng được", "members");
    storage::CouncilMember m;
    m.user_id = uid;
    m.present = std::find(r.present_user_ids.begin(), r.present_user_ids.end(), uid) != r.present_user_ids.end();
    for (const auto& [user, person] : r.member_people)
      if (user == uid) m.person_id = person;
    members.push_back(m);
  }
  return storage::ProposalRepository(tx).open_council(p.id, p.issuer_unit_id, r.meeting_date, members, a.username);
}

storage::Council cast_ballot(Tx& tx, const Actor& a, int64_t proposal_id, const std::vector<std::pair<int64_t, bool>>& votes) {
  storage::Proposal p = visible_proposal(tx, a, proposal_id);
  storage::ProposalRepository repo(tx);
  auto c = repo.council_of(p.id);
  if (!c) throw Error::Conflict("Hồ sơ chưa có phiên họp Hội đồng");
  if (c->state != "open") throw Error::Conflict("Phiên họp Hội đồng đã kết thúc");
  const storage::CouncilMember* me = nullptr;
  for (const auto& m : c->members)
    if (a.user_id && m.user_id == *a.user_id) me = &m;
  if (!me) throw Error::Forbidden("Bạn không phải thành viên Hội đồng xét hồ sơ này");
  if (!me->present) throw Error::Forbidden("Thành viên vắng mặt không bỏ phiếu tại phiên họp");
  int present = static_cast<int>(std::count_if(c->members.begin(), c->members.end(), [](const auto& m) { return m.present; }));
  if (!commendation::has_quorum(present, static_cast<int>(c->members.size())))
    throw Error::Conflict("Hội đồng chưa đủ túc số: " + std::to_string(present) + "/" + std::to_string(c->members.size()) +
                          " thành viên có mặt, cần ít nhất hai phần ba");
  if (me->voted) throw Error::Conflict("Bạn đã bỏ phiếu; mỗi thành viên chỉ bỏ phiếu một lần");
  std::map<int64_t, bool> ballot;
  for (const auto& [item, yes] : votes) {
    if (std::none_of(p.items.begin(), p.items.end(), [&](const auto& it) { return it.id == item; }))
      throw Error::Invalid("Phiếu có đề nghị #" + std::to_string(item) + " không thuộc hồ sơ", "votes");
    if (!ballot.emplace(item, yes).second) throw Error::Invalid("Phiếu ghi hai ý kiến cho một đề nghị", "votes");
  }
  std::vector<std::pair<int64_t, bool>> counted;
  std::vector<std::pair<int64_t, std::string>> recused;
  for (const auto& it : p.items) {
    std::string why;
    if (it.subject_kind == "person" && me->person_id && *me->person_id == it.subject_id) why = "là người được đề nghị";
    else if (it.subject_unit_id == me->unit_id) why = "cùng đơn vị với đối tượng được đề nghị";
    if (!why.empty()) {
      recused.push_back({it.id, why});
      continue;
    }
    auto v = ballot.find(it.id);
    if (v == ballot.end()) throw Error::Invalid("Phiếu chưa có ý kiến về " + it.subject_name, "votes");
    counted.push_back({it.id, v->second});
  }
  repo.cast(c->id, *a.user_id, counted);
  for (const auto& [item, why] : recused) repo.recuse(c->id, item, *a.user_id, why);
  return *repo.council_of(p.id);
}

storage::Council close_council(Tx& tx, const CommendationData& d, const Actor& a, int64_t proposal_id) {
  storage::Proposal p = visible_proposal(tx, a, proposal_id);
  if (!actor_sees(tx, a, p.issuer_unit_id)) throw Error::Forbidden("Chỉ " + p.issuer_unit_name + " kết thúc phiên họp");
  storage::ProposalRepository repo(tx);
  auto c = repo.council_of(p.id);
  if (!c) throw Error::Conflict("Hồ sơ chưa có phiên họp Hội đồng");
  int present = 0, voted = 0;
  for (const auto& m : c->members) {
    present += m.present;
    voted += m.voted;
  }
  if (!commendation::has_quorum(present, static_cast<int>(c->members.size())))
    throw Error::Conflict("Hội đồng chưa đủ túc số: " + std::to_string(present) + "/" + std::to_string(c->members.size()) +
                          " thành viên có mặt, cần ít nhất hai phần ba");
  if (voted == 0) throw Error::Conflict("Chưa thành viên nào bỏ phiếu");
  std::string minutes = "Biên bản họp Hội đồng thi đua – khen thưởng " + p.issuer_unit_name + " ngày " + c->meeting_date.vn() +
                        " xét hồ sơ \"" + p.title + "\". Có mặt " + std::to_string(present) + "/" +
                        std::to_string(c->members.size()) + " thành viên (đủ túc số hai phần ba); " + std::to_string(voted) +
                        " phiếu kín hợp lệ.";
  for (const auto& it : p.items) {
    const auto& e = entry_for(d.catalogue, it.code, p.year);
    int recused = 0;
    for (const auto& r : c->recusals) recused += r.item_id == it.id;
    int entitled = present - recused;
    bool pass = commendation::passes(it.approvals, entitled, e.council_approval_pct);
    repo.set_result(it.id, pass ? "approved" : "rejected");
    minutes += " " + it.subject_name + " — " + e.name + ": " + std::to_string(it.approvals) + "/" + std::to_string(entitled) +
               " phiếu đồng ý (cần " + std::to_string(static_cast<int>(e.council_approval_pct)) + "%), " +
               (pass ? "thông qua" : "không thông qua") + ".";
  }
  for (const auto& r : c->recusals)
    for (const auto& it : p.items)
      if (it.id == r.item_id) minutes += " Thành viên " + r.username + " không biểu quyết về " + it.subject_name + " (" + r.reason + ").";
  repo.close_council(c->id, minutes);
  return *repo.council_of(p.id);
}

json decide(Tx& tx, const CommendationData& d, const Actor& a, int64_t proposal_id, const DecisionRequest& r) {
  storage::Proposal p = visible_proposal(tx, a, proposal_id);
  if (r.number.empty()) throw Error::Invalid("Quyết định cần có số", "number");
  if (r.signer.empty()) throw Error::Invalid("Quyết định cần có người ký", "signer");
  if (r.signer_position.empty()) throw Error::Invalid("Quyết định cần ghi chức vụ người ký", "signer_position");
  if (p.state != "council") throw Error::Conflict("Hồ sơ đang ở trạng thái \"" + std::string(commendation::state_label(p.state)) +
                                                  "\", chưa thể ra quyết định");
  if (!actor_sees(tx, a, p.issuer_unit_id)) throw Error::Forbidden("Quyết định thuộc thẩm quyền của " + p.issuer_unit_name);
  storage::ProposalRepository repo(tx);
  auto c = repo.council_of(p.id);
  if (!c || c->state != "closed") throw Error::Conflict("Hội đồng chưa kết thúc phiên họp xét hồ sơ này");
  Date date = r.date.value_or(Date::today_vn());
  if (date < c->meeting_date) throw Error::Invalid("Ngày quyết định trước ngày họp Hội đồng", "date");
  const auto& cat = d.catalogue;
  auto check_method = [](const std::string& m) {
    if (award_method_name(m)) return;
    std::string known;
    const json all = award_methods();
    for (const auto& x : all["items"])
      known += (known.empty() ? "" : ", ") + x["name"].get<std::string>() + " (" + x["code"].get<std::string>() + ")";
    throw Error::Invalid("Phương thức khen thưởng không biết: \"" + m + "\"; chọn một trong: " + known, "methods");
  };
  if (r.method) check_method(*r.method);
  for (const auto& [item, m] : r.methods) {
    check_method(m);
    bool approved = std::any_of(p.items.begin(), p.items.end(), [&](const auto& it) { return it.id == item && it.result == "approved"; });
    if (!approved) throw Error::Invalid("Đề nghị #" + std::to_string(item) + " không thuộc hồ sơ hoặc không được Hội đồng thông qua", "methods");
  }
  storage::Decision dec;
  dec.issuer_unit_id = p.issuer_unit_id;
  dec.issuer = p.issuer;
  dec.issuer_name = cat.issuer(p.issuer)->name;
  dec.year = date.year();
  dec.number = r.number;
  dec.date = date;
  dec.signer = r.signer;
  dec.signer_position = r.signer_position;
  dec.base_salary = d.salary.on(date).vnd;
  dec.proposal_id = p.id;
  storage::CommendationRecords records(tx);
  dec = records.add_decision(dec, a.username);
  json awards = json::array();
  for (const auto& it : p.items) {
    if (it.result != "approved") continue;
    const commendation::Entry* e = cat.find(it.code, date);
    if (!e) e = &entry_for(cat, it.code, p.year);
    storage::NewAward aw;
    aw.subject_kind = it.subject_kind;
    aw.subject_id = it.subject_id;
    aw.unit_id = it.subject_unit_id;
    aw.code = it.code;
    aw.name = e->name;
    aw.year = p.year;
    aw.decision_id = dec.id;
    aw.proposal_item_id = it.id;
    aw.cash_multiple = e->cash_multiple;
    aw.cash_vnd = d.salary.cash(e->cash_multiple, date);
    aw.catalogue_version = cat.version();
    if (auto m = r.methods.find(it.id); m != r.methods.end()) aw.method = m->second;
    else aw.method = r.method ? r.method : default_award_method(it.code);
    int64_t id = records.add_award(aw, a.username);
    awards.push_back({{"id", id}, {"subject", {{"kind", it.subject_kind}, {"id", it.subject_id}, {"name", it.subject_name}}},
                      {"code", it.code}, {"name", e->name}, {"cash_multiple", e->cash_multiple}, {"cash_vnd", aw.cash_vnd},
                      {"method", aw.method ? json(*aw.method) : json()},
                      {"method_name", aw.method ? json(*award_method_name(*aw.method)) : json()}});
  }
  if (awards.empty()) throw Error::Conflict("Không có đề nghị nào được Hội đồng thông qua, không ra quyết định khen thưởng");
  repo.step(p.id, "decide", p.state, "decided", p.holder_unit_id, p.issuer_unit_id, a.username,
            "Quyết định số " + dec.number + " ngày " + dec.date.vn(), nullptr);
  return {{"decision",
           {{"id", dec.id}, {"number", dec.number}, {"date", dec.date.iso()}, {"issuer", dec.issuer_name}, {"signer", dec.signer},
            {"signer_position", dec.signer_position}, {"base_salary", dec.base_salary},
            {"base_salary_basis", d.salary.on(date).basis}}},
          {"awards", awards}};
}

storage::GroupVote honour_leader(Tx& tx, const CommendationData& d, const Actor& a, int64_t group_id, int year,
                                 const json& ranking, const json& votes, const std::string& minutes, Date date) {
  storage::ScoringStore store(tx);
  auto gy = store.group_year(group_id, year);
  bool may = actor_sees(tx, a, gy.organiser_unit_id) || (gy.leader_unit_id && actor_sees(tx, a, *gy.leader_unit_id));
  if (!may) throw Error::Forbidden("Chỉ đơn vị tổ chức hoặc cụm trưởng tổ chức biểu quyết suy tôn");
  std::map<int64_t, std::string> members(gy.members.begin(), gy.members.end());
  if (!votes.is_array() || votes.empty()) throw Error::Invalid("Cần phiếu biểu quyết của các thành viên", "votes");
  std::set<int64_t> voters;
  std::map<int64_t, int> tally;
  for (const auto& v : votes) {
    if (!v.is_object() || !v.contains("voter_unit_id") || !v.contains("candidate_unit_id") ||
        !v["voter_unit_id"].is_number_integer() || !v["candidate_unit_id"].is_number_integer())
      throw Error::Invalid("Mỗi phiếu gồm voter_unit_id và candidate_unit_id", "votes");
    int64_t voter = v["voter_unit_id"], cand = v["candidate_unit_id"];
    if (!members.count(voter)) throw Error::Invalid("Đơn vị #" + std::to_string(voter) + " không là thành viên cụm, khối năm " + std::to_string(year), "votes");
    if (!members.count(cand)) throw Error::Invalid("Đơn vị được suy tôn #" + std::to_string(cand) + " không là thành viên", "votes");
    if (!voters.insert(voter).second) throw Error::Invalid("Một thành viên chỉ biểu quyết một lần", "votes");
    ++tally[cand];
  }
  if (!commendation::has_quorum(static_cast<int>(voters.size()), static_cast<int>(members.size())))
    throw Error::Invalid("Chưa đủ hai phần ba thành viên biểu quyết: " + std::to_string(voters.size()) + "/" +
                             std::to_string(members.size()),
                         "votes");
  auto best = std::max_element(tally.begin(), tally.end(), [](const auto& x, const auto& y) { return x.second < y.second; });
  if (best->second * 2 <= static_cast<int>(voters.size()))
    throw Error::Invalid("Không đơn vị nào được quá nửa số phiếu (" + std::to_string(best->second) + "/" +
                             std::to_string(voters.size()) + ")",
                         "votes");
  storage::UnitRepository units(tx);
  storage::CommendationRecords records(tx);
  // The final ranking gives each member's classification of the year where none is recorded yet.
  if (ranking.contains("items"))
    for (const auto& it : ranking["items"]) {
      std::string lv = it.value("level_code", "");
      int64_t uid = it.value("unit_id", int64_t{0});
      if (!members.count(uid) || !d.catalogue.level_rank(lv)) continue;
      auto rec = records.records(uid, year, 0);
      const auto* s = rec.unit(uid);
      if (s && s->classification.count(year)) continue;
      storage::NewEvaluation ev;
      ev.subject_kind = "unit";
      ev.subject_id = uid;
      ev.unit_id = uid;
      ev.year = year;
      ev.level = lv;
      ev.note = "Theo kết quả chấm điểm, xếp hạng cuối năm của " + gy.group_name + " (hạng " + std::to_string(it.value("rank", 0)) + ")";
      records.put_evaluation(ev, a.username);
    }
  storage::GroupVote v;
  v.group_year_id = gy.id;
  v.group_id = group_id;
  v.year = year;
  v.ranking = ranking.contains("items") ? ranking["items"] : json::array();
  v.votes = votes;
  v.leader_unit_id = best->first;
  v.leader_name = units.get(best->first).name;
  v.date = date;
  v.minutes = !minutes.empty() ? minutes
                               : "Hội nghị tổng kết " + gy.group_name + " năm " + std::to_string(year) + " ngày " + date.vn() + ": " +
                                     std::to_string(voters.size()) + "/" + std::to_string(members.size()) +
                                     " thành viên biểu quyết; suy tôn " + v.leader_name + " là đơn vị dẫn đầu với " +
                                     std::to_string(best->second) + "/" + std::to_string(voters.size()) + " phiếu.";
  return storage::ProposalRepository(tx).add_group_vote(v, a.username);
}

json group_year_end_proposals(Tx& tx, const CommendationData& d, const Actor& a, int64_t group_id, int year) {
  storage::ScoringStore store(tx);
  auto gy = store.group_year(group_id, year);
  storage::ProposalRepository repo(tx);
  auto vote = repo.group_vote(gy.id);
  if (!vote) throw Error::Conflict("Cụm, khối chưa biểu quyết suy tôn đơn vị dẫn đầu năm " + std::to_string(year));
  if (vote->proposal_id) throw Error::Conflict("Cụm, khối đã lập hồ sơ đề nghị cờ thi đua năm " + std::to_string(year));
  int64_t proposer = vote->leader_unit_id;
  ProposalRequest gov;
  gov.unit_id = proposer;
  gov.year = year;
  gov.group_year_id = gy.id;
  gov.title = "Đề nghị tặng Cờ thi đua của Chính phủ năm " + std::to_string(year) + " — " + gy.group_name;
  gov.report = vote->minutes;
  gov.items = {{"unit", vote->leader_unit_id, "co_thi_dua_chinh_phu"}};
  storage::Proposal p1 = create_proposal(tx, d, a, gov);
  repo.link_group_vote(vote->id, p1.id);
  ProposalRequest bo = gov;
  bo.title = "Đề nghị tặng Cờ thi đua của Bộ Công an năm " + std::to_string(year) + " — " + gy.group_name;
  bo.items.clear();
  json skipped = json::array();
  for (const auto& [uid, code] : gy.members) {
    if (uid == vote->leader_unit_id) continue;
    storage::ProposalItem it;
    it.subject_kind = "unit";
    it.subject_id = uid;
    it.subject_unit_id = uid;
    it.subject_name = storage::UnitRepository(tx).get(uid).name;
    it.code = "co_thi_dua_bo_cong_an";
    json ev = evaluate_item(tx, d, it, year);
    if (ev["eligible"].get<bool>()) bo.items.push_back({"unit", uid, it.code});
    else skipped.push_back({{"unit_id", uid}, {"name", it.subject_name}, {"reason", first_failure(ev)}});
  }
  json out = {{"government_flag", proposal_json(p1, d)}, {"ministry_flag", nullptr}, {"not_proposed", skipped}};
  if (!bo.items.empty()) out["ministry_flag"] = proposal_json(create_proposal(tx, d, a, bo), d);
  return out;
}

json award_statistics(Tx& tx, const CommendationData& d, int64_t unit_id, int from, int to) {
  storage::UnitRepository units(tx);
  auto counts = storage::CommendationRecords(tx).award_counts(unit_id, from, to);
  // The rows: the unit's direct subdivisions and the units merged into it.
  std::set<int64_t> rows_below;
  for (const auto& u : units.children(unit_id)) rows_below.insert(u.id);
  for (const auto& u : units.predecessors(unit_id)) rows_below.insert(u.id);
  std::map<int64_t, int64_t> row_of;  // the unit an award was earned in → its row
  for (const auto& c : counts) {
    if (row_of.count(c.unit_id)) continue;
    row_of[c.unit_id] = unit_id;
    for (int64_t a : units.ancestors(c.unit_id))  // the unit itself first, then nearer before farther
      if (rows_below.count(a)) {
        row_of[c.unit_id] = a;
        break;
      }
  }
  std::map<int, json> by_year;
  for (int y = from; y <= to; ++y) by_year[y] = {{"year", y}, {"counts", json::object()}, {"total", 0}};
  std::map<int64_t, json> by_unit;
  std::map<std::string, int> by_title;
  int total = 0;
  auto add = [](json& row, const std::string& code, int n) {
    row["counts"][code] = row["counts"].value(code, 0) + n;
    row["total"] = row["total"].get<int>() + n;
  };
  for (const auto& c : counts) {
    add(by_year[c.year], c.code, c.count);
    int64_t u = row_of[c.unit_id];
    if (!by_unit.count(u)) by_unit[u] = {{"unit", {{"id", u}, {"name", units.get(u).name}}}, {"counts", json::object()}, {"total", 0}};
    add(by_unit[u], c.code, c.count);
    by_title[c.code] += c.count;
    total += c.count;
  }
  json titles = json::array();
  for (const auto& [code, n] : by_title) {
    const auto* e = d.catalogue.find_in_year(code, to);
    titles.push_back({{"code", code}, {"name", e ? e->name : d.catalogue.entry_name(code)}, {"total", n},
                      {"rank", e ? e->rank : 0}, {"level", e ? e->level : ""}});
  }
  std::stable_sort(titles.begin(), titles.end(), [](const json& a, const json& b) { return a["total"].get<int>() > b["total"].get<int>(); });
  json years = json::array(), rows = json::array();
  for (auto& [y, row] : by_year) years.push_back(std::move(row));
  for (auto& [u, row] : by_unit) rows.push_back(std::move(row));
  std::stable_sort(rows.begin(), rows.end(), [](const json& a, const json& b) { return a["total"].get<int>() > b["total"].get<int>(); });
  return {{"unit", {{"id", unit_id}, {"name", units.get(unit_id).name}}}, {"from", from}, {"to", to}, {"titles", titles},
          {"by_year", years}, {"by_unit", rows}, {"total", total}};
}

json council_json(const storage::Council& c) {
  json members = json::array();
  int present = 0;
  for (const auto& m : c.members) {
    present += m.present;
    members.push_back({{"user_id", m.user_id}, {"username", m.username}, {"present", m.present}, {"voted", m.voted},
                       {"person_id", m.person_id ? json(*m.person_id) : json()}});
  }
  json recusals = json::array();
  for (const auto& r : c.recusals)
    recusals.push_back({{"item_id", r.item_id}, {"user_id", r.user_id}, {"username", r.username}, {"reason", r.reason}});
  return {{"id", c.id},
          {"meeting_date", c.meeting_date.iso()},
          {"state", c.state},
          {"members", members},
          {"present", present},
          {"quorum", commendation::has_quorum(present, static_cast<int>(c.members.size()))},
          {"recusals", recusals},
          {"minutes", c.minutes ? json(*c.minutes) : json()}};
}

json proposal_json(const storage::Proposal& p, const CommendationData& d) {
  const auto& cat = d.catalogue;
  json items = json::array();
  for (const auto& it : p.items) {
    const commendation::Entry* e = cat.find_in_year(it.code, p.year);
    json item = {{"id", it.id},
                 {"subject", {{"kind", it.subject_kind}, {"id", it.subject_id}, {"name", it.subject_name}, {"unit_id", it.subject_unit_id}}},
                 {"code", it.code},
                 {"name", e ? e->name : cat.entry_name(it.code)},
                 {"grounds", it.grounds},
                 {"example_id", it.example_id ? json(*it.example_id) : json()},
                 {"eligibility", it.eligibility},
                 {"result", it.result}};
    if (p.state == "decided" || it.result != "pending")
      item["votes"] = {{"approvals", it.approvals}, {"rejections", it.rejections}, {"recusals", it.recusals}};
    items.push_back(item);
  }
  json steps = json::array();
  for (const auto& s : p.steps)
    steps.push_back({{"step", s.step}, {"from", s.from_state}, {"to", s.to_state}, {"to_label", commendation::state_label(s.to_state)},
                     {"unit", {{"id", s.unit_id}, {"name", s.unit_name}}}, {"username", s.username},
                     {"reason", s.reason ? json(*s.reason) : json()}, {"changes", s.changes}, {"at", s.at}});
  const commendation::Ranked* iss = cat.issuer(p.issuer);
  return {{"id", p.id},
          {"unit", {{"id", p.unit_id}, {"name", p.unit_name}}},
          {"holder", {{"id", p.holder_unit_id}, {"name", p.holder_name}}},
          {"issuer", {{"code", p.issuer}, {"name", iss ? iss->name : p.issuer}, {"unit", {{"id", p.issuer_unit_id}, {"name", p.issuer_unit_name}}}}},
          {"group_year_id", p.group_year_id ? json(*p.group_year_id) : json()},
          {"year", p.year},
          {"title", p.title},
          {"report", p.report},
          {"state", p.state},
          {"state_label", commendation::state_label(p.state)},
          {"return_reason", p.return_reason ? json(*p.return_reason) : json()},
          {"items", items},
          {"item_count", p.items.size()},
          {"steps", steps},
          {"created_by", p.created_by},
          {"created_at", p.created_at}};
}

}  // namespace thidua::api
