// Plan and article import (nhập kế hoạch, bài viết): reads a Vietnamese launch plan ("Kế hoạch
// phát động…"), or a news article about a launch, a cluster conference, a pledge signing or a
// review, and returns what a movement is made of. See docs/plan-import.md.
#pragma once
#include <nlohmann/json.hpp>
#include <string_view>

namespace thidua::text::plan {

// Returns exactly the object of CONTRACT.md "Plan and article import": keys title, event,
// organizers, movement, phases, contents, targets, group, people, counts, always all present
// (unknown values null, lists [], group null when the text names none). Dates are ISO; a date
// written without a year takes it from the dateline or the movement's dates. Strings are NFC,
// trimmed, without surrounding quotes. The same input always gives the same output.
//
// Throws thidua::Error with ErrorCode::kInvalid and a Vietnamese message when the text is empty
// or white space only, is not UTF-8 (Windows-1258, Latin-1…), or is binary data.
nlohmann::json parse_plan(std::string_view utf8_text);

// Whether `name` is one of the event kinds parse_plan writes as event.kind ("launch",
// "pledge_signing", "conference", "review"); the sample texts' index is checked against it.
bool is_event_kind(std::string_view name);

}  // namespace thidua::text::plan
