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

#include "http/message.h"

namespace thidua::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;
  int io_threads = 2;
  int worker_threads = 8;
  std::size_t max_body_bytes = 8 << 20;   // 8 MiB (evidence files); larger → 413
  std::size_t max_header_bytes = 16 << 10;
  int read_timeout_seconds = 30;           // for headers and body of one request
  int idle_keepalive_seconds = 60;
  int shutdown_grace_seconds = 20;         // in-flight requests may finish within this
};

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
