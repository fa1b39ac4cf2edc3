#include "text/plan/plan_parser.h"

#include <cmath>
#include <map>
#include <set>

#include "text/plan/extract.h"

namespace thidua::text::plan {
namespace {

using nlohmann::json;

const char* event_kind_name(EventKind k) {
  switch (k) {
    case EventKind::kLaunch: return "launch";
    case EventKind::kPledgeSigning: return "pledge_signing";
    case EventKind::kConference: return "conference";
    case EventKind::kReview: return "review";
    case EventKind::kNone: return nullptr;
  }
  return nullptr;
}

const char* movement_kind_name(MovementKind k) {
  switch (k) {
    case MovementKind::kSpecial: return "special";
    case MovementKind::kRegular: return "regular";
    case MovementKind::kThematic: return "thematic";
    case MovementKind::kNone: return nullptr;
  }
  return nullptr;
}

const char* direction_name(Direction d) {
  switch (d) {
    case Direction::kDecrease: return "decrease";
    case Direction::kIncrease: return "increase";
    case Direction::kAtLeast: return "at_least";
    case Direction::kAbove: return "above";
    case Direction::kAtMost: return "at_most";
    case Direction::kEqual: return "equal";
    case Direction::kNone: return nullptr;
  }
  return nullptr;
}

json name_or_null(const char* s) { return s ? json(s) : json(nullptr); }
json text_or_null(const std::optional<std::string>& s) {
  if (!s) return nullptr;
  std::string c = clean(*s);
  return c.empty() ? json(nullptr) : json(c);
}
json date_or_null(const std::optional<Date>& d) { return d ? json(d->iso()) : json(nullptr); }
json number(double v) {
  if (std::floor(v) == v && std::fabs(v) < 1e15) return json(static_cast<int64_t>(v));
  return json(v);
}

// The text's own places, by level: the organizers' first, then any level for which the text
// names exactly one place ("Công an tỉnh" in a Trà Vinh article is Trà Vinh's).
std::map<Level, std::string> context_places(const Analysis& a, const std::vector<UnitMention>& organizers) {
  std::map<Level, std::string> places;
  auto level_of = [](const UnitMention& u) -> std::optional<Level> {
    if (u.level) return u.level;
    if (!u.name.empty() && (u.kind == UnitKind::kPolice || u.kind == UnitKind::kCommittee ||
                            u.kind == UnitKind::kCouncil || u.kind == UnitKind::kParty)) {
      return Level::kProvince;  // "Công an Trà Vinh"
    }
    return std::nullopt;
  };
  for (const UnitMention& u : organizers) {
    if (u.name.empty() || u.list_prefix) continue;
    if (const auto level = level_of(u)) places.emplace(*level, u.name);
  }
  std::map<Level, std::set<std::string>> seen;
  std::map<Level, std::string> first;
  for (const UnitMention& u : find_units(a.doc, 0, a.doc.size(), a.unit_options())) {
    if (u.name.empty() || u.list_prefix) continue;
    const auto level = level_of(u);
    if (!level) continue;
    seen[*level].insert(unit_key(u.name));
    first.emplace(*level, u.name);
  }
  for (const auto& [level, names] : seen)
    if (names.size() == 1 && !places.count(level)) places.emplace(level, first[level]);
  return places;
}

}  // namespace

json parse_plan(std::string_view utf8_text) {
  Analysis a;
  a.doc = analyse(utf8_text);
  a.dates = find_dates(a.doc);
  a.numbers = find_numbers(a.doc, a.dates);
  a.name_starts.assign(a.doc.tokens.size(), false);
  a.in_person.assign(a.doc.tokens.size(), false);

  const TitleInfo title = read_title(a);
  std::vector<Person> people = extract_people(a, title);
  const std::vector<PhaseMention> phase_mentions = find_phases(a);
  const int announced = announced_phase_count(a);
  const int32_t movement_range = find_movement_range(a, phase_mentions);
  const EventResult event = extract_event(a, title, movement_range);
  const std::vector<UnitMention> organizers = extract_organizers(a, event, title);
  a.places = context_places(a, organizers);
  complete_positions(a, people);

  MovementResult movement = extract_movement(a, event, title, movement_range, phase_mentions);
  const std::optional<Date> now = event.date ? event.date : a.dates.document_date;
  const std::vector<PhaseResult> phases = resolve_phases(a, phase_mentions, announced, now, movement.start);
  if (!phase_mentions.empty()) {  // the movement spans its phases when it gives no dates itself
    if (!movement.start) movement.start = phases.front().start;
    if (!movement.end) movement.end = phases.back().end;
  }
  const std::vector<std::string> contents = extract_contents(a);
  const int year = movement.start ? movement.start->year() : now ? now->year() : 0;
  const std::vector<TargetResult> targets = extract_targets(a, year);
  const std::optional<GroupResult> group = extract_group(a, people, organizers);
  const std::vector<CountResult> counts = extract_counts(a);

  json out = json::object();
  out["title"] = text_or_null(title.text);
  out["event"] = {{"kind", name_or_null(event_kind_name(event.kind))},
                  {"date", date_or_null(event.date)},
                  {"place", text_or_null(event.place)}};
  json orgs = json::array();
  for (const UnitMention& u : organizers) orgs.push_back(clean(a.complete(u)));
  out["organizers"] = std::move(orgs);
  out["movement"] = {{"name", text_or_null(movement.name)},
                     {"kind", name_or_null(movement_kind_name(movement.kind))},
                     {"theme", text_or_null(movement.theme)},
                     {"motto", text_or_null(movement.motto)},
                     {"start", date_or_null(movement.start)},
                     {"end", date_or_null(movement.end)}};
  json ph = json::array();
  for (const PhaseResult& p : phases) {
    ph.push_back({{"ordinal", p.ordinal},
                  {"start", date_or_null(p.start)},
                  {"end", date_or_null(p.end)},
                  {"title", text_or_null(p.title)}});
  }
  out["phases"] = std::move(ph);
  out["contents"] = contents;
  json tg = json::array();
  for (const TargetResult& t : targets) {
    tg.push_back({{"text", clean(t.text)},
                  {"measure", clean(t.measure)},
                  {"kind", t.kind},
                  {"direction", name_or_null(direction_name(t.direction))},
                  {"value", t.value ? number(*t.value) : json(nullptr)},
                  {"unit", text_or_null(t.unit)},
                  {"baseline", t.previous_year ? json("previous_year") : json(nullptr)}});
  }
  out["targets"] = std::move(tg);
  if (group) {
    json members = json::array();
    for (const std::string& m : group->members) members.push_back(clean(m));
    out["group"] = {{"name", clean(group->name)},
                    {"leader", text_or_null(group->leader)},
                    {"deputy", text_or_null(group->deputy)},
                    {"members", std::move(members)}};
  } else {
    out["group"] = nullptr;
  }
  json pp = json::array();
  for (const Person& p : people) {
    std::string position;
    for (const PositionPart& part : p.parts) position += (position.empty() ? "" : ", ") + part.text;
    pp.push_back({{"name", clean(p.name)},
                  {"rank", text_or_null(p.rank)},
                  {"position", position.empty() ? json(nullptr) : json(clean(position))}});
  }
  out["people"] = std::move(pp);
  json cs = json::array();
  for (const CountResult& c : counts) cs.push_back({{"what", clean(c.what)}, {"value", number(c.value)}});
  out["counts"] = std::move(cs);
  return out;
}

}  // namespace thidua::text::plan
