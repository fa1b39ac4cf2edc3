// JSON forms of stored records, as docs/api.md describes them.
#pragma once
#include <nlohmann/json.hpp>

#include "core/audit.h"
#include "storage/accounts.h"
#include "storage/registry.h"

namespace thidua::api {
nlohmann::json to_json(const storage::Unit& u);
nlohmann::json to_json(const storage::UnitEvent& e);
nlohmann::json to_json(const storage::Posting& p);
nlohmann::json to_json(const storage::Person& p);
nlohmann::json to_json(const storage::User& u);  // never includes the password hash
nlohmann::json to_json(const audit::Entry& e);
nlohmann::json list_json(nlohmann::json items, int64_t total);
}  // namespace thidua::api
