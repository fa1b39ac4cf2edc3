// The eleventh round of patterns of Vietnamese administrative prose (issue 14), table-driven: each
// row is a sentence written for the test in the pattern of real articles (none is copied from
// them) and what the import must read from it. The patterns are of the language, not of one text:
// a count of a group's units that the text also names is its members, not a count; the contents
// and targets a pledge is signed "với" are counted; a standing practice ("Hằng năm … chia làm 4
// đợt") and rounds of work ("đợt cao điểm tấn công …, đợt 1 …") are not the movement's phases; a
// group "có N đơn vị là …" lists its members; a ceremony "do A và B tổ chức" has A and B as
// organisers, and the youth union of a place ("Tỉnh đoàn", "Huyện đoàn X") is a unit; a second
// "không để …" is its own target, "cả 3 tiêu chí" after a baseline still gives three measures, and
// "giảm từ 5% số vụ …" measures what follows the figure.
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
    {"awards written with and without 'và', in figures and in words, are each counted",
     "Công an huyện Tân Kỳ tổng kết phong trào thi đua năm 2024\n"
     "Ngày 26/12/2024, Công an huyện Tân Kỳ tổ chức hội nghị tổng kết phong trào thi đua năm 2024. Dịp này, "
     "Giám đốc Công an tỉnh tặng Giấy khen cho 12 tập thể và 30 cá nhân; Chủ tịch UBND huyện khen thưởng hai tập "
     "thể, năm cá nhân.",
     {{12, "tập thể"}, {30, "cá nhân"}, {2, "tập thể"}, {5, "cá nhân"}}},
    {"the group's units counted again where the text names them are its members, not a count",
     "Cụm thi đua số 3 tổng kết năm 2023\n"
     "Ngày 22/12/2023, Cụm thi đua số 3 tổ chức hội nghị tổng kết phong trào thi đua năm 2023. Cụm thi đua số 3 "
     "gồm Công an các tỉnh Lạng Sơn, Cao Bằng, Bắc Kạn và Thái Nguyên. Lãnh đạo 4 đơn vị thành viên đã ký giao "
     "ước thi đua năm 2024. Dịp này, Bộ Công an tặng Bằng khen cho 3 tập thể.",
     {{3, "tập thể"}}},
    {"a group's units counted but not named stay a count",
     "Khối thi đua các huyện miền núi tổng kết năm 2022\n"
     "Ngày 20/12/2022, Khối thi đua các huyện miền núi tổ chức hội nghị tổng kết năm 2022. Khối gồm 9 đơn vị.",
     {{9, "đơn vị"}}},
    {"a group of a level's units counted after 'gồm' but not named is a count of that level",
     "Cụm thi đua số 6 ký kết giao ước\n"
     "Ngày 2/3/2017, Cụm thi đua số 6 Công an thành phố Hải Phòng tổ chức hội nghị ký kết giao ước thi đua năm 2017. "
     "Cụm thi đua số 6 gồm Công an 7 huyện ngoại thành.",
     {{7, "huyện ngoại thành"}}},
    {"the same units named after the count are members, not a count",
     "Cụm thi đua số 6 ký kết giao ước\n"
     "Ngày 2/3/2017, Cụm thi đua số 6 tổ chức hội nghị ký kết giao ước thi đua năm 2017. Cụm thi đua số 6 gồm Công "
     "an 3 tỉnh: Hưng Yên, Thái Bình và Hà Nam.",
     {}},
    {"models and exemplars counted together keep both nouns",
     "Huyện Đô Lương tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc\n"
     "Ngày 18/12/2024, UBND huyện Đô Lương tổ chức hội nghị tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm "
     "2024. Toàn huyện duy trì 126 mô hình, điển hình tiên tiến.",
     {{126, "mô hình, điển hình tiên tiến"}}},
    {"an organisation is no team; a team's noun ends at its verb; those who registered are a result",
     "Huyện Tân Kỳ tổng kết phong trào\n"
     "Ngày 20/12/2023, UBND huyện Tân Kỳ tổ chức hội nghị tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm "
     "2023. Có 5 tổ chức đoàn thể ký quy chế phối hợp. Công an huyện thành lập 3 tổ công tác xuống địa bàn. Đã có 16 "
     "đơn vị đăng ký thi đua.",
     {{3, "tổ công tác"}}},
    {"the contents and targets a pledge is signed with are counted",
     "Cụm thi đua số 4 ký kết giao ước thi đua năm 2024\n"
     "Ngày 5/3/2024, Cụm thi đua số 4 tổ chức hội nghị ký kết giao ước thi đua năm 2024. Các đơn vị đã ký giao "
     "ước thi đua với 8 nội dung, 15 chỉ tiêu cụ thể.",
     {{8, "nội dung"}, {15, "chỉ tiêu cụ thể"}}},
    {"contents named as another body's are not the pledge's",
     "Cụm thi đua số 4 ký kết giao ước thi đua năm 2024\n"
     "Ngày 5/3/2024, Cụm thi đua số 4 tổ chức hội nghị ký kết giao ước thi đua năm 2024. Hội nghị đã quán triệt "
     "3 nội dung trọng tâm của Bộ Công an.",
     {}},
};

