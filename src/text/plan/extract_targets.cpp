// Targets (chỉ tiêu): "kéo giảm ít nhất 07% số vụ phạm tội … so với năm trước", "tiếp nhận, xử
// lý 100% tin báo …", "tỷ lệ giải quyết đạt trên 95%", "giảm tai nạn giao thông cả 03 tiêu chí",
// "bảo đảm tuyệt đối an toàn …".
#include <algorithm>
#include <cstdlib>
#include <set>

#include "text/plan/extract.h"
#include "text/vietnamese.h"

namespace thidua::text::plan {
namespace {

struct Keys {
  std::string va = word_key("và"), dat = word_key("đạt"), da = word_key("đã"), ca = word_key("cả"),
              cac = word_key("các"), nhung = word_key("những"), moi = word_key("mọi"), them = word_key("thêm"),
              rieng = word_key("riêng"), ba = word_key("ba"), o = word_key("ở"), tren = word_key("trên"),
              so = word_key("số");
  std::vector<std::string> trong_do = phrase_keys("trong đó"), tieu_chi = phrase_keys("tiêu chí"),
                           chi_tieu = phrase_keys("chỉ tiêu"), phan_dau = phrase_keys("phấn đấu");
  std::vector<std::string> tai_nan = phrase_keys("tai nạn"), tngt = phrase_keys("TNGT");
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

bool opens_target(const Document& doc, int32_t i, int32_t last) {
  return lexicon::target_starts().match(doc, i, last) || lexicon::qualitative_cues().match(doc, i, last);
}

// A verb that opens a new task or aim of the clause ("…, nâng cao tỷ lệ …", "… và đấu tranh có
// hiệu quả …"): the thing named before it ends there.
bool opens_task(const Document& doc, int32_t i, int32_t last) {
  static const Entry kTaskVerbs[] = {
      {"đấu tranh"}, {"nâng cao"}, {"tăng cường"}, {"đẩy mạnh"}, {"chủ động"}, {"triển khai"}, {"thực hiện"},
      {"xây dựng"}, {"kiềm chế"}, {"ngăn chặn"}, {"khắc phục"}, {"giữ vững"}, {"góp phần"}, {"tập trung"},
      {"chấp hành"}, {"kịp thời"}, {"phòng ngừa"}, {"quản lý"}, {"duy trì"}, {"phát huy"}, {"tổ chức"},
      {"tuyên truyền"}, {"phối hợp"}, {"làm tốt"}, {"thực hiện tốt"}, {"giải quyết dứt điểm"}, {"nâng"}};
  static const PhraseTable verbs(kTaskVerbs);
  return static_cast<bool>(verbs.match(doc, i, last));
}

// "cả 3 tiêu chí", "cả ba chỉ tiêu", "trên cả 03 tiêu chí" at i: its length, or 0.
int32_t all_three_criteria(const Document& doc, int32_t i) {
  const Keys& k = keys();
  // "cả 3 tiêu chí", and without "cả": "ở 3 tiêu chí", "trên 3 chỉ tiêu".
  if (!doc.is_key(i, k.ca) && !doc.is_key(i, k.o) && !doc.is_key(i, k.tren)) return 0;
  const bool three = (doc.is_number(i + 1) && std::atoi(doc.key(i + 1).c_str()) == 3) || doc.is_key(i + 1, k.ba);
  if (!three) return 0;
  if (seq_at(doc, i + 2, k.tieu_chi) || seq_at(doc, i + 2, k.chi_tieu)) return 4;
  // "trên cả ba mặt": the three sides of the accidents' toll.
  static const std::string mat = word_key("mặt");
  return doc.is_key(i, k.ca) && doc.is_key(i + 2, mat) ? 3 : 0;
}

// A percentage starting at token i (a second target in the same clause: "… 30% số đối tượng
// truy nã hiện có và 50% đối tượng truy nã mới phát sinh").
bool percent_at(const NumberIndex& numbers, int32_t i) {
  const NumberMention* n = numbers.starting(i);
  return n && n->percent;
}

// Where a measure stops: "so với …", "và" or "," before the next target, the clause's end.
// (s25-movement) A clause at token `from` of a few words (what it measures), then a verb of reaching
// and its own figure: "điều tra khám phá án đạt 85%", "tỷ lệ hộ dùng nước sạch đạt trên 98%".
bool reaches_own_figure(const Analysis& a, int32_t from, int32_t last) {
  const Document& doc = a.doc;
  for (int32_t t = from + 1; t < last && t - from <= 12 && (doc.is_word(t - 1) || doc.is_number(t - 1)); ++t) {
    // "…, kiến nghị khởi tố và tỷ lệ giải quyết đạt trên 95%": a noun listed after the comma, the next
    // target opening after "và" — the comma does not end this one.
    if (doc.is_key(t - 1, word_key("và"))) return false;
    const auto verb = lexicon::target_reach_verbs().match(doc, t, last);
    if (!verb || verb.length == 0) continue;
    const int32_t at = t + static_cast<int32_t>(verb.length);
    const NumberMention* n = a.numbers.starting(at);
    if (!n && at + 1 < last && lexicon::qualifiers().match(doc, at, last)) n = a.numbers.starting(at + 1);
    if (n && !n->word) return true;
  }
  return false;
}

// (s25-targets) "(riêng các xã đặc biệt khó khăn giảm 4%/năm; …)": a bracket holding a change and its own
// figure, opening at token `open`.
bool bracket_holds_change(const Analysis& a, int32_t open, int32_t last) {
  const Document& doc = a.doc;
  for (int32_t c = open + 1; c < last && !doc.is_punct(c, ")"); ++c) {
    const auto verb = lexicon::change_verbs().match(doc, c, last);
    if (!verb) continue;
    int32_t f = c + static_cast<int32_t>(verb.length);
    if (const auto adv = lexicon::figure_adverbs().match(doc, f, last)) f += static_cast<int32_t>(adv.length);
    if (const NumberMention* n = a.numbers.starting(f); n && n->percent) return true;
  }
  return false;
}

int32_t measure_end(const Analysis& a, int32_t p, int32_t last) {
  const Document& doc = a.doc;
  const Keys& k = keys();
  int32_t open = 0;  // brackets opened after the figure
  for (int32_t e = p; e < last; ++e) {
    // (s25-targets) "giảm 3-4%/năm) theo chuẩn …": a bracket closing that this measure did not open
    // closes the clause the figure stands in; a bracket setting changes of its own is not this measure.
    if (doc.is_punct(e, ")") && open-- == 0) return e;
    if (doc.is_punct(e, "(")) {
      if (bracket_holds_change(a, e, last)) return e;
      ++open;
    }
    if (lexicon::baselines().match(doc, e, last)) return e;
    if ((doc.is_key(e, k.va) || doc.is_punct(e, ",")) && percent_at(a.numbers, e + 1)) return e;
    // "67 công trình cấp tỉnh, 1.377 công trình cấp huyện": a second level of its own.
    if (doc.is_punct(e, ",") && e > p) {
      const NumberMention* n = a.numbers.starting(e + 1);
      if (n && !n->percent && !n->word && n->last < last && doc.is_word(n->last) && !doc.tokens[n->last].capitalised) return e;
    }
    // (s16-plan-c) "3 công trình … cấp huyện và 1 Công trình thanh niên cấp Bộ": joined by "và", the
    // second level counts the same noun again (whatever its case).
    if (doc.is_key(e, k.va) && e > p) {
      const NumberMention* n = a.numbers.starting(e + 1);
      bool same_noun = false;
      for (int32_t len = 1; n && len <= 3 && !same_noun && p - len >= 0 && n->last + len <= last; ++len) {
        same_noun = true;
        for (int32_t t = 0; t < len && same_noun; ++t)
          same_noun = doc.is_word(p - len + t) && word_key(doc.text_of(n->last + t, n->last + t + 1)) ==
                                                      word_key(doc.text_of(p - len + t, p - len + t + 1));
      }
      if (n && !n->percent && !n->word && e - p >= 2 && same_noun) return e;
    }
    if (doc.is_key(e, k.va) && opens_target(doc, e + 1, last)) return e;
    if ((doc.is_key(e, k.va) || doc.is_punct(e, ",")) && opens_task(doc, e + 1, last)) return e;
    // (s24-counts) "giữ vững 19 tiêu chí và hoàn thành 5 tiêu chí …": a second level to reach, its
    // own verb and figure after "và".
    if (doc.is_key(e, k.va)) {
      const auto verb = lexicon::target_reach_verbs().match(doc, e + 1, last);
      if (verb && a.numbers.starting(e + 1 + verb.length)) return e;
    }
    if (doc.is_punct(e, ",") && opens_target(doc, e + 1, last)) return e;
    // (s25-movement) "kéo giảm 10% số vụ tội phạm về trật tự xã hội, điều tra khám phá án đạt 85%": after
    // a comma, a clause naming what it measures and reaching its own figure is the next target.
    if (doc.is_punct(e, ",") && e > p && reaches_own_figure(a, e + 1, last)) return e;
    if (doc.is_punct(e, ";")) return e;
    if (doc.is_punct(e, ".") && !doc.glued(e + 1)) return e;  // the sentence ends
  }
  return last;
}

// A measure that lists counts, each opening with "số" ("số vụ tai nạn giao thông, số người chết
// và số người bị thương"): the counts, those after the first completed with what the first counts
// ("số người chết do tai nạn giao thông"); empty when it is not such a list.
// `subject` is what the counts are of when the text names it before the figure ("giảm tai nạn
// giao thông từ 5 - 10% số vụ, số người chết, bị thương"): "số vụ tai nạn giao thông", "số người
// chết do tai nạn giao thông". A fate after "số người …" without "số" is one more count of people
// ("số người chết, bị thương").
std::vector<std::string> listed_counts(const std::string& measure, const std::string& subject = {}) {
  static const char* const kFates[] = {"bị thương", "chết", "bị chết", "tử vong", "mất tích", "bị nạn"};
  std::vector<std::string> items;
  size_t from = 0;
  std::string before;  // the separator before the current part
  while (from <= measure.size()) {
    const size_t comma = measure.find(", ", from), va = measure.find(" và ", from);
    const size_t cut = std::min(comma, va);
    std::string item = measure.substr(from, cut == std::string::npos ? std::string::npos : cut - from);
    // "số vụ cháy, nổ": a part not opening with "số" belongs to the count before it.
    // "… bị chết và bị thương do tai nạn giao thông": a fate with the cause all the counts share.
    const bool fate = std::any_of(std::begin(kFates), std::end(kFates), [&](const char* f) {
      return item == f || item.rfind(std::string(f) + " do ", 0) == 0;
    });
    // "số vụ, người chết và bị thương": a count of people by their fate, "số" left out.
    static const std::string nguoi = "người ";
    const bool people_fate = item.rfind(nguoi, 0) == 0 && std::any_of(std::begin(kFates), std::end(kFates), [&](const char* f) {
                               return item.substr(nguoi.size()) == f;
                             });
    if (item.rfind("số ", 0) == 0) items.push_back(std::move(item));
    else if (people_fate && !items.empty()) items.push_back("số " + item);
    else if (items.empty()) return {};
    else if (fate && items.back().rfind("số người ", 0) == 0) items.push_back("số người " + item);
    else items.back() += before + item;
    if (cut == std::string::npos) break;
    before = cut == comma ? ", " : " và ";
    from = cut + before.size();
  }
  static const std::string so_vu = "số vụ ";
  // "số vụ, số người chết và số người bị thương do tai nạn giao thông": what the last counts is
  // what all count.
  std::string what = subject;
  if (what.empty() && items.size() >= 2) {
    const size_t d = items.back().find(" do ");
    if (d != std::string::npos) what = items.back().substr(d + 4);
  }
  if (items.size() >= 2 && !what.empty()) {
    for (std::string& item : items) {
      if (item.find(" do ") != std::string::npos || item.find(what) != std::string::npos) continue;
      item += (item == "số vụ" ? " " : " do ") + what;
    }
  }
  if (items.size() >= 2 && items[0].rfind(so_vu, 0) == 0) {
    const std::string what = items[0].substr(so_vu.size());
    for (size_t k = 1; k < items.size(); ++k)
      if (items[k].find(" do ") == std::string::npos && items[k].find(what) == std::string::npos) items[k] += " do " + what;
  }
  return items;
}

// Drops leading links and a trailing "cả 03 tiêu chí" (kept in the text, not in the measure).
std::pair<int32_t, int32_t> trim_measure(const Document& doc, int32_t first, int32_t last) {
  const Keys& k = keys();
  for (bool moved = true; moved && first < last;) {
    moved = false;
    if (doc.is_key(first, k.va) || doc.is_punct(first, ",") || doc.is_key(first, k.rieng) || doc.is_punct(first, "(")) {
      ++first;
      moved = true;
    } else if (seq_at(doc, first, k.trong_do) || seq_at(doc, first, k.phan_dau)) {
      first += 2;
      moved = true;
    }
  }
  for (int32_t i = first; i < last; ++i) {
    if (all_three_criteria(doc, i)) {
      last = i;
      break;
    }
  }
  static const Entry kTrailing[] = {{"trên"}, {"ở"}, {"về"}, {"theo"}, {"và"}, {"đối với"}};
  static const PhraseTable trailing(kTrailing);
  while (last > first) {
    const auto t = trailing.match_ending(doc, last, first);
    if (!t) break;
    last -= t.length;
  }
  return {first, last};
}

bool measurable(const Document& doc, int32_t first, int32_t last) {
  const Keys& k = keys();
  while (first < last && (doc.is_key(first, k.cac) || doc.is_key(first, k.nhung) || doc.is_key(first, k.moi))) ++first;
  return static_cast<bool>(lexicon::measurable_heads().match(doc, first, last));
}

bool of_population(const Document& doc, int32_t first, int32_t last) {
  const Keys& k = keys();
  while (first < last && (doc.is_key(first, k.cac) || doc.is_key(first, k.nhung) || doc.is_key(first, k.moi))) ++first;
  // "tỷ lệ cán bộ, chiến sĩ vi phạm kỷ luật": a share of people all the same.
  static const std::vector<std::string> ty_le = phrase_keys("tỷ lệ"), ti_le = phrase_keys("tỉ lệ");
  if (last - first > 2 && (seq_at(doc, first, ty_le) || seq_at(doc, first, ti_le))) first += 2;
  // "cai nghiện 100% số người nghiện ma túy": the number of people is a share of them.
  static const std::string so = word_key("số"), tong = word_key("tổng");
  if (last - first > 2 && doc.is_key(first, tong) && doc.is_key(first + 1, so)) ++first;  // "tổng số địa bàn …"
  if (last - first > 1 && doc.is_key(first, so) && lexicon::population_nouns().match(doc, first + 1, last)) return true;
  if (lexicon::population_nouns().match(doc, first, last)) return true;
  // (s16-plan-c) "tỷ lệ tái phạm tội trong số người chấp hành xong án tù", "tỷ lệ hộ nghèo trong
  // tổng số hộ": the population the rate is taken over, named after "trong (tổng) số".
  static const std::string trong = word_key("trong"), nguoi = word_key("người");
  for (int32_t k = first; k + 2 < last; ++k) {
    if (!doc.is_key(k, trong)) continue;
    int32_t p = k + 1;
    if (doc.is_key(p, tong)) ++p;
    if (!doc.is_key(p, so)) continue;
    if (doc.is_key(p + 1, nguoi) || lexicon::population_nouns().match(doc, p + 1, last)) return true;
  }
  return false;
}

// (s25-movement) "/ tổng số hội viên", "trên tổng số hộ", "so với tổng số …" right after a percentage at
// token p: the whole it is a share of. The token after that whole's words, or 0 when none is written.
int32_t over_a_whole(const Document& doc, int32_t p, int32_t last) {
  static const std::string tren = word_key("trên");
  static const std::vector<std::string> so_voi = phrase_keys("so với"), tong_so = phrase_keys("tổng số");
  if (doc.is_punct(p, "/") || doc.is_key(p, tren)) ++p;
  else if (seq_at(doc, p, so_voi)) p += 2;
  else return 0;
  if (!seq_at(doc, p, tong_so)) return 0;
  int32_t e = p + 2;
  while (e < last && doc.is_word(e)) ++e;
  return e > p + 2 ? e : 0;
}

// Reads "so với năm trước" / "so với năm 2024" at p: sets *previous_year, returns its end.
int32_t read_baseline(const Document& doc, int32_t p, int32_t last, int year, bool* previous_year) {
  const auto b = lexicon::baselines().match(doc, p, last);
  if (!b) return p;
  int32_t end = p + b.length;
  if (b.value() == 1) *previous_year = true;
  if (b.value() == 2 && doc.is_number(end)) {
    *previous_year = year > 0 && std::atoi(doc.key(end).c_str()) == year - 1;
    ++end;
  }
  return end;
}

// Where the words of a figure target start: after adverbials ("Năm 2025, …") and after
// "phấn đấu", so that "tỉnh phấn đấu 100% xã …" reads "100% xã …".
int32_t text_start(const Analysis& a, int32_t from, int32_t figure) {
  const Document& doc = a.doc;
  // "Cụ thể, …", "Đồng thời, …", "Hằng năm …": links of discourse and the habit of every year.
  static const Entry kDiscourse[] = {{"cụ thể"}, {"đồng thời"}, {"đặc biệt"}, {"ngoài ra"}, {"bên cạnh đó"},
                                     {"theo đó"}, {"hàng năm"}, {"hằng năm"}, {"mỗi năm"}, {"năm nay"}};
  static const PhraseTable discourse(kDiscourse);
  for (int32_t c = from; c < figure; ++c) {
    if (!doc.is_punct(c, ",")) continue;
    bool adverbial = lexicon::subject_openers().match(doc, from, c) && !seq_at(doc, from, keys().trong_do);
    if (const auto d = discourse.match(doc, from, c); d && from + d.length == c) adverbial = true;
    for (int32_t k = from; k < c && !adverbial; ++k) adverbial = a.dates.mention_at[k] >= 0;
    // "Năm 2025 phấn đấu tỷ lệ tiếp nhận, phân loại, …": the comma is inside what is striven
    // for; the date is dropped with "phấn đấu" below.
    for (int32_t k = from; k + 1 < c && adverbial; ++k)
      if (seq_at(doc, k, keys().phan_dau)) adverbial = false;
    if (!adverbial) break;
    from = c + 1;
  }
  for (int32_t t = from; t + 1 < figure; ++t)
    if (seq_at(doc, t, keys().phan_dau)) from = t + 2;
  // "Phấn đấu đến năm 2030 tỷ lệ hộ nghèo dưới 1%": when, before what is measured.
  static const Entry kWhen[] = {{"đến"}, {"đến hết"}, {"đến cuối"}, {"cuối"}, {"trong"}};
  static const PhraseTable when(kWhen);
  {
    const auto w = when.match(doc, from, figure);
    const int32_t at = from + (w ? w.length : 0);
    if (at < figure && a.dates.mention_at[static_cast<size_t>(at)] >= 0 &&
        a.dates.mention_starting_at(at) >= 0 && !doc.is_punct(at - 1, ","))
      from = std::max(at + 1, a.dates.mentions[static_cast<size_t>(a.dates.mention_starting_at(at))].last);
  }
  if (const auto d = discourse.match(doc, from, figure); d && from + d.length < figure) from += d.length;
  return trim_measure(doc, from, figure).first;
}

// A measure names something: it holds a letter (ASCII, or the lead byte of a Vietnamese letter:
// Latin-1 and Latin Extended-A/B, or Latin Extended Additional). ")", "–", "…", “ ” and figures
// alone are none, and a target without a measure is not emitted.
bool holds_letter(std::string_view measure) {
  for (const char ch : measure) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC3 && c <= 0xC6) || c == 0xE1) return true;
  }
  return false;
}

