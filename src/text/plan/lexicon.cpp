#include "text/plan/lexicon.h"

#include <algorithm>

namespace thidua::text::plan {

PhraseTable::PhraseTable(std::span<const Entry> entries) {
  for (const Entry& e : entries) {
    Pattern p{phrase_keys(e.written), &e};
    if (p.keys.empty()) continue;
    longest_ = std::max(longest_, static_cast<int32_t>(p.keys.size()));
    by_first_[p.keys.front()].push_back(std::move(p));
  }
  for (auto& [first, patterns] : by_first_) {
    std::stable_sort(patterns.begin(), patterns.end(),
                     [](const Pattern& a, const Pattern& b) { return a.keys.size() > b.keys.size(); });
  }
  for (const Entry& e : entries) {
    Pattern p{{}, &e};
    for (const std::string& k : phrase_keys(e.written))
      if (k != ",") p.keys.push_back(toneless_key(k));
    if (p.keys.size() < 2) continue;
    by_first_toneless_[p.keys.front()].push_back(std::move(p));
  }
}

std::string toneless_key(std::string_view key) {
  std::string out(key);
  if (out.size() > 1 && out.back() >= '1' && out.back() <= '5' &&
      !(out[out.size() - 2] >= '0' && out[out.size() - 2] <= '9'))
    out.pop_back();
  return out;
}

PhraseTable::Match PhraseTable::match_toneless(const Document& doc, int32_t i, int32_t end) const {
  Match best;
  if (!doc.is_word(i) || i >= end) return best;
  auto it = by_first_toneless_.find(toneless_key(doc.key(i)));
  if (it == by_first_toneless_.end()) return best;
  bool ambiguous = false;
  for (const Pattern& p : it->second) {
    const int32_t length = static_cast<int32_t>(p.keys.size());
    if (i + length > end || length < best.length) continue;
    bool same = true;
    for (int32_t k = 0; k < length && same; ++k)
      same = doc.is_word(i + k) && toneless_key(doc.key(i + k)) == p.keys[static_cast<size_t>(k)];
    if (!same) continue;
    if (length > best.length) {
      best = Match{length, p.entry};
      ambiguous = false;
    } else if (p.entry->display() != best.display()) {
      ambiguous = true;
    }
  }
  return ambiguous ? Match{} : best;
}

int32_t PhraseTable::try_pattern(const Pattern& p, const Document& doc, int32_t i, int32_t end) const {
  size_t k = 0;
  int32_t t = i;
  while (k < p.keys.size()) {
    if (t >= end) {
      // A trailing optional comma is never required.
      while (k < p.keys.size() && p.keys[k] == ",") ++k;
      return k == p.keys.size() ? t - i : 0;
    }
    const std::string& key = doc.key(t);
    if (key == p.keys[k]) {
      ++k;
      ++t;
      continue;
    }
    if (p.keys[k] == ",") {  // a comma in an entry is optional in the text
      ++k;
      continue;
    }
    const std::vector<std::string>* expansion = abbreviation(key);
    if (!expansion || doc.tokens[t].kind != TokenKind::kWord) return 0;
    size_t q = k;
    for (const std::string& e : *expansion) {
      if (e == ",") continue;
      while (q < p.keys.size() && p.keys[q] == ",") ++q;
      if (q >= p.keys.size()) break;  // "TNGT" is a "tai nạn …": the entry is a prefix of it
      if (p.keys[q] != e) return 0;
      ++q;
    }
    k = q;
    ++t;
  }
  return t - i;
}

PhraseTable::Match PhraseTable::match(const Document& doc, int32_t i, int32_t end) const {
  Match best;
  if (!doc.in(i) || i >= end) return best;
  auto consider = [&](const std::string& first) {
    auto it = by_first_.find(first);
    if (it == by_first_.end()) return;
    for (const Pattern& p : it->second) {
      if (best && static_cast<int32_t>(p.keys.size()) < best.length) break;
      const int32_t len = try_pattern(p, doc, i, end);
      if (len > best.length) best = Match{len, p.entry};
    }
  };
  consider(doc.key(i));
  if (const std::vector<std::string>* expansion = abbreviation(doc.key(i))) consider(expansion->front());
  return best;
}

PhraseTable::Match PhraseTable::match_ending(const Document& doc, int32_t end, int32_t min_begin) const {
  for (int32_t begin = std::max(min_begin, end - longest_); begin < end; ++begin) {
    Match m = match(doc, begin, end);
    if (m && begin + m.length == end) return m;
  }
  return {};
}

}  // namespace thidua::text::plan
