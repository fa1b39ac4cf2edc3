// Session 25 (issue 14, s25-targets): targets and movement names of the former eval7 texts (written blind, never tuned on),
// read as SHAPES of administrative Vietnamese, not as their wordings. Every sentence below was written for
// these tests in sectors other than the text it came from (farming, banks, schools, health, labour,
// customs, tax, forestry, tourism, police), labelled by the Conventions (tests/fixtures/plans/README.md:
// Targets, Movement, and s11-texts' absolute targets) before the run; each positive fails on main aa5b722, each
// negative guards the rule's limit.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_field;
using test::expect_targets;
using test::TargetCase;

// "tỷ lệ hộ nghèo giảm còn 10,34%", "tỷ lệ trẻ em … còn dưới 18,2%": a rate named before its figure and
// brought down to a level ("còn", "giảm còn", "giảm xuống còn") is a rate to stay at most there, whatever
// it counts (tay-nguyen-2018 and cao-bang-2019 read a share, the first one equal); raised to a level
// ("tăng lên 95%") it is a level equal, not a change by 95; reported done it is none.
TEST(PlanPatterns92, ARateBroughtDownToALevelIsARateAtMost) {
  const TargetCase cases[] = {
      {"district-poor-households",
       "Năm 2025, huyện Mường Lát phấn đấu tỷ lệ hộ nghèo giảm còn 25,5%.",
       {"rate at_most 25.5 % | tỷ lệ hộ nghèo"}},
      {"school-dropouts",
       "Chỉ tiêu năm học 2024-2025: tỷ lệ học sinh bỏ học còn dưới 0,5%.",
       {"rate at_most 0.5 % | tỷ lệ học sinh bỏ học"}},
      {"labour-unemployment",
       "Sở Lao động phấn đấu năm 2025 tỷ lệ thất nghiệp khu vực thành thị giảm xuống"
       " còn 3%.",
       {"rate at_most 3 % | tỷ lệ thất nghiệp khu vực thành thị"}},
      {"bank-bad-debt",
       "Ngân hàng Nông nghiệp chi nhánh tỉnh phấn đấu năm 2025 tỷ lệ nợ xấu giảm còn"
       " 1,8%.",
       {"rate at_most 1.8 % | tỷ lệ nợ xấu"}},
      {"health-stunting",
       "Ngành y tế phấn đấu đến cuối năm 2025 tỷ lệ trẻ em suy dinh dưỡng thể thấp còi"
       " giảm còn 19,5%.",
       {"rate at_most 19.5 % | tỷ lệ trẻ em suy dinh dưỡng thể thấp còi"}},
      {"coverage-raised",
       "Bảo hiểm xã hội tỉnh phấn đấu năm 2025 tỷ lệ bao phủ bảo hiểm y tế tăng lên"
       " 95%.",
       {"rate equal 95 % | tỷ lệ bao phủ bảo hiểm y tế"}},
      {"reported-done",
       "Năm 2024, tỷ lệ hộ nghèo của xã Tân Lập đã giảm còn 4,2%, vượt chỉ tiêu đề"
       " ra.",
       {}},
  };
  expect_targets(cases);
}

// "Tổng vốn đầu tư … tăng khoảng 6% so với thực hiện năm 2018", "… giảm bình quân 3-5%/năm": what changes
// is named before the verb; "khoảng", "bình quân", "trung bình", "mỗi năm" say how the figure is taken
// (cao-bang-2019 measured "khoảng"); "%/năm" is the unit (a range keeps both ends); "so với thực hiện /
// kết quả năm Y" the year before is the previous year.
TEST(PlanPatterns92, AChangeNamedBeforeItsFigureTakesItsAdverbAndPerYearUnit) {
  const TargetCase cases[] = {
      {"farm-output-average",
       "Huyện Tam Nông phấn đấu đến năm 2030 tổng giá trị sản xuất nông nghiệp tăng"
       " bình quân 4,5%/năm.",
       {"change increase 4.5 %/năm | tổng giá trị sản xuất nông nghiệp"}},
      {"bank-loans-range",
       "Chi nhánh Ngân hàng Chính sách xã hội phấn đấu dư nợ cho vay hộ nghèo tăng"
       " 8-10%/năm.",
       {"change increase 10 8-10 %/năm | dư nợ cho vay hộ nghèo"}},
      {"labour-accidents-range",
       "Ngành lao động phấn đấu giảm số vụ tai nạn lao động bình quân 3-5%/năm.",
       {"change decrease 5 3-5 %/năm | số vụ tai nạn lao động"}},
      {"deposits-about",
       "Ngày 10/1/2025, chi nhánh ngân hàng phát động thi đua. Chỉ tiêu: tổng vốn huy"
       " động tăng khoảng 12% so với thực hiện năm 2024.",
       {"change increase 12 % prev | tổng vốn huy động"}},
      {"tax-revenue-average",
       "Cục Thuế tỉnh phấn đấu thu ngân sách nội địa tăng trung bình 9% mỗi năm.",
       {"change increase 9 % | thu ngân sách nội địa"}},
      {"customs-result-compared",
       "Ngày 8/1/2025, Cục Hải quan tỉnh phát động thi đua năm 2025, phấn đấu số thu"
       " thuế xuất nhập khẩu tăng 7% so với kết quả năm 2024.",
       {"change increase 7 % prev | số thu thuế xuất nhập khẩu"}},
      {"farm-output-done",
       "Giai đoạn 2021-2024, tổng giá trị sản xuất nông nghiệp của huyện đã tăng bình"
       " quân 4,2%/năm.",
       {}},
  };
  expect_targets(cases);
}

