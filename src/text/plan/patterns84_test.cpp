// Session 24 (issue 14, s24-form): contents read by the FORM of a list, not by its wording. Two rounds
// of wording rules lifted development contents to ~100% and moved held-out contents not at all (each
// unseen text words its list's head in words nobody saw); the lead's member rule that read a list by its
// form did move them. The last resort of a text about work ahead (a launch, a pledge, a plan) whose
// contents no wording opens: the most list-like run of three or more items after a colon closing a
// clause — cut at ";", at "," when each item opens with a verb of action, or one a line, marked ("-",
// "+", "a)", "1/") or plain lines each opening with such a verb. Guards: figures (targets), bodies,
// people present, those awarded, a review's results, a meeting's agenda, a web page's menu, a schedule.
// Passages written for the tests and labelled by the Conventions (Contents) before the run; each
// positive fails without the rule (main 330c3e3 reads no contents); also in
// tools/plan-audit/probes/contents-s24.json.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::ContentCase;
using test::expect_contents;

// Lists no rule has a wording for, in nine sectors: items after a colon closing a clause of the text's
// own words, by ";", by "," before verbs of action, or one a line under "-", "+", "a)", "1/" or none.
TEST(PlanPatterns84, AListAfterAClauseIsTheContentsWhenNoWordingNamesThem) {
  const ContentCase cases[] = {
      {"police-peak-inline-semicolons",
       "Công an huyện Krông Pắc phát động đợt thi đua cao điểm tấn công, trấn áp tội phạm dịp Tết"
       " Nguyên đán 2026. Theo đó, toàn thể cán bộ, chiến sĩ ra quân: tuần tra, kiểm soát trên các"
       " tuyến giao thông trọng điểm; triệt phá các ổ nhóm cờ bạc, ma túy; quản lý chặt chẽ vũ khí,"
       " vật liệu nổ, pháo nổ.",
       {"tuần tra, kiểm soát trên các tuyến giao thông trọng điểm", "triệt phá các ổ nhóm cờ bạc, ma túy", "quản lý chặt chẽ vũ khí, vật liệu nổ, pháo nổ"}},
      {"health-movement-dashed-lines",
       "Sở Y tế tỉnh Bình Định phát động phong trào thi đua “Cán bộ y tế làm theo lời Bác” năm"
       " 2026.\nTheo kế hoạch, các bệnh viện trong tỉnh sẽ:\n- Đổi mới phong cách, thái độ phục vụ"
       " người bệnh\n- Giảm thời gian chờ khám tại khoa Khám bệnh\n- Niêm yết công khai giá dịch vụ"
       " tại nơi tiếp đón",
       {"Đổi mới phong cách, thái độ phục vụ người bệnh", "Giảm thời gian chờ khám tại khoa Khám bệnh", "Niêm yết công khai giá dịch vụ tại nơi tiếp đón"}},
      {"education-launch-slash-numbered-lines",
       "Phòng Giáo dục và Đào tạo huyện Hòa Vang phát động thi đua chào mừng Ngày Nhà giáo Việt Nam"
       " năm 2026.\nCác trường học trong huyện hưởng ứng bằng những việc làm thiết thực:\n1/ Tổ chức"
       " hội giảng cấp trường\n2/ Làm đồ dùng dạy học tự tạo\n3/ Thăm hỏi các nhà giáo đã nghỉ hưu",
       {"Tổ chức hội giảng cấp trường", "Làm đồ dùng dạy học tự tạo", "Thăm hỏi các nhà giáo đã nghỉ hưu"}},
      {"youth-month-commas-each-a-verb",
       "Huyện đoàn Tuy Phước phát động Tháng Thanh niên năm 2026. Đoàn viên, thanh niên trong huyện"
       " hưởng ứng bằng các việc làm: tổ chức ra quân làm sạch môi trường, vận động hiến máu tình"
       " nguyện, phát động trồng cây xanh tại các trường học.",
       {"tổ chức ra quân làm sạch môi trường", "vận động hiến máu tình nguyện", "phát động trồng cây xanh tại các trường học"}},
      {"banks-pledge-plain-lines-of-verbs",
       "Khối thi đua các ngân hàng thương mại tỉnh Nghệ An ký kết giao ước thi đua năm 2026.\nNăm nay,"
       " các chi nhánh trong Khối cùng nhau:\nĐẩy mạnh chuyển đổi số trong hoạt động ngân hàng\nTăng"
       " cường kiểm soát rủi ro tín dụng\nThực hiện tốt chính sách tín dụng cho hộ nghèo",
       {"Đẩy mạnh chuyển đổi số trong hoạt động ngân hàng", "Tăng cường kiểm soát rủi ro tín dụng", "Thực hiện tốt chính sách tín dụng cho hộ nghèo"}},
      {"power-company-peak-plus-lines",
       "Công ty Điện lực Quảng Nam phát động thi đua cao điểm bảo đảm cung cấp điện mùa nắng nóng năm"
       " 2026. Các đội quản lý điện khu vực được giao:\n+ Kiểm tra, xử lý các điểm tiếp xúc phát nhiệt"
       " trên lưới điện\n+ Phát quang hành lang tuyến đường dây trung thế\n+ Trực vận hành liên tục"
       " trong những ngày cao điểm",
       {"Kiểm tra, xử lý các điểm tiếp xúc phát nhiệt trên lưới điện", "Phát quang hành lang tuyến đường dây trung thế", "Trực vận hành liên tục trong những ngày cao điểm"}},
      {"womens-union-letter-lines",
       "Hội Liên hiệp Phụ nữ huyện Phù Cát phát động phong trào thi đua năm 2026. Hội viên phụ nữ"
       " trong huyện chung sức:\na) Giữ gìn nếp nhà văn minh, hạnh phúc\nb) Phát triển kinh tế hộ gia"
       " đình bền vững\nc) Xây dựng chi hội phụ nữ vững mạnh",
       {"Giữ gìn nếp nhà văn minh, hạnh phúc", "Phát triển kinh tế hộ gia đình bền vững", "Xây dựng chi hội phụ nữ vững mạnh"}},
      {"farmers-movement-semicolons-no-verbs",
       "Hội Nông dân tỉnh Tiền Giang phát động phong trào thi đua sản xuất, kinh doanh giỏi năm 2026."
       " Năm nay, hội viên nông dân hướng vào ba việc lớn: sản xuất nông nghiệp theo chuỗi giá trị;"
       " liên kết xây dựng hợp tác xã kiểu mới; giữ gìn vệ sinh môi trường nông thôn.",
       {"sản xuất nông nghiệp theo chuỗi giá trị", "liên kết xây dựng hợp tác xã kiểu mới", "giữ gìn vệ sinh môi trường nông thôn"}},
      {"police-cluster-pledge-numbered-lines-after-thong-nhat",
       "Cụm thi đua số 4 ký kết giao ước thi đua năm 2026.\nCác đơn vị trong Cụm thống nhất giao ước"
       " với những việc làm cụ thể:\n1. Thực hiện tốt công tác bảo đảm an ninh, trật tự.\n2. Xây dựng"
       " lực lượng trong sạch, vững mạnh.\n3. Đẩy mạnh cải cách hành chính.",
       {"Thực hiện tốt công tác bảo đảm an ninh, trật tự", "Xây dựng lực lượng trong sạch, vững mạnh", "Đẩy mạnh cải cách hành chính"}},
      {"commune-new-rural-semicolons",
       "UBND xã Tân Phú phát động phong trào thi đua xây dựng nông thôn mới năm 2026. Người dân trong"
       " xã cùng chung tay: hiến đất làm đường giao thông; chỉnh trang hàng rào, cổng ngõ; giữ gìn vệ"
       " sinh môi trường và phân loại rác tại nguồn.",
       {"hiến đất làm đường giao thông", "chỉnh trang hàng rào, cổng ngõ", "giữ gìn vệ sinh môi trường và phân loại rác tại nguồn"}},
      {"school-youth-union-bullets-counted",
       "Trường THPT Nguyễn Du phát động thi đua chào mừng ngày 26/3.\nĐoàn trường đề ra 3 phần"
       " việc:\n• Tổ chức giải bóng đá học sinh\n• Vận động học sinh hiến máu tình nguyện\n• Xây dựng"
       " công trình thanh niên “Con đường xanh”",
       {"Tổ chức giải bóng đá học sinh", "Vận động học sinh hiến máu tình nguyện", "Xây dựng công trình thanh niên “Con đường xanh”"}},
  };
  expect_contents(cases);
}

