// The workbook reader scans worksheets and shared strings as they are inflated (XmlStream): the
// same cells whatever the chunk boundaries, entities and character references decoded, inline and
// rich strings, rows and cells without r=, very long shared strings, and broken XML refused.
#include <gtest/gtest.h>

#include <random>

#include "core/error.h"
#include "documents/package.h"
#include "documents/sheet_reader.h"
#include "documents/xml_stream.h"

using namespace thidua;
using namespace thidua::documents;

namespace {

// Every token of `xml` as one line ("<name a=v>", "</name>", "text"), read `chunk` bytes at a time.
std::vector<std::string> tokens(const std::string& xml, size_t chunk, std::vector<std::string> attrs = {"r", "t"}) {
  size_t at = 0;
  XmlStream x(
      [&](char* buf, size_t cap) {
        size_t n = std::min(cap, xml.size() - at);
        std::copy(xml.data() + at, xml.data() + at + n, buf);
        at += n;
        return n;
      },
      "Tệp t.xlsx: phần p.xml", chunk);
  std::vector<std::string> out;
  std::string text, v;
  for (;;) {
    auto t = x.next();
    if (t != XmlStream::Token::kText && !text.empty()) out.push_back(text), text.clear();  // pieces of one text joined
    if (t == XmlStream::Token::kEof) break;
    if (t == XmlStream::Token::kText) text += x.text();
    if (t == XmlStream::Token::kEnd) out.push_back("</" + std::string(x.name()) + ">" + std::to_string(x.depth()));
    if (t == XmlStream::Token::kStart) {
      std::string s = "<" + std::string(x.name());
      for (auto& a : attrs)
        if (x.attr(a, v)) s += " " + a + "=" + v;
      out.push_back(s + ">" + std::to_string(x.depth()));
    }
  }
  return out;
}

std::string message_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

// A workbook of one sheet from its XML parts (shared strings and styles optional).
std::string workbook(const std::string& sheet_xml, const std::string& shared_xml = "", const std::string& styles_xml = "",
                     bool date1904 = false) {
  std::string rels =
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
      "Target=\"worksheets/sheet1.xml\"/>";
  if (!shared_xml.empty())
    rels += "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
            "Target=\"sharedStrings.xml\"/>";
  if (!styles_xml.empty())
    rels += "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
            "Target=\"styles.xml\"/>";
  rels += "</Relationships>";
  std::vector<std::pair<std::string, std::string>> parts = {
      {"xl/workbook.xml",
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
       "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
           std::string(date1904 ? "<workbookPr date1904=\"1\"/>" : "") +
           "<sheets><sheet name=\"Danh sách\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
      {"xl/_rels/workbook.xml.rels", rels},
      {"xl/worksheets/sheet1.xml", sheet_xml}};
  if (!shared_xml.empty()) parts.emplace_back("xl/sharedStrings.xml", shared_xml);
  if (!styles_xml.empty()) parts.emplace_back("xl/styles.xml", styles_xml);
  return write_zip(parts);
}

std::string sheet(const std::string& rows, const std::string& after = "") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
         "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
         rows + "</sheetData>" + after + "</worksheet>";
}

const SheetCell& cell(const Sheet& s, size_t row, size_t col) { return s.rows.at(row).cells.at(col); }

}  // namespace

TEST(XmlStream, EntitiesCdataCommentsAndTheDoctypeWhateverTheChunkSize) {
  const std::string xml =
      "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!DOCTYPE x [ <!ENTITY boom \"a\"> ]><!-- before -->"
      "<x:root xmlns:x=\"u\"><c r=\"A&amp;1\" t='s'>Ph&#7841;m &lt;V&#x103;n&gt; &amp; &quot;B&apos; &boom; &#0; a&b</c>"
      "<c><![CDATA[<not a tag> & no entity]]></c><!-- a comment <c> --><?pi data?><e/>line\r\nend\rx</x:root> trailing";
  std::vector<std::string> want = {"<root>1",
                                   "<c r=A&1 t=s>2",
                                   "Phạm <Văn> & \"B' &boom; &#0; a&b",
                                   "</c>2",
                                   "<c>2",
                                   "<not a tag> & no entity",
                                   "</c>2",
                                   "<e>2",
                                   "</e>2",
                                   "line\nend\nx",
                                   "</root>1"};
  for (size_t chunk : {1, 2, 3, 5, 7, 64, 1 << 16}) EXPECT_EQ(tokens(xml, chunk), want) << "chunk " << chunk;
}

