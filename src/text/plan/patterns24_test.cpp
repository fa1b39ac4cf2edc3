// The twenty-fourth round of patterns (issue 14, branch s14-plan-a): who held what, and what event
// a lead names, in the shapes of administrative news prose the development set shows rarely. Every
// sentence is written for the test (none is copied from the texts), each pattern in variants of
// unit kinds, verbs and orders:
//  - bodies outside the state and police apparatus organise too: hospitals, groups and companies,
//    banks, the unions of a branch or of one body, the Front's central committee — each named by
//    its head and its own capitalised name, then perhaps the level and place it serves;
//  - the passive with its agent before the verb ("Lễ ra quân … được Sở A phối hợp với UBND B tổ
//    chức tại …") names its organisers as "do A tổ chức" does; "A và B đồng tổ chức" names both;
//  - a gathering the lead tells as taking place ("…, đã diễn ra Ngày hội …") is the event, its day
//    and place the lead's; the agreements signed during it are not the event, their partners no
//    organisers; a city abbreviated after a dash closing the place is written out;
//  - an event word inside a hall's name ("tại Trung tâm Hội nghị tỉnh, …") names no event: the
//    subject after it organises and the event is the one named after the verb;
//  - a steering board's remit ends at a comma before a day or another body ("… của Ban Chỉ đạo
//    138 Trung ương về …, ngày 29-1, UBND tỉnh đã ban hành …"); a block of "các Bộ, ngành …";
//  - courts, social insurance, border posts, broadcasters, tax sub-departments, inspection boards,
//    army units named by their number ("Trung đoàn 812", "Bộ Tư lệnh Quân khu 5");
//  - a ceremony's verb right after its subject in a dated lead ("Công an xã A ra mắt mô hình …",
//    "huyện B tuyên dương …") is the event and ends the subject; "được A phát động" names A;
//  - names in single quotes (‘…’, '…') are quoted names; bodies of one place joined by "và" share
//    the place written after the last; "lễ xuất quân" launches; "Tham dự lễ … có Ban Giám đốc X"
//    names X when nobody else organises;
//  - a headline over a page's stamp line is the headline however long; a formal plan's header
//    pasted from a table ("ỦY" / "BAN NHÂN DÂN" / "HUYỆN A" / "-------" / "|" …) gives its issuer
//    and its title, the subject in capitals ending where the body starts.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using json = nlohmann::json;
using test::expect_field;
using test::expect_organizers;
using test::FieldCase;
using test::OrganizerCase;
using test::parse;
using test::Strings;

// ---- bodies of many kinds organise ---------------------------------------------------------

const OrganizerCase kBodiesOfManyKinds[] = {
    {"a provincial hospital, its level and place after its name",
     "Sáng 8/1/2025, Bệnh viện Đa khoa tỉnh Hà Tĩnh tổ chức Lễ phát động phong trào thi đua năm 2025.",
     {"Bệnh viện Đa khoa tỉnh Hà Tĩnh"}},
    {"a hospital of a district, with the police as partner",
     "Ngày 14/2/2025, Bệnh viện Đa khoa huyện Quỳnh Lưu phối hợp với Công an huyện Quỳnh Lưu tổ chức Hội nghị ký kết "
     "giao ước thi đua năm 2025.",
     {"Bệnh viện Đa khoa huyện Quỳnh Lưu", "Công an huyện Quỳnh Lưu"}},
    {"a state group",
     "Ngày 20/1/2025, Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam tổ chức Hội nghị phát động phong trào thi đua "
     "năm 2025.",
     {"Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam"}},
    {"a corporation, under a dated circumstance",
     "Thực hiện kế hoạch của Bộ Công Thương, sáng 3/2/2025, Tổng công ty Điện lực miền Trung tổ chức Lễ ra quân thi "
     "đua đầu xuân.",
     {"Tổng công ty Điện lực miền Trung"}},
    {"a joint-stock company's board acts for the company",
     "Ngày 6/2/2025, tại hội trường công ty, Ban Giám đốc Công ty Cổ phần Cao su Đồng Phú tổ chức lễ phát động thi đua "
     "lao động sản xuất năm 2025.",
     {"Công ty Cổ phần Cao su Đồng Phú"}},
    {"a bank's branch",
     "Ngày 12/3/2025, Ngân hàng Chính sách xã hội tỉnh Quảng Bình tổ chức Hội nghị ký kết giao ước thi đua năm 2025.",
     {"Ngân hàng Chính sách xã hội tỉnh Quảng Bình"}},
    {"the union of a branch with a department",
     "Ngày 18/3/2025, Công đoàn ngành Y tế tỉnh Nghệ An phối hợp với Sở Y tế tổ chức Hội nghị ký kết giao ước thi đua "
     "năm 2025.",
     {"Công đoàn ngành Y tế tỉnh Nghệ An", "Sở Y tế"}},
    {"a department chairs, the union of its branch joins",
     "Ngày 18/3/2025, Sở Giáo dục và Đào tạo chủ trì, phối hợp với Công đoàn ngành Giáo dục tổ chức Lễ phát động "
     "phong trào thi đua năm học 2024-2025.",
     {"Sở Giáo dục và Đào tạo", "Công đoàn ngành Giáo dục"}},
    {"the Front's central committee with the ministry",
     "Sáng 6/4/2025, Bộ Công an phối hợp với Ủy ban Trung ương MTTQ Việt Nam tổ chức Lễ phát động phong trào thi đua "
     "toàn dân bảo vệ an ninh Tổ quốc năm 2025.",
     {"Bộ Công an", "Ủy ban Trung ương MTTQ Việt Nam"}},
};

