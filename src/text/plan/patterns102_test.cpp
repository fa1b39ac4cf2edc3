// (s28-lists) Patterns of Vietnamese administrative prose read from the failures of the former eval10 texts
// (issue 14), tested on sentences written for the test in other sectors and wordings (none copied from the
// texts): a launch's own clause ", tập trung vào A, B, C" with no colon; the fields goals cover after "(bao)
// gồm các lĩnh vực: A; B; C"; goals a body assigns to its units ("giao … thực hiện N nhóm chỉ tiêu") and the
// goals joined to them by "và"; a group's bare kind word ("Khối", "Cụm") as the subject of the next year's
// work after a fronted year.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::ContentCase;
using test::CountCase;
using test::expect_contents;
using test::expect_counts;
using test::expect_field;
using test::expect_two_fields;
using test::TwoFieldCase;

// "UBND phường phát động phong trào thi đua giai đoạn 2025 – 2030, tập trung vào A, B, C và D; khen thưởng …"
// (an-cuu-2025): the launch's own clause after its comma names what the movement focuses on, with no colon
// and no word for the contents — items cut at commas up to ";" or the sentence's end, a last "và" staying in
// its item. Not a meeting's focus with no launch, nor work reported done, nor two pieces only.
TEST(PlanPatterns102, LaunchFocusesOnCommaListWithoutColon) {
  const ContentCase cases[] = {
      {"commune-farming",
       "Xã Tân Lập phát động thi đua năm 2025\n"
       "Sáng 6/1/2025, UBND xã Tân Lập phát động phong trào thi đua năm 2025, tập trung vào phát triển nông nghiệp "
       "hữu cơ, xây dựng giao thông nông thôn, chăm lo đời sống người cao tuổi; khen thưởng 5 tập thể.",
       {"phát triển nông nghiệp hữu cơ", "xây dựng giao thông nông thôn", "chăm lo đời sống người cao tuổi"}},
      {"school-year",
       "Phòng Giáo dục phát động thi đua năm học mới\n"
       "Ngày 5/9/2024, Phòng Giáo dục và Đào tạo huyện phát động đợt thi đua chào mừng Ngày Nhà giáo Việt Nam, tập "
       "trung vào đổi mới phương pháp dạy học, bồi dưỡng học sinh giỏi, xây dựng trường học an toàn và thân thiện.",
       {"đổi mới phương pháp dạy học", "bồi dưỡng học sinh giỏi", "xây dựng trường học an toàn và thân thiện"}},
      {"customs-four",
       "Cục Hải quan tỉnh phát động thi đua\n"
       "Ngày 10/2/2024, Cục Hải quan tỉnh phát động phong trào thi đua giai đoạn 2024 – 2026, tập trung vào cải cách "
       "thủ tục hải quan, chống buôn lậu, tăng thu ngân sách, xây dựng lực lượng chính quy; đồng thời trao giấy khen.",
       {"cải cách thủ tục hải quan", "chống buôn lậu", "tăng thu ngân sách", "xây dựng lực lượng chính quy"}},
      // A meeting's focus, with no launch in the sentence: not the contents.
      {"neg-meeting-focus",
       "Hội nghị giao ban ngành y tế\n"
       "Ngày 6/3/2024, Sở Y tế tổ chức hội nghị giao ban, tập trung vào đánh giá công tác tiêm chủng, khám chữa "
       "bệnh, phòng chống dịch bệnh.",
       {}},
      // Work reported done: not the contents.
      {"neg-done",
       "Hội Nông dân tổng kết năm 2023\n"
       "Năm 2023, phong trào thi đua do Hội Nông dân tỉnh phát động đã tập trung vào hỗ trợ nông dân vay vốn, chuyển "
       "giao kỹ thuật, xây dựng chuỗi liên kết.",
       {}},
      // Two pieces only: no list.
      {"neg-two",
       "Đoàn Thanh niên phát động thi đua\n"
       "Ngày 2/3/2024, Tỉnh Đoàn phát động phong trào thi đua năm 2024, tập trung vào khởi nghiệp, chuyển đổi số.",
       {}},
  };
  expect_contents(cases);
}

