// The launch side of emulation: movements (phong trào thi đua) with phases and lifecycle,
// emulation groups (cụm / khối thi đua) year by year, pledges (giao ước) and their signatures,
// registrations (đăng ký thi đua) against the commendation catalogue (data/commendation/catalogue.json,
// embedded at build time and validated when the app starts).
//
// Who may do what: writing movements, groups, pledges, signatures and registration deadlines
// needs a role that writes movements (officer, admin) and the unit concerned in the caller's
// scope; registering titles is also open to a unit's reporter. A movement or group is seen by
// the units below its organiser and by the levels above it; anything else answers 404.
#include <nlohmann/json.hpp>

#include <memory>
#include <set>

#include "api/context.h"
#include "api/data_files.h"
#include "api/input.h"
#include "api/uploads.h"
#include "api/app.h"
#include "api/lifecycle_json.h"
#include "api/serialize.h"
#include "core/audit.h"
#include "core/emulation.h"
#include "core/emulation_lifecycle.h"
#include "core/emulation_targets.h"
#include "api/commendation.h"
#include "core/commendation.h"
#include "core/emulation_titles.h"
#include "core/error.h"
#include "scoring/indicator.h"
#include "storage/emulation.h"
#include "storage/registry.h"
#include "text/vietnamese.h"

namespace thidua::api {

using nlohmann::json;
using storage::TxMode;

namespace {

// ---- reading nested input ----

// Every string of a JSON value in NFC (the body is already known to be valid UTF-8).
json nfc(const json& j) {
  if (j.is_string()) return text::to_nfc(j.get<std::string>());
  if (j.is_array()) {
    json a = json::array();
    for (const auto& x : j) a.push_back(nfc(x));
    return a;
  }
  if (j.is_object()) {
    json o = json::object();
    for (auto it = j.begin(); it != j.end(); ++it) o[it.key()] = nfc(it.value());
    return o;
  }
  return j;
}

// A nested object of the body read with Input's rules (known keys, typed, trimmed, NFC), its
// fields named with their path ("phases[1].start") in messages.
class Fields {
 public:
  Fields(const json& j, std::string prefix, std::initializer_list<const char*> allowed)
      : j_(j), prefix_(std::move(prefix)) {
    if (!j_.is_object()) throw Error::Invalid("Trường " + prefix_ + " phải là một đối tượng", prefix_);
    for (auto it = j_.begin(); it != j_.end(); ++it) {
      bool known = false;
      for (const char* a : allowed) known = known || it.key() == a;
      if (!known) throw Error::Invalid("Trường không được hỗ trợ: " + name(it.key().c_str()), name(it.key().c_str()));
    }
  }
  std::string name(const char* key) const { return prefix_ + "." + key; }
  bool has(const char* key) const { return j_.contains(key) && !j_[key].is_null(); }

  std::optional<std::string> opt_str(const char* key, size_t max) const {
    if (!has(key)) return std::nullopt;
    if (!j_[key].is_string()) throw Error::Invalid("Trường " + name(key) + " phải là chuỗi", name(key));
    std::string s = text::to_nfc(j_[key].get<std::string>());
    size_t a = s.find_first_not_of(" \t\r\n"), b = s.find_last_not_of(" \t\r\n");
    s = a == std::string::npos ? "" : s.substr(a, b - a + 1);
    if (s.size() > max)
      throw Error::Invalid("Trường " + name(key) + " quá dài (tối đa " + std::to_string(max) + " byte)", name(key));
    for (unsigned char ch : s)
      if (ch < 0x20 && ch != '\n' && ch != '\t') throw Error::Invalid("Trường " + name(key) + " chứa ký tự điều khiển", name(key));
    if (s.empty()) return std::nullopt;
    return s;
  }
  std::string str(const char* key, size_t max) const {
    auto s = opt_str(key, max);
    if (!s) throw Error::Invalid("Thiếu trường " + name(key), name(key));
    return *s;
  }
  std::optional<int64_t> opt_int(const char* key, int64_t min, int64_t max) const {
    if (!has(key)) return std::nullopt;
    if (!j_[key].is_number_integer()) throw Error::Invalid("Trường " + name(key) + " phải là số nguyên", name(key));
    int64_t v = j_[key].get<int64_t>();
    if (v < min || v > max) throw Error::Invalid("Trường " + name(key) + " ngoài khoảng cho phép", name(key));
    return v;
  }
  std::optional<int64_t> opt_id(const char* key) const { return opt_int(key, 1, INT64_MAX); }
  int64_t id(const char* key) const {
    auto v = opt_id(key);
    if (!v) throw Error::Invalid("Thiếu trường " + name(key), name(key));
    return *v;
  }
  std::optional<Date> opt_date(const char* key) const {
    if (!has(key)) return std::nullopt;
    std::optional<Date> d;
    if (j_[key].is_string()) d = Date::parse_iso(j_[key].get<std::string>());
    if (!d) throw Error::Invalid("Trường " + name(key) + " phải là ngày dạng YYYY-MM-DD", name(key));
    return d;
  }
  Date date(const char* key) const {
    auto d = opt_date(key);
    if (!d) throw Error::Invalid("Thiếu trường " + name(key), name(key));
    return *d;
  }
  std::vector<int64_t> ids(const char* key, size_t max) const {
    if (!has(key)) return {};
    const json& v = j_[key];
    if (!v.is_array() || v.size() > max) throw Error::Invalid("Trường " + name(key) + " phải là danh sách mã số", name(key));
    std::vector<int64_t> out;
    for (const auto& x : v) {
      if (!x.is_number_integer() || x.get<int64_t>() <= 0)
        throw Error::Invalid("Trường " + name(key) + " chỉ chứa số nguyên dương", name(key));
      out.push_back(x.get<int64_t>());
    }
    return out;
  }

 private:
  const json& j_;
  std::string prefix_;
};

// The whole body as JSON, once Input has checked it (UTF-8, an object, known keys).
json body_json(const Ctx& c) { return parse_strict_json(c.req.body); }

const json& array_at(const json& body, const char* key, size_t max) {
  const json& v = body[key];
  if (!v.is_array()) throw Error::Invalid(std::string("Trường ") + key + " phải là danh sách", key);
  if (v.size() > max)
    throw Error::Invalid(std::string("Trường ") + key + " có quá nhiều phần tử (tối đa " + std::to_string(max) + ")", key);
  return v;
}

bool present(const json& body, const char* key) { return body.contains(key); }

std::string base64_decode(const std::string& in) {
  auto val = [](char ch) -> int {
    if (ch >= 'A' && ch <= 'Z') return ch - 'A';
    if (ch >= 'a' && ch <= 'z') return ch - 'a' + 26;
    if (ch >= '0' && ch <= '9') return ch - '0' + 52;
    if (ch == '+') return 62;
    if (ch == '/') return 63;
    return -1;
  };
  std::string s;
  for (char ch : in)
    if (ch != '\n' && ch != '\r') s.push_back(ch);
  if (s.size() % 4 != 0) throw Error::Invalid("content_base64 không phải base64 hợp lệ", "content_base64");
  std::string out;
  out.reserve(s.size() / 4 * 3);
  for (size_t i = 0; i < s.size(); i += 4) {
    int v[4];
    int pad = 0;
    for (int k = 0; k < 4; ++k) {
      char ch = s[i + k];
      if (ch == '=' && i + 4 == s.size() && k >= 2) {
        v[k] = 0;
        ++pad;
      } else {
        if (pad) throw Error::Invalid("content_base64 không phải base64 hợp lệ", "content_base64");
        v[k] = val(ch);
        if (v[k] < 0) throw Error::Invalid("content_base64 không phải base64 hợp lệ", "content_base64");
      }
    }
    uint32_t n = (v[0] << 18) | (v[1] << 12) | (v[2] << 6) | v[3];
    out.push_back(static_cast<char>((n >> 16) & 0xff));
    if (pad < 2) out.push_back(static_cast<char>((n >> 8) & 0xff));
    if (pad < 1) out.push_back(static_cast<char>(n & 0xff));
  }
  return out;
}

std::string percent_encode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char ch : s) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '.' || ch == '-' ||
        ch == '_') {
      out.push_back(static_cast<char>(ch));
    } else {
      out.push_back('%');
      out.push_back(hex[ch >> 4]);
      out.push_back(hex[ch & 15]);
    }
  }
  return out;
}

