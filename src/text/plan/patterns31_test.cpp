// The thirty-first round of patterns (issue 14, branch s16-plan-d): how Vietnamese administrative
// prose names the movement and the organisers of a text, in sentences written for the test (none
// is copied from a text):
//  - movement name: a campaign by its kind alone as the subject opening its sentence ("Đợt thi
//    đua đặc biệt được … phát động …") or named back ("trong đợt thi đua đặc biệt này") is spoken
//    of, not named (its kind still said); a peak ("đợt thi đua cao điểm") without its purpose names
//    nothing; outside the lead and headline, a movement the body goes on with ("tiếp tục đẩy mạnh
//    (xây dựng) phong trào …") or one quoted among others ("phong trào “A”, “B”") is a task, not
//    the text's movement;
//  - organisers: a department of a province's police after a comma is one organiser ("Phòng
//    Cảnh sát …, Công an tỉnh A"), its name with "và" inside kept whole; the group holding its own
//    event is written as the group is named, without the level and place written after it.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using json = nlohmann::json;
using test::parse;
using test::Strings;

// ---- movement name ---------------------------------------------------------------------------

TEST(PlanPatterns31, ACampaignSpokenOfByItsKindAloneIsNotNamed) {
  const char* const texts[] = {
      // the subject opening its sentence, launched in the passive
      "Đợt thi đua đặc biệt được Hội Nông dân tỉnh Bình Định phát động từ nay đến ngày 30/9/2024. Các cấp hội "
      "sẽ triển khai nhiều hoạt động thiết thực.",
      // named back with "này"
      "Ngày 5/3/2023, Công an tỉnh Hà Tĩnh tổ chức hội nghị ký kết giao ước thi đua giữa các khối. Trong đợt "
      "thi đua đặc biệt này, cán bộ chiến sĩ phấn đấu hoàn thành xuất sắc nhiệm vụ.",
  };
  for (const char* text : texts) {
    const json r = parse(text);
    EXPECT_TRUE(r["movement"]["name"].is_null()) << text << "\n" << r["movement"].dump();
  }
  // the kind is still said
  EXPECT_EQ(parse(texts[0])["movement"]["kind"], "special");
  // what a verb launches is named by its kind
  const json launched = parse("Sáng 2/4/2024, Công an tỉnh Bình Định phát động đợt thi đua đặc biệt trong toàn lực lượng.");
  EXPECT_EQ(launched["movement"]["name"], "đợt thi đua đặc biệt") << launched["movement"].dump();
}

TEST(PlanPatterns31, APeakWithoutItsPurposeNamesNoCampaign) {
  const json bare = parse("UBND huyện Đức Phổ vừa phát động đợt thi đua cao điểm trong toàn huyện từ ngày 1-5 đến ngày 31-5-2024.");
  EXPECT_TRUE(bare["movement"]["name"].is_null()) << bare["movement"].dump();
  const json opening = parse("Đợt thi đua cao điểm có chủ đề “Đoàn kết, sáng tạo” được triển khai từ ngày 1-6 đến ngày "
                             "30-9-2024 trong toàn Bộ đội Biên phòng tỉnh Kiên Giang.");
  EXPECT_TRUE(opening["movement"]["name"].is_null()) << opening["movement"].dump();
  // with its purpose it is named
  const json purpose = parse("UBND huyện Đức Phổ phát động đợt thi đua cao điểm lập thành tích chào mừng Đại hội Đảng bộ "
                             "huyện lần thứ XXII.");
  EXPECT_EQ(purpose["movement"]["name"], "đợt thi đua cao điểm lập thành tích chào mừng Đại hội Đảng bộ huyện lần thứ XXII")
      << purpose["movement"].dump();
}

