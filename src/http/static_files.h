// The built web UI, loaded into memory once at start-up and served from `/`. Unknown paths
// that look like pages fall back to index.html (the UI routes on the client); asset files are
// cached for a year (their names carry a content hash). A file's precompressed copies written by
// the build beside it (NAME.br, NAME.gz) are sent instead of it to a browser whose
// Accept-Encoding takes them (Content-Encoding, Vary: Accept-Encoding); they are not served
// under their own names.
#pragma once
#include <map>
#include <optional>
#include <string>

#include "http/message.h"

namespace thidua::http {

class StaticFiles {
 public:
  // Loads every regular file below `root`; a missing root serves a short notice page.
  explicit StaticFiles(const std::string& root);
  // nullopt when the request is not for a static file (API routes are tried first).
  std::optional<Response> serve(const Request& req) const;
  size_t file_count() const { return files_.size(); }

 private:
  struct Variant {
    std::string body, etag;
  };
  struct File {
    std::string body, content_type, etag;
    bool immutable = false;
    std::optional<Variant> br, gzip;
  };
  std::map<std::string, File> files_;
};

// The content coding to send for an Accept-Encoding header: "br" or "gzip" when the client takes
// it (a q-value of 0 refuses; "*" takes any) and that copy exists, br first; "" for the plain file.
std::string choose_encoding(const std::string& accept_encoding, bool have_br, bool have_gzip);

// True when a decoded path is safe to map onto the file tree (no "..", no NUL, no backslash).
bool is_safe_static_path(const std::string& path);

}  // namespace thidua::http
