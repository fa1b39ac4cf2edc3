// The audit chain (nhật ký): every write is a row whose hash covers the previous row's hash,
// so changing or removing any row breaks the chain from there on.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace thidua::audit {

struct Entry {
  int64_t id = 0;
  std::string at;  // ISO 8601 UTC
  std::optional<int64_t> user_id;
  std::string username;
  std::string address;
  std::string action;  // "unit.create", "user.update", …
  std::string entity;  // "unit", "person", "user", …
  std::optional<int64_t> entity_id;
  std::optional<int64_t> unit_id;
  std::optional<std::string> before_json;
  std::optional<std::string> after_json;
  std::string prev_hash;
  std::string hash;
};

// SHA-256 (hex) over prev_hash and every field of the entry but `hash`, length-prefixed so no
// two different entries serialise the same.
std::string chain_hash(const Entry& e);

// Lowercase hex SHA-256 of arbitrary bytes.
std::string sha256_hex(const std::string& bytes);

}  // namespace thidua::audit
