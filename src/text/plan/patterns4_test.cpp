// The fourth round of patterns of Vietnamese administrative prose (issue 14): how articles on
// reviews and pledges name the group that holds the meeting, what kind of meeting it was, the
// police of a province without its level, periods and abbreviations inside a movement's name,
// titles before names, campaign launches and their thresholds. Every sentence here was written
// for the test in the pattern of real articles; none is copied from them.
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

// ---- the group that holds the meeting ------------------------------------------------------

TEST(PlanGroupHoldsItsMeeting, AttendeesFirstAndTheGroupNamedLater) {
  const json r = parse(
      "Dự hội nghị có Thiếu tướng Hoàng Văn Minh, Phó Cục trưởng Cục Công tác đảng và công tác chính trị. "
      "Các đơn vị trong Cụm thi đua số 7 Bộ Công an đã thống nhất nhiều giải pháp.");
  EXPECT_EQ(strings(r["organizers"]), std::vector<std::string>{"Cụm thi đua số 7"});
}

TEST(PlanGroupHoldsItsMeeting, TwoGroupsNamedLeaveTheOrganiserOpen) {
  const json r = parse(
      "Hội nghị đã thông qua quy chế hoạt động. Cụm thi đua số 2 và Cụm thi đua số 3 cùng ký giao ước.");
  EXPECT_TRUE(r["organizers"].empty());
}

TEST(PlanGroupHoldsItsMeeting, AProvincesPoliceHostsTheEventOfAMinistrysCluster) {
  const json r = parse(
      "Ngày 5/3/2024, Công an tỉnh Gia Lai tổ chức hội nghị ký kết giao ước thi đua của Cụm thi đua số 6 năm 2024.");
  EXPECT_EQ(strings(r["organizers"]), std::vector<std::string>{"Cụm thi đua số 6"});
  // A province's own block of districts is organised by the province's police.
  const json r2 = parse(
      "Ngày 5/3/2024, Công an tỉnh tổ chức hội nghị tổng kết phong trào thi đua của khối thi đua các huyện miền núi.");
  EXPECT_EQ(strings(r2["organizers"]), std::vector<std::string>{"Công an tỉnh"});
}

TEST(PlanGroupHoldsItsMeeting, TheUnitWhoseMovementIsReviewed) {
  const json r = parse(
      "Qua 5 năm, phong trào thi đua “Vì an ninh Tổ quốc” trong Công an tỉnh Hà Giang được triển khai sâu rộng.\n"
      "Hội nghị đã biểu dương nhiều tập thể, cá nhân tiêu biểu.");
  EXPECT_EQ(strings(r["organizers"]), std::vector<std::string>{"Công an tỉnh Hà Giang"});
  // A meeting with its own subject keeps it.
  const json r2 = parse(
      "Ngày 3/12/2024, UBND tỉnh Hà Giang tổ chức hội nghị tổng kết phong trào thi đua “Vì an ninh Tổ quốc” "
      "của Công an tỉnh Hà Giang.");
  EXPECT_EQ(strings(r2["organizers"]), std::vector<std::string>{"UBND tỉnh Hà Giang"});
}

// ---- what kind of meeting ------------------------------------------------------------------

TEST(PlanMeetingKind, ACaptionNamingTheReviewGivesTheMeetingsKind) {
  const json r = parse(
      "Dự hội nghị có lãnh đạo Công an các tỉnh trong cụm thi đua.\n\nToàn cảnh buổi sơ kết.\n\n"
      "Các đơn vị thống nhất tiếp tục đổi mới công tác thi đua.");
  EXPECT_EQ(r["event"]["kind"], "review");
}

TEST(PlanMeetingKind, APledgeSignedAtTheMeetingGivesItsKind) {
  const json r = parse(
      "Tham dự hội nghị có lãnh đạo Công an 4 tỉnh thuộc Cụm thi đua số 9.\n\n"
      "Tại hội nghị, lãnh đạo Công an 4 tỉnh đã ký kết giao ước thi đua năm 2023.");
  EXPECT_EQ(r["event"]["kind"], "pledge_signing");
}

TEST(PlanMeetingKind, WhatAMeetingIsHeldForDoesNotMakeItAReview) {
  const json r = parse(
      "Bộ trưởng chủ trì hội nghị.\n\nHội nghị ngành được tổ chức để đánh giá kết quả công tác năm 2023 "
      "và tổng kết phong trào thi đua “Vì an ninh Tổ quốc” năm 2023.");
  EXPECT_EQ(r["event"]["kind"], "conference");
}