TEST(Patterns24, BodiesOfManyKindsOrganise) { expect_organizers(kBodiesOfManyKinds); }

// Courts, social insurance, cooperatives, the central unions, a party committee's inspection
// board, a border post, a broadcaster, a tax sub-department, army units named by their number.
const OrganizerCase kMoreBodies[] = {
    {"a district court and the district's procuracy",
     "Ngày 7/1/2025, Tòa án nhân dân huyện Thanh Chương và Viện Kiểm sát nhân dân huyện Thanh Chương tổ chức ký kết "
     "giao ước thi đua năm 2025.",
     {"Tòa án nhân dân huyện Thanh Chương", "Viện Kiểm sát nhân dân huyện Thanh Chương"}},
    {"social insurance of a province, under a purpose",
     "Nhằm đẩy mạnh phong trào thi đua yêu nước, ngày 9/1/2025, Bảo hiểm xã hội tỉnh Hà Tĩnh tổ chức Hội nghị triển "
     "khai nhiệm vụ và phát động thi đua năm 2025.",
     {"Bảo hiểm xã hội tỉnh Hà Tĩnh"}},
    {"the union of cooperatives",
     "Sáng 15/1/2025, Liên minh Hợp tác xã tỉnh Quảng Bình tổ chức Hội nghị tổng kết phong trào thi đua năm 2024.",
     {"Liên minh Hợp tác xã tỉnh Quảng Bình"}},
    {"the central union of labour and the youth union's centre",
     "Ngày 26/3/2025, Tổng Liên đoàn Lao động Việt Nam phối hợp với Trung ương Đoàn tổ chức Lễ phát động phong trào "
     "thi đua trong thanh niên công nhân.",
     {"Tổng Liên đoàn Lao động Việt Nam", "Trung ương Đoàn"}},
    {"a party committee's inspection board",
     "Ngày 3/2/2025, Ủy ban Kiểm tra Huyện ủy Can Lộc tổ chức Hội nghị sơ kết phong trào thi đua năm 2024.",
     {"Ủy ban Kiểm tra Huyện ủy Can Lộc"}},
    {"a border post named by its gate",
     "Sáng 10/2/2025, Đồn Biên phòng Cửa khẩu quốc tế Lao Bảo tổ chức Lễ ra quân đợt thi đua cao điểm đầu năm.",
     {"Đồn Biên phòng Cửa khẩu quốc tế Lao Bảo"}},
    {"a broadcaster, its two fields joined by a dash",
     "Ngày 21/6/2025, Đài Phát thanh - Truyền hình Hà Tĩnh tổ chức Lễ phát động phong trào thi đua chào mừng Ngày "
     "Báo chí cách mạng Việt Nam.",
     {"Đài Phát thanh - Truyền hình Hà Tĩnh"}},
    {"a tax sub-department of a region of two districts",
     "Ngày 4/3/2025, Chi cục Thuế khu vực Hồng Lĩnh - Can Lộc tổ chức ký kết giao ước thi đua năm 2025.",
     {"Chi cục Thuế khu vực Hồng Lĩnh - Can Lộc"}},
    {"army units named by their number, and a military region's command",
     "Sáng 6/1/2025, Trung đoàn 812, Sư đoàn 968 và Bộ Tư lệnh Quân khu 5 tổ chức Lễ ra quân huấn luyện và phát động "
     "thi đua năm 2025.",
     {"Trung đoàn 812", "Sư đoàn 968", "Bộ Tư lệnh Quân khu 5"}},
};

