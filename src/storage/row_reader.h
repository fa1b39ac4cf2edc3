// Reading a result row into a struct from a table of (column, member) pairs: a repository states
// once which column fills which field, instead of one RowRef call a field in every reader. NULL
// reads as the member's empty value (0, "", nullopt, a default Date, a null JSON), as RowRef does.
#pragma once
#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <variant>

#include "core/date.h"
#include "storage/database.h"

namespace thidua::storage {

template <class T>
struct Column {
  using Member = std::variant<int64_t T::*, int T::*, double T::*, bool T::*, std::string T::*, std::optional<std::string> T::*,
                              std::optional<int64_t> T::*, Date T::*, nlohmann::json T::*>;
  const char* name;
  Member member;
};

namespace row_detail {
inline void assign(const RowRef& r, const char* c, int64_t& v) { v = r.i64(c); }
inline void assign(const RowRef& r, const char* c, int& v) { v = static_cast<int>(r.i64(c)); }
inline void assign(const RowRef& r, const char* c, double& v) { v = r.f64(c); }
inline void assign(const RowRef& r, const char* c, bool& v) { v = r.i64(c) != 0; }
inline void assign(const RowRef& r, const char* c, std::string& v) { v = r.str(c); }
inline void assign(const RowRef& r, const char* c, std::optional<std::string>& v) { v = r.opt_str(c); }
inline void assign(const RowRef& r, const char* c, std::optional<int64_t>& v) { v = r.opt_i64(c); }
inline void assign(const RowRef& r, const char* c, Date& v) {
  auto d = Date::parse_iso(r.str(c));
  v = d ? *d : Date();
}
inline void assign(const RowRef& r, const char* c, nlohmann::json& v) {
  v = r.is_null(c) ? nlohmann::json() : nlohmann::json::parse(r.str(c), nullptr, false);
}
}  // namespace row_detail

// Fills `out`'s members from row `r`, one column each.
template <class T>
void read_columns(const RowRef& r, T& out, std::initializer_list<Column<T>> cols) {
  for (const auto& c : cols) std::visit([&](auto m) { row_detail::assign(r, c.name, out.*m); }, c.member);
}

// A parameter that is NULL when the value is absent.
inline Param opt_param(const std::optional<std::string>& s) { return s ? Param(*s) : Param(nullptr); }
inline Param opt_param(const std::optional<int64_t>& v) { return v ? Param(*v) : Param(nullptr); }
inline Param opt_param(const std::optional<Date>& d) { return d ? Param(d->iso()) : Param(nullptr); }

// The bytes of a BLOB / bytea column as read: SQLite gives them as they are, PostgreSQL's text
// format as \x and hex digits.
inline std::string bytes_value(Dialect d, std::string v) {
  if (d != Dialect::kPostgres || v.rfind("\\x", 0) != 0) return v;
  auto nib = [](char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; };
  std::string out(v.size() / 2 - 1, '\0');
  for (size_t i = 2, o = 0; i + 1 < v.size(); i += 2, ++o) out[o] = static_cast<char>(nib(v[i]) * 16 + nib(v[i + 1]));
  return out;
}

}  // namespace thidua::storage
