// The eighth round of patterns of Vietnamese administrative prose (issue 14), table-driven: each
// row is a sentence written for the test in the pattern of real articles (none is copied from
// them) and what the import must read from it. Contents listed after "nhiệm vụ trọng tâm gồm:"
// and after "… nội dung chính, trong đó trọng tâm là"; counts of contents and of groups "về an
// ninh, trật tự", a share among fractions; "UVBTV", mass organisations of a place, an office
// named up to its police; a group's role with its year before "là", after a dash, in a bracket,
// before a colon; members "của Khối là …"; counts listed after a verb of change, each its own
// target; an office with its ministry after a comma as one organiser; a commune after a comma
// closing a place.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "text/plan/plan_parser.h"
#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using nlohmann::json;
using test::parse;
using test::strings;

using test::CountCase;
using test::PositionCase;
using test::Strings;

// ---- contents --------------------------------------------------------------------------------

struct ContentsCase {
  const char* what;
  const char* text;
  Strings contents;
};

const ContentsCase kContentsCases[] = {
    {"the key tasks listed after 'nhiệm vụ trọng tâm gồm:'",
     "Công an huyện Đông Sơn triển khai công tác năm 2021\n"
     "Ngày 10/1/2021, Công an huyện Đông Sơn tổ chức hội nghị triển khai công tác năm 2021. Năm 2021, Công an "
     "huyện tập trung thực hiện các nhiệm vụ trọng tâm gồm: Nắm chắc tình hình an ninh nông thôn; đấu tranh, kiềm "
     "chế các loại tội phạm; xây dựng lực lượng Công an xã chính quy.",
     {"Nắm chắc tình hình an ninh nông thôn", "đấu tranh, kiềm chế các loại tội phạm",
      "xây dựng lực lượng Công an xã chính quy"}},
    {"the key tasks after a bare colon",
     "Khối thi đua số 3 sơ kết 6 tháng\n"
     "Ngày 2/7/2022, Khối thi đua số 3 tổ chức hội nghị sơ kết. 6 tháng cuối năm, Khối đề ra 4 nhiệm vụ trọng "
     "tâm: Giữ vững an ninh chính trị; giảm tai nạn giao thông; phòng cháy, chữa cháy; cải cách hành chính.",
     {"Giữ vững an ninh chính trị", "giảm tai nạn giao thông", "phòng cháy, chữa cháy", "cải cách hành chính"}},
    {"a counted list opened by 'trong đó trọng tâm là' holding the count announced",
     "Công an tỉnh phát động đợt thi đua chào mừng Đại hội Đảng\n"
     "Ngày 5/4/2020, Công an tỉnh tổ chức lễ phát động đợt thi đua đặc biệt. Đợt thi đua gồm 3 nội dung chính, "
     "trong đó trọng tâm là bảo vệ tuyệt đối an toàn Đại hội; kiềm chế các loại tội phạm; bảo đảm trật tự an "
     "toàn giao thông. Qua đó động viên cán bộ, chiến sĩ.",
     {"bảo vệ tuyệt đối an toàn Đại hội", "kiềm chế các loại tội phạm", "bảo đảm trật tự an toàn giao thông"}},
    {"contents described a few words before 'là', with no count",
     "Cụm thi đua số 5 ký giao ước\n"
     "Ngày 20/2/2015, Cụm thi đua số 5 tổ chức ký kết giao ước thi đua. Theo đó, các nội dung chủ yếu được thống "
     "nhất là công tác phòng ngừa tội phạm; công tác quản lý hành chính về trật tự xã hội; xây dựng lực lượng "
     "trong sạch, vững mạnh.",
     {"công tác phòng ngừa tội phạm", "công tác quản lý hành chính về trật tự xã hội",
      "xây dựng lực lượng trong sạch, vững mạnh"}},
    {"a count that is not the number of items after 'là' reads no list",
     "Công an huyện phát động thi đua\n"
     "Ngày 3/3/2021, Công an huyện tổ chức lễ phát động thi đua. Phong trào có 4 nội dung chính, trong đó quan "
     "trọng nhất là bảo vệ an ninh chính trị; giữ gìn trật tự xã hội.",
     {}},
    {"two tasks are not a list of contents",
     "Công an xã triển khai nhiệm vụ\n"
     "Ngày 8/1/2023, Công an xã tổ chức hội nghị. Các nhiệm vụ trọng tâm gồm: bảo đảm an ninh nông thôn; phòng "
     "chống ma túy.",
     {}},
};

TEST(PlanContents8, ContentsListedAfterKeyTasksAndCountedLists) {
  for (const ContentsCase& c : kContentsCases) {
    SCOPED_TRACE(c.what);
    const json r = parse(c.text);
    EXPECT_EQ(strings(r["contents"]), c.contents);
  }
}

// ---- counts ----------------------------------------------------------------------------------

