// The twenty-second round of patterns (issue 14, branch s13-plan-b): how Vietnamese prose lists
// a group's members and a pledge's contents, beyond the shapes the development texts had. Every
// sentence is written for the test in the pattern of real articles (none is copied from them):
//  - members with a remark in brackets inside a list that is not itself bracketed ("gồm Công ty A
//    (khối trưởng), Công ty B (khối phó), Công ty C và Công ty D cùng ký …"): the remark's ")"
//    does not close the list, and the remark gives the role;
//  - a head written once, in the first member ("Trường THPT A, THPT B, THPT C"; "Trường Đại học
//    A, Đại học B"), or as the kind before the colon ("gồm các trường: THCS A, THCS B"): every
//    member takes it back; provinces after a body named with its province ("Ngân hàng Nhà nước chi
//    nhánh A, B và C") are that body's;
//  - a body's head, a count or "các" and a level before bare places ("gồm 5 Thuế tỉnh: A, B, …",
//    "gồm Kho bạc 4 tỉnh: …", "Bảo hiểm xã hội các tỉnh A, B"): each place is that level's body;
//    a member named by its body and a bare province beside others written with their level takes
//    the level too; two levels before the names ("gồm 5 huyện, thị xã: …"): bare names take the
//    first;
//  - a list of bodies ends with the item holding the clause's verb ("… và THPT D tổ chức hội nghị
//    tổng kết công tác thi đua, khen thưởng"), "và" before a capitalised word being a name's;
//  - the group named again by its head ("Các đơn vị thành viên của Cụm gồm: …", "Khối có 5 đơn
//    vị: …"), and bodies around a mention without "gồm": in a bracket after it, after "N đơn vị
//    trong Cụm:" or "… là", or listed right before "(Cụm …)" or "thuộc Cụm …"; "các đơn vị: A,
//    B, C" signing the group's pledge in the sentence naming it;
//  - "… gồm:" closing its line, the members one a line below it (bulleted, numbered or bare),
//    with roles after a dash or in brackets; a table written out as lines (a header "STT …", row
//    numbers, columns split by "|" or the role closing the row);
//  - contents: ordinals opening one sentence each after the colon ("với các nội dung: Một là, A.
//    Hai là, B."); one list without semicolons or a count, each item opening with a verb of action
//    ("tập trung vào các nội dung: đổi mới A, nâng cao B và đẩy mạnh C"; "Trọng tâm là xây
//    dựng A, nâng cao B, phấn đấu C"): split before each verb, a comma before another word staying
//    inside its item.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using json = nlohmann::json;
using test::ContentCase;
using test::GroupCase;
using test::parse;

// ---- members: remarks in brackets inside an open list -----------------------------------------

TEST(PlanPatterns22, RemarksInsideAnOpenList) {
  const GroupCase cases[] = {
      {"companies with their roles in brackets, the last before the verb",
       "Sáng 14/3/2024, các đơn vị trong Khối thi đua số 7 gồm Công ty TNHH Cao su An Phú (khối trưởng), "
       "Công ty CP Cao su Bình Minh (khối phó), Công ty TNHH MTV Cao su Đồng Xanh và Công ty CP Cao su Hòa Lạc "
       "cùng nhau ký kết giao ước thi đua năm 2024.",
       {"Công ty TNHH Cao su An Phú", "Công ty CP Cao su Bình Minh", "Công ty TNHH MTV Cao su Đồng Xanh",
        "Công ty CP Cao su Hòa Lạc"},
       "Công ty TNHH Cao su An Phú",
       "Công ty CP Cao su Bình Minh"},
      {"associations, the remark on a middle member",
       "Ngày 9/1/2025, Cụm thi đua số 3 gồm Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh (cụm trưởng), "
       "Hội Liên hiệp Phụ nữ tỉnh và Liên đoàn Lao động tỉnh tổ chức hội nghị tổng kết năm 2024.",
       {"Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh", "Hội Liên hiệp Phụ nữ tỉnh", "Liên đoàn Lao động tỉnh"},
       "Hội Cựu chiến binh tỉnh",
       ""},
  };
  for (const GroupCase& c : cases) test::expect_group(c);
}

// ---- members: a head written once -------------------------------------------------------------

