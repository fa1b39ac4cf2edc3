#include "text/plan/dates.h"

#include <algorithm>
#include <cstdlib>
#include <string>

#include "text/plan/lexicon.h"

namespace thidua::text::plan {
namespace {

struct Keys {
  std::string thang = word_key("tháng"), nam = word_key("năm"), ngay = word_key("ngày"),
              tu = word_key("từ"), nay = word_key("nay"), den = word_key("đến"),
              toi = word_key("tới"), het = word_key("hết"), cho = word_key("cho"),
              so = word_key("số"), bat = word_key("bắt"), dau = word_key("đầu");
  // Words after which a bare "4-3" or "7.8" is a day and month: "Ngày 4-3", "Sáng 21-5",
  // "từ ngày 19-5 đến 19-8-2020". Without one, "3-5" may be a range of numbers.
  std::vector<std::string> day_cues = {word_key("ngày"), word_key("sáng"), word_key("chiều"), word_key("tối"),
                                       word_key("trưa"), word_key("đêm"), word_key("hôm"), word_key("từ"),
                                       word_key("đến"), word_key("tới")};
};
const Keys& keys() {
  static const Keys k;
  return k;
}

int number_value(const Document& doc, int32_t i) {
  if (!doc.is_number(i) || doc.key(i).size() > 4) return -1;
  return std::atoi(doc.key(i).c_str());
}
int digits(const Document& doc, int32_t i) { return static_cast<int>(doc.key(i).size()); }
// (s21-dates) "5 năm qua" right before token `open` (a bracket): a count of the years gone.
bool years_gone_before(const Document& doc, int32_t open) {
  static const std::string qua = word_key("qua");
  return doc.is_key(open - 1, qua) && doc.is_key(open - 2, keys().nam) && doc.is_number(open - 3) &&
         number_value(doc, open - 3) >= 2 && number_value(doc, open - 3) <= 30;
}
bool after_day_cue(const Document& doc, int32_t i) {
  for (const std::string& cue : keys().day_cues)
    if (doc.is_key(i - 1, cue)) return true;
  // (s20-lead) "Sáng nay 20.12", "Sáng mai 9-9": a part of the day and the deictic word naming
  // which day, the day and month written after them. (Not "Hôm qua 12.5": a past day the text's
  // other years do not place.)
  static const std::string nay = word_key("nay"), mai = word_key("mai");
  static const std::vector<std::string> parts = {word_key("sáng"), word_key("chiều"), word_key("tối"),
                                                 word_key("trưa"), word_key("đêm"), word_key("hôm")};
  if (doc.is_key(i - 1, nay) || doc.is_key(i - 1, mai))
    for (const std::string& part : parts)
      if (doc.is_key(i - 2, part)) return true;
  return false;
}
// (s22-forms) A percent sign or its words after a figure: "5-10%", "5-10 phần trăm" (a range of shares).
bool percent_at(const Document& doc, int32_t i) {
  static const std::string phan = word_key("phần"), tram = word_key("trăm");
  return doc.is_punct(i, "%") || (doc.is_key(i, phan) && doc.is_key(i + 1, tram));
}
// What follows a day and month written with "-" or ".": not a unit or another number ("7.8,5").
// (s22-forms) A number after a comma and a space starts the next phrase: "Ngày 13.3, 13 đơn vị …".
bool ends_date(const Document& doc, int32_t i) {
  return !(doc.glued(i) && (doc.is_punct(i, "%") || doc.is_punct(i, ",") || doc.is_punct(i, "."))) ||
         !doc.is_number(i + 1) || (doc.is_punct(i, ",") && !doc.glued(i + 1));
}
bool valid_year(int y) { return y >= 1900 && y <= 2100; }
bool valid_day_month(int d, int m, int y) {
  return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y ? y : 2024, m);
}

// Reads one date at token i within [i, end); returns its mention with last == 0 when none.
DateMention read_date(const Document& doc, int32_t i, int32_t end) {
  const Keys& k = keys();
  DateMention m;
  m.first = i;
  auto fits = [&](int32_t last) { return last <= end; };
  // Document numbers ("số 12/2024/QĐ-BCA", "125/KH") are not dates.
  const bool after_code = doc.is_key(i - 1, k.so) || (doc.is_punct(i - 1, "/") && doc.glued(i));
  const int a = number_value(doc, i);
  // "giai đoạn 2010-2015", the dash glued: the first year of a period, read as a whole year
  // (the second is read below, after the dash).
  static const std::string doan_glued = word_key("đoạn");
  if ((doc.is_key(i - 1, doan_glued) || (doc.is_punct(i - 1, "(") && years_gone_before(doc, i - 1))) &&
      digits(doc, i) == 4 && valid_year(a) && fits(i + 1) &&
      (doc.is_punct(i + 1, "-") || doc.is_punct(i + 1, "–")) && doc.is_number(i + 2) && digits(doc, i + 2) == 4) {
    m.year = a;
    m.precision = Precision::kYear;
    m.last = i + 1;
    return m;
  }
  if (a >= 0 && !after_code && doc.in(i + 2) && fits(i + 3) && doc.glued(i + 1) && doc.glued(i + 2) &&
      (doc.is_punct(i + 1, "/") || doc.is_punct(i + 1, "-") || doc.is_punct(i + 1, "."))) {
    const std::string sep = doc.key(i + 1);
    const int b = number_value(doc, i + 2);
    const bool code_follows = doc.glued(i + 3) && (doc.is_punct(i + 3, "/") || doc.is_punct(i + 3, "-")) &&
                              !doc.is_number(i + 4);
    // (s17-plan-c) "giai đoạn tháng 9.2022 - 6.2023": the second month of a range of months, written
    // as the first was ("M.YYYY", "M-YYYY"), without "tháng" again.
    const bool second_month = (doc.is_punct(i - 1, "-") || doc.is_punct(i - 1, "–")) && doc.is_number(i - 2) &&
                              digits(doc, i - 2) == 4 && doc.is_punct(i - 3, sep) && doc.is_key(i - 5, k.thang);
    if (b >= 0 && (sep == "/" || second_month) && digits(doc, i + 2) == 4 && digits(doc, i) <= 2 && a >= 1 &&
        a <= 12 && valid_year(b) && !code_follows) {
      m.month = a;
      m.year = b;
      m.precision = Precision::kMonth;
      m.last = i + 3;
      return m;
    }
    if (b >= 0 && digits(doc, i) <= 2 && digits(doc, i + 2) <= 2) {
      // (s21-dates) "Ngày 19/02/ 2024": a year the writer spaced from its slash, after a day's cue.
      const bool with_year = doc.is_punct(i + 3, sep) && doc.glued(i + 3) && doc.is_number(i + 4) &&
                             (doc.glued(i + 4) || (sep == "/" && after_day_cue(doc, i))) && digits(doc, i + 4) == 4 &&
                             fits(i + 5);
      const int y = with_year ? number_value(doc, i + 4) : 0;
      if (with_year && valid_year(y) && valid_day_month(a, b, y)) {
        if (doc.glued(i + 5) && doc.is_punct(i + 5, "/")) return DateMention{};  // "1/2/2025/QĐ"
        m.day = a;
        m.month = b;
        m.year = y;
        m.last = i + 5;
        return m;
      }
      // (s22-forms) "đến ngày 23.6." ends its sentence: the stop after it is no third part.
      const bool third_part = doc.glued(i + 3) && doc.is_punct(i + 3, sep) &&
                              !(sep == "." && !(doc.is_number(i + 4) && doc.glued(i + 4)));
      const bool cued = sep != "/" && after_day_cue(doc, i) && !percent_at(doc, i + 3) && !third_part &&
                        ends_date(doc, i + 3);
      // "tại 9/9 khu dân cư", "15/18 xã, phường", "10/12 chỉ tiêu": a share of the places or things
      // named after it, not a day.
      static const Entry kCounted[] = {{"khu"}, {"thôn"}, {"ấp"}, {"tổ"}, {"xóm"}, {"bản"}, {"buôn"}, {"hộ"},
                                       {"đơn vị"}, {"trường"}, {"cơ quan"}, {"chỉ tiêu"}, {"điểm"}, {"địa phương"}};
      static const PhraseTable counted(kCounted);
      // (s17-audit-b) "lãnh đạo của 08/08 Hội trong khối", "06/06 Công đoàn cơ sở": all of the bodies
      // named after it, written N/N, the body's head capitalised — not a day unless a day's cue
      // ("ngày", "sáng"…) is before it ("sáng 10/11 Cụm thi đua …" is a day).
      const bool all_of = a == b && doc.is_word(i + 3) && doc.tokens[i + 3].capitalised && !after_day_cue(doc, i) &&
                          lexicon::unit_heads().match(doc, i + 3, end);
      const bool share = !with_year && sep == "/" && a <= b && doc.is_word(i + 3) &&
                         ((!doc.tokens[i + 3].capitalised &&
                           (counted.match(doc, i + 3, end) || lexicon::levels().match(doc, i + 3, end))) ||
                          all_of);
      if (!with_year && !share && (sep == "/" || cued) && valid_day_month(a, b, 0) && !code_follows &&
          !(doc.glued(i + 3) && doc.is_punct(i + 3, "/"))) {
        m.day = a;
        m.month = b;
        m.last = i + 3;
        return m;
      }
    }
    return DateMention{};
  }
  // "Ngày 16- 12": a day and month the writer spaced apart, only right after "ngày" — (s21-dates) or a
  // part of the day: "tối 22 - 11, tại Trung tâm …".
  static const std::vector<std::string> parts_of_day = {word_key("sáng"), word_key("chiều"), word_key("tối"),
                                                        word_key("trưa")};
  const bool day_word = doc.is_key(i - 1, keys().ngay) ||
                        std::any_of(parts_of_day.begin(), parts_of_day.end(), [&](const std::string& w) { return doc.is_key(i - 1, w); });
  if (a >= 1 && a <= 31 && !after_code && day_word && doc.is_punct(i + 1, "-") &&
      !doc.glued(i + 2) && doc.is_number(i + 2) && digits(doc, i + 2) <= 2 && fits(i + 3) &&
      valid_day_month(a, number_value(doc, i + 2), 0) && !percent_at(doc, i + 3) &&
      // (s22-forms) Nor "ngày 4 - 5/10/2022": the first day of days the next date closes, however
      // that date is written ("5-10-2022", "5.10.2022").
      !((doc.is_punct(i + 3, "-") || doc.is_punct(i + 3, "/") || doc.is_punct(i + 3, ".")) && doc.glued(i + 3)) &&
      !doc.is_key(i + 3, k.thang)) {  // "ngày 4 - 5 tháng 10 năm 2022"
    m.day = a;
    m.month = number_value(doc, i + 2);
    m.last = i + 3;
    if (doc.is_punct(i + 3, "-") && doc.is_number(i + 4) && digits(doc, i + 4) == 4 && fits(i + 5) &&
        valid_year(number_value(doc, i + 4))) {
      m.year = number_value(doc, i + 4);
      m.last = i + 5;
    }
    return m;
  }
  // "05 tháng 3 năm 2025", "ngày 5 tháng 3"
  if (a >= 1 && a <= 31 && digits(doc, i) <= 2 && doc.is_key(i + 1, k.thang) && fits(i + 3)) {
    const int b = number_value(doc, i + 2);
    if (b >= 1 && b <= 12 && digits(doc, i + 2) <= 2) {
      m.day = a;
      m.month = b;
      m.last = i + 3;
      if (doc.is_key(i + 3, k.nam) && doc.is_number(i + 4) && fits(i + 5) && valid_year(number_value(doc, i + 4))) {
        m.year = number_value(doc, i + 4);
        m.last = i + 5;
      } else if (doc.is_punct(i + 3, "/") && doc.glued(i + 3) && doc.is_number(i + 4) && doc.glued(i + 4) &&
                 fits(i + 5) && valid_year(number_value(doc, i + 4))) {
        m.year = number_value(doc, i + 4);
        m.last = i + 5;
      } else if (doc.tokens[i + 1].capitalised && doc.is_number(i + 3) && !doc.glued(i + 3) && digits(doc, i + 3) == 4 &&
                 !doc.is_punct(i + 4, "/") && fits(i + 4) && valid_year(number_value(doc, i + 3))) {
        // (s26-orgs) "Thứ hai, 25 Tháng 3 2024 16:51": a page's stamp writes the year right after the
        // month, "Tháng" in capitals and no "năm".
        m.year = number_value(doc, i + 3);
        m.last = i + 4;
      }
      if (!valid_day_month(m.day, m.month, m.year)) return DateMention{};
      return m;
    }
  }
  // "tháng 3/2025", "tháng 10-2025", "tháng 10.2025", "tháng 3 năm 2025", "tháng 3"
  if (doc.is_key(i, k.thang) && !doc.is_number(i - 1) && fits(i + 2)) {
    const int b = number_value(doc, i + 1);
    if (b >= 1 && b <= 12 && digits(doc, i + 1) <= 2) {
      m.month = b;
      m.precision = Precision::kMonth;
      m.last = i + 2;
      if ((doc.is_punct(i + 2, "/") || doc.is_punct(i + 2, "-") || doc.is_punct(i + 2, ".")) && doc.glued(i + 2) &&
          doc.is_number(i + 3) && doc.glued(i + 3) && digits(doc, i + 3) == 4 &&
          fits(i + 4) && valid_year(number_value(doc, i + 3))) {
        m.year = number_value(doc, i + 3);
        m.last = i + 4;
      } else if (doc.is_key(i + 2, k.nam) && doc.is_number(i + 3) && fits(i + 4) &&
                 valid_year(number_value(doc, i + 3))) {
        m.year = number_value(doc, i + 3);
        m.last = i + 4;
      }
      return m;
    }
  }
  // "giai đoạn 2015 - 2020": two years, each a whole year.
  // (s21-dates) So is "… khen thưởng 5 năm 2011-2015": the years a count of years spans.
  static const std::string doan = word_key("đoạn");
  // Not a plan of development's ("kế hoạch (phát triển kinh tế - xã hội) 5 năm 2021-2025"), which
  // stays a year and a year.
  static const std::string hoach = word_key("hoạch");
  bool counted_years = doc.is_key(i - 3, k.nam) && doc.is_number(i - 4) && digits(doc, i - 2) == 4 &&
                       number_value(doc, i - 4) >= 2 && number_value(doc, i - 4) <= 30;
  // "… phong trào thi đua … trong 5 năm qua (2019-2024)": the years gone, bracketed after them.
  const bool years_gone_first = doc.is_punct(i - 1, "(") && years_gone_before(doc, i - 1) &&
                                (doc.is_punct(i + 1, "-") || doc.is_punct(i + 1, "–")) && doc.is_number(i + 2) &&
                                digits(doc, i + 2) == 4;
  const bool years_gone_second = (doc.is_punct(i - 1, "-") || doc.is_punct(i - 1, "–")) && doc.is_number(i - 2) &&
                                 digits(doc, i - 2) == 4 && doc.is_punct(i - 3, "(") && years_gone_before(doc, i - 3);
  for (int32_t t = i - 5; counted_years && t >= 0 && t >= i - 12; --t) counted_years = !doc.is_key(t, hoach);
  if (doc.is_number(i) && digits(doc, i) == 4 && valid_year(number_value(doc, i)) && fits(i + 1) &&
      (doc.is_key(i - 1, doan) || years_gone_first || years_gone_second ||
       ((doc.is_punct(i - 1, "-") || doc.is_punct(i - 1, "–")) && doc.is_number(i - 2) &&
        (doc.is_key(i - 3, doan) || counted_years)))) {
    m.year = number_value(doc, i);
    m.precision = Precision::kYear;
    m.last = i + 1;
    return m;
  }
  // "năm 2025"
  if (doc.is_key(i, k.nam) && doc.is_number(i + 1) && digits(doc, i + 1) == 4 && fits(i + 2) &&
      valid_year(number_value(doc, i + 1)) && !(doc.glued(i + 2) && doc.is_punct(i + 2, "/"))) {
    m.year = number_value(doc, i + 1);
    m.precision = Precision::kYear;
    m.last = i + 2;
    return m;
  }
  return DateMention{};
}

// Brackets holding nothing but dates and separators mark an anniversary.
void mark_anniversaries(const Document& doc, const Sentence& s, DateIndex& ix) {
  for (int32_t i = s.first; i < s.last; ++i) {
    if (!doc.is_punct(i, "(") || years_gone_before(doc, i)) continue;  // "5 năm qua (2019-2024)": a period
    int32_t close = i + 1;
    while (close < s.last && !doc.is_punct(close, ")") && !doc.is_punct(close, "(")) ++close;
    if (close >= s.last || !doc.is_punct(close, ")")) continue;
    bool only_dates = true, any = false, with_year = false;
    int mentions = 0;
    for (int32_t k = i + 1; k < close && only_dates; ++k) {
      if (ix.mention_at[k] >= 0) {
        any = true;
        if (k == ix.mentions[ix.mention_at[k]].first) ++mentions;
        with_year |= ix.mentions[ix.mention_at[k]].has_year();
        continue;
      }
      only_dates = doc.is_punct(k, "-") || doc.is_punct(k, ",") || doc.is_key(k, word_key("và"));
    }
    if (!any || !only_dates) continue;
    // "(26 - 27/12)": the days an event lasts, not an anniversary (which gives its years).
    if (mentions >= 2 && !with_year) continue;
    // "sáng cùng ngày (5/10)", "hôm nay (12/3)", "sáng nay (9-8)": the day a deictic word names,
    // restated in brackets, is that day.
    static const std::string nay = word_key("nay"), qua = word_key("qua"), hom = word_key("hôm");
    if (mentions == 1 && (doc.is_key(i - 1, keys().ngay) || doc.is_key(i - 1, nay) ||
                          (doc.is_key(i - 1, qua) && doc.is_key(i - 2, hom))))
      continue;
    for (int32_t k = i + 1; k < close; ++k)
      if (ix.mention_at[k] >= 0) ix.mentions[ix.mention_at[k]].anniversary = true;
    i = close;
  }
}

// "… số 46/KH-BCA-X01 ngày 20/01/2025": a date that identifies a cited document.
// (s21-dates) Also "Chỉ thị số 03/CT-BCA-X11, ngày 10-4-2009 của Bộ Công an" (the number's code, then
// a comma) and "Nghị quyết số 26-NQ/TW Hội nghị lần thứ bảy của Ban Chấp hành T.Ư Đảng (khóa X) ngày
// 5-8-2008" (a document named by its kind, its number and its issuer at length): a document's day is
// not the event's, nor its year the event's.
void mark_references(const Document& doc, DateIndex& ix) {
  const Keys& k = keys();
  const PhraseTable& documents = lexicon::numbered_documents();
  auto numbered = [&](int32_t t) {
    return doc.is_key(t, k.so) && doc.is_number(t + 1) && (doc.is_punct(t + 2, "/") || doc.is_punct(t + 2, "-"));
  };
  for (DateMention& m : ix.mentions) {
    if (!doc.is_key(m.first - 1, k.ngay)) continue;
    const Sentence& s = doc.sentence_of(m.first);
    // "số 03/CT-BCA-X11, ngày …", "số 01-KL/TW, ngày …": only the number's code between "số" and the comma.
    if (doc.is_punct(m.first - 2, ",")) {
      for (int32_t t = m.first - 3; t >= s.first && t >= m.first - 14; --t) {
        if (numbered(t)) {
          m.reference = true;
          break;
        }
        if (doc.is_word(t) && !doc.tokens[t].capitalised) break;
      }
      continue;
    }
    for (int32_t t = m.first - 2; t >= s.first && t >= m.first - 24; --t) {
      if (doc.is_punct(t, ",") || doc.is_punct(t, ";")) break;
      if (numbered(t) && (t >= m.first - 10 ? doc.is_punct(t + 2, "/") : static_cast<bool>(documents.match_ending(doc, t, t - 3)))) {
        m.reference = true;
        break;
      }
    }
  }
}

void find_ranges(const Document& doc, const Sentence& s, DateIndex& ix) {
  const Keys& k = keys();
  auto usable = [&](int32_t token) -> int32_t {
    const int32_t m = ix.mention_starting_at(token);
    return m >= 0 && !ix.mentions[m].anniversary ? m : -1;
  };
  // After "đến": optional "hết", "ngày"; returns the mention or -1 and moves j past it.
  auto read_end = [&](int32_t& j) -> int32_t {
    int32_t t = j;
    if (doc.is_key(t, k.het)) ++t;
    if (doc.is_key(t, k.ngay)) ++t;
    const int32_t m = usable(t);
    if (m >= 0 && t < s.last) j = ix.mentions[m].last;
    return m;
  };
  for (int32_t i = s.first; i < s.last; ++i) {
    // (s14-plan-b) "bắt đầu (vào) ngày X, kết thúc ngày Y": "bắt đầu" opens the range as "từ" does.
    static const std::string bat = word_key("bắt"), dau = word_key("đầu"), vao_start = word_key("vào");
    const bool begins = doc.is_key(i, bat) && doc.is_key(i + 1, dau) && !doc.is_key(i + 2, k.tu);
    if (doc.is_key(i, k.tu) || begins) {
      int32_t j = begins ? i + 2 : i + 1;
      if (begins && doc.is_key(j, vao_start)) ++j;
      DateRange r;
      r.first = i;
      if (!begins && doc.is_key(j, k.nay)) {
        r.start_now = true;
        ++j;
      } else {
        if (doc.is_key(j, k.ngay)) ++j;
        r.start = usable(j);
        if (r.start < 0 || j >= s.last) continue;
        j = ix.mentions[r.start].last;
      }
      int32_t t = j;
      if (doc.is_punct(t, ",")) ++t;
      if (doc.is_key(t, k.cho)) ++t;
      // (s14-plan-b) "bắt đầu từ ngày X và kết thúc vào ngày Y", "từ X, kết thúc ngày Y": the end
      // stated by "kết thúc", read as after "đến".
      static const std::string va = word_key("và"), ket = word_key("kết"), thuc = word_key("thúc"), vao = word_key("vào");
      if (r.start >= 0) {
        int32_t e = t;
        if (doc.is_key(e, va)) ++e;
        if (doc.is_key(e, ket) && doc.is_key(e + 1, thuc)) {
          e += 2;
          if (doc.is_key(e, vao) || doc.is_key(e, k.den)) ++e;
          int32_t after = e;
          if (const int32_t m = read_end(after); m >= 0) {
            r.end = m;
            r.last = after;
            ix.ranges.push_back(r);
            i = after - 1;
            continue;
          }
        }
      }
      if ((doc.is_key(t, k.den) || doc.is_key(t, k.toi)) && t + 1 < s.last) {
        int32_t after = t + 1;
        r.end = read_end(after);
        if (r.end >= 0) {
          j = after;
        } else if (doc.is_key(t + 1, k.nay) && r.start >= 0) {
          r.end_now = true;
          j = t + 2;
        }
      } else if (doc.is_punct(t, "-") && r.start >= 0) {
        r.end = usable(t + 1);
        if (r.end >= 0) j = ix.mentions[r.end].last;
      }
      if (r.start < 0 && r.end < 0) continue;  // "từ nay" alone says nothing
      r.last = j;
      ix.ranges.push_back(r);
      i = j - 1;
    } else if ((doc.is_key(i, k.den) || doc.is_key(i, k.toi)) && i + 1 < s.last) {
      int32_t j = i + 1;
      DateRange r;
      r.first = i;
      r.end = read_end(j);
      if (r.end < 0) continue;
      r.last = j;
      ix.ranges.push_back(r);
      i = j - 1;
    } else if (const int32_t a = usable(i); a >= 0) {
      const int32_t dash = ix.mentions[a].last;
      const int32_t b = doc.is_punct(dash, "-") ? usable(dash + 1) : -1;
      if (b < 0 || dash + 1 >= s.last) continue;
      ix.ranges.push_back(DateRange{i, ix.mentions[b].last, a, b, false});
      i = ix.mentions[b].last - 1;
    }
  }
}

// (s28-orgs2) A line of words between two stamp lines, not itself one: the headline between a page's stamp and the
// byline.
bool headline_between(const Document& doc, const DateIndex& ix, int32_t above, int32_t below) {
  for (int32_t li = above + 1; li < below; ++li) {
    const int32_t first = li == 0 ? 0 : doc.lines[li - 1].last;
    if (doc.lines[li].last - first >= 5 && !ix.stamp_line(li)) return true;
  }
  return false;
}

void find_dateline(const Document& doc, DateIndex& ix) {
  const int32_t limit = std::min<int32_t>(15, static_cast<int32_t>(doc.lines.size()));
  for (int32_t li = 0; li < limit; ++li) {
    const Line& line = doc.lines[li];
    const int32_t first = li == 0 ? 0 : doc.lines[li - 1].last;
    if (line.last - first > 18) continue;
    int32_t found = -1;
    bool clean = true;
    for (int32_t i = first; i < line.last && clean;) {
      const int32_t m = ix.mention_at[i];
      if (m >= 0) {
        const DateMention& d = ix.mentions[m];
        if (found < 0 && d.precision == Precision::kDay && d.has_year()) found = m;
        i = d.last;
        continue;
      }
      if (doc.tokens[i].kind == TokenKind::kWord) {
        const auto w = lexicon::dateline_words().match(doc, i, line.last);
        if (!w && !doc.tokens[i].capitalised) clean = false;
        i += w ? w.length : 1;
        continue;
      }
      ++i;
    }
    if (clean && found >= 0) {
      ix.stamp_lines.push_back(li);
      // (s28-orgs2) "Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27" above the headline, "Như Tâm - 17:46,
      // 22/03/2025" under it: a page's stamp over the headline in another year than the article's byline
      // under it is the page's, stale; the byline dates the text.
      if (ix.dateline_line >= 0 && ix.document_date && ix.mentions[found].year != ix.document_date->year() &&
          headline_between(doc, ix, ix.dateline_line, li)) {
        ix.document_date = date_as_written(ix.mentions[found], false);
        ix.dateline_line = li;
      }
      if (ix.dateline_line >= 0) continue;
      ix.document_date = date_as_written(ix.mentions[found], false);
      ix.dateline_line = li;
    }
  }
  // (s28-orgs) "Kế hoạch thực hiện Phong trào thi đua … (21/09/2011)", "Sở Y tế phát động thi đua … (05/03/2020)":
  // with no dateline of its own, a page that writes its day in brackets at the end of the headline dates the text.
  if (ix.document_date || doc.lines.empty()) return;
  const int32_t close = doc.lines[0].last - 1;
  const int32_t m = close > 1 && doc.is_punct(close, ")") ? ix.mention_at[close - 1] : -1;
  if (m < 0) return;
  const DateMention& d = ix.mentions[m];
  if (d.last != close || !doc.is_punct(d.first - 1, "(") || d.precision != Precision::kDay || !d.has_year()) return;
  if (doc.lines.size() < 2 || d.first - 1 <= 0) return;
  // … not the day of an occasion the headline names ("Kỷ niệm 95 năm Ngày thành lập Đảng (3/2/1930)", "Ngày
  // truyền thống … (20/8/1945)", "ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890)").
  static const std::string occasion_words[] = {word_key("ngày"), word_key("lập"), word_key("thống"), word_key("niệm"),
                                               word_key("sinh"), word_key("mất")};
  for (int32_t t = std::max<int32_t>(0, d.first - 9); t < d.first - 1; ++t)
    for (const std::string& w : occasion_words)
      if (doc.is_key(t, w)) return;
  ix.document_date = date_as_written(d, false);
  ix.headline_stamp = true;
}

}  // namespace

