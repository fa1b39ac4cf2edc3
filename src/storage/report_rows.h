// The submitted reports' values of some units, streamed (storage/row_stream.h): what the score
// board decodes straight into its values at start, no string or row object per report.
// ScoringStore::report_values() is the same read into ReportValues.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "storage/database.h"

namespace thidua::storage {

struct ReportRow {
  int64_t unit_id = 0;
  std::string_view period_json, values_json;  // valid during the call only
  bool late = false;                          // submitted after its deadline
};

// Submitted, accepted or locked reports of the units whose period lies in [from, to], by unit
// then period start.
void each_report(Tx& tx, const std::vector<int64_t>& unit_ids, const std::string& from, const std::string& to,
                 const std::function<void(const ReportRow&)>& row);

}  // namespace thidua::storage
