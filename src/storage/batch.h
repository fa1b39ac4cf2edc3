// Helpers of the batch writes (the national data load): multi-row INSERT … RETURNING id in
// statements of kBatchRows rows.
#pragma once
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "storage/database.h"

namespace thidua::storage {

inline constexpr size_t kBatchRows = 200;  // rows a multi-row statement

// "($from, …), (…)": `rows` rows of `cols` placeholders each, numbered from 1.
inline std::string value_rows(size_t rows, size_t cols) {
  std::string s;
  for (size_t r = 0; r < rows; ++r) {
    s += r ? ", (" : "(";
    for (size_t c = 0; c < cols; ++c) s += (c ? ", $" : "$") + std::to_string(r * cols + c + 1);
    s += ")";
  }
  return s;
}

// The ids a multi-row INSERT … RETURNING id gave, in the order of its rows: both databases
// allocate them in that order, ascending.
inline void append_ids(const Result& r, std::vector<int64_t>& ids) {
  std::vector<int64_t> got;
  for (const auto& row : r.rows) got.push_back(std::stoll(*row[0]));
  std::sort(got.begin(), got.end());
  ids.insert(ids.end(), got.begin(), got.end());
}

}  // namespace thidua::storage
