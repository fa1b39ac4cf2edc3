// The thirty-fifth round of patterns (issue 14, branch s17-plan-a), in sentences written for the
// test (none is copied from a text):
//  - a body's short name in brackets before a city written short ("Bộ Chỉ huy Bộ đội Biên phòng
//    (BĐBP) TPHCM", "Hội Cựu chiến binh (CCB) TP.HCM", "(LHPN) TP Cần Thơ") is skipped and the city
//    written out, as before a level in lower case;
//  - the youth union by its full name, the leader's name in it ("Trung ương Đoàn TNCS Hồ Chí Minh",
//    "Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện A"), is one unit;
//  - a youth union named by its place ("Tỉnh đoàn Bình Định", "Thành Đoàn TP Hồ Chí Minh") has the
//    place of its head's level, so the city's other bodies written with a bare "Thành phố" take it;
//    a bare "Tỉnh đoàn" stays bare;
//  - a place's youth union and associations listed with commas ("Tỉnh đoàn, Hội Sinh viên Việt Nam,
//    Hội LHTN Việt Nam tỉnh A") share the place written after the last;
//  - a person's offices listed before the name ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Trần Văn A")
//    name no organizer, the first of them as the last;
//  - a group called by a proper name drops the body it belongs to ("Khối thi đua Tây Nguyên thuộc Tập
//    đoàn …"); one described by its members ("các đơn vị … thuộc Sở …") keeps it;
//  - a day written without its comma before the subject ("Chiều ngày 22/01/2026 Cụm thi đua số 5 tổ
//    chức …") leaves the subject the organizer;
//  - the body whose award is given ("Trao Bằng khen của UBND tỉnh cho …") is no organizer;
//  - a day without its year before a period written in years ("Ngày 19/10, … giai đoạn 2022 - 2026")
//    is in the period's first year (not the year before, nearer its first January), or in a year of
//    the period written alone in the day's own sentence ("hè 2019");
//  - a review early in the year ("Ngày 14/5, … tổng kết phong trào … năm 2018") is in the year after
//    the one it reviews however long the subject between; so is a day early in the year of a text
//    reporting a year's results as done ("Năm 2022, … xảy ra 41 vụ, giảm 9 vụ so với năm 2021");
//  - a department named by its field inside a place ("Hội trường Phòng Giáo dục và Đào tạo") is read
//    whole, and a city abbreviated closing a place after a comma or a name ("…, TP.HCM", "Công ty …
//    TP.HCM") is written out, as after a dash;
//  - a date counts as one word of a headline (a plan's headline ending with an anniversary's dates is
//    no paragraph); a body named inside a quoted name is no subject; a document issued in the lead
//    with its own number and date ("ban hành Kế hoạch số 112/KH-UBND, ngày 20/5/2024") is issued that day;
//  - a headline in capitals is a headline though it ends with a full stop, and one broken over two
//    lines is read joined.
#include <gtest/gtest.h>

#include <string>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::parse;
using test::strings;
using test::expect_organizers;
using test::OrganizerCase;
using test::Strings;

// ---- a short name in brackets before a city written short ------------------------------------

TEST(PlanPatterns35, AShortNameInBracketsBeforeACityWrittenShortIsSkipped) {
  const OrganizerCase cases[] = {
      {"a border command, the city fused with its level",
       "Sáng 9-1-2025, Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) TPHCM tổ chức lễ phát động đợt thi đua cao điểm mừng "
       "Xuân.",
       {"Bộ Chỉ huy Bộ đội Biên phòng thành phố Hồ Chí Minh"}},
      {"a military command, 'TP.HCM'",
       "Ngày 14/3/2024, Bộ Chỉ huy Quân sự (CHQS) TP.HCM tổ chức hội nghị sơ kết phong trào thi đua Quyết thắng.",
       {"Bộ Chỉ huy Quân sự thành phố Hồ Chí Minh"}},
      {"the Front, 'TP' and the city",
       "Chiều 2/10/2023, Ủy ban Mặt trận Tổ quốc (MTTQ) TP Đà Nẵng tổ chức hội nghị tổng kết cuộc vận động.",
       {"Ủy ban Mặt trận Tổ quốc thành phố Đà Nẵng"}},
      {"veterans, 'TP.HCM'",
       "Ngày 20/7/2022, Hội Cựu chiến binh (CCB) TP.HCM tổ chức hội nghị ký kết giao ước thi đua.",
       {"Hội Cựu chiến binh thành phố Hồ Chí Minh"}},
      {"women's union, 'TP' and the city",
       "Ngày 5/8/2021, Hội Liên hiệp Phụ nữ (LHPN) TP Cần Thơ tổ chức lễ phát động phong trào thi đua.",
       {"Hội Liên hiệp Phụ nữ thành phố Cần Thơ"}},
      // As before a level in lower case.
      {"before a level in lower case, as before",
       "Ngày 5/8/2021, Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh Quảng Trị tổ chức lễ phát động đợt thi đua.",
       {"Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị"}},
  };
  expect_organizers(cases);
}