TEST(PlanPatterns22, HeadWrittenOnceInTheFirstMember) {
  const GroupCase cases[] = {
      {"high schools: \"Trường\" only before the first",
       "Ngày 20-5-2024, Cụm thi đua số 2 gồm: Trường THPT Quang Trung, THPT Lê Lợi, THPT Nguyễn Trãi và "
       "THPT Hùng Vương tổ chức hội nghị tổng kết năm học 2023-2024.",
       {"Trường THPT Quang Trung", "Trường THPT Lê Lợi", "Trường THPT Nguyễn Trãi", "Trường THPT Hùng Vương"},
       "",
       ""},
      {"universities: \"Trường\" before the first, \"Đại học\" opening the others",
       "Ngày 12/3/2024, Khối thi đua các trường đại học gồm Trường Đại học Hồng Đức, Đại học Văn hóa Thể thao, "
       "Đại học Y khoa Bắc Trung Bộ ký kết giao ước thi đua năm 2024.",
       {"Trường Đại học Hồng Đức", "Trường Đại học Văn hóa Thể thao", "Trường Đại học Y khoa Bắc Trung Bộ"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) test::expect_group(c);
  // Members each written in full are kept as written.
  const json r = parse(
      "Ngày 2/4/2024, Cụm thi đua số 5 gồm Trường THCS Kim Đồng, Trường THCS Lý Tự Trọng và Trường THCS Võ Thị "
      "Sáu ký kết giao ước thi đua.");
  EXPECT_EQ(test::strings(r["group"]["members"]),
            (test::Strings{"Trường THCS Kim Đồng", "Trường THCS Lý Tự Trọng", "Trường THCS Võ Thị Sáu"}));
}

// ---- members: a body's head and a level before bare places ------------------------------------

TEST(PlanPatterns22, HeadAndLevelBeforeBarePlaces) {
  const GroupCase cases[] = {
      {"a count before the head, a colon after the level",
       "Ngày 15/1/2025, Cụm thi đua số 4 thuộc Cục Thuế gồm 5 Thuế tỉnh: Nghệ An, Hà Tĩnh, Quảng Bình, Quảng Trị "
       "và Thừa Thiên Huế tổ chức hội nghị tổng kết năm 2024.",
       {"Thuế tỉnh Nghệ An", "Thuế tỉnh Hà Tĩnh", "Thuế tỉnh Quảng Bình", "Thuế tỉnh Quảng Trị",
        "Thuế tỉnh Thừa Thiên Huế"},
       "",
       ""},
      {"the count between the head and the level, a remark on one place",
       "Ngày 5/4/2023, Cụm thi đua số 2 gồm Kho bạc 4 tỉnh: Lào Cai (cụm trưởng), Yên Bái, Hà Giang và Tuyên "
       "Quang ký kết giao ước thi đua năm 2023.",
       {"Kho bạc tỉnh Lào Cai", "Kho bạc tỉnh Yên Bái", "Kho bạc tỉnh Hà Giang", "Kho bạc tỉnh Tuyên Quang"},
       "Kho bạc tỉnh Lào Cai",
       ""},
  };
  for (const GroupCase& c : cases) test::expect_group(c);
  // As many places as the count, or it is no such list.
  const json r = parse(
      "Ngày 15/1/2025, Cụm thi đua số 4 gồm 6 Thuế tỉnh: Nghệ An, Hà Tĩnh và Quảng Bình tổ chức hội nghị.");
  EXPECT_TRUE(r["group"]["members"].empty()) << r["group"]["members"];
}

// ---- members: where the list ends, the group named again, a list before the bracketed group ----

TEST(PlanPatterns22, ListEndsAtTheClauseVerb) {
  const GroupCase cases[] = {
      {"a comma after the verb is the clause's, not the list's",
       "Ngày 22-5, Cụm thi đua số 3 gồm: Trường THPT Lam Sơn, THPT Đào Duy Từ, THPT Hàm Rồng và THPT Đông Sơn "
       "tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm học 2022-2023.",
       {"Trường THPT Lam Sơn", "Trường THPT Đào Duy Từ", "Trường THPT Hàm Rồng", "Trường THPT Đông Sơn"},
       "",
       ""},
      {"the group named again by its head, a body outside the gazetteer among departments",
       "Ngày 3/3/2024, Cụm thi đua số 5 tổ chức hội nghị ký kết giao ước thi đua năm 2024. Các đơn vị thành "
       "viên của Cụm gồm: Sở Tư pháp, Sở Nội vụ (cụm phó), Thanh tra tỉnh và Sở Ngoại vụ.",
       {"Sở Tư pháp", "Sở Nội vụ", "Thanh tra tỉnh", "Sở Ngoại vụ"},
       "",
       "Sở Nội vụ"},
      {"a body, its level and places before the bracketed group; a centrally-run city among them",
       "Ngày 3/3/2024, các Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ninh, Hải Phòng, Thái Bình, Nam Định (Cụm "
       "thi đua số 1) ký kết giao ước thi đua.",
       {"Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ninh", "Bộ Chỉ huy Bộ đội Biên phòng thành phố Hải Phòng",
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Thái Bình", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nam Định"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) test::expect_group(c);
}

// ---- members: the kind written before the list, places after a body named with its province ---

TEST(PlanPatterns22, KindBeforeTheListAndPlacesAfterABody) {
  const GroupCase cases[] = {
      {"\"các trường:\" gives each school its head",
       "Ngày 8/9/2024, Cụm thi đua số 2 gồm các trường: THCS Nguyễn Huệ, THCS Chu Văn An, THCS Lê Quý Đôn ký "
       "kết giao ước thi đua năm học 2024-2025.",
       {"Trường THCS Nguyễn Huệ", "Trường THCS Chu Văn An", "Trường THCS Lê Quý Đôn"},
       "",
       ""},
      {"\"các Phòng:\" capitalised, the items named by their field",
       "Ngày 12/1/2024, Cụm thi đua số 1 của huyện gồm các Phòng: Tài chính - Kế hoạch, Nội vụ, Văn hóa và "
       "Thông tin tổ chức hội nghị.",
       {"Phòng Tài chính - Kế hoạch", "Phòng Nội vụ", "Phòng Văn hóa và Thông tin"},
       "",
       ""},
      {"a bank's branches named by their provinces after the first, the last after \"và\"",
       "Ngày 3/3/2024, Cụm thi đua số 4 tổ chức hội nghị. Cụm có 4 đơn vị là Ngân hàng Nhà nước chi nhánh Thanh "
       "Hóa, Nghệ An, Quảng Bình và Hà Tĩnh.",
       {"Ngân hàng Nhà nước chi nhánh Thanh Hóa", "Ngân hàng Nhà nước chi nhánh Nghệ An",
        "Ngân hàng Nhà nước chi nhánh Quảng Bình", "Ngân hàng Nhà nước chi nhánh Hà Tĩnh"},
       "",
       ""},
      {"a body whose name holds a level word (\"Bảo hiểm xã hội\") before \"các tỉnh\"",
       "Ngày 6/2/2025, Cụm thi đua số 3 gồm Bảo hiểm xã hội các tỉnh Thanh Hóa, Nghệ An và Hà Tĩnh tổ chức hội "
       "nghị ký kết giao ước thi đua.",
       {"Bảo hiểm xã hội tỉnh Thanh Hóa", "Bảo hiểm xã hội tỉnh Nghệ An", "Bảo hiểm xã hội tỉnh Hà Tĩnh"},
       "",
       ""},
      {"a counted list's description naming a body before the colon",
       "Ngày 16/1/2025, Cụm thi đua số 5 gồm 3 đơn vị trực thuộc UBND tỉnh: Sở Ngoại vụ, Ban Dân tộc tỉnh và Sở "
       "Tư pháp tổ chức hội nghị tổng kết năm 2024.",
       {"Sở Ngoại vụ", "Ban Dân tộc tỉnh", "Sở Tư pháp"},
       "",
       ""},
      {"\"với N đơn vị thành viên là\" after the group",
       "Ngày 21/3/2024, Khối thi đua số 6 với 3 đơn vị thành viên là Hội Chữ thập đỏ tỉnh, Hội Người mù tỉnh và "
       "Hội Khuyến học tỉnh ký kết giao ước thi đua năm 2024.",
       {"Hội Chữ thập đỏ tỉnh", "Hội Người mù tỉnh", "Hội Khuyến học tỉnh"},
       "",
       ""},
      {"the group named again by its head, its units counted, then named; \"và\" inside a name",
       "Ngày 3/3/2024, Khối thi đua Nội chính tổ chức hội nghị. Khối có 4 đơn vị: Tòa án nhân dân tỉnh (khối "
       "trưởng), Viện Kiểm sát nhân dân tỉnh, Sở Khoa học và Công nghệ và Cục Thi hành án dân sự tỉnh.",
       {"Tòa án nhân dân tỉnh", "Viện Kiểm sát nhân dân tỉnh", "Sở Khoa học và Công nghệ",
        "Cục Thi hành án dân sự tỉnh"},
       "Tòa án nhân dân tỉnh",
       ""},
  };
  for (const GroupCase& c : cases) test::expect_group(c);
}

TEST(PlanPatterns22, BarePlaceTakesTheLevelTheOthersWrite) {
  test::expect_group({"a city and a province named bare among bodies written with \"tỉnh\"",
                      "Ngày 20/2/2024, Cụm thi đua số 3 gồm 4 đơn vị: Hội Luật gia Đà Nẵng - Cụm trưởng, Hội Luật "
                      "gia Quảng Nam, Hội Luật gia tỉnh Quảng Ngãi và Hội Luật gia tỉnh Bình Định ký kết giao ước.",
                      {"Hội Luật gia thành phố Đà Nẵng", "Hội Luật gia tỉnh Quảng Nam", "Hội Luật gia tỉnh Quảng Ngãi",
                       "Hội Luật gia tỉnh Bình Định"},
                      "Hội Luật gia thành phố Đà Nẵng",
                      ""});
  // With no member written with its level, each stays as written.
  test::expect_group({"no level anywhere",
                      "Ngày 20/2/2024, Cụm thi đua số 3 gồm Hội Luật gia Đà Nẵng, Hội Luật gia Quảng Nam và Hội Luật "
                      "gia Quảng Ngãi ký kết giao ước.",
                      {"Hội Luật gia Đà Nẵng", "Hội Luật gia Quảng Nam", "Hội Luật gia Quảng Ngãi"},
                      "",
                      ""});
}

TEST(PlanPatterns22, TwoLevelsBeforeTheNames) {
  const GroupCase cases[] = {
      {"\"5 huyện, thị xã:\": bare names take the first level, the other written with its own",
       "Ngày 11/1/2024, Cụm thi đua số 2 gồm 4 huyện, thị xã: Hương Sơn, Đức Thọ, Vũ Quang và thị xã Hồng Lĩnh "
       "tổ chức hội nghị tổng kết năm 2023.",
       {"huyện Hương Sơn", "huyện Đức Thọ", "huyện Vũ Quang", "thị xã Hồng Lĩnh"},
       "",
       ""},
      {"the police of two levels",
       "Ngày 11/1/2024, Công an tỉnh tổ chức hội nghị. Cụm thi đua số 4 gồm Công an các huyện, thành phố: Can Lộc, "
       "Lộc Hà và thành phố Hà Tĩnh.",
       {"Công an huyện Can Lộc", "Công an huyện Lộc Hà", "Công an thành phố Hà Tĩnh"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) test::expect_group(c);
}

// ---- members: around the group, without "gồm" -----------------------------------------------

TEST(PlanPatterns22, BodiesAroundTheGroup) {
  const GroupCase cases[] = {
      {"units \"trong Cụm\" counted, then named after a colon",
       "Ngày 14/1/2025, Cụm thi đua số 2 tổ chức hội nghị tổng kết. Tham dự có lãnh đạo 4 đơn vị trong Cụm: Ban "
       "Dân tộc tỉnh, Sở Ngoại vụ, Thanh tra tỉnh (cụm trưởng) và Sở Tư pháp.",
       {"Ban Dân tộc tỉnh", "Sở Ngoại vụ", "Thanh tra tỉnh", "Sở Tư pháp"},
       "Thanh tra tỉnh",
       ""},
      {"a bracket right after the group",
       "Chiều 9/2/2024, Khối thi đua số 4 (Sở Xây dựng, Sở Giao thông vận tải, Sở Công Thương) ký kết giao ước "
       "thi đua năm 2024.",
       {"Sở Xây dựng", "Sở Giao thông vận tải", "Sở Công Thương"},
       "",
       ""},
      {"\"các đơn vị trong Cụm … là\"",
       "Ngày 3/3/2024, các đơn vị trong Cụm thi đua số 6 là Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh và Tỉnh "
       "đoàn đã ký kết giao ước thi đua.",
       {"Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh", "Tỉnh đoàn"},
       "",
       ""},
      {"bodies listed before the bracketed group",
       "Sáng 3/3/2024, Đài Phát thanh và Truyền hình tỉnh, Báo Hà Tĩnh, Hội Nhà báo tỉnh và Sở Thông tin và "
       "Truyền thông (Khối thi đua số 7) ký kết giao ước thi đua năm 2024.",
       {"Đài Phát thanh và Truyền hình tỉnh", "Báo Hà Tĩnh", "Hội Nhà báo tỉnh", "Sở Thông tin và Truyền thông"},
       "",
       ""},
      {"bodies listed before \"thuộc\" the group",
       "Ngày 3/3/2024, Sở Tư pháp, Sở Nội vụ, Sở Y tế và Thanh tra tỉnh thuộc Cụm thi đua số 5 ký kết giao ước "
       "thi đua.",
       {"Sở Tư pháp", "Sở Nội vụ", "Sở Y tế", "Thanh tra tỉnh"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) test::expect_group(c);
  // Those signing the group's pledge in the sentence naming it are its units; those attending are not.
  test::expect_group({"\"các đơn vị: …\" signing the group's pledge",
                      "Chiều 27/2/2024, lãnh đạo các đơn vị: Sở Nông nghiệp và Phát triển nông thôn, Sở Công "
                      "Thương, Ban Quản lý Khu kinh tế tỉnh và Sở Xây dựng đã ký kết giao ước thi đua Khối thi đua số "
                      "3 năm 2024.",
                      {"Sở Nông nghiệp và Phát triển nông thôn", "Sở Công Thương", "Ban Quản lý Khu kinh tế tỉnh",
                       "Sở Xây dựng"},
                      "",
                      ""});
  const json guests = parse(
      "Ngày 27/2/2024, Khối thi đua số 3 tổ chức hội nghị. Dự hội nghị có lãnh đạo các đơn vị: Sở Nội vụ, Ban Thi "
      "đua - Khen thưởng tỉnh và Liên đoàn Lao động tỉnh.");
  EXPECT_TRUE(guests["group"]["members"].empty()) << guests["group"]["members"];
  // One place's bodies before the group are no list of members.
  const json one_place = parse("Ngày 3/3/2024, Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã Vạn Khánh thuộc Cụm thi đua số 3 tổ "
                               "chức ngày hội.");
  EXPECT_TRUE(one_place["group"]["members"].empty()) << one_place["group"]["members"];
  // One body before the group is no list of members.
  const json r = parse("Ngày 3/3/2024, Sở Tư pháp (Cụm thi đua số 5) tổ chức hội nghị ký kết giao ước thi đua.");
  EXPECT_TRUE(r["group"]["members"].empty()) << r["group"]["members"];
}

// ---- members: one a line below "gồm:" -----------------------------------------------------------

TEST(PlanPatterns22, MembersOneALine) {
  const GroupCase cases[] = {
      {"bulleted lines, roles in brackets",
       "Ngày 10/3/2025, Cụm thi đua số 1 tổ chức ký kết giao ước thi đua năm 2025.\n"
       "Cụm thi đua số 1 gồm:\n"
       "- Sở Tư pháp (Cụm trưởng);\n"
       "- Sở Nội vụ (Cụm phó);\n"
       "- Sở Y tế;\n"
       "- Thanh tra tỉnh.\n"
       "Tại hội nghị, các đơn vị thống nhất nội dung giao ước.",
       {"Sở Tư pháp", "Sở Nội vụ", "Sở Y tế", "Thanh tra tỉnh"},
       "Sở Tư pháp",
       "Sở Nội vụ"},
      {"numbered lines after a count, a role after a dash",
       "Ngày 10/3/2025, Khối thi đua các doanh nghiệp gồm 3 đơn vị:\n"
       "1. Công ty Điện lực Hà Tĩnh - Khối trưởng\n"
       "2. Công ty Cấp nước Hà Tĩnh\n"
       "3. Công ty Môi trường đô thị Hà Tĩnh\n"
       "Các đơn vị đã ký kết giao ước thi đua năm 2025.",
       {"Công ty Điện lực Hà Tĩnh", "Công ty Cấp nước Hà Tĩnh", "Công ty Môi trường đô thị Hà Tĩnh"},
       "Công ty Điện lực Hà Tĩnh",
       ""},
  };
  for (const GroupCase& c : cases) test::expect_group(c);
  // A table written out as lines: a header, row numbers, the role as the last column.
  test::expect_group({"a table's rows",
                      "Ngày 2/3/2025, Khối thi đua số 5 tổ chức hội nghị. Khối thi đua số 5 gồm các đơn vị sau:\n"
                      "STT Tên đơn vị Ghi chú\n"
                      "1 Ban Tổ chức Tỉnh ủy Khối trưởng\n"
                      "2 Ban Tuyên giáo Tỉnh ủy Khối phó\n"
                      "3 Văn phòng Tỉnh ủy\n"
                      "Hội nghị đã thống nhất nội dung giao ước.",
                      {"Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "Văn phòng Tỉnh ủy"},
                      "Ban Tổ chức Tỉnh ủy",
                      "Ban Tuyên giáo Tỉnh ủy"});
  test::expect_group({"rows with bars between the columns",
                      "Ngày 2/3/2025, Cụm thi đua số 8 gồm:\n"
                      "1 | Trung tâm Y tế huyện Kỳ Anh | Cụm trưởng\n"
                      "2 | Trung tâm Y tế huyện Cẩm Xuyên |\n"
                      "3 | Trung tâm Y tế huyện Thạch Hà |",
                      {"Trung tâm Y tế huyện Kỳ Anh", "Trung tâm Y tế huyện Cẩm Xuyên", "Trung tâm Y tế huyện Thạch Hà"},
                      "Trung tâm Y tế huyện Kỳ Anh",
                      ""});
  // Lines of prose after the colon are no members.
  const json r = parse(
      "Ngày 10/3/2025, Cụm thi đua số 1 gồm:\n"
      "Các đơn vị đã thống nhất nội dung giao ước thi đua năm 2025.\n"
      "Hội nghị đã bầu đơn vị cụm trưởng năm 2026.");
  EXPECT_TRUE(r["group"]["members"].empty()) << r["group"]["members"];
}

// ---- contents: items opening with verbs of action --------------------------------------------

const ContentCase kContents[] = {
    {"after \"tập trung vào các nội dung:\", commas and \"và\"",
     "Ngày 5/4/2023, Khối thi đua các cơ quan Đảng ký kết giao ước thi đua năm 2023, tập trung vào các nội "
     "dung: đổi mới công tác tham mưu, nâng cao chất lượng đội ngũ cán bộ và đẩy mạnh ứng dụng công nghệ "
     "thông tin.",
     {"đổi mới công tác tham mưu", "nâng cao chất lượng đội ngũ cán bộ", "đẩy mạnh ứng dụng công nghệ thông tin"}},
    {"after \"Trọng tâm là\", a comma inside the first item",
     "Năm 2024, các đơn vị trong Cụm thi đua số 6 thống nhất giao ước thi đua; trọng tâm là xây dựng cơ quan, "
     "đơn vị vững mạnh toàn diện, thực hành tiết kiệm, chống lãng phí, phấn đấu hoàn thành xuất sắc nhiệm vụ "
     "được giao.",
     {"xây dựng cơ quan, đơn vị vững mạnh toàn diện", "thực hành tiết kiệm, chống lãng phí",
      "phấn đấu hoàn thành xuất sắc nhiệm vụ được giao"}},
    {"ordinals opening one sentence each after the colon",
     "Ngày 5/4/2023, Khối thi đua số 3 ký kết giao ước thi đua năm 2023 với các nội dung: Một là, bảo đảm an "
     "toàn tuyệt đối các mục tiêu. Hai là, nâng cao chất lượng huấn luyện. Ba là, chăm lo đời sống cán bộ. Hội "
     "nghị cũng bầu đơn vị khối trưởng năm 2024.",
     {"bảo đảm an toàn tuyệt đối các mục tiêu", "nâng cao chất lượng huấn luyện", "chăm lo đời sống cán bộ"}},
    {"\"Thứ nhất, … Thứ hai, …\" after a count",
     "Ngày 5/4/2023, Cụm thi đua số 1 ký kết giao ước với 2 nội dung: Thứ nhất, thi đua hoàn thành dự toán thu "
     "ngân sách. Thứ hai, thi đua cải cách thủ tục hành chính.",
     {"thi đua hoàn thành dự toán thu ngân sách", "thi đua cải cách thủ tục hành chính"}},
    // (s20-contents) one item closing its paragraph after a plural head is kept whole, as the
    // hand-written `ninh-thuan-2022-border-guard-fifty-days-launch` label has it; it was `{}` before.
    {"two items only: not split (a pair may be one content)",
     "Ngày 5/4/2023, Khối thi đua số 2 ký kết giao ước với các nội dung: đổi mới công tác thi đua và nâng cao "
     "chất lượng khen thưởng.",
     {"đổi mới công tác thi đua và nâng cao chất lượng khen thưởng"}},
};

TEST(PlanPatterns22, ContentsOpeningWithVerbs) { test::expect_contents(kContents); }

}  // namespace
}  // namespace thidua::text::plan
