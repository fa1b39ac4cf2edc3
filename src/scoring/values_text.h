// A stored report's values read straight into a row: IndicatorValues::from_text() without the
// IndicatorValues (the server decodes every stored report at start this way, into a reused row).
#pragma once
#include <span>
#include <string_view>

#include "scoring/indicator.h"

namespace thidua::scoring {

// `row` (catalogue.columns() long) gets exactly the values from_text(catalogue, text) holds, the
// totals derived; the same refusals (Error::Invalid naming the code, or a JSON parse error).
// No allocation when the text is a plain object of numbers and nulls.
void read_values_text(const IndicatorCatalogue& catalogue, std::string_view text, std::span<double> row);

}  // namespace thidua::scoring
