#include "scoring/small_counts.h"

#include <cmath>
#include <cstdio>

#include "core/error.h"
#include "scoring/format.h"

namespace thidua::scoring {

namespace {
double log_binom_pmf(long long k, long long n, double lp, double lq) {
  return std::lgamma(static_cast<double>(n) + 1) - std::lgamma(static_cast<double>(k) + 1) -
         std::lgamma(static_cast<double>(n - k) + 1) + static_cast<double>(k) * lp + static_cast<double>(n - k) * lq;
}
}  // namespace

double poisson_rate_test_p(long long previous, long long current, double p0) {
  const long long n = previous + current;
  if (n == 0) return 1.0;
  if (n > 2000000) {
    // Far beyond what the exact sum needs: the normal approximation (continuity-corrected) is
    // exact to many digits here.
    const double mean = static_cast<double>(n) * p0, sd = std::sqrt(mean * (1 - p0));
    const double z = (std::fabs(static_cast<double>(current) - mean) - 0.5) / sd;
    return std::min(1.0, std::erfc(std::max(0.0, z) / std::sqrt(2.0)));
  }
  const double lp = std::log(p0), lq = std::log1p(-p0);
  const double observed = log_binom_pmf(current, n, lp, lq);
  // Sum the outcomes no more likely than the observed one (with a small tolerance on the log
  // scale, as R's binom.test has on the ratio).
  const double tol = 1e-7;
  double p = 0;
  for (long long k = 0; k <= n; ++k) {
    double l = log_binom_pmf(k, n, lp, lq);
    if (l <= observed + tol) p += std::exp(l);
  }
  return std::min(1.0, p);
}

CountComparison compare_counts(double previous, double current, double alpha, double exp_prev, double exp_cur) {
  auto whole = [](double v) { return std::isfinite(v) && v >= 0 && std::floor(v) == v && v < 1e9; };
  if (!whole(previous) || !whole(current)) throw Error::Invalid("Số lần so sánh phải là số nguyên không âm");
  if (!(exp_prev > 0) || !(exp_cur > 0)) throw Error::Invalid("Độ dài hai kỳ so sánh phải lớn hơn 0");
  if (!(alpha > 0 && alpha < 1)) throw Error::Invalid("Mức ý nghĩa phải trong khoảng (0, 1)");
  CountComparison r;
  r.previous = previous;
  r.current = current;
  r.change_defined = previous > 0;
  r.change_percent = r.change_defined ? (current - previous) / previous * 100.0 : 0.0;
  r.p_value = poisson_rate_test_p(static_cast<long long>(previous), static_cast<long long>(current),
                                  exp_cur / (exp_prev + exp_cur));
  r.significant = r.p_value < alpha;

  std::string what;
  if (!r.change_defined) what = current > 0 ? "Cùng kỳ bằng 0" : "Không đổi";
  else if (current > previous) what = "Tăng " + format_vn(r.change_percent, 1) + "%";
  else if (current < previous) what = "Giảm " + format_vn(-r.change_percent, 1) + "%";
  else what = "Không đổi";
  char p[32];
  if (r.p_value >= 0.01) std::snprintf(p, sizeof p, "%.2f", r.p_value);
  else if (r.p_value >= 0.0001) std::snprintf(p, sizeof p, "%.4f", r.p_value);
  else std::snprintf(p, sizeof p, "%.1e", r.p_value);
  std::string ps = p;
  for (char& c : ps) c = c == '.' ? ',' : c;
  r.message = what + " (" + format_vn(previous, 0) + " → " + format_vn(current, 0) + "): " +
              (r.significant ? "thay đổi có ý nghĩa thống kê" : "chưa đủ số liệu để kết luận") + " (p = " + ps + ")";
  return r;
}

}  // namespace thidua::scoring
