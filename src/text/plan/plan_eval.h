// Evaluation of plan import against texts whose expected JSON was written by hand
// (tests/fixtures/plans/dev, tests/fixtures/plans/eval): per-field precision and recall, and the
// share of fields right. `thidua plan eval DIR…` prints this report.
#pragma once
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace thidua::text::plan {

// One field's tally over a set of texts. A *slot* is one scalar field of one text (both null
// counts as right), or one item of a list (organizers, members, contents, counts, phases,
// targets, people) in the union of the expected and the extracted items.
struct FieldTally {
  int tp = 0;     // extracted, and equal to the expected value
  int fp = 0;     // extracted, but not expected or not equal
  int fn = 0;     // expected, but missing or not equal
  int right = 0;  // slots right (including both null)
  int slots = 0;
  // Of the fn items of a list of names or phrases (organizers, contents, group.members, counts): those
  // an extracted item left unmatched overlaps — one inside the other, or half their words shared — an
  // item found but cut otherwise; the rest of fn are items not found at all.
  int cut = 0;
  bool split = false;  // the field's misses are told apart so (its items scored with an overlap)
};

struct EvalFailure {
  std::string text;   // file name
  std::string field;  // "event.date", "targets", "people.position"…
  std::string expected, actual;  // compact JSON, "—" when absent
};

struct EvalReport {
  int texts = 0;
  std::map<std::string, FieldTally> fields;
  std::vector<EvalFailure> failures;

  FieldTally total() const;
};

// Compares one text's extracted JSON with the expected one and adds to `report`. Strings are
// compared folded (case and diacritics ignored, punctuation dropped, "TP." read as "thành
// phố"); a target matches an expected one with the same kind, direction, value, unit, baseline
// and range when one measure contains the other.
void evaluate_plan(const std::string& name, const nlohmann::json& expected, const nlohmann::json& actual,
                   EvalReport& report);

// Parses every DIR/NAME.txt that has a DIR/NAME.expected.json and evaluates it. Throws
// thidua::Error (kInvalid) when a directory cannot be read or holds no such pair.
// With `labels` (a directory): no text is parsed — LABELS/NAME.expected.json, another person's
// labels of the same text, is scored in the parser's place, and texts it lacks are left out
// (how far two labellers agree under the same Conventions).
EvalReport evaluate_directories(const std::vector<std::string>& dirs, const std::string& labels = {});

// Every DIR/NAME.txt that has a DIR/NAME.expected.json, in name order within each directory, the
// directories in the order given. Throws thidua::Error (kInvalid) when a directory cannot be read.
std::vector<std::filesystem::path> labelled_texts(const std::vector<std::string>& dirs);
// NAME.expected.json beside NAME.txt.
std::filesystem::path expected_path(const std::filesystem::path& text);
// A file's bytes, and a file's JSON; thidua::Error (kInvalid) naming the file when it cannot be
// read or is not JSON.
std::string read_file(const std::filesystem::path& path);
nlohmann::json read_json(const std::filesystem::path& path);

// A string folded the way the scorer compares strings: case and diacritics ignored, punctuation
// as spaces, "tp" read as "thành phố" (the organizer model's labels use it too).
std::string scoring_fold(std::string_view s);

// The report as a table: one line a field (precision, recall, right/slots), the totals, then for
// the lists the items missed split into cut otherwise and not found, then one line a failure.
std::string format_report(const EvalReport& report);

}  // namespace thidua::text::plan
