// Title, event and organizers.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <regex>
#include <set>

#include "text/plan/extract.h"
#include "text/plan/extract_groups.h"
#include "text/vietnamese.h"

namespace thidua::text::plan {
namespace {

int32_t line_start(const Document& doc, int32_t line) { return line == 0 ? 0 : doc.lines[line - 1].last; }

bool line_all_caps(const Document& doc, int32_t line) {
  bool any = false;
  for (int32_t k = line_start(doc, line); k < doc.lines[line].last; ++k) {
    if (doc.tokens[k].kind != TokenKind::kWord) continue;
    if (!doc.tokens[k].all_caps && !(doc.tokens[k].capitalised && doc.text_of(k, k + 1).size() <= 2)) return false;
    any = true;
  }
  return any;
}

// The first day-precision date of [first, last) that is not an anniversary and not one end of
// a range, or -1.
int32_t bare_day_date(const Analysis& a, int32_t first, int32_t last) {
  for (int32_t i = first; i < last; ++i) {
    const int32_t m = a.dates.mention_starting_at(i);
    if (m < 0) continue;
    const DateMention& d = a.dates.mentions[m];
    if (d.precision == Precision::kDay && !d.anniversary && !d.reference && a.dates.range_of(m) < 0) return m;
  }
  return -1;
}

// "năm 2021 vừa qua" (the year just gone): the text is written in the year after it, when it
// writes no later year. 0 when the text says no such thing.
int year_after_the_one_gone(const Analysis& a) {
  static const std::string vua = word_key("vừa"), qua = word_key("qua"), roi = word_key("rồi");
  int gone = 0, latest = 0;
  for (const auto& [token, year] : a.dates.explicit_years) {
    latest = std::max(latest, year);
    const int32_t m = a.dates.mention_starting_at(token);
    const int32_t after = m >= 0 ? a.dates.mentions[m].last : token + 2;
    if (a.doc.is_key(after, vua) && (a.doc.is_key(after + 1, qua) || a.doc.is_key(after + 1, roi))) gone = std::max(gone, year);
  }
  return gone > 0 && latest <= gone ? gone + 1 : 0;
}

// (s17-plan-a) "Năm 2022, trên địa bàn huyện xảy ra 41 vụ …, giảm 9 vụ so với năm 2021": a year's
// results compared with the year before, reported as done — the text is written in the year after
// it, when it writes no later year and the sentence sets no goal ("phấn đấu", "chỉ tiêu"). 0 when
// the text reports no such year.
// A word setting a goal ("phấn đấu", "chỉ tiêu", "kế hoạch", "sẽ" …) at token t.
bool goal_word_at(const Document& doc, int32_t t, int32_t end) {
  static const Entry kGoals[] = {{"phấn đấu"}, {"chỉ tiêu"}, {"mục tiêu"}, {"kế hoạch"}, {"dự kiến"}, {"sẽ"}};
  static const PhraseTable goals(kGoals);
  return static_cast<bool>(goals.match(doc, t, end));
}

int year_reported_as_past(const Analysis& a) {
  const Document& doc = a.doc;
  static const std::string nam = word_key("năm"), trong = word_key("trong");
  static const std::vector<std::string> so_voi = phrase_keys("so với");
  int latest = 0;
  for (const auto& [token, year] : a.dates.explicit_years) latest = std::max(latest, year);
  for (const Sentence& s : doc.sentences) {
    int32_t k = s.first;
    if (doc.is_key(k, trong)) ++k;
    if (!doc.is_key(k, nam) || !doc.is_number(k + 1) || !doc.is_punct(k + 2, ",")) continue;
    const int year = std::atoi(doc.key(k + 1).c_str());
    if (year != latest) continue;
    bool compared = false, goal = false;
    for (int32_t t = k + 3; t + 3 < s.last; ++t) {
      goal |= goal_word_at(doc, t, s.last);
      compared |= doc.is_key(t, so_voi[0]) && doc.is_key(t + 1, so_voi[1]) && doc.is_key(t + 2, nam) &&
                  doc.is_number(t + 3) && std::atoi(doc.key(t + 3).c_str()) == year - 1;
    }
    if (compared && !goal) return year + 1;
  }
  return 0;
}

// "Tết Nguyên đán Nhâm Dần 2022": a lunar year's name with its year, which a text on the
// campaigns around Tết writes instead of "năm 2022". 0 when there is none.
int lunar_new_year(const Document& doc) {
  static const Entry kStems[] = {{"Giáp"}, {"Ất"}, {"Bính"}, {"Đinh"}, {"Mậu"}, {"Kỷ"}, {"Canh"}, {"Tân"}, {"Nhâm"}, {"Quý"}};
  static const Entry kBranches[] = {{"Tý"}, {"Sửu"}, {"Dần"}, {"Mão"}, {"Mẹo"}, {"Thìn"}, {"Tỵ"}, {"Tị"},
                                    {"Ngọ"}, {"Mùi"}, {"Thân"}, {"Dậu"}, {"Tuất"}, {"Hợi"}};
  static const PhraseTable stems(kStems), branches(kBranches);
  for (int32_t i = 0; i + 2 < doc.size(); ++i) {
    if (!doc.is_word(i) || !doc.tokens[i].capitalised || !stems.match(doc, i, i + 1) || !branches.match(doc, i + 1, i + 2)) continue;
    // "Giáp Thìn 2024", "Ất Tỵ năm 2025"
    static const std::string nam = word_key("năm");
    const int32_t y = doc.is_key(i + 2, nam) ? i + 3 : i + 2;
    if (!doc.is_number(y)) continue;
    const int year = std::atoi(doc.key(y).c_str());
    if (year >= 1945 && year <= 2100) return year;
  }
  // (s20-lead) "Tết Nguyên đán và lễ hội Xuân 2026", "vui Xuân 2026": the spring of a year is its
  // lunar new year (not "vụ Đông Xuân 2023-2024", a crop season, nor a range of years).
  {
    static const std::string xuan = word_key("Xuân"), dong = word_key("đông");
    for (int32_t i = 0; i + 1 < doc.size(); ++i) {
      if (!doc.is_key(i, xuan) || !doc.tokens[i].capitalised || doc.is_key(i - 1, dong)) continue;
      if (!doc.is_number(i + 1) || doc.key(i + 1).size() != 4 || doc.is_punct(i + 2, "-") || doc.is_punct(i + 2, "–")) continue;
      const int year = std::atoi(doc.key(i + 1).c_str());
      if (year >= 1945 && year <= 2100) return year;
    }
  }
  // (s17-plan-c) "đón Tết Nguyên đán 2026", "Tết Nguyên đán năm 2025": the lunar year by its number
  // alone, without its name.
  static const std::vector<std::string> tet = phrase_keys("tết nguyên đán");
  static const std::string nam = word_key("năm");
  for (int32_t i = 0; i + 3 < doc.size(); ++i) {
    bool at = true;
    for (size_t c = 0; c < tet.size() && at; ++c) at = doc.is_key(i + static_cast<int32_t>(c), tet[c]);
    if (!at) continue;
    int32_t y = i + static_cast<int32_t>(tet.size());
    if (doc.is_key(y, nam)) ++y;
    if (!doc.is_number(y) || doc.key(y).size() != 4) continue;
    const int year = std::atoi(doc.key(y).c_str());
    if (year >= 1945 && year <= 2100) return year;
  }
  return 0;
}

// "nhằm tổng kết, đánh giá kết quả … giai đoạn 2010-2015": a period written in years that a
// review (a congress, a conference reviewing it) covers; its event is held in its last year, not
// near its start. The last year, or 0 when the period is not such.
int reviewed_period_year(const Analysis& a, const DateRange& r) {
  if (r.start < 0 || r.end < 0) return 0;
  const DateMention& start = a.dates.mentions[r.start];
  const DateMention& end = a.dates.mentions[r.end];
  if (start.precision != Precision::kYear || !end.has_year()) return 0;
  // (s21-dates) "Sáng 4/12, … Đại hội thi đua yêu nước … giai đoạn 2024 - 2029; kỷ niệm 35 năm …
  // (6/12/1989 - 6/12/2024)": the anniversary celebrated dates the text; a period ending after it
  // is still to come, not the one the event closes.
  for (const DateMention& d : a.dates.mentions)
    if (d.anniversary && d.has_year() && d.year < end.year && d.year >= start.year) return 0;
  const Sentence& s = a.doc.sentence_of(r.first);
  // (s19-rules) Honouring the exemplars of a period closes it too: "hội nghị biểu dương phụ nữ điển
  // hình tiên tiến giai đoạn 2010 - 2015", "tuyên dương … giai đoạn 2015-2020" (held in 2015, 2020),
  // unless a launch or a signing is named nearer the period than the honour.
  const PhraseTable& honours = lexicon::honours();
  int32_t review = -1, honour = -1;
  for (int32_t k = s.first; k < r.first; ++k) {
    const auto t = lexicon::event_triggers().match(a.doc, k, r.first);
    if (t) {
      const auto kind = static_cast<EventKind>(t.value());
      review = kind == EventKind::kReview ? k : -1;  // the nearest trigger wins
      if (kind != EventKind::kReview && kind != EventKind::kConference) honour = -1;
    }
    if (honours.match(a.doc, k, r.first)) honour = k;
  }
  return review >= 0 || honour >= 0 ? end.year : 0;
}

// (s28-orgs3) "Đại hội Thi đua yêu nước lần thứ I, giai đoạn 2025 - 2030 … kết quả giai đoạn 2020 - 2025": a period of
// years and the one before it, ending in the year it starts, both named — a congress or a meeting that closes the
// one and opens the other is held in the year they share, not at either end. 0 when the text names no such pair.
int adjoining_periods_year(const Analysis& a, const DateRange& r) {
  const auto years = [&](const DateRange& x) -> std::pair<int, int> {
    if (x.start < 0 || x.end < 0) return {0, 0};
    const DateMention& s = a.dates.mentions[x.start];
    const DateMention& e = a.dates.mentions[x.end];
    if (s.precision != Precision::kYear || e.precision != Precision::kYear || !s.has_year() || !e.has_year()) return {0, 0};
    return {s.year, e.year};
  };
  const auto [from, to] = years(r);
  if (from == 0 || to <= from) return 0;
  for (const DateRange& other : a.dates.ranges) {
    const auto [f, t] = years(other);
    if (f == 0 || t <= f) continue;
    if (t == from) return from;
    if (f == to) return to;
  }
  return 0;
}

// The first year of the first term written ("nhiệm kỳ 2016-2021", "nhiệm kỳ 2020 – 2025"), or 0.
int term_first_year(const Document& doc) {
  static const std::vector<std::string> nhiem_ky = phrase_keys("nhiệm kỳ");
  for (int32_t i = 0; i + 4 < doc.size(); ++i) {
    if (!doc.is_key(i, nhiem_ky[0]) || !doc.is_key(i + 1, nhiem_ky[1]) || !doc.is_number(i + 2)) continue;
    if (!(doc.is_punct(i + 3, "-") || doc.is_punct(i + 3, "–")) || !doc.is_number(i + 4)) continue;
    const int from = std::atoi(doc.key(i + 2).c_str()), to = std::atoi(doc.key(i + 4).c_str());
    if (from >= 1945 && from <= 2100 && to > from && to - from <= 5) return from;
  }
  return 0;
}

// The calendar year of month `month` (1-12) of the school year written in sentence s ("năm học
// 2017-2018", "năm học 2020 - 2021"), or 0 when the sentence names none or the month is unknown.
// (s21-dates) With `plain_years`, also a span of two years written "năm 2016 - 2017" ("tuyên dương
// … phong trào thi đua … năm 2016 - 2017" on "Ngày 18/6"): a working year run like a school year,
// which a meeting of its first half closes.
int school_year_of(const Document& doc, const Sentence& s, int month, bool plain_years = false) {
  static const std::vector<std::string> nam_hoc = phrase_keys("năm học");
  if (month < 1 || month > 12) return 0;
  for (int32_t i = s.first; i + 3 < s.last; ++i) {
    if (!doc.is_key(i, nam_hoc[0])) continue;
    const int32_t y = doc.is_key(i + 1, nam_hoc[1]) ? i + 2 : plain_years ? i + 1 : -1;
    if (y < 0 || y + 2 >= s.last || !doc.is_number(y)) continue;
    if (!(doc.is_punct(y + 1, "-") || doc.is_punct(y + 1, "–")) || !doc.is_number(y + 2)) continue;
    const int from = std::atoi(doc.key(y).c_str()), to = std::atoi(doc.key(y + 2).c_str());
    if (from < 1945 || from > 2100 || to != from + 1) continue;
    return month >= 8 ? from : to;
  }
  return 0;
}

// (s21-dates) "Ngày 23-6, … tổng kết 10 năm thực hiện Chỉ thị số 03/CT-BCA-X11, ngày 10-4-2009 …",
// "Sáng 14/5, … sơ kết 2 năm … thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021": a review of the N
// years a cited document has run is held N years after the document's year. The year, or 0 when
// the day's own sentence names no such review.
int years_of_document_reviewed(const Analysis& a, const DateMention& m) {
  const Document& doc = a.doc;
  const Sentence& s = doc.sentence_of(m.first);
  static const std::string nam = word_key("năm");
  int years = 0;
  for (int32_t t = s.first; t + 1 < s.last; ++t) {
    if (years == 0) {
      if (!doc.is_number(t) || !doc.is_key(t + 1, nam) || doc.key(t).size() > 2) continue;
      bool review = false;
      for (int32_t k = std::max(s.first, t - 3); k < t && !review; ++k) {
        const auto trig = lexicon::event_triggers().match(doc, k, t);
        review = trig && static_cast<EventKind>(trig.value()) == EventKind::kReview;
      }
      if (review) years = std::atoi(doc.key(t).c_str());
      if (years < 1 || years > 30) years = 0;
      continue;
    }
    const int32_t at = a.dates.mention_at[t];
    if (at < 0) continue;
    const DateMention& d = a.dates.mentions[at];
    if (d.reference && d.has_year() && d.precision == Precision::kDay) return d.year + years;
    t = d.last - 1;
  }
  return 0;
}

// "Năm 2021, phường … có 1 tập thể … được tặng …": the date starting at token `at` is a year that
// opens, with a comma, a sentence other than the one of token `day`, which reports ("có", "được",
// "đã") and sets no goal ("Năm 2021, huyện phấn đấu …" is the day's own year).
bool opens_a_year_report(const Analysis& a, int32_t at, int32_t day) {
  const Document& doc = a.doc;
  const int32_t m = a.dates.mention_starting_at(at);
  if (m < 0 || a.dates.mentions[m].precision != Precision::kYear) return false;
  const Sentence& s = doc.sentence_of(at);
  if (&s == &doc.sentence_of(day) || at != s.first || !doc.is_punct(a.dates.mentions[m].last, ",")) return false;
  static const std::string co = word_key("có"), duoc = word_key("được"), da = word_key("đã");
  bool reports = false;
  for (int32_t t = a.dates.mentions[m].last; t < s.last; ++t) {
    if (goal_word_at(doc, t, s.last)) return false;
    reports |= doc.is_key(t, co) || doc.is_key(t, duoc) || doc.is_key(t, da);
  }
  return reports;
}

// (s20-audit) Whether the sentence holding token `t` names a review ("tổng kết", "sơ kết" …).
bool reviews_in_sentence(const Analysis& a, int32_t t) {
  const Sentence& s = a.doc.sentence_of(t);
  for (int32_t k = s.first; k < s.last; ++k) {
    const auto trig = lexicon::event_triggers().match(a.doc, k, s.last);
    if (trig && static_cast<EventKind>(trig.value()) == EventKind::kReview) return true;
  }
  return false;
}

std::optional<Date> resolve_event_date(const Analysis& a, const DateMention& m, int32_t movement_range,
                                       std::string* note) {
  if (m.has_year()) return date_as_written(m, false);
  if (a.dates.document_date) {
    *note = "năm lấy từ ngày đăng bài";
    // (s20-lead) "sẽ được tổ chức vào ngày 19.8 tới", "Sáng mai 9-9": a day the text announces as
    // coming is on or after the page's day, not in the year before it.
    static const std::string toi = word_key("tới"), mai = word_key("mai"), ngay = word_key("ngày");
    const Document& doc = a.doc;
    bool coming = (doc.is_key(m.last, toi) && !doc.is_number(m.last + 1) && !doc.is_key(m.last + 1, ngay)) ||
                  doc.is_key(m.first - 1, mai);
    // (s21-lead) "Đại hội … sẽ được tổ chức từ ngày 3 đến 4-12 tại Hà Nội", "dự kiến diễn ra vào ngày
    // 28/6": the future tense or a plan a few words before the day announces it as coming too.
    static const std::string se = word_key("sẽ"), du = word_key("dự"), kien = word_key("kiến");
    const Sentence& ms = doc.sentence_of(m.first);
    for (int32_t t = m.first - 1; !coming && t >= ms.first && m.first - t <= 12; --t) {
      if (doc.is_punct(t, ",") || doc.is_punct(t, ";") || doc.is_punct(t, ":")) break;
      coming = doc.is_key(t, se) || (doc.is_key(t, du) && doc.is_key(t + 1, kien));
    }
    if (coming) return date_on_or_after(m, *a.dates.document_date, false);
    return date_on_or_before(m, a.dates.document_date->add_days(7), false);
  }
  // (s19-rules) "Ngày 11-10, Cụm … ký kết giao ước thi đua thực hiện nhiệm vụ năm học 2019 - 2020":
  // the school year the day's own sentence names places the day, before a period of years written
  // elsewhere in the text (a programme's "giai đoạn 2016-2020").
  if (movement_range >= 0 && &a.doc.sentence_of(a.dates.ranges[movement_range].first) != &a.doc.sentence_of(m.first)) {
    if (const int y = school_year_of(a.doc, a.doc.sentence_of(m.first), m.month)) {
      *note = "năm lấy từ năm học nêu trong câu";
      return date_in_year(m, y, false);
    }
  }
  // (s20-audit) "Từ năm 2015 đến nay, Công an tỉnh … được tặng …": a period running from a year
  // alone up to now says the day is after that year began, not that it is in it — the movement's
  // period gives no year then.
  const bool open_ended = movement_range >= 0 && a.dates.ranges[movement_range].end_now &&
                          a.dates.ranges[movement_range].start >= 0 &&
                          a.dates.mentions[a.dates.ranges[movement_range].start].precision == Precision::kYear;
  if (movement_range >= 0 && !open_ended) {
    const DateRange& r = a.dates.ranges[movement_range];
    if (const int y = adjoining_periods_year(a, r)) {
      *note = "năm chuyển giữa hai giai đoạn liền nhau";
      return date_in_year(m, y, false);
    }
    if (const int y = reviewed_period_year(a, r)) {
      *note = "năm cuối của giai đoạn được tổng kết";
      return date_in_year(m, y, false);
    }
    // (s17-audit-b) "Chiều ngày 10/7, Cục A tổ chức Hội nghị điển hình tiên tiến giai đoạn 2021 -
    // 2025": a period the day's own sentence reviews gives its last year, though the movement's
    // range is another mention of it (the lead's "Kết quả … giai đoạn 2021 - 2025"), not its first.
    for (const DateRange& own : a.dates.ranges) {
      if (&a.doc.sentence_of(own.first) != &a.doc.sentence_of(m.first)) continue;
      if (const int y = reviewed_period_year(a, own)) {
        *note = "năm cuối của giai đoạn được tổng kết";
        return date_in_year(m, y, false);
      }
    }
    *note = "năm lấy từ thời gian của phong trào";
    // (s17-plan-a) "Ngày 19/10, … ký kết giao ước … giai đoạn 2022 - 2026": a period written in years
    // starts in its first year, which is the day's — not the year before, nearer its first January.
    // A year of the period written alone in the day's own sentence ("Tối 29/7, … Lễ hội quân các chiến
    // dịch … hè 2019 …" in a text on 1999-2019) is the day's.
    if (r.start >= 0 && a.dates.mentions[r.start].precision == Precision::kYear && a.dates.mentions[r.start].has_year()) {
      const int from = a.dates.mentions[r.start].year;
      const int to = r.end >= 0 && a.dates.mentions[r.end].has_year() ? a.dates.mentions[r.end].year : from;
      const Sentence& own = a.doc.sentence_of(m.first);
      const Document& doc = a.doc;
      for (int32_t t = own.first; t < own.last; ++t) {
        if (!doc.is_number(t) || doc.key(t).size() != 4) continue;
        const int year = std::atoi(doc.key(t).c_str());
        const int32_t at = a.dates.mention_at[t];
        const bool ranged = doc.is_punct(t - 1, "-") || doc.is_punct(t - 1, "–") || doc.is_punct(t + 1, "-") ||
                            doc.is_punct(t + 1, "–") || doc.is_punct(t - 1, "/") || doc.is_punct(t - 1, ".") ||
                            (at >= 0 && (a.dates.range_of(at) >= 0 || a.dates.mentions[at].anniversary));
        if (year > from && year <= to && !ranged) return date_in_year(m, year, false);
        // (s21-dates) "Sáng 27/12, … Đại hội Thi đua yêu nước toàn quốc lần thứ XI năm 2025" of a
        // movement "giai đoạn 2026-2030" launched at it: the year the day's sentence writes, the one
        // before the period, is the day's.
        if (year == from - 1 && !ranged && at >= 0 && !a.dates.mentions[at].reference) {
          *note = "năm nêu trong câu, trước thời gian của phong trào";
          return date_in_year(m, year, false);
        }
      }
      return date_in_year(m, from, false);
    }
    if (r.start >= 0 && a.dates.mentions[r.start].has_year()) {
      // (s20-audit) "Sáng nay 31/5, … tổng kết phong trào thi đua đặc biệt" of a movement run "từ ngày
      // 5/6/2022 đến 19/5/2023": a review in the day's own sentence is held near the period's end,
      // never before the movement began.
      if (r.end >= 0 && a.dates.mentions[r.end].has_year() && reviews_in_sentence(a, m.first)) {
        if (auto e = date_as_written(a.dates.mentions[r.end], true)) return date_nearest(m, *e);
      }
      // A launch is held near the day its movement starts, a few days before or after.
      if (auto s = date_as_written(a.dates.mentions[r.start], false)) return date_nearest(m, *s);
    }
    if (r.end >= 0 && a.dates.mentions[r.end].has_year()) {
      if (auto e = date_as_written(a.dates.mentions[r.end], true)) return date_on_or_before(m, *e, false);
    }
  }
  // "Chiều 14/6, … tổng kết 10 năm thực hiện Chương trình … giai đoạn 2013-2023": a period a
  // review in the day's own sentence covers, though it is not the movement's (a programme's).
  for (const DateRange& r : a.dates.ranges) {
    if (&a.doc.sentence_of(r.first) != &a.doc.sentence_of(m.first)) continue;
    if (const int y = reviewed_period_year(a, r)) {
      *note = "năm cuối của giai đoạn được tổng kết";
      return date_in_year(m, y, false);
    }
  }
  if (const int y = years_of_document_reviewed(a, m)) {
    *note = "năm tròn số năm thực hiện văn bản được tổng kết";
    return date_in_year(m, y, false);
  }
  // "Ngày 25-5, … tổng kết … năm học 2017-2018": a school year runs from September to the next
  // summer, so a day of August to December is in its first year, any other in its second.
  if (const int y = school_year_of(a.doc, a.doc.sentence_of(m.first), m.month)) {
    *note = "năm lấy từ năm học nêu trong câu";
    return date_in_year(m, y, false);
  }
  if (const int y = school_year_of(a.doc, a.doc.sentence_of(m.first), m.month, true)) {
    *note = "năm lấy từ khoảng hai năm nêu trong câu";
    return date_in_year(m, y, false);
  }
  // "từ ngày 19/8/2024 đến nay": the text is written, and its event held, after that day.
  for (const DateRange& r : a.dates.ranges) {
    if (!r.end_now || r.start < 0) continue;
    // (s17-audit-a) "Mô hình được triển khai từ năm 2022, đến nay …": a year alone says the day is
    // after that year began, not in which year — no year rather than the first.
    if (a.dates.mentions[r.start].precision == Precision::kYear) {
      note->clear();
      return std::nullopt;
    }
    *note = "năm lấy từ khoảng “từ … đến nay”";
    if (auto s = date_as_written(a.dates.mentions[r.start], false)) return date_on_or_after(m, *s, false);
  }
  // "tổng kết … công tác năm 2024", held "26 - 27/12": a review in the last months of the year
  // it reviews, so that year rather than the nearest written one (often the next year's plan).
  // "Ngày 9/1, … tổng kết công tác năm 2012 và triển khai …": a review held in the first half of
  // a year covers the year before.
  if (m.month >= 10 || (m.month >= 1 && m.month <= 6)) {
    const bool late = m.month >= 10;
    static const std::string dau = word_key("đầu"), thang = word_key("tháng");
    for (const auto& [token, year] : a.dates.explicit_years) {
      const Sentence& s = a.doc.sentence_of(token);
      // Early in the year, only "tổng kết công tác năm 2012" in the day's own sentence, and a
      // whole year ("sơ kết … 6 tháng đầu năm 2017" is held in that year).
      if (!late && (&s != &a.doc.sentence_of(m.first) || a.doc.is_key(token - 1, dau) || a.doc.is_key(token - 2, dau) ||
                    a.doc.is_key(token - 2, thang)))
        continue;
      bool after_review = false;
      // (s17-plan-a) Early in the year, the review may name its subject at length before the year
      // ("Ngày 14/5, Công an tỉnh tổng kết phong trào toàn dân tham gia phòng cháy … (PCCC và CNCH) năm
      // 2018"): any review verb between the day and the year.
      // Not a lunar year's ("sơ kết đợt cao điểm … Tết Nguyên đán Ất Tỵ năm 2025"): the occasion's.
      const bool at_length = !late && lunar_new_year(a.doc) != year;
      const int32_t from = at_length ? std::max(s.first, m.last) : std::max(s.first, token - 14);
      for (int32_t k = from; k < token && !after_review; ++k) {
        const auto t = lexicon::event_triggers().match(a.doc, k, token);
        after_review = t && static_cast<EventKind>(t.value()) == EventKind::kReview;
      }
      if (after_review) {
        *note = late ? "năm của kỳ tổng kết nêu trong văn bản" : "năm sau kỳ tổng kết nêu trong văn bản";
        return date_in_year(m, late ? year : year + 1, false);
      }
    }
  }
  if (const int y = year_reported_as_past(a); y && m.month >= 1 && m.month <= 6) {
    *note = "năm sau năm được báo cáo kết quả trong văn bản";
    return date_in_year(m, y, false);
  }
  if (const int y = year_after_the_one_gone(a)) {
    *note = "năm sau “năm … vừa qua” nêu trong văn bản";
    return date_in_year(m, y, false);
  }
  *note = "năm lấy từ năm gần nhất được nêu trong văn bản";
  // "Sáng 15-12, … ra quân … dịp Tết Nguyên đán Giáp Thìn 2024": the campaigns before Tết are
  // launched in the last months of the year before the lunar year named.
  const int lunar = lunar_new_year(a.doc);
  // "kỷ niệm ngày Giải phóng (30/4/1975-30/4/2021)": an anniversary's bracket ends with the
  // year it is celebrated in, the text's own year when nothing else gives one.
  int celebrated = 0;
  for (const DateMention& d : a.dates.mentions)
    if (d.anniversary && d.has_year()) celebrated = std::max(celebrated, d.year);
  if (const auto [at, y] = a.dates.nearest_explicit_year(m.first); at >= 0) {
    // (s17-audit-a) "Ngày 15-6, … kỷ niệm 55 năm … (16-6-1967 - 16-6-2022) …; ngày 16-6-1967, Bộ
    // Công an đã ban hành …": a year long before the anniversary celebrated is its history.
    if (celebrated > 0 && y < celebrated - 1) {
      *note = "năm lấy từ năm kỷ niệm ghi trong ngoặc";
      return date_in_year(m, celebrated, false);
    }
    if (lunar && y == lunar && m.month >= 10) {
      *note = "năm trước năm âm lịch (Tết …) nêu trong văn bản";
      return date_in_year(m, y - 1, false);
    }
    // (s17-audit-a) "Ngày 17/4, … khen thưởng … trong cao điểm … Tết Nguyên đán Giáp Thìn 2024 …
    // vụ án xảy ra … vào cuối năm 2023": a day of January to September after the Tết named is in
    // the lunar year, not in an earlier year the text recalls.
    if (lunar && y < lunar && m.month >= 1 && m.month <= 9) {
      *note = "năm lấy từ năm âm lịch (Tết …) nêu trong văn bản";
      return date_in_year(m, lunar, false);
    }
    // (s17-audit-a) "Ngày 1/4, … ra mắt …. Năm 2021, phường có 1 tập thể … được tặng …": a year
    // opening another sentence reports that year's results — the day is after it, in a year the
    // text does not write.
    if (opens_a_year_report(a, at, m.first)) {
      note->clear();
      return std::nullopt;
    }
    return date_in_year(m, y, false);
  }
  if (lunar) {
    *note = "năm lấy từ năm âm lịch (Tết …) nêu trong văn bản";
    return date_in_year(m, m.month >= 10 ? lunar - 1 : lunar, false);
  }
  if (celebrated > 0) {
    *note = "năm lấy từ năm kỷ niệm ghi trong ngoặc";
    return date_in_year(m, celebrated, false);
  }
  // "bầu cử … nhiệm kỳ 2016-2021", "Đại hội … nhiệm kỳ 2020 - 2025": a term's election or congress
  // is held in its first year, the text's year when nothing else gives one.
  if (const int y = term_first_year(a.doc)) {
    *note = "năm lấy từ năm đầu của nhiệm kỳ nêu trong văn bản";
    return date_in_year(m, y, false);
  }
  note->clear();
  return std::nullopt;
}

// "tại Thành phố Hồ Chí Minh, thành phố Đà Nẵng và tỉnh Ninh Bình": places each named by its
// level and name, listed with commas and "và", are the event's places together. [from, k) is the
// place read so far; returns the end of the list (k when the place is not a level and a name or
// no other place follows).
int32_t listed_places_end(const Analysis& a, int32_t from, int32_t k, int32_t end) {
  const Document& doc = a.doc;
  static const std::string va = word_key("và");
  auto named_place = [&](int32_t p) {  // the end of "level name" at p, or p
    const auto lv = lexicon::levels().match(doc, p, end);
    if (!lv) return p;
    std::string name;
    const int32_t n = place_name_end(doc, p + lv.length, end, false, a.unit_options(), &name);
    return n > p + lv.length ? n : p;
  };
  if (named_place(from) != k) return k;
  int32_t last = k;
  for (int32_t p = k; p < end && (doc.is_punct(p, ",") || doc.is_key(p, va));) {
    const int32_t n = named_place(p + 1);
    if (n == p + 1) break;
    const bool closing = doc.is_key(p, va);  // "… và tỉnh Ninh Bình" ends the list
    last = p = n;
    if (closing) break;
  }
  return last;
}

// (s16-plan-b) "… diễn ra ở Hà Nội", "… ở hội trường Tỉnh ủy", "… ở thôn A, xã B": after "ở", a place
// named by its level and a name, a province, or a hall or seat ("hội trường", "trụ sở", "nhà văn
// hóa", "quảng trường", "sân vận động", "trung tâm hội nghị"), as after "tại"; "ở" before anything
// else ("ở cơ sở", "ở các xã") says where the work is done, not where the event is.
bool place_after_o(const Analysis& a, int32_t k, int32_t end) {
  const Document& doc = a.doc;
  static const Entry kVenues[] = {{"hội trường"}, {"trụ sở"}, {"nhà văn hóa"}, {"quảng trường"}, {"sân vận động"},
                                  {"trung tâm hội nghị"}, {"khu di tích"}};
  static const PhraseTable venues(kVenues);
  if (!doc.is_word(k)) return false;
  if (venues.match(doc, k, end)) return true;
  // a hamlet or a quarter named after its word: "ở thôn Plei Ring", "ở ấp 3", "ở tổ dân phố 5"
  static const Entry kHamlets[] = {{"thôn"}, {"ấp"}, {"bản"}, {"xóm"}, {"buôn"}, {"làng"}, {"tổ dân phố"}, {"khu phố"}};
  static const PhraseTable hamlets(kHamlets);
  if (const auto h = hamlets.match(doc, k, end))
    return k + h.length < end && (doc.is_number(k + h.length) || (doc.is_word(k + h.length) && doc.tokens[k + h.length].capitalised));
  if (const auto p = lexicon::provinces().match(doc, k, end); p && doc.tokens[k].capitalised) return true;
  if (const auto lv = lexicon::levels().match(doc, k, end)) {
    std::string name;
    const int32_t n = place_name_end(doc, k + lv.length, end, false, a.unit_options(), &name);
    return n > k + lv.length && doc.tokens[k + lv.length].capitalised;
  }
  return false;
}

// (s16-plan-g) "tại huyện Đại Từ", "tại thị xã Từ Sơn", "ở phường Hòa Về": a syllable of a place's
// name that is also a link word ("Từ", "Có", "Về", "Cùng") is written capitalised; it does not end
// the place when the name after its level runs past it. `k` is the link word in [from, end);
// returns where the name ends past it, or k.
int32_t place_name_through(const Analysis& a, int32_t from, int32_t k, int32_t end) {
  const Document& doc = a.doc;
  if (k - 1 < from || !doc.is_word(k) || !doc.tokens[k].capitalised || doc.tokens[k].all_caps || !doc.in(k - 1) ||
      doc.is_punct(k - 1, ","))
    return k;
  for (int32_t l = k - 1; l >= from && k - l <= 5; --l) {
    const auto lv = lexicon::levels().match(doc, l, end);
    if (!lv) continue;
    int32_t at = l + lv.length;
    if (doc.is_punct(at, ".") && doc.glued(at)) ++at;  // "TP. Tân Có"
    if (at > k) continue;
    std::string name;
    const int32_t n = place_name_end(doc, at, end, false, a.unit_options(), &name);
    return n > k ? n : k;
  }
  return k;
}

// The length of a field written with "và" inside a name at token k ("Nông nghiệp và Phát triển nông
// thôn", "Giáo dục và Đào tạo"), or 0.
int32_t joined_field_length(const Document& doc, int32_t k, int32_t end) {
  static const std::string va = word_key("và");
  if (const auto f = lexicon::administrative_fields().match(doc, k, end))
    for (int32_t t = k; t < k + f.length; ++t)
      if (doc.is_key(t, va)) return f.length;
  return 0;
}

std::optional<std::string> find_place(const Analysis& a, const Sentence& s) {
  static const std::string tai = word_key("tại"), o = word_key("ở");
  const Document& doc = a.doc;
  for (int pass = 0; pass < 2; ++pass)
  for (int32_t i = s.first; i < s.last; ++i) {
    if (pass == 0 && (!doc.is_key(i, tai) || !doc.is_word(i + 1))) continue;
    if (pass == 1 && (!doc.is_key(i, o) || !place_after_o(a, i + 1, s.last))) continue;
    const int32_t from = i + 1;
    if (const auto np = lexicon::not_places().match(doc, from, s.last);
        np && !(np.value() == 1 && doc.tokens[from].capitalised && doc.is_word(from + np.length) &&
                doc.tokens[from + np.length].capitalised) &&
        !(np.value() == 2 && (doc.is_number(from + np.length) ||
                              (doc.is_word(from + np.length) && doc.tokens[from + np.length].capitalised))))
      continue;
    int32_t k = from;
    static const std::string cua = word_key("của"), nhan = word_key("nhân"), dip = word_key("dịp");
    int32_t window = from;  // (s24-orgs) where the word limit counts from: a second venue restarts it
    while (k < s.last && k - window < 12) {
      const Token& t = doc.tokens[k];
      // (s24-orgs) "tại nhà hát Đài PT-TH Đồng Nai và Trung tâm hội nghị và tổ chức sự kiện tỉnh": two
      // venues joined by "và" are the event's place together.
      if (k > from && doc.is_key(k, word_key("và")) && place_after_o(a, k + 1, s.last) &&
          !lexicon::levels().match(doc, k + 1, s.last)) {
        window = ++k;
        continue;
      }
      // (s23-kind) "tại Công ty … Chư Mom Ray khối thi đua các doanh nghiệp … đã ký kết": a group named
      // in lower case after the capitalised name opens the sentence's subject.
      // (s25-orgs) … or capitalised, right after the place with no comma ("tại Văn phòng UBND tỉnh Khối thi đua
      // Khối 5 tổ chức …", "tại Sở Y tế Cụm thi đua số 2 tổ chức …"): no seat is a group's.
      if (k > from && doc.is_word(k) && doc.is_word(k - 1) && (t.capitalised || doc.tokens[k - 1].capitalised))
        if (const auto h = lexicon::unit_heads().match(doc, k, s.last);
            h && (static_cast<UnitKind>(h.value()) == UnitKind::kCluster || static_cast<UnitKind>(h.value()) == UnitKind::kBlock))
          break;
      // (s23-kind) "tại Trại giam A – Khối trưởng Khối thi đua số 3", "Công ty B-Khối trưởng": the role
      // the place's body holds, after a dash, is no part of the place.
      // (s24-orgs) … also written as the unit holding it: "tại trụ sở UBND phường A – đơn vị Cụm trưởng Cụm
      // thi đua …".
      static const std::string don = word_key("đơn"), vi = word_key("vị");
      if (k > from && (doc.is_punct(k, "-") || doc.is_punct(k, "–")) &&
          (lexicon::positions().match(doc, k + 1, s.last) ||
           (doc.is_key(k + 1, don) && doc.is_key(k + 2, vi) && lexicon::positions().match(doc, k + 3, s.last))))
        break;
      // (s23-kind) "tại Hà Nội nhân kỷ niệm 60 năm …", "… nhân dịp …": the occasion is no part of the place.
      if (k > from && t.kind == TokenKind::kWord && !t.capitalised &&
          (lexicon::occasions().match(doc, k, s.last) ||
           (doc.is_key(k, nhan) && (doc.is_key(k + 1, dip) || lexicon::occasions().match(doc, k + 1, s.last)))))
        break;
      // (s23-kind) "tại thôn 1 của xã": the place's commune named back by its bare level, as written.
      if (k > from && doc.is_key(k, cua))
        if (const auto lv = lexicon::levels().match(doc, k + 1, s.last);
            lv && !doc.tokens[k + 1].capitalised && (k + 1 + lv.length >= s.last || doc.tokens[k + 1 + lv.length].kind == TokenKind::kPunct)) {
          k += 1 + lv.length;
          break;
        }
      // (s19-rules) "tại Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam - Chi nhánh tỉnh A": a
      // field whose name holds "và" inside a body's name is no end of the place (decision 2 of
      // session 15), whatever the body — a bank's, an institute's — not only an office's.
      if (k > from && doc.tokens[k].capitalised)
        if (const int32_t f = joined_field_length(doc, k, s.last)) {
          k += f;
          continue;
        }
      // (s24-orgs) "tại Trung tâm hội nghị và tổ chức sự kiện tỉnh": a service the venue's name holds
      // after "và" is the name's.
      if (k > from && doc.is_key(k, word_key("và")))
        if (const auto service = lexicon::named_services().match(doc, k + 1, s.last)) {
          k += 1 + service.length;
          continue;
        }
      // (s22-lead) "tại Quảng trường 3/2", "tại Sân vận động 10/3": a venue named after a day, the
      // day's slash inside its name (a capitalised venue's word right before the day).
      if (t.key == "/" && k - 2 >= from && doc.is_number(k - 1) && doc.glued(k) && doc.is_number(k + 1) &&
          doc.glued(k + 1) && doc.is_word(k - 2) && !doc.is_number(k + 2) && !doc.is_punct(k + 2, "/") &&
          (doc.tokens[k - 2].capitalised || (k - 3 >= from && doc.is_word(k - 3) && doc.tokens[k - 3].capitalised))) {
        k += 2;
        continue;
      }
      // (s25-orgs) "tại xã Đưng K’Nớ", "tại huyện Ea H'leo": a syllable glued on by an apostrophe is of the name.
      if (k > from && glued_apostrophe(doc, k)) {
        k += 2;
        continue;
      }
      // (s25-orgs) "Tại TP Nha Trang chiều ngày 4-4, …", "tại thành phố Huế sáng 4/4/2018": the part of the
      // day before the day opens the sentence's time, no part of the place.
      if (k > from && t.kind == TokenKind::kWord && !t.capitalised && lexicon::parts_of_day().match(doc, k, s.last) &&
          (doc.is_number(k + 1) || doc.is_key(k + 1, word_key("ngày")) || doc.is_key(k + 1, word_key("nay"))))
        break;
      if (t.kind == TokenKind::kPunct && t.key != "-" && !(t.key == "." && doc.glued(k))) break;
      // (s21-lead) "làm việc tại Đảng đoàn Hội A do đồng chí B làm trưởng đoàn": the agent after
      // "do" is no part of the place; nor the year of the clause ("… tại khu dân cư năm 2026").
      if (k > from && t.kind == TokenKind::kWord && !t.capitalised &&
          ((doc.is_key(k, word_key("do")) && doc.is_word(k + 1)) ||
           (doc.is_key(k, word_key("năm")) && a.dates.mention_at[k] >= 0)))
        break;
      if (k > from && t.kind == TokenKind::kWord && lexicon::predicates().match(doc, k, s.last)) {
        const int32_t n = place_name_through(a, from, k, s.last);
        if (n == k) break;
        k = n;
        // "tại huyện Đại Từ Cụm thi đua … đã tổ chức": a capitalised word after the name opens the
        // subject of the sentence, not more of the place.
        if (k < s.last && doc.is_word(k) && doc.tokens[k].capitalised) break;
        continue;
      }
      // (s20-lead) "tại Trung tâm Hội nghị 25B TP. Thanh Hóa": a meeting's word inside the name of
      // the hall ("Trung tâm hội nghị") is no event.
      if (k > from && lexicon::event_triggers().match(doc, k, s.last)) {
        const auto hall = lexicon::unit_heads().match(doc, window, s.last);
        if (!hall || k >= window + hall.length) break;
      }
      ++k;
    }
    // (s16-plan-b) "tại khu dân cư chợ A đường 390 thôn B xã Thanh Thủy": a long place whose last
    // words are a level and its name; the word limit does not cut the name off its level.
    // … nor a hamlet's name off the commune closing the place ("… tổ 5 thôn Hòa Bình Một xã Phước Hòa.").
    if (k - window == 12)
      for (int32_t l = k - 3; l < s.last && l <= k + 4; ++l) {
        if (l > k && (!doc.is_word(l - 1) || lexicon::predicates().match(doc, l - 1, s.last))) break;
        const auto lv = lexicon::levels().match(doc, l, s.last);
        if (!lv || doc.tokens[l].capitalised || l + lv.length < k) continue;
        std::string name;
        const int32_t n = place_name_end(doc, l + lv.length, s.last, false, a.unit_options(), &name);
        if (n > k && n > l + lv.length && (n >= s.last || doc.tokens[n].kind == TokenKind::kPunct)) k = n;
        break;
      }
    // "tại thôn Phú Danh (xã Hà Ra)": the commune or district of the place in brackets;
    // "tại Quảng trường Ba Đình, Hà Nội": the province after a comma.
    // (s23-kind) "tại khu vực đường Lê Lợi (P.Bến Thành, Q.1, TP.HCM)": several levels in the bracket,
    // each with its name, are the place's too, written out ("phường Bến Thành, quận 1, thành phố Hồ
    // Chí Minh") as a unit's levels are.
    int32_t bracket_at = -1, bracket_end = -1;
    std::string bracket_written;
    if (k > from && doc.is_punct(k, "(")) {
      std::vector<std::string> levels_named;
      int32_t at = k + 1;
      while (true) {
        auto lv = lexicon::levels().match(doc, at, s.last);
        if (!lv && doc.is_word(at) && doc.tokens[at].capitalised && doc.is_punct(at + 1, ".") && doc.glued(at + 1))
          lv = lexicon::level_initials().match(doc, at, at + 1);
        if (!lv) break;
        int32_t nm = at + lv.length;
        if (doc.is_punct(nm, ".") && doc.glued(nm)) ++nm;
        std::string name;
        const int32_t n = place_name_end(doc, nm, s.last, false, a.unit_options(), &name);
        if (n <= nm) break;
        levels_named.push_back(std::string(level_word(static_cast<Level>(lv.value()))) + " " + name);
        at = n;
        if (!doc.is_punct(at, ",")) break;
        ++at;
      }
      if (levels_named.size() >= 2 && doc.is_punct(at, ")")) {
        bracket_at = k;
        bracket_written = " (";
        for (size_t p = 0; p < levels_named.size(); ++p) bracket_written += (p ? ", " : "") + levels_named[p];
        bracket_written += ")";
        k = bracket_end = at + 1;
      } else if (const auto lv = lexicon::levels().match(doc, k + 1, s.last)) {
        std::string name;
        const int32_t n = place_name_end(doc, k + 1 + lv.length, s.last, false, a.unit_options(), &name);
        if (n > k + 1 + lv.length && doc.is_punct(n, ")")) k = n + 1;
      } else if (const auto p = lexicon::provinces().match(doc, k + 1, s.last);
                 p && doc.tokens[k + 1].capitalised && doc.is_punct(k + 1 + p.length, ")")) {
        // (s16-plan-g) "tại Cửa Lò (Nghệ An)", "tại thị trấn Sa Pa (Lào Cai)": the province alone in
        // brackets closes the place too.
        k += 2 + p.length;
      }
    } else if (k > from && doc.is_punct(k, ",") && lexicon::parent_commands().match(doc, k + 1, s.last) &&
               doc.tokens[k + 1].capitalised) {
      // (s23-kind) "tại Lữ đoàn 604, Quân khu 2, Cụm thi đua số 2 …": the command the unit belongs to,
      // its number or name closing the phrase, is where the unit is.
      const int32_t h = k + 1 + lexicon::parent_commands().match(doc, k + 1, s.last).length;
      int32_t n = h;
      while (n < s.last && (doc.is_number(n) || (doc.is_word(n) && doc.tokens[n].capitalised))) ++n;
      if (n > h && (n >= s.last || doc.tokens[n].kind == TokenKind::kPunct)) k = n;
    } else if (k > from && doc.is_punct(k, ",")) {
      // (s20-lead) … also before a link word going on to the event ("tại Trung tâm Hội nghị Quốc gia,
      // Hà Nội dưới sự chủ trì của …", "…, Hà Nội với sự tham dự …").
      static const Entry kOnward[] = {{"dưới"}, {"với"}, {"nhằm"}, {"để"}, {"do"}, {"có"}};
      static const PhraseTable onward(kOnward);
      if (const auto p = lexicon::provinces().match(doc, k + 1, s.last);
          p && doc.tokens[k + 1].capitalised && (doc.is_punct(k + 1 + p.length, ",") || k + 1 + p.length >= s.last ||
                                                 doc.is_punct(k + 1 + p.length, ".") ||
                                                 (doc.is_word(k + 1 + p.length) && !doc.tokens[k + 1 + p.length].capitalised &&
                                                  onward.match(doc, k + 1 + p.length, s.last))))
        k += 1 + p.length;
      // "tại nhà văn hóa thôn Đông, xã Hòa Bình, …": the commune or district after a comma, named
      // by its level and name and closing the phrase.
      // (s16-plan-b) … also before a link word that goes on to the event ("tại thôn A, xã B với 10
      // thành viên", "…, xã B nhằm …") or a bracket naming the province ("tại Quảng trường A, TP
      // Vinh (Nghệ An), …"), and a capitalised level ("TP Vinh") when the phrase closes there.
      else if (const auto lv = lexicon::levels().match(doc, k + 1, s.last)) {
        static const Entry kLinks[] = {{"với"}, {"nhằm"}, {"để"}, {"cho"}};
        static const PhraseTable links(kLinks);
        int32_t at = k + 1 + lv.length;
        if (doc.is_punct(at, ".") && doc.glued(at)) ++at;  // "TP. Vinh"
        std::string name;
        const int32_t n = place_name_end(doc, at, s.last, false, a.unit_options(), &name);
        const bool closes = n >= s.last || doc.is_punct(n, ",") || doc.is_punct(n, ".") || doc.is_punct(n, "(");
        const bool capitalised = doc.tokens[k + 1].capitalised;
        if (n > at && (closes || (!capitalised && links.match(doc, n, s.last)))) k = n;
      }
    }
    // "tại Sở Giáo dục và Đào tạo, …": an office whose name holds "và" is the place whole.
    // (s25-orgs) … not over a group named after it ("tại Sở Xây dựng Khối thi đua Khối 4 tổ chức …").
    const auto names_group_past = [&](const UnitMention& u) {
      for (int32_t t = k; t < u.last; ++t)
        if (const auto h = lexicon::unit_heads().match(doc, t, u.last);
            h && doc.tokens[t].capitalised &&
            (static_cast<UnitKind>(h.value()) == UnitKind::kCluster || static_cast<UnitKind>(h.value()) == UnitKind::kBlock))
          return true;
      return false;
    };
    if (const auto office = match_unit(doc, from, s.last, a.unit_options());
        office && office->kind == UnitKind::kOffice && office->last > k && office->last - from <= 12 && !names_group_past(*office))
      k = office->last;
    // (s17-plan-a) "tại Hội trường Phòng Giáo dục và Đào tạo", "tại hội trường Sở Văn hóa, Thể thao và
    // Du lịch tỉnh": a department named by its field inside the place, its "và" and commas included.
    for (const UnitMention& u : find_units(doc, from, std::min(s.last, from + 16), a.unit_options())) {
      if (u.first >= k) break;
      if (u.kind == UnitKind::kOffice && !u.list_prefix && u.last > k && u.last - from <= 16 &&
          lexicon::administrative_fields().match(doc, u.first + 1, u.last) && !names_group_past(u))
        k = u.last;
    }
    // "tại hội trường Hội Cựu chiến binh (CCB) tỉnh Bến Tre": a body named in the place runs on
    // past its short name in brackets, written as the unit is.
    std::string unit_tail;
    int32_t unit_from = -1;
    for (const UnitMention& u : find_units(doc, from, std::min(s.last, from + 16), a.unit_options())) {
      if (u.first >= k) break;
      if (u.last > k && doc.is_punct(k, "(") && !u.list_prefix) {
        unit_from = u.first;
        unit_tail = u.text;
        k = u.last;
      }
      break;
    }
    if (unit_from < 0) k = listed_places_end(a, from, k, s.last);
    std::string place = unit_from < 0 ? clean(doc.text_of(from, k))
                                      : clean((unit_from > from ? std::string(doc.text_of(from, unit_from)) + " " : std::string()) + unit_tail);
    if (unit_from < 0 && bracket_at >= 0 && k == bracket_end) place = clean(doc.text_of(from, bracket_at)) + bracket_written;
    // "tại hội trường UBND phường A - TP.HCM": a city abbreviated after a dash closing the place
    // is written out with its level, as in unit names ("… - thành phố Hồ Chí Minh").
    // (s17-plan-a) … and so after a comma or a name ("tại Nhà văn hóa quận 3, TP.HCM", "tại Công ty
    // Công viên cây xanh TP.HCM"): the city's level abbreviated, in capitals, closing the place.
    for (int32_t d = from + 1; unit_from < 0 && d + 1 < k; ++d) {
      const bool dash = doc.is_punct(d, "-") || doc.is_punct(d, "–");
      const bool comma = doc.is_punct(d, ",");
      const int32_t p = dash || comma ? d + 1 : d;
      if (!dash && !comma && !(doc.is_word(d - 1) && doc.tokens[d].all_caps)) continue;
      const auto lv = lexicon::levels().match(doc, p, k);
      if (!lv || (!dash && !doc.tokens[p].all_caps)) continue;
      int32_t at = p + lv.length;
      if (doc.is_punct(at, ".") && doc.glued(at)) ++at;
      std::string name;
      const int32_t n = place_name_end(doc, at, k, false, a.unit_options(), &name);
      if (n > at && (n == k || (n + 1 == k && doc.is_punct(n, "."))) && name != doc.text_of(at, n)) {
        const std::string level = level_word(static_cast<Level>(lv.value()));
        place = dash    ? clean(std::string(doc.text_of(from, d))) + " - " + level + " " + name
                : comma ? clean(std::string(doc.text_of(from, d))) + ", " + level + " " + name
                        : clean(std::string(doc.text_of(from, d))) + " " + level + " " + name;
      }
      if (dash) break;
    }
    // "tại Công an Tiền Giang": a place that is a province's police named without its level is
    // written as the unit is ("Công an tỉnh Tiền Giang").
    if (const auto u = match_unit(doc, from, k, a.unit_options()); u && u->last == k && u->kind == UnitKind::kPolice && u->level &&
                                                                      !u->list_prefix)
      place = clean(u->text);
    // (s21-orgs) A place names somewhere: "tại khu dân cư", "tại các thôn" (no capitalised word,
    // no number, no body) name no place, and the search goes on to a later "tại"; "tại hội trường
    // ủy ban nhân dân huyện" names the body's hall.
    bool names = unit_from >= 0;
    for (int32_t t = from; t < k && !names; ++t)
      names = (doc.is_word(t) && doc.tokens[t].capitalised) || doc.is_number(t) || lexicon::unit_heads().match(doc, t, k);
    // (s22-lead) "… giao ước thi đua đã ký kết tại Hà Nội năm 2020" in a sentence dated 2023: a place
    // dated by an earlier year than the sentence's own day is where an earlier fact happened.
    if (doc.is_key(k, word_key("năm")) && a.dates.mention_at[k] >= 0) {
      const DateMention& when = a.dates.mentions[a.dates.mention_at[k]];
      bool earlier = false;
      for (const DateMention& m : a.dates.mentions)
        earlier = earlier || (m.first >= s.first && m.last <= s.last && m.precision == Precision::kDay && m.has_year() &&
                              !m.anniversary && !m.reference && when.has_year() && when.year < m.year);
      if (earlier) continue;
    }
    if (!place.empty() && names) return place;
  }
  return std::nullopt;
}

}  // namespace

std::string clean(std::string_view s) {
  auto strip_front = [&](std::string_view p) {
    if (s.substr(0, p.size()) == p) {
      s.remove_prefix(p.size());
      return true;
    }
    return false;
  };
  auto strip_back = [&](std::string_view p) {
    if (s.size() >= p.size() && s.substr(s.size() - p.size()) == p) {
      s.remove_suffix(p.size());
      return true;
    }
    return false;
  };
  for (bool changed = true; changed;) {
    changed = false;
    while (!s.empty() && (s.front() == ' ' || s.front() == ',' || s.front() == ';' || s.front() == ':')) {
      s.remove_prefix(1);
      changed = true;
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == ';' || s.back() == ':' || s.back() == '.')) {
      s.remove_suffix(1);
      changed = true;
    }
    if (strip_back("\u2026")) changed = true;
    const bool quoted_front = s.substr(0, 3) == "\u201C";
    const bool quoted_back = s.size() >= 3 && s.substr(s.size() - 3) == "\u201D";
    if (quoted_front && quoted_back) {
      strip_front("\u201C");
      strip_back("\u201D");
      changed = true;
    } else if (quoted_front && s.find("\u201D") == std::string_view::npos) {
      strip_front("\u201C");
      changed = true;
    } else if (quoted_back && s.find("\u201C") == std::string_view::npos) {
      strip_back("\u201D");
      changed = true;
    }
  }
  return to_nfc(s);
}