// "giảm hộ nghèo … 1,5-2%/năm (riêng các huyện nghèo … giảm 4%/năm; hộ nghèo dân tộc thiểu số giảm
// 3-4%/năm)": a bracket setting changes of its own ends the measure before it, each change inside names
// what changes before its verb, and a baseline after the bracket holds for both (ninh-thuan-2017 ran
// them together); "tăng lên 1,5 lần", "tăng gấp 2 lần" are changes by a multiple, unit "lần". A bracket
// with no change of its own ("(TNGT)") stays in the measure.
TEST(PlanPatterns92, ABracketSettingItsOwnChangesAndAMultipleAreTargetsOfTheirOwn) {
  const TargetCase cases[] = {
      {"farmers-poor-bracket",
       "Hội Nông dân tỉnh phấn đấu đến năm 2030 giảm tỷ lệ hộ nông dân nghèo bình quân"
       " 1-1,5%/năm (riêng các xã đặc biệt khó khăn giảm 3%/năm; hộ đồng bào dân tộc"
       " thiểu số giảm 2-3%/năm) theo chuẩn nghèo đa chiều.",
       {"change decrease 1.5 1-1.5 %/năm | tỷ lệ hộ nông dân nghèo",
        "change decrease 3 %/năm | các xã đặc biệt khó khăn",
        "change decrease 3 2-3 %/năm | hộ đồng bào dân tộc thiểu số"}},
      {"forest-fires-bracket",
       "Chi cục Kiểm lâm phấn đấu giảm số vụ cháy rừng 10% (riêng các huyện miền núi"
       " giảm 15%) so với năm trước.",
       {"change decrease 10 % prev | số vụ cháy rừng",
        "change decrease 15 % prev | các huyện miền núi"}},
      {"income-multiple",
       "Năm 2025, huyện phấn đấu thu nhập bình quân đầu người của hộ đồng bào dân tộc"
       " thiểu số tăng lên 1,5 lần so với năm 2020.",
       {"change increase 1.5 lần | thu nhập bình quân đầu người của hộ đồng bào dân tộc"
        " thiểu số"}},
      {"exports-double",
       "Tỉnh phấn đấu đến năm 2030 kim ngạch xuất khẩu nông sản tăng gấp 2"
       " lần.",
       {"change increase 2 lần | kim ngạch xuất khẩu nông sản"}},
      {"tourists-triple",
       "Năm 2025, ngành du lịch phấn đấu số lượt khách quốc tế tăng lên gấp 3 lần so"
       " với năm 2019.",
       {"change increase 3 lần | số lượt khách quốc tế"}},
      {"acronym-bracket",
       "Công an tỉnh phấn đấu giảm 5% số vụ tai nạn giao thông (TNGT) trên địa"
       " bàn.",
       {"change decrease 5 % | số vụ tai nạn giao thông (TNGT) trên địa bàn"}},
  };
  expect_targets(cases);
}

