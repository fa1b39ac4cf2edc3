#include "text/plan/document.h"

#include <gtest/gtest.h>

#include "core/error.h"

namespace thidua::text::plan {
namespace {

ErrorCode code_of(std::string_view input) {
  try {
    analyse(input);
  } catch (const Error& e) {
    EXPECT_FALSE(std::string(e.what()).empty());
    return e.code();
  }
  return ErrorCode::kInternal;
}

std::string message_of(std::string_view input) {
  try {
    analyse(input);
  } catch (const Error& e) {
    return e.what();
  }
  return {};
}

TEST(PlanNormalise, EveryKindOfQuoteBecomesCurlyQuotes) {
  EXPECT_EQ(normalise("phong trào \"Vì an ninh Tổ quốc\" và «Tết bình yên»"),
            "phong trào \u201CVì an ninh Tổ quốc\u201D và \u201CTết bình yên\u201D");
  // A writer who typed ” for both marks still gets an opening mark.
  EXPECT_EQ(normalise("chủ đề \u201DLực lượng mới\u201D"), "chủ đề \u201CLực lượng mới\u201D");
}

TEST(PlanNormalise, DashesBetweenWordsAndDatesAreSpacedButDatesKeepTheirs) {
  EXPECT_EQ(normalise("(3/2/1930 -3/2/2025)"), "(3/2/1930 - 3/2/2025)");
  EXPECT_EQ(normalise("kinh tế –xã hội, hậu cần — kỹ thuật"), "kinh tế - xã hội, hậu cần - kỹ thuật");
  EXPECT_EQ(normalise("Ngày 19-8-2025"), "Ngày 19-8-2025");
  EXPECT_EQ(normalise("-Đợt 1"), "- Đợt 1");
}

TEST(PlanNormalise, WhiteSpaceLineEndsAndDecomposedLettersAreMadeRegular) {
  EXPECT_EQ(normalise("Đại tá\u00A0Nguyễn\tVăn   Hòa \r\n\r\n\r\nGiám đốc\r\n"), "Đại tá Nguyễn Văn Hòa\n\nGiám đốc");
  EXPECT_EQ(normalise("Nghe\xCC\xA3\xCC\x82 An"), "Nghệ An");  // e + dot below + circumflex
  EXPECT_EQ(normalise("\xEF\xBB\xBFTrà Vinh"), "Trà Vinh");       // a BOM is dropped
}

TEST(PlanNormalise, ALineWrappedBeforeALowerCaseWordOrAfterACommaJoinsTheLineBefore) {
  EXPECT_EQ(normalise("tổ chức Hội nghị tổng kết\nphong trào thi đua"), "tổ chức Hội nghị tổng kết phong trào thi đua");
  EXPECT_EQ(normalise("có đồng chí Hà Lan Anh,\nPhó Chủ tịch UBND tỉnh."), "có đồng chí Hà Lan Anh, Phó Chủ tịch UBND tỉnh.");
  EXPECT_EQ(normalise("KẾ HOẠCH\nPhát động phong trào"), "KẾ HOẠCH\nPhát động phong trào");
}

TEST(PlanSegment, SentencesEndAtStopsButNotInsideNumbersDatesOrAbbreviations) {
  Document doc = analyse("Ngày 19/8/2025, Công an tỉnh tổ chức lễ. Tham dự có 1.000 người. TP. Vinh rực rỡ cờ hoa.");
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.text_of(doc.sentences[1].first, doc.sentences[1].last), "Tham dự có 1.000 người.");
  EXPECT_EQ(doc.text_of(doc.sentences[2].first, doc.sentences[2].last), "TP. Vinh rực rỡ cờ hoa.");
}

TEST(PlanSegment, NoSentenceEndsInsideAQuote) {
  Document doc = analyse("Chủ đề “Xây dựng lực lượng. Vì nhân dân phục vụ” được quán triệt. Buổi lễ kết thúc.");
  EXPECT_EQ(doc.sentences.size(), 2u);
}

TEST(PlanSegment, AQuoteLeftOpenEndsAtTheClauseThatFollowsIt) {
  // The Nghệ An article forgets the closing mark of the second phase's title.
  Document doc = analyse("Đợt 2 từ ngày 4/2/2025 “Thi đua lập thành tích (19/8/1945 - 19/8/2025), trọng tâm là bảo đảm ANTT.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_FALSE(doc.quotes[0].closed);
  EXPECT_EQ(doc.quote_text(doc.quotes[0]), "Thi đua lập thành tích (19/8/1945 - 19/8/2025)");
}

TEST(PlanSegment, ListMarkersAndHeadingsOfAFormalPlanAreRecognised) {
  Document doc = analyse("II. NỘI DUNG THI ĐUA\n1. Thi đua tấn công tội phạm;\na) Tuần tra;\n- Kiểm tra;\n1.2. Mục nhỏ");
  ASSERT_EQ(doc.lines.size(), 5u);
  EXPECT_EQ(doc.lines[0].marker, "II");
  EXPECT_EQ(doc.lines[0].level, 1);
  EXPECT_TRUE(doc.lines[0].heading);
  EXPECT_EQ(doc.lines[1].level, 2);
  EXPECT_FALSE(doc.lines[1].heading);
  EXPECT_EQ(doc.lines[2].level, 4);
  EXPECT_EQ(doc.lines[3].level, 5);
  EXPECT_EQ(doc.lines[4].marker, "1.2");
  EXPECT_EQ(doc.line_text(1), "Thi đua tấn công tội phạm;");
}

TEST(PlanWordKey, ToneMarksTellWordsApartButOldAndNewTonePlacementDoNot) {
  EXPECT_NE(word_key("giảm"), word_key("giám"));  // reduce, not supervise
  EXPECT_NE(word_key("tăng"), word_key("tặng"));  // increase, not award
  EXPECT_EQ(word_key("Hoá"), word_key("hóa"));
  EXPECT_EQ(word_key("uỷ"), word_key("Ủy"));
  EXPECT_EQ(title_case("QUẢNG BÌNH"), "Quảng Bình");
}

TEST(PlanInputErrors, EmptyOrBlankTextIsRefused) {
  EXPECT_EQ(code_of(""), ErrorCode::kInvalid);
  EXPECT_EQ(code_of("  \n\t \r\n\u00A0"), ErrorCode::kInvalid);
  EXPECT_NE(message_of(" ").find("trống"), std::string::npos);
}

TEST(PlanInputErrors, Windows1258AndLatin1BytesAreRefusedWithAHint) {
  // "Công an tỉnh" saved as Latin-1 (ô = F4) and as Windows-1258 (ỉ = i + D2 combining hook).
  EXPECT_EQ(code_of("C\xF4ng an t\xECnh"), ErrorCode::kInvalid);
  EXPECT_EQ(code_of("C\xF4ng an ti\xD2nh Tr\xE0 Vinh"), ErrorCode::kInvalid);
  EXPECT_NE(message_of("C\xF4ng an").find("UTF-8"), std::string::npos);
}

TEST(PlanInputErrors, BinaryDataIsRefused) {
  EXPECT_EQ(code_of(std::string("PK\x03\x04\0\0binary", 12)), ErrorCode::kInvalid);
  EXPECT_EQ(code_of("\x01\x02\x03\x04\x05\x06\x07\x08 abc"), ErrorCode::kInvalid);
}

}  // namespace
}  // namespace thidua::text::plan
