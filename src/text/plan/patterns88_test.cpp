// Session 25 (issue 14, s25-movement): movement names and targets of the former eval6 texts (written
// blind, never tuned on), read as SHAPES of administrative Vietnamese, not as their wordings. Every
// sentence below was written for these tests in sectors other than the text it came from, labelled by
// the Conventions (tests/fixtures/plans/README.md: Movement, Targets) before the run; each positive
// fails on main bd5672a, each negative guards the rule's limit.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_field;
using test::expect_targets;
using test::TargetCase;

// A campaign named by its purpose celebrates a second occasion after "và" written in lower case
// ("… và đại hội Đảng các cấp", "… và ngày Quốc khánh 2/9"), and a day "27/2" inside an occasion's
// name: the name goes on to the end of the list of occasions (thach-tri-2019 was cut at "và đại hội").
TEST(PlanPatterns88, ALowerCaseSecondOccasionAfterVaStaysInTheName) {
  expect_field("/movement/name", {
      {"ward-party-anniversary-and-congresses",
       "Ngày 20/12/2024, UBND phường An Lạc phát động đợt thi đua lập thành tích chào mừng kỷ niệm 95 năm"
       " Ngày thành lập Đảng và đại hội Đảng bộ các cấp tiến tới Đại hội XIV của Đảng.",
       "đợt thi đua lập thành tích chào mừng kỷ niệm 95 năm Ngày thành lập Đảng và đại hội Đảng bộ các cấp"
       " tiến tới Đại hội XIV của Đảng"},
      {"farmers-congress-and-national-day",
       "Ngày 5/6/2024, Hội Nông dân huyện Tam Nông phát động đợt thi đua chào mừng Đại hội Hội Nông dân"
       " tỉnh lần thứ X và ngày Quốc khánh 2/9.",
       "đợt thi đua chào mừng Đại hội Hội Nông dân tỉnh lần thứ X và ngày Quốc khánh 2/9"},
      {"hospital-doctors-day-and-union-congress",
       "Sáng 1/3/2024, Bệnh viện Đa khoa tỉnh phát động đợt thi đua chào mừng ngày Thầy thuốc Việt Nam"
       " 27/2 và đại hội Công đoàn ngành Y tế lần thứ V.",
       "đợt thi đua chào mừng ngày Thầy thuốc Việt Nam 27/2 và đại hội Công đoàn ngành Y tế lần thứ V"},
      // "và" before a verb or before people: no second occasion.
      {"youth-congress-and-a-request",
       "Ngày 10/4/2025, Đoàn Thanh niên xã Tân Hòa phát động đợt thi đua chào mừng Đại hội Đoàn xã và đề"
       " nghị các chi đoàn tổ chức thực hiện.",
       "đợt thi đua chào mừng Đại hội Đoàn xã"},
      {"police-congress-and-delegates",
       "Ngày 10/4/2025, Công an huyện phát động đợt thi đua chào mừng Đại hội Đảng bộ huyện và đại biểu"
       " các đơn vị đã ký giao ước thi đua.",
       "đợt thi đua chào mừng Đại hội Đảng bộ huyện"},
  });
}

// "đợt thi đua đột kích chào mừng …": the army's surge, a peak like "cao điểm", before the purpose
// (ninh-thuan-2020 lost "đột kích"); "đột kích" as the work of an exercise, or a surge spoken of back
// ("Trong đợt thi đua đột kích này"), names none.
TEST(PlanPatterns88, ASurgeDotKichIsAPeakBeforeThePurpose) {
  expect_field("/movement/name", {
      {"regiment-battle-anniversary",
       "Ngày 10/3/2024, Trung đoàn 48 phát động đợt thi đua đột kích chào mừng kỷ niệm 70 năm Chiến"
       " thắng Điện Biên Phủ.",
       "đợt thi đua đột kích chào mừng kỷ niệm 70 năm Chiến thắng Điện Biên Phủ"},
      {"border-guard-congress",
       "Sáng 2/4/2025, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang phát động đợt thi đua đột kích lập"
       " thành tích chào mừng Đại hội Đảng bộ tỉnh lần thứ XII.",
       "đợt thi đua đột kích lập thành tích chào mừng Đại hội Đảng bộ tỉnh lần thứ XII"},
      {"police-congress-with-term",
       "Ngày 15/5/2025, Công an tỉnh Lào Cai phát động đợt thi đua đột kích chào mừng Đại hội Đảng bộ"
       " Công an tỉnh lần thứ XX, nhiệm kỳ 2025-2030.",
       "đợt thi đua đột kích chào mừng Đại hội Đảng bộ Công an tỉnh lần thứ XX"},
      {"exercise-not-a-campaign",
       "Ngày 20/8/2024, Tiểu đoàn 3 tổ chức diễn tập đột kích mục tiêu giả định trên địa bàn huấn luyện.", ""},
      {"surge-spoken-of-back",
       "Trong đợt thi đua đột kích này, các đơn vị đã hoàn thành tốt nhiệm vụ huấn luyện năm 2024.", ""},
  });
}

