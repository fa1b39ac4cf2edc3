// The seventy-eighth round (issue 14, session 24, s24-counts): the counts, contents and targets of
// the former held-out set eval5 (now in dev/), read as patterns of the language. Every sentence is
// written for the test across sectors and labelled by the Conventions before it was run; each
// positive fails with its fix off.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_contents;
using test::expect_counts;
using test::expect_targets;
using test::ContentCase;
using test::CountCase;
using test::TargetCase;

// "củng cố vững chắc 11 tiêu chí", "hoàn thành 8 tiêu chí còn lại", "đạt 7 tiêu chí ấp nông thôn
// mới": the criteria of a standard (a new rural commune, a school, a health station, a safe commune)
// are a level to reach wherever the text sets them, outside a paragraph of targets too; the criteria
// a commune met ("đã hoàn thành") or a standard is made of ("gồm 19 tiêu chí") are not.
TEST(PlanPatterns78, CriteriaOfAStandardToReachAreTargets) {
  const TargetCase cases[] = {
      {"new rural commune: kept and completed, two levels joined by 'và'",
       "Ngày 5/3/2024, UBND xã Tân Phú tổ chức lễ phát động phong trào thi đua xây dựng nông thôn mới nâng cao. Năm "
       "2024, xã phấn đấu giữ vững 19 tiêu chí và hoàn thành 5 tiêu chí nông thôn mới nâng cao.",
       {"rate equal 19 tiêu chí | tiêu chí", "rate equal 5 tiêu chí | tiêu chí nông thôn mới nâng cao"}},
      {"health stations, 'tập trung thực hiện đạt' with no cue of targets",
       "Ngày 12/4/2025, Trung tâm Y tế huyện Đức Thọ phát động phong trào thi đua năm 2025. Các trạm y tế tập trung "
       "thực hiện đạt 10 tiêu chí quốc gia về y tế xã.",
       {"rate equal 10 tiêu chí | tiêu chí quốc gia về y tế xã"}},
      {"a school, 'nhằm củng cố vững chắc' and the remaining one",
       "Ngày 8/9/2024, Trường Tiểu học Hòa Bình tổ chức phát động thi đua năm học 2024-2025. Thông qua đợt thi đua nhằm "
       "củng cố vững chắc 4 tiêu chí trường đạt chuẩn quốc gia và hoàn thành 1 tiêu chí còn lại.",
       {"rate equal 4 tiêu chí | tiêu chí trường đạt chuẩn quốc gia", "rate equal 1 tiêu chí | tiêu chí còn lại"}},
      {"police: a safe commune's criteria",
       "Ngày 2/3/2025, Công an xã Hưng Đạo phát động đợt cao điểm thi đua xây dựng xã an toàn về an ninh, trật tự. Đợt "
       "thi đua tập trung hoàn thành 6 tiêu chí xã an toàn về an ninh, trật tự.",
       {"rate equal 6 tiêu chí | tiêu chí xã an toàn về an ninh, trật tự"}},
      {"negative: criteria met last year and those a standard is made of",
       "Ngày 5/3/2024, UBND xã Tân Lập tổ chức lễ phát động phong trào thi đua xây dựng nông thôn mới năm 2024. Năm 2023, "
       "xã đã hoàn thành 15 tiêu chí nông thôn mới. Bộ tiêu chí quốc gia về xã nông thôn mới gồm 19 tiêu chí.",
       {}},
  };
  expect_targets(cases);
}

// "xoay quanh 03 nội dung chính “Xung kích, sáng tạo, tình nguyện”": a quotation right after counted
// contents that lists as many pieces as the figure names the contents; a quoted name after "nội
// dung" with no figure, or a movement's name further on, does not.
TEST(PlanPatterns78, ContentsListedInAQuotationAfterTheirCount) {
  const ContentCase cases[] = {
      {"police youth union, three words of its motto",
       "Ngày 20/3/2024, Đoàn Thanh niên Công an tỉnh Bình Phước tổ chức ký kết giao ước thi đua năm 2024. Các chi đoàn "
       "tập trung thực hiện 03 nội dung chính “Xung kích, sáng tạo, tình nguyện”.",
       {"Xung kích", "sáng tạo", "tình nguyện"}},
      {"women's union, four pieces after 'với 4 nội dung'",
       "Ngày 8/3/2025, Hội Liên hiệp Phụ nữ huyện Yên Thế phát động phong trào thi đua năm 2025 với 4 nội dung “Đoàn "
       "kết, sáng tạo, trách nhiệm, hội nhập”.",
       {"Đoàn kết", "sáng tạo", "trách nhiệm", "hội nhập"}},
      {"a school, two after 'nội dung trọng tâm'",
       "Ngày 5/9/2024, Trường THCS Nguyễn Du phát động thi đua năm học mới xoay quanh 2 nội dung trọng tâm “Dạy tốt, "
       "học tốt”.",
       {"Dạy tốt", "học tốt"}},
      {"veterans' association",
       "Ngày 12/2/2024, Hội Cựu chiến binh huyện Ba Vì phát động thi đua năm 2024 với 3 nội dung trọng tâm “Trung "
       "thành, đoàn kết, gương mẫu”.",
       {"Trung thành", "đoàn kết", "gương mẫu"}},
      {"negative: a quoted name with no count, a movement's name further on",
       "Ngày 2/4/2024, Chi bộ Công an xã Tân Mỹ phát động thi đua thực hiện nội dung “Học tập và làm theo tư tưởng, đạo "
       "đức, phong cách Hồ Chí Minh”. Các đơn vị triển khai 3 nội dung của phong trào “Toàn dân bảo vệ an ninh Tổ "
       "quốc”.",
       {}},
  };
  expect_contents(cases);
}