// "… giao các đơn vị thực hiện 7 nhóm chỉ tiêu chung và 10 nhóm chỉ tiêu cụ thể, bao gồm các lĩnh vực: A; B; C."
// (ha-noi-2025): the fields listed after "(bao) gồm các lĩnh vực:" of goals set are the contents, as after
// "trên các lĩnh vực"; cut at ";" they keep their own commas. Not fields without goals or contents before them.
TEST(PlanPatterns102, FieldsAfterBaoGomCacLinhVucOfGoals) {
  const ContentCase cases[] = {
      {"tax-goals",
       "Cục Thuế phát động thi đua năm 2024\n"
       "Ngày 8/1/2024, Cục Thuế tỉnh giao các Chi cục Thuế thực hiện 12 chỉ tiêu thi đua, bao gồm các lĩnh vực: thu "
       "ngân sách; quản lý nợ, cưỡng chế nợ thuế; cải cách thủ tục hành chính.",
       {"thu ngân sách", "quản lý nợ, cưỡng chế nợ thuế", "cải cách thủ tục hành chính"}},
      {"health-contents-gom",
       "Sở Y tế ký kết giao ước thi đua\n"
       "Ngày 15/3/2024, các bệnh viện ký kết giao ước thi đua với 6 nội dung, gồm các lĩnh vực: khám, chữa bệnh; y tế "
       "dự phòng; chuyển đổi số, cải cách hành chính.",
       {"khám, chữa bệnh", "y tế dự phòng", "chuyển đổi số, cải cách hành chính"}},
      {"border-guard-groups",
       "Bộ đội Biên phòng tỉnh ra quân\n"
       "Theo đó, Bộ Chỉ huy Bộ đội Biên phòng tỉnh giao các đồn biên phòng thực hiện 5 nhóm chỉ tiêu, bao gồm các lĩnh "
       "vực: bảo vệ chủ quyền biên giới; phòng, chống ma túy; xây dựng nền biên phòng toàn dân.",
       {"bảo vệ chủ quyền biên giới", "phòng, chống ma túy", "xây dựng nền biên phòng toàn dân"}},
      // No goals or contents before the fields: a description, not the contents.
      {"neg-no-goals",
       "Hội thảo về kinh tế tư nhân\n"
       "Ngày 4/4/2024, hội thảo thu hút 200 doanh nghiệp, bao gồm các lĩnh vực: chế biến nông sản; dệt may; du lịch, "
       "dịch vụ.",
       {}},
  };
  expect_contents(cases);
}

// "Công an thành phố giao các đơn vị, lực lượng thực hiện 7 nhóm chỉ tiêu chung và 10 nhóm chỉ tiêu cụ thể"
// (ha-noi-2025): goals a body assigns to its units ("giao", not "giao ước") are set, as a plan's are, and goals
// joined by "và" to goals set just before them are set alike. Not goals reported done, nor "giao" a gift.
TEST(PlanPatterns102, GoalsAssignedToUnitsAreCounted) {
  const CountCase cases[] = {
      {"education-assign",
       "Sở Giáo dục triển khai nhiệm vụ năm học\n"
       "Ngày 10/9/2024, Sở Giáo dục và Đào tạo giao các trường thực hiện 5 nhóm chỉ tiêu chung và 8 nhóm chỉ tiêu cụ "
       "thể trong năm học 2024 – 2025.",
       {{5, "nhóm chỉ tiêu chung"}, {8, "nhóm chỉ tiêu cụ thể"}}},
      {"forest-assign-contents",
       "Chi cục Kiểm lâm phát động thi đua\n"
       "Năm 2024, Chi cục Kiểm lâm giao các hạt kiểm lâm, đội kiểm lâm cơ động triển khai 4 nội dung và 9 chỉ tiêu "
       "thi đua.",
       {{4, "nội dung"}, {9, "chỉ tiêu thi đua"}}},
      {"union-assign",
       "Liên đoàn Lao động tỉnh giao chỉ tiêu năm 2025\n"
       "Ngày 3/1/2025, Liên đoàn Lao động tỉnh giao công đoàn cơ sở thực hiện 6 chỉ tiêu trọng tâm.",
       {{6, "chỉ tiêu trọng tâm"}}},
      // Goals reported done: results, not counted.
      {"neg-done",
       "Hội Cựu chiến binh tổng kết năm 2023\n"
       "Năm 2023, các hội cơ sở đã hoàn thành 6 chỉ tiêu và 4 nhiệm vụ.",
       {}},
  };
  expect_counts(cases);
}

