// Is a change in a count meaningful, or just noise? A commune going from 2 to 3 cases is +50%,
// yet says nothing. Counts of events are modelled as Poisson; the exact conditional test for two
// Poisson rates conditions on the total n = previous + current: under equal rates (per unit of
// exposure) current ~ Binomial(n, p0) with p0 = exposure_current / (exposure_previous +
// exposure_current) — 0.5 for two periods of the same length. The two-sided p-value adds the
// probabilities of every outcome no more likely than the observed one.
#pragma once
#include <string>

namespace thidua::scoring {

struct CountComparison {
  double previous = 0, current = 0;
  double change_percent = 0;   // (current − previous) / previous × 100; 0 when previous is 0
  bool change_defined = false; // previous > 0
  double p_value = 1;
  bool significant = false;    // p_value < alpha
  // "Tăng 50,0% (2 → 3): chưa đủ số liệu để kết luận (p = 1,00)" or
  // "Tăng 125,0% (20 → 45): thay đổi có ý nghĩa thống kê (p = 0,0019)".
  std::string message;
};

// Counts must be non-negative whole numbers and exposures positive (Error::Invalid otherwise).
CountComparison compare_counts(double previous, double current, double alpha = 0.05,
                               double exposure_previous = 1, double exposure_current = 1);

// P-value of the exact test alone.
double poisson_rate_test_p(long long previous, long long current, double p0 = 0.5);

}  // namespace thidua::scoring
