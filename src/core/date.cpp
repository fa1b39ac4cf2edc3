#include "core/date.h"

#include <chrono>
#include <cstdio>

namespace thidua {
namespace {
// Howard Hinnant's days_from_civil / civil_from_days.
constexpr int32_t days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int32_t>(doe) - 719468;
}
struct Ymd { int y; unsigned m, d; };
constexpr Ymd civil_from_days(int32_t z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {y + (m <= 2), m, d};
}
}  // namespace

int days_in_month(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return kDays[month - 1];
}

std::optional<Date> Date::from_ymd(int y, int m, int d) {
  if (y < 1900 || y > 2200 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
  return Date(days_from_civil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)));
}

std::optional<Date> Date::parse_iso(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto num = [&](size_t pos, size_t len, int& out) {
    out = 0;
    for (size_t i = pos; i < pos + len; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      out = out * 10 + (s[i] - '0');
    }
    return true;
  };
  int y, m, d;
  if (!num(0, 4, y) || !num(5, 2, m) || !num(8, 2, d)) return std::nullopt;
  return from_ymd(y, m, d);
}

Date Date::today_vn() {
  using namespace std::chrono;
  auto secs = duration_cast<seconds>(system_clock::now().time_since_epoch()).count() + 7 * 3600;
  return Date(static_cast<int32_t>(secs / 86400));
}

int Date::year() const { return civil_from_days(days_).y; }
int Date::month() const { return static_cast<int>(civil_from_days(days_).m); }
int Date::day() const { return static_cast<int>(civil_from_days(days_).d); }

std::string Date::iso() const {
  auto c = civil_from_days(days_);
  if (c.y >= 0 && c.y <= 9999) {  // as "%04d-%02u-%02u" writes it
    unsigned y = static_cast<unsigned>(c.y);
    char b[10] = {char('0' + y / 1000), char('0' + y / 100 % 10), char('0' + y / 10 % 10), char('0' + y % 10), '-',
                  char('0' + c.m / 10), char('0' + c.m % 10), '-', char('0' + c.d / 10), char('0' + c.d % 10)};
    return std::string(b, 10);
  }
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", c.y, c.m, c.d);
  return buf;
}
std::string Date::vn() const {
  auto c = civil_from_days(days_);
  if (c.y >= 0 && c.y <= 9999) {  // as "%02u/%02u/%04d" writes it, without printf (a workbook has thousands)
    unsigned y = static_cast<unsigned>(c.y);
    char b[10] = {char('0' + c.d / 10), char('0' + c.d % 10), '/', char('0' + c.m / 10), char('0' + c.m % 10), '/',
                  char('0' + y / 1000), char('0' + y / 100 % 10), char('0' + y / 10 % 10), char('0' + y % 10)};
    return std::string(b, 10);
  }
  char buf[40];
  std::snprintf(buf, sizeof buf, "%02u/%02u/%04d", c.d, c.m, c.y);
  return buf;
}
}  // namespace thidua
