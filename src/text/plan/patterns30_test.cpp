// The thirtieth round of patterns (issue 14, branch s16-plan-c): how Vietnamese administrative
// prose writes what a movement counts, the contents it lists and the targets it sets, in
// sentences written for the test (none is copied from a text):
//  - counts: those commended after a verb of giving are counted even when the text rounds them
//    ("khen thưởng trên 120 tập thể và hơn 300 cá nhân"); the year of the text's own dateline is
//    its present, so a later year named for a registration does not make its awards a past year's;
//    those sent to attend another meeting ("được chọn đi dự", "được cử tham dự") are delegates; a
//    floor or a cap ("ít nhất 2 mô hình", "từ 3 … trở lên") is a target, not a count; the words
//    qualifying a pledge's goals follow one another ("5 nội dung ký kết thi đua chính"); residential
//    areas and families commended by the Fronts are counted by their noun;
//  - targets: a rate taken "trong số người …" is a share of those people; keeping or spreading
//    models ("củng cố", "duy trì", "nhân rộng" + a figure) sets a level; a sentence opening with a
//    period whose end lies before the text's own date reports that period;
//  - movement period: a peak, a campaign or an action month ("tháng cao điểm …", "chiến dịch …")
//    dated "từ … đến …" gives the movement's start and end;
//  - contents: a head "… với các nội dung chính:" closing its line, then (past a photo's caption)
//    a paragraph "A; B. C; D" — the paragraph is the list.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using json = nlohmann::json;
using test::CountCase;
using test::parse;
using test::Strings;

// ---- counts ----------------------------------------------------------------------------------

TEST(PlanPatterns30, AwardsRoundedAfterAVerbOfGivingAreCounted) {
  const CountCase cases[] = {
      {"\"trên … và hơn …\" after \"khen thưởng\"",
       "Ngày 10/7/2024, Khối thi đua các huyện miền núi sơ kết 6 tháng đầu năm. Trong 6 tháng, toàn Khối đã khen "
       "thưởng trên 120 tập thể và hơn 300 cá nhân có thành tích xuất sắc.",
       {{120, "tập thể"}, {300, "cá nhân"}}},
      {"\"hơn\" after \"tặng Giấy khen cho\"",
       "Ngày 5/1/2024, Hội Nông dân huyện Lạc Sơn tổng kết năm 2023. Hội đã tặng Giấy khen cho hơn 40 tập thể.",
       {{40, "tập thể"}}},
      {"a rounded crowd is still no count",
       "Ngày 5/1/2024, Hội Nông dân huyện Lạc Sơn tổng kết năm 2023 với hơn 200 cá nhân tham dự.", {}},
  };
  test::expect_counts(cases);
}

TEST(PlanPatterns30, TheDatelinesYearIsThePresentOfItsAwards) {
  const CountCase cases[] = {
      {"a registration for the next year beside this year's awards",
       "Xã Tân Phú biểu dương gia đình văn hóa\n\n09/12/2023 - 08:15\n\nTrong Ngày hội Đại đoàn kết toàn dân tộc năm "
       "2023, UBND xã đã tặng Giấy khen cho 8 tập thể, 15 cá nhân. Các thôn đăng ký xây dựng khu dân cư kiểu mẫu năm "
       "2024.",
       {{8, "tập thể"}, {15, "cá nhân"}}},
  };
  test::expect_counts(cases);
}

TEST(PlanPatterns30, ThoseSentToAttendAnotherMeetingAreDelegates) {
  const CountCase cases[] = {
      {"\"được chọn đi dự\" after the awards",
       "Ngày 20/5/2024, Liên đoàn Lao động huyện tổ chức Hội nghị điển hình tiên tiến. Dịp này, Liên đoàn tặng Giấy "
       "khen cho 6 tập thể, 20 cá nhân; 3 tập thể và 9 cá nhân được chọn đi dự Hội nghị điển hình tiên tiến cấp tỉnh.",
       {{6, "tập thể"}, {20, "cá nhân"}}},
      {"\"được cử tham dự\"",
       "Ngày 20/5/2024, Hội Cựu chiến binh huyện tổng kết phong trào thi đua. Có 7 hội viên được cử tham dự Đại hội "
       "thi đua cấp tỉnh.",
       {}},
  };
  test::expect_counts(cases);
}

TEST(PlanPatterns30, AFloorOrACapIsATargetNotACount) {
  const CountCase cases[] = {
      {"\"ít nhất\" in a plan's aim",
       "Ngày 2/3/2024, Công an huyện triển khai kế hoạch năm 2024, phấn đấu mỗi xã xây dựng ít nhất 2 mô hình tự quản "
       "về an ninh, trật tự.",
       {}},
      {"\"từ … trở lên\"",
       "Ngày 2/3/2024, Hội Nông dân xã phát động thi đua, phấn đấu thành lập từ 3 câu lạc bộ trở lên.", {}},
  };
  test::expect_counts(cases);
  const json r = parse(
      "Ngày 2/3/2024, Công an huyện triển khai kế hoạch năm 2024, phấn đấu mỗi xã củng cố ít nhất 2 mô hình tự quản "
      "về an ninh, trật tự.");
  ASSERT_EQ(r["targets"].size(), 1u) << r["targets"];
  EXPECT_EQ(r["targets"][0]["direction"], "at_least");
  EXPECT_EQ(r["targets"][0]["value"], 2);
  EXPECT_EQ(r["targets"][0]["unit"], "mô hình");
}

