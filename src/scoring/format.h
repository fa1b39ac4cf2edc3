// Numbers as a Vietnamese reader writes them: "14,29", "1.234,5", "71,4%".
#pragma once
#include <cstdint>
#include <string>

namespace thidua::scoring {

// `v` with `decimals` digits after the decimal comma and dots between thousands; with
// `trim_zeros`, trailing zeros of the fraction (and a bare comma) are dropped: 20 → "20",
// 14.5 → "14,5". A value that rounds to zero prints "0" (never "-0").
std::string format_vn(double v, int decimals, bool trim_zeros = false);

// Points as shown on a scorecard: two decimals, trailing zeros dropped ("14,29", "20", "7,5").
inline std::string format_points(double v) { return format_vn(v, 2, true); }

// Points as an integer number of hundredths, halves away from zero (what rankings compare).
// Inline and branch-light: the national engine calls it for every criterion of every unit.
inline int64_t to_centi(double points) {
  return points >= 0 ? static_cast<int64_t>(points * 100.0 + 0.5) : -static_cast<int64_t>(-points * 100.0 + 0.5);
}
inline double from_centi(int64_t centi) { return static_cast<double>(centi) / 100.0; }

// Rounds to hundredths of a point. Every line of a scorecard is rounded this way and totals are
// sums of rounded lines, so the shown lines add up to the shown total.
inline double round_points(double v) { return from_centi(to_centi(v)); }

}  // namespace thidua::scoring
