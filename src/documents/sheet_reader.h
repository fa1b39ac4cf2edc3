// Reading the workbooks users fill in by hand (.xlsx, and .csv): every sheet's cells typed as the
// file says (shared, inline and rich strings; numbers; dates by their style, in the 1900 or the
// 1904 system; booleans; errors; formulas by their cached value, flagged), merged ranges, and the
// fonts of the old TCVN3 (ABC) and VNI encodings. The file's own problems — not a zip, an old
// .xls or a password-protected file, an .ods, a zip bomb, corrupt XML, too many rows — throw
// Error::Invalid with a Vietnamese message.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"

namespace thidua::documents {

struct SheetCell {
  enum class Kind { kEmpty, kText, kNumber, kBool, kError, kDate } kind = Kind::kEmpty;
  std::string text;  // kText, kError; the shown text for the others
  double number = 0;  // kNumber, kBool (0/1)
  Date date;          // kDate
  bool formula = false;  // the value is a formula's cached result
  std::string tcvn3_from;  // the text as typed in TCVN3, when convert_tcvn3 converted it
  bool encoding_unclear = false;  // reads as Unicode and as TCVN3, and nothing around it decides
  bool empty() const { return kind == Kind::kEmpty || (kind == Kind::kText && text.find_first_not_of(" \t\r\n\xC2\xA0") == std::string::npos); }
};

struct SheetRow {
  int number = 0;  // 1-based row number in the sheet
  std::vector<SheetCell> cells;  // column A first
};

struct Sheet {
  std::string name;
  std::vector<SheetRow> rows;  // rows holding at least one cell, in order
  std::vector<std::string> merges;  // "A4:C4"
};

struct Workbook {
  std::vector<Sheet> sheets;
  bool date1904 = false;
  bool legacy_fonts = false;  // .VnTime, VNI-Times…: text typed in TCVN3/VNI, not Unicode
  std::string legacy_font;
};

struct ReadLimits {
  size_t max_rows = 200000;  // per sheet
  size_t max_columns = 200;
};

// `label` names the file in messages. Sniffs the content, never trusts the extension.
Workbook read_workbook(const std::string& bytes, const std::string& label, ReadLimits limits = {});
// A CSV (UTF-8, with or without BOM; comma or semicolon) as one sheet of text cells.
Workbook read_csv(const std::string& bytes, const std::string& label, ReadLimits limits = {});

// Text that looks typed in TCVN3 (ABC) rather than Unicode ("NguyÔn V¨n A").
bool looks_tcvn3(const std::string& s);
// A number as Vietnamese users type it: "1.234,5", "1234,5", "1 234", "12.5" (one dot, not three
// digits after it), "-3"; nullopt when it is not one.
std::optional<double> parse_vn_number(const std::string& s);
// A date typed as text: dd/mm/yyyy, d/m/yy, dd-mm-yyyy, yyyy-mm-dd (day first, never US order).
std::optional<Date> parse_vn_date(const std::string& s);

}  // namespace thidua::documents
