// The ninth round of patterns of Vietnamese administrative prose (issue 14, part 2), table-driven:
// each row is a sentence written for the test in the pattern of real articles (none is copied
// from them) and what the import must read from it. Counts follow the conventions of
// tests/fixtures/plans/README.md: people attending or witnessing the event are not counted
// ("Tham dự … có", "với sự chứng kiến của", "… người về dự", "N đại biểu"), nor sizes after
// "Mỗi …", nor the parts of a sentence opened by "Trong đó"; one award of two nouns under one
// figure is one item. Unit names keep a number closing a place ("xã Phú Hòa 2") and an
// abbreviation glued by "-" and "&" ("Sở VH-TT&DL"); a role in the group written in a bracket
// after a position is part of it. "100% số người …" is a share. A review of a period written in years is held in its last year.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "text/plan/plan_parser.h"
#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using nlohmann::json;
using test::CountCase;
using test::parse;

// ---- counts ----------------------------------------------------------------------------------

const CountCase kCountCases[] = {
    {"a list of attendees after 'Tham dự … có' is no count; the awards of the same text are",
     "Xã Tân Hòa tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc\n"
     "Ngày 19/8/2024, UBND xã Tân Hòa tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2024. Tham dự Ngày "
     "hội có 150 đoàn viên và 40 hội viên Hội Cựu chiến binh xã. Dịp này, UBND xã đã khen thưởng 4 tập thể và 9 "
     "cá nhân có thành tích xuất sắc.",
     {{4, "tập thể"}, {9, "cá nhân"}}},
    {"people who come to the event, the verb after them",
     "Phường Đông Sơn ra mắt mô hình tự quản\n"
     "Sáng 3/5/2023, Công an phường Đông Sơn tổ chức lễ ra mắt mô hình Khu dân cư tự quản với gần 300 người về "
     "dự.",
     {}},
    {"witnesses after 'với sự chứng kiến của'",
     "Cụm thi đua số 4 ký giao ước thi đua\n"
     "Ngày 12/3/2022, Cụm thi đua số 4 tổ chức ký kết giao ước thi đua năm 2022 với sự chứng kiến của hơn 500 "
     "cán bộ, chiến sĩ.",
     {}},
    {"delegates are those present, whatever the verb",
     "Công an huyện Lạc Sơn tổng kết công tác năm 2021\n"
     "Ngày 28/12/2021, Công an huyện Lạc Sơn tổ chức hội nghị tổng kết công tác năm 2021. Hội nghị có 90 đại "
     "biểu, trong đó có 12 đồng chí lãnh đạo các xã.",
     {}},
    {"'dự kiến' is a plan, not an attendance: what the movement will have is counted",
     "Huyện Kim Bảng triển khai phong trào toàn dân bảo vệ an ninh Tổ quốc\n"
     "Ngày 10/2/2025, UBND huyện Kim Bảng tổ chức hội nghị triển khai phong trào toàn dân bảo vệ an ninh Tổ quốc "
     "năm 2025. Dự kiến đến cuối năm, huyện có 12 mô hình tự quản về an ninh, trật tự.",
     {{12, "mô hình tự quản về an ninh, trật tự"}}},
    {"one award of two nouns under one figure is one item",
     "Công an tỉnh sơ kết phong trào\n"
     "Ngày 5/7/2022, Công an tỉnh tổ chức hội nghị sơ kết phong trào thi đua 6 tháng đầu năm 2022. Giám đốc Công "
     "an tỉnh đã tặng Giấy khen cho 35 tập thể, cá nhân có thành tích xuất sắc.",
     {{35, "tập thể, cá nhân"}}},
    {"two awards each with its figure stay two items",
     "Công an tỉnh sơ kết phong trào\n"
     "Ngày 5/7/2022, Công an tỉnh tổ chức hội nghị sơ kết phong trào thi đua 6 tháng đầu năm 2022. Giám đốc Công "
     "an tỉnh đã tặng Giấy khen cho 12 tập thể, 23 cá nhân có thành tích xuất sắc.",
     {{12, "tập thể"}, {23, "cá nhân"}}},
    {"the size of each after 'Mỗi' is no count; the groups set up are",
     "Xã Bình An thành lập tổ tự quản\n"
     "Ngày 2/6/2024, UBND xã Bình An tổ chức lễ ra mắt 6 tổ tự quản về an ninh, trật tự. Mỗi tổ có 1 tổ trưởng, 1 "
     "tổ phó và 5 thành viên.",
     {{6, "tổ tự quản về an ninh, trật tự"}}},
    {"the parts of a count given by the sentence opened with 'Trong đó'",
     "Công an tỉnh tuyên dương điển hình tiên tiến\n"
     "Ngày 20/8/2021, Công an tỉnh tổ chức tuyên dương 45 cá nhân có thành tích xuất sắc trong phong trào toàn "
     "dân bảo vệ an ninh Tổ quốc. Trong đó, 20 cá nhân là công an xã và 25 cá nhân là người dân.",
     {{45, "cá nhân"}}},
    {"those who signed a pledge are a result of the period's work; the boards set up are counted",
     "Phường Tân Lập sơ kết phong trào\n"
     "Ngày 8/7/2023, UBND phường Tân Lập tổ chức hội nghị sơ kết phong trào toàn dân bảo vệ an ninh Tổ quốc 6 "
     "tháng đầu năm 2023. Phường đã thành lập 4 ban Bảo vệ dân phố; có 230 hộ gia đình ký cam kết không vi phạm "
     "pháp luật.",
     {{4, "ban Bảo vệ dân phố"}}},
};

