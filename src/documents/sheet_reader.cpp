#include "documents/sheet_reader.h"

#include <pugixml.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include "core/error.h"
#include "core/progress.h"
#include "documents/package.h"
#include "documents/xml_stream.h"
#include "text/vietnamese.h"

namespace thidua::documents {

namespace {

const char* local(const char* name) {
  const char* c = std::strchr(name, ':');
  return c ? c + 1 : name;
}
bool is(pugi::xml_node n, const char* name) { return std::strcmp(local(n.name()), name) == 0; }
pugi::xml_node child(pugi::xml_node n, const char* name) {
  for (auto c = n.first_child(); c; c = c.next_sibling())
    if (c.type() == pugi::node_element && is(c, name)) return c;
  return {};
}

void load(pugi::xml_document& d, const std::string& text, const std::string& label, const std::string& part) {
  auto r = d.load_buffer(text.data(), text.size(), pugi::parse_default);
  if (!r) throw Error::Invalid("Tệp " + label + ": phần " + part + " bị hỏng (" + r.description() + ")");
}

// _x000D_ escapes of OOXML strings
std::string unescape(std::string s) {
  size_t i = 0;
  while ((i = s.find("_x", i)) != std::string::npos) {
    if (i + 7 <= s.size() && s[i + 6] == '_') {
      unsigned v = 0;
      bool ok = true;
      for (size_t k = i + 2; k < i + 6; ++k) {
        char c = s[k];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= unsigned(c - '0');
        else if (c >= 'A' && c <= 'F') v |= unsigned(c - 'A' + 10);
        else if (c >= 'a' && c <= 'f') v |= unsigned(c - 'a' + 10);
        else ok = false;
      }
      if (ok && v < 0x80) {
        s.replace(i, 7, std::string(1, static_cast<char>(v)));
        ++i;
        continue;
      }
    }
    i += 2;
  }
  return s;
}

using Tok = XmlStream::Token;

// The scanner over a part of the package, inflated a chunk at a time.
XmlStream part_stream(ZipReader& zip, const std::string& part, const std::string& label) {
  std::shared_ptr<ZipPart> p = zip.open(part);
  return XmlStream([p](char* buf, size_t cap) { return p->read(buf, cap); }, "Tệp " + label + ": phần " + part);
}

// After the kStart of a string item (<si> of the shared strings, <is> of an inline string), up to
// its end tag: its own <t>, and the first <t> of each rich-text run <r> (never the phonetic
// reading <rPh>), _x000D_ escapes decoded.
std::string string_item(XmlStream& x) {
  const int d = x.depth();
  std::string s;
  if (x.empty_element()) {
    x.next();
    return s;
  }
  int t_depth = 0;  // the <t> whose text counts, while it is open
  bool in_run = false, run_has_t = false;
  for (;;) {
    switch (x.next()) {
      case Tok::kStart:
        if (x.depth() == d + 1 && x.name() == "t") t_depth = d + 1;
        else if (x.depth() == d + 1 && x.name() == "r") in_run = true, run_has_t = false;
        else if (x.depth() == d + 2 && in_run && !run_has_t && x.name() == "t") t_depth = d + 2, run_has_t = true;
        break;
      case Tok::kEnd:
        if (x.depth() == d) return unescape(std::move(s));
        if (x.depth() == t_depth) t_depth = 0;
        if (x.depth() == d + 1) in_run = false;
        break;
      case Tok::kText:
        if (t_depth && x.depth() == t_depth) s += x.text();
        break;
      case Tok::kEof:
        return unescape(std::move(s));
    }
  }
}

// pugixml's as_int/as_ullong: white space, a sign, decimal or 0x hexadecimal; 0 when none.
long long integer_of(const std::string& v) {
  const char* p = v.c_str();
  while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n') ++p;
  bool neg = *p == '-';
  if (*p == '-' || *p == '+') ++p;
  int base = 10;
  if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) base = 16, p += 2;
  long long n = std::strtoll(p, nullptr, base);
  return neg ? -n : n;
}

// Whether a number format shows a date: built-ins 14–22, 45–47, or a code with d/m/y outside
// quotes and brackets.
bool date_format(int id, const std::string& code) {
  if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47)) return true;
  if (code.empty()) return false;
  bool quote = false, bracket = false;
  for (char c : code) {
    if (c == '"') quote = !quote;
    else if (!quote && c == '[') bracket = true;
    else if (!quote && c == ']') bracket = false;
    else if (!quote && !bracket && (c == 'd' || c == 'D' || c == 'y' || c == 'Y' || c == 'm' || c == 'M')) return true;
  }
  return false;
}