// "Năm 2023, Khối tiếp tục A; phấn đấu B; C." (binh-dinh-2023): after a fronted year ahead (the latest the text
// names, the year before named too), the group written by its bare kind word and going straight on with a
// verb of action is the signers as a whole; its ';' clauses are the contents. Not the reviewed year's work
// (an earlier year), nor a group word with no verb after it.
TEST(PlanPatterns102, BareGroupWordAsSignersOfTheYearAhead) {
  const ContentCase cases[] = {
      {"schools-khoi",
       "Khối thi đua các trường THPT tổng kết năm học\n"
       "Ngày 20/6/2024, Khối thi đua các trường THPT tổ chức tổng kết năm học 2023. Năm 2024, Khối đẩy mạnh đổi mới "
       "phương pháp dạy học; nâng cao chất lượng giáo dục toàn diện; xây dựng trường học xanh, sạch, đẹp.",
       {"đẩy mạnh đổi mới phương pháp dạy học", "nâng cao chất lượng giáo dục toàn diện",
        "xây dựng trường học xanh, sạch, đẹp"}},
      {"veterans-cum",
       "Cụm thi đua Hội Cựu chiến binh tổng kết năm 2023\n"
       "Ngày 12/1/2024, Cụm thi đua số 3 Hội Cựu chiến binh tổng kết công tác thi đua năm 2023. Năm 2024, Cụm tiếp tục "
       "tuyên truyền truyền thống cách mạng; tham gia giữ gìn an ninh trật tự; giúp hội viên phát triển kinh tế.",
       {"tiếp tục tuyên truyền truyền thống cách mạng", "tham gia giữ gìn an ninh trật tự",
        "giúp hội viên phát triển kinh tế"}},
      // The reviewed year: results, not contents.
      {"neg-reviewed-year",
       "Khối thi đua các doanh nghiệp tổng kết năm 2023\n"
       "Ngày 10/1/2024, Khối thi đua các doanh nghiệp tổng kết năm 2023 và triển khai nhiệm vụ năm 2024. Năm 2023, "
       "Khối tổ chức tốt các phong trào thi đua; hoàn thành kế hoạch sản xuất; chăm lo đời sống người lao động.",
       {}},
      // "Khối" heading a name, not the subject of a verb.
      {"neg-name",
       "Khối thi đua các cơ quan tổng kết năm 2023\n"
       "Ngày 10/1/2024, Khối thi đua các cơ quan tổng kết năm 2023. Năm 2024, Khối thi đua các cơ quan Đảng có 9 đơn "
       "vị; trưởng khối là Ban Tuyên giáo; phó khối là Ban Dân vận.",
       {}},
  };
  expect_contents(cases);
}

