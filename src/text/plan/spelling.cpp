#include "text/plan/spelling.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "text/plan/lexicon.h"

namespace thidua::text::plan {
namespace {

struct Fix {
  int32_t first = 0, last = 0;  // tokens
  std::string to;
};

bool capitalised_words(const Document& doc, int32_t first, int32_t last) {
  for (int32_t k = first; k < last; ++k)
    if (!doc.is_word(k) || !doc.tokens[k].capitalised || doc.tokens[k].all_caps) return false;
  return true;
}

// A level ending right before token i (past the stop of "TP."): its value, -1 when none.
int level_before(const Document& doc, int32_t i) {
  const int32_t end = doc.is_punct(i - 1, ".") && doc.glued(i - 1) ? i - 1 : i;
  const auto lv = lexicon::levels().match_ending(doc, end, std::max(0, end - 3));
  return lv ? lv.value() : -1;
}

// "Sở", "Bộ", "Phòng" at token k: a head named by a field of state administration.
bool office_head(const Document& doc, int32_t k) {
  static const std::vector<std::string> heads = {word_key("sở"), word_key("bộ"), word_key("phòng")};
  return doc.is_word(k) && doc.tokens[k].capitalised && std::find(heads.begin(), heads.end(), doc.key(k)) != heads.end();
}

// A body that names a province without its level ending right before token i: "Công an", "UBND".
bool place_taking_head_before(const Document& doc, int32_t i) {
  const auto head = lexicon::unit_heads().match_ending(doc, i, std::max(0, i - 5));
  if (!head) return false;
  switch (static_cast<UnitKind>(head.value())) {
    case UnitKind::kPolice:
    case UnitKind::kCommittee:
    case UnitKind::kCouncil:
    case UnitKind::kParty:
    case UnitKind::kFront: return true;
    default: return false;
  }
}

}  // namespace

Document correct_spelling(Document doc) {
  constexpr int kCentralCity = 1;  // the provinces' value for a centrally-run city (lexicon_data.cpp)
  static const std::string va = word_key("và");
  std::vector<Fix> fixes;
  // Tokens where a province, or a department's field, ends (exclusive), as read or as corrected.
  std::vector<bool> province_end(static_cast<size_t>(doc.size()) + 1, false), field_end = province_end;
  for (int32_t i = 0; i < doc.size(); ++i) {
    if (!capitalised_words(doc, i, i + 1)) continue;
    const int32_t end = doc.sentence_of(i).last;
    if (const auto p = lexicon::provinces().match(doc, i, end)) {
      province_end[static_cast<size_t>(i + p.length)] = true;
      i += p.length - 1;
      continue;
    }
    if (office_head(doc, i - 1)) {
      auto field = lexicon::administrative_fields().match(doc, i, end);
      if (!field) {
        field = lexicon::administrative_fields().match_toneless(doc, i, end);
        if (field && capitalised_words(doc, i, i + 1)) fixes.push_back({i, i + field.length, std::string(field.display())});
        else field = {};
      }
      if (field) {
        field_end[static_cast<size_t>(i + field.length)] = true;
        i += field.length - 1;
        continue;
      }
    }
    const auto m = lexicon::provinces().match_toneless(doc, i, end);
    if (!m || !capitalised_words(doc, i, i + m.length)) continue;
    const int32_t after = i + m.length;
    if (doc.is_word(after) && doc.tokens[after].capitalised) continue;  // a longer name: "xã Hòa Bình Thạnh"
    const int level = level_before(doc, i);
    bool belongs = level == static_cast<int>(Level::kProvince) ||
                   (level == static_cast<int>(Level::kCity) && m.value() == kCentralCity);
    // "các tỉnh: Quãng Nam, Quãng Ngài", "tỉnh Bình Định, Quãng Nam": an item of a list of provinces.
    const bool separated = doc.is_punct(i - 1, ",") || doc.is_punct(i - 1, ";") || doc.is_punct(i - 1, ":") ||
                           doc.is_key(i - 1, va);
    if (!belongs && separated)
      belongs = province_end[static_cast<size_t>(i - 1)] || level_before(doc, i - 1) == static_cast<int>(Level::kProvince);
    // "Sở Tài chính Quãng Nam", "Công an Quãng Ngài": a province's body named without the level.
    if (!belongs) belongs = field_end[static_cast<size_t>(i)] || place_taking_head_before(doc, i);
    if (!belongs) continue;
    fixes.push_back({i, after, std::string(m.display())});
    province_end[static_cast<size_t>(after)] = true;
    i = after - 1;
  }
  if (fixes.empty()) return doc;
  std::string text, note;
  std::vector<std::pair<std::string, std::string>> told;
  size_t at = 0;
  for (const Fix& f : fixes) {
    const size_t begin = doc.tokens[f.first].begin, finish = doc.tokens[f.last - 1].end;
    text.append(doc.text, at, begin - at);
    text += f.to;
    at = finish;
    std::pair<std::string, std::string> pair{doc.text.substr(begin, finish - begin), f.to};
    if (std::find(told.begin(), told.end(), pair) != told.end()) continue;
    note += std::string(note.empty() ? "" : ", ") + "“" + pair.first + "” là “" + pair.second + "”";
    told.push_back(std::move(pair));
  }
  text.append(doc.text, at, std::string::npos);
  std::vector<std::string> notes = std::move(doc.notes);
  notes.push_back("Đã đọc tên viết sai dấu theo danh mục: " + note + ".");
  return analyse_normalised(std::move(text), std::move(notes));
}

}  // namespace thidua::text::plan
