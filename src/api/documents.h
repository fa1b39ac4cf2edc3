// Documents and exports of the application: the data of each document kind gathered from the
// stores and the score board, filled into the template files (documents/docx.h), numbered, and
// converted to PDF; tables of list routes as .xlsx/.csv. Shared by the routes
// (routes_documents.cpp) and the command line (thidua document / export).
#pragma once
#include <nlohmann/json_fwd.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "http/message.h"
#include "storage/database.h"

namespace thidua::scoring {
class IndicatorCatalogue;
}

namespace thidua::api {

class ScoreBoard;
struct GroupYearScores;

// What a document is about, for the caller's access check before anything is rendered.
struct DocumentSubject {
  std::string kind;  // movement | group_year | scheme | pledge | proposal | decision
  int64_t id = 0;
};
using SubjectCheck = std::function<void(storage::Tx&, const DocumentSubject&)>;

// Choices a document may take from the query: the certificates' blank type and printer (its offset),
// and the test print on plain paper.
struct DocumentOptions {
  std::optional<std::string> blank, printer;
  bool test = false;
};

struct RenderedFile {
  std::string bytes, content_type, filename;
};

// The kinds of CONTRACT.md; the ones whose data is not built yet answer NotFound saying so.
bool known_document_kind(const std::string& kind);

// KIND's document for ID as "docx" or "pdf". `check` refuses what the caller may not read.
RenderedFile render_document(storage::Database& db, const scoring::IndicatorCatalogue& catalogue, ScoreBoard& board,
                             const std::string& kind, int64_t id, const std::string& format, const SubjectCheck& check,
                             const DocumentOptions& opts = {});

// The state's statistical form `code` (0601…0605, data/statistical-forms.json) for the scope of
// `unit_id` and `year`, as .xlsx. Cells thidua has no data for stay empty.
RenderedFile statistical_form(storage::Tx& tx, const std::string& code, int64_t unit_id, int year);
// The forms' codes and titles.
nlohmann::json statistical_forms_list();
// The methods of an award the statistical forms split by (data/statistical-forms.json "methods"):
// {items: [{code, name, default_for}]}; a method's name (none when unknown); the method chosen
// beforehand for a title or form's code when the decision names none.
nlohmann::json award_methods();
std::optional<std::string> award_method_name(const std::string& method);
std::optional<std::string> default_award_method(const std::string& code);

// A group-year's ranking with each member's points per section, as "xlsx" or "csv".
RenderedFile export_ranking(const GroupYearScores& scores, const std::string& format);

// ?format=xlsx|csv on a list route: the JSON answer's items as a table (nullopt: not a table).
// A report's values ("values.toi_pham_ttxh") are headed by the catalogue's indicator name and unit.
std::optional<http::Response> tabulate(const http::Request& req, const http::Response& json_answer,
                                       const scoring::IndicatorCatalogue* catalogue = nullptr);

// The answer carrying a file (Content-Disposition: attachment).
http::Response file_response(const RenderedFile& f);

// "xlsx" | "csv" | "docx" | "pdf" from ?format=, nullopt when absent; others are Invalid.
std::optional<std::string> export_format(const http::Request& req, bool documents);

}  // namespace thidua::api