// "UBND tỉnh phát động phong trào thi đua năm 2024 với tinh thần: “A; B; C; D”" (binh-dinh-2024): the spirit a
// launch gives its movement, quoted in the launching clause, is the movement's motto (the Conventions' motto:
// the watchwords it is carried out by). Not a spirit of other work with no launch before it ("tạo khí thế thi
// đua sôi nổi với tinh thần “…”", "phát huy tinh thần “…”").
TEST(PlanPatterns102, SpiritQuotedInTheLaunchingClauseIsTheMotto) {
  expect_field("/movement/motto",
               {
                   {"farmers-colon",
                    "Hội Nông dân tỉnh phát động thi đua năm 2025\n"
                    "Ngày 8/1/2025, Hội Nông dân tỉnh phát động phong trào thi đua năm 2025 với tinh thần: “Đoàn kết, "
                    "sáng tạo, làm giàu chính đáng”.",
                    "Đoàn kết, sáng tạo, làm giàu chính đáng"},
                   {"hospital-no-colon",
                    "Bệnh viện tỉnh phát động thi đua\n"
                    "Sáng 3/3/2024, Bệnh viện Đa khoa tỉnh phát động đợt thi đua chào mừng Ngày Thầy thuốc Việt Nam với "
                    "tinh thần “Lương y như từ mẫu”.",
                    "Lương y như từ mẫu"},
                   {"customs-semicolons",
                    "Cục Hải quan phát động thi đua năm 2024\n"
                    "Ngày 15/1/2024, Cục Hải quan tỉnh phát động phong trào thi đua năm 2024 với tinh thần: “Kỷ cương; "
                    "minh bạch; hiệu quả”.",
                    "Kỷ cương; minh bạch; hiệu quả"},
                   // A spirit of other work, no launch before it: no motto.
                   {"neg-no-launch",
                    "Các xã ký kết giao ước thi đua\n"
                    "Ngày 10/3/2024, các xã trong Cụm ký kết giao ước thi đua. Các xã tạo khí thế thi đua sôi nổi với "
                    "tinh thần “Quyết liệt, khẩn trương, hiệu quả”.",
                    ""},
                   {"neg-phat-huy",
                    "Đoàn Thanh niên ra quân tình nguyện\n"
                    "Ngày 2/3/2024, Tỉnh Đoàn tổ chức ra quân, kêu gọi đoàn viên phát huy tinh thần “Ở đâu cần thanh niên "
                    "có”.",
                    ""},
               });
}

// "Công an tỉnh tổ chức lễ phát động Ngày hội Toàn dân bảo vệ an ninh Tổ quốc năm 2023" (kien-giang-2023): a
// launch of a known movement's festival ("Ngày hội" right after "phát động") names that movement, as the
// festival held does. Not a launch of something else mentioning the festival ("phát động đợt sinh hoạt chính
// trị … kỷ niệm 20 năm Ngày hội …").
TEST(PlanPatterns102, LaunchOfAKnownMovementsFestivalNamesTheMovement) {
  expect_field("/movement/name",
               {
                   {"ward",
                    "Phường An Phú phát động Ngày hội\n"
                    "Sáng 5/8/2024, UBND phường An Phú tổ chức lễ phát động Ngày hội Toàn dân bảo vệ an ninh Tổ quốc năm "
                    "2024 tại khu phố 3.",
                    "Toàn dân bảo vệ an ninh Tổ quốc"},
                   {"district-short",
                    "Huyện Cần Giuộc phát động Ngày hội\n"
                    "Ngày 12/8/2025, Ban Chỉ đạo huyện Cần Giuộc phát động Ngày hội toàn dân bảo vệ ANTQ năm 2025.",
                    "toàn dân bảo vệ ANTQ"},
                   {"commune",
                    "Xã Hòa Bình phát động Ngày hội\n"
                    "Ngày 9/8/2023, Công an xã Hòa Bình tổ chức phát động Ngày hội Toàn dân bảo vệ an ninh Tổ quốc tại "
                    "thôn Đông.",
                    "Toàn dân bảo vệ an ninh Tổ quốc"},
                   // A launch of political study recalling the festival: no movement named by it.
                   {"neg-other-launch",
                    "Công an tỉnh phát động đợt sinh hoạt chính trị\n"
                    "Ngày 1/8/2025, Công an tỉnh tổ chức lễ phát động đợt sinh hoạt chính trị đặc biệt kỷ niệm 20 năm "
                    "Ngày hội Toàn dân bảo vệ an ninh Tổ quốc.",
                    ""},
               });
}

