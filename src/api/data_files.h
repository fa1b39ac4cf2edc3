// The catalogues under data/ (indicators, commendation titles…), embedded at build time so the
// binary needs no files beside it. Each is validated when the app loads it.
#pragma once
#include <string_view>
#include <vector>

namespace thidua::api {
// The content of data/<name> ("indicators.json"); empty when there is no such file.
std::string_view embedded_data(std::string_view name);
// The names of every embedded file ("indicators.json", "scheme-templates/to-bao-ve-antt.json"…).
std::vector<std::string_view> embedded_data_names();
}  // namespace thidua::api
