// The documents module on its own: the template engine (tags split by Word, loops, refusals at
// load), Vietnamese numbers and dates typed in workbooks, TCVN3 detection, CSV escaping.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "core/error.h"
#include "documents/docx.h"
#include "documents/package.h"
#include "documents/sheet_reader.h"
#include "documents/table.h"
#include "test_source_dir.h"

namespace fs = std::filesystem;
using namespace thidua;
using namespace thidua::documents;

namespace {

// A copy of the shipped templates with `kind`.xml replaced by `body` (inside w:body).
std::string templates_with(const std::string& kind, const std::string& body) {
  fs::path dir = fs::temp_directory_path() / ("thidua-tpl-" + std::to_string(::getpid()) + "-" + kind);
  fs::remove_all(dir);
  fs::copy(fs::path(thidua::testing::source_dir()) / "templates", dir, fs::copy_options::recursive);
  std::ofstream(dir / "docx" / (kind + ".xml"))
      << "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
         "wordprocessingml/2006/main\"><w:body>"
      << body << "</w:body></w:document>";
  return dir.string();
}

std::string document_xml(const std::string& docx) {
  ZipReader z(docx, "test.docx");
  return z.read("word/document.xml");
}

std::map<std::string, Fields> fields() {
  std::map<std::string, Fields> k;
  k["t"].values = {"name", "note"};
  k["t"].lists["rows"].values = {"a", "b"};
  return k;
}

}  // namespace

TEST(Docx, TagSplitAcrossRunsIsFilledAndLoopsRepeatParagraphsAndRows) {
  std::string body =
      "<w:p><w:r><w:t>Kính gửi {na</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>me}.</w:t></w:r></w:p>"
      "<w:p><w:r><w:t>{#rows}</w:t></w:r></w:p><w:p><w:r><w:t>- {a}</w:t></w:r></w:p><w:p><w:r><w:t>{/rows}</w:t></w:r></w:p>"
      "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>{#rows}{a}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>{b}{/rows}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
      "<w:p><w:r><w:t>{note}</w:t></w:r></w:p>";
  auto ts = TemplateSet::load(templates_with("t", body), fields());
  nlohmann::json data = {{"name", "Công an tỉnh <Hưng Yên> & Cụm 5"},
                         {"note", "Dòng một\nDòng hai"},
                         {"rows", {{{"a", "A1"}, {"b", "B1"}}, {{"a", "A2"}, {"b", "B2"}}}}};
  std::string xml = document_xml(ts->render("t", data));
  EXPECT_NE(xml.find("Kính gửi Công an tỉnh &lt;Hưng Yên&gt; &amp; Cụm 5"), std::string::npos) << xml;
  EXPECT_NE(xml.find("- A1"), std::string::npos);
  EXPECT_NE(xml.find("- A2"), std::string::npos);
  EXPECT_EQ(xml.find("{"), std::string::npos) << "a tag left over";
  // two table rows, one per item
  size_t rows = 0;
  for (size_t i = 0; (i = xml.find("<w:tr>", i)) != std::string::npos; ++i) ++rows;
  EXPECT_EQ(rows, 2u);
  // a value of two lines: two paragraphs
  EXPECT_NE(xml.find("<w:t xml:space=\"preserve\">Dòng một</w:t>"), std::string::npos) << xml;
  EXPECT_NE(xml.find("Dòng hai"), std::string::npos);
}

TEST(Docx, LoadRefusesUnknownPlaceholdersUnbalancedLoopsAndBrokenXmlNamingTheFile) {
  auto refused = [](const std::string& body) {
    try {
      TemplateSet::load(templates_with("t", body), fields());
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  std::string m = refused("<w:p><w:r><w:t>{ten_la}</w:t></w:r></w:p>");
  EXPECT_NE(m.find("docx/t.xml"), std::string::npos) << m;
  EXPECT_NE(m.find("{ten_la}"), std::string::npos) << m;
  EXPECT_NE(refused("<w:p><w:r><w:t>{#rows}</w:t></w:r></w:p><w:p><w:r><w:t>{a}</w:t></w:r></w:p>").find("{/rows}"), std::string::npos);
  EXPECT_NE(refused("<w:p><w:r><w:t>{a}</w:t></w:r></w:p>").find("{a}"), std::string::npos) << "a list's field outside its loop";
  EXPECT_NE(refused("<w:p><w:r><w:t>x {#rows} y</w:t></w:r></w:p><w:p><w:r><w:t>{/rows}</w:t></w:r></w:p>").find("đứng riêng"),
            std::string::npos);
  EXPECT_NE(refused("<w:p><w:r><w:t>{>khong_co}</w:t></w:r></w:p>").find("partials/khong_co.xml"), std::string::npos);
  EXPECT_NE(refused("<w:p><w:r><w:t>x</w:t></w:r>").find("XML hỏng"), std::string::npos);
  // the shipped templates load
  EXPECT_TRUE(refused("<w:p><w:r><w:t>{name}</w:t></w:r></w:p>").empty());
}

TEST(Docx, PresentationFollowsTheProfileInForceOnTheDay) {
  nlohmann::json profiles = nlohmann::json::parse(R"({"profiles": [
    {"valid_from": "2020-03-05", "valid_to": "2025-06-30", "font": "Times New Roman",
     "page_mm": {"width": 210, "height": 297}, "margins_mm": {"top": 20, "bottom": 20, "left": 30, "right": 15, "header": 10},
     "sizes_pt": {"national": 13, "motto": 14, "superior": 13, "issuer": 13, "number": 13, "place_date": 14, "doc_type": 14,
                  "summary": 14, "body": 14, "heading": 14, "recipients_label": 12, "recipients": 11, "signer": 14,
                  "page_number": 13, "table": 12},
     "body": {"first_line_indent_mm": 10, "space_after_pt": 6, "line": 1.15}},
    {"valid_from": "2025-07-01", "font": "Times New Roman",
     "page_mm": {"width": 210, "height": 297}, "margins_mm": {"top": 25, "bottom": 20, "left": 35, "right": 20, "header": 10},
     "sizes_pt": {"national": 12, "motto": 13, "superior": 12, "issuer": 12, "number": 13, "place_date": 13, "doc_type": 13,
                  "summary": 13, "body": 13, "heading": 13, "recipients_label": 12, "recipients": 11, "signer": 13,
                  "page_number": 13, "table": 12},
     "body": {"first_line_indent_mm": 12.7, "space_after_pt": 6, "line": 1.5}}]})");
  auto before = presentation(profiles, *Date::from_ymd(2024, 12, 31));
  auto after = presentation(profiles, *Date::from_ymd(2025, 7, 1));
  EXPECT_EQ(before["margin_left"], "1701");  // 30 mm
  EXPECT_EQ(after["margin_left"], "1984");   // 35 mm
  EXPECT_EQ(before["sz_body"], "28");        // 14 pt in half-points
  EXPECT_EQ(after["sz_body"], "26");
  EXPECT_EQ(after["indent_first"], "720");   // 1.27 cm
  EXPECT_THROW(presentation(profiles, *Date::from_ymd(2019, 1, 1)), Error);
}

