// Session 25 (issue 14, s25-contents): contents and counts of the former held-out eval6 texts, read by
// the FORM of the list — how its items are separated and what stands before it — and not by the words
// of any one text. Each family is the shape the ten eval6 texts with contents showed, written here in
// sentences of our own across sectors (police, fire police, army, schools, colleges, banks, health,
// unions, women, youth, veterans, farmers, the Front, communes), labelled by the Conventions ("Contents",
// decided in tests/fixtures/plans/README.md, block s25-contents) before the run. Every case not named
// "guard-" fails on main bd5672a (checked with its binary); the guards pass on both.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::ContentCase;
using test::CountCase;
using test::expect_contents;
using test::expect_counts;

// The pledge's terms as one sentence: the signing units ("8 đơn vị", "Các đơn vị trong Cụm", "07 đơn vị
// thành viên", after a fronted phrase "Với chủ đề …, các chi nhánh thuộc Khối") agree, commit, resolve or
// focus ("tập trung"), then clauses each led by a verb of action, cut at ";" and at ", "
// before such a verb; a clause of purpose ("…, đảm bảo an toàn …") stays with the one before. Not people's
// promises, not two clauses, not a speaker's demands.
TEST(PlanPatterns86, TheSignersAgreementInOneSentenceOfVerbLedClausesIsThePledgesContents) {
  const ContentCase cases[] = {
      {"police-cluster-agreed-clauses",
       "Cụm thi đua số 5 ký kết giao ước thi đua năm 2026\n\nSáng 12/3/2026, Cụm thi đua số 5 tổ "
       "chức hội nghị ký kết giao ước thi đua năm 2026.\n\n5 đơn vị thống nhất đẩy mạnh tấn "
       "công, trấn áp tội phạm, chủ động nắm chắc tình hình an ninh nông thôn; tiếp tục xây dựng "
       "lực lượng Công an xã chính quy, nhân rộng các mô hình tự quản về an ninh, trật tự.",
       {"đẩy mạnh tấn công, trấn áp tội phạm", "chủ động nắm chắc tình hình an ninh nông thôn", "tiếp tục xây dựng lực lượng Công an xã chính quy", "nhân rộng các mô hình tự quản về an ninh, trật tự"}},
      {"schools-units-commit",
       "Các trường THPT Cụm thi đua số 4 ký kết giao ước thi đua năm học 2026 - 2027\n\nNgày "
       "20/9/2026, các trường THPT thuộc Cụm thi đua số 4 tổ chức ký kết giao ước thi đua. Các "
       "đơn vị trong Cụm cam kết đổi mới phương pháp dạy học, nâng cao chất lượng giáo dục mũi "
       "nhọn, xây dựng trường học xanh - sạch - đẹp.",
       {"đổi mới phương pháp dạy học", "nâng cao chất lượng giáo dục mũi nhọn", "xây dựng trường học xanh - sạch - đẹp"}},
      {"banks-members-resolve",
       "Khối thi đua các ngân hàng thương mại tỉnh Thanh Hóa ký kết giao ước thi đua năm "
       "2026\n\nNgày 15/2/2026, Khối thi đua các ngân hàng thương mại tỉnh tổ chức ký kết giao "
       "ước thi đua năm 2026. 07 đơn vị thành viên quyết tâm tăng cường huy động vốn; đẩy mạnh "
       "chuyển đổi số, phát triển dịch vụ ngân hàng hiện đại; hỗ trợ khách hàng phục hồi sản "
       "xuất.",
       {"tăng cường huy động vốn", "đẩy mạnh chuyển đổi số", "phát triển dịch vụ ngân hàng hiện đại", "hỗ trợ khách hàng phục hồi sản xuất"}},
      {"fire-police-purpose-stays",
       "Cụm thi đua số 7 Cảnh sát PCCC ký kết giao ước thi đua năm 2026\n\nNgày 8/3/2026, Cụm "
       "thi đua số 7 tổ chức ký kết giao ước thi đua năm 2026. 6 đơn vị thống nhất chủ động tham "
       "mưu triển khai các giải pháp phòng cháy, đảm bảo an toàn các khu công nghiệp; tăng cường "
       "kiểm tra an toàn cơ sở; tổ chức huấn luyện nghiệp vụ chữa cháy.",
       {"chủ động tham mưu triển khai các giải pháp phòng cháy, đảm bảo an toàn các khu công nghiệp", "tăng cường kiểm tra an toàn cơ sở", "tổ chức huấn luyện nghiệp vụ chữa cháy"}},
      {"banks-fronted-phrase-focus",
       "Khối thi đua các ngân hàng tỉnh Bình Dương ký kết giao ước thi đua năm 2026\n\nNgày "
       "20/2/2026, Khối thi đua các ngân hàng tỉnh tổ chức ký kết giao ước thi đua năm 2026. Với "
       "chủ đề “Đoàn kết, đổi mới, hiệu quả” trong năm 2026, các chi nhánh thuộc Khối tập trung "
       "tăng cường huy động vốn tại chỗ; đẩy mạnh thanh toán không dùng tiền mặt; hỗ trợ doanh "
       "nghiệp nhỏ và vừa tiếp cận vốn.",
       {"tăng cường huy động vốn tại chỗ", "đẩy mạnh thanh toán không dùng tiền mặt", "hỗ trợ doanh nghiệp nhỏ và vừa tiếp cận vốn"}},
      {"guard-farmers-people-promise",
       "Hội Nông dân huyện Yên Dũng ký giao ước thi đua năm 2026\n\nNgày 10/2/2026, Hội Nông dân "
       "huyện tổ chức ký giao ước thi đua năm 2026. Các đồng chí Chủ tịch Hội Nông dân các xã "
       "cam kết đẩy mạnh các phong trào, thực hiện tốt nhiệm vụ công tác hội, vận động hội viên "
       "tham gia bảo hiểm y tế.",
       {}},
      {"guard-two-clauses",
       "Cụm thi đua số 5 ký kết giao ước thi đua năm 2026\n\nSáng 12/3/2026, Cụm thi đua số 5 tổ "
       "chức hội nghị ký kết giao ước thi đua năm 2026.\n\n6 đơn vị thống nhất đẩy mạnh phong "
       "trào toàn dân bảo vệ an ninh Tổ quốc; nâng cao chất lượng công tác xây dựng lực lượng.",
       {}},
      {"guard-speaker-demands",
       "Cụm thi đua số 5 ký kết giao ước thi đua năm 2026\n\nSáng 12/3/2026, Cụm thi đua số 5 tổ "
       "chức hội nghị ký kết giao ước thi đua năm 2026.\n\nPhát biểu tại hội nghị, Giám đốc Công "
       "an tỉnh đề nghị các đơn vị tăng cường công tác nắm tình hình, đẩy mạnh tấn công tội "
       "phạm, nâng cao chất lượng xây dựng lực lượng.",
       {}},
  };
  expect_contents(cases);
}

