// Readable codes made from Vietnamese names: "Cụm thi đua số 5" → "cum-thi-dua-so-5". Users never
// have to invent a machine code; a generated one stays editable.
#pragma once
#include <functional>
#include <string>
#include <string_view>

namespace thidua::text {

// Lower-case ASCII letters and digits joined by '-', diacritics removed (đ → d), at most
// `max_len` bytes cut at a word boundary; "ma" when nothing is left.
std::string slug(std::string_view name, size_t max_len = 60);
// `base`, or `base-2`, `base-3`… the first one `taken` says is free.
std::string unique_code(const std::string& base, const std::function<bool(const std::string&)>& taken);

}  // namespace thidua::text