// The 0-based column of a cell reference ("C7" → 2), -1 past the last column a workbook can have
// (XFD, 16,384) — a reference no spreadsheet writes ("ZZZZZZZ1"), whose cell is left out.
int column_of(const char* ref) {
  constexpr int kLastColumn = 16384;
  int col = 0;
  for (const char* p = ref; *p && std::isalpha(static_cast<unsigned char>(*p)); ++p)
    if ((col = col * 26 + (std::toupper(static_cast<unsigned char>(*p)) - 'A' + 1)) > kLastColumn) return -1;
  return col - 1;
}

std::string resolve(const std::string& base_dir, const std::string& target) {
  if (!target.empty() && target[0] == '/') return target.substr(1);
  std::string path = base_dir + target;
  // collapse "dir/../"
  size_t i;
  while ((i = path.find("/../")) != std::string::npos) {
    size_t s = path.rfind('/', i - 1);
    path.erase(s == std::string::npos ? 0 : s + 1, i + 4 - (s == std::string::npos ? 0 : s + 1));
  }
  return path;
}

std::string number_shown(double v) {
  char b[40];
  if (std::floor(v) == v && std::fabs(v) < 1e15 && !(v == 0 && std::signbit(v)))
    return std::to_string(static_cast<long long>(v));  // as "%.0f" writes it
  if (std::floor(v) == v && std::fabs(v) < 1e15) std::snprintf(b, sizeof b, "%.0f", v);
  else std::snprintf(b, sizeof b, "%.10g", v);
  return b;
}

// What reading a worksheet needs from the rest of the workbook.
struct SheetContext {
  const std::string& who;  // "Tệp a.xlsx: "
  const ReadLimits& limits;
  const std::vector<std::string>& shared;
  const std::vector<bool>& xf_date;  // by style index: the number is a date
  bool date1904;
};

// One <c> as the scanner hands it over, turned into a cell (kEmpty when it holds nothing).
struct RawCell {
  std::string ref, type, style, v;
  bool has_ref = false, has_style = false, has_v = false, formula = false, has_is = false;
  std::string inline_text;
};

