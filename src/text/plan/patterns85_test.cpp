// Session 25 (issue 14, s25-members): group lists as the former held-out eval6 texts write them, each
// failure read as a shape of administrative prose (where the list sits, what heads it, how its items
// share the head, what closes it) and tested on sentences of that shape written for these tests in
// other sectors, labelled by the Conventions (Group) before the run. Every positive case fails without
// its rule; the negatives hold with and without it.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_group;
using test::GroupCase;

// A body's short name written once for the places after it ("TAND các tỉnh: A, B", "BĐBP các tỉnh"),
// in a text that writes the name out elsewhere (the group's owner, a bracket defining the short form):
// each member is the unit in full, in the text's own words. Kept as written when the text never writes
// it out (ben-tre-2024-courts-cum9 and cum1-2022-border-guards against an-giang-2023-procuracy's
// "VKSND huyện …"), and for the usual short names the Conventions keep ("UBND").
TEST(PlanPatterns85, AShortHeadTheTextWritesOutIsWrittenOut) {
  const GroupCase cases[] = {
      {"courts: the group's owner written out, the list's head short",
       "Cụm thi đua số 5 Tòa án nhân dân tổ chức hội nghị sơ kết năm 2024. Tham dự có lãnh đạo TAND các tỉnh: "
       "Hà Giang, Tuyên Quang, Yên Bái và Lào Cai.",
       {"Tòa án nhân dân tỉnh Hà Giang", "Tòa án nhân dân tỉnh Tuyên Quang", "Tòa án nhân dân tỉnh Yên Bái",
        "Tòa án nhân dân tỉnh Lào Cai"},
       "",
       ""},
      {"border guards: the short form defined in a bracket",
       "Ngày 5/3, tại Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh Cà Mau, Cụm thi đua số 4 gồm BĐBP các tỉnh: Cà Mau, "
       "Kiên Giang, Bạc Liêu, Sóc Trăng tổ chức ký kết giao ước thi đua năm 2023.",
       {"Bộ đội Biên phòng tỉnh Cà Mau", "Bộ đội Biên phòng tỉnh Kiên Giang", "Bộ đội Biên phòng tỉnh Bạc Liêu",
        "Bộ đội Biên phòng tỉnh Sóc Trăng"},
       "",
       ""},
      {"labour unions: the parent union written out",
       "Cụm thi đua số 2 của Liên đoàn Lao động tỉnh Nghệ An gồm LĐLĐ các huyện: Nghi Lộc, Hưng Nguyên, Nam Đàn, "
       "Thanh Chương tổ chức hội nghị ký kết giao ước thi đua năm 2022.",
       {"Liên đoàn Lao động huyện Nghi Lộc", "Liên đoàn Lao động huyện Hưng Nguyên", "Liên đoàn Lao động huyện Nam Đàn",
        "Liên đoàn Lao động huyện Thanh Chương"},
       "",
       ""},
      {"no full form in the text: kept as written",
       "Cụm thi đua số 1 gồm VKSND các huyện: Phú Tân, Châu Thành, Chợ Mới tổ chức hội nghị ký kết giao ước thi đua "
       "năm 2023.",
       {"VKSND huyện Phú Tân", "VKSND huyện Châu Thành", "VKSND huyện Chợ Mới"},
       "",
       ""},
      {"a usual short name stays short though the text writes it out",
       "Cụm thi đua số 3 gồm UBND các xã: Tân An, Tân Hòa, Tân Lập tổ chức ký kết giao ước thi đua năm 2021. Ủy ban "
       "nhân dân huyện chỉ đạo các xã thực hiện.",
       {"UBND xã Tân An", "UBND xã Tân Hòa", "UBND xã Tân Lập"},
       "",
       ""},
  };
  for (const auto& c : cases) expect_group(c);
}

