// The seventeenth round of patterns (issue 14): groups of bodies other than the police and the
// roles their units take, and who organises a group's meeting. Every sentence is written for the
// test in the pattern of real articles (none is copied from them):
//  - a mass organisation named short ("Hội CCB") before the places it is of ("Hội CCB các tỉnh
//    A, B, C"): one member per place, the body written before each;
//  - provinces listed in a cluster owned by another body ("Hội Nông dân Việt Nam cụm số 7, gồm các
//    tỉnh: A, B") are places, not their police;
//  - the group named again without "thi đua" ("Cụm thi đua số 3" … "cụm số 3, gồm …");
//  - one place with its level before the places of another level ("gồm TP. A và các huyện: B, C");
//  - the union of science associations of a place ("Liên hiệp Hội tỉnh A") as a body of a place;
//  - a role given for a named year ("B giữ vai trò Cụm trưởng … năm 2024") over the remarks of
//    a list ("A – Cụm trưởng"); a role's unit written without its level is the member listed with
//    it; a standing board's role ("Ban Thường trực Ủy ban MTTQ huyện A - Cụm trưởng") is its body's;
//  - a role written after a person's name ("Chủ tịch Hội Nông dân xã A Trần Văn B, khối trưởng
//    khối số 2") is the role of the unit of the office before the name;
//  - a count of places after the group's head ("Cụm thi đua 5 thành phố trực thuộc Trung ương") is
//    part of its name, not its number;
//  - a conference hall as the place ("tại Trung tâm hội nghị tỉnh", "… Trung tâm hội nghị X");
//  - organisers: the body owning a cluster written between the cluster and "gồm", the unit after
//    "do … làm cụm trưởng" and the units listed are not organisers; the unit "đăng cai tổ chức"
//    is.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_group;
using test::expect_organizers;
using test::GroupCase;
using test::OrganizerCase;