json opt_json(const std::optional<std::string>& s) { return s ? json(*s) : json(); }
json opt_json(const std::optional<int64_t>& v) { return v ? json(*v) : json(); }
json opt_json(const std::optional<Date>& d) { return d ? json(d->iso()) : json(); }
json text_json(const std::string& s) { return s.empty() ? json() : json(s); }

std::optional<int> query_year(const Ctx& c, bool required) {
  auto y = c.query_str("year", 8);
  if (!y) {
    if (required) throw Error::Invalid("Thiếu tham số year", "year");
    return std::nullopt;
  }
  int v = 0;
  for (char ch : *y) {
    if (ch < '0' || ch > '9') throw Error::Invalid("Tham số year phải là năm, ví dụ 2024", "year");
    v = v * 10 + (ch - '0');
  }
  emulation::check_year(v);
  return v;
}

int path_year(const Ctx& c) {
  const std::string& s = c.params.at("year");
  int v = 0;
  if (s.empty() || s.size() > 4) throw Error::NotFound("Không tìm thấy");
  for (char ch : s) {
    if (ch < '0' || ch > '9') throw Error::NotFound("Không tìm thấy");
    v = v * 10 + (ch - '0');
  }
  return v;
}

std::optional<int64_t> me_id(const Ctx& c) { return c.me().user.id; }

// ---- JSON forms ----

json label_list(const std::vector<emulation::Coded>& list) {
  json a = json::array();
  for (const auto& x : list) a.push_back({{"code", x.code}, {"label", x.label}});
  return a;
}

const char* label_of(const std::vector<emulation::Coded>& list, const std::string& code) {
  for (const auto& x : list)
    if (code == x.code) return x.label;
  return "";
}

json phase_json(const emulation::Phase& p, int64_t id, bool current) {
  return {{"id", id},          {"ordinal", p.ordinal}, {"start", p.start.iso()}, {"end", p.end.iso()},
          {"title", p.title},  {"focus", text_json(p.focus)}, {"current", current}};
}

// The recorded lifecycle steps of a movement, for what it is on a date (core/emulation_lifecycle.h).
std::vector<emulation::Step> lifecycle_steps(const storage::Movement& m) {
  std::vector<emulation::Step> steps;
  for (const auto& t : m.transitions) {
    emulation::State to;
    if (emulation::parse_state(t.to, to)) steps.push_back({to, t.date});
  }
  return steps;
}

json movement_json(const storage::Movement& m, Date at) {
  auto cur = emulation::current_phase(m.f.phases, at);
  emulation::State state;
  emulation::parse_state(m.state, state);
  auto steps = lifecycle_steps(m);
  auto phase_states = emulation::phase_lifecycles(state, m.f.phases, steps, at);
  json phases = json::array();
  for (size_t i = 0; i < m.f.phases.size(); ++i) {
    json p = phase_json(m.f.phases[i], m.phase_ids[i], cur == i);
    p["lifecycle"] = lifecycle_json(phase_states[i]);
    phases.push_back(std::move(p));
  }
  json organisers = json::array(), scope_units = json::array(), chairs = json::array(), transitions = json::array(),
       attachments = json::array(), children = json::array();
  for (const auto& u : m.organisers) organisers.push_back({{"unit_id", u.id}, {"name", u.name}, {"kind", u.kind}});
  for (const auto& u : m.scope_units) scope_units.push_back({{"unit_id", u.id}, {"name", u.name}, {"kind", u.kind}});
  for (const auto& ch : m.f.chairs)
    chairs.push_back({{"person_id", opt_json(ch.person_id)}, {"name", ch.name}, {"position", text_json(ch.position)}});
  for (const auto& t : m.transitions)
    transitions.push_back({{"from", t.from}, {"to", t.to}, {"date", t.date.iso()}, {"note", opt_json(t.note)},
                           {"username", t.username}, {"at", t.at}});
  for (const auto& a : m.attachments)
    attachments.push_back({{"id", a.id}, {"name", a.name}, {"content_type", a.content_type}, {"size", a.size},
                           {"sha256", a.sha256}, {"has_content", a.has_content}, {"created_at", a.created_at}});
  for (const auto& k : m.children)
    children.push_back({{"id", k.id}, {"name", k.name}, {"state", k.state}, {"owner_unit_id", k.owner_unit_id},
                        {"owner_unit_name", k.owner_unit_name}, {"start", k.start.iso()}, {"end", k.end.iso()}});
  emulation::State st;
  emulation::parse_state(m.state, st);
  json next = json::array();
  for (auto s : emulation::next_states(st)) next.push_back(emulation::state_code(s));
  return {{"id", m.id},
          {"kind", m.f.kind},
          {"kind_label", label_of(emulation::movement_kinds(), m.f.kind)},
          {"name", m.f.name},
          {"state", m.state},
          {"state_label", emulation::state_label(st)},
          {"allowed_transitions", next},
          {"owner_unit_id", m.owner_unit_id},
          {"owner_unit_name", m.owner_unit_name},
          {"organisers", organisers},
          {"parent_id", opt_json(m.f.parent_id)},
          {"parent_name", m.f.parent_id ? json(m.parent_name) : json()},
          {"children", children},
          {"launch", {{"date", opt_json(m.f.launch_date)}, {"place", text_json(m.f.launch_place)}, {"chairs", chairs}}},
          {"theme", text_json(m.f.theme)},
          {"motto", text_json(m.f.motto)},
          {"scope", {{"units", scope_units}, {"text", text_json(m.f.scope_text)}}},
          {"start", m.f.start.iso()},
          {"end", m.f.end.iso()},
          {"phases", phases},
          {"at", at.iso()},
          {"period_status", emulation::period_status(m.f.start, m.f.end, at)},
          {"lifecycle", lifecycle_json(emulation::movement_lifecycle(state, m.f.start, m.f.end, m.f.phases, steps, at))},
          {"current_phase", cur ? phase_json(m.f.phases[*cur], m.phase_ids[*cur], true) : json()},
          {"content_areas", m.f.content_areas},
          {"targets", emulation::to_json(m.f.targets)},
          {"attachments", attachments},
          {"transitions", transitions},
          {"created_at", m.created_at},
          {"updated_at", m.updated_at}};
}

json leadership_json(const std::optional<storage::GroupLeadership>& l) {
  if (!l) return nullptr;
  return {{"unit_id", l->l.unit_id},
          {"unit_name", l->unit_name},
          {"method", l->l.method},
          {"method_label", label_of(emulation::selection_methods(), l->l.method)},
          {"date", l->l.date.iso()},
          {"document", opt_json(l->l.document)}};
}

