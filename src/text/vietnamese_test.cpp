#include "text/vietnamese.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace thidua::text {

TEST(Fold, SearchIgnoresCaseDiacriticsAndFoldsDStroke) {
  EXPECT_EQ(fold("Đồng Hới"), "dong hoi");
  EXPECT_EQ(fold("Nguyễn Văn Đệ"), "nguyen van de");
  EXPECT_EQ(fold("  CÔNG   AN\txã Vĩnh Thuận "), "cong an xa vinh thuan");
  // Decomposed input (as some keyboards send it) folds the same as precomposed.
  EXPECT_EQ(fold("Ho\xcc\x82\xcc\x80"), fold("Hồ"));
}

TEST(Fold, AsciiTextFoldsAsTheFullPathDoesAndNfcKeepsNormalisedText) {
  // ASCII takes a short path: the same answer as for text with marks around it
  EXPECT_EQ(fold("  MA  Don\tVI\r\n"), "ma don vi");
  EXPECT_EQ(fold("  MA  Don\tVI\r\nĐ"), "ma don vi d");
  EXPECT_EQ(fold(""), "");
  EXPECT_EQ(fold(" \t "), "");
  EXPECT_EQ(fold("A-1/B_2"), "a-1/b_2");
  // NFC: precomposed text is kept as it is, decomposed text composed, broken UTF-8 replaced
  EXPECT_EQ(to_nfc("Nguyễn Văn Đệ"), "Nguyễn Văn Đệ");
  EXPECT_EQ(to_nfc("Ho\xcc\x82\xcc\x80"), "Hồ");
  EXPECT_EQ(to_nfc("plain"), "plain");
  EXPECT_EQ(to_nfc("a\xc3\x28"), "a\xef\xbf\xbd(");
}

TEST(Fold, Utf8Validation) {
  EXPECT_TRUE(is_valid_utf8("Trà Vinh"));
  EXPECT_FALSE(is_valid_utf8("\xc3\x28"));
  EXPECT_FALSE(is_valid_utf8("\xed\xa0\x80"));  // surrogate
  EXPECT_FALSE(is_valid_utf8("\xc0\xaf"));      // overlong '/'
}

TEST(Collation, VietnameseLettersSortAfterTheirBase) {
  // In Vietnamese order đ is its own letter after d, and ư after u: "Đồng Hới" sorts after
  // "Duy Tiên" even though a byte or plain-folded sort would put it first.
  std::vector<std::string> names = {"Đồng Hới", "Duy Tiên", "Ân Thi", "Anh Sơn", "Ưng Hòa", "Uông Bí"};
  std::sort(names.begin(), names.end(), [](auto& a, auto& b) { return sort_key(a) < sort_key(b); });
  EXPECT_EQ(names, (std::vector<std::string>{"Anh Sơn", "Ân Thi", "Duy Tiên", "Đồng Hới", "Uông Bí", "Ưng Hòa"}));
  EXPECT_LT(compare_vi("Duy", "Đa"), 0);
}

}  // namespace thidua::text
