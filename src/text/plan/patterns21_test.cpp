// The twenty-first round of patterns (issue 14, branch s13-plan-a): how leads name the bodies that
// organise. Every sentence is written for the test in the pattern of real articles (none is
// copied from them):
//  - a body's short name in brackets between its head and its level ("Bộ Chỉ huy Bộ đội Biên
//    phòng (BĐBP) tỉnh", "Hội đồng Thi đua - Khen thưởng (TĐKT) huyện") belongs to the body,
//    which is printed without it;
//  - a military command's head abbreviated in part ("Bộ Chỉ huy BĐBP tỉnh", "Bộ CHQS tỉnh") is
//    written out;
//  - a bare "Đảng ủy" before any body with a party committee of its own ("Đảng ủy, Bộ Chỉ huy
//    Quân sự tỉnh") is that body's: the body organises once;
//  - a relative clause "… do A, B phát động," before the subject names who launched something
//    else: its units are not the subject's;
//  - a body followed by "họp" in a dated lead meets: the event is a conference (unless the
//    headline says what it was) and the body organises; "họp báo" is a press briefing;
//  - a steering board named by its remit ends with its place even written "TP. A";
//  - a short line naming only bodies over the headline ("Huyện ủy, UBND huyện A") is a kicker,
//    not the title;
//  - a group then its owner after "thuộc" ("Cụm thi đua số 4, thuộc Sở Giáo dục và Đào tạo
//    gồm: …") organises alone, as with a ministry between;
//  - movement name: a descriptive name ending on a verb wanting its object ("… lập thành tích
//    chào mừng" cut before "với chủ đề") gives way to the headline's fuller name;
//  - a day standing alone between commas ("…, sáng 9/3, X tổ chức …") closes the circumstance
//    that opens the sentence, with any body it names;
//  - event place: a body named in the place runs on past its short name in brackets ("tại hội
//    trường Hội Cựu chiến binh (CCB) tỉnh A" → "hội trường Hội Cựu chiến binh tỉnh A");
//  - movement name: "Ngày hội <a known movement>" names the movement when nothing else does
//    (quoted with "Ngày hội" inside, or in an anniversary), except in a launch;
//  - event kind: "phát động" told by its manner ("phát động mạnh mẽ", "phát động sâu rộng …") is
//    work done over time, not a launch held;
//  - a bare "UBND tỉnh" / "UBND huyện" is completed with the only province or district the text
//    names, even when it names it as a place and not as a unit ("trên địa bàn huyện A").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using json = nlohmann::json;
using test::parse;
using test::Strings;
using test::strings;

struct OrganizerCase {
  const char* what;
  const char* text;
  Strings organizers;
};

void expect_organizers(const std::vector<OrganizerCase>& cases) {
  for (const OrganizerCase& c : cases) {
    SCOPED_TRACE(c.what);
    EXPECT_EQ(strings(parse(c.text)["organizers"]), c.organizers);
  }
}

// ---- a short name in brackets between a body's head and its level -----------------------------

TEST(PlanPatterns21, ShortNameInBracketsBeforeTheLevel) {
  expect_organizers({
      {"a border command",
       "Sáng 12/3, Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh tổ chức Lễ phát động thi đua cao điểm chào mừng "
       "Ngày Biên phòng toàn dân.",
       {"Bộ Chỉ huy Bộ đội Biên phòng tỉnh"}},
      {"a military command",
       "Ngày 8/1, Bộ Chỉ huy Quân sự (CHQS) tỉnh tổ chức hội nghị tổng kết phong trào thi đua Quyết thắng năm 2024.",
       {"Bộ Chỉ huy Quân sự tỉnh"}},
      {"an awards council",
       "Chiều 5/1, Hội đồng Thi đua - Khen thưởng (TĐKT) huyện tổ chức hội nghị xét khen thưởng tổng kết năm 2024.",
       {"Hội đồng Thi đua - Khen thưởng huyện"}},
  });
  // A bracket that is no short name of the body stays out of it: the body ends before it.
  expect_organizers({
      {"a place in brackets",
       "Ngày 14/8, Công an huyện Krông Pa (Gia Lai) tổ chức Lễ ra quân cao điểm tấn công trấn áp tội phạm.",
       {"Công an huyện Krông Pa"}},
  });
}

// ---- a command's head written short in part ------------------------------------------------------

