// A forward-only XML scanner over a part read in chunks (a workbook's worksheets and shared
// strings: a sheet of 100,000 rows is scanned as it is inflated, never held whole nor built into a
// tree). It hands out start tags with their attributes, end tags and text — the five entities,
// character references and CDATA decoded, line ends as "\n"; comments, processing instructions
// and a DOCTYPE skipped (no entity a DOCTYPE declares is ever expanded) — and checks what it
// passes: tags closed in order, quoted attributes, one root element, nothing cut off. A broken
// part throws Error::Invalid "<who> bị hỏng (…)".
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace thidua::documents {

class XmlStream {
 public:
  // Fills up to `cap` bytes of `buf`; 0 at the end of the part.
  using Pull = std::function<size_t(char* buf, size_t cap)>;
  // `who` starts every message ("Tệp a.xlsx: phần xl/worksheets/sheet1.xml").
  XmlStream(Pull pull, std::string who, size_t chunk = 1 << 16);

  enum class Token { kStart, kEnd, kText, kEof };
  // The next token. An element written <x/> gives a kStart (empty_element()) then its kEnd.
  // kEof comes once the root element is closed.
  Token next();
  // kStart, kEnd: the element's local name (after any "prefix:").
  std::string_view name() const { return name_; }
  bool empty_element() const { return empty_; }
  // Elements open, counting the one just started (the root's kStart: 1) or just ended (its kEnd: 1).
  int depth() const { return depth_; }
  // kStart: an attribute by its local name, decoded into `out`; false when absent.
  bool attr(std::string_view local, std::string& out) const;
  // kText: the decoded text (a piece of an element's text: an element's text may come as several).
  const std::string& text() const { return text_; }

 private:
  bool more();  // one more chunk appended; false at the end of the part
  [[noreturn]] void broken(const std::string& why) const;
  // The offset of `what` at or after buf_[from]; reads more chunks as needed (`from` and the
  // result are relative to pos_, which stays the token's start). npos at the end of the part.
  size_t find(std::string_view what, size_t from);
  size_t find_tag_end(size_t from);  // the '>' closing a start tag, quotes respected
  void start_tag(size_t end);
  void end_tag(size_t end);

  Pull pull_;
  std::string who_;
  size_t chunk_;
  std::string buf_;
  size_t pos_ = 0;
  bool eof_ = false, root_seen_ = false, pending_end_ = false, empty_ = false;
  std::string_view name_;
  std::vector<std::pair<std::string_view, std::string_view>> attrs_;  // local name, raw value
  std::string text_;
  std::vector<std::string> open_;  // names of the open elements, as written
  int depth_ = 0;
};

// `raw` (text or an attribute's value) with the entities and character references decoded and
// line ends made "\n", appended to `out`. Unknown entities stay as written.
void xml_decode_append(std::string& out, std::string_view raw);

}  // namespace thidua::documents