// A listed body marked in a bracket as the event's guest ("(khách mời)", "(đơn vị khách mời)") is no
// member (ben-tre-2024-courts-cum9's "… Bến Tre và Sóc Trăng (khách mời)").
TEST(PlanPatterns85, AGuestInTheListIsNoMember) {
  const GroupCase cases[] = {
      {"courts, the last place a guest",
       "Cụm thi đua số 9 Tòa án nhân dân tổ chức hội thao có 6 đoàn tham dự của TAND các tỉnh: Tiền Giang, Trà Vinh, "
       "Vĩnh Long, Bến Tre và Sóc Trăng (khách mời).",
       {"Tòa án nhân dân tỉnh Tiền Giang", "Tòa án nhân dân tỉnh Trà Vinh", "Tòa án nhân dân tỉnh Vĩnh Long",
        "Tòa án nhân dân tỉnh Bến Tre"},
       "",
       ""},
      {"veterans, a guest unit",
       "Khối thi đua số 2 gồm Hội Cựu chiến binh các huyện: Lục Ngạn, Lục Nam, Yên Thế và Lạng Giang (đơn vị khách "
       "mời) tổ chức ký kết giao ước thi đua năm 2020.",
       {"Hội Cựu chiến binh huyện Lục Ngạn", "Hội Cựu chiến binh huyện Lục Nam", "Hội Cựu chiến binh huyện Yên Thế"},
       "",
       ""},
  };
  for (const auto& c : cases) expect_group(c);
}

// A place's second syllable written in lower case by a slip ("An lão", "Định quán"), between a name
// of one word and the list's next separator, is of the name (binh-dinh-2018-labour-unions-cum1's "LĐLĐ
// các huyện Hoài Nhơn, Hoài Ân, An lão, Phù Mỹ, Phù Cát", read to "An" and cut there). Not a verb
// closing the list ("… và Lợi ký, cam kết …": no place follows the comma).
TEST(PlanPatterns85, APlacesSyllableInLowerCaseInAListIsOfTheName) {
  const GroupCase cases[] = {
      {"farmers' unions, no colon",
       "Cụm thi đua số 1 gồm Hội Nông dân các huyện Hoài Nhơn, Hoài Ân, An lão, Phù Mỹ tổ chức hội nghị triển khai "
       "năm 2018.",
       {"Hội Nông dân huyện Hoài Nhơn", "Hội Nông dân huyện Hoài Ân", "Hội Nông dân huyện An Lão",
        "Hội Nông dân huyện Phù Mỹ"},
       "",
       ""},
      {"health centres, after a colon",
       "Khối thi đua số 4 gồm Trung tâm Y tế các huyện: Tân Phú, Định quán, Xuân Lộc và Cẩm Mỹ tổ chức ký kết giao ước "
       "thi đua năm 2020.",
       {"Trung tâm Y tế huyện Tân Phú", "Trung tâm Y tế huyện Định Quán", "Trung tâm Y tế huyện Xuân Lộc",
        "Trung tâm Y tế huyện Cẩm Mỹ"},
       "",
       ""},
      {"youth unions, before 'và'",
       "Cụm thi đua số 3 gồm Đoàn Thanh niên các xã: Hòa, Phú lộc và Tân Hội tổ chức lễ ra quân năm 2021.",
       {"Đoàn Thanh niên xã Hòa", "Đoàn Thanh niên xã Phú Lộc", "Đoàn Thanh niên xã Tân Hội"},
       "",
       ""},
      {"a verb after the last place, a clause after the comma",
       "Cụm thi đua số 6 gồm Hội Phụ nữ các xã: Tân Hòa, Hòa An và Lợi ký, cam kết thực hiện phong trào năm 2022.",
       {"Hội Phụ nữ xã Tân Hòa", "Hội Phụ nữ xã Hòa An", "Hội Phụ nữ xã Lợi"},
       "",
       ""},
  };
  for (const auto& c : cases) expect_group(c);
}

