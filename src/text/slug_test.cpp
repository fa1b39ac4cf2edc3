#include <gtest/gtest.h>

#include <set>

#include "text/slug.h"

using thidua::text::slug;
using thidua::text::unique_code;

TEST(Slug, VietnameseNamesBecomeReadableCodes) {
  EXPECT_EQ(slug("Cụm thi đua số 5"), "cum-thi-dua-so-5");
  EXPECT_EQ(slug("Khối các Tổ bảo vệ ANTT xã Vĩnh Thuận năm 2025"), "khoi-cac-to-bao-ve-antt-xa-vinh-thuan-nam-2025");
  EXPECT_EQ(slug("  \"Vì an ninh Tổ quốc\" – 2024 "), "vi-an-ninh-to-quoc-2024");
  EXPECT_EQ(slug("!!!"), "ma");
  std::string long_name = slug("Quy định chấm điểm thi đua phong trào Vì an ninh Tổ quốc năm 2024 Cụm thi đua số 5 Bộ Công an", 40);
  EXPECT_LE(long_name.size(), 40u);
  EXPECT_NE(long_name.back(), '-');
}

TEST(Slug, ATakenCodeGetsTheFirstFreeSuffix) {
  std::set<std::string> used = {"khoi-to", "khoi-to-2"};
  EXPECT_EQ(unique_code("khoi-to", [&](const std::string& c) { return used.count(c) > 0; }), "khoi-to-3");
  EXPECT_EQ(unique_code("cum-5", [&](const std::string& c) { return used.count(c) > 0; }), "cum-5");
}