// "đạt trên 275,4 nghìn tấn": a scale word before a unit is part of the unit; "tăng thêm ít nhất 1
// trường chuẩn quốc gia": units added, counted, are a level (rate), not a change (cao-bang-2019); "có 1
// đơn vị được nhận cờ thi đua …" counts units to win a title (vov-2011); the units that "sẽ thi đua"
// under a pledge or agree on it ("thống nhất") are its parties, and units counted as
// the subject of what they did ("đã …") report it, and units awarded ("tặng … cho 6 đơn vị") were
// given to: no level.
TEST(PlanPatterns92, ALevelCountedWithAScaleOrAddedIsARate) {
  const TargetCase cases[] = {
      {"fishery-thousand-tonnes",
       "Chỉ tiêu năm 2025: sản lượng thủy sản đạt trên 120,5 nghìn tấn.",
       {"rate above 120.5 nghìn tấn | sản lượng thủy sản"}},
      {"coffee-thousand-tonnes",
       "Huyện phấn đấu năm 2025 sản lượng cà phê nhân đạt 45 ngàn tấn.",
       {"rate equal 45 ngàn tấn | sản lượng cà phê nhân"}},
      {"schools-added",
       "Chỉ tiêu năm 2025: mỗi huyện tăng thêm ít nhất 2 trường chuẩn quốc gia.",
       {"rate at_least 2 trường | trường chuẩn quốc gia"}},
      {"cooperatives-added",
       "Liên minh Hợp tác xã phấn đấu mỗi xã tăng thêm 1 hợp tác xã kiểu mới.",
       {"rate equal 1 hợp tác xã | hợp tác xã kiểu mới"}},
      {"units-to-win-flags",
       "Các trường phấn đấu đến cuối năm học có 2 đơn vị được nhận Cờ thi đua của Bộ và"
       " 3 đơn vị được tặng Bằng khen.",
       {"rate equal 2 đơn vị | đơn vị được nhận Cờ thi đua của Bộ",
        "rate equal 3 đơn vị | đơn vị được tặng Bằng khen"}},
      {"units-agree",
       "Theo giao ước, 8 đơn vị thống nhất thực hiện tốt nhiệm vụ chính trị, phấn đấu có 2"
       " đơn vị được tặng Cờ thi đua của tỉnh.",
       {"rate equal 2 đơn vị | đơn vị được tặng Cờ thi đua của tỉnh"}},
      {"units-reported",
       "Tại hội nghị, 12 đơn vị thành viên của Khối đã thảo luận, góp ý kiến vào chương"
       " trình công tác năm 2025 và đăng ký giao ước thi đua.",
       {}},
      {"awards-given-to-units",
       "Tại hội nghị, Giám đốc Sở tặng Bằng khen cho 6 đơn vị hoàn thành xuất sắc chỉ tiêu năm 2024.",
       {}},
      {"parties-who-emulate",
       "Theo giao ước, 6 đơn vị trong cụm sẽ thi đua hoàn thành xuất sắc nhiệm vụ được"
       " giao; 100% cán bộ hoàn thành tốt nhiệm vụ.",
       {"share equal 100 % | cán bộ hoàn thành tốt nhiệm vụ"}},
  };
  expect_targets(cases);
}

// "Mức giảm tỷ suất sinh 0,08‰" (written "%o"), "mức tăng dư nợ tín dụng 12%": the size of a change
// named as what is measured is a level (rate) of its own, no change of what follows (cao-bang-2019).
TEST(PlanPatterns92, TheSizeOfAChangeNamedMucGiamIsALevel) {
  const TargetCase cases[] = {
      {"birth-rate-permille",
       "Chỉ tiêu năm 2025: mức giảm tỷ suất sinh 0,1%o; tỷ lệ tăng dân số tự nhiên"
       " 0,9%.",
       {"rate equal 0.1 %o | mức giảm tỷ suất sinh",
        "rate equal 0.9 % | tỷ lệ tăng dân số tự nhiên"}},
      {"poverty-reduction",
       "Huyện phấn đấu năm 2025 mức giảm tỷ lệ hộ nghèo 1,5%.",
       {"rate equal 1.5 % | mức giảm tỷ lệ hộ nghèo"}},
      {"credit-growth",
       "Ngân hàng phấn đấu năm 2025 mức tăng dư nợ tín dụng 12%.",
       {"rate equal 12 % | mức tăng dư nợ tín dụng"}},
      {"crime-cut",
       "Công an huyện phấn đấu mức giảm số vụ phạm tội về trật tự xã hội trên"
       " 5%.",
       {"rate above 5 % | mức giảm số vụ phạm tội về trật tự xã hội"}},
      {"fires-cut",
       "Phòng Cảnh sát PCCC phấn đấu năm 2025 mức giảm số vụ cháy 10%.",
       {"rate equal 10 % | mức giảm số vụ cháy"}},
  };
  expect_targets(cases);
}

