#include "core/commendation.h"

#include <sys/mman.h>

#include <algorithm>
#include <atomic>
#include <cassert>
#include <cstring>
#include <deque>
#include <thread>
#include <type_traits>
#include <unordered_map>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <memory>

#include "core/error.h"

namespace thidua::commendation {
namespace {

using nlohmann::json;

const std::vector<std::string> kLevels = {"individual", "collective", "team", "member"};
const std::vector<std::string> kKinds = {"title", "form", "evaluation"};

[[noreturn]] void bad(const std::string& where, const std::string& what, const std::string& field = {}) {
  throw Error::Invalid("Danh mục khen thưởng: " + where + ": " + what, field.empty() ? where : field);
}

void only_keys(const json& o, std::initializer_list<const char*> keys, const std::string& where) {
  if (!o.is_object()) bad(where, "phải là đối tượng JSON");
  for (auto it = o.begin(); it != o.end(); ++it)
    if (std::none_of(keys.begin(), keys.end(), [&](const char* k) { return it.key() == k; }))
      bad(where, "trường lạ " + it.key(), where + "." + it.key());
}

std::string str(const json& o, const char* key, const std::string& where, bool required = true) {
  if (!o.contains(key) || o[key].is_null()) {
    if (required) bad(where, "thiếu " + std::string(key), where + "." + key);
    return {};
  }
  if (!o[key].is_string() || (required && o[key].get<std::string>().empty()))
    bad(where, std::string(key) + " phải là chuỗi khác rỗng", where + "." + key);
  return o[key].get<std::string>();
}

int integer(const json& o, const char* key, const std::string& where, int def, int min, int max) {
  if (!o.contains(key)) return def;
  if (!o[key].is_number_integer() || o[key].get<int64_t>() < min || o[key].get<int64_t>() > max)
    bad(where, std::string(key) + " phải là số nguyên từ " + std::to_string(min) + " đến " + std::to_string(max),
        where + "." + key);
  return o[key].get<int>();
}

double number(const json& o, const char* key, const std::string& where, double def, double min, double max) {
  if (!o.contains(key)) return def;
  if (!o[key].is_number() || o[key].get<double>() < min || o[key].get<double>() > max)
    bad(where, std::string(key) + " phải là số trong khoảng cho phép", where + "." + key);
  return o[key].get<double>();
}

Date date(const json& o, const char* key, const std::string& where) {
  auto d = Date::parse_iso(str(o, key, where));
  if (!d) bad(where, std::string(key) + " phải là ngày YYYY-MM-DD", where + "." + key);
  return *d;
}

bool is_code(const std::string& s) {
  if (s.empty() || s.size() > 64 || s[0] < 'a' || s[0] > 'z') return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

std::vector<Ranked> ranked_list(const json& j, const char* key, bool issuers) {
  std::vector<Ranked> out;
  if (!j.contains(key) || !j[key].is_array() || j[key].empty()) bad(key, "cần danh sách khác rỗng");
  for (size_t i = 0; i < j[key].size(); ++i) {
    const json& o = j[key][i];
    std::string where = std::string(key) + "[" + std::to_string(i) + "]";
    if (issuers) only_keys(o, {"code", "name", "rank", "unit_kinds", "basis"}, where);
    else only_keys(o, {"code", "name", "rank"}, where);
    Ranked r;
    r.code = str(o, "code", where);
    if (!is_code(r.code)) bad(where, "mã " + r.code + " phải ở dạng chu_thuong_khong_dau");
    r.name = str(o, "name", where);
    r.rank = integer(o, "rank", where, 0, 1, 100);
    if (r.rank == 0) bad(where, "thiếu rank");
    if (issuers) {
      r.basis = str(o, "basis", where);
      if (!o.contains("unit_kinds") || !o["unit_kinds"].is_array() || o["unit_kinds"].empty())
        bad(where, "cần unit_kinds");
      for (const auto& k : o["unit_kinds"]) {
        if (!k.is_string()) bad(where, "unit_kinds là danh sách chuỗi");
        r.unit_kinds.push_back(k.get<std::string>());
      }
    }
    for (const auto& x : out)
      if (x.code == r.code) bad(where, "mã " + r.code + " lặp lại");
    out.push_back(std::move(r));
  }
  return out;
}

const Ranked* find_ranked(const std::vector<Ranked>& v, std::string_view code) {
  for (const auto& r : v)
    if (r.code == code) return &r;
  return nullptr;
}

std::string pct(double x) {
  char buf[32];
  if (std::fabs(x - std::round(x)) < 0.05) std::snprintf(buf, sizeof buf, "%.0f%%", x);
  else std::snprintf(buf, sizeof buf, "%.1f%%", x);
  std::string s = buf;
  for (auto& c : s)
    if (c == '.') c = ',';
  return s;
}

}  // namespace

const std::vector<std::string> kConditionKinds = {
    "classification",  "consecutive_classification", "title_in_year",         "title_in_years",
    "consecutive_titles", "initiative",              "any_of",                "no_discipline",
    "members_share",   "members_classification",     "members_title_count",   "members_no_discipline",
    "years_of_service", "group_leader",              "months_active",         "no_complaint",
    "duties_share",    "leader_not_above_team"};

bool Entry::valid_in(int year) const {
  Date start = *Date::from_ymd(year, 1, 1), end = *Date::from_ymd(year, 12, 31);
  return valid_from <= end && (!valid_to || *valid_to >= start);
}

static Condition parse_condition(const json& o, const std::string& where, const Catalogue& cat, int depth) {
  only_keys(o, {"code", "name", "kind", "title", "at_least", "min_form", "min_scope", "count", "look_back_years", "within_years",
                "years", "women_years", "hardship_factor", "min", "min_pct", "strict", "of", "min_count"},
            where);
  Condition c;
  c.code = str(o, "code", where);
  if (!is_code(c.code)) bad(where, "mã điều kiện " + c.code + " phải ở dạng chu_thuong_khong_dau");
  c.name = str(o, "name", where, false);
  if (o.contains("name") && (c.name.empty() || c.name.size() > 200))
    bad(where, "tên điều kiện " + c.code + " phải có từ 1 đến 200 ký tự", where + ".name");
  c.kind = str(o, "kind", where);
  if (std::find(kConditionKinds.begin(), kConditionKinds.end(), c.kind) == kConditionKinds.end())
    bad(where, "loại điều kiện không hỗ trợ: " + c.kind, where + ".kind");
  c.title = str(o, "title", where, false);
  c.at_least = str(o, "at_least", where, false);
  c.min_form = str(o, "min_form", where, false);
  c.min_scope = str(o, "min_scope", where, false);
  c.count = integer(o, "count", where, 1, 1, 50);
  if (o.contains("min_count")) c.count = integer(o, "min_count", where, 1, 1, 1000);
  c.look_back_years = integer(o, "look_back_years", where, 1, 1, 30);
  c.within_years = integer(o, "within_years", where, 1, 1, 30);
  c.years = integer(o, "years", where, 0, 0, 60);
  c.women_years = integer(o, "women_years", where, 0, 0, 60);
  c.hardship_factor = integer(o, "hardship_factor", where, 1, 1, 5);
  c.min = integer(o, "min", where, 0, 0, 12);
  c.min_pct = number(o, "min_pct", where, 0, 0, 100);
  if (o.contains("strict") && !o["strict"].is_boolean()) bad(where, "strict là true hoặc false");
  c.strict = o.value("strict", false);
  c.op = static_cast<int>(std::find(kConditionKinds.begin(), kConditionKinds.end(), c.kind) - kConditionKinds.begin()) + 1;
  auto need = [&](bool ok, const char* what) {
    if (!ok) bad(where, "điều kiện " + c.kind + " cần " + what);
  };
  const std::string& k = c.kind;
  if (k == "classification" || k == "consecutive_classification" || k == "members_classification")
    need(cat.level_rank(c.at_least) > 0, "at_least là một mức xếp loại trong classification_levels");
  if (k == "no_discipline" || k == "members_no_discipline")
    need(cat.form_rank(c.min_form) > 0, "min_form là một hình thức kỷ luật trong discipline_forms");
  if (k == "initiative") need(cat.scope_rank(c.min_scope) > 0, "min_scope là một phạm vi trong initiative_scopes");
  if (k == "title_in_year" || k == "title_in_years" || k == "consecutive_titles" || k == "members_share" ||
      k == "members_title_count")
    need(!c.title.empty(), "title");
  if (k == "members_share" || k == "members_classification" || k == "duties_share") need(c.min_pct > 0, "min_pct");
  if (k == "years_of_service") need(c.years > 0, "years");
  if (k == "months_active") need(c.min > 0, "min");
  if (k == "any_of") {
    need(depth < 3 && o.contains("of") && o["of"].is_array() && o["of"].size() >= 2, "of: ít nhất hai điều kiện");
    for (size_t i = 0; i < o["of"].size(); ++i)
      c.of.push_back(parse_condition(o["of"][i], where + ".of[" + std::to_string(i) + "]", cat, depth + 1));
  }
  c.at_least_rank = cat.level_rank(c.at_least);
  c.min_form_rank = cat.form_rank(c.min_form);
  c.min_scope_rank = cat.scope_rank(c.min_scope);
  return c;
}

Catalogue Catalogue::from_json(const json& j) {
  only_keys(j, {"version", "description", "grassroots_year_start", "classification_levels", "discipline_forms",
                "initiative_scopes", "issuers", "entries"},
            "catalogue");
  Catalogue cat;
  cat.version_ = integer(j, "version", "catalogue", 0, 1, 1000000);
  if (cat.version_ == 0) bad("catalogue", "version phải là số nguyên dương", "version");
  if (j.contains("grassroots_year_start")) {
    std::string s = str(j, "grassroots_year_start", "catalogue");
    int m = 0, d = 0;
    if (s.size() != 5 || std::sscanf(s.c_str(), "%d-%d", &m, &d) != 2 || !Date::from_ymd(2001, m, d))
      bad("catalogue", "grassroots_year_start có dạng MM-DD", "grassroots_year_start");
    cat.force_month_ = m;
    cat.force_day_ = d;
  }
  cat.levels_ = ranked_list(j, "classification_levels", false);
  cat.forms_ = ranked_list(j, "discipline_forms", false);
  cat.scopes_ = ranked_list(j, "initiative_scopes", false);
  cat.issuers_ = ranked_list(j, "issuers", true);
  if (!j.contains("entries") || !j["entries"].is_array() || j["entries"].empty()) bad("catalogue", "cần entries", "entries");
  const json& list = j["entries"];
  for (size_t i = 0; i < list.size(); ++i) {
    const json& o = list[i];
    std::string where = "entries[" + std::to_string(i) + "]";
    if (o.is_object() && o.contains("code") && o["code"].is_string()) where += " " + o["code"].get<std::string>();
    only_keys(o, {"code", "name", "kind", "level", "rank", "valid_from", "valid_to", "registrable", "granted_by",
                  "cash_multiple", "council_approval_pct", "classification", "basis", "criteria", "conditions", "quota",
                  "consultation"},
              where);
    Entry e;
    e.code = str(o, "code", where);
    if (!is_code(e.code)) bad(where, "mã phải ở dạng chu_thuong_khong_dau", where + ".code");
    e.name = str(o, "name", where);
    e.kind = str(o, "kind", where);
    if (std::find(kKinds.begin(), kKinds.end(), e.kind) == kKinds.end()) bad(where, "kind là title, form hoặc evaluation");
    e.level = str(o, "level", where);
    if (std::find(kLevels.begin(), kLevels.end(), e.level) == kLevels.end())
      bad(where, "level là individual, collective, team hoặc member");
    e.rank = integer(o, "rank", where, 0, 1, 100);
    if (e.rank == 0) bad(where, "thiếu rank");
    e.valid_from = date(o, "valid_from", where);
    if (o.contains("valid_to") && !o["valid_to"].is_null()) {
      e.valid_to = date(o, "valid_to", where);
      if (*e.valid_to < e.valid_from) bad(where, "valid_to trước valid_from");
    }
    if (o.contains("registrable") && !o["registrable"].is_boolean()) bad(where, "registrable là true hoặc false");
    e.registrable = o.value("registrable", false);
    if (o.contains("consultation") && !o["consultation"].is_boolean()) bad(where, "consultation là true hoặc false");
    e.consultation = o.value("consultation", false);
    if (e.registrable && e.level != "individual" && e.level != "collective")
      bad(where, "chỉ danh hiệu cá nhân hoặc tập thể được đăng ký");
    e.granted_by = str(o, "granted_by", where);
    if (!cat.issuer(e.granted_by)) bad(where, "granted_by " + e.granted_by + " không có trong issuers");
    if (!o.contains("cash_multiple")) bad(where, "thiếu cash_multiple (0 khi không có tiền thưởng)");
    e.cash_multiple = number(o, "cash_multiple", where, 0, 0, 100);
    e.council_approval_pct = number(o, "council_approval_pct", where, 50, 1, 100);
    if (o.contains("classification")) {
      e.classification = str(o, "classification", where);
      if (!cat.level_rank(*e.classification)) bad(where, "classification không có trong classification_levels");
    }
    if (e.kind == "evaluation" && !e.classification) bad(where, "mục xếp loại cần classification");
    e.basis = str(o, "basis", where);
    e.criteria = str(o, "criteria", where, false);
    if (!o.contains("conditions") || !o["conditions"].is_array()) bad(where, "cần conditions (có thể rỗng)");
    for (size_t k = 0; k < o["conditions"].size(); ++k)
      e.conditions.push_back(parse_condition(o["conditions"][k], where + ".conditions[" + std::to_string(k) + "]", cat, 0));
    if (o.contains("quota") && !o["quota"].is_null()) {
      const json& q = o["quota"];
      std::string qw = where + ".quota";
      only_keys(q, {"kind", "title", "level", "max_pct"}, qw);
      Quota x;
      x.kind = str(q, "kind", qw);
      x.max_pct = number(q, "max_pct", qw, 0, 0.1, 100);
      if (x.max_pct <= 0) bad(qw, "thiếu max_pct");
      if (x.kind == "share_of_title") x.title = str(q, "title", qw);
      else if (x.kind == "share_of_level") {
        x.level = str(q, "level", qw);
        if (!cat.level_rank(x.level)) bad(qw, "level không có trong classification_levels");
      } else bad(qw, "kind là share_of_title hoặc share_of_level");
      e.quota = x;
    }
    for (const Entry& other : cat.entries_) {
      if (other.code != e.code) continue;
      if (other.level != e.level) bad(where, "hai phiên bản của " + e.code + " khác level");
      bool apart = (other.valid_to && *other.valid_to < e.valid_from) || (e.valid_to && *e.valid_to < other.valid_from);
      if (!apart) bad(where, "hai phiên bản của " + e.code + " có hiệu lực chồng nhau", where + ".valid_from");
    }
    cat.entries_.push_back(std::move(e));
  }
  // Every title a condition or quota names must be in the catalogue.
  std::function<void(const Condition&, const std::string&)> check = [&](const Condition& c, const std::string& where) {
    if (!c.title.empty() && !cat.knows(c.title)) bad(where, "điều kiện " + c.code + " nêu danh hiệu không có: " + c.title);
    for (const auto& s : c.of) check(s, where);
  };
  for (const Entry& e : cat.entries_) {
    for (const auto& c : e.conditions) check(c, e.code);
    if (e.quota && !e.quota->title.empty() && !cat.knows(e.quota->title))
      bad(e.code, "quota nêu danh hiệu không có: " + e.quota->title);
  }
  std::stable_sort(cat.entries_.begin(), cat.entries_.end(), [](const Entry& a, const Entry& b) {
    if (a.level != b.level) return std::find(kLevels.begin(), kLevels.end(), a.level) < std::find(kLevels.begin(), kLevels.end(), b.level);
    if (a.rank != b.rank) return a.rank < b.rank;
    return a.valid_from < b.valid_from;
  });
  // The codes as small numbers: the engine keeps the titles a subject holds in a year as bits.
  for (const Entry& e : cat.entries_)
    if (cat.code_index(e.code) < 0) cat.codes_.push_back(e.code);
  std::function<void(Condition&)> compile_title = [&](Condition& c) {
    c.title_index = c.title.empty() ? -1 : cat.code_index(c.title);
    for (auto& s : c.of) compile_title(s);
  };
  for (Entry& e : cat.entries_) {
    for (auto& c : e.conditions) compile_title(c);
    if (e.quota && !e.quota->title.empty()) e.quota->title_index = cat.code_index(e.quota->title);
  }
  return cat;
}

const Entry* Catalogue::find(std::string_view code, Date on) const {
  for (const Entry& e : entries_)
    if (e.code == code && e.valid_on(on)) return &e;
  return nullptr;
}

const Entry* Catalogue::find_in_year(std::string_view code, int year) const {
  // The version in force at the year's end (when titles are considered), else any in force that year.
  if (const Entry* e = find(code, *Date::from_ymd(year, 12, 31))) return e;
  for (const Entry& e : entries_)
    if (e.code == code && e.valid_in(year)) return &e;
  return nullptr;
}

int Catalogue::code_index(std::string_view code) const {
  for (size_t i = 0; i < codes_.size(); ++i)
    if (codes_[i] == code) return static_cast<int>(i);
  return -1;
}

bool Catalogue::knows(std::string_view code) const {
  return std::any_of(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.code == code; });
}

std::vector<const Entry*> Catalogue::in_force(Date on) const {
  std::vector<const Entry*> out;
  for (const Entry& e : entries_)
    if (e.valid_on(on)) out.push_back(&e);
  return out;
}

const Ranked* Catalogue::issuer(std::string_view code) const { return find_ranked(issuers_, code); }
namespace {
int years_back(const Condition& c) {
  // within N years: the year and N − 1 before; N consecutive: N − 1 before; a discipline N years
  // back, and the year before it for a term running on
  int n = std::max({c.look_back_years + 1, c.within_years - 1, c.count - 1});
  for (const Condition& x : c.of) n = std::max(n, years_back(x));
  return n;
}
}  // namespace

int Catalogue::look_back() const {
  int n = 1;
  for (const Entry& e : entries_)
    for (const Condition& c : e.conditions) n = std::max(n, years_back(c));
  return n;
}

int Catalogue::level_rank(std::string_view c) const { auto r = find_ranked(levels_, c); return r ? r->rank : 0; }
int Catalogue::form_rank(std::string_view c) const { auto r = find_ranked(forms_, c); return r ? r->rank : 0; }
int Catalogue::scope_rank(std::string_view c) const { auto r = find_ranked(scopes_, c); return r ? r->rank : 0; }
std::string Catalogue::level_name(std::string_view c) const { auto r = find_ranked(levels_, c); return r ? r->name : std::string(c); }
std::string Catalogue::form_name(std::string_view c) const { auto r = find_ranked(forms_, c); return r ? r->name : std::string(c); }
std::string Catalogue::scope_name(std::string_view c) const { auto r = find_ranked(scopes_, c); return r ? r->name : std::string(c); }
std::string Catalogue::entry_name(std::string_view code) const {
  const Entry* last = nullptr;
  for (const Entry& e : entries_)
    if (e.code == code && (!last || last->valid_from < e.valid_from)) last = &e;
  return last ? last->name : std::string(code);
}

std::pair<Date, Date> Catalogue::force_year(int y) const {
  Date start = *Date::from_ymd(y - 1, force_month_, force_day_);
  return {start, Date::from_ymd(y, force_month_, force_day_)->add_days(-1)};
}

emulation::TitleCatalogue registration_titles(const Catalogue& cat) {
  json titles = json::array();
  for (const auto& e : cat.entries())
    if (e.registrable)
      titles.push_back({{"code", e.code}, {"name", e.name}, {"level", e.level}, {"rank", e.rank},
                        {"valid_from", e.valid_from.iso()}, {"valid_to", e.valid_to ? json(e.valid_to->iso()) : json()},
                        {"basis", e.basis}, {"criteria", e.criteria}});
  return emulation::TitleCatalogue::from_json({{"version", cat.version()}, {"titles", titles}});
}

json to_json(const Condition& c) {
  json o = {{"code", c.code}, {"kind", c.kind}};
  if (!c.name.empty()) o["name"] = c.name;
  if (!c.title.empty()) o["title"] = c.title;
  if (!c.at_least.empty()) o["at_least"] = c.at_least;
  if (!c.min_form.empty()) o["min_form"] = c.min_form;
  if (!c.min_scope.empty()) o["min_scope"] = c.min_scope;
  const std::string& k = c.kind;
  if (k == "consecutive_titles" || k == "consecutive_classification" || k == "initiative" || k == "title_in_years" ||
      k == "members_title_count")
    o["count"] = c.count;
  if (k == "no_discipline" || k == "members_no_discipline") o["look_back_years"] = c.look_back_years;
  if (k == "initiative" || k == "title_in_years") o["within_years"] = c.within_years;
  if (k == "years_of_service") {
    o["years"] = c.years;
    if (c.women_years) o["women_years"] = c.women_years;
    if (c.hardship_factor > 1) o["hardship_factor"] = c.hardship_factor;
  }
  if (k == "months_active") o["min"] = c.min;
  if (c.min_pct > 0) {
    o["min_pct"] = c.min_pct;
    o["strict"] = c.strict;
  }
  if (!c.of.empty()) {
    o["of"] = json::array();
    for (const auto& s : c.of) o["of"].push_back(to_json(s));
  }
  return o;
}

json to_json(const Entry& e) {
  json conds = json::array();
  for (const auto& c : e.conditions) conds.push_back(to_json(c));
  json q;
  if (e.quota) {
    q = {{"kind", e.quota->kind}, {"max_pct", e.quota->max_pct}};
    if (!e.quota->title.empty()) q["title"] = e.quota->title;
    if (!e.quota->level.empty()) q["level"] = e.quota->level;
  }
  return {{"code", e.code},
          {"name", e.name},
          {"kind", e.kind},
          {"level", e.level},
          {"rank", e.rank},
          {"valid_from", e.valid_from.iso()},
          {"valid_to", e.valid_to ? json(e.valid_to->iso()) : json()},
          {"registrable", e.registrable},
          {"consultation", e.consultation},
          {"granted_by", e.granted_by},
          {"cash_multiple", e.cash_multiple},
          {"council_approval_pct", e.council_approval_pct},
          {"classification", e.classification ? json(*e.classification) : json()},
          {"basis", e.basis},
          {"criteria", e.criteria},
          {"conditions", conds},
          {"quota", q}};
}

// ---- base salary ----

BaseSalary BaseSalary::from_json(const json& j) {
  only_keys(j, {"version", "description", "rounding_vnd", "items"}, "base-salary");
  BaseSalary b;
  b.rounding_ = integer(j, "rounding_vnd", "base-salary", 10000, 1, 1000000);
  if (!j.contains("items") || !j["items"].is_array() || j["items"].empty()) bad("base-salary", "cần items");
  for (size_t i = 0; i < j["items"].size(); ++i) {
    const json& o = j["items"][i];
    std::string where = "base-salary.items[" + std::to_string(i) + "]";
    only_keys(o, {"valid_from", "vnd", "basis"}, where);
    SalaryStep s;
    s.valid_from = date(o, "valid_from", where);
    if (!o.contains("vnd") || !o["vnd"].is_number_integer() || o["vnd"].get<int64_t>() <= 0) bad(where, "vnd là số nguyên dương");
    s.vnd = o["vnd"].get<int64_t>();
    s.basis = str(o, "basis", where);
    if (!b.steps_.empty() && !(b.steps_.back().valid_from < s.valid_from)) bad(where, "valid_from phải tăng dần");
    b.steps_.push_back(std::move(s));
  }
  return b;
}

const SalaryStep& BaseSalary::on(Date d) const {
  const SalaryStep* found = nullptr;
  for (const auto& s : steps_)
    if (s.valid_from <= d) found = &s;
  if (!found) throw Error::Invalid("Không có mức lương cơ sở cho ngày " + d.vn(), "date");
  return *found;
}

int64_t BaseSalary::cash(double multiple, Date d) const {
  if (multiple <= 0) return 0;
  // Integer arithmetic on thousandths of the multiple avoids 0.3 × 2,340,000 landing a dong above.
  int64_t milli = std::llround(multiple * 1000);
  int64_t raw = (on(d).vnd * milli + 999) / 1000;
  return (raw + rounding_ - 1) / rounding_ * rounding_;
}

// ---- records ----


namespace {
// blocks() with the forms' ranks found (`form_rank`: d's form, `min_rank`: the condition's).
// A discipline dated `dy`/`month` (1–12), of `term_months`, under review or of form rank `form_rank`.
bool blocks_ranked(int dy, int month, int term_months, bool under_review, int form_rank, int min_rank, int look_back_years,
                   int year) {
  if (dy > year) return false;  // after the year considered
  if (under_review) return dy > year - look_back_years;
  if (form_rank < min_rank) return false;
  if (dy > year - look_back_years) return true;
  // A term that runs into the year blocks it too.
  int end_month = month - 1 + term_months;
  int end_year = dy + end_month / 12;
  return end_year >= year;
}
bool blocks_ranked(const Discipline& d, int form_rank, int min_rank, int look_back_years, int year) {
  return blocks_ranked(d.date.year(), d.date.month(), d.term_months, d.under_review, form_rank, min_rank, look_back_years, year);
}
}  // namespace

bool blocks(const Catalogue& cat, const Discipline& d, const std::string& min_form, int look_back_years, int year) {
  return blocks_ranked(d, cat.form_rank(d.form), cat.form_rank(min_form), look_back_years, year);
}

namespace {

enum Op : int {
  kNone = 0, kClassification, kConsecutiveClassification, kTitleInYear, kTitleInYears, kConsecutiveTitles, kInitiative,
  kAnyOf, kNoDiscipline, kMembersShare, kMembersClassification, kMembersTitleCount, kMembersNoDiscipline,
  kYearsOfService, kGroupLeader, kMonthsActive, kNoComplaint, kDutiesShare, kLeaderNotAboveTeam
};

int op_of(const std::string& kind) {
  auto it = std::find(kConditionKinds.begin(), kConditionKinds.end(), kind);
  return it == kConditionKinds.end() ? kNone : static_cast<int>(it - kConditionKinds.begin()) + 1;
}

// Zero-filled memory for one Evaluator's columns, taken from the kernel in large pieces that are
// transparent huge pages where the system allows them (madvise) and given back all at once: a
// national run writes some megabytes of fresh columns, and page by page each first touch of
// fresh memory is a fault, which cost more than the engine's work on a loaded machine.
// Untouched memory costs nothing.
class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena() {
    for (const auto& [p, n] : chunks_) munmap(p, n);
  }
  void hint(size_t bytes) { next_chunk_ = std::max(next_chunk_, bytes); }
  // What it has mapped (touched or not).
  size_t mapped() const {
    size_t n = 0;
    for (const auto& [p, size] : chunks_) n += size;
    return n;
  }
  template <class T>
  T* zeroed(size_t n) {
    static_assert(std::is_trivially_destructible_v<T>);
    return static_cast<T*>(bytes(std::max<size_t>(n, 1) * sizeof(T)));
  }

