// Session 25 (issue 14, s25-lists2): contents and counts of the former eval7 texts (written blind, never
// tuned on), read as SHAPES the rules already there were written for but did not reach: a condition too
// narrow (a list whose later items name their own kind, "đã" before what a meeting agreed, a head of
// work nouns without "nhiệm vụ"/"mục tiêu", the signers' sentence only with a verb of agreeing and only in
// a pledge, a section head only over its list directly, an occasion read into the thing counted). Every
// sentence below was written for these tests in sectors other than the text it came from, labelled by the
// Conventions (tests/fixtures/plans/README.md: Contents, Counts; "Added 7/12/2026 (s25-contents)") before
// the run; each positive fails on main aa5b722, each negative guards the widened rule's limit.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::ContentCase;
using test::CountCase;
using test::expect_contents;
using test::expect_counts;

// "(các) phong trào … như “A”, “B”, phong trào “C” và cuộc vận động “D”": a later item of the list of
// movements may name its own kind before its quotation; the list goes on over it
// (tay-nguyen-2018 stopped after the first two quotations).
TEST(PlanPatterns91, MovementsAfterNhuMayEachNameTheirKind) {
  const ContentCase cases[] = {
      {"justice-cluster-pledge",
       "Ngày 12/3/2024, Cụm thi đua số 4 các Sở Tư pháp ký kết giao ước thi đua năm 2024. Năm 2024, các đơn"
       " vị trong Cụm quyết tâm thực hiện có hiệu quả các phong trào thi đua do Thủ tướng Chính phủ phát"
       " động như “Cả nước chung tay vì người nghèo”, phong trào “Cán bộ, công chức, viên chức thi đua"
       " thực hiện văn hóa công sở” và cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”.",
       {"Cả nước chung tay vì người nghèo", "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở",
        "Người Việt Nam ưu tiên dùng hàng Việt Nam"}},
      {"farmers-union-launch",
       "Sáng 5/2/2025, Hội Nông dân tỉnh Hà Nam phát động thi đua năm 2025, tập trung thực hiện các phong"
       " trào như “Nông dân thi đua sản xuất, kinh doanh giỏi”, “Nông dân tham gia bảo đảm quốc phòng, an"
       " ninh”, cuộc vận động “Xây dựng gia đình 5 không, 3 sạch”.",
       {"Nông dân thi đua sản xuất, kinh doanh giỏi", "Nông dân tham gia bảo đảm quốc phòng, an ninh",
        "Xây dựng gia đình 5 không, 3 sạch"}},
      {"army-command-launch",
       "Ngày 8/1/2024, Bộ Chỉ huy Quân sự tỉnh Long An phát động thi đua Quyết thắng năm 2024, đẩy mạnh"
       " các phong trào thi đua như “Dân vận khéo”, phong trào “Thi đua Quyết thắng”, cuộc vận động"
       " “Phát huy truyền thống, cống hiến tài năng, xứng danh Bộ đội Cụ Hồ”.",
       {"Dân vận khéo", "Thi đua Quyết thắng", "Phát huy truyền thống, cống hiến tài năng, xứng danh Bộ đội Cụ Hồ"}},
      {"youth-union-pledge-phong-trao-thi-dua",
       "Chiều 20/3/2025, Đoàn Thanh niên các sở, ngành tỉnh Bình Dương ký kết giao ước thi đua năm 2025."
       " Các cơ sở Đoàn quyết tâm đẩy mạnh các phong trào như “Thanh niên tình nguyện”, phong trào thi đua"
       " “Tuổi trẻ sáng tạo” và cuộc vận động “Thanh niên sống đẹp”.",
       {"Thanh niên tình nguyện", "Tuổi trẻ sáng tạo", "Thanh niên sống đẹp"}},
      // guard: the movements of a year reviewed, reported done.
      {"labour-cluster-review-done",
       "Ngày 20/12/2023, Cụm thi đua số 2 Liên đoàn Lao động các tỉnh tổ chức hội nghị tổng kết công tác thi"
       " đua năm 2023. Năm 2023, các đơn vị đã thực hiện các phong trào thi đua như “Lao động giỏi”, phong"
       " trào “Lao động sáng tạo” và cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”.",
       {}},
  };
  expect_contents(cases);
}

