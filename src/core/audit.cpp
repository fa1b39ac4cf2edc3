#include "core/audit.h"

#include <openssl/evp.h>

#include "core/error.h"

namespace thidua::audit {

std::string sha256_hex(const std::string& bytes) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), md, &len, EVP_sha256(), nullptr) != 1)
    throw Error(ErrorCode::kInternal, "SHA-256 failed");
  static const char* hex = "0123456789abcdef";
  std::string out;
  out.reserve(len * 2);
  for (unsigned i = 0; i < len; ++i) {
    out.push_back(hex[md[i] >> 4]);
    out.push_back(hex[md[i] & 15]);
  }
  return out;
}

std::string chain_hash(const Entry& e) {
  std::string buf;
  auto put = [&](const std::string& s) {
    buf += std::to_string(s.size());
    buf += ':';
    buf += s;
  };
  auto put_opt_i = [&](const std::optional<int64_t>& v) { put(v ? std::to_string(*v) : std::string("-")); };
  auto put_opt_s = [&](const std::optional<std::string>& v) {
    if (v) put("s" + *v);
    else put("-");
  };
  put(e.prev_hash);
  put(std::to_string(e.id));
  put(e.at);
  put_opt_i(e.user_id);
  put(e.username);
  put(e.address);
  put(e.action);
  put(e.entity);
  put_opt_i(e.entity_id);
  put_opt_i(e.unit_id);
  put_opt_s(e.before_json);
  put_opt_s(e.after_json);
  return sha256_hex(buf);
}

}  // namespace thidua::audit
