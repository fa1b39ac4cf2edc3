// The fifteenth round of patterns (issue 14): when a period is the movement's and when it is
// something else's, and more ways Vietnamese administrative prose names a group's members and
// the units that lead it. Every sentence is written for the test in the pattern of real
// articles (none is copied from them):
//  - a period qualifying a programme, resolution or directive ("Chương trình phối hợp … giai đoạn
//    2013-2023"), a development horizon ("đến năm 2030, tầm nhìn đến năm 2045"), a period of
//    results reported ("Từ ngày … đến …, … đã phát hiện …") or of a history ("từ năm 1962 đến nay
//    đã …") is not the movement's start and end; a month is on or after the day it is written in;
//  - trade unions named by level and place ("Liên đoàn Lao động các huyện A, B và C"); place
//    names with an apostrophe ("M'Đrắk"); police of districts and a province's city listed
//    together; a place taking the role at the head of its clause ("…, huyện Y làm cụm phó").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using json = nlohmann::json;
using test::parse;
using test::Strings;

// A text and the movement's start and end it must give ("" for null).
using PeriodCase = test::TwoFieldCase;

const PeriodCase kNotTheMovements[] = {
    {"a coordination programme's period, the movement quoted inside its name",
     "Sáng 20/5, Công an huyện Long Điền phối hợp với Ủy ban MTTQ huyện tổ chức hội nghị tổng kết 5 năm thực hiện "
     "Chương trình phối hợp số 12 về “Đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc” giai đoạn 2019-2024.",
     "", ""},
    {"a development horizon with its vision",
     "Ngày 14/2/2024, Khối thi đua các sở kinh tế tổ chức ký kết giao ước thi đua năm 2024. Các đơn vị thi đua thực "
     "hiện các nghị quyết về phát triển tỉnh đến năm 2030, tầm nhìn đến năm 2045.",
     "", ""},
    {"a period of results reported",
     "Sáng 20-12, Công an tỉnh tổ chức hội nghị tổng kết phong trào thi đua Vì an ninh Tổ quốc năm 2024. Từ ngày "
     "15/12/2023 đến 14/12/2024, thông qua phong trào, lực lượng Công an đã phát hiện 120 vụ phạm tội.",
     "", ""},
    {"a history up to now",
     "Ngày 10/3/2024, Công an huyện tổ chức hội nghị triển khai công tác năm 2024. Phong trào thi đua Vì an ninh Tổ "
     "quốc được phát động từ năm 1962 đến nay đã phát huy hiệu quả.",
     "", ""},
};

TEST(PlanPeriods15, PeriodsOfOtherThingsAreNotTheMovements) {
  test::expect_two_fields("/movement/start", "/movement/end", kNotTheMovements);
}

const PeriodCase kTheMovements[] = {
    {"the movement's own period of years inside its quoted name, results after it",
     "Sáng 9/12/2015, Cục tổ chức tổng kết 5 năm phong trào thi đua “Vì an ninh Tổ quốc giai đoạn 2010-2015”, qua "
     "đó đã động viên cán bộ, chiến sĩ.",
     "2010-01-01", "2015-12-31"},
    {"a launch's months, the first one the month of the launch",
     "Phát động thi đua\n\nNgày 4-3-2024, UBND xã Tân Phú tổ chức lễ phát động phong trào thi đua “Toàn dân bảo vệ an "
     "ninh Tổ quốc” năm 2024. Thời gian thực hiện từ tháng 3 đến tháng 12.",
     "2024-03-01", "2024-12-31"},
    {"a plan's period in the sentence of its plan",
     "Ngày 2/1/2025, UBND tỉnh ban hành Kế hoạch phát động phong trào thi đua giai đoạn 2025-2030 thực hiện các nghị "
     "quyết của Tỉnh ủy.",
     "2025-01-01", "2030-12-31"},
};

TEST(PlanPeriods15, TheMovementsOwnPeriodsStay) {
  test::expect_two_fields("/movement/start", "/movement/end", kTheMovements);
}

TEST(PlanPeriods15, AReviewOfAProgrammesPeriodIsHeldInItsLastYear) {
  const json r = parse(
      "Chiều 14/6, Công an huyện Xuyên Mộc phối hợp với Ủy ban MTTQ huyện tổ chức hội nghị tổng kết 10 năm thực "
      "hiện Chương trình phối hợp số 09 về “Đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc” giai đoạn 2014-2024.");
  EXPECT_EQ(r["event"]["date"], "2024-06-14");
  EXPECT_EQ(r["event"]["kind"], "review");
}

using test::expect_group;
using test::GroupCase;

