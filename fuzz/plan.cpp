// The plan and article parser: any text a user pastes or uploads. A text the parser refuses (empty,
// binary, a legacy encoding) is refused before anything is read; a text it accepts is read whole,
// and no piece of it may refuse it afterwards (an empty quote once did): such an error escapes here.
#include "fuzz_common.h"
#include "text/plan/document.h"
#include "text/plan/plan_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text = fuzz::input(data, size);
  bool accepted = false;
  fuzz::attempt([&] {
    thidua::text::plan::analyse(text);
    accepted = true;
  });
  if (accepted) thidua::text::plan::parse_plan(text).dump();
  return 0;
}
