// Progress (core/progress.h): an .xlsx export cancelled half-way leaves no temporary file, and
// reading a workbook reports its rows and stops when cancelled. The jobs themselves, which keep
// their state in the database, are tested on both databases in jobs_dbtest.cpp.
#include <gtest/gtest.h>

#include <dirent.h>

#include <string>

#include "core/progress.h"
#include "documents/sheet_reader.h"
#include "documents/table.h"

using namespace thidua;

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
