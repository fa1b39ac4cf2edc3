#include "text/plan/units.h"

#include <algorithm>
#include <cstdlib>

#include "text/plan/numbers.h"

namespace thidua::text::plan {
namespace {

bool all_caps(const Document& doc, int32_t first, int32_t last) {
  bool any = false;
  for (int32_t k = first; k < last; ++k) {
    if (doc.tokens[k].kind != TokenKind::kWord) continue;
    if (!doc.tokens[k].all_caps && !(doc.tokens[k].capitalised && doc.text_of(k, k + 1).size() <= 2)) return false;
    any = true;
  }
  return any;
}

bool is_admin_head(const PhraseTable::Match& m) {
  return m && static_cast<UnitKind>(m.value()) != UnitKind::kOffice;
}

// A token a place name cannot run into: a person's name, a rank, a position, a level or the
// head of another unit.
bool blocks_place(const Document& doc, int32_t k, const UnitOptions& o) {
  if (o.name_starts && (*o.name_starts)[static_cast<size_t>(k)]) return true;
  return lexicon::ranks().match(doc, k) || lexicon::positions().match(doc, k) ||
         lexicon::levels().match(doc, k) || is_admin_head(lexicon::unit_heads().match(doc, k)) ||
         lexicon::document_types().match(doc, k);
}

// "Sở LĐ-TB&XH", "Sở VH-TT&DL": an abbreviated name whose parts are glued by "-" or "&" is one
// word. `k` is its first part; returns the token after its last part.
int32_t joined_abbreviation_end(const Document& doc, int32_t k, int32_t end) {
  if (!doc.is_word(k) || !doc.tokens[k].all_caps) return k + 1;
  ++k;
  while (k + 1 < end && (doc.is_punct(k, "-") || doc.is_punct(k, "&")) && doc.glued(k) && doc.glued(k + 1) &&
         doc.is_word(k + 1) && doc.tokens[k + 1].all_caps)
    k += 2;
  return k;
}

// "Quân khu 4", "Trung đoàn 335": a number of at most three figures closing a unit's name, before
// a verb, a mark or the end (not "4/2025", "4%", nor "3 năm").
bool number_closes_name(const Document& doc, int32_t n, int32_t end) {
  return n < end && doc.is_number(n) && doc.key(n).size() <= 3 && !doc.glued(n) && !doc.is_punct(n + 1, "/") &&
         !doc.is_punct(n + 1, "%") && !doc.is_punct(n + 1, "-") &&
         (n + 1 >= end || !doc.is_word(n + 1) || lexicon::predicates().match(doc, n + 1));
}

// "Thanh niên", "Tham mưu", "PC06": capitalised words, each followed by at most one lower-case
// syllable of the same word, and codes.
int32_t office_name_end(const Document& doc, int32_t j, int32_t end, const UnitOptions& o) {
  int32_t k = j;
  int words = 0;
  while (k < end && words < 6) {
    const Token& t = doc.tokens[k];
    // (s22-tidy) "Cục Cảnh sát Phòng cháy, chữa cháy và Cứu nạn, cứu hộ": a field of the lexicon's
    // (lexicon::name_fields, below) after the name's first word, capitalised as it may be ("Phòng"
    // opens no office there); an abbreviation ("PCCC&CNCH") is read below, glued parts and all.
    if (k > j && t.kind == TokenKind::kWord && !t.all_caps) {
      if (const auto field = lexicon::name_fields().match(doc, k, end)) {
        k += field.length;
        ++words;
        continue;
      }
    }
    // (s22-lists) A field of state administration inside the name ("Trường Đại học Văn hóa, Thể thao
    // và Du lịch Thanh Hóa", "Trung tâm Nông nghiệp và Phát triển nông thôn"): read whole, its
    // commas and "và" included, as after "Sở" (lexicon data, kAdministrativeFields).
    if (t.kind == TokenKind::kWord && t.capitalised)
      if (const auto field = lexicon::administrative_fields().match(doc, k, end); field && field.length > 2) {
        k += field.length;
        ++words;
        continue;
      }
    // (s28-orgs) "CÔNG ĐOÀN NGÀNH GIÁO DỤC HÀ NỘI PHÁT ĐỘNG PHONG TRÀO …": in a line of capitals no case tells the
    // name from the clause; the verb after it ends it, as lower case would.
    if (k > j && t.kind == TokenKind::kWord && t.all_caps && doc.tokens[k - 1].all_caps && lexicon::predicates().match(doc, k, end))
      break;
    if (t.kind == TokenKind::kWord && t.capitalised && !blocks_place(doc, k, o)) {
      ++k;
      ++words;
      if (doc.is_number(k) && doc.glued(k)) ++k;  // "PC06"
      k = joined_abbreviation_end(doc, k - 1, end);
      // "Phòng Cảnh sát hình sự", "Cục Quản lý kỹ thuật nghiệp vụ mật mã": lower-case syllables
      // complete a capitalised word (up to a verb or a level).
      // "Ngân hàng Chính sách xã hội tỉnh A": "xã hội" (society) is no commune.
      static const std::string xa = word_key("xã"), hoi = word_key("hội");
      const auto level_at = [&](int32_t t) {
        return lexicon::levels().match(doc, t) && !(doc.is_key(t, xa) && doc.is_key(t + 1, hoi));
      };
      for (int lower = 0; lower < 8 && k < end && doc.is_word(k) && !doc.tokens[k].capitalised; ++lower) {
        // (s22-tidy) "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ", "Trung tâm Dịch vụ việc
        // làm tỉnh A", "Ban Quản lý dự án …": a field the lexicon knows whole, its commas, "và" or
        // verb word ("làm", "dự", "có") inside, is the name's, not its end.
        if (const auto field = lexicon::name_fields().match(doc, k, end)) {
          k += field.length;
          continue;
        }
        if (lexicon::predicates().match(doc, k) || level_at(k)) break;
        // (s23-orgs) "Ngân hàng Chính sách xã hội các huyện A, B": the office of several places
        // listed after "các" and their level ends before them.
        static const std::string cac_places = word_key("các");
        if (doc.is_key(k, cac_places) && level_at(k + 1)) break;
        ++k;
        // "Phòng Cảnh sát giao thông đường bộ - đường sắt": two fields joined by a dash, in lower case.
        if (lower >= 1 && k + 1 < end && (doc.is_punct(k, "-") || doc.is_punct(k, "–")) && doc.is_word(k + 1) &&
            !doc.tokens[k + 1].capitalised && !lexicon::predicates().match(doc, k + 1) && !lexicon::levels().match(doc, k + 1)) {
          ++k;
          lower = -1;
        }
      }
      // "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam": two capitalised fields joined by a
      // dash; not before another unit ("Phòng Tham mưu - Công an tỉnh", "Cục … - Bộ Công an").
      if (k + 1 < end && (doc.is_punct(k, "-") || doc.is_punct(k, "–")) && !doc.glued(k) && doc.is_word(k + 1) &&
          doc.tokens[k + 1].capitalised && !doc.tokens[k + 1].all_caps && !lexicon::unit_heads().match(doc, k + 1, end) &&
          !blocks_place(doc, k + 1, o) && !lexicon::provinces().match(doc, k + 1, end))
        ++k;
      // (s21-orgs) "Cục Cảnh sát PCCC và CNCH", "Ban Tuyên giáo và Dân vận", "Sở Giáo dục và Đào
      // tạo": a name of two fields joined by "và", the second capitalised and no body of its own
      // ("… và Trung tâm Khuyến nông", "… và UBND huyện" are two bodies), nor a place or a person.
      static const std::string va = word_key("và");
      if (k + 1 < end && doc.is_key(k, va) && doc.is_word(k + 1) && doc.tokens[k + 1].capitalised &&
          !lexicon::unit_heads().match(doc, k + 1, end) && !blocks_place(doc, k + 1, o) &&
          !lexicon::provinces().match(doc, k + 1, end) &&
          // (s26-orgs) … nor the word naming the next person: "Phòng PA88 và Ông A", "… và Thầy B".
          !lexicon::person_cues().match(doc, k + 1, end))
        ++k;
      continue;
    }
    break;
  }
  // (s21-orgs) "Hội Truyền thống Trường Sơn Đường Hồ Chí Minh": a run of capitalised words is one
  // proper name and is not cut inside by the count of words ("… Đường Hồ Chí" for "… Hồ Chí Minh");
  // the run goes on, capitalised words only, up to a longer bound.
  if (words == 6)
    while (k < end && words < 10 && doc.is_word(k) && doc.tokens[k].capitalised && !doc.tokens[k - 1].all_caps &&
           doc.tokens[k - 1].capitalised && !blocks_place(doc, k, o) && !lexicon::unit_heads().match(doc, k, end)) {
      ++k;
      ++words;
    }
  // (s25-names) "Ban Vận động Quỹ “Vì người nghèo”", "Ban Chỉ đạo Cuộc vận động “Toàn dân đoàn kết xây dựng
  // đời sống văn hóa”": the fund, movement or programme a body serves, named in quotes after its
  // word ("Ban Quản lý Dự án “…”"), is the body's name too (the level and place after it follow as for any name).
  if (k > j && k < end && doc.is_word(k - 1))
    if (const Quote* q = doc.quote_opening(k);
        q && q->closed && q->last < end && q->last > q->first && q->last - q->first <= 12 && doc.is_word(q->first) &&
        doc.tokens[q->first].capitalised)
      return q->last + 1;
  // "Bộ Tư lệnh Quân khu 4", "Bộ Chỉ huy Vùng 2": a name closed by its number, before a verb or a mark.
  if (k > j && doc.is_word(k - 1) && number_closes_name(doc, k, end)) ++k;
  // "Ban Cơ yếu Chính phủ", "Văn phòng Chính phủ": the government an office serves closes its name.
  static const std::vector<std::string> chinh_phu = phrase_keys("Chính phủ");
  if (k < end && doc.is_key(k, chinh_phu[0]) && doc.is_key(k + 1, chinh_phu[1]) && doc.tokens[k].capitalised) return k + 2;
  // "Tổng cục Chính trị CAND", "Cục Cảnh sát giao thông CAND": the force closes the name.
  static const std::vector<std::string> cand = phrase_keys("Công an nhân dân");
  if (k > j && k < end && doc.tokens[k].all_caps) {
    const std::vector<std::string>* e = abbreviation(doc.key(k));
    if (e && *e == cand) ++k;
  } else if (k > j && k + static_cast<int32_t>(cand.size()) <= end && doc.tokens[k].capitalised) {
    // … and written out: "Tổng cục Chính trị Công an nhân dân".
    bool same = true;
    for (size_t c = 0; c < cand.size() && same; ++c) same = doc.is_key(k + static_cast<int32_t>(c), cand[c]);
    if (same) k += static_cast<int32_t>(cand.size());
  }
  return k;
}

}  // namespace

std::string unit_key(std::string_view text) {
  std::string out;
  for (const std::string& k : phrase_keys(text)) {
    if (k == "," || k == "." || k == "-") continue;
    const std::vector<std::string>* expansion = abbreviation(k);
    for (const std::string& e : expansion ? *expansion : std::vector<std::string>{k}) {
      if (e == ",") continue;
      if (!out.empty()) out.push_back(' ');
      out += e;
    }
  }
  return out;
}

const char* level_word(Level level) {
  switch (level) {
    case Level::kProvince: return "tỉnh";
    case Level::kCity: return "thành phố";
    case Level::kDistrict: return "huyện";
    case Level::kUrbanDistrict: return "quận";
    case Level::kTown: return "thị xã";
    case Level::kCommune: return "xã";
    case Level::kWard: return "phường";
    case Level::kTownlet: return "thị trấn";
    case Level::kSpecialZone: return "đặc khu";
  }
  return "";
}

// "xã Bảo Lâm 1 (Cụm trưởng)", "Công an xã Bảo Lâm 4 và …": a small number closing a named place
// (communes merged and numbered) belongs to its name when the name's phrase ends there.
static int32_t numbered_place_end(const Document& doc, int32_t i, int32_t k, int32_t end) {
  static const std::string va = word_key("và");
  if (k == i || k >= end || !doc.is_number(k) || doc.glued(k) || doc.key(k).size() > 2) return k;
  if (!doc.is_word(k - 1) || !doc.tokens[k - 1].capitalised) return k;
  const bool closes = k + 1 >= end || doc.is_key(k + 1, va) ||
                      (!doc.is_word(k + 1) && !doc.is_number(k + 1) &&
                       !(doc.glued(k + 1) && (doc.is_punct(k + 1, "/") || doc.is_punct(k + 1, "-") ||
                                              doc.is_punct(k + 1, "%"))));
  return closes ? k + 1 : k;
}

// (s17-plan-b) Surnames that are also usual syllables of place names ("Tân Sơn", "Đông Hà",
// "Tiên Lâm", "Hải Ninh").
static bool place_syllable_surname(const Document& doc, int32_t k) {
  static const Entry kSyllables[] = {{"Sơn"}, {"Hà"}, {"Giang"}, {"Ninh"}, {"Lâm"}, {"Châu"}, {"Thái"}, {"Kim"}};
  static const PhraseTable syllables(kSyllables);
  return syllables.match(doc, k).length == 1;
}

int32_t after_level(const Document& doc, int32_t k) { return doc.is_punct(k, ".") && doc.glued(k) ? k + 1 : k; }

bool glued_apostrophe(const Document& doc, int32_t k) {
  return (doc.is_punct(k, "'") || doc.is_punct(k, "’") || doc.is_punct(k, "‘")) && doc.glued(k) && doc.glued(k + 1) &&
         k > 0 && doc.is_word(k - 1) && doc.is_word(k + 1);
}

int32_t place_name_end(const Document& doc, int32_t i, int32_t end, bool provinces_only, const UnitOptions& o,
                       std::string* display) {
  if (!doc.in(i) || i >= end) return i;
  // (s22-forms) "TP. Nam Định": the stop of a level written short, then the name.
  if (i > 0 && after_level(doc, i) > i && doc.tokens[i - 1].all_caps && lexicon::levels().match(doc, i - 1, i)) {
    const int32_t n = place_name_end(doc, i + 1, end, provinces_only, o, display);
    return n > i + 1 ? n : i;
  }
  if (doc.tokens[i].capitalised) {
    const auto p = lexicon::provinces().match(doc, i, end);
    // "xã Hòa Bình Thạnh", "phường Long An Đông": a commune named after a province and one more
    // word is read whole, as any place is.
    const int32_t after = i + p.length;
    const bool longer = p && !provinces_only && after < end && doc.is_word(after) && doc.tokens[after].capitalised &&
                        !doc.tokens[after].all_caps && !blocks_place(doc, after, o) && !lexicon::surnames().match(doc, after);
    if (p && !longer) {
      // In capitals, or an abbreviation of the name ("BR-VT"): printed in full.
      const bool abbreviation = p.entry->canonical && std::string_view(p.entry->written).find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos;
      *display = all_caps(doc, i, i + p.length) || abbreviation ? std::string(p.display()) : std::string(doc.text_of(i, i + p.length));
      return i + p.length;
    }
  }
  if (provinces_only) return i;
  // (s17-plan-b) "…, phường Bình Trị Đông; Các đồng chí trong Ban Thường vụ …": a plural word
  // capitalised at the start of a clause opens the next phrase, never a place's name.
  static const Entry kPlurals[] = {{"các"}, {"những"}, {"mọi"}};
  static const PhraseTable plurals(kPlurals);
  if (plurals.match(doc, i, end)) return i;
  // "Chủ tịch UBND huyện Nguyễn Văn A trao …": a surname, a middle name that marks a person
  // ("Văn", "Thị", "Đức", "Hữu", "Đình") and a given name after the level are the person holding
  // the office, not the place.
  if (lexicon::surnames().match(doc, i) && doc.is_word(i + 1) && doc.tokens[i + 1].capitalised && doc.is_word(i + 2) &&
      doc.tokens[i + 2].capitalised && i + 2 < end) {
    // (s19-rules) More middle names that mark a person and name no ward after one ("Chủ tịch UBND
    // thành phố Trần Sỹ Thanh", "… huyện Lê Quốc A", "… tỉnh Nguyễn Khắc B"); not "Hồng", "Quang",
    // "Thái", "Hưng" ("phường Lê Hồng Phong", "phường Nguyễn Thái Bình", "phường Trần Hưng Đạo").
    static const std::vector<std::string> middles = {
        word_key("Văn"),  word_key("Thị"),  word_key("Đức"),  word_key("Hữu"),  word_key("Đình"), word_key("Sỹ"),
        word_key("Sĩ"),   word_key("Bá"),   word_key("Khắc"), word_key("Viết"), word_key("Tấn"),  word_key("Trọng"),
        word_key("Quốc"), word_key("Minh"), word_key("Xuân"), word_key("Ngọc"), word_key("Công"), word_key("Duy"),
        word_key("Mạnh"), word_key("Huy"),  word_key("Tiến")};
    if (std::find(middles.begin(), middles.end(), doc.key(i + 1)) != middles.end()) return i;
  }
  int32_t k = i;
  int count = 0;
  // (s26-orgs) "HỘI CHỮ THẬP ĐỎ QUẬN Ô MÔN PHÁT ĐỘNG …", "CÔNG AN HUYỆN A TỔ CHỨC …": in a line of capitals every
  // word is capitalised, so the place ends at the clause's verb as running text's does at its lower case.
  static const std::vector<std::string> to_chuc = phrase_keys("tổ chức");
  const auto verb_in_capitals = [&](int32_t at) {
    return count >= 1 && doc.tokens[at].all_caps && doc.tokens[at - 1].all_caps &&
           (lexicon::predicates().match(doc, at, end) || lexicon::event_triggers().match(doc, at, end) ||
            (doc.is_key(at, to_chuc[0]) && doc.is_key(at + 1, to_chuc[1])));
  };
  while (k < end && count < 4) {
    const Token& t = doc.tokens[k];
    if (t.kind == TokenKind::kWord && verb_in_capitals(k)) break;
    if (t.kind == TokenKind::kWord && t.capitalised && !blocks_place(doc, k, o)) {
      if (count >= 1 && lexicon::surnames().match(doc, k)) {
        int32_t run = k;
        while (run < end && doc.is_word(run) && doc.tokens[run].capitalised) ++run;
        // (s17-plan-b) "phường Tân Sơn Nhì", "xã Thanh Hà Đông": a surname that is also a usual
        // syllable of place names, with one word after it closing the name, is of the place (a
        // person after a place has a full name; a province after it is its own place).
        const bool place_syllable = run - k == 2 && count + 2 <= 4 && place_syllable_surname(doc, k) &&
                                    !lexicon::provinces().match(doc, k, end);
        if (run - k >= 2 && !place_syllable) break;  // "xã Vĩnh Thuận Nguyễn Văn A": a person follows
      }
      ++k;
      ++count;
      // "M'Đrắk", "Cư M'gar", "Ea H'leo": a syllable glued on by an apostrophe is of the name; (s25-orgs)
      // typed straight or curly ("Đưng K’Nớ", "Đắk R’Lấp").
      if (k + 1 < end && glued_apostrophe(doc, k)) k += 2;
      continue;
    }
    if (count == 0 && t.kind == TokenKind::kNumber) ++k;  // "Phường 5"
    break;
  }
  k = numbered_place_end(doc, i, k, end);
  if (k == i) return i;
  *display = all_caps(doc, i, k) ? title_case(doc.text_of(i, k)) : std::string(doc.text_of(i, k));
  return k;
}

// Where the description of a group named without a number ends: "Khối thi đua công an các
// huyện, thị xã, thành phố đồng bằng", "khối thi đua các huyện trung du - miền núi", "Khối Xây
// dựng lực lượng – Trực thuộc – Hậu cần kỹ thuật", "Khối ANND". A list of levels after "các"
// goes on across commas; a dash joins two descriptive words; the description stops at a verb,
// an event, "gồm", a year, another unit or a person.
int32_t group_description_end(const Document& doc, int32_t j, int32_t end, const UnitOptions& o) {
  static const std::string gom = word_key("gồm"), nam = word_key("năm"), cac = word_key("các"),
                           thuoc = word_key("thuộc");
  static const std::string do_ = word_key("do");
  static const std::vector<std::string> tren_dia_ban = phrase_keys("trên địa bàn");
  auto stops = [&](int32_t k) {
    // "các tổ chức …": the bodies' kind, not the verb "tổ chức".
    if (doc.is_key(k - 1, cac) && lexicon::body_kinds().match(doc, k, end)) return false;
    // (s23-names) "… quản lý Nhà nước về Văn hóa - Xã hội": the field the bodies manage, not a verb.
    if (k > j && lexicon::group_remits().match_ending(doc, k + 1, j)) return false;
    // (s23-names) "Khối doanh nghiệp – sản xuất kinh doanh thành lập theo quyết định …": a verb of
    // the group's founding ends its description.
    // (s23-names) … and "Cụm thi đua khen thưởng": the work of emulation and awards, no group's name.
    if (lexicon::group_description_stops().match(doc, k, end)) return true;
    // (s23-names) "cụm thi đua các phường thuộc quận": whose the group is, by a bare level, ends it.
    if (k > j && doc.is_key(k, thuoc))
      if (const auto lv = lexicon::levels().match(doc, k + 1, end);
          lv && !doc.tokens[k + 1].capitalised && !(doc.is_word(k + 1 + lv.length) && doc.tokens[k + 1 + lv.length].capitalised))
        return true;
    // "Khối thi đua … do Liên đoàn Lao động quận X làm Trưởng Khối": the unit leading it follows;
    // "Khối Mặt trận các xã, thị trấn trên địa bàn huyện": where its members are, not its name.
    if (k > j && doc.is_key(k, do_) && doc.is_word(k + 1) && doc.tokens[k + 1].capitalised) return true;
    if (k > j && doc.is_key(k, tren_dia_ban[0]) && doc.is_key(k + 1, tren_dia_ban[1]) && doc.is_key(k + 2, tren_dia_ban[2]))
      return true;
    return !doc.is_word(k) || doc.is_key(k, gom) || lexicon::predicates().match(doc, k, end) ||
           lexicon::event_triggers().match(doc, k, end) || lexicon::positions().match(doc, k, end) ||
           lexicon::ranks().match(doc, k, end) || (doc.is_key(k, nam) && doc.is_number(k + 1)) ||
           (o.name_starts && (*o.name_starts)[static_cast<size_t>(k)]);
  };
  bool levels_listed = false, bodies_listed = false;
  int32_t k = j;
  static const std::string va = word_key("và"), truc = word_key("trực");
  // (s23-names) "khối thi đua thuộc tỉnh", "các Cụm thi đua trực thuộc Công an tỉnh": what opens with
  // whose the group is says nothing of which group it is — no description.
  if (doc.is_key(j, thuoc) || (doc.is_key(j, truc) && doc.is_key(j + 1, thuoc))) return j;
  // (s23-names) "khối thi đua thành phố, thị xã và các huyện": levels listed from the first word.
  // (s24-members) … or after "khối", the kind of places the group gathers: "Cụm thi đua khối xã,
  // phường", "cụm thi đua khối phường, thị trấn".
  static const std::string khoi_kind = word_key("khối");
  const int32_t first_level = doc.is_key(j, khoi_kind) && !doc.tokens[j].capitalised ? j + 1 : j;
  if (doc.is_word(first_level) && !doc.tokens[first_level].capitalised)
    if (const auto lv = lexicon::levels().match(doc, first_level, end);
        lv && (doc.is_punct(first_level + lv.length, ",") || doc.is_key(first_level + lv.length, va)) &&
        (lexicon::levels().match(doc, first_level + lv.length + 1, end) || doc.is_key(first_level + lv.length + 1, cac)))
      levels_listed = true;
  // (s23-names) The description before a "và" joins a second part of the same name: "Khối thi đua
  // MTTQ và các tổ chức chính trị - xã hội", "các cơ quan tham mưu và quản lý Nhà nước về …", "các
  // trường trung học phổ thông và trung tâm giáo dục thường xuyên", "Tham mưu và Hậu cần" — not
  // another body ("và Ban Dân vận", "và UBND tỉnh"), another group, a person, "các đơn vị" (guests
  // or members beside the group) or the clause's verb.
  auto joins_second_part = [&](int32_t v) {
    if (v <= j || !doc.is_key(v, va) || !doc.is_word(v - 1) || !doc.is_word(v + 1) || v + 1 >= end) return false;
    const int32_t n = v + 1;
    if (stops(n) || (doc.tokens[n].capitalised && lexicon::surnames().match(doc, n)) ||
        lexicon::person_cues().match(doc, n, end))
      return false;
    // A body's head in lower case after bodies described in lower case is one more kind of them
    // ("các trường … và trung tâm …"); capitalised, it is another body ("và Ban Dân vận").
    if (lexicon::unit_heads().match(doc, n, end) && (doc.tokens[n].capitalised || !bodies_listed)) return false;
    static const std::string don_vi = word_key("đơn");
    if (doc.is_key(n, cac))
      return (bodies_listed || levels_listed || doc.tokens[j].all_caps) && !doc.is_key(n + 1, don_vi) &&
             (lexicon::levels().match(doc, n + 1, end) || lexicon::body_kinds().match(doc, n + 1, end) ||
              lexicon::body_heads().match(doc, n + 1, end));
    if (!doc.tokens[n].capitalised) return bodies_listed && !lexicon::levels().match(doc, n, end);
    // Capitalised on both sides: a name of the group's own words ("Tham mưu và Hậu cần").
    if (doc.tokens[n].all_caps || lexicon::body_heads().match(doc, n, end) || lexicon::provinces().match(doc, n, end) ||
        !doc.tokens[j].capitalised || doc.tokens[j].all_caps)
      return false;
    for (int32_t t = j; t < v; ++t)
      if (!doc.is_word(t) || doc.is_key(t, cac)) return false;
    return true;
  };
  int32_t limit = 16;
  while (k < end && k - j < limit) {
    if (doc.is_word(k)) {
      if (joins_second_part(k)) {
        ++k;
        continue;
      }
      // "các tỉnh Trung du và miền núi phía Bắc": two regions the places of the group lie in.
      if (levels_listed && doc.is_key(k, va) && k > j && doc.is_word(k - 1) && doc.is_word(k + 1) && k + 1 < end &&
          !doc.is_key(k + 1, cac) && !stops(k + 1) && !lexicon::unit_heads().match(doc, k + 1, end) &&
          !lexicon::levels().match(doc, k + 1, end) && !lexicon::surnames().match(doc, k + 1)) {
        ++k;
        continue;
      }
      // "Khối các Vụ và tương đương": the bodies "and their equals", one description.
      static const std::vector<std::string> va_tuong_duong = phrase_keys("và tương đương");
      if (k > j && doc.is_key(k, va_tuong_duong[0]) && doc.is_key(k + 1, va_tuong_duong[1]) &&
          doc.is_key(k + 2, va_tuong_duong[2])) {
        k += 3;
        continue;
      }
      // (s25-orgs) "Khối thi đua các cơ quan tham mưu của Tỉnh ủy", "Cụm thi đua các đơn vị sự nghiệp của Sở Y
      // tế": a group described by the kind of its bodies keeps, whole, the body they belong to after "của".
      static const std::string cua = word_key("của");
      if (bodies_listed && k > j && doc.is_key(k, cua) && doc.is_word(k + 1) && doc.tokens[k + 1].capitalised)
        if (const auto owner = match_unit(doc, k + 1, end, o); owner && owner->first == k + 1) {
          k = owner->last;
          break;
        }
      // (s25-names) "Cụm Các cơ quan thường trú trong nước", "các doanh nghiệp trong và ngoài nước": where
      // the bodies are from, an adjective (its "trong" no preposition), is their description's.
      if (k > j && doc.is_word(k - 1) && !doc.tokens[k].capitalised)
        if (const auto origin = lexicon::body_origins().match(doc, k, end)) {
          k += origin.length;
          continue;
        }
      // (s25-names) "Khối các đơn vị trực thuộc Bộ trưởng", "các phòng trực thuộc Giám đốc": the office the
      // bodies answer to after "thuộc" closes their description (a position there is no person's).
      if (bodies_listed && k > j + 1 && doc.is_key(k - 1, thuoc))
        if (const auto office = lexicon::positions().match(doc, k, end);
            office && doc.tokens[k].capitalised && !(o.name_starts && (*o.name_starts)[static_cast<size_t>(k)])) {
          k += office.length;
          break;
        }
      if (stops(k)) break;
      // "… các cơ quan tham mưu Ban Cơ yếu Chính phủ": the government closes the office it owns.
      static const std::vector<std::string> chinh_phu = phrase_keys("Chính phủ");
      if (k > j + 1 && doc.tokens[k].capitalised && doc.is_key(k, chinh_phu[0]) && doc.is_key(k + 1, chinh_phu[1])) {
        k += 2;
        break;
      }
      // (s23-names) "Cụm thi đua số 1 các tỉnh Tây Bắc Hội Cựu chiến binh Việt Nam": after the places'
      // region, a body's head is the parent body, even after a capitalised word.
      if (levels_listed && k > j && doc.tokens[k].capitalised && doc.tokens[k - 1].capitalised &&
          !doc.tokens[k].all_caps)
        if (const auto h = lexicon::unit_heads().match(doc, k, end);
            h && static_cast<UnitKind>(h.value()) != UnitKind::kNotAUnit && match_unit(doc, k, end, o))
          break;
      // Another unit after the description: "Khối … đồng bằng Công an tỉnh vừa tổ chức".
      if (k > j && doc.tokens[k].capitalised && !doc.tokens[k - 1].capitalised) {
        const auto h = lexicon::unit_heads().match(doc, k, end);
        // "Cụm thi đua các trường Công an nhân dân": the force named in the description is part of it.
        if (h && static_cast<UnitKind>(h.value()) == UnitKind::kNotAUnit) {
          k += h.length;
          continue;
        }
        // (s23-names) "cụm thi đua khối Công an các huyện, thành phố, thị xã": bodies of places listed
        // by their levels, after "khối", are the group's kind, not another unit.
        static const std::string khoi = word_key("khối");
        if (h && doc.is_key(k - 1, khoi) && !doc.tokens[k - 1].capitalised)
          if (const auto listed = match_unit(doc, k, end, o); listed && listed->list_prefix) {
            k += h.length;
            continue;
          }
        // (s23-names) "Khối thi đua các đơn vị trực thuộc Bộ Chỉ huy Quân sự tỉnh": a group described by
        // the kind of its bodies keeps the body they belong to, whole, whatever its kind (as "… thuộc
        // Sở Văn hóa, Thể thao và Du lịch" below).
        if (h && bodies_listed && doc.is_key(k - 1, thuoc))
          if (const auto owner = match_unit(doc, k, end, o); owner && owner->first == k) {
            k = owner->last;
            break;
          }
        if (h && static_cast<UnitKind>(h.value()) != UnitKind::kOffice) {
          // "Khối thi đua Công an các quận thuộc Công an thành phố Đà Nẵng": the body the group
          // belongs to is not part of its name, nor is the "thuộc" before it.
          if (doc.is_key(k - 1, thuoc) && k - 1 > j) --k;
          // (s23-names) … nor the "trực" of "trực thuộc" ("Cụm thi đua trực", cut mid-word).
          if (doc.is_key(k, thuoc) && doc.is_key(k - 1, truc) && k - 1 >= j) --k;
          break;
        }
        // (s17-plan-a) "Khối thi đua Tây Nguyên thuộc Tập đoàn Công nghiệp Cao su Việt Nam": a group
        // called by a proper name drops the body it belongs to, as the conventions drop a parent body;
        // a group described by its members ("các đơn vị sự nghiệp thuộc Sở …") keeps it below.
        if (h && doc.is_key(k - 1, thuoc) && k - 1 > j && !levels_listed && !bodies_listed && doc.tokens[j].capitalised &&
            !doc.is_key(j, cac)) {
          --k;
          if (doc.is_key(k - 1, truc) && k - 1 > j) --k;
          break;
        }
        // "… thuộc Sở Văn hóa, Thể thao và Du lịch": the office the group belongs to, whole.
        if (h && doc.is_key(k - 1, thuoc)) {
          if (const auto office = match_unit(doc, k, end, o)) {
            k = office->last;
            break;
          }
        }
      }
      if (doc.is_key(k, cac) && lexicon::levels().match(doc, k + 1, end)) levels_listed = true;
      if (doc.is_key(k, cac) && (lexicon::body_kinds().match(doc, k + 1, end) || lexicon::body_heads().match(doc, k + 1, end)))
        bodies_listed = true;
      // An abbreviation names the group by itself: "Khối ANND đã …" (not a word of a headline in
      // capitals, "CỤM VĂN PHÒNG …"; (s23-names) nor one a second part joins, "MTTQ và các tổ chức …").
      if (doc.tokens[k].all_caps && doc.text_of(k, k + 1).size() >= 3 && k == j &&
          !(j > 0 && doc.is_word(j - 1) && doc.tokens[j - 1].all_caps) && !joins_second_part(k + 1)) {
        ++k;
        break;
      }
      ++k;
      continue;
    }
    if (k == j) break;
    // (s23-names) "Khối thi đua TP.HCM": a place's abbreviation glued over its dot.
    if (doc.is_punct(k, ".") && doc.glued(k) && doc.glued(k + 1) && doc.is_word(k + 1) && doc.tokens[k + 1].all_caps) {
      ++k;
      continue;
    }
    // ", thị xã, thành phố" after "các huyện"; ", ngành" after "các sở": kinds of bodies listed.
    // "các tỉnh, thành đồng bằng sông Hồng": "thành" is short for "thành phố" after "tỉnh".
    static const std::string thanh = word_key("thành"), tinh = word_key("tỉnh");
    if (levels_listed && doc.is_punct(k, ",") &&
        (lexicon::levels().match(doc, k + 1, end) || (doc.is_key(k - 1, tinh) && doc.is_key(k + 1, thanh)))) {
      ++k;
      continue;
    }
    if (bodies_listed && doc.is_punct(k, ",") && lexicon::body_kinds().match(doc, k + 1, end)) {
      ++k;
      continue;
    }
    // (s28-members2) "Cụm các trường Trung cấp, Cao đẳng trên địa bàn tỉnh", "Cụm thi đua các trường Mầm
    // non, Tiểu học huyện": two kinds of the bodies listed, each a kind word written capitalised after their head,
    // joined by a comma: one description.
    if (bodies_listed && doc.is_punct(k, ",") && doc.is_word(k + 1) && doc.tokens[k + 1].capitalised &&
        lexicon::head_kind_words().match(doc, k + 1, end)) {
      bool kind_before = false;
      for (int32_t t = k - 1; t > j && k - t <= 5 && !kind_before; --t)
        kind_before = lexicon::head_kind_words().match(doc, t, k).length == static_cast<size_t>(k - t);
      if (kind_before) {
        ++k;
        continue;
      }
    }
    // (s25-orgs) "Cụm thi đua Sở Tư pháp, Thi hành án dân sự các tỉnh miền núi phía Bắc", "Cụm thi đua Sở
    // Nội vụ, Ban Tổ chức các huyện": bodies of each member place, listed with commas before the places
    // ("các" and a level) they are of, are one description; the comma does not end it.
    if (!levels_listed && doc.is_punct(k, ",") && k > j && doc.is_word(k + 1) && doc.tokens[k + 1].capitalised) {
      int32_t places = -1;  // the "các" before the places' level
      for (int32_t t = k + 1; t < end && t - k <= 10 && places < 0; ++t) {
        if (doc.is_key(t, cac) && lexicon::levels().match(doc, t + 1, end) && t > k + 1) places = t;
        else if (!(doc.is_word(t) || doc.is_punct(t, ",")) || (doc.is_word(t) && stops(t))) break;
      }
      if (places > 0) {
        limit += places - j;  // the bodies listed before the places do not count against the description's length
        k = places;
        continue;
      }
    }
    // "các cơ quan tham mưu, tổng hợp gồm …": a second function of the bodies after a comma, one
    // or two lower-case words before "gồm", a colon or the clause's verb.
    if (bodies_listed && doc.is_punct(k, ",")) {
      int32_t w = k + 1;
      while (w < end && w - k <= 2 && doc.is_word(w) && !doc.tokens[w].capitalised && !stops(w)) ++w;
      if (w > k + 1 && (w >= end || doc.is_key(w, gom) || doc.is_punct(w, ":") || (doc.is_word(w) && stops(w)))) {
        k = w;
        break;
      }
    }
    // "trung du - miền núi", "Xây dựng lực lượng – Trực thuộc".
    if ((doc.is_punct(k, "-") || doc.is_punct(k, "–")) && doc.is_word(k + 1) && !stops(k + 1)) {
      const auto h = lexicon::unit_heads().match(doc, k + 1, end);
      if (h) break;  // "Cụm thi đua số 2 – Bộ Công an": the owner, not the name
      ++k;
      continue;
    }
    // "Cụm thi đua Mặt trận 5 thành phố trực thuộc trung ương": its members counted by level.
    if (doc.is_number(k) && !doc.glued(k + 1) && lexicon::levels().match(doc, k + 1, end)) {
      ++k;
      continue;
    }
    // "Khối các Sở quản lý nhà nước 1": the block's number after its description ends its name.
    // (Followed by the end, a mark, or the clause's verb: not "… 5 đơn vị", a count.)
    if (doc.is_number(k) && doc.key(k).size() <= 2 && k > j && doc.is_word(k - 1) && !doc.glued(k + 1) &&
        (k + 1 >= end || !doc.is_word(k + 1) || lexicon::predicates().match(doc, k + 1, end) ||
         lexicon::event_triggers().match(doc, k + 1, end) || doc.is_key(k + 1, gom) ||
         lexicon::group_description_stops().match(doc, k + 1, end))) {
      ++k;
      break;
    }
    break;
  }
  return k;
}

// (s23-names) A group's head after a plural's word or a count ("các khối thi đua", "những cụm", "4
// Khối thi đua", "ba cụm thi đua"), or after the comma of another group's head ("cụm, khối thi đua
// do tỉnh tổ chức"): several groups, not one named. Not a year or a day before it ("năm 2023 Khối …").
bool plural_before(const Document& doc, int32_t i) {
  static const std::vector<std::string> plurals = {word_key("các"), word_key("những"), word_key("mỗi"), word_key("từng")};
  static const std::string nam = word_key("năm"), ngay = word_key("ngày"), thang = word_key("tháng");
  if (i <= 0) return false;
  const int32_t p = i - 1;
  if (doc.is_word(p) && std::find(plurals.begin(), plurals.end(), doc.key(p)) != plurals.end()) return true;
  if (doc.is_number(p) && doc.key(p).size() <= 2 && std::atoi(doc.key(p).c_str()) >= 2 &&
      !(p > 0 && (!doc.is_word(p - 1) || doc.is_key(p - 1, nam) || doc.is_key(p - 1, ngay) || doc.is_key(p - 1, thang))))
    return true;
  if (const auto w = lexicon::number_words().match(doc, p, i); w && w.length == 1 && w.value() >= 2 && !doc.is_key(p, nam))
    return true;
  // "cụm, khối thi đua": the two kinds named together, each in the plural.
  if (doc.is_punct(p, ",") && p > 0)
    if (const auto other = lexicon::unit_heads().match_ending(doc, p, std::max(0, p - 3));
        other && (static_cast<UnitKind>(other.value()) == UnitKind::kCluster || static_cast<UnitKind>(other.value()) == UnitKind::kBlock))
      return true;
  return false;
}

// (s23-names) What a numbered group's name says after its number of the bodies it gathers: "Cụm thi
// đua số 1 các tỉnh Tây Bắc", "Khối thi đua 3 các Tổ chức tín dụng", "Khối thi đua 5 các Ngân hàng
// thương mại cổ phần" ("các" and a level, a kind or a head of bodies), and a head of those bodies
// after a dash, "các" and a level after it ("Cụm thi đua số 4-Trường Chính trị các tỉnh khu vực đồng
// bằng sông Hồng"). Not the owner after the number ("Khối thi đua 20 Bộ Xây dựng", "– Bộ Công an"),
// nor "các đơn vị" (members or guests beside the group). Returns j when there is none.
int32_t qualifier_after_number(const Document& doc, int32_t j, int32_t end, const UnitOptions& o) {
  static const std::string cac = word_key("các"), don = word_key("đơn");
  auto bodies_at = [&](int32_t k) {
    return doc.is_word(k) && !doc.is_key(k, don) &&
           (lexicon::levels().match(doc, k, end) || lexicon::body_kinds().match(doc, k, end) ||
            lexicon::body_heads().match(doc, k, end));
  };
  if (doc.is_key(j, cac) && bodies_at(j + 1)) {
    const int32_t k = group_description_end(doc, j, end, o);
    return k > j + 2 ? k : j;
  }
  if ((doc.is_punct(j, "-") || doc.is_punct(j, "–")) && doc.is_word(j + 1) && doc.tokens[j + 1].capitalised &&
      (lexicon::unit_heads().match(doc, j + 1, end) || lexicon::body_heads().match(doc, j + 1, end)))
    for (int32_t t = j + 2; t < end && t - j <= 6 && doc.is_word(t); ++t)
      if (doc.is_key(t, cac) && lexicon::levels().match(doc, t + 1, end)) {
        const int32_t k = group_description_end(doc, j + 1, end, o);
        return k > t + 1 ? k : j;
      }
  return j;
}

// "(BĐBP) tỉnh", "(TĐKT) huyện": a body's short name in brackets, then its level in lower case.
// (s17-plan-a) … or a city written short, in capitals: "(BĐBP) TPHCM", "(CCB) TP.HCM", "(LHPN) TP
// Cần Thơ" — the level "TP" or the city fused with it.
// (s23-parse) … the short name glued of parts as well: "Sở Lao động - Thương binh và Xã hội (LĐ-TB&XH)
// tỉnh A" (joined_abbreviation_end). Returns the token after the ")", or 0 when there is none.
static int32_t short_name_before_level(const Document& doc, int32_t k, int32_t end) {
  if (!doc.is_punct(k, "(") || k + 3 >= end || !doc.is_word(k + 1) || !doc.tokens[k + 1].all_caps) return 0;
  const int32_t close = joined_abbreviation_end(doc, k + 1, end);
  const int32_t n = close + 1;
  if (!doc.is_punct(close, ")") || n >= end || !doc.is_word(n)) return 0;
  if (!doc.tokens[n].capitalised) return lexicon::levels().match(doc, n, end) ? n : 0;
  if (!doc.tokens[n].all_caps) return 0;
  if (lexicon::levels().match(doc, n, end)) return n;
  const auto city = lexicon::provinces().match(doc, n, end);
  return city && city.length == 1 ? n : 0;
}

// (s14-plan-b) A count of places at k, in figures or in words, before their level: "5 tỉnh",
// "bảy tỉnh", "mười huyện".
bool count_before_level(const Document& doc, int32_t k, int32_t end) {
  static const std::vector<std::string> words = [] {
    std::vector<std::string> v;
    for (const char* w : {"hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"}) v.push_back(word_key(w));
    return v;
  }();
  const bool count = (doc.is_number(k) && doc.key(k).size() <= 2 && !doc.glued(k + 1)) ||
                     (doc.is_word(k) && !doc.tokens[k].capitalised &&
                      std::find(words.begin(), words.end(), doc.key(k)) != words.end());
  return count && k + 1 < end && doc.is_word(k + 1) && !doc.tokens[k + 1].capitalised &&
         static_cast<bool>(lexicon::levels().match(doc, k + 1, end));
}

std::optional<UnitMention> match_unit(const Document& doc, int32_t i, int32_t end, const UnitOptions& o) {
  if (!doc.is_word(i)) return std::nullopt;
  // (s28-orgs) "BAN HÀNH KẾ HOẠCH PHÒNG, CHỐNG TỘI PHẠM NĂM 2021": in capitals the verb of issuing reads as a board's
  // head ("Ban") and a name; it is the verb, as "ban hành" in running case.
  if (doc.tokens[i].all_caps && doc.is_word(i + 1) && doc.tokens[i + 1].all_caps && lexicon::issuing_verbs().match(doc, i, end))
    return std::nullopt;
  // (s23-parse) "Ban Chấp hành Trung ương Đoàn", "Ban Chấp hành Trung ương Hội Nông dân Việt Nam": a
  // body's leadership board before a national body whose name begins with the words that close a
  // head of the State ("Ban Chấp hành Trung ương"); the body named after the board reaches further,
  // so the board leads it and stands for it ("Trung ương Đoàn"), as "Ban Thường vụ Tỉnh đoàn A" does.
  const auto head = [&] {
    const auto longest = lexicon::unit_heads().match(doc, i, end);
    if (!longest || static_cast<UnitKind>(longest.value()) != UnitKind::kMinistry || longest.length < 2) return longest;
    const auto board = lexicon::unit_heads().match(doc, i, i + longest.length - 1);
    if (!board || static_cast<UnitKind>(board.value()) != UnitKind::kLeadership) return longest;
    const auto body = lexicon::unit_heads().match(doc, i + board.length, end);
    return body && i + board.length + body.length > i + longest.length ? board : longest;
  }();
  if (!head) return std::nullopt;
  // The head's word keys, compared below with the heads that take a special reading.
  const std::vector<std::string> head_keys = phrase_keys(head.display());
  const UnitKind head_kind = static_cast<UnitKind>(head.value());
  // "XÃ HỘI", "trật tự, an toàn xã hội": the word for society, not an association ("Hội").
  static const std::vector<std::string> hoi_head = phrase_keys("Hội");
  if (head.length == 1 && i > 0 && doc.is_key(i - 1, word_key("xã")) && head_keys == hoi_head)
    return std::nullopt;
  const bool group_head = head_kind == UnitKind::kCluster || head_kind == UnitKind::kBlock;
  // (s23-members) "chia khối các đơn vị … thành 8 cụm", "phân cụm thi đua": the object of a verb
  // dividing bodies into groups, no group.
  if (group_head && !doc.tokens[i].capitalised && lexicon::group_dividing_verbs().match_ending(doc, i, std::max(0, i - 2)))
    return std::nullopt;
  // (s23-names) "các khối thi đua đăng ký …", "Thành lập 4 Khối thi đua trực thuộc Đoàn VRG", "các
  // cụm, khối thi đua": groups in the plural, none of them named.
  if (group_head && plural_before(doc, i)) return std::nullopt;
  static const std::string so_key = word_key("số"), cong = word_key("công");
  // (s23-members) "Cụm 1: Gồm 12 đơn vị", "Khối 2 gồm …", "Cụm 3 (…)": a bare head capitalised and
  // its number opening a sentence, then what the group holds — a guidance dividing bodies into groups
  // names them so (not "khối 10", a school's grade; not "các đơn vị trong Khối 3 gồm", the group
  // named short where the text has its full name).
  static const std::string gom_key = word_key("gồm");
  const bool bare_numbered = group_head && head.length == 1 && doc.tokens[i].capitalised && !doc.tokens[i].all_caps &&
                             doc.sentence_of(i).first == i &&
                             doc.is_number(i + 1) && doc.key(i + 1).size() <= 2 && i + 2 < end &&
                             (doc.is_punct(i + 2, ":") || doc.is_key(i + 2, gom_key) || doc.is_punct(i + 2, "("));
  if (group_head && head.length == 1) {
    // A bare "Cụm"/"Khối": "Cụm số 5", "Khối ANND", "Khối Xây dựng lực lượng…", "khối Công an
    // các huyện"; never "Khối trưởng", "khối đại đoàn kết", "khối phố".
    const int32_t n = i + 1;
    const bool numbered = doc.is_key(n, so_key) && (doc.is_number(n + 1) || (doc.is_word(n + 1) && roman_value(doc.text_of(n + 1, n + 2))));
    const bool named = doc.is_word(n) && n < end && doc.tokens[n].capitalised && !lexicon::positions().match(doc, i, end);
    // "Khối các sở, ngành kinh tế", "Khối các Sở quản lý nhà nước": a block of departments.
    static const std::string cac_key = word_key("các"), so_dept_key = word_key("sở");
    // "Khối các tổ chức Chính trị - Xã hội - Nghề nghiệp", "Khối các cơ quan Đảng": of bodies.
    // "Khối các Vụ và tương đương", "Khối các Cục": a ministry's departments, capitalised (not "các vụ án").
    static const std::string vu_key = word_key("vụ"), cuc_key = word_key("cục");
    // In lower case only before the kind of its bodies: "giao ước thi đua khối các cơ quan tham mưu".
    const bool departments = doc.is_key(n, cac_key) && (doc.tokens[i].capitalised || lexicon::body_kinds().match(doc, n + 1, end)) &&
                             (doc.is_key(n + 1, so_dept_key) || lexicon::body_kinds().match(doc, n + 1, end) ||
                              ((doc.is_key(n + 1, vu_key) || doc.is_key(n + 1, cuc_key)) && doc.tokens[n + 1].capitalised));
    // (s14-plan-b) "cụm bảy tỉnh biên giới phía Bắc", "Khối 5 huyện miền núi": a group named by the
    // places it groups, counted in figures or in words.
    const bool counted_places = count_before_level(doc, n, end);
    // (s20-members) "Khối cơ quan Nội chính", "Cụm doanh nghiệp Trung ương": the kind of its bodies
    // in lower case without "các", then the block's capitalised name.
    bool kind_named = false;
    if (doc.tokens[i].capitalised) {
      // (s23-names) … or a dash and what the bodies do: "Khối doanh nghiệp – sản xuất kinh doanh".
      if (const auto kind = lexicon::body_kinds().match(doc, n, end))
        kind_named = !doc.tokens[n].capitalised &&
                     ((doc.is_word(n + kind.length) && doc.tokens[n + kind.length].capitalised) ||
                      ((doc.is_punct(n + kind.length, "–") || doc.is_punct(n + kind.length, "-")) &&
                       doc.is_word(n + kind.length + 1) && !lexicon::unit_heads().match(doc, n + kind.length + 1, end)));
    }
    // (s23-names) "Khối Cơ quan" alone: the bodies' kind, an organisation's division, no group's name.
    if (const auto kind = lexicon::body_kinds().match(doc, n, end);
        kind && !doc.is_word(n + kind.length) && !doc.is_punct(n + kind.length, "-") && !doc.is_punct(n + kind.length, "–"))
      return std::nullopt;
    // (s23-names) "Khối Nội", "Khối Ngoại", "Khối Cận lâm sàng": a hospital's divisions, no group.
    if (const auto division = lexicon::hospital_divisions().match(doc, n, end);
        division && !doc.is_word(n + division.length))
      return std::nullopt;
    if (!numbered && !named && !departments && !counted_places && !kind_named && !bare_numbered) return std::nullopt;
    // "cụm trưởng cụm số 1 là …": a numbered group in lower case is a group too.
    if (!doc.tokens[i].capitalised && !doc.is_key(n, cong) && !numbered && !departments && !counted_places)
      return std::nullopt;
  } else if (!doc.tokens[i].capitalised) {
    // "cụm thi đua số 8", "khối thi đua các huyện…" in running text.
    if (!group_head) return std::nullopt;
  }
  // "Mặt trận" alone is the Front only before its level ("Mặt trận xã X", "Mặt trận các xã").
  static const std::vector<std::string> mat_tran = phrase_keys("Mặt trận");
  if (head.length == 2 && head_keys == mat_tran) {
    const int32_t n = i + 2;
    const bool levelled = lexicon::levels().match(doc, n, end) ||
                          ((doc.is_key(n, word_key("các")) || doc.is_number(n)) && lexicon::levels().match(doc, n + 1, end));
    if (!levelled || (doc.is_word(n) && doc.tokens[n].capitalised)) return std::nullopt;
  }
  UnitMention u;
  u.first = i;
  u.kind = head_kind;
  if (u.kind == UnitKind::kNotAUnit) return std::nullopt;
  int32_t j = i + head.length;
  const bool caps = all_caps(doc, i, j);
  const bool abbreviated = head.length == 1 && abbreviation(doc.key(i)) != nullptr;
  u.head = caps && !abbreviated ? std::string(head.display()) : std::string(doc.text_of(i, j));
  bool may_chain = false, level_inferred = false;  // level_inferred: print head, level, name
  static const std::string so = word_key("số"), cac = word_key("các");

  static const std::vector<std::string> chi_dao = phrase_keys("Ban Chỉ đạo");
  if (u.kind == UnitKind::kBoard && head_keys == chi_dao) {
    // "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào “Toàn dân bảo vệ
    // an ninh Tổ quốc” huyện Mang Yang", "Ban Chỉ đạo An ninh trật tự xã": a steering board named
    // by its remit, up to the level (and place) it serves.
    static const std::string to = word_key("tổ"), chuc = word_key("chức"), da = word_key("đã"), vua = word_key("vừa");
    // "Ban Chỉ đạo an ninh - trật tự (ANTT) phường A": the remit's abbreviation in brackets is skipped.
    auto abbreviation_in_brackets = [&](int32_t k) {
      return doc.is_punct(k, "(") && k + 2 < end && doc.is_word(k + 1) && doc.tokens[k + 1].all_caps &&
             doc.is_punct(k + 2, ")");
    };
    // The board through token n (exclusive), its text as written without the quotes around the
    // movement it names.
    auto board_through = [&](int32_t n) {
      u.last = n;
      std::string text;
      bool space = false;
      for (int32_t t = i; t < n; ++t) {
        if (abbreviation_in_brackets(t)) {
          t += 2;
          continue;
        }
        space |= doc.tokens[t].space_before;
        if (doc.is_punct(t, "\"") || doc.is_punct(t, "\u201C") || doc.is_punct(t, "\u201D")) continue;
        if (space && !text.empty()) text += ' ';
        space = false;
        text += doc.text_of(t, t + 1);
      }
      u.text = text;
      return u;
    };
    static const std::vector<std::string> trung_uong = phrase_keys("Trung ương");
    // (s23-orgs) "Ban Chỉ đạo 138, UBND huyện A tổ chức …", "Ban Chỉ đạo 389 tổ chức …": a board
    // called by its number alone, the number ending the name, keeps it.
    if (doc.is_number(j) &&
        (j + 1 >= end || !doc.is_word(j + 1) || doc.is_key(j + 1, da) || doc.is_key(j + 1, vua) ||
         (doc.is_key(j + 1, to) && doc.is_key(j + 2, chuc))) &&
        !doc.is_punct(j + 1, "/") && !doc.is_punct(j + 1, "-"))
      return board_through(j + 1);
    for (int32_t k = j; k < end && k - j < 28; ++k) {
      if (abbreviation_in_brackets(k)) {
        k += 2;
        continue;
      }
      // (s19-rules) "Ban chỉ đạo Xây dựng phong trào Toàn dân bảo vệ An ninh Tổ quốc Trung ương": the
      // national board's remit closes with "Trung ương", as a local one's with its level and place.
      if (k > j + 1 && doc.is_key(k, trung_uong[0]) && doc.is_key(k + 1, trung_uong[1]) && doc.tokens[k].capitalised &&
          (k + 2 >= end || !doc.is_word(k + 2) || lexicon::predicates().match(doc, k + 2, end)))
        return board_through(k + 2);
      if (doc.is_punct(k, ".") || doc.is_punct(k, ";") || doc.is_punct(k, ":") || doc.is_punct(k, "(") ||
          doc.is_key(k, da) || doc.is_key(k, vua) || (doc.is_key(k, to) && doc.is_key(k + 1, chuc)))
        break;
      // "… của Ban Chỉ đạo 138 Trung ương về …, ngày 29-1, UBND tỉnh đã ban hành …": the remit
      // ends at a comma before a day or another body, not at the next level named.
      if (doc.is_punct(k, ",") && k + 1 < end &&
          (lexicon::subject_openers().match(doc, k + 1, end) ||
           (doc.tokens[k + 1].capitalised && is_admin_head(lexicon::unit_heads().match(doc, k + 1, end)))))
        break;
      const auto lv = k > j ? lexicon::levels().match(doc, k, end) : PhraseTable::Match{};
      if (!lv || !doc.is_word(k) || (doc.tokens[k].capitalised && !doc.tokens[k].all_caps)) continue;  // "TP. A"
      std::string name;
      // "… TP. Phan Thiết": the level's abbreviation with its full stop, as for any unit.
      const int32_t at = doc.is_punct(k + lv.length, ".") && doc.glued(k + lv.length) ? k + lv.length + 1 : k + lv.length;
      int32_t n = place_name_end(doc, at, end, false, o, &name);
      if (n == at) n = k + lv.length;
      const bool bare = n == k + lv.length && (!doc.is_word(n) || lexicon::predicates().match(doc, n, end) ||
                                               doc.is_key(n, to));
      if (n == k + lv.length && !bare) continue;  // "tệ nạn xã hội"
      u.level = static_cast<Level>(lv.value());
      u.level_text = std::string(doc.text_of(k, k + lv.length));
      u.name = name;
      return board_through(n);
    }
  }
  switch (u.kind) {
    case UnitKind::kMinistry:
    case UnitKind::kBoard:
    case UnitKind::kLeadership:
      may_chain = u.kind != UnitKind::kMinistry;
      break;
    case UnitKind::kCluster:
    case UnitKind::kBlock: {
      // "Cụm thi đua số 03" is "số 3", as a Roman number is written in figures; (s23-parse) "Cụm thi đua
      // 01" is "Cụm thi đua 1" — the group's number printed in one form, its leading zeros dropped.
      auto group_number = [](std::string number) {
        while (number.size() > 1 && number[0] == '0') number.erase(0, 1);
        return number;
      };
      bool numbered_name = false;  // "số 3", "số II", "8": a number the group is called by
      if (doc.is_key(j, so) && doc.is_number(j + 1) && j + 1 < end) {
        numbered_name = true;
        const std::string number = group_number(doc.key(j + 1));
        level_inferred = number != doc.key(j + 1);  // printed from its parts
        u.name = "số " + number;
        j += 2;
        // "Cụm thi đua số 2 Khối Cảnh sát": a cluster of a block, named with the block.
        // (s25-names) … the block after a dash too, and described by its bodies in lower case: "Cụm thi
        // đua số 2 – Khối các đơn vị trực thuộc Bộ trưởng", "Cụm thi đua số 3 - Khối các trường đại học".
        static const std::string khoi_key = word_key("khối"), cac_key = word_key("các");
        const bool dash = (doc.is_punct(j, "-") || doc.is_punct(j, "–")) && !doc.glued(j);
        const int32_t b = dash ? j + 1 : j;
        if (head.length >= 3 && doc.is_key(b, khoi_key) && doc.tokens[b].capitalised && doc.is_word(b + 1) &&
            (doc.tokens[b + 1].capitalised || (dash && doc.is_key(b + 1, cac_key)))) {
          const int32_t k = group_description_end(doc, b + 1, end, o);
          if (k > b + 1 + (doc.is_key(b + 1, cac_key) ? 1 : 0)) {
            u.name += " " + std::string(doc.text_of(j, k));
            j = k;
          }
        }
      } else if (const int roman = doc.is_key(j, so) && doc.is_word(j + 1) && j + 1 < end ? roman_value(doc.text_of(j + 1, j + 2)) : 0) {
        // "Cụm thi đua số II": the group's number written in Roman numerals, printed in figures.
        u.name = "số " + std::to_string(roman);
        j += 2;
        level_inferred = true;
        numbered_name = true;
      } else if (const int32_t counted = count_before_level(doc, j, end)
                                         ? group_description_end(doc, j + 1, end, o)
                                         : j;
                 counted > j + 2) {
        // "Cụm thi đua 5 thành phố trực thuộc Trung ương": a count of the places it groups, part
        // of a description, not the group's number.
        u.name = std::string(doc.text_of(j, counted));
        j = counted;
      } else if ((head.length >= 3 || bare_numbered) && doc.is_number(j) && j < end && doc.key(j).size() <= 2 && !doc.is_punct(j + 1, "/") &&
                 !(doc.is_punct(j + 1, "-") && doc.glued(j + 1)) && !doc.is_punct(j + 1, "%")) {
        // "Khối thi đua 8", "Cụm thi đua 5": the number written without "số", printed as written.
        // (s28-orgs) … also before a spaced dash and the place it belongs to ("Khối thi đua 5 – Quận 1 tổ chức …"), as
        // "Cụm thi đua số 2 – huyện A"; a dash glued to the number ("3-5") is a span.
        u.name = group_number(doc.key(j));
        level_inferred |= u.name != doc.key(j);  // printed from its parts
        j += 1;
        numbered_name = true;
      } else {
        // "Khối thi đua các đơn vị nghiệp vụ", "Khối thi đua Công an các xã": a description.
        const int32_t k = group_description_end(doc, j, end, o);
        // (s23-names) "Khối thi đua TP.HCM gồm …": a group called by its place alone, the level written
        // short, is printed as units are, "thành phố Hồ Chí Minh".
        if (const auto lv = lexicon::levels().match(doc, j, end); lv && doc.tokens[j].all_caps && k > j + lv.length) {
          const int32_t at = after_level(doc, j + lv.length);
          std::string place;
          if (place_name_end(doc, at, end, false, o, &place) == k && !place.empty()) {
            u.name = std::string(level_word(static_cast<Level>(lv.value()))) + " " + place;
            level_inferred = true;
            j = k;
            break;
          }
        }
        if (k == j && !o.lenient) return std::nullopt;
        u.name = all_caps(doc, j, k) ? lower_case(doc.text_of(j, k)) : std::string(doc.text_of(j, k));
        j = k;
        // (s23-names) "Khối các Sở quản lý nhà nước (Khối 1) gồm …": the block's number in a bracket
        // after its description is part of its name, as the headline writes it ("… nhà nước 1").
        // (s25-orgs) Not after the body the bodies belong to ("… tham mưu của Tỉnh ủy (Khối 1)").
        static const std::string cua = word_key("của");
        bool of_owner = false;
        for (int32_t t = i + head.length; t < k && !of_owner; ++t) of_owner = doc.is_key(t, cua);
        if (!of_owner && k > i + head.length && doc.is_punct(k, "(") && k + 3 < end && doc.is_key(k + 1, doc.key(i)) &&
            doc.is_number(k + 2) && doc.key(k + 2).size() <= 2 && doc.is_punct(k + 3, ")")) {
          u.name += " " + group_number(doc.key(k + 2));
          level_inferred = true;
          j = k + 4;
        }
      }
      if (numbered_name) {
        const int32_t k = qualifier_after_number(doc, j, end, o);
        if (k > j) {
          u.name += (doc.glued(j) ? "" : " ") + std::string(doc.text_of(j, k));
          j = k;
        }
      }
      break;
    }
    case UnitKind::kOffice: {
      // "Sở Tài nguyên và Môi trường", "Sở Văn hóa, Thể thao và Du lịch": a department named by
      // its field of state administration, its "và" and commas included.
      // "Bộ Tư pháp", "Bộ Văn hóa, Thể thao và Du lịch": a ministry named by the same fields, and
      // only by them ("Bộ đội", "Bộ trưởng" are no ministry).
      // (s16-plan-b) … and a district's department, by the same fields: "Phòng Giáo dục và Đào tạo
      // huyện A", "Phòng Văn hóa và Thông tin huyện B".
      static const std::vector<std::string> so_dept = phrase_keys("Sở"), bo_ministry = phrase_keys("Bộ"),
                                            phong_dept = phrase_keys("Phòng");
      const bool ministry = head_keys == bo_ministry;
      const bool department = head_keys == so_dept || head_keys == phong_dept;
      const auto field = (ministry || department) && doc.is_word(j) && doc.tokens[j].capitalised
                             ? lexicon::administrative_fields().match(doc, j, end)
                             : PhraseTable::Match{};
      if (ministry && !field) return std::nullopt;
      int32_t k = field ? j + field.length : office_name_end(doc, j, end, o);
      // (s16-plan-g) "Sở Tư pháp Hà Nội", "Sở Giáo dục và Đào tạo Cần Thơ": a province's department
      // named by its field and then the province alone, without its level; printed as written.
      static const std::vector<std::string> so_only = phrase_keys("Sở");
      if (field && head_keys == so_only && k < end && doc.is_word(k) && doc.tokens[k].capitalised &&
          !doc.tokens[k].all_caps) {
        std::string name;
        const int32_t n = place_name_end(doc, k, end, true, o, &name);
        if (n > k) {
          const auto p = lexicon::provinces().match(doc, k, end);
          u.level = p && p.value() == 1 ? Level::kCity : Level::kProvince;
          u.name = name;
          k = n;
        }
      }
      // "Thanh tra Bộ Kế hoạch và Đầu tư", "Thanh tra tỉnh": an inspectorate is named by the body it
      // inspects for, read whole.
      static const std::vector<std::string> thanh_tra = phrase_keys("Thanh tra");
      if (head_keys == thanh_tra) {
        if (const auto inner = match_unit(doc, j, end, UnitOptions{false, o.name_starts}); inner && inner->last > k) k = inner->last;
      }
      // "Tỉnh Đoàn", "Huyện đoàn": the youth union of the text's own place, its level in its head.
      static const std::vector<std::vector<std::string>> youth = {phrase_keys("Tỉnh đoàn"), phrase_keys("Thành đoàn"),
                                                                  phrase_keys("Huyện đoàn"), phrase_keys("Quận đoàn"),
                                                                  phrase_keys("Thị đoàn")};
      const bool youth_union = std::find(youth.begin(), youth.end(), head_keys) != youth.end();
      if (youth_union) {
        // (s17-plan-a) The level is the head's own ("Tỉnh đoàn" a province's, "Thành Đoàn" a city's), and
        // the place after it is its name: "Tỉnh đoàn Khánh Hòa", "Thành Đoàn TP Hồ Chí Minh" (the level
        // repeated short), "Quận đoàn 3". A bare one is no bare level (the conventions): no level kept.
        static const Level kYouthLevels[] = {Level::kProvince, Level::kCity, Level::kDistrict, Level::kUrbanDistrict,
                                             Level::kTown};
        u.level = kYouthLevels[std::find(youth.begin(), youth.end(), head_keys) - youth.begin()];
        // (s22-forms) The level repeated in full as well: "Thành Đoàn thành phố Hồ Chí Minh".
        int32_t at = j;
        if (const auto lv = lexicon::levels().match(doc, j, end); lv && static_cast<Level>(lv.value()) == *u.level) {
          at = after_level(doc, j + lv.length);
        }
        std::string name;
        const int32_t n = at < end ? place_name_end(doc, at, end, *u.level == Level::kProvince, o, &name) : at;
        if (n > at) {
          u.name = name;
          j = n;
          break;
        }
        u.level.reset();
        if (k == j && !match_unit(doc, j, end, UnitOptions{false, o.name_starts})) break;
      }
      // "Trung tâm hội nghị tỉnh": a hall of the text's own province, named by the level alone.
      static const std::vector<std::string> hall = phrase_keys("Trung tâm hội nghị");
      if (k == j && head_keys == hall) {
        if (const auto lv = lexicon::levels().match(doc, j, end);
            lv && !(doc.is_word(j + lv.length) && doc.tokens[j + lv.length].capitalised)) {
          j += lv.length;
          break;
        }
      }
      // (s21-lists) A head naming two bodies or fields joined by "và", read whole from the lexicon
      // (its "và" is no list's): "Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Văn phòng HĐND và UBND huyện
      // Tân Phú", "Đài Phát thanh và Truyền hình tỉnh A" — the body of a place, named by the level, and
      // the place when written.
      static const std::string va = word_key("và");
      if (k == j && std::find(head_keys.begin(), head_keys.end(), va) != head_keys.end()) {
        if (const auto lv = lexicon::levels().match(doc, j, end); lv && doc.is_word(j) && !doc.tokens[j].capitalised) {
          std::string name;
          const int32_t n = place_name_end(doc, j + lv.length, end, static_cast<Level>(lv.value()) == Level::kProvince, o, &name);
          j = n > j + lv.length ? n : j + lv.length;
          break;
        }
      }
      // "Vụ 1", "Vụ II": a department numbered, in figures or Roman numerals, as written; an army
      // unit too ("Trung đoàn 335", "Sư đoàn 324").
      static const std::vector<std::vector<std::string>> numbered_heads = {
          phrase_keys("Vụ"), phrase_keys("Trung đoàn"), phrase_keys("Sư đoàn"), phrase_keys("Lữ đoàn")};
      const bool numbered_head =
          std::find(numbered_heads.begin(), numbered_heads.end(), head_keys) != numbered_heads.end();
      static const std::vector<std::string> vu = phrase_keys("Vụ");
      if (k == j && numbered_head && head_keys != vu && number_closes_name(doc, j, end)) {
        j += 1;
        break;
      }
      if (k == j && head_keys == vu && j < end &&
          ((doc.is_number(j) && doc.key(j).size() <= 2 && !doc.glued(j + 1)) ||
           (doc.is_word(j) && doc.tokens[j].all_caps && roman_value(doc.text_of(j, j + 1))))) {
        j += 1;
        break;
      }
      if (k == j) {
        auto inner = match_unit(doc, j, end, UnitOptions{false, o.name_starts});
        if (!inner) return std::nullopt;
        j = inner->last;
      } else {
        j = k;
        may_chain = true;
      }
      break;
    }
    default: {  // police, committee, council, party, front: [các|N] level place
      int32_t k = j;
      bool counted = false;
      // "CAX Phú Lộc", "CATP Hà Nội": the abbreviation holds the head and the level.
      if (abbreviated) {
        const std::vector<std::string>& e = *abbreviation(doc.key(i));
        for (const Level l : {Level::kProvince, Level::kCity, Level::kDistrict, Level::kUrbanDistrict, Level::kTown,
                              Level::kCommune, Level::kWard, Level::kTownlet}) {
          std::vector<std::string> whole = head_keys;
          for (const std::string& w : phrase_keys(level_word(l))) whole.push_back(w);
          if (whole != e) continue;
          u.head = std::string(head.display());
          u.level = l;
          u.level_text = level_word(l);
          std::string name;
          const int32_t n = place_name_end(doc, k, end, l == Level::kProvince, o, &name);
          u.name = name;
          j = n;
          level_inferred = true;
          break;
        }
        if (u.level) break;
      }
      // "Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh", "Hội Cựu chiến binh (CCB) tỉnh A": the body's
      // short name in brackets between its head and its level; printed without it.
      const int32_t short_name_end = short_name_before_level(doc, k, end);
      const bool after_short_name = short_name_end > 0;
      if (after_short_name) {
        k = short_name_end;
        level_inferred = true;
      }
      // (s23-orgs) … the count in words as well: "Công an hai tỉnh A và B".
      if (((doc.is_key(k, cac) || doc.is_number(k)) && k + 1 < end && lexicon::levels().match(doc, k + 1, end)) ||
          count_before_level(doc, k, end)) {
        counted = true;
        ++k;
      }
      if (const auto lv = lexicon::levels().match(doc, k, end)) {
        u.level = static_cast<Level>(lv.value());
        u.level_text = all_caps(doc, k, k + lv.length) ? level_word(*u.level) : std::string(doc.text_of(k, k + lv.length));
        k += lv.length;
        if (doc.is_punct(k, ".") && doc.glued(k) && k + 1 < end) ++k;  // "TP. Vinh"
        // (s26-orgs) "Công an các phường: A, B, C tổ chức …", "Hội Nông dân các xã: A, B": the places
        // of a counted level may open after a colon, as a list's do.
        if (counted && doc.is_punct(k, ":") && k + 1 < end && doc.is_word(k + 1) && doc.tokens[k + 1].capitalised) ++k;
        std::string name;
        const int32_t n = place_name_end(doc, k, end, *u.level == Level::kProvince, o, &name);
        u.name = name;
        // "Công an tỉnh BR-VT": an abbreviated province is written out in the unit's name.
        if (n > k && name != doc.text_of(k, n) && !all_caps(doc, i, n) && lexicon::provinces().match(doc, k, end))
          level_inferred = true;
        k = n;
        u.list_prefix = counted;
        j = k;
      } else if (counted) {
        return std::nullopt;
      } else {
        // "Huyện ủy Bến Lức", "Quận ủy Bình Thạnh": a head naming its level is followed by any place
        // of that level; other heads by a province alone ("Công an Trà Vinh").
        static const std::vector<std::vector<std::string>> levelled = {phrase_keys("Huyện ủy"), phrase_keys("Quận ủy"),
                                                                      phrase_keys("Thị ủy"), phrase_keys("Thành ủy")};
        const bool any_place = doc.tokens[i].capitalised &&
                               std::find(levelled.begin(), levelled.end(), head_keys) != levelled.end();
        std::string name;
        const int32_t n = place_name_end(doc, k, end, !any_place, o, &name);
        if (n > k) {
          u.name = name;
          j = n;
          // "Công an Trà Vinh", "Công an Hà Nội": a province's police named without its level;
          // the level is the province's own (a city for the five centrally-run cities).
          // (s17-plan-b) "UBND TPHCM", "BĐBP TPHCM": the city's name fused with its level is
          // written out with it, "thành phố Hồ Chí Minh", whatever body it names; (s17-plan-a) and
          // any body after its short name in brackets: "Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) TPHCM".
          static const std::string tphcm = word_key("TPHCM");
          if ((u.kind == UnitKind::kPolice && !all_caps(doc, i, j)) || after_short_name ||
              (j == k + 1 && doc.is_key(k, tphcm))) {
            const auto p = lexicon::provinces().match(doc, k, end);
            u.level = p && p.value() == 1 ? Level::kCity : Level::kProvince;
            u.level_text = level_word(*u.level);
            level_inferred = true;
          }
        } else if (u.kind == UnitKind::kParty || u.kind == UnitKind::kFront) {
          may_chain = true;
        } else if (!o.lenient) {
          return std::nullopt;
        }
      }
      break;
    }
  }
  std::string inner_text;  // the inner unit as printed ("Công an thành phố Hồ Chí Minh" for "Công an TP.HCM")
  if (may_chain && j < end) {
    if (auto inner = match_unit(doc, j, end, UnitOptions{false, o.name_starts}); inner && !inner->list_prefix) {
      u.inner_first = j;
      inner_text = inner->text;
      j = inner->last;
      // "Ban Thanh niên Công an tỉnh" sits where its inner unit sits.
      if (!u.level && u.name.empty()) {
        u.level = inner->level;
        u.level_text = inner->level_text;
        u.name = inner->name;
      }
    }
  }
  // (s23-orgs) A branch ("Chi đoàn", "Chi hội") is a unit only with the body it is the branch of.
  static const std::vector<std::string> chi_doan = phrase_keys("Chi đoàn"), chi_hoi = phrase_keys("Chi hội");
  if (u.inner_first < 0 && (head_keys == chi_doan || head_keys == chi_hoi)) return std::nullopt;
  // "Ban Dân tộc tỉnh", "Sở Nội vụ tỉnh Bắc Kạn": an office of a place, its level written after
  // its name in lower case.
  // … and a council or a board of a place named by its head alone: "Hội đồng Thi đua - Khen thưởng
  // huyện", "Đoàn Thanh niên xã A".
  // … its short name in brackets before the level ("Hội đồng Thi đua - Khen thưởng (TĐKT) tỉnh").
  if ((u.kind == UnitKind::kOffice || u.kind == UnitKind::kBoard) && !u.level && u.inner_first < 0 &&
      (j > i + head.length || u.kind == UnitKind::kBoard) && short_name_before_level(doc, j, end)) {
    u.head = std::string(doc.text_of(i, j));
    level_inferred = true;
    j = short_name_before_level(doc, j, end);
    // (s17-plan-a) "Hội Cựu chiến binh (CCB) TP.HCM", "Hội Liên hiệp Phụ nữ (LHPN) TPHCM": the city
    // written short after the short name, its level written out.
    if (doc.tokens[j].capitalised) {
      std::string name;
      if (const auto lv = lexicon::levels().match(doc, j, end)) {
        const int32_t at = after_level(doc, j + lv.length);
        const int32_t n = place_name_end(doc, at, end, false, o, &name);
        if (n > at) {
          u.level = static_cast<Level>(lv.value());
          j = n;
        }
      } else if (const int32_t n = place_name_end(doc, j, end, true, o, &name); n > j) {
        const auto p = lexicon::provinces().match(doc, j, end);
        u.level = p && p.value() == 1 ? Level::kCity : Level::kProvince;
        j = n;
      }
      if (u.level) {
        u.level_text = level_word(*u.level);
        u.name = name;
      }
    }
  }
  if ((u.kind == UnitKind::kOffice || u.kind == UnitKind::kBoard) && !u.level && u.inner_first < 0 &&
      (j > i + head.length || u.kind == UnitKind::kBoard) && j < end && doc.is_word(j)) {
    if (const auto lv = lexicon::levels().match(doc, j, end)) {
      const Level level = static_cast<Level>(lv.value());
      std::string name;
      const int32_t n = place_name_end(doc, j + lv.length, end, level == Level::kProvince, o, &name);
      // … and, capitalised, the level standing for the text's own place with no name after it: "Hội
      // Sinh viên Việt Nam Thành phố", "Hội Cựu chiến binh Thành phố" (a city's bodies so written).
      const bool bare_capitalised = doc.tokens[j].capitalised && !all_caps(doc, j, j + lv.length) && n == j + lv.length &&
                                    j > i + head.length && u.kind == UnitKind::kOffice;
      // (s28-members2) … and a city's district or ward by its number, written capitalised as such places are:
      // "Công ty Dịch vụ công ích Quận 1", "Trung tâm Y tế Phường 5".
      const bool numbered_capitalised = doc.tokens[j].capitalised && !all_caps(doc, j, j + lv.length) &&
                                        n == j + lv.length + 1 && doc.is_number(j + lv.length);
      if (!doc.tokens[j].capitalised || bare_capitalised || numbered_capitalised) {
        u.level = level;
        u.level_text = std::string(doc.text_of(j, j + lv.length));
        u.name = name;
        j = n;
      }
    }
  }
  // (s21-orgs) "Hội Nông dân Việt Nam", "Hội Cựu chiến binh Việt Nam", "Hội Truyền thống Trường Sơn
  // Đường Hồ Chí Minh Việt Nam": the country closes the name of a national body, as "Chính phủ"
  // closes an office's; the name is not cut before it. (s25-names) … and so does the nation's force: "Ban
  // Thanh niên Công an nhân dân", "Hội Phụ nữ Quân đội nhân dân" (lexicon national_body_ends).
  if (!u.level && u.name.empty() && u.inner_first < 0 && !u.list_prefix && j < end && doc.is_word(j) &&
      doc.tokens[j].capitalised &&
      (u.kind == UnitKind::kOffice || u.kind == UnitKind::kBoard || u.kind == UnitKind::kFront))
    if (const auto nation = lexicon::national_body_ends().match(doc, j, end); nation && !doc.glued(j)) j += nation.length;
  u.last = j;
  if (u.list_prefix) {
    // "CA các tỉnh A, B": the shared head written short, printed in full for each ("Công an tỉnh A").
    if (abbreviated) u.head = spell_out(u.head);
    u.text = u.head + " " + u.level_text + (u.name.empty() ? "" : " " + u.name);
  } else if (all_caps(doc, u.first, u.last) && (u.kind == UnitKind::kCluster || u.kind == UnitKind::kBlock)) {
    u.text = u.head + (u.name.empty() ? "" : " " + u.name);
  } else if (all_caps(doc, u.first, u.last)) {
    u.text = u.head;
    if (!u.level_text.empty()) u.text += " " + u.level_text;
    if (!u.name.empty()) u.text += " " + u.name;
    if (u.level_text.empty() && u.name.empty() && u.last > i + head.length)
      u.text = title_case(doc.text_of(u.first, u.last));
  } else if (level_inferred) {
    u.text = u.head;
    for (const std::string* part : {&u.level_text, &u.name})
      if (!part->empty()) u.text += " " + *part;
  } else if (u.inner_first > u.first && !inner_text.empty() && inner_text != doc.text_of(u.inner_first, u.last)) {
    // "Phòng Cảnh sát giao thông … Công an TP.HCM": the inner unit written out.
    u.text = std::string(doc.text_of(u.first, u.inner_first)) + " " + inner_text;
  } else {
    u.text = std::string(doc.text_of(u.first, u.last));
    // "BCHQS huyện": an abbreviated head the conventions write out ("Ban Chỉ huy Quân sự huyện");
    // the usual short names of bodies (UBND, HĐND, MTTQ) stay as written.
    // … and a command's head abbreviated in part ("Bộ Chỉ huy BĐBP tỉnh", "Bộ CHQS tỉnh").
    static const std::string bchqs = word_key("BCHQS");
    static const std::vector<std::vector<std::string>> commands = {phrase_keys("Bộ Chỉ huy Quân sự"),
                                                                   phrase_keys("Bộ Chỉ huy Bộ đội Biên phòng"),
                                                                   phrase_keys("Bộ đội Biên phòng")};
    bool short_head = doc.key(u.first) == bchqs && doc.tokens[u.first].all_caps;
    if (std::find(commands.begin(), commands.end(), head_keys) != commands.end())
      for (int32_t t = u.first; t < u.first + head.length; ++t) short_head |= doc.is_word(t) && doc.tokens[t].all_caps;
    if (short_head)
      u.text = std::string(head.display()) + std::string(doc.text_of(u.first + head.length, u.last).empty() ? "" : " ") +
               std::string(doc.text_of(u.first + head.length, u.last));
    // (session 22) "CA tỉnh A": a police unit written short is printed in full, as positions are
    // ("Công an tỉnh A"); the abbreviations the lexicon flags to spell out, "UBND" kept short.
    else if (abbreviated && u.last > u.first + 1)
      if (const char* full = position_expansion(doc.text_of(u.first, u.first + 1)))
        u.text = std::string(full) + " " + std::string(doc.text_of(u.first + 1, u.last));
  }
  // "khối thi đua các huyện…" written in running text is printed as a name.
  if (!doc.tokens[i].capitalised && !u.text.empty()) u.text = capitalise_first(u.text);
  return u;
}

std::vector<UnitMention> find_units(const Document& doc, int32_t first, int32_t last, const UnitOptions& o) {
  std::vector<UnitMention> out;
  for (int32_t i = std::max(first, 0); i < last && i < doc.size();) {
    const int32_t end = std::min(last, doc.sentence_of(i).last);
    if (auto u = match_unit(doc, i, end, o)) {
      i = u->last;
      out.push_back(std::move(*u));
      continue;
    }
    const auto head = lexicon::unit_heads().match(doc, i, end);
    i += head ? head.length : 1;
  }
  return out;
}

}  // namespace thidua::text::plan
