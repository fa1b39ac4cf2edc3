#include "text/vietnamese.h"

#include <unicode/coll.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>
#include <mutex>

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

std::string fold(std::string_view s) {
  if (ascii(s)) {  // the same as below for ASCII: lower case, white space runs as one space, trimmed
    std::string out;
    out.reserve(s.size());
    bool pending_space = false;
    for (char c : s) {
      if (c == ' ' || (c >= '\t' && c <= '\r')) {
        pending_space = !out.empty();
        continue;
      }
      if (pending_space) out += ' ', pending_space = false;
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
  }
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
