// The tenth round of patterns of Vietnamese administrative prose (issue 14), table-driven: each
// row is a sentence written for the test in the pattern of real articles (none is copied from
// them) and what the import must read from it. Counts follow the conventions of
// tests/fixtures/plans/README.md — what the movement sets up, has or gives, not what a period's
// work reached: an estimate ("hơn 1.000 hộ"), the people a verb of work reached ("vận động 500
// hộ", "bắt giữ 12 người"), those taking part in an activity ("300 đoàn viên tham gia"), the toll
// of accidents ("làm chết 2 người") are no counts; a count said twice keeps its longest wording.
// Phases are only those the text announces: "chia làm N đợt", "có N đợt thi đua", not rounds of
// work ("trong năm có 4 đợt cao điểm tấn công tội phạm") nor a programme's stage dated by years.
// A group of districts in a text that never names the police is a group of the places themselves;
// departments are listed by their field after "Sở" written once. Positions keep the places of
// higher levels after a unit, an office after a comma, a room of two fields joined by a dash.
// Counts listed after a figure are of what the clause names before it; "cả ba mặt" is the three
// measures of the toll. A December day before "Tết Nguyên đán … Y" is in Y − 1; a review of a
// year held early in the next is in the next.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_parser.h"
#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using nlohmann::json;
using test::CountCase;
using test::parse;
using test::Strings;

// ---- counts ----------------------------------------------------------------------------------

const CountCase kCountCases[] = {
    {"an estimate is a crowd or a result; the awards given are counted exactly",
     "Huyện Yên Thành tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc\n"
     "Ngày 20/12/2024, UBND huyện Yên Thành tổ chức hội nghị tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc "
     "năm 2024. Trong năm, toàn huyện có hơn 1.200 hộ gia đình đăng ký xây dựng gia đình văn hóa, gần 300 cán bộ "
     "được bồi dưỡng nghiệp vụ. Dịp này, UBND huyện tặng Giấy khen cho 6 tập thể và 11 cá nhân.",
     {{6, "tập thể"}, {11, "cá nhân"}}},
    {"the people a verb of the period's work reached",
     "Công an xã Nghĩa Lâm sơ kết 6 tháng\n"
     "Ngày 5/7/2023, Công an xã Nghĩa Lâm tổ chức hội nghị sơ kết phong trào thi đua 6 tháng đầu năm 2023. Công an "
     "xã đã vận động 420 hộ gia đình giao nộp vũ khí, tổ chức cho 150 đoàn viên học tập pháp luật và bắt giữ 12 "
     "người vi phạm. Xã hiện duy trì 8 mô hình tự quản.",
     {{8, "mô hình tự quản"}}},
    {"those taking part in an activity; the members of the teams set up are counted",
     "Phường Trần Phú ra mắt mô hình tự quản về an ninh, trật tự\n"
     "Sáng 9/9/2022, UBND phường Trần Phú tổ chức ra mắt 3 tổ tự quản với 27 thành viên tham gia. Buổi ra quân "
     "tổng vệ sinh sau đó có 350 đoàn viên tham gia, với sự tham gia của 80 hội viên Hội Phụ nữ.",
     {{3, "tổ tự quản"}, {27, "thành viên"}}},
    {"the toll of accidents",
     "Công an huyện Đức Cơ sơ kết công tác bảo đảm trật tự an toàn giao thông\n"
     "Ngày 2/7/2021, Công an huyện Đức Cơ tổ chức hội nghị sơ kết. Trong 6 tháng, trên địa bàn xảy ra 5 vụ tai "
     "nạn giao thông, làm chết 4 người, bị thương 6 người; 2 người mất tích trong lũ. Công an huyện khen thưởng "
     "2 tập thể.",
     {{2, "tập thể"}}},
    {"a count said again in a longer wording keeps the longer one",
     "Xã Tam Phước ra mắt tổ bảo vệ\n"
     "Ngày 1/7/2024, UBND xã Tam Phước tổ chức lễ ra mắt 5 Tổ bảo vệ an ninh, trật tự. Sau lễ ra mắt, 5 Tổ bảo vệ "
     "an ninh, trật tự ở cơ sở bắt đầu hoạt động.",
     {{5, "Tổ bảo vệ an ninh, trật tự ở cơ sở"}}},
};

TEST(PlanCounts11, EstimatesWorkReachedParticipantsAndTollsAreNoCounts) { test::expect_counts(kCountCases); }

// ---- phases ----------------------------------------------------------------------------------