TEST(XmlStream, BrokenXmlIsRefusedNamingThePart) {
  for (const char* bad : {"<a><b></a></b>", "<a><b>", "<a", "<a b=c></a>", "<a b=\"c></a>", "", "   ", "<a></a  ", "text<a/>",
                          "<a><!-- never closed</a>", "<a><![CDATA[ never closed</a>"}) {
    for (size_t chunk : {1, 3, 1 << 16}) {
      std::string m = message_of([&] { tokens(bad, chunk); });
      EXPECT_NE(m.find("Tệp t.xlsx: phần p.xml bị hỏng"), std::string::npos) << "\"" << bad << "\" chunk " << chunk << ": " << m;
    }
  }
}

TEST(SheetReader, ACellReferencePastTheLastColumnIsLeftOutAndTheRowReadOn) {
  // A column no spreadsheet can have (past XFD) — found by the fuzzer as an overflow.
  auto wb = read_workbook(workbook(sheet("<row><c r=\"A1\"><v>1</v></c><c r=\"ZZZZZZZZZZZZZZZZ1\"><v>2</v></c>"
                                         "<c r=\"XFE1\"><v>3</v></c><c r=\"C1\"><v>4</v></c></row>")),
                          "x.xlsx");
  const Sheet& s = wb.sheets.at(0);
  ASSERT_EQ(s.rows.size(), 1u);
  EXPECT_EQ(cell(s, 0, 0).number, 1);
  EXPECT_EQ(cell(s, 0, 2).number, 4);
  EXPECT_TRUE(cell(s, 0, 1).empty());
}

TEST(SheetReader, RowsAndCellsWithoutReferencesFollowTheOneBefore) {
  auto wb = read_workbook(workbook(sheet("<row><c t=\"inlineStr\"><is><t>a</t></is></c><c><v>2</v></c><c r=\"E1\"><v>5</v></c><c><v>6</v></c></row>"
                                         "<row r=\"4\"><c t=\"inlineStr\"><is><t>b</t></is></c></row>"
                                         "<row><c r=\"B5\" t=\"inlineStr\"><is><t>c</t></is></c></row>"
                                         "<row r=\"7\"/><row><c><v>8</v></c></row>")),
                          "r.xlsx");
  const Sheet& s = wb.sheets.at(0);
  ASSERT_EQ(s.rows.size(), 4u);  // the empty row 7 is left out
  EXPECT_EQ(s.rows[0].number, 1);
  EXPECT_EQ(cell(s, 0, 0).text, "a");
  EXPECT_EQ(cell(s, 0, 1).number, 2);
  EXPECT_EQ(cell(s, 0, 4).number, 5);
  EXPECT_EQ(cell(s, 0, 5).number, 6);  // F1: after E1
  EXPECT_TRUE(cell(s, 0, 2).empty());
  EXPECT_EQ(s.rows[1].number, 4);
  EXPECT_EQ(s.rows[2].number, 5);  // after row 4
  EXPECT_EQ(cell(s, 2, 1).text, "c");
  EXPECT_EQ(s.rows[3].number, 8);  // after row 7, empty as it is
  EXPECT_EQ(cell(s, 3, 0).number, 8);
}

