// The twenty-ninth round of patterns (issue 14, branch s16-plan-b): how Vietnamese administrative
// prose writes who holds an event, where and what kind of event it is, in sentences written for the
// test (none is copied from a text):
//  - organizers: the boards that lead a body stand for it — its executive committee, an
//    association's secretariat, a school's board of principals, a leadership board ("Ban Chấp hành
//    Hội …", "Ban Thư ký Hội Sinh viên …", "Ban Giám hiệu Trường …"), also before a body the
//    gazetteer does not know ("Ban Chấp hành Hội phụ nữ Cụm thi đua số 4") and in "với / dưới sự
//    chủ trì của Ban Thường vụ …"; a city's body whose bare level is capitalised
//    ("Hội Sinh viên Việt Nam Thành phố"); a bare "Đảng ủy" before a body above the commune is that
//    body's own committee (one organizer, decision 7 of session 15), before a commune's the commune's;
//    a district's department named by its field, "và" included ("Phòng Giáo dục và Đào tạo huyện");
//    a body that launched, earlier, the movement the text's event answers ("… do Bộ Công an phát
//    động.") organizes nothing of it;
//  - places: after "ở" as after "tại" when a level and a name, a province, a hall or a hamlet
//    follows ("ở thành phố Huế", "ở hội trường Huyện ủy", "ở thôn A, xã B"), not "ở cơ sở", "ở các
//    xã"; the commune after a comma closing the place before a link word ("…, xã B với 12 hộ") or a
//    bracketed province ("…, TP A (tỉnh)"), not when it is the subject ("…, xã B tổ chức"); a long
//    place keeps its closing commune's name; a later sentence on the event named back ("Buổi lễ được
//    tổ chức tại …") or held "trực tiếp tại A và trực tuyến …" gives the place, bridge points none;
//  - kinds: a mid-term review by name ("hội nghị đánh giá giữa kỳ", "kiểm điểm giữa nhiệm kỳ"); a
//    pledge named without "giao ước" ("lễ ký kết thi đua"); a text whose only sign of emulation is a
//    launch ("lễ ra quân chiến dịch …", "phát động …") is read, not left an empty draft.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using json = nlohmann::json;
using test::FieldCase;
using test::OrganizerCase;
using test::parse;

// ---- organizers: the board that leads a body ------------------------------------------------------

TEST(PlanPatterns29, ABoardLeadingABodyStandsForTheBody) {
  const OrganizerCase cases[] = {
      {"an association's executive committee",
       "Sáng 8/3/2024, Ban Chấp hành Hội Cựu chiến binh tỉnh Bình Định tổ chức hội nghị sơ kết phong trào thi đua "
       "\"Cựu chiến binh gương mẫu\".",
       {"Hội Cựu chiến binh tỉnh Bình Định"}},
      {"an association's secretariat",
       "Ngày 26/3/2024, Ban Thư ký Hội Sinh viên Việt Nam tỉnh Đồng Nai phối hợp tổ chức lễ phát động phong trào "
       "\"Sinh viên 5 tốt\".",
       {"Hội Sinh viên Việt Nam tỉnh Đồng Nai"}},
      {"a school's board of principals",
       "Ngày 5/9/2023, Ban Giám hiệu Trường THPT Lê Lợi tổ chức lễ phát động phong trào thi đua \"Dạy tốt, học tốt\".",
       {"Trường THPT Lê Lợi"}},
      {"the committee of a body the gazetteer does not know, named up to the group",
       "Ngày 12/4/2024, Ban Chấp hành Hội phụ nữ Cụm thi đua số 4 tổ chức hội nghị ký kết giao ước thi đua năm 2024.",
       {"Hội phụ nữ Cụm thi đua số 4"}},
  };
  test::expect_organizers(cases);
}

TEST(PlanPatterns29, AMeetingChairedByABoardIsItsBodys) {
  const OrganizerCase cases[] = {
      {"\"với sự chủ trì của\" opening the sentence",
       "Với sự chủ trì của Ban Thường vụ Tỉnh đoàn Gia Lai, hội nghị sơ kết phong trào thi đua 6 tháng đầu năm 2024 "
       "đã diễn ra sáng 10/7/2024.",
       {"Tỉnh đoàn Gia Lai"}},
      {"\"dưới sự chủ trì của\" a standing board",
       "Sáng 10/7/2024, hội nghị tổng kết phong trào thi đua năm 2024 diễn ra dưới sự chủ trì của Ban Thường trực "
       "Ủy ban MTTQ Việt Nam huyện Krông Năng.",
       {"Ủy ban MTTQ Việt Nam huyện Krông Năng"}},
  };
  test::expect_organizers(cases);
}