// A body's head before the province's rank written as its two levels ("các tỉnh, thành phố:", "các
// tỉnh, thành:") and one list of places, roles in brackets: each place's body, with its own level (a
// centrally-run city a city), and the roles (dong-nai-2024-lawyers-associations-cum4: one bare "Hội
// Luật gia" read before, ten members lost). Not the two levels with no places after them.
TEST(PlanPatterns85, ABodyOfTheProvincesAndCitiesListedByPlace) {
  const GroupCase cases[] = {
      {"lawyers' associations, roles in brackets",
       "Khối thi đua số 4 gồm Hội Luật gia các tỉnh, thành phố: Cần Thơ (Cụm trưởng), Hậu Giang (Cụm phó), Sóc Trăng, "
       "Bạc Liêu, Cà Mau tổ chức hội nghị tổng kết năm 2022.",
       {"Hội Luật gia thành phố Cần Thơ", "Hội Luật gia tỉnh Hậu Giang", "Hội Luật gia tỉnh Sóc Trăng",
        "Hội Luật gia tỉnh Bạc Liêu", "Hội Luật gia tỉnh Cà Mau"},
       "Hội Luật gia thành phố Cần Thơ",
       "Hội Luật gia tỉnh Hậu Giang"},
      {"justice departments, 'tỉnh, thành:'",
       "Ngày 10/1, Cụm thi đua số 3 gồm Sở Tư pháp các tỉnh, thành: Đà Nẵng, Quảng Nam, Quảng Ngãi và Bình Định tổ "
       "chức ký kết giao ước thi đua năm 2024.",
       {"Sở Tư pháp thành phố Đà Nẵng", "Sở Tư pháp tỉnh Quảng Nam", "Sở Tư pháp tỉnh Quảng Ngãi",
        "Sở Tư pháp tỉnh Bình Định"},
       "",
       ""},
      {"police: the city among the provinces is a city",
       "Cụm thi đua số 1 gồm Công an các tỉnh, thành phố: Hải Phòng, Quảng Ninh, Hải Dương, Thái Bình tổ chức ký kết "
       "giao ước thi đua năm 2020.",
       {"Công an thành phố Hải Phòng", "Công an tỉnh Quảng Ninh", "Công an tỉnh Hải Dương", "Công an tỉnh Thái Bình"},
       "",
       ""},
      {"political schools, the leader last",
       "Khối thi đua các trường chính trị gồm Trường Chính trị các tỉnh, thành phố: Cần Thơ, Vĩnh Long, Trà Vinh (Khối "
       "trưởng) tổng kết năm học.",
       {"Trường Chính trị thành phố Cần Thơ", "Trường Chính trị tỉnh Vĩnh Long", "Trường Chính trị tỉnh Trà Vinh"},
       "Trường Chính trị tỉnh Trà Vinh",
       ""},
      {"the two levels, no places",
       "Cụm thi đua số 2 gồm Hội Nông dân các tỉnh, thành phố trong khu vực đã ký kết giao ước thi đua năm 2021.",
       {},
       "",
       ""},
  };
  for (const auto& c : cases) expect_group(c);
}

// The places' bodies listed after what the group is made of ("… gồm Hội Luật gia các tỉnh, thành phố:
// A, B … tổng kết") are its members, not the subject of its verb: none organises.
TEST(PlanPatterns85, BodiesListedAfterGomDoNotOrganise) {
  const nlohmann::json r = test::parse(
      "Ngày 15/11, Hội Khuyến học Cụm thi đua 3 gồm Hội Khuyến học các tỉnh, thành phố: Cần Thơ (Cụm trưởng), Hậu "
      "Giang, Sóc Trăng, Bạc Liêu tổng kết phong trào thi đua năm 2024 tại thành phố Cần Thơ.");
  ASSERT_TRUE(r["organizers"].is_array());
  for (const auto& o : r["organizers"]) EXPECT_EQ(o.get<std::string>().find("tỉnh"), std::string::npos) << o;
  EXPECT_EQ(test::strings(r["group"]["members"]),
            (test::Strings{"Hội Khuyến học thành phố Cần Thơ", "Hội Khuyến học tỉnh Hậu Giang",
                           "Hội Khuyến học tỉnh Sóc Trăng", "Hội Khuyến học tỉnh Bạc Liêu"}));
}