// "03 nội dung chính “Xung kích, …” và 05 chỉ tiêu cơ bản như: …": the quotation listing the goals
// is no part of what is counted (a team's quoted name is), and "cơ bản" qualifies goals like "chính".
TEST(PlanPatterns78, GoalsCountedWithoutTheQuotationListingThem) {
  const CountCase cases[] = {
      {"the motto's three words after 'nội dung chính'",
       "Ngày 20/3/2024, Đoàn Thanh niên Công an tỉnh Bình Phước tổ chức ký kết giao ước thi đua năm 2024. Các chi đoàn "
       "tập trung thực hiện 03 nội dung chính “Xung kích, sáng tạo, tình nguyện”.",
       {{3, "nội dung chính"}}},
      {"banks: 'chỉ tiêu cơ bản'",
       "Ngày 15/1/2025, các ngân hàng trong Khối thi đua số 2 ký kết giao ước thi đua với 6 chỉ tiêu cơ bản.",
       {{6, "chỉ tiêu cơ bản"}}},
      {"a trade union: 'chỉ tiêu cơ bản' and the quotation listing them",
       "Ngày 10/1/2025, Công đoàn ngành Giáo dục tỉnh Hà Tĩnh tổ chức ký kết giao ước thi đua năm 2025 với 3 chỉ tiêu cơ "
       "bản “Giỏi việc trường, đảm việc nhà, chăm lo đoàn viên”.",
       {{3, "chỉ tiêu cơ bản"}}},
      {"guard: four contents, no quotation counted",
       "Ngày 8/3/2025, Hội Liên hiệp Phụ nữ huyện Yên Thế phát động phong trào thi đua năm 2025 với 4 nội dung “Đoàn "
       "kết, sáng tạo, trách nhiệm, hội nhập”.",
       {{4, "nội dung"}}},
      {"negative: a team's quoted name stays with it",
       "Ngày 9/5/2024, Công an huyện Tân Uyên phát động phong trào thi đua năm 2024. Năm 2024, huyện thành lập 12 Tổ “Tự "
       "phòng, tự quản, tự bảo vệ”.",
       {{12, "Tổ “Tự phòng, tự quản, tự bảo vệ”"}}},
  };
  expect_counts(cases);
}

// "Công an tỉnh đều được khen thưởng, trong đó có 1 Cờ thi đua …, 1 bằng khen …": the awards after
// "trong đó" are parts of a whole the clause before gives by its verb of commending alone — not
// counted (the Conventions' "parts after 'trong đó'"); a whole with its figure is still counted.
TEST(PlanPatterns78, AwardsAfterTrongDoOfAWholeCommendedWithoutFigure) {
  const CountCase cases[] = {
      {"health department, a review of five years",
       "Ngày 20/12/2024, Sở Y tế tỉnh Nghệ An tổ chức hội nghị tổng kết phong trào thi đua giai đoạn 2020-2024. Giai "
       "đoạn này, Sở Y tế nhiều năm liền được khen thưởng, trong đó có 1 Huân chương Lao động hạng Ba và 2 Bằng khen của "
       "Thủ tướng Chính phủ.",
       {}},
      {"a school's year",
       "Ngày 25/5/2024, Trường THPT Lê Lợi tổ chức tổng kết phong trào thi đua năm học 2023-2024. Nhiều tập thể, cá nhân "
       "của trường được khen thưởng, trong đó có 2 Bằng khen của Bộ Giáo dục và Đào tạo và 5 Giấy khen của Sở.",
       {}},
      {"a district's police at its congress",
       "Ngày 10/8/2024, Công an huyện Gio Linh tổ chức Đại hội thi đua vì an ninh Tổ quốc. Qua 5 năm, Công an huyện được "
       "tặng thưởng, trong đó có 1 Cờ thi đua của Bộ Công an, 2 Bằng khen của UBND tỉnh.",
       {}},
      {"guard: the whole with its figure",
       "Ngày 10/1/2025, UBND huyện Cam Lộ tổng kết phong trào thi đua năm 2024. Dịp này, UBND huyện khen thưởng 18 tập "
       "thể, trong đó có 5 tập thể xuất sắc.",
       {{18, "tập thể"}}},
      {"guard: awards given, no 'trong đó'",
       "Ngày 10/1/2025, Công an tỉnh Quảng Trị tổng kết phong trào thi đua năm 2024. Dịp này, Giám đốc Công an tỉnh tặng "
       "3 Bằng khen cho các tập thể.",
       {{3, "Bằng khen"}}},
  };
  expect_counts(cases);
}