 private:
  static constexpr size_t kHuge = size_t{2} << 20;
  void* bytes(size_t n) {
    n = (n + 63) & ~size_t{63};
    if (n > left_) grow(n);
    void* p = next_;
    next_ += n;
    left_ -= n;
    return p;
  }
  void grow(size_t n) {
    if (std::max(n, next_chunk_) < kHuge) {  // a small list (a unit's page): ordinary pages
      const size_t size = (std::max(n, next_chunk_) + 4095) & ~size_t{4095};
      next_chunk_ = 2 * size;
      void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (p == MAP_FAILED) throw std::bad_alloc();
      chunks_.emplace_back(p, size);
      next_ = static_cast<char*>(p);
      left_ = size;
      return;
    }
    const size_t size = (std::max(n, next_chunk_) + kHuge - 1) & ~(kHuge - 1);
    next_chunk_ = std::min(2 * size, size_t{256} << 20);
    const size_t mapped = size + kHuge;  // room to start on a huge page's boundary
    void* p = mmap(nullptr, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) throw std::bad_alloc();
    chunks_.emplace_back(p, mapped);
    char* at = reinterpret_cast<char*>((reinterpret_cast<uintptr_t>(p) + kHuge - 1) & ~(kHuge - 1));
    madvise(at, size, MADV_HUGEPAGE);  // a hint: without huge pages the memory is the same
    next_ = at;
    left_ = size;
  }
  std::vector<std::pair<void*, size_t>> chunks_;
  char* next_ = nullptr;
  size_t left_ = 0, next_chunk_ = 16384;
};

// A fixed-size array in an Arena (zero-filled when taken): room for `cap`, `n` in use.
template <class T>
struct Column {
  T* data = nullptr;
  size_t n = 0, cap = 0;
  void take(Arena& a, size_t count) { data = a.zeroed<T>(count), n = 0, cap = count; }
  // Past the room taken is a bug of whoever sized the column (storage sizes it from the rows it
  // read): an assertion in a debug build, an internal error (500, nothing written) in release —
  // never a write past the end.
  void push_back(const T& v) {
    assert(n < cap && "Column::push_back past the room taken");
    if (n >= cap) [[unlikely]]
      throw Error(ErrorCode::kInternal, "Cột dữ liệu khen thưởng đầy: " + std::to_string(cap) + " phần tử");
    data[n++] = v;
  }
  bool full() const { return n >= cap; }
  size_t size() const { return n; }
  bool empty() const { return n == 0; }
  T* begin() const { return data; }
  T* end() const { return data + n; }
  T& operator[](size_t i) const { return data[i]; }
  T& front() const { return data[0]; }
  T& back() const { return data[n - 1]; }
};

// A subject's facts of a year, read once from its record's maps: the titles it holds as bits (the
// catalogue's code i is bit i, for the first 32 codes), its classification's rank, whether it
// was rated. A year read for every subject in one pass (Year::filled) has every cell read: a zero
// cell there is "not rated, no title" (missing, never a level); in other years a cell is read on
// first need (kRead).
struct Cell {
  uint32_t titles;
  uint8_t rank;  // when rated: 1 + the level's rank (1: a level the catalogue lacks); else 0
  uint8_t flags;
  uint8_t duties_done, duties_total;  // kTeamYear: a grassroots team's year
};
// kTeamYear: the team's year is on record (kComplaint: under complaint); kTeamOdd: its figures do
// not fit a byte, read them from the record.
constexpr uint8_t kRead = 1, kRated = 2, kTeamYear = 4, kComplaint = 8, kTeamOdd = 16;
constexpr int kTitleBits = 32;

// What the conditions read of a subject beyond its years, as a flat column read with the cells
// (the records' own nodes are not visited again when a list is answered).
// A discipline as blocks_ranked() reads it (its form's rank found), kept with the facts.
struct Sanction {
  int16_t year = 0, term_months = 0;
  uint8_t month = 0, form_rank = 0, under_review = 0;
};
struct Facts {
  int32_t service_days = 0;  // kHasService: the first day of service (Date::days)
  int32_t active_days = 0;   // kHasActive: a unit's start
  int32_t hardship_years = 0;
  uint8_t flags = 0;
  // kDisciplined: its disciplines when there are at most kSanctions that fit (else 0: read the
  // record's), so that "blocked by discipline" reads no record.
  uint8_t sanctions = 0;
  int64_t team_id = 0;  // kHasTeam: a grassroots member's team
  static constexpr int kSanctions = 2;
  Sanction sanction[kSanctions];
};
constexpr uint8_t kDisciplined = 1, kInitiatives = 2, kWoman = 4, kHasService = 8, kHasActive = 16, kTeamLeader = 32,
                  kHasTeam = 64;

// What a unit's people are counted for (Evaluator::State::count), with its parameter.
enum Count : uint64_t { kCountPeople = 1, kCountTitle, kCountRank, kCountDisciplined };
// 0 (never remembered) for a title the catalogue lacks.
uint64_t count_key(Count what, int64_t param) { return param < 0 ? 0 : (static_cast<uint64_t>(what) << 48) | static_cast<uint64_t>(param); }

// A record's facts (its fields beyond the years).
Facts facts_of(const SubjectRecord& s) {
  Facts f;
  f.flags = static_cast<uint8_t>((s.discipline.empty() ? 0 : kDisciplined) | (s.initiatives.empty() ? 0 : kInitiatives) |
                                 (s.sex && *s.sex == "nu" ? kWoman : 0) | (s.team_role && *s.team_role == "to_truong" ? kTeamLeader : 0));
  if (s.service_from) f.flags |= kHasService, f.service_days = s.service_from->days();
  if (s.active_from) f.flags |= kHasActive, f.active_days = s.active_from->days();
  if (s.team_id) f.flags |= kHasTeam, f.team_id = *s.team_id;
  f.hardship_years = s.hardship_years;
  return f;
}

// A record's facts with its disciplines kept (their forms ranked by `form_rank`).
template <class FormRank>
Facts facts_of(const SubjectRecord& s, FormRank&& form_rank) {
  Facts f = facts_of(s);
  if (s.discipline.empty() || s.discipline.size() > Facts::kSanctions) return f;
  for (const Discipline& d : s.discipline) {
    const int y = d.date.year();
    if (y < -32000 || y > 32000 || d.term_months < 0 || d.term_months > 32000) return f;  // read from the record
  }
  for (const Discipline& d : s.discipline) {
    Sanction& x = f.sanction[f.sanctions++];
    x.year = static_cast<int16_t>(d.date.year());
    x.month = static_cast<uint8_t>(d.date.month());
    x.term_months = static_cast<int16_t>(d.term_months);
    x.under_review = d.under_review ? 1 : 0;
    x.form_rank = static_cast<uint8_t>(std::clamp(form_rank(d.form), 0, 255));
  }
  return f;
}

// A grassroots team's year into its cell.
void put_team_year(Cell& c, const TeamYear& t) {
  c.flags |= kTeamYear | (t.under_complaint ? kComplaint : 0);
  if (t.duties_done < 0 || t.duties_done > 255 || t.duties_total < 0 || t.duties_total > 255) c.flags |= kTeamOdd;
  c.duties_done = static_cast<uint8_t>(t.duties_done);
  c.duties_total = static_cast<uint8_t>(t.duties_total);
}

// The catalogue's codes as the cells keep them: a level's rank, a title's bit.
struct Codes {
  std::vector<std::pair<std::string_view, int>> level_ranks, form_ranks, scope_ranks;  // (code, rank)
  std::unordered_map<std::string_view, int> code_ids;          // a title code → its bit
  explicit Codes(const Catalogue& cat) {
    for (const auto& l : cat.levels()) level_ranks.emplace_back(l.code, l.rank);
    for (const auto& f : cat.discipline_forms()) form_ranks.emplace_back(f.code, f.rank);
    for (const auto& x : cat.scopes()) scope_ranks.emplace_back(x.code, x.rank);
    for (size_t i = 0; i < cat.codes().size(); ++i) code_ids.emplace(cat.codes()[i], static_cast<int>(i));
  }
  static int rank_in(const std::vector<std::pair<std::string_view, int>>& ranks, const std::string& code) {
    for (const auto& [c, r] : ranks)
      if (c.size() == code.size() && std::memcmp(c.data(), code.data(), c.size()) == 0) return r;
    return 0;
  }
  int level_rank(const std::string& code) const { return rank_in(level_ranks, code); }
  int form_rank(const std::string& code) const { return rank_in(form_ranks, code); }
  int scope_rank(const std::string& code) const { return rank_in(scope_ranks, code); }
  uint32_t title_bit(const std::string& code) const {
    auto f = code_ids.find(code);
    return f != code_ids.end() && f->second < kTitleBits ? 1u << f->second : 0;
  }
};

// The only writers of a cell (ColumnsBuilder's rows, a year read from a record's maps on need):
// a level (an empty one is no level: not rated), a title held.
void put_level(Cell& c, const Codes& codes, const std::string& code) {
  if (code.empty()) return;
  c.rank = static_cast<uint8_t>(1 + codes.level_rank(code));
  c.flags |= kRated;
}
void put_title(Cell& c, const Codes& codes, const std::string& code) { c.titles |= codes.title_bit(code); }
// A record's year `y` from its maps.
void put_year(Cell& c, const Codes& codes, const SubjectRecord& s, int y) {
  if (auto l = s.classification.find(y); l != s.classification.end()) put_level(c, codes, l->second);
  if (auto t = s.titles.find(y); t != s.titles.end())
    for (const auto& code : t->second) put_title(c, codes, code);
  if (auto t = s.team_years.find(y); t != s.team_years.end()) put_team_year(c, t->second);
}

// 1 + the slot of an id by id − first (0: none), when the ids are dense enough (database ids are).
bool dense_enough(size_t n, int64_t first, int64_t last) {
  return n > 0 && static_cast<uint64_t>(last - first) + 1 <= 4 * n + 1024;
}
template <class P>
void index_by_id(Arena& a, const Column<P>& ids, Column<int32_t>& out, int64_t& first) {
  first = ids.front().first;
  const size_t span = static_cast<size_t>(ids.back().first - first) + 1;
  out.take(a, span);
  out.n = span;
  for (size_t i = 0; i < ids.size(); ++i) out[static_cast<size_t>(ids[i].first - first)] = static_cast<int32_t>(i + 1);
}

}  // namespace