// "tháng cao điểm “Vì người nghèo”", "tuần cao điểm “…”": a drive run for a month or a week, its name
// quoted after "cao điểm" as after "đợt cao điểm" (tan-bien-2022 had no name); a theme has its cue
// between ("với chủ đề “…”"), and an unnamed peak names none.
TEST(PlanPatterns88, AMonthOrWeekOfPeakNamesItsDriveByTheQuote) {
  expect_field("/movement/name", {
      {"front-poor-month",
       "Ngày 17/10/2023, Ủy ban MTTQ Việt Nam xã Phước Hưng phát động tháng cao điểm “Vì người nghèo”"
       " năm 2023.",
       "Vì người nghèo"},
      {"youth-green-week",
       "Ngày 5/3/2024, Đoàn xã Tân Lập phát động tuần cao điểm “Ngày Chủ nhật xanh” từ ngày 5/3 đến"
       " ngày 12/3/2024.",
       "Ngày Chủ nhật xanh"},
      {"red-cross-blood-month",
       "Sáng 8/5/2024, Hội Chữ thập đỏ huyện Cần Giờ tổ chức lễ phát động tháng cao điểm “Hành trình đỏ”"
       " năm 2024.",
       "Hành trình đỏ"},
      {"labour-union-tet-month",
       "Ngày 2/11/2024, Liên đoàn Lao động tỉnh phát động tháng cao điểm “Tết sum vầy” chăm lo cho đoàn"
       " viên, người lao động.",
       "Tết sum vầy"},
      {"children-month-theme",
       "Ngày 1/6/2024, UBND huyện phát động tháng cao điểm với chủ đề “Hành động vì trẻ em” năm 2024.", ""},
      {"unnamed-peak",
       "Trong tháng cao điểm, lực lượng Công an xã đã phối hợp tuyên truyền cho 300 hộ dân.", ""},
  });
}

// "Hưởng ứng phong trào A do X phát động, Y [phát động / ký giao ước thực hiện] phong trào B": the
// movement answered opens the sentence as its cause, the text's own is the one quoted after the comma
// (cum12-2017 took the ministry's "Vì ANTQ" over the cluster's "Vì an ninh Tổ quốc"); with no other
// movement quoted after the comma, the answered one stays.
TEST(PlanPatterns88, TheMovementAnsweredGivesWayToTheOneQuotedAfterTheComma) {
  expect_field("/movement/name", {
      {"district-police-own-movement",
       "Hưởng ứng phong trào thi đua “Vì ANTQ” do Bộ Công an phát động, Công an huyện Mỹ Xuyên phát động"
       " phong trào thi đua “Công an Mỹ Xuyên vì nhân dân phục vụ”.",
       "Công an Mỹ Xuyên vì nhân dân phục vụ"},
      {"farmers-own-movement",
       "Hưởng ứng phong trào “Cả nước chung tay vì người nghèo” do Thủ tướng phát động, Hội Nông dân xã"
       " Bình An phát động phong trào “Nông dân giúp nhau thoát nghèo”.",
       "Nông dân giúp nhau thoát nghèo"},
      {"youth-pledge-to-carry-out",
       "Hưởng ứng phong trào thi đua “Dân vận khéo”, Đoàn Thanh niên phường Tân Định ký giao ước thực hiện"
       " phong trào “Thanh niên tình nguyện vì cộng đồng”.",
       "Thanh niên tình nguyện vì cộng đồng"},
      {"cluster-pledge-no-other",
       "Hưởng ứng phong trào thi đua “Vì ANTQ” do Bộ Công an phát động, Cụm thi đua số 5 tổ chức ký kết"
       " giao ước thi đua năm 2024.",
       "Vì ANTQ"},
      {"school-pledge-no-other",
       "Hưởng ứng phong trào thi đua “Dạy tốt, học tốt” do Bộ Giáo dục phát động, Trường THPT Lê Lợi ký"
       " giao ước thi đua năm học 2024 - 2025.",
       "Dạy tốt, học tốt"},
  });
}