std::string Analysis::complete(const UnitMention& u) const {
  if (!u.level || !u.name.empty() || u.list_prefix) return u.text;
  auto it = places.find(*u.level);
  if (it == places.end()) return u.text;
  // The level ends the text unless a chained unit follows ("Ban … Công an tỉnh").
  return u.text + " " + it->second;
}

bool is_event_span(const Analysis& a, int32_t range) {
  if (range < 0) return false;
  const DateRange& r = a.dates.ranges[static_cast<size_t>(range)];
  if (r.start < 0 || r.end < 0) return false;
  const DateMention& s = a.dates.mentions[static_cast<size_t>(r.start)];
  const DateMention& e = a.dates.mentions[static_cast<size_t>(r.end)];
  if (s.precision != Precision::kDay || e.precision != Precision::kDay) return false;
  const int year = e.has_year() ? e.year : (s.has_year() ? s.year : 2001);
  const auto end = date_in_year(e, year, false);
  const auto start = date_on_or_before(s, end.value_or(Date::from_ymd(year, 12, 31).value()), false);
  if (!start || !end || end->days() - start->days() > 7 || end->days() < start->days()) return false;
  const Document& doc = a.doc;
  const Sentence& sent = doc.sentence_of(r.first);
  static const std::vector<std::string> dien_ra = phrase_keys("diễn ra"), keo_dai = phrase_keys("kéo dài");
  for (int32_t i = sent.first; i < sent.last; ++i) {
    if (lexicon::event_triggers().match(doc, i, sent.last)) return true;
    bool seq1 = true, seq2 = true;
    for (size_t k = 0; k < 2; ++k) {
      seq1 &= doc.is_key(i + static_cast<int32_t>(k), dien_ra[k]);
      seq2 &= doc.is_key(i + static_cast<int32_t>(k), keo_dai[k]);
    }
    if (seq1 || seq2) return true;
  }
  return false;
}

