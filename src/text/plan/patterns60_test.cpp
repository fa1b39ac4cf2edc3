// The sixtieth round (issue 14, session 22): bodies that sign a pledge with one another where the
// text names no cluster or block ("Công an các tỉnh A, B, C ký kết giao ước thi đua", "Sở A, Sở B
// và Sở C ký giao ước thi đua", "… ký kết giao ước thi đua giữa A, B và C") are the group: its
// members, its name null, for the officer to name when setting it up. A text naming its group is
// read as before; one body signing, or bodies only counted, make no group.
// Sentences written for the test, none copied from a text.
#include <gtest/gtest.h>

#include <string>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::parse;

// Each fails without the rule: the group was null.
const test::GroupCase kSigners[] = {
    {"one force's places after its head, then 'tổ chức lễ ký kết'",
     "Ngày 15/3/2024, tại thành phố Điện Biên Phủ, Công an các tỉnh Điện Biên, Lai Châu, Sơn La, Hòa Bình "
     "và Lào Cai tổ chức lễ ký kết giao ước thi đua năm 2024.",
     {"Công an tỉnh Điện Biên", "Công an tỉnh Lai Châu", "Công an tỉnh Sơn La", "Công an tỉnh Hòa Bình",
      "Công an tỉnh Lào Cai"},
     "",
     ""},
    {"an association of four provinces",
     "Ngày 10/1/2025, Hội Cựu chiến binh các tỉnh Bắc Giang, Bắc Ninh, Lạng Sơn và Thái Nguyên tổ chức ký kết "
     "giao ước thi đua năm 2025.",
     {"Hội Cựu chiến binh tỉnh Bắc Giang", "Hội Cựu chiến binh tỉnh Bắc Ninh", "Hội Cựu chiến binh tỉnh Lạng Sơn",
      "Hội Cựu chiến binh tỉnh Thái Nguyên"},
     "",
     ""},
    {"bodies of different kinds named one by one",
     "Chiều 8/1/2025, Liên đoàn Lao động tỉnh Quảng Trị, Hội Liên hiệp Phụ nữ tỉnh Quảng Trị và Tỉnh đoàn "
     "Quảng Trị ký kết giao ước thi đua năm 2025.",
     {"Liên đoàn Lao động tỉnh Quảng Trị", "Hội Liên hiệp Phụ nữ tỉnh Quảng Trị", "Tỉnh đoàn Quảng Trị"},
     "",
     ""},
    {"wards' police, whose they are said before the verb",
     "Ngày 5/3/2024, Công an phường Phú Hội, Công an phường Vĩnh Ninh và Công an phường Đông Ba thuộc Công an "
     "thành phố Huế đã ký kết giao ước thi đua \"Vì an ninh Tổ quốc\" năm 2024.",
     {"Công an phường Phú Hội", "Công an phường Vĩnh Ninh", "Công an phường Đông Ba"},
     "",
     ""},
    {"the signers after 'giữa'",
     "Sáng 12/1/2025, Trường THPT Lê Lợi tổ chức lễ ký kết giao ước thi đua năm học 2024 - 2025 giữa Trường "
     "THPT Lê Lợi, Trường THPT Nguyễn Du và Trường THPT Trần Phú.",
     {"Trường THPT Lê Lợi", "Trường THPT Nguyễn Du", "Trường THPT Trần Phú"},
     "",
     ""},
};

TEST(PlanPatterns60, BodiesSigningAPledgeWithOneAnotherAreAGroupWithoutAName) {
  for (const auto& c : kSigners) {
    test::expect_group(c);
    EXPECT_TRUE(parse(c.text)["group"]["name"].is_null()) << c.what;
  }
}

TEST(PlanPatterns60, OneSignerBodiesOnlyCountedOrANamedGroupAreReadAsBefore) {
  // One body signs with its people, not with other bodies.
  EXPECT_TRUE(parse("Ngày 6/1/2025, Công an tỉnh Hà Tĩnh tổ chức hội nghị ký kết giao ước thi đua năm 2025 "
                    "giữa các phòng, đơn vị.")["group"]
                  .is_null());
  // Bodies counted, none named.
  EXPECT_TRUE(parse("Ngày 6/1/2025, đại diện lãnh đạo 9 đơn vị đã ký kết giao ước thi đua năm 2025.")["group"].is_null());
  // A pact that is no pledge of emulation.
  EXPECT_TRUE(parse("Ngày 6/1/2025, Công an tỉnh A Lưới, Bộ Chỉ huy Quân sự tỉnh Quảng Trị và Bộ Chỉ huy Bộ đội "
                    "Biên phòng tỉnh Quảng Trị ký kết quy chế phối hợp năm 2025.")["group"]
                  .is_null());
  // A named group keeps its name.
  const auto named = parse("Ngày 9/1/2025, Công an các tỉnh Hà Tĩnh, Nghệ An và Thanh Hóa thuộc Cụm thi đua số 4 "
                           "ký kết giao ước thi đua năm 2025.");
  ASSERT_TRUE(named["group"].is_object());
  EXPECT_EQ(named["group"]["name"], "Cụm thi đua số 4");
}

// (session 22) A police unit written short ("CA tỉnh A") is printed in full, as the Conventions write
// positions; "UBND" stays as written.
TEST(PlanPatterns60, APoliceUnitWrittenShortIsPrintedInFull) {
  EXPECT_EQ(test::strings(parse("Ngày 10/3/2025, CA tỉnh Hà Tĩnh tổ chức lễ phát động phong trào thi đua \"Vì an "
                                "ninh Tổ quốc\" năm 2025.")["organizers"]),
            (std::vector<std::string>{"Công an tỉnh Hà Tĩnh"}));
  EXPECT_EQ(test::strings(parse("Ngày 10/3/2025, UBND huyện Can Lộc tổ chức lễ phát động phong trào thi đua năm "
                                "2025.")["organizers"]),
            (std::vector<std::string>{"UBND huyện Can Lộc"}));
}

}  // namespace
}  // namespace thidua::text::plan
