// The sixteenth round of patterns (issue 14): names of things that are not the movement, bodies
// the unit lexicon does not know, and who issues a plan reported in the news. Every sentence is
// written for the test in the pattern of real articles (none is copied from them):
//  - a news page's publication stamp glued to the headline ("… dịp Tết 12/01/2025 08:15");
//  - an office's title followed by a body's full name ("Thủ trưởng Cơ quan Cảnh sát điều tra Công
//    an huyện", "Chủ tịch Ủy ban Trung ương Hội …", "Phó Giám đốc Sở Lao động, Thương binh và Xã
//    hội");
//  - "phong trào …" inside a steering board's or a department's name or inside another quote, and
//    movements a text ties its own to ("gắn với …"), are not the text's movement;
//  - the subject of a lead that issues a document ("UBND tỉnh A vừa ban hành kế hoạch …", "UBND
//    huyện B có văn bản số …") and a capitalised "Huyện A" opening the lead are the organisers.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using json = nlohmann::json;
using test::expect_organizers;
using test::expect_positions;
using test::OrganizerCase;
using test::parse;
using test::PositionCase;

TEST(PlanPatterns16, PagesPublicationStampIsNotPartOfTheHeadline) {
  test::expect_field("/title", {
      {"date and time after the headline",
       "Công an tỉnh Hà Tĩnh ra quân cao điểm bảo đảm an ninh trật tự dịp Tết 12/01/2025 08:15\n\n"
       "Sáng 12/1, Công an tỉnh Hà Tĩnh tổ chức lễ ra quân cao điểm tấn công, trấn áp tội phạm.",
       "Công an tỉnh Hà Tĩnh ra quân cao điểm bảo đảm an ninh trật tự dịp Tết"},
      {"a date alone, spaced off after a number",
       "Hội nghị sơ kết 6 tháng đầu năm 2023 của Cụm thi đua các hội đặc thù   20/7/2023\n\n"
       "Sáng 18/7/2023, Cụm thi đua các hội đặc thù tổ chức hội nghị sơ kết 6 tháng đầu năm.",
       "Hội nghị sơ kết 6 tháng đầu năm 2023 của Cụm thi đua các hội đặc thù"},
      {"the day of the event, written with \"ngày\", stays",
       "Công an huyện Đức Thọ ra quân bảo đảm trật tự giao thông ngày 15/01/2025\n\n"
       "Sáng 15/1/2025, Công an huyện Đức Thọ tổ chức lễ ra quân bảo đảm trật tự an toàn giao thông.",
       "Công an huyện Đức Thọ ra quân bảo đảm trật tự giao thông ngày 15/01/2025"},
      {"a period ending the headline stays",
       "Phát động thi đua cao điểm từ 15/5/2025 đến 30/6/2025\n\n"
       "Sáng 15/5/2025, Công an tỉnh Hà Tĩnh tổ chức lễ phát động đợt thi đua cao điểm.",
       "Phát động thi đua cao điểm từ 15/5/2025 đến 30/6/2025"},
  });
}

TEST(PlanPatterns16, KickerOverTheHeadlineIsNotTheTitle) {
  test::expect_field("/title", {
      {"who, with a colon, over the headline",
       "Công an 5 tỉnh Cụm thi đua số 2:\n\nKý kết giao ước thi đua năm 2025\n\n(BLS) - Ngày 4-3, tại Công an tỉnh "
       "Lạng Sơn, Công an 5 tỉnh Cụm thi đua số 2 tổ chức hội nghị ký kết giao ước thi đua năm 2025.",
       "Ký kết giao ước thi đua năm 2025"},
      {"a short line in capitals over the headline",
       "AN NINH TRẬT TỰ\nCông an tỉnh Lạng Sơn ra quân cao điểm bảo đảm an ninh Tết\nSáng 10-1, Công an tỉnh Lạng Sơn "
       "tổ chức lễ ra quân. Dự có lãnh đạo tỉnh.",
       "Công an tỉnh Lạng Sơn ra quân cao điểm bảo đảm an ninh Tết"},
      {"a headline in capitals over its lead stays",
       "CÔNG AN LẠNG SƠN RA QUÂN\nSáng 10-1, Công an tỉnh Lạng Sơn tổ chức lễ ra quân cao điểm. Dự có lãnh đạo tỉnh.",
       "CÔNG AN LẠNG SƠN RA QUÂN"},
  });
}

