// The indicator catalogue loader (IndicatorCatalogue::from_json), then a report read against the
// catalogue it loaded (the same document's "values" member, when it has one).
#include "json_loader.h"
#include "scoring/indicator.h"

using namespace thidua;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto j = fuzz::json_input(data, size);
  if (!j) return 0;
  fuzz::attempt([&] {
    auto cat = scoring::IndicatorCatalogue::from_json(*j);
    auto once = cat.to_json();
    fuzz::check_round_trip(once, scoring::IndicatorCatalogue::from_json(once).to_json(), "indicators");
    if (j->is_object() && j->contains("values"))
      fuzz::attempt([&] {
        auto v = scoring::IndicatorValues::from_json(cat, (*j)["values"]);
        v.to_json();
      });
  });
  return 0;
}
