// (s27-lists) Patterns of Vietnamese administrative prose read from the failures of the former eval8 texts
// (issue 14), tested on sentences written for the test in other sectors and wordings (none copied from the
// texts): a drive quoted after "ra quân"; a movement quoted as the means of results reported ("Thông qua
// phong trào “…”") or as one ';' item of a list, which is not the text's; contents a meeting discussed and
// agreed, cut at commas before a verb, a manner ("kịp thời") or a negation ("không để"); contents after
// "Theo đó," right behind a launch; contents in the sentence after a count of tasks set ("Trong đó có:"),
// and that count.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_parser.h"
#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::ContentCase;
using test::CountCase;
using test::FieldCase;
using test::expect_contents;
using test::expect_counts;
using test::expect_field;

// "Công an tỉnh phát động ra quân “Cao điểm 100 ngày đêm …”", "… phát động đợt ra quân thực hiện “Cao điểm
// …”" (bac-kan-2023): the drive the forces turn out for, quoted after "ra quân" with or without "đợt" and with
// "thực hiện" / "hưởng ứng" / "triển khai" between, is the movement's name.
TEST(PlanPatterns100, DriveQuotedAfterRaQuanNamesTheMovement) {
  expect_field("/movement/name",
               {
                   {"youth-month",
                    "Tuổi trẻ tỉnh ra quân tình nguyện\n"
                    "Sáng 2/3/2024, Tỉnh Đoàn phát động ra quân “Tháng Thanh niên tình nguyện vì cộng đồng” "
                    "trên địa bàn tỉnh.",
                    "Tháng Thanh niên tình nguyện vì cộng đồng"},
                   {"border-guard-peak",
                    "Biên phòng tỉnh ra quân trấn áp ma túy\n"
                    "Ngày 10/6/2023, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức lễ ra quân thực hiện “Cao điểm 90 "
                    "ngày đêm tấn công trấn áp tội phạm ma túy” tại khu vực biên giới.",
                    "Cao điểm 90 ngày đêm tấn công trấn áp tội phạm ma túy"},
                   {"forest-ranger-response",
                    "Kiểm lâm tỉnh phát động thi đua bảo vệ rừng mùa khô\n"
                    "Sáng 15/4/2025, Chi cục Kiểm lâm tỉnh phát động đợt ra quân hưởng ứng “Mùa khô không cháy "
                    "rừng” năm 2025.",
                    "Mùa khô không cháy rừng"},
                   {"traffic-campaign",
                    "Công an thành phố ra quân bảo đảm giao thông\n"
                    "Ngày 1/8/2024, Công an thành phố ra quân triển khai “Chiến dịch cao điểm bảo đảm trật tự an "
                    "toàn giao thông dịp cuối năm” trong toàn thành phố.",
                    "Chiến dịch cao điểm bảo đảm trật tự an toàn giao thông dịp cuối năm"},
                   // A day of recurring work is no drive ("ra quân thực hiện “Ngày chủ nhật xanh” tháng 3").
                   {"recurring-day",
                    "Phường Tân Định ra quân vệ sinh môi trường\n"
                    "Sáng 10/3/2024, UBND phường Tân Định phát động thi đua và ra quân thực hiện “Ngày chủ nhật xanh” "
                    "tháng 3 trên địa bàn phường.",
                    ""},
                   // A motto after "ra quân, với khẩu hiệu" is no drive's name.
                   {"motto-not-name",
                    "Công an huyện tổ chức lễ ra quân\n"
                    "Sáng 3/3/2024, Công an huyện tổ chức lễ ra quân, với khẩu hiệu “An toàn cho dân, bình yên "
                    "cho dân”.",
                    ""},
               });
}