TEST(PlanPatterns30, TheWordsQualifyingAPledgesGoalsFollowOneAnother) {
  const CountCase cases[] = {
      {"\"nội dung ký kết thi đua chính\"",
       "Chiều 4/4/2024, Khối thi đua các doanh nghiệp ký giao ước thi đua năm 2024. 5 nội dung ký kết thi đua chính "
       "được các đơn vị thống nhất.",
       {{5, "nội dung ký kết thi đua chính"}}},
      {"\"chỉ tiêu thi đua cụ thể\" of a pledge",
       "Chiều 4/4/2024, Cụm thi đua số 2 ký giao ước thi đua với 12 chỉ tiêu thi đua cụ thể.",
       {{12, "chỉ tiêu thi đua cụ thể"}}},
  };
  test::expect_counts(cases);
}

TEST(PlanPatterns30, ResidentialAreasAndFamiliesCommendedAreCounted) {
  const CountCase cases[] = {
      {"a Front's awards",
       "Ngày 18/11/2024, Ủy ban MTTQ huyện tổ chức Ngày hội Đại đoàn kết. Dịp này, Ủy ban MTTQ huyện tặng Giấy khen cho "
       "15 khu dân cư và 40 gia đình tiêu biểu.",
       {{15, "khu dân cư"}, {40, "gia đình"}}},
      {"a place described by its areas is no count",
       "Ngày 18/11/2024, Ủy ban MTTQ xã tổ chức Ngày hội Đại đoàn kết. Xã có 12 khu dân cư.", {}},
  };
  test::expect_counts(cases);
}

// ---- targets ---------------------------------------------------------------------------------

TEST(PlanPatterns30, ARateTakenOverPeopleIsAShare) {
  const json r = parse(
      "Ngày 2/3/2024, Ban Chỉ đạo 138 huyện triển khai kế hoạch năm 2024, phấn đấu giảm tỷ lệ tái nghiện trong số "
      "người đã cai nghiện xuống dưới 20%.");
  ASSERT_EQ(r["targets"].size(), 1u) << r["targets"];
  EXPECT_EQ(r["targets"][0]["kind"], "share");
  EXPECT_EQ(r["targets"][0]["direction"], "at_most");
  EXPECT_EQ(r["targets"][0]["value"], 20);
}

TEST(PlanPatterns30, KeepingOrSpreadingModelsSetsALevel) {
  const char* texts[] = {
      "Ngày 2/3/2024, Đoàn xã phát động thi đua, phấn đấu duy trì ít nhất 3 câu lạc bộ thanh niên.",
      "Ngày 2/3/2024, Hội Phụ nữ huyện phát động thi đua, phấn đấu nhân rộng 5 mô hình tiết kiệm.",
  };
  const double values[] = {3, 5};
  const char* units[] = {"câu lạc bộ", "mô hình"};
  for (size_t i = 0; i < 2; ++i) {
    SCOPED_TRACE(texts[i]);
    const json r = parse(texts[i]);
    ASSERT_EQ(r["targets"].size(), 1u) << r["targets"];
    EXPECT_EQ(r["targets"][0]["kind"], "rate");
    EXPECT_EQ(r["targets"][0]["value"], values[i]);
    EXPECT_EQ(r["targets"][0]["unit"], units[i]);
  }
}

TEST(PlanPatterns30, ASentenceOpeningWithAPeriodEndedReportsIt) {
  const json past = parse(
      "Xã Tân Phú tổng kết tháng hành động vì người nghèo\n\n20/06/2024 - 10:00\n\nTrong tháng hành động vì người "
      "nghèo (từ ngày 1-5 đến 31-5-2024), các hội viên đóng góp Quỹ vì người nghèo trên 500 triệu đồng và đăng ký "
      "thực hiện chương trình an sinh xã hội năm 2025 với số tiền trên 2 tỷ đồng.");
  EXPECT_TRUE(past["targets"].empty()) << past["targets"];
  const json ahead = parse(
      "Xã Tân Phú phát động tháng hành động vì người nghèo\n\n20/06/2024 - 10:00\n\nTrong tháng hành động vì người "
      "nghèo (từ ngày 1-8 đến 31-8-2024), phấn đấu vận động Quỹ vì người nghèo đạt trên 500 triệu đồng.");
  ASSERT_EQ(ahead["targets"].size(), 1u) << ahead["targets"];
  EXPECT_EQ(ahead["targets"][0]["value"], 500);
}

