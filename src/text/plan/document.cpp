#include "text/plan/document.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <span>
#include <unordered_map>

#include "core/error.h"
#include "text/vietnamese.h"

namespace thidua::text::plan {
namespace {

constexpr char32_t kOpenQuote = U'\u201C';
constexpr char32_t kCloseQuote = U'\u201D';

std::u32string decode(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    out.push_back(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
  }
  return out;
}

void append_utf8(std::string& out, char32_t c) {
  uint8_t buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(buf, len, 4, static_cast<UChar32>(c), error);
  if (!error) out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(len));
}

std::string encode(const std::u32string& s) {
  std::string out;
  out.reserve(s.size() + s.size() / 2);
  for (char32_t c : s) append_utf8(out, c);
  return out;
}

bool is_space_like(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\v' || c == U'\f' || c == U'\u00A0' ||
         (c >= U'\u2000' && c <= U'\u200A') || c == U'\u202F' || c == U'\u205F' || c == U'\u3000';
}
bool is_invisible(char32_t c) {
  return (c >= U'\u200B' && c <= U'\u200D') || c == U'\u2060' || c == U'\uFEFF' || c == U'\u00AD';
}
bool is_control(char32_t c) {
  return (c < 0x20 && c != U'\t' && c != U'\n' && c != U'\r' && c != U'\f') ||
         (c >= 0x7F && c <= 0x9F);
}
bool is_dash(char32_t c) {
  return c == U'-' || (c >= U'\u2010' && c <= U'\u2015') || c == U'\u2212' || c == U'\uFE58' ||
         c == U'\uFE63' || c == U'\uFF0D';
}
// Opening-looking, closing-looking and neutral double quotes.
int quote_shape(char32_t c) {
  switch (c) {
    case U'\u201C': case U'\u201E': case U'\u00AB': case U'\u301D': return 1;
    case U'\u201D': case U'\u201F': case U'\u00BB': case U'\u301E': return 2;
    case U'"': case U'\uFF02': case U'\u2033': return 3;
    default: return 0;
  }
}
bool is_single_quote(char32_t c) {
  return c == U'\u2018' || c == U'\u2019' || c == U'\u201A' || c == U'\u201B' || c == U'\u2032';
}

// "PCT.UBND", "PGĐ.CAT": a position's abbreviation glued to its unit by a dot.
bool ends_position_abbreviation(const std::u32string& s, size_t dot) {
  size_t b = dot;
  while (b > 0 && u_isupper(static_cast<UChar32>(s[b - 1]))) --b;
  const std::u32string w = s.substr(b, dot - b);
  return w == U"PCT" || w == U"CT" || w == U"PGĐ" || w == U"GĐ" || w == U"TT";
}

// ---- Legacy encodings and HTML ------------------------------------------------------------

// Windows-1258 (CP1258): Latin-1 except these, and tone marks written as separate combining
// characters after the vowel.
char32_t cp1258(uint8_t b) {
  static const char32_t k80[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                   0x02C6, 0x2030, 0,      0x2039, 0x0152, 0,      0,      0,
                                   0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                   0x02DC, 0x2122, 0,      0x203A, 0x0153, 0,      0,      0x0178};
  switch (b) {
    case 0xC3: return 0x0102;
    case 0xCC: return 0x0300;
    case 0xD0: return 0x0110;
    case 0xD2: return 0x0309;
    case 0xD5: return 0x01A0;
    case 0xDD: return 0x01AF;
    case 0xDE: return 0x0303;
    case 0xE3: return 0x0103;
    case 0xEC: return 0x0301;
    case 0xF0: return 0x0111;
    case 0xF2: return 0x0323;
    case 0xF5: return 0x01A1;
    case 0xFD: return 0x01B0;
    case 0xFE: return 0x20AB;
    default: break;
  }
  if (b >= 0x80 && b < 0xA0) return k80[b - 0x80] ? k80[b - 0x80] : U'\uFFFD';
  return b;
}
bool cp1258_tone(uint8_t b) { return b == 0xCC || b == 0xEC || b == 0xD2 || b == 0xDE || b == 0xF2; }
bool vowel_byte(uint8_t b) {
  return std::strchr("aeiouyAEIOUY", b) != nullptr || b == 0xE2 || b == 0xEA || b == 0xF4 || b == 0xC2 ||
         b == 0xCA || b == 0xD4 || b == 0xE3 || b == 0xC3 || b == 0xF5 || b == 0xD5 || b == 0xFD || b == 0xDD;
}
// TCVN3 (ABC) letters that Vietnamese needs all the time: ă â ê ô ơ ư đ and their capitals.
bool tcvn3_letter_byte(uint8_t b) { return (b >= 0xA1 && b <= 0xAE) || b == 0xA7; }

// Bytes that are not UTF-8: Windows-1258 is converted (tone bytes follow vowels); anything
// else is refused with the encoding it most likely is.
std::string from_legacy_bytes(std::string_view in, std::vector<std::string>* notes) {
  size_t tones = 0, tcvn = 0, high = 0;
  const auto* p = reinterpret_cast<const uint8_t*>(in.data());
  for (size_t i = 0; i < in.size(); ++i) {
    if (p[i] < 0x80) continue;
    ++high;
    if (cp1258_tone(p[i]) && i > 0 && vowel_byte(p[i - 1])) ++tones;
    if (tcvn3_letter_byte(p[i])) ++tcvn;
  }
  if (tones >= 3 && tones * 4 >= high && tones > tcvn) {
    std::string out;
    out.reserve(in.size() * 2);
    for (size_t i = 0; i < in.size(); ++i) append_utf8(out, cp1258(p[i]));
    if (notes) notes->push_back("Văn bản ở bảng mã Windows-1258 đã được chuyển sang UTF-8; hãy kiểm tra lại dấu.");
    return to_nfc(out);
  }
  if (tcvn >= 3 && tcvn * 5 >= high) {
    throw Error::Invalid(
        "Văn bản có vẻ được gõ bằng bảng mã TCVN3 (ABC, phông .VnTime): hãy chuyển sang Unicode "
        "(ví dụ bằng công cụ chuyển mã của Unikey) rồi dán lại.");
  }
  throw Error::Invalid(
      "Văn bản không phải UTF-8 hợp lệ (có thể đang ở bảng mã Windows-1258, VNI hoặc Latin-1); "
      "hãy lưu lại tệp ở dạng UTF-8.");
}

// TCVN3 text pasted through a Latin-1 view is valid UTF-8 but reads "C«ng an tØnh": many
// Latin-1 signs Vietnamese never uses, and none of its own letters (ă, ơ, ư, đ, ạ…).
void refuse_tcvn3_letters(const std::u32string& s) {
  size_t odd = 0, vietnamese = 0, letters = 0;
  for (char32_t c : s) {
    if (c >= 0x0102 && c <= 0x01B0) ++vietnamese;
    else if (c >= 0x1EA0 && c <= 0x1EF9) ++vietnamese;
    if (u_isalpha(static_cast<UChar32>(c))) ++letters;
    static const std::u32string kOdd = U"¨©ª«¬­®µ¶·¸¹»¼½¾ÆÇËÎÏÑÖ×ØÛÜßåæçëîïñö÷øûüþÿ";
    if (c >= 0xA0 && c <= 0xFF && kOdd.find(c) != std::u32string::npos) ++odd;
  }
  if (odd >= 5 && odd * 50 >= letters && vietnamese * 4 < odd) {
    throw Error::Invalid(
        "Văn bản có vẻ được gõ bằng bảng mã TCVN3 (ABC, phông .VnTime) và dán như chữ Latin-1 "
        "(“C«ng an tØnh”): hãy chuyển sang Unicode rồi dán lại.");
  }
}

// (s21-lead) A text copied out of a web address or a form's encoded body: "bảo vê%3ḅ an ninh",
// "t%C3%B4i" — percent signs followed by two hexadecimal digits where no number stands before
// them (a rate is "75%", "100% CBCS"), or chained ("%C3%B4"), or right after a letter. Read as plain, its words are cut
// and its names lost; it is refused with its own message, like the other bad encodings.
void refuse_url_escapes(std::string_view s) {
  auto hex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
  size_t escapes = 0;
  size_t last_escape_end = std::string_view::npos;
  for (size_t i = 0; i + 2 < s.size(); ++i) {
    if (s[i] != '%' || !hex(s[i + 1])) continue;
    // "tê%3ḅ": an escape whose second digit took a tone mark is still one after a letter
    const unsigned char before = i > 0 ? static_cast<unsigned char>(s[i - 1]) : ' ';
    const bool after_letter = std::isalpha(before) || before >= 0x80;
    if (!hex(s[i + 2]) && !after_letter) continue;
    const bool after_number = std::isdigit(before) && last_escape_end != i;
    if (!after_number) ++escapes;
    last_escape_end = i + 3;
  }
  if (escapes >= 3) {
    throw Error::Invalid(
        "Văn bản có vẻ đã bị mã hóa URL (có các chuỗi như “%3b”, “%C3%B4” thay cho chữ): hãy sao chép "
        "lại nội dung từ trang gốc, không từ thanh địa chỉ hay mã nguồn, rồi dán lại.");
  }
}

// A text copied from a web page's source: "<p>…</p>", "<br>", "&nbsp;".
bool looks_like_html(std::string_view s) {
  size_t tags = 0;
  for (size_t i = 0; i + 2 < s.size() && tags < 2; ++i) {
    if (s[i] != '<') continue;
    const size_t j = s[i + 1] == '/' ? i + 2 : i + 1;
    if (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) {
      size_t k = j;
      while (k < s.size() && std::isalnum(static_cast<unsigned char>(s[k]))) ++k;
      if (k < s.size() && (s[k] == '>' || s[k] == ' ' || s[k] == '/')) ++tags;
    }
  }
  return tags >= 2;
}

std::string strip_html(std::string_view s) {
  static const char* const kBlocks[] = {"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
                                        "ul", "ol", "table", "section", "article", "blockquote", "title"};
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '<') {
      const size_t close = s.find('>', i);
      if (close == std::string_view::npos) break;
      std::string name;
      size_t k = i + 1;
      if (k < close && s[k] == '/') ++k;
      while (k < close && std::isalnum(static_cast<unsigned char>(s[k])))
        name += static_cast<char>(std::tolower(static_cast<unsigned char>(s[k++])));
      if ((name == "script" || name == "style") && s[i + 1] != '/') {
        const size_t end = s.find("</" + name, close);
        i = end == std::string_view::npos ? s.size() : s.find('>', end) + 1;
        continue;
      }
      for (const char* b : kBlocks)
        if (name == b) out += '\n';
      i = close + 1;
      continue;
    }
    if (s[i] == '&') {
      const size_t semi = s.find(';', i);
      if (semi != std::string_view::npos && semi - i <= 8) {
        const std::string_view e = s.substr(i + 1, semi - i - 1);
        std::string rep;
        if (e == "nbsp") rep = " ";
        else if (e == "amp") rep = "&";
        else if (e == "lt") rep = "<";
        else if (e == "gt") rep = ">";
        else if (e == "quot") rep = "\"";
        else if (e == "apos") rep = "'";
        else if (!e.empty() && e[0] == '#') {
          const bool hex = e.size() > 1 && (e[1] == 'x' || e[1] == 'X');
          const long cp = std::strtol(std::string(e.substr(hex ? 2 : 1)).c_str(), nullptr, hex ? 16 : 10);
          if (cp > 0 && cp < 0x110000) append_utf8(rep, static_cast<char32_t>(cp));
        }
        if (!rep.empty()) {
          out += rep;
          i = semi + 1;
          continue;
        }
      }
    }
    out += s[i++];
  }
  return out;
}