const GroupCase kBodiesOfPlaces[] = {
    {"veterans' associations of provinces named short, a leader after 'do'",
     "Sáng 20/11/2024, Cụm thi đua số 4 Hội Cựu chiến binh Việt Nam gồm Hội CCB các tỉnh Nghệ An, Hà Tĩnh, Quảng "
     "Bình và Quảng Trị do Hội CCB tỉnh Hà Tĩnh làm cụm trưởng tổ chức tổng kết phong trào thi đua năm 2024.",
     {"Hội CCB tỉnh Nghệ An", "Hội CCB tỉnh Hà Tĩnh", "Hội CCB tỉnh Quảng Bình", "Hội CCB tỉnh Quảng Trị"},
     "Hội CCB tỉnh Hà Tĩnh",
     ""},
    {"science unions listed with remarks, the roles of the year given after",
     "Cụm thi đua số 3 Liên hiệp Hội Việt Nam gồm 05 đơn vị: Liên hiệp Hội tỉnh Thanh Hóa – Cụm trưởng, Liên hiệp "
     "Hội tỉnh Nghệ An – Cụm phó, Liên hiệp Hội tỉnh Hà Tĩnh, Liên hiệp Hội tỉnh Quảng Bình và Liên hiệp Hội tỉnh "
     "Quảng Trị. Liên hiệp Hội Nghệ An giữ vai trò Cụm trưởng, Liên hiệp Hội Hà Tĩnh giữ vai trò Cụm phó của Cụm "
     "năm 2023.",
     {"Liên hiệp Hội tỉnh Thanh Hóa", "Liên hiệp Hội tỉnh Nghệ An", "Liên hiệp Hội tỉnh Hà Tĩnh",
      "Liên hiệp Hội tỉnh Quảng Bình", "Liên hiệp Hội tỉnh Quảng Trị"},
     "Liên hiệp Hội tỉnh Nghệ An",
     "Liên hiệp Hội tỉnh Hà Tĩnh"},
    {"remarks of a list without a later year stay",
     "Ngày 5/3/2023, Cụm thi đua số 3 gồm 04 đơn vị: Liên hiệp Hội tỉnh Thanh Hóa – Cụm trưởng, Liên hiệp Hội tỉnh "
     "Nghệ An – Cụm phó, Liên hiệp Hội tỉnh Hà Tĩnh và Liên hiệp Hội tỉnh Quảng Bình ký kết giao ước thi đua.",
     {"Liên hiệp Hội tỉnh Thanh Hóa", "Liên hiệp Hội tỉnh Nghệ An", "Liên hiệp Hội tỉnh Hà Tĩnh",
      "Liên hiệp Hội tỉnh Quảng Bình"},
     "Liên hiệp Hội tỉnh Thanh Hóa",
     "Liên hiệp Hội tỉnh Nghệ An"},
    {"provinces of a cluster owned by a body other than the police are places",
     "Ngày 15-1-2014, tại Hội trường Tỉnh hội, Hội Nông dân Việt Nam cụm số 7, gồm các tỉnh: Cà Mau, Bạc Liêu, Sóc "
     "Trăng, tổ chức hội nghị tổng kết phong trào thi đua năm 2013.",
     {"tỉnh Cà Mau", "tỉnh Bạc Liêu", "tỉnh Sóc Trăng"},
     "",
     ""},
    {"the group named again without 'thi đua' before its list",
     "Ngày 12/3/2020, Cụm thi đua số 3 tổ chức ký kết giao ước thi đua năm 2020. Tham dự có lãnh đạo Hội Nông dân "
     "các xã trong cụm. Hội Nông dân huyện Hòn Đất cụm số 3, gồm các xã: Bình Sơn, Bình Giang, Sơn Kiên, đã thống "
     "nhất nội dung thi đua.",
     {"xã Bình Sơn", "xã Bình Giang", "xã Sơn Kiên"},
     "",
     ""},
    {"one place with its level, then the places of another level listed",
     "Ngày 2/3/2019, Cụm thi đua số 2 (gồm thị xã Buôn Hồ và các huyện: Krông Búk, Krông Năng, Ea H'leo) tổ chức ký "
     "kết giao ước thi đua năm 2019.",
     {"thị xã Buôn Hồ", "huyện Krông Búk", "huyện Krông Năng", "huyện Ea H'leo"},
     "",
     ""},
    {"… read as the police in a text about the police",
     "Ngày 2/3/2019, Công an tỉnh Đắk Lắk tổ chức cho Cụm thi đua số 2 (gồm TP. Buôn Ma Thuột và các huyện: Krông "
     "Búk, Krông Năng, Cư Kuin) ký kết giao ước thi đua năm 2019.",
     {"Công an thành phố Buôn Ma Thuột", "Công an huyện Krông Búk", "Công an huyện Krông Năng", "Công an huyện Cư Kuin"},
     "",
     ""},
    {"a police cluster of the ministry stays the provinces' police",
     "Ngày 19/4/2022, Cụm thi đua số 6 Bộ Công an gồm các tỉnh Gia Lai, Kon Tum, Đắk Lắk tổ chức ký kết giao ước thi "
     "đua năm 2022.",
     {"Công an tỉnh Gia Lai", "Công an tỉnh Kon Tum", "Công an tỉnh Đắk Lắk"},
     "",
     ""},
};

TEST(PlanGroups17, BodiesOfPlacesAndRolesOfTheYear) {
  for (const GroupCase& c : kBodiesOfPlaces) expect_group(c);
}

const GroupCase kRolesOfUnits[] = {
    {"a role after a person's name is the unit's of the office before it",
     "Chiều 12/12/2024, Khối thi đua số 2 Hội Nông dân các xã tổ chức hội nghị tổng kết năm 2024. Chủ tịch Hội Nông "
     "dân xã Tân Hòa Trần Văn Bình, khối trưởng khối số 2, phát biểu khai mạc hội nghị.",
     {},
     "Hội Nông dân xã Tân Hòa",
     ""},
    {"the standing board of a Front takes the role for its committee",
     "Tham dự hội nghị có Ban Thường trực Ủy ban MTTQ Việt Nam 5 huyện trong Cụm thi đua số 3, Ban Thường trực Ủy "
     "ban MTTQ Việt Nam huyện Long Điền - Cụm trưởng Cụm thi đua số 3 chủ trì hội nghị.",
     {},
     "Ủy ban MTTQ Việt Nam huyện Long Điền",
     ""},
};

TEST(PlanGroups17, RolesOfUnitsWrittenThroughPeopleAndBoards) {
  for (const GroupCase& c : kRolesOfUnits) expect_group(c);
}

