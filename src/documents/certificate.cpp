#include "documents/certificate.h"

#include <cmath>
#include <sstream>

#include "core/error.h"
#include "documents/docx.h"

namespace thidua::documents {

using nlohmann::json;

namespace {

// The placeholders of a text, in order; a '{' without its '}' is reported as a broken tag.
std::vector<std::string> placeholders(const std::string& s, std::string& broken) {
  std::vector<std::string> out;
  for (size_t i = 0; (i = s.find('{', i)) != std::string::npos;) {
    size_t e = s.find('}', i);
    if (e == std::string::npos) {
      broken = s.substr(i);
      break;
    }
    out.push_back(s.substr(i + 1, e - i - 1));
    i = e + 1;
  }
  return out;
}

std::string fill(const std::string& s, const json& values) {
  std::string out;
  size_t last = 0;
  for (size_t i = 0; (i = s.find('{', i)) != std::string::npos;) {
    size_t e = s.find('}', i);
    if (e == std::string::npos) break;
    out += s.substr(last, i - last);
    std::string name = s.substr(i + 1, e - i - 1);
    if (values.contains(name)) {
      const json& v = values[name];
      if (v.is_string()) out += v.get<std::string>();
      else if (v.is_number_integer()) out += std::to_string(v.get<int64_t>());
      else if (!v.is_null()) out += v.dump();
    }
    last = i = e + 1;
  }
  return out + s.substr(last);
}

double num(const json& j, const char* key, const std::string& where) {
  if (!j.contains(key) || !j[key].is_number()) throw Error::Invalid(where + ": thiếu " + key + " (số, milimét)");
  return j[key].get<double>();
}

std::string str(const json& j, const char* key, const std::string& where, bool required = true) {
  if (!j.contains(key) || !j[key].is_string()) {
    if (required) throw Error::Invalid(where + ": thiếu " + key);
    return "";
  }
  return j[key].get<std::string>();
}

}  // namespace

const std::set<std::string>& certificate_values() {
  static const std::set<std::string> v = {
      "recipient_name", "recipient_unit", "recipient_kind", "award_name", "achievement", "year",
      "decision_number", "decision_date", "decision_day", "decision_month", "decision_year", "issuer_name",
      "place", "place_date", "signer_position", "signer_name", "register_number"};
  return v;
}

bool CertificateBlank::prints(const std::string& code) const {
  for (auto& a : awards) {
    if (!a.empty() && a.back() == '*') {
      if (code.rfind(a.substr(0, a.size() - 1), 0) == 0) return true;
    } else if (a == code) {
      return true;
    }
  }
  return false;
}

CertificateLayouts CertificateLayouts::from_json(const json& j, const std::string& label) {
  CertificateLayouts out;
  if (!j.is_object() || !j.contains("blanks") || !j["blanks"].is_array() || j["blanks"].empty())
    throw Error::Invalid("Mẫu bằng khen " + label + ": cần danh sách blanks");
  for (size_t b = 0; b < j["blanks"].size(); ++b) {
    const json& jb = j["blanks"][b];
    std::string where = "Mẫu bằng khen " + label + ", blanks[" + std::to_string(b) + "]";
    if (!jb.is_object()) throw Error::Invalid(where + ": không phải đối tượng");
    CertificateBlank blank;
    blank.code = str(jb, "code", where);
    where += " " + blank.code;
    blank.name = str(jb, "name", where);
    blank.basis = str(jb, "basis", where, false);
    if (!jb.contains("paper_mm") || !jb["paper_mm"].is_object()) throw Error::Invalid(where + ": thiếu paper_mm");
    blank.width_mm = num(jb["paper_mm"], "width", where + " paper_mm");
    blank.height_mm = num(jb["paper_mm"], "height", where + " paper_mm");
    if (blank.width_mm < 50 || blank.height_mm < 50 || blank.width_mm > 600 || blank.height_mm > 600)
      throw Error::Invalid(where + ": khổ giấy phải từ 50 đến 600 mm");
    if (out.find(blank.code)) throw Error::Invalid(where + ": trùng mã phôi");
    if (!jb.contains("awards") || !jb["awards"].is_array() || jb["awards"].empty())
      throw Error::Invalid(where + ": thiếu awards (mã danh hiệu, hình thức in trên phôi này)");
    for (auto& a : jb["awards"]) {
      if (!a.is_string() || a.get<std::string>().empty()) throw Error::Invalid(where + ": awards gồm các mã");
      blank.awards.push_back(a.get<std::string>());
    }
    if (!jb.contains("fields") || !jb["fields"].is_array() || jb["fields"].empty()) throw Error::Invalid(where + ": thiếu fields");
    for (auto& jf : jb["fields"]) {
      CertificateField f;
      f.name = str(jf, "name", where + " field");
      std::string fw = where + ", ô " + f.name;
      for (auto& [k, v] : jf.items())
        if (k != "name" && k != "text" && k != "x" && k != "y" && k != "width" && k != "height" && k != "size_pt" &&
            k != "bold" && k != "italic" && k != "align" && k != "color")
          throw Error::Invalid(fw + ": khóa không biết " + k);
      f.text = str(jf, "text", fw);
      std::string broken;
      for (auto& p : placeholders(f.text, broken))
        if (!certificate_values().count(p)) throw Error::Invalid(fw + ": trường không biết {" + p + "}");
      if (!broken.empty()) throw Error::Invalid(fw + ": thẻ hỏng " + broken);
      f.x_mm = num(jf, "x", fw);
      f.y_mm = num(jf, "y", fw);
      f.width_mm = num(jf, "width", fw);
      f.height_mm = num(jf, "height", fw);
      if (f.x_mm < 0 || f.y_mm < 0 || f.width_mm <= 0 || f.height_mm <= 0 || f.x_mm + f.width_mm > blank.width_mm ||
          f.y_mm + f.height_mm > blank.height_mm)
        throw Error::Invalid(fw + ": ô nằm ngoài khổ giấy " + json(blank.width_mm).dump() + " × " + json(blank.height_mm).dump() + " mm");
      if (jf.contains("size_pt")) {
        if (!jf["size_pt"].is_number() || jf["size_pt"].get<double>() < 6 || jf["size_pt"].get<double>() > 72)
          throw Error::Invalid(fw + ": size_pt từ 6 đến 72");
        f.size_pt = jf["size_pt"].get<double>();
      }
      f.bold = jf.value("bold", false);
      f.italic = jf.value("italic", false);
      f.align = jf.value("align", std::string("center"));
      if (f.align != "left" && f.align != "center" && f.align != "right") throw Error::Invalid(fw + ": align là left, center hoặc right");
      f.color = jf.value("color", std::string("000000"));
      if (f.color.size() != 6 || f.color.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos)
        throw Error::Invalid(fw + ": color là 6 chữ số hệ 16 (RRGGBB)");
      blank.fields.push_back(f);
    }
    out.blanks_.push_back(std::move(blank));
  }
  return out;
}

const CertificateBlank* CertificateLayouts::find(const std::string& code) const {
  for (auto& b : blanks_)
    if (b.code == code) return &b;
  return nullptr;
}

const CertificateBlank* CertificateLayouts::for_award(const std::string& award_code) const {
  for (auto& b : blanks_)
    if (b.prints(award_code)) return &b;
  return nullptr;
}

std::vector<PlacedBox> place(const CertificateBlank& blank, const json& values, PrinterOffset off) {
  std::vector<PlacedBox> out;
  for (auto& f : blank.fields) {
    double x = f.x_mm + off.x_mm, y = f.y_mm + off.y_mm;
    if (x < 0 || y < 0 || x + f.width_mm > blank.width_mm || y + f.height_mm > blank.height_mm)
      throw Error::Invalid("Độ lệch máy in đẩy ô \"" + f.name + "\" ra ngoài khổ giấy của phôi " + blank.name, "offset");
    out.push_back({&f, twips(x), twips(y), twips(f.width_mm), twips(f.height_mm), fill(f.text, values)});
  }
  return out;
}

namespace {

void framed(std::ostringstream& o, int x, int y, int w, int h, const std::string& text, double size_pt, bool bold,
            bool italic, const std::string& align, const std::string& color, const std::string& font, bool outline) {
  int hp = static_cast<int>(std::lround(size_pt * 2));
  o << "<w:p><w:pPr><w:framePr w:w=\"" << w << "\" w:h=\"" << h << "\" w:hRule=\"exact\" w:wrap=\"around\" w:hSpace=\"0\" "
    << "w:vSpace=\"0\" w:vAnchor=\"page\" w:hAnchor=\"page\" w:x=\"" << x << "\" w:y=\"" << y << "\"/>";
  if (outline) {
    o << "<w:pBdr>";
    for (const char* side : {"top", "left", "bottom", "right"})
      o << "<w:" << side << " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>";
    o << "</w:pBdr>";
  }
  o << "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:left=\"0\" w:right=\"0\" "
       "w:firstLine=\"0\"/><w:jc w:val=\""
    << (align == "center" ? "center" : align == "right" ? "right" : "left") << "\"/></w:pPr>";
  o << "<w:r><w:rPr><w:rFonts w:ascii=\"" << xml_escape(font) << "\" w:hAnsi=\"" << xml_escape(font) << "\" w:cs=\"" << xml_escape(font) << "\"/>"
    << (bold ? "<w:b/>" : "") << (italic ? "<w:i/>" : "") << "<w:color w:val=\"" << color << "\"/><w:sz w:val=\"" << hp
    << "\"/><w:szCs w:val=\"" << hp << "\"/></w:rPr>";
  // a line break in the text ("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG") breaks the line in the box
  for (size_t from = 0;;) {
    size_t nl = text.find('\n', from);
    o << "<w:t xml:space=\"preserve\">" << xml_escape(text.substr(from, nl == std::string::npos ? std::string::npos : nl - from)) << "</w:t>";
    if (nl == std::string::npos) break;
    o << "<w:br/>";
    from = nl + 1;
  }
  o << "</w:r></w:p>";
}

}  // namespace

std::string certificate_document(const CertificateBlank& blank, const std::vector<json>& values, PrinterOffset offset,
                                 bool test, const std::string& font) {
  std::ostringstream o;
  o << "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    << "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
       "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>";
  std::vector<json> pages = values;
  if (test) {
    json first = values.empty() ? json::object() : values.front();
    pages = {first};
  }
  for (size_t p = 0; p < pages.size(); ++p) {
    for (auto& b : place(blank, pages[p], offset)) {
      const CertificateField& f = *b.field;
      std::string text = b.text;
      if (test) {
        // the field's name just above its box, small, so that the sheet says which box is which
        int label_h = twips(4);
        framed(o, b.x, std::max(0, b.y - label_h), b.w, label_h, f.name, 7, false, true, "left", "808080", font, false);
        if (text.empty()) text = f.text;
      }
      framed(o, b.x, b.y, b.w, b.h, text, f.size_pt, f.bold, f.italic, f.align, f.color, font, test);
    }
    o << "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/></w:pPr>";
    if (p + 1 < pages.size()) o << "<w:r><w:br w:type=\"page\"/></w:r>";
    o << "</w:p>";
  }
  int w = twips(blank.width_mm), h = twips(blank.height_mm);
  o << "<w:sectPr><w:pgSz w:w=\"" << w << "\" w:h=\"" << h << "\"" << (w > h ? " w:orient=\"landscape\"" : "")
    << "/><w:pgMar w:top=\"0\" w:right=\"0\" w:bottom=\"0\" w:left=\"0\" w:header=\"0\" w:footer=\"0\" w:gutter=\"0\"/>"
       "</w:sectPr></w:body></w:document>";
  return o.str();
}

}  // namespace thidua::documents
