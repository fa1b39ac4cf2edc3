#include "scoring/format.h"

#include <cmath>
#include <cstdio>

namespace thidua::scoring {

std::string format_vn(double v, int decimals, bool trim_zeros) {
  if (!std::isfinite(v)) return "—";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  std::string s = buf;
  bool negative = !s.empty() && s[0] == '-';
  if (negative) s.erase(0, 1);
  std::string int_part = s, frac;
  if (auto dot = s.find('.'); dot != std::string::npos) {
    int_part = s.substr(0, dot);
    frac = s.substr(dot + 1);
  }
  if (trim_zeros) {
    while (!frac.empty() && frac.back() == '0') frac.pop_back();
  }
  std::string grouped;
  int n = static_cast<int>(int_part.size());
  for (int i = 0; i < n; ++i) {
    grouped += int_part[static_cast<size_t>(i)];
    int left = n - 1 - i;
    if (left > 0 && left % 3 == 0) grouped += '.';
  }
  bool zero = int_part.find_first_not_of('0') == std::string::npos &&
              frac.find_first_not_of('0') == std::string::npos;
  std::string out = (negative && !zero) ? "-" : "";
  out += grouped;
  if (!frac.empty()) out += "," + frac;
  return out;
}

}  // namespace thidua::scoring
