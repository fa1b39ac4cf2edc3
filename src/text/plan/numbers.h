// Layer 3 of plan import: the number grammar. "07%", "trên 95%", "ít nhất 07%", "2,5%",
// "1.000", "05 Tổ", "cả 03 tiêu chí", and number words used as counts ("chia làm ba đợt").
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "text/plan/dates.h"
#include "text/plan/document.h"
#include "text/plan/lexicon.h"

namespace thidua::text::plan {

struct NumberMention {
  int32_t first = 0, last = 0;  // tokens of the figure, "%" included
  int32_t qualifier_first = -1;  // first token of "trên", "ít nhất"… when present
  double value = 0;
  bool percent = false;
  bool word = false;  // written as a word ("ba")
  bool integer = true;
  // kAbove "trên 95%", kAtLeast "ít nhất 07%" / "từ 5% trở lên", kAtMost "không quá 2%",
  // kNone when the figure stands alone.
  Direction qualifier = Direction::kNone;
  // A range "(từ) 3 - 5%", "từ 15% đến 20%", "3% đến 5%": both ends; `value` is the upper one.
  std::optional<double> range_min, range_max;
  int32_t start() const { return qualifier_first >= 0 ? qualifier_first : first; }
};

struct NumberIndex {
  std::vector<NumberMention> numbers;  // in text order
  std::vector<int32_t> number_at;      // per token: the number covering it (figure only), or -1
  std::vector<int32_t> starting_at;    // per token: the number whose start() is here, or -1
  // The number whose qualifier or figure starts at token i, or nullptr.
  const NumberMention* starting(int32_t i) const;
};

// The value of a Roman numeral from I to XX ("III" → 3), 0 for any other word. Ordinals of
// phases ("Đợt II") and numbers of groups ("Cụm thi đua số II") are written so.
int roman_value(std::string_view word);

// Every figure outside a date or a time of day. Number words count only before "đợt" or a
// count noun, where they cannot be read otherwise ("năm" is also "year").
NumberIndex find_numbers(const Document& doc, const DateIndex& dates);

}  // namespace thidua::text::plan