// "… cho N hội viên / hộ / đoàn viên" in a list of targets: the people a service is to reach (dạy
// nghề, tập huấn, hỗ trợ vốn, tư vấn) counted after "cho" are a level of kind rate, the noun its unit
// (can-tho-2018 lost "dạy nghề cho 3.629 hội viên"); a service reported done ("đã") and gifts handed
// over at a ceremony are none.
TEST(PlanPatterns88, ThePeopleAServiceIsToReachAfterChoAreALevel) {
  const TargetCase cases[] = {
      {"farmers-training-and-loans",
       "Hội Nông dân huyện Châu Thành đề ra chỉ tiêu năm 2025: tập huấn kỹ thuật cho 500 hội viên; hỗ trợ"
       " vốn cho 200 hộ.",
       {"rate equal 500 hội viên | hội viên", "rate equal 200 hộ | hộ"}},
      {"youth-career-advice",
       "Đoàn Thanh niên tỉnh Bến Tre đặt chỉ tiêu năm 2024: tư vấn hướng nghiệp cho 2.000 đoàn viên.",
       {"rate equal 2000 đoàn viên | đoàn viên"}},
      {"women-vocational-training",
       "Hội Liên hiệp Phụ nữ xã Mỹ Hòa phấn đấu năm 2025 dạy nghề cho 120 hội viên phụ nữ.",
       {"rate equal 120 hội viên | hội viên phụ nữ"}},
      {"training-reported-done",
       "Năm 2024, Hội Nông dân huyện đã tập huấn kỹ thuật cho 500 hội viên.", {}},
      {"gifts-at-a-ceremony",
       "Tại buổi lễ, Hội Chữ thập đỏ huyện trao 100 suất quà cho 100 hộ nghèo.", {}},
      {"veterans-gifts",
       "Ngày 3/2/2025, Chi hội Cựu chiến binh tặng quà cho 30 hội viên có hoàn cảnh khó khăn.", {}},
  };
  expect_targets(cases);
}

// "đạt 85%/ tổng số hội viên", "… trên tổng số …", "… so với tổng số …": the whole a percentage is
// taken over, written after it, makes it a share (can-tho-2018 read a rate); without "tổng số" ("đạt
// 85% kế hoạch") a rate stays a rate, and a share reported done is none.
TEST(PlanPatterns88, APercentageOverTongSoIsAShare) {
  const TargetCase cases[] = {
      {"commune-health-insurance",
       "Xã Tân Phú phấn đấu năm 2025 vận động người dân tham gia bảo hiểm y tế đạt 92%/ tổng số dân.",
       {"share equal 92 % | vận động người dân tham gia bảo hiểm y tế"}},
      {"veterans-new-members",
       "Hội Cựu chiến binh huyện phấn đấu kết nạp hội viên mới đạt 95% trên tổng số cựu chiến binh trên địa"
       " bàn.",
       {"share equal 95 % | kết nạp hội viên mới"}},
      {"school-good-pupils",
       "Trường THCS Lê Lợi phấn đấu học sinh khá, giỏi đạt 70% so với tổng số học sinh toàn trường.",
       {"share equal 70 % | học sinh khá, giỏi"}},
      {"clean-water-reported", "Năm 2024, hộ dùng nước sạch đã đạt 85%/ tổng số hộ.", {}},
      {"bank-plan-rate", "Chi nhánh ngân hàng phấn đấu thu hồi nợ xấu đạt 85% kế hoạch.",
       {"rate equal 85 % | thu hồi nợ xấu"}},
  };
  expect_targets(cases);
}

