// The forty-sixth round (issue 14, session 20, s20-contents): how Vietnamese administrative prose
// lists the contents of a movement, a pledge or a plan, read from a focused set of 36 real
// passages (tests/fixtures/plans/focus/contents) — a singular head going straight on with a verb,
// a plural head whose list runs on over the paragraph, "như sau:" over numbered lines, counted
// items that hold semicolons, the last item marked "cuối cùng là", a pledge's terms after "Theo
// giao ước thi đua, …", a campaign's "nhiệm vụ cụ thể như:"; and two targets: a currency per head,
// an elliptic second level keeping its floor. Sentences written for the test, none copied from a
// text.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_contents;
using test::expect_targets;

TEST(PlanPatterns46, ASingularHeadGoingOnWithAVerbNamesTheRestOfItsSentence) {
  expect_contents(
      {{"'Nội dung thi đua là' and one item, its commas inside",
        "Lữ đoàn phát động thi đua\n\n"
        "Sáng 5/3/2024, Lữ đoàn 99 phát động đợt thi đua cao điểm. Nội dung thi đua là nâng cao chất lượng huấn "
        "luyện, sẵn sàng chiến đấu, xây dựng đơn vị vững mạnh toàn diện. Các tiểu đoàn ký giao ước thi đua.",
        {"nâng cao chất lượng huấn luyện, sẵn sàng chiến đấu, xây dựng đơn vị vững mạnh toàn diện"}},
       {"'Nội dung giao ước thi đua tập trung' and items cut at semicolons",
        "Hội Nông dân huyện ký giao ước\n\n"
        "Ngày 9/2/2023, Hội Nông dân các xã ký giao ước thi đua. Nội dung giao ước thi đua tập trung củng cố tổ "
        "chức Hội vững mạnh; phát triển hội viên mới; chăm lo đời sống hội viên khó khăn.",
        {"củng cố tổ chức Hội vững mạnh", "phát triển hội viên mới", "chăm lo đời sống hội viên khó khăn"}},
       {"'thực hiện theo' a plan says how, not what",
        "Hội nghị thi đua\n\nNgày 9/2/2023, Khối thi đua họp. Nội dung thi đua thực hiện theo Kế hoạch số 12 của "
        "Ủy ban nhân dân tỉnh.",
        {}},
       {"a head with no verb of action after it lists nothing",
        "Hội nghị thi đua\n\nNgày 9/2/2023, Khối thi đua họp. Nội dung thi đua phải thiết thực, tránh hình thức.",
        {}}});
}

TEST(PlanPatterns46, APluralHeadsListRunsOnOverTheParagraphsVerbLedSentences) {
  expect_contents(
      {{"a sentence opening 'Đồng thời, tiếp tục' goes on with the list",
        "Khối thi đua ký giao ước\n\n"
        "Sáng 12-3-2022, Khối thi đua các cơ quan tỉnh ký kết giao ước thi đua với các nội dung: củng cố tổ chức "
        "bộ máy; nâng cao chất lượng tham mưu. Đồng thời, tiếp tục đẩy mạnh cải cách hành chính.",
        {"củng cố tổ chức bộ máy", "nâng cao chất lượng tham mưu", "tiếp tục đẩy mạnh cải cách hành chính"}},
       {"a sentence with a subject of its own closes it",
        "Khối thi đua ký giao ước\n\n"
        "Sáng 12-3-2022, Khối thi đua các cơ quan tỉnh ký kết giao ước thi đua với các nội dung: củng cố tổ chức "
        "bộ máy; nâng cao chất lượng tham mưu. Hội nghị cũng thông qua quy chế hoạt động của Khối.",
        {"củng cố tổ chức bộ máy", "nâng cao chất lượng tham mưu"}},
       {"'các nhiệm vụ trọng tâm:' runs on too",
        "Khối nội chính ký giao ước\n\n"
        "Chiều 2/4/2024, các cơ quan trong Khối thống nhất phát động thi đua với các nhiệm vụ trọng tâm: hoàn "
        "thành xuất sắc nhiệm vụ chính trị; chủ động tham mưu cho cấp ủy. Tiếp tục làm tốt công tác tuyên "
        "truyền; nâng cao chất lượng hoạt động của Hội đồng.",
        {"hoàn thành xuất sắc nhiệm vụ chính trị", "chủ động tham mưu cho cấp ủy", "Tiếp tục làm tốt công tác tuyên truyền",
         "nâng cao chất lượng hoạt động của Hội đồng"}}});
}

