// JSON forms of stored records, as docs/api.md describes them.
#pragma once
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

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
// `s` as a JSON string appended to `out`, as nlohmann's dump writes it (UTF-8 kept, control
// characters escaped; broken UTF-8 replaced with U+FFFD rather than refused): for answers written
// as text (an import's report, an eligibility list).
void append_json_string(std::string& out, std::string_view s);
}  // namespace thidua::api
