// Session 26 (issue 14, s26-lists): contents, counts, targets and movement names of the former eval9 texts
// (written blind, never tuned on), read as SHAPES of administrative Vietnamese, not as their wordings. Every
// sentence below was written for these tests in sectors other than the text it came from (farmers, schools,
// banks, tax, customs, hospitals, youth, women, the army, police), labelled by the Conventions
// (tests/fixtures/plans/README.md: Movement; s25-targets' "plural movements name none") before the run;
// each positive fails with main 5e97757's binary, each negative guards the rule's limit.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::CountCase;
using test::expect_counts;
using test::expect_field;
using test::expect_two_fields;
using test::TwoFieldCase;

// "… thực hiện tốt các phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” và “Cán bộ, công chức …”"
// (hai-duong-2023, which named the first one): movements under a plural head ("các", "những") listed with
// "và" as well as with "," or ";" are movements in general — none is the text's own, the second one's own
// head ("và phong trào “B”") included. A singular head followed by "và" and a verb, or by "và" and a
// quote that is no movement (a flag given), keeps its name.
TEST(PlanPatterns97, PluralMovementsJoinedByVaNameNone) {
  expect_field("/movement/name", {
      {"farmers-plural-va",
       "Năm 2024, Hội Nông dân tỉnh tiếp tục thực hiện tốt các phong trào “Nông dân thi đua "
       "sản xuất kinh doanh giỏi” và “Nông dân chung sức xây dựng nông thôn mới”.",
       ""},
      {"schools-nhung-va",
       "Các trường học trên địa bàn huyện thực hiện có hiệu quả những phong trào thi đua “Dạy "
       "tốt - Học tốt” và “Trường học thân thiện, học sinh tích cực”.",
       ""},
      {"bank-plural-va-head",
       "Trong năm 2025, Công đoàn Ngân hàng Chính sách xã hội tỉnh đẩy mạnh các phong trào "
       "“Lao động giỏi, lao động sáng tạo” và phong trào “Xanh - Sạch - Đẹp”.",
       ""},
      {"tax-plural-va",
       "Cục Thuế tỉnh tiếp tục triển khai các phong trào thi đua “Cán bộ thuế vì dân phục vụ” "
       "và “Chung tay cải cách thủ tục hành chính thuế” trong toàn ngành.",
       ""},
      {"police-singular-va-verb",
       "Sáng 2/3/2025, Đoàn Thanh niên Công an tỉnh phát động phong trào thi đua “Tuổi trẻ "
       "Công an xung kích vì bình yên” và kêu gọi đoàn viên hưởng ứng.",
       "Tuổi trẻ Công an xung kích vì bình yên"},
      {"health-singular-va-quote",
       "Sáng 20/2/2025, Sở Y tế tỉnh phát động phong trào “Thầy thuốc như mẹ hiền” và trao cờ "
       "“Đơn vị dẫn đầu” cho 3 bệnh viện.",
       "Thầy thuốc như mẹ hiền"},
  });
}