void validate(std::string_view in) {
  if (in.empty()) throw Error::Invalid("Văn bản trống: không có gì để phân tích.");
  if (in.find('\0') != std::string_view::npos) {
    throw Error::Invalid("Tệp có vẻ là dữ liệu nhị phân (chứa byte NUL), không phải văn bản.");
  }
  size_t total = 0, control = 0, visible = 0;
  const auto* p = reinterpret_cast<const uint8_t*>(in.data());
  const int32_t n = static_cast<int32_t>(in.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    ++total;
    if (is_control(static_cast<char32_t>(c))) ++control;
    else if (!u_isUWhiteSpace(c) && !is_invisible(static_cast<char32_t>(c))) ++visible;
  }
  if (control * 10 > total) {
    throw Error::Invalid("Tệp có vẻ là dữ liệu nhị phân (nhiều ký tự điều khiển), không phải văn bản.");
  }
  if (visible == 0) throw Error::Invalid("Văn bản trống: chỉ có khoảng trắng.");
}

// Collapses runs of spaces and trims.
std::u32string squeeze(const std::u32string& s) {
  std::u32string out;
  out.reserve(s.size());
  bool pending = false;
  for (char32_t c : s) {
    if (c == U' ') {
      pending = !out.empty();
      continue;
    }
    if (pending) out.push_back(U' ');
    pending = false;
    out.push_back(c);
  }
  return out;
}

// Dashes: a dash at the start of a line is a bullet ("- "); one touching white space on either
// side separates words or dates and gets a space on both sides; one inside a word stays.
std::u32string space_dashes(const std::u32string& s) {
  std::u32string out;
  out.reserve(s.size() + 8);
  for (size_t k = 0; k < s.size(); ++k) {
    if (s[k] != U'-') {
      out.push_back(s[k]);
      continue;
    }
    size_t after = k;
    while (after + 1 < s.size() && s[after + 1] == U'-') ++after;  // "--" is one dash
    const bool left = out.empty() || out.back() == U' ';
    const bool right = after + 1 >= s.size() || s[after + 1] == U' ';
    if (out.empty() || left || right) {
      if (!out.empty() && out.back() != U' ') out.push_back(U' ');
      out.push_back(U'-');
      size_t next = after + 1;
      while (next < s.size() && s[next] == U' ') ++next;
      if (next < s.size()) out.push_back(U' ');
      k = next - 1;
    } else {
      out.push_back(U'-');
      k = after;
    }
  }
  return out;
}