TEST(PlanCounts10, AttendeesSizesAndPartsAreNotCountsAwardsAre) {
  test::expect_counts(kCountCases);
}

// ---- unit names ------------------------------------------------------------------------------

struct UnitNameCase {
  const char* what;
  const char* text;
  test::Positions positions;
  const char* leader;  // nullptr: not checked
  const char* deputy;
};

const UnitNameCase kUnitNameCases[] = {
    {"numbered communes kept whole, each head's role in a bracket after the position",
     "Khối thi đua số 2 ký giao ước thi đua\n"
     "Ngày 14/1/2026, Khối thi đua số 2 tổ chức hội nghị ký kết giao ước thi đua năm 2026. Hội nghị do đồng chí "
     "Trung tá Lê Văn Hùng - Trưởng Công an xã Phú Hòa 2 (Khối trưởng) và đồng chí Thiếu tá Trần Minh Đức - "
     "Trưởng Công an xã Phú Hòa 3 (Khối phó) chủ trì.",
     {{"Lê Văn Hùng", "Trưởng Công an xã Phú Hòa 2, Khối trưởng"},
      {"Trần Minh Đức", "Trưởng Công an xã Phú Hòa 3, Khối phó"}},
     "Công an xã Phú Hòa 2",
     "Công an xã Phú Hòa 3"},
    {"a department abbreviated with '-' and '&' stays whole",
     "Huyện Đại Lộc ra mắt tổ bảo vệ an ninh, trật tự\n"
     "Ngày 9/9/2024, UBND huyện Đại Lộc tổ chức lễ ra mắt tổ bảo vệ an ninh, trật tự ở cơ sở. Dự buổi lễ có ông "
     "Nguyễn Văn Bình, Giám đốc Sở VH-TT&DL.",
     {{"Nguyễn Văn Bình", "Giám đốc Sở VH-TT&DL"}},
     nullptr,
     nullptr},
    {"a number after a place followed by a word stays outside its name",
     "Xã Phú Hòa tổ chức Ngày hội\n"
     "Ngày 18/8/2023, UBND xã Phú Hòa tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc. Dự Ngày hội có đồng chí "
     "Phạm Văn Tư, Chủ tịch UBND xã Phú Hòa 2 nhiệm kỳ liền.",
     {{"Phạm Văn Tư", "Chủ tịch UBND xã Phú Hòa"}},
     nullptr,
     nullptr},
};

TEST(PlanUnitNames10, NumberedPlacesGluedAbbreviationsAndBracketedRoles) {
  for (const UnitNameCase& c : kUnitNameCases) {
    SCOPED_TRACE(c.what);
    const json r = parse(c.text);
    test::expect_positions(r, c.positions);
    if (c.leader) {
      EXPECT_EQ(r["group"]["leader"], c.leader);
    }
    if (c.deputy) {
      EXPECT_EQ(r["group"]["deputy"], c.deputy);
    }
  }
}

// ---- places ----------------------------------------------------------------------------------

