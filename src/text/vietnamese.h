// Vietnamese text as users search and sort it.
#pragma once
#include <string>
#include <string_view>

namespace thidua::text {

// True when `s` is well-formed UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF).
bool is_valid_utf8(std::string_view s);

// NFC-normalised copy of valid UTF-8 (the form every stored string is kept in).
std::string to_nfc(std::string_view s);

// The search form: lower case, tone and vowel marks removed, đ/Đ → d, runs of white space
// collapsed to one space, trimmed. "Đồng Hới" → "dong hoi"; "Nguyễn Văn Đệ" → "nguyen van de".
// Stored beside names in a *_folded column so both databases can match with LIKE.
std::string fold(std::string_view s);

// Escapes % _ and \ for a LIKE pattern that uses ESCAPE '\'.
std::string like_escape(std::string_view s);

// A byte string whose memcmp order is Vietnamese dictionary order (ICU "vi" collation, where
// ă, â, đ, ê, ô, ơ, ư are letters of their own). Stored as BLOB/bytea for ORDER BY.
std::string sort_key(std::string_view s);

// Compares two strings in Vietnamese order: <0, 0, >0.
int compare_vi(std::string_view a, std::string_view b);

}  // namespace thidua::text