// "Phát động đợt thi đua cao điểm “Thần tốc - Quyết thắng”" (headline), "… tổ chức Lễ phát động đợt thi đua
// cao điểm chào mừng kỷ niệm 50 năm …" (lead), "Với chủ đề “Thần tốc - Quyết thắng”, đợt thi đua diễn ra
// …" (body) — thanh-hoa-2025 and dong-nai-2019 (its headline writing the theme shorter): the headline
// names the drive by its theme, which the body cues as its theme; the lead names it by its purpose, and
// that is the name, the quote its theme. A headline's quote the body never cues as the theme stays the
// name, and a theme of other words leaves it so.
TEST(PlanPatterns97, AHeadlinesQuoteTheBodyCuesAsThemeIsTheTheme) {
  const TwoFieldCase cases[] = {
      {"farmers-headline-theme",
       "Hội Nông dân tỉnh phát động đợt thi đua cao điểm “Nông dân vươn lên làm giàu”\n\nSáng "
       "5/3/2025, Hội Nông dân tỉnh Nghệ An tổ chức lễ phát động đợt thi đua cao điểm chào "
       "mừng Đại hội Hội Nông dân tỉnh lần thứ XIII.\n\nVới chủ đề “Nông dân vươn lên làm "
       "giàu”, đợt thi đua diễn ra từ ngày 5/3/2025 đến ngày 30/6/2025.",
       "đợt thi đua cao điểm chào mừng Đại hội Hội Nông dân tỉnh lần thứ XIII",
       "Nông dân vươn lên làm giàu"},
      {"customs-shorter-headline",
       "Cục Hải quan phát động đợt thi đua “100 ngày thông quan nhanh”\n\nNgày 1/9/2024, Cục "
       "Hải quan tỉnh Quảng Ninh tổ chức phát động đợt thi đua đặc biệt chào mừng kỷ niệm 79 "
       "năm Ngày truyền thống Hải quan Việt Nam.\n\nĐợt thi đua có chủ đề “100 ngày đêm thông "
       "quan nhanh, an toàn”, kéo dài đến ngày 10/12/2024.",
       "đợt thi đua đặc biệt chào mừng kỷ niệm 79 năm Ngày truyền thống Hải quan Việt Nam",
       "100 ngày đêm thông quan nhanh, an toàn"},
      {"hospital-headline-theme",
       "Bệnh viện Đa khoa tỉnh phát động đợt thi đua “Vì sức khỏe nhân dân”\n\nSáng 20/2/2025, "
       "Bệnh viện Đa khoa tỉnh Hà Tĩnh tổ chức lễ phát động đợt thi đua cao điểm chào mừng kỷ "
       "niệm 70 năm Ngày Thầy thuốc Việt Nam.\n\nVới chủ đề “Vì sức khỏe nhân dân”, đợt thi "
       "đua kéo dài từ ngày 20/2/2025 đến ngày 27/2/2025.",
       "đợt thi đua cao điểm chào mừng kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam",
       "Vì sức khỏe nhân dân"},
      {"youth-headline-theme",
       "Tỉnh đoàn phát động đợt thi đua “Tuổi trẻ xung kích, sáng tạo”\n\nNgày 26/2/2025, Ban "
       "Thường vụ Tỉnh đoàn Quảng Ngãi tổ chức lễ phát động đợt thi đua đặc biệt chào mừng kỷ "
       "niệm 94 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh.\n\nĐợt thi đua với chủ đề “Tuổi trẻ "
       "xung kích, sáng tạo” diễn ra đến ngày 26/3/2025.",
       "đợt thi đua đặc biệt chào mừng kỷ niệm 94 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh",
       "Tuổi trẻ xung kích, sáng tạo"},
      {"women-headline-no-cue",
       "Hội Phụ nữ tỉnh phát động đợt thi đua “Mùa xuân phụ nữ khởi nghiệp”\n\nSáng 1/3/2025, "
       "Hội Liên hiệp Phụ nữ tỉnh Bình Định tổ chức lễ phát động đợt thi đua cao điểm chào "
       "mừng kỷ niệm 115 năm Ngày Quốc tế Phụ nữ.\n\nĐợt thi đua diễn ra từ ngày 1/3/2025 đến "
       "ngày 30/4/2025.",
       "Mùa xuân phụ nữ khởi nghiệp",
       ""},
      {"army-headline-other-theme",
       "Lữ đoàn 273 phát động đợt thi đua “Thần tốc huấn luyện”\n\nSáng 3/3/2025, Lữ đoàn 273 "
       "tổ chức lễ phát động đợt thi đua cao điểm chào mừng kỷ niệm 50 năm Ngày giải phóng "
       "miền Nam.\n\nVới chủ đề “Đoàn kết, kỷ luật, sáng tạo, quyết thắng”, đợt thi đua diễn "
       "ra đến ngày 30/4/2025.",
       "Thần tốc huấn luyện",
       "Đoàn kết, kỷ luật, sáng tạo, quyết thắng"},
  };
  expect_two_fields("/movement/name", "/movement/theme", cases);
}

