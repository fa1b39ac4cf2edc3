// Workbooks in: a unit's report form (the values of a period's indicators, one sheet a unit) and
// rosters (units; people with their posting). Every row is checked and shown with its problems
// before anything is saved; a commit saves every row or none.
#pragma once
#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "documents/sheet_reader.h"
#include "storage/database.h"

namespace thidua::scoring {
class IndicatorCatalogue;
}

namespace thidua::api {

struct ImportRow {
  std::string sheet;
  int row = 0;  // the row number in the sheet
  bool ok = true;
  std::vector<std::string> problems;
  std::vector<std::string> notes;  // not problems: a formula's cached value was used…
  // The row's values as the text of a JSON object (none: empty): written once as the row is read,
  // so a roster's 100,000 rows are never 100,000 trees.
  std::string values;
  // The row as the preview has it, written onto `out`.
  void append_json(std::string& out) const;
};

// A row's values as ImportRow::values keeps them (broken UTF-8 replaced, never refused).
std::string values_text(const nlohmann::json& values);

struct ImportResult {
  std::string kind;  // reports | roster
  std::string what;  // reports | units | people
  std::vector<ImportRow> rows;
  std::vector<std::string> notes;  // about the file: merged cells…
  bool committed = false;
  std::vector<int64_t> report_ids;  // the reports a committed import wrote
  size_t problem_rows() const;
  // The preview as the API answers it (kind, what, total, problem_rows, notes, committed, rows),
  // written row by row into one string: a province's 100,000 rows never become one JSON tree.
  std::string to_json_text() const;
};

struct ImportActor {
  std::optional<int64_t> user_id;
  std::string username;
  // Whether the importer may write this unit (the CLI may write everything).
  std::function<bool(storage::Tx&, int64_t unit_id)> in_scope;
  // Called in the commit's own transaction just before it commits (the audit entry): a saved
  // import is never left unaudited, and a failed audit saves nothing.
  std::function<void(storage::Tx&, const ImportResult&)> before_commit;
};

// `kind` is "reports" or "roster"; `filename` decides between .csv and a workbook only when the
// content is not a zip. The file's own problems throw Error::Invalid (Vietnamese, naming it).
// With `commit`, saves everything in one transaction when no row has a problem (Error::Invalid
// otherwise, nothing saved).
ImportResult import_file(storage::Database& db, const scoring::IndicatorCatalogue& catalogue, const std::string& kind,
                         const std::string& bytes, const std::string& filename, const ImportActor& actor, bool commit);

// A workbook (or a .csv) users sent, read for an import: its own problems throw Error::Invalid
// naming it; a VNI font is refused; text typed in TCVN3 (ABC) is converted cell by cell, each cell
// keeping what was typed (a note on the file says how many were converted).
documents::Workbook read_import_workbook(const std::string& bytes, const std::string& filename, std::vector<std::string>& notes);
// A row of a preview where it is in the workbook, with the notes and problems its cells call for
// (a formula's cached value, a cell converted from TCVN3 or of unclear encoding).
ImportRow start_import_row(const documents::Sheet& s, const documents::SheetRow& r);

// A blank report form for a unit and a period: its name and code, the period, every indicator a
// report carries (code, name, unit), values left empty.
std::string report_form(storage::Database& db, const scoring::IndicatorCatalogue& catalogue, int64_t unit_id,
                        const std::string& period_json);

}  // namespace thidua::api
