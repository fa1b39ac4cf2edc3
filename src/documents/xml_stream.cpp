#include "documents/xml_stream.h"

#include <cstring>

#include "core/error.h"

namespace thidua::documents {

namespace {

bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view local_name(std::string_view n) {
  size_t c = n.find(':');
  return c == std::string_view::npos ? n : n.substr(c + 1);
}

void append_utf8(std::string& out, unsigned long cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// The character an entity or character reference (without & and ;) stands for; false when it is
// none the scanner knows.
bool entity(std::string_view e, std::string& out) {
  if (e == "lt") out += '<';
  else if (e == "gt") out += '>';
  else if (e == "amp") out += '&';
  else if (e == "quot") out += '"';
  else if (e == "apos") out += '\'';
  else if (e.size() >= 2 && e[0] == '#') {
    bool hex = e[1] == 'x' || e[1] == 'X';
    std::string_view digits = e.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 8) return false;
    unsigned long cp = 0;
    for (char c : digits) {
      int d;
      if (c >= '0' && c <= '9') d = c - '0';
      else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
      else return false;
      cp = cp * (hex ? 16 : 10) + static_cast<unsigned long>(d);
    }
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    append_utf8(out, cp);
  } else {
    return false;
  }
  return true;
}

}  // namespace

void xml_decode_append(std::string& out, std::string_view raw) {
  size_t i = 0, n = raw.size();
  while (i < n) {
    size_t j = i;
    while (j < n && raw[j] != '&' && raw[j] != '\r') ++j;
    out.append(raw.data() + i, j - i);
    if (j >= n) break;
    i = j;
    if (raw[i] == '\r') {  // \r\n and a lone \r are a line end
      out += '\n';
      ++i;
      if (i < n && raw[i] == '\n') ++i;
      continue;
    }
    size_t semi = raw.find(';', i + 1);
    if (semi == std::string_view::npos || semi - i > 12 || !entity(raw.substr(i + 1, semi - i - 1), out)) {
      out += '&';  // not an entity the scanner knows: kept as written
      ++i;
      continue;
    }
    i = semi + 1;
  }
}

XmlStream::XmlStream(Pull pull, std::string who, size_t chunk) : pull_(std::move(pull)), who_(std::move(who)), chunk_(chunk ? chunk : 1) {}

void XmlStream::broken(const std::string& why) const { throw Error::Invalid(who_ + " bị hỏng (" + why + ")"); }

bool XmlStream::more() {
  if (eof_) return false;
  if (pos_ > 0) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  size_t old = buf_.size();
  buf_.resize(old + chunk_);
  size_t got = pull_(buf_.data() + old, chunk_);
  buf_.resize(old + got);
  if (got == 0) eof_ = true;
  return got > 0;
}

size_t XmlStream::find(std::string_view what, size_t from) {
  for (;;) {
    size_t i = buf_.find(what.data(), pos_ + from, what.size());
    if (i != std::string::npos) return i - pos_;
    size_t scanned = buf_.size() - pos_;
    from = scanned >= what.size() ? scanned - what.size() + 1 : 0;
    if (!more()) return std::string::npos;
  }
}

size_t XmlStream::find_tag_end(size_t i) {
  char quote = 0;
  for (;;) {
    const char* b = buf_.data() + pos_;
    const size_t n = buf_.size() - pos_;
    for (; i < n; ++i) {
      char c = b[i];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i;
      } else if (c == '<') {
        broken("thẻ chưa đóng");
      }
    }
    if (!more()) broken("phần bị cắt cụt giữa một thẻ");
  }
}

void XmlStream::start_tag(size_t end) {
  const char* p = buf_.data() + pos_ + 1;
  const char* e = buf_.data() + pos_ + end;
  empty_ = e > p && e[-1] == '/';
  if (empty_) --e;
  const char* n = p;
  while (p < e && !space(*p)) ++p;
  if (p == n) broken("thẻ không có tên");
  std::string_view full(n, static_cast<size_t>(p - n));
  name_ = local_name(full);
  attrs_.clear();
  for (;;) {
    while (p < e && space(*p)) ++p;
    if (p == e) break;
    const char* an = p;
    while (p < e && !space(*p) && *p != '=') ++p;
    std::string_view aname(an, static_cast<size_t>(p - an));
    while (p < e && space(*p)) ++p;
    if (aname.empty() || p == e || *p != '=') broken("thuộc tính không đúng dạng trong thẻ <" + std::string(full) + ">");
    ++p;
    while (p < e && space(*p)) ++p;
    if (p == e || (*p != '"' && *p != '\'')) broken("giá trị thuộc tính không có dấu nháy trong thẻ <" + std::string(full) + ">");
    char q = *p++;
    const char* v = p;
    while (p < e && *p != q) ++p;
    if (p == e) broken("giá trị thuộc tính chưa đóng nháy trong thẻ <" + std::string(full) + ">");
    attrs_.emplace_back(local_name(aname), std::string_view(v, static_cast<size_t>(p - v)));
    ++p;
  }
  root_seen_ = true;
  if (empty_) {
    depth_ = static_cast<int>(open_.size()) + 1;
    pending_end_ = true;
  } else {
    open_.emplace_back(full);
    depth_ = static_cast<int>(open_.size());
  }
}

