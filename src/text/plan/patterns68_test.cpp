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
       // (s28-lists3) the last bracket closes the name too when an earlier one is inside it, as three dev
       // labels of five with two brackets write it (dong-nai-2019, kien-giang-2024, thanh-hoa-2025; PlanPatterns109).
       "đợt thi đua cao điểm chào mừng kỷ niệm 75 năm Cách mạng Tháng Tám (19/8/1945 - 19/8/2020) và Quốc khánh "
       "nước Cộng hòa xã hội chủ nghĩa Việt Nam (2/9/1945 - 2/9/2020)"},
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


// "phong trào thi đua theo cụm, khối", "sơ kết phong trào thi đua 6 tháng đầu năm", "… quý IV", "mục
// tiêu phong trào thi đua trọng tâm", "Đưa phong trào thi đua yêu nước thành hoạt động thường xuyên":
// the emulation of a group, of part of a year, its key part, or what it is made into describe the
// usual emulation; they name no movement of its own (the Conventions: a movement named only by its
// period or group is none). A name of its own after them is kept.
TEST(PlanPatterns68, AnEmulationByItsGroupOrPartOfAYearIsNoName) {
  const NameCase cases[] = {
      {"procuracy: emulation by clusters and blocks",
       "Thực hiện phong trào thi đua theo cụm, khối, ngày 20/3/2020, Cụm thi đua số 2 Viện kiểm sát nhân dân tỉnh tổ "
       "chức ký kết giao ước thi đua năm 2020.\n",
       ""},
      {"departments: the first six months reviewed",
       "Chiều 20/7/2016, Khối thi đua các sở kinh tế tỉnh tổ chức hội nghị sơ kết phong trào thi đua 6 tháng đầu năm "
       "2016.\n",
       ""},
      {"commune: a quarter reviewed",
       "Ngày 5/1/2024, UBND xã An Bình tổ chức hội nghị tổng kết phong trào thi đua quý IV và cả năm 2023.\n",
       ""},
      {"schools: the key goals of the emulation",
       "Ngày 12/3/2024, các trường trong Cụm thi đua số 4 ký kết giao ước thi đua, thống nhất 5 mục tiêu phong trào "
       "thi đua trọng tâm năm 2024.\n",
       ""},
      {"hospitals: what the emulation is made into",
       "Đưa phong trào thi đua yêu nước thành hoạt động thường xuyên\n\nNgày 15/12/2020, Sở Y tế tỉnh tổ chức hội "
       "nghị điển hình tiên tiến.\n",
       ""},
      {"negative: a drive launched for the year's end",
       "Ngày 4/11/2024, Tổng cục Thuế phát động phong trào thi đua cuối năm 2024 trong toàn Ngành.\n",
       "phong trào thi đua cuối năm 2024"},
      {"negative: a movement of its own after 'theo'",
       "Ngày 3/2/2024, Đoàn Thanh niên xã Phú Lâm phát động phong trào thi đua theo gương anh hùng liệt sĩ.\n",
       "phong trào thi đua theo gương anh hùng liệt sĩ"},
      {"negative: 'thành lập' is no 'thành'",
       "Ngày 3/2/2024, Hội Nông dân huyện phát động phong trào thi đua thành lập tổ hợp tác sản xuất.\n",
       "phong trào thi đua thành lập tổ hợp tác sản xuất"},
  };
  for (const NameCase& c : cases) expect_name(c);
}

