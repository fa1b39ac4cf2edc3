// Files users upload (report evidence, a movement's attachments): checked by their content, not
// their name; bounded per file and per report; optionally scanned by an operator's command
// before they are accepted; served as downloads under names the user did not choose.
#pragma once
#include <cstddef>
#include <optional>
#include <string>

namespace thidua::api {

struct UploadLimits {
  size_t file_bytes = 5u << 20;     // THIDUA_UPLOAD_MAX_FILE_MB (default 5)
  size_t report_bytes = 20u << 20;  // THIDUA_UPLOAD_MAX_REPORT_MB (default 20): all evidence of one report
};
// Read from the environment at each call (cheap; lets an operator and the tests set them).
UploadLimits upload_limits();

// The declared type must be one we accept and match the bytes: a PDF starts with %PDF-, a PNG
// with its signature and IHDR, a JPEG with SOI, a DOCX/XLSX is a zip holding word/ or xl/.
// Throws Error::Invalid naming `field` otherwise.
void check_file_content(const std::string& content_type, const std::string& bytes, const char* field = "content_type");

// The extension a stored file is served with, from its checked type ("pdf", "png"…).
const char* extension_for(const std::string& content_type);

// Runs THIDUA_SCAN_COMMAND (when set) on a private temporary copy of `bytes`: the command gets
// the file's path as its last argument, at most THIDUA_SCAN_TIMEOUT_SECONDS (default 60).
// Returns nullopt when accepted (or no command is configured), else the Vietnamese refusal.
std::optional<std::string> scan_upload(const std::string& bytes);

}  // namespace thidua::api