bool past(const Document& doc, int32_t verb, int32_t clause_first) {
  const Keys& k = keys();
  // "… cũng được kéo giảm 3 tiêu chí": a change undergone, reported as a result.
  static const std::string duoc = word_key("được");
  if (verb - 1 >= clause_first && doc.is_key(verb - 1, duoc) && lexicon::change_verbs().match(doc, verb)) return true;
  return (verb - 1 >= clause_first && doc.is_key(verb - 1, k.da)) ||
         (verb - 2 >= clause_first && doc.is_key(verb - 2, k.da));
}

// The figure of a target; a range keeps both ends and its value is the stricter end (the upper
// one, the lower for "at most").
void set_value(TargetResult& t, const NumberMention& n) {
  t.value = n.value;
  if (n.percent) t.unit = "%";
  if (n.range_min && n.range_max) {
    t.value_min = n.range_min;
    t.value_max = n.range_max;
    t.value = t.direction == Direction::kAtMost ? *n.range_min : *n.range_max;
  }
}

// (s25-targets) "2%/năm", "giảm 3-4%/năm", "0,08%o": a percentage per year (month, quarter) or per
// thousand — its unit is written with what follows the "%". The token after the figure and that.
int32_t figure_last(const Document& doc, const NumberMention& n) {
  // "tăng lên 1,5 lần", "tăng gấp 2 lần": a multiple, its unit "lần".
  static const std::string lan = word_key("lần");
  if (!n.percent) return doc.is_key(n.last, lan) && !n.word ? n.last + 1 : n.last;
  static const Entry kPeriods[] = {{"năm"}, {"tháng"}, {"quý"}};
  static const PhraseTable periods(kPeriods);
  if (doc.is_punct(n.last, "/") && doc.glued(n.last) && doc.glued(n.last + 1) && periods.match(doc, n.last + 1))
    return n.last + 2;
  static const std::string o = word_key("o");
  if (doc.is_key(n.last, o) && doc.glued(n.last)) return n.last + 1;
  return n.last;
}