// "tháng thi đua cao điểm chào mừng …", "tuần thi đua cao điểm (từ ngày … đến …) chào mừng …", "đợt thi
// đua cao điểm của tuổi trẻ CAND chào mừng …": a campaign whose span is a month or a week is named like
// "đợt thi đua", and whose campaign it is ("của …") or its dated span in a bracket, between its kind and
// its purpose, stays in the name (mps-2023 and son-la-2019 had none); a month spoken of back, or a
// month that is no emulation, names none.
TEST(PlanPatterns92, ACampaignOfAMonthOrWeekOrOfItsOwnersIsNamedByItsPurpose) {
  expect_field("/movement/name", {
      {"peak-of-border-youth",
       "Ngày 3/3/2025, Ban Thanh niên tổ chức phát động đợt thi đua cao điểm của tuổi"
       " trẻ Bộ đội Biên phòng chào mừng kỷ niệm 50 năm Ngày giải phóng miền"
       " Nam.",
       "đợt thi đua cao điểm của tuổi trẻ Bộ đội Biên phòng chào mừng kỷ niệm 50 năm"
       " Ngày giải phóng miền Nam"},
      {"peak-of-police-youth",
       "Ngày 1/6/2024, Đoàn Thanh niên Công an tỉnh phát động đợt thi đua cao điểm của"
       " đoàn viên thanh niên hướng tới kỷ niệm 79 năm Ngày truyền thống Công an nhân"
       " dân.",
       "đợt thi đua cao điểm của đoàn viên thanh niên hướng tới kỷ niệm 79 năm Ngày"
       " truyền thống Công an nhân dân"},
      {"women-peak-month",
       "Sáng 1/4/2024, Hội Liên hiệp Phụ nữ tỉnh phát động tháng thi đua cao điểm chào"
       " mừng Đại hội Phụ nữ tỉnh lần thứ XVII.",
       "tháng thi đua cao điểm chào mừng Đại hội Phụ nữ tỉnh lần thứ XVII"},
      {"health-union-peak-week",
       "Ngày 10/8/2024, Công đoàn ngành Y tế phát động tuần thi đua cao điểm (từ ngày"
       " 12/8 đến 18/8/2024) chào mừng Đại hội Công đoàn tỉnh lần thứ XV.",
       "tuần thi đua cao điểm (từ ngày 12/8 đến 18/8/2024) chào mừng Đại hội Công đoàn"
       " tỉnh lần thứ XV"},
      {"month-spoken-of",
       "Trong tháng thi đua này, các đơn vị đã hoàn thành tốt kế hoạch công tác.",
       ""},
      {"youth-month-not-emulation",
       "Tháng Thanh niên năm 2024 có nhiều hoạt động thiết thực tại các cơ sở"
       " Đoàn.",
       ""},
  });
}