TEST(Patterns24, MoreBodiesOrganise) { expect_organizers(kMoreBodies); }

// A number after a unit's name that counts or dates something is not the unit's.
TEST(Patterns24, NumberAfterNameStaysOutside) {
  const OrganizerCase cases[] = {
      {"a period after an office",
       "Ngày 5/3/2025, Sở Y tế tỉnh Hà Tĩnh 3 năm liền tổ chức Hội nghị ký kết giao ước thi đua.", {"Sở Y tế tỉnh Hà Tĩnh"}},
      {"a count after a corporation",
       "Ngày 5/3/2025, Tổng công ty Điện lực miền Bắc cùng 27 công ty điện lực tổ chức Hội nghị ký kết giao ước thi đua.",
       {"Tổng công ty Điện lực miền Bắc"}},
  };
  expect_organizers(cases);
}

// ---- the passive with its agent, and co-organisers -----------------------------------------

const OrganizerCase kAgents[] = {
    {"the passive with its agent and a partner, the place after the verb",
     "Ngày 12/5/2025, Lễ ra quân hưởng ứng phong trào thi đua vì an toàn thực phẩm được Sở Y tế phối hợp với UBND "
     "thành phố Hà Tĩnh tổ chức tại quảng trường thành phố.",
     {"Sở Y tế", "UBND thành phố Hà Tĩnh"}},
    {"the passive, a review and a district's police alone",
     "Sáng 20/12/2024, Hội nghị tổng kết phong trào thi đua “Vì an ninh Tổ quốc” năm 2024 được Công an huyện Đô Lương "
     "tổ chức tại hội trường Công an huyện.",
     {"Công an huyện Đô Lương"}},
    {"\"do\" with two agents joined by \"và\"",
     "Chiều 9/8/2025, Ngày hội toàn dân bảo vệ an ninh Tổ quốc do Công an xã Nghi Phong và Ủy ban MTTQ xã Nghi Phong "
     "tổ chức đã diễn ra tại nhà văn hóa xóm 3.",
     {"Công an xã Nghi Phong", "Ủy ban MTTQ xã Nghi Phong"}},
    {"two bodies that \"đồng tổ chức\"",
     "Sáng 1/6/2025, Đoàn Thanh niên Công an tỉnh và Huyện đoàn Hưng Nguyên đồng tổ chức Lễ ra quân Chiến dịch thanh "
     "niên tình nguyện hè, hưởng ứng phong trào thi đua của Đoàn.",
     {"Đoàn Thanh niên Công an tỉnh", "Huyện đoàn Hưng Nguyên"}},
};

TEST(Patterns24, PassiveAgentsAndCoOrganisers) { expect_organizers(kAgents); }

// ---- a gathering that takes place ----------------------------------------------------------

TEST(Patterns24, GatheringThatTakesPlaceIsTheEvent) {
  const json r = parse(
      "Chiều 19/8/2025, tại hội trường UBND phường Bến Thành - TP.HCM, đã diễn ra Ngày hội Toàn dân bảo vệ an ninh "
      "Tổ quốc năm 2025.\n\n"
      "Dịp này, Công an phường đã ký kết Quy chế phối hợp với Trường Đại học Kinh tế, Bệnh viện Nhi đồng 2 và ký kết "
      "giao ước thi đua với Ban Điều hành các khu phố.");
  EXPECT_TRUE(r["event"]["kind"].is_null()) << r["event"]["kind"];
  EXPECT_EQ(r["event"]["date"], "2025-08-19");
  EXPECT_EQ(r["event"]["place"], "hội trường UBND phường Bến Thành - thành phố Hồ Chí Minh");
  EXPECT_EQ(r["organizers"], json::array());
}

TEST(Patterns24, CeremonyThatTakesPlaceKeepsItsDay) {
  const json r = parse(
      "Sáng 2/9/2025, tại nhà văn hóa thôn Trung, xã Hưng Lộc, diễn ra Lễ mít tinh kỷ niệm 80 năm Quốc khánh và phát "
      "động phong trào thi đua xây dựng nông thôn mới kiểu mẫu.");
  EXPECT_EQ(r["event"]["date"], "2025-09-02");
  EXPECT_EQ(r["event"]["place"], "nhà văn hóa thôn Trung, xã Hưng Lộc");
}

