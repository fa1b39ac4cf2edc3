// Plan and article import: the text goes through the same extractor as `thidua plan parse`; the
// UI shows what was found for review before anything is created. The sample texts
// (data/plan-samples/) are offered to whoever may use the parser, so the demo shows the import
// without anyone pasting an article.
#include <nlohmann/json.hpp>

#include "api/context.h"
#include "api/input.h"
#include "api/plan_reliability.h"
#include "api/plan_samples.h"
#include "core/error.h"
#include "text/plan/plan_parser.h"

namespace thidua::api {

using nlohmann::json;

void register_plan_routes(Routes& r) {
  r.add("POST", "/api/v1/plans/parse", Access::tool(access::Resource::kMovements), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kMovements);
    Input in(c.req.body, {"text"});
    const auto& text = in.json_value("text");
    if (!text.is_string()) throw Error::Invalid("Trường text phải là chuỗi", "text");
    // Not trimmed or normalised here: the parser reports what it found in the text as given.
    return ok(200, text::plan::parse_plan(text.get<std::string>()));
  });

  // Read and checked here, at registration: a broken index stops the start naming its file.
  const std::vector<PlanSample>& samples = plan_samples();
  r.add("GET", "/api/v1/plans/samples", Access::tool_read(access::Resource::kMovements), [&samples](Ctx&) {
    json items = json::array();
    for (const auto& s : samples) items.push_back(s.to_json(false));
    return ok(200, json{{"items", items}, {"total", items.size()}});
  });
  r.add("GET", "/api/v1/plans/samples/{id}", Access::tool_read(access::Resource::kMovements), [&samples](Ctx& c) {
    const std::string& id = c.params.at("id");
    for (const auto& s : samples)
      if (s.id == id) return ok(200, s.to_json(true));
    throw Error::NotFound("Không có văn bản mẫu này");
  });

  // (session 27) How often each field was right on texts the parser had never seen — the import
  // screen's order of checking. Read and checked here too: a broken file stops the start.
  const json reliability = plan_reliability().to_json();
  r.add("GET", "/api/v1/plans/reliability", Access::tool_read(access::Resource::kMovements),
        [reliability](Ctx&) { return ok(200, reliability); });
}

}  // namespace thidua::api
