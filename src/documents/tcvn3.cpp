#include "documents/tcvn3.h"

#include "core/error.h"
#include "documents/store.h"

#include <map>
#include <optional>
#include <set>
#include <vector>

namespace thidua::documents {

Tcvn3 Tcvn3::from_json(const nlohmann::json& j) {
  if (!j.is_object() || !j.contains("map") || !j["map"].is_object()) throw Error::Invalid("tcvn3.json: thiếu map");
  Tcvn3 t;
  std::map<std::string, std::string> seen;
  for (auto& [k, v] : j["map"].items()) {
    if (k.size() != 2 || k.find_first_not_of("0123456789ABCDEF") != std::string::npos)
      throw Error::Invalid("tcvn3.json: mã " + k + " không phải hai chữ số hệ 16");
    char32_t cp = static_cast<char32_t>(std::stoi(k, nullptr, 16));
    if (cp < 0xA1) throw Error::Invalid("tcvn3.json: mã " + k + " nằm ngoài A1–FE");
    if (!v.is_string() || v.get<std::string>().empty() || v.get<std::string>().size() > 4)
      throw Error::Invalid("tcvn3.json: mã " + k + " cần đúng một chữ");
    if (auto [it, fresh] = seen.emplace(v.get<std::string>(), k); !fresh)
      throw Error::Invalid("tcvn3.json: chữ " + v.get<std::string>() + " ở cả mã " + it->second + " và " + k);
    t.map_[cp] = v.get<std::string>();
  }
  return t;
}

std::string Tcvn3::to_unicode(std::string_view s, bool capitals) const {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    // the two-byte UTF-8 sequences of U+0080–U+00FF: C2 xx, C3 xx
    if ((c == 0xC2 || c == 0xC3) && i + 1 < s.size()) {
      char32_t cp = static_cast<char32_t>(((c & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F));
      if (auto it = map_.find(cp); it != map_.end()) {
        out += it->second;
        i += 2;
        continue;
      }
    }
    out += s[i++];
  }
  return capitals ? upper_vi(out) : out;
}

}  // namespace thidua::documents

namespace thidua::documents {

namespace {

std::u32string decode(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out += cp;
    i += static_cast<size_t>(n);
  }
  return out;
}

// The vowels with their tones: twelve letters, each unmarked then huyền, hỏi, ngã, sắc, nặng.
const std::u32string kLower = U"aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵ";
const std::u32string kUpper = U"AÀẢÃÁẠĂẰẲẴẮẶÂẦẨẪẤẬEÈẺẼÉẸÊỀỂỄẾỆIÌỈĨÍỊOÒỎÕÓỌÔỒỔỖỐỘƠỜỞỠỚỢUÙỦŨÚỤƯỪỬỮỨỰYỲỶỸÝỴ";
const std::u32string kBases = U"aăâeêioôơuưy";

struct Letter {
  char32_t base = 0;  // lower case, no tone: a ă â … y, or a consonant b c d đ …
  int tone = 0;
  bool upper = false;
};

std::optional<Letter> letter(char32_t c) {
  if (auto k = kLower.find(c); k != std::u32string::npos) return Letter{kBases[k / 6], static_cast<int>(k % 6), false};
  if (auto k = kUpper.find(c); k != std::u32string::npos) return Letter{kBases[k / 6], static_cast<int>(k % 6), true};
  if (c == U'đ') return Letter{U'đ', 0, false};
  if (c == U'Đ') return Letter{U'đ', 0, true};
  if (c >= 'a' && c <= 'z') return Letter{c, 0, false};
  if (c >= 'A' && c <= 'Z') return Letter{static_cast<char32_t>(c - 'A' + 'a'), 0, true};
  return std::nullopt;
}

bool starts(const std::u32string& s, size_t at, const std::u32string& p) { return s.compare(at, p.size(), p) == 0; }

bool syllable(const std::u32string& bases) {
  static const std::vector<std::u32string> onsets = {U"ngh", U"ng", U"nh", U"ch", U"gh", U"gi", U"kh", U"ph", U"qu", U"th", U"tr",
                                                     U"b",   U"c",  U"d",  U"đ",  U"g",  U"h",  U"k",  U"l",  U"m",  U"n",  U"p",
                                                     U"r",   U"s",  U"t",  U"v",  U"x",  U""};
  static const std::vector<std::u32string> codas = {U"ch", U"ng", U"nh", U"c", U"m", U"n", U"p", U"t", U"i", U"y", U"o", U"u", U""};
  static const std::set<std::u32string> nuclei = {
      U"a",  U"ă",  U"â",  U"e",  U"ê",  U"i",  U"o",  U"ô",  U"ơ",  U"u",  U"ư",  U"y",  U"ia", U"iê", U"ua",
      U"uô", U"ưa", U"ươ", U"yê", U"oa", U"oă", U"oe", U"oo", U"uâ", U"uê", U"uơ", U"uy", U"uyê", U"uya", U"ưu", U"ươu"};
  for (const auto& on : onsets) {
    if (!starts(bases, 0, on)) continue;
    for (const auto& co : codas) {
      if (bases.size() < on.size() + co.size() || bases.compare(bases.size() - co.size(), co.size(), co) != 0) continue;
      std::u32string nu = bases.substr(on.size(), bases.size() - on.size() - co.size());
      if (nu.empty() && on == U"gi") nu = U"i";  // gì, gìn
      if (nuclei.count(nu)) return true;
    }
  }
  return false;
}

bool syllable(const std::u32string& word, bool strict_case) {
  std::u32string bases;
  int tones = 0, uppers = 0;
  bool first_upper = false;
  for (size_t i = 0; i < word.size(); ++i) {
    auto l = letter(word[i]);
    if (!l) return false;
    bases += l->base;
    tones += l->tone > 0;
    uppers += l->upper;
    if (i == 0) first_upper = l->upper;
  }
  if (tones > 1) return false;
  if (strict_case && !(uppers == 0 || (uppers == 1 && first_upper) || uppers == static_cast<int>(word.size()))) return false;
  return syllable(bases);
}


}  // namespace

