// Long work as jobs: an import of a whole province's workbook or a big export runs on a thread of
// its own; the API answers at once with the job, GET /jobs/{id} tells its phase and rows done,
// POST /jobs/{id}/cancel stops it. A job reports through core/progress.h, so the import and
// export code is the same one the synchronous requests run. A cancelled import's transaction is
// rolled back (its commit is all or nothing); an export's file is published only once complete.
// Jobs live in the memory of the instance that started them and belong to their user: anyone
// else's job answers 404 as an unknown one.
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

namespace thidua::api {

// What a job leaves: the answer the synchronous request would give (an import's preview or
// commit), and/or a file (an export).
struct JobOutcome {
  nlohmann::json result;
  std::optional<RenderedFile> file;
};

class Job : public progress::Sink {
 public:
  enum class State { kRunning, kDone, kFailed, kCancelled };
  Job(std::string id, int64_t user_id, std::string kind);

  const std::string& id() const { return id_; }
  int64_t user_id() const { return user_id_; }
  State state() const;
  // Asks the work to stop at its next row; false when it has already finished.
  bool cancel();
  nlohmann::json to_json() const;
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
  void finish(State s, JobOutcome out, nlohmann::json error);

  const std::string id_;
  const int64_t user_id_;
  const std::string kind_;
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
};

class Jobs {
 public:
  static constexpr size_t kRunningPerUser = 2;
  static constexpr size_t kRunningAll = 4;
  Jobs() = default;
  ~Jobs();
  Jobs(const Jobs&) = delete;
  Jobs& operator=(const Jobs&) = delete;

  // Starts `work` on its own thread with the job as its progress sink. Throws Error::TooMany
  // when the user (or the server) already runs as many jobs as allowed. `work` throws
  // thidua::Error for bad input (the job fails with that message) and progress::Cancelled.
  std::shared_ptr<Job> start(int64_t user_id, const std::string& kind, std::function<JobOutcome()> work);
  // The user's own job, or nullptr (someone else's job is not found either).
  std::shared_ptr<Job> find(int64_t user_id, const std::string& id) const;
  std::vector<std::shared_ptr<Job>> of_user(int64_t user_id) const;
  // Cancels every running job and waits for them (the app shutting down).
  void stop();

 private:
  void reap_locked();  // joins finished threads, forgets jobs finished long ago
  mutable std::mutex mu_;
  std::vector<std::shared_ptr<Job>> jobs_;
  std::vector<std::pair<std::shared_ptr<Job>, std::thread>> threads_;
  bool stopped_ = false;
};

// Starts `work` as the caller's job on a copy of the request and of the caller (the work gets its
// own Ctx on the job's thread, so it runs exactly as the synchronous route would); answers 202
// with the job.
http::Response start_job(Routes& r, const Ctx& c, const std::string& kind, std::function<JobOutcome(Ctx&)> work);

}  // namespace thidua::api