TEST(PlanPatterns30, AFloorBeforeItsVerbAndASecondLevelOfTheSameNoun) {
  const json r = parse(
      "Ngày 2/3/2024, Đoàn Thanh niên huyện phát động thi đua năm 2024.\nPhấn đấu mỗi cơ sở Đoàn tối thiểu có 2 "
      "công trình thanh niên cấp cơ sở và 1 công trình thanh niên cấp huyện.");
  ASSERT_EQ(r["targets"].size(), 2u) << r["targets"];
  EXPECT_EQ(r["targets"][0]["direction"], "at_least");
  EXPECT_EQ(r["targets"][0]["value"], 2);
  EXPECT_EQ(r["targets"][0]["measure"], "công trình thanh niên cấp cơ sở");
  EXPECT_EQ(r["targets"][1]["value"], 1);
  EXPECT_EQ(r["targets"][1]["measure"], "công trình thanh niên cấp huyện");
}

TEST(PlanPatterns30, TheYouthUnionsBodiesAreUnitsOfAShare) {
  const json r = parse(
      "Ngày 2/3/2024, Tỉnh đoàn phát động thi đua năm 2024, phấn đấu 100% Đoàn cấp huyện tổ chức diễn đàn thanh "
      "niên.");
  ASSERT_EQ(r["targets"].size(), 1u) << r["targets"];
  EXPECT_EQ(r["targets"][0]["kind"], "share");
}

TEST(PlanPatterns30, AFloorOfGiftsIsATargetGiftsGivenAreACount) {
  const json floor = parse(
      "Ngày 2/3/2024, Tỉnh đoàn phát động Tháng Thanh niên năm 2024.\nChỉ tiêu cụ thể: các cơ sở Đoàn trao tặng ít "
      "nhất 200 suất quà cho học sinh nghèo.");
  ASSERT_EQ(floor["targets"].size(), 1u) << floor["targets"];
  EXPECT_EQ(floor["targets"][0]["direction"], "at_least");
  EXPECT_EQ(floor["targets"][0]["unit"], "suất quà");
  EXPECT_TRUE(floor["counts"].empty()) << floor["counts"];
  const json given = parse(
      "Ngày 2/3/2024, Tỉnh đoàn phát động Tháng Thanh niên năm 2024, phấn đấu hoàn thành các chỉ tiêu. Dịp này, "
      "Tỉnh đoàn trao tặng 20 suất quà cho học sinh nghèo.");
  EXPECT_TRUE(given["targets"].empty()) << given["targets"];
  EXPECT_EQ(test::counts(given), (test::Counts{{20, "suất quà"}}));
}

// ---- movement period -------------------------------------------------------------------------

TEST(PlanPatterns30, APeakOrACampaignDatedGivesTheMovementsPeriod) {
  const json peak = parse(
      "Ngày 25/11/2023, Ủy ban MTTQ tỉnh tổ chức hội nghị tổng kết.\nTrong tháng cao điểm “Vì người nghèo” (từ "
      "ngày 17-10 đến 18-11-2023), các tập thể, cá nhân ủng hộ Quỹ vì người nghèo trong phong trào thi đua của Mặt "
      "trận.");
  EXPECT_EQ(peak["movement"]["start"], "2023-10-17");
  EXPECT_EQ(peak["movement"]["end"], "2023-11-18");
  const json campaign = parse(
      "Sáng 2/7/2024, Huyện đoàn phát động thi đua và ra quân chiến dịch Thanh niên tình nguyện hè.\nChiến dịch "
      "diễn ra từ ngày 2/7/2024 đến ngày 31/8/2024.");
  EXPECT_EQ(campaign["movement"]["start"], "2024-07-02");
  EXPECT_EQ(campaign["movement"]["end"], "2024-08-31");
}

// ---- contents --------------------------------------------------------------------------------

TEST(PlanPatterns30, AParagraphAfterAHeadClosingItsLineIsTheList) {
  const json r = parse(
      "Ngày 5/3/2024, Khối thi đua các cơ quan tham mưu tỉnh tổ chức ký kết giao ước thi đua năm 2024. Các đơn vị "
      "thống nhất nội dung giao ước với các nội dung chính:\n"
      "Các đơn vị ký kết giao ước thi đua. Ảnh: Minh Anh\n"
      "Thi đua hoàn thành xuất sắc nhiệm vụ chính trị được giao; đẩy mạnh cải cách hành chính; xây dựng cơ quan văn "
      "hóa. Tích cực tham gia các hoạt động an sinh xã hội.");
  EXPECT_EQ(test::strings(r["contents"]),
            (Strings{"Thi đua hoàn thành xuất sắc nhiệm vụ chính trị được giao", "đẩy mạnh cải cách hành chính",
                     "xây dựng cơ quan văn hóa", "Tích cực tham gia các hoạt động an sinh xã hội"}));
}

TEST(PlanPatterns30, AHeadClosingItsLineBeforeAnotherSubjectIsNoList) {
  // The paragraph after the head tells of something else: fewer than three items, no contents.
  const json r = parse(
      "Ngày 5/3/2024, Khối thi đua các cơ quan tham mưu tỉnh tổ chức ký kết giao ước thi đua năm 2024 với các nội "
      "dung chính:\n"
      "Kết thúc hội nghị, đại diện các đơn vị trong khối đã ký kết giao ước thi đua.");
  EXPECT_TRUE(r["contents"].empty()) << r["contents"];
}

}  // namespace
}  // namespace thidua::text::plan
