#include "api/jobs.h"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "api/auth.h"
#include "core/error.h"
#include "storage/registry.h"

namespace thidua::api {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

constexpr auto kKeepUnstored = std::chrono::minutes(30);  // an end the database did not take
constexpr auto kSweepEvery = std::chrono::seconds(5);
constexpr auto kPurgeEvery = std::chrono::seconds(60);
const char* const kServerStopped = "Máy chủ dừng khi đang chạy việc này; không lưu gì, hãy chạy lại";

int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

const char* phase_label(const std::string& p) {
  if (p == "read") return "Đang đọc tệp";
  if (p == "check") return "Đang kiểm tra từng dòng";
  if (p == "save") return "Đang lưu";
  if (p == "data") return "Đang lấy dữ liệu";
  if (p == "write") return "Đang ghi tệp";
  if (p == "answer") return "Đang chuẩn bị bản xem trước";
  return "Đang bắt đầu";
}

const char* state_name(Job::State s) {
  switch (s) {
    case Job::State::kRunning: return "running";
    case Job::State::kDone: return "done";
    case Job::State::kFailed: return "failed";
    case Job::State::kCancelled: return "cancelled";
  }
  return "running";
}

json server_stopped_error() { return {{"code", "server_stopped"}, {"message", kServerStopped}}; }

// A running row whose heartbeat is stale is its server stopped: shown failed before any instance
// stores it so.
void show_stale_as_failed(storage::JobRow& row) {
  if (row.state == "running" && row.heartbeat_ms < now_ms() - Jobs::kStaleAfter.count()) {
    row.state = "failed";
    row.error = server_stopped_error().dump();
  }
}

}  // namespace

json job_json(const storage::JobRow& row) {
  bool running = row.state == "running";
  int64_t done = row.done, total = row.total.value_or(0);
  if (total && done > total) done = total;
  json j = {{"id", row.id},
            {"kind", row.kind},
            {"state", row.state},
            {"cancel_requested", row.cancel_requested},
            {"phase", row.phase},
            {"phase_label", running && row.cancel_requested ? "Đang hủy" : phase_label(row.phase)},
            {"done", done},
            {"total", total ? json(total) : json()},  // not known yet: null, never 0
            {"percent", total ? json(static_cast<int>(100.0 * static_cast<double>(done) / static_cast<double>(total))) : json()},
            {"started_at", row.started_at},
            {"finished_at", row.finished_at ? json(*row.finished_at) : json()}};
  if (row.state == "done") {
    j["percent"] = 100;
    if (row.file_name)
      j["file"] = {{"filename", *row.file_name}, {"size", row.file_size.value_or(0)}, {"href", "/api/v1/jobs/" + row.id + "/file"}};
  }
  if (row.error) j["error"] = json::parse(*row.error, nullptr, false);
  return j;
}

std::string job_text(const storage::JobRow& row) {
  std::string out = job_json(row).dump(-1, ' ', false, json::error_handler_t::replace);
  if (row.state == "done" && row.result && !row.result->empty()) {
    out.pop_back();  // the closing brace
    out.reserve(out.size() + row.result->size() + 12);
    out += ",\"result\":";
    out += *row.result;
    out += '}';
  }
  return out;
}

Job::Job(std::string id, int64_t user_id, std::string kind, std::string instance)
    : id_(std::move(id)),
      user_id_(user_id),
      kind_(std::move(kind)),
      instance_(std::move(instance)),
      started_at_(storage::now_iso()) {}

Job::State Job::state() const {
  std::lock_guard lk(mu_);
  return state_;
}

bool Job::cancel() {
  std::lock_guard lk(mu_);
  if (state_ != State::kRunning) return false;
  cancel_.store(true);
  return true;
}

void Job::phase(std::string_view name, size_t total) {
  std::lock_guard lk(mu_);
  phase_ = std::string(name);
  done_.store(0, std::memory_order_relaxed);
  total_.store(total, std::memory_order_relaxed);
}

void Job::done(size_t n) { done_.store(n, std::memory_order_relaxed); }
void Job::advance(size_t n) { done_.fetch_add(n, std::memory_order_relaxed); }

