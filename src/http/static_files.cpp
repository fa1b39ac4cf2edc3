#include "http/static_files.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/audit.h"

namespace thidua::http {
namespace fs = std::filesystem;

namespace {
std::string content_type_for(const std::string& ext) {
  static const std::map<std::string, std::string> types = {
      {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},   {".json", "application/json"},
      {".svg", "image/svg+xml"},             {".png", "image/png"},
      {".ico", "image/x-icon"},              {".woff2", "font/woff2"},
      {".woff", "font/woff"},                {".ttf", "font/ttf"},
      {".txt", "text/plain; charset=utf-8"}, {".map", "application/json"}};
  auto it = types.find(ext);
  return it == types.end() ? "application/octet-stream" : it->second;
}
}  // namespace

bool is_safe_static_path(const std::string& path) {
  if (path.empty() || path[0] != '/') return false;
  if (path.find('\0') != std::string::npos || path.find('\\') != std::string::npos) return false;
  size_t pos = 0;
  while (pos < path.size()) {
    size_t next = path.find('/', pos + 1);
    if (next == std::string::npos) next = path.size();
    std::string seg = path.substr(pos + 1, next - pos - 1);
    if (seg == ".." || seg == ".") return false;
    pos = next;
  }
  return true;
}

StaticFiles::StaticFiles(const std::string& root) {
  std::error_code ec;
  if (!fs::is_directory(root, ec)) return;
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    File f;
    f.body = ss.str();
    f.content_type = content_type_for(it->path().extension().string());
    f.etag = "\"" + audit::sha256_hex(f.body).substr(0, 20) + "\"";
    std::string rel = "/" + fs::relative(it->path(), root).generic_string();
    f.immutable = rel.rfind("/assets/", 0) == 0;
    files_[rel] = std::move(f);
  }
}

std::optional<Response> StaticFiles::serve(const Request& req) const {
  if (req.method != "GET" && req.method != "HEAD") return std::nullopt;
  if (!is_safe_static_path(req.path)) {
    return Response::json(400, R"({"error":{"code":"bad_path","message":"Đường dẫn không hợp lệ"}})");
  }
  std::string path = req.path == "/" ? "/index.html" : req.path;
  auto it = files_.find(path);
  if (it == files_.end()) {
    // A client-side route ("/units/12") gets the app; a missing asset is a real 404.
    bool looks_like_file = path.find('.', path.rfind('/')) != std::string::npos;
    if (looks_like_file || path.rfind("/assets/", 0) == 0) {
      return Response::json(404, R"({"error":{"code":"not_found","message":"Không tìm thấy tệp"}})");
    }
    it = files_.find("/index.html");
    if (it == files_.end()) {
      Response r{200, "text/html; charset=utf-8", {},
                 "<!doctype html><meta charset=utf-8><title>thidua</title><p>Giao diện web chưa được build "
                 "(chạy <code>make build</code>).</p>"};
      return r;
    }
  }
  const File& f = it->second;
  Response r;
  r.content_type = f.content_type;
  r.headers.push_back({"ETag", f.etag});
  r.headers.push_back({"Cache-Control", f.immutable ? "public, max-age=31536000, immutable" : "no-cache"});
  if (req.header("if-none-match") == f.etag) {
    r.status = 304;
    return r;
  }
  r.body = f.body;
  return r;
}

}  // namespace thidua::http
