// The twenty-seventh round of patterns (issue 14, branch s15-plan-b): how Vietnamese administrative
// prose writes what a movement counts, what kind of event it holds and what the movement is called,
// in sentences written for the test (none is copied from a text):
//  - counts: the households or people a team or a model is set up with ("Tổ … được thành lập với
//    12 hộ gia đình", "Tổ tự quản gồm 15 hộ") are its members; a paragraph opening "Trong năm, …"
//    with no year of its own is in the year of the sentence before it, so a past year's totals recalled at a new year's
//    meeting are not counted; the goals a directive sets ("(12 chỉ tiêu về …)" restating the year's
//    targets, the "N nhiệm vụ trọng tâm" it demands) are counted, a bracketed field read to its
//    closing bracket across "KT-XH"; "và" inside the name of a field, a remit or a club ("câu lạc
//    bộ Dân vũ và Dưỡng sinh", "… phòng, chống tội phạm và tệ nạn xã hội") does not end the noun;
//  - event kinds: a launch that is the subject of a document ("ban hành Kế hoạch … về phát động
//    phong trào …", "Chỉ thị … về phát động …") is no launch held, and the text issuing it has no
//    kind (decision 8 of session 15); a meeting named by an occasion of no kind "… và phát động
//    thi đua" is a launch;
//  - movement names: the acronym "TDBVANTQ" / "TDBV ANTQ" is "Toàn dân bảo vệ an ninh Tổ quốc"; an
//    unquoted movement of the whole people "phong trào toàn dân PCCC và CNCH" is named from "toàn
//    dân" (a force set up to build it names it, decision 5); an occasion quoted after "chào mừng"
//    is part of a descriptive name; "phong trào thi đua yêu nước năm 2024 trên địa bàn huyện A"
//    names no movement.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using json = nlohmann::json;
using test::CountCase;
using test::FieldCase;
using test::parse;

// ---- counts: the members a team is set up with ---------------------------------------------------

TEST(PlanPatterns27, HouseholdsATeamIsSetUpWithAreItsMembers) {
  const CountCase cases[] = {
      {"\"được thành lập với\" after the team's debut",
       "Chiều 12/3/2024, UBND xã Tân Lập phối hợp với Công an xã ra mắt mô hình “Tổ liên gia an toàn phòng cháy, "
       "chữa cháy” ở thôn 4. Tổ được thành lập với 12 hộ gia đình.",
       {{12, "hộ gia đình"}}},
      {"\"gồm\" right after the team",
       "Sáng 8/5/2024, xã Phú Hòa ra mắt Tổ tự quản về an ninh, trật tự gồm 15 hộ tại xóm Bến, hưởng ứng phong trào "
       "toàn dân bảo vệ an ninh Tổ quốc.",
       {{15, "hộ"}}},
  };
  test::expect_counts(cases);
}

TEST(PlanPatterns27, HouseholdsOfAPlaceOrACrowdAreStillNoCount) {
  const CountCase cases[] = {
      {"a hamlet's households", "Ngày 12/3/2024, xã Tân Lập tổ chức lễ ra mắt tổ tự quản. Thôn 4 có 320 hộ gia đình.",
       {}},
      {"a residential group gồm households",
       "Ngày 12/3/2024, xã Tân Lập ra mắt mô hình camera an ninh tại tổ dân phố 3. Tổ dân phố 3 gồm 210 hộ.", {}},
  };
  test::expect_counts(cases);
}

// ---- counts: "Trong năm," is the year of the sentence before --------------------------------------

TEST(PlanPatterns27, TotalsOfThePastYearRecalledAtANewYearsMeetingAreNotCounted) {
  const CountCase cases[] = {
      {"a conference on the new year recalls the year before",
       "Chiều 15/1, Hội đồng Thi đua - Khen thưởng huyện Đức Thọ tổ chức hội nghị triển khai nhiệm vụ năm 2024.\n\nNăm "
       "2023, Hội đồng đã tham mưu tổ chức nhiều phong trào thi đua.\n\nTrong năm, Hội đồng đã hướng dẫn các xã bình "
       "xét thi đua. Hội đồng đã tặng danh hiệu Lao động tiên tiến cho 45 cá nhân.\n\nTại hội nghị, huyện trao giấy "
       "khen cho 6 tập thể có thành tích xuất sắc trong năm 2023.",
       {{6, "tập thể"}}},
      {"a review of that same year counts its totals",
       "Ngày 20/12/2024, UBND huyện Đức Thọ tổ chức hội nghị tổng kết phong trào thi đua năm 2024.\n\nNăm 2024, các "
       "phong trào thi đua được triển khai sâu rộng.\n\nTrong năm qua, huyện đã khen thưởng 30 tập thể.",
       {{30, "tập thể"}}},
  };
  test::expect_counts(cases);
}