// A body's head (after a count and "đơn vị"), "các" and a level with words describing the places, then
// "là" and the places — with their level or not, the first written with the head again or not, roles in
// brackets: each place's body (can-tho-2023-information-cum1's "5 sở TT&TT các thành phố trực thuộc Trung
// ương là TP Hồ Chí Minh, …", read as "TT&TT các thành phố … là thành phố Hồ Chí Minh", "TP Cần Thơ", …;
// cum12-2017-fire-police-coastal's "8 đơn vị Cảnh sát PCCC các tỉnh ven biển là Cảnh sát PCCC tỉnh
// Thanh Hóa (đơn vị Cụm trưởng), tỉnh Khánh Hóa (đơn vị Cụm phó), …", lost). Not "là" before what the
// places are ("là địa bàn trọng điểm", "là Lực lượng nòng cốt", "là những đơn vị …").
TEST(PlanPatterns85, ABodyOfPlacesDescribedThenNamedAfterLa) {
  const GroupCase cases[] = {
      {"health departments, each place with its level",
       "Cụm thi đua số 2 gồm 4 sở Y tế các tỉnh Tây Nguyên là tỉnh Kon Tum, tỉnh Gia Lai, tỉnh Đắk Lắk và tỉnh Lâm "
       "Đồng tổ chức ký kết giao ước thi đua năm 2023.",
       {"Sở Y tế tỉnh Kon Tum", "Sở Y tế tỉnh Gia Lai", "Sở Y tế tỉnh Đắk Lắk", "Sở Y tế tỉnh Lâm Đồng"},
       "",
       ""},
      {"justice departments of the central cities, 'TP' before each",
       "Cụm thi đua số 1 gồm 5 sở Tư pháp các thành phố trực thuộc Trung ương là TP Hà Nội, TP Hải Phòng, TP Đà Nẵng, "
       "TP Cần Thơ và TP Hồ Chí Minh. Sở Tư pháp TP Đà Nẵng là Cụm trưởng năm 2023.",
       {"Sở Tư pháp thành phố Hà Nội", "Sở Tư pháp thành phố Hải Phòng", "Sở Tư pháp thành phố Đà Nẵng",
        "Sở Tư pháp thành phố Cần Thơ", "Sở Tư pháp thành phố Hồ Chí Minh"},
       "Sở Tư pháp thành phố Đà Nẵng",
       ""},
      {"fire police, the first with the head again, roles in brackets",
       "Cụm thi đua số 12 gồm 5 đơn vị Cảnh sát PCCC các tỉnh miền Trung là Cảnh sát PCCC tỉnh Quảng Nam (đơn vị Cụm "
       "trưởng), tỉnh Quảng Ngãi (đơn vị Cụm phó), tỉnh Bình Định, tỉnh Phú Yên, tỉnh Khánh Hòa.",
       {"Cảnh sát PCCC tỉnh Quảng Nam", "Cảnh sát PCCC tỉnh Quảng Ngãi", "Cảnh sát PCCC tỉnh Bình Định",
        "Cảnh sát PCCC tỉnh Phú Yên", "Cảnh sát PCCC tỉnh Khánh Hòa"},
       "Cảnh sát PCCC tỉnh Quảng Nam",
       "Cảnh sát PCCC tỉnh Quảng Ngãi"},
      {"colleges, bare places",
       "Khối thi đua số 3 gồm 3 trường Cao đẳng Sư phạm các tỉnh Bắc Trung Bộ là Thanh Hóa, Nghệ An và Hà Tĩnh tổng kết "
       "năm học 2019 - 2020.",
       {"Trường Cao đẳng Sư phạm tỉnh Thanh Hóa", "Trường Cao đẳng Sư phạm tỉnh Nghệ An",
        "Trường Cao đẳng Sư phạm tỉnh Hà Tĩnh"},
       "",
       ""},
      {"'là' before what the places are",
       "Cụm thi đua số 3 gồm Công an các tỉnh miền Trung là địa bàn trọng điểm về thiên tai, đã ký kết giao ước thi đua "
       "năm 2020.",
       {},
       "",
       ""},
      {"'là' before a capitalised description",
       "Cụm thi đua số 5 gồm 4 đơn vị Công an các tỉnh Tây Nguyên là Lực lượng nòng cốt bảo vệ an ninh vùng biên giới, "
       "đã ký kết giao ước thi đua năm 2020.",
       {},
       "",
       ""},
      {"'là những đơn vị …'",
       "Khối thi đua số 2 gồm Hội Nông dân các huyện miền núi là những đơn vị có nhiều khó khăn, đã ký kết giao ước thi "
       "đua năm 2020.",
       {},
       "",
       ""},
  };
  for (const auto& c : cases) expect_group(c);
}

