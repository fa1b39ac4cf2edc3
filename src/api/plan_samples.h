// The plan import's sample texts (data/plan-samples/): real public texts of the kinds the import
// reads — a launch, a cluster's conference, a pledge signing, a review — offered on the import
// screen so the demo shows the import without anyone pasting an article. Each is a copy of a
// development fixture (never a held-out one); the index says where it was published. A sample
// "written" for the demo copies no fixture: a text in administrative Vietnamese showing readings
// no public fixture of the list shows (its source says it was written, not published).
#pragma once
#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace thidua::api {

struct PlanSample {
  std::string id;       // also its file: data/plan-samples/<id>.txt
  std::string title;    // Vietnamese, shown in the list
  std::string kind;     // the event kind of `thidua plan parse`: launch, pledge_signing, conference, review
  std::string source;   // where it comes from, in Vietnamese (a paper, a date, an author)
  std::optional<std::string> url;  // where it was published, when known
  std::string fixture;  // the test fixture it copies (tests/fixtures/corpus/… or plans/dev/…); empty when written
  std::string text;
  // The fixture as an officer pastes it from a web page (the page's lines around it, lines cut at a
  // fixed width), not as it stands: it parses as the fixture does, with the parser's notes.
  bool pasted = false;
  // Written for the demo, copying no fixture (never also pasted).
  bool written = false;

  // Without the text (the list), or with it.
  nlohmann::json to_json(bool with_text) const;
};

// Reads and checks an index ({"samples": [{id, title, kind, source, url, fixture, pasted?, written?}…]})
// whose texts `text_of(id)` gives (empty when there is none). Throws Error(kInternal) naming `file`
// and what is wrong: no samples, a missing or duplicated key, an unknown kind, a fixture outside the
// development sets, a "pasted" or "written" that is not true or false, a written sample with a
// fixture or pasted, a text missing, empty or not UTF-8.
std::vector<PlanSample> read_plan_samples(const nlohmann::json& index, const std::string& file,
                                          const std::function<std::string_view(const std::string& id)>& text_of);

// The embedded samples (data/plan-samples/index.json and its texts), read and checked on the
// first call; the app calls it when it registers its routes, so a broken index stops the start.
const std::vector<PlanSample>& plan_samples();

}  // namespace thidua::api