// What ColumnsBuilder gathers, read by the Evaluator instead of its pass over the maps.
class RecordColumns {
 public:
  const Catalogue* cat = nullptr;
  Arena arena;  // every column below
  Column<std::pair<int64_t, const SubjectRecord*>> people, units;  // by slot, each in id order
  Column<Facts> facts;                                             // per slot (people, then units)
  Column<int32_t> person_slot;  // 1 + a person's slot by id − first_person (empty: searched)
  int64_t first_person = 0;
  int first = 0, last = -1;  // the years of `cells`
  bool nothing_before = false;
  std::vector<Cell*> cells;  // per year first..last: a cell per slot (nullptr: nobody's)
  Column<int32_t> unit_slot;  // 1 + a unit's index among the units by id − first_unit (empty: searched)
  int64_t first_unit = 0;
  // Each unit's people of each year first..last as people's slots (SubjectRecord::members found
  // among the people once, when the columns are finished): unit i's of year y are
  // member_slots[member_start[k] .. member_start[k + 1]), k = i × years + (y − first). Empty
  // (member_start.empty()): read the records' maps. A unit's people change only with the
  // registry's postings, after which the held columns are built again (never refresh_columns).
  Column<uint32_t> member_start;
  Column<int32_t> member_slots;
  // Each person's "held or eligible" in the year `last` for the titles a unit's conditions count of
  // its people (members_share, members_title_count) — those answered from the person's own record
  // alone — per title (its code index): a byte a person's slot as the engine's memo keeps it (1 no,
  // 2 yes, 0 not known). Written by hold_counted when the columns are built and, for the people a
  // write changed, by refresh_columns; an Evaluator starts with them as its memos.
  std::vector<std::pair<int, Column<uint8_t>>> counted;
  // Each unit's counts of its people in the year `last`, as the engine's memos keep them (1 + the
  // count, 0 not known; an int a unit's index among the units), per count (count_key) of those a
  // unit's conditions ask that read the people's own records alone: the people, their levels,
  // their disciplines, a title among `counted`. Written by hold_counted with `counted` and, for the
  // units of the people a write changed, by refresh_columns; an Evaluator starts with them as its
  // memos, so a list of units walks none of their people.
  std::vector<std::pair<uint64_t, Column<int32_t>>> unit_counts;
  // Each unit's people of the year `last` with a discipline on record (their facts' kDisciplined),
  // in the order of its people: unit i's are disciplined_slots[disciplined_start[i] ..
  // disciplined_start[i + 1]) — what a unit's sentence of its people's discipline reads instead of
  // walking all its people. Empty: not held (walk them). Written by hold_counted, again after a
  // write (refresh_columns: the people's facts written first).
  std::vector<uint32_t> disciplined_start;
  std::vector<int32_t> disciplined_slots;
  bool disciplined_of(size_t u, int y, const int32_t** from, const int32_t** to) const {
    if (disciplined_start.empty() || y != last || u + 1 >= disciplined_start.size()) return false;
    *from = disciplined_slots.data() + disciplined_start[u];
    *to = disciplined_slots.data() + disciplined_start[u + 1];
    return true;
  }
  // The people of unit `u` (its index among the units) in `y`, or false when not held here.
  bool members_of(size_t u, int y, const int32_t** from, const int32_t** to) const {
    if (member_start.empty() || y < first || y > last) return false;
    const size_t k = u * static_cast<size_t>(last - first + 1) + static_cast<size_t>(y - first);
    *from = member_slots.data + member_start[k];
    *to = member_slots.data + member_start[k + 1];
    return true;
  }
};

namespace {
// A subject by id: through the columns' dense index when they describe these maps (their first and
// last slots are these maps' nodes: not a copy's; a request over held records looks every subject
// of its list up), else in the map.
// `*slot_out` (when asked): the record's slot in the columns, -1 when found in the map.
const SubjectRecord* find_record(const Records& r, bool unit, int64_t id, int32_t* slot_out = nullptr) {
  if (slot_out) *slot_out = -1;
  const auto& m = unit ? r.units : r.people;
  if (const RecordColumns* c = r.columns.get(); c && !m.empty()) {
    const auto& v = unit ? c->units : c->people;
    const Column<int32_t>& slot = unit ? c->unit_slot : c->person_slot;
    if (!slot.empty() && v.size() == m.size() && v.front().second == &m.begin()->second &&
        v.back().second == &m.rbegin()->second) {
      const int64_t first = unit ? c->first_unit : c->first_person;
      if (id < first || static_cast<uint64_t>(id - first) >= slot.size()) return nullptr;
      const int32_t at = slot[static_cast<size_t>(id - first)];
      if (at && slot_out) *slot_out = (unit ? static_cast<int32_t>(c->people.size()) : 0) + at - 1;
      return at ? v[static_cast<size_t>(at - 1)].second : nullptr;
    }
  }
  auto it = m.find(id);
  return it == m.end() ? nullptr : &it->second;
}
}  // namespace

const SubjectRecord* Records::person(int64_t id) const { return find_record(*this, false, id); }
const SubjectRecord* Records::unit(int64_t id) const { return find_record(*this, true, id); }
const SubjectRecord* Records::person(int64_t id, int32_t* slot) const { return find_record(*this, false, id, slot); }
const SubjectRecord* Records::unit(int64_t id, int32_t* slot) const { return find_record(*this, true, id, slot); }

struct ColumnsBuilder::Impl {
  std::shared_ptr<RecordColumns> c = std::make_shared<RecordColumns>();
  Codes codes;
  Column<Facts> person_facts, unit_facts;  // phase 1, by index
  bool fixed = false, ok = true;
  Impl(const Catalogue& cat, int first, int last, bool nothing_before) : codes(cat) {
    c->cat = &cat;
    c->first = first, c->last = std::max(last, first - 1), c->nothing_before = nothing_before;
    c->cells.assign(static_cast<size_t>(c->last - c->first + 1), nullptr);
  }
  size_t slot(const Found& f) const { return f.unit ? c->people.size() + f.index : f.index; }
  // The subjects are all in: their facts into one column, their ids indexed.
  void fix() {
    fixed = true;
    const size_t np = c->people.size(), nu = c->units.size();
    c->facts.take(c->arena, np + nu);
    c->facts.n = np + nu;
    if (np) std::memcpy(c->facts.data, person_facts.data, np * sizeof(Facts));
    if (nu) std::memcpy(c->facts.data + np, unit_facts.data, nu * sizeof(Facts));
    if (np && dense_enough(np, c->people.front().first, c->people.back().first))
      index_by_id(c->arena, c->people, c->person_slot, c->first_person);
    if (nu && dense_enough(nu, c->units.front().first, c->units.back().first))
      index_by_id(c->arena, c->units, c->unit_slot, c->first_unit);
  }
  // Every unit's people of the years held, as slots (after fix(): the people are all in).
  void member_slots() {
    RecordColumns& r = *c;
    const size_t nu = r.units.size(), years = static_cast<size_t>(r.last - r.first + 1);
    if (!nu || !years) return;
    size_t total = 0;
    for (size_t i = 0; i < nu; ++i)
      for (auto it = r.units[i].second->members.lower_bound(r.first); it != r.units[i].second->members.end() && it->first <= r.last; ++it)
        total += it->second.size();
    r.member_start.take(r.arena, nu * years + 1);
    r.member_start.n = nu * years + 1;
    r.member_slots.take(r.arena, total);
    for (size_t i = 0; i < nu; ++i) {
      const SubjectRecord& u = *r.units[i].second;
      for (size_t k = 0; k < years; ++k) {
        r.member_start[i * years + k] = static_cast<uint32_t>(r.member_slots.size());
        auto it = u.members.find(r.first + static_cast<int>(k));
        if (it == u.members.end()) continue;
        for (int64_t id : it->second) {
          const Found f = find(id, false);
          if (f) r.member_slots.push_back(static_cast<int32_t>(f.index));  // someone not among the people: skipped
        }
      }
    }
    r.member_start[nu * years] = static_cast<uint32_t>(r.member_slots.size());
  }
  Found find(int64_t id, bool unit) {
    if (!fixed) fix();  // before the index is read
    const auto& ids = unit ? c->units : c->people;
    const Column<int32_t>& dense = unit ? c->unit_slot : c->person_slot;
    const int64_t first = unit ? c->first_unit : c->first_person;
    int i = -1;
    if (!dense.empty()) {
      if (id >= first && static_cast<uint64_t>(id - first) < dense.size()) i = dense[static_cast<size_t>(id - first)] - 1;
    } else {
      auto it = std::lower_bound(ids.begin(), ids.end(), id, [](const auto& a, int64_t b) { return a.first < b; });
      if (it != ids.end() && it->first == id) i = static_cast<int>(it - ids.begin());
    }
    if (i < 0) return {};
    return {const_cast<SubjectRecord*>(ids[static_cast<size_t>(i)].second), static_cast<uint32_t>(i), unit};
  }
  Cell* cell(const Found& f, int year) {
    if (!f || year < c->first || year > c->last) return nullptr;
    if (!fixed) fix();
    Cell*& cells = c->cells[static_cast<size_t>(year - c->first)];
    if (!cells) cells = c->arena.zeroed<Cell>(c->people.size() + c->units.size());
    return &cells[slot(f)];
  }
};

ColumnsBuilder::ColumnsBuilder(const Catalogue& cat, int first, int last, bool nothing_before)
    : im_(std::make_unique<Impl>(cat, first, last, nothing_before)) {}
ColumnsBuilder::~ColumnsBuilder() = default;

void ColumnsBuilder::reserve(size_t people, size_t units) {
  RecordColumns& c = *im_->c;
  c.arena.hint((people + units) * (2 * sizeof(c.people[0]) + 2 * sizeof(Facts) + 12 * sizeof(Cell) + 16));
  c.people.take(c.arena, people);
  c.units.take(c.arena, units);
  im_->person_facts.take(c.arena, people);
  im_->unit_facts.take(c.arena, units);
}

ColumnsBuilder::Found ColumnsBuilder::add(SubjectRecord& r) {
  Impl& im = *im_;
  const bool unit = r.kind == "unit";
  auto& ids = unit ? im.c->units : im.c->people;
  if (im.fixed || (!ids.empty() && ids.back().first >= r.id)) im.ok = false;  // not in id order: no columns
  if (!im.ok) return {&r, 0, unit};
  ids.push_back({r.id, &r});  // past reserve(): an internal error, never a write out of bounds
  (unit ? im.unit_facts : im.person_facts).push_back(facts_of(r, [&](const std::string& f) { return im.codes.form_rank(f); }));
  return {&r, static_cast<uint32_t>(ids.size() - 1), unit};
}

ColumnsBuilder::Found ColumnsBuilder::person(int64_t id) { return im_->find(id, false); }
ColumnsBuilder::Found ColumnsBuilder::unit(int64_t id) { return im_->find(id, true); }

void ColumnsBuilder::facts(const Found& f) {
  Impl& im = *im_;
  if (!f || !im.ok) return;
  const Facts x = facts_of(*f.record, [&](const std::string& form) { return im.codes.form_rank(form); });
  if (im.fixed) im.c->facts[im.slot(f)] = x;
  else (f.unit ? im.unit_facts : im.person_facts)[f.index] = x;
}

void ColumnsBuilder::level(const Found& f, int year, const std::string& code) {
  if (code.empty() || !im_->ok) return;  // an empty level is no level: not rated
  if (Cell* c = im_->cell(f, year)) put_level(*c, im_->codes, code);
}

void ColumnsBuilder::title(const Found& f, int year, const std::string& code) {
  if (!im_->ok) return;
  if (Cell* c = im_->cell(f, year)) put_title(*c, im_->codes, code);
}

void ColumnsBuilder::team_year(const Found& f, int year, const TeamYear& t) {
  if (!im_->ok) return;
  if (Cell* c = im_->cell(f, year)) put_team_year(*c, t);
}

bool ColumnsBuilder::usable() const { return im_->ok; }

std::shared_ptr<const RecordColumns> ColumnsBuilder::finish() {
  if (!im_->ok) return nullptr;
  if (!im_->fixed) im_->fix();
  im_->member_slots();
  return std::move(im_->c);
}

namespace {
// RecordColumns::disciplined_* of `c` from its people of the last year and their facts.
void hold_disciplined(RecordColumns& c) {
  c.disciplined_start.clear();
  c.disciplined_slots.clear();
  if (c.member_start.empty() || c.last < c.first) return;
  const size_t nu = c.units.size(), years = static_cast<size_t>(c.last - c.first + 1), k = years - 1;
  c.disciplined_start.reserve(nu + 1);
  for (size_t u = 0; u < nu; ++u) {
    c.disciplined_start.push_back(static_cast<uint32_t>(c.disciplined_slots.size()));
    for (uint32_t j = c.member_start[u * years + k]; j < c.member_start[u * years + k + 1]; ++j)
      if (c.facts[static_cast<size_t>(c.member_slots[j])].flags & kDisciplined) c.disciplined_slots.push_back(c.member_slots[j]);
  }
  c.disciplined_start.push_back(static_cast<uint32_t>(c.disciplined_slots.size()));
}
// RecordColumns::counted of `rec`'s columns `c`: every person's (`people` nullptr) or those people's
// (their slots) answers written (defined after the engine).
void hold_counted(const Records& rec, RecordColumns& c, const std::vector<size_t>* people);
}  // namespace

