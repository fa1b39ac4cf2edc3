// The one translation unit that includes Boost.Beast.
#include "http/server.h"

#include <algorithm>
#include <array>
#include <cctype>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <spdlog/spdlog.h>

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

#include "core/error.h"

namespace thidua::http {

std::string client_address(const std::string& peer, const std::string& forwarded_for,
                           const std::vector<std::string>& trusted) {
  auto is_trusted = [&](const std::string& a) { return std::find(trusted.begin(), trusted.end(), a) != trusted.end(); };
  if (!is_trusted(peer) || forwarded_for.empty()) return peer;
  std::string addr = peer;
  size_t end = forwarded_for.size();
  while (end > 0) {
    size_t start = forwarded_for.rfind(',', end - 1);
    size_t from = start == std::string::npos ? 0 : start + 1;
    std::string item = forwarded_for.substr(from, end - from);
    size_t a = item.find_first_not_of(" \t"), b = item.find_last_not_of(" \t");
    item = a == std::string::npos ? "" : item.substr(a, b - a + 1);
    if (item.empty() || item.size() > 64) break;
    for (char ch : item)
      if (!std::isxdigit(static_cast<unsigned char>(ch)) && ch != '.' && ch != ':') return addr;
    addr = item;
    if (!is_trusted(item)) break;
    if (start == std::string::npos) break;
    end = start;
  }
  return addr;
}


namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

namespace {
const char* kErrorJson413 = R"({"error":{"code":"payload_too_large","message":"Dữ liệu gửi lên quá lớn"}})";
const char* kErrorJson431 = R"({"error":{"code":"header_too_large","message":"Phần đầu yêu cầu quá lớn"}})";
const char* kErrorJson400 = R"({"error":{"code":"bad_request","message":"Yêu cầu HTTP không hợp lệ"}})";
const char* kErrorJson500 = R"({"error":{"code":"internal","message":"Lỗi máy chủ"}})";
const char* kErrorJson503 = R"({"error":{"code":"unavailable","message":"Máy chủ đang dừng"}})";
}  // namespace

struct Server::Impl : std::enable_shared_from_this<Server::Impl> {
  ServerOptions opts;
  Handler handler;
  FastHandler fast;
  // One io_context per I/O thread: a connection lives on one thread for its whole life, so the
  // threads never contend for a shared scheduler queue (measured: a shared context spent a
  // sixth of its time in futex wake-ups under load).
  std::vector<std::unique_ptr<asio::io_context>> iocs;
  std::vector<asio::executor_work_guard<asio::io_context::executor_type>> work;
  std::atomic<size_t> next_ioc{0};
  asio::thread_pool workers;
  std::unique_ptr<tcp::acceptor> acceptor;
  std::unique_ptr<asio::signal_set> signals;
  std::vector<std::thread> io_threads;
  std::atomic<bool> stopping{false};
  std::mutex mu;
  std::condition_variable cv;
  std::atomic<int> in_flight{0};
  unsigned short bound_port = 0;
  // opts.default_headers as written ("Name: value\r\n"), with the lower-case name an answer's own
  // header is compared against; made once.
  std::vector<std::pair<std::string, std::string>> default_header_lines;
  std::size_t default_header_bytes = 0;

  Impl(ServerOptions o, Handler h, FastHandler f)
      : opts(std::move(o)), handler(std::move(h)), fast(std::move(f)),
        workers(static_cast<std::size_t>(opts.worker_threads)) {
    for (auto& [k, v] : opts.default_headers) {
      std::string lower = k, line;
      for (auto& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      for (std::string_view part : {std::string_view(k), std::string_view(": "), std::string_view(v)})
        for (char ch : part) line += (ch == '\r' || ch == '\n') ? ' ' : ch;
      line += "\r\n";
      default_header_bytes += line.size();
      default_header_lines.emplace_back(std::move(lower), std::move(line));
    }
    int n = std::max(1, opts.io_threads);
    for (int i = 0; i < n; ++i) {
      iocs.push_back(std::make_unique<asio::io_context>(1));
      work.push_back(asio::make_work_guard(*iocs.back()));
    }
    acceptor = std::make_unique<tcp::acceptor>(*iocs[0]);
    signals = std::make_unique<asio::signal_set>(*iocs[0], SIGINT, SIGTERM);
  }

  void begin_request() { in_flight.fetch_add(1, std::memory_order_relaxed); }
  void end_request() {
    // Only a stopping server waits for the count to reach zero; nobody else needs a wake-up.
    if (in_flight.fetch_sub(1, std::memory_order_acq_rel) == 1 && stopping.load()) {
      std::lock_guard lk(mu);
      cv.notify_all();
    }
  }
  asio::io_context& pick_ioc() { return *iocs[next_ioc.fetch_add(1, std::memory_order_relaxed) % iocs.size()]; }
  void do_accept();
};

namespace {

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, Server::Impl& srv) : stream_(std::move(socket)), srv_(srv) {}