TEST(SheetReader, InlineAndRichStringsEntitiesAndTypedCells) {
  std::string shared =
      "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"3\">"
      "<si><t>Nguy&#7877;n V&#259;n &amp; Co</t></si>"
      "<si><r><rPr><b/></rPr><t xml:space=\"preserve\">Tr&#7847;n </t></r><r><t>Th&#7883;</t></r>"
      "<rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh></si>"
      "<si><t>Ca_x000D_ch</t></si></sst>";
  std::string styles =
      "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts count=\"1\">"
      "<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts><cellXfs count=\"3\"><xf numFmtId=\"0\"/>"
      "<xf numFmtId=\"14\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>";
  std::string rows =
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c>"
      "<c r=\"D1\" t=\"inlineStr\"><is><r><t>L&#234; </t></r><r><t>B&#236;nh</t></r><rPh><t>X</t></rPh></is></c></row>"
      "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>45839</v></c><c r=\"B2\" s=\"2\"><v>45839.75</v></c>"
      "<c r=\"C2\" t=\"str\"><f>UPPER(\"a&amp;b\")</f><v>A&amp;B</v></c><c r=\"D2\" t=\"b\"><v>1</v></c>"
      "<c r=\"E2\" t=\"e\"><v>#DIV/0!</v></c><c r=\"F2\" t=\"d\"><v>2025-07-01T00:00:00</v></c><c r=\"G2\"><f>1+1</f><v>2</v></c></row>";
  auto wb = read_workbook(workbook(sheet(rows, "<mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells>"), shared, styles), "t.xlsx");
  const Sheet& s = wb.sheets.at(0);
  EXPECT_EQ(s.name, "Danh sách");
  EXPECT_EQ(cell(s, 0, 0).text, "Nguyễn Văn & Co");
  EXPECT_EQ(cell(s, 0, 1).text, "Trần Thị");  // the runs, not the phonetic reading
  EXPECT_EQ(cell(s, 0, 2).text, "Ca\rch");
  EXPECT_EQ(cell(s, 0, 3).text, "Lê Bình");
  EXPECT_EQ(cell(s, 1, 0).kind, SheetCell::Kind::kDate);
  EXPECT_EQ(cell(s, 1, 0).date, Date::from_ymd(2025, 7, 1));
  EXPECT_EQ(cell(s, 1, 0).text, "01/07/2025");
  EXPECT_EQ(cell(s, 1, 1).date, Date::from_ymd(2025, 7, 1));  // a custom date format; the time is dropped
  EXPECT_EQ(cell(s, 1, 2).text, "A&B");
  EXPECT_TRUE(cell(s, 1, 2).formula);
  EXPECT_EQ(cell(s, 1, 3).kind, SheetCell::Kind::kBool);
  EXPECT_EQ(cell(s, 1, 3).text, "TRUE");
  EXPECT_EQ(cell(s, 1, 4).kind, SheetCell::Kind::kError);
  EXPECT_EQ(cell(s, 1, 4).text, "#DIV/0!");
  EXPECT_EQ(cell(s, 1, 5).date, Date::from_ymd(2025, 7, 1));
  EXPECT_EQ(cell(s, 1, 6).number, 2);
  EXPECT_TRUE(cell(s, 1, 6).formula);
  EXPECT_FALSE(cell(s, 1, 0).formula);
  EXPECT_EQ(s.merges, std::vector<std::string>{"A1:B1"});
  // the same serial in the 1904 system is four years and a day later
  auto wb1904 = read_workbook(workbook(sheet("<row><c s=\"1\"><v>44377</v></c></row>"), "", styles, true), "t.xlsx");
  EXPECT_EQ(cell(wb1904.sheets[0], 0, 0).date, Date::from_ymd(2025, 7, 1));
}

TEST(SheetReader, VeryLongSharedStringsAndASheetSpreadOverManyInflateChunks) {
  // a 300 KB shared string (several 64 KB chunks of the scanner), then 20,000 rows of cells whose
  // text and entities fall across chunk boundaries somewhere
  std::string long_text;
  for (int i = 0; i < 30000; ++i) long_text += "Đoàn &amp; " + std::to_string(i % 10);
  std::string shared = "<sst><si><t>" + long_text + "</t></si><si><t>ngắn</t></si></sst>";
  std::string rows;
  for (int i = 1; i <= 20000; ++i)
    rows += "<row r=\"" + std::to_string(i) + "\"><c r=\"A" + std::to_string(i) + "\" t=\"s\"><v>" + (i % 5000 == 1 ? "0" : "1") +
            "</v></c><c r=\"B" + std::to_string(i) + "\" t=\"inlineStr\"><is><t>H&#7891; s&#417; &lt;" + std::to_string(i) +
            "&gt;</t></is></c><c r=\"C" + std::to_string(i) + "\"><v>" + std::to_string(i) + ".5</v></c></row>";
  auto wb = read_workbook(workbook(sheet(rows), shared), "long.xlsx");
  const Sheet& s = wb.sheets.at(0);
  ASSERT_EQ(s.rows.size(), 20000u);
  std::string want_long;
  for (int i = 0; i < 30000; ++i) want_long += "Đoàn & " + std::to_string(i % 10);
  for (int i = 1; i <= 20000; ++i) {
    const auto& r = s.rows[static_cast<size_t>(i - 1)];
    ASSERT_EQ(r.number, i);
    ASSERT_EQ(r.cells.size(), 3u);
    ASSERT_EQ(r.cells[0].text, i % 5000 == 1 ? want_long : "ngắn") << "row " << i;
    ASSERT_EQ(r.cells[1].text, "Hồ sơ <" + std::to_string(i) + ">") << "row " << i;
    ASSERT_EQ(r.cells[2].number, i + 0.5) << "row " << i;
  }
}

