// Commendation routes: the catalogue in force, eligibility of a unit's people or units, the
// records that feed it (evaluations, initiatives, discipline, service), proposals through the
// levels, the council's secret ballot, decisions and revocations, a person's and a unit's record,
// and a group's year end. Every write checks the role and the unit scope and is audited in the
// same transaction; the rules live in api/commendation.h and core/commendation*.h.
#include <nlohmann/json.hpp>

#include <memory>
#include <sstream>

#include "api/commendation.h"
#include "api/documents.h"
#include "api/nominee_import.h"
#include "api/context.h"
#include "api/input.h"
#include "api/score_board.h"
#include "core/error.h"
#include "storage/commendation_examples.h"
#include "storage/emulation.h"
#include "storage/registry.h"
#include "storage/scoring_store.h"

namespace thidua::api {

using nlohmann::json;
using storage::TxMode;

namespace {

// ?limit=…&offset=…&filter=… of the eligibility list (docs/api.md). Without `limit` (or with
// `limit=all`) the whole list, as CONTRACT.md's route answers; `limit=N` one page of it.
EligibilityView eligibility_view(const Ctx& c) {
  EligibilityView v;
  auto limit = c.req.query("limit");
  const bool whole = !limit || *limit == "all";
  const Page p = parse_page(whole ? std::nullopt : limit, c.req.query("offset"));  // every list's paging
  if (!whole) v.limit = p.limit;
  v.offset = p.offset;
  if (auto f = c.req.query("filter"); f && !f->empty()) {
    if (*f == "eligible") v.filter = EligibilityView::kEligible;
    else if (*f == "not_eligible") v.filter = EligibilityView::kNotEligible;
    else if (*f != "all") throw Error::Invalid("filter là eligible (đủ điều kiện), not_eligible (chưa đủ) hoặc all", "filter");
  }
  return v;
}

Actor actor(const Ctx& c) {
  return Actor{c.me().user.username, c.me().user.unit_id, c.me().everything, c.me().user.id};
}

void require_officer(const Routes& r, const Ctx& c) {
  r.require_write(c, access::Resource::kCommendations);
  if (c.me().role != access::Role::kAdmin && c.me().role != access::Role::kOfficer)
    throw Error::Forbidden("Chỉ cán bộ thi đua lập, chuyển và quyết định hồ sơ khen thưởng");
}

int year_of(const Ctx& c) {
  int64_t y = path_id(c.params.at("year"));
  if (y < 1900 || y > 2200) throw Error::NotFound("Không tìm thấy năm này");
  return static_cast<int>(y);
}

// ?name=YYYY (this year when absent).
int query_year(const Ctx& c, const char* name = "year") {
  auto y = c.query_str(name, 10);
  if (!y) return Date::today_vn().year();
  int v = 0;
  try {
    v = std::stoi(*y);
  } catch (...) {
  }
  if (v < 1900 || v > 2200) throw Error::Invalid("Năm không hợp lệ", name);
  return v;
}

// The unit a person or unit subject belongs to for `year` (a person: the posting of that year,
// else the current one).
int64_t subject_unit(storage::Tx& tx, const std::string& kind, int64_t id, int year) {
  if (kind == "unit") return storage::UnitRepository(tx).get(id).id;
  if (kind != "person") throw Error::Invalid("subject_kind là person hoặc unit", "subject_kind");
  storage::PersonRepository people(tx);
  people.get(id);
  Date start = *Date::from_ymd(year, 1, 1), end = *Date::from_ymd(year, 12, 31);
  std::optional<storage::Posting> found;
  for (const auto& p : people.postings_of(id))
    if (p.from <= end && (!p.to || *p.to >= start) && (!found || found->from < p.from)) found = p;
  if (!found) throw Error::Invalid("Người này không công tác trong năm " + std::to_string(year), "year");
  return found->unit_id;
}

json titles_json(const commendation::Catalogue& cat, Date on) {
  json items = json::array();
  for (const auto* e : cat.in_force(on)) {
    json j = commendation::to_json(*e);
    const auto* iss = cat.issuer(e->granted_by);
    j["granted_by_name"] = iss ? iss->name : e->granted_by;
    items.push_back(std::move(j));
  }
  return items;
}

// The nominees of a dossier as sent: [{subject_kind, subject_id, code, grounds?}].
std::vector<ItemRequest> item_requests(const json* items) {
  if (!items || !items->is_array()) throw Error::Invalid("items là danh sách đề nghị", "items");
  std::vector<ItemRequest> out;
  for (size_t i = 0; i < items->size(); ++i) {
    const json& it = (*items)[i];
    std::string f = "items[" + std::to_string(i) + "]";
    if (!it.is_object() || !it.contains("subject_kind") || !it["subject_kind"].is_string() || !it.contains("subject_id") ||
        !it["subject_id"].is_number_integer() || !it.contains("code") || !it["code"].is_string())
      throw Error::Invalid("Mỗi đề nghị gồm subject_kind, subject_id và code", f);
    ItemRequest r{it["subject_kind"].get<std::string>(), it["subject_id"].get<int64_t>(), it["code"].get<std::string>(), "", {}};
    if (it.contains("example_id") && !it["example_id"].is_null()) {
      if (!it["example_id"].is_number_integer() || it["example_id"].get<int64_t>() <= 0)
        throw Error::Invalid("example_id là số của một điển hình tiên tiến", f);
      r.example_id = it["example_id"].get<int64_t>();
    }
    if (it.contains("grounds") && !it["grounds"].is_null()) {
      if (!it["grounds"].is_string() || it["grounds"].get_ref<const std::string&>().size() > 5000)
        throw Error::Invalid("Thành tích là một đoạn văn (tối đa 5000 ký tự)", f);
      r.grounds = it["grounds"].get<std::string>();
    }
    out.push_back(std::move(r));
  }
  return out;
}

// A record's awards with the name of the method recorded at their decision.
json name_methods(json items) {
  for (auto& it : items)
    if (it.contains("method") && it["method"].is_string()) {
      auto n = award_method_name(it["method"].get<std::string>());
      it["method_name"] = n ? json(*n) : json();
    }
  return items;
}

json example_json(const storage::Example& e) {
  auto opt = [](const auto& v) { return v ? json(*v) : json(); };
  return {{"id", e.id},
          {"subject", {{"kind", e.subject_kind}, {"id", e.subject_id}, {"name", e.subject_name}}},
          {"unit", {{"id", e.unit_id}, {"name", e.unit_name}}},
          {"movement", e.movement_id ? json{{"id", *e.movement_id}, {"name", *e.movement_name}} : json()},
          {"phase", e.phase_id ? json{{"id", *e.phase_id}, {"title", opt(e.phase_title)}} : json()},
          {"title", e.title},
          {"story", e.story},
          {"place", e.place},
          {"date", e.date.iso()},
          {"evidence", e.evidence},
          {"created_by", e.created_by}};
}

json ranked_json(const std::vector<commendation::Ranked>& v) {
  json out = json::array();
  for (const auto& r : v) out.push_back({{"code", r.code}, {"name", r.name}, {"rank", r.rank}});
  return out;
}

}  // namespace

void register_commendation_routes(Routes& r) {
  const CommendationData& data = commendation_data();  // a broken data file stops the start here
  check_nominee_import_data(data);
  auto board = r.score_board();

  // CONTRACT.md: the catalogue in force on ?on= (default today). `titles` keeps the registration
  // form's list: the registrable titles of ?year= (all versions when absent).
  auto registrable = std::make_shared<const emulation::TitleCatalogue>(commendation::registration_titles(data.catalogue));
  r.add("GET", "/api/v1/titles", Access::public_(), [&data, registrable](Ctx& c) {
    Date on = Date::today_vn();
    if (auto s = c.query_str("on", 20)) {
      auto d = Date::parse_iso(*s);
      if (!d) throw Error::Invalid("on phải là ngày YYYY-MM-DD", "on");
      on = *d;
    }
    std::optional<int> year;
    if (c.query_str("year", 10)) year = query_year(c);
    json items = titles_json(data.catalogue, on);
    return ok(200, json{{"items", items},
                        {"total", items.size()},
                        {"on", on.iso()},
                        {"version", data.catalogue.version()},
                        {"titles", registrable->to_json(year)["titles"]}});
  });

  r.add("GET", "/api/v1/commendation/meta", Access::public_(), [&data](Ctx&) {
    Date today = Date::today_vn();
    const auto& s = data.salary.on(today);
    json issuers = json::array();
    for (const auto& i : data.catalogue.issuers())
      issuers.push_back({{"code", i.code}, {"name", i.name}, {"rank", i.rank}, {"unit_kinds", i.unit_kinds}, {"basis", i.basis}});
    return ok(200, json{{"levels", ranked_json(data.catalogue.levels())},
                        {"discipline_forms", ranked_json(data.catalogue.discipline_forms())},
                        {"initiative_scopes", ranked_json(data.catalogue.scopes())},
                        {"issuers", issuers},
                        {"base_salary", {{"vnd", s.vnd}, {"valid_from", s.valid_from.iso()}, {"basis", s.basis}}},
                        {"version", data.catalogue.version()}});
  });

  // Answered from the nation's record of the year held between requests (storage/held_records.h),
  // read again when the commendation version moved (one statement a request): the scope filters
  // the held subjects, the authorisation is the route's as before.
  std::shared_ptr<storage::HeldRecords> held = held_records(data);
  r.hold_records(held);  // its bytes and budget in /readyz
  r.add("GET", "/api/v1/eligibility", Access::read_unit_from_query("unit_id"), [&r, &data, held](Ctx& c) {
    auto code = c.query_str("title", 80);
    if (!code) throw Error::Invalid("Thiếu danh hiệu (title)", "title");
    int year = query_year(c);
    int64_t unit = c.query_id("unit_id").value_or(c.me().user.unit_id);
    auto tx = r.db().begin(TxMode::kRead);
    storage::UnitRepository(*tx).get(unit);
    r.require_scope(*tx, c, unit, false);
    entry_for(data.catalogue, *code, year);  // an unknown title, or one not in force that year: refused before any record is read
    const EligibilityView view = eligibility_view(c);
    return http::Response::json(200, eligibility_body(*tx, data, *held->get(*tx, year), *code, unit, view));
  });

  r.add("GET", "/api/v1/commendation/statistics", Access::read_unit_from_query("unit_id"), [&r, &data](Ctx& c) {
    int64_t unit = c.query_id("unit_id").value_or(c.me().user.unit_id);
    int to = query_year(c, "to");
    int from = c.query_str("from", 10) ? query_year(c, "from") : to - 4;
    if (from > to) throw Error::Invalid("Năm bắt đầu sau năm kết thúc", "from");
    if (to - from > 30) throw Error::Invalid("Thống kê tối đa 30 năm", "from");
    auto tx = r.db().begin(TxMode::kRead);
    storage::UnitRepository(*tx).get(unit);
    r.require_scope(*tx, c, unit, false);
    return ok(200, award_statistics(*tx, data, unit, from, to));
  });

  // ---- advanced examples (điển hình tiên tiến) ----

  r.add("GET", "/api/v1/examples", Access::read_list(), [&r](Ctx& c) {
    Page page = c.page();
    storage::ExampleQuery q;
    q.scope_root = c.scope_root();
    q.q = c.query_str("q", 200).value_or("");
    q.movement_id = c.query_id("movement_id");
    q.limit = page.limit;
    q.offset = page.offset;
    auto tx = r.db().begin(TxMode::kRead);
    int64_t total = 0;
    json items = json::array();
    for (const auto& e : storage::ExampleRepository(*tx).search(q, &total)) items.push_back(example_json(e));
    return ok(200, json{{"items", items}, {"total", total}});
  });

  r.add("GET", "/api/v1/examples/{id}", Access::read_from_owner("id", "example"), [&r](Ctx& c) {
    auto tx = r.db().begin(TxMode::kRead);
    auto e = storage::ExampleRepository(*tx).find(c.pid());
    if (!e || !actor_sees(*tx, actor(c), e->unit_id)) throw Error::NotFound("Không tìm thấy điển hình tiên tiến");
    return ok(200, example_json(*e));
  });

  r.add("POST", "/api/v1/examples", Access::write_from_body_owner(access::Resource::kCommendations, "subject_id", "subject"), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kCommendations);
    Input in(c.req.body, {"subject_kind", "subject_id", "movement_id", "phase_id", "title", "story", "place", "date", "evidence"});
    storage::Example e;
    e.subject_kind = in.str("subject_kind", 10);
    if (e.subject_kind != "person" && e.subject_kind != "unit") throw Error::Invalid("subject_kind là person hoặc unit", "subject_kind");
    e.subject_id = in.id("subject_id");
    e.title = in.str("title", 300);
    if (e.title.empty()) throw Error::Invalid("Thiếu tên điển hình (việc làm tiêu biểu)", "title");
    e.story = in.str("story", 20000);
    if (e.story.empty()) throw Error::Invalid("Thiếu nội dung: đã làm gì, kết quả ra sao", "story");
    e.place = in.opt_str("place", 300).value_or("");
    e.date = in.date("date");
    e.evidence = in.opt_str("evidence", 5000).value_or("");
    e.movement_id = in.opt_id("movement_id");
    e.phase_id = in.opt_id("phase_id");
    if (e.phase_id && !e.movement_id) throw Error::Invalid("Đợt thi đua cần kèm phong trào", "phase_id");
    auto tx = r.db().begin(TxMode::kWrite);
    e.unit_id = subject_unit(*tx, e.subject_kind, e.subject_id, e.date.year());
    r.require_scope(*tx, c, e.unit_id, true);
    e.subject_name = e.subject_kind == "person" ? storage::PersonRepository(*tx).get(e.subject_id).full_name
                                                : storage::UnitRepository(*tx).get(e.subject_id).name;
    if (e.movement_id) {
      auto m = storage::MovementRepository(*tx).find(*e.movement_id);
      if (!m || !storage::MovementRepository(*tx).visible_to(e.unit_id, *m))
        throw Error::Invalid("Không có phong trào này trong phạm vi của đơn vị", "movement_id");
      if (e.phase_id) {
        auto at = std::find(m->phase_ids.begin(), m->phase_ids.end(), *e.phase_id);
        if (at == m->phase_ids.end() || static_cast<size_t>(at - m->phase_ids.begin()) >= m->f.phases.size())
          throw Error::Invalid("Đợt thi đua không thuộc phong trào \"" + m->f.name + "\"", "phase_id");
        // The story happened during the phase it is told for.
        const emulation::Phase& ph = m->f.phases[static_cast<size_t>(at - m->phase_ids.begin())];
        if (e.date < ph.start || ph.end < e.date)
          throw Error::Invalid("Ngày " + e.date.vn() + " của điển hình nằm ngoài đợt thi đua \"" + ph.title + "\" (từ " +
                                   ph.start.vn() + " đến " + ph.end.vn() + ")",
                               "date");
      }
    }
    storage::Example out = storage::ExampleRepository(*tx).add(e, c.me().user.username);
    json j = example_json(out);
    r.audit(*tx, c, "example.create", "example", out.id, out.unit_id, nullptr, j);
    tx->commit();
    return ok(201, j);
  });

  // ---- records ----

  r.add("GET", "/api/v1/people/{id}/record", Access::read_from_owner("id", "person"), [&r, &data](Ctx& c) {
    int64_t id = c.pid();
    auto tx = r.db().begin(TxMode::kRead);
    storage::PersonRepository people(*tx);
    auto p = people.get(id);
    bool visible = c.me().everything;
    storage::UnitRepository units(*tx);
    for (const auto& post : people.postings_of(id))
      if (!visible && units.in_scope(c.me().user.unit_id, post.unit_id)) visible = true;
    if (!visible) throw Error::NotFound("Không tìm thấy");
    storage::CommendationRecords records(*tx);
    json items = name_methods(records.person_record(id, data.catalogue));
    json service = nullptr;
    if (auto s = records.service_of(id))
      service = {{"sex", s->sex ? json(*s->sex) : json()}, {"service_from", s->from.iso()},
                 {"hardship_years", s->hardship_years}};
    json postings = json::array();
    for (const auto& post : people.postings_of(id))
      postings.push_back({{"unit_id", post.unit_id}, {"unit_name", post.unit_name}, {"from", post.from.iso()},
                          {"to", post.to ? json(post.to->iso()) : json()}, {"position", post.position ? json(*post.position) : json()},
                          {"rank", post.rank ? json(*post.rank) : json()}});
    return ok(200, json{{"person", {{"id", p.id}, {"name", p.full_name}, {"kind", p.kind}}},
                        {"postings", postings},
                        {"service", service},
                        {"items", items},
                        {"total", items.size()}});
  });

  r.add("GET", "/api/v1/units/{id}/record", Access::read_unit_from_path(), [&r, &data](Ctx& c) {
    int64_t id = c.pid();
    auto tx = r.db().begin(TxMode::kRead);
    auto u = storage::UnitRepository(*tx).get(id);
    r.require_scope(*tx, c, id, false);
    json items = name_methods(storage::CommendationRecords(*tx).unit_record(id, data.catalogue));
    json preds = json::array();
    for (const auto& p : storage::UnitRepository(*tx).predecessors(id)) preds.push_back({{"id", p.id}, {"name", p.name}});
    return ok(200, json{{"unit", {{"id", u.id}, {"name", u.name}, {"status", u.status}, {"kind", u.kind}}},
                        {"predecessors", preds},
                        {"items", items},
                        {"total", items.size()}});
  });

  r.add("POST", "/api/v1/evaluations", Access::write_from_body_owner(access::Resource::kCommendations, "subject_id", "subject"), [&r, &data](Ctx& c) {
    r.require_write(c, access::Resource::kCommendations);
    Input in(c.req.body, {"subject_kind", "subject_id", "year", "level", "duties_done", "duties_total", "under_complaint", "note"});
    storage::NewEvaluation e;
    e.subject_kind = in.str("subject_kind", 10);
    e.subject_id = in.id("subject_id");
    auto y = in.opt_int("year", 1990, 2100);
    if (!y) throw Error::Invalid("Thiếu năm", "year");
    e.year = static_cast<int>(*y);
    e.level = in.str("level", 40);
    const auto& cat = data.catalogue;
    if (!cat.level_rank(e.level)) throw Error::Invalid("Mức xếp loại không có trong danh mục: " + e.level, "level");
    e.duties_done = in.opt_int("duties_done", 0, 100);
    e.duties_total = in.opt_int("duties_total", 1, 100);
    if (e.duties_done && !e.duties_total) e.duties_total = 6;
    if (e.duties_done && *e.duties_done > *e.duties_total) throw Error::Invalid("Số nhóm nhiệm vụ hoàn thành vượt tổng số", "duties_done");
    e.under_complaint = in.opt_bool("under_complaint").value_or(false);
    e.note = in.opt_str("note", 1000);
    auto tx = r.db().begin(TxMode::kWrite);
    e.unit_id = subject_unit(*tx, e.subject_kind, e.subject_id, e.year);
    r.require_scope(*tx, c, e.unit_id, true);
    // A grassroots team or member: the level's rules (data) are checked before it is recorded.
    storage::UnitRepository units(*tx);
    auto unit = units.get(e.unit_id);
    bool team = e.subject_kind == "unit" && unit.kind == "grassroots_team";
    bool member = e.subject_kind == "person" && unit.kind == "grassroots_team";
    json check = nullptr;
    if (team || member) {
      const commendation::Entry* entry = nullptr;
      for (const auto& x : cat.entries())
        if (x.kind == "evaluation" && x.level == (team ? "team" : "member") && x.classification == e.level && x.valid_in(e.year))
          entry = &x;
      int64_t commune = unit.parent_id.value_or(unit.id);
      storage::CommendationRecords records(*tx);
      auto rec = records.records(commune, e.year, 1);
      auto& s = team ? rec.units[e.subject_id] : rec.people[e.subject_id];
      s.classification[e.year] = e.level;
      if (team) s.team_years[e.year] = {static_cast<int>(e.duties_done.value_or(0)), static_cast<int>(e.duties_total.value_or(6)), e.under_complaint};
      if (team && e.under_complaint)
        throw Error::Invalid("Tổ đang bị khiếu nại thì không đánh giá, xếp loại (Hướng dẫn 01/HD-BCA-V05)", "under_complaint");
      if (entry) {
        auto ev = commendation::evaluate(cat, rec, s, entry->code, e.year);
        for (size_t i = 0; i < ev.conditions.size(); ++i)
          if (!ev.conditions[i].met)
            throw Error::Invalid("Không xếp loại \"" + cat.level_name(e.level) + "\": " + ev.detail(i), "level");
        if (entry->quota) {
          std::vector<const commendation::SubjectRecord*> list;
          int used = 0;
          for (const auto& sub : records.subjects(commune, e.year, !team)) {
            if (team ? sub.unit_kind != "grassroots_team" : sub.person_kind != "member") continue;
            const auto* x = team ? rec.unit(sub.id) : rec.person(sub.id);
            if (!x) continue;
            list.push_back(x);
            auto lv = x->classification.find(e.year);
            if (lv != x->classification.end() && lv->second == e.level && x->id != e.subject_id) ++used;
          }
          auto q = commendation::quota(cat, rec, *entry, list, e.year, used);
          if (used + 1 > q.limit)
            throw Error::Invalid("Vượt tỉ lệ xếp loại \"" + cat.level_name(e.level) + "\" trong " + units.get(commune).name + ": " +
                                     q.detail + ", thêm 1 thành " + std::to_string(used + 1) + " > " + std::to_string(q.limit),
                                 "level");
          check = {{"base", q.base}, {"limit", q.limit}, {"used", used + 1}};
        }
      }
    }
    int64_t id = storage::CommendationRecords(*tx).put_evaluation(e, c.me().user.username);
    json out = {{"id", id}, {"subject_kind", e.subject_kind}, {"subject_id", e.subject_id}, {"unit_id", e.unit_id},
                {"year", e.year}, {"level", e.level}, {"level_name", cat.level_name(e.level)}, {"quota", check}};
    r.audit(*tx, c, "evaluation.put", "evaluation", id, e.unit_id, nullptr, out);
    tx->commit();
    return ok(201, out);
  });

  r.add("POST", "/api/v1/initiatives", Access::write_from_body_owner(access::Resource::kCommendations, "person_id", "person"), [&r, &data](Ctx& c) {
    r.require_write(c, access::Resource::kCommendations);
    Input in(c.req.body, {"person_id", "name", "scope", "recognised_on", "recognised_by"});
    storage::NewInitiative i;
    i.person_id = in.id("person_id");
    i.name = in.str("name", 500);
    if (i.name.empty()) throw Error::Invalid("Thiếu tên sáng kiến", "name");
    i.scope = in.str("scope", 20);
    if (!data.catalogue.scope_rank(i.scope)) throw Error::Invalid("Phạm vi công nhận là unit, ministry hoặc national", "scope");
    i.recognised_on = in.date("recognised_on");
    i.recognised_by = in.str("recognised_by", 300);
    if (i.recognised_by.empty()) throw Error::Invalid("Thiếu cơ quan công nhận", "recognised_by");
    auto tx = r.db().begin(TxMode::kWrite);
    i.unit_id = subject_unit(*tx, "person", i.person_id, i.recognised_on.year());
    r.require_scope(*tx, c, i.unit_id, true);
    int64_t id = storage::CommendationRecords(*tx).add_initiative(i, c.me().user.username);
    json out = {{"id", id}, {"person_id", i.person_id}, {"name", i.name}, {"scope", i.scope}, {"recognised_on", i.recognised_on.iso()}};
    r.audit(*tx, c, "initiative.create", "initiative", id, i.unit_id, nullptr, out);
    tx->commit();
    return ok(201, out);
  });

  // A discipline never changes a title already given: the titles it would have blocked are
  // flagged for review and listed in the answer.
  r.add("POST", "/api/v1/discipline", Access::write_from_body_owner(access::Resource::kCommendations, "subject_id", "subject"), [&r, &data](Ctx& c) {
    r.require_write(c, access::Resource::kCommendations);
    Input in(c.req.body, {"subject_kind", "subject_id", "form", "date", "term_months", "under_review", "reason"});
    storage::NewDiscipline d;
    d.subject_kind = in.str("subject_kind", 10);
    d.subject_id = in.id("subject_id");
    d.under_review = in.opt_bool("under_review").value_or(false);
    d.form = in.opt_str("form", 40).value_or("");
    const auto& cat = data.catalogue;
    if (!d.under_review && !cat.form_rank(d.form)) throw Error::Invalid("Hình thức kỷ luật không có trong danh mục", "form");
    d.date = in.date("date");
    d.term_months = static_cast<int>(in.opt_int("term_months", 0, 120).value_or(12));
    d.reason = in.str("reason", 1000);
    if (d.reason.empty()) throw Error::Invalid("Thiếu lý do", "reason");
    auto tx = r.db().begin(TxMode::kWrite);
    d.unit_id = subject_unit(*tx, d.subject_kind, d.subject_id, d.date.year());
    r.require_scope(*tx, c, d.unit_id, true);
    storage::CommendationRecords records(*tx);
    int64_t id = records.add_discipline(d, c.me().user.username);
    commendation::Discipline x{d.form, d.date, d.term_months, d.under_review};
    json flagged = json::array();
    for (const auto& a : records.awards_of_subject(d.subject_kind, d.subject_id)) {
      if (a.revoked) continue;
      const auto* e = cat.find_in_year(a.code, a.year);
      if (!e) continue;
      for (const auto& cond : e->conditions) {
        if (cond.kind != "no_discipline" || !commendation::blocks(cat, x, cond.min_form, cond.look_back_years, a.year)) continue;
        std::string why = (d.under_review ? std::string("Đang xem xét kỷ luật") : "Kỷ luật " + cat.form_name(d.form)) + " ngày " +
                          d.date.vn() + " thuộc thời gian xét của danh hiệu — cần xem xét lại, chưa thay đổi";
        records.flag(a.id, why);
        flagged.push_back({{"award_id", a.id}, {"code", a.code}, {"name", a.name}, {"year", a.year}, {"flag", why}});
        break;
      }
    }
    // The collective titles of the person's unit and the units above it whose members' discipline
    // condition this record would have failed.
    if (d.subject_kind == "person")
      for (int64_t u : storage::UnitRepository(*tx).ancestors(d.unit_id))
      for (const auto& a : records.awards_of_subject("unit", u)) {
        if (a.revoked) continue;
        const auto* e = cat.find_in_year(a.code, a.year);
        if (!e) continue;
        for (const auto& cond : e->conditions) {
          if (cond.kind != "members_no_discipline" ||
              !commendation::blocks(cat, x, cond.min_form, cond.look_back_years, a.year))
            continue;
          std::string why = "Cán bộ của đơn vị bị " + (d.under_review ? std::string("xem xét kỷ luật") : cat.form_name(d.form)) +
                            " ngày " + d.date.vn() + " — danh hiệu cần xem xét lại, chưa thay đổi";
          records.flag(a.id, why);
          flagged.push_back({{"award_id", a.id}, {"code", a.code}, {"name", a.name}, {"year", a.year}, {"flag", why}});
          break;
        }
      }
    json out = {{"id", id}, {"subject_kind", d.subject_kind}, {"subject_id", d.subject_id}, {"form", d.form},
                {"date", d.date.iso()}, {"flagged", flagged}};
    r.audit(*tx, c, "discipline.create", "discipline", id, d.unit_id, nullptr, out);
    tx->commit();
    return ok(201, out);
  });

  r.add("PUT", "/api/v1/people/{id}/service", Access::write_from_owner(access::Resource::kCommendations, "id", "person"), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kCommendations);
    Input in(c.req.body, {"sex", "service_from", "hardship_years"});
    auto sex = in.opt_str("sex", 5);
    if (sex && *sex != "nam" && *sex != "nu") throw Error::Invalid("Giới tính là nam hoặc nu", "sex");
    Date from = in.date("service_from");
    int hardship = static_cast<int>(in.opt_int("hardship_years", 0, 60).value_or(0));
    int64_t id = c.pid();
    auto tx = r.db().begin(TxMode::kWrite);
    int64_t unit = subject_unit(*tx, "person", id, Date::today_vn().year());
    r.require_scope(*tx, c, unit, true);
    storage::CommendationRecords(*tx).put_service(id, sex, from, hardship);
    json out = {{"person_id", id}, {"sex", sex ? json(*sex) : json()}, {"service_from", from.iso()}, {"hardship_years", hardship}};
    r.audit(*tx, c, "service.put", "person", id, unit, nullptr, out);
    tx->commit();
    return ok(200, out);
  });

  // ---- proposals ----

  r.add("GET", "/api/v1/proposals", Access::read_list(), [&r, &data](Ctx& c) {
    Page page = c.page();
    std::optional<int> year;
    if (c.query_str("year", 10)) year = query_year(c);
    auto tx = r.db().begin(TxMode::kRead);
    int64_t total = 0;
    auto list = storage::ProposalRepository(*tx).list(c.scope_root(), year, page.limit, page.offset, &total);
    json items = json::array();
    for (const auto& p : list) {
      json j = proposal_json(p, data);
      j.erase("steps");
      items.push_back(j);
    }
    return ok(200, json{{"items", items}, {"total", total}});
  });

  r.add("POST", "/api/v1/proposals", Access::write_unit_from_body(access::Resource::kCommendations, "unit_id").only({access::Role::kAdmin, access::Role::kOfficer}), [&r, &data](Ctx& c) {
    require_officer(r, c);
    Input in(c.req.body, {"unit_id", "year", "title", "report", "items", "group_year_id"});
    ProposalRequest p;
    p.unit_id = in.has("unit_id") ? in.id("unit_id") : c.me().user.unit_id;
    auto y = in.opt_int("year", 1990, 2100);
    if (!y) throw Error::Invalid("Thiếu năm", "year");
    p.year = static_cast<int>(*y);
    p.title = in.opt_str("title", 500).value_or("");
    p.report = in.opt_str("report", 20000).value_or("");
    p.group_year_id = in.opt_id("group_year_id");
    p.items = item_requests(in.opt_json("items"));
    auto tx = r.db().begin(TxMode::kWrite);
    storage::Proposal out = create_proposal(*tx, data, actor(c), p);
    json j = proposal_json(out, data);
    r.audit(*tx, c, "proposal.create", "proposal", out.id, out.unit_id, nullptr, j);
    tx->commit();
    return ok(201, j);
  });

  r.add("GET", "/api/v1/proposals/{id}", Access::read_from_owner("id", "proposal"), [&r, &data](Ctx& c) {
    auto tx = r.db().begin(TxMode::kRead);
    auto p = storage::ProposalRepository(*tx).find(c.pid());
    Actor a = actor(c);
    if (!p || !(actor_sees(*tx, a, p->unit_id) || actor_sees(*tx, a, p->holder_unit_id))) throw Error::NotFound("Không tìm thấy hồ sơ");
    json j = proposal_json(*p, data);
    auto council = storage::ProposalRepository(*tx).council_of(p->id);
    j["council"] = council ? council_json(*council) : json();
    if (council && c.me().user.id)
      for (const auto& m : council->members)
        if (m.user_id == c.me().user.id) j["council"]["me"] = {{"member", true}, {"present", m.present}, {"voted", m.voted}};
    auto d = tx->query("SELECT id FROM comm_decisions WHERE proposal_id = $1", {p->id});
    if (!d.empty()) {
      auto dec = storage::CommendationRecords(*tx).find_decision(std::stoll(*d.rows[0][0]));
      j["decision"] = {{"id", dec->id}, {"number", dec->number}, {"date", dec->date.iso()}, {"issuer", dec->issuer_name},
                       {"signer", dec->signer}, {"signer_position", dec->signer_position}, {"base_salary", dec->base_salary}};
      json awards = json::array();
      auto aw = tx->query("SELECT id FROM comm_awards WHERE decision_id = $1 ORDER BY id", {dec->id});
      storage::CommendationRecords recs(*tx);
      for (size_t i = 0; i < aw.size(); ++i) {
        auto a2 = recs.find_award(std::stoll(*aw.rows[i][0]));
        awards.push_back({{"id", a2->id}, {"subject_name", a2->subject_name}, {"name", a2->name}, {"cash_multiple", a2->cash_multiple},
                          {"cash_vnd", a2->cash_vnd}, {"revoked", a2->revoked}, {"method", a2->method ? json(*a2->method) : json()},
                          {"method_name", a2->method ? json(award_method_name(*a2->method).value_or("")) : json()},
                          {"revoke_reason", a2->revoke_reason ? json(*a2->revoke_reason) : json()}});
      }
      j["decision"]["awards"] = awards;
    } else {
      j["decision"] = nullptr;
    }
    return ok(200, j);
  });

  r.add("POST", "/api/v1/proposals/{id}/steps", Access::write_from_owner(access::Resource::kCommendations, "id", "proposal").only({access::Role::kAdmin, access::Role::kOfficer}), [&r, &data](Ctx& c) {
    require_officer(r, c);
    Input in(c.req.body, {"step", "reason"});
    std::string step = in.str("step", 20);
    auto reason = in.opt_str("reason", 2000);
    auto tx = r.db().begin(TxMode::kWrite);
    auto before = storage::ProposalRepository(*tx).find(c.pid());
    storage::Proposal p = proposal_step(*tx, data, actor(c), c.pid(), step, reason);
    json j = proposal_json(p, data);
    r.audit(*tx, c, "proposal." + step, "proposal", p.id, p.holder_unit_id, before ? json{{"state", before->state}} : json(),
            {{"state", p.state}, {"holder_unit_id", p.holder_unit_id}, {"reason", reason ? json(*reason) : json()},
             {"changes", p.steps.back().changes}});
    tx->commit();
    return ok(200, j);
  });

  // A draft or returned dossier corrected by its proposer: the whole new list of nominees.
  r.add("PUT", "/api/v1/proposals/{id}/items", Access::write_from_owner(access::Resource::kCommendations, "id", "proposal").only({access::Role::kAdmin, access::Role::kOfficer}), [&r, &data](Ctx& c) {
    require_officer(r, c);
    Input in(c.req.body, {"items", "report", "reason"});
    EditRequest e;
    e.items = item_requests(in.opt_json("items"));
    e.report = in.opt_str("report", 20000);
    e.reason = in.opt_str("reason", 2000);
    auto tx = r.db().begin(TxMode::kWrite);
    auto before = storage::ProposalRepository(*tx).find(c.pid());
    storage::Proposal p = edit_proposal(*tx, data, actor(c), c.pid(), e);
    json j = proposal_json(p, data);
    r.audit(*tx, c, "proposal.edit", "proposal", p.id, p.unit_id, before ? proposal_json(*before, data)["items"] : json(), j["items"]);
    tx->commit();
    return ok(200, j);
  });

  // A nominee-list workbook (the request body) into a draft: ?filename= names it; ?commit=1 saves
  // all or nothing; ?choices=ROW:PERSON,… picks among namesakes. Into an existing draft or
  // returned dossier, or a new draft of the unit (?year=, ?title=).
  auto nominees = [&r, &data](Ctx& c, NomineeImport req) {
    require_officer(r, c);
    req.filename = c.query_str("filename", 200).value_or("");
    if (auto ch = c.query_str("choices", 2000)) {
      std::stringstream ss(*ch);
      std::string part;
      while (std::getline(ss, part, ',')) {
        auto colon = part.find(':');
        try {
          if (colon == std::string::npos) throw std::invalid_argument("choices");
          req.choices[std::stoi(part.substr(0, colon))] = std::stoll(part.substr(colon + 1));
        } catch (const std::exception&) {
          throw Error::Invalid("choices là danh sách DÒNG:MÃ_NGƯỜI, cách nhau bởi dấu phẩy", "choices");
        }
      }
    }
    bool commit = c.req.query("commit").value_or("0") == "1";
    NomineeResult res = import_nominees(r.db(), data, actor(c), req, c.req.body, commit);
    json j = res.to_json();
    if (commit) {
      auto tx = r.db().begin(TxMode::kWrite);
      r.audit(*tx, c, "import.nominees", "proposal", res.proposal_id, req.unit_id, nullptr,
              {{"rows", res.preview.rows.size()}, {"filename", req.filename}, {"proposal_id", j["proposal_id"]}});
      tx->commit();
    }
    return ok(200, j);
  };
  r.add("POST", "/api/v1/imports/nominees/proposals/{id}", Access::write_from_owner(access::Resource::kCommendations, "id", "proposal").only({access::Role::kAdmin, access::Role::kOfficer}), [&r, nominees](Ctx& c) {
    NomineeImport req;
    req.proposal_id = c.pid();
    {
      auto tx = r.db().begin(TxMode::kRead);
      if (auto p = storage::ProposalRepository(*tx).find(c.pid())) req.unit_id = p->unit_id;
    }
    return nominees(c, req);
  });
  r.add("POST", "/api/v1/imports/nominees/units/{id}", Access::write_unit_from_path(access::Resource::kCommendations).only({access::Role::kAdmin, access::Role::kOfficer}), [nominees](Ctx& c) {
    NomineeImport req;
    req.unit_id = c.pid();
    req.year = query_year(c);
    req.title = c.query_str("title", 500).value_or("");
    return nominees(c, req);
  });
  r.add("GET", "/api/v1/award-methods", Access::public_(), [](Ctx&) { return ok(200, award_methods()); });
  r.add("GET", "/api/v1/nominee-form", Access::public_(), [&data](Ctx& c) {
    int year = query_year(c);
    return file_response({nominee_form(data, year), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          "danh-sach-de-nghi-khen-thuong-" + std::to_string(year) + ".xlsx"});
  });

  r.add("POST", "/api/v1/proposals/{id}/council", Access::write_from_owner(access::Resource::kCommendations, "id", "proposal").only({access::Role::kAdmin, access::Role::kOfficer}), [&r](Ctx& c) {
    require_officer(r, c);
    Input in(c.req.body, {"meeting_date", "members", "present", "member_people"});
    CouncilRequest req;
    req.meeting_date = in.has("meeting_date") ? in.date("meeting_date") : Date::today_vn();
    req.member_user_ids = in.ids("members", 100);
    req.present_user_ids = in.has("present") ? in.ids("present", 100) : req.member_user_ids;
    if (const json* mp = in.opt_json("member_people")) {
      if (!mp->is_array()) throw Error::Invalid("member_people là danh sách", "member_people");
      for (const auto& x : *mp) {
        if (!x.is_object() || !x.contains("user_id") || !x.contains("person_id") || !x["user_id"].is_number_integer() ||
            !x["person_id"].is_number_integer())
          throw Error::Invalid("member_people gồm user_id và person_id", "member_people");
        req.member_people.push_back({x["user_id"].get<int64_t>(), x["person_id"].get<int64_t>()});
      }
    }
    auto tx = r.db().begin(TxMode::kWrite);
    auto council = open_council(*tx, actor(c), c.pid(), req);
    json j = council_json(council);
    r.audit(*tx, c, "council.open", "proposal", c.pid(), council.unit_id, nullptr, j);
    tx->commit();
    return ok(201, j);
  });

  r.add("POST", "/api/v1/proposals/{id}/ballot", Access::write_from_owner(access::Resource::kCommendations, "id", "proposal"), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kCommendations);
    Input in(c.req.body, {"votes"});
    const json* v = in.opt_json("votes");
    if (!v || !v->is_array()) throw Error::Invalid("votes là danh sách {item_id, approve}", "votes");
    std::vector<std::pair<int64_t, bool>> votes;
    for (const auto& x : *v) {
      if (!x.is_object() || !x.contains("item_id") || !x["item_id"].is_number_integer() || !x.contains("approve") ||
          !x["approve"].is_boolean())
        throw Error::Invalid("Mỗi ý kiến gồm item_id và approve (true/false)", "votes");
      votes.push_back({x["item_id"].get<int64_t>(), x["approve"].get<bool>()});
    }
    auto tx = r.db().begin(TxMode::kWrite);
    auto council = cast_ballot(*tx, actor(c), c.pid(), votes);
    // The audit says a ballot was cast, never what it said.
    r.audit(*tx, c, "council.ballot", "proposal", c.pid(), council.unit_id, nullptr, {{"council_id", council.id}});
    tx->commit();
    return ok(200, council_json(council));
  });

  r.add("POST", "/api/v1/proposals/{id}/council/close", Access::write_from_owner(access::Resource::kCommendations, "id", "proposal").only({access::Role::kAdmin, access::Role::kOfficer}), [&r, &data](Ctx& c) {
    require_officer(r, c);
    Input(c.req.body.empty() ? std::string("{}") : c.req.body, {});  // takes no fields
    auto tx = r.db().begin(TxMode::kWrite);
    auto council = close_council(*tx, data, actor(c), c.pid());
    json j = council_json(council);
    r.audit(*tx, c, "council.close", "proposal", c.pid(), council.unit_id, nullptr, {{"minutes", j["minutes"]}});
    tx->commit();
    return ok(200, j);
  });

  r.add("POST", "/api/v1/proposals/{id}/decision", Access::write_from_owner(access::Resource::kCommendations, "id", "proposal").only({access::Role::kAdmin, access::Role::kOfficer}), [&r, &data](Ctx& c) {
    require_officer(r, c);
    Input in(c.req.body, {"number", "date", "signer", "signer_position", "method", "methods"});
    DecisionRequest req;
    req.method = in.opt_str("method", 40);
    if (const json* ms = in.opt_json("methods")) {
      if (!ms->is_array()) throw Error::Invalid("methods là danh sách {item_id, method}", "methods");
      for (const auto& x : *ms) {
        if (!x.is_object() || x.size() != 2 || !x.contains("item_id") || !x["item_id"].is_number_integer() || !x.contains("method") ||
            !x["method"].is_string())
          throw Error::Invalid("Mỗi phần tử của methods gồm item_id và method", "methods");
        req.methods[x["item_id"].get<int64_t>()] = x["method"].get<std::string>();
      }
    }
    req.number = in.opt_str("number", 100).value_or("");
    req.signer = in.opt_str("signer", 200).value_or("");
    req.signer_position = in.opt_str("signer_position", 300).value_or("");
    req.date = in.opt_date("date");
    auto tx = r.db().begin(TxMode::kWrite);
    json out = decide(*tx, data, actor(c), c.pid(), req);
    r.audit(*tx, c, "decision.create", "decision", out["decision"]["id"].get<int64_t>(), std::nullopt, nullptr, out);
    tx->commit();
    return ok(201, out);
  });

  r.add("POST", "/api/v1/awards/{id}/revoke", Access::write_from_owner(access::Resource::kCommendations, "id", "award").only({access::Role::kAdmin, access::Role::kOfficer}), [&r](Ctx& c) {
    require_officer(r, c);
    Input in(c.req.body, {"reason", "document", "date"});
    auto reason = in.opt_str("reason", 2000);
    if (!reason || reason->empty()) throw Error::Invalid("Thu hồi khen thưởng cần nêu lý do", "reason");
    auto document = in.opt_str("document", 300);
    Date on = in.opt_date("date").value_or(Date::today_vn());
    auto tx = r.db().begin(TxMode::kWrite);
    storage::CommendationRecords records(*tx);
    auto a = records.find_award(c.pid());
    if (!a) throw Error::NotFound("Không tìm thấy khen thưởng");
    r.require_scope(*tx, c, a->unit_id, true);
    records.revoke(a->id, *reason, document, on);
    json out = {{"id", a->id}, {"revoked", true}, {"reason", *reason}, {"document", document ? json(*document) : json()},
                {"date", on.iso()}};
    r.audit(*tx, c, "award.revoke", "award", a->id, a->unit_id, {{"revoked", false}}, out);
    tx->commit();
    return ok(200, out);
  });

  // ---- a group's year end ----

  r.add("GET", "/api/v1/groups/{gid}/years/{year}/honour", Access::read_from_owner("gid", "group_year"), [&r, &data, board](Ctx& c) {
    int year = year_of(c);
    uint64_t epoch = r.write_epoch();
    auto tx = r.db().begin(TxMode::kRead);
    auto gy = storage::ScoringStore(*tx).group_year(c.pid("gid"), year);
    Actor a = actor(c);
    bool visible = actor_sees(*tx, a, gy.organiser_unit_id);
    for (const auto& [id, code] : gy.members) visible = visible || actor_sees(*tx, a, id);
    if (!visible) throw Error::NotFound("Không tìm thấy");
    json ranking = nullptr;
    try {
      auto scores = board->get(*tx, gy.group_id, year, scoring_period(year, std::nullopt), epoch);
      ranking = json::parse(*scores->ranking_body);
    } catch (const Error& e) {
      if (e.code() != ErrorCode::kConflict) throw;  // no scheme: no ranking to vote on
    }
    auto v = storage::ProposalRepository(*tx).group_vote(gy.id);
    json vote = nullptr;
    if (v)
      vote = {{"id", v->id}, {"leader_unit_id", v->leader_unit_id}, {"leader_name", v->leader_name}, {"votes", v->votes},
              {"minutes", v->minutes}, {"date", v->date.iso()}, {"ranking", v->ranking},
              {"proposal_id", v->proposal_id ? json(*v->proposal_id) : json()}};
    json members = json::array();
    std::vector<int64_t> ids;
    for (const auto& [id, code] : gy.members) ids.push_back(id);
    const auto units = storage::UnitRepository(*tx).find_many(ids);
    for (const auto& [id, code] : gy.members) members.push_back({{"unit_id", id}, {"name", units.at(id).name}});
    // Every flag dossier the year end opened (the Government's for the leader, the Ministry's for
    // the others), each with its state and nominees, so that both are reached from here.
    json proposals = json::array();
    for (const auto& p : storage::ProposalRepository(*tx).of_group_year(gy.id)) {
      json j = proposal_json(p, data);
      j.erase("steps");
      proposals.push_back(std::move(j));
    }
    return ok(200, json{{"group_year_id", gy.id}, {"group_name", gy.group_name}, {"year", year}, {"members", members},
                        {"ranking", ranking}, {"vote", vote}, {"proposals", proposals}});
  });

  r.add("POST", "/api/v1/groups/{gid}/years/{year}/honour", Access::write_from_owner(access::Resource::kCommendations, "gid", "group_year").only({access::Role::kAdmin, access::Role::kOfficer}), [&r, &data, board](Ctx& c) {
    require_officer(r, c);
    int year = year_of(c);
    Input in(c.req.body, {"votes", "minutes", "date"});
    const json* votes = in.opt_json("votes");
    if (!votes) throw Error::Invalid("Cần phiếu biểu quyết của các thành viên", "votes");
    std::string minutes = in.opt_str("minutes", 5000).value_or("");
    Date date = in.opt_date("date").value_or(Date::today_vn());
    uint64_t epoch = r.write_epoch();
    auto tx = r.db().begin(TxMode::kWrite);
    auto scores = board->get(*tx, c.pid("gid"), year, scoring_period(year, std::nullopt), epoch);
    json ranking = json::parse(*scores->ranking_body);
    auto v = honour_leader(*tx, data, actor(c), c.pid("gid"), year, ranking, *votes, minutes, date);
    json out = {{"id", v.id}, {"leader_unit_id", v.leader_unit_id}, {"leader_name", v.leader_name}, {"minutes", v.minutes},
                {"votes", v.votes}, {"date", v.date.iso()}};
    r.audit(*tx, c, "group.honour", "group_year", v.group_year_id, v.leader_unit_id, nullptr, out);
    tx->commit();
    return ok(201, out);
  });

  r.add("POST", "/api/v1/groups/{gid}/years/{year}/year-end-proposals", Access::write_from_owner(access::Resource::kCommendations, "gid", "group_year").only({access::Role::kAdmin, access::Role::kOfficer}), [&r, &data](Ctx& c) {
    require_officer(r, c);
    Input(c.req.body.empty() ? std::string("{}") : c.req.body, {});  // takes no fields
    int year = year_of(c);
    auto tx = r.db().begin(TxMode::kWrite);
    json out = group_year_end_proposals(*tx, data, actor(c), c.pid("gid"), year);
    r.audit(*tx, c, "group.year_end_proposals", "proposal", out["government_flag"]["id"].get<int64_t>(),
            out["government_flag"]["unit"]["id"].get<int64_t>(), nullptr,
            {{"government_flag", out["government_flag"]["id"]},
             {"ministry_flag", out["ministry_flag"].is_null() ? json() : out["ministry_flag"]["id"]},
             {"not_proposed", out["not_proposed"]}});
    tx->commit();
    return ok(201, out);
  });
}

}  // namespace thidua::api
