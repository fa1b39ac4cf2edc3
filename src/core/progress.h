// Progress and cancellation of long work (an import or an export of a whole province) without
// passing anything through the code that does it: whoever runs the work (a job of the API, a CLI
// command) installs a Sink for its thread; the work reports its phase and rows with phase() and
// step(). A step throws Cancelled once the sink says so, so the work unwinds as any error does:
// a transaction not committed is rolled back, a file not finished is never published.
// Without a sink (a small synchronous request) both are a thread-local load and nothing more.
#pragma once
#include <cstddef>
#include <exception>
#include <string_view>

namespace thidua::progress {

struct Cancelled : std::exception {
  const char* what() const noexcept override { return "Đã hủy theo yêu cầu, không lưu gì"; }
};

class Sink {
 public:
  virtual ~Sink() = default;
  // A new phase ("read", "check", "save", "data", "write") with its total (0: not known yet).
  virtual void phase(std::string_view name, size_t total) = 0;
  virtual void done(size_t n) = 0;     // n rows of the phase done
  virtual void advance(size_t n) = 0;  // n more rows done
  virtual bool cancelled() const = 0;
};

// Installs `sink` for this thread while in scope (the previous one comes back after).
class Scope {
 public:
  explicit Scope(Sink* sink);
  ~Scope();
  Scope(const Scope&) = delete;
  Scope& operator=(const Scope&) = delete;

 private:
  Sink* previous_;
};

Sink* current();

// Starts a phase; throws Cancelled when the work was cancelled.
void phase(std::string_view name, size_t total);
// `n` rows of the phase done; throws Cancelled when the work was cancelled.
inline void step(size_t n) {
  if (Sink* s = current()) {
    if (s->cancelled()) throw Cancelled();
    s->done(n);
  }
}
// One more row of the phase done; throws Cancelled when the work was cancelled.
inline void tick() {
  if (Sink* s = current()) {
    if (s->cancelled()) throw Cancelled();
    s->advance(1);
  }
}
// Throws Cancelled when the work was cancelled (the last check before a commit).
inline void check() {
  if (Sink* s = current(); s && s->cancelled()) throw Cancelled();
}

}  // namespace thidua::progress