// "có 17 cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở 5 năm liên tục", "11 đơn vị … đạt danh hiệu
// “Đơn vị quyết thắng” 5 năm trở lên", "21 cá nhân có 4 năm đạt danh hiệu này": a title held over
// years running is a record of the period, not an award given; a title given for years running ("trao
// Cờ thi đua xuất sắc 5 năm liền cho 40 tập thể") and a title of the year are still counted.
TEST(PlanPatterns78, TitlesHeldOverYearsRunningAreNoCount) {
  const CountCase cases[] = {
      {"police units, five years running",
       "Ngày 15/8/2024, Công an tỉnh Quảng Bình tổ chức Đại hội thi đua vì an ninh Tổ quốc giai đoạn 2019-2024. Có 4 đơn "
       "vị đạt danh hiệu “Đơn vị quyết thắng” 5 năm liên tục.",
       {}},
      {"education, three years in a row",
       "Ngày 20/7/2024, Sở Giáo dục và Đào tạo tỉnh Hà Nam tổng kết phong trào thi đua năm học 2023-2024. Toàn ngành có 12 "
       "cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở 3 năm liền.",
       {}},
      {"the army: 'trở lên' and 'có 5 năm đạt'",
       "Ngày 5/12/2024, Bộ Chỉ huy Quân sự tỉnh Lào Cai tổ chức Đại hội thi đua quyết thắng giai đoạn 2019-2024. Có 7 tập "
       "thể đạt danh hiệu Đơn vị quyết thắng 5 năm trở lên và 15 cá nhân có 5 năm đạt danh hiệu Chiến sĩ thi đua cơ sở.",
       {}},
      {"guard: a flag for five years given at the congress",
       "Ngày 12/9/2025, UBND tỉnh Bình Định tổ chức Đại hội thi đua yêu nước giai đoạn 2020-2025. Dịp này, Chủ tịch UBND "
       "tỉnh trao Cờ thi đua xuất sắc 5 năm liền cho 40 tập thể.",
       {{40, "tập thể"}}},
      {"guard: a title of the year reviewed",
       "Ngày 10/1/2025, UBND huyện Hải Lăng tổ chức tổng kết phong trào thi đua năm 2024. Năm 2024, có 55 tập thể đạt danh "
       "hiệu Tập thể Lao động tiên tiến.",
       {{55, "tập thể"}}},
  };
  expect_counts(cases);
}

// "…; 03 tập thể và 14 cá nhân được Sở Y tế tặng giấy khen": the passive verb of the figure's own
// clause decides whether awards were given or proposed, past a second figure joined to the first and
// the giver's name, before a proposal in the clause before it.
TEST(PlanPatterns78, TheFiguresOwnPassiveVerbDecidesGivenOrProposed) {
  const CountCase cases[] = {
      {"police: a proposal, then awards given by the district's head",
       "Ngày 10/1/2025, Công an huyện Lục Yên tổ chức hội nghị tổng kết phong trào thi đua năm 2024. Hội nghị thống nhất "
       "đề nghị Giám đốc Công an tỉnh tặng Giấy khen cho 5 cá nhân; 03 tập thể và 14 cá nhân được Trưởng Công an huyện "
       "tặng giấy khen.",
       {{3, "tập thể"}, {14, "cá nhân"}}},
      {"a bank: proposed, then given by the branch's director",
       "Ngày 12/1/2025, Ngân hàng Nhà nước chi nhánh tỉnh Yên Bái tổ chức hội nghị tổng kết phong trào thi đua năm 2024. "
       "Dịp này, 2 tập thể được đề nghị Thống đốc tặng Bằng khen; 4 tập thể và 10 cá nhân được Giám đốc chi nhánh tặng "
       "Giấy khen.",
       {{4, "tập thể"}, {10, "cá nhân"}}},
      {"a school: 'được Hiệu trưởng khen thưởng'",
       "Ngày 25/5/2024, Trường THCS Lê Quý Đôn tổ chức tổng kết phong trào thi đua năm học 2023-2024. Nhà trường đề nghị "
       "Sở tặng Bằng khen cho 2 cá nhân; 6 tập thể và 25 cá nhân được Hiệu trưởng khen thưởng.",
       {{6, "tập thể"}, {25, "cá nhân"}}},
      {"negative: two figures 'được đề nghị tặng'",
       "Ngày 10/1/2025, Công an huyện Lục Yên tổ chức hội nghị tổng kết phong trào thi đua năm 2024. Dịp này, 2 tập thể "
       "và 5 cá nhân được đề nghị tặng Bằng khen của Bộ trưởng.",
       {}},
      {"negative: only proposed",
       "Ngày 10/1/2025, Công an huyện Lục Yên tổ chức hội nghị tổng kết phong trào thi đua năm 2024. Hội nghị thống nhất "
       "đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 3 tập thể và 7 cá nhân.",
       {}},
  };
  expect_counts(cases);
}

