// TCVN3 (ABC) → Unicode with the shipped table (data/tcvn3.json), on sentences typed the old way.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/error.h"
#include "documents/sheet_reader.h"
#include "documents/tcvn3.h"
#include "test_source_dir.h"

using namespace thidua;
using namespace thidua::documents;

namespace {
const Tcvn3& table() {
  static const Tcvn3 t = [] {
    std::ifstream in(std::string(thidua::testing::source_dir()) + "/data/tcvn3.json");
    std::stringstream ss;
    ss << in.rdbuf();
    return Tcvn3::from_json(nlohmann::json::parse(ss.str()));
  }();
  return t;
}
}  // namespace

TEST(Tcvn3, SentencesTypedInVnTimeBecomeUnicode) {
  EXPECT_EQ(table().to_unicode("NguyÔn V¨n Thµnh"), "Nguyễn Văn Thành");
  EXPECT_EQ(table().to_unicode("Hä vµ tªn"), "Họ và tên");
  EXPECT_EQ(table().to_unicode("C«ng an tØnh H­ng Yªn"), "Công an tỉnh Hưng Yên");
  EXPECT_EQ(table().to_unicode("§¬n vÞ quyÕt th¾ng n¨m 2024"), "Đơn vị quyết thắng năm 2024");
  EXPECT_EQ(table().to_unicode("Hoµn thµnh xuÊt s¾c nhiÖm vô"), "Hoàn thành xuất sắc nhiệm vụ");
  EXPECT_EQ(table().to_unicode("Phßng Tham m­u, §éi Qu¶n lý hµnh chÝnh"), "Phòng Tham mưu, Đội Quản lý hành chính");
  // text already in Unicode or plain ASCII is left as it is
  EXPECT_EQ(table().to_unicode("CA-HY 12/2024"), "CA-HY 12/2024");
}

TEST(Tcvn3, CapitalsFontAndRefusedTables) {
  EXPECT_EQ(table().to_unicode("bé c«ng an", true), "BỘ CÔNG AN");
  EXPECT_THROW(Tcvn3::from_json({{"map", {{"ZZ", "a"}}}}), Error);
  EXPECT_THROW(Tcvn3::from_json({{"map", {{"B5", "à"}, {"B6", "à"}}}}), Error);
  EXPECT_THROW(Tcvn3::from_json({{"map", {{"41", "a"}}}}), Error);
}

// Recognising the encoding of a cell by the patterns of the two encodings, on sentences typed
// both ways: the same sentence is TCVN3 when typed with .VnTime and Unicode when typed with Unikey.
TEST(Tcvn3, RecognisesSentencesTypedInEitherEncoding) {
  using R = Tcvn3::Reading;
  const auto& t = table();
  EXPECT_EQ(t.classify("NguyÔn V¨n Thµnh"), R::kTcvn3);
  EXPECT_EQ(t.classify("§¹i óy, §éi tr\xC2\xADëng §éi C¶nh s¸t h×nh sù"), R::kTcvn3);
  EXPECT_EQ(t.to_unicode("§¹i óy, §éi tr\xC2\xADëng §éi C¶nh s¸t h×nh sù"), "Đại úy, Đội trưởng Đội Cảnh sát hình sự");
  EXPECT_EQ(t.classify("Hoµn thµnh xuÊt s¾c nhiÖm vô n¨m 2025"), R::kTcvn3);
  EXPECT_EQ(t.classify("ChiÕn sÜ thi ®ua c¬ së"), R::kTcvn3);
  EXPECT_EQ(t.to_unicode("ChiÕn sÜ thi ®ua c¬ së"), "Chiến sĩ thi đua cơ sở");
  EXPECT_EQ(t.classify("Tr\xC3\xA7n ThÞ Mai"), R::kTcvn3);  // Trần: ç is ầ
  // Unicode: a letter beyond Latin-1 settles it; so does a word that only reads in Unicode
  EXPECT_EQ(t.classify("Nguyễn Văn Thành"), R::kUnicode);
  EXPECT_EQ(t.classify("Hoài"), R::kUnicode);        // à has no TCVN3 meaning
  EXPECT_EQ(t.classify("Toàn Bình"), R::kUnicode);     // "Bình" reads both ways, "Toàn" only in Unicode
  EXPECT_EQ(t.classify("Lê Thị Hòa"), R::kUnicode);
  // plain: no mark at all, or marks outside words
  EXPECT_EQ(t.classify("CA-HY 12/2024"), R::kPlain);
  EXPECT_EQ(t.classify("© 2024, 25°C"), R::kPlain);
  // both readings are Vietnamese: Unicode "Tô" or TCVN3 "Tụ"; "Bình" or "Bỡnh"
  EXPECT_EQ(t.classify("Tô"), R::kAmbiguous);
  EXPECT_EQ(t.classify("Bình"), R::kAmbiguous);
}

TEST(Tcvn3, SyllablesOfVietnamese) {
  for (const char* w : {"Nguyễn", "nghiêng", "khuya", "Đường", "quốc", "gì", "giữa", "THÀNH", "ươu", "Huế", "oản"})
    EXPECT_TRUE(vietnamese_syllable(w)) << w;
  for (const char* w : {"NguyÔn", "Hồa", "xyz", "Thàhn", "ắá", "tHành", "Văn2"})
    EXPECT_FALSE(vietnamese_syllable(w)) << w;
}

TEST(Tcvn3, AWorkbookIsConvertedCellByCellAndUndecidedCellsAreMarked) {
  Workbook wb;
  Sheet s;
  s.name = "Danh sách";
  auto text = [](const std::string& x) {
    SheetCell c;
    c.kind = SheetCell::Kind::kText;
    c.text = x;
    return c;
  };
  s.rows.push_back({1, {text("STT"), text("Hä vµ tªn"), text("Chøc vô")}});
  s.rows.push_back({2, {text("1"), text("NguyÔn V¨n Thµnh"), text("Tr\xC2\xADëng phßng")}});
  s.rows.push_back({3, {text("2"), text("Tô"), text("Phã phßng")}});  // "Tô" takes its column's reading: TCVN3 "Tụ"
  wb.sheets.push_back(s);
  EXPECT_EQ(convert_tcvn3(wb, table()), 6u);
  EXPECT_EQ(wb.sheets[0].rows[0].cells[1].text, "Họ và tên");
  EXPECT_EQ(wb.sheets[0].rows[1].cells[1].text, "Nguyễn Văn Thành");
  EXPECT_EQ(wb.sheets[0].rows[1].cells[1].tcvn3_from, "NguyÔn V¨n Thµnh");
  EXPECT_EQ(wb.sheets[0].rows[2].cells[1].text, "Tụ");
  EXPECT_EQ(wb.sheets[0].rows[1].cells[0].text, "1");
  EXPECT_TRUE(wb.sheets[0].rows[1].cells[0].tcvn3_from.empty());
  // in a Unicode workbook the same cell stays "Tô"; alone, nothing decides it
  Workbook uni;
  Sheet u;
  u.rows.push_back({1, {text("Họ và tên")}});
  u.rows.push_back({2, {text("Tô")}});
  uni.sheets.push_back(u);
  EXPECT_EQ(convert_tcvn3(uni, table()), 0u);
  EXPECT_EQ(uni.sheets[0].rows[1].cells[0].text, "Tô");
  Workbook alone;
  Sheet a;
  a.rows.push_back({1, {text("Tô")}});
  alone.sheets.push_back(a);
  EXPECT_EQ(convert_tcvn3(alone, table()), 0u);
  EXPECT_TRUE(alone.sheets[0].rows[0].cells[0].encoding_unclear);
}
