// The sixth round of patterns of Vietnamese administrative prose (issue 14): gatherings that are
// none of the named kinds (a festival, a ceremony, a meeting to commend) and still the event a
// text reports; a group with its owning ministry before "gồm"; offices listed between commas;
// positions at an office named up to its owning unit; a commune named by its level alone; a
// steering board named by its remit; bodies of one place sharing its name. Every sentence here
// was written for the test in the pattern of real articles; none is copied from them.
#include <gtest/gtest.h>

#include <string>

#include "text/plan/plan_parser.h"
#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using nlohmann::json;
using test::parse;
using test::person;
using test::strings;

// ---- gatherings of no kind -----------------------------------------------------------------

TEST(PlanCeremonies6, AFestivalInTheLeadIsTheEventWithItsDayPlaceAndHosts) {
  const json r = parse(
      "Phường Tân An tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc\n"
      "Sáng 12/8/2023, tại nhà văn hóa khu phố 3, Công an phường Tân An tổ chức Ngày hội toàn dân bảo vệ an ninh "
      "Tổ quốc. Từ đầu năm, Công an phường đã tổ chức 15 buổi phát động phong trào tại các khu phố.");
  EXPECT_TRUE(r["event"]["kind"].is_null());  // a festival is no launch, whatever it reports later
  EXPECT_EQ(r["event"]["date"], "2023-08-12");
  EXPECT_EQ(r["event"]["place"], "nhà văn hóa khu phố 3");
  EXPECT_EQ(strings(r["organizers"]), std::vector<std::string>{"Công an phường Tân An"});
}

TEST(PlanCeremonies6, AMeetingToCommendIsAConference) {
  const json r = parse(
      "Gặp mặt cán bộ hưu trí\n"
      "Chiều 18-8-2021, Công an huyện Đông Sơn tổ chức gặp mặt cán bộ, chiến sĩ nghỉ hưu và biểu dương các tập thể.");
  EXPECT_EQ(r["event"]["kind"], "conference");
  EXPECT_EQ(r["event"]["date"], "2021-08-18");
  EXPECT_EQ(strings(r["organizers"]), std::vector<std::string>{"Công an huyện Đông Sơn"});
}

TEST(PlanCeremonies6, ANamedEventInTheSameLeadStillWins) {
  // "lễ ra mắt … và phát động": the launch names the kind; the ceremony does not take over.
  const json r = parse(
      "Ra mắt Tổ bảo vệ an ninh, trật tự\n"
      "Ngày 3/7/2024, Công an xã Hòa Lạc tổ chức lễ ra mắt 4 Tổ bảo vệ an ninh, trật tự và phát động phong trào "
      "thi đua.");
  EXPECT_EQ(r["event"]["kind"], "launch");
  EXPECT_EQ(r["event"]["date"], "2024-07-03");
}

// ---- groups and their members --------------------------------------------------------------

TEST(PlanMemberLists6, TheOwningMinistryBeforeGomLeavesTheGroupAsOrganiser) {
  const json r = parse(
      "Cụm thi đua số 2 dâng hương\n"
      "Sáng 19/5/2024, Cụm thi đua số 2, Bộ Công an gồm: Cục Quản lý xuất nhập cảnh, Cục Cảnh sát giao thông và Cục "
      "Hồ sơ nghiệp vụ đã tổ chức hội nghị sơ kết.");
  EXPECT_EQ(strings(r["organizers"]), std::vector<std::string>{"Cụm thi đua số 2"});
  EXPECT_EQ(strings(r["group"]["members"]),
            (std::vector<std::string>{"Cục Quản lý xuất nhập cảnh", "Cục Cảnh sát giao thông", "Cục Hồ sơ nghiệp vụ"}));
  // … and with the ministry joined by a dash and the members in brackets.
  const json r2 = parse(
      "Cụm thi đua số 3 ký giao ước\n"
      "Chiều 2/12/2024, Cụm thi đua số 3 - Bộ Công an (gồm Học viện Quốc tế, Trường Cao đẳng An ninh nhân dân I và "
      "Trường Cao đẳng Cảnh sát nhân dân I) đã tổ chức ký kết giao ước thi đua.");
  EXPECT_EQ(strings(r2["organizers"]), std::vector<std::string>{"Cụm thi đua số 3"});
  EXPECT_EQ(strings(r2["group"]["members"]),
            (std::vector<std::string>{"Học viện Quốc tế", "Trường Cao đẳng An ninh nhân dân I",
                                      "Trường Cao đẳng Cảnh sát nhân dân I"}));
}

