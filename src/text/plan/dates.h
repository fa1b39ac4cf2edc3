// Layer 2 of plan import: the date grammar. Finds every date a Vietnamese text writes, the
// ranges "từ … đến …" built from them, and the dateline; completes dates written without a
// year from their context.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "core/date.h"
#include "text/plan/document.h"

namespace thidua::text::plan {

enum class Precision { kDay, kMonth, kYear };

// A date as written: "19/8/2025", "Sáng 18/10" (no year), "ngày 05 tháng 3 năm 2025",
// "19-8-2025", "tháng 3/2025" (a month), "năm 2025" (a year).
struct DateMention {
  int32_t first = 0, last = 0;  // tokens
  int day = 0, month = 0, year = 0;  // year 0: not written
  Precision precision = Precision::kDay;
  // Inside brackets that hold only dates, as in "(3/2/1930 - 3/2/2025)": an anniversary being
  // celebrated, never a date of the movement.
  bool anniversary = false;
  // The date of a cited document: "Kế hoạch số 46/KH-BCA ngày 20/01/2025".
  bool reference = false;
  bool has_year() const { return year != 0; }
};

// "từ ngày X đến (hết) ngày Y", "từ nay đến …", "X - Y", "đến hết năm 2025".
struct DateRange {
  int32_t first = 0, last = 0;  // tokens
  int32_t start = -1, end = -1;  // indices into DateIndex::mentions, -1 when absent
  bool start_now = false;        // "từ nay": the date of the event
  bool end_now = false;          // "từ ngày 19/8/2024 đến nay": until the text's own day
};

struct DateIndex {
  std::vector<DateMention> mentions;  // in text order
  std::vector<DateRange> ranges;      // in text order
  std::vector<int32_t> mention_at;    // per token: the mention covering it, or -1
  // The text's own date: a dateline "Thứ Sáu, 18/10/2024, 10:31" or "Nghệ An, ngày 05 tháng 3
  // năm 2025" among its first lines.
  std::optional<Date> document_date;
  int32_t dateline_line = -1;
  // (s28-orgs) The text's date read from a day in brackets closing the headline ("… nông thôn mới”(21/09/2011)").
  bool headline_stamp = false;
  // (s22-noise) Every line among the first shaped as a dateline, the dateline first: a web page may
  // stamp its article twice ("Ngày đăng: …" over "Cập nhật: …"); none of them is a headline.
  std::vector<int32_t> stamp_lines;
  bool stamp_line(int32_t line) const;

  // The mention starting exactly at token i, or -1.
  int32_t mention_starting_at(int32_t i) const;
  // The range a mention belongs to, or -1.
  int32_t range_of(int32_t mention) const;
  // The year of the written-year, non-anniversary date nearest to token i, or 0.
  int nearest_year(int32_t token) const;
  // The explicit year nearest to `token` (the one before on a tie): its first token and its year,
  // or {-1, 0} when none is written.
  std::pair<int32_t, int> nearest_explicit_year(int32_t token) const;

  std::vector<int32_t> range_of_mention;                // per mention
  std::vector<std::pair<int32_t, int>> explicit_years;  // (token, year), in text order
};

DateIndex find_dates(const Document& doc);

// The first (or, with `end_of_period`, the last) day a mention denotes in `year`.
std::optional<Date> date_in_year(const DateMention& m, int year, bool end_of_period);
// The mention with its own year, or nullopt when it has none.
std::optional<Date> date_as_written(const DateMention& m, bool end_of_period);
// The mention's day in the year that puts it on or after `anchor` (its own year when written).
std::optional<Date> date_on_or_after(const DateMention& m, Date anchor, bool end_of_period);
// The mention's day in the year that puts it on or before `anchor` (its own year when written).
std::optional<Date> date_on_or_before(const DateMention& m, Date anchor, bool end_of_period);
// The mention's day in the year that puts it nearest to `anchor` (its own year when written).
std::optional<Date> date_nearest(const DateMention& m, Date anchor);

}  // namespace thidua::text::plan