// "Thông qua các phong trào thi đua “Giỏi việc nước, đảm việc nhà”, các hội viên đã …" (mps-2017), "Đại hội đã
// biểu dương … như: …; phong trào thi đua “Phụ nữ tích cực …”; …" (tinh-bien-2020): a movement quoted outside
// the lead and the headline as the means of results, or as one item of a ';' list, is not the text's
// movement. A movement a model is set up to push ("Thông qua việc xây dựng mô hình …, đẩy mạnh phong trào
// “…”") and one launched ("… đã phát động phong trào “…”") still are.
TEST(PlanPatterns100, MovementQuotedAsMeansOfResultsOrListItemIsNotTheTexts) {
  expect_field("/movement/name",
               {
                   {"farmers-through",
                    "Hội Nông dân xã trao nhà tình nghĩa\n"
                    "Ngày 5/5/2024, Hội Nông dân xã An Phú trao nhà tình nghĩa cho hội viên. Thông qua phong trào "
                    "thi đua “Nông dân sản xuất, kinh doanh giỏi”, nhiều hội viên đã vươn lên thoát nghèo.",
                    ""},
                   {"school-through-plural",
                    "Trường Tiểu học Hòa Bình đón bằng công nhận\n"
                    "Ngày 9/9/2023, Trường Tiểu học Hòa Bình đón nhận bằng công nhận trường đạt chuẩn. Qua các phong "
                    "trào “Trường học thân thiện, học sinh tích cực”, nhà trường đã có nhiều chuyển biến.",
                    ""},
                   {"union-list-item",
                    "Liên đoàn Lao động huyện tổng kết năm 2023\n"
                    "Ngày 28/12/2023, Liên đoàn Lao động huyện tổ chức hội nghị tổng kết. Hội nghị đã biểu dương kết "
                    "quả các hoạt động như: chăm lo đời sống đoàn viên; phong trào thi đua “Lao động giỏi, lao động "
                    "sáng tạo”; công tác phát triển đoàn viên.",
                    ""},
                   {"model-pushes-movement",
                    "Ra mắt mô hình tự quản ở xã Tân Lập\n"
                    "Ngày 4/7/2024, UBND xã Tân Lập ra mắt mô hình “Tổ tự quản an ninh trật tự”. Thông qua việc xây "
                    "dựng mô hình, góp phần đẩy mạnh phong trào “Toàn dân bảo vệ an ninh Tổ quốc” trên địa bàn.",
                    "Toàn dân bảo vệ an ninh Tổ quốc"},
                   {"launched-after-da",
                    "Huyện Cẩm Giang sơ kết nông thôn mới\n"
                    "Ngày 12/6/2024, huyện Cẩm Giang tổ chức hội nghị. Năm 2021, UBND huyện đã phát động phong trào "
                    "“Cả huyện chung sức xây dựng nông thôn mới”.",
                    "Cả huyện chung sức xây dựng nông thôn mới"},
               });
}

// "… hội nghị đã thảo luận và thống nhất đề ra nhiều nội dung trọng tâm cần triển khai thực hiện, như: chủ động
// A, kịp thời B, đấu tranh C, không để D." (tra-vinh-2020): what a meeting discussed and then agreed is work
// ahead, not its agenda; the head may name its list at some length before "như:"; the items, cut at commas,
// may open with a manner ("kịp thời") or a negation ("không để") as with a verb. A meeting's agenda is none.
TEST(PlanPatterns100, ContentsAgreedAtAMeetingCutBeforeMannerOrNegation) {
  const ContentCase cases[] = {
      {"health-epidemic",
       "Ngành y tế tỉnh ký giao ước thi đua năm 2024\n"
       "Ngày 10/1/2024, các đơn vị ngành y tế đã thảo luận và thống nhất đề ra nhiều nội dung trọng tâm cần thực hiện "
       "trong năm, như: chủ động phòng ngừa dịch bệnh, kịp thời xử lý các ổ dịch, không để dịch lây lan ra diện rộng.",
       {"chủ động phòng ngừa dịch bệnh", "kịp thời xử lý các ổ dịch", "không để dịch lây lan ra diện rộng"}},
      {"customs-smuggling",
       "Cụm thi đua Hải quan ký giao ước\n"
       "Ngày 20/2/2024, các chi cục trong Cụm đã bàn bạc và thống nhất nhiều nội dung trọng tâm cần triển khai trong "
       "năm, như: tăng cường kiểm soát hàng hóa, kịp thời phát hiện các vụ buôn lậu, không để hình thành các đường "
       "dây buôn lậu lớn.",
       {"tăng cường kiểm soát hàng hóa", "kịp thời phát hiện các vụ buôn lậu",
        "không để hình thành các đường dây buôn lậu lớn"}},
      {"forest-fire",
       "Khối thi đua Kiểm lâm ký giao ước\n"
       "Ngày 5/3/2024, các hạt kiểm lâm đã thảo luận và thống nhất đề ra các nội dung chủ yếu của năm, như: chủ động "
       "phương án phòng cháy, kịp thời dập tắt đám cháy, không để cháy rừng lớn xảy ra.",
       {"chủ động phương án phòng cháy", "kịp thời dập tắt đám cháy", "không để cháy rừng lớn xảy ra"}},
      // Inside a clause of a ';' list, "kịp thời …" goes on with the clause.
      {"semicolon-clause-kept",
       "Các trường ký giao ước thi đua năm 2024\n"
       "Ngày 10/1/2024, các trường ký giao ước thi đua. Theo giao ước, các trường thống nhất tiếp tục đổi mới phương "
       "pháp giảng dạy; tăng cường nghiên cứu khoa học; phát huy vai trò của các đoàn thể, kịp thời biểu dương những "
       "tập thể điển hình.",
       {"tiếp tục đổi mới phương pháp giảng dạy", "tăng cường nghiên cứu khoa học",
        "phát huy vai trò của các đoàn thể, kịp thời biểu dương những tập thể điển hình"}},
      {"agenda-not-contents",
       "Khối thi đua các huyện họp\n"
       "Ngày 5/1/2024, Khối thi đua các huyện tổ chức hội nghị. Hội nghị đã thảo luận nhiều nội dung quan trọng như: "
       "báo cáo tổng kết năm 2023, phương hướng năm 2024, bầu Khối trưởng năm 2024.",
       {}},
  };
  expect_contents(cases);
}