// "kéo giảm 10% số vụ tội phạm về trật tự xã hội, điều tra khám phá án đạt 85%": after a change's
// measure, a comma before a clause naming what it measures and reaching its own figure opens the next
// target (dong-thap-2025 ran both into one measure); the same reported done gives none, and a measure
// listing nouns with commas ("số vụ cháy, nổ, thiệt hại về tài sản") stays whole.
TEST(PlanPatterns88, AClauseReachingItsOwnFigureAfterACommaIsTheNextTarget) {
  const TargetCase cases[] = {
      {"health-dengue-and-vaccination",
       "Ngành y tế tỉnh phấn đấu giảm 10% số ca mắc sốt xuất huyết, tiêm chủng đầy đủ cho trẻ em đạt 95%.",
       {"change decrease 10 % | số ca mắc sốt xuất huyết", "rate equal 95 % | tiêm chủng đầy đủ cho trẻ em"}},
      {"district-poverty-and-graduation",
       "Huyện phấn đấu năm 2025 giảm 2% tỷ lệ hộ nghèo, học sinh tốt nghiệp trung học phổ thông đạt 99%.",
       {"change decrease 2 % | tỷ lệ hộ nghèo", "share equal 99 % | học sinh tốt nghiệp trung học phổ thông"}},
      {"police-peak-wanted",
       "Mục tiêu đợt cao điểm kéo giảm 10% số vụ phạm pháp hình sự, truy bắt đối tượng truy nã đạt trên 70%.",
       {"change decrease 10 % | số vụ phạm pháp hình sự", "rate above 70 % | truy bắt đối tượng truy nã"}},
      {"transport-waterway-inspection",
       "Sở Giao thông vận tải phấn đấu giảm 5% số vụ tai nạn giao thông đường thủy, phương tiện được đăng"
       " kiểm đạt 100%.",
       {"change decrease 5 % | số vụ tai nạn giao thông đường thủy", "rate equal 100 % | phương tiện được đăng kiểm"}},
      {"police-results-reported",
       "Năm 2024, Công an tỉnh đã kéo giảm 10% số vụ tội phạm, điều tra khám phá án đạt 85%.", {}},
      {"fire-police-listed-nouns",
       "Lực lượng Cảnh sát PCCC phấn đấu giảm 5% số vụ cháy, nổ, thiệt hại về tài sản.",
       {"change decrease 5 % | số vụ cháy, nổ, thiệt hại về tài sản"}},
  };
  expect_targets(cases);
}

// A city's or a district's list of economic targets (vi-thanh-2024): "tỉ đồng" spelled with "i", a
// worth the subject is to reach ("tổng giá trị sản xuất … đạt", "giá trị xuất khẩu đạt") — no gift's
// worth —, an amount in two units ("405 tỉ 449 triệu đồng") read whole in the smaller one. A gift's
// worth ("mỗi suất trị giá …") and a level reported reached ("đã đạt") are none.
TEST(PlanPatterns88, ACitysEconomicLevelsAreReadWhole) {
  const TargetCase cases[] = {
      {"district-output-and-budget",
       "Năm 2025, huyện Phong Điền phấn đấu tổng giá trị sản xuất đạt 12.500 tỉ đồng; thu ngân sách trên"
       " địa bàn 350 tỉ đồng.",
       {"rate equal 12500 tỉ đồng | tổng giá trị sản xuất", "rate equal 350 tỉ đồng | thu ngân sách trên địa bàn"}},
      {"town-budget-two-units",
       "Thị xã phấn đấu năm 2025 tổng thu ngân sách nhà nước 1.205 tỉ 300 triệu đồng.",
       {"rate equal 1205300 triệu đồng | tổng thu ngân sách nhà nước"}},
      {"cooperative-turnover-two-units", "Hợp tác xã phấn đấu năm 2025 doanh thu đạt 3 tỷ 500 triệu đồng.",
       {"rate equal 3500 triệu đồng | doanh thu"}},
      {"province-exports", "Tỉnh phấn đấu năm 2025 giá trị xuất khẩu đạt 2.400 triệu USD.",
       {"rate equal 2400 triệu USD | giá trị xuất khẩu"}},
      {"gift-worth", "Tại buổi lễ, Hội Chữ thập đỏ trao 200 suất quà, mỗi suất trị giá 500 nghìn đồng.", {}},
      {"output-reported", "Năm 2024, tổng giá trị sản xuất của huyện đã đạt 11.900 tỉ đồng.", {}},
  };
  expect_targets(cases);
}

