#include "text/vietnamese.h"

#include <unicode/coll.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>
#include <mutex>
#include <vector>

#include "core/error.h"

namespace thidua::text {
namespace {

const icu::Normalizer2& nfd() {
  UErrorCode st = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(st);
  if (U_FAILURE(st)) throw Error(ErrorCode::kInternal, "ICU NFD unavailable");
  return *n;
}
const icu::Normalizer2& nfc() {
  UErrorCode st = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(st);
  if (U_FAILURE(st)) throw Error(ErrorCode::kInternal, "ICU NFC unavailable");
  return *n;
}

// icu::Collator is thread-safe for const use once created, but cloning per thread avoids
// contention on its internal buffers.
const icu::Collator& vi_collator() {
  thread_local std::unique_ptr<icu::Collator> coll = [] {
    UErrorCode st = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(icu::Locale("vi"), st));
    if (U_FAILURE(st) || !c) throw Error(ErrorCode::kInternal, "ICU vi collator unavailable");
    c->setStrength(icu::Collator::TERTIARY);
    return c;
  }();
  return *coll;
}

}  // namespace

bool is_valid_utf8(std::string_view s) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

namespace {
bool ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}
}  // namespace

std::string to_nfc(std::string_view s) {
  // ASCII, and valid UTF-8 already in NFC (nearly every cell of a workbook), is its own NFC
  if (ascii(s)) return std::string(s);
  UErrorCode st = U_ZERO_ERROR;
  if (is_valid_utf8(s) && nfc().isNormalizedUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), st) && U_SUCCESS(st))
    return std::string(s);
  st = U_ZERO_ERROR;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  icu::UnicodeString out = nfc().normalize(u, st);
  std::string r;
  out.toUTF8String(r);
  return r;
}

namespace {

// fold() by ICU: NFD, marks dropped, Đ đ as d, white space runs as one space, lower case.
std::string fold_icu(std::string_view s) {
  UErrorCode st = U_ZERO_ERROR;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  icu::UnicodeString d = nfd().normalize(u, st);
  icu::UnicodeString out;
  bool pending_space = false;
  for (int32_t i = 0; i < d.length();) {
    UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c == 0x0110 || c == 0x0111) c = 'd';  // Đ đ do not decompose
    if (u_isUWhiteSpace(c)) {
      pending_space = out.length() > 0;
      continue;
    }
    if (pending_space) {
      out.append(static_cast<UChar>(' '));
      pending_space = false;
    }
    out.append(u_tolower(c));
  }
  std::string r;
  out.toUTF8String(r);
  return r;
}

// fold_icu() one code point at a time for U+0080–U+1FFF (Latin with Vietnamese's precomposed
// letters, Greek, Cyrillic…), worked out once by fold_icu's own steps: the marks NFD splits off
// are dropped whatever their order, so a text folds as its code points do one by one.
struct FoldTable {
  static constexpr UChar32 kEnd = 0x2000;
  std::vector<std::string> folded = std::vector<std::string>(kEnd);
  std::vector<uint8_t> kind = std::vector<uint8_t>(kEnd, 0);  // 0: ask ICU, 1: folded[], 2: white space
};

const FoldTable& fold_table() {
  static const FoldTable table = [] {
    FoldTable t;
    for (UChar32 cp = 0; cp < FoldTable::kEnd; ++cp) {
      UErrorCode st = U_ZERO_ERROR;
      icu::UnicodeString u;
      u.append(cp);
      icu::UnicodeString d = nfd().normalize(u, st);
      if (U_FAILURE(st)) continue;
      bool space = false, other = false;
      icu::UnicodeString out;
      for (int32_t i = 0; i < d.length();) {
        UChar32 c = d.char32At(i);
        i += U16_LENGTH(c);
        if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
        if (c == 0x0110 || c == 0x0111) c = 'd';
        if (u_isUWhiteSpace(c)) {
          space = true;
          continue;
        }
        other = true;
        out.append(u_tolower(c));
      }
      if (space && other) continue;  // both in one code point: left to ICU
      t.kind[static_cast<size_t>(cp)] = space ? 2 : 1;
      if (!space) out.toUTF8String(t.folded[static_cast<size_t>(cp)]);
    }
    return t;
  }();
  return table;
}

}  // namespace

std::string fold(std::string_view s) {
  const FoldTable& t = fold_table();
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 cp;
    U8_NEXT(p, i, n, cp);
    if (cp < 0 || cp >= FoldTable::kEnd || t.kind[static_cast<size_t>(cp)] == 0) return fold_icu(s);
    if (t.kind[static_cast<size_t>(cp)] == 2) {
      pending_space = !out.empty();
      continue;
    }
    const std::string& f = t.folded[static_cast<size_t>(cp)];
    if (f.empty()) continue;
    if (pending_space) out += ' ', pending_space = false;
    out += f;
  }
  return out;
}

std::string like_escape(std::string_view s) {
  std::string r;
  r.reserve(s.size());
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') r.push_back('\\');
    r.push_back(c);
  }
  return r;
}

std::string sort_key(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  const icu::Collator& c = vi_collator();
  int32_t len = c.getSortKey(u, nullptr, 0);
  std::string key(static_cast<size_t>(len), '\0');
  c.getSortKey(u, reinterpret_cast<uint8_t*>(key.data()), len);
  if (!key.empty() && key.back() == '\0') key.pop_back();  // ICU appends a terminating 0
  return key;
}

int compare_vi(std::string_view a, std::string_view b) {
  UErrorCode st = U_ZERO_ERROR;
  auto r = vi_collator().compareUTF8(icu::StringPiece(a.data(), static_cast<int32_t>(a.size())),
                                     icu::StringPiece(b.data(), static_cast<int32_t>(b.size())), st);
  return r == UCOL_LESS ? -1 : r == UCOL_GREATER ? 1 : 0;
}

}  // namespace thidua::text