// "Nhằm tiếp tục đẩy mạnh các phong trào thi đua yêu nước trên địa bàn tỉnh, UBND tỉnh … phát động đợt thi
// đua đặc biệt …": movements in general, plural ("các", like "nhiều", "những"), the aim a plan opens with,
// name no movement and do not hide the campaign launched after them (dak-lak-2024 had none).
TEST(PlanPatterns92, PluralMovementsInAPlansAimNameNone) {
  expect_field("/movement/name", {
      {"district-after-plural-aim",
       "Nhằm tiếp tục đẩy mạnh các phong trào thi đua yêu nước trên địa bàn huyện, ngày"
       " 2/3/2025, UBND huyện ban hành kế hoạch phát động đợt thi đua đặc biệt lập"
       " thành tích chào mừng kỷ niệm 50 năm Ngày giải phóng huyện.",
       "đợt thi đua đặc biệt lập thành tích chào mừng kỷ niệm 50 năm Ngày giải phóng"
       " huyện"},
      {"youth-after-plural-aim",
       "Tiếp nối các phong trào thi đua thiết thực của tuổi trẻ, ngày 15/3/2025, Huyện"
       " đoàn Cần Giờ phát động đợt thi đua cao điểm chào mừng Đại hội Đoàn huyện lần"
       " thứ XII.",
       "đợt thi đua cao điểm chào mừng Đại hội Đoàn huyện lần thứ XII"},
      {"plural-movements-alone",
       "Năm 2024, các phong trào thi đua yêu nước của huyện được đẩy mạnh trên mọi lĩnh"
       " vực.",
       ""},
  });
}
// "Đợt 1: Từ … đến … với chủ đề Thi đua “Mừng Đảng, mừng xuân …”", "phương châm thi đua “…”": after a
// theme's or a motto's cue, "thi đua" says whose theme it is and the quote names no movement — it is the
// phase's title (ha-noi-2019 had none: the quote was read as a movement's name); an unquoted purpose
// after the dates still titles its phase.
TEST(PlanPatterns92, AThemeQuotedAfterChuDeThiDuaTitlesItsPhase) {
  const std::pair<const char*, const char*> texts[] = {
      {"farmers-two-phases",
       "Ngày 5/1/2025, Hội Nông dân xã phát động phong trào thi đua năm 2025, chia làm"
       " 2 đợt. Đợt 1: Từ 1/1/2025 đến 30/6/2025 với chủ đề thi đua “Nông dân chung sức"
       " xây dựng nông thôn mới”. Đợt 2: Từ 1/7/2025 đến 31/12/2025 với chủ đề thi đua"
       " “Nông dân thi đua sản xuất giỏi”."},
      {"school-first-phase",
       "Ngày 3/9/2024, Trường THCS Lê Lợi phát động thi đua năm học 2024-2025 theo 2"
       " đợt. Đợt 1: Từ ngày 5/9/2024 đến 20/11/2024 với chủ đề Thi đua “Dạy tốt, học"
       " tốt chào mừng ngày Nhà giáo Việt Nam”. Đợt 2: Từ ngày 21/11/2024 đến"
       " 31/5/2025."},
      {"police-motto-phase",
       "Ngày 1/3/2025, Công an xã phát động thi đua theo 2 đợt. Đợt 1 (từ 1/3 đến"
       " 30/4/2025): phương châm thi đua “Xung kích, sáng tạo, vì nhân dân phục vụ”."
       " Đợt 2 (từ 1/5 đến 31/8/2025): chào mừng Quốc khánh 2/9."},
      {"health-union-phases",
       "Ngày 10/1/2025, Công đoàn Bệnh viện tỉnh phát động thi đua năm 2025 gồm 2 đợt."
       " Đợt 1: Từ 10/1/2025 đến 30/6/2025 với chủ đề thi đua “Thầy thuốc như mẹ hiền”."
       " Đợt 2: Từ 1/7/2025 đến 31/12/2025 với chủ đề thi đua “Đổi mới phong cách, thái"
       " độ phục vụ”."},
      {"women-phases",
       "Ngày 8/1/2025, Hội Phụ nữ huyện phát động thi đua chia 2 đợt. Đợt 1: Từ"
       " 8/1/2025 đến 8/3/2025 với chủ đề thi đua “Phụ nữ tự tin, tự lập”. Đợt 2: Từ"
       " 9/3/2025 đến 20/10/2025 với chủ đề thi đua “Phụ nữ chung tay xây dựng gia đình"
       " hạnh phúc”."},
  };
  const std::vector<std::vector<std::optional<std::string>>> titles = {
      {"Nông dân chung sức xây dựng nông thôn mới", "Nông dân thi đua sản xuất giỏi"},
      {"Dạy tốt, học tốt chào mừng ngày Nhà giáo Việt Nam", std::nullopt},
      {"Xung kích, sáng tạo, vì nhân dân phục vụ", "chào mừng Quốc khánh 2/9"},
      {"Thầy thuốc như mẹ hiền", "Đổi mới phong cách, thái độ phục vụ"},
      {"Phụ nữ tự tin, tự lập", "Phụ nữ chung tay xây dựng gia đình hạnh phúc"},
  };
  for (size_t k = 0; k < std::size(texts); ++k) {
    SCOPED_TRACE(texts[k].first);
    const nlohmann::json r = test::parse(texts[k].second);
    std::vector<std::optional<std::string>> got;
    for (const nlohmann::json& p : r["phases"])
      got.push_back(p["title"].is_null() ? std::nullopt : std::optional<std::string>(p["title"].get<std::string>()));
    EXPECT_EQ(got, titles[k]);
  }
}
// "triển khai phong trào Dạy tốt - Học tốt gắn với …", "phong trào Giỏi việc nước - Đảm việc nhà": a
// movement named without quotes and without "thi đua" by capitalised parts joined by dashes, after a
// lower-case "phong trào", is its name (phu-yen-2019 had none); one capitalised word ("phong trào Nông
// dân") names none.
TEST(PlanPatterns92, CapitalisedPartsJoinedByDashesNameAMovement) {
  expect_field("/movement/name", {
      {"education-union-two-goods",
       "Ngày 5/9/2024, Công đoàn ngành Giáo dục huyện triển khai phong trào Dạy tốt -"
       " Học tốt trong các trường học.",
       "Dạy tốt - Học tốt"},
      {"women-nation-and-home",
       "Ngày 8/3/2024, Hội Liên hiệp Phụ nữ xã phát động phong trào Giỏi việc nước -"
       " Đảm việc nhà năm 2024.",
       "Giỏi việc nước - Đảm việc nhà"},
      {"youth-green-clean",
       "Ngày 10/5/2024, Đoàn Thanh niên phường phát động phong trào Xanh - Sạch - Đẹp"
       " tại các khu dân cư.",
       "Xanh - Sạch - Đẹp"},
      {"police-study-train",
       "Ngày 2/4/2024, Công an huyện phát động phong trào Học tập - Rèn luyện - Lập"
       " công trong toàn đơn vị.",
       "Học tập - Rèn luyện - Lập công"},
      {"veterans-two-parts",
       "Sáng 12/6/2024, Hội Cựu chiến binh tỉnh phát động phong trào Cựu chiến binh"
       " gương mẫu - Làm kinh tế giỏi trong hội viên.",
       "Cựu chiến binh gương mẫu - Làm kinh tế giỏi"},
      {"one-capitalised-word",
       "Ngày 2/4/2024, Hội Nông dân xã tổng kết phong trào Nông dân năm 2024 và trao"
       " thưởng.",
       ""},
  });
}
// "phong trào thi đua cả xã chung sức xây dựng Nông thôn mới nâng cao", "… toàn dân giữ gìn vệ sinh môi
// trường": a slogan whose subject is the whole community of a place ("cả nước", "cả xã", "toàn dân") is
// the movement's name without "phong trào thi đua" (ky-thu-2022 kept it), with or without "thi đua"; the
// place and a year only ("cả tỉnh năm 2024") is no slogan (main's reading kept), and one listed after ";"
// among others is none of the text's.
TEST(PlanPatterns92, ASloganOfTheWholeCommunityIsTheName) {
  expect_field("/movement/name", {
      {"commune-new-rural",
       "Chiều 25/4/2023, UBND xã Hòa Bình tổ chức lễ phát động phong trào thi đua cả xã"
       " chung sức xây dựng nông thôn mới kiểu mẫu.",
       "cả xã chung sức xây dựng nông thôn mới kiểu mẫu"},
      {"province-poor",
       "Ngày 2/10/2024, UBND tỉnh phát động phong trào thi đua cả tỉnh chung tay vì"
       " người nghèo.",
       "cả tỉnh chung tay vì người nghèo"},
      {"district-civilised",
       "Sáng 5/3/2024, Huyện ủy phát động phong trào thi đua cả huyện chung sức xây"
       " dựng đô thị văn minh năm 2024.",
       "cả huyện chung sức xây dựng đô thị văn minh"},
      {"ward-whole-people",
       "Ngày 9/5/2024, UBND phường phát động phong trào thi đua toàn dân giữ gìn vệ"
       " sinh môi trường tại các khu phố.",
       "toàn dân giữ gìn vệ sinh môi trường"},
      {"village-without-thi-dua",
       "Ngày 1/6/2024, Ban Công tác Mặt trận thôn phát động phong trào cả thôn chung"
       " sức làm đường giao thông.",
       "cả thôn chung sức làm đường giao thông"},
      {"whole-province-by-year",
       "Ngày 1/6/2024, UBND tỉnh phát động phong trào thi đua cả tỉnh năm 2024.",
       "phong trào thi đua cả tỉnh năm 2024"},
      {"listed-among-others",
       "Năm 2025, huyện tiếp tục thực hiện các phong trào do tỉnh phát động như xây"
       " dựng đô thị văn minh; phong trào cả nước chung tay vì người nghèo.",
       ""},
  });
}
}  // namespace
}  // namespace thidua::text::plan
