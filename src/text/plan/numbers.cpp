#include "text/plan/numbers.h"

#include <algorithm>
#include <string>

namespace thidua::text::plan {
namespace {

bool is_time_part(const Document& doc, int32_t i) {
  return (doc.glued(i + 1) && doc.is_punct(i + 1, ":") && doc.is_number(i + 2) && doc.glued(i + 2)) ||
         (doc.glued(i) && doc.is_punct(i - 1, ":") && doc.is_number(i - 2));
}

void read_qualifier(const Document& doc, NumberMention& n) {
  const auto q = lexicon::qualifiers().match_ending(doc, n.first, doc.sentence_of(n.first).first);
  if (q) {
    n.qualifier = static_cast<Direction>(q.value());
    n.qualifier_first = n.first - q.length;
    return;
  }
  // "(từ) 5% trở lên", "2% trở xuống"
  static const std::string tu = word_key("từ"), tro = word_key("trở"), len = word_key("lên"),
                           xuong = word_key("xuống");
  if (doc.is_key(n.last, tro) && (doc.is_key(n.last + 1, len) || doc.is_key(n.last + 1, xuong))) {
    n.qualifier = doc.is_key(n.last + 1, len) ? Direction::kAtLeast : Direction::kAtMost;
    if (doc.is_key(n.first - 1, tu)) n.qualifier_first = n.first - 1;
    n.last += 2;
  }
}

// "(từ) 03 - 05%", "từ 15% đến 20%", "3% đến 5%", "15 - 20 cơ quan": two figures joined by a dash
// or "đến"/"tới", the second a percentage or a count, the first smaller, become one mention
// holding both ends.
void merge_ranges(const Document& doc, NumberIndex& ix) {
  static const std::string tu = word_key("từ"), den = word_key("đến"), toi = word_key("tới");
  std::vector<NumberMention> merged;
  for (size_t k = 0; k < ix.numbers.size(); ++k) {
    NumberMention n = ix.numbers[k];
    if (k + 1 < ix.numbers.size() && !n.word && n.qualifier == Direction::kNone) {
      const NumberMention& b = ix.numbers[k + 1];
      const int32_t link = n.last;
      const bool linked = (doc.is_punct(link, "-") || doc.is_key(link, den) || doc.is_key(link, toi)) &&
                          b.start() == link + 1 && doc.tokens[link].line == doc.tokens[b.first].line;
      // "15 - 20 cơ quan, đơn vị", "từ 3 đến 5 hợp tác xã": a range of a count, the second figure
      // before a word, both whole numbers.
      const bool counted = !b.percent && !n.percent && n.integer && b.integer && b.last < doc.size() &&
                           doc.is_word(b.last) && !doc.tokens[b.last].capitalised;
      if (linked && !b.word && (b.percent || counted) && n.value < b.value && (n.percent || doc.is_number(n.last - 1))) {
        NumberMention r = b;
        r.first = n.first;
        r.qualifier_first = doc.is_key(n.first - 1, tu) ? n.first - 1 : b.qualifier_first >= 0 ? n.first : -1;
        r.range_min = n.value;
        r.range_max = b.value;
        merged.push_back(r);
        ++k;
        continue;
      }
    }
    merged.push_back(n);
  }
  if (merged.size() == ix.numbers.size()) return;
  ix.numbers = std::move(merged);
  std::fill(ix.number_at.begin(), ix.number_at.end(), -1);
  std::fill(ix.starting_at.begin(), ix.starting_at.end(), -1);
  for (size_t k = 0; k < ix.numbers.size(); ++k) {
    const NumberMention& n = ix.numbers[k];
    for (int32_t t = n.first; t < n.last; ++t) ix.number_at[t] = static_cast<int32_t>(k);
    ix.starting_at[n.start()] = static_cast<int32_t>(k);
  }
}

}  // namespace

const NumberMention* NumberIndex::starting(int32_t i) const {
  if (i < 0 || i >= static_cast<int32_t>(starting_at.size()) || starting_at[i] < 0) return nullptr;
  return &numbers[starting_at[i]];
}

NumberIndex find_numbers(const Document& doc, const DateIndex& dates) {
  NumberIndex ix;
  ix.number_at.assign(doc.tokens.size(), -1);
  ix.starting_at.assign(doc.tokens.size(), -1);
  static const std::string dot = word_key("đợt"), phan = word_key("phần"), tram = word_key("trăm");
  for (int32_t i = 0; i < doc.size(); ++i) {
    if (dates.mention_at[i] >= 0) continue;
    NumberMention n;
    n.first = i;
    if (doc.is_number(i)) {
      if (is_time_part(doc, i)) {
        i += 2;
        continue;
      }
      std::string digits = doc.key(i);
      int32_t j = i + 1;
      // "1.000" and "1.000.000": groups of three after a glued dot.
      while (doc.is_punct(j, ".") && doc.glued(j) && doc.is_number(j + 1) && doc.glued(j + 1) &&
             doc.key(j + 1).size() == 3 && doc.tokens[j].line == doc.tokens[i].line) {
        digits += doc.key(j + 1);
        j += 2;
      }
      std::string fraction;
      if (doc.is_punct(j, ",") && doc.glued(j) && doc.is_number(j + 1) && doc.glued(j + 1)) {
        fraction = doc.key(j + 1);
        j += 2;
      }
      if (digits.size() > 12) {
        i = j - 1;
        continue;
      }
      n.value = std::stod(digits + (fraction.empty() ? "" : "." + fraction));
      n.integer = fraction.empty();
      if (doc.is_punct(j, "%")) {
        n.percent = true;
        ++j;
      } else if (doc.is_key(j, phan) && doc.is_key(j + 1, tram)) {
        n.percent = true;
        j += 2;
      }
      n.last = j;
    } else if (doc.is_word(i)) {
      const auto w = lexicon::number_words().match(doc, i);
      if (!w) continue;
      int32_t after = i + w.length;
      n.value = w.value();
      // "ba mươi", "hai mươi lăm", "bốn mươi mốt": tens written as words, with their unit.
      static const std::string muoi = word_key("mươi"), mot = word_key("mốt"), lam = word_key("lăm"),
                               tu4 = word_key("tư");
      if (w.length == 1 && n.value >= 2 && n.value <= 9 && doc.is_key(after, muoi)) {
        n.value *= 10;
        ++after;
        int unit = doc.is_key(after, mot) ? 1 : doc.is_key(after, lam) ? 5 : doc.is_key(after, tu4) ? 4 : 0;
        if (const auto u = lexicon::number_words().match(doc, after); !unit && u && u.length == 1 && u.value() < 10 &&
                                                                       lexicon::count_nouns().match(doc, after + 1))
          unit = u.value();
        if (unit) {
          n.value += unit;
          ++after;
        }
      }
      if (!doc.is_key(after, dot) && !lexicon::count_nouns().match(doc, after)) continue;
      n.word = true;
      n.last = after;
    } else {
      continue;
    }
    read_qualifier(doc, n);
    const int32_t index = static_cast<int32_t>(ix.numbers.size());
    for (int32_t k = n.first; k < n.last; ++k) ix.number_at[k] = index;
    ix.starting_at[n.start()] = index;
    i = n.last - 1;
    ix.numbers.push_back(n);
  }
  merge_ranges(doc, ix);
  return ix;
}

int roman_value(std::string_view word) {
  static const char* const kRoman[] = {"I",   "II",  "III",  "IV",  "V",   "VI", "VII", "VIII", "IX",  "X",
                                       "XI",  "XII", "XIII", "XIV", "XV",  "XVI", "XVII", "XVIII", "XIX", "XX"};
  for (int k = 0; k < 20; ++k)
    if (word == kRoman[k]) return k + 1;
  return 0;
}

}  // namespace thidua::text::plan
