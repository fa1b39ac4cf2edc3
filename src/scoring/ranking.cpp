#include "scoring/ranking.h"

#include <algorithm>

namespace thidua::scoring {

RankInput RankInput::from(const std::string& unit, const ScoreSummary& s) {
  return {unit, s.total_centi, s.disqualified, s.penalty_centi, s.first_section_centi, s.fully_met, s.missing_periods, s.level};
}

RankInput RankInput::from(const Scorecard& c) {
  return {c.unit, to_centi(c.total), c.disqualified, to_centi(c.penalty_points), to_centi(c.first_section_points),
          c.fully_met, c.missing_periods, c.level};
}

bool ranks_before(const RankInput& a, const RankInput& b) {
  return ranks_before_by(a, b, [&] { return a.unit < b.unit; });
}

namespace {
std::string reason(const RankInput& prev, const RankInput& cur) {
  if (prev.disqualified != cur.disqualified) return "có điểm liệt";
  if (prev.total_centi != cur.total_centi) return "tổng điểm thấp hơn";
  if (prev.penalty_centi != cur.penalty_centi) return "ngang điểm, nhiều điểm trừ hơn";
  if (prev.first_section_centi != cur.first_section_centi) return "ngang điểm, điểm mục thứ nhất thấp hơn";
  if (prev.fully_met != cur.fully_met) return "ngang điểm, ít tiêu chí đạt trọn điểm hơn";
  if (prev.missing_periods != cur.missing_periods) return "ngang điểm, thiếu nhiều tháng báo cáo hơn";
  return "ngang điểm mọi tiêu chí phụ, xếp theo mã đơn vị";
}
}  // namespace

std::vector<RankedUnit> rank_units(std::vector<RankInput> units) {
  std::sort(units.begin(), units.end(), ranks_before);
  std::vector<RankedUnit> out;
  out.reserve(units.size());
  for (size_t i = 0; i < units.size(); ++i) {
    RankedUnit r{units[i], static_cast<int>(i) + 1, i ? reason(units[i - 1], units[i]) : ""};
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<RankedUnit> leading_units(const std::vector<RankedUnit>& ranking, size_t n, int max_level) {
  std::vector<RankedUnit> out;
  for (const RankedUnit& r : ranking) {
    if (out.size() >= n) break;
    if (r.score.disqualified) continue;
    if (max_level >= 0 && r.score.level > max_level) continue;
    out.push_back(r);
  }
  return out;
}

}  // namespace thidua::scoring
