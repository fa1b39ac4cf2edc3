// Progress of a long command on stderr, and Ctrl-C that stops it cleanly. While a Session is
// alive, SIGINT (and SIGTERM) only set a flag; the work sees it at its next row
// (core/progress.h), unwinds — a transaction rolled back, a temporary file removed — and the
// command ends as killed by that signal, having written nothing half.
#pragma once
#include <chrono>
#include <cstddef>
#include <string>

#include "core/progress.h"

namespace thidua::cli {

class ProgressSession : public progress::Sink {
 public:
  ProgressSession();  // installs the signal handlers and the sink for this thread
  ~ProgressSession() override;
  ProgressSession(const ProgressSession&) = delete;
  ProgressSession& operator=(const ProgressSession&) = delete;

  void phase(std::string_view name, size_t total) override;
  void done(size_t n) override;
  void advance(size_t n) override;
  bool cancelled() const override;
  // Ends the progress line (before other output on stderr).
  void finish_line();
  // After a Cancelled: says so, restores the default handler and re-raises the signal.
  [[noreturn]] void die_interrupted();

 private:
  void show(bool force);
  progress::Scope scope_;
  bool tty_;
  std::string phase_;
  size_t done_ = 0, total_ = 0;
  int last_percent_ = -1;
  bool line_open_ = false;
  std::chrono::steady_clock::time_point last_draw_{};
};

// Writes `bytes` to `path` through a temporary file beside it, renamed into place only when
// complete; a failure or an interruption leaves no file (and no temporary). 0, or 1 on failure.
int write_file_atomically(const std::string& path, const std::string& bytes);

}  // namespace thidua::cli