TEST(PlanCounts12, AwardsAndPledgedGoalsCountTheGroupsNamedUnitsDoNot) { test::expect_counts(kCountCases); }

// ---- phases ----------------------------------------------------------------------------------

const test::PhaseCase kPhaseCases[] = {
    {"a standing practice of every year is not this movement's phases",
     "Cụm thi đua số 8 ký kết giao ước thi đua năm 2023\n"
     "Ngày 2/3/2023, Cụm thi đua số 8 tổ chức hội nghị ký kết giao ước thi đua năm 2023. Hằng năm, phong trào "
     "thi đua của Cụm được chia làm 3 đợt.",
     0},
    {"the same division announced for this year is",
     "Cụm thi đua số 8 ký kết giao ước thi đua năm 2023\n"
     "Ngày 2/3/2023, Cụm thi đua số 8 tổ chức hội nghị ký kết giao ước thi đua năm 2023. Năm nay, phong trào "
     "thi đua của Cụm được chia làm 3 đợt.",
     3},
    {"numbered rounds of a peak of work are not phases of the movement",
     "Công an tỉnh Lào Cai phát động phong trào thi đua năm 2024\n"
     "Ngày 5/1/2024, Công an tỉnh Lào Cai tổ chức lễ phát động phong trào thi đua năm 2024. Năm 2023, lực lượng "
     "đã mở 2 đợt cao điểm tấn công, trấn áp tội phạm; đợt 1 từ 1/3 đến 30/4/2023, đợt 2 từ 1/7 đến 31/8/2023.",
     0},
    {"numbered phases of the emulation stay phases",
     "Công an tỉnh Lào Cai phát động phong trào thi đua năm 2024\n"
     "Ngày 5/1/2024, Công an tỉnh Lào Cai tổ chức lễ phát động phong trào thi đua năm 2024. Phong trào thi đua "
     "gồm 2 đợt: đợt 1 từ 1/3 đến 30/6/2024, đợt 2 từ 1/7 đến 30/11/2024.",
     2},
};

TEST(PlanPhases12, StandingPracticesAndRoundsOfWorkAreNoPhases) { test::expect_phase_counts(kPhaseCases); }

// ---- group members ---------------------------------------------------------------------------

TEST(PlanGroups12, AGroupThatHasNUnitsNamedAfterLaListsThem) {
  const json r = parse(
      "Cụm thi đua số 1 ký giao ước\n"
      "Ngày 1/3/2021, Cụm thi đua số 1 tổ chức ký kết giao ước thi đua năm 2021. Cụm có 3 đơn vị là Công an thành "
      "phố Hà Nội, Công an thành phố Hải Phòng và Công an thành phố Đà Nẵng.");
  EXPECT_EQ(test::strings(r["group"]["members"]),
            (Strings{"Công an thành phố Hà Nội", "Công an thành phố Hải Phòng", "Công an thành phố Đà Nẵng"}));
  EXPECT_EQ(test::counts(r), test::Counts{});

  const json members_colon = parse(
      "Cụm thi đua số 2 tổng kết\n"
      "Ngày 20/12/2022, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2022. Cụm thi đua số 2 có 4 đơn vị thành "
      "viên: Công an các tỉnh Sơn La, Lai Châu, Điện Biên và Hòa Bình.");
  EXPECT_EQ(test::strings(members_colon["group"]["members"]),
            (Strings{"Công an tỉnh Sơn La", "Công an tỉnh Lai Châu", "Công an tỉnh Điện Biên", "Công an tỉnh Hòa Bình"}));
}

