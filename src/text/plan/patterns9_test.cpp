// The ninth round of patterns of Vietnamese administrative prose (issue 14), table-driven: each
// row is a sentence written for the test in the pattern of real articles (none is copied from
// them) and what the import must read from it. Counts written as words ("ba mươi"), "cá nhân, tập
// thể" as one noun, a part opening the next sentence with "Trong đó", a headcount of those
// attending; positions in brackets, rooms named with no owner or by code, the ministry in
// brackets, titles of villages, courts and border posts; members listed before "thuộc Cụm …" or
// after a sentence-opening "Khối gồm", three or more police units listed in full, codes after
// "gồm các phòng:", the role "năm nay"; dated "Giai đoạn N" / "Bước N" and a
// phase end inferred from the next phase's start; a list labelled as targets; a headline ending
// with a stop; a generic movement name giving way to a quoted one; the year of a term; the unit
// after "do" leading the group.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "text/plan/plan_parser.h"
#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using nlohmann::json;
using test::parse;
using test::strings;

using test::CountCase;
using test::PositionCase;
using test::Strings;

// ---- counts ----------------------------------------------------------------------------------

const CountCase kCountCases[] = {
    {"tens written as words, with and without their unit",
     "Công an huyện Yên Lập tổng kết năm 2022\n"
     "Ngày 22/12/2022, Công an huyện Yên Lập tổ chức hội nghị tổng kết. Dịp này, hai mươi lăm cá nhân được tặng "
     "Giấy khen và ba mươi tập thể được biểu dương; mười lăm cá nhân được khen thưởng.",
     {{25, "cá nhân"}, {30, "tập thể"}, {15, "cá nhân"}}},
    {"'mươi' with 'mốt' and 'tư' as its unit",
     "Công an huyện Yên Lập tổng kết năm 2022\n"
     "Ngày 22/12/2022, Công an huyện Yên Lập tổ chức hội nghị tổng kết. Hội nghị khen thưởng bốn mươi mốt cá nhân và "
     "hai mươi tư tập thể.",
     {{41, "cá nhân"}, {24, "tập thể"}}},
    {"'cá nhân, tập thể' commended together is one count; its part in the next sentence is not",
     "Tỉnh Đoàn tuyên dương thanh niên\n"
     "Ngày 20/8/2021, Tỉnh Đoàn Hà Tĩnh tổ chức tuyên dương 48 cá nhân, tập thể có thành tích trong phong trào toàn "
     "dân bảo vệ an ninh Tổ quốc. Trong đó, 20 cá nhân, tập thể là đoàn viên Công an.",
     {{48, "cá nhân, tập thể"}}},
    {"an estimated headcount of those attending is no count; awards given are",
     "Công an tỉnh Hòa Bình tổng kết phong trào thi đua năm 2023\n"
     "Ngày 20/12/2023, Công an tỉnh Hòa Bình tổ chức hội nghị tổng kết. Hơn 200 đại biểu tham dự hội nghị. Tại hội "
     "nghị, 15 tập thể, 42 cá nhân được khen thưởng.",
     {{15, "tập thể"}, {42, "cá nhân"}}},
    {"'với sự chứng kiến của gần …' and 'khoảng … người dự' are estimates too",
     "Đoàn Thanh niên ký giao ước\n"
     "Ngày 2/3/2022, Đoàn Thanh niên Công an tỉnh ký giao ước thi đua với sự chứng kiến của gần 500 đoàn viên. "
     "Khoảng 300 người dự buổi lễ. Dịp này, 6 cá nhân được tặng Giấy khen.",
     {{6, "cá nhân"}}},
    {"an exact headcount of those attending is no count either; a sentence giving awards is",
     "Công an phường ra quân\n"
     "Ngày 5/1/2025, Công an phường Đông Hà tổ chức lễ ra quân. Tham dự buổi lễ có 85 cán bộ, chiến sĩ. Tại buổi "
     "lễ có mặt lãnh đạo phường, 4 tập thể được tặng Giấy khen.",
     {{4, "tập thể"}}},
};

TEST(PlanCounts9, WordsJoinedNounsPartsAndEstimatedAttendance) {
  test::expect_counts(kCountCases);
}

// ---- positions -------------------------------------------------------------------------------