json group_year_json(const storage::GroupYear& y) {
  json members = json::array(), docs = json::array();
  for (const auto& m : y.members) {
    const char* role = y.leader && y.leader->l.unit_id == m.unit_id   ? "leader"
                       : y.deputy && y.deputy->l.unit_id == m.unit_id ? "deputy"
                                                                      : "member";
    members.push_back({{"unit_id", m.unit_id},
                       {"name", m.name},
                       {"name_now", m.name_now},
                       {"kind", m.kind},
                       {"status", m.status},
                       {"successor_id", opt_json(m.successor_id)},
                       {"successor_name", m.successor_id ? json(m.successor_name) : json()},
                       {"role", role}});
  }
  for (const auto& d : y.documents)
    docs.push_back({{"id", d.id},
                    {"kind", d.kind},
                    {"kind_label", label_of(emulation::group_document_kinds(), d.kind)},
                    {"title", d.title},
                    {"number", opt_json(d.number)},
                    {"date", d.date.iso()}});
  return {{"year", y.year},         {"members", members},         {"leader", leadership_json(y.leader)},
          {"deputy", leadership_json(y.deputy)}, {"documents", docs}, {"pledge_id", opt_json(y.pledge_id)},
          {"movement_id", opt_json(y.movement_id)}};
}

json group_json(const storage::Group& g) {
  json years = json::array();
  for (const auto& y : g.years) years.push_back(group_year_json(y));
  return {{"id", g.id},
          {"name", g.name},
          {"kind", g.kind},
          {"kind_label", label_of(emulation::group_kinds(), g.kind)},
          {"organiser_unit_id", g.organiser_unit_id},
          {"organiser_unit_name", g.organiser_unit_name},
          {"years", years},
          {"created_at", g.created_at}};
}

json pledge_json(const storage::Pledge& p) {
  json sigs = json::array(), versions = json::array();
  for (const auto& s : p.signatures)
    sigs.push_back({{"unit_id", s.unit_id},
                    {"unit_name", s.unit_name},
                    {"signed", s.is_signed},
                    {"signer_person_id", opt_json(s.signer_person_id)},
                    {"signer_name", s.is_signed ? json(s.signer_name) : json()},
                    {"signer_position", s.is_signed ? text_json(s.signer_position) : json()},
                    {"date", opt_json(s.date)},
                    {"signed_at", s.is_signed ? json(s.signed_at) : json()}});
  std::optional<int64_t> newer;
  for (const auto& v : p.versions) {
    versions.push_back({{"id", v.id}, {"version", v.version}, {"signed_count", v.signed_count}});
    if (v.version == p.version + 1) newer = v.id;
  }
  json subject = p.group_id ? json{{"type", "group_year"}, {"group_id", *p.group_id}, {"year", *p.year},
                                   {"name", p.subject_name}, {"organiser_unit_id", p.subject_unit_id}}
                            : json{{"type", "movement"}, {"movement_id", *p.movement_id}, {"name", p.subject_name},
                                   {"owner_unit_id", p.subject_unit_id}};
  int64_t signed_count = p.signed_count();
  return {{"id", p.id},
          {"version", p.version},
          {"latest", p.latest()},
          {"previous_version_id", opt_json(p.previous_id)},
          {"newer_version_id", opt_json(newer)},
          {"versions", versions},
          {"subject", subject},
          {"title", p.title},
          {"commitments", emulation::to_json(p.commitments)},
          {"frozen", signed_count > 0 || !p.latest()},
          {"signatures", sigs},
          {"signed_count", signed_count},
          {"member_count", p.signatures.size()},
          {"fully_signed", !p.signatures.empty() && signed_count == static_cast<int64_t>(p.signatures.size())},
          {"created_at", p.created_at}};
}

json signature_json(const storage::Pledge& p, int64_t unit_id) {
  for (const auto& s : p.signatures)
    if (s.unit_id == unit_id)
      return {{"pledge_id", p.id},     {"version", p.version},   {"unit_id", s.unit_id},
              {"unit_name", s.unit_name}, {"signer_name", s.signer_name}, {"signer_position", text_json(s.signer_position)},
              {"date", opt_json(s.date)}};
  return nullptr;
}

json period_json(const storage::RegistrationPeriod& p) {
  return {{"id", p.id},           {"year", p.year},           {"unit_id", p.unit_id}, {"unit_name", p.unit_name},
          {"movement_id", opt_json(p.movement_id)}, {"deadline", p.deadline.iso()},
          {"lifecycle", lifecycle_json(emulation::deadline_lifecycle(p.deadline, Date::today_vn()))}};
}

json registration_json(const storage::Registration& r) {
  return {{"id", r.id},
          {"year", r.year},
          {"unit_id", r.unit_id},
          {"unit_name", r.unit_name},
          {"person_id", opt_json(r.person_id)},
          {"person_name", r.person_id ? json(r.person_name) : json()},
          {"movement_id", opt_json(r.movement_id)},
          {"title_code", r.title_code},
          {"title_name", r.title_name},
          {"level", r.level},
          {"catalogue_version", r.catalogue_version},
          {"date", r.date.iso()},
          {"deadline", opt_json(r.deadline)},
          {"late", r.late},
          {"created_at", r.created_at}};
}

// ---- access ----

void check_movement_visible(storage::Tx& tx, const Ctx& c, const storage::Movement& m) {
  if (c.me().everything) return;
  if (!storage::MovementRepository(tx).visible_to(c.me().user.unit_id, m)) throw Error::NotFound("Không tìm thấy");
}

void check_group_visible(storage::Tx& tx, const Ctx& c, const storage::Group& g) {
  if (c.me().everything) return;
  if (!storage::GroupRepository(tx).visible_to(c.me().user.unit_id, g)) throw Error::NotFound("Không tìm thấy");
}

// A pledge is seen with its group or movement; changed by whoever may change that subject, or,
// for a group's pledge, by the year's leader unit (the leader hosts the signing).
void check_pledge_access(storage::Tx& tx, const Routes& r, const Ctx& c, const storage::Pledge& p, bool write) {
  if (p.group_id) {
    storage::GroupRepository groups(tx);
    storage::Group g = groups.get(*p.group_id);
    check_group_visible(tx, c, g);
    if (!write) return;
    auto y = groups.year(g, *p.year);
    if (y.leader && !c.me().everything &&
        storage::UnitRepository(tx).in_scope(c.me().user.unit_id, y.leader->l.unit_id))
      return;
    r.require_scope(tx, c, g.organiser_unit_id, true);
  } else {
    storage::Movement m = storage::MovementRepository(tx).get(*p.movement_id);
    check_movement_visible(tx, c, m);
    if (write) r.require_scope(tx, c, m.owner_unit_id, true);
  }
}

// Organisers in the police tree must be in the writer's scope; civil co-organisers (a People's
// Committee or Council) stand outside the police tree and are named alongside.
void check_organisers(storage::Tx& tx, const Routes& r, const Ctx& c, const std::vector<int64_t>& ids) {
  storage::UnitRepository units(tx);
  for (int64_t id : ids) {
    auto u = units.find(id);
    if (u && !emulation::is_civil_body(u->kind)) r.require_scope(tx, c, id, true);
  }
}

// A chair named by person_id must be a person the writer may read; chairs already on the
// movement (named by someone with a wider scope) stay as they are.
void check_chairs_visible(storage::Tx& tx, const Routes& r, const Ctx& c, const std::vector<emulation::Chair>& chairs,
                          const std::vector<emulation::Chair>& kept) {
  for (size_t i = 0; i < chairs.size(); ++i) {
    if (!chairs[i].person_id) continue;
    bool already = false;
    for (const auto& k : kept) already = already || k.person_id == chairs[i].person_id;
    if (!already)
      r.require_person_visible(tx, c, *chairs[i].person_id, "launch.chairs[" + std::to_string(i) + "].person_id");
  }
}

// ---- movement input ----

