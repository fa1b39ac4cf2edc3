// Long work as jobs: an import of a whole province's workbook or a big export runs on a thread of
// its own; the API answers at once with the job, GET /jobs/{id} tells its phase and rows done,
// POST /jobs/{id}/cancel stops it. A job reports through core/progress.h, so the import and
// export code is the same one the synchronous requests run. A cancelled import's transaction is
// rolled back (its commit is all or nothing); an export's file is published only once complete.
//
// Every instance on the database sees every job (storage/jobs.h): the instance running a job
// writes its phase and rows at most every 200 ms (a heartbeat at least every second) and reads
// the cancel flag any instance may set; a job whose heartbeat is older than kStaleAfter shows as
// failed ("máy chủ dừng khi đang chạy"). An export's file is kept in the row (at most 64 MiB).
// A job belongs to its user: anyone else's job answers 404 as an unknown one.
#pragma once
#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "api/context.h"
#include "api/documents.h"
#include "core/progress.h"
#include "storage/jobs.h"

namespace thidua::api {

// What a job leaves: the answer the synchronous request would give (an import's preview or
// commit), and/or a file (an export).
struct JobOutcome {
  std::string result;  // JSON text (none: empty), kept and answered as it is: never parsed
  std::optional<RenderedFile> file;
};

// A job's answer in the API (docs/jobs.md), from its row as any instance sees it, without its result.
nlohmann::json job_json(const storage::JobRow& row);
// The same as JSON text, with the row's result once done (the synchronous route's answer, copied
// in as text: a 100,000-row preview never becomes a tree).
std::string job_text(const storage::JobRow& row);

// A job running on this instance: the progress sink of its thread.
class Job : public progress::Sink {
 public:
  enum class State { kRunning, kDone, kFailed, kCancelled };
  Job(std::string id, int64_t user_id, std::string kind, std::string instance);

  const std::string& id() const { return id_; }
  int64_t user_id() const { return user_id_; }
  State state() const;
  // Asks the work to stop at its next row; false when it has already finished.
  bool cancel();
  nlohmann::json to_json() const;  // without the result
  // The row as this instance knows it, with the result when `with_result` and done.
  storage::JobRow row(bool with_result = false) const;
  // The export's file, once the job is done (nullopt before, and for an import).
  std::optional<RenderedFile> file() const;
  // Waits until the job has finished or `d` has passed; true when it has finished.
  bool wait_for(std::chrono::milliseconds d) const;

  // progress::Sink
  void phase(std::string_view name, size_t total) override;
  void done(size_t n) override;
  void advance(size_t n) override;
  bool cancelled() const override { return cancel_.load(std::memory_order_relaxed); }

 private:
  friend class Jobs;
  void finish(State s, JobOutcome out, nlohmann::json error, bool stored);

  const std::string id_;
  const int64_t user_id_;
  const std::string kind_, instance_;
  const std::string started_at_;
  std::atomic<bool> cancel_{false};
  std::atomic<size_t> done_{0}, total_{0};
  mutable std::mutex mu_;
  mutable std::condition_variable cv_;
  std::string phase_ = "start";
  State state_ = State::kRunning;
  std::string finished_at_;
  JobOutcome out_;
  nlohmann::json error_;
  std::chrono::steady_clock::time_point finished_{};
  bool stored_ = false;  // the end is in the database: the memory copy may go
  std::atomic<bool> ending_{false};  // the end is being stored
  // The flusher's own (its thread only): what it last wrote, and when.
  std::string written_phase_;
  size_t written_done_ = 0, written_total_ = 0;
  std::chrono::steady_clock::time_point written_at_{};
};

class Jobs {
 public:
  static constexpr size_t kRunningPerUser = 2;  // on every instance together
  static constexpr size_t kRunningAll = 4;      // on this instance
  static constexpr std::chrono::milliseconds kFlushEvery{200};
  static constexpr std::chrono::milliseconds kHeartbeatEvery{1000};
  static constexpr std::chrono::milliseconds kStaleAfter{15000};
  static constexpr std::chrono::hours kKeepFinished{24};
  static constexpr int64_t kKeepPerUser = 20;

  explicit Jobs(storage::Database& db);
  ~Jobs();
  Jobs(const Jobs&) = delete;
  Jobs& operator=(const Jobs&) = delete;

  // Starts `work` on its own thread with the job as its progress sink. Throws Error::TooMany
  // when the user (on any instance) or this server already runs as many jobs as allowed. `work`
  // throws thidua::Error for bad input (the job fails with that message) and progress::Cancelled.
  std::shared_ptr<Job> start(int64_t user_id, const std::string& kind, std::function<JobOutcome()> work);
  // The user's own job as any instance sees it, or nullopt (someone else's job is not found
  // either); its row, with the synchronous route's answer when `with_result`.
  std::optional<storage::JobRow> find(int64_t user_id, const std::string& id, bool with_result);
  // The same as the API answers it (job_text), with the result.
  std::optional<std::string> get(int64_t user_id, const std::string& id);
  // The user's jobs on every instance, newest first, without results.
  std::vector<nlohmann::json> list(int64_t user_id);
  // Asks the user's job to stop, wherever it runs, and waits up to `wait` for it to end; the job
  // as it is then (job_text). Throws NotFound (not theirs) or Conflict (already ended).
  std::string cancel(int64_t user_id, const std::string& id, std::chrono::milliseconds wait);
  // The file of the user's export once done; throws Conflict while it runs, NotFound otherwise.
  RenderedFile file(int64_t user_id, const std::string& id);
  // This instance's running job, or nullptr.
  std::shared_ptr<Job> local(const std::string& id) const;
  // Fails other instances' running jobs whose heartbeat is stale, and purges old finished jobs
  // (the flusher does it every few seconds; tests may call it).
  void sweep();
  // Cancels every running job of this instance and waits for them (the app shutting down).
  void stop();
  const std::string& instance() const { return instance_; }

 private:
  void flush_loop();
  void flush(const std::vector<std::shared_ptr<Job>>& running);
  bool store_end(Job& job, Job::State state, const JobOutcome& out, const nlohmann::json& error);
  // Whether the job's cancel was asked: on this instance, or flagged in its row from another one
  // (read now, not at the flusher's next round); false when the row cannot be read.
  bool cancel_asked(Job& job);
  void reap_locked();  // joins finished threads, forgets jobs whose end is stored
  storage::Database& db_;
  const std::string instance_;
  mutable std::mutex mu_;
  std::condition_variable wake_;
  std::vector<std::shared_ptr<Job>> jobs_;
  std::vector<std::pair<std::shared_ptr<Job>, std::thread>> threads_;
  bool stopped_ = false;
  std::thread flusher_;
  std::chrono::steady_clock::time_point next_purge_{};  // the flusher's
};

// Starts `work` as the caller's job on a copy of the request and of the caller (the work gets its
// own Ctx on the job's thread, so it runs exactly as the synchronous route would); answers 202
// with the job.
http::Response start_job(Routes& r, const Ctx& c, const std::string& kind, std::function<JobOutcome(Ctx&)> work);

}  // namespace thidua::api