// "giữ vững 5/5 phường văn minh đô thị", "xây dựng 16/16 xã, phường an toàn …": a level written as N of
// the M units there are is N of the noun after it, nouns counted together ("xã, thị trấn") one unit;
// "tỷ lệ giảm nghèo 0,7%" is a rate named by what it measures, not a change (vi-thanh-2024,
// phan-rang-2016). Reported ("đã có 12/14 xã") none; "giảm 1,5% tỷ lệ hộ nghèo" stays a change.
TEST(PlanPatterns88, NOfTheUnitsAndARateNamedByAChangeAreLevels) {
  const TargetCase cases[] = {
      {"town-civilised-wards", "Năm 2025, thị xã phấn đấu giữ vững 7/7 phường đạt chuẩn văn minh đô thị.",
       {"rate equal 7 phường | phường đạt chuẩn văn minh đô thị"}},
      {"district-new-rural-communes",
       "Huyện phấn đấu năm 2025 xây dựng 12/14 xã, thị trấn đạt chuẩn nông thôn mới.",
       {"rate equal 12 xã, thị trấn | xã, thị trấn đạt chuẩn nông thôn mới"}},
      {"schools-national-standard",
       "Phòng Giáo dục phấn đấu năm học 2025 - 2026 có 18/20 trường đạt chuẩn quốc gia.",
       {"rate equal 18 trường | trường đạt chuẩn quốc gia"}},
      {"poverty-and-population-rates",
       "Huyện phấn đấu năm 2025 tỷ lệ giảm nghèo 1,5%; tỷ lệ tăng dân số tự nhiên dưới 1%.",
       {"rate equal 1.5 % | tỷ lệ giảm nghèo", "rate at_most 1 % | tỷ lệ tăng dân số tự nhiên"}},
      {"communes-reported", "Năm 2024, huyện đã có 12/14 xã đạt chuẩn nông thôn mới.", {}},
      {"a-real-change", "Huyện phấn đấu năm 2025 giảm 1,5% tỷ lệ hộ nghèo.",
       {"change decrease 1.5 % | tỷ lệ hộ nghèo"}},
  };
  expect_targets(cases);
}

// Several movements listed in a later sentence, each with its own head or after the first one's period
// ("phong trào thi đua “A”; phong trào “B”", "3 phong trào thi đua “A”, cuộc vận động “B”, “C”", "các
// phong trào thi đua “A” giai đoạn 2021-2025, “B”"): tasks the body carries on, none the text's
// movement, and the first one's period is not the movement's span (binh-dinh-2018, can-tho-2023,
// phu-ninh-2022). One movement launched, a clause after its comma, stays.
TEST(PlanPatterns88, MovementsListedWithTheirOwnHeadsAreNoneOfThemTheTexts) {
  const std::vector<test::FieldCase> names = {
      {"veterans-two-movements",
       "Ngày 5/1/2024, Hội Cựu chiến binh huyện Hòa Vang tổ chức hội nghị triển khai công tác năm 2024. Năm"
       " 2024, Hội tập trung thực hiện phong trào thi đua “Cựu chiến binh gương mẫu”; phong trào “Cựu chiến"
       " binh giúp nhau giảm nghèo, làm kinh tế giỏi”.",
       ""},
      {"labour-three-movements-and-a-campaign",
       "Ngày 10/1/2024, Liên đoàn Lao động tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2024. Liên đoàn sẽ"
       " triển khai 3 phong trào thi đua “Lao động giỏi, lao động sáng tạo”, cuộc vận động “Xây dựng người"
       " công nhân Việt Nam thời kỳ mới”, “Xanh - sạch - đẹp”.",
       ""},
      {"agriculture-movements-with-a-period",
       "Ngày 12/1/2024, Sở Nông nghiệp tổ chức hội nghị tổng kết công tác năm 2023. Năm 2024, Sở triển khai"
       " các phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới” giai đoạn 2021-2025, “Cả nước"
       " chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”.",
       ""},
      {"farmers-one-movement",
       "Ngày 15/3/2024, Hội Nông dân tỉnh tổ chức hội nghị triển khai công tác năm 2024. Tại hội nghị, Hội"
       " phát động phong trào thi đua “Nông dân thi đua sản xuất, kinh doanh giỏi” năm 2024.",
       "Nông dân thi đua sản xuất, kinh doanh giỏi"},
      {"youth-one-movement-then-a-clause",
       "Ngày 26/3/2024, Đoàn Thanh niên phường tổ chức hội nghị triển khai công tác năm 2024. Tại hội nghị,"
       " Đoàn phát động phong trào “Tuổi trẻ sáng tạo vì cộng đồng”, thu hút hơn 2.000 đoàn viên tham gia.",
       "Tuổi trẻ sáng tạo vì cộng đồng"},
  };
  expect_field("/movement/name", names);
  expect_field("/movement/start", {{"agriculture-period", names[2].text, ""}});
}