// A plural noun of work before "như:" in a sentence naming the emulation heads its list — also "nhiệm
// vụ" and "mục tiêu", and also when the meeting "đã" agreed or discussed it ("đã thảo luận, thống nhất",
// "đã bàn"): what was agreed is work ahead (bac-kan-2011). Still not work done ("đã tổ chức nhiều hoạt
// động như: …"), nor figures (targets).
TEST(PlanPatterns91, WorkAMeetingAgreedBeforeNhuIsTheContents) {
  const ContentCase cases[] = {
      {"banks-khoi-pledge-ban",
       "Ngày 10/3/2025, Khối thi đua các ngân hàng thương mại tỉnh Nghệ An ký kết giao ước thi đua năm 2025."
       " Tại hội nghị, các ngân hàng đã thảo luận, thống nhất các nhiệm vụ trong giao ước thi đua năm 2025 như:"
       " chăm lo khách hàng ở vùng sâu; thực hành tiết kiệm trong chi tiêu nội bộ; quan tâm đào tạo cán"
       " bộ trẻ.",
       {"chăm lo khách hàng ở vùng sâu", "thực hành tiết kiệm trong chi tiêu nội bộ", "quan tâm đào tạo cán bộ trẻ"}},
      {"schools-cluster-pledge-muc-tieu-nhiem-vu",
       "Chiều 15/9/2024, các trường trung học phổ thông thuộc Cụm thi đua số 5 ký kết giao ước thi đua năm học"
       " 2024-2025. Các trường đã thảo luận, thống nhất các mục tiêu, nhiệm vụ của đợt thi đua năm học"
       " mới như: quan tâm học sinh có hoàn cảnh khó khăn; chống bạo lực học đường; thực hành nếp sống văn"
       " minh trong nhà trường.",
       {"quan tâm học sinh có hoàn cảnh khó khăn", "chống bạo lực học đường", "thực hành nếp sống văn minh trong nhà trường"}},
      {"hospitals-pledge-viec-lam",
       "Ngày 2/3/2024, các bệnh viện tuyến tỉnh Quảng Trị ký kết giao ước thi đua năm 2024. Các bệnh viện đã"
       " thảo luận, thống nhất nhiều việc làm cụ thể trong giao ước thi đua như: chăm sóc người bệnh chu đáo; chống"
       " lạm dụng thuốc kháng sinh; thực hành tiết kiệm điện, nước.",
       {"chăm sóc người bệnh chu đáo", "chống lạm dụng thuốc kháng sinh", "thực hành tiết kiệm điện, nước"}},
      {"customs-launch-cam-ket",
       "Sáng 6/1/2025, Cục Hải quan tỉnh Lạng Sơn phát động thi đua năm 2025. Các chi cục đã thảo luận, cam"
       " kết các nhiệm vụ của đợt thi đua như: chống buôn lậu qua biên giới; rút ngắn thời gian thông quan hàng hóa;"
       " đẩy mạnh cải cách thủ tục hành chính.",
       {"chống buôn lậu qua biên giới", "rút ngắn thời gian thông quan hàng hóa", "đẩy mạnh cải cách thủ tục hành chính"}},
      // guard: activities organised, reported done.
      {"front-launch-done-activities",
       "Ngày 4/4/2025, Ủy ban MTTQ huyện Đông Anh phát động thi đua năm 2025. Năm qua, các xã đã tổ chức nhiều"
       " hoạt động trong phong trào thi đua như: trao 120 nhà đại đoàn kết; tặng 3.000 suất quà Tết; khám"
       " bệnh miễn phí cho 500 người cao tuổi.",
       {}},
      // guard: the aims are figures (targets).
      {"commune-pledge-figures",
       "Ngày 9/3/2024, các xã của huyện Yên Thế ký kết giao ước thi đua xây dựng nông thôn mới năm 2024. Các"
       " xã đã thống nhất các mục tiêu của phong trào thi đua như: 100% thôn có nhà văn hóa; 95% hộ dân dùng"
       " nước sạch; 80% đường thôn được cứng hóa.",
       {}},
  };
  expect_contents(cases);
}