// "phát động" closing a clause ("các phong trào do Bộ Công an phát động.", "… và địa phương
// phát động;") or after "do"/"được" in it: an earlier launch the text refers to, not its event.
bool refers_to_earlier_launch(const Document& doc, int32_t i, int32_t length, int32_t last) {
  static const std::vector<std::string> phat_dong = phrase_keys("phát động");
  static const std::string do_key = word_key("do"), duoc = word_key("được");
  if (length != 2 || !doc.is_key(i, phat_dong[0]) || !doc.is_key(i + 1, phat_dong[1])) return false;
  const int32_t after = i + 2;
  if (after >= last || (doc.tokens[after].kind == TokenKind::kPunct && !doc.quote_opening(after))) return true;
  // "các ban ngành phát động mạnh mẽ với 550 buổi họp dân", "phát động sâu rộng phong trào …": a
  // launching told by its manner is work done over time, not a launch held.
  static const Entry kManners[] = {{"mạnh mẽ"}, {"sâu rộng"}, {"rộng rãi"}, {"rộng khắp"}};
  static const PhraseTable manners(kManners);
  if (manners.match(doc, after, last)) return true;
  // (s24-kind) "… các phong trào thi đua, cuộc vận động do Tổng LĐLĐ Việt Nam, UBND tỉnh, LĐLĐ tỉnh phát
  // động như …": the bodies that launched, listed with commas, each opening with a capital.
  bool listed = false;  // a comma crossed before a capitalised name
  for (int32_t k = i - 1; k >= 0 && i - k <= (listed ? 24 : 10) && !doc.is_punct(k, ";"); --k) {
    if (doc.is_punct(k, ",")) {
      if (!doc.is_word(k + 1) || !doc.tokens[k + 1].capitalised) break;
      listed = true;
      continue;
    }
    if (doc.is_key(k, do_key) || (k == i - 1 && doc.is_key(k, duoc))) return true;
  }
  return false;
}

// "chỉ tiêu giao ước thi đua đã đề ra", "thực hiện các nội dung giao ước thi đua": a pledge
// already made, named as what is measured or carried out, not a signing.
bool refers_to_existing_pledge(const Document& doc, int32_t i, const PhraseTable::Match& m) {
  if (static_cast<EventKind>(m.value()) != EventKind::kPledgeSigning) return false;
  // (s28-orgs2) "chuyển bản ký kết giao ước thi đua tới các thành viên", "gửi dự thảo giao ước": the pledge's paper.
  for (int32_t b = 1; b <= 2; ++b)
    if (i - b >= 0 && lexicon::pledge_papers().match(doc, i - b, i).length == b) return true;
  static const std::string giao = word_key("giao"), uoc = word_key("ước");
  if (!doc.is_key(i, giao) || !doc.is_key(i + 1, uoc)) return false;  // "ký giao ước", "lễ ký …" sign
  static const std::vector<std::vector<std::string>> nouns = {
      phrase_keys("chỉ tiêu"), phrase_keys("nội dung"), phrase_keys("mục tiêu"), phrase_keys("yêu cầu"),
      phrase_keys("thực hiện")};
  for (const auto& n : nouns) {
    const int32_t from = i - static_cast<int32_t>(n.size());
    bool same = from >= 0;
    for (size_t k = 0; k < n.size() && same; ++k) same = doc.is_key(from + static_cast<int32_t>(k), n[k]);
    if (same) return true;
  }
  return false;
}

// (s15-plan-b) "ban hành Kế hoạch số 27/KH-UBND Kế hoạch phát động phong trào …", "Chỉ thị của UBND
// tỉnh về phát động phong trào …", "văn bản về việc phát động …": a launch that is the subject of a
// document names what the document is about, not a launch held (decision 8 of session 15) — the
// document's noun, then its number, issuer or "về (việc)", on the same line right before "phát
// động". Not "Kế hoạch tổ chức Lễ phát động …" (a ceremony the plan holds).
bool launch_is_document_subject(const Document& doc, int32_t i, int32_t length) {
  static const std::vector<std::string> phat_dong = phrase_keys("phát động");
  if (length != 2 || !doc.is_key(i, phat_dong[0]) || !doc.is_key(i + 1, phat_dong[1])) return false;
  static const Entry kDocuments[] = {{"kế hoạch"}, {"chỉ thị"}, {"quyết định"}, {"công văn"}, {"văn bản"},
                                     {"hướng dẫn"}, {"thông báo"}, {"nghị quyết"}, {"kết luận"}};
  static const PhraseTable documents(kDocuments);
  static const std::string ve = word_key("về"), viec = word_key("việc");
  const int32_t line = doc.tokens[i].line;
  int32_t k = i - 1;
  if (doc.is_key(k, viec)) --k;
  if (!doc.is_key(k, ve)) {
    if (k >= 0 && documents.match_ending(doc, k + 1, std::max(0, k - 2))) return true;
    // (s25-names) "ban hành Kế hoạch số 192/KH-UBND phát động đợt thi đua …": the document's number, "số"
    // and its code, between its noun and "phát động".
    static const std::string so = word_key("số");
    for (int32_t t = k; t > 0 && k - t <= 8 && doc.tokens[t].line == line; --t) {
      if (doc.is_key(t, so) && t < k) return static_cast<bool>(documents.match_ending(doc, t, std::max(0, t - 3)));
      if (!(doc.is_number(t) || (doc.is_word(t) && doc.tokens[t].all_caps) || doc.is_punct(t, "/") || doc.is_punct(t, "-")))
        return false;
    }
    return false;
  }
  // "Chỉ thị số 24-CT/UBND về …", "Chỉ thị của UBND tỉnh về …": the number or the issuer between.
  // (s23-events) … also its day and issuer ("Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về
  // việc phát động …", "Quyết định số 245/QĐ-BYT ngày 20 tháng 01 năm 2023 của Bộ trưởng Bộ Y tế về việc …").
  for (int32_t t = k - 1; t >= 0 && k - t <= 24 && doc.tokens[t].line == line; --t) {
    if (documents.match_ending(doc, t + 1, std::max(0, t - 2))) return true;
    // (session 23) … its day written with dots too ("ngày 16.7.2021"): a stop glued inside a date.
    if (!(doc.is_word(t) || doc.is_number(t) || doc.is_punct(t, "/") || doc.is_punct(t, "-") ||
          (doc.is_punct(t, ".") && doc.glued(t) && doc.is_number(t - 1) && doc.is_number(t + 1))))
      return false;
  }
  return false;
}

// (s15-plan-b) One of the four sentences after the lead `lead` opens with the event itself ("Tại
// hội nghị", "Tại buổi lễ", "Cuối hội nghị", "Cũng tại buổi lễ", "Nhân dịp này", "Dịp này") and signs
// a pledge in it ("… ký kết giao ước thi đua", not a pledge already made).
bool signing_at_the_event(const Analysis& a, int32_t lead) {
  const Document& doc = a.doc;
  static const Entry kAtTheEvent[] = {{"tại hội nghị"}, {"tại buổi lễ"}, {"tại lễ phát động"}, {"tại buổi lễ phát động"},
                                      {"cuối hội nghị"}, {"cuối buổi lễ"}, {"cũng tại hội nghị"}, {"cũng tại buổi lễ"},
                                      {"nhân dịp này"}, {"dịp này"}, {"kết thúc hội nghị"}, {"kết thúc buổi lễ"}};
  static const PhraseTable at_the_event(kAtTheEvent);
  for (int32_t si = lead + 1; si < static_cast<int32_t>(doc.sentences.size()) && si <= lead + 4; ++si) {
    const Sentence& s = doc.sentences[static_cast<size_t>(si)];
    if (!at_the_event.match(doc, s.first, s.last)) continue;
    for (int32_t i = s.first; i < s.last; ++i) {
      const auto t = lexicon::event_triggers().match(doc, i, s.last);
      if (!t) continue;
      if (static_cast<EventKind>(t.value()) == EventKind::kPledgeSigning && !refers_to_existing_pledge(doc, i, t)) {
        static const std::string giao = word_key("giao"), uoc = word_key("ước");
        if (doc.is_key(i, giao) && doc.is_key(i + 1, uoc)) {  // "giao ước thi đua" alone: a signing only after "ký"
          i += t.length - 1;
          continue;
        }
        return true;
      }
      i += t.length - 1;
    }
  }
  return false;
}

// (s16-plan-f) A meeting named as a habit, a task or someone else's event, not the one the text
// reports: "thường xuyên (tổ chức) sơ kết", "định kỳ tổng kết", "hằng năm tổ chức hội nghị" (done
// again and again); "gắn với tổng kết năm 2024", "tiến tới tổng kết …" (a task ahead); "được chọn đi
// dự Hội nghị điển hình tiên tiến cấp tỉnh" (a meeting delegates are sent to).
bool trigger_not_held(const Document& doc, int32_t i, int32_t first) {
  static const Entry kBefore[] = {{"gắn với"}, {"tiến tới"}, {"hướng tới"}, {"đi dự"}};
  static const Entry kHabits[] = {{"thường xuyên"}, {"định kỳ"}, {"hằng năm"}, {"hàng năm"}};
  static const Entry kHolding[] = {{"tổ chức"}, {"tiến hành"}};
  static const PhraseTable before(kBefore), habits(kHabits), holding(kHolding);
  auto ends_at = [&](const PhraseTable& t, int32_t end) {
    for (int32_t b = 1; b <= 2; ++b)
      if (end - b >= first && t.match(doc, end - b, end).length == b) return true;
    return false;
  };
  if (ends_at(before, i) || ends_at(habits, i)) return true;
  // (s24-kind) "… đóng góp của các đồng chí …, nhất là trong phối hợp, tổ chức và phát động phong trào",
  // "mong muốn …, đặc biệt là phát động sâu rộng phong trào …": a launch singled out among the work
  // done or wished for is a field of that work, not the event.
  for (int32_t b = i - 1; b >= first && i - b <= 10; --b) {
    if (doc.is_punct(b, ";") || doc.is_punct(b, ".") || doc.is_punct(b, ":")) break;
    if (lexicon::singled_out().match(doc, b, i)) return true;
  }
  // (s23-events) "Tỉnh A có 15 đại biểu tham dự Đại hội Thi đua yêu nước toàn quốc", "Công an tỉnh B cử 6
  // đại biểu dự Hội nghị điển hình tiên tiến của Bộ", "Đoàn đại biểu tỉnh C … tham dự Đại hội …": a
  // delegation sent to a congress or a meeting, right before it, is at someone else's event.
  static const std::string du = word_key("dự");
  if (i - 1 >= first && doc.is_key(i - 1, du)) {
    static const std::vector<std::string> dai_bieu = phrase_keys("đại biểu");
    const int32_t verb = i - 1;
    for (int32_t b = verb - 1; b >= first && verb - b <= 12; --b) {
      if (const auto d = lexicon::delegations().match(doc, b, verb); d && d.value() == 0) return true;
      if (b - 2 >= first && doc.is_key(b, dai_bieu[0]) && doc.is_key(b + 1, dai_bieu[1]) && doc.is_number(b - 1))
        if (const auto d = lexicon::delegations().match(doc, b - 2, b - 1); d && d.value() == 1) return true;
    }
  }
  // (s19-rules) A congress a text greets, briefs on or works towards is not the one it holds:
  // "chào mừng Đại hội Thi đua yêu nước toàn quốc", "tiến tới Đại hội …, Đại hội Thi đua …",
  // "thông tin về Đại hội thi đua …", "Ban tổ chức Đại hội …" — unless it is held ("tổ chức", "khai
  // mạc") after that word.
  static const std::string dai = word_key("đại"), hoi = word_key("hội");
  static const Entry kAroundCongress[] = {{"chào mừng"}, {"tiến tới"}, {"hướng tới"}, {"về"}, {"ban tổ chức"},
                                          {"chuẩn bị"}};
  static const Entry kHeld[] = {{"tổ chức"}, {"khai mạc"}, {"diễn ra"}};
  static const PhraseTable around_congress(kAroundCongress), held(kHeld);
  if (doc.is_key(i, dai) && doc.is_key(i + 1, hoi)) {
    // (s27-orgs) "Kế hoạch tổ chức Đại hội thi đua yêu nước các cấp …", "ban hành Hướng dẫn tổ chức Đại hội …",
    // "kế hoạch Đại hội thi đua": a congress a document plans, right after its noun ("tổ chức" between or
    // not), is the document's subject — issued, not held.
    static const std::vector<std::string> to_chuc = phrase_keys("tổ chức");
    const int32_t noun_end = i - 2 >= first && doc.is_key(i - 2, to_chuc[0]) && doc.is_key(i - 1, to_chuc[1]) ? i - 2 : i;
    if (noun_end > first && lexicon::document_types().match_ending(doc, noun_end, std::max(first, noun_end - 3))) return true;
    for (int32_t b = i - 1; b >= first; --b) {
      if (const auto m = around_congress.match(doc, b, i)) return true;
      static const std::string ban = word_key("ban");
      if (held.match(doc, b, i) && !doc.is_key(b - 1, ban)) break;
    }
  }
  return i - 2 >= first && holding.match(doc, i - 2, i).length == 2 && ends_at(habits, i - 2);
}

// (s23-events) "lễ tổng kết và trao giải cuộc thi …", "Lễ tổng kết, trao giải Hội thi …", "tổng kết Hội thi
// …": a review's word closing a contest names the contest's closing ceremony, of no kind (the
// Conventions), not a review — the contest or its prizes right after it, a "và" or comma between. A
// meeting ("Hội nghị tổng kết và trao giải cuộc thi", as `vgcl-2023-…` is labelled) stays a review.
bool closes_a_contest(const Document& doc, int32_t i, const PhraseTable::Match& m) {
  if (!m || static_cast<EventKind>(m.value()) != EventKind::kReview) return false;
  // "Hội nghị tổng kết và trao giải cuộc thi …": a meeting held to review the contest stays a review.
  static const std::vector<std::string> hoi_nghi = phrase_keys("hội nghị");
  if ((doc.is_key(i, hoi_nghi[0]) && doc.is_key(i + 1, hoi_nghi[1])) ||
      (i >= 2 && doc.is_key(i - 2, hoi_nghi[0]) && doc.is_key(i - 1, hoi_nghi[1])))
    return false;
  static const std::string va = word_key("và");
  int32_t k = i + m.length;
  if (doc.is_punct(k, ",") || doc.is_key(k, va)) ++k;
  if (doc.is_punct(k, "“") || doc.is_punct(k, "\"")) ++k;
  const int32_t line_end = doc.lines[doc.tokens[i].line].last;
  return static_cast<bool>(lexicon::contest_closings().match(doc, k, line_end));
}

bool called_off(const Document& doc, int32_t i, int32_t first) {
  for (int32_t b = 1; b <= 3; ++b)
    if (i - b >= first && lexicon::called_off().match(doc, i - b, i).length == b) return true;
  return false;
}

std::pair<int32_t, EventKind> first_trigger(const Analysis& a, int32_t first, int32_t last) {
  for (int32_t i = first; i < last; ++i) {
    if (const auto m = lexicon::event_triggers().match(a.doc, i, last)) {
      if (refers_to_earlier_launch(a.doc, i, m.length, last) || trigger_not_held(a.doc, i, first)) continue;
      if (closes_a_contest(a.doc, i, m)) {
        i += m.length - 1;
        continue;
      }
      if (launch_is_document_subject(a.doc, i, m.length)) {
        i += m.length - 1;
        continue;
      }
      // (s28-orgs2) "… quyết định không tổ chức hội nghị ký kết giao ước thi đua; chuyển dự thảo …", "tạm hoãn
      // Lễ phát động …": an event called off right before its word is not held — nor any word of its phrase.
      if (called_off(a.doc, i, first)) {
        while (i + 1 < last && !a.doc.is_punct(i + 1, ",") && !a.doc.is_punct(i + 1, ";") && !a.doc.is_punct(i + 1, "."))
          ++i;
        continue;
      }
      // "tại Trung tâm Hội nghị tỉnh": a unit's head that runs over the trigger names a hall.
      bool in_head = false;
      for (int32_t back = 1; back <= 3 && i - back >= first && !in_head; ++back)
        if (const auto h = lexicon::unit_heads().match(a.doc, i - back, last); h && h.length > back) in_head = true;
      if (in_head) continue;
      if (refers_to_existing_pledge(a.doc, i, m)) {
        i += m.length - 1;
        continue;
      }
      return {i, static_cast<EventKind>(m.value())};
    }
  }
  return {-1, EventKind::kNone};
}

// A first line that is a paragraph, not a headline: more than one sentence, ending with a
// colon, longer than 35 words, or opening with the day of the event ("Ngày 14/2, …", "Chiều
// 25/6, …") or a source tag ("(GLO)- …", "ANTD.VN - …").
bool opens_paragraph(const Analysis& a, int32_t li) {
  const Document& doc = a.doc;
  const Line& line = doc.lines[li];
  const int32_t first = line_start(doc, li);
  if (first >= line.last) return false;
  int sentences = 0, words = 0;
  for (const Sentence& s : doc.sentences)
    if (s.line == li && s.first < s.last) ++sentences;
  // (s17-plan-a) A date counts as one word: "… bầu Quốc hội Việt Nam” (06/01/1946 - 06/01/2026)"
  // does not make a headline a paragraph by its figures.
  // (s21-lead) … and so does a quoted name: "… đoạt giải Nhất chung kết Cuộc thi “Đổi mới phong cách,
  // thái độ phục vụ của cán bộ y tế hướng tới sự hài lòng của người bệnh”" is a headline still.
  for (int32_t i = first; i < line.last; ++i) {
    const int32_t m = a.dates.mention_at[i];
    if (m >= 0 && a.dates.mentions[m].first != i) continue;
    if (const Quote* q = doc.quote_opening(i); q && q->closed && q->last < line.last && q->last > q->first) {
      words += 1;
      i = q->last;
      continue;
    }
    words += doc.tokens[i].kind != TokenKind::kPunct;
  }
  // "Thứ ba - 28/02/2023 08:13", "THỨ BẢY, 11/07/2020 09:45:38": a page's publication stamp on
  // the next line marks this one as the headline over it, however long.
  if (sentences <= 1 && words <= 70 && li + 1 < static_cast<int32_t>(doc.lines.size()) &&
      !doc.is_punct(line.last - 1, ":") && !doc.is_punct(line.last - 1, ".")) {
    const int32_t next = line_start(doc, li + 1), next_last = doc.lines[li + 1].last;
    int next_words = 0;
    bool day = false, named = false;
    for (int32_t i = next; i < next_last; ++i) {
      next_words += doc.tokens[i].kind != TokenKind::kPunct;
      const int32_t m = a.dates.mention_starting_at(i);
      day |= m >= 0 && a.dates.mentions[m].precision == Precision::kDay;
      named |= lexicon::unit_heads().match(doc, i, next_last) || lexicon::event_triggers().match(doc, i, next_last);
    }
    if (next < next_last && day && !named && next_words <= 8) return false;
  }
  // (s25-orgs) "Cụm thi đua Sở Tư pháp, Thi hành án dân sự các tỉnh … tổ chức Hội nghị tổng kết … và ký kết
  // giao ước thi đua 2026" over the lead: a long line of one sentence closing with no mark at all, over a
  // line closing with a stop, is a headline however long (a lead closes with its stop; the excerpts are
  // cut at a complete sentence).
  // (s26-orgs) … a bracket closing it ("… 190 năm thành lập tỉnh Lạng Sơn (1831 - 2021)") is no sentence's mark.
  if (sentences == 1 && words > 35 && words <= 60 &&
      (doc.tokens[line.last - 1].kind != TokenKind::kPunct || doc.is_punct(line.last - 1, ")")) &&
      bare_day_date(a, first, std::min(line.last, first + 3)) < 0 &&
      li + 1 < static_cast<int32_t>(doc.lines.size()) &&
      doc.lines[li + 1].last > line_start(doc, li + 1) && doc.is_punct(doc.lines[li + 1].last - 1, "."))
    return false;
  if (sentences > 1 || words > 35 || doc.is_punct(line.last - 1, ":")) return true;
  // "Thiếu tướng Bùi Văn A, Giám đốc Công an tỉnh phát biểu tại lễ ra quân": a photo caption
  // over the lead — a ranked person opening the line, speaking or handing over; (s28-orgs2) in capitals too
  // ("THIẾU TƯỚNG BÙI VĂN A, GIÁM ĐỐC … PHÁT BIỂU TẠI LỄ RA QUÂN"), as the page prints it.
  if (lexicon::ranks().match(doc, first, line.last)) {
    static const Entry kCaptionVerbs[] = {{"phát biểu"}, {"trao"}, {"trao tặng"}, {"chúc mừng"}, {"gắn"}};
    static const PhraseTable caption_verbs(kCaptionVerbs);
    for (int32_t i = first; i < line.last; ++i)
      if (caption_verbs.match(doc, i, line.last)) return true;
  }
  // (s17-plan-a) "KHỐI THI ĐUA 4 TỔ CHỨC KÝ KẾT GIAO ƯỚC THI ĐUA NĂM 2017.": a line written all in
  // capitals is a headline, its stop or not; no caption or lead is written so.
  if (words >= 4 && line_all_caps(doc, li)) return false;
  // A headline carries no full stop: a first line of several words ending with one (not an
  // ellipsis) is a sentence — a caption or a lead ("Bộ trưởng … chủ trì hội nghị.").
  if (words >= 6 && doc.is_punct(line.last - 1, ".") && !doc.is_punct(line.last - 2, ".")) {
    // … unless it names no day and the next line opens with one ("Ngày đăng: 01/03/2022",
    // "Chiều ngày 28/02/2022, …"): a headline written with a stop, over the page's date or lead.
    bool dated = false;
    for (int32_t i = first; i < line.last && !dated; ++i) {
      const int32_t m = a.dates.mention_starting_at(i);
      dated = m >= 0 && a.dates.mentions[m].precision == Precision::kDay;
    }
    const int32_t next = li + 1 < static_cast<int32_t>(doc.lines.size()) ? line_start(doc, li + 1) : -1;
    // It opens with the unit acting and names the event ("Cụm thi đua số 1 - … ký kết giao ước …"),
    // where a caption opens with a person ("Thứ trưởng … phát biểu tại hội nghị.").
    const auto unit = match_unit(doc, first, line.last, a.unit_options());
    bool acting = unit && unit->first == first && first_trigger(a, unit->last, line.last).first >= 0;
    // (s23-events) … or a gathering of no kind ("UBND xã A: Tổ chức “Ngày hội …”.").
    for (int32_t i = unit && unit->first == first ? unit->last : line.last; i < line.last && !acting; ++i)
      acting = doc.tokens[i].capitalised && lexicon::ceremonies().match(doc, i, line.last).length >= 2;
    if (dated || !acting || next < 0 || next >= doc.lines[li + 1].last || sentences != 1) return true;
    // (s23-events) … the lead's day anywhere on the next line ("Trong không khí chào mừng …, chiều 4/3/2026,
    // Hội Phụ nữ … tổ chức phát động …", "Cập nhật lúc: 15:28 07/03/2023"), not only at its start.
    bool next_dated = false;
    for (int32_t i = next; i < doc.lines[li + 1].last && !next_dated; ++i) {
      const int32_t m = a.dates.mention_starting_at(i);
      next_dated = m >= 0 && a.dates.mentions[m].precision == Precision::kDay;
    }
    if (!next_dated) return true;
  }
  // (s20-lead) … but "Sáng mai 9-9: Khai mạc trọng thể Đại hội …": a day and a colon open a headline.
  if (const int32_t d = bare_day_date(a, first, std::min(line.last, first + 3));
      d >= 0 && words > 12 && !doc.is_punct(a.dates.mentions[static_cast<size_t>(d)].last, ":"))
    return true;
  if (doc.is_punct(first, "(") && doc.tokens[first + 1].all_caps && doc.is_punct(first + 2, ")")) return true;
  if (doc.tokens[first].all_caps && doc.is_punct(first + 1, ".") && doc.glued(first + 1) && doc.glued(first + 2) &&
      doc.is_punct(first + 3, "-"))
    return true;
  return false;
}

// A site's section label over the headline ("Quốc phòng - An ninh", "Chính trị", "Pháp luật"):
// a line of at most four words, no full stop, naming no event and no unit, before a longer line.
bool section_label(const Analysis& a, int32_t li) {
  const Document& doc = a.doc;
  if (li + 1 >= static_cast<int32_t>(doc.lines.size())) return false;
  auto words = [&](int32_t l) {
    int w = 0;
    for (int32_t k = line_start(doc, l); k < doc.lines[l].last; ++k) w += doc.tokens[k].kind != TokenKind::kPunct;
    return w;
  };
  const int32_t first = line_start(doc, li), last = doc.lines[li].last;
  const int w = words(li);
  if (w == 0 || w > 4 || doc.is_punct(last - 1, ".") || words(li + 1) <= w) return false;
  if (first_trigger(a, first, last).first >= 0 || !find_units(doc, first, last, a.unit_options()).empty()) return false;
  return doc.tokens[first].capitalised && !doc.tokens[first].all_caps;
}

// A news page's publication stamp glued to the end of its headline ("… trấn áp tội phạm 15/07/2025
// 10:36", "… của Khối thi đua 8   18/7/2022"): a full date, with or without the time, after at
// least four words and not after a word that makes it part of the headline ("ngày", "đến", "từ",
// "sáng" …). The headline without it; the text unchanged otherwise.
// `stamped`: the text's date was read from that day (dates.cpp, a page with no dateline of its own).
std::string drop_page_stamp(const std::string& title, bool stamped = false) {
  // (s24-kind) "… chào mừng Đại hội Đảng bộ các cấp (15:35 30/11/2019)": the page's stamp in brackets,
  // its clock time before or after its day, closes the headline.
  static const std::regex bracketed(
      R"(\s*\((\d{1,2}:\d{2}(:\d{2})?\s*-?\s*)?\d{1,2}([/.\-])\d{1,2}\3\d{4}(\s*-?\s*\d{1,2}:\d{2}(:\d{2})?)?\)\s*$)");
  if (std::smatch m; std::regex_search(title, m, bracketed) && (m[1].matched || m[4].matched) && m.position(0) > 0)
    return title.substr(0, static_cast<size_t>(m.position(0)));
  // (s26-orgs) "… giao ban Cụm năm 2020 (26/11/2020)": a day in brackets closing the headline, of a year
  // the headline already names, is the page's stamp without its clock time; an occasion's day ("Ngày
  // thành lập Đảng (3/2/1930)") is of a year the headline does not write.
  static const std::regex stamp_day(R"(\s*\(\d{1,2}([/.\-])\d{1,2}\1(\d{4})\)\s*$)");
  if (std::smatch m; std::regex_search(title, m, stamp_day) && m.position(0) > 0) {
    const std::string head = title.substr(0, static_cast<size_t>(m.position(0))), year = m[2].str();
    // (s28-orgs) … or of any year when the page has no dateline but that day ("… nông thôn mới”(21/09/2011)").
    if (stamped) return head;
    // The year as a number of its own in the headline, not inside another figure or date.
    for (size_t at = head.find(year); at != std::string::npos; at = head.find(year, at + 1)) {
      const bool open = at == 0 || std::string_view("0123456789/.-").find(head[at - 1]) == std::string_view::npos;
      const size_t after = at + year.size();
      if (open && (after == head.size() || !std::isdigit(static_cast<unsigned char>(head[after])))) return head;
    }
  }
  size_t end = title.size();
  while (end > 0 && title[end - 1] == ' ') --end;
  auto digits_back = [&](size_t e, size_t lo, size_t hi) -> size_t {  // start of a run of lo..hi digits ending at e
    size_t b = e;
    while (b > 0 && e - b < hi && std::isdigit(static_cast<unsigned char>(title[b - 1]))) --b;
    return e - b >= lo ? b : std::string::npos;
  };
  size_t e = end;
  // "10:36": the time after the date.
  if (size_t m = digits_back(e, 2, 2); m != std::string::npos && m > 0 && title[m - 1] == ':') {
    if (size_t h = digits_back(m - 1, 1, 2); h != std::string::npos && h > 0 && title[h - 1] == ' ') {
      e = h - 1;
      while (e > 0 && title[e - 1] == ' ') --e;
    }
  }
  const size_t year = digits_back(e, 4, 4);
  // (s22-forms) The date written with "/", "-" or ".", as dates are ("15.07.2025 10:36").
  if (year == std::string::npos || year == 0 || (title[year - 1] != '/' && title[year - 1] != '-' && title[year - 1] != '.'))
    return title;
  const size_t month = digits_back(year - 1, 1, 2);
  if (month == std::string::npos || month == 0 || title[month - 1] != title[year - 1]) return title;
  const size_t day = digits_back(month - 1, 1, 2);
  if (day == std::string::npos || day == 0 || title[day - 1] != ' ') return title;
  size_t head = day;
  while (head > 0 && title[head - 1] == ' ') --head;
  const std::string before = title.substr(0, head);
  const Document d = analyse_fragment(before);
  int words = 0;
  for (int32_t i = 0; i < d.size(); ++i) words += d.is_word(i);
  static const Entry kDateWords[] = {{"ngày"}, {"đến"}, {"từ"}, {"sáng"}, {"chiều"}, {"tối"}, {"trưa"}, {"đêm"},
                                     {"hôm"}, {"và"}, {"hoặc"}, {"trước"}, {"sau"}, {"tới"}};
  static const PhraseTable date_words(kDateWords);
  if (words < 4 || d.size() == 0 || !(d.is_word(d.size() - 1) || d.is_number(d.size() - 1)) ||
      date_words.match(d, d.size() - 1))
    return title;
  return before;
}

