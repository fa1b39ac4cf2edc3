// What the document kinds share inside the api module: the Decree 30 header (issuer lines,
// number from the counters, place and date, signer) and the commendation documents' data
// (commendation_documents.cpp). Not for the routes: they call render_document (documents.h).
#pragma once
#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>

#include "api/documents.h"
#include "core/date.h"
#include "documents/docx.h"
#include "storage/database.h"

namespace thidua::api {

// The header, number and signature of a document issued by `issuer_unit` on `day` (or by a group,
// `group_name` set, its leader unit keeping the number). `numbered` false: the document has its
// own number (a decision's), no counter is taken.
nlohmann::json header(storage::Tx& tx, const documents::TemplateSet& ts, const std::string& kind, int64_t subject_id,
                      int64_t issuer_unit, Date day, const std::string& doc_type, const std::string& summary,
                      const std::optional<std::string>& group_name = std::nullopt,
                      std::optional<int64_t> group_organiser = std::nullopt, const std::string& group_role = "",
                      bool numbered = true);
void add_recipient(nlohmann::json& h, const std::string& text);


// Tờ trình of a proposal with its list; the council's minutes with the vote (ID: the proposal's);
// the decision with its list of recipients (ID: the decision's).
nlohmann::json proposal_data(storage::Tx& tx, const documents::TemplateSet& ts, int64_t proposal_id, const SubjectCheck& check);
nlohmann::json minutes_data(storage::Tx& tx, const documents::TemplateSet& ts, int64_t proposal_id, const SubjectCheck& check);
nlohmann::json decision_data(storage::Tx& tx, const documents::TemplateSet& ts, int64_t decision_id, const SubjectCheck& check);

// The certificates of a decision: a page per recipient on the blank that prints its award
// (`opts.blank` to choose), the offset of `opts.printer` of the issuing unit, or the test print.
std::string certificates_docx(storage::Tx& tx, const documents::TemplateSet& ts, int64_t decision_id,
                              const DocumentOptions& opts, const SubjectCheck& check);

}  // namespace thidua::api