const GroupCase kGroups[] = {
    {"trade unions of districts under a shared head",
     "Ngày 11/3/2024, tại Liên đoàn Lao động huyện Cẩm Mỹ, Cụm thi đua số 4 gồm Liên đoàn Lao động các huyện Cẩm "
     "Mỹ, Thống Nhất, Trảng Bom và Long Thành tổ chức ký kết giao ước thi đua năm 2024. Liên đoàn Lao động huyện "
     "Cẩm Mỹ làm cụm trưởng.",
     {"Liên đoàn Lao động huyện Cẩm Mỹ", "Liên đoàn Lao động huyện Thống Nhất", "Liên đoàn Lao động huyện Trảng Bom",
      "Liên đoàn Lao động huyện Long Thành"},
     "Liên đoàn Lao động huyện Cẩm Mỹ",
     ""},
    {"place names with an apostrophe",
     "Ngày 9/3/2024, Cụm thi đua số 6 (gồm Công an các huyện Ea Súp, Cư M'gar, M'Đrắk và Buôn Đôn) tổ chức ký kết "
     "giao ước thi đua năm 2024. Công an huyện Ea Súp là đơn vị Cụm trưởng; Công an huyện M'Đrắk là đơn vị Cụm phó.",
     {"Công an huyện Ea Súp", "Công an huyện Cư M'gar", "Công an huyện M'Đrắk", "Công an huyện Buôn Đôn"},
     "Công an huyện Ea Súp",
     "Công an huyện M'Đrắk"},
    {"police of districts and of the province's city, listed away from 'gồm'",
     "Sáng 6-3, Khối thi đua Công an các huyện, thành phố tổ chức ký kết giao ước thi đua năm 2024. Tham gia ký kết "
     "có Công an huyện Tân Lạc, Công an huyện Mai Châu, Công an huyện Đà Bắc và Công an thành phố Hòa Bình. Công an "
     "TP. Hòa Bình là đơn vị khối trưởng, Công an huyện Đà Bắc là đơn vị khối phó.",
     {"Công an huyện Tân Lạc", "Công an huyện Mai Châu", "Công an huyện Đà Bắc", "Công an thành phố Hòa Bình"},
     "Công an thành phố Hòa Bình",
     "Công an huyện Đà Bắc"},
    {"places taking the roles at the head of their clauses",
     "Ngày 7/3/2024, Cụm thi đua các huyện vùng cao tổ chức ký kết giao ước thi đua năm 2024. Cụm gồm các huyện Mèo "
     "Vạc, Đồng Văn, Yên Minh và Quản Bạ. Huyện Đồng Văn được bầu làm cụm trưởng, huyện Quản Bạ làm cụm phó.",
     {"huyện Mèo Vạc", "huyện Đồng Văn", "huyện Yên Minh", "huyện Quản Bạ"},
     "huyện Đồng Văn",
     "huyện Quản Bạ"},
};

TEST(PlanGroups15, MembersAndRoles) {
  for (const GroupCase& c : kGroups) expect_group(c);
}

const GroupCase kOwnersAndHosts[] = {
    {"a youth unions' cluster of provinces and cities, 'cụm này bao gồm'",
     "Ngày 3-3, tại Thái Bình, Cụm Đoàn thanh niên các tỉnh, thành duyên hải Bắc Bộ đã tổ chức ký giao ước thi đua "
     "năm 2013. Đoàn thanh niên cụm này bao gồm 4 tỉnh, thành: Hải Phòng, Thái Bình, Nam Định và Ninh Bình.",
     {"thành phố Hải Phòng", "tỉnh Thái Bình", "tỉnh Nam Định", "tỉnh Ninh Bình"},
     "",
     ""},
    {"a block of associations named by their kind",
     "Khối các tổ chức Xã hội - Nghề nghiệp tỉnh Kon Tum gồm 4 đơn vị: Hội Luật gia, Hội Nhà báo, Hội Đông y và Hội "
     "Chữ thập đỏ vừa ký giao ước thi đua năm 2024.",
     {"Hội Luật gia", "Hội Nhà báo", "Hội Đông y", "Hội Chữ thập đỏ"},
     "",
     ""},
    {"a block numbered without 'số', its leader given by 'do … làm Trưởng khối'",
     "Sáng ngày 8/7/2023, Khối thi đua 6 (do Hội Nông dân tỉnh làm Trưởng khối) đã tổ chức hội nghị sơ kết công tác "
     "thi đua 6 tháng đầu năm 2023.",
     {},
     "Hội Nông dân tỉnh",
     ""},
    {"the host of the block, its bodies sharing one place",
     "Chiều ngày 2/3, tại hội trường UBND xã Ninh Hải, Khối Mặt trận các xã, thị trấn trên địa bàn huyện tổ chức "
     "Hội nghị ký kết giao ước thi đua năm 2024. Dự Hội nghị có lãnh đạo Đảng ủy, HĐND, UBND xã Ninh Hải (đơn vị chủ "
     "trì Khối thi đua năm 2024).",
     {},
     "xã Ninh Hải",
     ""},
    {"a numbered cluster in lower case between the role and its copula, the Front named short",
     "Ngày 5/4/2023, Ủy ban MTTQ Việt Nam huyện An Minh tổ chức ký kết giao ước thi đua giữa Mặt trận các xã, thị "
     "trấn. Năm nay, cụm trưởng cụm số 1 là Mặt trận xã Đông Hưng.",
     {},
     "Mặt trận xã Đông Hưng",
     ""},
    {"an office of the province with its level after its name, roles of units in brackets",
     "Chiều ngày 28/12/2023, Khối thi đua Văn hóa - Xã hội tổ chức Hội nghị tổng kết công tác thi đua năm 2023. Ban "
     "Dân tộc tỉnh (đơn vị Trưởng Khối) và Sở Y tế (đơn vị Phó Khối) đồng chủ trì Hội nghị.",
     {},
     "Ban Dân tộc tỉnh",
     "Sở Y tế"},
};

