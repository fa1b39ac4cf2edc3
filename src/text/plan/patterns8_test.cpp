// The eighth round of patterns of Vietnamese administrative prose (issue 14), table-driven: each
// row is a sentence written for the test in the pattern of real articles (none is copied from
// them) and what the import must read from it. Contents listed after "nhiệm vụ trọng tâm gồm:"
// and after "… nội dung chính, trong đó trọng tâm là", a count of contents.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_parser.h"
#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using nlohmann::json;
using test::parse;
using test::strings;

using Strings = std::vector<std::string>;

// ---- contents --------------------------------------------------------------------------------

struct ContentsCase {
  const char* what;
  const char* text;
  Strings contents;
};

const ContentsCase kContentsCases[] = {
    {"the key tasks listed after 'nhiệm vụ trọng tâm gồm:'",
     "Công an huyện Đông Sơn triển khai công tác năm 2021\n"
     "Ngày 10/1/2021, Công an huyện Đông Sơn tổ chức hội nghị triển khai công tác năm 2021. Năm 2021, Công an "
     "huyện tập trung thực hiện các nhiệm vụ trọng tâm gồm: Nắm chắc tình hình an ninh nông thôn; đấu tranh, kiềm "
     "chế các loại tội phạm; xây dựng lực lượng Công an xã chính quy.",
     {"Nắm chắc tình hình an ninh nông thôn", "đấu tranh, kiềm chế các loại tội phạm",
      "xây dựng lực lượng Công an xã chính quy"}},
    {"the key tasks after a bare colon",
     "Khối thi đua số 3 sơ kết 6 tháng\n"
     "Ngày 2/7/2022, Khối thi đua số 3 tổ chức hội nghị sơ kết. 6 tháng cuối năm, Khối đề ra 4 nhiệm vụ trọng "
     "tâm: Giữ vững an ninh chính trị; giảm tai nạn giao thông; phòng cháy, chữa cháy; cải cách hành chính.",
     {"Giữ vững an ninh chính trị", "giảm tai nạn giao thông", "phòng cháy, chữa cháy", "cải cách hành chính"}},
    {"a counted list opened by 'trong đó trọng tâm là' holding the count announced",
     "Công an tỉnh phát động đợt thi đua chào mừng Đại hội Đảng\n"
     "Ngày 5/4/2020, Công an tỉnh tổ chức lễ phát động đợt thi đua đặc biệt. Đợt thi đua gồm 3 nội dung chính, "
     "trong đó trọng tâm là bảo vệ tuyệt đối an toàn Đại hội; kiềm chế các loại tội phạm; bảo đảm trật tự an "
     "toàn giao thông. Qua đó động viên cán bộ, chiến sĩ.",
     {"bảo vệ tuyệt đối an toàn Đại hội", "kiềm chế các loại tội phạm", "bảo đảm trật tự an toàn giao thông"}},
    {"contents described a few words before 'là', with no count",
     "Cụm thi đua số 5 ký giao ước\n"
     "Ngày 20/2/2015, Cụm thi đua số 5 tổ chức ký kết giao ước thi đua. Theo đó, các nội dung chủ yếu được thống "
     "nhất là công tác phòng ngừa tội phạm; công tác quản lý hành chính về trật tự xã hội; xây dựng lực lượng "
     "trong sạch, vững mạnh.",
     {"công tác phòng ngừa tội phạm", "công tác quản lý hành chính về trật tự xã hội",
      "xây dựng lực lượng trong sạch, vững mạnh"}},
    {"a count that is not the number of items after 'là' reads no list",
     "Công an huyện phát động thi đua\n"
     "Ngày 3/3/2021, Công an huyện tổ chức lễ phát động thi đua. Phong trào có 4 nội dung chính, trong đó quan "
     "trọng nhất là bảo vệ an ninh chính trị; giữ gìn trật tự xã hội.",
     {}},
    {"two tasks are not a list of contents",
     "Công an xã triển khai nhiệm vụ\n"
     "Ngày 8/1/2023, Công an xã tổ chức hội nghị. Các nhiệm vụ trọng tâm gồm: bảo đảm an ninh nông thôn; phòng "
     "chống ma túy.",
     {}},
};

TEST(PlanContents8, ContentsListedAfterKeyTasksAndCountedLists) {
  for (const ContentsCase& c : kContentsCases) {
    SCOPED_TRACE(c.what);
    const json r = parse(c.text);
    EXPECT_EQ(strings(r["contents"]), c.contents);
  }
}

// ---- counts ----------------------------------------------------------------------------------

TEST(PlanCounts8, AnnouncedMainContentsAreCountedButKeyContentsMentionedInPassingAreNot) {
  const json r = parse(kContentsCases[2].text);
  ASSERT_EQ(r["counts"].size(), 1u);
  EXPECT_EQ(r["counts"][0]["value"], 3);
  EXPECT_EQ(r["counts"][0]["what"], "nội dung chính");
}

}  // namespace
}  // namespace thidua::text::plan