TEST(PlanPatterns35, ThePartyCommitteeBeforeTheCommandStaysOneOrganizer) {
  const auto r = parse(
      "Ngày 12-2-2025, Đảng ủy, Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) TPHCM tổ chức lễ phát động đợt thi đua cao "
      "điểm.");
  EXPECT_EQ(strings(r["organizers"]), (Strings{"Bộ Chỉ huy Bộ đội Biên phòng thành phố Hồ Chí Minh"}));
}

// ---- the youth union by its full name -----------------------------------------------------------

TEST(PlanPatterns35, TheYouthUnionsFullNameIsOneUnit) {
  const OrganizerCase cases[] = {
      {"the central union, short",
       "Ngày 10/10/2023, Trung ương Đoàn TNCS Hồ Chí Minh tổ chức hội nghị tổng kết chiến dịch tình nguyện hè.",
       {"Trung ương Đoàn TNCS Hồ Chí Minh"}},
      {"the central union, written out",
       "Ngày 10/10/2023, Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh tổ chức hội nghị tổng kết chiến dịch.",
       {"Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"}},
      {"a province's union", "Sáng 26/3/2024, Đoàn TNCS Hồ Chí Minh tỉnh Lâm Đồng tổ chức lễ ra quân Tháng Thanh niên.",
       {"Đoàn TNCS Hồ Chí Minh tỉnh Lâm Đồng"}},
      {"a district's union, written out",
       "Sáng 26/3/2024, Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện Tân Phú tổ chức lễ ra quân Tháng Thanh niên.",
       {"Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện Tân Phú"}},
  };
  expect_organizers(cases);
}

// ---- a youth union named by its place ---------------------------------------------------------

TEST(PlanPatterns35, AYouthUnionNamedByItsPlaceGivesTheCitysOtherBodiesTheirPlace) {
  const auto r = parse(
      "Ngày 12/6/2023, Ban Thư ký Hội Sinh viên Việt Nam Thành phố tổ chức lễ ra quân chiến dịch tình nguyện hè.\n\n"
      "Tại buổi lễ, Ban Thường vụ Thành Đoàn TP Hồ Chí Minh giao nhiệm vụ cho các đội hình tình nguyện.");
  EXPECT_EQ(strings(r["organizers"]), (Strings{"Hội Sinh viên Việt Nam Thành phố Hồ Chí Minh"}));
}

TEST(PlanPatterns35, ABareYouthUnionStaysBare) {
  const auto r = parse(
      "Ngày 12/6/2023, Tỉnh đoàn tổ chức lễ ra quân chiến dịch tình nguyện hè tại huyện Tuy Phước, tỉnh Bình "
      "Định.");
  EXPECT_EQ(strings(r["organizers"]), (Strings{"Tỉnh đoàn"}));
}

// ---- a place's youth union and associations sharing its place ---------------------------------

TEST(PlanPatterns35, AssociationsListedWithCommasShareThePlaceWrittenAfterTheLast) {
  const OrganizerCase cases[] = {
      {"with the youth union named by its level",
       "Tối 2/7/2022, tại huyện Vân Canh, Tỉnh đoàn, Hội Sinh viên Việt Nam, Hội LHTN Việt Nam tỉnh Bình Định tổ "
       "chức lễ ra quân chiến dịch tình nguyện hè.",
       {"Tỉnh đoàn Bình Định", "Hội Sinh viên Việt Nam tỉnh Bình Định", "Hội LHTN Việt Nam tỉnh Bình Định"}},
      {"a district's union and association",
       "Sáng 4/6/2021, Huyện đoàn, Hội Liên hiệp Thanh niên Việt Nam huyện Đức Trọng tổ chức lễ ra quân.",
       {"Huyện đoàn Đức Trọng", "Hội Liên hiệp Thanh niên Việt Nam huyện Đức Trọng"}},
  };
  expect_organizers(cases);
}

