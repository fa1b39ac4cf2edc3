#include "dataset.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/error.h"

namespace thidua::bench {

namespace {
// Splits `total` into `parts` positive shares proportional to `weights` (largest remainder).
std::vector<int> apportion(int total, const std::vector<double>& weights) {
  double sum = 0;
  for (double w : weights) sum += w;
  std::vector<int> out(weights.size());
  std::vector<std::pair<double, size_t>> rem;
  int given = 0;
  for (size_t i = 0; i < weights.size(); ++i) {
    double exact = total * weights[i] / sum;
    out[i] = static_cast<int>(exact);
    given += out[i];
    rem.push_back({exact - out[i], i});
  }
  std::sort(rem.begin(), rem.end(), [](auto& a, auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
  for (int k = 0; given < total; ++k, ++given) out[rem[static_cast<size_t>(k) % rem.size()].second]++;
  return out;
}

// Splits n members into round(n / target) blocks (at least one) of nearly equal size.
std::vector<int> blocks(int n, int target) {
  int b = std::max(1, static_cast<int>(std::lround(static_cast<double>(n) / target)));
  std::vector<int> out(static_cast<size_t>(b), n / b);
  for (int i = 0; i < n % b; ++i) out[static_cast<size_t>(i)]++;
  return out;
}

std::string code(const char* fmt, int a, int b = 0, int c = 0) {
  char buf[48];
  std::snprintf(buf, sizeof buf, fmt, a, b, c);
  return buf;
}
}  // namespace

NationLayout make_layout(uint64_t seed, double scale) {
  NationLayout n;
  Rng rng(seed);
  const int provinces = 34;
  const int communes = std::max(provinces, static_cast<int>(3319 * scale));
  const int teams = std::max(communes, static_cast<int>(82000 * scale));
  const int members = static_cast<int>(286000.0 * teams / 82000.0);

  std::vector<double> psize(provinces);
  for (double& s : psize) s = 0.5 + 1.5 * rng.uniform();
  // Clusters of provinces: 6, 6, 6, 6, 5, 5.
  const int cluster_sizes[] = {6, 6, 6, 6, 5, 5};
  int p = 0;
  for (int c = 0; c < 6; ++c) {
    int g = static_cast<int>(n.groups.size());
    n.groups.push_back({code("cum-%02d", c + 1), Level::kProvince});
    for (int k = 0; k < cluster_sizes[c]; ++k, ++p) {
      n.units.push_back({code("p%02d", p + 1), Level::kProvince, -1, g, 0, psize[static_cast<size_t>(p)]});
    }
  }
  std::vector<int> communes_per_province = apportion(communes, psize);
  std::vector<int> commune_unit;  // unit index of each commune
  std::vector<double> csize;
  for (int pi = 0; pi < provinces; ++pi) {
    int k = 0;
    for (int block_size : blocks(communes_per_province[static_cast<size_t>(pi)], 13)) {
      int g = static_cast<int>(n.groups.size());
      n.groups.push_back({code("p%02d-khoi-%02d", pi + 1, static_cast<int>(n.groups.size())), Level::kCommune});
      for (int j = 0; j < block_size; ++j, ++k) {
        double s = 0.4 + 1.2 * rng.uniform();
        commune_unit.push_back(static_cast<int>(n.units.size()));
        csize.push_back(s);
        n.units.push_back({code("p%02d-x%03d", pi + 1, k + 1), Level::kCommune, pi, g, 0, s});
      }
    }
  }
  std::vector<int> teams_per_commune = apportion(teams, csize);
  std::vector<int> team_members(static_cast<size_t>(teams), 3);
  for (int extra = members - 3 * teams; extra > 0;) {
    size_t t = static_cast<size_t>(rng.next() % static_cast<uint64_t>(teams));
    if (team_members[t] < 6) {
      team_members[t]++;
      --extra;
    }
  }
  int t = 0;
  for (size_t ci = 0; ci < commune_unit.size(); ++ci) {
    const std::string commune_code = n.units[static_cast<size_t>(commune_unit[ci])].code;  // a copy: units grows below
    int k = 0;
    for (int block_size : blocks(teams_per_commune[ci], 12)) {
      int g = static_cast<int>(n.groups.size());
      n.groups.push_back({commune_code + code("-khoi-%d", g), Level::kTeam});
      for (int j = 0; j < block_size; ++j, ++k, ++t) {
        int m = team_members[static_cast<size_t>(t)];
        n.units.push_back({commune_code + code("-t%03d", k + 1), Level::kTeam, commune_unit[ci], g, m, m / 3.5});
      }
    }
  }
  n.provinces = provinces;
  n.communes = static_cast<int>(commune_unit.size());
  n.teams = t;
  n.members = members;
  return n;
}

ValueGenerator::ValueGenerator(const scoring::IndicatorCatalogue& cat) {
  auto add = [&](const char* code, double province, double commune, double team, const char* of = nullptr,
                 double lo = 0, double hi = 0, bool decimal = false) {
    Column c;
    c.col = cat.at(code).column;
    c.mean[0] = province;
    c.mean[1] = commune;
    c.mean[2] = team;
    if (of) c.of = cat.at(of).column;
    c.lo = lo;
    c.hi = hi;
    c.decimal = decimal;
    columns_.push_back(c);
  };
  // Per month. Denominators before their numerators (numerators read them).
  add("toi_pham_ttxh", 60, 0.8, 0.04);
  add("toi_pham_ttxh_kham_pha", 0, 0, 0, "toi_pham_ttxh", 0.72, 0.97);
  add("an_rnt_dbnt", 3, 0.04, 0.002);
  add("an_rnt_dbnt_kham_pha", 0, 0, 0, "an_rnt_dbnt", 0.85, 1.0);
  add("tin_bao_tiep_nhan", 110, 1.5, 0.05);
  add("tin_bao_da_xu_ly", 0, 0, 0, "tin_bao_tiep_nhan", 0.99, 1.0);
  add("tin_bao_giai_quyet", 0, 0, 0, "tin_bao_tiep_nhan", 0.88, 1.0);
  add("vu_viec_tam_dinh_chi", 6, 0.08, 0.002);
  add("toi_pham_ma_tuy", 25, 0.3, 0.01);
  add("truy_na_phai_bat", 12, 0.15, 0.004);
  add("truy_na_da_bat", 0, 0, 0, "truy_na_phai_bat", 0.5, 0.9);
  add("tngt_so_vu", 40, 0.5, 0.05);
  add("tngt_nguoi_chet", 15, 0.2, 0.02);
  add("tngt_nguoi_bi_thuong", 35, 0.45, 0.04);
  add("vi_pham_gt_xu_ly", 3000, 40, 1.0);
  add("chay_so_vu", 5, 0.08, 0.01);
  add("chay_dbnt", 0.004, 0.0003, 0.00002);
  add("chay_thiet_hai", 250, 3, 0.2, nullptr, 0, 0, true);
  add("cuu_nan_cuu_ho", 4, 0.06, 0.02);
  add("vphc_ttxh_xu_ly", 150, 2, 0.1);
  add("tien_phat_vphc", 600, 8, 0.3, nullptr, 0, 0, true);
  add("ho_so_tthc_tiep_nhan", 20000, 300, 0);
  add("ho_so_tthc_dung_han", 0, 0, 0, "ho_so_tthc_tiep_nhan", 0.96, 1.0);
  add("vu_khi_thu_hoi", 20, 0.3, 0.01);
  add("tuan_tra", 300, 5, 4.5);
  add("tin_bao_to_bao_ve", 40, 4, 0.6);
  add("nguoi_vi_pham_duoc_giao_duc", 30, 1.2, 0.2);
  add("mo_hinh_phong_trao_moi", 0.3, 0.02, 0.001);
  add("can_bo_vi_pham_ky_luat", 0.08, 0.004, 0.0015);
  add("su_viec_phuc_tap_antt", 0.003, 0.0004, 0.00002);
  add("ho_tro_cong_an_xa", 0, 0, 2.5);  // reported by the teams only
  if (static_cast<int>(columns_.size()) != cat.reported_columns()) {
    throw Error::Invalid("Bộ sinh số liệu benchmark phải có đủ các chỉ số báo cáo của danh mục");
  }
}

void ValueGenerator::month(const UnitSpec& unit, Rng& rng, bool previous_year, double* row) const {
  const int level = static_cast<int>(unit.level);
  // Last year a little higher on average: most units reduce crimes, not all.
  const double trend = previous_year ? 1.04 : 1.0;
  for (const Column& c : columns_) {
    double v;
    if (c.of >= 0) {
      v = std::floor(row[c.of] * (c.lo + (c.hi - c.lo) * rng.uniform()));
    } else {
      const double mean = c.mean[level] * unit.size * trend;
      if (mean <= 0) {
        v = 0;
      } else if (mean < 10) {
        // Poisson by inversion.
        const double limit = std::exp(-mean);
        double prod = rng.uniform();
        int k = 0;
        while (prod > limit) {
          prod *= rng.uniform();
          ++k;
        }
        v = k;
      } else {
        v = std::floor(mean * (0.7 + 0.6 * rng.uniform()) + 0.5);
      }
      if (c.decimal) v = std::floor(v * (0.5 + rng.uniform()) * 10) / 10;
    }
    row[c.col] = v;
  }
}

void populate(scoring::Engine& engine, const NationLayout& layout, const int schemes[3], uint64_t seed) {
  std::vector<int> group_index;
  for (const GroupSpec& g : layout.groups) {
    group_index.push_back(engine.add_group(g.code, g.code, schemes[static_cast<int>(g.level)]));
  }
  engine.reserve_units(layout.units.size());
  for (const UnitSpec& u : layout.units) engine.add_unit(u.code, u.code, group_index[static_cast<size_t>(u.group)]);
  ValueGenerator gen(engine.group_scheme(0).catalogue());
  const int slots = 12;
  for (size_t i = 0; i < layout.units.size(); ++i) {
    const UnitSpec& u = layout.units[i];
    Rng rng(seed * 1000003 + i);
    for (int year = 0; year < 2; ++year) {
      for (int s = 0; s < slots; ++s) {
        auto row = engine.report_row(static_cast<int>(i), year ? scoring::Engine::Year::kPrevious : scoring::Engine::Year::kCurrent, s);
        gen.month(u, rng, year == 1, row.data());
      }
    }
    // Verdicts and flags: most units keep events safe and run their movement on plan.
    scoring::Assessment a;
    const scoring::CompiledScheme& sc = engine.group_scheme(engine.unit_group(static_cast<int>(i)));
    for (const auto& line : sc.lines()) {
      if (sc.assess_slot(line.criterion->id) < 0) continue;
      if (line.rule == scoring::RuleKind::kDeductionPerOccurrence) continue;
      a.met[line.criterion->id] = rng.uniform() > (line.rule == scoring::RuleKind::kDisqualifying ? 0.01 : 0.1);
    }
    for (const auto& b : sc.bonuses()) {
      if (b.assess_slot >= 0) a.counts[b.line->id] = rng.uniform() < 0.1 ? 1 : 0;
    }
    if (!a.met.empty() || !a.counts.empty()) engine.set_assessment(static_cast<int>(i), a);
  }
}

}  // namespace thidua::bench
