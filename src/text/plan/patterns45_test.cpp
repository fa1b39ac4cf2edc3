// The forty-fifth round (issue 14, session 20, s20-members): how administrative prose lists the
// members of an emulation cluster or block, from the focused set tests/fixtures/plans/focus/members
// — a block named by the kind of its bodies; the group named again with a bare level after its
// name; units counted by their kind before a colon; a count, a kind of body and a level before
// places; a comma inside one body's name; the armed forces' units joined by "và"; a city's
// numbered districts. Sentences written for the test, none copied from a text.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_group;

TEST(PlanPatterns45, ABlockNamedByTheKindOfItsBodiesIsAGroup) {
  expect_group({"Khối cơ quan + a capitalised name, its units listed after gồm",
                "Ngày 9/7, Khối cơ quan Tổng hợp tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. Khối cơ quan Tổng "
                "hợp gồm: Văn phòng UBND tỉnh, Sở Kế hoạch và Đầu tư, Sở Tài chính và Cục Thống kê tỉnh.",
                {"Văn phòng UBND tỉnh", "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Cục Thống kê tỉnh"},
                "",
                ""});
}

TEST(PlanPatterns45, TheGroupNamedAgainWithABareLevelAfterItsNameListsItsUnits) {
  expect_group({"the block's own name, then the name with tỉnh before có … gồm",
                "Sáng 4/3, Khối thi đua các cơ quan Văn hóa tổ chức ký kết giao ước thi đua năm 2022. Khối thi đua "
                "các cơ quan Văn hóa tỉnh có 4 đơn vị gồm: Sở Văn hóa, Thể thao và Du lịch, Thư viện tỉnh, Bảo tàng "
                "tỉnh và Nhà hát Ca múa nhạc.",
                {"Sở Văn hóa, Thể thao và Du lịch", "Thư viện tỉnh", "Bảo tàng tỉnh", "Nhà hát Ca múa nhạc"},
                "",
                ""});
}

TEST(PlanPatterns45, UnitsCountedByTheirKindBeforeAColonAreTheMembers) {
  expect_group({"có N trường …, described, then a colon and the schools",
                "Khối thi đua số 7, năm học 2023 - 2024 có 4 trường cao đẳng, trung cấp trong tỉnh: Trường Cao đẳng "
                "Y tế Hà Tây; Trường Cao đẳng Kỹ thuật Miền Tây; Trường Trung cấp Nghề Sơn Tây; Trường Trung cấp Y "
                "Phú Xuyên.",
                {"Trường Cao đẳng Y tế Hà Tây", "Trường Cao đẳng Kỹ thuật Miền Tây", "Trường Trung cấp Nghề Sơn Tây",
                 "Trường Trung cấp Y Phú Xuyên"},
                "",
                ""});
}

TEST(PlanPatterns45, ACountAKindOfBodyAndALevelBeforePlacesGiveEachPlacesBodyNotItsPolice) {
  expect_group({"gồm N trường chính trị tỉnh A, B, C",
                "Cụm thi đua số 2 các trường chính trị gồm 4 trường chính trị tỉnh Lào Cai, Yên Bái, Hà Giang và "
                "Tuyên Quang đã tổng kết năm 2023.",
                {"Trường chính trị tỉnh Lào Cai", "Trường chính trị tỉnh Yên Bái", "Trường chính trị tỉnh Hà Giang",
                 "Trường chính trị tỉnh Tuyên Quang"},
                "",
                ""});
}

TEST(PlanPatterns45, ACommaBeforeAWordInLowerCaseIsInsideOneBodysName) {
  expect_group({"a board for protecting, caring for cadres' health",
                "Khối thi đua III gồm: Ban Tổ chức Tỉnh ủy, Ban Dân vận Tỉnh ủy, Ban Bảo vệ, chăm sóc sức khỏe cán bộ "
                "Tỉnh ủy, Đảng ủy Khối các cơ quan tỉnh.",
                {"Ban Tổ chức Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Ban Bảo vệ, chăm sóc sức khỏe cán bộ Tỉnh ủy",
                 "Đảng ủy Khối các cơ quan tỉnh"},
                "",
                ""});
  expect_group({"an inspection and supervision agency, last in a list closed by và",
                "Khối thi đua số 4 gồm 4 đơn vị: Thanh tra Bộ Xây dựng, Thanh tra Bộ Công Thương, Thanh tra Bộ Y tế và "
                "Cơ quan thanh tra, giám sát Bảo hiểm; các đơn vị đã thống nhất nội dung thi đua.",
                {"Thanh tra Bộ Xây dựng", "Thanh tra Bộ Công Thương", "Thanh tra Bộ Y tế",
                 "Cơ quan thanh tra, giám sát Bảo hiểm"},
                "",
                ""});
}

