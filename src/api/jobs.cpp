#include "api/jobs.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <map>

#include "api/auth.h"
#include "core/error.h"
#include "storage/registry.h"

namespace thidua::api {

using nlohmann::json;

namespace {

constexpr auto kKeepFinished = std::chrono::minutes(30);
constexpr size_t kKeepPerUser = 20;

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

}  // namespace

Job::Job(std::string id, int64_t user_id, std::string kind)
    : id_(std::move(id)), user_id_(user_id), kind_(std::move(kind)), started_at_(storage::now_iso()) {}

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

void Job::finish(State s, JobOutcome out, json error) {
  {
    std::lock_guard lk(mu_);
    state_ = s;
    out_ = std::move(out);
    error_ = std::move(error);
    finished_at_ = storage::now_iso();
    finished_ = std::chrono::steady_clock::now();
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

json Job::to_json() const {
  std::lock_guard lk(mu_);
  size_t done = done_.load(std::memory_order_relaxed), total = total_.load(std::memory_order_relaxed);
  if (total && done > total) done = total;
  json j = {{"id", id_},
            {"kind", kind_},
            {"state", state_name(state_)},
            {"cancel_requested", cancel_.load()},
            {"phase", phase_},
            {"phase_label", state_ == State::kRunning && cancel_.load() ? "Đang hủy" : phase_label(phase_)},
            {"done", done},
            {"total", total ? json(total) : json()},  // not known yet: null, never 0
            {"percent", total ? json(static_cast<int>(100.0 * static_cast<double>(done) / static_cast<double>(total))) : json()},
            {"started_at", started_at_},
            {"finished_at", finished_at_.empty() ? json() : json(finished_at_)}};
  if (state_ == State::kDone) {
    j["percent"] = 100;
    if (!out_.result.is_null()) j["result"] = out_.result;
    if (out_.file)
      j["file"] = {{"filename", out_.file->filename}, {"size", out_.file->bytes.size()}, {"href", "/api/v1/jobs/" + id_ + "/file"}};
  }
  if (!error_.is_null()) j["error"] = error_;
  return j;
}

Jobs::~Jobs() { stop(); }

std::shared_ptr<Job> Jobs::start(int64_t user_id, const std::string& kind, std::function<JobOutcome()> work) {
  std::lock_guard lk(mu_);
  reap_locked();
  if (stopped_) throw Error(ErrorCode::kInternal, "jobs stopped");
  size_t mine = 0, all = 0;
  for (auto& j : jobs_)
    if (j->state() == Job::State::kRunning) {
      ++all;
      if (j->user_id() == user_id) ++mine;
    }
  if (mine >= kRunningPerUser)
    throw Error(ErrorCode::kTooMany, "Bạn đang có " + std::to_string(mine) + " việc nhập/xuất đang chạy; hãy đợi một việc xong hoặc hủy bớt");
  if (all >= kRunningAll) throw Error(ErrorCode::kTooMany, "Máy chủ đang bận với các việc nhập/xuất khác; hãy thử lại sau ít phút");
  auto job = std::make_shared<Job>(random_token(16), user_id, kind);
  jobs_.push_back(job);
  threads_.emplace_back(job, std::thread([job, work = std::move(work)] {
    progress::Scope scope(job.get());
    try {
      JobOutcome out = work();
      job->finish(Job::State::kDone, std::move(out), nullptr);
    } catch (const progress::Cancelled& e) {
      job->finish(Job::State::kCancelled, {}, {{"code", "cancelled"}, {"message", e.what()}});
    } catch (const Error& e) {
      bool internal = e.code() == ErrorCode::kInternal || e.from_storage();
      if (internal) spdlog::error("job {}: {}", job->id(), e.what());
      json err = {{"code", internal ? "internal" : error_code_name(e.code())},
                  {"message", internal ? std::string("Lỗi máy chủ, không lưu gì; vui lòng thử lại") : std::string(e.what())}};
      if (!internal && !e.field().empty()) err["field"] = e.field();
      job->finish(Job::State::kFailed, {}, err);
    } catch (const std::exception& e) {
      spdlog::error("job {}: {}", job->id(), e.what());
      job->finish(Job::State::kFailed, {}, {{"code", "internal"}, {"message", "Lỗi máy chủ, không lưu gì; vui lòng thử lại"}});
    }
  }));
  return job;
}

std::shared_ptr<Job> Jobs::find(int64_t user_id, const std::string& id) const {
  std::lock_guard lk(mu_);
  for (auto& j : jobs_)
    if (j->id() == id && j->user_id() == user_id) return j;
  return nullptr;
}

std::vector<std::shared_ptr<Job>> Jobs::of_user(int64_t user_id) const {
  std::lock_guard lk(mu_);
  std::vector<std::shared_ptr<Job>> out;
  for (auto& j : jobs_)
    if (j->user_id() == user_id) out.push_back(j);
  return out;
}

void Jobs::reap_locked() {
  for (auto it = threads_.begin(); it != threads_.end();) {
    if (it->first->state() != Job::State::kRunning) {
      it->second.join();
      it = threads_.erase(it);
    } else {
      ++it;
    }
  }
  auto now = std::chrono::steady_clock::now();
  std::map<int64_t, size_t> kept;
  for (auto it = jobs_.rbegin(); it != jobs_.rend(); ++it) kept[(*it)->user_id()]++;
  std::erase_if(jobs_, [&](const std::shared_ptr<Job>& j) {
    if (j->state() == Job::State::kRunning) return false;
    std::lock_guard lk(j->mu_);
    bool old = now - j->finished_ > kKeepFinished;
    bool surplus = kept[j->user_id()] > kKeepPerUser;
    if (old || surplus) {
      kept[j->user_id()]--;
      return true;
    }
    return false;
  });
}

void Jobs::stop() {
  std::vector<std::pair<std::shared_ptr<Job>, std::thread>> threads;
  {
    std::lock_guard lk(mu_);
    stopped_ = true;
    for (auto& j : jobs_) j->cancel();
    threads.swap(threads_);
  }
  for (auto& [job, t] : threads) t.join();
}

}  // namespace thidua::api
