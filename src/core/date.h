// A civil date (no time zone): what a decision, a posting or a phase is dated with.
#pragma once
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace thidua {

class Date {
 public:
  Date() = default;
  // Days since 1970-01-01 (proleptic Gregorian).
  explicit constexpr Date(int32_t days) : days_(days) {}
  static std::optional<Date> from_ymd(int y, int m, int d);
  // Strict "YYYY-MM-DD"; nullopt for anything else, including 2025-02-30.
  static std::optional<Date> parse_iso(std::string_view s);
  // Today in Asia/Ho_Chi_Minh (UTC+7, no daylight saving).
  static Date today_vn();

  int32_t days() const { return days_; }
  int year() const;
  int month() const;
  int day() const;
  std::string iso() const;        // 2025-07-01
  std::string vn() const;         // 01/07/2025
  Date add_days(int n) const { return Date(days_ + n); }
  auto operator<=>(const Date&) const = default;

 private:
  int32_t days_ = 0;
};

// Days in the month, 0 if the month is not 1..12.
int days_in_month(int year, int month);

}  // namespace thidua