// "Khối thi đua số 10 có 20 thành viên, gồm các chi nhánh …: Agribank, …": a group's members counted
// and then named after ", gồm" are its members, not a count (the Conventions); counted alone they are.
TEST(PlanPatterns78, GroupMembersCountedThenNamedAreNoCount) {
  const CountCase cases[] = {
      {"banks' block, the branches named after a colon",
       "Ngày 15/1/2026, Khối thi đua số 10 tổ chức hội nghị tổng kết phong trào thi đua năm 2025. Khối thi đua số 10 có "
       "20 thành viên, gồm các chi nhánh ngân hàng thương mại nhà nước trên địa bàn tỉnh: Agribank, BIDV, Vietcombank và "
       "VietinBank.",
       {}},
      {"schools' cluster",
       "Ngày 20/9/2024, Cụm thi đua số 3 tổ chức ký kết giao ước thi đua năm học 2024-2025. Cụm thi đua số 3 có 4 thành "
       "viên, gồm các trường: THPT Lê Lợi, THPT Nguyễn Huệ, THPT Phan Bội Châu và THPT Trần Phú.",
       {}},
      {"communes' cluster, no colon",
       "Ngày 5/2/2025, Cụm thi đua các xã phía Nam huyện Cẩm Xuyên tổ chức ký kết giao ước thi đua năm 2025. Cụm có 5 "
       "thành viên, gồm xã Cẩm Thành, xã Cẩm Bình, xã Cẩm Vịnh, xã Cẩm Quang và xã Cẩm Thạch.",
       {}},
      {"guard: member units counted, not named",
       "Ngày 5/2/2025, Khối thi đua các cơ quan Đảng tỉnh tổ chức ký kết giao ước thi đua năm 2025. Khối thi đua có 12 đơn "
       "vị thành viên.",
       {{12, "đơn vị thành viên"}}},
      {"guard: members counted alone",
       "Ngày 5/2/2025, Cụm thi đua số 2 Hội Nông dân tỉnh tổ chức ký kết giao ước thi đua năm 2025. Cụm thi đua số 2 có 8 "
       "thành viên.",
       {{8, "thành viên"}}},
  };
  expect_counts(cases);
}

// "hỗ trợ 2 tỷ đồng cho 20 mô hình thanh niên làm kinh tế": what the period's support reached is a
// result of its work, not something the movement sets up; support handed over at the event ("trao
// tặng số tiền … hỗ trợ cho 4 cán bộ …") is a gift given, and counted.
TEST(PlanPatterns78, WhatSupportReachedIsNoCount) {
  const CountCase cases[] = {
      {"farmers' association, a sum for models",
       "Ngày 10/1/2025, Hội Nông dân huyện Yên Thành tổ chức hội nghị tổng kết phong trào thi đua năm 2024. Năm 2024, Hội "
       "Nông dân huyện hỗ trợ 500 triệu đồng cho 12 mô hình kinh tế tập thể.",
       {}},
      {"youth union, capital for start-ups",
       "Ngày 20/7/2024, Huyện đoàn Quỳ Hợp tổ chức sơ kết giữa nhiệm kỳ. Các cơ sở đoàn đã hỗ trợ vốn cho 15 mô hình thanh "
       "niên khởi nghiệp.",
       {}},
      {"women's union, a decimal sum",
       "Ngày 20/10/2024, Hội Liên hiệp Phụ nữ tỉnh tổng kết phong trào thi đua năm 2024. Các cấp hội hỗ trợ 1,2 tỷ đồng "
       "cho 30 mô hình sinh kế của hội viên.",
       {}},
      {"guard: support handed over at the event",
       "Ngày 15/12/2024, Cụm thi đua số 2 Công an các tỉnh tổ chức hội nghị tổng kết phong trào thi đua năm 2024. Dịp "
       "này, Cụm trao tặng số tiền 100 triệu đồng hỗ trợ cho 4 cán bộ có hoàn cảnh khó khăn.",
       {{4, "cán bộ có hoàn cảnh khó khăn"}}},
      {"guard: models kept in place",
       "Ngày 10/1/2025, Hội Nông dân huyện Yên Thành tổ chức hội nghị tổng kết phong trào thi đua năm 2024. Năm 2024, toàn "
       "huyện duy trì 12 mô hình tự quản.",
       {{12, "mô hình tự quản"}}},
  };
  expect_counts(cases);
}

// "tặng 20 suất quà, 7 xe đạp cho các em học sinh": gifts other than parcels (bicycles, savings books,
// health insurance cards) are counted when given in their clause, not when seized or bought.
TEST(PlanPatterns78, GiftsGivenBeyondParcels) {
  const CountCase cases[] = {
      {"police youth: bicycles",
       "Ngày 1/6/2024, Đoàn Thanh niên Công an tỉnh Quảng Nam tổ chức hoạt động hưởng ứng phong trào thi đua vì an ninh "
       "Tổ quốc. Dịp này, Đoàn Thanh niên Công an tỉnh trao tặng 10 xe đạp cho học sinh nghèo vượt khó.",
       {{10, "xe đạp"}}},
      {"a bank: savings books",
       "Ngày 15/1/2025, Ngân hàng Chính sách xã hội huyện Nam Trà My tổ chức hội nghị tổng kết phong trào thi đua năm "
       "2024. Dịp này, ngân hàng trao 15 sổ tiết kiệm cho hộ nghèo.",
       {{15, "sổ tiết kiệm"}}},
      {"Red Cross: health insurance cards",
       "Ngày 20/3/2025, Hội Chữ thập đỏ huyện Đông Anh phát động phong trào thi đua năm 2025. Tại buổi lễ, Hội trao tặng "
       "200 thẻ bảo hiểm y tế cho người cao tuổi.",
       {{200, "thẻ bảo hiểm y tế"}}},
      {"parcels and bicycles after one verb",
       "Ngày 1/6/2024, Đoàn Thanh niên Công an tỉnh Quảng Nam tổ chức hoạt động hưởng ứng phong trào thi đua vì an ninh "
       "Tổ quốc. Tuổi trẻ Công an tỉnh đã tặng 20 suất quà, 7 xe đạp cho các em học sinh có hoàn cảnh khó khăn.",
       {{20, "suất quà"}, {7, "xe đạp"}}},
      {"negative: bicycles seized",
       "Ngày 10/1/2025, Công an huyện Núi Thành tổ chức hội nghị tổng kết phong trào thi đua năm 2024. Năm 2024, Công an "
       "huyện đã thu giữ 12 xe đạp điện không rõ nguồn gốc.",
       {}},
  };
  expect_counts(cases);
}

