// Jobs and progress (api/jobs.h, core/progress.h): a job's progress as the work reports it, a
// cancel that stops the work at its next row, a job seen only by its user, the per-user limit,
// and an .xlsx export cancelled half-way that leaves no temporary file.
#include <gtest/gtest.h>

#include <dirent.h>

#include <atomic>
#include <string>
#include <thread>

#include "api/jobs.h"
#include "core/error.h"
#include "core/progress.h"
#include "documents/sheet_reader.h"
#include "documents/table.h"

using namespace thidua;
using namespace std::chrono_literals;

namespace {

int temp_xlsx_files() {
  int n = 0;
  if (DIR* d = ::opendir("/tmp")) {
    while (auto* e = ::readdir(d))
      if (std::string(e->d_name).rfind("thidua-xlsx-", 0) == 0) ++n;
    ::closedir(d);
  }
  return n;
}

// A sink that cancels once `after` rows are done.
struct CancelAfter : progress::Sink {
  size_t after, rows = 0;
  std::string last_phase;
  explicit CancelAfter(size_t a) : after(a) {}
  void phase(std::string_view n, size_t) override { last_phase = std::string(n); rows = 0; }
  void done(size_t n) override { rows = n; }
  void advance(size_t n) override { rows += n; }
  bool cancelled() const override { return rows >= after; }
};

documents::Table big_table(size_t n) {
  documents::Table t;
  t.title = "Danh sách";
  t.columns = {{"Họ và tên", documents::Column::Type::kText}, {"Số", documents::Column::Type::kNumber}};
  for (size_t i = 0; i < n; ++i) t.rows.push_back({std::string("Người ") + std::to_string(i), static_cast<double>(i)});
  return t;
}

}  // namespace

TEST(Jobs, ReportsProgressThenTheOutcome) {
  api::Jobs jobs;
  std::atomic<bool> go{false};
  auto job = jobs.start(7, "import.roster", [&] {
    progress::phase("check", 1000);
    for (int i = 0; i < 400; ++i) progress::tick();
    while (!go) std::this_thread::sleep_for(1ms);
    for (int i = 0; i < 600; ++i) progress::tick();
    return api::JobOutcome{{{"committed", true}}, std::nullopt};
  });
  for (int i = 0; i < 2000 && job->to_json()["done"] != 400; ++i) std::this_thread::sleep_for(1ms);
  auto mid = job->to_json();
  EXPECT_EQ(mid["state"], "running");
  EXPECT_EQ(mid["phase"], "check");
  EXPECT_EQ(mid["phase_label"], "Đang kiểm tra từng dòng");
  EXPECT_EQ(mid["done"], 400);
  EXPECT_EQ(mid["total"], 1000);
  EXPECT_EQ(mid["percent"], 40);
  go = true;
  ASSERT_TRUE(job->wait_for(5s));
  auto end = job->to_json();
  EXPECT_EQ(end["state"], "done");
  EXPECT_EQ(end["percent"], 100);
  EXPECT_EQ(end["result"]["committed"], true);
  EXPECT_FALSE(job->cancel()) << "a finished job has nothing to cancel";
}

TEST(Jobs, CancelStopsTheWorkAtItsNextRow) {
  api::Jobs jobs;
  std::atomic<size_t> rows{0};
  std::atomic<bool> unwound{false};
  auto job = jobs.start(7, "import.roster", [&]() -> api::JobOutcome {
    struct Guard {  // as a transaction rolled back by its destructor
      std::atomic<bool>& f;
      ~Guard() { f = true; }
    } g{unwound};
    progress::phase("save", 0);  // total unknown: null, never 0
    for (;;) {
      progress::tick();
      ++rows;
      std::this_thread::sleep_for(100us);
    }
  });
  while (rows < 50) std::this_thread::sleep_for(1ms);
  EXPECT_TRUE(job->to_json()["total"].is_null());
  EXPECT_TRUE(job->to_json()["percent"].is_null());
  EXPECT_TRUE(job->cancel());
  ASSERT_TRUE(job->wait_for(5s));
  EXPECT_TRUE(unwound);
  auto j = job->to_json();
  EXPECT_EQ(j["state"], "cancelled");
  EXPECT_EQ(j["error"]["code"], "cancelled");
  EXPECT_FALSE(j.contains("result"));
  EXPECT_FALSE(job->file().has_value());
}

TEST(Jobs, BelongToTheirUserAndAreLimited) {
  api::Jobs jobs;
  std::atomic<bool> release{false};
  auto wait = [&] {
    while (!release) {
      progress::check();
      std::this_thread::sleep_for(1ms);
    }
    return api::JobOutcome{};
  };
  auto a = jobs.start(1, "export", wait);
  auto b = jobs.start(1, "export", wait);
  EXPECT_EQ(jobs.find(1, a->id()), a);
  EXPECT_EQ(jobs.find(2, a->id()), nullptr) << "another user's job is not found";
  EXPECT_EQ(jobs.of_user(2).size(), 0u);
  EXPECT_EQ(jobs.of_user(1).size(), 2u);
  try {
    jobs.start(1, "export", wait);
    FAIL() << "a third running job of one user is refused";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kTooMany);
  }
  auto c = jobs.start(2, "export", wait);  // another user may still start one
  release = true;
  EXPECT_TRUE(a->wait_for(5s) && b->wait_for(5s) && c->wait_for(5s));
  EXPECT_NE(a->id(), b->id());
}

TEST(Jobs, AFailureGivesTheMessageOfTheError) {
  api::Jobs jobs;
  auto job = jobs.start(3, "import.reports", []() -> api::JobOutcome { throw Error::Invalid("Tệp x.xlsx: không phải tệp .xlsx"); });
  ASSERT_TRUE(job->wait_for(5s));
  EXPECT_EQ(job->to_json()["state"], "failed");
  EXPECT_EQ(job->to_json()["error"]["message"], "Tệp x.xlsx: không phải tệp .xlsx");
}

TEST(Jobs, StopCancelsRunningWork) {
  auto jobs = std::make_unique<api::Jobs>();
  auto job = jobs->start(1, "export", [] {
    for (;;) {
      progress::check();
      std::this_thread::sleep_for(1ms);
    }
    return api::JobOutcome{};
  });
  jobs->stop();  // as the app shutting down: returns once the work has unwound
  EXPECT_EQ(job->to_json()["state"], "cancelled");
}

TEST(Progress, AnXlsxExportCancelledHalfWayLeavesNoTemporaryFile) {
  int before = temp_xlsx_files();
  CancelAfter sink(5000);
  {
    progress::Scope scope(&sink);
    EXPECT_THROW(documents::to_xlsx(big_table(20000)), progress::Cancelled);
  }
  EXPECT_EQ(sink.last_phase, "write");
  EXPECT_EQ(temp_xlsx_files(), before);
  // without a sink the same export is whole, and reads back with every row
  std::string bytes = documents::to_xlsx(big_table(20000));
  auto wb = documents::read_workbook(bytes, "t.xlsx");
  ASSERT_EQ(wb.sheets.size(), 1u);
  EXPECT_EQ(wb.sheets[0].rows.back().cells[0].text, "Người 19999");
}

TEST(Progress, ReadingAWorkbookReportsRowsAndStopsWhenCancelled) {
  std::string bytes = documents::to_xlsx(big_table(5000));
  CancelAfter sink(3000);
  progress::Scope scope(&sink);
  EXPECT_THROW(documents::read_workbook(bytes, "t.xlsx"), progress::Cancelled);
  EXPECT_EQ(sink.last_phase, "read");
  EXPECT_GE(sink.rows, 3000u);
}