// "Đợt … diễn ra từ … đến …, trọng tâm (là) A; B; C": the focus of the campaign the sentence is about, three
// or more items cut at ";". Not the focus of a task the sentence opens with, nor a list of places by commas.
TEST(PlanPatterns86, FocusAfterACommaOverSemicolonItemsIsTheCampaignsContents) {
  const ContentCase cases[] = {
      {"traffic-police-peak",
       "Công an tỉnh Hải Dương phát động đợt thi đua cao điểm bảo đảm trật tự an toàn giao thông "
       "hè 2026\n\nNgày 30/5/2026, Công an tỉnh phát động đợt thi đua cao điểm. Đợt thi đua diễn "
       "ra từ 1/6/2026 đến 31/8/2026, trọng tâm là tuần tra kiểm soát giao thông; xử lý nghiêm "
       "vi phạm nồng độ cồn; tuyên truyền an toàn giao thông trong trường học.",
       {"tuần tra kiểm soát giao thông", "xử lý nghiêm vi phạm nồng độ cồn", "tuyên truyền an toàn giao thông trong trường học"}},
      {"health-movement-no-la",
       "Sở Y tế tỉnh Nam Định phát động phong trào thi đua năm 2026\n\nNgày 5/1/2026, Sở Y tế "
       "phát động phong trào thi đua năm 2026. Phong trào được triển khai trong toàn ngành y tế, "
       "trọng tâm nâng cao chất lượng khám chữa bệnh; đổi mới phong cách phục vụ người bệnh; ứng "
       "dụng công nghệ thông tin trong quản lý bệnh viện.",
       {"nâng cao chất lượng khám chữa bệnh", "đổi mới phong cách phục vụ người bệnh", "ứng dụng công nghệ thông tin trong quản lý bệnh viện"}},
      {"army-peak",
       "Bộ Chỉ huy Quân sự tỉnh phát động đợt thi đua cao điểm năm 2026\n\nNgày 2/4/2026, Bộ Chỉ "
       "huy Quân sự tỉnh phát động đợt thi đua cao điểm. Đợt thi đua kéo dài ba tháng, trọng tâm "
       "huấn luyện sát thực tế chiến đấu; xây dựng đơn vị chính quy, mẫu mực; bảo đảm an toàn "
       "tuyệt đối vũ khí, trang bị.",
       {"huấn luyện sát thực tế chiến đấu", "xây dựng đơn vị chính quy, mẫu mực", "bảo đảm an toàn tuyệt đối vũ khí, trang bị"}},
      {"guard-focus-of-a-task",
       "UBND huyện phát động phong trào thi đua năm 2026\n\nNgày 6/1/2026, UBND huyện phát động "
       "phong trào thi đua năm 2026. Đẩy mạnh cải cách hành chính, trọng tâm là cải cách thủ tục "
       "hành chính; ứng dụng công nghệ thông tin; nâng cao chỉ số hài lòng của người dân.",
       {}},
      {"guard-commas-only",
       "Sở Y tế tỉnh Nam Định phát động phong trào thi đua năm 2026\n\nNgày 5/1/2026, Sở Y tế "
       "phát động phong trào thi đua năm 2026. Phong trào được triển khai trong toàn ngành y tế, "
       "trọng tâm là bệnh viện tuyến huyện, trạm y tế xã, trung tâm y tế dự phòng.",
       {}},
  };
  expect_contents(cases);
}