bool refresh_columns(Records& rec, const std::vector<const SubjectRecord*>& changed) {
  auto* c = const_cast<RecordColumns*>(rec.columns.get());
  if (!c || !c->cat) return false;
  std::vector<std::pair<size_t, const SubjectRecord*>> slots;
  for (const SubjectRecord* s : changed) {
    const bool unit = s->kind == "unit";
    const auto& ids = unit ? c->units : c->people;
    auto it = std::lower_bound(ids.begin(), ids.end(), s->id, [](const auto& a, int64_t b) { return a.first < b; });
    if (it == ids.end() || it->first != s->id || it->second != s) return false;
    const size_t i = static_cast<size_t>(it - ids.begin());
    slots.emplace_back(unit ? c->people.size() + i : i, s);
  }
  const Codes codes(*c->cat);
  const size_t n = c->people.size() + c->units.size();
  for (const auto& [slot, s] : slots) {
    c->facts[slot] = facts_of(*s, [&](const std::string& form) { return codes.form_rank(form); });
    for (int y = c->first; y <= c->last; ++y) {
      Cell*& cells = c->cells[static_cast<size_t>(y - c->first)];
      Cell fresh{0, 0, 0, 0, 0};
      put_year(fresh, codes, *s, y);
      if (!cells) {
        if (!fresh.titles && !fresh.flags) continue;  // nobody's cells that year, and none now
        cells = c->arena.zeroed<Cell>(n);
      }
      cells[slot] = fresh;
    }
  }
  // The held answers of the people written: their own records changed.
  std::vector<size_t> people;
  for (const auto& [slot, s] : slots)
    if (slot < c->people.size()) people.push_back(slot);
  if (!people.empty() && !c->disciplined_start.empty()) hold_disciplined(*c);  // their facts as written now
  if (!people.empty() && (!c->counted.empty() || !c->unit_counts.empty())) hold_counted(rec, *c, &people);
  return true;
}

size_t columns_bytes(const Records& rec) {
  if (!rec.columns) return 0;
  const RecordColumns& c = *rec.columns;
  return c.arena.mapped() + c.disciplined_start.capacity() * sizeof(uint32_t) + c.disciplined_slots.capacity() * sizeof(int32_t);
}

int64_t stream_columns(const Records& rec) {
  const RecordColumns* c = rec.columns.get();
  if (!c) return 0;
  int64_t sum = 0;
  for (const auto& [id, s] : c->people) sum += id;
  for (const auto& [id, s] : c->units) sum += id;
  for (const Facts& f : c->facts) sum += f.service_days + f.active_days + f.hardship_years + f.flags + f.team_id;
  const size_t n = c->people.size() + c->units.size();
  for (const Cell* cells : c->cells)
    if (cells)
      for (size_t i = 0; i < n; ++i) sum += cells[i].titles + cells[i].rank + cells[i].flags + cells[i].duties_done;
  for (uint32_t k : c->member_start) sum += k;
  for (int32_t m : c->member_slots) sum += m;
  return sum;
}

// The columns of records gathered without them (a record built in memory, records read without
// the catalogue): the same builder, fed from the records' maps in their (id) order, for the years
// first..last. Storage feeds it from its rows instead (CommendationRecords::records).
std::shared_ptr<const RecordColumns> build_columns(const Catalogue& cat, const Records& rec, int first, int last) {
  // The maps walked once (a node a subject, scattered on the heap): the rows' pass reads the
  // records through a flat list of them. Whether any record holds a year before `first` is seen
  // on the way (a map's first key): when none does, the years before are known empty, as storage
  // knows of what it did not read (nothing_before), and the engine reads no record's maps for them.
  std::vector<const SubjectRecord*> all;
  all.reserve(rec.people.size() + rec.units.size());
  bool before = false;
  auto gather = [&](const SubjectRecord& s) {
    all.push_back(&s);
    before = before || (!s.classification.empty() && s.classification.begin()->first < first) ||
             (!s.titles.empty() && s.titles.begin()->first < first) ||
             (!s.team_years.empty() && s.team_years.begin()->first < first);
  };
  for (const auto& [id, p] : rec.people) gather(p);
  for (const auto& [id, u] : rec.units) gather(u);
  ColumnsBuilder b(cat, first, last, !before);
  b.reserve(rec.people.size(), rec.units.size());
  // The builder keeps pointers it hands back to its feeder (storage writes through them); the
  // maps here are only read.
  for (const SubjectRecord* s : all) b.add(const_cast<SubjectRecord&>(*s));
  auto rows = [&](size_t from, size_t to, bool unit) {
    uint32_t i = 0;
    for (size_t k = from; k < to; ++k) {
      const SubjectRecord& s = *all[k];
      const ColumnsBuilder::Found f{const_cast<SubjectRecord*>(&s), i++, unit};
      for (auto it = s.classification.lower_bound(first); it != s.classification.end() && it->first <= last; ++it)
        b.level(f, it->first, it->second);
      for (auto it = s.titles.lower_bound(first); it != s.titles.end() && it->first <= last; ++it)
        for (const auto& code : it->second) b.title(f, it->first, code);
      for (auto it = s.team_years.lower_bound(first); it != s.team_years.end() && it->first <= last; ++it)
        b.team_year(f, it->first, it->second);
    }
  };
  rows(0, rec.people.size(), false);
  rows(rec.people.size(), all.size(), true);
  auto c = b.finish();
  if (!c) throw Error(ErrorCode::kInternal, "Không lập được cột dữ liệu khen thưởng");  // the maps are in id order: never
  hold_counted(rec, const_cast<RecordColumns&>(*c), nullptr);
  return c;
}

struct Evaluator::State {
  const Catalogue& cat;
  const Records& rec;
  int depth = 0;
  bool cut = false;  // an answer below was cut at the depth limit: not remembered
  bool use_index = true;  // false for a single sentence: the records' own lookups are enough

  Arena arena;  // every column below
  // The records as flat vectors sorted by id (people, then units), built on first need: a
  // subject's place is its slot (people first, then units) in every column below.
  Column<std::pair<int64_t, const SubjectRecord*>> people, units;
  // 1 + a person's slot by id − first id (0: none), when the ids are dense enough (database ids
  // are): a unit's people are then resolved without a search.
  Column<int32_t> person_slot;
  int64_t first_person = 0;
  bool indexed = false;
  std::shared_ptr<const Codes> codes;  // a level's rank and a title's bit
  Column<Facts> facts;  // per slot
  // The columns read: storage's (Records::columns) when they are of these records, else own_cols.
  const RecordColumns* cols = nullptr;
  std::shared_ptr<const RecordColumns> own_cols;  // built here from the maps (index())
  // How many years before the one asked the catalogue's conditions look at a subject's cells
  // (consecutive titles and levels, titles within N years): read in the same pass (fill_years).
  int look_back = 0;

  // Per year: the subjects' cells, and per slot (0 unknown, 1 no, 2 yes) "eligible for the
  // entry" and "holds the entry's title or is eligible for it", per entry of the catalogue; the
  // title versions in force; and counts over each unit's people (1 + the count, 0 unknown).
  struct Year {
    int year = 0;
    Cell* cells = nullptr;
    std::vector<uint8_t*> eligible, has;
    std::vector<const Entry*> version;
    std::vector<uint8_t> version_known;
    std::vector<std::pair<uint64_t, int32_t*>> counts;
    // The columns' counts of the units' people (RecordColumns::unit_counts: the columns' last year),
    // as `counts` keeps them, read before them (only read).
    std::vector<std::pair<uint64_t, const int32_t*>> held_counts;
    bool filled = false;  // the columns hold every subject's cell of the year
    int32_t first_day = 0, last_day = 0;      // 1/1 and 31/12 of the year (Date::days)
    int32_t force_first = 0, force_last = 0;  // the grassroots force's year (Catalogue::force_year)
    // Per title code (Catalogue::codes()): the "held or eligible" memo of its version in force
    // this year (`has` of that entry), found once (nullptr: not yet, or no version in force).
    std::vector<uint8_t*> has_of_title;
  };
  std::deque<Year> years;
  Year* by_year[64] = {};  // a year by y mod 64 (checked: another year there is looked for)
  int xuat_sac_rank = -1;

  // What a unit's people are counted for, and how (the tests of count()).
  struct CountSpec {
    uint64_t key = 0;  // count_key()
    Count what = kCountPeople;
    int title = -1, need = 0;  // kCountTitle: the title's code index; kCountRank: the level's rank
    const Condition* cond = nullptr;  // kCountTitle: its title's code; kCountDisciplined: form and look-back
  };
  // Per entry level (kLevels): every count its entries' conditions ask of a unit's people, so
  // that a unit's people are walked once for all of them; a condition's level (group_of).
  std::vector<std::vector<CountSpec>> count_groups;
  struct Counted {  // a member condition of the catalogue: its level and its own counts
    int level = 0, n = 0;
    CountSpec own[2];
  };
  std::unordered_map<const Condition*, Counted> group_of;
  // Per code (Catalogue::codes()): a condition or a quota asks "held or eligible" of it, so its
  // memos are read; per entry: its code's index.
  std::vector<uint8_t> asked;
  std::vector<int> entry_code;
  // Per entry with a quota: its detail's words around the figures (quota_words).
  std::unordered_map<const Entry*, std::pair<std::string, std::string>> quota_texts;

  State(const Catalogue& c, const Records& r) : cat(c), rec(r) {
    for (const auto& e : cat.entries())
      for (const auto& cond : e.conditions) look_back = std::max(look_back, years_back(cond));
    look_back = std::min(look_back, 30);
    asked.assign(cat.codes().size(), 0);
    count_groups.resize(kLevels.size());
    std::function<void(const Condition&, int)> walk = [&](const Condition& cond, int level) {
      if (cond.title_index >= 0) asked[static_cast<size_t>(cond.title_index)] = 1;
      for (const CountSpec& sp : specs_of(cond)) {
        auto& g = count_groups[static_cast<size_t>(level)];
        if (sp.key && std::none_of(g.begin(), g.end(), [&](const CountSpec& x) { return x.key == sp.key; })) g.push_back(sp);
        Counted& k = group_of[&cond];
        k.level = level;
        k.own[k.n++] = sp;
      }
      for (const auto& sub : cond.of) walk(sub, level);
    };
    for (const auto& e : cat.entries()) {
      const int level = static_cast<int>(std::find(kLevels.begin(), kLevels.end(), e.level) - kLevels.begin());
      for (const auto& cond : e.conditions) walk(cond, level);
      if (e.quota && e.quota->title_index >= 0) asked[static_cast<size_t>(e.quota->title_index)] = 1;
      entry_code.push_back(cat.code_index(e.code));
    }
  }
  // The counts condition `c` reads of a unit's people (none for another kind).
  std::vector<CountSpec> specs_of(const Condition& c) const {
    const int op = c.op ? c.op : op_of(c.kind);
    auto title = [&] { return c.title_index >= 0 ? c.title_index : cat.code_index(c.title); };
    const CountSpec people{count_key(kCountPeople, 0), kCountPeople, -1, 0, &c};
    switch (op) {
      case kMembersShare:
        return {people, {count_key(kCountTitle, title()), kCountTitle, title(), 0, &c}};
      case kMembersClassification: {
        const int need = c.at_least_rank ? c.at_least_rank : cat.level_rank(c.at_least);
        return {people, {count_key(kCountRank, need), kCountRank, -1, need, &c}};
      }
      case kMembersTitleCount:
        return {{count_key(kCountTitle, title()), kCountTitle, title(), 0, &c}};
      case kMembersNoDiscipline: {
        const int form = c.min_form_rank ? c.min_form_rank : cat.form_rank(c.min_form);
        return {{count_key(kCountDisciplined, (static_cast<int64_t>(form) << 16) | c.look_back_years), kCountDisciplined, -1, 0, &c}};
      }
      default:
        return {};
    }
  }
  static int years_back(const Condition& c) {
    int n = 0;
    const int op = c.op ? c.op : op_of(c.kind);
    if (op == kConsecutiveClassification || op == kConsecutiveTitles) n = c.count - 1;
    if (op == kTitleInYears) n = c.within_years - 1;
    for (const auto& sub : c.of) n = std::max(n, years_back(sub));
    return std::max(n, 0);
  }

  // Every record's slot (the records do not change while the Evaluator lives).
  size_t slots() const { return rec.people.size() + rec.units.size(); }
  const SubjectRecord& record_at(size_t slot) const {
    return slot < people.size() ? *people[slot].second : *units[slot - people.size()].second;
  }

  // Indexes the records on first need: their columns (slots, facts, the years' cells) are those
  // storage built as it read them (Records::columns) when they are of these records, else built
  // now from the records' maps by the same ColumnsBuilder, for the years first..last (a list's
  // year and the look-back before it; none for a single evaluation). A year the columns do not
  // hold is read cell by cell on need (cell()).
  void index(int first = 1, int last = 0) {
    if (indexed) return;
    if (!codes) codes = std::make_shared<const Codes>(cat);
    if (!adopt_columns(rec.columns.get())) {
      own_cols = build_columns(cat, rec, first, last);
      if (!adopt_columns(own_cols.get())) throw Error(ErrorCode::kInternal, "Cột dữ liệu khen thưởng không khớp hồ sơ");
    }
    indexed = true;
  }
  // Takes columns when they are of these records and this catalogue.
  bool adopt_columns(const RecordColumns* c) {
    if (!c || c->cat != &cat || c->people.size() != rec.people.size() || c->units.size() != rec.units.size()) return false;
    if (!rec.people.empty() && (c->people.front().second != &rec.people.begin()->second ||
                                c->people.back().second != &rec.people.rbegin()->second))
      return false;
    if (!rec.units.empty() &&
        (c->units.front().second != &rec.units.begin()->second || c->units.back().second != &rec.units.rbegin()->second))
      return false;
    cols = c;
    people = c->people, units = c->units, facts = c->facts, person_slot = c->person_slot;
    first_person = c->first_person;
    for (Year& d : years) from_columns(d);
    return true;
  }
  // A year the columns hold (or know to be empty) is filled from them: its cells are theirs, only
  // read.
  void from_columns(Year& d) {
    if (!cols || d.filled) return;
    if (d.year >= cols->first && d.year <= cols->last)
      d.cells = cols->cells[static_cast<size_t>(d.year - cols->first)], d.filled = true;
    else if (d.year < cols->first && cols->nothing_before)
      d.cells = nullptr, d.filled = true;
    if (d.year != cols->last) return;
    for (const auto& [title, held] : cols->counted) {  // the held answers as this engine's memos
      const Entry* v = cat.find_in_year(cat.codes()[static_cast<size_t>(title)], d.year);
      const int i = v ? entry_index(*v) : -1;
      if (i < 0 || held.size() > slots()) continue;
      uint8_t*& m = d.has[static_cast<size_t>(i)];
      if (!m) m = arena.zeroed<uint8_t>(slots());
      std::memcpy(m, held.data, held.size());
      d.has_of_title[static_cast<size_t>(title)] = m;
    }
    for (const auto& [key, held] : cols->unit_counts)  // the units' held counts, read where they are (count())
      if (held.size() == units.size()) d.held_counts.emplace_back(key, held.data);
  }
  const SubjectRecord* person_at(int64_t id, int* at) const {
    if (person_slot.empty()) return find(people, id, at);
    if (id < first_person || static_cast<uint64_t>(id - first_person) >= person_slot.size()) return nullptr;
    int i = person_slot[static_cast<size_t>(id - first_person)] - 1;
    if (i < 0) return nullptr;
    *at = i;
    return people[static_cast<size_t>(i)].second;
  }
  static const SubjectRecord* find(const Column<std::pair<int64_t, const SubjectRecord*>>& v, int64_t id, int* at) {
    auto it = std::lower_bound(v.begin(), v.end(), id, [](const auto& a, int64_t b) { return a.first < b; });
    if (it == v.end() || it->first != id) return nullptr;
    *at = static_cast<int>(it - v.begin());
    return it->second;
  }
  // The slot of `s`, or -1 when it is not one of the records (then nothing is remembered).
  const SubjectRecord* last = nullptr;  // the last subject looked up, and its slot
  int last_slot = -1;
  int slot_of(const SubjectRecord& s) {
    if (!use_index) return -1;
    if (&s == last) return last_slot;
    // Lists come in the records' order: the slot after the last one is tried before the record
    // is read.
    const size_t next = static_cast<size_t>(last_slot + 1);
    last = &s;
    if (indexed && last_slot >= 0 && next < slots() && &record_at(next) == &s) return last_slot = static_cast<int>(next);
    last_slot = find_slot(s);
    return last_slot;
  }
  int find_slot(const SubjectRecord& s) {  // by identity: a person's id may also be a unit's
    index();
    int at = -1;
    if (person_at(s.id, &at) == &s) return at;
    return find(units, s.id, &at) == &s ? static_cast<int>(people.size()) + at : -1;
  }
  bool is_unit_slot(int slot) const { return slot >= static_cast<int>(people.size()); }
  // The slot of `s`, given as `given` by whoever listed it (Records::person(id, slot): the
  // columns' place, this engine's when it reads the records' own columns): taken when it is that
  // subject's slot here, else looked up (slot_of).
  int slot_given(const SubjectRecord& s, int32_t given) {
    if (given >= 0 && cols && cols == rec.columns.get() && static_cast<size_t>(given) < slots() &&
        &record_at(static_cast<size_t>(given)) == &s)
      return given;
    return slot_of(s);
  }

