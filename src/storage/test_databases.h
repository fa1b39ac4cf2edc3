// For *_dbtest.cpp: a fresh, empty, migrated database of each kind. PostgreSQL comes from
// THIDUA_TEST_PG_URL (tests/run-all.sh starts one); each database gets its own schema.
#pragma once
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "storage/database.h"

namespace thidua::storage::testing {

inline std::string fresh_url(const std::string& kind) {
  static std::atomic<int> counter{0};
  std::string tag = std::to_string(::getpid()) + "_" + std::to_string(counter++);
  if (kind == "sqlite") {
    auto dir = std::filesystem::temp_directory_path() / ("thidua_dbtest_" + tag);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return "sqlite:" + (dir / "t.db").string();
  }
  const char* base = std::getenv("THIDUA_TEST_PG_URL");
  if (!base || !*base) return "";
  std::string schema = "t_" + tag;
  {
    auto admin = open_database(base, 1);
    auto tx = admin->begin(TxMode::kWrite);
    tx->query("DROP SCHEMA IF EXISTS " + schema + " CASCADE; CREATE SCHEMA " + schema);
    tx->commit();
  }
  std::string url = base;
  url += (url.find('?') == std::string::npos ? "?" : "&");
  url += "options=-csearch_path%3D" + schema;
  return url;
}

// Parameterised over "sqlite" and "postgres".
class DbTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    url = fresh_url(GetParam());
    if (url.empty()) {
      if (std::getenv("THIDUA_SKIP_PG")) GTEST_SKIP() << "THIDUA_SKIP_PG set";
      FAIL() << "THIDUA_TEST_PG_URL is not set (tests/run-all.sh starts PostgreSQL); set THIDUA_SKIP_PG=1 to skip";
    }
    db = open_database(url, 4);
  }
  void TearDown() override {
    if (db) db->close();
    db.reset();
    // A SQLite database's directory goes with its test (PostgreSQL's schemas go with the
    // throwaway server the test command starts).
    if (url.rfind("sqlite:", 0) == 0) {
      std::error_code ec;
      std::filesystem::remove_all(std::filesystem::path(url.substr(7)).parent_path(), ec);
    }
  }
  // Runs f in a write transaction and commits it.
  template <typename F>
  auto write(F f) {
    auto tx = db->begin(TxMode::kWrite);
    auto r = f(*tx);
    tx->commit();
    return r;
  }
  std::unique_ptr<Database> db;
  std::string url;  // the database's (another instance opens it again)
};

#define THIDUA_BOTH_DATABASES(Suite) \
  INSTANTIATE_TEST_SUITE_P(Db, Suite, ::testing::Values("sqlite", "postgres"), [](const auto& i) { return i.param; })

}  // namespace thidua::storage::testing