// The units' own sentence of the period ahead: after a fronted time ahead — "Thời gian tới", "Năm tới",
// or "Năm Y" where Y is the latest year the text names and the year before it is named too (the review of
// one year and the work of the next) — the units as subject ("toàn cụm", "toàn khối", "các trường", "các
// đơn vị trong Khối") with their verbs of action over three or more clauses are the work set ahead; in a
// review too, and without a verb of agreeing (da-nang-2020). Not the year reviewed, not two clauses.
TEST(PlanPatterns91, TheUnitsSentenceOfTheYearAheadHoldsTheContents) {
  const ContentCase cases[] = {
      {"women-union-cluster-review-toan-cum",
       "Ngày 5/12/2023, Cụm thi đua số 3 Hội Liên hiệp Phụ nữ các tỉnh miền Đông tổ chức hội nghị tổng kết"
       " công tác thi đua năm 2023. Năm 2023, các đơn vị trong cụm hoàn thành các chỉ tiêu được giao. Năm"
       " 2024, toàn cụm đẩy mạnh phong trào phụ nữ tích cực học tập, lao động sáng tạo; tăng cường hỗ trợ"
       " phụ nữ khởi nghiệp; tiếp tục xây dựng gia đình hạnh phúc.",
       {"đẩy mạnh phong trào phụ nữ tích cực học tập, lao động sáng tạo", "tăng cường hỗ trợ phụ nữ khởi nghiệp",
        "tiếp tục xây dựng gia đình hạnh phúc"}},
      {"tax-khoi-review-thoi-gian-toi",
       "Sáng 10/1/2025, Khối thi đua Thuế các tỉnh Tây Nguyên tổ chức hội nghị tổng kết công tác thi đua năm"
       " 2024. Thời gian tới, các đơn vị trong Khối tập trung tăng cường chống thất thu ngân sách; đẩy mạnh sử"
       " dụng hóa đơn điện tử; nâng cao chất lượng phục vụ người nộp thuế.",
       {"tăng cường chống thất thu ngân sách", "đẩy mạnh sử dụng hóa đơn điện tử", "nâng cao chất lượng phục vụ người nộp thuế"}},
      {"police-khoi-review-toan-khoi",
       "Ngày 15/12/2024, Khối thi đua Cảnh sát Công an tỉnh Kiên Giang tổng kết công tác năm 2024. Năm 2025,"
       " toàn khối tăng cường tuần tra trên các tuyến giao thông; đẩy mạnh phong trào toàn dân bảo vệ an"
       " ninh Tổ quốc; nâng cao hiệu quả công tác tiếp công dân.",
       {"tăng cường tuần tra trên các tuyến giao thông", "đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc",
        "nâng cao hiệu quả công tác tiếp công dân"}},
      {"hospitals-cluster-review-nam-toi",
       "Chiều 22/12/2023, Cụm thi đua các bệnh viện tuyến huyện tỉnh Thái Bình tổ chức hội nghị tổng kết năm"
       " 2023. Năm tới, các đơn vị tiếp tục cải cách thủ tục khám bệnh; đầu tư trang thiết bị y tế; đào tạo"
       " nhân lực cho tuyến xã.",
       {"tiếp tục cải cách thủ tục khám bệnh", "đầu tư trang thiết bị y tế", "đào tạo nhân lực cho tuyến xã"}},
      // guard: the year reviewed, not the latest the text names.
      {"schools-review-year-reviewed",
       "Ngày 20/6/2024, Cụm thi đua số 2 các trường cao đẳng tổng kết năm học 2023-2024. Năm 2024, các trường"
       " đẩy mạnh tuyển sinh; tăng cường liên kết doanh nghiệp; đổi mới chương trình đào tạo. Phương hướng"
       " năm 2025 được hội nghị thông qua.",
       {}},
      // guard: two clauses only.
      {"veterans-review-two-clauses",
       "Ngày 1/12/2022, Cụm thi đua số 5 Hội Cựu chiến binh tổng kết công tác năm 2022. Năm 2023, toàn cụm đẩy"
       " mạnh phong trào giúp nhau làm kinh tế; tăng cường giáo dục truyền thống cho thế hệ trẻ.",
       {}},
  };
  expect_contents(cases);
}