// Every double quote becomes “ or ”, decided by what touches it: “ after a space or bracket
// and before a letter, ” after a letter and before a space or stop; in between, the glyph the
// writer chose, and for a straight quote whether a quote is open.
std::u32string direct_quotes(const std::u32string& typed) {
  // ''50 ngày thi đua'': two apostrophes typed for a double quote are one.
  std::u32string s;
  s.reserve(typed.size());
  for (size_t k = 0; k < typed.size(); ++k) {
    if (typed[k] == U'\'' && k + 1 < typed.size() && typed[k + 1] == U'\'') {
      s.push_back(U'"');
      ++k;
    } else if (typed[k] == U'"' && k + 2 < typed.size() && typed[k + 1] == U'"' &&
               (k == 0 || typed[k - 1] == U' ' || typed[k - 1] == U'(') && u_isalpha(static_cast<UChar32>(typed[k + 2]))) {
      // (s24-kind) phong trào ""Toàn dân bảo vệ an ninh Tổ quốc": a double quote typed twice before
      // a name opens it once.
      s.push_back(U'"');
      ++k;
    } else {
      s.push_back(typed[k]);
    }
  }
  auto blank_before = [](char32_t c) {
    return c == U' ' || c == U'(' || c == U'[' || c == U'{' || c == U'-' || c == U':' ||
           c == kOpenQuote;
  };
  auto blank_after = [](char32_t c) {
    return c == U' ' || c == U',' || c == U'.' || c == U';' || c == U':' || c == U'!' ||
           c == U'?' || c == U')' || c == U']' || c == U'}' || c == U'\u2026' || c == kCloseQuote;
  };
  // ‘Vì an ninh Tổ quốc’, 'Dạy tốt, học tốt': a name in single quotes, the opening one after a
  // space and before a letter, the closing one on the same line after a letter and before a
  // space or a stop, is quoted as with double quotes (an apostrophe inside a word is neither).
  for (size_t k = 0; k + 1 < s.size(); ++k) {
    if (s[k] != U'\'' || !(k == 0 || blank_before(s[k - 1])) || !u_isalpha(static_cast<UChar32>(s[k + 1]))) continue;
    for (size_t m = k + 2; m < s.size() && m - k < 300 && s[m] != U'\n'; ++m) {
      if (s[m] != U'\'') continue;
      if (u_isalpha(static_cast<UChar32>(s[m - 1])) && (m + 1 >= s.size() || blank_after(s[m + 1]) || s[m + 1] == U'\n')) {
        s[k] = U'"';
        s[m] = U'"';
        k = m;
      }
      break;
    }
  }
  std::u32string out = s;
  bool open = false;
  for (size_t k = 0; k < out.size(); ++k) {
    const int shape = quote_shape(out[k]);
    if (shape == 0) continue;
    const bool pb = k == 0 || blank_before(out[k - 1]);
    const bool na = k + 1 >= out.size() || blank_after(s[k + 1]);
    bool opening;
    if (pb && !na) opening = true;
    else if (!pb && na) opening = false;
    else if (shape == 1) opening = true;
    else if (shape == 2) opening = false;
    else opening = !open;
    open = opening;
    out[k] = opening ? kOpenQuote : kCloseQuote;
  }
  return out;
}

const icu::Normalizer2& nfd_instance() {
  UErrorCode st = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(st);
  if (U_FAILURE(st)) throw Error(ErrorCode::kInternal, "ICU NFD unavailable");
  return *n;
}
const icu::Normalizer2& nfc_instance() {
  UErrorCode st = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(st);
  if (U_FAILURE(st)) throw Error(ErrorCode::kInternal, "ICU NFC unavailable");
  return *n;
}

std::string compute_word_key(std::string_view word) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  u.toLower(icu::Locale::getRoot());
  UErrorCode st = U_ZERO_ERROR;
  icu::UnicodeString d = nfd_instance().normalize(u, st);
  icu::UnicodeString base;
  char tone = 0;
  for (int32_t i = 0; i < d.length();) {
    const UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    switch (c) {
      case 0x0300: case 0x0340: tone = '1'; break;  // huyền
      case 0x0301: case 0x0341: tone = '2'; break;  // sắc
      case 0x0309: tone = '3'; break;               // hỏi
      case 0x0303: tone = '4'; break;               // ngã
      case 0x0323: tone = '5'; break;               // nặng
      default: base.append(c);
    }
  }
  st = U_ZERO_ERROR;
  icu::UnicodeString c = nfc_instance().normalize(base, st);
  std::string out;
  c.toUTF8String(out);
  if (tone) out.push_back(tone);
  return out;
}

// ---- Tokenizer -------------------------------------------------------------------------------

bool is_word_char(UChar32 c) {
  if (u_isalpha(c)) return true;
  const int8_t t = u_charType(c);
  return t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK;
}

void tokenise_line(std::string_view line, uint32_t base, int32_t line_index,
                   std::vector<Token>& out) {
  const auto* p = reinterpret_cast<const uint8_t*>(line.data());
  const int32_t n = static_cast<int32_t>(line.size());
  bool space = true;
  for (int32_t i = 0; i < n;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c == ' ') {
      space = true;
      continue;
    }
    Token t;
    t.begin = base + static_cast<uint32_t>(start);
    t.space_before = space;
    t.line = line_index;
    space = false;
    if (c >= '0' && c <= '9') {
      while (i < n && p[i] >= '0' && p[i] <= '9') ++i;
      t.kind = TokenKind::kNumber;
      t.key.assign(line.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
    } else if (is_word_char(c)) {
      int letters = 1, upper = u_isupper(c) || u_istitle(c) ? 1 : 0;
      t.capitalised = upper == 1;
      int32_t j = i;
      while (j < n) {
        UChar32 d;
        int32_t k = j;
        U8_NEXT(p, k, n, d);
        if (!is_word_char(d)) break;
        if (u_isalpha(d)) {
          ++letters;
          if (u_isupper(d)) ++upper;
        }
        j = k;
      }
      i = j;
      t.kind = TokenKind::kWord;
      t.all_caps = letters >= 2 && upper == letters;
      t.key = word_key(line.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
    } else {
      t.kind = TokenKind::kPunct;
      t.key.assign(line.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)));
    }
    t.end = base + static_cast<uint32_t>(i);
    out.push_back(std::move(t));
  }
}

bool is_roman(std::string_view w) {
  static const char* const kRoman[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII",
                                       "IX", "X", "XI", "XII", "XIII", "XIV", "XV"};
  for (const char* r : kRoman)
    if (w == r) return true;
  return false;
}

// Reads a list marker at the start of a line: "II.", "1.", "1.2.", "2)", "a)", "-", "+", "•".
void read_marker(const Document& doc, Line& line) {
  const int32_t f = line.first;
  if (f >= line.last) return;
  const Token& t = doc.tokens[f];
  const std::string_view w = doc.text_of(f, f + 1);
  auto has_space_after = [&](int32_t k) { return k < line.last && doc.tokens[k].space_before; };
  if (t.kind == TokenKind::kWord && is_roman(w) && (doc.is_punct(f + 1, ".") || doc.is_punct(f + 1, ")")) &&
      has_space_after(f + 2)) {
    line.marker = std::string(w);
    line.level = 1;
    line.first = f + 2;
    return;
  }
  if (t.kind == TokenKind::kNumber && t.key.size() <= 2) {
    int32_t k = f + 1;
    int depth = 0;
    while (doc.is_punct(k, ".") && doc.glued(k) && doc.is_number(k + 1) && doc.glued(k + 1) &&
           doc.key(k + 1).size() <= 2) {
      k += 2;
      ++depth;
    }
    // (s20-contents) "1.Triển khai …" with no space after the stop: a list marker too when a
    // capitalised word follows.
    const auto capital_after = [&](int32_t j) {
      return j < line.last && doc.tokens[j].kind == TokenKind::kWord && doc.tokens[j].capitalised;
    };
    if ((doc.is_punct(k, ".") || doc.is_punct(k, ")")) && doc.glued(k) &&
        (has_space_after(k + 1) || (depth == 0 && capital_after(k + 1)))) {
      line.marker = std::string(doc.text_of(f, k));
      line.level = 2 + std::min(depth, 1);
      line.first = k + 1;
      return;
    }
    // (s24-contents) "1- Phát huy …", "2- Tập trung …" (spaced as "1 - " by space_dashes): a number of one
    // or two figures, a dash and a capitalised word number an item as "1." does ("1-12/2023", glued on
    // both sides, stays a date).
    // (s24-form) "1/ Tổ chức …", "2/ Làm …": a number, a slash glued to it and a space before a
    // capitalised word ("1/5", glued on both sides, stays a date).
    if (depth == 0 && doc.is_punct(k, "/") && doc.glued(k) && has_space_after(k + 1) && capital_after(k + 1)) {
      line.marker = std::string(doc.text_of(f, k));
      line.level = 2;
      line.first = k + 1;
      return;
    }
    if (depth == 0 && doc.is_punct(k, "-") && capital_after(k + 1)) {
      line.marker = std::string(doc.text_of(f, k));
      line.level = 2;
      line.first = k + 1;
      return;
    }
  }
  if (t.kind == TokenKind::kWord && !t.capitalised && w.size() <= 2 && t.key.size() <= 2 &&
      (doc.is_punct(f + 1, ")") || doc.is_punct(f + 1, ".")) && doc.glued(f + 1) && has_space_after(f + 2)) {
    line.marker = std::string(w);
    line.level = 4;
    line.first = f + 2;
    return;
  }
  if (t.kind == TokenKind::kPunct && (t.key == "-" || t.key == "+" || t.key == "\u2022" ||
                                      t.key == "*" || t.key == "\u00B7")) {
    line.marker = t.key;
    line.level = 5;
    line.first = f + 1;
  }
}