  Year& year_of(int y) {
    Year* d = by_year[y & 63];
    if (d && d->year == y) [[likely]]
      return *d;
    return new_year(y);
  }
  Year& new_year(int y) {
    for (auto& d : years)
      if (d.year == y) return *(by_year[y & 63] = &d);
    Year& d = years.emplace_back();
    d.year = y;
    d.eligible.resize(cat.entries().size());
    d.has.resize(cat.entries().size());
    d.version.assign(cat.codes().size(), nullptr);
    d.version_known.assign(cat.codes().size(), 0);
    d.first_day = Date::from_ymd(y, 1, 1)->days();
    d.last_day = Date::from_ymd(y, 12, 31)->days();
    const auto [force_first, force_last] = cat.force_year(y);
    d.force_first = force_first.days(), d.force_last = force_last.days();
    d.has_of_title.assign(cat.codes().size(), nullptr);
    from_columns(d);
    return *(by_year[y & 63] = &d);
  }
  // A year's cells, allocated when the first is written or read (zero: nothing read yet).
  Cell* cells_of(Year& d) {
    if (!d.cells) [[unlikely]]
      d.cells = arena.zeroed<Cell>(slots());
    return d.cells;
  }
  // The cell of the subject at `slot` (≥ 0) for `y`: the columns' (index() first), or read from
  // its record on first need in a year they do not hold.
  const Cell& cell(const SubjectRecord& s, int slot, int y) {
    Year& d = year_of(y);
    static constexpr Cell none{0, 0, 0};  // a year read for everyone in which nobody has a record
    if (d.filled && !d.cells) return none;
    Cell& c = cells_of(d)[static_cast<size_t>(slot)];
    if (!d.filled && !(c.flags & kRead)) {
      put_year(c, *codes, s, y);
      c.flags |= kRead;
    }
    return c;
  }
  // Indexes the records with every subject's cells of `y` and the `look_back` years before it (a
  // list's first need) when their columns are built here.
  void fill_years(int y) {
    if (!use_index) return;
    index(y - look_back, y);
    for (int x = y - look_back; x <= y; ++x) year_of(x);  // marks those the columns hold
  }
  int entry_index(const Entry& e) const {
    const auto& v = cat.entries();
    std::less<const Entry*> before;
    if (v.empty() || before(&e, v.data()) || !before(&e, v.data() + v.size())) return -1;
    return static_cast<int>(&e - v.data());
  }
  // The memo cell of `s` (at `slot`) for `e` in `y`, or nullptr when nothing is remembered.
  uint8_t* memo(bool has, int slot, const Entry& e, int y) {
    if (slot < 0) return nullptr;
    int i = entry_index(e);
    if (i < 0) return nullptr;
    Year& d = year_of(y);
    uint8_t*& m = (has ? d.has : d.eligible)[static_cast<size_t>(i)];
    if (!m) m = arena.zeroed<uint8_t>(slots());
    return &m[static_cast<size_t>(slot)];
  }

  static const char* mark(bool met) { return met ? " ✓" : " ✗"; }

  int title_of(const Condition& c) const { return c.title_index >= 0 ? c.title_index : cat.code_index(c.title); }

  bool held(const SubjectRecord& s, int slot, int title, const std::string& code, int y) {
    if (slot >= 0 && title >= 0 && title < kTitleBits) return (cell(s, slot, y).titles >> title) & 1u;
    auto it = s.titles.find(y);
    return it != s.titles.end() && it->second.count(code);
  }

  // The version of title `code` (the catalogue's code `title`) in force in `y`.
  const Entry* entry(int title, const std::string& code, int y) {
    if (!use_index || title < 0) return cat.find_in_year(code, y);
    Year& d = year_of(y);
    if (!d.version_known[static_cast<size_t>(title)]) {
      d.version[static_cast<size_t>(title)] = cat.find_in_year(code, y);
      d.version_known[static_cast<size_t>(title)] = 1;
    }
    return d.version[static_cast<size_t>(title)];
  }

  // The memos may be shared by two States answering one list together (evaluate_lists): a cell is
  // read and written whole, and both write the same answer.
  template <class T>
  static T get(T* m) {
    return std::atomic_ref<T>(*m).load(std::memory_order_relaxed);
  }
  template <class T>
  static void put(T* m, T v) {
    std::atomic_ref<T>(*m).store(v, std::memory_order_relaxed);
  }
  static void put(uint8_t* m, bool yes) { put<uint8_t>(m, yes ? 2 : 1); }

  bool eligible_for(const SubjectRecord& s, int slot, const Entry& e, int y) {
    uint8_t* m = memo(false, slot, e, y);
    if (m)
      if (const uint8_t v = get(m)) return v == 2;
    bool was_cut = cut;
    cut = false;
    bool ok = true;
    for (const auto& c : e.conditions)
      if (!test(s, slot, c, y)) {
        ok = false;
        break;
      }
    if (m && !cut) put(m, ok);
    cut = cut || was_cut;
    return ok;
  }

  // Held, or (this year only) eligible now; `how` says which.
  // `slot`: s's slot when known (-2: look it up).
  bool has_or_eligible(const SubjectRecord& s, int title, const std::string& code, int y, const char** how = nullptr,
                       int slot = -2) {
    if (slot == -2) slot = slot_of(s);
    uint8_t* m = nullptr;
    const Entry* e = nullptr;  // the title's entry of the year, looked up once (and only when needed)
    bool looked_up = false;
    if (slot >= 0 && title >= 0) {  // the title's memo of the year, found once
      Year& d = year_of(y);
      uint8_t*& known = d.has_of_title[static_cast<size_t>(title)];
      if (!known) {
        e = entry(title, code, y);
        looked_up = true;
        if (e) known = memo(true, 0, *e, y);
      }
      if (known) {
        m = known + slot;
        if (const uint8_t v = get(m)) {
          if (how && v == 2) *how = held(s, slot, title, code, y) ? "đã được công nhận" : "đủ điều kiện năm nay";
          return v == 2;
        }
      }
    }
    if (!looked_up) e = entry(title, code, y);
    if (e && !m) {  // "held or eligible" is remembered per subject (a sentence says which, held or eligible)
      m = memo(true, slot, *e, y);
      if (m)
        if (const uint8_t v = get(m)) {
          if (how && v == 2) *how = held(s, slot, title, code, y) ? "đã được công nhận" : "đủ điều kiện năm nay";
          return v == 2;
        }
    }
    if (held(s, slot, title, code, y)) {
      if (how) *how = "đã được công nhận";
      if (m) put(m, true);
      return true;
    }
    if (!e) return false;
    if (depth > 4) {
      cut = true;
      return false;
    }
    bool was_cut = cut;
    cut = false;
    ++depth;
    bool ok = eligible_for(s, slot, *e, y);
    --depth;
    if (m && !cut) put(m, ok);
    cut = cut || was_cut;
    if (ok && how) *how = "đủ điều kiện năm nay";
    return ok;
  }

  int rank_in(const SubjectRecord& s, int y, int slot) {
    if (slot < 0) return cat.level_rank(level_of(s, y));
    const Cell& c = cell(s, slot, y);
    return c.rank ? c.rank - 1 : 0;
  }
  bool rated(const SubjectRecord& s, int y, int slot) {
    if (slot < 0) return !level_of(s, y).empty();
    return cell(s, slot, y).flags & kRated;
  }

  static const std::string& level_of(const SubjectRecord& s, int y) {
    static const std::string none;
    auto it = s.classification.find(y);
    return it == s.classification.end() ? none : it->second;
  }

  // Calls f(record, slot) for each of u's people of year `y` found in the records.
  template <class F>
  void each_member(const SubjectRecord& u, int slot, int y, F&& f) {
    const int32_t *from = nullptr, *to = nullptr;
    if (cols && slot >= 0 && is_unit_slot(slot) &&
        cols->members_of(static_cast<size_t>(slot) - people.size(), y, &from, &to)) {  // the held columns' slots
      for (const int32_t* at = from; at != to; ++at) f(*people[static_cast<size_t>(*at)].second, *at);
      return;
    }
    auto it = u.members.find(y);
    if (it == u.members.end()) return;
    if (use_index) index();
    for (int64_t id : it->second) {
      int at = -1;
      const SubjectRecord* p = use_index ? person_at(id, &at) : rec.person(id);
      if (p) f(*p, at);
    }
  }
  // Whether member `m` (at `at`) passes count `sp` in `y`.
  bool counts(const CountSpec& sp, const SubjectRecord& m, int at, int y) {
    switch (sp.what) {
      case kCountPeople:
        return true;
      case kCountTitle:
        return has_or_eligible(m, sp.title, sp.cond->title, y, nullptr, at);
      case kCountRank:
        return rank_in(m, y, at) >= sp.need;
      case kCountDisciplined:  // a member without discipline not read: its facts say so
        return blocked_at(*sp.cond, m, at, y);
    }
    return false;
  }
  // How many of the people of unit `u` (at `slot`) in `y` pass count `what` of condition `c`:
  // counted once per unit and count, unless an answer below was cut at the depth limit — and
  // every count the entries of `c`'s level ask of a unit's people in the same walk.
  int count(const SubjectRecord& u, int slot, int y, const Condition& c, Count what) {
    const auto known = group_of.find(&c);  // a condition of the catalogue: its counts found once
    CountSpec spec;
    if (known != group_of.end()) {
      for (int k = 0; k < known->second.n; ++k)
        if (known->second.own[k].what == what) spec = known->second.own[k];
    } else {
      for (const CountSpec& x : specs_of(c))
        if (x.what == what) spec = x;
    }
    const CountSpec* sp = &spec;
    if (spec.cond == nullptr) return 0;
    const std::vector<CountSpec>* group = nullptr;
    if (slot >= 0 && is_unit_slot(slot) && sp->key) {  // key 0: not counted before (a title the catalogue lacks)
      Year& d = year_of(y);
      const size_t u_at = static_cast<size_t>(slot) - people.size();
      auto held_of = [&](uint64_t key) -> int32_t {
        for (const auto& [k, v] : d.held_counts)
          if (k == key) return v[u_at];
        return 0;
      };
      if (const int32_t v = held_of(sp->key)) return v - 1;
      auto memo_of = [&](uint64_t key) -> int32_t* {
        for (auto& [k, v] : d.counts)
          if (k == key) return &v[static_cast<size_t>(slot) - people.size()];
        return &d.counts.emplace_back(key, arena.zeroed<int32_t>(units.size())).second[static_cast<size_t>(slot) - people.size()];
      };
      if (const int32_t v = get(memo_of(sp->key))) return v - 1;
      if (known != group_of.end()) group = &count_groups[static_cast<size_t>(known->second.level)];
      constexpr size_t kMost = 16;
      if (group && group->size() <= kMost) {  // every count of the level not known yet, in one walk
        const CountSpec* todo[kMost];
        int32_t* memos[kMost];
        int32_t n[kMost] = {};
        size_t many = 0;
        for (const CountSpec& x : *group)
          if (int32_t* m = memo_of(x.key); !get(m) && !held_of(x.key)) todo[many] = &x, memos[many++] = m;
        bool was_cut = cut;
        cut = false;
        // Each count's memo or cells resolved once for the walk (a person's answer read directly;
        // what they do not know, counts() works out).
        const uint8_t* has[kMost] = {};
        const Cell* cells = nullptr;
        const bool filled = filled_cells(y, &cells);
        for (size_t k = 0; k < many; ++k)
          if (todo[k]->what == kCountTitle) has[k] = has_memo(todo[k]->title, todo[k]->cond->title, y);
        each_member(u, slot, y, [&](const SubjectRecord& m, int at) {
          for (size_t k = 0; k < many; ++k) {
            const CountSpec& x = *todo[k];
            bool yes;
            if (at < 0) yes = counts(x, m, at, y);
            else if (x.what == kCountPeople) yes = true;
            else if (x.what == kCountTitle && has[k]) {
              const uint8_t v = get(has[k] + at);
              yes = v ? v == 2 : counts(x, m, at, y);
            } else if (x.what == kCountRank && filled) {
              const int r = cells && cells[at].rank ? cells[at].rank - 1 : 0;
              yes = r >= x.need;
            } else if (x.what == kCountDisciplined && !(facts[static_cast<size_t>(at)].flags & kDisciplined)) yes = false;
            else yes = counts(x, m, at, y);
            n[k] += yes ? 1 : 0;
          }
        });
        int mine = 0;
        for (size_t k = 0; k < many; ++k) {
          if (!cut) put<int32_t>(memos[k], n[k] + 1);
          if (todo[k]->key == sp->key) mine = n[k];
        }
        cut = cut || was_cut;
        return mine;
      }
    }
    bool was_cut = cut;  // one count, walked for itself (a sentence written alone, or out of the columns)
    cut = false;
    int n = 0;
    each_member(u, slot, y, [&](const SubjectRecord& m, int at) { n += counts(*sp, m, at, y) ? 1 : 0; });
    if (slot >= 0 && is_unit_slot(slot) && sp->key && !cut)
      for (auto& [k, v] : year_of(y).counts)
        if (k == sp->key) put<int32_t>(&v[static_cast<size_t>(slot) - people.size()], n + 1);
    cut = cut || was_cut;
    return n;
  }
  // blocks(), the forms' ranks from the compiled condition and the codes (no catalogue look-up).
  bool blocks_now(const Discipline& d, const Condition& c, int y) const {
    return blocks_ranked(d, codes ? codes->form_rank(d.form) : cat.form_rank(d.form),
                         c.min_form_rank ? c.min_form_rank : cat.form_rank(c.min_form), c.look_back_years, y);
  }
  // Whether the subject at `slot` (with `s`'s record) is blocked by discipline under `c` in `y`:
  // from its facts when they keep its disciplines, else from its record.
  bool blocked_at(const Condition& c, const SubjectRecord& s, int slot, int y) const {
    if (slot >= 0) {
      const Facts& f = facts[static_cast<size_t>(slot)];
      if (!(f.flags & kDisciplined)) return false;
      if (f.sanctions) {
        const int min_rank = c.min_form_rank ? c.min_form_rank : cat.form_rank(c.min_form);
        for (int k = 0; k < f.sanctions; ++k) {
          const Sanction& x = f.sanction[k];
          if (blocks_ranked(x.year, x.month, x.term_months, x.under_review, x.form_rank, min_rank, c.look_back_years, y))
            return true;
        }
        return false;
      }
    }
    return blocked(c, s.discipline, y);
  }
  bool blocked(const Condition& c, const std::vector<Discipline>& ds, int y) const {
    for (const auto& d : ds)
      if (blocks_now(d, c, y)) return true;
    return false;
  }
  // `c` answered for `s` (at `slot`) in `y` without its sentence: the same answer as run(),
  // the common kinds from the columns here (no string, no record read), the others by run().
  bool test(const SubjectRecord& s, int slot, const Condition& c, int y) {
    if (slot < 0 || !c.op) [[unlikely]]
      return run(s, slot, c, y, nullptr);
    const Facts& f = facts[static_cast<size_t>(slot)];
    switch (c.op) {
      case kClassification:
        if (!c.at_least_rank) break;
        return rank_in(s, y, slot) >= c.at_least_rank;
      case kConsecutiveClassification: {
        if (!c.at_least_rank) break;
        for (int x = y; x > y - c.count; --x)
          if (rank_in(s, x, slot) < c.at_least_rank) return false;
        return true;
      }
      case kTitleInYear:
        return has_or_eligible(s, title_of(c), c.title, y, nullptr, slot);
      case kConsecutiveTitles: {
        const int title = title_of(c);
        for (int x = y - 1; x > y - c.count; --x)  // the years before first: a cell each
          if (!held(s, slot, title, c.title, x)) return false;
        return has_or_eligible(s, title, c.title, y, nullptr, slot);
      }
      case kInitiative:
        if (!(f.flags & kInitiatives)) return c.count <= 0;
        break;
      case kAnyOf:
        for (const auto& sub : c.of)
          if (test(s, slot, sub, y)) return true;
        return false;
      case kNoDiscipline:
        if (!(f.flags & kDisciplined) || f.sanctions) return !blocked_at(c, s, slot, y);
        break;
      case kYearsOfService: {
        const int need = ((f.flags & kWoman) && c.women_years > 0) ? c.women_years : c.years;
        if (!(f.flags & kHasService)) return false;
        const double years = (year_of(y).last_day - f.service_days + 1) / 365.25 + f.hardship_years * (c.hardship_factor - 1);
        return static_cast<int>(std::floor(years + 1e-9)) >= need;
      }
      case kLeaderNotAboveTeam:
        if (!(f.flags & kTeamLeader)) return true;
        break;
      default:
        break;
    }
    return run(s, slot, c, y, nullptr);
  }