TEST(PlanPatterns21, CommandHeadAbbreviatedInPart) {
  expect_organizers({
      {"the border guard's abbreviation",
       "Chiều 9/4, Bộ Chỉ huy BĐBP tỉnh phát động đợt thi đua đặc biệt lập thành tích chào mừng Đại hội Đảng bộ.",
       {"Bộ Chỉ huy Bộ đội Biên phòng tỉnh"}},
      {"the military command's abbreviation",
       "Ngày 16/2, Bộ CHQS tỉnh tổ chức lễ ra quân huấn luyện và phát động thi đua năm 2025.",
       {"Bộ Chỉ huy Quân sự tỉnh"}},
  });
}

// ---- a bare party committee before a body --------------------------------------------------------

TEST(PlanPatterns21, BarePartyCommitteeBeforeABodyIsItsOwn) {
  expect_organizers({
      {"before a military command",
       "Ngày 20/1, Đảng ủy, Bộ Chỉ huy Quân sự tỉnh tổ chức phát động Phong trào thi đua Quyết thắng năm 2025.",
       {"Bộ Chỉ huy Quân sự tỉnh"}},
      {"before a border command, joined by a dash",
       "Sáng 3/2, Đảng ủy - Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức Lễ phát động đợt thi đua cao điểm năm 2025.",
       {"Bộ Chỉ huy Bộ đội Biên phòng tỉnh"}},
  });
  // A party committee of a place stays one of the organisers.
  expect_organizers({
      {"a commune's party committee and its people's committee, the place written once",
       "Ngày 2/3, Đảng ủy, UBND xã Ea Tul tổ chức Lễ phát động phong trào thi đua đặc biệt chào mừng 30 năm "
       "thành lập xã.",
       {"Đảng ủy xã Ea Tul", "UBND xã Ea Tul"}},
  });
}

// ---- a relative clause before the subject -----------------------------------------------------------

TEST(PlanPatterns21, RelativeClauseWithDoIsNotTheSubject) {
  expect_organizers({
      {"a launch by the province's police, then the group that signs",
       "Nhằm thực hiện phong trào thi đua “Vì an ninh Tổ quốc” do Đảng ủy, Ban Giám đốc Công an tỉnh phát động, "
       "Cụm thi đua số 3 đã tổ chức ký kết giao ước thi đua năm 2025.",
       {"Cụm thi đua số 3"}},
      {"a movement launched by the ministry, then a district's police",
       "Hưởng ứng đợt thi đua cao điểm do Bộ Công an phát động, Công an huyện Mường Tè tổ chức lễ ra quân tấn "
       "công trấn áp tội phạm.",
       {"Công an huyện Mường Tè"}},
  });
  // With no verb after it, "do A tổ chức" says who organises the event it follows.
  expect_organizers({
      {"the event named first, its organiser after do",
       "Hội nghị tổng kết phong trào thi đua năm 2024 do Công an tỉnh Kon Tum tổ chức.",
       {"Công an tỉnh Kon Tum"}},
  });
}

// ---- a bare people's committee completed with the text's only place of its level ----------------

TEST(PlanPatterns21, BareCommitteeTakesThePlaceTheTextNames) {
  expect_organizers({
      {"a district named as a place",
       "UBND huyện vừa ban hành Kế hoạch tổ chức thực hiện phong trào thi đua “Chung sức xây dựng nông thôn mới” "
       "trên địa bàn huyện Sơn Tây giai đoạn 2021 - 2025.",
       {"UBND huyện Sơn Tây"}},
      {"a province named as a place",
       "UBND tỉnh vừa ban hành quyết định tặng Bằng khen cho 20 tập thể có thành tích xuất sắc trong phong trào "
       "thi đua yêu nước của tỉnh Hà Tĩnh.",
       {"UBND tỉnh Hà Tĩnh"}},
  });
  // Two provinces named: none is the committee's.
  expect_organizers({
      {"two provinces",
       "UBND tỉnh vừa ban hành kế hoạch phối hợp với tỉnh Quảng Bình và tỉnh Quảng Trị bảo đảm an ninh vùng biên.",
       {"UBND tỉnh"}},
  });
}

// ---- a body that meets ---------------------------------------------------------------------------

