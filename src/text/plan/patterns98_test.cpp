// Session 27 (issue 14, s27-members): the group of the former eval8 texts (written blind, never tuned on) —
// members, leader, deputy, name — read as SHAPES of administrative Vietnamese, not as their wordings. Every
// sentence below was written for these tests in sectors other than the text it came from (veterans, trade
// unions, youth, schools, health stations, Fronts, courts, tax, the police, departments), labelled by the
// Conventions (tests/fixtures/plans/README.md, "Group") before the run; each positive fails with main
// 9dc98b4's binary, each negative guards the rule's limit.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_field;
using test::expect_group;
using test::GroupCase;

// "Cụm thi đua số 10 gồm các đơn vị Hội phụ nữ Tổng cục An ninh, Tổng cục Cảnh sát, …" with "Hội phụ nữ các
// đơn vị Cụm thi đua số 10" (cum10-2017, cum7-2018): an organisation that stands inside a body (a union, a
// women's or veterans' association, a youth union, a Party committee) written once before the first body of
// the list, in a text naming the group as that organisation's ("ORG các …", "ORG Cụm/Khối …"), is each
// listed body's; the body holding a role stands for its organisation listed. A list whose first item is
// such an organisation in a text that never names the group as its own keeps its bodies as written.
TEST(PlanPatterns98, AnOrganisationWrittenOnceBeforeTheBodiesIsEachBodys) {
  const GroupCase cases[] = {
      {"veterans-departments",
       "Sáng 12/3/2024, Hội Cựu chiến binh các đơn vị Khối thi đua số 4 tổ chức ký kết giao ước thi đua. "
       "Khối thi đua số 4 gồm Hội Cựu chiến binh Sở Tài chính, Sở Xây dựng, Sở Y tế và Kho bạc Nhà nước tỉnh.",
       {"Hội Cựu chiến binh Sở Tài chính", "Hội Cựu chiến binh Sở Xây dựng", "Hội Cựu chiến binh Sở Y tế",
        "Hội Cựu chiến binh Kho bạc Nhà nước tỉnh"},
       "",
       ""},
      {"unions-hospitals-semicolons",
       "Ngày 5/4/2023, Công đoàn Cụm thi đua số 2 tổ chức hội nghị ký kết giao ước thi đua. Cụm thi đua gồm: "
       "Công đoàn Bệnh viện Đa khoa tỉnh; Bệnh viện Y học cổ truyền; Bệnh viện Phổi và Trung tâm Kiểm soát "
       "bệnh tật tỉnh.",
       {"Công đoàn Bệnh viện Đa khoa tỉnh", "Công đoàn Bệnh viện Y học cổ truyền", "Công đoàn Bệnh viện Phổi",
        "Công đoàn Trung tâm Kiểm soát bệnh tật tỉnh"},
       "",
       ""},
      {"youth-finance-bodies",
       "Đoàn Thanh niên các đơn vị trong Cụm thi đua số 5 đã ký kết giao ước thi đua năm 2025. Cụm thi đua số "
       "5 gồm các đơn vị Đoàn Thanh niên Cục Hải quan, Cục Thuế, Kho bạc Nhà nước và Ngân hàng Nhà nước chi "
       "nhánh tỉnh.",
       {"Đoàn Thanh niên Cục Hải quan", "Đoàn Thanh niên Cục Thuế", "Đoàn Thanh niên Kho bạc Nhà nước",
        "Đoàn Thanh niên Ngân hàng Nhà nước chi nhánh tỉnh"},
       "",
       ""},
      {"women-leader-by-its-body",
       "Hội phụ nữ Cụm thi đua số 6 ký giao ước thi đua năm 2024. Cụm thi đua số 6 gồm các đơn vị Hội phụ nữ "
       "Phòng Cảnh sát hình sự, Phòng Cảnh sát giao thông, Phòng Hậu cần và Phòng Tham mưu là đơn vị Cụm "
       "trưởng.",
       {"Hội phụ nữ Phòng Cảnh sát hình sự", "Hội phụ nữ Phòng Cảnh sát giao thông", "Hội phụ nữ Phòng Hậu cần",
        "Hội phụ nữ Phòng Tham mưu"},
       "Hội phụ nữ Phòng Tham mưu",
       ""},
      {"neg-party-committee-in-a-mixed-khoi",
       "Sáng 10/1/2024, Khối thi đua các cơ quan tổng hợp tổ chức ký kết giao ước thi đua. Khối gồm: Đảng ủy "
       "Công an tỉnh, Sở Tư pháp, Sở Nội vụ và Sở Tài chính.",
       {"Đảng ủy Công an tỉnh", "Sở Tư pháp", "Sở Nội vụ", "Sở Tài chính"},
       "",
       ""},
      {"neg-women-union-of-the-province",
       "Ngày 8/3/2025, Cụm thi đua số 3 tổ chức ký kết giao ước thi đua. Cụm thi đua số 3 gồm các đơn vị: Hội "
       "Liên hiệp Phụ nữ tỉnh, Sở Lao động - Thương binh và Xã hội, Sở Tư pháp và Sở Nội vụ.",
       {"Hội Liên hiệp Phụ nữ tỉnh", "Sở Lao động - Thương binh và Xã hội", "Sở Tư pháp", "Sở Nội vụ"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

// "Cụm thi đua số 10 gồm các Văn phòng Đảng ủy: phường Bến Cát, Tân Uyên, … và phường Thới Hòa" (ben-cat-2025):
// a plural head written before the colon, the level after it with the first place; each place is that
// level's body of that head. A colon followed by names with no level ("các Sở: Tư pháp, Nội vụ") is
// the fields' list, as before.
TEST(PlanPatterns98, APluralHeadBeforeTheColonTheLevelAfterIt) {
  const GroupCase cases[] = {
      {"kindergartens-communes",
       "Ngày 20/11/2024, Cụm thi đua số 3 gồm các Trường Mầm non: xã Hòa Bình, Tân Lập, Yên Sơn và xã Đông "
       "Phú tổ chức ký kết giao ước thi đua năm học 2024-2025.",
       {"Trường Mầm non xã Hòa Bình", "Trường Mầm non xã Tân Lập", "Trường Mầm non xã Yên Sơn",
        "Trường Mầm non xã Đông Phú"},
       "",
       ""},
      {"health-stations-wards",
       "Sáng 15/1/2025, Cụm thi đua số 2 gồm các Trạm Y tế: phường Quang Trung, Hà Lầm, Hồng Gai và phường "
       "Bãi Cháy tổ chức hội nghị tổng kết công tác thi đua năm 2024.",
       {"Trạm Y tế phường Quang Trung", "Trạm Y tế phường Hà Lầm", "Trạm Y tế phường Hồng Gai",
        "Trạm Y tế phường Bãi Cháy"},
       "",
       ""},
      {"fronts-counted",
       "Chiều 3/12/2025, Khối thi đua số 6 gồm 4 Ủy ban Mặt trận Tổ quốc: xã Phú Lộc, Phú Hòa, Phú Xuân và xã "
       "Phú Thượng tổ chức bình xét thi đua năm 2025.",
       {"Ủy ban Mặt trận Tổ quốc xã Phú Lộc", "Ủy ban Mặt trận Tổ quốc xã Phú Hòa",
        "Ủy ban Mặt trận Tổ quốc xã Phú Xuân", "Ủy ban Mặt trận Tổ quốc xã Phú Thượng"},
       "",
       ""},
      {"neg-fields-after-the-colon",
       "Ngày 9/1/2025, Khối thi đua số 1 gồm các Sở: Tư pháp, Nội vụ, Tài chính và Xây dựng tổ chức ký kết "
       "giao ước thi đua năm 2025.",
       {"Sở Tư pháp", "Sở Nội vụ", "Sở Tài chính", "Sở Xây dựng"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

// "đại diện … các Trại giam Cụm số 7, gồm: …" then "Hội phụ nữ Cụm thi đua số 7 ký kết …" (cum7-2018): a group
// written short and in full elsewhere is named in full, as the Conventions write "Cụm thi đua số N". Another
// group's full name (another number) does not name it.
TEST(PlanPatterns98, AGroupWrittenShortAndInFullIsNamedInFull) {
  expect_field("/group/name", {
      {"courts-khoi",
       "Ngày 14/1/2024, Tòa án nhân dân các huyện thuộc Khối số 4, gồm: Tòa án nhân dân huyện Đông Anh, Tòa án "
       "nhân dân huyện Sóc Sơn và Tòa án nhân dân huyện Mê Linh tổ chức tổng kết. Khối thi đua số 4 đã đề "
       "nghị tặng Cờ thi đua cho Tòa án nhân dân huyện Đông Anh.",
       "Khối thi đua số 4"},
      {"tax-cum-short-first",
       "Ngày 10/2/2025, Cụm số 2 gồm: Chi cục Thuế huyện Yên Lạc, Chi cục Thuế huyện Vĩnh Tường và Chi cục "
       "Thuế huyện Tam Dương ký kết giao ước. Cụm thi đua số 2 thống nhất nội dung thi đua năm 2025.",
       "Cụm thi đua số 2"},
      {"schools-cum-short-first",
       "Sáng 3/10/2024, các trường thuộc Cụm số 5, gồm: Trường THCS Lê Lợi, Trường THCS Nguyễn Du và Trường "
       "THCS Trần Phú ký giao ước thi đua. Lãnh đạo Cụm thi đua số 5 phát biểu.",
       "Cụm thi đua số 5"},
      {"neg-another-number",
       "Ngày 5/1/2025, Cụm số 3 gồm: Công an huyện A Lưới, Công an huyện Nam Đông và Công an huyện Phong Điền "
       "tổ chức hội nghị tổng kết. Cụm thi đua số 2 cũng tổ chức tổng kết cùng ngày.",
       "Cụm số 3"},
  });
}

// "Ban Tuyên giáo, Ban Tổ chức, Ban Dân vận, Ban Nội chính, Ủy ban Kiểm tra, Văn phòng Tỉnh ủy" (binh-thuan-2014): a
// Party committee's boards written bare in a list where its boards are written with one committee — after
// them or before — are that committee's. With two committees named, the bare boards stay as written.
TEST(PlanPatterns98, PartyBoardsWrittenBareBesideTheirCommitteeAreItsOwn) {
  const GroupCase cases[] = {
      {"district-committee-last",
       "Chiều 20/12/2024, Khối thi đua các cơ quan Đảng huyện tổ chức hội nghị tổng kết. Khối gồm: Ban Tổ "
       "chức, Ban Tuyên giáo, Ủy ban Kiểm tra và Văn phòng Huyện ủy.",
       {"Ban Tổ chức Huyện ủy", "Ban Tuyên giáo Huyện ủy", "Ủy ban Kiểm tra Huyện ủy", "Văn phòng Huyện ủy"},
       "",
       ""},
      {"city-committee-first",
       "Ngày 15/1/2025, Cụm thi đua số 1 gồm: Ban Tuyên giáo và Dân vận Thành ủy, Ban Tổ chức, Ủy ban Kiểm tra "
       "và Văn phòng tổ chức ký kết giao ước thi đua năm 2025.",
       {"Ban Tuyên giáo và Dân vận Thành ủy", "Ban Tổ chức Thành ủy", "Ủy ban Kiểm tra Thành ủy",
        "Văn phòng Thành ủy"},
       "",
       ""},
      {"ward-committee-beside-a-centre",
       "Ngày 8/1/2025, Khối thi đua số 2 gồm: Ban Dân vận, Ban Nội chính, Văn phòng Quận ủy, Trung tâm Chính "
       "trị quận tổ chức hội nghị ký kết giao ước thi đua.",
       {"Ban Dân vận Quận ủy", "Ban Nội chính Quận ủy", "Văn phòng Quận ủy", "Trung tâm Chính trị quận"},
       "",
       ""},
      {"neg-two-committees",
       "Ngày 8/1/2025, Cụm thi đua số 4 gồm: Ban Tổ chức Tỉnh ủy, Ban Tổ chức Thành ủy, Ban Tuyên giáo và Văn "
       "phòng tổ chức hội nghị ký kết giao ước thi đua.",
       {"Ban Tổ chức Tỉnh ủy", "Ban Tổ chức Thành ủy", "Ban Tuyên giáo", "Văn phòng"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

// "11 đơn vị gồm: A, B, …, Văn phòng Tỉnh ủy; Báo Bình Thuận, Ban C, Trường D và 02 Đảng ủy Khối E, Đảng ủy
// Khối F, thuộc Khối Thi đua 6 tham gia …" (binh-thuan-2014): a semicolon before a second run of bodies listed
// by commas goes on with the list, the verb after the run the clause's; "và 02 B, C" is a count of the bodies
// closing the list. One body after the semicolon and a verb ("…; C làm Cụm trưởng") still closes it.
TEST(PlanPatterns98, ASemicolonBeforeASecondRunOfBodiesGoesOnWithTheList) {
  const GroupCase cases[] = {
      {"departments-then-media-and-boards",
       "Tại hội nghị, đại diện 9 đơn vị gồm: Sở Tư pháp, Sở Nội vụ, Thanh tra tỉnh; Đài Phát thanh - Truyền "
       "hình tỉnh, Báo Quảng Ngãi, Trường Chính trị tỉnh và 02 Ban Quản lý dự án tỉnh, Ban Quản lý Khu kinh tế "
       "tỉnh, thuộc Khối thi đua số 3 phát biểu ý kiến.",
       {"Sở Tư pháp", "Sở Nội vụ", "Thanh tra tỉnh", "Đài Phát thanh - Truyền hình tỉnh", "Báo Quảng Ngãi",
        "Trường Chính trị tỉnh", "Ban Quản lý dự án tỉnh", "Ban Quản lý Khu kinh tế tỉnh"},
       "",
       ""},
      {"hospitals-then-health-centres",
       "Tham dự có lãnh đạo các đơn vị trong Khối thi đua số 2 gồm: Bệnh viện Đa khoa tỉnh, Bệnh viện Sản Nhi, "
       "Bệnh viện Mắt; Trung tâm Y tế huyện Đức Phổ, Trung tâm Y tế huyện Mộ Đức và Trung tâm Kiểm soát bệnh "
       "tật tỉnh cùng dự hội nghị.",
       {"Bệnh viện Đa khoa tỉnh", "Bệnh viện Sản Nhi", "Bệnh viện Mắt", "Trung tâm Y tế huyện Đức Phổ",
        "Trung tâm Y tế huyện Mộ Đức", "Trung tâm Kiểm soát bệnh tật tỉnh"},
       "",
       ""},
      {"neg-one-body-and-its-role",
       "Ngày 12/1/2025, Cụm thi đua số 5 gồm Công an huyện A, Công an huyện B và Công an huyện C; Công an huyện "
       "C làm Cụm trưởng năm 2025.",
       {"Công an huyện A", "Công an huyện B", "Công an huyện C"},
       "Công an huyện C",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

// "… của các đơn vị trong khối: A, B, …, Quỹ Đầu tư phát triển tỉnh và Đại diện lãnh đạo Sở Nội vụ, Công an tỉnh"
// (ninh-thuan-2023): "và" before those who stand for a body ("đại diện", "lãnh đạo", in any case) ends the list
// of bodies — the bodies after them are theirs, witnesses, no members. A body whose name holds "Đại diện"
// after its head ("Văn phòng Đại diện …") stays a member.
TEST(PlanPatterns98, RepresentativesAfterVaEndTheListOfBodies) {
  const GroupCase cases[] = {
      {"departments-then-leaders",
       "Ngày 20/2/2024, Khối thi đua số 3 tổ chức ký kết giao ước thi đua với sự tham dự của các đơn vị trong "
       "khối: Sở Y tế, Sở Giáo dục và Đào tạo, Bảo hiểm xã hội tỉnh và Đại diện lãnh đạo Ban Thi đua - Khen "
       "thưởng, Sở Nội vụ.",
       {"Sở Y tế", "Sở Giáo dục và Đào tạo", "Bảo hiểm xã hội tỉnh"},
       "",
       ""},
      {"tax-offices-then-leaders",
       "Ngày 5/3/2025, Cụm thi đua số 4 tổ chức hội nghị. Tham dự có các đơn vị trong cụm: Chi cục Thuế huyện A, "
       "Chi cục Thuế huyện B, Chi cục Thuế huyện C và lãnh đạo Văn phòng Cục Thuế, Phòng Tổ chức cán bộ.",
       {"Chi cục Thuế huyện A", "Chi cục Thuế huyện B", "Chi cục Thuế huyện C"},
       "",
       ""},
      {"schools-then-representatives",
       "Sáng 12/1/2025, Cụm thi đua số 2 gồm: Trường THPT Lê Lợi, Trường THPT Nguyễn Trãi, Trường THPT Trần Phú "
       "và đại diện Phòng Giáo dục, Công đoàn ngành cùng dự hội nghị.",
       {"Trường THPT Lê Lợi", "Trường THPT Nguyễn Trãi", "Trường THPT Trần Phú"},
       "",
       ""},
      {"neg-representative-office",
       "Ngày 9/1/2025, Khối thi đua số 5 gồm: Sở Ngoại vụ, Sở Công Thương, Sở Du lịch và Văn phòng Đại diện Bộ "
       "Ngoại giao tổ chức ký kết giao ước thi đua.",
       {"Sở Ngoại vụ", "Sở Công Thương", "Sở Du lịch", "Văn phòng Đại diện Bộ Ngoại giao"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

// "Đồng chí Võ Duy Sang, Chủ tịch Hội Làm vườn và Trang trại tỉnh - Trưởng Cụm thi đua số 11 năm 2025" (thanh-hoa-
// 2026): the role written "Trưởng Cụm/Khối" before the group's name ("thi đua số 11") names the text's group, and
// the person's body holds it. Another group's number names another group.
TEST(PlanPatterns98, TruongCumBeforeTheGroupsNameIsItsRole) {
  const GroupCase cases[] = {
      {"social-insurance-khoi",
       "Ngày 15/1/2025, Khối thi đua số 3 tổ chức hội nghị tổng kết năm 2024.\n\nÔng Trần Văn Hùng, Giám đốc Bảo "
       "hiểm xã hội tỉnh Nghệ An - Trưởng Khối thi đua số 3 phát biểu khai mạc.",
       {},
       "Bảo hiểm xã hội tỉnh Nghệ An",
       ""},
      {"district-people-committee",
       "Sáng 10/12/2024, Cụm thi đua số 4 tổ chức hội nghị tổng kết năm 2024.\n\nĐồng chí Lê Thị Hoa, Chủ tịch "
       "UBND huyện Yên Định, Trưởng Cụm thi đua số 4 chủ trì hội nghị.",
       {},
       "UBND huyện Yên Định",
       ""},
      {"district-court",
       "Ngày 8/1/2025, Cụm thi đua số 2 tổ chức ký kết giao ước thi đua.\n\nBà Nguyễn Thị Lan, Chánh án Tòa án "
       "nhân dân huyện Sóc Sơn - Trưởng Cụm thi đua số 2 báo cáo kết quả.",
       {},
       "Tòa án nhân dân huyện Sóc Sơn",
       ""},
      {"neg-another-groups-leader",
       "Ngày 8/1/2025, Cụm thi đua số 6 tổ chức ký kết giao ước thi đua.\n\nÔng Phạm Văn Nam, Chủ tịch Hội Nông "
       "dân tỉnh - Trưởng Cụm thi đua số 5 dự và phát biểu.",
       {},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

// "… tổ chức hội nghị tổng kết công tác thi đua năm 2012 … bầu huyện Hữu Lũng là trưởng cụm, huyện Bắc Sơn là phó
// cụm thi đua năm 2013" (lang-son-2013, whose page stamp and lead teaser write later years first; ben-tre-2012):
// a text reviewing a year is about that year, and a unit elected to a role for a later year — the year written
// after the role or opening the sentence — holds it in the next term, not in the text's. A year written after
// another clause's verb ("… làm Cụm trưởng và phát động phong trào thi đua năm 2026") is not the role's.
TEST(PlanPatterns98, ARoleElectedForTheYearAfterTheReviewedOneIsNotThisYears) {
  const GroupCase cases[] = {
      {"communes-role-year-after",
       "Ngày 10/1/2024, Cụm thi đua các xã vùng cao tổ chức tổng kết công tác thi đua năm 2023. Cụm gồm: xã A Vao, "
       "xã Hướng Lập, xã Hướng Việt. Hội nghị đã bầu xã Hướng Lập là cụm trưởng, xã A Vao là cụm phó năm 2024.",
       {"xã A Vao", "xã Hướng Lập", "xã Hướng Việt"},
       "",
       ""},
      {"schools-year-opening-the-sentence-under-a-page-stamp",
       "Thứ ba, 12/03/2024\nChiều 15/12/2019, Khối thi đua các trường THPT tổ chức tổng kết phong trào thi đua năm "
       "2019. Khối gồm: Trường THPT Lê Lợi, Trường THPT Nguyễn Huệ, Trường THPT Quang Trung. Năm 2020, các đơn vị "
       "bầu Trường THPT Nguyễn Huệ làm khối trưởng.",
       {"Trường THPT Lê Lợi", "Trường THPT Nguyễn Huệ", "Trường THPT Quang Trung"},
       "",
       ""},
      {"treasuries-role-year-after",
       "Sáng 8/1/2025, Cụm thi đua số 3 Kho bạc Nhà nước tổ chức tổng kết công tác thi đua năm 2024. Cụm gồm: Kho "
       "bạc Nhà nước Lào Cai, Kho bạc Nhà nước Yên Bái, Kho bạc Nhà nước Hà Giang. Các đơn vị đã bầu Kho bạc Nhà "
       "nước Yên Bái làm Cụm trưởng năm 2025.",
       {"Kho bạc Nhà nước Lào Cai", "Kho bạc Nhà nước Yên Bái", "Kho bạc Nhà nước Hà Giang"},
       "",
       ""},
      {"neg-the-movements-year",
       "Ngày 20/1/2026, Cụm thi đua số 5 tổ chức tổng kết công tác thi đua năm 2025, triển khai nhiệm vụ năm 2026. "
       "Cụm gồm: Cục Thuế tỉnh Phú Thọ, Cục Thuế tỉnh Tuyên Quang, Cục Thuế tỉnh Hà Giang. Các đơn vị đã bầu Cục "
       "Thuế tỉnh Tuyên Quang làm Cụm trưởng và phát động phong trào thi đua năm 2026.",
       {"Cục Thuế tỉnh Phú Thọ", "Cục Thuế tỉnh Tuyên Quang", "Cục Thuế tỉnh Hà Giang"},
       "Cục Thuế tỉnh Tuyên Quang",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

// "… gồm các đơn vị: …, Liên minh hợp tác xã tỉnh, …, Quỹ Đầu tư phát triển tỉnh, …" in a text writing "tại Hội
// trường Quỹ Đầu tư phát triển tỉnh Bắc Ninh" (bac-ninh-2024): members "each in full", the level completed
// (Conventions, Group; Session 26) — a member closing with the bare "tỉnh" is the province's the text names,
// wherever it names it (a hall, a resolution's title), when it names one. A text naming no province, or
// two, keeps the level bare.
TEST(PlanPatterns98, AMembersBareProvinceLevelIsTheOneTheTextNames) {
  const GroupCase cases[] = {
      {"economic-khoi-hall",
       "Chiều 29/3/2024, tại Hội trường Quỹ Phát triển đất tỉnh Hà Nam, Khối thi đua các cơ quan kinh tế tổ chức "
       "hội nghị. Khối gồm: Sở Tài chính, Sở Xây dựng, Quỹ Bảo vệ môi trường tỉnh, Liên minh hợp tác xã tỉnh.",
       {"Sở Tài chính", "Sở Xây dựng", "Quỹ Bảo vệ môi trường tỉnh Hà Nam", "Liên minh hợp tác xã tỉnh Hà Nam"},
       "",
       ""},
      {"staff-khoi-resolution",
       "Ngày 12/1/2024, Khối thi đua các cơ quan tham mưu tổ chức ký kết giao ước, phấn đấu thực hiện Nghị quyết "
       "về xây dựng, phát triển tỉnh Phú Yên đến năm 2030. Khối gồm: Văn phòng UBND tỉnh, Sở Nội vụ, Cục Thống kê "
       "tỉnh, Ban Dân tộc tỉnh.",
       {"Văn phòng UBND tỉnh Phú Yên", "Sở Nội vụ", "Cục Thống kê tỉnh Phú Yên", "Ban Dân tộc tỉnh Phú Yên"},
       "",
       ""},
      {"neg-no-province",
       "Ngày 10/1/2025, Khối thi đua các cơ quan kinh tế tổ chức hội nghị. Khối gồm: Sở Tài chính, Sở Xây dựng, Quỹ "
       "Bảo vệ môi trường tỉnh, Liên minh hợp tác xã tỉnh.",
       {"Sở Tài chính", "Sở Xây dựng", "Quỹ Bảo vệ môi trường tỉnh", "Liên minh hợp tác xã tỉnh"},
       "",
       ""},
      {"neg-two-provinces",
       "Ngày 12/4/2024, Cụm thi đua số 3 tổ chức hội nghị tại tỉnh Ninh Bình, có đại diện tỉnh Nam Định dự. Cụm "
       "gồm: Kho bạc Nhà nước tỉnh, Cục Thuế tỉnh, Cục Hải quan tỉnh.",
       {"Kho bạc Nhà nước tỉnh", "Cục Thuế tỉnh", "Cục Hải quan tỉnh"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

}  // namespace
}  // namespace thidua::text::plan
