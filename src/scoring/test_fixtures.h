// Tests only: the shipped data files and small schemes built inline, so that each test states
// the regulation it is about.
#pragma once
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "scoring/indicator.h"
#include "scoring/scheme.h"
#include "test_source_dir.h"

namespace thidua::scoring::testing {

inline nlohmann::json read_json(const std::string& relative) {
  std::ifstream in(thidua::testing::source_dir() + "/" + relative);
  if (!in) throw std::runtime_error("cannot read " + relative);
  std::stringstream ss;
  ss << in.rdbuf();
  return nlohmann::json::parse(ss.str());
}

inline const IndicatorCatalogue& catalogue() {
  static const IndicatorCatalogue cat = IndicatorCatalogue::from_json(read_json("data/indicators.json"));
  return cat;
}

// A one-section scheme of `max` points holding the given criteria (their points must add up).
inline nlohmann::json scheme_with(nlohmann::json criteria, double max, nlohmann::json extra = nlohmann::json::object()) {
  nlohmann::json j = {
      {"id", "test"}, {"version", 1}, {"name", "Bảng điểm thử"},
      {"scope", {{"group", "cum-thu"}, {"year", 2024}}},
      {"total_points", max},
      {"sections", {{{"id", "s1"}, {"name", "Mục 1"}, {"max_points", max}, {"criteria", std::move(criteria)}}}},
      {"classification",
       {{{"code", "xuat_sac"}, {"name", "Hoàn thành xuất sắc nhiệm vụ"}, {"min_points", 0.9 * max},
         {"conditions", {{{"kind", "no_disqualifying"}}}}},
        {{"code", "tot"}, {"name", "Hoàn thành tốt nhiệm vụ"}, {"min_points", 0.75 * max}},
        {{"code", "hoan_thanh"}, {"name", "Hoàn thành nhiệm vụ"}, {"min_points", 0.5 * max}},
        {{"code", "khong_hoan_thanh"}, {"name", "Không hoàn thành nhiệm vụ"}}}}};
  for (auto it = extra.begin(); it != extra.end(); ++it) j[it.key()] = it.value();
  return j;
}

inline IndicatorValues values(std::initializer_list<std::pair<const char*, double>> v) {
  IndicatorValues out(catalogue());
  for (auto& [k, x] : v) out.set(k, x);
  return out;
}

// Values of a period every month of which was reported (`late` of them after the deadline):
// the system counts that aggregate() fills in from the reports.
inline IndicatorValues reported(IndicatorValues v, double late = 0) {
  auto row = v.mutable_row();
  row[static_cast<size_t>(catalogue().system_column(SystemSource::kLateReports))] = late;
  row[static_cast<size_t>(catalogue().system_column(SystemSource::kMissingPeriods))] = 0;
  return v;
}

}  // namespace thidua::scoring::testing