  void start() {
    beast::error_code rec;
    auto ep = stream_.socket().remote_endpoint(rec);
    remote_addr_ = rec ? "unknown" : ep.address().to_string();
    asio::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->read(); });
  }

 private:
  void read() {
    parser_.emplace();
    parser_->body_limit(srv_.opts.max_body_bytes);
    parser_->header_limit(static_cast<std::uint32_t>(srv_.opts.max_header_bytes));
    stream_.expires_after(std::chrono::seconds(first_ ? srv_.opts.read_timeout_seconds
                                                      : srv_.opts.idle_keepalive_seconds));
    bhttp::async_read(stream_, buffer_, *parser_,
                      [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_read(ec); });
  }

  void on_read(beast::error_code ec) {
    first_ = false;
    if (ec == bhttp::error::end_of_stream || ec == beast::error::timeout || ec == asio::error::operation_aborted ||
        ec == asio::error::connection_reset || ec == asio::error::eof) {
      return close();
    }
    if (ec == bhttp::error::body_limit) return send_error(413, kErrorJson413);
    if (ec == bhttp::error::header_limit) return send_error(431, kErrorJson431);
    if (ec) return send_error(400, kErrorJson400);
    if (srv_.stopping) return send_error(503, kErrorJson503);

    auto msg = parser_->release();
    auto req = std::make_shared<Request>();
    req->method = std::string(msg.method_string());
    req->target = std::string(msg.target());
    for (const auto& f : msg) {
      std::string name(f.name_string());
      for (auto& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      auto& slot = req->headers[name];
      if (!slot.empty()) slot += name == "cookie" ? "; " : ", ";
      slot += std::string(f.value());
    }
    req->body = std::move(msg.body());
    req->remote_addr = srv_.opts.trusted_proxies.empty()
                           ? remote_addr_
                           : client_address(remote_addr_, req->header("x-forwarded-for"), srv_.opts.trusted_proxies);
    keep_alive_ = msg.keep_alive();
    version_ = msg.version();
    size_t q = req->target.find('?');
    std::string raw_path = req->target.substr(0, q);
    if (q != std::string::npos) req->query_string = req->target.substr(q + 1);
    auto decoded = url_decode(raw_path, false);
    if (!decoded) return send_error(400, kErrorJson400);
    req->path = std::move(*decoded);

    srv_.begin_request();
    if (srv_.opts.timing) {
      t_read_ = t_worker_ = t_done_ = Clock::now();
      timed_method_ = req->method, timed_path_ = req->path;
    }
    if (srv_.fast) {
      std::optional<Response> quick;
      try {
        quick = srv_.fast(*req);
      } catch (const std::exception& e) {
        spdlog::error("fast path failed on {} {}: {}", req->method, req->path, e.what());
      }
      if (quick) return write(std::move(*quick), req->method == "HEAD");
    }
    // Hand the request to a worker; come back to this connection's strand with the answer.
    stream_.expires_never();
    asio::post(srv_.workers, [self = shared_from_this(), req] {
      Response res;
      if (self->srv_.opts.timing) self->t_worker_ = Clock::now();
      try {
        res = self->srv_.handler(*req);
      } catch (const std::exception& e) {
        spdlog::error("handler failed on {} {}: {}", req->method, req->path, e.what());
        res = Response::json(500, kErrorJson500);
      }
      if (self->srv_.opts.timing) self->t_done_ = Clock::now();
      asio::post(self->stream_.get_executor(), [self, res = std::move(res), head = req->method == "HEAD"]() mutable {
        self->write(std::move(res), head);
      });
    });
  }

  void send_error(int status, const char* body) {
    keep_alive_ = false;
    srv_.begin_request();
    write(Response::json(status, body), false);
  }

  // The answer is written as one gathered write: the status line and headers assembled into one
  // string (the fixed ones prepared once per server), then the body from where it is held — a
  // shared body (a ranking, the national view) is never copied.
  void write(Response res, bool head) {
    bool keep = keep_alive_ && !srv_.stopping;
    auto out = std::make_shared<Outgoing>();
    const std::string& body = res.payload();
    const bool bodiless = res.status == 204 || res.status == 304 || (res.status >= 100 && res.status < 200);
    std::string& h = out->head;
    h.reserve(256 + srv_.default_header_bytes + res.content_type.size());
    h += version_ == 10 ? "HTTP/1.0 " : "HTTP/1.1 ";
    h += std::to_string(res.status);
    h += ' ';
    auto reason = bhttp::obsolete_reason(static_cast<bhttp::status>(res.status));
    h.append(reason.data(), reason.size());
    h += "\r\nServer: thidua\r\nContent-Type: ";
    append_value(h, res.content_type);
    h += "\r\n";
    auto named = [&](const std::string& lower) {
      for (auto& [k, v] : res.headers)
        if (beast::iequals(k, lower)) return true;
      return false;
    };
    if (!named("x-content-type-options")) h += "X-Content-Type-Options: nosniff\r\n";
    std::shared_ptr<std::string> timed;  // the request's line for the log (srv_.opts.timing)
    if (srv_.opts.timing) {
      const auto t_back = Clock::now();
      const double queue = ms(t_read_, t_worker_), back = ms(t_done_, t_back), handler = ms(t_worker_, t_done_);
      std::string own;  // the application's entries ("app;dur=…, rescore;dur=…"), then the server's
      for (auto it = res.headers.begin(); it != res.headers.end();)
        if (beast::iequals(it->first, "server-timing")) own = std::move(it->second), it = res.headers.erase(it);
        else ++it;
      std::string st = fmt::format("queue;dur={:.3f}, handler;dur={:.3f}, back;dur={:.3f}", queue, handler, back);
      if (!own.empty()) st += ", " + own;
      h += "Server-Timing: ";
      append_value(h, st);
      h += "\r\n";
      timed = std::make_shared<std::string>(std::move(st));
      t_write_ = t_back;
    }
    for (auto& [k, v] : res.headers) {
      append_value(h, k);
      h += ": ";
      append_value(h, v);
      h += "\r\n";
    }
    for (auto& [lower, line] : srv_.default_header_lines)
      if (!named(lower)) h += line;
    // Anything that does not say how it may be cached (every API answer, every error) is not.
    if (!named("cache-control")) h += "Cache-Control: no-store\r\n";
    if (!bodiless) {
      h += "Content-Length: ";
      h += std::to_string(body.size());
      h += "\r\n";
    }
    if (version_ == 10 && keep) h += "Connection: keep-alive\r\n";
    if (version_ != 10 && !keep) h += "Connection: close\r\n";
    h += "\r\n";
    std::array<asio::const_buffer, 2> buffers{asio::buffer(h), asio::const_buffer()};
    if (!head && !bodiless) {
      if (res.shared_body) {
        out->shared = std::move(res.shared_body);
        buffers[1] = asio::buffer(*out->shared);
      } else {
        out->body = std::move(res.body);
        buffers[1] = asio::buffer(out->body);
      }
    }
    stream_.expires_after(std::chrono::seconds(srv_.opts.read_timeout_seconds));
    asio::async_write(stream_, buffers, [self = shared_from_this(), out, keep, timed, status = res.status](beast::error_code ec, std::size_t) {
      if (timed)
        spdlog::info("timing {} {} {} ms={:.3f} {}, write;dur={:.3f}", self->timed_method_, self->timed_path_, status,
                     ms(self->t_read_, Clock::now()), *timed, ms(self->t_write_, Clock::now()));
      self->srv_.end_request();
      if (ec || !keep) return self->close();
      self->read();
    });
  }

  struct Outgoing {
    std::string head, body;
    std::shared_ptr<const std::string> shared;
  };
  // A header name or value as written: CR and LF (which would end the header) become spaces.
  static void append_value(std::string& h, std::string_view v) {
    for (char ch : v) h += (ch == '\r' || ch == '\n') ? ' ' : ch;
  }

  void close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.socket().close(ec);
  }

  beast::tcp_stream stream_;
  Server::Impl& srv_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  std::string remote_addr_;
  bool keep_alive_ = true;
  bool first_ = true;
  // srv_.opts.timing: the request read, taken by a worker, answered by it, written.
  using Clock = std::chrono::steady_clock;
  static double ms(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double, std::milli>(b - a).count(); }
  Clock::time_point t_read_, t_worker_, t_done_, t_write_;
  std::string timed_method_, timed_path_;
  unsigned version_ = 11;
};

}  // namespace

