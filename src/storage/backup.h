// Backup and restore: every table of a database (evidence files included, they live in it) as
// one portable file that restores into an empty database of either kind.
//
// The file is JSON lines: a header (format, schema version, source dialect, the audit chain's
// head), then for each table a line {"table","columns","blob","rows"} followed by one JSON array
// per row (bytes as base64), and a last line {"end":true,"sha256":…} over everything before it.
// The backup reads everything in one snapshot (SQLite: one read transaction in WAL mode;
// PostgreSQL: a REPEATABLE READ read-only transaction), so it is consistent while the server
// writes. Sessions and login failures are not copied: a restored system starts logged out; nor
// are the jobs (imports and exports in progress or just finished, storage/jobs.h).
#pragma once
#include <cstdint>
#include <iosfwd>
#include <string>

#include "storage/database.h"

namespace thidua::storage {

struct BackupSummary {
  int64_t tables = 0, rows = 0;
  int schema_version = 0;
  int64_t audit_rows = 0;
  int64_t audit_last_id = 0;
  std::string audit_last_hash;
};

// Writes the backup to `out`. Throws thidua::Error on a database failure.
BackupSummary write_backup(Database& db, std::ostream& out);

// Restores `in` into `db`, which must be empty (no units, users, audit rows… — only what the
// migrations themselves insert), in one transaction: all or nothing. Refuses (kInvalid) a
// damaged file, another schema version, or a non-empty target (kConflict).
BackupSummary restore_backup(Database& db, std::istream& in);

// The highest migration applied to `db`.
int schema_version(Tx& tx);

}  // namespace thidua::storage