TEST(PlanPatterns31, AMovementTheBodyGoesOnWithElsewhereIsATask) {
  const char* const texts[] = {
      "Ngày 20/12/2023, Công an huyện Mộ Đức tổ chức hội nghị tổng kết công tác năm 2023. Năm 2024, Công an huyện "
      "tiếp tục đẩy mạnh xây dựng phong trào Toàn dân bảo vệ an ninh Tổ quốc, giữ vững an ninh trật tự.",
      "Ngày 15/1/2024, UBND huyện Ba Tơ tổ chức hội nghị tổng kết công tác năm 2023. Năm 2024, huyện tiếp tục đẩy "
      "mạnh các phong trào thi đua, trong đó chú trọng phong trào “Cả nước chung tay vì người nghèo”.",
  };
  for (const char* text : texts) {
    const json r = parse(text);
    EXPECT_TRUE(r["movement"]["name"].is_null()) << text << "\n" << r["movement"].dump();
  }
  // without "tiếp tục" the movement pushed forward is the text's
  const json pushed = parse("Ngày 20/12/2023, Công an huyện Mộ Đức tổ chức hội nghị tổng kết công tác năm 2023. Công an "
                            "huyện đã đẩy mạnh phong trào thi đua “Vì an ninh Tổ quốc”, đạt nhiều kết quả.");
  EXPECT_EQ(pushed["movement"]["name"], "Vì an ninh Tổ quốc") << pushed["movement"].dump();
}

TEST(PlanPatterns31, AMovementQuotedAmongOthersElsewhereIsATask) {
  const json r = parse("Ngày 8-3, các sở trong Khối thi đua Kinh tế tỉnh ký kết giao ước thi đua năm 2024. Theo đó, các "
                       "đơn vị tích cực hưởng ứng phong trào “Cả nước chung tay vì người nghèo”, “Xây dựng nông thôn mới” "
                       "và các phong trào khác.");
  EXPECT_TRUE(r["movement"]["name"].is_null()) << r["movement"].dump();
  const json alone = parse("Ngày 8-3, các sở trong Khối thi đua Kinh tế tỉnh ký kết giao ước thi đua năm 2024. Theo đó, các "
                           "đơn vị tích cực hưởng ứng phong trào “Cả nước chung tay vì người nghèo”.");
  EXPECT_EQ(alone["movement"]["name"], "Cả nước chung tay vì người nghèo") << alone["movement"].dump();
}

// ---- organisers ------------------------------------------------------------------------------

TEST(PlanPatterns31, ADepartmentOfAProvincePoliceAfterACommaIsOneOrganiser) {
  const json short_name = parse("Sáng 9/11/2024, Phòng Cảnh sát PCCC&CNCH, Công an tỉnh Quảng Bình tổ chức lễ ra mắt mô hình "
                                "“Tổ liên gia an toàn PCCC” tại phường Bắc Lý.");
  EXPECT_EQ(test::strings(short_name["organizers"]), (Strings{"Phòng Cảnh sát PCCC&CNCH, Công an tỉnh Quảng Bình"}));
  const json with_and = parse("Chiều 4/10/2024, Phòng Cảnh sát Phòng cháy chữa cháy và Cứu nạn cứu hộ, Công an tỉnh Kon Tum "
                              "tổ chức hội nghị biểu dương điển hình tiên tiến.");
  EXPECT_EQ(test::strings(with_and["organizers"]),
            (Strings{"Phòng Cảnh sát Phòng cháy chữa cháy và Cứu nạn cứu hộ, Công an tỉnh Kon Tum"}));
}

TEST(PlanPatterns31, TheGroupHoldingItsEventIsWrittenWithoutItsPlace) {
  const json bare_level = parse("Ngày 12/7/2024, Khối thi đua Kinh tế - Kỹ thuật tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm.");
  // (s28-members) The closing level stays (the Conventions, session 27): how the block is called.
  EXPECT_EQ(test::strings(bare_level["organizers"]), (Strings{"Khối thi đua Kinh tế - Kỹ thuật tỉnh"})) << bare_level.dump();
  // the group named without its place once, and in full where the event is told
  const json named_place = parse("Ngày 2/3/2024, Cụm thi đua các huyện miền núi của tỉnh tổ chức hội nghị triển khai công tác "
                                 "thi đua và ký kết giao ước thi đua của Cụm thi đua các huyện miền núi tỉnh Quảng Ngãi năm 2024.");
  EXPECT_EQ(test::strings(named_place["organizers"]), (Strings{"Cụm thi đua các huyện miền núi"})) << named_place.dump();
}

}  // namespace
}  // namespace thidua::text::plan