void set_figure(const Document& doc, TargetResult& t, const NumberMention& n) {
  set_value(t, n);
  if (const int32_t end = figure_last(doc, n); end > n.last)
    t.unit = (n.percent ? "%" : "") + clean(doc.text_of(n.last, end));
}

// "số vụ tai nạn giao thông" → "tai nạn giao thông", so the three measures read naturally.
std::string strip_count_word(const std::string& measure) {
  for (const char* prefix : {"số vụ ", "số "})
    if (measure.rfind(prefix, 0) == 0) return measure.substr(std::string(prefix).size());
  return measure;
}

// "Công an thành phố đã triển khai …; chủ động nắm tình hình, không để xảy ra đột xuất, bất ngờ":
// what was not let happen, reported after "đã" earlier in the sentence with no aim set between.
bool reported_before(const Document& doc, int32_t cue) {
  // ("các mục tiêu, địa bàn trọng điểm", "các nhiệm vụ công tác" are what was protected or done)
  static const Entry kAim[] = {{"phấn đấu"}, {"chỉ tiêu"}, {"yêu cầu"}, {"đề nghị"}, {"chỉ đạo"},
                               {"cam kết"}, {"giao ước"}, {"để"}, {"nhằm"}, {"đăng ký"}};
  static const PhraseTable aim(kAim);
  const Sentence& s = doc.sentence_of(cue);
  for (int32_t k = cue - 1; k >= s.first; --k) {
    if (aim.match(doc, k, cue)) return false;
    if (doc.is_key(k, keys().da)) return true;
  }
  return false;
}

// "bảo đảm an ninh, an toàn tuyệt đối các sự kiện …", "bảo vệ an toàn tuyệt đối …": an aim held
// absolutely, "tuyệt đối" a few words after the verb of keeping. The verb's length and where
// "tuyệt đối" stands, or {0, -1}.
std::pair<int32_t, int32_t> absolute_aim(const Document& doc, int32_t i, int32_t last) {
  static const Entry kKeep[] = {{"bảo đảm"}, {"đảm bảo"}, {"bảo vệ"}, {"giữ vững"}, {"giữ"}};
  static const PhraseTable keep(kKeep);
  static const std::vector<std::string> tuyet_doi = phrase_keys("tuyệt đối");
  const auto v = keep.match(doc, i, last);
  if (!v) return {0, -1};
  for (int32_t t = i + v.length; t + 1 < last && t <= i + v.length + 6; ++t) {
    if (seq_at(doc, t, tuyet_doi)) return {v.length, t};
    if (!doc.is_word(t) && !doc.is_punct(t, ",")) break;
  }
  return {0, -1};
}

std::optional<Direction> rate_direction(const NumberMention& n) {
  return n.qualifier == Direction::kNone ? Direction::kEqual : n.qualifier;
}

// ---- absolute levels (conventions of s11-texts) ----------------------------------------------

// A level to reach that is not a percentage, at token i: "đạt hơn 43 triệu đồng", "gần 130 tỷ
// đồng", "trồng mới 500 ha rừng", "thành lập từ 4 hợp tác xã … trở lên", "có 1 xã đạt chuẩn …",
// "trên 550 lao động được giải quyết việc làm", "xây dựng 24 công an phường kiểu mẫu". A target
// of kind `rate`: the figure, the word after it as its unit (a currency or measure, or the noun
// counted), the measure what is measured or counted; direction above / at least from the
// qualifier, null after "gần" (nearly), equal otherwise. Pushes it and returns where the clause
// goes on, or 0 when there is none at i.
int32_t absolute_target(const Analysis& a, int32_t i, int32_t first, int32_t sub, int32_t last,
                        std::vector<TargetResult>& out) {
  const Document& doc = a.doc;
  static const std::string gan = word_key("gần"), tu = word_key("từ"), tro = word_key("trở"), len = word_key("lên");
  const bool nearly = doc.is_key(i, gan);
  const NumberMention* n = a.numbers.starting(nearly ? i + 1 : i);
  if (!n || n->percent || n->word || (nearly && n->qualifier != Direction::kNone)) return 0;
  // Currencies and measures (lexicon target_units), and the nouns a level counts.
  const PhraseTable& units = lexicon::target_units();
  const PhraseTable& counted = lexicon::target_counted_nouns();
  // Verbs of reaching or making a level ("đạt", "có", "xây dựng", "trồng mới", "thành lập" …).
  const PhraseTable& reach = lexicon::target_reach_verbs();
  int32_t figure_end = n->last;
  // (s25-movement) "tổng thu ngân sách địa phương 405 tỉ 449 triệu đồng": an amount written in two units,
  // read whole in the smaller one (405449 triệu đồng).
  std::optional<double> whole_amount;
  static const std::string ty = word_key("tỷ"), ti = word_key("tỉ");
  static const std::vector<std::string> trieu_dong = phrase_keys("triệu đồng");
  if (doc.is_key(figure_end, ty) || doc.is_key(figure_end, ti))
    if (const NumberMention* tail = a.numbers.starting(figure_end + 1);
        tail && !tail->percent && !tail->word && tail->value < 1000 && seq_at(doc, tail->last, trieu_dong)) {
      whole_amount = n->value * 1000 + tail->value;
      figure_end = tail->last;
    }
  // (s25-movement) "Giữ vững 5/5 phường văn minh đô thị", "xây dựng 16/16 xã, phường an toàn …": a level
  // written as a share of the units there are, N of M — the level is N of the noun after it.
  if (doc.is_punct(figure_end, "/") && doc.glued(figure_end) && !n->percent)
    if (const NumberMention* of = a.numbers.starting(figure_end + 1);
        of && doc.glued(figure_end + 1) && !of->percent && n->value <= of->value)
      figure_end = of->last;
  if (n->first >= 2 && doc.is_punct(n->first - 1, "/") && a.numbers.number_at[static_cast<size_t>(n->first - 2)] >= 0)
    return 0;
  // … and the tail of an amount in two units is no amount of its own.
  if (n->first >= 2 && (doc.is_key(n->first - 1, ty) || doc.is_key(n->first - 1, ti)) &&
      a.numbers.number_at[static_cast<size_t>(n->first - 2)] >= 0)
    return 0;
  // (s25-targets) "275,4 nghìn tấn", "45 ngàn tấn", "3 triệu lượt khách": a scale word before a unit
  // is part of it.
  static const Entry kScales[] = {{"nghìn"}, {"ngàn"}, {"triệu"}, {"vạn"}};
  static const PhraseTable scales(kScales);
  const int32_t scale = scales.match(doc, figure_end, last) && units.match(doc, figure_end + 1, last) ? 1 : 0;
  const auto unit_m = units.match(doc, figure_end + scale, last);
  const auto noun_m = unit_m ? PhraseTable::Match{} : counted.match(doc, figure_end, last);
  if (!unit_m && !noun_m) return 0;
  const int32_t start = nearly ? i : n->start();
  int32_t from = doc.is_key(start - 1, tu) ? start - 1 : start;  // "từ 4 hợp tác xã … trở lên"
  // The verb right before the figure, or what is measured before it.
  const auto verb = reach.match_ending(doc, from, std::max(sub, from - 6));
  if (verb && past(doc, from - verb.length, first)) return 0;
  // (s16-plan-c) Gifts given ("tặng 50 suất quà") are what the event gave; only a floor set for them
  // ("trao tặng ít nhất 100 suất quà") is a level to reach.
  const PhraseTable& give = lexicon::hand_over_verbs();
  if (verb && give.match(doc, from - verb.length, from) && n->qualifier != Direction::kAtLeast) return 0;
  // (s25-targets) "tặng Giấy khen cho 5 đơn vị của Khối": those awarded after "cho" were given to, no level
  // to reach (only a floor set for them is).
  static const std::string cho = word_key("cho");
  if (verb && doc.is_key(from - static_cast<int32_t>(verb.length), cho) && n->qualifier != Direction::kAtLeast)
    for (int32_t g = std::max(sub, from - 12); g < from - static_cast<int32_t>(verb.length); ++g)
      if (give.match(doc, g, from)) return 0;
  // "Công an mỗi đơn vị đã đóng góp 20 triệu đồng", "mỗi suất trị giá 01 triệu đồng": what was
  // given, and the worth of a gift, are no level to reach ("mỗi xã có ít nhất 2 mô hình" is).
  static const Entry kWorth[] = {{"trị giá"}, {"giá trị"}, {"tổng trị giá"}, {"kinh phí"}, {"số tiền"}};
  static const PhraseTable worth(kWorth);
  if (reported_before(doc, from)) return 0;
  // (s25-movement) "tổng giá trị sản xuất (giá so sánh 2010) đạt 8.057 tỉ đồng": a worth the subject
  // is to reach ("đạt") is an economy's level, not a gift's worth.
  static const std::string dat = word_key("đạt");
  const bool reached = verb && doc.is_key(from - static_cast<int32_t>(verb.length), dat);
  for (int32_t k = sub; k < from && !reached; ++k)
    if (worth.match(doc, k, from)) return 0;
  const auto [sf, sl] = trim_measure(doc, text_start(a, sub, from), verb ? from - verb.length : from);
  const bool subject = sf < sl;
  if (!verb && !(unit_m && subject) && !(noun_m && !subject)) return 0;
  // (s24-counts) Criteria are a level only after a verb of reaching ("hoàn thành 8 tiêu chí"); "giảm …
  // trên cả 3 tiêu chí" names the measures of a change.
  static const std::vector<std::string> tieu_chi = phrase_keys("tiêu chí");
  if (!verb && noun_m && seq_at(doc, figure_end, tieu_chi)) return 0;
  // (s21-lists) "10 phường thuộc quận ký giao ước thi đua với 6 chỉ tiêu": the units that sign the
  // pledge, counted, are its parties — no level to reach.
  if (!verb) {
    // (s25-targets) … and those who "sẽ thi đua" (will emulate) under it or agree on it ("Theo giao ước, 5
    // cơ quan thường trú … sẽ thi đua hoàn thành …", "10 đơn vị thống nhất thực hiện …"); units counted
    // as the subject of what they did ("16 đơn vị thành viên … đã tập trung thảo luận") are reported.
    static const Entry kSigns[] = {{"ký"}, {"ký kết"}, {"đã ký"}, {"đã ký kết"}, {"cùng ký"}, {"sẽ thi đua"},
                                   {"cùng thi đua"}, {"cùng nhau thi đua"}, {"thống nhất"}, {"đã"}};
    static const PhraseTable signs(kSigns);
    const int32_t noun_last = figure_end + (unit_m ? scale + static_cast<int32_t>(unit_m.length) : noun_m.length);
    // (s28-lists2) The units may be named at length before what they did ("17 đơn vị thành viên Khối thi đua sản
    // xuất kinh doanh Trung ương đóng trên địa bàn tỉnh đã bình bầu …"): words up to twenty on.
    for (int32_t k = noun_last; k < last && k <= noun_last + 20 && doc.is_word(k); ++k)
      if (signs.match(doc, k, last)) return 0;
  }
  TargetResult t;
  t.kind = "rate";
  t.value = whole_amount ? *whole_amount : n->value;
  t.direction = nearly ? Direction::kNone : n->qualifier == Direction::kNone ? Direction::kEqual : n->qualifier;
  // (s16-plan-c) "tối thiểu có 3 công trình", "ít nhất có 1 xã": the floor written before the verb.
  if (verb && t.direction == Direction::kEqual) {
    const int32_t v = from - verb.length;
    if (const auto q = lexicon::qualifiers().match_ending(doc, v, std::max(sub, v - 3)))
      t.direction = static_cast<Direction>(q.value());
  }
  // (s20-contents) "tối thiểu có 3 công trình …, và 1 Công trình …": an elliptic second level
  // after "và" in the same clause keeps the floor of the one before it.
  static const std::string va = word_key("và");
  if (!verb && t.direction == Direction::kEqual && doc.is_key(start - 1, va) && !out.empty() &&
      out.back().direction == Direction::kAtLeast && out.back().kind == "rate" && out.back().last <= start &&
      start - out.back().last <= 12)
    t.direction = Direction::kAtLeast;
  // "15 - 20 cơ quan, đơn vị … đạt danh hiệu …": a range of the level, both ends kept.
  if (n->range_min && n->range_max) {
    t.value_min = n->range_min;
    t.value_max = n->range_max;
    t.value = t.direction == Direction::kAtMost ? *n->range_min : *n->range_max;
  }
  const int32_t unit_first = figure_end;
  int32_t unit_last = figure_end + (unit_m ? scale + static_cast<int32_t>(unit_m.length) : noun_m.length);
  // (s25-movement) "16/16 xã, phường an toàn …", "12 xã, thị trấn": the nouns counted together, joined by
  // a comma, are the unit together.
  // (s25-targets) "cơ quan, đơn vị": "đơn vị" after another noun restates it in general terms, no noun of
  // its own.
  static const std::vector<std::string> don_vi = phrase_keys("đơn vị");
  while (noun_m && doc.is_punct(unit_last, ",") && unit_last + 1 < last && !seq_at(doc, unit_last + 1, don_vi))
    if (const auto more = counted.match(doc, unit_last + 1, last)) unit_last += 1 + static_cast<int32_t>(more.length);
    else break;
  // (s20-contents) "từ 1,5 triệu đồng/người trở lên": a currency per head or per month is the unit.
  if (unit_m && doc.is_punct(unit_last, "/") && doc.is_word(unit_last + 1) && unit_last + 1 < last) unit_last += 2;
  t.unit = clean(doc.text_of(unit_first, unit_last));
  const int32_t end = measure_end(a, unit_last, last);
  int32_t mf = 0, ml = 0;
  if (noun_m) {
    std::tie(mf, ml) = trim_measure(doc, unit_first, end);
  } else {
    std::tie(mf, ml) = trim_measure(doc, unit_last, end);  // "500 ha rừng": what follows the unit
    // "đạt 5.000 tỷ đồng trở lên": at least, the measure named before.
    if (mf + 1 < ml && doc.is_key(mf, tro) && doc.is_key(mf + 1, len)) {
      if (t.direction == Direction::kEqual) t.direction = Direction::kAtLeast;
      mf = ml;
    }
    if (mf >= ml || !doc.is_word(mf)) std::tie(mf, ml) = std::pair{sf, sl};
    if (mf >= ml) return 0;
  }
  // "từ 4 hợp tác xã … trở lên": at least, the measure without the end of the qualifier.
  for (int32_t k = mf; k + 1 < ml; ++k) {
    if (doc.is_key(k, tro) && doc.is_key(k + 1, len)) {
      if (from < start && t.direction == Direction::kEqual) t.direction = Direction::kAtLeast;
      ml = trim_measure(doc, mf, k).second;
      break;
    }
  }
  if (mf >= ml) return 0;
  // "có 1 xã đạt chuẩn nông thôn mới": after "có" the level counts what meets a standard; "Huyện
  // có 12 xã, thị trấn" describes the place.
  static const std::string co = word_key("có");
  // "mỗi xã có ít nhất 1 công trình …": a floor set ("ít nhất", "tối thiểu") is a level to reach.
  if (verb && doc.is_key(from - verb.length, co) && n->qualifier != Direction::kAtLeast &&
      t.direction != Direction::kAtLeast) {
    static const Entry kMeets[] = {{"đạt"}, {"được"}, {"không"}, {"hoàn thành"}};
    static const PhraseTable meets(kMeets);
    bool standard = false;
    for (int32_t k = mf; k < ml && !standard; ++k) standard = static_cast<bool>(meets.match(doc, k, ml));
    if (!standard) return 0;
  }
  t.measure = clean(doc.text_of(mf, ml));
  if (!holds_letter(t.measure)) return 0;
  const int32_t text_first = std::min(subject ? sf : from - (verb ? verb.length : 0), from - (verb ? verb.length : 0));
  t.first = text_first;
  t.last = end;
  t.text = clean(doc.text_of(text_first, end));
  out.push_back(std::move(t));
  return std::max(end, i + 1);
}