// ---- counts: the goals a directive sets ------------------------------------------------------------

TEST(PlanPatterns27, GoalsADirectiveSetsAreCounted) {
  const CountCase cases[] = {
      {"targets restated in brackets, tasks demanded",
       "Để hoàn thành các mục tiêu, chỉ tiêu thi đua năm 2025 (12 chỉ tiêu về phát triển KT-XH, bảo đảm QP-AN), Chủ "
       "tịch UBND huyện yêu cầu các cơ quan, đơn vị tập trung thực hiện 5 nhiệm vụ trọng tâm.",
       {{12, "chỉ tiêu về phát triển KT-XH, bảo đảm QP-AN"}, {5, "nhiệm vụ trọng tâm"}}},
      {"tasks named as a report's, no demand", "Năm 2024, huyện đã hoàn thành 5 nhiệm vụ trọng tâm.", {}},
  };
  test::expect_counts(cases);
}

// ---- counts: "và" inside a name -------------------------------------------------------------------

TEST(PlanPatterns27, AndInsideANameDoesNotEndTheCountedNoun) {
  const CountCase cases[] = {
      {"a club's proper name",
       "Ngày 3/6/2024, Hội Phụ nữ xã Hòa Tiến ra mắt 3 câu lạc bộ Dân vũ và Dưỡng sinh, hưởng ứng phong trào thi đua "
       "“Phụ nữ tích cực học tập”.",
       {{3, "câu lạc bộ Dân vũ và Dưỡng sinh"}}},
      {"a remit written with \"và\"",
       "Năm 2024, Đoàn Thanh niên huyện thành lập 4 câu lạc bộ phòng, chống tội phạm và tệ nạn xã hội tại các thôn "
       "trong phong trào toàn dân bảo vệ an ninh Tổ quốc.",
       {{4, "câu lạc bộ phòng, chống tội phạm và tệ nạn xã hội"}}},
      {"two things counted apart",
       "Ngày 3/6/2024, xã Hòa Tiến ra mắt 3 câu lạc bộ và 5 đội xung kích trong phong trào toàn dân bảo vệ an ninh Tổ "
       "quốc.",
       {{3, "câu lạc bộ"}, {5, "đội xung kích"}}},
  };
  test::expect_counts(cases);
}

// ---- event kinds ------------------------------------------------------------------------------------

TEST(PlanPatterns27, ALaunchThatIsADocumentsSubjectIsNoEvent) {
  test::expect_field("/event/kind",
                     {
                         {"\"ban hành Kế hoạch … về phát động\"",
                          "Ngày 5/3/2025, UBND huyện Hòa Vang ban hành Kế hoạch số 41/KH-UBND về phát động phong trào "
                          "thi đua “Chung tay xây dựng đô thị văn minh” năm 2025.",
                          ""},
                         {"a headline launching over a lead issuing the plan",
                          "Phát động phong trào thi đua “Chung tay xây dựng đô thị văn minh”\nNgày 5/3/2025, UBND huyện "
                          "Hòa Vang ban hành Kế hoạch số 41/KH-UBND Kế hoạch phát động phong trào thi đua “Chung tay xây "
                          "dựng đô thị văn minh”.",
                          ""},
                         {"a directive \"về phát động\" in the headline",
                          "Chỉ thị của UBND tỉnh về phát động thi đua năm 2025\nChủ tịch UBND tỉnh vừa ký ban hành Chỉ "
                          "thị số 03/CT-UBND về phát động thi đua thực hiện nhiệm vụ năm 2025.",
                          ""},
                         {"a ceremony held under the plan is a launch",
                          "Ngày 5/3/2025, UBND huyện Hòa Vang tổ chức Lễ phát động phong trào thi đua “Chung tay xây "
                          "dựng đô thị văn minh” theo Kế hoạch số 41/KH-UBND.",
                          "launch"},
                     });
  // The day of the issue stays the event's.
  const json r = parse(
      "Ngày 5/3/2025, UBND huyện Hòa Vang ban hành Kế hoạch số 41/KH-UBND về phát động phong trào thi đua “Chung tay "
      "xây dựng đô thị văn minh” năm 2025.");
  EXPECT_EQ(r["event"]["date"], "2025-03-05");
}