const test::PhaseCase kPhaseCases[] = {
    {"phases announced by dividing the movement",
     "Công an tỉnh Yên Bái phát động phong trào thi đua\n"
     "Ngày 3/3/2025, Công an tỉnh Yên Bái phát động phong trào thi đua cao điểm, được chia thành 3 đợt.",
     3},
    {"phases announced as emulation rounds the movement will have",
     "Công an tỉnh Yên Bái phát động phong trào thi đua\n"
     "Ngày 3/3/2025, Công an tỉnh Yên Bái phát động phong trào thi đua đặc biệt; từ nay đến cuối năm sẽ có 2 đợt "
     "thi đua.",
     2},
    {"rounds of work done in the year are not phases",
     "Công an huyện Bảo Yên tổng kết năm 2024\n"
     "Ngày 25/12/2024, Công an huyện Bảo Yên tổ chức hội nghị tổng kết phong trào thi đua năm 2024. Trong năm có 4 "
     "đợt cao điểm tấn công, trấn áp tội phạm; công tác tập huấn được tổ chức thành 2 đợt.",
     0},
    {"a programme's stage dated by years is not a phase of the movement",
     "Huyện Bảo Yên triển khai Đề án\n"
     "Ngày 10/1/2022, UBND huyện Bảo Yên triển khai Đề án phòng, chống tội phạm. Giai đoạn 1 (2022 - 2023) tập "
     "trung tuyên truyền; Giai đoạn 2 (2024 - 2025) nhân rộng mô hình.",
     0},
};

TEST(PlanPhases11, OnlyPhasesTheTextAnnounces) { test::expect_phase_counts(kPhaseCases); }

// ---- a group of places -----------------------------------------------------------------------

TEST(PlanGroups11, AGroupOfPlacesInATextWithoutThePoliceIsOfThePlaces) {
  const json places = parse(
      "Cụm thi đua số 2 tỉnh Nghệ An ký kết giao ước thi đua\n"
      "Ngày 15/3/2023, Cụm thi đua số 2 tỉnh Nghệ An tổ chức hội nghị ký kết giao ước thi đua năm 2023. Cụm thi đua "
      "số 2 gồm các huyện: Anh Sơn, Con Cuông và Tương Dương.");
  EXPECT_EQ(test::strings(places["group"]["members"]), (Strings{"huyện Anh Sơn", "huyện Con Cuông", "huyện Tương Dương"}));

  const json police = parse(
      "Cụm thi đua số 2 Công an tỉnh Nghệ An ký kết giao ước thi đua\n"
      "Ngày 15/3/2023, Cụm thi đua số 2 Công an tỉnh Nghệ An tổ chức hội nghị ký kết giao ước thi đua năm 2023. Cụm "
      "thi đua số 2 gồm các huyện: Anh Sơn, Con Cuông và Tương Dương.");
  EXPECT_EQ(test::strings(police["group"]["members"]),
            (Strings{"Công an huyện Anh Sơn", "Công an huyện Con Cuông", "Công an huyện Tương Dương"}));
}

TEST(PlanGroups11, DepartmentsListedByTheirFieldAfterSoWrittenOnce) {
  const json r = parse(
      "Khối thi đua các sở, ngành kinh tế ký kết giao ước thi đua năm 2024\n"
      "Ngày 12/3/2024, Khối thi đua các sở, ngành kinh tế tổ chức hội nghị ký kết giao ước thi đua năm 2024. Dự "
      "hội nghị có lãnh đạo 05 Sở, ngành thuộc Khối thi đua, gồm: Tài chính, Kế hoạch và Đầu tư, Nông nghiệp và Phát "
      "triển nông thôn, Ngân hàng Nhà nước chi nhánh tỉnh và Cục Thuế tỉnh.");
  EXPECT_EQ(test::strings(r["group"]["members"]),
            (Strings{"Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Nông nghiệp và Phát triển nông thôn",
                     "Ngân hàng Nhà nước chi nhánh tỉnh", "Cục Thuế tỉnh"}));
}

