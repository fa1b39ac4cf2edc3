// The fifth round of patterns of Vietnamese administrative prose (issue 14): how articles list a
// group's members (a level written once, "Cụm này gồm", ministry units between semicolons, a
// unit joined by "cùng" before a bracketed group), who acts for a group, who takes a group's
// role when someone else assigns it, pledges named as what is measured, results of months gone
// by, abbreviated cities and positions, and what a target's measure must be. Every sentence here
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

// ---- member lists --------------------------------------------------------------------------

TEST(PlanMemberLists5, RomanClusterNumberAndTheLevelWrittenOnce) {
  const json r = parse(
      "Cụm thi đua số III gồm: tỉnh Yên Bái, Phú Thọ , Tuyên Quang và Hà Giang đã tổ chức hội nghị ký kết giao ước "
      "thi đua năm 2018.");
  EXPECT_EQ(r["group"]["name"], "Cụm thi đua số 3");
  EXPECT_EQ(strings(r["organizers"]), std::vector<std::string>{"Cụm thi đua số 3"});
  EXPECT_EQ(strings(r["group"]["members"]),
            (std::vector<std::string>{"Công an tỉnh Yên Bái", "Công an tỉnh Phú Thọ", "Công an tỉnh Tuyên Quang",
                                      "Công an tỉnh Hà Giang"}));
  // A Roman numeral that is not a group's number stays a word.
  const json r2 = parse("Ngày 4/5/2022, Cụm thi đua số XII tổ chức hội nghị sơ kết.");
  EXPECT_EQ(r2["group"]["name"], "Cụm thi đua số 12");
}

TEST(PlanMemberLists5, TheGroupNamedAgainByNay) {
  const json r = parse(
      "Sáng 3-12-2023, Cụm thi đua số 1 tổ chức hội nghị tổng kết phong trào thi đua. "
      "Cụm này gồm: Công an TP Hà Nội, Công an TPHCM và Công an TP Cần Thơ.");
  EXPECT_EQ(strings(r["group"]["members"]),
            // (s24-lists) "TP" in a unit's name written out, as the Conventions write it.
            (std::vector<std::string>{"Công an thành phố Hà Nội", "Công an thành phố Hồ Chí Minh",
                                      "Công an thành phố Cần Thơ"}));
}

TEST(PlanMemberLists5, MinistryUnitsBetweenSemicolonsWithTheLeaderInBrackets) {
  const json r = parse(
      "Sáng 5/4/2023, Cụm thi đua số 4 tổ chức hội nghị ký giao ước thi đua. Các đơn vị trong Cụm thi đua số 4, khối "
      "các đơn vị trực thuộc Bộ Công an gồm: Học viện An ninh nhân dân (đơn vị Cụm trưởng); Viện Chiến lược Công an; "
      "Cục Cảnh sát quản lý hành chính về trật tự xã hội; Bộ Tư lệnh Cảnh vệ.");
  EXPECT_EQ(strings(r["group"]["members"]),
            (std::vector<std::string>{"Học viện An ninh nhân dân", "Viện Chiến lược Công an",
                                      "Cục Cảnh sát quản lý hành chính về trật tự xã hội", "Bộ Tư lệnh Cảnh vệ"}));
  EXPECT_EQ(r["group"]["leader"], "Học viện An ninh nhân dân");
  // Two items are not a list of this kind: the sentence is read as before.
  const json r2 = parse("Sáng 5/4/2023, Cụm thi đua số 4 gồm: Công an tỉnh A Lưới; Công an tỉnh B tổ chức hội nghị.");
  EXPECT_TRUE(r2["group"]["leader"].is_null());
}

TEST(PlanMemberLists5, AUnitJoinedByCungBeforeABracketedGroup) {
  const json r = parse(
      "Ngày 3/4/2023, Công an Bình Định cùng Công an các tỉnh Phú Yên, Khánh Hòa, Ninh Thuận (Cụm thi đua số 8) ký "
      "giao ước thi đua năm 2023.");
  EXPECT_EQ(strings(r["group"]["members"]),
            (std::vector<std::string>{"Công an tỉnh Bình Định", "Công an tỉnh Phú Yên", "Công an tỉnh Khánh Hòa",
                                      "Công an tỉnh Ninh Thuận"}));
  // The group signs for the units listed before it.
  EXPECT_EQ(strings(r["organizers"]), std::vector<std::string>{"Cụm thi đua số 8"});
}

// ---- who organises -------------------------------------------------------------------------