void Server::Impl::do_accept() {
  acceptor->async_accept(pick_ioc(), [this](beast::error_code ec, tcp::socket socket) {
    if (ec) {
      if (!acceptor->is_open()) return;
      spdlog::warn("accept: {}", ec.message());
    } else {
      socket.set_option(tcp::no_delay(true), ec);
      std::make_shared<Session>(std::move(socket), *this)->start();
    }
    if (!stopping) do_accept();
  });
}

Server::Server(ServerOptions opts, Handler handler, FastHandler fast)
    : impl_(std::make_unique<Impl>(std::move(opts), std::move(handler), std::move(fast))) {}

Server::~Server() {
  stop();
  for (auto& w : impl_->work) w.reset();
  for (auto& c : impl_->iocs) c->stop();
  for (auto& t : impl_->io_threads)
    if (t.joinable()) t.join();
  impl_->workers.join();
}

void Server::start() {
  auto& im = *impl_;
  beast::error_code ec;
  auto addr = asio::ip::make_address(im.opts.host, ec);
  if (ec) throw Error::Invalid("invalid --host " + im.opts.host);
  tcp::endpoint ep(addr, im.opts.port);
  im.acceptor->open(ep.protocol(), ec);
  if (!ec) im.acceptor->set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) im.acceptor->bind(ep, ec);
  if (!ec) im.acceptor->listen(asio::socket_base::max_listen_connections, ec);
  if (ec) throw Error(ErrorCode::kInternal, "cannot listen on " + im.opts.host + ":" + std::to_string(im.opts.port) + ": " + ec.message());
  im.bound_port = im.acceptor->local_endpoint().port();
  im.signals->async_wait([this](beast::error_code e, int sig) {
    if (!e) {
      spdlog::info("signal {}: stopping", sig);
      stop();
    }
  });
  im.do_accept();
  for (auto& c : im.iocs) im.io_threads.emplace_back([ctx = c.get()] { ctx->run(); });
}

unsigned short Server::port() const { return impl_->bound_port; }

void Server::stop() {
  auto& im = *impl_;
  if (im.stopping.exchange(true)) return;
  asio::post(*im.iocs[0], [&im] {
    beast::error_code ec;
    im.acceptor->close(ec);
    im.signals->cancel(ec);
  });
  std::lock_guard lk(im.mu);
  im.cv.notify_all();
}

void Server::run_until_signal() {
  auto& im = *impl_;
  {
    std::unique_lock lk(im.mu);
    im.cv.wait(lk, [&] { return im.stopping.load(); });
    // Stop accepting is done; let what is in flight finish.
    im.cv.wait_for(lk, std::chrono::seconds(im.opts.shutdown_grace_seconds), [&] { return im.in_flight == 0; });
  }
  im.workers.join();
  for (auto& w : im.work) w.reset();
  for (auto& c : im.iocs) c->stop();
  for (auto& t : im.io_threads)
    if (t.joinable()) t.join();
}

}  // namespace thidua::http