void XmlStream::end_tag(size_t end) {
  const char* p = buf_.data() + pos_ + 2;
  const char* e = buf_.data() + pos_ + end;
  while (e > p && space(e[-1])) --e;
  std::string_view full(p, static_cast<size_t>(e - p));
  if (open_.empty() || open_.back() != full)
    broken("thẻ đóng </" + std::string(full) + "> không khớp" + (open_.empty() ? std::string() : " với <" + open_.back() + ">"));
  depth_ = static_cast<int>(open_.size());
  open_.pop_back();
  name_ = local_name(full);
  empty_ = false;
}

bool XmlStream::attr(std::string_view local, std::string& out) const {
  for (auto& [n, v] : attrs_)
    if (n == local) {
      out.clear();
      if (v.find_first_of("&\r") == std::string_view::npos) out.assign(v.data(), v.size());
      else xml_decode_append(out, v);
      return true;
    }
  return false;
}

XmlStream::Token XmlStream::next() {
  if (pending_end_) {  // the end of an element written <x/>
    pending_end_ = false;
    empty_ = false;
    return Token::kEnd;
  }
  for (;;) {
    if (root_seen_ && open_.empty()) return Token::kEof;  // nothing after the root element is read
    if (pos_ >= buf_.size() && !more()) broken(root_seen_ ? "phần bị cắt cụt, còn thẻ <" + open_.back() + "> chưa đóng" : "không có phần tử nào");
    if (buf_[pos_] != '<') {
      size_t lt = find("<", 0);
      if (lt == std::string::npos) broken(root_seen_ ? "phần bị cắt cụt, còn thẻ <" + open_.back() + "> chưa đóng" : "không có phần tử nào");
      std::string_view raw(buf_.data() + pos_, lt);
      pos_ += lt;
      if (open_.empty()) {  // before the root element: only white space (and a byte order mark) belongs there
        if (raw.substr(0, 3) == "\xEF\xBB\xBF") raw.remove_prefix(3);
        for (char c : raw)
          if (!space(c)) broken("có chữ ngoài phần tử gốc");
        continue;
      }
      text_.clear();
      xml_decode_append(text_, raw);
      depth_ = static_cast<int>(open_.size());
      return Token::kText;
    }
    while (buf_.size() - pos_ < 9 && more()) {
    }
    std::string_view head(buf_.data() + pos_, std::min<size_t>(9, buf_.size() - pos_));
    if (head.substr(0, 2) == "<?") {
      size_t e = find("?>", 2);
      if (e == std::string::npos) broken("chỉ thị <? chưa đóng");
      pos_ += e + 2;
    } else if (head.substr(0, 4) == "<!--") {
      size_t e = find("-->", 4);
      if (e == std::string::npos) broken("chú thích <!-- chưa đóng");
      pos_ += e + 3;
    } else if (head == "<![CDATA[") {
      size_t e = find("]]>", 9);
      if (e == std::string::npos) broken("CDATA chưa đóng");
      if (open_.empty()) broken("CDATA ngoài phần tử gốc");
      text_.assign(buf_.data() + pos_ + 9, e - 9);
      pos_ += e + 3;
      depth_ = static_cast<int>(open_.size());
      return Token::kText;
    } else if (head.substr(0, 2) == "<!") {  // <!DOCTYPE …[ … ]>: skipped whole, nothing declared in it is used
      if (root_seen_) broken("khai báo <! đặt sai chỗ");
      int bracket = 0;
      for (size_t i = 2;; ++i) {
        while (pos_ + i >= buf_.size())
          if (!more()) broken("khai báo <!DOCTYPE chưa đóng");
        char c = buf_[pos_ + i];
        if (c == '[') ++bracket;
        else if (c == ']') --bracket;
        else if (c == '>' && bracket <= 0) {
          pos_ += i + 1;
          break;
        }
      }
    } else if (head.substr(0, 2) == "</") {
      size_t e = find(">", 2);
      if (e == std::string::npos) broken("phần bị cắt cụt giữa một thẻ đóng");
      end_tag(e);
      pos_ += e + 1;
      return Token::kEnd;
    } else {
      size_t e = find_tag_end(1);
      start_tag(e);
      pos_ += e + 1;
      return Token::kStart;
    }
  }
}

}  // namespace thidua::documents