TEST(SheetReader, BrokenSheetsMissingStringsAndTooManyRowsAreRefused) {
  EXPECT_NE(message_of([] { read_workbook(workbook(sheet("<row><c><v>1</v></row>")), "a.xlsx"); })
                .find("Tệp a.xlsx: phần xl/worksheets/sheet1.xml bị hỏng"),
            std::string::npos);
  EXPECT_NE(message_of([] { read_workbook(workbook("<worksheet><sheetData><row><c><v>1</v></c></row>"), "a.xlsx"); }).find("bị hỏng"),
            std::string::npos);
  EXPECT_NE(message_of([] { read_workbook(workbook(sheet("<row><c r=\"A1\" t=\"s\"><v>3</v></c></row>"), "<sst><si><t>x</t></si></sst>"), "a.xlsx"); })
                .find("ô A1 trỏ tới chuỗi không có"),
            std::string::npos);
  EXPECT_NE(message_of([] { read_workbook(workbook(sheet("<row><c><v>1</v></c></row>"), "<sst><si><t>x</si></sst>"), "a.xlsx"); })
                .find("phần xl/sharedStrings.xml bị hỏng"),
            std::string::npos);
  std::string rows;
  for (int i = 0; i < 11; ++i) rows += "<row><c><v>1</v></c></row>";
  ReadLimits limits;
  limits.max_rows = 10;
  EXPECT_NE(message_of([&] { read_workbook(workbook(sheet(rows)), "a.xlsx", limits); }).find("có hơn 10 dòng"), std::string::npos);
  // a sheet inflating to 20 MB of spaces: refused as a zip bomb while it is being inflated
  EXPECT_NE(message_of([] { read_workbook(workbook(sheet(std::string(20 << 20, ' '))), "bomb.xlsx"); }).find("bom zip"), std::string::npos);
}

TEST(XmlStream, MangledPartsGiveTheSameTokensOrTheSameRefusalWhateverTheChunks) {
  // 3,000 mangled copies of a sheet (bytes changed, dropped, cut; '<', '&', quotes, ';' put in):
  // read one byte at a time and 64 KB at a time, the tokens are the same or both are refused
  const std::string base =
      "<?xml version=\"1.0\"?><worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r='B1' "
      "t=\"inlineStr\"><is><r><t>Tr&#7847;n &amp; &lt;x&gt;</t></r></is></c></row><!-- c --><row><c><f>1+1</f><v>2</v></c>"
      "<c t=\"str\"><v><![CDATA[a<b]]></v></c></row></sheetData><mergeCells><mergeCell ref=\"A1:B1\"/></mergeCells></worksheet>";
  std::mt19937 rng(20261205);
  const std::string inserts = "<>&;\"'/=![]- x";
  for (int n = 0; n < 3000; ++n) {
    std::string xml = base;
    for (int k = 0, edits = 1 + static_cast<int>(rng() % 4); k < edits && !xml.empty(); ++k) {
      size_t at = rng() % xml.size();
      switch (rng() % 4) {
        case 0: xml[at] = inserts[rng() % inserts.size()]; break;
        case 1: xml.erase(at, 1 + rng() % 6); break;
        case 2: xml.insert(at, 1, inserts[rng() % inserts.size()]); break;
        default: xml.resize(at); break;
      }
    }
    std::vector<std::string> one, whole;
    std::string m1 = message_of([&] { one = tokens(xml, 1); }), m2 = message_of([&] { whole = tokens(xml, 1 << 16); });
    ASSERT_EQ(m1, m2) << xml;
    ASSERT_EQ(one, whole) << xml;
  }
}