TEST(PlanGroupRoles11, TheLeadersDeputyIsTheDeputy) {
  const json r = parse(
      "Cụm thi đua số 3 ký giao ước thi đua năm 2024\n"
      "Ngày 5/3/2024, Cụm thi đua số 3 tổ chức hội nghị ký kết giao ước thi đua năm 2024. Cụm trưởng là Công an "
      "tỉnh Lào Cai, Phó Cụm trưởng là Công an tỉnh Yên Bái.");
  EXPECT_EQ(r["group"]["leader"], "Công an tỉnh Lào Cai");
  EXPECT_EQ(r["group"]["deputy"], "Công an tỉnh Yên Bái");
  const json alone = parse(
      "Khối thi đua số 2 ký giao ước thi đua năm 2024\n"
      "Ngày 5/3/2024, Khối thi đua số 2 tổ chức hội nghị ký kết giao ước thi đua năm 2024. Phó Khối trưởng là Công "
      "an huyện Bảo Thắng.");
  EXPECT_TRUE(alone["group"]["leader"].is_null());
  EXPECT_EQ(alone["group"]["deputy"], "Công an huyện Bảo Thắng");
  // Units named in full, each with its role after a comma.
  const json commas = parse(
      "Cụm thi đua số 3 ký giao ước thi đua năm 2024\n"
      "Ngày 5/3/2024, Cụm thi đua số 3 tổ chức hội nghị ký kết giao ước thi đua năm 2024. Công an tỉnh Lào Cai, Cụm "
      "trưởng Cụm thi đua số 3 và Công an tỉnh Yên Bái, Cụm phó chủ trì hội nghị.");
  EXPECT_EQ(commas["group"]["leader"], "Công an tỉnh Lào Cai");
  EXPECT_EQ(commas["group"]["deputy"], "Công an tỉnh Yên Bái");
}

// ---- kinds --------------------------------------------------------------------------------------

TEST(PlanKinds11, AHeadlineThatLaunchesAndThenSignsIsAPledgeSigning) {
  const json r = parse(
      "Phát động phong trào thi đua và ký kết giao ước thi đua năm 2024 của Khối thi đua các sở, ngành nội chính\n"
      "Ngày 5/3/2024, Khối thi đua các sở, ngành nội chính tổ chức hội nghị phát động phong trào thi đua năm 2024.");
  EXPECT_EQ(r["event"]["kind"], "pledge_signing");
}

TEST(PlanTitle11, ACaptionOfARankedPersonSpeakingIsNoHeadline) {
  const json r = parse(
      "Đại tá Trần Văn Sơn, Giám đốc Công an tỉnh Quảng Trị phát biểu tại lễ ra quân\n"
      "Ngày 16/12/2024, Công an tỉnh Quảng Trị tổ chức lễ ra quân tấn công, trấn áp tội phạm.");
  EXPECT_TRUE(r["title"].is_null());
  EXPECT_EQ(r["event"]["kind"], "launch");
}

TEST(PlanPlaces11, AnOfficeWhoseNameHoldsVaIsThePlaceWhole) {
  const json r = parse(
      "Khối thi đua Văn hóa - Xã hội ký kết giao ước thi đua năm 2024\n"
      "Ngày 20/3/2024, tại Sở Tài nguyên và Môi trường, Khối thi đua Văn hóa - Xã hội tổ chức hội nghị ký kết giao "
      "ước thi đua năm 2024.");
  EXPECT_EQ(r["event"]["place"], "Sở Tài nguyên và Môi trường");
}

TEST(PlanOrganizers11, AnOfficeOfTwoFieldsJoinedByADashWithItsPoliceWrittenOut) {
  const json r = parse(
      "Phòng Cảnh sát giao thông tổng kết năm 2024\n"
      "Ngày 10/1/2025, Phòng Cảnh sát Giao thông đường bộ - đường sắt Công an TP.HCM tổ chức hội nghị tổng kết "
      "phong trào thi đua năm 2024.");
  EXPECT_EQ(test::strings(r["organizers"]),
            (Strings{"Phòng Cảnh sát Giao thông đường bộ - đường sắt Công an thành phố Hồ Chí Minh"}));
}

// ---- positions: the places a unit is in ------------------------------------------------------