const PositionCase kPositionCases[] = {
    {"a position in brackets after the name, and two people joined by 'cùng'",
     "Công an tỉnh Ninh Bình phát động thi đua\n"
     "Ngày 6/2/2022, Công an tỉnh Ninh Bình tổ chức lễ phát động phong trào thi đua năm 2022. Đại tá Đinh Văn Lợi "
     "(Phó Giám đốc Công an tỉnh) cùng Thượng tá Tạ Văn Bảo, Trưởng phòng Hậu cần chủ trì buổi lễ.",
     {{"Đinh Văn Lợi", "Phó Giám đốc Công an tỉnh Ninh Bình"}, {"Tạ Văn Bảo", "Trưởng phòng Hậu cần"}}},
    {"a room named with no owner runs on over 'và' in lower case, not into the next person",
     "Công an tỉnh Ninh Bình phát động thi đua\n"
     "Ngày 6/2/2022, Công an tỉnh Ninh Bình tổ chức lễ phát động phong trào thi đua năm 2022. Thượng tá Phan Thị "
     "Hằng, Phó Trưởng phòng Tổ chức cán bộ và đào tạo và Trung tá Lưu Văn Khang, Trưởng phòng PC08 cùng dự.",
     {{"Phan Thị Hằng", "Phó Trưởng phòng Tổ chức cán bộ và đào tạo"}, {"Lưu Văn Khang", "Trưởng phòng PC08"}}},
    {"the ministry in brackets after an office of it",
     "Cụm thi đua số 4 tổng kết\n"
     "Ngày 12/12/2023, Cụm thi đua số 4 tổ chức hội nghị tổng kết. Dự có Thiếu tướng Võ Thanh Bình, Phó Cục trưởng "
     "Cục Cảnh sát giao thông (Bộ Công an).",
     {{"Võ Thanh Bình", "Phó Cục trưởng Cục Cảnh sát giao thông, Bộ Công an"}}},
    {"titles of a village's party cell, a border post and a court",
     "Xã Tân Lập tổ chức Ngày hội\n"
     "Ngày 18/8/2024, UBND xã Tân Lập tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc. Dự có ông Lò Văn Pấu, Bí "
     "thư Chi bộ, Trưởng bản Nà Cài; Thiếu tá Vì Văn Sơn, Phó Đồn trưởng; bà Cầm Thị Ngọc, Chánh án.",
     {{"Lò Văn Pấu", "Bí thư Chi bộ, Trưởng bản Nà Cài"},
      {"Vì Văn Sơn", "Phó Đồn trưởng"},
      {"Cầm Thị Ngọc", "Chánh án"}}},
};

TEST(PlanPositions9, BracketsRoomsMinistryAndTitlesOfVillagesPostsAndCourts) {
  test::expect_positions(kPositionCases);
}

// ---- group roles and members -----------------------------------------------------------------

struct GroupCase {
  const char* what;
  const char* text;
  json leader, deputy;
  Strings members;
};