// A kicker over the headline: "Công an 6 tỉnh Cụm thi đua số 5:" (a short line naming who, ending
// with a colon) or "ĐẠI HỘI ĐẢNG CÁC CẤP" (a short line in capitals), with no day in it, over a
// line that is a headline itself, not a paragraph.
bool kicker(const Analysis& a, int32_t li) {
  const Document& doc = a.doc;
  if (li + 1 >= static_cast<int32_t>(doc.lines.size())) return false;
  const int32_t first = line_start(doc, li), last = doc.lines[li].last;
  int words = 0;
  for (int32_t k = first; k < last; ++k) {
    words += doc.is_word(k) || doc.is_number(k);
    const int32_t m = a.dates.mention_starting_at(k);
    if (m >= 0 && a.dates.mentions[m].precision == Precision::kDay) return false;
  }
  const bool colon = doc.is_punct(last - 1, ":") && words <= 10;
  const bool caps = line_all_caps(doc, li) && words <= 6 && !doc.is_punct(last - 1, ".");
  // "Huyện ủy, UBND huyện Cao Phong", "Sở Y tế - Công đoàn ngành Y tế": a line naming only the
  // bodies the story is from, joined by commas, dashes or "và".
  bool bodies = words <= 14 && !doc.is_punct(last - 1, ".");
  if (bodies && !colon && !caps) {
    const std::vector<UnitMention> units = find_units(doc, first, last, a.unit_options());
    int32_t k = first;
    static const std::string va = word_key("và");
    for (const UnitMention& u : units) {
      while (k < u.first && (doc.is_punct(k, ",") || doc.is_punct(k, "-") || doc.is_punct(k, "–") || doc.is_key(k, va))) ++k;
      if (k != u.first || u.list_prefix) break;
      k = u.last;
    }
    bodies = !units.empty() && k == last;
  }
  if (!colon && !caps && !bodies) return false;
  int32_t next = li + 1;
  while (next < static_cast<int32_t>(doc.lines.size()) && line_start(doc, next) >= doc.lines[next].last) ++next;
  if (next >= static_cast<int32_t>(doc.lines.size()) || a.dates.stamp_line(next)) return false;
  if (doc.is_punct(doc.lines[next].last - 1, ":") || opens_paragraph(a, next)) return false;
  // (s22-lists) "Khối thi đua số 3 gồm các đơn vị sau:" over "a) Công ty …;": a colon opening a list
  // of items one a line is the lead's, the text opens with it; its first item is no headline.
  if (colon && !caps && !doc.lines[next].marker.empty()) return false;
  return !caps || !line_all_caps(doc, next);
}

// A photo's caption standing first, over the lead ("Hình ảnh tại hội nghị.", "(Ảnh minh họa -
// nguồn …)", "Ảnh: Tư liệu"): a short line opening, after an optional bracket, with "Ảnh" followed
// by a colon, a bracket, a dash or "minh họa", or with "Hình ảnh". It is no headline; the line
// after it is read in its place.
bool photo_caption(const Analysis& a, int32_t li) {
  const Document& doc = a.doc;
  const int32_t first = line_start(doc, li), last = doc.lines[li].last;
  int words = 0;
  for (int32_t k = first; k < last; ++k) words += doc.tokens[k].kind != TokenKind::kPunct;
  static const std::string anh = word_key("ảnh"), hinh = word_key("hình"), minh = word_key("minh");
  // (s25-orgs) "Lực lượng … ra quân tuần tra - Ảnh: BCA", "Toàn cảnh hội nghị (Ảnh: Minh Hải)": a line of
  // any length closing with a photo's credit — "Ảnh:" after a dash, a bracket or a stop, then at most five
  // words — is the photo's caption; no headline carries a credit.
  for (int32_t c = first + 1; c + 2 < last; ++c) {
    if (!doc.is_key(c, anh) || !doc.tokens[c].capitalised || !doc.is_punct(c + 1, ":") ||
        !(doc.is_punct(c - 1, "-") || doc.is_punct(c - 1, "–") || doc.is_punct(c - 1, "(") || doc.is_punct(c - 1, ".")))
      continue;
    int credit = 0;
    bool closes = true;
    for (int32_t k = c + 2; k < last && closes; ++k) {
      credit += doc.tokens[k].kind != TokenKind::kPunct;
      closes = !doc.is_punct(k, ".") || k + 1 == last;
    }
    if (closes && credit >= 1 && credit <= 5) return true;
  }
  // (s26-orgs) "Các đại biểu thực hiện nghi lễ chào cờ tại Đại hội Thi đua yêu nước lần thứ I …": those present,
  // doing something at the event ("tại" and the event's name), with no stop — the scene of a photo, the
  // event's own lead following; a headline names who holds the event, not who is present at it.
  if (const auto present = lexicon::caption_subjects().match(doc, first, last); present && doc.tokens[first].capitalised &&
      !doc.is_punct(last - 1, ".")) {
    static const std::string tai = word_key("tại");
    for (int32_t t = first + present.length + 1; t + 1 < last; ++t)
      if (doc.is_key(t, tai) && lexicon::event_triggers().match(doc, t + 1, last)) return true;
  }
  if (words == 0 || words > 10) return false;
  const int32_t k = doc.is_punct(first, "(") ? first + 1 : first;
  if (k >= last || !doc.tokens[k].capitalised) return false;
  if (doc.is_key(k, hinh) && doc.is_key(k + 1, anh)) return k + 2 < last;
  if (!doc.is_key(k, anh)) return false;
  return k + 1 < last && (doc.is_punct(k + 1, ":") || doc.is_punct(k + 1, ")") || doc.is_punct(k + 1, "-") ||
                          doc.is_punct(k + 1, "–") || doc.is_key(k + 1, minh));
}

// A headline glued to its page's stamp and the lead on one line ("Huyện A: Tổng kết 10 năm … 09:21
// 19/06/2023 (Mặt trận) -Chiều 16/6, …", "A ra mắt mô hình “…”10/02/2023 - 15:05:00 Mô hình gồm …"):
// a full date joined to a clock time ("hh:mm", before or after it), after at least four words of
// no full stop, with the lead after it. The headline before the stamp, or "" when the line opens
// with no such stamp.
std::string headline_before_stamp(const Document& doc, int32_t li) {
  // (s22-forms) The date written with "/", "-" or "." ("10.02.2023 - 15:05:00").
  static const std::regex stamp(
      R"((\d{1,2}:\d{2}(?::\d{2})?\s*-?\s*)?\b\d{1,2}([/.\-])\d{1,2}\2\d{4}(\s*-?\s*\d{1,2}:\d{2}(?::\d{2})?)?)");
  const std::string line(doc.line_text(li));
  std::smatch m;
  if (!std::regex_search(line, m, stamp) || (!m[1].matched && !m[3].matched)) return "";
  const std::string before = clean(line.substr(0, m.position(0)));
  const std::string after = line.substr(m.position(0) + m.length(0));
  if (before.empty() || before.find(". ") != std::string::npos || before.back() == '.') return "";
  if (after.find_first_not_of(" \t") == std::string::npos) return "";
  const Document d = analyse_fragment(before);
  int words = 0;
  for (int32_t i = 0; i < d.size(); ++i) words += d.is_word(i);
  return words >= 4 && words <= 35 ? before : "";
}

TitleInfo read_title(const Analysis& a) {
  const Document& doc = a.doc;
  TitleInfo t;
  if (doc.lines.empty()) return t;
  const int32_t n = static_cast<int32_t>(doc.lines.size());
  // The type line comes within the first lines, after the header of issuer, motto, number and
  // dateline; a header pasted from a table ("ỦY" / "BAN NHÂN DÂN" / "TỈNH A" / "|" …) takes more.
  for (int32_t li = 0; li < std::min<int32_t>(n, 20); ++li) {
    const int32_t from = line_start(doc, li);
    const auto type = lexicon::document_types().match(doc, from, doc.lines[li].last);
    if (!type || !doc.tokens[from].all_caps || !line_all_caps(doc, li)) continue;
    // (s28-orgs) "KẾ HOẠCH PHÁT ĐỘNG 20 THÁNG CAO ĐIỂM THI ĐUA …" as the text's first line, its subject on the same
    // line and no header above it nor a document's type line below it: a page's headline printed in capitals, read
    // as that headline, not a document's type line (a page that prints the document under it keeps the old reading).
    if (li == 0 && from + type.length < doc.lines[li].last) {
      bool document_below = false;
      for (int32_t k = 1; k < std::min<int32_t>(n, 20) && !document_below; ++k) {
        const int32_t f = line_start(doc, k);
        document_below = lexicon::document_types().match(doc, f, doc.lines[k].last) && doc.tokens[f].all_caps && line_all_caps(doc, k);
      }
      if (!document_below) break;
    }
    t.formal = true;
    t.first_line = li;
    t.text = std::string(doc.line_text(li));
    t.body_line = li + 1;
    if (from + type.length == doc.lines[li].last) {
      // "KẾ HOẠCH" alone: the subject follows, on up to three lines of one paragraph that do
      // not end with a stop ("Phát động phong trào thi đua …" / "“Lập thành tích …”").
      for (int32_t next = li + 1; next < n && next <= li + 3; ++next) {
        const Line& l = doc.lines[next];
        // (s24-kind) A subject broken inside a word group and pasted with a blank line between its
        // halves ("… “Toàn dân đoàn kết xây" / "" / "dựng đời sống văn hóa …” năm 2013") goes on: the
        // next line opens with a word in lower case.
        const int32_t ls = line_start(doc, next);
        // "… trong công nhân," / "" / "viên chức, lao động năm 2025": also after a comma.
        const bool broken = next == li + 2 && doc.is_word(ls) && !doc.tokens[ls].capitalised &&
                            (doc.is_word(doc.lines[next - 1].last - 1) || doc.is_punct(doc.lines[next - 1].last - 1, ","));
        if (next > li + 1 && ((l.after_blank && !broken) || !l.marker.empty() ||
                              doc.is_punct(doc.lines[next - 1].last - 1, ".")))
          break;
        // A subject in capitals ends where the body in running case starts ("Thực hiện …").
        if (next > li + 1 && line_all_caps(doc, li + 1) && !line_all_caps(doc, next)) break;
        if (next > li + 1 && l.last - line_start(doc, next) > 30) break;
        t.text += " " + std::string(doc.text_of(line_start(doc, next), l.last));
        t.body_line = next + 1;
      }
    }
    for (int32_t h = 0; h < li; ++h) {
      for (UnitMention& u : find_units(doc, line_start(doc, h), doc.lines[h].last, a.unit_options())) {
        // (s24-orgs) "ỦY BAN MẶT TRẬN TỔ QUỐC VN" / "TỈNH BẠC LIÊU" / "BAN THƯỜNG TRỰC": the board
        // written under its body in the header leads that body, which issues the text (a body's
        // leadership board stands for the body).
        if (t.issuer && t.issuer->kind != UnitKind::kLeadership && u.kind == UnitKind::kLeadership && u.inner_first < 0 &&
            u.name.empty() && !u.level)
          continue;
        t.issuer = u;
        // (s24-orgs) … its place on the next line of the header, the body's name broken there ("ỦY BAN
        // MẶT TRẬN TỔ QUỐC VN" / "TỈNH BẠC LIÊU"): the body of that place.
        const int32_t next = h + 1 < li ? line_start(doc, h + 1) : -1;
        if (next >= 0 && !u.level && u.name.empty() && u.kind != UnitKind::kLeadership && doc.tokens[next].all_caps)
          if (const auto lv = lexicon::levels().match(doc, next, doc.lines[h + 1].last)) {
            const auto level = static_cast<Level>(lv.value());
            std::string name;
            const int32_t end = place_name_end(doc, next + lv.length, doc.lines[h + 1].last, level == Level::kProvince,
                                               a.unit_options(), &name);
            if (end > next + lv.length && !name.empty()) {
              t.issuer->level = level;
              t.issuer->name = name;
              t.issuer->text += std::string(" ") + level_word(level) + " " + name;
            }
          }
      }
    }
    // "ỦY" / "BAN NHÂN DÂN" / "TỈNH ĐẮK LẮK" / "-------": the issuer's name broken over the lines
    // of a header pasted from a table, up to its first rule or cell mark; read joined.
    std::string joined;
    int32_t h = 0;
    for (; h < li && line_all_caps(doc, h) && line_start(doc, h) < doc.lines[h].last &&
           doc.is_word(line_start(doc, h));
         ++h)
      joined += (joined.empty() ? "" : " ") + std::string(doc.line_text(h));
    if (h >= 2) {
      const Document header = analyse_fragment(joined);
      if (auto u = match_unit(header, 0, header.size(), UnitOptions{}); u && u->first == 0 && u->last > 1) {
        const bool split_head = !match_unit(doc, line_start(doc, 0), doc.lines[0].last, a.unit_options());
        if (split_head) {
          u->first = line_start(doc, 0);
          u->last = doc.lines[h - 1].last;
          u->inner_first = -1;
          t.issuer = *u;
        }
      }
    }
    // (s27-orgs) "Kế hoạch phát động thi đua chào mừng ngày nhà giáo việt nam 20/11" / "SỞ GD –ĐT …" /
    // … / "KẾ HOẠCH …": a page's headline in running case opening the text above the header (after
    // a stamp of the day, "Thứ 2, Ngày 28/10/2024", or of the page, "Văn bản hướng dẫn Thứ Hai,
    // 22/04/2013, 13:50"), a line of six words or more ending in no colon, is the text's headline,
    // printed as its title.
    static const std::regex clock(R"(\b\d{1,2}:\d{2}\b)");
    for (int32_t h = 0; h < li; ++h) {
      const int32_t hs = line_start(doc, h), he = doc.lines[h].last;
      if (hs >= he || a.dates.stamp_line(h)) continue;
      if (const std::string line(doc.line_text(h)); std::regex_search(line, clock)) continue;
      int32_t words = 0;
      for (int32_t k = hs; k < he; ++k) words += doc.is_word(k);
      if (!line_all_caps(doc, h) && words >= 6 && !doc.is_punct(he - 1, ":") && doc.tokens[hs].capitalised)
        t.page_headline = std::string(doc.line_text(h));
      break;
    }
    break;
  }
  if (!t.formal) {
    // The headline: the first line that is not the dateline (or a second stamp) or a kicker in capitals ending with
    // a colon ("CỤM THI ĐUA SỐ 8 – BỘ CÔNG AN:").
    int32_t li = 0;
    while (li + 1 < std::min<int32_t>(n, 4) &&
           (a.dates.stamp_line(li) ||
            (line_all_caps(doc, li) && doc.is_punct(doc.lines[li].last - 1, ":")) || section_label(a, li) ||
            kicker(a, li) || photo_caption(a, li))) {
      ++li;
    }
    t.first_line = li;
    t.body_line = li + 1;
    if (opens_paragraph(a, li)) {
      // No headline: the lead sentence stands for it when looking for the movement's name or
      // the organisers, but it is not printed as a title.
      t.body_line = li;
      t.token_first = line_start(doc, li);
      t.token_last = t.token_first;
      for (const Sentence& s : doc.sentences) {
        if (s.line == li && s.first < s.last) {
          t.token_last = s.last;
          break;
        }
      }
      t.kind = first_trigger(a, t.token_first, t.token_last).second;
      t.text.clear();
      t.glued_headline = headline_before_stamp(doc, li);
      return t;
    }
    t.text = std::string(doc.line_text(li));
    const Line& first = doc.lines[li];
    if (!first.marker.empty()) t.text = std::string(doc.text_of(line_start(doc, li), first.last));
    // (s17-plan-a) "PHÁT ĐỘNG KÝ KẾT GIAO ƯỚC PHONG TRÀO" / "THI ĐUA YÊU NƯỚC … NĂM 2026": a headline
    // in capitals broken over two lines of one paragraph, the first without a stop, read joined.
    if (li + 1 < n && line_all_caps(doc, li) && line_all_caps(doc, li + 1) && !doc.lines[li + 1].after_blank &&
        first.marker.empty() && doc.lines[li + 1].marker.empty() && !doc.is_punct(first.last - 1, ".") &&
        !doc.is_punct(first.last - 1, ":") && line_start(doc, li + 1) < doc.lines[li + 1].last &&
        doc.is_word(line_start(doc, li + 1)) && doc.lines[li + 1].last - line_start(doc, li + 1) <= 30) {
      t.text += " " + std::string(doc.line_text(li + 1));
      t.body_line = li + 2;
    }
    t.text = drop_page_stamp(clean(t.text), a.dates.headline_stamp && li == 0);
    // (s25-orgs) The headline copied again as the next line (a page's title and its article's heading both
    // kept): the copy is no lead; the body starts after it.
    if (t.body_line < n && t.body_line == li + 1 && clean(doc.line_text(t.body_line)) == clean(doc.line_text(li))) ++t.body_line;
  }
  t.text = clean(t.text);
  // "“Ngày hội Toàn dân bảo vệ an ninh Tổ quốc” tại tổ dân phố 11": a headline opening with a quoted
  // name keeps the name without its marks (no printed string opens with a quote).
  static const std::string open_q = "\u201C", close_q = "\u201D";
  if (t.text.rfind(open_q, 0) == 0) {
    if (const size_t c = t.text.find(close_q, open_q.size()); c != std::string::npos) {
      t.text.erase(c, close_q.size());
      t.text.erase(0, open_q.size());
      t.text = clean(t.text);
    }
  }
  // The event a title names: search the title's own tokens.
  t.token_first = line_start(doc, t.first_line);
  t.token_last = doc.lines[t.body_line - 1].last;
  t.kind = first_trigger(a, t.token_first, t.token_last).second;
  return t;
}

// (s23-kind) "Năm 2018, Công an các tỉnh trong Cụm thi đua số 4 đã đẩy mạnh phong trào thi đua …",
// "Theo Báo cáo, năm 2019 các cơ quan … thực hiện tốt công tác thi đua, khen thưởng …", "Giai đoạn
// 2015-2020, các nhiệm vụ thi đua khen thưởng của cụm …", "Qua báo cáo kết quả phong trào thi đua …
// năm 2014 …": a sentence reporting the emulation work (lexicon::emulation_work()) of a year or a
// period — the period opening it, or the work's results ("kết quả") with its year —, not a goal set
// for it ("Năm 2025, các xã phấn đấu …").
bool reports_period_emulation(const Analysis& a, const Sentence& s) {
  const Document& doc = a.doc;
  static const std::string theo = word_key("theo"), bao = word_key("báo"), cao = word_key("cáo"), trong = word_key("trong"),
                           nam = word_key("năm"), giai = word_key("giai"), doan = word_key("đoạn"), ket = word_key("kết"),
                           qua = word_key("quả");
  int32_t k = s.first;
  // "Theo báo cáo, …", "Theo Báo cáo tại hội nghị, …"
  if (doc.is_key(k, theo) && doc.is_key(k + 1, bao) && doc.is_key(k + 2, cao)) {
    int32_t c = k + 3;
    while (c < s.last && c < k + 8 && !doc.is_punct(c, ",")) ++c;
    if (c < s.last && doc.is_punct(c, ",")) k = c + 1;
  }
  if (doc.is_key(k, trong)) ++k;
  const bool period = (doc.is_key(k, nam) && doc.is_number(k + 1) && doc.key(k + 1).size() == 4) ||
                      (doc.is_key(k, giai) && doc.is_key(k + 1, doan) && doc.is_number(k + 2) && doc.key(k + 2).size() == 4);
  bool year = false;
  for (const auto& [token, y] : a.dates.explicit_years) year |= token >= s.first && token < s.last;
  bool work = false, results = false, goal = false;
  for (int32_t t = s.first; t < s.last; ++t) {
    goal |= static_cast<bool>(lexicon::period_goal_words().match(doc, t, s.last));
    if (const auto w = lexicon::emulation_work().match(doc, t, s.last)) {
      work = true;
      results |= doc.is_key(t - 1, qua) && doc.is_key(t - 2, ket);
      t += w.length - 1;
    }
  }
  return work && !goal && (period || (results && year));
}

bool reports_period_emulation(const Analysis& a) {
  for (const Sentence& s : a.doc.sentences)
    if (reports_period_emulation(a, s)) return true;
  return false;
}

// (s23-kind) "Dự Hội nghị có …", "Tại hội nghị, …", "Toàn cảnh Hội nghị.": every event the text names
// (its headline included) is a meeting called only "hội nghị" — no word after it naming what it is
// ("Hội nghị giao ban", "Hội nghị thẩm định", lexicon::meeting_names()), no review, signing or launch
// held; a sentence reporting a period's emulation work ("Năm 2018, … đã triển khai, phát động thực
// hiện tốt phong trào thi đua …") recounts what was held in that period, not an event. False when
// the text names no meeting at all.
bool only_bare_meetings(const Analysis& a) {
  const Document& doc = a.doc;
  static const std::vector<std::string> hoi_nghi = phrase_keys("hội nghị");
  bool any = false;
  for (const Sentence& s : doc.sentences) {
    if (reports_period_emulation(a, s)) continue;
    for (int32_t k = s.first; k < s.last;) {
      const auto [at, kind] = first_trigger(a, k, s.last);
      if (at < 0) break;
      const auto m = lexicon::event_triggers().match(doc, at, s.last);
      if (kind != EventKind::kConference || m.length != 2 || !doc.is_key(at, hoi_nghi[0]) || !doc.is_key(at + 1, hoi_nghi[1]))
        return false;
      if (lexicon::meeting_names().match(doc, at + 2, s.last)) return false;
      any = true;
      k = at + m.length;
    }
  }
  return any;
}

// "Ngày 16-8, Ban Chỉ đạo … huyện Mang Yang tổ chức Ngày hội …", "Sáng 17-8, Công an thị xã An
// Khê tổ chức gặp mặt …", "… đã tổ chức lễ dâng hương, báo công …": one of the first two sentences
// of the body holding a gathering of no kind above ("tổ chức" before it). Its sentence and kind,
// or -1.
// "Công an xã A ra mắt mô hình …", "huyện B biểu dương, khen thưởng …": a ceremony's verb in
// running text right after a name (the subject's last word, capitalised), with its tense between.
// The verb's index in [first, last), or -1.
int32_t ceremony_verb(const Document& doc, int32_t first, int32_t last) {
  static const std::string da = word_key("đã"), vua = word_key("vừa");
  for (int32_t i = first + 1; i < last; ++i) {
    if (!doc.is_word(i) || doc.tokens[i].capitalised) continue;
    const auto m = lexicon::ceremonies().match(doc, i, last);
    if (!m || m.length < 2) continue;  // "ra mắt", "biểu dương": not a bare "lễ"
    bool running = true;  // every word in lower case: not "Đại hội Thi đua"
    for (int32_t t = i; t < i + m.length && running; ++t) running = doc.is_word(t) && !doc.tokens[t].capitalised;
    if (!running) continue;
    int32_t b = i - 1;
    while (b > first && (doc.is_key(b, da) || doc.is_key(b, vua))) --b;
    // (s23-events) "Công an huyện A (Hà Nội) cho biết, đã ra mắt mô hình …": the subject reports what it
    // did; its place in brackets closes its name.
    static const std::string cho = word_key("cho"), biet = word_key("biết");
    if (b - 2 > first && doc.is_punct(b, ",") && doc.is_key(b - 1, biet) && doc.is_key(b - 2, cho)) b -= 3;
    if (doc.is_punct(b, ")"))
      for (int32_t o = b - 1; o > first && b - o <= 6; --o)
        if (doc.is_punct(o, "(")) {
          b = o - 1;
          break;
        }
    if (doc.is_word(b) && doc.tokens[b].capitalised && !doc.tokens[b].all_caps) return i;
  }
  return -1;
}

std::pair<int32_t, EventKind> ceremony_lead_from(const Analysis& a, const TitleInfo& title, size_t from_sentence, int seen);

// (s24-orgs) "Ngày hội Biên phòng toàn dân diễn ra ở thị trấn A (…) tạo khí thế …" / "Ngày 22/2, tại
// Công viên trung tâm thị trấn A, Đồn Biên phòng B … tổ chức Ngày hội …": a summary opening the body
// tells the gathering undated; the next sentence holding it on its day is the lead, with who holds it
// and where.
std::pair<int32_t, EventKind> ceremony_lead(const Analysis& a, const TitleInfo& title) {
  const auto found = ceremony_lead_from(a, title, 0, 0);
  if (found.first < 0) return found;
  const Sentence& s = a.doc.sentences[static_cast<size_t>(found.first)];
  if (bare_day_date(a, s.first, s.last) >= 0) return found;
  const auto next = ceremony_lead_from(a, title, static_cast<size_t>(found.first) + 1, 1);
  if (next.first < 0) return found;
  const Sentence& n = a.doc.sentences[static_cast<size_t>(next.first)];
  return bare_day_date(a, n.first, n.last) >= 0 && find_units(a.doc, n.first, n.last, a.unit_options()).size() > 0 ? next : found;
}