const CountCase kCountCases[] = {
    {"the main contents announced are counted",
     kContentsCases[2].text,
     {{3, "nội dung chính"}}},
    {"the field a counted group or model serves ('về an ninh, trật tự', 'về ANTT') is part of it",
     "Xã Hòa Bình tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc\n"
     "Ngày 18/8/2023, UBND xã Hòa Bình tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2023. Đến nay, xã đã "
     "xây dựng 12 tổ tự quản về an ninh, trật tự và 3 mô hình tự phòng, tự quản về ANTT.",
     {{12, "tổ tự quản về an ninh, trật tự"}, {3, "mô hình tự phòng, tự quản về ANTT"}}},
    {"'về' before anything else still ends the counted thing",
     "Xã Hòa Bình tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc\n"
     "Ngày 18/8/2023, UBND xã Hòa Bình tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2023. Xã có 4 tổ tự "
     "quản về tham gia ngày hội.",
     {{4, "tổ tự quản"}}},
    {"a bare figure among shares written as fractions of the same noun is one more share",
     "Khối thi đua số 3 tổng kết năm 2021\n"
     "Ngày 5/12/2021, Khối thi đua số 3 gồm 9 đơn vị tổ chức hội nghị tổng kết phong trào thi đua năm 2021. Qua "
     "bình xét, 7/9 đơn vị được đề nghị công nhận Đơn vị Tiên tiến và 2 đơn vị được đề nghị tặng Cờ thi đua.",
     {{9, "đơn vị"}}},
    {"without the fractions the same figure is counted",
     "Khối thi đua số 3 tổng kết năm 2021\n"
     "Ngày 5/12/2021, Khối thi đua số 3 gồm 9 đơn vị tổ chức hội nghị tổng kết phong trào thi đua năm 2021. Qua "
     "bình xét, 2 đơn vị được tặng Cờ thi đua; 15 cá nhân được tặng Giấy khen.",
     {{9, "đơn vị"}, {2, "đơn vị"}, {15, "cá nhân"}}},
};

TEST(PlanCounts8, MainContentsAndTheFieldOfCountedGroups) {
  test::expect_counts(kCountCases);
}

// ---- positions -------------------------------------------------------------------------------

const PositionCase kPositionCases[] = {
    {"a member of a standing committee abbreviated 'UVBTV'",
     "Xã Hòa Bình tổ chức Ngày hội\n"
     "Ngày 18/8/2023, UBND xã Hòa Bình tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2023. Dự Ngày hội có "
     "đồng chí Phạm Thị Dung, UVBTV Huyện ủy, PCT UBND huyện; đồng chí Hồ Văn Em, PBT Đảng ủy xã.",
     {{"Phạm Thị Dung", "Ủy viên Ban Thường vụ Huyện ủy, Phó Chủ tịch UBND huyện"},
      {"Hồ Văn Em", "Phó Bí thư Đảng ủy xã Hòa Bình"}}},
    {"mass organisations of a place named with their level and place",
     "Xã Hòa Bình tổ chức Ngày hội\n"
     "Ngày 18/8/2023, UBND xã Hòa Bình tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2023. Dự Ngày hội có "
     "bà Phạm Thị Dung, Chủ tịch Hội Liên hiệp Phụ nữ huyện; ông Hồ Văn Em, Chủ tịch Hội Cựu chiến binh xã; ông "
     "Lê Văn Giang, Chủ tịch Hội Nông dân tỉnh Thanh Hóa.",
     {{"Phạm Thị Dung", "Chủ tịch Hội Liên hiệp Phụ nữ huyện"},
      {"Hồ Văn Em", "Chủ tịch Hội Cựu chiến binh xã Hòa Bình"},
      {"Lê Văn Giang", "Chủ tịch Hội Nông dân tỉnh Thanh Hóa"}}},
    {"an office the lexicon does not know named up to the police it belongs to",
     "Công an tỉnh tổng kết\n"
     "Ngày 18/12/2023, Công an tỉnh Phú Thọ tổ chức hội nghị tổng kết phong trào thi đua Vì an ninh Tổ quốc năm "
     "2023. Dự hội nghị có Đại tá Phạm Văn Dũng, Trưởng phòng Tổ chức cán bộ Công an tỉnh; Thượng tá Lê Thị Hoa, "
     "Trưởng phòng Công tác Đảng và công tác chính trị Công an tỉnh.",
     {{"Phạm Văn Dũng", "Trưởng phòng Tổ chức cán bộ Công an tỉnh"},
      {"Lê Thị Hoa", "Trưởng phòng Công tác Đảng và công tác chính trị Công an tỉnh"}}},
};

TEST(PlanPositions8, AbbreviationsMassOrganisationsAndOfficesOfThePolice) {
  test::expect_positions(kPositionCases);
}