// "quận hội phát động 07 nội dung thi đua với 39 tiêu chí được Hội Chữ thập đỏ 07 phường giao ước ký kết"
// (o-mon-2020, which counted the contents only): the criteria ("tiêu chí") a pledge or a launch sets are its
// goals, counted like its "chỉ tiêu" — beside the contents counted before them, or after "với" in the clause
// of the pledge or launch; criteria a place has reached ("đã đạt 15 tiêu chí nông thôn mới", "đạt 19/19 tiêu
// chí"), kept in a review ("đã thực hiện tốt các quy định và 8 tiêu chí đề ra") or of a title propagated
// ("tuyên truyền 4 tiêu chuẩn, 19 tiêu chí …") are no count.
TEST(PlanPatterns97, TheCriteriaAPledgeSetsAreCounted) {
  const CountCase cases[] = {
      {"labour-launch",
       "Ngày 10/1/2025, Liên đoàn Lao động huyện Tân Uyên phát động phong trào thi đua năm "
       "2025 với 5 nội dung, 20 tiêu chí.",
       {{5, "nội dung"}, {20, "tiêu chí"}}},
      {"schools-pledge",
       "Sáng 8/9/2024, các trường trung học phổ thông của Cụm thi đua số 3 ký kết giao ước thi "
       "đua năm học 2024-2025 với 15 tiêu chí.",
       {{15, "tiêu chí"}}},
      {"customs-pledge",
       "Ngày 5/3/2025, các chi cục Hải quan cửa khẩu ký giao ước thi đua với 6 nội dung thi "
       "đua và 24 tiêu chí cụ thể.",
       {{6, "nội dung thi đua"}, {24, "tiêu chí cụ thể"}}},
      {"veterans-launch",
       "Hội Cựu chiến binh tỉnh phát động thi đua năm 2025 gồm 4 nội dung với 18 tiêu chí thi "
       "đua.",
       {{4, "nội dung"}, {18, "tiêu chí thi đua"}}},
      {"village-results",
       "Năm 2024, xã Tân Phú đã đạt 15 tiêu chí nông thôn mới.",
       {}},
      {"village-share",
       "Đến nay, xã Hòa Bình đạt 19/19 tiêu chí xã nông thôn mới nâng cao.",
       {}},
      {"bank-kept-in-review",
       "Năm 2024, Khối thi đua các ngân hàng đã thực hiện tốt các quy định và 8 tiêu chí đề "
       "ra.",
       {}},
      {"villages-criteria-of-a-title",
       "Theo kế hoạch phát động, các thôn tập trung tuyên truyền 4 tiêu chuẩn, 19 tiêu chí xây "
       "dựng nông thôn mới.",
       {}},
  };
  expect_counts(cases);
}

// "Trong 9 tháng qua, … Đặc biệt, chiến dịch … năm 2024 đã ghi nhận nhiều thành tích đáng kể, như: …; sửa chữa 4
// ngôi nhà đại đoàn kết …; trao tặng hơn 20 suất học bổng và hơn 500 phần quà …" (binh-duong-2024, which counted
// the three): what a sentence lists after "như" as the results or achievements ("kết quả", "thành tích") of a
// period is its activity (the Conventions: "activity and results of a period" are no count), the houses,
// teams, clubs and gifts included; houses handed over and gifts given at the event are still counted.
TEST(PlanPatterns97, WhatIsListedAsAPeriodsResultsIsNoCount) {
  const CountCase cases[] = {
      {"women-results-nhu",
       "Năm qua, Hội Phụ nữ xã Tân Lập đã đạt nhiều kết quả nổi bật, như: xây dựng 2 ngôi nhà "
       "đại đoàn kết; trao tặng 35 suất quà cho hộ nghèo.",
       {}},
      {"youth-ward-results",
       "Năm qua, Đoàn Thanh niên phường Tân Định đã đạt nhiều kết quả, như: thành lập 6 câu "
       "lạc bộ kỹ năng sống; ra mắt 3 mô hình “Tuyến đường thanh niên”.",
       {}},
      {"veterans-results",
       "Nhiệm kỳ qua, Hội Cựu chiến binh huyện ghi nhận nhiều thành tích nổi bật như: duy trì "
       "12 câu lạc bộ “Cựu chiến binh giúp nhau làm kinh tế”, xây dựng 15 mô hình kinh tế "
       "trang trại.",
       {}},
      {"farmers-results-nhu",
       "Thời gian qua, Hội Nông dân huyện đã đạt nhiều thành tích đáng ghi nhận như: bàn giao "
       "5 ngôi nhà đại đoàn kết, trao 40 suất học bổng cho con hội viên nghèo.",
       {}},
      {"youth-union-results-2024",
       "Năm 2024, Hội Liên hiệp Thanh niên xã Bình An đã đạt được nhiều kết quả như: thành lập "
       "4 đội thanh niên tình nguyện; trao 60 suất học bổng cho học sinh nghèo.",
       {}},
      {"gifts-at-the-event",
       "Tại buổi lễ, Hội Chữ thập đỏ tỉnh đã trao tặng 50 suất quà cho các gia đình chính "
       "sách.",
       {{50, "suất quà"}}},
      {"houses-handed-over-at-event",
       "Tại buổi lễ, Ủy ban MTTQ huyện đã bàn giao 3 ngôi nhà đại đoàn kết và trao 100 suất "
       "quà cho hộ nghèo.",
       {{3, "ngôi nhà đại đoàn kết"}, {100, "suất quà"}}},
  };
  expect_counts(cases);
}

