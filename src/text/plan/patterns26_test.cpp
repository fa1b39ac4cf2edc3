// The twenty-sixth round of patterns (issue 14, branch s15-plan-a): how Vietnamese administrative
// prose names a group's units, in sentences written for the test (none is copied from a text):
//  - a body's head written once over places of two levels, the second after "các": "VKSND thành
//    phố A và các huyện B, C", "Tòa án nhân dân quận A và các huyện B, C";
//  - a count before a body's head shared by the places listed after it ("6 VKSND các huyện, thị
//    xã, thành phố: A, B, C"); the levels listed together are each name's as the text writes it
//    elsewhere ("thị xã B"), the first when it writes none;
//  - the bodies of a place named short: "VKSND huyện A", "BHXH tỉnh B", "TAND tỉnh C";
//  - a group named with its parent body after it ("Cụm thi đua số 3 Bảo hiểm xã hội Việt Nam gồm
//    5 tỉnh: …", "Cụm thi đua số 2, Hội Cựu chiến binh Việt Nam gồm các tỉnh: …"): a cluster of
//    that body's provincial units, listed as places when the text never names the police;
//  - a unit "được chỉ định là Cụm trưởng" takes the role;
//  - the group's units in a bracket right after it, a level shared by numbered places ("Cụm thi đua
//    2 (Hội Nông dân Phường 4, 5, 8 và 9)");
//  - the kind written with its short words before the colon ("gồm các Trường THCS: Lê Lợi, Trần
//    Phú"): every item a name under it, even one opening with the kind's first word;
//  - a described group's bare level after its description is not its name ("Khối thi đua Kinh tế -
//    kỹ thuật tỉnh" → "Khối thi đua Kinh tế - kỹ thuật"), a body of that level's is ("Khối thi đua
//    Hội Nông dân huyện");
//  - a person's role in the group written head first in a bracket after the office ("Giám đốc Sở A
//    (Trưởng khối)", "(Phó Trưởng khối)"): part of the position, and the office's body takes it;
//  - organisers: a group with its owner written after it and then "gồm" signs as the group, however
//    long the owner's name ("Cụm thi đua số 2 Hội Liên hiệp Phụ nữ tỉnh A, gồm …": no member
//    organises); the bodies "dưới sự chủ trì của" whom a meeting with no subject is held (not a
//    person's office there).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using json = nlohmann::json;
using test::GroupCase;
using test::parse;

// ---- a head written once over places of two levels -----------------------------------------------

