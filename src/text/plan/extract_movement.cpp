// Movement, phases and content areas.
#include <algorithm>
#include <cstdlib>

#include "text/plan/extract.h"

namespace thidua::text::plan {
namespace {

struct Keys {
  std::vector<std::string> phong_trao = phrase_keys("phong trào"), thi_dua = phrase_keys("thi đua"),
                           chu_de = phrase_keys("chủ đề"), phuong_cham = phrase_keys("phương châm"),
                           hanh_dong = phrase_keys("hành động"), noi_dung = phrase_keys("nội dung"),
                           thoi_gian = phrase_keys("thời gian"), trong_tam = phrase_keys("trọng tâm"),
                           nhiem_vu = phrase_keys("nhiệm vụ"),
                           ke_hoach = phrase_keys("kế hoạch");
  std::string dot = word_key("đợt"), thu = word_key("thứ"), la = word_key("là"), gom = word_key("gồm"),
              bao = word_key("bao"), lam = word_key("làm"), thanh = word_key("thành"), co = word_key("có"),
              sau = word_key("sau"), voi = word_key("với"), nhu = word_key("như"), nam = word_key("năm"),
              chia = word_key("chia"), cu = word_key("cụ"), the = word_key("thể");
  std::vector<std::string> an_ninh = phrase_keys("an ninh"), trat_tu = phrase_keys("trật tự"),
                           chi_tieu = phrase_keys("chỉ tiêu"), khau_hieu = phrase_keys("khẩu hiệu");
};
const Keys& keys() {
  static const Keys k;
  return k;
}

bool seq_at(const Document& doc, int32_t i, const std::vector<std::string>& seq) {
  for (size_t k = 0; k < seq.size(); ++k)
    if (!doc.is_key(i + static_cast<int32_t>(k), seq[k])) return false;
  return true;
}
bool contains_seq(const Document& doc, int32_t first, int32_t last, const std::vector<std::string>& seq) {
  for (int32_t i = first; i + static_cast<int32_t>(seq.size()) <= last; ++i)
    if (seq_at(doc, i, seq)) return true;
  return false;
}

// A known movement written with its period inside the quotes ("Vì ANTQ giai đoạn 2010-2015",
// "Vì an ninh Tổ quốc năm 2019"): the name as written without the period; nullopt otherwise.
std::optional<std::string> known_movement_name(const std::string& name) {
  const Document d = analyse_fragment(name);
  const auto known = lexicon::known_movements().match(d, 0);
  if (!known) return std::nullopt;
  int32_t i = known.length;
  const int32_t n = d.size();
  if (i < n) {
    // The rest is a period: "giai đoạn" or "năm", then years and dashes only.
    static const std::vector<std::string> giai_doan = phrase_keys("giai đoạn");
    if (seq_at(d, i, giai_doan)) i += 2;
    else if (d.is_key(i, keys().nam)) ++i;
    else return std::nullopt;
    if (i >= n) return std::nullopt;
    for (; i < n; ++i)
      if (!d.is_number(i) && !d.is_punct(i, "-") && !d.is_punct(i, "–")) return std::nullopt;
  } else {
    return std::nullopt;
  }
  return clean(d.text_of(0, known.length));
}

// The ordinal after "Đợt" at token i: "Đợt 1", "Đợt II", "Đợt thứ nhất", "Đợt một". Sets *after.
// "Giai đoạn 1", "Bước 2" are phases too when they are dated (`*dated_only` is then set).
int phase_ordinal(const Document& doc, int32_t i, int32_t* after, bool* dated_only) {
  const Keys& k = keys();
  static const std::string giai = word_key("giai"), doan = word_key("đoạn"), buoc = word_key("bước");
  int32_t head = 0;
  if (doc.is_key(i, k.dot)) head = 1;
  else if (doc.is_key(i, giai) && doc.is_key(i + 1, doan)) head = 2;
  else if (doc.is_key(i, buoc)) head = 1;
  if (!head) return 0;
  *dated_only = !doc.is_key(i, k.dot);
  const int32_t j = i + head;
  if (doc.is_number(j) && doc.key(j).size() <= 2) {
    const int v = std::atoi(doc.key(j).c_str());
    if (v >= 1 && v <= 20) {
      *after = j + 1;
      return v;
    }
  }
  if (doc.is_word(j) && doc.tokens[j].all_caps) {
    if (const int v = roman_value(doc.text_of(j, j + 1))) {
      *after = j + 1;
      return v;
    }
  }
  if (doc.is_word(j) && doc.text_of(j, j + 1) == "I") {
    *after = j + 1;
    return 1;
  }
  if (doc.is_key(j, k.thu)) {
    if (const auto o = lexicon::ordinal_words().match(doc, j + 1)) {
      *after = j + 1 + o.length;
      return o.value();
    }
  }
  if (const auto w = lexicon::number_words().match(doc, j); w && !doc.is_key(j + w.length, k.dot)) {
    *after = j + w.length;
    return w.value();
  }
  return 0;
}

// The quote at token `open` names a movement: "phong trào thi đua [đặc biệt] “…”".
bool names_movement(const Document& doc, int32_t open) {
  int32_t t = open;
  while (t > 0) {
    const auto kind = lexicon::movement_kinds().match_ending(doc, t, std::max(0, t - 2));
    if (!kind) break;
    t -= kind.length;
  }
  // (s25-targets) "Đợt 1: … với chủ đề Thi đua “Mừng Đảng, mừng xuân …”", "phương châm thi đua “…”": after
  // a theme's or a motto's cue, "thi đua" says whose theme it is; the quote names no movement.
  if (seq_at(doc, t - 2, keys().thi_dua) && (seq_at(doc, t - 4, keys().chu_de) || seq_at(doc, t - 4, keys().phuong_cham)))
    return false;
  return seq_at(doc, t - 2, keys().thi_dua) || seq_at(doc, t - 2, keys().phong_trao);
}

// A phase written without quotes: "Đợt 1: từ … đến …: Thi đua lập thành tích chào mừng …".
std::optional<std::string> unquoted_phase_title(const Analysis& a, int32_t from, int32_t last) {
  const Document& doc = a.doc;
  bool colon = false;
  while (from < last && doc.tokens[from].kind == TokenKind::kPunct &&
         (doc.key(from) == ":" || doc.key(from) == "," || doc.key(from) == "-" || doc.key(from) == ")")) {
    colon |= doc.key(from) == ":";
    ++from;
  }
  static const Entry kCues[] = {{"thi đua"}, {"chào mừng"}, {"cao điểm"}, {"lập thành tích"},
                                {"với chủ đề"}, {"chủ đề"}, {"tập trung"}};
  static const PhraseTable cues(kCues);
  const auto cue = cues.match(doc, from, last);
  if (!colon && !cue) return std::nullopt;
  if (cue && (seq_at(doc, from, keys().chu_de) || doc.is_key(from, keys().voi))) {
    from += cue.length;
    if (doc.is_key(from, keys().la)) ++from;
  }
  if (const Quote* q = doc.quote_opening(from)) return clean(doc.quote_text(*q));
  int32_t end = from;
  while (end < last && !doc.is_punct(end, ";") && !(doc.is_punct(end, ".") && !doc.glued(end + 1))) {
    if (doc.is_punct(end, ",") && seq_at(doc, end + 1, keys().trong_tam)) break;
    ++end;
  }
  if (end - from < 2) return std::nullopt;
  std::string t = clean(doc.text_of(from, end));
  if (t.empty()) return std::nullopt;
  return t;
}

// The nearest heading line above `line` (or the line itself), or -1.
int32_t heading_of(const Document& doc, int32_t line) {
  for (int32_t li = line; li >= 0 && line - li < 40; --li)
    if (doc.lines[li].heading) return li;
  return -1;
}

// The word that states a kind next to "phong trào" ("thường xuyên"…), for provenance.
std::string movement_kind_word(MovementKind kind) {
  switch (kind) {
    case MovementKind::kSpecial: return "đặc biệt";
    case MovementKind::kRegular: return "thường xuyên";
    case MovementKind::kThematic: return "chuyên đề";
    default: return "";
  }
}

// "phong trào" at token i is a word of another thing's name, not a movement run here:
//  - a steering board's or a department's name: "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội
//    và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc huyện A", "Ban Chỉ đạo phong trào …
//    tỉnh B", "Cục Xây dựng phong trào toàn dân bảo vệ ANTQ", "Phòng Xây dựng phong trào …": the
//    board named before it in the same clause, with no verb of its own in between, and the
//    movement not quoted;
//  - a closed quote naming something else that holds it: "xây dựng “Xã, phường điển hình về phong
//    trào toàn dân bảo vệ ANTQ”", "mô hình “Đẩy mạnh phong trào …”".
bool inside_other_name(const Document& doc, int32_t i, int32_t first) {
  for (const Quote& q : doc.quotes)
    if (q.closed && q.first <= i && i < q.last && q.first >= first) return true;
  // "Ban Chỉ đạo xây dựng phong trào “Toàn dân bảo vệ an ninh Tổ quốc” huyện A tổ chức Ngày hội":
  // the movement quoted inside the board's name is named for itself.
  if (doc.quote_opening(i + 2)) return false;
  static const std::vector<std::string> ban_chi_dao = phrase_keys("ban chỉ đạo"), xay_dung = phrase_keys("xây dựng");
  static const Entry kDepartments[] = {{"Cục"}, {"Phòng"}, {"Đội"}, {"Vụ"}, {"Tổ"}};
  static const PhraseTable departments(kDepartments);
  if (seq_at(doc, i - 2, xay_dung) && doc.tokens[i - 2].capitalised && departments.match(doc, i - 3, i - 2) &&
      doc.tokens[i - 3].capitalised)
    return true;
  // A verb of the clause between the board and "phong trào": the board acts on the movement.
  static const Entry kVerbs[] = {{"tổ chức"}, {"phát động"}, {"triển khai"}, {"đẩy mạnh"}, {"thực hiện"},
                                 {"hưởng ứng"}, {"tham gia"}, {"ký"}, {"họp"}, {"tiếp tục"}, {"duy trì"},
                                 {"nâng cao"}, {"là"}, {"đã"}, {"sẽ"}, {"đang"}, {"được"}, {"có"}, {"chỉ đạo"},
                                 {"hướng dẫn"}, {"ban hành"}, {"phối hợp"}, {"với"}};
  static const PhraseTable verbs(kVerbs);
  for (int32_t k = i - 1; k >= first && i - k <= 16; --k) {
    if (doc.tokens[k].kind == TokenKind::kPunct && doc.key(k) != "," && doc.key(k) != "-") return false;
    if (seq_at(doc, k, ban_chi_dao)) return doc.tokens[k].capitalised;
    if (seq_at(doc, k - 1, ban_chi_dao)) continue;  // "Ban Chỉ đạo": "chỉ đạo" is the board's name
    if (verbs.match(doc, k, i)) return false;
  }
  return false;
}

// (s19-rules, s22-lead) The end of a movement's proper name written without quotes, from its first
// capitalised word `at` after "thi đua" ("Quyết thắng năm 2024" → before "năm"): at most five words,
// up to a figure, an abbreviation or a word that closes it (lexicon proper_name_ends).
int32_t proper_name_end(const Document& doc, int32_t at, int32_t last) {
  int32_t e = at + 1;
  while (e < last && e - at < 5 && doc.is_word(e) && !doc.is_number(e) && !doc.tokens[e].all_caps &&
         !lexicon::proper_name_ends().match(doc, e, last))
    ++e;
  return e;
}

struct NamePhrase {
  std::optional<std::string> quoted, descriptive;
  MovementKind kind = MovementKind::kNone;
  std::optional<std::string> dot_phrase;  // "đợt thi đua đặc biệt"
  std::optional<std::string> launched;    // (s20-lead) "phát động thi đua chào mừng …": "thi đua chào mừng …"
  MovementKind launched_kind = MovementKind::kNone;  // (s22-lead) "phát động thi đua đặc biệt chào mừng …"
  MovementKind dot_kind = MovementKind::kNone;
  bool dot_purpose = false;  // (s23-movement) `dot_phrase` names the campaign by its purpose
  int32_t quoted_at = -1;  // the token opening the phrase that gave `quoted`
  bool listed = false;     // `quoted` is followed by another quote after a comma or semicolon
};

// (s15-plan-b) A purpose verb ending right before token `at`: "chào mừng", "kỷ niệm", "hướng tới",
// "hướng về", "chào mừng kỷ niệm".
bool occasion_verb_before(const Document& doc, int32_t at) {
  return static_cast<bool>(lexicon::occasion_verbs().match_ending(doc, at, std::max(0, at - 2)));
}

// (s23-movement) A second occasion celebrated opens at token t: a congress or a day written with its
// capital ("Đại hội …", "Ngày …", "Quốc khánh …") or an anniversary ("80 năm …"). Not another purpose
// verb: "…, hướng tới kỷ niệm …" after a comma is a purpose of its own (PlanPatterns16).
bool occasion_opens(const Document& doc, int32_t t, int32_t last) {
  if (t >= last) return false;
  static const Entry kHeads[] = {{"Đại hội"}, {"Ngày"}, {"Quốc khánh"}, {"Tết"}};
  static const PhraseTable heads(kHeads);
  static const std::string nam = word_key("năm");
  // (s24-kind) "…, chào mừng Đại hội Đảng bộ các cấp, tiến tới Đại hội …": the second occasion with
  // its own purpose word before it.
  if (const auto verb = lexicon::occasions().match(doc, t, last); verb && heads.match(doc, t + verb.length, last) &&
                                                                   doc.tokens[t + verb.length].capitalised)
    return true;
  if (heads.match(doc, t, last) && doc.tokens[t].capitalised) return true;
  // (s25-movement) "… và đại hội Đảng các cấp tiến tới …", "… và ngày Quốc khánh 2/9": the occasion's
  // head written in lower case, the proper name after it capitalised.
  if (const auto h = heads.match(doc, t, last);
      h && t + h.length < last && doc.is_word(t + h.length) && doc.tokens[t + h.length].capitalised)
    return true;
  return doc.is_number(t) && doc.is_key(t + 1, nam);
}

// (s25-movement) A day written "27/2" inside an occasion's name ("ngày Thầy thuốc Việt Nam 27/2", "ngày
// Quốc khánh 2/9"): the slash at token t joins two figures.
bool day_slash(const Document& doc, int32_t t) {
  return doc.is_punct(t, "/") && t > 0 && doc.is_number(t - 1) && doc.is_number(t + 1);
}

// An anniversary's bracket of dates opening at token `open` ("(22/12/1944 - 22/12/2024)": figures and marks
// only): the token after its ")", or -1.
int32_t dates_bracket_end(const Document& doc, int32_t open, int32_t last) {
  if (!doc.is_punct(open, "(")) return -1;
  int32_t close = open + 1;
  while (close < last && close - open <= 16 && !doc.is_punct(close, ")") &&
         (doc.is_number(close) || (doc.tokens[close].kind == TokenKind::kPunct && !doc.is_punct(close, "("))))
    ++close;
  return close > open + 1 && close < last && doc.is_punct(close, ")") ? close + 1 : -1;
}

// (s23-movement) A name read from its purpose ("chào mừng", "kỷ niệm" …) goes on past token `end`
// when what it celebrates goes on: a document's or an occasion's title quoted after the purpose or
// after "ra" ("Ngày Chủ tịch Hồ Chí Minh ra “Lời kêu gọi thi đua ái quốc”"); a second occasion after
// a comma, "và" or ";" ("chào mừng Đại hội A, Đại hội B", "… và Quốc khánh …", "…, tiến tới Đại hội
// C"); an anniversary's bracket of dates before such a second occasion ("Cách mạng Tháng Tám
// (19/8/1945 - 19/8/2020) và …" — a bracket closing the name is left out unless an earlier one is in it,
// closing_dates_bracket); the grassroots force's
// name "an ninh, trật tự tại (các) cơ sở". The token to go on from, or -1 when the name ends there.
int32_t name_goes_on(const Document& doc, int32_t end, int32_t last) {
  static const std::string ra = word_key("ra"), va = word_key("và"), tai = word_key("tại"), cac = word_key("các");
  static const std::vector<std::string> co_so = phrase_keys("cơ sở"), trat_tu = phrase_keys("trật tự");
  if (const Quote* q = doc.quote_opening(end);
      q && q->closed && q->last < last && q->last - end <= 30 && (occasion_verb_before(doc, end) || doc.is_key(end - 1, ra)))
    return q->last + 1;
  if ((doc.is_punct(end, ",") || doc.is_punct(end, ";") || doc.is_key(end, va)) && occasion_opens(doc, end + 1, last) &&
      !(doc.is_punct(end, ";") && !doc.tokens[end + 1].capitalised))
    return end + 1;
  // (s26-lists) "… chào mừng cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp …":
  // "và" then the head noun written a few words before, with a proper name after each, joins two objects
  // of the one occasion; "… lần thứ XIII và kỷ niệm 95 năm Ngày thành lập …", "… và Kỷ niệm 190 năm thành lập
  // tỉnh …": "và" then a purpose verb and an anniversary is a second occasion.
  if (doc.is_key(end, va) && end + 2 < last && doc.is_word(end + 1)) {
    const auto verb = lexicon::occasions().match(doc, end + 1, last);
    if (verb && doc.is_number(end + 1 + verb.length) && doc.is_key(end + 2 + verb.length, word_key("năm"))) return end + 1;
    for (int32_t len = 1; len <= 2; ++len) {  // "đại biểu" is two words
      bool head = doc.is_word(end + 1 + len) && doc.tokens[end + 1 + len].capitalised;
      for (int32_t w = 0; w < len && head; ++w) head = doc.is_word(end + 1 + w) && !doc.tokens[end + 1 + w].capitalised;
      for (int32_t k = end - len; head && k >= 0 && end - k <= 12 && doc.tokens[k].kind != TokenKind::kPunct; --k) {
        bool same = doc.is_word(k + len) && doc.tokens[k + len].capitalised;
        for (int32_t w = 0; w < len && same; ++w) same = doc.tokens[k + w].key == doc.tokens[end + 1 + w].key;
        if (same) return end + 1;
      }
    }
  }
  if (const int32_t after = dates_bracket_end(doc, end, last);
      after > 0 && (doc.is_punct(after, ",") || doc.is_punct(after, ";") || doc.is_key(after, va)) &&
      occasion_opens(doc, after + 1, last))
    return after;
  if (doc.is_key(end, tai) && end >= 2 && seq_at(doc, end - 2, trat_tu)) {
    const int32_t at = doc.is_key(end + 1, cac) ? end + 2 : end + 1;
    if (seq_at(doc, at, co_so)) return at + 2;
  }
  return -1;
}

// (s28-lists3) "đợt thi đua … kỷ niệm 80 năm Ngày thành lập QĐND Việt Nam (22/12/1944 - 22/12/2024) và 35
// năm Ngày hội Quốc phòng toàn dân (22/12/1989 - 22/12/2024)": when the name already holds an earlier
// anniversary's bracket of dates, the last anniversary's bracket closing it is written the same way — part
// of the name too (a name of one anniversary still leaves its closing bracket out). The token after it, or
// `end` unchanged.
int32_t closing_dates_bracket(const Document& doc, int32_t from, int32_t end, int32_t last) {
  const int32_t after = dates_bracket_end(doc, end, last);
  if (after < 0) return end;
  for (int32_t t = from; t < end; ++t)
    if (dates_bracket_end(doc, t, end) > 0) return after;
  return end;
}

// (s25-movement) "Hưởng ứng phong trào thi đua “Vì ANTQ” do Bộ Công an phát động, Cụm thi đua số 12 giao
// ước thực hiện phong trào thi đua “Vì an ninh Tổ quốc” …": the movement answered in the clause opening
// the sentence is the cause; the one the subject launches or carries out after the comma, quoted, is
// the text's. True when the movement at token i is answered so and another is quoted after the comma.
bool answered_by_another(const Document& doc, int32_t i) {
  static const std::vector<std::string> huong_ung = phrase_keys("hưởng ứng"), phong_trao = phrase_keys("phong trào");
  const Sentence& s = doc.sentence_of(i);
  if (i < 2 || i - 2 > s.first + 1 || !seq_at(doc, i - 2, huong_ung)) return false;
  int32_t t = i;
  while (t < s.last && !doc.is_punct(t, ",")) {
    if (const Quote* q = doc.quote_opening(t); q && q->closed) t = q->last;
    ++t;
  }
  for (; t + 2 < s.last; ++t)
    if (seq_at(doc, t, phong_trao))
      for (int32_t o = t + 2; o < s.last && o <= t + 6; ++o)
        if (const Quote* q = doc.quote_opening(o); q && q->closed) return true;
  return false;
}

// (s16-plan-d, s25-movement) After a quoted movement closing at token `at`, another of a list: a
// comma or ";" then a quote ("phong trào “A”, “B”"), or then the next one's own head and its quote
// ("phong trào thi đua “A”; phong trào “B”", "5 phong trào thi đua “A”, cuộc vận động “B”"), the first
// one's period or year between ("“A” giai đoạn 2021-2025, “B”").
// (s26-lists) … or "và" then the next one's quote, when the first one's head is plural ("thực hiện tốt các
// phong trào “A” và “B”", "những cuộc vận động “A” và phong trào “B”"): two movements carried out, neither
// the text's own. `head` is the token opening the first one's head ("phong trào", "cuộc vận động"), -1
// when unknown.
bool another_listed(const Document& doc, int32_t at, int32_t last, int32_t head = -1, int32_t* next = nullptr) {
  static const std::vector<std::string> phong_trao = phrase_keys("phong trào"), thi_dua = phrase_keys("thi đua"),
                                        cuoc_van_dong = phrase_keys("cuộc vận động");
  static const std::string cac = word_key("các"), nhung = word_key("những"), va = word_key("và");
  const bool plural = head > 0 && (doc.is_key(head - 1, cac) || doc.is_key(head - 1, nhung));
  int32_t t = at;
  while (t < last && t - at < 6 && (doc.is_word(t) || doc.is_number(t) || doc.is_punct(t, "-") || doc.is_punct(t, "–")) &&
         !doc.quote_opening(t) && !(plural && doc.is_key(t, va)))
    ++t;
  if (!(doc.is_punct(t, ",") || doc.is_punct(t, ";") || (plural && doc.is_key(t, va)))) return false;
  int32_t o = t + 1;
  if (seq_at(doc, o, phong_trao) || seq_at(doc, o, cuoc_van_dong)) {
    o += seq_at(doc, o, phong_trao) ? 2 : 3;
    if (seq_at(doc, o, thi_dua)) o += 2;
  }
  if (next) *next = o;
  return o < last && doc.quote_opening(o) != nullptr;
}

// (s15-plan-b) "TDBVANTQ" (one token), "TDBV ANTQ", "PTTDBVANTQ" at token j: the acronym of the
// known movement "Toàn dân bảo vệ an ninh Tổ quốc" (the movement-name rule writes it out). The
// tokens it covers (0 when none) and the name.
std::pair<int32_t, std::string> movement_acronym(const Document& doc, int32_t j, int32_t last) {
  static const std::string whole = word_key("TDBVANTQ"), with_pt = word_key("PTTDBVANTQ"), tdbv = word_key("TDBV"),
                           antq = word_key("ANTQ");
  static const std::string name = "Toàn dân bảo vệ an ninh Tổ quốc";
  if (j >= last) return {0, ""};
  if (doc.is_key(j, whole) || doc.is_key(j, with_pt)) return {1, name};
  if (doc.is_key(j, tdbv) && j + 1 < last && doc.is_key(j + 1, antq)) return {2, name};
  return {0, ""};
}

// (s15-plan-b) The end of a movement of the whole people named at token j ("toàn dân PCCC và CNCH
// tại chỗ …" → before "tại"), or j when "toàn dân" does not open it. "và" between two abbreviations
// ("PCCC và CNCH") joins two fields inside the name; any other link word, a figure or punctuation
// ends it.
int32_t whole_people_name_end(const Document& doc, int32_t j, int32_t last) {
  static const std::vector<std::string> toan_dan = phrase_keys("toàn dân"), thi_dua = phrase_keys("thi đua");
  // (s24-kind) "phong trào nông dân thi đua sản xuất, kinh doanh giỏi": a movement of one people named
  // by them and what they emulate in, like one of the whole people.
  int32_t head = 2;
  // (s25-targets) "cả xã chung sức xây dựng Nông thôn mới nâng cao", "cả nước chung tay vì người nghèo": the
  // whole community of a place named as the movement's subject, like "toàn dân".
  if (const auto whole = lexicon::whole_communities().match(doc, j, last); whole && doc.is_word(j + whole.length))
    head = static_cast<int32_t>(whole.length);
  else if (!seq_at(doc, j, toan_dan)) {
    const auto subject = lexicon::movement_subjects().match(doc, j, last);
    if (!subject || !seq_at(doc, j + subject.length, thi_dua) || !doc.is_word(j + subject.length + 2)) return j;
    head = subject.length + 2;
  }
  static const Entry kStops[] = {{"nhằm"}, {"với"}, {"từ"}, {"đến"}, {"tại"}, {"do"}, {"vào"}, {"và"}, {"được"},
                                 {"đã"}, {"sẽ"}, {"để"}, {"cho"}, {"của"}, {"trên"}, {"ở"}, {"trong"}, {"gắn"},
                                 {"góp phần"}, {"là"}, {"thì"}, {"ngày càng"}, {"tiếp tục"}, {"năm"}};
  static const PhraseTable stops(kStops);
  static const std::string va = word_key("và");
  int32_t e = j + head;
  while (e < last && e - j < 14 + head - 2 && doc.is_word(e)) {
    if (const auto fixed = lexicon::fixed_comma_phrases().match(doc, e, last)) {  // "phòng cháy, chữa cháy"
      e += fixed.length;
      continue;
    }
    if (doc.is_key(e, va) && doc.tokens[e - 1].all_caps && doc.is_word(e + 1) && doc.tokens[e + 1].all_caps) {
      e += 2;
      continue;
    }
    // (s17-plan-c) "toàn dân tham gia phòng cháy chữa cháy và cứu nạn cứu hộ": the fire service's
    // field named whole (as the law names it), "và" inside it.
    static const std::vector<std::string> chua_chay = phrase_keys("chữa cháy"), cuu_nan = phrase_keys("cứu nạn");
    if (doc.is_key(e, va) && seq_at(doc, e - 2, chua_chay) && seq_at(doc, e + 1, cuu_nan)) {
      e += 3;
      continue;
    }
    if (stops.match(doc, e, last)) break;
    ++e;
  }
  return e > j + head ? e : j;
}

// "phong trào thi đua [đặc biệt] “Vì an ninh Tổ quốc”" or "phong trào thi đua đặc biệt trong
// lực lượng …" in [first, last).
NamePhrase movement_phrase(const Analysis& a, int32_t first, int32_t last) {
  const Document& doc = a.doc;
  const Keys& k = keys();
  NamePhrase out;
  // "… gắn kết với thực hiện “Học tập …” và thi đua “Dân vận khéo”": movements and campaigns the
  // one named is tied to, after "gắn (kết/liền) với", "kết hợp với", "lồng ghép với", are not it.
  static const Entry kLinks[] = {{"gắn với"}, {"gắn kết với"}, {"gắn liền với"}, {"kết hợp với"}, {"lồng ghép với"}};
  static const PhraseTable links(kLinks);
  for (int32_t i = first; i < last; ++i)
    if (links.match(doc, i, last)) last = i;
  // (s17-plan-c) "… cuối năm 2024 trong toàn Ngành", "… trong toàn tỉnh": the scope after the name.
  static const Entry kStops[] = {{"nhằm"}, {"với"}, {"từ"}, {"đến"}, {"tại"}, {"do"}, {"vào"}, {"và"},
                                 {"được"}, {"đã"}, {"sẽ"}, {"để"}, {"cho"}, {"bắt đầu"}, {"của"}, {"trong toàn"},
                                 // (s21-lead) "phong trào thi đua chuyển đổi số là đợt sinh hoạt …": the
                                 // copula after the name says what it is, no more of its name
                                 {"là"},
                                 // (s23-movement) "… Đại hội … lần thứ XV mà BĐBP các tỉnh … phát động": a
                                 // relative clause after the name
                                 {"mà"}};
  static const std::string danh = word_key("dành");
  static const PhraseTable stops(kStops);
  static const Entry kBadStarts[] = {{"này"}, {"của"}, {"do"}, {"đã"}, {"được"}, {"sẽ"}, {"trên"},
                                     {"là"}, {"thì"}, {"để"}, {"nhằm"}, {"với"}, {"trong"}, {"các"}, {"và"},
                                     // a verb: "phong trào thi đua" is the subject, not a name
                                     {"chia"}, {"bắt đầu"}, {"diễn ra"}, {"kéo dài"}, {"gồm"},
                                     // a modal: "phong trào thi đua phải gắn với …", "… cần được …"
                                     {"phải"}, {"cần"}, {"đều"}, {"luôn"},
                                     // (s21-lead) a manner: "trở thành phong trào thi đua sâu rộng trong …",
                                     // "tạo phong trào thi đua sôi nổi …" describe, they name nothing
                                     {"sâu rộng"}, {"sôi nổi"}, {"rộng khắp"}, {"mạnh mẽ"}, {"rộng rãi"}};
  static const PhraseTable bad_starts(kBadStarts);
  // "… Di chúc của Chủ tịch Hồ Chí Minh", "… lần thứ XII của Đảng": "của" before a proper name
  // that is no unit runs on inside the name; "… của Công an tỉnh" names whose movement it is.
  static const std::string cua = word_key("của");
  // (s24-kind) "… Đại hội lần thứ XVII của Đảng bộ Thành phố và Đại hội lần thứ XIII của Đảng": a
  // congress's ordinal, then whose congress it is — a body, inside the occasion's name.
  static const std::vector<std::string> lan_thu = phrase_keys("lần thứ");
  const auto of_a_name = [&](int32_t t) {
    if (doc.is_key(t, cua) && t >= 3 && seq_at(doc, t - 3, lan_thu) && doc.is_word(t + 1) && doc.tokens[t + 1].capitalised)
      return true;
    return doc.is_key(t, cua) && doc.is_word(t + 1) && doc.tokens[t + 1].capitalised &&
           !match_unit(doc, t + 1, last, a.unit_options());
  };
  // A name read from its purpose at `from` ("chào mừng …", "lập thành tích …"): to the clause's end, at
  // most `cap` tokens, past what it celebrates (name_goes_on) and a fixed name holding its comma ("…
  // Ngày giải phóng miền Nam, thống nhất đất nước"). The token after it.
  const auto purpose_end = [&](int32_t from, int32_t cap) {
    int32_t e = from;
    while (e < last && e - from < cap) {
      if (e > from)
        if (const int32_t on = name_goes_on(doc, e, last); on > 0) {
          e = on;
          continue;
        }
      if (!((doc.is_word(e) || doc.is_number(e) || doc.is_punct(e, "-") || day_slash(doc, e)) &&
            (e == from || !stops.match(doc, e, last) || of_a_name(e))))
        break;
      if (const auto fixed = lexicon::fixed_comma_phrases().match(doc, e, last)) e += fixed.length;
      else ++e;
    }
    return closing_dates_bracket(doc, from, e, last);
  };
  for (int32_t i = first; i < last; ++i) {
    // "đợt thi đua đặc biệt": a campaign named by its kind, without "phong trào".
    // "đợt thi đua lập thành tích chào mừng Đại hội …": a campaign named by its purpose alone.
    static const Entry kPurposes[] = {{"lập thành tích"}, {"chào mừng"}, {"kỷ niệm"}, {"hướng tới"}};
    static const PhraseTable purposes(kPurposes);
    // (s25-targets) … and "tháng thi đua cao điểm …", "tuần thi đua …": the campaign's span a month or a week.
    const bool dot_campaign = (seq_at(doc, i, {k.dot}) || lexicon::peak_spans().match(doc, i, i + 1)) &&
                              seq_at(doc, i + 1, k.thi_dua) && !doc.is_number(i - 1);
    const bool dot_kind = dot_campaign && (lexicon::movement_kinds().match(doc, i + 3, last) || purposes.match(doc, i + 3, last));
    if (dot_kind && !out.descriptive && !out.quoted) {
      const auto m = lexicon::movement_kinds().match(doc, i + 3, last);
      int32_t end = i + 3 + m.length;
      // (s25-targets) "đợt thi đua cao điểm của tuổi trẻ CAND chào mừng …", "tháng thi đua cao điểm (từ ngày
      // 7/4 - 7/5/2019) chào mừng …": whose campaign it is, or its span in a bracket, between its kind and
      // its purpose stays in the name.
      if (m && !purposes.match(doc, end, last)) {
        static const std::string cua_w = word_key("của");
        if (doc.is_key(end, cua_w)) {
          for (int32_t o = end + 2; o < last && o <= end + 7 && doc.is_word(o - 1); ++o)
            if (purposes.match(doc, o, last)) {
              end = o;
              break;
            }
        } else if (doc.is_punct(end, "(")) {
          int32_t close = end + 1;
          while (close < last && close - end <= 16 && !doc.is_punct(close, ")") && !doc.is_punct(close, "(")) ++close;
          bool dated = false;
          for (int32_t t = end + 1; t < close; ++t) dated |= a.dates.mention_at[static_cast<size_t>(t)] >= 0;
          if (dated && doc.is_punct(close, ")") && purposes.match(doc, close + 1, last)) end = close + 1;
        }
      }
      // "đợt thi đua cao điểm lập thành tích chào mừng thành công Đại hội …": the campaign named
      // by its purpose after its kind, up to the clause's end.
      const bool purpose = static_cast<bool>(purposes.match(doc, end, last));
      if (purpose) end = purpose_end(end, 80);
      // (s16-plan-d) "Đợt thi đua đặc biệt được Hội … phát động từ nay …", "Đợt thi đua cao điểm có
      // chủ đề …", "trong đợt thi đua đặc biệt này, …": the campaign by its kind alone, as the
      // subject opening its sentence or named back ("này", "đó", "nói trên"), is spoken of, not
      // named; only what a verb launches or holds ("phát động đợt thi đua đặc biệt") is named so.
      static const Entry kBack[] = {{"này"}, {"đó"}, {"nói trên"}, {"trên"}};
      static const PhraseTable named_back(kBack);
      const bool opens = i == first || doc.is_punct(i - 1, ".") || doc.is_punct(i - 1, ":") || doc.is_punct(i - 1, ";");
      const bool spoken_of = !purpose && (opens || named_back.match(doc, end, last));
      // "phát động đợt thi đua cao điểm trong toàn huyện": a peak is a time of more work, not a
      // kind of movement; without its purpose it names no campaign (docs/plan-import.md, Known limits).
      const MovementKind dot_kind = m ? static_cast<MovementKind>(m.value()) : MovementKind::kNone;
      if (!spoken_of && (purpose || dot_kind != MovementKind::kNone)) {
        out.dot_phrase = clean(doc.text_of(i, end));
        out.dot_kind = dot_kind;
        out.dot_purpose = purpose;
      } else if (spoken_of && out.kind == MovementKind::kNone) {
        out.kind = dot_kind;  // "Đợt thi đua đặc biệt được … phát động": its kind is said
      }
    }
    // (s20-lead) "Thủ tướng phát động thi đua chào mừng Đại hội XIV của Đảng": an emulation a launch
    // names by its purpose alone, with no "phong trào" and no "đợt", up to the clause's end.
    static const std::vector<std::string> phat_dong = phrase_keys("phát động");
    // (s22-lead) … its kind said between ("phát động thi đua đặc biệt (lập thành tích) chào mừng …").
    int32_t purpose_at = i + 2;
    MovementKind launched_kind = MovementKind::kNone;
    while (const auto m = purpose_at < last ? lexicon::movement_kinds().match(doc, purpose_at, last) : PhraseTable::Match{}) {
      if (m.value() != 0) launched_kind = static_cast<MovementKind>(m.value());
      purpose_at += m.length;
    }
    if (!out.launched && i >= first + 2 && seq_at(doc, i, k.thi_dua) &&
        seq_at(doc, i - 2, phat_dong) && purposes.match(doc, purpose_at, last)) {
      out.launched = clean(doc.text_of(i, purpose_end(purpose_at, 64)));
      out.launched_kind = launched_kind;
    }
    // (s24-kind) "phát động thi đua thực hiện cuộc vận động “Toàn dân đoàn kết …”", "triển khai Cuộc vận
    // động “Người Việt Nam ưu tiên dùng hàng Việt Nam”": the Front's campaign, its name quoted after
    // "cuộc vận động", is named like a movement; not one the text's emulation is tied to (cut above).
    // Only what is launched ("phát động [thi đua] [thực hiện / hưởng ứng] cuộc vận động “…”"): a campaign
    // carried on beside the text's emulation ("tiếp tục thực hiện cuộc vận động “…”") is not it.
    static const std::vector<std::string> cuoc_van_dong = phrase_keys("cuộc vận động");
    const auto launched_campaign = [&](int32_t at) {
      static const Entry kBetween[] = {{"thi đua"}, {"thực hiện"}, {"hưởng ứng"}, {"triển khai"}};
      static const PhraseTable between(kBetween);
      for (int32_t b = at - 2; b >= first && b >= at - 8; b -= 2) {
        if (seq_at(doc, b, phat_dong)) return true;
        if (!between.match(doc, b, at)) return false;
      }
      return false;
    };
    if (!out.quoted && seq_at(doc, i, cuoc_van_dong) && launched_campaign(i) && !inside_other_name(doc, i, first)) {
      if (const Quote* q = doc.quote_opening(i + 3); q && q->closed && q->last - q->first >= 3) {
        out.quoted = clean(doc.quote_text(*q));
        out.quoted_at = i;
        return out;
      }
    }
    // (s24-kind) "phát động đợt ra quân “60 ngày cao điểm xây dựng nông thôn mới”", "mở đợt cao điểm
    // “100 ngày đêm …”": a drive's name quoted right after "đợt ra quân" / "đợt cao điểm" is its name, as
    // after "phong trào" (a theme has its cue word between: "đợt cao điểm với chủ đề “…”").
    static const std::vector<std::string> ra_quan = phrase_keys("ra quân"), cao_diem = phrase_keys("cao điểm");
    // (s25-movement) … and after "tháng cao điểm" / "tuần cao điểm" ("phát động tháng cao điểm “Vì người
    // nghèo” năm 2022"): the drive's span is a month or a week, its name quoted the same way.
    const auto span = lexicon::peak_spans().match(doc, i, last);
    if (!out.quoted && span &&
        ((doc.is_key(i, k.dot) && seq_at(doc, i + 1, ra_quan)) || seq_at(doc, i + span.length, cao_diem)) &&
        !inside_other_name(doc, i, first)) {
      if (const Quote* q = doc.quote_opening(i + span.length + 2); q && q->closed && q->last - q->first >= 3) {
        out.quoted = clean(doc.quote_text(*q));
        out.quoted_at = i;
        return out;
      }
    }
    // (s27-lists) "phát động ra quân “Cao điểm 100 ngày đêm …”", "ra quân thực hiện “Tháng cao điểm …”", "đợt ra
    // quân hưởng ứng “…”": the drive the forces turn out for, quoted after "ra quân" (with or without "đợt",
    // "thực hiện" / "hưởng ứng" between), is named by that quote, as after "đợt ra quân" above — a quote opening
    // with a span of work (lexicon drive_openers), not a day of recurring work ("“Ngày chủ nhật nông thôn mới”").
    if (!out.quoted && seq_at(doc, i, ra_quan) && !inside_other_name(doc, i, first)) {
      static const Entry kServe[] = {{"thực hiện"}, {"hưởng ứng"}, {"triển khai"}};
      static const PhraseTable serve(kServe);
      int32_t at = i + 2;
      if (const auto m = serve.match(doc, at, last)) at += m.length;
      if (const Quote* q = doc.quote_opening(at);
          q && q->closed && q->last - q->first >= 3 && lexicon::drive_openers().match(doc, q->first, q->last)) {
        out.quoted = clean(doc.quote_text(*q));
        out.quoted_at = i;
        return out;
      }
    }
    // (s24-kind) "Lễ phát động xây dựng ấp AB nông thôn mới năm 2023", "phát động xây dựng phường văn minh đô
    // thị": a launch of building a place to a standard names its emulation by that building, to the
    // standard's last word (its year left out).
    static const std::vector<std::string> xay_dung = phrase_keys("xây dựng");
    if (!out.launched && i >= first + 2 && seq_at(doc, i - 2, phat_dong) && seq_at(doc, i, xay_dung)) {
      for (int32_t j = i + 2; j < last && j - i <= 12 && (doc.is_word(j) || doc.is_number(j)); ++j)
        if (const auto standard = lexicon::place_standards().match(doc, j, last)) {
          int32_t e = j + standard.length;
          while (const auto more = lexicon::place_standards().match(doc, e, last)) e += more.length;  // "… mới nâng cao"
          out.launched = clean(doc.text_of(i, e));
          break;
        }
    }
    const bool phong_trao = seq_at(doc, i, k.phong_trao) && !inside_other_name(doc, i, first);
    // "giao ước thi đua “Vì an ninh Tổ quốc”": a quote right after "thi đua" names the movement
    // too, unless a theme or a motto is being quoted ("chủ đề thi đua là “…”").
    const bool bare_thi_dua = !phong_trao && seq_at(doc, i, k.thi_dua) && !seq_at(doc, i - 2, k.phong_trao) &&
                              !seq_at(doc, i - 2, k.chu_de) && !seq_at(doc, i - 2, k.phuong_cham);
    if (!phong_trao && !bare_thi_dua) continue;
    if (answered_by_another(doc, i)) continue;
    int32_t j = phong_trao ? i + 2 : i;
    const bool thi_dua = seq_at(doc, j, k.thi_dua);
    if (thi_dua) j += 2;
    // (s17-plan-c) "phong trào thi đua yêu nước “Cựu chiến binh gương mẫu”", "Phong trào thi đua
    // yêu nước “Dân vận khéo”": the patriotic emulation's usual epithet before the quoted name.
    static const std::vector<std::string> yeu_nuoc = phrase_keys("yêu nước");
    if (thi_dua && seq_at(doc, j, yeu_nuoc) && doc.quote_opening(j + 2)) j += 2;
    if (bare_thi_dua && !doc.quote_opening(j) && !lexicon::movement_kinds().match(doc, j, last) &&
        !lexicon::known_movements().match(doc, j, last))
      continue;
    MovementKind kind = MovementKind::kNone;
    while (const auto m = lexicon::movement_kinds().match(doc, j, last)) {
      if (m.value() != 0) kind = static_cast<MovementKind>(m.value());
      j += m.length;
    }
    // (s22-lead) "phong trào thi đua mang tên “…”", "… với tên gọi “…”": the quote is the name.
    if (const auto m = lexicon::name_introducers().match(doc, j, last); m && doc.quote_opening(j + m.length)) j += m.length;
    // (s15-plan-b) "phong trào TDBVANTQ", "phong trào TDBV ANTQ": a known movement written as the
    // acronym of its whole name is that movement, its name written out.
    if (const auto acronym = movement_acronym(doc, j, last); acronym.first && !out.quoted) {
      out.quoted = acronym.second;
      out.quoted_at = i;
      out.kind = MovementKind::kRegular;
      return out;
    }
    // (s15-plan-b) "phong trào toàn dân PCCC và CNCH", "phong trào toàn dân đoàn kết xây dựng đời sống
    // văn hóa": a movement of the whole people named without quotes and without "thi đua", as the
    // known "Toàn dân bảo vệ an ninh Tổ quốc" is — its name from "toàn dân" to a link word.
    // (s25-targets) … also after "thi đua" when the whole community opens it ("phong trào thi đua cả xã chung
    // sức …"): the slogan is the name, without "phong trào thi đua".
    const bool whole_after_thi_dua = thi_dua && (lexicon::whole_communities().match(doc, j, last) ||
                                                 seq_at(doc, j, phrase_keys("toàn dân")));
    // Not an item of a list of movements ("…; phong trào doanh nghiệp …; phong trào cả nước chung tay …"): a
    // movement listed is none of the text's own (as the quoted ones, s16-plan-d).
    const bool list_item = doc.is_punct(i - 1, ";") && !doc.tokens[i].capitalised;
    if (phong_trao && (!thi_dua || whole_after_thi_dua) && !list_item && !out.quoted &&
        !lexicon::known_movements().match(doc, j, last)) {
      if (const int32_t e = whole_people_name_end(doc, j, last); e > j) {
        out.quoted = clean(doc.text_of(j, e));
        out.quoted_at = i;
        out.kind = kind;
        return out;
      }
    }
    // (s25-targets) "triển khai phong trào Dạy tốt - Học tốt", "phong trào Giỏi việc nước - Đảm việc nhà": a
    // movement named without quotes and without "thi đua" by capitalised parts joined by dashes, after a
    // lower-case "phong trào" on the same line — a slogan's name, its parts to the last one's end.
    if (phong_trao && !thi_dua && !out.quoted && j == i + 2 && !doc.tokens[i].capitalised && doc.is_word(j) &&
        doc.tokens[j].capitalised && !doc.tokens[j].all_caps && doc.tokens[j].line == doc.tokens[i].line &&
        !lexicon::unit_heads().match(doc, j, last)) {
      int32_t e = proper_name_end(doc, j, last), parts = 1;
      while (e + 1 < last && (doc.is_punct(e, "-") || doc.is_punct(e, "–")) && doc.is_word(e + 1) &&
             doc.tokens[e + 1].capitalised && !doc.tokens[e + 1].all_caps) {
        e = proper_name_end(doc, e + 1, last);
        ++parts;
      }
      if (parts >= 2) {
        out.quoted = clean(doc.text_of(j, e));
        out.quoted_at = i;
        out.kind = kind;
        return out;
      }
    }
    // "ký giao ước thi đua Vì ANTQ năm 2019": a known movement named without quotes.
    if (const auto known = lexicon::known_movements().match(doc, j, last); known && !out.quoted) {
      out.quoted = clean(doc.text_of(j, j + known.length));
      out.quoted_at = i;
      out.kind = kind;
      return out;
    }
    // (s25-movement) "1. Phong trào thi đua: “Ngành Tư pháp đoàn kết, …”": the name quoted after a colon.
    if (phong_trao && doc.is_punct(j, ":") && doc.quote_opening(j + 1)) ++j;
    if (const Quote* q = doc.quote_opening(j)) {
      // (s20-lead) "Trưởng BCĐ phong trào “TDĐKXDĐSVH” huyện": the initials of a whole name the
      // lexicon cannot write out name no movement the officer could keep.
      const bool initials = q->closed && q->last - q->first == 1 && doc.is_word(q->first) && doc.tokens[q->first].all_caps &&
                            doc.text_of(q->first, q->first + 1).size() >= 8 && !movement_acronym(doc, q->first, q->last).first;
      // (s26-lists) "thực hiện tốt các phong trào “A” và “B”": movements named under a plural head and listed
      // are movements in general (as "các phong trào thi đua yêu nước", s25-targets), none the text's own.
      static const std::string cac_p = word_key("các"), nhung_p = word_key("những");
      // The items after the first are passed over with it ("… và phong trào “B”").
      if (int32_t next = -1; !out.quoted && !initials && q->closed && (doc.is_key(i - 1, cac_p) || doc.is_key(i - 1, nhung_p)) &&
                             another_listed(doc, q->last + 1, last, i, &next)) {
        for (const Quote* n = doc.quote_opening(next); n && n->closed;) {
          i = n->last;
          n = another_listed(doc, n->last + 1, last, -1, &next) ? doc.quote_opening(next) : nullptr;
        }
        continue;
      }
      if (!out.quoted && !initials) {
        out.quoted = clean(doc.quote_text(*q));
        out.quoted_at = i;
        out.listed = q->closed && another_listed(doc, q->last + 1, last, i);
        // "phong trào “Toàn dân bảo vệ an ninh Tổ quốc huyện A tổ chức …": the closing mark
        // forgotten after a known movement's name; the name ends with it.
        if (const auto known = lexicon::known_movements().match(doc, q->first, q->last); known && !q->closed)
          out.quoted = clean(doc.text_of(q->first, q->first + known.length));
        if (out.kind == MovementKind::kNone || !out.descriptive) out.kind = kind;
        return out;
      }
    }
    // (s22-lead) "phát động phong trào Thi đua Quyết thắng năm 2024 trong toàn lực lượng": "Thi đua"
    // capitalised after a lower-case "phong trào", then a capitalised word, opens a proper name —
    // the movement is called "Thi đua Quyết thắng", without "phong trào" and without its year.
    // (s22-forms) Not a unit after it ("phong trào Thi đua Cụm thi đua số 3", whose movement), nor a
    // word on the next line: "Thi đua" is then the common word written capitalised.
    if (phong_trao && thi_dua && j == i + 4 && !out.quoted && !doc.tokens[i].capitalised && doc.tokens[i + 2].capitalised &&
        doc.is_word(j) && doc.tokens[j].capitalised && !doc.tokens[j].all_caps && doc.tokens[j].line == doc.tokens[i].line &&
        !lexicon::unit_heads().match(doc, j, last)) {
      out.quoted = clean(doc.text_of(i + 2, proper_name_end(doc, j, last)));
      out.quoted_at = i;
      out.kind = kind;
      return out;
    }
    if (!thi_dua || !phong_trao || out.descriptive) continue;
    if (j == i + 4 && bad_starts.match(doc, j, last)) continue;
    // (s25-movement) "phát động phong trào thi đua yêu nước năm 2017 tới các cấp Hội …", "… yêu nước trong
    // công nhân viên chức lao động năm 2014", "phong trào thi đua năm 2024 tới các cấp hội": the patriotic
    // emulation every body runs each year, told by its year or its scope only, names no movement.
    // Not when it celebrates something after its scope ("… yêu nước trong công nhân viên chức lao động chào
    // mừng đại hội công đoàn các cấp": a campaign named by its purpose).
    bool yearly = false;
    if (j == i + 4) {
      static const Entry kOnlyWhenOrWho[] = {{"năm"}, {"tới"}, {"đến"}, {"trong"}, {"của"}, {"ở"}, {"tại"}};
      static const PhraseTable only_when_or_who(kOnlyWhenOrWho);
      const int32_t after = seq_at(doc, j, yeu_nuoc) ? j + 2 : j;
      yearly = (after > j && (after >= last || !doc.is_word(after) || only_when_or_who.match(doc, after, last))) ||
               (after == j && doc.is_key(j, k.nam) && doc.is_number(j + 1));  // "… thi đua năm 2024 tới …"
    }
    // "phát động nhiều phong trào thi đua sâu rộng …": many movements described, none named.
    static const std::string nhieu = word_key("nhiều"), nhung = word_key("những");
    // (s25-targets) … nor "đẩy mạnh các phong trào thi đua yêu nước trên địa bàn tỉnh": movements in general,
    // plural, the aim a plan opens with.
    static const std::string cac_w = word_key("các");
    if (doc.is_key(i - 1, nhieu) || doc.is_key(i - 1, nhung) || doc.is_key(i - 1, cac_w)) continue;
    int32_t end = i + 4;
    // "phong trào thi đua đặc biệt là …", "… đặc biệt được phát động": a kind, then no name.
    static const Entry kCopulas[] = {{"là"}, {"được"}, {"đã"}, {"sẽ"}, {"thì"}};
    static const PhraseTable copulas(kCopulas);
    const bool no_name = j > i + 4 && copulas.match(doc, j, last);
    bool went_on = false;  // (s23-movement) a list of occasions reads longer names
    while (!no_name && end < last && end - i < (went_on ? 64 : 40)) {
      // A comma inside the name: "an ninh, trật tự" written out, or a second anniversary
      // ("chào mừng 80 năm …, 20 năm …").
      static const std::vector<std::string> dai_hoi = phrase_keys("đại hội");
      if (doc.is_punct(end, ",") && ((seq_at(doc, end - 2, k.an_ninh) && seq_at(doc, end + 1, k.trat_tu)) ||
                                     (doc.is_number(end + 1) && doc.is_key(end + 2, k.nam)) ||
                                     // "chào mừng Đại hội A, Đại hội B": a second congress celebrated
                                     (seq_at(doc, end + 1, dai_hoi) && doc.tokens[end + 1].capitalised))) {
        ++end;
        continue;
      }
      // (s15-plan-b) "phong trào thi đua lập thành tích chào mừng “Kỷ niệm 80 năm Ngày Tổng tuyển cử …”":
      // the occasion quoted right after the purpose ("chào mừng", "kỷ niệm", "hướng tới") is part of
      // the name, to its closing mark.
      if (const Quote* q = doc.quote_opening(end); q && q->closed && q->last < last && q->last - end <= 30 &&
                                                   end > j && occasion_verb_before(doc, end)) {
        end = q->last + 1;
        continue;
      }
      // (s23-movement) … and what it celebrates goes on after "ra", a comma, "và", a bracket of dates,
      // or the grassroots force's "tại các cơ sở" (a name read from its purpose).
      const auto celebrates = [&] {
        for (int32_t t = j; t < end; ++t)
          if (lexicon::occasions().match(doc, t, end)) return true;
        return false;
      };
      static const std::string tai = word_key("tại");
      if (end > j && (doc.is_key(end, tai) || celebrates()))
        if (const int32_t on = name_goes_on(doc, end, last); on > 0) {
          end = on;
          went_on = true;
          continue;
        }
      if (doc.tokens[end].kind == TokenKind::kPunct && doc.key(end) != "-" && !day_slash(doc, end)) break;
      if (end >= j && stops.match(doc, end, last) && !doc.is_key(end - 1, danh) && !of_a_name(end)) break;  // "dành cho …"
      ++end;
    }
    // … and a sector's yearly emulation told by the sector and the year only ("phát động phong trào thi đua
    // ngành Tư pháp năm 2021").
    static const std::string nganh = word_key("ngành");
    if (j == i + 4 && doc.is_key(j, nganh) && end - j <= 8 && end - 2 > j + 1 && doc.is_key(end - 2, k.nam) &&
        doc.is_number(end - 1))
      yearly = true;
    if (yearly) {
      static const std::vector<std::string> lap_thanh_tich = phrase_keys("lập thành tích");
      for (int32_t t = j; t < last && yearly && !doc.is_punct(t, ".") && !doc.is_punct(t, ";"); ++t)
        yearly = !lexicon::occasions().match(doc, t, last) && !seq_at(doc, t, lap_thanh_tich);
      if (yearly) continue;
    }
    // Words beyond "phong trào thi đua [kind]": "phong trào thi đua đặc biệt" alone names nothing.
    if (end > std::max(i + 4, j)) {
      out.descriptive = clean(doc.text_of(i, end));
      out.kind = kind;
    } else if (kind != MovementKind::kNone && out.kind == MovementKind::kNone) {
      out.kind = kind;  // "phát động phong trào thi đua đặc biệt": a kind, no name
    }
  }
  return out;
}

// The quote that follows a cue ("chủ đề", "phương châm hành động") within a few tokens.
std::optional<std::string> quote_after(const Analysis& a, const std::vector<std::string>& cue,
                                       const std::vector<PhaseMention>& phases, bool require_action) {
  const Document& doc = a.doc;
  auto in_phase = [&](int32_t t) {
    for (const PhaseMention& p : phases)
      if (t >= p.first && t < p.last) return true;
    return false;
  };
  // A quote in a sentence about an earlier year than the text's latest ("Năm 2023, … với khẩu
  // hiệu hành động “…”" in an article on the pledge for 2024) is last year's; used only when no
  // other is found.
  int latest = 0;
  for (const auto& [token, year] : a.dates.explicit_years) latest = std::max(latest, year);
  auto about_past_year = [&](int32_t t) {
    const Sentence& s = doc.sentence_of(t);
    bool past = false, current = false;
    for (int32_t k = s.first; k < s.last; ++k) {
      const int32_t m = a.dates.mention_starting_at(k);
      if (m < 0 || !a.dates.mentions[m].has_year()) continue;
      (a.dates.mentions[m].year < latest ? past : current) = true;
    }
    return past && !current;
  };
  std::optional<std::string> fallback;
  // (s17-plan-c) "thực hiện tốt phương châm “4 tại chỗ”", "hiện thực hóa phương châm “Vì nhân dân
  // phục vụ” của lực lượng Công an nhân dân": a standing principle of the force carried out in its
  // work, not the movement's own motto ("với phương châm “…”", "theo phương châm “…”").
  static const Entry kCarried[] = {{"thực hiện"}, {"thực hiện tốt"}, {"thực hiện đúng"}, {"hiện thực hóa"},
                                   {"quán triệt"}};
  static const PhraseTable carried(kCarried);
  auto carried_out = [&](int32_t i) {
    if (seq_at(doc, i, keys().chu_de)) return false;
    // (s24-kind) "… là thực hiện khẩu hiệu hành động “Mỗi ngày, mỗi CBCS … làm một việc tốt …”": an action
    // slogan is the unit's own, carried out as it is meant to be — only a standing principle
    // ("phương châm") is the force's.
    if (seq_at(doc, i, keys().khau_hieu)) return false;
    for (int32_t b = std::max(0, i - 3); b < i; ++b)
      if (const auto m = carried.match(doc, b, i); m && b + m.length == i) return true;
    return false;
  };
  for (int32_t i = 0; i < doc.size(); ++i) {
    if (!seq_at(doc, i, cue) || in_phase(i) || carried_out(i)) continue;
    int32_t j = i + static_cast<int32_t>(cue.size());
    // "“Đoàn kết, …” - Đó là chủ đề của phong trào “Vì an ninh Tổ quốc” …": the quote before the
    // cue is what it names; the one after "của phong trào" is the movement.
    static const std::string cua = word_key("của"), la = word_key("là"), do_ = word_key("đó");
    // (s17-plan-c) "“Từng nhà an toàn - …”, đó là phương châm mà buổi lễ hướng tới": the quote just
    // before "đó là" is the one named, when there is one.
    const bool named_back = doc.is_key(i - 1, la) && doc.is_key(i - 2, do_);
    if (doc.is_key(j, cua) || named_back) {
      int32_t b = i - 1;
      while (b > 0 && i - b <= 4 && (doc.is_key(b, la) || doc.is_key(b, do_) || doc.is_punct(b, "-") || doc.is_punct(b, ",")))
        --b;
      for (const Quote& q : doc.quotes) {
        if (!q.closed || q.open >= b || q.last < b - 1 || q.last > b + 1) continue;
        std::string text = clean(doc.quote_text(q));
        if (!text.empty()) return text;
      }
      // (s24-kind) "Chủ đề của Tháng Thanh niên 2015 là “Tự hào tiến bước dưới cờ Đảng”": what is said of
      // the campaign after "là" (not the quoted name right after "của phong trào").
      if (!named_back && doc.is_key(j, cua)) {
        const Sentence& sen = doc.sentence_of(i);
        for (int32_t t = j + 1; t + 1 < sen.last && t <= j + 9; ++t) {
          if (doc.quote_opening(t) || !(doc.is_word(t) || doc.is_number(t) || doc.is_punct(t, "-") || doc.is_punct(t, "–")))
            break;
          if (!doc.is_key(t, la)) continue;
          if (const Quote* q = doc.quote_opening(t + 1); q && q->closed) {
            std::string text = clean(doc.quote_text(*q));
            if (!text.empty()) return text;
          }
          break;
        }
      }
      if (!named_back) continue;
    }
    if (require_action) {
      if (!seq_at(doc, j, keys().hanh_dong)) continue;
      j += 2;
    }
    const int32_t end = std::min(doc.sentence_of(i).last, j + 10);
    for (int32_t t = j; t < end; ++t) {
      if (const Quote* q = doc.quote_opening(t)) {
        std::string text = clean(doc.quote_text(*q));
        if (!text.empty()) {
          if (!about_past_year(i)) return text;
          if (!fallback) fallback = text;
        }
        break;
      }
      if (doc.is_punct(t, ".") || doc.is_punct(t, ";")) break;
    }
  }
  return fallback;
}

// [first, last) cut at every ";" outside quotes.
std::vector<std::pair<int32_t, int32_t>> semicolon_spans(const Document& doc, int32_t first, int32_t last) {
  std::vector<std::pair<int32_t, int32_t>> spans;
  int32_t start = first;
  for (int32_t i = first; i <= last; ++i) {
    if (i < last) {
      if (const Quote* q = doc.quote_opening(i)) {
        i = std::max(i, q->last);
        continue;
      }
      if (!doc.is_punct(i, ";")) continue;
    }
    spans.emplace_back(start, i);
    start = i + 1;
  }
  return spans;
}

std::vector<std::string> split_items(const Analysis& a, int32_t first, int32_t last) {
  std::vector<std::string> items;
  for (const auto& [f, l] : semicolon_spans(a.doc, first, last)) {
    std::string item = clean(a.doc.text_of(f, l));
    if (!item.empty()) items.push_back(std::move(item));
  }
  return items;
}

// List items under line `head`: the lines at the first marker level below it, each up to its
// first colon.
// ---- contents: enumerators and inline lists (s11-targets) ------------------------------------

// Where an item starts after the enumerator that opens it: "(1)", "1)", "a)", "1.", "-", "+",
// "Một là,", "Thứ nhất,"; `first` when there is none.
int32_t after_enumerator(const Document& doc, int32_t first, int32_t last) {
  const auto label = [&](int32_t i) {
    return doc.is_number(i) || (doc.is_word(i) && doc.key(i).size() == 1);  // "1", "a"
  };
  if (first + 3 < last && doc.is_punct(first, "(") && label(first + 1) && doc.is_punct(first + 2, ")")) return first + 3;
  if (first + 2 < last && label(first) && (doc.is_punct(first + 1, ")") || (doc.is_punct(first + 1, ".") && doc.glued(first + 1))))
    return first + 2;
  if (first + 1 < last && (doc.is_punct(first, "-") || doc.is_punct(first, "+") || doc.is_punct(first, "–") ||
                           doc.is_punct(first, "•")))
    return first + 1;
  // "Một là, …", "Thứ hai, …": ordinals of a list written out, with or without their comma.
  int32_t after = -1;
  if (const auto w = lexicon::number_words().match(doc, first, last); w && doc.is_key(first + w.length, keys().la))
    after = first + w.length + 1;
  else if (doc.is_key(first, keys().thu))
    if (const auto o = lexicon::ordinal_words().match(doc, first + 1, last)) after = first + 1 + o.length;
  if (after < 0) return first;
  if (doc.is_punct(after, ",") || doc.is_punct(after, ":")) ++after;
  return after < last ? after : first;
}

// Verbs of action an item of contents opens with ("đẩy mạnh …", "tổ chức …").
const PhraseTable& action_verbs() { return lexicon::content_verbs(); }

// (s20-contents) Past a link word opening an item or a sentence of a list ("Đồng thời, tiếp tục
// …", "đồng thời làm tốt …", "Ngoài ra, …"): where the item itself starts.
int32_t after_link_words(const Document& doc, int32_t first, int32_t last) {
  static const Entry kLinks[] = {{"đồng thời"}, {"ngoài ra"}, {"bên cạnh đó"}, {"cùng với đó"}, {"mặt khác"}};
  static const PhraseTable links(kLinks);
  if (const auto m = links.match(doc, first, last)) {
    int32_t f = first + m.length;
    if (f < last && doc.is_punct(f, ",")) ++f;
    if (f < last) return f;
  }
  return first;
}

// "thống nhất các nội dung, gồm: Kế hoạch …; Quy chế …; Bản ký kết …": documents agreed at a
// meeting (more than half the items) are no content areas.
bool documents_listed(const Document& doc, const std::vector<std::pair<int32_t, int32_t>>& spans) {
  size_t documents = 0;
  for (const auto& [f, l] : spans) {
    static const Entry kPapers[] = {{"bản"}, {"bản ký kết"}, {"dự thảo"}};
    static const PhraseTable papers(kPapers);
    if (lexicon::document_types().match(doc, f, l) || papers.match(doc, f, l)) ++documents;
  }
  return !spans.empty() && documents * 2 > spans.size();
}

// [sf, sl) split at each comma (or "và", with `va`) before a verb of action, a set phrase ("an ninh,
// trật tự") and a short item kept whole; nothing when the span opens with no such verb (or, when a
// count will confirm the items, with no capitalised word: "Kết quả phong trào …, thực hiện …").
std::vector<std::pair<int32_t, int32_t>> action_spans(const Document& doc, int32_t sf, int32_t sl, bool counted, bool va) {
  static const std::string va_key = word_key("và");
  std::vector<std::pair<int32_t, int32_t>> split;
  // (s27-lists) with "và" (a list cut at commas alone), a demand's manner or negation opens an item too.
  const auto opens_item = [&](int32_t t) {
    return static_cast<bool>(action_verbs().match(doc, t, sl)) || (va && lexicon::demand_openers().match(doc, t, sl));
  };
  if (!opens_item(sf) && !(counted && doc.tokens[sf].capitalised)) return split;
  int32_t from = sf;
  for (int32_t t = sf + 2; t + 1 < sl; ++t) {
    if (const auto fixed = lexicon::fixed_comma_phrases().match(doc, t, sl)) {
      t += fixed.length - 1;
      continue;
    }
    // (s25-contents) "tiếp tục thực hiện đề án “Đổi mới, nâng cao …”": a comma inside a quotation is the name's.
    if (const Quote* q = doc.quote_opening(t); q && q->closed) {
      t = std::max(t, q->last);
      continue;
    }
    if (!(doc.is_punct(t, ",") || (va && doc.is_key(t, va_key))) || !opens_item(t + 1) || t - from < 3 ||
        lexicon::verb_like_nouns().match(doc, t + 1, sl))
      continue;
    split.emplace_back(from, t);
    from = t + 1;
  }
  split.emplace_back(from, sl);
  return split;
}

// (s25-contents) "… là tổ chức phát động phong trào thi đua “A”; phong trào “B”; phong trào thi đua “C” với
// phong trào “D”; “E”": a list whose every item names movements by quotation — past the verbs the list
// shares (before its first item only) and the words "phong trào (thi đua)", "cuộc vận động" — holds the
// movements' names, one a quotation, as "các phong trào … như “A”; “B”" does. An item with words of its
// own ("đẩy mạnh phong trào “X” giai đoạn 2016-2020", "Thực hiện có hiệu quả “Năm công tác cán bộ”" among
// tasks) leaves the list as written.
const PhraseTable& movement_words() {
  static const Entry kMovementWords[] = {{"phong trào thi đua"}, {"phong trào"}, {"cuộc vận động"}};
  static const PhraseTable table(kMovementWords);
  return table;
}

std::vector<std::string> movement_names(const Document& doc, const std::vector<std::pair<int32_t, int32_t>>& spans) {
  static const std::string voi = word_key("với"), va = word_key("và");
  std::vector<std::string> names;
  if (spans.size() < 2) return names;
  size_t movements = 0;
  for (size_t n = 0; n < spans.size(); ++n) {
    auto [f, l] = spans[n];
    while (l > f && (doc.is_punct(l - 1, ".") || doc.is_punct(l - 1, "\u2026") || doc.is_punct(l - 1, "..."))) --l;
    if (n == 0) {
      while (f < l) {
        const auto v = action_verbs().match(doc, f, l);
        if (!v) break;
        f += v.length;
      }
    }
    bool named = false;
    for (int32_t t = f; t < l;) {
      if (named) {
        if (!(doc.is_key(t, voi) || doc.is_key(t, va) || doc.is_punct(t, ","))) return {};
        ++t;
      }
      if (const auto m = movement_words().match(doc, t, l)) {
        t += m.length;
        ++movements;
      }
      const Quote* q = doc.quote_opening(t);
      if (!q || !q->closed || q->last >= l) return {};
      std::string name = clean(doc.quote_text(*q));
      if (name.empty()) return {};
      names.push_back(std::move(name));
      t = q->last + 1;
      named = true;
    }
    if (!named) return {};
  }
  // Quotations alone are any names (documents, slogans): the list must call them movements.
  return movements > 0 ? names : std::vector<std::string>{};
}

// The items of an inline list in [first, last): split at ";", then, when the items open alike,
// at ", " or " và " before that opening too ("tổ chức kiểm tra chéo …, tổ chức Hội thao …; tổ chức
// …", "thi đua A, thi đua B và thi đua C"); when `announced` items were announced ("với 7 nội
// dung: A, B, …") and neither gives that many, at every comma outside a set phrase ("an ninh,
// trật tự") and the last "và" — kept only when the count comes out right.
std::vector<std::string> content_items(const Analysis& a, int32_t first, int32_t last, int announced) {
  const Document& doc = a.doc;
  static const std::string va = word_key("và");
  using Span = std::pair<int32_t, int32_t>;
  std::vector<Span> spans;
  static const std::vector<std::string> cuoi_cung = phrase_keys("cuối cùng");
  {
    std::vector<Span> marked;
    for (const auto& [start, end] : semicolon_spans(doc, first, last))
      marked.emplace_back(after_link_words(doc, after_enumerator(doc, start, end), end), end);
    if (std::vector<std::string> names = movement_names(doc, marked); !names.empty()) return names;
  }
  for (const auto& [start, end] : semicolon_spans(doc, first, last)) {
    int32_t f = after_link_words(doc, after_enumerator(doc, start, end), end);
    // (s20-contents) "A; B và cuối cùng là C", "…, cuối cùng là C": the last item marked as such.
    // "… vững mạnh và Tổ chức thực hiện …": "và" before a capitalised verb of action opens an item.
    for (int32_t t = f + 2; t + 2 < end; ++t) {
      int32_t next = -1, cut = t;
      if ((doc.is_key(t, va) || doc.is_punct(t, ",")) && seq_at(doc, t + 1, cuoi_cung)) {
        next = t + 3;
        if (doc.is_key(next, keys().la)) ++next;
      } else if (doc.is_key(t, va) && doc.tokens[t + 1].capitalised && action_verbs().match(doc, t + 1, end)) {
        next = t + 1;
      }
      if (next < 0 || next >= end) continue;
      spans.emplace_back(f, cut);
      f = next;
      t = next;
    }
    if (f < end) spans.emplace_back(f, end);
  }
  // (s20-contents) "4 nội dung chính: Thi đua A; Thi đua B; khuyến khích C; D; Thi đua E; Thi đua
  // F": with more pieces than announced, the pieces not opening as the first item does belong to
  // the item before them — kept when the count comes out right.
  if (announced > 0 && static_cast<int>(spans.size()) > announced) {
    const int32_t o = spans[0].first;
    if (doc.is_word(o) && doc.is_word(o + 1)) {
      std::vector<Span> merged;
      for (const Span& sp : spans) {
        if (!merged.empty() && !(doc.is_key(sp.first, doc.key(o)) && doc.is_key(sp.first + 1, doc.key(o + 1))))
          merged.back().second = sp.second;
        else
          merged.push_back(sp);
      }
      if (static_cast<int>(merged.size()) == announced) spans = std::move(merged);
    }
  }
  const auto fits = [&](size_t n) { return announced > 0 ? static_cast<int>(n) == announced : n >= 2; };
  // Items opening alike: the first item's first two words ("thi đua", "tổ chức").
  if (!spans.empty() && announced >= 0 && !(announced > 0 && static_cast<int>(spans.size()) == announced)) {
    const int32_t o = spans[0].first;
    if (doc.is_word(o) && doc.is_word(o + 1) && o + 2 < spans[0].second) {
      const auto opens = [&](int32_t t) { return doc.is_key(t, doc.key(o)) && doc.is_key(t + 1, doc.key(o + 1)); };
      std::vector<Span> split;
      bool alike = true;
      for (const Span& sp : spans) {
        alike &= opens(sp.first);
        int32_t from = sp.first;
        for (int32_t t = sp.first + 2; t + 2 < sp.second; ++t) {
          if ((doc.is_punct(t, ",") || doc.is_key(t, va)) && opens(t + 1)) {
            split.emplace_back(from, t);
            from = t + 1;
          }
        }
        split.emplace_back(from, sp.second);
      }
      if (alike && split.size() > spans.size() && fits(split.size())) spans = std::move(split);
    }
  }
  // "tập trung vào các nội dung: đổi mới A, nâng cao B và đẩy mạnh C": one span without a count,
  // each item opening with a verb of action, commas and "và" between; a comma before a word that
  // is no such verb stays inside its item ("xây dựng cơ quan, đơn vị vững mạnh"). Three or more.
  if (spans.size() == 1 && announced == 0) {
    const auto [sf, sl] = spans[0];
    if (auto split = action_spans(doc, sf, sl, false, true); split.size() >= 3) spans = std::move(split);
  }
  // "3 nội dung thi đua, gồm: A; B và C": the last item after "và".
  if (announced > 0 && static_cast<int>(spans.size()) + 1 == announced && spans.size() >= 2) {
    const auto [lf, ll] = spans.back();
    for (int32_t t = ll - 2; t > lf + 1; --t) {
      if (!doc.is_key(t, va)) continue;
      bool in_fixed = false;
      for (int32_t b = std::max(lf, t - 3); b < t && !in_fixed; ++b)
        if (const auto f = lexicon::fixed_comma_phrases().match(doc, b, ll)) in_fixed = b + f.length > t;
      if (in_fixed) continue;
      // (s20-audit) "B và 4x100m chạy tiếp sức cứu người và chữa cháy": a last piece of under three
      // words with another "và" before it closes the last item's own pair, not the list.
      bool earlier_va = false;
      for (int32_t b = lf + 1; b < t && !earlier_va; ++b) earlier_va = doc.is_key(b, va);
      int32_t words_after = 0;
      for (int32_t b = t + 1; b < ll; ++b) words_after += doc.is_word(b) ? 1 : 0;
      if (earlier_va && words_after < 3) continue;
      spans.back() = {lf, t};
      spans.emplace_back(t + 1, ll);
      break;
    }
  }
  if (announced > 0 && static_cast<int>(spans.size()) != announced) {
    std::vector<Span> split;
    int32_t from = after_enumerator(doc, first, last), last_va = -1;
    for (int32_t t = from; t < last; ++t) {
      if (const auto fixed = lexicon::fixed_comma_phrases().match(doc, t, last)) {
        t += fixed.length - 1;
        continue;
      }
      if (doc.is_key(t, va)) last_va = t;
      if (!doc.is_punct(t, ",")) continue;
      split.emplace_back(from, t);
      from = t + 1;
      last_va = -1;
    }
    if (from < last) {
      if (static_cast<int>(split.size()) + 2 == announced && last_va > from) {
        split.emplace_back(from, last_va);
        from = last_va + 1;
      }
      split.emplace_back(from, last);
    }
    if (static_cast<int>(split.size()) == announced) spans = std::move(split);
  }
  // (s19-rules) "Nội dung thi đua của Khối gồm 4 nội dung: Kết quả A, thực hiện B, xây dựng C, D
  // vững mạnh và tổ chức E": items whose own commas leave too many pieces, each item opening with a
  // verb of action — kept when the count comes out right.
  if (announced > 0 && static_cast<int>(spans.size()) != announced) {
    const int32_t from = after_enumerator(doc, first, last);
    if (auto split = action_spans(doc, from, last, true, true); static_cast<int>(split.size()) == announced) spans = std::move(split);
  }
  if (documents_listed(doc, spans)) return {};
  std::vector<std::string> items;
  static const Entry kAims[] = {{"phấn đấu"}, {"nhằm"}, {"góp phần"}};
  static const PhraseTable aims(kAims);
  for (auto [f, l] : spans) {
    // "… “Năm an toàn giao thông”… gắn với …… phấn đấu hoàn thành …": after an ellipsis the list's
    // aim, not another content.
    for (int32_t t = f + 1; t + 1 < l; ++t)
      if (doc.is_punct(t, "…") && aims.match(doc, t + 1, l)) {
        l = t;
        break;
      }
    std::string item = clean(doc.text_of(f, l));
    // "“Năm an toàn giao thông” gắn với …": an item opening with a quoted name keeps the name,
    // without the marks (no string opens with a quote).
    static const std::string open = "\u201C", close = "\u201D";
    if (item.rfind(open, 0) == 0) {
      item.erase(0, open.size());
      if (const size_t c = item.find(close); c != std::string::npos) item.erase(c, close.size());
      item = clean(item);
    }
    if (!item.empty()) items.push_back(std::move(item));
  }
  return items;
}

// The number of items announced just before "nội dung" at token i ("với 7 nội dung"), or 0.
int announced_before(const Analysis& a, int32_t i) {
  if (i <= 0 || a.numbers.number_at[i - 1] < 0) return 0;
  const NumberMention& n = a.numbers.numbers[a.numbers.number_at[i - 1]];
  return n.integer && !n.percent && n.last == i && n.value >= 2 && n.value <= 20 ? static_cast<int>(n.value) : 0;
}

std::vector<std::string> items_below(const Analysis& a, int32_t head) {
  const Document& doc = a.doc;
  std::vector<std::string> items;
  const int head_level = doc.lines[head].level;
  int item_level = 0;
  for (int32_t li = head + 1; li < static_cast<int32_t>(doc.lines.size()); ++li) {
    const Line& line = doc.lines[li];
    // "Một là, thi đua …" / "Thứ hai, …": paragraphs numbered in words are items too.
    const int32_t opens = after_enumerator(doc, line.first, line.last);
    const int level = line.level == 0 && opens > line.first && !doc.is_number(line.first) ? 9 : line.level;
    if (level == 0) {
      if (line.heading || item_level == 0) break;
      continue;  // a paragraph explaining the item above
    }
    if (head_level > 0 && level <= head_level) break;
    if (item_level == 0) item_level = level;
    if (level < item_level) break;
    if (level != item_level) continue;
    int32_t end = line.last;
    for (int32_t k = line.first + 2; k < line.last; ++k) {
      if (doc.is_punct(k, ":")) {
        end = k;
        break;
      }
    }
    std::string item = clean(doc.text_of(level == 9 ? opens : line.first, end));
    if (!item.empty()) items.push_back(std::move(item));
  }
  return items;
}

}  // namespace

// A range dated by years alone ("2021 - 2025", "từ năm 2016 đến năm 2020").
bool years_only(const Analysis& a, const DateRange& range) {
  for (const int32_t m : {range.start, range.end})
    if (m >= 0 && a.dates.mentions[m].precision != Precision::kYear) return false;
  return range.start >= 0 || range.end >= 0;
}

// The sentence of token `t` tells a standing practice, not this movement's plan: it opens with
// "Hằng năm", "Hàng năm", "Mỗi năm", "Thường niên" ("Hằng năm, phong trào của Cụm được chia làm 4
// đợt"): phases it names are the custom, not phases the text announces.
bool habitual(const Document& doc, int32_t t) {
  static const Entry kEveryYear[] = {{"hằng năm"}, {"hàng năm"}, {"mỗi năm"}, {"thường niên"}, {"hằng năm thì"}};
  static const PhraseTable every_year(kEveryYear);
  const Sentence& s = doc.sentence_of(t);
  for (int32_t k = s.first; k < s.last && k < s.first + 4 && k < t; ++k)
    if (every_year.match(doc, k, s.last)) return true;
  return false;
}

// The "Đợt N" at token `t` numbers rounds of a peak of work ("mở 2 đợt cao điểm tấn công, trấn
// áp tội phạm; đợt 1 từ …, đợt 2 từ …", "đợt kiểm tra thứ nhất"), not phases of an emulation:
// its sentence names such a round before it and no emulation ("thi đua") at all.
bool round_of_work(const Analysis& a, int32_t t) {
  const Document& doc = a.doc;
  const Keys& k = keys();
  static const Entry kWork[] = {{"cao điểm"}, {"tấn công"}, {"trấn áp"}, {"tuần tra"}, {"kiểm tra"}, {"tập huấn"},
                                {"truy quét"}, {"ra quân"}};
  static const PhraseTable work(kWork);
  const Sentence& s = doc.sentence_of(t);
  bool named = false;
  for (int32_t i = s.first; i < s.last; ++i) {
    if (seq_at(doc, i, k.thi_dua) || seq_at(doc, i, k.phong_trao)) return false;
    // "đợt cao điểm", "đợt tấn công": the round named by its work, before the numbered one
    if (i < t && doc.is_key(i, k.dot) && work.match(doc, i + 1, s.last)) named = true;
  }
  return named;
}

// The figure before "đợt" at `n` announces the movement's phases: "chia làm 4 đợt", "được chia
// thành 02 đợt", "sẽ có 3 đợt thi đua", "gồm 3 đợt:". Not "đã tổ chức thành 2 đợt tập huấn", "trong
// năm có 4 đợt cao điểm tấn công tội phạm" (work done in rounds).
bool announces_phases(const Analysis& a, const NumberMention& n) {
  const Document& doc = a.doc;
  const Keys& k = keys();
  static const std::string chia = word_key("chia"), ra = word_key("ra");
  const int32_t before = n.start() - 1;
  if (habitual(doc, n.start())) return false;
  if (doc.is_key(before, k.lam) || doc.is_key(before, k.thanh)) {
    // "chia làm", "chia ra làm", "chia thành"
    return doc.is_key(before - 1, chia) || (doc.is_key(before - 1, ra) && doc.is_key(before - 2, chia));
  }
  if (doc.is_key(before, k.gom) || doc.is_key(before, k.co)) {
    // "… có 3 đợt thi đua", "gồm 2 đợt:": phases of an emulation, or listed after a colon.
    return seq_at(doc, n.last + 1, k.thi_dua) || doc.is_punct(n.last + 1, ":") ||
           (doc.is_punct(n.last + 1, ",") && seq_at(doc, n.last + 2, k.thi_dua));
  }
  // "Cụm thi đua phát động 4 đợt thi đua", "triển khai 3 đợt thi đua cao điểm": phases of the
  // emulation launched (not those already held: "đã phát động 4 đợt thi đua").
  static const Entry kLaunch[] = {{"phát động"}, {"triển khai"}};
  static const PhraseTable launch(kLaunch);
  static const std::string da = word_key("đã");
  if (const auto v = launch.match_ending(doc, n.start(), std::max(0, n.start() - 2)); v && seq_at(doc, n.last + 1, k.thi_dua))
    return !doc.is_key(n.start() - v.length - 1, da);
  // (s17-plan-c) "thống nhất tổ chức phát động và thực hiện hiệu quả 4 đợt thi đua “…”", "sẽ tổ
  // chức tốt 3 đợt thi đua": phases the units agree or plan to launch and carry out, a manner
  // word ("hiệu quả", "tốt", "nghiêm túc") between the verb and the count; not those carried out
  // already ("đã thực hiện 4 đợt thi đua").
  static const Entry kCarry[] = {{"thực hiện"}, {"tổ chức"}};
  static const PhraseTable carry(kCarry);
  static const Entry kManner[] = {{"hiệu quả"}, {"tốt"}, {"nghiêm túc"}, {"có hiệu quả"}};
  static const PhraseTable manner(kManner);
  static const Entry kAhead[] = {{"thống nhất"}, {"sẽ"}, {"phát động"}, {"tiếp tục"}};
  static const PhraseTable ahead(kAhead);
  if (seq_at(doc, n.last + 1, k.thi_dua)) {
    int32_t v = n.start();
    if (const auto m = manner.match_ending(doc, v, std::max(0, v - 3))) v -= m.length;
    if (const auto c = carry.match_ending(doc, v, std::max(0, v - 2))) {
      const Sentence& s = doc.sentence_of(n.start());
      for (int32_t t = v - c.length - 1; t >= s.first && t >= v - c.length - 8; --t) {
        if (doc.is_key(t, da) || doc.tokens[t].kind == TokenKind::kPunct) return false;
        if (ahead.match(doc, t, v)) return true;
      }
    }
  }
  return false;
}

std::vector<PhaseMention> find_phases(const Analysis& a) {
  const Document& doc = a.doc;
  std::vector<std::pair<int32_t, int32_t>> starts;  // ("Đợt" token, token after the ordinal)
  std::vector<int> ordinals;
  std::vector<bool> dated_only;
  for (int32_t i = 0; i < doc.size(); ++i) {
    int32_t after = 0;
    bool dated = false;
    if (const int o = phase_ordinal(doc, i, &after, &dated)) {
      if (habitual(doc, i) || (!dated && round_of_work(a, i))) {
        i = after - 1;
        continue;
      }
      starts.emplace_back(i, after);
      ordinals.push_back(o);
      dated_only.push_back(dated);
      i = after - 1;
    }
  }
  std::vector<PhaseMention> out;
  size_t r = 0;
  for (size_t k = 0; k < starts.size(); ++k) {
    PhaseMention p;
    p.ordinal = ordinals[k];
    p.first = starts[k].first;
    const int32_t sentence_end = doc.sentence_of(p.first).last;
    p.last = k + 1 < starts.size() ? std::min(starts[k + 1].first, sentence_end) : sentence_end;
    const int32_t body = starts[k].second;
    while (r < a.dates.ranges.size() && a.dates.ranges[r].first < body) ++r;
    if (r < a.dates.ranges.size() && a.dates.ranges[r].first < p.last) p.range = static_cast<int32_t>(r);
    for (int32_t t = body; t < p.last; ++t) {
      if (const Quote* q = doc.quote_opening(t); q && !names_movement(doc, t)) {
        std::string title = clean(doc.quote_text(*q));
        if (!title.empty()) p.title = std::move(title);
        break;
      }
    }
    if (!p.title) {
      const int32_t from = p.range >= 0 ? a.dates.ranges[p.range].last : body;
      p.title = unquoted_phase_title(a, from, p.last);
    }
    // "Giai đoạn 1 (từ … đến …)", "Bước 2: từ …": dated right after the ordinal, by days or months;
    // "Giai đoạn I (2021 - 2025)" of a programme, dated by years, is a stage of it, not a phase
    // of the movement.
    if ((p.range < 0 && !p.title) || (dated_only[k] && (p.range < 0 || a.dates.ranges[p.range].first > body + 3 ||
                                                        years_only(a, a.dates.ranges[p.range]))))
      continue;
    auto same = std::find_if(out.begin(), out.end(), [&](const PhaseMention& q) { return q.ordinal == p.ordinal; });
    if (same == out.end()) {
      out.push_back(std::move(p));
    } else if (same->range < 0 && p.range >= 0) {
      // "sơ kết Đợt 1 …" then "Đợt 1 (từ … đến …) “…”": the dated mention defines the phase.
      if (!p.title) p.title = same->title;
      *same = std::move(p);
    } else {
      if (same->range < 0) same->range = p.range;
      if (!same->title) same->title = p.title;
    }
  }
  if (!out.empty()) return out;
  const Keys& kk = keys();
  // "Từ ngày 12.12.2017 đến ngày 11.3.2018 là đợt thi đua …": phases told by their dates, in order.
  for (size_t r = 0; r < a.dates.ranges.size(); ++r) {
    const DateRange& range = a.dates.ranges[r];
    const int32_t t = range.last;
    if (range.start < 0 || range.end < 0 || !doc.is_key(t, kk.la) || !doc.is_key(t + 1, kk.dot) || habitual(doc, t))
      continue;
    PhaseMention p;
    p.ordinal = static_cast<int>(out.size()) + 1;
    p.first = range.first;
    p.last = doc.sentence_of(t).last;
    p.range = static_cast<int32_t>(r);
    std::string title = clean(doc.text_of(t + 1, p.last));
    if (!title.empty()) p.title = std::move(title);
    out.push_back(std::move(p));
  }
  if (out.size() >= 2) return out;
  out.clear();
  // (s28-lists) "… được chia làm 2 giai đoạn. Cụ thể, giai đoạn chuẩn bị, từ ngày 1/12/2023 đến 14/12/2023, …
  // Giai đoạn tấn công, từ ngày 15/12/2023 đến 29/2/2024, …": phases announced by their count, then each named
  // by a word instead of a number — "giai đoạn" / "đợt" and its name opening a clause (the sentence, or after
  // "Cụ thể,"), a comma, its dates. As many as announced, in order.
  {
    static const std::vector<std::string> giai_doan = phrase_keys("giai đoạn"), cu_the = phrase_keys("cụ thể");
    static const std::string chia = word_key("chia");
    for (const NumberMention& n : a.numbers.numbers) {
      if (n.percent || !n.integer || n.value < 2 || n.value > 6 || habitual(doc, n.start())) continue;
      const bool stage = seq_at(doc, n.last, giai_doan);
      if (!stage && !doc.is_key(n.last, kk.dot)) continue;
      const int32_t before = n.start() - 1;
      if (!((doc.is_key(before, kk.lam) || doc.is_key(before, kk.thanh)) && doc.is_key(before - 1, chia))) continue;
      const size_t first_sentence = static_cast<size_t>(doc.tokens[n.last].sentence) + 1;
      std::vector<PhaseMention> named;
      for (size_t si = first_sentence; si < doc.sentences.size() && si < first_sentence + 2 * n.value; ++si) {
        const Sentence& sen = doc.sentences[si];
        int32_t t = sen.first;
        if (seq_at(doc, t, cu_the) && doc.is_punct(t + 2, ",")) t += 3;
        const int32_t head = stage ? 2 : 1;
        if (!(stage ? seq_at(doc, t, giai_doan) : doc.is_key(t, kk.dot))) continue;
        int32_t comma = t + head;
        while (comma < sen.last && comma < t + head + 5 && doc.is_word(comma) && !doc.is_number(comma)) ++comma;
        if (comma == t + head || !doc.is_punct(comma, ",")) continue;
        int32_t range = -1;
        for (size_t r = 0; r < a.dates.ranges.size() && range < 0; ++r) {
          const DateRange& dr = a.dates.ranges[r];
          if (dr.first > comma && dr.first <= comma + 2 && dr.start >= 0 && dr.end >= 0) range = static_cast<int32_t>(r);
        }
        if (range < 0) continue;
        PhaseMention p;
        p.ordinal = static_cast<int>(named.size()) + 1;
        p.first = t;
        p.last = sen.last;
        p.range = range;
        p.title = clean(doc.text_of(t, comma));
        named.push_back(std::move(p));
      }
      if (static_cast<double>(named.size()) == n.value) return named;
    }
  }
  // "… được chia thành 3 đợt, …, gồm: A; B; C": the announced phases with their titles.
  for (const NumberMention& n : a.numbers.numbers) {
    if (n.percent || !n.integer || !doc.is_key(n.last, kk.dot) || n.value < 2 || n.value > 12) continue;
    const int32_t before = n.start() - 1;
    if (!(doc.is_key(before, kk.lam) || doc.is_key(before, kk.thanh)) || habitual(doc, n.start())) continue;
    const Sentence& s = doc.sentence_of(n.last);
    int32_t colon = n.last + 1;
    while (colon < s.last && !doc.is_punct(colon, ":")) ++colon;
    if (colon >= s.last) continue;
    const std::vector<std::string> items = split_items(a, colon + 1, s.last);
    if (static_cast<double>(items.size()) != n.value) continue;
    for (size_t k = 0; k < items.size(); ++k) {
      PhaseMention p;
      p.ordinal = static_cast<int>(k) + 1;
      p.first = colon;
      p.last = s.last;
      p.title = items[k];
      out.push_back(std::move(p));
    }
    break;
  }
  return out;
}

int announced_phase_count(const Analysis& a) {
  const Document& doc = a.doc;
  const Keys& k = keys();
  for (const NumberMention& n : a.numbers.numbers) {
    if (n.percent || !n.integer || !doc.is_key(n.last, k.dot)) continue;
    if (announces_phases(a, n) && n.value >= 1 && n.value <= 12) return static_cast<int>(n.value);
  }
  return 0;
}

// The period at `range` belongs to another thing than the movement (issue 14, round 15):
//  - a horizon of development: "phát triển tỉnh đến năm 2030 và tầm nhìn đến năm 2045", "Chiến
//    lược … đến năm 2030, tầm nhìn 2045" (the vision named right after or before the period);
//  - a programme, resolution, directive or scheme the period qualifies: "Chương trình phối hợp
//    số 09 về “… phong trào …” giai đoạn 2013-2023", "các nghị quyết … đến năm 2030": walking back
//    from the period, past quotes and reference numbers, the nearest head named is such a
//    document, not "phong trào", "thi đua", "kế hoạch" or "đợt".
namespace {
bool period_of_other(const Analysis& a, const DateRange& range) {
  const Document& doc = a.doc;
  const Keys& k = keys();
  static const std::vector<std::string> tam_nhin = phrase_keys("tầm nhìn");
  static const std::vector<std::vector<std::string>> others = {
      phrase_keys("chương trình"), phrase_keys("nghị quyết"), phrase_keys("chỉ thị"), phrase_keys("đề án"),
      phrase_keys("kết luận"),     phrase_keys("chiến lược"), phrase_keys("quy hoạch"), phrase_keys("dự án"),
      // (s17-plan-b) "Ngày hội … được triển khai …, thời gian tổ chức từ ngày 10/11 đến ngày 18/11": the
      // festival's days, not the movement's span (the s11-texts convention).
      phrase_keys("ngày hội")};
  const Sentence& s = doc.sentence_of(range.first);
  // (s25-movement) "các phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới” giai đoạn 2021-2025,
  // “Cả nước chung tay vì người nghèo …”": the period of one movement of a list, none of them the text's.
  // (s26-lists) … and the period written after the last of them ("Trong các phong trào thi đua “A”, “B” giai đoạn
  // 2021-2025, các sở, ngành đã …"): the quote before the period is the second of a list.
  for (const Quote& q : doc.quotes) {
    if (!q.closed || q.last >= range.first || q.first < s.first) continue;
    int32_t next = -1;
    if (!another_listed(doc, q.last + 1, s.last, -1, &next)) continue;
    if (q.last >= range.first - 3) return true;
    if (const Quote* n = doc.quote_opening(next); n && n->closed && n->last < range.first && n->last >= range.first - 3)
      return true;
  }
  for (int32_t t = range.last; t < s.last && t < range.last + 3; ++t) {
    if (seq_at(doc, t, tam_nhin)) return true;
    if (!doc.is_punct(t, ",") && !doc.is_key(t, word_key("và"))) break;
  }
  for (int32_t t = range.first - 1; t >= s.first && t >= range.first - 4; --t)
    if (seq_at(doc, t, tam_nhin)) return true;
  // (s21-dates) "Đại hội … nhằm tổng kết … 5 năm qua (2019-2024). Đại hội lần này sẽ đề ra phương
  // hướng, nhiệm vụ công tác thi đua, khen thưởng trong giai đoạn 2024-2029": the direction set for
  // the coming period (a plan of work), not the span of the emulation the text is about.
  static const std::vector<std::string> phuong_huong = phrase_keys("phương hướng");
  for (int32_t t = range.first - 1; t >= s.first && !doc.is_punct(t, ";"); --t)
    if (seq_at(doc, t, phuong_huong)) return true;
  // "Từ ngày 15/12/2023 đến 14/12/2024, … lực lượng Công an đã phát hiện 120 vụ", "phong trào được
  // phát động từ năm 1962 đến nay đã …": the period of results reported, or of a history, when
  // the clause after it says what was done ("đã").
  // (A period of years, "“Vì ANTQ giai đoạn 2010-2015”, … đã quan tâm chỉ đạo", is the movement's.)
  static const std::string da = word_key("đã");
  for (int32_t t = range.last; (!years_only(a, range) || range.end_now) && t < s.last; ++t) {
    if (doc.is_punct(t, ";")) break;
    if (doc.is_key(t, da)) return true;
  }
  for (int32_t t = range.first - 1; t >= s.first && t >= range.first - 40; --t) {
    if (doc.is_punct(t, "”")) {  // a quoted name: skip to its opening mark
      int32_t open = t - 1;
      while (open >= s.first && !doc.is_punct(open, "“")) --open;
      if (open < s.first) return false;
      t = open;
      continue;
    }
    if (doc.is_punct(t, ";") || doc.is_punct(t, ":")) return false;
    if (seq_at(doc, t, k.phong_trao) || seq_at(doc, t, k.thi_dua) || seq_at(doc, t, k.ke_hoach) || doc.is_key(t, k.dot))
      return false;
    for (const auto& head : others)
      if (seq_at(doc, t, head)) return true;
  }
  return false;
}
}  // namespace

namespace {
// (s17-plan-c) "tổng kết 20 năm tổ chức Ngày hội … giai đoạn 2003-2023", "kỷ niệm 20 năm Chiến
// dịch … (1999-2019)", "10 năm thực hiện Chương trình phối hợp … giai đoạn 2013-2023": an
// emulation is run for a year, a school year or an emulation congress's five years (Đại hội thi
// đua yêu nước every five years: "giai đoạn 2016-2020", "2022 - 2026"); a period of years longer
// than five is a history or an anniversary recalled, a programme's or a festival's, not the span
// of the movement the text is about.
bool longer_than_an_emulation(const Analysis& a, const DateRange& range) {
  if (range.start < 0 || range.end < 0 || !years_only(a, range)) return false;
  const DateMention& s = a.dates.mentions[static_cast<size_t>(range.start)];
  const DateMention& e = a.dates.mentions[static_cast<size_t>(range.end)];
  return s.has_year() && e.has_year() && e.year - s.year > 5;
}

// "từ tháng 10-2025 đến khi tổ chức thành công Đại hội XIV": a period that ends with an event, not
// a day — its start is written, its end is not.
bool until_event(const Document& doc, const DateRange& range, const Analysis& a) {
  if (range.start < 0) return false;
  static const std::vector<std::vector<std::string>> ends = {phrase_keys("đến khi"), phrase_keys("cho đến khi"),
                                                             phrase_keys("tới khi"), phrase_keys("đến lúc")};
  int32_t t = a.dates.mentions[static_cast<size_t>(range.start)].last;
  if (doc.is_punct(t, ",")) ++t;
  for (const auto& e : ends) {
    bool same = true;
    for (size_t c = 0; c < e.size() && same; ++c) same = doc.is_key(t + static_cast<int32_t>(c), e[c]);
    if (same) return true;
  }
  return false;
}
}  // namespace

// (s24-kind) "… phong trào “Thanh niên CAND học tập …” giai đoạn 2022 – 2023;" then "Phong trào giai đoạn mới
// được triển khai thực hiện từ tháng 9/2022 đến tháng 6/2023": a period of whole years named with the
// movement, then its months or days written in a later sentence of the movement (or its time) within
// those years — the finer span is the movement's (the Conventions: a period with months gives the first
// and last days of those months). The range to keep.
int32_t narrowed_period(const Analysis& a, const std::vector<PhaseMention>& phases, int32_t r) {
  const Document& doc = a.doc;
  const Keys& k = keys();
  const DateRange& years = a.dates.ranges[static_cast<size_t>(r)];
  if (years.start < 0 || years.end < 0) return r;
  const DateMention& from = a.dates.mentions[static_cast<size_t>(years.start)];
  const DateMention& to = a.dates.mentions[static_cast<size_t>(years.end)];
  if (from.precision != Precision::kYear || to.precision != Precision::kYear) return r;
  for (size_t q = static_cast<size_t>(r) + 1; q < a.dates.ranges.size(); ++q) {
    const DateRange& range = a.dates.ranges[q];
    if (range.start < 0 || range.end < 0) continue;
    const DateMention& s = a.dates.mentions[static_cast<size_t>(range.start)];
    const DateMention& e = a.dates.mentions[static_cast<size_t>(range.end)];
    if (s.precision == Precision::kYear || e.precision == Precision::kYear || s.anniversary || s.reference) continue;
    if (s.year < from.year || e.year > to.year || s.year == 0 || e.year == 0) continue;
    bool in_phase = false;
    for (const PhaseMention& p : phases)
      in_phase |= p.range == static_cast<int32_t>(q) || (range.first >= p.first && range.first < p.last);
    if (in_phase || is_event_span(a, static_cast<int32_t>(q)) || period_of_other(a, range)) continue;
    const Sentence& sent = doc.sentence_of(range.first);
    if (contains_seq(doc, sent.first, range.first, k.phong_trao) || contains_seq(doc, sent.first, range.first, k.thoi_gian))
      return static_cast<int32_t>(q);
  }
  return r;
}

int32_t find_movement_range(const Analysis& a, const std::vector<PhaseMention>& phases) {
  const Document& doc = a.doc;
  const Keys& k = keys();
  int32_t until_now = -1;
  for (size_t r = 0; r < a.dates.ranges.size(); ++r) {
    const DateRange& range = a.dates.ranges[r];
    if (range.end < 0 && !range.end_now && !until_event(doc, range, a)) continue;
    bool in_phase = false;
    for (const PhaseMention& p : phases) in_phase |= p.range == static_cast<int32_t>(r) ||
                                                      (range.first >= p.first && range.first < p.last);
    if (in_phase || is_event_span(a, static_cast<int32_t>(r)) || period_of_other(a, range)) continue;
    if (longer_than_an_emulation(a, range)) continue;
    // (s28-lists) "phấn đấu đạt tỷ lệ xã chuẩn nông thôn mới đến năm 2015 tối thiểu 20%", "đến năm 2020 đạt 50%":
    // an end alone with a figure right after it is the deadline of a target, not the movement's end.
    if (range.start < 0 && !range.start_now && range.end >= 0) {
      bool figure = false;
      for (int32_t t = range.last; t < range.last + 3 && t < doc.size() && !figure; ++t) figure = doc.is_number(t);
      if (figure) continue;
    }
    const Sentence& s = doc.sentence_of(range.first);
    bool about_movement = contains_seq(doc, s.first, s.last, k.phong_trao) ||
                          contains_seq(doc, s.first, s.last, k.thi_dua) ||
                          contains_seq(doc, s.first, s.last, k.thoi_gian) ||
                          contains_seq(doc, s.first, s.last, k.ke_hoach) ||
                          contains_seq(doc, s.first, s.last, {k.dot});
    // (s16-plan-c) "Trong tháng cao điểm “Vì người nghèo” (từ ngày 17-10 đến 18-11-2018)", "chiến
    // dịch … từ … đến …", "tháng hành động …": a peak, a campaign or an action month is run for a
    // period of its own, whatever word names it.
    static const std::vector<std::string> cao_diem = phrase_keys("cao điểm"), chien_dich = phrase_keys("chiến dịch"),
                                          hanh_dong = phrase_keys("tháng hành động");
    about_movement = about_movement || contains_seq(doc, s.first, s.last, cao_diem) ||
                     contains_seq(doc, s.first, s.last, chien_dich) || contains_seq(doc, s.first, s.last, hanh_dong);
    // (s25-movement) "Bộ Công an phát động đợt cao điểm tấn công, trấn áp tội phạm … . Theo đó, từ ngày
    // 15/12/2024 đến 14/02/2025, công an các đơn vị … sẽ đồng loạt ra quân …": a sentence going on with
    // "Theo đó" from the one launching the campaign gives the campaign's period.
    static const std::vector<std::string> theo_do = phrase_keys("theo đó"), phat_dong = phrase_keys("phát động");
    // (s28-lists) … or from the one demanding the emulation ("Công an TP yêu cầu các đơn vị … thi đua “Ba nhất”
    // … . Theo đó, từ ngày 15/12/2025 đến ngày 16/3/2026, …").
    static const std::vector<std::string> yeu_cau = phrase_keys("yêu cầu");
    if (const int32_t si = doc.tokens[range.first].sentence; !about_movement && si > 0 && seq_at(doc, s.first, theo_do)) {
      const Sentence& prev = doc.sentences[static_cast<size_t>(si - 1)];
      about_movement = (contains_seq(doc, prev.first, prev.last, phat_dong) || contains_seq(doc, prev.first, prev.last, yeu_cau)) &&
                       (contains_seq(doc, prev.first, prev.last, cao_diem) || contains_seq(doc, prev.first, prev.last, k.phong_trao) ||
                        contains_seq(doc, prev.first, prev.last, k.thi_dua) || contains_seq(doc, prev.first, prev.last, chien_dich));
    }
    // "hội nghị điển hình tiên tiến ngành y tế giai đoạn 2015- 2020": the period a review names
    // (not a programme's or a resolution's it reviews: "tổng kết Chương trình phối hợp …").
    for (int32_t i = s.first; i < range.first && !about_movement; ++i) {
      const auto m = lexicon::event_triggers().match(doc, i, range.first);
      if (!m || static_cast<EventKind>(m.value()) != EventKind::kReview) continue;
      static const Entry kDocuments[] = {{"chương trình"}, {"nghị quyết"}, {"chỉ thị"}, {"đề án"}, {"kết luận"},
                                         {"quy chế"}, {"dự án"}, {"chiến lược"}};
      static const PhraseTable documents(kDocuments);
      bool other = false;
      for (int32_t t = i + m.length; t < range.first && !other; ++t) other = static_cast<bool>(documents.match(doc, t, range.first));
      about_movement = !other;
    }
    if (!about_movement) {
      const int32_t h = heading_of(doc, s.line);
      about_movement = h >= 0 && contains_seq(doc, doc.lines[h].first, doc.lines[h].last, k.thoi_gian);
    }
    // "tổng kết phong trào … giai đoạn 2011-2013 và ký giao ước thi đua giai đoạn 2013-2015": the
    // period reviewed is gone; the movement's is the one pledged or launched after it.
    // The last event word of a sentence before token t ("tổng kết", "phát động", "ký kết" …).
    const auto kind_in = [&](const Sentence& sen, int32_t t) {
      EventKind kind = EventKind::kNone;
      for (int32_t i = sen.first; i < t; ++i)
        if (const auto m = lexicon::event_triggers().match(doc, i, t)) {
          kind = static_cast<EventKind>(m.value());
          i += m.length - 1;
        }
      return kind;
    };
    if (about_movement && r + 1 < a.dates.ranges.size() && a.dates.ranges[r + 1].first < s.last &&
        a.dates.ranges[r + 1].end >= 0) {
      const EventKind here = kind_in(s, range.first), next = kind_in(s, a.dates.ranges[r + 1].first);
      if (here == EventKind::kReview && (next == EventKind::kPledgeSigning || next == EventKind::kLaunch)) continue;
    }
    // (s28-lists) "… tổng kết phong trào thi đua yêu nước giai đoạn 2020 – 2025 …" then, sentences later, "Dịp
    // này, UBND phường phát động phong trào thi đua giai đoạn 2025 – 2030": the same across sentences — a period
    // reviewed gives way to the next one a later sentence launches or pledges (not a photo's caption).
    if (about_movement && range.end >= 0) {
      const DateMention& end_of_reviewed = a.dates.mentions[static_cast<size_t>(range.end)];
      bool gives_way = false;
      if (kind_in(s, range.first) == EventKind::kReview && end_of_reviewed.has_year())
        for (size_t q = r + 1; q < a.dates.ranges.size() && !gives_way; ++q) {
          const DateRange& later = a.dates.ranges[q];
          // Not a photo's caption ("Đại diện … ký kết giao ước thi đua giai đoạn 2016-2018. Ảnh: …").
          if (later.start < 0 || later.end < 0 || later.first < s.last ||
              caption_line(doc, doc.sentence_of(later.first).line))
            continue;
          const DateMention& from = a.dates.mentions[static_cast<size_t>(later.start)];
          if (!from.has_year() || from.year < end_of_reviewed.year || longer_than_an_emulation(a, later)) continue;
          const EventKind kind = kind_in(doc.sentence_of(later.first), later.first);
          gives_way = kind == EventKind::kLaunch || kind == EventKind::kPledgeSigning;
        }
      if (gives_way) continue;
    }
    // (s17-plan-c) "Từ năm 2005 đến nay, qua các phong trào thi đua, các đơn vị … thực hiện tốt …" then
    // "… trong phong trào thi đua giai đoạn 2005-2010": a history up to now tells what was done;
    // a period written with its end, when the text gives one, is the movement's.
    if (about_movement && range.end_now && range.end < 0) {
      // (s21-lead) "Từ năm 2015 đến nay, phong trào thi đua “A” được triển khai …" gives the
      // movement so run its first year; "Từ năm 2015 đến nay, huyện được tặng 3 Cờ thi đua …" is
      // the period of awards recalled, "thi đua" only inside an award's name ("Cờ thi đua",
      // "Chiến sĩ thi đua", "danh hiệu thi đua"): no movement's start.
      static const std::string co = word_key("cờ"), si_key = word_key("sĩ"), hieu = word_key("hiệu");
      bool run = contains_seq(doc, s.first, s.last, k.phong_trao) || contains_seq(doc, s.first, s.last, cao_diem) ||
                 contains_seq(doc, s.first, s.last, chien_dich) || contains_seq(doc, s.first, s.last, hanh_dong) ||
                 contains_seq(doc, s.first, s.last, k.thoi_gian) || contains_seq(doc, s.first, s.last, k.ke_hoach) ||
                 contains_seq(doc, s.first, s.last, {k.dot});
      for (int32_t t = s.first; t < s.last && !run; ++t)
        run = seq_at(doc, t, k.thi_dua) && !doc.is_key(t - 1, co) && !doc.is_key(t - 1, si_key) && !doc.is_key(t - 1, hieu);
      if (!run) continue;
      if (until_now < 0) until_now = static_cast<int32_t>(r);
      continue;
    }
    if (about_movement) return narrowed_period(a, phases, static_cast<int32_t>(r));
  }
  return until_now;
}

namespace {
// "phong trào thi đua năm 2022", "phong trào thi đua": a name that names no movement of its own.
// "phong trào thi đua yêu nước giai đoạn 2015 - 2020", "phong trào thi đua cụm": the emulation of
// a period or of a group, named by nothing of its own.
bool generic_name(const std::string& name) {
  const Document d = analyse_fragment(name);
  // (s23-movement) "… theo cụm, khối", "… 6 tháng đầu năm", "… quý IV", "… trọng tâm": the emulation
  // of a group, of part of a year reviewed or its key part ("phong trào thi đua cuối năm 2024", a
  // drive launched for the year's end, is named).
  static const std::vector<std::string> words = {
      word_key("phong"), word_key("trào"), word_key("thi"),    word_key("đua"),  word_key("năm"),  word_key("yêu"),
      word_key("nước"),  word_key("giai"), word_key("đoạn"),   word_key("cụm"),  word_key("khối"), word_key("số"),
      word_key("theo"),  word_key("quý"),  word_key("trọng"),  word_key("tâm"),  "-",              "–",
      ","};
  static const std::string thang = word_key("tháng"), dau = word_key("đầu"), cuoi = word_key("cuối");
  // (s15-plan-b) "phong trào thi đua yêu nước năm 2024 trên địa bàn huyện A", "… của tỉnh B": the
  // place whose emulation it is names no movement either.
  static const std::vector<std::string> tren_dia_ban = phrase_keys("trên địa bàn");
  static const std::string cua = word_key("của"), tai = word_key("tại");
  // (s23-movement) "Đưa phong trào thi đua yêu nước thành hoạt động thường xuyên": what the usual
  // emulation is made into ("thành", "trở thành") is no name of it; "thành lập", "thành công" are words.
  static const std::string thanh = word_key("thành"), tro = word_key("trở");
  static const Entry kThanhWords[] = {{"lập"}, {"công"}, {"tích"}, {"phố"}, {"viên"}, {"tựu"}, {"quả"}, {"thạo"}};
  static const PhraseTable thanh_words(kThanhWords);
  for (int32_t i = 0; i < d.size(); ++i) {
    if (i >= 4 && (seq_at(d, i, tren_dia_ban) || d.is_key(i, cua) || d.is_key(i, tai))) return true;
    if (i >= 4 && d.is_key(i, thanh) && !thanh_words.match(d, i + 1, d.size())) return true;
    if (i >= 4 && d.is_key(i, tro) && d.is_key(i + 1, thanh)) return true;
    if (d.is_word(i) && d.tokens[i].all_caps && roman_value(d.text_of(i, i + 1))) continue;  // "quý IV"
    if (d.is_number(i) && d.is_key(i + 1, thang) && (d.is_key(i + 2, dau) || d.is_key(i + 2, cuoi))) {
      i += 2;  // "6 tháng đầu năm"
      continue;
    }
    if (!d.is_number(i) && std::find(words.begin(), words.end(), d.key(i)) == words.end()) return false;
  }
  return true;
}

// "phong trào thi đua đặc biệt lập thành tích chào mừng" (cut before "với chủ đề …"): a name that
// ends on a verb wanting its object says what for without saying it; a fuller name is better.
bool elliptic_name(const std::string& name) {
  const Document d = analyse_fragment(name);
  static const std::vector<std::vector<std::string>> verbs = {phrase_keys("chào mừng"), phrase_keys("kỷ niệm"),
                                                              phrase_keys("hướng tới"), phrase_keys("hướng về"),
                                                              phrase_keys("lập thành tích")};
  for (const auto& v : verbs) {
    const int32_t from = d.size() - static_cast<int32_t>(v.size());
    bool same = from > 0;
    for (size_t k = 0; k < v.size() && same; ++k) same = d.is_key(from + static_cast<int32_t>(k), v[k]);
    if (same) return true;
  }
  return false;
}

// The first movement named in quotes in a sentence of the body.
// (s16-plan-d) "…, Công an TP. A tiếp tục đẩy mạnh xây dựng phong trào Toàn dân bảo vệ an ninh Tổ
// quốc", "Năm tới, huyện tiếp tục đẩy mạnh các phong trào thi đua, trong đó chú trọng phong trào
// “…”": a movement named, outside the lead and the headline, as work the body goes on with
// ("tiếp tục" before a verb of carrying on work) is one of its tasks, not the text's movement.
bool carried_on_work(const Document& doc, int32_t at, int32_t first) {
  static const Entry kVerbs[] = {{"đẩy mạnh"}, {"chú trọng"}, {"duy trì"}, {"thực hiện"}, {"phát động"}};
  static const PhraseTable verbs(kVerbs);
  static const Entry kBetween[] = {{"xây dựng"}, {"các"}, {"sâu rộng"}, {"mạnh mẽ"}, {"rộng khắp"}};
  static const PhraseTable between(kBetween);
  int32_t end = at;
  for (int32_t g = 0; g < 2; ++g) {
    const auto m = between.match_ending(doc, end, std::max(first, end - 2));
    if (!m) break;
    end -= m.length;
  }
  const auto verb = verbs.match_ending(doc, end, std::max(first, end - 2));
  if (!verb) return false;
  // (s24-kind) "…, nhất là phát động sâu rộng phong trào toàn dân bảo vệ ANTQ": a movement singled out
  // among the help wished for or the work done is that work, not the text's movement.
  if (lexicon::singled_out().match_ending(doc, end - verb.length, std::max(first, end - verb.length - 3))) return true;
  static const std::string phat = word_key("phát");
  if (doc.is_key(end - verb.length, phat)) return false;  // a launch is carried on only when singled out
  static const std::string tiep = word_key("tiếp"), tuc = word_key("tục");
  for (int32_t k = std::max(first, at - 25); k + 1 < at; ++k)
    if (doc.is_key(k, tiep) && doc.is_key(k + 1, tuc)) return true;
  return false;
}

// (s17-plan-c) "Giám đốc … chỉ đạo các lực lượng cần chủ động nắm chắc tình hình, …; chú trọng phát
// động và đẩy mạnh phong trào toàn dân …", "Mục tiêu yêu cầu … phải …; phát động mạnh mẽ, sâu rộng
// phong trào toàn dân …": a movement pushed in one task of a list the sentence demands is a task
// of the forces, not the movement the text is about (as one task of a work conference is not).
// Written as the work of building it (no quotes); a quoted name is named for itself
// ("… và đẩy mạnh phong trào “Toàn dân bảo vệ an ninh Tổ quốc”" in a plan's aims).
bool demanded_task(const Document& doc, int32_t at, const Sentence& s) {
  for (int32_t t = at; t < at + 6 && t < s.last; ++t)
    if (doc.quote_opening(t)) return false;
  int32_t clause = -1;
  for (int32_t t = at - 1; t >= s.first && clause < 0; --t)
    if (doc.is_punct(t, ";")) clause = t + 1;
  if (clause < 0) return false;
  static const Entry kPush[] = {{"đẩy mạnh"}, {"phát động"}, {"chú trọng"}, {"tăng cường"}};
  static const PhraseTable push(kPush);
  bool pushed = false;
  for (int32_t t = clause; t < at && !pushed; ++t) pushed = static_cast<bool>(push.match(doc, t, at));
  if (!pushed) return false;
  static const Entry kDemands[] = {{"yêu cầu"}, {"chỉ đạo"}, {"đề nghị"}, {"giao nhiệm vụ"}, {"cần"}, {"phải"},
                                   {"mục tiêu"}};
  static const PhraseTable demands(kDemands);
  for (int32_t t = s.first; t < clause; ++t)
    if (demands.match(doc, t, clause)) return true;
  return false;
}

// (s26-lists) Every word of `shorter` stands in `longer` in the same order (case and marks aside), and
// `shorter` has at least three words: "75 ngày hành động sáng tạo, quyết thắng" within "75 ngày đêm hành
// động sáng tạo, quyết thắng".
bool words_within(const std::string& shorter, const std::string& longer) {
  const Document s = analyse_fragment(shorter), l = analyse_fragment(longer);
  int32_t words = 0, j = 0;
  for (int32_t i = 0; i < s.size(); ++i) {
    if (!s.is_word(i) && !s.is_number(i)) continue;
    ++words;
    while (j < l.size() && l.tokens[j].key != s.tokens[i].key) ++j;
    if (j == l.size()) return false;
    ++j;
  }
  return words >= 3;
}

// (s28-lists3) `longer` goes on from the whole of `shorter`, token by token (case and marks aside), with a word
// or a figure after: the body's "… Công an nhân dân Việt Nam" from the headline's "… CÔNG AN NHÂN DÂN".
bool goes_on_from(const std::string& shorter, const std::string& longer) {
  const Document s = analyse_fragment(shorter), l = analyse_fragment(longer);
  if (s.size() == 0 || l.size() <= s.size() || !(l.is_word(s.size()) || l.is_number(s.size()))) return false;
  for (int32_t i = 0; i < s.size(); ++i)
    if (l.tokens[i].key != s.tokens[i].key) return false;
  return true;
}

// (s27-lists) "Thông qua các phong trào thi đua “A”, các hội viên đã tích cực …", "Qua phong trào “B”, nhiều
// gương …", "Đại hội đã biểu dương … kết quả … như: …; phong trào thi đua “C”; phong trào …": a movement
// quoted in a sentence opening with "(Thông) qua" and the movement (through it, results), or as one item of a list cut at
// ";" (";" right before it), is work reported or one of several, not the movement the text is about.
// (A movement quoted after "đã" is not passed over so: Cụm conferences write their own movement so,
// "các đơn vị trong Cụm đã … đẩy mạnh phong trào thi đua “Vì an ninh Tổ quốc”".)
bool results_told(const Document& doc, const Sentence& s, int32_t at) {
  static const std::vector<std::string> thong_qua = phrase_keys("thông qua");
  static const std::string qua = word_key("qua");
  // Through the movement itself ("Thông qua [các] phong trào …"), not through a model set up to push it
  // ("Thông qua việc thành lập mô hình … đẩy mạnh phong trào toàn dân …", which names the text's movement).
  const int32_t by = seq_at(doc, s.first, thong_qua) ? s.first + 2 : doc.is_key(s.first, qua) ? s.first + 1 : -1;
  static const std::string cac = word_key("các"), nhung = word_key("những");
  if (by >= 0 && (at == by || ((doc.is_key(by, cac) || doc.is_key(by, nhung)) && at == by + 1))) return true;
  return at > s.first && doc.is_punct(at - 1, ";");
}

std::optional<NamePhrase> quoted_elsewhere(const Analysis& a, const TitleInfo& title) {
  for (const Sentence& s : a.doc.sentences) {
    if (s.line < title.body_line) continue;
    NamePhrase p = movement_phrase(a, s.first, s.last);
    if (p.quoted && p.quoted_at >= 0 && carried_on_work(a.doc, p.quoted_at, s.first)) continue;
    if (p.quoted && p.quoted_at >= 0 && demanded_task(a.doc, p.quoted_at, s)) continue;
    // (s16-plan-d) "đẩy mạnh phong trào thi đua “A”, “B”…", "phong trào “A”; “B”": a movement
    // quoted among others is one of several tasks; none is the text's movement.
    if (p.quoted && p.listed) continue;
    if (p.quoted && p.quoted_at >= 0 && results_told(a.doc, s, p.quoted_at)) continue;
    if (p.quoted) return p;
  }
  return std::nullopt;
}
}  // namespace

namespace {
// (s23-movement) "Lễ phát động Đợt thi đua lập thành tích chào mừng bầu cử …" (lead), "… xây dựng phong
// trào “Toàn dân bảo vệ an ninh Tổ quốc”" (a later sentence): the lead or the headline names the
// text's own campaign by its purpose, or a launch its emulation so ("phát động thi đua kỷ niệm …");
// a movement quoted only further on is work it serves or goes on beside it, not the text's.
bool names_own_campaign(const NamePhrase& in_event, const NamePhrase& in_title, const EventResult& event) {
  if (in_event.dot_purpose || in_title.dot_purpose) return true;
  return event.kind == EventKind::kLaunch && (in_event.launched || in_title.launched);
}

// A campaign named as a proper name between `first` and `last` ("Chiến dịch Thanh niên tình nguyện
// hè"), or none.
std::optional<std::string> named_campaign(const Analysis& a, int32_t first, int32_t last) {
  const Document& doc = a.doc;
  static const std::vector<std::string> chien_dich = phrase_keys("chiến dịch");
  static const Entry kEnds[] = {{"năm"}, {"giai đoạn"}, {"và"}, {"tại"}, {"của"}, {"do"}, {"với"}, {"cho"},
                                {"trên"}, {"trong"}, {"nhằm"}, {"được"}, {"đã"}, {"tỉnh"}, {"huyện"}, {"thành phố"},
                                {"quận"}, {"thị xã"}, {"xã"}, {"phường"}, {"thị trấn"}, {"cấp"}, {"các cấp"}};
  static const PhraseTable ends(kEnds);
  for (int32_t i = first; i + 2 < last; ++i) {
    if (!seq_at(doc, i, chien_dich) || !doc.tokens[i].capitalised || !doc.is_word(i + 2) ||
        !doc.tokens[i + 2].capitalised)
      continue;
    // "Trưởng Ban Chỉ đạo Tháng Thanh niên và Chiến dịch …": a board's name holds it.
    bool in_board = false;
    static const std::vector<std::string> ban_chi_dao = phrase_keys("ban chỉ đạo");
    for (int32_t k = i - 1; k >= first && i - k <= 8 && !in_board; --k) {
      if (doc.tokens[k].kind == TokenKind::kPunct) break;
      in_board = seq_at(doc, k, ban_chi_dao);
    }
    if (in_board) continue;
    int32_t end = i + 2;
    while (end < last && doc.is_word(end) && !ends.match(doc, end, last)) ++end;
    if (end - i < 3) continue;
    return clean(doc.text_of(i, end));
  }
  return std::nullopt;
}
}  // namespace

MovementResult extract_movement(const Analysis& a, const EventResult& event, const TitleInfo& title,
                                int32_t movement_range, const std::vector<PhaseMention>& phases) {
  const Document& doc = a.doc;
  MovementResult mv;
  NamePhrase in_event, in_title;
  bool title_quote_named = false;  // the name is the headline's quote
  if (event.sentence >= 0) in_event = movement_phrase(a, doc.sentences[event.sentence].first, doc.sentences[event.sentence].last);
  // No event: the lead (the first sentence of the body) stands for it, when it names the
  // movement the headline names at more length ("Đẩy mạnh phong trào thi đua … chào mừng A" over
  // "…, UBND tỉnh có văn bản về đẩy mạnh phong trào thi đua … chào mừng B, tiến tới A").
  NamePhrase lead_quoted;
  if (event.sentence < 0) {
    for (const Sentence& s : doc.sentences) {
      if (s.line < title.body_line || a.dates.stamp_line(s.line) || s.first >= s.last) continue;
      NamePhrase lead = movement_phrase(a, s.first, s.last);
      if (lead.descriptive && !lead.quoted) in_event = std::move(lead);
      else if (lead.quoted) lead_quoted = std::move(lead);
      break;
    }
  }
  in_title = movement_phrase(a, title.token_first, title.token_last);
  // (s28-lists) "Thực hiện phong trào thi đua xây dựng nông thôn mới" (headline) over "UBND tỉnh vừa ban hành Kế
  // hoạch tổ chức thực hiện phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới” …" (lead, no event):
  // the headline names by its purpose the movement the lead quotes in full — its purpose's words, past the
  // movement's own words, all in the quote, in order — and the quoted name is the movement's.
  if (!in_event.quoted && !in_title.quoted && lead_quoted.quoted && in_title.descriptive) {
    static const Entry kHeads[] = {{"phong trào thi đua"}, {"phong trào"}, {"thi đua"}};
    static const PhraseTable heads(kHeads);
    const Document t = analyse_fragment(*in_title.descriptive);
    int32_t from = 0;
    while (from < t.size() && !heads.match(t, from, t.size())) ++from;
    if (const auto h = heads.match(t, from, t.size()); h && words_within(clean(t.text_of(from + h.length, t.size())), *lead_quoted.quoted))
      in_event = std::move(lead_quoted);
  }
  if (in_event.quoted && event.sentence >= 0 && in_event.quoted_at >= 0 &&
      demanded_task(doc, in_event.quoted_at, doc.sentences[event.sentence]))
    in_event = NamePhrase{};
  if (in_event.quoted) {
    mv.name = in_event.quoted;
    mv.kind = in_event.kind;
  } else if (in_title.quoted) {
    mv.name = in_title.quoted;
    mv.kind = in_title.kind;
    title_quote_named = true;
  } else if (in_event.descriptive && !generic_name(*in_event.descriptive) &&
             !(elliptic_name(*in_event.descriptive) && in_title.descriptive && !generic_name(*in_title.descriptive) &&
               !elliptic_name(*in_title.descriptive))) {
    mv.name = in_event.descriptive;
    mv.kind = in_event.kind;
  } else if (in_title.descriptive && !generic_name(*in_title.descriptive)) {
    mv.name = in_title.descriptive;
    mv.kind = in_title.kind;
    // the lead's kind when the headline names none ("phong trào thi đua đặc biệt …" in the lead)
    if (mv.kind == MovementKind::kNone) mv.kind = in_event.kind;
    // (s28-lists3) "Hưởng ứng phong trào thi đua đặc biệt chào mừng kỷ niệm 80 năm Ngày truyền thống Công an nhân
    // dân" (headline) and "… phát động phong trào thi đua đặc biệt chào mừng kỷ niệm 80 năm Ngày truyền thống Công
    // an nhân dân Việt Nam." (body): a headline shortens; the body's wording that goes on from the headline's
    // whole name (goes_on_from) is the name at its fullest.
    for (const Sentence& s : doc.sentences) {
      if (s.line < title.body_line || s.first >= s.last) continue;
      const NamePhrase body = movement_phrase(a, s.first, s.last);
      if (!body.descriptive || body.quoted) continue;
      if (goes_on_from(*mv.name, *body.descriptive)) {
        mv.name = body.descriptive;
        break;
      }
    }
  } else if (const auto quoted = names_own_campaign(in_event, in_title, event) ? std::nullopt : quoted_elsewhere(a, title)) {
    mv.name = quoted->quoted;
    mv.kind = quoted->kind;
    mv.name_from.note = "tên lấy từ một câu khác, không phải câu dẫn hay tiêu đề";
  } else if (in_event.descriptive && !generic_name(*in_event.descriptive)) {
    mv.name = in_event.descriptive;
    mv.kind = in_event.kind;
  } else if (in_title.descriptive && !generic_name(*in_title.descriptive)) {
    mv.name = in_title.descriptive;
    mv.kind = in_title.kind;
  } else if (in_event.kind != MovementKind::kNone || in_title.kind != MovementKind::kNone) {
    mv.kind = in_event.kind != MovementKind::kNone ? in_event.kind : in_title.kind;
  }
  // "tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc”", "15 năm Ngày hội Toàn dân bảo vệ an
  // ninh Tổ quốc": a known movement's festival names the movement, when nothing else does; the
  // lead's, then the headline's, then the first in the text.
  // Not for a launch: what it launches is named, an emulation or not ("lễ phát động đợt sinh
  // hoạt chính trị đặc biệt kỷ niệm … 20 năm Ngày hội …" launches no movement).
  // (s28-lists) … but a launch of the festival itself ("tổ chức lễ phát động Ngày hội Toàn dân bảo vệ an ninh Tổ
  // quốc năm 2023": "Ngày hội" right after "phát động") launches that movement's festival.
  const auto festival_launched = [&] {
    static const std::vector<std::string> phat_dong = phrase_keys("phát động"), ngay_hoi = phrase_keys("ngày hội");
    if (event.sentence < 0) return false;
    const Sentence& es = doc.sentences[static_cast<size_t>(event.sentence)];
    for (int32_t i = es.first; i + 3 < es.last; ++i)
      if (seq_at(doc, i, phat_dong) && seq_at(doc, i + 2, ngay_hoi)) return true;
    return false;
  };
  if (!mv.name && in_event.kind == MovementKind::kNone && in_title.kind == MovementKind::kNone &&
      (event.kind != EventKind::kLaunch || festival_launched())) {
    static const std::vector<std::string> ngay_hoi = phrase_keys("ngày hội");
    auto festival = [&](int32_t first, int32_t last) -> std::optional<std::string> {
      for (int32_t i = first; i + 2 < last; ++i) {
        if (!doc.is_key(i, ngay_hoi[0]) || !doc.is_key(i + 1, ngay_hoi[1])) continue;
        const auto known = lexicon::known_movements().match(doc, i + 2, last);
        if (known) return clean(doc.text_of(i + 2, i + 2 + known.length));
      }
      return std::nullopt;
    };
    if (event.sentence >= 0) mv.name = festival(doc.sentences[event.sentence].first, doc.sentences[event.sentence].last);
    if (!mv.name) mv.name = festival(title.token_first, title.token_last);
    if (!mv.name) mv.name = festival(0, doc.size());
  }
  // (s17-plan-c) "tổng kết Chiến dịch Thanh niên tình nguyện hè 2022", "Đêm hội quân các Chiến dịch
  // Thanh niên tình nguyện hè năm 2019", "ra quân Chiến dịch Mùa hè xanh": a campaign written as a
  // proper name (its word capitalised) in the lead or the headline is what the text is about,
  // when no movement is named. Its name stops before its year, its place or a link word; not a
  // campaign inside a board's name ("Ban Chỉ đạo … Chiến dịch …"), nor "chiến dịch" in lower case
  // ("ra quân chiến dịch tình nguyện hè" names no campaign of its own).
  if (!mv.name && in_event.kind == MovementKind::kNone && in_title.kind == MovementKind::kNone) {
    int32_t lead = event.sentence;
    for (size_t si = 0; lead < 0 && si < doc.sentences.size(); ++si) {  // no event: the lead
      const Sentence& s = doc.sentences[si];
      if (s.line >= title.body_line && !a.dates.stamp_line(s.line) && s.first < s.last) lead = static_cast<int32_t>(si);
    }
    if (lead >= 0) mv.name = named_campaign(a, doc.sentences[lead].first, doc.sentences[lead].last);
    if (!mv.name) mv.name = named_campaign(a, title.token_first, title.token_last);
  }
  // (s19-rules) "Đại hội Thi đua Quyết thắng giai đoạn 2013-2018", "Đại hội thi đua Quyết thắng cấp
  // cơ sở …": a congress called after its movement, the movement's proper name (its words
  // capitalised) after "thi đua", is that movement — "thi đua Quyết thắng" as written, when no
  // movement is named otherwise. Not "Đại hội Thi đua yêu nước" (no proper name).
  if (!mv.name) {
    static const std::vector<std::string> dai_hoi = phrase_keys("đại hội"), thi_dua = phrase_keys("thi đua");
    auto congress_movement = [&](int32_t first, int32_t last) -> std::optional<std::string> {
      for (int32_t i = first; i + 4 < last; ++i) {
        if (!doc.is_key(i, dai_hoi[0]) || !doc.is_key(i + 1, dai_hoi[1]) || !doc.is_key(i + 2, thi_dua[0]) ||
            !doc.is_key(i + 3, thi_dua[1]))
          continue;
        // The name opens with a capitalised word and runs to what places or dates the congress.
        if (!doc.is_word(i + 4) || !doc.tokens[i + 4].capitalised || doc.tokens[i + 4].all_caps) continue;
        return clean(doc.text_of(i + 2, proper_name_end(doc, i + 4, last)));
      }
      return std::nullopt;
    };
    if (event.sentence >= 0) mv.name = congress_movement(doc.sentences[event.sentence].first, doc.sentences[event.sentence].last);
    if (!mv.name) mv.name = congress_movement(title.token_first, title.token_last);
  }
  if (mv.name) mv.name_from.source = *mv.name;
  if (mv.name) {
    if (auto known = known_movement_name(*mv.name)) {
      mv.name_from.note = "tên phong trào đã biết, bỏ thời gian viết trong ngoặc kép";
      mv.name = std::move(known);
    }
  }
  if (mv.kind != MovementKind::kNone) mv.kind_from.source = movement_kind_word(mv.kind);
  if (!mv.name) {
    // No movement named: a campaign named by its kind ("phát động đợt thi đua đặc biệt").
    // The lead's campaign first when it names it by its purpose ("đợt thi đua cao điểm lập thành
    // tích chào mừng …" under a headline naming another congress).
    const bool lead_first = in_event.dot_phrase && in_title.dot_phrase && in_event.dot_phrase->size() > in_title.dot_phrase->size();
    const NamePhrase* order[] = {lead_first ? &in_event : &in_title, lead_first ? &in_title : &in_event};
    for (const NamePhrase* p : order) {
      if (p->dot_phrase) {
        mv.name = p->dot_phrase;
        mv.kind = p->dot_kind;
        break;
      }
    }
    // The headline names the campaign by its kind, the lead with its purpose as well: the lead's.
    if (mv.name && in_title.dot_phrase && in_event.dot_phrase && in_event.dot_phrase->size() > mv.name->size() &&
        unit_key(in_event.dot_phrase->substr(0, mv.name->size())) == unit_key(*mv.name)) {
      mv.name = in_event.dot_phrase;
      mv.kind = in_event.dot_kind;
    }
    // (s22-lead) The headline names the campaign by its kind ("Triển khai kế hoạch đợt thi đua đặc
    // biệt") and the text has no event sentence: the first body sentence naming it with its purpose
    // ("… ban hành Kế hoạch triển khai đợt thi đua đặc biệt lập thành tích chào mừng …") names it.
    if (mv.name && !in_event.dot_phrase && in_title.dot_phrase && *mv.name == *in_title.dot_phrase) {
      for (const Sentence& s : doc.sentences) {
        if (s.line < title.body_line || s.first >= s.last) continue;
        const NamePhrase p = movement_phrase(a, s.first, s.last);
        if (p.dot_phrase && p.dot_phrase->size() > mv.name->size() &&
            unit_key(p.dot_phrase->substr(0, mv.name->size())) == unit_key(*mv.name)) {
          mv.name = p.dot_phrase;
          mv.kind = p.dot_kind;
          break;
        }
      }
    }
    // (s20-lead) A launch's emulation named by its purpose alone, in the lead or the headline.
    // (s24-kind) … also when a pledge is signed at the launch ("Lễ phát động … Tại buổi lễ, … ký kết giao ước").
    if (!mv.name && (event.kind == EventKind::kLaunch || event.kind == EventKind::kPledgeSigning)) {
      const NamePhrase* p = in_event.launched ? &in_event : in_title.launched ? &in_title : nullptr;
      if (p) {
        mv.name = p->launched;
        mv.kind = p->launched_kind;  // (s22-lead) "thi đua đặc biệt chào mừng …": special
      }
    }
    for (size_t si = 0; !mv.name && si < doc.sentences.size(); ++si) {
      const NamePhrase p = movement_phrase(a, doc.sentences[si].first, doc.sentences[si].last);
      if (p.dot_phrase) {
        mv.name = p.dot_phrase;
        mv.kind = p.dot_kind;
      }
    }
    // (s23-movement) "Tổng cục An ninh phát động đợt thi đua đặc biệt" over a lead naming it "Đợt thi đua
    // lập thành tích chào mừng …": the kind the other of the two says.
    if (mv.name && mv.kind == MovementKind::kNone)
      mv.kind = in_title.dot_kind != MovementKind::kNone ? in_title.dot_kind : in_event.dot_kind;
    if (mv.name) {
      mv.name_from = {*mv.name, "không có tên phong trào: đặt theo loại đợt thi đua"};
      if (mv.kind != MovementKind::kNone) mv.kind_from = {*mv.name, ""};
    }
  }
  if (mv.kind == MovementKind::kNone) {
    mv.kind = in_event.kind != MovementKind::kNone ? in_event.kind : in_title.kind;
    if (mv.kind != MovementKind::kNone) mv.kind_from = {movement_kind_word(mv.kind), ""};
  }
  // (s27-lists) "… phát động phong trào thi đua chào mừng thành công Đại hội …" (lead), "BTV … đã phát động phong
  // trào thi đua đặc biệt trong công nhân, viên chức …" (a later sentence): a launch's emulation named by its
  // purpose, its kind said where the body tells of the launch again — "phát động phong trào/đợt thi đua" and a
  // kind, with no other name after it (a quote) — takes that kind.
  if (mv.kind == MovementKind::kNone && mv.name && event.kind == EventKind::kLaunch) {
    static const std::vector<std::string> phat_dong = phrase_keys("phát động");
    const Keys& kk = keys();
    for (int32_t i = 0; i + 6 < doc.size() && mv.kind == MovementKind::kNone; ++i) {
      if (!seq_at(doc, i, phat_dong)) continue;
      int32_t j = i + 2;
      if (seq_at(doc, j, kk.phong_trao)) j += 2;
      else if (doc.is_key(j, kk.dot)) j += 1;
      else continue;
      if (!seq_at(doc, j, kk.thi_dua)) continue;
      j += 2;
      const auto m = lexicon::movement_kinds().match(doc, j, doc.sentence_of(i).last);
      if (!m || m.value() == 0 || doc.quote_opening(j + m.length)) continue;
      mv.kind = static_cast<MovementKind>(m.value());
      mv.kind_from = {clean(doc.text_of(i, j + m.length)), "loại nêu ở câu khác kể lại việc phát động"};
    }
  }
  if (mv.kind == MovementKind::kNone && mv.name) {
    // A movement known by its name: "Vì an ninh Tổ quốc" is the yearly regular movement.
    Document name_doc = analyse_fragment(*mv.name);
    const auto known = lexicon::known_movements().match(name_doc, 0);
    if (known && known.length == name_doc.size()) {
      mv.kind = static_cast<MovementKind>(known.value());
      mv.kind_from = {*mv.name, "loại lấy từ danh mục phong trào đã biết (không ghi trong văn bản)"};
    }
  }

  const Keys& k = keys();
  mv.theme = quote_after(a, k.chu_de, phases, false);
  // (s17-plan-c) "Chủ đề của đợt thi đua là phát huy truyền thống - ra sức lập công, mừng Đại hội
  // Đảng.": a theme said, not quoted, after "chủ đề của (đợt thi đua | phong trào …) là", to the
  // end of its sentence (or of the quote it is said in).
  if (!mv.theme) {
    static const std::string cua = word_key("của"), la = word_key("là");
    for (int32_t i = 0; i + 4 < doc.size() && !mv.theme; ++i) {
      if (!seq_at(doc, i, k.chu_de) || !doc.is_key(i + 2, cua)) continue;
      const bool of_movement = doc.is_key(i + 3, k.dot) || seq_at(doc, i + 3, k.phong_trao);
      if (!of_movement) continue;
      const Sentence& sen = doc.sentence_of(i);
      int32_t from = -1;
      for (int32_t t = i + 4; t < sen.last && t <= i + 9 && from < 0; ++t) {
        if (doc.is_key(t, la)) from = t + 1;
        else if (!doc.is_word(t)) break;
      }
      if (from < 0 || doc.quote_opening(from)) continue;
      int32_t end = from;
      while (end < sen.last && !doc.is_punct(end, ".") && !doc.is_punct(end, ";") && !doc.is_punct(end, "”") &&
             !doc.is_punct(end, "\""))
        ++end;
      if (end - from >= 3) mv.theme = clean(doc.text_of(from, end));
    }
  }
  // (s17-plan-c) "phong trào thi đua với chủ đề “Đổi mới, sáng tạo trong dạy và học”": a quote
  // after "chủ đề" that is the movement's name names it; it is no theme of its own.
  // (s26-lists) "Phát động đợt thi đua cao điểm “Thần tốc - Quyết thắng”" (headline) over "… phát động đợt
  // thi đua cao điểm chào mừng kỷ niệm 50 năm …" (lead) and "Với chủ đề “Thần tốc - Quyết thắng”, đợt thi đua
  // diễn ra …" (body): the headline names the drive by its theme, which the body cues as such; the lead
  // names it by its purpose, and that is its name. The quote may be written shorter in the headline ("75
  // ngày hành động …" for "75 ngày đêm hành động …").
  if (mv.theme && mv.name && title_quote_named && words_within(*mv.name, *mv.theme)) {
    if (in_event.dot_phrase && in_event.dot_purpose) {
      mv.name = in_event.dot_phrase;
      mv.kind = in_event.dot_kind;
    } else if (in_event.descriptive && !generic_name(*in_event.descriptive)) {
      mv.name = in_event.descriptive;
      mv.kind = in_event.kind;
    }
  }
  if (mv.theme && mv.name && unit_key(*mv.theme) == unit_key(*mv.name)) mv.theme.reset();
  mv.motto = quote_after(a, k.phuong_cham, phases, true);
  if (!mv.motto) mv.motto = quote_after(a, k.phuong_cham, phases, false);
  // "khẩu hiệu hành động “…”": the same action motto under another name.
  if (!mv.motto) mv.motto = quote_after(a, k.khau_hieu, phases, true);
  if (!mv.motto) mv.motto = quote_after(a, k.khau_hieu, phases, false);
  // (s28-lists) "UBND tỉnh phát động phong trào thi đua năm 2024 với tinh thần: “A; B; C”": the spirit a launch
  // gives its movement, quoted in the launching clause, is its motto — not a spirit of other work ("tạo khí thế
  // thi đua sôi nổi với tinh thần “…”", "phát huy tinh thần “…”": no launch before it).
  if (!mv.motto) {
    static const std::vector<std::string> voi_tinh_than = phrase_keys("với tinh thần"), phat_dong = phrase_keys("phát động");
    for (int32_t i = 0; i + 3 < doc.size() && !mv.motto; ++i) {
      if (!seq_at(doc, i, voi_tinh_than)) continue;
      int32_t q = i + 3;
      if (doc.is_punct(q, ":")) ++q;
      const Quote* quote = doc.quote_opening(q);
      if (!quote || !quote->closed) continue;
      const Sentence& sen = doc.sentence_of(i);
      int32_t launch = -1;
      for (int32_t t = i - 1; t >= sen.first && launch < 0; --t) {
        if (doc.is_punct(t, ";")) break;
        if (seq_at(doc, t, phat_dong)) launch = t;
      }
      if (launch >= 0 && (contains_seq(doc, launch, i, k.phong_trao) || contains_seq(doc, launch, i, k.thi_dua)))
        mv.motto = clean(doc.quote_text(*quote));
    }
  }

  const std::optional<Date> now = event.date ? event.date : a.dates.document_date;
  if (movement_range >= 0) {
    const DateRange& r = a.dates.ranges[movement_range];
    const DateMention* s = r.start >= 0 ? &a.dates.mentions[r.start] : nullptr;
    const DateMention* e = r.end >= 0 ? &a.dates.mentions[r.end] : nullptr;
    const std::optional<Date> end_written = e ? date_as_written(*e, true) : std::nullopt;
    if (s) mv.start_from.source = std::string(doc.text_of(s->first, s->last));
    if (e) mv.end_from.source = std::string(doc.text_of(e->first, e->last));
    if (r.start_now) {
      mv.start = now;
      mv.start_from = {"từ nay", "ngày diễn ra sự kiện (“từ nay”)"};
    } else if (s && s->has_year()) {
      mv.start = date_as_written(*s, false);
    } else if (s && end_written) {
      mv.start = date_on_or_before(*s, *end_written, false);
      mv.start_from.note = "năm lấy từ ngày kết thúc";
    } else if (s && now) {
      mv.start = date_on_or_after(*s, *now, false);
      // (s17-plan-c) "Ngày 3-2, … phát động đợt thi đua cao điểm … diễn ra từ ngày 1-2 đến 2-3": a
      // campaign begun a few days before its ceremony began in the ceremony's year, not the next.
      if (const auto same_year = date_in_year(*s, now->year(), false);
          same_year && *same_year < *now && now->days() - same_year->days() <= 31)
        mv.start = same_year;
      mv.start_from.note = "năm lấy từ ngày của sự kiện";
    }
    if (e && e->has_year()) {
      mv.end = end_written;
    } else if (e && mv.start) {
      mv.end = date_on_or_after(*e, *mv.start, true);
      mv.end_from.note = "năm lấy từ ngày bắt đầu";
    } else if (e) {
      if (const int y = a.dates.nearest_year(e->first)) mv.end = date_in_year(*e, y, true);
      mv.end_from.note = "năm lấy từ năm gần nhất được nêu trong văn bản";
    }
    if (e && e->precision != Precision::kDay && mv.end_from.note.empty()) mv.end_from.note = "ngày cuối của tháng/năm";
  }
  return mv;
}

std::vector<PhaseResult> resolve_phases(const Analysis& a, const std::vector<PhaseMention>& phases, int announced,
                                        std::optional<Date> now, std::optional<Date> movement_start) {
  std::vector<const PhaseMention*> sorted;
  for (const PhaseMention& p : phases) sorted.push_back(&p);
  std::stable_sort(sorted.begin(), sorted.end(), [](auto* x, auto* y) { return x->ordinal < y->ordinal; });
  std::vector<PhaseResult> out;
  std::optional<Date> previous_end;
  for (const PhaseMention* p : sorted) {
    PhaseResult r;
    r.ordinal = p->ordinal;
    r.title = p->title;
    if (p->range >= 0) {
      const DateRange& range = a.dates.ranges[p->range];
      const DateMention* s = range.start >= 0 ? &a.dates.mentions[range.start] : nullptr;
      const DateMention* e = range.end >= 0 ? &a.dates.mentions[range.end] : nullptr;
      const std::optional<Date> end_written = e ? date_as_written(*e, true) : std::nullopt;
      const std::optional<Date> after = previous_end ? std::optional<Date>(previous_end->add_days(1)) : movement_start;
      const Document& doc = a.doc;
      if (s) r.start_from.source = std::string(doc.text_of(s->first, s->last));
      if (e) r.end_from.source = std::string(doc.text_of(e->first, e->last));
      if (range.start_now) {
        r.start = now;
        r.start_from = {"từ nay", "ngày diễn ra sự kiện (“từ nay”)"};
      } else if (s && s->has_year()) {
        r.start = date_as_written(*s, false);
      } else if (s && end_written) {
        r.start = date_on_or_before(*s, *end_written, false);
        r.start_from.note = "năm lấy từ ngày kết thúc của đợt";
      } else if (s && after) {
        r.start = date_on_or_after(*s, *after, false);
        r.start_from.note = previous_end ? "năm lấy từ đợt trước" : "năm lấy từ ngày bắt đầu phong trào";
      } else if (s) {
        if (const int y = a.dates.nearest_year(s->first)) r.start = date_in_year(*s, y, false);
        r.start_from.note = "năm lấy từ năm gần nhất được nêu trong văn bản";
      }
      if (e && e->has_year()) {
        r.end = end_written;
      } else if (e && r.start) {
        r.end = date_on_or_after(*e, *r.start, true);  // an end before the start rolls on a year
        r.end_from.note = "năm lấy từ ngày bắt đầu của đợt";
      } else if (e && after) {
        r.end = date_on_or_after(*e, *after, true);
        r.end_from.note = "năm lấy từ đợt trước";
      }
    }
    if (r.end) previous_end = r.end;
    out.push_back(std::move(r));
  }
  // "Đợt 2 từ tháng 7/2025; Đợt 3 từ tháng 10/2025 …": a phase with no end written ends the day
  // before the next one starts (inferred).
  for (size_t k = 0; k + 1 < out.size(); ++k) {
    PhaseResult& r = out[k];
    const PhaseResult& next = out[k + 1];
    if (r.end || !r.start || !next.start || next.ordinal != r.ordinal + 1 || !(*r.start < *next.start)) continue;
    r.end = next.start->add_days(-1);
    r.end_from = {next.start_from.source, "ngày kết thúc suy ra từ ngày bắt đầu của đợt sau"};
  }
  // Phases announced but not described ("chia làm 3 đợt") are listed with what is unknown null.
  for (int o = 1; o <= announced; ++o) {
    if (std::none_of(out.begin(), out.end(), [&](const PhaseResult& r) { return r.ordinal == o; })) {
      PhaseResult r;
      r.ordinal = o;
      out.push_back(r);
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const PhaseResult& x, const PhaseResult& y) { return x.ordinal < y.ordinal; });
  return out;
}

namespace {

// (s20-contents) The items of [first, last) cut at ";" only, each past its enumerator and its link
// words, "và" before a capitalised verb of action opening an item too.
std::vector<std::string> plain_items(const Analysis& a, int32_t first, int32_t last) {
  std::vector<std::string> items;
  for (std::string& item : content_items(a, first, last, -1)) items.push_back(std::move(item));
  return items;
}

// (s20-contents) "… với các nội dung: A; B. Đồng thời, tiếp tục C; D.": a list after a plural head
// runs on over the next sentences of its paragraph while each opens (past a link word) with a verb
// of action and no subject of its own; their items, cut at ";".
std::vector<std::string> continued_items(const Analysis& a, int32_t sentence) {
  const Document& doc = a.doc;
  std::vector<std::string> items;
  const int32_t line = doc.sentences[static_cast<size_t>(sentence)].line;
  for (size_t si = static_cast<size_t>(sentence) + 1; si < doc.sentences.size(); ++si) {
    const Sentence& e = doc.sentences[si];
    if (e.line != line) break;
    const int32_t f = after_link_words(doc, e.first, e.last);
    if (!action_verbs().match(doc, f, e.last)) break;
    for (std::string& item : plain_items(a, f, e.last)) items.push_back(std::move(item));
  }
  return items;
}

// (s24-contents) "Năm 2024, các đơn vị đã thực hiện tốt các nội dung: A; B; C": before the head, in
// its sentence, "đã" and a verb of work done — the results of a period reviewed, not contents ahead
// ("đã thống nhất ký giao ước … với các nội dung: …" still heads them).
// Also a meeting's business a few words before the head ("Hội nghị đã thảo luận, thống nhất các nội
// dung: báo cáo …; phương hướng …; bầu Khối trưởng"): its agenda, not contents — unless the words between
// name the emulation the contents are of ("đã thảo luận và thông qua nội dung giao ước thi đua … với các
// nội dung trọng tâm như …").
bool reported_done(const Document& doc, int32_t first, int32_t head) {
  static const std::string da = word_key("đã");
  static const std::vector<std::string> thi_dua = phrase_keys("thi đua"), giao_uoc = phrase_keys("giao ước");
  // (s25-contents) "Kế thừa những kết quả đã đạt được …; tiếp tục phát huy …, Chủ tịch UBND tỉnh phát động
  // … với các nội dung chủ yếu sau:": only the head's own clause, after the last ";" before it, tells.
  for (int32_t u = head - 1; u > first; --u)
    if (doc.is_punct(u, ";")) {
      first = u + 1;
      break;
    }
  for (int32_t u = first; u + 1 < head; ++u) {
    if (doc.is_key(u, da) && lexicon::done_verbs().match(doc, u + 1, head)) return true;
    // (s27-lists) "… hội nghị đã thảo luận và thống nhất đề ra nhiều nội dung trọng tâm cần triển khai …": what
    // the meeting discussed and then agreed to set out is work set ahead, not its agenda.
    // Agreed to set out ("thống nhất đề ra"), not an agenda agreed ("thảo luận, thống nhất các nội dung: đánh giá
    // kết quả …; phương hướng …; bầu Khối trưởng").
    static const std::vector<std::string> de_ra = phrase_keys("đề ra");
    bool agreed = false;
    for (int32_t w = u + 1; w < head && !agreed; ++w)
      if (const auto m = lexicon::agreed_verbs().match(doc, w, head)) agreed = seq_at(doc, w + m.length, de_ra);
    if (u + 8 >= head && lexicon::agenda_verbs().match(doc, u, head) && !contains_seq(doc, u, head, thi_dua) &&
        !contains_seq(doc, u, head, giao_uoc) && !agreed)
      return true;
  }
  return false;
}

// (s25-lists2) "Năm qua, các xã đã tổ chức nhiều hoạt động … như: A; B": "đã" before the head in its clause
// tells of work done — unless what follows it is what the meeting agreed or discussed ("các Đài … đã thảo
// luận, thống nhất các mục tiêu, nhiệm vụ … như: …"), which is work ahead.
bool told_done(const Document& doc, int32_t first, int32_t head) {
  static const std::string da = word_key("đã");
  for (int32_t u = head - 1; u > first; --u)
    if (doc.is_punct(u, ";")) {
      first = u + 1;
      break;
    }
  for (int32_t t = first; t < head; ++t)
    if (doc.is_key(t, da) && !lexicon::agreed_verbs().match(doc, t + 1, head)) return true;
  return false;
}

// (s24-contents) "Theo đó, đợt thi đua tập trung vào: A; B; C", "Phong trào thi đua tập trung thực hiện
// vào:" over lines: what an emulation named earlier in the sentence focuses on, after a colon, with no
// word for the contents — its items cut at ";" (three or more), or the lines below (two or more).
std::vector<std::string> focus_of_emulation(const Analysis& a) {
  const Document& doc = a.doc;
  const Keys& k = keys();
  static const std::vector<std::string> tap_trung = phrase_keys("tập trung"), thuc_hien = phrase_keys("thực hiện"),
                                        phat_dong = phrase_keys("phát động");
  static const std::string vao = word_key("vào");
  for (const Sentence& s : doc.sentences) {
    for (int32_t i = s.first + 2; i + 2 < s.last; ++i) {
      if (!seq_at(doc, i, tap_trung)) continue;
      int32_t c = i + 2;
      if (seq_at(doc, c, thuc_hien)) c += 2;
      // (s28-lists) "UBND phường phát động phong trào thi đua giai đoạn 2025 – 2030, tập trung vào A, B, C và
      // D; khen thưởng …": the launch's own clause after its comma, with no colon — the items cut at commas
      // up to ";" or the sentence's end (three or more, each a few words; a last "và" stays in its item).
      if (doc.is_key(c, vao) && doc.is_punct(i - 1, ",") && !doc.is_punct(c + 1, ":") &&
          contains_seq(doc, s.first, i, phat_dong) && contains_seq(doc, s.first, i, k.thi_dua) &&
          !reported_done(doc, s.first, i) && !told_done(doc, s.first, i)) {
        int32_t end = c + 1;
        while (end < s.last && !doc.is_punct(end, ";") && !doc.is_punct(end, ":") && !doc.is_punct(end, ".")) ++end;
        std::vector<std::string> items;
        int32_t from = c + 1;
        bool ok = true;
        for (int32_t u = from; u <= end && ok; ++u) {
          if (u < end && !doc.is_punct(u, ",")) {
            ok = doc.is_word(u) || doc.is_punct(u, "-") || doc.is_punct(u, "–");
            continue;
          }
          ok = u > from && u - from <= 16;
          if (ok) items.push_back(clean(doc.text_of(from, u)));
          from = u + 1;
        }
        if (ok && items.size() >= 3) return items;
        continue;
      }
      if (!doc.is_key(c, vao) || !doc.is_punct(c + 1, ":") || !contains_seq(doc, s.first, i, k.thi_dua) ||
          reported_done(doc, s.first, i))
        continue;
      if (c + 2 >= s.last) {
        std::vector<std::string> items = items_below(a, s.line);
        if (items.size() >= 2) return items;
        continue;
      }
      std::vector<std::string> items = content_items(a, c + 2, s.last, 0);
      for (std::string& m : continued_items(a, doc.tokens[c + 2].sentence)) items.push_back(std::move(m));
      if (items.size() >= 3) return items;
    }
  }
  return {};
}

// (s24-contents) "… thực hiện có hiệu quả các phong trào thi đua như: “A”; “B”; “C”", "… đẩy mạnh
// các phong trào thi đua, cuộc vận động do … phát động như Lao động giỏi, Lao động sáng tạo, Giỏi
// việc nước, đảm việc nhà, Toàn dân đoàn kết …, đô thị văn minh…, gắn với …": the movements a plural
// head lists after "như" are the contents — one quotation an item (two or more), or names each
// opening with a capital (three or more), a comma before a small letter staying inside a name; the
// list ends at the sentence's end, at "…" or at a comma before words tying it on ("gắn với").
std::vector<std::string> listed_movements(const Analysis& a) {
  const Document& doc = a.doc;
  const Keys& k = keys();
  static const std::string cac = word_key("các"), nhung_ = word_key("những"), va = word_key("và");
  static const std::vector<std::string> phong_trao = phrase_keys("phong trào");
  for (const Sentence& s : doc.sentences) {
    for (int32_t i = s.first; i + 3 < s.last; ++i) {
      // (s25-contents) "… triển khai thực hiện có hiệu quả phong trào thi đua do Tỉnh phát động như A;
      // phong trào B; phong trào C": without "các", the movements only as a list cut at ";".
      const bool plural = (doc.is_key(i, cac) || doc.is_key(i, nhung_)) && seq_at(doc, i + 1, phong_trao);
      if (!plural && !(seq_at(doc, i, phong_trao) && !doc.is_key(i - 1, cac) && !doc.is_key(i - 1, nhung_))) continue;
      // (s25-contents) "Các đơn vị đã tập trung triển khai có hiệu quả các phong trào thi đua như: …": the
      // movements of a year reviewed, not contents.
      if (reported_done(doc, s.first, i) || told_done(doc, s.first, i)) continue;
      int32_t nhu = -1;
      for (int32_t t = i + (plural ? 3 : 2); t < s.last && t < i + 30 && nhu < 0; ++t) {
        if (doc.is_key(t, k.nhu)) nhu = t;
        else if (doc.tokens[t].kind == TokenKind::kPunct && !doc.is_punct(t, ",")) break;
      }
      if (nhu < 0) continue;
      int32_t f = nhu + 1;
      if (doc.is_punct(f, ":")) ++f;
      std::vector<std::string> items;
      if (const auto spans = semicolon_spans(doc, f, s.last); spans.size() >= 3 && !doc.quote_opening(f)) {
        for (auto [sf, sl] : spans) {
          while (sl > sf && (doc.is_punct(sl - 1, ".") || doc.is_punct(sl - 1, "\u2026") || doc.is_punct(sl - 1, "...")))
            --sl;
          int32_t words = 0;
          for (int32_t t = sf; t < sl; ++t) words += doc.is_word(t) ? 1 : 0;
          // "… phong trào thi đua của khối đạt nhiều thành tích đã đề ra như: 10/10 đơn vị …; 100% …": figures
          // are targets or results, not movements.
          if (words == 0 || words > 24 || doc.is_number(sf)) break;
          items.push_back(clean(doc.text_of(sf, sl)));
        }
        if (items.size() == spans.size()) return items;
        items.clear();
      }
      if (!plural) continue;
      // "… các phong trào thi đua cụ thể như:" closing its line over "- “A”;" / "- “B”;": one a line.
      if (f >= s.last && s.last == doc.lines[s.line].last) {
        for (std::string& item : items_below(a, s.line)) {
          static const std::string open = "\u201C", close = "\u201D";
          if (item.rfind(open, 0) == 0 && item.size() > open.size() + close.size() &&
              item.compare(item.size() - close.size(), close.size(), close) == 0 &&
              item.find(open, open.size()) == std::string::npos)
            item = item.substr(open.size(), item.size() - open.size() - close.size());
          items.push_back(std::move(item));
        }
        if (items.size() >= 2) return items;
        continue;
      }
      if (doc.quote_opening(f)) {
        for (int32_t u = f; u < s.last;) {
          const Quote* q = doc.quote_opening(u);
          if (!q || !q->closed) break;
          items.push_back(doc.quote_text(*q));
          u = q->last + 1;
          if (doc.is_punct(u, ",") || doc.is_punct(u, ";")) ++u;
          if (doc.is_key(u, va)) ++u;
          // (s25-lists2) "… như “A”, “B”, phong trào “C” và cuộc vận động “D”": a later item may name its
          // own kind before its quotation.
          if (const auto m = movement_words().match(doc, u, s.last); m && doc.quote_opening(u + m.length)) u += m.length;
        }
        if (items.size() >= 2) return items;
        continue;
      }
      if (f >= s.last || !doc.tokens[f].capitalised) continue;
      int32_t from = f;
      bool ok = true;
      for (int32_t u = f; u <= s.last && ok; ++u) {
        const bool end = u == s.last || doc.is_punct(u, "\u2026") || doc.is_punct(u, "...");
        const bool sep = !end && (doc.is_punct(u, ",") || doc.is_punct(u, ";") || doc.is_key(u, va));
        if (!end && !sep) continue;
        if (sep && !(u + 1 < s.last && doc.tokens[u + 1].capitalised)) {
          if (doc.is_punct(u, ",") && lexicon::list_ties().match(doc, u + 1, s.last)) {
            items.push_back(clean(doc.text_of(from, u)));
            break;
          }
          continue;  // a comma inside a name: "Giỏi việc nước, đảm việc nhà"
        }
        ok = u > from && u - from <= 16;
        if (ok) items.push_back(clean(doc.text_of(from, u)));
        from = u + 1;
        if (end) break;
      }
      if (ok && items.size() >= 3) return items;
    }
  }
  return {};
}

// (s24-form) The last resort of a text whose contents no wording opens: its most list-like run of
// items, read by the list's form and not by the words around it — after a colon closing a clause of
// three or more words, items cut at ";" (or at "," when each opens with a verb of action), or the lines
// below the clause one an item, marked ("-", "+", "•", "a)", "1.", "1-", "1/") or plain lines each
// opening with a verb of action. Three or more items (two gave 8 wrong items in 4 development texts
// and no right one); the longest list wins. Only in a text about work ahead (`ahead`). Not the list of those
// awarded, present, or reported done, a meeting's agenda, a schedule, a list of bodies or people, a
// web page's menu (a clause too short), nor items that are figures (targets, owned by extract_targets).
using Span = std::pair<int32_t, int32_t>;

std::vector<Span> lines_below(const Analysis& a, int32_t head) {
  const Document& doc = a.doc;
  std::vector<Span> spans;
  const int32_t n = static_cast<int32_t>(doc.lines.size());
  const int32_t first = head + 1;
  if (first >= n) return spans;
  const int level = doc.lines[first].level;
  for (int32_t ln = first; ln < n; ++ln) {
    const Line& l = doc.lines[ln];
    if (l.level != level || l.first >= l.last) break;
    if (level == 0 && (l.heading || !action_verbs().match(doc, after_link_words(doc, l.first, l.last), l.last))) break;
    int32_t end = l.last;
    while (end > l.first && (doc.is_punct(end - 1, ";") || doc.is_punct(end - 1, ".") || doc.is_punct(end - 1, ","))) --end;
    spans.emplace_back(l.first, end);
  }
  return spans;
}

// What a clause closed by a colon must not be for its list to be contents.
bool heads_no_contents(const Analysis& a, int32_t first, int32_t colon) {
  const Document& doc = a.doc;
  static const std::string da = word_key("đã");
  int32_t words = 0;
  for (int32_t t = first; t < colon; ++t) words += doc.is_word(t) ? 1 : 0;
  if (words < 3) return true;  // "Giới thiệu:", "Chuyên mục:": a page's menu, a form's label
  if (doc.is_key(colon - 1, da) || reported_done(doc, first, colon) || told_done(doc, first, colon)) return true;
  if (awarding_in(doc, first, colon)) return true;
  for (int32_t t = first; t < colon; ++t) {
    if (lexicon::not_contents_heads().match(doc, t, colon) || lexicon::agenda_verbs().match(doc, t, colon)) return true;
    // "… gồm các sở: Y tế; Tư pháp; …": a unit's head closing the clause lists bodies by their names.
    if (const auto h = lexicon::unit_heads().match(doc, t, colon); h && t + h.length == colon) return true;
  }
  return false;
}

std::vector<std::string> list_by_form(const Analysis& a) {
  const Document& doc = a.doc;
  std::vector<std::string> best;
  for (const Sentence& s : doc.sentences) {
    for (int32_t c = s.first + 1; c < s.last; ++c) {
      if (!doc.is_punct(c, ":") || (doc.is_number(c - 1) && doc.glued(c))) continue;
      // "khẩu hiệu “Công an 7 tỉnh biên giới phía Bắc: A, B, C”": a colon inside a quotation.
      if (std::any_of(doc.quotes.begin(), doc.quotes.end(), [&](const Quote& q) { return q.first <= c && c < q.last; })) continue;
      if (heads_no_contents(a, s.first, c)) continue;
      std::vector<Span> spans;
      if (c + 1 >= doc.lines[s.line].last) {
        spans = lines_below(a, s.line);
      } else {
        spans = semicolon_spans(doc, c + 1, s.last);
        // "…: tổ chức A, vận động B, phát động C": one span, each piece opening with a verb of action.
        if (spans.size() == 1) spans = action_spans(doc, spans[0].first, spans[0].second, false, false);
      }
      if (spans.size() < 3 || spans.size() <= best.size() || documents_listed(doc, spans)) continue;
      std::vector<std::string> items;
      bool refused = false;
      for (auto [f, l] : spans) {
        f = after_link_words(doc, after_enumerator(doc, f, l), l);
        while (l > f && doc.is_punct(l - 1, ".")) --l;
        int32_t words = 0, persons = 0;
        bool percent = false;
        for (int32_t t = f; t < l; ++t) {
          words += doc.is_word(t) ? 1 : 0;
          persons += a.name_starts[static_cast<size_t>(t)] ? 1 : 0;
          if (const int32_t m = a.numbers.number_at[static_cast<size_t>(t)]; m >= 0) percent |= a.numbers.numbers[static_cast<size_t>(m)].percent;
        }
        // Those present or awarded by name, a programme's items, a body alone: no list of contents.
        // A body opening the item ("Agribank (các chi nhánh: …)", "Công an tỉnh A với mô hình …"): bodies listed.
        const auto u = match_unit(doc, f, l, a.unit_options());
        if (persons > 0 || lexicon::agenda_items().match(doc, f, l) || (u && u->first == f) || lexicon::body_heads().match(doc, f, l)) {
          refused = true;
          break;
        }
        // Figures ("100% công an xã đạt …", "05 mô hình …") are targets; a short noun phrase with no
        // verb of action a place, a name or a menu's entry ("Tuyến quốc lộ 1A; khu công nghiệp").
        if (percent || doc.is_number(f) || words < 3 || (words < 4 && !action_verbs().match(doc, f, l))) continue;
        std::string item = clean(doc.text_of(f, l));
        if (!item.empty()) items.push_back(std::move(item));
      }
      // "gồm 4 nội dung: A, B, C": a count in the clause the items do not make contradicts the list.
      int announced = 0;
      for (int32_t t = s.first; t < c; ++t)
        if (const int32_t m = a.numbers.number_at[static_cast<size_t>(t)]; m >= 0) {
          const NumberMention& n = a.numbers.numbers[static_cast<size_t>(m)];
          if (n.integer && !n.percent && n.value >= 2 && n.value <= 20 && n.last < c && doc.is_word(n.last)) announced = static_cast<int>(n.value);
        }
      if (announced > 0 && static_cast<int>(items.size()) != announced) continue;
      if (!refused && items.size() >= 3 && items.size() > best.size()) best = std::move(items);
    }
  }
  return best;
}

}  // namespace

// (s28-lists2) After a pledge's verb, ", phấn đấu" and the year striven in ("cam kết, phấn đấu năm 2025 A; B;
// C"): where the terms begin, or `from` when there is no such aim; -1 when a figure other than the year stands
// in the terms (targets, not contents).
int32_t past_striving(const Document& doc, int32_t from, int32_t end) {
  static const std::vector<std::string> phan_dau = phrase_keys("phấn đấu");
  static const std::string nam = word_key("năm"), trong = word_key("trong");
  int32_t f = from;
  if (doc.is_punct(f, ",")) ++f;
  if (!seq_at(doc, f, phan_dau)) return from;
  f += 2;
  if (doc.is_key(f, trong) && doc.is_key(f + 1, nam)) ++f;
  if (doc.is_key(f, nam) && doc.is_number(f + 1)) f += 2;
  for (int32_t u = f; u < end; ++u)
    if (doc.is_number(u)) return -1;
  return f;
}

std::vector<std::string> extract_contents(const Analysis& a, bool ahead) {
  const Document& doc = a.doc;
  const Keys& k = keys();
  static const std::string cac = word_key("các"), nhung_ = word_key("những");
  // (s20-contents) "Nội dung thi đua là đẩy mạnh A, nâng cao B.", "Nội dung giao ước thi đua tập
  // trung triển khai A; B; C.": a sentence opening with a singular head and going straight on with
  // a verb of action names the contents in the rest of that sentence, cut at ";" only (its commas
  // inside; the sentences after it tell more of it, as under "nội dung thi đua trọng tâm là:"). Not
  // a sentence ending with a colon over a list ("Nội dung thi đua tập trung vào 3 việc …, đó là:").
  for (const Sentence& s : doc.sentences) {
    int32_t i = s.first;
    // (s25-contents) "Theo đó, nội dung thi đua tập trung hoàn thành A; B; C": past the link to the sentence before.
    static const std::vector<std::string> theo_do = phrase_keys("theo đó");
    if (seq_at(doc, i, theo_do) && doc.is_punct(i + 2, ",")) i += 3;
    if (!seq_at(doc, i, k.noi_dung) || doc.is_punct(s.last - 1, ":")) continue;
    static const std::vector<std::string> giao_uoc = phrase_keys("giao ước"), ky_ket = phrase_keys("ký kết"),
                                          tap_trung = phrase_keys("tập trung");
    int32_t v = i + 2;
    if (seq_at(doc, v, giao_uoc) || seq_at(doc, v, ky_ket)) v += 2;
    if (seq_at(doc, v, k.thi_dua)) v += 2;
    if (v == i + 2) continue;  // "Nội dung" alone: what follows may be anything
    if (doc.is_key(v, k.la)) ++v;
    else if (seq_at(doc, v, tap_trung)) {
      v += 2;
      if (doc.is_key(v, word_key("vào"))) ++v;
    }
    bool colon = false;
    for (int32_t t = v; t < s.last && !colon; ++t) colon = doc.is_punct(t, ":");
    if (colon) continue;
    const auto verb = action_verbs().match(doc, v, s.last);
    // "Nội dung thi đua thực hiện theo Kế hoạch số 12 …": how it is done, not what it holds.
    if (!verb || doc.is_key(v + verb.length, word_key("theo"))) continue;
    std::vector<std::string> items = plain_items(a, v, s.last);
    // (s25-contents) "… A; B; C... Đồng thời vận động hội viên …": a list of three or more runs on over
    // the next sentences of its paragraph that open with a verb of action (one item names one content
    // whose sentences after it tell more of it).
    if (items.size() >= 3)
      for (std::string& m : continued_items(a, doc.tokens[v].sentence)) items.push_back(std::move(m));
    if (!items.empty()) return items;
  }
  // A section "II. NỘI DUNG THI ĐUA" with its list items.
  for (int32_t li = 0; li < static_cast<int32_t>(doc.lines.size()); ++li) {
    const Line& line = doc.lines[li];
    if (!line.heading || !contains_seq(doc, line.first, line.last, k.noi_dung)) continue;
    // (s24-contents) "II. NỘI DUNG, CHỈ TIÊU THI ĐUA" over "1. Nội dung" and "2. Chỉ tiêu": the
    // contents are under the sub-heading of their own, met next.
    bool sub_heading = false;
    for (int32_t lj = li + 1; lj < static_cast<int32_t>(doc.lines.size()) && !sub_heading; ++lj) {
      const Line& sub = doc.lines[lj];
      if (sub.level > 0 && line.level > 0 && sub.level <= line.level) break;
      sub_heading = sub.heading && sub.level > line.level && seq_at(doc, sub.first, k.noi_dung);
    }
    if (sub_heading) continue;
    std::vector<std::string> items = items_below(a, li);
    // (s25-lists2) "II. Nội dung thi đua" / "Các tập thể, cá nhân … phấn đấu thực hiện tốt những nhiệm vụ sau
    // đây:" / "- A." / "- B.": a line of its own closed by a colon introduces the section's list.
    if (items.empty() && li + 1 < static_cast<int32_t>(doc.lines.size())) {
      const Line& intro = doc.lines[li + 1];
      if (intro.level == 0 && !intro.heading && doc.is_punct(intro.last - 1, ":")) items = items_below(a, li + 1);
    }
    if (!items.empty()) return items;
  }
  // "… với nội dung thi đua: A; B; C." in running text; also "với 7 nội dung chính gồm: A; B; …",
  // "các nội dung trọng tâm như: A; B". Not a list of targets ("nội dung, chỉ tiêu như: …").
  std::vector<std::string> noi_dung_thi_dua = k.noi_dung;
  noi_dung_thi_dua.insert(noi_dung_thi_dua.end(), k.thi_dua.begin(), k.thi_dua.end());
  for (const Sentence& s : doc.sentences) {
    for (int32_t i = s.first; i + 2 <= s.last; ++i) {
      if (!seq_at(doc, i, k.noi_dung)) continue;
      if (reported_done(doc, s.first, i)) continue;
      // (s28-lists2) "một số tiêu chí trong nội dung chấm điểm thi đua của khối, như A, B": the points a group's
      // marking scheme scores, not the movement's contents.
      static const std::vector<std::string> cham_diem = phrase_keys("chấm điểm");
      if (seq_at(doc, i + 2, cham_diem)) continue;
      // (s24-counts) "xoay quanh 03 nội dung chính “Xung kích, sáng tạo, tình nguyện”", "với 4 nội
      // dung “Đoàn kết, sáng tạo, trách nhiệm, hội nhập”": a quotation right after counted contents
      // (and the words qualifying them) that lists as many pieces names them.
      if (const int counted = announced_before(a, i)) {
        int32_t q = i + 2;
        for (int steps = 0; steps < 3; ++steps)
          if (const auto w = lexicon::goal_qualifiers().match(doc, q, s.last)) q += w.length;
        std::vector<std::string> pieces = quoted_pieces(doc, q);
        if (static_cast<int>(pieces.size()) == counted) return pieces;
      }
      int32_t j = i + 2;
      bool colon = false, targets = false, nhu = false;
      if (seq_at(doc, i, noi_dung_thi_dua)) j = i + 4;
      // Up to a few words naming the list, then an optional "gồm"/"như"/"là" and a colon; what was
      // done with the contents may name them ("Nội dung ký kết giao ước thi đua bao gồm: A; B").
      // (s24-contents) A sentence opening with the head may name its list at more length before the
      // colon ("Nội dung giao ước thi đua năm 2025 của Cụm tập trung vào 3 nhóm nhiệm vụ: A; B; C").
      // (s27-lists) "… thống nhất đề ra nhiều nội dung trọng tâm cần triển khai thực hiện, như: A, B": a few
      // words more when "như:" closes the naming clause.
      const int32_t near = j + (i == s.first ? 16 : 9);
      const int32_t limit = std::min(s.last, std::max(near, j + 12));
      int32_t t = j;
      for (; t < limit; ++t) {
        if (t >= near && !(doc.is_key(t, k.nhu) && doc.is_punct(t + 1, ":")) && !(doc.is_punct(t, ":") && doc.is_key(t - 1, k.nhu))) {
          t = near;
          break;
        }
        if (doc.is_punct(t, ":")) {
          colon = true;
          break;
        }
        // "các nội dung trọng tâm như A; B; C": "như" opens the list without a colon ("như sau:"
        // does with its colon, s20-contents).
        if (doc.is_key(t, k.nhu) && doc.is_key(t + 1, k.sau) && doc.is_punct(t + 2, ":")) continue;
        if (doc.is_key(t, k.nhu) && !doc.is_punct(t + 1, ":")) {
          nhu = true;
          break;
        }
        // "Theo nội dung giao ước, các đơn vị phấn đấu: …": what is striven for is targets.
        static const std::vector<std::string> phan_dau = phrase_keys("phấn đấu");
        if (seq_at(doc, t, k.chi_tieu) || seq_at(doc, t, phan_dau)) targets = true;
        if (doc.tokens[t].kind == TokenKind::kPunct && !doc.is_punct(t, ",")) break;
      }
      if (targets) continue;
      // (s24-contents) "… thực hiện tốt các nội dung trong Giao ước thi đua, trong đó nhấn mạnh các điểm
      // chính như sau: A; B": the contents' own clause "trong đó …" opens their list with its colon.
      if (!colon && !nhu && doc.is_key(i - 1, cac)) {
        static const std::vector<std::string> trong_do = phrase_keys("trong đó");
        for (int32_t u = j; u < limit && !colon; ++u) {
          if (!doc.is_punct(u, ",") || !seq_at(doc, u + 1, trong_do)) continue;
          for (int32_t w = u + 3; w < s.last && w < u + 13; ++w) {
            if (doc.is_punct(w, ":")) {
              colon = true;
              t = w;
            }
            if (colon || (doc.tokens[w].kind == TokenKind::kPunct)) break;
          }
          break;
        }
      }
      // "Nội dung thi đua tập trung vào các nhóm nhiệm vụ chủ yếu:" over numbered lines: a line
      // opening with the contents and ending with a colon heads their list, however it words it.
      if (!colon && !nhu && i == doc.lines[s.line].first && doc.is_punct(doc.lines[s.line].last - 1, ":") &&
          doc.lines[s.line].last - i <= 16) {
        bool names_targets = false;
        for (int32_t u = i; u < doc.lines[s.line].last; ++u) names_targets |= seq_at(doc, u, k.chi_tieu);
        if (!names_targets) {
          std::vector<std::string> items = items_below(a, s.line);
          if (items.size() >= 2) return items;
        }
      }
      // "gồm 3 nội dung chính, trong đó trọng tâm là A; B; C", "một số nội dung chủ yếu được đưa ra
      // là A; B; C": a list may open with "là" a few words on; it holds the count announced before
      // "nội dung", or with no count at least three items.
      int32_t la = -1;
      if (!colon && !nhu) {
        for (int32_t u = j; u < std::min(s.last, j + 8); ++u) {
          if (doc.is_key(u, k.la)) {
            la = u;
            break;
          }
          if (doc.tokens[u].kind == TokenKind::kPunct && !doc.is_punct(u, ",")) break;
        }
      }
      int announced = i > s.first ? announced_before(a, i) : 0;
      // "… ký kết 6 nội dung thi đua. Nội dung ký kết … bao gồm: A; B; …": a count of contents
      // announced in an earlier sentence (or the headline) is the list's when it opens its own.
      if (announced == 0 && i == s.first && colon) {
        for (int32_t u = s.first - 1; u > 0; --u)
          if (seq_at(doc, u, k.noi_dung) && (announced = announced_before(a, u)) > 0) break;
      }
      if (la >= 0) {
        std::vector<std::string> items = content_items(a, la + 1, s.last, announced);
        if (announced > 0 ? static_cast<int>(items.size()) == announced : items.size() >= 3) return items;
        continue;
      }
      if (colon || nhu) {
        j = t + 1;
      } else if (seq_at(doc, i, noi_dung_thi_dua)) {
        // "bám sát nội dung thi đua đã đề ra, …": a clause about the contents, not their list.
        // (s17-plan-c) "… thực hiện 8 nội dung thi đua do Trung ương Hội quy định; …": who set them.
        // (s24-contents) "Thực hiện tốt các nội dung thi đua với phương châm A, B, …": the spirit the
        // contents were carried out in, not their list.
        static const Entry kClause[] = {{"đã"},  {"được"}, {"đề ra"}, {"của"}, {"này"}, {"trong"}, {"do"},
                                        {"với phương châm"}, {"với tinh thần"}};
        static const PhraseTable clause(kClause);
        if (clause.match(doc, j, s.last)) continue;
        // (s21-lists) "…, một số tiêu chí chủ yếu, nội dung thi đua khen thưởng, phân công trách
        // nhiệm; …": without its colon, after a comma, the words are an item of another list.
        if (doc.is_punct(i - 1, ",")) continue;
        // (s28-lists2) "gồm có" as "gồm".
        while (j < s.last && (doc.is_key(j, k.la) || doc.is_key(j, k.gom) || doc.is_key(j, k.bao) ||
                              doc.is_key(j, k.sau) || (doc.is_key(j, k.co) && doc.is_key(j - 1, k.gom)))) {
          ++j;
        }
        // "Nội dung thi đua tập trung (vào) các hoạt động …; …": the verb is no part of the first item.
        static const std::vector<std::string> tap_trung = phrase_keys("tập trung"), vao = phrase_keys("vào");
        if (seq_at(doc, j, tap_trung)) {
          j += 2;
          if (seq_at(doc, j, vao)) ++j;
        }
      } else {
        continue;
      }
      if (j >= s.last) {
        std::vector<std::string> items = items_below(a, s.line);
        if (items.size() >= 2) return items;
        // (s16-plan-c) "… thống nhất nội dung giao ước … với các nội dung chính:" closing its line,
        // then (past a photo's caption) a paragraph "A; B; C. D; E": the paragraph is the list, its
        // items cut at semicolons and at its sentences' ends (at least three).
        if (colon && j == doc.lines[s.line].last) {
          int32_t next = s.line + 1;
          while (next < static_cast<int32_t>(doc.lines.size()) && caption_line(doc, next)) ++next;
          if (next < static_cast<int32_t>(doc.lines.size()) && doc.lines[next].level == 0) {
            std::vector<std::string> paragraph;
            for (const Sentence& p : doc.sentences) {
              if (p.line != next) continue;
              for (std::string& item : content_items(a, p.first, p.last, 0)) paragraph.push_back(std::move(item));
            }
            // (s25-contents) Two or more paragraphs each opening with a verb of action: one item a paragraph,
            // its ";" and sentences inside (as a numbered line), read below before the first paragraph's pieces.
            const bool paragraphs = next + 1 < static_cast<int32_t>(doc.lines.size()) && doc.lines[next + 1].level == 0 &&
                                    !doc.lines[next + 1].heading &&
                                    action_verbs().match(doc, after_link_words(doc, doc.lines[next].first, doc.lines[next].last), doc.lines[next].last) &&
                                    action_verbs().match(doc, after_link_words(doc, doc.lines[next + 1].first, doc.lines[next + 1].last), doc.lines[next + 1].last);
            if (!paragraphs && paragraph.size() >= 3 && (announced == 0 || static_cast<int>(paragraph.size()) == announced))
              return paragraph;
            // (s24-contents) "… với các nội dung sau:" over plain lines, their bullets lost in the copy
            // ("Thực hiện tốt …" / "Đẩy mạnh …" / "Xây dựng …"): one item a line while each line opens
            // (past a link word) with a verb of action; the first that does not ends the list.
            std::vector<std::string> lines;
            for (int32_t ln = next; ln < static_cast<int32_t>(doc.lines.size()); ++ln) {
              const Line& l = doc.lines[ln];
              if (l.level != 0 || l.heading || !action_verbs().match(doc, after_link_words(doc, l.first, l.last), l.last))
                break;
              std::string item = clean(doc.text_of(l.first, l.last));
              if (!item.empty()) lines.push_back(std::move(item));
            }
            if (lines.size() >= 2 && (announced == 0 || static_cast<int>(lines.size()) == announced)) return lines;
          }
        }
        continue;
      }
      // (s17-plan-c) "… triển khai thực hiện các nội dung cụ thể: Tuyên truyền về …, nâng cao …. Tổ
      // chức phổ biến …. Tham mưu xây dựng …." — no semicolon after the colon and the paragraph
      // going on: each sentence of it is one item, its commas inside (at least three). Only under a
      // plural head ("các / những nội dung"): "nội dung thi đua trọng tâm là: A. B. C." names one,
      // the sentences after it telling more of it.
      // (Items opening with their ordinals, "Một là, A. Hai là, B.", are read below.)
      if (colon && (doc.is_key(i - 1, cac) || doc.is_key(i - 1, nhung_)) && after_enumerator(doc, j, s.last) == j) {
        bool semicolon = false;
        for (int32_t t = j; t < s.last && !semicolon; ++t) semicolon = doc.is_punct(t, ";");
        std::vector<std::string> sentences;
        if (!semicolon) {
          for (size_t si = static_cast<size_t>(doc.tokens[j].sentence); si < doc.sentences.size(); ++si) {
            const Sentence& e = doc.sentences[si];
            if (e.line != s.line) break;
            std::string item = clean(doc.text_of(si == static_cast<size_t>(doc.tokens[j].sentence) ? j : e.first, e.last));
            if (!item.empty()) sentences.push_back(std::move(item));
          }
        }
        if (sentences.size() >= 3 && (announced == 0 || static_cast<int>(sentences.size()) == announced)) return sentences;
      }
      std::vector<std::string> items = content_items(a, j, s.last, announced);
      // (s20-contents) Under a plural or counted head the list runs on over the paragraph's next
      // sentences that open with a verb of action ("Đồng thời, tiếp tục …").
      if (colon && (doc.is_key(i - 1, cac) || doc.is_key(i - 1, nhung_) || announced > 0)) {
        std::vector<std::string> more = continued_items(a, doc.tokens[j].sentence);
        if (!more.empty()) {
          std::vector<std::string> all = items;
          for (std::string& m : more) all.push_back(std::move(m));
          if (all.size() >= 2 && (announced == 0 || static_cast<int>(all.size()) == announced)) return all;
        }
      }
      if (items.size() >= 2) return items;
      // (s20-contents) One item after the colon: under a singular head ("Về nội dung thi đua trọng
      // tâm là: A. B.") it is the contents, the sentences after it telling more of it; under a
      // plural one only when it closes its paragraph ("Với các nội dung như: A.").
      if (colon && items.size() == 1 && announced == 0 && after_enumerator(doc, j, s.last) == j) {
        const bool plural = doc.is_key(i - 1, cac) || doc.is_key(i - 1, nhung_);
        const size_t next = static_cast<size_t>(doc.tokens[j].sentence) + 1;
        const bool closes = next >= doc.sentences.size() || doc.sentences[next].line != s.line;
        // Not a head counting its items further on ("Nội dung … gồm 4 nội dung: …").
        bool counted = false;
        for (int32_t u = i + 2; u < j && !counted; ++u) counted = doc.is_number(u) || seq_at(doc, u, k.noi_dung);
        if (!counted && (!plural || closes)) return items;
      }
      // "… với các nội dung: Một là, A. Hai là, B. Ba là, C.": items opening with their ordinals,
      // one a sentence, the first after the colon.
      if (after_enumerator(doc, j, s.last) != j) {
        std::vector<std::string> enumerated;
        for (size_t si = static_cast<size_t>(doc.tokens[j].sentence); si < doc.sentences.size(); ++si) {
          const Sentence& e = doc.sentences[si];
          const int32_t from = si == static_cast<size_t>(doc.tokens[j].sentence) ? j : e.first;
          const int32_t f = after_enumerator(doc, from, e.last);
          if (f == from || e.line != s.line) break;
          std::string item = clean(doc.text_of(f, e.last));
          if (item.empty()) break;
          enumerated.push_back(std::move(item));
        }
        if (enumerated.size() >= 2 && (announced == 0 || static_cast<int>(enumerated.size()) == announced)) return enumerated;
      }
    }
  }
  // "… tập trung thực hiện các nhiệm vụ trọng tâm gồm: A; B; C." — the key tasks listed after a
  // colon are the contents (at least three, split by semicolons).
  for (const Sentence& s : doc.sentences) {
    for (int32_t i = s.first; i + 3 < s.last; ++i) {
      // (s20-contents) also "nhiệm vụ cụ thể như: A; B; C", "nhiệm vụ chủ yếu: …"
      static const std::vector<std::string> cu_the = phrase_keys("cụ thể"), chu_yeu = phrase_keys("chủ yếu");
      if (!seq_at(doc, i, k.nhiem_vu) || reported_done(doc, s.first, i)) continue;
      const bool qualified = seq_at(doc, i + 2, k.trong_tam) || seq_at(doc, i + 2, cu_the) || seq_at(doc, i + 2, chu_yeu);
      // (s24-contents) "… phát động cán bộ thi đua thực hiện tốt các nhiệm vụ: A; B; C": the tasks an
      // emulation is for, without a qualifier, after "các" in a sentence of "thi đua".
      if (!qualified && !(doc.is_key(i - 1, cac) && contains_seq(doc, s.first, i, k.thi_dua))) continue;
      int32_t c = qualified ? i + 4 : i + 2;
      // "… nhiệm vụ trọng tâm như: A; B; C"; (s28-lists2) "bao gồm", "gồm có" as "gồm".
      if (const auto o = lexicon::member_openers().match(doc, c, s.last)) c += o.length;
      else if (doc.is_key(c, k.nhu)) ++c;
      if (!qualified && doc.is_key(c, k.sau)) ++c;
      if (!doc.is_punct(c, ":")) continue;
      std::vector<std::string> items = content_items(a, c + 1, s.last, 0);
      // (s20-contents) "… các nhiệm vụ trọng tâm: A; B. Tiếp tục C; D.": the list runs on.
      if (doc.is_key(i - 1, cac) || doc.is_key(i - 1, nhung_) || doc.is_key(i - 1, word_key("nhiều")))
        for (std::string& m : continued_items(a, doc.tokens[c + 1].sentence)) items.push_back(std::move(m));
      if (items.size() >= 3) return items;
    }
  }
  // "… với trọng tâm là A; B; C", "… tập trung nhiều giải pháp đồng bộ như: A; B; C": the focus
  // or the solutions listed are the contents (at least three, split by semicolons).
  static const std::vector<std::string> giai_phap = phrase_keys("giải pháp");
  for (const Sentence& s : doc.sentences) {
    for (int32_t i = s.first; i + 3 < s.last; ++i) {
      int32_t from = -1;
      // (s24-counts) "Đẩy mạnh cải cách hành chính, trọng tâm là A, B …": after a comma, the focus of the
      // one task before it, in a directive with no head of contents (not "…, với trọng tâm là").
      if (seq_at(doc, i, k.trong_tam) && doc.is_key(i + 2, k.la) && !doc.is_punct(i - 1, ",")) from = i + 3;
      // (s25-contents) "Đợt cao điểm diễn ra từ … đến …, trọng tâm A; B; C; D": after a comma, "trọng tâm
      // (là)" over three or more items cut at ";" is the focus of the campaign the sentence is about —
      // not of a task the sentence opens with ("Đẩy mạnh cải cách hành chính, trọng tâm là A; B; C").
      if (seq_at(doc, i, k.trong_tam) && doc.is_punct(i - 1, ",") && i - 1 > s.first) {
        int32_t g = i + 2;
        if (doc.is_key(g, k.la)) ++g;
        if (semicolon_spans(doc, g, s.last).size() >= 3 && !action_verbs().match(doc, after_link_words(doc, s.first, s.last), s.last))
          from = g;
      }
      // (s17-plan-c) "đề ra 8 nội dung giao ước … với mục tiêu quan trọng là A; B; C": the aims the
      // contents announced before are said to hold, listed after "là".
      static const std::vector<std::string> muc_tieu = phrase_keys("mục tiêu");
      if (seq_at(doc, i, muc_tieu) && i > s.first && contains_seq(doc, s.first, i, k.noi_dung) &&
          !contains_seq(doc, s.first, i, k.chi_tieu)) {
        for (int32_t t = i + 2; t < s.last && t <= i + 5 && from < 0; ++t) {
          if (doc.is_key(t, k.la)) from = t + 1;
          if (!doc.is_word(t)) break;
        }
      }
      if (seq_at(doc, i, giai_phap)) {
        for (int32_t t = i + 2; t + 1 < s.last && t < i + 8 && from < 0; ++t) {
          if (doc.is_key(t, k.nhu) && doc.is_punct(t + 1, ":")) from = t + 2;
          if (!doc.is_word(t)) break;
        }
      }
      if (from < 0) continue;
      std::vector<std::string> items = content_items(a, from, s.last, 0);
      // (s25-contents) "… nhiệm vụ trọng tâm là tổ chức phát động phong trào thi đua “A”; phong trào “B”;
      // “C”. Tổ chức sinh hoạt chuyên đề …": a list of three or more runs on over the next sentences
      // of its paragraph that open with a verb of action.
      if (items.size() >= 3)
        for (std::string& m : continued_items(a, doc.tokens[from].sentence)) items.push_back(std::move(m));
      if (items.size() >= 3) return items;
    }
  }
  // (s20-contents) "Theo (nội dung) giao ước thi đua, [các đơn vị] thống nhất A; B; C.", "Theo nội
  // dung phát động, các tổ dân phố tập trung A; B; C": what a pledge or a launch holds, listed after
  // the verb its subject agrees or focuses with (else from the first verb of action), cut at ";"
  // (at least three; a last piece "phấn đấu …" is the aim, and "phấn đấu" before the list makes it
  // targets).
  {
    static const std::string theo = word_key("theo");
    static const std::vector<std::string> giao_uoc = phrase_keys("giao ước"), ky_ket = phrase_keys("ký kết"),
                                          phat_dong = phrase_keys("phát động"), phan_dau = phrase_keys("phấn đấu");
    const PhraseTable& agree = lexicon::pledge_verbs();
    for (const Sentence& s : doc.sentences) {
      int32_t t = s.first;
      if (!doc.is_key(t, theo)) continue;
      ++t;
      // (s27-lists) "… phát động đợt ra quân thực hiện “Cao điểm …”. Theo đó, các cơ quan, đơn vị tiếp tục A; đẩy
      // mạnh B; tổ chức tốt C; nâng cao D.": "Theo đó" right after the sentence launching (or pledging)
      // refers to what it launched — the same as "Theo nội dung phát động".
      static const std::string do_ = word_key("đó");
      const auto launched_before = [&] {
        const int32_t si = doc.tokens[s.first].sentence;
        if (si <= 0) return false;
        const Sentence& prev = doc.sentences[static_cast<size_t>(si - 1)];
        static const std::vector<std::string> ra_quan = phrase_keys("ra quân");
        for (int32_t u = prev.first; u + 1 < prev.last; ++u)
          if (seq_at(doc, u, phat_dong) || seq_at(doc, u, ra_quan) || seq_at(doc, u, giao_uoc) || seq_at(doc, u, ky_ket))
            return true;
        return false;
      };
      // Its subject then goes straight on with a verb of action ("các cơ quan, đơn vị tiếp tục …"), and the
      // list is cut at ";" (not "Theo đó, trong thời gian ra quân, lực lượng … phát huy A, xây dựng B",
      // nor a motto quoted before the subject).
      const auto subject_acts = [&](int32_t c) {
        for (int32_t u = c + 1; u < s.last && u <= c + 12; ++u) {
          if (doc.tokens[u].kind == TokenKind::kPunct && !doc.is_punct(u, ",")) return false;
          if (doc.is_punct(u, ",") && u > c + 1 && !doc.is_word(u + 1)) return false;
          // "Theo đó, 5 đơn vị thống nhất …": the signers' terms, read below with their own commas.
          if (lexicon::signers_verbs().match(doc, u, s.last)) return false;
          if (u > c + 1 && action_verbs().match(doc, u, s.last)) return semicolon_spans(doc, u, s.last).size() >= 3;
        }
        return false;
      };
      if (doc.is_key(t, do_) && doc.is_punct(t + 1, ",") && ahead && launched_before() && subject_acts(t + 1)) {
        ++t;
      } else {
        if (seq_at(doc, t, k.noi_dung)) t += 2;
        if (seq_at(doc, t, giao_uoc) || seq_at(doc, t, ky_ket) || seq_at(doc, t, phat_dong)) t += 2;
        else continue;
      }
      if (seq_at(doc, t, k.thi_dua)) t += 2;
      if (!doc.is_punct(t, ",")) continue;
      int32_t from = -1;
      bool striving = false;
      for (int32_t u = t + 1; u < s.last && u < t + 20 && from < 0; ++u) {
        if (doc.is_punct(u, ";") || doc.is_punct(u, ":")) break;
        striving |= seq_at(doc, u, phan_dau);
        if (const auto m = agree.match(doc, u, s.last)) from = u + m.length;
      }
      if (from < 0)
        for (int32_t u = t + 2; u < s.last && u < t + 20 && from < 0; ++u) {
          if (doc.is_punct(u, ";")) break;
          striving |= seq_at(doc, u, phan_dau);
          if (action_verbs().match(doc, u, s.last)) from = u;
        }
      // (s28-lists2) "…, các thành viên giao ước thi đua, phấn đấu năm 2024 A; B; C": the terms after the aim.
      if (from >= 0 && doc.is_punct(from, ",")) from = past_striving(doc, from, s.last);
      if (from < 0 || striving || seq_at(doc, from, phan_dau)) continue;
      // "Theo giao ước, các đơn vị cam kết … với các chỉ tiêu: A; B": a head of its own inside.
      bool colon = false;
      for (int32_t u = from; u < s.last && !colon; ++u) colon = doc.is_punct(u, ":");
      if (colon) continue;
      std::vector<std::string> items = content_items(a, from, s.last, 0);
      if (items.size() > 3 && items.back().rfind("phấn đấu", 0) == 0) items.pop_back();
      if (items.size() >= 3) return items;
    }
  }
  // (s25-contents) "8 đơn vị thống nhất tập trung thực hiện A, chủ động tham mưu B; tiếp tục C, nhân rộng
  // D.", "Các đơn vị trong Khối cam kết …": in a text about a pledge or a launch, a sentence whose subject
  // is the signing units (a figure or "các" before "đơn vị" / "địa phương" / "bên", a few words naming
  // them) and whose verb agrees or commits ("thống nhất", "cam kết", "quyết tâm") holds the pledge's terms:
  // its clauses each led by a verb of action, cut at ";" and at ", " before such a verb (three or more);
  // a clause of purpose ("…, đảm bảo an toàn …") stays with the clause before it. Not people's promises
  // ("các đồng chí Chủ tịch Hội … cam kết …"), nor two clauses, nor a list under a head of its own (a colon).
  {
    const PhraseTable& signers = lexicon::signer_nouns();
    static const std::string toan = word_key("toàn"), trong = word_key("trong"), nam_ = word_key("năm");
    // "các trường thuộc Cụm thi đua số 4 tập trung đẩy mạnh A; tiếp tục B; …": what the signers focus on.
    const PhraseTable& agree = lexicon::pledge_verbs();
    static const Entry kPurpose[] = {{"đảm bảo"}, {"bảo đảm"}, {"góp phần"}, {"nhằm"}};
    static const PhraseTable purpose(kPurpose);
    for (const Sentence& s : doc.sentences) {
      // The subject opens the sentence, or follows a fronted phrase and its comma ("Với chủ đề “…” trong
      // năm học 2017-2018, các trường thuộc Cụm …").
      int32_t t = after_link_words(doc, s.first, s.last);
      // (s28-lists) "Năm 2023, Khối tiếp tục A; phấn đấu B; C": the group itself, by its bare kind word ("Khối",
      // "Cụm") right before a verb of action, is the signers as a whole.
      static const Entry kGroupWords[] = {{"khối"}, {"cụm"}};
      static const PhraseTable group_words(kGroupWords);
      const auto subject = [&](int32_t p) {
        if (group_words.match(doc, p, s.last) && doc.tokens[p].capitalised && !seq_at(doc, p + 1, k.thi_dua) &&
            action_verbs().match(doc, p + 1, s.last) && !signers.match(doc, p + 1, s.last))
          return true;
        return (doc.is_number(p) || doc.is_key(p, cac) || doc.is_key(p, toan)) && signers.match(doc, p + 1, s.last);
      };
      for (int32_t p = t + 1; !subject(t) && p < s.last && p < s.first + 40; ++p)
        if (doc.is_punct(p - 1, ",") && subject(p)) t = p;
      if (!subject(t)) continue;
      const auto sg = signers.match(doc, t + 1, s.last);
      int32_t from = -1;
      for (int32_t u = t + 1 + sg.length; u < s.last && u <= t + 12 && from < 0; ++u) {
        if (doc.tokens[u].kind == TokenKind::kPunct) break;
        if (const auto m = agree.match(doc, u, s.last)) from = u + m.length;
      }
      // (s28-lists2) "… cam kết, phấn đấu (năm 2025) A; B; C": the terms striven for, words with no figure (a
      // figure makes them targets).
      bool figures = false;
      if (from >= 0) {
        from = past_striving(doc, from, s.last);
        figures = from < 0;
      }
      if (figures) continue;
      // (s25-lists2) "Năm 2021, toàn cụm đẩy mạnh A; tăng cường B; tiếp tục C.", "Thời gian tới, các đơn vị
      // trong Khối tập trung …": after a fronted time ahead — a phrase naming it, or the latest year the
      // text names when it also names the year before (a review of one year and the plan of the next) —
      // the units' own verbs of action set their work, with no word of agreeing; in a review too.
      const bool fronted_ahead = [&] {
        if (t < s.first + 2 || !doc.is_punct(t - 1, ",")) return false;
        int32_t f = s.first;
        if (doc.is_key(f, trong)) ++f;
        if (const auto m = lexicon::times_ahead().match(doc, f, t - 1)) return f + m.length == t - 1;
        if (!doc.is_key(f, nam_) || !doc.is_number(f + 1) || f + 2 != t - 1) return false;
        const auto year = [&](int32_t u) {
          const std::string& key = doc.tokens[u].key;
          return doc.is_number(u) && key.size() == 4 && (key.rfind("19", 0) == 0 || key.rfind("20", 0) == 0);
        };
        if (!year(f + 1)) return false;
        const std::string& y = doc.tokens[f + 1].key;
        const std::string before = std::to_string(std::stoi(y) - 1);
        bool earlier = false;
        for (int32_t u = 0; u < static_cast<int32_t>(doc.tokens.size()); ++u) {
          if (!year(u)) continue;
          if (doc.tokens[u].key > y) return false;
          earlier |= doc.tokens[u].key == before;
        }
        return earlier;
      }();
      if (!ahead && !fronted_ahead) continue;
      if (from < 0 && fronted_ahead && action_verbs().match(doc, t + 1 + sg.length, s.last)) from = t + 1 + sg.length;
      // "thống nhất tập trung thực hiện …": the focus word is part of the first clause.
      static const std::vector<std::string> tap_trung = phrase_keys("tập trung");
      const auto past_focus = [&](int32_t f) { return seq_at(doc, f, tap_trung) ? f + 2 : f; };
      if (from < 0 || !action_verbs().match(doc, past_focus(from), s.last)) continue;
      bool colon = false;
      for (int32_t u = from; u < s.last && !colon; ++u) colon = doc.is_punct(u, ":");
      if (colon) continue;
      std::vector<std::pair<int32_t, int32_t>> clauses;
      for (const auto& [f, l] : semicolon_spans(doc, from, s.last)) {
        std::vector<std::pair<int32_t, int32_t>> pieces = action_spans(doc, past_focus(f), l, false, false);
        if (pieces.empty()) pieces.emplace_back(f, l);
        pieces.front().first = f;
        for (const auto& piece : pieces) {
          if (!clauses.empty() && clauses.back().second + 1 == piece.first && purpose.match(doc, piece.first, piece.second))
            clauses.back().second = piece.second;
          else
            clauses.push_back(piece);
        }
      }
      std::vector<std::string> items;
      for (auto [f, l] : clauses) {
        while (l > f && (doc.is_punct(l - 1, ".") || doc.is_punct(l - 1, "\u2026"))) --l;
        std::string item = clean(doc.text_of(f, l));
        if (!item.empty()) items.push_back(std::move(item));
      }
      // (s28-lists2) "… giao ước thi đua, phấn đấu năm 2020 A; B; C. Khối phấn đấu D; E.": the terms go on in the
      // next sentences of the paragraph whose subject is the group by its bare kind word, striving or acting.
      if (items.size() >= 3)
        for (size_t si = static_cast<size_t>(doc.tokens[s.first].sentence) + 1; si < doc.sentences.size(); ++si) {
          const Sentence& e = doc.sentences[si];
          if (e.line != s.line) break;
          const int32_t g = after_link_words(doc, e.first, e.last);
          const auto gw = group_words.match(doc, g, e.last);
          if (!gw || !doc.tokens[g].capitalised) break;
          int32_t f = g + gw.length;
          static const std::vector<std::string> phan_dau = phrase_keys("phấn đấu");
          if (seq_at(doc, f, phan_dau)) f += 2;
          if (!action_verbs().match(doc, f, e.last) || past_striving(doc, g + gw.length, e.last) < 0) break;
          for (std::string& item : plain_items(a, f, e.last)) items.push_back(std::move(item));
        }
      if (items.size() >= 3) return items;
    }
  }
  // (s20-contents) "… ký kết giao ước thi đua năm 2018 trên các lĩnh vực sau:" over numbered lines: a
  // pledge's or a launch's line announcing what follows ("… sau:") heads its list.
  {
    static const std::vector<std::string> giao_uoc = phrase_keys("giao ước"), phat_dong = phrase_keys("phát động");
    for (const Sentence& s : doc.sentences) {
      const Line& line = doc.lines[s.line];
      if (s.last != line.last || !doc.is_punct(s.last - 1, ":") || !doc.is_key(s.last - 2, k.sau)) continue;
      if (!contains_seq(doc, s.first, s.last, k.thi_dua) ||
          !(contains_seq(doc, s.first, s.last, giao_uoc) || contains_seq(doc, s.first, s.last, phat_dong)) ||
          contains_seq(doc, s.first, s.last, k.chi_tieu))
        continue;
      std::vector<std::string> items = items_below(a, s.line);
      if (items.size() >= 2) return items;
    }
  }
  // "… thống nhất các nội dung trọng tâm … Cụ thể, A; B; C." — the list in the next sentence.
  for (size_t si = 1; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    const Sentence& before = doc.sentences[si - 1];
    // (s25-lists2) also "… gồm 5 nội dung. Đó là, A. B.", "Cụ thể là: A; B; C".
    const auto opener = lexicon::list_openers().match(doc, s.first, s.last);
    if (!opener || !(doc.is_punct(s.first + opener.length, ",") || doc.is_punct(s.first + opener.length, ":"))) continue;
    // (s27-lists) … or tasks counted as set ("… phấn đấu thực hiện 8 nhiệm vụ trọng tâm.", "… triển khai 5 nhóm
    // nhiệm vụ, giải pháp chủ yếu."), not in work reported done ("đã").
    const auto counted_tasks = [&] {
      static const Entry kTasks[] = {{"nhiệm vụ"}, {"nhóm nhiệm vụ"}, {"giải pháp"}, {"nhóm giải pháp"}};
      static const PhraseTable tasks(kTasks);
      static const std::string da = word_key("đã");
      bool counted = false;
      for (int32_t t = before.first; t + 1 < before.last; ++t) {
        if (doc.is_key(t, da)) return false;
        counted |= doc.is_number(t) && !doc.is_number(t + 1) && static_cast<bool>(tasks.match(doc, t + 1, before.last));
      }
      return counted;
    };
    if (!(contains_seq(doc, before.first, before.last, k.noi_dung) || counted_tasks()) ||
        contains_seq(doc, before.first, before.last, k.chi_tieu)) {
      continue;
    }
    const int32_t from = s.first + opener.length + 1;
    std::vector<std::string> items = content_items(a, from, s.last, 0);
    if (items.size() >= 3) return items;
    // (s25-lists2) After a head counting its contents ("… phát động phong trào … gồm 5 nội dung."), a
    // sentence opened so is one item whole, and the sentences of its paragraph that go on with a verb of
    // action are the next ones — two or more, no more than were announced.
    int announced = 0;
    for (int32_t t = before.first; t + 1 < before.last && announced == 0; ++t)
      if (seq_at(doc, t, k.noi_dung)) announced = announced_before(a, t);
    if (announced == 0 || from >= s.last) continue;
    int32_t l = s.last;
    while (l > from && doc.is_punct(l - 1, ".")) --l;
    items = {clean(doc.text_of(from, l))};
    for (std::string& m : continued_items(a, static_cast<int32_t>(si))) items.push_back(std::move(m));
    if (items.size() >= 2 && static_cast<int>(items.size()) <= announced) return items;
  }
  // (s24-counts) "… với các nhiệm vụ trọng tâm, nội dung các tiêu chí cụ thể trên từng lĩnh vực phát
  // triển kinh tế, văn hóa – xã hội, quản lý đô thị … và công tác xây dựng Đảng", "ký kết giao ước thi
  // đua với nội dung trên các lĩnh vực: A, B và C": the fields the contents (or criteria) cover, listed
  // by commas and a last "và", closing the sentence (three or more, each a few words).
  {
    static const std::vector<std::string> tren = phrase_keys("trên"), linh_vuc = phrase_keys("lĩnh vực"),
                                          tieu_chi = phrase_keys("tiêu chí"), bao_gom = phrase_keys("bao gồm");
    static const std::string gom = word_key("gồm");
    static const Entry kEach[] = {{"từng"}, {"các"}, {"mọi"}};
    static const PhraseTable each(kEach);
    static const std::string va = word_key("và");
    for (const Sentence& s : doc.sentences) {
      for (int32_t i = s.first; i + 3 < s.last; ++i) {
        // (s28-lists) "… thực hiện 7 nhóm chỉ tiêu chung và 10 nhóm chỉ tiêu cụ thể, bao gồm các lĩnh vực: A;
        // B; C": the fields after "(bao) gồm" as after "trên", of goals ("chỉ tiêu") as of contents.
        int32_t f = i + 1;
        if (seq_at(doc, i, bao_gom)) ++f;
        else if (!seq_at(doc, i, tren) && !doc.is_key(i, gom)) continue;
        if (const auto e = each.match(doc, f, s.last)) f += e.length;
        else if (doc.is_number(f)) ++f;  // "trên 4 lĩnh vực:"
        if (!seq_at(doc, f, linh_vuc)) continue;
        f += 2;
        if (doc.is_key(f, k.sau)) ++f;
        if (doc.is_punct(f, ":")) ++f;
        if (!(contains_seq(doc, s.first, i, k.noi_dung) || contains_seq(doc, s.first, i, tieu_chi) ||
              (!seq_at(doc, i, tren) && contains_seq(doc, s.first, i, k.chi_tieu))))
          continue;
        // Fields cut at ";" ("phòng, chống tội phạm; quản lý …") keep their commas and "và".
        if (const auto spans = semicolon_spans(doc, f, s.last); spans.size() >= 3) {
          std::vector<std::string> fields;
          for (auto [sf, sl] : spans) {
            while (sl > sf && doc.is_punct(sl - 1, ".")) --sl;
            if (sl - sf > 12 || sl == sf) break;
            fields.push_back(clean(doc.text_of(sf, sl)));
          }
          if (fields.size() == spans.size()) return fields;
          continue;
        }
        std::vector<std::string> fields;
        int32_t from = f;
        bool ok = true;
        for (int32_t t = f; t <= s.last && ok; ++t) {
          const bool stop = t == s.last || doc.is_punct(t, ".");
          if (!stop && !doc.is_punct(t, ",") && !doc.is_key(t, va)) {
            ok = doc.is_word(t) || doc.is_punct(t, "–") || doc.is_punct(t, "-");
            continue;
          }
          ok = t > from && t - from <= 8;
          if (ok) fields.push_back(clean(doc.text_of(from, t)));
          from = t + 1;
          if (stop) break;
        }
        if (ok && fields.size() >= 3) return fields;
      }
    }
  }
  // (s25-contents) "Tháng cao điểm “Vì người nghèo” … được thực hiện … với các hoạt động như: A.", "Các đại
  // biểu tập trung thảo luận nhiều vấn đề liên quan đến nâng cao hiệu quả phong trào thi đua, như: A; B.":
  // in a text about work ahead, a plural noun of work or matters before "như:" in a sentence naming the
  // emulation or the campaign heads its list — two or more items, or one closing its paragraph. Not work
  // reported done ("đã" in the clause).
  if (ahead) {
    const PhraseTable& work = lexicon::work_nouns();
    static const Entry kCampaign[] = {{"thi đua"}, {"phong trào"}, {"cao điểm"}};
    static const PhraseTable campaign(kCampaign);
    static const std::string nhieu = word_key("nhiều");
    for (const Sentence& s : doc.sentences) {
      for (int32_t i = s.first + 1; i + 3 < s.last; ++i) {
        if (!(doc.is_key(i, cac) || doc.is_key(i, nhung_) || doc.is_key(i, nhieu)) || !work.match(doc, i + 1, s.last)) continue;
        int32_t nhu = -1;
        for (int32_t t = i + 2; t + 1 < s.last && t < i + 24 && nhu < 0; ++t) {
          if (doc.is_key(t, k.nhu) && doc.is_punct(t + 1, ":")) nhu = t;
          else if (doc.tokens[t].kind == TokenKind::kPunct && !doc.is_punct(t, ",")) break;
        }
        if (nhu < 0) continue;
        bool named = false;
        for (int32_t t = s.first; t < nhu; ++t) named |= static_cast<bool>(campaign.match(doc, t, nhu));
        // (s25-lists2) "… đã thảo luận, thống nhất các mục tiêu, nhiệm vụ …": what was agreed is work ahead.
        if (!named || told_done(doc, s.first, nhu)) continue;
        std::vector<std::string> items = content_items(a, nhu + 2, s.last, 0);
        // "các mục tiêu như: 100% …": figures are targets.
        if (doc.is_number(nhu + 2)) continue;
        const size_t next = static_cast<size_t>(doc.tokens[nhu + 2].sentence) + 1;
        const bool closes = next >= doc.sentences.size() || doc.sentences[next].line != s.line;
        if (items.size() >= 2 || (items.size() == 1 && closes)) return items;
      }
    }
  }
  if (std::vector<std::string> items = focus_of_emulation(a); !items.empty()) return items;
  if (std::vector<std::string> items = listed_movements(a); !items.empty()) return items;
  return ahead ? list_by_form(a) : std::vector<std::string>{};
}

}  // namespace thidua::text::plan