TEST(PlanPatterns29, ACitysBodyWithItsLevelCapitalisedAndBareTakesTheCity) {
  const OrganizerCase cases[] = {
      {"\"Thành phố\" after the association's name",
       "Sáng 3/6/2023, Ban Thư ký Hội Sinh viên Việt Nam Thành phố tổ chức lễ ra quân chiến dịch tình nguyện hè năm "
       "2023 tại hội trường UBND thành phố Cần Thơ.",
       {"Hội Sinh viên Việt Nam Thành phố Cần Thơ"}},
  };
  test::expect_organizers(cases);
}

TEST(PlanPatterns29, ABarePartyCommitteeAboveTheCommuneIsTheBodysOwn) {
  const OrganizerCase cases[] = {
      {"a district's military command: one organizer",
       "Ngày 5/6/2024, Đảng ủy, Ban Chỉ huy Quân sự huyện Mường Tè tổ chức hội nghị sơ kết phong trào thi đua quyết "
       "thắng.",
       {"Ban Chỉ huy Quân sự huyện Mường Tè"}},
      {"a commune's committee: the commune's Party committee beside it",
       "Ngày 5/6/2024, Đảng ủy, UBND xã Tân Lập tổ chức hội nghị sơ kết phong trào toàn dân bảo vệ an ninh Tổ quốc.",
       {"Đảng ủy xã Tân Lập", "UBND xã Tân Lập"}},
  };
  test::expect_organizers(cases);
}

TEST(PlanPatterns29, ADistrictsDepartmentIsNamedByItsFieldWithItsAnd) {
  const OrganizerCase cases[] = {
      {"the department holds the event",
       "Sáng 12/3/2024, Phòng Giáo dục và Đào tạo huyện Yên Dũng tổ chức hội nghị ký kết giao ước thi đua năm 2024.",
       {"Phòng Giáo dục và Đào tạo huyện Yên Dũng"}},
      {"the department after \"phối hợp với\", its district completed",
       "Sáng 12/3/2024, Liên đoàn Lao động huyện Yên Dũng phối hợp với Phòng Văn hóa và Thông tin huyện tổ chức hội "
       "nghị ký kết giao ước thi đua năm 2024.",
       {"Liên đoàn Lao động huyện Yên Dũng", "Phòng Văn hóa và Thông tin huyện Yên Dũng"}},
  };
  test::expect_organizers(cases);
}

TEST(PlanPatterns29, ABodyWhoseEarlierLaunchTheTextRefersToHoldsNothing) {
  const OrganizerCase cases[] = {
      {"a sports meet answering the ministry's movement",
       "Sáng 12/3/2024, Công an tỉnh Hà Nam tổ chức Hội thao Công an nhân dân năm 2024. Hội thao nhằm hưởng ứng phong "
       "trào thi đua \"Vì an ninh Tổ quốc\" do Bộ Công an phát động.",
       // (s21-lead) a Hội thao is a gathering held like a Hội thi: its host holds it; the ministry
       // whose launch is referred to still holds nothing (was {} while "Hội thao" named no event)
       {"Công an tỉnh Hà Nam"}},
  };
  test::expect_organizers(cases);
}

// ---- places -----------------------------------------------------------------------------------------

TEST(PlanPatterns29, APlaceAfterOIsWrittenLikeOneAfterTai) {
  test::expect_field("/event/place",
                     {
                         {"a city", "Ngày 20/12/2024, Khối thi đua các trường đại học tổ chức hội nghị tổng kết phong trào "
                                    "thi đua năm 2024 ở thành phố Huế.",
                          "thành phố Huế"},
                         {"a hall", "Ngày 20/12/2024, Công an huyện Bảo Lâm tổ chức hội nghị tổng kết phong trào thi đua "
                                    "năm 2024 ở hội trường Huyện ủy.",
                          "hội trường Huyện ủy"},
                         {"a hamlet and its commune",
                          "Chiều 4/5/2024, Hội Nông dân xã Ia Tô phát động phong trào \"Nông dân tham gia bảo đảm an ninh "
                          "trật tự\" ở thôn Ia Mua, xã Ia Tô.",
                          "thôn Ia Mua, xã Ia Tô"},
                         {"where the work is done is no place",
                          "Ngày 20/12/2024, Công an tỉnh tổ chức hội nghị sơ kết phong trào toàn dân bảo vệ an ninh Tổ quốc "
                          "ở các xã biên giới.",
                          ""},
                         {"nor the grassroots", "Ngày 20/12/2024, Công an tỉnh phát động phong trào toàn dân bảo vệ an ninh "
                                                "Tổ quốc ở cơ sở.",
                          ""},
                     });
}

