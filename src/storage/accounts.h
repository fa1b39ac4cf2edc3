// Users, their login sessions and the audit log.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/audit.h"
#include "storage/database.h"

namespace thidua::storage {

struct User {
  int64_t id = 0;
  std::string username, full_name, role;
  int64_t unit_id = 0;
  std::string unit_name;
  bool disabled = false;
  std::string created_at;
  std::string password_hash;  // never leaves the server
};

struct UserQuery {
  std::string q;
  std::optional<int64_t> scope_root;
  int limit = 50, offset = 0;
};

class UserRepository {
 public:
  explicit UserRepository(Tx& tx) : tx_(tx) {}
  std::optional<User> find(int64_t id);
  std::optional<User> find_by_name(const std::string& username);
  User get(int64_t id);
  std::vector<User> search(const UserQuery& q, int64_t* total);
  int64_t count();
  // `password_hash` is already hashed (argon2id) by the caller.
  User create(const std::string& username, const std::string& full_name, const std::string& password_hash,
              const std::string& role, int64_t unit_id);
  // Folds the full names stored before search by name existed (migration 008); returns how many.
  int fold_missing_names();
  void update(int64_t id, const std::optional<std::string>& role, const std::optional<int64_t>& unit_id,
              const std::optional<bool>& disabled, const std::optional<std::string>& password_hash,
              const std::optional<std::string>& full_name);

 private:
  Tx& tx_;
};

struct Session {
  std::string token_hash, csrf_token, address, expires_at;
  int64_t user_id = 0;
  std::string created_at, last_seen_at;  // filled by find()
};

class SessionRepository {
 public:
  explicit SessionRepository(Tx& tx) : tx_(tx) {}
  void create(const Session& s);
  // The session unless expired.
  std::optional<Session> find(const std::string& token_hash, const std::string& now_iso);
  void remove(const std::string& token_hash);
  void remove_for_user(int64_t user_id);
  // Ends every session of the user but `keep` (the one changing its password); returns how many.
  int64_t remove_for_user_except(int64_t user_id, const std::string& keep_token_hash);
  int64_t count_for_user(int64_t user_id, const std::string& now_iso);
  // Records use of the session now (idle expiry counts from the last use).
  void touch(const std::string& token_hash, const std::string& now_iso);
  void purge_expired(const std::string& now_iso);

 private:
  Tx& tx_;
};

struct AuditQuery {
  std::optional<int64_t> unit_id, user_id, scope_root;
  std::optional<std::string> entity;
  std::optional<int64_t> entity_id;
  int limit = 50, offset = 0;
};

struct AuditVerdict {
  bool ok = true;
  int64_t rows = 0;
  std::optional<int64_t> first_bad_id;
  std::string reason;
};

class AuditLog {
 public:
  explicit AuditLog(Tx& tx) : tx_(tx) {}
  // Appends an entry (id, prev_hash and hash are filled in) in the caller's transaction, so the
  // record commits or rolls back with the change it describes.
  audit::Entry append(audit::Entry e);
  // The chain's last entry read ahead, for the next append() in this transaction: deferred, so
  // that PostgreSQL sends it (with the lock on the chain's head) together with the transaction's
  // next statement instead of a round trip of append()'s own. For a write that runs a statement
  // of its own between this and append() (a report's checks); nothing is read twice otherwise.
  void read_tail_ahead();
  std::vector<audit::Entry> search(const AuditQuery& q, int64_t* total);
  // Walks the whole chain in id order and reports the first row that does not verify.
  AuditVerdict verify();

 private:
  Tx& tx_;
};

// Failed logins per subject ("user:admin", "addr:127.0.0.1"), shared by every instance.
class LoginFailureRepository {
 public:
  explicit LoginFailureRepository(Tx& tx) : tx_(tx) {}
  int64_t count_since(const std::string& subject, const std::string& since_iso);
  // The failures since `since_iso` and the time of the last one ("" when none).
  std::pair<int64_t, std::string> count_and_last(const std::string& subject, const std::string& since_iso);
  struct Subject {
    std::string subject;
    int64_t failures = 0;
    std::string last;
  };
  // Every subject with failures since `since_iso`, most failures first (the administrators' view).
  std::vector<Subject> subjects_since(const std::string& since_iso, int limit);
  void add(const std::string& subject, const std::string& at_iso);
  void clear(const std::string& subject);
  void purge_before(const std::string& before_iso);

 private:
  Tx& tx_;
};

}  // namespace thidua::storage
