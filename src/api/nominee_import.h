// The lists of nominees (danh sách đề nghị khen thưởng) that lower units send with their
// proposals, read from the workbook they fill in (headings as users write them, the variants in
// data/nominee-import.json) into a draft proposal: every row previewed with its problems (no such
// person or unit in the proposer's scope, a name that several people bear and the unit column does
// not settle, an unknown title, an ineligible nominee with the failing condition, a quota exceeded
// with the numbers, a duplicate row), then committed all or nothing through create_proposal or
// edit_proposal, which check everything again.
#pragma once
#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>

#include "api/commendation.h"
#include "api/imports.h"
#include "storage/database.h"

namespace thidua::api {

struct NomineeImport {
  std::optional<int64_t> proposal_id;  // an existing draft; otherwise a new one of unit_id and year
  int64_t unit_id = 0;
  int year = 0;
  std::string title;  // of a new dossier
  std::map<int, int64_t> choices;  // sheet row → the person chosen among namesakes
  std::string filename;
};

struct NomineeResult {
  ImportResult preview;
  std::optional<int64_t> proposal_id;  // after a commit
  nlohmann::json to_json() const;
};

// Checks data/nominee-import.json against the catalogue once (Error::Internal naming the entry).
void check_nominee_import_data(const CommendationData& d);

NomineeResult import_nominees(storage::Database& db, const CommendationData& d, const Actor& a, const NomineeImport& req,
                              const std::string& bytes, bool commit);

// A blank list for `year`: the headings the import reads, and the titles and forms in force as
// the choices of the title column (a validation list from a second sheet).
std::string nominee_form(const CommendationData& d, int year);

}  // namespace thidua::api
