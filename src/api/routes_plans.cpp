// Plan and article import: the text goes through the same extractor as `thidua plan parse`; the
// UI shows what was found for review before anything is created.
#include <nlohmann/json.hpp>

#include "api/context.h"
#include "api/input.h"
#include "core/error.h"
#include "text/plan/plan_parser.h"

namespace thidua::api {

void register_plan_routes(Routes& r) {
  r.add("POST", "/api/v1/plans/parse", Access::tool(access::Resource::kMovements), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kMovements);
    Input in(c.req.body, {"text"});
    const auto& text = in.json_value("text");
    if (!text.is_string()) throw Error::Invalid("Trường text phải là chuỗi", "text");
    // Not trimmed or normalised here: the parser reports what it found in the text as given.
    return ok(200, text::plan::parse_plan(text.get<std::string>()));
  });
}

}  // namespace thidua::api