// "Lễ phát động Đợt thi đua lập thành tích chào mừng bầu cử …" in the lead, "xây dựng phong trào “Toàn
// dân bảo vệ an ninh Tổ quốc”" in a later sentence: the campaign the lead or the headline launches by
// its purpose is the text's; a movement quoted only further on, as work it serves or goes on beside
// it, is not. A movement quoted in the lead itself still wins.
TEST(PlanPatterns68, TheLeadsCampaignBeatsAMovementQuotedLater) {
  const NameCase cases[] = {
      {"police: the election campaign over the movement it builds",
       "Ngày 14/4/2021, Công an tỉnh Hà Tĩnh tổ chức Lễ phát động đợt thi đua lập thành tích chào mừng cuộc bầu cử "
       "đại biểu Quốc hội khóa XV.\n\nĐợt thi đua gồm 3 nội dung, trọng tâm là xây dựng phong trào “Toàn dân bảo vệ "
       "an ninh Tổ quốc” vững mạnh.\n",
       "đợt thi đua lập thành tích chào mừng cuộc bầu cử đại biểu Quốc hội khóa XV"},
      {"army: a special campaign over the army's movement",
       "Sáng 6/3/2024, Bộ Chỉ huy Quân sự tỉnh Điện Biên tổ chức lễ phát động đợt thi đua đặc biệt kỷ niệm 70 năm "
       "Chiến thắng Điện Biên Phủ.\n\nĐể đẩy mạnh phong trào thi đua “Quyết thắng”, các đơn vị tập trung huấn "
       "luyện.\n",
       "đợt thi đua đặc biệt kỷ niệm 70 năm Chiến thắng Điện Biên Phủ"},
      {"unions: a peak over a movement the unions answer",
       "Ngày 2/5/2024, Công đoàn ngành Giáo dục tỉnh phát động đợt thi đua cao điểm chào mừng 95 năm Ngày thành lập "
       "Công đoàn Việt Nam.\n\nCác công đoàn cơ sở hưởng ứng phong trào “Giỏi việc nước, đảm việc nhà”.\n",
       "đợt thi đua cao điểm chào mừng 95 năm Ngày thành lập Công đoàn Việt Nam"},
      {"veterans: a special campaign over the association's movement",
       "Sáng 10/6/2022, Hội Cựu chiến binh huyện Đông Anh phát động đợt thi đua đặc biệt chào mừng Đại hội Hội Cựu "
       "chiến binh huyện lần thứ VII.\n\nNăm qua, phong trào thi đua “Cựu chiến binh gương mẫu” đạt nhiều kết quả.\n",
       "đợt thi đua đặc biệt chào mừng Đại hội Hội Cựu chiến binh huyện lần thứ VII"},
      {"commune: a peak over the Front's movement",
       "Ngày 1/8/2025, UBND xã Mỹ Hòa phát động đợt thi đua cao điểm chào mừng kỷ niệm 80 năm Cách mạng Tháng Tám.\n\n"
       "Xã cũng phát huy phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”.\n",
       "đợt thi đua cao điểm chào mừng kỷ niệm 80 năm Cách mạng Tháng Tám"},
      {"negative: a movement quoted in the lead",
       "Ngày 5/3/2024, Công an huyện Krông Pa phát động phong trào thi đua “Vì an ninh Tổ quốc” năm 2024.\n\nCác "
       "đơn vị sẽ mở đợt thi đua cao điểm chào mừng Đại hội Đảng bộ huyện.\n",
       "Vì an ninh Tổ quốc"},
      {"negative: a peak named by its kind alone in the lead, the movement quoted later",
       "Ngày 5/3/2024, Công an huyện Krông Pa phát động đợt thi đua cao điểm trong toàn lực lượng.\n\nĐợt thi đua "
       "nhằm đẩy mạnh phong trào thi đua “Vì an ninh Tổ quốc”.\n",
       "Vì an ninh Tổ quốc"},
  };
  for (const NameCase& c : cases) expect_name(c);
}


// "Tổng cục An ninh phát động đợt thi đua đặc biệt" (headline) over "Lễ phát động Đợt thi đua lập thành
// tích chào mừng …" (lead): the campaign named by its purpose takes the kind the headline says.
TEST(PlanPatterns68, TheHeadlinesKindGoesToTheLeadsCampaign) {
  const auto r = parse(
      "Công an tỉnh phát động đợt thi đua đặc biệt\n\nNgày 14/4/2021, Công an tỉnh Hà Tĩnh tổ chức Lễ phát động "
      "đợt thi đua lập thành tích chào mừng cuộc bầu cử đại biểu Quốc hội khóa XV.\n");
  EXPECT_EQ(r["movement"]["name"], "đợt thi đua lập thành tích chào mừng cuộc bầu cử đại biểu Quốc hội khóa XV");
  EXPECT_EQ(r["movement"]["kind"], "special");
  const auto plain = parse(
      "Công an tỉnh phát động thi đua\n\nNgày 14/4/2021, Công an tỉnh Hà Tĩnh tổ chức Lễ phát động đợt thi đua lập "
      "thành tích chào mừng cuộc bầu cử đại biểu Quốc hội khóa XV.\n");
  EXPECT_TRUE(plain["movement"]["kind"].is_null()) << plain["movement"]["kind"];
}

}  // namespace
}  // namespace thidua::text::plan