const test::PositionCase kPositionCases[] = {
    {"a commune's unit, then its district and province after commas",
     "Công an tỉnh Hà Tĩnh ra quân trấn áp tội phạm\n"
     "Ngày 16/12/2025, Công an tỉnh Hà Tĩnh tổ chức lễ ra quân bảo đảm an ninh trật tự. Dự lễ có đồng chí Trần Văn "
     "Lâm, Chủ tịch UBND xã Thạch Lạc, huyện Thạch Hà; đồng chí Lê Văn Sơn, Trưởng Công an xã Kỳ Phong, thị xã Kỳ "
     "Anh, tỉnh Hà Tĩnh.",
     {{"Trần Văn Lâm", "Chủ tịch UBND xã Thạch Lạc, huyện Thạch Hà"},
      {"Lê Văn Sơn", "Trưởng Công an xã Kỳ Phong, thị xã Kỳ Anh, tỉnh Hà Tĩnh"}}},
    {"a commune named after a province and one more word is read whole",
     "Xã Hòa Bình Thạnh ra mắt mô hình\n"
     "Ngày 5/9/2024, UBND xã Hòa Bình Thạnh ra mắt mô hình bảo đảm an ninh, trật tự. Dự có ông Nguyễn Văn Tư, Bí "
     "thư Đảng ủy xã Hòa Bình Thạnh.",
     {{"Nguyễn Văn Tư", "Bí thư Đảng ủy xã Hòa Bình Thạnh"}}},
    {"the office of a title after a comma, the ministry after it; a room with its police after a comma",
     "Cụm thi đua số 3 ký giao ước thi đua\n"
     "Ngày 10/3/2025, Cụm thi đua số 3 tổ chức hội nghị ký kết giao ước thi đua năm 2025. Dự hội nghị có Thiếu "
     "tướng Lê Văn Hòa, Phó Cục trưởng, Cục Cảnh sát hình sự Bộ Công an; Thượng tá Võ Minh Trí, "
     "Trưởng phòng PC06, Công an tỉnh Bình Định.",
     {{"Lê Văn Hòa", "Phó Cục trưởng, Cục Cảnh sát hình sự Bộ Công an"},
      {"Võ Minh Trí", "Trưởng phòng PC06, Công an tỉnh Bình Định"}}},
    {"a room of two fields joined by a dash, then its police",
     "Công an tỉnh Bình Định tổng kết\n"
     "Ngày 8/1/2025, Công an tỉnh Bình Định tổ chức hội nghị tổng kết phong trào thi đua năm 2024. Dự có Trung tá "
     "Phan Văn Hải, Phó Trưởng phòng CSGT đường bộ - đường sắt Công an tỉnh Bình Định.",
     {{"Phan Văn Hải", "Phó Trưởng phòng CSGT đường bộ - đường sắt Công an tỉnh Bình Định"}}},
    {"the political officer of a district's military command, its abbreviation written out",
     "Xã Tân Phước tổ chức hội nghị\n"
     "Ngày 20/12/2024, UBND xã Tân Phước tổ chức hội nghị kỷ niệm Ngày hội Quốc phòng toàn dân. Dự có Thiếu tá Lê "
     "Văn Cường - Chính trị viên phó BCHQS huyện. Nhân dịp này, UBND xã khen tặng 3 tập thể.",
     {{"Lê Văn Cường", "Chính trị viên phó Ban Chỉ huy Quân sự huyện"}}},
};

TEST(PlanPositions11, HigherPlacesAfterAUnitAndCommunesNamedAfterAProvince) { test::expect_positions(kPositionCases); }

// ---- targets ---------------------------------------------------------------------------------

TEST(PlanTargets11, AllThreeSidesOfTheTollAreItsThreeMeasures) {
  const json r = parse(
      "Công an tỉnh Hà Tĩnh triển khai thi đua\n"
      "Ngày 6/1/2026, Công an tỉnh Hà Tĩnh triển khai phong trào thi đua năm 2026, phấn đấu kéo giảm 5% tai nạn giao "
      "thông trên cả ba mặt.");
  std::vector<std::string> measures;
  for (const json& t : r["targets"]) measures.push_back(t["measure"].get<std::string>());
  EXPECT_EQ(measures, (Strings{"số vụ tai nạn giao thông", "số người chết do tai nạn giao thông",
                               "số người bị thương do tai nạn giao thông"}));
}

struct ListedCase {
  const char* what;
  const char* clause;  // after a common lead
  double value;
  json value_min;
};

const ListedCase kListedCases[] = {
    {"what is counted named before a range, the counts after it, the last a fate without 'số'",
     "phấn đấu giảm tai nạn giao thông từ 3 - 6% số vụ, số người chết, bị thương so với năm 2023.", 6, 3},
    {"what the last count is of is what all are of",
     "phấn đấu giảm từ 3 - 6% số vụ, số người chết và số người bị thương do tai nạn giao thông.", 6, 3},
    {"a fate after 'số người chết' is one more count of people", "phấn đấu giảm 4% số vụ tai nạn giao thông, số "
     "người chết, bị thương.", 4, nullptr},
};