// A role's unit read short of the place written after it by a short level ("Trung tâm Y tế TX Cai
// Lậy là Khối trưởng", can-tho-2023's "Sở TT&TT TP Cần Thơ là Cụm trưởng" read as "Sở TT&TT"): the
// listed member of that place, the role the one right after it in a sentence giving two.
TEST(PlanPatterns85, ARolesUnitWithItsPlaceIsThatPlacesMember) {
  const GroupCase cases[] = {
      {"health centres, two roles in one sentence",
       "Khối thi đua số 6 gồm Trung tâm Y tế các huyện: Cai Lậy, Cái Bè, Châu Thành. Trung tâm Y tế huyện Cái Bè là Khối "
       "phó, Trung tâm Y tế TX Cai Lậy là Khối trưởng năm 2022.",
       {"Trung tâm Y tế huyện Cai Lậy", "Trung tâm Y tế huyện Cái Bè", "Trung tâm Y tế huyện Châu Thành"},
       "Trung tâm Y tế huyện Cai Lậy",
       "Trung tâm Y tế huyện Cái Bè"},
  };
  for (const auto& c : cases) expect_group(c);
}

// Localities counted stand for provinces ("Cảnh sát PCCC 8 địa phương A, B", "Hội Nông dân 5 địa phương:
// A, B"), the head's short form in brackets before the count is no part of a member, and such a list
// opening the sentence or a clause after a comma, right before "thuộc" and the group, is the group's
// (nha-trang-2018-fire-police-cum12's "Cảnh sát phòng cháy chữa cháy và cứu nạn cứu hộ (PCCC-CNCH) 8 địa
// phương Quảng Ninh, …, Bà Rịa – Vũng Tàu thuộc cụm thi đua số 12", lost). A count of localities with
// no places after it lists nothing.
TEST(PlanPatterns85, ABodyOfCountedLocalitiesBeforeItsGroup) {
  const GroupCase cases[] = {
      {"traffic police, a short form in brackets, before 'thuộc'",
       "Tại Đà Nẵng, Cảnh sát giao thông (CSGT) 5 địa phương Quảng Nam, Quảng Ngãi, Đà Nẵng, Thừa Thiên Huế, Quảng Trị "
       "thuộc cụm thi đua số 6 đã tổ chức hội nghị ký kết giao ước thi đua năm 2019.",
       {"Cảnh sát giao thông tỉnh Quảng Nam", "Cảnh sát giao thông tỉnh Quảng Ngãi", "Cảnh sát giao thông thành phố Đà Nẵng",
        "Cảnh sát giao thông tỉnh Thừa Thiên Huế", "Cảnh sát giao thông tỉnh Quảng Trị"},
       "",
       ""},
      {"farmers' unions after 'gồm', a colon",
       "Cụm thi đua số 3 gồm Hội Nông dân 5 địa phương: Quảng Ninh, Nghệ An, Thanh Hóa, Đà Nẵng, Bình Định tổ chức ký kết "
       "giao ước thi đua năm 2018.",
       {"Hội Nông dân tỉnh Quảng Ninh", "Hội Nông dân tỉnh Nghệ An", "Hội Nông dân tỉnh Thanh Hóa",
        "Hội Nông dân thành phố Đà Nẵng", "Hội Nông dân tỉnh Bình Định"},
       "",
       ""},
      {"fire police of four provinces before 'thuộc', not the police",
       "Tại Nha Trang, Cảnh sát PCCC 4 tỉnh Quảng Ninh, Nghệ An, Thanh Hóa, Quảng Ngãi thuộc Cụm thi đua số 12 tổ chức ký "
       "kết giao ước thi đua năm 2018.",
       {"Cảnh sát PCCC tỉnh Quảng Ninh", "Cảnh sát PCCC tỉnh Nghệ An", "Cảnh sát PCCC tỉnh Thanh Hóa",
        "Cảnh sát PCCC tỉnh Quảng Ngãi"},
       "",
       ""},
      {"political schools",
       "Sáng 5/4, Trường Chính trị (TCT) 4 địa phương Cần Thơ, Hậu Giang, Sóc Trăng, Bạc Liêu thuộc Cụm thi đua số 7 đã "
       "ký kết giao ước thi đua năm 2022.",
       {"Trường Chính trị thành phố Cần Thơ", "Trường Chính trị tỉnh Hậu Giang", "Trường Chính trị tỉnh Sóc Trăng",
        "Trường Chính trị tỉnh Bạc Liêu"},
       "",
       ""},
      {"localities counted, no places",
       "Đại diện Cảnh sát PCCC 8 địa phương thuộc Cụm thi đua số 12 đã ký kết giao ước thi đua năm 2018.",
       {},
       "",
       ""},
  };
  for (const auto& c : cases) expect_group(c);
}

