#include "api/imports.h"

#include <cmath>
#include <cstdio>
#include <type_traits>
#include <unordered_map>
#include <map>
#include <set>

#include "core/error.h"
#include "core/progress.h"
#include "api/data_files.h"
#include "documents/tcvn3.h"
#include "documents/package.h"
#include "api/serialize.h"
#include "documents/sheet_reader.h"
#include "documents/table.h"
#include "scoring/indicator.h"
#include "scoring/period.h"
#include "storage/registry.h"
#include "storage/reports.h"
#include "text/vietnamese.h"

namespace thidua::api {

using nlohmann::json;
using documents::SheetCell;

namespace {

void append_json_strings(std::string& out, const std::vector<std::string>& v) {
  out += '[';
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out += ',';
    append_json_string(out, v[i]);
  }
  out += ']';
}

// A JSON object written field by field; the fields must come in the order nlohmann keeps (its
// keys sorted), so the text is the one values.dump() would give.
class ObjectWriter {
 public:
  explicit ObjectWriter(std::string& out) : out_(out) { out_ += '{'; }
  ObjectWriter& key(const char* k) {
    if (any_) out_ += ',';
    any_ = true;
    out_ += '"';
    out_ += k;
    out_ += "\":";
    return *this;
  }
  ObjectWriter& str(const char* k, std::string_view v) {
    key(k);
    append_json_string(out_, v);
    return *this;
  }
  template <class T>
  ObjectWriter& opt(const char* k, const std::optional<T>& v) {
    key(k);
    if (!v) out_ += "null";
    else if constexpr (std::is_same_v<T, std::string>) append_json_string(out_, *v);
    else out_ += std::to_string(*v);
    return *this;
  }
  void close() { out_ += '}'; }

 private:
  std::string& out_;
  bool any_ = false;
};

}  // namespace

void ImportRow::append_json(std::string& out) const {
  out += "{\"row\":";
  out += std::to_string(row);
  out += ok ? ",\"ok\":true,\"problems\":" : ",\"ok\":false,\"problems\":";
  append_json_strings(out, problems);
  if (!sheet.empty()) {
    out += ",\"sheet\":";
    append_json_string(out, sheet);
  }
  if (!notes.empty()) {
    out += ",\"notes\":";
    append_json_strings(out, notes);
  }
  if (!values.empty()) {
    out += ",\"values\":";
    out += values;
  }
  out += '}';
}

std::string values_text(const json& values) { return values.dump(-1, ' ', false, json::error_handler_t::replace); }

size_t ImportResult::problem_rows() const {
  size_t n = 0;
  for (auto& r : rows)
    if (!r.ok) ++n;
  return n;
}

std::string ImportResult::to_json_text() const {
  std::string out = "{\"kind\":";
  append_json_string(out, kind);
  out += ",\"what\":";
  append_json_string(out, what);
  out += ",\"total\":" + std::to_string(rows.size()) + ",\"problem_rows\":" + std::to_string(problem_rows()) + ",\"notes\":";
  append_json_strings(out, notes);
  out += committed ? ",\"committed\":true,\"rows\":[" : ",\"committed\":false,\"rows\":[";
  out.reserve(out.size() + rows.size() * 256);
  for (size_t i = 0; i < rows.size(); ++i) {
    if (i) out += ',';
    rows[i].append_json(out);
  }
  out += "]}";
  return out;
}