  // Answers `c` for `s` in `y`; writes its Vietnamese detail into `out` when asked.
  [[gnu::noinline]] bool run(const SubjectRecord& s, int slot, const Condition& c, int y, std::string* out) {
    bool met = false;
    const int op = c.op ? c.op : op_of(c.kind);
    auto rank_of = [&](int compiled, const std::string& code, int (Catalogue::*f)(std::string_view) const) {
      return compiled ? compiled : (cat.*f)(code);
    };
    switch (op) {
      case kClassification: {
        const int need = rank_of(c.at_least_rank, c.at_least, &Catalogue::level_rank);
        met = need > 0 ? rank_in(s, y, slot) >= need : rated(s, y, slot);
        if (!out) break;
        const std::string& lv = level_of(s, y);
        *out = "Xếp loại năm " + std::to_string(y) + ": " + (lv.empty() ? "chưa có" : cat.level_name(lv)) +
                        " (cần từ " + cat.level_name(c.at_least) + ")" + mark(met);
        break;
      }
      case kConsecutiveClassification: {
        int streak = 0;
        std::string years;
        const int need = rank_of(c.at_least_rank, c.at_least, &Catalogue::level_rank);
        for (int x = y; x > y - c.count; --x) {
          if (need > 0 ? rank_in(s, x, slot) < need : !rated(s, x, slot)) break;
          ++streak;
          if (out) years = std::to_string(x) + (years.empty() ? "" : ", " + years);
        }
        met = streak >= c.count;
        if (out) *out = cat.level_name(c.at_least) + " trở lên " + (years.empty() ? "" : years + ": ") + std::to_string(streak) +
                        "/" + std::to_string(c.count) + " năm liên tục" + mark(met);
        break;
      }
      case kTitleInYear: {
        const char* how = "";
        met = has_or_eligible(s, title_of(c), c.title, y, out ? &how : nullptr, slot);
        if (out) *out = cat.entry_name(c.title) + " năm " + std::to_string(y) + ": " + (met ? how : "không có") + mark(met);
        break;
      }
      case kTitleInYears: {
        std::string years;
        int n = 0;
        const int title = title_of(c);
        for (int x = y - c.within_years + 1; x <= y; ++x)
          if (held(s, slot, title, c.title, x) || (x == y && has_or_eligible(s, title, c.title, x, nullptr, slot))) {
            ++n;
            if (out) years += (years.empty() ? "" : ", ") + std::to_string(x);
          }
        met = n >= c.count;
        if (out) *out = cat.entry_name(c.title) + " trong " + std::to_string(c.within_years) + " năm gần nhất: " +
                        (years.empty() ? "không có" : years) + " (" + std::to_string(n) + "/" + std::to_string(c.count) + ")" +
                        mark(met);
        break;
      }
      case kConsecutiveTitles: {
        int streak = 0;
        std::string years;
        const int title = title_of(c);
        for (int x = y; x > y - c.count; --x) {
          bool ok = x == y ? has_or_eligible(s, title, c.title, x, nullptr, slot) : held(s, slot, title, c.title, x);
          if (!ok) break;
          ++streak;
          if (out) years = std::to_string(x) + (years.empty() ? "" : ", " + years);
        }
        met = streak >= c.count;
        if (out) *out = cat.entry_name(c.title) + (years.empty() ? "" : " " + years) + ": " + std::to_string(streak) + "/" +
                        std::to_string(c.count) + " năm liên tục" + mark(met);
        break;
      }
      case kInitiative: {
        int n = 0;
        std::string names;
        const int need = rank_of(c.min_scope_rank, c.min_scope, &Catalogue::scope_rank);
        static const std::vector<Initiative> no_initiatives;
        const bool none = !out && slot >= 0 && !(facts[static_cast<size_t>(slot)].flags & kInitiatives);  // the record not read
        // Recognised in the years y - within_years + 1 .. y (days against the years' bounds).
        const int32_t from = none ? 0 : slot >= 0 ? year_of(y - c.within_years + 1).first_day : Date::from_ymd(y - c.within_years + 1, 1, 1)->days();
        const int32_t to = none ? 0 : slot >= 0 ? year_of(y).last_day : Date::from_ymd(y, 12, 31)->days();
        for (const auto& i : none ? no_initiatives : s.initiatives) {
          if (i.recognised_on.days() > to || i.recognised_on.days() < from) continue;
          if ((codes ? codes->scope_rank(i.scope) : cat.scope_rank(i.scope)) < need) continue;
          ++n;
          if (out) names += (names.empty() ? "" : "; ") + i.name + " (" + i.recognised_on.vn() + ")";
        }
        met = n >= c.count;
        if (out) *out = "Sáng kiến được công nhận phạm vi " + cat.scope_name(c.min_scope) + " trở lên" +
                        (c.within_years > 1 ? " trong " + std::to_string(c.within_years) + " năm" : " trong năm") + ": " +
                        (n ? std::to_string(n) + " — " + names : "không có") + " (cần " + std::to_string(c.count) + ")" +
                        mark(met);
        break;
      }
      case kAnyOf: {
        std::string part;
        if (out) out->clear();
        for (const auto& sub : c.of) {
          part.clear();
          bool x = run(s, slot, sub, y, out ? &part : nullptr);
          met = met || x;
          if (out) *out += (out->empty() ? "" : " HOẶC ") + part;
          else if (met) break;
        }
        break;
      }
      case kNoDiscipline: {
        std::string found;
        bool any = false;
        static const std::vector<Discipline> no_discipline;
        const bool none = !out && slot >= 0 && !(facts[static_cast<size_t>(slot)].flags & kDisciplined);  // the record not read
        for (const auto& d : none ? no_discipline : s.discipline)
          if (blocks_now(d, c, y)) {
            any = true;
            if (!out) break;
            found += (found.empty() ? "" : "; ") + (d.under_review ? std::string("đang xem xét kỷ luật, điều tra hoặc khiếu nại")
                                                                    : cat.form_name(d.form)) +
                     " ngày " + d.date.vn();
          }
        met = !any;
        if (out) *out = "Kỷ luật từ " + cat.form_name(c.min_form) + " trở lên, xét lùi " + std::to_string(c.look_back_years) +
                        " năm: " + (found.empty() ? "không có" : found) + mark(met);
        break;
      }
      case kMembersShare:
      case kMembersClassification: {
        const int size = count(s, slot, y, c, kCountPeople);
        const int n = count(s, slot, y, c, op == kMembersShare ? kCountTitle : kCountRank);
        double share = size == 0 ? 0 : 100.0 * n / static_cast<double>(size);
        met = size > 0 && (c.strict ? share > c.min_pct : share >= c.min_pct - 1e-9);
        if (out) {
          std::string what = op == kMembersShare ? "đạt " + cat.entry_name(c.title) : "xếp loại từ " + cat.level_name(c.at_least);
          *out = std::to_string(n) + "/" + std::to_string(size) + " cá nhân (" + pct(share) + ") " + what + ", cần " +
                 (c.strict ? "trên " : "ít nhất ") + pct(c.min_pct) + mark(met);
        }
        break;
      }
      case kMembersTitleCount: {
        const int n = count(s, slot, y, c, kCountTitle);
        met = n >= c.count;
        if (out) *out = "Cá nhân đạt " + cat.entry_name(c.title) + ": " + std::to_string(n) + " (cần ít nhất " +
                        std::to_string(c.count) + ")" + mark(met);
        break;
      }
      case kMembersNoDiscipline: {
        std::string found;
        bool any = false;
        // Those blocked counted once per unit (a member without discipline not read: its facts say
        // so); the sentence names them, so reads the members' records only when there are some.
        any = count(s, slot, y, c, kCountDisciplined) > 0;
        auto name_blocked = [&](const SubjectRecord& m, int at) {
            if (at >= 0) {  // its facts say whether any of its disciplines blocks (the record read only then)
              const Facts& f = facts[static_cast<size_t>(at)];
              if (!(f.flags & kDisciplined) || (f.sanctions && !blocked_at(c, m, at, y))) return;
            }
            for (const auto& d : m.discipline)
              if (blocks_now(d, c, y)) {
                any = true;
                found += (found.empty() ? "" : "; ") + m.name + " (" +
                         (d.under_review ? std::string("đang xem xét") : cat.form_name(d.form)) + " ngày " + d.date.vn() + ")";
              }
        };
        const int32_t *from = nullptr, *to = nullptr;
        if (out && any) {
          if (cols && slot >= 0 && is_unit_slot(slot) &&
              cols->disciplined_of(static_cast<size_t>(slot) - people.size(), y, &from, &to))  // those with a discipline alone
            for (const int32_t* at = from; at != to; ++at) name_blocked(*people[static_cast<size_t>(*at)].second, *at);
          else
            each_member(s, slot, y, name_blocked);
        }
        // The unit's own (its record not read when its facts say it has none).
        const bool unit_none = !out && slot >= 0 && !(facts[static_cast<size_t>(slot)].flags & kDisciplined);
        static const std::vector<Discipline> no_discipline;
        for (const auto& d : unit_none ? no_discipline : s.discipline)
          if (blocks_now(d, c, y)) {
            any = true;
            if (out)
              found += (found.empty() ? "" : "; ") + std::string("đơn vị ") +
                       (d.under_review ? "đang bị thanh tra, khiếu nại" : cat.form_name(d.form)) + " ngày " + d.date.vn();
          }
        met = !any;
        if (out) *out = "Cá nhân bị kỷ luật từ " + cat.form_name(c.min_form) + " trở lên: " + (found.empty() ? "không có" : found) +
                        mark(met);
        break;
      }
      case kYearsOfService: {
        const Facts* f = slot >= 0 ? &facts[static_cast<size_t>(slot)] : nullptr;  // else the record
        const bool woman = f ? (f->flags & kWoman) != 0 : s.sex && *s.sex == "nu";
        const bool has_from = f ? (f->flags & kHasService) != 0 : s.service_from.has_value();
        int need = (woman && c.women_years > 0) ? c.women_years : c.years;
        if (!has_from) {
          if (out) *out = "Chưa có ngày bắt đầu công tác (cần " + std::to_string(need) + " năm)" + mark(false);
        } else {
          const int32_t end = slot >= 0 ? year_of(y).last_day : Date::from_ymd(y, 12, 31)->days();
          const int32_t from = f ? f->service_days : s.service_from->days();
          const int hardship = f ? f->hardship_years : s.hardship_years;
          double years = (end - from + 1) / 365.25 + hardship * (c.hardship_factor - 1);
          int whole = static_cast<int>(std::floor(years + 1e-9));
          met = whole >= need;
          if (out) *out = "Thời gian công tác đến 31/12/" + std::to_string(y) + ": " + std::to_string(whole) + " năm" +
                          (s.hardship_years && c.hardship_factor > 1
                               ? " (có " + std::to_string(s.hardship_years) + " năm vùng khó khăn tính hệ số " +
                                     std::to_string(c.hardship_factor) + ")"
                               : "") +
                          ", cần " + std::to_string(need) + mark(met);
        }
        break;
      }
      case kGroupLeader: {
        met = s.group_leader_years.count(y) > 0;
        if (out) *out = std::string("Đơn vị dẫn đầu cụm, khối thi đua năm ") + std::to_string(y) + " (được suy tôn): " +
                        (met ? "có" : "không") + mark(met);
        break;
      }
      case kMonthsActive: {
        const Year* fy = slot >= 0 ? &year_of(y) : nullptr;
        const auto [start, end] = fy ? std::pair<Date, Date>(Date(fy->force_first), Date(fy->force_last)) : cat.force_year(y);
        int months = 0;
        const Facts* f = slot >= 0 ? &facts[static_cast<size_t>(slot)] : nullptr;  // else the record
        if (f ? (f->flags & kHasActive) != 0 : s.active_from.has_value()) {
          const int32_t active = f ? f->active_days : s.active_from->days();
          if (end.days() >= active) months = static_cast<int>((end.days() - std::max(active, start.days()) + 1) / 30.4375);
        }
        met = months >= c.min;
        if (out) *out = "Hoạt động trong năm của lực lượng (" + start.vn() + " – " + end.vn() + "): " + std::to_string(months) +
                        " tháng, cần " + std::to_string(c.min) + mark(met);
        break;
      }
      case kNoComplaint: {
        bool complaint;
        if (slot >= 0) {  // the cell says it all (kTeamOdd is about the duties' figures only)
          complaint = cell(s, slot, y).flags & kComplaint;
        } else {
          auto it = s.team_years.find(y);
          complaint = it != s.team_years.end() && it->second.under_complaint;
        }
        met = !complaint;
        if (out) *out = std::string("Đang bị khiếu nại: ") + (complaint ? "có" : "không") + mark(met);
        break;
      }
      case kDutiesShare: {
        if (slot >= 0 && !out) {
          const Cell& t = cell(s, slot, y);
          if (!(t.flags & kTeamOdd)) {
            if ((t.flags & kTeamYear) && t.duties_total > 0) {
              double share = 100.0 * t.duties_done / t.duties_total;
              met = c.strict ? share > c.min_pct : share >= c.min_pct - 1e-9;
            }
            break;
          }
        }
        auto it = s.team_years.find(y);
        if (it == s.team_years.end() || it->second.duties_total <= 0) {
          if (out) *out = std::string("Chưa có kết quả thực hiện các nhóm nhiệm vụ") + mark(false);
        } else {
          double share = 100.0 * it->second.duties_done / it->second.duties_total;
          met = c.strict ? share > c.min_pct : share >= c.min_pct - 1e-9;
          if (out) *out = "Hoàn thành " + std::to_string(it->second.duties_done) + "/" + std::to_string(it->second.duties_total) +
                          " nhóm nhiệm vụ (" + pct(share) + "), cần " + (c.strict ? "trên " : "ít nhất ") + pct(c.min_pct) +
                          mark(met);
        }
        break;
      }
      case kLeaderNotAboveTeam: {
        const Facts* f = slot >= 0 ? &facts[static_cast<size_t>(slot)] : nullptr;  // else the record
        if (f ? !(f->flags & kTeamLeader) : !s.team_role || *s.team_role != "to_truong") {
          met = true;
          if (out) *out = "Không phải Tổ trưởng ✓";
        } else {
          if (xuat_sac_rank < 0) xuat_sac_rank = cat.level_rank("xuat_sac");
          int at = -1;
          const std::optional<int64_t> team_id = !f ? s.team_id : (f->flags & kHasTeam) ? std::optional<int64_t>(f->team_id) : std::nullopt;
          const SubjectRecord* team = !team_id ? nullptr : use_index ? (index(), find(units, *team_id, &at)) : rec.unit(*team_id);
          const int team_slot = team && use_index ? static_cast<int>(people.size()) + at : -1;
          met = team && rated(*team, y, team_slot) && rank_in(*team, y, team_slot) >= xuat_sac_rank;
          if (!out) break;
          static const std::string none;
          const std::string& lv = team ? level_of(*team, y) : none;
          *out = "Tổ trưởng không xếp cao hơn Tổ; Tổ năm " + std::to_string(y) + ": " +
                          (lv.empty() ? "chưa xếp loại" : cat.level_name(lv)) + mark(met);
        }
        break;
      }
      default:
        break;
    }
    return met;
  }

  // ---- a list answered condition by condition over a block of its subjects ----
  // Each condition of an entry is answered for a whole block of subjects in one loop (its kind,
  // ranks, title bit and the years' cells resolved once, a slot's cell or facts read directly),
  // the kinds and subjects the columns cannot answer by test() one at a time — the same answers.
  struct Block {
    const SubjectRecord* const* subjects = nullptr;
    const int* slots = nullptr;  // every one ≥ 0
    size_t n = 0;
    uint8_t* cut = nullptr;  // per subject: an answer below was cut at the depth limit (not remembered)
  };
  // The cells of `y` when the columns hold every subject's cell of it (`*out` nullptr: nobody's);
  // false when the year is read cell by cell on need.
  bool filled_cells(int y, const Cell** out) {
    Year& d = year_of(y);
    if (!d.filled) return false;
    *out = d.cells;
    return true;
  }
  // The cells of the `n` (≤ 64) years y, y - 1, … into `out`; false when one is not held whole.
  bool filled_years(int y, int n, const Cell** out) {
    if (n < 0 || n > 64) return false;
    for (int k = 0; k < n; ++k)
      if (!filled_cells(y - k, &out[k])) return false;
    return true;
  }
  // The "held or eligible" memo of title `title` (code `code`) in `y` (has_or_eligible's), or nullptr.
  uint8_t* has_memo(int title, const std::string& code, int y) {
    if (title < 0) return nullptr;
    uint8_t*& known = year_of(y).has_of_title[static_cast<size_t>(title)];
    if (!known)
      if (const Entry* v = entry(title, code, y)) known = memo(true, 0, *v, y);
    return known;
  }
  static bool bit(const Cell* cells, size_t slot, int title) { return cells && ((cells[slot].titles >> title) & 1u); }

