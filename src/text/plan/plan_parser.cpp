#include "text/plan/plan_parser.h"
#include "text/plan/spelling.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "text/plan/extract.h"
#include "text/plan/org_model.h"

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
// "Khối thi đua các cơ quan nội chính tỉnh", "Cụm thi đua các xã thị xã": a name whose last words are a
// bare level word.
bool closes_with_level(const std::string& name) {
  const Document d = analyse_fragment(name);
  for (int32_t k = d.size() - 1; k > 0 && d.size() - k <= 2; --k)
    if (const auto lv = lexicon::levels().match(d, k, d.size()); lv && k + lv.length == d.size()) return true;
  return false;
}
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

// (s17-plan-b, s24-orgs) "Tỉnh đoàn Đồng Nai", "Huyện đoàn Di Linh": the places of the bodies whose
// head holds their level ("Tỉnh đoàn"), named with the place, in the text's order.
std::vector<std::pair<Level, std::string>> fused_head_places(const Analysis& a) {
  std::vector<std::pair<Level, std::string>> out;
  for (const UnitMention& u : find_units(a.doc, 0, a.doc.size(), a.unit_options())) {
    if (u.list_prefix) continue;
    const int32_t from = u.inner_first >= 0 ? u.inner_first : u.first;  // "Ban Thường vụ Tỉnh đoàn Hà Tĩnh"
    const auto head = lexicon::fused_level_heads().match(a.doc, from, u.last);
    if (!head) continue;
    const auto level = static_cast<Level>(head.value());
    std::string name;
    const int32_t at = from + head.length;
    if (at < u.last && place_name_end(a.doc, at, u.last, level == Level::kProvince, a.unit_options(), &name) == u.last)
      out.emplace_back(level, name);
  }
  return out;
}