TEST(PlanOrganizers5, TheMinistryOwningAClusterDoesNotCoOrganise) {
  EXPECT_EQ(strings(parse("Chiều 2-4-2021, Cụm thi đua số 3 (Bộ Công an) tổ chức hội nghị sơ kết.")["organizers"]),
            std::vector<std::string>{"Cụm thi đua số 3"});
  EXPECT_EQ(strings(parse("Sáng 5/4/2021, Cụm thi đua số 6, khối các đơn vị trực thuộc Bộ Công an tổ chức hội nghị "
                          "ký giao ước.")["organizers"]),
            std::vector<std::string>{"Cụm thi đua số 6"});
  // A ministry that is a subject of its own stays one.
  EXPECT_EQ(strings(parse("Sáng 5/4/2021, Bộ Công an tổ chức hội nghị tổng kết.")["organizers"]),
            std::vector<std::string>{"Bộ Công an"});
}

// ---- roles of units ------------------------------------------------------------------------

TEST(PlanGroupRoles5, TheAssignerIsNotTheLeader) {
  const json r = parse(
      "Ngày 3/4/2023, Cụm thi đua số 8 ký giao ước thi đua. Bộ Công an phân công Công an tỉnh Phú Yên là đơn vị cụm "
      "trưởng, Công an tỉnh Khánh Hòa cụm phó.");
  EXPECT_EQ(r["group"]["leader"], "Công an tỉnh Phú Yên");
  EXPECT_EQ(r["group"]["deputy"], "Công an tỉnh Khánh Hòa");
  // The agent of a passive assigns too.
  const json r2 = parse(
      "Năm 2023, Công an tỉnh Bình Thuận được Bộ Công an phân công là đơn vị Cụm trưởng Cụm thi đua số 8.");
  EXPECT_EQ(r2["group"]["leader"], "Công an tỉnh Bình Thuận");
}

// ---- event kinds ---------------------------------------------------------------------------

TEST(PlanMeetingKind5, APledgeNamedAsWhatIsMeasuredIsNoSigning) {
  const json r = parse(
      "Tại hội nghị, Công an các tỉnh trong Cụm thi đua số 9 đã hoàn thành các chỉ tiêu giao ước thi đua đã đề ra.");
  EXPECT_EQ(r["event"]["kind"], "conference");
  const json r2 = parse("Các đơn vị thảo luận cách thực hiện các nội dung giao ước thi đua năm 2022.");
  EXPECT_TRUE(r2["event"]["kind"].is_null());
  // Signing it is.
  EXPECT_EQ(parse("Các đơn vị đã ký giao ước thi đua năm 2022.")["event"]["kind"], "pledge_signing");
}

// ---- results are not targets ---------------------------------------------------------------

TEST(PlanReviewResults5, MonthsGoneByOpenAResultsSentence) {
  const json r = parse(
      "Hội nghị sơ kết chỉ tiêu thi đua. 9 tháng đầu năm, tỷ lệ điều tra khám phá án hình sự đạt trên 88,5%, án rất "
      "nghiêm trọng đạt 97%. Trong 6 tháng qua, tai nạn giao thông giảm cả 3 tiêu chí.");
  EXPECT_TRUE(r["targets"].empty());
  // The months still to come set targets.
  const json r2 = parse(
      "Chỉ tiêu thi đua: 6 tháng cuối năm, phấn đấu tỷ lệ điều tra khám phá án hình sự đạt trên 80%.");
  ASSERT_EQ(r2["targets"].size(), 1u);
  EXPECT_EQ(r2["targets"][0]["value"], 80);
}

TEST(PlanTargetMeasure5, AMeasureMustHoldALetter) {
  // The figure in brackets closes the sentence: nothing but ")" is left after it.
  const json r = parse("Chỉ tiêu thi đua: tỷ lệ điều tra khám phá án đạt trên 80% (năm trước đạt 75%).");
  for (const json& t : r["targets"]) {
    const std::string m = t["measure"].get<std::string>();
    EXPECT_NE(m, ")");
    EXPECT_NE(m.find_first_of("abcdefghijklmnopqrstuvwxyzđ"), std::string::npos) << m;
  }
  const json r2 = parse("Phấn đấu giảm 5% ) so với năm trước.");
  EXPECT_TRUE(r2["targets"].empty());
}

// ---- counts --------------------------------------------------------------------------------

TEST(PlanCounts5, TimesCommendedAreCounts) {
  const json r = parse(
      "Năm 2022, toàn Khối thi đua có 640 lượt tập thể, 2.315 lượt cá nhân lập thành tích xuất sắc được khen thưởng.");
  ASSERT_EQ(r["counts"].size(), 2u);
  EXPECT_EQ(r["counts"][0]["what"], "lượt tập thể");
  EXPECT_EQ(r["counts"][0]["value"], 640);
  EXPECT_EQ(r["counts"][1]["what"], "lượt cá nhân");
  EXPECT_EQ(r["counts"][1]["value"], 2315);
}