// "phát động phong trào thi đua yêu nước năm 2017 tới các cấp Hội …", "… yêu nước trong công nhân viên
// chức lao động năm 2014": the patriotic emulation every body runs each year, told only by its year or
// its scope, names no movement (lai-chau-2017; focus hcm-2014). Named by a purpose ("chào mừng …"), a
// quote, or a time of its own ("cuối năm 2024"), it does.
TEST(PlanPatterns88, TheYearlyPatrioticEmulationToldByYearOrScopeIsNoName) {
  expect_field("/movement/name", {
      {"veterans-year-and-levels",
       "Ban Thường vụ Hội Cựu chiến binh tỉnh phát động phong trào thi đua yêu nước năm 2024 tới các cấp hội"
       " trong tỉnh.",
       ""},
      {"labour-scope-then-year",
       "Liên đoàn Lao động huyện phát động phong trào thi đua yêu nước trong đoàn viên, người lao động năm"
       " 2025.",
       ""},
      {"farmers-year-and-levels", "Hội Nông dân tỉnh Long An phát động phong trào thi đua năm 2024 tới các cấp hội.", ""},
      {"teachers-with-a-purpose",
       "Công đoàn ngành Giáo dục phát động phong trào thi đua yêu nước trong đội ngũ nhà giáo chào mừng đại"
       " hội Công đoàn các cấp.",
       "phong trào thi đua yêu nước trong đội ngũ nhà giáo chào mừng đại hội Công đoàn các cấp"},
      {"health-quoted", "Sở Y tế phát động phong trào thi đua yêu nước “Cán bộ y tế làm theo lời Bác” năm 2024.",
       "Cán bộ y tế làm theo lời Bác"},
      {"tax-year-end", "Cục Thuế tỉnh phát động phong trào thi đua cuối năm 2024 trong toàn ngành.",
       "phong trào thi đua cuối năm 2024"},
  });
}

// "X phát động đợt cao điểm …. Theo đó, từ ngày A đến ngày B, các đơn vị sẽ …": the sentence going on
// with "Theo đó" from the one launching a campaign gives the campaign's period (mps-2024 had none). Not
// after a review or a meeting that launches nothing, nor a period of results ("đã bắt giữ").
TEST(PlanPatterns88, ThePeriodGoingOnWithTheoDoFromTheLaunchIsTheCampaigns) {
  const std::vector<test::FieldCase> starts = {
      {"police-tet-peak",
       "Ngày 1/12/2024, Công an tỉnh Bình Phước phát động đợt cao điểm tấn công, trấn áp tội phạm dịp Tết."
       " Theo đó, từ ngày 15/12/2024 đến ngày 28/2/2025, các đơn vị sẽ đồng loạt ra quân tuần tra, kiểm soát.",
       "2024-12-15"},
      {"youth-summer-campaign",
       "Ngày 5/6/2024, Huyện đoàn Củ Chi phát động chiến dịch thanh niên tình nguyện hè năm 2024. Theo đó, từ"
       " ngày 10/6/2024 đến ngày 31/8/2024, đoàn viên các xã sẽ ra quân làm sạch kênh rạch.",
       "2024-06-10"},
      {"farmers-movement",
       "Ngày 20/3/2024, Hội Nông dân tỉnh phát động phong trào thi đua “Nông dân chung tay bảo vệ môi"
       " trường”. Theo đó, từ ngày 1/4/2024 đến ngày 31/12/2024, các cơ sở hội tổ chức thu gom rác thải.",
       "2024-04-01"},
      {"police-review-results",
       "Ngày 1/12/2024, Công an tỉnh tổ chức hội nghị tổng kết công tác năm 2024. Theo đó, từ ngày 15/12/2023"
       " đến ngày 14/12/2024, lực lượng Công an đã bắt giữ 320 đối tượng.",
       ""},
      {"disaster-meeting-no-launch",
       "Ngày 10/5/2024, UBND huyện tổ chức hội nghị triển khai công tác phòng, chống thiên tai. Theo đó, từ"
       " ngày 15/5/2024 đến ngày 30/11/2024, các xã bố trí lực lượng trực 24/24 giờ.",
       ""},
  };
  expect_field("/movement/start", starts);
  expect_field("/movement/end", {{"police-tet-peak-end", starts[0].text, "2025-02-28"}});
}

