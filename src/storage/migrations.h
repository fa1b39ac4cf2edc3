#pragma once
#include <string>
#include <vector>

namespace thidua::storage {
// A forward-only schema step; files are src/storage/migrations/<dialect>/NNN_name.sql.
struct Migration {
  const char* dialect;  // "sqlite" | "postgres"
  int version;
  const char* name;
  const char* sql;
};
// Generated at build time from the .sql files (cmake/embed_migrations.cmake).
const std::vector<Migration>& embedded_migrations();
}  // namespace thidua::storage
