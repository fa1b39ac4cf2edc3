// Tables out: the rows of a list or a ranking as .xlsx (libxlsxwriter) or .csv. Numbers stay
// numbers, dates dates; a value not reported is an empty cell, never 0; a text beginning with
// = + - @ is written as text (quote-prefixed in .xlsx, a leading ' in .csv) so that a
// spreadsheet never runs it.
#pragma once
#include <optional>
#include <utility>
#include <string>
#include <variant>
#include <vector>

#include "core/date.h"

namespace thidua::documents {

using Cell = std::variant<std::monostate, std::string, double, Date>;

struct Column {
  enum class Type { kText, kNumber, kInteger, kDate, kPercent };
  std::string heading;
  Type type = Type::kText;
  double width = 0;  // characters; 0: from the content
  // When set: the column's cells below the heading (500 rows) accept only these, listed on a
  // second sheet "Danh mục" (a blank form's validation list).
  std::vector<std::string> choices;
};

struct Table {
  std::string title;   // first row of the sheet, bold
  std::string sheet;   // sheet name (at most 31 characters)
  std::vector<std::string> notes;  // under the title: the filter on screen, the period…
  std::vector<std::pair<std::string, std::string>> meta;  // two-cell rows (label, value) before the table
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;
};

std::string to_xlsx(const Table& t);

// A statistical form of the state (Circular 02/2023/TT-BNV, forms 0601–0605): the header block
// (form symbol, circular, reporting and receiving units), the title, the year, the unit of
// measure, the headings A (indicator) B (code) 1…n, the rows with their codes, and the signature
// lines. A value not known (std::nullopt) is an empty cell, never 0.
struct StatSheet {
  std::string symbol, circular, title, year_text, measure, reporter, receiver;
  std::vector<std::pair<std::string, std::string>> columns;  // code, heading
  struct Row {
    std::string code, label;
    bool heading = false;  // a group's heading ("Chia theo phạm vi"): no values
    std::vector<std::optional<double>> values;
  };
  std::vector<Row> rows;
  std::vector<std::string> notes;
};
std::string to_xlsx(const StatSheet& s);
std::string to_csv(const Table& t);
// True when a text would be taken for a formula by a spreadsheet.
bool looks_like_formula(const std::string& s);

}  // namespace thidua::documents