TEST(PlanMemberLists6, OfficesBetweenCommasKeepTheirLowerCaseWords) {
  const json r = parse(
      "Cụm thi đua số 4 sơ kết\n"
      "Ngày 8/6/2022, Cụm thi đua số 4 gồm: Cục Cảnh sát quản lý trại giam, Cục An ninh chính trị nội bộ, Cục Kỹ thuật "
      "nghiệp vụ và Cục Tổ chức cán bộ tổ chức hội nghị sơ kết.");
  EXPECT_EQ(strings(r["group"]["members"]),
            (std::vector<std::string>{"Cục Cảnh sát quản lý trại giam", "Cục An ninh chính trị nội bộ",
                                      "Cục Kỹ thuật nghiệp vụ", "Cục Tổ chức cán bộ"}));
  // Two offices are not such a list; and provinces' police are read as before.
  const json r2 = parse(
      "Cụm thi đua số 9 ký giao ước\n"
      "Ngày 8/3/2022, Cụm thi đua số 9 gồm Công an các tỉnh Sóc Trăng, Bạc Liêu và Cà Mau tổ chức ký giao ước.");
  EXPECT_EQ(strings(r2["group"]["members"]),
            (std::vector<std::string>{"Công an tỉnh Sóc Trăng", "Công an tỉnh Bạc Liêu", "Công an tỉnh Cà Mau"}));
}

// ---- positions -----------------------------------------------------------------------------

TEST(PlanPositions6, AnOfficeNamedUpToItsOwningUnit) {
  const json r = parse(
      "Hội nghị của Hội phụ nữ\n"
      "Ngày 4/3/2023, tại Học viện An ninh nhân dân, Hội phụ nữ các trường tổ chức hội nghị. Dự có Thượng tá Lê Thị "
      "Hạnh, Chủ tịch Hội phụ nữ, Tổng cục Chính trị CAND và Đại tá Trần Văn Bình, Trưởng phòng Đào tạo, bồi dưỡng và "
      "quản lý học viên, Học viện An ninh nhân dân. Hội nghị sơ kết phong trào thi đua.");  // (s21-gate) a review
  const json* hanh = person(r, "Lê Thị Hạnh");
  ASSERT_NE(hanh, nullptr);
  EXPECT_EQ((*hanh)["position"], "Chủ tịch Hội phụ nữ, Tổng cục Chính trị CAND");
  const json* binh = person(r, "Trần Văn Bình");
  ASSERT_NE(binh, nullptr);
  EXPECT_EQ((*binh)["position"], "Trưởng phòng Đào tạo, bồi dưỡng và quản lý học viên, Học viện An ninh nhân dân");
}

TEST(PlanPositions6, TheHeadOfASchool) {
  const json r = parse(
      "Lễ khai giảng\n"
      "Ngày 5/9/2024, Trường Đại học Phòng cháy chữa cháy tổ chức hội nghị sơ kết phong trào thi đua. Đại tá Phạm Văn Hòa, Phó Hiệu trưởng "
      "Trường Đại học Phòng cháy chữa cháy phát biểu.");
  const json* hoa = person(r, "Phạm Văn Hòa");
  ASSERT_NE(hoa, nullptr);
  EXPECT_EQ((*hoa)["position"], "Phó Hiệu trưởng Trường Đại học Phòng cháy chữa cháy");
}