// (s21-lists) Token i stands inside a closed quotation after its first word: "phong trào “Cả nước
// chung tay vì người nghèo - không để ai bị bỏ lại phía sau”" — a name, whose words set no aim.
bool inside_quoted_name(const Document& doc, int32_t i) {
  for (const Quote& q : doc.quotes)
    if (q.closed && q.first < i && i < q.last) return true;
  return false;
}

void parse_clause(const Analysis& a, int32_t first, int32_t last, int year, std::vector<TargetResult>& out) {
  const Document& doc = a.doc;
  const Keys& k = keys();
  const size_t clause_begin = out.size();
  int32_t sub = first;  // start of the current part of the clause
  for (int32_t i = first; i < last;) {
    const auto q = lexicon::qualitative_cues().match(doc, i, last);
    const auto [keep_length, absolute_at] = q ? std::pair<int32_t, int32_t>{0, -1} : absolute_aim(doc, i, last);
    if ((q || absolute_at > 0) && inside_quoted_name(doc, i)) {
      ++i;
      continue;
    }
    if (q || absolute_at > 0) {
      const int32_t cue_length = q ? q.length : keep_length;
      // "không để xảy ra điểm nóng …, không để bị động, bất ngờ …": each "không để …" after a
      // comma is a target of its own ("không để xảy ra cháy, nổ, đua xe" lists one target's things).
      // It also ends where the clause goes on to another aim or task: ", kéo giảm 10% …", ", tỷ lệ
      // … đạt …", "… và đấu tranh có hiệu quả …".
      int32_t end = last;
      for (int32_t c = std::max(i + cue_length, absolute_at + 2); c + 1 < last; ++c) {
        const bool comma = doc.is_punct(c, ","), va = doc.is_key(c, k.va);
        if (!comma && !va) continue;
        if ((comma && (opens_target(doc, c + 1, last) || percent_at(a.numbers, c + 1))) ||
            opens_task(doc, c + 1, last)) {
          end = c;
          break;
        }
      }
      // "không để pháo nổ trái phép diễn ra": what is not to happen, without the verb after it.
      static const Entry kHappen[] = {{"diễn ra"}, {"xảy ra"}};
      static const PhraseTable happen(kHappen);
      int32_t measure_last = end;
      while (measure_last > i + cue_length && (doc.is_punct(measure_last - 1, ".") || doc.is_punct(measure_last - 1, "…") ||
                                               doc.is_punct(measure_last - 1, ",")))
        --measure_last;
      if (const auto h = happen.match_ending(doc, measure_last, i + cue_length + 1)) measure_last -= h.length;
      // (s20-audit) "đảm bảo tuyệt đối an ninh … dịp Tết … trong Lễ ra quân diễn ra ngày 12/12": the
      // gathering the aim was stated at is not part of what is to be secured.
      static const std::string trong = word_key("trong"), tai = word_key("tại");
      for (int32_t c = i + cue_length + 2; c + 1 < measure_last; ++c) {
        if (!(doc.is_key(c, trong) || doc.is_key(c, tai)) || !doc.tokens[c + 1].capitalised) continue;
        if (!lexicon::event_triggers().match(doc, c + 1, measure_last)) continue;
        measure_last = c;
        break;
      }
      TargetResult t;
      t.kind = "qualitative";
      t.text = clean(doc.text_of(i, end));
      t.first = i;
      t.last = end;
      if (absolute_at > 0) {
        const std::string kept = clean(doc.text_of(i + cue_length, absolute_at)),
                          rest = clean(doc.text_of(absolute_at + 2, measure_last));
        t.measure = kept.empty() ? rest : rest.empty() ? kept : kept + " " + rest;
      } else {
        t.measure = clean(doc.text_of(i + cue_length, measure_last));
      }
      // "không để xảy ra “điểm nóng”, đột xuất, bất ngờ": a measure opening with a quoted word
      // keeps the word, not its marks (no value of the import opens with a quote mark).
      static const std::string open_quote = "\u201C", close_quote = "\u201D";
      if (t.measure.rfind(open_quote, 0) == 0) {
        t.measure.erase(0, open_quote.size());
        if (const size_t c = t.measure.find(close_quote); c != std::string::npos) t.measure.erase(c, close_quote.size());
      }
      if (holds_letter(t.measure) && !reported_before(doc, i)) out.push_back(std::move(t));
      if (end == last) break;
      i = end + 1;
      sub = i;
      continue;
    }
    const auto verb = lexicon::change_verbs().match(doc, i, last);
    bool not_change = false;
    for (int32_t s = std::max(first, i - 2); s <= i && verb; ++s) {
      const auto nc = lexicon::not_change_verbs().match(doc, s, last);
      not_change |= nc && s + nc.length > i;
    }
    if (verb && !not_change) {
      int32_t p = i + verb.length;
      if (doc.is_key(p, k.them)) ++p;  // "kéo giảm thêm 2,5%"
      static const std::string gan = word_key("gần");
      if (doc.is_key(p, gan) && a.numbers.starting(p + 1)) ++p;  // "giảm gần 4% hộ nghèo": decrease 4
      // (s25-targets) "tăng khoảng 6%", "giảm bình quân 2%/năm": how the figure is taken, not what changes.
      if (const auto adv = lexicon::figure_adverbs().match(doc, p, last); adv && a.numbers.starting(p + adv.length))
        p += adv.length;
      // "tăng lên 1,5 lần", "tăng gấp 2 lần", "tăng lên gấp 3 lần": a multiple of what changes.
      static const std::string len_w = word_key("lên"), gap = word_key("gấp"), con_w = word_key("còn"),
                               xuong_w = word_key("xuống");
      for (int32_t skip = 1; skip <= 2; ++skip) {
        const NumberMention* m = a.numbers.starting(p + skip);
        if (!m || m->percent || figure_last(doc, *m) == m->last) continue;
        bool words = true;
        for (int32_t w = p; w < p + skip; ++w) words &= doc.is_key(w, len_w) || doc.is_key(w, gap);
        if (words) p += skip;
        break;
      }
      // (s25-targets) "tỷ lệ bao phủ bảo hiểm y tế tăng lên 95%", "… giảm xuống còn 3%": the level a rate is
      // brought to, read at its figure (a rate), not a change by that much.
      if ((doc.is_key(p, len_w) || doc.is_key(p, con_w) || doc.is_key(p, xuong_w)) && sub < i) {
        int32_t f = p + 1;
        if (doc.is_key(f, con_w)) ++f;
        const NumberMention* level_num = a.numbers.starting(f);
        const auto [sf0, sl0] = trim_measure(doc, text_start(a, sub, i), i);
        if (level_num && level_num->percent && sf0 < sl0) {
          i = p;
          continue;
        }
      }
      // "kéo giảm từ 5% số vụ …": "từ" before a lone figure (no "đến") marks no range; the thing
      // measured follows the figure.
      static const std::string tu = word_key("từ");
      if (doc.is_key(p, tu) && !a.numbers.starting(p)) {
        const NumberMention* lone = a.numbers.starting(p + 1);
        if (lone && lone->percent && !lone->range_min) ++p;
      }
      TargetResult t;
      t.kind = "change";
      t.direction = static_cast<Direction>(verb.value());
      const NumberMention* num = a.numbers.starting(p);
      if (num && num->word) num = nullptr;
      // (s25-targets) "tăng thêm ít nhất 1 trường chuẩn quốc gia", "tăng thêm 2 hợp tác xã": units added,
      // counted, are a level to reach (read at the figure as one), not a change of a rate.
      if (num && !num->percent && doc.is_key(p - 1, k.them) && t.direction == Direction::kIncrease &&
          lexicon::target_counted_nouns().match(doc, num->last, last)) {
        i = p;
        continue;
      }
      const bool figure_follows_verb = num != nullptr;
      if (num) p = figure_last(doc, *num);
      int32_t end = measure_end(a, p, last);
      auto [mf, ml] = trim_measure(doc, p, end);
      // (s25-targets) "tăng trung bình 9% mỗi năm": how the figure is taken, after it, names nothing.
      if (const auto adv = lexicon::figure_adverbs().match(doc, mf, ml); num && adv && mf + adv.length == ml) mf = ml;
      bool level = false;  // "giảm tỷ lệ … xuống dưới 0,5%": the level it is brought down to
      std::string counts_after;
      if (!num) {  // "kéo giảm tội phạm về trật tự xã hội từ 5% trở lên": the figure follows
        static const std::string xuong = word_key("xuống"), con = word_key("còn");
        for (int32_t f = mf; f < ml; ++f) {
          const NumberMention* after = a.numbers.starting(f);
          if (after && after->percent) {
            num = after;
            // "giảm tai nạn giao thông từ 5 - 10% số vụ, số người chết, bị thương": the counts
            // after the figure, of what is named before it.
            const int32_t after_last = figure_last(doc, *after);
            const auto [cf, cl] = trim_measure(doc, after_last, end);
            if (cf < cl && doc.is_key(cf, k.so)) counts_after = clean(doc.text_of(cf, cl));
            // "giảm số thương vong … mỗi năm 5-10%, hướng tới năm 2030 giảm ít nhất 50% …": a
            // comma after the figure before another change ends this one.
            if (counts_after.empty() && doc.is_punct(after_last, ",")) {
              for (int32_t c = after_last + 1; c < end; ++c) {
                if (lexicon::change_verbs().match(doc, c, end)) {
                  end = after_last;
                  break;
                }
              }
            }
            if (f > mf && (doc.is_key(f - 1, xuong) || doc.is_key(f - 1, con))) {
              level = true;
              --f;
              if (f > mf && doc.is_key(f, con) && doc.is_key(f - 1, xuong)) --f;  // "xuống còn dưới 3%"
            }
            ml = trim_measure(doc, mf, f).second;
            // (s25-targets) "giảm hộ nghèo cả tỉnh bình quân 1,5-2%/năm": how the figure is taken ends no measure.
            while (ml > mf) {
              const auto adv = lexicon::figure_adverbs().match_ending(doc, ml, mf);
              if (!adv) break;
              ml -= static_cast<int32_t>(adv.length);
            }
            break;
          }
        }
      }
      // "tai nạn giao thông giảm 3 - 5% so với năm 2022": the verb after what it changes, the
      // figure closing the clause.
      int32_t text_first = i;
      // "tai nạn giao thông giảm cả 3 tiêu chí": no figure, the criteria right after the verb,
      // what changes named before it.
      if (!num && mf >= ml && all_three_criteria(doc, p)) {
        const auto [sf, sl] = trim_measure(doc, sub, i);
        if (sf < sl && sl == i && measurable(doc, sf, sl)) {
          mf = sf;
          ml = sl;
          text_first = sf;
        }
      }
      if (num && mf >= ml && p == figure_last(doc, *num)) {
        // (s25-targets) "… so với cuối năm 2015 (riêng hộ nghèo ở … tăng gấp 2 lần)": what changes in a
        // bracket is named inside it.
        int32_t from_bracket = sub;
        for (int32_t c = sub; c < i; ++c)
          if (doc.is_punct(c, "(")) from_bracket = c + 1;
        // (s25-targets) "Huyện X phấn đấu giai đoạn 2025-2030 tổng giá trị … tăng bình quân 4,5%/năm": what
        // changes starts after "phấn đấu" and the adverbials, as a rate's subject does.
        auto [sf, sl] = trim_measure(doc, text_start(a, from_bracket, i), i);
        // "Phấn đấu năm 2025 tiếp tục giảm từ 5% trở lên": the year and "tiếp tục" say when and
        // how, not what changes.
        static const std::vector<std::string> tiep_tuc = phrase_keys("tiếp tục"), giai_doan = phrase_keys("giai đoạn");
        for (bool moved = true; moved && sf < sl;) {
          moved = false;
          if (seq_at(doc, sf, giai_doan)) sf += 2;
          if (const int32_t m = a.dates.mention_at[static_cast<size_t>(sf)]; m >= 0) {
            sf = std::max(sf + 1, a.dates.mentions[static_cast<size_t>(m)].last);
            moved = true;
          } else if (seq_at(doc, sf, tiep_tuc)) {
            sf += 2;
            moved = true;
          }
        }
        if (sf < sl && sl == i) {
          mf = sf;
          ml = sl;
          text_first = sf;
        }
      }
      if (level) {
        t.direction = num->qualifier == Direction::kNone ? Direction::kAtMost : num->qualifier;
        t.kind = of_population(doc, mf, ml) ? "share" : "rate";
      }
      if (num) set_figure(doc, t, *num);
      // "giảm tai nạn giao thông trên cả 3 chỉ tiêu": the three criteria are counts, whatever
      // word names the thing counted (even misspelt).
      bool criteria_follow = false;
      for (int32_t c = ml; c < std::min(last, end + 1) && !criteria_follow; ++c)
        criteria_follow = all_three_criteria(doc, c) > 0;
      // "Triển khai các biện pháp nhằm kiềm chế, giảm thiểu tai nạn giao thông": without a figure,
      // a change that measures or solutions aim at is their purpose, not a target.
      static const Entry kPurpose[] = {{"nhằm"}, {"giải pháp"}, {"biện pháp"}};
      static const PhraseTable purpose(kPurpose);
      bool purposed = false;
      for (int32_t c = first; c < i && !purposed; ++c) purposed = static_cast<bool>(purpose.match(doc, c, i));
      const bool ok = !past(doc, i, first) && mf < ml &&
                      (num || criteria_follow || (measurable(doc, mf, ml) && !purposed)) &&
                      holds_letter(clean(doc.text_of(mf, ml)));
      if (ok) {
        t.measure = clean(doc.text_of(mf, ml));
        // (s25-targets) "(riêng các huyện miền núi giảm 15%) so với năm trước": the baseline after the bracket.
        const int32_t text_end = doc.is_punct(end, ")") && lexicon::baselines().match(doc, end + 1, last)
                                     ? read_baseline(doc, end + 1, last, year, &t.previous_year)
                                     : read_baseline(doc, end, last, year, &t.previous_year);
        t.text = clean(doc.text_of(text_first, text_end));
        t.first = text_first;
        t.last = text_end;
        bool three = false;
        for (int32_t c = ml; c < std::min(last, end + 1) && !three; ++c) three = all_three_criteria(doc, c) > 0;
        // "… so với năm 2023 trên cả 3 tiêu chí": the criteria written after the baseline.
        for (int32_t c = text_end; c < last && c <= text_end + 1 && !three && text_end > end; ++c)
          three = all_three_criteria(doc, c) > 0;
        if (three) {
          // "giảm tai nạn giao thông cả 3 tiêu chí": the number of accidents, of deaths and of
          // injuries, each its own target.
          for (const char* pattern : {"số vụ %s", "số người chết do %s", "số người bị thương do %s"}) {
            TargetResult e = t;
            std::string m = pattern;
            m.replace(m.find("%s"), 2, strip_count_word(t.measure));
            e.measure = m;
            e.expanded = true;
            out.push_back(std::move(e));
          }
        } else if (const std::vector<std::string> listed =
                       counts_after.empty() ? listed_counts(t.measure) : listed_counts(counts_after, t.measure);
                   listed.size() >= 2) {
          // "giảm 5% số vụ tai nạn giao thông, số người chết và số người bị thương": each measure
          // listed is its own target.
          for (const std::string& m : listed) {
            TargetResult e = t;
            e.measure = m;
            e.expanded = true;
            out.push_back(std::move(e));
          }
        } else {
          out.push_back(std::move(t));
        }
        i = text_end;
        sub = i;
        continue;
      }
      // "… được kéo giảm 4,2%": the figure of a change reported is no rate either.
      // "Phấn đấu năm 2025 tiếp tục giảm từ 5% trở lên" with nothing named that changes: the
      // figure is the change's, not a rate of what comes before the verb.
      i = past(doc, i, first) && num           ? std::max(i + verb.length, num->last)
          : figure_follows_verb && mf >= ml ? std::max(i + verb.length, num->last)
                                            : i + verb.length;
      continue;
    }
    if (const NumberMention* found = a.numbers.starting(i); found && found->percent) {
      const NumberMention& num = *found;
      TargetResult t;
      t.direction = *rate_direction(num);
      set_figure(doc, t, num);
      const int32_t num_last = figure_last(doc, num);
      // "đạt 90%", and "đạt tỷ lệ 80%", "đạt mức 95%": the verb of reaching before the figure.
      static const Entry kReachRate[] = {{"đạt"}, {"đạt tỷ lệ"}, {"đạt tỉ lệ"}, {"đạt mức"}};
      static const PhraseTable reach_rate(kReachRate);
      const auto dat_m = reach_rate.match_ending(doc, num.start(), std::max(first, num.start() - 3));
      const bool after_dat = static_cast<bool>(dat_m);
      const int32_t dat_at = after_dat ? num.start() - dat_m.length : num.start();
      int32_t mf = 0, ml = 0, text_first = sub, text_end = num_last;
      // "tỷ lệ trả hồ sơ điều tra bổ sung dưới 0,1%, …": a rate named before its figure is the
      // measure, whatever follows the figure.
      int32_t subject_end = dat_at;
      // "Tỷ lệ hộ nghèo giảm còn dưới 2%": the level the rate is brought to.
      // (s25-targets) Brought down (value 1) to a level, the rate is to stay at most at it.
      static const Entry kBrought[] = {{"giảm còn", 1}, {"giảm xuống", 1}, {"giảm xuống còn", 1}, {"còn", 1}, {"xuống", 1},
                                       {"xuống còn", 1}, {"tăng lên", 2}, {"lên", 2}};
      static const PhraseTable brought(kBrought);
      bool brought_down = false;
      if (const auto b = brought.match_ending(doc, subject_end, std::max(sub, subject_end - 3)); b && !after_dat) {
        subject_end -= b.length;
        brought_down = b.value() == 1;
      }
      int32_t subject_first = text_start(a, sub, subject_end);
      // "nâng tỷ lệ che phủ rừng đạt hơn 62%": the rate, not the verb raising it.
      // (s25-targets) "mức giảm tỷ lệ hộ nghèo 1,5%": the size of a change is what is measured.
      static const std::string muc = word_key("mức");
      for (int32_t k = subject_first + 1; k < subject_first + 3 && k + 2 < subject_end && !doc.is_key(subject_first, muc); ++k)
        if (seq_at(doc, k, phrase_keys("tỷ lệ")) || seq_at(doc, k, phrase_keys("tỉ lệ"))) {
          subject_first = k;
          break;
        }
      static const std::vector<std::string> ty_le = phrase_keys("tỷ lệ"), ti_le = phrase_keys("tỉ lệ");
      const bool rate_subject = subject_first + 2 < subject_end &&
                                (seq_at(doc, subject_first, ty_le) || seq_at(doc, subject_first, ti_le));
      if (!after_dat && !rate_subject) {
        const int32_t end = measure_end(a, num_last, last);
        std::tie(mf, ml) = trim_measure(doc, num_last, end);
        text_first = sub;
        text_end = end;
      }
      if (after_dat || rate_subject || mf >= ml) {  // "tỷ lệ giải quyết đạt trên 95%": the measure is the subject
        mf = subject_first;
        ml = trim_measure(doc, mf, subject_end).second;
        text_first = sub;
        text_end = num_last;
      }
      // "giải quyết đạt 90% tin báo tố giác tội phạm": a bare verb before "đạt", the thing
      // measured after the figure.
      if (after_dat && mf < ml && ml - mf <= 2) {
        static const std::vector<std::vector<std::string>> verbs = {
            phrase_keys("giải quyết"), phrase_keys("xử lý"), phrase_keys("thu hồi"), phrase_keys("tiếp nhận"),
            phrase_keys("bắt giữ"), phrase_keys("phát hiện"), phrase_keys("khám phá")};
        bool bare_verb = false;
        for (const auto& v : verbs)
          if (static_cast<int32_t>(v.size()) == ml - mf && seq_at(doc, mf, v)) bare_verb = true;
        const int32_t end = measure_end(a, num.last, last);
        const auto [af, al] = trim_measure(doc, num.last, end);
        if (bare_verb && af < al) {
          mf = af;
          ml = al;
          text_end = end;
        }
      }
      const int32_t verb_at = dat_at;
      // A measure of punctuation only ("… (trên 500%)", ")") is none: never an empty string.
      // "… đạt hơn 75%, 90% đối với tội phạm đặc biệt nghiêm trọng": an elliptic second rate, its
      // measure after "đối với", its direction the first rate's when it writes none.
      static const std::vector<std::string> doi_voi = phrase_keys("đối với");
      bool elliptic = false;
      if (mf < ml && seq_at(doc, mf, doi_voi) && mf == num.last && out.size() > clause_begin && out.back().kind == "rate") {
        mf += 2;
        elliptic = true;
        if (num.qualifier == Direction::kNone && out.back().direction != Direction::kNone) t.direction = out.back().direction;
      }
      // "100% xã, thị trấn đã xây dựng mô hình …", "95% hộ gia đình … đã ký cam kết": what the
      // share did is reported, not striven for.
      // ("triệt phá 100% các tụ điểm … đã được xác định": after a verb, "đã" qualifies the thing.)
      bool done = false;
      for (int32_t d = mf; d < ml && !done && !after_dat && !rate_subject && text_start(a, sub, num.start()) == num.start(); ++d)
        done = doc.is_key(d, k.da);
      if (mf < ml && !done && !past(doc, verb_at, first) && holds_letter(clean(doc.text_of(mf, ml)))) {
        t.kind = of_population(doc, mf, ml) ? "share" : "rate";
        if (elliptic) t.kind = "rate";
        // (s25-targets) "tỷ lệ hộ nghèo giảm còn 10,34%", "tỷ lệ trẻ em … suy dinh dưỡng còn dưới 18%": a rate
        // named before its figure and brought down to a level — the rate of a place, to stay at most there.
        if (doc.is_key(mf, muc)) t.kind = "rate";
        if (brought_down && rate_subject) {
          t.kind = "rate";
          if (t.direction == Direction::kEqual) t.direction = Direction::kAtMost;
        }
        // (s25-movement) "vận động hội viên mua bảo hiểm y tế đạt 85%/ tổng số hội viên", "… đạt 90% trên
        // tổng số hộ": the whole the figure is taken over, written after it, makes it a share of that whole.
        if (const int32_t over = over_a_whole(doc, num.last, last); over > 0) {
          t.kind = "share";
          text_end = std::max(text_end, over);
        }
        // "100% cán bộ … hoàn thành nhiệm vụ, trong đó ít nhất 70% đạt …": the same people.
        if (doc.is_key(mf, k.dat) && out.size() > clause_begin) t.kind = out.back().kind;
        t.measure = clean(doc.text_of(mf, ml));
        // (s20-audit) "80% nông dân trở lên thực hiện tốt …": a bound written after the noun the
        // figure counts is the figure's (at least / at most), not words of the measure.
        static const std::string tro = word_key("trở"), len = word_key("lên"), xuong = word_key("xuống");
        for (int32_t b = mf + 1; b + 2 < ml && b - mf <= 4; ++b) {
          if (!doc.is_word(b - 1) || !doc.is_key(b, tro) || !(doc.is_key(b + 1, len) || doc.is_key(b + 1, xuong))) continue;
          if (t.direction == Direction::kEqual || t.direction == Direction::kNone)
            t.direction = doc.is_key(b + 1, len) ? Direction::kAtLeast : Direction::kAtMost;
          t.measure = clean(doc.text_of(mf, b)) + " " + clean(doc.text_of(b + 2, ml));
          break;
        }
        text_end = read_baseline(doc, text_end, last, year, &t.previous_year);
        text_first = text_start(a, text_first, num.start());
        t.text = clean(doc.text_of(text_first, text_end));
        t.first = text_first;
        t.last = text_end;
        out.push_back(std::move(t));
      }
      i = std::max(num.last, text_end);
      sub = i;
      continue;
    }
    // "thu nhập bình quân đầu người đạt hơn 43 triệu đồng", "trồng mới 500 ha rừng", "có 1 xã đạt
    // chuẩn nông thôn mới": a level to reach that is not a percentage.
    if (const int32_t next = absolute_target(a, i, first, sub, last, out)) {
      i = next;
      sub = i;
      continue;
    }
    // A new part of the clause starts after "và" / "," before a target, or after "trong đó".
    if ((doc.is_key(i, k.va) || doc.is_punct(i, ",")) && opens_target(doc, i + 1, last)) sub = i + 1;
    if (seq_at(doc, i, k.trong_do)) sub = i;
    if (doc.is_punct(i, ":")) sub = i + 1;  // "… đề ra chỉ tiêu: 100% …"
    ++i;
  }
  // "… và giảm 10% … so với năm trước": the baseline written once holds for the joined changes.
  bool previous = false;
  for (size_t t = out.size(); t > clause_begin; --t) {
    TargetResult& r = out[t - 1];
    if (r.kind != "change") continue;
    if (r.previous_year) previous = true;
    else if (previous && r.value) r.previous_year = true;
  }
}