TEST(PlanPatterns46, OneItemAfterAColonUnderASingularHeadOrClosingItsParagraph) {
  expect_contents(
      {{"a singular head: its first sentence, the next telling more of it",
        "Kế hoạch thi đua năm 2024 của huyện\n\n"
        "Về nội dung thi đua trọng tâm là: Thi đua phát triển sản xuất nông nghiệp sạch, gắn với xây dựng nông "
        "thôn mới. Tập trung nguồn lực cho các xã khó khăn.",
        {"Thi đua phát triển sản xuất nông nghiệp sạch, gắn với xây dựng nông thôn mới"}},
       {"a plural head whose one item closes the paragraph",
        "Biên phòng phát động thi đua\n\n"
        "Đợt thi đua kéo dài từ ngày 1/3/2023 đến ngày 30/4/2023. Với các nội dung như: Đẩy mạnh tuyên truyền về "
        "truyền thống đơn vị, kết hợp giáo dục chính trị cho cán bộ, chiến sĩ.",
        {"Đẩy mạnh tuyên truyền về truyền thống đơn vị, kết hợp giáo dục chính trị cho cán bộ, chiến sĩ"}}});
}

TEST(PlanPatterns46, NhuSauWithItsColonHeadsTheNumberedLines) {
  expect_contents({{"'với những nội dung như sau:' over numbered lines",
                    "Chi đoàn ký kết giao ước\n\n"
                    "Ngày 5 tháng 3 năm 2022, Đoàn Thanh niên phường ký kết giao ước thi đua với những nội dung như sau:\n"
                    "1. Tổ chức các hoạt động tình nguyện hè.\n"
                    "2. Tăng cường giáo dục truyền thống cho đoàn viên.\n",
                    {"Tổ chức các hoạt động tình nguyện hè", "Tăng cường giáo dục truyền thống cho đoàn viên"}}});
}

TEST(PlanPatterns46, APledgesLineAnnouncingWhatFollowsHeadsTheNumberedLines) {
  expect_contents({{"'… ký kết giao ước thi đua … trên các lĩnh vực sau:' over numbered lines",
                    "Mặt trận phường ký giao ước\n\n"
                    "Hôm nay, ngày 8 tháng 01 năm 2019, Ủy ban Mặt trận các phường ký kết giao ước thi đua năm 2019 trên "
                    "các lĩnh vực sau:\n"
                    "1. Phát huy sức mạnh khối đại đoàn kết toàn dân.\n"
                    "2. Làm tốt công tác tuyên truyền, vận động nhân dân.\n",
                    {"Phát huy sức mạnh khối đại đoàn kết toàn dân", "Làm tốt công tác tuyên truyền, vận động nhân dân"}},
                   {"numbers glued to their stop are markers too",
                    "Chi đoàn ký kết giao ước\n\n"
                    "Ngày 5 tháng 3 năm 2022, Đoàn Thanh niên phường ký kết giao ước thi đua với những nội dung như sau:\n"
                    "1.Tổ chức các hoạt động tình nguyện hè.\n"
                    "2.Tăng cường giáo dục truyền thống cho đoàn viên.\n",
                    {"Tổ chức các hoạt động tình nguyện hè", "Tăng cường giáo dục truyền thống cho đoàn viên"}}});
}

TEST(PlanPatterns46, CountedItemsOpeningAlikeKeepTheirOwnSemicolons) {
  expect_contents(
      {{"three items opening 'Thi đua', the second holding two more pieces",
        "Huyện phát động thi đua\n\n"
        "Ủy ban nhân dân huyện phát động phong trào thi đua năm 2023. Phong trào gồm 3 nội dung chính: Thi đua xây "
        "dựng đường giao thông nông thôn; Thi đua xây dựng gia đình văn hóa; trồng cây xanh; giữ gìn vệ sinh môi "
        "trường; Thi đua phát triển sản xuất hàng hóa.",
        {"Thi đua xây dựng đường giao thông nông thôn",
         "Thi đua xây dựng gia đình văn hóa; trồng cây xanh; giữ gìn vệ sinh môi trường",
         "Thi đua phát triển sản xuất hàng hóa"}}});
}

TEST(PlanPatterns46, TheLastItemMarkedCuoiCungLa) {
  expect_contents({{"'và cuối cùng là' before the last item",
                    "Khối doanh nghiệp ký giao ước\n\n"
                    "Sáng 20/9/2019, các doanh nghiệp trong khối ký kết 3 nội dung thi đua chính gồm: Hoàn thành kế "
                    "hoạch sản xuất; thực hiện tốt chính sách pháp luật và cuối cùng là tổ chức tốt công tác khen "
                    "thưởng.",
                    {"Hoàn thành kế hoạch sản xuất", "thực hiện tốt chính sách pháp luật",
                     "tổ chức tốt công tác khen thưởng"}}});
}

