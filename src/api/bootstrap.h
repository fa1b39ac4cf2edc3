// First start: the root unit, the first administrator and (with --demo) the demo data.
#pragma once
#include <string>
#include <vector>

#include "storage/database.h"

namespace thidua::api {

struct DemoUser {
  std::string username, role, unit_code, password;
};

// Creates the Ministry and the `admin` user when the database has no user yet. The password
// comes from THIDUA_ADMIN_PASSWORD or is generated; a generated one is returned so the caller
// prints it once. Returns "" when nothing was created.
std::string ensure_admin(storage::Database& db, const std::string& admin_password_env);

// What `serve --demo` finds: an empty database (only the Ministry and the administrator, or
// nothing), or one where the demo is already seeded. A database holding other data is refused
// (Error::Invalid, exit 2) before anything is written.
enum class DemoTarget { kEmpty, kSeeded };
DemoTarget check_demo_target(storage::Database& db);
// A demo password from the environment must pass the password rules (Error::Invalid otherwise).
void check_demo_password(const std::string& demo_password);

// kWorld: the living world (api/demo_world.h) on top of the registry and the launches;
// kMinimal: the registry, the launches and the demo users only (`--demo-minimal`, which the older
// tests start from to build their own situations).
enum class DemoScope { kWorld, kMinimal };

// Seeds the demo (units, reorganisations, people, demo users, movements, groups and, for the
// world, reports, scores and registrations) into a database that has no units but the Ministry.
// Idempotent: does nothing when the demo is already there. Returns the demo users created (with
// generated passwords when `demo_password` is empty).
std::vector<DemoUser> seed_demo(storage::Database& db, const std::string& demo_password,
                                DemoScope scope = DemoScope::kWorld);

// Creates one user from the command line (`thidua user add`), audited as the system.
void add_user(storage::Database& db, const std::string& username, const std::string& password,
              const std::string& role, const std::string& unit_code, const std::string& full_name);

}  // namespace thidua::api
