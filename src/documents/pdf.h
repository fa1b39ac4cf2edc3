// PDF through LibreOffice headless (Debian's libreoffice-writer-nogui): the .docx is converted in
// a private temporary directory with its own user profile (so conversions may run side by side)
// and a time limit.
#pragma once
#include <string>

namespace thidua::documents {

// True when soffice is installed (THIDUA_SOFFICE, else soffice/libreoffice on PATH).
bool pdf_available();
// The PDF of a .docx (or .xlsx: `ext` names the input's type). Throws Error (kInternal) when the
// converter is missing, fails or runs past `timeout_s`.
std::string to_pdf(const std::string& bytes, const std::string& ext = "docx", int timeout_s = 120);

}  // namespace thidua::documents
