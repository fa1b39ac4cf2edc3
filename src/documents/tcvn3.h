// TCVN3 (ABC) → Unicode: text typed with the old .VnTime fonts keeps each Vietnamese letter on a
// Latin-1 code point ("NguyÔn V¨n A"); the table (data/tcvn3.json) gives the letter of each.
#pragma once
#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <string_view>

namespace thidua::documents {

class Tcvn3 {
 public:
  // Validates: keys are two hex digits A1…FE, values one letter each, no letter twice. Throws
  // Error::Invalid naming the key.
  static Tcvn3 from_json(const nlohmann::json& j);
  // The Unicode (NFC) text of `s` (UTF-8 whose code points are the TCVN3 bytes). `capitals`: the
  // text was in a capitals font (.VnTimeH), every letter upper-case.
  std::string to_unicode(std::string_view s, bool capitals = false) const;

  // Which encoding a cell's text was typed in, by the encoding's patterns rather than by guess:
  // only the words holding a character of U+00A1–U+00FF count. Text with a letter beyond U+00FF
  // (ạ, ư, đ…) is Unicode. Otherwise each such word is read both ways, and a reading holds when
  // the word is a Vietnamese syllable (onset, vowel cluster, final consonant, at most one tone
  // mark, capitals only at the start or throughout): TCVN3 when every word holds as TCVN3 and at
  // least one does not hold as Unicode ("NguyÔn", "V¨n"), Unicode in the reverse case, ambiguous
  // when both readings hold for every word ("Tô": Unicode "Tô" or TCVN3 "Tụ") or neither does.
  enum class Reading { kPlain, kUnicode, kTcvn3, kAmbiguous };
  Reading classify(std::string_view s) const;

 private:
  bool mapped(char32_t cp) const { return map_.count(cp) > 0; }

  std::map<char32_t, std::string> map_;
};

struct Workbook;
// Converts in place every text cell of `wb` typed in TCVN3 (the text as typed kept in
// tcvn3_from). A cell that reads both ways takes the reading of the other cells of its column,
// then of its sheet, then of the workbook, then of its .Vn font; a cell still undecided is marked
// encoding_unclear and left as it is. Returns how many cells were converted.
size_t convert_tcvn3(Workbook& wb, const Tcvn3& table);

// A Vietnamese syllable in Unicode (NFC) as a word is written: onset, vowels, final consonant,
// at most one tone mark; lower case, capitalised or all capitals.
bool vietnamese_syllable(std::string_view word);

}  // namespace thidua::documents