// "… tổng kết phong trào thi đua yêu nước giai đoạn 2020 – 2025 …" then, sentences later, "Dịp này, UBND phường
// phát động phong trào thi đua giai đoạn 2025 – 2030" (an-cuu-2025): the period reviewed is gone, the movement's
// is the one a later sentence launches or pledges (the Conventions: the period of the text's own emulation).
// Not a pledge in a photo's caption, nor a review with nothing launched after it.
TEST(PlanPatterns102, ReviewedPeriodGivesWayToTheOneLaunchedLater) {
  const TwoFieldCase cases[] = {
      {"commune-launch",
       "Xã Phú Lộc tổng kết phong trào thi đua\n"
       "Ngày 20/6/2025, UBND xã Phú Lộc tổ chức hội nghị tổng kết phong trào thi đua yêu nước giai đoạn 2020 – 2025. "
       "Hội nghị đánh giá những kết quả nổi bật của 5 năm qua. Tại hội nghị, UBND xã phát động phong trào thi đua "
       "giai đoạn 2025 – 2030.",
       "2025-01-01", "2030-12-31"},
      {"union-pledge",
       "Công đoàn ngành Giáo dục tổng kết thi đua\n"
       "Ngày 15/7/2023, Công đoàn ngành Giáo dục tỉnh tổng kết phong trào thi đua giai đoạn 2021-2023. Các công đoàn "
       "cơ sở đã có nhiều sáng kiến. Dịp này, các đơn vị ký kết giao ước thi đua giai đoạn 2023-2025.",
       "2023-01-01", "2025-12-31"},
      {"women-launch-dash",
       "Hội Phụ nữ tổng kết phong trào\n"
       "Ngày 5/10/2026, Hội Liên hiệp Phụ nữ huyện tổng kết phong trào thi đua giai đoạn 2021 - 2026. Nhiều tập thể "
       "được khen thưởng. Cũng tại hội nghị, Hội phát động phong trào thi đua giai đoạn 2026 - 2031.",
       "2026-01-01", "2031-12-31"},
      // The next pledge only in a photo's caption: the period reviewed stays.
      {"neg-caption",
       "Đoàn Thanh niên sơ kết phong trào\n"
       "Ngày 20/12/2015, Đoàn Thanh niên Công an tỉnh sơ kết phong trào thi đua giai đoạn 2013-2015.\n"
       "Đại diện các đơn vị ký kết giao ước thi đua giai đoạn 2016-2018. Ảnh: Văn Minh",
       "2013-01-01", "2015-12-31"},
      // Nothing launched after the review: the period reviewed stays.
      {"neg-no-launch",
       "Ngành Thuế tổng kết thi đua\n"
       "Ngày 10/6/2025, Cục Thuế tỉnh tổng kết phong trào thi đua giai đoạn 2020 – 2025. Giai đoạn 2025 – 2030, "
       "ngành tiếp tục đẩy mạnh chuyển đổi số.",
       "2020-01-01", "2025-12-31"},
  };
  expect_two_fields("/movement/start", "/movement/end", cases);
}

