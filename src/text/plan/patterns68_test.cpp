// The sixty-eighth round (issue 14, session 23, s23-movement): the movement a text names — where its
// name ends, when a description is no name, and which of several movements is the text's — read as
// the Conventions (tests/fixtures/plans/README.md) say. Sentences written for the tests, none copied
// from a text; police, army, veterans, unions, departments, communes.
#include <gtest/gtest.h>

#include <string>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::parse;

struct NameCase {
  const char* what;
  const char* text;
  const char* name;  // "" for null
};

void expect_name(const NameCase& c) {
  SCOPED_TRACE(c.what);
  const auto r = parse(c.text);
  if (*c.name) EXPECT_EQ(r["movement"]["name"], c.name);
  else EXPECT_TRUE(r["movement"]["name"].is_null()) << r["movement"]["name"];
}

// A campaign named by its purpose runs to the end of what it celebrates: a document's title quoted
// after "ra" ("Ngày Chủ tịch Hồ Chí Minh ra “Lời kêu gọi thi đua ái quốc”"), a second occasion after
// a comma, "và" or ";" ("chào mừng Đại hội A, Đại hội B … tiến tới Đại hội C"), an anniversary's
// bracket of dates between two occasions (the bracket closing the name is left out), and the
// grassroots force's name "bảo vệ an ninh, trật tự tại (các) cơ sở". Not a theme quoted after "với chủ đề",
// a clause of time after a comma, a place after "tại".
TEST(PlanPatterns68, ACampaignsNameRunsToTheEndOfWhatItCelebrates) {
  const NameCase cases[] = {
      {"police: a document's title quoted after 'ra', its bracket of dates left out",
       "Ngày 5/6/2023, Công an tỉnh Lạng Sơn phát động đợt thi đua cao điểm kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí "
       "Minh ra “Lời kêu gọi thi đua ái quốc” (11/6/1948 - 11/6/2023).\n",
       "đợt thi đua cao điểm kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra “Lời kêu gọi thi đua ái quốc”"},
      {"veterans: two congresses after a comma",
       "Sáng 12/3/2020, Hội Cựu chiến binh tỉnh Bắc Giang phát động đợt thi đua đặc biệt chào mừng Đại hội đại biểu "
       "Hội Cựu chiến binh tỉnh lần thứ VII, Đại hội đại biểu toàn quốc Hội Cựu chiến binh Việt Nam lần thứ VII.\n",
       "đợt thi đua đặc biệt chào mừng Đại hội đại biểu Hội Cựu chiến binh tỉnh lần thứ VII, Đại hội đại biểu toàn "
       "quốc Hội Cựu chiến binh Việt Nam lần thứ VII"},
      {"army: an anniversary's bracket between two occasions",
       "Ngày 28/7/2020, Bộ Chỉ huy Quân sự tỉnh Cà Mau phát động đợt thi đua cao điểm chào mừng kỷ niệm 75 năm Cách "
       "mạng Tháng Tám (19/8/1945 - 19/8/2020) và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (2/9/1945 - "
       "2/9/2020).\n",
       "đợt thi đua cao điểm chào mừng kỷ niệm 75 năm Cách mạng Tháng Tám (19/8/1945 - 19/8/2020) và Quốc khánh "
       "nước Cộng hòa xã hội chủ nghĩa Việt Nam"},
      {"unions: a launch's emulation by its purpose, two congresses joined by 'và'",
       "Ngày 10/1/2025, Liên đoàn Lao động tỉnh Nghệ An phát động thi đua chào mừng Đại hội Công đoàn tỉnh lần thứ "
       "XIX và Đại hội Công đoàn Việt Nam lần thứ XIV.\n",
       "thi đua chào mừng Đại hội Công đoàn tỉnh lần thứ XIX và Đại hội Công đoàn Việt Nam lần thứ XIV"},
      {"commune party: a second congress after a comma, then 'tiến tới' a third",
       "Sáng 2/3/2020, Đảng ủy xã Tân Phú phát động đợt thi đua đặc biệt chào mừng Đại hội Đảng bộ xã lần thứ XX, "
       "Đại hội Đảng bộ huyện lần thứ XXII tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.\n",
       "đợt thi đua đặc biệt chào mừng Đại hội Đảng bộ xã lần thứ XX, Đại hội Đảng bộ huyện lần thứ XXII tiến tới "
       "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"},
      {"army: the relative clause after a list of congresses ends it",
       "Ngày 31/7/2020, Bộ đội Biên phòng tỉnh Kiên Giang phát động đợt thi đua cao điểm chào mừng Đại hội đại biểu "
       "Đảng bộ Quân đội lần thứ XI; Đại hội đại biểu Đảng bộ Bộ đội Biên phòng lần thứ XV mà các đồn biên phòng cùng "
       "ký giao ước.\n",
       "đợt thi đua cao điểm chào mừng Đại hội đại biểu Đảng bộ Quân đội lần thứ XI; Đại hội đại biểu Đảng bộ Bộ đội "
       "Biên phòng lần thứ XV"},
      {"district: the grassroots force's name 'tại các cơ sở' inside the movement's",
       "Ngày 3/7/2024, UBND huyện Đức Trọng phát động phong trào thi đua đặc biệt dành cho lực lượng tham gia bảo vệ "
       "an ninh, trật tự tại các cơ sở, nhằm động viên lực lượng hoàn thành nhiệm vụ.\n",
       "phong trào thi đua đặc biệt dành cho lực lượng tham gia bảo vệ an ninh, trật tự tại các cơ sở"},
      {"negative: a theme quoted after 'với chủ đề'",
       "Ngày 3/9/2024, Công an tỉnh Bình Phước phát động đợt thi đua cao điểm chào mừng Đại hội Đảng bộ tỉnh lần thứ "
       "XII với chủ đề “Vì bình yên cuộc sống”.\n",
       "đợt thi đua cao điểm chào mừng Đại hội Đảng bộ tỉnh lần thứ XII"},
      {"negative: a clause of time after the comma",
       "Ngày 25/5/2020, Sở Tư pháp tỉnh phát động đợt thi đua đặc biệt chào mừng Đại hội Đảng bộ tỉnh lần thứ XVI, "
       "thời gian từ ngày 1/6 đến ngày 30/9/2020.\n",
       "đợt thi đua đặc biệt chào mừng Đại hội Đảng bộ tỉnh lần thứ XVI"},
      {"negative: the place of the ceremony after 'tại'",
       "Ngày 3/7/2024, UBND huyện Lâm Hà phát động phong trào thi đua đặc biệt dành cho lực lượng tham gia bảo vệ an "
       "ninh, trật tự tại hội trường UBND huyện.\n",
       "phong trào thi đua đặc biệt dành cho lực lượng tham gia bảo vệ an ninh, trật tự"},
  };
  for (const NameCase& c : cases) expect_name(c);
}

}  // namespace
}  // namespace thidua::text::plan
