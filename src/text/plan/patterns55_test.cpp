// The fifty-fifth round (issue 14, session 21, s21-people): people and counts audited without
// labels (tools/plan-audit/people.py). A party committee whose head holds its level ("Huyện ủy X",
// "Quận ủy X", "Thị ủy X") names a place of that level: an officer's bare level of that level is
// completed with X, and X is never taken for a province. A room named by its code keeps the police
// written right after it ("Trưởng phòng PC06 Công an tỉnh X").
// Sentences written for the test, none copied from a text.
#include <gtest/gtest.h>

#include <string>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using nlohmann::json;
using test::parse;

std::string position_of(const json& out, const std::string& name) {
  for (const json& p : out["people"])
    if (p["name"] == name && p["position"].is_string()) return p["position"].get<std::string>();
  return "(not found)";
}

struct PositionOf {
  const char* what;
  const char* text;
  const char* name;
  const char* position;
};

// Each person's position as written out with its unit and place.
TEST(PlanPatterns55, PositionsTakeTheirUnitsAndPlaces) {
  const PositionOf cases[] = {
      {"a fused party committee (\"Huyện ủy X\") names its district",
       "Ngày 14/10/2023, Huyện ủy Đông Sơn Thượng tổ chức Hội nghị biểu dương điển hình tiên tiến trong phong "
       "trào thi đua yêu nước. Tới dự có ông Trần Minh Khoa, Chủ tịch UBND huyện. Dịp này, Ban Thường vụ Huyện "
       "ủy tặng Giấy khen cho 11 tập thể và 27 cá nhân.",
       "Trần Minh Khoa", "Chủ tịch UBND huyện Đông Sơn Thượng"},
      {"a fused party committee (\"Quận ủy X\") is no province",
       "Sáng 9/5/2024, Quận ủy Tân Bình Đông tổ chức Lễ phát động phong trào thi đua cao điểm. Dự lễ có bà Lê "
       "Thu Hà, Phó Chủ tịch UBND tỉnh, và ông Võ Văn Tâm, Bí thư Quận ủy.",
       "Lê Thu Hà", "Phó Chủ tịch UBND tỉnh"},
      {"a room named by its code keeps the police written after it",
       "Chiều 21/6/2024, Công an tỉnh Lào Cai tổ chức Lễ tuyên dương các điển hình trong phong trào thi đua "
       "\"Vì an ninh Tổ quốc\". Dự lễ có Trung tá Lò Văn Sinh, Phó Trưởng phòng PX03 Công an tỉnh Lào Cai, và "
       "Thiếu tá Đinh Thị Mến, Đội trưởng. Dịp này, 9 tập thể được tặng Giấy khen.",
       "Lò Văn Sinh", "Phó Trưởng phòng PX03 Công an tỉnh Lào Cai"},
      {"the police written short before its level (\"GĐ CA tỉnh\")",
       "Ngày 2/4/2024, Công an tỉnh Hòa Bình tổ chức Hội nghị sơ kết phong trào thi đua. Dự hội nghị có Đại tá "
       "Bùi Văn Lực, GĐ CA tỉnh; Thượng tá Quách Thị Nga, PGĐ CA tỉnh.",
       "Quách Thị Nga", "Phó Giám đốc Công an tỉnh Hòa Bình"},
  };
  for (const PositionOf& c : cases) EXPECT_EQ(position_of(parse(c.text), c.name), c.position) << c.what;
}

}  // namespace
}  // namespace thidua::text::plan