// ---- organisers ------------------------------------------------------------------------------

TEST(PlanOrganizers8, AnOfficeWithItsMinistryAfterACommaIsOneOrganiser) {
  const std::pair<const char*, Strings> cases[] = {
      {"Ngày 3/4/2019, Cục Cảnh sát giao thông, Bộ Công an tổ chức lễ phát động đợt thi đua đặc biệt.",
       {"Cục Cảnh sát giao thông, Bộ Công an"}},
      {"Ngày 3/4/2019, Cục Cảnh sát giao thông, Bộ Công an và UBND tỉnh Nghệ An phối hợp tổ chức hội nghị sơ kết "
       "phong trào thi đua Vì an ninh Tổ quốc.",
       {"Cục Cảnh sát giao thông, Bộ Công an", "UBND tỉnh Nghệ An"}},
      {"Ngày 3/4/2019, Bộ Công an và Cục Cảnh sát giao thông tổ chức hội nghị sơ kết phong trào thi đua Vì an ninh "
       "Tổ quốc.",
       {"Bộ Công an", "Cục Cảnh sát giao thông"}},
  };
  for (const auto& [sentence, organizers] : cases) {
    SCOPED_TRACE(sentence);
    const json r = parse(std::string("Hội nghị về phong trào thi đua\n") + sentence);
    EXPECT_EQ(strings(r["organizers"]), organizers);
  }
}

// ---- places ----------------------------------------------------------------------------------

TEST(PlanPlaces8, TheCommuneAfterACommaClosesThePlace) {
  const std::pair<const char*, const char*> cases[] = {
      {"Ngày 18/8/2022, tại nhà văn hóa thôn Đông, xã Hòa Bình, UBND xã tổ chức Ngày hội toàn dân bảo vệ an ninh "
       "Tổ quốc.",
       "nhà văn hóa thôn Đông, xã Hòa Bình"},
      {"Ngày 18/8/2022, UBND xã Hòa Bình tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc tại nhà văn hóa thôn "
       "Đông, xã Hòa Bình.",
       "nhà văn hóa thôn Đông, xã Hòa Bình"},
      {"Ngày 18/8/2022, tại hội trường Công an huyện, xã Hòa Bình và thôn Đông cùng tổ chức Ngày hội toàn dân bảo "
       "vệ an ninh Tổ quốc.",
       "hội trường Công an huyện"},
  };
  for (const auto& [sentence, place] : cases) {
    SCOPED_TRACE(sentence);
    const json r = parse(std::string("Ngày hội toàn dân bảo vệ an ninh Tổ quốc\n") + sentence);
    EXPECT_EQ(r["event"]["place"], place);
  }
}

// ---- group roles -----------------------------------------------------------------------------

const char kCumLead[] =
    "Cụm thi đua số 4 ký giao ước năm 2023\n"
    "Ngày 10/3/2023, tại Công an tỉnh Hà Giang, Cụm thi đua số 4 tổ chức hội nghị ký kết giao ước thi đua năm 2023. ";
const char kKhoiLead[] =
    "Khối thi đua số 5 ký giao ước năm 2023\n"
    "Ngày 10/3/2023, Khối thi đua số 5 tổ chức hội nghị ký kết giao ước thi đua năm 2023. ";

struct RoleCase {
  const char* what;
  const char* lead;
  const char* sentence;  // after the lead
  const char* leader;    // nullptr: none
  const char* deputy;
};

const RoleCase kRoleCases[] = {
    {"the year of the role between the role and 'là'", kCumLead,
     "Cụm trưởng năm 2023 là Công an tỉnh Hà Giang, Cụm phó năm 2023 là Công an tỉnh Tuyên Quang.",
     "Công an tỉnh Hà Giang", "Công an tỉnh Tuyên Quang"},
    {"without the year, as before", kCumLead,
     "Cụm trưởng là Công an tỉnh Hà Giang, Cụm phó là Công an tỉnh Tuyên Quang.",
     "Công an tỉnh Hà Giang", "Công an tỉnh Tuyên Quang"},
    {"roles elected for the next year are not this year's", kCumLead,
     "Hội nghị đã bầu đơn vị Cụm trưởng năm 2024 là Công an tỉnh Hà Giang và đơn vị Cụm phó năm 2024 là Công an "
     "tỉnh Tuyên Quang.",
     nullptr, nullptr},
    {"the unit before a dash", kKhoiLead,
     "Hội nghị do Công an huyện Yên Lập - đơn vị Khối trưởng chủ trì; Công an huyện Thanh Sơn – đơn vị Khối phó "
     "đồng chủ trì.",
     "Công an huyện Yên Lập", "Công an huyện Thanh Sơn"},
    {"the role head first in a bracket", kKhoiLead,
     "Công an huyện Yên Lập (Trưởng khối) và Công an huyện Thanh Sơn (Phó khối) chủ trì hội nghị.",
     "Công an huyện Yên Lập", "Công an huyện Thanh Sơn"},
    {"the unit after a colon", kKhoiLead,
     "Khối trưởng: Công an huyện Yên Lập; Khối phó: Công an huyện Thanh Sơn.",
     "Công an huyện Yên Lập", "Công an huyện Thanh Sơn"},
    {"a person after a dash is no unit", kKhoiLead,
     "Đồng chí Nguyễn Văn An - Khối trưởng phát biểu; đồng chí Trần Văn Bình - Khối phó phát biểu.",
     nullptr, nullptr},
};

