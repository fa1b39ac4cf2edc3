#include "scoring/period.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/error.h"
#include "scoring/json_read.h"

namespace thidua::scoring {

using nlohmann::json;

const char* period_kind_name(PeriodKind k) {
  switch (k) {
    case PeriodKind::kMonth: return "month";
    case PeriodKind::kQuarter: return "quarter";
    case PeriodKind::kPhase: return "phase";
    case PeriodKind::kYear: return "year";
    case PeriodKind::kStatisticalYear: return "statistical_year";
    case PeriodKind::kStatisticalMonth: return "statistical_month";
  }
  return "month";
}

namespace {
Date ymd(int y, int m, int d, const char* what) {
  auto date = Date::from_ymd(y, m, d);
  if (!date) throw Error::Invalid(std::string("Ngày không hợp lệ cho ") + what);
  return *date;
}
void check_start(StatisticalYearStart s) {
  if (s.month < 1 || s.month > 12 || s.day < 1 || s.day > 28) {
    throw Error::Invalid("Ngày bắt đầu năm thống kê phải là ngày 1–28 của tháng 1–12");
  }
}
// One year earlier, 29/02 → 28/02.
Date minus_year(Date d) {
  int y = d.year() - 1, m = d.month(), day = d.day();
  if (day > days_in_month(y, m)) day = days_in_month(y, m);
  return ymd(y, m, day, "cùng kỳ năm trước");
}
const char* kRoman[] = {"I", "II", "III", "IV"};
}  // namespace

Period Period::month(int year, int month) {
  if (month < 1 || month > 12) throw Error::Invalid("Tháng phải từ 1 đến 12");
  Period p;
  p.kind_ = PeriodKind::kMonth;
  p.year_ = year;
  p.index_ = month;
  p.start_ = ymd(year, month, 1, "tháng");
  p.end_ = ymd(year, month, days_in_month(year, month), "tháng");
  return p;
}

Period Period::quarter(int year, int quarter) {
  if (quarter < 1 || quarter > 4) throw Error::Invalid("Quý phải từ 1 đến 4");
  Period p;
  p.kind_ = PeriodKind::kQuarter;
  p.year_ = year;
  p.index_ = quarter;
  p.start_ = ymd(year, quarter * 3 - 2, 1, "quý");
  p.end_ = ymd(year, quarter * 3, days_in_month(year, quarter * 3), "quý");
  return p;
}

Period Period::year(int year) {
  Period p;
  p.kind_ = PeriodKind::kYear;
  p.year_ = year;
  p.start_ = ymd(year, 1, 1, "năm");
  p.end_ = ymd(year, 12, 31, "năm");
  return p;
}

Period Period::phase(Date start, Date end, std::string label) {
  if (end < start) {
    throw Error::Invalid("Ngày kết thúc đợt (" + end.vn() + ") trước ngày bắt đầu (" + start.vn() + ")");
  }
  Period p;
  p.kind_ = PeriodKind::kPhase;
  p.start_ = start;
  p.end_ = end;
  p.label_ = std::move(label);
  return p;
}

Period Period::statistical_year(int year, StatisticalYearStart start) {
  check_start(start);
  Period p;
  p.kind_ = PeriodKind::kStatisticalYear;
  p.year_ = year;
  p.stat_ = start;
  if (start.month == 1 && start.day == 1) {
    p.start_ = ymd(year, 1, 1, "năm thống kê");
    p.end_ = ymd(year, 12, 31, "năm thống kê");
  } else {
    p.start_ = ymd(year - 1, start.month, start.day, "năm thống kê");
    p.end_ = ymd(year, start.month, start.day, "năm thống kê").add_days(-1);
  }
  return p;
}

Period Period::statistical_month(int year, int month, StatisticalYearStart start) {
  check_start(start);
  if (month < 1 || month > 12) throw Error::Invalid("Tháng phải từ 1 đến 12");
  Period p;
  p.kind_ = PeriodKind::kStatisticalMonth;
  p.year_ = year;
  p.index_ = month;
  p.stat_ = start;
  if (start.day == 1) {
    p.start_ = ymd(year, month, 1, "tháng thống kê");
    p.end_ = ymd(year, month, days_in_month(year, month), "tháng thống kê");
  } else {
    int py = month == 1 ? year - 1 : year, pm = month == 1 ? 12 : month - 1;
    p.start_ = ymd(py, pm, start.day, "tháng thống kê");
    p.end_ = ymd(year, month, start.day, "tháng thống kê").add_days(-1);
  }
  return p;
}

std::string Period::key() const {
  return std::string(period_kind_name(kind_)) + ":" + start_.iso() + ".." + end_.iso();
}

std::string Period::label() const {
  char buf[160];
  switch (kind_) {
    case PeriodKind::kMonth: std::snprintf(buf, sizeof buf, "Tháng %d/%d", index_, year_); return buf;
    case PeriodKind::kQuarter: std::snprintf(buf, sizeof buf, "Quý %s/%d", kRoman[index_ - 1], year_); return buf;
    case PeriodKind::kYear: std::snprintf(buf, sizeof buf, "Năm %d", year_); return buf;
    case PeriodKind::kStatisticalYear:
      std::snprintf(buf, sizeof buf, "Năm thống kê %d (%s – %s)", year_, start_.vn().c_str(), end_.vn().c_str());
      return buf;
    case PeriodKind::kStatisticalMonth:
      std::snprintf(buf, sizeof buf, "Tháng thống kê %d/%d (%s – %s)", index_, year_, start_.vn().c_str(),
                    end_.vn().c_str());
      return buf;
    case PeriodKind::kPhase:
      if (!label_.empty()) return label_ + " (" + start_.vn() + " – " + end_.vn() + ")";
      return "Từ " + start_.vn() + " đến " + end_.vn();
  }
  return {};
}

Period Period::same_period_previous_year() const {
  switch (kind_) {
    case PeriodKind::kMonth: return month(year_ - 1, index_);
    case PeriodKind::kQuarter: return quarter(year_ - 1, index_);
    case PeriodKind::kYear: return year(year_ - 1);
    case PeriodKind::kStatisticalYear: return statistical_year(year_ - 1, stat_);
    case PeriodKind::kStatisticalMonth: return statistical_month(year_ - 1, index_, stat_);
    case PeriodKind::kPhase: return phase(minus_year(start_), minus_year(end_), label_);
  }
  return *this;
}

namespace {
StatisticalYearStart parse_start(const json& j, StatisticalYearStart dflt) {
  const json* s = detail::member(j, "start");
  if (!s) return dflt;
  if (!s->is_string()) detail::fail("period.start", "phải có dạng \"MM-DD\"");
  std::string t = s->get<std::string>();
  int m = 0, d = 0;
  if (t.size() != 5 || t[2] != '-' || std::sscanf(t.c_str(), "%2d-%2d", &m, &d) != 2) {
    detail::fail("period.start", "phải có dạng \"MM-DD\"");
  }
  return {m, d};
}
int get_int(const json& j, const char* key) {
  double v = detail::get_number(j, key, "period");
  // Range first: converting a double beyond int's range is undefined (found by fuzz/json_request).
  if (!(v >= -1e9 && v <= 1e9) || v != std::trunc(v)) detail::fail(std::string("period.") + key, "phải là số nguyên");
  return static_cast<int>(v);
}
}  // namespace

Period Period::from_json(const json& j, StatisticalYearStart start) {
  detail::check_keys(j, {"kind", "year", "month", "quarter", "start", "end", "name", "from", "to", "label"}, "period");
  std::string kind = detail::get_string(j, "kind", "period");
  if (kind == "month") return month(get_int(j, "year"), get_int(j, "month"));
  if (kind == "quarter") return quarter(get_int(j, "year"), get_int(j, "quarter"));
  if (kind == "year") return year(get_int(j, "year"));
  if (kind == "statistical_year") return statistical_year(get_int(j, "year"), parse_start(j, start));
  if (kind == "statistical_month") return statistical_month(get_int(j, "year"), get_int(j, "month"), parse_start(j, start));
  if (kind == "phase") {
    auto s = Date::parse_iso(detail::get_string(j, "start", "period"));
    auto e = Date::parse_iso(detail::get_string(j, "end", "period"));
    if (!s) detail::fail("period.start", "ngày phải có dạng YYYY-MM-DD");
    if (!e) detail::fail("period.end", "ngày phải có dạng YYYY-MM-DD");
    return phase(*s, *e, detail::get_string(j, "name", "period", false));
  }
  detail::fail("period.kind", "loại kỳ '" + kind + "' không hợp lệ");
}

json Period::to_json() const {
  json j = {{"kind", period_kind_name(kind_)}};
  char start[8];
  std::snprintf(start, sizeof start, "%02d-%02d", stat_.month, stat_.day);
  switch (kind_) {
    case PeriodKind::kMonth: j["year"] = year_; j["month"] = index_; break;
    case PeriodKind::kQuarter: j["year"] = year_; j["quarter"] = index_; break;
    case PeriodKind::kYear: j["year"] = year_; break;
    case PeriodKind::kStatisticalYear: j["year"] = year_; j["start"] = start; break;
    case PeriodKind::kStatisticalMonth: j["year"] = year_; j["month"] = index_; j["start"] = start; break;
    case PeriodKind::kPhase:
      j["start"] = start_.iso();
      j["end"] = end_.iso();
      if (!label_.empty()) j["name"] = label_;
      break;
  }
  j["from"] = start_.iso();
  j["to"] = end_.iso();
  j["label"] = label();
  return j;
}

std::vector<Period> Period::report_months() const {
  std::vector<Period> out;
  if (kind_ == PeriodKind::kStatisticalYear || kind_ == PeriodKind::kStatisticalMonth) {
    // Statistical month m of year y ends in month m of y: walk the months the period ends in.
    Date d = end_;
    std::vector<Period> rev;
    for (;;) {
      Period m = statistical_month(d.year(), d.month(), stat_);
      if (m.end_ < start_) break;
      rev.push_back(m);
      d = m.start_.add_days(-1);
      if (rev.size() > 1200) break;
    }
    out.assign(rev.rbegin(), rev.rend());
    return out;
  }
  int y = start_.year(), m = start_.month();
  for (;;) {
    Period full = month(y, m);
    if (full.start_ > end_) break;
    if (full.start_ < start_ || full.end_ > end_) {
      Date a = full.start_ < start_ ? start_ : full.start_;
      Date b = full.end_ > end_ ? end_ : full.end_;
      out.push_back(phase(a, b, full.label()));
    } else {
      out.push_back(full);
    }
    if (++m > 12) m = 1, ++y;
    if (out.size() > 1200) break;
  }
  return out;
}

std::string Coverage::label() const {
  std::string n = std::to_string(expected);
  if (complete()) return "đủ báo cáo " + n + "/" + n + " tháng";
  return "thiếu báo cáo " + std::to_string(expected - reported) + "/" + n + " tháng";
}

json Coverage::to_json() const {
  json months = json::array();
  for (const Period& p : missing) months.push_back(p.label());
  return {{"expected", expected}, {"reported", reported}, {"late", late}, {"complete", complete()},
          {"label", label()}, {"missing", std::move(months)}};
}

std::vector<bool> covered_months(std::span<const Period> reports, std::span<const Period> months) {
  std::vector<std::pair<int, int>> spans;  // days covered by reports
  for (const Period& r : reports) spans.emplace_back(r.start().days(), r.end().days());
  std::sort(spans.begin(), spans.end());
  std::vector<std::pair<int, int>> merged;
  for (auto [a, b] : spans) {
    if (!merged.empty() && a <= merged.back().second + 1) merged.back().second = std::max(merged.back().second, b);
    else merged.emplace_back(a, b);
  }
  std::vector<bool> out;
  out.reserve(months.size());
  for (const Period& m : months) {
    bool in = false;
    for (auto [a, b] : merged) in = in || (a <= m.start().days() && m.end().days() <= b);
    out.push_back(in);
  }
  return out;
}

void finish_aggregate(const IndicatorCatalogue& catalogue, double* row, int expected, int reported, int late) {
  if (reported != expected) std::fill_n(row, catalogue.reported_columns(), kMissing);
  catalogue.derive(row);
  if (int c = catalogue.system_column(SystemSource::kLateReports); c >= 0) row[c] = late;
  if (int c = catalogue.system_column(SystemSource::kMissingPeriods); c >= 0) row[c] = expected - reported;
}

IndicatorValues aggregate(const IndicatorCatalogue& catalogue, std::span<const PeriodValues> reports,
                          const Period& over, const Lateness& lateness, Coverage* coverage) {
  IndicatorValues sum(catalogue);
  auto row = sum.mutable_row();
  const size_t n = static_cast<size_t>(catalogue.reported_columns());
  std::fill_n(row.begin(), n, 0.0);
  Coverage cov;
  std::vector<Period> spans;
  for (const PeriodValues& r : reports) {
    if (!over.overlaps(r.period)) continue;
    if (!over.contains(r.period)) {
      throw Error::Invalid("Báo cáo kỳ " + r.period.label() + " không nằm trọn trong kỳ " + over.label() +
                           ": không chia được số liệu giữa hai kỳ");
    }
    auto src = r.values.row();
    for (size_t i = 0; i < n; ++i) row[i] += src[i];  // a value left out stays missing
    spans.push_back(r.period);
    if (r.late) ++cov.late;
  }
  std::vector<Period> months = over.report_months();
  std::vector<bool> covered = covered_months(spans, months);
  for (size_t i = 0; i < months.size(); ++i) {
    ++cov.expected;
    if (covered[i]) {
      ++cov.reported;
      continue;
    }
    const Period& m = months[i];
    cov.missing.push_back(m);
    std::optional<Date> due = lateness.deadline ? lateness.deadline(m) : std::nullopt;
    if (lateness.today > (due ? *due : m.end())) ++cov.late;
  }
  finish_aggregate(catalogue, row.data(), cov.expected, cov.reported, cov.late);
  if (coverage) *coverage = std::move(cov);
  return sum;
}

}  // namespace thidua::scoring
