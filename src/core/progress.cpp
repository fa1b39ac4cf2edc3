#include "core/progress.h"

namespace thidua::progress {

namespace {
thread_local Sink* tl_sink = nullptr;
}

Scope::Scope(Sink* sink) : previous_(tl_sink) { tl_sink = sink; }
Scope::~Scope() { tl_sink = previous_; }

Sink* current() { return tl_sink; }

void phase(std::string_view name, size_t total) {
  if (Sink* s = current()) {
    if (s->cancelled()) throw Cancelled();
    s->phase(name, total);
  }
}

}  // namespace thidua::progress
