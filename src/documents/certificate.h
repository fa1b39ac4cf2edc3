// Certificates (Bằng khen, Giấy khen, giấy chứng nhận) printed onto the issuer's pre-printed
// blanks (phôi): the blank carries the national emblem, the titles and the ornaments; thidua only
// prints the variable fields at their places. A layout (templates/docx/certificates.json) gives,
// for each blank type, the paper in millimetres, the awards printed on it and its fields — each a
// box (x, y, width, height in mm from the paper's top left corner), a text with placeholders, a
// size, an alignment. A printer's offset (measured on a test print, stored per unit and printer)
// moves every box. The test print is the same page on plain paper with each box outlined and named.
#pragma once
#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <vector>

namespace thidua::documents {

struct CertificateField {
  std::string name;  // what the box holds, shown on the test print
  std::string text;  // with placeholders: "{recipient_name}"
  double x_mm = 0, y_mm = 0, width_mm = 0, height_mm = 0;
  double size_pt = 14;
  bool bold = false, italic = false;
  std::string align = "center";  // left | center | right
  std::string color = "000000";
};

struct CertificateBlank {
  std::string code, name, basis;
  double width_mm = 0, height_mm = 0;
  std::vector<std::string> awards;  // catalogue codes, or a prefix ending in '*' ("bang_khen_*")
  std::vector<CertificateField> fields;
  bool prints(const std::string& award_code) const;
};

struct PrinterOffset {
  double x_mm = 0, y_mm = 0;
};

// A field box where it lands on the paper, in twips (1/1440 inch), the offset applied.
struct PlacedBox {
  const CertificateField* field = nullptr;
  int x = 0, y = 0, w = 0, h = 0;
  std::string text;
};

// The placeholders a certificate field may use.
const std::set<std::string>& certificate_values();

class CertificateLayouts {
 public:
  // Validates: every blank has a code, a paper size, awards and fields; each field lies on the
  // paper, its size and alignment make sense, its placeholders are known. Throws Error::Invalid
  // naming the file (`label`), the blank and the field ("trường không biết {ho_ten}").
  static CertificateLayouts from_json(const nlohmann::json& j, const std::string& label);
  const std::vector<CertificateBlank>& blanks() const { return blanks_; }
  const CertificateBlank* find(const std::string& code) const;
  // The first blank that prints `award_code`, or nullptr.
  const CertificateBlank* for_award(const std::string& award_code) const;

 private:
  std::vector<CertificateBlank> blanks_;
};

// Where each field of `blank` lands with `offset`, its text filled from `values`. Refused
// (Error::Invalid naming the field) when the offset pushes a box off the paper.
std::vector<PlacedBox> place(const CertificateBlank& blank, const nlohmann::json& values, PrinterOffset offset);

// word/document.xml of the certificates: one page per recipient (`values`, one object each),
// the paper of the blank, no margins, each field a paragraph framed at its place. `test`: a
// single page whose boxes are outlined and carry their field's name (a test print on plain paper).
std::string certificate_document(const CertificateBlank& blank, const std::vector<nlohmann::json>& values,
                                 PrinterOffset offset, bool test, const std::string& font);

}  // namespace thidua::documents