bool DateIndex::stamp_line(int32_t line) const {
  return std::find(stamp_lines.begin(), stamp_lines.end(), line) != stamp_lines.end();
}

int32_t DateIndex::mention_starting_at(int32_t i) const {
  if (i < 0 || i >= static_cast<int32_t>(mention_at.size())) return -1;
  const int32_t m = mention_at[i];
  return m >= 0 && mentions[m].first == i ? m : -1;
}

int32_t DateIndex::range_of(int32_t mention) const {
  return mention >= 0 && mention < static_cast<int32_t>(range_of_mention.size()) ? range_of_mention[mention] : -1;
}

int DateIndex::nearest_year(int32_t token) const { return nearest_explicit_year(token).second; }

std::pair<int32_t, int> DateIndex::nearest_explicit_year(int32_t token) const {
  if (explicit_years.empty()) return {-1, 0};
  auto it = std::lower_bound(explicit_years.begin(), explicit_years.end(), std::make_pair(token, 0));
  std::pair<int32_t, int> best{-1, 0};
  int32_t best_distance = INT32_MAX;
  if (it != explicit_years.end()) {
    best = *it;
    best_distance = it->first - token;
  }
  if (it != explicit_years.begin()) {
    --it;
    if (token - it->first <= best_distance) best = *it;
  }
  return best;
}