  // Condition `c` of every subject of `b` in `y` into out[i × stride] (1 when met).
  void column(const Block& b, const Condition& c, int y, uint8_t* out, size_t stride) {
    auto each = [&](auto&& f) {
      for (size_t i = 0; i < b.n; ++i) out[i * stride] = f(i, static_cast<size_t>(b.slots[i])) ? 1 : 0;
    };
    auto slow = [&](size_t i) {  // subject i alone (test), its cut noted
      const bool was = cut;
      cut = false;
      const bool m = test(*b.subjects[i], b.slots[i], c, y);
      if (cut) b.cut[i] = 1;
      cut = was;
      return m;
    };
    const Cell* yc[64];
    switch (c.op) {
      case kClassification: {
        if (!c.at_least_rank || !filled_years(y, 1, yc)) break;
        const unsigned need = static_cast<unsigned>(c.at_least_rank) + 1;  // a cell's rank is 1 + the level's
        const Cell* cells = yc[0];
        return each([&](size_t, size_t s) { return cells && cells[s].rank >= need; });
      }
      case kConsecutiveClassification: {
        if (!c.at_least_rank || !filled_years(y, c.count, yc)) break;
        const unsigned need = static_cast<unsigned>(c.at_least_rank) + 1;
        return each([&](size_t, size_t s) {
          for (int k = 0; k < c.count; ++k)
            if (!yc[k] || yc[k][s].rank < need) return false;
          return true;
        });
      }
      case kTitleInYear:  // the year's "held or eligible" alone
      case kConsecutiveTitles: {  // held in each year before, and held or eligible in the year
        const int title = title_of(c), years = c.op == kTitleInYear ? 1 : c.count;
        uint8_t* known = has_memo(title, c.title, y);
        if (!known || (years > 1 && (title >= kTitleBits || !filled_years(y, years, yc)))) break;
        return each([&](size_t i, size_t s) {
          for (int k = 1; k < years; ++k)
            if (!bit(yc[k], s, title)) return false;
          if (const uint8_t v = get(known + s)) return v == 2;
          return slow(i);
        });
      }
      case kTitleInYears: {
        const int title = title_of(c);
        uint8_t* known = has_memo(title, c.title, y);
        if (!known || title >= kTitleBits || !filled_years(y, c.within_years, yc)) break;
        return each([&](size_t i, size_t s) {
          int n = 0;
          for (int k = 1; k < c.within_years; ++k) n += bit(yc[k], s, title) ? 1 : 0;
          if (bit(yc[0], s, title)) return n + 1 >= c.count;
          const uint8_t v = get(known + s);
          if (!v) return slow(i);
          return n + (v == 2 ? 1 : 0) >= c.count;
        });
      }
      case kInitiative:
        return each([&](size_t i, size_t s) { return (facts[s].flags & kInitiatives) ? slow(i) : c.count <= 0; });
      case kAnyOf: {  // every alternative answered (the same answer as test's first met)
        std::vector<uint8_t> part(b.n);
        column(b, c.of[0], y, out, stride);
        for (size_t k = 1; k < c.of.size(); ++k) {
          column(b, c.of[k], y, part.data(), 1);
          for (size_t i = 0; i < b.n; ++i) out[i * stride] |= part[i];
        }
        return;
      }
      case kNoDiscipline:
        return each([&](size_t i, size_t s) {
          const Facts& f = facts[s];
          if (!(f.flags & kDisciplined)) return true;
          if (f.sanctions) return !blocked_at(c, *b.subjects[i], static_cast<int>(s), y);
          return slow(i);
        });
      case kYearsOfService: {
        const int32_t last_day = year_of(y).last_day;
        return each([&](size_t, size_t s) {
          const Facts& f = facts[s];
          const int need = ((f.flags & kWoman) && c.women_years > 0) ? c.women_years : c.years;
          if (!(f.flags & kHasService)) return false;
          const double years = (last_day - f.service_days + 1) / 365.25 + f.hardship_years * (c.hardship_factor - 1);
          return static_cast<int>(std::floor(years + 1e-9)) >= need;
        });
      }
      case kLeaderNotAboveTeam: {
        // A team leader: the team's level of the year, the team found by the columns' dense index.
        const bool fast = cols && !cols->unit_slot.empty() && filled_years(y, 1, yc);
        if (xuat_sac_rank < 0) xuat_sac_rank = cat.level_rank("xuat_sac");
        return each([&](size_t i, size_t s) {
          const Facts& f = facts[s];
          if (!(f.flags & kTeamLeader)) return true;
          if (!fast || !(f.flags & kHasTeam)) return slow(i);
          const int64_t k = f.team_id - cols->first_unit;
          if (k < 0 || static_cast<uint64_t>(k) >= cols->unit_slot.size()) return false;  // no such team
          const int32_t at = cols->unit_slot[static_cast<size_t>(k)];
          if (!at) return false;
          if (!yc[0]) return false;  // nobody rated that year
          const Cell& t = yc[0][people.size() + static_cast<size_t>(at - 1)];
          return (t.flags & kRated) && (t.rank ? t.rank - 1 : 0) >= xuat_sac_rank;
        });
      }
      case kMonthsActive: {  // months of the force's year since the unit's start, as run() counts them
        const Year& fy = year_of(y);
        const int32_t start = fy.force_first, end = fy.force_last;
        return each([&](size_t, size_t s) {
          const Facts& f = facts[s];
          int months = 0;
          if ((f.flags & kHasActive) && end >= f.active_days)
            months = static_cast<int>((end - std::max(f.active_days, start) + 1) / 30.4375);
          return months >= c.min;
        });
      }
      case kNoComplaint: {
        if (!filled_years(y, 1, yc)) break;
        const Cell* cells = yc[0];
        return each([&](size_t, size_t s) { return !(cells && (cells[s].flags & kComplaint)); });
      }
      case kDutiesShare: {
        if (!filled_years(y, 1, yc)) break;
        const Cell* cells = yc[0];
        return each([&](size_t i, size_t s) {
          if (!cells) return false;  // nobody's year on record (run(): not met)
          const Cell& t = cells[s];
          if (t.flags & kTeamOdd) return slow(i);  // figures beyond a byte: the record's
          if (!(t.flags & kTeamYear) || t.duties_total == 0) return false;
          const double share = 100.0 * t.duties_done / t.duties_total;
          return c.strict ? share > c.min_pct : share >= c.min_pct - 1e-9;
        });
      }
      default:
        break;
    }
    each([&](size_t i, size_t) { return slow(i); });
  }

  // Every entry of `entries` for subjects[from, to) in `y`, entry by entry, each condition over
  // the block (column): met and eligible into `out` (one list per entry), and the memos answer()
  // writes. A block with a subject not among the records is answered subject by subject.
  std::vector<int> block_slots;
  std::vector<uint8_t> block_cut;
  void answer_block(const std::vector<const SubjectRecord*>& subjects, const int32_t* given,
                    const std::vector<const Entry*>& entries, int y, size_t from, size_t to, std::vector<ListEvaluation>& out) {
    const size_t n = to - from;
    block_slots.resize(n);
    bool all = true;
    for (size_t i = 0; i < n; ++i)
      all = (block_slots[i] = given ? slot_given(*subjects[from + i], given[from + i]) : slot_of(*subjects[from + i])) >= 0 && all;
    if (!all || !indexed) {
      for (size_t i = from; i < to; ++i)
        for (size_t k = 0; k < entries.size(); ++k)
          out[k].eligible[i] = answer(*subjects[i], *entries[k], y, out[k].met.data() + i * entries[k]->conditions.size());
      return;
    }
    const Block b{subjects.data() + from, block_slots.data(), n, nullptr};
    for (size_t k = 0; k < entries.size(); ++k)
      answer_entry(b, *entries[k], y, out[k].met.data() + from * entries[k]->conditions.size(), out[k].eligible.data() + from);
  }
  // Entry `e` for the subjects of `b` (slots all ≥ 0) in `y`: met[i × conditions + j] and
  // eligible[i], and the memos answer() writes.
  void answer_entry(const Block& b, const Entry& e, int y, uint8_t* met, uint8_t* eligible) {
    const size_t n = b.n, nc = e.conditions.size();
    block_cut.assign(n, 0);
    Block bk = b;
    bk.cut = block_cut.data();
    for (size_t j = 0; j < nc; ++j) column(bk, e.conditions[j], y, met + j, nc);
    // Remembered only for a title some condition or quota asks of, as answer() does.
    const int ei = entry_index(e);
    const int code = ei >= 0 ? entry_code[static_cast<size_t>(ei)] : -1;
    const bool remember = code >= 0 && asked[static_cast<size_t>(code)];
    uint8_t* em = remember ? memo(false, 0, e, y) : nullptr;
    uint8_t* hm = remember && entry(code, e.code, y) == &e ? memo(true, 0, e, y) : nullptr;
    for (size_t i = 0; i < n; ++i) {
      bool yes = true;
      for (size_t j = 0; j < nc; ++j) yes = yes && met[i * nc + j];
      eligible[i] = yes;
      if (!em || block_cut[i]) continue;
      const size_t s = static_cast<size_t>(b.slots[i]);
      put(em + s, yes);
      if (hm) put(hm + s, yes || held(*b.subjects[i], static_cast<int>(s), code, e.code, y));
    }
  }

  // Before a list of units whose conditions count their people holding or eligible for titles
  // (members_share, members_title_count): each such title's "held or eligible" of the units'
  // people of `y` not known yet, worked out over blocks of those people (answer_entry), the
  // titles in the catalogue's order (a title's conditions name titles before it) — so that the
  // units' walks read a memo per person. Only over the held columns' people of the units.
  void prefill_counted(const std::vector<const SubjectRecord*>& subjects, const int32_t* given,
                       const std::vector<const Entry*>& entries, int y) {
    if (!cols || !indexed || cols->member_start.empty()) return;
    std::vector<int> titles;
    std::function<void(const Condition&)> walk = [&](const Condition& c) {
      if (auto k = group_of.find(&c); k != group_of.end())
        for (int j = 0; j < k->second.n; ++j)
          if (k->second.own[j].what == kCountTitle && k->second.own[j].title >= 0 &&
              std::find(titles.begin(), titles.end(), k->second.own[j].title) == titles.end())
            titles.push_back(k->second.own[j].title);
      for (const auto& sub : c.of) walk(sub);
    };
    for (const Entry* e : entries)
      for (const auto& c : e->conditions) walk(c);
    if (titles.empty()) return;
    std::sort(titles.begin(), titles.end());
    std::vector<uint8_t> seen;
    std::vector<int> slots;
    std::vector<const SubjectRecord*> who;
    std::vector<uint8_t> met, eligible;
    for (int t : titles) {
      const std::string& code = cat.codes()[static_cast<size_t>(t)];
      const Entry* v = entry(t, code, y);
      uint8_t* known = has_memo(t, code, y);
      if (!v || !known) continue;
      seen.assign(people.size(), 0);
      slots.clear();
      for (size_t k = 0; k < subjects.size(); ++k) {
        const int us = given ? slot_given(*subjects[k], given[k]) : slot_of(*subjects[k]);
        const int32_t *from = nullptr, *to = nullptr;
        if (us < 0 || !is_unit_slot(us) || !cols->members_of(static_cast<size_t>(us) - people.size(), y, &from, &to)) continue;
        for (const int32_t* at = from; at != to; ++at)
          if (!seen[static_cast<size_t>(*at)] && !get(known + *at)) seen[static_cast<size_t>(*at)] = 1, slots.push_back(*at);
      }
      if (slots.empty()) continue;
      who.resize(slots.size());
      for (size_t i = 0; i < slots.size(); ++i) who[i] = people[static_cast<size_t>(slots[i])].second;
      const size_t nc = v->conditions.size();
      for (size_t from = 0; from < slots.size(); from += 512) {
        const size_t n = std::min<size_t>(512, slots.size() - from);
        met.assign(n * nc, 0);
        eligible.assign(n, 0);
        answer_entry({who.data() + from, slots.data() + from, n, nullptr}, *v, y, met.data(), eligible.data());
      }
    }
  }

  // A second State for another thread over the same list (evaluate_lists): it reads the columns
  // `o` has read and shares its memos of the years read for everyone (written as get/put); what
  // it finds it must remember beyond those it keeps to itself. `o` must not allocate memos of
  // those years meanwhile (share() took them all).
  void adopt(const State& o) {
    people = o.people, units = o.units, person_slot = o.person_slot, facts = o.facts;
    first_person = o.first_person;
    codes = o.codes;
    cols = o.cols;
    look_back = o.look_back;
    indexed = o.indexed;
    for (const Year& d : o.years) {
      if (!d.filled) continue;  // read on need, each its own
      Year& c = years.emplace_back();
      c.year = d.year, c.cells = d.cells, c.eligible = d.eligible, c.has = d.has, c.counts = d.counts, c.held_counts = d.held_counts;
      c.version = d.version, c.version_known = d.version_known;
      c.filled = true, c.first_day = d.first_day, c.last_day = d.last_day;
      c.force_first = d.force_first, c.force_last = d.force_last, c.has_of_title = d.has_of_title;
      by_year[c.year & 63] = &c;
    }
  }
  // Takes every entry's memos of year `y` now, so that two States can share them.
  void share(int y) {
    Year& d = year_of(y);
    for (size_t i = 0; i < cat.entries().size(); ++i) {
      if (!d.eligible[i]) d.eligible[i] = arena.zeroed<uint8_t>(slots());
      if (!d.has[i]) d.has[i] = arena.zeroed<uint8_t>(slots());
    }
  }

  // Answers every condition of `e` for `s` in `y` into met[0..conditions); true when all are met.
  bool answer(const SubjectRecord& s, const Entry& e, int y, uint8_t* met) {
    bool was_cut = cut;
    cut = false;
    const int slot = slot_of(s);
    bool all = true;
    for (size_t k = 0; k < e.conditions.size(); ++k) {
      bool m = test(s, slot, e.conditions[k], y);
      met[k] = m;
      all = all && m;
    }
    // Remembered only for a title some condition or quota asks of (nobody reads the others'):
    // eligible, and "held or eligible" as has_or_eligible would find it.
    const int i = entry_index(e);
    const int code = i >= 0 ? entry_code[static_cast<size_t>(i)] : -1;
    if (!cut && code >= 0 && asked[static_cast<size_t>(code)] && slot >= 0) {
      put(memo(false, slot, e, y), all);
      if (entry(code, e.code, y) == &e) put(memo(true, slot, e, y), all || held(s, slot, code, e.code, y));
    }
    cut = cut || was_cut;
    return all;
  }
};

