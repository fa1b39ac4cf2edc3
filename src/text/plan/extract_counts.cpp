// Counts: "05 Tổ bảo vệ an ninh, trật tự cơ sở với 19 thành viên".
#include <algorithm>
#include <set>

#include "text/plan/extract.h"

namespace thidua::text::plan {
namespace {

// A number after one of these is an ordinal or an identifier, not a count.
bool names_something(const Document& doc, int32_t before) {
  // "từ 3 đến 5 thành viên", "mỗi tổ": a size, not a count of the text's own units.
  static const Entry kOrdinalCues[] = {{"số"}, {"đợt"}, {"thứ"}, {"lần"}, {"khóa"}, {"kỳ"}, {"lần thứ"},
                                       {"từ"}, {"đến"}, {"mỗi"}};
  static const PhraseTable cues(kOrdinalCues);
  return static_cast<bool>(cues.match(doc, before)) || lexicon::unit_heads().match(doc, before);
}

// The counted thing from token `from`: the count noun and what qualifies it, up to a link word,
// a figure or a stop; "an ninh, trật tự" keeps its comma.
int32_t what_end(const Document& doc, int32_t from, int32_t noun_length, int32_t end) {
  static const Entry kLinks[] = {{"tham gia"}, {"trên"}, {"gồm"}, {"thuộc"}, {"tham dự"}, {"đạt"},
                                 {"được"}, {"đã"}, {"sẽ"}, {"là"}, {"tại"}, {"với"}, {"và"}, {"cùng"}};
  static const PhraseTable links(kLinks);
  int32_t k = from + noun_length;
  while (k < end && k - from < 12) {
    if (const auto fixed = lexicon::fixed_comma_phrases().match(doc, k, end)) {
      k += fixed.length;
      continue;
    }
    if (!doc.is_word(k) || links.match(doc, k, end) || lexicon::predicates().match(doc, k, end)) break;
    ++k;
  }
  return k;
}

}  // namespace

std::vector<CountResult> extract_counts(const Analysis& a) {
  const Document& doc = a.doc;
  std::vector<CountResult> out;
  std::set<std::pair<std::string, double>> seen;
  for (const NumberMention& n : a.numbers.numbers) {
    if (n.percent || !n.integer || n.value <= 0) continue;
    if (names_something(doc, n.first - 1)) continue;
    const int32_t end = doc.sentence_of(n.first).last;
    const auto noun = lexicon::count_nouns().match(doc, n.last, end);
    if (!noun) continue;
    const int32_t last = what_end(doc, n.last, noun.length, end);
    CountResult c;
    c.what = clean(doc.text_of(n.last, last));
    c.value = n.value;
    if (c.what.empty()) continue;
    const std::string key = unit_key(c.what);
    // "05 Tổ" after "05 Tổ bảo vệ an ninh, trật tự cơ sở" is the same count said again.
    const bool repeated = std::any_of(seen.begin(), seen.end(), [&](const auto& s) {
      return s.second == c.value && (s.first.rfind(key, 0) == 0 || key.rfind(s.first, 0) == 0);
    });
    if (repeated) continue;
    seen.insert({key, c.value});
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace thidua::text::plan