TEST(PlanPatterns35, AYouthUnionOfAnotherLevelDoesNotTakeThePlace) {
  // "Tỉnh đoàn" is a province's: it does not take a district written after the list.
  const auto r = parse(
      "Sáng 4/6/2021, Tỉnh đoàn, Hội Liên hiệp Thanh niên Việt Nam huyện Đức Trọng tổ chức lễ ra quân.");
  EXPECT_EQ(strings(r["organizers"]), (Strings{"Tỉnh đoàn", "Hội Liên hiệp Thanh niên Việt Nam huyện Đức Trọng"}));
}

// ---- a group called by a proper name drops the body it belongs to -------------------------------

TEST(PlanPatterns35, AGroupCalledByAProperNameDropsTheBodyItBelongsTo) {
  const OrganizerCase cases[] = {
      {"a block of a corporation",
       "Ngày 12/3/2023, Khối thi đua Đông Nam Bộ thuộc Tập đoàn Công nghiệp Cao su Việt Nam tổ chức hội nghị ký kết "
       "giao ước thi đua.",
       {"Khối thi đua Đông Nam Bộ"}},
      {"a group described by its members keeps it",
       "Ngày 12/3/2023, Khối thi đua các đơn vị sự nghiệp thuộc Sở Y tế tổ chức hội nghị ký kết giao ước thi đua.",
       {"Khối thi đua các đơn vị sự nghiệp thuộc Sở Y tế"}},
  };
  expect_organizers(cases);
  const auto r = parse(cases[0].text);
  ASSERT_TRUE(r["group"].is_object());
  EXPECT_EQ(r["group"]["name"], "Khối thi đua Đông Nam Bộ");
}

// ---- a day written without its comma before the subject ---------------------------------------

TEST(PlanPatterns35, ADayWithoutItsCommaBeforeTheSubjectLeavesTheSubject) {
  const OrganizerCase cases[] = {
      {"a cluster after the day",
       "Chiều ngày 15/01/2025 Cụm thi đua số 3 tổ chức hội nghị ký kết giao ước thi đua năm 2025.",
       {"Cụm thi đua số 3"}},
      {"a commune's police after the day",
       "Sáng 8/3/2024 Công an xã Tân Lập tổ chức lễ ra mắt mô hình tổ tự quản.", {"Công an xã Tân Lập"}},
  };
  expect_organizers(cases);
}

// ---- a person's offices before the name are no organizer ---------------------------------------

TEST(PlanPatterns35, APersonsChainOfOfficesBeforeTheNameIsNoSubject) {
  const OrganizerCase cases[] = {
      {"a commune's Party secretary and chairman",
       "Đó là chỉ đạo của đồng chí Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lê Văn Bình tại hội nghị phát động thi "
       "đua năm 2023 do Sở Giáo dục và Đào tạo tổ chức sáng 6/2/2023.",
       {"Sở Giáo dục và Đào tạo"}},
      {"a province's standing member and vice-chairman",
       "Đây là yêu cầu của Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Nguyễn Thị Hoa tại lễ ra quân do "
       "Công an tỉnh tổ chức ngày 3/1/2024.",
       {"Công an tỉnh"}},
  };
  expect_organizers(cases);
}

// ---- the body whose award is given is no organizer ------------------------------------------

TEST(PlanPatterns35, TheBodyWhoseAwardIsGivenIsNoOrganizer) {
  const char* const texts[] = {
      "Trao Bằng khen của UBND tỉnh cho các tập thể có thành tích xuất sắc tại lễ tổng kết chiến dịch tình nguyện "
      "hè năm 2021.",
      "Trao Cờ thi đua của Bộ Công an cho các đơn vị dẫn đầu phong trào tại hội nghị tổng kết năm 2022.",
      "Trao Huân chương của Chủ tịch nước cho các tập thể tại lễ kỷ niệm ngày truyền thống năm 2020.",
  };
  for (const char* text : texts) {
    SCOPED_TRACE(text);
    EXPECT_TRUE(parse(text)["organizers"].empty()) << parse(text)["organizers"];
  }
}

// ---- a day's year from a period written in years ----------------------------------------------

TEST(PlanPatterns35, ADayBeforeAPeriodWrittenInYearsTakesItsFirstYear) {
  test::expect_field("/event/date",
                     {
                         {"autumn, but the period starts that year, not the next January",
                          "Ngày 21/10, Hội Phụ nữ Công an tỉnh Bình Định tổ chức ký kết giao ước thực hiện phong trào "
                          "thi đua giai đoạn 2023 - 2027.",
                          "2023-10-21"},
                         {"a period of three years",
                          "Ngày 14/11, tại TP Cần Thơ, Cụm thi đua số 2 đã ký giao ước thi đua giai đoạn 2014-2016.",
                          "2014-11-14"},
                         {"a year of the period written alone in the day's own sentence is the day's",
                          "Sáng 3/8, Cụm thi đua số 2 tổ chức ký kết giao ước thi đua năm 2021 thực hiện phong trào thi "
                          "đua giai đoạn 2020-2025.",
                          "2021-08-03"},
                     });
}