std::pair<int32_t, EventKind> ceremony_lead_from(const Analysis& a, const TitleInfo& title, size_t from_sentence, int seen) {
  const Document& doc = a.doc;
  static const std::string to = word_key("tổ"), chuc = word_key("chức"), dien = word_key("diễn"), ra = word_key("ra");
  for (size_t si = from_sentence; si < doc.sentences.size() && seen < 2; ++si) {
    const Sentence& s = doc.sentences[si];
    if (s.line < title.body_line || a.dates.stamp_line(s.line) || s.first >= s.last) continue;
    ++seen;
    // "Chiều 9/8, Ngày hội … do A tổ chức đã diễn ra tại …": a gathering named by its own name
    // opening a clause, held or taking place later in the sentence.
    for (int32_t k = s.first; k + 1 < s.last; ++k) {
      if (!(k == s.first || doc.is_punct(k - 1, ",")) || !doc.is_word(k) || !doc.tokens[k].capitalised) continue;
      const auto m = lexicon::ceremonies().match(doc, k, s.last);
      if (!m || lexicon::event_triggers().match(doc, k, s.last) || lexicon::event_triggers().match(doc, k + m.length, s.last))
        continue;
      bool held = false;
      for (int32_t t = k + m.length; t + 1 < s.last && !held; ++t)
        held = (doc.is_key(t, to) && doc.is_key(t + 1, chuc)) || (doc.is_key(t, dien) && doc.is_key(t + 1, ra));
      if (held) return {static_cast<int32_t>(si), static_cast<EventKind>(m.value())};
    }
    for (int32_t i = s.first; i + 2 < s.last; ++i) {
      // "Chiều 18/8, tại hội trường …, đã diễn ra Ngày hội …": the gathering told as taking place.
      // (s23-events) "…, đồng chí A, Bí thư Huyện ủy đã dự Ngày hội … tại …": the gathering attended.
      static const std::string du = word_key("dự");
      const bool attended = doc.is_key(i, du);
      if (!attended && !(doc.is_key(i, to) && doc.is_key(i + 1, chuc)) && !(doc.is_key(i, dien) && doc.is_key(i + 1, ra)))
        continue;
      // "tổ chức thành công “Ngày hội …”": the success and the quote before the gathering's name.
      static const std::vector<std::string> thanh_cong = phrase_keys("thành công");
      int32_t from = attended ? i + 1 : i + 2;
      if (doc.is_key(from, thanh_cong[0]) && doc.is_key(from + 1, thanh_cong[1])) from += 2;
      // (s20-lead) "đã tổ chức Chương trình tuyên dương khen thưởng đoàn viên …": the programme
      // holding the gathering, named before it.
      static const std::vector<std::string> chuong_trinh = phrase_keys("chương trình");
      if (doc.is_key(from, chuong_trinh[0]) && doc.is_key(from + 1, chuong_trinh[1])) from += 2;
      if (doc.is_punct(from, "“")) ++from;
      for (int32_t k = from; k < std::min(s.last, from + (attended ? 1 : 2)); ++k) {
        if (const auto m = lexicon::ceremonies().match(doc, k, s.last)) {
          // "tổ chức Lễ phát động …", "Lễ ra quân": a ceremony of an event of a kind, found by
          // its trigger, not a gathering of no kind.
          const auto after = lexicon::event_triggers().match(doc, k + m.length, s.last);
          const auto at = lexicon::event_triggers().match(doc, k, s.last);
          if ((after && !closes_a_contest(doc, k + m.length, after)) || (at && !closes_a_contest(doc, k, at))) break;
          return {static_cast<int32_t>(si), static_cast<EventKind>(m.value())};
        }
      }
    }
    if (const int32_t v = ceremony_verb(doc, s.first, s.last);
        v >= 0 && bare_day_date(a, s.first, v) >= 0 && first_trigger(a, s.first, v).first < 0) {
      bool held = false;  // "… tổ chức …" before it: the loop above decides
      for (int32_t t = s.first; t + 1 < v && !held; ++t) held = doc.is_key(t, to) && doc.is_key(t + 1, chuc);
      if (!held) return {static_cast<int32_t>(si), static_cast<EventKind>(lexicon::ceremonies().match(doc, v, s.last).value())};
    }
  }
  return {-1, EventKind::kNone};
}

// "Hội đồng Thi đua - Khen thưởng tỉnh họp lần thứ nhất …", "Ban Chỉ đạo … huyện A (đã) họp …":
// a body that meets, "họp" right after the body (and its tense); the index of "họp" or -1.
int32_t meeting_verb(const Analysis& a, int32_t first, int32_t last) {
  const Document& doc = a.doc;
  static const std::string hop = word_key("họp"), da = word_key("đã"), vua = word_key("vừa"), bao = word_key("báo");
  for (const UnitMention& u : find_units(doc, first, last, a.unit_options())) {
    int32_t k = u.last;
    while (k < last && (doc.is_key(k, da) || doc.is_key(k, vua))) ++k;
    // "họp báo" is a press briefing, not the body's meeting.
    if (k < last && doc.is_key(k, hop) && !doc.is_key(k + 1, bao) && !u.list_prefix) return k;
  }
  return -1;
}

// A dated lead among the first two sentences of the body in which a body meets: its index or -1.
int32_t meeting_lead(const Analysis& a, const TitleInfo& title) {
  const Document& doc = a.doc;
  int seen = 0;
  for (size_t si = 0; si < doc.sentences.size() && seen < 2; ++si) {
    const Sentence& s = doc.sentences[si];
    if (s.line < title.body_line || a.dates.stamp_line(s.line) || s.first >= s.last) continue;
    ++seen;
    const int32_t hop = meeting_verb(a, s.first, s.last);
    if (hop >= 0 && bare_day_date(a, s.first, hop) >= 0) return static_cast<int32_t>(si);
  }
  return -1;
}

// (s22-tidy) "UBND tỉnh sẽ tổ chức Hội thi …", "… dự kiến tổ chức Lễ phát động …", "Hội thi … sẽ được
// tổ chức vào ngày …": a gathering announced as coming in [first, last) — the future tense or a plan
// ("sẽ", "dự kiến") before its holding verb ("(được) tổ chức", "diễn ra"), the gathering (an event
// trigger or a ceremony of the lexicon) right after the verb, or opening the clause as its subject.
// The gathering's token, its kind (a trigger's, or a ceremony's own) and the lexicon's phrase for it,
// or the token -1.
struct Announced {
  int32_t at = -1;
  EventKind kind = EventKind::kNone;
  std::string_view what;
};
static Announced announced_gathering(const Document& doc, int32_t first, int32_t last) {
  static const std::string se = word_key("sẽ"), du = word_key("dự"), kien = word_key("kiến"), duoc = word_key("được");
  static const std::vector<std::string> to_chuc = phrase_keys("tổ chức"), dien_ra = phrase_keys("diễn ra");
  auto gathering = [&](int32_t k) -> std::optional<Announced> {
    if (const auto t = lexicon::event_triggers().match(doc, k, last)) return Announced{k, static_cast<EventKind>(t.value()), t.display()};
    if (const auto c = lexicon::ceremonies().match(doc, k, last)) return Announced{k, static_cast<EventKind>(c.value()), c.display()};
    return std::nullopt;
  };
  for (int32_t t = first; t < last; ++t) {
    int32_t p = doc.is_key(t, se) ? t + 1 : doc.is_key(t, du) && doc.is_key(t + 1, kien) ? t + 2 : -1;
    if (p < 0) continue;
    if (doc.is_key(p, duoc)) ++p;
    const bool held = (doc.is_key(p, to_chuc[0]) && doc.is_key(p + 1, to_chuc[1])) ||
                      (doc.is_key(p, dien_ra[0]) && doc.is_key(p + 1, dien_ra[1]));
    if (!held) continue;
    for (int32_t k = p + 2; k < std::min(last, p + 4); ++k)  // "sẽ tổ chức (các) Hội thi …"
      if (const auto g = gathering(k)) return *g;
    if (const auto g = gathering(first)) return *g;  // "Hội thi … sẽ được tổ chức …"
  }
  return {};
}

// "Thủ tướng … chủ trì lễ phát động … . Ảnh: VGP", "Ảnh: Toàn cảnh Lễ ra mắt": a photo's caption,
// with its credit at the end or its label at the start, tells of the picture, not the event the
// article reports.
bool caption_line(const Document& doc, int32_t line) {
  static const std::string anh = word_key("ảnh");
  const Line& l = doc.lines[line];
  for (int32_t k = l.first; k + 1 < l.last; ++k) {
    if (!doc.is_key(k, anh) || !doc.is_punct(k + 1, ":")) continue;
    if (k == l.first || (doc.is_punct(k - 1, "(") && k - 1 == l.first) || l.last - k <= 8) return true;
  }
  return false;
}

// "Ngày 29/11/2022, UBND huyện ban hành Kế hoạch số …", "Ngày 4-11, Phó Thủ tướng ký ban hành
// Quyết định …", "ngày 29-1, UBND tỉnh đã ban hành …": with no event named, the day a document is
// issued is the event's date (its kind none) — a day written before the verb of issuing in one of
// the first three sentences of the body, not a cited document's day.
// (s23-kind) "Ban An toàn giao thông tỉnh vừa ban hành Kế hoạch …", "Hôm nay (23/12), … đã ký ban hành
// Kế hoạch phát động phong trào thi đua …": the lead — the body's first sentence — issues a document
// ("ban hành", "ký ban hành" before the document's noun) and holds no event of its own; not a
// document cited as the ground of something else ("Thực hiện Kế hoạch …", "Căn cứ …").
static bool lead_issues_document(const Analysis& a, const TitleInfo& title) {
  const Document& doc = a.doc;
  for (const Sentence& s : doc.sentences) {
    if (s.line < title.body_line || a.dates.stamp_line(s.line) || s.first >= s.last || caption_line(doc, s.line)) continue;
    if (lexicon::document_grounds().match(doc, s.first, s.last) || first_trigger(a, s.first, s.last).first >= 0) return false;
    for (int32_t i = s.first + 1; i < s.last; ++i) {
      const auto v = lexicon::issuing_verbs().match(doc, i, s.last);
      if (v && lexicon::document_types().match(doc, i + v.length, s.last)) return true;
    }
    return false;
  }
  return false;
}

// "Sáng 7-3-2025, …", "Ngày 12/4, …", "21-3-2019, …": the date a sentence opens with, after a day word
// or none; its index in a.dates.mentions, or -1.
static int32_t opening_date(const Analysis& a, const Sentence& s) {
  static const Entry kDayWords[] = {{"ngày"}, {"sáng"}, {"chiều"}, {"tối"}, {"trưa"}, {"sáng ngày"}, {"chiều ngày"}};
  static const PhraseTable day_words(kDayWords);
  int32_t t = s.first;
  if (const auto opener = day_words.match(a.doc, t, s.last)) t += opener.length;
  const int32_t m = a.dates.mention_starting_at(t);
  return m >= 0 ? m : a.dates.mention_starting_at(s.first);
}

// (s23-kind) "Sáng 7-3-2025, Chủ tịch UBND tỉnh chủ trì lễ phát động …": a sentence opening with a day
// of its own, as a news item opens on the day of what it reports.
static bool opens_with_its_day(const Analysis& a, const Sentence& s) {
  const int32_t m = opening_date(a, s);
  return m >= 0 && a.dates.mentions[m].precision == Precision::kDay && a.dates.range_of(m) < 0;
}

static void issue_date(const Analysis& a, const TitleInfo& title, int32_t movement_range, EventResult& ev) {
  const Document& doc = a.doc;
  static const Entry kIssues[] = {{"ban hành"}, {"ký ban hành"}, {"có văn bản"}, {"có công văn"},
                                  {"ký quyết định"}, {"ký kế hoạch"}};
  static const PhraseTable issues(kIssues);
  static const std::string so = word_key("số"), ngay = word_key("ngày");
  int seen = 0;
  for (size_t si = 0; si < doc.sentences.size() && seen < 3; ++si) {
    const Sentence& s = doc.sentences[si];
    if (s.line < title.body_line || a.dates.stamp_line(s.line) || s.first >= s.last) continue;
    ++seen;
    for (int32_t i = s.first + 1; i < s.last; ++i) {
      const auto v = issues.match(doc, i, s.last);
      // "Quyết định số 12 ban hành ngày …", "… ban hành số …": a reference, not the issuing.
      if (!v || doc.is_number(i + v.length) || doc.is_key(i + v.length, so)) continue;
      // (s15-plan-b) No event held in the body and the lead issues a document: the headline's
      // launch ("Phát động phong trào thi đua …" over "UBND huyện ban hành Kế hoạch …") is what the
      // document launches, not an event (decision 8 of session 15).
      if (!title.formal) ev.kind = EventKind::kNone;
      int32_t m = bare_day_date(a, s.first, i);
      // (s17-plan-a) "UBND tỉnh vừa ban hành Kế hoạch số 112/KH-UBND, ngày 20/5/2024 …": the issued
      // document's own number and date, right after the verb, give the day it is issued.
      if (m < 0) {
        bool numbered = false;
        for (int32_t t = i + v.length; t < s.last && t - i <= 14 && m < 0; ++t) {
          if (doc.is_punct(t, ";") || doc.is_punct(t, ":") || doc.is_punct(t, "(")) break;
          numbered |= doc.is_key(t, so);
          const int32_t d = a.dates.mention_starting_at(t);
          if (d < 0) continue;
          const DateMention& dm = a.dates.mentions[d];
          if (numbered && dm.precision == Precision::kDay && dm.has_year() && !dm.anniversary && a.dates.range_of(d) < 0 &&
              doc.is_key(t - 1, ngay))
            m = d;
          else
            break;
        }
      }
      if (m < 0) break;
      const DateMention& d = a.dates.mentions[m];
      ev.date = resolve_event_date(a, d, movement_range, &ev.date_from.note);
      ev.date_from.source = std::string(doc.text_of(d.first, d.last));
      return;
    }
  }
  // "Ngày 10.7, huyện A biểu dương, khen thưởng …", "Ngày 21-3-2019, Hội đồng … họp lần thứ nhất":
  // a lead opening with its day and a comma, then its subject, reports what happened that day.
  seen = 0;
  for (size_t si = 0; si < doc.sentences.size() && seen < 2; ++si) {
    const Sentence& s = doc.sentences[si];
    if (s.line < title.body_line || a.dates.stamp_line(s.line) || s.first >= s.last) continue;
    ++seen;
    const int32_t m = opening_date(a, s);
    if (m < 0) continue;
    const DateMention& d = a.dates.mentions[m];
    if (d.precision != Precision::kDay || d.anniversary || d.reference || a.dates.range_of(m) >= 0) continue;
    if (!doc.is_punct(d.last, ",") || !doc.is_word(d.last + 1)) continue;
    ev.date = resolve_event_date(a, d, movement_range, &ev.date_from.note);
    ev.date_from.source = std::string(doc.text_of(d.first, d.last));
    return;
  }
}

// (s19-rules) "Kế hoạch phát động phong trào thi đua lập thành tích chào mừng …", "Kế hoạch 28/KH-BYT
// của Bộ Y tế về việc tổ chức các hoạt động …": a text whose first line names a plan in running
// case is the plan itself; what it launches or sets going is its content, not an event it reports
// (decision 8 of session 15) — unless the headline schedules a ceremony or a meeting ("Kế hoạch tổ
// chức Lễ ra quân …", "… tổ chức hội nghị biểu dương …"), which is the event.
static bool plan_headline(const Document& doc) {
  static const std::vector<std::string> ke_hoach = phrase_keys("kế hoạch");
  if (doc.lines.empty()) return false;
  const int32_t first = line_start(doc, 0), last = doc.lines[0].last;
  if (!doc.is_key(first, ke_hoach[0]) || !doc.is_key(first + 1, ke_hoach[1]) || doc.tokens[first].all_caps) return false;
  static const Entry kHeld[] = {{"lễ"}, {"hội nghị"}, {"đại hội"}, {"hội thi"}, {"ngày hội"}, {"buổi"}};
  static const PhraseTable held(kHeld);
  for (int32_t i = first + 2; i < last; ++i)
    if (held.match(doc, i, last)) return false;
  return true;
}

static EventResult extract_event_of(const Analysis& a, const TitleInfo& title, int32_t movement_range);

// (s23-events) The gathering named at token k (after an optional quote): an event trigger or a
// ceremony of the lexicon. Its kind (a ceremony's own), or nullopt.
static std::optional<EventKind> gathering_at(const Document& doc, int32_t k, int32_t last) {
  if (doc.is_punct(k, "“") || doc.is_punct(k, "\"")) ++k;
  if (const auto t = lexicon::event_triggers().match(doc, k, last)) return static_cast<EventKind>(t.value());
  if (const auto c = lexicon::ceremonies().match(doc, k, last)) return static_cast<EventKind>(c.value());
  return std::nullopt;
}

// (s23-events) "Với việc chọn phường A làm điểm tổ chức “Ngày hội …”", "… vừa chọn ấp B, xã C, làm điểm
// chỉ đạo tổ chức Hội nghị …": the place chosen to hold a gathering of the event's kind (`kind`; any
// when `any`) — a place as after "ở" (place_after_o) or a capitalised name after "chọn", up to "làm
// điểm". nullopt when none.
static std::optional<std::string> chosen_place(const Analysis& a, EventKind kind, bool any) {
  const Document& doc = a.doc;
  static const std::string chon = word_key("chọn"), lam = word_key("làm"), diem = word_key("điểm");
  static const std::vector<std::string> to_chuc = phrase_keys("tổ chức");
  for (int32_t i = 0; i + 1 < doc.size(); ++i) {
    if (!doc.is_key(i, chon)) continue;
    const Sentence& s = doc.sentence_of(i);
    const int32_t from = i + 1;
    if (!place_after_o(a, from, s.last) && !(doc.is_word(from) && doc.tokens[from].capitalised)) continue;
    int32_t k = from;
    while (k < s.last && k - from <= 12 && !(doc.is_key(k, lam) && doc.is_key(k + 1, diem))) ++k;
    if (k >= s.last || k - from > 12) continue;
    // "làm điểm (chỉ đạo) (để) tổ chức": the gathering held there, within a few words.
    for (int32_t t = k + 2; t + 2 < s.last && t <= k + 5; ++t) {
      if (!(doc.is_key(t, to_chuc[0]) && doc.is_key(t + 1, to_chuc[1]))) continue;
      const auto g = gathering_at(doc, t + 2, s.last);
      if (!g || !(any || *g == kind)) break;
      int32_t end = k;
      while (end > from && doc.is_punct(end - 1, ",")) --end;
      return clean(doc.text_of(from, end));
    }
  }
  return std::nullopt;
}

EventResult extract_event(const Analysis& a, const TitleInfo& title, int32_t movement_range) {
  EventResult ev = extract_event_of(a, title, movement_range);
  if (!title.formal && plan_headline(a.doc)) ev.kind = EventKind::kNone;
  // (s27-orgs) "KẾ HOẠCH / Phát động chặng thi đua thứ II …" with no ceremony in the plan ("Chặng thi đua chính
  // thức phát động từ ngày …"): the document launches on paper; its issue is the event, of no kind
  // (Conventions, Dates). A plan scheduling its "Lễ phát động" stays a launch.
  if (title.formal && ev.kind == EventKind::kLaunch) {
    const Document& doc = a.doc;
    bool ceremony = false;
    for (int32_t k = 0; k < doc.size() && !ceremony; ++k) ceremony = lexicon::launch_ceremonies().match(doc, k, doc.size()).length > 0;
    if (!ceremony) ev.kind = EventKind::kNone;
  }
  // (s23-events) The event's place when its sentence gives none: the place chosen to hold it ("chọn
  // phường A làm điểm tổ chức Ngày hội …"), or the headline's gathering's ("Ngày hội … tại thị trấn Đu"
  // over a body reporting the festival's results, "Lễ ra mắt mô hình … tại phường B").
  if (!title.formal && !ev.place) {
    if (auto p = chosen_place(a, ev.kind, ev.sentence < 0)) ev.place = std::move(p);
  }
  if (!title.formal && !ev.place && title.token_last > title.token_first) {
    static const std::string tai = word_key("tại");
    const Document& doc = a.doc;
    for (int32_t k = title.token_first; k < title.token_last; ++k) {
      if (doc.is_key(k, tai)) break;
      const auto g = gathering_at(doc, k, title.token_last);
      if (!g || !doc.tokens[k].capitalised || (ev.sentence >= 0 && *g != ev.kind && *g != EventKind::kNone)) continue;
      // "Đoàn đại biểu tỉnh A dự Đại hội … tại Hà Nội": a trigger not held names no event of the text.
      if (lexicon::event_triggers().match(doc, k, title.token_last) && first_trigger(a, title.token_first, title.token_last).first != k)
        break;
      ev.place = find_place(a, Sentence{k, title.token_last, doc.tokens[k].line});
      break;
    }
  }
  // (s23-kind) A meeting the text calls only "hội nghị", whose text reports a year's or a period's
  // emulation work as done ("Năm 2018, Công an các tỉnh trong Cụm … đã đẩy mạnh phong trào thi đua
  // …"), is that year's review: a group meets at the end of its year to review it. A meeting named by
  // its purpose ("Hội nghị giao ban", "Hội nghị thẩm định") stays what its name says.
  if (!title.formal && ev.kind == EventKind::kConference && title.kind != EventKind::kReview && only_bare_meetings(a) &&
      reports_period_emulation(a))
    ev.kind = EventKind::kReview;
  // (s19-rules) "… kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam (27/02/1955 – 27/02/2025)" over "Ngày 27
  // tháng 02 năm 1955, Chủ tịch Hồ Chí Minh viết thư …": the day an anniversary bracket opens with is
  // the day commemorated, decades before the text — never its event's.
  if (ev.date) {
    int latest = 0;
    for (const DateMention& m : a.dates.mentions)
      if (m.anniversary && m.has_year()) latest = std::max(latest, m.year);
    for (const DateMention& m : a.dates.mentions) {
      if (!m.anniversary || m.precision != Precision::kDay || !m.has_year() || m.year >= latest) continue;
      if (date_as_written(m, false) != ev.date) continue;
      ev.date.reset();
      ev.date_from = Provenance{};
      break;
    }
  }
  return ev;
}

