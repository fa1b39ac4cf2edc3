// The thirty-second round of patterns (issue 14, branch s16-plan-e): how Vietnamese administrative
// prose writes a person's position, in sentences written for the test (none is copied from a text):
//  - a Party office's committee written in lower case ("Phó Bí thư huyện ủy", "Bí thư đảng ủy")
//    or with the officers' shorthand ("PBT HU", "PBT TTHU" = Thường trực Huyện ủy, "UVBTV TU"):
//    the committee is part of the position (lower case kept as written, shorthand spelt out), and
//    the offices held with it after a comma are read on;
//  - a body named in lower case after the title heading it, the title's noun opening the name or
//    closing the title ("Đội trưởng đội tuần tra …", "Tổ trưởng tổ tự quản …", "Phó trưởng ban
//    quản lý dự án A - B"): the name is part of the position, up to the punctuation or the verb,
//    with the police it belongs to when a bracket names it.
#include <gtest/gtest.h>

#include <string>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

// ---- positions: a Party office's committee in lower case or shorthand -------------------------

const test::PositionCase kPartyCommittees[] = {
    {"\"huyện ủy\" in lower case, then a second office",
     "Sáng 14-1, UBND huyện Lạc Sơn tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2024. Ông Bùi Văn "
     "Tâm – Phó Bí thư huyện ủy, Chủ tịch UBND huyện chủ trì hội nghị.",
     {{"Bùi Văn Tâm", "Phó Bí thư huyện ủy, Chủ tịch UBND huyện Lạc Sơn"}}},
    {"\"tỉnh ủy\" in lower case after \"Bí thư\"",
     "Ngày 9/3/2025, UBND tỉnh Hòa Bình phát động thi đua cao điểm. Dự lễ có đồng chí Nguyễn Thị Lan, Phó Bí thư "
     "Thường trực tỉnh ủy.",
     {{"Nguyễn Thị Lan", "Phó Bí thư Thường trực tỉnh ủy"}}},
    {"\"PBT HU\" and \"PBT TTHU\" spelt out",
     "Ngày 20/2/2025, Cụm thi đua các huyện phía Bắc ký kết giao ước thi đua. Tham dự có đồng chí Hoàng Văn Quý - "
     "PBT TTHU, đồng chí Lò Văn Sinh - PBT HU, Chủ tịch UBND huyện Mường La.",
     {{"Hoàng Văn Quý", "Phó Bí thư Thường trực Huyện ủy"},
      {"Lò Văn Sinh", "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Mường La"}}},
    {"\"UVBTV TU\" before a department's director",
     "Ngày 5/1/2025, Khối thi đua các sở tổng kết năm 2024. Dự có ông Đặng Quốc Huy, UVBTV TU, Giám đốc Sở Nội vụ.",
     {{"Đặng Quốc Huy", "Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Sở Nội vụ"}}},
    {"\"đảng ủy\" of a commune in lower case",
     "Sáng 2/9/2024, UBND xã Tân Hòa tổ chức ngày hội toàn dân bảo vệ an ninh Tổ quốc. Ông Phạm Văn Lực, Bí thư "
     "đảng ủy, Chủ tịch HĐND xã phát biểu.",
     {{"Phạm Văn Lực", "Bí thư đảng ủy, Chủ tịch HĐND xã Tân Hòa"}}},
    {"\"đảng ủy\" with its commune",
     "Sáng 2/9/2024, UBND xã Tân Hòa tổ chức ngày hội toàn dân bảo vệ an ninh Tổ quốc. Ông Phạm Văn Lực, Bí thư "
     "đảng ủy xã Tân Hòa phát biểu.",
     {{"Phạm Văn Lực", "Bí thư đảng ủy xã Tân Hòa"}}},
};

TEST(PlanPatterns32, PartyCommitteeInLowerCaseOrShorthand) { test::expect_positions(kPartyCommittees); }