// Every quantitative commitment names an indicator of the catalogue (data/indicators.json) of a
// fitting kind: a rate needs a ratio indicator, a count a counted one.
void check_indicators(const Routes& r, const std::vector<emulation::Commitment>& list, const std::string& field) {
  for (size_t i = 0; i < list.size(); ++i) {
    const auto& c = list[i];
    std::string f = field + "[" + std::to_string(i) + "]";
    if (c.kind == "composite") check_indicators(r, c.all_of, f + ".all_of");
    if (c.indicator.empty()) continue;
    const scoring::Indicator* ind = r.indicators().find(c.indicator);
    if (!ind)
      throw Error::Invalid("Chỉ số " + c.indicator + " không có trong danh mục chỉ số (GET /api/v1/indicators)",
                           f + ".indicator");
    bool ratio = ind->kind == scoring::IndicatorKind::kRatio;
    if (c.kind == "rate" && !ratio)
      throw Error::Invalid("Chỉ tiêu tỷ lệ cần một chỉ số tỷ lệ; \"" + ind->name + "\" không phải tỷ lệ", f + ".indicator");
    if (c.kind == "count" && ratio)
      throw Error::Invalid("Chỉ tiêu số lượng không dùng chỉ số tỷ lệ \"" + ind->name + "\"", f + ".indicator");
  }
}

std::vector<emulation::Commitment> read_commitments(const Routes& r, const json& j, const char* field, size_t min) {
  auto list = emulation::parse_commitments(nfc(j), field, min, 100);
  check_indicators(r, list, field);
  return list;
}

std::vector<emulation::Phase> read_phases(const json& list) {
  std::vector<emulation::Phase> out;
  for (size_t i = 0; i < list.size(); ++i) {
    Fields p(list[i], "phases[" + std::to_string(i) + "]", {"ordinal", "start", "end", "title", "focus"});
    emulation::Phase ph;
    ph.ordinal = static_cast<int>(p.opt_int("ordinal", 1, 100).value_or(static_cast<int64_t>(i + 1)));
    ph.start = p.date("start");
    ph.end = p.date("end");
    // A phase the plan does not name is "Đợt N" (the import screen leaves its title empty).
    ph.title = p.opt_str("title", 1000).value_or("Đợt " + std::to_string(ph.ordinal));
    ph.focus = p.opt_str("focus", 4000).value_or("");
    out.push_back(std::move(ph));
  }
  return out;
}

std::vector<emulation::Chair> read_chairs(const json& list) {
  if (!list.is_array() || list.size() > 20) throw Error::Invalid("launch.chairs phải là danh sách (tối đa 20)", "launch.chairs");
  std::vector<emulation::Chair> out;
  for (size_t i = 0; i < list.size(); ++i) {
    Fields ch(list[i], "launch.chairs[" + std::to_string(i) + "]", {"person_id", "name", "position"});
    out.push_back({ch.opt_id("person_id"), ch.opt_str("name", 200).value_or(""), ch.opt_str("position", 300).value_or("")});
  }
  return out;
}

constexpr std::initializer_list<const char*> kMovementKeys = {
    "kind",  "name",  "organiser_unit_ids", "launch", "theme",         "motto",   "scope",
    "start", "end",   "phases",             "content_areas", "targets", "parent_id"};

// Reads the movement fields present in the body onto `f` (all of them for a new movement).
void read_movement(const Routes& r, Input& in, const json& body, storage::MovementFields& f, bool creating) {
  if (creating || present(body, "kind")) f.kind = in.str("kind", 20);
  if (creating || present(body, "name")) f.name = in.str("name", 500);
  if (creating || present(body, "organiser_unit_ids")) f.organiser_ids = in.ids("organiser_unit_ids", 10);
  if (present(body, "theme")) f.theme = in.opt_str("theme", 2000).value_or("");
  if (present(body, "motto")) f.motto = in.opt_str("motto", 2000).value_or("");
  if (creating || present(body, "start")) f.start = in.date("start");
  if (creating || present(body, "end")) f.end = in.date("end");
  if (present(body, "parent_id")) f.parent_id = in.opt_id("parent_id");
  if (in.has("launch")) {
    Fields l(body["launch"], "launch", {"date", "place", "chairs"});
    if (body["launch"].contains("date")) f.launch_date = l.opt_date("date");
    if (body["launch"].contains("place")) f.launch_place = l.opt_str("place", 300).value_or("");
    if (l.has("chairs")) f.chairs = read_chairs(body["launch"]["chairs"]);
    else if (body["launch"].contains("chairs")) f.chairs.clear();
  }
  if (in.has("scope")) {
    Fields s(body["scope"], "scope", {"unit_ids", "text"});
    if (body["scope"].contains("unit_ids")) f.scope_unit_ids = s.ids("unit_ids", 1000);
    if (body["scope"].contains("text")) f.scope_text = s.opt_str("text", 2000).value_or("");
  }
  if (present(body, "phases")) f.phases = in.has("phases") ? read_phases(array_at(body, "phases", 20)) : std::vector<emulation::Phase>{};
  if (present(body, "content_areas")) {
    f.content_areas.clear();
    if (in.has("content_areas")) {
      const json& list = array_at(body, "content_areas", 50);
      for (size_t i = 0; i < list.size(); ++i) {
        std::string field = "content_areas[" + std::to_string(i) + "]";
        if (!list[i].is_string()) throw Error::Invalid("Trường " + field + " phải là chuỗi", field);
        std::string s = text::to_nfc(list[i].get<std::string>());
        size_t a = s.find_first_not_of(" \t\r\n"), b = s.find_last_not_of(" \t\r\n");
        f.content_areas.push_back(a == std::string::npos ? "" : s.substr(a, b - a + 1));
      }
    }
  }
  if (present(body, "targets"))
    f.targets = in.has("targets") ? read_commitments(r, body["targets"], "targets", 0)
                                  : std::vector<emulation::Commitment>{};
}

std::optional<emulation::Leadership> read_leadership(const json& body, const char* key) {
  if (!body.contains(key) || body[key].is_null()) return std::nullopt;
  Fields l(body[key], key, {"unit_id", "method", "date", "document"});
  return emulation::Leadership{l.id("unit_id"), l.str("method", 20), l.date("date"), l.opt_str("document", 300)};
}

// Registrations read the one commendation catalogue (data/commendation/catalogue.json).
emulation::TitleCatalogue load_titles() { return commendation::registration_titles(commendation_data().catalogue); }

bool may_register(access::Role role) {
  return access::can_write(role, access::Resource::kMovements) || access::can_write(role, access::Resource::kReports);
}

// ---------------------------------------------------------------------------------------------