// A theme or a motto whose closing mark was forgotten: "với chủ đề: “Đoàn kết, trách nhiệm, sáng tạo,
// Quyết thắng." — three or more short words or pairs between commas, to the sentence's stop or the
// line's end, are the whole quote, not its first item (ninh-thuan-2020 kept "Đoàn kết"). A comma before
// a clause ("“Tuổi trẻ sáng tạo, tổ chức nhiều hoạt động …") still ends it.
TEST(PlanPatterns88, AnUnclosedMottoOfShortItemsRunsToTheStop) {
  expect_field("/movement/theme", {
      {"regiment-theme",
       "Ngày 2/1/2025, Trung đoàn 88 phát động đợt thi đua cao điểm với chủ đề: “Đoàn kết, kỷ cương, sáng tạo,"
       " quyết thắng.",
       "Đoàn kết, kỷ cương, sáng tạo, quyết thắng"},
      {"women-theme-at-line-end",
       "Ngày 8/3/2025, Hội Liên hiệp Phụ nữ tỉnh phát động thi đua năm 2025 với chủ đề “Đoàn kết, sáng tạo,"
       " hội nhập, phát triển",
       "Đoàn kết, sáng tạo, hội nhập, phát triển"},
      {"youth-theme-then-a-clause",
       "Ngày 26/3/2025, Đoàn Thanh niên xã phát động phong trào thi đua với chủ đề “Tuổi trẻ sáng tạo, tổ chức"
       " nhiều hoạt động thiết thực tại địa phương.",
       "Tuổi trẻ sáng tạo"},
      {"police-theme-then-a-clause",
       "Ngày 10/4/2025, Công an huyện phát động phong trào thi đua với chủ đề “Vì nhân dân phục vụ, các đơn vị"
       " đăng ký 20 công trình.",
       "Vì nhân dân phục vụ"},
  });
  expect_field("/movement/motto", {
      {"hospital-motto",
       "Ngày 6/1/2025, Bệnh viện Đa khoa tỉnh phát động phong trào thi đua năm 2025 với khẩu hiệu hành động"
       " “Tận tâm, chuyên nghiệp, an toàn.",
       "Tận tâm, chuyên nghiệp, an toàn"},
  });
}

// "phát động phong trào thi đua ngành Tư pháp năm 2021" — a sector's yearly emulation told by the sector
// and the year only — names no movement; the movement a plan then names after a colon ("1. Phong trào
// thi đua: “Ngành Tư pháp đoàn kết, …”") is its name (moj-2021). With a purpose ("… ngành Giáo dục chào
// mừng …") the sector's campaign keeps its name; a colon before no quote names none.
TEST(PlanPatterns88, ASectorsYearlyEmulationGivesWayToTheNameAfterAColon) {
  expect_field("/movement/name", {
      {"finance-plan-numbered",
       "Ngày 15/1/2025, Bộ Tài chính ban hành kế hoạch phát động phong trào thi đua ngành Tài chính năm 2025."
       " Theo đó, nội dung phát động gồm: 1. Phong trào thi đua: “Ngành Tài chính đoàn kết, đổi mới, hoàn thành"
       " xuất sắc nhiệm vụ”.",
       "Ngành Tài chính đoàn kết, đổi mới, hoàn thành xuất sắc nhiệm vụ"},
      {"health-sector-year", "Ngày 10/1/2025, Sở Y tế tỉnh Quảng Trị phát động phong trào thi đua ngành Y tế năm 2025.",
       ""},
      {"customs-colon-quote",
       "Ngày 3/2/2025, Cục Hải quan tỉnh phát động phong trào thi đua: “Hải quan chuyên nghiệp, minh bạch, hiệu"
       " quả” năm 2025.",
       "Hải quan chuyên nghiệp, minh bạch, hiệu quả"},
      {"education-sector-purpose",
       "Ngày 5/3/2025, Sở Giáo dục và Đào tạo phát động phong trào thi đua ngành Giáo dục chào mừng kỷ niệm 50"
       " năm Ngày giải phóng miền Nam.",
       "phong trào thi đua ngành Giáo dục chào mừng kỷ niệm 50 năm Ngày giải phóng miền Nam"},
      {"police-colon-no-quote",
       "Ngày 7/3/2025, Công an huyện phát động phong trào thi đua: các đơn vị đăng ký chỉ tiêu thi đua trước"
       " ngày 15/3/2025.",
       ""},
  });
}

}  // namespace
}  // namespace thidua::text::plan
