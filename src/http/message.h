// Plain request/response types: the only HTTP the rest of the program sees (Beast stays inside
// http/server.cpp).
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace thidua::http {

struct Request {
  std::string method;        // "GET", "POST", …
  std::string target;        // as sent: path and query
  std::string path;          // decoded path without the query
  std::string query_string;  // raw, after '?'
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;
  std::string remote_addr;

  const std::string& header(const std::string& lower_name) const;
  // The decoded value of ?name=…, nullopt when absent.
  std::optional<std::string> query(const std::string& name) const;
  std::optional<std::string> cookie(const std::string& name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  // When set, the body is these bytes instead of `body`: an answer held in memory (a ranking, the
  // national view) is written from where it is kept, never copied per request.
  std::shared_ptr<const std::string> shared_body;

  const std::string& payload() const { return shared_body ? *shared_body : body; }
  // Copies a shared body into `body` (for code that edits or re-reads the answer).
  void own_body() {
    if (shared_body) body = *shared_body;
    shared_body.reset();
  }
  static Response json(int status, std::string body) { return Response{status, "application/json; charset=utf-8", {}, std::move(body), nullptr}; }
  static Response json(int status, std::shared_ptr<const std::string> body) {
    return Response{status, "application/json; charset=utf-8", {}, {}, std::move(body)};
  }
};

// Percent-decoding for paths and query values ('+' → ' ' only in queries). nullopt on a
// malformed escape.
std::optional<std::string> url_decode(std::string_view s, bool plus_is_space);

}  // namespace thidua::http