static EventResult extract_event_of(const Analysis& a, const TitleInfo& title, int32_t movement_range) {
  const Document& doc = a.doc;
  EventResult ev;
  int32_t with_trigger = -1, with_date = -1;
  EventKind kind_with_trigger = EventKind::kNone, kind_with_date = EventKind::kNone;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    if (s.line < title.body_line || a.dates.stamp_line(s.line) || s.first >= s.last) continue;
    if (caption_line(doc, s.line)) continue;
    const auto [at, kind] = first_trigger(a, s.first, s.last);
    if (at < 0) continue;
    if (title.formal && title.kind != EventKind::kNone && kind != title.kind) continue;
    if (with_trigger < 0) {
      with_trigger = static_cast<int32_t>(si);
      kind_with_trigger = kind;
    }
    if (bare_day_date(a, s.first, s.last) >= 0) {
      with_date = static_cast<int32_t>(si);
      kind_with_date = kind;
      break;
    }
    // A news lead names its event first; a later dated mention is another event.
    if (!title.formal && with_trigger >= 0 && si > static_cast<size_t>(with_trigger) + 2) break;
  }
  ev.sentence = with_date >= 0 ? with_date : with_trigger;
  ev.kind = with_date >= 0 ? kind_with_date : kind_with_trigger;
  // (s28-orgs2) "Sáng 18-3, Khối thi đua … quyết định không tổ chức hội nghị ký kết giao ước thi đua; chuyển dự thảo
  // … tới các thành viên …": a dated lead calling its event off, before any event held, reports that decision —
  // its day is the event's, of no kind (not the headline's, nor the pledge the draft words).
  bool called_off_lead = false;
  if (!title.formal) {
    for (size_t si = 0; si < doc.sentences.size() && (ev.sentence < 0 || si < static_cast<size_t>(ev.sentence)); ++si) {
      const Sentence& s = doc.sentences[si];
      if (s.line < title.body_line || a.dates.stamp_line(s.line) || s.first >= s.last || caption_line(doc, s.line)) continue;
      bool off = false;
      EventKind off_kind = EventKind::kNone;
      for (int32_t i = s.first; i < s.last && !off; ++i) {
        const auto trigger = lexicon::event_triggers().match(doc, i, s.last);
        off = trigger && called_off(doc, i, s.first);
        if (off) off_kind = static_cast<EventKind>(trigger.value());
      }
      if (off && bare_day_date(a, s.first, s.last) >= 0) {
        ev.sentence = static_cast<int32_t>(si);
        ev.kind = EventKind::kNone;
        ev.called_off = off_kind;
        called_off_lead = true;
        break;
      }
    }
  }
  if (title.formal && title.kind != EventKind::kNone) ev.kind = title.kind;
  if (ev.kind == EventKind::kNone && !called_off_lead) ev.kind = title.kind;
  // A gathering of no kind in the lead, before any sentence naming an event of a kind ("… tổ
  // chức Ngày hội …; … tổ chức 101 buổi phát động …"): the gathering is the event reported.
  if (!title.formal) {
    const auto [c, kind] = ceremony_lead(a, title);
    if (c >= 0 && (ev.sentence < 0 || c < ev.sentence)) {
      ev.sentence = c;
      ev.kind = kind == EventKind::kNone ? title.kind : kind;
    }
  }
  // "Ngày 11-4, Ban Chỉ đạo … huyện A họp …": a lead in which a body meets, before any sentence
  // naming an event: the meeting is the event reported, a conference unless the headline says
  // what it was.
  if (!title.formal) {
    const int32_t m = meeting_lead(a, title);
    if (m >= 0 && (ev.sentence < 0 || m < ev.sentence)) {
      ev.sentence = m;
      ev.kind = title.kind == EventKind::kNone ? EventKind::kConference : title.kind;
    }
  }
  // (s22-tidy) "UBND tỉnh sẽ tổ chức Hội thi “…” lần thứ ba" as the headline, over a lead recalling
  // the contests held before ("Hội thi … lần thứ hai do Sở Tư pháp tổ chức ngày 15/9/2024 …"): a
  // text whose headline or lead announces a gathering is about that one — the first of the body's
  // first three sentences announcing it (the headline's gathering, when the headline announces) is
  // the event's, not an earlier sentence about past ones.
  if (!title.formal) {
    const Announced headline = title.token_last > title.token_first
                                   ? announced_gathering(doc, title.token_first, title.token_last)
                                   : Announced{};
    int seen = 0;
    for (size_t si = 0; si < doc.sentences.size() && seen < 3; ++si) {
      const Sentence& s = doc.sentences[si];
      if (s.line < title.body_line || a.dates.stamp_line(s.line) || s.first >= s.last || caption_line(doc, s.line))
        continue;
      ++seen;
      const Announced body = announced_gathering(doc, s.first, s.last);
      if (body.at < 0 || (headline.at >= 0 && phrase_keys(body.what) != phrase_keys(headline.what))) continue;
      if ((headline.at >= 0 || seen == 1) && static_cast<int32_t>(si) != ev.sentence) {
        ev.sentence = static_cast<int32_t>(si);
        ev.kind = body.kind == EventKind::kNone ? title.kind : body.kind;
      }
      break;
    }
  }
  // (s23-kind) A lead issuing a document, with the events only after it: the text reports the
  // document, and what it schedules or sets going ("các xã tổ chức lễ ra quân …", "lực lượng công an ra
  // quân từ ngày …") is its content — the day of issue is the event's, its kind none (the Conventions'
  // "Dates": "the day a plan or document is issued is the event's date (kind null)"). A later
  // sentence opening with its own day ("Sáng 7-3-2025, … chủ trì lễ phát động") reports an event held.
  if (!title.formal && ev.sentence >= 0 && !opens_with_its_day(a, doc.sentences[ev.sentence]) &&
      lead_issues_document(a, title)) {
    ev = EventResult{};
    ev.kind = title.kind;
  }
  if (ev.sentence < 0) {
    issue_date(a, title, movement_range, ev);
    return ev;
  }
  // A lead that says only "hội nghị" under a headline naming what it was ("… tổng kết công tác
  // thi đua"): the headline's kind.
  if (ev.kind == EventKind::kConference && title.kind != EventKind::kNone && title.kind != EventKind::kConference &&
      !title.text.empty()) {
    const Sentence& s = doc.sentences[ev.sentence];
    const auto [at, kind] = first_trigger(a, s.first, s.last);
    const auto m = lexicon::event_triggers().match(doc, at, s.last);
    if (m && m.length == 2) ev.kind = title.kind;
  }

  // "Cụm … ký kết giao ước thi đua năm 2024" over "… tổ chức hội nghị tổng kết công tác năm 2023
  // và ký kết giao ước …": the headline says which of the events the article reports, when the
  // body names that event too.
  if (!title.formal && !called_off_lead && !title.text.empty() && title.kind != EventKind::kNone && ev.kind != title.kind &&
      title.kind != EventKind::kConference) {
    for (int32_t i = doc.lines[title.body_line - 1].last; i < doc.size(); ++i) {
      const auto t = lexicon::event_triggers().match(doc, i, doc.sentence_of(i).last);
      if (!t) continue;
      if (static_cast<EventKind>(t.value()) == title.kind && !refers_to_earlier_launch(doc, i, t.length, doc.sentence_of(i).last)) {
        ev.kind = title.kind;
        break;
      }
      i += t.length - 1;
    }
  }
  // "Lễ phát động, ký kết giao ước thi đua", "phát động và ký giao ước thi đua": one ceremony that
  // launches by signing; the signing names it.
  if (ev.kind == EventKind::kLaunch) {
    const Sentence& lead = doc.sentences[ev.sentence];
    const auto at = first_trigger(a, lead.first, lead.last).first;
    if (const auto m = at >= 0 ? lexicon::event_triggers().match(doc, at, lead.last) : PhraseTable::Match{}) {
      static const std::string va = word_key("và");
      int32_t k = at + m.length;
      if (doc.is_punct(k, ",") || doc.is_key(k, va)) ++k;
      const auto next = lexicon::event_triggers().match(doc, k, lead.last);
      if (next && static_cast<EventKind>(next.value()) == EventKind::kPledgeSigning) ev.kind = EventKind::kPledgeSigning;
    }
    // (s15-plan-b) "… tổ chức Lễ phát động … . Tại buổi lễ, các đơn vị đã ký kết giao ước thi đua",
    // "Cuối Hội nghị, đại diện 12 Tổ … ký kết giao ước thi đua đặc biệt": a launch at which the units
    // then sign a pledge is a pledge signing (the Conventions) — a later sentence of the next few
    // opening with the event itself ("Tại buổi lễ", "Cuối hội nghị", "Nhân dịp này") and signing.
    if (ev.kind == EventKind::kLaunch && signing_at_the_event(a, ev.sentence)) ev.kind = EventKind::kPledgeSigning;
    // "Phát động phong trào thi đua và ký kết giao ước thi đua năm 2018 của Khối …" as the
    // headline: the launch's object, then "và" and the signing; (s23-kind) or the signing right
    // after the launch ("PHÁT ĐỘNG KÝ KẾT GIAO ƯỚC PHONG TRÀO THI ĐUA …", "Phát động, ký kết giao ước").
    if (ev.kind == EventKind::kLaunch && title.token_last > title.token_first) {
      static const std::string va = word_key("và");
      bool launch = false;
      int32_t launch_end = -1;
      for (int32_t k = title.token_first; k < title.token_last && ev.kind == EventKind::kLaunch; ++k) {
        const auto t = lexicon::event_triggers().match(doc, k, title.token_last);
        if (!t) continue;
        if (static_cast<EventKind>(t.value()) == EventKind::kLaunch) {
          launch = true;
          launch_end = k + t.length;
        } else if (launch && static_cast<EventKind>(t.value()) == EventKind::kPledgeSigning &&
                   (doc.is_key(k - 1, va) || k == launch_end || (k == launch_end + 1 && doc.is_punct(launch_end, ",")))) {
          ev.kind = EventKind::kPledgeSigning;
        }
        k += t.length - 1;
      }
    }
  }
  // "Dự hội nghị có …", "Hội nghị đã thảo luận …": a lead naming only a meeting, and another
  // sentence saying what it was ("Quang cảnh buổi sơ kết.", "Tại hội nghị, … đã ký kết giao
  // ước …"): the first review or pledge signing named after it is the meeting's kind.
  if (ev.kind == EventKind::kConference) {
    const Sentence& lead = doc.sentences[ev.sentence];
    const auto at = first_trigger(a, lead.first, lead.last).first;
    const auto m = lexicon::event_triggers().match(doc, at, lead.last);
    // (s24-kind) "Hội nghị biểu dương những người lao động giỏi … giai đoạn 2015-2020, tổng kết 10 năm
    // phong trào thi đua …", "Hội nghị tuyên dương …": a meeting named for the people it honours is
    // that meeting (a conference, as the development labels have it), whatever it also reviews.
    const bool honouring = m && m.length == 2 && lexicon::honours().match(doc, at + 2, lead.last);
    if (m && m.length == 2) {
      for (int32_t i = at + 2; i < doc.size(); ++i) {
        const auto t = lexicon::event_triggers().match(doc, i, doc.sentence_of(i).last);
        if (!t) continue;
        if (refers_to_existing_pledge(doc, i, t)) {
          i += t.length - 1;
          continue;
        }
        const auto kind = static_cast<EventKind>(t.value());
        // "… được tổ chức để tổng kết …, tổng kết …": what the meeting is for, among others.
        static const std::string de = word_key("để"), nham = word_key("nhằm");
        bool purpose = false;
        for (int32_t k = doc.sentence_of(i).first; k < i && !purpose; ++k) purpose = doc.is_key(k, de) || doc.is_key(k, nham);
        if ((kind == EventKind::kReview || kind == EventKind::kPledgeSigning) && !purpose &&
            !(honouring && kind == EventKind::kReview)) {
          ev.kind = kind;
          break;
        }
        // (s15-plan-b) "Hội nghị kỷ niệm 10 năm Ngày thành lập … và phát động thi đua …", "hội nghị
        // gặp mặt, biểu dương … đồng thời phát động …": a meeting named by an occasion of no kind
        // of ours that also launches, in the lead's own sentence, is the launch.
        static const std::string va = word_key("và"), dong = word_key("đồng"), thoi = word_key("thời");
        const bool joined = doc.is_key(i - 1, va) || doc.is_punct(i - 1, ",") || (doc.is_key(i - 2, dong) && doc.is_key(i - 1, thoi));
        if (kind == EventKind::kLaunch && !purpose && joined && i < lead.last &&
            !refers_to_earlier_launch(doc, i, t.length, lead.last) && !launch_is_document_subject(doc, i, t.length)) {
          ev.kind = kind;
          break;
        }
        i += t.length - 1;
      }
    }
  }

  // The first day of an event held over several days: "Từ ngày 25 đến ngày 28/2/2023, … tổ
  // chức hội nghị", and, when the lead has no date, "Hội nghị … diễn ra trong 2 ngày (26 - 27/12)".
  auto span_in = [&](const Sentence& sent) -> int32_t {
    for (size_t r = 0; r < a.dates.ranges.size(); ++r) {
      const DateRange& range = a.dates.ranges[r];
      if (range.first >= sent.first && range.first < sent.last && is_event_span(a, static_cast<int32_t>(r)))
        return static_cast<int32_t>(r);
    }
    return -1;
  };
  auto date_from_span = [&](int32_t r) {
    const DateRange& range = a.dates.ranges[static_cast<size_t>(r)];
    const DateMention& start = a.dates.mentions[static_cast<size_t>(range.start)];
    const DateMention& end = a.dates.mentions[static_cast<size_t>(range.end)];
    ev.date_from.source = std::string(doc.text_of(range.first, range.last));
    if (start.has_year()) {
      ev.date = date_as_written(start, false);
    } else if (end.has_year()) {
      ev.date = date_on_or_before(start, *date_as_written(end, false), false);
    } else if (auto e = resolve_event_date(a, end, movement_range, &ev.date_from.note)) {
      ev.date = date_on_or_before(start, *e, false);
    }
    if (ev.date && ev.date_from.note.empty() && !start.has_year()) ev.date_from.note = "ngày đầu của sự kiện kéo dài nhiều ngày";
  };

  const Sentence& s = doc.sentences[ev.sentence];
  // (s26-orgs) "trong các ngày 19, 20, 21/3/2024, … tổ chức …", "Trong hai ngày 12, 13/10/2023": days listed by
  // commas before the one written whole hold the event on each; it has no single day (Conventions: days
  // listed, a span), so the last day is not its date.
  auto days_listed = [&](const DateMention& d) {
    static const std::string ngay = word_key("ngày");
    int32_t k = d.first - 1;
    int listed = 0;
    while (k - 1 >= s.first && doc.is_punct(k, ",") && doc.is_number(k - 1) &&
           doc.key(k - 1).size() <= 2 && !doc.glued(k - 1)) {
      k -= 2;
      ++listed;
    }
    return listed >= 1 && doc.is_key(k, ngay);
  };
  if (const int32_t m = bare_day_date(a, s.first, s.last); m >= 0) {
    const DateMention& d = a.dates.mentions[m];
    if (!days_listed(d)) {
      ev.date = resolve_event_date(a, d, movement_range, &ev.date_from.note);
      ev.date_from.source = std::string(doc.text_of(d.first, d.last));
    }
  } else if (const int32_t r = span_in(s); r >= 0) {
    date_from_span(r);
  } else if (const int32_t later = [&] {
               static const std::vector<std::string> dien_ra = phrase_keys("diễn ra");
               for (size_t si = static_cast<size_t>(ev.sentence) + 1; si < doc.sentences.size(); ++si) {
                 const Sentence& t = doc.sentences[si];
                 if (first_trigger(a, t.first, std::min(t.last, t.first + 4)).first != t.first) continue;
                 if (span_in(t) >= 0) return span_in(t);
               }
               return -1;
             }();
             later >= 0) {
    date_from_span(later);
  } else if (a.dates.document_date) {
    static const std::string nay = word_key("nay");
    for (int32_t i = s.first; i + 1 < s.last; ++i) {
      if (doc.is_key(i + 1, nay) && lexicon::subject_openers().match(doc, i, i + 2).length == 2) {
        ev.date = a.dates.document_date;  // "Sáng nay", "hôm nay"
        ev.date_from = {std::string(doc.text_of(i, i + 2)), "ngày đăng bài (“hôm nay”)"};
        break;
      }
    }
  }
  ev.place = find_place(a, s);
  // "Hội nghị … được tổ chức tại Quảng Trị", "Lễ ký kết diễn ra tại …": a later sentence whose
  // subject is the meeting says where it was held, when the lead does not.
  // (s16-plan-b) … its subject also the event named back ("Buổi lễ", "Chương trình", "Ngày hội",
  // "Sự kiện"), its manner between the verb and "tại" ("diễn ra trang trọng tại", "được tổ chức
  // trực tiếp tại hội trường A và trực tuyến đến …": a meeting held in a hall and online is in the hall).
  if (!ev.place) {
    static const std::vector<std::string> to_chuc = phrase_keys("tổ chức"), dien_ra = phrase_keys("diễn ra");
    static const std::string tai = word_key("tại");
    static const Entry kNamedBack[] = {{"buổi lễ"}, {"lễ"}, {"chương trình"}, {"ngày hội"}, {"sự kiện"}};
    static const PhraseTable named_back(kNamedBack);
    for (size_t si = static_cast<size_t>(ev.sentence) + 1; si < doc.sentences.size() && !ev.place; ++si) {
      const Sentence& later = doc.sentences[si];
      auto opens = lexicon::event_triggers().match(doc, later.first, later.last);
      if (!opens) opens = named_back.match(doc, later.first, later.last);
      if (!opens) continue;
      for (int32_t k = later.first + opens.length; k + 2 < later.last; ++k) {
        const bool held = (doc.is_key(k, to_chuc[0]) && doc.is_key(k + 1, to_chuc[1])) ||
                          (doc.is_key(k, dien_ra[0]) && doc.is_key(k + 1, dien_ra[1]));
        if (!held) continue;
        int32_t at = k + 2;
        while (at < later.last && at - k <= 8 && doc.is_word(at) && !doc.is_key(at, tai)) ++at;
        if (doc.is_key(at, tai)) ev.place = find_place(a, Sentence{at, later.last, later.line});
        break;
      }
    }
  }
  return ev;
}

// (s17-plan-a) "Tỉnh đoàn, Hội Sinh viên Việt Nam, Hội LHTN Việt Nam tỉnh A", "Đoàn Thanh niên, Hội
// Liên hiệp Phụ nữ xã B": a place's youth union and associations listed with commas, the place
// written once, after the last (`u`). Each body before it, named whole without a place, takes u's
// place: with u's level, or — the youth union named by its level ("Tỉnh đoàn") — its name alone.
std::vector<UnitMention> associations_sharing_place(const Document& doc, const UnitMention& u, int32_t first) {
  std::vector<UnitMention> out;
  static const std::vector<std::pair<std::vector<std::string>, Level>> youth = {
      {phrase_keys("Tỉnh đoàn"), Level::kProvince}, {phrase_keys("Thành đoàn"), Level::kCity},
      {phrase_keys("Huyện đoàn"), Level::kDistrict}, {phrase_keys("Quận đoàn"), Level::kUrbanDistrict},
      {phrase_keys("Thị đoàn"), Level::kTown}};
  int32_t k = u.first;
  while (k - 2 >= first && doc.is_punct(k - 1, ",")) {
    const int32_t sep = k - 1;
    std::optional<UnitMention> b;
    for (int32_t c = std::max(first, sep - 8); c < sep && !b; ++c) {
      if (c > first && !doc.is_punct(c - 1, ",")) continue;  // the body opens its chunk
      auto m = match_unit(doc, c, sep);
      if (m && m->last == sep && !m->level && m->name.empty() && m->inner_first < 0 && !m->list_prefix &&
          (m->kind == UnitKind::kOffice || m->kind == UnitKind::kBoard))
        b = std::move(m);
    }
    if (!b) break;
    const auto y = std::find_if(youth.begin(), youth.end(), [&](const auto& e) { return e.first == phrase_keys(b->text); });
    if (y != youth.end() && y->second != *u.level) break;
    b->level = u.level;
    b->name = u.name;
    b->text += y != youth.end() ? " " + u.name : " " + std::string(level_word(*u.level)) + " " + u.name;
    k = b->first;
    out.insert(out.begin(), std::move(*b));
  }
  return out;
}

// "Đảng ủy – HĐND – UBND – Ủy ban MTTQ Việt Nam xã Chí Minh", "Đảng ủy, UBND xã A": bodies of
// one place joined by dashes or commas, its level and name written once, after the last. The
// bodies before `u` (the last, named in full), each completed with u's level and name.
std::vector<UnitMention> bodies_sharing_place(const Document& doc, const UnitMention& u, int32_t first) {
  std::vector<UnitMention> out;
  auto local = [](UnitKind k) {
    return k == UnitKind::kParty || k == UnitKind::kCommittee || k == UnitKind::kCouncil || k == UnitKind::kFront ||
           k == UnitKind::kPolice;
  };
  if (!u.level || u.list_prefix) return out;
  // (s20-lead) "Tỉnh ủy, HĐND, UBND, Uỷ ban MTTQ tỉnh tổ chức …": the level alone, its place not
  // named, is shared the same way ("HĐND tỉnh", "UBND tỉnh").
  if (u.name.empty() && u.kind != UnitKind::kCommittee && u.kind != UnitKind::kCouncil && u.kind != UnitKind::kFront) return out;
  if (u.kind == UnitKind::kOffice || u.kind == UnitKind::kBoard) return associations_sharing_place(doc, u, first);
  if (!local(u.kind)) return out;
  int32_t k = u.first;
  // "Hội Cựu chiến binh và Hội Nông dân xã A": also two bodies joined by "và", the first a head
  // opening its clause (not the end of "Bộ Công an").
  static const std::string va = word_key("và");
  while (k - 2 >= first &&
         (doc.is_punct(k - 1, "–") || doc.is_punct(k - 1, "-") || doc.is_punct(k - 1, ",") || doc.is_key(k - 1, va))) {
    const int32_t sep = k - 1;
    const bool joined_by_and = doc.is_key(sep, va);
    int32_t h = -1;
    for (int32_t c = std::max(first, sep - 6); c < sep && h < 0; ++c) {
      const auto m = lexicon::unit_heads().match(doc, c, sep);
      // "Đảng ủy - Công an huyện A": the police's own party committee, not the district's.
      if (m && c + m.length == sep && doc.tokens[c].capitalised && local(static_cast<UnitKind>(m.value())) &&
          !(u.kind == UnitKind::kPolice && static_cast<UnitKind>(m.value()) == UnitKind::kParty) &&
          !(joined_by_and && c > first && doc.is_word(c - 1) && !doc.is_key(c - 1, va)))
        h = c;
    }
    if (h < 0) break;
    // (s16-plan-b) "Đảng ủy, Ban Chỉ huy Quân sự huyện A", "Đảng ủy, Công an tỉnh B": above the
    // commune a place's own Party committee is its "Huyện ủy"/"Tỉnh ủy", so a bare "Đảng ủy" there
    // is the body's own committee (decision 7 of session 15), not a body of the place; at a
    // commune ("Đảng ủy, UBND xã A") it is the commune's.
    static const std::vector<std::string> dang_uy = phrase_keys("Đảng ủy");
    const bool above_commune = *u.level != Level::kCommune && *u.level != Level::kWard && *u.level != Level::kTownlet;
    if (above_commune && (u.kind == UnitKind::kFront || u.kind == UnitKind::kPolice) &&
        phrase_keys(doc.text_of(h, sep)) == dang_uy)
      break;
    UnitMention b = u;
    b.first = h;
    b.last = sep;
    b.inner_first = -1;
    b.head = std::string(doc.text_of(h, sep));
    // "Tỉnh ủy" names its level itself: with no place to add, it stays as written.
    const bool fused = static_cast<UnitKind>(lexicon::unit_heads().match(doc, h, sep).value()) == UnitKind::kParty &&
                       phrase_keys(doc.text_of(h, sep)) != dang_uy;
    b.text = !u.name.empty() ? b.head + " " + b.level_text + " " + b.name : fused ? b.head : b.head + " " + b.level_text;
    out.insert(out.begin(), std::move(b));
    k = h;
  }
  return out;
}

// (s21-orgs) "do Cục Cảnh sát PCCC và CNCH (Bộ Công an) tổ chức", "Cục Cảnh sát giao thông (Bộ Công
// an) tổ chức": a ministry in brackets right after another unit owns it; it does not co-organise.
void drop_bracketed_ministries(const Document& doc, std::vector<UnitMention>& units) {
  for (size_t k = units.size(); k-- > 1;)
    if (units[k].kind == UnitKind::kMinistry && units[k - 1].kind != UnitKind::kMinistry &&
        units[k].first == units[k - 1].last + 1 && doc.is_punct(units[k - 1].last, "(") && doc.is_punct(units[k].last, ")"))
      units.erase(units.begin() + static_cast<std::ptrdiff_t>(k));
}

// "Đảng ủy, Ban Giám đốc Công an tỉnh A", "Đảng ủy - Ban Giám đốc …": the bare party committee
// before the leadership is that unit's own; the unit organises once.
void drop_own_party_committee(const Document& doc, std::vector<UnitMention>& units) {
  for (size_t k = 0; k + 1 < units.size(); ++k) {
    const UnitMention& bare = units[k];
    const UnitMention& next = units[k + 1];
    // … and before any body with a party committee of its own: "Đảng ủy, Bộ Chỉ huy Quân sự tỉnh".
    if (bare.kind != UnitKind::kParty || bare.level || !bare.name.empty() || next.kind == UnitKind::kParty ||
        next.kind == UnitKind::kCommittee || next.kind == UnitKind::kCouncil || next.kind == UnitKind::kCluster ||
        next.kind == UnitKind::kBlock)
      continue;
    bool joined = true;
    for (int32_t t = bare.last; t < next.first && joined; ++t)
      joined = doc.is_punct(t, ",") || doc.is_punct(t, "-") || doc.is_punct(t, "–") || doc.is_key(t, word_key("và"));
    if (joined) {
      units.erase(units.begin() + static_cast<std::ptrdiff_t>(k));
      break;
    }
  }
}

// "Ban Giám đốc Công an tỉnh Trà Vinh" organises for "Công an tỉnh Trà Vinh".
void leadership_for_body(const Analysis& a, std::vector<UnitMention>& units) {
  for (UnitMention& u : units) {
    if (u.kind != UnitKind::kLeadership || u.inner_first < 0) continue;
    if (auto inner = match_unit(a.doc, u.inner_first, u.last, a.unit_options())) u = *inner;
  }
}

// "… do A (và B) tổ chức / chủ trì / phối hợp tổ chức / đăng cai": the units between "do" and
// the verb, in a sentence with no subject of its own.
std::vector<UnitMention> organisers_after_do(const Analysis& a, const Sentence& s) {
  const Document& doc = a.doc;
  static const std::string do_key = word_key("do"), duoc = word_key("được");
  static const Entry kVerbs[] = {{"tổ chức"}, {"chủ trì"}, {"đồng tổ chức"}, {"phối hợp tổ chức"}, {"đăng cai"}};
  static const PhraseTable verbs(kVerbs);
  for (int32_t i = s.first; i < s.last; ++i) {
    // … and the passive with its agent before the verb: "Lễ ra quân … được Sở Y tế phối hợp với
    // UBND thành phố A tổ chức tại …".
    if (!doc.is_key(i, do_key) && !doc.is_key(i, duoc)) continue;
    int32_t verb = -1;
    // "phong trào thi đua “A” … được UBND tỉnh B phát động tại …": the launch the lead reports
    // (its trigger), not one it refers to.
    static const std::vector<std::string> phat_dong = phrase_keys("phát động");
    const int32_t trigger = doc.is_key(i, duoc) ? first_trigger(a, s.first, s.last).first : -1;
    // (s28-orgs) "Lễ ra quân … được Công an TP.HCM tổ chức sáng 15/12", "do Sở Y tế TP. Đà Nẵng tổ chức": the
    // dot of an abbreviation inside the agent's name does not end the clause.
    const std::vector<UnitMention> agents = find_units(doc, i + 1, s.last, a.unit_options());
    auto inside_agent = [&](int32_t k) {
      for (const UnitMention& u : agents)
        if (u.first < k && k < u.last) return true;
      return false;
    };
    for (int32_t k = i + 1; k < s.last && k - i <= 30 && verb < 0; ++k) {
      if ((doc.is_punct(k, ".") && !inside_agent(k)) || doc.is_punct(k, ";")) break;
      if (verbs.match(doc, k, s.last) || (k == trigger && doc.is_key(k, phat_dong[0]) && doc.is_key(k + 1, phat_dong[1])))
        verb = k;
    }
    if (verb < 0) continue;
    std::vector<UnitMention> units = find_units(doc, i + 1, verb, a.unit_options());
    if (units.empty() || units.front().first != i + 1) continue;
    // "Cụm thi đua số 2 … do Hội CCB tỉnh A làm cụm trưởng tổ chức …": the unit after "do" is
    // named by its role in the group, which organises (extract_organizers reads the subject).
    static const std::string lam = word_key("làm");
    bool role_of_group = false;
    for (int32_t k = units.front().last; k + 1 < verb && !role_of_group; ++k)
      if (doc.is_key(k, lam))
        if (const auto r = lexicon::positions().match(doc, k + 1, verb); r && (r.value() & (kGroupLeader | kGroupDeputy)))
          role_of_group = true;
    if (role_of_group) continue;
    // only units joined by "và", "cùng", "phối hợp với" or commas between "do" and the verb
    // "do Khối thi đua CSND CATP tổ chức": the group organises; the body after it owns it.
    if (units.front().kind == UnitKind::kCluster || units.front().kind == UnitKind::kBlock) units.resize(1);
    drop_bracketed_ministries(doc, units);
    // (s23-orgs) "do Đảng ủy, Ban Chỉ huy Công an huyện A tổ chức": the body, as its subject would be.
    drop_own_party_committee(doc, units);
    leadership_for_body(a, units);
    std::vector<UnitMention> out;
    for (UnitMention& u : units)
      if (!u.list_prefix) out.push_back(std::move(u));
    return out;
  }
  // "Hội nghị được tổ chức bởi Công an tỉnh A và UBND huyện B": the passive written with "bởi",
  // the organisers after it, joined by commas, "và", "cùng" or "phối hợp với".
  static const std::string boi = word_key("bởi"), va = word_key("và"), cung = word_key("cùng");
  static const std::vector<std::string> phoi_hop_voi = phrase_keys("phối hợp với");
  for (int32_t i = s.first + 2; i < s.last; ++i) {
    if (!doc.is_key(i, boi)) continue;
    bool after_verb = false;
    for (int32_t len = 1; len <= 3 && !after_verb; ++len)
      if (const auto m = verbs.match(doc, i - len, i); m && m.length == len) after_verb = true;
    if (!after_verb) continue;
    int32_t clause_end = i + 1;
    while (clause_end < s.last && !doc.is_punct(clause_end, ".") && !doc.is_punct(clause_end, ";")) ++clause_end;
    std::vector<UnitMention> units = find_units(doc, i + 1, clause_end, a.unit_options());
    if (units.empty() || units.front().first != i + 1) continue;
    std::vector<UnitMention> out;
    for (size_t k = 0; k < units.size(); ++k) {
      if (k > 0) {
        bool joined = true;
        for (int32_t t = units[k - 1].last; t < units[k].first && joined;) {
          if (doc.is_punct(t, ",") || doc.is_key(t, va) || doc.is_key(t, cung)) {
            ++t;
          } else if (doc.is_key(t, phoi_hop_voi[0]) && doc.is_key(t + 1, phoi_hop_voi[1]) && doc.is_key(t + 2, phoi_hop_voi[2])) {
            t += 3;
          } else {
            joined = false;
          }
        }
        if (!joined) break;
      }
      if (!units[k].list_prefix) out.push_back(units[k]);
    }
    return out;
  }
  // (s15-plan-a) "Hội nghị diễn ra … dưới sự chủ trì của Công an tỉnh A (và UBND huyện B)": the
  // bodies chairing a meeting with no subject of its own hold it; a person's office there ("dưới
  // sự chủ trì của Chủ tịch UBND tỉnh") names who chairs, not a body.
  // (s16-plan-b) … also "với sự chủ trì của Ban Thường vụ Tỉnh đoàn, Hội nghị … diễn ra": the
  // same chairing written with "với"; a board leading the body stands for it.
  static const std::vector<std::string> duoi_su_chu_tri_cua = phrase_keys("dưới sự chủ trì của");
  static const std::string voi = word_key("với");
  for (int32_t i = s.first; i + 5 < s.last; ++i) {
    bool at = doc.is_key(i, duoi_su_chu_tri_cua[0]) || doc.is_key(i, voi);
    for (size_t c = 1; c < duoi_su_chu_tri_cua.size() && at; ++c)
      at = doc.is_key(i + static_cast<int32_t>(c), duoi_su_chu_tri_cua[c]);
    if (!at) continue;
    const int32_t from = i + static_cast<int32_t>(duoi_su_chu_tri_cua.size());
    int32_t clause_end = from;
    while (clause_end < s.last && !doc.is_punct(clause_end, ".") && !doc.is_punct(clause_end, ";") &&
           !doc.is_punct(clause_end, ",")) ++clause_end;
    std::vector<UnitMention> units = find_units(doc, from, clause_end, a.unit_options());
    if (units.empty() || units.front().first != from) continue;
    std::vector<UnitMention> out;
    for (size_t k = 0; k < units.size(); ++k) {
      if (k > 0 && !(units[k].first == units[k - 1].last + 1 && doc.is_key(units[k - 1].last, va))) break;
      if (units[k].list_prefix) continue;
      if (units[k].kind == UnitKind::kLeadership && units[k].inner_first >= 0)
        if (auto inner = match_unit(doc, units[k].inner_first, units[k].last, a.unit_options())) {
          out.push_back(std::move(*inner));
          continue;
        }
      out.push_back(units[k]);
    }
    return out;
  }
  return {};
}

// (s22-orgs) "KẾ HOẠCH / Tổ chức phong trào thi đua … năm 2025 của Công an huyện A", "Hội nghị tổng
// kết phong trào thi đua năm 2024 của Công ty B đã diễn ra", "Tại Hội nghị … của Tỉnh đoàn C ngày …,":
// the body whose plan or meeting the phrase [from, to) names, after its "của", the phrase closing
// with it (a mark, a day, a verb). Not the issuer of a document the phrase cites ("… thực hiện Chỉ
// thị số 05 của Bộ Chính trị"), nor a body of an occasion greeted ("chào mừng … của …"), nor the
// giver of an award ("Bằng khen của UBND tỉnh"). A formal text's subject (`title`) closing with the
// body is its issuer even after an occasion ("… chào mừng Đại hội Đảng bộ các cấp của Sở A").
std::optional<UnitMention> owner_after_cua(const Analysis& a, int32_t from, int32_t to, bool title) {
  const Document& doc = a.doc;
  static const std::string cua = word_key("của");
  bool greets = false;
  for (int32_t t = from; t < to; ++t) {
    if (doc.is_punct(t, ",") || doc.is_punct(t, ".") || doc.is_punct(t, ";") || doc.is_punct(t, ":")) return std::nullopt;
    if (lexicon::cited_documents().match(doc, t, to) || lexicon::awards_given().match(doc, t, to)) return std::nullopt;
    greets |= static_cast<bool>(lexicon::occasions().match(doc, t, to));
    if (!doc.is_key(t, cua)) continue;
    auto u = match_unit(doc, t + 1, to, a.unit_options());
    if (!u || u->first != t + 1 || u->list_prefix) return std::nullopt;
    const int32_t e = u->last;
    if (greets && !(title && e == to)) return std::nullopt;
    if (e < to && doc.is_word(e) && a.dates.mention_at[e] < 0 && !lexicon::predicates().match(doc, e, to)) return std::nullopt;
    return u;
  }
  return std::nullopt;
}

