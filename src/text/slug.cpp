#include "text/slug.h"

#include "text/vietnamese.h"

namespace thidua::text {

std::string slug(std::string_view name, size_t max_len) {
  std::string folded = fold(name);
  std::string out;
  bool dash = false;
  for (unsigned char ch : folded) {
    bool keep = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
    if (ch >= 'A' && ch <= 'Z') {
      ch = static_cast<unsigned char>(ch - 'A' + 'a');
      keep = true;
    }
    if (keep) {
      if (dash && !out.empty()) out.push_back('-');
      out.push_back(static_cast<char>(ch));
      dash = false;
    } else {
      dash = true;
    }
  }
  if (out.size() > max_len) {
    out.resize(max_len);
    auto cut = out.rfind('-');
    if (cut != std::string::npos && cut > max_len / 2) out.resize(cut);
    while (!out.empty() && out.back() == '-') out.pop_back();
  }
  return out.empty() ? "ma" : out;
}

std::string unique_code(const std::string& base, const std::function<bool(const std::string&)>& taken) {
  if (!taken(base)) return base;
  for (int i = 2;; ++i) {
    std::string c = base + "-" + std::to_string(i);
    if (!taken(c)) return c;
  }
}

}  // namespace thidua::text