const PositionCase kBodiesAfterTitles[] = {
    {"bodies named in full after the title, a list of fields with commas inside one",
     "Sáng 10/7/2024, Khối thi đua các cơ quan tổng hợp tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm "
     "2024. Dự hội nghị có ông Đinh Văn Thắng, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn; bà Đào Thị Mai, "
     "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, Khối trưởng; ông Trịnh Văn Tú - Phó Giám đốc Sở Lao động, Thương binh và Xã "
     "hội phát biểu. Ông Cao Minh Đức, Chủ tịch Ủy ban Trung ương Hội Chữ thập đỏ Việt Nam dự và phát biểu.",
     {{"Đinh Văn Thắng", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"},
      {"Đào Thị Mai", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, Khối trưởng"},
      {"Trịnh Văn Tú", "Phó Giám đốc Sở Lao động, Thương binh và Xã hội"},
      {"Cao Minh Đức", "Chủ tịch Ủy ban Trung ương Hội Chữ thập đỏ Việt Nam"}}},
    {"a body of the police, the police completed with the text's place, up to the verb",
     "Sáng 3/3/2025, Công an huyện Cẩm Xuyên tổ chức hội nghị sơ kết công tác quý I. Thượng tá Lưu Quang Vinh, "
     "Thủ trưởng Cơ quan Cảnh sát điều tra Công an huyện báo cáo kết quả.",
     {{"Lưu Quang Vinh", "Thủ trưởng Cơ quan Cảnh sát điều tra Công an huyện Cẩm Xuyên"}}},
    {"a federation of associations, the name holding \"và\" and lower-case words",
     "Ngày 12/12/2024, Khối thi đua các hội tổ chức hội nghị tổng kết. Ông Phan Đức Long - Chủ tịch Liên hiệp các "
     "Hội Khoa học và Kỹ thuật tỉnh chủ trì hội nghị.",
     {{"Phan Đức Long", "Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"}}},
};

TEST(PlanPatterns16, BodiesTheLexiconDoesNotKnowAfterAnOfficesTitle) { expect_positions(kBodiesAfterTitles); }

const PositionCase kLevelsAndSides[] = {
    {"an office of no unit, then the level it serves",
     "Sáng 2/3/2025, Cụm thi đua số 4 tổ chức ký kết giao ước thi đua. Dự có đồng chí Hoàng Văn Lực, Phó Bí thư "
     "Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh; ông Mạc Văn Toàn, Phó Trưởng Đoàn ĐBQH tỉnh Lạng Sơn chứng kiến.",
     {{"Hoàng Văn Lực", "Phó Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh"},
      {"Mạc Văn Toàn", "Phó Trưởng đoàn đại biểu Quốc hội tỉnh Lạng Sơn"}}},
    {"a member of the Party's Central Committee, then a second office",
     "Sáng 2/3/2025, Cụm thi đua các thành phố tổ chức hội nghị sơ kết. Dự có ông Trương Quang Hải, Ủy viên dự khuyết "
     "Ban Chấp hành Trung ương Đảng, Bí thư Thành ủy Huế phát biểu.",
     {{"Trương Quang Hải", "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Thành ủy Huế"}}},
    {"\"Về phía tỉnh A có …\": the bare level of that clause is A's, not the text's own province",
     "Sáng 5/7/2024, Công an tỉnh Phú Thọ tổ chức hội nghị sơ kết Cụm thi đua số 2. Về phía tỉnh Tuyên Quang có "
     "đồng chí Lý Thị Hoa, Phó Chủ tịch UBND tỉnh. Đồng chí Trịnh Hữu Nam, Phó Chủ tịch UBND tỉnh phát biểu.",
     {{"Lý Thị Hoa", "Phó Chủ tịch UBND tỉnh Tuyên Quang"}, {"Trịnh Hữu Nam", "Phó Chủ tịch UBND tỉnh Phú Thọ"}}},
};

TEST(PlanPatterns16, LevelAfterAnOfficeAndThePlaceWhoseSideItIs) { expect_positions(kLevelsAndSides); }


TEST(PlanPatterns16, BodysNameStopsAtTheNextPersonAndAtAListsEnd) {
  // The comma before another title or a person closes the body's name: no list of fields follows.
  const json r = parse(
      "Sáng 5/6/2024, Khối thi đua các sở văn hóa - xã hội tổ chức hội nghị. Dự có bà Ngô Thị Hằng, Giám đốc Sở "
      "Y tế, Khối trưởng và ông Lý Văn Sang, Chủ tịch Hội Nông dân tỉnh, Thượng tá Vũ Đình Hưng phát biểu.");
  test::expect_positions(r, {{"Ngô Thị Hằng", "Giám đốc Sở Y tế, Khối trưởng"}});
  const json* sang = test::person(r, "Lý Văn Sang");
  ASSERT_NE(sang, nullptr);
  EXPECT_EQ((*sang)["position"], "Chủ tịch Hội Nông dân tỉnh");
}

void expect_names(const std::vector<test::FieldCase>& cases) { test::expect_field("/movement/name", cases); }

TEST(PlanPatterns16, MovementNamedInsideAnotherNameIsNotTheTexts) {
  expect_names({
      {"a steering board named by its remit",
       "Hương Sơn triển khai công tác phòng chống tội phạm\n\nNgày 3-3, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã "
       "hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc huyện Hương Sơn tổ chức hội nghị triển khai "
       "nhiệm vụ năm 2025.",
       ""},
      {"a department of the ministry named by the movement it builds",
       "Công an tỉnh Nghệ An tổng kết công tác năm 2024\n\nSáng 5/1/2025, Cục Xây dựng phong trào bảo vệ an ninh Tổ "
       "quốc phối hợp với Công an tỉnh Nghệ An tổ chức hội nghị tổng kết công tác năm 2024.",
       ""},
      {"a model's title in quotes holding the movement's words",
       "Phường Trung Đô tổng kết công tác xây dựng phường điển hình\n\nSáng 12/12/2024, Công an phường Trung Đô tổ "
       "chức hội nghị tổng kết 3 năm xây dựng mô hình “Phường điển hình về phong trào toàn dân bảo vệ an ninh Tổ "
       "quốc”.",
       ""},
      {"the board launches the movement by name: the movement named after the verb is the text's",
       "Thạch Hà phát động phong trào thi đua\n\nSáng 9/2/2025, Ban Chỉ đạo phong trào toàn dân bảo vệ an ninh Tổ "
       "quốc huyện Thạch Hà phát động phong trào thi đua “Toàn dân bảo vệ an ninh Tổ quốc” năm 2025.",
       "Toàn dân bảo vệ an ninh Tổ quốc"},
  });
}

TEST(PlanPatterns16, WithNoEventTheLeadNamesTheMovementAtLength) {
  expect_names({
      {"the lead names two congresses celebrated, the headline one",
       "Đẩy mạnh thi đua chào mừng Đại hội Thi đua yêu nước tỉnh lần thứ VI\nNgày 5-9, UBND tỉnh có văn bản về đẩy mạnh "
       "phong trào thi đua yêu nước chào mừng đại hội đảng bộ các cấp, Đại hội Thi đua yêu nước tỉnh lần thứ VI.",
       "phong trào thi đua yêu nước chào mừng đại hội đảng bộ các cấp, Đại hội Thi đua yêu nước tỉnh lần thứ VI"},
  });
}

TEST(PlanPatterns16, MovementsTiedToAreNotTheTexts) {
  expect_names({
      {"campaigns tied to after \"gắn với\", the sentence's subject modal",
       "Công đoàn ngành Y tế phát động thi đua năm 2025\n\nSáng 8/1/2025, Công đoàn ngành Y tế tổ chức lễ phát động "
       "thi đua năm 2025. Các phong trào thi đua phải gắn với cuộc vận động “Mỗi cán bộ, đoàn viên làm một việc "
       "tốt” và thi đua “Dân vận khéo”.",
       ""},
      {"the movement before \"gắn với\" is named, the one after is not",
       "Công an huyện Kỳ Anh phát động thi đua\n\nSáng 6/2/2025, Công an huyện Kỳ Anh phát động phong trào thi đua "
       "“Vì an ninh Tổ quốc” gắn với phong trào “Công an nhân dân học tập và làm theo lời Bác”.",
       "Vì an ninh Tổ quốc"},
  });
}

TEST(PlanPatterns16, NameRunsOnOverAProperNameAndACampaignsPurpose) {
  expect_names({
      {"\"của\" before a person's title and name is inside the name",
       "Hà Tĩnh phát động thi đua\n\nSáng 19/5/2025, Công an tỉnh Hà Tĩnh phát động phong trào thi đua đặc biệt học "
       "tập tấm gương của Chủ tịch Hồ Chí Minh; chào mừng các ngày lễ lớn.",
       "phong trào thi đua đặc biệt học tập tấm gương của Chủ tịch Hồ Chí Minh"},
      {"\"của\" before a unit names whose movement it is",
       "Hà Tĩnh phát động thi đua\n\nSáng 19/5/2025, Ban Giám đốc phát động phong trào thi đua đặc biệt bảo vệ an ninh "
       "các sự kiện của Công an tỉnh Hà Tĩnh năm 2025.",
       "phong trào thi đua đặc biệt bảo vệ an ninh các sự kiện"},
      {"a campaign named by its kind, then its purpose up to the comma",
       "Phát động đợt thi đua cao điểm\n\nSáng 3/9/2025, Công an tỉnh Quảng Bình tổ chức lễ phát động đợt thi đua cao "
       "điểm lập thành tích chào mừng Đại hội Đảng bộ tỉnh lần thứ XVIII, hướng tới kỷ niệm 80 năm Ngày truyền thống.",
       "đợt thi đua cao điểm lập thành tích chào mừng Đại hội Đảng bộ tỉnh lần thứ XVIII"},
      // (s16-plan-d) a peak without its purpose names no campaign (docs/plan-import.md, Known
      // limits; the dev labels of such launches are null); was "đợt thi đua cao điểm".
      {"a peak named by its kind alone names no campaign",
       "Phát động đợt thi đua cao điểm\n\nSáng 3/9/2025, Công an tỉnh Quảng Bình tổ chức lễ phát động đợt thi đua cao "
       "điểm trong toàn lực lượng.",
       ""},
  });
}

const OrganizerCase kIssuers[] = {
    {"the subject of a lead issuing a plan",
     "Ban hành kế hoạch bảo đảm trật tự an toàn giao thông năm 2025\n\nUBND tỉnh Quảng Trị vừa ban hành kế hoạch bảo "
     "đảm trật tự an toàn giao thông năm 2025 trên địa bàn tỉnh. Mục tiêu của kế hoạch là giảm số người chết do tai "
     "nạn giao thông.",
     {"UBND tỉnh Quảng Trị"}},
    {"a document of another issuer cited first, then the subject writing a letter",
     "Phòng chống tội phạm năm 2025\n\nCăn cứ Kế hoạch số 25/KH-BCA ngày 5/1/2025 của Bộ Công an, ngày 20-2, UBND "
     "huyện Hương Khê có văn bản số 318/UBND-CA chỉ đạo các xã triển khai công tác phòng chống tội phạm năm 2025.",
     {"UBND huyện Hương Khê"}},
    {"a decision",
     "Thành lập tổ bảo vệ an ninh, trật tự ở cơ sở\n\nUBND tỉnh Hà Tĩnh vừa quyết định thành lập 1.250 tổ bảo vệ an "
     "ninh, trật tự ở cơ sở.",
     {"UBND tỉnh Hà Tĩnh"}},
    {"a lead that reports results issues nothing",
     "Kết quả phòng chống tội phạm năm 2024\n\nNăm 2024, Công an tỉnh Hà Tĩnh đã điều tra, làm rõ 350 vụ phạm tội, "
     "đạt tỷ lệ 92%.",
     {}},
    {"\"Huyện A\" opening the lead after a source tag, written with the level in lower case",
     "Huyện Krông Pa phát động thi đua năm 2025\n\n(baogialai.vn) - Huyện Krông Pa phát động phong trào thi đua hoàn "
     "thành các chỉ tiêu kinh tế - xã hội năm 2025.",
     {"huyện Krông Pa"}},
};

TEST(PlanPatterns16, OrganisersIssuingADocumentOrOpeningTheLead) { expect_organizers(kIssuers); }

const OrganizerCase kPassives[] = {
    {"the passive with \"bởi\", two organisers joined by \"và\"",
     "Hội nghị sơ kết Cụm thi đua số 3\n\nSáng 8/7/2025, hội nghị sơ kết công tác thi đua 6 tháng đầu năm được tổ "
     "chức bởi Công an tỉnh Bắc Giang và UBND huyện Lục Nam tại hội trường huyện.",
     {"Công an tỉnh Bắc Giang", "UBND huyện Lục Nam"}},
    {"a unit after the place and a comma only attends",
     "Hội nghị sơ kết\n\nSáng 8/7/2025, hội nghị sơ kết công tác thi đua 6 tháng đầu năm được tổ chức bởi Công an "
     "tỉnh Bắc Giang tại trụ sở, đại biểu UBND huyện Lục Nam dự.",
     {"Công an tỉnh Bắc Giang"}},
};

TEST(PlanPatterns16, OrganisersOfAPassiveWithBoi) { expect_organizers(kPassives); }

const OrganizerCase kStandingBoardsAndCouncils[] = {
    {"the standing board of the Front acts for it",
     "Mặt trận huyện triển khai thi đua\n\nNgày 12/3/2025, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện "
     "Cần Giuộc tổ chức hội nghị triển khai kế hoạch thi đua năm 2025.",
     {"Ủy ban Mặt trận Tổ quốc Việt Nam huyện Cần Giuộc"}},
    {"a department hosting as the block's leader: the block organises",
     "Khối thi đua ký kết giao ước\n\nSáng ngày 3/3/2025, Sở Y tế, Khối trưởng Khối thi đua Văn hóa - Xã hội tổ chức "
     "hội nghị ký kết giao ước thi đua năm 2025.",
     {"Khối thi đua Văn hóa - Xã hội"}},
    {"a council named by its head, then its level",
     "Xét khen thưởng năm 2024\n\nSáng ngày 9/1/2025, Hội đồng thi đua khen thưởng huyện họp xét khen thưởng tổng "
     "kết năm 2024.",
     {"Hội đồng thi đua khen thưởng huyện"}},
};

TEST(PlanPatterns16, StandingBoardsAndCouncilsOfAPlace) { expect_organizers(kStandingBoardsAndCouncils); }

const PositionCase kPeopleAfterALevel[] = {
    {"a person's name after the office's level is not the place",
     "Hội nghị tổng kết\n\nNgày 20/12/2024, Công an huyện Ba Tri tổ chức hội nghị tổng kết. Chủ tịch UBND huyện "
     "Trần Văn Khải trao bằng khen cho 12 tập thể.",
     {{"Trần Văn Khải", "Chủ tịch UBND huyện Ba Tri"}}},
    {"the office acted for (\"thừa ủy nhiệm của …\") is not the person's",
     "Hội nghị tổng kết\n\nNgày 20/12/2024, UBND huyện Ia Grai tổ chức hội nghị tổng kết. Thừa ủy nhiệm của Bộ trưởng "
     "Bộ Công an, Phó Chủ tịch UBND huyện Lê Đình Sơn đã trao Kỷ niệm chương cho 5 cá nhân.",
     {{"Lê Đình Sơn", "Phó Chủ tịch UBND huyện Ia Grai"}}},
};

TEST(PlanPatterns16, PeopleAfterALevelAndOfficesActedFor) { expect_positions(kPeopleAfterALevel); }

TEST(PlanPatterns16, OfficeOfAPersonNamedAfterItDoesNotOrganise) {
  // A caption heading the text: the committee is the chairman's title, not the subject.
  EXPECT_EQ(test::strings(parse("Chủ tịch UBND huyện Trần Văn Khải trao bằng khen cho các tập thể.\n\nTrong năm, tỷ lệ "
                                "điều tra khám phá án đạt 92%.")["organizers"]),
            test::Strings{});
  // A person of the unit acting, named after the office: the unit launches.
  EXPECT_EQ(test::strings(parse("Tại buổi lễ, Đại tá Lê Văn Hòa, Phó Giám đốc Công an tỉnh Bình Phước đã phát động "
                                "toàn lực lượng thi đua lập thành tích.")["organizers"]),
            test::Strings{"Công an tỉnh Bình Phước"});
}

TEST(PlanPatterns16, OneTitleHeldInTwoBodiesIsTwoOffices) {
  const json r = parse(
      "Xét khen thưởng năm 2024\n\nSáng ngày 9/1/2025, Hội đồng thi đua khen thưởng huyện họp xét khen thưởng. "
      "Đồng chí Lò Văn Pẩng, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện, Chủ tịch Hội đồng thi đua, khen thưởng huyện "
      "chủ trì. Đồng chí Lò Văn Pẩng, Chủ tịch Hội đồng thi đua, khen thưởng huyện kết luận hội nghị.");
  test::expect_positions(
      r, {{"Lò Văn Pẩng", "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện, Chủ tịch Hội đồng thi đua, khen thưởng huyện"}});
}

}  // namespace
}  // namespace thidua::text::plan