TEST(PlanPatterns46, WhatAPledgeHoldsAfterTheoGiaoUocThiDua) {
  expect_contents(
      {{"after the verb its subject agrees with; 'và' before a capitalised verb opens an item",
        "Khối thi đua ký giao ước năm 2024\n\n"
        "Sáng 3/3/2024, Khối thi đua các hội tỉnh ký kết giao ước thi đua. Theo giao ước thi đua, năm 2024, các "
        "hội thống nhất thực hiện tốt nhiệm vụ chuyên môn; Xây dựng tổ chức Hội vững mạnh và Tổ chức tốt các "
        "cuộc vận động; đồng thời làm tốt công tác khen thưởng.",
        {"thực hiện tốt nhiệm vụ chuyên môn", "Xây dựng tổ chức Hội vững mạnh", "Tổ chức tốt các cuộc vận động",
         "làm tốt công tác khen thưởng"}},
       {"'Theo nội dung phát động,' with a focus verb; the last 'phấn đấu …' is the aim",
        "Phường phát động xây dựng phường văn minh\n\n"
        "Ngày 10/5/2018, phường An Bình phát động phong trào. Theo nội dung phát động, các khu phố tập trung "
        "tuyên truyền quy tắc ứng xử; xây dựng gia đình văn hóa; giữ gìn vệ sinh môi trường; phấn đấu đến năm "
        "2020 đạt chuẩn văn minh đô thị.",
        {"tuyên truyền quy tắc ứng xử", "xây dựng gia đình văn hóa", "giữ gìn vệ sinh môi trường"}},
       {"striving before the list makes it targets",
        "Cụm thi đua ký giao ước\n\n"
        "Ngày 4/4/2023, Cụm thi đua ký giao ước. Theo nội dung ký kết, các đơn vị phấn đấu 100% đơn vị hoàn thành "
        "tốt nhiệm vụ; 100% cán bộ đạt danh hiệu lao động tiên tiến; không có đảng viên vi phạm kỷ luật.",
        {}},
       {"a head of its own inside the sentence lists targets",
        "Khối Công an ký giao ước\n\n"
        "Ngày 14/1/2025, Khối thi đua ký giao ước. Theo giao ước, các đơn vị cam kết hoàn thành nhiệm vụ với các "
        "chỉ tiêu: giảm 5% số vụ phạm tội; tỷ lệ điều tra đạt trên 80%; bảo đảm an toàn các sự kiện chính trị.",
        {}}});
}

TEST(PlanPatterns46, ACampaignsSpecificTasks) {
  expect_contents({{"'nhiệm vụ cụ thể như:'",
                    "Tháng Thanh niên năm nay\n\n"
                    "Tháng Thanh niên năm nay đặt ra nhiều nhiệm vụ cụ thể như: ra quân làm sạch môi trường; hỗ trợ "
                    "thanh niên khởi nghiệp; đồng hành với học sinh vùng khó.",
                    {"ra quân làm sạch môi trường", "hỗ trợ thanh niên khởi nghiệp", "đồng hành với học sinh vùng khó"}}});
}

TEST(PlanPatterns46, ACurrencyPerHeadIsTheUnitOfALevelToReach) {
  expect_targets({{"'từ … triệu đồng/người trở lên' is at least, the unit per head",
                   "Liên minh Hợp tác xã ký giao ước\n\n"
                   "Năm 2015, các hợp tác xã ký giao ước thi đua. Các hợp tác xã bảo đảm thu nhập cho xã viên từ 3 "
                   "triệu đồng/người trở lên.",
                   {"rate at_least 3 triệu đồng/người | Các hợp tác xã bảo đảm thu nhập cho xã viên"}}});
}

TEST(PlanPatterns46, AnEllipticSecondLevelKeepsTheFloorBeforeIt) {
  expect_targets({{"'tối thiểu có 5 …, và 2 …': both at least",
                   "Đoàn Thanh niên ký giao ước\n\n"
                   "Năm 2023, mỗi cơ sở Đoàn phấn đấu tối thiểu có 5 công trình thanh niên cấp cơ sở, và 2 công trình "
                   "thanh niên cấp huyện.",
                   {"rate at_least 5 công trình | công trình thanh niên cấp cơ sở",
                    "rate at_least 2 công trình | công trình thanh niên cấp huyện"}}});
}

}  // namespace
}  // namespace thidua::text::plan