// The text's own places, by level: the organizers' first, then any level for which the text
// names exactly one place ("Công an tỉnh" in a Trà Vinh article is Trà Vinh's).
// With `named_places`, also the districts and provinces the text names as places only ("trên địa
// bàn huyện Tiên Phước", "của tỉnh Thanh Hóa"): for the organizers alone.
std::map<Level, std::string> context_places(const Analysis& a, const std::vector<UnitMention>& organizers,
                                            bool named_places = false) {
  std::map<Level, std::string> places;
  auto level_of = [&a](const UnitMention& u) -> std::optional<Level> {
    if (u.level) return u.level;
    // (s21-people) "Huyện ủy Yên Lạc", "Quận ủy Ba Đình", "Thị ủy Sơn Tây": a party committee whose
    // head holds its level names a place of that level, not a province ("Phó Chủ tịch UBND huyện"
    // in a text on Huyện ủy Yên Lạc is Yên Lạc's; "UBND tỉnh" is not "tỉnh Yên Lạc"). "Thành ủy"
    // stays a province's: its city may be either level.
    if (!u.name.empty() && u.kind == UnitKind::kParty && u.first + 1 < a.doc.size()) {
      static const std::vector<std::pair<std::vector<std::string>, Level>> fused_party = {
          {phrase_keys("Huyện ủy"), Level::kDistrict}, {phrase_keys("Quận ủy"), Level::kUrbanDistrict},
          {phrase_keys("Thị ủy"), Level::kTown}};
      for (const auto& [head, level] : fused_party)
        if (a.doc.is_key(u.first, head[0]) && a.doc.is_key(u.first + 1, head[1])) return level;
    }
    if (!u.name.empty() && (u.kind == UnitKind::kPolice || u.kind == UnitKind::kCommittee ||
                            u.kind == UnitKind::kCouncil || u.kind == UnitKind::kParty)) {
      return Level::kProvince;  // "Công an Trà Vinh"
    }
    return std::nullopt;
  };
  for (const UnitMention& u : organizers) {
    // (s25-members) "Khối thi đua MTTQ và các tổ chức chính trị - xã hội tỉnh Khánh Hòa tổ chức …": a
    // group holding the event whose name closes with a place and its level names the text's place of
    // that level ("Hội Nông dân tỉnh" among its members is Khánh Hòa's).
    if ((u.kind == UnitKind::kCluster || u.kind == UnitKind::kBlock) && !u.list_prefix) {
      const Document d = analyse_fragment(u.text);
      for (int32_t k = 1; k + 1 < d.size(); ++k) {
        const auto lv = lexicon::levels().match(d, k, d.size());
        if (!lv || d.tokens[k].capitalised) continue;
        std::string name;
        const int32_t n = place_name_end(d, k + lv.length, d.size(), false, a.unit_options(), &name);
        if (n == d.size() && !name.empty()) places.emplace(static_cast<Level>(lv.value()), name);
      }
      continue;
    }
    if (u.name.empty() || u.list_prefix) continue;
    if (const auto level = level_of(u)) places.emplace(*level, u.name);
  }
  std::map<Level, std::set<std::string>> seen;
  std::map<Level, std::string> first;
  // (s17-plan-b) "Tỉnh đoàn Đồng Nai", "Huyện đoàn Di Linh": a youth union whose head holds its
  // level, then the place, names a place of that level ("Phó Chủ tịch Hội Cựu chiến binh tỉnh"
  // in a text on Đồng Nai's youth union is Đồng Nai's).
  for (const auto& [level, name] : fused_head_places(a)) {
    seen[level].insert(unit_key(name));
    first.emplace(level, name);
  }
  for (const UnitMention& u : find_units(a.doc, 0, a.doc.size(), a.unit_options())) {
    if (u.name.empty() || u.list_prefix) continue;
    const auto level = level_of(u);
    if (!level) continue;
    seen[*level].insert(unit_key(u.name));
    first.emplace(*level, u.name);
  }
  const Document& doc = a.doc;
  // (s26-orgs) "tại Công an huyện Thăng Bình, Quảng Nam", "xã A, huyện B, Hà Tĩnh": a district's or a commune's
  // address closed by its province without the level names that province ("Phó Giám đốc Công an tỉnh" there is
  // Quảng Nam's), as "Công an Quảng Nam" would.
  for (int32_t i = 0; i + 2 < doc.size(); ++i) {
    const auto lv = lexicon::levels().match(doc, i, doc.size());
    if (!lv || doc.tokens[i].capitalised) continue;
    const auto level = static_cast<Level>(lv.value());
    if (level == Level::kProvince || level == Level::kCity) continue;
    std::string name;
    const int32_t n = place_name_end(doc, i + lv.length, doc.size(), false, a.unit_options(), &name);
    if (n == i + lv.length || !doc.is_punct(n, ",") || !doc.is_word(n + 1) || !doc.tokens[n + 1].capitalised) continue;
    const auto province = lexicon::provinces().match(doc, n + 1, doc.size());
    const int32_t after = n + 1 + (province ? province.length : 0);
    if (!province || (after < doc.size() && doc.is_word(after) && doc.tokens[after].capitalised)) continue;
    const Level province_level = province.value() == 1 ? Level::kCity : Level::kProvince;
    const std::string written = doc.tokens[n + 1].all_caps ? std::string(province.display()) : std::string(doc.text_of(n + 1, after));
    seen[province_level].insert(unit_key(written));
    first.emplace(province_level, written);
  }
  // A commune named by its level alone, not as a unit ("tại thôn Quảng Đại xã Xuân Thái"): a
  // place of the text too, for the commune's officers
  // ("Chủ tịch UBND xã", "Trưởng Công an xã").
  for (int32_t i = 0; i < doc.size(); ++i) {
    const auto lv = lexicon::levels().match(doc, i, doc.size());
    if (!lv || doc.tokens[i].all_caps) continue;  // a headline in capitals runs into its verb
    const auto level = static_cast<Level>(lv.value());
    const bool named = named_places && (level == Level::kDistrict || level == Level::kProvince);
    if (level != Level::kCommune && level != Level::kWard && level != Level::kTownlet && !named) continue;
    std::string name;
    const int32_t n = place_name_end(doc, i + lv.length, doc.size(), level == Level::kProvince, a.unit_options(), &name);
    if (n == i + lv.length) continue;
    if (named && !(doc.is_word(i + lv.length) && doc.tokens[i + lv.length].capitalised)) continue;  // "huyện 2024"

    seen[level].insert(unit_key(name));
    first.emplace(level, name);
    i = n - 1;
  }
  for (const auto& [level, names] : seen)
    if (names.size() == 1 && !places.count(level)) places.emplace(level, first[level]);
  return places;
}

