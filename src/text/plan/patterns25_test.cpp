// The twenty-fifth round of patterns (issue 14, branch s14-plan-b): how Vietnamese administrative
// prose lists the members of a group, names the group, writes counts and positions, in sentences
// written for the test (none is copied from a text):
//  - members named as those taking part in the group's act: "… với sự tham gia của A, B và C",
//    "Tham gia ký kết có A, B, C", "ký kết giao ước thi đua giữa các đơn vị: A, B, C";
//  - a group named by the kind of its bodies "các tổ chức …": "tổ chức" inside the name is no verb
//    ("Khối thi đua các tổ chức chính trị - xã hội tỉnh tổ chức ký kết …");
//  - the units joined by "cùng (với) (các đơn vị)" to the group's leader or deputy are members,
//    that unit first ("Sở A (Khối trưởng) cùng Sở B, Sở C và Sở D ký kết …");
//  - a group named by the places it counts, in lower case or in words ("cụm bảy tỉnh biên giới
//    phía Bắc gồm: A, B, …", "Khối 4 huyện miền núi"), its members places when the text never
//    names their police;
//  - counts: "tổng kết 5 năm phong trào" counts no "năm" (five) of the movement; "với tổng số 36
//    thành viên" is a total, no ordinal; an award asked of another ("đề nghị Thủ tướng Chính phủ
//    tặng …") is no count of the awards given; a review held the next year ("Ngày 14/1/2025, … tổng
//    kết phong trào thi đua năm 2024") counts the totals of the year it reviews;
//  - positions: the border guard of a place "Bộ đội Biên phòng tỉnh A" (and "BĐBP tỉnh") is a unit
//    closing a position; a room "Trưởng phòng X, Sở Y" and a department "Vụ trưởng Vụ III, Thanh
//    tra Chính phủ" keep the office they are of after the comma; "CT." / "CT" is "Chủ tịch";
//  - a movement's period stated by "bắt đầu (từ) ngày X (và) kết thúc (vào) ngày Y".
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using json = nlohmann::json;
using test::GroupCase;
using test::parse;

// ---- members: those taking part in the group's act --------------------------------------------

