// The JSON request decoder (parse_strict_json), the route groups' input reader (api::Input and
// its typed accessors, nested objects, query-string numbers and path ids) and the domain readers
// route handlers hand request values to: a period, a report's indicator values, an assessment,
// emulation commitments, ISO dates.
#include "api/input.h"
#include "core/emulation_targets.h"
#include "fuzz_common.h"
#include "scoring/indicator.h"
#include "scoring/period.h"
#include "scoring/scorecard.h"

using nlohmann::json;
using namespace thidua;

namespace {
const scoring::IndicatorCatalogue& catalogue() {
  static auto cat = scoring::IndicatorCatalogue::from_json(json::parse(fuzz::source_file("data/indicators.json")));
  return cat;
}

void read_fields(api::Input& in) {
  fuzz::attempt([&] { in.str("name"); });
  fuzz::attempt([&] { in.opt_str("code", 40); });
  fuzz::attempt([&] { in.str("text", 1 << 20); });
  fuzz::attempt([&] { in.id("parent_id"); });
  fuzz::attempt([&] { in.opt_id("unit_id"); });
  fuzz::attempt([&] { in.opt_int("count", -1000, 1000000); });
  fuzz::attempt([&] { in.opt_int("version", 1, INT32_MAX); });
  fuzz::attempt([&] { in.date("valid_from"); });
  fuzz::attempt([&] { in.opt_date("valid_to"); });
  fuzz::attempt([&] { in.opt_bool("active"); });
  fuzz::attempt([&] { in.ids("ids", 100); });
  fuzz::attempt([&] { in.json_value("values"); });
  (void)in.has("period");
  (void)in.is_null("valid_to");
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string body = fuzz::input(data, size);
  const auto& cat = catalogue();

  json j;
  bool parsed = false;
  fuzz::attempt([&] {
    j = api::parse_strict_json(body);
    parsed = true;
  });

  fuzz::attempt([&] {
    api::Input in(body, {"name", "code", "text", "parent_id", "unit_id", "count", "version", "valid_from", "valid_to",
                         "active", "ids", "values", "period", "assessment", "commitments", "launch"});
    read_fields(in);
    fuzz::attempt([&] {
      auto nested = in.object("launch", {"name", "code", "text", "parent_id", "unit_id", "count", "version", "valid_from",
                                         "valid_to", "active", "ids", "values"});
      read_fields(nested);
    });
  });

  // Query strings and path segments are the raw text.
  fuzz::attempt([&] { api::parse_page(body.substr(0, body.size() / 2), body.substr(body.size() / 2)); });
  fuzz::attempt([&] { api::parse_id(body, "unit_id"); });
  fuzz::attempt([&] { api::path_id(body); });
  fuzz::attempt([&] { Date::parse_iso(body); });

  if (!parsed || !j.is_object()) return 0;
  if (auto it = j.find("period"); it != j.end())
    fuzz::attempt([&] { scoring::Period::from_json(*it).to_json(); });
  if (auto it = j.find("values"); it != j.end())
    fuzz::attempt([&] {
      auto v = scoring::IndicatorValues::from_json(cat, *it);
      v.to_json();
      v += v;
    });
  if (auto it = j.find("assessment"); it != j.end())
    fuzz::attempt([&] { scoring::Assessment::from_json(*it).to_json(); });
  if (auto it = j.find("commitments"); it != j.end())
    fuzz::attempt([&] {
      for (const auto& c : emulation::parse_commitments(*it, "commitments", 0, 50)) emulation::describe(c);
    });
  return 0;
}