// (s22-orgs) "Cụm thi đua số 1 có 5 thành viên là: A, B, …", "Khối có 6 đơn vị: …": a count of the
// group's members at token g, then "là" or a colon opening their names.
bool members_counted_before(const Document& doc, int32_t g, int32_t end) {
  static const std::string co = word_key("có"), la = word_key("là");
  if (!doc.is_key(g, co) || !doc.is_number(g + 1)) return false;
  for (int32_t t = g + 2; t < end && t - g <= 6; ++t) {
    if (doc.is_key(t, la) || doc.is_punct(t, ":")) return t > g + 2;
    if (!doc.is_word(t)) return false;
  }
  return false;
}

// (s22-lists) A word that opens a list of what something is made of ("gồm", "bao gồm", "gồm có",
// "… thành viên là", "có 4 trường:", "có 5 đơn vị là", "tham gia") in [first, at): the units after
// it are members of a list or those taking part, not a subject.
bool listed_as_members(const Document& doc, int32_t first, int32_t at) {
  static const std::string la = word_key("là"), thanh = word_key("thành"), vien = word_key("viên"), co = word_key("có"),
                           tham = word_key("tham"), gia = word_key("gia"), cua = word_key("của");
  for (int32_t t = first; t < at; ++t) {
    if (lexicon::member_openers().match(doc, t, at) || members_counted_before(doc, t, at)) return true;
    if (doc.is_key(t, la) && doc.is_key(t - 1, vien) && doc.is_key(t - 2, thanh)) return true;
    // "Tham gia Cụm … có A, B", "… với sự tham gia của A, B": those taking part, named after "có"
    // or "của" (not "… tích cực tham gia thực hiện …; UBND huyện ban hành …").
    if (doc.is_key(t, tham) && doc.is_key(t + 1, gia))
      for (int32_t k = t + 2; k < at && k - t <= 10 && !doc.is_punct(k, ",") && !doc.is_punct(k, ";"); ++k)
        if (doc.is_key(k, co) || doc.is_key(k, cua)) {
          // (s28-orgs) "Với sự tham gia của 12 tỉnh, hôm nay, tại TP Vinh, Ban A tổ chức …": a circumstance of the
          // day or the place after a comma closes those taking part; the unit after it is the subject.
          for (int32_t c = k + 1; c + 1 < at; ++c)
            if (doc.is_punct(c, ",") && lexicon::subject_openers().match(doc, c + 1, at)) return false;
          return true;
        }
  }
  return false;
}

// (s23-orgs) "Công an các tỉnh Cao Bằng, Lạng Sơn và Hà Giang": the police of the places written
// after one level, its first place read by match_unit into `u`; each place's police, two or more.
std::vector<std::string> police_of_places(const Analysis& a, const UnitMention& u, int32_t end) {
  const Document& doc = a.doc;
  static const std::string va = word_key("và");
  std::vector<std::string> out = {u.head + " " + std::string(level_word(*u.level)) + " " + u.name};
  for (int32_t k = u.last; k < end && doc.is_punct(k, ",") != doc.is_key(k, va);) {
    ++k;
    if (doc.is_key(k, va)) ++k;
    std::string name;
    const int32_t n = place_name_end(doc, k, end, *u.level == Level::kProvince, a.unit_options(), &name);
    if (n == k || name.empty()) return {};
    out.push_back(out.front().substr(0, out.front().size() - u.name.size()) + name);
    k = n;
  }
  return out.size() >= 2 ? out : std::vector<std::string>{};
}