DateIndex find_dates(const Document& doc) {
  DateIndex ix;
  ix.mention_at.assign(doc.tokens.size(), -1);
  for (const Sentence& s : doc.sentences) {
    for (int32_t i = s.first; i < s.last; ++i) {
      DateMention m = read_date(doc, i, s.last);
      if (m.last == 0) continue;
      // "26 - 27/12", "từ ngày 25 đến ngày 28/2/2023", "ngày 8 và 9/3": the first day shares
      // the month (and year) written with the second.
      if (m.precision == Precision::kDay) {
        int32_t n = -1;
        const int32_t before = doc.is_key(i - 1, keys().ngay) ? i - 2 : i - 1;
        if (doc.is_punct(before, "-") || doc.is_punct(before, "–") || doc.is_key(before, keys().den) ||
            doc.is_key(before, word_key("và")))
          n = before - 1;
        if (n >= s.first && doc.is_number(n) && ix.mention_at[n] < 0 && !doc.is_punct(n + 1, "%") &&
            !doc.is_punct(n - 1, "/") && !doc.is_punct(n - 1, ".")) {
          const std::string digits_text(doc.text_of(n, n + 1));
          const int day = digits_text.size() <= 2 ? std::atoi(digits_text.c_str()) : 0;
          if (day >= 1 && day < m.day) {
            DateMention first = m;
            first.first = n;
            first.last = n + 1;
            first.day = day;
            ix.mention_at[n] = static_cast<int32_t>(ix.mentions.size());
            ix.mentions.push_back(first);
          }
        }
      }
      const int32_t index = static_cast<int32_t>(ix.mentions.size());
      for (int32_t k = m.first; k < m.last; ++k) ix.mention_at[k] = index;
      i = m.last - 1;
      ix.mentions.push_back(m);
    }
    mark_anniversaries(doc, s, ix);
    find_ranges(doc, s, ix);
  }
  mark_references(doc, ix);
  ix.range_of_mention.assign(ix.mentions.size(), -1);
  for (size_t r = 0; r < ix.ranges.size(); ++r) {
    if (ix.ranges[r].start >= 0) ix.range_of_mention[ix.ranges[r].start] = static_cast<int32_t>(r);
    if (ix.ranges[r].end >= 0) ix.range_of_mention[ix.ranges[r].end] = static_cast<int32_t>(r);
  }
  for (const DateMention& m : ix.mentions)
    if (m.has_year() && !m.anniversary && !m.reference) ix.explicit_years.emplace_back(m.first, m.year);
  find_dateline(doc, ix);
  return ix;
}