// A person holding the group's role names their unit; an office whose title's last words open the name
// of the body it heads ("Phó Chánh Văn phòng UBND tỉnh", "Trưởng ban Tuyên giáo Huyện ủy", "Chánh
// Thanh tra tỉnh A") names that body, not the one it serves (tra-vinh-2019-province-offices-khoi5's
// leader read as "UBND tỉnh"). Not other offices ("Giám đốc Sở Tư pháp": the department).
TEST(PlanPatterns85, AnOfficeHeadingABodyNamesThatBody) {
  const GroupCase cases[] = {
      {"the office of a province's committee",
       "Chiều 7/3/2019, Khối thi đua số 5 tổ chức hội nghị tổng kết năm 2018. Đồng chí Nguyễn Văn An – Phó Chánh Văn "
       "phòng UBND tỉnh, Khối trưởng Khối thi đua số 5 chủ trì hội nghị.",
       {},
       "Văn phòng UBND tỉnh",
       ""},
      {"a Party committee's board",
       "Ngày 12/1/2022, Cụm thi đua số 2 tổ chức ký kết giao ước thi đua năm 2022. Bà Lê Thị Hoa, Trưởng ban Tuyên giáo "
       "Huyện ủy, Cụm trưởng Cụm thi đua số 2 phát biểu khai mạc.",
       {},
       "Ban Tuyên giáo Huyện ủy",
       ""},
      {"a province's inspectorate, the deputy",
       "Ngày 20/2/2023, Khối thi đua số 3 tổ chức ký kết giao ước thi đua năm 2023. Ông Trần Văn Bình, Chánh Thanh tra "
       "tỉnh Long An, Khối phó Khối thi đua số 3 thông qua quy chế.",
       {},
       "",
       "Thanh tra tỉnh Long An"},
      {"a department's director: the department",
       "Ngày 20/2/2023, Khối thi đua số 4 tổ chức ký kết giao ước thi đua năm 2023. Ông Phạm Văn Cường, Giám đốc Sở Tư "
       "pháp, Khối trưởng Khối thi đua số 4 phát biểu.",
       {},
       "Sở Tư pháp",
       ""},
  };
  for (const auto& c : cases) expect_group(c);
}