// Every item of the list names movements by quotation (past the list's shared verb and "phong trào (thi
// đua)", "cuộc vận động"; two joined by "với"): the contents are the names, as "các phong trào … như “A”;
// “B”" gives them. An item with words of its own keeps the list as written; quotations called no movement
// are left as they were.
TEST(PlanPatterns86, AListOfMovementsNamedByQuotationGivesTheirNames) {
  const ContentCase cases[] = {
      {"labour-union-movements",
       "Liên đoàn Lao động huyện Phù Cát triển khai công tác thi đua năm 2026\n\nNgày 10/3/2026, "
       "Liên đoàn Lao động huyện tổ chức hội nghị triển khai công tác thi đua năm 2026 với các "
       "nội dung: phát động phong trào thi đua “Lao động giỏi, lao động sáng tạo”; phong trào "
       "“Xanh - sạch - đẹp, bảo đảm an toàn vệ sinh lao động”; cuộc vận động “Người Việt Nam ưu "
       "tiên dùng hàng Việt Nam”.",
       {"Lao động giỏi, lao động sáng tạo", "Xanh - sạch - đẹp, bảo đảm an toàn vệ sinh lao động", "Người Việt Nam ưu tiên dùng hàng Việt Nam"}},
      {"womens-union-joined-by-voi",
       "Hội Liên hiệp Phụ nữ tỉnh phát động phong trào thi đua năm 2026\n\nNgày 8/1/2026, Hội "
       "Liên hiệp Phụ nữ tỉnh phát động thi đua năm 2026, nhiệm vụ trọng tâm là tổ chức phong "
       "trào “Phụ nữ tích cực học tập, lao động sáng tạo”; cuộc vận động “Xây dựng gia đình 5 "
       "không, 3 sạch” với phong trào “Phụ nữ giúp nhau phát triển kinh tế”; “Ngày thứ bảy tình "
       "nguyện”.",
       {"Phụ nữ tích cực học tập, lao động sáng tạo", "Xây dựng gia đình 5 không, 3 sạch", "Phụ nữ giúp nhau phát triển kinh tế", "Ngày thứ bảy tình nguyện"}},
      {"district-police-movements",
       "Công an huyện Krông Búk phát động phong trào thi đua năm 2026\n\nNgày 6/1/2026, Công an "
       "huyện phát động phong trào thi đua năm 2026. Nội dung thi đua gồm: phong trào “Vì an "
       "ninh Tổ quốc”; phong trào “Công an nhân dân học tập, thực hiện 6 điều Bác Hồ dạy”; phong "
       "trào thi đua “Toàn dân bảo vệ an ninh Tổ quốc”.",
       {"Vì an ninh Tổ quốc", "Công an nhân dân học tập, thực hiện 6 điều Bác Hồ dạy", "Toàn dân bảo vệ an ninh Tổ quốc"}},
      {"guard-item-with-words-of-its-own",
       "Liên đoàn Lao động huyện Phù Cát triển khai công tác thi đua năm 2026\n\nNgày 10/3/2026, "
       "Liên đoàn Lao động huyện tổ chức hội nghị triển khai công tác thi đua năm 2026 với các "
       "nội dung: đẩy mạnh phong trào thi đua “Lao động giỏi, lao động sáng tạo” giai đoạn 2026 "
       "- 2030; tổ chức hội thi an toàn vệ sinh viên giỏi; nâng cao chất lượng hoạt động công "
       "đoàn cơ sở.",
       {"đẩy mạnh phong trào thi đua “Lao động giỏi, lao động sáng tạo” giai đoạn 2026 - 2030", "tổ chức hội thi an toàn vệ sinh viên giỏi", "nâng cao chất lượng hoạt động công đoàn cơ sở"}},
      {"guard-quotes-no-movement-word",
       "Văn phòng UBND tỉnh phát động thi đua năm 2026\n\nNgày 6/1/2026, Văn phòng UBND tỉnh "
       "phát động thi đua năm 2026 với các nội dung: thực hiện chủ đề “Năm kỷ cương hành chính”; "
       "hưởng ứng “Năm chuyển đổi số quốc gia”; tổ chức hội thi cải cách hành chính.",
       {"thực hiện chủ đề “Năm kỷ cương hành chính”", "hưởng ứng “Năm chuyển đổi số quốc gia”", "tổ chức hội thi cải cách hành chính"}},
  };
  expect_contents(cases);
}