namespace {
bool own_only(const Catalogue& cat, int title, int depth);
// Whether condition `c` is answered from the subject's own record alone (no other subject read).
bool own_only(const Catalogue& cat, const Condition& c, int depth) {
  switch (c.op) {
    case kClassification:
    case kConsecutiveClassification:
    case kInitiative:
    case kNoDiscipline:
    case kYearsOfService:
      return true;
    case kTitleInYear:
    case kTitleInYears:
    case kConsecutiveTitles:
      return c.title_index >= 0 && own_only(cat, c.title_index, depth + 1);
    case kAnyOf:
      return std::all_of(c.of.begin(), c.of.end(), [&](const Condition& sub) { return own_only(cat, sub, depth); });
    default:
      return false;
  }
}
// Whether every version of title `title` (a code index) is answered from a person's own record.
bool own_only(const Catalogue& cat, int title, int depth) {
  if (depth > 4) return false;
  for (const Entry& e : cat.entries())
    if (e.code == cat.codes()[static_cast<size_t>(title)])
      for (const auto& c : e.conditions)
        if (!own_only(cat, c, depth)) return false;
  return true;
}

void hold_counted(const Records& rec, RecordColumns& c, const std::vector<size_t>* people) {
  if (!c.cat || c.last < c.first || c.people.empty()) return;
  if (people == nullptr) hold_disciplined(c);  // refresh_columns writes them again itself
  const Catalogue& cat = *c.cat;
  const int y = c.last;
  Evaluator::State st(cat, rec);
  if (people == nullptr) {  // which titles: those the units' conditions count, answered from the person alone
    c.counted.clear();
    std::vector<int> titles;
    for (const auto& group : st.count_groups)
      for (const auto& sp : group)
        if (sp.what == kCountTitle && sp.title >= 0 && std::find(titles.begin(), titles.end(), sp.title) == titles.end() &&
            own_only(cat, sp.title, 0))
          titles.push_back(sp.title);
    std::sort(titles.begin(), titles.end());  // a title's conditions name titles before it
    for (int t : titles) {
      Column<uint8_t> held;
      held.take(c.arena, c.people.size());
      held.n = c.people.size();
      c.counted.emplace_back(t, held);
    }
  } else {
    for (auto& [t, held] : c.counted)  // not known now: worked out again below
      for (size_t slot : *people) held[slot] = 0;
  }
  // The units' counts held: those a unit's conditions ask of the people's own records alone (the
  // people, their levels, their disciplines, a title held above). Which units: every one, or those
  // with one of `people` among their people of the year (their counts not known now).
  std::vector<const Evaluator::State::CountSpec*> specs;  // one of each level's counts held (its walk fills them all)
  std::vector<size_t> units;
  const size_t years = static_cast<size_t>(c.last - c.first + 1);
  if (!c.member_start.empty()) {
    if (people == nullptr) {
      c.unit_counts.clear();
      for (const auto& group : st.count_groups)
        for (const auto& sp : group) {
          const bool own = sp.what != kCountTitle ||
                           std::any_of(c.counted.begin(), c.counted.end(), [&](const auto& t) { return t.first == sp.title; });
          if (!own || !sp.key || !sp.cond) continue;
          if (std::none_of(c.unit_counts.begin(), c.unit_counts.end(), [&](const auto& k) { return k.first == sp.key; })) {
            Column<int32_t> held;
            held.take(c.arena, c.units.size());
            held.n = c.units.size();
            c.unit_counts.emplace_back(sp.key, held);
          }
          specs.push_back(&sp);
        }
      for (size_t u = 0; u < c.units.size(); ++u) units.push_back(u);
    } else if (!c.unit_counts.empty()) {
      for (const auto& group : st.count_groups)
        for (const auto& sp : group)
          if (sp.key && sp.cond && std::any_of(c.unit_counts.begin(), c.unit_counts.end(), [&](const auto& k) { return k.first == sp.key; }))
            specs.push_back(&sp);
      std::vector<uint8_t> changed(c.people.size());
      for (size_t slot : *people) changed[slot] = 1;
      const size_t k = static_cast<size_t>(y - c.first);
      for (size_t u = 0; u < c.units.size(); ++u) {
        const uint32_t from = c.member_start[u * years + k], to = c.member_start[u * years + k + 1];
        for (uint32_t j = from; j < to; ++j)
          if (changed[static_cast<size_t>(c.member_slots[j])]) {
            units.push_back(u);
            for (auto& [key, held] : c.unit_counts) held[u] = 0;  // not known now: counted again below
            break;
          }
      }
    }
  }
  if ((c.counted.empty() && c.unit_counts.empty()) || !st.adopt_columns(&c)) return;
  st.indexed = true;
  st.codes = std::make_shared<const Codes>(cat);
  std::vector<int> slots;
  std::vector<const SubjectRecord*> who;
  const size_t n = people ? people->size() : c.people.size();
  slots.reserve(n);
  who.reserve(n);
  if (people) {
    for (size_t slot : *people) slots.push_back(static_cast<int>(slot)), who.push_back(c.people[slot].second);
  } else {
    for (size_t slot = 0; slot < c.people.size(); ++slot) slots.push_back(static_cast<int>(slot)), who.push_back(c.people[slot].second);
  }
  std::vector<uint8_t> met, eligible;
  for (auto& [t, held] : c.counted) {
    const Entry* v = st.entry(t, cat.codes()[static_cast<size_t>(t)], y);
    if (!v) continue;
    const size_t nc = v->conditions.size();
    for (size_t from = 0; from < slots.size(); from += 512) {
      const size_t n = std::min<size_t>(512, slots.size() - from);
      met.assign(n * nc, 0);
      eligible.assign(n, 0);
      st.answer_entry({who.data() + from, slots.data() + from, n, nullptr}, *v, y, met.data(), eligible.data());
    }
    const uint8_t* m = st.has_memo(t, v->code, y);
    if (!m) continue;
    for (int slot : slots) held[static_cast<size_t>(slot)] = Evaluator::State::get(m + slot);
  }
  // The units' counts (State::count, every count of a level in one walk of a unit's people),
  // read from its memos of the year.
  if (units.empty() || specs.empty()) return;
  for (size_t u : units) {
    const int slot = static_cast<int>(c.people.size() + u);
    for (const auto* sp : specs) st.count(*c.units[u].second, slot, y, *sp->cond, sp->what);
  }
  const Evaluator::State::Year& d = st.year_of(y);
  for (auto& [key, held] : c.unit_counts)
    for (const auto& [k, memo] : d.counts)
      if (k == key)
        for (size_t u : units) held[u] = Evaluator::State::get(memo + u);
}

}  // namespace

void hold_counted(Records& rec) {
  if (rec.columns) hold_counted(rec, const_cast<RecordColumns&>(*rec.columns), nullptr);
}

namespace {
Evaluation evaluation_of(const Catalogue& cat, const Records& rec, const SubjectRecord& s, const Entry& e, int y,
                         const uint8_t* met, bool eligible) {
  Evaluation ev;
  ev.eligible = eligible;
  ev.catalogue = &cat;
  ev.records = &rec;
  ev.subject = &s;
  ev.year = y;
  ev.conditions.reserve(e.conditions.size());
  for (size_t k = 0; k < e.conditions.size(); ++k) ev.conditions.push_back({e.conditions[k].code, met[k] != 0, &e.conditions[k]});
  return ev;
}
}  // namespace

std::string Evaluation::detail(size_t i) const {
  if (!catalogue || !records || !subject || i >= conditions.size() || !conditions[i].condition) return "";
  Evaluator::State st(*catalogue, *records);
  st.use_index = false;
  std::string out;
  st.run(*subject, -1, *conditions[i].condition, year, &out);
  return out;
}

Evaluation ListEvaluation::at(size_t i) const {
  const size_t k = entry->conditions.size();
  return evaluation_of(*catalogue, *records, *(*subjects)[i], *entry, year, met.data() + i * k, eligible[i] != 0);
}

Evaluator::Evaluator(const Catalogue& cat, const Records& rec) : st_(std::make_unique<State>(cat, rec)) {}
Evaluator::~Evaluator() = default;

// Indexed, unlike Evaluation::detail()'s single sentence: a title condition's "held or eligible"
// is remembered per subject for every sentence this engine writes (not evaluated again for each).
void Evaluator::detail(const Evaluation& ev, size_t i, std::string& out) {
  out.clear();
  if (!ev.subject || i >= ev.conditions.size() || !ev.conditions[i].condition) return;
  st_->run(*ev.subject, st_->slot_of(*ev.subject), *ev.conditions[i].condition, ev.year, &out);
}
const Catalogue& Evaluator::catalogue() const { return st_->cat; }
size_t Evaluator::bytes() const { return sizeof(State) + st_->arena.mapped(); }

Evaluation Evaluator::evaluate(const SubjectRecord& subject, std::string_view code, int year) {
  const Catalogue& cat = st_->cat;
  if (!cat.knows(code)) throw Error::Invalid("Không có danh hiệu, hình thức mã " + std::string(code) + " trong danh mục", "title");
  const Entry* e = cat.find_in_year(code, year);
  if (!e)
    throw Error::Invalid("\"" + cat.entry_name(code) + "\" không có hiệu lực trong năm " + std::to_string(year), "title");
  return evaluate(subject, *e, year);
}

Evaluation Evaluator::evaluate(const SubjectRecord& subject, const Entry& e, int year) {
  std::vector<uint8_t> met(e.conditions.size());
  bool eligible = st_->answer(subject, e, year, met.data());
  return evaluation_of(st_->cat, st_->rec, subject, e, year, met.data(), eligible);
}

namespace {
constexpr size_t kParallelWork = 40000, kParallelEntries = 4, kSubjectBlock = 256, kMinBlock = 16, kOwnBlock = 512;
// Whether a list is worth a second thread: people asked many titles each (entries of people: no
// unit counting its people), enough of them. Measured (s17-elig, bench/README.md): the officers ×
// 11 titles took less time on two threads; the units with their people, the grassroots members × 2
// and the teams × 3 as long or longer, for more CPU.
bool worth_two_threads(size_t subjects, const std::vector<const Entry*>& entries) {
  if (entries.size() < kParallelEntries || subjects * entries.size() < kParallelWork) return false;
  return std::all_of(entries.begin(), entries.end(), [](const Entry* e) { return e->for_person(); });
}
}

ListEvaluation Evaluator::evaluate_list(const std::vector<const SubjectRecord*>& subjects, const Entry& e, int year) {
  return std::move(evaluate_lists(subjects, {&e}, year).front());
}

std::vector<ListEvaluation> Evaluator::evaluate_lists(const std::vector<const SubjectRecord*>& subjects,
                                                      const std::vector<const Entry*>& entries, int year) {
  return evaluate_lists(subjects, entries, year, {});
}

std::vector<ListEvaluation> Evaluator::evaluate_lists(const std::vector<const SubjectRecord*>& subjects,
                                                      const std::vector<const Entry*>& entries, int year,
                                                      const std::vector<int32_t>& slots) {
  const int32_t* given = slots.size() == subjects.size() && !slots.empty() ? slots.data() : nullptr;
  std::vector<ListEvaluation> out(entries.size());
  for (size_t k = 0; k < entries.size(); ++k) {
    ListEvaluation& l = out[k];
    l.catalogue = &st_->cat;
    l.records = &st_->rec;
    l.entry = entries[k];
    l.year = year;
    l.subjects = &subjects;
    l.eligible.resize(subjects.size());
    l.met.resize(subjects.size() * entries[k]->conditions.size());
  }
  st_->fill_years(year);
  // Two threads for a long list of people asked many titles each (the officers of a province for
  // every individual title), in blocks of subjects; every other list on this thread, in blocks of
  // kOwnBlock. A block is answered entry by entry, each condition over the block's subjects.
  const size_t block = std::clamp(subjects.size() / 32, kMinBlock, kSubjectBlock);
  if (subjects.size() < 2 * block || !st_->use_index || !worth_two_threads(subjects.size(), entries)) {
    if (subjects.size() > 1 && st_->use_index) st_->prefill_counted(subjects, given, entries, year);
    for (size_t from = 0; from < subjects.size(); from += kOwnBlock)
      st_->answer_block(subjects, given, entries, year, from, std::min(subjects.size(), from + kOwnBlock), out);
    return out;
  }
  // A long list: two threads, each claiming blocks of subjects in order, over two States sharing
  // the columns and the year's memos (what one has answered the other reads).
  st_->share(year);
  State other(st_->cat, st_->rec);
  other.adopt(*st_);
  std::atomic<size_t> claimed{0};
  auto work = [&](State& st) {
    for (;;) {
      const size_t from = claimed.fetch_add(block, std::memory_order_relaxed);
      if (from >= subjects.size()) break;
      st.answer_block(subjects, given, entries, year, from, std::min(subjects.size(), from + block), out);
    }
  };
  std::exception_ptr failed;
  std::thread helper([&] {
    try {
      work(other);
    } catch (...) {
      failed = std::current_exception();
      claimed.store(subjects.size());
    }
  });
  try {
    work(*st_);
  } catch (...) {
    claimed.store(subjects.size());
    helper.join();
    throw;
  }
  helper.join();
  if (failed) std::rethrow_exception(failed);
  return out;
}

namespace {
// QuotaResult::detail's words around its figures ("Tối đa 15% của " … " đạt hoặc đủ điều kiện … = "),
// the same for every scope of an entry.
std::pair<std::string, std::string> quota_words(const Catalogue& cat, const Entry& e) {
  const bool by_title = e.quota->kind == "share_of_title";
  const std::string base_what = by_title ? "đạt hoặc đủ điều kiện " + cat.entry_name(e.quota->title)
                                         : "xếp loại từ " + cat.level_name(e.quota->level);
  return {"Tối đa " + pct(e.quota->max_pct) + " của ", " " + base_what + " = "};
}
std::string quota_text(const std::pair<std::string, std::string>& words, int base, int limit, int used) {
  return words.first + std::to_string(base) + words.second + std::to_string(limit) + "; đã dùng " + std::to_string(used);
}
}  // namespace

std::vector<uint8_t> Evaluator::holds(const std::vector<const SubjectRecord*>& subjects, const Entry& e, int year) {
  return holds(subjects, e, year, {});
}

std::vector<uint8_t> Evaluator::holds(const std::vector<const SubjectRecord*>& subjects, const Entry& e, int year,
                                      const std::vector<int32_t>& slots) {
  const int32_t* given = slots.size() == subjects.size() && !slots.empty() ? slots.data() : nullptr;
  State& st = *st_;
  const Catalogue& cat = st.cat;
  std::vector<uint8_t> out(subjects.size());
  if (subjects.size() > 1) st.fill_years(year);
  // A level is known in the cells by its rank: read there when no other level has the same rank.
  int want = 0;
  bool by_rank = false;
  if (e.classification) {
    want = cat.level_rank(*e.classification);
    by_rank = want > 0;
    for (const auto& l : cat.levels()) by_rank = by_rank && (l.rank != want || l.code == *e.classification);
  }
  const int title = e.classification ? -1 : cat.code_index(e.code);
  for (size_t i = 0; i < subjects.size(); ++i) {
    const SubjectRecord& s = *subjects[i];
    const int slot = given ? st.slot_given(s, given[i]) : st.slot_of(s);
    if (!e.classification) {
      out[i] = st.held(s, slot, title, e.code, year);
    } else if (by_rank && slot >= 0) {
      out[i] = st.rated(s, year, slot) && st.rank_in(s, year, slot) == want;
    } else {
      auto lv = s.classification.find(year);
      out[i] = lv != s.classification.end() && lv->second == *e.classification;
    }
  }
  return out;
}

QuotaResult Evaluator::quota(const Entry& e, const std::vector<const SubjectRecord*>& subjects, int year, int used) {
  return quota(e, subjects, year, used, {});
}

QuotaResult Evaluator::quota(const Entry& e, const std::vector<const SubjectRecord*>& subjects, int year, int used,
                             const std::vector<int32_t>& slots) {
  const int32_t* given = slots.size() == subjects.size() && !slots.empty() ? slots.data() : nullptr;
  QuotaResult q;
  if (!e.quota) return q;
  State& st = *st_;
  const Catalogue& cat = st.cat;
  const bool by_title = e.quota->kind == "share_of_title";
  const int need = by_title ? 0 : cat.level_rank(e.quota->level);
  const int title = e.quota->title_index >= 0 ? e.quota->title_index : cat.code_index(e.quota->title);
  if (subjects.size() > 1) st.fill_years(year);
  // The base title's "held or eligible" memo of the year, read directly where known.
  uint8_t* known = by_title && st.indexed ? st.has_memo(title, e.quota->title, year) : nullptr;
  for (size_t i = 0; i < subjects.size(); ++i) {
    const SubjectRecord* s = subjects[i];
    const int slot = given ? st.slot_given(*s, given[i]) : st.slot_of(*s);
    if (known && slot >= 0)
      if (const uint8_t v = State::get(known + slot)) {
        q.base += v == 2 ? 1 : 0;
        continue;
      }
    if (by_title ? st.has_or_eligible(*s, title, e.quota->title, year, nullptr, slot)
                 : st.rated(*s, year, slot) && st.rank_in(*s, year, slot) >= need)
      ++q.base;
  }
  q.limit = static_cast<int>(std::floor(q.base * e.quota->max_pct / 100.0 + 1e-9));
  q.used = used;
  auto words = st.quota_texts.find(&e);
  if (words == st.quota_texts.end()) words = st.quota_texts.emplace(&e, quota_words(cat, e)).first;
  q.detail = quota_text(words->second, q.base, q.limit, q.used);
  return q;
}


std::string quota_detail(const Catalogue& cat, const Entry& e, int base, int limit, int used) {
  if (!e.quota) return "";
  return quota_text(quota_words(cat, e), base, limit, used);
}

Evaluation evaluate(const Catalogue& cat, const Records& rec, const SubjectRecord& subject, std::string_view code, int year) {
  return Evaluator(cat, rec).evaluate(subject, code, year);
}

QuotaResult quota(const Catalogue& cat, const Records& rec, const Entry& e, const std::vector<const SubjectRecord*>& subjects,
                  int year, int used) {
  return Evaluator(cat, rec).quota(e, subjects, year, used);
}

}  // namespace thidua::commendation