const GroupCase kGroupCases[] = {
    {"members after a sentence-opening 'Khối gồm 4 đơn vị:', roles with 'năm nay' before 'là'",
     "Khối thi đua Công an các huyện phía Nam ký giao ước\n"
     "Ngày 9/2/2024, Khối thi đua Công an các huyện phía Nam tổ chức ký giao ước thi đua. Khối gồm 4 đơn vị: Công an "
     "huyện Ba Vì, Công an huyện Phúc Thọ, Công an huyện Đan Phượng và Công an huyện Hoài Đức. Khối trưởng năm nay "
     "là Công an huyện Phúc Thọ; Khối phó năm nay là Công an huyện Ba Vì.",
     "Công an huyện Phúc Thọ", "Công an huyện Ba Vì",
     {"Công an huyện Ba Vì", "Công an huyện Phúc Thọ", "Công an huyện Đan Phượng", "Công an huyện Hoài Đức"}},
    {"'Cụm bao gồm …' opening a sentence",
     "Cụm thi đua số 9 ký giao ước\n"
     "Ngày 1/3/2023, Cụm thi đua số 9 tổ chức ký giao ước thi đua. Cụm bao gồm Công an các tỉnh Sơn La, Điện Biên và "
     "Lai Châu.",
     nullptr, nullptr, {"Công an tỉnh Sơn La", "Công an tỉnh Điện Biên", "Công an tỉnh Lai Châu"}},
    {"units named in full before 'thuộc Cụm …'",
     "Cụm thi đua số 9 ký giao ước\n"
     "Ngày 1/3/2023, Công an tỉnh Sơn La, Công an tỉnh Điện Biên và Công an tỉnh Lai Châu thuộc Cụm thi đua số 9 tổ "
     "chức ký giao ước thi đua năm 2023. Công an tỉnh Điện Biên giữ vai trò Cụm trưởng.",
     "Công an tỉnh Điện Biên", nullptr,
     {"Công an tỉnh Sơn La", "Công an tỉnh Điện Biên", "Công an tỉnh Lai Châu"}},
    {"a single unit before 'thuộc' is no list",
     "Cụm thi đua số 9 ký giao ước\n"
     "Ngày 1/3/2023, Công an tỉnh Sơn La thuộc Cụm thi đua số 9 tổ chức ký giao ước thi đua năm 2023.",
     nullptr, nullptr, {}},
    {"three or more police units named in full, listed with their roles in brackets, away from 'gồm'",
     "Cụm thi đua số 9 ký giao ước\n"
     "Ngày 1/3/2023, Cụm thi đua số 9 tổ chức ký giao ước thi đua. Công an tỉnh Lai Châu (Cụm trưởng), Công an tỉnh "
     "Sơn La (Cụm phó) và Công an tỉnh Điện Biên đã ký giao ước.",
     "Công an tỉnh Lai Châu", "Công an tỉnh Sơn La",
     {"Công an tỉnh Lai Châu", "Công an tỉnh Sơn La", "Công an tỉnh Điện Biên"}},
    {"two police units and a committee are no list of members",
     "Cụm thi đua số 9 ký giao ước\n"
     "Ngày 1/3/2023, Cụm thi đua số 9 tổ chức ký giao ước thi đua. Dự có Công an tỉnh Lai Châu, Công an tỉnh Sơn La "
     "và UBND tỉnh Điện Biên.",
     nullptr, nullptr, {}},
    {"offices written as codes after 'gồm các phòng:', outside brackets",
     "Khối thi đua số 1 ký giao ước\n"
     "Ngày 3/2/2024, Khối thi đua số 1 tổ chức ký giao ước thi đua. Khối thi đua số 1 gồm các phòng: PA01, PA02, PX01 "
     "và PC02.",
     nullptr, nullptr, {"PA01", "PA02", "PX01", "PC02"}},
    {"roles taken in turn ('luân phiên') with 'làm'",
     "Cụm thi đua số 9 ký giao ước\n"
     "Ngày 1/3/2023, Cụm thi đua số 9 gồm Công an các tỉnh Sơn La, Điện Biên và Lai Châu tổ chức ký giao ước thi đua. "
     "Theo phân công luân phiên, Công an tỉnh Lai Châu làm Cụm trưởng và Công an tỉnh Sơn La làm Cụm phó.",
     "Công an tỉnh Lai Châu", "Công an tỉnh Sơn La",
     {"Công an tỉnh Sơn La", "Công an tỉnh Điện Biên", "Công an tỉnh Lai Châu"}},
};

TEST(PlanGroups9, MembersBeforeThuocAfterKhoiGomAndRolesThisYear) {
  for (const GroupCase& c : kGroupCases) {
    SCOPED_TRACE(c.what);
    const json r = parse(c.text);
    ASSERT_TRUE(r["group"].is_object());
    EXPECT_EQ(r["group"]["leader"], c.leader);
    EXPECT_EQ(r["group"]["deputy"], c.deputy);
    EXPECT_EQ(strings(r["group"]["members"]), c.members);
  }
}