TEST(Sheets, VietnameseNumbersDatesAndTcvn3) {
  EXPECT_EQ(parse_vn_number("1.234,5"), 1234.5);
  EXPECT_EQ(parse_vn_number("1.234"), 1234.0);
  EXPECT_EQ(parse_vn_number("1.234.567"), 1234567.0);
  EXPECT_EQ(parse_vn_number("12,5"), 12.5);
  EXPECT_EQ(parse_vn_number("12.5"), 12.5);
  EXPECT_EQ(parse_vn_number("1 234"), 1234.0);
  EXPECT_EQ(parse_vn_number("-3"), -3.0);
  EXPECT_FALSE(parse_vn_number("mười"));
  EXPECT_FALSE(parse_vn_number("1,2,3"));
  EXPECT_FALSE(parse_vn_number(""));
  EXPECT_EQ(parse_vn_date("05/06/2024"), Date::from_ymd(2024, 6, 5));  // day first
  EXPECT_EQ(parse_vn_date("5/6/24"), Date::from_ymd(2024, 6, 5));
  EXPECT_EQ(parse_vn_date("05-06-2024"), Date::from_ymd(2024, 6, 5));
  EXPECT_EQ(parse_vn_date("2024-06-05"), Date::from_ymd(2024, 6, 5));
  EXPECT_FALSE(parse_vn_date("31/02/2025"));
  EXPECT_TRUE(looks_tcvn3("NguyÔn V¨n Thµnh"));
  EXPECT_FALSE(looks_tcvn3("Nguyễn Văn Thành"));
  EXPECT_FALSE(looks_tcvn3("Công an tỉnh Hưng Yên"));
}

TEST(Sheets, FilesThatAreNotWorkbooksSayWhatTheyAre) {
  auto message = [](const std::string& bytes) {
    try {
      read_workbook(bytes, "x.xlsx");
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  EXPECT_NE(message("").find("rỗng"), std::string::npos);
  EXPECT_NE(message(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(100, '\0')).find(".xls"), std::string::npos);
  EXPECT_NE(message("Họ và tên,Mã đơn vị").find("không phải"), std::string::npos);
  EXPECT_NE(message(write_zip({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}})).find(".ods"), std::string::npos);
  EXPECT_NE(message(write_zip({{"word/document.xml", "<x/>"}})).find("Word"), std::string::npos);
}

TEST(Tables, CsvKeepsFormulaLikeTextAsTextAndMissingValuesEmpty) {
  Table t;
  t.columns = {{"Đơn vị"}, {"Điểm", Column::Type::kNumber}, {"Ngày", Column::Type::kDate}};
  t.rows.push_back({std::string("=1+1"), 12.5, *Date::from_ymd(2024, 3, 19)});
  t.rows.push_back({std::string("Hà Nam, Nam Định"), Cell(), Cell()});
  std::string csv = to_csv(t);
  EXPECT_EQ(csv, "\xEF\xBB\xBF\xC4\x90\xC6\xA1n v\xE1\xBB\x8B,\xC4\x90i\xE1\xBB\x83m,Ng\xC3\xA0y\r\n'=1+1,12.5,2024-03-19\r\n\"Hà Nam, Nam Định\",,\r\n");
  EXPECT_TRUE(looks_like_formula("@SUM(A1)"));
  EXPECT_TRUE(looks_like_formula("-2+3"));
  EXPECT_FALSE(looks_like_formula("Công an"));
}
