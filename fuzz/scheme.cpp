// The scoring-scheme loader (ScoringScheme::from_json against the indicator catalogue), then
// what a loaded scheme goes through: compiling, scoring a unit with nothing reported, to_json.
#include "json_loader.h"
#include "scoring/compiled_scheme.h"
#include "scoring/scheme.h"
#include "scoring/scorecard.h"

using namespace thidua;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto cat = scoring::IndicatorCatalogue::from_json(nlohmann::json::parse(fuzz::source_file("data/indicators.json")));
  auto j = fuzz::json_input(data, size);
  if (!j) return 0;
  fuzz::attempt([&] {
    auto scheme = scoring::ScoringScheme::from_json(*j, cat);
    auto once = scheme.to_json();
    fuzz::check_round_trip(once, scoring::ScoringScheme::from_json(once, cat).to_json(), "scheme");
    scoring::CompiledScheme compiled(std::move(scheme), cat);
    scoring::IndicatorValues none(cat);
    scoring::evaluate(compiled, none, none).to_json();
  });
  return 0;
}