TEST(PlanGroups15, OwnersHostsAndRolesOfBodies) {
  for (const GroupCase& c : kOwnersAndHosts) expect_group(c);
}

// A text and the group's name it must give.
struct NameCase {
  const char* what;
  const char* text;
  const char* name;
};

const NameCase kGroupNames[] = {
    {"a description with 'các tỉnh, thành' and a region",
     "Ngày 3-3, Cụm Đoàn thanh niên các tỉnh, thành duyên hải Bắc Bộ đã tổ chức ký giao ước thi đua năm 2013.",
     "Cụm Đoàn thanh niên các tỉnh, thành duyên hải Bắc Bộ"},
    {"members counted by level inside the name",
     "Chiều ngày 5/8, Cụm thi đua Mặt trận 4 tỉnh Tây Nguyên gồm: Gia Lai, Kon Tum, Đắk Lắk, Đắk Nông tổ chức hội "
     "nghị sơ kết.",
     "Cụm thi đua Mặt trận 4 tỉnh Tây Nguyên"},
    {"a cluster of a block",
     "Ngày 12/3, 9 đơn vị thuộc Cụm thi đua số 3 Khối An ninh tổ chức ký kết giao ước thi đua năm 2020.",
     "Cụm thi đua số 3 Khối An ninh"},
    {"two regions joined by 'và' after the level",
     "Ngày 26/7, Cụm thi đua các tỉnh Tây Nguyên và duyên hải miền Trung tổ chức Hội nghị sơ kết công tác thi đua.",
     "Cụm thi đua các tỉnh Tây Nguyên và duyên hải miền Trung"},
    {"a block's number after its description",
     "Ngày 15/2/2023, Khối các Sở quản lý nhà nước 2 tổ chức ký kết giao ước thi đua năm 2023.",
     "Khối các Sở quản lý nhà nước 2"},
    {"a unit after 'và' is not part of the name",
     "Ngày 26/7, Cụm thi đua các huyện miền núi và Công an tỉnh Quảng Nam tổ chức Hội nghị sơ kết công tác thi đua.",
     "Cụm thi đua các huyện miền núi"},
    {"the name ends before the unit leading it",
     "Sáng ngày 14/2/2021, Khối thi đua Liên đoàn Lao động huyện do Liên đoàn Lao động huyện Thủy Nguyên làm Trưởng "
     "Khối tổ chức Hội nghị ký giao ước thi đua năm 2021.",
     "Khối thi đua Liên đoàn Lao động huyện"},
};

TEST(PlanGroups15, GroupNames) {
  for (const NameCase& c : kGroupNames) {
    SCOPED_TRACE(c.what);
    const json r = parse(c.text);
    ASSERT_TRUE(r["group"].is_object());
    EXPECT_EQ(r["group"]["name"], c.name);
  }
}

TEST(PlanGroups15, ProvincesNamedAloneStayThePolicesClusters) {
  const json r = parse(
      "Ngày 6/3/2024, Cụm thi đua số 4 (gồm Hà Giang, Tuyên Quang, Yên Bái) tổ chức ký kết giao ước thi đua năm 2024.");
  EXPECT_EQ(test::strings(r["group"]["members"]),
            (Strings{"Công an tỉnh Hà Giang", "Công an tỉnh Tuyên Quang", "Công an tỉnh Yên Bái"}));
}

// A lead whose gathering has no kind, and the organisers and day it must give.
struct CeremonyCase {
  const char* what;
  const char* text;
  const char* date;
  Strings organizers;
};