TEST(PlanPatterns29, TheCommuneAfterACommaClosesThePlaceBeforeALinkWordOrABracket) {
  test::expect_field("/event/place",
                     {
                         {"before \"với\"", "Chiều 15/8/2024, Công an huyện Quảng Trạch tổ chức ra mắt mô hình \"Tổ liên gia "
                                           "an toàn PCCC\" tại thôn Đông Hà, xã Quảng Phúc với 12 hộ gia đình tham gia.",
                          "thôn Đông Hà, xã Quảng Phúc"},
                         {"a city abbreviated, its province in brackets",
                          "Sáng 1/7/2024, tại Nhà văn hóa trung tâm, TP Tuyên Quang (Tuyên Quang), UBND tỉnh Tuyên Quang tổ "
                          "chức lễ ra mắt lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở.",
                          "Nhà văn hóa trung tâm, TP Tuyên Quang"},
                         {"the commune that holds the event is not part of the place",
                          "Sáng 14/8/2024, tại hội trường thôn Bình An, xã Tân Bình tổ chức Ngày hội toàn dân bảo vệ an ninh "
                          "Tổ quốc.",
                          "hội trường thôn Bình An"},
                         {"a long place keeps its commune's name",
                          "Sáng 10/2/2024, Công an xã Phước Hòa tổ chức ra mắt mô hình \"Camera an ninh\" tại khu dân cư số "
                          "2 đường 21 tổ 5 thôn Hòa Bình Một xã Phước Hòa.",
                          "khu dân cư số 2 đường 21 tổ 5 thôn Hòa Bình Một xã Phước Hòa"},
                     });
  const json r = parse("Sáng 14/8/2024, tại hội trường thôn Bình An, xã Tân Bình tổ chức Ngày hội toàn dân bảo vệ an ninh "
                       "Tổ quốc.");
  EXPECT_EQ(test::strings(r["organizers"]), (test::Strings{"xã Tân Bình"}));
}

TEST(PlanPatterns29, ALaterSentenceOnTheEventSaysWhereItWasHeld) {
  test::expect_field("/event/place",
                     {
                         {"the ceremony named back",
                          "Sáng 12/3/2024, Công an huyện Bảo Lâm tổ chức lễ phát động phong trào toàn dân bảo vệ an ninh Tổ "
                          "quốc năm 2024. Buổi lễ được tổ chức tại sân vận động xã Lộc Thành.",
                          "sân vận động xã Lộc Thành"},
                         {"held in a hall and online: the hall",
                          "Sáng 12/3/2024, Công an huyện Bảo Lâm tổ chức hội nghị sơ kết phong trào thi đua vì an ninh Tổ "
                          "quốc. Hội nghị được tổ chức trực tiếp tại hội trường Công an huyện và trực tuyến đến Công an các xã.",
                          "hội trường Công an huyện"},
                         {"online only: no place",
                          "Sáng 12/3/2024, Công an huyện Bảo Lâm tổ chức hội nghị sơ kết phong trào thi đua vì an ninh Tổ "
                          "quốc. Hội nghị được tổ chức trực tuyến tại điểm cầu Công an huyện và 14 điểm cầu Công an các xã.",
                          ""},
                     });
}

// ---- kinds ------------------------------------------------------------------------------------------

TEST(PlanPatterns29, AMidTermReviewAndAPledgeWithoutGiaoUocAreNamedByTheirWords) {
  test::expect_field("/event/kind",
                     {
                         {"\"hội nghị đánh giá giữa kỳ\"",
                          "Ngày 18/6/2024, Công an tỉnh Bắc Kạn tổ chức hội nghị đánh giá giữa kỳ phong trào thi đua \"Vì an "
                          "ninh Tổ quốc\" giai đoạn 2021 - 2025.",
                          "review"},
                         {"\"kiểm điểm giữa nhiệm kỳ\"",
                          "Ngày 18/6/2024, Hội Cựu chiến binh tỉnh Lạng Sơn tổ chức hội nghị kiểm điểm giữa nhiệm kỳ phong "
                          "trào thi đua \"Cựu chiến binh gương mẫu\".",
                          "review"},
                         {"\"lễ ký kết thi đua\"", "Ngày 18/3/2024, các đơn vị trong Khối thi đua số 3 đã tổ chức lễ ký kết "
                                                   "thi đua năm 2024 tại hội trường Sở Tư pháp.",
                          "pledge_signing"},
                     });
}

TEST(PlanPatterns29, ATextWhoseOnlySignOfEmulationIsALaunchIsRead) {
  const json r = parse("Ngày 14/6/2024, Huyện đoàn Chợ Mới tổ chức lễ ra quân chiến dịch tình nguyện hè năm 2024 tại xã "
                       "Yên Đĩnh.");
  EXPECT_EQ(r["event"]["kind"], "launch");
  EXPECT_EQ(r["event"]["date"], "2024-06-14");
  EXPECT_EQ(r["event"]["place"], "xã Yên Đĩnh");
  EXPECT_EQ(test::strings(r["organizers"]), (test::Strings{"Huyện đoàn Chợ Mới"}));
  EXPECT_TRUE(r["notes"].empty()) << r["notes"];
}

}  // namespace
}  // namespace thidua::text::plan