TEST(PlanMeetingKind, AMovementLaunchedEarlierIsNotTheEvent) {
  const json r = parse(
      "Trong 3 năm qua, các phong trào thi đua do Giám đốc Công an tỉnh phát động đã đi vào chiều sâu.\n"
      "Đồng chí Lê Thị Hằng, Phó Chủ tịch UBND tỉnh phát biểu tại Hội nghị.");
  EXPECT_EQ(r["event"]["kind"], "conference");
  const json r2 = parse(
      "Năm qua, Công an tỉnh thực hiện các cuộc vận động mà ngành và địa phương phát động.\n"
      "Hội nghị cũng biểu dương các tập thể tiêu biểu.");
  EXPECT_EQ(r2["event"]["kind"], "conference");
}

TEST(PlanMeetingKind, AMusterLaunchesACampaign) {
  const json r = parse(
      "Sáng 12/5, Công an tỉnh Ninh Bình tổ chức lễ ra quân đợt cao điểm tấn công trấn áp tội phạm, "
      "kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890-19/5/2022).");
  EXPECT_EQ(r["event"]["kind"], "launch");
}

TEST(PlanMeetingKind, TheHeadlineSaysWhichOfTwoEventsIsReported) {
  const json r = parse(
      "Cụm thi đua số 4 ký kết giao ước thi đua năm 2024\n\nNgày 5/3/2024, Cụm thi đua số 4 tổ chức hội nghị "
      "tổng kết công tác năm 2023 và ký kết giao ước thi đua năm 2024.");
  EXPECT_EQ(r["event"]["kind"], "pledge_signing");
  const json r2 = parse(
      "Công an tỉnh Lào Cai phát động phong trào thi đua năm 2024\n\nNgày 5/3/2024, Công an tỉnh Lào Cai tổ "
      "chức hội nghị tổng kết công tác năm 2023, phát động phong trào thi đua năm 2024.");
  EXPECT_EQ(r2["event"]["kind"], "launch");
  // A headline whose event the body never names does not override the lead.
  const json r3 = parse(
      "Công an tỉnh Lào Cai: phát động thi đua\n\nNgày 5/3/2024, Công an tỉnh Lào Cai tổ chức hội nghị tổng kết "
      "phong trào thi đua năm 2023.");
  EXPECT_EQ(r3["event"]["kind"], "review");
}

// ---- a year from an anniversary ------------------------------------------------------------

TEST(PlanAnniversaryYear, AnUndatedDayTakesTheYearBeingCelebrated) {
  const json r = parse(
      "Sáng 12/5, Công an tỉnh Ninh Bình phát lệnh ra quân đợt cao điểm tấn công trấn áp tội phạm, "
      "kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890-19/5/2022).\n\n"
      "Đợt cao điểm diễn ra từ ngày 12/5 đến ngày 12/7.");
  EXPECT_EQ(r["event"]["date"], "2022-05-12");
  EXPECT_EQ(r["provenance"]["event.date"]["how"], "inferred");
  EXPECT_EQ(r["movement"]["start"], "2022-05-12");
  EXPECT_EQ(r["movement"]["end"], "2022-07-12");
}

// ---- a province's police without the level word --------------------------------------------

TEST(PlanPoliceWithoutLevel, AProvincesPoliceTakesTheProvincesLevel) {
  const json r = parse("Công an Bến Tre phát động phong trào thi đua đặc biệt năm 2025.");
  EXPECT_EQ(strings(r["organizers"]), std::vector<std::string>{"Công an tỉnh Bến Tre"});
}

TEST(PlanPoliceWithoutLevel, TheFiveCitiesArePoliceOfACity) {
  const json r = parse(
      "Ngày 10/3/2022, Cụm thi đua số 2 gồm Công an Hà Nội, Hải Phòng, Đà Nẵng và Cần Thơ tổ chức ký kết "
      "giao ước thi đua.");
  EXPECT_EQ(strings(r["group"]["members"]),
            (std::vector<std::string>{"Công an thành phố Hà Nội", "Công an thành phố Hải Phòng",
                                      "Công an thành phố Đà Nẵng", "Công an thành phố Cần Thơ"}));
}

TEST(PlanPoliceWithoutLevel, AnAbbreviatedProvinceIsWrittenOut) {
  const json r = parse("Sáng 5/12/2023, Công an tỉnh BR-VT tổ chức hội nghị tổng kết phong trào thi đua.");
  EXPECT_EQ(strings(r["organizers"]), std::vector<std::string>{"Công an tỉnh Bà Rịa - Vũng Tàu"});
}

// ---- member lists --------------------------------------------------------------------------