TEST(PlanPatterns21, BodyThatMeetsHoldsAConference) {
  const json r = parse(
      "Ngày 9-6, Ban Chỉ đạo an ninh trật tự huyện Ia Grai họp đánh giá tình hình an ninh, trật tự 6 tháng đầu năm "
      "2024. Huyện có 3 vụ phạm tội về ma túy.");
  EXPECT_EQ(r["event"]["kind"], "conference");
  EXPECT_EQ(r["event"]["date"], "2024-06-09");
  EXPECT_EQ(strings(r["organizers"]), Strings{"Ban Chỉ đạo an ninh trật tự huyện Ia Grai"});
  // What the body meets about names other bodies: they do not organise.
  expect_organizers({
      {"a council, the awards of another body after the verb",
       "Ngày 4-3-2024, Hội đồng Thi đua - Khen thưởng (TĐKT) tỉnh họp xét tặng bằng khen của UBND tỉnh cho các "
       "cụm, khối thi đua.",
       {"Hội đồng Thi đua - Khen thưởng tỉnh"}},
  });
  // A press briefing is no meeting of the body; "cuộc họp" is no verb.
  const json press = parse("Ngày 9-6, Công an tỉnh Gia Lai họp báo thông tin kết quả công tác 6 tháng đầu năm 2024.");
  EXPECT_TRUE(press["event"]["kind"].is_null()) << press["event"];
}

// ---- a steering board of a city written short ---------------------------------------------------------

TEST(PlanPatterns21, SteeringBoardOfACityWrittenShort) {
  expect_organizers({
      {"\"TP.\" before the city's name",
       "Sáng 15/12, Ban Chỉ đạo phòng chống tội phạm TP. Tuy Hòa (tỉnh Phú Yên) và Công an tỉnh Nghệ An đã đồng "
       "loạt tổ chức lễ ra quân cao điểm tấn công trấn áp tội phạm.",
       {"Ban Chỉ đạo phòng chống tội phạm TP. Tuy Hòa", "Công an tỉnh Nghệ An"}},
  });
}

// ---- a line naming only bodies over the headline ---------------------------------------------------

TEST(PlanPatterns21, LineOfBodiesOverTheHeadlineIsAKicker) {
  const json r = parse(
      "Huyện ủy, UBND huyện Mộc Châu\n\n"
      "Phát động phong trào thi đua đặc biệt chào mừng 30 năm tái lập huyện Mộc Châu\n\n"
      "Sáng 4/1, UBND huyện đã phát động phong trào thi đua đặc biệt lập thành tích chào mừng với chủ đề "
      "\"Đoàn kết, sáng tạo\".");
  EXPECT_EQ(r["title"], "Phát động phong trào thi đua đặc biệt chào mừng 30 năm tái lập huyện Mộc Châu");
  EXPECT_EQ(strings(r["organizers"]), Strings{"UBND huyện Mộc Châu"});
  // The lead's name ends on "chào mừng", wanting its object: the headline's fuller name.
  EXPECT_EQ(r["movement"]["name"], "phong trào thi đua đặc biệt chào mừng 30 năm tái lập huyện Mộc Châu");
  EXPECT_EQ(r["movement"]["kind"], "special");
  // A headline that is a sentence about bodies stays the title.
  const json headline = parse(
      "Công an tỉnh và UBND huyện Mộc Châu phát động thi đua\n\n"
      "Sáng 4/1, Công an tỉnh Sơn La và UBND huyện Mộc Châu phát động phong trào thi đua đặc biệt.");
  EXPECT_EQ(headline["title"], "Công an tỉnh và UBND huyện Mộc Châu phát động thi đua");
}

// ---- a group's owner after "thuộc", then its members ---------------------------------------------------

TEST(PlanPatterns21, GroupOwnedByABodyThenItsMembers) {
  expect_organizers({
      {"a cluster of schools owned by the department",
       "Ngày 20-5, Cụm thi đua số 2, thuộc Sở Giáo dục và Đào tạo gồm: Trường THPT Nguyễn Trãi, THPT Lê Lợi và "
       "THPT Quang Trung tổ chức Hội nghị tổng kết công tác thi đua năm học 2023-2024.",
       {"Cụm thi đua số 2"}},
      {"owned \"trực thuộc\"",
       "Sáng 10/1, Khối thi đua số 3 trực thuộc UBND tỉnh gồm Sở Tư pháp, Sở Nội vụ và Thanh tra tỉnh tổ chức "
       "ký kết giao ước thi đua năm 2024.",
       {"Khối thi đua số 3"}},
  });
}

// ---- a circumstance closed by a day standing alone -------------------------------------------------