void Job::finish(State s, JobOutcome out, json error, bool stored) {
  {
    std::lock_guard lk(mu_);
    state_ = s;
    stored_ = stored;
    out_ = std::move(out);
    error_ = std::move(error);
    finished_at_ = storage::now_iso();
    finished_ = Clock::now();
  }
  cv_.notify_all();
}

bool Job::wait_for(std::chrono::milliseconds d) const {
  std::unique_lock lk(mu_);
  return cv_.wait_for(lk, d, [&] { return state_ != State::kRunning; });
}

std::optional<RenderedFile> Job::file() const {
  std::lock_guard lk(mu_);
  if (state_ != State::kDone) return std::nullopt;
  return out_.file;
}

storage::JobRow Job::row(bool with_result) const {
  std::lock_guard lk(mu_);
  storage::JobRow r;
  r.id = id_;
  r.user_id = user_id_;
  r.kind = kind_;
  r.instance = instance_;
  r.state = state_name(state_);
  r.cancel_requested = cancel_.load();
  r.phase = phase_;
  r.done = static_cast<int64_t>(done_.load(std::memory_order_relaxed));
  if (size_t t = total_.load(std::memory_order_relaxed)) r.total = static_cast<int64_t>(t);
  r.started_at = started_at_;
  if (!finished_at_.empty()) r.finished_at = finished_at_;
  r.heartbeat_ms = now_ms();
  if (!error_.is_null()) r.error = error_.dump();
  if (state_ == State::kDone && out_.file) {
    r.file_name = out_.file->filename;
    r.file_type = out_.file->content_type;
    r.file_size = static_cast<int64_t>(out_.file->bytes.size());
  }
  if (with_result && state_ == State::kDone && !out_.result.empty()) r.result = out_.result;
  return r;
}

json Job::to_json() const { return job_json(row()); }

Jobs::Jobs(storage::Database& db) : db_(db), instance_(random_token(8)) {
  flusher_ = std::thread([this] { flush_loop(); });
}

Jobs::~Jobs() { stop(); }