TEST(PlanPatterns45, TheArmedForcesUnitsOfABlockAreJoinedByVa) {
  expect_group({"a prison and a naval squadron after và",
                "Khối thi đua Nội chính gồm: Công an tỉnh, Viện KSND tỉnh, Bộ CHQS tỉnh, Trại giam Thủ Đức và Hải đoàn "
                "Biên phòng 28.",
                {"Công an tỉnh", "Viện KSND tỉnh", "Bộ CHQS tỉnh", "Trại giam Thủ Đức", "Hải đoàn Biên phòng 28"},
                "",
                ""});
}

TEST(PlanPatterns45, ACitysNumberedDistrictsAfterABodyAndItsLevelAreThatBodysOnes) {
  expect_group({"Hội Khuyến học các quận 1, 3, 10, Phú Nhuận",
                "Ngày 2/4, cụm thi đua số 2 (gồm Hội Khuyến học các quận 1, 3, 10, Phú Nhuận) tổ chức hội nghị giao "
                "ban lần 1 năm 2024.",
                {"Hội Khuyến học quận 1", "Hội Khuyến học quận 3", "Hội Khuyến học quận 10",
                 "Hội Khuyến học quận Phú Nhuận"},
                "",
                ""});
}

TEST(PlanPatterns45, ACountedListOneItemLongJoinsAUnitToTheCommandAfterItsComma) {
  expect_group({"a brigade and its command, the list counted",
                "Khối thi đua số 5 có 4 cơ quan, đơn vị gồm: Công an tỉnh, Bộ chỉ huy Quân sự tỉnh, Trại giam Nam "
                "Hà và Lữ đoàn 125, Bộ Tư lệnh Hải quân.",
                {"Công an tỉnh", "Bộ chỉ huy Quân sự tỉnh", "Trại giam Nam Hà", "Lữ đoàn 125, Bộ Tư lệnh Hải quân"},
                "",
                ""});
}

TEST(PlanPatterns45, AListedUnitGivenItsRoleByNameAfterTheListHoldsIt) {
  expect_group({"Trong đó A là đơn vị Khối trưởng, B làm Khối phó",
                "Khối thi đua số 2 gồm: Sở Tư pháp, Thanh tra tỉnh, Trại giam Xuân Lộc và Sở Nội vụ. Trong đó Trại "
                "giam Xuân Lộc là đơn vị Khối trưởng, Thanh tra tỉnh làm Khối phó.",
                {"Sở Tư pháp", "Thanh tra tỉnh", "Trại giam Xuân Lộc", "Sở Nội vụ"},
                "Trại giam Xuân Lộc",
                "Thanh tra tỉnh"});
  expect_group({"a unit elected to the role for the coming year does not hold it",
                "Khối thi đua số 2 gồm: Sở Tư pháp, Thanh tra tỉnh, Trại giam Xuân Lộc và Sở Nội vụ đã tổng kết năm "
                "2023. Hội nghị bầu Trại giam Xuân Lộc là đơn vị Khối trưởng năm 2024.",
                {"Sở Tư pháp", "Thanh tra tỉnh", "Trại giam Xuân Lộc", "Sở Nội vụ"},
                "",
                ""});
}

TEST(PlanPatterns45, ASemicolonListSplitsAtACommaOrAVaBeforeAnotherBodysHead) {
  expect_group({"a bracketed list after trong Khối: its first item with a comma, its last with và",
                "Sáng 3/3, Khối thi đua Kinh tế tổ chức hội nghị ký kết giao ước thi đua năm 2024. Tham dự có lãnh đạo "
                "các đơn vị trong Khối (Ban Quản lý Khu kinh tế, Sở Xây dựng; Sở Công Thương; Sở Nông nghiệp và Phát "
                "triển nông thôn và Kho bạc Nhà nước tỉnh).",
                {"Ban Quản lý Khu kinh tế", "Sở Xây dựng", "Sở Công Thương", "Sở Nông nghiệp và Phát triển nông thôn",
                 "Kho bạc Nhà nước tỉnh"},
                "",
                ""});
}

TEST(PlanPatterns45, TheBodiesWhoseOfficialsTheGroupGathersAreItsMembers) {
  expect_group({"gồm có Chủ tịch và Phó Chủ tịch Hội … N phường: A, B",
                "Chiều 5/3, Cụm thi đua số 2 gồm có Chủ tịch và Phó Chủ tịch Hội Khuyến học 4 phường: Bến Nghé, "
                "Đa Kao, Tân Định, Cầu Kho đã ký kết giao ước thi đua năm 2024.",
                {"Hội Khuyến học phường Bến Nghé", "Hội Khuyến học phường Đa Kao",
                 "Hội Khuyến học phường Tân Định", "Hội Khuyến học phường Cầu Kho"},
                "",
                ""});
}

}  // namespace
}  // namespace thidua::text::plan
