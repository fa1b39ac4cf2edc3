#include "storage/audit_checkpoint.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/error.h"
#include "storage/registry.h"  // now_iso

namespace thidua::storage {

namespace {
std::string hmac_hex(const std::string& key, const std::string& msg) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned len = 0;
  if (!HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(msg.data()),
            msg.size(), md, &len))
    throw Error(ErrorCode::kInternal, "HMAC failed");
  static const char* h = "0123456789abcdef";
  std::string out;
  for (unsigned i = 0; i < len; ++i) {
    out.push_back(h[md[i] >> 4]);
    out.push_back(h[md[i] & 15]);
  }
  return out;
}
std::string message(const AuditCheckpoint& c) {
  return "thidua-audit-checkpoint/1|" + std::to_string(c.rows) + "|" + std::to_string(c.last_id) + "|" + c.last_hash +
         "|" + c.at;
}
}  // namespace

AuditCheckpoint current_checkpoint(Tx& tx) {
  AuditCheckpoint c;
  c.rows = tx.query_id("SELECT COUNT(*) FROM audit_log");
  Result last = tx.query("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
  if (!last.empty()) {
    c.last_id = RowRef(last, 0).i64("id");
    c.last_hash = RowRef(last, 0).str("hash");
  }
  c.at = now_iso();
  return c;
}

std::string sign_checkpoint(const AuditCheckpoint& c, const std::string& key) {
  nlohmann::json j = {{"format", "thidua-audit-checkpoint"}, {"version", 1}, {"rows", c.rows}, {"last_id", c.last_id},
                      {"last_hash", c.last_hash}, {"at", c.at}, {"hmac", hmac_hex(key, message(c))}};
  return j.dump(2) + "\n";
}

AuditCheckpoint read_checkpoint(const std::string& text, const std::string& key) {
  auto j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_object() || j.value("format", "") != "thidua-audit-checkpoint")
    throw Error::Invalid("not an audit checkpoint file");
  AuditCheckpoint c;
  try {
    c.rows = j.at("rows").get<int64_t>();
    c.last_id = j.at("last_id").get<int64_t>();
    c.last_hash = j.at("last_hash").get<std::string>();
    c.at = j.at("at").get<std::string>();
  } catch (const nlohmann::json::exception&) {
    throw Error::Invalid("the audit checkpoint file is damaged");
  }
  std::string want = hmac_hex(key, message(c)), got = j.value("hmac", "");
  if (want.size() != got.size() || CRYPTO_memcmp(want.data(), got.data(), want.size()) != 0)
    throw Error::Invalid("the audit checkpoint's signature does not verify (forged, or another key)");
  return c;
}

std::string check_checkpoint(Tx& tx, const AuditCheckpoint& c) {
  if (c.last_id == 0) return "";
  Result r = tx.query("SELECT hash FROM audit_log WHERE id = $1", {c.last_id});
  if (r.empty())
    return "row " + std::to_string(c.last_id) + " of the checkpoint of " + c.at +
           " is missing: rows were removed from the end of the chain";
  if (RowRef(r, 0).str("hash") != c.last_hash)
    return "row " + std::to_string(c.last_id) + " no longer has the hash signed at " + c.at +
           ": the chain was rewritten";
  int64_t upto = tx.query_id("SELECT COUNT(*) FROM audit_log WHERE id <= $1", {c.last_id});
  if (upto != c.rows)
    return "the chain holds " + std::to_string(upto) + " rows up to row " + std::to_string(c.last_id) + ", the checkpoint " +
           std::to_string(c.rows);
  return "";
}

void write_file_atomically(const std::string& path, const std::string& content) {
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << content;
    out.flush();
    if (!out) throw Error(ErrorCode::kInternal, "cannot write " + tmp);
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) throw Error(ErrorCode::kInternal, "cannot write " + path + ": " + ec.message());
}

std::string audit_key_from_env() {
  std::string key;
  if (const char* k = std::getenv("THIDUA_AUDIT_KEY"); k && *k) key = k;
  else if (const char* f = std::getenv("THIDUA_AUDIT_KEY_FILE"); f && *f) {
    std::ifstream in(f, std::ios::binary);
    if (!in) throw Error::Invalid(std::string("cannot read THIDUA_AUDIT_KEY_FILE ") + f);
    std::stringstream ss;
    ss << in.rdbuf();
    key = ss.str();
    while (!key.empty() && (key.back() == '\n' || key.back() == '\r')) key.pop_back();
  }
  if (!key.empty() && key.size() < 16) throw Error::Invalid("the audit key must have at least 16 bytes");
  return key;
}

}  // namespace thidua::storage