void mark_heading(const Document& doc, Line& line) {
  int words = 0, caps = 0;
  for (int32_t i = line.first; i < line.last; ++i) {
    if (doc.tokens[i].kind != TokenKind::kWord) continue;
    ++words;
    if (doc.tokens[i].all_caps || (doc.tokens[i].capitalised && doc.text_of(i, i + 1).size() <= 2)) ++caps;
  }
  if (words == 0) return;
  if (caps == words && words >= 1) {
    line.heading = true;
    return;
  }
  const bool final_stop = doc.is_punct(line.last - 1, ".") || doc.is_punct(line.last - 1, ";") ||
                          doc.is_punct(line.last - 1, ",");
  line.heading = line.level >= 1 && line.level <= 3 && !final_stop && line.last - line.first <= 14;
}

bool is_quote_mark(const Document& doc, int32_t i, char32_t mark) {
  std::string m;
  append_utf8(m, mark);
  return doc.is_punct(i, m);
}

// Pairs “ with ” on one line. A quote left open ends at the first ", " or "; " followed by a
// lower-case word, or at a sentence stop followed by a capital, or at the next “, or at the end
// of the line: writers forget the closing mark but keep the clause punctuation.
void pair_quotes(Document& doc, const Line& line) {
  int32_t open = -1;
  auto close_unclosed = [&](int32_t limit) {
    int32_t last = limit;
    // (s25-movement) "với chủ đề: “Đoàn kết, trách nhiệm, sáng tạo, Quyết thắng." — a motto of three or more
    // short words or pairs separated by commas, to the sentence's stop: the list is the quote, not its
    // first item.
    {
      int32_t stop = limit, chunks = 1, words = 0;
      bool short_items = true;
      for (int32_t k = open + 1; k < limit && short_items; ++k) {
        if ((doc.is_punct(k, ".") || doc.is_punct(k, "!") || doc.is_punct(k, "?")) &&
            (k + 1 >= limit || (doc.tokens[k + 1].space_before && doc.tokens[k + 1].capitalised))) {
          stop = k;
          break;
        }
        if (doc.is_punct(k, ",")) {
          short_items = words >= 1 && words <= 3;
          ++chunks;
          words = 0;
        } else if (doc.is_word(k)) {
          ++words;
        } else {
          short_items = false;
        }
      }
      if (short_items && words >= 1 && words <= 3 && chunks >= 3) {
        doc.quote_at[open] = static_cast<int32_t>(doc.quotes.size());
        doc.quotes.push_back(Quote{open, open + 1, stop, false});
        return;
      }
    }
    for (int32_t k = open + 1; k < limit; ++k) {
      const bool clause = doc.is_punct(k, ",") || doc.is_punct(k, ";");
      if (clause && doc.is_word(k + 1) && k + 1 < limit && !doc.tokens[k + 1].capitalised) {
        last = k;
        break;
      }
      if ((doc.is_punct(k, ".") || doc.is_punct(k, "!") || doc.is_punct(k, "?")) && k + 1 < limit &&
          doc.tokens[k + 1].space_before && doc.tokens[k + 1].capitalised) {
        last = k;
        break;
      }
    }
    doc.quote_at[open] = static_cast<int32_t>(doc.quotes.size());
    doc.quotes.push_back(Quote{open, open + 1, last, false});
  };
  for (int32_t i = line.first; i < line.last; ++i) {
    if (is_quote_mark(doc, i, kOpenQuote)) {
      if (open >= 0) close_unclosed(i);
      open = i;
    } else if (is_quote_mark(doc, i, kCloseQuote) && open >= 0) {
      doc.quote_at[open] = static_cast<int32_t>(doc.quotes.size());
      doc.quotes.push_back(Quote{open, open + 1, i, true});
      open = -1;
    }
  }
  if (open >= 0) close_unclosed(line.last);
}

bool is_abbreviation_before_stop(const Document& doc, int32_t i) {
  if (!doc.is_word(i)) return false;
  static const char* const kAbbrev[] = {"tp", "tx", "ts", "ths", "pgs", "gs", "bs", "ks", "cn",
                                        "st", "v", "kt", "tm", "q", "đ/c", "ttg", "bca"};
  const std::string& k = doc.key(i);
  for (const char* a : kAbbrev)
    if (k == a) return true;
  return doc.text_of(i, i + 1).size() <= 2 && doc.tokens[i].capitalised;  // an initial: "A."
}

void split_sentences(Document& doc, const Line& line, int32_t line_index) {
  int32_t start = line.first;
  auto emit = [&](int32_t end) {
    if (end <= start) return;
    const int32_t index = static_cast<int32_t>(doc.sentences.size());
    doc.sentences.push_back(Sentence{start, end, line_index});
    for (int32_t k = start; k < end; ++k) doc.tokens[k].sentence = index;
    start = end;
  };
  for (int32_t i = line.first; i < line.last; ++i) {
    if (const Quote* q = doc.quote_opening(i)) {
      i = std::max(i, q->last - 1);  // no sentence ends inside a quote
      continue;
    }
    const bool stop = doc.is_punct(i, ".") || doc.is_punct(i, "!") || doc.is_punct(i, "?") ||
                      doc.is_punct(i, "\u2026");
    if (!stop) continue;
    int32_t j = i + 1;
    while (j < line.last && doc.glued(j) &&
           (doc.is_punct(j, ".") || doc.is_punct(j, ")") || is_quote_mark(doc, j, kCloseQuote) ||
            doc.is_punct(j, "!") || doc.is_punct(j, "?"))) {
      ++j;
    }
    if (j >= line.last) break;
    const Token& next = doc.tokens[j];
    if (!next.space_before) continue;
    const bool opener = next.capitalised || next.kind == TokenKind::kNumber ||
                        is_quote_mark(doc, j, kOpenQuote) || doc.is_punct(j, "(") || doc.is_punct(j, "-");
    if (!opener) continue;
    if (doc.is_punct(i, ".") && is_abbreviation_before_stop(doc, i - 1) && doc.glued(i)) continue;
    emit(j);
    i = j - 1;
  }
  emit(line.last);
}

}  // namespace

std::string word_key(std::string_view word) {
  thread_local std::unordered_map<std::string, std::string> cache;
  auto it = cache.find(std::string(word));
  if (it != cache.end()) return it->second;
  if (cache.size() > 200000) cache.clear();
  std::string k = compute_word_key(word);
  cache.emplace(std::string(word), k);
  return k;
}

std::vector<std::string> phrase_keys(std::string_view phrase) {
  std::vector<Token> tokens;
  const std::string nfc = to_nfc(phrase);
  tokenise_line(nfc, 0, 0, tokens);
  std::vector<std::string> keys;
  keys.reserve(tokens.size());
  for (Token& t : tokens) keys.push_back(std::move(t.key));
  return keys;
}

std::string title_case(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  u.toLower(icu::Locale::getRoot());
  bool start = true;
  icu::UnicodeString out;
  for (int32_t i = 0; i < u.length();) {
    const UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (start && u_isalpha(c)) {
      out.append(u_toupper(c));
      start = false;
    } else {
      out.append(c);
      if (!is_word_char(c)) start = true;
    }
  }
  std::string r;
  out.toUTF8String(r);
  return r;
}

std::string capitalise_first(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  if (u.isEmpty()) return std::string(s);
  const UChar32 c = u.char32At(0);
  icu::UnicodeString out;
  out.append(u_toupper(c));
  out.append(u, U16_LENGTH(c), u.length() - U16_LENGTH(c));
  std::string r;
  out.toUTF8String(r);
  return r;
}