const OrganizerCase kGroupMeetings[] = {
    {"the leader after 'do' in a list of members: the group organises",
     "Sáng 20/11/2024, Cụm thi đua số 4 Hội Cựu chiến binh Việt Nam gồm Hội CCB các tỉnh Nghệ An, Hà Tĩnh, Quảng "
     "Bình và Quảng Trị do Hội CCB tỉnh Hà Tĩnh làm cụm trưởng tổ chức tổng kết phong trào thi đua năm 2024.",
     {"Cụm thi đua số 4"}},
    {"the body owning the cluster before 'gồm', its units listed: the group signs",
     "Ngày 5/3/2023, Cụm thi đua số 3 Liên hiệp Hội Việt Nam gồm 04 đơn vị: Liên hiệp Hội tỉnh Thanh Hóa, Liên hiệp "
     "Hội tỉnh Nghệ An, Liên hiệp Hội tỉnh Hà Tĩnh và Liên hiệp Hội tỉnh Quảng Bình ký kết giao ước thi đua năm 2023.",
     {"Cụm thi đua số 3"}},
    {"the deputy hosting the group's meeting organises it",
     "Ngày 28/7/2021, UBND tỉnh Vĩnh Long (Cụm phó) Cụm thi đua các tỉnh Tây Nam bộ, đăng cai tổ chức hội nghị sơ "
     "kết 6 tháng đầu năm 2021 của Cụm.",
     {"UBND tỉnh Vĩnh Long"}},
    {"the leader named by its role, not hosting: the group organises",
     "Ngày 28/7/2021, UBND tỉnh Vĩnh Long (Cụm phó) Cụm thi đua các tỉnh Tây Nam bộ tổ chức hội nghị sơ kết 6 "
     "tháng đầu năm 2021.",
     {"Cụm thi đua các tỉnh Tây Nam bộ"}},
};

TEST(PlanGroups17, ACountOfPlacesAfterTheHeadIsPartOfTheName) {
  test::expect_field("/group/name", {
      {"a count of cities and what they are",
       "Sáng 15/11/2023, Hội nghị tổng kết năm 2023 của Cụm thi đua 5 thành phố trực thuộc Trung ương đã diễn ra tại "
       "Đà Nẵng.",
       "Cụm thi đua 5 thành phố trực thuộc Trung ương"},
      {"a count of provinces and their region",
       "Ngày 3/3/2022, Cụm thi đua 6 tỉnh Bắc Trung Bộ tổ chức ký kết giao ước thi đua năm 2022.",
       "Cụm thi đua 6 tỉnh Bắc Trung Bộ"},
      {"the group's number without 'số' stays its number",
       "Ngày 3/3/2022, Khối thi đua 8 tổ chức ký kết giao ước thi đua năm 2022.",
       "Khối thi đua 8"},
  });
}

TEST(PlanPlaces17, AConferenceHallNamedByItsPlaceOrItsOwnName) {
  test::expect_field("/event/place", {
      {"the hall of the text's province",
       "Sáng 18/11/2025, tại Trung tâm hội nghị tỉnh, Cụm thi đua số 3 Hội Nông dân tổ chức tổng kết năm 2025.",
       "Trung tâm hội nghị tỉnh"},
      {"a hall with its own name",
       "Ngày 9/8/2024, tại Trung tâm hội nghị Sông Hàn, Khối thi đua số 2 tổ chức hội nghị sơ kết 6 tháng đầu năm.",
       "Trung tâm hội nghị Sông Hàn"},
  });
}

TEST(PlanOrganizers17, WhoOrganisesAGroupsMeeting) { expect_organizers(kGroupMeetings); }

TEST(PlanGroups17, TheHostOfTheMeetingIsTheDeputyItsBracketNames) {
  const nlohmann::json r = test::parse(kGroupMeetings[2].text);
  ASSERT_TRUE(r["group"].is_object());
  EXPECT_EQ(r["group"]["deputy"], "UBND tỉnh Vĩnh Long");
  EXPECT_TRUE(r["group"]["leader"].is_null()) << r["group"]["leader"];
}

}  // namespace
}  // namespace thidua::text::plan
