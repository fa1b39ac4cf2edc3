// A national data set, generated deterministically: 34 provincial police forces in clusters of
// 5–6, 3,319 commune police in blocks of about 13 within their province, 82,000 grassroots teams
// (286,000 members) in blocks of about 12 within their commune; 30 reported indicators, 12 months of
// the year scored and 12 of the year before.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "scoring/engine.h"

namespace thidua::bench {

enum class Level : uint8_t { kProvince, kCommune, kTeam };

struct UnitSpec {
  std::string code;
  Level level;
  int parent;       // province of a commune, commune of a team; -1 for a province
  int group;        // index into NationLayout::groups
  int members = 0;  // teams: 3–6
  double size = 1;  // scales the unit's expected counts
};

struct GroupSpec {
  std::string code;
  Level level;
};

struct NationLayout {
  std::vector<UnitSpec> units;
  std::vector<GroupSpec> groups;
  int provinces = 0, communes = 0, teams = 0, members = 0;
};

// `scale` < 1 shrinks communes and teams proportionally (for a quick smoke run).
NationLayout make_layout(uint64_t seed, double scale = 1.0);

// Splitmix64: small, fast, and the same on every machine.
struct Rng {
  uint64_t s;
  explicit Rng(uint64_t seed) : s(seed) {}
  uint64_t next() {
    uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
};

// Fills one month of one unit (reported_columns() values). Numerators never exceed their
// denominators; counts are whole numbers, sums have one decimal.
class ValueGenerator {
 public:
  explicit ValueGenerator(const scoring::IndicatorCatalogue& catalogue);
  void month(const UnitSpec& unit, Rng& rng, bool previous_year, double* row) const;

 private:
  struct Column {
    int col = -1;
    double mean[3] = {0, 0, 0};  // per month, for province / commune / team
    int of = -1;                 // a numerator: share of this column
    double lo = 0, hi = 0;       // …between lo and hi
    bool decimal = false;
  };
  std::vector<Column> columns_;
};

// Adds every unit and group of the layout to the engine (one scheme per level) and fills its
// reports and assessments. `schemes[level]` are engine scheme indexes.
void populate(scoring::Engine& engine, const NationLayout& layout, const int schemes[3], uint64_t seed);

}  // namespace thidua::bench