// Lines whose sentences set targets: a section "III. CHỈ TIÊU …" and every paragraph that
// speaks of targets ("chỉ tiêu", "phấn đấu", "giao ước", "cam kết").
std::vector<bool> target_lines(const Analysis& a) {
  const Document& doc = a.doc;
  const int32_t n = static_cast<int32_t>(doc.lines.size());
  std::vector<bool> in(static_cast<size_t>(n), false);
  for (int32_t li = 0; li < n; ++li) {
    const Line& line = doc.lines[li];
    bool cue = false;
    for (int32_t i = line.first; i < line.last && !cue; ++i) cue = static_cast<bool>(lexicon::target_cues().match(doc, i, line.last));
    // "Kế hoạch được triển khai nhằm …; giảm tai nạn giao thông từ 5 - 10% …": what a plan, a
    // scheme or a programme the sentence opens with is carried out for are its targets.
    static const std::string nham = word_key("nhằm");
    static const Entry kPlans[] = {{"kế hoạch"}, {"đề án"}, {"chương trình"}};
    static const PhraseTable plans(kPlans);
    for (int32_t i = line.first; i < line.last && !cue; ++i) {
      if (!doc.is_key(i, nham)) continue;
      const Sentence& s = doc.sentence_of(i);
      for (int32_t k = s.first; k < i && k < s.first + 3 && !cue; ++k) cue = static_cast<bool>(plans.match(doc, k, i));
    }
    // (s17-plan-c) "… ký kết giao ước thi đua với các nội dung, chỉ tiêu trọng tâm." then a
    // paragraph "Đó là, 100% …; 99% …": what the targets announced just before are ("Đó là",
    // "Cụ thể", "Theo đó" opening the next paragraph).
    static const Entry kThatIs[] = {{"đó là"}, {"cụ thể"}, {"theo đó"}};
    static const PhraseTable that_is(kThatIs);
    if (!cue && li > 0 && in[static_cast<size_t>(li - 1)] && that_is.match(doc, line.first, line.last)) cue = true;
    if (!cue) continue;
    in[static_cast<size_t>(li)] = true;
    // "… ký giao ước thi đua với các nội dung sau:" and the list below it.
    if (doc.is_punct(line.last - 1, ":")) {
      for (int32_t next = li + 1; next < n && doc.lines[next].level > 0; ++next) in[static_cast<size_t>(next)] = true;
    }
    // A section "III. CHỈ TIÊU …" or "1. Mục tiêu" sets the targets of the lines under it.
    static const std::vector<std::string> muc_tieu = phrase_keys("mục tiêu");
    bool chi_tieu = false;
    for (int32_t i = line.first; i < line.last && !chi_tieu; ++i)
      chi_tieu = seq_at(doc, i, keys().chi_tieu) || (line.heading && seq_at(doc, i, muc_tieu));
    if (!line.heading || !chi_tieu) continue;
    for (int32_t next = li + 1; next < n; ++next) {
      const Line& l = doc.lines[next];
      if (l.level > 0 && line.level > 0 && l.level <= line.level) break;
      if (l.level == 0 && l.heading) break;
      in[static_cast<size_t>(next)] = true;
    }
  }
  return in;
}

