// Passwords (argon2id), session tokens and the login rate limiter.
#pragma once
#include <chrono>
#include <initializer_list>
#include <string>

#include "storage/database.h"

namespace thidua::api {

// Encoded argon2id hash ($argon2id$v=19$m=19456,t=2,p=1$…). CPU- and memory-heavy by design:
// call it on a worker thread, never an I/O thread.
std::string hash_password(const std::string& password);
bool verify_password(const std::string& encoded, const std::string& password);
// Rejects passwords a user should not be allowed to set (Vietnamese message).
void check_password_strength(const std::string& password);

// `bytes` random bytes from the OS CSPRNG, hex-encoded.
std::string random_token(size_t bytes = 32);
// A readable generated password for `serve` when none is configured.
std::string generate_password();
// Constant-time comparison for secrets.
bool secure_equals(const std::string& a, const std::string& b);

// Counts failed logins per key ("user:admin", "addr:127.0.0.1") in a sliding window, in the
// database: every instance serving it applies the same limit.
class LoginLimiter {
 public:
  explicit LoginLimiter(storage::Database& db, int max_user_failures = 5, int max_addr_failures = 30,
                        std::chrono::seconds window = std::chrono::minutes(15));
  // True when every key may try again now (one read).
  bool allowed(std::initializer_list<std::string> keys);
  // Counts a failure against every key (one write transaction).
  void failure(std::initializer_list<std::string> keys);
  void success(const std::string& key);

 private:
  int limit_for(const std::string& key) const;
  std::string window_start() const;
  storage::Database& db_;
  int max_user_, max_addr_;
  std::chrono::seconds window_;
};

}  // namespace thidua::api