std::optional<Date> date_in_year(const DateMention& m, int year, bool end_of_period) {
  switch (m.precision) {
    case Precision::kDay: return Date::from_ymd(year, m.month, m.day);
    case Precision::kMonth:
      return Date::from_ymd(year, m.month, end_of_period ? days_in_month(year, m.month) : 1);
    case Precision::kYear: return Date::from_ymd(year, end_of_period ? 12 : 1, end_of_period ? 31 : 1);
  }
  return std::nullopt;
}

std::optional<Date> date_as_written(const DateMention& m, bool end_of_period) {
  if (!m.has_year()) return std::nullopt;
  return date_in_year(m, m.year, end_of_period);
}

std::optional<Date> date_on_or_after(const DateMention& m, Date anchor, bool end_of_period) {
  if (m.has_year()) return date_as_written(m, end_of_period);
  // A month is on or after the anchor when any of its days is: "từ tháng 3" written on 4 March
  // starts that March, not the next one.
  const auto last_day = date_in_year(m, anchor.year(), true);
  if (last_day && *last_day < anchor) return date_in_year(m, anchor.year() + 1, end_of_period);
  return date_in_year(m, anchor.year(), end_of_period);
}

std::optional<Date> date_nearest(const DateMention& m, Date anchor) {
  if (m.has_year()) return date_as_written(m, false);
  std::optional<Date> best;
  for (int y = anchor.year() - 1; y <= anchor.year() + 1; ++y) {
    const auto d = date_in_year(m, y, false);
    if (d && (!best || std::abs(d->days() - anchor.days()) < std::abs(best->days() - anchor.days()))) best = d;
  }
  return best;
}

std::optional<Date> date_on_or_before(const DateMention& m, Date anchor, bool end_of_period) {
  if (m.has_year()) return date_as_written(m, end_of_period);
  // A month is on or before the anchor when any of its days is ("đến tháng 12" before 31/12).
  const auto first_day = date_in_year(m, anchor.year(), false);
  if (first_day && *first_day > anchor) return date_in_year(m, anchor.year() - 1, end_of_period);
  return date_in_year(m, anchor.year(), end_of_period);
}

}  // namespace thidua::text::plan