void register_movement_routes(Routes& r) {
  r.add("GET", "/api/v1/emulation/meta", Access::public_(), [](Ctx&) {
    json states = json::array();
    for (size_t i = 0; i < emulation::movement_states().size(); ++i) {
      auto s = static_cast<emulation::State>(i);
      json next = json::array();
      for (auto n : emulation::next_states(s)) next.push_back(emulation::state_code(n));
      states.push_back({{"code", emulation::state_code(s)}, {"label", emulation::state_label(s)}, {"next", next}});
    }
    auto codes = [](const std::vector<emulation::TargetCode>& l) {
      json a = json::array();
      for (const auto& x : l) a.push_back({{"code", x.code}, {"label", x.label}});
      return a;
    };
    return ok(200, {{"movement_kinds", label_list(emulation::movement_kinds())},
                    {"movement_states", states},
                    {"group_kinds", label_list(emulation::group_kinds())},
                    {"selection_methods", label_list(emulation::selection_methods())},
                    {"group_document_kinds", label_list(emulation::group_document_kinds())},
                    {"commitment_kinds", codes(emulation::commitment_kinds())},
                    {"commitment_directions", codes(emulation::commitment_directions())},
                    {"commitment_baselines", codes(emulation::commitment_baselines())},
                    {"today", Date::today_vn().iso()}});
  });

  r.add("GET", "/api/v1/movements", Access::read_list(), [&r](Ctx& c) {
    storage::MovementQuery q;
    q.q = c.query_str("q").value_or("");
    q.kind = c.query_str("kind", 20);
    q.state = c.query_str("state", 20);
    q.year = query_year(c, false);
    q.parent_id = c.query_id("parent_id");
    if (!c.me().everything) q.viewer_unit = c.me().user.unit_id;
    Page p = c.page();
    q.limit = p.limit;
    q.offset = p.offset;
    auto tx = r.db().begin(TxMode::kRead);
    int64_t total = 0;
    json items = json::array();
    Date today = Date::today_vn();
    for (auto& m : storage::MovementRepository(*tx).search(q, &total)) items.push_back(movement_json(m, today));
    return ok(200, list_json(items, total));
  });

  r.add("GET", "/api/v1/movements/{id}", Access::read_from_owner("id", "movement"), [&r](Ctx& c) {
    int64_t id = c.pid();
    Date at = Date::today_vn();
    if (auto s = c.query_str("at", 10)) {
      auto d = Date::parse_iso(*s);
      if (!d) throw Error::Invalid("Tham số at phải là ngày YYYY-MM-DD", "at");
      at = *d;
    }
    auto tx = r.db().begin(TxMode::kRead);
    storage::Movement m = storage::MovementRepository(*tx).get(id);
    check_movement_visible(*tx, c, m);
    return ok(200, movement_json(m, at));
  });

  r.add("POST", "/api/v1/movements", Access::write_from_body_owner(access::Resource::kMovements, "organiser_unit_ids", "units"), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kMovements);
    Input in(c.req.body, kMovementKeys);
    json body = body_json(c);
    storage::MovementFields f;
    read_movement(r, in, body, f, true);
    auto tx = r.db().begin(TxMode::kWrite);
    check_organisers(*tx, r, c, f.organiser_ids);
    check_chairs_visible(*tx, r, c, f.chairs, {});
    storage::MovementRepository movements(*tx);
    if (f.parent_id) {
      auto parent = movements.find(*f.parent_id);
      if (parent) check_movement_visible(*tx, c, *parent);
    }
    storage::Movement m = movements.create(f, me_id(c));
    json after = movement_json(m, Date::today_vn());
    r.audit(*tx, c, "movement.create", "movement", m.id, m.owner_unit_id, nullptr, after);
    tx->commit();
    return ok(201, after);
  });

  r.add("PATCH", "/api/v1/movements/{id}", Access::write_from_owner(access::Resource::kMovements, "id", "movement"), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kMovements);
    int64_t id = c.pid();
    Input in(c.req.body, {"kind", "name", "organiser_unit_ids", "launch", "theme", "motto", "scope", "start", "end",
                          "phases", "content_areas", "targets", "parent_id", "reason"});
    json body = body_json(c);
    auto reason = in.opt_str("reason", 1000);
    auto tx = r.db().begin(TxMode::kWrite);
    storage::MovementRepository movements(*tx);
    storage::Movement before = movements.get(id);
    check_movement_visible(*tx, c, before);
    r.require_scope(*tx, c, before.owner_unit_id, true);
    storage::MovementFields f = before.f;
    read_movement(r, in, body, f, false);
    if (f.organiser_ids != before.f.organiser_ids) check_organisers(*tx, r, c, f.organiser_ids);
    check_chairs_visible(*tx, r, c, f.chairs, before.f.chairs);
    if (f.parent_id && f.parent_id != before.f.parent_id) {
      auto parent = movements.find(*f.parent_id);
      if (parent) check_movement_visible(*tx, c, *parent);
    }
    storage::Movement after = movements.update(id, f, reason.has_value());
    Date today = Date::today_vn();
    json a = movement_json(after, today);
    if (reason) a["change_reason"] = *reason;
    r.audit(*tx, c, "movement.update", "movement", id, after.owner_unit_id, movement_json(before, today), a);
    tx->commit();
    return ok(200, movement_json(after, today));
  });

  r.add("POST", "/api/v1/movements/{id}/transition", Access::write_from_owner(access::Resource::kMovements, "id", "movement"), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kMovements);
    int64_t id = c.pid();
    Input in(c.req.body, {"to", "date", "note"});
    std::string to_code = in.str("to", 30);
    emulation::State to;
    if (!emulation::parse_state(to_code, to))
      throw Error::Invalid("Trạng thái không hợp lệ: " + to_code +
                               " (draft, launched, under_way, interim_reviewed, closed)",
                           "to");
    Date date = in.date("date");
    auto note = in.opt_str("note", 2000);
    auto tx = r.db().begin(TxMode::kWrite);
    storage::MovementRepository movements(*tx);
    storage::Movement before = movements.get(id);
    check_movement_visible(*tx, c, before);
    r.require_scope(*tx, c, before.owner_unit_id, true);
    storage::Movement after = movements.transition(id, to, date, note, me_id(c), c.me().user.username, Date::today_vn());
    r.audit(*tx, c, "movement.transition", "movement", id, after.owner_unit_id, {{"state", before.state}},
            {{"state", after.state}, {"date", date.iso()}, {"note", opt_json(note)}});
    tx->commit();
    return ok(200, movement_json(after, Date::today_vn()));
  });

  r.add("POST", "/api/v1/movements/{id}/attachments", Access::write_from_owner(access::Resource::kMovements, "id", "movement"), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kMovements);
    int64_t id = c.pid();
    Input in(c.req.body, {"name", "content_type", "content_base64", "size", "sha256"});
    std::string name = in.str("name", 255);
    std::string type = in.str("content_type", 100);
    std::optional<std::string> content;
    if (in.has("content_base64")) {
      if (in.has("size") || in.has("sha256"))
        throw Error::Invalid("Gửi content_base64 hoặc (size, sha256), không cả hai", "content_base64");
      UploadLimits limits = upload_limits();
      content = base64_decode(in.str("content_base64", (limits.file_bytes + (1u << 20)) * 4 / 3));
      if (content->empty()) throw Error::Invalid("Tệp rỗng", "content_base64");
      if (content->size() > limits.file_bytes)
        throw Error::Invalid("Tệp vượt quá " + std::to_string(limits.file_bytes >> 20) + " MB", "content_base64");
      check_file_content(type, *content);
    }
    auto size = in.opt_int("size", 1, 5 * 1024 * 1024);
    auto sha = in.opt_str("sha256", 64);
    if (!content) {
      if (!size || !sha) throw Error::Invalid("Cần content_base64, hoặc size và sha256 của tệp", "content_base64");
      bool hex = sha->size() == 64;
      for (char ch : *sha) hex = hex && ((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'));
      if (!hex) throw Error::Invalid("sha256 phải là 64 ký tự hex thường", "sha256");
    }
    auto tx = r.db().begin(TxMode::kWrite);
    storage::MovementRepository movements(*tx);
    storage::Movement m = movements.get(id);
    check_movement_visible(*tx, c, m);
    r.require_scope(*tx, c, m.owner_unit_id, true);
    if (content) {
      tx.reset();  // the scan runs outside the write transaction
      if (auto refused = scan_upload(*content)) return error_response(422, "rejected_by_scan", *refused, "content_base64");
      tx = r.db().begin(TxMode::kWrite);
    }
    storage::MovementRepository movements2(*tx);
    storage::Movement m2 = movements2.get(id);
    r.require_scope(*tx, c, m2.owner_unit_id, true);
    storage::Attachment a = movements2.add_attachment(id, name, type, content, size, sha);
    json j = {{"id", a.id},         {"name", a.name},         {"content_type", a.content_type},
              {"size", a.size},     {"sha256", a.sha256},     {"has_content", a.has_content},
              {"created_at", a.created_at}};
    r.audit(*tx, c, "movement.attachment", "movement", id, m.owner_unit_id, nullptr, j);
    tx->commit();
    return ok(201, j);
  });

  r.add("GET", "/api/v1/movements/{id}/attachments/{aid}", Access::read_from_owner("id", "movement"), [&r](Ctx& c) {
    int64_t id = c.pid(), aid = c.pid("aid");
    auto tx = r.db().begin(TxMode::kRead);
    storage::MovementRepository movements(*tx);
    storage::Movement m = movements.get(id);
    check_movement_visible(*tx, c, m);
    auto a = movements.find_attachment(id, aid);
    if (!a) throw Error::NotFound("Không tìm thấy tệp đính kèm");
    if (!a->has_content) throw Error::NotFound("Tệp này chỉ có thông tin mô tả, không lưu nội dung");
    http::Response resp{200, a->content_type, {}, movements.attachment_content(aid)};
    // Served as a download in a sandbox: a stored HTML or SVG file never runs as the app.
    resp.headers.push_back({"Content-Disposition", "attachment; filename*=UTF-8''" + percent_encode(a->name)});
    resp.headers.push_back({"X-Content-Type-Options", "nosniff"});
    resp.headers.push_back({"Content-Security-Policy", "sandbox"});
    return resp;
  });
}