// ---- a day early in the year after the year it reviews or reports -------------------------------

TEST(PlanPatterns35, AReviewEarlyInTheYearNamingItsSubjectAtLengthIsInTheYearAfter) {
  const auto r = parse(
      "Ngày 20/4, Công an tỉnh tổng kết phong trào toàn dân tham gia bảo vệ an ninh trật tự, phòng cháy chữa cháy và "
      "cứu nạn cứu hộ (PCCC và CNCH) trên địa bàn năm 2021.");
  EXPECT_EQ(r["event"]["date"], "2022-04-20");
}

TEST(PlanPatterns35, AYearsResultsReportedAsDoneDateADayEarlyInTheNextYear) {
  const char* const texts[] = {
      "Ngày 9-3, Ban Chỉ đạo 138 huyện Krông Pa họp triển khai công tác phòng, chống tội phạm ở cơ sở.\n\n"
      "Năm 2021, trên địa bàn huyện xảy ra 35 vụ phạm pháp hình sự, giảm 6 vụ so với năm 2020.",
      "Sáng 16/5, Công an huyện Tam Đường tổ chức hội nghị giao ban công tác an ninh trật tự.\n\n"
      "Trong năm 2021, tai nạn giao thông trên địa bàn xảy ra 12 vụ (tăng 2 vụ so với năm 2020).",
  };
  for (const char* text : texts) {
    SCOPED_TRACE(text);
    EXPECT_EQ(parse(text)["event"]["date"].get<std::string>().substr(0, 4), "2022");
  }
}

TEST(PlanPatterns35, AYearsGoalsComparedWithTheYearBeforeDateNothing) {
  // A goal for the year, not its results: the year is the day's own.
  const auto r = parse(
      "Ngày 9-3, Ban Chỉ đạo 138 huyện Krông Pa họp triển khai công tác phòng, chống tội phạm ở cơ sở.\n\n"
      "Năm 2021, huyện phấn đấu kéo giảm 5% số vụ phạm pháp hình sự so với năm 2020.");
  EXPECT_EQ(r["event"]["date"], "2021-03-09");
}

// ---- places ------------------------------------------------------------------------------------

TEST(PlanPatterns35, ADepartmentNamedByItsFieldInsideAPlaceIsReadWhole) {
  const char* const places[] = {"Hội trường Phòng Giáo dục và Đào tạo", "hội trường Sở Văn hóa, Thể thao và Du lịch tỉnh",
                                "hội trường Sở Tài nguyên và Môi trường"};
  for (const char* place : places) {
    SCOPED_TRACE(place);
    const auto r = parse(std::string("Ngày 9/10/2020, tại ") + place +
                         ", Khối thi đua các trường học tổ chức hội nghị ký kết giao ước thi đua.");
    EXPECT_EQ(r["event"]["place"], place);
  }
}

TEST(PlanPatterns35, ACityAbbreviatedClosingAPlaceIsWrittenOut) {
  struct Case {
    const char* place;
    const char* written;
  };
  const Case cases[] = {
      {"Nhà văn hóa Thanh niên, TP.HCM", "Nhà văn hóa Thanh niên, thành phố Hồ Chí Minh"},
      {"Công ty Cấp nước TP.HCM", "Công ty Cấp nước thành phố Hồ Chí Minh"},
      {"hội trường UBND phường Bến Nghé - TP.HCM", "hội trường UBND phường Bến Nghé - thành phố Hồ Chí Minh"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.place);
    const auto r = parse(std::string("Ngày 9/10/2020, tại ") + c.place +
                         ", Khối thi đua số 5 tổ chức hội nghị ký kết giao ước thi đua.");
    EXPECT_EQ(r["event"]["place"], c.written);
  }
}

// ---- a plan's headline and its issue -----------------------------------------------------------

