// Anchoring the audit chain outside the database. The chain itself shows a changed row, but not
// rows cut from its end, nor a row changed with every hash after it recomputed. A checkpoint —
// the chain's length and head hash at a moment, signed with HMAC-SHA256 under a key the database
// does not hold (THIDUA_AUDIT_KEY or THIDUA_AUDIT_KEY_FILE) — is written to a file at intervals
// by the server and with each backup; `thidua audit verify --checkpoint FILE` checks that the
// database still holds that exact head.
#pragma once
#include <cstdint>
#include <string>

#include "storage/database.h"

namespace thidua::storage {

struct AuditCheckpoint {
  int64_t rows = 0;     // rows in the chain at the checkpoint
  int64_t last_id = 0;  // the head row (0: empty chain)
  std::string last_hash;
  std::string at;  // ISO 8601 UTC
};

// The chain's head now.
AuditCheckpoint current_checkpoint(Tx& tx);
// The signed file content (JSON with "hmac").
std::string sign_checkpoint(const AuditCheckpoint& c, const std::string& key);
// Parses and authenticates a checkpoint file; throws Error::Invalid when the signature or the
// content is wrong (the file was forged or the key is not the one it was written with).
AuditCheckpoint read_checkpoint(const std::string& text, const std::string& key);
// "" when the database still holds the checkpoint's head; otherwise why not.
std::string check_checkpoint(Tx& tx, const AuditCheckpoint& c);
// Writes `content` to `path` atomically (a temporary file renamed over it).
void write_file_atomically(const std::string& path, const std::string& content);
// The key from THIDUA_AUDIT_KEY, else the content of the file named by THIDUA_AUDIT_KEY_FILE;
// "" when neither is set. Throws when the key is shorter than 16 bytes.
std::string audit_key_from_env();

}  // namespace thidua::storage