TEST(PlanPositions6, ACommuneNamedByItsLevelAloneCompletesItsOfficers) {
  const json r = parse(
      "Ngày hội ở thôn Đông\n"
      "Sáng 10/8/2024, tại thôn Đông xã Hòa Bình, UBND xã tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc. Dự có "
      "ông Nguyễn Văn Tâm, Chủ tịch UBND xã và Thiếu tá Lê Văn Hùng, Trưởng Công an xã.");
  ASSERT_NE(person(r, "Nguyễn Văn Tâm"), nullptr);
  EXPECT_EQ((*person(r, "Nguyễn Văn Tâm"))["position"], "Chủ tịch UBND xã Hòa Bình");
  ASSERT_NE(person(r, "Lê Văn Hùng"), nullptr);
  EXPECT_EQ((*person(r, "Lê Văn Hùng"))["position"], "Trưởng Công an xã Hòa Bình");
  // Two communes named: the text's own is not known, nothing is added.
  const json r2 = parse(
      "Ngày hội ở hai xã\n"
      "Sáng 10/8/2024, tại xã Hòa Bình và xã Hòa Lợi, UBND huyện tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc. "
      "Dự có ông Nguyễn Văn Tâm, Chủ tịch UBND xã.");
  ASSERT_NE(person(r2, "Nguyễn Văn Tâm"), nullptr);
  EXPECT_EQ((*person(r2, "Nguyễn Văn Tâm"))["position"], "Chủ tịch UBND xã");
}

// ---- organisers ----------------------------------------------------------------------------

TEST(PlanOrganizers6, ASteeringBoardNamedByItsRemit) {
  const json r = parse(
      "Ngày hội ở huyện Krông Pa\n"
      "Ngày 15-8-2023, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào “Toàn dân bảo vệ an "
      "ninh Tổ quốc” huyện Krông Pa tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc.");
  EXPECT_EQ(strings(r["organizers"]),
            std::vector<std::string>{"Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào Toàn dân "
                                     "bảo vệ an ninh Tổ quốc huyện Krông Pa"});
  // The level written alone takes the text's commune.
  const json r2 = parse(
      "Ngày hội ở thôn Bắc\n"
      "Chiều 9/8/2025, tại thôn Bắc xã Yên Lạc, Ban Chỉ đạo An ninh trật tự xã đã tổ chức Ngày hội. Ngày hội "
      "biểu dương 5 tổ tự quản.");  // (s21-gate) a festival that commends: a bare "Ngày hội" is refused now
  EXPECT_EQ(strings(r2["organizers"]), std::vector<std::string>{"Ban Chỉ đạo An ninh trật tự xã Yên Lạc"});
}

TEST(PlanOrganizers6, BodiesOfOnePlaceShareItsName) {
  const json r = parse(
      "Xã Tân Phú tổ chức Ngày hội\n"
      "Đảng ủy – HĐND – UBND xã Tân Phú vừa tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2024.");
  EXPECT_EQ(strings(r["organizers"]),
            (std::vector<std::string>{"Đảng ủy xã Tân Phú", "HĐND xã Tân Phú", "UBND xã Tân Phú"}));
  const json r2 = parse(
      "Tổng kết ở xã Tân Phú\n"
      "Ngày 20/12/2024, Đảng ủy, UBND xã Tân Phú tổ chức hội nghị tổng kết phong trào.");
  EXPECT_EQ(strings(r2["organizers"]), (std::vector<std::string>{"Đảng ủy xã Tân Phú", "UBND xã Tân Phú"}));
}


// ---- counts, themes, places, kinds ---------------------------------------------------------

TEST(PlanCounts6, CommendationsForLastYearsAchievementsAreCountsOfTheReview) {
  const json r = parse(
      "Hội nghị tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc\n"
      "Ngày 15/1/2022, Công an tỉnh Hà Giang tổ chức hội nghị tổng kết phong trào năm 2021. Năm 2022, Công an tỉnh tập "
      "trung thực hiện các nhiệm vụ trọng tâm. UBND tỉnh trao Bằng khen cho 7 tập thể và 9 cá nhân đã có thành tích "
      "xuất sắc trong phong trào năm 2021.");
  EXPECT_EQ(r["counts"].size(), 2u);
  // Results reported on the year gone are still not counts of the new year.
  const json r2 = parse(
      "Ký giao ước thi đua năm 2022\n"
      "Ngày 15/3/2022, Cụm thi đua số 2 tổ chức ký giao ước thi đua năm 2022. Trong năm 2021 đã có 3 đơn vị được tặng "
      "Cờ thi đua.");
  EXPECT_TRUE(r2["counts"].empty());
}