TEST(PlanPatterns21, DayBetweenCommasClosesTheCircumstance) {
  expect_organizers({
      {"an anniversary naming a body, then the day, then the subject",
       "Hướng tới kỷ niệm 60 năm Ngày truyền thống Đoàn Thanh niên Bộ Công an, sáng 14/3, Ban Thanh niên Công an "
       "tỉnh Hà Tĩnh tổ chức Lễ ra quân Tháng Thanh niên năm 2025.",
       {"Ban Thanh niên Công an tỉnh Hà Tĩnh"}},
  });
  // Bodies before the verb with the day inside their clause: all organise.
  expect_organizers({
      {"two bodies, the day after them",
       "Công an tỉnh Hà Tĩnh và Tỉnh đoàn Hà Tĩnh, sáng 14/3, đã tổ chức Lễ ra quân Tháng Thanh niên năm 2025.",
       {"Công an tỉnh Hà Tĩnh", "Tỉnh đoàn Hà Tĩnh"}},
  });
}

// ---- a place naming a body with its short name in brackets ------------------------------------------

TEST(PlanPatterns21, PlaceNamingABodyWithItsShortName) {
  test::expect_field("/event/place", {
      {"a hall of an association",
       "Ngày 10-1-2024, tại hội trường Hội Nông dân (HND) tỉnh Long An, Cụm thi đua số 3 tổ chức hội nghị tổng "
       "kết phong trào thi đua năm 2023.",
       "hội trường Hội Nông dân tỉnh Long An"},
      {"a hall of a border command",
       "Sáng 5/1, tại hội trường Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh, Cụm thi đua số 2 tổ chức hội nghị tổng "
       "kết năm 2023.",
       "hội trường Bộ Chỉ huy Bộ đội Biên phòng tỉnh"},
  });
}

// ---- a known movement's festival names the movement ---------------------------------------------------

TEST(PlanPatterns21, FestivalOfAKnownMovementNamesIt) {
  const json quoted = parse(
      "Sáng 12/8, tại thôn Đông Hòa (xã Phú Lộc), Công an huyện phối hợp UBND xã Phú Lộc tổ chức “Ngày hội toàn "
      "dân bảo vệ an ninh Tổ quốc” năm 2024.");
  EXPECT_EQ(quoted["movement"]["name"], "toàn dân bảo vệ an ninh Tổ quốc");
  EXPECT_EQ(quoted["movement"]["kind"], "regular");
  const json anniversary = parse(
      "Ngày 17-8, Công an tỉnh phối hợp với Tỉnh Đoàn tổ chức lễ trao giải cuộc thi tìm hiểu 20 năm Ngày hội Toàn "
      "dân bảo vệ an ninh Tổ quốc.");
  EXPECT_EQ(anniversary["movement"]["name"], "Toàn dân bảo vệ an ninh Tổ quốc");
  // A launch of something that is no emulation names no movement, whatever it celebrates.
  const json launch = parse(
      "Ngày 20/4, Công an tỉnh tổ chức lễ phát động đợt sinh hoạt chính trị đặc biệt kỷ niệm 20 năm Ngày hội Toàn "
      "dân bảo vệ an ninh Tổ quốc trong toàn lực lượng.");
  EXPECT_TRUE(launch["movement"]["name"].is_null()) << launch["movement"];
}

// ---- a launching told by its manner is no launch held ----------------------------------------------

TEST(PlanPatterns21, LaunchingToldByItsMannerIsNoEvent) {
  const json r = parse(
      "5 năm qua, lực lượng công an xã đã tham mưu các ban ngành phát động mạnh mẽ với 300 buổi họp dân. Công an "
      "huyện Đức Linh vừa tổ chức hội nghị tổng kết 5 năm thực hiện phong trào.");
  EXPECT_EQ(r["event"]["kind"], "review");
  EXPECT_EQ(strings(r["organizers"]), Strings{"Công an huyện Đức Linh"});
  const json deep = parse(
      "Các cấp hội đã phát động sâu rộng phong trào thi đua trong hội viên. Hội Nông dân huyện Tánh Linh vừa tổ "
      "chức hội nghị tổng kết công tác năm 2024.");
  EXPECT_EQ(deep["event"]["kind"], "review");
  EXPECT_EQ(strings(deep["organizers"]), Strings{"Hội Nông dân huyện Tánh Linh"});
  // A launch with its object stays one.
  const json launch = parse("Sáng 3/3, UBND xã Tân Hà phát động phong trào thi đua “Vì an ninh Tổ quốc” năm 2025.");
  EXPECT_EQ(launch["event"]["kind"], "launch");
}

}  // namespace
}  // namespace thidua::text::plan