void register_group_routes(Routes& r) {
  r.add("GET", "/api/v1/groups", Access::read_list(), [&r](Ctx& c) {
    storage::GroupQuery q;
    q.q = c.query_str("q").value_or("");
    q.kind = c.query_str("kind", 20);
    q.year = query_year(c, false);
    q.member_unit_id = c.query_id("unit_id");
    if (!c.me().everything) q.viewer_unit = c.me().user.unit_id;
    Page p = c.page();
    q.limit = p.limit;
    q.offset = p.offset;
    auto tx = r.db().begin(TxMode::kRead);
    int64_t total = 0;
    json items = json::array();
    for (auto& g : storage::GroupRepository(*tx).search(q, &total)) items.push_back(group_json(g));
    return ok(200, list_json(items, total));
  });

  r.add("GET", "/api/v1/groups/{id}", Access::read_from_owner("id", "group"), [&r](Ctx& c) {
    int64_t id = c.pid();
    auto tx = r.db().begin(TxMode::kRead);
    storage::Group g = storage::GroupRepository(*tx).get(id);
    check_group_visible(*tx, c, g);
    return ok(200, group_json(g));
  });

  r.add("POST", "/api/v1/groups", Access::write_unit_from_body(access::Resource::kMovements, "organiser_unit_id"), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kMovements);
    Input in(c.req.body, {"name", "kind", "year", "organiser_unit_id", "member_unit_ids", "leader", "deputy"});
    json body = body_json(c);
    std::string name = in.str("name", 300);
    std::string kind = in.str("kind", 20);
    storage::YearSetup y;
    auto year = in.opt_int("year", 2000, 2100);
    if (!year) throw Error::Invalid("Thiếu trường year", "year");
    y.year = static_cast<int>(*year);
    int64_t organiser = in.id("organiser_unit_id");
    y.member_ids = in.ids("member_unit_ids", 100);
    y.leader = read_leadership(body, "leader");
    y.deputy = read_leadership(body, "deputy");
    auto tx = r.db().begin(TxMode::kWrite);
    r.require_scope(*tx, c, organiser, true);
    storage::Group g = storage::GroupRepository(*tx).create(name, kind, organiser, y);
    r.audit(*tx, c, "group.create", "group", g.id, organiser, nullptr, group_json(g));
    tx->commit();
    return ok(201, group_json(g));
  });

  r.add("PATCH", "/api/v1/groups/{id}", Access::write_from_owner(access::Resource::kMovements, "id", "group"), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kMovements);
    int64_t id = c.pid();
    Input in(c.req.body, {"name"});
    std::string name = in.str("name", 300);
    auto tx = r.db().begin(TxMode::kWrite);
    storage::GroupRepository groups(*tx);
    storage::Group before = groups.get(id);
    check_group_visible(*tx, c, before);
    r.require_scope(*tx, c, before.organiser_unit_id, true);
    storage::Group after = groups.rename(id, name);
    r.audit(*tx, c, "group.update", "group", id, after.organiser_unit_id, {{"name", before.name}}, {{"name", after.name}});
    tx->commit();
    return ok(200, group_json(after));
  });

  r.add("POST", "/api/v1/groups/{id}/years", Access::write_from_owner(access::Resource::kMovements, "id", "group"), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kMovements);
    int64_t id = c.pid();
    Input in(c.req.body, {"year", "member_unit_ids", "leader", "deputy"});
    json body = body_json(c);
    storage::YearSetup y;
    auto year = in.opt_int("year", 2000, 2100);
    if (!year) throw Error::Invalid("Thiếu trường year", "year");
    y.year = static_cast<int>(*year);
    y.member_ids = in.ids("member_unit_ids", 100);
    y.leader = read_leadership(body, "leader");
    y.deputy = read_leadership(body, "deputy");
    auto tx = r.db().begin(TxMode::kWrite);
    storage::GroupRepository groups(*tx);
    storage::Group before = groups.get(id);
    check_group_visible(*tx, c, before);
    r.require_scope(*tx, c, before.organiser_unit_id, true);
    storage::Group after = groups.add_year(id, y);
    r.audit(*tx, c, "group.year_create", "group", id, after.organiser_unit_id, nullptr,
            group_year_json(groups.year(after, y.year)));
    tx->commit();
    return ok(201, group_json(after));
  });

  r.add("PATCH", "/api/v1/groups/{id}/years/{year}", Access::write_from_owner(access::Resource::kMovements, "id", "group"), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kMovements);
    int64_t id = c.pid();
    int year = path_year(c);
    Input in(c.req.body, {"member_unit_ids", "leader", "deputy"});
    json body = body_json(c);
    std::optional<std::vector<int64_t>> members;
    if (in.has("member_unit_ids")) members = in.ids("member_unit_ids", 100);
    auto leader = read_leadership(body, "leader");
    auto deputy = read_leadership(body, "deputy");
    auto tx = r.db().begin(TxMode::kWrite);
    storage::GroupRepository groups(*tx);
    storage::Group before = groups.get(id);
    check_group_visible(*tx, c, before);
    r.require_scope(*tx, c, before.organiser_unit_id, true);
    json b = group_year_json(groups.year(before, year));
    storage::Group after = groups.update_year(id, year, members, leader, deputy);
    r.audit(*tx, c, "group.year_update", "group", id, after.organiser_unit_id, b, group_year_json(groups.year(after, year)));
    tx->commit();
    return ok(200, group_json(after));
  });

  r.add("POST", "/api/v1/groups/{id}/years/{year}/documents", Access::write_from_owner(access::Resource::kMovements, "id", "group"), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kMovements);
    int64_t id = c.pid();
    int year = path_year(c);
    Input in(c.req.body, {"kind", "title", "number", "date"});
    std::string kind = in.str("kind", 40);
    std::string title = in.str("title", 500);
    auto number = in.opt_str("number", 100);
    Date date = in.date("date");
    auto tx = r.db().begin(TxMode::kWrite);
    storage::GroupRepository groups(*tx);
    storage::Group before = groups.get(id);
    check_group_visible(*tx, c, before);
    auto y = groups.year(before, year);
    // The organiser or the year's leader unit records what the conference adopted.
    if (!(y.leader && !c.me().everything &&
          storage::UnitRepository(*tx).in_scope(c.me().user.unit_id, y.leader->l.unit_id)))
      r.require_scope(*tx, c, before.organiser_unit_id, true);
    storage::Group after = groups.add_document(id, year, kind, title, number, date);
    json doc = {{"year", year}, {"kind", kind}, {"title", title}, {"number", opt_json(number)}, {"date", date.iso()}};
    r.audit(*tx, c, "group.document", "group", id, after.organiser_unit_id, nullptr, doc);
    tx->commit();
    return ok(201, group_json(after));
  });
}

