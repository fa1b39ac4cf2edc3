#include "storage/jobs.h"

#include "storage/row_reader.h"

namespace thidua::storage {

namespace {

constexpr const char* kColumns =
    "id, user_id, kind, instance, state, cancel_requested, phase, rows_done, rows_total, started_at, finished_at, "
    "heartbeat_ms, error, file_name, file_type, file_size";

JobRow read_job(const Result& r, size_t i, bool with_result) {
  RowRef row(r, i);
  JobRow j;
  read_columns<JobRow>(row, j,
                       {{"id", &JobRow::id},
                        {"user_id", &JobRow::user_id},
                        {"kind", &JobRow::kind},
                        {"instance", &JobRow::instance},
                        {"state", &JobRow::state},
                        {"cancel_requested", &JobRow::cancel_requested},
                        {"phase", &JobRow::phase},
                        {"rows_done", &JobRow::done},
                        {"rows_total", &JobRow::total},
                        {"started_at", &JobRow::started_at},
                        {"finished_at", &JobRow::finished_at},
                        {"heartbeat_ms", &JobRow::heartbeat_ms},
                        {"error", &JobRow::error},
                        {"file_name", &JobRow::file_name},
                        {"file_type", &JobRow::file_type},
                        {"file_size", &JobRow::file_size}});
  if (with_result) j.result = row.opt_str("result");
  return j;
}

std::optional<bool> flag_of(const Result& r) {
  if (r.empty()) return std::nullopt;
  return RowRef(r, 0).i64("cancel_requested") != 0;
}

}  // namespace

void JobRepository::create(const JobRow& j) {
  tx_.query(
      "INSERT INTO jobs (id, user_id, kind, instance, state, phase, started_at, heartbeat_ms) "
      "VALUES ($1, $2, $3, $4, 'running', $5, $6, $7)",
      {j.id, j.user_id, j.kind, j.instance, j.phase, j.started_at, j.heartbeat_ms});
}

std::optional<bool> JobRepository::beat(const std::string& id, const std::string& phase, int64_t done,
                                        std::optional<int64_t> total, int64_t now_ms) {
  return flag_of(tx_.query(
      "UPDATE jobs SET phase = $2, rows_done = $3, rows_total = $4, heartbeat_ms = $5 WHERE id = $1 AND state = 'running' "
      "RETURNING cancel_requested",
      {id, phase, done, opt_param(total), now_ms}));
}

std::optional<bool> JobRepository::cancel_flag(const std::string& id) {
  return flag_of(tx_.query("SELECT cancel_requested FROM jobs WHERE id = $1 AND state = 'running'", {id}));
}

void JobRepository::finish(const std::string& id, const std::string& state, const std::string& finished_at,
                           int64_t now_ms, const std::optional<std::string>& result,
                           const std::optional<std::string>& error, const JobFile* file) {
  tx_.query(
      "UPDATE jobs SET state = $2, finished_at = $3, finished_ms = $4, heartbeat_ms = $4, result = $5, error = $6, "
      "file_name = $7, file_type = $8, file_size = $9, file_content = $10 WHERE id = $1",
      {id, state, finished_at, now_ms, opt_param(result), opt_param(error),
       file ? Param(file->name) : Param(nullptr), file ? Param(file->content_type) : Param(nullptr),
       file ? Param(static_cast<int64_t>(file->bytes.size())) : Param(nullptr),
       file ? Param(Bytes{file->bytes}) : Param(nullptr)});
}

std::optional<JobRow> JobRepository::find(int64_t user_id, const std::string& id, bool with_result) {
  Result r = tx_.query(std::string("SELECT ") + kColumns + (with_result ? ", result" : "") +
                           " FROM jobs WHERE id = $1 AND user_id = $2",
                       {id, user_id});
  if (r.empty()) return std::nullopt;
  return read_job(r, 0, with_result);
}

std::vector<JobRow> JobRepository::of_user(int64_t user_id) {
  Result r = tx_.query(std::string("SELECT ") + kColumns + " FROM jobs WHERE user_id = $1 ORDER BY started_at DESC, id",
                       {user_id});
  std::vector<JobRow> out;
  for (size_t i = 0; i < r.size(); ++i) out.push_back(read_job(r, i, false));
  return out;
}

bool JobRepository::request_cancel(int64_t user_id, const std::string& id) {
  return tx_.query("UPDATE jobs SET cancel_requested = 1 WHERE id = $1 AND user_id = $2 AND state = 'running'",
                   {id, user_id})
             .affected > 0;
}

std::optional<JobFile> JobRepository::file(int64_t user_id, const std::string& id) {
  Result r = tx_.query(
      "SELECT file_name, file_type, file_content FROM jobs WHERE id = $1 AND user_id = $2 AND state = 'done' AND "
      "file_content IS NOT NULL",
      {id, user_id});
  if (r.empty()) return std::nullopt;
  RowRef row(r, 0);
  return JobFile{row.str("file_name"), row.str("file_type"), bytes_value(tx_.dialect(), row.str("file_content"))};
}

int64_t JobRepository::running_of_user(int64_t user_id, int64_t fresh_from_ms) {
  return tx_.query_id("SELECT COUNT(*) FROM jobs WHERE user_id = $1 AND state = 'running' AND heartbeat_ms >= $2",
                      {user_id, fresh_from_ms});
}

int64_t JobRepository::count_stale(int64_t stale_before_ms, const std::string& except_instance) {
  return tx_.query_id("SELECT COUNT(*) FROM jobs WHERE state = 'running' AND heartbeat_ms < $1 AND instance <> $2",
                      {stale_before_ms, except_instance});
}

int64_t JobRepository::fail_stale(int64_t stale_before_ms, const std::string& except_instance,
                                  const std::string& finished_at, int64_t now_ms, const std::string& error) {
  return tx_.query(
                "UPDATE jobs SET state = 'failed', finished_at = $3, finished_ms = $4, error = $5 "
                "WHERE state = 'running' AND heartbeat_ms < $1 AND instance <> $2",
                {stale_before_ms, except_instance, finished_at, now_ms, error})
      .affected;
}

int64_t JobRepository::purge(int64_t finished_before_ms, int64_t keep_per_user) {
  return tx_.query(
                "DELETE FROM jobs WHERE state <> 'running' AND (finished_ms < $1 OR id IN (SELECT id FROM (SELECT id, "
                "ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY finished_ms DESC, id) AS n FROM jobs WHERE state <> "
                "'running') ranked WHERE n > $2))",
                {finished_before_ms, keep_per_user})
      .affected;
}

}  // namespace thidua::storage