// A place whose city is abbreviated after the dash is written out; one written out stays.
TEST(Patterns24, CityAbbreviatedAfterDashWrittenOut) {
  expect_field("/event/place",
               {{"TP. with a full stop",
                 "Ngày 4/3/2025, Công an quận 3 tổ chức Lễ phát động phong trào thi đua năm 2025 tại hội trường UBND "
                 "quận 3 - TP.HCM.",
                 "hội trường UBND quận 3 - thành phố Hồ Chí Minh"},
                {"a city written out is kept",
                 "Ngày 4/3/2025, Công an quận Hải Châu tổ chức Lễ phát động phong trào thi đua năm 2025 tại hội trường "
                 "UBND quận Hải Châu - thành phố Đà Nẵng.",
                 "hội trường UBND quận Hải Châu - thành phố Đà Nẵng"}});
}

// ---- event words inside a hall's name ------------------------------------------------------

TEST(Patterns24, HallNamedForConferencesNamesNoEvent) {
  const struct {
    const char* what;
    const char* text;
    const char* kind;
    const char* organizer;
  } cases[] = {
      {"a launch in the provincial conference centre",
       "Sáng 10/3/2025, tại Trung tâm Hội nghị tỉnh, UBND tỉnh Quảng Trị tổ chức Lễ phát động phong trào thi đua "
       "“Quảng Trị chung sức xây dựng nông thôn mới”.",
       "launch", "UBND tỉnh Quảng Trị"},
      {"a signing there, the board of emulation organising",
       "Chiều 10/3/2025, tại Trung tâm Hội nghị tỉnh, Ban Thi đua - Khen thưởng tỉnh tổ chức ký kết giao ước thi đua "
       "của các khối thi đua năm 2025.",
       "pledge_signing", "Ban Thi đua - Khen thưởng tỉnh"},
      {"a review in a named centre",
       "Ngày 28/12/2024, tại Trung tâm Hội nghị Quốc gia, Bộ Y tế tổ chức Hội nghị tổng kết công tác thi đua, khen "
       "thưởng năm 2024.",
       "review", "Bộ Y tế"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.what);
    const json r = parse(c.text);
    EXPECT_EQ(r["event"]["kind"], c.kind);
    ASSERT_EQ(r["organizers"].size(), 1u) << r["organizers"];
    EXPECT_EQ(r["organizers"][0], c.organizer);
  }
}

// ---- boundaries of a board's remit and of a block's bodies ---------------------------------

const OrganizerCase kBoundaries[] = {
    {"a steering board cited in the circumstance, the issuer after the day",
     "Kế hoạch phòng, chống tội phạm năm 2025\n\n"
     "Nhằm cụ thể hóa Kế hoạch số 02/KH-BCĐ của Ban Chỉ đạo 138 Trung ương về công tác phòng, chống tội phạm năm "
     "2025, ngày 20-1, UBND tỉnh đã ban hành Kế hoạch số 20/KH-UBND về phòng, chống tội phạm.",
     {"UBND tỉnh"}},
    {"a steering board of a district named by its remit still organises",
     "Ngày 15/7/2025, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội huyện Yên Thành tổ chức Hội nghị sơ kết phong "
     "trào toàn dân bảo vệ an ninh Tổ quốc 6 tháng đầu năm 2025.",
     {"Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội huyện Yên Thành"}},
    {"a block of ministries and branches",
     "Ngày 20/3/2025, tại trụ sở Bộ Kế hoạch và Đầu tư, Khối thi đua các Bộ, ngành kinh tế tổng hợp tổ chức Hội nghị "
     "ký kết giao ước thi đua năm 2025.",
     {"Khối thi đua các Bộ, ngành kinh tế tổng hợp"}},
};

TEST(Patterns24, BoardRemitAndBlockBodies) { expect_organizers(kBoundaries); }

// ---- a ceremony's verb after its subject, a launch in the passive ---------------------------

