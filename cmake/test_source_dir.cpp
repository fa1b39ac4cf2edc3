#include "test_source_dir.h"

namespace thidua::testing {
const std::string& source_dir() {
  static const std::string dir = THIDUA_SOURCE_DIR;
  return dir;
}
}  // namespace thidua::testing
