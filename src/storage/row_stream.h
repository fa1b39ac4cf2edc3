// Rows handed over one at a time as the driver holds them, without a Result or a string per
// value: for the few reads that go through millions of rows (the server's start-up reads every
// report of a year so). Both drivers stream; another Tx goes through Tx::query().
#pragma once
#include <cstdint>
#include <functional>
#include <string_view>

#include "storage/database.h"

namespace thidua::storage {

// One row of a streamed result: each column's text, valid only while the callback runs.
class RowView {
 public:
  RowView(const std::string_view* text, const bool* null, size_t n) : text_(text), null_(null), n_(n) {}
  size_t size() const { return n_; }
  bool is_null(size_t c) const { return null_[c]; }
  std::string_view text(size_t c) const { return text_[c]; }  // empty for NULL
  int64_t i64(size_t c) const;                                 // 0 for NULL

 private:
  const std::string_view* text_;
  const bool* null_;
  size_t n_;
};

using RowFn = std::function<void(const RowView&)>;

// Runs one statement ($1… placeholders) and hands its rows to `row` in order.
void query_each(Tx& tx, std::string_view sql, const Params& params, const RowFn& row);

}  // namespace thidua::storage
