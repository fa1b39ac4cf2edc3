#include "documents/docx.h"

#include <pugixml.hpp>

#include <cmath>
#include <cstring>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "core/error.h"
#include "documents/package.h"

namespace thidua::documents {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

std::string read_file(const fs::path& p, const std::string& shown) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw Error::Invalid("Mẫu văn bản: thiếu tệp " + shown);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Tag {
  char op = 0;  // 0 value, '#', '^', '/', '>'
  std::string name;
  size_t pos = 0, len = 0;
};

std::vector<Tag> find_tags(const std::string& s) {
  std::vector<Tag> out;
  size_t i = 0;
  while ((i = s.find('{', i)) != std::string::npos) {
    size_t e = s.find('}', i + 1);
    if (e == std::string::npos) break;
    std::string inner = s.substr(i + 1, e - i - 1);
    Tag t;
    t.pos = i;
    t.len = e - i + 1;
    if (!inner.empty() && (inner[0] == '#' || inner[0] == '^' || inner[0] == '/' || inner[0] == '>')) {
      t.op = inner[0];
      inner.erase(0, 1);
    }
    bool ok = !inner.empty() && inner.size() <= 64;
    for (char c : inner)
      if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-')) ok = false;
    if (ok) {
      t.name = inner;
      out.push_back(t);
      i = e + 1;
    } else {
      i = i + 1;
    }
  }
  return out;
}

bool is_name(pugi::xml_node n, const char* name) { return std::strcmp(n.name(), name) == 0; }

void collect_texts(pugi::xml_node n, std::vector<pugi::xml_node>& out) {
  for (auto c = n.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    if (is_name(c, "w:t")) out.push_back(c);
    else if (!is_name(c, "w:p") && !is_name(c, "w:txbxContent")) collect_texts(c, out);
  }
}

std::string para_text(pugi::xml_node p) {
  std::vector<pugi::xml_node> ts;
  collect_texts(p, ts);
  std::string s;
  for (auto t : ts) s += t.text().get();
  return s;
}

std::string trim(std::string s) {
  size_t a = s.find_first_not_of(" \t\r\n"), b = s.find_last_not_of(" \t\r\n");
  return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

void set_text(pugi::xml_node t, const std::string& v) {
  t.text().set(v.c_str());
  if (!t.attribute("xml:space")) t.append_attribute("xml:space") = "preserve";
}

// Word splits a tag over runs ("{ten_" "don_vi}"): move each tag whole into its first w:t.
void merge_tags(pugi::xml_node p) {
  std::vector<pugi::xml_node> ts;
  collect_texts(p, ts);
  if (ts.size() < 2) return;
  std::string full;
  std::vector<size_t> start;
  std::vector<std::string> texts;
  for (auto t : ts) {
    start.push_back(full.size());
    texts.emplace_back(t.text().get());
    full += texts.back();
  }
  auto tags = find_tags(full);
  auto at = [&](size_t pos) {
    size_t k = 0;
    while (k + 1 < start.size() && start[k + 1] <= pos) ++k;
    return k;
  };
  bool changed = false;
  for (auto it = tags.rbegin(); it != tags.rend(); ++it) {
    size_t s = it->pos, e = it->pos + it->len;
    size_t i = at(s), j = at(e - 1);
    if (i == j) continue;
    texts[i] = texts[i].substr(0, s - start[i]) + full.substr(s, e - s) + texts[j].substr(e - start[j]);
    for (size_t k = i + 1; k <= j; ++k) texts[k].clear();
    changed = true;
  }
  if (changed)
    for (size_t k = 0; k < ts.size(); ++k) set_text(ts[k], texts[k]);
}

void merge_all(pugi::xml_node n) {
  for (auto c = n.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    if (is_name(c, "w:p")) merge_tags(c);
    else merge_all(c);
  }
}

std::string xml_string(const pugi::xml_document& d) {
  std::ostringstream s;
  d.save(s, "", pugi::format_raw | pugi::format_no_declaration);
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + s.str();
}

// ---- checking a template against the fields of its kind ----

struct Checker {
  std::string file;
  std::vector<std::pair<std::string, const Fields*>> stack;  // open sections

  [[noreturn]] void fail(const std::string& m) const { throw Error::Invalid("Mẫu văn bản " + file + ": " + m); }

  bool is_value(const std::string& n) const {
    for (auto it = stack.rbegin(); it != stack.rend(); ++it)
      if (it->second->values.count(n)) return true;
    return false;
  }
  const Fields* list(const std::string& n) const {
    for (auto it = stack.rbegin(); it != stack.rend(); ++it)
      if (auto f = it->second->lists.find(n); f != it->second->lists.end()) return &f->second;
    return nullptr;
  }

  void walk(pugi::xml_node n) {
    for (auto c = n.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      for (auto a : c.attributes())
        for (auto& t : find_tags(a.value()))
          if (t.op != 0 || !stack.front().second->values.count(t.name))
            fail("trường không biết {" + t.name + "} trong thuộc tính " + a.name());
      if (is_name(c, "w:p")) paragraph(c);
      else walk(c);
    }
  }

  void paragraph(pugi::xml_node p) {
    std::string text = para_text(p);
    for (auto& t : find_tags(text)) {
      std::string shown = "{" + std::string(t.op ? 1 : 0, t.op) + t.name + "}";
      if (t.op == '>') fail("không có phần dùng chung " + shown);
      if (t.op == 0) {
        if (!is_value(t.name)) fail("trường không biết " + shown);
        continue;
      }
      if (t.op == '/') {
        if (stack.size() <= 1 || stack.back().first != t.name) fail("thẻ đóng " + shown + " không khớp thẻ mở nào");
        stack.pop_back();
        continue;
      }
      // an opening tag: alone in its paragraph, or in a table row holding its end
      if (trim(text) != shown) {
        auto row = p.parent();
        while (row && !is_name(row, "w:tr")) row = row.parent();
        if (!row || para_text_all(row).find("{/" + t.name + "}") == std::string::npos)
          fail("thẻ " + shown + " phải đứng riêng một đoạn, hoặc nằm cùng thẻ đóng trong một hàng bảng");
      }
      if (auto l = list(t.name)) stack.emplace_back(t.name, l);
      else if (is_value(t.name)) stack.emplace_back(t.name, stack.back().second);
      else fail("trường không biết " + shown);
    }
  }

  static std::string para_text_all(pugi::xml_node n) {
    std::string s;
    for (auto c = n.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      if (is_name(c, "w:p")) s += para_text(c);
      else s += para_text_all(c);
    }
    return s;
  }
};

// ---- rendering ----

using Scopes = std::vector<const json*>;

const json* lookup(const Scopes& sc, const std::string& name) {
  for (auto it = sc.rbegin(); it != sc.rend(); ++it)
    if ((*it)->is_object())
      if (auto f = (*it)->find(name); f != (*it)->end()) return &*f;
  return nullptr;
}

std::string as_text(const json* v) {
  if (!v || v->is_null() || v->is_boolean()) return "";
  if (v->is_string()) return v->get<std::string>();
  if (v->is_number_integer()) return std::to_string(v->get<int64_t>());
  if (v->is_number()) return v->dump();
  return "";
}

bool truthy(const json* v) {
  if (!v || v->is_null()) return false;
  if (v->is_boolean()) return v->get<bool>();
  if (v->is_string()) return !v->get<std::string>().empty();
  if (v->is_array() || v->is_object()) return !v->empty();
  return true;
}

std::string substitute(const std::string& s, const Scopes& sc) {
  auto tags = find_tags(s);
  if (tags.empty()) return s;
  std::string out;
  size_t last = 0;
  for (auto& t : tags) {
    out += s.substr(last, t.pos - last);
    if (t.op == 0) out += as_text(lookup(sc, t.name));
    last = t.pos + t.len;
  }
  return out + s.substr(last);
}

void fill_paragraph(pugi::xml_node p, const Scopes& sc) {
  std::vector<pugi::xml_node> ts;
  collect_texts(p, ts);
  // a paragraph that is one value of several lines becomes one paragraph a line
  std::string whole = trim(para_text(p));
  auto tags = find_tags(whole);
  if (tags.size() == 1 && tags[0].op == 0 && tags[0].pos == 0 && tags[0].len == whole.size()) {
    std::string v = as_text(lookup(sc, tags[0].name));
    if (v.find('\n') != std::string::npos) {
      std::vector<std::string> lines;
      std::stringstream ss(v);
      for (std::string line; std::getline(ss, line);) lines.push_back(line);
      for (size_t i = 1; i < lines.size(); ++i) {
        auto copy = p.parent().insert_copy_after(p, p);
        std::vector<pugi::xml_node> cts;
        collect_texts(copy, cts);
        (void)copy;
        for (size_t k = 0; k < cts.size(); ++k) set_text(cts[k], k == 0 ? lines[lines.size() - i] : "");
      }
      for (size_t k = 0; k < ts.size(); ++k) set_text(ts[k], k == 0 ? (lines.empty() ? "" : lines[0]) : "");
      return;
    }
  }
  for (auto t : ts) {
    std::string s = t.text().get();
    if (s.find('{') == std::string::npos) continue;
    std::string v = substitute(s, sc);
    size_t nl = v.find('\n');
    if (nl == std::string::npos) {
      set_text(t, v);
      continue;
    }
    // line breaks inside a run
    set_text(t, v.substr(0, nl));
    auto run = t.parent();
    pugi::xml_node after = t;
    size_t from = nl + 1;
    for (;;) {
      size_t e = v.find('\n', from);
      auto br = run.insert_child_after("w:br", after);
      auto nt = run.insert_child_after("w:t", br);
      set_text(nt, v.substr(from, e == std::string::npos ? std::string::npos : e - from));
      after = nt;
      if (e == std::string::npos) break;
      from = e + 1;
    }
  }
}

void strip_tag_text(pugi::xml_node n, const std::string& tag) {
  std::vector<pugi::xml_node> ts;
  for (auto c = n.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    if (is_name(c, "w:t")) {
      std::string s = c.text().get();
      size_t i;
      bool changed = false;
      while ((i = s.find(tag)) != std::string::npos) {
        s.erase(i, tag.size());
        changed = true;
      }
      if (changed) set_text(c, s);
    } else {
      strip_tag_text(c, tag);
    }
  }
}

void process_range(pugi::xml_node parent, pugi::xml_node first, pugi::xml_node stop, Scopes& sc);

// Layout values in attributes (sizes, margins): from the document's own values.
void fill_attributes(pugi::xml_node n, const json& data) {
  for (auto c = n.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    for (auto a : c.attributes())
      if (std::strchr(a.value(), '{')) {
        Scopes sc{&data};
        a.set_value(substitute(a.value(), sc).c_str());
      }
    fill_attributes(c, data);
  }
}

void process_node(pugi::xml_node n, Scopes& sc) {
  if (is_name(n, "w:p")) fill_paragraph(n, sc);
  else if (is_name(n, "w:tbl") || is_name(n, "w:tc") || is_name(n, "w:sdt") || is_name(n, "w:sdtContent") ||
           is_name(n, "w:body") || is_name(n, "w:hdr") || is_name(n, "w:ftr"))
    process_range(n, n.first_child(), pugi::xml_node(), sc);
  else if (is_name(n, "w:tr"))
    for (auto c = n.first_child(); c; c = c.next_sibling())
      if (is_name(c, "w:tc") || is_name(c, "w:sdt")) process_node(c, sc);
}

// The items a section repeats over: a list's elements, once for a true flag, or none.
std::vector<const json*> section_items(const json* v, char op, const json* self) {
  std::vector<const json*> items;
  bool t = truthy(v);
  if (op == '^') {
    if (!t) items.push_back(self);
    return items;
  }
  if (!t) return items;
  if (v->is_array())
    for (auto& e : *v) items.push_back(&e);
  else items.push_back(v->is_object() ? v : self);
  return items;
}

// A row's text for finding a row loop: paragraphs that are one section tag alone loop
// themselves (inside their cell), so they are left out.
std::string row_loop_text(pugi::xml_node n) {
  std::string s;
  for (auto c = n.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    if (is_name(c, "w:p")) {
      std::string t = para_text(c), tt = trim(t);
      auto tags = find_tags(tt);
      if (tags.size() == 1 && tags[0].op && tags[0].op != '>' && tags[0].len == tt.size()) continue;
      s += t;
    } else {
      s += row_loop_text(c);
    }
  }
  return s;
}

void process_range(pugi::xml_node parent, pugi::xml_node first, pugi::xml_node stop, Scopes& sc) {
  static const json empty = json::object();
  for (auto child = first; child && child != stop;) {
    auto next = child.next_sibling();
    if (child.type() != pugi::node_element) {
      child = next;
      continue;
    }
    if (is_name(child, "w:p")) {
      std::string text = trim(para_text(child));
      auto tags = find_tags(text);
      if (tags.size() == 1 && (tags[0].op == '#' || tags[0].op == '^') && tags[0].len == text.size()) {
        const std::string close = "{/" + tags[0].name + "}";
        const std::string open1 = "{#" + tags[0].name + "}", open2 = "{^" + tags[0].name + "}";
        pugi::xml_node end;
        int depth = 0;
        for (auto n = child.next_sibling(); n && n != stop; n = n.next_sibling()) {
          if (!is_name(n, "w:p")) continue;
          std::string tx = trim(para_text(n));
          if (tx == open1 || tx == open2) ++depth;
          else if (tx == close && depth-- == 0) {
            end = n;
            break;
          }
        }
        if (!end) throw Error::Invalid("Mẫu văn bản: thiếu thẻ đóng " + close);
        for (const json* item : section_items(lookup(sc, tags[0].name), tags[0].op, &empty)) {
          pugi::xml_node first_copy;
          for (auto n = child.next_sibling(); n != end; n = n.next_sibling()) {
            auto c = parent.insert_copy_before(n, child);
            if (!first_copy) first_copy = c;
          }
          if (first_copy) {
            sc.push_back(item);
            process_range(parent, first_copy, child, sc);
            sc.pop_back();
          }
        }
        for (auto n = child.next_sibling(); n != end;) {
          auto nn = n.next_sibling();
          parent.remove_child(n);
          n = nn;
        }
        next = end.next_sibling();
        parent.remove_child(end);
        parent.remove_child(child);
        child = next;
        continue;
      }
      fill_paragraph(child, sc);
    } else if (is_name(child, "w:tr")) {
      std::string text = row_loop_text(child);
      auto tags = find_tags(text);
      const Tag* loop = nullptr;
      for (auto& t : tags)
        if ((t.op == '#' || t.op == '^') && text.find("{/" + t.name + "}") != std::string::npos) {
          loop = &t;
          break;
        }
      if (loop) {
        std::string open = "{" + std::string(1, loop->op) + loop->name + "}", close = "{/" + loop->name + "}";
        for (const json* item : section_items(lookup(sc, loop->name), loop->op, &empty)) {
          auto c = parent.insert_copy_before(child, child);
          strip_tag_text(c, open);
          strip_tag_text(c, close);
          sc.push_back(item);
          process_node(c, sc);
          sc.pop_back();
        }
        parent.remove_child(child);
      } else {
        process_node(child, sc);
      }
    } else {
      process_node(child, sc);
    }
    child = next;
  }
}

// Replaces each paragraph {>name} with the partial's body fragment.
void expand_partials(pugi::xml_node n, const fs::path& dir, const std::string& file, int depth) {
  for (auto c = n.first_child(); c;) {
    auto next = c.next_sibling();
    if (c.type() == pugi::node_element && is_name(c, "w:p")) {
      std::string text = trim(para_text(c));
      auto tags = find_tags(text);
      if (tags.size() == 1 && tags[0].op == '>' && tags[0].len == text.size()) {
        if (depth > 4) throw Error::Invalid("Mẫu văn bản " + file + ": phần dùng chung lồng nhau quá sâu");
        std::string shown = "partials/" + tags[0].name + ".xml";
        std::string frag = read_file(dir / "partials" / (tags[0].name + ".xml"), shown);
        pugi::xml_document d;
        std::string wrapped = std::string("<w:fragment xmlns:w=\"") + kW + "\">" + frag + "</w:fragment>";
        auto r = d.load_buffer(wrapped.data(), wrapped.size(), pugi::parse_default);
        if (!r) throw Error::Invalid("Mẫu văn bản " + shown + ": XML hỏng (" + r.description() + ")");
        merge_all(d.first_child());
        expand_partials(d.first_child(), dir, shown, depth + 1);
        for (auto f = d.first_child().first_child(); f; f = f.next_sibling())
          if (f.type() == pugi::node_element) n.insert_copy_before(f, c);
        n.remove_child(c);
      }
    } else if (c.type() == pugi::node_element) {
      expand_partials(c, dir, file, depth);
    }
    c = next;
  }
}

}  // namespace

std::string xml_escape(const std::string& s) {
  std::string o;
  for (char c : s) {
    switch (c) {
      case '&': o += "&amp;"; break;
      case '<': o += "&lt;"; break;
      case '>': o += "&gt;"; break;
      case '"': o += "&quot;"; break;
      default: o += c;
    }
  }
  return o;
}

int twips(double mm) { return static_cast<int>(std::lround(mm * 1440.0 / 25.4)); }

Fields common_fields() {
  Fields f;
  for (const char* v : {"issuer_superior", "issuer_name", "has_superior", "number", "number_symbol", "place_date",
                        "place", "date_long", "doc_type", "summary", "signer_authority", "signer_position",
                        "signer_name", "archive", "drafted_by",
                        // presentation (profile.json)
                        "font", "page_w", "page_h", "margin_top", "margin_bottom", "margin_left", "margin_right",
                        "header_distance", "sz_national", "sz_motto", "sz_superior", "sz_issuer", "sz_number",
                        "sz_place_date", "sz_doc_type", "sz_summary", "sz_body", "sz_heading", "sz_recipients_label",
                        "sz_recipients", "sz_signer", "sz_page_number", "sz_table", "indent_first", "space_after",
                        "line"})
    f.values.insert(v);
  f.lists["recipients"].values = {"text"};
  return f;
}

json presentation(const json& profiles, Date day) {
  const json* chosen = nullptr;
  for (auto& p : profiles.at("profiles")) {
    auto from = Date::parse_iso(p.value("valid_from", "1900-01-01"));
    auto to = p.contains("valid_to") && p["valid_to"].is_string() ? Date::parse_iso(p["valid_to"].get<std::string>())
                                                                  : std::optional<Date>();
    if (from && *from <= day && (!to || day <= *to)) chosen = &p;
  }
  if (!chosen) throw Error::Invalid("Mẫu văn bản profile.json: không có quy định trình bày nào có hiệu lực ngày " + day.vn());
  const json& p = *chosen;
  json v;
  auto mm = [&](const char* group, const char* key) { return twips(p.at(group).at(key).get<double>()); };
  auto hp = [&](const char* key) { return static_cast<int>(std::lround(p.at("sizes_pt").at(key).get<double>() * 2)); };
  v["font"] = p.at("font").get<std::string>();
  v["page_w"] = std::to_string(mm("page_mm", "width"));
  v["page_h"] = std::to_string(mm("page_mm", "height"));
  v["margin_top"] = std::to_string(mm("margins_mm", "top"));
  v["margin_bottom"] = std::to_string(mm("margins_mm", "bottom"));
  v["margin_left"] = std::to_string(mm("margins_mm", "left"));
  v["margin_right"] = std::to_string(mm("margins_mm", "right"));
  v["header_distance"] = std::to_string(mm("margins_mm", "header"));
  for (const char* k : {"national", "motto", "superior", "issuer", "number", "place_date", "doc_type", "summary", "body",
                        "heading", "recipients_label", "recipients", "signer", "page_number", "table"})
    v[std::string("sz_") + k] = std::to_string(hp(k));
  v["indent_first"] = std::to_string(mm("body", "first_line_indent_mm"));
  v["space_after"] = std::to_string(static_cast<int>(std::lround(p.at("body").at("space_after_pt").get<double>() * 20)));
  v["line"] = std::to_string(static_cast<int>(std::lround(p.at("body").at("line").get<double>() * 240)));
  return v;
}

std::string TemplateSet::default_dir() {
  if (const char* e = std::getenv("THIDUA_TEMPLATES"); e && *e) return e;
  std::error_code ec;
  fs::path exe = fs::canonical("/proc/self/exe", ec);
  if (!ec)
    for (fs::path p : {exe.parent_path() / "../templates", exe.parent_path() / "templates"})
      if (fs::exists(p / "docx", ec)) return fs::weakly_canonical(p, ec).string();
  return "templates";
}

std::shared_ptr<const TemplateSet> TemplateSet::load(const std::string& dir_s, const std::map<std::string, Fields>& kinds) {
  auto ts = std::make_shared<TemplateSet>();
  ts->dir_ = dir_s;
  fs::path dir = fs::path(dir_s) / "docx";
  if (!fs::is_directory(dir)) throw Error::Invalid("Mẫu văn bản: không có thư mục " + dir.string());
  Fields common = common_fields();

  std::string prof = read_file(dir / "profile.json", "docx/profile.json");
  try {
    ts->profiles_ = json::parse(prof);
    (void)presentation(ts->profiles_, Date::today_vn());
  } catch (const json::exception& e) {
    throw Error::Invalid(std::string("Mẫu văn bản docx/profile.json: không đọc được (") + e.what() + ")");
  }

  // The fixed package parts: only the common values may appear in them.
  fs::path pkg = dir / "package";
  if (!fs::is_directory(pkg)) throw Error::Invalid("Mẫu văn bản: thiếu thư mục docx/package");
  for (auto& e : fs::recursive_directory_iterator(pkg)) {
    if (!e.is_regular_file()) continue;
    std::string name = fs::relative(e.path(), pkg).generic_string();
    std::string text = read_file(e.path(), "docx/package/" + name);
    for (auto& t : find_tags(text))
      if (t.op != 0 || !common.values.count(t.name))
        throw Error::Invalid("Mẫu văn bản docx/package/" + name + ": trường không biết {" + t.name + "}");
    ts->package_[name] = text;
  }
  for (const char* need : {"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/styles.xml"})
    if (!ts->package_.count(need)) throw Error::Invalid(std::string("Mẫu văn bản: thiếu tệp docx/package/") + need);

  for (auto& [kind, fields] : kinds) {
    std::string shown = "docx/" + kind + ".xml";
    std::string text = read_file(dir / (kind + ".xml"), shown);
    pugi::xml_document d;
    auto r = d.load_buffer(text.data(), text.size(), pugi::parse_default | pugi::parse_declaration);
    if (!r) throw Error::Invalid("Mẫu văn bản " + shown + ": XML hỏng (" + r.description() + ")");
    auto body = d.child("w:document").child("w:body");
    if (!body) throw Error::Invalid("Mẫu văn bản " + shown + ": thiếu w:document/w:body");
    merge_all(d);
    expand_partials(body, dir, shown, 0);
    Checker ck;
    ck.file = shown;
    Fields all = fields;
    all.values.insert(common.values.begin(), common.values.end());
    for (auto& [k, v] : common.lists) all.lists[k] = v;
    ck.stack.emplace_back("", &all);
    ck.walk(d.child("w:document"));
    if (ck.stack.size() != 1) ck.fail("thiếu thẻ đóng {/" + ck.stack.back().first + "}");
    std::string out;
    {
      std::ostringstream s;
      d.save(s, "", pugi::format_raw | pugi::format_no_declaration);
      out = s.str();
    }
    ts->bodies_[kind] = out;
  }
  return ts;
}

std::string TemplateSet::render(const std::string& kind, const json& data_in) const {
  auto b = bodies_.find(kind);
  if (b == bodies_.end()) throw Error::NotFound("Không có mẫu văn bản loại " + kind);
  json data = data_in;
  json pres = presentation(profiles_, Date::today_vn());
  for (auto& [k, v] : pres.items())
    if (!data.contains(k)) data[k] = v;

  pugi::xml_document d;
  d.load_buffer(b->second.data(), b->second.size(), pugi::parse_default);
  Scopes sc{&data};
  auto body = d.child("w:document").child("w:body");
  process_range(body, body.first_child(), pugi::xml_node(), sc);
  fill_attributes(d, data);
  return package(xml_string(d), data);
}

std::string TemplateSet::package(const std::string& doc, const json& data_in) const {
  json data = data_in;
  json pres = presentation(profiles_, Date::today_vn());
  for (auto& [k, v] : pres.items())
    if (!data.contains(k)) data[k] = v;
  std::vector<std::pair<std::string, std::string>> parts;
  auto fill = [&](const std::string& text) {
    std::string out;
    size_t last = 0;
    for (auto& t : find_tags(text)) {
      out += text.substr(last, t.pos - last);
      out += xml_escape(as_text(data.contains(t.name) ? &data[t.name] : nullptr));
      last = t.pos + t.len;
    }
    return out + text.substr(last);
  };
  parts.emplace_back("[Content_Types].xml", fill(package_.at("[Content_Types].xml")));
  for (auto& [name, text] : package_)
    if (name != "[Content_Types].xml") parts.emplace_back(name, fill(text));
  parts.emplace_back("word/document.xml", doc);
  return write_zip(parts);
}

}  // namespace thidua::documents