std::string lower_case(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  u.toLower(icu::Locale::getRoot());
  std::string r;
  u.toUTF8String(r);
  return r;
}

namespace {

// What closes a sentence or a clause at the end of a line.
bool closes_sentence(char32_t c) {
  return c == U'.' || c == U'!' || c == U'?' || c == U':' || c == U';' || c == U'\u2026' || c == kCloseQuote || c == U'"';
}

// (session 22) A text whose lines were cut at a fixed width, mid-sentence — pasted from a PDF or
// a mail, "… Công an tỉnh\nNghệ An tổ chức …" — has many long lines of about one length that end
// without closing a sentence; a news text or a plan typed in a word processor has one line a
// paragraph. The width the lines were cut at, 0 when the text is not cut so; `ignore_blanks` reads
// lines pasted with a blank line after each as if none stood between them.
size_t hard_wrap_width(const std::vector<std::pair<std::u32string, bool>>& lines, bool ignore_blanks) {
  size_t widest = 0;
  for (const auto& [line, blank] : lines) widest = std::max(widest, line.size());
  if (widest < 40 || widest > 160) return 0;
  size_t long_lines = 0, open_ended = 0;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    const std::u32string& line = lines[i].first;
    if (line.size() * 4 < widest * 3 || (lines[i + 1].second && !ignore_blanks)) continue;
    ++long_lines;
    open_ended += !closes_sentence(line.back());
  }
  // Four such lines, half of them open-ended; or a short passage whose two or three long lines all are.
  return (long_lines >= 4 && open_ended * 2 >= long_lines) || (long_lines >= 2 && open_ended == long_lines) ? widest : 0;
}

// In a text cut at `width`: `next` goes on `line` (whose own last piece was `length` long) when that
// piece reached three quarters of the width without closing its sentence, is no heading in capitals,
// and `next` opens no item of a list ("1.", "a)", "-", "+", "•", "II.") and no sentence on its day
// ("Ngày 27-6, …"). The text's first line, its headline, goes on only from nine tenths of the width
// (a headline shorter than the lines of the text stands alone).
bool wrapped_on(const std::u32string& line, size_t length, const std::u32string& next, size_t width, bool headline) {
  if (length * 4 < width * 3 || (headline && length * 10 < width * 9) || closes_sentence(line.back())) return false;
  const auto all_caps = [](const std::u32string& s) {
    bool letter = false;
    for (char32_t c : s) {
      if (u_islower(static_cast<UChar32>(c))) return false;
      letter |= u_isalpha(static_cast<UChar32>(c)) != 0;
    }
    return letter;
  };
  if (all_caps(line) && !all_caps(next)) return false;
  const char32_t c = next[0];
  if (c == U'-' || c == U'+' || c == U'\u2022' || c == U'*') return false;
  if (c == U'(' && next.size() >= 3 && (next[2] == U')' || (next.size() >= 4 && next[3] == U')'))) return false;  // "(1)", "(a)", "(12)"
  size_t k = 0;
  while (k < next.size() && (u_isdigit(static_cast<UChar32>(next[k])) || next[k] == U'I' || next[k] == U'V' || next[k] == U'X')) ++k;
  if (k > 0 && k <= 4 && k < next.size() && (next[k] == U'.' || next[k] == U')')) return false;  // "1.", "II.", "2)"
  if (next.size() >= 2 && u_isalpha(static_cast<UChar32>(c)) && next[1] == U')') return false;    // "a)"
  // A sentence opening on its day ("Ngày 27-6, …", "Sáng 5/3 …") starts a paragraph.
  static const std::u32string kDayWords[] = {U"Ngày ", U"Sáng ", U"Chiều ", U"Tối ", U"Trưa ", U"Đêm "};
  for (const std::u32string& w : kDayWords)
    if (next.size() > w.size() && next.compare(0, w.size(), w) == 0 && u_isdigit(static_cast<UChar32>(next[w.size()])))
      return false;
  return true;
}

// ---- A web page around the article (session 22) -------------------------------------------------
// An article pasted with its page brings the page's own lines: the site's menu and breadcrumb, the
// share, print and view-count line, the tags, the photographer's credit, the source and the reporter,
// "Tin liên quan" with other articles' headlines — other units, other days, other events — and the
// footer with its address and licence. None is a line of the article; they are dropped before the
// lines are read. Their words are the tables below; a line is the page's only when all its words are.

std::u32string lower32(std::u32string_view s) {
  std::u32string out(s);
  for (char32_t& c : out) c = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
  return out;
}

// The words of a line in lower case; a run of digits is a word.
std::vector<std::u32string> words32(std::u32string_view line) {
  std::vector<std::u32string> out;
  std::u32string w;
  for (char32_t c : line) {
    if (u_isalnum(static_cast<UChar32>(c)) || u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK) {
      w.push_back(static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
    } else if (!w.empty()) {
      out.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) out.push_back(std::move(w));
  return out;
}

bool is_number32(const std::u32string& w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; });
}

// Every word of `line` is a number or one of `phrases` (greedy, longest first), and one phrase is there.
bool all_phrases(std::u32string_view line, std::span<const std::u32string_view> phrases) {
  const std::vector<std::u32string> w = words32(line);
  bool any = false;
  for (size_t i = 0; i < w.size();) {
    if (is_number32(w[i])) {
      ++i;
      continue;
    }
    size_t best = 0;
    for (std::u32string_view p : phrases) {
      size_t n = 0, k = i, pos = 0;
      while (pos <= p.size() && k < w.size()) {
        const size_t sp = std::min(p.find(U' ', pos), p.size());
        if (p.substr(pos, sp - pos) != w[k]) break;
        ++k;
        ++n;
        pos = sp + 1;
      }
      if (pos > p.size() && n > best) best = n;
    }
    if (best == 0) return false;
    any = true;
    i += best;
  }
  return any;
}

bool starts_with32(std::u32string_view line, std::span<const std::u32string_view> heads) {
  const std::u32string low = lower32(line.substr(0, 40));
  for (std::u32string_view h : heads)
    if (low.size() >= h.size() && std::u32string_view(low).substr(0, h.size()) == h) return true;
  return false;
}

// Share, comment, print, view-count and font-size words: "Chia sẻ  Bình luận (0)", "Lượt xem: 1.234".
constexpr std::u32string_view kShareWords[] = {
    U"chia sẻ", U"bình luận", U"in bài viết", U"in bài", U"in", U"bản in", U"gửi email", U"gửi bài viết",
    U"gửi", U"email", U"e mail", U"lưu bài viết", U"lưu", U"quay lại", U"về đầu trang", U"đầu trang",
    U"lượt xem", U"lượt đọc", U"lượt thích", U"lượt chia sẻ", U"xem", U"facebook", U"zalo", U"twitter",
    U"tweet", U"like", U"share", U"thích", U"theo dõi", U"phản hồi", U"góp ý", U"cỡ chữ", U"google news",
    U"nghe bài viết", U"nghe", U"đọc bài viết", U"sao chép liên kết", U"copy link", U"print", U"a"};
// A reporter's credit standing alone: "PV", "Nhóm PV", "PV - CTV", "Tin, ảnh: …" is a credit too.
constexpr std::u32string_view kReporterWords[] = {
    U"pv", U"ctv", U"btv", U"ttxvn", U"nhóm pv", U"nhóm phóng viên", U"phóng viên", U"cộng tác viên",
    U"biên tập viên", U"và"};
// A credit opening a line: "Ảnh: PV", "Tin, ảnh: Minh Hằng", "Bài và ảnh: …".
constexpr std::u32string_view kCreditHeads[] = {U"ảnh:", U"(ảnh:", U"tin, ảnh:", U"tin và ảnh:", U"bài, ảnh:",
                                                U"bài và ảnh:", U"bài và ảnh :", U"tin ảnh:", U"nguồn ảnh:"};