// "Tại buổi lễ, … đã phát động đợt ra quân thực hiện “Cao điểm …”. Theo đó, các cơ quan, đơn vị tiếp tục A; đẩy
// mạnh B; tổ chức tốt C; nâng cao D." (bac-kan-2023): "Theo đó" right after the sentence launching (or pledging)
// refers to what it launched; its subject goes straight on with a verb of action and the list is cut at ";".
// Not a "Theo đó" after a sentence of results, nor one whose list is cut at commas only.
TEST(PlanPatterns100, ContentsAfterTheoDoBehindALaunch) {
  const ContentCase cases[] = {
      {"health-peak",
       "Sở Y tế phát động thi đua chào mừng Ngày Thầy thuốc Việt Nam\n"
       "Sáng 1/2/2024, Sở Y tế phát động đợt thi đua cao điểm chào mừng Ngày Thầy thuốc Việt Nam. Theo đó, các bệnh "
       "viện, trung tâm y tế tiếp tục nâng cao chất lượng khám chữa bệnh; đẩy mạnh chuyển đổi số trong quản lý; "
       "tăng cường công tác y tế dự phòng.",
       {"tiếp tục nâng cao chất lượng khám chữa bệnh", "đẩy mạnh chuyển đổi số trong quản lý",
        "tăng cường công tác y tế dự phòng"}},
      {"tax-pledge",
       "Cục Thuế ký giao ước thi đua năm 2024\n"
       "Ngày 15/1/2024, các chi cục thuế ký kết giao ước thi đua năm 2024. Theo đó, các chi cục tập trung thực hiện "
       "tốt dự toán thu ngân sách; đẩy mạnh cải cách thủ tục hành chính; tăng cường chống thất thu thuế.",
       {"thực hiện tốt dự toán thu ngân sách", "đẩy mạnh cải cách thủ tục hành chính",
        "tăng cường chống thất thu thuế"}},
      {"school-launch",
       "Phòng Giáo dục phát động thi đua chào mừng ngày 20/11\n"
       "Ngày 5/10/2024, Phòng Giáo dục huyện phát động phong trào thi đua chào mừng Ngày Nhà giáo Việt Nam. Theo đó, "
       "các trường học đổi mới phương pháp dạy học; xây dựng trường học xanh, sạch, đẹp; tổ chức tốt các hội thi "
       "giáo viên giỏi.",
       {"đổi mới phương pháp dạy học", "xây dựng trường học xanh, sạch, đẹp", "tổ chức tốt các hội thi giáo viên giỏi"}},
      {"after-results-not-launch",
       "Ngành thuế tổng kết năm 2023\n"
       "Ngày 10/1/2024, Cục Thuế tổ chức hội nghị tổng kết. Năm 2023, ngành thuế thu ngân sách vượt dự toán. Theo "
       "đó, các chi cục tiếp tục nâng cao chất lượng quản lý thuế; đẩy mạnh cải cách thủ tục hành chính; tăng cường "
       "chống thất thu thuế.",
       {}},
      {"commas-only",
       "Công an huyện ra quân cao điểm\n"
       "Sáng 5/1/2024, Công an huyện phát động ra quân đợt cao điểm tấn công trấn áp tội phạm. Theo đó, trong thời "
       "gian ra quân, lực lượng công an phát huy tinh thần chủ động, xây dựng kế hoạch phòng ngừa, đấu tranh với tội "
       "phạm.",
       {}},
  };
  expect_contents(cases);
}