// "Năm 2024, toàn tỉnh đã kéo giảm 6,2% …, tỷ lệ … đạt 85%" in a plan for 2025: a sentence or a
// clause (first … last) opening with an earlier year than the plan's, or a period gone by
// ("Giai đoạn 2020-2024, …", "Trong năm 2024, …"), reports that time.
bool opens_with_past_year(const Analysis& a, int32_t first, int32_t last, int year) {
  const Document& doc = a.doc;
  if (year <= 0) return false;
  static const std::string trong = word_key("trong");
  static const std::vector<std::string> giai_doan = phrase_keys("giai đoạn");
  int32_t k = doc.is_key(first, trong) ? first + 1 : first;
  if (seq_at(doc, k, giai_doan)) k += 2;
  const int32_t m = a.dates.mention_starting_at(k);
  if (m < 0) return false;
  const DateMention* d = &a.dates.mentions[static_cast<size_t>(m)];
  if (const int32_t r = a.dates.range_of(m); r >= 0 && a.dates.ranges[static_cast<size_t>(r)].end >= 0)
    d = &a.dates.mentions[static_cast<size_t>(a.dates.ranges[static_cast<size_t>(r)].end)];
  int32_t after = d->last;
  int end_year = d->year;
  // "2020-2024" read as a year and a figure.
  if (doc.is_punct(after, "-") && doc.is_number(after + 1) && doc.key(after + 1).size() == 4) {
    end_year = std::atoi(doc.key(after + 1).c_str());
    after += 2;
  }
  return d->has_year() && end_year < year && after < last && doc.is_punct(after, ",");
}