TEST(PlanOrganizers9, TheUnitAfterDoLeadsTheGroupAndDoesNotOrganise) {
  const json r = parse(
      "Cụm thi đua số 9 ký giao ước\n"
      "Sáng 1/3/2023, Cụm thi đua số 9 do Công an tỉnh Lai Châu làm Cụm trưởng tổ chức ký giao ước thi đua năm 2023.");
  EXPECT_EQ(strings(r["organizers"]), Strings{"Cụm thi đua số 9"});
  EXPECT_EQ(r["group"]["leader"], "Công an tỉnh Lai Châu");
  // Without "do" both units of the subject organise.
  const json both = parse(
      "Hội nghị ký giao ước\n"
      "Sáng 1/3/2023, Công an tỉnh Lai Châu và UBND tỉnh Lai Châu tổ chức lễ phát động phong trào thi đua.");
  EXPECT_EQ(strings(both["organizers"]), (Strings{"Công an tỉnh Lai Châu", "UBND tỉnh Lai Châu"}));
}

// ---- phases ----------------------------------------------------------------------------------

TEST(PlanPhases9, DatedStagesAndAnEndInferredFromTheNextStart) {
  const json r = parse(
      "Công an tỉnh Bắc Kạn phát động đợt thi đua cao điểm\n"
      "Ngày 2/4/2024, Công an tỉnh Bắc Kạn phát động đợt thi đua cao điểm. Đợt thi đua chia làm 2 giai đoạn: Giai "
      "đoạn 1 (từ ngày 2/4 đến ngày 31/7/2024); Giai đoạn 2 (từ ngày 1/8 đến ngày 30/11/2024).");
  ASSERT_EQ(r["phases"].size(), 2u);
  EXPECT_EQ(r["phases"][0]["start"], "2024-04-02");
  EXPECT_EQ(r["phases"][0]["end"], "2024-07-31");
  EXPECT_EQ(r["phases"][1]["start"], "2024-08-01");
  EXPECT_EQ(r["phases"][1]["end"], "2024-11-30");
  EXPECT_EQ(r["movement"]["end"], "2024-11-30");

  // "Đợt 2 từ tháng 6/2024; Đợt 3 từ tháng 9/2024 …": phase 2 ends the day before phase 3, inferred.
  const json open = parse(
      "Công an tỉnh Bắc Kạn phát động đợt thi đua\n"
      "Ngày 2/3/2024, Công an tỉnh Bắc Kạn phát động đợt thi đua. Đợt thi đua chia làm 3 đợt: đợt 1 từ tháng 3 đến "
      "tháng 5/2024; đợt 2 từ tháng 6/2024; đợt 3 từ tháng 9/2024 đến hết năm 2024.");
  ASSERT_EQ(open["phases"].size(), 3u);
  EXPECT_EQ(open["phases"][1]["start"], "2024-06-01");
  EXPECT_EQ(open["phases"][1]["end"], "2024-08-31");
  EXPECT_EQ(open["provenance"]["phases[1].end"]["how"], "inferred");
  EXPECT_EQ(open["provenance"]["phases[2].end"]["how"], "explicit");

  // "Bước 1: từ …": a dated step is a phase.
  const json steps = parse(
      "Công an huyện triển khai thi đua\n"
      "Ngày 5/1/2025, Công an huyện Chợ Mới triển khai phong trào thi đua. Bước 1: từ ngày 5/1 đến ngày 28/2/2025 "
      "tuyên truyền; Bước 2: từ ngày 1/3 đến ngày 30/6/2025 tổ chức thực hiện.");
  ASSERT_EQ(steps["phases"].size(), 2u);
  EXPECT_EQ(steps["phases"][1]["start"], "2025-03-01");

  // "Giai đoạn 2 của Đề án … được triển khai từ tháng 3": a stage of something else, no phase.
  const json other = parse(
      "Công an tỉnh sơ kết\n"
      "Ngày 5/7/2023, Công an tỉnh Bắc Kạn tổ chức hội nghị sơ kết 6 tháng đầu năm. Giai đoạn 2 của Đề án 06 được "
      "triển khai từ tháng 3.");
  EXPECT_TRUE(other["phases"].empty());
}

// ---- targets ---------------------------------------------------------------------------------

