// Emulation groups: patterns of members and roles of the thirteenth round (see extract_groups.h).
#include "text/plan/extract_groups.h"

#include <algorithm>
#include <cstdlib>

#include "text/vietnamese.h"

namespace thidua::text::plan {
namespace {

bool is_group_unit(const UnitMention& u) { return u.kind == UnitKind::kCluster || u.kind == UnitKind::kBlock; }

// A head the gazetteer knows that names a body of the places it is listed for: not the police (their lists
// are read_members's), not a group, not a word that names no unit.
bool civil_body(UnitKind kind) {
  return kind != UnitKind::kPolice && kind != UnitKind::kCluster && kind != UnitKind::kBlock && kind != UnitKind::kNotAUnit;
}

// The group role written at token i, head first or role first, in any case: "Khối trưởng",
// "cụm phó", "Trưởng khối", "Phó Trưởng khối", "Phó khối", "Phó Cụm trưởng". Flags and length;
// {0, 0} when none.
std::pair<int, int32_t> group_role_at(const Document& doc, int32_t i) {
  static const std::string truong = word_key("trưởng"), pho = word_key("phó"), khoi = word_key("khối"),
                           cum = word_key("cụm");
  auto group_word = [&](int32_t k) { return doc.is_key(k, khoi) || doc.is_key(k, cum); };
  if (doc.is_key(i, pho)) {
    if (doc.is_key(i + 1, truong) && group_word(i + 2)) return {kGroupDeputy, 3};  // Phó Trưởng khối
    if (group_word(i + 1) && doc.is_key(i + 2, truong)) return {kGroupDeputy, 3};  // Phó Khối trưởng
    if (group_word(i + 1)) return {kGroupDeputy, 2};                               // Phó khối
    return {0, 0};
  }
  if (doc.is_key(i, truong) && group_word(i + 1)) return {kGroupLeader, 2};  // Trưởng khối
  if (group_word(i) && doc.is_key(i + 1, truong)) return {kGroupLeader, 2};  // Khối trưởng
  if (group_word(i) && doc.is_key(i + 1, pho)) return {kGroupDeputy, 2};     // Khối phó
  return {0, 0};
}

// A group role inside [first, last): its flags, 0 when none.
int role_in(const Document& doc, int32_t first, int32_t last) {
  for (int32_t k = first; k < last; ++k)
    if (const auto [flags, length] = group_role_at(doc, k); flags && k + length <= last) return flags;
  return 0;
}

// A lower-case word that starts the clause's verb ("ký kết", "tổ chức", "đã").
bool verb_at(const Document& doc, int32_t k, int32_t end) {
  static const std::string da = word_key("đã"), vua = word_key("vừa"), cung = word_key("cùng"), cua = word_key("của"),
                           ve = word_key("về"), trong = word_key("trong");
  if (!doc.is_word(k) || doc.tokens[k].capitalised) return false;
  // Prepositions may be part of a body's name ("Ban Quản lý … của tỉnh", "Cục … về …").
  if (doc.is_key(k, cua) || doc.is_key(k, ve) || doc.is_key(k, trong)) return false;
  return doc.is_key(k, da) || doc.is_key(k, vua) || doc.is_key(k, cung) || lexicon::predicates().match(doc, k, end) ||
         lexicon::event_triggers().match(doc, k, end);
}

// verb_at inside a list of bodies: "và" before a capitalised word joins the words of a name
// ("Khoa học và Công nghệ"), it is no verb there.
bool verb_in_list(const Document& doc, int32_t k, int32_t end) {
  static const std::string va = word_key("và");
  if (doc.is_key(k, va) && doc.is_word(k + 1) && doc.tokens[k + 1].capitalised) return false;
  return verb_at(doc, k, end);
}

// Words that open a body's name beyond the gazetteer's unit heads.
bool body_head_at(const Analysis& a, int32_t k, int32_t end) {
  const Document& doc = a.doc;
  if (!doc.is_word(k) || !doc.tokens[k].capitalised) return false;
  if (const auto h = lexicon::unit_heads().match(doc, k, end))
    return static_cast<UnitKind>(h.value()) != UnitKind::kCluster && static_cast<UnitKind>(h.value()) != UnitKind::kBlock;
  // The bodies the gazetteer does not head ("Kho bạc", "Công ty", "Bưu điện"): lexicon data.
  return static_cast<bool>(lexicon::body_heads().match(doc, k, end));
}

// (s23-members) The words [k, end) are a body's head alone, in any case — "thanh tra", "sở tài
// chính", "hội cựu chiến binh", "kho bạc nhà nước" — written before the level of the places it is
// listed for; not the police (their lists are read_members's), nor a group. The head as printed: as
// written when capitalised, else as the gazetteer writes it ("Sở Tài chính"); none when no such head.
std::optional<std::string> bare_body_head(const Document& doc, int32_t k, int32_t end) {
  if (k >= end) return std::nullopt;
  for (int32_t t = k; t < end; ++t)
    if (!doc.is_word(t)) return std::nullopt;
  std::string printed;
  if (const auto h = lexicon::unit_heads().match(doc, k, end)) {
    if (!civil_body(static_cast<UnitKind>(h.value()))) return std::nullopt;
    printed = std::string(h.display());
    if (k + h.length < end) {
      // "Sở Tài chính": a department named by its field; (s23-lists) "ngân hàng nhà nước chi
      // nhánh": the head and the words that stay with it.
      auto words = lexicon::administrative_fields().match(doc, k + h.length, end);
      if (!words || k + h.length + words.length != end) words = lexicon::head_qualifiers().match(doc, k + h.length, end);
      if (!words || k + h.length + words.length != end) return std::nullopt;
      printed += " " + std::string(words.display());
    }
  } else if (const auto b = lexicon::body_heads().match(doc, k, end); b && k + b.length == end) {
    printed = std::string(b.display());
  } else if (const auto q = b ? lexicon::head_qualifiers().match(doc, k + b.length, end) : PhraseTable::Match{};
             q && k + b.length + q.length == end) {
    printed = std::string(b.display()) + " " + std::string(q.display());
  } else {
    return std::nullopt;
  }
  return doc.tokens[k].capitalised ? clean(doc.text_of(k, end)) : printed;
}

// (s24-members) See extract_groups.h.
}  // namespace

// (s25-heads) See extract_groups.h.
std::optional<std::pair<int32_t, int32_t>> head_before_count(const Analysis& a, int32_t c) {
  const Document& doc = a.doc;
  static const std::string gom = word_key("gồm"), hai = word_key("hai"), ba = word_key("ba"), cap = word_key("cấp"),
                           thuoc = word_key("thuộc"), dua = word_key("đua");
  if (c <= 0 || c >= doc.size()) return std::nullopt;
  // (s29) "Sở Văn hóa, Thể thao và Du lịch các tỉnh …": a department by its field, commas and all.
  if (auto department = department_before_count(a, c)) return department;
  const Sentence& s = doc.sentence_of(c);
  // "Tòa án nhân dân hai cấp thuộc 14 tỉnh": the body's levels of courts between the head and the count.
  int32_t h_end = c;
  if (int32_t q = doc.is_key(h_end - 1, thuoc) ? h_end - 1 : h_end;
      doc.is_key(q - 1, cap) && (doc.is_key(q - 2, hai) || doc.is_key(q - 2, ba)))
    h_end = q - 2;
  h_end = short_form_before(doc, h_end);  // "Hội Cựu chiến binh (CCB) các tỉnh"
  // The head: words up to eight before, no number, no punctuation but "-" and "&", no verb ("và" before
  // a capitalised word is of the name: "Đài Phát thanh và Truyền hình"), not the group's designation
  // ("Cụm Thi đua Thanh tra"), at most four lower-case words in a row ("Viện kiểm sát nhân dân").
  int32_t lo = h_end;
  for (int32_t t = h_end - 1, lower = 0; t >= s.first && h_end - t <= 8; --t) {
    const bool joint = doc.is_punct(t, "-") || doc.is_punct(t, "&") || doc.is_punct(t, "–");
    if (!joint && (!doc.is_word(t) || doc.is_number(t))) break;
    if (!joint && (doc.is_key(t, dua) || doc.is_key(t, gom) || verb_in_list(doc, t, h_end) ||
                   lexicon::event_triggers().match(doc, t, h_end) ||  // "Hội nghị Thanh tra các tỉnh"
                   (!doc.tokens[t].capitalised && lexicon::not_in_head().match(doc, t, t + 1))))  // "PCCC ở các tỉnh"
      break;
    lower = !joint && !doc.tokens[t].capitalised ? lower + 1 : 0;
    if (lower > 4) break;
    lo = t;
  }
  // A head the lexicon knows, the first of the span ("Thanh tra", "Kho bạc", "Hội" of "Hội Phụ nữ Công
  // an"); else the capitalised words alone closing the span ("Đài PT - TH").
  int32_t from = -1;
  for (int32_t t = lo; t < h_end && from < 0; ++t)
    if (doc.is_word(t) && doc.tokens[t].capitalised && body_head_at(a, t, h_end)) from = t;
  if (from < 0) {
    for (int32_t t = h_end - 1; t >= lo; --t) {
      const bool joint = doc.is_punct(t, "-") || doc.is_punct(t, "&") || doc.is_punct(t, "–");
      if (!joint && !doc.tokens[t].capitalised) break;
      if (!joint) from = t;
    }
  }
  if (from < 0 || from >= h_end) return std::nullopt;
  if (!head_may_open_list(doc, s.first, from)) return std::nullopt;
  return std::make_pair(from, h_end);
}

// (s25-heads, s29) See extract_groups.h.
bool head_may_open_list(const Document& doc, int32_t first, int32_t from) {
  static const std::string la = word_key("là"), co = word_key("có"), gom = word_key("gồm"), dua = word_key("đua");
  // (s29) "Dự hội nghị có lãnh đạo Sở Tư pháp các tỉnh trong Cụm gồm: A, B": those who came for the bodies.
  static const Entry kRepresentatives[] = {{"lãnh đạo"}, {"đại diện"}, {"đại biểu"}};
  static const PhraseTable representatives(kRepresentatives);
  if (from <= first || !doc.is_word(from - 1) || doc.is_number(from - 1) || doc.tokens[from - 1].capitalised) return true;
  if (doc.is_key(from - 1, dua) || doc.is_key(from - 1, gom) || doc.is_key(from - 1, la) || doc.is_key(from - 1, co))
    return true;
  return from >= 2 && representatives.match(doc, from - 2, from).length == 2;
}

// (s29) See extract_groups.h.
std::optional<std::pair<int32_t, int32_t>> department_before_count(const Analysis& a, int32_t c) {
  const Document& doc = a.doc;
  if (c <= 0 || c >= doc.size()) return std::nullopt;
  const Sentence& s = doc.sentence_of(c);
  for (int32_t t = c - 2; t >= s.first && c - t <= 12; --t) {
    if (!doc.is_word(t) || !doc.tokens[t].capitalised) continue;
    const auto h = lexicon::unit_heads().match(doc, t, c);
    if (!h || !civil_body(static_cast<UnitKind>(h.value()))) continue;
    const auto field = lexicon::administrative_fields().match(doc, t + h.length, c);
    if (!field || t + static_cast<int32_t>(h.length + field.length) != c) continue;
    if (!head_may_open_list(doc, s.first, t)) return std::nullopt;
    return std::make_pair(t, c);
  }
  return std::nullopt;
}

// (s25-heads) See extract_groups.h.
std::optional<std::string> head_of_places(const Analysis& a, int32_t start) {
  const Document& doc = a.doc;
  static const std::string gom = word_key("gồm"), bao = word_key("bao"), cac = word_key("các"), va = word_key("và");
  if (start <= 0 || start >= doc.size()) return std::nullopt;
  const Sentence& s = doc.sentence_of(start);
  int32_t e = start;
  if (doc.is_punct(e - 1, ":")) --e;
  if (doc.is_key(e - 1, gom)) {
    --e;
    if (doc.is_key(e - 1, bao)) --e;
  }
  if (e == start) return std::nullopt;
  // The level, walking back over the words describing the places ("trung du miền núi phía Bắc",
  // "(thành phố) khu vực đồng bằng và trung du Bắc bộ"), counted or after "các".
  int32_t c = -1;
  for (int32_t j = e - 1; j > s.first && e - j <= 20 && c < 0; --j) {
    if (doc.is_punct(j, ",") || doc.is_punct(j, ";") || doc.is_punct(j, ".") || doc.is_punct(j, ":")) return std::nullopt;
    if (doc.is_key(j, gom) || (!doc.is_key(j, va) && verb_at(doc, j, e))) return std::nullopt;  // "đồng bằng và trung du"
    const auto lv = lexicon::levels().match(doc, j, e);
    if (!lv || !doc.is_word(j) || doc.tokens[j].capitalised) continue;
    if (doc.is_key(j - 1, cac) || (doc.is_number(j - 1) && !doc.glued(j))) c = j - 1;
  }
  if (c < 0) return std::nullopt;
  const auto span = head_before_count(a, c);
  if (!span) return std::nullopt;
  return clean(doc.text_of(span->first, span->second));
}

int32_t short_form_before(const Document& doc, int32_t c) {
  if (c < 3 || !doc.is_punct(c - 1, ")")) return c;
  for (int32_t open = c - 3; open >= c - 5 && open >= 0; --open) {
    if (!doc.is_punct(open, "(")) continue;
    for (int32_t t = open + 1; t < c - 1; ++t)
      if (!doc.is_word(t) && !doc.is_punct(t, "&")) return c;
    return doc.tokens[open + 1].all_caps ? open : c;
  }
  return c;
}

namespace {

// (s23-members) The ")" of a bracket opening at p when it is the last token of its line, else -1.
int32_t bracket_closing_line(const Document& doc, int32_t p) {
  if (!doc.is_punct(p, "(")) return -1;
  const Line& line = doc.lines[static_cast<size_t>(doc.tokens[p].line)];
  for (int32_t k = p + 1; k < line.last && k - p <= 16; ++k) {
    if (doc.is_punct(k, "(")) return -1;
    if (doc.is_punct(k, ")")) return k + 1 == line.last ? k : -1;
  }
  return -1;
}

// (s22-lists) "Agribank chi nhánh Hà Tĩnh", "BIDV chi nhánh A": a name the lexicon does not head,
// then "chi nhánh" in lower case and the place, names a body (a company's or a bank's branch).
bool names_branch(const Document& doc, int32_t first, int32_t last) {
  static const std::string chi = word_key("chi"), nhanh = word_key("nhánh");
  for (int32_t k = first + 1; k + 2 < last; ++k)
    if (doc.is_key(k, chi) && doc.is_key(k + 1, nhanh) && !doc.tokens[k].capitalised && doc.tokens[k + 2].capitalised)
      return doc.tokens[first].capitalised;
  return false;
}


// (s14-plan-b) The sentence names the group (`key`, its unit_key, or a name it starts with) or
// signs ("ký"): those it lists take part in the group's act.
bool names_group_or_signs(const Analysis& a, const Sentence& s, const std::string& key) {
  const Document& doc = a.doc;
  static const std::string ky = word_key("ký");
  for (int32_t j = s.first; j < s.last; ++j) {
    if (doc.is_key(j, ky)) return true;
    if (const auto u = match_unit(doc, j, s.last, a.unit_options()); u && is_group_unit(*u)) {
      const std::string uk = unit_key(u->text);
      if (uk == key || key.rfind(uk + " ", 0) == 0) return true;
    }
  }
  return false;
}

// (session 23) "Tham gia Cụm có A, B", "Tham gia Khối này gồm …" at k: the text's group named back by
// its bare word (no name, no number) right before its members.
bool group_named_back(const Document& doc, int32_t k) {
  static const std::vector<std::string> tham_gia = phrase_keys("tham gia");
  static const std::string cum = word_key("cụm"), khoi = word_key("khối"), nay = word_key("này"), co = word_key("có"),
                           gom = word_key("gồm");
  if (!doc.is_key(k, tham_gia[0]) || !doc.is_key(k + 1, tham_gia[1])) return false;
  int32_t p = k + 2;
  if (!doc.is_key(p, cum) && !doc.is_key(p, khoi)) return false;
  ++p;
  if (doc.is_key(p, nay)) ++p;
  return doc.is_key(p, co) || doc.is_key(p, gom);
}

// A number written as a word before a level ("năm tỉnh"): its value, 0 when none.
int number_word(const Document& doc, int32_t k) {
  static const std::vector<std::string> words = [] {
    std::vector<std::string> v;
    for (const char* w : {"hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"}) v.push_back(word_key(w));
    return v;
  }();
  if (!doc.is_word(k)) return 0;
  for (size_t j = 0; j < words.size(); ++j)
    if (doc.is_key(k, words[j])) return static_cast<int>(j) + 2;
  return 0;
}

// The words of the first item's head that a later item starting at `item` leaves out: "Trường "
// when the first item is "Trường THPT Lê Duẩn" and the later one "THPT Bác Ái"; "" when none.
std::string elided_head(const Analysis& a, int32_t first, int32_t last, int32_t item) {
  const Document& doc = a.doc;
  if (!body_head_at(a, first, last) || !doc.is_word(item) || !doc.tokens[item].capitalised) return "";
  // "Công an Đắk Lắk, Đắk Nông": a province after the first is a place, read_members's.
  if (lexicon::provinces().match(doc, item, doc.sentence_of(item).last)) return "";
  for (int32_t j = 1; j <= 2 && first + j + 1 < last; ++j)
    if (doc.is_key(item, doc.key(first + j)) && doc.tokens[first + j].capitalised)
      return std::string(doc.text_of(first, first + j)) + " ";
  return "";
}

// (s23-lists) A head written once for several names or numbers: "Công ty cà phê 704, 734, 731 và
// Đăk Uy", "Trường THPT Lê Lợi, Nguyễn Du và Trần Phú", "Công ty 78 và 732", "Hội Nông dân, Cựu
// chiến binh". The head an item [first, last) shares — its body's head and the words after it that
// name its kind (lower case, acronyms, "Tiểu học"), up to a name or a number closing the item — and
// whether that is a number.
struct SharedHead {
  std::string head;  // "Công ty cà phê "
  bool numbered = false;
};
std::optional<SharedHead> shared_head(const Analysis& a, int32_t first, int32_t last) {
  const Document& doc = a.doc;
  static const std::string va = word_key("và");
  if (!body_head_at(a, first, last)) return std::nullopt;
  const auto unit_head = lexicon::unit_heads().match(doc, first, last);
  int32_t t = first + (unit_head ? unit_head.length : lexicon::body_heads().match(doc, first, last).length);
  while (t < last) {
    if (const auto kind = lexicon::head_kind_words().match(doc, t, last)) {
      t += kind.length;
      continue;
    }
    const bool acronym = doc.is_word(t) && doc.tokens[t].all_caps && doc.text_of(t, t + 1).size() > 1;
    const bool lower = doc.is_word(t) && !doc.tokens[t].capitalised && !doc.is_key(t, va);
    if (!(acronym || lower) || lexicon::levels().match(doc, t, last)) break;
    ++t;
  }
  if (t >= last) return std::nullopt;
  const std::string head = clean(doc.text_of(first, t)) + " ";
  if (t + 1 == last && doc.is_number(t)) return SharedHead{head, true};
  for (int32_t k = t; k < last; ++k)
    if (!doc.is_word(k) || !doc.tokens[k].capitalised) return std::nullopt;
  return SharedHead{head, false};
}

// (s23-lists) An item that is only a name or a number after an item whose head it shares: "734",
// "Đăk Uy", "Nguyễn Du", "Xăng dầu Petrolimex" — opening in capitals, no head, no unit, no province (a
// place after a body named with its own is that body's, read apart), no acronym first, no level, no verb.
bool bare_name_for(const Analysis& a, const SharedHead& shared, int32_t first, int32_t last) {
  const Document& doc = a.doc;
  if (last - first == 1 && doc.is_number(first)) return shared.numbered;
  if (last <= first || last - first > 5 || lexicon::provinces().match(doc, first, last)) return false;
  if (!doc.is_word(first) || !doc.tokens[first].capitalised || (doc.tokens[first].all_caps && doc.text_of(first, first + 1).size() > 1))
    return false;
  for (int32_t k = first + 1; k < last; ++k)
    if (!doc.is_word(k) || lexicon::levels().match(doc, k, last) || verb_in_list(doc, k, last)) return false;
  return !body_head_at(a, first, last) && !match_unit(doc, first, last, a.unit_options());
}

// "6 Thuế tỉnh: Phú Thọ, Quảng Ninh, …", "Kho bạc 4 tỉnh: A, B", "các Trung tâm Y tế huyện: A,
// B": a body's head, a count or "các", a level, then the places, each that level's body
// ("Thuế tỉnh Phú Thọ"). The police's own lists are read_members's. As many places as the count.
// (s23-parse) "Trung tâm Giám định y khoa (GĐYK) tỉnh A": a bracket at `name_end` holding the body's
// short name is no remark on an item of a list; the name runs on to its place, printed as match_unit
// prints the unit (the short name dropped). Moves `name_end` past the place and returns that text, or
// "" when the bracket is a remark ("Sở A (Khối phó)").
std::string through_short_name(const Analysis& a, int32_t first, int32_t& name_end, int32_t last) {
  if (!a.doc.is_punct(name_end, "(")) return {};
  const auto u = match_unit(a.doc, first, last, a.unit_options());
  if (!u || u->last <= name_end + 1) return {};
  name_end = u->last;
  return u->text;
}

// After a place of a list of one head's places (read_headed_places, read_copula_places): a bracket
// giving the last member's role ("Phú Thọ (Cụm trưởng)", "tỉnh Khánh Hóa (đơn vị Cụm phó)"), then ","
// and/or "và"; moves k to the next place. False when the list ends at k.
bool next_listed_place(const Document& doc, int32_t& k, int32_t end, BodyList& out) {
  static const std::string va = word_key("và");
  if (doc.is_punct(k, "(")) {
    int32_t close = k + 1;
    while (close < end && close - k < 12 && !doc.is_punct(close, ")")) ++close;
    if (!doc.is_punct(close, ")")) return false;
    if (const int flags = role_in(doc, k + 1, close); flags & kGroupLeader) out.leader = out.members.back();
    else if (flags & kGroupDeputy) out.deputy = out.members.back();
    k = close + 1;
  }
  const bool comma = doc.is_punct(k, ",");
  if (comma) ++k;
  if (doc.is_key(k, va)) {
    ++k;
    return true;
  }
  return comma;
}

// Two places or more, as many as the count when there is one.
std::optional<BodyList> counted_places(BodyList out, int count) {
  if (out.members.size() < 2 || (count > 0 && count != static_cast<int>(out.members.size()))) return std::nullopt;
  return out;
}

std::optional<BodyList> read_headed_places(const Analysis& a, int32_t p, int32_t end) {
  const Document& doc = a.doc;
  static const std::string cac = word_key("các"), va = word_key("và"), cong = word_key("công"), an = word_key("an");
  int count = 0;
  bool counted = false;
  if (doc.is_number(p) && !doc.glued(p + 1)) {
    count = std::atoi(doc.key(p).c_str());
    counted = true;
    ++p;
  } else if (doc.is_key(p, cac)) {
    counted = true;
    ++p;
  }
  if (!doc.is_word(p) || (doc.is_key(p, cong) && doc.is_key(p + 1, an))) return std::nullopt;
  // (s25-members) "Cảnh sát PCCC 8 địa phương A, B, …", "Hội Nông dân 5 địa phương: A, B": localities
  // counted stand for provinces (each place one the gazetteer knows, below).
  static const std::vector<std::string> dia_phuong = phrase_keys("địa phương");
  auto locality_at = [&](int32_t k) {
    return doc.is_key(k, dia_phuong[0]) && doc.is_key(k + 1, dia_phuong[1]) && !doc.tokens[k].capitalised ? 2 : 0;
  };
  auto level_at = [&](int32_t k) {
    const auto lv = lexicon::levels().match(doc, k, end);
    return lv && doc.is_word(k) && !doc.tokens[k].capitalised ? static_cast<int32_t>(lv.length) : locality_at(k);
  };
  // (s25-members) "Hội Luật gia các tỉnh, thành phố: A (Cụm trưởng), B, …": the province's rank
  // written as its two levels, one list of places; each takes its own ("tỉnh A", "thành phố Cần
  // Thơ", below). The tokens of the levels at k, 0 when none.
  static const std::string thanh = word_key("thành");
  auto levels_at = [&](int32_t k) {
    const int32_t n = level_at(k);
    if (!n || locality_at(k) || static_cast<Level>(lexicon::levels().match(doc, k, end).value()) != Level::kProvince ||
        !doc.is_punct(k + n, ","))
      return n;
    if (const int32_t c = level_at(k + n + 1);
        c && static_cast<Level>(lexicon::levels().match(doc, k + n + 1, end).value()) == Level::kCity)
      return n + 1 + c;
    if (doc.is_key(k + n + 1, thanh) && !doc.tokens[k + n + 1].capitalised) return n + 2;  // "các tỉnh, thành:"
    return n;
  };
  // The level is followed by the first place or a colon ("xã" in "Bảo hiểm xã hội" is not one).
  auto level_before_names = [&](int32_t k) {
    const int32_t n = levels_at(k);
    // (s20-members) … or a city's numbered district or ward ("Hội Khuyến học các quận 4, 6, 8, Bình Thạnh").
    return n && (doc.is_punct(k + n, ":") || (doc.is_word(k + n) && doc.tokens[k + n].capitalised) ||
                 (doc.is_number(k + n) && !doc.glued(k + n) && !doc.is_punct(k + n + 1, "/")));
  };
  // (s26) "Sở TN&MT các tỉnh A, B", "Sở GD&ĐT 5 tỉnh: A, B": a head's short form joined by "&".
  auto head_word = [&](int32_t k) {
    return doc.is_word(k) || (doc.is_punct(k, "&") && doc.is_word(k - 1) && doc.tokens[k - 1].all_caps && doc.is_word(k + 1) &&
                              doc.tokens[k + 1].all_caps);
  };
  int32_t h = p + 1;
  while (h < end && h - p < 12 && head_word(h) && !level_before_names(h) &&
         !(doc.is_key(h, cac) && level_before_names(h + 1)))
    ++h;
  const int32_t head_end = h;
  // (s25-members) "Cảnh sát phòng cháy chữa cháy và cứu nạn cứu hộ (PCCC-CNCH) 8 địa phương A, B": the
  // head's short form in brackets between it and the count, no part of a member's name.
  if (doc.is_punct(h, "(")) {
    int32_t close = h + 1;
    while (close < end && close - h <= 6 && !doc.is_punct(close, ")")) ++close;
    if (doc.is_punct(close, ")") && close > h + 1 && doc.tokens[h + 1].all_caps &&
        ((doc.is_number(close + 1) && !doc.glued(close + 2)) || doc.is_key(close + 1, cac)))
      h = close + 1;
  }
  int32_t lvp = h;
  if (!counted && doc.is_number(h)) {
    count = std::atoi(doc.key(h).c_str());
    counted = true;
    ++lvp;
  } else if (!counted && doc.is_key(h, cac)) {
    counted = true;
    ++lvp;
  }
  // (s24-lists) "Sở Giáo dục và Đào tạo 5 thành phố trực thuộc trung ương: Hà Nội, …", "… 4 tỉnh Tây
  // Nguyên: Kon Tum, …": a counted level's qualifier, words up to the colon that opens the places.
  // That colon after k, or -1.
  // (s26) … and "… 6 tỉnh khu vực Bắc Trung Bộ, gồm: A, B": "gồm" (after a comma or not) before the colon.
  auto qualified_colon = [&](int32_t k) {
    for (int32_t c = k; count > 0 && c < end && c - k <= 7; ++c) {
      if (doc.is_punct(c, ":")) return c > k && doc.is_word(c + 1) && doc.tokens[c + 1].capitalised ? c : -1;
      // (s28-members2) "…, bao gồm:" as "…, gồm:" (lexicon member_openers): the opener's words beyond its
      // last are no words of the qualifier.
      if (const auto o = doc.is_punct(c, ",") ? lexicon::member_openers().match(doc, c + 1) : PhraseTable::Match{}) {
        k += static_cast<int32_t>(o.length) - 1;
        continue;
      }
      if (!doc.is_word(c)) break;
    }
    return -1;
  };
  // (s27-members) "gồm các Văn phòng Đảng ủy: phường A, B, C và phường D": a plural head written before
  // the colon, the level after it with the first place; each place that level's body of that head.
  if (counted && lvp == h && doc.is_punct(h, ":") && level_before_names(h + 1) && !doc.is_punct(h + 1 + level_at(h + 1), ":"))
    lvp = h + 1;
  const int32_t length =
      level_before_names(lvp) || (level_at(lvp) && qualified_colon(lvp + level_at(lvp)) >= 0) ? level_at(lvp) : 0;
  if (!length || lvp == p) return std::nullopt;
  // (s23-members) A head in lower case is a body's head alone: "gồm thanh tra các tỉnh: A, B".
  const std::optional<std::string> lower = doc.tokens[p].capitalised ? std::nullopt : bare_body_head(doc, p, head_end);
  if (!doc.tokens[p].capitalised && !lower) return std::nullopt;
  const bool localities = locality_at(lvp) > 0;
  if (localities && !count) return std::nullopt;  // "các địa phương": no list of provinces
  const Level level = localities ? Level::kProvince : static_cast<Level>(lexicon::levels().match(doc, lvp, end).value());
  int32_t k = lvp + levels_at(lvp);
  if (const int32_t c = qualified_colon(k); c >= 0) k = c;
  const bool colon = doc.is_punct(k, ":");
  if (colon) ++k;
  if (!counted && !colon) return std::nullopt;
  // (s23-parse) "CA các tỉnh A, B", "BCHQS các huyện A, B": the head written short is printed as a
  // unit's is ("Công an tỉnh A"), the usual short names kept ("Hội CCB tỉnh A").
  const std::string head = (lower ? *lower : spell_out(clean(doc.text_of(p, head_end)))) + " ";
  // (s22-lists) A body whose head holds the level ("Tỉnh đoàn các tỉnh: A, B", "Huyện ủy các huyện:
  // A, B") names each place without writing the level again: "Tỉnh đoàn A".
  const auto fused = lexicon::levels().match(doc, p, p + 1);
  const bool level_in_head = fused && head_end > p + 1 && unit_key(doc.text_of(p, p + 1)) == unit_key(doc.text_of(lvp, lvp + length));
  const std::string level_text = level_in_head ? "" : localities ? "tỉnh " : lower_case(doc.text_of(lvp, lvp + length)) + " ";
  BodyList out;
  while (k < end) {
    std::string name;
    // (s23-lists) "các tỉnh: A, B và TP.Hồ Chí Minh": a place written with a level of its own.
    std::string own_level;
    if (const auto lv = lexicon::levels().match(doc, k, end); lv && !level_in_head) {
      own_level = std::string(level_word(static_cast<Level>(lv.value()))) + " ";
      k += lv.length;
      if (doc.is_punct(k, ".") && doc.glued(k)) ++k;
    }
    int32_t n = place_name_end(doc, k, end, level == Level::kProvince, a.unit_options(), &name);
    if (n == k || name.empty() || (localities && !lexicon::provinces().match(doc, k, end))) break;
    // (s25-members) "các huyện Hoài Nhơn, Hoài Ân, An lão, Phù Mỹ": a place's second syllable in lower
    // case by a slip, between a one-word name and the list's next separator, is of the name.
    if (n == k + 1 && n + 1 < end && doc.is_word(n) && !doc.tokens[n].capitalised && !doc.is_key(n, va) &&
        !lexicon::levels().match(doc, n, end) && (doc.is_punct(n + 1, ",") || doc.is_key(n + 1, va)) &&
        doc.is_word(n + 2) && doc.tokens[n + 2].capitalised) {
      name += " " + title_case(doc.text_of(n, n + 1));
      ++n;
    }
    // Among provinces, a centrally-run city is a city ("… tỉnh Quảng Ninh, Hải Phòng").
    const auto province = lexicon::provinces().match(doc, k, end);
    const bool city = level == Level::kProvince && province && province.value() == 1;
    out.members.push_back(head + (!own_level.empty() ? own_level
                                  : city && !level_in_head ? std::string("thành phố ")
                                                           : level_text) +
                          name);
    k = n;
    if (!next_listed_place(doc, k, end, out)) break;  // "Phú Thọ (Cụm trưởng), …"
  }
  return counted_places(std::move(out), count);
}

// (s25-members) "gồm 5 sở TT&TT các thành phố trực thuộc Trung ương là TP A, TP B … và TP E", "gồm 8 đơn
// vị Cảnh sát PCCC các tỉnh ven biển là Cảnh sát PCCC tỉnh A (đơn vị Cụm trưởng), tỉnh B (đơn vị Cụm
// phó), tỉnh C, …": a body's head (after a count and "đơn vị"), "các" and a level with the words
// describing the places, then "là" and the places — each with its level or not, the first written
// with the head again or not: each place's body, in full ("Sở TT&TT thành phố A"), roles in brackets.
std::optional<BodyList> read_copula_places(const Analysis& a, int32_t p, int32_t end) {
  const Document& doc = a.doc;
  static const std::string cac = word_key("các"), la = word_key("là"), va = word_key("và"), don = word_key("đơn"),
                           vi = word_key("vị");
  int count = 0;
  if (doc.is_number(p) && !doc.glued(p + 1)) {
    count = std::atoi(doc.key(p).c_str());
    ++p;
  }
  if (doc.is_key(p, don) && doc.is_key(p + 1, vi)) p += 2;
  int32_t c = p;  // the head's words, "TT&TT" among them, up to "các"
  while (c < end && c - p <= 6 && !doc.is_key(c, cac) && !doc.is_punct(c, ",") && !doc.is_punct(c, ":") &&
         !doc.is_punct(c, "(") && !doc.is_punct(c, ";"))
    ++c;
  if (c == p || !doc.is_word(p) || !doc.is_key(c, cac) || !doc.is_word(c + 1) || doc.tokens[c + 1].capitalised) return std::nullopt;
  const auto lv = lexicon::levels().match(doc, c + 1, end);
  if (!lv) return std::nullopt;
  const Level level = static_cast<Level>(lv.value());
  int32_t l = c + 1 + lv.length;  // "trực thuộc Trung ương", "ven biển", "Tây Nguyên"
  while (l < end && l - (c + 1 + lv.length) <= 6 && doc.is_word(l) && !doc.is_key(l, la)) ++l;
  if (!doc.is_key(l, la) || !doc.is_word(l + 1) || !(doc.tokens[l + 1].capitalised || lexicon::levels().match(doc, l + 1, end)))
    return std::nullopt;
  // The head is a body's: capitalised ("Cảnh sát PCCC", "Hội Cựu chiến binh"), or a head the lexicon
  // knows in lower case ("sở TT&TT").
  const bool body = doc.tokens[p].capitalised || lexicon::unit_heads().match(doc, p, c) ||
                    lexicon::body_heads().match(doc, p, c);
  if (!body) return std::nullopt;
  const std::string head = capitalise_first(clean(doc.text_of(p, c))) + " ";
  const int32_t head_length = c - p;
  BodyList out;
  int32_t k = l + 1;
  while (k < end) {
    // "Cảnh sát PCCC tỉnh A": the first place written with the head again.
    bool again = k + head_length < end;
    for (int32_t t = 0; t < head_length && again; ++t) again = doc.key(k + t) == doc.key(p + t);
    if (again) k += head_length;
    std::string own_level;
    if (const auto own = lexicon::levels().match(doc, k, end); own && !doc.tokens[k].capitalised) {
      own_level = std::string(level_word(static_cast<Level>(own.value())));
      k += own.length;
    } else if (const auto short_level = lexicon::short_levels().match(doc, k, k + 1); short_level && doc.tokens[k].all_caps) {
      own_level = std::string(level_word(static_cast<Level>(short_level.value())));  // "TP Cần Thơ"
      k += 1;
      if (doc.is_punct(k, ".") && doc.glued(k)) ++k;
    }
    std::string name;
    const int32_t n = place_name_end(doc, k, end, false, a.unit_options(), &name);
    if (n == k || name.empty()) break;
    if (own_level.empty()) {
      const auto province = lexicon::provinces().match(doc, k, end);
      own_level = level == Level::kProvince && province && province.value() == 1 ? "thành phố"
                                                                                 : std::string(level_word(level));
    }
    out.members.push_back(head + own_level + " " + name);
    k = n;
    if (!next_listed_place(doc, k, end, out)) break;
  }
  return counted_places(std::move(out), count);
}

// (s27-members) "Ban Tuyên giáo, Ban Tổ chức, Ủy ban Kiểm tra, Văn phòng Tỉnh ủy": a Party committee's
// boards written bare in a list where its boards are written with one committee, and no other, are
// that committee's ("Ban Tuyên giáo Tỉnh ủy"); with two committees named, the bare ones stay as written.
void boards_with_their_committee(BodyList& list) {
  std::optional<std::string> owner;
  bool bare = false;
  for (const std::string& m : list.members) {
    const Document d = analyse_fragment(m);
    const auto board = lexicon::party_boards().match(d, 0);
    if (!board) continue;
    if (board.length == d.size()) {
      bare = true;
      continue;
    }
    const auto committee = lexicon::party_committees().match(d, board.length);
    if (!committee) continue;
    const std::string own(d.text_of(board.length, d.size()));
    if (owner && unit_key(*owner) != unit_key(own)) return;
    owner = own;
  }
  if (!owner || !bare) return;
  auto complete = [&](std::string& m) {
    const Document d = analyse_fragment(m);
    if (const auto board = lexicon::party_boards().match(d, 0); board && board.length == d.size()) m += " " + *owner;
  };
  for (std::string& m : list.members) complete(m);
  if (list.leader) complete(*list.leader);
  if (list.deputy) complete(*list.deputy);
}

// "Liên hiệp Hội Hà Nội, …, Liên hiệp Hội tỉnh Hải Dương": a member named by its body and a bare
// province, beside members of that body written with their level, takes its level too ("Liên
// hiệp Hội thành phố Hà Nội"), as the list writes the others.
void with_levels(BodyList& list) {
  static const std::string kLevels[] = {" tỉnh ", " thành phố "};
  auto complete = [&](std::string& m) {
    for (size_t cut = m.find(' '); cut != std::string::npos; cut = m.find(' ', cut + 1)) {
      const std::string body = m.substr(0, cut), place = m.substr(cut + 1);
      bool levelled = false;
      for (const std::string& o : list.members)
        for (const std::string& lv : kLevels) levelled |= o.rfind(body + lv, 0) == 0;
      if (!levelled) continue;
      const Document words = analyse_fragment(place);
      const auto province = lexicon::provinces().match(words, 0);
      if (!province || province.length != words.size()) continue;
      m = body + (province.value() == 1 ? " thành phố " : " tỉnh ") + place;
      return;
    }
  };
  for (std::string& m : list.members) complete(m);
  if (list.leader) complete(*list.leader);
  if (list.deputy) complete(*list.deputy);
}

}  // namespace

// (s14-plan-b) Words naming those who take part in an act, a list of bodies after them: "với sự
// tham gia của", "tham gia ký kết có/gồm", "giữa các đơn vị:", "giữa". The token where the list
// starts, -1 when none at k.
int32_t participants_at(const Document& doc, int32_t k, int32_t end) {
  static const std::vector<std::string> su_tham_gia_cua = phrase_keys("sự tham gia của"),
                                        tham_gia = phrase_keys("tham gia"), ky_ket = phrase_keys("ký kết");
  static const std::string co = word_key("có"), gom = word_key("gồm"), giua = word_key("giữa"), cac = word_key("các"),
                           don = word_key("đơn"), vi = word_key("vị"), cum = word_key("cụm"), khoi = word_key("khối");
  auto at = [&](int32_t p, const std::vector<std::string>& words) {
    for (size_t j = 0; j < words.size(); ++j)
      if (p + static_cast<int32_t>(j) >= end || !doc.is_key(p + static_cast<int32_t>(j), words[j])) return false;
    return true;
  };
  if (at(k, su_tham_gia_cua)) return k + static_cast<int32_t>(su_tham_gia_cua.size());  // (s22-lists) past "của"
  if (at(k, tham_gia)) {
    int32_t p = k + 2;
    if (at(p, ky_ket)) {
      p += 2;
      // (s23-probe) "tham gia ký kết giao ước (thi đua) gồm có A, B": the pledge signed, named between.
      static const std::vector<std::string> giao_uoc = phrase_keys("giao ước"), thi_dua = phrase_keys("thi đua");
      if (at(p, giao_uoc)) p += 2;
      if (at(p, thi_dua)) p += 2;
    } else if (doc.is_key(p, cum) || doc.is_key(p, khoi)) {
      // (session 23) "Tham gia Cụm có A, B, C", "Tham gia Khối thi đua số 3 gồm …": the group named
      // between, in words and its number, then its members — whatever their bodies (police, Sở,
      // associations, youth unions), not only what the gazetteer's units find in the sentence.
      while (p < end && p < k + 10 && (doc.is_word(p) || doc.is_number(p)) && !doc.is_key(p, co) && !doc.is_key(p, gom)) ++p;
    }
    if (p > k + 2 && (doc.is_key(p, co) || doc.is_key(p, gom))) return p + 1;
    return -1;
  }
  if (doc.is_key(k, giua)) {
    int32_t p = k + 1;
    if (doc.is_key(p, cac) && doc.is_key(p + 1, don) && doc.is_key(p + 2, vi)) p += 3;
    if (doc.is_punct(p, ":")) ++p;
    return p;
  }
  return -1;
}

// (s24-lists) "3\tCông an phường Quán Thánh\tThành viên": a table cut to lines, its columns split by
// tabs (spaces once read), closes a row with the role column marking a plain member, capitalised
// as a column's first word is. Whether that mark runs from k to the row's end.
bool closing_member_mark(const Document& doc, int32_t k, int32_t last) {
  return k < last && doc.is_word(k) && doc.tokens[k].capitalised &&
         lexicon::member_marks().match(doc, k, last).length == last - k;
}

std::optional<BodyList> read_line_list(const Analysis& a, int32_t colon) {
  const Document& doc = a.doc;
  const int32_t line = doc.tokens[colon].line;
  if (doc.lines[line].last != colon + 1) return std::nullopt;
  static const std::string va = word_key("và");
  BodyList out;
  int heads = 0;
  static const std::string stt = word_key("stt"), tt = word_key("tt");
  for (size_t li = line + 1; li < doc.lines.size(); ++li) {
    const Line& l = doc.lines[li];
    int32_t first = l.first, last = l.last;
    // A table written out as lines: its header ("STT Tên đơn vị Ghi chú") is skipped, a row's
    // number ("1 Sở Tư pháp Cụm trưởng", "2 | Sở Nội vụ |") is no part of the name.
    if (li == static_cast<size_t>(line) + 1 && (doc.is_key(first, stt) || doc.is_key(first, tt))) continue;
    // (s23-probe) … a row opening with its bar ("| 1 | Cục Thuế tỉnh A | Cụm trưởng |") too.
    if (doc.is_punct(first, "|") && doc.is_number(first + 1)) ++first;
    if (doc.is_number(first) && doc.key(first).size() <= 2 && first + 1 < last) ++first;
    if (doc.is_punct(first, "|")) ++first;
    // (s23-parse) A header of columns split by "|" that names no body ("Đơn vị | Vai trò", "Tên
    // đơn vị | Ghi chú").
    if (li == static_cast<size_t>(line) + 1) {
      bool bars = false;
      for (int32_t k = first; k < last && !bars; ++k) bars = doc.is_punct(k, "|");
      if (bars && !body_head_at(a, first, last) && !lexicon::levels().match(doc, first, last)) continue;
    }
    while (last > first && (doc.is_punct(last - 1, ";") || doc.is_punct(last - 1, ".") || doc.is_punct(last - 1, ",") ||
                            doc.is_punct(last - 1, "|")))
      --last;
    if (doc.is_key(first, va)) ++first;
    if (first >= last || !doc.is_word(first) || !doc.tokens[first].capitalised || last - first > 20) break;
    if (const auto u = match_unit(doc, first, last, a.unit_options()); u && (is_group_unit(*u) || u->list_prefix)) break;
    // The name up to a remark: "Sở A (Cụm trưởng)", "Sở B - Cụm phó".
    // A table's columns: "Sở A | Cụm trưởng", or the role closing the row ("Sở A Cụm trưởng").
    int32_t name_end = first + 1;
    while (name_end < last && !doc.is_punct(name_end, "(") && !doc.is_punct(name_end, "|") &&
           !(doc.is_punct(name_end, "-") && !doc.glued(name_end) && role_in(doc, name_end, last)) &&
           !(group_role_at(doc, name_end).first && name_end + group_role_at(doc, name_end).second == last) &&
           !closing_member_mark(doc, name_end, last))
      ++name_end;
    const std::string unit_text = through_short_name(a, first, name_end, last);
    const int flags = name_end < last ? role_in(doc, name_end, last) : 0;
    // (s23-parse) "Sở Y tế | Thành viên": a table's role column marking a plain member.
    const bool member_mark = (doc.is_punct(name_end, "|") &&
                              lexicon::member_marks().match(doc, name_end + 1, last).length == last - name_end - 1) ||
                             closing_member_mark(doc, name_end, last);
    // An item names a body: no verb inside it, and no remark but a role.
    bool plain = name_end - first <= 16 && (name_end == last || flags || member_mark);
    for (int32_t k = first + 1; k < name_end && plain; ++k) plain = !verb_in_list(doc, k, name_end) && !doc.is_punct(k, ":");
    if (!plain) break;
    // (s22-lists) A place with its level on its line ("- Phường Phúc Xá;", "2. Xã Vân Hà"): a member
    // listed by its place, written as that place's police as read_members writes a list of places
    // ("Công an phường Phúc Xá"); extract_group gives the place alone in a text not about the police.
    if (const auto lv = lexicon::levels().match(doc, first, name_end);
        lv && !match_unit(doc, first, name_end, a.unit_options())) {
      std::string place;
      const auto level = static_cast<Level>(lv.value());
      if (place_name_end(doc, first + lv.length, name_end, level == Level::kProvince, a.unit_options(), &place) == name_end &&
          !place.empty()) {
        std::string name = "Công an " + std::string(level_word(level)) + " " + place;
        if (flags & kGroupLeader) out.leader = name;
        else if (flags & kGroupDeputy) out.deputy = name;
        out.members.push_back(std::move(name));
        ++heads;
        continue;
      }
    }
    std::string prefix;
    if (!out.members.empty() && !body_head_at(a, first, name_end) && !match_unit(doc, first, name_end, a.unit_options()))
      prefix = elided_head(a, doc.lines[line + 1].first, doc.lines[line + 1].last, first);
    if (body_head_at(a, first, name_end) || !prefix.empty()) ++heads;
    std::string name = prefix + (unit_text.empty() ? clean(doc.text_of(first, name_end)) : unit_text);
    if (flags & kGroupLeader) out.leader = name;
    else if (flags & kGroupDeputy) out.deputy = name;
    out.members.push_back(std::move(name));
  }
  if (out.members.size() < 2 || heads * 2 < static_cast<int>(out.members.size())) return std::nullopt;
  return out;
}

// (s24-members) "Agribank (các chi nhánh: Đồng Nai, Bắc Đồng Nai); BIDV (các chi nhánh: Đồng Nai, Biên
// Hòa) và Ngân hàng Chính sách xã hội chi nhánh tỉnh Đồng Nai", "Bảo hiểm xã hội (các huyện: A, B)":
// a body written once before a bracket listing its own units by their kind (a lower-case word or two
// after "các", then a colon) is each of those units, named with the body, the kind and the name
// ("Agribank chi nhánh Đồng Nai"); a body between them written whole is one member. One such
// bracket or more, three members or more, items split by ";", "," or "và", up to the sentence's end
// or the clause's verb.
std::optional<BodyList> read_nested_list(const Analysis& a, int32_t p, int32_t end) {
  const Document& doc = a.doc;
  static const std::string va = word_key("và"), cac = word_key("các");
  BodyList out;
  int nested = 0;
  int32_t k = p;
  while (k < end) {
    if (doc.is_key(k, va)) ++k;
    if (!doc.is_word(k) || !doc.tokens[k].capitalised) break;
    int32_t t = k;
    bool verb = false;
    while (t < end && doc.is_word(t) && !doc.is_key(t, va) && t - k <= 12 && !(verb = t > k && verb_in_list(doc, t, end))) ++t;
    if (t == k) break;
    const std::string body = clean(doc.text_of(k, t));
    if (doc.is_punct(t, "(")) {
      int32_t q = t + 1;
      if (!doc.is_key(q, cac)) break;
      ++q;
      const int32_t kind_first = q;
      while (q < end && q - kind_first < 3 && doc.is_word(q) && !doc.tokens[q].capitalised) ++q;
      if (q == kind_first || !doc.is_punct(q, ":")) break;
      const std::string kind = std::string(doc.text_of(kind_first, q));
      int32_t n = q + 1;
      int names = 0;
      while (n < end && !doc.is_punct(n, ")")) {
        int32_t e = n;
        while (e < end && doc.is_word(e) && !doc.is_key(e, va)) ++e;
        if (e == n || !doc.tokens[n].capitalised) return std::nullopt;
        out.members.push_back(body + " " + kind + " " + clean(doc.text_of(n, e)));
        ++names;
        n = e;
        if (doc.is_punct(n, ",") || doc.is_key(n, va)) ++n;
        else if (!doc.is_punct(n, ")")) return std::nullopt;
      }
      if (!doc.is_punct(n, ")") || names == 0) return std::nullopt;
      ++nested;
      k = n + 1;
    } else {
      if (!body_head_at(a, k, t) && !names_branch(doc, k, t) && !match_unit(doc, k, t, a.unit_options())) break;
      out.members.push_back(body);
      k = t;
      if (verb) break;
    }
    if (doc.is_punct(k, ";") || doc.is_punct(k, ",")) ++k;
    else if (!doc.is_key(k, va)) break;
  }
  if (nested == 0 || out.members.size() < 3) return std::nullopt;
  return out;
}

// (s24-lists) "… và các đơn vị Cục Thuế tỉnh A, Cục Thuế tỉnh B": after "và", "các" and a kind in
// lower case (up to four words) before a body's head name what the rest of the list is; the list
// goes on with that body. Where the body starts, or k when no such kind is at k.
int32_t past_kind_words(const Analysis& a, int32_t k, int32_t end) {
  const Document& doc = a.doc;
  static const std::string cac = word_key("các");
  if (!doc.is_key(k, cac)) return k;
  for (int32_t b = k + 1; b < end && b - k <= 5 && doc.is_word(b); ++b) {
    if (doc.tokens[b].capitalised) return body_head_at(a, b, end) && b > k + 1 ? b : k;
  }
  return k;
}

void written_out_levels(std::vector<std::string>& members) {
  for (std::string& m : members) {
    const Document d = analyse_fragment(m);
    // (s25-members) "Công an các tỉnh, thành phố: Hải Phòng, …" read with the list's first level: a
    // centrally-run city is a city ("Công an thành phố Hải Phòng"), as a unit's level is completed.
    bool city_written = false;
    for (int32_t k = 1; k + 1 < d.size() && !city_written; ++k) {
      const auto lv = lexicon::levels().match(d, k, k + 1);
      if (!lv || static_cast<Level>(lv.value()) != Level::kProvince || d.tokens[k].capitalised) continue;
      const auto city = lexicon::provinces().match(d, k + 1, d.size());
      if (!city || city.value() != 1 || k + 1 + static_cast<int32_t>(city.length) != d.size()) continue;
      m = std::string(d.text_of(0, k)) + " thành phố " + std::string(d.text_of(k + 1, d.size()));
      city_written = true;
    }
    if (city_written) continue;
    for (int32_t k = 1; k < d.size(); ++k) {
      const auto lv = lexicon::short_levels().match(d, k, k + 1);
      if (!lv || !d.is_word(k) || d.text_of(k, k + 1) != lv.entry->written) continue;
      const int32_t place = d.is_punct(k + 1, ".") && d.glued(k + 1) ? k + 2 : k + 1;
      // … or closing it, a bare level ("Hội Cựu chiến binh TP": "Hội Cựu chiến binh thành phố").
      if (place < d.size() && (!d.is_word(place) || !d.tokens[place].capitalised)) continue;
      m = std::string(d.text_of(0, k)) + " " + level_word(static_cast<Level>(lv.value())) +
          (place < d.size() ? " " + std::string(d.text_of(place, d.size())) : std::string());
      break;
    }
  }
}

std::optional<BodyList> read_places_of_one_head(const Analysis& a, int32_t p, int32_t end) {
  return read_headed_places(a, p, end);
}

// (s27-members) The organisation written at `k` (`length` words, "Hội phụ nữ", "Công đoàn") is written
// elsewhere in the text before the group or "các" ("Hội phụ nữ các đơn vị Cụm thi đua số 10", "Công
// đoàn Khối thi đua …"): the group is that organisation's.
static bool organisation_owns_group(const Document& doc, int32_t k, int32_t length) {
  static const std::string cac = word_key("các");
  const std::string own = unit_key(std::string(doc.text_of(k, k + length)));
  for (int32_t t = 0; t + length < static_cast<int32_t>(doc.tokens.size()); ++t) {
    if (t == k || unit_key(std::string(doc.text_of(t, t + length))) != own) continue;
    const int32_t after = t + length;
    if (doc.is_key(after, cac)) return true;
    if (const auto h = lexicon::unit_heads().match(doc, after, doc.sentence_of(after).last);
        h && (static_cast<UnitKind>(h.value()) == UnitKind::kCluster || static_cast<UnitKind>(h.value()) == UnitKind::kBlock))
      return true;
  }
  return false;
}

// (s26) A list of names opens at k: within the first name's eight words, a comma or "và" before
// another capitalised word.
static bool names_follow(const Document& doc, int32_t k, int32_t end) {
  static const std::string va = word_key("và");
  for (int32_t j = k + 1; j < end && j - k <= 8; ++j) {
    if (doc.is_punct(j, ",") || doc.is_key(j, va)) return doc.is_word(j + 1) && doc.tokens[j + 1].capitalised;
    if (!doc.is_word(j)) return false;
  }
  return false;
}

std::optional<BodyList> read_body_list(const Analysis& a, int32_t p, int32_t end) {
  const Document& doc = a.doc;
  static const std::string va = word_key("và"), cac = word_key("các"), cung = word_key("cùng"), voi = word_key("với");
  // (s24-lists) "Khối gồm có các Sở: A, B": "gồm có" opens a list as "gồm" does.
  static const std::string gom = word_key("gồm"), co = word_key("có");
  if (doc.is_key(p, co) && p > 0 && doc.is_key(p - 1, gom)) ++p;
  if (auto places = read_headed_places(a, p, end)) return places;
  if (auto places = read_copula_places(a, p, end)) return places;
  // (s28-members2) "gồm: các sở Nội vụ, Tài chính, …": a colon before the plural kind written once.
  if (doc.is_punct(p, ":") && doc.is_key(p + 1, cac) && doc.is_word(p + 2) && !doc.tokens[p + 2].capitalised &&
      lexicon::unit_heads().match(doc, p + 2, end))
    ++p;
  // "7 đơn vị:", "07 sở, ngành:", "các đơn vị": what the list is of.
  int32_t count = 0;
  int32_t described = -1;  // where a counted list's description starts ("8 đơn vị")
  if (doc.is_number(p) && doc.is_word(p + 1) && !doc.tokens[p + 1].capitalised) {
    count = std::atoi(doc.key(p).c_str());
    ++p;
    described = p;
  } else if (doc.is_key(p, cac) && doc.is_word(p + 1) && !doc.tokens[p + 1].capitalised) {
    ++p;
  }
  // "gồm các trường: THCS A, THCS B", "gồm các Phòng: Tư pháp, Nội vụ": the kind of body written
  // before the list is each item's head.
  std::string noun_head;
  bool kind_is_head = false;  // the kind is a body's head alone, no short words after it
  bool within = false;        // (s26) the kind stands inside each body ("7 đảng ủy: Công an tỉnh, …")
  {
    const int32_t at = doc.is_key(p, cac) && doc.is_word(p + 1) && doc.tokens[p + 1].capitalised ? p + 1 : p;
    const auto h = lexicon::unit_heads().match(doc, at, end);
    // (s15-plan-a) … with the kind's short words after it: "gồm các Trường THPT: A, B, C".
    int32_t colon = h ? at + h.length : at;
    while (h && colon < end && colon - (at + h.length) < 2 && doc.is_word(colon) && doc.tokens[colon].all_caps) ++colon;
    // (s26) … or, with no colon, a kind in lower case after "các" whose first name follows at once:
    // "gồm các sở Nội vụ, Tài chính và Xây dựng", "các trường THCS Lê Lợi, Chu Văn An", "các ban Tổ
    // chức, Tuyên giáo": a plural written once before the names, each item that kind's body.
    const bool plural_before_names = h && doc.is_word(at) && !doc.tokens[at].capitalised && doc.is_key(at - 1, cac) &&
                                     doc.is_word(colon) && doc.tokens[colon].capitalised &&
                                     !lexicon::levels().match(doc, colon, end) && names_follow(doc, colon, end);
    if (h && doc.is_word(at) && (at > p || !doc.tokens[at].capitalised) && (doc.is_punct(colon, ":") || plural_before_names) &&
        static_cast<UnitKind>(h.value()) != UnitKind::kCluster && static_cast<UnitKind>(h.value()) != UnitKind::kBlock) {
      noun_head = capitalise_first(doc.text_of(at, colon)) + " ";
      kind_is_head = colon == at + h.length;
      within = kind_is_head && lexicon::organisations_within().match(doc, at, colon).length == h.length;
      p = colon;  // at the colon
    }
  }
  while (p < end && doc.is_word(p) && !doc.tokens[p].capitalised) ++p;
  if (doc.is_punct(p, ",") && doc.is_word(p + 1) && !doc.tokens[p + 1].capitalised) {  // "07 sở, ngành"
    ++p;
    while (p < end && doc.is_word(p) && !doc.tokens[p].capitalised) ++p;
  }
  // "gồm 4 đơn vị trực thuộc UBND tỉnh: A, B, …": a counted list's description may name a body
  // before its colon.
  if (count > 0 && !doc.is_punct(p, ":")) {
    for (int32_t c = p; c < end && c - p <= 8; ++c) {
      if (doc.is_punct(c, ",") || doc.is_punct(c, ";") || doc.is_punct(c, "(") || doc.is_punct(c, ".")) break;
      if (doc.is_punct(c, ":") && doc.is_word(c + 1) && doc.tokens[c + 1].capitalised) {
        p = c;
        break;
      }
    }
  }
  if (doc.is_punct(p, ":")) ++p;
  if (auto nested = read_nested_list(a, p, end)) return nested;
  // "gồm 6 đơn vị:" closing its line: the units are the lines after it.
  if (p >= end && doc.is_punct(p - 1, ":")) return read_line_list(a, p - 1);
  // (s23-members) "Gồm 12 đơn vị (các trường sư phạm)" closing its line: the count's remark in a
  // bracket before the units, one a line, as after a colon.
  if (const int32_t close = count > 0 ? bracket_closing_line(doc, p) : -1; close >= 0) return read_line_list(a, close);
  // (s23-lists) "Cụm 2: Gồm 3 đơn vị" closing its line, no colon: the units one a line after it too.
  if (count > 0 && p > described && doc.is_word(p - 1) && doc.lines[static_cast<size_t>(doc.tokens[p - 1].line)].last == p)
    return read_line_list(a, p - 1);
  // (s22-lists) "gồm: (1) Sở A; (2) Sở B; …", "gồm: a) Sở A; b) Sở B": an item's number or letter
  // is no part of it, and its bracket opens no list.
  auto enumerator_end = [&](int32_t k) {
    const int32_t at = doc.is_punct(k, "(") ? k + 1 : k;
    const bool mark = (doc.is_number(at) && doc.key(at).size() <= 2) ||
                      (doc.is_word(at) && !doc.tokens[at].capitalised && doc.text_of(at, at + 1).size() <= 2);
    // (s24-lists) … and "1/ Sở A; 2/ Sở B": a number and a slash before a word (a date's slash has a
    // number after it).
    const bool closed = doc.is_punct(at + 1, ")") || (at == k && doc.is_number(at) && doc.is_punct(at + 1, "/") &&
                                                      doc.is_word(at + 2) && doc.tokens[at + 2].capitalised);
    return mark && closed && (at > k || doc.is_punct(k - 1, ";") || doc.is_punct(k - 1, ":")) ? at + 2 : k;
  };
  p = enumerator_end(p);
  const bool bracket = doc.is_punct(p, "(");
  if (bracket) ++p;
  // A remark in brackets after a member ("Công ty A (khối trưởng), Công ty B (khối phó), …"):
  // its ")" closes the remark, not the list. The bracket closing at k, or -1.
  auto remark_close = [&](int32_t k) {
    if (!doc.is_punct(k, "(")) return -1;
    for (int32_t c = k + 1; c < end && c - k <= 12; ++c) {
      if (doc.is_punct(c, ")")) return c;
      if (doc.is_punct(c, "(") || doc.is_punct(c, ";")) break;
    }
    return -1;
  };
  int32_t stop = p;
  // (s25-members) "… Trường Đại học Nông lâm TP. Hồ Chí Minh tại Gia Lai, …": the stop of a level
  // written short ends no list.
  // The place after it a province's or a name of two capitalised words ("TP. Cần Thơ"), not a sentence
  // opening after a list closed by "Công an TP." ("… TP. Tiếp đó, …").
  auto short_level_stop = [&](int32_t k) {
    return k > 0 && doc.glued(k) && doc.tokens[k - 1].all_caps && lexicon::short_levels().match(doc, k - 1, k) &&
           doc.is_word(k + 1) && doc.tokens[k + 1].capitalised &&
           (lexicon::provinces().match(doc, k + 1, end) || (doc.is_word(k + 2) && doc.tokens[k + 2].capitalised));
  };
  // A list inside an enclosing bracket ("(gồm A, B và C)") ends at its ")" too.
  // (s27-members) "…: A, B, C và Đại diện lãnh đạo Sở D, E": "và" before those who stand for a body
  // ("đại diện", "lãnh đạo", in any case) ends the list of bodies; the bodies after them are theirs.
  static const std::vector<std::string> dai_dien = phrase_keys("đại diện"), lanh_dao = phrase_keys("lãnh đạo");
  auto people_for_bodies = [&](int32_t k) {
    return doc.is_key(k, va) && ((doc.is_key(k + 1, dai_dien[0]) && doc.is_key(k + 2, dai_dien[1])) ||
                                 (doc.is_key(k + 1, lanh_dao[0]) && doc.is_key(k + 2, lanh_dao[1])));
  };
  while (stop < end && !doc.is_punct(stop, ")") && (bracket || !doc.is_punct(stop, ".") || short_level_stop(stop))) {
    if (people_for_bodies(stop)) break;
    if (doc.is_punct(stop, ";") && enumerator_end(stop + 1) > stop + 1) {
      stop = enumerator_end(stop + 1);
      continue;
    }
    if (!bracket && stop > p)
      if (const int32_t c = remark_close(stop); c > 0) stop = c;
    ++stop;
  }
  if (bracket && stop >= end) return std::nullopt;
  // (s20-members) "…, Thanh tra Bộ Y tế và Cơ quan B; các đơn vị đã thống nhất …": a semicolon
  // before a clause in lower case closes the list (its items are no semicolon's).
  if (!bracket)
    for (int32_t k = p; k < stop; ++k)
      if (doc.is_punct(k, ";")) {
        if (doc.is_word(k + 1) && !doc.tokens[k + 1].capitalised && !lexicon::levels().match(doc, k + 1, stop) &&
            enumerator_end(k + 1) == k + 1) {
          bool other = false;
          for (int32_t j = p; j < k && !other; ++j) other = doc.is_punct(j, ";");
          if (!other) stop = k;
        } else {
          // (s23-probe) "Cụm gồm A, B và C; C làm Cụm trưởng": the one semicolon of a list already
          // split by commas, before a clause naming a group's role or holding a verb, closes it.
          bool listed = false, other = false, clause = role_in(doc, k + 1, stop) != 0;
          for (int32_t j = p; j < k; ++j) listed = listed || doc.is_punct(j, ",") || doc.is_key(j, va);
          for (int32_t j = k + 1; j < stop && !other; ++j) other = doc.is_punct(j, ";");
          int32_t verb = -1;
          for (int32_t j = k + 2; j < stop && verb < 0; ++j)
            if (verb_in_list(doc, j, stop)) verb = j;
          clause = clause || verb >= 0;
          // (s27-members) … but not before more bodies listed by commas ("…, Văn phòng Tỉnh ủy; Báo A, Ban B,
          // Trường C và D thuộc Khối tham gia …"): a second run of the list, the verb after it the clause's.
          bool more = false;
          for (int32_t j = k + 1; verb >= 0 && j < verb && !more && role_in(doc, k + 1, verb) == 0; ++j)
            more = doc.is_punct(j, ",") && body_head_at(a, j + 1, verb) && body_head_at(a, k + 1, j);
          if (listed && !other && clause && !more) stop = k;
        }
        break;
      }
  bool semicolons = false;
  for (int32_t k = p; k < stop && !semicolons; ++k) semicolons = doc.is_punct(k, ";");

  std::vector<std::pair<int32_t, int32_t>> items;
  int32_t from = p;
  // (s15-plan-a) A kind written with its short words ("các Trường THPT:"): its items are bare names.
  // (s23-probe) … not a head of two words with nothing after it ("các ngân hàng: Agribank …").
  const bool names_of_kind = noun_head.find(' ') + 1 < noun_head.size() && !kind_is_head;
  for (int32_t k = p; k < stop; ++k) {
    if (k == from) {
      // "Sở Văn hóa, Thể thao và Du lịch": a department's own commas and "và".
      if (const auto u = match_unit(doc, k, stop, a.unit_options()); u && u->kind == UnitKind::kOffice && u->last > k + 1)
        k = u->last - 1;
      continue;
    }
    if (!bracket)
      if (const int32_t c = remark_close(k); c > 0) {
        k = c;
        continue;
      }
    // (s23-lists) "các Sở: Tư pháp, Nội vụ và Y tế": under a kind, a field's own commas and "và"
    // ("Văn hóa, Thể thao và Du lịch") are no separators.
    if (!noun_head.empty() && k == from + 1)
      if (const auto field = lexicon::administrative_fields().match(doc, from, stop); field && field.length > 1) {
        k = from + field.length - 1;
        continue;
      }
    // (s23-lists) "Công ty 78 và 732", "…, 731 và Đăk Uy": "và" after a bare number joins two items;
    // "… cùng (với) Công ty B": "cùng" before a body's head does too.
    const bool numbers_joined = doc.is_key(k, va) && doc.is_number(k - 1) &&
                                (doc.is_number(k + 1) || (k == from + 1 && doc.is_word(k + 1) && doc.tokens[k + 1].capitalised));
    const bool with_body = doc.is_key(k, cung) && body_head_at(a, doc.is_key(k + 1, voi) ? k + 2 : k + 1, stop);
    // (s24-lists) "A, B và các đơn vị C, D": the kind written before the rest of the list.
    const bool with_kind = doc.is_key(k, va) && past_kind_words(a, k + 1, stop) > k + 1;
    const bool split = semicolons ? doc.is_punct(k, ";")
                                  : doc.is_punct(k, ",") || numbers_joined || with_body || with_kind ||
                                        (doc.is_key(k, va) && (body_head_at(a, k + 1, stop) ||
                                                               (!noun_head.empty() && doc.is_word(k + 1) && doc.tokens[k + 1].capitalised &&
                                                                !doc.tokens[k + 1].all_caps) ||
                                                               names_branch(doc, k + 1, std::min(stop, k + 6)) ||
                                                               (names_of_kind && doc.is_word(k + 1) && doc.tokens[k + 1].capitalised) ||
                                                               (k > p + 2 && !elided_head(a, p, stop, k + 1).empty()) ||
                                                               // "…, Nghệ An và Hà Tĩnh": bare places
                                                               (!items.empty() && k - from <= 4 &&
                                                                lexicon::provinces().match(doc, from, k) &&
                                                                lexicon::provinces().match(doc, k + 1, stop))));
    if (!split) continue;
    // (s20-members) "Ban Bảo vệ, chăm sóc sức khỏe cán bộ Tỉnh ủy", "Cơ quan thanh tra, giám sát
    // Ngân hàng": a comma before a word in lower case (no "và", no level, no verb before it) is
    // inside one body's name, whose words it joins.
    // (s26) … but not before "gồm", which opens a list ("Sở A 6 tỉnh khu vực B, gồm: C, D").
    if (!semicolons && doc.is_punct(k, ",") && doc.is_word(k + 1) && !doc.tokens[k + 1].capitalised &&
        !doc.is_key(k + 1, va) && !doc.is_key(k + 1, gom) && !lexicon::levels().match(doc, k + 1, stop) &&
        body_head_at(a, from, k)) {
      bool verb = false;
      for (int32_t v = from + 1; v < k && !verb; ++v) verb = verb_in_list(doc, v, stop);
      if (!verb) continue;
    }
    items.emplace_back(from, k);
    from = k + 1;
    if (doc.is_key(from, va)) ++from;
    if (doc.is_key(k, cung) && doc.is_key(from, voi)) ++from;
    if (with_kind) from = past_kind_words(a, from, stop);
    k = from - 1;
  }
  items.emplace_back(from, stop);
  // "… và THPT D tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng": a comma after the
  // clause's verb is no list's; the list ends with the item holding the verb.
  for (size_t n = 1; n < items.size(); ++n) {
    const int32_t f = doc.is_key(items[n].first, va) ? items[n].first + 1 : items[n].first;
    if (!doc.is_word(f) || doc.tokens[f].capitalised) continue;
    bool verb = false;
    for (int32_t k = items[n - 1].first + 1; k < items[n - 1].second && !verb; ++k) verb = verb_in_list(doc, k, stop);
    if (verb) items.resize(n);
    break;
  }
  // (s26) "… và D phối hợp cùng E, F tổ chức …": a verb before "cùng"/"với" inside an item is the clause's
  // (those after it are partners, not the list's); the list ends with that item, cut at the verb.
  for (size_t n = 0; n < items.size(); ++n) {
    bool cut = false;
    for (int32_t k = items[n].first + 1; k < items[n].second && !cut; ++k) {
      if (doc.is_key(k, va) || doc.is_key(k, cung) || doc.is_key(k, voi) || !doc.is_word(k) || doc.tokens[k].capitalised)
        continue;
      const auto v = lexicon::predicates().match(doc, k, items[n].second);
      if (!v || !(doc.is_key(k + v.length, cung) || doc.is_key(k + v.length, voi))) continue;
      items[n].second = k;
      items.resize(n + 1);
      cut = true;
    }
    if (cut) break;
  }
  // "gồm 8 đơn vị: A, B, …, G và Quỹ tín dụng H": a counted list one item short holds its last two
  // in its last item, joined by "và" before a name the lexicon does not head; the count splits it
  // there (at its last "và" before a capitalised word: "Ngân hàng Nông nghiệp và Phát triển nông
  // thôn" keeps its own).
  if (count > 0 && static_cast<int32_t>(items.size()) + 1 == count && !semicolons) {
    auto& [lf, ll] = items.back();
    for (int32_t k = ll - 1; k > lf + 1; --k)
      // (s20-members) … but not before one abbreviation closing a name ("các công trình nông
      // nghiệp và PTNT": "Phát triển nông thôn" written short).
      if (doc.is_key(k, va) && doc.is_word(k + 1) && doc.tokens[k + 1].capitalised &&
          !(ll == k + 2 && doc.tokens[k + 1].all_caps)) {
        const int32_t second = k + 1, end_of_last = ll;
        ll = k;
        items.emplace_back(second, end_of_last);
        break;
      }
  }
  // (s20-members) "A; B; Sở Văn hóa, Thể thao và Du lịch và Đài Phát thanh - Truyền hình tỉnh": a list
  // split by semicolons joins its last two bodies by "và" before a body's head, past the first
  // one's own name.
  // … and one item written with a comma before another body's head ("(Ban Dân tộc, Sở Y tế; Sở
  // Giáo dục và Đào tạo; …)") holds two.
  if (semicolons && items.size() >= 2) {
    std::vector<std::pair<int32_t, int32_t>> split_items;
    for (auto [f, l] : items) {
      int32_t k = doc.is_key(f, va) ? f + 1 : f;
      if (const auto u = match_unit(doc, k, l, a.unit_options()); u && u->kind == UnitKind::kOffice) k = u->last - 1;
      int32_t from_here = f;
      for (++k; k + 1 < l; ++k)
        // (s23-lists) "…; Công ty cà phê 49, 52 và 55; …": numbers sharing the item's head.
        if ((doc.is_punct(k, ",") && body_head_at(a, k + 1, l)) ||
            ((doc.is_punct(k, ",") || doc.is_key(k, va)) && doc.is_number(k - 1) && doc.is_number(k + 1))) {
          split_items.emplace_back(from_here, k);
          from_here = k + 1;
        } else if (doc.is_key(k, va) && doc.is_number(k + 1) && !doc.glued(k + 2) && body_head_at(a, k + 2, l)) {
          // (s27-members) "…; Trường C và 02 Đảng ủy Khối A, Đảng ủy Khối B": a count of the bodies that
          // close the list, no part of their names.
          split_items.emplace_back(from_here, k);
          from_here = k + 2;
          ++k;
        }
      split_items.emplace_back(from_here, l);
    }
    items = std::move(split_items);
  }
  if (semicolons && items.size() >= 2) {
    auto& [lf, ll] = items.back();
    int32_t k = doc.is_key(lf, va) ? lf + 1 : lf;
    if (const auto u = match_unit(doc, k, ll, a.unit_options()); u && u->kind == UnitKind::kOffice) k = u->last - 1;
    for (++k; k + 1 < ll; ++k)
      if (doc.is_key(k, va) && body_head_at(a, k + 1, ll)) {
        const int32_t second = k + 1, end_of_last = ll;
        ll = k;
        items.emplace_back(second, end_of_last);
        break;
      }
  }
  // (s20-members) "…, Trung đoàn Cảnh sát cơ động Tây Nguyên và Lữ đoàn 198, Bộ Tư lệnh Đặc công":
  // a counted list one item long holds, last, a unit written with the command it belongs to
  // after a comma ("Bộ …"); the count joins them.
  static const std::string bo = word_key("bộ");
  if (count > 0 && static_cast<int32_t>(items.size()) == count + 1 && !semicolons && items.size() >= 2) {
    const auto [lf, ll] = items.back();
    if (doc.is_key(lf, bo) && doc.tokens[lf].capitalised && doc.is_punct(lf - 1, ",")) {
      items.pop_back();
      items.back().second = ll;
    }
  }
  if (items.size() < 3) return std::nullopt;

  // (s27-members) "gồm các đơn vị Hội phụ nữ Tổng cục A, Tổng cục B và Cục C", "gồm: Công đoàn Sở A; Sở
  // B; Sở C": an organisation inside a body written once, before the first of the bodies listed, in a
  // text naming the group as that organisation's: each body's organisation, its own head kept after it.
  std::string owner_prefix;
  if (noun_head.empty()) {
    const int32_t f0 = doc.is_key(items[0].first, va) ? items[0].first + 1 : items[0].first;
    const auto org = lexicon::organisations_within().match(doc, f0, items[0].second);
    bool rest = org && doc.tokens[f0].capitalised && body_head_at(a, f0 + org.length, items[0].second) &&
                organisation_owns_group(doc, f0, static_cast<int32_t>(org.length));
    for (size_t n = 1; n < items.size() && rest; ++n) {
      const int32_t f = enumerator_end(doc.is_key(items[n].first, va) ? items[n].first + 1 : items[n].first);
      rest = body_head_at(a, f, items[n].second) && !lexicon::organisations_within().match(doc, f, items[n].second);
    }
    if (rest) owner_prefix = clean(doc.text_of(f0, f0 + org.length)) + " ";
  }
  BodyList out;
  int heads = 0;
  std::optional<SharedHead> shared;  // (s23-lists) the head the last headed item shares
  for (size_t n = 0; n < items.size(); ++n) {
    auto [first, last] = items[n];
    if (doc.is_key(first, va)) ++first;
    first = enumerator_end(first);
    const bool number_of_head = shared && shared->numbered && last == first + 1 && doc.is_number(first);  // "734"
    if (first >= last || ((!doc.is_word(first) || !doc.tokens[first].capitalised) && !number_of_head)) return std::nullopt;
    if (const auto u = match_unit(doc, first, last, a.unit_options()); u && (is_group_unit(*u) || u->list_prefix))
      return std::nullopt;
    // A remark: "Sở A - đơn vị trưởng khối", "Sở A (Khối phó)".
    // A dash opens a remark only when a role follows ("kinh tế - xã hội" is a part of the name).
    int32_t name_end = first + 1;
    while (name_end < last && !doc.is_punct(name_end, "(") &&
           !(doc.is_punct(name_end, "-") && !doc.glued(name_end) && role_in(doc, name_end, last)))
      ++name_end;
    const std::string unit_text = through_short_name(a, first, name_end, last);
    int flags = name_end < last ? role_in(doc, name_end, last) : 0;
    // The last item ends before the clause's verb.
    if (n + 1 == items.size()) {
      int32_t from_k = first + 1;  // past a department's own name ("Sở Văn hóa, Thể thao và Du lịch")
      if (const auto u = match_unit(doc, first, name_end, a.unit_options()); u && u->kind == UnitKind::kOffice)
        from_k = std::max(from_k, u->last);
      // (s28-members3) … and past a located body's head ("Văn phòng đại diện": "đại diện" is no verb there).
      if (const auto located = lexicon::located_body_heads().match(doc, first, name_end))
        from_k = std::max(from_k, first + static_cast<int32_t>(located.length));
      for (int32_t k = from_k; k < name_end; ++k) {
        // (s28-members3) "…, Ban quản lý dự án đầu tư xây dựng các công trình nông nghiệp.", "… và Trung tâm
        // dịch vụ việc làm.": a field the lexicon reads whole inside a name ("dự án", "việc làm") holds no verb.
        if (const auto field = lexicon::name_fields().match(doc, k, name_end); field && k > first + 1) {
          k += field.length - 1;
          continue;
        }
        // (s28-members3) "…, Phân hiệu Trường Đại học Sư phạm TP. Hồ Chí Minh tại Gia Lai.": a body that is
        // where it stands (lexicon::located_body_heads) keeps "tại" and the place closing the item.
        static const std::string tai = word_key("tại");
        if (doc.is_key(k, tai) && lexicon::located_body_heads().match(doc, first, name_end) && k + 1 < name_end) {
          bool place = true;
          for (int32_t t = k + 1; t < name_end && place; ++t) place = !doc.is_word(t) || doc.tokens[t].capitalised;
          if (place) break;
        }
        if (verb_in_list(doc, k, end)) {
          name_end = k;
          break;
        }
      }
    }
    if (name_end - first > 16) return std::nullopt;
    // "Trường THPT Lê Duẩn, THPT Bác Ái, …", "Trường Đại học A, Đại học B": the head's first
    // word written once, in the first item; the others open with the words after it.
    std::string prefix;
    // (s15-plan-a) Under a kind with its short words ("các Trường THPT: Nguyễn Du, Trường Chinh"),
    // an item is a name even when it opens with the kind's first word; one that repeats the whole
    // kind is a body as written.
    const bool kind_named = names_of_kind &&
                            unit_key(std::string(doc.text_of(first, name_end))).rfind(unit_key(noun_head), 0) != 0;
    // (s26) "7 đảng ủy: Công an tỉnh, Bệnh viện A": each body's organisation, its own head kept.
    const bool in_body = within && unit_key(std::string(doc.text_of(first, name_end))).rfind(unit_key(noun_head), 0) != 0;
    if (kind_named || in_body) prefix = noun_head;
    else if (!body_head_at(a, first, name_end) && !match_unit(doc, first, name_end, a.unit_options())) {
      if (!noun_head.empty()) prefix = noun_head;
      else if (n > 0) prefix = elided_head(a, items[0].first, items[0].second, first);
      // "Ngân hàng Nhà nước chi nhánh Thanh Hóa, Nghệ An, Hà Tĩnh": provinces after a body named
      // with its province are that body's ("Ngân hàng Nhà nước chi nhánh Nghệ An").
      if (prefix.empty() && n > 0 && !items.empty()) {
        const auto place = lexicon::provinces().match(doc, first, name_end);
        const int32_t f0 = items[0].first;
        // (The police's "Công an Đắk Lắk, Đắk Nông" are read_members's: "Công an tỉnh Đắk Nông".)
        static const std::string cong = word_key("công"), an = word_key("an");
        const bool police = doc.is_key(f0, cong) && doc.is_key(f0 + 1, an);
        for (int32_t k = f0 + 2; place && !police && first + place.length == name_end && k < items[0].second; ++k) {
          const auto own = lexicon::provinces().match(doc, k, items[0].second);
          if (!own || k + own.length != items[0].second || !body_head_at(a, f0, k) ||
              doc.tokens[k - 1].capitalised || lexicon::levels().match(doc, k - 1, k))
            continue;
          prefix = std::string(doc.text_of(f0, k)) + " ";
          break;
        }
      }
    }
    if (prefix.empty() && shared && bare_name_for(a, *shared, first, name_end)) prefix = shared->head;
    else if (body_head_at(a, first, name_end)) shared = shared_head(a, first, name_end);
    if (n > 0 && prefix.empty()) prefix = owner_prefix;
    if (body_head_at(a, first, name_end) || !prefix.empty() || names_branch(doc, first, name_end)) ++heads;
    std::string name = prefix + (unit_text.empty() ? clean(doc.text_of(first, name_end)) : unit_text);
    if (flags & kGroupLeader) out.leader = name;
    else if (flags & kGroupDeputy) out.deputy = name;
    out.members.push_back(std::move(name));
  }
  // A list whose count the text gives and whose items number it is a list of bodies even when
  // the lexicon heads few of them ("gồm 8 đơn vị: BIDV chi nhánh A, Vietcombank B, …"): the count
  // confirms where it splits.
  // Not a count of places ("Công an 5 thành phố: Hà Nội, …", read_members's), nor items that are
  // bare places.
  bool counted = count > 0 && count == static_cast<int>(out.members.size()) && described >= 0;
  for (int32_t k = described; counted && k < items.front().first && !doc.is_punct(k, ":"); ++k)
    counted = !lexicon::levels().match(doc, k, items.front().first);
  // Items written as names of bodies, not of places ("Hoài Đức, Ba Vì" under a police cluster): at
  // least half hold a lower-case word, an acronym or a head the lexicon knows.
  int bodylike = 0;
  for (const auto& [f, l] : items) {
    const int32_t f1 = doc.is_key(f, va) ? f + 1 : f;
    const auto place = counted ? lexicon::provinces().match(doc, f1, l) : PhraseTable::Match{};
    counted = counted && !(place && f1 + place.length >= l) && l - f1 >= 2;
    bool named = body_head_at(a, f1, l);
    for (int32_t k = f1; k < l && !named; ++k)
      named = doc.is_word(k) && (!doc.tokens[k].capitalised || (doc.tokens[k].all_caps && doc.text_of(k, k + 1).size() > 1));
    bodylike += named ? 1 : 0;
  }
  counted = counted && bodylike * 2 >= static_cast<int>(items.size());
  if (!counted && (heads * 2 < static_cast<int>(out.members.size()) || heads < 2)) return std::nullopt;
  with_levels(out);
  boards_with_their_committee(out);
  if (count > 0 && count != static_cast<int>(out.members.size()) && !bracket && !semicolons) return std::nullopt;
  return out;
}

std::optional<std::pair<std::pair<Level, std::string>, int32_t>> police_list_head(const Analysis& a, int32_t p,
                                                                                 int32_t end) {
  const Document& doc = a.doc;
  static const std::string cac = word_key("các"), cua = word_key("của");
  // (s17-plan-b) "gồm 5 đơn vị Công an thành phố trực thuộc Trung ương: A, B, …", "gồm 6 đơn vị
  // Công an các tỉnh: A, B": the units counted first, then the police of a level, a qualifier of
  // the level up to the colon that opens the names.
  // (s22-forms) The police written short as well: "gồm 5 đơn vị CA thành phố trực thuộc Trung ương: …".
  static const std::string don = word_key("đơn"), vi = word_key("vị");
  static const Entry kPolice[] = {{"Công an"}};
  static const PhraseTable police(kPolice);
  const auto head = doc.is_number(p) && doc.is_key(p + 1, don) && doc.is_key(p + 2, vi) ? police.match(doc, p + 3, end)
                                                                                         : PhraseTable::Match{};
  if (head) {
    int32_t k = p + 3 + head.length;
    if (doc.is_key(k, cac)) ++k;
    const auto lv = lexicon::levels().match(doc, k, end);
    if (!lv || !doc.is_word(k) || doc.tokens[k].capitalised) return std::nullopt;
    std::pair<Level, std::string> shared{static_cast<Level>(lv.value()), lower_case(doc.text_of(k, k + lv.length))};
    int32_t colon = k + lv.length;
    while (colon < end && colon - k <= 8 && doc.is_word(colon)) ++colon;
    if (!doc.is_punct(colon, ":") || !doc.is_word(colon + 1) || !doc.tokens[colon + 1].capitalised) return std::nullopt;
    return std::make_pair(shared, colon + 1);
  }
  const auto police_at = police.match(doc, p, end);
  if (!police_at) return std::nullopt;
  int32_t k = p + police_at.length;
  const bool of = doc.is_key(k, cua);
  if (of) ++k;  // "Công an của 5 tỉnh"
  // A figure or "các" is read by match_unit when "Công an" is capitalised; a number word never is.
  const bool counted = doc.is_key(k, cac) || doc.is_number(k) || number_word(doc, k) > 0;
  if (!counted) return std::nullopt;
  if (doc.tokens[p].capitalised && !number_word(doc, k) && !of) return std::nullopt;
  ++k;
  const auto lv = lexicon::levels().match(doc, k, end);
  if (!lv || !doc.is_word(k) || doc.tokens[k].capitalised) return std::nullopt;
  std::pair<Level, std::string> shared{static_cast<Level>(lv.value()), lower_case(doc.text_of(k, k + lv.length))};
  k += lv.length;
  if (doc.is_punct(k, ":")) ++k;
  if (!doc.is_word(k) || !doc.tokens[k].capitalised) return std::nullopt;
  return std::make_pair(shared, k);
}

std::vector<std::string> members_elsewhere(const Analysis& a, const std::string& key, const MemberReader& read) {
  const Document& doc = a.doc;
  static const std::string thuoc = word_key("thuộc"), trong = word_key("trong"), cua = word_key("của"),
                           cac = word_key("các"), va = word_key("và"), gom = word_key("gồm"), bao = word_key("bao"),
                           khoi = word_key("khối"), cum = word_key("cụm"), cong = word_key("công"), an = word_key("an"),
                           thanh = word_key("thành"), vien = word_key("viên");
  std::vector<std::string> best;
  auto take = [&](std::vector<std::string> m) {
    if (m.size() >= 2 && m.size() > best.size()) best = std::move(m);
  };
  // The number of list separators (",", "và") in [first, last).
  auto separators = [&](int32_t first, int32_t last) {
    int n = 0;
    for (int32_t k = first; k < last; ++k) n += doc.is_punct(k, ",") || doc.is_key(k, va);
    return n;
  };
  // (s16-plan-a) The body written before a count or "các" at c ("Đoàn Thanh niên các tỉnh A, B") is each
  // place's, as "Công an các tỉnh A, B" gives each place's police: the places read as the police's take it.
  // (s23-members) … a body the gazetteer heads without a level of its own, in any case ("thanh tra các
  // tỉnh", "Thanh tra 5 tỉnh": "Thanh tra tỉnh A"). (s24-members) "Đoàn Thanh niên Công an (CA) các tỉnh
  // A, B": the body's short form in a bracket before "các" is no part of the places' body, which ends before it.
  auto with_body_before = [&](std::vector<std::string>& m, int32_t c, const Sentence& s) {
    const int32_t stop = short_form_before(doc, c);
    std::string body;
    for (int32_t h = std::max(s.first, stop - 6); h < stop && body.empty(); ++h) {
      const auto b = doc.is_word(h) && doc.tokens[h].capitalised ? match_unit(doc, h, stop, a.unit_options()) : std::nullopt;
      if (b && b->first == h && b->last == stop && b->kind != UnitKind::kPolice && !is_group_unit(*b) && !b->list_prefix)
        body = clean(doc.text_of(h, stop));
      else if (const auto head = b ? std::nullopt : bare_body_head(doc, h, stop))
        body = *head;
    }
    static const std::string police = "Công an ";
    for (std::string& member : m)
      if (!body.empty() && member.rfind(police, 0) == 0) member = body + " " + member.substr(police.size());
  };
  for (int32_t i = 0; i < doc.size(); ++i) {
    const Sentence& s = doc.sentence_of(i);
    // "các xã A, B và C thuộc Cụm thi đua số 7": places before the group they belong to.
    if ((doc.is_key(i, thuoc) || doc.is_key(i, trong)) && i + 1 < s.last) {
      const auto u = match_unit(doc, i + 1, s.last, a.unit_options());
      const bool ours = u && is_group_unit(*u) &&
                        (unit_key(u->text) == key || key.rfind(unit_key(u->text) + " ", 0) == 0);
      for (int32_t c = i - 1; ours && c >= s.first && c >= i - 30; --c) {
        // (s23-members) … or counted: "thanh tra 5 tỉnh: A, B, C, D và E thuộc Cụm thi đua …".
        const bool counted = (doc.is_number(c) && !doc.glued(c + 1)) || number_word(doc, c) > 0;
        if (!doc.is_key(c, cac) && !counted) continue;
        const auto lv = lexicon::levels().match(doc, c + 1, i);
        if (counted && (!lv || doc.tokens[c + 1].capitalised)) continue;  // "phường 5, 7": a place's number
        if (!lv || doc.tokens[c + 1].capitalised) break;
        int32_t names = c + 1 + lv.length;
        const std::pair<Level, std::string> shared{static_cast<Level>(lv.value()), lower_case(doc.text_of(c + 1, names))};
        if (doc.is_punct(names, ":")) ++names;
        std::vector<std::string> m = read(names, i, shared);
        if (counted && static_cast<int>(m.size()) != (doc.is_number(c) ? std::atoi(doc.key(c).c_str()) : number_word(doc, c)))
          break;
        // "Đoàn Thanh niên các tỉnh A, B thuộc Cụm …": the body before "các" (with_body_before).
        with_body_before(m, c, s);
        if (static_cast<int>(m.size()) == separators(names, i) + 1) take(std::move(m));
        break;
      }
    }
    // (s15-plan-a) "Cụm thi đua 1 (Hội Chữ thập đỏ Phường 1, 2, 3, 5)": the group's units in a
    // bracket right after it, every separator of the bracket read as one.
    if (doc.is_punct(i, "(") && i > s.first) {
      std::optional<UnitMention> group;
      for (const UnitMention& u : find_units(doc, std::max(s.first, i - 8), i, a.unit_options()))
        if (u.last == i && is_group_unit(u) && (unit_key(u.text) == key || key.rfind(unit_key(u.text) + " ", 0) == 0)) group = u;
      int32_t close = i + 1;
      while (group && close < s.last && close - i < 60 && !doc.is_punct(close, ")") && !doc.is_punct(close, "(")) ++close;
      if (group && doc.is_punct(close, ")")) {
        std::vector<std::string> m = read(i + 1, close, std::nullopt);
        if (static_cast<int>(m.size()) == separators(i + 1, close) + 1) take(std::move(m));
      }
    }
    // "đại diện 05 xã A, B, C, D, E": as many places as the count, three or more.
    if (doc.is_number(i) && !doc.glued(i + 1)) {
      const int count = std::atoi(doc.key(i).c_str());
      const auto lv = lexicon::levels().match(doc, i + 1, s.last);
      if (count >= 3 && lv && doc.is_word(i + 1) && !doc.tokens[i + 1].capitalised &&
          !(doc.is_key(i - 1, an) && doc.is_key(i - 2, cong)) && !awarded_list(doc, i)) {
        int32_t names = i + 1 + lv.length;
        // (s25-heads) "12 phường thành viên trong cụm, gồm: A, B, …": words in lower case describing the
        // counted places as the group's ("thành viên", "trong cụm"; not "3 xã vùng sâu, gồm: …" where a
        // visit went), no verb, then "gồm" and/or a colon before the names.
        bool of_group = false;
        // (s28-members2) "Ủy ban MTTQ Việt Nam 6 quận trong cụm (quận Long Biên, Hai Bà Trưng, …)": the
        // group's places in a bracket after those words, the level written once with the first; the body
        // before the count is each place's.
        int32_t bracket_close = -1;
        for (int32_t k = names; k < s.last && k - names <= 6; ++k) {
          if (doc.is_punct(k, "(") && k > names && of_group) {
            int32_t close = k + 1;
            while (close < s.last && close - k < 60 && !doc.is_punct(close, ")") && !doc.is_punct(close, "(")) ++close;
            if (doc.is_punct(close, ")")) {
              bracket_close = close;
              names = k + 1;
              if (const auto again = lexicon::levels().match(doc, names, close);
                  again && again.value() == lv.value() && doc.is_word(names) && !doc.tokens[names].capitalised)
                names += again.length;
            }
            break;
          }
          if (doc.is_key(k, gom) || doc.is_punct(k, ":")) {
            int32_t n = k + (doc.is_key(k, gom) ? 1 : 0);
            if (doc.is_punct(n, ":")) ++n;
            if (k > names && of_group) names = n;
            break;
          }
          of_group = of_group || doc.is_key(k, khoi) || doc.is_key(k, cum) ||
                     (doc.is_key(k, thanh) && doc.is_key(k + 1, vien));
          if (doc.is_punct(k, ",") && (doc.is_key(k + 1, gom) || doc.is_key(k + 1, bao))) continue;
          if (doc.is_key(k, bao) && doc.is_key(k + 1, gom)) continue;
          if (!doc.is_word(k) || doc.tokens[k].capitalised || verb_at(doc, k, s.last)) break;
        }
        if (doc.is_word(names) && doc.tokens[names].capitalised) {
          std::vector<std::string> m = read(names, bracket_close >= 0 ? bracket_close : s.last,
                                            std::make_pair(static_cast<Level>(lv.value()), lower_case(doc.text_of(i + 1, i + 1 + lv.length))));
          if (bracket_close >= 0) with_body_before(m, i, s);
          if (static_cast<int>(m.size()) == count) take(std::move(m));
        }
      }
    }
    // "… là thành viên thuộc khối gồm: …": the group's bare head in lower case, a unit's "of" it.
    if ((doc.is_key(i, khoi) || doc.is_key(i, cum)) && !doc.tokens[i].capitalised &&
        (doc.is_key(i - 1, thuoc) || doc.is_key(i - 1, trong) || doc.is_key(i - 1, cua))) {
      int32_t k = i + 1;
      if (doc.is_key(k, bao)) ++k;
      if (!doc.is_key(k, gom)) continue;
      if (auto body = read_body_list(a, k + 1, s.last)) take(std::move(body->members));
      else take(read(k + 1, s.last, std::nullopt));
    }
  }
  return best;
}

// "Đảng ủy, HĐND, UBND xã X thuộc Cụm …": one place's bodies, each read as a bare head of one word,
// are no list of a group's units.
static bool bare_heads(const std::vector<std::string>& members) {
  return std::any_of(members.begin(), members.end(), [](const std::string& m) { return m.find(' ') == std::string::npos; });
}

std::optional<BodyList> bodies_around_group(const Analysis& a, const std::string& key) {
  const Document& doc = a.doc;
  static const std::string thuoc = word_key("thuộc"), trong = word_key("trong"), cua = word_key("của"),
                           la = word_key("là"), don = word_key("đơn"), vi = word_key("vị"), thanh = word_key("thành"),
                           vien = word_key("viên");
  static const std::vector<std::string> thi_dua = phrase_keys("thi đua");
  std::optional<BodyList> best;
  auto take = [&](std::optional<BodyList> b) {
    if (b && b->members.size() >= 3 && (!best || b->members.size() > best->members.size())) best = std::move(b);
  };
  for (int32_t i = 0; i < doc.size(); ++i) {
    const Sentence& s = doc.sentence_of(i);
    // The group at i: its full name, or its head alone ("Cụm", "khối thi đua").
    int32_t last = -1;
    if (const auto u = match_unit(doc, i, s.last, a.unit_options()); u && is_group_unit(*u)) {
      const std::string k = unit_key(u->text);
      if (k == key || key.rfind(k + " ", 0) == 0) last = u->last;
    }
    if (last < 0) {
      const auto h = lexicon::unit_heads().match(doc, i, s.last);
      if (!h || (static_cast<UnitKind>(h.value()) != UnitKind::kCluster && static_cast<UnitKind>(h.value()) != UnitKind::kBlock))
        continue;
      last = i + h.length;
      if (doc.is_key(last, thi_dua[0]) && doc.is_key(last + 1, thi_dua[1])) last += 2;
      // The bare head is the group only after "trong", "thuộc", "của" (below).
      if (!doc.is_key(i - 1, trong) && !doc.is_key(i - 1, thuoc) && !doc.is_key(i - 1, cua)) continue;
    }
    // "Cụm thi đua số 5 (Sở A, Sở B, Sở C)": the bodies in a bracket right after the group.
    if (doc.is_punct(last, "(")) take(read_body_list(a, last, s.last));
    // "lãnh đạo 4 đơn vị trong Cụm: A, B, …", "các đơn vị thành viên của Khối là A, B và C".
    const bool of = doc.is_key(i - 1, trong) || doc.is_key(i - 1, thuoc) || doc.is_key(i - 1, cua);
    bool units = false;
    for (int32_t k = i - 2; of && k >= s.first && k >= i - 5 && !units; --k)
      units = (doc.is_key(k, don) && doc.is_key(k + 1, vi)) || (doc.is_key(k, thanh) && doc.is_key(k + 1, vien));
    if (units && (doc.is_punct(last, ":") || doc.is_key(last, la))) take(read_body_list(a, last + 1, s.last));
    // "lãnh đạo các đơn vị: A, B, C và D đã ký kết giao ước thi đua Cụm thi đua số 2": those who
    // sign the group's pledge in the sentence naming it are its units.
    static const std::string ky = word_key("ký");
    bool signs = false;
    for (int32_t k = s.first; k < s.last && !signs; ++k) signs = doc.is_key(k, ky);
    for (int32_t k = s.first; signs && k + 2 < s.last; ++k)
      if (doc.is_key(k, don) && doc.is_key(k + 1, vi) && doc.is_punct(k + 2, ":")) take(read_body_list(a, k + 3, s.last));
    // "Sở A, Sở B, Thanh tra tỉnh và Sở C (Cụm thi đua số 5) ký …", "… và Sở C thuộc Cụm …": the
    // bodies listed right before the group, from the earliest body that starts a list reaching it.
    const int32_t list_end = doc.is_punct(i - 1, "(") || of ? i - 1 : -1;
    for (int32_t st = s.first; list_end > s.first && st + 4 < list_end; ++st) {
      if (!body_head_at(a, st, list_end)) continue;
      if (st > s.first && !doc.is_punct(st - 1, ",") && doc.tokens[st - 1].capitalised) continue;
      if (auto b = read_body_list(a, st, list_end)) {
        if (!bare_heads(b->members)) take(std::move(b));
        break;
      }
    }
  }
  // (s14-plan-b) "… với sự tham gia của A, B và C", "Tham gia ký kết có A, B, C", "… giữa các đơn
  // vị: A, B, C": the bodies taking part in an act of the group, in a sentence naming the group
  // or one that signs.
  for (int32_t k = 0; k + 1 < doc.size(); ++k) {
    const int32_t list = participants_at(doc, k, doc.sentence_of(k).last);
    if (list < 0) continue;
    const Sentence& s = doc.sentence_of(k);
    if (names_group_or_signs(a, s, key) || group_named_back(doc, k)) take(read_body_list(a, list, s.last));
  }
  return best;
}

int32_t award_verb_at(const Document& doc, int32_t k, int32_t end) {
  if (lexicon::not_awarding().match(doc, k, end)) return 0;
  return lexicon::awarding_words().match(doc, k, end).length;
}

bool awarding_in(const Document& doc, int32_t first, int32_t last) {
  // A phrase that awards nothing may start up to three words before the passage ("thi đua, | khen
  // thưởng"); the words it covers are not read as awarding.
  int32_t covered = first;
  for (int32_t k = std::max(0, first - 3); k < last; ++k) {
    if (const auto m = lexicon::not_awarding().match(doc, k, last)) covered = std::max(covered, k + m.length);
    if (k < covered) continue;
    if (award_verb_at(doc, k, last) > 0 || lexicon::awards_given().match(doc, k, last)) return true;
  }
  return false;
}

std::optional<BodyList> densest_body_list(const Analysis& a) {
  const Document& doc = a.doc;
  static const std::string gom = word_key("gồm"), co = word_key("có"), la = word_key("là"), cua = word_key("của");
  std::optional<BodyList> best;
  for (const Sentence& s : doc.sentences) {
    for (int32_t st = s.first; st + 4 < s.last; ++st) {
      const bool opens = st == s.first || doc.is_punct(st - 1, ":") || doc.is_punct(st - 1, "(") ||
                         doc.is_key(st - 1, gom) || doc.is_key(st - 1, co) || doc.is_key(st - 1, la) ||
                         doc.is_key(st - 1, cua);
      if (!opens || !body_head_at(a, st, s.last)) continue;
      // Bodies awarded: an act of awarding or an award shortly before the list ("tặng Bằng khen cho 04
      // tập thể (…)").
      if (awarding_in(doc, std::max(s.first, st - 10), st)) continue;
      auto b = read_body_list(a, st, s.last);
      if (!b || b->members.size() < 4) continue;
      if (bare_heads(b->members)) continue;
      if (!best || b->members.size() > best->members.size()) best = std::move(b);
    }
  }
  return best;
}

// (s25-heads) See extract_groups.h.
std::vector<std::string> headed_places_members(const Analysis& a, const std::string& key, const MemberReader& read) {
  const Document& doc = a.doc;
  std::vector<std::string> best;
  bool best_named = false;
  for (const Sentence& s : doc.sentences) {
    const bool named = names_group_or_signs(a, s, key);
    if (best_named && !named) continue;
    for (int32_t k = s.first + 1; k + 2 < s.last; ++k) {
      if (!doc.is_punct(k - 1, ":") && !doc.is_key(k - 1, word_key("gồm"))) continue;
      if (!doc.is_word(k) || !doc.tokens[k].capitalised || !lexicon::provinces().match(doc, k, s.last)) continue;
      if (!head_of_places(a, k) || awarding_in(doc, std::max(s.first, k - 16), k)) continue;
      std::vector<std::string> m = read(k, s.last, std::nullopt);
      if (m.size() < 3) continue;
      // The first list, in a sentence naming the group when there is one.
      if (best.empty() || (named && !best_named)) best = std::move(m);
      best_named = best_named || named;
      break;
    }
  }
  return best;
}

// ---- (s26) lists of bare names under a kind written once before them ----------------------------

namespace {

bool joint_at(const Document& doc, int32_t k) {
  return doc.is_punct(k, "-") || doc.is_punct(k, "–") || doc.is_punct(k, "&");
}

// The number at k names a group ("Cụm thi đua số 11", "Khối 3"), it counts nothing.
bool group_number_at(const Document& doc, int32_t k) {
  static const std::string so = word_key("số"), dua = word_key("đua"), cum = word_key("cụm"), khoi = word_key("khối");
  return doc.is_key(k - 1, so) || doc.is_key(k - 1, dua) || doc.is_key(k - 1, cum) || doc.is_key(k - 1, khoi);
}

// A word that starts a bare name: capitalised, no body's head, no level, no group, no person's name.
bool bare_name_start(const Analysis& a, int32_t k, int32_t end) {
  const Document& doc = a.doc;
  if (!doc.is_word(k) || !doc.tokens[k].capitalised || doc.is_number(k)) return false;
  if (body_head_at(a, k, end) || lexicon::levels().match(doc, k, end) || lexicon::short_levels().match(doc, k, k + 1))
    return false;
  if (static_cast<size_t>(k) < a.in_person.size() && a.in_person[static_cast<size_t>(k)]) return false;
  return true;
}

// A body's head in lower case before a capitalised name at k ("phòng Tư pháp", "trường THCS Lê Lợi"):
// its length with the kind's short words after it, 0 when none.
int32_t own_head_length(const Document& doc, int32_t k, int32_t end) {
  if (!doc.is_word(k) || doc.tokens[k].capitalised) return 0;
  PhraseTable::Match h = lexicon::unit_heads().match(doc, k, end);
  if (h && (static_cast<UnitKind>(h.value()) == UnitKind::kCluster || static_cast<UnitKind>(h.value()) == UnitKind::kBlock))
    return 0;
  if (!h) h = lexicon::body_heads().match(doc, k, end);
  if (!h) return 0;
  int32_t e = k + h.length;
  while (e < end && doc.is_word(e) && doc.tokens[e].all_caps && e - k - h.length < 2) ++e;
  return doc.is_word(e) && doc.tokens[e].capitalised ? e - k : 0;
}

// The count of a list opening at k ("gồm 4 ngân hàng: A", "có 5 đơn vị là A"), 0 when none.
int count_before_list(const Document& doc, int32_t k) {
  for (int32_t j = k - 1; j >= 0 && k - j <= 5; --j) {
    if (doc.is_number(j)) return group_number_at(doc, j) ? 0 : std::atoi(doc.key(j).c_str());
    if (!doc.is_word(j) && !doc.is_punct(j, ":")) return 0;
  }
  return 0;
}

// A brand, a short name or a code written alone ("BIDV", "Agribank", "VietinBank", "PA01"): a list of
// them is as written, no kind before it.
bool brand_at(const Document& doc, int32_t first, int32_t last) {
  // A code: capitals and digits only ("PA01", "PC 02", "T29").
  bool code = last > first;
  for (int32_t k = first; k < last && code; ++k) code = doc.is_number(k) || (doc.is_word(k) && doc.tokens[k].all_caps);
  if (code) return true;
  if (last != first + 1 || !doc.is_word(first)) return false;
  if (doc.tokens[first].all_caps) return true;
  const std::string_view w = doc.text_of(first, last);
  return std::any_of(w.begin() + 1, w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

std::optional<NameList> bare_name_items(const Analysis& a, int32_t k, int32_t end) {
  const Document& doc = a.doc;
  static const std::string va = word_key("và");
  NameList out;
  while (k < end) {
    const int32_t first = k;
    // "phòng Tư pháp, phòng Nội vụ": each item's own head in lower case before its name.
    const int32_t own = own_head_length(doc, k, end);
    k += own;
    if (!bare_name_start(a, k, end) || (!out.items.empty() && (own > 0) != out.items.front().own_head))
      return std::nullopt;
    if (const auto field = lexicon::administrative_fields().match(doc, k, end)) {
      k += field.length;  // "Nông nghiệp và Phát triển nông thôn", "Văn hóa, Thể thao và Du lịch"
    } else {
      ++k;
      while (k < end) {
        if ((doc.is_word(k) && doc.tokens[k].capitalised) || doc.is_number(k) ||
            (joint_at(doc, k) && doc.is_word(k + 1) && doc.tokens[k + 1].capitalised)) {
          ++k;
          continue;
        }
        // Words in lower case inside a body's name ("Cao đẳng Y tế Thanh Hóa", "Hội Văn học nghệ thuật"):
        // no verb among them, and the name or the list goes on after them.
        int32_t r = k;
        while (r < end && r - k < 2 && doc.is_word(r) && !doc.tokens[r].capitalised && !doc.is_number(r) && !doc.is_key(r, va))
          ++r;
        bool verb = r == k;
        for (int32_t t = k; t < r && !verb; ++t) verb = verb_in_list(doc, t, end);
        const bool goes_on = (doc.is_word(r) && doc.tokens[r].capitalised) || doc.is_punct(r, ",") || doc.is_punct(r, ";") ||
                             (doc.is_key(r, va) && doc.is_word(r + 1) && doc.tokens[r + 1].capitalised);
        if (verb || !goes_on) break;
        k = r;
      }
    }
    if (k - first > 10 || brand_at(doc, first + own, k)) return std::nullopt;
    int flags = 0;
    if (doc.is_punct(k, "(")) {  // "Tân Kỳ (Cụm trưởng)"
      int32_t close = k + 1;
      while (close < end && close - k <= 8 && !doc.is_punct(close, ")")) ++close;
      flags = doc.is_punct(close, ")") ? role_in(doc, k + 1, close) : 0;
      out.items.push_back({first, k, flags, own > 0});
      if (flags == 0) break;  // a remark of the whole list ("(Cụm thi đua số 2)") closes it
      k = close + 1;
    } else {
      out.items.push_back({first, k, 0, own > 0});
    }
    if (doc.is_punct(k, ",") || doc.is_punct(k, ";")) {
      ++k;
      if (doc.is_key(k, va)) ++k;
      continue;
    }
    if (doc.is_key(k, va)) {
      ++k;
      continue;
    }
    break;
  }
  // The list ends where the clause goes on: its verb (a word in lower case), a bracket, the sentence's end.
  if (out.items.size() < 3) return std::nullopt;
  if (k < end && doc.is_word(k) && doc.tokens[k].capitalised) return std::nullopt;
  return out;
}

// Where the words before a list opening at `start` end: before its ":", "gồm", "gồm có", "bao gồm" or "là"
// (`start` when none).
static int32_t before_list_opener(const Document& doc, int32_t start) {
  static const std::string gom = word_key("gồm"), bao = word_key("bao"), co = word_key("có"), la = word_key("là");
  int32_t e = start;
  if (doc.is_punct(e - 1, ":")) --e;
  if (doc.is_key(e - 1, co) && doc.is_key(e - 2, gom)) --e;
  if (doc.is_key(e - 1, gom) || doc.is_key(e - 1, la)) {
    --e;
    if (doc.is_key(e - 1, bao)) --e;
  }
  return e;
}

std::optional<std::string> kind_of_names(const Analysis& a, int32_t start, bool police) {
  const Document& doc = a.doc;
  static const std::string gom = word_key("gồm"), bao = word_key("bao"), co = word_key("có"), la = word_key("là"),
                           cac = word_key("các"), va = word_key("và");
  if (start <= 0 || start >= doc.size()) return std::nullopt;
  const Sentence& s = doc.sentence_of(start);
  const int32_t e = before_list_opener(doc, start);
  if (e == start) return std::nullopt;
  for (int32_t j = e - 1; j > s.first && e - j <= 20; --j) {
    if (doc.is_punct(j, ";") || doc.is_punct(j, ".") || doc.is_punct(j, ":") || doc.is_punct(j, "(") ||
        doc.is_punct(j, ")"))
      return std::nullopt;
    // The words before the list describe it up to a verb ("… ký kết với các nội dung: A, B" names no body).
    // ("gồm 4 đơn vị:" opens the list: "gồm", "có", "là" are no such verb.)
    if (doc.is_word(j) && !doc.is_key(j, va) && !doc.is_key(j, gom) && !doc.is_key(j, co) && !doc.is_key(j, la) &&
        !doc.is_key(j, bao) && verb_at(doc, j, e))
      return std::nullopt;
    // "các sở, ngành kinh tế": a comma between the kinds a description lists, else the clause's edge.
    if (doc.is_punct(j, ",")) {
      if (lexicon::body_kinds().match(doc, j + 1, e) && doc.is_word(j + 1) && !doc.tokens[j + 1].capitalised) continue;
      return std::nullopt;
    }
    // (A group's own number is no count: "Cụm thi đua số 11 Công an thành phố …".)
    const bool counted = doc.is_key(j - 1, cac) || (doc.is_number(j - 1) && !doc.glued(j) && !group_number_at(doc, j - 1));
    // A level after "các" or a count, a body's head before it or none: "Công an các huyện miền Tây",
    // "Bảo hiểm xã hội 5 huyện", "các xã vùng biển".
    // The level bare, not a place's ("Công an thành phố Hà Nội gồm 7 đơn vị: …" names whose cluster it is).
    if (const auto lv = lexicon::levels().match(doc, j, e);
        lv && doc.is_word(j) && !doc.tokens[j].capitalised &&
        !(doc.is_word(j + lv.length) && doc.tokens[j + lv.length].capitalised)) {
      const std::string level = lower_case(doc.text_of(j, j + lv.length));
      std::optional<std::pair<int32_t, int32_t>> head;
      if (counted) head = head_before_count(a, j - 1);
      // "5 Bảo hiểm xã hội huyện": the count before the head, the level right after it.
      for (int32_t t = j - 1; !head && t > s.first && j - t <= 6; --t)
        if (doc.is_number(t - 1) && !group_number_at(doc, t - 1) && body_head_at(a, t, j)) head = std::make_pair(t, j);
      if (head) return clean(doc.text_of(head->first, head->second)) + " " + level;
      if (counted) return police ? "Công an " + level : level;
      continue;
    }
    // A kind of body after "các" or a count, with the words of its kind after it: "các sở", "các
    // trường THPT", "6 hội", "các Chi cục Thuế".
    if (!counted || !doc.is_word(j)) continue;
    PhraseTable::Match h = lexicon::unit_heads().match(doc, j, e);
    if (h && (static_cast<UnitKind>(h.value()) == UnitKind::kCluster || static_cast<UnitKind>(h.value()) == UnitKind::kBlock))
      continue;
    if (!h) h = lexicon::body_heads().match(doc, j, e);
    if (!h) continue;
    // The kind's words after its head: acronyms ("THPT") or a kind the lexicon knows ("Cao đẳng", "Tiểu học").
    int32_t k = j + h.length;
    if (const auto kw = lexicon::head_kind_words().match(doc, k, e)) k += kw.length;
    // (s29) "các sở Y tế thuộc Cụm gồm: A, B": a department's field after its head.
    else if (const auto field = lexicon::administrative_fields().match(doc, k, e)) k += field.length;
    // (s29) an abbreviated field glued by "-" or "&" is one ("các sở VH-TT&DL", "các Sở LĐ-TB&XH").
    while (k < e && ((doc.is_word(k) && doc.tokens[k].all_caps && !lexicon::levels().match(doc, k, e)) ||
                     ((doc.is_punct(k, "-") || doc.is_punct(k, "&")) && doc.glued(k) && doc.glued(k + 1) && k > j + h.length &&
                      doc.is_word(k + 1) && doc.tokens[k + 1].all_caps)))
      ++k;
    // "các Hội Nông dân huyện phía Nam": a bare level after the kind is each body's ("Hội Nông dân huyện A").
    if (const auto lv = lexicon::levels().match(doc, k, e);
        lv && !doc.tokens[k].capitalised && !(doc.is_word(k + lv.length) && doc.tokens[k + lv.length].capitalised))
      return capitalise_first(doc.text_of(j, k)) + " " + lower_case(doc.text_of(k, k + lv.length));
    return capitalise_first(doc.text_of(j, k));
  }
  return std::nullopt;
}

namespace {
// Whether a kind already ends with a level ("Hội Nông dân huyện", "Công an tỉnh"), one of level_word's.
bool ends_with_level(const std::string& kind) {
  const std::string key = " " + unit_key(kind);
  for (Level l : {Level::kProvince, Level::kCity, Level::kDistrict, Level::kUrbanDistrict, Level::kTown, Level::kCommune,
                  Level::kWard, Level::kTownlet, Level::kSpecialZone}) {
    const std::string w = " " + unit_key(level_word(l));
    if (key.size() >= w.size() && key.compare(key.size() - w.size(), w.size(), w) == 0) return true;
  }
  return false;
}
}  // namespace

std::vector<std::string> named_with_kind(const Analysis& a, const NameList& list, const std::string& kind,
                                         std::optional<std::string>* leader, std::optional<std::string>* deputy) {
  const Document& doc = a.doc;
  // The kind's words after its head ("Cao đẳng" of "Trường Cao đẳng"): an item opening with them
  // takes the head alone ("Cao đẳng Y tế A" → "Trường Cao đẳng Y tế A").
  const size_t space = kind.find(' ');
  const std::string head = space == std::string::npos ? kind : kind.substr(0, space);
  const std::string rest_key = space == std::string::npos ? "" : unit_key(kind.substr(space + 1)) + " ";
  std::vector<std::string> members;
  for (const NameItem& it : list.items) {
    const std::string name = clean(doc.text_of(it.first, it.last));
    const std::string key = unit_key(name) + " ";
    // (s28-members2) Among provinces, a centrally-run city is a city ("các tỉnh duyên hải … gồm: Đà Nẵng, …").
    const auto province = lexicon::provinces().match(doc, it.first, it.last);
    const bool city = kind == "tỉnh" && province && province.value() == 1 &&
                      it.first + static_cast<int32_t>(province.length) == it.last;
    // (s29) A body of each province under a kind without its level ("các sở Y tế … gồm: Bình Dương, …"):
    // each in full, "Sở Y tế tỉnh Bình Dương" (a centrally-run city's "thành phố").
    const bool whole_province = province && it.first + static_cast<int32_t>(province.length) == it.last;
    const std::string level =
        !kind.empty() && whole_province && !ends_with_level(kind)
            ? std::string(" ") + level_word(province.value() == 1 ? Level::kCity : Level::kProvince)
            : "";
    const std::string m = kind.empty() ? capitalise_first(name)
                          : city       ? "thành phố " + name
                                       : (!rest_key.empty() && key.rfind(rest_key, 0) == 0 ? head : kind) + level + " " + name;
    if (leader && (it.flags & kGroupLeader)) *leader = m;
    if (deputy && (it.flags & kGroupDeputy)) *deputy = m;
    members.push_back(m);
  }
  return members;
}

namespace {

// A list opens at k: after ":", "gồm", "gồm có" or "là".
bool list_opened_at(const Document& doc, int32_t k) {
  static const std::string gom = word_key("gồm"), co = word_key("có"), la = word_key("là");
  return doc.is_punct(k - 1, ":") || doc.is_key(k - 1, gom) || doc.is_key(k - 1, la) ||
         (doc.is_key(k - 1, co) && doc.is_key(k - 2, gom));
}

// The members of a list of names under its kind, with the words they were read from.
BodyList named_list(const Analysis& a, const NameList& list, const std::string& kind) {
  BodyList out;
  out.members = named_with_kind(a, list, kind, &out.leader, &out.deputy);
  out.written = clean(a.doc.text_of(list.items.front().first, list.items.back().last));
  out.kind = kind;
  return out;
}

}  // namespace

std::optional<BodyList> kinds_for_bare_members(const Analysis& a, const std::vector<std::string>& members, bool police) {
  const Document& doc = a.doc;
  if (members.size() < 3) return std::nullopt;
  // Each member's name without the level another reader put before it ("huyện Kỳ Sơn" → "Kỳ Sơn"): one
  // level for all, or none.
  std::vector<std::string> names;
  std::string level;
  for (const std::string& m : members) {
    const Document d = analyse_fragment(m);
    const auto lv = d.size() > 1 && d.is_word(0) && !d.tokens[0].capitalised ? lexicon::levels().match(d, 0, d.size())
                                                                              : PhraseTable::Match{};
    const std::string this_level = lv ? unit_key(d.text_of(0, lv.length)) : "";
    if (&m != &members.front() && this_level != level) return std::nullopt;
    level = this_level;
    names.push_back(unit_key(lv ? d.text_of(lv.length, d.size()) : d.text_of(0, d.size())));
  }
  const int32_t n = analyse_fragment(names.front()).size();
  if (n == 0) return std::nullopt;
  for (int32_t k = 1; k + n <= doc.size(); ++k) {
    if (unit_key(doc.text_of(k, k + n)) != names.front() || !list_opened_at(doc, k)) continue;
    const Sentence& s = doc.sentence_of(k);
    const auto list = bare_name_items(a, k, s.last);
    if (!list || list->items.size() != members.size() || list->items.front().own_head) continue;
    for (size_t i = 0; i < names.size(); ++i)
      if (unit_key(doc.text_of(list->items[i].first, list->items[i].last)) != names[i]) return std::nullopt;
    // (Another reader has decided whose places they are when no body is written: the police's or not.)
    const auto kind = kind_of_names(a, k, police && level.empty());
    // Places already with their level keep it when the words before name no body ("các xã A, B").
    if (!kind || (!level.empty() && unit_key(*kind) == level)) return std::nullopt;
    return named_list(a, *list, *kind);
  }
  return std::nullopt;
}

namespace {

// (s28-members2) "Cụm thi đua các tỉnh Tây Nguyên gồm các địa phương: Kon Tum, Gia Lai, …", "Cụm thi đua
// số 5 gồm 4 địa phương: A, B, C và D": localities ("các" or a count, then "địa phương") right before a list
// opened at k name no body's kind, and the group's own name may hold no bare level to read it from; when
// every item is a province the gazetteer knows, whole, each is that province ("tỉnh A"; a centrally-run
// city "thành phố A"). None when an item is no province ("các địa phương: Long Biên, …", districts).
std::optional<BodyList> localities_listed(const Analysis& a, const NameList& list, int32_t k) {
  const Document& doc = a.doc;
  static const std::vector<std::string> dia_phuong = phrase_keys("địa phương");
  static const std::string cac = word_key("các");
  const int32_t e = before_list_opener(doc, k);
  if (e == k || !doc.is_key(e - 2, dia_phuong[0]) || !doc.is_key(e - 1, dia_phuong[1]) || doc.tokens[e - 2].capitalised)
    return std::nullopt;
  if (!doc.is_key(e - 3, cac) && !(doc.is_number(e - 3) && !doc.glued(e - 2))) return std::nullopt;
  BodyList out;
  for (const NameItem& it : list.items) {
    const auto province = lexicon::provinces().match(doc, it.first, it.last);
    if (!province || it.first + static_cast<int32_t>(province.length) != it.last) return std::nullopt;
    const std::string m = std::string(province.value() == 1 ? "thành phố " : "tỉnh ") + clean(doc.text_of(it.first, it.last));
    if (it.flags & kGroupLeader) out.leader = m;
    if (it.flags & kGroupDeputy) out.deputy = m;
    out.members.push_back(m);
  }
  out.written = clean(doc.text_of(list.items.front().first, list.items.back().last));
  out.kind = "tỉnh";
  return out;
}

}  // namespace

std::optional<BodyList> bare_names_members(const Analysis& a, const std::string& key, bool police) {
  const Document& doc = a.doc;
  for (const Sentence& s : doc.sentences) {
    if (!names_group_or_signs(a, s, key)) continue;
    for (int32_t k = s.first + 1; k + 2 < s.last; ++k) {
      if (!list_opened_at(doc, k) || !bare_name_start(a, k + own_head_length(doc, k, s.last), s.last)) continue;
      // The clause holding the list (between semicolons) names the group or signs: "Khối … ký kết giao
      // ước; năm 2024, các trường THPT: A, B đạt danh hiệu …" lists no members.
      Sentence clause = s;
      for (int32_t j = k - 1; j > s.first; --j)
        if (doc.is_punct(j, ";")) {
          clause.first = j + 1;
          break;
        }
      for (int32_t j = k; j < s.last; ++j)
        if (doc.is_punct(j, ";")) {
          clause.last = j;
          break;
        }
      if (!names_group_or_signs(a, clause, key)) continue;
      if (awarding_in(doc, std::max(s.first, k - 16), k)) continue;
      const auto list = bare_name_items(a, k, s.last);
      if (!list) continue;
      // "gồm 4 ngân hàng: …": a count before the list that its items do not match splits it elsewhere.
      if (const int count = count_before_list(doc, k); count > 0 && count != static_cast<int>(list->items.size())) continue;
      const auto kind = list->items.front().own_head ? std::optional<std::string>("") : kind_of_names(a, k, police);
      if (!kind) {
        if (auto places = localities_listed(a, *list, k)) return places;
        continue;
      }
      return named_list(a, *list, *kind);
    }
  }
  return std::nullopt;
}

// (s23-probe) The units [k, end of the sentence) split by "," and "và", each a whole unit the
// gazetteer reads (no group, no list); empty when one item is not.
std::vector<std::string> whole_units(const Analysis& a, int32_t k, int32_t end) {
  const Document& doc = a.doc;
  static const std::string va = word_key("và");
  while (end > k && doc.is_punct(end - 1, ".")) --end;
  std::vector<std::string> out;
  for (int32_t from = k, j = k; j <= end; ++j) {
    if (j < end && !doc.is_punct(j, ",") && !doc.is_key(j, va)) continue;
    const auto u = match_unit(doc, from, j, a.unit_options());
    if (!u || u->first != from || u->last != j || is_group_unit(*u) || u->list_prefix) return {};
    out.push_back(clean(doc.text_of(from, j)));
    from = j + 1;
  }
  return out;
}

void remaining_members(const Analysis& a, GroupResult& g) {
  const Document& doc = a.doc;
  if (!g.leader && !g.deputy) return;
  static const std::string con = word_key("còn"), lai = word_key("lại"), la = word_key("là"), gom = word_key("gồm");
  for (int32_t k = 0; k + 3 < doc.size(); ++k) {
    if (!doc.is_key(k, con) || !doc.is_key(k + 1, lai)) continue;
    int32_t p = k + 2;
    if (!doc.is_key(p, la) && !doc.is_key(p, gom)) continue;
    ++p;
    if (doc.is_punct(p, ":")) ++p;
    std::vector<std::string> rest = whole_units(a, p, doc.sentence_of(k).last);
    if (rest.empty()) continue;
    // (s24-lists) "A làm Cụm trưởng, B làm Cụm phó; các thành viên còn lại là C, D và E": the
    // members already read from that list are the rest; the roles' units join them.
    if (!g.members.empty()) {
      std::vector<std::string> listed = g.members;
      for (const std::string& m : rest)
        if (std::find(listed.begin(), listed.end(), m) == listed.end()) return;
      if (listed.size() != rest.size()) return;
      g.members.clear();
    }
    for (const auto& role : {g.leader, g.deputy})
      if (role && std::find(rest.begin(), rest.end(), *role) == rest.end()) g.members.push_back(*role);
    for (std::string& m : rest) g.members.push_back(std::move(m));
    return;
  }
}

void continued_members(const Analysis& a, std::vector<std::string>& members) {
  const Document& doc = a.doc;
  if (members.size() < 2) return;
  static const std::string con = word_key("còn"), co = word_key("có");
  for (size_t si = 1; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    const auto lead = lexicon::list_continuations().match(doc, s.first, s.last);
    if (!lead) continue;
    int32_t k = s.first + lead.length;
    if (doc.is_punct(k, ",")) ++k;
    // "Bên cạnh đó, Cụm còn có …": the group named back by its bare head.
    if (const auto h = lexicon::unit_heads().match(doc, k, s.last);
        h && (static_cast<UnitKind>(h.value()) == UnitKind::kCluster || static_cast<UnitKind>(h.value()) == UnitKind::kBlock))
      k += h.length;
    if (!doc.is_key(k, con) || !doc.is_key(k + 1, co)) continue;
    k += 2;
    const Sentence& prev = doc.sentences[si - 1];
    const std::string before = " " + unit_key(std::string(doc.text_of(prev.first, prev.last))) + " ";
    if (std::none_of(members.begin(), members.end(),
                     [&](const std::string& m) { return before.find(" " + unit_key(m) + " ") != std::string::npos; }))
      continue;
    std::vector<std::string> more = whole_units(a, k, s.last);
    for (std::string& m : more)
      if (std::find(members.begin(), members.end(), m) == members.end()) members.push_back(std::move(m));
  }
}

// (session 27) Numbered bodies under one plural head, after a list of that head's bodies: "…, Trại giam
// Xuân Hòa và các Trại giam số 3, số 5, số 6 Tổng cục VIII" → "Trại giam số 3 Tổng cục VIII", … The
// head is words after "các" opening with a capital, the same as the first words of a member read from the same
// sentence before it; two or more "số N" separated by "," or "và"; the owner after the last number,
// words opening with a capital up to a punctuation mark, is each body's.
void numbered_members(const Analysis& a, std::vector<std::string>& members) {
  const Document& doc = a.doc;
  if (members.empty()) return;
  static const std::string cac = word_key("các"), so = word_key("số"), va = word_key("và");
  for (int32_t k = 1; k + 4 < doc.size(); ++k) {
    if (!doc.is_key(k, cac) || !(doc.is_key(k - 1, va) || doc.is_punct(k - 1, ","))) continue;
    const Sentence& s = doc.sentence_of(k);
    int32_t h = k + 1;
    if (!doc.is_word(h) || !doc.tokens[h].capitalised) continue;  // "Trại giam", "Trường Tiểu học": a capitalised head
    while (h < s.last && h - k <= 4 && doc.is_word(h) && !doc.is_key(h, so)) ++h;
    if (!doc.is_key(h, so)) continue;
    const std::string head(doc.text_of(k + 1, h));
    // The same head opens a member read from this sentence, before "các".
    const std::string before(doc.text_of(s.first, k));
    if (std::none_of(members.begin(), members.end(), [&](const std::string& m) {
          return m.rfind(head + " ", 0) == 0 && before.find(m) != std::string::npos;
        }))
      continue;
    std::vector<std::string> numbers;
    int32_t j = h;
    while (doc.is_key(j, so) && doc.is_number(j + 1)) {
      numbers.emplace_back(doc.text_of(j + 1, j + 2));
      j += 2;
      if ((doc.is_punct(j, ",") || doc.is_key(j, va)) && doc.is_key(j + 1, so)) ++j;
    }
    if (numbers.size() < 2) continue;
    int32_t o = j;
    if (doc.is_word(o) && doc.tokens[o].capitalised)  // "Tổng cục VIII": opening with a capital
      while (o < s.last && o - j < 6 && (doc.is_word(o) || doc.is_number(o))) ++o;
    if (o < s.last && !doc.is_punct(o, ".") && !doc.is_punct(o, ",") && !doc.is_punct(o, ";")) continue;
    const std::string owner = o > j ? " " + std::string(doc.text_of(j, o)) : "";
    for (const std::string& n : numbers) {
      std::string m = head + " số " + n + owner;
      if (std::find(members.begin(), members.end(), m) == members.end()) members.push_back(std::move(m));
    }
  }
}

void members_joined_to_role(const Analysis& a, const std::string& key, const MemberReader& read, GroupResult& g) {
  const Document& doc = a.doc;
  static const std::string cung = word_key("cùng"), voi = word_key("với"), cac = word_key("các"), don = word_key("đơn"),
                           vi = word_key("vị"), nhau = word_key("nhau");
  for (int32_t k = 0; k < doc.size(); ++k) {
    if (!doc.is_key(k, cung) || doc.is_key(k + 1, nhau)) continue;
    const Sentence& s = doc.sentence_of(k);
    if (!names_group_or_signs(a, s, key)) continue;
    // The leader or deputy named before "cùng", its role remark between: the last unit ending
    // within six words of "cùng".
    std::optional<std::string> joined;
    for (const UnitMention& u : find_units(doc, s.first, k, a.unit_options())) {
      if (is_group_unit(u) || k - u.last > 6) continue;
      const std::string full = a.complete(u);
      for (const std::optional<std::string>* role : {&g.leader, &g.deputy})
        if (*role && unit_key(**role) == unit_key(full)) joined = **role;
    }
    if (!joined) continue;
    int32_t p = k + 1;
    if (doc.is_key(p, voi)) ++p;
    if (doc.is_key(p, cac) && doc.is_key(p + 1, don) && doc.is_key(p + 2, vi)) p += 3;
    if (doc.is_punct(p, ":")) ++p;
    std::vector<std::string> list;
    if (auto body = read_body_list(a, p, s.last)) list = std::move(body->members);
    if (std::vector<std::string> m = read(p, s.last, std::nullopt); m.size() >= 2 && m.size() > list.size()) list = std::move(m);
    if (list.empty()) continue;
    if (g.members.empty() && list.size() >= 2) g.members = list;
    if (g.members.empty() || unit_key(g.members.front()) != unit_key(list.front())) continue;
    const bool listed = std::any_of(g.members.begin(), g.members.end(),
                                    [&](const std::string& m) { return unit_key(m) == unit_key(*joined); });
    if (!listed) g.members.insert(g.members.begin(), *joined);
    return;
  }
}

// (s28-members2) See extract_groups.h.
void role_beside_list(const Analysis& a, GroupResult& g) {
  const Document& doc = a.doc;
  if (g.members.size() < 2) return;
  static const std::string va = word_key("và"), cac = word_key("các"), don = word_key("đơn"), vi = word_key("vị");
  for (const std::optional<std::string>* role : {&g.leader, &g.deputy}) {
    if (!*role) continue;
    const std::string joined = unit_key(**role);
    if (std::any_of(g.members.begin(), g.members.end(), [&](const std::string& m) { return unit_key(m) == joined; }))
      continue;
    for (const Sentence& s : doc.sentences) {
      const std::vector<UnitMention> units = find_units(doc, s.first, s.last, a.unit_options());
      // The role's unit, its group role right after it (a dash or a comma between).
      int32_t after_role = -1;
      for (const UnitMention& u : units) {
        if (is_group_unit(u) || unit_key(a.complete(u)) != joined) continue;
        int32_t r = u.last;
        if (doc.is_punct(r, "-") || doc.is_punct(r, "–") || doc.is_punct(r, ",")) ++r;
        if (const auto [flags, length] = group_role_at(doc, r); flags) {
          after_role = r + length;
          break;
        }
      }
      if (after_role < 0) continue;
      // "và" within the group's name after the role, then "các … đơn vị" before the list's first member.
      int32_t v = after_role;
      while (v < s.last && v - after_role <= 8 && !doc.is_key(v, va) && !doc.is_punct(v, ",") && !doc.is_punct(v, ";")) ++v;
      if (!doc.is_key(v, va)) continue;
      int32_t units_word = -1;
      for (int32_t k = v + 1; k < s.last && k - v <= 10 && units_word < 0; ++k)
        if (doc.is_key(k, don) && doc.is_key(k + 1, vi) && doc.is_key(k - 1, cac)) units_word = k + 2;
      if (units_word < 0) continue;
      const std::string first = unit_key(g.members.front());
      const bool listed_here = std::any_of(units.begin(), units.end(), [&](const UnitMention& u) {
        return u.first > units_word && u.first - units_word <= 12 && unit_key(a.complete(u)) == first;
      });
      if (!listed_here) continue;
      g.members.insert(g.members.begin(), **role);
      break;
    }
  }
}

// ---- roles -----------------------------------------------------------------------------------

// (s24-lists) "Đồng chí A – …, cụm trưởng cụm thi đua khối phường năm 2023 báo cáo …": the year written
// right after a person's group role (the role's words, `source`, after the person's name in the
// text), 0 when none.
int role_year(const Document& doc, const std::string& name, const std::string& source) {
  static const std::string nam = word_key("năm");
  const Document who = analyse_fragment(name), role = analyse_fragment(source);
  auto at = [&](const Document& d, int32_t k) {
    for (int32_t i = 0; i < d.size(); ++i)
      if (k + i >= doc.size() || doc.key(k + i) != d.key(i)) return false;
    return d.size() > 0;
  };
  for (int32_t k = 0; k < doc.size(); ++k) {
    if (!at(who, k)) continue;
    for (int32_t r = k + who.size(); r < doc.sentence_of(k).last; ++r) {
      if (!at(role, r)) continue;
      const int32_t y = r + role.size();
      if (!doc.is_key(y, nam) || !doc.is_number(y + 1)) return 0;
      const int year = std::atoi(doc.key(y + 1).c_str());
      return year >= 1990 && year <= 2100 ? year : 0;
    }
    return 0;
  }
  return 0;
}

// Where a person's office names a group role: at its start ("Cụm trưởng Cụm thi đua số 4"), or after "đại diện"
// (s28-members3: "…, đại diện Cụm trưởng Cụm thi đua số 10": the one standing for the leading unit is of it).
int32_t group_role_start(const Document& words) {
  static const std::string dai = word_key("đại"), dien = word_key("diện");
  return words.is_key(0, dai) && words.is_key(1, dien) && group_role_at(words, 2).first ? 2 : 0;
}

void roles_of_people(const Analysis& a, const std::vector<Person>& people, const std::string& key, GroupResult& g) {
  // (s24-lists) "Chủ tịch UBND phường A, cụm trưởng … năm 2023 báo cáo …" and "Chủ tịch UBND phường B,
  // cụm trưởng … năm 2024 thông qua …": of the same role held in several years, the latest is the
  // year the text is about; the earlier holder reports on a past year.
  int latest[2] = {0, 0};
  for (const Person& p : people)
    for (const PositionPart& role : p.parts) {
      const Document words = analyse_fragment(role.text);
      const int flags = group_role_at(words, group_role_start(words)).first;
      if (flags) latest[(flags & kGroupLeader) ? 0 : 1] = std::max(latest[(flags & kGroupLeader) ? 0 : 1], role_year(a.doc, p.name, role.source));
    }
  for (const Person& p : people) {
    for (const PositionPart& role : p.parts) {
      // The role's words, tokenised as the text is: "Khối trưởng Khối thi đua", "Trưởng khối thi đua".
      const Document words = analyse_fragment(role.text);
      const int32_t start = group_role_start(words);
      const auto [flags, role_length] = group_role_at(words, start);
      if (!flags) continue;
      const int32_t length = start + role_length;
      if (const int year = role_year(a.doc, p.name, role.source); year && year < latest[(flags & kGroupLeader) ? 0 : 1])
        continue;
      // What follows the role names the group: nothing, its head ("khối thi đua") or its name.
      std::string rest = unit_key(words.text_of(length, words.size()));
      static const std::string khoi = unit_key("khối thi đua"), cum = unit_key("cụm thi đua"), thi_dua = unit_key("thi đua");
      // "cụm trưởng cụm số 1" of "Cụm thi đua số 1": the group named without "thi đua".
      // (s24-lists) "cụm thi đua khối phường" of "Cụm thi đua các phường": the kind's members written
      // with "khối" or with "các" are one group.
      const auto short_name = [&](std::string n) {
        if (const size_t at = n.find(" " + thi_dua + " "); at != std::string::npos) n.erase(at, thi_dua.size() + 1);
        static const std::string khoi_word = unit_key("khối") + " ", cac_word = unit_key("các") + " ";
        for (const std::string& head : {unit_key("cụm") + " ", unit_key("khối") + " "})
          if (n.rfind(head + khoi_word, 0) == 0) n.replace(head.size(), khoi_word.size(), cac_word);
        return n;
      };
      // (s27-members) "Trưởng Cụm thi đua số 11": the role's last word the group's own head, its name after it.
      const std::string with_head = length > 0 ? unit_key(words.text_of(length - 1, words.size())) : rest;
      const bool ours = rest.empty() || rest == thi_dua || rest == khoi || rest == cum || rest == key ||
                        key.rfind(rest + " ", 0) == 0 || short_name(rest) == short_name(key) ||
                        (!rest.empty() && with_head == key);
      if (!ours) continue;
      for (const PositionPart& other : p.parts) {
        if (&other == &role || (other.unit && is_group_unit(*other.unit))) continue;
        // (s25-members) "Phó Chánh Văn phòng UBND tỉnh, Khối trưởng", "Trưởng ban Dân vận Tỉnh ủy, …, đơn
        // vị trưởng Khối": an office heading a body whose name holds the title's last words is that
        // body's ("Văn phòng UBND tỉnh", "Ban Dân vận Tỉnh ủy"), not the body it serves.
        const std::optional<std::string> office = body_headed_by(other);
        // (s24-members) "Giám đốc BIDV chi nhánh Đồng Nai, Khối trưởng …": a bank's or a company's
        // branch, which the gazetteer does not read, after the office's title.
        std::optional<std::string> branch;
        if (!other.unit && !office) {
          const Document d = analyse_fragment(other.text);
          const auto title = lexicon::positions().match(d, 0, d.size());
          if (!title || !names_branch(d, title.length, d.size())) continue;
          branch = clean(d.text_of(title.length, d.size()));
        }
        std::optional<std::string>& slot = (flags & kGroupLeader) ? g.leader : g.deputy;
        if (slot) break;
        slot = office ? *office : branch ? *branch : a.complete(*other.unit);
        ((flags & kGroupLeader) ? g.leader_from : g.deputy_from) =
            Provenance{p.name + ", " + other.source + ", " + role.source, "đơn vị của người giữ chức " + role.source};
        break;
      }
    }
  }
}

std::optional<std::pair<std::string, std::string>> unit_for_role_passive(const Analysis& a, int32_t role) {
  const Document& doc = a.doc;
  const Sentence& s = doc.sentence_of(role);
  static const std::string duoc = word_key("được"), giao = word_key("giao"), nhiem = word_key("nhiệm"),
                           vu = word_key("vụ"), phan = word_key("phân"), cong = word_key("công"), bau = word_key("bầu"),
                           chon = word_key("chọn"), cu = word_key("cử"), lam = word_key("làm"), la = word_key("là"),
                           don = word_key("đơn"), vi = word_key("vị"), do_ = word_key("do"), chi = word_key("chỉ"),
                           dinh = word_key("định");
  int32_t k = role - 1;
  if (doc.is_key(k, vi) && doc.is_key(k - 1, don)) k -= 2;
  const bool copula = doc.is_key(k, lam) || doc.is_key(k, la);
  if (copula) --k;
  if (doc.is_key(k, vu) && doc.is_key(k - 1, nhiem)) k -= 2;
  // "X được giao (nhiệm vụ) …", "X được phân công làm …", "X được bầu / chọn / cử làm …".
  int32_t verb = -1;
  if (doc.is_key(k, giao) || doc.is_key(k, bau) || doc.is_key(k, chon) || doc.is_key(k, cu)) verb = k;
  else if (doc.is_key(k, cong) && doc.is_key(k - 1, phan)) verb = k - 1;
  else if (doc.is_key(k, dinh) && doc.is_key(k - 1, chi)) verb = k - 1;  // (s15-plan-a) "được chỉ định là"
  if (verb > s.first && doc.is_key(verb - 1, duoc)) {
    const int32_t subject_end = verb - 1;
    int32_t from = subject_end;
    while (from > s.first && !doc.is_punct(from - 1, ",") && !doc.is_punct(from - 1, ";") && subject_end - from < 10)
      --from;
    // "…, trong đó Bảo tàng tỉnh được giao …": lower-case words opening the clause are not the subject.
    while (from < subject_end && doc.is_word(from) && !doc.tokens[from].capitalised && subject_end - from > 1) ++from;
    std::optional<UnitMention> last;
    for (const UnitMention& u : find_units(doc, from, subject_end, a.unit_options()))
      if (!is_group_unit(u) && !u.list_prefix && u.last == subject_end) last = u;
    if (last) return std::make_pair(a.complete(*last), last->text);
    // A body outside the gazetteer ("Bảo tàng tỉnh"): the capitalised subject as written.
    if (doc.is_word(from) && doc.tokens[from].capitalised && body_head_at(a, from, subject_end) && subject_end - from <= 8) {
      const std::string written = clean(doc.text_of(from, subject_end));
      return std::make_pair(written, written);
    }
    if (doc.is_word(from) && doc.tokens[from].capitalised && subject_end - from <= 6) {
      bool names = true;  // a capitalised name and a level ("Bảo tàng tỉnh"), no verb
      for (int32_t t = from; t < subject_end && names; ++t) names = doc.is_word(t) && !verb_at(doc, t, subject_end);
      if (names) {
        const std::string written = clean(doc.text_of(from, subject_end));
        return std::make_pair(written, written);
      }
    }
    return std::nullopt;
  }
  // "Sở Thông tin và Truyền thông làm Trưởng khối": the unit right before the copula, its own "và"
  // included.
  if (copula) {
    int32_t from = k;
    while (from > s.first && !doc.is_punct(from - 1, ",") && !doc.is_punct(from - 1, ";")) --from;
    for (const UnitMention& u : find_units(doc, from, k + 1, a.unit_options()))
      if (u.last == k + 1 && !is_group_unit(u) && !u.list_prefix) return std::make_pair(a.complete(u), u.text);
  }
  // "do xã X làm cụm trưởng": a place given the role (a commune's cluster, no police named).
  if (copula) {
    const int32_t place_end = k + 1;
    for (int32_t l = k; l >= s.first && place_end - l <= 6; --l) {
      // "do xã X làm cụm trưởng"; "…, huyện Y làm cụm phó" and "Huyện Z làm cụm trưởng" opening
      // their clause.
      const bool opens = l == s.first || doc.is_punct(l - 1, ",") || doc.is_punct(l - 1, ";");
      if (!(l > s.first && doc.is_key(l - 1, do_)) && !opens) continue;
      const auto lv = lexicon::levels().match(doc, l, place_end);
      if (!lv || (doc.tokens[l].capitalised && l != s.first)) break;
      std::string name;
      const int32_t n = place_name_end(doc, l + lv.length, place_end, false, a.unit_options(), &name);
      if (n != place_end || name.empty()) break;
      const std::string written(doc.text_of(l, place_end));
      return std::make_pair(lower_case(doc.text_of(l, l + lv.length)) + " " + name, written);
    }
  }
  return std::nullopt;
}

std::optional<std::pair<std::string, std::string>> hosting_unit(const Analysis& a) {
  const Document& doc = a.doc;
  static const std::vector<std::string> chu_tri = phrase_keys("đơn vị chủ trì");
  static const std::string la = word_key("là"), khoi = word_key("khối"), cum = word_key("cụm"), va = word_key("và");
  for (int32_t i = 0; i + 3 < doc.size(); ++i) {
    if (!doc.is_key(i, chu_tri[0]) || !doc.is_key(i + 1, chu_tri[1]) || !doc.is_key(i + 2, chu_tri[2]) ||
        !doc.is_key(i + 3, chu_tri[3]))
      continue;
    if (!doc.is_key(i + 4, khoi) && !doc.is_key(i + 4, cum)) continue;
    const int32_t before = doc.is_punct(i - 1, "(") || doc.is_key(i - 1, la) ? i - 1 : -1;
    if (before <= 0) continue;
    const Sentence& s = doc.sentence_of(i);
    // The unit ending right before, and whether it is the last of several bodies of one place.
    for (const UnitMention& u : find_units(doc, std::max(s.first, before - 14), before, a.unit_options())) {
      if (u.last != before || is_group_unit(u) || u.list_prefix) continue;
      const bool shared = doc.is_punct(u.first - 1, ",") || doc.is_key(u.first - 1, va);
      if (shared && u.level && !u.name.empty()) {
        const std::string place = lower_case(u.level_text) + " " + u.name;
        return std::make_pair(place, std::string(doc.text_of(u.first, u.last)));
      }
      return std::make_pair(a.complete(u), u.text);
    }
  }
  return std::nullopt;
}

}  // namespace thidua::text::plan

namespace thidua::text::plan {
// (s22-tidy) See extract_groups.h.
const MemberForms::Form& MemberForms::of(const std::string& member) {
  auto [it, added] = forms_.try_emplace(member);
  if (added) it->second = Form{static_cast<int32_t>(analyse_fragment(member).size()), unit_key(member)};
  return it->second;
}

// (s21-lists) See extract_groups.h.
std::optional<ListedHolder> listed_member_before_role(const Document& doc, const std::vector<std::string>& members,
                                                      MemberForms& forms, int32_t role, bool copula_only) {
  static const std::string la = word_key("là"), lam = word_key("làm"), don = word_key("đơn"), vi = word_key("vị"),
                           giu = word_key("giữ"), vai = word_key("vai"), tro = word_key("trò"), bau = word_key("bầu");
  // The words linking the unit to its role, read backwards: "là đơn vị", "là", "làm", "giữ vai
  // trò", "đơn vị", a dash; with `copula_only`, a bare "là" / "làm".
  int32_t k = role;
  if (copula_only) {
    if (doc.is_key(k - 1, la) || doc.is_key(k - 1, lam)) k -= 1;
  } else {
    if (doc.is_key(k - 2, don) && doc.is_key(k - 1, vi)) k -= 2;
    if (doc.is_key(k - 3, giu) && doc.is_key(k - 2, vai) && doc.is_key(k - 1, tro)) k -= 3;
    else if (doc.is_key(k - 1, la) || doc.is_key(k - 1, lam)) k -= 1;
    else if (k == role && (doc.is_punct(k - 1, "-") || doc.is_punct(k - 1, "–"))) k -= 1;
  }
  if (k == role) return std::nullopt;
  std::optional<ListedHolder> best;
  for (const std::string& m : members) {
    const MemberForms::Form& form = forms.of(m);
    const int32_t n = form.tokens;
    if (n == 0 || k - n < 0 || (best && n <= k - best->first)) continue;
    if (doc.sentence_of(k - n).first > k - n || doc.sentence_of(k - 1).first != doc.sentence_of(role).first) continue;
    if (unit_key(doc.text_of(k - n, k)) != form.key) continue;
    // The member opens its own phrase: nothing of a longer name before it.
    if (k - n > 0 && doc.is_word(k - n - 1) && doc.tokens[k - n - 1].capitalised) continue;
    best = ListedHolder{&m, k - n};
  }
  // "bầu huyện A là đơn vị Cụm trưởng … năm 2024": a unit elected to the role holds it for the
  // coming term, not in the year the text is about. (A bare copula, "bầu Quỹ A làm Khối trưởng",
  // is read as the holder: s19's reading, kept.)
  if (best && !copula_only)
    for (int32_t b = doc.sentence_of(role).first; b < best->first; ++b)
      if (doc.is_key(b, bau)) return std::nullopt;
  return best;
}

// (s20-members) See extract_groups.h.
void roles_of_listed_members(const Analysis& a, GroupResult& g, MemberForms& forms) {
  const Document& doc = a.doc;
  if (g.members.size() < 2 || (g.leader && g.deputy)) return;
  for (int32_t i = 1; i < doc.size(); ++i) {
    const auto [flags, length] = group_role_at(doc, i);
    if (!flags) continue;
    std::optional<std::string>* slot = flags & kGroupLeader ? &g.leader : &g.deputy;
    if (*slot) continue;
    if (const auto holder = listed_member_before_role(doc, g.members, forms, i, false)) *slot = *holder->member;
  }
}

// (s25-members) See extract_groups.h.
std::optional<std::string> body_headed_by(const PositionPart& part) {
  const Document d = analyse_fragment(part.text);
  const auto rank = lexicon::office_ranks().match(d, 0, d.size());
  if (!rank) return std::nullopt;
  const int32_t at = static_cast<int32_t>(rank.length);
  const auto body = lexicon::titled_bodies().match(d, at, d.size());
  const int32_t name = at + (body ? static_cast<int32_t>(body.length) : 0);
  // the body's name after its head: capitalised ("UBND tỉnh", "Dân vận …") or a level ("tỉnh Long An")
  if (!body || name >= d.size() || !d.is_word(name) || !(d.tokens[name].capitalised || lexicon::levels().match(d, name, d.size())))
    return std::nullopt;
  return capitalise_first(clean(d.text_of(at, d.size())));
}

// (s25-members) See extract_groups.h.
void roles_with_their_places(const Analysis& a, GroupResult& g) {
  const Document& doc = a.doc;
  for (auto [slot, flag] : {std::pair{&g.leader, kGroupLeader}, std::pair{&g.deputy, kGroupDeputy}}) {
    if (!*slot) continue;
    const std::string key = unit_key(**slot);
    if (std::any_of(g.members.begin(), g.members.end(), [&](const std::string& m) { return unit_key(m) == key; })) continue;
    const Document d = analyse_fragment(**slot);
    const int32_t n = d.size();
    std::optional<std::string> found;
    for (int32_t i = 0; n > 0 && i + n < doc.size() && !found; ++i) {
      bool same = true;
      for (int32_t t = 0; t < n && same; ++t) same = doc.key(i + t) == d.key(t);
      if (!same) continue;
      int32_t k = i + n;
      if (const auto lv = lexicon::levels().match(doc, k, doc.size()); lv && !doc.tokens[k].capitalised) k += lv.length;
      else if (lexicon::short_levels().match(doc, k, k + 1) && doc.tokens[k].all_caps) {
        ++k;
        if (doc.is_punct(k, ".") && doc.glued(k)) ++k;
      }
      if (k == i + n) continue;
      std::string name;
      const Sentence& s = doc.sentence_of(i);
      const int32_t name_end = place_name_end(doc, k, s.last, false, a.unit_options(), &name);
      if (name_end == k || name.empty()) continue;
      // the role right after it ("… là Cụm trưởng", "(Cụm trưởng)"), not another member's in the sentence
      if (!(role_in(doc, name_end, std::min(s.last, name_end + 5)) & flag)) continue;
      const std::string place = " " + unit_key(name);
      std::vector<const std::string*> of_place;
      for (const std::string& m : g.members) {
        const std::string mk = unit_key(m);
        if (mk.rfind(key + " ", 0) == 0 && mk.size() > place.size() &&
            mk.compare(mk.size() - place.size(), place.size(), place) == 0)
          of_place.push_back(&m);
      }
      if (of_place.size() == 1) found = *of_place.front();
    }
    if (found) *slot = *found;
  }
}

// (s23-lists) See extract_groups.h.
void roles_by_list_order(const Analysis& a, GroupResult& g) {
  // (A guidance's "đơn vị xếp đầu …" is no list of this text without one.)
  if (g.members.size() < 2) return;
  const Document& doc = a.doc;
  static const std::string la = word_key("là"), lam = word_key("làm");
  for (int32_t i = 0; i < doc.size(); ++i) {
    const auto place = lexicon::list_places().match(doc, i, doc.sentence_of(i).last);
    if (!place) continue;
    // The role after the place, linked by "làm" / "là", within a few words ("xếp đầu cụm làm cụm
    // trưởng", "đứng đầu danh sách là khối trưởng"), before the clause ends.
    const int32_t last = doc.sentence_of(i).last;
    for (int32_t k = i + place.length; k + 1 < last && k - i <= 8; ++k) {
      if (doc.is_punct(k, ",") || doc.is_punct(k, ";") || doc.is_punct(k, ".")) break;
      if (!doc.is_key(k, la) && !doc.is_key(k, lam)) continue;
      const auto [flags, length] = group_role_at(doc, k + 1);
      const auto at = static_cast<size_t>(place.value() - 1);
      if (!flags || at >= g.members.size()) break;
      std::optional<std::string>& slot = flags & kGroupLeader ? g.leader : g.deputy;
      // A role read from the same words as another body's ("Ban Thi đua hướng dẫn …: đơn vị xếp đầu
      // làm cụm trưởng") gives way; a listed member already holding it stays.
      if (!slot || std::find(g.members.begin(), g.members.end(), *slot) == g.members.end()) slot = g.members[at];
      break;
    }
  }
}


// (s16-plan-a) Whether the list starting at `first` is what an award or a gift goes to: "cho"
// right before it (at most a count and its noun between, "cho 03 đơn vị: …"), with a word of
// giving earlier in the clause ("đề nghị tặng Cờ thi đua cho Công an các tỉnh A, B", "trao Bằng
// khen cho …", "suy tôn … cho"). Such a list names those honoured, not the group's units.
bool awarded_list(const Document& doc, int32_t first) {
  static const std::string cho = word_key("cho"), tang = word_key("tặng"), trao = word_key("trao"),
                           khen = word_key("khen"), ton = word_key("tôn"), thuong = word_key("thưởng");
  const Sentence& s = doc.sentence_of(first);
  int32_t k = first - 1;
  // "cho 03 đơn vị (thành viên):", "cho các đơn vị": the count, its noun and "các" skipped.
  while (k > s.first && first - k <= 5 && !doc.is_key(k, cho) &&
         (doc.is_number(k) || doc.is_punct(k, ":") || (doc.is_word(k) && !doc.tokens[k].capitalised)))
    --k;
  if (!doc.is_key(k, cho)) return false;
  for (int32_t g = k - 1; g >= s.first && k - g <= 20; --g) {
    if (doc.is_punct(g, ";")) break;
    if (doc.is_key(g, tang) || doc.is_key(g, trao) || doc.is_key(g, ton) ||
        (doc.is_key(g, khen) && doc.is_key(g + 1, thuong)))
      return true;
  }
  return false;
}

// (s16-plan-a) The unit holding the role at `role` when the role opens the sentence in a fronted
// phrase and the unit is the clause's subject after its comma: "Là đơn vị Cụm trưởng năm 2024,
// Công an tỉnh A đã …", "Với vai trò cụm trưởng, ngay từ đầu năm, Hội CCB huyện B đã …", "Với tư
// cách là đơn vị Khối trưởng, đại diện lãnh đạo UBND huyện C phát động …". The unit as printed and
// as written.
std::optional<std::pair<std::string, std::string>> unit_for_fronted_role(const Analysis& a, int32_t role) {
  const Document& doc = a.doc;
  const Sentence& s = doc.sentence_of(role);
  static const std::string la = word_key("là"), voi = word_key("với"), vai = word_key("vai"), tro = word_key("trò"),
                           tu = word_key("tư"), cach = word_key("cách"), don = word_key("đơn"), vi = word_key("vị"),
                           dai = word_key("đại"), dien = word_key("diện"), lanh = word_key("lãnh"), dao = word_key("đạo");
  // Back from the role over "(là) (đơn vị)" and "Với vai trò / Với tư cách" to the phrase's start,
  // which opens the sentence or follows a stop ("…Là đơn vị Trưởng cụm …" after an ellipsis).
  int32_t k = role;
  if (doc.is_key(k - 1, vi) && doc.is_key(k - 2, don)) k -= 2;
  const bool copula = doc.is_key(k - 1, la);
  if (copula) --k;
  if (doc.is_key(k - 3, voi) && ((doc.is_key(k - 2, vai) && doc.is_key(k - 1, tro)) || (doc.is_key(k - 2, tu) && doc.is_key(k - 1, cach))))
    k -= 3;
  else if (!copula)
    return std::nullopt;
  const bool stop_before = doc.is_punct(k - 1, "…") || doc.is_punct(k - 1, "...") || doc.is_punct(k - 1, ";") ||
                           doc.is_punct(k - 1, ".") || doc.is_punct(k - 1, ":");
  if (k != s.first && !stop_before) return std::nullopt;
  if (!doc.tokens[k].capitalised) return std::nullopt;
  // The phrase ends at its comma; adverbial phrases after it ("ngay từ đầu năm,") are skipped up
  // to the first chunk that opens with a unit.
  int32_t comma = role;
  while (comma < s.last && !doc.is_punct(comma, ",")) ++comma;
  for (int32_t from = comma + 1; from < s.last; ) {
    int32_t p = from;
    if (doc.is_key(p, dai) && doc.is_key(p + 1, dien)) p += 2;  // "đại diện (lãnh đạo) X": X's
    if (doc.is_key(p, lanh) && doc.is_key(p + 1, dao)) p += 2;
    if (const auto u = match_unit(doc, p, s.last, a.unit_options()); u && u->first == p && !is_group_unit(*u) && !u->list_prefix)
      return std::make_pair(a.complete(*u), u->text);
    int32_t next = from;
    while (next < s.last && !doc.is_punct(next, ",")) ++next;
    if (next - from > 8) break;  // a clause, not an adverbial
    from = next + 1;
  }
  return std::nullopt;
}

}  // namespace thidua::text::plan
