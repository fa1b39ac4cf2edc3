#include "api/auth.h"

#include <argon2.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <cstring>
#include <ctime>

#include "core/error.h"
#include "storage/accounts.h"
#include "storage/registry.h"

namespace thidua::api {

namespace {
constexpr uint32_t kTimeCost = 2;
constexpr uint32_t kMemoryKiB = 19456;  // OWASP's argon2id baseline
constexpr uint32_t kParallelism = 1;
constexpr size_t kSaltLen = 16;
constexpr size_t kHashLen = 32;
}  // namespace

std::string random_token(size_t bytes) {
  std::string raw(bytes, '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), static_cast<int>(bytes)) != 1)
    throw Error(ErrorCode::kInternal, "RAND_bytes failed");
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned char c : raw) {
    out.push_back(hex[c >> 4]);
    out.push_back(hex[c & 15]);
  }
  return out;
}

std::string generate_password() {
  static const char* alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  std::string raw(16, '\0');
  RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), 16);
  std::string out;
  for (unsigned char c : raw) out.push_back(alphabet[c % 55]);
  return out;
}

std::string hash_password(const std::string& password) {
  std::string salt(kSaltLen, '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), kSaltLen) != 1)
    throw Error(ErrorCode::kInternal, "RAND_bytes failed");
  size_t len = argon2_encodedlen(kTimeCost, kMemoryKiB, kParallelism, kSaltLen, kHashLen, Argon2_id);
  std::string encoded(len, '\0');
  int rc = argon2id_hash_encoded(kTimeCost, kMemoryKiB, kParallelism, password.data(), password.size(), salt.data(),
                                 kSaltLen, kHashLen, encoded.data(), len);
  if (rc != ARGON2_OK) throw Error(ErrorCode::kInternal, std::string("argon2: ") + argon2_error_message(rc));
  encoded.resize(std::strlen(encoded.c_str()));
  return encoded;
}

bool verify_password(const std::string& encoded, const std::string& password) {
  if (encoded.rfind("$argon2id$", 0) != 0) return false;
  return argon2id_verify(encoded.c_str(), password.data(), password.size()) == ARGON2_OK;
}

void check_password_strength(const std::string& password) {
  if (password.size() < 10) throw Error::Invalid("Mật khẩu phải có ít nhất 10 ký tự", "password");
  if (password.size() > 256) throw Error::Invalid("Mật khẩu quá dài", "password");
}

bool secure_equals(const std::string& a, const std::string& b) {
  return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

LoginLimiter::LoginLimiter(storage::Database& db, int max_user, int max_addr, std::chrono::seconds window)
    : db_(db), max_user_(max_user), max_addr_(max_addr), window_(window) {}

int LoginLimiter::limit_for(const std::string& key) const { return key.rfind("user:", 0) == 0 ? max_user_ : max_addr_; }

std::string LoginLimiter::window_start() const {
  std::time_t t = std::time(nullptr) - window_.count();
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

bool LoginLimiter::allowed(std::initializer_list<std::string> keys) {
  auto tx = db_.begin(storage::TxMode::kRead);
  storage::LoginFailureRepository failures(*tx);
  std::string since = window_start();
  for (const auto& key : keys)
    if (failures.count_since(key, since) >= limit_for(key)) return false;
  return true;
}

void LoginLimiter::failure(std::initializer_list<std::string> keys) {
  auto tx = db_.begin(storage::TxMode::kWrite);
  storage::LoginFailureRepository failures(*tx);
  failures.purge_before(window_start());
  std::string now = storage::now_iso();
  for (const auto& key : keys) failures.add(key, now);
  tx->commit();
}

void LoginLimiter::success(const std::string& key) {
  auto tx = db_.begin(storage::TxMode::kWrite);
  storage::LoginFailureRepository(*tx).clear(key);
  tx->commit();
}

}  // namespace thidua::api