TEST(PlanGroups12, AUnitJoinedByCungBeforeTheListIsAMember) {
  const json r = parse(
      "Cụm thi đua số 4 ký kết giao ước thi đua năm 2024\n"
      "Ngày 5/3/2024, Cụm thi đua số 4, Bộ Công an tổ chức hội nghị ký kết giao ước thi đua năm 2024. Công an tỉnh "
      "Phú Thọ cùng Công an các tỉnh Tuyên Quang, Yên Bái, Lào Cai ký kết giao ước thi đua.");
  EXPECT_EQ(test::strings(r["group"]["members"]),
            (Strings{"Công an tỉnh Phú Thọ", "Công an tỉnh Tuyên Quang", "Công an tỉnh Yên Bái", "Công an tỉnh Lào Cai"}));
}

TEST(PlanGroups12, UnitsNamedInFullAwayFromGomAreMembersHoweverTheirLevelIsWritten) {
  const char* const head =
      "Cụm thi đua số 7 ký kết giao ước thi đua năm 2019\n"
      "Ngày 5/3/2019, Cụm thi đua số 7, Bộ Công an tổ chức hội nghị ký kết giao ước thi đua năm 2019. ";
  // the city written "TP", "TP." and in full
  const json cities = parse(std::string(head) +
                            "Tham dự có đại diện lãnh đạo Công an TP Hà Nội, Công an TP.HCM, Công an TP Hải Phòng và "
                            "Công an thành phố Cần Thơ.");
  EXPECT_EQ(cities["group"]["members"].size(), 4u);
  // provinces and a centrally-run city are of one rank
  const json mixed = parse(std::string(head) +
                           "Công an tỉnh Bình Dương (Cụm trưởng), Công an tỉnh Đồng Nai, Công an Thành phố Hồ Chí Minh "
                           "và Công an tỉnh Tây Ninh đã ký giao ước thi đua.");
  EXPECT_EQ(test::strings(mixed["group"]["members"]),
            (Strings{"Công an tỉnh Bình Dương", "Công an tỉnh Đồng Nai", "Công an Thành phố Hồ Chí Minh",
                     "Công an tỉnh Tây Ninh"}));
  EXPECT_EQ(mixed["group"]["leader"], "Công an tỉnh Bình Dương");
}

TEST(PlanGroups12, OfficesListedWithoutVaBeforeTheLastAreMembers) {
  const json r = parse(
      "Khối thi đua số 2 ký kết giao ước thi đua năm 2024\n"
      "Ngày 5/3/2024, Khối thi đua số 2, Công an tỉnh Nghệ An tổ chức hội nghị ký kết giao ước thi đua năm 2024. "
      "Khối thi đua số 2 gồm: Phòng Tham mưu, Phòng Tổ chức cán bộ, Phòng Công tác đảng và công tác chính trị, "
      "Phòng Hậu cần.");
  EXPECT_EQ(test::strings(r["group"]["members"]), (Strings{"Phòng Tham mưu", "Phòng Tổ chức cán bộ",
                                                           "Phòng Công tác đảng và công tác chính trị", "Phòng Hậu cần"}));
}

TEST(PlanGroups12, AGroupsNameEndsBeforeTheBodyItBelongsTo) {
  const json r = parse(
      "Khối thi đua Công an các quận ký kết giao ước\n"
      "Ngày 20/2/2024, Khối thi đua Công an các quận thuộc Công an thành phố Đà Nẵng tổ chức ký kết giao ước thi "
      "đua năm 2024.");
  EXPECT_EQ(r["group"]["name"], "Khối thi đua Công an các quận");
}