TEST(PlanTargets11, CountsListedAfterTheFigureEachOfWhatTheClauseNames) {
  for (const ListedCase& c : kListedCases) {
    SCOPED_TRACE(c.what);
    const json r = parse(std::string("Tỉnh Nam Định triển khai năm an toàn giao thông\nNgày 12/2/2024, UBND tỉnh Nam "
                                     "Định triển khai kế hoạch bảo đảm trật tự an toàn giao thông năm 2024, ") +
                         c.clause);
    std::vector<std::string> measures;
    for (const json& t : r["targets"]) {
      measures.push_back(t["measure"].get<std::string>());
      EXPECT_EQ(t["value"], c.value);
      EXPECT_EQ(t["value_min"], c.value_min);
    }
    EXPECT_EQ(measures, (Strings{"số vụ tai nạn giao thông", "số người chết do tai nạn giao thông",
                                 "số người bị thương do tai nạn giao thông"}));
  }
}

TEST(PlanTargets11, WhatAPlanIsCarriedOutForAgainstTheYearBeforeIt) {
  // A plan on traffic safety, no emulation word: what it is carried out for ("nhằm …") are its
  // targets, and "so với năm 2023", the only year, is the year before the plan's.
  const json r = parse(
      "Kế hoạch bảo đảm trật tự an toàn giao thông được ban hành nhằm nâng cao ý thức người tham gia giao thông; giảm "
      "từ 3 - 6% số vụ, số người chết và số người bị thương do tai nạn giao thông so với năm 2023.");
  ASSERT_EQ(r["targets"].size(), 3u);
  for (const json& t : r["targets"]) EXPECT_EQ(t["baseline"], "previous_year");
  // A sentence that does not open with the plan reports what was done for it.
  const json done = parse(
      "Công an tỉnh tổng kết năm 2023\nNgày 20/12/2023, Công an tỉnh tổng kết công tác năm 2023. Các đơn vị đã chủ "
      "động triển khai các kế hoạch, giải pháp nhằm bảo đảm an ninh, trật tự; tội phạm được kiềm chế, không để hình "
      "thành băng nhóm tội phạm.");
  EXPECT_TRUE(done["targets"].empty());
}

// ---- the year of a day written without one ---------------------------------------------------

struct DateCase {
  const char* what;
  const char* text;
  const char* date;  // the event's
};

const DateCase kDateCases[] = {
    {"a December launch before Tết is in the year before the lunar year ('Bính Ngọ 2026')",
     "Công an tỉnh Hà Tĩnh ra quân trấn áp tội phạm\n"
     "Sáng 16-12, Công an tỉnh Hà Tĩnh tổ chức lễ ra quân tấn công, trấn áp tội phạm, bảo đảm an ninh trật tự Tết "
     "Nguyên đán Bính Ngọ 2026.",
     "2025-12-16"},
    {"the lunar year written after 'năm'",
     "Công an huyện Can Lộc ra quân\n"
     "Ngày 18/12, Công an huyện Can Lộc ra quân bảo đảm an ninh trật tự Tết Nguyên đán Ất Tỵ năm 2025.",
     "2024-12-18"},
    {"a day after Tết stays in the lunar year",
     "Công an huyện Can Lộc sơ kết\n"
     "Ngày 20/2, Công an huyện Can Lộc sơ kết đợt cao điểm bảo đảm an ninh trật tự Tết Nguyên đán Ất Tỵ năm 2025.",
     "2025-02-20"},
    {"a review of a year held early in the next is in the next",
     "Công an huyện Ý Yên tổng kết công tác năm 2024\n"
     "Ngày 8/1, Công an huyện Ý Yên tổ chức hội nghị tổng kết công tác năm 2024 và triển khai phong trào thi đua.",
     "2025-01-08"},
    {"an interim review of the first months is held in that year",
     "Công an huyện Ý Yên sơ kết 6 tháng\n"
     "Ngày 28/6, Công an huyện Ý Yên tổ chức hội nghị sơ kết phong trào thi đua 6 tháng đầu năm 2024.",
     "2024-06-28"},
};

TEST(PlanDates11, TetCampaignsAndReviewsOfTheYearGone) {
  for (const DateCase& c : kDateCases) {
    SCOPED_TRACE(c.what);
    EXPECT_EQ(parse(c.text)["event"]["date"], c.date);
  }
}

// ---- a text on commendations ------------------------------------------------------------------

TEST(PlanScope11, ATextThatCommendsIsAboutEmulation) {
  const json r = parse(
      "Xã Phước Hòa tổ chức Ngày hội Quốc phòng toàn dân\n"
      "Ngày 20/12/2024, UBND xã Phước Hòa tổ chức hội nghị kỷ niệm Ngày hội Quốc phòng toàn dân. Nhân dịp này, UBND "
      "xã khen tặng 3 tập thể và 5 cá nhân.");
  EXPECT_EQ(test::counts(r), (test::Counts{{3, "tập thể"}, {5, "cá nhân"}}));
}

}  // namespace
}  // namespace thidua::text::plan