// "đã trao các công trình, phần việc … gồm: 500 lá cờ Tổ quốc và 20 tủ thuốc cho …; 2 hệ thống lọc
// nước sạch cho …": the works handed over, each item of a list a colon opens after the verb of giving
// ("bàn giao" too); works a commune built ("đã lắp đặt") and "trao đổi" (discussing) give nothing.
TEST(PlanPatterns78, WorksHandedOverInAListAfterTheVerbOfGiving) {
  const CountCase cases[] = {
      {"youth campaign: flags and water filters over a semicolon",
       "Ngày 1/7/2024, Tỉnh đoàn Bình Định ra quân chiến dịch Thanh niên tình nguyện hè năm 2024. Tỉnh đoàn đã trao các "
       "công trình thanh niên gồm: 300 lá cờ Tổ quốc cho ngư dân; 3 hệ thống lọc nước sạch cho trường học.",
       {{300, "lá cờ Tổ quốc"}, {3, "hệ thống lọc nước sạch"}}},
      {"women's union: bookcases and bicycles",
       "Ngày 8/3/2025, Hội Liên hiệp Phụ nữ huyện Krông Pắc phát động phong trào thi đua năm 2025. Tại buổi lễ, Hội trao "
       "tặng các phần quà gồm: 10 tủ sách cho trường mầm non; 5 xe đạp cho học sinh.",
       {{10, "tủ sách"}, {5, "xe đạp"}}},
      {"police: cameras handed over, the place they are set up left out",
       "Ngày 19/8/2024, Công an huyện Đắk Mil phát động phong trào toàn dân bảo vệ an ninh Tổ quốc. Dịp này, Công an "
       "huyện bàn giao 4 hệ thống camera an ninh lắp đặt tại các thôn.",
       {{4, "hệ thống camera an ninh"}}},
      {"negative: cameras a commune set up during the year",
       "Ngày 10/1/2025, UBND xã Đắk Lao tổ chức hội nghị tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2024. Năm "
       "2024, xã đã lắp đặt 12 hệ thống camera an ninh.",
       {}},
      {"negative: 'trao đổi' is no giving",
       "Ngày 10/1/2025, Cụm thi đua số 3 tổ chức hội nghị tổng kết phong trào thi đua năm 2024. Hội nghị đã trao đổi kinh "
       "nghiệm về 2 hệ thống quản lý chất lượng.",
       {}},
  };
  expect_counts(cases);
}

// "các đồng chí đại diện Lãnh đạo của 08 đơn vị thành viên trong Khối", "đại diện của 6 đơn vị thành
// viên": those acting for the units, with "của" before the figure, are no count of them (as "đại diện
// 5 xã"); the units counted in the group, or given awards, still are.
TEST(PlanPatterns78, ThoseActingForUnitsAfterCuaAreNoCount) {
  const CountCase cases[] = {
      {"internal-affairs block, after a long list of guests",
       "Ngày 15/1/2025, Khối thi đua các cơ quan Nội chính tỉnh tổ chức hội nghị ký kết giao ước thi đua năm 2025. Tham "
       "dự hội nghị có đồng chí Phó trưởng Ban Thi đua – Khen thưởng tỉnh, các đồng chí đại diện lãnh đạo của 08 đơn vị "
       "thành viên trong Khối.",
       {}},
      {"a cluster: 'đại diện của'",
       "Ngày 16/1/2025, Cụm thi đua số 5 tổ chức hội nghị ký kết giao ước thi đua năm 2025. Tham dự hội nghị có đồng chí "
       "Phó trưởng Ban Thi đua – Khen thưởng tỉnh, đại diện của 6 đơn vị thành viên.",
       {}},
      {"police cluster, 'đại diện của' right after 'Dự hội nghị có'",
       "Ngày 20/1/2025, Cụm thi đua số 4 Công an tỉnh tổ chức ký kết giao ước thi đua năm 2025. Dự hội nghị có đại diện "
       "của 20 đơn vị trong Cụm.",
       {}},
      {"guard: the block's member units counted",
       "Ngày 15/1/2025, Khối thi đua các cơ quan Nội chính tỉnh tổ chức hội nghị ký kết giao ước thi đua năm 2025. Khối "
       "thi đua gồm 08 đơn vị thành viên.",
       {{8, "đơn vị thành viên"}}},
      {"guard: units given awards, 'của' after them",
       "Ngày 15/1/2025, Khối thi đua các cơ quan Nội chính tỉnh tổ chức hội nghị ký kết giao ước thi đua năm 2025. Dịp "
       "này, Ban Giám đốc Công an tỉnh tặng Giấy khen cho 5 đơn vị của Khối.",
       {{5, "đơn vị"}}},
  };
  expect_counts(cases);
}