// A sentence or a clause (first … last) opening with the time gone by or the fruit of the work:
// "Năm qua, …", "Qua 6 tháng, …", "Kết quả năm 2024: …", "Hiện nay, …".
bool opens_with_time_gone(const Document& doc, int32_t first, int32_t last) {
  // … "Sau 5 năm thực hiện, …", "Từ đầu năm đến nay, …", "Đến nay, …", "Nhờ đó, …", "Theo báo
  // cáo, …": the time gone by, or the fruit of the work.
  static const Entry kPast[] = {{"năm qua"}, {"trong năm qua"}, {"thời gian qua"}, {"trong thời gian qua"},
                                {"qua"}, {"trong năm"}, {"kết quả"}, {"sau"}, {"đến nay"}, {"từ đầu năm"},
                                {"từ đầu năm đến nay"}, {"nhờ đó"}, {"theo báo cáo"}, {"theo thống kê"},
                                {"hiện nay"}, {"hiện tại"}};
  static const PhraseTable past_openers(kPast);
  static const std::string do_key = word_key("đó");
  if (const auto m = past_openers.match(doc, first, last)) {
    const int32_t after = first + m.length;
    // "Qua đó, …" (thereby) looks forward; a period needs its comma or its length ("Qua 6 tháng,").
    // "Kết quả năm 2024: …" heads the results with a colon.
    if (!doc.is_key(after, do_key)) {
      for (int32_t k = after; k < last && k - after <= 4; ++k)
        if (doc.is_punct(k, ",") || doc.is_punct(k, ":")) return true;
    }
  }
  return false;
}

// (s16-plan-c) "Trong tháng cao điểm “Vì người nghèo” (từ ngày 17-10 đến 18-11-2018), các tập thể …
// đóng góp …", "Qua đợt cao điểm từ 15/4 đến 30/6/2024, …": a sentence opening (before its first
// comma) with a period whose end is written and lies before the text's own date (its dateline) or
// in an earlier year than the text's reports that period.
bool opens_with_period_ended(const Analysis& a, int32_t first, int32_t last, int year) {
  const Document& doc = a.doc;
  static const Entry kOpen[] = {{"trong"}, {"qua"}, {"sau"}, {"kết thúc"}};
  static const PhraseTable open(kOpen);
  if (!open.match(doc, first, last)) return false;
  int32_t comma = first;
  while (comma < last && comma - first <= 30 && !doc.is_punct(comma, ",")) ++comma;
  if (comma >= last || comma - first > 30) return false;
  for (const DateRange& r : a.dates.ranges) {
    if (r.first < first || r.first >= comma || r.end < 0) continue;
    const DateMention& end = a.dates.mentions[static_cast<size_t>(r.end)];
    if (!end.has_year() || end.anniversary || end.reference) continue;
    if (a.dates.document_date) {
      const auto d = Date::from_ymd(end.year, end.month > 0 ? end.month : 12, end.day > 0 ? end.day : 1);
      if (d && *d < *a.dates.document_date) return true;
    } else if (year > 0 && end.year < year) {
      return true;
    }
  }
  return false;
}

// A sentence reporting results, not setting targets: it opens with the period gone by ("Năm
// qua, …", "Trong thời gian qua, …", "Qua 6 tháng, …", "Trong năm, …") or says the targets were
// met ("… hoàn thành vượt mức chỉ tiêu, tỷ lệ … đạt 88%"), and nothing in it is striven for.
bool reports_results(const Analysis& a, const Sentence& s, int year) {
  const Document& doc = a.doc;
  static const std::string hoan = word_key("hoàn"), thanh = word_key("thành"), vuot = word_key("vượt");
  bool striven = false;
  for (int32_t i = s.first; i < s.last && !striven; ++i) striven = seq_at(doc, i, keys().phan_dau);
  // "Các chỉ tiêu cụ thể: …", "Chỉ tiêu: …": a list labelled as targets sets them.
  for (int32_t i = s.first; i < s.last && i - s.first < 5 && !striven; ++i)
    striven = seq_at(doc, i, keys().chi_tieu) && [&] {
      for (int32_t k = i + 2; k < s.last && k - i < 5; ++k)
        if (doc.is_punct(k, ":")) return true;
      return false;
    }();
  // (s17-plan-c) "Đến hết năm 2025, có 99% số xã đạt chỉ tiêu 19.2 …", "Đến năm 2030, 100% …": a
  // deadline not gone by opens what is to be reached, not what was.
  if (!striven && year > 0) {
    static const std::string den = word_key("đến"), het = word_key("hết");
    int32_t k = s.first;
    if (doc.is_key(k, den)) {
      ++k;
      if (doc.is_key(k, het)) ++k;
      // The text's own year too ("Đến hết năm 2025" in a plan whose latest year is 2025), unless
      // the sentence says it was done ("đã").
      const int32_t m = a.dates.mention_starting_at(k);
      static const std::string da = word_key("đã");
      bool done = false;
      for (int32_t t = s.first; t < s.last && !done; ++t) done = doc.is_key(t, da);
      striven = m >= 0 && a.dates.mentions[static_cast<size_t>(m)].has_year() && !done &&
                a.dates.mentions[static_cast<size_t>(m)].year >= year;
    }
  }
  if (striven) return false;
  // "6 tháng đầu năm, …", "Trong 9 tháng qua, …", "Sáu tháng đầu năm 2024, …": months gone by.
  {
    int32_t k = s.first;
    static const std::string trong = word_key("trong");
    if (doc.is_key(k, trong)) ++k;
    const NumberMention* n = a.numbers.starting(k);
    const auto word = lexicon::number_words().match(doc, k, s.last);
    const int32_t after = n ? n->last : word ? k + word.length : -1;
    static const std::string thang = word_key("tháng"), cuoi = word_key("cuối");
    // … "Trong 5 năm qua, …": years gone by.
    static const std::string nam = word_key("năm"), qua = word_key("qua");
    if (after > k && doc.is_key(after, nam) && doc.is_key(after + 1, qua)) return true;
    if (after > k && doc.is_key(after, thang) && !doc.is_key(after + 1, cuoi)) {
      for (int32_t c = after + 1; c < s.last && c - after <= 6; ++c)
        if (doc.is_punct(c, ",")) return true;
    }
  }
  if (opens_with_time_gone(doc, s.first, s.last)) return true;
  if (opens_with_period_ended(a, s.first, s.last, year)) return true;
  // "So với cùng kỳ năm 2024, tai nạn giao thông giảm 8,5% …": a comparison opening the
  // sentence reports how the period went.
  if (lexicon::baselines().match(doc, s.first, s.last)) {
    for (int32_t k = s.first + 2; k < s.last && k - s.first <= 6; ++k)
      if (doc.is_punct(k, ",")) return true;
  }
  if (opens_with_past_year(a, s.first, s.last, year)) return true;
  for (int32_t i = s.first; i < s.last; ++i) {
    // … or reached them: "cơ bản đạt hiệu quả các chỉ tiêu thi đua đề ra, trong đó tỷ lệ …".
    const bool met = (doc.is_key(i, hoan) && doc.is_key(i + 1, thanh)) || doc.is_key(i, vuot) || doc.is_key(i, keys().dat);
    if (!met) continue;
    for (int32_t k = i + 1; k < s.last && k - i <= 5; ++k)
      if (seq_at(doc, k, keys().chi_tieu)) return true;
  }
  return false;
}

// A sentence outside the paragraphs that set targets that still states what is not to happen:
// a directive or a plan's task ("tăng cường các phương án …, không để hình thành điểm nóng …",
// "Chủ động nắm tình hình …, không để xảy ra đột xuất, bất ngờ"). Not in a review, where such
// words report the period gone by, nor beside words of a result ("đã", "đạt", "kết quả",
// "được kiềm chế").
bool states_aims(const Analysis& a, const Sentence& s, EventKind event) {
  if (event == EventKind::kReview) return false;
  const Document& doc = a.doc;
  static const Entry kNotLet[] = {{"không để"}};
  static const PhraseTable not_let(kNotLet);
  static const Entry kResult[] = {{"đã"}, {"đạt"}, {"kết quả"}, {"được kiềm chế"}, {"vừa qua"}, {"thời gian qua"}};
  static const PhraseTable result(kResult);
  bool aim = false;
  for (int32_t i = s.first; i < s.last; ++i) {
    if (result.match(doc, i, s.last)) return false;
    aim |= static_cast<bool>(not_let.match(doc, i, s.last));
  }
  return aim;
}

