#include "api/auth.h"

#include <argon2.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <semaphore>
#include <thread>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "api/data_files.h"

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

// Each argon2 hash or verification takes kMemoryKiB (19 MiB) for its run. At most as many run at
// once as there are cores (at least 2): more would not finish sooner — each is one thread of CPU
// — but would each hold their 19 MiB. The deadline rush's 64 clients logging in at once on 32
// workers took the server's peak from 0.53 to 1.1 GB at the nation's scale (bench/README.md,
// "Memory during the rush"); the others wait their turn here.
class HashTurns {
 public:
  HashTurns() : turns_(static_cast<std::ptrdiff_t>(std::max(2u, std::thread::hardware_concurrency()))) {}
  struct Held {
    HashTurns& h;
    explicit Held(HashTurns& t) : h(t) { h.turns_.acquire(); }
    ~Held() { h.turns_.release(); }
    Held(const Held&) = delete;
    Held& operator=(const Held&) = delete;
  };
 private:
  std::counting_semaphore<1024> turns_;
};
HashTurns& hash_turns() {
  static HashTurns t;
  return t;
}
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
  HashTurns::Held turn(hash_turns());
  int rc = argon2id_hash_encoded(kTimeCost, kMemoryKiB, kParallelism, password.data(), password.size(), salt.data(),
                                 kSaltLen, kHashLen, encoded.data(), len);
  if (rc != ARGON2_OK) throw Error(ErrorCode::kInternal, std::string("argon2: ") + argon2_error_message(rc));
  encoded.resize(std::strlen(encoded.c_str()));
  return encoded;
}

bool verify_password(const std::string& encoded, const std::string& password) {
  if (encoded.rfind("$argon2id$", 0) != 0) return false;
  HashTurns::Held turn(hash_turns());
  return argon2id_verify(encoded.c_str(), password.data(), password.size()) == ARGON2_OK;
}

namespace {
std::string lower_ascii(std::string s) {
  for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}
const std::unordered_set<std::string>& common_passwords() {
  static const std::unordered_set<std::string> set = [] {
    std::unordered_set<std::string> out;
    auto j = nlohmann::json::parse(embedded_data("common-passwords.json"), nullptr, false);
    if (j.is_array())
      for (auto& p : j)
        if (p.is_string()) out.insert(lower_ascii(p.get<std::string>()));
    return out;
  }();
  return set;
}
}  // namespace

void check_password_strength(const std::string& password, const std::string& username) {
  if (password.size() < 10) throw Error::Invalid("Mật khẩu phải có ít nhất 10 ký tự", "password");
  if (password.size() > 256) throw Error::Invalid("Mật khẩu quá dài", "password");
  std::string lower = lower_ascii(password);
  if (!username.empty() && lower.find(lower_ascii(username)) != std::string::npos)
    throw Error::Invalid("Mật khẩu không được chứa tên đăng nhập", "password");
  if (common_passwords().count(lower))
    throw Error::Invalid("Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác", "password");
}

bool secure_equals(const std::string& a, const std::string& b) {
  return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

namespace {
const LoginLimiter::Rule kRules[] = {
    {"pair:", 5, 30, 900},
    {"addr:", 30, 30, 900},
    {"user:", 10, 1, 60},
};
std::string subject(const LoginLimiter::Rule& r, const std::string& user, const std::string& addr) {
  std::string p = r.prefix;
  if (p == "pair:") return p + user + "|" + addr;
  if (p == "addr:") return p + addr;
  return p + user;
}
std::time_t parse_utc(const std::string& iso) {
  std::tm tm{};
  if (!strptime(iso.c_str(), "%Y-%m-%dT%H:%M:%SZ", &tm)) return 0;
  return timegm(&tm);
}
}  // namespace

LoginLimiter::LoginLimiter(storage::Database& db, std::chrono::seconds window) : db_(db), window_(window) {}

int64_t LoginLimiter::wait_for(const Rule& rule, int64_t failures, int64_t since_last) {
  if (failures < rule.threshold) return 0;
  int64_t wait = rule.base_seconds;
  for (int64_t i = rule.threshold; i < failures && wait < rule.cap_seconds; ++i) wait *= 2;
  wait = std::min(wait, rule.cap_seconds);
  return std::max<int64_t>(0, wait - since_last);
}

std::string LoginLimiter::window_start() const {
  std::time_t t = std::time(nullptr) - window_.count();
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

int64_t LoginLimiter::wait_seconds(const std::string& user, const std::string& addr) {
  auto tx = db_.begin(storage::TxMode::kRead);
  storage::LoginFailureRepository failures(*tx);
  std::string since = window_start();
  std::time_t now = std::time(nullptr);
  int64_t wait = 0;
  for (const auto& rule : kRules) {
    auto [n, last] = failures.count_and_last(subject(rule, user, addr), since);
    if (n == 0) continue;
    wait = std::max(wait, wait_for(rule, n, static_cast<int64_t>(now - parse_utc(last))));
  }
  return wait;
}

void LoginLimiter::failure(const std::string& user, const std::string& addr) {
  auto tx = db_.begin(storage::TxMode::kWrite);
  storage::LoginFailureRepository failures(*tx);
  failures.purge_before(window_start());
  std::string now = storage::now_iso();
  for (const auto& rule : kRules) failures.add(subject(rule, user, addr), now);
  tx->commit();
}

void LoginLimiter::success(const std::string& user, const std::string& addr) {
  auto tx = db_.begin(storage::TxMode::kWrite);
  storage::LoginFailureRepository failures(*tx);
  failures.clear(subject(kRules[0], user, addr));
  failures.clear(subject(kRules[2], user, addr));
  tx->commit();
}

nlohmann::json LoginLimiter::state() {
  auto tx = db_.begin(storage::TxMode::kRead);
  std::time_t now = std::time(nullptr);
  nlohmann::json items = nlohmann::json::array();
  for (auto& s : storage::LoginFailureRepository(*tx).subjects_since(window_start(), 500)) {
    int64_t wait = 0;
    for (const auto& rule : kRules)
      if (s.subject.rfind(rule.prefix, 0) == 0) wait = wait_for(rule, s.failures, static_cast<int64_t>(now - parse_utc(s.last)));
    items.push_back({{"subject", s.subject}, {"failures", s.failures}, {"last_failure_at", s.last}, {"wait_seconds", wait}});
  }
  return items;
}

const std::string& dummy_password_hash() {
  static const std::string h = hash_password(random_token(16));
  return h;
}

}  // namespace thidua::api
