// The HTTP/1.1 server: Boost.Beast on Asio I/O threads, request handlers on a separate worker
// pool so that slow work (password hashing, database queries, scoring) never blocks the
// threads that accept and read connections.
#pragma once
#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "http/message.h"

namespace thidua::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;
  int io_threads = 2;
  // Workers mostly wait (on the database; on SQLite, for the group COMMIT their write joined):
  // as many writes as wait here can share one COMMIT.
  int worker_threads = 32;
  std::size_t max_body_bytes = 8 << 20;   // 8 MiB (evidence files); larger → 413
  std::size_t max_header_bytes = 16 << 10;
  int read_timeout_seconds = 30;           // for headers and body of one request
  int idle_keepalive_seconds = 60;
  int shutdown_grace_seconds = 20;         // in-flight requests may finish within this
  // Set on every answer, the server's own errors (400, 413, 431, 503) included, unless the
  // answer sets the same header itself (security headers: CSP, Referrer-Policy…).
  std::vector<std::pair<std::string, std::string>> default_headers;
  // Reverse proxies whose X-Forwarded-For is believed (exact addresses). A request from one of
  // them gets, as its remote address, the right-most X-Forwarded-For entry that is not itself a
  // trusted proxy; from anywhere else the header is ignored.
  std::vector<std::string> trusted_proxies;
  // Each answer timed (THIDUA_SERVER_TIMING=1; bench/README.md, "Report → ranking"): a
  // `Server-Timing` header with the wait for a worker (`queue`), the worker's handler
  // (the application's own entries, e.g. `app` and `rescore`) and the wait to come back to the
  // connection's I/O thread (`back`), and one log line a request with those and the write.
  bool timing = false;
};

// The client's address for a request from `peer` carrying `forwarded_for` (see trusted_proxies).
std::string client_address(const std::string& peer, const std::string& forwarded_for,
                           const std::vector<std::string>& trusted_proxies);

// Handles one request on a worker thread; must not throw (the server answers 500 if it does).
using Handler = std::function<Response(const Request&)>;
// Tried first, on the I/O thread: answers only what it can from memory without blocking (a
// static file, a cached answer) and returns nullopt for everything else, which then goes to the
// worker pool. Must never wait on a lock held across I/O, a database or a disk.
using FastHandler = std::function<std::optional<Response>(const Request&)>;

class Server {
 public:
  Server(ServerOptions opts, Handler handler, FastHandler fast = nullptr);
  ~Server();
  // Binds and listens; throws thidua::Error on failure (port in use…).
  void start();
  // Blocks until SIGINT/SIGTERM (or stop()), then stops accepting, lets in-flight requests
  // finish (up to the grace period) and returns.
  void run_until_signal();
  void stop();
  unsigned short port() const;

  struct Impl;  // defined in server.cpp, the only file that sees Beast

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace thidua::http
