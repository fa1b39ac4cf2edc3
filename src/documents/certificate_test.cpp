// Certificates on pre-printed blanks: the layout file's checks (unknown placeholders refused with
// their name, boxes off the paper), where each box lands with a printer's offset, one page per
// recipient, the test print's outlines — and the shipped layout file loads.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "core/error.h"
#include "documents/certificate.h"
#include "test_source_dir.h"

using namespace thidua;
using namespace thidua::documents;
using nlohmann::json;

namespace {

json layout(json field) {
  return {{"blanks",
           {{{"code", "gk"},
             {"name", "Phôi Giấy khen"},
             {"paper_mm", {{"width", 297}, {"height", 210}}},
             {"awards", {"giay_khen_*", "chien_si_tien_tien"}},
             {"fields", {field}}}}}};
}

json name_field() {
  return {{"name", "Họ tên"}, {"text", "Đồng chí {recipient_name}"}, {"x", 40}, {"y", 92}, {"width", 200}, {"height", 11},
          {"size_pt", 20}, {"bold", true}};
}

std::string refusal(const json& j) {
  try {
    CertificateLayouts::from_json(j, "certificates.json");
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

int count(const std::string& s, const std::string& what) {
  int n = 0;
  for (size_t i = 0; (i = s.find(what, i)) != std::string::npos; i += what.size()) ++n;
  return n;
}

}  // namespace

TEST(CertificateLayout, UnknownPlaceholderIsRefusedWithItsName) {
  json f = name_field();
  f["text"] = "{ho_ten} — {recipient_unit}";
  std::string m = refusal(layout(f));
  EXPECT_NE(m.find("{ho_ten}"), std::string::npos) << m;
  EXPECT_NE(m.find("Họ tên"), std::string::npos) << m;  // the box named
  EXPECT_EQ(m.find("recipient_unit"), std::string::npos) << m;
  f["text"] = "{recipient_name";
  EXPECT_NE(refusal(layout(f)).find("thẻ hỏng"), std::string::npos);
}

TEST(CertificateLayout, BoxesOffThePaperAndBadValuesAreRefused) {
  json f = name_field();
  f["x"] = 120;  // 120 + 200 > 297
  EXPECT_NE(refusal(layout(f)).find("ngoài khổ giấy"), std::string::npos);
  f = name_field();
  f["align"] = "justify";
  EXPECT_NE(refusal(layout(f)).find("align"), std::string::npos);
  f = name_field();
  f["colour"] = "red";
  EXPECT_NE(refusal(layout(f)).find("colour"), std::string::npos);
  json j = layout(name_field());
  j["blanks"][0]["paper_mm"]["width"] = 10;
  EXPECT_NE(refusal(j).find("khổ giấy"), std::string::npos);
  EXPECT_EQ(refusal(layout(name_field())), "");
}

TEST(CertificateLayout, AwardsByCodeOrPrefix) {
  auto l = CertificateLayouts::from_json(layout(name_field()), "t");
  EXPECT_EQ(l.for_award("giay_khen_giam_doc"), &l.blanks()[0]);
  EXPECT_EQ(l.for_award("chien_si_tien_tien"), &l.blanks()[0]);
  EXPECT_EQ(l.for_award("chien_si_thi_dua_co_so"), nullptr);
  EXPECT_EQ(l.for_award("co_thi_dua_bo_cong_an"), nullptr);
}

TEST(CertificateLayout, PrinterOffsetMovesEveryBoxInTwips) {
  auto l = CertificateLayouts::from_json(layout(name_field()), "t");
  json v = {{"recipient_name", "Nguyễn Văn Ánh"}};
  auto at = place(l.blanks()[0], v, {});
  ASSERT_EQ(at.size(), 1u);
  EXPECT_EQ(at[0].x, 2268);  // 40 mm
  EXPECT_EQ(at[0].y, 5216);  // 92 mm
  EXPECT_EQ(at[0].w, 11339);  // 200 mm
  EXPECT_EQ(at[0].h, 624);    // 11 mm
  EXPECT_EQ(at[0].text, "Đồng chí Nguyễn Văn Ánh");
  auto moved = place(l.blanks()[0], v, {2.5, -1.5});
  EXPECT_EQ(moved[0].x, 2409);  // 42.5 mm
  EXPECT_EQ(moved[0].y, 5131);  // 90.5 mm
  EXPECT_EQ(moved[0].w, at[0].w);
  // an offset that pushes a box off the paper is refused naming the box
  try {
    place(l.blanks()[0], v, {60, 0});
    FAIL() << "accepted a box off the paper";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("Họ tên"), std::string::npos);
  }
}

TEST(CertificateLayout, OnePagePerRecipientAndTheTestPrintOutlinesOnePage) {
  auto l = CertificateLayouts::from_json(layout(name_field()), "t");
  std::vector<json> people = {{{"recipient_name", "Đỗ Văn Minh"}}, {{"recipient_name", "Phạm Thị Hương"}},
                              {{"recipient_name", "A & <B>"}}};
  std::string doc = certificate_document(l.blanks()[0], people, {1, 2}, false, "Times New Roman");
  EXPECT_EQ(count(doc, "w:type=\"page\""), 2);  // three pages
  EXPECT_EQ(count(doc, "<w:framePr"), 3);
  EXPECT_EQ(count(doc, "<w:pBdr>"), 0);
  EXPECT_NE(doc.find("Đồng chí Phạm Thị Hương"), std::string::npos);
  EXPECT_NE(doc.find("A &amp; &lt;B&gt;"), std::string::npos);
  EXPECT_NE(doc.find("w:x=\"2324\" w:y=\"5329\""), std::string::npos);  // 41 mm, 94 mm
  EXPECT_NE(doc.find("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"), std::string::npos);
  EXPECT_NE(doc.find("w:top=\"0\" w:right=\"0\" w:bottom=\"0\" w:left=\"0\""), std::string::npos);

  std::string test = certificate_document(l.blanks()[0], people, {}, true, "Times New Roman");
  EXPECT_EQ(count(test, "w:type=\"page\""), 0);  // one sheet
  EXPECT_EQ(count(test, "<w:pBdr>"), 1);        // the box outlined
  EXPECT_NE(test.find(">Họ tên<"), std::string::npos);  // and named
  EXPECT_NE(test.find("Đồng chí Đỗ Văn Minh"), std::string::npos);
}

TEST(CertificateLayout, TheShippedLayoutsLoad) {
  std::ifstream in(std::string(thidua::testing::source_dir()) + "/templates/docx/certificates.json");
  std::stringstream ss;
  ss << in.rdbuf();
  auto l = CertificateLayouts::from_json(json::parse(ss.str()), "certificates.json");
  EXPECT_GE(l.blanks().size(), 2u);
  EXPECT_NE(l.for_award("bang_khen_bo_truong"), nullptr);
  EXPECT_NE(l.for_award("giay_khen_chu_tich_xa"), nullptr);
  for (auto& b : l.blanks()) EXPECT_FALSE(b.basis.empty()) << b.code;
}