TEST(PlanPlaces10, PlacesListedByLevelAndNameAreTheEventsPlacesTogether) {
  const json r = parse(
      "Ra quân bảo đảm an ninh trật tự dịp Tết\n"
      "Sáng 20/1/2024, Bộ Công an tổ chức lễ ra quân cao điểm tấn công, trấn áp tội phạm tại thành phố Hà Nội, "
      "tỉnh Nghệ An và thành phố Cần Thơ.");
  EXPECT_EQ(r["event"]["place"], "thành phố Hà Nội, tỉnh Nghệ An và thành phố Cần Thơ");
  // Two places only, joined by "và".
  const json two = parse(
      "Ra quân bảo đảm an ninh trật tự dịp Tết\n"
      "Sáng 20/1/2024, Bộ Công an tổ chức lễ ra quân cao điểm tấn công, trấn áp tội phạm tại tỉnh Hà Giang và "
      "tỉnh Lào Cai.");
  EXPECT_EQ(two["event"]["place"], "tỉnh Hà Giang và tỉnh Lào Cai");
}

// ---- targets ---------------------------------------------------------------------------------

TEST(PlanTargets10, APercentOfTheNumberOfPeopleIsAShare) {
  const json r = parse(
      "Huyện Yên Thế ban hành kế hoạch phòng, chống ma túy\n"
      "Ngày 3/3/2022, UBND huyện Yên Thế ban hành kế hoạch phòng, chống ma túy năm 2022. Kế hoạch phấn đấu quản "
      "lý 100% số người sử dụng trái phép chất ma túy trên địa bàn.");
  ASSERT_EQ(r["targets"].size(), 1u);
  EXPECT_EQ(r["targets"][0]["kind"], "share");
  EXPECT_EQ(r["targets"][0]["value"], 100);
  EXPECT_EQ(r["targets"][0]["measure"], "số người sử dụng trái phép chất ma túy trên địa bàn");
}

TEST(PlanTargets10, AThresholdOpenedByItNhatSetsATargetOnALineOfItsOwn) {
  // "Ít nhất 50% …" sets a threshold like "… trở lên"; the areas turned round are a share.
  const json r = parse(
      "Chương trình phòng, chống tội phạm của tỉnh giai đoạn 2021-2025\n"
      "Ngày 5/3/2021, UBND tỉnh ban hành Chương trình phòng, chống tội phạm giai đoạn 2021-2025.\n"
      "Ít nhất 70% số thôn, tổ dân phố đạt tiêu chuẩn an toàn về an ninh, trật tự; chuyển hóa 80% địa bàn phức "
      "tạp về trật tự xã hội.");
  ASSERT_EQ(r["targets"].size(), 2u);
  EXPECT_EQ(r["targets"][0]["direction"], "at_least");
  EXPECT_EQ(r["targets"][0]["value"], 70);
  EXPECT_EQ(r["targets"][0]["kind"], "share");
  EXPECT_EQ(r["targets"][1]["value"], 80);
  EXPECT_EQ(r["targets"][1]["kind"], "share");
}

// ---- dates -----------------------------------------------------------------------------------

TEST(PlanDates10, AReviewOfAPeriodWrittenInYearsIsHeldInItsLastYear) {
  // A briefing on a congress "nhằm tổng kết … giai đoạn 2016-2020": held in 2020, not near 2016.
  const json r = parse(
      "Họp báo về Đại hội thi đua\n"
      "Sáng 14-8, Ban tổ chức Đại hội thi đua yêu nước Công an tỉnh tổ chức họp báo về Đại hội. Đại hội diễn ra "
      "trong 2 ngày, nhằm tổng kết, đánh giá kết quả phong trào thi đua “Vì an ninh Tổ quốc” giai đoạn 2016-2020.");
  EXPECT_EQ(r["event"]["date"], "2020-08-14");
  // A launch of the period that follows is still held near its start.
  const json launch = parse(
      "Công an tỉnh phát động phong trào thi đua\n"
      "Sáng 14-1, Công an tỉnh tổ chức lễ phát động phong trào thi đua “Vì an ninh Tổ quốc” giai đoạn 2021-2025.");
  EXPECT_EQ(launch["event"]["date"], "2021-01-14");
}

}  // namespace
}  // namespace thidua::text::plan
