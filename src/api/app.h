// The application: routes every request to its handler, checks the session, the CSRF token,
// the role and the unit scope, runs the change in one transaction together with its audit
// record, and translates thidua::Error into the JSON error answer.
#pragma once
#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "http/message.h"
#include "storage/database.h"

namespace thidua::api {

struct AppOptions {
  std::string web_root = "web/dist";
  int session_hours = 8;       // absolute expiry
  int idle_minutes = 30;       // a session unused this long ends
  bool secure_cookie = false;  // set when served behind HTTPS
  // The bytes the score board may hold, in MiB (ScoreBoard's budget); 0: its default.
  size_t score_board_mb = 0;
  // A write's answer says how long its handler and the re-scoring after it took (a
  // `Server-Timing` header: `app`, `rescore`); http::ServerOptions::timing adds the server's part.
  bool timing = false;
  // The bytes the eligibility route's held years may take, in MiB (HeldRecords' budget); 0: its default.
  size_t held_records_mb = 0;
};

// The headers every answer carries (ServerOptions::default_headers): a Content-Security-Policy
// without inline script, no framing, no referrer, and HSTS when served behind HTTPS.
std::vector<std::pair<std::string, std::string>> security_headers(bool https);

class App {
 public:
  App(storage::Database& db, AppOptions opts);
  ~App();
  http::Response handle(const http::Request& req);
  // What can be answered from memory alone (static files, health, cached answers of routes that
  // offer one); nullopt sends the request to handle() on a worker.
  std::optional<http::Response> handle_fast(const http::Request& req);
  // Starts loading the scores of the years the server holds (ScoreBoard::load) on `threads`
  // threads in the background; /readyz answers 200 once they are loaded.
  void load_scores(int threads);
  // Every route: method, pattern and its access declaration (`thidua routes --json`).
  nlohmann::json route_table() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Serialises thidua::Error (or any exception) as the API's error answer.
http::Response error_response(int status, const std::string& code, const std::string& message,
                              const std::string& field = {});

}  // namespace thidua::api