// ---- organizers ------------------------------------------------------------------------------

const test::OrganizerCase kOrganizerCases[] = {
    {"a ceremony organised 'do A và B'",
     "Lễ phát động phong trào\n"
     "Lễ phát động do Công an tỉnh Long An và UBND huyện Đức Hòa tổ chức vào sáng 12/6/2022.",
     {"Công an tỉnh Long An", "UBND huyện Đức Hòa"}},
    {"a place's youth union is a unit",
     "Lễ phát động phong trào\n"
     "Chiều 12/6/2022, Huyện đoàn Tân Phú phối hợp với Công an huyện Tân Phú tổ chức lễ phát động phong trào "
     "thanh niên tham gia bảo vệ an ninh Tổ quốc.",
     {"Huyện đoàn Tân Phú", "Công an huyện Tân Phú"}},
    {"a unit named by its role in the group hosts; the group organises",
     "Tổng kết phong trào thi đua\n"
     "Ngày 20/12/2023, Công an tỉnh Hưng Yên - đơn vị Cụm trưởng Cụm thi đua số 5 tổ chức hội nghị tổng kết phong "
     "trào thi đua năm 2023.",
     {"Cụm thi đua số 5"}},
    {"the party committee written before a unit's leadership is that unit's own",
     "Tổng kết phong trào thi đua\n"
     "Ngày 20/12/2023, Đảng ủy, Ban Giám đốc Công an tỉnh Hưng Yên tổ chức hội nghị tổng kết phong trào thi đua năm "
     "2023.",
     {"Công an tỉnh Hưng Yên"}},
    {"a group described by the force it belongs to keeps it in its name",
     "Tổng kết phong trào thi đua\n"
     "Ngày 20/12/2023, Cụm thi đua các trường Công an nhân dân tổ chức hội nghị tổng kết phong trào thi đua năm 2023.",
     {"Cụm thi đua các trường Công an nhân dân"}},
    {"a district named by its level and name alone organises as written",
     "Ngày hội toàn dân bảo vệ an ninh Tổ quốc\n"
     "Ngày 18/8/2023, huyện Nông Sơn tổ chức điểm Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2023 tại xã Quế Lộc.",
     {"huyện Nông Sơn"}},
    {"the party committee before a police unit is the police's own",
     "Tổng kết công tác năm\n"
     "Ngày 10/1/2024, Đảng ủy - Công an huyện Yên Mô tổ chức hội nghị tổng kết phong trào thi đua năm 2023.",
     {"Công an huyện Yên Mô"}},
    {"a commune's party committee and people's committee share its name",
     "Tổng kết công tác năm\n"
     "Ngày 10/1/2024, Đảng ủy, UBND xã Yên Thái tổ chức hội nghị tổng kết phong trào thi đua năm 2023.",
     {"Đảng ủy xã Yên Thái", "UBND xã Yên Thái"}},
    {"the province's military command is a unit, completed with the place",
     "Ký kết giao ước thi đua\n"
     "Ngày 28/2/2022, Công an tỉnh Sóc Trăng phối hợp Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị ký kết giao ước thi "
     "đua năm 2022.",
     {"Công an tỉnh Sóc Trăng", "Bộ Chỉ huy Quân sự tỉnh Sóc Trăng"}},
    {"the province's youth union joined by 'và' before 'đồng tổ chức'",
     "Lễ phát động phong trào\n"
     "Sáng 5/3/2024, Tỉnh đoàn Quảng Ngãi và Công an tỉnh Quảng Ngãi đồng tổ chức lễ phát động phong trào thi đua.",
     {"Tỉnh đoàn Quảng Ngãi", "Công an tỉnh Quảng Ngãi"}},
};

TEST(PlanOrganizers12, PassiveOrganisersAndYouthUnions) { test::expect_organizers(kOrganizerCases); }

// ---- targets ---------------------------------------------------------------------------------