// ---- abbreviations ---------------------------------------------------------------------------

TEST(PlanAbbreviatedPositions5, TheCityOfHoChiMinhWrittenOut) {
  // (s21-gate) A gathering with its guests and nothing of emulation is refused now: the sentence names the
  // review it holds, so the positions are still read.
  const json r = parse(
      "Dự có Đại tá Trần Văn Hùng, Phó Giám đốc Công an TP.HCM; Đại tá Lê Văn Tâm, Phó Giám đốc Công an TPHCM. "
      "Hội nghị sơ kết phong trào thi đua.");
  ASSERT_NE(person(r, "Trần Văn Hùng"), nullptr);
  EXPECT_EQ((*person(r, "Trần Văn Hùng"))["position"], "Phó Giám đốc Công an thành phố Hồ Chí Minh");
  ASSERT_NE(person(r, "Lê Văn Tâm"), nullptr);
  EXPECT_EQ((*person(r, "Lê Văn Tâm"))["position"], "Phó Giám đốc Công an thành phố Hồ Chí Minh");
}

TEST(PlanAbbreviatedPositions5, AbbreviatedUnitsHoldTheirLevelAndTakeTheTextsPlace) {
  const json r = parse(
      "Ngày 12/3/2024, Công an xã Phú Lộc tổ chức hội nghị phát động thi đua. Dự có Thiếu tá Lê Minh Đức, Trưởng CAX; "
      "ông Trần Văn Hải, PCT.UBND xã; Đại úy Vũ Văn An, Phó Trưởng CAX Phú Lộc; Trung tá Ngô Văn Bình, PGĐ Công an "
      "tỉnh.");
  ASSERT_NE(person(r, "Lê Minh Đức"), nullptr);
  EXPECT_EQ((*person(r, "Lê Minh Đức"))["position"], "Trưởng Công an xã Phú Lộc");
  ASSERT_NE(person(r, "Trần Văn Hải"), nullptr);
  EXPECT_EQ((*person(r, "Trần Văn Hải"))["position"], "Phó Chủ tịch UBND xã Phú Lộc");
  ASSERT_NE(person(r, "Vũ Văn An"), nullptr);
  EXPECT_EQ((*person(r, "Vũ Văn An"))["position"], "Phó Trưởng Công an xã Phú Lộc");
  ASSERT_NE(person(r, "Ngô Văn Bình"), nullptr);
  EXPECT_EQ((*person(r, "Ngô Văn Bình"))["position"], "Phó Giám đốc Công an tỉnh");
  // "CATP Hà Nội" is the city's police, not "CATP thành phố Hà Nội".
  EXPECT_EQ(strings(parse("Sáng 7/8/2017, CATP Hà Nội tổ chức lễ phát động đợt thi đua đặc biệt.")["organizers"]),
            std::vector<std::string>{"Công an thành phố Hà Nội"});
}

TEST(PlanGroupRoles5, AnOfficeWhoseNameListsLowerCaseFieldsTakesTheRole) {
  const json r = parse(
      "Ngày 2/10/2023, Cụm thi đua số 9 ký giao ước. Ban Thanh niên, Phụ nữ, Công đoàn Công an tỉnh Vĩnh Long giữ vai "
      "trò Cụm trưởng.");
  EXPECT_EQ(r["group"]["leader"], "Ban Thanh niên, Phụ nữ, Công đoàn Công an tỉnh Vĩnh Long");
}

// ---- dates -----------------------------------------------------------------------------------

TEST(PlanYearContext5, TheYearAfterTheOneJustGone) {
  const json r = parse(
      "Chiều 29/3, tại Hà Nội, Cụm thi đua số 5 tổ chức hội nghị ký giao ước thi đua. Năm 2021 vừa qua, các đơn vị "
      "đã hoàn thành tốt nhiệm vụ năm 2021.");
  EXPECT_EQ(r["event"]["date"], "2022-03-29");
  // A later year written in the text is the text's own.
  const json r2 = parse(
      "Chiều 29/3, Cụm thi đua số 5 tổ chức hội nghị. Năm 2021 vừa qua, các đơn vị đã hoàn thành tốt nhiệm vụ; năm "
      "2023, phấn đấu hoàn thành xuất sắc.");
  EXPECT_NE(r2["event"]["date"], "2022-03-29");
}

