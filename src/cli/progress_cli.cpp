#include "cli/progress_cli.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>

#include <algorithm>
#include <iostream>
#include <unistd.h>

namespace thidua::cli {

namespace {

volatile std::sig_atomic_t g_signal = 0;
struct sigaction g_old_int {}, g_old_term {};

void on_signal(int sig) { g_signal = sig; }

const char* label(const std::string& p) {
  if (p == "read") return "đọc tệp";
  if (p == "check") return "kiểm tra";
  if (p == "save") return "lưu";
  if (p == "data") return "lấy dữ liệu";
  if (p == "write") return "ghi tệp";
  return p.c_str();
}

}  // namespace

ProgressSession::ProgressSession() : scope_(this), tty_(::isatty(STDERR_FILENO) == 1) {
  g_signal = 0;
  struct sigaction sa {};
  sa.sa_handler = on_signal;
  sa.sa_flags = SA_RESTART;  // the database drivers' reads and writes go on; the work stops at its next row
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, &g_old_int);
  sigaction(SIGTERM, &sa, &g_old_term);
}

ProgressSession::~ProgressSession() {
  finish_line();
  sigaction(SIGINT, &g_old_int, nullptr);
  sigaction(SIGTERM, &g_old_term, nullptr);
}

bool ProgressSession::cancelled() const { return g_signal != 0; }

void ProgressSession::phase(std::string_view name, size_t total) {
  phase_ = std::string(name);
  done_ = 0;
  total_ = total;
  last_percent_ = -1;
  show(true);
}

void ProgressSession::done(size_t n) {
  done_ = n;
  show(false);
}

void ProgressSession::advance(size_t n) {
  done_ += n;
  if ((done_ & 255) == 0 || done_ == total_) show(false);
}

void ProgressSession::show(bool force) {
  int pct = total_ ? static_cast<int>(100.0 * static_cast<double>(std::min(done_, total_)) / static_cast<double>(total_)) : -1;
  if (tty_) {
    // a line that updates in place, at most ten times a second
    auto now = std::chrono::steady_clock::now();
    if (!force && done_ != total_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
    last_draw_ = now;
    std::fprintf(stderr, "\r\033[K%s: %zu", label(phase_), done_);
    if (total_) std::fprintf(stderr, "/%zu dòng (%d%%)", total_, pct);
    else std::fprintf(stderr, " dòng");
    line_open_ = true;
  } else {
    // not a terminal (a log, a pipe): a line at each tenth, and when a phase starts
    if (force) {
      std::fprintf(stderr, "%s: bắt đầu%s\n", label(phase_), total_ ? (" (" + std::to_string(total_) + " dòng)").c_str() : "");
    } else if (pct >= 0 && pct / 10 != last_percent_ / 10) {
      std::fprintf(stderr, "%s: %d%%\n", label(phase_), pct / 10 * 10);
    }
  }
  if (pct >= 0) last_percent_ = pct;
  std::fflush(stderr);
}

void ProgressSession::finish_line() {
  if (line_open_) std::fputs("\n", stderr);
  line_open_ = false;
}

void ProgressSession::die_interrupted() {
  finish_line();
  int sig = g_signal ? g_signal : SIGINT;
  std::fprintf(stderr, "thidua: đã dừng theo yêu cầu (%s); không lưu gì, không để lại tệp dở dang\n", sig == SIGTERM ? "SIGTERM" : "Ctrl-C");
  std::fflush(stderr);
  std::cout.flush();
  // Ended by the signal, as the shell expects of an interrupted command (status 128 + signal).
  struct sigaction sa {};
  sa.sa_handler = SIG_DFL;
  sigemptyset(&sa.sa_mask);
  sigaction(sig, &sa, nullptr);
  std::raise(sig);
  std::_Exit(128 + sig);
}

int write_file_atomically(const std::string& path, const std::string& bytes) {
  std::string dir = path.find('/') == std::string::npos ? "." : path.substr(0, path.rfind('/') + 1);
  std::string tmpl = (dir == "." ? std::string() : dir) + "." + path.substr(path.rfind('/') + 1) + ".part-XXXXXX";
  int fd = ::mkstemp(tmpl.data());
  if (fd < 0) {
    std::cerr << "thidua: không ghi được tệp " << path << std::endl;
    return 1;
  }
  bool ok = true;
  for (size_t off = 0; ok && off < bytes.size();) {
    if (g_signal) ok = false;  // interrupted while writing: the partial file goes
    ssize_t n = ok ? ::write(fd, bytes.data() + off, std::min<size_t>(bytes.size() - off, 1 << 20)) : -1;
    if (n <= 0) ok = false;
    else off += static_cast<size_t>(n);
  }
  if (ok) ok = ::fsync(fd) == 0;
  ::fchmod(fd, 0644);
  ok = ::close(fd) == 0 && ok;
  if (ok && !g_signal) ok = std::rename(tmpl.c_str(), path.c_str()) == 0;
  else ok = false;
  if (!ok) std::remove(tmpl.c_str());
  if (!ok && g_signal) throw progress::Cancelled();
  if (!ok) std::cerr << "thidua: không ghi được tệp " << path << std::endl;
  return ok ? 0 : 1;
}

}  // namespace thidua::cli
