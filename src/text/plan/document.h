// Layer 1 of plan import: a Vietnamese text made regular and cut into lines, sentences, quotes
// and tokens. Everything above this layer (dates, numbers, gazetteers, extractors) reads a
// Document and never the raw input.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace thidua::text::plan {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct };

struct Token {
  TokenKind kind = TokenKind::kPunct;
  uint32_t begin = 0, end = 0;  // bytes of Document::text
  // The matching key (see word_key): lower case with vowel marks, the tone moved to a trailing
  // digit ("giảm" → "giam3", "Giám" → "giam2", "ủy" and "uỷ" → "uy3"). Digits for a number,
  // the character itself for punctuation.
  std::string key;
  bool space_before = false;  // white space or the start of a line before it
  bool capitalised = false;   // the first letter is upper case
  bool all_caps = false;      // two or more letters, all upper case ("ANTT", "KẾ")
  int32_t line = 0;
  int32_t sentence = 0;
};

// A non-empty line after normalisation: a paragraph, a heading or a list item.
struct Line {
  int32_t first = 0, last = 0;  // tokens [first, last) after the list marker
  std::string marker;           // "II", "1", "1.2", "a", "-" or "" (no marker)
  int level = 0;                // 1 roman, 2 arabic, 3 nested arabic, 4 letter, 5 bullet, 0 none
  bool heading = false;         // all capitals, or a short numbered line without final stop
  bool after_blank = false;     // a blank line separates it from the line before (a new paragraph)
};

struct Sentence {
  int32_t first = 0, last = 0;  // tokens [first, last)
  int32_t line = 0;
};

// A quoted span “…”. `open` is the token of the opening mark; the content is [first, last).
// `closed` is false when the writer forgot the closing mark and the end was inferred.
struct Quote {
  int32_t open = 0, first = 0, last = 0;
  bool closed = true;
};

class Document {
 public:
  std::string text;  // NFC, one line per paragraph (a blank line between paragraphs), quotes “ ”,
                     // dashes "-", single spaces
  std::vector<Token> tokens;
  std::vector<Line> lines;
  std::vector<Sentence> sentences;
  std::vector<Quote> quotes;
  std::vector<int32_t> quote_at;  // per token: index of the quote it opens, or -1
  // What was done to the input before reading it, for the user ("Đã bỏ các thẻ HTML…").
  std::vector<std::string> notes;

  int32_t size() const { return static_cast<int32_t>(tokens.size()); }
  // The text from the start of token `first` to the end of token `last - 1` ("" when empty).
  std::string_view text_of(int32_t first, int32_t last) const;
  std::string_view line_text(int32_t line) const;
  // Key of token i, or "" outside the document.
  const std::string& key(int32_t i) const;
  bool is_key(int32_t i, std::string_view k) const { return key(i) == k; }
  bool is_word(int32_t i) const { return in(i) && tokens[i].kind == TokenKind::kWord; }
  bool is_number(int32_t i) const { return in(i) && tokens[i].kind == TokenKind::kNumber; }
  bool is_punct(int32_t i, std::string_view p) const {
    return in(i) && tokens[i].kind == TokenKind::kPunct && tokens[i].key == p;
  }
  bool in(int32_t i) const { return i >= 0 && i < size(); }
  // Token i follows token i-1 without white space ("19/8", "07%").
  bool glued(int32_t i) const { return in(i) && !tokens[i].space_before; }
  const Sentence& sentence_of(int32_t i) const { return sentences[tokens[i].sentence]; }
  // The quote opening at token i, or nullptr.
  const Quote* quote_opening(int32_t i) const;
  // Quoted text without the marks, trimmed of white space and final stops.
  std::string quote_text(const Quote& q) const;
};

// Validates, normalises and segments `utf8`. Throws Error::Invalid (Vietnamese message) for
// empty or white-space-only text, binary data, and text in a legacy Vietnamese encoding it
// cannot convert: TCVN3 (ABC, .VnTime fonts) whether as bytes or pasted as Latin-1 letters
// ("C«ng an tØnh"), and other non-UTF-8 bytes (the message names the likely encoding).
// Windows-1258 bytes are converted, HTML tags stripped; `notes` says so.
// The text is cut at kMaxTextBytes so that a huge paste is read in bounded time.
Document analyse(std::string_view utf8);

// (s23-members) A text normalise() has already made regular, segmented as analyse() does, with the
// notes of its normalisation: for a text corrected after its first reading (spelling.h).
Document analyse_normalised(std::string normalised, std::vector<std::string> notes);

// A piece of a text already analysed (a name, a place, a role, the words before a date), analysed
// the same way. Only the text a user gives is refused: a piece with nothing to read in it (an
// empty quote, “…”, the rest of a name after its head) is an empty Document, never an error that
// would refuse the whole text.
Document analyse_fragment(std::string_view piece);

// Layer 1a alone, for tests: the normalised text (NFC; CR LF → LF; runs of blank lines → one; spaces
// collapsed; quotes “ ” « » " → “ ”; dashes – — ‐ → "-", spaced when they separate words;
// a wrapped line — one starting in lower case, or following a line that ends with a comma —
// joined to the line before it; the lines of a web page pasted around an article — menu, breadcrumb,
// share line, tags, credits, "Tin liên quan" and its headlines, source, byline, footer — dropped).
std::string normalise(std::string_view utf8, std::vector<std::string>* notes = nullptr);

// Longer texts are read up to here (at a line break), with a note: a launch plan is a few pages.
constexpr size_t kMaxTextBytes = 300 * 1024;

// The matching key of one word (see Token::key).
std::string word_key(std::string_view word);

// A phrase split into keys the way the tokenizer splits text ("an ninh, trật tự" →
// {"an", "ninh", ",", "trât5", "tư5"}).
std::vector<std::string> phrase_keys(std::string_view phrase);

// "QUẢNG BÌNH" → "Quảng Bình": each word upper-cased on its first letter, lower-cased after.
std::string title_case(std::string_view s);
// "CÁC ĐƠN VỊ" → "các đơn vị".
std::string lower_case(std::string_view s);
// "khối thi đua các huyện" → "Khối thi đua các huyện": only the first letter.
std::string capitalise_first(std::string_view s);

}  // namespace thidua::text::plan