TEST(PlanMemberLists, ProvincesAloneInBracketsAfterTheGroup) {
  const json r = parse(
      "Ngày 10/3/2022, Cụm thi đua số 4 (gồm Phú Thọ, Yên Bái, Tuyên Quang, Lào Cai) tổ chức ký kết giao ước thi đua.");
  EXPECT_EQ(strings(r["group"]["members"]),
            (std::vector<std::string>{"Công an tỉnh Phú Thọ", "Công an tỉnh Yên Bái", "Công an tỉnh Tuyên Quang",
                                      "Công an tỉnh Lào Cai"}));
}

TEST(PlanMemberLists, ACountOfProvincesBeforeAColon) {
  const json r = parse(
      "Ngày 10/3/2022, Cụm thi đua số 4 gồm 3 tỉnh: Phú Thọ, Yên Bái và Lào Cai tổ chức ký kết giao ước thi đua.");
  EXPECT_EQ(strings(r["group"]["members"]),
            (std::vector<std::string>{"Công an tỉnh Phú Thọ", "Công an tỉnh Yên Bái", "Công an tỉnh Lào Cai"}));
}

TEST(PlanMemberLists, TheLastItemWithItsOwnLevelInLowerCase) {
  const json r = parse(
      "Ngày 10/3/2022, Cụm thi đua số 2 gồm Công an Quận 1, Quận 3, Quận 10 và thành phố Thủ Đức tổ chức ký "
      "kết giao ước thi đua.");
  EXPECT_EQ(strings(r["group"]["members"]), (std::vector<std::string>{"Công an Quận 1", "Công an Quận 3",
                                                                       "Công an Quận 10", "Công an thành phố Thủ Đức"}));
}

TEST(PlanMemberLists, AttendeesOfTheGroupListedWithoutAColon) {
  const json r = parse(
      "Ngày 10/3/2022, tại Công an tỉnh Phú Thọ, Cụm thi đua số 4 tổ chức ký kết giao ước thi đua. "
      "Tham dự có lãnh đạo Công an các tỉnh Phú Thọ, Yên Bái, Tuyên Quang, Lào Cai.");
  EXPECT_EQ(r["group"]["members"].size(), 4u);
}

// ---- a movement's name ---------------------------------------------------------------------

TEST(PlanMovementName, APeriodInsideTheQuotesIsThePeriodNotTheName) {
  const json r = parse(
      "Ngày 5/3/2021, Công an tỉnh Sơn La tổng kết phong trào thi đua “Vì an ninh Tổ quốc giai đoạn 2016-2020”.");
  EXPECT_EQ(r["movement"]["name"], "Vì an ninh Tổ quốc");
  EXPECT_EQ(r["movement"]["kind"], "regular");
  EXPECT_EQ(r["movement"]["start"], "2016-01-01");
  EXPECT_EQ(r["movement"]["end"], "2020-12-31");
}

TEST(PlanMovementName, AKnownMovementWithoutQuotes) {
  const json r = parse("Sáng 2/3/2023, Công an các tỉnh Cụm thi đua số 6 ký giao ước thi đua Vì ANTQ năm 2023.");
  EXPECT_EQ(r["movement"]["name"], "Vì ANTQ");
  EXPECT_EQ(r["movement"]["kind"], "regular");
}

TEST(PlanMovementName, TheKindAloneIsNoName) {
  const json r = parse(
      "Phong trào thi đua chia làm 3 đợt, từ ngày 1-6 đến 31-8-2024.\n\nCông an Hậu Giang phát động phong trào "
      "thi đua đặc biệt");
  EXPECT_EQ(r["movement"]["name"], nullptr);
  EXPECT_EQ(r["movement"]["kind"], "special");
  EXPECT_EQ(r["movement"]["start"], "2024-06-01");
}

// ---- people --------------------------------------------------------------------------------

TEST(PlanTitleBeforeName, AStandaloneTitleRightBeforeAFullName) {
  const json r = parse(
      "Trong 5 năm qua, phong trào thi đua “Vì an ninh Tổ quốc” có nhiều đổi mới.\n"
      "Thứ trưởng Phạm Văn Lộc phát biểu chỉ đạo tại Hội nghị.");
  const json* p = person(r, "Phạm Văn Lộc");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ((*p)["position"], "Thứ trưởng");
  EXPECT_EQ((*p)["rank"], nullptr);
}

TEST(PlanTitleBeforeName, ATitleNeedingItsUnitOrAFamousNameIsNoPerson) {
  const json r = parse(
      "Phong trào thi đua đặc biệt thực hiện Di chúc của Chủ tịch Hồ Chí Minh. Trưởng Lê Văn Tám phát biểu.");
  EXPECT_TRUE(r["people"].empty());
}

