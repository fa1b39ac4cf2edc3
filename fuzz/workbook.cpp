// The workbook reader: any file uploaded as a report form or a roster (sniffed, unzipped, XML).
#include "documents/sheet_reader.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes = fuzz::input(data, size);
  fuzz::attempt([&] {
    auto wb = thidua::documents::read_workbook(bytes, "fuzz.xlsx", {});
    for (const auto& s : wb.sheets)
      for (const auto& r : s.rows)
        for (const auto& c : r.cells)
          if (c.kind == thidua::documents::SheetCell::Kind::kText) {
            thidua::documents::parse_vn_number(c.text);
            thidua::documents::parse_vn_date(c.text);
          }
  });
  return 0;
}