// Whether the provinces and central cities a text names with their level are one: "tỉnh A", or in a list after
// a plural level ("các tỉnh … gồm: Bắc Giang, …, Bắc Kạn", "5 tỉnh: A, B"); a name without its level ("tư tưởng
// Hồ Chí Minh", "Đại học Bình Dương") names no place.
bool names_one_province(const Document& doc) {
  static const std::string cac = word_key("các");
  std::set<std::string> names;
  for (int32_t i = 1; i < doc.size(); ++i) {
    const auto p = lexicon::provinces().match(doc, i, doc.size());
    if (!p || !doc.tokens[i].capitalised) continue;
    bool leveled = false;
    for (int32_t len = 1; len <= 2 && !leveled; ++len)
      if (const auto lv = lexicon::levels().match(doc, i - len, i); lv && lv.length == len) leveled = true;
    for (int32_t k = doc.sentence_of(i).first; k + 1 < i && !leveled; ++k)
      leveled = (doc.is_key(k, cac) || doc.is_number(k)) && lexicon::levels().match(doc, k + 1, i) &&
                !doc.tokens[k + 1].capitalised;
    if (leveled) names.insert(unit_key(std::string(p.display())));
    i += p.length - 1;
  }
  return names.size() == 1;
}

json provenance_entry(const Provenance& p) {
  json e = {{"how", p.note.empty() ? "explicit" : "inferred"}};
  e["source"] = p.source.empty() ? json(nullptr) : json(clean(p.source));
  e["note"] = p.note.empty() ? json(nullptr) : json(p.note);
  return e;
}

// Whether a text is about emulation (lexicon::gate_signals, s21-gate): one word of emulation or
// commendation, or two weaker signals that belong together (a review with awards, a campaign
// launched). A text with neither (a drug arrest, a fire, a weather report, a school's year-end)
// gets an empty draft rather than invented fields.
bool about_emulation(const Document& doc) {
  const PhraseTable& signals = lexicon::gate_signals();
  int classes = 0;
  for (int32_t i = 0; i < doc.size(); ++i)
    if (const auto m = signals.match(doc, i, doc.size())) {
      if (m.value() == kGateAlone) return true;
      classes |= m.value();
      i += m.length - 1;  // a phrase's words are its own: "khí thế thi đua" holds no "thi đua"
    }
  for (const int pair : lexicon::gate_pairs())
    if ((classes & pair) == pair) return true;
  return false;
}

json empty_draft(std::vector<std::string> notes) {
  json out = {{"title", nullptr},
              {"event", {{"kind", nullptr}, {"date", nullptr}, {"place", nullptr}}},
              {"organizers", json::array()},
              {"movement", {{"name", nullptr}, {"kind", nullptr}, {"theme", nullptr}, {"motto", nullptr},
                            {"start", nullptr}, {"end", nullptr}}},
              {"phases", json::array()},
              {"contents", json::array()},
              {"targets", json::array()},
              {"group", nullptr},
              {"people", json::array()},
              {"counts", json::array()},
              {"provenance", json::object()}};
  out["notes"] = std::move(notes);
  return out;
}

}  // namespace