// "… đợt thi đua đặc biệt lập thành tích chào mừng cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng
// nhân dân các cấp nhiệm kỳ 2021 - 2026 và Kỷ niệm 190 năm thành lập tỉnh Lạng Sơn" (lang-son-2021, cut at the
// first "và"): a campaign named by its purpose goes on past "và" when the head noun written a few words
// before comes again with a proper name ("đại biểu Quốc hội … và đại biểu Hội đồng …"), or when a purpose verb
// and an anniversary follow it ("và kỷ niệm 95 năm …", "và Kỷ niệm 70 năm …"); not past "và" and another
// verb ("và ký kết giao ước …", "và trao Bằng khen …"), nor past a comma before "hướng tới" (PlanPatterns16).
TEST(PlanPatterns97, AnOccasionGoesOnPastVaWithItsHeadAgainOrAnAnniversary) {
  expect_field("/movement/name", {
      {"justice-election-two-bodies",
       "Ngày 10/3/2021, Sở Tư pháp tỉnh ban hành kế hoạch phát động đợt thi đua đặc biệt chào "
       "mừng cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm "
       "kỳ 2021 - 2026.",
       "đợt thi đua đặc biệt chào mừng cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội "
       "đồng nhân dân các cấp nhiệm kỳ 2021 - 2026"},
      {"farmers-congress-and-anniversary",
       "Ngày 2/3/2025, Hội Nông dân tỉnh phát động đợt thi đua cao điểm chào mừng Đại hội Hội "
       "Nông dân tỉnh lần thứ XIII và kỷ niệm 95 năm Ngày thành lập Hội Nông dân Việt Nam.",
       "đợt thi đua cao điểm chào mừng Đại hội Hội Nông dân tỉnh lần thứ XIII và kỷ niệm 95 "
       "năm Ngày thành lập Hội Nông dân Việt Nam"},
      {"bank-capital-kniem",
       "Ngày 5/1/2021, Ngân hàng Nhà nước chi nhánh tỉnh phát động đợt thi đua đặc biệt lập "
       "thành tích chào mừng Đại hội Đảng bộ tỉnh lần thứ XVII và Kỷ niệm 70 năm thành lập "
       "Ngân hàng Việt Nam.",
       "đợt thi đua đặc biệt lập thành tích chào mừng Đại hội Đảng bộ tỉnh lần thứ XVII và Kỷ "
       "niệm 70 năm thành lập Ngân hàng Việt Nam"},
      {"school-teachers-day-and-anniversary",
       "Ngày 15/10/2024, Trường THPT Lê Quý Đôn phát động đợt thi đua chào mừng ngày Nhà giáo "
       "Việt Nam 20/11 và kỷ niệm 50 năm thành lập trường.",
       "đợt thi đua chào mừng ngày Nhà giáo Việt Nam 20/11 và kỷ niệm 50 năm thành lập trường"},
      {"youth-two-congresses-of-members",
       "Ngày 1/3/2022, Tỉnh đoàn phát động đợt thi đua đặc biệt chào mừng Đại hội đại biểu "
       "Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XVI và đại biểu Hội Liên hiệp Thanh niên tỉnh.",
       "đợt thi đua đặc biệt chào mừng Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XVI "
       "và đại biểu Hội Liên hiệp Thanh niên tỉnh"},
      {"union-and-signing",
       "Ngày 5/3/2025, Công đoàn ngành Giáo dục phát động đợt thi đua đặc biệt chào mừng Đại "
       "hội Công đoàn tỉnh lần thứ XV và ký kết giao ước thi đua năm 2025.",
       "đợt thi đua đặc biệt chào mừng Đại hội Công đoàn tỉnh lần thứ XV"},
      {"health-and-awards",
       "Sáng 27/2/2025, Bệnh viện tỉnh tổ chức phát động đợt thi đua chào mừng kỷ niệm 70 năm "
       "Ngày Thầy thuốc Việt Nam và trao Bằng khen cho 20 bác sĩ.",
       "đợt thi đua chào mừng kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam"},
      {"police-comma-huong-toi",
       "Ngày 1/6/2024, Công an huyện phát động đợt thi đua cao điểm chào mừng Đại hội Đảng bộ "
       "huyện, hướng tới kỷ niệm 80 năm Ngày truyền thống Công an nhân dân.",
       "đợt thi đua cao điểm chào mừng Đại hội Đảng bộ huyện"},
  });
}