// "tuyên dương 327 điển hình tập thể, cá nhân": exemplars of both kinds are one noun, its comma inside
// (as "49 tập thể, cá nhân"); the praise after it still ends it, and a second figure opens its own count.
TEST(PlanPatterns78, ExemplarsOfBothKindsAreOneNoun) {
  const CountCase cases[] = {
      {"a province's congress",
       "Ngày 25/9/2025, UBND tỉnh Đồng Nai tổ chức Đại hội thi đua yêu nước lần thứ VI. Đại hội tuyên dương 327 điển "
       "hình tập thể, cá nhân trong phong trào thi đua yêu nước.",
       {{327, "điển hình tập thể, cá nhân"}}},
      {"farmers' association, the other order and praise after",
       "Ngày 10/1/2025, Hội Nông dân huyện Vĩnh Cửu tổ chức hội nghị tổng kết phong trào thi đua năm 2024. Hội nghị biểu "
       "dương 45 điển hình cá nhân, tập thể tiêu biểu.",
       {{45, "điển hình cá nhân, tập thể"}}},
      {"a district's review",
       "Ngày 10/1/2025, UBND huyện Long Thành tổ chức hội nghị tổng kết phong trào thi đua năm 2024. Dịp này, UBND huyện "
       "khen thưởng 30 điển hình tập thể, cá nhân xuất sắc.",
       {{30, "điển hình tập thể, cá nhân"}}},
      {"guard: two counts after a comma",
       "Ngày 25/9/2025, UBND tỉnh Đồng Nai tổ chức Đại hội thi đua yêu nước lần thứ VI. Đại hội tuyên dương 12 điển hình "
       "tiên tiến, 5 tập thể có thành tích xuất sắc.",
       {{12, "điển hình tiên tiến"}, {5, "tập thể"}}},
      {"guard: the award's nouns first",
       "Ngày 25/9/2025, UBND tỉnh Đồng Nai tổ chức Đại hội thi đua yêu nước lần thứ VI. Đại hội tuyên dương 50 tập thể, "
       "cá nhân điển hình tiên tiến.",
       {{50, "tập thể, cá nhân điển hình tiên tiến"}}},
  };
  expect_counts(cases);
}

// "xây dựng kế hoạch triển khai 09 nhóm nhiệm vụ chủ yếu và 05 giải pháp cơ bản": the tasks and
// solutions a plan sets out to carry out are set, and counted, the second joined to the first by
// "và"; a pledge's "với 9 nhiệm vụ, 3 giải pháp" names its work (the development set's decision) and
// tasks discussed are not set.
TEST(PlanPatterns78, TasksAndSolutionsAPlanCarriesOut) {
  const CountCase cases[] = {
      {"schools' cluster",
       "Ngày 20/9/2020, Cụm thi đua số 1 các trường trung học phổ thông tỉnh Ninh Thuận tổ chức ký kết giao ước thi đua "
       "năm học 2020-2021. Các trường đã xây dựng kế hoạch triển khai 09 nhóm nhiệm vụ chủ yếu và 05 giải pháp cơ bản.",
       {{9, "nhóm nhiệm vụ chủ yếu"}, {5, "giải pháp cơ bản"}}},
      {"health department: 'ban hành kế hoạch thực hiện'",
       "Ngày 8/1/2025, Sở Y tế tỉnh Bắc Giang phát động phong trào thi đua năm 2025. Sở Y tế ban hành kế hoạch thực hiện 6 "
       "nhiệm vụ trọng tâm.",
       {{6, "nhiệm vụ trọng tâm"}}},
      {"youth union: breakthrough solutions",
       "Ngày 5/1/2025, Tỉnh đoàn Lạng Sơn phát động phong trào thi đua năm 2025. Ban Thường vụ Tỉnh đoàn ban hành kế hoạch "
       "triển khai 3 nhiệm vụ trọng tâm và 4 giải pháp đột phá.",
       {{3, "nhiệm vụ trọng tâm"}, {4, "giải pháp đột phá"}}},
      {"guard: a pledge's work",
       "Ngày 15/1/2025, Khối thi đua các doanh nghiệp tỉnh ký kết giao ước thi đua năm 2025 với 9 nhiệm vụ, 3 giải pháp.",
       {}},
      {"negative: tasks discussed",
       "Ngày 15/1/2025, Công an huyện Hữu Lũng tổ chức hội nghị triển khai công tác năm 2025. Hội nghị đã thảo luận 5 nhiệm "
       "vụ của năm 2025.",
       {}},
  };
  expect_counts(cases);
}