// A list of the same form that is no movement's contents: figures (targets), bodies that sign, people
// present, the reasons of an award, a review's results, a meeting's agenda, a page's menu, a schedule.
TEST(PlanPatterns84, AListOfFiguresBodiesPeopleAwardsResultsAgendaMenuOrDatesIsNoContents) {
  const ContentCase cases[] = {
      {"targets-dashed-figures",
       "Công an tỉnh Hà Tĩnh phát động phong trào thi đua năm 2026. Phấn đấu đến cuối năm 2026:\n-"
       " 100% công an xã đạt tiêu chuẩn trong sạch, vững mạnh\n- 95% vụ án được điều tra, khám phá\n-"
       " 90% đơn thư được giải quyết đúng hạn",
       {}},
      {"members-bodies-dashed",
       "Cụm thi đua số 5 Công an các tỉnh Tây Nguyên ký kết giao ước thi đua năm 2026. Các đơn vị ký"
       " kết giao ước lần này:\n- Phòng Cảnh sát giao thông Công an tỉnh Gia Lai\n- Phòng Cảnh sát"
       " giao thông Công an tỉnh Kon Tum\n- Phòng Cảnh sát giao thông Công an tỉnh Đắk Lắk",
       {}},
      {"attendees-people",
       "Sở Tài chính tỉnh Long An phát động phong trào thi đua năm 2026. Tham dự hội nghị có các đồng"
       " chí: Nguyễn Văn An, Phó Chủ tịch UBND tỉnh; Trần Thị Bình, Giám đốc Sở Tài chính; Lê Văn"
       " Cường, Trưởng ban Thi đua - Khen thưởng tỉnh.",
       {}},
      {"award-reasons",
       "Sở Giao thông vận tải tỉnh Bình Dương phát động phong trào thi đua năm 2026. Dịp này, Giám đốc"
       " Sở tặng Giấy khen cho các tập thể có thành tích xuất sắc trong: xây dựng tuyến đường ĐT 741;"
       " bảo trì hệ thống cầu trên địa bàn tỉnh; kiểm soát tải trọng xe trên các tuyến đường.",
       {}},
      {"review-results-done",
       "Khối thi đua các cơ quan Đảng tỉnh Thái Bình tổng kết công tác thi đua năm 2025. Trong năm"
       " qua, các đơn vị trong Khối đã: tổ chức các lớp bồi dưỡng lý luận chính trị; triển khai phần"
       " mềm quản lý văn bản điện tử; xây dựng các mô hình dân vận khéo.",
       {}},
      {"meeting-agenda",
       "Cụm thi đua số 2 Công an các tỉnh Đồng bằng sông Cửu Long ký kết giao ước thi đua năm 2026 tại"
       " Công an tỉnh Bạc Liêu. Chương trình hội nghị gồm: báo cáo tổng kết công tác thi đua năm 2025;"
       " thông qua dự thảo giao ước năm 2026; bầu Cụm trưởng, Cụm phó năm 2027.",
       {}},
      {"web-menu",
       "Trang chủ\nGiới thiệu:\n- Tin tức sự kiện\n- Văn bản pháp quy\n- Thủ tục hành chính\nCông an"
       " phường Hòa Cường phát động phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2026.",
       {}},
      {"dates-schedule",
       "Ban Chỉ huy Quân sự huyện Tây Sơn phát động đợt thi đua huấn luyện năm 2026. Lịch kiểm tra của"
       " đợt thi đua như sau:\n- Ngày 15/3/2026: kiểm tra bắn đạn thật\n- Ngày 20/4/2026: kiểm tra"
       " điều lệnh đội ngũ\n- Ngày 10/5/2026: hội thao quân sự",
       {}},
      {"launch-results-done",
       "Công an tỉnh Quảng Bình phát động phong trào thi đua “Vì an ninh Tổ quốc” năm 2026. Trong năm"
       " 2025, toàn lực lượng đã: triệt phá nhiều đường dây ma túy lớn; tổ chức tuần tra kiểm soát"
       " trên các tuyến giao thông; xây dựng các mô hình tự quản về an ninh trật tự.",
       {}},
      {"speaker-demands",
       "Ban Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang phát động đợt thi đua cao điểm năm 2026. Phát"
       " biểu tại buổi lễ, đồng chí Chỉ huy trưởng yêu cầu các đồn biên phòng: tăng cường tuần tra khu"
       " vực biên giới biển; kiểm soát chặt chẽ người, phương tiện ra vào cửa khẩu; đấu tranh với các"
       " hành vi buôn lậu.",
       {}},
      {"plan-aims",
       "Sở Công Thương tỉnh An Giang ban hành kế hoạch phát động phong trào thi đua năm 2026. Kế hoạch"
       " nêu rõ mục đích: động viên cán bộ, công chức thi đua hoàn thành nhiệm vụ; phát hiện, nhân"
       " rộng các điển hình tiên tiến; khen thưởng kịp thời các tập thể, cá nhân.",
       {}},
      {"motto-colon-inside-quotes",
       "Đoàn Thanh niên Công an tỉnh Bình Thuận phát động thi đua năm 2026 với khẩu hiệu “Tuổi trẻ"
       " Công an Bình Thuận: xung kích tuần tra; tình nguyện vì cộng đồng; sáng tạo trong công tác”.",
       {}},
      {"schedule-dated-lines",
       "Liên đoàn Lao động huyện Cần Giờ phát động thi đua chào mừng Tháng Công nhân năm 2026. Các"
       " hoạt động diễn ra như sau:\n- Ngày 01/5/2026: ra quân vệ sinh nơi làm việc\n- Ngày 10/5/2026:"
       " tọa đàm về an toàn lao động\n- Ngày 20/5/2026: giải bóng đá công nhân",
       {}},
  };
  expect_contents(cases);
}

}  // namespace
}  // namespace thidua::text::plan