TEST(PlanPatterns26, HeadSharedByPlacesOfASecondLevelAfterCac) {
  const GroupCase cases[] = {
      {"procuracies: a city, then districts after \"và các huyện\"",
       "Sáng 3/3/2024, Cụm thi đua số 2 gồm Viện kiểm sát nhân dân thành phố Bảo Lộc và các huyện Di Linh, Lâm Hà, "
       "Đức Trọng tổ chức ký kết giao ước thi đua năm 2024.",
       {"Viện kiểm sát nhân dân thành phố Bảo Lộc", "Viện kiểm sát nhân dân huyện Di Linh",
        "Viện kiểm sát nhân dân huyện Lâm Hà", "Viện kiểm sát nhân dân huyện Đức Trọng"},
       "",
       ""},
      {"courts written short, a town and then districts, the last joined by \"và\"",
       "Ngày 20/2/2023, Cụm thi đua số 4 gồm 5 đơn vị: TAND thị xã Ba Đồn và các huyện Tuyên Hóa, Minh Hóa, Quảng "
       "Trạch và Bố Trạch đã ký kết giao ước thi đua.",
       {"TAND thị xã Ba Đồn", "TAND huyện Tuyên Hóa", "TAND huyện Minh Hóa", "TAND huyện Quảng Trạch",
        "TAND huyện Bố Trạch"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) test::expect_group(c);
}

// ---- a counted head, the levels listed together ----------------------------------------------------

TEST(PlanPatterns26, CountedHeadOverSeveralLevelsTakesEachNamesOwnLevel) {
  const GroupCase cases[] = {
      {"the level of each name from its other mention",
       "Cụm thi đua số 3 bao gồm 4 VKSND các huyện, thị xã, thành phố: Tân Uyên, Phú Giáo, Bến Cát và Dầu Tiếng. "
       "Dự hội nghị có lãnh đạo VKSND thị xã Tân Uyên, thành phố Bến Cát, huyện Phú Giáo và huyện Dầu Tiếng.",
       {"VKSND thị xã Tân Uyên", "VKSND huyện Phú Giáo", "VKSND thành phố Bến Cát", "VKSND huyện Dầu Tiếng"},
       "",
       ""},
      {"no other mention: the first level listed",
       "Khối thi đua số 2 gồm 3 BHXH các huyện, thị xã: Kỳ Anh, Cẩm Xuyên và Thạch Hà ký giao ước thi đua năm 2022.",
       {"BHXH huyện Kỳ Anh", "BHXH huyện Cẩm Xuyên", "BHXH huyện Thạch Hà"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) test::expect_group(c);
}

// ---- roles given to a unit ---------------------------------------------------------------------------

TEST(PlanPatterns26, UnitAppointedToTheRole) {
  const GroupCase cases[] = {
      {"\"được chỉ định là Cụm trưởng\", the deputy by a copula after a comma",
       "Cụm thi đua số 5 gồm VKSND các huyện Hàm Tân, Đức Linh và Tánh Linh. Trong đó VKSND huyện Đức Linh được "
       "chỉ định là Cụm trưởng, VKSND huyện Tánh Linh là Cụm phó.",
       {"VKSND huyện Hàm Tân", "VKSND huyện Đức Linh", "VKSND huyện Tánh Linh"},
       "VKSND huyện Đức Linh",
       "VKSND huyện Tánh Linh"},
      {"the social insurance of a province elected leader for the year",
       "Ngày 12/1/2024, Cụm thi đua số 3 Bảo hiểm xã hội Việt Nam gồm 4 tỉnh: Hà Giang, Tuyên Quang, Yên Bái và Lào "
       "Cai tổ chức hội nghị. Các đơn vị đã bầu BHXH tỉnh Yên Bái làm Cụm trưởng.",
       {"tỉnh Hà Giang", "tỉnh Tuyên Quang", "tỉnh Yên Bái", "tỉnh Lào Cai"},
       "BHXH tỉnh Yên Bái",
       ""},
  };
  for (const GroupCase& c : cases) test::expect_group(c);
}

// ---- a cluster of a parent body's provincial units, listed as places ----------------------------------

TEST(PlanPatterns26, ParentBodyAfterTheGroupMakesItsPlacesMembers) {
  const GroupCase cases[] = {
      {"the parent body right after the group's number",
       "Ngày 8/12/2024, Cụm thi đua số 4 Hội Nông dân Việt Nam gồm các tỉnh: Quảng Bình, Quảng Trị, Thừa Thiên Huế "
       "và thành phố Đà Nẵng tổng kết phong trào thi đua năm 2024.",
       {"tỉnh Quảng Bình", "tỉnh Quảng Trị", "tỉnh Thừa Thiên Huế", "thành phố Đà Nẵng"},
       "",
       ""},
      {"the parent body after a comma",
       "Sáng 15/11/2023, Cụm thi đua số 1, Hội Cựu chiến binh Việt Nam gồm 4 tỉnh: Sơn La, Điện Biên, Lai Châu và "
       "Hòa Bình tổ chức hội nghị tổng kết.",
       {"tỉnh Sơn La", "tỉnh Điện Biên", "tỉnh Lai Châu", "tỉnh Hòa Bình"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) test::expect_group(c);
}

// A police cluster named by its provinces stays the provinces' police.
TEST(PlanPatterns26, PoliceClusterOfProvincesStaysPolice) {
  const json r = parse(
      "Ngày 5/3/2024, Cụm thi đua số 6 gồm Công an các tỉnh: Gia Lai, Kon Tum và Đắk Lắk ký kết giao ước thi đua.");
  EXPECT_EQ(test::strings(r["group"]["members"]),
            (test::Strings{"Công an tỉnh Gia Lai", "Công an tỉnh Kon Tum", "Công an tỉnh Đắk Lắk"}));
}

// ---- units in a bracket after the group; the kind with its short words -----------------------------

TEST(PlanPatterns26, UnitsInABracketAfterTheGroup) {
  const GroupCase cases[] = {
      {"numbered wards under one level",
       "Sáng 6/10/2023, Cụm thi đua 2 (Hội Nông dân Phường 4, 5, 8 và 9) tổ chức hội nghị sơ kết 9 tháng.",
       {"Hội Nông dân Phường 4", "Hội Nông dân Phường 5", "Hội Nông dân Phường 8", "Hội Nông dân Phường 9"},
       "",
       ""},
      {"named communes, each with its level",
       "Ngày 2/3/2022, Cụm thi đua số 6 (Đoàn Thanh niên xã Hòa Bắc, xã Hòa Ninh và xã Hòa Phú) ký giao ước thi đua.",
       {"Đoàn Thanh niên xã Hòa Bắc", "Đoàn Thanh niên xã Hòa Ninh", "Đoàn Thanh niên xã Hòa Phú"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) test::expect_group(c);
}

TEST(PlanPatterns26, KindWithItsShortWordsBeforeTheColon) {
  const GroupCase cases[] = {
      {"a name that opens with the kind's first word stays a name",
       "Ngày 20/9/2024, Cụm thi đua số 3 gồm các Trường THCS: Lê Lợi, Trường Sơn, Kim Đồng và Chu Văn An đã ký kết "
       "giao ước thi đua năm học 2024 - 2025.",
       {"Trường THCS Lê Lợi", "Trường THCS Trường Sơn", "Trường THCS Kim Đồng", "Trường THCS Chu Văn An"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) test::expect_group(c);
}

// ---- a role written head first in a bracket after a person's office ---------------------------------

TEST(PlanPatterns26, HeadFirstRoleInABracketAfterAnOffice) {
  const json r = parse(
      "Sáng 18/7/2023, Khối thi đua các sở, ngành nội chính tổ chức hội nghị sơ kết 6 tháng đầu năm. Ông Trần Văn "
      "Hải, Giám đốc Sở Tư pháp (Trưởng khối) chủ trì hội nghị; bà Lê Thị Hoa, Chánh Thanh tra tỉnh (Phó Trưởng "
      "khối) báo cáo kết quả.");
  const json* hai = test::person(r, "Trần Văn Hải");
  ASSERT_NE(hai, nullptr);
  EXPECT_EQ((*hai)["position"], "Giám đốc Sở Tư pháp, Trưởng khối");
  const json* hoa = test::person(r, "Lê Thị Hoa");
  ASSERT_NE(hoa, nullptr);
  EXPECT_EQ((*hoa)["position"], "Chánh Thanh tra tỉnh, Phó Trưởng khối");
  EXPECT_EQ(r["group"]["leader"], "Sở Tư pháp");
}

// ---- the group's name: a bare level after a description -------------------------------------------

TEST(PlanPatterns26, BareLevelAfterAGroupsDescriptionIsNotItsName) {
  const json r = parse("Chiều 12/7/2022, Khối thi đua Kinh tế - kỹ thuật tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm.");
  // (s28-members) The closing level stays, as the Conventions write it since session 27.
  EXPECT_EQ(r["group"]["name"], "Khối thi đua Kinh tế - kỹ thuật tỉnh");
  const json body = parse("Sáng 3/3/2021, Khối thi đua Hội Nông dân huyện tổ chức ký kết giao ước thi đua năm 2021.");
  EXPECT_EQ(body["group"]["name"], "Khối thi đua Hội Nông dân huyện");
}

// ---- organisers: the group with its owner, then its members -------------------------------------------

TEST(PlanPatterns26, GroupWithALongOwnerNameThenItsMembersOrganisesAlone) {
  const json r = parse(
      "Ngày 10/3/2023, Cụm thi đua số 2 Hội Liên hiệp Phụ nữ tỉnh Thừa Thiên Huế, gồm Hội Liên hiệp Phụ nữ huyện "
      "Phong Điền và các huyện Quảng Điền, Phú Vang long trọng tổ chức hội nghị ký kết giao ước thi đua năm 2023.");
  ASSERT_EQ(r["organizers"].size(), 1u) << r["organizers"];
  EXPECT_EQ(r["organizers"][0].get<std::string>().rfind("Cụm thi đua số 2", 0), 0u) << r["organizers"];
}

// ---- organisers: "dưới sự chủ trì của" -----------------------------------------------------------

TEST(PlanPatterns26, BodiesChairingAMeetingWithNoSubjectHoldIt) {
  const json one = parse(
      "Sáng 14/6/2024, hội nghị sơ kết phong trào toàn dân bảo vệ an ninh Tổ quốc 6 tháng đầu năm đã diễn ra tại hội "
      "trường UBND huyện Đông Hưng, dưới sự chủ trì của Công an huyện Đông Hưng.");
  EXPECT_EQ(test::strings(one["organizers"]), (test::Strings{"Công an huyện Đông Hưng"}));
  const json two = parse(
      "Chiều 9/1/2025, lễ ký kết giao ước thi đua năm 2025 được tổ chức tại xã Tân Lập dưới sự chủ trì của UBND xã "
      "Tân Lập và Ủy ban MTTQ Việt Nam xã Tân Lập.");
  EXPECT_EQ(test::strings(two["organizers"]), (test::Strings{"UBND xã Tân Lập", "Ủy ban MTTQ Việt Nam xã Tân Lập"}));
  // A person chairs: no body is read from the office.
  const json person = parse(
      "Sáng 20/3/2024, hội nghị triển khai phong trào thi đua năm 2024 diễn ra tại hội trường tỉnh dưới sự chủ trì "
      "của Phó Chủ tịch UBND tỉnh.");
  EXPECT_TRUE(person["organizers"].empty()) << person["organizers"];
}

}  // namespace
}  // namespace thidua::text::plan