const CeremonyCase kCeremonies[] = {
    {"a ceremony announcing a decision",
     "Ngày 5/6/2013, Công an Quận 3 tổ chức lễ công bố quyết định thành lập Đội Cảnh sát quản lý hành chính.",
     "2013-06-05", {"Công an Quận 3"}},
    {"a debut, the year from the text",
     "Sáng 14-11, UBND quận Hồng Bàng tổ chức ra mắt tổ tự quản an ninh trật tự năm 2012.", "2012-11-14",
     {"UBND quận Hồng Bàng"}},
    {"a commendation by two bodies, a youth union named by its head",
     "Ngày 20/8/2016, Tỉnh Đoàn phối hợp với Công an tỉnh Bình Định tổ chức tuyên dương 40 đoàn viên tiêu biểu.",
     "2016-08-20", {"Tỉnh Đoàn", "Công an tỉnh Bình Định"}},
};

TEST(PlanEvents15, CeremoniesOfNoKindGiveTheirDayAndOrganisers) {
  for (const CeremonyCase& c : kCeremonies) {
    SCOPED_TRACE(c.what);
    const json r = parse(c.text);
    EXPECT_EQ(r["event"]["date"], c.date);
    EXPECT_TRUE(r["event"]["kind"].is_null()) << r["event"]["kind"];
    EXPECT_EQ(test::strings(r["organizers"]), c.organizers);
  }
}

TEST(PlanEvents15, ACeremonyOfAKindIsReadByItsTrigger) {
  const json r = parse(
      "Tuổi trẻ Công an ra quân Tháng Thanh niên\n\nBan Thanh niên Công an tỉnh Hà Tĩnh đã tổ chức Lễ ra quân Tháng "
      "Thanh niên năm 2025. Sáng 8/3, Ban Thanh niên Công an tỉnh Hà Tĩnh tổ chức ra quân Ngày cao điểm Tháng Thanh "
      "niên năm 2025.");
  EXPECT_EQ(r["event"]["date"], "2025-03-08");
}

TEST(PlanEvents15, UnitsOfAnOpeningCircumstanceAreNotOrganisers) {
  const json r = parse(
      "Được sự đồng ý của Liên đoàn Lao động tỉnh Nam Định, Thường trực Huyện ủy Hải Hậu, sáng ngày 20/02/2021, Công "
      "an huyện Hải Hậu và Huyện đoàn Hải Hậu tổ chức hội nghị ký giao ước thi đua năm 2021.");
  EXPECT_EQ(test::strings(r["organizers"]), (Strings{"Công an huyện Hải Hậu", "Huyện đoàn Hải Hậu"}));
  EXPECT_EQ(r["event"]["date"], "2021-02-20");
}

TEST(PlanPeople15, AnyPlaceFollowsAPartyCommitteeNamingItsLevel) {
  test::expect_positions(
      parse("Ngày 19/8/2023, đồng chí Lê Văn Tâm, Tỉnh ủy viên, Bí thư Huyện ủy Cần Giuộc dự Ngày hội toàn dân bảo vệ "
            "an ninh Tổ quốc tại ấp 3."),
      {{"Lê Văn Tâm", "Tỉnh ủy viên, Bí thư Huyện ủy Cần Giuộc"}});
}

TEST(PlanMovement15, AKindFollowedByACopulaNamesNoMovement) {
  const json r = parse(
      "Ngày 2/6/2021, Công an tỉnh Ninh Bình phát động phong trào thi đua đặc biệt. Mục đích của phong trào thi đua "
      "đặc biệt là nhằm động viên cán bộ, chiến sĩ.");
  EXPECT_EQ(r["movement"]["kind"], "special");
  EXPECT_NE(r["movement"]["name"], "phong trào thi đua đặc biệt là");
}

TEST(PlanEvents15, APlaceHoldingAGatheringOverDaysWithAShareOfItsVillages) {
  const json r = parse(
      "Từ ngày 10/8/2024 đến ngày 14/8/2024, xã Kỳ Hà đã sôi nổi tổ chức thành công “Ngày hội toàn dân bảo vệ an ninh "
      "Tổ quốc” năm 2024, tại 8/8 thôn trên địa bàn xã.");
  EXPECT_EQ(test::strings(r["organizers"]), (Strings{"xã Kỳ Hà"}));
  EXPECT_TRUE(r["event"]["kind"].is_null()) << r["event"]["kind"];
  EXPECT_NE(r["event"]["date"], "2024-08-08");  // "8/8 thôn" is a share of the villages, not a day
}

TEST(PlanDates15, AShareOfPlacesIsNotADay) {
  const json r = parse("Ngày hội\n\nNăm 2023, 12/12 xã, thị trấn của huyện đã tổ chức Ngày hội toàn dân bảo vệ an ninh "
                       "Tổ quốc.");
  EXPECT_TRUE(r["event"]["date"].is_null()) << r["event"]["date"];
}

}  // namespace
}  // namespace thidua::text::plan