// "… nội dung các tiêu chí cụ thể trên từng lĩnh vực phát triển kinh tế, văn hóa – xã hội, … và công tác
// xây dựng Đảng": the fields the contents or criteria cover, listed by commas and a last "và" to the
// end of the sentence, are the contents; results "đạt được trên các lĩnh vực …" and "trên nhiều lĩnh
// vực" are not.
TEST(PlanPatterns78, FieldsTheContentsCoverAreTheContents) {
  const ContentCase cases[] = {
      {"communes' cluster, 'trên từng lĩnh vực'",
       "Ngày 12/1/2024, Cụm thi đua các xã huyện Chợ Mới tổ chức ký kết giao ước thi đua năm 2024. Đại diện lãnh đạo 6 xã "
       "đã thống nhất kế hoạch thi đua với nội dung các tiêu chí cụ thể trên từng lĩnh vực phát triển kinh tế, văn hóa – "
       "xã hội, quốc phòng – an ninh và công tác xây dựng Đảng.",
       {"phát triển kinh tế", "văn hóa - xã hội", "quốc phòng - an ninh", "công tác xây dựng Đảng"}},
      {"a hospital, 'trên các lĩnh vực' without a colon",
       "Ngày 15/1/2025, Bệnh viện Đa khoa tỉnh Phú Thọ phát động phong trào thi đua năm 2025. Các khoa, phòng thống nhất "
       "nội dung thi đua trên các lĩnh vực chuyên môn, đào tạo, nghiên cứu khoa học và chỉ đạo tuyến.",
       {"chuyên môn", "đào tạo", "nghiên cứu khoa học", "chỉ đạo tuyến"}},
      {"district police: criteria by field",
       "Ngày 20/2/2025, Công an huyện Tam Nông phát động phong trào thi đua vì an ninh Tổ quốc năm 2025. Các tiêu chí thi "
       "đua được xây dựng trên từng lĩnh vực an ninh chính trị, trật tự xã hội, xây dựng lực lượng và công tác hậu cần.",
       {"an ninh chính trị", "trật tự xã hội", "xây dựng lực lượng", "công tác hậu cần"}},
      {"negative: results in fields",
       "Ngày 10/1/2025, UBND huyện Chợ Mới tổ chức hội nghị tổng kết phong trào thi đua năm 2024. Hội nghị đánh giá kết "
       "quả đạt được trên các lĩnh vực kinh tế, văn hóa, xã hội và quốc phòng.",
       {}},
      {"negative: 'trên nhiều lĩnh vực'",
       "Ngày 10/1/2025, Hội Doanh nhân trẻ tỉnh tổ chức tổng kết phong trào thi đua năm 2024. Nội dung hội nghị được tổ "
       "chức trên nhiều lĩnh vực.",
       {}},
  };
  expect_contents(cases);
}

// "Đẩy mạnh cải cách hành chính, trọng tâm là …; …": after a comma, "trọng tâm là" gives the focus of
// the one task before it, in a directive with no head of contents — no contents (the Conventions: a
// speaker's demands without a head); "với trọng tâm là A; B; C" still lists them.
TEST(PlanPatterns78, TheFocusOfOneTaskIsNoListOfContents) {
  const ContentCase cases[] = {
      {"a city's directive",
       "Ngày 10/2/2020, UBND thành phố Sóc Trăng tổ chức phát động phong trào thi đua năm 2020. Đẩy mạnh cải cách hành "
       "chính, trọng tâm là cải cách thủ tục hành chính; nâng cao chất lượng phục vụ người dân; xây dựng chính quyền thân "
       "thiện.",
       {}},
      {"district police",
       "Ngày 5/3/2025, Công an huyện Long Phú phát động phong trào thi đua vì an ninh Tổ quốc năm 2025. Tăng cường công "
       "tác phòng ngừa, trọng tâm là tuần tra, kiểm soát; xử lý nghiêm vi phạm; giải quyết kịp thời tin báo.",
       {}},
      {"education office",
       "Ngày 5/9/2024, Phòng Giáo dục và Đào tạo huyện Mỹ Tú phát động thi đua năm học 2024-2025. Nâng cao chất lượng giáo "
       "dục, trọng tâm là đổi mới phương pháp dạy học; tăng cường giáo dục kỹ năng sống; phát triển đội ngũ nhà giáo.",
       {}},
      {"guard: 'với trọng tâm là'",
       "Ngày 10/2/2020, UBND thành phố Sóc Trăng tổ chức phát động phong trào thi đua năm 2020. Phong trào thi đua được "
       "triển khai với trọng tâm là đẩy mạnh cải cách hành chính; nâng cao chất lượng phục vụ người dân; xây dựng chính "
       "quyền thân thiện.",
       {"đẩy mạnh cải cách hành chính", "nâng cao chất lượng phục vụ người dân", "xây dựng chính quyền thân thiện"}},
      {"guard: ', với trọng tâm là' after the contents",
       "Ngày 15/1/2025, Cụm thi đua số 2 các huyện tổ chức ký kết giao ước thi đua năm 2025. Hội nghị thống nhất các nội "
       "dung thi đua năm 2025, với trọng tâm là phát triển kinh tế; giữ vững an ninh, trật tự; xây dựng hệ thống chính "
       "trị vững mạnh.",
       {"phát triển kinh tế", "giữ vững an ninh, trật tự", "xây dựng hệ thống chính trị vững mạnh"}},
  };
  expect_contents(cases);
}