// The stop of a level written short inside a list ("Trường Đại học Luật TP. Hồ Chí Minh", "Bệnh viện Đa
// khoa TP. Cần Thơ") ends no list (gia-lai-2026-colleges-khoi7's nine bodies, its eighth "Phân hiệu
// Trường Đại học Nông lâm TP. Hồ Chí Minh tại Gia Lai", cut at "TP." to six). A list closed by "TP." before
// a new sentence still ends there.
TEST(PlanPatterns85, AShortLevelsStopEndsNoList) {
  const GroupCase cases[] = {
      {"colleges and a branch campus",
       "Khối thi đua số 2 có 4 đơn vị: Trường Đại học An Giang, Phân hiệu Trường Đại học Luật TP. Hồ Chí Minh tại Vĩnh "
       "Long, Trường Cao đẳng Y tế Cần Thơ, Trường Cao đẳng Kinh tế - Kỹ thuật Cần Thơ.",
       {"Trường Đại học An Giang", "Phân hiệu Trường Đại học Luật thành phố Hồ Chí Minh tại Vĩnh Long",
        "Trường Cao đẳng Y tế Cần Thơ", "Trường Cao đẳng Kinh tế - Kỹ thuật Cần Thơ"},
       "",
       ""},
      {"hospitals",
       "Cụm thi đua số 4 gồm 3 đơn vị: Bệnh viện Nhi đồng TP. Cần Thơ, Bệnh viện Đa khoa TP. Cần Thơ và Trung tâm Y tế "
       "quận Ninh Kiều.",
       {"Bệnh viện Nhi đồng thành phố Cần Thơ", "Bệnh viện Đa khoa thành phố Cần Thơ", "Trung tâm Y tế quận Ninh Kiều"},
       "",
       ""},
      {"companies",
       "Cụm thi đua số 4 gồm: Công ty Điện lực TP. Hải Phòng, Công ty Cấp nước Hải Phòng, Công ty Thoát nước Hải Phòng, "
       "Công ty Môi trường đô thị Hải Phòng tổ chức ký kết.",
       {"Công ty Điện lực thành phố Hải Phòng", "Công ty Cấp nước Hải Phòng", "Công ty Thoát nước Hải Phòng",
        "Công ty Môi trường đô thị Hải Phòng"},
       "",
       ""},
      {"'TP.' closing the list before a new sentence",
       "Ngày 5/3/2021, Khối thi đua số 1 gồm: Sở Y tế, Sở Tư pháp và Văn phòng UBND TP. Sau đó các đơn vị ký kết giao ước "
       "thi đua năm 2021.",
       {"Sở Y tế", "Sở Tư pháp", "Văn phòng UBND thành phố"},
       "",
       ""},
  };
  for (const auto& c : cases) expect_group(c);
}

// A group holding its event whose name closes with a place and its level ("Khối thi đua các hội đặc thù
// tỉnh Bình Định tổ chức …") names the text's place of that level: its members written with the bare
// level ("Hội Nhà báo tỉnh") are that place's, as the Conventions complete a unit's level
// (focus/contents khanh-hoa-2024-front-unions' six members "… tỉnh" of "Khối thi đua MTTQ và các tổ chức
// chính trị - xã hội tỉnh Khánh Hòa"). A group named without a place completes nothing.
TEST(PlanPatterns85, TheGroupsOwnPlaceCompletesItsMembersLevels) {
  const GroupCase cases[] = {
      {"a province's associations",
       "Ngày 5/3/2022, Khối thi đua các hội đặc thù tỉnh Bình Định tổ chức ký kết giao ước thi đua năm 2022. Khối thi "
       "đua gồm các đơn vị: Hội Nhà báo tỉnh (Trưởng khối), Hội Luật gia tỉnh, Hội Chữ thập đỏ tỉnh, Hội Khuyến học tỉnh.",
       {"Hội Nhà báo tỉnh Bình Định", "Hội Luật gia tỉnh Bình Định", "Hội Chữ thập đỏ tỉnh Bình Định",
        "Hội Khuyến học tỉnh Bình Định"},
       "Hội Nhà báo tỉnh Bình Định",
       ""},
      {"a district's offices",
       "Ngày 10/1/2024, Khối thi đua các cơ quan huyện Đức Phổ tổ chức ký kết giao ước thi đua năm 2024. Khối thi đua gồm "
       "các đơn vị: Phòng Tư pháp huyện, Phòng Nội vụ huyện, Phòng Y tế huyện.",
       {"Phòng Tư pháp huyện Đức Phổ", "Phòng Nội vụ huyện Đức Phổ", "Phòng Y tế huyện Đức Phổ"},
       "",
       ""},
      {"no place in the group's name",
       "Ngày 5/3/2022, Khối thi đua các hội đặc thù tổ chức ký kết giao ước thi đua năm 2022. Khối thi đua gồm các đơn "
       "vị: Hội Nhà báo tỉnh, Hội Luật gia tỉnh, Hội Chữ thập đỏ tỉnh, Hội Khuyến học tỉnh.",
       {"Hội Nhà báo tỉnh", "Hội Luật gia tỉnh", "Hội Chữ thập đỏ tỉnh", "Hội Khuyến học tỉnh"},
       "",
       ""},
  };
  for (const auto& c : cases) expect_group(c);
}

}  // namespace
}  // namespace thidua::text::plan