// "Công an TP yêu cầu các đơn vị … thi đua “Ba nhất”: “…”. Theo đó, từ ngày 15/12/2025 đến ngày 16/3/2026, …"
// (ha-noi-2025): "Theo đó" going on from the sentence demanding the emulation gives its period, as from the one
// launching it. Not after a sentence demanding nothing of the emulation.
TEST(PlanPatterns102, TheoDoPeriodAfterTheDemandToEmulate) {
  const TwoFieldCase cases[] = {
      {"border-guard",
       "Bộ đội Biên phòng tỉnh ra quân\n"
       "Ngày 10/1/2024, Bộ Chỉ huy Bộ đội Biên phòng tỉnh yêu cầu các đồn biên phòng thi đua “Ba giỏi”. Theo đó, từ "
       "ngày 15/1/2024 đến ngày 15/3/2024, các đồn tăng cường tuần tra biên giới.",
       "2024-01-15", "2024-03-15"},
      {"tax-office",
       "Cục Thuế phát động đợt thi đua\n"
       "Ngày 2/4/2025, Cục Thuế tỉnh yêu cầu các chi cục đẩy mạnh thi đua hoàn thành dự toán thu. Theo đó, từ ngày "
       "5/4/2025 đến ngày 30/6/2025, các chi cục rà soát nợ thuế.",
       "2025-04-05", "2025-06-30"},
      {"hospital",
       "Sở Y tế yêu cầu thi đua\n"
       "Ngày 1/11/2024, Sở Y tế yêu cầu các bệnh viện thi đua “Xanh – sạch – đẹp”. Theo đó, từ ngày 15/11/2024 đến "
       "ngày 15/2/2025, các bệnh viện cải tạo cảnh quan.",
       "2024-11-15", "2025-02-15"},
      // The sentence before demands no emulation: no period of the movement.
      {"neg-no-emulation",
       "Sở Giao thông kiểm tra cầu đường\n"
       "Ngày 1/11/2024, Sở Giao thông vận tải yêu cầu các đơn vị kiểm tra cầu yếu. Theo đó, từ ngày 5/11/2024 đến ngày "
       "30/11/2024, các đơn vị rà soát 40 cây cầu.",
       "", ""},
  };
  expect_two_fields("/movement/start", "/movement/end", cases);
}

// "… được chia làm 2 giai đoạn. Cụ thể, giai đoạn chuẩn bị, từ ngày 1/12/2023 đến 14/12/2023, … Giai đoạn tấn
// công, từ ngày 15/12/2023 đến 29/2/2024, …" (ha-noi-2023): phases announced by their count and then each named by
// a word instead of a number, a comma, its dates (the Conventions' phases: one item per phase announced, its
// start and end as written). Not fewer named than announced, nor a custom of every year.
TEST(PlanPatterns102, PhasesNamedByAWordAfterTheirCount) {
  const auto phases_of = [](const char* text) {
    std::vector<std::string> out;
    const nlohmann::json r = test::parse(text);
    for (const auto& p : r["phases"])
      out.push_back(std::to_string(p["ordinal"].get<int>()) + " " + (p["title"].is_null() ? "-" : p["title"].get<std::string>()) +
                    " " + (p["start"].is_null() ? "-" : p["start"].get<std::string>()) + " " +
                    (p["end"].is_null() ? "-" : p["end"].get<std::string>()));
    return out;
  };
  EXPECT_EQ(phases_of("Ngành Thuế mở đợt cao điểm thu nợ\n"
                      "Đợt cao điểm thu hồi nợ thuế năm 2024 được chia làm 2 giai đoạn. Cụ thể, giai đoạn rà soát, từ ngày "
                      "1/3/2024 đến 31/3/2024, các chi cục lập danh sách nợ. Giai đoạn cưỡng chế, từ ngày 1/4/2024 đến "
                      "30/6/2024, các chi cục áp dụng biện pháp cưỡng chế."),
            (std::vector<std::string>{"1 giai đoạn rà soát 2024-03-01 2024-03-31",
                                      "2 Giai đoạn cưỡng chế 2024-04-01 2024-06-30"}));
  EXPECT_EQ(phases_of("Bộ đội Biên phòng ra quân chiến dịch\n"
                      "Chiến dịch phòng, chống ma túy trên tuyến biên giới được chia thành 3 giai đoạn. Giai đoạn chuẩn bị, "
                      "từ ngày 1/5/2025 đến ngày 10/5/2025, các đồn xây dựng kế hoạch. Giai đoạn cao điểm, từ ngày "
                      "11/5/2025 đến ngày 30/6/2025, các đồn đồng loạt ra quân. Giai đoạn tổng kết, từ ngày 1/7/2025 đến "
                      "ngày 15/7/2025, các đơn vị báo cáo kết quả."),
            (std::vector<std::string>{"1 Giai đoạn chuẩn bị 2025-05-01 2025-05-10",
                                      "2 Giai đoạn cao điểm 2025-05-11 2025-06-30",
                                      "3 Giai đoạn tổng kết 2025-07-01 2025-07-15"}));
  EXPECT_EQ(phases_of("Hội Nông dân phát động thi đua\n"
                      "Ngày 10/2/2024, Hội Nông dân tỉnh phát động đợt thi đua chia làm 2 đợt. Đợt xuân, từ ngày 15/2/2024 "
                      "đến ngày 30/4/2024, các hội cơ sở ra quân làm thủy lợi. Đợt hè, từ ngày 1/5/2024 đến ngày "
                      "31/8/2024, hội viên chăm sóc vườn cây."),
            (std::vector<std::string>{"1 Đợt xuân 2024-02-15 2024-04-30", "2 Đợt hè 2024-05-01 2024-08-31"}));
  // Only one of the two named with its dates: no phases read.
  EXPECT_EQ(phases_of("Ngành Y tế mở chiến dịch tiêm chủng\n"
                      "Chiến dịch tiêm chủng năm 2024 được chia làm 2 giai đoạn. Giai đoạn chuẩn bị, từ ngày 1/3/2024 đến "
                      "15/3/2024, các trạm y tế lập danh sách. Sau đó các trạm tổ chức tiêm."),
            (std::vector<std::string>{}));
  // A custom of every year: no phases announced.
  EXPECT_EQ(phases_of("Cụm thi đua tổng kết năm 2023\n"
                      "Hằng năm, phong trào của Cụm được chia làm 2 giai đoạn. Giai đoạn đầu, từ ngày 1/1/2023 đến "
                      "30/6/2023, các đơn vị đăng ký. Giai đoạn cuối, từ ngày 1/7/2023 đến 31/12/2023, các đơn vị thực "
                      "hiện."),
            (std::vector<std::string>{}));
}

