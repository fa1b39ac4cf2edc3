// The plan and article parser: any text a user pastes or uploads.
#include "fuzz_common.h"
#include "text/plan/plan_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text = fuzz::input(data, size);
  fuzz::attempt([&] { thidua::text::plan::parse_plan(text).dump(); });
  return 0;
}