bool vietnamese_syllable(std::string_view word) { return syllable(decode(word), true); }

Tcvn3::Reading Tcvn3::classify(std::string_view s) const {
  // First, as decode() reads the code points but without a copy: a letter past U+00FF makes the
  // text Unicode, and text with nothing from U+00A1 on is plain (most cells of a workbook).
  bool marked_any = false;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    int n = (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    if (cp > 0xFF) return Reading::kUnicode;
    if (cp >= 0xA1) marked_any = true;
    i += static_cast<size_t>(n);
  }
  if (!marked_any) return Reading::kPlain;
  std::u32string text = decode(s);
  // a word: letters, and the marks TCVN3 uses for letters; °, ±, § outside TCVN3 separate words
  auto word_char = [&](char32_t c) {
    return letter(c) || (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7) || (c >= 0xA1 && c <= 0xFF && mapped(c));
  };
  int words = 0, as_unicode = 0, as_tcvn3 = 0;
  for (size_t i = 0; i < text.size();) {
    if (!word_char(text[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && word_char(text[j])) ++j;
    std::u32string w = text.substr(i, j - i);
    i = j;
    bool marked = false, unmapped = false, latin = false;
    std::u32string converted;
    for (char32_t c : w) {
      latin = latin || c < 0x80;
      if (c < 0xA1) {
        converted += c;
        continue;
      }
      marked = true;
      auto it = map_.find(c);
      if (it == map_.end()) {
        unmapped = true;
        converted += c;
      } else {
        converted += decode(it->second);
      }
    }
    if (!marked || !latin) continue;  // "©", "«»": no word without a Latin letter
    ++words;
    as_unicode += syllable(w, true);
    // TCVN3's one font has no capitals with marks but Ă Â Ê Ô Ơ Ư Đ, so a word is capitalised at most
    as_tcvn3 += !unmapped && syllable(converted, true);
  }
  if (words == 0) return Reading::kPlain;  // marks outside words: ©, °, «…»
  if (as_tcvn3 == words && as_unicode < words) return Reading::kTcvn3;
  if (as_unicode == words && as_tcvn3 < words) return Reading::kUnicode;
  if (as_tcvn3 == words && as_unicode == words) return Reading::kAmbiguous;
  // neither reading holds for every word (a typing slip, a foreign name): the one that holds for more
  if (as_tcvn3 > as_unicode) return Reading::kTcvn3;
  if (as_unicode > as_tcvn3) return Reading::kUnicode;
  return Reading::kAmbiguous;
}

}  // namespace thidua::documents

#include "documents/sheet_reader.h"

namespace thidua::documents {

size_t convert_tcvn3(Workbook& wb, const Tcvn3& table) {
  using R = Tcvn3::Reading;
  struct Count {
    int unicode = 0, tcvn3 = 0;
    std::optional<R> decided() const {
      if (tcvn3 > 0 && unicode == 0) return R::kTcvn3;
      if (unicode > 0 && tcvn3 == 0) return R::kUnicode;
      return std::nullopt;
    }
    void add(R r) {
      unicode += r == R::kUnicode;
      tcvn3 += r == R::kTcvn3;
    }
  };
  Count book;
  // every cell's reading, row after row (kPlain for cells that are not text)
  std::vector<R> readings;
  std::vector<Count> sheet_count(wb.sheets.size());
  std::vector<std::vector<Count>> column_count(wb.sheets.size());
  bool any_legacy = false;  // a cell read as TCVN3 or both ways
  for (size_t s = 0; s < wb.sheets.size(); ++s)
    for (auto& row : wb.sheets[s].rows) {
      if (column_count[s].size() < row.cells.size()) column_count[s].resize(row.cells.size());
      for (size_t c = 0; c < row.cells.size(); ++c) {
        R r = row.cells[c].kind == SheetCell::Kind::kText ? table.classify(row.cells[c].text) : R::kPlain;
        readings.push_back(r);
        column_count[s][c].add(r);
        sheet_count[s].add(r);
        book.add(r);
        any_legacy = any_legacy || r == R::kTcvn3 || r == R::kAmbiguous;
      }
    }
  if (!any_legacy) return 0;  // all Unicode or plain: nothing to convert, nothing unclear
  bool legacy_font = wb.legacy_fonts && wb.legacy_font.rfind(".Vn", 0) == 0;
  size_t converted = 0, at = 0;
  for (size_t s = 0; s < wb.sheets.size(); ++s)
    for (size_t i = 0; i < wb.sheets[s].rows.size(); ++i) {
      auto& row = wb.sheets[s].rows[i];
      for (size_t c = 0; c < row.cells.size(); ++c) {
        R r = readings[at++];
        if (r == R::kAmbiguous) {
          auto d = column_count[s][c].decided();
          if (!d) d = sheet_count[s].decided();
          if (!d) d = book.decided();
          if (!d && legacy_font) d = R::kTcvn3;
          if (d) r = *d;
          else row.cells[c].encoding_unclear = true;
        }
        if (r != R::kTcvn3) continue;
        row.cells[c].tcvn3_from = row.cells[c].text;
        row.cells[c].text = table.to_unicode(row.cells[c].text);
        ++converted;
      }
    }
  return converted;
}

}  // namespace thidua::documents