bool is_event_kind(std::string_view name) {
  // Every kind but kNone, which is first; kReview is the last (lexicon.h).
  for (int k = static_cast<int>(EventKind::kNone) + 1; k <= static_cast<int>(EventKind::kReview); ++k)
    if (name == event_kind_name(static_cast<EventKind>(k))) return true;
  return false;
}

json parse_plan(std::string_view utf8_text) { return parse_plan_with_candidates(utf8_text, nullptr); }

json parse_plan_with_candidates(std::string_view utf8_text, std::vector<OrganizerCandidate>* candidates) {
  if (candidates) candidates->clear();
  Analysis a;
  a.doc = correct_spelling(analyse(utf8_text));
  std::vector<std::string> notes = a.doc.notes;
  if (!about_emulation(a.doc)) {
    notes.push_back("Không tìm thấy nội dung về thi đua, phong trào, giao ước hay chỉ tiêu trong văn bản: "
                    "bản nháp để trống.");
    return empty_draft(std::move(notes));
  }
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
  std::map<Level, std::string> organizer_places = context_places(a, organizers, true);
  // The issuer in a formal text's header ("ỦY BAN NHÂN DÂN / HUYỆN A") names the text's own
  // place of its level, as an organiser would.
  if (title.issuer && title.issuer->level && !title.issuer->name.empty() && !title.issuer->list_prefix) {
    a.places.emplace(*title.issuer->level, title.issuer->name);
    organizer_places.emplace(*title.issuer->level, title.issuer->name);
  }
  // A bare "UBND huyện" that organises takes the only district the text names, as a unit or not.
  const std::vector<std::pair<Level, std::string>> fused_places = fused_head_places(a);
  const auto organizer_text = [&](const UnitMention& u) {
    std::string t = a.complete(u);
    // (s24-orgs) "Tỉnh đoàn tổ chức …" in a text naming "Tỉnh đoàn Thái Nguyên": a body whose head
    // holds its level, written bare, is the same body the text names in full with its place (one
    // place); not of a place the text names otherwise ("… tại huyện A, tỉnh B": PlanPatterns35).
    if (const auto head = lexicon::fused_level_heads().match(a.doc, u.first, u.last);
        head && head.length == u.last - u.first && u.name.empty() && !u.list_prefix && t == u.text) {
      std::string place;
      bool one = true;
      for (const auto& [level, name] : fused_places) {
        if (level != static_cast<Level>(head.value())) continue;
        one &= place.empty() || unit_key(place) == unit_key(name);
        place = name;
      }
      return place.empty() || !one ? t : t + " " + place;
    }
    if (t != u.text || !u.level || !u.name.empty() || u.list_prefix) return t;
    const auto it = organizer_places.find(*u.level);
    return it == organizer_places.end() ? t : u.text + " " + it->second;
  };
  {
    // (s28-orgs3) "Chủ tịch UBND tỉnh Hoàng Xuân Ánh …" in a text naming "tỉnh Cao Bằng" only as a place: an
    // office ending in a bare "tỉnh" takes the one province the text names with its level (Conventions:
    // Positions), unless the text names other provinces too ("các tỉnh … gồm: Bắc Giang, …, Bắc Kạn").
    const std::map<Level, std::string> kept = a.places;
    for (const Level level : {Level::kProvince, Level::kCity})
      if (const auto it = organizer_places.find(level);
          it != organizer_places.end() && !a.places.count(level) && names_one_province(a.doc))
        a.places.emplace(level, it->second);
    complete_positions(a, people);
    a.places = kept;
  }

  MovementResult movement = extract_movement(a, event, title, movement_range, phase_mentions);
  const std::optional<Date> now = event.date ? event.date : a.dates.document_date;
  const std::vector<PhaseResult> phases = resolve_phases(a, phase_mentions, announced, now, movement.start);
  if (!phase_mentions.empty()) {  // the movement spans its phases when it gives no dates itself
    if (!movement.start && phases.front().start) {
      movement.start = phases.front().start;
      movement.start_from = {phases.front().start_from.source, "ngày bắt đầu của đợt đầu tiên"};
    }
    if (!movement.end && phases.back().end) {
      movement.end = phases.back().end;
      movement.end_from = {phases.back().end_from.source, "ngày kết thúc của đợt cuối cùng"};
    }
  }
  // A text about a launch or a pledge reads what it holds: the event's kind, or a formal plan's, or the kind of
  // the event its lead calls off ("quyết định không tổ chức hội nghị ký kết giao ước …; chuyển dự thảo …").
  const auto launch_or_pledge = [](EventKind k) { return k == EventKind::kLaunch || k == EventKind::kPledgeSigning; };
  const std::vector<std::string> contents =
      extract_contents(a, launch_or_pledge(event.kind) || launch_or_pledge(event.called_off) ||
                              (event.kind == EventKind::kNone && title.formal));
  // The year targets are set for: the movement's, the event's, or else the latest year the text
  // names ("ký kết giao ước … năm 2019" with no day: "so với năm 2018" is the year before).
  int latest_year = 0;  // adjusted below
  for (const auto& [token, y] : a.dates.explicit_years) latest_year = std::max(latest_year, y);
  // "… giảm 5 - 10% … so với năm 2019" and no other year: the baseline's year is the one before
  // the plan's.
  bool only_baselines = latest_year > 0;
  static const std::vector<std::string> so_voi = phrase_keys("so với");
  for (const auto& [token, y] : a.dates.explicit_years) {
    if (y != latest_year) continue;
    bool baseline = false;
    for (int32_t k = std::max(0, token - 4); k + 1 < token && !baseline; ++k)
      baseline = a.doc.is_key(k, so_voi[0]) && a.doc.is_key(k + 1, so_voi[1]);
    only_baselines &= baseline;
  }
  if (only_baselines) ++latest_year;
  const int year = movement.start ? movement.start->year() : now ? now->year() : latest_year;
  const std::vector<TargetResult> targets = extract_targets(a, year, event.kind);
  const std::optional<GroupResult> group = extract_group(a, people, organizers);
  std::vector<CountResult> counts = extract_counts(a);
  // "Phấn đấu xây dựng 10 mô hình …": a level to reach is a target, not a count of what the
  // movement has (the development set's count targets are never counts).
  std::erase_if(counts, [&](const CountResult& c) {
    return std::any_of(targets.begin(), targets.end(), [&](const TargetResult& t) {
      return t.kind == "rate" && t.unit && *t.unit != "%" && c.first >= t.first && c.first < t.last;
    });
  });
  // "Cụm gồm Công an các tỉnh A, B, C và D. Lãnh đạo 4 đơn vị thành viên …": the group's units
  // counted where the text also names them are its members, not a count (the conventions: a
  // group's units are a count only "when they are counted but not named").
  if (group && group->members.size() >= 2) {
    static const char* const kUnitWords[] = {"đơn vị", "tỉnh", "thành phố", "huyện", "quận", "thị xã",
                                             "xã", "phường", "thị trấn", "Công an"};
    std::erase_if(counts, [&](const CountResult& c) {
      if (c.value != static_cast<double>(group->members.size())) return false;
      const std::string what = unit_key(c.what);
      return std::any_of(std::begin(kUnitWords), std::end(kUnitWords), [&](const char* w) {
        const std::string key = unit_key(w);
        return what.rfind(key, 0) == 0 && (what.size() == key.size() || what[key.size()] == ' ');
      });
    });
  }

  json out = json::object();
  out["title"] = text_or_null(!title.page_headline.empty() ? title.page_headline
                                : title.text.empty()         ? title.glued_headline
                                                             : title.text);
  out["event"] = {{"kind", name_or_null(event_kind_name(event.kind))},
                  {"date", date_or_null(event.date)},
                  {"place", text_or_null(event.place)}};
  // (s16-plan-d) "Khối thi đua Văn hóa - xã hội tỉnh tổ chức …", "… của Cụm thi đua các huyện, thị
  // xã tỉnh A": the group holding its own event is written as the group is named (decision 4 of
  // session 15), without the level and place after it ("tỉnh", "của tỉnh", "tỉnh A"); a parent
  // body after it ("Khối thi đua 20 Bộ Xây dựng") is kept as the text writes it.
  const auto group_written = [&](const UnitMention& u) -> std::optional<std::string> {
    if (!group || group->name.empty()) return std::nullopt;
    const std::string text = clean(u.text);
    // (s25-orgs) "Hội Luật gia Cụm thi đua 4 gồm Hội Luật gia các tỉnh …": a body's kind with no place, before
    // the group's name, the kind its members are of ("Hội Luật gia tỉnh Đồng Nai"), is that body of each
    // member — the group holding its own event, written as its name. (A union inside a group of other
    // bodies, "Hội phụ nữ Cụm thi đua số 2" of academies, keeps the text's wording.)
    if (text.size() > group->name.size() + 1) {
      const size_t at = text.size() - group->name.size();
      if (text[at - 1] == ' ' && unit_key(text.substr(at)) == unit_key(group->name)) {
        const std::string kind = unit_key(text.substr(0, at - 1));
        const Document before = analyse_fragment(text.substr(0, at - 1));
        bool placeless = before.size() > 0 && lexicon::unit_heads().match(before, 0, before.size());
        for (int32_t k = 0; k < before.size() && placeless; ++k)
          placeless = before.is_word(k) && !lexicon::levels().match(before, k, before.size());
        const bool members_of_kind = std::any_of(group->members.begin(), group->members.end(), [&](const std::string& m) {
          const std::string key = unit_key(m);
          return key.size() > kind.size() && key.compare(0, kind.size(), kind) == 0 && key[kind.size()] == ' ';
        });
        if (placeless && members_of_kind) return group->name;
      }
    }
    if (u.kind != UnitKind::kCluster && u.kind != UnitKind::kBlock) return std::nullopt;
    if (text.size() <= group->name.size() || unit_key(text.substr(0, group->name.size())) != unit_key(group->name) ||
        text[group->name.size()] != ' ')
      return std::nullopt;
    const Document rest = analyse_fragment(text.substr(group->name.size() + 1));
    int32_t k = rest.is_key(0, word_key("của")) ? 1 : 0;
    // (s28-orgs3) "Khối thi đua các cơ quan nội chính tỉnh A tổ chức …" in a text naming the block "Khối
    // thi đua các cơ quan nội chính tỉnh": a group whose name closes with its level word is called so, and
    // the place the text writes after it is not part of the name (Conventions, session 27).
    if (k == 0 && closes_with_level(group->name) && rest.size() > 0) {
      bool place = true;
      for (int32_t t = 0; t < rest.size() && place; ++t) place = rest.is_word(t) && rest.tokens[t].capitalised;
      if (place) return group->name;
    }
    const auto level = lexicon::levels().match(rest, k, rest.size());
    if (!level) return std::nullopt;
    for (k += level.length; k < rest.size(); ++k)
      if (!rest.is_word(k) || !rest.tokens[k].capitalised) return std::nullopt;
    return group->name;
  };
  json orgs = json::array();
  for (const UnitMention& u : organizers) orgs.push_back(clean(group_written(u).value_or(organizer_text(u))));
  out["organizers"] = std::move(orgs);
  // (s18-org) The organizer model's candidates, printed the same way.
  if (candidates)
    *candidates = organizer_candidates(a, event, title, organizers, [&](const UnitMention& u) {
      return group_written(u).value_or(organizer_text(u));
    });
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
                  {"value_min", t.value_min ? number(*t.value_min) : json(nullptr)},
                  {"value_max", t.value_max ? number(*t.value_max) : json(nullptr)},
                  {"unit", text_or_null(t.unit)},
                  {"baseline", t.previous_year ? json("previous_year") : json(nullptr)}});
  }
  out["targets"] = std::move(tg);
  if (group) {
    json members = json::array();
    for (const std::string& m : group->members) members.push_back(clean(m));
    out["group"] = {{"name", group->name.empty() ? json(nullptr) : json(clean(group->name))},
                    {"leader", text_or_null(group->leader)},
                    {"deputy", text_or_null(group->deputy)},
                    {"members", std::move(members)}};
  } else {
    out["group"] = nullptr;
  }
  json pp = json::array();
  for (const Person& p : people) {
    std::string position;
    for (const PositionPart& part : p.parts) position += (position.empty() ? "" : part.separator) + part.text;
    pp.push_back({{"name", clean(p.name)},
                  {"rank", text_or_null(p.rank)},
                  {"position", position.empty() ? json(nullptr) : json(clean(spell_out(position)))}});
  }
  out["people"] = std::move(pp);
  json cs = json::array();
  for (const CountResult& c : counts) cs.push_back({{"what", clean(c.what)}, {"value", number(c.value)}});
  out["counts"] = std::move(cs);

  // Where each value came from, and whether it was read outright or inferred (extra key; the
  // CONTRACT keys above keep their meaning).
  json pv = json::object();
  if (event.date) pv["event.date"] = provenance_entry(event.date_from);
  if (movement.start) pv["movement.start"] = provenance_entry(movement.start_from);
  if (movement.end) pv["movement.end"] = provenance_entry(movement.end_from);
  for (size_t i = 0; i < phases.size(); ++i) {
    const std::string at = "phases[" + std::to_string(i) + "]";
    if (phases[i].start) pv[at + ".start"] = provenance_entry(phases[i].start_from);
    if (phases[i].end) pv[at + ".end"] = provenance_entry(phases[i].end_from);
  }
  if (movement.name) pv["movement.name"] = provenance_entry(movement.name_from);
  if (movement.kind != MovementKind::kNone) pv["movement.kind"] = provenance_entry(movement.kind_from);
  if (group) {
    if (group->leader) pv["group.leader"] = provenance_entry(group->leader_from);
    if (group->deputy) pv["group.deputy"] = provenance_entry(group->deputy_from);
    if (!group->members.empty() && !group->members_from.source.empty())
      pv["group.members"] = provenance_entry(group->members_from);
  }
  for (size_t i = 0; i < people.size(); ++i) {
    std::string source, completed;
    for (const PositionPart& part : people[i].parts) {
      source += (source.empty() ? "" : ", ") + part.source;
      if (!part.completed.empty()) completed = part.completed;
    }
    if (source.empty()) continue;
    pv["people[" + std::to_string(i) + "].position"] = provenance_entry(
        {clean(source), completed.empty() ? "" : "địa danh “" + completed + "” lấy từ phần khác của văn bản"});
  }
  for (size_t i = 0; i < organizers.size(); ++i) {
    const std::string full = clean(organizer_text(organizers[i]));
    const std::string written = clean(organizers[i].text);
    if (full != written && !group_written(organizers[i]))
      pv["organizers[" + std::to_string(i) + "]"] = provenance_entry({written, "địa danh lấy từ phần khác của văn bản"});
  }
  for (size_t i = 0; i < targets.size(); ++i) {
    const TargetResult& t = targets[i];
    const std::string at = "targets[" + std::to_string(i) + "]";
    if (t.expanded) pv[at] = provenance_entry({t.text, "một trong ba tiêu chí của “cả 3 tiêu chí”"});
    else if (t.previous_year && t.text.find("so với") == std::string::npos)
      pv[at] = provenance_entry({t.text, "mốc so sánh lấy từ chỉ tiêu cùng câu"});
    else pv[at] = provenance_entry({t.text, ""});
  }
  out["provenance"] = std::move(pv);
  out["notes"] = std::move(notes);
  return out;
}

}  // namespace thidua::text::plan