// (s24-counts) "Thông qua đợt phát động nhằm củng cố vững chắc 11 tiêu chí và tập trung thực hiện
// hoàn thành 8 tiêu chí còn lại", "tập trung thực hiện đạt 7 tiêu chí ấp nông thôn mới": a sentence
// setting the criteria of a standard to reach — a verb of reaching, then a figure and "tiêu chí" —
// states an aim outside the paragraphs that set targets; "đã" before the verb reports them met.
bool aims_at_criteria(const Analysis& a, const Sentence& s) {
  const Document& doc = a.doc;
  static const std::string da = word_key("đã");
  static const std::vector<std::string> tieu_chi = phrase_keys("tiêu chí");
  for (int32_t i = s.first; i < s.last; ++i) {
    if (doc.is_key(i, da)) return false;
    const auto verb = lexicon::target_reach_verbs().match(doc, i, s.last);
    if (!verb) continue;
    const NumberMention* n = a.numbers.starting(i + verb.length);
    if (n && !n->percent && seq_at(doc, n->last, tieu_chi)) return true;
  }
  return false;
}

// (s24-counts) "… và 05 chỉ tiêu cơ bản như: Tiếp tục duy trì thực hiện Công trình thanh niên “…” …
// trị giá 80 triệu đồng; triển khai Chương trình “Triệu cây xanh …” trong …; tiếp tục duy trì mô hình
// tuyên truyền “…”…": each item of a list the text announces as its targets ("N chỉ tiêu (cơ bản) như:
// / gồm:") is a target — qualitative, its measure the work past the verbs that open it, or a level of
// the work's worth ("trị giá 80 triệu đồng"). Items already read as targets are left as they are.
void listed_targets(const Analysis& a, std::vector<TargetResult>& out) {
  const Document& doc = a.doc;
  static const std::vector<std::string> chi_tieu = phrase_keys("chỉ tiêu"), tri_gia = phrase_keys("trị giá");
  static const Entry kIntro[] = {{"như"}, {"gồm"}, {"bao gồm"}, {"như sau"}};
  static const PhraseTable intro(kIntro);
  static const Entry kOpeners[] = {{"tiếp tục"}, {"duy trì"}, {"thực hiện"}, {"triển khai"}, {"tổ chức"},
                                   {"xây dựng"}, {"đẩy mạnh"}, {"nâng cao"}, {"phát huy"}, {"hoàn thành"}};
  static const PhraseTable openers(kOpeners);
  const PhraseTable& currencies = lexicon::worth_currencies();
  for (const Sentence& s : doc.sentences) {
    for (int32_t i = s.first; i + 3 < s.last; ++i) {
      if (!seq_at(doc, i, chi_tieu) || a.numbers.number_at[static_cast<size_t>(std::max(0, i - 1))] < 0) continue;
      int32_t j = i + 2;
      for (int steps = 0; steps < 3; ++steps)
        if (const auto q = lexicon::goal_qualifiers().match(doc, j, s.last)) j += q.length;
      if (const auto m = intro.match(doc, j, s.last)) j += m.length;
      if (!doc.is_punct(j, ":")) continue;
      for (int32_t f = j + 1; f < s.last;) {
        int32_t l = f;
        while (l < s.last && !doc.is_punct(l, ";")) {
          if (const Quote* q = doc.quote_opening(l); q && q->closed && q->last < s.last) l = q->last;
          ++l;
        }
        int32_t e = l;
        while (e > f && (doc.is_punct(e - 1, "\u2026") || doc.is_punct(e - 1, ".") || doc.is_punct(e - 1, ","))) --e;
        const bool read = std::any_of(out.begin(), out.end(), [&](const TargetResult& t) { return t.first >= f && t.first < l; });
        int32_t m = f;
        while (const auto v = openers.match(doc, m, e)) m += v.length;
        if (!read && m < e && e - f >= 2) {
          TargetResult t;
          t.kind = "qualitative";
          t.text = clean(doc.text_of(f, e));
          t.first = f;
          t.last = e;
          int32_t measure_last = e;
          for (int32_t k = m; k + 2 < e; ++k) {
            if (!seq_at(doc, k, tri_gia)) continue;
            const NumberMention* n = a.numbers.starting(k + 2);
            const auto c = n ? currencies.match(doc, n->last, e) : PhraseTable::Match{};
            if (n && c && !n->percent) {
              t.kind = "rate";
              t.direction = Direction::kEqual;
              t.value = n->value;
              t.unit = clean(doc.text_of(n->last, n->last + c.length));
              measure_last = k;
            }
            break;
          }
          t.measure = clean(doc.text_of(m, measure_last));
          if (!t.measure.empty()) out.push_back(std::move(t));
        }
        f = l + 1;
      }
    }
  }
}

}  // namespace

std::vector<TargetResult> extract_targets(const Analysis& a, int year, EventKind event) {
  const Document& doc = a.doc;
  const std::vector<bool> lines = target_lines(a);
  std::vector<TargetResult> out;
  for (const Sentence& s : doc.sentences) {
    if (reports_results(a, s, year)) continue;
    const bool aims_only = !lines[static_cast<size_t>(s.line)];
    if (aims_only && !states_aims(a, s, event) && !aims_at_criteria(a, s)) continue;
    const size_t sentence_begin = out.size();
    int32_t start = s.first;
    for (int32_t i = s.first; i <= s.last; ++i) {
      if (i < s.last) {
        if (const Quote* q = doc.quote_opening(i)) {
          i = std::max(i, q->last);
          continue;
        }
        if (!doc.is_punct(i, ";")) continue;
      }
      // "…; Giai đoạn 2020-2024, số vụ … giảm 15,3%; phấn đấu …": a clause of its own reporting
      // an earlier period, in a sentence that also strives.
      bool striven = false;
      for (int32_t c = start; c + 1 < i && !striven; ++c) striven = seq_at(doc, c, keys().phan_dau);
      if (i > start && (striven || (!opens_with_past_year(a, start, i, year) && !opens_with_time_gone(doc, start, i))))
        parse_clause(a, start, i, year, out);
      start = i + 1;
    }
    // Outside the paragraphs that set targets only the things not to let happen are read, and
    // the shares of people or units the same directive asks for ("…; 100% cán bộ, chiến sĩ có bản
    // lĩnh chính trị vững vàng; …, không để bị động, bất ngờ").
    if (aims_only)
      out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(sentence_begin), out.end(),
                               [](const TargetResult& t) {
                                 // (s24-counts) "Thông qua đợt phát động nhằm củng cố vững chắc 11 tiêu chí",
                                 // "tập trung thực hiện đạt 7 tiêu chí ấp nông thôn mới": the criteria of a
                                 // standard to reach are an aim wherever the text sets them.
                                 return t.kind != "qualitative" && t.kind != "share" && t.unit != "tiêu chí";
                               }),
                out.end());
  }
  listed_targets(a, out);
  // "… tiếp tục giảm tai nạn giao thông, phấn đấu giảm số thương vong … 5-10%": a change without
  // a figure that heads or sits beside figured targets of its sentence only announces them.
  // A review reports levels reached ("Năm 2023, toàn huyện có 5 xã đạt chuẩn …"): there an
  // absolute level is a target only in a sentence that strives for one ("phấn đấu", "mục tiêu" …).
  if (event == EventKind::kReview) {
    static const Entry kSets[] = {{"phấn đấu"}, {"mục tiêu"}, {"đăng ký"}, {"năm tới"}};
    static const PhraseTable sets(kSets);
    out.erase(std::remove_if(out.begin(), out.end(),
                             [&](const TargetResult& t) {
                               if (t.kind != "rate" || t.unit == "%" || t.first < 0) return false;
                               const Sentence& sen = doc.sentence_of(t.first);
                               for (int32_t k = sen.first; k < sen.last; ++k)
                                 if (sets.match(doc, k, sen.last)) return false;
                               return true;
                             }),
              out.end());
  }
  // Not a count of its own ("giảm các vụ cháy, nổ …", "kéo giảm số vụ …"): a measure opening
  // with a count word is a target beside the others.
  static const Entry kCountWords[] = {{"số"}, {"các vụ"}, {"vụ"}, {"số lượng"}};
  static const PhraseTable count_words(kCountWords);
  const auto line_of = [&](const TargetResult& t) { return t.first >= 0 ? doc.tokens[t.first].line : -1; };
  std::vector<bool> drop(out.size(), false);
  for (size_t x = 0; x < out.size(); ++x) {
    const TargetResult& t = out[x];
    if (t.kind != "change" || t.value || t.expanded || line_of(t) < 0) continue;
    if (count_words.match(doc, t.last > t.first ? t.first + 1 : t.first) || count_words.match(doc, t.first + 2)) continue;
    drop[x] = std::any_of(out.begin(), out.end(), [&](const TargetResult& o) {
      return &o != &t && o.value && line_of(o) == line_of(t);
    });
  }
  for (size_t x = out.size(); x > 0; --x)
    if (drop[x - 1]) out.erase(out.begin() + static_cast<std::ptrdiff_t>(x - 1));
  std::vector<TargetResult> unique;
  std::set<std::string> seen;
  for (TargetResult& t : out) {
    if (!seen.insert(t.text + "\n" + t.measure).second) continue;
    // The same target said again (a headline's "Phấn đấu giảm ít nhất 3% tội phạm hình sự" and
    // the body's "… giảm tội phạm hình sự ít nhất 3% so với năm 2018"): one target, the fuller.
    // A headline states it shorter ("xử lý trên 90% tin báo …" over the body's "tỷ lệ xử lý tin
    // báo … đạt trên 90%"): one measure holding the other is the same target, the body's kept.
    const auto headline = [&](const TargetResult& r) { return r.first >= 0 && doc.tokens[r.first].line == 0; };
    const auto same = std::find_if(unique.begin(), unique.end(), [&](const TargetResult& u) {
      if (!(u.kind == t.kind && u.direction == t.direction && u.value == t.value && u.value_min == t.value_min &&
            u.value_max == t.value_max && u.unit == t.unit && u.expanded == t.expanded))
        return false;
      const std::string um = fold(u.measure), tm = fold(t.measure);
      if (um == tm) return true;
      return headline(u) != headline(t) && (um.find(tm) != std::string::npos || tm.find(um) != std::string::npos);
    });
    if (same == unique.end()) {
      unique.push_back(std::move(t));
    } else if ((t.previous_year && !same->previous_year) || (headline(*same) && !headline(t))) {
      t.previous_year |= same->previous_year;
      *same = std::move(t);
    }
  }
  return unique;
}

}  // namespace thidua::text::plan