// "Trong các phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới”, “Chung sức xây dựng nông thôn mới nâng
// cao, …” giai đoạn 2021-2025, các sở, ngành đã …" (thai-binh-2022, which took the period as the movement's): a
// period written after the last movement of a list (",", ";", the next one's own head) belongs to those
// movements, none the text's (the s25-movement rule read it only after the first); a single movement's
// period stays its span.
TEST(PlanPatterns97, APeriodAfterTheLastMovementOfAListIsNoSpan) {
  const TwoFieldCase cases[] = {
      {"farmers-period-after-last",
       "Năm 2024, Hội Nông dân huyện đã tổng kết công tác. Trong các phong trào thi đua “Nông "
       "dân thi đua sản xuất giỏi”, “Nông dân chung sức xây dựng nông thôn mới” giai đoạn "
       "2021-2025, hội viên đã tích cực hưởng ứng.",
       "", ""},
      {"schools-period-after-last",
       "Sáng 10/1/2023, Khối thi đua các trường tổng kết năm học. Thực hiện các phong trào "
       "“Dạy tốt - Học tốt”; “Trường học thân thiện” giai đoạn 2020-2025, các trường đã đạt "
       "nhiều kết quả.",
       "", ""},
      {"health-period-after-last",
       "Ngày 5/1/2024, Sở Y tế tổ chức hội nghị tổng kết. Hưởng ứng các phong trào “Thầy thuốc "
       "như mẹ hiền”, “Đổi mới phong cách, thái độ phục vụ” giai đoạn 2021-2025, các bệnh viện "
       "đã nâng cao chất lượng khám chữa bệnh.",
       "", ""},
      {"youth-period-after-last",
       "Ngày 20/12/2023, Tỉnh đoàn tổ chức hội nghị tổng kết. Thông qua các phong trào “Tuổi "
       "trẻ sáng tạo”; phong trào “Thanh niên tình nguyện” giai đoạn 2022-2027, đoàn viên đã "
       "có nhiều đóng góp.",
       "", ""},
      {"single-movement-period",
       "Sáng 5/2/2021, UBND tỉnh phát động phong trào thi đua “Cả tỉnh chung sức xây dựng nông "
       "thôn mới” giai đoạn 2021-2025.",
       "2021-01-01", "2025-12-31"},
  };
  expect_two_fields("/movement/start", "/movement/end", cases);
}