TEST(PlanPatterns27, AMeetingOfAnOccasionThatAlsoLaunchesIsALaunch) {
  test::expect_field("/event/kind",
                     {
                         {"an anniversary meeting \"và phát động thi đua\"",
                          "Sáng 19/8/2025, Công an huyện Krông Pa tổ chức hội nghị kỷ niệm 80 năm Ngày truyền thống Công "
                          "an nhân dân và phát động thi đua lập thành tích chào mừng Đại hội Đảng bộ huyện.",
                          "launch"},
                         {"a meeting of greeting \"đồng thời phát động\"",
                          "Chiều 2/9/2025, Hội Cựu chiến binh xã An Phú tổ chức hội nghị gặp mặt, đồng thời phát động "
                          "phong trào thi đua “Cựu chiến binh gương mẫu” năm 2025.",
                          "launch"},
                         {"a meeting whose purpose is to launch stays a conference",
                          "Sáng 19/8/2025, Công an huyện Krông Pa tổ chức hội nghị nhằm quán triệt và phát động thi đua "
                          "trong toàn đơn vị.",
                          "conference"},
                     });
}

// ---- movement names ---------------------------------------------------------------------------------

TEST(PlanPatterns27, TheMovementsAcronymIsWrittenOut) {
  test::expect_field("/movement/name",
                     {
                         {"one token",
                          "Sáng 10/4/2025, Ban Chỉ đạo xã Hòa Phú tổ chức sơ kết phong trào TDBVANTQ quý I năm 2025.",
                          "Toàn dân bảo vệ an ninh Tổ quốc"},
                         {"two tokens",
                          "Sáng 10/4/2025, Công an phường Tân An tổ chức hội nghị sơ kết phong trào TDBV ANTQ 6 tháng "
                          "đầu năm 2025.",
                          "Toàn dân bảo vệ an ninh Tổ quốc"},
                     });
  EXPECT_EQ(parse("Sáng 10/4/2025, Ban Chỉ đạo xã Hòa Phú tổ chức sơ kết phong trào TDBVANTQ quý I năm 2025.")["movement"]
                 ["kind"],
            "regular");
}

TEST(PlanPatterns27, AMovementOfTheWholePeopleIsNamedWithoutQuotes) {
  test::expect_field("/movement/name",
                     {
                         {"the movement a team is set up to spread (decision 5)",
                          "Sáng 6/6/2024, Công an xã Đồng Tâm ra mắt mô hình “Tổ liên gia an toàn phòng cháy, chữa cháy” "
                          "tại thôn 2. Mô hình được xây dựng nhằm lan tỏa phong trào toàn dân PCCC và CNCH tại khu dân cư.",
                          "toàn dân PCCC và CNCH"},
                         {"a field written out with its comma",
                          "Ngày 6/6/2024, xã Đồng Tâm ra mắt đội dân phòng. Đội góp phần đẩy mạnh phong trào toàn dân "
                          "phòng cháy, chữa cháy ở cơ sở.",
                          "toàn dân phòng cháy, chữa cháy"},
                     });
}

TEST(PlanPatterns27, AnOccasionQuotedAfterItsVerbIsPartOfTheName) {
  test::expect_field("/movement/name",
                     {
                         {"a plan's movement celebrating a quoted anniversary",
                          "UBND tỉnh vừa ban hành Kế hoạch số 20/KH-UBND, ngày 4/3/2025 triển khai phong trào thi đua lập "
                          "thành tích chào mừng “Kỷ niệm 50 năm Ngày giải phóng tỉnh” (24/3/1975 - 24/3/2025).",
                          "phong trào thi đua lập thành tích chào mừng “Kỷ niệm 50 năm Ngày giải phóng tỉnh”"},
                     });
}

TEST(PlanPatterns27, AYearsPatrioticEmulationOfAPlaceNamesNoMovement) {
  test::expect_field("/movement/name",
                     {
                         {"\"trên địa bàn huyện\" after the year",
                          "Ngày 2/2/2024, UBND huyện Tam Nông ban hành Kế hoạch phát động phong trào thi đua yêu nước năm "
                          "2024 trên địa bàn huyện Tam Nông.",
                          ""},
                     });
}

}  // namespace
}  // namespace thidua::text::plan
