// Passwords (argon2id), session tokens and the login rate limiter.
#pragma once
#include <chrono>
#include <initializer_list>
#include <string>

#include <nlohmann/json.hpp>

#include "storage/database.h"

namespace thidua::api {

// Encoded argon2id hash ($argon2id$v=19$m=19456,t=2,p=1$…). CPU- and memory-heavy by design:
// call it on a worker thread, never an I/O thread.
std::string hash_password(const std::string& password);
bool verify_password(const std::string& encoded, const std::string& password);
// Rejects passwords a user should not be allowed to set (Vietnamese message): shorter than 10,
// longer than 256, the username itself, or one of the common passwords of
// data/common-passwords.json (compared without case).
void check_password_strength(const std::string& password, const std::string& username = "");

// `bytes` random bytes from the OS CSPRNG, hex-encoded.
std::string random_token(size_t bytes = 32);
// A readable generated password for `serve` when none is configured.
std::string generate_password();
// Constant-time comparison for secrets.
bool secure_equals(const std::string& a, const std::string& b);

// The login limit, kept in the database so every instance applies the same one. It slows
// guessing without letting anyone lock a real user out:
//  - per account *and address* ("pair:"): after 5 failures that address waits 30 s, doubling
//    with each further failure up to 15 min — only that address, for that account;
//  - per address ("addr:"): after 30 failures over any accounts, the same growing wait;
//  - per account from anywhere ("user:"): after 10 failures a wait of 1 s doubling up to 60 s,
//    so a distributed guess is slow while the real user waits at most a minute.
// Failures older than the window (15 min) are forgotten; a success clears the account's counts.
class LoginLimiter {
 public:
  explicit LoginLimiter(storage::Database& db, std::chrono::seconds window = std::chrono::minutes(15));
  // Seconds the caller must still wait before this attempt is looked at (0: go ahead).
  int64_t wait_seconds(const std::string& username, const std::string& address);
  void failure(const std::string& username, const std::string& address);
  void success(const std::string& username, const std::string& address);
  // Every subject with recent failures and its wait now (the administrators' view).
  nlohmann::json state();

  struct Rule {
    const char* prefix;
    int threshold;
    int64_t base_seconds, cap_seconds;
  };
  static int64_t wait_for(const Rule& rule, int64_t failures, int64_t seconds_since_last);

 private:
  std::string window_start() const;
  storage::Database& db_;
  std::chrono::seconds window_;
};

// The password a login with an unknown username is checked against, so that the answer takes as
// long as for a real account (usernames cannot be listed by timing).
const std::string& dummy_password_hash();

}  // namespace thidua::api
