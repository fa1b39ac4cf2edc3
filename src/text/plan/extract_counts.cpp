// Counts: "05 Tổ bảo vệ an ninh, trật tự cơ sở với 19 thành viên".
#include <algorithm>
#include <set>
#include <tuple>
#include <utility>

#include "text/plan/extract.h"

namespace thidua::text::plan {
namespace {

// A number after one of these is an ordinal or an identifier, not a count.
bool names_something(const Document& doc, int32_t before) {
  // "từ 3 đến 5 thành viên", "mỗi tổ": a size, not a count of the text's own units.
  static const Entry kOrdinalCues[] = {{"số"}, {"đợt"}, {"thứ"}, {"lần"}, {"khóa"}, {"kỳ"}, {"lần thứ"},
                                       {"từ"}, {"đến"}, {"mỗi"}};
  static const PhraseTable cues(kOrdinalCues);
  // (s14-plan-b) "với tổng số 36 thành viên": "tổng số" is the total, no ordinal.
  static const std::string tong = word_key("tổng"), so = word_key("số");
  if (doc.is_key(before, so) && doc.is_key(before - 1, tong)) return false;
  // (s19-rules) "Đây là Khối đầu tiên trong 5 Khối thi đua …", "là một trong số 12 đơn vị …": the
  // whole that one thing is picked out of, not a count the text's movement or event has.
  static const std::string trong = word_key("trong");
  static const Entry kOneOf[] = {{"một"}, {"đầu tiên"}, {"duy nhất"}, {"cuối cùng"}};
  static const PhraseTable one_of(kOneOf);
  const int32_t in = doc.is_key(before, so) && doc.is_key(before - 1, trong) ? before - 1 : before;
  if (doc.is_key(in, trong))
    for (int32_t b = std::max(0, in - 4); b < in; ++b)
      if (const auto o = one_of.match(doc, b, in); o && b + o.length >= in - 1) return true;
  return static_cast<bool>(cues.match(doc, before)) || lexicon::unit_heads().match(doc, before);
}

// (s15-plan-b) A field written with "và" inside a name at token k — a ministry's or department's
// field ("Giáo dục và Đào tạo", "Lao động – Thương binh và Xã hội"), a remit ("tội phạm và tệ nạn
// xã hội", "PCCC và CNCH"): its length in tokens, or 0.
int32_t joined_name_field(const Document& doc, int32_t k, int32_t end) {
  static const Entry kRemits[] = {{"phòng, chống tội phạm và tệ nạn xã hội"}, {"tội phạm và tệ nạn xã hội"},
                                  {"phòng, chống ma túy và tệ nạn xã hội"}, {"ma túy và tệ nạn xã hội"},
                                  {"PCCC và CNCH"}, {"phòng cháy, chữa cháy và cứu nạn, cứu hộ"}};
  static const PhraseTable remits(kRemits);
  static const std::string va = word_key("và");
  if (const auto f = lexicon::administrative_fields().match(doc, k, end)) {
    for (int32_t t = k; t < k + f.length; ++t)
      if (doc.is_key(t, va) || doc.is_punct(t, ",")) return f.length;  // only a name the link would cut
  }
  if (const auto r = remits.match(doc, k, end)) return r.length;
  return 0;
}

// (s15-plan-b) "3 câu lạc bộ Dân vũ và Dưỡng sinh", "2 đội Thanh niên tình nguyện và Xung kích": a
// club's, a team's or an association's proper name, opening right after its noun, goes on across
// "và" to a second capitalised word (decision 2 of session 15); two things counted apart have their
// own figures ("3 câu lạc bộ và 5 đội").
bool and_inside_club_name(const Document& doc, int32_t from, int32_t noun_length, int32_t k, int32_t end) {
  static const Entry kClubs[] = {{"câu lạc bộ"}, {"CLB"}, {"đội"}, {"hội"}, {"nhóm"}};
  static const PhraseTable clubs(kClubs);
  static const std::string va = word_key("và");
  const int32_t name = from + noun_length;
  if (!doc.is_key(k, va) || k <= name || k + 1 >= end) return false;
  const auto club = clubs.match(doc, from, end);
  if (!club || club.length != noun_length) return false;
  if (!doc.is_word(name) || !doc.tokens[name].capitalised || !doc.is_word(k + 1) || !doc.tokens[k + 1].capitalised)
    return false;
  return !lexicon::count_nouns().match(doc, k + 1, end) && !lexicon::unit_heads().match(doc, k + 1, end);
}

// (s16-plan-g) "2 cán bộ có hoàn cảnh khó khăn", "15 gia đình có công với cách mạng": the fixed
// qualifiers of people helped, opening with "có", are part of what is counted. Their length at k, or 0.
int32_t helped_qualifier(const Document& doc, int32_t k, int32_t end) {
  static const Entry kHelped[] = {{"có hoàn cảnh khó khăn"}, {"có hoàn cảnh đặc biệt khó khăn"},
                                  {"có hoàn cảnh đặc biệt"}, {"có công với cách mạng"}};
  static const PhraseTable helped(kHelped);
  const auto h = helped.match(doc, k, end);
  return h ? h.length : 0;
}

// The counted thing from token `from`: the count noun and what qualifies it, up to a link word,
// a figure or a stop; "an ninh, trật tự" keeps its comma. (s28-lists2) Up to 24 tokens: units named at
// length before their verb ("17 đơn vị thành viên Khối thi đua sản xuất kinh doanh Trung ương đóng …").
int32_t what_end(const Document& doc, int32_t from, int32_t noun_length, int32_t end) {
  static const std::string tu = word_key("tự");
  static const Entry kLinks[] = {{"tham gia"}, {"trên"}, {"gồm"}, {"thuộc"}, {"tham dự"}, {"đạt"},
                                 {"được"}, {"đã"}, {"sẽ"}, {"là"}, {"tại"}, {"với"}, {"và"}, {"cùng"},
                                 {"lập"},  // "4.124 lượt cá nhân lập thành tích xuất sắc"
                                 {"cho"},  // "30 suất học bổng cho học sinh"
                                 {"bắt đầu"}, {"đi vào"},  // "5 Tổ … bắt đầu hoạt động"
                                 {"xuống"}, {"đăng ký"},  // "3 tổ công tác xuống địa bàn"
                                 {"như"}, {"cũng"}, {"nhằm"}, {"để"},  // "5 mô hình, điển hình tiên tiến như …"
                                 {"do"},  // "8 nội dung thi đua do Trung ương Hội quy định"
                                 {"lắp đặt"}};  // (s24-counts) "5 hệ thống camera an ninh lắp đặt tại …"
  static const PhraseTable links(kLinks);
  // (s17-plan-b) "140 thành viên mang ý nghĩa hết sức cần thiết": what the count means is no part
  // of what is counted.
  static const Entry kMeaning[] = {{"mang ý nghĩa"}, {"có ý nghĩa"}};
  static const PhraseTable meaning(kMeaning);
  int32_t k = from + noun_length;
  while (k < end && k - from < 24) {
    // "236 Tổ “Tự phòng, tự quản, tự bảo vệ”": the quoted name of what is counted is part of it.
    if (const Quote* q = doc.quote_opening(k); q && q->closed && q->last < end && q->last - k <= 16) {
      k = q->last + 1;  // the closing mark
      break;
    }
    if (const auto fixed = lexicon::fixed_comma_phrases().match(doc, k, end)) {
      k += fixed.length;
      continue;
    }
    // (s28-lists2) "17 đơn vị thành viên Khối … đóng trên địa bàn tỉnh": where the units are stationed names
    // them ("trên" there links nothing).
    static const Entry kStationed[] = {{"đóng trên địa bàn"}, {"đóng quân trên địa bàn"}, {"đứng chân trên địa bàn"}};
    static const PhraseTable stationed(kStationed);
    if (const auto st = stationed.match(doc, k, end); st && k > from + noun_length) {
      k += st.length;
      continue;
    }
    // (s24-counts) "327 điển hình tập thể, cá nhân", "45 điển hình cá nhân, tập thể": the exemplars
    // of both kinds are one noun; its comma ends nothing.
    static const Entry kBothKinds[] = {{"tập thể, cá nhân"}, {"cá nhân, tập thể"}};
    static const PhraseTable both_kinds(kBothKinds);
    if (k == from + noun_length)
      if (const auto both = both_kinds.match(doc, k, end)) {
        k += both.length;
        continue;
      }
    // (s17-plan-b) "3 Tổ xung kích phòng, chống tội phạm", "2 câu lạc bộ phòng, chống ma túy": the
    // remit "phòng, chống …" (prevent and fight) is one phrase; its comma ends nothing.
    static const std::vector<std::string> phong_chong = phrase_keys("phòng, chống");
    if (k >= from + noun_length && doc.is_key(k, phong_chong[0]) && doc.is_punct(k + 1, ",") &&
        doc.is_key(k + 2, phong_chong[2])) {
      k += 3;
      continue;
    }
    // (s15-plan-b) "5 câu lạc bộ phòng, chống tội phạm và tệ nạn xã hội", "12 phòng giáo dục và đào
    // tạo": "và" inside the fixed name of a field or of a body's remit joins no second thing counted.
    if (const auto joined = joined_name_field(doc, k, end)) {
      k += joined;
      continue;
    }
    if (and_inside_club_name(doc, from, noun_length, k, end)) {
      ++k;
      continue;
    }
    // "1.850 mô hình, điển hình tiên tiến": a second count noun after a comma, with no figure of
    // its own, is counted with the first (one item, its nouns kept together).
    if (doc.is_punct(k, ",") && k == from + noun_length && !doc.is_number(k + 1)) {
      static const Entry kSecond[] = {{"điển hình"}, {"điển hình tiên tiến"}, {"mô hình"}, {"câu lạc bộ"}, {"tổ"}};
      static const PhraseTable second(kSecond);
      if (const auto s2 = second.match(doc, k + 1, end)) {
        k += 1 + s2.length;
        continue;
      }
    }
    // "mô hình tự phòng, tự quản, tự bảo vệ": parallel qualifiers go on across commas.
    if (doc.is_punct(k, ",") && k > from + noun_length && doc.is_key(k + 1, tu) && doc.is_key(from + noun_length, tu)) {
      ++k;
      continue;
    }
    // "8 tổ liên gia tự quản về an ninh trật tự", "… mô hình … về ANTT": the field the counted
    // groups or models serve is part of what is counted; it ends the noun phrase.
    static const Entry kField[] = {{"về an ninh, trật tự"}};
    static const PhraseTable field(kField);
    if (const auto f = field.match(doc, k, end); f && k > from + noun_length) return k + f.length;
    if (const int32_t h = helped_qualifier(doc, k, end)) {
      k += h;
      continue;
    }
    // (s28-lists3) "09 Cụm thi đua của Tòa án nhân dân", "5 cơ quan thường trú của Đài TNVN": the body those
    // counted belong to, its capitalised head right after "của", is part of what is counted ("của" is a link
    // elsewhere); a sector in lower case ("40 cá nhân của ngành", "5 giải pháp của ngành Giáo dục") is not, nor
    // the group's own kind word referring back ("11 thành viên của Khối cùng …", "16 đơn vị thành viên của Khối thi
    // đua đã …").
    static const std::string cua = word_key("của");
    if (doc.is_key(k, cua) && doc.is_word(k + 1) && doc.tokens[k + 1].capitalised)
      if (const auto body = lexicon::unit_heads().match(doc, k + 1, end)) {
        const int32_t after = k + 1 + body.length;
        static const Entry kGroupWords[] = {{"cụm"}, {"khối"}};
        static const PhraseTable group_words(kGroupWords);
        const bool referred_back = group_words.match(doc, k + 1, end) &&
                                   !(after < end && (doc.is_number(after) || (doc.is_word(after) && doc.tokens[after].capitalised)));
        if (!referred_back) {
          // the body's proper name goes on in capitals, a level word inside it ("Hội Phụ nữ xã Tân Lập")
          k = after;
          while (k < end && doc.is_word(k)) {
            if (doc.tokens[k].capitalised) {
              ++k;
              continue;
            }
            const auto level = lexicon::levels().match(doc, k, end);
            if (!level || k + level.length >= end || !doc.is_word(k + level.length) ||
                !doc.tokens[k + level.length].capitalised)
              break;
            k += level.length;
          }
          continue;
        }
      }
    // (s25-lists2) "5 nội dung thi đua đặc biệt chào mừng kỷ niệm 120 năm …", "3 công trình hướng tới Đại
    // hội …": the occasion greeted is no part of what is counted (after the noun, `occasions`).
    if (!doc.is_word(k) || links.match(doc, k, end) || meaning.match(doc, k, end) ||
        lexicon::predicates().match(doc, k, end) || lexicon::occasions().match(doc, k, end))
      break;
    // (s20-counts) "tuyên dương 20 cán bộ đoàn xuất sắc", "102 Chủ tịch Hội … cấp huyện tiêu biểu
    // toàn quốc", "10 thanh niên ưu tú": an adjective of praise only praises those counted (as for
    // "11 cá nhân tiêu biểu"); it ends what is counted.
    static const Entry kPraise[] = {{"tiêu biểu"}, {"xuất sắc"}, {"ưu tú"}};
    static const PhraseTable praise(kPraise);
    if (praise.match(doc, k, end)) break;
    // (s20-counts) "đăng ký 11 mô hình thi đua năm 2019", "12 đơn vị … năm 2021": the year after
    // what is counted dates it; it is no part of it.
    static const std::string nam = word_key("năm");
    if (doc.is_key(k, nam) && doc.is_number(k + 1)) break;
    // (s16-plan-g) "10 hộ nghèo ở xã A và xã B", "12 tổ tự quản ở các xã": where the counted live
    // or work, after "ở" and a level, is not what is counted.
    static const std::string o = word_key("ở"), cac = word_key("các");
    if (doc.is_key(k, o) &&
        (lexicon::levels().match(doc, k + 1, end) || (doc.is_key(k + 1, cac) && lexicon::levels().match(doc, k + 2, end))))
      break;
    ++k;
  }
  return k;
}


// The sentence reports on an earlier year than the text's latest: "trong năm 2023 đã có 01 đơn
// vị được tặng Cờ thi đua" in an article on the pledge for 2024. Its counts are last year's.
bool about_past_year(const Analysis& a, int32_t token) {
  static const std::string nam = word_key("năm"), thanh = word_key("thành"), tich = word_key("tích");
  int latest = 0;
  // (s15-plan-b) "… giai đoạn 2020 – 2025" in a directive for 2024: a period of years reaching past
  // the text's year does not make that year a past one; its years are left out of the latest.
  const auto in_period_of_years = [&](int32_t token) {
    for (const DateRange& r : a.dates.ranges) {
      if (r.start < 0 || r.end < 0 || token < r.first || token >= r.last) continue;
      const DateMention& from = a.dates.mentions[static_cast<size_t>(r.start)];
      const DateMention& to = a.dates.mentions[static_cast<size_t>(r.end)];
      if (from.precision == Precision::kYear && to.precision == Precision::kYear && from.year < to.year) return true;
    }
    return false;
  };
  for (const auto& [t, year] : a.dates.explicit_years)
    if (!in_period_of_years(t)) latest = std::max(latest, year);
  // (s14-plan-b) "tổng kết phong trào thi đua năm 2024" held in 2025: the year a review opening the
  // text names is the year it is about, its totals are no past year's.
  static const std::vector<std::string> tong_ket = phrase_keys("tổng kết"), so_ket = phrase_keys("sơ kết");
  int reviewed = 0;
  if (!a.doc.sentences.empty()) {
    const Sentence& first = a.doc.sentences.front();
    bool review = false;
    for (int32_t k = first.first; k + 1 < first.last; ++k) {
      review |= (a.doc.is_key(k, tong_ket[0]) && a.doc.is_key(k + 1, tong_ket[1])) ||
                (a.doc.is_key(k, so_ket[0]) && a.doc.is_key(k + 1, so_ket[1]));
      const int32_t m = a.dates.mention_starting_at(k);
      if (review && reviewed == 0 && m >= 0 && a.doc.is_key(k, nam) && a.dates.mentions[m].precision == Precision::kYear)
        reviewed = a.dates.mentions[m].year;
    }
  }
  const Sentence& s = a.doc.sentence_of(token);
  // (s15-plan-b) "Năm 2015, Hội đồng đã … . Trong năm, Hội đồng đã tặng … cho 18 đơn vị": "trong
  // năm" (or "trong năm qua") with no year of its own is the year the sentence before names.
  // … and so are the sentences of the paragraph it opens that write no year of their own.
  static const std::string trong = word_key("trong"), qua = word_key("qua");
  const auto own_year = [&](const Sentence& x) {
    for (int32_t k = x.first; k < x.last; ++k)
      if (const int32_t m = a.dates.mention_starting_at(k); m >= 0 && a.dates.mentions[static_cast<size_t>(m)].has_year())
        return true;
    return false;
  };
  // The paragraph's opening sentence: the first of the line.
  const Sentence* opening = &s;
  while (opening->first > 0) {
    const Sentence& before = a.doc.sentence_of(opening->first - 1);
    if (before.line != s.line || before.first >= opening->first) break;
    opening = &before;
  }
  if (!own_year(s) && a.doc.is_key(opening->first, trong) && a.doc.is_key(opening->first + 1, nam) && opening->first > 0) {
    const int32_t after = opening->first + 2 + (a.doc.is_key(opening->first + 2, qua) ? 1 : 0);
    if (a.doc.is_punct(after, ",") && a.doc.sentence_of(opening->first - 1).first < opening->first)
      return about_past_year(a, opening->first - 1);
  }
  bool past = false;
  for (int32_t k = s.first; k < s.last; ++k) {
    const int32_t m = a.dates.mention_starting_at(k);
    if (m < 0 || !a.dates.mentions[m].has_year()) continue;
    if (a.dates.mentions[m].year >= latest || a.dates.mentions[m].year == reviewed) return false;
    // (s16-plan-c) "04/12/2018 … Trong Ngày hội … năm 2018, … trao 7.424 giấy khen cho …" beside
    // "đăng ký … năm 2019": the year of the text's own dateline is its present, never a past one.
    if (a.dates.document_date && a.dates.mentions[m].year == a.dates.document_date->year()) return false;
    // "… trao Bằng khen cho 11 tập thể đã có thành tích xuất sắc trong … năm 2018": the year of
    // the achievements commended now (at the review of that year), not a report on that year.
    bool achievements = false;
    for (int32_t t = s.first; t + 1 < k && !achievements; ++t) achievements = a.doc.is_key(t, thanh) && a.doc.is_key(t + 1, tich);
    if (achievements) continue;
    past |= a.doc.is_key(k, nam) && a.dates.mentions[m].precision == Precision::kYear;
  }
  return past;
}

// (s20-counts) "Giai đoạn 2010 - 2018, Đảng bộ … được tặng thưởng …; 47 tập thể, 63 cá nhân được nhận
// bằng khen …" in a text whose event honours "điển hình tiên tiến giai đoạn 2016 - 2018": a sentence
// opening with a period that starts before the period the text names elsewhere recalls the longer
// history of awards received, not the totals of the period the event is about. The years of a
// range of whole years, or 0 when `r` is none.
std::pair<int, int> years_of(const Analysis& a, const DateRange& r) {
  if (r.start < 0 || r.end < 0) return {0, 0};
  const DateMention& from = a.dates.mentions[static_cast<size_t>(r.start)];
  const DateMention& to = a.dates.mentions[static_cast<size_t>(r.end)];
  if (from.precision != Precision::kYear || to.precision != Precision::kYear || from.year >= to.year) return {0, 0};
  return {from.year, to.year};
}

bool recalls_longer_period(const Analysis& a, int32_t token) {
  const Document& doc = a.doc;
  const Sentence& s = doc.sentence_of(token);
  static const std::string trong = word_key("trong");
  static const std::vector<std::string> giai_doan = phrase_keys("giai đoạn");
  int32_t k = s.first;
  if (doc.is_key(k, trong)) ++k;
  if (!doc.is_key(k, giai_doan[0]) || !doc.is_key(k + 1, giai_doan[1])) return false;
  int recalled_from = 0, recalled_to = 0;
  for (const DateRange& r : a.dates.ranges)
    if (r.first >= k + 2 && r.first <= k + 3) std::tie(recalled_from, recalled_to) = years_of(a, r);
  if (recalled_from == 0) return false;
  for (const DateRange& r : a.dates.ranges) {
    if (r.first >= s.first && r.first < s.last) continue;
    const auto [from, to] = years_of(a, r);
    if (from > recalled_from && to <= recalled_to) return true;
  }
  return false;
}

// The sentence of token `token` describes a place: its area, households or inhabitants.
bool describes_place(const Document& doc, int32_t token) {
  const Sentence& s = doc.sentence_of(token);
  for (int32_t k = s.first; k < s.last; ++k)
    if (lexicon::place_descriptions().match(doc, k, s.last)) return true;
  return false;
}


// ---- who attends is not what the movement has (conventions of 5/12/2026) -------------------

// "tham dự", "dự", "về dự", "chứng kiến", "có mặt" at token k: people present at the event.
// "dự" alone must not open another word ("dự kiến", "dự án", "dự thi").
int32_t attendance_verb(const Document& doc, int32_t k, int32_t end) {
  const PhraseTable& attend = lexicon::attendance_verbs();
  static const Entry kNotAttend[] = {{"dự kiến"}, {"dự án"}, {"dự thảo"}, {"dự thi"}, {"dự phòng"}, {"dự báo"},
                                     {"dự toán"}, {"dự trữ"}, {"dự định"}, {"dự bị"}, {"dự tính"}};
  static const PhraseTable not_attend(kNotAttend);
  const auto m = attend.match(doc, k, end);
  if (!m || not_attend.match(doc, k, end) || (k + m.length < end && not_attend.match(doc, k + m.length - 1, end))) return 0;
  return m.length;
}

// The figure at `first` (its counted words ending at `last`) counts people attending or
// witnessing the event: "Tham dự buổi lễ có 120 cán bộ, chiến sĩ và 36 thành viên …", "với sự
// chứng kiến của gần 1.000 đoàn viên", "Đến dự có …; 106 tổ dân phố", "với hơn 200 người tham
// dự", "783 đại biểu", "gồm hơn 40.000 người tham dự". A verb that gives or sets up between the
// attendance and the figure ends the list ("Dự lễ có …; UBND xã đã trao 5 suất quà").
bool counts_attendees(const Document& doc, int32_t first, int32_t noun_first, int32_t last) {
  static const std::string dai = word_key("đại"), bieu = word_key("biểu"), va = word_key("và"),
                           co = word_key("có"), cua = word_key("của");
  if (doc.is_key(noun_first, dai) && doc.is_key(noun_first + 1, bieu)) return true;
  const Sentence& s = doc.sentence_of(first);
  // "Tại buổi lễ có mặt lãnh đạo phường, 4 tập thể được tặng Giấy khen": given, not attending.
  static const std::string duoc = word_key("được");
  if (doc.is_key(last, duoc) && award_verb_at(doc, last + 1, s.last) > 0) return false;
  // (s16-plan-c) "02 tập thể và 10 cá nhân được chọn đi dự Hội nghị điển hình tiên tiến cấp tỉnh",
  // "5 đồng chí được cử tham dự Đại hội": those sent to attend another meeting are its delegates.
  static const Entry kSent[] = {{"được chọn"}, {"được cử"}, {"được lựa chọn"}, {"được bầu"}};
  static const PhraseTable sent(kSent);
  static const Entry kGoAttend[] = {{"đi dự"}, {"đi tham dự"}, {"làm đại biểu"}};
  static const PhraseTable go_attend(kGoAttend);
  for (int32_t k = last; k < s.last && k < last + 6; ++k) {
    if (const auto m = sent.match(doc, k, s.last)) {
      const int32_t v = k + m.length;
      if (go_attend.match(doc, v, s.last) || attendance_verb(doc, v, s.last)) return true;
      break;
    }
    if (!doc.is_word(k) && !doc.is_punct(k, ",") && !doc.is_number(k)) break;
  }
  // After: the figure's words, then the verb ("… 200 người tham dự", "36 thành viên về dự").
  for (int32_t k = last, steps = 0; k < s.last && steps < 4; ++k, ++steps) {
    if (attendance_verb(doc, k, s.last)) return true;
    if (!doc.is_word(k) || lexicon::predicates().match(doc, k, s.last)) break;
  }
  // "120 cán bộ và 36 thành viên … tham dự": an attending figure joined by "và" or a comma.
  for (int32_t k = last; k + 1 < s.last && k < last + 8; ++k) {
    if (doc.is_punct(k, ";")) break;  // (s16-plan-c) the next clause's figures are its own
    if (!(doc.is_key(k, va) || doc.is_punct(k, ",")) || !doc.is_number(k + 1)) continue;
    const auto noun = lexicon::count_nouns().match(doc, k + 2, s.last);
    if (!noun) break;
    int32_t j = k + 2 + noun.length;
    while (j < s.last && doc.is_word(j) && !attendance_verb(doc, j, s.last) && j < k + 10) ++j;
    if (j < s.last && attendance_verb(doc, j, s.last)) return true;
    break;
  }
  // "Hội nghị có 90 đại biểu, trong đó có 12 đồng chí …": a part of those attending.
  static const std::vector<std::string> trong_do = phrase_keys("trong đó");
  for (int32_t t = first - 1; t > s.first; --t) {
    if (!(doc.is_key(t - 1, trong_do[0]) && doc.is_key(t, trong_do[1]))) continue;
    for (int32_t k = s.first; k < t - 1; ++k) {
      const auto noun = doc.is_number(k) ? lexicon::count_nouns().match(doc, k + 1, t - 1) : PhraseTable::Match{};
      if (noun && counts_attendees(doc, k, k + 1, k + 1 + noun.length)) return true;
    }
    break;
  }
  // Before: the verb, then "có" or "của" opening the list the figure belongs to.
  // A verb of awarding (lexicon awarding_words) or of setting up.
  static const Entry kSetsUp[] = {{"thành lập"}, {"ra mắt"}, {"xây dựng"}, {"duy trì"}, {"công bố"}, {"ký"}, {"phát động"}};
  static const PhraseTable sets_up(kSetsUp);
  bool opened = false;
  static const std::vector<std::string> thi_dua = phrase_keys("thi đua");
  for (int32_t k = first - 1; k >= s.first; --k) {
    // "cán bộ phụ trách công tác thi đua, khen thưởng của 10 đơn vị": the field, not a verb.
    // (s15-plan-b) "phụ trách công tác xây dựng phong trào": a verb named as a line of work, too.
    static const std::vector<std::string> cong_tac = phrase_keys("công tác");
    const bool field = (doc.is_key(k - 2, thi_dua[0]) && doc.is_key(k - 1, thi_dua[1])) ||
                       // (s26-lists) "… với sự tham dự của đại diện Ban Thi đua – Khen thưởng Trung ương, … và 475 tập
                       // thể, cá nhân …": the body's name joins the two fields with a dash
                       (doc.is_key(k - 3, thi_dua[0]) && doc.is_key(k - 2, thi_dua[1]) &&
                        (doc.is_punct(k - 1, ",") || doc.is_punct(k - 1, "-") || doc.is_punct(k - 1, "–"))) ||
                       (doc.is_key(k - 2, cong_tac[0]) && doc.is_key(k - 1, cong_tac[1]));
    if ((award_verb_at(doc, k, first) > 0 || sets_up.match(doc, k, first)) && !field) return false;
    opened |= doc.is_key(k, co) || doc.is_key(k, cua);
    if (attendance_verb(doc, k, first)) return opened;
  }
  return false;
}

// "có 21 cá nhân ký cam kết …", "300 hộ gia đình ký bản cam kết": those who signed a pledge
// are a result of the period's activity, not something the movement sets up or gives.
bool signs_pledge(const Document& doc, int32_t last, int32_t end) {
  // … and "16 đơn vị đăng ký thi đua", "300 hộ đăng ký gia đình văn hóa": those who registered.
  static const Entry kSign[] = {{"ký cam kết"}, {"ký bản cam kết"}, {"đã ký cam kết"}, {"viết cam kết"}, {"đăng ký"},
                                {"đã đăng ký"}};
  static const PhraseTable sign(kSign);
  return static_cast<bool>(sign.match(doc, last, end));
}

// "Mỗi tổ gồm 1 tổ trưởng, 1 tổ phó và 1 tổ viên": the size of each, not a count.
// (s17-plan-b) Also when "mỗi" names several things ("mỗi thôn, tổ dân phố thành lập 1 tổ"), and
// inside the bracket that breaks a size down ("mỗi tổ có 3 thành viên (1 tổ trưởng, 1 tổ phó …)").
bool size_of_each(const Document& doc, int32_t first) {
  static const std::string moi = word_key("mỗi");
  const Sentence& s = doc.sentence_of(first);
  bool bracket = false;
  for (int32_t k = first - 1; k >= s.first; --k) {
    if (doc.is_key(k, moi)) return true;
    if (doc.is_punct(k, ",") && doc.is_number(k + 1)) continue;  // "1 tổ trưởng, 1 tổ phó"
    if (doc.is_punct(k, ",")) {  // "mỗi thôn, tổ dân phố": a comma right after the first thing each
      if (doc.is_key(k - 2, moi) || doc.is_key(k - 3, moi)) return true;
      return false;
    }
    // The bracket opened after a size: what follows it breaks that size down.
    if (doc.is_punct(k, "(") && !bracket && first - k <= 12) {
      bracket = true;
      continue;
    }
    if (!doc.is_word(k) && !doc.is_number(k)) return false;
  }
  return false;
}

// "Trong đó, 30 cá nhân …" opening the sentence after "… tuyên dương 70 cá nhân, tập thể": a
// part of the count the sentence before gave with the same noun.
bool part_of_previous(const Document& doc, int32_t first, std::string_view noun_key) {
  static const std::vector<std::string> trong_do = phrase_keys("trong đó");
  const Sentence& s = doc.sentence_of(first);
  if (!(doc.is_key(s.first, trong_do[0]) && doc.is_key(s.first + 1, trong_do[1])) || s.first == 0) return false;
  const Sentence& before = doc.sentence_of(s.first - 1);
  for (int32_t k = before.first; k + 1 < before.last; ++k) {
    if (!doc.is_number(k)) continue;
    const auto noun = lexicon::count_nouns().match(doc, k + 1, before.last);
    if (noun && unit_key(doc.text_of(k + 1, k + 1 + noun.length)) == noun_key) return true;
  }
  // "Nhiều tập thể và cá nhân … được khen thưởng. Trong đó có 1 cá nhân …": a part of those the
  // sentence before named without a figure.
  static const std::string va = word_key("và");
  for (int32_t k = before.first; k < before.last; ++k) {
    if (doc.is_number(k) || (k > before.first && doc.is_number(k - 1))) continue;
    if (k > before.first && !doc.is_word(k - 1) && !doc.is_punct(k - 1, ",")) continue;
    const auto noun = lexicon::count_nouns().match(doc, k, before.last);
    if (!noun || noun.value() != 1) continue;
    // "… 72 lượt tập thể" is a part of "tập thể" too.
    const auto same = [&](const std::string& key) {
      return key == noun_key ||
             (noun_key.size() > key.size() && noun_key.compare(noun_key.size() - key.size(), key.size(), key) == 0 &&
              noun_key[noun_key.size() - key.size() - 1] == ' ');
    };
    if (same(unit_key(doc.text_of(k, k + noun.length)))) return true;
    if (doc.is_key(k + noun.length, va) || doc.is_punct(k + noun.length, ",")) {
      const auto second = lexicon::count_nouns().match(doc, k + noun.length + 1, before.last);
      if (second && same(unit_key(doc.text_of(k + noun.length + 1, k + noun.length + 1 + second.length)))) return true;
    }
  }
  return false;
}

// (s24-counts) "Công an tỉnh đều được khen thưởng, trong đó có 1 Cờ thi đua của Chính phủ, 3 Cờ thi
// đua …": the awards of a whole the clause before "trong đó" (at token k) gives with no figure of its
// own — a verb of commending right before it — are its parts (the Conventions: "parts after 'trong
// đó'" are not counted).
bool awarded_whole_before(const Document& doc, int32_t k) {
  const int32_t before = doc.is_punct(k - 1, ",") ? k - 1 : k;
  // A verb of awarding (lexicon awarding_words) right before, not the field "thi đua, khen thưởng".
  if (lexicon::not_awarding().match_ending(doc, before, std::max(0, before - 5))) return false;
  const auto verb = lexicon::awarding_words().match_ending(doc, before, std::max(0, before - 3));
  // ("… khen thưởng 18 tập thể, trong đó …": the whole has its figure; its parts are read as before.)
  return static_cast<bool>(verb);
}

// "49 tập thể, cá nhân", "70 cá nhân, tập thể": one award of two nouns, with no figure of its
// own for the second; the end of the second noun, or `last` when there is none.
int32_t joined_award_noun(const Document& doc, int32_t last, int32_t end) {
  static const std::string va = word_key("và");
  if (!(doc.is_punct(last, ",") || doc.is_key(last, va))) return last;
  const auto second = lexicon::count_nouns().match(doc, last + 1, end);
  if (!(second && second.value() == 1)) return last;
  // "1.780 cá nhân và tập thể lao động tiên tiến cho 88 tập thể": the second noun opens the
  // title of the next award, given "cho" its own figure.
  static const std::string cho = word_key("cho");
  const int32_t after = last + 1 + second.length;
  for (int32_t k = after; k < end && k < after + 8 && doc.is_word(k); ++k)
    if (doc.is_key(k, cho) && doc.is_number(k + 1)) return last;
  return after;
}

// "108 tập thể, cá nhân điển hình tiên tiến", "122 tập thể, cá nhân điển hình tiêu biểu": those
// commended named as exemplars ("điển hình", a noun), right after the award's noun, are what is
// counted; an adjective ("11 cá nhân tiêu biểu") only praises them.
int32_t award_qualified(const Document& doc, int32_t last, int32_t end) {
  static const Entry kQualifiers[] = {{"điển hình tiên tiến"}, {"điển hình tiêu biểu"}, {"điển hình"}};
  static const PhraseTable qualifiers(kQualifiers);
  if (const auto q = qualifiers.match(doc, last, end)) return last + q.length;
  // (s28-lists2) … or by the title they hold or are given ("44 tập thể, cá nhân Anh hùng Lực lượng vũ trang Nhân
  // dân", "16 tập thể lao động tiên tiến").
  if (const auto t = lexicon::held_titles().match(doc, last, end)) return last + t.length;
  // … and those helped named by their hardship ("3 cán bộ có hoàn cảnh khó khăn").
  return last + helped_qualifier(doc, last, end);
}

// ---- what a period's work reached is not what the movement has (conventions of 5/12/2026) ----

// "hơn 1.000 hộ gia đình", "gần 300 người", "khoảng 50 cán bộ": an estimate is a crowd or a
// result; what a movement sets up or gives (awards, teams, models) is counted exactly.
bool estimated(const Document& doc, int32_t first) {
  static const Entry kAbout[] = {{"hơn"}, {"gần"}, {"khoảng"}, {"trên"}, {"xấp xỉ"}, {"chừng"}, {"ước tính"},
                                 {"ước"}, {"gần như"}};
  static const PhraseTable about(kAbout);
  return static_cast<bool>(about.match_ending(doc, first, std::max(0, first - 2)));
}

// (s16-plan-c) "toàn Khối đã khen thưởng trên 860 tập thể và hơn 2.500 cá nhân", "tặng Giấy khen cho
// hơn 100 tập thể": those commended, after a verb of giving in the figure's clause (up to a ";"),
// are the period's awards, counted even when the text rounds them.
// (s20-counts) "trao tặng khoảng 50 suất quà", "gần 180 Kỷ niệm chương, bằng khen đã được trao
// tặng": a figure given as near or about is not what was given; only a floor ("trên 860 tập thể",
// "hơn 100 tập thể") rounds awards that were.
// (s24-counts) "Dư nợ cho vay của 20 đơn vị đạt hơn 304,2 ngàn tỷ đồng", "Doanh thu của 12 đơn vị trong
// Khối đạt 5.200 tỷ đồng": the units whose figure the sentence reports ("của" before them, "đạt" or
// "chiếm" and a figure after) own a result of the period, they are no count.
bool owners_of_a_result(const Document& doc, const NumberMention& n, int32_t last, int32_t end) {
  static const std::string cua = word_key("của");
  if (!doc.is_key(n.start() - 1, cua)) return false;
  static const Entry kReach[] = {{"đạt"}, {"chiếm"}, {"đạt được"}};
  static const PhraseTable reach(kReach);
  for (int32_t k = last; k < end && k <= last + 5 && doc.is_word(k); ++k)
    if (const auto r = reach.match(doc, k, end)) {
      for (int32_t t = k + r.length; t < end && t <= k + r.length + 2; ++t)
        if (doc.is_number(t)) return true;
      return false;
    }
  return false;
}

// (s24-counts) A verb of giving in the clause before the figure at `first` ("tặng 20 suất quà, 7 xe
// đạp", "trao tặng 15 sổ tiết kiệm"), up to a semicolon.
bool gift_given(const Document& doc, int32_t first) {
  const PhraseTable& give = lexicon::gift_verbs();
  // "trao đổi" (discuss), "trao đổi kinh nghiệm": no giving (lexicon not_awarding).
  const auto gives = [&](int32_t k, int32_t end) {
    return give.match(doc, k, end) && !lexicon::not_awarding().match(doc, k, end);
  };
  const Sentence& s = doc.sentence_of(first);
  for (int32_t k = first - 1; k >= s.first && k >= first - 12 && !doc.is_punct(k, ";"); --k)
    if (gives(k, first)) return true;
  // "đã trao các công trình … gồm: 500 lá cờ …; 2 hệ thống lọc nước sạch …": an item of a list that
  // a colon opens after the verb of giving.
  for (int32_t k = first - 1; k >= s.first; --k) {
    if (!doc.is_punct(k, ":")) continue;
    for (int32_t g = k - 1; g >= s.first && g >= k - 20; --g)
      if (gives(g, k)) return true;
    break;
  }
  return false;
}

// (s28-lists2) "trao tặng 1 ngôi nhà tình nghĩa, 5 khu thể dục cộng đồng, 100 tấm bản đồ, 100 thùng sữa, 50
// áo ấm … cho thiếu nhi": in a list of figure + noun items after a verb of giving, one item before this one a
// gift the counts know by its noun, every item is a gift given, whatever its noun. Not a sum of money or a
// measure ("tặng 20 suất quà, 10 triệu đồng"). The end of what is given (up to a comma, a bracket, "cho",
// "và"), or 0.
int32_t gift_list_item(const Analysis& a, const NumberMention& n, int32_t end) {
  const Document& doc = a.doc;
  static const std::string va = word_key("và");
  if (!doc.is_word(n.last) || doc.is_number(n.last) || lexicon::target_units().match(doc, n.last, end) ||
      lexicon::worth_currencies().match(doc, n.last, end))
    return 0;
  // Walk back over the items before: a separator, then the figure of the item before it (a few words on).
  bool known = false;
  int32_t first = n.start();
  for (int items = 0; items < 20; ++items) {
    const int32_t sep = first - 1;
    if (!doc.is_punct(sep, ",") && !doc.is_key(sep, va)) break;
    int32_t f = -1;
    for (int32_t t = sep - 1; t >= 0 && t >= sep - 14; --t) {
      if (doc.is_punct(t, ";") || doc.is_punct(t, ":") || doc.is_punct(t, ".")) break;
      const int32_t m = a.numbers.number_at[static_cast<size_t>(t)];
      if (m < 0) continue;
      const NumberMention& before = a.numbers.numbers[static_cast<size_t>(m)];
      // the item's figure opens it: after a separator or the verb
      if (before.last > sep) break;
      f = before.start();
      if (const auto g = lexicon::count_nouns().match(doc, before.last, end); g && g.value() != lexicon::kCommendedPeople)
        known = true;
      break;
    }
    if (f < 0) break;
    first = f;
  }
  if (first == n.start() || !known || !gift_given(doc, first)) return 0;
  static const Entry kStops[] = {{"cho"}, {"và"}, {"tới"}, {"đến"}, {"tại"}, {"trị giá"}};
  static const PhraseTable stops(kStops);
  int32_t t = n.last;
  while (t < end && t < n.last + 12) {
    if (const Quote* q = doc.quote_opening(t); q && q->closed) {
      t = q->last + 1;
      continue;
    }
    if (!doc.is_word(t) || doc.is_number(t) || stops.match(doc, t, end)) break;
    ++t;
  }
  return t > n.last && t < n.last + 12 ? t : 0;
}

// (s24-counts) "có 17 cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở 5 năm liên tục và 21 cá nhân có 4
// năm đạt danh hiệu này", "11 đơn vị cấp đội đạt danh hiệu “Đơn vị quyết thắng” 5 năm trở lên": those
// who held a title over years running are a record of the period, not awards given ("trao Cờ thi đua
// xuất sắc 5 năm liền cho 40 tập thể" is given: a verb of giving in the clause keeps it).
bool title_held_for_years(const Document& doc, int32_t last, int32_t end) {
  static const std::string nam = word_key("năm"), co = word_key("có"), danh = word_key("danh"), hieu = word_key("hiệu");
  static const Entry kRunning[] = {{"liên tục"}, {"liền"}, {"trở lên"}};
  static const PhraseTable running(kRunning);
  bool title = false, years = false;
  // The figure's own sentence (token last - 1: `last` may be the end of the text).
  const int32_t first = last > 0 ? doc.sentence_of(last - 1).first : 0;
  for (int32_t t = last - 1; t >= first && !doc.is_punct(t, ";"); --t)
    if (award_verb_at(doc, t, end) > 0) return false;
  for (int32_t t = last; t < end && !doc.is_punct(t, ";"); ++t) {
    if (award_verb_at(doc, t, end) > 0) return false;
    title |= doc.is_key(t, danh) && doc.is_key(t + 1, hieu);
    if (doc.is_number(t) && doc.is_key(t + 1, nam) && (running.match(doc, t + 2, end) || doc.is_key(t - 1, co)))
      years = true;
  }
  return title && years;
}

bool approximate(const Document& doc, int32_t first) {
  static const Entry kNear[] = {{"gần"}, {"khoảng"}, {"xấp xỉ"}, {"chừng"}, {"ước tính"}, {"ước"}, {"gần như"}};
  static const PhraseTable near(kNear);
  return static_cast<bool>(near.match_ending(doc, first, std::max(0, first - 2)));
}

bool awarded_in_clause(const Document& doc, int32_t first) {
  const Sentence& s = doc.sentence_of(first);
  for (int32_t k = first - 1; k >= s.first && first - k <= 20 && !doc.is_punct(k, ";"); --k)
    if (award_verb_at(doc, k, first) > 0) return true;
  return false;
}

// "đã vận động 1.200 hộ gia đình …", "tổ chức cho 500 đoàn viên …", "bắt giữ 30 người": the
// verb of the figure's clause is work done in the period, and the figure is what it reached.
bool reached_by_work(const Document& doc, int32_t first) {
  static const Entry kWork[] = {{"vận động"}, {"tuyên truyền cho"}, {"tổ chức cho"}, {"huy động"}, {"bắt"},
                                {"bắt giữ"}, {"bắt giữ được"}, {"xử lý"}, {"xử phạt"}, {"phát hiện"}, {"cảm hóa"},
                                {"giáo dục"}, {"tiếp nhận"}, {"tập huấn cho"}, {"thu hút"}, {"gọi hỏi"},
                                {"răn đe"}, {"truy bắt"}, {"giải cứu"}, {"cai nghiện cho"}, {"khởi tố"},
                                {"triệu tập"}, {"bồi dưỡng cho"}, {"phổ biến cho"}, {"quán triệt cho"},
                                {"kiểm tra"}, {"tiếp xúc"}, {"đến thăm"}, {"thăm hỏi"}, {"thăm"}};
  static const PhraseTable work(kWork);
  static const std::string duoc = word_key("được"), da = word_key("đã"), cho = word_key("cho");
  const Sentence& s = doc.sentence_of(first);
  // (s24-counts) "hỗ trợ 2 tỷ đồng cho 20 mô hình thanh niên làm kinh tế", "hỗ trợ vốn cho 15 mô hình":
  // what the period's support reached, its sum or its kind between the verb and "cho".
  static const std::vector<std::string> ho_tro = phrase_keys("hỗ trợ");
  if (doc.is_key(first - 1, cho))
    for (int32_t k = first - 2; k >= s.first && k >= first - 8 && !doc.is_punct(k, ";"); --k) {
      if (doc.is_punct(k, ",") && !(doc.glued(k) && doc.glued(k + 1))) break;  // "1,2 tỷ đồng" goes on
      if (doc.is_key(k, ho_tro[0]) && doc.is_key(k + 1, ho_tro[1])) {
        // "Trao tặng số tiền 140 triệu đồng hỗ trợ cho 2 cán bộ …", "trao kinh phí hỗ trợ … cho 10 hộ":
        // support handed over at the event is a gift given, counted.
        const PhraseTable& hand_over = lexicon::hand_over_verbs();
        for (int32_t g = k - 1; g >= s.first && g >= k - 8 && !doc.is_punct(g, ";"); --g)
          if (hand_over.match(doc, g, k)) return false;
        return true;
      }
    }
  for (int32_t k = first - 1; k >= s.first && k >= first - 5; --k) {
    if (!doc.is_word(k)) return false;  // the clause ends at a comma, a colon, a bracket
    if (const auto m = work.match(doc, k, first); m && k + m.length <= first) {
      // only helper words between the verb and the figure ("vận động được", "đã bắt")
      bool close = true;
      for (int32_t j = k + m.length; j < first; ++j) close &= doc.is_key(j, duoc) || doc.is_key(j, da);
      if (close) return true;
    }
  }
  return false;
}

// "500 người tham gia", "1.200 lượt đoàn viên tham gia", "với sự tham gia của 300 hội viên":
// those taking part in an activity, not members of what the movement sets up ("5 tổ với 30
// thành viên tham gia" still counts its members).
// "tổ chức", "tổ dân phố": an act and a place, no team.
bool not_a_team(const Document& doc, int32_t k, int32_t end) {
  static const Entry kNotTeams[] = {{"tổ chức"}, {"tổ dân phố"}, {"tổ dân cư"}, {"tổ nhân dân"}};
  static const PhraseTable not_teams(kNotTeams);
  return static_cast<bool>(not_teams.match(doc, k, end));
}

// (s17-plan-b) "với tổng số 5.808 người tham gia các tổ bảo vệ ANTT", "120 hội viên tham gia vào 8
// câu lạc bộ": people who take part in the teams or clubs set up are their members, not a crowd.
// Whether "tham gia (vào) (các) <team>" follows the counted noun ending at `last`.
bool in_teams(const Document& doc, int32_t last) {
  static const std::vector<std::string> tham_gia = phrase_keys("tham gia");
  static const std::string vao = word_key("vào"), cac = word_key("các");
  static const Entry kTeams[] = {{"tổ"}, {"đội"}, {"mô hình"}, {"câu lạc bộ"}, {"CLB"}, {"nhóm"}};
  static const PhraseTable teams(kTeams);
  if (!doc.is_key(last, tham_gia[0]) || !doc.is_key(last + 1, tham_gia[1])) return false;
  int32_t k = last + 2;
  if (doc.is_key(k, vao)) ++k;
  if (doc.is_key(k, cac)) ++k;
  else if (doc.is_number(k)) ++k;
  return teams.match(doc, k) && !not_a_team(doc, k, doc.size());
}

bool takes_part(const Document& doc, int32_t first, int32_t noun_first, int32_t last) {
  static const Entry kMembers[] = {{"thành viên"}, {"tổ viên"}, {"tổ"}, {"tổ bảo vệ"}, {"mô hình"}, {"đơn vị"},
                                   {"câu lạc bộ"}, {"tập thể"}, {"cá nhân"}};
  static const PhraseTable members(kMembers);
  static const Entry kTakePart[] = {{"tham gia"}, {"hưởng ứng"}};
  static const PhraseTable take_part(kTakePart);
  static const std::vector<std::string> su_tham_gia = phrase_keys("sự tham gia của");
  if (members.match(doc, noun_first, last)) return false;
  const Sentence& s = doc.sentence_of(first);
  if (last < s.last && in_teams(doc, last)) return false;
  for (int32_t k = last, steps = 0; k < s.last && steps < 3; ++k, ++steps) {
    if (take_part.match(doc, k, s.last)) return true;
    if (!doc.is_word(k)) break;
  }
  const int32_t k = first - static_cast<int32_t>(su_tham_gia.size());
  if (k < s.first) return false;
  for (size_t i = 0; i < su_tham_gia.size(); ++i)
    if (!doc.is_key(k + static_cast<int32_t>(i), su_tham_gia[i])) return false;
  return true;
}

// (s20-counts) "32 đội đến từ các tỉnh … đã tham gia Hội thi Công an xã giỏi", "120 thí sinh dự thi",
// "8 đội thi đấu": those who compete in a contest take part in an activity of the event; they are
// neither set up nor given anything. The contest follows the counted words in their sentence.
bool contestants(const Document& doc, int32_t first, int32_t noun_end) {
  static const Entry kTakePart[] = {{"tham gia"}, {"tham dự"}, {"dự"}};
  static const Entry kContest[] = {{"hội thi"}, {"cuộc thi"}, {"hội thao"}, {"giải"}, {"hội diễn"},
                                   {"liên hoan"}, {"vòng chung kết"}, {"vòng thi"}, {"thi"}};
  static const Entry kCompete[] = {{"dự thi"}, {"thi đấu"}, {"tranh tài"}, {"tham gia thi"}, {"tham gia thi đấu"}};
  static const PhraseTable take_part(kTakePart), contest(kContest), compete(kCompete);
  const Sentence& s = doc.sentence_of(first);
  for (int32_t k = noun_end; k < s.last && k < noun_end + 14; ++k) {
    if (compete.match(doc, k, s.last)) return true;
    if (const auto t = take_part.match(doc, k, s.last)) {
      if (contest.match(doc, k + t.length, s.last)) return true;
    }
    // the figure's clause ends at a semicolon or at another figure
    if (doc.is_punct(k, ";") || doc.is_number(k)) return false;
  }
  return false;
}

// "làm chết 3 người, bị thương 5 người", "2 người chết": the toll of accidents or crimes.
bool casualties(const Document& doc, int32_t first, int32_t last) {
  static const Entry kToll[] = {{"chết"}, {"bị thương"}, {"tử vong"}, {"thiệt mạng"}, {"mất tích"}, {"bị nạn"},
                                {"làm chết"}, {"làm bị thương"}};
  static const PhraseTable toll(kToll);
  const Sentence& s = doc.sentence_of(first);
  return (last < s.last && toll.match(doc, last, s.last)) ||
         static_cast<bool>(toll.match_ending(doc, first, std::max(s.first, first - 3)));
}

// (s15-plan-b) "Tổ liên gia an toàn PCCC được thành lập với 05 hộ gia đình", "ra mắt Tổ tự quản gồm 12
// hộ", "Mô hình … thành lập với 30 hội viên": the households or people a team or a model is set up
// with, after "với" or "gồm", are its members — what the movement sets up, not a crowd. The team
// (its noun) and the act of setting it up (or "gồm") come before the figure in its clause.
bool team_set_up_with(const Document& doc, int32_t first) {
  static const std::string voi = word_key("với"), gom = word_key("gồm");
  if (!(doc.is_key(first - 1, voi) || doc.is_key(first - 1, gom))) return false;
  static const Entry kTeams[] = {{"tổ"}, {"mô hình"}, {"đội"}, {"câu lạc bộ"}, {"CLB"}, {"nhóm"}, {"ban"}};
  static const PhraseTable teams(kTeams);
  // (s17-plan-b) … or kept in place: "duy trì được 75 đội hình … với 1.704 tình nguyện viên".
  static const Entry kSetUp[] = {{"thành lập"}, {"ra mắt"}, {"kiện toàn"}, {"xây dựng"}, {"duy trì"}};
  static const PhraseTable set_up(kSetUp);
  const Sentence& s = doc.sentence_of(first);
  bool team = false, act = doc.is_key(first - 1, gom);
  for (int32_t k = first - 2; k >= s.first && first - k <= 20 && !doc.is_punct(k, ";"); --k) {
    team |= teams.match(doc, k, first) && !not_a_team(doc, k, first);
    act |= static_cast<bool>(set_up.match(doc, k, first));
  }
  return team && act;
}

// "Toàn huyện có 14 xã, thị trấn", "100 đoàn viên ra quân", "30 cán bộ được bồi dưỡng": people
// and places are what a movement counts only when they are given an award ("tặng Kỷ niệm
// chương cho 9 đồng chí", "5 hộ gia đình được tặng Giấy khen") or, for places, when they are a
// group's units ("Cụm gồm 5 xã"). Otherwise their figure is an attendance, a result of the
// period or a description of a place (conventions of 5/12/2026).
// (s20-counts) "tuyên dương 33 thanh thiếu nhi tiêu biểu", "biểu dương 102 Chủ tịch Hội Liên hiệp
// Phụ nữ cấp huyện", "Khen thưởng 19 trưởng ban công tác mặt trận", "lễ tuyên dương 10 gương mặt
// trẻ": people named by who they are (young people, farmers, the heads of a body's branches) are
// counted only as those commended — a commendation, a prize or a title in the figure's clause —
// never for a gift, a crowd or a result ("trao quà cho 50 học sinh", "200 thanh niên ra quân").
bool commended_person_noun(const Document& doc, int32_t noun_first, int32_t noun_last) {
  const auto m = lexicon::count_nouns().match(doc, noun_first, noun_last);
  return m && m.value() == lexicon::kCommendedPeople && noun_first + m.length == noun_last;
}

// A commendation opening between tokens `from` and `to` (it may run past `to`, up to `end`).
bool commended_in_clause(const Document& doc, int32_t from, int32_t to, int32_t end) {
  static const Entry kCommend[] = {{"tuyên dương"}, {"biểu dương"}, {"vinh danh"}, {"tôn vinh"}, {"khen thưởng"},
                                   {"giải thưởng"}, {"Bằng khen"}, {"Giấy khen"}, {"danh hiệu"},
                                   {"Kỷ niệm chương"}, {"Huân chương"}};
  static const PhraseTable commend(kCommend);
  for (int32_t k = from; k < to; ++k)
    if (commend.match(doc, k, end)) return true;
  return false;
}

bool people_or_places_not_given(const Document& doc, int32_t first, int32_t noun_first, int32_t noun_last) {
  static const Entry kPeople[] = {{"người"}, {"cán bộ"}, {"chiến sĩ"}, {"cán bộ, chiến sĩ"}, {"đồng chí"},
                                  {"đoàn viên"}, {"hội viên"}, {"đảng viên"}, {"hộ"}, {"hộ gia đình"}, {"gia đình"},
                                  {"tình nguyện viên"}};
  static const Entry kPlaces[] = {{"xã"}, {"phường"}, {"thị trấn"}, {"Công an xã"}, {"Công an phường"},
                                  {"xã, thị trấn"}, {"xã, phường, thị trấn"}, {"xã, phường"}, {"khu dân cư"}};
  static const PhraseTable people(kPeople), places(kPlaces);
  if (commended_person_noun(doc, noun_first, noun_last)) {
    const Sentence& s = doc.sentence_of(first);
    int32_t from = first, to = noun_last;
    while (from > s.first && from > first - 12 && !doc.is_punct(from - 1, ";")) --from;
    while (to < s.last && to < noun_last + 14 && !doc.is_punct(to, ";")) ++to;
    return !commended_in_clause(doc, from, to, s.last);
  }
  const auto person = people.match(doc, noun_first, noun_last);
  const auto place = places.match(doc, noun_first, noun_last);
  if (!(person && noun_first + person.length == noun_last) && !(place && noun_first + place.length == noun_last))
    return false;
  // The figure's clause: up to a semicolon either side, within the sentence.
  const Sentence& s = doc.sentence_of(first);
  int32_t from = first, to = noun_last;
  while (from > s.first && from > first - 12 && !doc.is_punct(from - 1, ";")) --from;
  while (to < s.last && to < noun_last + 8 && !doc.is_punct(to, ";")) ++to;
  // A verb of awarding or an award in the clause (awarding_in: "tặng", "Bằng khen", "danh hiệu", (s20-counts)
  // "94 cán bộ Đoàn tiêu biểu toàn quốc nhận Giải thưởng Lý Tự Trọng").
  if (awarding_in(doc, from, to)) return false;
  // (s20-counts) "20 cán bộ đoàn xuất sắc, có nhiều cống hiến trong công tác cũng được tuyên
  // dương", "69 cán bộ hội thanh niên Việt Nam tiêu biểu toàn quốc đã được trao Giải thưởng": a
  // commendation further on in the clause still gives to people.
  if (person) {
    int32_t far = to;
    while (far < s.last && far < noun_last + 14 && !doc.is_punct(far, ";")) ++far;
    if (commended_in_clause(doc, to, far, s.last)) return false;
  }
  if (person && team_set_up_with(doc, first)) return false;
  if (person && noun_last < doc.sentence_of(first).last && in_teams(doc, noun_last)) return false;
  static const std::string gom = word_key("gồm"), co = word_key("có");
  // "Có 8 xã, thị trấn ký kết thi đua": the places that sign a group's pledge are its units.
  static const Entry kSign[] = {{"ký kết"}, {"tham gia ký kết"}, {"ký giao ước"}};
  static const PhraseTable sign(kSign);
  if (place && sign.match(doc, noun_last, s.last)) return false;
  if (place) {
    int32_t k = first - 1;
    if (doc.is_key(k, co)) --k;
    if (doc.is_key(k, gom)) return false;
  }
  return true;
}

// ---- awards proposed and units named (conventions of s11-texts) --------------------------------

// "Đề nghị tặng danh hiệu … cho 07 cá nhân; …", "được đề nghị tặng …": awards a meeting proposes
// to a higher level are not given; nor those of a sentence with no verb that goes on with the
// list ("Bằng khen của Thủ tướng Chính phủ cho 7 cá nhân.").
bool proposed(const Document& doc, int32_t first) {
  static const Entry kPropose[] = {{"đề nghị"}, {"đề xuất"}};
  static const PhraseTable propose(kPropose);
  static const Entry kGiveVerbs[] = {{"tặng"}, {"trao"}, {"khen thưởng"}, {"thống nhất"}, {"công nhận"}};
  static const PhraseTable give(kGiveVerbs);
  const PhraseTable& awards = lexicon::awards_listed();
  const Sentence* s = &doc.sentence_of(first);
  // "2 đơn vị được đề nghị tặng Cờ thi đua; 15 cá nhân được tặng Giấy khen": the verb after the
  // figure in its clause decides first.
  // "… cho 23 cá nhân theo đề nghị của Ban Tuyên giáo": given at another body's proposal.
  static const std::string theo = word_key("theo");
  const auto proposes = [&](int32_t k, int32_t end) {
    return propose.match(doc, k, end) && !doc.is_key(k - 1, theo);
  };
  for (int32_t k = first + 1; k < s->last && k < first + 6 && !doc.is_punct(k, ";") && !doc.is_punct(k, ","); ++k) {
    if (proposes(k, s->last)) return true;
    if (give.match(doc, k, s->last)) return false;
  }
  // (s24-counts) "…; 03 tập thể và 14 cá nhân được Sở Y tế tặng giấy khen", "2 tập thể và 5 cá nhân
  // được đề nghị tặng Bằng khen": the passive verb of the figure's own clause (after "được" and the
  // giver), past the second figure joined to it, decides before a proposal in the clause before.
  static const std::string duoc = word_key("được");
  for (int32_t k = first + 1; k < s->last && k < first + 14 && !doc.is_punct(k, ";"); ++k) {
    if (!doc.is_key(k, duoc)) continue;
    for (int32_t v = k + 1; v < s->last && v <= k + 6 && !doc.is_punct(v, ";") && !doc.is_punct(v, ","); ++v) {
      if (proposes(v, s->last)) return true;
      if (give.match(doc, v, s->last)) return false;
    }
    break;
  }
  // Then the verb nearest before it in its clause: "thống nhất: Tặng … cho 1.780 cá nhân" is given
  // (though "các cá nhân đề nghị khen thưởng" came before), "Đề nghị tặng … cho 07 cá nhân" not.
  for (int32_t k = first - 1; k >= s->first; --k) {
    if (proposes(k, first)) return true;
    if (give.match(doc, k, first)) {
      // (s20-counts) "đề nghị VKSND tối cao công nhận danh hiệu A cho 1 đơn vị; công nhận danh hiệu B
      // cho 4 đơn vị": the same verb opening the next item of the list after ";" goes on with the
      // proposal; the verb before it decides.
      if (doc.is_punct(k - 1, ";") && k - 1 > s->first) {
        const auto verb = give.match(doc, k, first);
        bool repeated = false;
        for (int32_t j = k - 2; j >= s->first && !repeated; --j) {
          const auto before = give.match(doc, j, k);
          repeated = before && before.length == verb.length && doc.key(j) == doc.key(k);
        }
        if (repeated) continue;
      }
      if (propose.match_ending(doc, k, std::max(s->first, k - 3))) return true;
      // (s25-contents) "Cụm thống nhất trình Bộ TT&TT khen thưởng Cờ thi đua cho 2 tập thể …", "trình
      // UBND tỉnh tặng …": awards submitted to the body that gives them are proposed (not "chương trình",
      // "quy trình", "tờ trình": a noun, lexicon trinh_nouns).
      static const std::string trinh = word_key("trình");
      const PhraseTable& not_submit = lexicon::trinh_nouns();
      for (int32_t j = k - 1; j >= s->first && k - j <= 10 && !doc.is_punct(j, ",") && !doc.is_punct(j, ";"); --j)
        if (doc.is_key(j, trinh) && doc.tokens[j + 1].capitalised &&
            !not_submit.match_ending(doc, j + 1, std::max(0, j - 1)))
          return true;
      // (s14-plan-b) "đề nghị Thủ tướng Chính phủ tặng …", "đề nghị Chủ tịch UBND tỉnh tặng …":
      // the one asked to give, named between the proposal and the verb, in the same clause.
      for (int32_t j = k - 1; j >= s->first && k - j <= 10 && doc.is_word(j); --j)
        if (proposes(j, k) && j + 2 < k && doc.tokens[j + 2].capitalised) return true;
      return false;
    }
  }
  for (int step = 0; step < 3; ++step) {
    for (int32_t k = s->first; k < (step == 0 ? first : s->last); ++k)
      if (step > 0 && proposes(k, s->last)) return true;
    // A sentence opening with an award and with no verb of giving continues the one before.
    if (!awards.match(doc, s->first, s->last) || s->first == 0) return false;
    for (int32_t k = s->first; k < s->last; ++k)
      if (give.match(doc, k, s->last)) return false;
    s = &doc.sentence_of(s->first - 1);
  }
  return false;
}

// "gồm 8 đơn vị: Hội Nhà báo, …", "03 đơn vị gồm: Sở A; Sở B": units counted and named at once
// are a group's members or a list, not a count.
bool units_named_after(const Document& doc, const NumberMention& n) {
  static const std::string gom = word_key("gồm");
  static const Entry kGroupNouns[] = {{"đơn vị"}, {"cụm"}, {"khối"}};
  static const PhraseTable group_nouns(kGroupNouns);
  const auto g = group_nouns.match(doc, n.last);
  if (!g) return false;
  int32_t k = n.last + g.length;
  // "cho 3 cụm, gồm đoàn cơ sở …": the names follow "gồm" after the count.
  // (s28-lists2) … or "bao gồm", "gồm có", which open a list as "gồm" does.
  if (doc.is_punct(k, ",") && lexicon::member_openers().match(doc, k + 1)) return true;
  if (const auto o = lexicon::member_openers().match(doc, k)) k += o.length;
  else if (!doc.is_key(n.start() - 1, gom) && !doc.is_key(n.start() - 1, word_key("có"))) return false;
  if (doc.is_punct(k, ":") && doc.is_key(n.start() - 1, gom)) return true;
  // (s25-contents) "Khối thi đua số 7 hiện có 9 đơn vị: Trường A, Trường B, …", "gồm 8 đơn vị Cảnh sát PCCC
  // các tỉnh ven biển là Cảnh sát PCCC tỉnh A (…), tỉnh B, …": after a few words naming them, a colon or
  // "là" opens the units' names — a list of as many, commas between (at least two).
  static const std::string la = word_key("là");
  const Sentence& s = doc.sentence_of(n.first);
  for (int32_t t = k; t < s.last && t <= k + 8; ++t) {
    if (doc.is_punct(t, ":") || doc.is_key(t, la)) {
      int commas = 0;
      for (int32_t u = t + 1; u < s.last; ++u) commas += doc.is_punct(u, ",") ? 1 : 0;
      return commas >= 2 && commas + 1 >= static_cast<int>(n.value) - 1;
    }
    if (!doc.is_word(t)) return false;
  }
  return false;
}

// (s25-contents) "đặc biệt 5 phong trào thi đua “A”, cuộc vận động “B”, “C” và phong trào “D”": things
// counted and named at once by quotations (two or more, right after the noun) are a list, not a count.
bool named_by_quotations(const Document& doc, const NumberMention& n) {
  const Sentence& s = doc.sentence_of(n.first);
  int32_t t = n.last;
  while (t < s.last && t < n.last + 4 && doc.is_word(t) && !doc.quote_opening(t)) ++t;
  int quotes = 0;
  static const Entry kJoins[] = {{"và"}, {"cuộc vận động"}, {"phong trào"}, {"phong trào thi đua"}};
  static const PhraseTable joins(kJoins);
  while (t < s.last) {
    const Quote* q = doc.quote_opening(t);
    if (!q || !q->closed) break;
    ++quotes;
    t = q->last + 1;
    if (doc.is_punct(t, ",")) ++t;
    while (const auto j = joins.match(doc, t, s.last)) t += j.length;
  }
  return quotes >= 2;
}

// (s25-contents) "8 đơn vị thống nhất tập trung …", "Các đơn vị … cam kết …": the units signing, as the
// subject of the pledge's verb, are its signers (named or not), not what the movement sets up or has.
bool signers_acting(const Document& doc, const NumberMention& n) {
  const PhraseTable& units = lexicon::general_units();
  const PhraseTable& agree = lexicon::signers_verbs();
  const Sentence& s = doc.sentence_of(n.first);
  if (n.first != s.first) return false;
  const auto u = units.match(doc, n.last, s.last);
  return u && agree.match(doc, n.last + u.length, s.last);
}

// (s26-lists) "… chiến dịch … năm 2024 đã ghi nhận nhiều thành tích đáng kể, như: Thực hiện 15 công trình …;
// sửa chữa 4 ngôi nhà đại đoàn kết …; trao tặng hơn 20 suất học bổng và hơn 500 phần quà …": what is listed
// after "như" as the results or achievements of a period ("thành tích", "kết quả" named before it in the
// sentence) is the period's activity, not what the movement sets up or gives at the event.
bool results_listed(const Document& doc, const NumberMention& n) {
  static const Entry kResults[] = {{"thành tích"}, {"kết quả"}};
  static const PhraseTable results(kResults);
  static const std::string nhu = word_key("như");
  const Sentence& s = doc.sentence_of(n.first);
  int32_t head = -1;
  for (int32_t t = n.first - 1; t > s.first && head < 0; --t)
    if (doc.is_key(t, nhu) && (doc.is_punct(t + 1, ":") || doc.is_punct(t - 1, ","))) head = t;
  if (head < 0) return false;
  for (int32_t t = s.first; t < head; ++t)
    if (results.match(doc, t, head)) return true;
  return false;
}

// (s24-counts) "Khối thi đua số 10 có 20 thành viên, gồm các chi nhánh …: Agribank, …", "Cụm có 5
// thành viên, gồm xã A, xã B …": a group's members counted and then named are its members, not a
// count (the Conventions); "… thành lập với 19 thành viên, gồm 1 tổ trưởng, …" breaks a team's
// size down, and is counted.
bool group_members_named_after(const Document& doc, const NumberMention& n) {
  static const std::vector<std::string> thanh_vien = phrase_keys("thành viên");
  int32_t k = n.last;
  if (!(doc.is_key(k, thanh_vien[0]) && doc.is_key(k + 1, thanh_vien[1]))) return false;
  k += 2;
  // (s28-lists2) "bao gồm", "gồm có" as "gồm".
  const auto o = doc.is_punct(k, ",") ? lexicon::member_openers().match(doc, k + 1) : PhraseTable::Match{};
  if (!o || doc.is_number(k + 1 + o.length)) return false;
  static const Entry kGroups[] = {{"Khối"}, {"Cụm"}, {"Khối thi đua"}, {"Cụm thi đua"}};
  static const PhraseTable groups(kGroups);
  const Sentence& s = doc.sentence_of(n.first);
  for (int32_t t = s.first; t < n.first; ++t)
    if (groups.match(doc, t, n.first)) return true;
  return false;
}

// ---- the goals a pledge announces (conventions of 5/12/2026) -----------------------------------

// "ký giao ước thi đua với 8 nội dung, 15 chỉ tiêu", "thống nhất 7 nội dung, chỉ tiêu", "10 mục
// tiêu, 18 nhiệm vụ đã đề ra": the contents and targets a pledge or a plan sets are counted. The
// noun at token k after the figure: its length, or 0. Not another body's ("3 nội dung trọng tâm
// của Bộ Công an"), nor goals in a sentence that neither signs, registers nor sets them.
int32_t pledged_goal(const Document& doc, int32_t k, int32_t end) {
  // (s26-lists) "tiêu chí" (3): the criteria a pledge sets, as its "chỉ tiêu" — below.
  static const Entry kGoals[] = {{"nội dung"}, {"chỉ tiêu"}, {"tiêu chí", 3}, {"mục tiêu", 2}, {"nhiệm vụ", 2},
                                 {"nhóm nhiệm vụ", 2}, {"giải pháp", 2}, {"nhóm chỉ tiêu"}};
  static const PhraseTable goals(kGoals);
  const auto g = goals.match(doc, k, end);
  if (!g) return 0;
  static const std::string cua = word_key("của");
  for (int32_t t = k + g.length; t < end && t < k + g.length + 4 && doc.is_word(t); ++t)
    if (doc.is_key(t, cua)) return 0;
  // (s26-lists) "07 nội dung thi đua với 39 tiêu chí", "5 nội dung, 20 tiêu chí", "ký kết giao ước thi đua
  // với 15 tiêu chí": criteria counted beside the contents counted before them, or after "với" in the clause
  // of a pledge or a launch, are the pledge's; not the criteria of a title propagated ("tuyên truyền 5 tiêu
  // chuẩn, 24 tiêu chí …"), nor those kept in a review ("duy trì tốt các quy chế và 6 tiêu chí đề ra").
  if (g.value() == 3) {
    static const std::string voi = word_key("với"), va = word_key("và");
    const int32_t before = k - 2;  // the figure is token k - 1
    if (!(doc.is_key(before, voi) || doc.is_key(before, va) || doc.is_punct(before, ","))) return 0;
    for (int32_t t = before - 1; t > 0 && before - t <= 6 && !doc.is_punct(t, ";") && !doc.is_punct(t, "."); --t)
      if (doc.is_number(t) && !doc.is_number(t + 1) && pledged_goal(doc, t + 1, end) && !doc.is_key(t + 1, word_key("tiêu")))
        return g.length;
    if (!doc.is_key(before, voi)) return 0;
    static const Entry kPledgeWords[] = {{"giao ước"}, {"ký kết"}, {"phát động"}, {"cam kết"}, {"đăng ký thi đua"}};
    static const PhraseTable pledge_words(kPledgeWords);
    for (int32_t t = before - 1; t >= doc.sentence_of(k).first && !doc.is_punct(t, ";") && !doc.is_punct(t, ","); --t)
      if (pledge_words.match(doc, t, before)) return g.length;
    return 0;
  }
  // (s28-lists) "giao các đơn vị thực hiện 7 nhóm chỉ tiêu chung và 10 nhóm chỉ tiêu cụ thể": goals joined by
  // "và" to goals set just before them are set alike.
  {
    static const std::string va = word_key("và");
    const int32_t before = k - 2;  // the figure is token k - 1
    if (doc.is_key(before, va))
      for (int32_t t = before - 1; t > doc.sentence_of(k).first && before - t <= 6 && (doc.is_word(t) || doc.is_number(t)); --t)
        if (doc.is_number(t) && !doc.is_number(t + 1) && goals.match(doc, t + 1, end) && pledged_goal(doc, t + 1, end))
          return g.length;
  }
  // (s28-lists) "Công an 8 tỉnh thuộc Cụm thi đua số 3 đã thống nhất 8 nội dung", "các xã cam kết 5 chỉ tiêu": goals
  // the units agree on, right after the verb, are the pledge's.
  if (lexicon::pledge_verbs().match_ending(doc, k - 1, std::max(0, k - 4))) return g.length;
  static const Entry kSet[] = {{"đề ra"}};
  static const PhraseTable set(kSet);
  // "mục tiêu", "nhiệm vụ": only those set ("đã đề ra") — a pledge "với 9 nhiệm vụ, 3 giải pháp"
  // names its work, not goals (the development set counts those only when set).
  for (int32_t t = k + g.length; t < end && t < k + g.length + 8; ++t)
    if (set.match(doc, t, end)) return g.length;
  // (s15-plan-b) "… yêu cầu các sở, ngành tập trung thực hiện 6 nhiệm vụ trọng tâm": the tasks a
  // directive or a plan demands, in the clause of its "yêu cầu", are set too.
  static const std::string yeu = word_key("yêu"), cau = word_key("cầu");
  for (int32_t t = k - 2; t > doc.sentence_of(k).first && k - t <= 24 && !doc.is_punct(t, ";"); --t)
    if (doc.is_key(t - 1, yeu) && doc.is_key(t, cau)) return g.length;
  // (s24-counts) "xây dựng kế hoạch triển khai 09 nhóm nhiệm vụ chủ yếu và 05 giải pháp cơ bản", "ban
  // hành kế hoạch thực hiện 6 nhiệm vụ trọng tâm": the tasks and solutions a plan sets out to carry out.
  static const std::vector<std::string> ke_hoach = phrase_keys("kế hoạch");
  static const Entry kCarryOut[] = {{"triển khai"}, {"thực hiện"}, {"triển khai thực hiện"}};
  static const PhraseTable carry_out(kCarryOut);
  if (const auto c = carry_out.match_ending(doc, k - 1, std::max(0, k - 4))) {
    const int32_t verb = k - 1 - c.length;  // the figure is token k - 1
    if (doc.is_key(verb - 2, ke_hoach[0]) && doc.is_key(verb - 1, ke_hoach[1])) return g.length;
    // (s27-lists) "Năm 2022, Khối thi đua … phấn đấu thực hiện 8 nhiệm vụ trọng tâm": the tasks a body strives
    // to carry out are set as the plan's are.
    static const std::vector<std::string> phan_dau = phrase_keys("phấn đấu");
    if (doc.is_key(verb - 2, phan_dau[0]) && doc.is_key(verb - 1, phan_dau[1])) return g.length;
    // (s28-lists) "Công an thành phố giao các đơn vị thực hiện 7 nhóm chỉ tiêu chung", "Sở giao các trường
    // triển khai 5 nội dung": goals a body assigns to the units it names are set — "giao" (not "giao ước")
    // a few words before the verb, in its clause.
    static const std::string giao = word_key("giao"), uoc = word_key("ước");
    for (int32_t t = verb - 1; t >= doc.sentence_of(k).first && verb - t <= 12 && (doc.is_word(t) || doc.is_punct(t, ",")); --t)
      if (doc.is_key(t, giao) && !doc.is_key(t + 1, uoc) && t + 1 < verb) return g.length;
  }
  // (s15-plan-b) "các mục tiêu, chỉ tiêu thi đua năm 2024 (17 chỉ tiêu về …)": the figure in brackets
  // counts the targets just named — the emulation's own, set by the text.
  if (doc.is_punct(k - 2, "(")) {
    static const std::vector<std::string> chi_tieu = phrase_keys("chỉ tiêu");
    for (int32_t t = k - 3; t > 0 && k - t <= 12 && doc.tokens[t].kind != TokenKind::kPunct; --t)
      if (doc.is_key(t - 1, chi_tieu[0]) && doc.is_key(t, chi_tieu[1])) return g.length;
  }
  // (s24-counts) "… 09 nhóm nhiệm vụ chủ yếu và 05 giải pháp cơ bản": joined by "và" or a comma to
  // tasks set just before, the second are set too.
  static const std::string va = word_key("và");
  if (g.value() == 2 && (doc.is_key(k - 2, va) || doc.is_punct(k - 2, ",")))
    for (int32_t t = k - 3; t > 0 && t >= k - 10 && !doc.is_punct(t, ";"); --t)
      if (doc.is_number(t) && !doc.is_number(t + 1)) return pledged_goal(doc, t + 1, end) ? g.length : 0;
  if (g.value() == 2) return 0;
  // "tập trung vào 3 nội dung cụ thể: …", "được phân thành 7 nội dung: …": the list follows.
  for (int32_t t = k + g.length; t < end && t <= k + g.length + 3; ++t) {
    if (doc.is_punct(t, ":")) return g.length;
    if (!doc.is_word(t)) break;
  }
  // (s16-plan-c) "ký kết": "5 nội dung ký kết thi đua chính" names the pledge's act.
  // (s22-orgs) "phát động phong trào thi đua … với 4 nội dung trọng tâm": a launch sets its contents too.
  static const Entry kPledge[] = {{"giao ước"}, {"đăng ký thi đua"}, {"cam kết"}, {"phấn đấu hoàn thành"}, {"ký kết"},
                                  {"phát động"}};
  static const PhraseTable pledge(kPledge);
  const Sentence& s = doc.sentence_of(k);
  for (int32_t t = s.first; t < s.last; ++t)
    if (pledge.match(doc, t, s.last)) return g.length;
  return 0;
}

// "Cụm thi đua số 6 gồm Công an 12 quận nội thành", "Khối gồm 8 huyện miền núi": a group's units
// counted but not named are a count of their level (the conventions), up to a link word. Not
// when the names follow ("Công an 5 tỉnh Hưng Yên, Thái Bình …", "Công an 4 tỉnh: …"), and only
// after "gồm". The end of what is counted, or 0.
int32_t group_units_counted(const Document& doc, const NumberMention& n, int32_t end) {
  static const std::string gom = word_key("gồm"), la = word_key("là");
  const auto lv = lexicon::levels().match(doc, n.last, end);
  if (!lv || !n.integer || n.value < 2) return 0;
  int32_t before = n.start() - 1;
  static const std::vector<std::string> cong_an = phrase_keys("Công an");
  if (doc.is_key(before, cong_an[1]) && doc.is_key(before - 1, cong_an[0])) before -= 2;
  if (!doc.is_key(before, gom)) return 0;
  const int32_t after = n.last + lv.length;
  // the names follow: a capitalised name and a comma, or a colon / "là" opening them
  if (after < end && doc.is_word(after) && doc.tokens[after].capitalised && doc.is_punct(after + 1 + 0, ",")) return 0;
  // (s26-lists) "… gồm 10 tỉnh, thành phố khu vực Đồng bằng sông Hồng: Hà Nội, Hà Nam, …": a second level and the
  // region between the count and the colon opening the names.
  for (int32_t k = after; k < end && k < after + 12; ++k) {
    if (doc.is_punct(k, ":") || doc.is_key(k, la)) return 0;
    if (k >= after + 6 && !doc.is_word(k) && !doc.is_punct(k, ",")) break;
    if (doc.is_word(k) && doc.tokens[k].capitalised) {
      int32_t e = k;
      while (e < end && doc.is_word(e) && doc.tokens[e].capitalised) ++e;
      if (doc.is_punct(e, ",") || doc.is_key(e, word_key("và"))) return 0;  // "… Hưng Yên, Thái Bình"
      // (s26-lists) a region's name ("khu vực Đồng bằng sông Hồng") may stand before the colon
      bool colon = false;
      for (int32_t c = e; c < end && c < after + 12 && !colon; ++c) {
        colon = doc.is_punct(c, ":");
        if (!doc.is_word(c) && !colon) break;
      }
      if (colon) return 0;
      break;
    }
  }
  int32_t k = after;
  while (k < end && k < after + 8 && doc.is_word(k) && !lexicon::predicates().match(doc, k, end)) ++k;
  return k;
}

}  // namespace

std::vector<std::string> quoted_pieces(const Document& doc, int32_t k) {
  const Quote* q = doc.quote_opening(k);
  if (!q || !q->closed || q->open != k) return {};
  std::vector<std::string> out;
  int32_t from = q->first;
  for (int32_t t = q->first; t <= q->last; ++t) {
    const bool end = t == q->last || doc.is_punct(t, "\u2026");
    if (!end && !doc.is_punct(t, ",")) {
      if (!doc.is_word(t)) return {};  // a stop, a colon, a bracket: a sentence or a name, no list
      continue;
    }
    if (t == from || t - from > 6) return {};
    out.push_back(clean(doc.text_of(from, t)));
    from = t + 1;
    if (end) break;
  }
  return out.size() >= 2 ? out : std::vector<std::string>{};
}

std::vector<CountResult> extract_counts(const Analysis& a) {
  const Document& doc = a.doc;
  std::vector<CountResult> out;
  struct SeenCount {
    std::string key;
    double value;
    size_t index;  // in `out`
  };
  std::vector<SeenCount> seen;
  static const std::vector<std::string> trong_do = phrase_keys("trong đó");
  int32_t counted_sentence = -1;
  std::set<std::string> nouns_in_sentence;
  for (const NumberMention& n : a.numbers.numbers) {
    if (n.percent || !n.integer || n.value <= 0) continue;
    if (const int32_t units_end = group_units_counted(doc, n, doc.sentence_of(n.first).last)) {
      CountResult c;
      c.what = clean(doc.text_of(n.last, units_end));
      c.value = n.value;
      c.first = n.first;
      out.push_back(std::move(c));
      seen.push_back({unit_key(out.back().what), n.value, out.size() - 1});
      continue;
    }
    if (names_something(doc, n.first - 1)) continue;
    // (s14-plan-b) "tổng kết 5 năm phong trào …", "sơ kết ba năm thực hiện …": "năm" after a figure
    // is the year it counts, not the number five.
    static const std::string nam_word = word_key("năm");
    if (n.word && doc.is_key(n.first, nam_word) && n.first > 0 && a.numbers.number_at[static_cast<size_t>(n.first - 1)] >= 0)
      continue;
    if (proposed(doc, n.first) || units_named_after(doc, n) || group_members_named_after(doc, n) ||
        named_by_quotations(doc, n) || signers_acting(doc, n) || results_listed(doc, n))
      continue;
    // (s16-plan-c) "xây dựng ít nhất 1 mô hình …", "từ 4 hợp tác xã trở lên", "không quá 5 thành
    // viên": a floor or a cap is a level to reach (a target), not what the text counts.
    if (n.qualifier == Direction::kAtLeast || n.qualifier == Direction::kAtMost) continue;
    // "lãnh đạo hai đơn vị", "đại diện 5 xã": people acting for the units, not a count of them.
    // (s15-plan-b) "các tổ trưởng 12 tổ dân phố", "bí thư 15 chi bộ": the heads of the units, there
    // for them.
    static const Entry kFor[] = {{"lãnh đạo"}, {"đại diện"}, {"tổ trưởng"}, {"bí thư"}, {"chủ tịch"}};
    static const PhraseTable acting_for(kFor);
    if (acting_for.match_ending(doc, n.start(), std::max(0, n.start() - 2))) continue;
    // (s24-counts) "các đồng chí đại diện Lãnh đạo của 08 đơn vị thành viên", "đại diện của 20 đơn vị":
    // the same, with "của" before the figure.
    static const std::string cua = word_key("của");
    if (doc.is_key(n.start() - 1, cua) && acting_for.match_ending(doc, n.start() - 1, std::max(0, n.start() - 3))) continue;
    if (about_past_year(a, n.first) || recalls_longer_period(a, n.first)) continue;
    const int32_t end = doc.sentence_of(n.first).last;
    auto noun = lexicon::count_nouns().match(doc, n.last, end);
    int32_t last = 0;
    const int32_t listed_gift = noun || pledged_goal(doc, n.last, end) ? 0 : gift_list_item(a, n, end);
    if (listed_gift) {
      static const Entry kGiven{"quà", lexicon::kGiftsGiven};
      noun = PhraseTable::Match{1, &kGiven};
    }
    if (const int32_t goal = noun ? 0 : pledged_goal(doc, n.last, end)) {
      // "8 nội dung, 15 chỉ tiêu": the noun alone; "7 nội dung, chỉ tiêu": two nouns, one figure.
      static const Entry kGoal{"nội dung"};
      noun = PhraseTable::Match{goal, &kGoal};
      last = n.last + goal;
      // "nội dung giao ước", "chỉ tiêu cụ thể", "nội dung trọng tâm": the words that qualify goals.
      // (s16-plan-c) They follow one another: "6 nội dung ký kết thi đua chính", "5 nội dung giao
      // ước thi đua trọng tâm", "3 chỉ tiêu thi đua cụ thể".
      const PhraseTable& goal_qualifiers = lexicon::goal_qualifiers();
      for (int steps = 0; steps < 4; ++steps) {
        const auto q = goal_qualifiers.match(doc, last, end);
        if (!q) break;
        last += q.length;
      }
      // "17 chỉ tiêu chủ yếu về phát triển kinh tế, xã hội": the field they are about.
      static const std::string ve = word_key("về");
      if (doc.is_key(last, ve) && doc.is_word(last + 1)) {
        int32_t f = last + 1;
        // (s15-plan-b) "(17 chỉ tiêu về phát triển KT-XH, đảm bảo QP-AN, xây dựng …)": in brackets,
        // the field runs to the closing bracket, across glued hyphens ("KT-XH").
        const bool bracketed = doc.is_punct(n.start() - 1, "(");
        const int32_t reach = bracketed ? 25 : 10;
        const auto glued_hyphen = [&](int32_t t) {
          return doc.is_punct(t, "-") && doc.glued(t) && doc.glued(t + 1) && doc.is_word(t + 1);
        };
        while (f < end && f < last + reach &&
               (doc.is_word(f) || glued_hyphen(f) || (doc.is_punct(f, ",") && doc.is_word(f + 1) && !doc.is_number(f + 1))) &&
               !lexicon::predicates().match(doc, f, end))
          ++f;
        last = f;
      }
      static const std::string va = word_key("và");
      if ((doc.is_punct(last, ",") || doc.is_key(last, va)) && !doc.is_number(last + 1))
        if (const int32_t second = pledged_goal(doc, last + 1, end)) last += 1 + second;
    } else {
      if (!noun || lexicon::not_counted().match(doc, n.last, end) || describes_place(doc, n.first)) continue;
      // (s24-counts) "tặng 20 suất quà, 7 xe đạp cho …": a gift counts only when given in its clause
      // ("thu giữ 12 xe đạp" does not).
      if (noun.value() == lexicon::kGiftsGiven && !listed_gift && !gift_given(doc, n.start())) continue;
      // "một phong trào thi đua sôi nổi": "một" is the article; it counts only those commended
      // ("tặng Bằng khen cho một tập thể").
      if (n.word && n.value == 1 && noun.value() != 1) continue;
    // "5 tổ chức đoàn thể": an organisation, not a team ("tổ").
    static const std::vector<std::string> to_chuc = phrase_keys("tổ chức");
    if (noun.length == 1 && doc.is_key(n.last, to_chuc[0]) && doc.is_key(n.last + 1, to_chuc[1])) continue;
      last = listed_gift ? listed_gift
             : noun.value() == 1 ? award_qualified(doc, joined_award_noun(doc, n.last + noun.length, end), end)
                               : what_end(doc, n.last, noun.length, end);
    }
    // (s24-counts) "03 nội dung chính “Xung kích, sáng tạo, tình nguyện”", "4 chỉ tiêu “A, B, C, D”": a
    // quotation after goals that lists as many pieces as the figure is the goals themselves (the
    // contents), not the name of what is counted ("12 Tổ “Tự phòng, tự quản, tự bảo vệ”" is).
    static const std::vector<std::string> noi_dung = phrase_keys("nội dung"), chi_tieu = phrase_keys("chỉ tiêu");
    if ((doc.is_key(n.last, noi_dung[0]) && doc.is_key(n.last + 1, noi_dung[1])) ||
        (doc.is_key(n.last, chi_tieu[0]) && doc.is_key(n.last + 1, chi_tieu[1])))
      for (int32_t q = n.last + 2; q < last; ++q)
        if (doc.quote_opening(q)) {
          if (static_cast<double>(quoted_pieces(doc, q).size()) == n.value) last = q;
          break;
        }
    if (title_held_for_years(doc, last, end) || owners_of_a_result(doc, n, last, end)) continue;
    if (counts_attendees(doc, n.first, n.last, last) || size_of_each(doc, n.first) || signs_pledge(doc, last, end)) continue;
    if ((estimated(doc, n.first) && !(noun.value() == 1 && awarded_in_clause(doc, n.first) && !approximate(doc, n.first))) || reached_by_work(doc, n.start()) || takes_part(doc, n.start(), n.last, last) ||
        casualties(doc, n.start(), n.last + noun.length) || people_or_places_not_given(doc, n.start(), n.last, n.last + noun.length) ||
        contestants(doc, n.first, n.last + noun.length))
      continue;
    if (part_of_previous(doc, n.first, unit_key(doc.text_of(n.last, n.last + noun.length)))) continue;
    // (s17-plan-b) "Lễ ký kết giao ước thi đua 2016 Cụm thi đua số 11", "năm 2024 Khối thi đua số
    // 4": a noun followed by "số" and a figure is a numbered unit's name; the figure before it (a
    // year) counts nothing.
    static const std::string so_name = word_key("số");
    if ((doc.is_key(last, so_name) && doc.is_number(last + 1)) || (doc.is_key(last - 1, so_name) && doc.is_number(last)))
      continue;
    CountResult c;
    c.what = clean(doc.text_of(n.last, last));
    c.value = n.value;
    c.first = n.first;
    if (c.what.empty()) continue;
    // "21 các nhân": the award's noun with its tone lost ("cá nhân").
    static const std::string cac = word_key("các");
    if (doc.is_key(n.last, cac) && c.what.rfind("các nhân", 0) == 0) c.what.replace(0, std::string("các").size(), "cá");
    // "13 đơn vi thuộc Cụm …": "đơn vị" with its tone lost.
    if (c.what == "đơn vi" || c.what.rfind("đơn vi ", 0) == 0) c.what.replace(0, std::string("đơn vi").size(), "đơn vị");
    // "08 tập thể, 16 cá nhân…, trong đó Công an tỉnh X có 01 tập thể": a part of a count.
    const int32_t sentence = static_cast<int32_t>(&doc.sentence_of(n.first) - doc.sentences.data());
    if (sentence != counted_sentence) {
      // "… tuyên dương 70 cá nhân, tập thể. Trong đó, 30 cá nhân, tập thể là …": the sentence
      // opening with "Trong đó" parts the count of the sentence just before.
      const int32_t opening = doc.sentences[static_cast<size_t>(sentence)].first;
      const bool continues = counted_sentence == sentence - 1 && doc.is_key(opening, trong_do[0]) &&
                             doc.is_key(opening + 1, trong_do[1]);
      counted_sentence = sentence;
      if (!continues) nouns_in_sentence.clear();
    }
    bool part = false;
    // … also when the whole counted a longer noun: "673 lượt cá nhân …, trong đó có 2 cá nhân".
    const auto counted_before = [&](const std::string& key) {
      return std::any_of(nouns_in_sentence.begin(), nouns_in_sentence.end(), [&](const std::string& before) {
        return before.size() >= key.size() && before.compare(before.size() - key.size(), key.size(), key) == 0;
      });
    };
    // … or the same head noun with another qualifier: "14 CLB Cựu quân nhân …, trong đó có 4 CLB
    // cấp phường, 10 CLB khu phố".
    const std::string head = "\n" + unit_key(doc.text_of(n.last, n.last + noun.length));
    for (int32_t k = doc.sentence_of(n.first).first; k < n.first && !part; ++k) {
      part = doc.is_key(k, trong_do[0]) && doc.is_key(k + 1, trong_do[1]) &&
             (counted_before(unit_key(c.what)) || nouns_in_sentence.count(head) > 0 || awarded_whole_before(doc, k));
    }
    // "6/8 đơn vị được …, 4/8 đơn vị … và 1 đơn vị được …": a bare figure among shares of a
    // total written as fractions of the same noun is one more share, not a count of its own.
    const Sentence& within = doc.sentence_of(n.first);
    for (int32_t k = within.first; k + 3 < within.last && !part; ++k) {
      if (!(doc.is_number(k) && doc.is_punct(k + 1, "/") && doc.glued(k + 1) && doc.is_number(k + 2))) continue;
      const auto share = lexicon::count_nouns().match(doc, k + 3, within.last);
      part = share && share.length == noun.length &&
             unit_key(doc.text_of(k + 3, k + 3 + share.length)) == unit_key(doc.text_of(n.last, n.last + noun.length));
    }
    nouns_in_sentence.insert(unit_key(c.what));
    nouns_in_sentence.insert(head);
    if (part) continue;
    const std::string key = unit_key(c.what);
    // "05 Tổ" after "05 Tổ bảo vệ an ninh, trật tự cơ sở" is the same count said again; the
    // count keeps its longest wording ("74 Tổ bảo vệ an ninh, trật tự" then "74 tổ bảo vệ an
    // ninh, trật tự ở cơ sở" is the second).
    const auto repeated = std::find_if(seen.begin(), seen.end(), [&](const SeenCount& s) {
      return s.value == c.value && (s.key.rfind(key, 0) == 0 || key.rfind(s.key, 0) == 0);
    });
    if (repeated != seen.end()) {
      if (key.size() > repeated->key.size()) {
        repeated->key = key;
        out[repeated->index].what = std::move(c.what);
      }
      continue;
    }
    seen.push_back({key, c.value, out.size()});
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace thidua::text::plan