// Tags: "Từ khóa: thi đua, Công an".
constexpr std::u32string_view kTagHeads[] = {U"từ khóa:", U"từ khoá:", U"từ khóa :", U"tags:", U"tag:",
                                             U"thẻ:", U"từ khóa liên quan"};
// What heads other articles' headlines: "Tin liên quan", "Tin cùng chuyên mục", "Xem thêm".
constexpr std::u32string_view kRelatedHeads[] = {
    U"tin liên quan", U"tin cùng chuyên mục", U"cùng chuyên mục", U"tin khác", U"các tin khác", U"xem thêm",
    U"đọc thêm", U"bài liên quan", U"bài viết liên quan", U"tin bài liên quan", U"các bài viết khác",
    U"bài viết khác", U"tin mới", U"tin mới nhất", U"tin mới hơn", U"tin cũ hơn", U"tin đã đưa",
    U"các tin đã đưa", U"tin đọc nhiều", U"đọc nhiều", U"xem nhiều", U"tin xem nhiều", U"tin nổi bật",
    U"có thể bạn quan tâm", U"bạn có thể quan tâm", U"tin tức liên quan", U"tin cùng loại"};
// A site's footer: "Bản quyền thuộc …", "Địa chỉ: …", "Giấy phép số …", and its source line at the end
// of the article: "Theo Báo Nghệ An", "(Nguồn: …)".
constexpr std::u32string_view kFooterHeads[] = {
    U"bản quyền", U"©", U"copyright", U"giấy phép", U"địa chỉ:", U"địa chỉ :", U"điện thoại:", U"đt:",
    U"fax:", U"email:", U"e-mail:", U"tổng biên tập", U"phó tổng biên tập", U"chịu trách nhiệm",
    U"cơ quan chủ quản", U"ghi rõ nguồn", U"website:", U"hotline:", U"đường dây nóng", U"nguồn:", U"(nguồn",
    U"nguồn tin:"};
// "Theo Báo Nghệ An", "Theo TTXVN": a source of a few words, no clause ("Theo báo cáo, …" is the article's).
constexpr std::u32string_view kSourceHeads[] = {U"theo báo ", U"theo cổng thông tin", U"theo trang thông tin",
                                                U"theo tạp chí", U"theo đài ", U"theo ttxvn", U"theo vov",
                                                U"theo vtv", U"theo baomoi"};
// A site's name over its page: "CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH …", "Báo điện tử …".
constexpr std::u32string_view kSiteHeads[] = {U"cổng thông tin", U"trang thông tin điện tử", U"báo điện tử",
                                              U"tạp chí điện tử", U"trang tin điện tử"};

// What stands beside a clock time with no day: "Cập nhật: 14:05 (GMT+7)", "Đăng lúc 08:30 SA".
constexpr std::u32string_view kClockWords[] = {U"gmt", U"sa", U"ch", U"am", U"pm", U"cập nhật", U"đăng", U"lúc",
                                               U"ngày đăng", U"đăng lúc", U"giờ"};

size_t count_words(std::u32string_view line) { return words32(line).size(); }

bool ends_stop(std::u32string_view line) {
  return !line.empty() && (line.back() == U'.' || line.back() == U'!' || line.back() == U'?' || line.back() == U';' ||
                           line.back() == U':' || line.back() == U'\u2026');
}

// "Thời sự | Pháp luật | Kinh tế", "Trang chủ > Tin tức > An ninh trật tự": two or more pieces of a
// few words, no digit in them, between bars or arrows.
bool menu_line(std::u32string_view line) {
  std::vector<std::u32string_view> pieces;
  size_t start = 0;
  for (size_t i = 0; i <= line.size(); ++i) {
    const bool sep = i == line.size() || line[i] == U'|' || line[i] == U'\u00BB' || line[i] == U'\u203A' ||
                     (line[i] == U'>' && i > 0 && line[i - 1] == U' ');
    if (!sep) continue;
    std::u32string_view piece = line.substr(start, i - start);
    while (!piece.empty() && piece.front() == U' ') piece.remove_prefix(1);
    while (!piece.empty() && piece.back() == U' ') piece.remove_suffix(1);
    if (!piece.empty()) pieces.push_back(piece);
    start = i + 1;
  }
  if (pieces.size() < 2 || start == 0) return false;
  for (std::u32string_view p : pieces) {
    if (count_words(p) > 6 || ends_stop(p)) return false;
    if (std::any_of(p.begin(), p.end(), [](char32_t c) { return u_isdigit(static_cast<UChar32>(c)); })) return false;
  }
  return pieces.size() >= 2;
}

// A line of the page anywhere in it: a menu, a share line, tags, a reporter's or photographer's credit.
bool page_line(std::u32string_view line, bool menus = true) {
  // A share line holds no day or time: "22/08/2017 00:00 129 lượt xem" is the page's dateline, read so.
  bool time = false, day = false;
  int dots = 0;  // "23.02.2022" is a day, "1.234" a count
  for (size_t k = 1; k + 1 < line.size(); ++k) {
    if (!u_isdigit(static_cast<UChar32>(line[k - 1])) || !u_isdigit(static_cast<UChar32>(line[k + 1]))) continue;
    time |= line[k] == U':';
    day |= line[k] == U'/' || line[k] == U'-';
    dots += line[k] == U'.';
  }
  day |= dots >= 2;
  // "08:30", "Cập nhật: 14:05 (GMT+7)": a clock time alone, the day left on another line.
  const bool clock = time && !day && all_phrases(std::u32string(line) + U" gmt", kClockWords);
  if (clock || (menus && menu_line(line)) || (!time && !day && all_phrases(line, kShareWords)) || all_phrases(line, kReporterWords)) return true;
  if (starts_with32(line, kTagHeads)) return true;
  // "Ảnh: PV", "(Ảnh: Hoàng Nam)", "Tin, ảnh: Minh Hằng": a credit of a few capitalised words, no
  // caption ("Ảnh: Toàn cảnh Lễ ra mắt" describes the picture and stays).
  if (starts_with32(line, kCreditHeads) && count_words(line) <= 7) {
    bool names = true;
    size_t k = line.find(U':') + 1;
    while (k < line.size()) {
      while (k < line.size() && !u_isalpha(static_cast<UChar32>(line[k]))) ++k;
      if (k < line.size() && !u_isupper(static_cast<UChar32>(line[k]))) names = false;
      while (k < line.size() && line[k] != U' ' && line[k] != U'.') ++k;
    }
    if (names) return true;
  }
  return false;
}

// "Xem thêm: Công an tỉnh … phát động …", or the head alone ("Tin liên quan", "Tin khác:").
enum class Related { kNone, kHead, kInline };
Related related_line(std::u32string_view line) {
  std::u32string low = lower32(line);
  while (!low.empty() && (low.front() == U'>' || low.front() == U' ' || low.front() == U'-')) low.erase(0, 1);
  while (!low.empty() && (low.back() == U':' || low.back() == U' ')) low.pop_back();
  for (std::u32string_view h : kRelatedHeads) {
    if (low == h) return Related::kHead;
    if (low.size() > h.size() + 1 && std::u32string_view(low).substr(0, h.size()) == h &&
        (low[h.size()] == U':' || (low[h.size()] == U' ' && low[h.size() + 1] == U':')))
      return Related::kInline;
  }
  return Related::kNone;
}

// Another article's headline under "Tin liên quan": no sentence ends it, or its day in brackets does
// ("… (20/03/2024)").
bool headline_like(std::u32string_view line) {
  if (count_words(line) > 30) return false;
  if (!line.empty() && line.back() == U')') return true;
  return !ends_stop(line);
}