TEST(PlanTargets9, AListLabelledAsTargetsSetsThem) {
  const json r = parse(
      "Công an tỉnh Tuyên Quang phát động thi đua năm 2025\n"
      "Ngày 8/1/2025, Công an tỉnh Tuyên Quang tổ chức lễ phát động phong trào thi đua năm 2025. Các chỉ tiêu cụ thể: "
      "trên 85% hộ gia đình ký cam kết an toàn; truy bắt trên 90% đối tượng truy nã; hoàn thành 100% chỉ tiêu được "
      "giao.");
  std::vector<std::pair<std::string, double>> got;
  for (const json& t : r["targets"]) got.emplace_back(t["measure"].get<std::string>(), t["value"].get<double>());
  EXPECT_EQ(got, (std::vector<std::pair<std::string, double>>{
                     {"hộ gia đình ký cam kết an toàn", 85}, {"đối tượng truy nã", 90}, {"chỉ tiêu được giao", 100}}));
  // A review saying the targets were met reports results, sets none.
  const json review = parse(
      "Công an tỉnh Tuyên Quang tổng kết năm 2024\n"
      "Ngày 20/12/2024, Công an tỉnh Tuyên Quang tổ chức hội nghị tổng kết. Năm 2024, Công an tỉnh đã hoàn thành vượt "
      "mức chỉ tiêu, tỷ lệ điều tra khám phá án đạt 88%.");
  EXPECT_TRUE(review["targets"].empty());
}

// ---- title, movement name and dates ----------------------------------------------------------

TEST(PlanTitle9, AHeadlineEndingWithAStopOverADatedLine) {
  const json r = parse(
      "Khối thi đua số 2 ký kết giao ước thi đua năm 2024.\n\n"
      "Sáng ngày 4/3/2024, tại Công an huyện Phú Lương, Khối thi đua số 2 tổ chức ký kết giao ước thi đua.");
  EXPECT_EQ(r["title"], "Khối thi đua số 2 ký kết giao ước thi đua năm 2024");
  EXPECT_EQ(r["event"]["date"], "2024-03-04");
  // A lead sentence that holds its own day stays a lead, not a headline.
  const json lead = parse(
      "Ngày 4/3/2024, Khối thi đua số 2 tổ chức ký kết giao ước thi đua năm 2024.\n\n"
      "Ngày 5/3/2024, các đơn vị triển khai thực hiện.");
  EXPECT_TRUE(lead["title"].is_null());
}

TEST(PlanMovement9, AGenericNameGivesWayToAMovementQuotedInTheBody) {
  const json r = parse(
      "Khối thi đua số 2 ký kết giao ước và phát động phong trào thi đua năm 2024\n"
      "Ngày 4/3/2024, tại Công an huyện Phú Lương, Khối thi đua số 2 tổ chức ký kết giao ước thi đua. Các đơn vị thống "
      "nhất nội dung thi đua theo hướng dẫn của phong trào thi đua “Vì an ninh Tổ quốc”.");
  EXPECT_EQ(r["movement"]["name"], "Vì an ninh Tổ quốc");
  // A name of its own in the headline is kept.
  const json own = parse(
      "Công an huyện phát động phong trào thi đua đặc biệt chào mừng Đại hội Đảng bộ tỉnh\n"
      "Ngày 4/3/2025, Công an huyện Phú Lương tổ chức lễ phát động. Các đơn vị hưởng ứng phong trào thi đua “Vì an "
      "ninh Tổ quốc”.");
  EXPECT_EQ(own["movement"]["name"], "phong trào thi đua đặc biệt chào mừng Đại hội Đảng bộ tỉnh");
}

TEST(PlanDates9, ADayWithoutYearTakesTheFirstYearOfATerm) {
  const json r = parse(
      "Công an tỉnh phát động đợt thi đua\n"
      "Ngày 20-3, Công an tỉnh Lào Cai tổ chức lễ phát động đợt thi đua lập thành tích chào mừng Đại hội Đảng bộ tỉnh "
      "nhiệm kỳ 2020-2025.");
  EXPECT_EQ(r["event"]["date"], "2020-03-20");
  EXPECT_EQ(r["provenance"]["event.date"]["how"], "inferred");
  // Without any year the day stays without one.
  const json none = parse(
      "Công an tỉnh phát động đợt thi đua\n"
      "Ngày 20-3, Công an tỉnh Lào Cai tổ chức lễ phát động đợt thi đua lập thành tích chào mừng Đại hội Đảng bộ "
      "tỉnh.");
  EXPECT_TRUE(none["event"]["date"].is_null());
}

}  // namespace
}  // namespace thidua::text::plan