// Not a committee: a youth union's secretary, a title before a capitalised committee, and an
// office that is no Party office are read as before.
const test::PositionCase kNotACommittee[] = {
    {"the youth union's secretary",
     "Ngày 26/3/2025, Tỉnh đoàn Sơn La ra quân tình nguyện hè. Đồng chí Lường Văn Thắng - Bí thư Huyện đoàn phát "
     "biểu.",
     {{"Lường Văn Thắng", "Bí thư Huyện đoàn"}}},
    {"a capitalised committee is read as before",
     "Ngày 9/3/2025, UBND tỉnh Hòa Bình phát động thi đua cao điểm. Dự lễ có đồng chí Nguyễn Thị Lan, Phó Bí thư "
     "Tỉnh ủy, Chủ tịch UBND tỉnh.",
     {{"Nguyễn Thị Lan", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hòa Bình"}}},
    {"a director is no Party office",
     "Ngày 5/1/2025, Khối thi đua các sở tổng kết năm 2024. Dự có ông Đặng Quốc Huy, Giám đốc Sở Nội vụ tỉnh.",
     {{"Đặng Quốc Huy", "Giám đốc Sở Nội vụ tỉnh"}}},
};

TEST(PlanPatterns32, OtherTitlesUnchanged) { test::expect_positions(kNotACommittee); }

// ---- positions: a body named in lower case after its title ----------------------------------

const test::PositionCase kLowerCaseBodies[] = {
    {"the title's noun written again, the police in a bracket",
     "Ngày 15/4/2025, Công an huyện Kim Bôi tổng kết mô hình tự quản. Thiếu tá Đinh Văn Hải, Đội trưởng đội tuần "
     "tra phòng chống tội phạm (Công an huyện Kim Bôi) đã báo cáo kết quả.",
     {{"Đinh Văn Hải", "Đội trưởng đội tuần tra phòng chống tội phạm, Công an huyện Kim Bôi"}}},
    {"a team of a hamlet, up to the verb",
     "Sáng 3/6/2025, UBND xã Hợp Thanh sơ kết phong trào bảo vệ an ninh Tổ quốc. Ông Bùi Văn Khang, Tổ trưởng tổ "
     "tự quản an ninh trật tự phát biểu.",
     {{"Bùi Văn Khang", "Tổ trưởng tổ tự quản an ninh trật tự"}}},
    {"a board in lower case, two places joined by a dash",
     "Ngày 8/1/2025, Cụm thi đua số 5 ký kết giao ước thi đua. Chủ trì hội nghị có đồng chí Vũ Thị Hạnh - Phó "
     "trưởng ban quản lý dự án Hòa Bình - Lương Sơn. Dự hội nghị có đại diện 6 đơn vị.",
     {{"Vũ Thị Hạnh", "Phó trưởng ban quản lý dự án Hòa Bình - Lương Sơn"}}},
};

TEST(PlanPatterns32, BodyInLowerCaseAfterItsTitle) { test::expect_positions(kLowerCaseBodies); }

// A title followed by a verb, or by a noun that is not its own, takes nothing more.
const test::PositionCase kNoLowerCaseBody[] = {
    {"a verb after the title",
     "Ngày 15/4/2025, Công an huyện Kim Bôi tổng kết mô hình tự quản. Thiếu tá Đinh Văn Hải, Đội trưởng phát biểu "
     "tại hội nghị.",
     {{"Đinh Văn Hải", "Đội trưởng"}}},
    {"another noun after \"Đội trưởng\"",
     "Ngày 15/4/2025, Công an huyện Kim Bôi tổng kết mô hình tự quản. Thiếu tá Đinh Văn Hải, Đội trưởng cùng các "
     "cán bộ đã báo cáo.",
     {{"Đinh Văn Hải", "Đội trưởng"}}},
};

TEST(PlanPatterns32, NoBodyAfterATitleFollowedByAVerb) { test::expect_positions(kNoLowerCaseBody); }

}  // namespace
}  // namespace thidua::text::plan