const char* const kLaunch =
    "Công an huyện Phú Tân phát động phong trào thi đua năm 2024\n"
    "Ngày 5/1/2024, Công an huyện Phú Tân tổ chức lễ phát động phong trào thi đua “Vì an ninh Tổ quốc” năm 2024. ";

std::vector<std::string> measures(const json& r) {
  std::vector<std::string> out;
  for (const json& t : r["targets"]) out.push_back(t["measure"].get<std::string>());
  return out;
}

TEST(PlanTargets12, EachNotToLetHappenIsItsOwnTarget) {
  const json r = parse(std::string(kLaunch) +
                       "Mục tiêu là không để xảy ra điểm nóng về an ninh, trật tự, không để tội phạm lợi dụng "
                       "hoạt động trên địa bàn.");
  EXPECT_EQ(measures(r), (Strings{"điểm nóng về an ninh, trật tự", "tội phạm lợi dụng hoạt động trên địa bàn"}));
  // Things not to let happen listed after one "không để" are one target.
  const json list = parse(std::string(kLaunch) + "Phấn đấu không để xảy ra cháy, nổ, đua xe trái phép.");
  EXPECT_EQ(measures(list), (Strings{"cháy, nổ, đua xe trái phép"}));
}

TEST(PlanTargets12, AllThreeCriteriaAfterTheBaselineGiveThreeMeasures) {
  const json r = parse(std::string(kLaunch) +
                       "Phấn đấu giảm tai nạn giao thông từ 5 - 10% so với năm 2023 trên cả 3 tiêu chí về số vụ, số "
                       "người chết và số người bị thương.");
  ASSERT_EQ(r["targets"].size(), 3u);
  EXPECT_EQ(measures(r), (Strings{"số vụ tai nạn giao thông", "số người chết do tai nạn giao thông",
                                  "số người bị thương do tai nạn giao thông"}));
  for (const json& t : r["targets"]) {
    EXPECT_EQ(t["value_min"], 5);
    EXPECT_EQ(t["value_max"], 10);
    EXPECT_EQ(t["baseline"], "previous_year");
  }
}

TEST(PlanTargets12, WhatChangesNamedBeforeTheVerbOfAllThreeCriteria) {
  const json r = parse(std::string(kLaunch) +
                       "Các đơn vị đăng ký thi đua với chỉ tiêu: tai nạn giao thông giảm cả 3 tiêu chí so với năm 2023.");
  EXPECT_EQ(measures(r), (Strings{"số vụ tai nạn giao thông", "số người chết do tai nạn giao thông",
                                  "số người bị thương do tai nạn giao thông"}));
  for (const json& t : r["targets"]) {
    EXPECT_EQ(t["direction"], "decrease");
    EXPECT_EQ(t["value"], nullptr);
  }
}

TEST(PlanTargets12, AnEllipticSecondRateTakesTheFirstsDirection) {
  const json r = parse(std::string(kLaunch) +
                       "Phấn đấu tỷ lệ điều tra khám phá án đạt trên 80%, 95% đối với án rất nghiêm trọng.");
  ASSERT_EQ(r["targets"].size(), 2u);
  EXPECT_EQ(r["targets"][1]["measure"], "án rất nghiêm trọng");
  EXPECT_EQ(r["targets"][1]["direction"], "above");
  EXPECT_EQ(r["targets"][1]["kind"], "rate");
  EXPECT_EQ(r["targets"][1]["value"], 95);
}

TEST(PlanTargets12, AFigureAfterTuMeasuresWhatFollowsIt) {
  const json r = parse(std::string(kLaunch) + "Đơn vị phấn đấu kéo giảm từ 5% số vụ phạm pháp hình sự so với cùng kỳ.");
  ASSERT_EQ(r["targets"].size(), 1u);
  EXPECT_EQ(r["targets"][0]["measure"], "số vụ phạm pháp hình sự");
  EXPECT_EQ(r["targets"][0]["value"], 5);
  EXPECT_EQ(r["targets"][0]["baseline"], "previous_year");
}

}  // namespace
}  // namespace thidua::text::plan