std::shared_ptr<Job> Jobs::start(int64_t user_id, const std::string& kind, std::function<JobOutcome()> work) {
  int64_t mine_here = 0;
  {
    std::lock_guard lk(mu_);
    reap_locked();
    if (stopped_) throw Error(ErrorCode::kInternal, "jobs stopped");
    size_t all = 0;
    for (auto& j : jobs_)
      if (j->state() == Job::State::kRunning) {
        ++all;
        if (j->user_id() == user_id) ++mine_here;
      }
    if (all >= kRunningAll) throw Error(ErrorCode::kTooMany, "Máy chủ đang bận với các việc nhập/xuất khác; hãy thử lại sau ít phút");
  }
  auto job = std::make_shared<Job>(random_token(16), user_id, kind, instance_);
  {
    // The user's running jobs on every instance (not those of a stopped server), then the row.
    auto tx = db_.begin(storage::TxMode::kWrite);
    storage::JobRepository repo(*tx);
    int64_t mine = std::max(mine_here, repo.running_of_user(user_id, now_ms() - kStaleAfter.count()));
    if (mine >= static_cast<int64_t>(kRunningPerUser))
      throw Error(ErrorCode::kTooMany, "Bạn đang có " + std::to_string(mine) + " việc nhập/xuất đang chạy; hãy đợi một việc xong hoặc hủy bớt");
    storage::JobRow row = job->row();
    repo.create(row);
    tx->commit();
  }
  std::lock_guard lk(mu_);
  jobs_.push_back(job);
  threads_.emplace_back(job, std::thread([this, job, work = std::move(work)] {
    Job::State state = Job::State::kDone;
    JobOutcome out;
    json err;
    // The write transactions this thread commits for the job (storage::Database::thread_write_commits).
    const uint64_t writes = storage::Database::thread_write_commits();
    {
      progress::Scope scope(job.get());
      try {
        out = work();
        if (out.file && out.file->bytes.size() > storage::JobRepository::kMaxFileBytes)
          throw Error::Invalid("Tệp xuất quá lớn (" + std::to_string(out.file->bytes.size() >> 20) + " MB, tối đa " +
                               std::to_string(storage::JobRepository::kMaxFileBytes >> 20) + " MB): hãy lọc bớt rồi xuất lại");
      } catch (const progress::Cancelled& e) {
        state = Job::State::kCancelled;
        err = {{"code", "cancelled"}, {"message", e.what()}};
      } catch (const Error& e) {
        bool internal = e.code() == ErrorCode::kInternal || e.from_storage();
        if (internal) spdlog::error("job {}: {}", job->id(), e.what());
        state = Job::State::kFailed;
        err = {{"code", internal ? "internal" : error_code_name(e.code())},
               {"message", internal ? std::string("Lỗi máy chủ, không lưu gì; vui lòng thử lại") : std::string(e.what())}};
        if (!internal && !e.field().empty()) err["field"] = e.field();
      } catch (const std::exception& e) {
        spdlog::error("job {}: {}", job->id(), e.what());
        state = Job::State::kFailed;
        err = {{"code", "internal"}, {"message", "Lỗi máy chủ, không lưu gì; vui lòng thử lại"}};
      }
      // A cancel asked while the job ran, seen here or flagged from another instance, ends a job that
      // saved nothing (a preview, an export) cancelled even when its work ran to the end meanwhile:
      // the officer pressed "Hủy" and was told "Đang hủy". A job that committed a write keeps its end
      // ("done", the cancel came too late: what it saved stays saved).
      if (state == Job::State::kDone && storage::Database::thread_write_commits() == writes && cancel_asked(*job)) {
        state = Job::State::kCancelled;
        err = {{"code", "cancelled"}, {"message", progress::Cancelled().what()}};
      }
      if (state != Job::State::kDone) out = {};
    }
    // Stored first, then shown here: once any instance says "done", every instance has the file.
    bool stored = store_end(*job, state, out, err);
    job->finish(state, std::move(out), std::move(err), stored);
  }));
  return job;
}

bool Jobs::cancel_asked(Job& job) {
  if (job.cancelled()) return true;
  try {
    auto tx = db_.begin(storage::TxMode::kRead);
    const std::optional<bool> flag = storage::JobRepository(*tx).cancel_flag(job.id());
    return flag && *flag;
  } catch (const std::exception& e) {
    spdlog::warn("job {}: reading its cancel flag: {}", job.id(), e.what());
    return false;
  }
}

// The job's end, for every instance to see; false when the database did not take it (the memory
// copy then stays kKeepUnstored and this instance still answers for it).
bool Jobs::store_end(Job& job, Job::State state, const JobOutcome& out, const json& error) {
  job.ending_ = true;  // the flusher leaves its row alone from now on
  try {
    std::optional<std::string> result;
    if (!out.result.empty()) result = out.result;
    std::optional<storage::JobFile> file;
    if (out.file) file = storage::JobFile{out.file->filename, out.file->content_type, out.file->bytes};
    auto tx = db_.begin(storage::TxMode::kWrite);
    storage::JobRepository(*tx).finish(job.id(), state_name(state), storage::now_iso(), now_ms(), result,
                                       error.is_null() ? std::nullopt : std::optional<std::string>(error.dump()),
                                       file ? &*file : nullptr);
    tx->commit();
    return true;
  } catch (const std::exception& e) {
    spdlog::error("job {}: its end was not stored: {}", job.id(), e.what());
    return false;
  }
}

std::shared_ptr<Job> Jobs::local(const std::string& id) const {
  std::lock_guard lk(mu_);
  for (auto& j : jobs_)
    if (j->id() == id) return j;
  return nullptr;
}

std::optional<storage::JobRow> Jobs::find(int64_t user_id, const std::string& id, bool with_result) {
  if (auto j = local(id)) {
    if (j->user_id() != user_id) return std::nullopt;
    return j->row(with_result);
  }
  auto tx = db_.begin(storage::TxMode::kRead);
  auto row = storage::JobRepository(*tx).find(user_id, id, with_result);
  if (row) show_stale_as_failed(*row);
  return row;
}