// (s23-parse) The form of a headline under "Tin liên quan": kTitleDated, its day at its end ("… (05/02/2025)",
// "… - 05/02/2025"); kTitleMarked, a mark before it ("- …", "• …", "> …"); 0, neither.
constexpr int kTitleDated = 1, kTitleMarked = 2;
int title_form(std::u32string_view line) {
  int form = 0;
  if (!line.empty() && (line.front() == U'-' || line.front() == U'\u2022' || line.front() == U'+' || line.front() == U'>' ||
                        line.front() == U'*' || line.front() == U'\u00B7' || line.front() == U'\u25AA'))
    form |= kTitleMarked;
  size_t e = line.size();
  while (e > 0 && (line[e - 1] == U')' || line[e - 1] == U' ')) --e;
  size_t b = e;
  while (b > 0 && (u_isdigit(static_cast<UChar32>(line[b - 1])) || line[b - 1] == U'/' || line[b - 1] == U'-' ||
                   line[b - 1] == U'.'))
    --b;
  const std::u32string_view tail = line.substr(b, e - b);
  if (std::count(tail.begin(), tail.end(), U'/') + std::count(tail.begin(), tail.end(), U'-') +
          std::count(tail.begin(), tail.end(), U'.') >= 1 &&
      std::count_if(tail.begin(), tail.end(), [](char32_t c) { return u_isdigit(static_cast<UChar32>(c)); }) >= 3)
    form |= kTitleDated;
  return form;
}

// "Trần Minh Đức - Công an tỉnh Hà Giang": a reporter's name (two to four capitalised words), a dash,
// the newsroom — at the end of the article.
bool byline(std::u32string_view line) {
  const size_t dash = line.find(U" - ");
  if (dash == std::u32string_view::npos || ends_stop(line) || count_words(line) > 12) return false;
  size_t names = 0;
  for (size_t k = 0; k < dash;) {
    while (k < dash && line[k] == U' ') ++k;
    if (k >= dash) break;
    if (!u_isupper(static_cast<UChar32>(line[k]))) return false;
    while (k < dash && line[k] != U' ') ++k;
    ++names;
  }
  return names >= 2 && names <= 4 && dash + 3 < line.size() && u_isupper(static_cast<UChar32>(line[dash + 3]));
}

// Drops the page's lines around the article (see above); true when some were dropped.
bool drop_page(std::vector<std::pair<std::u32string, bool>>& raw) {
  const size_t n = raw.size();
  std::vector<bool> drop(n, false);
  // (session 22) Menus and breadcrumbs stand above the article or below it: between its first and
  // its last sentence, or under a line ending in ":", a line of short pieces split by "|" is a
  // table's row ("Sở Tư pháp | Cụm trưởng"), not the page's.
  size_t first_sentence = n, last_sentence = 0;
  for (size_t i = 0; i < n; ++i)
    if (ends_stop(raw[i].first) && count_words(raw[i].first) >= 8) {
      first_sentence = std::min(first_sentence, i);
      last_sentence = i;
    }
  bool listing = false;  // the lines after one ending in ":" ("… gồm:"), while they are split alike
  for (size_t i = 0; i < n; ++i) {
    const std::u32string& line = raw[i].first;
    const bool menus = !listing && (i < first_sentence || i > last_sentence);
    // (s23-parse) … or under a group's name alone on its line ("Cụm thi đua số 5" over "Công an tỉnh A
    // | Cụm trưởng"), the heading of a table of its bodies and their roles.
    static constexpr std::u32string_view kGroupHeads[] = {U"cụm thi đua", U"khối thi đua"};
    const bool group_heading = starts_with32(line, kGroupHeads) && !ends_stop(line) && count_words(line) <= 12 &&
                               line.find(U'|') == std::u32string::npos;
    listing = line.back() == U':' || group_heading || (listing && menu_line(line));
    if (page_line(line, menus)) drop[i] = true;
    const Related r = related_line(line);
    if (r == Related::kInline) drop[i] = true;
    if (r != Related::kHead) continue;
    // The head and the headlines under it, up to a line of the article again.
    // (s23-parse) The box is its titles, written alike: when its first carries a day ("… (05/02/2025)")
    // or a mark ("- …"), a line without one over a paragraph of the article is the article's heading
    // again ("Ký kết giao ước thi đua", no stop), kept; when its titles stand one a line with no blank
    // between, so is such a line after a blank.
    drop[i] = true;
    size_t k = i + 1;
    // A paragraph of the article at line j: a sentence of eight words or more, no footer's.
    auto paragraph = [&](size_t j) {
      return j < n && ends_stop(raw[j].first) && count_words(raw[j].first) >= 8 && !page_line(raw[j].first) &&
             !starts_with32(raw[j].first, kFooterHeads);
    };
    int form = -1;       // the first title's form (title_form), -1 before it
    int titles = 0;
    bool tight = false;  // the second title follows the first with no blank line
    while (k < n) {
      const std::u32string& l = raw[k].first;
      const bool page = page_line(l) || starts_with32(l, kFooterHeads) || related_line(l) != Related::kNone;
      if (!page) {
        if (!headline_like(l)) break;
        const int f = title_form(l);
        if (form < 0) form = f;
        else if (((form && !(f & form)) || (tight && raw[k].second)) && paragraph(k + 1)) break;
        if (++titles == 2) tight = !raw[k].second;
      }
      drop[k++] = true;
    }
    i = k - 1;
  }
  // The end: the footer, the source, the byline, under the article's last line.
  for (size_t i = n; i-- > 1;) {
    const std::u32string& line = raw[i].first;
    if (drop[i]) continue;
    const bool source = starts_with32(line, kSourceHeads) && count_words(line) <= 10 && !ends_stop(line) &&
                        line.find(U',') == std::u32string::npos;
    if (starts_with32(line, kFooterHeads) || source || byline(line)) {
      drop[i] = true;
      continue;
    }
    break;
  }
  // The top: the site's name over the headline.
  for (size_t i = 0; i + 1 < n; ++i) {
    if (drop[i]) continue;
    if (starts_with32(raw[i].first, kSiteHeads) && !ends_stop(raw[i].first) && count_words(raw[i].first) <= 14) {
      drop[i] = true;
      continue;
    }
    break;
  }
  if (std::none_of(drop.begin(), drop.end(), [](bool d) { return d; })) return false;
  std::vector<std::pair<std::u32string, bool>> kept;
  bool blank = false;
  for (size_t i = 0; i < n; ++i) {
    if (drop[i]) {
      blank |= raw[i].second;
      continue;
    }
    kept.emplace_back(std::move(raw[i].first), raw[i].second || blank);
    blank = false;
  }
  if (kept.empty()) return false;  // nothing but the page: read it as it is
  raw = std::move(kept);
  return true;
}

}  // namespace

