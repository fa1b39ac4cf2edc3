// Data versions: counters in the database (table data_versions, one row per kind) that move in
// the transaction of every write changing what they stand for, read together in one statement.
// A holder of views derived from many rows — the national view (api/national.h) — compares the
// counters with those it was made under instead of reading the rows again, and a write through
// another instance on the same database is seen the same way. docs/consistency.md states which
// version keys what.
//
// A writer marks its transaction (Tx::touch); the counters move in its last statement, right
// before COMMIT (Tx::commit), so the row is locked only while the transaction commits, always
// after every other lock the transaction took (no lock-order cycle with the audit head).
#pragma once
#include <cstdint>

#include "storage/database.h"

namespace thidua::storage {

enum DataVersion : unsigned {
  // Any score version (storage/score_versions.h: a unit's reports, name or code; a member's
  // sheets, assignments, moderations; a group-year's scheme or members) moved. Every bump_*
  // function marks it.
  kScoresVersion = 1,
  // What shapes rankings beyond scores: groups (created, renamed, a year added) and their
  // members, the registry's units (created, renamed, corrected, moved, merged, dissolved),
  // movements and their phases, scheme bindings. Marked by touch_structure().
  kStructureVersion = 2,
  // What the eligibility engine reads (api/held_records.h): the commendation record
  // (evaluations, titles and awards with their revocations, initiatives, discipline, service, group
  // votes), people (created, renamed) and their postings, the registry's units. Marked by
  // touch_commendation(). Not one of the two above: it moves no write epoch
  // (Database::version_commits) and no national view, and the national view does not read it.
  kCommendationVersion = 4,
};

struct DataVersions {
  int64_t scores = 0, structure = 0;
  bool operator==(const DataVersions&) const = default;
};

// Both counters, one statement on a primary key of two rows (absent = 0).
DataVersions read_data_versions(Tx& tx);

// The transaction changes what shapes rankings beyond scores (kStructureVersion).
inline void touch_structure(Tx& tx) { tx.touch(kStructureVersion); }

// The transaction changes what the eligibility engine reads (kCommendationVersion).
inline void touch_commendation(Tx& tx) { tx.touch(kCommendationVersion); }

// The commendation counter alone, one statement on a primary key (absent = 0).
int64_t read_commendation_version(Tx& tx);

// The statement Tx::commit runs last, moving each counter in `versions` by one ("" when
// `versions` is empty), and its parameters.
std::string data_versions_statement(unsigned versions, Params& params);

}  // namespace thidua::storage