TEST(PlanThemes6, TheQuoteBeforeDoLaChuDeIsTheTheme) {
  const json r = parse(
      "“Kỷ cương, sáng tạo, vì Nhân dân phục vụ” - Đó là chủ đề của phong trào “Vì an ninh Tổ quốc” năm 2024 do Công "
      "an tỉnh Lào Cai phát động.\n"
      "Sáng 10/1/2024, Công an tỉnh Lào Cai tổ chức lễ phát động phong trào thi đua “Vì an ninh Tổ quốc” năm 2024.");
  EXPECT_EQ(r["movement"]["theme"], "Kỷ cương, sáng tạo, vì Nhân dân phục vụ");
  EXPECT_EQ(r["movement"]["name"], "Vì an ninh Tổ quốc");
}

TEST(PlanPlaces6, APlaceKeepsItsCommuneInBracketsOrItsProvinceAfterAComma) {
  const json r = parse(
      "Ngày hội ở Krông Búk\n"
      "Ngày 14-8-2024, tại thôn 5 (xã Ea Sin), UBND xã tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc.");
  EXPECT_EQ(r["event"]["place"], "thôn 5 (xã Ea Sin)");
  const json r2 = parse(
      "Cụm thi đua số 7 báo công\n"
      "Sáng 18/5/2024, tại Khu di tích Kim Liên, Nghệ An, Cụm thi đua số 7 tổ chức lễ báo công dâng Bác và ký giao ước "
      "thi đua.");
  EXPECT_EQ(r2["event"]["place"], "Khu di tích Kim Liên, Nghệ An");
}

TEST(PlanMeetingKind6, ALaunchBySigningIsAPledgeSigning) {
  const json r = parse(
      "Khối thi đua phát động thi đua\n"
      "Ngày 20/2/2021, Khối thi đua Công an các huyện tổ chức Lễ phát động, ký kết giao ước thi đua năm 2021.");
  EXPECT_EQ(r["event"]["kind"], "pledge_signing");
  const json r2 = parse(
      "Khối thi đua phát động thi đua\n"
      "Ngày 20/2/2021, Khối thi đua Công an các huyện phát động và ký giao ước thi đua năm 2021.");
  EXPECT_EQ(r2["event"]["kind"], "pledge_signing");
  // A launch followed by other work is still a launch.
  const json r3 = parse(
      "Công an tỉnh phát động thi đua\n"
      "Ngày 20/2/2021, Công an tỉnh Yên Bái tổ chức lễ phát động phong trào thi đua “Vì an ninh Tổ quốc” năm 2021.");
  EXPECT_EQ(r3["event"]["kind"], "launch");
}

TEST(PlanMovementName6, AKnownMovementsUnclosedQuoteEndsWithItsName) {
  const json r = parse(
      "Ngày hội ở huyện Ia Pa\n"
      "Ngày 12-8-2023, Ban Chỉ đạo xây dựng phong trào \u201CToàn dân bảo vệ an ninh Tổ quốc huyện Ia Pa tổ chức Ngày "
      "hội tại xã Ia Mrơn.");
  EXPECT_EQ(r["movement"]["name"], "Toàn dân bảo vệ an ninh Tổ quốc");
  EXPECT_EQ(r["movement"]["kind"], "regular");
  // A closed quote is read whole.
  const json r2 = parse(
      "Phát động thi đua\n"
      "Ngày 2/3/2023, Công an tỉnh Gia Lai phát động phong trào \u201CToàn dân bảo vệ an ninh Tổ quốc trong tình hình "
      "mới\u201D năm 2023.");
  EXPECT_EQ(r2["movement"]["name"], "Toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới");
}

TEST(PlanMovementPeriod6, TheReviewedPeriodGivesWayToThePledgedOne) {
  const json r = parse(
      "Tuổi trẻ Cụm thi đua số 3 ký giao ước\n"
      "Ngày 12/11/2020, Cụm thi đua số 3 đã tổng kết phong trào thi đua giai đoạn 2018-2020 và ký giao ước thi đua "
      "giai đoạn 2020-2022.");
  EXPECT_EQ(r["movement"]["start"], "2020-01-01");
  EXPECT_EQ(r["movement"]["end"], "2022-12-31");
  // One period alone is the movement's, reviewed or not.
  const json r2 = parse(
      "Cụm thi đua số 3 tổng kết\n"
      "Ngày 12/11/2020, Cụm thi đua số 3 tổ chức hội nghị tổng kết phong trào thi đua giai đoạn 2018-2020.");
  EXPECT_EQ(r2["movement"]["start"], "2018-01-01");
}

}  // namespace
}  // namespace thidua::text::plan