// "(tiếp tục) thực hiện phong trào … do … phát động như A; B; C": the movements to carry out, three or more
// cut at ";", as written — without "các" before "phong trào". Not the movements of a year reviewed ("đã tập
// trung triển khai … các phong trào thi đua như: …"), not figures after "như".
TEST(PlanPatterns86, MovementsListedBySemicolonsAfterPhongTraoNhuAreTheContents) {
  const ContentCase cases[] = {
      {"farmers-movements-by-semicolons",
       "Hội Nông dân huyện Tân Yên phát động thi đua năm 2026\n\nNgày 12/1/2026, Hội Nông dân "
       "huyện phát động thi đua năm 2026. Năm 2026, các cấp hội tiếp tục đẩy mạnh phong trào thi "
       "đua do Trung ương Hội phát động như nông dân sản xuất, kinh doanh giỏi; nông dân đoàn "
       "kết giúp nhau giảm nghèo; nông dân tham gia bảo đảm quốc phòng, an ninh.",
       {"nông dân sản xuất, kinh doanh giỏi", "nông dân đoàn kết giúp nhau giảm nghèo", "nông dân tham gia bảo đảm quốc phòng, an ninh"}},
      {"front-period-movements",
       "Ủy ban MTTQ huyện Cư Jút phát động phong trào thi đua giai đoạn 2026 - 2030\n\nNgày "
       "20/2/2026, Ủy ban MTTQ huyện phát động phong trào thi đua. Giai đoạn 2026 - 2030, Mặt "
       "trận các cấp tiếp tục thực hiện phong trào do Ủy ban Trung ương phát động như toàn dân "
       "đoàn kết xây dựng nông thôn mới, đô thị văn minh; cả nước chung tay vì người nghèo; "
       "người Việt Nam ưu tiên dùng hàng Việt Nam.",
       {"toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "cả nước chung tay vì người nghèo", "người Việt Nam ưu tiên dùng hàng Việt Nam"}},
      {"youth-union-movements",
       "Huyện đoàn Krông Năng phát động thi đua năm 2026\n\nNgày 10/1/2026, Huyện đoàn phát động "
       "thi đua năm 2026. Năm 2026, các cơ sở đoàn tiếp tục thực hiện phong trào do Trung ương "
       "Đoàn phát động như thanh niên tình nguyện; tuổi trẻ sáng tạo; thanh niên xung kích bảo "
       "vệ Tổ quốc.",
       {"thanh niên tình nguyện", "tuổi trẻ sáng tạo", "thanh niên xung kích bảo vệ Tổ quốc"}},
      {"colleges-year-reviewed-none",
       "Khối thi đua các trường cao đẳng tổng kết công tác thi đua năm 2025\n\nChiều 20/1/2026, "
       "Khối thi đua các trường cao đẳng tổ chức hội nghị tổng kết công tác thi đua năm 2025. "
       "Năm 2025, các đơn vị đã tập trung triển khai có hiệu quả các phong trào thi đua như: "
       "“Đổi mới, sáng tạo trong dạy và học”, “Cả nước chung tay vì người nghèo”, “Chuyển đổi số "
       "trong giáo dục”.",
       {}},
      {"guard-figures-after-nhu",
       "Khối thi đua văn hóa - xã hội sơ kết 6 tháng đầu năm 2026\n\nNgày 20/7/2026, Khối thi "
       "đua văn hóa - xã hội tổ chức sơ kết. Các đơn vị bàn giải pháp thúc đẩy phong trào thi "
       "đua của khối đạt các chỉ tiêu đã đề ra như: 8/8 đơn vị hoàn thành nhiệm vụ; 100% chi bộ "
       "đạt trong sạch vững mạnh; công đoàn cơ sở vững mạnh.",
       {}},
  };
  expect_contents(cases);
}

// Items cut at ", " before a verb of action: not at a comma inside a quotation ("đề án “Đổi mới, nâng cao
// …”"), nor before a noun that opens with a verb ("tổ chức xã hội", "tổ chức chính trị - xã hội") in a list
// of those concerned; "tổ chức hội thi" (to hold a contest) still opens an item.
TEST(PlanPatterns86, ACommaInsideAQuotationOrBeforeANounOpeningWithAVerbStaysInItsItem) {
  const ContentCase cases[] = {
      {"college-quotation-comma",
       "Trường Cao đẳng Nghề tỉnh phát động thi đua năm học 2026 - 2027\n\nNgày 5/9/2026, Trường "
       "Cao đẳng Nghề tỉnh phát động thi đua, tập trung vào các nội dung: thực hiện đề án “Đổi "
       "mới, nâng cao chất lượng đào tạo nghề”, tổ chức hội thi tay nghề cấp trường, đẩy mạnh "
       "nghiên cứu khoa học.",
       {"thực hiện đề án “Đổi mới, nâng cao chất lượng đào tạo nghề”", "tổ chức hội thi tay nghề cấp trường", "đẩy mạnh nghiên cứu khoa học"}},
      {"commune-police-quotation-comma",
       "Công an xã Ea Tul phát động phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2026\n\nNgày "
       "3/2/2026, Công an xã phát động phong trào, tập trung vào các nội dung: triển khai mô "
       "hình “Đoàn kết, tăng cường tuần tra khu dân cư”, tổ chức tuần tra ban đêm, vận động nhân "
       "dân tố giác tội phạm.",
       {"triển khai mô hình “Đoàn kết, tăng cường tuần tra khu dân cư”", "tổ chức tuần tra ban đêm", "vận động nhân dân tố giác tội phạm"}},
      {"front-social-organisations",
       "Ủy ban MTTQ huyện Gò Dầu phát động tháng cao điểm “Vì người nghèo” năm 2026\n\nNgày "
       "17/10/2026, Ủy ban MTTQ huyện phát động tháng cao điểm “Vì người nghèo”. Tháng cao điểm "
       "tập trung vào các nội dung: tuyên truyền đến cán bộ, hội viên, tổ chức xã hội về ý nghĩa "
       "của phong trào, vận động nhân dân tham gia ủng hộ quỹ, hỗ trợ hộ nghèo xây nhà đại đoàn "
       "kết.",
       {"tuyên truyền đến cán bộ, hội viên, tổ chức xã hội về ý nghĩa của phong trào", "vận động nhân dân tham gia ủng hộ quỹ", "hỗ trợ hộ nghèo xây nhà đại đoàn kết"}},
      {"mass-mobilisation-political-organisations",
       "Ban Dân vận huyện phát động thi đua “Dân vận khéo” năm 2026\n\nNgày 9/1/2026, Ban Dân "
       "vận huyện phát động thi đua, tập trung vào các nội dung: tuyên truyền đến cán bộ, đảng "
       "viên, tổ chức chính trị - xã hội về công tác dân vận, xây dựng mô hình dân vận khéo, "
       "nhân rộng các điển hình tiên tiến.",
       {"tuyên truyền đến cán bộ, đảng viên, tổ chức chính trị - xã hội về công tác dân vận", "xây dựng mô hình dân vận khéo", "nhân rộng các điển hình tiên tiến"}},
      {"guard-organise-a-contest",
       "Hội Luật gia tỉnh phát động thi đua năm 2026\n\nNgày 10/1/2026, Hội Luật gia tỉnh phát "
       "động thi đua, tập trung vào các nội dung: tuyên truyền pháp luật cho hội viên, tổ chức "
       "hội thi tìm hiểu pháp luật, vận động hội viên tham gia hòa giải ở cơ sở.",
       {"tuyên truyền pháp luật cho hội viên", "tổ chức hội thi tìm hiểu pháp luật", "vận động hội viên tham gia hòa giải ở cơ sở"}},
  };
  expect_contents(cases);
}

// "Theo đó, nội dung thi đua tập trung A; B; C. Đồng thời D.": the head past "Theo đó,", a list of three
// running on over the next sentence led by a verb (two items do not run on). "… với các nội dung (chủ
// yếu) sau:" over two or more paragraphs each led by a verb: one item a paragraph, its ";" inside; the
// results recalled in another clause of the head's sentence ("Kế thừa những kết quả đã đạt được …;") do
// not make it a review; one paragraph and then prose is cut at its ";" as before.
TEST(PlanPatterns86, ASingularHeadAfterTheoDoAndParagraphsUnderItsColon) {
  const ContentCase cases[] = {
      {"veterans-theo-do-run-on",
       "Hội Cựu chiến binh thành phố phát động thi đua năm 2026\n\nHội Cựu chiến binh thành phố "
       "vừa phát động thi đua năm 2026. Theo đó, nội dung thi đua tập trung xây dựng tổ chức hội "
       "trong sạch, vững mạnh; đẩy mạnh phong trào cựu chiến binh gương mẫu; phát triển kinh tế, "
       "giảm nghèo bền vững. Đồng thời vận động hội viên tham gia bảo vệ an ninh trật tự ở địa "
       "phương.",
       {"xây dựng tổ chức hội trong sạch, vững mạnh", "đẩy mạnh phong trào cựu chiến binh gương mẫu", "phát triển kinh tế, giảm nghèo bền vững", "vận động hội viên tham gia bảo vệ an ninh trật tự ở địa phương"}},
      {"veterans-two-items-no-run-on",
       "Hội Cựu chiến binh thành phố phát động thi đua năm 2026\n\nHội Cựu chiến binh thành phố "
       "vừa phát động thi đua năm 2026. Theo đó, nội dung thi đua tập trung xây dựng tổ chức hội "
       "trong sạch, vững mạnh; phát triển kinh tế, giảm nghèo bền vững. Đồng thời vận động hội "
       "viên tham gia bảo vệ an ninh trật tự ở địa phương.",
       {"xây dựng tổ chức hội trong sạch, vững mạnh", "phát triển kinh tế, giảm nghèo bền vững"}},
      {"province-paragraphs-under-sau",
       "Phát động phong trào thi đua năm 2026\n\nChủ tịch UBND tỉnh phát động phong trào thi đua "
       "năm 2026 với các nội dung chủ yếu sau:\n\nTiếp tục đẩy mạnh cải cách hành chính; nâng "
       "cao chỉ số năng lực cạnh tranh cấp tỉnh; cải thiện môi trường đầu tư.\n\nTăng cường "
       "tuyên truyền về thi đua, khen thưởng; phát hiện, nhân rộng các điển hình tiên tiến.",
       {"Tiếp tục đẩy mạnh cải cách hành chính; nâng cao chỉ số năng lực cạnh tranh cấp tỉnh; cải thiện môi trường đầu tư", "Tăng cường tuyên truyền về thi đua, khen thưởng; phát hiện, nhân rộng các điển hình tiên tiến"}},
      {"district-results-recalled-in-another-clause",
       "Phát động phong trào thi đua năm 2026\n\nKế thừa những kết quả đã đạt được trong năm "
       "2025; phát huy tinh thần đoàn kết, Chủ tịch UBND huyện phát động phong trào thi đua năm "
       "2026 với các nội dung sau:\n\nĐẩy mạnh phát triển kinh tế nông nghiệp; xây dựng nông "
       "thôn mới nâng cao.\n\nTăng cường công tác an ninh, trật tự; bảo đảm an sinh xã hội.",
       {"Đẩy mạnh phát triển kinh tế nông nghiệp; xây dựng nông thôn mới nâng cao", "Tăng cường công tác an ninh, trật tự; bảo đảm an sinh xã hội"}},
      {"guard-one-paragraph-then-prose",
       "Phát động phong trào thi đua năm 2026\n\nChủ tịch UBND tỉnh phát động phong trào thi đua "
       "năm 2026 với các nội dung chủ yếu sau:\n\nTiếp tục đẩy mạnh cải cách hành chính; nâng "
       "cao chỉ số năng lực cạnh tranh cấp tỉnh; cải thiện môi trường đầu tư.\n\nPhong trào được "
       "tổ chức trên phạm vi toàn tỉnh.",
       {"Tiếp tục đẩy mạnh cải cách hành chính", "nâng cao chỉ số năng lực cạnh tranh cấp tỉnh", "cải thiện môi trường đầu tư"}},
  };
  expect_contents(cases);
}

// "(các|nhiều) hoạt động / vấn đề … như: A; B" in a text about work ahead whose sentence names the
// emulation or the campaign: two or more items, or one closing its paragraph. Not activities held ("đã"),
// nor activities of something that is no emulation.
TEST(PlanPatterns86, WorkOrMattersBeforeNhuInASentenceNamingTheCampaignHeadTheList) {
  const ContentCase cases[] = {
      {"veterans-peak-activities-one-item",
       "Hội Cựu chiến binh huyện phát động đợt thi đua cao điểm năm 2026\n\nNgày 2/3/2026, Hội "
       "Cựu chiến binh huyện phát động đợt thi đua cao điểm chào mừng 50 năm thành lập Hội. Đợt "
       "cao điểm được thực hiện từ ngày 2/3 đến ngày 6/12/2026 với các hoạt động như: thăm hỏi, "
       "tặng quà hội viên có hoàn cảnh khó khăn trên địa bàn huyện.\n\nBuổi lễ có 120 hội viên "
       "tham dự.",
       {"thăm hỏi, tặng quà hội viên có hoàn cảnh khó khăn trên địa bàn huyện"}},
      {"bank-cluster-matters-discussed",
       "Cụm thi đua các chi nhánh ngân hàng ký kết giao ước thi đua năm 2026\n\nNgày 12/2/2026, "
       "Cụm thi đua các chi nhánh ngân hàng tổ chức ký kết giao ước thi đua năm 2026. Các đại "
       "biểu thảo luận nhiều vấn đề liên quan đến nâng cao hiệu quả phong trào thi đua, như: "
       "tăng trưởng tín dụng gắn với chất lượng; đẩy mạnh chuyển đổi số trong thanh toán.",
       {"tăng trưởng tín dụng gắn với chất lượng", "đẩy mạnh chuyển đổi số trong thanh toán"}},
      {"youth-month-two-activities",
       "Huyện đoàn Cư M'gar phát động Tháng Thanh niên năm 2026\n\nNgày 2/3/2026, Huyện đoàn "
       "phát động Tháng Thanh niên năm 2026. Phong trào diễn ra trong tháng 3 với nhiều hoạt "
       "động như: ra quân làm sạch đường làng; hiến máu tình nguyện.",
       {"ra quân làm sạch đường làng", "hiến máu tình nguyện"}},
      {"guard-activities-held",
       "Hội Liên hiệp Phụ nữ tỉnh tổng kết phong trào thi đua năm 2025\n\nNgày 10/1/2026, Hội "
       "Liên hiệp Phụ nữ tỉnh tổng kết phong trào thi đua năm 2025. Trong năm, các cấp hội đã tổ "
       "chức nhiều hoạt động như: hội thi nữ công gia chánh; ngày hội phụ nữ khởi nghiệp.",
       {}},
      {"guard-activities-no-emulation",
       "Huyện Đông Anh phát động thi đua năm 2026\n\nNgày 5/1/2026, huyện Đông Anh phát động thi "
       "đua năm 2026. Nhà văn hóa huyện mở cửa mỗi ngày với các hoạt động như: đọc sách; xem "
       "phim; tập thể dục.",
       {}},
  };
  expect_contents(cases);
}

// Counts: units counted then named after "là" or a colon, movements counted then named by two or more
// quotations, the signing units as the subject of the pledge's verb, awards a group submits ("trình") to
// the body that gives them. Not "Khối gồm N đơn vị …" with no names, one quotation after the count, awards
// given, "chương trình".
TEST(PlanPatterns86, UnitsAndMovementsCountedThenNamedSignersAndAwardsSubmittedAreNoCounts) {
  const CountCase cases[] = {
      {"fire-police-units-named-after-la",
       "Cụm thi đua số 10 ký kết giao ước thi đua năm 2026\n\nNgày 10/3/2026, Cụm thi đua số 10 "
       "tổ chức ký kết giao ước thi đua. Cụm thi đua số 10 gồm 5 đơn vị Cảnh sát PCCC các tỉnh "
       "Tây Nguyên là Cảnh sát PCCC tỉnh Gia Lai (đơn vị Cụm trưởng), tỉnh Kon Tum (đơn vị Cụm "
       "phó), tỉnh Đắk Lắk, tỉnh Đắk Nông, tỉnh Lâm Đồng.",
       {}},
      {"commune-plan-movements-named-by-quotations",
       "Kế hoạch phát động phong trào thi đua năm 2026\n\nUBND xã Tân Phú ban hành kế hoạch phát "
       "động phong trào thi đua năm 2026, nâng cao chất lượng 4 phong trào thi đua “Toàn dân "
       "đoàn kết xây dựng đời sống văn hóa”, “Cả nước chung tay vì người nghèo”, cuộc vận động "
       "“Người Việt Nam ưu tiên dùng hàng Việt Nam” và phong trào “Dân vận khéo”.",
       {}},
      {"universities-signers-commit",
       "Khối thi đua các trường đại học ký kết giao ước thi đua năm 2026\n\nNgày 2/3/2026, Khối "
       "thi đua các trường đại học tổ chức ký kết giao ước thi đua. 9 đơn vị cam kết đổi mới "
       "chương trình đào tạo, nâng cao chất lượng nghiên cứu khoa học.",
       {}},
      {"departments-awards-submitted",
       "Cụm thi đua số 4 tổng kết công tác thi đua năm 2025\n\nChiều 20/1/2026, Cụm thi đua số 4 "
       "tổ chức hội nghị tổng kết công tác thi đua năm 2025. Cụm thống nhất trình UBND tỉnh tặng "
       "Cờ thi đua cho 2 tập thể dẫn đầu Cụm là Sở Y tế và Sở Giáo dục và Đào tạo.",
       {}},
      {"guard-units-counted-not-named",
       "Cụm thi đua số 2 ký kết giao ước thi đua năm 2026\n\nNgày 10/3/2026, Cụm thi đua số 2 tổ "
       "chức ký kết giao ước thi đua. Cụm thi đua số 2 gồm 5 đơn vị Công an các huyện miền núi "
       "của tỉnh.",
       {{5, "đơn vị Công an các huyện miền núi"}}},
      {"guard-one-quotation",
       "Huyện Đông Anh ra mắt mô hình năm 2026\n\nNgày 5/5/2026, huyện Đông Anh tổ chức ra mắt "
       "12 mô hình “Dân vận khéo” tại các xã.",
       {{12, "mô hình “Dân vận khéo”"}}},
      {"guard-awards-given",
       "Cụm thi đua số 4 tổng kết công tác thi đua năm 2025\n\nChiều 20/1/2026, Cụm thi đua số 4 "
       "tổ chức hội nghị tổng kết công tác thi đua năm 2025. Dịp này, UBND tỉnh tặng Bằng khen "
       "cho 3 tập thể có thành tích xuất sắc.",
       {{3, "tập thể"}}},
      {"guard-programme-is-no-submission",
       "Cụm thi đua số 4 tổng kết công tác thi đua năm 2025\n\nChiều 20/1/2026, Cụm thi đua số 4 "
       "tổ chức hội nghị tổng kết công tác thi đua năm 2025. Theo chương trình, Giám đốc Sở Nội "
       "vụ tặng Giấy khen cho 4 tập thể có thành tích xuất sắc.",
       {{4, "tập thể"}}},
  };
  expect_counts(cases);
}

}  // namespace
}  // namespace thidua::text::plan