// A section "II. NỘI DUNG THI ĐUA" whose list is introduced by a line of its own closed by a colon ("Các
// tập thể, cá nhân … phấn đấu thực hiện tốt những nhiệm vụ sau đây:") gives the lines below that line
// (vksndtc-2011 read nothing: the heading's items had to follow it directly). Not another section's list.
TEST(PlanPatterns91, AContentsSectionsIntroLineOverItsList) {
  const ContentCase cases[] = {
      {"health-plan-intro-line",
       "KẾ HOẠCH\nThi đua lập thành tích chào mừng Đại hội Đảng bộ ngành Y tế\nI. MỤC ĐÍCH\nĐộng viên cán bộ"
       " y tế thi đua hoàn thành nhiệm vụ.\nII. NỘI DUNG THI ĐUA\nCác tập thể, cá nhân trong toàn ngành ra sức"
       " phấn đấu thực hiện tốt những chỉ tiêu sau đây:\n- Nâng cao chất lượng khám, chữa bệnh tại tuyến cơ"
       " sở.\n- Thực hành tiết kiệm, chống lãng phí trong mua sắm thuốc.",
       {"Nâng cao chất lượng khám, chữa bệnh tại tuyến cơ sở", "Thực hành tiết kiệm, chống lãng phí trong mua sắm thuốc"}},
      // (three lines: the form rule of s24-form reads this one on main too; the two others it does not)
      {"court-plan-intro-line",
       "KẾ HOẠCH\nThi đua thực hiện thắng lợi nhiệm vụ công tác năm 2025 của Tòa án nhân dân tỉnh\nII. Nội"
       " dung thi đua\nCán bộ, công chức trong các Tòa án hai cấp ra sức phấn đấu thực hiện tốt những chỉ tiêu sau đây:\n-"
       " Giải quyết án đúng thời hạn luật định.\n- Nâng cao chất lượng tranh tụng tại phiên tòa.\n- Đẩy mạnh"
       " hòa giải, đối thoại tại Tòa án.",
       {"Giải quyết án đúng thời hạn luật định", "Nâng cao chất lượng tranh tụng tại phiên tòa",
        "Đẩy mạnh hòa giải, đối thoại tại Tòa án"}},
      {"tax-plan-intro-line-plus",
       "KẾ HOẠCH\nPhát động đợt thi đua cao điểm thu ngân sách năm 2024\n2. Nội dung thi đua\nCông chức thuế"
       " toàn tỉnh tập trung thực hiện những chỉ tiêu sau đây:\n+ Rà soát, quản lý chặt chẽ nguồn thu.\n+ Đôn"
       " đốc thu hồi nợ đọng thuế.",
       {"Rà soát, quản lý chặt chẽ nguồn thu", "Đôn đốc thu hồi nợ đọng thuế"}},
      // guard: a plan's aims under their own section, not the contents'.
      {"plan-aims-section",
       "KẾ HOẠCH\nPhát động thi đua năm 2025 của Sở Xây dựng\nI. MỤC ĐÍCH, YÊU CẦU\nKế hoạch được ban hành"
       " nhằm các mục đích sau đây:\n- Động viên công chức thi đua hoàn thành nhiệm vụ.\n- Khen thưởng kịp"
       " thời những tập thể tiêu biểu.",
       {}},
  };
  expect_contents(cases);
}

