// People (name, rank, position) and the emulation group (cụm / khối thi đua).
#include <algorithm>
#include <set>
#include <unordered_map>

#include "text/plan/extract.h"
#include "text/plan/extract_groups.h"
#include "text/vietnamese.h"

namespace thidua::text::plan {
namespace {

// A token that cannot be part of a person's name.
bool blocks_name(const Document& doc, int32_t k) {
  if (lexicon::ranks().match(doc, k) || lexicon::positions().match(doc, k) || lexicon::levels().match(doc, k)) return true;
  const auto head = lexicon::unit_heads().match(doc, k);
  return head && static_cast<UnitKind>(head.value()) != UnitKind::kOffice;
}

// (s23-people) "đồng chí Nguyễn Công Trưởng, Phó Chủ tịch …", "bà Trần Thị Chánh - Giám đốc …": the
// last syllable of a name may be a word that also opens an office ("Trưởng"), when two syllables of
// the name come before it and the name ends right after it (a comma, a dash, a bracket, the stop or a
// word in lower case). A title that needs its body ("Trưởng Công an xã") has a capitalised word next.
bool office_word_ends_name(const Document& doc, int32_t i, int32_t k, int32_t end) {
  if (k - i < 2 || lexicon::ranks().match(doc, k) || lexicon::levels().match(doc, k) || lexicon::unit_heads().match(doc, k))
    return false;
  const auto title = lexicon::positions().match(doc, k);
  if (!title || title.length != 1) return false;
  const int32_t next = k + 1;
  return next >= end || doc.is_punct(next, ",") || doc.is_punct(next, "-") || doc.is_punct(next, "–") ||
         doc.is_punct(next, "(") || doc.is_punct(next, ".") || (doc.is_word(next) && !doc.tokens[next].capitalised);
}

// A name at token i: two to five capitalised syllables (not abbreviations, not a province).
int32_t name_end(const Document& doc, int32_t i, int32_t end) {
  int32_t k = i;
  while (k < end && k - i < 5 && doc.is_word(k) && doc.tokens[k].capitalised && !doc.tokens[k].all_caps &&
         (!blocks_name(doc, k) || office_word_ends_name(doc, i, k, end))) {
    ++k;
    // (s17-plan-b) "Ksor H’Bơ Khắp", "Y’Thông", "H'Hen Niê": a syllable glued on by an apostrophe
    // (straight or curly) is of the name, as in the places of the Central Highlands.
    if (k + 1 < end && (doc.is_punct(k, "'") || doc.is_punct(k, "’")) && doc.glued(k) && doc.glued(k + 1) &&
        doc.is_word(k + 1))
      k += 2;
  }
  if (k - i < 2) return i;
  const auto province = lexicon::provinces().match(doc, i, k);
  if (province && i + province.length == k) return i;
  return k;
}

// (s24-people) The comma of the field's fixed name "thi đua, khen thưởng" at k.
bool thi_dua_comma(const Document& doc, int32_t k) {
  static const std::vector<std::string> thi_dua = phrase_keys("thi đua"), khen_thuong = phrase_keys("khen thưởng");
  return k >= 2 && doc.is_punct(k, ",") && doc.is_key(k - 2, thi_dua[0]) && doc.is_key(k - 1, thi_dua[1]) &&
         doc.is_key(k + 1, khen_thuong[0]) && doc.is_key(k + 2, khen_thuong[1]);
}

// (s24-people) "…, phụ trách cụm 2", "…, đại diện khối số 3": a group named by its word and number alone,
// in lower case after another office. The token after it, or 0.
int32_t bare_group_end(const Document& doc, int32_t k) {
  static const std::string cum = word_key("cụm"), khoi = word_key("khối"), so = word_key("số");
  if (!doc.is_key(k, cum) && !doc.is_key(k, khoi)) return 0;
  const int32_t n = doc.is_key(k + 1, so) ? k + 2 : k + 1;
  return doc.is_number(n) && doc.key(n).size() <= 2 &&
                 !(doc.glued(n + 1) && (doc.is_punct(n + 1, "/") || doc.is_punct(n + 1, "-") || doc.is_number(n + 1)))
             ? n + 1
             : 0;
}

// (s25-orgs) "Khối trưởng Khối 5", "Cụm phó cụm số 3", "đơn vị trưởng Khối chủ trì …": the group a role in
// it is held of, written right after the role by its word and number, or by its word alone closing the
// office (punctuation, the clause's verb or the sentence's end after it). The token after it, or 0.
int32_t group_of_role_end(const Document& doc, int32_t k, int32_t end) {
  if (const int32_t b = bare_group_end(doc, k); b > 0) return b;
  static const std::string cum = word_key("cụm"), khoi = word_key("khối");
  if (!doc.is_key(k, cum) && !doc.is_key(k, khoi)) return 0;
  return k + 1 >= end || !doc.is_word(k + 1) || lexicon::predicates().match(doc, k + 1, end) ? k + 1 : 0;
}

// (s24-people) A full name starts at k: three or more capitalised syllables opening with a surname, not a
// province ("Hoàng Thị Ngân Hương" after the body of an office, where the body's name stops).
bool full_name_at(const Document& doc, int32_t k, int32_t end) {
  return doc.is_word(k) && doc.tokens[k].capitalised && lexicon::surnames().match(doc, k) && !lexicon::provinces().match(doc, k) &&
         name_end(doc, k, end) - k >= 3;
}

// (s23-people) A body the lexicon has no head for, written after an office's title and before the
// holder's full name ("Hội LHPN Việt Nam" before "Nguyễn Thị Thu Hà", "Đoàn đại biểu Quốc hội tỉnh
// Đồng Nai" before "Đỗ Thị Hải Yến"): capitalised at `from`, words of any case, no punctuation,
// verb, title or rank, up to a name of three or more syllables opening with a surname (not a place)
// and ending before a word in lower case or punctuation. Where the name starts, or `from`.
int32_t body_before_name(const Analysis& a, int32_t from, int32_t end) {
  const Document& doc = a.doc;
  if (!doc.is_word(from) || !doc.tokens[from].capitalised) return from;
  for (int32_t k = from + 1; k < end && k - from <= 10; ++k) {
    if (!doc.is_word(k) || lexicon::predicates().match(doc, k, end) || lexicon::positions().match(doc, k, end) ||
        lexicon::ranks().match(doc, k, end))
      return from;
    if (!doc.tokens[k].capitalised || !lexicon::surnames().match(doc, k) || lexicon::provinces().match(doc, k)) continue;
    const int32_t n = name_end(doc, k, end);
    if (n - k >= 3 && (n >= end || !doc.is_word(n) || !doc.tokens[n].capitalised)) return k;
  }
  return from;
}

// (s24-people) A name may open at k inside a body read after an office ("… chi nhánh Bắc Ninh Trần Văn
// Hùng"): a capitalised surname, not in a province's name, not after an abbreviation or a head's kind
// ("Trường THPT Lê Quý Đôn", "Trường Tiểu học Kim Đồng" name a school).
bool name_may_open_in_body(const Document& doc, int32_t from, int32_t k, int32_t end) {
  // "Bắc Ninh Trần Văn Hùng": a province's name running over k
  const auto in_province = [&](int32_t w, int32_t length) {
    const auto p = lexicon::provinces().match(doc, w, end);
    return w >= from && p && p.length >= length;
  };
  if (!doc.is_word(k) || !doc.tokens[k].capitalised || !lexicon::surnames().match(doc, k) ||
      lexicon::provinces().match(doc, k) || in_province(k - 1, 2) || in_province(k - 2, 3) || doc.tokens[k - 1].all_caps)
    return false;
  for (int32_t w = std::max(from, k - 4); w < k; ++w)
    if (const auto kind = lexicon::head_kind_words().match(doc, w, k); kind && w + kind.length == k) return false;
  return true;
}

// (s24-people) The first token after `from` and before `last` where a full name starts inside the
// offices read from `from` (name_may_open_in_body) after a place's name or a number, ending before a word in lower case, punctuation or
// the sentence's end. `from` when there is none.
int32_t name_inside_offices(const Analysis& a, int32_t from, int32_t last, int32_t end) {
  const Document& doc = a.doc;
  for (int32_t k = from + 2; k < last; ++k) {
    // after a place's name or a number, not a level ("phường Lê Lợi")
    if (!name_may_open_in_body(doc, from, k, end) || !(doc.is_word(k - 1) || doc.is_number(k - 1)) ||
        lexicon::levels().match(doc, k - 1) || lexicon::positions().match(doc, k - 1))
      continue;
    const int32_t n = name_end(doc, k, end);
    if (n - k >= 3 && n <= last && (n >= end || !doc.is_word(n) || !doc.tokens[n].capitalised)) return k;
  }
  return from;
}

// (s24-people) "trưởng khối thi đua ngân hàng II", "Phó Trưởng cụm thi đua số 3": the role in a group
// written head first, the title ("Trưởng", "Phó Trưởng") before the group it leads. The group's end, or 0.
int32_t head_first_role_end(const Analysis& a, int32_t k, int32_t end) {
  const auto t = lexicon::positions().match(a.doc, k, end);
  if (!t || !(t.value() & kNeedsOrg) || (t.value() & (kGroupLeader | kGroupDeputy))) return 0;
  const auto g = match_unit(a.doc, k + t.length, end, a.unit_options(true));
  return g && (g->kind == UnitKind::kCluster || g->kind == UnitKind::kBlock) ? g->last : 0;
}

struct RawMention {
  int32_t name_first = 0, name_last = 0;
  std::optional<std::string> rank;
  std::vector<PositionPart> parts;
};

// A unit that owns an office, at token k: the ministry, or a unit of the ministry that has
// offices of its own ("Tổng cục Chính trị CAND", "Học viện CSND", "Cục …").
std::optional<UnitMention> owning_unit(const Analysis& a, int32_t k, int32_t end) {
  auto u = match_unit(a.doc, k, end, a.unit_options());
  if (!u) return std::nullopt;
  if (u->kind == UnitKind::kMinistry) return u;
  static const std::vector<std::string> heads = {unit_key("Tổng cục"), unit_key("Học viện"), unit_key("Trường"),
                                                 unit_key("Bộ Tư lệnh"), unit_key("Viện"), unit_key("Cục")};
  if (u->kind == UnitKind::kOffice && std::find(heads.begin(), heads.end(), unit_key(u->head)) != heads.end() &&
      u->last > u->first + 1)
    return u;
  return std::nullopt;
}

// "Giám đốc Công an tỉnh Hưng Yên, Cụm trưởng Cụm thi đua số 5" from token p. Returns the end.
// "Trưởng Công an xã A (Cụm trưởng)": the person's role in the group, written in a bracket after
// the office, is one more part of the position. Returns the token after the bracket, or `p`.
int32_t bracketed_group_role(const Document& doc, int32_t p, int32_t end, std::vector<PositionPart>& parts) {
  if (parts.empty() || !doc.is_punct(p, "(")) return p;
  const auto role = lexicon::positions().match(doc, p + 1, end);
  int flags = role ? role.value() : 0;
  int32_t length = role ? role.length : 0;
  if (!(flags & (kGroupLeader | kGroupDeputy))) {
    // (s15-plan-a) the role written head first: "(Trưởng khối)", "(Phó cụm)", "(Phó Trưởng khối)".
    static const std::string truong = word_key("trưởng"), pho = word_key("phó"), khoi = word_key("khối"),
                             cum = word_key("cụm");
    int32_t k = p + 1;
    const bool deputy = doc.is_key(k, pho);
    if (deputy && doc.is_key(k + 1, truong)) ++k;
    if ((doc.is_key(k, truong) || doc.is_key(k, pho)) && (doc.is_key(k + 1, khoi) || doc.is_key(k + 1, cum))) {
      flags = deputy ? kGroupDeputy : kGroupLeader;
      length = k + 2 - (p + 1);
    }
  }
  if (!(flags & (kGroupLeader | kGroupDeputy)) || !doc.is_punct(p + 1 + length, ")")) return p;
  PositionPart part;
  part.flags = flags;
  part.title_key = unit_key(doc.text_of(p + 1, p + 1 + length));
  part.text = std::string(doc.text_of(p + 1, p + 1 + length));
  part.source = part.text;
  parts.push_back(std::move(part));
  return p + 2 + length;
}

// The end of a body's name written after an office's title at token `org` ("Cơ quan Cảnh sát điều
// tra Công an tỉnh", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Liên hiệp các Hội Khoa học và
// Kỹ thuật", "Sở Văn hóa, Thể thao và Du lịch", "Ban Thi đua - Khen thưởng Trung ương"), or `org`
// when none opens there. The name opens with a body's head word and runs over words, "-" between
// two fields and "và" or "," inside a list of fields ending with "và" + a capitalised field; it
// stops at the clause's verb, a person (cue, rank, name), another title, or other punctuation.
// (s28-orgs2) "… Quận 1", "… Phường 5": token k is a place's number right after its capitalised level, inside a
// body's name opened at `org`.
bool numbered_place_after_level(const Document& doc, int32_t org, int32_t k) {
  return doc.in(k) && doc.is_number(k) && doc.key(k).size() <= 2 && k - 1 > org && doc.is_word(k - 1) &&
         doc.tokens[k - 1].capitalised && lexicon::levels().match(doc, k - 1, k).length == 1;
}

int32_t office_name_end(const Analysis& a, int32_t org, int32_t end) {
  const Document& doc = a.doc;
  static const Entry kBodyHeads[] = {
      {"Cơ quan"}, {"Ủy ban"}, {"Ban"}, {"Ban Chấp hành"}, {"Liên hiệp"}, {"Liên đoàn"}, {"Hội"}, {"Hội đồng"},
      {"Sở"}, {"Viện"}, {"Trung tâm"}, {"Văn phòng"}, {"Tổng cục"}, {"Cục"}, {"Vụ"}, {"Học viện"}, {"Trường"},
      {"Đài"}, {"Tòa án"}, {"Viện kiểm sát"}, {"Hiệp hội"}, {"Tổng công ty"}, {"Công ty"}};
  static const PhraseTable body_heads(kBodyHeads);
  if (!doc.is_word(org) || !doc.tokens[org].capitalised || a.name_starts[static_cast<size_t>(org)]) return org;
  auto head = body_heads.match(doc, org, end);
  // (s23-positions) "Giám đốc Ngân hàng TMCP … - Chi nhánh A", "Chính ủy Bệnh viện Quân y 103": the
  // heads of bodies a group's members open with name an office's body too.
  if (!head) head = lexicon::body_heads().match(doc, org, end);
  if (!head) return org;
  static const std::string va = word_key("và"), cac = word_key("các"), ban = word_key("ban");
  static const std::vector<std::string> to_chuc = phrase_keys("tổ chức");
  // (s20-audit) A word after "các" is a noun ("Liên hiệp các tổ chức hữu nghị"), and
  // "Ban tổ chức" is the organising board ("Trưởng Ban tổ chức Chương trình …"): neither is the
  // clause's verb, so the name does not end on a dangling "các" or a bare "Ban".
  const auto noun_not_verb = [&](int32_t k) {
    if (k > org && doc.is_key(k - 1, cac)) return true;
    return k == org + 1 && doc.is_key(org, ban) && doc.is_key(k, to_chuc[0]) && doc.is_key(k + 1, to_chuc[1]);
  };
  const auto stops_at = [&](int32_t k) {
    return a.name_starts[static_cast<size_t>(k)] || lexicon::ranks().match(doc, k, end) ||
           lexicon::person_cues().match(doc, k, end) ||
           (doc.tokens[k].capitalised && lexicon::positions().match(doc, k, end)) ||
           (!doc.is_key(k, va) && !noun_not_verb(k) && lexicon::predicates().match(doc, k, end));
  };
  // "A, B và C": a list of fields inside the name, the comma's word capitalised and "và" with a
  // capitalised field closing it before any other punctuation.
  const auto field_list_after = [&](int32_t c) {
    for (int32_t k = c + 1; k < end && k - c < 6; ++k) {
      if (!doc.is_word(k)) return false;
      if (k == c + 1 && (!doc.tokens[k].capitalised || stops_at(k))) return false;
      if (doc.is_key(k, va)) return doc.is_word(k + 1) && doc.tokens[k + 1].capitalised && !stops_at(k + 1);
    }
    return false;
  };
  int32_t k = org + head.length, last_word = org;
  while (k < end && k - org < 16) {
    if (doc.is_word(k)) {
      if (doc.is_key(k, va)) {
        if (!(doc.is_word(k + 1) && doc.tokens[k + 1].capitalised && !stops_at(k + 1))) break;
      } else if (stops_at(k)) {
        break;
      }
      last_word = ++k;
      continue;
    }
    // (s28-orgs2) "Chủ nhiệm Ủy ban Kiểm tra Phường 5": a place named by its number after its level closes the name.
    if (numbered_place_after_level(doc, org, k)) {
      last_word = ++k;
      break;
    }
    if ((doc.is_punct(k, "-") && doc.is_word(k + 1) && doc.tokens[k + 1].capitalised && !stops_at(k + 1)) ||
        (doc.is_punct(k, ",") && field_list_after(k))) {
      ++k;
      continue;
    }
    break;
  }
  // a head alone ("Chủ tịch Hội", "Giám đốc Sở") names no body
  return last_word > org + head.length ? last_word : org;
}

// 3 for a province or a city under the centre, 2 for a district, 1 for a commune.
int32_t place_rank(Level level) {
  switch (level) {
    case Level::kProvince:
    case Level::kCity: return 3;
    case Level::kDistrict:
    case Level::kUrbanDistrict:
    case Level::kTown:
    case Level::kSpecialZone: return 2;
    default: return 1;
  }
}

// (s16-plan-e) A body named in lower case after the title that heads it, the title's own noun
// opening the name or closing the title: "Đội trưởng đội xây dựng phong trào …", "Tổ trưởng tổ
// tự quản …", "Phó trưởng ban quản lý rừng phòng hộ A - B". The name runs over words of any
// case ("-" only between two capitalised words) up to other punctuation, a verb of the clause, a
// person or another title; a police written after it in a bracket ("(Công an huyện A)") owns
// it. The token after what was read, or `org` when no such body is there; `text` gets the body
// (", " and its police).
int32_t lower_case_body_end(const Analysis& a, const std::string_view title, int32_t org, int32_t end,
                            std::string& text) {
  const Document& doc = a.doc;
  if (org >= end || !doc.is_word(org) || doc.tokens[org].capitalised) return org;
  const std::vector<std::string> words = phrase_keys(title);
  if (words.empty()) return org;
  static const std::string truong = word_key("trưởng");
  static const std::vector<std::string> nouns = {word_key("ban"), word_key("phòng"), word_key("đội"), word_key("tổ")};
  const bool noun_last = std::find(nouns.begin(), nouns.end(), words.back()) != nouns.end();
  // "Đội trưởng đội …": the noun before "trưởng" written again in lower case
  const bool noun_again = words.size() >= 2 && words.back() == truong && doc.is_key(org, words[words.size() - 2]);
  if (!noun_last && !noun_again) return org;
  int32_t k = noun_again ? org + 1 : org;
  const int32_t first = k;
  // "ban quản lý dự án …": "dự" opens the noun "dự án" (a project), not the verb "dự" (attend)
  static const std::string du = word_key("dự"), an = word_key("án"), to = word_key("tổ"), chuc = word_key("chức");
  while (k < end && k - org < 16) {
    if (doc.is_key(k, du) && doc.is_key(k + 1, an)) {
      k += 2;
      continue;
    }
    // (s20-audit) "Trưởng Ban tổ chức Chương trình …": the organising board, not the verb "tổ chức".
    if (k == first && words.back() == nouns[0] && doc.is_key(k, to) && doc.is_key(k + 1, chuc)) {
      k += 2;
      continue;
    }
    if (doc.is_punct(k, "-") || doc.is_punct(k, "–")) {
      if (k > first && doc.tokens[k - 1].capitalised && doc.is_word(k + 1) && doc.tokens[k + 1].capitalised) {
        ++k;
        continue;
      }
      break;
    }
    if (!doc.is_word(k) || a.name_starts[static_cast<size_t>(k)] || lexicon::ranks().match(doc, k, end) ||
        lexicon::person_cues().match(doc, k, end) || lexicon::predicates().match(doc, k, end) ||
        (k > first && doc.tokens[k].capitalised && lexicon::positions().match(doc, k, end)) ||
        (k > first && full_name_at(doc, k, end)))  // (s24-people) "… phụ nữ phía Nam Hoàng Thị Ngân Hương"
      break;
    ++k;
  }
  if (k - first < 2 || k - org >= 16) return org;
  text = std::string(doc.text_of(org, k));
  if (doc.is_punct(k, "(")) {
    if (auto police = match_unit(doc, k + 1, end, a.unit_options());
        police && police->kind == UnitKind::kPolice && doc.is_punct(police->last, ")")) {
      text += ", " + a.complete(*police);
      return police->last + 1;
    }
  }
  return k;
}

// (s16-plan-e) The Party committee a Party office is held in, written in lower case or with the
// officers' shorthand after the title: "Phó Bí thư huyện ủy", "Bí thư đảng ủy xã", "PBT HU",
// "PBT TTHU" (Thường trực Huyện ủy), "UVBTV TU", with the place written after it in lower case
// ("Bí thư đảng ủy xã A"). The token after it, or `org` when none is
// there; `text` gets the committee as the position writes it (shorthand spelt out).
int32_t party_committee_end(const Analysis& a, int32_t org, int32_t end, std::string& text) {
  const Document& doc = a.doc;
  if (org >= end || !doc.is_word(org)) return org;
  static const std::string uy = word_key("ủy");
  static const std::vector<std::string> levels = {word_key("tỉnh"), word_key("thành"), word_key("huyện"),
                                                  word_key("quận"), word_key("thị"), word_key("đảng")};
  if (!doc.tokens[org].capitalised && org + 1 < end && doc.is_key(org + 1, uy)) {
    for (const auto& lv : levels)
      if (doc.is_key(org, lv)) {
        int32_t k = org + 2;
        // "Bí thư đảng ủy xã Tân Hòa": the committee's place, its level in lower case
        if (const auto level = lexicon::levels().match(doc, k, end); level && doc.is_word(k) && !doc.tokens[k].capitalised) {
          std::string name;
          if (const int32_t n = place_name_end(doc, k + level.length, end, false, a.unit_options(), &name);
              n > k + level.length && !name.empty())
            k = n;
        }
        text = std::string(doc.text_of(org, k));
        return k;
      }
    return org;
  }
  // "HU", "TU", "QU", "ĐU", "TTHU": one capitalised token, the committee's initials, optionally
  // after "TT" (the standing board).
  static const std::pair<const char*, const char*> kCommittees[] = {
      {"HU", "Huyện ủy"}, {"TU", "Tỉnh ủy"}, {"QU", "Quận ủy"}, {"ĐU", "Đảng ủy"}, {"ThU", "Thành ủy"}};
  const std::string word(doc.text_of(org, org + 1));
  for (const auto& [abbr, full] : kCommittees) {
    const std::string a(abbr);
    if (word == a) text = full;
    else if (word == "TT" + a) text = std::string("Thường trực ") + full;
    else continue;
    return org + 1;
  }
  return org;
}

// A body served at [first, last) whose level at `level_first` is written bare: completed, as any
// position ending in a bare level is, with the text's one place of that level (complete_positions).
UnitMention bare_level_unit(const Document& doc, int32_t level_first, int32_t last, Level level, std::string text) {
  UnitMention served;
  served.first = level_first;
  served.last = last;
  served.kind = UnitKind::kOffice;
  served.level = level;
  served.level_text = std::string(doc.text_of(level_first, last));
  served.text = std::move(text);
  return served;
}

// (s23-people) A body's name the lexicon has no head for, at token `org` after an office's title,
// ending with the level of its place and the place: "Cảnh sát PCCC tỉnh Quảng Ninh", "Thi đua- Khen
// thưởng tỉnh A". Capitalised words or abbreviations, a lower-case syllable only right after a
// capitalised one, a dash between two words; no person, title, unit the text names or verb inside. The token
// after the place (after the bare level when no place follows, `bare` then its body to complete), or
// `org` when the words are not so.
int32_t unknown_body_end(const Analysis& a, int32_t org, int32_t end, std::optional<UnitMention>& bare) {
  const Document& doc = a.doc;
  if (!doc.is_word(org) || !doc.tokens[org].capitalised) return org;
  int32_t k = org;
  while (k < end && k - org < 8) {
    if (doc.is_word(k)) {
      if (const auto level = lexicon::levels().match(doc, k, end); level && k > org && !doc.tokens[k].capitalised) {
        const int32_t after = k + level.length;
        std::string name;
        const int32_t n = place_name_end(doc, after_level(doc, after), end, false, a.unit_options(), &name);
        if (n > after) return n;
        bare = bare_level_unit(doc, k, after, static_cast<Level>(level.value()), std::string(doc.text_of(org, after)));
        return after;
      }
      if (a.name_starts[static_cast<size_t>(k)] || lexicon::positions().match(doc, k, end) ||
          match_unit(doc, k, end, a.unit_options(true)) || lexicon::predicates().match(doc, k, end))
        return org;
      if (!doc.tokens[k].capitalised && !(doc.is_word(k - 1) && doc.tokens[k - 1].capitalised)) return org;
      ++k;
      continue;
    }
    if ((doc.is_punct(k, "-") || doc.is_punct(k, "–")) && k > org && doc.is_word(k + 1) && doc.tokens[k + 1].capitalised) {
      ++k;
      continue;
    }
    return org;
  }
  return org;
}

int32_t read_positions(const Analysis& a, int32_t p, int32_t end, std::vector<PositionPart>& parts) {
  const Document& doc = a.doc;
  // "thừa ủy nhiệm của Bộ trưởng Bộ Công an, Chủ tịch UBND huyện A đã trao …", "thừa lệnh Chủ tịch
  // nước, …": the office the person acts for is not one the person holds.
  static const std::string cua = word_key("của");
  static const std::vector<std::vector<std::string>> on_behalf = {phrase_keys("ủy nhiệm"), phrase_keys("ủy quyền"),
                                                                  phrase_keys("thừa lệnh")};
  bool delegated = false;
  for (const auto& cue : on_behalf) {
    const int32_t at = p - static_cast<int32_t>(cue.size()) - (doc.is_key(p - 1, cua) ? 1 : 0);
    bool same = at >= 0;
    for (size_t c = 0; c < cue.size() && same; ++c) same = doc.is_key(at + static_cast<int32_t>(c), cue[c]);
    delegated |= same;
  }
  const size_t before = parts.size();
  // "…, Chánh Văn phòng Bộ, Khối trưởng khối thi đua", "…, cụm trưởng cụm số 1": a role in the
  // group is read after another office even in lower case.
  // (s23-positions) "…, phụ trách Cụm thi đua số 5", "…, đại diện Cụm trưởng Cụm thi đua số 10",
  // "…, thành viên Hội đồng Thi đua - Khen thưởng tỉnh": an office that needs its body, in lower
  // case after another, is read when the body follows.
  const auto group_role = [&](int32_t k) {
    const auto t = lexicon::positions().match(doc, k, end);
    if (!t) return false;
    if ((t.value() & (kGroupLeader | kGroupDeputy)) != 0) return true;
    if (!(t.value() & kNeedsOrg) || !doc.is_word(k + t.length)) return false;
    const auto inner = lexicon::positions().match(doc, k + t.length, end);
    // (s24-people) "…, đại diện trưởng khối thi đua ngân hàng II", "…, phụ trách cụm 2": the role in
    // the group or the group itself, in lower case as the office before it.
    if (inner && ((inner.value() & (kGroupLeader | kGroupDeputy)) || head_first_role_end(a, k + t.length, end) > 0)) return true;
    if (bare_group_end(doc, k + t.length) > 0) return true;
    if (const auto g = match_unit(doc, k + t.length, end, a.unit_options(true));
        g && (g->kind == UnitKind::kCluster || g->kind == UnitKind::kBlock))
      return true;
    if (!doc.tokens[k + t.length].capitalised) return false;
    return match_unit(doc, k + t.length, end, a.unit_options(true)) || office_name_end(a, k + t.length, end) > k + t.length;
  };
  // (s23-people) "…, phó Chủ tịch Hội Cựu chiến binh Thành phố": a title typed with its first word in
  // lower case, the rest capitalised, after the comma or dash that follows the name.
  const auto lower_first_word = [&](int32_t k) {
    const auto t = lexicon::positions().match(doc, k, end);
    return t && t.length >= 2 && (doc.is_punct(k - 1, ",") || doc.is_punct(k - 1, "-")) && doc.is_word(k + 1) &&
           doc.tokens[k + 1].capitalised;
  };
  while (p < end && doc.is_word(p) &&
         (doc.tokens[p].capitalised || ((!parts.empty() || doc.is_punct(p - 1, ",")) && group_role(p)) ||
          (parts.size() == before && lower_first_word(p)))) {
    const auto title = lexicon::positions().match(doc, p, end);
    if (!title) break;
    // (s23-people) "UVBTVQU", "UVBCH Đảng bộ huyện": an office written short with the committee or
    // board it is held in matches the shorter title; the position writes the whole abbreviation out.
    std::string title_text(title.display());
    if (title.length == 1)
      if (const char* full = position_expansion(doc.text_of(p, p + 1)); full && phrase_keys(full).size() > phrase_keys(title_text).size())
        title_text = full;
    const int flags = title.value();
    int32_t org = p + title.length;
    std::optional<UnitMention> unit;
    if (flags & kKeepCase) {
      // "Trưởng Ban Thanh niên Công an tỉnh": the title's last word may open the unit's name.
      unit = match_unit(doc, org - 1, end, a.unit_options(false));
      if (unit && unit->last <= org) unit.reset();
    }
    if (!unit) unit = match_unit(doc, org, end, a.unit_options(true));
    // (s23-positions) "…, đại diện Cụm trưởng Cụm thi đua số 10": the body is a role in the group,
    // with the group it is of.
    int32_t office_last = -1;
    // (s25-orgs) "…, Khối trưởng Khối 5", "…, đơn vị trưởng Khối": the role with the group it is of.
    if ((flags & (kGroupLeader | kGroupDeputy)) && !unit)
      if (const int32_t g = group_of_role_end(doc, org, end); g > 0) office_last = g;
    if ((flags & kNeedsOrg) && !unit && office_last < 0) {
      if (const int32_t g = head_first_role_end(a, org, end); g > 0) office_last = g;
      else if (const int32_t b = bare_group_end(doc, org); b > 0) office_last = b;
      else if (const auto role = lexicon::positions().match(doc, org, end); role && (role.value() & (kGroupLeader | kGroupDeputy))) {
        office_last = org + role.length;
        if (auto g = match_unit(doc, office_last, end, a.unit_options(true));
            g && (g->kind == UnitKind::kCluster || g->kind == UnitKind::kBlock))
          office_last = g->last;
      }
    }
    if ((flags & kNeedsOrg) && !unit && office_last < 0) break;
    // "Trưởng ban Tổ chức Tỉnh ủy", "Phó Trưởng ban Dân vận Huyện ủy": the office's name in
    // capitals after the title's lower-case "ban", up to the unit it belongs to.
    if ((flags & kKeepCase) && !unit && !doc.tokens[org - 1].capitalised && doc.is_word(org) && doc.tokens[org].capitalised) {
      int32_t k = org;
      // (s24-orgs) … its name's parts joined by a dash ("Phó Trưởng ban Thi đua - Khen thưởng Trung ương").
      const auto dash_in_name = [&](int32_t t) {
        return t > org && (doc.is_punct(t, "-") || doc.is_punct(t, "–")) && doc.is_word(t + 1) && doc.tokens[t + 1].capitalised;
      };
      while (k < end && k - org < 7 &&
             (dash_in_name(k) ||
              (doc.is_word(k) && !lexicon::unit_heads().match(doc, k, end) && !(a.name_starts[static_cast<size_t>(k)]) &&
               !lexicon::positions().match(doc, k, end) && (doc.tokens[k].capitalised || k > org))))
        ++k;
      if (k > org) {
        static const std::vector<std::string> trung_uong = phrase_keys("Trung ương");
        if (auto owner = match_unit(doc, k, end, a.unit_options()); owner && owner->kind != UnitKind::kOffice) office_last = owner->last;
        // (s24-orgs) "Phó Trưởng ban Thi đua - Khen thưởng Trung ương": the office of the central level.
        else if (k - 2 > org && doc.is_key(k - 2, trung_uong[0]) && doc.is_key(k - 1, trung_uong[1]))
          office_last = k;
      }
    }
    PositionPart part;
    part.flags = flags;
    part.title_key = unit_key(title_text);
    const int32_t last = unit ? unit->last : office_last > 0 ? office_last : org;
    part.source = std::string(doc.text_of(p, last));
    if (flags & kKeepCase) {
      part.text = std::string(doc.text_of(p, last));
      if (unit && unit->first < org) part.title_key = unit_key(doc.text_of(p, unit->first));
    } else {
      part.text = title_text;
      if (unit) part.text += " " + unit->text;
    }
    if (office_last > 0) part.text = std::string(doc.text_of(p, last));
    // (s24-people) "…, cụm trưởng cụm thi đua 2": a role in the group typed in lower case is kept as written.
    if ((flags & (kGroupLeader | kGroupDeputy)) && !doc.tokens[p].capitalised && unit &&
        (unit->kind == UnitKind::kCluster || unit->kind == UnitKind::kBlock))
      part.text = std::string(doc.text_of(p, last));
    int32_t settlement_last = -1;
    if ((flags & kSettlement) && !unit) {  // "Trưởng thôn Đông", "Trưởng ấp 3"
      int32_t k = org;
      while (k < end && k - org < 4 && ((doc.is_word(k) && doc.tokens[k].capitalised && !a.name_starts[static_cast<size_t>(k)] &&
                                         !lexicon::unit_heads().match(doc, k, end) && !lexicon::positions().match(doc, k, end)) ||
                                        (k == org && doc.is_number(k))))
        ++k;
      if (k > org) {
        settlement_last = k;
        part.text = title_text + " " + std::string(doc.text_of(org, k));
        part.source = std::string(doc.text_of(p, k));
      }
    }
    int32_t last_read = settlement_last > 0 ? settlement_last : last;
    bool owned = false;  // the office's owner was read with it
    // (s23-positions) "Chủ tịch Hội đồng Thi đua khen thưởng BIDV, …", "… Hội đồng Thi đua khen
    // thưởng Ngành": one capitalised word after a body of no place names whose body it is.
    if (unit && unit->kind != UnitKind::kPolice && !unit->level && last_read == unit->last && doc.is_word(last_read) &&
        doc.tokens[last_read].capitalised && !a.name_starts[static_cast<size_t>(last_read)] &&
        !lexicon::positions().match(doc, last_read, end) && !lexicon::unit_heads().match(doc, last_read, end) &&
        !lexicon::levels().match(doc, last_read, end) &&
        (last_read + 1 >= end || doc.is_punct(last_read + 1, ",") || doc.is_punct(last_read + 1, ".") ||
         lexicon::predicates().match(doc, last_read + 1, end))) {
      part.text += " " + std::string(doc.text_of(last_read, last_read + 1));
      ++last_read;
      part.source = std::string(doc.text_of(p, last_read));
    }
    // "Chủ tịch Hội phụ nữ, Tổng cục Chính trị CAND", "Trưởng phòng Công tác đảng, công tác chính
    // trị và công tác quần chúng, Học viện CSND": an office the lexicon does not know, named up to
    // the comma before the unit it belongs to.
    if (!unit && office_last < 0 && doc.is_word(org) && doc.tokens[org].capitalised) {
      for (int32_t c = org + 1; c < end && c - org < 14; ++c) {
        if (doc.is_punct(c, ",")) {
          if (owning_unit(a, c + 1, end)) {
            part.text += " " + std::string(doc.text_of(org, c));
            last_read = c;
            break;
          }
          continue;
        }
        static const std::string va = word_key("và");
        // "Phó Trưởng phòng CSGT đường bộ - đường sắt Công an TP.HCM": two fields joined by a dash.
        if ((doc.is_punct(c, "-") || doc.is_punct(c, "–")) && doc.is_word(c - 1) && !doc.tokens[c - 1].capitalised &&
            doc.is_word(c + 1) && !doc.tokens[c + 1].capitalised)
          continue;
        if (!doc.is_word(c) || (lexicon::predicates().match(doc, c, end) && !doc.is_key(c, va))) break;
        // "Trưởng phòng Tổ chức cán bộ Công an tỉnh X": the office's name runs on to the police or
        // the ministry it belongs to, written right after it.
        if (doc.tokens[c].capitalised && (flags & kKeepCase)) {
          if (auto owner = match_unit(doc, c, end, a.unit_options());
              owner && (owner->kind == UnitKind::kPolice || owner->kind == UnitKind::kMinistry)) {
            part.text += " " + std::string(doc.text_of(org, c)) + " " + a.complete(*owner);
            last_read = owner->last;
            owned = true;
            break;
          }
        }
      }
    }
    // (s23-people) "Phó Giám đốc Cảnh sát PCCC tỉnh A", "Phó Trưởng ban Thi đua- Khen thưởng tỉnh B":
    // a body the lexicon has no head for, named in capitalised words (a lower-case syllable only right
    // after a capitalised one, a dash between words, glued or not) up to the level of its place, is
    // the office's body, with the place written after the level (or the level bare, completed later).
    if (!unit && office_last < 0 && last_read == org)
      if (const int32_t k = unknown_body_end(a, org, end, unit); k > org) {
        part.text += " " + std::string(doc.text_of(org, k));
        part.source = std::string(doc.text_of(p, k));
        last_read = k;
        owned = true;
      }
    // (s27-orgs) "ông A – Giám đốc Sở; cùng …", "đồng chí B, Phó Giám đốc Sở làm Trưởng đoàn",
    // "bà C, Chánh Văn phòng Sở trình bày …": a title followed by the bare head of the body the text
    // named before, in capitals, closing the position (punctuation or the clause's verb): the head
    // is written as part of the position, as the text writes it.
    if (!unit && office_last < 0 && last_read == org && doc.is_word(org) && doc.tokens[org].capitalised &&
        !a.name_starts[static_cast<size_t>(org)])
      if (const auto h = lexicon::unit_heads().match(doc, org, end);
          h && h.length == 1 && static_cast<UnitKind>(h.value()) == UnitKind::kOffice &&
          (org + 1 >= end || (!doc.is_word(org + 1) && !doc.is_punct(org + 1, "-") && !doc.is_punct(org + 1, "–")) ||
           lexicon::predicates().match(doc, org + 1, end))) {
        part.text += " " + std::string(doc.text_of(org, org + 1));
        part.source = std::string(doc.text_of(p, org + 1));
        last_read = org + 1;
        owned = true;
      }
    // "Trưởng phòng Tham mưu", "Phó Trưởng phòng Cảnh sát hình sự": a room or board named after
    // its title with no owner written, up to the comma, the stop, or "và"/"cùng" before the next
    // person.
    // "Phó Trưởng phòng PV01", "Trưởng phòng PC02": a room named by its code.
    if (!unit && office_last < 0 && last_read == org && (flags & kKeepCase) && !(flags & kNeedsOrg) && doc.is_word(org) &&
        doc.tokens[org].all_caps && doc.glued(org + 1) && doc.is_number(org + 1) && doc.text_of(org, org + 1).size() <= 3) {
      part.text += " " + std::string(doc.text_of(org, org + 2));
      part.source = std::string(doc.text_of(p, org + 2));
      last_read = org + 2;
      owned = true;
      // (s21-people) "Trưởng phòng PC06 Công an tỉnh Bắc Giang": the police written right after
      // the code is the room's, named or bare (then completed as any bare level is).
      if (auto owner = match_unit(doc, last_read, end, a.unit_options()); owner && owner->kind == UnitKind::kPolice) {
        part.text += " " + a.complete(*owner);
        last_read = owner->last;
        part.source = std::string(doc.text_of(p, last_read));
      } else if (doc.is_punct(last_read, ",")) {
        // "Phó trưởng Phòng PC02, Công an Thành phố Hồ Chí Minh": the police the room is of.
        if (auto owner = match_unit(doc, last_read + 1, end, a.unit_options());
            owner && owner->kind == UnitKind::kPolice && !owner->name.empty()) {
          part.text += ", " + a.complete(*owner);
          last_read = owner->last;
          part.source = std::string(doc.text_of(p, last_read));
        }
      }
    }
    // "Phó Tổng cục trưởng, Tổng cục Chính trị Bộ Công an": a title whose office follows a comma.
    if (!unit && office_last < 0 && last_read == org && doc.is_punct(org, ",")) {
      if (const auto owner = owning_unit(a, org + 1, end)) {
        part.text += ", " + owner->text;
        last_read = owner->last;
        // "…, Tổng cục Chính trị Bộ Công an": the ministry right after the office.
        if (auto ministry = match_unit(doc, last_read, end, a.unit_options()); ministry && ministry->kind == UnitKind::kMinistry) {
          part.text += " " + ministry->text;
          last_read = ministry->last;
        }
        part.source = std::string(doc.text_of(p, last_read));
        owned = true;
      }
    }
    // "Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh", "Chủ tịch Ủy ban Trung ương Mặt trận Tổ
    // quốc Việt Nam", "Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Phó Giám đốc Sở Văn
    // hóa, Thể thao và Du lịch": a body the unit lexicon does not know, opened by the head word of
    // a body and named up to the clause's verb, the next person or the punctuation that closes it.
    if (!unit && office_last < 0 && last_read == org) {
      if (const int32_t k = office_name_end(a, org, end); k > org) {
        const int32_t stop = k;
        part.text += " " + std::string(doc.text_of(org, k));
        // the police the body belongs to, written last ("… Công an tỉnh"): the position's unit,
        // named in full once the text's places are known
        for (int32_t u = org + 1; u < k; ++u) {
          if (auto police = match_unit(doc, u, end, a.unit_options()); police && police->kind == UnitKind::kPolice &&
                                                                          police->last == k) {
            unit = police;
            break;
          }
        }
        part.source = std::string(doc.text_of(p, stop));
        last_read = stop;
        owned = true;
      }
    }
    // (s23-positions) "Chánh Văn phòng Bộ", "Chính ủy Bệnh viện", "Chủ tịch HĐQT": the body the
    // speaker serves in, named by its head alone before the comma, the stop or the clause's verb.
    if (!unit && office_last < 0 && last_read == org && !(flags & kNeedsOrg)) {
      if (const auto own = lexicon::own_bodies().match(doc, org, end);
          own && (doc.tokens[org].capitalised || own.value() == 1) &&
          (org + own.length >= end || !doc.is_word(org + own.length) || !doc.tokens[org + own.length].capitalised)) {
        const int32_t k = org + own.length;
        // (s24-orgs) … or before "cùng" going on to others present ("Giám đốc trung tâm cùng toàn bộ cán bộ").
        static const std::string cung_own = word_key("cùng");
        if (k >= end || doc.is_punct(k, ",") || doc.is_punct(k, ".") || doc.is_punct(k, ";") ||
            lexicon::predicates().match(doc, k, end) || doc.is_key(k, cung_own)) {
          part.text += " " + std::string(doc.text_of(org, k));
          part.source = std::string(doc.text_of(p, k));
          last_read = k;
          owned = true;
        }
      }
    }
    if (!unit && office_last < 0 && last_read == org && (flags & kKeepCase) && !(flags & kNeedsOrg) &&
        doc.is_word(org) && doc.tokens[org].capitalised && !a.name_starts[static_cast<size_t>(org)] &&
        !lexicon::positions().match(doc, org, end)) {
      static const std::string va = word_key("và"), cung = word_key("cùng");
      int32_t k = org;
      // (s24-people) "…, Phó Ban công tác phụ nữ phía Nam Hoàng Thị Ngân Hương": up to the next full name.
      int32_t limit = 10;
      while (k < end && k - org < limit && doc.is_word(k) && !a.name_starts[static_cast<size_t>(k)] &&
             !(k > org && full_name_at(doc, k, end)) &&
             !lexicon::ranks().match(doc, k, end) && !lexicon::person_cues().match(doc, k, end) &&
             !(k > org && lexicon::predicates().match(doc, k, end) && !doc.is_key(k, va)) &&
             !((doc.is_key(k, va) || doc.is_key(k, cung)) && doc.is_word(k + 1) && doc.tokens[k + 1].capitalised) &&
             // (s24-people) "… Thi đua khen thưởng tỉnh và đại diện lãnh đạo …": "và" going on to a verb
             // … or to the next person ("… Dân vận Trung ương và ông B")
             !((doc.is_key(k, va) || doc.is_key(k, cung)) &&
               (lexicon::predicates().match(doc, k + 1, end) || lexicon::person_cues().match(doc, k + 1, end)))) {
        ++k;
        // (s24-people) "Trưởng Ban Phong trào Thi đua, khen thưởng Hội Khuyến học Thành phố": the comma of
        // the field's fixed name "thi đua, khen thưởng" is inside the office's name.
        if (thi_dua_comma(doc, k)) {
          k += 3;
          limit += 3;
        }
      }
      // (s28-orgs2) "Trưởng phòng Tài chính Kế hoạch Quận 1, …": the place by its number after its level closes the name.
      if (numbered_place_after_level(doc, org, k)) ++k;
      const bool closed = k >= end || doc.is_punct(k, ",") || doc.is_punct(k, ";") || doc.is_punct(k, ")") ||
                          doc.is_punct(k, ".") || doc.is_word(k);
      if (closed && k - org < limit) {
        part.text += " " + std::string(doc.text_of(org, k));
        part.source = std::string(doc.text_of(p, k));
        last_read = k;
        owned = true;
        // (s14-plan-b) "Trưởng phòng Nghiệp vụ Y, Sở Y tế", "Chánh Văn phòng, Sở Nội vụ": the
        // department or police the room is of, after a comma, closing the position.
        if (doc.is_punct(k, ",")) {
          if (auto owner = match_unit(doc, k + 1, end, a.unit_options());
              owner && (owner->kind == UnitKind::kOffice || (owner->kind == UnitKind::kPolice && !owner->name.empty())) &&
              (owner->last >= end || !doc.is_word(owner->last) || lexicon::predicates().match(doc, owner->last, end))) {
            part.text += ", " + (owner->kind == UnitKind::kPolice ? a.complete(*owner) : owner->text);
            last_read = owner->last;
            part.source = std::string(doc.text_of(p, last_read));
          }
        }
      }
    }
    if (!unit && office_last < 0 && settlement_last < 0 && last_read == org && !owned) {
      std::string body;
      if (const int32_t k = lower_case_body_end(a, title.display(), org, end, body); k > org) {
        part.text += " " + body;
        part.source = std::string(doc.text_of(p, k));
        last_read = k;
        owned = true;
      }
    }
    if (!unit && office_last < 0 && settlement_last < 0 && last_read == org &&
        (title.display().find("Bí thư") != std::string_view::npos || title.display().rfind("Ủy viên", 0) == 0)) {
      std::string committee;
      if (const int32_t k = party_committee_end(a, org, end, committee); k > org) {
        part.text += " " + committee;
        part.source = std::string(doc.text_of(p, k));
        last_read = k;
        owned = true;
      }
    }
    if (last_read > org && !unit && office_last < 0 && settlement_last < 0 && !owned) {
      const auto owner = owning_unit(a, last_read + 1, end);
      if (!owner) break;
      part.text += ", " + owner->text;
      last_read = owner->last;
      part.source = std::string(doc.text_of(p, last_read));
    }
    // (s24-people) "đại diện Huyện ủy - HĐND - UBND huyện Tam Đảo": bodies of one place joined by dashes,
    // the level and the place written once after the last, are one office's (not "Huyện ủy" alone).
    if (unit && last_read == unit->last && unit->name.empty()) {
      std::optional<UnitMention> next;
      for (int32_t k = last_read; (doc.is_punct(k, "-") || doc.is_punct(k, "–")) && !doc.glued(k) &&
                                  !lexicon::positions().match(doc, k + 1, end) &&
                                  (next = match_unit(doc, k + 1, end, a.unit_options(true))) && next->first == k + 1;) {
        part.text += " " + std::string(doc.text_of(k, k + 1)) + " " + next->text;
        last_read = k = next->last;
        if (!next->name.empty()) {
          unit = next;
          break;
        }
      }
      part.source = std::string(doc.text_of(p, last_read));
    }
    // (s24-people) "Trưởng Ban Phong trào Thi đua, khen thưởng Hội Khuyến học Thành phố": a board named
    // after the field "thi đua, khen thưởng", its comma inside the name, then the body it is of.
    if (unit && last_read == unit->last && thi_dua_comma(doc, last_read)) {
      last_read += 3;
      if (const auto owner = match_unit(doc, last_read, end, a.unit_options(true)); owner && owner->first == last_read)
        last_read = owner->last;
      part.text = std::string(doc.text_of(p, last_read));
      part.source = part.text;
      unit->last = last_read;
    }
    if (unit && unit->kind == UnitKind::kOffice) {
      static const std::string va = word_key("và");
      // "Cục Công tác Đảng và Công tác chính trị": an office whose name joins two fields.
      bool repeats = false;  // "… Đảng và công tác chính trị": a word of the name again
      for (int32_t k = unit->first; k < last_read && !repeats; ++k) repeats = doc.is_word(last_read + 1) && doc.key(k) == doc.key(last_read + 1);
      // (s26-orgs) … not the word naming the next person ("Trưởng Phòng Tham mưu và Ông B", "… và Thầy C").
      // (s28-orgs2) … nor the rank of the next ("Giám đốc Sở Tư pháp và Đại tá B – …").
      if (doc.is_key(last_read, va) && doc.is_word(last_read + 1) && (doc.tokens[last_read + 1].capitalised || repeats) &&
          !match_unit(doc, last_read + 1, end, a.unit_options()) && !lexicon::person_cues().match(doc, last_read + 1, end) &&
          !lexicon::ranks().match(doc, last_read + 1, end)) {
        int32_t k = last_read + 1;
        while (k < end && k - last_read < 6 && doc.is_word(k) && !doc.is_key(k, va) && !lexicon::unit_heads().match(doc, k, end)) ++k;
        part.text += " " + std::string(doc.text_of(last_read, k));
        last_read = k;
      }
      // "Cục trưởng Cục X, Bộ Công an", "… – Bộ Công an", "… Bộ Công an": the ministry the office
      // belongs to is part of the position.
      int32_t k = last_read;
      const bool bracket = doc.is_punct(k, "(");  // "Cục X (Bộ Công an)"
      if (doc.is_punct(k, ",") || doc.is_punct(k, "-") || doc.is_punct(k, "–") || bracket) ++k;
      // "Phó trưởng Phòng PC02, Công an Thành phố Hồ Chí Minh": a room with its police after a comma.
      // (s14-plan-b) "Vụ trưởng Vụ II, Thanh tra Chính phủ", "Trưởng phòng X, Sở Y": an office of
      // another head after the comma, closing the position, is the one this office is of.
      auto office_of = [&](const UnitMention& owner) {
        return owner.kind == UnitKind::kOffice && doc.is_punct(k - 1, ",") && owner.head != unit->head &&
               (owner.last >= end || !doc.is_word(owner.last) || lexicon::predicates().match(doc, owner.last, end));
      };
      if (auto owner = match_unit(doc, k, end, a.unit_options());
          owner && (owner->kind == UnitKind::kMinistry || office_of(*owner) ||
                    (owner->kind == UnitKind::kPolice && !owner->name.empty() && doc.is_punct(k - 1, ","))) &&
          (!bracket || doc.is_punct(owner->last, ")"))) {
        part.text += ", " + (owner->kind == UnitKind::kPolice ? a.complete(*owner) : owner->text);
        last_read = owner->last + (bracket ? 1 : 0);
      }
      part.source = std::string(doc.text_of(p, last_read));
    }
    // "Phó trưởng Công an xã Khổng Lào, huyện Phong Thổ", "Chủ tịch UBND xã A, huyện B, tỉnh C":
    // the places of higher levels after a commune's or a district's unit say where it is.
    if (unit && unit->level && !unit->name.empty() && last_read == unit->last) {
      const int32_t here = place_rank(*unit->level);
      for (int32_t k = last_read; doc.is_punct(k, ",");) {
        const auto lv = lexicon::levels().match(doc, k + 1, end);
        if (!lv || !doc.is_word(k + 1) || doc.tokens[k + 1].capitalised ||
            place_rank(static_cast<Level>(lv.value())) <= here)
          break;
        std::string name;
        const int32_t n = place_name_end(doc, k + 1 + lv.length, end, false, a.unit_options(), &name);
        if (n == k + 1 + lv.length || !(n >= end || !doc.is_word(n))) break;
        part.text += ", " + std::string(doc.text_of(k + 1, n));
        part.source = std::string(doc.text_of(p, n));
        last_read = k = n;
      }
    }
    // "Trưởng đoàn đại biểu Quốc hội tỉnh", "… tỉnh Quảng Bình": an office of no unit the
    // lexicon knows, then the level it serves (and its place).
    if (!unit && office_last < 0 && settlement_last < 0 && last_read == org && doc.is_word(org) &&
        !doc.tokens[org].capitalised) {
      if (const auto lv = lexicon::levels().match(doc, org, end)) {
        std::string name;
        const int32_t n = place_name_end(doc, org + lv.length, end, false, a.unit_options(), &name);
        if (n >= end || !doc.is_word(n) || lexicon::predicates().match(doc, n, end)) {
          part.text += " " + std::string(doc.text_of(org, n));
          part.source = std::string(doc.text_of(p, n));
          last_read = n;
          // (s23-positions) "Trưởng khối vận phường": a commune's or ward's bare level is completed
          // with the text's one place of that level, as any position ending in one is ("… Quốc hội
          // tỉnh" of a text naming several provinces stays as written).
          if (n == org + lv.length && place_rank(static_cast<Level>(lv.value())) == 1)
            unit = bare_level_unit(doc, org, n, static_cast<Level>(lv.value()), std::string(doc.text_of(org, n)));
        }
      }
    }
    // (s25-orgs) "Chánh án Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh", "Viện trưởng VKSND cấp cao tại Đà
    // Nẵng": a court or procuracy of the high level is named by the city it sits in, after "cấp cao tại".
    static const std::vector<std::string> cap_cao_tai = phrase_keys("cấp cao tại");
    if (unit && last_read == unit->last && doc.is_key(last_read, cap_cao_tai[0]) && doc.is_key(last_read + 1, cap_cao_tai[1]) &&
        doc.is_key(last_read + 2, cap_cao_tai[2]) && doc.is_word(last_read + 3) && doc.tokens[last_read + 3].capitalised) {
      int32_t at = last_read + 3;
      if (const auto lv = lexicon::levels().match(doc, at, end); lv && doc.tokens[at].capitalised) at = after_level(doc, at + lv.length);
      if (const auto city = lexicon::provinces().match(doc, at, end)) {
        const int32_t n = at + city.length;
        part.text += " " + std::string(doc.text_of(last_read, n));
        part.source = std::string(doc.text_of(p, n));
        last_read = n;
        unit.reset();  // named in full: nothing to complete
      }
    }
    // (s25-orgs) "Trưởng Ban vận động quỹ “Vì người nghèo” huyện", "Giám đốc Trung tâm “Nhà văn hóa thiếu nhi”
    // tỉnh": a name in quotation marks inside the body's name, then the level it serves (bare, completed
    // later, or with its place), is the office's too, when the office closes there.
    if ((doc.is_punct(last_read, "“") || doc.is_punct(last_read, "\"")) && last_read > org) {
      int32_t q = last_read + 1;
      while (q < end && q - last_read <= 8 && doc.is_word(q)) ++q;
      if (q > last_read + 1 && doc.tokens[last_read + 1].capitalised && (doc.is_punct(q, "”") || doc.is_punct(q, "\""))) {
        int32_t n = q + 1;
        std::optional<UnitMention> served;
        if (const auto lv = lexicon::levels().match(doc, n, end); lv && doc.is_word(n) && !doc.tokens[n].capitalised) {
          std::string name;
          const int32_t e = place_name_end(doc, n + lv.length, end, false, a.unit_options(), &name);
          if (e == n + lv.length)
            served = bare_level_unit(doc, n, e, static_cast<Level>(lv.value()), std::string(doc.text_of(n, e)));
          n = e;
        }
        if (n >= end || !doc.is_word(n) || lexicon::predicates().match(doc, n, end)) {
          part.text += " " + std::string(doc.text_of(last_read, n));
          part.source = std::string(doc.text_of(p, n));
          last_read = n;
          if (served) unit = served;
        }
      }
    }
    // (s28-orgs2) "Thành viên Hội đồng thi đua khen thưởng phụ trách Khối;", "Phó Viện trưởng VKSND tỉnh phụ trách Cụm thi
    // đua số 2": the group the office holder is in charge of, in lower case after the office, is of the position.
    if (static const std::vector<std::string> phu_trach = phrase_keys("phụ trách");
        last_read > org && doc.is_key(last_read, phu_trach[0]) && !doc.tokens[last_read].capitalised &&
        doc.is_key(last_read + 1, phu_trach[1])) {
      const int32_t g = last_read + 2;
      int32_t n = group_of_role_end(doc, g, end);
      if (const auto u = match_unit(doc, g, end, a.unit_options(true));
          u && u->first == g && (u->kind == UnitKind::kCluster || u->kind == UnitKind::kBlock))
        n = std::max(n, u->last);
      if (n > g) {
        part.text += " " + std::string(doc.text_of(last_read, n));
        part.source = std::string(doc.text_of(p, n));
        last_read = n;
      }
    }
    part.unit = unit;
    if (!parts.empty() && doc.is_punct(p - 1, "/")) part.separator = "/";
    parts.push_back(std::move(part));
    if (delegated && parts.size() == before + 1) {
      parts.pop_back();
      delegated = false;
    }
    p = last_read;
    // "…, Giám đốc Công an tỉnh", "Phó Bí thư/Chủ tịch UBND phường": two offices held at once.
    if ((doc.is_punct(p, ",") || doc.is_punct(p, "/")) && doc.is_word(p + 1) &&
        ((doc.tokens[p + 1].capitalised && lexicon::positions().match(doc, p + 1, end)) || group_role(p + 1))) {
      ++p;
      continue;
    }
    // (s17-plan-b) "Ủy viên Ban Thường vụ – Chủ tịch Ủy ban MTTQ phường", "Phó Bí thư - Chủ tịch UBND
    // xã": a dash between two offices held at once, written like the comma.
    // (s24-people) "Chủ tịch Hội khuyến học huyện A- cụm trưởng cụm thi đua 4": a role in the group
    // after a dash, glued or not, in lower case.
    if ((doc.is_punct(p, "–") || doc.is_punct(p, "-")) && doc.is_word(p + 1) &&
        ((!doc.glued(p) && doc.tokens[p + 1].capitalised && lexicon::positions().match(doc, p + 1, end)) ||
         (!parts.empty() && group_role(p + 1)))) {
      ++p;
      continue;
    }
    break;
  }
  return bracketed_group_role(doc, p, end, parts);
}

// Two parts of a person's position are one office when their titles are the same, unless the
// title is held in two kinds of body ("Chủ tịch UBND huyện, Chủ tịch Hội đồng thi đua, khen
// thưởng huyện": two offices).
// (s23-positions) Without a unit on both, the wordings are one office when one opens the other
// ("Chủ tịch", "Chủ tịch HĐQT"), not when each names its own body ("Chủ tịch HĐQT, Chủ tịch Hội đồng
// Thi đua khen thưởng BIDV").
// (s23-people) Whatever the titles' keys, one wording that opens the other up to a word is the
// same office ("Trưởng Ban Dân vận" of "Trưởng ban Dân vận Tỉnh ủy"), and a body's leading board
// holds the office of the body it leads ("Phó Chính ủy Ban Chỉ huy BĐBP thành phố A" and "Phó Chính
// ủy Bộ đội Biên phòng thành phố A").
bool same_office(const PositionPart& q, const PositionPart& r) {
  const std::string x = fold(q.text), y = fold(r.text);
  const auto opens = [](const std::string& s, const std::string& t) {
    return s.size() >= t.size() && s.compare(0, t.size(), t) == 0 && (s.size() == t.size() || s[t.size()] == ' ');
  };
  if (opens(x, y) || opens(y, x)) return true;
  if (q.title_key != r.title_key) return false;
  if (q.unit && r.unit) {
    const auto leads = [](const UnitMention& board, const UnitMention& body) {
      const std::string b = unit_key(board.text), u = unit_key(body.text);
      return board.kind == UnitKind::kLeadership && b.size() > u.size() &&
             b.compare(b.size() - u.size(), u.size(), u) == 0 && b[b.size() - u.size() - 1] == ' ';
    };
    return q.unit->kind == r.unit->kind || leads(*q.unit, *r.unit) || leads(*r.unit, *q.unit);
  }
  return x.rfind(y, 0) == 0 || y.rfind(x, 0) == 0;
}

// Of two wordings of one office, the one that says more: the longer with abbreviations written out
// (s23-people: "Ban Chỉ huy BĐBP thành phố" over "Bộ đội Biên phòng Thành phố", which it leads).
bool fuller_wording(const PositionPart& q, const PositionPart& r) {
  const size_t x = unit_key(q.text).size(), y = unit_key(r.text).size();
  return x != y ? x > y : q.text.size() > r.text.size();
}

void merge(std::vector<Person>& people, std::unordered_map<std::string, size_t>& by_key, const Document& doc,
           const RawMention& m) {
  Person incoming;
  incoming.name = std::string(doc.text_of(m.name_first, m.name_last));
  incoming.key = fold(incoming.name);
  auto it = by_key.find(incoming.key);
  if (it == by_key.end()) {
    incoming.rank = m.rank;
    incoming.parts = m.parts;
    by_key.emplace(incoming.key, people.size());
    people.push_back(std::move(incoming));
    return;
  }
  Person& p = people[it->second];
  if (!p.rank) p.rank = m.rank;
  // A later mention naming every position seen and more gives their order ("Võ Văn A - Giám đốc
  // Công an tỉnh", then "Võ Văn A - Ủy viên BTV Tỉnh ủy, Giám đốc Công an tỉnh").
  const bool fuller = m.parts.size() > p.parts.size() && std::all_of(p.parts.begin(), p.parts.end(), [&](const PositionPart& q) {
    return std::any_of(m.parts.begin(), m.parts.end(), [&](const PositionPart& r) { return same_office(r, q); });
  });
  if (fuller) {
    std::vector<PositionPart> ordered = m.parts;
    for (PositionPart& r : ordered) {
      for (const PositionPart& q : p.parts)
        if (same_office(q, r) && fuller_wording(q, r)) r = q;
    }
    p.parts = std::move(ordered);
    return;
  }
  // Keep the most complete wording of each position, and every position seen.
  for (const PositionPart& part : m.parts) {
    auto same = std::find_if(p.parts.begin(), p.parts.end(), [&](const PositionPart& q) { return same_office(q, part); });
    if (same == p.parts.end()) p.parts.push_back(part);
    else if (fuller_wording(part, *same)) *same = part;
  }
}

void mark(std::vector<bool>& v, int32_t first, int32_t last) {
  for (int32_t k = std::max(first, 0); k < last && k < static_cast<int32_t>(v.size()); ++k) v[static_cast<size_t>(k)] = true;
}

}  // namespace

std::vector<Person> extract_people(Analysis& a, const TitleInfo& title) {
  const Document& doc = a.doc;
  a.name_starts.assign(doc.tokens.size(), false);
  a.in_person.assign(doc.tokens.size(), false);
  std::vector<RawMention> raw;

  // Pass 1: a rank or "đồng chí" / "ông" / "bà" before a name.
  // (s19-rules) An academic or professional degree before a surname is such a cue too: "TS. Hoàng
  // Văn A – Phó Giám đốc Sở Y tế", "BSCKII Phạm Thị B – Giám đốc Bệnh viện", "PGS.TS Trần C".
  static const Entry kDegrees[] = {
      {"TS"}, {"TS."}, {"ThS"}, {"ThS."}, {"PGS"}, {"PGS."}, {"GS"}, {"GS."}, {"PGS.TS"}, {"PGS. TS"}, {"GS.TS"},
      {"GS. TS"}, {"PGS.TS."}, {"BS"}, {"BS."}, {"BSCKI"}, {"BSCKII"}, {"BSCK I"}, {"BSCK II"}, {"BS.CKI"},
      {"BS.CKII"}, {"ThS.BS"}, {"ThS. BS"}, {"TS.BS"}, {"DS"}, {"DS."}, {"KS"}, {"KS."}, {"bác sĩ"}, {"tiến sĩ"},
      {"thạc sĩ"}, {"dược sĩ"}, {"kỹ sư"}, {"luật sư"}, {"nhà giáo"}};
  static const PhraseTable degrees(kDegrees);
  for (int32_t i = 0; i < doc.size(); ++i) {
    const int32_t end = doc.sentence_of(i).last;
    RawMention m;
    int32_t after = i;
    if (const auto rank = lexicon::ranks().match(doc, i, end)) {
      m.rank = std::string(rank.display());
      after = i + rank.length;
    } else if (const auto cue = lexicon::person_cues().match(doc, i, end);
               cue && (cue.value() != 1 || (!doc.tokens[i].capitalised && lexicon::surnames().match(doc, i + cue.length)))) {
      // (s26-orgs) "kỷ niệm 110 năm ngày sinh đồng chí Lý Tự Trọng", "ngày mất của đồng chí A": the person an
      // anniversary honours takes no part in the event.
      static const std::string sinh = word_key("sinh"), mat = word_key("mất"), ngay = word_key("ngày"), nam = word_key("năm"),
                               cua = word_key("của");
      const int32_t before = doc.is_key(i - 1, cua) ? i - 2 : i - 1;
      if ((doc.is_key(before, sinh) || doc.is_key(before, mat)) && (doc.is_key(before - 1, ngay) || doc.is_key(before - 1, nam)))
        continue;
      after = i + cue.length;
      // (s17-plan-b) "Đồng chí: Lê Văn A, …": a colon typed after the cue, a name after it.
      if (doc.is_punct(after, ":") && doc.is_word(after + 1) && doc.tokens[after + 1].capitalised &&
          lexicon::surnames().match(doc, after + 1))
        ++after;
    } else if (const auto degree = degrees.match(doc, i, end);
               degree && doc.is_word(i + degree.length) && doc.tokens[i + degree.length].capitalised &&
               lexicon::surnames().match(doc, i + degree.length)) {
      after = i + degree.length;
    } else {
      continue;
    }
    const int32_t name_last = name_end(doc, after, end);
    if (name_last == after) continue;
    m.name_first = after;
    m.name_last = name_last;
    raw.push_back(std::move(m));
    i = name_last - 1;
  }
  // Every occurrence of a known name starts a name, so no place name runs into it.
  std::unordered_map<std::string, std::vector<std::vector<std::string>>> names_by_first;
  for (const RawMention& m : raw) {
    std::vector<std::string> keys;
    for (int32_t k = m.name_first; k < m.name_last; ++k) keys.push_back(doc.key(k));
    auto& list = names_by_first[keys.front()];
    if (std::find(list.begin(), list.end(), keys) == list.end()) list.push_back(std::move(keys));
  }
  for (int32_t i = 0; i < doc.size(); ++i) {
    auto it = names_by_first.find(doc.key(i));
    if (it == names_by_first.end() || !doc.tokens[i].capitalised) continue;
    for (const auto& keys : it->second) {
      bool match = true;
      for (size_t k = 0; k < keys.size() && match; ++k) match = doc.is_key(i + static_cast<int32_t>(k), keys[k]);
      if (match) a.name_starts[static_cast<size_t>(i)] = true;
    }
  }
  // Positions after a name: "…, Giám đốc Công an tỉnh".
  for (RawMention& m : raw) {
    const int32_t end = doc.sentence_of(m.name_first).last;
    int32_t p = m.name_last;
    // (s23-people) "chị Phạm Thị A (SN 1993), Bí thư Đoàn phường …", "anh B (35 tuổi) - …": a bracket
    // holding a figure (the person's birth year or age) between the name and the position.
    if (doc.is_punct(p, "(") && !lexicon::positions().match(doc, p + 1, end)) {
      int32_t c = p + 1;
      bool figure = false;
      for (; c < end && c - p <= 6 && !doc.is_punct(c, ")"); ++c) figure |= doc.is_number(c);
      if (figure && doc.is_punct(c, ")") && (doc.is_punct(c + 1, ",") || doc.is_punct(c + 1, "-") || doc.is_punct(c + 1, "–")))
        p = c + 1;
    }
    // "…, Giám đốc" / "… - Giám đốc" / "… (Giám đốc Công an tỉnh)"
    if (doc.is_punct(p, ",") || doc.is_punct(p, "-") || doc.is_punct(p, "(")) ++p;
    const int32_t last = read_positions(a, p, end, m.parts);
    mark(a.in_person, m.name_first, m.parts.empty() ? m.name_last : last);
  }
  // Pass 1b: a list of names, each with its position after a dash (or a comma), opened by a colon
  // or a semicolon: "Dự có các đồng chí: Nguyễn Văn A - Trưởng Ban Dân vận Tỉnh ủy; Trần Văn B - …".
  for (int32_t i = 1; i < doc.size(); ++i) {
    if (!(doc.is_punct(i - 1, ":") || doc.is_punct(i - 1, ";")) || a.in_person[static_cast<size_t>(i)] ||
        !doc.is_word(i) || !doc.tokens[i].capitalised || !lexicon::surnames().match(doc, i))
      continue;
    const int32_t end = doc.sentence_of(i).last;
    const int32_t name_last = name_end(doc, i, end);
    // (s17-plan-b) "Dự có các đồng chí: Nguyễn Thị A, Phó Chủ tịch Hội …; Trần Văn B, Phó Bí thư
    // …": the position after a comma too, when the name is a full one of three syllables or more.
    const bool comma = doc.is_punct(name_last, ",") && name_last - i >= 3;
    if (name_last - i < 2 || !(doc.is_punct(name_last, "-") || comma)) continue;
    RawMention m;
    const int32_t last = read_positions(a, name_last + 1, end, m.parts);
    if (m.parts.empty()) continue;
    m.name_first = i;
    m.name_last = name_last;
    mark(a.in_person, i, last);
    a.name_starts[static_cast<size_t>(i)] = true;
    raw.push_back(std::move(m));
  }
  // Pass 2: a position before a name, "Phó Chủ tịch UBND tỉnh Nguyễn Văn Đệ".
  for (int32_t i = 0; i < doc.size(); ++i) {
    if (a.in_person[static_cast<size_t>(i)] || !doc.is_word(i) || !doc.tokens[i].capitalised) continue;
    if (!lexicon::positions().match(doc, i)) continue;
    const int32_t end = doc.sentence_of(i).last;
    RawMention m;
    int32_t after = read_positions(a, i, end, m.parts);
    // (s26-orgs) "Giám đốc Sở Tài nguyên và Môi trường Long An - Võ Minh Thành tin tưởng …", "Trưởng Công an xã A –
    // Nguyễn Văn B phát biểu": the office with its body, a dash, then the holder's full name (three syllables or
    // more opening with a surname), as captions write it the other way round ("Nguyễn Văn B - Trưởng …").
    if (!m.parts.empty() && m.parts.back().unit && (doc.is_punct(after, "-") || doc.is_punct(after, "–")) &&
        doc.is_word(after + 1) && doc.tokens[after + 1].capitalised && lexicon::surnames().match(doc, after + 1) &&
        name_end(doc, after + 1, end) - (after + 1) >= 3)
      ++after;
    // (s23-people) "Chủ tịch Hội LHPN Việt Nam Nguyễn Thị Thu Hà", "Chánh văn phòng Đoàn đại biểu
    // Quốc hội tỉnh A Đỗ Thị B": the last title's body, which the lexicon does not know, runs up to
    // a full name; the body is the office's.
    bool body_read = false;
    // (s23-people) "Chủ tịch Hội LHPN Việt Nam Nguyễn Thị Thu Hà chủ trì": a body's name read on into
    // the holder's full name (three or more syllables opening with a surname, not a place) gives the
    // name back.
    if (!m.parts.empty() && m.parts.back().unit && name_end(doc, after, end) == after) {
      PositionPart& part = m.parts.back();
      for (int32_t k = part.unit->first + 1; k < after; ++k) {
        if (!name_may_open_in_body(doc, part.unit->first, k, end)) continue;
        const std::string tail = " " + std::string(doc.text_of(k, after));
        if (name_end(doc, k, end) - k < 3 || part.text.size() <= tail.size() ||
            part.text.compare(part.text.size() - tail.size(), tail.size(), tail) != 0)
          continue;
        part.text.resize(part.text.size() - tail.size());
        part.source = std::string(doc.text_of(i, k));
        part.unit->last = k;
        after = k;
        break;
      }
    }
    if (!m.parts.empty() && !m.parts.back().unit && name_end(doc, after, end) == after)
      if (const int32_t k = body_before_name(a, after, end); k > after) {
        m.parts.back().text += " " + std::string(doc.text_of(after, k));
        m.parts.back().source += " " + std::string(doc.text_of(after, k));
        after = k;
        body_read = true;
      }
    // (s24-people) "Giám đốc Agribank chi nhánh Bắc Ninh Trần Văn Hùng, Khối trưởng …", "Phó Giám đốc
    // Ngân hàng Nhà nước chi nhánh Khu vực 7 Lê Thị Mai": a body named by a brand or a branch, read on
    // into the holder's full name (and the offices after it), ends where the name starts; the offices
    // are read again up to it.
    // "… chi nhánh Khu vực 7 Lê Thị Mai": the small number closing the body's place before the name.
    if (!m.parts.empty() && m.parts.back().unit && m.parts.back().unit->last == after && doc.is_number(after) &&
        !doc.glued(after) && doc.key(after).size() <= 2 && doc.is_word(after - 1) &&
        lexicon::surnames().match(doc, after + 1) && name_end(doc, after + 1, end) - (after + 1) >= 3) {
      PositionPart& part = m.parts.back();
      part.text += " " + std::string(doc.text_of(after, after + 1));
      part.source += " " + std::string(doc.text_of(after, after + 1));
      part.unit->last = ++after;
    }
    if (!m.parts.empty() && !body_read && name_end(doc, after, end) == after)
      if (const int32_t k = name_inside_offices(a, i, after, end); k > i) {
        std::vector<PositionPart> parts;
        if (read_positions(a, i, k, parts) == k && !parts.empty()) {
          m.parts = std::move(parts);
          after = k;
          body_read = true;
        }
      }
    // "Thứ trưởng Trần Quốc Tỏ phát biểu …": a title that stands alone (not "Trưởng", which
    // needs its unit) right before a full name of three or more syllables opening with a surname.
    const bool bare_title = !body_read && m.parts.size() == 1 && !m.parts.back().unit && !(m.parts.back().flags & kNeedsOrg);
    if (m.parts.empty() || (!m.parts.back().unit && !bare_title && !body_read)) {
      i = std::max(i, after - 1);
      continue;
    }
    const int32_t name_last = name_end(doc, after, end);
    const bool known = after < doc.size() && a.name_starts[static_cast<size_t>(after)];
    // (s23-people) After an office the country has one holder of ("Chủ tịch nước Tô Lâm"), a name of
    // two syllables opening with a surname is a person too.
    const bool national = bare_title && (m.parts.back().flags & kNational);
    const bool full_name = lexicon::surnames().match(doc, after) && (!bare_title || name_last - after >= (national ? 2 : 3));
    if (name_last > after && (known || full_name)) {
      m.name_first = after;
      m.name_last = name_last;
      int32_t person_last = name_last;
      // "Chủ tịch UBND tỉnh Nguyễn Văn An, Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh chủ trì …",
      // "Thủ tướng Chính phủ Phạm Minh Chính - Chủ tịch Hội đồng …": more offices after the name.
      // Not when a name follows them: "…, Giám đốc Sở Tư pháp Trần Văn B" is the next person.
      if (doc.is_punct(name_last, ",") || doc.is_punct(name_last, "-")) {
        std::vector<PositionPart> more;
        const int32_t more_last = read_positions(a, name_last + 1, end, more);
        const bool next_person = more_last < end && doc.is_word(more_last) && doc.tokens[more_last].capitalised &&
                                 (a.name_starts[static_cast<size_t>(more_last)] || lexicon::surnames().match(doc, more_last));
        if (!more.empty() && !next_person) {
          for (PositionPart& part : more) m.parts.push_back(std::move(part));
          person_last = more_last;
        }
      }
      mark(a.in_person, i, person_last);
      a.name_starts[static_cast<size_t>(after)] = true;
      raw.push_back(std::move(m));
      i = person_last - 1;
    } else {
      i = std::max(i, after - 1);
    }
  }
  // Signature block of a formal text: "GIÁM ĐỐC" over "Thiếu tướng Nguyễn Hữu Hợp".
  if (title.formal) {
    for (RawMention& m : raw) {
      if (!m.parts.empty()) continue;
      const int32_t line = doc.tokens[m.name_first].line;
      for (int32_t li = line - 1; li >= 0 && line - li <= 3; --li) {
        const Line& l = doc.lines[li];
        int32_t from = li == 0 ? 0 : doc.lines[li - 1].last;
        while (from < l.last && !lexicon::positions().match(doc, from, l.last)) ++from;  // "KT. GIÁM ĐỐC"
        const auto t = lexicon::positions().match(doc, from, l.last);
        if (!t || from + t.length != l.last || !doc.tokens[from].all_caps) continue;
        PositionPart part;
        part.flags = t.value();
        part.title_key = unit_key(t.display());
        part.text = std::string(t.display());
        part.source = std::string(doc.text_of(from, l.last));
        if (title.issuer) {
          part.text += " " + title.issuer->text;
          part.completed = title.issuer->text;  // the signer's unit is the header's
          part.unit = title.issuer;
        }
        m.parts.push_back(std::move(part));
        break;
      }
    }
  }
  std::stable_sort(raw.begin(), raw.end(), [](const RawMention& x, const RawMention& y) { return x.name_first < y.name_first; });
  std::vector<Person> people;
  std::unordered_map<std::string, size_t> by_key;
  for (const RawMention& m : raw) merge(people, by_key, doc, m);
  return people;
}

// "Về phía tỉnh A có …" opening the clause of token t, for a unit of that level: A.
std::optional<std::string> side_named(const Analysis& a, int32_t t, Level level) {
  const Document& doc = a.doc;
  static const std::vector<std::string> ve_phia = phrase_keys("về phía");
  const Sentence& s = doc.sentence_of(t);
  for (int32_t k = std::max(s.first, t - 60); k + 2 < t; ++k) {
    if (!doc.is_key(k, ve_phia[0]) || !doc.is_key(k + 1, ve_phia[1])) continue;
    const auto lv = lexicon::levels().match(doc, k + 2, t);
    if (!lv || static_cast<Level>(lv.value()) != level) return std::nullopt;
    std::string name;
    const int32_t n = place_name_end(doc, k + 2 + lv.length, t, false, a.unit_options(), &name);
    if (n == k + 2 + lv.length || name.empty()) return std::nullopt;
    return name;
  }
  return std::nullopt;
}

void complete_positions(const Analysis& a, std::vector<Person>& people) {
  for (Person& p : people) {
    for (PositionPart& part : p.parts) {
      if (!part.unit || !part.unit->level || !part.unit->name.empty() || part.unit->list_prefix) continue;
      auto it = a.places.find(*part.unit->level);
      // "Về phía tỉnh Hòa Bình có đồng chí A, Chủ tịch UBND tỉnh; …": the sentence says which
      // place's side the people it names are on, whatever place the text is mostly about.
      const std::optional<std::string> side = side_named(a, part.unit->first, *part.unit->level);
      if (it == a.places.end() && !side) continue;
      const std::string place = side ? *side : it->second;
      // Only a position that ends with the bare level is completed ("… Công an tỉnh").
      const std::string& level = part.unit->level_text;
      auto ends_with = [](const std::string& s, std::string_view tail) {
        return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
      };
      // … or with an abbreviation holding the level ("Trưởng CAX").
      const std::string_view written = a.doc.text_of(part.unit->first, part.unit->last);
      const bool abbreviated = part.unit->last == part.unit->first + 1 && ends_with(part.source, written);
      // (s28-orgs2) … or with the level written short ("Phó Giám đốc Công an TP"): written out, then completed.
      const int32_t lt = part.unit->last - 1;
      const std::string_view short_level = a.doc.text_of(lt, lt + 1);
      if (lt > part.unit->first && a.doc.tokens[lt].all_caps && lexicon::short_levels().match(a.doc, lt, lt + 1) &&
          !ends_with(part.text, level) && ends_with(part.text, short_level) && level != short_level)
        part.text = part.text.substr(0, part.text.size() - short_level.size()) + level;
      if (!ends_with(part.text, level) && !(abbreviated && ends_with(part.text, written))) continue;
      part.text += " " + place;
      part.completed = place;
      part.unit->name = place;
      part.unit->text += " " + place;
    }
    // Two wordings of one position can become equal once completed.
    std::vector<PositionPart> unique;
    for (PositionPart& part : p.parts) {
      auto same = std::find_if(unique.begin(), unique.end(), [&](const PositionPart& q) { return same_office(q, part); });
      if (same == unique.end()) unique.push_back(std::move(part));
      else if (fuller_wording(part, *same)) *same = std::move(part);
    }
    p.parts = std::move(unique);
  }
}

// ---- groups ---------------------------------------------------------------------------------

namespace {

bool is_group(const UnitMention& u) {
  return (u.kind == UnitKind::kCluster || u.kind == UnitKind::kBlock) && !u.name.empty();
}

// "gồm: Cục An ninh đối ngoại, Cục An ninh chính trị nội bộ, Cục An ninh kinh tế và Cục An ninh
// điều tra đã …", "(gồm Trường Đại học CSND, Học viện ANND và Học viện Chính trị CAND)": three or
// more offices between commas, the last after "và", each opening with an office's head and named
// in full up to the comma (lower-case words too); the last ends where the clause's verb starts.
bool read_office_commas(const Analysis& a, int32_t p, int32_t end, std::vector<std::string>& members) {
  const Document& doc = a.doc;
  static const std::string va = word_key("và");
  auto office_at = [&](int32_t k) {
    const auto u = match_unit(doc, k, end, a.unit_options());
    return u && u->kind != UnitKind::kCluster && u->kind != UnitKind::kBlock && u->kind != UnitKind::kPolice &&
           u->kind != UnitKind::kMinistry && !u->list_prefix;
  };
  std::vector<std::pair<int32_t, int32_t>> items;
  int32_t from = p;
  bool closed = false;
  for (int32_t k = p; k < end && !closed; ++k) {
    if (k - from > 20) return false;
    // "Sở Tài nguyên và Môi trường": an office's own "và" and commas do not end the item.
    if (k == from) {
      if (const auto u = match_unit(doc, k, end, a.unit_options()); u && u->kind == UnitKind::kOffice && u->last > k + 1)
        k = u->last - 1;
      continue;
    }
    if (doc.is_punct(k, ",")) {
      items.emplace_back(from, k);
      from = k + 1;
    } else if (doc.is_key(k, va) && k > from && office_at(k + 1)) {
      items.emplace_back(from, k);
      from = k + 1;
      // The last office: up to the clause's verb ("tổ chức" in lower case: "Cục Tổ chức cán bộ
      // tổ chức …"), a bracket or a stop.
      int32_t e = from;
      while (e < end && e - from < 16 && doc.is_word(e) &&
             (doc.tokens[e].capitalised || (!lexicon::predicates().match(doc, e, end) &&
                                             !lexicon::event_triggers().match(doc, e, end))))
        ++e;
      // "… và Ban Quản lý dự án đầu tư xây dựng các công trình giao thông.": words up to the
      // sentence's stop, with no event named, are all the last office's name.
      if (e < end && doc.is_word(e)) {
        int32_t stop = e;
        while (stop < end && stop - from < 20 && doc.is_word(stop) && !lexicon::event_triggers().match(doc, stop, end)) ++stop;
        if (stop - from < 20 && (stop == end || doc.is_punct(stop, "."))) e = stop;
      }
      items.emplace_back(from, e);
      closed = true;
    } else if (doc.is_punct(k, ";") || doc.is_punct(k, ".") || doc.is_punct(k, ")")) {
      // "gồm: Phòng A, Phòng B, Phòng C và công tác D, Phòng E.": a list without "và" before its
      // last office ends with the sentence; its last item runs up to the stop.
      if (!doc.is_punct(k, ".") || items.size() < 2) return false;
      items.emplace_back(from, k);
      closed = true;
    }
  }
  if (!closed && items.size() >= 2 && from < end && end - from <= 20) {
    items.emplace_back(from, end);
    closed = true;
  }
  if (!closed || items.size() < 3) return false;
  std::vector<std::string> out;
  for (auto [first, last] : items) {
    if (first >= last || !office_at(first)) return false;
    out.push_back(clean(doc.text_of(first, last)));
  }
  members.insert(members.end(), out.begin(), out.end());
  return true;
}

// "gồm: Viện A (đơn vị Cụm trưởng); Cục B; Cục C về D": three or more units between
// semicolons, each named in full up to the semicolon (an office's name may hold lower-case words,
// "về" and commas), without a bracketed remark. False, and nothing added, when [p, end) is not
// such a list.
bool read_office_list(const Analysis& a, int32_t p, int32_t end, std::vector<std::string>& members) {
  const Document& doc = a.doc;
  static const std::string va = word_key("và");
  std::vector<std::pair<int32_t, int32_t>> items;
  int32_t from = p;
  for (int32_t k = p; k <= end; ++k) {
    if (k < end && !doc.is_punct(k, ";") && !doc.is_punct(k, ".")) continue;
    items.emplace_back(from, k);
    from = k + 1;
    if (k == end || doc.is_punct(k, ".")) break;
  }
  if (items.size() < 3) return read_office_commas(a, p, end, members);
  std::vector<std::string> out;
  for (auto [first, last] : items) {
    if (doc.is_key(first, va)) ++first;
    int32_t stop = first;
    while (stop < last && !doc.is_punct(stop, "(")) ++stop;
    const auto u = match_unit(doc, first, stop, a.unit_options());
    if (!u || u->kind == UnitKind::kCluster || u->kind == UnitKind::kBlock || u->list_prefix) return false;
    out.push_back(clean(doc.text_of(first, stop)));
  }
  members.insert(members.end(), out.begin(), out.end());
  return true;
}

// A unit of the ministry written as its code at token k ("T29", "PA05": one to three capitals
// and a number, one token or two glued): the token after it, or k when there is none.
int32_t unit_code_end(const Document& doc, int32_t k) {
  if (!doc.is_word(k)) return k;
  const std::string_view w = doc.text_of(k, k + 1);
  size_t letters = 0;
  while (letters < w.size() && w[letters] >= 'A' && w[letters] <= 'Z') ++letters;
  if (letters == 0 || letters > 3) return k;
  size_t digits = letters;
  while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
  // (s26) … and a unit's letter glued after its number ("PC81B", "T29A").
  auto letter_after = [&](int32_t e) {
    return e < doc.size() && doc.glued(e) && doc.is_word(e) && doc.tokens[e].capitalised && doc.text_of(e, e + 1).size() == 1 ? e + 1 : e;
  };
  if (digits == w.size() && digits > letters) return letter_after(k + 1);  // one token
  if (digits == letters && letters == w.size() && doc.is_number(k + 1) && doc.glued(k + 1)) return letter_after(k + 2);
  return k;
}

// "gồm các đơn vị PA01, PA02, PA03 và PX01": three or more codes joined by commas, semicolons and
// "và", up to the clause's end. Empty when [p, end) is not such a list.
std::vector<std::string> read_codes(const Document& doc, int32_t p, int32_t end) {
  static const std::string va = word_key("và");
  std::vector<std::string> codes;
  while (p < end) {
    const int32_t e = unit_code_end(doc, p);
    if (e == p) break;
    codes.emplace_back(doc.text_of(p, e));
    p = e;
    if (doc.is_punct(p, ",") || doc.is_punct(p, ";")) ++p;
    if (doc.is_key(p, va)) ++p;
  }
  if (codes.size() < 3) codes.clear();
  return codes;
}

// "09 Sở, ngành … gồm: Giáo dục và Đào tạo, Văn hóa, Thể thao và Du lịch, Y tế, Đài Phát thanh và
// Truyền hình tỉnh và Trường Đại học X": departments named by their field alone after "Sở" written
// once before the list ("Sở Giáo dục và Đào tạo"), the other bodies of the list as written. An
// item runs up to a comma, or to "và" before another field or unit. Empty when [p, end) is not
// such a list of three or more.
std::vector<std::string> read_fields(const Analysis& a, int32_t p, int32_t end) {
  const Document& doc = a.doc;
  static const std::string so = word_key("sở"), va = word_key("và");
  const Sentence& s = doc.sentence_of(p);
  // (s28-members2) … or "các sở" written where the list opens, after a colon or not ("gồm: các sở Nội vụ, …").
  const int32_t q = doc.is_punct(p, ":") ? p + 1 : p;
  const bool plural_here = doc.is_key(q, word_key("các")) && doc.is_key(q + 1, so) && !doc.tokens[q + 1].capitalised;
  bool departments = plural_here;
  for (int32_t k = p - 1; k >= s.first && k >= p - 20 && !departments; --k) departments = doc.is_key(k, so);
  if (!departments) return {};
  if (plural_here) p = q + 2;  // "gồm các sở: …"
  if (doc.is_punct(p, ":")) ++p;
  auto starts_item = [&](int32_t k) {
    if (lexicon::administrative_fields().match(doc, k, end)) return true;
    const auto u = match_unit(doc, k, end, a.unit_options());
    // (s28-members2) … or a body's head written capitalised ("… và Thanh tra tỉnh").
    return (u && u->kind != UnitKind::kCluster && u->kind != UnitKind::kBlock) ||
           (doc.is_word(k) && doc.tokens[k].capitalised && lexicon::body_heads().match(doc, k, end));
  };
  std::vector<std::string> out;
  int fields = 0;
  while (p < end && doc.is_word(p) && doc.tokens[p].capitalised) {
    if (const auto f = lexicon::administrative_fields().match(doc, p, end)) {
      out.push_back("Sở " + std::string(doc.text_of(p, p + f.length)));
      p += f.length;
      ++fields;
    } else if (const auto u = match_unit(doc, p, end, a.unit_options()); u && u->first == p && u->last > p + 2 &&
                                                                          u->kind == UnitKind::kOffice) {
      // (s28-members2) A body the gazetteer reads whole, its own "và" inside ("Văn phòng Đoàn Đại biểu Quốc hội
      // và Hội đồng nhân dân tỉnh").
      out.push_back(clean(doc.text_of(p, u->last)));
      p = u->last;
    } else {
      int32_t k = p + 1;
      while (k < end && k - p < 10 && doc.is_word(k) && !(doc.is_key(k, va) && starts_item(k + 1))) ++k;
      out.push_back(clean(doc.text_of(p, k)));
      p = k;
    }
    if (doc.is_punct(p, ",") || doc.is_punct(p, ";")) ++p;  // "gồm các sở: Tư pháp; Nội vụ; …"
    else if (doc.is_key(p, va)) ++p;
    else break;
  }
  if (out.size() < 3 || fields < 2) return {};
  return out;
}

// Members after "gồm": "Công an 5 tỉnh Hưng Yên, Thái Bình, Hà Nam, Nam Định và Hải Dương",
// "Công an các xã A, B và Công an thị trấn C".
// `shared` is the level the group's own name lists ("Khối thi đua các huyện trung du - miền núi,
// gồm: Đông Giang, Tây Giang…"): the names after "gồm" are then that level's police.
bool names_police(const Document& doc);

// (s15-plan-a) The level, among `levels`, the text writes `name` with somewhere ("thị xã Bình
// Long"); "" when it writes none of them before the name.
std::string level_named_with(const Analysis& a, const std::string& name,
                             const std::vector<std::pair<Level, std::string>>& levels) {
  const Document& doc = a.doc;
  const std::string key = unit_key(name);
  for (int32_t k = 0; k + 1 < doc.size(); ++k) {
    const auto lv = lexicon::levels().match(doc, k, doc.size());
    if (!lv || !doc.is_word(k)) continue;
    const auto level = static_cast<Level>(lv.value());
    const auto listed = std::find_if(levels.begin(), levels.end(), [&](const auto& l) { return l.first == level; });
    if (listed == levels.end()) continue;
    std::string found;
    place_name_end(doc, k + lv.length, doc.size(), level == Level::kProvince, a.unit_options(), &found);
    if (!found.empty() && unit_key(found) == key) return listed->second;
  }
  return "";
}

std::vector<std::string> read_members(const Analysis& a, int32_t p, int32_t end,
                                      std::optional<std::pair<Level, std::string>> shared = std::nullopt) {
  const Document& doc = a.doc;
  static const std::string co = word_key("có"), va = word_key("và");
  if (doc.is_key(p, co)) ++p;
  const int32_t start = p;
  if (doc.is_number(p) && doc.is_word(p + 1) && !doc.tokens[p + 1].capitalised &&
      !lexicon::levels().match(doc, p + 1, end)) {  // "6 đơn vị:" (but "4 tỉnh:" is read below)
    p += 2;
    // (s16-plan-a) "gồm 4 đơn vị là thành phố A và các huyện B, C": the copula opens the list.
    static const std::string la_list = word_key("là");
    while (p < end && doc.is_word(p) && !doc.tokens[p].capitalised && !doc.is_key(p, la_list)) ++p;
    if (doc.is_key(p, la_list)) ++p;
    // (s16-plan-a) "9 đơn vị thuộc lực lượng PCCC ở các tỉnh: A, B", "4 đơn vị Cảnh sát PCCC tại các
    // tỉnh A, B": units named by the places they are in, the bodies not named with them, are those
    // places with their level (the Conventions' members by places), whatever force they belong to.
    static const std::string o = word_key("ở"), tai = word_key("tại"), cac_at = word_key("các");
    for (int32_t k = start; k < end && k - start <= 12; ++k) {
      if (doc.is_punct(k, ".") || doc.is_punct(k, ";") || doc.is_punct(k, ":")) break;
      if (!(doc.is_key(k, o) || doc.is_key(k, tai)) || !doc.is_key(k + 1, cac_at)) continue;
      const auto lv = lexicon::levels().match(doc, k + 2, end);
      if (!lv || doc.tokens[k + 2].capitalised) break;
      const std::pair<Level, std::string> level{static_cast<Level>(lv.value()), lower_case(doc.text_of(k + 2, k + 2 + lv.length))};
      int32_t names = k + 2 + lv.length;
      if (doc.is_punct(names, ":")) ++names;
      std::vector<std::string> places = read_members(a, names, end, level);
      static const std::string police = "Công an ";
      static const std::string tinh_prefix = "tỉnh ";
      for (std::string& m : places) {
        if (m.rfind(police, 0) == 0) m = m.substr(police.size());
        // "các tỉnh: Nghệ An, Hà Nội": a centrally-run city among the provinces is "thành phố Hà Nội".
        if (m.rfind(tinh_prefix, 0) == 0) {
          const Document d = analyse_fragment(m.substr(tinh_prefix.size()));
          if (const auto pv = lexicon::provinces().match(d, 0, d.size()); pv && pv.value() == 1 && pv.length == d.size())
            m = "thành phố " + m.substr(tinh_prefix.size());
        }
      }
      if (places.size() >= 2) return places;
      break;
    }
  }
  // "gồm các đơn vị Công an Quận 1, 3…", "gồm các đơn vị: …": the word for the members, not one.
  static const std::string cac_dv = word_key("các"), don_dv = word_key("đơn"), vi_dv = word_key("vị");
  if (doc.is_key(p, cac_dv) && doc.is_key(p + 1, don_dv) && doc.is_key(p + 2, vi_dv)) p += 3;
  // "gồm các phòng: PA01, PA02, …": the kind of office the codes are.
  static const std::string phong = word_key("phòng");
  if (doc.is_key(p, cac_dv) && doc.is_key(p + 1, phong) && !doc.tokens[p + 1].capitalised) p += 2;
  if (doc.is_punct(p, ":")) ++p;
  // "Cụm gồm:" closing its line: one unit a line after it (extract_groups.cpp).
  if (p >= end && doc.is_punct(p - 1, ":"))
    if (auto lines = read_line_list(a, p - 1)) return lines->members;
  // "(gồm TP. Pleiku và các huyện: A, B, C)": one place named with its level, then the places of
  // another level listed; the first is a member as written, with its level in full.
  static const std::string va_first = word_key("và"), cac_first = word_key("các");
  if (!shared) {
    if (const auto lv = lexicon::levels().match(doc, p, end)) {
      int32_t n = p + lv.length;
      if (doc.is_punct(n, ".")) ++n;  // "TP. Pleiku"
      std::string name;
      const int32_t e = place_name_end(doc, n, end, false, a.unit_options(), &name);
      if (e > n && doc.is_key(e, va_first) && doc.is_key(e + 1, cac_first) && lexicon::levels().match(doc, e + 2, end)) {
        std::vector<std::string> rest = read_members(a, e + 1, end, std::nullopt);
        if (rest.size() >= 2) {
          // In a text about the police the place stands for its police, as the list's members do.
          const bool police = rest.front().rfind("Công an ", 0) == 0 && names_police(doc);
          rest.insert(rest.begin(), (police ? "Công an " : "") + std::string(lv.display()) + " " + name);
          return rest;
        }
      }
    }
  }
  std::vector<std::string> members = read_codes(doc, p, end);
  if (!members.empty()) return members;
  members = read_fields(a, p, end);
  if (!members.empty()) return members;
  if (read_office_list(a, p, end, members)) return members;
  std::string head, level_text;
  std::optional<Level> level;
  if (shared) {
    // (s25-heads) "Cụm thi đua Thanh tra các tỉnh Tây Nguyên gồm: A, B": the body's head written before
    // the level, not the police.
    head = head_of_places(a, p).value_or("Công an");
    level = shared->first;
    level_text = shared->second;
  }
  // "Cụm thi đua số 6 gồm các tỉnh Gia Lai, Kon Tum…": a cluster's members are the provinces'
  // police even when the writer names only the provinces.
  static const std::string cac = word_key("các");
  // "8 tỉnh, thành: Hà Nội, Hải Phòng, …", "các tỉnh, thành phố: …": provinces and centrally-run
  // cities, each named alone (read below as a province or a city).
  static const std::string tinh = word_key("tỉnh"), thanh = word_key("thành"), pho = word_key("phố");
  if ((doc.is_key(p, cac) || doc.is_number(p)) && doc.is_key(p + 1, tinh) && doc.is_punct(p + 2, ",") &&
      doc.is_key(p + 3, thanh) && head.empty()) {
    int32_t k = p + 4;
    if (doc.is_key(k, pho)) ++k;
    // (s28-members2) "10 tỉnh, thành phố khu vực Đồng bằng sông Hồng: A, B": the region's words between the
    // levels and the colon, no verb among them.
    for (int32_t c = k; c < end && c - k <= 8 && !doc.is_punct(k, ":"); ++c) {
      if (doc.is_punct(c, ":")) {
        if (c > k && lexicon::provinces().match(doc, c + 1, end)) k = c;
        break;
      }
      if (!doc.is_word(c) || lexicon::predicates().match(doc, c, end)) break;
    }
    if (doc.is_punct(k, ":")) ++k;
    if (lexicon::provinces().match(doc, k, end)) p = k;
  }
  if (doc.is_key(p, cac) || (doc.is_number(p) && !doc.is_key(p + 1, cac))) {
    if (const auto lv = lexicon::levels().match(doc, p + 1, end); lv && !match_unit(doc, p, end, a.unit_options())) {
      head = "Công an";
      level = static_cast<Level>(lv.value());
      level_text = lower_case(doc.text_of(p + 1, p + 1 + lv.length));
      p += 1 + lv.length;
      // "5 huyện, thị xã: A, B, …": the first level is the bare names'; a name of another level
      // is written with it ("… và thị xã D").
      while (doc.is_punct(p, ",") && doc.is_word(p + 1) && !doc.tokens[p + 1].capitalised)
        if (const auto more = lexicon::levels().match(doc, p + 1, end)) p += 1 + more.length;
        else break;
      if (doc.is_punct(p, ":")) ++p;
      // (s21-lists) "gồm các xã (Quang Trung, Thạch Lập, Mỹ Tân)": the names in a bracket after the
      // level; the list ends at its ")".
      else if (doc.is_punct(p, "(") && doc.is_word(p + 1) && doc.tokens[p + 1].capitalised &&
               !lexicon::levels().match(doc, p + 1, end) && !lexicon::unit_heads().match(doc, p + 1, end))
        ++p;
    }
  } else if (const auto lv = lexicon::levels().match(doc, p, end);
             lv && head.empty() && doc.is_word(p) && !doc.tokens[p].capitalised &&
             doc.is_word(p + lv.length) && doc.tokens[p + lv.length].capitalised) {
    // "gồm: tỉnh Lai Châu, Điện Biên, Cao Bằng": the level written once, before the first name.
    head = "Công an";
    level = static_cast<Level>(lv.value());
    level_text = lower_case(doc.text_of(p, p + lv.length));
    p += lv.length;
  }
  // (s15-plan-a) "6 VKSND các huyện, thị xã, thành phố: A, B", "5 Hội CCB các xã: A, B": a count
  // before a body's head shared by the places listed after it.
  if (doc.is_number(p) && !doc.glued(p + 1) && doc.is_word(p + 1) && doc.tokens[p + 1].capitalised)
    if (const auto u = match_unit(doc, p + 1, end, a.unit_options()); u && u->list_prefix && u->name.empty()) ++p;
  // The levels a list of bare names is written under ("các huyện, thị xã, thành phố: A, B"): each
  // name takes the one the text writes it with elsewhere, the first when it writes none.
  std::vector<std::pair<Level, std::string>> listed_levels;
  auto note_levels = [&](int32_t from, int32_t to) {
    listed_levels.clear();
    for (int32_t k = from; k < to; ++k)
      if (const auto lv = lexicon::levels().match(doc, k, to); lv && doc.is_word(k) && !doc.tokens[k].capitalised) {
        listed_levels.emplace_back(static_cast<Level>(lv.value()), lower_case(doc.text_of(k, k + lv.length)));
        k += lv.length - 1;
      }
  };
  if (level) note_levels(start, p);
  static const std::string don = word_key("đơn"), vi = word_key("vị"), la = word_key("là");
  std::optional<std::string> places_head;
  while (p < end) {
    // "… và đơn vị cụm trưởng Công an tỉnh D": the member's role before its name.
    if (doc.is_key(p, don) && doc.is_key(p + 1, vi)) {
      int32_t k = p + 2;
      if (const auto role = lexicon::positions().match(doc, k, end); role && (role.value() & (kGroupLeader | kGroupDeputy))) k += role.length;
      if (k > p + 2 && match_unit(doc, k, end, a.unit_options())) p = k;
    }
    if (auto u = match_unit(doc, p, end, a.unit_options())) {
      if (u->kind == UnitKind::kCluster || u->kind == UnitKind::kBlock) break;
      head = u->head;
      level = u->level;
      level_text = u->level_text;
      if (!u->name.empty() || !u->level) members.push_back(u->list_prefix ? head + " " + level_text + " " + u->name : u->text);
      p = u->last;
      // (s16-plan-a) "Công an 4 tỉnh (A, B, C, D)": the names in a bracket right after the counted
      // head; the list ends at its ")".
      if (u->list_prefix && u->name.empty() && doc.is_punct(p, "(") && doc.is_word(p + 1) && doc.tokens[p + 1].capitalised &&
          !lexicon::levels().match(doc, p + 1, end) && !lexicon::unit_heads().match(doc, p + 1, end)) {
        ++p;
        continue;
      }
      // "Công an 06 tỉnh khu vực Bắc Trung Bộ, là Nghệ An, …": a description of the list before "là".
      if (u->list_prefix && u->name.empty()) {
        for (int32_t k = p; k < end && k - p < 10; ++k) {
          // "Công an 5 tỉnh trong Cụm là Quảng Nam, …": "là" after the description too.
          if (doc.is_punct(k, ":") || (doc.is_key(k, la) && (doc.is_punct(k - 1, ",") || k > p + 1))) {
            note_levels(u->first, k);
            p = k;  // read as the separator below
            break;
          }
          if (doc.is_punct(k, ";") || doc.is_punct(k, ".") || match_unit(doc, k, end, a.unit_options())) break;
        }
      }
    } else if (const auto lv = lexicon::levels().match(doc, p, end); lv && !head.empty() && doc.is_word(p)) {
      // An item with its own level under the shared head: "Công an 5 thành phố: Hà Nội, TP.HCM,
      // …", "Công an Quận 1, 3, Huyện Bình Chánh", "Công an Quận 1, Quận 3 và thành phố Thủ Đức".
      int32_t k = p + lv.length;
      if (doc.is_punct(k, ".") && doc.glued(k)) ++k;
      std::string name;
      const int32_t n = place_name_end(doc, k, end, false, a.unit_options(), &name);
      if (n == k) break;
      // "TP.HCM": an abbreviated place is written out with its level.
      const bool written_out = name != doc.text_of(k, n);
      members.push_back(head + " " +
                        (written_out ? std::string(level_word(static_cast<Level>(lv.value()))) + " " + name
                                     : std::string(doc.text_of(p, n))));
      // (s26) "VKSND thành phố, huyện Cao Lộc, Văn Lãng, Chi Lăng": the names after it are of its level.
      // The level as the gazetteer writes it ("TP." before "Huế" is "thành phố" for the names after it).
      if (level && !written_out) {
        level = static_cast<Level>(lv.value());
        level_text = std::string(level_word(*level));
        listed_levels.clear();
      }
      p = n;
    } else if (level && !head.empty() && doc.is_key(p, cac) && lexicon::levels().match(doc, p + 1, end) &&
               !doc.tokens[p + 1].capitalised) {
      // (s15-plan-a) "VKSND thành phố A và các huyện B, C": the head written once, the places of
      // another level after "các".
      const auto lv = lexicon::levels().match(doc, p + 1, end);
      level = static_cast<Level>(lv.value());
      level_text = lower_case(doc.text_of(p + 1, p + 1 + lv.length));
      note_levels(p, p + 1 + lv.length);
      p += 1 + lv.length;
      if (doc.is_punct(p, ":")) ++p;
      continue;
    } else if (level && !head.empty()) {
      std::string name;
      const int32_t n = place_name_end(doc, p, end, *level == Level::kProvince, a.unit_options(), &name);
      if (n == p) break;
      std::string written_level = level_text;
      if (listed_levels.size() > 1) {
        const std::string own = level_named_with(a, name, listed_levels);
        if (!own.empty()) written_level = own;
      }
      members.push_back(head + " " + written_level + " " + name);
      p = n;
    } else if (const auto province = lexicon::provinces().match(doc, p, end); province && head.empty() && doc.tokens[p].capitalised) {
      // "Cụm thi đua số 4 (gồm Phú Thọ, Yên Bái, …)": a group of provinces' police named by the
      // provinces alone; each is its police, a city's for the centrally-run cities.
      // (s25-heads) … unless a body's head is written before the level the places are listed under
      // ("Thanh tra các tỉnh Duyên hải Miền Trung gồm: A, B"): each place's body ("Thanh tra tỉnh A").
      if (members.empty()) places_head = head_of_places(a, p);
      std::string name;
      const int32_t n = place_name_end(doc, p, end, true, a.unit_options(), &name);
      members.push_back((places_head ? *places_head + " " : std::string("Công an ")) +
                        (province.value() == 1 ? "thành phố " : "tỉnh ") + name);
      p = n;
    } else if (const auto city = lexicon::levels().match(doc, p, end);
               city && head.empty() && !members.empty() && static_cast<Level>(city.value()) == Level::kCity &&
               lexicon::provinces().match(doc, p + city.length + (doc.is_punct(p + city.length, ".") ? 1 : 0), end)) {
      // "gồm: Hà Nội, TP Hồ Chí Minh, Cần Thơ": a centrally-run city with its level among provinces.
      const int32_t k = p + city.length + (doc.is_punct(p + city.length, ".") ? 1 : 0);
      std::string name;
      const int32_t n = place_name_end(doc, k, end, true, a.unit_options(), &name);
      members.push_back((places_head ? *places_head + " " : std::string("Công an ")) + "thành phố " + name);
      p = n;
    } else {
      break;
    }
    if (doc.is_punct(p, "(")) {  // "Cà Mau (đơn vị Cụm trưởng), Bạc Liêu…": a remark on the member
      int32_t close = p + 1;
      while (close < end && close - p < 12 && !doc.is_punct(close, ")")) ++close;
      if (close < end && doc.is_punct(close, ")")) p = close + 1;
    }
    if (doc.is_punct(p, ",") && doc.is_key(p + 1, la)) ++p;  // "…, là A, B"
    // (s22-lists) "… Bá Thước và Lang Chánh; UBND huyện Quan Hóa là Cụm trưởng": after a semicolon, a
    // unit given a group's role by "là"/"làm" is a clause of its own, not the list's next item.
    if (doc.is_punct(p, ";"))
      if (const auto next = match_unit(doc, p + 1, end, a.unit_options())) {
        static const std::string lam = word_key("làm");
        const int32_t k = next->last + 1;
        const auto role = (doc.is_key(next->last, la) || doc.is_key(next->last, lam)) ? lexicon::positions().match(doc, k, end)
                                                                                       : PhraseTable::Match{};
        if (role && (role.value() & (kGroupLeader | kGroupDeputy))) break;
      }
    const bool separated = doc.is_punct(p, ",") || doc.is_punct(p, ";") || doc.is_punct(p, ":") || doc.is_key(p, la);
    if (separated) ++p;
    if (doc.is_key(p, va)) ++p;
    else if (!separated) break;
  }
  return members;
}

// The text names the police somewhere ("Công an", "CAND", "CA tỉnh").
bool names_police(const Document& doc) {
  static const std::vector<std::string> cong_an = phrase_keys("công an");
  static const std::string cand = word_key("cand"), ca = word_key("ca");
  for (int32_t k = 0; k < doc.size(); ++k) {
    if (doc.is_key(k, cong_an[0]) && doc.is_key(k + 1, cong_an[1])) return true;
    if ((doc.is_key(k, cand) || doc.is_key(k, ca)) && doc.is_word(k) && doc.tokens[k].all_caps) return true;
  }
  return false;
}

// The unit of a clause that takes the role word at token `role`: "Công an tỉnh Thái Bình
// (Cụm phó)", "Công an xã Tân Chi … làm Khối trưởng", "Khối phó là Công an xã Lạc Vệ".
struct RoleUnit {
  std::string full, written;  // "Công an tỉnh Quảng Trị"; as written ("Công an tỉnh" when completed)
};
std::optional<RoleUnit> unit_for_role(const Analysis& a, int32_t role, int32_t role_len) {
  const Document& doc = a.doc;
  static const std::string la = word_key("là"), lam = word_key("làm"), don = word_key("đơn"), vi = word_key("vị"),
                           va = word_key("và"), do_ = word_key("do");
  const Sentence& s = doc.sentence_of(role);
  static const std::string vai = word_key("vai"), tro = word_key("trò"), giu = word_key("giữ"), dam = word_key("đảm"),
                           nhiem = word_key("nhiệm"), nhan = word_key("nhận"), dai = word_key("đại"), dien = word_key("diện");
  // "đơn vị trưởng khối (Công an huyện X)", "Khối trưởng (Công an xã Y)": the unit in brackets after.
  if (doc.is_punct(role + role_len, "(")) {
    if (auto u = match_unit(doc, role + role_len + 1, s.last, a.unit_options()); u && !is_group(*u) && doc.is_punct(u->last, ")"))
      return RoleUnit{a.complete(*u), u->text};
  }
  const bool unit_word = doc.is_key(role - 2, don) && doc.is_key(role - 1, vi);
  const int32_t q = unit_word ? role - 2 : role;  // the role with its "đơn vị"
  // "… đơn vị cụm trưởng Công an tỉnh X": the unit right after the role of a unit.
  if (unit_word) {
    if (auto u = match_unit(doc, role + role_len, s.last, a.unit_options()); u && !is_group(*u) && !u->list_prefix)
      return RoleUnit{a.complete(*u), u->text};
  }
  // "Giám đốc Công an tỉnh X (đơn vị Cụm trưởng)".
  if (unit_word && doc.is_punct(q - 1, "(")) {
    for (const UnitMention& u : find_units(doc, std::max(s.first, q - 14), q - 1, a.unit_options()))
      if (u.last == q - 1 && !is_group(u)) return RoleUnit{a.complete(u), u.text};
  }
  // "X giữ vai trò Cụm trưởng", "X đảm nhiệm (đơn vị) Khối trưởng", "X đại diện đơn vị Cụm trưởng".
  int32_t verb = -1;
  if (doc.is_key(q - 1, tro) && doc.is_key(q - 2, vai)) verb = doc.is_key(q - 3, giu) ? q - 3 : q - 2;
  else if ((doc.is_key(q - 1, nhiem) || doc.is_key(q - 1, nhan)) && doc.is_key(q - 2, dam)) verb = q - 2;
  else if (unit_word && doc.is_key(q - 1, dien) && doc.is_key(q - 2, dai)) verb = q - 2;
  // (s28-members) "X đảm nhận cương vị Khối trưởng", "X đảm nhiệm vị trí Cụm phó", "X giữ chức danh Cụm
  // trưởng": a noun of the office between the verb of taking it and the role.
  else if (const auto noun = lexicon::role_nouns().match_ending(doc, q, std::max(s.first, q - 3)); noun) {
    const int32_t n0 = q - noun.length;
    if ((doc.is_key(n0 - 1, nhiem) || doc.is_key(n0 - 1, nhan)) && doc.is_key(n0 - 2, dam)) verb = n0 - 2;
    else if (doc.is_key(n0 - 1, giu)) verb = n0 - 1;
  }
  if (verb > s.first) {
    int32_t from = verb;
    while (from > s.first && !doc.is_punct(from - 1, ";") && !doc.is_punct(from - 1, ".")) --from;
    std::optional<UnitMention> first, last;
    for (const UnitMention& u : find_units(doc, from, verb, a.unit_options())) {
      if (is_group(u) || u.list_prefix) continue;
      if (!first) first = u;
      last = u;
    }
    if (!last) return std::nullopt;
    // "Ban Thanh niên, Phụ nữ, Công đoàn Công an tỉnh X giữ vai trò Cụm trưởng": one unit whose
    // name lists several offices, when only capitalised words and commas lie between.
    bool one_name = last->last == verb && first->first != last->first;
    // An office's name may end in lower-case syllables ("Phụ nữ", "Công đoàn").
    for (int32_t k = first->last; one_name && k < last->first; ++k)
      one_name = doc.is_punct(k, ",") ||
                 (doc.is_word(k) && (doc.tokens[k].capitalised ||
                                     (doc.is_word(k - 1) && doc.tokens[k - 1].capitalised && !lexicon::predicates().match(doc, k, last->first))));
    if (one_name) {
      const std::string whole(doc.text_of(first->first, verb));
      return RoleUnit{whole, whole};
    }
    return RoleUnit{a.complete(*last), last->text};
  }
  int32_t clause = role;
  while (clause > s.first && !doc.is_punct(clause - 1, ",") && !doc.is_punct(clause - 1, ";") &&
         !doc.is_key(clause - 1, va) && !doc.is_key(clause - 1, do_)) {
    --clause;
  }
  // "… là đơn vị Cụm trưởng", "… làm đơn vị khối phó": the role of a unit.
  // "Bộ Công an phân công Công an tỉnh X là đơn vị cụm trưởng": the unit nearest the copula; one
  // named before it assigns the role.
  if (doc.is_key(role - 2, don) && doc.is_key(role - 1, vi) &&
      (doc.is_key(role - 3, la) || doc.is_key(role - 3, lam))) {
    static const std::string duoc = word_key("được"), boi = word_key("bởi");
    std::optional<RoleUnit> nearest;
    for (const UnitMention& u : find_units(doc, clause, role - 3, a.unit_options())) {
      // "X được Bộ Công an phân công là …": the agent of the passive assigns, X takes the role.
      if (doc.is_key(u.first - 1, duoc) || doc.is_key(u.first - 1, boi)) continue;
      if (!is_group(u) && !u.list_prefix) nearest = RoleUnit{a.complete(u), u.text};
    }
    if (nearest) return nearest;
  }
  auto unit_ending_at = [&](int32_t from, int32_t end) -> std::optional<RoleUnit> {
    for (const UnitMention& u : find_units(doc, from, end, a.unit_options()))
      if (u.last == end && !is_group(u)) return RoleUnit{a.complete(u), u.text};
    return std::nullopt;
  };
  if (doc.is_punct(role - 1, "(")) {
    if (auto r = unit_ending_at(std::max(s.first, role - 14), role - 1)) return r;
  }
  // (s28-members3) "…; Sở Tài nguyên và Môi trường Hải Phòng cụm trưởng cụm thi đua số 1 chủ trì Hội nghị": a
  // role in lower case right after a unit opening its clause, no mark between, is that unit's, as after a dash.
  if (!unit_word && doc.is_word(role) && !doc.tokens[role].capitalised)
    for (const UnitMention& u : find_units(doc, std::max(s.first, role - 15), role, a.unit_options()))
      if (u.last == role && !is_group(u) && !u.list_prefix &&
          (u.first == s.first || doc.is_punct(u.first - 1, ",") || doc.is_punct(u.first - 1, ";")))
        return RoleUnit{a.complete(u), u.text};
  // "Công an huyện X - đơn vị Khối trưởng": the unit before a dash names the one taking the role.
  if (doc.is_punct(q - 1, "-") || doc.is_punct(q - 1, "–")) {
    if (auto r = unit_ending_at(std::max(s.first, q - 15), q - 1)) return r;
  }
  // "…, đơn vị Cụm phó là Công an tỉnh Y": the unit after the copula, not the clause before; the
  // year of the role may come between ("Cụm trưởng năm 2023 là Công an tỉnh X").
  int32_t after = role + role_len;
  static const std::string nam = word_key("năm");
  static const std::string nay = word_key("nay"), nay2 = word_key("này");
  if (doc.is_key(after, nam) && (doc.is_number(after + 1) || doc.is_key(after + 1, nay) || doc.is_key(after + 1, nay2)) &&
      doc.is_key(after + 2, la))
    after += 2;  // "Cụm trưởng năm nay là …"
  // "cụm trưởng cụm số 1 là Mặt trận xã X": the group named between the role and the copula.
  if (const auto group = match_unit(doc, after, s.last, a.unit_options()); group && is_group(*group) && doc.is_key(group->last, la))
    after = group->last;
  // "Khối trưởng: Công an huyện X; Khối phó: …": the unit after a colon.
  if (doc.is_key(after, la) || doc.is_punct(after, ":")) {
    if (auto u = match_unit(doc, after + 1, s.last, a.unit_options()); u && !is_group(*u)) return RoleUnit{a.complete(*u), u->text};
  }
  // "Chủ tịch Ủy ban MTTQ phường A Nguyễn Văn B, cụm trưởng cụm số 1, phát biểu": the role after
  // a person's name is the role of the unit of the office written before the name; (s21-lists)
  // so is one in brackets after the name ("… Nguyễn Văn B (cụm trưởng cụm thi đua số 8) phát biểu").
  if ((doc.is_punct(q - 1, ",") || doc.is_punct(q - 1, "(")) && q - 2 > s.first && a.in_person[static_cast<size_t>(q - 2)]) {
    int32_t name = q - 2;
    while (name > s.first && !a.name_starts[static_cast<size_t>(name)] && a.in_person[static_cast<size_t>(name - 1)]) --name;
    if (a.name_starts[static_cast<size_t>(name)])
      for (const UnitMention& u : find_units(doc, std::max(s.first, name - 15), name, a.unit_options()))
        if (u.last == name && !is_group(u) && !u.list_prefix) return RoleUnit{a.complete(u), u.text};
  }
  // "Công an tỉnh X, Cụm trưởng Cụm thi đua số 3 và Công an tỉnh Y, Cụm phó chủ trì": a unit
  // named in full right before the comma (a person's office was read with the person).
  if (doc.is_punct(q - 1, ",")) {
    for (const UnitMention& u : find_units(doc, std::max(s.first, q - 15), q - 1, a.unit_options()))
      if (u.last == q - 1 && u.first >= s.first && !is_group(u) &&
          ((u.kind == UnitKind::kPolice && !u.name.empty()) || (u.kind == UnitKind::kOffice && !u.list_prefix)) &&
          (u.first == s.first || doc.is_punct(u.first - 1, ",") || doc.is_key(u.first - 1, va) || doc.is_key(u.first - 1, do_) ||
           !doc.is_word(u.first - 1) || lexicon::predicates().match(doc, u.first - 1, u.last)))
        return RoleUnit{a.complete(u), u.text};
  }
  if (doc.is_key(role - 2, don) && doc.is_key(role - 1, vi) && doc.is_punct(role - 3, ",")) {
    int32_t from = role - 3;
    while (from > s.first && !doc.is_punct(from - 1, ",") && !doc.is_punct(from - 1, ";")) --from;
    return unit_ending_at(from, role - 3);
  }
  if (doc.is_key(role - 1, la) || doc.is_key(role - 1, lam)) {
    // (s21-lists) "Hội Nông dân tỉnh phân công Hội Nông dân huyện A làm Cụm trưởng": the unit
    // named right after a verb of assigning, up to the copula, takes the role; the one before the
    // verb assigns it.
    static const std::vector<std::vector<std::string>> assigning = {phrase_keys("phân công"), phrase_keys("giao cho"),
                                                                    phrase_keys("chọn"), phrase_keys("cử")};
    for (int32_t k = clause + 1; k < role - 2; ++k)
      for (const std::vector<std::string>& verb : assigning) {
        const auto n = static_cast<int32_t>(verb.size());
        bool at = doc.is_word(k) && !doc.tokens[k].capitalised;
        for (int32_t w = 0; at && w < n; ++w) at = doc.is_key(k + w, verb[static_cast<size_t>(w)]);
        if (!at) continue;
        if (const auto u = match_unit(doc, k + n, role - 1, a.unit_options());
            u && u->first == k + n && u->last == role - 1 && !is_group(*u) && !u->list_prefix)
          return RoleUnit{a.complete(*u), u->text};
      }
    for (const UnitMention& u : find_units(doc, clause, role, a.unit_options()))
      if (!is_group(u)) return RoleUnit{a.complete(u), u.text};
  }
  if (doc.is_key(role + role_len, la)) {
    if (auto u = match_unit(doc, role + role_len + 1, s.last, a.unit_options()); u && !is_group(*u)) return RoleUnit{a.complete(*u), u->text};
  }
  // "…, Công an tỉnh Z cụm phó": the copula left out after a comma, the unit right before the role.
  if (clause > s.first && (doc.is_punct(clause - 1, ",") || doc.is_punct(clause - 1, ";"))) {
    if (auto r = unit_ending_at(clause, role)) return r;
  }
  return std::nullopt;
}

// (s17-plan-b) "Cụm thi đua số 1 - Thanh niên CAND (tổ chức Đoàn … của 5 thành phố …, gồm: Hà
// Nội, TP Hồ Chí Minh, …)": a group described, between its name and "gồm", as youth unions,
// associations or Fronts, whose list writes no police, has the places as its members, with their
// level — not the places' police (the Conventions' members listed by their places).
void strip_police_of_unions(const Document& doc, int32_t from, int32_t gom, int32_t end, std::vector<std::string>& members) {
  static const std::string police = "Công an ";
  if (members.size() < 2 || !std::all_of(members.begin(), members.end(), [](const std::string& m) { return m.rfind(police, 0) == 0; }))
    return;
  static const Entry kUnions[] = {{"Đoàn"}, {"Đoàn TNCS"}, {"Thanh niên"}, {"Hội"}, {"Mặt trận"}, {"Công đoàn"}};
  static const PhraseTable unions(kUnions);
  static const std::string cong = word_key("công"), an = word_key("an");
  bool union_named = false;
  for (int32_t k = from; k < gom && !union_named; ++k) union_named = doc.tokens[k].capitalised && unions.match(doc, k, gom);
  if (!union_named) return;
  for (int32_t k = gom + 1; k + 1 < end && !doc.is_punct(k, ")"); ++k)
    if (doc.is_key(k, cong) && doc.is_key(k + 1, an)) return;  // "gồm: Công an tỉnh A, …": the police written
  for (std::string& m : members) m = m.substr(police.size());
}

// (s24-members) "Đoàn Thanh niên Công an (CA) các tỉnh A, B thuộc Cụm …", "Hội Phụ nữ Công an các
// tỉnh A, B", "Công đoàn Công an 3 tỉnh: A, B, C": a union of the police written before the police
// of the places listed is each place's union, not its police ("Đoàn Thanh niên Công an tỉnh A"), as
// "Hội CCB các tỉnh A, B" gives "Hội CCB tỉnh A". Members read as the places' police are rewritten so
// when the list whose first place is theirs opens with such a union.
void unions_of_listed_police(const Analysis& a, std::vector<std::string>& members) {
  const Document& doc = a.doc;
  static const std::string police = "Công an ";
  if (members.size() < 2 || !std::all_of(members.begin(), members.end(), [](const std::string& m) { return m.rfind(police, 0) == 0; }))
    return;
  const PhraseTable& unions = lexicon::union_heads();
  static const std::string cong = word_key("công"), an = word_key("an"), cac = word_key("các");
  const std::string first_key = unit_key(members.front());
  for (int32_t c = 3; c + 2 < doc.size(); ++c) {
    const bool counted = doc.is_number(c) || static_cast<bool>(lexicon::number_words().match(doc, c, c + 1));
    if (!doc.is_key(c, cac) && !counted) continue;
    const auto lv = lexicon::levels().match(doc, c + 1, doc.size());
    if (!lv || doc.tokens[c + 1].capitalised) continue;
    int32_t names = c + 1 + lv.length;
    if (doc.is_punct(names, ":")) ++names;
    if (!doc.is_word(names) || first_key.find(" " + doc.key(names)) == std::string::npos) continue;
    const int32_t stop = short_form_before(doc, c);
    if (stop < 3 || !doc.is_key(stop - 2, cong) || !doc.is_key(stop - 1, an) || !doc.tokens[stop - 2].capitalised) continue;
    const int32_t body_end = stop - 2;
    for (int32_t h = std::max(doc.sentence_of(c).first, body_end - 6); h < body_end; ++h) {
      if (!doc.tokens[h].capitalised || !unions.match(doc, h, body_end)) continue;
      // the union's head alone ("Công đoàn") or a union the gazetteer reads whole ("Hội Phụ nữ")
      const auto b = match_unit(doc, h, body_end, a.unit_options());
      const bool whole = b && b->first == h && b->last == body_end && b->kind != UnitKind::kPolice && !is_group(*b);
      if (!whole && static_cast<int32_t>(unions.match(doc, h, body_end).length) != body_end - h) continue;
      const std::string body = clean(doc.text_of(h, body_end));
      for (std::string& m : members) m = body + " " + m;
      return;
    }
  }
}

// (s24-members) "CN NH Công thương Huế", "Cty CP Cấp nước Sơn La", "BQL Khu kinh tế tỉnh": a member
// whose head is abbreviated (lexicon data) is written out ("Chi nhánh Ngân hàng Công thương Huế"), each
// abbreviation as the lexicon writes it, at its start, before a word ("TTYT huyện A").
// (s26) The members' provenance when their kind was written once before their bare names.
Provenance kind_written_once(const BodyList& list) {
  return Provenance{list.written, "Loại “" + list.kind + "” viết một lần trước danh sách tên, ghép vào từng tên"};
}

void written_out_heads(std::vector<std::string>& members) {
  for (std::string& m : members) {
    const Document d = analyse_fragment(m);
    std::string head;
    int32_t k = 0;
    while (k + 1 < d.size() && d.is_word(k) && d.tokens[k].capitalised && d.is_word(k + 1)) {
      const auto ab = lexicon::head_abbreviations().match(d, k, k + 1);
      if (!ab || d.text_of(k, k + 1) != ab.entry->written) break;
      head += std::string(ab.display()) + " ";
      ++k;
    }
    if (k > 0) m = head + std::string(d.text_of(k, d.size()));
  }
}

// (s25-members) "TAND tỉnh A" in a text that writes "Tòa án nhân dân" elsewhere ("Cụm thi đua số IX Tòa
// án nhân dân", "Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh …"): a unit opening with a short name of three
// letters or more is written out as the text itself writes it — the words whose initials spell it —,
// as the Conventions name a unit in full; kept as written when the text never writes it out, and for
// the usual short names the Conventions keep ("UBND", lexicon::kept_short_names).
void written_out_as_the_text(const Document& doc, std::string& unit) {
  const Document d = analyse_fragment(unit);
  if (d.size() < 2 || !d.is_word(0) || !d.tokens[0].all_caps || !d.is_word(1) || lexicon::kept_short_names().match(d, 0, 1))
    return;
  const std::string letters = fold(d.text_of(0, 1));
  const int32_t n = static_cast<int32_t>(letters.size());
  if (n < 3 || !std::all_of(letters.begin(), letters.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return;
  for (int32_t i = 0; i + n <= doc.size(); ++i) {
    if (!doc.is_word(i) || !doc.tokens[i].capitalised || doc.tokens[i].all_caps) continue;
    int32_t j = 0;
    while (j < n && doc.is_word(i + j) && !doc.tokens[i + j].all_caps && fold(doc.text_of(i + j, i + j + 1))[0] == letters[j])
      ++j;
    if (j < n) continue;
    unit = std::string(doc.text_of(i, i + n)) + " " + std::string(d.text_of(1, d.size()));
    return;
  }
}

// (s25-members) "… của TAND các tỉnh: A, B, C và D (khách mời)", "E (đơn vị khách mời)": a body listed
// with a bracket marking it a guest of the group's event (lexicon::guest_marks) is no member; the
// words before the bracket end its name as the list writes it.
void guests_dropped(const Document& doc, std::vector<std::string>& members) {
  for (int32_t open = 1; open < doc.size(); ++open) {
    if (!doc.is_punct(open, "(")) continue;
    int32_t close = open + 1;
    while (close < doc.size() && close - open < 8 && !doc.is_punct(close, ")")) ++close;
    if (!doc.is_punct(close, ")") || !lexicon::guest_marks().match(doc, open + 1, close)) continue;
    int32_t first = open;
    while (first > 0 && doc.is_word(first - 1) && doc.tokens[first - 1].capitalised && open - first < 4) --first;
    if (first == open) continue;
    const std::string tail = " " + unit_key(doc.text_of(first, open));
    std::erase_if(members, [&](const std::string& m) {
      const std::string key = " " + unit_key(m);
      return key.size() > tail.size() && key.compare(key.size() - tail.size(), tail.size(), tail) == 0;
    });
  }
}

// (s24-members) "CN NH Chính sách xã hội tỉnh", "Quỹ Đầu tư phát triển … tỉnh": a member whose name
// ends with a bare level (in lower case) is of the text's own place of that level, named in full
// ("… tỉnh Thừa Thiên Huế"), as the Conventions complete a unit's level; left as written when the
// text names no such place.
void with_places_completed(const Analysis& a, std::vector<std::string>& members) {
  for (std::string& m : members) {
    const Document d = analyse_fragment(m);
    const int32_t n = d.size();
    // (s26) … a short head too ("TAND tỉnh", "VKSND tỉnh"): a capitalised word before the level.
    if (n < 2 || !d.is_word(0) || !d.tokens[0].capitalised || !d.is_word(n - 1) || d.tokens[n - 1].capitalised) continue;
    const auto lv = lexicon::levels().match(d, n - 1, n);
    if (!lv) continue;
    const auto it = a.places.find(static_cast<Level>(lv.value()));
    if (it == a.places.end()) continue;
    const Document place = analyse_fragment(it->second);  // a place's name, not "các cơ quan tỉnh"
    if (place.size() > 0 && place.is_word(0) && place.tokens[0].capitalised) m += " " + it->second;
  }
}

// (s28-members) "gồm: Bộ Chỉ huy Quân sự, Công an, Trại giam Bình Điền, Tòa án nhân dân, Viện Kiểm sát nhân dân và
// Cơ quan Thi hành án dân sự thành phố": a list of the bodies every place has, written by their heads alone,
// the level written once after the last — that level is each bare head's ("Công an thành phố"), as a head
// written once before the places is each place's. Two bare heads or more; a body with its own name
// ("Trại giam Bình Điền") keeps it; a level written on another item too ("Công an TP, …, Sở Y tế TP") is
// no level written once.
void level_of_the_last_shared(std::vector<std::string>& members) {
  if (members.size() < 3) return;
  const Document last = analyse_fragment(members.back());
  const int32_t n = last.size();
  if (n < 3 || !last.is_word(n - 1) || last.tokens[n - 1].capitalised) return;
  const auto lv = lexicon::levels().match_ending(last, n, std::max(0, n - 2));
  if (!lv || lexicon::levels().match(last, 0, n)) return;
  const std::string level(last.text_of(n - lv.length, n));
  std::vector<std::string*> bare;
  for (size_t i = 0; i + 1 < members.size(); ++i) {
    const Document d = analyse_fragment(members[i]);
    // a level written on another item too ("Hội Cựu chiến binh TP, …, Sở Y tế TP"): not written once
    if (d.size() >= 2 && lexicon::levels().match_ending(d, d.size(), std::max(0, d.size() - 2))) return;
    const auto head = lexicon::unit_heads().match(d, 0, d.size());
    if (head && head.length == d.size() && d.tokens[0].capitalised) bare.push_back(&members[i]);
  }
  if (bare.size() < 2) return;
  for (std::string* m : bare) *m += " " + level;
}

// (s27-members) "…, Liên minh hợp tác xã tỉnh, Quỹ Đầu tư phát triển tỉnh" in a text naming one province
// ("tỉnh Bắc Ninh"): a member, leader or deputy closing with the bare level of the province is named in
// full, the level completed, as the Conventions write members (Session 26: "each in full", a bare level
// kept only when the text names no province). Unlike with_places_completed (the text's own places, for
// the members read from a list), it reads the province the text writes, once the roles are known.
void with_the_one_province(const Document& doc, GroupResult& g) {
  // (s28-members) … and one closing with a bare "thành phố" in a text naming one city after "thành phố"
  // ("Cơ quan Thi hành án dân sự thành phố" and "thành phố Huế"), the same reading for the city's level.
  static const std::vector<std::vector<std::string>> levels = {phrase_keys("tỉnh"), phrase_keys("thành phố")};
  for (const std::vector<std::string>& level : levels) {
    const int32_t len = static_cast<int32_t>(level.size());
    auto level_at = [&](const Document& d, int32_t i) {
      if (i < 0 || i + len > d.size() || !d.is_word(i) || d.tokens[i].capitalised) return false;
      for (int32_t t = 0; t < len; ++t)
        if (!d.is_key(i + t, level[static_cast<size_t>(t)])) return false;
      return true;
    };
    std::vector<std::string*> bare;
    for (std::string& m : g.members) bare.push_back(&m);
    for (std::optional<std::string>* slot : {&g.leader, &g.deputy})
      if (*slot) bare.push_back(&**slot);
    std::erase_if(bare, [&](const std::string* m) {
      const Document d = analyse_fragment(*m);
      const int32_t n = d.size();
      return !(n >= len + 2 && level_at(d, n - len) && d.is_word(n - len - 1));
    });
    if (bare.empty()) continue;
    std::set<std::string> written;
    std::string place;
    for (int32_t i = 0; i + len < doc.size(); ++i) {
      if (!level_at(doc, i) || !doc.is_word(i + len) || !doc.tokens[i + len].capitalised || doc.tokens[i + len].all_caps)
        continue;
      if (const auto pr = lexicon::provinces().match(doc, i + len, doc.size()))
        if (written.insert(unit_key(doc.text_of(i + len, i + len + pr.length))).second)
          place = std::string(doc.text_of(i + len, i + len + pr.length));
    }
    if (written.size() != 1) continue;
    for (std::string* m : bare) *m += " " + place;
  }
}

// A role handed over or elected for a later year than the text's ("bầu đơn vị Cụm trưởng … năm
// 2018 là …", "bàn giao đơn vị Cụm trưởng năm 2021 cho …") is not the group's leader now.
bool next_year_role(const Analysis& a, int32_t role) {
  const Document& doc = a.doc;
  const Sentence& s = doc.sentence_of(role);
  // (s17-plan-b) A sentence broken by a line end with no stop ("… bầu chọn cụm trưởng và cụm phó
  // năm 2023 là" / "UBMTTQVN huyện A (Cụm trưởng) …", a text copied from a page laid out in lines)
  // goes on from the line before.
  int32_t from = s.first;
  for (int steps = 0; steps < 2 && from > 0 && doc.is_word(from - 1); ++steps) from = doc.sentence_of(from - 1).first;
  static const std::string bau = word_key("bầu"), giao = word_key("giao"), ban = word_key("bàn");
  bool handover = false;
  for (int32_t k = from; k < role && !handover; ++k)
    handover = doc.is_key(k, bau) || (doc.is_key(k, ban) && doc.is_key(k + 1, giao));
  if (!handover) return false;
  // The text's year is the first one it writes (the year of the movement it reports).
  int first = 0, here = 0;
  for (const auto& [token, year] : a.dates.explicit_years) {
    if (!first) first = year;
    if (token >= from && token < s.last) here = std::max(here, year);
  }
  if (here > 0 && first > 0 && here > first) return true;
  // (s27-members) "tổng kết công tác thi đua năm 2012 … bầu huyện A là trưởng cụm … năm 2013": a text reviewing a
  // year is about that year (a page's date stamp or a lead teaser may write a later year first); a role
  // elected for a later one is the next term's.
  // The role's own year: "Năm 2013, … bầu A làm cụm trưởng", or written after the role before another
  // clause's verb ("… là phó cụm thi đua năm 2013"; not "… làm Cụm trưởng và tiến hành phát động phong
  // trào thi đua năm 2026", the movement's).
  static const std::vector<std::string> tong_ket = phrase_keys("tổng kết");
  static const std::string nam = word_key("năm"), la = word_key("là"), lam = word_key("làm"), va = word_key("và");
  int role_year = 0;
  if (doc.is_key(s.first, nam) && doc.is_number(s.first + 1)) role_year = std::atoi(doc.key(s.first + 1).c_str());
  for (int32_t k = role + 1; !role_year && k + 1 < s.last && k - role <= 12; ++k) {
    if (doc.is_key(k, nam) && doc.is_number(k + 1)) role_year = std::atoi(doc.key(k + 1).c_str());
    else if (!doc.is_key(k, la) && !doc.is_key(k, lam) && doc.is_word(k) && !doc.tokens[k].capitalised &&
             lexicon::predicates().match(doc, k, s.last) && !doc.is_key(k, va))
      break;
  }
  here = role_year;
  for (int32_t k = 0; here > 0 && k + 1 < doc.size(); ++k) {
    if (!doc.is_key(k, tong_ket[0]) || !doc.is_key(k + 1, tong_ket[1])) continue;
    const int32_t end = std::min(doc.sentence_of(k).last, k + 14);
    for (int32_t y = k + 2; y + 1 < end; ++y)
      if (doc.is_key(y, nam) && doc.is_number(y + 1)) {
        const int year = std::atoi(doc.key(y + 1).c_str());
        if (year >= 1990 && year <= 2100) return here > year;
        break;
      }
  }
  return false;
}

// (s28-members) "… do Đồng Nai làm Cụm trưởng", "Bình Dương là cụm phó": in a group of places, a place
// named bare (no level, no body) holding a role right after "làm" / "là" is the listed member of that
// place ("tỉnh Đồng Nai"); fills g.leader / g.deputy when empty and one member is that place;
// not a place inside a body's name ("bầu Hội CCB tỉnh Tiền Giang làm cụm trưởng"), nor a role elected for
// the next year.
void roles_of_bare_places(const Analysis& a, GroupResult& g) {
  if (g.members.size() < 2 || (g.leader && g.deputy)) return;
  const Document& doc = a.doc;
  static const std::string la = word_key("là"), lam = word_key("làm");
  for (int32_t r = 1; r < doc.size(); ++r) {
    if (!(doc.is_key(r - 1, la) || doc.is_key(r - 1, lam))) continue;
    const Sentence& s = doc.sentence_of(r);
    const auto role = lexicon::positions().match(doc, r, s.last);
    const int flags = role ? role.value() & (kGroupLeader | kGroupDeputy) : 0;
    if (!flags) continue;
    std::optional<std::string>& slot = flags & kGroupLeader ? g.leader : g.deputy;
    if (slot) continue;
    const int32_t verb = r - 1;
    // The place: capitalised words right before the verb, opening the clause or after "do" / a comma.
    int32_t p = verb;
    while (p > s.first && doc.is_word(p - 1) && doc.tokens[p - 1].capitalised && verb - p < 5) --p;
    if (p == verb || lexicon::levels().match(doc, p, verb) || lexicon::unit_heads().match(doc, p, verb)) continue;
    // opening the clause or after "do": not the place of a body named before it
    static const std::string do_ = word_key("do");
    if (!(p == s.first || doc.is_key(p - 1, do_) || doc.is_punct(p - 1, ",") || doc.is_punct(p - 1, ";"))) continue;
    if (next_year_role(a, r)) continue;
    std::string name;
    if (place_name_end(doc, p, verb, false, a.unit_options(), &name) != verb || name.empty()) continue;
    const std::string place = " " + unit_key(name);
    std::vector<const std::string*> of_place;
    for (const std::string& m : g.members) {
      const Document d = analyse_fragment(m);
      const auto lv = lexicon::levels().match(d, 0, d.size());
      const std::string mk = unit_key(m);
      if (lv && !d.tokens[0].capitalised && mk.size() > place.size() &&
          mk.compare(mk.size() - place.size(), place.size(), place) == 0 && unit_key(std::string(d.text_of(0, lv.length))).size() + place.size() == mk.size())
        of_place.push_back(&m);
    }
    if (of_place.size() == 1) slot = *of_place.front();
  }
}

// "có 5 đơn vị là …", "có 4 đơn vị thành viên: …", "có 6 đơn vị gồm …", "với 4 đơn vị thành viên
// là …" at token p: a group's units counted and then named.
bool has_units(const Document& doc, int32_t p, int32_t end) {
  static const std::string co = word_key("có"), don = word_key("đơn"), vi = word_key("vị"), la = word_key("là"),
                           gom = word_key("gồm"), thanh = word_key("thành"), vien = word_key("viên");
  // "với 4 đơn vị thành viên là …" too.
  static const std::string voi = word_key("với");
  if ((!doc.is_key(p, co) && !doc.is_key(p, voi)) || !doc.is_number(p + 1)) return false;
  int32_t k = p + 2;
  // (s22-lists) "Khối có 6 thành viên là A, B, …": the group's members counted as "thành viên"
  // open the list as its "đơn vị" do.
  if (doc.is_key(k, don) && doc.is_key(k + 1, vi)) k += 2;
  else if (doc.is_key(k, thanh) && doc.is_key(k + 1, vien) && (doc.is_key(k + 2, la) || doc.is_key(k + 2, gom) ||
                                                               doc.is_punct(k + 2, ":")))
    return true;
  else return false;
  if (doc.is_key(k, thanh) && doc.is_key(k + 1, vien)) k += 2;
  if (k < end && (doc.is_key(k, la) || doc.is_key(k, gom) || doc.is_punct(k, ":") ||
                  (doc.is_punct(k, ",") && doc.is_key(k + 1, gom))))
    return true;
  // (s16-plan-a) "có 9 đơn vị thuộc lực lượng PCCC ở các tỉnh: …": units named by their places.
  static const std::string o = word_key("ở"), tai = word_key("tại"), cac = word_key("các");
  for (; k + 2 < end && k - p <= 12; ++k) {
    if (doc.is_punct(k, ".") || doc.is_punct(k, ";") || doc.is_punct(k, ":")) return false;
    if ((doc.is_key(k, o) || doc.is_key(k, tai)) && doc.is_key(k + 1, cac) && lexicon::levels().match(doc, k + 2, end))
      return true;
  }
  return false;
}

// "… giữ vai trò Cụm phó của Cụm Thi đua số 02 năm 2024", "Cụm trưởng năm 2024": the role
// (ending at token `after`) is given for a year, written within a few words after it, before the
// clause ends.
bool role_for_year(const Analysis& a, int32_t after) {
  const Document& doc = a.doc;
  static const std::string nam = word_key("năm");
  const int32_t last = doc.sentence_of(after > 0 ? after - 1 : 0).last;
  // "B giữ vai trò Cụm trưởng, C giữ vai trò Cụm phó … năm 2024": the year closing the sentence
  // dates each role of it.
  for (int32_t k = after; k < last && k - after <= 20; ++k) {
    if (doc.is_punct(k, ";") || doc.is_punct(k, ":") || doc.is_punct(k, "(")) return false;
    if (doc.is_key(k, nam) && doc.is_number(k + 1)) return true;
  }
  return false;
}

// (s23-probe) After a role at `after`, "năm Y1 là A, năm Y2 là B" in its sentence: none when the
// role has no such pair; {false, -1} when Y1 is the text's year (the first year it writes), the
// role's own holder kept; {true, k} when Y2 is, k the token of "năm" before B (read as the role).
std::optional<std::pair<bool, int32_t>> role_of_text_year(const Analysis& a, int32_t after) {
  const Document& doc = a.doc;
  static const std::string nam = word_key("năm"), la = word_key("là"), lam = word_key("làm");
  if (!doc.is_key(after, nam) || !doc.is_number(after + 1) || !(doc.is_key(after + 2, la) || doc.is_key(after + 2, lam)))
    return std::nullopt;
  if (a.dates.explicit_years.empty()) return std::nullopt;
  const int text_year = a.dates.explicit_years.front().second, own = std::atoi(doc.key(after + 1).c_str());
  const int32_t last = doc.sentence_of(after).last;
  for (int32_t k = after + 3; k + 2 < last; ++k) {
    if (!(doc.is_punct(k - 1, ",") || doc.is_punct(k - 1, ";")) || !doc.is_key(k, nam) || !doc.is_number(k + 1) ||
        !(doc.is_key(k + 2, la) || doc.is_key(k + 2, lam)))
      continue;
    const int second = std::atoi(doc.key(k + 1).c_str());
    if (second == own) continue;
    if (own == text_year) return std::make_pair(false, -1);
    if (second == text_year) return std::make_pair(true, k);
    return std::nullopt;
  }
  return std::nullopt;
}

// A group's key without "thi đua" after its head: "cụm thi đua số 11" → "cụm số 11".
std::string without_thi_dua(const std::string& key) {
  static const std::string words = " " + unit_key("thi đua") + " ";
  std::string out = " " + key + " ";
  if (const size_t at = out.find(words); at != std::string::npos) out.replace(at, words.size(), " ");
  return out;
}

// (s20-members) A group's mention with a bare level after its name ("Khối thi đua các cơ quan Đảng
// tỉnh có 10 đơn vị gồm: …", "Khối cơ quan Nội chính tỉnh"): the key without that level, as the
// group's name is written without it. The mention's own key when it ends otherwise.
std::string key_without_level(const std::string& text) {
  const Document d = analyse_fragment(text);
  const int32_t n = d.size();
  for (int32_t k = std::max(2, n - 2); k < n; ++k) {
    const auto lv = lexicon::levels().match(d, k, n);
    if (!lv || k + lv.length != n || !d.is_word(k) || d.tokens[k].capitalised) continue;
    if (!d.is_word(k - 1) || lexicon::levels().match(d, k - 1, k)) break;
    return unit_key(d.text_of(0, k));
  }
  return unit_key(text);
}

// (s20-members) "có 5 trường đại học, cao đẳng trên địa bàn tỉnh: Trường A; Trường B", "với 7
// cơ quan: …": a group's units counted by their kind (any noun, not only "đơn vị") and named after
// the colon that closes the count's words. True at p ("có"/"với") when a capitalised word follows
// that colon.
// (s23-probe) … or named by "các" before the kind: "Cụm thi đua số 3 có các đơn vị: …", "… với các
// công ty thành viên: A, B và C".
bool counted_kind_list(const Document& doc, int32_t p, int32_t end) {
  static const std::string co = word_key("có"), voi = word_key("với"), cac = word_key("các");
  if ((!doc.is_key(p, co) && !doc.is_key(p, voi)) || !(doc.is_number(p + 1) || doc.is_key(p + 1, cac))) return false;
  int32_t k = p + 2;
  if (!doc.is_word(k) || doc.tokens[k].capitalised) return false;
  for (; k < end && k - p <= 14; ++k) {
    // (s23-probe) … or on the lines after a colon closing its line ("có các đơn vị:" then "1. A;").
    if (doc.is_punct(k, ":"))
      return (doc.is_word(k + 1) && doc.tokens[k + 1].capitalised) ||
             doc.lines[static_cast<size_t>(doc.tokens[k].line)].last == k + 1;
    if (doc.is_punct(k, ",")) continue;
    if (!doc.is_word(k) || doc.tokens[k].capitalised) return false;
  }
  return false;
}

// (s20-members) "gồm 7 trường chính trị tỉnh Bắc Giang, Bắc Kạn, …", "gồm 5 hội khuyến học phường
// A, B": a count, the kind of body in lower case (not "đơn vị"), a level, then the places: each
// place's body of that kind ("Trường chính trị tỉnh Bắc Giang"), not its police. Empty when the
// words at p are not so.
std::vector<std::string> counted_bodies_of_places(const Analysis& a, int32_t p, int32_t end) {
  const Document& doc = a.doc;
  if (!doc.is_number(p)) return {};
  int32_t k = p + 1;
  static const std::string don = word_key("đơn"), thanh = word_key("thành");
  if (doc.is_key(k, don) || doc.is_key(k, thanh)) return {};
  const int32_t kind_first = k;
  while (k < end && k - kind_first < 5 && doc.is_word(k) && !doc.tokens[k].capitalised &&
         !lexicon::levels().match(doc, k, end))
    ++k;
  if (k == kind_first || k - kind_first >= 5) return {};
  const auto lv = lexicon::levels().match(doc, k, end);
  if (!lv || doc.tokens[k].capitalised) return {};
  const int32_t names = k + lv.length;
  if (!doc.is_word(names) || !doc.tokens[names].capitalised) return {};
  const std::pair<Level, std::string> level{static_cast<Level>(lv.value()), lower_case(doc.text_of(k, names))};
  std::vector<std::string> places = read_members(a, names, end, level);
  const std::string kind = capitalise_first(doc.text_of(kind_first, k));
  static const std::string police = "Công an ";
  std::vector<std::string> out;
  for (std::string& m : places) {
    if (m.rfind(police, 0) != 0) return {};
    out.push_back(kind + " " + m.substr(police.size()));
  }
  if (out.size() < 2) return {};
  return out;
}

// (session 22) No group is named, but bodies sign a pledge with one another: "Công an các tỉnh A,
// B, C và D ký kết giao ước thi đua", "Sở A, Sở B và Sở C ký giao ước thi đua", "Công an phường A, …
// và Công an phường D thuộc Công an thành phố E ký kết giao ước", "12 xã … gồm: A, B, … đã ký kết
// giao ước thi đua", "ký kết giao ước thi đua giữa A, B và C". Those bodies, two or more, are the
// group: its members, its name not written (empty, printed null). An emulation officer importing
// the text sets up that group and names it.
std::optional<GroupResult> signers_group(const Analysis& a) {
  const Document& doc = a.doc;
  static const std::string ky = word_key("ký"), giao = word_key("giao"), uoc = word_key("ước"), va = word_key("và"),
                           thuoc = word_key("thuộc"), gom = word_key("gồm");
  // The words that may stand between the signers and "ký": "đã", "cùng", "tổ chức (lễ)", "tiến hành".
  const PhraseTable& between = lexicon::before_signing();
  const auto closes_before = [&](int32_t end, int32_t sign) {
    int32_t t = end;
    // "… thuộc Công an thành phố E": whose the signers are.
    if (doc.is_key(t, thuoc))
      if (const auto owner = match_unit(doc, t + 1, sign, a.unit_options()); owner && owner->first == t + 1) t = owner->last;
    while (t < sign)
      if (const auto m = between.match(doc, t, sign)) t += m.length;
      else return false;
    return true;
  };
  for (const Sentence& s : doc.sentences) {
    int32_t sign = -1;
    for (int32_t j = s.first; j < s.last && sign < 0; ++j)
      if (doc.is_key(j, ky))
        for (int32_t k = j + 1; k + 1 < s.last && k - j <= 3; ++k)
          if (doc.is_key(k, giao) && doc.is_key(k + 1, uoc)) {
            sign = j;
            break;
          }
    if (sign < 0) continue;
    std::vector<std::string> members;
    const auto take = [&](std::vector<std::string> found) {
      if (found.size() >= 2 && found.size() > members.size()) members = std::move(found);
    };
    // After the pledge: "… giữa (các đơn vị:) A, B và C".
    for (int32_t p = sign; p < s.last; ++p)
      if (const int32_t from = participants_at(doc, p, s.last); from >= 0) {
        take(read_members(a, from, s.last));
        if (auto body = read_body_list(a, from, s.last)) take(std::move(body->members));
        break;
      }
    // Before it: the sentence's subject, a list of bodies closing right before "ký".
    std::vector<UnitMention> chain;
    for (const UnitMention& m : find_units(doc, s.first, sign, a.unit_options())) {
      if (is_group(m)) {
        chain.clear();
        continue;
      }
      const bool joined = !chain.empty() && m.first == chain.back().last + 1 &&
                          (doc.is_punct(chain.back().last, ",") || doc.is_key(chain.back().last, va));
      if (!joined) chain.clear();
      chain.push_back(m);
      if (chain.size() == 1 && m.list_prefix) {
        // "Công an các tỉnh A, B và C": the places' names after the shared head, then the verb.
        int32_t t = m.last;
        while (t < sign && ((doc.is_word(t) && doc.tokens[t].capitalised) || doc.is_punct(t, ",") || doc.is_key(t, va))) ++t;
        if (t > m.last && closes_before(t, sign)) take(read_members(a, m.first, t));
        continue;
      }
      if (!closes_before(m.last, sign)) continue;
      if (chain.size() >= 2) {
        std::vector<std::string> named;
        for (const UnitMention& c : chain) named.push_back(a.complete(c));
        take(std::move(named));
      }
    }
    // "12 xã, thị trấn của huyện A gồm: B, C, … và thị trấn D đã ký kết …": the list after "gồm".
    for (int32_t g = s.first; g < sign; ++g)
      if (doc.is_key(g, gom)) {
        if (auto body = read_body_list(a, g + 1, sign)) take(std::move(body->members));
        // The places named bare, their level counted before ("12 xã, thị trấn …").
        static const std::string cac = word_key("các");
        for (int32_t c = s.first; c + 1 < g; ++c)
          if (doc.is_number(c) || doc.is_key(c, cac))
            if (const auto lv = lexicon::levels().match(doc, c + 1, g); lv && !doc.tokens[c + 1].capitalised) {
              take(read_members(a, g + 1, sign,
                                std::make_pair(static_cast<Level>(lv.value()), lower_case(doc.text_of(c + 1, c + 1 + lv.length)))));
              break;
            }
        break;
      }
    if (members.empty()) continue;
    GroupResult out;
    out.members = std::move(members);
    return out;
  }
  return std::nullopt;
}

}  // namespace

std::optional<GroupResult> extract_group(const Analysis& a, const std::vector<Person>& people,
                                         const std::vector<UnitMention>& organizers) {
  const Document& doc = a.doc;
  std::vector<UnitMention> groups;
  for (const UnitMention& u : organizers)
    if (is_group(u)) groups.push_back(u);
  std::vector<UnitMention> all = find_units(doc, 0, doc.size(), a.unit_options());
  for (const UnitMention& u : all)
    if (is_group(u)) groups.push_back(u);
  // (s24-members) A group named inside a union's name ("Đoàn Thanh niên Cụm thi đua số 8 Bộ Công an"),
  // with where that name starts: the group itself when the text names it no other way.
  std::vector<std::pair<UnitMention, int32_t>> inner_groups;
  for (const UnitMention& w : all) {
    if (is_group(w) || !doc.tokens[w.first].capitalised || !lexicon::union_heads().match(doc, w.first, w.last)) continue;
    for (int32_t i = w.first + 1; i < w.last; ++i) {
      const auto inner = match_unit(doc, i, doc.sentence_of(i).last, a.unit_options());
      if (!inner || !is_group(*inner)) continue;
      inner_groups.emplace_back(*inner, w.first);
      break;
    }
  }
  if (groups.empty() && !inner_groups.empty()) groups.push_back(inner_groups.front().first);
  if (groups.empty()) return signers_group(a);
  // (session 17) A text naming its group two ways ("Cụm thi đua 2" in a caption, even as the
  // caption's subject, and "khối thi đua số 2, gồm: A, B, …" in the body) is about the one whose
  // members it lists: when no mention of the first group is followed within its sentence by "gồm",
  // the first mention of another numbered group that is comes first.
  {
    static const std::string gom_key = word_key("gồm");
    auto lists = [&](const UnitMention& u) {
      const int32_t end = doc.sentence_of(u.first).last;
      for (int32_t p = u.last; p < end && p - u.last <= 4; ++p)
        if (doc.is_key(p, gom_key)) return true;
      return false;
    };
    // Only between numbered groups ("Cụm thi đua 3", "khối thi đua số 3"): a group described by
    // its members' kind ("Khối các sở, ngành gồm …") is the numbered group's description.
    auto numbered = [](const UnitMention& u) {
      return std::any_of(u.text.begin(), u.text.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    };
    const std::string front_key = unit_key(groups.front().text);
    bool front_lists = false;
    for (const UnitMention& u : all) front_lists |= is_group(u) && unit_key(u.text) == front_key && lists(u);
    if (!front_lists && numbered(groups.front()))
      for (const UnitMention& u : all)
        if (is_group(u) && numbered(u) && unit_key(u.text) != front_key && lists(u)) {
          groups.insert(groups.begin(), u);
          break;
        }
  }
  // (s27-members) A group written short ("Cụm số 7", "Khối 6") and in full elsewhere ("Cụm thi đua số 7"):
  // its name is the full one, as the Conventions write it.
  {
    static const std::string full = unit_key("thi đua");
    auto without_full = [&](std::string key) {
      for (size_t at; (at = key.find(" " + full)) != std::string::npos;) key.erase(at, full.size() + 1);
      return key;
    };
    const std::string front_key = unit_key(groups.front().text);
    if (front_key.find(full) == std::string::npos)
      for (const UnitMention& u : all)
        if (is_group(u) && unit_key(u.text) != front_key && without_full(unit_key(u.text)) == front_key) {
          groups.insert(groups.begin(), u);
          break;
        }
  }
  // (s28-members3) A described group written once with a word of its description dropped ("Khối Thi đua
  // các cơ quan mưu I") and elsewhere whole ("Khối thi đua các cơ quan tham mưu I"): its name is the whole
  // one. Only a lower-case word inside the description, after "thi đua" and before the name's last word
  // (a word added at the end is a place or a parent body, the rule above).
  {
    auto words_of = [](const std::string& key) {
      std::vector<std::string> out;
      for (size_t at = 0; at <= key.size();) {
        const size_t end = std::min(key.find(' ', at), key.size());
        out.push_back(key.substr(at, end - at));
        at = end + 1;
      }
      return out;
    };
    const std::vector<std::string> front = words_of(unit_key(groups.front().text));
    const size_t described = 3;  // "khối thi đua" / "cụm thi đua" and the description after it
    if (front.size() >= described + 2 && front[1] == word_key("thi") && front[2] == word_key("đua"))
      for (const UnitMention& u : all) {
        if (!is_group(u)) continue;
        const std::vector<std::string> whole = words_of(unit_key(u.text));
        if (whole.size() != front.size() + 1) continue;
        size_t i = 0;
        while (i < front.size() && whole[i] == front[i]) ++i;
        if (i < described || i + 1 >= whole.size()) continue;
        if (!std::equal(front.begin() + static_cast<std::ptrdiff_t>(i), front.end(),
                        whole.begin() + static_cast<std::ptrdiff_t>(i) + 1))
          continue;
        const Document whole_doc = analyse_fragment(u.text);
        int32_t word = -1;
        for (int32_t t = 0, n = 0; t < whole_doc.size(); ++t)
          if (whole_doc.is_word(t) && n++ == static_cast<int32_t>(i)) { word = t; break; }
        if (word < 0 || !whole_doc.is_key(word, whole[i]) || whole_doc.tokens[word].capitalised) continue;
        groups.insert(groups.begin(), u);
        break;
      }
  }
  GroupResult g;
  g.name = groups.front().text;
  // (s14-plan-b) "Khối thi đua các tổ chức chính trị - xã hội tỉnh tổ chức …": an organiser cut at
  // the clause's verb, read inside the name ("các tổ chức"), gives way to the whole name read at
  // the same word.
  for (const UnitMention& u : all)
    if (is_group(u) && u.first == groups.front().first && u.last > groups.front().last) g.name = u.text;
  // The name as the text writes it: a mention written so
  // ("Các đơn vị thuộc Khối thi đua Văn hóa - Xã hội tỉnh gồm: …") is the group too.
  const std::string written_key = unit_key(g.name);
  // (s28-members) A described group's bare level closing its name ("Khối thi đua Văn hóa - xã hội tỉnh",
  // "Khối thi đua nội chính tỉnh") is how the block is called and stays (the Conventions, session 27; it
  // was dropped before, s15-plan-a). Written once with the level bare and once with the
  // place after it ("Khối thi đua các sở, ngành kinh tế tỉnh" and "… kinh tế tỉnh Gia Lai"), the group is
  // called by the bare one: the name is not completed with the place.
  for (bool shortened = true; shortened;) {
    shortened = false;
    const std::string key = unit_key(g.name);
    const Document name_doc = analyse_fragment(g.name);
    const int32_t total = name_doc.size();
    for (const UnitMention& u : all) {
      if (!is_group(u)) continue;
      const std::string short_key = unit_key(u.text);
      if (short_key.size() >= key.size() || key.compare(0, short_key.size(), short_key) != 0 ||
          key[short_key.size()] != ' ')
        continue;
      const Document short_doc = analyse_fragment(u.text);
      const int32_t n = short_doc.size();
      if (n < 3 || n >= total || !short_doc.is_word(n - 1) || !name_doc.is_word(n)) continue;
      // The shorter one closes on a bare level, the name goes on with a place ("… tỉnh" and "… tỉnh Gia Lai").
      const auto bare = lexicon::levels().match_ending(short_doc, n, std::max(0, n - 2));
      const bool place_after = bare && !short_doc.tokens[n - 1].capitalised && name_doc.tokens[n].capitalised;
      if (!place_after) continue;
      g.name = u.text;
      shortened = true;
      break;
    }
  }
  // (s16-plan-a) "Cụm thi đua các huyện, thành phố, thị xã tỉnh Thái Nguyên": a group of the places
  // of one province, named by their levels, is called without that province (as "… trên địa bàn
  // huyện" is no part of a block's name).
  {
    const Document name_doc = analyse_fragment(g.name);
    const int32_t n = name_doc.size();
    for (int32_t c = 1; c + 1 < n; ++c) {
      if (!name_doc.is_key(c, word_key("các"))) continue;
      int32_t t = c + 1;
      int levels_listed = 0;
      while (t < n) {
        if (name_doc.is_punct(t, ",")) { ++t; continue; }
        const auto lv = lexicon::levels().match(name_doc, t, n);
        if (!lv || name_doc.tokens[t].capitalised) break;
        const int32_t after = t + lv.length;
        if (after < n && name_doc.is_word(after) && name_doc.tokens[after].capitalised) break;  // the province's level
        ++levels_listed;
        t = after;
      }
      const auto own = lexicon::levels().match(name_doc, t, n);
      if (levels_listed >= 1 && own && !name_doc.tokens[t].capitalised && t + own.length < n &&
          name_doc.tokens[t + own.length].capitalised)
        g.name = std::string(name_doc.text_of(0, t));
      break;
    }
  }
  const std::string key = unit_key(g.name);

  // Members: the longest list after "gồm" near a mention of the group.
  std::optional<std::string> listed_leader, listed_deputy;  // a remark in a list of bodies
  // The list of bodies at [p, end) (extract_groups.cpp) instead of `members` when it is longer, or
  // as long and not of police units alone (read_members writes those out: "Công an các tỉnh A, B"),
  // its remarks giving the roles: its items run to their separators ("Bệnh viện Sản - Nhi").
  auto prefer_bodies = [&](std::vector<std::string>& members, int32_t p, int32_t end) {
    auto body = read_body_list(a, p, end);
    if (!body) return;
    const bool police_only = std::all_of(body->members.begin(), body->members.end(),
                                         [](const std::string& m) { return m.rfind("Công an ", 0) == 0; });
    if (body->members.size() < members.size() || (body->members.size() == members.size() && police_only)) return;
    members = std::move(body->members);
    if (body->leader) listed_leader = body->leader;
    if (body->deputy) listed_deputy = body->deputy;
  };
  static const std::string gom = word_key("gồm"), bao = word_key("bao");
  static const std::string cac = word_key("các");
  // (s24-members) "Đoàn Thanh niên Cụm thi đua số 8 Bộ Công an (gồm các tỉnh: A, B, …)": the group
  // named inside a body's name (its union, its association) lists its members as when named alone;
  // `owner_first[j]` is where the name holding mention j starts (its own start when none).
  std::vector<UnitMention> mentions = all;
  std::vector<int32_t> owner_first;
  for (const UnitMention& u : all) owner_first.push_back(u.first);
  for (const auto& [inner, owner] : inner_groups) {
    mentions.push_back(inner);
    owner_first.push_back(owner);
  }
  for (size_t j = 0; j < mentions.size(); ++j) {
    const UnitMention& u = mentions[j];
    // "… 09 Sở, ngành thuộc Khối thi đua, gồm: …": the group named short, by the first words of
    // its full name, is the group.
    // "Cụm số 11" and "Cụm thi đua số 11" are one group, written with or without "thi đua".
    if (!is_group(u) || (unit_key(u.text) != key && unit_key(u.text) != written_key &&
                         key.rfind(unit_key(u.text) + " ", 0) != 0 &&
                         without_thi_dua(unit_key(u.text)) != without_thi_dua(key) &&
                         without_thi_dua(key_without_level(u.text)) != without_thi_dua(key)))
      continue;
    const int32_t end = doc.sentence_of(u.first).last;
    // The level the group's name lists ("… các huyện trung du - miền núi"), or the level of a
    // list just before it ("Công an các tỉnh trong Cụm thi đua số 2 gồm: …").
    std::optional<std::pair<Level, std::string>> shared;
    for (int32_t k = u.first; k + 1 < u.last && !shared; ++k) {
      if (!doc.is_key(k, cac)) continue;
      if (const auto lv = lexicon::levels().match(doc, k + 1, u.last))
        shared = std::make_pair(static_cast<Level>(lv.value()), lower_case(doc.text_of(k + 1, k + 1 + lv.length)));
    }
    if (!shared) {
      for (const UnitMention& list : find_units(doc, std::max(doc.sentence_of(u.first).first, u.first - 6), u.first,
                                                a.unit_options())) {
        if (list.list_prefix && list.level && list.name.empty()) shared = std::make_pair(*list.level, list.level_text);
      }
    }
    // "Cụm thi đua số 1 - X (tổ chức … của 5 thành phố …, gồm: A, B…)": a bracket opened right
    // after the group describes it; its "gồm" may come later than 12 words.
    int32_t reach = u.last + 12;
    for (int32_t open = u.last; open < end && open - u.last <= 6; ++open) {
      if (!doc.is_punct(open, "(")) continue;
      int32_t close = open + 1;
      while (close < end && close - open < 40 && !doc.is_punct(close, ")") && !doc.is_punct(close, "(")) ++close;
      if (doc.is_punct(close, ")")) reach = std::max(reach, close);
      break;
    }
    for (int32_t p = u.last; p < end && p <= reach; ++p) {
      // "Cụm thi đua số 1 có 5 đơn vị là A, B, …", "… có 4 đơn vị thành viên: …": the units the
      // group has, named after "là" or a colon, are its members as after "gồm".
      // (s22-lists) "Tham gia Cụm thi đua số 3 có Sở A, Sở B, …", "Cụm thi đua số 3 năm 2025 có Sở A,
      // …": the bodies the group "has", named right after it (or after its year), are its members as
      // after "gồm"; a list of bodies only, two or more (read_body_list).
      static const std::string co_has = word_key("có"), nam_has = word_key("năm");
      const bool has_bodies = doc.is_key(p, co_has) && doc.is_word(p + 1) && doc.tokens[p + 1].capitalised &&
                              (p == u.last || (p == u.last + 2 && doc.is_key(u.last, nam_has) && doc.is_number(u.last + 1)));
      if (has_bodies || (p - u.last <= 12 && !has_units(doc, p, end) && counted_kind_list(doc, p, end))) {
        auto body = read_body_list(a, p + 1, end);
        if (body && body->members.size() >= 2 && body->members.size() > g.members.size()) {
          g.members = std::move(body->members);
          if (body->leader) listed_leader = body->leader;
          if (body->deputy) listed_deputy = body->deputy;
        }
        break;
      }
      if (p - u.last <= 12 && has_units(doc, p, end)) {
        std::vector<std::string> members = read_members(a, p, end, shared);
        prefer_bodies(members, p + 1, end);
        if (members.size() >= 2 && members.size() > g.members.size()) g.members = std::move(members);
        break;
      }
      if (!doc.is_key(p, gom)) continue;
      // (s20-members) "gồm có Chủ tịch và Phó Chủ tịch Hội Khuyến học 5 phường: A, B", "gồm lãnh đạo
      // các đơn vị: …": the bodies whose officials the group gathers are its members.
      {
        static const std::string co_k = word_key("có"), va_k = word_key("và"), lanh = word_key("lãnh"),
                                 dao = word_key("đạo"), dai = word_key("đại"), dien = word_key("diện");
        int32_t q = p + 1;
        if (doc.is_key(q, co_k)) ++q;
        const int32_t officials = q;
        while (q < end) {
          if (const auto pos = lexicon::positions().match(doc, q, end)) q += pos.length;
          else if ((doc.is_key(q, lanh) && doc.is_key(q + 1, dao)) || (doc.is_key(q, dai) && doc.is_key(q + 1, dien))) q += 2;
          else break;
          if (doc.is_key(q, va_k) || doc.is_punct(q, ",")) {
            const int32_t r = q + 1;
            if (lexicon::positions().match(doc, r, end) || (doc.is_key(r, lanh) && doc.is_key(r + 1, dao))) q = r;
          }
        }
        if (q > officials) {
          auto body = read_body_list(a, q, end);
          if (body && body->members.size() >= 2 && body->members.size() > g.members.size()) {
            g.members = std::move(body->members);
            break;
          }
        }
      }
      if (auto kinds = counted_bodies_of_places(a, p + 1, end); !kinds.empty()) {
        if (kinds.size() > g.members.size()) g.members = std::move(kinds);
        break;
      }
      std::vector<std::string> members = read_members(a, p + 1, end, shared);
      // "gồm công an các tỉnh: A, B", "gồm Công an năm tỉnh: …" (extract_groups.cpp).
      if (const auto head = police_list_head(a, p + 1, end)) {
        std::vector<std::string> police = read_members(a, head->second, end, head->first);
        if (police.size() > members.size()) members = std::move(police);
      }
      // "gồm 7 đơn vị: Sở A - đơn vị trưởng khối; Văn phòng B; …": bodies, with their roles.
      prefer_bodies(members, p + 1, end);
      strip_police_of_unions(doc, owner_first[j] < u.first ? owner_first[j] : u.last, p, end, members);
      if (members.size() > g.members.size()) g.members = std::move(members);
      break;
    }
  }

  // (s23-parse) "Cụm thi đua số 5" alone on its line over a table of its bodies and their roles
  // ("Công an tỉnh A | Cụm trưởng", "Sở B | Thành viên"): the rows are its members, as under "… gồm:".
  if (g.members.empty()) {
    for (const UnitMention& u : all) {
      if (!is_group(u) || unit_key(u.text) != key) continue;
      const size_t line = static_cast<size_t>(doc.tokens[u.first].line);
      if (line + 1 >= doc.lines.size() || doc.lines[line].first != u.first || doc.lines[line].last != u.last) continue;
      const Line& row = doc.lines[line + 1];
      bool table = false;
      for (int32_t k = row.first; k < row.last && !table; ++k) table = doc.is_punct(k, "|");
      if (!table) continue;
      if (auto rows = read_line_list(a, u.last - 1)) {
        g.members = std::move(rows->members);
        if (rows->leader) listed_leader = rows->leader;
        if (rows->deputy) listed_deputy = rows->deputy;
        break;
      }
    }
  }

  // "Cụm này gồm: …", "Khối thi đua này gồm …", "Các đơn vị trong Khối gồm: …": the group named
  // again by its head alone (with "này", or capitalised) in a text about it.
  if (g.members.empty()) {
    static const std::string nay = word_key("này");
    for (int32_t i = 0; i + 2 < doc.size(); ++i) {
      const auto h = lexicon::unit_heads().match(doc, i);
      if (!h || (static_cast<UnitKind>(h.value()) != UnitKind::kCluster && static_cast<UnitKind>(h.value()) != UnitKind::kBlock)) continue;
      int32_t k = i + h.length;
      // "Khối gồm 5 đơn vị: …", "Cụm thi đua bao gồm …": opening a sentence, the head right
      // before "gồm" is the group too.
      // "Khối có 5 đơn vị: …" too.
      const bool opens_list = doc.is_key(k, gom) || (doc.is_key(k, bao) && doc.is_key(k + 1, gom)) ||
                              has_units(doc, k, doc.sentence_of(i).last);
      // (s23-probe) "Cụm có 3 hợp tác xã thành viên: A, B và C", "Khối có các trường: …": opening a
      // sentence, the head that has bodies counted by their kind names them after the colon.
      if (i == doc.sentence_of(i).first && !opens_list && counted_kind_list(doc, k, doc.sentence_of(i).last)) {
        auto body = read_body_list(a, k + 1, doc.sentence_of(i).last);
        if (body && body->members.size() >= 2 && body->members.size() > g.members.size()) {
          g.members = std::move(body->members);
          if (body->leader) listed_leader = body->leader;
          if (body->deputy) listed_deputy = body->deputy;
        }
        continue;
      }
      if (doc.is_key(k, bao) && doc.is_key(k + 1, gom)) ++k;
      // "… 09 Sở, ngành thuộc Khối thi đua, gồm: …": the head with its "thi đua", a comma before "gồm".
      static const std::vector<std::string> thi_dua = phrase_keys("thi đua");
      // (s28-members2) … and any opener of members after the comma ("…, bao gồm: …", "…, gồm có …"; lexicon
      // member_openers), k left on its last word as on "gồm".
      const auto opener_after_comma = [&](int32_t c) {
        const auto o = doc.is_punct(c, ",") ? lexicon::member_openers().match(doc, c + 1) : PhraseTable::Match{};
        return o ? c + static_cast<int32_t>(o.length) : -1;
      };
      if (doc.is_key(k, thi_dua[0]) && doc.is_key(k + 1, thi_dua[1]) && opener_after_comma(k + 2) >= 0)
        k = opener_after_comma(k + 2);
      else if (opener_after_comma(k) >= 0 && i > doc.sentence_of(i).first)
        k = opener_after_comma(k);
      if (doc.is_key(k, nay)) {
        ++k;
        if (doc.is_key(k, bao) && doc.is_key(k + 1, gom)) ++k;  // "cụm này bao gồm"
      } else if (!doc.tokens[i].capitalised || (i == doc.sentence_of(i).first && !opens_list)) continue;
      // "Các đơn vị thành viên của Khối là A, B và C": the copula after the group a unit is "of"
      // or "in" opens the list too.
      static const std::string la = word_key("là"), cua = word_key("của"), trong = word_key("trong");
      const bool copula = doc.is_key(k, la) && (doc.is_key(i - 1, cua) || doc.is_key(i - 1, trong));
      if (has_units(doc, k, doc.sentence_of(k).last)) {
        std::vector<std::string> members = read_members(a, k, doc.sentence_of(k).last);
        prefer_bodies(members, k + 1, doc.sentence_of(k).last);
        if (members.size() >= 2 && members.size() > g.members.size()) g.members = std::move(members);
        continue;
      }
      if (doc.is_key(k, gom) || copula) {
        std::vector<std::string> members = read_members(a, k + 1, doc.sentence_of(k).last);
        // "Các đơn vị thành viên của Cụm gồm: Sở A, Sở B, Thanh tra tỉnh và Sở C": bodies outside
        // the gazetteer too, with their roles (extract_groups.cpp), as after the group's full name.
        prefer_bodies(members, k + 1, doc.sentence_of(k).last);
        if (copula && members.size() < 2) continue;
        if (members.size() > g.members.size()) g.members = std::move(members);
      }
    }
  }

  // "Công an các tỉnh A, B, C, D, E (Cụm thi đua số 3)": the list before the bracketed group.
  if (g.members.empty()) {
    for (const UnitMention& u : all) {
      if (!is_group(u) || unit_key(u.text) != key || !doc.is_punct(u.first - 1, "(")) continue;
      const int32_t open = u.first - 1;
      const int32_t from = doc.sentence_of(open).first;
      std::optional<UnitMention> before;  // "Công an tỉnh A cùng Công an các tỉnh B, C (Cụm …)"
      static const std::string cung = word_key("cùng"), voi = word_key("với"), va = word_key("và");
      for (const UnitMention& list : find_units(doc, from, open, a.unit_options())) {
        if (!list.list_prefix) {
          before = list;
          continue;
        }
        std::vector<std::string> members = read_members(a, list.first, open);
        const bool joined = before && before->last + 1 == list.first &&
                            (doc.is_key(before->last, cung) || doc.is_key(before->last, va) || doc.is_key(before->last, voi));
        if (joined && !is_group(*before) && !members.empty()) members.insert(members.begin(), a.complete(*before));
        if (members.size() > g.members.size()) g.members = std::move(members);
        before.reset();
      }
      // "các Bộ Chỉ huy Bộ đội Biên phòng tỉnh A, B, C (Cụm thi đua số 1)": a body outside the
      // gazetteer, its level and the places (extract_groups.cpp), the list ending at the bracket.
      for (int32_t c = open - 1; g.members.empty() && c >= from && open - c <= 30; --c) {
        if (!doc.is_key(c, cac)) continue;
        if (auto body = read_body_list(a, c, open); body && body->members.size() >= 2) g.members = std::move(body->members);
        break;
      }
    }
  }

  // "Công an tỉnh A, Công an tỉnh B và Công an tỉnh C thuộc Cụm thi đua số 2 …": two or more
  // units listed, joined by commas and "và", right before "thuộc"/"trong" and the group.
  if (g.members.empty()) {
    static const std::string thuoc = word_key("thuộc"), trong = word_key("trong"), va = word_key("và");
    for (const UnitMention& u : all) {
      if (!is_group(u) || unit_key(u.text) != key) continue;
      const int32_t link = u.first - 1;
      if (!doc.is_key(link, thuoc) && !doc.is_key(link, trong)) continue;
      // (s25-members) "…, Cảnh sát PCCC-CNCH (…) 8 địa phương A, B, … thuộc cụm thi đua số 12": a body's
      // head written once for the places, opening the sentence or a clause after a comma.
      // The gazetteer's units read below win when they open after the head ("Ban Giám đốc Công an các
      // tỉnh A, B thuộc …": the board stands for the police), not when they start with it.
      const Sentence& s = doc.sentence_of(link);
      std::optional<BodyList> headed;
      int32_t headed_at = -1;
      for (int32_t st = s.first; st < link && !headed; ++st)
        if ((st == s.first || doc.is_punct(st - 1, ",")) && doc.is_word(st) && doc.tokens[st].capitalised)
          if (auto body = read_places_of_one_head(a, st, link); body && body->members.size() >= 2) {
            headed = std::move(body);
            headed_at = st;
          }
      std::vector<UnitMention> chain;
      for (const UnitMention& m : find_units(doc, doc.sentence_of(link).first, link, a.unit_options())) {
        const bool joined = !chain.empty() && ((m.first == chain.back().last + 1 && (doc.is_punct(chain.back().last, ",") ||
                                                                                     doc.is_key(chain.back().last, va))) ||
                                               m.first == chain.back().last);
        if (!joined) chain.clear();
        if (m.kind == UnitKind::kPolice || m.kind == UnitKind::kOffice) chain.push_back(m);
        else chain.clear();
      }
      if (headed && (chain.empty() || chain.front().first <= headed_at)) {
        if (headed->members.size() > g.members.size()) g.members = std::move(headed->members);
        continue;
      }
      if (chain.size() < 2 || chain.back().last != link) continue;
      std::vector<std::string> members = read_members(a, chain.front().first, link);
      if (members.size() > g.members.size()) g.members = std::move(members);
    }
  }

  // "Tham dự … có lãnh đạo Công an các tỉnh: A, B, C và đơn vị cụm trưởng Công an tỉnh D": a
  // list of three or more of one level's police in a text about the group, away from "gồm".
  if (g.members.empty()) {
    static const std::string cung = word_key("cùng"), voi = word_key("với"), va = word_key("và");
    for (const UnitMention& list : all) {
      if (!list.list_prefix || !list.level) continue;  // "Công an các tỉnh: A, B" or "… các tỉnh A, B"
      if (awarded_list(doc, list.first)) continue;  // "đề nghị tặng Cờ thi đua cho Công an các tỉnh A, B"
      std::vector<std::string> members = read_members(a, list.first, doc.sentence_of(list.first).last);
      // "Công an tỉnh A cùng Công an các tỉnh B, C, D ký …": the unit joined before the list is one
      // of them.
      const int32_t link = list.first - 1;
      if (members.size() >= 2 && (doc.is_key(link, cung) || doc.is_key(link, va) ||
                                  (doc.is_key(link, voi) && doc.is_key(link - 1, cung)))) {
        const int32_t before_end = doc.is_key(link, voi) ? link - 1 : link;
        for (const UnitMention& b : all) {
          if (b.last == before_end && b.kind == list.kind && !b.list_prefix && !b.name.empty() && !is_group(b)) {
            members.insert(members.begin(), a.complete(b));
            break;
          }
        }
      }
      if (members.size() >= 3 && members.size() > g.members.size()) g.members = std::move(members);
    }
  }

  // (s19-rules) "lãnh đạo Công an, Cảnh sát phòng cháy chữa cháy các tỉnh A, B, C và D": two bodies
  // sharing one list of places, the police and another force of each place (extract_groups.cpp
  // reads the second body's list), in a text about the group: each place's two units.
  if (g.members.empty()) {
    static const std::string cong = word_key("công"), an = word_key("an"), va = word_key("và");
    for (int32_t i = 0; i + 4 < doc.size() && g.members.empty(); ++i) {
      if (!doc.is_key(i, cong) || !doc.is_key(i + 1, an) || !(doc.is_punct(i + 2, ",") || doc.is_key(i + 2, va))) continue;
      if (awarded_list(doc, i)) continue;
      const auto other = read_body_list(a, i + 3, doc.sentence_of(i).last);
      if (!other || other->members.size() < 3 || other->members.front().rfind("Công an ", 0) == 0) continue;
      // Every member of the second body's list written with one head before its place's level.
      std::vector<std::string> members;
      std::string head;
      for (const std::string& m : other->members) {
        for (const char* lv : {" tỉnh ", " thành phố ", " huyện ", " quận ", " thị xã "}) {
          const size_t at = m.find(lv);
          if (at == std::string::npos || (!head.empty() && m.compare(0, at, head) != 0)) continue;
          if (head.empty()) head = m.substr(0, at);
          members.push_back("Công an" + m.substr(at));
          members.push_back(m);
          break;
        }
      }
      if (members.size() == 2 * other->members.size()) g.members = std::move(members);
    }
  }

  // "Công an tỉnh A (Cụm trưởng), Công an tỉnh B (Cụm phó), Công an tỉnh C và Công an tỉnh D đã
  // ký …": three or more police units of one level, each named in full, listed by commas and "và"
  // in a text about the group.
  if (g.members.empty()) {
    for (const UnitMention& u : all) {
      if (u.kind != UnitKind::kPolice || u.list_prefix || !u.level || u.name.empty()) continue;
      if (doc.is_punct(u.first - 1, ",") || doc.is_key(u.first - 1, word_key("và"))) continue;  // not the list's first
      if (awarded_list(doc, u.first)) continue;  // "tặng Bằng khen cho Công an tỉnh A, Công an tỉnh B, …"
      std::vector<std::string> members = read_members(a, u.first, doc.sentence_of(u.first).last);
      // one level, however written ("Công an TP Hà Nội, Công an TP.HCM, Công an thành phố …")
      // Provinces and centrally-run cities are of one rank: "Công an tỉnh Bình Dương, Công an
      // Thành phố Hồ Chí Minh và Công an tỉnh Tây Ninh".
      const bool top = *u.level == Level::kProvince || *u.level == Level::kCity;
      const std::string head = unit_key(u.head + " " + u.level_text) + " ";
      const std::string province = unit_key(u.head + " tỉnh") + " ", city = unit_key(u.head + " thành phố") + " ";
      // Districts, towns and a province's cities are of one rank too ("Công an huyện Lương Sơn, …
      // và Công an thành phố Hòa Bình"), as are communes, wards and townlets.
      auto rank_of = [&](const char* const* levels, size_t n) {
        for (size_t j = 0; j < n; ++j)
          if (head == unit_key(u.head + " " + levels[j]) + " ") return true;
        return false;
      };
      static const char* const kDistricts[] = {"huyện", "quận", "thị xã"};
      static const char* const kCommunes[] = {"xã", "phường", "thị trấn"};
      const bool district = rank_of(kDistricts, 3), commune = rank_of(kCommunes, 3);
      auto of_rank = [&](const std::string& key, const char* const* levels, size_t n, bool with_city) {
        for (size_t j = 0; j < n; ++j) {
          const std::string h = unit_key(u.head + " " + levels[j]) + " ";
          if (key.compare(0, h.size(), h) == 0) return true;
        }
        return with_city && key.compare(0, city.size(), city) == 0;
      };
      const bool one_level = std::all_of(members.begin(), members.end(), [&](const std::string& m) {
        const std::string key = unit_key(m);
        if (top) return key.compare(0, province.size(), province) == 0 || key.compare(0, city.size(), city) == 0;
        if (district) return of_rank(key, kDistricts, 3, true);
        if (commune) return of_rank(key, kCommunes, 3, false);
        return key.compare(0, head.size(), head) == 0;
      });
      if (members.size() >= 3 && one_level && members.size() > g.members.size()) g.members = std::move(members);
    }
  }

  // "… các Học viện, trường CAND khu vực phía Bắc (T29; T31; T32; …)": units of the ministry
  // written as their codes, three or more in a bracket, in a sentence naming the group.
  if (g.members.empty()) {
    auto code_end = [&](int32_t k) { return unit_code_end(doc, k); };
    // Every mention of the group, inside another unit's name too ("Hội phụ nữ Cụm thi đua số 2").
    for (int32_t i = 0; i < doc.size() && g.members.empty(); ++i) {
      const Sentence& s = doc.sentence_of(i);
      const auto found = match_unit(doc, i, s.last, a.unit_options());
      if (!found || !is_group(*found) || unit_key(found->text) != key) continue;
      const UnitMention& u = *found;
      for (int32_t open = u.last; open < s.last && g.members.empty(); ++open) {
        if (!doc.is_punct(open, "(")) continue;
        std::vector<std::string> codes;
        int32_t k = open + 1;
        while (k < s.last) {
          const int32_t e = code_end(k);
          if (e == k) break;
          codes.emplace_back(doc.text_of(k, e));
          k = e;
          if (doc.is_punct(k, ";") || doc.is_punct(k, ",")) ++k;
        }
        if (doc.is_punct(k, ")") && codes.size() >= 3) g.members = std::move(codes);
      }
    }
  }

  // "các xã A, B thuộc Cụm thi đua số 7", "đại diện 05 xã A, B, C, D, E", "… thuộc khối gồm: …".
  if (g.members.empty()) {
    const MemberReader reader = [&](int32_t p, int32_t end, std::optional<std::pair<Level, std::string>> shared) {
      return read_members(a, p, end, shared);
    };
    g.members = members_elsewhere(a, key, reader);
    // (s25-heads) "… Đài PT - TH các tỉnh trung du miền núi phía Bắc gồm: A, B", "Cụm thi đua số I, Tòa
    // án nhân dân hai cấp thuộc 14 tỉnh …: A, B": the places under a body's head.
    if (g.members.empty()) g.members = headed_places_members(a, key, reader);
  }
  // (s26) "… Công an các huyện miền Tây gồm Tân Kỳ, Anh Sơn, …", "… các trường THPT khu vực miền núi
  // gồm: Mường Lát, Quan Sơn, …": bare names under the kind written once before them.
  if (g.members.empty()) {
    if (auto names = bare_names_members(a, key, names_police(doc))) {
      g.members = std::move(names->members);
      if (!names->kind.empty()) g.members_from = kind_written_once(*names);
      if (names->leader) listed_leader = names->leader;
      if (names->deputy) listed_deputy = names->deputy;
    }
  }
  // Bodies in a bracket after the group, after "đơn vị trong Cụm:", or listed right before it.
  if (g.members.empty()) {
    if (auto body = bodies_around_group(a, key)) {
      g.members = std::move(body->members);
      if (body->leader) listed_leader = body->leader;
      if (body->deputy) listed_deputy = body->deputy;
    }
  }
  // (session 24) Failing every wording: the longest list of bodies the text writes.
  if (g.members.empty()) {
    if (auto body = densest_body_list(a)) {
      g.members = std::move(body->members);
      if (!g.members.empty())
        g.members_from = Provenance{g.members.front(), "danh sách đơn vị dài nhất trong văn bản, không đứng cạnh tên cụm, khối"};
    }
  }
  unions_of_listed_police(a, g.members);
  guests_dropped(doc, g.members);
  written_out_heads(g.members);
  written_out_levels(g.members);
  level_of_the_last_shared(g.members);  // (s28-members) "Công an, Tòa án nhân dân và Cục Thi hành án dân sự tỉnh"
  with_places_completed(a, g.members);
  continued_members(a, g.members);  // (s23-probe) "… gồm A, B. Ngoài ra còn có C và D."
  numbered_members(a, g.members);   // (session 27) "… và các Trại giam số 3, số 5 Tổng cục VIII"

  // "Cụm thi đua số 3 của tỉnh gồm các huyện: A, B, C": a group of places is read as their police
  // ("Công an huyện A"), as the police's clusters are; a text that never names the police is
  // about a province's own cluster of its districts or communes ("huyện A"), or a cluster of
  // provinces' youth unions or associations ("tỉnh Hải Dương", "thành phố Hà Nội").
  // (s16-plan-a) … and in a text that names the police elsewhere ("Hội Cựu chiến binh … Bộ Công an
  // …"), a group owned by another body still has places for members, those the text never writes
  // as police units ("Công an tỉnh A").
  const bool police_text = names_police(doc);
  if (!g.members.empty()) {
    // Provinces are places only when the group's name says whose cluster it is ("Cụm Đoàn thanh
    // niên các tỉnh, thành …"); named alone they stay the ministry's clusters of provincial police.
    bool owned = false;
    const Document name_doc = analyse_fragment(g.name);
    for (int32_t k = 1; k < name_doc.size() && !owned; ++k)
      if (const auto h = lexicon::unit_heads().match(name_doc, k)) {
        const auto kind = static_cast<UnitKind>(h.value());
        owned = kind != UnitKind::kPolice && kind != UnitKind::kCluster && kind != UnitKind::kBlock &&
                kind != UnitKind::kNotAUnit;
      }
    // (s14-plan-b) … or when the name counts the provinces it groups ("cụm bảy tỉnh biên giới phía
    // Bắc", "Cụm 5 tỉnh Tây Nguyên") in a text that never names their police: a cluster of provinces.
    for (int32_t k = 1; k < name_doc.size() && k <= 3 && !owned; ++k) owned = count_before_level(name_doc, k, name_doc.size());
    // … or when a body other than the police is written right before the group, whose cluster it
    // is: "Hội CCB Việt Nam cụm số 11, gồm các tỉnh: A, B" (the provinces' veterans, not police).
    for (const UnitMention& u : all) {
      if (owned) break;
      if (!is_group(u) || without_thi_dua(unit_key(u.text)) != without_thi_dua(key)) continue;
      for (const UnitMention& body : find_units(doc, std::max(doc.sentence_of(u.first).first, u.first - 8), u.first, a.unit_options()))
        if (body.last <= u.first && u.first - body.last <= 3 &&
            std::all_of(doc.tokens.begin() + body.last, doc.tokens.begin() + u.first,
                        [](const auto& t) { return t.capitalised; }) &&
            body.kind != UnitKind::kPolice && body.kind != UnitKind::kCluster &&
            body.kind != UnitKind::kBlock && body.kind != UnitKind::kNotAUnit && body.kind != UnitKind::kMinistry)
          owned = true;
    }
    // (s25-heads) … or a body's head before "các <level>" right before the group ("Hội Phụ nữ Công an
    // các tỉnh thuộc Cụm thi đua số 6", "Hội Cựu chiến binh các tỉnh trong Cụm"), not the police's own.
    static const std::string thuoc_o = word_key("thuộc"), trong_o = word_key("trong"), cua_o = word_key("của"),
                             cac_o = word_key("các");
    for (const UnitMention& u : all) {
      if (owned) break;
      if (!is_group(u) || without_thi_dua(unit_key(u.text)) != without_thi_dua(key)) continue;
      int32_t k = u.first;
      if (doc.is_key(k - 1, thuoc_o) || doc.is_key(k - 1, trong_o) || doc.is_key(k - 1, cua_o)) --k;
      const auto lv = k >= 2 ? lexicon::levels().match(doc, k - 1, k) : PhraseTable::Match{};
      if (!lv || !doc.is_word(k - 1) || doc.tokens[k - 1].capitalised || !doc.is_key(k - 2, cac_o)) continue;
      if (const auto span = head_before_count(a, k - 2)) {
        const auto h = lexicon::unit_heads().match(doc, span->first, span->second);
        owned = !(h && static_cast<UnitKind>(h.value()) == UnitKind::kPolice && span->first + h.length == span->second);
      }
    }
    // (s15-plan-a) … or after it, the group's parent body: "Cụm thi đua số 5 Bảo hiểm Xã hội Việt
    // Nam gồm 6 tỉnh: …", "Cụm thi đua số 2, Hội Truyền thống … Việt Nam gồm các tỉnh: …".
    for (const UnitMention& u : all) {
      if (owned) break;
      if (!is_group(u) || without_thi_dua(unit_key(u.text)) != without_thi_dua(key)) continue;
      int32_t k = u.last;
      if (doc.is_punct(k, ",") || doc.is_punct(k, "-") || doc.is_punct(k, "–")) ++k;
      if (const auto body = match_unit(doc, k, doc.sentence_of(u.first).last, a.unit_options()))
        owned = body->kind != UnitKind::kPolice && body->kind != UnitKind::kCluster && body->kind != UnitKind::kBlock &&
                body->kind != UnitKind::kNotAUnit && body->kind != UnitKind::kMinistry;
    }
    // (s22-lists) … or when a text that never names the police names another body of one of the
    // listed places ("Cụm thi đua các tỉnh Tây Nguyên … gồm 5 tỉnh: …; UBND tỉnh Gia Lai là Cụm
    // trưởng"): the text's bodies are not a force's, its members are the places with their level
    // (the Conventions' members by places). A list of places alone still reads as the ministry's
    // cluster of provincial police.
    for (const UnitMention& body : all) {
      if (owned || police_text) break;
      if (body.name.empty() || !body.level || body.list_prefix || is_group(body) || body.kind == UnitKind::kPolice ||
          body.kind == UnitKind::kNotAUnit || body.kind == UnitKind::kMinistry)
        continue;
      const std::string place = unit_key(body.name);
      owned = std::any_of(g.members.begin(), g.members.end(), [&](const std::string& m) {
        const std::string mk = unit_key(m);
        return mk.size() > place.size() && mk.compare(mk.size() - place.size(), place.size(), place) == 0 &&
               mk[mk.size() - place.size() - 1] == ' ';
      });
    }
    static const std::string prefix = "Công an ";
    static const char* const kLocal[] = {"huyện ", "quận ", "thị xã ", "xã ", "phường ", "thị trấn "};
    static const char* const kTop[] = {"tỉnh ", "thành phố "};
    // Police units the text writes out ("Công an tỉnh A", "Công an các tỉnh A, B") are police when
    // they are half the list or more, or the list's head; one written as the meeting's place ("tại
    // Công an tỉnh A") does not make the others so.
    bool keep_police = police_text && !owned;
    if (police_text && owned) {
      const std::string text_key = " " + unit_key(std::string(doc.text_of(0, doc.size()))) + " ";
      size_t written = 0;
      for (const std::string& m : g.members)
        written += m.rfind(prefix, 0) == 0 && text_key.find(" " + unit_key(m) + " ") != std::string::npos;
      keep_police = 2 * written >= g.members.size();
      // "… gồm Công an các tỉnh A, B": the police written as the list's head.
      // (s25-heads) … not inside another body's name ("Hội Phụ nữ Công an các tỉnh").
      auto inside_body = [&](const UnitMention& u) {
        for (int32_t k = u.first + 1; k < u.last; ++k)
          if (doc.is_key(k, cac_o) || doc.is_number(k)) {
            const auto span = head_before_count(a, k);
            return span && span->first < u.first;
          }
        return false;
      };
      for (const UnitMention& u : all) keep_police |= u.kind == UnitKind::kPolice && u.list_prefix && !inside_body(u);
    }
    // (s25-heads) … and a group named by its region, not numbered, in a text that never names the police
    // ("Cụm thi đua Tây Nguyên (gồm 5 tỉnh A, B …)") is the provinces' own: places with their level (the
    // ministry's clusters of provincial police are numbered: "Cụm thi đua số 4 (gồm A, B, C)").
    static const std::string so_name = word_key("số");
    bool regional = !police_text && name_doc.size() > 2;
    for (int32_t k = 0; k < name_doc.size() && regional; ++k) regional = !name_doc.is_key(k, so_name) && !name_doc.is_number(k);
    // (s26) "Khối thi đua số 3 gồm: …, Công an tỉnh (Khối phó), Thanh tra tỉnh, …": the police written
    // out with a bare level (completed with the text's place) is a police unit among other bodies.
    auto written_bare = [&](const std::string& m) {
      const Document d = analyse_fragment(m);
      const auto lv = d.size() > 2 ? lexicon::levels().match(d, 2, d.size()) : PhraseTable::Match{};
      if (!lv) return false;
      const int32_t n = 2 + lv.length;
      const std::string bare = unit_key(d.text_of(0, n));
      for (int32_t k = 0; k + n <= doc.size(); ++k)
        if (unit_key(doc.text_of(k, k + n)) == bare && !(doc.is_word(k + n) && doc.tokens[k + n].capitalised)) return true;
      return false;
    };
    for (std::string& m : g.members) {
      if (m.rfind(prefix, 0) != 0 || keep_police || written_bare(m)) continue;
      const std::string place = m.substr(prefix.size());
      // (s14-plan-b) "Thành phố Hồ Chí Minh" capitalised is of the level "thành phố" too.
      auto starts = [&](const char* l) { return (unit_key(place) + " ").rfind(unit_key(l) + " ", 0) == 0; };
      if (std::any_of(std::begin(kLocal), std::end(kLocal), starts) ||
          ((owned || regional) && std::any_of(std::begin(kTop), std::end(kTop), starts)))
        m = place;
    }
  }

  // (s26) "Khối thi đua các sở, ngành … gồm 4 đơn vị: Công Thương, …", "Kho bạc Nhà nước các huyện miền
  // núi gồm: Kỳ Sơn, …": names read bare, or places with their level, take the kind written before them.
  if (auto named = kinds_for_bare_members(a, g.members, names_police(doc))) {
    g.members = std::move(named->members);
    g.members_from = kind_written_once(*named);
    if (named->leader) listed_leader = named->leader;
    if (named->deputy) listed_deputy = named->deputy;
  }

  // Leader and deputy: a person who is "Cụm trưởng" heads a unit named in another position.
  for (const Person& p : people) {
    for (const PositionPart& role : p.parts) {
      if (!(role.flags & (kGroupLeader | kGroupDeputy))) continue;
      if (role.unit && unit_key(role.unit->text) != key) continue;
      for (const PositionPart& other : p.parts) {
        const std::optional<std::string> office = body_headed_by(other);  // "Phó Chánh Văn phòng UBND tỉnh"
        if (&other == &role || (!other.unit && !office) || (other.unit && is_group(*other.unit))) continue;
        std::optional<std::string>& slot = (role.flags & kGroupLeader) ? g.leader : g.deputy;
        if (!slot) {
          slot = office ? *office : a.complete(*other.unit);
          ((role.flags & kGroupLeader) ? g.leader_from : g.deputy_from) =
              Provenance{p.name + ", " + other.source + ", " + role.source,
                         "đơn vị của người giữ chức " + role.source};
        }
      }
    }
  }
  // "Giám đốc Sở X, Khối trưởng Khối thi đua": the group named short in the person's role.
  roles_of_people(a, people, key, g);
  static const std::string don = word_key("đơn"), vi = word_key("vị"), truong = word_key("trưởng"), pho = word_key("phó"),
                           khoi = word_key("khối"), cum = word_key("cụm"), thi = word_key("thi"), so = word_key("số");
  static const std::string la_role = word_key("là"), lam_role = word_key("làm");
  auto copula_before = [&](int32_t i) {
    int32_t k = i - 1;
    if (doc.is_key(k, vi) && doc.is_key(k - 1, don)) k -= 2;
    return doc.is_key(k, la_role) || doc.is_key(k, lam_role);
  };
  // (s21-lists) "Chi cục Thuế huyện A - Trưởng khối thi đua đã …", "Văn phòng Đoàn ĐBQH và HĐND
  // tỉnh, Trưởng Khối thi đua các cơ quan … đã tổ chức": the role set off by a comma or a dash
  // right after a unit (no person named) is the unit's, capitalised as it may be.
  auto unit_set_off_before = [&](int32_t i) {
    if (!(doc.is_punct(i - 1, ",") || doc.is_punct(i - 1, "-") || doc.is_punct(i - 1, "–")) || i < 2 ||
        a.in_person[static_cast<size_t>(i - 2)])
      return false;
    for (const UnitMention& u : find_units(doc, std::max(doc.sentence_of(i).first, i - 16), i - 1, a.unit_options()))
      if (u.last == i - 1 && !is_group(u) && !u.list_prefix) return true;
    return false;
  };
  bool leader_dated = false, deputy_dated = false;
  MemberForms member_forms;  // the listed members analysed once, for every role below
  for (int32_t i = 0; i < doc.size(); ++i) {
    if (a.in_person[static_cast<size_t>(i)]) continue;
    if (next_year_role(a, i)) continue;
    // "Phó Cụm trưởng": the role starts one word before; "Cụm trưởng" inside it is not the leader.
    if (const auto longer = i > 0 ? lexicon::positions().match(doc, i - 1) : PhraseTable::Match{};
        longer && longer.length >= 2 && (longer.value() & (kGroupLeader | kGroupDeputy)))
      continue;
    int flags = 0, length = 0;
    if (const auto role = lexicon::positions().match(doc, i); role && (role.value() & (kGroupLeader | kGroupDeputy))) {
      flags = role.value();
      length = role.length;
    } else if ((doc.is_key(i, truong) || doc.is_key(i, pho)) && (doc.is_key(i + 1, khoi) || doc.is_key(i + 1, cum)) &&
               (!doc.tokens[i].capitalised || copula_before(i) || doc.is_punct(i - 1, "(") ||
                (doc.is_key(i - 1, vi) && doc.is_key(i - 2, don)) || unit_set_off_before(i)) &&
               !(doc.is_key(i + 2, thi) && (doc.is_key(i + 4, so) || doc.is_number(i + 4) ||
                                            (doc.is_word(i + 4) && doc.tokens[i + 4].capitalised))) &&
               !doc.is_key(i + 2, so) && !(doc.is_word(i + 2) && doc.tokens[i + 2].capitalised) && !doc.is_number(i + 2)) {
      // The role written head first, as a unit takes it: "làm trưởng khối", "là đơn vị phó cụm",
      // "là Trưởng Cụm", "là Phó Cụm thi đua năm 2021" (not "Trưởng Cụm thi đua số 4", a person's).
      flags = doc.is_key(i, truong) ? kGroupLeader : kGroupDeputy;
      length = 2;
    }
    if (!flags && doc.is_key(i, pho) && doc.is_key(i + 1, truong) && (doc.is_key(i + 2, khoi) || doc.is_key(i + 2, cum)) &&
        copula_before(i)) {
      flags = kGroupDeputy;  // "Sở Y làm Phó Trưởng khối"
      length = 3;
    }
    if (!flags) continue;
    struct { int32_t length; } role{length};
    std::optional<std::string>& slot = (flags & kGroupLeader) ? g.leader : g.deputy;
    Provenance& from = (flags & kGroupLeader) ? g.leader_from : g.deputy_from;
    const std::string role_words(doc.text_of(i, i + role.length));
    // "A – Cụm trưởng, B – Cụm phó, …. B giữ vai trò Cụm trưởng, C giữ vai trò Cụm phó của Cụm
    // năm 2024": a role given for a year the text names overrides one given without a year (the
    // list's remarks may be last year's).
    const bool dated = role_for_year(a, i + role.length);
    bool& slot_dated = (flags & kGroupLeader) ? leader_dated : deputy_dated;
    // (s23-probe) "Khối trưởng năm 2024 là A, năm 2025 là B": one role given for two years in a
    // sentence; the holder of the text's year (the first year it writes) is the group's, the other
    // year's is not.
    if (const auto other = role_of_text_year(a, i + role.length)) {
      if (other->first) {
        if (auto u = unit_for_role(a, other->second, 2)) {
          slot = u->full;
          from = Provenance{u->written + " … " + role_words, "vai trò ghi kèm năm"};
          slot_dated = true;
        }
        continue;
      }
    }
    if (slot && dated && !slot_dated) {
      if (auto u = unit_for_role(a, i, role.length)) {
        slot = u->full;
        from = Provenance{u->written + " … " + role_words, "vai trò ghi kèm năm"};
        slot_dated = true;
      }
    }
    if (!slot) {
      if (auto u = unit_for_role(a, i, role.length)) {
        slot = u->full;
        slot_dated = dated;
        from = Provenance{u->written + " … " + role_words,
                          u->full != u->written ? "địa danh lấy từ phần khác của văn bản" : ""};
      } else if (auto passive = unit_for_role_passive(a, i)) {
        // "X được giao nhiệm vụ khối trưởng", "do xã X làm cụm trưởng" (extract_groups.cpp).
        slot = passive->first;
        from = Provenance{passive->second + " … " + role_words, ""};
      } else if (auto fronted = unit_for_fronted_role(a, i)) {
        // "Là đơn vị Cụm trưởng năm 2024, Công an tỉnh A …" (extract_groups.cpp).
        slot = fronted->first;
        from = Provenance{role_words + " … " + fronted->second, "đơn vị là chủ ngữ sau cụm “Là/Với vai trò … " + role_words + "”"};
      }
    }
    // "Khối trưởng là BIDV chi nhánh A, Khối phó là Quỹ tín dụng B": after the role and its copula,
    // the longest listed member the words start with (a body the lexicon does not head, named as the
    // group's list names it).
    if (!slot) {
      int32_t at = i + role.length;
      if (doc.is_key(at, la_role) || doc.is_key(at, lam_role)) ++at;
      if (doc.is_key(at, don) && doc.is_key(at + 1, vi)) at += 2;
      // The longest listed member written as the words starting at `edge`.
      auto listed_member = [&](int32_t edge) -> std::pair<const std::string*, int32_t> {
        std::pair<const std::string*, int32_t> best{nullptr, 0};
        for (const std::string& m : g.members) {
          const std::string& mk = member_forms.of(m).key;
          const auto words = static_cast<int32_t>(std::count(mk.begin(), mk.end(), ' ')) + 1;
          if (words <= best.second || edge + words > doc.size()) continue;
          if (unit_key(doc.text_of(edge, edge + words)) == mk) best = {&m, words};
        }
        return best;
      };
      if (at > i + role.length && doc.is_word(at) && doc.tokens[at].capitalised)
        if (const auto [m, words] = listed_member(at); m) {
          slot = *m;
          from = Provenance{std::string(doc.text_of(i, at + words)), ""};
        }
      // "bầu Quỹ Đầu tư phát triển A làm Khối trưởng": the member right before the copula.
      if (!slot)
        if (const auto holder = listed_member_before_role(doc, g.members, member_forms, i, true)) {
          slot = *holder->member;
          from = Provenance{std::string(doc.text_of(holder->first, i + role.length)), ""};
        }
    }
    // "Công an 8 huyện: Chương Mỹ (đơn vị Cụm trưởng), Thường Tín…": the member named before
    // the bracket.
    const int32_t open = doc.is_key(i - 2, don) && doc.is_key(i - 1, vi) ? i - 3 : i - 1;
    if (!slot && doc.is_punct(open, "(") && open > 0) {
      int32_t from_first = open;
      while (from_first > 0 && doc.is_word(from_first - 1) && doc.tokens[from_first - 1].capitalised && open - from_first < 4)
        --from_first;
      const std::string tail = std::string(doc.text_of(from_first, open));
      for (const std::string& m : g.members) {
        if (!tail.empty() && m.size() >= tail.size() && m.compare(m.size() - tail.size(), tail.size(), tail) == 0) {
          slot = m;
          from = Provenance{std::string(doc.text_of(from_first, i + role.length)),
                            "thành viên ghi trước “(" + role_words + ")” trong danh sách"};
          break;
        }
      }
    }
  }
  if (!g.leader && listed_leader) {
    g.leader = listed_leader;
    g.leader_from = Provenance{*listed_leader, ""};
  }
  if (!g.deputy && listed_deputy) {
    g.deputy = listed_deputy;
    g.deputy_from = Provenance{*listed_deputy, ""};
  }
  if (!g.leader) {
    if (auto host = hosting_unit(a)) {  // "xã X (đơn vị chủ trì Khối thi đua năm 2020)"
      g.leader = host->first;
      g.leader_from = Provenance{host->second + " … đơn vị chủ trì", "đơn vị chủ trì khối/cụm là khối/cụm trưởng"};
    }
  }
  // "Huyện A được bầu làm cụm trưởng" opening a sentence: the member as the list writes it; "B
  // giữ vai trò Cụm phó" for the member "B tỉnh Hải Dương" listed with its level.
  auto without_levels = [](const std::string& text) {
    std::string key = " " + unit_key(text) + " ";
    for (const char* level : {"tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"}) {
      const std::string w = " " + unit_key(level) + " ";
      for (size_t at; (at = key.find(w)) != std::string::npos;) key.replace(at, w.size(), " ");
    }
    return key;
  };
  for (std::optional<std::string>* slot : {&g.leader, &g.deputy}) {
    if (!*slot) continue;
    bool same = false;
    for (const std::string& m : g.members)
      if (m != **slot && unit_key(m) == unit_key(**slot)) {
        **slot = m;
        same = true;
      }
    if (same) continue;
    std::vector<std::string> found;
    for (const std::string& m : g.members)
      if (m != **slot && without_levels(m) == without_levels(**slot)) found.push_back(m);
    // (s27-members) "Hội phụ nữ Tổng cục A, …, Tổng cục B là đơn vị Cụm trưởng": in a group of the
    // organisations inside bodies, the body holding the role stands for its organisation listed.
    for (const std::string& m : g.members) {
      if (!found.empty() || m.size() <= (*slot)->size() + 1 || m.compare(m.size() - (*slot)->size(), std::string::npos, **slot) != 0 ||
          m[m.size() - (*slot)->size() - 1] != ' ')
        continue;
      const Document d = analyse_fragment(m.substr(0, m.size() - (*slot)->size() - 1));
      if (const auto org = lexicon::organisations_within().match(d, 0); org && org.length == d.size()) found.push_back(m);
    }
    if (found.size() == 1) **slot = found.front();
  }
  // "Công an tỉnh A, đơn vị Cụm trưởng, cùng các đơn vị B, C …" (extract_groups.cpp).
  members_joined_to_role(a, key,
                         [&](int32_t p, int32_t end, std::optional<std::pair<Level, std::string>> shared) {
                           return read_members(a, p, end, shared);
                         },
                         g);
  role_beside_list(a, g);  // (s28-members2) "A – Khối trưởng … và các đơn vị thuộc Khối (B, C)"
  roles_of_listed_members(a, g, member_forms);
  roles_by_list_order(a, g);  // "Đơn vị xếp đầu cụm làm cụm trưởng"
  roles_with_their_places(a, g);  // "Sở TT&TT TP Cần Thơ là Cụm trưởng"
  roles_of_bare_places(a, g);  // (s28-members) "… do Đồng Nai làm Cụm trưởng"
  // "Ban Thường trực Ủy ban MTTQ huyện A - Cụm trưởng": the standing board acts for its body,
  // which holds the role.
  for (std::optional<std::string>* slot : {&g.leader, &g.deputy}) {
    if (!*slot) continue;
    for (const char* board : {"Ban Thường trực ", "Ban Thường vụ "}) {
      const std::string b(board);
      if ((*slot)->rfind(b, 0) == 0 && (*slot)->size() > b.size()) {
        const std::string body = (*slot)->substr(b.size());
        if (const Document d = analyse_fragment(body); match_unit(d, 0, d.size(), a.unit_options())) **slot = body;
      }
    }
  }
  remaining_members(a, g);  // (s23-probe) "… Các thành viên còn lại là C và D."
  with_the_one_province(doc, g);  // (s27-members) "… Quỹ Đầu tư phát triển tỉnh" → "… tỉnh Bắc Ninh"
  for (std::string& m : g.members) written_out_as_the_text(doc, m);
  for (std::optional<std::string>* slot : {&g.leader, &g.deputy})
    if (*slot) written_out_as_the_text(doc, **slot);
  return g;
}

}  // namespace thidua::text::plan