namespace {

std::string cell_text(const SheetCell& c) {
  const std::string& s = c.text;
  size_t a = s.find_first_not_of(" \t\r\n"), b = s.find_last_not_of(" \t\r\n");
  return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

const SheetCell* at(const documents::SheetRow& r, int col) {
  if (col < 0 || static_cast<size_t>(col) >= r.cells.size()) return nullptr;
  return &r.cells[static_cast<size_t>(col)];
}

// The heading row: the first of the first 15 rows holding every required heading (folded).
struct Columns {
  int heading_row = -1;  // index in sheet.rows
  std::map<std::string, int> col;  // folded heading → column
};

Columns find_headings(const documents::Sheet& s, const std::vector<std::string>& required) {
  Columns best;
  for (size_t i = 0; i < s.rows.size() && i < 15; ++i) {
    Columns c;
    for (size_t k = 0; k < s.rows[i].cells.size(); ++k) {
      std::string f = text::fold(cell_text(s.rows[i].cells[k]));
      if (!f.empty() && !c.col.count(f)) c.col[f] = static_cast<int>(k);
    }
    bool all = true;
    for (auto& r : required)
      if (!c.col.count(r)) all = false;
    if (all) {
      c.heading_row = static_cast<int>(i);
      return c;
    }
  }
  return best;
}

const documents::Tcvn3& tcvn3_table() {
  static const documents::Tcvn3 table = documents::Tcvn3::from_json(nlohmann::json::parse(embedded_data("tcvn3.json")));
  return table;
}

void note_cells(ImportRow& row, const documents::SheetRow& r) {
  for (auto& c : r.cells) {
    if (c.formula) {
      row.notes.push_back("có công thức: dùng giá trị đã tính sẵn trong tệp (" + c.text + ")");
      break;
    }
  }
  for (auto& c : r.cells) {
    if (!c.tcvn3_from.empty()) row.notes.push_back("Đã chuyển từ mã TCVN3: \"" + c.tcvn3_from + "\" → \"" + c.text + "\"");
    if (c.encoding_unclear)
      row.problems.push_back("không rõ chữ \"" + c.text + "\" gõ bằng Unicode hay bằng bảng mã TCVN3 (ABC) (nếu là TCVN3 thì là \"" +
                             tcvn3_table().to_unicode(c.text) + "\"), các ô khác trong tệp không cho biết; hãy gõ lại ô này bằng Unicode");
  }
}

// A row of the preview: where it is in the workbook, with the notes its cells call for.
ImportRow start_row(const documents::Sheet& s, const documents::SheetRow& r) {
  progress::tick();
  ImportRow row;
  row.sheet = s.name;
  row.row = r.number;
  note_cells(row, r);
  return row;
}

std::optional<Date> date_of(const SheetCell* c) {
  if (!c || c->empty()) return std::nullopt;
  if (c->kind == SheetCell::Kind::kDate) return c->date;
  if (c->kind == SheetCell::Kind::kText) return documents::parse_vn_date(c->text);
  return std::nullopt;
}

// The units one import has looked up by code (installed by import_file for its transaction): a
// workbook names the same few units on thousands of rows.
thread_local std::map<std::string, std::optional<int64_t>>* tl_unit_codes = nullptr;

std::optional<int64_t> unit_by_code(storage::Tx& tx, const std::string& code) {
  if (tl_unit_codes)
    if (auto it = tl_unit_codes->find(code); it != tl_unit_codes->end()) return it->second;
  auto r = tx.query("SELECT id FROM units WHERE code = $1", {code});
  std::optional<int64_t> id = r.empty() ? std::nullopt : std::optional<int64_t>(storage::RowRef(r, 0).i64("id"));
  if (tl_unit_codes) tl_unit_codes->emplace(code, id);
  return id;
}

struct UnitCodeCache {
  std::map<std::string, std::optional<int64_t>> codes;
  std::map<std::string, std::optional<int64_t>>* previous = tl_unit_codes;
  UnitCodeCache() { tl_unit_codes = &codes; }
  ~UnitCodeCache() { tl_unit_codes = previous; }
};

const std::map<std::string, std::string>& unit_kind_words() {
  static const std::map<std::string, std::string> m = {
      {"ministry", "ministry"}, {"department", "department"}, {"provincial_police", "provincial_police"},
      {"division", "division"}, {"district_police", "district_police"}, {"commune_police", "commune_police"},
      {"grassroots_team", "grassroots_team"}, {"peoples_committee", "peoples_committee"}, {"other", "other"},
      {"bo", "ministry"}, {"bo cong an", "ministry"}, {"cuc", "department"}, {"cong an tinh", "provincial_police"},
      {"cong an tinh, thanh pho", "provincial_police"}, {"phong", "division"}, {"cong an huyen", "district_police"},
      {"cong an xa", "commune_police"}, {"cong an xa, phuong", "commune_police"}, {"cong an phuong", "commune_police"},
      {"to bao ve antt", "grassroots_team"}, {"to bao ve an ninh, trat tu", "grassroots_team"},
      {"ubnd", "peoples_committee"}, {"uy ban nhan dan", "peoples_committee"}, {"khac", "other"}};
  return m;
}

// ---- rosters ----

void roster_units(storage::Tx& tx, const documents::Sheet& s, const Columns& c, const ImportActor& actor, ImportResult& out,
                  std::vector<storage::NewUnit>& plan, std::vector<std::string>& parent_codes) {
  std::map<std::string, int> seen;  // code → row
  for (size_t i = static_cast<size_t>(c.heading_row) + 1; i < s.rows.size(); ++i) {
    auto& r = s.rows[i];
    ImportRow row = start_row(s, r);
    auto get = [&](const char* h) { auto* x = at(r, c.col.at(h)); return x ? cell_text(*x) : std::string(); };
    std::string code = get("ma don vi"), name = get("ten don vi"), kind = text::fold(get("loai")), parent = get("ma don vi cap tren");
    auto from = date_of(at(r, c.col.at("hieu luc tu")));
    if (code.empty()) row.problems.push_back("thiếu mã đơn vị");
    if (name.empty()) row.problems.push_back("thiếu tên đơn vị");
    auto k = unit_kind_words().find(kind);
    if (k == unit_kind_words().end()) row.problems.push_back("loại đơn vị không rõ: \"" + get("loai") + "\"");
    if (!from) row.problems.push_back("ngày hiệu lực không đọc được: \"" + get("hieu luc tu") + "\" (ghi ngày/tháng/năm)");
    if (!code.empty()) {
      if (seen.count(code)) row.problems.push_back("trùng mã đơn vị với dòng " + std::to_string(seen[code]));
      else if (unit_by_code(tx, code)) row.problems.push_back("mã đơn vị " + code + " đã có trong hệ thống");
      seen.emplace(code, r.number);
    }
    std::optional<int64_t> parent_id;
    if (parent.empty()) row.problems.push_back("thiếu mã đơn vị cấp trên");
    else if (auto p = unit_by_code(tx, parent)) {
      parent_id = p;
      if (!actor.in_scope(tx, *p)) row.problems.push_back("đơn vị cấp trên " + parent + " ngoài phạm vi quản lý của bạn");
    } else if (!seen.count(parent) || seen[parent] == r.number) {
      row.problems.push_back("không có đơn vị cấp trên mã " + parent + " (trong hệ thống hoặc ở các dòng trên)");
    }
    row.ok = row.problems.empty();
    row.values = values_text({{"code", code}, {"name", text::to_nfc(name)}, {"kind", k == unit_kind_words().end() ? json() : json(k->second)},
                              {"parent_code", parent}, {"valid_from", from ? json(from->iso()) : json()}});
    if (row.ok) {
      storage::NewUnit u;
      u.name = text::to_nfc(name);
      u.kind = k->second;
      u.code = code;
      u.parent_id = parent_id;  // filled at commit from parent_codes when it is in the file
      u.valid_from = *from;
      plan.push_back(u);
      parent_codes.push_back(parent);
    }
    out.rows.push_back(std::move(row));
  }
}

struct PersonPlan {
  std::string name, kind, unit_code;
  std::optional<int64_t> birth_year;
  storage::NewPosting posting;
};

// `plan`: what a commit saves (none for a preview).
void roster_people(storage::Tx& tx, const documents::Sheet& s, const Columns& c, const ImportActor& actor, ImportResult& out,
                   std::vector<PersonPlan>* plan) {
  std::unordered_map<std::string, int> seen;  // folded name|unit|birth year → row
  seen.reserve(s.rows.size());
  out.rows.reserve(out.rows.size() + s.rows.size());
  if (plan) plan->reserve(plan->size() + s.rows.size());
  auto opt_col = [&](const char* h) { auto it = c.col.find(h); return it == c.col.end() ? -1 : it->second; };
  // the columns, looked up once
  const int name_col = c.col.at("ho va ten"), unit_col = c.col.at("ma don vi"), from_col = c.col.at("tu ngay");
  const int rank_col = opt_col("cap bac"), position_col = opt_col("chuc vu"), kind_col = opt_col("loai"), birth_col = opt_col("nam sinh");
  std::string key;
  for (size_t i = static_cast<size_t>(c.heading_row) + 1; i < s.rows.size(); ++i) {
    auto& r = s.rows[i];
    ImportRow row = start_row(s, r);
    auto get = [&](int col) { auto* x = at(r, col); return x ? cell_text(*x) : std::string(); };
    std::string name = text::to_nfc(get(name_col)), unit = get(unit_col);
    std::string rank = get(rank_col), position = get(position_col), kind_text = text::fold(get(kind_col));
    auto from = date_of(at(r, from_col));
    if (name.empty()) row.problems.push_back("thiếu họ và tên");
    if (!from) row.problems.push_back("ngày bắt đầu không đọc được: \"" + get(from_col) + "\" (ghi ngày/tháng/năm)");
    std::string kind = "officer";
    if (kind_text == "to vien" || kind_text == "thanh vien" || kind_text == "member" || kind_text == "to truong" || kind_text == "to pho") kind = "member";
    else if (kind_text == "dan thuong" || kind_text == "civilian" || kind_text == "can bo uy ban") kind = "civilian";
    else if (!kind_text.empty() && kind_text != "can bo" && kind_text != "officer" && kind_text != "can bo chien si")
      row.problems.push_back("loại không rõ: \"" + get(kind_col) + "\" (cán bộ, tổ viên, dân thường)");
    std::optional<int64_t> birth;
    if (birth_col >= 0 && at(r, birth_col) && !at(r, birth_col)->empty()) {
      auto* x = at(r, birth_col);
      auto v = x->kind == SheetCell::Kind::kNumber ? std::optional<double>(x->number) : documents::parse_vn_number(x->text);
      if (x->kind == SheetCell::Kind::kDate) v = x->date.year();
      if (!v || *v < 1900 || *v > 2020 || std::floor(*v) != *v) row.problems.push_back("năm sinh không hợp lệ: \"" + x->text + "\"");
      else birth = static_cast<int64_t>(*v);
    }
    std::optional<int64_t> unit_id;
    if (unit.empty()) row.problems.push_back("thiếu mã đơn vị");
    else if (auto u = unit_by_code(tx, unit)) {
      unit_id = u;
      if (!actor.in_scope(tx, *u)) row.problems.push_back("đơn vị " + unit + " ngoài phạm vi quản lý của bạn");
    } else {
      row.problems.push_back("không có đơn vị mã " + unit);
    }
    if (!name.empty()) {
      key = text::fold(name);
      key += '|';
      key += unit;
      key += '|';
      if (birth) key += std::to_string(*birth);
      auto [it, fresh] = seen.try_emplace(key, r.number);
      if (!fresh) row.problems.push_back("trùng với dòng " + std::to_string(it->second) + " (cùng họ tên, đơn vị, năm sinh)");
    }
    row.ok = row.problems.empty();
    // written as JSON at once, its keys in the order nlohmann keeps them
    row.values.reserve(160 + name.size() + rank.size() + position.size());
    ObjectWriter(row.values)
        .opt("birth_year", birth)
        .opt("from", from ? std::optional<std::string>(from->iso()) : std::nullopt)
        .str("full_name", name)
        .str("kind", kind)
        .str("position", position)
        .str("rank", rank)
        .str("unit_code", unit)
        .close();
    if (row.ok && plan) {
      PersonPlan& p = plan->emplace_back();
      p.kind = kind;
      p.birth_year = birth;
      p.posting.unit_id = *unit_id;
      if (!rank.empty()) p.posting.rank = std::move(rank);
      if (!position.empty()) p.posting.position = std::move(position);
      p.posting.from = *from;
      p.name = std::move(name);
    }
    out.rows.push_back(std::move(row));
  }
}

// ---- report forms ----

struct ReportPlan {
  int64_t unit_id = 0;
  storage::StoredPeriod period;
  json values;
};

void report_sheet(storage::Tx& tx, const scoring::IndicatorCatalogue& cat, const documents::Sheet& s, const Columns& c,
                  const ImportActor& actor, ImportResult& out, std::vector<ReportPlan>& plan) {
  // the unit and the period above the table
  std::string unit_code, period_text;
  for (int i = 0; i < c.heading_row; ++i) {
    auto& r = s.rows[static_cast<size_t>(i)];
    if (r.cells.size() < 2) continue;
    std::string k = text::fold(cell_text(r.cells[0]));
    if (k == "ma don vi:" || k == "ma don vi") unit_code = cell_text(r.cells[1]);
    if (k == "ma ky bao cao:" || k == "ma ky bao cao") period_text = cell_text(r.cells[1]);
  }
  ImportRow head;
  head.sheet = s.name;
  head.row = s.rows[static_cast<size_t>(c.heading_row)].number;
  std::optional<int64_t> unit_id;
  std::optional<storage::StoredPeriod> period;
  if (unit_code.empty()) head.problems.push_back("thiếu ô \"Mã đơn vị:\" phía trên bảng (hãy dùng biểu mẫu tải về)");
  else if (auto u = unit_by_code(tx, unit_code)) {
    unit_id = u;
    if (!actor.in_scope(tx, *u)) head.problems.push_back("đơn vị " + unit_code + " ngoài phạm vi quản lý của bạn");
  } else {
    head.problems.push_back("không có đơn vị mã " + unit_code);
  }
  try {
    if (period_text.empty()) throw Error::Invalid("thiếu ô \"Mã kỳ báo cáo:\" phía trên bảng (hãy dùng biểu mẫu tải về)");
    auto p = scoring::Period::from_json(json::parse(period_text));
    if (p.end() >= Date::today_vn()) throw Error::Invalid("kỳ " + p.label() + " chưa kết thúc: chưa thể nhập báo cáo");
    period = storage::StoredPeriod{p.key(), p.to_json().dump(), p.start(), p.end()};
  } catch (const json::exception&) {
    head.problems.push_back("mã kỳ báo cáo không đọc được: \"" + period_text + "\"");
  } catch (const Error& e) {
    head.problems.push_back(e.what());
  }
  if (unit_id && period &&
      !tx.query("SELECT 1 FROM reports WHERE unit_id = $1 AND period_key = $2", {*unit_id, period->key}).empty())
    head.problems.push_back("đơn vị " + unit_code + " đã có báo cáo kỳ này; hãy sửa báo cáo đó thay vì nhập mới");
  head.ok = head.problems.empty();
  head.values = values_text({{"unit_code", unit_code}, {"period", period ? json::parse(period->json) : json()}});
  bool sheet_ok = head.ok;
  out.rows.push_back(head);

  json values = json::object();
  std::map<std::string, int> seen;
  int code_col = c.col.at("ma chi so"), value_col = c.col.at("gia tri");
  for (size_t i = static_cast<size_t>(c.heading_row) + 1; i < s.rows.size(); ++i) {
    auto& r = s.rows[i];
    ImportRow row = start_row(s, r);
    std::string code = at(r, code_col) ? cell_text(*at(r, code_col)) : "";
    const SheetCell* v = at(r, value_col);
    const scoring::Indicator* ind = code.empty() ? nullptr : cat.find(code);
    std::optional<double> value;
    if (code.empty()) row.problems.push_back("thiếu mã chỉ số");
    else if (!ind) row.problems.push_back("không có chỉ số mã " + code + " trong danh mục");
    else if (ind->kind != scoring::IndicatorKind::kCount && ind->kind != scoring::IndicatorKind::kSum)
      row.problems.push_back("chỉ số " + code + " được tính tự động, không nhập");
    else if (seen.count(code)) row.problems.push_back("trùng chỉ số với dòng " + std::to_string(seen[code]));
    if (!code.empty()) seen.emplace(code, r.number);
    if (v && !v->empty()) {
      if (v->kind == SheetCell::Kind::kNumber) value = v->number;
      else if (v->kind == SheetCell::Kind::kText) value = documents::parse_vn_number(v->text);
      if (v->kind == SheetCell::Kind::kError) row.problems.push_back("ô giá trị báo lỗi " + v->text);
      else if (!value) row.problems.push_back("giá trị không phải là số: \"" + v->text + "\"");
      else if (*value < 0) row.problems.push_back("giá trị âm: " + v->text);
      else if (ind && ind->kind == scoring::IndicatorKind::kCount && std::floor(*value) != *value)
        row.problems.push_back("chỉ số đếm phải là số nguyên: " + v->text);
    }
    row.ok = row.problems.empty();
    row.values = values_text({{"code", code}, {"name", ind ? json(ind->name) : json()}, {"value", value ? json(*value) : json()}});
    if (!row.ok) sheet_ok = false;
    else values[code] = value ? json(*value) : json();  // empty: not reported, never 0
    out.rows.push_back(std::move(row));
  }
  if (sheet_ok && unit_id && period) {
    try {
      (void)scoring::IndicatorValues::from_json(cat, values);
      plan.push_back({*unit_id, *period, values});
    } catch (const Error& e) {
      out.rows.push_back({s.name, head.row, false, {e.what()}, {}, {}});
    }
  }
}

}  // namespace

documents::Workbook read_import_workbook(const std::string& bytes, const std::string& filename, std::vector<std::string>& notes) {
  std::string label = filename.empty() ? "tải lên" : filename;
  std::string type = documents::sniff(bytes);
  bool csv = type == "other" && filename.size() > 4 && text::fold(filename.substr(filename.size() - 4)) == ".csv";
  documents::Workbook wb = csv ? documents::read_csv(bytes, label) : documents::read_workbook(bytes, label);
  if (wb.legacy_fonts && wb.legacy_font.rfind(".Vn", 0) != 0)
    throw Error::Invalid("Tệp " + label + ": dùng phông " + wb.legacy_font +
                         " của bảng mã VNI, không phải Unicode; hãy chuyển mã sang Unicode (ví dụ bằng Unikey) rồi nhập lại");
  if (size_t n = documents::convert_tcvn3(wb, tcvn3_table()))
    notes.push_back("Đã chuyển " + std::to_string(n) + " ô từ mã TCVN3 (ABC) sang Unicode" +
                    (wb.legacy_fonts ? " (tệp dùng phông " + wb.legacy_font + ")" : std::string()) +
                    "; hãy xem lại các ô có ghi chú \"Đã chuyển từ mã TCVN3\"");
  return wb;
}

ImportRow start_import_row(const documents::Sheet& s, const documents::SheetRow& r) { return start_row(s, r); }

ImportResult import_file(storage::Database& db, const scoring::IndicatorCatalogue& cat, const std::string& kind,
                         const std::string& bytes, const std::string& filename, const ImportActor& actor, bool commit) {
  if (kind != "reports" && kind != "roster") throw Error::Invalid("Loại nhập phải là reports hoặc roster", "kind");
  std::string label = filename.empty() ? "tải lên" : filename;
  ImportResult out;
  documents::Workbook wb = read_import_workbook(bytes, filename, out.notes);
  out.kind = kind;
  size_t all_rows = 0;
  for (auto& s : wb.sheets) all_rows += s.rows.size();
  progress::phase("check", all_rows);
  UnitCodeCache unit_codes;  // for this import's transaction only
  auto tx = db.begin(commit ? storage::TxMode::kWrite : storage::TxMode::kRead);
  std::vector<storage::NewUnit> units;
  std::vector<std::string> parent_codes;
  std::vector<PersonPlan> people;
  std::vector<ReportPlan> reports;
  bool any_table = false;
  for (auto& s : wb.sheets) {
    if (s.rows.empty()) continue;
    for (auto& m : s.merges) out.notes.push_back("Trang \"" + s.name + "\": ô gộp " + m + " — chỉ ô đầu tiên có giá trị");
    if (kind == "reports") {
      auto c = find_headings(s, {"ma chi so", "gia tri"});
      if (c.heading_row < 0) continue;
      any_table = true;
      out.what = "reports";
      report_sheet(*tx, cat, s, c, actor, out, reports);
    } else {
      auto people_cols = find_headings(s, {"ho va ten", "ma don vi", "tu ngay"});
      auto unit_cols = find_headings(s, {"ma don vi", "ten don vi", "loai", "ma don vi cap tren", "hieu luc tu"});
      if (people_cols.heading_row >= 0) {
        any_table = true;
        out.what = "people";
        roster_people(*tx, s, people_cols, actor, out, commit ? &people : nullptr);
      } else if (unit_cols.heading_row >= 0) {
        any_table = true;
        out.what = "units";
        roster_units(*tx, s, unit_cols, actor, out, units, parent_codes);
      }
    }
  }
  bool all_empty = true;
  for (auto& s : wb.sheets)
    if (!s.rows.empty()) all_empty = false;
  if (all_empty) throw Error::Invalid("Tệp " + label + ": trang tính trống, không có dòng nào");
  if (!any_table)
    throw Error::Invalid("Tệp " + label + ": không tìm thấy dòng tiêu đề của bảng; cần các cột " +
                         std::string(kind == "reports" ? "\"Mã chỉ số\", \"Giá trị\""
                                                       : "\"Họ và tên\", \"Mã đơn vị\", \"Từ ngày\" (cán bộ) hoặc \"Mã đơn vị\", "
                                                         "\"Tên đơn vị\", \"Loại\", \"Mã đơn vị cấp trên\", \"Hiệu lực từ\" (đơn vị)"));
  if (out.rows.empty()) throw Error::Invalid("Tệp " + label + ": bảng không có dòng dữ liệu nào dưới tiêu đề");
  if (!commit) return out;
  if (out.problem_rows())
    throw Error::Invalid("Có " + std::to_string(out.problem_rows()) + " dòng lỗi: không lưu dòng nào; hãy sửa tệp rồi nhập lại");
  storage::Actor by{actor.user_id, actor.username};
  std::map<std::string, int64_t> made;
  progress::phase("save", units.size() + people.size() + reports.size());
  for (size_t i = 0; i < units.size(); ++i) {
    progress::tick();
    auto u = units[i];
    if (!u.parent_id) u.parent_id = made.at(parent_codes[i]);
    made[u.code] = storage::UnitRepository(*tx).create(u).id;
  }
  for (auto& p : people) {
    progress::tick();
    storage::PersonRepository(*tx).create(p.name, p.kind, p.birth_year, p.posting);
  }
  // Reports are saved in batches (ReportRepository::put_many: every report checked, then
  // multi-row inserts); a cancel is heeded between batches, and the transaction is all or nothing.
  constexpr size_t kBatch = 500;
  for (size_t i = 0; i < reports.size(); i += kBatch) {
    std::vector<storage::NewReport> batch;
    for (size_t k = i; k < std::min(reports.size(), i + kBatch); ++k)
      batch.push_back({reports[k].unit_id, reports[k].period, reports[k].values.dump(), ""});
    auto ids = storage::ReportRepository(*tx).put_many(batch, false, by, Date::today_vn());
    out.report_ids.insert(out.report_ids.end(), ids.begin(), ids.end());
    progress::step(units.size() + people.size() + i + batch.size());
  }
  progress::check();  // the last moment a cancel is heeded: after it, everything is saved
  if (actor.before_commit) actor.before_commit(*tx, out);
  tx->commit();
  out.committed = true;
  return out;
}

std::string report_form(storage::Database& db, const scoring::IndicatorCatalogue& cat, int64_t unit_id, const std::string& period_json) {
  auto tx = db.begin(storage::TxMode::kRead);
  auto u = storage::UnitRepository(*tx).get(unit_id);
  auto p = scoring::Period::from_json(json::parse(period_json));
  documents::Table t;
  t.title = "BÁO CÁO SỐ LIỆU " + p.label();
  t.sheet = u.code.empty() ? "Báo cáo" : u.code;
  t.notes = {};
  using documents::Column;
  // The unit and the period stay in two-cell rows the import reads back ("Mã đơn vị:", "Mã kỳ báo cáo:").
  t.columns = {{"Mã chỉ số", Column::Type::kText, 22}, {"Chỉ số", Column::Type::kText, 60}, {"Đơn vị tính", Column::Type::kText, 12},
               {"Giá trị", Column::Type::kNumber, 14}};
  for (auto& i : cat.indicators())
    if (i.kind == scoring::IndicatorKind::kCount || i.kind == scoring::IndicatorKind::kSum)
      t.rows.push_back({i.code, i.name, i.unit, documents::Cell()});
  t.notes.push_back("Đơn vị: " + u.name);
  t.notes.push_back("Kỳ báo cáo: " + p.label() + " (từ " + p.start().vn() + " đến " + p.end().vn() + ")");
  t.notes.push_back("Điền cột \"Giá trị\"; để trống chỉ số chưa có số liệu (không ghi 0 thay cho ô trống).");
  t.meta = {{"Mã đơn vị:", u.code}, {"Mã kỳ báo cáo:", p.to_json().dump()}};
  return documents::to_xlsx(t);
}

}  // namespace thidua::api
