// The state's yearly statistical forms on emulation and commendation (Circular 02/2023/TT-BNV,
// forms 0601–0605) from the records: movements running in the year, awards decided in it. The
// forms' layout and the rule of each row and column are data (data/statistical-forms.json); a row
// or column thidua keeps no data for is left empty, never 0.
#include <nlohmann/json.hpp>

#include <cmath>
#include <set>

#include "api/commendation.h"
#include "api/data_files.h"
#include "api/documents.h"
#include "core/error.h"
#include "documents/table.h"
#include "storage/emulation.h"
#include "storage/registry.h"

namespace thidua::api {

using nlohmann::json;

namespace {

const char* kXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

bool matches_code(const json& patterns, const std::string& code) {
  for (auto& p : patterns) {
    std::string s = p.get<std::string>();
    if (!s.empty() && s.back() == '*' ? code.rfind(s.substr(0, s.size() - 1), 0) == 0 : code == s) return true;
  }
  return false;
}

// Checks the file once: every form's rows and columns, their rules' keys, the methods named.
const json& forms() {
  static const json j = [] {
    json d = json::parse(embedded_data("statistical-forms.json"));
    auto fail = [](const std::string& m) { throw Error(ErrorCode::kInternal, "data/statistical-forms.json: " + m); };
    static const std::set<std::string> award_keys = {"granted_by", "codes", "subject", "method"};
    static const std::set<std::string> movement_keys = {"owner_kinds", "owner_not_kinds", "kinds", "months_from", "months_below"};
    if (!d.contains("forms") || !d["forms"].is_array() || !d.contains("methods")) fail("thiếu forms hoặc methods");
    for (auto& [k, m] : d["methods"].items()) {
      if (k.rfind("_", 0) == 0) continue;
      if (!m.is_object() || !m.contains("name") || !m["name"].is_string()) fail("phương thức " + k + ": cần name");
      for (auto& [mk, mv] : m.items())
        if (mk != "name" && mk != "default_for") fail("phương thức " + k + ": khóa không biết " + mk);
      if (m.contains("default_for") && !m["default_for"].is_array()) fail("phương thức " + k + ": default_for là danh sách mã");
    }
    for (auto& f : d["forms"]) {
      std::string code = f.value("code", "");
      std::string src = f.value("source", "");
      if (code.empty() || !f.contains("symbol") || !f.contains("title") || !f["columns"].is_array() || !f["rows"].is_array())
        fail("biểu " + code + ": thiếu code, symbol, title, columns hoặc rows");
      if (src != "awards" && src != "movements" && src != "none") fail("biểu " + code + ": source không biết " + src);
      auto check = [&](const json& x, const std::string& where) {
        if (x.value("unknown", false) || x.value("group", false)) return;
        if (!x.contains("match") || !x["match"].is_object()) fail("biểu " + code + " " + where + ": cần match hoặc unknown");
        for (auto& [k, v] : x["match"].items()) {
          if (!(src == "awards" ? award_keys : movement_keys).count(k)) fail("biểu " + code + " " + where + ": điều kiện không biết " + k);
          if (k == "method" && (!d["methods"].contains(v.get<std::string>()) || v.get<std::string>().rfind("_", 0) == 0))
            fail("biểu " + code + " " + where + ": phương thức không biết");
        }
      };
      for (auto& c : f["columns"]) check(c, "cột " + c.value("code", ""));
      for (auto& r : f["rows"]) check(r, "dòng " + r.value("code", ""));
    }
    return d;
  }();
  return j;
}

struct Record {
  // an award
  std::string subject, code, granted_by;
  std::optional<std::string> method;  // as recorded at the decision
  // a movement
  std::string kind, owner_kind;
  double months = 0;
};

bool award_matches(const json& m, const Record& r) {
  if (m.contains("granted_by") && !matches_code(m["granted_by"], r.granted_by)) return false;
  if (m.contains("codes") && !matches_code(m["codes"], r.code)) return false;
  if (m.contains("subject") && m["subject"].get<std::string>() != r.subject) return false;
  if (m.contains("method") && r.method != m["method"].get<std::string>()) return false;
  return true;
}

bool movement_matches(const json& m, const Record& r) {
  if (m.contains("owner_kinds") && !matches_code(m["owner_kinds"], r.owner_kind)) return false;
  if (m.contains("owner_not_kinds") && matches_code(m["owner_not_kinds"], r.owner_kind)) return false;
  if (m.contains("kinds") && !matches_code(m["kinds"], r.kind)) return false;
  if (m.contains("months_from") && r.months < m["months_from"].get<double>()) return false;
  if (m.contains("months_below") && r.months >= m["months_below"].get<double>()) return false;
  return true;
}

std::vector<Record> awards_of(storage::Tx& tx, int64_t unit_id, int year) {
  const auto& cat = commendation_data().catalogue;
  storage::UnitRepository units(tx);
  auto r = tx.query(
      "SELECT a.subject_kind, a.code, a.year, a.unit_id, a.method FROM comm_awards a JOIN comm_decisions d ON d.id = a.decision_id "
      "WHERE a.revoked = 0 AND d.year = $1",
      {int64_t(year)});
  std::vector<Record> out;
  for (size_t i = 0; i < r.size(); ++i) {
    storage::RowRef row(r, i);
    if (!units.in_scope(unit_id, row.i64("unit_id"))) continue;
    Record rec;
    rec.subject = row.str("subject_kind");
    rec.code = row.str("code");
    rec.method = row.opt_str("method");
    const auto* e = cat.find_in_year(rec.code, static_cast<int>(row.i64("year")));
    if (!e)
      for (auto& x : cat.entries())
        if (x.code == rec.code) e = &x;
    rec.granted_by = e ? e->granted_by : "";
    out.push_back(rec);
  }
  return out;
}

std::vector<Record> movements_of(storage::Tx& tx, int64_t unit_id, int year) {
  storage::UnitRepository units(tx);
  std::string y = std::to_string(year);
  auto r = tx.query(
      "SELECT m.kind, m.owner_unit_id, m.start_date, m.end_date, u.kind AS owner_kind FROM movements m "
      "JOIN units u ON u.id = m.owner_unit_id WHERE m.state <> 'draft' AND m.start_date <= $1 AND m.end_date >= $2",
      {y + "-12-31", y + "-01-01"});
  std::vector<Record> out;
  for (size_t i = 0; i < r.size(); ++i) {
    storage::RowRef row(r, i);
    if (!units.in_scope(unit_id, row.i64("owner_unit_id"))) continue;
    Record rec;
    rec.kind = row.str("kind");
    rec.owner_kind = row.str("owner_kind");
    auto s = Date::parse_iso(row.str("start_date")), e = Date::parse_iso(row.str("end_date"));
    if (s && e) rec.months = std::round((e->days() - s->days() + 1) / 30.4375);
    out.push_back(rec);
  }
  return out;
}

}  // namespace

json award_methods() {
  // in the order of the forms' rows "Chia theo phương thức", then any the forms do not name
  std::vector<std::string> order;
  for (auto& f : forms()["forms"])
    for (auto& r : f["rows"])
      if (r.contains("match") && r["match"].contains("method")) order.push_back(r["match"]["method"]);
  for (auto& [k, m] : forms()["methods"].items())
    if (k.rfind("_", 0) != 0) order.push_back(k);
  json items = json::array();
  std::set<std::string> seen;
  for (auto& k : order)
    if (seen.insert(k).second) {
      const json& m = forms()["methods"][k];
      items.push_back({{"code", k}, {"name", m["name"]}, {"default_for", m.value("default_for", json::array())}});
    }
  return {{"items", items}, {"total", items.size()}};
}

std::optional<std::string> award_method_name(const std::string& method) {
  if (method.rfind("_", 0) == 0 || !forms()["methods"].contains(method)) return std::nullopt;
  return forms()["methods"][method]["name"].get<std::string>();
}

std::optional<std::string> default_award_method(const std::string& code) {
  for (auto& [k, m] : forms()["methods"].items())
    if (k.rfind("_", 0) != 0 && m.contains("default_for") && matches_code(m["default_for"], code)) return k;
  return std::nullopt;
}

json statistical_forms_list() {
  json items = json::array();
  for (auto& f : forms()["forms"])
    items.push_back({{"code", f["code"]}, {"symbol", f["symbol"]}, {"title", f["title"]}, {"source", f["source"]}});
  return {{"items", items}, {"total", items.size()}, {"basis", forms().value("basis", "")}};
}

RenderedFile statistical_form(storage::Tx& tx, const std::string& code, int64_t unit_id, int year) {
  const json* form = nullptr;
  for (auto& f : forms()["forms"])
    if (f["code"] == code) form = &f;
  if (!form) throw Error::NotFound("Không có biểu thống kê " + code);
  if (year < 2000 || year > 2100) throw Error::Invalid("Năm báo cáo không hợp lệ", "year");
  storage::UnitRepository units(tx);
  auto unit = units.get(unit_id);
  Date end = *Date::parse_iso(std::to_string(year) + "-12-31");
  std::string src = (*form)["source"];
  std::vector<Record> recs = src == "awards" ? awards_of(tx, unit_id, year) : src == "movements" ? movements_of(tx, unit_id, year)
                                                                                                  : std::vector<Record>{};
  json filter = form->value("filter", json::object());
  documents::StatSheet st;
  st.symbol = (*form)["symbol"];
  st.circular = "Thông tư số 02/2023/TT-BNV ngày 23/3/2023";
  st.title = (*form)["title"];
  st.year_text = "Năm " + std::to_string(year);
  st.measure = form->value("measure", "");
  st.reporter = storage::unit_name_at(tx, unit_id, end);
  st.receiver = unit.parent_id ? storage::unit_name_at(tx, *unit.parent_id, end) : "Bộ Nội vụ";
  for (auto& c : (*form)["columns"]) st.columns.emplace_back(c["code"], c["heading"]);
  bool blanks = false;
  for (auto& row : (*form)["rows"]) {
    documents::StatSheet::Row out;
    out.code = row.value("code", "");
    out.label = row.value("label", "");
    out.heading = row.value("group", false);
    for (auto& col : (*form)["columns"]) {
      if (out.heading) break;
      if (row.value("unknown", false) || col.value("unknown", false)) {
        out.values.emplace_back();
        blanks = true;
        continue;
      }
      int n = 0;
      for (auto& r : recs) {
        bool ok = src == "awards" ? award_matches(filter, r) && award_matches(row["match"], r) && award_matches(col["match"], r)
                                  : movement_matches(row["match"], r) && movement_matches(col["match"], r);
        n += ok;
      }
      out.values.emplace_back(static_cast<double>(n));
    }
    st.rows.push_back(out);
  }
  if (blanks)
    st.notes.push_back("Ô để trống: thidua không lưu số liệu này (không phải số 0) — đơn vị tự điền trước khi gửi.");
  if (src == "awards") {
    int unrecorded = 0;
    for (auto& r : recs) unrecorded += award_matches(filter, r) && !r.method;
    if (unrecorded)
      st.notes.push_back(std::to_string(unrecorded) + " khen thưởng chưa ghi phương thức khi quyết định: không tính vào các dòng "
                         "\"Chia theo phương thức\" (có trong các dòng khác).");
  }
  if (src == "awards")
    st.notes.push_back("Số liệu: khen thưởng có quyết định trong năm " + std::to_string(year) +
                       ", không tính khen thưởng đã thu hồi, của các tập thể, cá nhân thuộc " + st.reporter + ".");
  if (src == "movements")
    st.notes.push_back("Số liệu: phong trào thi đua đã phát động, diễn ra trong năm " + std::to_string(year) + ", do " + st.reporter +
                       " và các đơn vị trực thuộc phát động.");
  st.notes.push_back("Căn cứ mẫu biểu: " + forms().value("basis", ""));
  return {documents::to_xlsx(st), kXlsx, "bieu-" + code + "-" + std::to_string(unit_id) + "-" + std::to_string(year) + ".xlsx"};
}

}  // namespace thidua::api