TEST(PlanYearContext5, ALunarYearGivesTheYear) {
  const json r = parse(
      "Sáng 12/3, Công an tỉnh tổ chức hội nghị tổng kết đợt cao điểm bảo đảm an ninh trật tự Tết Nguyên đán Quý Mão "
      "2023.");
  EXPECT_EQ(r["event"]["date"], "2023-03-12");
  // A name that only looks like one gives nothing.
  EXPECT_TRUE(parse("Sáng 12/3, Công an tỉnh tổ chức hội nghị tổng kết tại xã Tân Dần.")["event"]["date"].is_null());
}

// ---- title and place ---------------------------------------------------------------------------

TEST(PlanTitle5, ASectionLabelIsNotTheHeadline) {
  const json r = parse(
      "Chính trị - Xã hội\n\nCông an hai tỉnh ký giao ước thi đua năm 2024\n\nNgày 2/4/2024, Công an tỉnh Kon Tum "
      "và Công an tỉnh Gia Lai ký giao ước thi đua.");
  EXPECT_EQ(r["title"], "Công an hai tỉnh ký giao ước thi đua năm 2024");
  // A short headline over a short lead stays the headline.
  const json r2 = parse("Ký giao ước thi đua\n\nNgày 2/4/2024, hai đơn vị ký giao ước.");
  EXPECT_EQ(r2["title"], "Ký giao ước thi đua");
}

TEST(PlanPlace5, ALaterSentenceOnTheMeetingSaysWhereItWasHeld) {
  const json r = parse(
      "Ngày 6/4/2024, Công an các tỉnh Cụm thi đua số 4 ký giao ước thi đua. Hội nghị ký giao ước của cụm được tổ chức "
      "tại Phú Thọ.");
  EXPECT_EQ(r["event"]["place"], "Phú Thọ");
  // A sentence about something else held there is not the meeting.
  const json r2 = parse(
      "Ngày 6/4/2024, Công an các tỉnh Cụm thi đua số 4 ký giao ước thi đua. Các đơn vị thăm một công trình được tổ "
      "chức tại Phú Thọ.");
  EXPECT_TRUE(r2["event"]["place"].is_null());
}

// ---- organisers without an event ---------------------------------------------------------------

TEST(PlanOrganizers5, NoEventNoOrganiserUnlessAPlanIsIssued) {
  const json r = parse(
      "Trong năm qua, Công an các tỉnh trong Cụm thi đua số 4 đã chủ động tham mưu cho cấp ủy, chính quyền địa phương.");
  EXPECT_TRUE(r["organizers"].empty());
  const json r2 = parse("UBND tỉnh vừa ban hành kế hoạch triển khai phong trào thi đua đặc biệt năm 2025.");
  EXPECT_EQ(strings(r2["organizers"]), std::vector<std::string>{"UBND tỉnh"});
}

// ---- positions ---------------------------------------------------------------------------------

TEST(PlanOfficePositions5, TheForceWrittenOutClosesAnOffice) {
  const json r = parse(
      "Ngày 3/7/2019, Cụm thi đua số 2 tổ chức hội nghị. Trung tướng Trần Văn Minh, Phó Tổng cục trưởng Tổng cục Chính "
      "trị Công an nhân dân dự và phát biểu chỉ đạo.");
  ASSERT_NE(person(r, "Trần Văn Minh"), nullptr);
  EXPECT_EQ((*person(r, "Trần Văn Minh"))["position"], "Phó Tổng cục trưởng Tổng cục Chính trị Công an nhân dân");
}

// ---- a level brought down to -------------------------------------------------------------------

TEST(PlanTargetLevel5, DownToBelowAFigureIsAtMost) {
  const json r = parse("Chỉ tiêu thi đua: giảm tỷ lệ cán bộ, chiến sĩ vi phạm kỷ luật xuống dưới 0,3% quân số.");
  ASSERT_EQ(r["targets"].size(), 1u);
  EXPECT_EQ(r["targets"][0]["direction"], "at_most");
  EXPECT_EQ(r["targets"][0]["kind"], "share");
  EXPECT_EQ(r["targets"][0]["value"], 0.3);
  EXPECT_EQ(r["targets"][0]["measure"], "tỷ lệ cán bộ, chiến sĩ vi phạm kỷ luật");
  // "còn" says the same; a bare decrease by a figure stays a change.
  const json r2 = parse("Chỉ tiêu thi đua: kéo giảm số vụ cháy còn 2%.");
  ASSERT_EQ(r2["targets"].size(), 1u);
  EXPECT_EQ(r2["targets"][0]["direction"], "at_most");
  const json r3 = parse("Chỉ tiêu thi đua: giảm 5% số vụ cháy.");
  ASSERT_EQ(r3["targets"].size(), 1u);
  EXPECT_EQ(r3["targets"][0]["direction"], "decrease");
}

}  // namespace
}  // namespace thidua::text::plan