// "Thực hiện phong trào thi đua xây dựng nông thôn mới" (headline) over "UBND tỉnh vừa ban hành Kế hoạch tổ chức
// thực hiện phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới” …" (lead, no event) (khanh-hoa-2016): the
// headline names by its purpose the movement the lead quotes in full, and the quoted name is the movement's. Not a
// lead quoting another movement than the headline's.
TEST(PlanPatterns102, HeadlinePurposeOverTheLeadsQuotedFullName) {
  expect_field("/movement/name",
               {
                   {"customs",
                    "Triển khai phong trào thi đua hiện đại hóa hải quan\n"
                    "Cục Hải quan tỉnh vừa ban hành Kế hoạch thực hiện phong trào thi đua “Chung tay hiện đại hóa hải "
                    "quan” giai đoạn 2024 - 2026.",
                    "Chung tay hiện đại hóa hải quan"},
                   {"schools",
                    "Đẩy mạnh phong trào xây dựng trường học thân thiện\n"
                    "Sở Giáo dục và Đào tạo vừa ban hành kế hoạch triển khai phong trào “Toàn ngành chung sức xây dựng "
                    "trường học thân thiện, học sinh tích cực” năm học 2024 - 2025.",
                    "Toàn ngành chung sức xây dựng trường học thân thiện, học sinh tích cực"},
                   {"health",
                    "Hưởng ứng phong trào thi đua vì sức khỏe cộng đồng\n"
                    "Sở Y tế vừa có văn bản hướng dẫn thực hiện phong trào thi đua “Cả nước chung tay vì sức khỏe cộng "
                    "đồng” trên địa bàn tỉnh năm 2025.",
                    "Cả nước chung tay vì sức khỏe cộng đồng"},
                   // The lead quotes another movement than the headline's: the headline's stays.
                   {"neg-other-movement",
                    "Thực hiện phong trào thi đua xây dựng nông thôn mới\n"
                    "UBND huyện vừa ban hành Kế hoạch thực hiện phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” "
                    "năm 2024.",
                    "phong trào thi đua xây dựng nông thôn mới"},
               });
}

