// Layer 5 of plan import: the extractors. Each reads the analysed text (Analysis) and returns
// one part of the result; plan_parser.cpp runs them in order and prints the JSON.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "text/plan/dates.h"
#include "text/plan/document.h"
#include "text/plan/lexicon.h"
#include "text/plan/numbers.h"
#include "text/plan/units.h"

namespace thidua::text::plan {

// The text after layers 1–3, and what the extractors learn about its context as they go.
struct Analysis {
  Document doc;
  DateIndex dates;
  NumberIndex numbers;
  std::vector<bool> name_starts;       // tokens where a known person's name starts
  std::vector<bool> in_person;         // tokens of a person's name or position
  std::map<Level, std::string> places; // the text's own province, commune…: "tỉnh" → "Nghệ An"

  UnitOptions unit_options(bool lenient = false) const { return UnitOptions{lenient, &name_starts}; }
  // Adds the context place to a unit named by its level only ("UBND xã" → "UBND xã Vĩnh Thuận").
  std::string complete(const UnitMention& u) const;
};

// ---- title and document kind ---------------------------------------------------------------
struct TitleInfo {
  std::string text;
  bool formal = false;          // an administrative document: "KẾ HOẠCH" + subject line
  int32_t first_line = 0;       // the title's first line
  int32_t body_line = 1;        // first line after the title (and the header of a formal text)
  EventKind kind = EventKind::kNone;  // the event the title names, if any
  std::optional<UnitMention> issuer;  // the unit in the header of a formal text
  // The title's tokens; empty when the text opens with a paragraph instead of a headline (an
  // excerpt of an article), and then `text` is empty and body_line is that paragraph's line.
  int32_t token_first = 0, token_last = 0;
  // A headline glued before the page's stamp on the lead's own line ("A ra mắt mô hình …
  // 10/02/2023 - 15:05:00 Mô hình gồm …"): printed as the title, while the line is read as the
  // lead (`text` stays empty).
  std::string glued_headline;
  // (s27-orgs) A page's headline in running case above a formal text's header ("Kế hoạch phát động
  // thi đua chào mừng …" / "SỞ GD-ĐT …" / … / "KẾ HOẠCH …"): printed as the title; the formal
  // title lines are read as before.
  std::string page_headline;
};
TitleInfo read_title(const Analysis& a);

// ---- phases (đợt) and the movement's own period --------------------------------------------
struct PhaseMention {
  int ordinal = 0;
  int32_t first = 0, last = 0;  // tokens: "Đợt 2" … up to the next phase or the sentence end
  int32_t range = -1;           // DateIndex::ranges
  std::optional<std::string> title;
};
std::vector<PhaseMention> find_phases(const Analysis& a);
// The number of phases announced ("chia làm 3 đợt"), 0 when none.
int announced_phase_count(const Analysis& a);
// The date range that gives the movement's start and end, or -1.
int32_t find_movement_range(const Analysis& a, const std::vector<PhaseMention>& phases);

// ---- event ---------------------------------------------------------------------------------
// Where a value came from: the words as written, and why it is inferred (empty when the text
// states it outright). Shown on the import screen so the officer checks inferred values first.
struct Provenance {
  std::string source;  // "Ngày 4-3"
  std::string note;    // "năm lấy từ ngày đăng bài" — empty: read from an explicit pattern
};

struct EventResult {
  EventKind kind = EventKind::kNone;
  // (s28) The kind of an event the lead calls off ("quyết định không tổ chức hội nghị ký kết giao ước"): none is
  // held, but the text is still about that pledge or launch (its draft terms are its contents).
  EventKind called_off = EventKind::kNone;
  int32_t sentence = -1;  // the lead sentence naming the event
  std::optional<Date> date;
  Provenance date_from;
  std::optional<std::string> place;
};
EventResult extract_event(const Analysis& a, const TitleInfo& title, int32_t movement_range);

// Units that organise the event (the subject of "tổ chức" / "phát động" in the lead sentence).
std::vector<UnitMention> extract_organizers(const Analysis& a, const EventResult& event, const TitleInfo& title);

// ---- movement ------------------------------------------------------------------------------
struct MovementResult {
  std::optional<std::string> name;
  MovementKind kind = MovementKind::kNone;
  std::optional<std::string> theme, motto;
  std::optional<Date> start, end;
  Provenance start_from, end_from;
  // The name: explicit when read in the lead or the headline, inferred when taken from another
  // sentence or from a campaign's kind. The kind: explicit when written next to "phong trào",
  // inferred from the name of a known movement.
  Provenance name_from, kind_from;
};
MovementResult extract_movement(const Analysis& a, const EventResult& event, const TitleInfo& title,
                                int32_t movement_range, const std::vector<PhaseMention>& phases);

struct PhaseResult {
  int ordinal = 0;
  std::optional<Date> start, end;
  std::optional<std::string> title;
  Provenance start_from, end_from;
};
std::vector<PhaseResult> resolve_phases(const Analysis& a, const std::vector<PhaseMention>& phases, int announced,
                                        std::optional<Date> now, std::optional<Date> movement_start);

// Content areas (nội dung thi đua), in order. `ahead`: the text launches a movement or a peak, signs a
// pledge or is a plan (work ahead, not a review's or a meeting's) — only then is a list found by its
// form alone (s24-form) its contents.
std::vector<std::string> extract_contents(const Analysis& a, bool ahead = false);

// ---- targets (chỉ tiêu) --------------------------------------------------------------------
struct TargetResult {
  std::string text, measure;
  std::string kind;  // change | rate | share | qualitative
  Direction direction = Direction::kNone;
  std::optional<double> value;
  std::optional<double> value_min, value_max;  // both ends of a range ("giảm từ 3 đến 5%")
  std::optional<std::string> unit;
  bool previous_year = false;
  // Read from "cả 3 tiêu chí": one of the three measures the phrase stands for (inferred).
  bool expanded = false;
  int32_t first = -1, last = -1;  // tokens of the clause part it was read from
};
// `year` is the movement's (or the text's) year, to read "so với năm 2024" as the previous year;
// `event` the text's event, since a review reports what was not let happen rather than aims at it.
std::vector<TargetResult> extract_targets(const Analysis& a, int year, EventKind event = EventKind::kNone);

// ---- people and groups ---------------------------------------------------------------------
struct PositionPart {
  std::string text;  // "Giám đốc Công an tỉnh Hưng Yên"
  std::string source;     // the words as written ("GĐ Công an tỉnh")
  std::string completed;  // the place added from elsewhere in the text, "" when none
  std::string title_key;
  int flags = 0;     // PositionFlag
  std::optional<UnitMention> unit;
  // What joins it to the part before: ", " or "/" ("Phó Bí thư/Chủ tịch UBND phường").
  std::string separator = ", ";
};
struct Person {
  std::string name, key;
  std::optional<std::string> rank;
  std::vector<PositionPart> parts;
};
// Finds people; fills a.name_starts and a.in_person. Positions are completed later.
std::vector<Person> extract_people(Analysis& a, const TitleInfo& title);
// Adds the context place to positions ending in a bare level ("… Công an tỉnh").
void complete_positions(const Analysis& a, std::vector<Person>& people);

struct GroupResult {
  std::string name;
  std::optional<std::string> leader, deputy;
  std::vector<std::string> members;
  // Explicit: a unit given the role ("X làm Khối trưởng", "X (Cụm phó)"); inferred: the unit a
  // group leader heads in another position, a member named before "(đơn vị Cụm trưởng)", or a
  // unit completed with a place named elsewhere.
  Provenance leader_from, deputy_from;
  // (s26) Explicit when each member is written in full in a list by the group; inferred when the kind
  // of body was written once before bare names ("Kho bạc Nhà nước các huyện … gồm: Kỳ Sơn, …"), or
  // when no list stood by the group and the text's longest list of bodies was taken.
  Provenance members_from;
};
std::optional<GroupResult> extract_group(const Analysis& a, const std::vector<Person>& people,
                                         const std::vector<UnitMention>& organizers);

// ---- counts --------------------------------------------------------------------------------
struct CountResult {
  std::string what;
  double value = 0;
  int32_t first = -1;  // the figure's token
};
std::vector<CountResult> extract_counts(const Analysis& a);
// (s24-counts) A closed quotation opening at token k that lists short words or phrases by commas
// ("“Xung kích, sáng tạo, tình nguyện”"): its pieces, each of one to six words; empty otherwise.
std::vector<std::string> quoted_pieces(const Document& doc, int32_t k);

// ---- shared helpers ------------------------------------------------------------------------
// A range that is the days an event lasts, not a movement's period: both ends are days at most
// a week apart, in a sentence naming an event or saying it "diễn ra" / "kéo dài" ("Từ ngày 25
// đến ngày 28/2/2023, … tổ chức hội nghị", "Hội nghị diễn ra trong 2 ngày (26 - 27/12)").
bool is_event_span(const Analysis& a, int32_t range);
// A photo's caption: a line with "Ảnh:" at its start or its credit near its end.
bool caption_line(const Document& doc, int32_t line);
// The earliest event trigger in [first, last): its token and kind (longest phrase wins there).
std::pair<int32_t, EventKind> first_trigger(const Analysis& a, int32_t first, int32_t last);
// (session 24) An act of awarding or an award in [first, last) ("tặng Bằng khen cho …", "khen thưởng
// các đơn vị: …"); not the field "thi đua, khen thưởng" nor "trao đổi" (discussing). What follows it
// lists those awarded, neither a group's members nor a movement's contents.
bool awarding_in(const Document& doc, int32_t first, int32_t last);
// The length of the verb of awarding that starts at token k and ends by `end` ("tặng", "trao tặng",
// "khen thưởng", "tuyên dương", lexicon awarding_words), 0 when none does or when a phrase that awards
// nothing starts there ("trao đổi", "thi đua, khen thưởng" — lexicon not_awarding).
int32_t award_verb_at(const Document& doc, int32_t k, int32_t end);
// Trims white space, stops and commas at the ends, and a pair of quotes around.
std::string clean(std::string_view s);

}  // namespace thidua::text::plan