SheetCell typed_cell(const RawCell& c, const SheetContext& ctx) {
  SheetCell cell;
  cell.formula = c.formula;
  const std::string& t = c.type;
  if (t == "s") {
    long long i = integer_of(c.v);
    if (i < 0 || static_cast<unsigned long long>(i) >= ctx.shared.size())
      throw Error::Invalid(ctx.who + "ô " + c.ref + " trỏ tới chuỗi không có");
    cell.kind = SheetCell::Kind::kText;
    cell.text = ctx.shared[static_cast<size_t>(i)];
  } else if (t == "inlineStr") {
    cell.kind = SheetCell::Kind::kText;
    cell.text = text::to_nfc(c.inline_text);
  } else if (t == "str") {
    cell.kind = SheetCell::Kind::kText;
    cell.text = text::to_nfc(unescape(c.v));
  } else if (t == "b") {
    cell.kind = SheetCell::Kind::kBool;
    cell.number = static_cast<double>(static_cast<int>(integer_of(c.v)));
    cell.text = cell.number ? "TRUE" : "FALSE";
  } else if (t == "e") {
    cell.kind = SheetCell::Kind::kError;
    cell.text = c.v;
  } else if (t == "d") {
    if (auto d = Date::parse_iso(c.v.substr(0, 10))) {
      cell.kind = SheetCell::Kind::kDate;
      cell.date = *d;
      cell.text = d->vn();
    }
  } else if (c.has_v) {
    cell.kind = SheetCell::Kind::kNumber;
    cell.number = std::strtod(c.v.c_str(), nullptr);
    cell.text = number_shown(cell.number);
    size_t s = c.has_style ? static_cast<size_t>(static_cast<int>(integer_of(c.style))) : 0;
    if (s < ctx.xf_date.size() && ctx.xf_date[s]) {
      int serial = static_cast<int>(std::floor(cell.number));
      // 1900 system: serial 60 is the fictitious 29/02/1900; from 61 on, 1899-12-30 + n
      // (Date::from_ymd knows no year before 1900: 1899-12-30 is two days before 1900-01-01)
      static const Date b1904 = *Date::from_ymd(1904, 1, 1), b1900 = Date::from_ymd(1900, 1, 1)->add_days(-2),
                        b1900_early = Date::from_ymd(1900, 1, 1)->add_days(-1);
      Date base = ctx.date1904 ? b1904 : serial < 60 ? b1900_early : b1900;
      cell.kind = SheetCell::Kind::kDate;
      cell.date = base.add_days(serial);
      cell.text = cell.date.vn();
    }
  }
  return cell;
}

// A worksheet scanned as it is inflated: <sheetData> (the first) row by row, each <row> with its
// <c> cells (a cell's first <v>, its <f> flagging a formula's cached value, its first <is>), and
// <mergeCells>. Rows and cells without r= follow the one before. Rows holding no value are left out.
void read_sheet(XmlStream& x, const SheetContext& ctx, Sheet& sheet) {
  enum class In { kNothing, kData, kMerges } in = In::kNothing;
  bool data_done = false, merges_done = false;
  SheetRow row;
  bool in_row = false, in_cell = false, in_v = false, v_done = false;
  int next_row = 1, next_col = 0;
  size_t width = 0;
  RawCell c;
  std::string attr;
  for (;;) {
    Tok t = x.next();
    if (t == Tok::kEof) break;
    const int d = x.depth();
    if (t == Tok::kText) {
      if (in_v && d == 5) c.v += x.text();
      continue;
    }
    if (t == Tok::kStart) {
      if (d == 2) {
        if (x.name() == "sheetData" && !data_done) in = In::kData, data_done = true;
        else if (x.name() == "mergeCells" && !merges_done) in = In::kMerges, merges_done = true;
      } else if (d == 3 && in == In::kMerges) {
        sheet.merges.push_back(x.attr("ref", attr) ? attr : std::string());
      } else if (d == 3 && in == In::kData && x.name() == "row") {
        in_row = true;
        row = SheetRow{};
        row.cells.reserve(width);  // as wide as the row before: cells are not moved as the row grows
        row.number = x.attr("r", attr) ? static_cast<int>(integer_of(attr)) : next_row;
        next_row = row.number + 1;
        next_col = 0;
      } else if (d == 4 && in_row && x.name() == "c") {
        in_cell = true;
        v_done = false;
        c.has_ref = x.attr("r", c.ref);
        if (!c.has_ref) c.ref.clear();
        if (!x.attr("t", c.type)) c.type.clear();
        c.has_style = x.attr("s", c.style);
        c.v.clear();
        c.inline_text.clear();
        c.has_v = c.formula = c.has_is = false;
      } else if (d == 5 && in_cell) {
        if (x.name() == "v" && !v_done) in_v = c.has_v = true;
        else if (x.name() == "f") c.formula = true;
        else if (x.name() == "is" && !c.has_is) c.has_is = true, c.inline_text = string_item(x);
      }
      continue;
    }
    // kEnd
    if (d == 5 && in_v) {
      in_v = false;
      v_done = true;
    } else if (d == 4 && in_cell) {
      in_cell = false;
      int col = c.has_ref ? column_of(c.ref.c_str()) : next_col;
      next_col = col + 1;
      if (col < 0 || static_cast<size_t>(col) >= ctx.limits.max_columns) continue;
      SheetCell cell = typed_cell(c, ctx);
      if (cell.kind == SheetCell::Kind::kEmpty) continue;
      if (row.cells.size() <= static_cast<size_t>(col)) row.cells.resize(static_cast<size_t>(col) + 1);
      row.cells[static_cast<size_t>(col)] = std::move(cell);
    } else if (d == 3 && in_row) {
      in_row = false;
      if (row.cells.empty()) continue;
      width = row.cells.size();
      if (sheet.rows.size() >= ctx.limits.max_rows)
        throw Error::Invalid(ctx.who + "trang tính \"" + sheet.name + "\" có hơn " + std::to_string(ctx.limits.max_rows) +
                             " dòng; hãy chia thành nhiều tệp");
      sheet.rows.push_back(std::move(row));
      if ((sheet.rows.size() & 1023) == 0) progress::step(sheet.rows.size());  // rows read so far
    } else if (d == 2) {
      in = In::kNothing;
    }
  }
}

}  // namespace