std::vector<UnitMention> extract_organizers(const Analysis& a, const EventResult& event, const TitleInfo& title) {
  const Document& doc = a.doc;
  std::vector<UnitMention> found;
  static const std::string to = word_key("tổ"), chuc = word_key("chức");
  auto subject_units = [&](int32_t first, int32_t last) {
    // (s21-lead) "Dự Đại hội có đồng chí A, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội; …", "Tham dự
    // Đại hội có các đồng chí: B, Bí thư Tỉnh ủy, …", "Tới dự … có …": with no verb of holding, the
    // units of an attendance are the guests' offices, none of them the one who holds the event.
    {
      static const std::string tham = word_key("tham"), du = word_key("dự"), toi = word_key("tới"), den = word_key("đến"),
                               co_key = word_key("có");
      const int32_t d = doc.is_key(first, du) ? first
                        : ((doc.is_key(first, tham) || doc.is_key(first, toi) || doc.is_key(first, den)) && doc.is_key(first + 1, du))
                            ? first + 1
                            : -1;
      bool has_co = false, holds = false;
      for (int32_t t = d + 1; d >= 0 && t < last && t - d <= 12 && !has_co; ++t) has_co = doc.is_key(t, co_key);
      for (int32_t t = first; has_co && t + 1 < last && !holds; ++t) holds = doc.is_key(t, to) && doc.is_key(t + 1, chuc);
      if (has_co && !holds) return std::vector<UnitMention>{};
    }
    // Cut the subject at the organising verb or the event's name.
    int32_t verb = last;
    // "Nhằm đẩy mạnh phong trào … do Đảng ủy, Ban Giám đốc Công an tỉnh phát động, khối Công an
    // các huyện đã ký …": a verb right after "do" and its units closes a relative clause about
    // something else; the subject and its verb come after it, the clause's units are not theirs.
    static const std::string do_key = word_key("do");
    int32_t relative_first = -1, relative_last = -1, relative_verb = -1;
    const int32_t meets = meeting_verb(a, first, last);  // "Hội đồng … tỉnh họp …"
    // "tại Trung tâm Hội nghị tỉnh, Ban … tổ chức …": a trigger inside a unit's or a hall's name
    // names no event.
    const std::vector<UnitMention> named = find_units(doc, first, last, a.unit_options());
    auto inside_name = [&](int32_t i) {
      for (const UnitMention& u : named)
        if (u.first < i && i < u.last) return true;
      return false;
    };
    for (int32_t i = first; i < last; ++i) {
      if (i == meets) {
        verb = i;
        break;
      }
      if (!((doc.is_key(i, to) && doc.is_key(i + 1, chuc)) || lexicon::event_triggers().match(doc, i, last))) continue;
      if (inside_name(i)) continue;
      // (s24-orgs) "tại … Trung tâm hội nghị và tổ chức sự kiện tỉnh, Tỉnh ủy - HĐND - UBND tổ chức …": a
      // service a venue's name holds after "và" is no verb.
      static const std::string va_service = word_key("và");
      if (doc.is_key(i - 1, va_service) && lexicon::named_services().match(doc, i, last)) continue;
      // … nor is the meeting's word of a hall's name ("tại Trung tâm hội nghị và tổ chức sự kiện tỉnh").
      static const std::string trung = word_key("trung"), tam = word_key("tâm");
      if (doc.is_key(i - 2, trung) && doc.is_key(i - 1, tam)) continue;
      int32_t d = -1;
      for (int32_t k = i - 1; k > first && i - k <= 20 && d < 0; --k) {
        if (doc.is_punct(k, ".") || doc.is_punct(k, ";") || doc.is_punct(k, ":")) break;
        if (doc.is_key(k, do_key)) d = k;
      }
      bool relative = false;
      if (d >= 0) {
        const std::vector<UnitMention> agents = find_units(doc, d + 1, i, a.unit_options());
        // (s22-orgs) … the agent also an office of a body: "Hưởng ứng phong trào thi đua do Thủ tướng
        // Chính phủ phát động, ngày 14/4, Sở A tổ chức …".
        const auto office = lexicon::positions().match(doc, d + 1, i);
        const int32_t agent_first = office && doc.tokens[d + 1].capitalised ? d + 1 + office.length : d + 1;
        relative = !agents.empty() && (agents.front().first == d + 1 || agents.front().first == agent_first) &&
                   agents.back().last == i;
        for (int32_t t = i; relative && t < last && t - i < 12; ++t) {
          if (doc.is_punct(t, ",")) break;
          if (t + 1 == last || doc.is_punct(t, ".")) relative = false;  // the sentence ends there: "do A tổ chức."
        }
      }
      if (relative && relative_first < 0) {
        relative_verb = i;
        relative_first = d;
        relative_last = i;
        while (relative_last < last && !doc.is_punct(relative_last, ",")) ++relative_last;
        i = relative_last;
        continue;
      }
      verb = i;
      break;
    }
    // "Chương trình do Công an tỉnh tổ chức nhằm …": no verb after the clause; it is the sentence's.
    if (verb == last && relative_verb >= 0) {
      verb = relative_verb;
      relative_first = relative_last = -1;
    }
    // "Ngày 10/7, huyện A biểu dương, khen thưởng …": a ceremony's verb after the subject.
    if (verb == last)
      if (const int32_t v = ceremony_verb(doc, first, last); v >= 0) verb = v;
    std::vector<UnitMention> units;
    std::optional<UnitMention> host_at;
    static const std::string tai = word_key("tại");
    // Units of the subject, skipping comma-separated adverbials ("Sáng 18/10", "tại …"); a unit
    // whose name holds commas ("Khối thi đua công an các quận, thị xã, thành phố") is one unit.
    // "Được sự đồng ý của A, B, sáng ngày 14/02/2020, X tổ chức …", "Thực hiện …, ngày 5/3, X …":
    // a sentence opening with a circumstance lists units of it up to the day; the subject follows.
    int32_t circumstance_end = first;
    if (lexicon::subject_openers().match(doc, first, verb)) {
      for (int32_t k = verb - 1; k > first && circumstance_end == first; --k) {
        if (a.dates.mention_at[k] < 0) continue;
        int32_t e = k;
        while (e < verb && !doc.is_punct(e, ",")) ++e;
        // (s17-plan-a) "Sáng 8/3/2024 Công an xã A tổ chức …": no comma closes the day; the subject,
        // capitalised, starts right after it.
        const int32_t dm = a.dates.mention_at[k];
        if (e == verb && a.dates.mentions[dm].last == k + 1 && k + 1 < verb && doc.is_word(k + 1) &&
            doc.tokens[k + 1].capitalised)
          e = k + 1;
        circumstance_end = e;
      }
    } else if (!match_unit(doc, first, verb, a.unit_options())) {
      // "Hướng tới kỷ niệm … 70 năm truyền thống Đoàn Thanh niên Bộ Công an, sáng 9/3, Ban Thanh
      // niên Công an tỉnh A tổ chức …": a day standing alone between commas before the subject
      // closes whatever circumstance opens the sentence, the units named in it included.
      for (int32_t k = verb - 1; k > first && circumstance_end == first; --k) {
        if (a.dates.mention_at[k] < 0) continue;
        int32_t cs = k, e = k;
        while (cs > first && !doc.is_punct(cs - 1, ",")) --cs;
        while (e < verb && !doc.is_punct(e, ",")) ++e;
        if (cs > first && e < verb && e - cs <= 5 && find_units(doc, cs, e, a.unit_options()).empty()) circumstance_end = e;
        else break;
      }
    }
    const std::vector<UnitMention> subject = find_units(doc, first, verb, a.unit_options());
    for (size_t ui = 0; ui < subject.size(); ++ui) {
      UnitMention u = subject[ui];
      if (u.first < circumstance_end || (u.first >= relative_first && u.first < relative_last)) continue;
      // (s23-orgs) "Đoàn Thanh niên Công an các tỉnh trong Cụm thi đua số 7 tổ chức …", "Hội Phụ nữ Công
      // an các tỉnh Cụm thi đua số 3 …": a body's bare head right before the police of places written
      // by their level is that body of each place, not one body; the places' bodies act as one.
      // … and right before "các" and a level or a kind of body ("Phòng Giáo dục và Đào tạo các huyện A, B",
      // "Đoàn Thanh niên các đơn vị trong Cụm thi đua số 2"): that body of each, not one body.
      static const std::string cac = word_key("các");
      const bool bare = !u.list_prefix && !u.level && u.name.empty() && u.inner_first < 0;
      const bool head_of_listed = bare && ui + 1 < subject.size() && subject[ui + 1].list_prefix && subject[ui + 1].first == u.last;
      const bool head_of_places = bare && !head_of_listed && doc.is_key(u.last, cac) && doc.is_word(u.last + 1) &&
                                  !doc.tokens[u.last + 1].capitalised;
      // (s25-members) "Hội Luật gia Cụm thi đua 4 … gồm Hội Luật gia các tỉnh, thành phố: A, B, … tổng
      // kết …": the places' bodies listed after what the group is made of are its members, not the
      // subject, as bodies are below.
      if ((u.list_prefix || head_of_listed || head_of_places) && listed_as_members(doc, first, u.first)) {
        if (head_of_listed) ++ui;
        continue;
      }
      if (u.list_prefix || head_of_listed || head_of_places) {
        // "Công an các tỉnh A, B và C tổ chức …", "Hội Nông dân các huyện A, B ký kết …": the bodies of
        // the places listed, acting together, each organises.
        const size_t lp = head_of_listed ? ui + 1 : ui;
        std::vector<std::string> members;
        if (const auto listed = read_body_list(a, u.first, verb)) members = listed->members;
        else if (subject[lp].kind == UnitKind::kPolice && !head_of_listed) members = police_of_places(a, subject[lp], verb);
        if (!subject[lp].name.empty() || head_of_places)
          for (const std::string& m : members) {
            UnitMention b = subject[lp];
            b.first = u.first;
            b.list_prefix = false;
            b.text = m;
            units.push_back(std::move(b));
          }
        if (head_of_listed) ++ui;
        continue;
      }
      // "Chủ tịch UBND huyện Nguyễn Văn A trao bằng khen …": the unit of an office written before
      // the name of the person holding it is that person's title, not the subject.
      // (s17-plan-a) … also an office followed by the person's other offices before the name: "của đồng
      // chí Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Trần Văn A tại hội nghị … do Sở Y tế tổ chức".
      int32_t name_at = u.last;
      for (int hops = 0; hops < 3 && name_at < doc.size() && !a.name_starts[static_cast<size_t>(name_at)] &&
                         doc.is_punct(name_at, ",");
           ++hops) {
        const auto next = lexicon::positions().match(doc, name_at + 1, verb);
        if (!next || !doc.tokens[name_at + 1].capitalised || (next.value() & (kGroupLeader | kGroupDeputy))) break;
        const auto unit = match_unit(doc, name_at + 1 + next.length, verb, a.unit_options());
        if (!unit) break;
        name_at = unit->last;
      }
      // (s22-orgs) "Đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy B dự và chỉ đạo Hội nghị …", "Đại tướng C -
      // Bộ trưởng Bộ Công an chủ trì hội nghị": the unit of an office written after a person's name,
      // the person attending or presiding, is that person's title; it does not hold the event (one
      // who launches or holds it, "Phó Giám đốc Công an tỉnh D đã phát động …", speaks for the unit).
      bool office = false;
      if (a.in_person[static_cast<size_t>(u.first)]) {
        int32_t p = u.last;
        while (p < verb && (a.in_person[static_cast<size_t>(p)] || doc.is_punct(p, ")"))) ++p;
        static const Entry kTense[] = {{"đã"}, {"vừa"}, {"sẽ"}};
        static const PhraseTable tense(kTense);
        while (p < last && tense.match(doc, p, p + 1)) ++p;
        office = static_cast<bool>(lexicon::attends_or_presides().match(doc, p, last));
      }
      // (s25-orgs) … unless the one holding the office launches ("Chủ tịch UBND tỉnh Lê Thành Đô phát động phong
      // trào thi đua …", "Giám đốc Công an tỉnh Nguyễn Văn B vừa phát động …"): a body's head launching speaks
      // for the body, whichever side of the name the office is written.
      bool head_launches = false;
      if (!office && name_at < doc.size() && a.name_starts[static_cast<size_t>(name_at)]) {
        static const std::string phat = word_key("phát"), dong = word_key("động");
        static const Entry kTense[] = {{"đã"}, {"vừa"}, {"chính thức"}};
        static const PhraseTable tense(kTense);
        int32_t p = name_at;
        while (p < last && a.in_person[static_cast<size_t>(p)]) ++p;
        while (p < last && tense.match(doc, p, last)) p += tense.match(doc, p, last).length;
        head_launches = p > name_at && doc.is_key(p, phat) && doc.is_key(p + 1, dong);
        // (s26-orgs) … or signs or issues the document that launches ("Tổng cục trưởng Tổng cục Thuế Mai Xuân
        // Thành vừa ký Công văn số … về phát động đợt thi đua …", "Giám đốc Sở A Trần Văn B ban hành Kế hoạch
        // … phát động …"): the body's document, the body the one who launches.
        static const std::string ky = word_key("ký");
        int32_t doc_at = doc.is_key(p, ky) ? p + 1 : p;
        if (const auto issue = lexicon::issuing_verbs().match(doc, p, last)) doc_at = p + issue.length;
        if (!head_launches && p > name_at && doc_at > p && lexicon::cited_documents().match(doc, doc_at, last))
          for (int32_t t = doc_at + 1; t + 1 < doc.sentence_of(p).last && !head_launches; ++t)
            head_launches = doc.is_key(t, phat) && doc.is_key(t + 1, dong);
      }
      if (!office && !head_launches && name_at < doc.size() && a.name_starts[static_cast<size_t>(name_at)])
        for (int32_t len = 1; len <= 4 && !office; ++len)
          if (const auto t = lexicon::positions().match(doc, u.first - len, u.first);
              t && t.length == len && doc.tokens[u.first - len].capitalised && !(t.value() & (kGroupLeader | kGroupDeputy)))
            office = true;
      if (office) continue;
      // (s20-lead) "Tổng Liên đoàn Lao động (LĐLĐ) Việt Nam vừa tổ chức …": a unit the lexicon finds
      // right after a capitalised word of running text, no punctuation between, is the tail of a
      // longer name it does not know — not found rather than cut.
      if (u.first > first && doc.is_word(u.first - 1) && doc.tokens[u.first - 1].capitalised &&
          !doc.tokens[u.first - 1].all_caps && !doc.tokens[u.first].all_caps && !a.name_starts[static_cast<size_t>(u.first)] &&
          !lexicon::subject_openers().match(doc, u.first - 1, u.first) && a.dates.mention_at[u.first - 1] < 0 &&
          !(u.first - 1 == first || doc.is_punct(u.first - 2, "-") || doc.is_punct(u.first - 2, "–")))
        continue;
      // (s20-lead) "… cuộc thi trực tuyến chào mừng Đại hội XIII Công đoàn Việt Nam": a body named in
      // the occasion greeted or commemorated, no punctuation between, is not who acts.
      {
        const PhraseTable& occasions = lexicon::occasions();
        bool greeted = false;
        // (s26-orgs) … also the second of occasions joined by "và" ("Chào mừng Đại hội MTTQ Việt Nam các cấp và Đại
        // hội đại biểu toàn quốc MTTQ Việt Nam lần thứ IX, Ban Thường trực … phát động …"): the greeting runs on
        // over its noun phrases, up to punctuation or a verb of the clause.
        for (int32_t t = u.first - 1; t >= first && u.first - t <= 24 && !greeted; --t) {
          if (doc.tokens[t].kind == TokenKind::kPunct) break;
          if (u.first - t > 10 && (lexicon::predicates().match(doc, t, u.first) || lexicon::event_triggers().match(doc, t, u.first)))
            break;
          greeted = static_cast<bool>(occasions.match(doc, t, u.first));
        }
        if (greeted) continue;
      }
      // … nor its short name in brackets after it ("(LĐLĐ)"), which names the same body.
      if (u.last - u.first == 1 && doc.is_punct(u.first - 1, "(") && doc.is_punct(u.last, ")") && u.first - 2 > first &&
          doc.is_word(u.first - 2) && doc.tokens[u.first].all_caps)
        continue;
      // (s17-plan-a) "Kế hoạch … chào mừng “Kỷ niệm 80 năm Ngày Tổng tuyển cử đầu tiên bầu Quốc hội Việt
      // Nam”": a body named inside a quoted name (a movement's, an anniversary's) is no subject.
      int open_quotes = 0;
      bool ascii_open = false;
      for (int32_t t = first; t < u.first; ++t) {
        if (doc.is_punct(t, "\u201C")) ++open_quotes;
        else if (doc.is_punct(t, "\u201D")) open_quotes = std::max(0, open_quotes - 1);
        else if (doc.is_punct(t, "\"")) ascii_open = !ascii_open;
      }
      if (open_quotes > 0 || ascii_open) continue;
      // (s21-lead) "Ngày 22-6, tin từ Văn phòng UBND tỉnh cho biết, Đại hội … sẽ được tổ chức …": the
      // source of the news is not who holds what it tells.
      if (doc.is_key(u.first - 1, word_key("từ")) && doc.is_key(u.first - 2, word_key("tin"))) continue;
      // (s22-lists) "Khối thi đua … gồm: Ban A, Ban B, …", "Cụm có 6 thành viên là A, B, …": the
      // bodies listed after what a group is made of are its members, not who holds the event.
      if (listed_as_members(doc, first, u.first)) continue;
      // (s21-lead) "Cụm thi đua 1 (Hội Chữ thập đỏ Phường 1, 2, 3 …) tổ chức …": the units in brackets
      // right after a group are its members; the group acts, not its first member.
      {
        static const std::string cum = word_key("cụm"), khoi = word_key("khối");
        int32_t open = -1;
        for (int32_t t = u.first - 1; t >= first && open < 0; --t) {
          if (doc.is_punct(t, ")")) break;
          if (doc.is_punct(t, "(")) open = t;
        }
        bool members = false;
        for (int32_t t = open - 1; open > first && t >= first && open - t <= 5 && !members; --t)
          members = doc.is_key(t, cum) || doc.is_key(t, khoi);
        // (s22-lists) … a group named at length too ("Khối thi đua các trường đại học (Trường A, …)").
        for (const UnitMention& g : named)
          members |= open > first && g.last == open && (g.kind == UnitKind::kCluster || g.kind == UnitKind::kBlock);
        if (members) continue;
      }
      // (s24-orgs) "Đồn Biên phòng A (Bộ Chỉ huy Bộ đội Biên phòng tỉnh B) phối hợp với …", "Trường
      // Tiểu học C (Phòng Giáo dục và Đào tạo huyện D) tổ chức …": a body in brackets right after the
      // unit acting is the one it belongs to, not a co-organiser (a group in brackets is not: below).
      if (ui > 0 && subject[ui - 1].last + 1 == u.first && doc.is_punct(u.first - 1, "(") && doc.is_punct(u.last, ")") &&
          u.kind != UnitKind::kCluster && u.kind != UnitKind::kBlock && !u.list_prefix && !subject[ui - 1].list_prefix)
        continue;
      // (s17-plan-a) "Trao Bằng khen của UBND tỉnh cho …", "nhận Cờ thi đua của Bộ Công an": the body
      // whose award is given is no organizer (the conventions: a body that only gives awards).
      static const std::string cua_key = word_key("của"), khen_key = word_key("khen"), chuong_key = word_key("chương"),
                               dua_key = word_key("đua");
      if (doc.is_key(u.first - 1, cua_key) &&
          (doc.is_key(u.first - 2, khen_key) || doc.is_key(u.first - 2, chuong_key) || doc.is_key(u.first - 2, dua_key)))
        continue;
      int32_t chunk = u.first;
      while (chunk > first && !doc.is_punct(chunk - 1, ",")) --chunk;
      int32_t chunk_end = u.first;
      while (chunk_end < verb && !doc.is_punct(chunk_end, ",")) ++chunk_end;
      // "Ngày hội … do A tổ chức": a festival's name opening the chunk is no day.
      bool adverbial = static_cast<bool>(lexicon::subject_openers().match(doc, chunk, chunk_end)) &&
                       !lexicon::ceremonies().match(doc, chunk, chunk_end);
      for (int32_t k = chunk; k < u.first && !adverbial; ++k) adverbial = a.dates.mention_at[k] >= 0;
      // (s17-plan-a) "Chiều ngày 22/01/2026 Cụm thi đua số 5 tổ chức …": the day written without its
      // comma, the subject right after it, is no part of the day's adverbial.
      if (adverbial && u.first > chunk && a.dates.mention_at[u.first - 1] >= 0 &&
          a.dates.mentions[a.dates.mention_at[u.first - 1]].last == u.first && doc.tokens[u.first].capitalised) {
        adverbial = false;
        for (int32_t k = chunk; k < u.first && !adverbial; ++k)
          adverbial = a.dates.mention_at[k] >= 0 && a.dates.mentions[a.dates.mention_at[k]].last != u.first;
      }
      if (!adverbial) units.push_back(std::move(u));
      // "Vào lúc 13 giờ 30 ngày 13/8/2015, tại UBND phường A tổ chức Lễ …": the place written
      // right before the verb, with no subject of its own, is the host.
      else if (units.empty() && u.last == verb && doc.is_key(u.first - 1, tai) && !u.list_prefix)
        host_at = std::move(u);
    }
    if (units.empty() && host_at) units.push_back(std::move(*host_at));
    // "Sáng 14/8, xã Xuân Lãng tổ chức …", "xã Kim Long (TPHCM) tổ chức …": a commune named by its
    // level and name alone is its own body, kept as written.
    // (s24-orgs) … also after the unit acting and "phối hợp với" / "cùng": "Huyện đoàn A phối hợp với xã
    // B tổ chức …" — the commune works with it, each organises.
    static const std::string phoi = word_key("phối"), hop_key = word_key("hợp"), voi = word_key("với"), cung = word_key("cùng");
    const auto joined_to_unit = [&](int32_t t) {
      if (units.empty() || units.back().last >= t || !(doc.is_key(t - 1, voi) || doc.is_key(t - 1, cung))) return false;
      for (int32_t w = units.back().last; w < t; ++w)
        if (!doc.is_key(w, phoi) && !doc.is_key(w, hop_key) && !doc.is_key(w, voi) && !doc.is_key(w, cung)) return false;
      return true;
    };
    if (verb > first && (units.empty() || units.back().last < verb)) {
      int32_t c = verb;
      // "xã A đã sôi nổi tổ chức …": the tense and manner between the place and its verb.
      static const Entry kAdverbs[] = {{"đã"}, {"vừa"}, {"sôi nổi"}, {"long trọng"}, {"đồng loạt"}};
      static const PhraseTable adverbs(kAdverbs);
      for (bool more = true; more && c > first + 1;) {
        more = false;
        for (int32_t len = 1; len <= 2 && !more; ++len)
          if (const auto m = adverbs.match(doc, c - len, c); m && m.length == len) {
            c -= len;
            more = true;
          }
      }
      if (doc.is_punct(c - 1, ")")) {
        int32_t open = c - 2;
        while (open > first && c - open < 8 && !doc.is_punct(open, "(")) --open;
        if (doc.is_punct(open, "(")) c = open;
      }
      int32_t start = c - 1;
      // "(kontumtv.vn) – Huyện Sa Thầy (Kon Tum) phát động …": a source tag and its dash before it.
      const auto opens_clause = [&](int32_t t) {
        if (!units.empty()) return joined_to_unit(t);
        // (s25-orgs) … or right after the day with no comma: "Ngày 30/7/2020 huyện Hồng Ngự tổ chức …".
        const bool after_day = t > first && a.dates.mention_at[t - 1] >= 0 &&
                               a.dates.mentions[a.dates.mention_at[t - 1]].last == t && !doc.tokens[t].capitalised;
        return t == first || after_day || doc.is_punct(t - 1, ",") || doc.is_punct(t - 1, "-") || doc.is_punct(t - 1, "–");
      };
      while (start > first && !opens_clause(start) && c - start < 7) --start;
      if (opens_clause(start)) {
        const auto lv = lexicon::levels().match(doc, start, c);
        const Level level = lv ? static_cast<Level>(lv.value()) : Level::kProvince;
        // … and a district or town as well: "Ngày 18/8, huyện Nông Sơn tổ chức điểm Ngày hội …";
        // capitalised when it opens the sentence ("Huyện A phát động …").
        const bool opens_sentence =
            units.empty() && (start == first || doc.is_punct(start - 1, "-") || doc.is_punct(start - 1, "–"));
        if (lv && doc.is_word(start) && (!doc.tokens[start].capitalised || opens_sentence) &&
            (level == Level::kCommune || level == Level::kWard || level == Level::kTownlet || level == Level::kSpecialZone ||
             level == Level::kDistrict || level == Level::kUrbanDistrict || level == Level::kTown ||
             // (s24-orgs) … and a province or a central city: "Ngày 28-10, tỉnh Đắk Lắk đã tổ chức Đại hội
             // Thi đua yêu nước …", "Tỉnh A tổ chức Hội nghị tổng kết …".
             level == Level::kProvince || level == Level::kCity)) {
          std::string name;
          const int32_t n = place_name_end(doc, start + lv.length, c, level == Level::kProvince, a.unit_options(), &name);
          if (n == c && n > start + lv.length) {
            UnitMention body;
            body.first = start;
            body.last = n;
            body.kind = UnitKind::kCommittee;
            body.level = level;
            body.level_text = std::string(doc.text_of(start, start + lv.length));
            body.name = name;
            body.text = std::string(doc.text_of(start, n));
            // "Huyện A" capitalised only because it opens the sentence: the level as in running text
            if (doc.tokens[start].capitalised && !doc.tokens[start].all_caps)
              body.text = std::string(lv.display()) + " " + std::string(doc.text_of(start + lv.length, n));
            units.push_back(std::move(body));
          }
        }
      }
    }
    for (size_t k = 0; k < units.size(); ++k) {
      std::vector<UnitMention> bodies = bodies_sharing_place(doc, units[k], first);
      if (bodies.empty()) continue;
      const int32_t from = bodies.front().first;
      std::vector<UnitMention> kept;
      for (size_t q = 0; q < units.size(); ++q) {
        if (q == k) kept.insert(kept.end(), bodies.begin(), bodies.end());
        if (q == k || units[q].last <= from || units[q].first >= units[k].last) kept.push_back(units[q]);
      }
      units = std::move(kept);
      break;
    }
    for (size_t k = 0; k < units.size(); ++k) {
      // "Khối thi đua … gồm Phòng A, Phòng B": the members sign as the group; also with the
      // ministry owning the group between ("Cụm thi đua số 1, Bộ Công an gồm: …", "Cụm thi đua
      // số 1 - Bộ Công an (gồm …)").
      if (units[k].kind != UnitKind::kCluster && units[k].kind != UnitKind::kBlock) continue;
      int32_t g = units[k].last;
      // "Cụm thi đua số 4, thuộc Sở Giáo dục và Đào tạo gồm: …": any body owning the group, after
      // "thuộc"/"trực thuộc".
      static const std::string thuoc_key = word_key("thuộc"), truc_key = word_key("trực");
      bool owned = false;
      if (k + 1 < units.size())
        for (int32_t t = g; t < units[k + 1].first; ++t) owned |= doc.is_key(t, thuoc_key);
      if (k + 1 < units.size() && (units[k + 1].kind == UnitKind::kMinistry || owned)) {
        bool between = true;
        for (int32_t t = g; t < units[k + 1].first && between; ++t)
          between = doc.is_punct(t, ",") || doc.is_punct(t, "-") || doc.is_punct(t, "–") || doc.is_punct(t, "(") ||
                    doc.is_key(t, thuoc_key) || doc.is_key(t, truc_key);
        if (between) g = units[k + 1].last;
      } else if (k + 1 < units.size() && units[k + 1].first == g && units[k + 1].kind != UnitKind::kCluster &&
                 units[k + 1].kind != UnitKind::kBlock) {
        // "Cụm thi đua số 2 Liên hiệp Hội Việt Nam gồm …", "Cụm thi đua số 2 Hội Cựu chiến binh
        // (CCB) Việt Nam gồm …": the body owning the group, written right after it; its short
        // name in brackets and the rest of its name may follow the head the lexicon knows.
        g = units[k + 1].last;
        if (doc.is_punct(g, "(") && doc.is_punct(g + 2, ")") && doc.tokens[g + 1].all_caps) g += 3;
        while (g < last && g - units[k + 1].last < 6 && doc.is_word(g) && doc.tokens[g].capitalised) ++g;
      }
      // (s15-plan-a) the punctuation counted from the owner's end, however long its name ("Cụm thi
      // đua số 1 Viện kiểm sát nhân dân tỉnh A, gồm …").
      const int32_t owner_end = g;
      const auto skip_marks = [&] {
        while (g < last && g - owner_end < 8 && (doc.is_punct(g, ",") || doc.is_punct(g, "(") || doc.is_punct(g, ":"))) ++g;
      };
      skip_marks();
      // (s22-orgs) "Khối thi đua … năm 2024 gồm: …": the group's year between it and its list.
      static const std::string nam = word_key("năm");
      if (doc.is_key(g, nam) && doc.is_number(g + 1)) {
        g += 2;
        skip_marks();
      }
      if (lexicon::member_openers().match(doc, g, last) || members_counted_before(doc, g, last)) {
        units.resize(k + 1);
        break;
      }
    }
    // "Cụm thi đua số 3 do Công an tỉnh X làm Cụm trưởng tổ chức …": the unit after "do" says who
    // leads the group; the group organises.
    for (size_t k = 0; k + 1 < units.size(); ++k) {
      if (units[k].kind != UnitKind::kCluster && units[k].kind != UnitKind::kBlock) continue;
      if (units[k + 1].first == units[k].last + 1 && doc.is_key(units[k].last, do_key)) {
        units.erase(units.begin() + static_cast<std::ptrdiff_t>(k) + 1);
        break;
      }
      // "Cụm thi đua số 2 … gồm A, B, C do A làm cụm trưởng tổ chức …": also after the list.
      static const std::string lam = word_key("làm");
      for (size_t q = k + 1; q < units.size(); ++q) {
        if (!doc.is_key(units[q].first - 1, do_key) || !doc.is_key(units[q].last, lam)) continue;
        units.erase(units.begin() + static_cast<std::ptrdiff_t>(q));
        break;
      }
    }
    drop_own_party_committee(doc, units);
    // "Công an tỉnh A - đơn vị Cụm trưởng Cụm thi đua số 5 tổ chức …", "Công an tỉnh A (Cụm
    // trưởng) cùng …": the unit named by its role in the group hosts the group's meeting; the
    // group organises.
    for (size_t k = 0; k + 1 < units.size(); ++k) {
      const UnitMention& host = units[k];
      const UnitMention& group = units[k + 1];
      // … any unit: "Sở Thông tin và Truyền thông, Khối trưởng Khối Thi đua Văn hóa - Xã hội tổ chức …".
      if (host.kind == UnitKind::kCluster || host.kind == UnitKind::kBlock ||
          (group.kind != UnitKind::kCluster && group.kind != UnitKind::kBlock) || group.name.empty())
        continue;
      bool role = false;
      for (int32_t t = host.last; t < group.first && !role; ++t) {
        const auto r = lexicon::positions().match(doc, t, group.first + 1);
        role = r && (r.value() & (kGroupLeader | kGroupDeputy));
      }
      if (role) {
        // "UBND tỉnh A (Cụm phó) Cụm thi đua …, đăng cai tổ chức hội nghị": the unit that hosts
        // ("đăng cai") organises, not the group.
        static const std::string dang = word_key("đăng"), cai = word_key("cai");
        bool hosts = false;
        for (int32_t t = group.last; t + 1 < last && t - group.last <= 3 && !hosts; ++t)
          hosts = doc.is_key(t, dang) && doc.is_key(t + 1, cai);
        units.erase(units.begin() + static_cast<std::ptrdiff_t>(hosts ? k + 1 : k));
        break;
      }
    }
    // (s16-plan-b) "Ban Chấp hành Hội phụ nữ Cụm thi đua số 2 tổ chức …": a board leading a body
    // the gazetteer does not know, whose name ends with a unit it does know a few words on (no
    // punctuation between): the body, from after the board to the end of that unit, organises.
    for (size_t k = 0; k + 1 < units.size(); ++k) {
      UnitMention& board = units[k];
      const UnitMention& tail = units[k + 1];
      if (board.kind != UnitKind::kLeadership || board.inner_first >= 0 || tail.first <= board.last ||
          tail.first - board.last > 4 || !doc.tokens[board.last].capitalised)
        continue;
      bool plain = true;
      for (int32_t t = board.last; t < tail.first && plain; ++t) plain = doc.is_word(t);
      if (!plain) continue;
      board.text = clean(doc.text_of(board.last, tail.last));
      board.kind = UnitKind::kOffice;
      board.first = board.last;
      board.last = tail.last;
      board.level.reset();
      board.name.clear();
      units.erase(units.begin() + static_cast<std::ptrdiff_t>(k) + 1);
      break;
    }
    leadership_for_body(a, units);
    // "Công an tỉnh A cùng Công an các tỉnh B, C, D (Cụm thi đua số 7) ký …": the units listed
    // before a bracketed group are its members, and the group acts.
    for (const UnitMention& u : units) {
      if ((u.kind == UnitKind::kCluster || u.kind == UnitKind::kBlock) && !u.name.empty() && doc.is_punct(u.first - 1, "(") &&
          doc.is_punct(u.last, ")"))
        return std::vector<UnitMention>{u};
    }
    // "Cụm thi đua số 5, Bộ Công an", "Cụm thi đua số 1 (Bộ Công an)", "Cụm thi đua số 5, khối
    // các đơn vị trực thuộc Bộ Công an": the ministry owns the cluster, it does not co-organise.
    drop_bracketed_ministries(doc, units);
    std::vector<UnitMention> kept;
    for (size_t k = 0; k < units.size(); ++k) {
      if (k > 0 && (kept.back().kind == UnitKind::kCluster || kept.back().kind == UnitKind::kBlock)) {
        bool only_commas = true;
        const bool ministry = units[k].kind == UnitKind::kMinistry;
        // … and any unit the group belongs to: "Khối thi đua số 2 thuộc Công an tỉnh".
        // (s24-orgs) … or "của": "Khối thi đua số 10 của UBND tỉnh Đồng Nai tổ chức …".
        static const std::string thuoc = word_key("thuộc"), truc = word_key("trực"), cua = word_key("của");
        bool belongs = false;
        for (int32_t t = units[k - 1].last; t < units[k].first; ++t) {
          belongs |= doc.is_key(t, thuoc) || doc.is_key(t, cua);
          only_commas &= doc.is_punct(t, ",") || doc.is_punct(t, "-") || doc.is_punct(t, "–") ||
                         (ministry && (doc.is_punct(t, "(") || (doc.is_word(t) && !doc.tokens[t].capitalised)));
        }
        if (belongs && units[k].first - units[k - 1].last <= 2) {
          bool owner_words = true;
          for (int32_t t = units[k - 1].last; t < units[k].first; ++t)
            owner_words &= doc.is_key(t, thuoc) || doc.is_key(t, truc) || doc.is_key(t, cua);
          only_commas |= owner_words;
        }
        if (only_commas) continue;
      }
      kept.push_back(units[k]);
    }
    return kept;
  };
  if (event.sentence >= 0) {
    const Sentence& s = doc.sentences[event.sentence];
    found = subject_units(s.first, s.last);
    // "Lễ phát động do Công an tỉnh A và UBND huyện B tổ chức": the event opens the sentence and
    // its organisers follow "do", before the organising verb.
    if (found.empty()) found = organisers_after_do(a, s);
    // "Tham dự lễ xuất quân có Ban Giám đốc Công an TP.HCM và …": a lead opening with those who
    // attend, the unit's own leadership first among them — the unit holds the event.
    static const std::vector<std::string> tham_du = phrase_keys("tham dự"), du_key = phrase_keys("dự");
    static const std::string co = word_key("có");
    const bool attendance = (doc.is_key(s.first, tham_du[0]) && doc.is_key(s.first + 1, tham_du[1])) || doc.is_key(s.first, du_key[0]);
    if (found.empty() && attendance) {
      int32_t c = s.first + 1;
      while (c < s.last && c - s.first < 12 && !doc.is_key(c, co) && !doc.is_punct(c, ",")) ++c;
      if (doc.is_key(c, co))
        if (auto u = match_unit(doc, c + 1, s.last, a.unit_options());
            u && u->kind == UnitKind::kLeadership && u->inner_first >= 0)
          if (auto inner = match_unit(doc, u->inner_first, u->last, a.unit_options()); inner && !inner->list_prefix)
            found.push_back(std::move(*inner));
    }
    // "Công an tỉnh Gia Lai tổ chức hội nghị ký kết giao ước thi đua của Cụm thi đua số 6": a
    // province's police hosts the event the lead gives to a group; the group holds it.
    bool only_police = !found.empty();
    for (const UnitMention& u : found) only_police &= u.kind == UnitKind::kPolice && !u.list_prefix;
    const int32_t at = only_police ? first_trigger(a, s.first, s.last).first : -1;
    if (at >= 0) {
      for (UnitMention& g : find_units(doc, at, s.last, a.unit_options())) {
        // A cluster of the ministry, of which the police is a member; not a province's own
        // block of its districts, which the province's police organises.
        if (g.kind == UnitKind::kCluster && g.name.rfind("số ", 0) == 0) {
          found = {std::move(g)};
          break;
        }
      }
    }
    // (s27-orgs) "Sở A tham dự Lễ ký kết giao ước thi đua năm 2023 của Khối thi đua các cơ quan …",
    // "Trường B tham gia hội nghị tổng kết Cụm thi đua số 3": the subject attends (a member at
    // its group's event), the group named after the event holds it — any subject, any group.
    if (!found.empty()) {
      const auto [trig, trig_kind] = first_trigger(a, s.first, s.last);
      static const std::vector<std::string> tham_gia = phrase_keys("tham gia");
      bool attends = false;
      // The verb right before the event's words ("tham dự Lễ ký kết", "tham gia ký kết"), not a
      // "dự án" or "dự thảo" further back.
      for (int32_t k = std::max(found.back().last, trig - 4); trig >= 0 && k < trig && !attends; ++k) {
        const int32_t len = lexicon::attends_or_presides().match(doc, k, trig).length;
        attends = (len > 0 && trig - (k + len) <= 1) ||
                  (doc.is_key(k, tham_gia[0]) && doc.is_key(k + 1, tham_gia[1]) && trig - (k + 2) <= 1);
      }
      // (s27-orgs) "Đại tá A - Phó Bí thư Đảng ủy, Phó Giám đốc Công an TP đã chủ trì hội nghị tổng kết … Khối
      // thi đua Xây dựng lực lượng - Hậu cần": a person, named by the offices found, chairs the group's
      // meeting; the group holds it, not each of the person's bodies.
      static const std::vector<std::string> chu_tri = phrase_keys("chủ trì");
      bool person_chairs = false;
      for (int32_t k = std::max(found.back().last, trig - 3); trig >= 0 && k + 1 < trig && !person_chairs; ++k)
        person_chairs = doc.is_key(k, chu_tri[0]) && doc.is_key(k + 1, chu_tri[1]);
      if (person_chairs) {
        bool offices = true;
        static const std::string vien = word_key("viên");
        for (const UnitMention& u : found) {
          bool titled = doc.is_key(u.last, vien);  // "Thành ủy viên", "Tỉnh ủy viên": a member of it
          for (int32_t b = std::max(s.first, u.first - 4); b < u.first && !titled; ++b)
            titled = lexicon::positions().match(doc, b, u.first).length == u.first - b;
          offices &= titled;
        }
        person_chairs = offices;
      }
      if (attends || person_chairs)
        for (UnitMention& g : find_units(doc, trig, s.last, a.unit_options()))
          if ((g.kind == UnitKind::kCluster || g.kind == UnitKind::kBlock) && !g.name.empty()) {
            found = {std::move(g)};
            break;
          }
    }
  }
  // "Sáng 16/11, đã diễn ra hội nghị tổng kết … của Cụm thi đua số 8, Bộ Công an", "Hội nghị
  // tổng kết phong trào thi đua Cụm số 5": no subject, the event is the group's.
  if (found.empty() && event.sentence >= 0) {
    const Sentence& s = doc.sentences[event.sentence];
    const int32_t at = first_trigger(a, s.first, s.last).first;
    if (at >= 0) {
      for (UnitMention& u : find_units(doc, at, s.last, a.unit_options())) {
        if ((u.kind == UnitKind::kCluster || u.kind == UnitKind::kBlock) && !u.name.empty()) {
          found.push_back(std::move(u));
          break;
        }
      }
    }
  }
  // (s22-orgs) "Hội nghị tổng kết … năm 2024 của Công ty A đã diễn ra": no subject, the event's
  // own phrase names whose it is.
  if (found.empty() && event.sentence >= 0) {
    const Sentence& s = doc.sentences[event.sentence];
    const auto [at, kind] = first_trigger(a, s.first, s.last);
    if (at >= 0 && kind == event.kind)
      if (auto u = owner_after_cua(a, at, s.last, false)) found.push_back(std::move(*u));
  }
  // With no event, the lead's subject organises only a plan it issues or carries out ("UBND tỉnh
  // vừa ban hành kế hoạch …"); one that advises or reports results organises nothing.
  auto issues_plan = [&](int32_t first, int32_t last) {
    static const std::vector<std::vector<std::string>> verbs = {phrase_keys("kế hoạch"), phrase_keys("ban hành"),
                                                                phrase_keys("triển khai"), phrase_keys("phát động")};
    for (int32_t i = first; i < last; ++i)
      for (const auto& v : verbs) {
        bool same = i + static_cast<int32_t>(v.size()) <= last;
        for (size_t c = 0; c < v.size() && same; ++c) same = doc.is_key(i + static_cast<int32_t>(c), v[c]);
        if (same) return true;
      }
    return false;
  };
  if (found.empty() && (event.kind != EventKind::kNone || title.formal || issues_plan(title.token_first, title.token_last))) {
    found = subject_units(title.token_first, title.token_last);
    // (s23-orgs) "Bộ đội Biên phòng ban hành kế hoạch …" / "Bộ Tư lệnh Bộ đội Biên phòng vừa ban hành
    // …": a headline names the body short; the lead's first sentence naming it in full, the name ending
    // with the headline's, gives the full name.
    for (size_t si = 0; si < doc.sentences.size() && !found.empty(); ++si) {
      const Sentence& s = doc.sentences[si];
      if (s.line < title.body_line || s.first >= s.last || a.dates.stamp_line(s.line)) continue;
      for (UnitMention& u : found) {
        const std::string key = unit_key(u.text);
        for (const UnitMention& v : find_units(doc, s.first, s.last, a.unit_options())) {
          const std::string full = unit_key(v.text);
          // (s27-orgs) … not a board of that body ("Ủy ban MTTQ Việt Nam tỉnh phát động …" over "Ban Thường trực
          // Ủy ban MTTQ Việt Nam tỉnh vừa ban hành …"): a body's leadership board stands for the body.
          if (!v.list_prefix && full.size() > key.size() + 1 && full.compare(full.size() - key.size(), key.size(), key) == 0 &&
              full[full.size() - key.size() - 1] == ' ' && !(v.kind == UnitKind::kLeadership && v.inner_first >= 0)) {
            u = v;
            break;
          }
          // (s25-names) "Huyện Hồng Ngự phát động …" over "Uỷ ban nhân dân Huyện ban hành Kế hoạch …": a place
          // standing for its body in the headline is the body the lead names by its level alone.
          if (u.head.empty() && u.level && !u.name.empty() && !v.list_prefix && v.level == u.level && v.name.empty() &&
              !v.head.empty() && v.kind != UnitKind::kCluster && v.kind != UnitKind::kBlock) {
            const std::string name = u.name;
            u = v;
            u.name = name;
            u.level_text = level_word(*u.level);
            u.text = u.head + " " + u.level_text + " " + name;
            break;
          }
        }
      }
      break;
    }
  }
  if (found.empty() && title.issuer) found.push_back(*title.issuer);
  // (s22-orgs) "KẾ HOẠCH / Tổ chức phong trào thi đua … năm 2025 của Công an huyện A": a formal
  // text's subject names its issuer after "của".
  if (found.empty() && title.formal) {
    const int32_t from = title.token_first + lexicon::document_types().match(doc, title.token_first, title.token_last).length;
    if (auto u = owner_after_cua(a, from, title.token_last, true)) found.push_back(std::move(*u));
  }
  // "UBND tỉnh A vừa ban hành kế hoạch …", "Ngày 24-10, UBND tỉnh có văn bản số …", "…, Ủy ban nhân
  // dân tỉnh B xây dựng Kế hoạch …", "UBND tỉnh vừa quyết định thành lập …": with no event, the
  // subject of one of the first sentences of the body that issues a document issues the plan.
  if (found.empty() && event.sentence < 0) {
    static const Entry kIssues[] = {{"ban hành"}, {"quyết định"}, {"có văn bản"}, {"có công văn"},
                                    {"xây dựng kế hoạch"}, {"phát động"}, {"triển khai kế hoạch"}};
    static const PhraseTable issues(kIssues);
    int seen = 0;
    for (size_t si = 0; si < doc.sentences.size() && seen < 3 && found.empty(); ++si) {
      const Sentence& s = doc.sentences[si];
      if (s.line < title.body_line || a.dates.stamp_line(s.line) || s.first >= s.last) continue;
      ++seen;
      for (int32_t i = s.first + 1; i < s.last; ++i) {
        // a document of another issuer cited before ("Thực hiện Quyết định số … của Bộ …, …"):
        // the verb comes after the subject, never inside a reference
        if (!issues.match(doc, i, s.last) || doc.is_number(i + 2) || doc.is_key(i + 1, word_key("số"))) continue;
        // (s16-plan-b) "… hưởng ứng phong trào … do Bộ Công an phát động.": a launch of another body
        // the text refers to; that body holds nothing the text reports.
        static const std::vector<std::string> phat_dong = phrase_keys("phát động");
        if (doc.is_key(i, phat_dong[0]) && doc.is_key(i + 1, phat_dong[1]) && refers_to_earlier_launch(doc, i, 2, s.last)) continue;
        found = subject_units(s.first, i);
        // (s25-orgs) "Thực hiện Quyết định số 923/QĐ-TTg … của Thủ tướng Chính phủ ban hành Kế hoạch …, Ủy ban nhân
        // dân tỉnh A ban hành Kế hoạch … như sau:": the verb of the document cited names no subject of the
        // text's; the sentence's own verb comes after it.
        if (!found.empty()) break;
      }
    }
  }
  // "Dự hội nghị có …", "Hội nghị đã thông qua …": no subject anywhere, and the text is about
  // one group ("… các đơn vị trong Cụm thi đua số 3"): the group holds its own meetings.
  if (found.empty() && event.kind != EventKind::kNone) {
    std::vector<UnitMention> groups;
    for (UnitMention& u : find_units(doc, 0, doc.size(), a.unit_options())) {
      if ((u.kind != UnitKind::kCluster && u.kind != UnitKind::kBlock) || u.name.empty()) continue;
      bool same = false;
      for (const UnitMention& g : groups) same |= g.kind == u.kind && unit_key(g.name) == unit_key(u.name);
      if (!same) groups.push_back(std::move(u));
    }
    if (groups.size() == 1) found.push_back(std::move(groups.front()));
  }
  // "phong trào thi đua “Vì an ninh Tổ quốc” trong Công an tỉnh Lạng Sơn" in a review or a
  // meeting with no other organiser: the unit whose movement is reviewed holds the meeting.
  if (found.empty() && (event.kind == EventKind::kReview || event.kind == EventKind::kConference)) {
    static const std::vector<std::string> phong_trao = phrase_keys("phong trào");
    static const std::string trong = word_key("trong"), cua = word_key("của");
    for (int32_t i = 0; i + 2 < doc.size() && found.empty(); ++i) {
      if (!doc.is_key(i, phong_trao[0]) || !doc.is_key(i + 1, phong_trao[1])) continue;
      const Sentence& s = doc.sentence_of(i);
      // The movement's words, up to a closing quote or a few words, then "trong"/"của" a unit.
      int32_t k = i + 2;
      for (int32_t steps = 0; k < s.last && steps < 14 && !doc.is_key(k, trong) && !doc.is_key(k, cua); ++k, ++steps) {
        if (doc.is_punct(k, ",") || doc.is_punct(k, ";") || doc.is_punct(k, ".")) break;
      }
      if (k >= s.last || !(doc.is_key(k, trong) || doc.is_key(k, cua))) continue;
      if (auto u = match_unit(doc, k + 1, s.last, a.unit_options()); u && u->kind == UnitKind::kPolice && !u->list_prefix &&
                                                                     !u->name.empty())
        found.push_back(std::move(*u));
    }
  }
  // "Cụm số 5" where the text also writes "Cụm thi đua số 5": the full name.
  std::vector<UnitMention> everywhere;
  for (UnitMention& u : found) {
    if ((u.kind != UnitKind::kCluster && u.kind != UnitKind::kBlock) || u.name.empty()) continue;
    if (everywhere.empty()) everywhere = find_units(doc, 0, doc.size(), a.unit_options());
    for (const UnitMention& v : everywhere) {
      if (v.kind == u.kind && unit_key(v.name) == unit_key(u.name) && v.text.size() > u.text.size()) {
        const int32_t first = u.first, last = u.last;
        u = v;
        u.first = first;
        u.last = last;
        break;
      }
    }
  }
  // "Tổng cục An ninh, Bộ Công an tổ chức …": an office of the ministry with the ministry after a
  // comma is one organiser, named as written.
  // (s16-plan-d) … and an office of a police of a level the same way: "Phòng Cảnh sát PCCC&CNCH,
  // Công an tỉnh A", its name with "và" inside kept whole ("Phòng Cảnh sát Phòng cháy chữa cháy
  // và Cứu nạn cứu hộ, Công an tỉnh B"): the department of the province's police organises.
  static const std::string va_key = word_key("và");
  for (size_t k = 0; k + 1 < found.size(); ++k) {
    UnitMention& office = found[k];
    const UnitMention& ministry = found[k + 1];
    const bool police = ministry.kind == UnitKind::kPolice && ministry.level && !ministry.name.empty() && !ministry.list_prefix;
    if (office.kind != UnitKind::kOffice || (ministry.kind != UnitKind::kMinistry && !police) ||
        !doc.is_punct(ministry.first - 1, ","))
      continue;
    // the office's name running on after "và" in capitalised words up to the comma
    int32_t name_end = office.last;
    if (police && ministry.first - 1 > office.last) {
      bool runs_on = doc.is_key(office.last, va_key) && ministry.first - 1 - office.last <= 6;
      for (int32_t t = office.last + 1; t < ministry.first - 1 && runs_on; ++t) runs_on = doc.is_word(t);
      if (!runs_on || !doc.tokens[office.last + 1].capitalised) continue;
      name_end = ministry.first - 1;
    } else if (office.last + 1 != ministry.first) {
      continue;
    }
    if (name_end != office.last) office.text = clean(doc.text_of(office.first, name_end));
    office.text += ", " + ministry.text;
    office.last = ministry.last;
    found.erase(found.begin() + static_cast<std::ptrdiff_t>(k) + 1);
  }
  // (s25-names) "Cụm thi đua số 2 đã phát động …" in a text that names it once in full, "Cụm thi đua số 2 –
  // Khối các đơn vị trực thuộc Bộ trưởng", "Cụm thi đua số 2 các tỉnh trung du miền núi phía Bắc": a
  // numbered group called short is the group the text names at its fullest (its number and more).
  {
    const std::vector<UnitMention> all = find_units(doc, 0, doc.size(), a.unit_options());
    for (UnitMention& u : found) {
      if ((u.kind != UnitKind::kCluster && u.kind != UnitKind::kBlock) || u.list_prefix ||
          !std::any_of(u.name.begin(), u.name.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
        continue;
      const std::string key = unit_key(u.text);
      const UnitMention* fullest = nullptr;
      for (const UnitMention& w : all)
        if (w.kind == u.kind && !w.list_prefix && w.text.size() > (fullest ? fullest->text : u.text).size() &&
            unit_key(w.text).rfind(key + " ", 0) == 0)
          fullest = &w;
      if (fullest) {
        u.text = fullest->text;
        u.name = fullest->name;
      }
    }
  }
  std::vector<UnitMention> out;
  std::set<std::string> seen;
  // (s20-lead) "Ban Quản lý các Chương trình mục tiêu Quốc gia về …": a name cut after a word that
  // needs what follows it ("các", "và", "của", "về") is a fragment of a longer name, not a body —
  // not found rather than a wrong organiser.
  static const Entry kDangling[] = {{"các"}, {"và"}, {"của"}, {"về"}, {"cho"}, {"với"}, {"những"}};
  static const PhraseTable dangling(kDangling);
  for (UnitMention& u : found) {
    if (u.last - 1 > u.first && doc.is_word(u.last - 1) && !doc.tokens[u.last - 1].capitalised &&
        dangling.match(doc, u.last - 1, u.last))
      continue;
    if (seen.insert(unit_key(u.text)).second) out.push_back(std::move(u));
  }
  return out;
}

}  // namespace thidua::text::plan
