// What every harness shares: the input as a string, reading a file of the source tree, and the
// rule of the harnesses — a parser of outside input may refuse with thidua::Error (a 4xx at the
// HTTP edge); any other exception, a crash, a leak or undefined behaviour is a finding.
#pragma once
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "core/error.h"

namespace fuzz {

inline std::string input(const uint8_t* data, size_t size) { return std::string(reinterpret_cast<const char*>(data), size); }

inline std::string source_file(const std::string& rel) {
  std::ifstream f(std::string(THIDUA_SOURCE_DIR) + "/" + rel, std::ios::binary);
  if (!f) {
    fprintf(stderr, "fuzz: cannot read %s\n", rel.c_str());
    std::abort();
  }
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// Runs `f`; a refusal (thidua::Error) is an expected answer, anything else escapes.
template <class F>
inline void attempt(F&& f) {
  try {
    f();
  } catch (const thidua::Error&) {
  }
}

}  // namespace fuzz