// "… Phong trào thi đua …, phấn đấu đạt tỷ lệ xã chuẩn nông thôn mới đến năm 2015 tối thiểu 20%; đến năm 2020 đạt
// 50%" (national-2011): an end alone ("đến năm Y") with a figure right after it is the deadline of a target, not the
// movement's end (the Conventions: a period of something else is not the movement's). Not an end alone closing the
// movement's own clause ("phong trào … được triển khai đến năm 2025.").
TEST(PlanPatterns102, TargetsDeadlineIsNoMovementEnd) {
  expect_field("/movement/end",
               {
                   {"schools",
                    "Sở Giáo dục ban hành kế hoạch thi đua\n"
                    "Sở Giáo dục và Đào tạo ban hành Kế hoạch thực hiện phong trào thi đua xây dựng trường chuẩn quốc "
                    "gia, phấn đấu tỷ lệ trường đạt chuẩn đến năm 2025 tối thiểu 70%.",
                    ""},
                   {"health",
                    "Ngành Y tế phát động thi đua\n"
                    "Sở Y tế phát động phong trào thi đua nâng cao chất lượng khám chữa bệnh, phấn đấu đến năm 2026 đạt "
                    "95% người dân hài lòng.",
                    ""},
                   {"farmers",
                    "Hội Nông dân phát động thi đua\n"
                    "Hội Nông dân tỉnh phát động phong trào thi đua sản xuất giỏi, phấn đấu đến năm 2027 có 5.000 hộ đạt "
                    "danh hiệu sản xuất, kinh doanh giỏi.",
                    ""},
                   // The end of the movement's own clause, no figure after it: the movement's end.
                   {"own-end",
                    "Công an tỉnh triển khai phong trào\n"
                    "Công an tỉnh ban hành kế hoạch, theo đó phong trào thi đua “Vì an ninh Tổ quốc” được triển khai từ "
                    "tháng 3/2024 đến năm 2025.",
                    "2025-12-31"},
               });
}

// "Công an 8 tỉnh thuộc Cụm thi đua số 3 đã thống nhất 8 nội dung; trong đó …" (phu-tho-2017): goals the units
// agree on, right after the verb of agreeing, are the pledge's (the Conventions' counts: the contents and targets a
// pledge announces). Not another body's goals.
TEST(PlanPatterns102, GoalsRightAfterAVerbOfAgreeingAreCounted) {
  const CountCase cases[] = {
      {"schools",
       "Cụm thi đua các trường THPT ký giao ước\n"
       "Ngày 12/9/2024, 6 trường thuộc Cụm thi đua số 2 đã thống nhất 7 nội dung; trong đó trọng tâm là đổi mới dạy học.",
       {{7, "nội dung"}}},
      {"communes-commit",
       "Các xã ký giao ước thi đua\n"
       "Ngày 5/3/2024, các xã trong Cụm cam kết 12 chỉ tiêu thi đua năm 2024.",
       {{12, "chỉ tiêu thi đua"}}},
      {"veterans-resolve",
       "Hội Cựu chiến binh ký giao ước\n"
       "Ngày 8/1/2025, Hội Cựu chiến binh các huyện quyết tâm 6 nội dung thi đua trọng tâm.",
       {{6, "nội dung thi đua trọng tâm"}}},
      // Another body's goals.
      {"neg-other-body",
       "Công an huyện ký giao ước\n"
       "Ngày 5/3/2024, Công an các huyện thống nhất 3 nội dung trọng tâm của Bộ Công an.",
       {}},
  };
  expect_counts(cases);
}

}  // namespace
}  // namespace thidua::text::plan
