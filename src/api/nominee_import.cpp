#include "api/nominee_import.h"

#include <algorithm>
#include <cstring>
#include <set>

#include "api/data_files.h"
#include "core/error.h"
#include "documents/table.h"
#include "storage/registry.h"
#include "text/vietnamese.h"

namespace thidua::api {

using nlohmann::json;
using documents::SheetCell;

json NomineeResult::to_json() const {
  json j = json::parse(preview.to_json_text());  // a dossier's few rows: one tree, its keys sorted as ever
  j["proposal_id"] = proposal_id ? json(*proposal_id) : json();
  return j;
}

namespace {

const std::vector<std::string> kRoles = {"stt", "name", "unit", "title", "grounds", "note"};

// A heading or a title as compared: folded, "(…)" dropped, "/ ; -" as commas, spaces collapsed.
std::string key_of(const std::string& s) {
  std::string f = text::fold(s), out;
  int depth = 0;
  for (char c : f) {
    if (c == '(') ++depth;
    else if (c == ')') depth = std::max(0, depth - 1);
    else if (depth == 0) out += (c == '/' || c == ';' || c == '-') ? ',' : c;
  }
  std::string norm;
  for (char c : out) {
    if (c == ',' && !norm.empty() && norm.back() == ' ') norm.pop_back();
    if (c == ' ' && (norm.empty() || norm.back() == ' ' || norm.back() == ',')) {
      if (!norm.empty() && norm.back() == ',') norm += ' ';
      continue;
    }
    norm += c;
  }
  while (!norm.empty() && (norm.back() == ' ' || norm.back() == ':' || norm.back() == ',' || norm.back() == '.')) norm.pop_back();
  return norm;
}

const json& data() {
  static const json j = json::parse(embedded_data("nominee-import.json"));
  return j;
}

std::optional<std::string> role_of(const std::string& heading) {
  std::string k = key_of(heading);
  if (k.empty()) return std::nullopt;
  for (const auto& [role, list] : data()["headings"]["exact"].items())
    for (const auto& h : list)
      if (h.get<std::string>() == k) return role;
  for (const auto& rule : data()["headings"]["contains"])
    for (const auto& w : rule["any"])
      if (k.find(w.get<std::string>()) != std::string::npos) return rule["role"].get<std::string>();
  return std::nullopt;
}

std::string cell_text(const documents::SheetRow& r, int col) {
  if (col < 0 || static_cast<size_t>(col) >= r.cells.size()) return "";
  std::string s = r.cells[static_cast<size_t>(col)].text;
  size_t a = s.find_first_not_of(" \t\r\n"), b = s.find_last_not_of(" \t\r\n");
  return a == std::string::npos ? "" : text::to_nfc(s.substr(a, b - a + 1));
}

// The heading row: among the first 15, the first giving both a name and a title column.
std::pair<int, std::map<std::string, int>> headings(const documents::Sheet& s) {
  for (size_t i = 0; i < s.rows.size() && i < 15; ++i) {
    std::map<std::string, int> cols;
    for (size_t c = 0; c < s.rows[i].cells.size(); ++c)
      if (auto role = role_of(s.rows[i].cells[c].text); role && !cols.count(*role)) cols[*role] = static_cast<int>(c);
    if (cols.count("name") && cols.count("title")) return {static_cast<int>(i), cols};
  }
  return {-1, {}};
}

// The entries a proposal may carry in `year`: titles and forms, not the yearly evaluations.
std::vector<const commendation::Entry*> proposable(const CommendationData& d, int year) {
  std::vector<const commendation::Entry*> out;
  std::set<std::string> seen;
  for (const auto& e : d.catalogue.entries())
    if (e.kind != "evaluation" && seen.insert(e.code).second)
      if (const auto* in = d.catalogue.find_in_year(e.code, year)) out.push_back(in);
  return out;
}

const commendation::Entry* title_of(const CommendationData& d, int year, const std::string& typed) {
  std::string k = key_of(typed);
  for (const char* prefix : {"de nghi tang ", "de nghi ", "tang ", "danh hieu "})
    if (k.rfind(prefix, 0) == 0) k = k.substr(std::strlen(prefix));
  for (const auto* e : proposable(d, year))
    if (key_of(e->name) == k || e->code == typed) return e;
  auto& aliases = data()["titles"];
  if (aliases.contains(k)) return d.catalogue.find_in_year(aliases[k].get<std::string>(), year);
  return nullptr;
}

std::string first_part(const std::string& folded) { return folded.substr(0, folded.find(',')); }

struct Found {
  std::optional<ItemRequest> item;
  std::string subject_name, unit_name;
  json candidates = json::array();
};

}  // namespace

void check_nominee_import_data(const CommendationData& d) {
  auto fail = [](const std::string& m) { throw Error(ErrorCode::kInternal, "data/nominee-import.json: " + m); };
  const json& j = data();
  if (!j.contains("headings") || !j["headings"].contains("exact") || !j["headings"].contains("contains") || !j.contains("titles"))
    fail("thiếu headings.exact, headings.contains hoặc titles");
  for (const auto& [role, list] : j["headings"]["exact"].items())
    if (std::find(kRoles.begin(), kRoles.end(), role) == kRoles.end()) fail("vai trò cột không biết: " + role);
  for (const auto& r : j["headings"]["contains"])
    if (std::find(kRoles.begin(), kRoles.end(), r.value("role", "")) == kRoles.end()) fail("vai trò cột không biết: " + r.dump());
  for (const auto& [alias, code] : j["titles"].items())
    if (!d.catalogue.knows(code.get<std::string>())) fail("\"" + alias + "\" trỏ tới mã " + code.get<std::string>() + " không có trong danh mục");
}

NomineeResult import_nominees(storage::Database& db, const CommendationData& d, const Actor& a, const NomineeImport& req,
                              const std::string& bytes, bool commit) {
  check_nominee_import_data(d);
  std::string label = req.filename.empty() ? "tải lên" : req.filename;
  NomineeResult res;
  ImportResult& out = res.preview;
  out.kind = "nominees";
  out.what = "nominees";
  documents::Workbook wb = read_import_workbook(bytes, req.filename, out.notes);
  auto tx = db.begin(commit ? storage::TxMode::kWrite : storage::TxMode::kRead);
  storage::UnitRepository units(*tx);
  std::optional<storage::Proposal> draft;
  int64_t proposer = req.unit_id;
  int year = req.year;
  if (req.proposal_id) {
    draft = storage::ProposalRepository(*tx).find(*req.proposal_id);
    if (!draft || !actor_sees(*tx, a, draft->unit_id)) throw Error::NotFound("Không tìm thấy hồ sơ đề nghị");
    if (draft->state != "draft" && draft->state != "returned")
      throw Error::Conflict("Chỉ nhập danh sách vào hồ sơ dự thảo hoặc bị trả lại");
    proposer = draft->unit_id;
    year = draft->year;
  } else {
    if (!actor_sees(*tx, a, proposer)) throw Error::Forbidden("Đơn vị đề nghị nằm ngoài phạm vi quản lý của bạn");
    if (year < 1990 || year > 2100) throw Error::Invalid("Năm đề nghị không hợp lệ", "year");
  }
  std::string proposer_name = units.get(proposer).name;
  std::optional<std::string> issuer = draft ? std::optional<std::string>(draft->issuer) : std::nullopt;
  int64_t issuer_unit = draft ? draft->issuer_unit_id : 0;
  using Key = std::tuple<std::string, int64_t, std::string>;
  std::set<Key> in_draft;
  std::map<std::string, int> per_code;  // nominees of each title in the dossier after the import
  if (draft)
    for (const auto& it : draft->items) {
      in_draft.insert({it.subject_kind, it.subject_id, it.code});
      ++per_code[it.code];
    }
  std::map<Key, int> seen;  // → the row it was first on
  std::vector<std::pair<size_t, ItemRequest>> planned;  // row index in out.rows → the nominee
  bool any_table = false;
  for (const auto& s : wb.sheets) {
    auto [head, cols] = headings(s);
    if (head < 0) continue;
    any_table = true;
    for (auto& m : s.merges) out.notes.push_back("Trang \"" + s.name + "\": ô gộp " + m + " — chỉ ô đầu tiên có giá trị");
    auto col = [&cols = cols](const char* role) { return cols.count(role) ? cols.at(role) : -1; };
    for (size_t i = static_cast<size_t>(head) + 1; i < s.rows.size(); ++i) {
      const auto& r = s.rows[i];
      std::string name = cell_text(r, col("name")), title = cell_text(r, col("title")), unit_text = cell_text(r, col("unit"));
      std::string note = cell_text(r, col("note")), grounds = cell_text(r, col("grounds"));
      if (grounds.empty()) grounds = note;  // a list without a column of achievements keeps them in the notes
      if (name.empty() && title.empty()) continue;  // a blank line
      if (title.empty() && cell_text(r, col("stt")).empty()) {  // the signature block below the list
        out.notes.push_back("Trang \"" + s.name + "\" dòng " + std::to_string(r.number) + ": \"" + name +
                            "\" không có số thứ tự và danh hiệu — coi là chữ dưới danh sách, không nhập");
        continue;
      }
      ImportRow row = start_import_row(s, r);
      json values = {{"stt", cell_text(r, col("stt"))}, {"name", name},           {"unit_text", unit_text}, {"title_text", title},
                     {"grounds", grounds},             {"note", note},           {"code", nullptr},        {"title", nullptr},
                     {"subject", nullptr}};
      const commendation::Entry* e = nullptr;
      if (name.empty()) row.problems.push_back("thiếu họ tên (hoặc tên tập thể)");
      if (title.empty()) row.problems.push_back("thiếu danh hiệu, hình thức đề nghị");
      else if (!(e = title_of(d, year, title))) {
        std::string names;
        for (const auto* x : proposable(d, year)) names += (names.empty() ? "" : "; ") + x->name;
        row.problems.push_back("không rõ danh hiệu, hình thức \"" + title + "\" trong danh mục năm " + std::to_string(year) +
                               " (các tên được nhận: " + names + ")");
      }
      Found f;
      if (!name.empty() && e) {
        std::string folded = text::fold(name), unit_folded = text::fold(unit_text);
        auto find_person = [&]() {
          storage::PersonQuery q;
          q.q = name;
          q.unit_id = proposer;
          if (!a.everything) q.scope_root = a.unit_id;
          q.limit = 200;
          std::vector<storage::Person> same;
          for (auto& p : storage::PersonRepository(*tx).search(q, nullptr))
            if (text::fold(p.full_name) == folded) same.push_back(p);
          return same;
        };
        auto find_units = [&]() {
          std::vector<storage::Unit> same;
          auto rs = tx->query("SELECT id FROM units WHERE name_folded = $1 ORDER BY id", {folded});
          for (size_t k = 0; k < rs.size(); ++k) {
            int64_t id = storage::RowRef(rs, k).i64("id");
            if (units.in_scope(proposer, id) && actor_sees(*tx, a, id)) same.push_back(units.get(id));
          }
          return same;
        };
        if (e->for_person()) {
          auto same = find_person();
          if (same.empty() && !find_units().empty()) {
            // "Bằng khen" typed for a collective: the collective form of the same name
            if (const auto* col_e = d.catalogue.find_in_year(e->code + "_tap_the", year)) e = col_e;
          }
        }
        if (e->for_person()) {
          auto same = find_person();
          if (same.size() > 1) {
            std::vector<storage::Person> by_unit;
            for (auto& p : same) {
              std::string un = p.current ? text::fold(p.current->unit_name) : "";
              if (req.choices.count(r.number) && req.choices.at(r.number) == p.id) {
                by_unit = {p};
                row.notes.push_back("người được chọn trong số những người trùng tên");
                break;
              }
              if (!un.empty() && !unit_folded.empty() && unit_folded.find(first_part(un)) != std::string::npos) by_unit.push_back(p);
            }
            if (by_unit.size() == 1) {
              if (row.notes.empty() || row.notes.back() != "người được chọn trong số những người trùng tên")
                row.notes.push_back("có " + std::to_string(same.size()) + " người tên \"" + name + "\"; chọn người ở " +
                                    by_unit[0].current->unit_name + " theo cột chức vụ, đơn vị");
              same = by_unit;
            }
          }
          if (same.empty()) {
            row.problems.push_back("không tìm thấy cán bộ \"" + name + "\" đang công tác trong " + proposer_name);
          } else if (same.size() > 1) {
            std::string list;
            for (auto& p : same) {
              list += (list.empty() ? "" : "; ") + p.full_name + " (" + (p.current ? p.current->unit_name : "") + ")";
              f.candidates.push_back({{"id", p.id}, {"name", p.full_name}, {"unit_name", p.current ? json(p.current->unit_name) : json()},
                                      {"position", p.current && p.current->position ? json(*p.current->position) : json()}});
            }
            row.problems.push_back("có " + std::to_string(same.size()) + " người tên \"" + name + "\" trong " + proposer_name + ": " +
                                   list + "; hãy ghi rõ đơn vị ở cột chức vụ, đơn vị hoặc chọn người");
          } else {
            f.item = ItemRequest{"person", same[0].id, e->code, grounds, {}};
            f.subject_name = same[0].full_name;
            f.unit_name = same[0].current ? same[0].current->unit_name : "";
          }
        } else {
          auto same = find_units();
          if (same.empty()) row.problems.push_back("không tìm thấy đơn vị \"" + name + "\" trong " + proposer_name);
          else if (same.size() > 1) row.problems.push_back("có " + std::to_string(same.size()) + " đơn vị tên \"" + name + "\"");
          else {
            f.item = ItemRequest{"unit", same[0].id, e->code, grounds, {}};
            f.subject_name = same[0].name;
          }
        }
      }
      if (e) {
        values["code"] = e->code;
        values["title"] = e->name;
      }
      if (!f.candidates.empty()) values["candidates"] = f.candidates;
      if (f.item) {
        values["subject"] = {{"kind", f.item->subject_kind}, {"id", f.item->subject_id}, {"name", f.subject_name},
                             {"unit_name", f.unit_name}};
        Key key{f.item->subject_kind, f.item->subject_id, f.item->code};
        if (auto dup = seen.find(key); dup != seen.end())
          row.problems.push_back("trùng với dòng " + std::to_string(dup->second) + " (cùng người, cùng danh hiệu)");
        else if (in_draft.count(key))
          row.problems.push_back(f.subject_name + " đã có trong hồ sơ với \"" + e->name + "\"");
        else {
          seen.emplace(key, r.number);
          std::string row_issuer;
          int64_t row_issuer_unit = 0;
          if (auto why = nominee_problem(*tx, d, a, proposer, year, draft ? draft->group_year_id : std::nullopt, *f.item, &row_issuer,
                                         &row_issuer_unit))
            row.problems.push_back(*why);
          else if (issuer && *issuer != row_issuer)
            row.problems.push_back("\"" + e->name + "\" do " + d.catalogue.issuer(row_issuer)->name + " quyết định, khác cấp với " +
                                   (draft ? "hồ sơ này (" : "các dòng trên (") + d.catalogue.issuer(*issuer)->name +
                                   "); cần một hồ sơ riêng");
          else {
            issuer = row_issuer;
            issuer_unit = row_issuer_unit;
            if (row.problems.empty()) {
              ++per_code[f.item->code];
              planned.push_back({out.rows.size(), *f.item});
            }
          }
        }
      }
      row.ok = row.problems.empty();
      row.values = values_text(values);
      out.rows.push_back(std::move(row));
    }
  }
  bool all_empty = std::all_of(wb.sheets.begin(), wb.sheets.end(), [](const documents::Sheet& s) { return s.rows.empty(); });
  if (all_empty) throw Error::Invalid("Tệp " + label + ": trang tính trống, không có dòng nào");
  if (!any_table)
    throw Error::Invalid("Tệp " + label + ": không tìm thấy dòng tiêu đề của danh sách; cần ít nhất cột \"Họ và tên\" (hoặc \"Tên tập thể\") "
                         "và cột \"Danh hiệu, hình thức đề nghị\"");
  if (out.rows.empty()) throw Error::Invalid("Tệp " + label + ": danh sách không có dòng nào dưới tiêu đề");
  // the quota of each title with every nominee of the dossier after the import
  for (const auto& [code, count] : per_code) {
    if (!issuer) break;
    int adding = count;
    if (auto why = quota_problem(*tx, d, code, year, issuer_unit, draft ? draft->id : 0, adding))
      for (auto& [index, item] : planned)
        if (item.code == code) {
          out.rows[index].problems.push_back(*why);
          out.rows[index].ok = false;
        }
  }
  if (!commit) return res;
  if (out.problem_rows())
    throw Error::Invalid("Có " + std::to_string(out.problem_rows()) + " dòng lỗi: không nhập dòng nào; hãy sửa tệp rồi nhập lại");
  std::vector<ItemRequest> items;
  if (draft)
    for (const auto& it : draft->items) items.push_back({it.subject_kind, it.subject_id, it.code, it.grounds, it.example_id});
  for (auto& [index, item] : planned) items.push_back(item);
  if (draft) {
    EditRequest e;
    e.items = items;
    e.reason = "Nhập danh sách từ tệp " + label + ": " + std::to_string(planned.size()) + " đề nghị";
    res.proposal_id = edit_proposal(*tx, d, a, draft->id, e).id;
  } else {
    ProposalRequest p;
    p.unit_id = proposer;
    p.year = year;
    p.title = req.title;
    p.report = "";
    p.items = items;
    res.proposal_id = create_proposal(*tx, d, a, p).id;
  }
  tx->commit();
  out.committed = true;
  return res;
}

std::string nominee_form(const CommendationData& d, int year) {
  documents::Table t;
  t.title = "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM " + std::to_string(year);
  t.sheet = "Danh sách";
  t.notes = {"Mỗi dòng một cá nhân hoặc tập thể; cột \"Danh hiệu, hình thức đề nghị\" chọn trong danh sách (trang Danh mục).",
             "Người trùng tên: ghi rõ đơn vị ở cột \"Chức vụ, đơn vị\"."};
  using documents::Column;
  Column title{"Danh hiệu, hình thức đề nghị", Column::Type::kText, 40, {}};
  for (const auto* e : proposable(d, year)) title.choices.push_back(e->name);
  t.columns = {{"STT", Column::Type::kInteger, 6, {}},
               {"Họ và tên (tên tập thể)", Column::Type::kText, 28, {}},
               {"Chức vụ, đơn vị", Column::Type::kText, 36, {}},
               title,
               {"Tóm tắt thành tích", Column::Type::kText, 60, {}},
               {"Ghi chú", Column::Type::kText, 20, {}}};
  return documents::to_xlsx(t);
}

}  // namespace thidua::api