bool looks_tcvn3(const std::string& s) {
  // TCVN3 puts Vietnamese letters on Latin-1 code points rarely used together in Vietnamese
  // Unicode text: ¨ © ª « ® µ ¸ ¹ Ç Ë Ò Ô Õ ø ù ú û ü ý þ …
  static const char* marks[] = {"\xC2\xA8", "\xC2\xA9", "\xC2\xAB", "\xC2\xAE", "\xC2\xB5", "\xC2\xB8", "\xC2\xB9",
                                "\xC3\x94", "\xC3\x95", "\xC3\xB8", "\xC3\xB9\xC2", "\xC3\xBE", "\xC3\x92", "\xC3\x8B"};
  int hits = 0;
  for (const char* m : marks)
    for (size_t i = 0; (i = s.find(m, i)) != std::string::npos; i += std::strlen(m)) ++hits;
  return hits >= 2 || (hits == 1 && s.size() < 40 && s.find("\xC3\x94") != std::string::npos);
}

std::optional<double> parse_vn_number(const std::string& in) {
  std::string s;
  for (size_t i = 0; i < in.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(in[i]);
    if (c == ' ' || c == '\t') continue;
    if (c == 0xC2 && i + 1 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0xA0) {
      ++i;
      continue;
    }
    s += static_cast<char>(c);
  }
  if (s.empty()) return std::nullopt;
  bool neg = false;
  if (s[0] == '-' || s[0] == '+') {
    neg = s[0] == '-';
    s.erase(0, 1);
  }
  size_t comma = s.find(','), dots = 0;
  for (char c : s) {
    if (c == '.') ++dots;
    else if (c != ',' && !std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
  }
  if (s.find(',', comma + 1) != std::string::npos && comma != std::string::npos) return std::nullopt;  // two commas
  std::string digits;
  if (comma != std::string::npos) {
    // Vietnamese: dots group thousands, the comma is the decimal mark
    std::string intpart = s.substr(0, comma), frac = s.substr(comma + 1);
    if (frac.empty() || frac.find('.') != std::string::npos) return std::nullopt;
    for (char c : intpart)
      if (c != '.') digits += c;
    digits += "." + frac;
  } else if (dots == 1) {
    size_t d = s.find('.');
    // "1.234" is a thousand in Vietnamese writing; "12.5" a decimal typed the English way
    if (s.size() - d - 1 == 3) digits = s.substr(0, d) + s.substr(d + 1);
    else digits = s;
  } else if (dots > 1) {
    for (char c : s)
      if (c != '.') digits += c;
  } else {
    digits = s;
  }
  if (digits.empty() || digits == ".") return std::nullopt;
  try {
    size_t used = 0;
    double v = std::stod(digits, &used);
    if (used != digits.size()) return std::nullopt;
    return neg ? -v : v;
  } catch (...) {
    return std::nullopt;
  }
}

std::optional<Date> parse_vn_date(const std::string& in) {
  std::string s = in;
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.erase(0, 1);
  if (auto iso = Date::parse_iso(s)) return iso;
  int d = 0, m = 0, y = 0;
  char a = 0, b = 0;
  int n = std::sscanf(s.c_str(), "%d%c%d%c%d", &d, &a, &m, &b, &y);
  if (n != 5 || a != b || (a != '/' && a != '-' && a != '.')) return std::nullopt;
  if (y < 100) y += y < 50 ? 2000 : 1900;
  return Date::from_ymd(y, m, d);
}

Workbook read_workbook(const std::string& bytes, const std::string& label, ReadLimits limits) {
  progress::phase("read", 0);
  ZipReader zip(bytes, label);  // not a zip, old .xls / password-protected: refused here
  const std::string who = "Tệp " + label + ": ";
  if (zip.has("mimetype")) {
    std::string mt = zip.read("mimetype");
    if (mt.find("opendocument") != std::string::npos)
      throw Error::Invalid(who + "đây là bảng tính OpenDocument (.ods), không phải .xlsx; hãy mở và lưu lại dưới dạng .xlsx");
  }
  if (zip.has("xl/workbook.bin")) throw Error::Invalid(who + "đây là tệp Excel nhị phân (.xlsb); hãy lưu lại dưới dạng .xlsx");
  if (zip.has("word/document.xml")) throw Error::Invalid(who + "đây là văn bản Word (.docx), không phải bảng tính .xlsx");
  // the workbook through the package relationships
  std::string wb_path = "xl/workbook.xml";
  if (zip.has("_rels/.rels")) {
    pugi::xml_document rels;
    load(rels, zip.read("_rels/.rels"), label, "_rels/.rels");
    for (auto r = rels.first_child().first_child(); r; r = r.next_sibling())
      if (std::string type = r.attribute("Type").value();
          type.size() >= 15 && type.compare(type.size() - 15, 15, "/officeDocument") == 0)
        wb_path = resolve("", r.attribute("Target").value());
  }
  if (!zip.has(wb_path)) throw Error::Invalid(who + "không phải bảng tính .xlsx (thiếu " + wb_path + ")");
  std::string wb_dir = wb_path.substr(0, wb_path.rfind('/') + 1);
  pugi::xml_document wbx;
  load(wbx, zip.read(wb_path), label, wb_path);
  Workbook out;
  auto wroot = wbx.first_child();
  if (auto pr = child(wroot, "workbookPr")) {
    std::string v = pr.attribute("date1904").value();
    out.date1904 = v == "1" || v == "true";
  }
  std::map<std::string, std::string> targets;  // rId → part
  std::string rels_path = wb_dir + "_rels/" + wb_path.substr(wb_dir.size()) + ".rels";
  std::string shared_path, styles_path;
  if (zip.has(rels_path)) {
    pugi::xml_document rels;
    load(rels, zip.read(rels_path), label, rels_path);
    for (auto r = rels.first_child().first_child(); r; r = r.next_sibling()) {
      std::string type = r.attribute("Type").value(), target = resolve(wb_dir, r.attribute("Target").value());
      targets[r.attribute("Id").value()] = target;
      if (type.find("/sharedStrings") != std::string::npos) shared_path = target;
      if (type.find("/styles") != std::string::npos) styles_path = target;
    }
  }
  std::vector<std::string> shared;
  if (!shared_path.empty() && zip.has(shared_path)) {
    XmlStream x = part_stream(zip, shared_path, label);
    for (Tok t; (t = x.next()) != Tok::kEof;)
      if (t == Tok::kStart && x.depth() == 2 && x.name() == "si") shared.push_back(text::to_nfc(string_item(x)));
  }
  std::vector<bool> xf_date;
  if (!styles_path.empty() && zip.has(styles_path)) {
    pugi::xml_document st;
    load(st, zip.read(styles_path), label, styles_path);
    std::map<int, std::string> codes;
    auto root = st.first_child();
    if (auto nf = child(root, "numFmts"))
      for (auto f = nf.first_child(); f; f = f.next_sibling()) codes[f.attribute("numFmtId").as_int()] = f.attribute("formatCode").value();
    if (auto xfs = child(root, "cellXfs"))
      for (auto xf = xfs.first_child(); xf; xf = xf.next_sibling()) {
        int id = xf.attribute("numFmtId").as_int();
        xf_date.push_back(date_format(id, codes.count(id) ? codes[id] : ""));
      }
    if (auto fonts = child(root, "fonts"))
      for (auto f = fonts.first_child(); f; f = f.next_sibling()) {
        std::string name = child(f, "name").attribute("val").value();
        if (name.rfind(".Vn", 0) == 0 || name.rfind("VNI-", 0) == 0 || name.rfind("VNI ", 0) == 0) {
          out.legacy_fonts = true;
          out.legacy_font = name;
        }
      }
  }
  SheetContext ctx{who, limits, shared, xf_date, out.date1904};
  auto sheets = child(wroot, "sheets");
  for (auto sh = sheets.first_child(); sh; sh = sh.next_sibling()) {
    if (std::string(sh.attribute("state").value()) == "veryHidden") continue;
    std::string rid;
    for (auto a : sh.attributes())
      if (std::strcmp(local(a.name()), "id") == 0 && std::strchr(a.name(), ':')) rid = a.value();
    if (!targets.count(rid)) continue;
    std::string part = targets[rid];
    if (!zip.has(part)) throw Error::Invalid(who + "thiếu trang tính " + part);
    Sheet sheet;
    sheet.name = sh.attribute("name").value();
    XmlStream x = part_stream(zip, part, label);
    read_sheet(x, ctx, sheet);
    out.sheets.push_back(std::move(sheet));
  }
  if (out.sheets.empty()) throw Error::Invalid(who + "không có trang tính nào");
  return out;
}

Workbook read_csv(const std::string& in, const std::string& label, ReadLimits limits) {
  std::string s = in;
  progress::phase("read", 0);
  if (s.rfind("\xEF\xBB\xBF", 0) == 0) s.erase(0, 3);
  if (!text::is_valid_utf8(s)) throw Error::Invalid("Tệp " + label + ": không phải văn bản UTF-8 (hãy lưu CSV dạng UTF-8)");
  size_t first_nl = s.find('\n');
  std::string head = s.substr(0, first_nl);
  char sep = std::count(head.begin(), head.end(), ';') > std::count(head.begin(), head.end(), ',') ? ';' : ',';
  Workbook wb;
  Sheet sheet;
  sheet.name = label;
  SheetRow row;
  row.number = 1;
  std::string field;
  bool quoted = false, any = false;
  int line = 1;
  auto end_field = [&] {
    SheetCell c;
    c.kind = SheetCell::Kind::kText;
    c.text = text::to_nfc(field);
    row.cells.push_back(c);
    field.clear();
  };
  auto end_row = [&] {
    end_field();
    bool blank = true;
    for (auto& c : row.cells)
      if (!c.empty()) blank = false;
    if (!blank) {
      if (sheet.rows.size() >= limits.max_rows)
        throw Error::Invalid("Tệp " + label + ": có hơn " + std::to_string(limits.max_rows) + " dòng; hãy chia thành nhiều tệp");
      sheet.rows.push_back(row);
      if ((sheet.rows.size() & 1023) == 0) progress::step(sheet.rows.size());
    }
    row = SheetRow{};
    row.number = ++line;
  };
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    any = true;
    if (quoted) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') field += '"', ++i;
      else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"') quoted = true;
    else if (c == sep) end_field();
    else if (c == '\r') continue;
    else if (c == '\n') end_row();
    else field += c;
  }
  if (any && (!field.empty() || !row.cells.empty())) end_row();
  wb.sheets.push_back(std::move(sheet));
  return wb;
}

}  // namespace thidua::documents