void register_pledge_routes(Routes& r) {
  r.add("GET", "/api/v1/pledges", Access::read_list(), [&r](Ctx& c) {
    auto group_id = c.query_id("group_id");
    auto movement_id = c.query_id("movement_id");
    auto year = query_year(c, false);
    if (!group_id && !movement_id) throw Error::Invalid("Cần tham số group_id hoặc movement_id", "group_id");
    auto tx = r.db().begin(TxMode::kRead);
    if (group_id) check_group_visible(*tx, c, storage::GroupRepository(*tx).get(*group_id));
    if (movement_id) check_movement_visible(*tx, c, storage::MovementRepository(*tx).get(*movement_id));
    json items = json::array();
    for (auto& p : storage::PledgeRepository(*tx).list(group_id, year, movement_id)) items.push_back(pledge_json(p));
    return ok(200, list_json(items, static_cast<int64_t>(items.size())));
  });

  r.add("GET", "/api/v1/pledges/{id}", Access::read_from_owner("id", "pledge"), [&r](Ctx& c) {
    int64_t id = c.pid();
    auto tx = r.db().begin(TxMode::kRead);
    storage::Pledge p = storage::PledgeRepository(*tx).get(id);
    check_pledge_access(*tx, r, c, p, false);
    return ok(200, pledge_json(p));
  });

  r.add("POST", "/api/v1/pledges", Access::write_from_body_owner(access::Resource::kMovements, "group_id", "group"), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kMovements);
    Input in(c.req.body, {"group_id", "year", "movement_id", "title", "commitments"});
    json body = body_json(c);
    storage::NewPledge np;
    np.group_id = in.opt_id("group_id");
    if (auto y = in.opt_int("year", 2000, 2100)) np.year = static_cast<int>(*y);
    np.movement_id = in.opt_id("movement_id");
    np.title = in.str("title", 500);
    if (!in.has("commitments")) throw Error::Invalid("Thiếu trường commitments", "commitments");
    np.commitments = read_commitments(r, body["commitments"], "commitments", 1);
    auto tx = r.db().begin(TxMode::kWrite);
    if (np.group_id) {
      storage::GroupRepository groups(*tx);
      auto g = groups.find(*np.group_id);
      if (!g) throw Error::Invalid("Cụm, khối thi đua không tồn tại", "group_id");
      check_group_visible(*tx, c, *g);
      if (!np.year) throw Error::Invalid("Thiếu trường year", "year");
      auto y = groups.year(*g, *np.year);
      if (!(y.leader && !c.me().everything &&
            storage::UnitRepository(*tx).in_scope(c.me().user.unit_id, y.leader->l.unit_id)))
        r.require_scope(*tx, c, g->organiser_unit_id, true);
    } else if (np.movement_id) {
      auto m = storage::MovementRepository(*tx).find(*np.movement_id);
      if (!m) throw Error::Invalid("Phong trào không tồn tại", "movement_id");
      check_movement_visible(*tx, c, *m);
      r.require_scope(*tx, c, m->owner_unit_id, true);
    }
    storage::Pledge p = storage::PledgeRepository(*tx).create(np, me_id(c));
    json j = pledge_json(p);
    r.audit(*tx, c, "pledge.create", "pledge", p.id, p.subject_unit_id, nullptr, j);
    tx->commit();
    return ok(201, j);
  });

  r.add("PATCH", "/api/v1/pledges/{id}", Access::write_from_owner(access::Resource::kMovements, "id", "pledge"), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kMovements);
    int64_t id = c.pid();
    Input in(c.req.body, {"title", "commitments"});
    json body = body_json(c);
    auto title = in.opt_str("title", 500);
    std::optional<std::vector<emulation::Commitment>> commitments;
    if (in.has("commitments")) commitments = read_commitments(r, body["commitments"], "commitments", 1);
    auto tx = r.db().begin(TxMode::kWrite);
    storage::PledgeRepository pledges(*tx);
    storage::Pledge before = pledges.get(id);
    check_pledge_access(*tx, r, c, before, true);
    storage::Pledge after = pledges.update(id, title, commitments);
    r.audit(*tx, c, "pledge.update", "pledge", id, after.subject_unit_id, pledge_json(before), pledge_json(after));
    tx->commit();
    return ok(200, pledge_json(after));
  });

  r.add("POST", "/api/v1/pledges/{id}/versions", Access::write_from_owner(access::Resource::kMovements, "id", "pledge"), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kMovements);
    int64_t id = c.pid();
    std::optional<std::string> title;
    std::optional<std::vector<emulation::Commitment>> commitments;
    if (!c.req.body.empty()) {
      Input in(c.req.body, {"title", "commitments"});
      json body = body_json(c);
      title = in.opt_str("title", 500);
      if (in.has("commitments")) commitments = read_commitments(r, body["commitments"], "commitments", 1);
    }
    auto tx = r.db().begin(TxMode::kWrite);
    storage::PledgeRepository pledges(*tx);
    storage::Pledge old = pledges.get(id);
    check_pledge_access(*tx, r, c, old, true);
    storage::Pledge fresh = pledges.new_version(id, title, commitments, me_id(c));
    json j = pledge_json(fresh);
    r.audit(*tx, c, "pledge.version", "pledge", fresh.id, fresh.subject_unit_id, {{"id", old.id}, {"version", old.version}},
            j);
    tx->commit();
    return ok(201, j);
  });

  r.add("POST", "/api/v1/pledges/{id}/signatures", Access::write_from_owner(access::Resource::kMovements, "id", "pledge"), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kMovements);
    int64_t id = c.pid();
    Input in(c.req.body, {"unit_id", "signer_person_id", "signer_name", "signer_position", "date"});
    storage::SignatureInput s;
    s.unit_id = in.id("unit_id");
    s.signer_person_id = in.opt_id("signer_person_id");
    s.signer_name = in.str("signer_name", 200);
    s.signer_position = in.opt_str("signer_position", 300).value_or("");
    s.date = in.date("date");
    auto tx = r.db().begin(TxMode::kWrite);
    storage::PledgeRepository pledges(*tx);
    storage::Pledge before = pledges.get(id);
    check_pledge_access(*tx, r, c, before, false);
    // The signing unit's own people, or an officer above it, record its signature.
    r.require_scope(*tx, c, s.unit_id, true);
    if (s.signer_person_id) r.require_person_visible(*tx, c, *s.signer_person_id, "signer_person_id");
    storage::Pledge after = pledges.sign(id, s, me_id(c), Date::today_vn());
    r.audit(*tx, c, "pledge.sign", "pledge", id, s.unit_id, {{"unit_id", s.unit_id}, {"signed", false}},
            signature_json(after, s.unit_id));
    tx->commit();
    return ok(201, pledge_json(after));
  });
}

