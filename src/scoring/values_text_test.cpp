// IndicatorValues::from_text (the fast reader of a stored report's values) against the full
// parser it replaces on the load path: on every input, plain or hostile, the same row (missing
// cells missing, bit for bit) or the same refusal.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "core/error.h"
#include "scoring/indicator.h"
#include "scoring/test_fixtures.h"

namespace thidua::scoring {
namespace {

using nlohmann::json;
using testing::catalogue;

// What reading `text` gives: the row (cells as bits, so NaN and -0 compare exactly), or the
// refusal ("invalid: message" for Error, "parse" for a JSON syntax error).
struct Outcome {
  std::vector<uint64_t> bits;
  std::string refusal;
  bool operator==(const Outcome&) const = default;
};

template <class F>
Outcome outcome(F read) {
  Outcome o;
  try {
    IndicatorValues v = read();
    for (double d : v.row()) {
      uint64_t b;
      std::memcpy(&b, &d, sizeof b);
      o.bits.push_back(b);
    }
  } catch (const Error& e) {
    o.refusal = "invalid: " + std::string(e.what());
  } catch (const json::exception&) {
    o.refusal = "parse";
  }
  return o;
}

Outcome reference(const std::string& text) {
  return outcome([&] { return IndicatorValues::from_json(catalogue(), json::parse(text)); });
}
Outcome fast(const std::string& text) {
  return outcome([&] { return IndicatorValues::from_text(catalogue(), text); });
}
bool plain(const std::string& text) {
  std::vector<double> row(static_cast<size_t>(catalogue().columns()), kMissing);
  return IndicatorValues::decode_plain(catalogue(), text, row);
}

std::vector<std::string> codes(bool reported) {
  std::vector<std::string> out;
  for (const auto& ind : catalogue().indicators())
    if (ind.reported() == reported) out.push_back(ind.code);
  return out;
}

TEST(IndicatorValuesText, AbsentAndNullStayMissingAndZeroStaysZero) {
  const auto& cat = catalogue();
  const std::string code = codes(true).at(0);
  for (const std::string& text : std::vector<std::string>{"{}", "{\"" + code + "\":null}", " { \"" + code + "\" : null } "}) {
    ASSERT_TRUE(plain(text)) << text;
    EXPECT_TRUE(missing(IndicatorValues::from_text(cat, text).get(code))) << text;
  }
  const std::string zero = "{\"" + code + "\":0}";
  ASSERT_TRUE(plain(zero));
  EXPECT_EQ(IndicatorValues::from_text(cat, zero).get(code), 0.0);
  // Every other reported code of the report stays missing, never 0.
  IndicatorValues v = IndicatorValues::from_text(cat, zero);
  for (const auto& other : codes(true)) {
    if (other != code) EXPECT_TRUE(missing(v.get(other))) << other;
  }
}

TEST(IndicatorValuesText, WhatTheServerStoresIsReadWithoutTheFullParser) {
  // The text IndicatorValues::to_json().dump() writes for a report (every reported code, null
  // where missing) takes the fast path and reads back exactly.
  const auto& cat = catalogue();
  IndicatorValues v(cat);
  int i = 0;
  for (const auto& code : codes(true)) {
    if (i++ % 3 == 0) continue;  // left missing
    v.set(code, cat.at(code).kind == IndicatorKind::kSum ? 12.25 : 7.0);  // numerators within denominators
  }
  v.check_ratios();
  const std::string text = v.to_json().dump();
  ASSERT_TRUE(plain(text)) << text;
  EXPECT_EQ(fast(text), reference(text));
  EXPECT_TRUE(fast(text).refusal.empty());
}

TEST(IndicatorValuesText, UnusualTextGoesToTheFullParserAndIsReadTheSame) {
  const std::string c = codes(true).at(0), derived = codes(false).at(0);
  const std::string q = "\"" + c + "\"";
  const std::vector<std::string> cases = {
      // A duplicate key: the full parser keeps the last one, null included.
      "{" + q + ":5," + q + ":null}", "{" + q + ":null," + q + ":5}",
      // An escaped key, a BOM, non-ASCII.
      "{\"\\u00" + std::to_string(static_cast<int>(c[0]) / 16) + std::string(1, "0123456789abcdef"[c[0] % 16]) +
          c.substr(1) + "\":3}",
      "\xEF\xBB\xBF{" + q + ":3}", "{\"t\xC3\xA9\":1}",
      // Numbers the fast path leaves alone, or refuses for the full parser to explain.
      "{" + q + ":-0}", "{" + q + ":-1}", "{" + q + ":1e400}", "{" + q + ":123456789012345678901234}",
      "{" + q + ":1.5}", "{" + q + ":2e3}", "{" + q + ":1E+2}", "{" + q + ":01}", "{" + q + ":1.}", "{" + q + ":.5}",
      "{" + q + ":+1}", "{" + q + ":1e}", "{" + q + ":1000000000001}", "{" + q + ":NaN}", "{" + q + ":Infinity}",
      // Other values, other shapes.
      "{" + q + ":\"5\"}", "{" + q + ":true}", "{" + q + ":[1]}", "{" + q + ":{}}", "{" + q + ":nul}",
      "{" + q + ":nullx}", "{\"" + derived + "\":1}", "{\"" + derived + "\":null}", "{\"khong_co\":1}",
      "[]", "null", "", "{", "{" + q + "}", "{" + q + ":}", "{" + q + ":1,}", "{," + q + ":1}", "{" + q + ":1} x",
      "{" + q + ":1}{}", "{" + q + " 1}", "{'" + c + "':1}", "{" + q + ":1\x01}", "{\"a\nb\":1}",
      "\t\r\n{\t" + q + "\r:\n7 }\n",
  };
  for (const auto& text : cases) EXPECT_EQ(fast(text), reference(text)) << text;
  EXPECT_FALSE(plain("{" + q + ":5," + q + ":null}"));
  EXPECT_FALSE(plain("{" + q + ":-1}"));
  EXPECT_TRUE(plain("\t\r\n{\t" + q + "\r:\n7 }\n"));
}

TEST(IndicatorValuesText, RandomReportsAndMutationsOfThemReadAsTheFullParserReadsThem) {
  const auto& cat = catalogue();
  const std::vector<std::string> reported = codes(true), derived = codes(false);
  std::mt19937_64 rng(20261204);
  auto pick = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  const char* spaces[] = {"", " ", "  ", "\n", "\t", "\r\n "};
  auto ws = [&] { return std::string(pick(4) ? "" : spaces[pick(6)]); };
  auto number = [&]() -> std::string {
    switch (pick(12)) {
      case 0: return "null";
      case 1: return std::to_string(rng() % 1000000000000ULL);
      case 2: return std::to_string(pick(100)) + "." + std::to_string(pick(100));
      case 3: return std::to_string(pick(100)) + "e" + std::to_string(pick(4));
      case 4: return "-" + std::to_string(pick(10));
      case 5: return std::to_string(pick(1000)) + ".0";
      case 6: return "0";
      case 7: return std::to_string(pick(50)) + ".125";
      default: return std::to_string(pick(500));
    }
  };
  int fast_path = 0, refused = 0;
  const int kReports = 20000;
  for (int n = 0; n < kReports; ++n) {
    std::string text = ws() + "{";
    const size_t members = pick(reported.size() + 3);
    for (size_t m = 0; m < members; ++m) {
      std::string code = pick(40) ? reported[pick(reported.size())] : pick(2) ? derived[pick(derived.size())] : "x";
      text += (m ? "," : "") + ws() + "\"" + code + "\"" + ws() + ":" + ws() + number() + ws();
    }
    text += "}" + ws();
    if (n % 4 == 3) {  // hostile: bytes flipped, cut, inserted
      const int edits = 1 + static_cast<int>(pick(3));
      for (int e = 0; e < edits && !text.empty(); ++e) {
        const size_t at = pick(text.size());
        switch (pick(3)) {
          case 0: text[at] = static_cast<char>(rng() & 0xff); break;
          case 1: text.resize(at); break;
          default: text.insert(at, 1, "{}[]\",:-.e0n\\ \x80"[pick(15)]); break;
        }
      }
    }
    const Outcome want = reference(text), got = fast(text);
    ASSERT_EQ(got, want) << text;
    fast_path += plain(text) ? 1 : 0;
    refused += want.refusal.empty() ? 0 : 1;
  }
  // Both paths were exercised: many reports read fast, and many inputs refused.
  EXPECT_GT(fast_path, kReports / 20);
  EXPECT_GT(refused, kReports / 10);
  (void)cat;
}

}  // namespace
}  // namespace thidua::scoring