// A head counting its contents at the end of its sentence ("… gồm 4 nội dung.") and a next sentence opened
// by "Đó là," / "Cụ thể là:" / "Cụ thể,": cut at ";" when it holds three or more; else that sentence is one
// item whole and the sentences of its paragraph going on with a verb of action the next ones, no more than
// announced (ky-thu-2022: the "Cụ thể," rule knew one opener and wanted three items in one sentence).
TEST(PlanPatterns91, ASentenceOpeningAnAnnouncedListGoesOnOverItsParagraph) {
  const ContentCase cases[] = {
      {"ward-launch-do-la",
       "Ngày 3/3/2025, UBND phường Tân Phong phát động phong trào thi đua xây dựng đô thị văn minh năm 2025"
       " gồm 4 nội dung. Đó là, các khu phố giữ gìn vệ sinh môi trường, trồng cây xanh trên các tuyến"
       " đường. Vận động nhân dân chấp hành quy tắc ứng xử nơi công cộng. Xây dựng tuyến phố văn minh.",
       {"các khu phố giữ gìn vệ sinh môi trường, trồng cây xanh trên các tuyến đường",
        "Vận động nhân dân chấp hành quy tắc ứng xử nơi công cộng", "Xây dựng tuyến phố văn minh"}},
      {"farmers-union-launch-do-la",
       "Sáng 12/2/2024, Hội Nông dân huyện Chợ Mới phát động thi đua năm 2024 với 3 nội dung. Đó là, mỗi"
       " chi hội có ít nhất một tổ hợp tác sản xuất. Hỗ trợ hội viên vay vốn phát triển sản xuất.",
       {"mỗi chi hội có ít nhất một tổ hợp tác sản xuất", "Hỗ trợ hội viên vay vốn phát triển sản xuất"}},
      // (read on main too, by another rule: kept as the opener's case with three items)
      {"school-launch-cu-the-la",
       "Ngày 5/9/2024, Trường Tiểu học Kim Đồng phát động thi đua năm học 2024-2025 gồm 3 nội dung chính."
       " Cụ thể là: đổi mới phương pháp dạy học; xây dựng trường học hạnh phúc; chăm lo học sinh khó khăn.",
       {"đổi mới phương pháp dạy học", "xây dựng trường học hạnh phúc", "chăm lo học sinh khó khăn"}},
      {"bank-pledge-do-la-huy-dong",
       "Ngày 15/3/2025, Chi nhánh Ngân hàng Chính sách xã hội tỉnh phát động thi đua gồm 2 nội dung. Đó là,"
       " các phòng giao dịch bám sát địa bàn, giải ngân đúng đối tượng. Huy động tiền gửi tiết kiệm của"
       " các tổ vay vốn.",
       {"các phòng giao dịch bám sát địa bàn, giải ngân đúng đối tượng", "Huy động tiền gửi tiết kiệm của các tổ vay vốn"}},
      // guard: more sentences than the contents announced — not that list.
      {"commune-launch-more-than-announced",
       "Ngày 1/4/2025, UBND xã Hòa Tiến phát động thi đua gồm 2 nội dung. Đó là, các thôn làm tốt công tác"
       " vệ sinh môi trường. Tổ chức ngày chủ nhật xanh. Tăng cường tuần tra ban đêm. Xây dựng đường hoa.",
       {}},
      // guard: no count of contents before — no list.
      {"commune-launch-uncounted",
       "Ngày 1/4/2025, UBND xã Hòa Tiến phát động thi đua với nhiều nội dung thiết thực. Đó là, các thôn"
       " làm tốt công tác vệ sinh môi trường. Tổ chức ngày chủ nhật xanh.",
       {}},
  };
  expect_contents(cases);
}

// What is counted ends before the occasion it greets: "5 nội dung thi đua đặc biệt chào mừng kỷ niệm …",
// "12 công trình thanh niên hướng tới Đại hội …" (dak-lak-2024 kept "chào mừng kỷ niệm" in the noun).
TEST(PlanPatterns91, ACountEndsBeforeTheOccasionItGreets) {
  const CountCase cases[] = {
      {"district-plan-chao-mung",
       "Ngày 3/1/2025, UBND huyện Cần Giờ ban hành kế hoạch phát động thi đua với 6 nội dung thi đua chào mừng"
       " Đại hội Đảng bộ huyện lần thứ XII.",
       {{6, "nội dung thi đua"}}},
      {"youth-models-huong-toi",
       "Sáng 26/3/2025, Tỉnh đoàn Sóc Trăng ra mắt 12 mô hình thanh niên hướng tới kỷ niệm 50 năm Ngày giải"
       " phóng miền Nam.",
       {{12, "mô hình thanh niên"}}},
      {"police-camera-models-chao-mung",
       "Ngày 15/8/2025, Công an huyện Hòa Vang ra mắt 5 mô hình camera an ninh chào mừng kỷ niệm 80 năm Ngày"
       " truyền thống Công an nhân dân.",
       {{5, "mô hình camera an ninh"}}},
      {"district-youth-movements-chao-mung",
       "Ngày 2/1/2022, Huyện đoàn Đức Trọng phát động 4 phong trào thi đua chuyên đề chào mừng Đại hội Đoàn"
       " toàn quốc lần thứ XII.",
       {{4, "phong trào thi đua chuyên đề"}}},
      // guard: a count with no occasion after it keeps its qualifiers.
      {"no-occasion-after-noun",
       "Ngày 10/5/2024, Công an tỉnh Đồng Tháp ra mắt 15 mô hình dân vận khéo trong phong trào toàn dân bảo"
       " vệ an ninh Tổ quốc.",
       {{15, "mô hình dân vận khéo"}}},
  };
  expect_counts(cases);
}

}  // namespace
}  // namespace thidua::text::plan