void register_registration_routes(Routes& r, std::shared_ptr<const emulation::TitleCatalogue> cat) {
  // GET /api/v1/titles (the catalogue, with the registrable titles of a year) is answered by
  // routes_commendation.cpp from the same catalogue.
  r.add("GET", "/api/v1/registration-periods", Access::read_list(), [&r](Ctx& c) {
    auto year = query_year(c, false);
    auto unit = c.query_id("unit_id");
    auto tx = r.db().begin(TxMode::kRead);
    storage::UnitRepository units(*tx);
    json items = json::array();
    for (auto& p : storage::RegistrationRepository(*tx).periods(year, unit)) {
      // A deadline is seen below the unit that set it (who must meet it) and above it.
      if (!c.me().everything && !units.in_scope(c.me().user.unit_id, p.unit_id) &&
          !units.in_scope(p.unit_id, c.me().user.unit_id))
        continue;
      items.push_back(period_json(p));
    }
    return ok(200, list_json(items, static_cast<int64_t>(items.size())));
  });

  r.add("POST", "/api/v1/registration-periods", Access::write_unit_from_body(access::Resource::kMovements, "unit_id"), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kMovements);
    Input in(c.req.body, {"year", "unit_id", "movement_id", "deadline"});
    auto year = in.opt_int("year", 2000, 2100);
    if (!year) throw Error::Invalid("Thiếu trường year", "year");
    int64_t unit = in.id("unit_id");
    auto movement = in.opt_id("movement_id");
    Date deadline = in.date("deadline");
    auto tx = r.db().begin(TxMode::kWrite);
    storage::UnitRepository(*tx).get(unit);
    r.require_scope(*tx, c, unit, true);
    if (movement) check_movement_visible(*tx, c, storage::MovementRepository(*tx).get(*movement));
    auto p = storage::RegistrationRepository(*tx).create_period(static_cast<int>(*year), unit, movement, deadline);
    r.audit(*tx, c, "registration_period.create", "registration_period", p.id, unit, nullptr, period_json(p));
    tx->commit();
    return ok(201, period_json(p));
  });

  r.add("PATCH", "/api/v1/registration-periods/{id}", Access::write_from_owner(access::Resource::kMovements, "id", "registration_period"), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kMovements);
    int64_t id = c.pid();
    Input in(c.req.body, {"deadline"});
    Date deadline = in.date("deadline");
    auto tx = r.db().begin(TxMode::kWrite);
    storage::RegistrationRepository regs(*tx);
    auto before = regs.find_period(id);
    if (!before) throw Error::NotFound("Không tìm thấy");
    r.require_scope(*tx, c, before->unit_id, true);
    auto after = regs.update_period(id, deadline);
    r.audit(*tx, c, "registration_period.update", "registration_period", id, after.unit_id, period_json(*before),
            period_json(after));
    tx->commit();
    return ok(200, period_json(after));
  });

  r.add("GET", "/api/v1/registrations", Access::read_list(), [&r](Ctx& c) {
    storage::RegistrationQuery q;
    q.year = *query_year(c, true);
    q.unit_id = c.query_id("unit_id");
    q.movement_id = c.query_id("movement_id");
    q.scope_root = c.scope_root();
    Page p = c.page();
    q.limit = p.limit;
    q.offset = p.offset;
    auto tx = r.db().begin(TxMode::kRead);
    if (q.unit_id) {
      storage::UnitRepository(*tx).get(*q.unit_id);
      r.require_scope(*tx, c, *q.unit_id, false);
    }
    int64_t total = 0;
    json items = json::array();
    for (auto& reg : storage::RegistrationRepository(*tx).search(q, &total)) items.push_back(registration_json(reg));
    return ok(200, list_json(items, total));
  });

  r.add("GET", "/api/v1/registrations/status", Access::read_unit_from_query("unit_id"), [&r](Ctx& c) {
    int year = *query_year(c, true);
    auto unit = c.query_id("unit_id");
    if (!unit) throw Error::Invalid("Thiếu tham số unit_id", "unit_id");
    auto movement = c.query_id("movement_id");
    auto tx = r.db().begin(TxMode::kRead);
    storage::UnitRepository(*tx).get(*unit);
    r.require_scope(*tx, c, *unit, false);
    auto s = storage::RegistrationRepository(*tx).status(*unit, year, movement);
    json items = json::array();
    int64_t registered = 0, on_time = 0;
    for (const auto& row : s.rows) {
      bool reg = row.count > 0;
      registered += reg;
      on_time += row.on_time > 0;
      items.push_back({{"unit_id", row.unit.id},
                       {"unit_name", row.unit.name},
                       {"kind", row.unit.kind},
                       {"registered", reg},
                       {"registered_on_time", row.on_time > 0},
                       {"late", reg && row.on_time == 0},
                       {"count", row.count},
                       {"late_count", row.late},
                       {"first_date", opt_json(row.first_date)},
                       {"title_codes", row.title_codes}});
    }
    return ok(200, {{"year", year},
                    {"unit_id", s.unit.id},
                    {"unit_name", s.unit.name},
                    {"deadline", s.period ? json(s.period->deadline.iso()) : json()},
                    {"items", items},
                    {"total", items.size()},
                    {"registered", registered},
                    {"registered_on_time", on_time},
                    {"not_registered", static_cast<int64_t>(items.size()) - registered}});
  });

  r.add("POST", "/api/v1/registrations", Access::write_unit_from_body(access::Resource::kReports, "unit_id"), [&r, cat](Ctx& c) {
    if (!may_register(c.me().role))
      throw Error::Forbidden("Vai trò của bạn không được phép đăng ký thi đua");
    Input in(c.req.body, {"year", "unit_id", "person_id", "title_code", "movement_id", "date"});
    storage::NewRegistration nr;
    auto year = in.opt_int("year", 2000, 2100);
    if (!year) throw Error::Invalid("Thiếu trường year", "year");
    nr.year = static_cast<int>(*year);
    nr.unit_id = in.id("unit_id");
    nr.person_id = in.opt_id("person_id");
    nr.title_code = in.str("title_code", 64);
    nr.movement_id = in.opt_id("movement_id");
    Date today = Date::today_vn();
    nr.date = in.opt_date("date").value_or(today);
    auto tx = r.db().begin(TxMode::kWrite);
    r.require_scope(*tx, c, nr.unit_id, true);
    storage::UnitRepository(*tx).get(nr.unit_id);
    if (nr.person_id) r.require_person_visible(*tx, c, *nr.person_id, "person_id");
    if (nr.movement_id) check_movement_visible(*tx, c, storage::MovementRepository(*tx).get(*nr.movement_id));
    auto reg = storage::RegistrationRepository(*tx).create(nr, *cat, me_id(c), today);
    r.audit(*tx, c, "registration.create", "registration", reg.id, reg.unit_id, nullptr, registration_json(reg));
    tx->commit();
    return ok(201, registration_json(reg));
  });

  r.add("DELETE", "/api/v1/registrations/{id}", Access::write_from_owner(access::Resource::kReports, "id", "registration"), [&r](Ctx& c) {
    if (!may_register(c.me().role))
      throw Error::Forbidden("Vai trò của bạn không được phép đăng ký thi đua");
    Input(c.req.body.empty() ? std::string("{}") : c.req.body, {});  // takes no fields
    int64_t id = c.pid();
    auto tx = r.db().begin(TxMode::kWrite);
    storage::RegistrationRepository regs(*tx);
    auto before = regs.find(id);
    if (!before) throw Error::NotFound("Không tìm thấy");
    r.require_scope(*tx, c, before->unit_id, true);
    regs.remove(id);
    r.audit(*tx, c, "registration.delete", "registration", id, before->unit_id, registration_json(*before), nullptr);
    tx->commit();
    return http::Response{204, "application/json; charset=utf-8", {}, ""};
  });
}

}  // namespace

void register_emulation_routes(Routes& r) {
  // Loaded and validated once: a broken catalogue stops the server at start-up.
  auto cat = std::make_shared<const emulation::TitleCatalogue>(load_titles());
  register_movement_routes(r);
  register_group_routes(r);
  register_pledge_routes(r);
  register_registration_routes(r, cat);
  register_commendation_routes(r);  // the same catalogue, its eligibility, proposals and records
}

}  // namespace thidua::api