std::optional<std::string> Jobs::get(int64_t user_id, const std::string& id) {
  auto row = find(user_id, id, true);
  if (!row) return std::nullopt;
  return job_text(*row);
}

std::vector<json> Jobs::list(int64_t user_id) {
  std::vector<storage::JobRow> rows;
  {
    auto tx = db_.begin(storage::TxMode::kRead);
    rows = storage::JobRepository(*tx).of_user(user_id);
  }
  std::vector<json> out;
  for (auto& row : rows) {
    if (auto j = local(row.id)) {
      out.push_back(j->to_json());  // without the result (a preview can be large: GET /jobs/{id} has it)
      continue;
    }
    show_stale_as_failed(row);
    out.push_back(job_json(row));
  }
  return out;
}

std::string Jobs::cancel(int64_t user_id, const std::string& id, std::chrono::milliseconds wait) {
  auto mine = local(id);
  if (mine && mine->user_id() != user_id) mine = nullptr;
  // Here: the work stops at its next row at once (an import's rollback frees the database before
  // the flag is written: SQLite has one writer).
  bool asked = mine && mine->cancel();
  {
    auto tx = db_.begin(storage::TxMode::kWrite);
    storage::JobRepository repo(*tx);
    auto row = repo.find(user_id, id, false);
    if (!row && !mine) throw Error::NotFound("Không tìm thấy việc nhập/xuất này");
    if (row) show_stale_as_failed(*row);
    bool flagged = row && row->state == "running" && repo.request_cancel(user_id, id);
    tx->commit();
    if (!asked && !flagged) throw Error::Conflict("Việc này đã kết thúc, không còn gì để hủy");
  }
  // Cancelling is quick (the work stops at its next row): answer with the outcome when it comes.
  if (mine) {
    mine->wait_for(wait);
    return job_text(mine->row(true));
  }
  for (auto until = Clock::now() + wait; Clock::now() < until;) {
    auto row = find(user_id, id, false);
    if (!row || row->state != "running") break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  auto j = get(user_id, id);
  if (!j) throw Error::NotFound("Không tìm thấy việc nhập/xuất này");
  return *j;
}

RenderedFile Jobs::file(int64_t user_id, const std::string& id) {
  auto row = find(user_id, id, false);
  if (!row) throw Error::NotFound("Không tìm thấy việc nhập/xuất này");
  if (row->state == "running") throw Error::Conflict("Tệp chưa xong; hãy đợi việc xuất hoàn tất");
  if (auto mine = local(id))
    if (auto f = mine->file()) return *f;
  std::optional<storage::JobFile> f;
  {
    auto tx = db_.begin(storage::TxMode::kRead);
    f = storage::JobRepository(*tx).file(user_id, id);
  }
  if (!f) throw Error::NotFound("Việc này không có tệp (đã hủy, bị lỗi, hoặc không phải việc xuất)");
  return RenderedFile{std::move(f->bytes), std::move(f->content_type), std::move(f->name)};
}

// Every kFlushEvery: each running job's phase and rows when they moved (or a heartbeat once a
// second), and its cancel flag; every few seconds the sweep.
void Jobs::flush_loop() {
  auto next_sweep = Clock::now();
  std::unique_lock lk(mu_);
  while (!stopped_) {
    wake_.wait_for(lk, kFlushEvery, [&] { return stopped_; });
    if (stopped_) break;
    std::vector<std::shared_ptr<Job>> running;
    for (auto& j : jobs_)
      if (j->state() == Job::State::kRunning) running.push_back(j);
    lk.unlock();
    try {
      if (!running.empty()) flush(running);
      if (Clock::now() >= next_sweep) {
        sweep();
        next_sweep = Clock::now() + kSweepEvery;
      }
    } catch (const std::exception& e) {
      // SQLite: an import holding the one write lock makes this wait and give up; next time.
      spdlog::warn("jobs: progress not written: {}", e.what());
    }
    lk.lock();
    reap_locked();
  }
}

void Jobs::flush(const std::vector<std::shared_ptr<Job>>& running) {
  auto now = Clock::now();
  std::vector<std::shared_ptr<Job>> moved, still;
  for (auto& j : running) {
    std::string phase;
    {
      std::lock_guard lk(j->mu_);
      phase = j->phase_;
    }
    bool changed = phase != j->written_phase_ || j->done_.load() != j->written_done_ || j->total_.load() != j->written_total_;
    (changed || now - j->written_at_ >= kHeartbeatEvery ? moved : still).push_back(j);
  }
  std::vector<std::pair<std::shared_ptr<Job>, std::optional<bool>>> flags;
  if (!moved.empty()) {
    auto tx = db_.begin(storage::TxMode::kWrite);
    storage::JobRepository repo(*tx);
    for (auto& j : moved) {
      storage::JobRow r = j->row();
      flags.emplace_back(j, repo.beat(r.id, r.phase, r.done, r.total, now_ms()));
      j->written_phase_ = r.phase;
      j->written_done_ = static_cast<size_t>(r.done);
      j->written_total_ = static_cast<size_t>(r.total.value_or(0));
    }
    for (auto& j : still) flags.emplace_back(j, repo.cancel_flag(j->id()));
    tx->commit();
    for (auto& j : moved) j->written_at_ = now;
  } else {
    auto tx = db_.begin(storage::TxMode::kRead);
    storage::JobRepository repo(*tx);
    for (auto& j : still) flags.emplace_back(j, repo.cancel_flag(j->id()));
  }
  for (auto& [j, flag] : flags) {
    // Cancelled from another instance; or no longer running in the database while it runs here
    // (failed as stale while this instance could not write): stop, as every instance now says.
    if ((!flag || *flag) && !j->ending_ && j->state() == Job::State::kRunning && !j->cancelled()) {
      if (!flag) spdlog::warn("job {}: failed elsewhere as stale; stopping it", j->id());
      j->cancel();
    }
  }
}

void Jobs::sweep() {
  int64_t now = now_ms(), stale_before = now - kStaleAfter.count();
  int64_t stale = 0;
  {
    auto tx = db_.begin(storage::TxMode::kRead);
    stale = storage::JobRepository(*tx).count_stale(stale_before, instance_);
  }
  bool purge = Clock::now() >= next_purge_;
  if (!stale && !purge) return;
  auto tx = db_.begin(storage::TxMode::kWrite);
  storage::JobRepository repo(*tx);
  if (stale) {
    int64_t n = repo.fail_stale(stale_before, instance_, storage::now_iso(), now, server_stopped_error().dump());
    if (n) spdlog::warn("jobs: {} job(s) of a stopped server marked failed", n);
  }
  if (purge) repo.purge(now - std::chrono::duration_cast<std::chrono::milliseconds>(kKeepFinished).count(), kKeepPerUser);
  tx->commit();
  if (purge) next_purge_ = Clock::now() + kPurgeEvery;
}

void Jobs::reap_locked() {
  auto now = Clock::now();
  for (auto it = threads_.begin(); it != threads_.end();) {
    Job& j = *it->first;
    std::unique_lock jl(j.mu_);
    bool gone = j.state_ != Job::State::kRunning && (j.stored_ || now - j.finished_ > kKeepUnstored);
    jl.unlock();
    if (!gone) {
      ++it;
      continue;
    }
    it->second.join();
    it = threads_.erase(it);
  }
  std::erase_if(jobs_, [&](const std::shared_ptr<Job>& j) {
    return std::none_of(threads_.begin(), threads_.end(), [&](auto& t) { return t.first == j; });
  });
}

void Jobs::stop() {
  std::vector<std::pair<std::shared_ptr<Job>, std::thread>> threads;
  {
    std::lock_guard lk(mu_);
    if (stopped_ && !flusher_.joinable()) return;
    stopped_ = true;
    for (auto& j : jobs_) j->cancel();
    threads.swap(threads_);
  }
  wake_.notify_all();
  for (auto& [job, t] : threads) t.join();
  if (flusher_.joinable()) flusher_.join();
}

}  // namespace thidua::api
