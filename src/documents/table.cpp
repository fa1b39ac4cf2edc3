#include "documents/table.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cstring>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "core/error.h"
#include "core/progress.h"

namespace thidua::documents {

namespace {

size_t chars(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::string number_text(double v, bool integer) {
  if (integer || std::floor(v) == v) {
    char b[32];
    std::snprintf(b, sizeof b, "%.0f", v);
    return b;
  }
  char b[32];
  std::snprintf(b, sizeof b, "%.2f", v);
  std::string s = b;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

std::string sheet_name(const std::string& s) {
  std::string out;
  for (char c : s)
    if (!std::strchr("[]:*?/\\", c)) out += c;
  if (out.empty()) out = "Sheet1";
  // at most 31 characters, never cutting a UTF-8 sequence
  size_t n = 0, i = 0;
  for (; i < out.size(); ++i) {
    if ((static_cast<unsigned char>(out[i]) & 0xC0) != 0x80) {
      if (n == 31) break;
      ++n;
    }
  }
  return out.substr(0, i);
}

}  // namespace

bool looks_like_formula(const std::string& s) {
  return !s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r');
}

namespace {

// libxlsxwriter writes a file: a private temporary one, read back and removed.
template <class Fill>
std::string with_workbook(Fill fill) {
  char path[] = "/tmp/thidua-xlsx-XXXXXX";
  int fd = ::mkstemp(path);
  if (fd < 0) throw Error(ErrorCode::kInternal, "Xuất Excel: không tạo được tệp tạm");
  ::close(fd);
  struct Remove {
    const char* p;
    ~Remove() { std::remove(p); }
  } remove{path};
  lxw_workbook_options opts{};
  opts.constant_memory = LXW_FALSE;  // shared strings: every reader understands them
  opts.tmpdir = const_cast<char*>("/tmp");
  lxw_workbook* wb = workbook_new_opt(path, &opts);
  if (!wb) throw Error(ErrorCode::kInternal, "Xuất Excel: không tạo được sổ tính");
  try {
    fill(wb);
  } catch (...) {  // a cancelled export: nothing is written, the temporary file goes
    lxw_workbook_free(wb);
    throw;
  }
  lxw_error err = workbook_close(wb);
  if (err != LXW_NO_ERROR) throw Error(ErrorCode::kInternal, std::string("Xuất Excel: ") + lxw_strerror(err));
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

std::string to_xlsx(const StatSheet& st) {
  return with_workbook([&](lxw_workbook* wb) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, sheet_name("Biểu " + st.symbol.substr(0, st.symbol.find('.'))).c_str());
    auto fmt = [&](bool bold, bool italic, bool border, uint8_t align) {
      lxw_format* f = workbook_add_format(wb);
      format_set_font_name(f, "Times New Roman");
      format_set_font_size(f, 12);
      if (bold) format_set_bold(f);
      if (italic) format_set_italic(f);
      if (border) format_set_border(f, LXW_BORDER_THIN);
      if (align) format_set_align(f, align);
      format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
      format_set_text_wrap(f);
      return f;
    };
    lxw_format* plain = fmt(false, false, false, 0);
    lxw_format* bold = fmt(true, false, false, 0);
    lxw_format* centre_b = fmt(true, false, false, LXW_ALIGN_CENTER);
    lxw_format* centre_i = fmt(false, true, false, LXW_ALIGN_CENTER);
    lxw_format* right_i = fmt(false, true, false, LXW_ALIGN_RIGHT);
    lxw_format* head = fmt(true, false, true, LXW_ALIGN_CENTER);
    lxw_format* cell = fmt(false, false, true, 0);
    lxw_format* cell_b = fmt(true, false, true, 0);
    lxw_format* code = fmt(false, false, true, LXW_ALIGN_CENTER);
    lxw_format* note = fmt(false, true, false, 0);
    lxw_format* number = fmt(false, false, true, LXW_ALIGN_RIGHT);
    format_set_num_format(number, "#,##0");
    lxw_col_t last = static_cast<lxw_col_t>(st.columns.size() + 1);
    lxw_col_t mid = last / 2 + 1;
    worksheet_set_column(ws, 0, 0, 48, nullptr);
    worksheet_set_column(ws, 1, 1, 8, nullptr);
    worksheet_set_column(ws, 2, last, 16, nullptr);
    worksheet_set_paper(ws, 9);  // A4
    if (st.columns.size() > 3) worksheet_set_landscape(ws);
    auto left_right = [&](lxw_row_t r, const std::string& l, const std::string& rt, lxw_format* f) {
      if (mid > 0) worksheet_merge_range(ws, r, 0, r, mid - 1, l.c_str(), f);
      if (mid <= last) {
        if (mid < last) worksheet_merge_range(ws, r, mid, r, last, rt.c_str(), f);
        else worksheet_write_string(ws, r, mid, rt.c_str(), f);
      }
    };
    left_right(0, "Biểu số: " + st.symbol, "Đơn vị báo cáo: " + st.reporter, bold);
    left_right(1, "Ban hành theo " + st.circular, "Đơn vị nhận báo cáo: " + st.receiver, plain);
    left_right(2, "Ngày nhận báo cáo: Ngày 15 tháng 12 năm báo cáo", "", plain);
    worksheet_merge_range(ws, 4, 0, 4, last, st.title.c_str(), centre_b);
    worksheet_merge_range(ws, 5, 0, 5, last, st.year_text.c_str(), centre_i);
    worksheet_merge_range(ws, 6, 0, 6, last, ("Đơn vị tính: " + st.measure).c_str(), right_i);
    lxw_row_t h = 8;
    worksheet_write_string(ws, h, 0, "Chỉ tiêu", head);
    worksheet_write_string(ws, h, 1, "Mã số", head);
    worksheet_write_string(ws, h + 1, 0, "A", head);
    worksheet_write_string(ws, h + 1, 1, "B", head);
    for (size_t c = 0; c < st.columns.size(); ++c) {
      worksheet_write_string(ws, h, static_cast<lxw_col_t>(c + 2), st.columns[c].second.c_str(), head);
      worksheet_write_string(ws, h + 1, static_cast<lxw_col_t>(c + 2), st.columns[c].first.c_str(), head);
    }
    worksheet_set_row(ws, h, 60, nullptr);
    lxw_row_t r = h + 2;
    for (auto& row : st.rows) {
      worksheet_write_string(ws, r, 0, row.label.c_str(), row.heading || row.code == "01" ? cell_b : cell);
      worksheet_write_string(ws, r, 1, row.code.c_str(), code);
      for (size_t c = 0; c < st.columns.size(); ++c) {
        auto col = static_cast<lxw_col_t>(c + 2);
        if (!row.heading && c < row.values.size() && row.values[c]) worksheet_write_number(ws, r, col, *row.values[c], number);
        else worksheet_write_blank(ws, r, col, number);
      }
      ++r;
    }
    worksheet_freeze_panes(ws, h + 2, 2);
    worksheet_repeat_rows(ws, h, h + 1);
    ++r;
    for (auto& n : st.notes) {
      worksheet_merge_range(ws, r, 0, r, last, n.c_str(), note);
      worksheet_set_row(ws, r, 32, nullptr);
      ++r;
    }
    ++r;
    left_right(r, "", "…, ngày … tháng … năm …", centre_i);
    left_right(r + 1, "Người lập biểu", "Thủ trưởng đơn vị", centre_b);
    left_right(r + 2, "(Ký, họ tên)", "(Ký, họ tên, đóng dấu)", centre_i);
  });
}

namespace {

void add_choices(lxw_workbook* wb, lxw_worksheet* ws, const Table& t, lxw_row_t head_row) {
  lxw_worksheet* list = nullptr;
  lxw_col_t list_col = 0;
  for (size_t c = 0; c < t.columns.size(); ++c) {
    const auto& choices = t.columns[c].choices;
    if (choices.empty()) continue;
    if (!list) list = workbook_add_worksheet(wb, "Danh mục");
    worksheet_write_string(list, 0, list_col, t.columns[c].heading.c_str(), nullptr);
    for (size_t i = 0; i < choices.size(); ++i)
      worksheet_write_string(list, static_cast<lxw_row_t>(i + 1), list_col, choices[i].c_str(), nullptr);
    worksheet_set_column(list, list_col, list_col, 60, nullptr);
    char letter = static_cast<char>('A' + list_col);
    std::string range = std::string("='Danh mục'!$") + letter + "$2:$" + letter + "$" + std::to_string(choices.size() + 1);
    lxw_data_validation v{};
    v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    v.value_formula = const_cast<char*>(range.c_str());
    v.error_title = const_cast<char*>("Danh hiệu, hình thức");
    v.error_message = const_cast<char*>("Chọn một mục trong danh sách (trang Danh mục)");
    v.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
    auto col = static_cast<lxw_col_t>(c);
    worksheet_data_validation_range(ws, head_row + 1, col, head_row + 500, col, &v);
    ++list_col;
  }
}

}  // namespace

std::string to_xlsx(const Table& t) {
  return with_workbook([&](lxw_workbook* wb) {
  std::string sname = sheet_name(t.sheet.empty() ? t.title : t.sheet);
  lxw_worksheet* ws = workbook_add_worksheet(wb, sname.c_str());

  auto font = [&](lxw_format* f) {
    format_set_font_name(f, "Times New Roman");
    format_set_font_size(f, 12);
    return f;
  };
  lxw_format* title = font(workbook_add_format(wb));
  format_set_bold(title);
  format_set_font_size(title, 14);
  lxw_format* note = font(workbook_add_format(wb));
  format_set_italic(note);
  lxw_format* head = font(workbook_add_format(wb));
  format_set_bold(head);
  format_set_text_wrap(head);
  format_set_align(head, LXW_ALIGN_CENTER);
  format_set_align(head, LXW_ALIGN_VERTICAL_CENTER);
  format_set_border(head, LXW_BORDER_THIN);
  format_set_bg_color(head, 0xDDEBF7);
  lxw_format* text = font(workbook_add_format(wb));
  format_set_border(text, LXW_BORDER_THIN);
  lxw_format* quoted = font(workbook_add_format(wb));
  format_set_border(quoted, LXW_BORDER_THIN);
  // a string cell is never a formula in .xlsx (worksheet_write_string): no prefix needed
  lxw_format* num = font(workbook_add_format(wb));
  format_set_border(num, LXW_BORDER_THIN);
  format_set_num_format(num, "#,##0.00");
  lxw_format* integer = font(workbook_add_format(wb));
  format_set_border(integer, LXW_BORDER_THIN);
  format_set_num_format(integer, "#,##0");
  lxw_format* pct = font(workbook_add_format(wb));
  format_set_border(pct, LXW_BORDER_THIN);
  format_set_num_format(pct, "0.00");
  lxw_format* date = font(workbook_add_format(wb));
  format_set_border(date, LXW_BORDER_THIN);
  format_set_num_format(date, "dd/mm/yyyy");

  worksheet_set_paper(ws, 9);  // A4
  if (t.columns.size() > 6) worksheet_set_landscape(ws);
  worksheet_set_margins(ws, 0.59, 0.59, 0.79, 0.79);
  worksheet_fit_to_pages(ws, 1, 0);

  lxw_row_t row = 0;
  if (!t.title.empty()) worksheet_write_string(ws, row++, 0, t.title.c_str(), title);
  for (auto& n : t.notes) worksheet_write_string(ws, row++, 0, n.c_str(), note);
  for (auto& [k, v] : t.meta) {
    worksheet_write_string(ws, row, 0, k.c_str(), head);
    worksheet_write_string(ws, row++, 1, v.c_str(), text);
  }
  if (row > 0) ++row;  // a blank line before the table
  lxw_row_t head_row = row;
  std::vector<size_t> width(t.columns.size(), 6);
  for (size_t c = 0; c < t.columns.size(); ++c) {
    worksheet_write_string(ws, head_row, static_cast<lxw_col_t>(c), t.columns[c].heading.c_str(), head);
    width[c] = std::max(width[c], std::min<size_t>(chars(t.columns[c].heading), 24));
  }
  ++row;
  progress::phase("write", t.rows.size());
  for (auto& r : t.rows) {
    if (((row - head_row) & 255) == 0) progress::step(row - head_row - 1);
    for (size_t c = 0; c < t.columns.size() && c < r.size(); ++c) {
      auto col = static_cast<lxw_col_t>(c);
      const Column& k = t.columns[c];
      const Cell& v = r[c];
      if (std::holds_alternative<std::monostate>(v)) {
        worksheet_write_blank(ws, row, col, text);  // not reported: empty, never 0
      } else if (auto* s = std::get_if<std::string>(&v)) {
        worksheet_write_string(ws, row, col, s->c_str(), looks_like_formula(*s) ? quoted : text);
        width[c] = std::max(width[c], chars(*s));
      } else if (auto* d = std::get_if<double>(&v)) {
        lxw_format* f = k.type == Column::Type::kInteger ? integer : k.type == Column::Type::kPercent ? pct : num;
        worksheet_write_number(ws, row, col, *d, f);
        width[c] = std::max<size_t>(width[c], 10);
      } else if (auto* dt = std::get_if<Date>(&v)) {
        lxw_datetime x{dt->year(), dt->month(), dt->day(), 0, 0, 0};
        worksheet_write_datetime(ws, row, col, &x, date);
        width[c] = std::max<size_t>(width[c], 11);
      }
    }
    ++row;
  }
  for (size_t c = 0; c < t.columns.size(); ++c) {
    double w = t.columns[c].width > 0 ? t.columns[c].width : std::min<double>(60, static_cast<double>(width[c]) + 2);
    worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), w, nullptr);
  }
  worksheet_freeze_panes(ws, head_row + 1, 0);
  if (!t.columns.empty())
    worksheet_autofilter(ws, head_row, 0, row > head_row + 1 ? row - 1 : head_row, static_cast<lxw_col_t>(t.columns.size() - 1));
  worksheet_repeat_rows(ws, head_row, head_row);
  add_choices(wb, ws, t, head_row);
  });
}

std::string to_csv(const Table& t) {
  std::string out = "\xEF\xBB\xBF";  // BOM: Excel then reads UTF-8
  auto field = [&](std::string s) {
    if (looks_like_formula(s)) s = "'" + s;
    bool quote = s.find_first_of(",\"\r\n;") != std::string::npos;
    if (!quote) return s;
    std::string q = "\"";
    for (char c : s) {
      if (c == '"') q += '"';
      q += c;
    }
    return q + "\"";
  };
  for (size_t c = 0; c < t.columns.size(); ++c) out += (c ? "," : "") + field(t.columns[c].heading);
  out += "\r\n";
  for (auto& r : t.rows) {
    for (size_t c = 0; c < t.columns.size(); ++c) {
      if (c) out += ",";
      if (c >= r.size()) continue;
      const Cell& v = r[c];
      if (auto* s = std::get_if<std::string>(&v)) out += field(*s);
      else if (auto* d = std::get_if<double>(&v)) out += number_text(*d, t.columns[c].type == Column::Type::kInteger);
      else if (auto* dt = std::get_if<Date>(&v)) out += dt->iso();
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace thidua::documents
