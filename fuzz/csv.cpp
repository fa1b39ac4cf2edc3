// The CSV reader (uploads saved as .csv), and the Vietnamese number and date readers applied to
// every cell, as the importers do.
#include "documents/sheet_reader.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes = fuzz::input(data, size);
  fuzz::attempt([&] {
    auto wb = thidua::documents::read_csv(bytes, "fuzz.csv", {});
    for (const auto& s : wb.sheets)
      for (const auto& r : s.rows)
        for (const auto& c : r.cells) {
          thidua::documents::parse_vn_number(c.text);
          thidua::documents::parse_vn_date(c.text);
          thidua::documents::looks_tcvn3(c.text);
        }
  });
  return 0;
}
