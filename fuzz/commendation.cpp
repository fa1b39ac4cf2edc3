// The commendation catalogue loaders: titles and forms with their conditions
// (commendation::Catalogue), the base salary by date (BaseSalary) and the emulation titles
// (TitleCatalogue). The same document is offered to each.
#include "core/commendation.h"
#include "core/emulation_titles.h"
#include "json_loader.h"

using namespace thidua;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto j = fuzz::json_input(data, size);
  if (!j) return 0;
  fuzz::attempt([&] {
    auto cat = commendation::Catalogue::from_json(*j);
    for (const auto& e : cat.entries()) commendation::to_json(e);
    commendation::registration_titles(cat).to_json();
  });
  fuzz::attempt([&] { commendation::BaseSalary::from_json(*j); });
  fuzz::attempt([&] { emulation::TitleCatalogue::from_json(*j).to_json(); });
  return 0;
}