// "05 chỉ tiêu cơ bản như: Tiếp tục duy trì … Công trình … trị giá 80 triệu đồng; triển khai Chương
// trình “…”; …": each item of a list announced as the text's counted targets is a target — qualitative,
// its measure past the verbs opening it, or a level of the work's worth; items read already keep their
// reading, and a list of targets reviewed with no count ("kết quả thực hiện các chỉ tiêu như: …") or a
// count with no list sets none.
TEST(PlanPatterns78, EachItemOfAnnouncedTargetsIsATarget) {
  const TargetCase cases[] = {
      {"police youth: a work's worth, a model, a festival",
       "Ngày 26/3/2024, Đoàn Thanh niên Công an tỉnh Bến Tre tổ chức ký kết giao ước thi đua năm 2024. Các chi đoàn tập "
       "trung thực hiện 03 chỉ tiêu cơ bản như: Duy trì Công trình thanh niên “Thắp sáng đường quê” trị giá 50 triệu đồng; "
       "triển khai mô hình “Cổng trường an toàn giao thông”; tổ chức Ngày hội “Thanh niên với pháp luật”.",
       {"rate equal 50 triệu đồng | Công trình thanh niên “Thắp sáng đường quê”",
        "qualitative - - - | mô hình “Cổng trường an toàn giao thông”",
        "qualitative - - - | Ngày hội “Thanh niên với pháp luật”"}},
      {"women's union: 'gồm:'",
       "Ngày 8/3/2025, Hội Liên hiệp Phụ nữ xã An Hiệp phát động phong trào thi đua năm 2025. Hội đăng ký 2 chỉ tiêu gồm: "
       "xây dựng mô hình “Phụ nữ tiết kiệm”; duy trì câu lạc bộ “Gia đình hạnh phúc”.",
       {"qualitative - - - | mô hình “Phụ nữ tiết kiệm”", "qualitative - - - | câu lạc bộ “Gia đình hạnh phúc”"}},
      {"a bank: figured items kept, the last one qualitative",
       "Ngày 10/1/2025, Ngân hàng Nông nghiệp chi nhánh huyện Mỏ Cày phát động phong trào thi đua năm 2025. Chi nhánh đăng "
       "ký 3 chỉ tiêu như: dư nợ tăng 12%; nợ xấu dưới 1%; triển khai ứng dụng ngân hàng số.",
       {"change increase 12 % | dư nợ", "rate at_most 1 % | nợ xấu", "qualitative - - - | ứng dụng ngân hàng số"}},
      {"negative: targets reviewed, no count",
       "Ngày 10/1/2025, UBND huyện Mỏ Cày tổ chức hội nghị tổng kết phong trào thi đua năm 2024. Hội nghị đánh giá kết quả "
       "thực hiện các chỉ tiêu như: tăng trưởng kinh tế; thu ngân sách; giảm nghèo.",
       {}},
      {"negative: a count, no list",
       "Ngày 10/1/2025, UBND xã An Định phát động phong trào thi đua năm 2025. Xã phấn đấu hoàn thành 5 chỉ tiêu chủ yếu do "
       "huyện giao.",
       {}},
  };
  expect_targets(cases);
}

// "Dư nợ cho vay của 20 đơn vị đạt hơn 304,2 ngàn tỷ đồng": the units owning a result the sentence
// reports are no count; the group's units counted, or given awards, are.
TEST(PlanPatterns78, OwnersOfAReportedResultAreNoCount) {
  const CountCase cases[] = {
      {"banks' block: loans of its units",
       "Ngày 15/1/2026, Khối thi đua số 10 các ngân hàng tổ chức hội nghị tổng kết phong trào thi đua năm 2025. Dư nợ cho "
       "vay của 20 đơn vị đạt hơn 304,2 ngàn tỷ đồng.",
       {}},
      {"companies: revenue, 'trong Khối' between",
       "Ngày 10/1/2025, Khối thi đua các doanh nghiệp tỉnh tổ chức hội nghị tổng kết phong trào thi đua năm 2024. Doanh thu "
       "của 12 đơn vị trong Khối đạt 5.200 tỷ đồng.",
       {}},
      {"veterans: members of the clubs",
       "Ngày 10/1/2025, Hội Cựu chiến binh huyện Tân Trụ tổ chức hội nghị tổng kết phong trào thi đua năm 2024. Số hội "
       "viên của 14 câu lạc bộ đạt 520 người.",
       {}},
      {"guard: the block's units counted",
       "Ngày 15/1/2026, Khối thi đua số 10 các ngân hàng tổ chức hội nghị tổng kết phong trào thi đua năm 2025. Khối thi "
       "đua số 10 gồm 20 đơn vị.",
       {{20, "đơn vị"}}},
      {"guard: units given awards",
       "Ngày 15/1/2026, Khối thi đua số 10 các ngân hàng tổ chức hội nghị tổng kết phong trào thi đua năm 2025. Dịp này, "
       "Ngân hàng Nhà nước chi nhánh tỉnh tặng Giấy khen cho 8 đơn vị của Khối.",
       {{8, "đơn vị"}}},
  };
  expect_counts(cases);
}

}  // namespace
}  // namespace thidua::text::plan