TEST(PlanTitleBeforeName, TheForceClosesAnOfficesName) {
  // (s21-gate) A gathering with its guests and nothing of emulation is refused now: the sentence names the
  // review it holds, so the positions are still read.
  const json r = parse(
      "Dự hội nghị có Trung tướng Đỗ Văn Hùng, Phó Tổng cục trưởng Tổng cục Chính trị CAND. Hội nghị sơ kết "
      "phong trào thi đua.");
  const json* p = person(r, "Đỗ Văn Hùng");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ((*p)["position"], "Phó Tổng cục trưởng Tổng cục Chính trị CAND");
}

// ---- targets of a campaign -----------------------------------------------------------------

TEST(PlanCampaignTargets, AThresholdWithTroLenSetsATargetWithoutOtherCue) {
  const json r = parse(
      "Sáng 12/5/2022, Công an tỉnh phát lệnh ra quân đợt cao điểm.\n\nTrong đợt cao điểm, tỷ lệ điều tra "
      "khám phá án hình sự từ 85% trở lên. Trong đó, án nghiêm trọng đạt 95% trở lên; kéo giảm TNGT từ 3 đến "
      "5% ở 3 tiêu chí.");
  ASSERT_EQ(r["targets"].size(), 5u);
  EXPECT_EQ(r["targets"][0]["measure"], "tỷ lệ điều tra khám phá án hình sự");
  EXPECT_EQ(r["targets"][0]["direction"], "at_least");
  EXPECT_EQ(r["targets"][0]["value"], 85);
  EXPECT_EQ(r["targets"][2]["measure"], "số vụ TNGT");
  EXPECT_EQ(r["targets"][3]["measure"], "số người chết do TNGT");
  EXPECT_EQ(r["targets"][4]["value_min"], 3);
  EXPECT_EQ(r["targets"][4]["value_max"], 5);
}

TEST(PlanCampaignTargets, AResultReportedIsNoTarget) {
  const json r = parse(
      "Ngày 20/12/2023, Công an tỉnh tổng kết công tác năm 2023.\n\nNăm qua, tỷ lệ điều tra khám phá án đạt 91%.");
  EXPECT_TRUE(r["targets"].empty());
}

TEST(PlanReviewResults, FiguresOfThePeriodGoneByAreResults) {
  const json r = parse(
      "Ngày 20/12/2023, Cụm thi đua số 5 tổng kết phong trào thi đua “Vì an ninh Tổ quốc” năm 2023.\n\n"
      "Qua 6 tháng, tỷ lệ giải quyết tin báo đạt 95% trở lên. Năm 2024, Cụm phấn đấu tỷ lệ điều tra khám phá "
      "án đạt 90% trở lên.");
  ASSERT_EQ(r["targets"].size(), 1u);
  EXPECT_EQ(r["targets"][0]["value"], 90);
}

TEST(PlanReviewResults, TargetsSaidToBeMetAreResults) {
  const json r = parse(
      "Ngày 20/12/2023, Cụm thi đua số 5 tổng kết phong trào thi đua “Vì an ninh Tổ quốc” năm 2023.\n\n"
      "Các đơn vị hoàn thành vượt mức chỉ tiêu, tỷ lệ điều tra khám phá án đạt 88%, giảm 6% số vụ phạm tội "
      "về trật tự xã hội so với năm 2022.");
  EXPECT_TRUE(r["targets"].empty());
  // "Qua đó" looks forward, and striving is a target.
  const json r2 = parse(
      "Ngày 2/3/2024, Cụm thi đua số 5 ký giao ước thi đua.\n\nQua đó, các đơn vị phấn đấu hoàn thành chỉ "
      "tiêu, tỷ lệ điều tra khám phá án đạt 85% trở lên.");
  EXPECT_EQ(r2["targets"].size(), 1u);
}

// ---- contents ------------------------------------------------------------------------------

TEST(PlanContentsAfterNhu, AListOpenedByNhuWithoutAColon) {
  const json r = parse(
      "Hội nghị thông qua nội dung giao ước thi đua năm 2024 với các nội dung trọng tâm như đẩy mạnh chuyển "
      "đổi số; xây dựng lực lượng chính quy; bảo đảm an ninh, trật tự ở cơ sở.");
  EXPECT_EQ(strings(r["contents"]), (std::vector<std::string>{"đẩy mạnh chuyển đổi số", "xây dựng lực lượng chính quy",
                                                               "bảo đảm an ninh, trật tự ở cơ sở"}));
}

TEST(PlanContentsAfterNhu, ContentsSpokenOfAreNoList) {
  const json r = parse(
      "Đồng chí Giám đốc yêu cầu các đơn vị bám sát nội dung thi đua đã đề ra, khắc phục hạn chế; tăng cường "
      "kiểm tra chéo; nhân rộng điển hình.");
  EXPECT_TRUE(r["contents"].empty());
}

}  // namespace
}  // namespace thidua::text::plan
