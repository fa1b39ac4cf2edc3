// The fifty-second round (issue 14 "Bad input", session 21, s21-gate): a text that is not about
// emulation gets the empty draft with its note. The gate is a rule over classes of words
// (lexicon::gate_signals): a word of emulation or commendation passes alone; a review, a launch, a
// plan, an aim pass only with their partner (a review with awards, a launch of a campaign or a
// model, a plan with its aim); "Công an", "an ninh", "tội phạm", "phòng cháy" are no signal; "thi
// đua" as the mood of a time ("khí thế thi đua sôi nổi") is none either.
// Sentences written for the test, none copied from a text.
#include <gtest/gtest.h>

#include <string>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::parse;

bool refused(const std::string& text) {
  const auto r = parse(text);
  for (const auto& n : r["notes"])
    if (n.get<std::string>().find("Không tìm thấy nội dung về thi đua") != std::string::npos) return true;
  return false;
}

struct GateCase {
  const char* why;
  const char* text;
};

TEST(PlanPatterns52, PoliceNewsWithNoEmulationIsRefused) {
  const GateCase cases[] = {
      {"a drug arrest",
       "Ngày 3/4/2024, Công an huyện Yên Thành bắt quả tang hai đối tượng đang mua bán trái phép 200 viên ma "
       "túy tổng hợp; vụ việc đang được Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh điều tra."},
      {"a traffic accident",
       "Khoảng 21 giờ ngày 9/10, trên quốc lộ 1A đoạn qua xã Hòa Phước đã xảy ra vụ tai nạn giao thông giữa xe "
       "tải và xe máy làm một người tử vong; Công an huyện đang điều tra nguyên nhân, bảo đảm an toàn giao thông."},
      {"a fire put out",
       "Rạng sáng 12/3, một vụ cháy xảy ra tại xưởng gỗ ở phường Tân Hòa; Đội Cảnh sát phòng cháy, chữa cháy "
       "và cứu nạn, cứu hộ khu vực 2 điều 3 xe chữa cháy, sau 40 phút đám cháy được dập tắt."},
      {"a border seizure",
       "Đồn Biên phòng cửa khẩu Tây Trang bắt giữ một xe khách chở 3.000 bao thuốc lá nhập lậu, góp phần giữ "
       "vững an ninh biên giới và đấu tranh phòng, chống tội phạm."},
      {"a police dialogue",
       "Sáng 5/6, Ban Giám đốc Công an tỉnh đối thoại với Công an các xã về công tác bảo đảm an ninh, trật tự, "
       "phòng ngừa tội phạm và giải đáp kiến nghị của cơ sở."},
  };
  for (const auto& c : cases) EXPECT_TRUE(refused(c.text)) << c.why;
}

TEST(PlanPatterns52, AReviewOrALaunchAloneIsRefused) {
  const GateCase cases[] = {
      {"a school year's review, nothing awarded",
       "Ngày 20/8/2023, Sở Giáo dục và Đào tạo tổ chức Hội nghị tổng kết năm học 2022-2023 và triển khai nhiệm "
       "vụ năm học 2023-2024 cho cán bộ quản lý các trường."},
      {"a contest launched",
       "Ban Tuyên giáo Tỉnh ủy phát động cuộc thi viết về chủ quyền biển, đảo dành cho học sinh, sinh viên; bài "
       "dự thi gửi về trước ngày 30/9."},
      {"the mood of a time",
       "Trong không khí cả nước thi đua sôi nổi hướng về ngày lễ lớn, cán bộ, chiến sĩ Đồn Biên phòng vẫn bám "
       "trụ địa bàn, giữ vững an ninh biên giới."},
      {"a founding recalled, prizes of a quiz",
       "Kết quả cuộc thi tìm hiểu lịch sử Hội sẽ được công bố và trao giải đúng ngày kỷ niệm thành lập Hội."},
  };
  for (const auto& c : cases) EXPECT_TRUE(refused(c.text)) << c.why;
}

TEST(PlanPatterns52, AWordOfEmulationOrAPairThatBelongsTogetherPasses) {
  const GateCase cases[] = {
      {"a commendation",
       "Chiều 2/8, UBND phường khen thưởng đột xuất Tổ công tác Công an phường đã bắt giữ đối tượng cướp giật."},
      {"a review with awards",
       "Sáng 10/1, Công an huyện tổ chức hội nghị tổng kết công tác năm 2023, trao tặng phần thưởng cho các "
       "tập thể, cá nhân."},
      {"a launch of a peak campaign",
       "Ngày 15/12, Công an thành phố tổ chức Lễ ra quân cao điểm tấn công, trấn áp tội phạm dịp Tết Nguyên đán."},
      {"a model launched",
       "Chiều 4/7, Công an xã ra mắt mô hình “Camera an ninh” tại thôn Đông với 20 camera."},
      {"a plan with its aim",
       "Ban An toàn giao thông tỉnh ban hành kế hoạch năm 2024 với mục tiêu giảm tai nạn giao thông từ 5 đến "
       "10% trên cả 3 tiêu chí."},
      {"a year's review with its figures",
       "Hội nghị tổng kết công tác công an năm 2024 cho biết tội phạm về trật tự xã hội giảm 9% so với năm 2023."},
      {"a campaign launched by the Youth Union",
       "Sáng 2/6, Huyện đoàn ra quân Chiến dịch Mùa hè xanh tại xã Tân Lập."},
  };
  for (const auto& c : cases) EXPECT_FALSE(refused(c.text)) << c.why;
}

}  // namespace
}  // namespace thidua::text::plan
