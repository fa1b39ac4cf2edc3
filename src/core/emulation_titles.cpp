#include "core/emulation_titles.h"

#include <algorithm>

#include "core/emulation.h"
#include "core/error.h"

namespace thidua::emulation {
namespace {

using nlohmann::json;

std::string entry(size_t i) { return "titles[" + std::to_string(i) + "]"; }

std::string need_str(const json& t, const char* key, const std::string& where, bool required = true) {
  if (!t.contains(key) || t[key].is_null()) {
    if (required) throw Error::Invalid("Danh mục danh hiệu: " + where + " thiếu " + key, where + "." + key);
    return {};
  }
  if (!t[key].is_string() || (required && t[key].get<std::string>().empty()))
    throw Error::Invalid("Danh mục danh hiệu: " + where + "." + key + " phải là chuỗi khác rỗng", where + "." + key);
  return t[key].get<std::string>();
}

Date need_date(const json& t, const char* key, const std::string& where) {
  auto d = Date::parse_iso(need_str(t, key, where));
  if (!d) throw Error::Invalid("Danh mục danh hiệu: " + where + "." + key + " phải là ngày YYYY-MM-DD", where + "." + key);
  return *d;
}

}  // namespace

bool Title::valid_in(int year) const {
  return valid_from <= year_end(year) && (!valid_to || *valid_to >= year_start(year));
}

TitleCatalogue TitleCatalogue::from_json(const json& j) {
  if (!j.is_object()) throw Error::Invalid("Danh mục danh hiệu phải là một đối tượng JSON");
  for (auto it = j.begin(); it != j.end(); ++it)
    if (it.key() != "version" && it.key() != "titles" && it.key() != "description")
      throw Error::Invalid("Danh mục danh hiệu: trường không được hỗ trợ " + it.key(), it.key());
  TitleCatalogue cat;
  if (!j.contains("version") || !j["version"].is_number_integer() || j["version"].get<int64_t>() < 1)
    throw Error::Invalid("Danh mục danh hiệu: version phải là số nguyên dương", "version");
  cat.version_ = j["version"].get<int>();
  if (!j.contains("titles") || !j["titles"].is_array() || j["titles"].empty())
    throw Error::Invalid("Danh mục danh hiệu: cần danh sách titles khác rỗng", "titles");
  static const char* kKeys[] = {"code", "name", "level", "rank", "valid_from", "valid_to", "basis", "criteria"};
  const json& list = j["titles"];
  for (size_t i = 0; i < list.size(); ++i) {
    const json& t = list[i];
    std::string where = entry(i);
    if (!t.is_object()) throw Error::Invalid("Danh mục danh hiệu: " + where + " phải là đối tượng", where);
    for (auto it = t.begin(); it != t.end(); ++it)
      if (std::none_of(std::begin(kKeys), std::end(kKeys), [&](const char* k) { return it.key() == k; }))
        throw Error::Invalid("Danh mục danh hiệu: " + where + " có trường lạ " + it.key(), where + "." + it.key());
    Title x;
    x.code = need_str(t, "code", where);
    bool ok = x.code.size() <= 64 && x.code[0] >= 'a' && x.code[0] <= 'z';
    for (char c : x.code) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
    if (!ok) throw Error::Invalid("Danh mục danh hiệu: mã " + x.code + " phải ở dạng chu_thuong_khong_dau", where + ".code");
    x.name = need_str(t, "name", where);
    x.level = need_str(t, "level", where);
    if (x.level != "collective" && x.level != "individual")
      throw Error::Invalid("Danh mục danh hiệu: " + x.code + " có level phải là collective hoặc individual", where + ".level");
    if (!t.contains("rank") || !t["rank"].is_number_integer() || t["rank"].get<int64_t>() < 1)
      throw Error::Invalid("Danh mục danh hiệu: " + x.code + " cần rank là số nguyên dương", where + ".rank");
    x.rank = t["rank"].get<int>();
    x.valid_from = need_date(t, "valid_from", where);
    if (t.contains("valid_to") && !t["valid_to"].is_null()) {
      x.valid_to = need_date(t, "valid_to", where);
      if (*x.valid_to < x.valid_from)
        throw Error::Invalid("Danh mục danh hiệu: " + x.code + " có valid_to trước valid_from", where + ".valid_to");
    }
    x.basis = need_str(t, "basis", where, false);
    x.criteria = need_str(t, "criteria", where, false);
    for (const Title& other : cat.titles_) {
      if (other.code != x.code) continue;
      if (other.level != x.level)
        throw Error::Invalid("Danh mục danh hiệu: mã " + x.code + " có hai cấp khác nhau", where + ".level");
      bool apart = (other.valid_to && *other.valid_to < x.valid_from) || (x.valid_to && *x.valid_to < other.valid_from);
      if (!apart)
        throw Error::Invalid("Danh mục danh hiệu: hai phiên bản của " + x.code + " có hiệu lực chồng nhau",
                             where + ".valid_from");
    }
    cat.titles_.push_back(std::move(x));
  }
  std::stable_sort(cat.titles_.begin(), cat.titles_.end(), [](const Title& a, const Title& b) {
    if (a.level != b.level) return a.level < b.level;  // collective before individual
    if (a.rank != b.rank) return a.rank < b.rank;
    return a.valid_from < b.valid_from;
  });
  return cat;
}

const Title* TitleCatalogue::find(std::string_view code, int year) const {
  for (const Title& t : titles_)
    if (t.code == code && t.valid_in(year)) return &t;
  return nullptr;
}

bool TitleCatalogue::knows(std::string_view code) const {
  return std::any_of(titles_.begin(), titles_.end(), [&](const Title& t) { return t.code == code; });
}

json to_json(const Title& t) {
  return {{"code", t.code},
          {"name", t.name},
          {"level", t.level},
          {"rank", t.rank},
          {"valid_from", t.valid_from.iso()},
          {"valid_to", t.valid_to ? json(t.valid_to->iso()) : json()},
          {"basis", t.basis},
          {"criteria", t.criteria}};
}

json TitleCatalogue::to_json(std::optional<int> year) const {
  json items = json::array();
  for (const Title& t : titles_)
    if (!year || t.valid_in(*year)) items.push_back(emulation::to_json(t));
  return {{"version", version_}, {"titles", items}};
}

const Title& check_registration(const TitleCatalogue& cat, std::string_view code, int year, bool for_person) {
  if (!cat.knows(code)) throw Error::Invalid("Không có danh hiệu mã " + std::string(code) + " trong danh mục", "title_code");
  const Title* t = cat.find(code, year);
  if (!t)
    throw Error::Invalid("Danh hiệu " + std::string(code) + " không có hiệu lực trong năm " + std::to_string(year),
                         "title_code");
  if (for_person && t->level != "individual")
    throw Error::Invalid("\"" + t->name + "\" là danh hiệu tập thể, không đăng ký cho cá nhân", "title_code");
  if (!for_person && t->level != "collective")
    throw Error::Invalid("\"" + t->name + "\" là danh hiệu cá nhân, không đăng ký cho đơn vị", "title_code");
  return *t;
}

bool is_late(Date date, const std::optional<Date>& deadline) { return deadline && date > *deadline; }

}  // namespace thidua::emulation
