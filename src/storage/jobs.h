// Long imports and exports (api/jobs.h) as rows that every app instance sees: who owns a job, its
// kind, phase, rows, state, error, the synchronous route's answer and an export's file, and the
// cancel flag any instance may set. The instance running a job writes through beat() and
// finish(); the others read. A row is its user's own: every read and the cancel take the user.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "storage/database.h"

namespace thidua::storage {

struct JobRow {
  std::string id;
  int64_t user_id = 0;
  std::string kind, instance, state = "running";  // running | done | failed | cancelled
  bool cancel_requested = false;
  std::string phase = "start";
  int64_t done = 0;
  std::optional<int64_t> total;  // not known yet: absent, never 0
  std::string started_at;
  std::optional<std::string> finished_at;
  int64_t heartbeat_ms = 0;
  std::optional<std::string> result, error;  // JSON text; result only from find()
  std::optional<std::string> file_name, file_type;
  std::optional<int64_t> file_size;
};

struct JobFile {
  std::string name, content_type, bytes;
};

class JobRepository {
 public:
  // The largest export file kept: a bigger one fails its job (docs/jobs.md).
  static constexpr size_t kMaxFileBytes = 64u << 20;

  explicit JobRepository(Tx& tx) : tx_(tx) {}
  // A new running job (its id, user, kind, instance, started_at and heartbeat_ms).
  void create(const JobRow& j);
  // The running instance's report: phase, rows, heartbeat. Returns the cancel flag, or nullopt
  // when the row no longer runs (another instance found it stale and failed it).
  std::optional<bool> beat(const std::string& id, const std::string& phase, int64_t done, std::optional<int64_t> total,
                           int64_t now_ms);
  // Reads the cancel flag of a running job; nullopt when it no longer runs.
  std::optional<bool> cancel_flag(const std::string& id);
  // The job's end; `file` only for a done export (at most kMaxFileBytes, checked by the caller).
  void finish(const std::string& id, const std::string& state, const std::string& finished_at, int64_t now_ms,
              const std::optional<std::string>& result, const std::optional<std::string>& error, const JobFile* file);
  // The user's own job (nullopt for anyone else's), with its result when `with_result`.
  std::optional<JobRow> find(int64_t user_id, const std::string& id, bool with_result);
  // The user's jobs, newest first, without results.
  std::vector<JobRow> of_user(int64_t user_id);
  // Sets the cancel flag of the user's running job; false when it is not running (or not theirs).
  bool request_cancel(int64_t user_id, const std::string& id);
  // The file of the user's done export.
  std::optional<JobFile> file(int64_t user_id, const std::string& id);
  // The user's running jobs whose heartbeat is at or after `fresh_from_ms`.
  int64_t running_of_user(int64_t user_id, int64_t fresh_from_ms);
  // How many running jobs of other instances have a heartbeat before `stale_before_ms`.
  int64_t count_stale(int64_t stale_before_ms, const std::string& except_instance);
  // Stores those as failed with `error` (their server stopped); returns how many.
  int64_t fail_stale(int64_t stale_before_ms, const std::string& except_instance, const std::string& finished_at,
                     int64_t now_ms, const std::string& error);
  // Deletes finished jobs that ended before `finished_before_ms`, and each user's finished jobs
  // beyond their `keep_per_user` latest; returns how many.
  int64_t purge(int64_t finished_before_ms, int64_t keep_per_user);

 private:
  Tx& tx_;
};

}  // namespace thidua::storage