TEST(PlanGroupRoles8, RolesWithTheirYearAfterADashInABracketOrBeforeAColon) {
  for (const RoleCase& c : kRoleCases) {
    SCOPED_TRACE(c.what);
    const json r = parse(std::string(c.lead) + c.sentence);
    const json& g = r["group"];
    ASSERT_TRUE(g.is_object());
    EXPECT_EQ(g["leader"], c.leader ? json(c.leader) : json(nullptr));
    EXPECT_EQ(g["deputy"], c.deputy ? json(c.deputy) : json(nullptr));
  }
}

// ---- members ---------------------------------------------------------------------------------

struct MemberCase {
  const char* what;
  const char* sentence;  // after a common lead
  Strings members;
};

const MemberCase kMemberCases[] = {
    {"the members 'of' the group after 'là'",
     "Các đơn vị thành viên của Khối là Công an huyện Yên Lập, Công an huyện Thanh Sơn và Công an huyện Tân Sơn.",
     {"Công an huyện Yên Lập", "Công an huyện Thanh Sơn", "Công an huyện Tân Sơn"}},
    {"the units 'in' the group after 'là', a shared head and level",
     "Các đơn vị trong Khối là Công an các huyện Yên Lập, Thanh Sơn và Tân Sơn.",
     {"Công an huyện Yên Lập", "Công an huyện Thanh Sơn", "Công an huyện Tân Sơn"}},
    {"one unit after 'trong Khối là' is a role, not the members",
     "Đơn vị Khối trưởng trong Khối là Công an huyện Yên Lập.",
     {}},
};

TEST(PlanGroups8, MembersOfTheGroupAfterTheCopula) {
  for (const MemberCase& c : kMemberCases) {
    SCOPED_TRACE(c.what);
    const json r = parse(std::string(kKhoiLead) + c.sentence);
    ASSERT_TRUE(r["group"].is_object());
    EXPECT_EQ(strings(r["group"]["members"]), c.members);
  }
}

// ---- targets ---------------------------------------------------------------------------------

struct TargetCase {
  const char* what;
  const char* sentence;     // after a common lead
  Strings measures;         // one target each, in order
  std::optional<double> value;  // of every one
};

const TargetCase kTargetCases[] = {
    {"counts listed after the verb, each its own target, completed with what the first counts",
     "Phấn đấu giảm ít nhất 5% số vụ tai nạn giao thông, số người chết và số người bị thương.",
     {"số vụ tai nạn giao thông", "số người chết do tai nạn giao thông", "số người bị thương do tai nạn giao thông"},
     5},
    {"without a figure, commas only",
     "Phấn đấu kéo giảm số vụ tai nạn giao thông, số người chết, số người bị thương so với năm 2023.",
     {"số vụ tai nạn giao thông", "số người chết do tai nạn giao thông", "số người bị thương do tai nạn giao thông"},
     std::nullopt},
    {"a part not opening with 'số' stays with the count before it; a count naming its cause is kept",
     "Phấn đấu giảm 5% số vụ cháy, nổ và số người chết do cháy.",
     {"số vụ cháy, nổ", "số người chết do cháy"},
     5},
    {"one count of two kinds of crime is one target",
     "Phấn đấu giảm 5% số vụ trộm cắp và cướp giật.",
     {"số vụ trộm cắp và cướp giật"},
     5},
};

TEST(PlanTargets8, EachCountListedAfterTheVerbIsItsOwnTarget) {
  for (const TargetCase& c : kTargetCases) {
    SCOPED_TRACE(c.what);
    const json r = parse(std::string("Công an tỉnh phát động phong trào thi đua năm 2024\n"
                                     "Ngày 5/2/2024, Công an tỉnh tổ chức lễ phát động phong trào thi đua Vì an ninh "
                                     "Tổ quốc năm 2024. ") +
                         c.sentence);
    Strings measures;
    for (const json& t : r["targets"]) {
      measures.push_back(t["measure"].get<std::string>());
      EXPECT_EQ(t["direction"], "decrease");
      EXPECT_EQ(t["value"], c.value ? json(*c.value) : json(nullptr));
    }
    EXPECT_EQ(measures, c.measures);
  }
}

}  // namespace
}  // namespace thidua::text::plan