const OrganizerCase kCeremonyVerbs[] = {
    {"a commune's police debuts a model",
     "Ngày 14/3/2025, Công an xã Cẩm Bình ra mắt mô hình “Camera giám sát an ninh” trong phong trào toàn dân bảo vệ "
     "an ninh Tổ quốc.",
     {"Công an xã Cẩm Bình"}},
    {"a district commends, with its tense before the verb",
     "Ngày 20/7/2025, UBND huyện Hương Khê đã biểu dương 52 tập thể, cá nhân điển hình tiên tiến trong phong trào "
     "thi đua yêu nước.",
     {"UBND huyện Hương Khê"}},
    {"a district named by its level and name commends",
     "Ngày 10/7/2025, huyện Lộc Hà tuyên dương, khen thưởng 30 tập thể và 60 cá nhân có thành tích xuất sắc trong "
     "phong trào thi đua yêu nước.",
     {"huyện Lộc Hà"}},
    {"a festival's name capitalised after \"Đại hội\" is no ceremony's verb",
     "Ngày 24-10, UBND tỉnh có văn bản số 1234/UBND-TĐKT về việc thực hiện Chỉ thị của Thủ tướng Chính phủ về đẩy "
     "mạnh phong trào thi đua yêu nước chào mừng Đại hội Thi đua yêu nước toàn quốc.",
     {"UBND tỉnh"}},
    {"the lead's own launch in the passive with \"được\"",
     "Ngày 7/4/2025, phong trào thi đua “Quảng Bình chung sức xây dựng nông thôn mới” giai đoạn 2025-2030 được UBND "
     "tỉnh Quảng Bình phát động tại Trung tâm Hội nghị tỉnh.",
     {"UBND tỉnh Quảng Bình"}},
};

TEST(Patterns24, CeremonyVerbsAndPassiveLaunch) { expect_organizers(kCeremonyVerbs); }

TEST(Patterns24, CeremonyVerbLeadIsTheEvent) {
  const json r = parse(
      "Ngày 14/3/2025, Công an xã Cẩm Bình ra mắt mô hình “Camera giám sát an ninh” trong phong trào toàn dân bảo vệ "
      "an ninh Tổ quốc.");
  EXPECT_EQ(r["event"]["date"], "2025-03-14");
  EXPECT_TRUE(r["event"]["kind"].is_null()) << r["event"]["kind"];
}

// ---- names in single quotes ----------------------------------------------------------------

TEST(Patterns24, NamesInSingleQuotes) {
  expect_field("/movement/name",
               {{"curly single quotes",
                 "Ngày 5/3/2025, Công an tỉnh Quảng Trị tổ chức Lễ phát động phong trào thi đua ‘Vì an ninh Tổ quốc’ "
                 "năm 2025.",
                 "Vì an ninh Tổ quốc"},
                {"straight single quotes, a comma inside",
                 "Ngày 5/9/2025, Trường THCS Nguyễn Du phát động phong trào thi đua 'Dạy tốt, học tốt' năm học "
                 "2025-2026.",
                 "Dạy tốt, học tốt"}});
  // An apostrophe inside a word quotes nothing.
  const json r = parse("Ngày 5/3/2025, Công ty TNHH O'Neil Việt Nam tổ chức Lễ phát động phong trào thi đua năm 2025.");
  EXPECT_TRUE(r["movement"]["name"].is_null()) << r["movement"]["name"];
}

// ---- bodies of one place joined by "và", the place written once after the last ------------

const OrganizerCase kJoinedByAnd[] = {
    {"two associations of a commune",
     "Sáng 8/3/2025, Hội Liên hiệp Phụ nữ và Hội Cựu chiến binh xã Cẩm Hưng tổ chức ký kết giao ước thi đua năm 2025.",
     {"Hội Liên hiệp Phụ nữ xã Cẩm Hưng", "Hội Cựu chiến binh xã Cẩm Hưng"}},
    {"a party committee, the police and the committee of a ward",
     "Sáng 8/3/2025, Đảng ủy, Công an và UBND phường Trần Phú tổ chức Lễ phát động phong trào thi đua năm 2025.",
     {"Đảng ủy phường Trần Phú", "Công an phường Trần Phú", "UBND phường Trần Phú"}},
    {"the ministry is no bare head of the province after it",
     "Sáng 8/3/2025, Bộ Công an và UBND tỉnh Hà Giang tổ chức Lễ phát động phong trào thi đua năm 2025.",
     {"Bộ Công an", "UBND tỉnh Hà Giang"}},
    {"a unit with its own level keeps it",
     "Sáng 8/3/2025, Công an tỉnh và UBND huyện Vị Xuyên tổ chức Lễ phát động phong trào thi đua năm 2025.",
     {"Công an tỉnh", "UBND huyện Vị Xuyên"}},
};

TEST(Patterns24, BodiesOfOnePlaceJoinedByAnd) { expect_organizers(kJoinedByAnd); }

// ---- a campaign sent out, and a lead opening with those who attend ---------------------------

