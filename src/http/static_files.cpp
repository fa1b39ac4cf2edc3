#include "http/static_files.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string_view>

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
std::string lower_trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
}  // namespace

std::string choose_encoding(const std::string& accept_encoding, bool have_br, bool have_gzip) {
  // q-value per coding named in the header; "*" stands for any coding not named.
  std::optional<double> br, gzip, any;
  std::string_view rest = accept_encoding;
  while (!rest.empty()) {
    size_t comma = rest.find(',');
    std::string_view item = rest.substr(0, comma);
    rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
    size_t semi = item.find(';');
    std::string coding = lower_trim(item.substr(0, semi));
    double q = 1.0;
    if (semi != std::string_view::npos) {
      std::string param = lower_trim(item.substr(semi + 1));
      if (param.rfind("q=", 0) == 0) q = std::strtod(param.c_str() + 2, nullptr);
    }
    if (coding == "br") br = q;
    else if (coding == "gzip" || coding == "x-gzip") gzip = q;
    else if (coding == "*") any = q;
  }
  auto takes = [&](const std::optional<double>& named) { return named ? *named > 0 : (any && *any > 0); };
  if (have_br && takes(br)) return "br";
  if (have_gzip && takes(gzip)) return "gzip";
  return "";
}

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
  std::map<std::string, fs::path> found;  // "/assets/x.js" → its path, compressed copies included
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (it->is_regular_file()) found["/" + fs::relative(it->path(), root).generic_string()] = it->path();
  }
  auto copy_of = [&](const std::string& rel) -> const fs::path* {
    for (const char* ext : {".br", ".gz"}) {
      if (rel.size() > 3 && rel.compare(rel.size() - 3, 3, ext) == 0 && found.count(rel.substr(0, rel.size() - 3))) return &found[rel];
    }
    return nullptr;
  };
  for (const auto& [rel, path] : found) {
    if (copy_of(rel)) continue;  // NAME.br / NAME.gz beside NAME: a variant of NAME, below
    File f;
    f.body = read_file(path);
    f.content_type = content_type_for(path.extension().string());
    std::string hash = audit::sha256_hex(f.body).substr(0, 20);
    f.etag = "\"" + hash + "\"";
    f.immutable = rel.rfind("/assets/", 0) == 0;
    if (auto br = found.find(rel + ".br"); br != found.end()) f.br = Variant{read_file(br->second), "\"" + hash + "-br\""};
    if (auto gz = found.find(rel + ".gz"); gz != found.end()) f.gzip = Variant{read_file(gz->second), "\"" + hash + "-gz\""};
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
  std::string coding = (f.br || f.gzip) ? choose_encoding(req.header("accept-encoding"), f.br.has_value(), f.gzip.has_value()) : "";
  const Variant* v = coding == "br" ? &*f.br : coding == "gzip" ? &*f.gzip : nullptr;
  const std::string& etag = v ? v->etag : f.etag;
  Response r;
  r.content_type = f.content_type;
  r.headers.push_back({"ETag", etag});
  r.headers.push_back({"Cache-Control", f.immutable ? "public, max-age=31536000, immutable" : "no-cache"});
  if (f.br || f.gzip) r.headers.push_back({"Vary", "Accept-Encoding"});
  if (v) r.headers.push_back({"Content-Encoding", coding});
  if (req.header("if-none-match") == etag) {
    r.status = 304;
    return r;
  }
  r.body = v ? v->body : f.body;
  return r;
}

}  // namespace thidua::http