// "… tổ chức Đại hội Thi đua yêu nước …, với sự tham dự của đại diện Ban Thi đua – Khen thưởng Trung ương, … và 475
// tập thể, cá nhân điển hình tiên tiến …" (quang-tri-2025, which counted them): the awarding word inside a body's
// name "Ban / Vụ Thi đua – Khen thưởng" (the two fields joined by a dash, as by a comma) is no award given; those
// after "với sự tham dự của" are attendees (the Conventions: no count). Awards given after the attendance are
// still counted.
TEST(PlanPatterns97, AttendeesAfterABodyNamedThiDuaKhenThuongAreNoCount) {
  const CountCase cases[] = {
      {"veterans-congress-attendance",
       "Sáng 12/10/2024, Hội Cựu chiến binh tỉnh tổ chức Đại hội thi đua yêu nước giai đoạn "
       "2019 - 2024, với sự tham dự của đại diện Ban Thi đua – Khen thưởng Trung ương, lãnh "
       "đạo Tỉnh ủy và 210 tập thể, cá nhân tiêu biểu.",
       {}},
      {"education-conference-attendance",
       "Ngày 15/8/2024, Sở Giáo dục tổ chức hội nghị tổng kết năm học, với sự tham dự của lãnh "
       "đạo Ban Thi đua - Khen thưởng tỉnh, Sở Nội vụ và 150 tập thể, cá nhân điển hình tiên "
       "tiến của ngành.",
       {}},
      {"customs-review-attendance",
       "Ngày 10/1/2025, Cục Hải quan tổ chức hội nghị tổng kết, có sự tham dự của Vụ Thi đua - "
       "Khen thưởng Bộ Tài chính, các chi cục và 80 tập thể, cá nhân tiêu biểu.",
       {}},
      {"farmers-congress-attendance",
       "Sáng 5/9/2025, Hội Nông dân tỉnh tổ chức Đại hội thi đua, với sự tham dự của đại diện "
       "Ban Thi đua – Khen thưởng tỉnh, Quân khu 4 và 300 tập thể, cá nhân điển hình tiên "
       "tiến.",
       {}},
      {"awarded-after-attendance",
       "Sáng 12/10/2024, Đại hội thi đua có sự tham dự của lãnh đạo Ban Thi đua – Khen thưởng "
       "tỉnh. Tại đại hội, UBND tỉnh tặng Bằng khen cho 25 tập thể và 40 cá nhân.",
       {{25, "tập thể"}, {40, "cá nhân"}}},
      {"award-in-same-sentence",
       "Sáng 20/10/2024, Đại hội thi đua ngành Tư pháp có sự tham dự của lãnh đạo Ban Thi đua "
       "- Khen thưởng tỉnh, tại đại hội UBND tỉnh tặng Bằng khen cho 30 tập thể.",
       {{30, "tập thể"}}},
  };
  expect_counts(cases);
}

// "Cụm Thi đua số 1 - Bộ TN&MT gồm 10 tỉnh, thành phố khu vực Đồng bằng sông Hồng: Hà Nội, Hà Nam, …" (hai-phong-2022,
// which counted "10 tỉnh"): a group's units counted and then named are its members, not a count (the
// Conventions), also when a second level and a region's name ("khu vực Tây Nguyên", "vùng Nam Sông Hương")
// stand between the count and the colon opening the names; units counted and never named are still counted.
TEST(PlanPatterns97, UnitsCountedThenNamedPastARegionAreNoCount) {
  const CountCase cases[] = {
      {"tax-cluster-region",
       "Cụm thi đua số 3 gồm 6 tỉnh, thành phố khu vực Tây Nguyên: Kon Tum, Gia Lai, Đắk Lắk, "
       "Đắk Nông, Lâm Đồng và Khánh Hòa.",
       {}},
      {"youth-cluster-region",
       "Cụm thi đua số 2 của Tỉnh đoàn gồm 5 huyện, thị xã vùng ven biển phía Bắc: Hải Hậu, "
       "Giao Thủy, Xuân Trường, Nghĩa Hưng và Trực Ninh.",
       {}},
      {"courts-block-region",
       "Khối thi đua Tòa án gồm 7 tỉnh, thành phố vùng Đông Nam Bộ: Bình Dương, Đồng Nai, Bình "
       "Phước, Tây Ninh, Bà Rịa - Vũng Tàu, Long An và Thành phố Hồ Chí Minh.",
       {}},
      {"health-cluster-mountain",
       "Cụm thi đua các Sở Y tế gồm 8 tỉnh miền núi phía Bắc giáp biên giới Việt Trung: Lào "
       "Cai, Hà Giang, Cao Bằng, Lạng Sơn, Quảng Ninh, Lai Châu, Điện Biên và Sơn La.",
       {}},
      {"farmers-block-region",
       "Khối thi đua Hội Nông dân gồm 4 thị xã, huyện vùng Nam Sông Hương: Hương Thủy, Phú "
       "Vang, Phú Lộc và Nam Đông.",
       {}},
      {"counted-not-named",
       "Cụm thi đua số 5 gồm 9 huyện miền núi phía Tây của tỉnh.",
       {{9, "huyện miền núi phía Tây"}}},
  };
  expect_counts(cases);
}

}  // namespace
}  // namespace thidua::text::plan