TEST(PlanPatterns35, APlansHeadlineEndingWithAnAnniversarysDatesIsTheTitle) {
  const auto r = parse(
      "Kế hoạch thực hiện phong trào thi đua lập thành tích chào mừng “Kỷ niệm 95 năm Ngày thành lập Hội Liên hiệp "
      "Phụ nữ Việt Nam và Ngày Phụ nữ Việt Nam” (20/10/1930 - 20/10/2025)\n"
      "UBND tỉnh vừa ban hành Kế hoạch số 87/KH-UBND, ngày 12/3/2025 triển khai phong trào thi đua.");
  EXPECT_EQ(r["title"],
            "Kế hoạch thực hiện phong trào thi đua lập thành tích chào mừng “Kỷ niệm 95 năm Ngày thành lập Hội Liên hiệp "
            "Phụ nữ Việt Nam và Ngày Phụ nữ Việt Nam” (20/10/1930 - 20/10/2025)");
  // The association inside the quoted anniversary is no organizer; the body issuing the plan is.
  EXPECT_EQ(strings(r["organizers"]), (Strings{"UBND tỉnh"}));
  // The plan's own number and date give the day it is issued.
  EXPECT_EQ(r["event"]["date"], "2025-03-12");
  EXPECT_TRUE(r["event"]["kind"].is_null());
}

TEST(PlanPatterns35, TheIssuedDocumentsDateWithoutACommaIsTheIssueDay) {
  const auto r = parse(
      "UBND huyện Krông Pa vừa ban hành Kế hoạch số 45/KH-UBND ngày 3/4/2024 về tổ chức phong trào thi đua năm 2024.");
  EXPECT_EQ(r["event"]["date"], "2024-04-03");
}

TEST(PlanPatterns35, ACitedDocumentsDateBeforeAnotherVerbIsNoIssueDay) {
  // The plan issued is not numbered; the date belongs to the directive it carries out.
  const auto r = parse(
      "UBND huyện Krông Pa vừa ban hành kế hoạch thực hiện Chỉ thị số 12/CT-UBND ngày 3/4/2024 của UBND tỉnh.");
  EXPECT_TRUE(r["event"]["date"].is_null()) << r["event"]["date"];
}

// ---- headlines in capitals --------------------------------------------------------------------

TEST(PlanPatterns35, AHeadlineInCapitalsMayEndWithAFullStop) {
  const auto r = parse(
      "CỤM THI ĐUA SỐ 3 TỔ CHỨC HỘI NGHỊ SƠ KẾT CÔNG TÁC THI ĐUA NĂM 2022.\n\n"
      "Vừa qua, Cụm thi đua số 3 gồm 9 đơn vị đã tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2022.");
  EXPECT_EQ(r["title"], "CỤM THI ĐUA SỐ 3 TỔ CHỨC HỘI NGHỊ SƠ KẾT CÔNG TÁC THI ĐUA NĂM 2022");
}

TEST(PlanPatterns35, ALeadInRunningCaseEndingWithAStopIsNoHeadline) {
  const auto r = parse(
      "Cụm thi đua số 3 gồm 9 đơn vị đã tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2022.\n\n"
      "Tại hội nghị, các đơn vị đã thảo luận, đóng góp ý kiến.");
  EXPECT_TRUE(r["title"].is_null()) << r["title"];
}

TEST(PlanPatterns35, AHeadlineInCapitalsBrokenOverTwoLinesIsReadJoined) {
  const auto r = parse(
      "HỘI CỰU CHIẾN BINH PHƯỜNG 7 PHÁT ĐỘNG PHONG TRÀO\n"
      "THI ĐUA “CỰU CHIẾN BINH GƯƠNG MẪU” NĂM 2025\n"
      "Sáng 10/1/2025, Hội Cựu chiến binh phường 7 tổ chức hội nghị phát động phong trào thi đua năm 2025.");
  EXPECT_EQ(r["title"],
            "HỘI CỰU CHIẾN BINH PHƯỜNG 7 PHÁT ĐỘNG PHONG TRÀO THI ĐUA “CỰU CHIẾN BINH GƯƠNG MẪU” NĂM 2025");
  EXPECT_EQ(r["event"]["date"], "2025-01-10");
}

TEST(PlanPatterns35, ALeadInRunningCaseAfterAHeadlineInCapitalsIsNotJoined) {
  const auto r = parse(
      "HỘI CỰU CHIẾN BINH PHƯỜNG 7 PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM 2025\n"
      "Sáng 10/1/2025, Hội Cựu chiến binh phường 7 tổ chức hội nghị phát động phong trào thi đua năm 2025.");
  EXPECT_EQ(r["title"], "HỘI CỰU CHIẾN BINH PHƯỜNG 7 PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM 2025");
}

}  // namespace
}  // namespace thidua::text::plan
