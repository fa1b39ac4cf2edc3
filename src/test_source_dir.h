// Where the source tree is, for tests that read its files (fixtures, docs/examples, data/). Defined
// in cmake/test_source_dir.cpp, the one test file compiled with the path, so that the other test
// files do not depend on where the tree was cloned (and hit the compiler cache from any clone).
#pragma once
#include <string>

namespace thidua::testing {
const std::string& source_dir();
}  // namespace thidua::testing