TEST(PlanPatterns25, MembersNamedAsThoseTakingPart) {
  const GroupCase cases[] = {
      {"\"với sự tham gia của\" after the group's act",
       "Sáng 6/2/2025, Khối thi đua các cơ quan Đảng huyện tổ chức ký kết giao ước thi đua năm 2025 với sự tham gia "
       "của Văn phòng Huyện ủy, Ban Tổ chức Huyện ủy, Ban Tuyên giáo Huyện ủy và Ủy ban Kiểm tra Huyện ủy.",
       {"Văn phòng Huyện ủy", "Ban Tổ chức Huyện ủy", "Ban Tuyên giáo Huyện ủy", "Ủy ban Kiểm tra Huyện ủy"},
       "",
       ""},
      {"\"Tham gia ký kết có\" in the sentence after",
       "Ngày 17/1/2025, Khối thi đua các doanh nghiệp tỉnh tổ chức hội nghị ký kết giao ước thi đua năm 2025. Tham "
       "gia ký kết có Công ty Cổ phần Cấp nước Sông Lam, Công ty TNHH MTV Lâm nghiệp Đồng Tiến, Công ty Cổ phần Công "
       "trình đô thị.",
       {"Công ty Cổ phần Cấp nước Sông Lam", "Công ty TNHH MTV Lâm nghiệp Đồng Tiến",
        "Công ty Cổ phần Công trình đô thị"},
       "",
       ""},
      {"\"giữa các đơn vị:\" of a numbered cluster",
       "Ngày 24/2/2025, Cụm thi đua số 4 ký kết giao ước thi đua năm học 2024-2025 giữa các đơn vị: Trường THPT Phan "
       "Bội Châu, Trường THPT Huỳnh Thúc Kháng, Trường THPT Nguyễn Du và Trường THPT Trần Quốc Tuấn.",
       {"Trường THPT Phan Bội Châu", "Trường THPT Huỳnh Thúc Kháng", "Trường THPT Nguyễn Du",
        "Trường THPT Trần Quốc Tuấn"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) test::expect_group(c);
}

TEST(PlanPatterns25, ThoseAttendingAnotherMeetingAreNoMembers) {
  // A conference attended by bodies, no group signing: no members read from "với sự tham gia của".
  const json r = parse(
      "Ngày 6/3/2025, UBND tỉnh tổ chức hội nghị tổng kết phong trào thi đua năm 2024 với sự tham gia của Sở Nội vụ, "
      "Sở Tài chính, Sở Y tế và Sở Công Thương.");
  EXPECT_TRUE(r["group"].is_null()) << r["group"];
}

// ---- members: the units joined by "cùng" to the group's leader ---------------------------------

TEST(PlanPatterns25, UnitsJoinedToTheLeaderAreMembersWithIt) {
  const GroupCase cases[] = {
      {"the leader's role between commas, \"cùng các đơn vị\" and the police of four provinces",
       "Sáng 3/4/2025, Công an tỉnh Quảng Trị, đơn vị Cụm trưởng, cùng các đơn vị Công an tỉnh Quảng Bình, Công an "
       "tỉnh Hà Tĩnh và Công an tỉnh Nghệ An tổ chức hội nghị sơ kết Cụm thi đua số 6.",
       {"Công an tỉnh Quảng Trị", "Công an tỉnh Quảng Bình", "Công an tỉnh Hà Tĩnh", "Công an tỉnh Nghệ An"},
       "Công an tỉnh Quảng Trị",
       ""},
      {"the role in brackets, departments after \"cùng\" signing the block's pledge",
       "Ngày 11/3/2025, Sở Nội vụ (Khối trưởng) cùng Sở Tư pháp, Sở Tài chính, Thanh tra tỉnh và Sở Khoa học và "
       "Công nghệ ký kết giao ước thi đua Khối thi đua các cơ quan tổng hợp năm 2025.",
       {"Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Thanh tra tỉnh", "Sở Khoa học và Công nghệ"},
       "Sở Nội vụ",
       ""},
      {"schools, the role after a dash, \"cùng với\"",
       "Ngày 7/10/2024, Trường THCS Kim Đồng - đơn vị Cụm trưởng cùng với Trường THCS Lý Tự Trọng, Trường THCS Võ "
       "Thị Sáu và Trường THCS Nguyễn Văn Trỗi đã ký kết giao ước thi đua Cụm thi đua số 1 năm học 2024-2025.",
       {"Trường THCS Kim Đồng", "Trường THCS Lý Tự Trọng", "Trường THCS Võ Thị Sáu", "Trường THCS Nguyễn Văn Trỗi"},
       "Trường THCS Kim Đồng",
       ""},
  };
  for (const GroupCase& c : cases) test::expect_group(c);
}

TEST(PlanPatterns25, LeadersJoinedByGuestsGiveNoMembers) {
  // "cùng" joining the leader to guests, not units: nothing is listed.
  const GroupCase c{"the leader with the province's leaders",
                    "Sáng 3/4/2025, Công an tỉnh Quảng Trị, đơn vị Cụm trưởng, cùng lãnh đạo UBND tỉnh dự hội nghị sơ "
                    "kết Cụm thi đua số 6.",
                    {},
                    "Công an tỉnh Quảng Trị",
                    ""};
  test::expect_group(c);
}

// ---- group names: the kind of bodies "các tổ chức" ---------------------------------------------

TEST(PlanPatterns25, GroupOfOrganisationsNamedWhole) {
  const std::vector<test::FieldCase> cases = {
      {"a dash inside the kind, the verb after the name",
       "Ngày 20/2/2025, Khối thi đua các tổ chức chính trị - xã hội huyện tổ chức ký kết giao ước thi đua năm 2025.",
       "Khối thi đua các tổ chức chính trị - xã hội huyện"},
      {"the organisations' kind without a dash, \"đã\" before the verb",
       "Chiều 28/2/2025, Khối thi đua các tổ chức hội đặc thù tỉnh đã tổ chức hội nghị ký kết giao ước thi đua.",
       "Khối thi đua các tổ chức hội đặc thù tỉnh"},
  };
  test::expect_field("/group/name", cases);
}

// ---- groups named by the places they count ------------------------------------------------------

TEST(PlanPatterns25, GroupNamedByThePlacesItCounts) {
  const GroupCase cases[] = {
      {"in lower case, the count in words, the provinces bare after \"gồm:\"",
       "Lãnh đạo cụm năm tỉnh Tây Nguyên gồm: Kon Tum, Gia Lai, Đắk Lắk, Đắk Nông và Lâm Đồng vừa tổ chức hội nghị ký "
       "kết giao ước thi đua năm 2025 tại TP Buôn Ma Thuột.",
       {"tỉnh Kon Tum", "tỉnh Gia Lai", "tỉnh Đắk Lắk", "tỉnh Đắk Nông", "tỉnh Lâm Đồng"},
       "",
       ""},
      {"a block of districts counted in figures",
       "Ngày 5/3/2025, Khối 4 huyện miền núi gồm các huyện Tây Giang, Đông Giang, Nam Giang và Phước Sơn tổ chức ký kết "
       "giao ước thi đua năm 2025.",
       {"huyện Tây Giang", "huyện Đông Giang", "huyện Nam Giang", "huyện Phước Sơn"},
       "",
       ""},
      {"the police named: the members are the police",
       "Ngày 5/3/2025, Công an tỉnh Gia Lai tổ chức hội nghị ký kết giao ước thi đua cụm năm tỉnh Tây Nguyên gồm Công "
       "an các tỉnh Kon Tum, Gia Lai, Đắk Lắk, Đắk Nông và Lâm Đồng.",
       {"Công an tỉnh Kon Tum", "Công an tỉnh Gia Lai", "Công an tỉnh Đắk Lắk", "Công an tỉnh Đắk Nông",
        "Công an tỉnh Lâm Đồng"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) test::expect_group(c);
  EXPECT_EQ(parse(cases[0].text)["group"]["name"], "Cụm năm tỉnh Tây Nguyên");
  // A centrally-run city written capitalised among the provinces is a place like them.
  test::expect_group({"\"Thành phố\" capitalised last in a list of provinces and cities",
                      "Ngày 25/2/2025, Cụm thi đua các tỉnh Tây Nam Bộ gồm 4 tỉnh, thành phố: An Giang, Kiên Giang, "
                      "Hậu Giang và Thành phố Cần Thơ tổ chức ký kết giao ước thi đua năm 2025.",
                      {"tỉnh An Giang", "tỉnh Kiên Giang", "tỉnh Hậu Giang", "Thành phố Cần Thơ"},
                      "",
                      ""});
  EXPECT_EQ(parse(cases[1].text)["group"]["name"], "Khối 4 huyện miền núi");
}

// ---- counts: years counted, totals, awards asked of another ----------------------------------

TEST(PlanPatterns25, CountsOfYearsTotalsAndAwardsAskedOfAnother) {
  const test::CountCase cases[] = {
      {"\"N năm\" before the movement reviewed is the years, not the number five",
       "Ngày 9/12/2024, Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị tổng kết 10 năm phong trào thi đua \"Phụ nữ tích "
       "cực học tập, lao động sáng tạo\".",
       {}},
      {"\"ba năm\" written in words before what is carried out",
       "Ngày 9/12/2024, Đoàn Thanh niên huyện sơ kết ba năm thực hiện phong trào thi đua \"Tuổi trẻ xung kích\".",
       {}},
      {"\"với tổng số\" before the members of the teams set up",
       "Chiều 14/8/2025, UBND phường ra mắt 9 Tổ bảo vệ an ninh, trật tự ở cơ sở với tổng số 27 thành viên, hưởng "
       "ứng phong trào thi đua Vì an ninh Tổ quốc.",
       {{9, "Tổ bảo vệ an ninh, trật tự ở cơ sở"}, {27, "thành viên"}}},
      {"a review held the next year: the totals of the year it reviews count",
       "Ngày 14/1/2025, Hội Liên hiệp Phụ nữ huyện tổ chức hội nghị tổng kết phong trào thi đua năm 2024. Năm 2024, "
       "toàn huyện đã thành lập mới 9 câu lạc bộ và duy trì 38 mô hình \"Nhà sạch, vườn đẹp\".",
       {{9, "câu lạc bộ"}, {38, "mô hình “Nhà sạch, vườn đẹp”"}}},
      {"… but a year before the one reviewed stays the past",
       "Ngày 14/1/2025, Hội Liên hiệp Phụ nữ huyện tổ chức hội nghị tổng kết phong trào thi đua năm 2024. Năm 2023, "
       "toàn huyện đã thành lập 6 câu lạc bộ.",
       {}},
      {"an award asked of the Prime Minister is no count; the province's own is",
       "Ngày 16/1/2025, Hội đồng Thi đua - Khen thưởng tỉnh họp xét khen thưởng phong trào thi đua năm 2024, thống "
       "nhất đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 8 tập thể; Chủ tịch UBND tỉnh tặng Bằng khen cho 64 tập "
       "thể, 129 cá nhân.",
       {{64, "tập thể"}, {129, "cá nhân"}}},
      {"an award asked of the province after those the district gives",
       "Ngày 20/1/2025, UBND huyện tổng kết phong trào thi đua năm 2024; UBND huyện tặng Giấy khen cho 31 tập thể và "
       "52 cá nhân, đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 4 tập thể.",
       {{31, "tập thể"}, {52, "cá nhân"}}},
  };
  test::expect_counts(cases);
}

// ---- positions: the border guard of a place, a room and its department -------------------------

TEST(PlanPatterns25, PositionsOfBorderGuardsAndRoomsOfDepartments) {
  test::expect_positions({
      {"the border guard of a province, written out",
       "Ngày 4/3/2025, Bộ đội Biên phòng tỉnh Kiên Giang phát động phong trào thi đua Quyết thắng năm 2025. Đại tá "
       "Trương Văn Bình, Chính ủy Bộ đội Biên phòng tỉnh Kiên Giang phát biểu chỉ đạo.",
       {{"Trương Văn Bình", "Chính ủy Bộ đội Biên phòng tỉnh Kiên Giang"}}},
      {"the border guard abbreviated, written out, its place completed from the organiser",
       "Ngày 4/3/2025, Bộ đội Biên phòng tỉnh Cà Mau phát động phong trào thi đua Quyết thắng năm 2025. Thượng tá "
       "Lâm Văn Tài, Phó Chỉ huy trưởng BĐBP tỉnh chủ trì hội nghị.",
       {{"Lâm Văn Tài", "Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh Cà Mau"}}},
      {"a room, then the department it is of after a comma",
       "Ngày 7/3/2025, Sở Giáo dục và Đào tạo phát động phong trào thi đua năm học 2024-2025. Dự hội nghị có bà Vũ "
       "Thị Lan, Trưởng phòng Giáo dục trung học, Sở Giáo dục và Đào tạo; ông Đỗ Văn Hậu, Phó Giám đốc Sở Giáo dục "
       "và Đào tạo.",
       {{"Vũ Thị Lan", "Trưởng phòng Giáo dục trung học, Sở Giáo dục và Đào tạo"},
        {"Đỗ Văn Hậu", "Phó Giám đốc Sở Giáo dục và Đào tạo"}}},
      {"\"CT.\" glued to the association, after a dash, the district's number completed",
       "Ngày 18/3/2025, Hội Cựu chiến binh quận 7 tổ chức sơ kết phong trào thi đua \"Cựu chiến binh gương mẫu\". "
       "Tại hội nghị, đ/c Huỳnh Văn Lễ – CT.Hội CCB quận trình bày báo cáo; ông Mai Văn Tư, CT UBND phường Tân "
       "Phong phát biểu.",
       {{"Huỳnh Văn Lễ", "Chủ tịch Hội CCB quận 7"}, {"Mai Văn Tư", "Chủ tịch UBND phường Tân Phong"}}},
      {"a numbered department, then the inspectorate it is of after a comma",
       "Ngày 12/2/2025, Khối thi đua các Cục, Vụ thuộc Thanh tra Chính phủ ký kết giao ước thi đua năm 2025. Ông Phan "
       "Minh Đức, Vụ trưởng Vụ III, Thanh tra Chính phủ phát biểu tại hội nghị.",
       {{"Phan Minh Đức", "Vụ trưởng Vụ III, Thanh tra Chính phủ"}}},
  });
}

// ---- movement: a period stated by "bắt đầu" and "kết thúc" -------------------------------------

TEST(PlanPatterns25, PeriodStatedByItsBeginningAndItsEnd) {
  struct Case {
    const char* what;
    const char* text;
    const char* start;
    const char* end;
  };
  const Case cases[] = {
      {"\"bắt đầu từ ngày … và kết thúc vào ngày …\"",
       "Ngày 2/4/2025, Liên đoàn Lao động huyện phát động thi đua lập thành tích chào mừng Đại hội Đảng bộ huyện, thời "
       "gian thi đua bắt đầu từ ngày 5/4/2025 và kết thúc vào ngày 31/8/2025.",
       "2025-04-05", "2025-08-31"},
      {"\"bắt đầu ngày …, kết thúc ngày …\" without \"từ\"",
       "Ngày 2/4/2025, Hội Nông dân tỉnh phát động phong trào thi đua chào mừng Đại hội. Phong trào bắt đầu ngày "
       "10/4/2025, kết thúc ngày 15/11/2025.",
       "2025-04-10", "2025-11-15"},
      {"months, the start's year from the end's",
       "Ngày 2/4/2025, Đoàn Thanh niên tỉnh phát động đợt thi đua cao điểm. Đợt thi đua bắt đầu từ tháng 5 và kết "
       "thúc vào tháng 9/2025.",
       "2025-05-01", "2025-09-30"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.what);
    const json r = parse(c.text);
    EXPECT_EQ(r["movement"]["start"], c.start);
    EXPECT_EQ(r["movement"]["end"], c.end);
  }
}

}  // namespace
}  // namespace thidua::text::plan