TEST(Patterns24, SendingOutIsALaunch) {
  const struct {
    const char* what;
    const char* text;
    Strings organizers;
  } cases[] = {
      {"a youth union sends out its summer campaign",
       "Sáng 1/6/2025, Huyện đoàn Kỳ Anh tổ chức Lễ xuất quân Chiến dịch Thanh niên tình nguyện hè năm 2025, hưởng "
       "ứng phong trào thi đua của tuổi trẻ.",
       {"Huyện đoàn Kỳ Anh"}},
      {"the attendance opens the lead, the unit's own leadership first",
       "Tham dự lễ xuất quân có Ban Giám đốc Công an tỉnh Bình Phước cùng hàng trăm cán bộ, chiến sĩ; đợt cao điểm "
       "tấn công trấn áp tội phạm kéo dài đến hết tháng 2.",
       {"Công an tỉnh Bình Phước"}},
      {"a superior's officials attending name no organiser",
       "Dự lễ xuất quân có đồng chí Nguyễn Văn Hùng, Phó Giám đốc Công an tỉnh cùng hàng trăm cán bộ, chiến sĩ "
       "tham gia đợt cao điểm tấn công trấn áp tội phạm.",
       {}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.what);
    const json r = parse(c.text);
    EXPECT_EQ(r["event"]["kind"], "launch");
    EXPECT_EQ(test::strings(r["organizers"]), c.organizers);
  }
}

// ---- headlines: over a page's stamp, and a formal plan's header pasted from a table ---------

TEST(Patterns24, LongHeadlineOverPageStamp) {
  expect_field("/title",
               {{"a unit, a colon and two events joined by a semicolon, over a weekday stamp",
                 "Hội Liên hiệp Phụ nữ huyện: Tổ chức Lễ phát động phong trào thi đua năm 2025; phối hợp triển khai "
                 "mô hình “Nâng bước em đến trường” hỗ trợ các em học sinh có hoàn cảnh khó khăn vươn lên trong học "
                 "tập giai đoạn 2025-2030 trên địa bàn các xã vùng sâu, vùng xa\n"
                 "Thứ hai - 03/03/2025 09:15\n"
                 "Sáng ngày 3/3, Hội Liên hiệp Phụ nữ huyện tổ chức Lễ phát động phong trào thi đua năm 2025.",
                 "Hội Liên hiệp Phụ nữ huyện: Tổ chức Lễ phát động phong trào thi đua năm 2025; phối hợp triển khai "
                 "mô hình “Nâng bước em đến trường” hỗ trợ các em học sinh có hoàn cảnh khó khăn vươn lên trong học "
                 "tập giai đoạn 2025-2030 trên địa bàn các xã vùng sâu, vùng xa"},
                {"a long lead with no stamp under it is no headline",
                 "Sáng ngày 3/3, Hội Liên hiệp Phụ nữ huyện tổ chức Lễ phát động phong trào thi đua năm 2025 với sự "
                 "tham dự của đại diện lãnh đạo các ban, ngành, đoàn thể huyện và hơn 200 hội viên phụ nữ đến từ các "
                 "chi hội trên địa bàn các xã vùng sâu, vùng xa\n"
                 "Phát biểu tại buổi lễ, lãnh đạo Hội kêu gọi các cấp hội hưởng ứng phong trào thi đua.",
                 ""}});
}

TEST(Patterns24, FormalHeaderPastedFromTable) {
  const json r = parse(
      "ỦY\nBAN NHÂN DÂN\nHUYỆN HƯƠNG SƠN\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: 45/KH-UBND\n|\nHương Sơn, ngày 10 tháng 01 năm "
      "2025\n|\nKẾ HOẠCH\nPHÁT ĐỘNG PHONG TRÀO THI ĐUA XÂY DỰNG NÔNG THÔN MỚI, BẢO ĐẢM AN NINH, TRẬT TỰ, AN TOÀN "
      "XÃ HỘI\nNĂM 2025\nThực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh, Ủy ban nhân dân huyện xây dựng kế hoạch phát "
      "động phong trào thi đua năm 2025 như sau:\n");
  EXPECT_EQ(r["title"],
            "KẾ HOẠCH PHÁT ĐỘNG PHONG TRÀO THI ĐUA XÂY DỰNG NÔNG THÔN MỚI, BẢO ĐẢM AN NINH, TRẬT TỰ, AN TOÀN XÃ HỘI NĂM 2025");
  EXPECT_EQ(test::strings(r["organizers"]), (test::Strings{"Ủy ban nhân dân huyện Hương Sơn"}));
}

}  // namespace
}  // namespace thidua::text::plan
