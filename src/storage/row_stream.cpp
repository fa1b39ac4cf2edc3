#include "storage/row_stream.h"

#include <charconv>
#include <memory>
#include <vector>

namespace thidua::storage {

// The drivers' streaming (sqlite/sqlite_database.cpp, postgres/postgres_database.cpp): false
// when `tx` is not theirs.
bool sqlite_query_each(Tx& tx, std::string_view sql, const Params& params, const RowFn& row);
bool postgres_query_each(Tx& tx, std::string_view sql, const Params& params, const RowFn& row);

int64_t RowView::i64(size_t c) const {
  if (null_[c]) return 0;
  int64_t v = 0;
  std::from_chars(text_[c].data(), text_[c].data() + text_[c].size(), v);
  return v;
}

void query_each(Tx& tx, std::string_view sql, const Params& params, const RowFn& row) {
  if (sqlite_query_each(tx, sql, params, row) || postgres_query_each(tx, sql, params, row)) return;
  Result r = tx.query(sql, params);
  std::vector<std::string_view> text(r.columns.size());
  std::unique_ptr<bool[]> null(new bool[r.columns.size() + 1]);
  for (const auto& values : r.rows) {
    for (size_t c = 0; c < values.size() && c < text.size(); ++c) {
      null[c] = !values[c].has_value();
      text[c] = values[c] ? std::string_view(*values[c]) : std::string_view();
    }
    row(RowView(text.data(), null.get(), text.size()));
  }
}

}  // namespace thidua::storage