std::string normalise(std::string_view input, std::vector<std::string>* notes) {
  if (input.empty()) throw Error::Invalid("Văn bản trống: không có gì để phân tích.");
  if (input.find('\0') != std::string_view::npos) {
    throw Error::Invalid("Tệp có vẻ là dữ liệu nhị phân (chứa byte NUL), không phải văn bản.");
  }
  std::string prepared;
  std::string_view utf8 = input;
  if (!is_valid_utf8(utf8)) {
    prepared = from_legacy_bytes(utf8, notes);
    utf8 = prepared;
  }
  if (utf8.size() > kMaxTextBytes) {
    size_t cut = utf8.rfind('\n', kMaxTextBytes);
    if (cut == std::string_view::npos || cut < kMaxTextBytes / 2) {
      cut = kMaxTextBytes;
      while (cut > 0 && (static_cast<unsigned char>(utf8[cut]) & 0xC0) == 0x80) --cut;  // a whole character
    }
    if (notes) {
      notes->push_back("Văn bản dài " + std::to_string(utf8.size() / 1024) + " KB: chỉ đọc " +
                       std::to_string(cut / 1024) + " KB đầu.");
    }
    utf8 = utf8.substr(0, cut);
  }
  if (looks_like_html(utf8)) {
    prepared = strip_html(utf8);
    utf8 = prepared;
    if (notes) notes->push_back("Đã bỏ các thẻ HTML trong văn bản.");
  }
  validate(utf8);
  if (utf8.size() >= 3 && utf8.substr(0, 3) == "\xEF\xBB\xBF") utf8.remove_prefix(3);
  const std::u32string s = decode(to_nfc(utf8));
  refuse_tcvn3_letters(s);
  refuse_url_escapes(utf8);

  // Characters: one kind of line break, space, dash, single and double quote.
  std::u32string mapped;
  mapped.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const char32_t c = s[i];
    if (c == U'\r') {
      mapped.push_back(U'\n');
      if (i + 1 < s.size() && s[i + 1] == U'\n') ++i;
    } else if (c == U'\n' || c == U'\u2028' || c == U'\u2029' || c == U'\u0085') {
      mapped.push_back(U'\n');
    } else if (is_space_like(c) || is_control(c)) {
      mapped.push_back(U' ');
    } else if (is_invisible(c)) {
      continue;
    } else if (is_dash(c)) {
      mapped.push_back(U'-');
    } else if (c == U'.' && i + 1 < s.size() && u_isupper(static_cast<UChar32>(s[i + 1])) && ends_position_abbreviation(s, i)) {
      mapped.push_back(U' ');  // "PCT.UBND xã" → "PCT UBND xã"
    } else if (c == U'\u00D0' || c == U'\u00F0') {
      mapped.push_back(c == U'\u00D0' ? U'\u0110' : U'\u0111');  // Icelandic eth typed for Đ/đ
    } else if (is_single_quote(c)) {
      mapped.push_back(U'\'');
    } else if (c == U'\u00BB' && i > 0 && i + 1 < s.size() && s[i - 1] == U' ' && s[i + 1] == U' ') {
      mapped.push_back(U'\u203A');  // (s22-noise) "Trang chủ » Tin tức": a breadcrumb's arrow, no quote
    } else if (quote_shape(c) == 1) {
      mapped.push_back(kOpenQuote);
    } else if (quote_shape(c) == 2) {
      mapped.push_back(kCloseQuote);
    } else if (quote_shape(c) == 3) {
      mapped.push_back(U'"');
    } else {
      mapped.push_back(c);
    }
  }

  // Lines: squeezed, runs of blank lines kept as one (a paragraph break), wrapped continuations
  // joined.
  std::vector<std::pair<std::u32string, bool>> raw;  // a line, whether a blank line came before it
  {
    bool blank_before = true;
    size_t pos = 0;
    while (pos <= mapped.size()) {
      size_t nl = mapped.find(U'\n', pos);
      if (nl == std::u32string::npos) nl = mapped.size();
      std::u32string line = squeeze(mapped.substr(pos, nl - pos));
      pos = nl + 1;
      if (line.empty()) {
        blank_before = true;
        continue;
      }
      raw.emplace_back(std::move(line), blank_before);
      blank_before = false;
    }
  }
  if (drop_page(raw) && notes)
    notes->push_back("Đã bỏ các dòng của trang web quanh bài viết (trình đơn, chia sẻ, tin liên quan, chân trang).");
  size_t width = hard_wrap_width(raw, false);
  // Cut lines pasted with a blank line after every one ("… Công an tỉnh\n\nQuảng Bình …"): the blank
  // lines say nothing of paragraphs.
  if (!width && raw.size() >= 6) {
    size_t blanks = 0;
    for (size_t i = 1; i < raw.size(); ++i) blanks += raw[i].second;
    if (blanks * 10 >= (raw.size() - 1) * 9 && (width = hard_wrap_width(raw, true)))
      for (auto& line : raw) line.second = false;
  }
  if (width && notes) notes->push_back("Văn bản bị ngắt dòng giữa câu (như khi sao chép từ PDF): các dòng đã được nối lại.");
  std::vector<std::u32string> lines;
  std::vector<bool> after_blank;
  size_t previous_length = 0;  // the length of the line last read, before any join
  for (size_t i = 0; i < raw.size(); ++i) {
    std::u32string& line = raw[i].first;
    const bool previous_blank = raw[i].second || i == 0;
    const bool letter_marker = line.size() >= 2 && (line[1] == U')' || line[1] == U'.');  // "a) …"
    const bool continuation = !previous_blank && !lines.empty() &&
                              ((u_islower(line[0]) && !letter_marker) || lines.back().back() == U',' ||
                               (width && wrapped_on(lines.back(), previous_length, line, width, lines.size() == 1)));
    previous_length = line.size();
    if (continuation) {
      lines.back().push_back(U' ');
      lines.back() += line;
    } else {
      after_blank.push_back(previous_blank && !lines.empty());
      lines.push_back(std::move(line));
    }
  }

  std::string out;
  out.reserve(utf8.size() + 64);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out += after_blank[i] ? "\n\n" : "\n";
    out += encode(direct_quotes(space_dashes(lines[i])));
  }
  return out;
}

Document analyse(std::string_view utf8) {
  std::vector<std::string> notes;
  std::string text = normalise(utf8, &notes);
  return analyse_normalised(std::move(text), std::move(notes));
}

Document analyse_normalised(std::string normalised, std::vector<std::string> notes) {
  Document doc;
  doc.text = std::move(normalised);
  doc.notes = std::move(notes);
  const std::string_view text = doc.text;
  size_t pos = 0;
  bool blank = false;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    if (nl == pos) {
      blank = true;
      ++pos;
      continue;
    }
    Line line;
    line.after_blank = blank;
    blank = false;
    line.first = doc.size();
    tokenise_line(text.substr(pos, nl - pos), static_cast<uint32_t>(pos),
                  static_cast<int32_t>(doc.lines.size()), doc.tokens);
    line.last = doc.size();
    doc.lines.push_back(line);
    pos = nl + 1;
  }
  doc.quote_at.assign(doc.tokens.size(), -1);
  for (size_t li = 0; li < doc.lines.size(); ++li) {
    Line& line = doc.lines[li];
    const int32_t line_start = line.first;
    read_marker(doc, line);
    mark_heading(doc, line);
    pair_quotes(doc, line);
    // Marker tokens belong to the line's first sentence but stay outside its range; a line
    // holding only a marker gets an empty sentence so sentences stay in text order.
    const int32_t first_sentence = static_cast<int32_t>(doc.sentences.size());
    if (line.first >= line.last) {
      doc.sentences.push_back(Sentence{line.first, line.first, static_cast<int32_t>(li)});
    } else {
      split_sentences(doc, line, static_cast<int32_t>(li));
    }
    for (int32_t k = line_start; k < line.first; ++k) doc.tokens[k].sentence = first_sentence;
  }
  return doc;
}

Document analyse_fragment(std::string_view piece) {
  try {
    return analyse(piece);
  } catch (const Error& e) {
    if (e.code() != ErrorCode::kInvalid) throw;
    return Document{};
  }
}

std::string_view Document::text_of(int32_t first, int32_t last) const {
  if (first < 0) first = 0;
  if (last > size()) last = size();
  if (first >= last) return {};
  return std::string_view(text).substr(tokens[first].begin, tokens[last - 1].end - tokens[first].begin);
}

std::string_view Document::line_text(int32_t line) const {
  const Line& l = lines[line];
  return text_of(l.first, l.last);
}

const std::string& Document::key(int32_t i) const {
  static const std::string kEmpty;
  return in(i) ? tokens[i].key : kEmpty;
}

const Quote* Document::quote_opening(int32_t i) const {
  if (!in(i) || quote_at[i] < 0) return nullptr;
  return &quotes[quote_at[i]];
}

std::string Document::quote_text(const Quote& q) const {
  int32_t last = q.last;
  while (last > q.first && tokens[last - 1].kind == TokenKind::kPunct &&
         (key(last - 1) == "." || key(last - 1) == "," || key(last - 1) == ";" ||
          key(last - 1) == ":" || key(last - 1) == "\u2026")) {
    --last;
  }
  return std::string(text_of(q.first, last));
}

}  // namespace thidua::text::plan