// "… phấn đấu thực hiện 8 nhiệm vụ trọng tâm. Trong đó có: A; B; C…" (hai-phong-2022): the tasks a body strives to
// carry out are counted as set, and the sentence after their count opened by "Trong đó (có)" lists (some of)
// them — the contents. Not tasks reported done ("đã hoàn thành 6 nhiệm vụ").
TEST(PlanPatterns100, ContentsInTheSentenceAfterACountOfTasksSet) {
  const ContentCase cases[] = {
      {"women-union",
       "Hội Liên hiệp Phụ nữ huyện triển khai nhiệm vụ năm 2024\n"
       "Năm 2024, Hội Liên hiệp Phụ nữ huyện phấn đấu thực hiện 6 nhiệm vụ trọng tâm. Trong đó có: tuyên truyền, "
       "vận động hội viên tham gia xây dựng nông thôn mới; hỗ trợ phụ nữ khởi nghiệp; chăm lo trẻ em có hoàn cảnh khó "
       "khăn.",
       {"tuyên truyền, vận động hội viên tham gia xây dựng nông thôn mới", "hỗ trợ phụ nữ khởi nghiệp",
        "chăm lo trẻ em có hoàn cảnh khó khăn"}},
      {"veterans-solutions",
       "Hội Cựu chiến binh tỉnh triển khai nhiệm vụ năm 2025\n"
       "Năm 2025, Hội Cựu chiến binh tỉnh phấn đấu thực hiện 5 nhóm giải pháp chủ yếu. Trong đó: đẩy mạnh phong "
       "trào cựu chiến binh làm kinh tế giỏi; tham gia bảo vệ an ninh trật tự ở cơ sở; giáo dục truyền thống cho thế "
       "hệ trẻ.",
       {"đẩy mạnh phong trào cựu chiến binh làm kinh tế giỏi", "tham gia bảo vệ an ninh trật tự ở cơ sở",
        "giáo dục truyền thống cho thế hệ trẻ"}},
      {"done-not-contents",
       "Hội Nông dân huyện tổng kết năm 2023\n"
       "Năm 2023, Hội Nông dân huyện đã hoàn thành 6 nhiệm vụ trọng tâm. Trong đó có: vận động nông dân sản xuất "
       "giỏi; hỗ trợ vốn cho hội viên; tham gia xây dựng nông thôn mới.",
       {}},
  };
  expect_contents(cases);
  const CountCase counts[] = {
      {"women-union-count",
       "Hội Liên hiệp Phụ nữ huyện triển khai nhiệm vụ năm 2024\n"
       "Năm 2024, Hội Liên hiệp Phụ nữ huyện phấn đấu thực hiện 6 nhiệm vụ trọng tâm.",
       {{6, "nhiệm vụ trọng tâm"}}},
      {"trade-union-count",
       "Khối thi đua Công đoàn ngành triển khai nhiệm vụ năm 2025\n"
       "Năm 2025, Khối thi đua Công đoàn các ngành phấn đấu triển khai 7 nhiệm vụ chủ yếu.",
       {{7, "nhiệm vụ chủ yếu"}}},
  };
  expect_counts(counts);
}

// "… tổ chức Mít tinh và phát động phong trào thi đua chào mừng thành công Đại hội …" (lead), "BTV … đã phát động
// phong trào thi đua đặc biệt trong công nhân, viên chức …" (vinh-phuc-2018): a launch's emulation named by its
// purpose in the lead, its kind said where the body tells of the launch again, takes that kind. Not when the
// later launch names another movement (a quote after the kind).
TEST(PlanPatterns100, LaunchKindSaidWhereTheBodyTellsOfTheLaunchAgain) {
  expect_field("/movement/kind",
               {
                   {"farmers-congress",
                    "Chào mừng Đại hội Hội Nông dân tỉnh lần thứ X\n"
                    "Ngày 5/6/2023, Ban Thường vụ Hội Nông dân tỉnh phát động phong trào thi đua chào mừng Đại hội "
                    "Hội Nông dân tỉnh lần thứ X. Ban Thường vụ đã phát động phong trào thi đua đặc biệt trong cán "
                    "bộ, hội viên nông dân toàn tỉnh.",
                    "special"},
                   {"women-thematic",
                    "Hội Phụ nữ huyện chào mừng ngày 20/10\n"
                    "Ngày 1/10/2024, Hội Liên hiệp Phụ nữ huyện phát động thi đua chào mừng kỷ niệm 94 năm Ngày thành "
                    "lập Hội Liên hiệp Phụ nữ Việt Nam. Hội cũng phát động đợt thi đua chuyên đề trong các chi hội.",
                    "thematic"},
                   {"customs-special",
                    "Hải quan tỉnh lập thành tích chào mừng Đại hội Đảng bộ\n"
                    "Sáng 3/3/2025, Cục Hải quan tỉnh phát động phong trào thi đua lập thành tích chào mừng Đại hội "
                    "Đảng bộ tỉnh. Lãnh đạo Cục phát động phong trào thi đua đặc biệt trong toàn đơn vị.",
                    "special"},
                   {"another-movement-quoted",
                    "Đoàn Thanh niên chào mừng Đại hội Đoàn\n"
                    "Ngày 2/4/2022, Tỉnh Đoàn phát động phong trào thi đua chào mừng Đại hội Đoàn toàn quốc. Tỉnh Đoàn "
                    "cũng phát động phong trào thi đua đặc biệt “Tuổi trẻ xung kích” trong đoàn viên.",
                    ""},
               });
}

}  // namespace
}  // namespace thidua::text::plan
