// The ways Vietnamese administrative prose writes dates, lists, ranges and roles that texts
// never seen before use (issue 14). Every sentence here was written for the test in the pattern
// of real articles; none is copied from them.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "core/error.h"
#include "text/plan/plan_parser.h"

namespace thidua::text::plan {
namespace {

using nlohmann::json;

json parse(const std::string& text) { return parse_plan(text); }

const json* target_with_measure(const json& r, const std::string& measure) {
  for (const json& t : r["targets"])
    if (t["measure"] == measure) return &t;
  return nullptr;
}

// ---- dates written with a dash and no year ------------------------------------------------

TEST(PlanDashDates, ADayWrittenWithADashTakesItsYearFromTheDateline) {
  const json r = parse(
      "Công an huyện Yên Thành phát động thi đua cao điểm\n\nThứ Ba, 05/03/2024 - 08:10\n\n"
      "Ngày 4-3, Công an huyện Yên Thành tổ chức lễ phát động phong trào thi đua “Vì an ninh Tổ quốc”.");
  EXPECT_EQ(r["event"]["date"], "2024-03-04");
  // The officer is told the year was not written.
  EXPECT_EQ(r["provenance"]["event.date"]["how"], "inferred");
  EXPECT_EQ(r["provenance"]["event.date"]["source"], "4-3");
}

TEST(PlanDashDates, AMorningWithADashAndARangeEndingInAYearGiveTheMovementsStart) {
  const json r = parse(
      "Công an xã Hòa Bình phát động thi đua\n\nSáng 21-5, Công an xã Hòa Bình tổ chức lễ phát động phong "
      "trào thi đua đặc biệt, thời gian thi đua từ ngày 19-5 đến 19-8-2025.");
  EXPECT_EQ(r["movement"]["start"], "2025-05-19");
  EXPECT_EQ(r["movement"]["end"], "2025-08-19");
  EXPECT_EQ(r["provenance"]["movement.start"]["how"], "inferred");
  EXPECT_EQ(r["provenance"]["movement.end"]["how"], "explicit");
  EXPECT_EQ(r["event"]["date"], "2025-05-21");
}

TEST(PlanDashDates, AFigureRangeIsNotADate) {
  const json r = parse("Kế hoạch thi đua\n\nPhấn đấu kéo giảm 3-5% số vụ phạm tội về trật tự xã hội.");
  EXPECT_EQ(r["event"]["date"], nullptr);
  ASSERT_EQ(r["targets"].size(), 1u);
  EXPECT_EQ(r["targets"][0]["value_min"], 3);
  EXPECT_EQ(r["targets"][0]["value_max"], 5);
}

// ---- content areas listed inline after a count ---------------------------------------------

TEST(PlanInlineContents, AnInlineListAfterACountOfContentsIsRead) {
  const json r = parse(
      "Phường Đông Sơn phát động phong trào thi đua\n\nPhong trào được triển khai với 3 nội dung chính gồm: "
      "Thi đua giữ gìn an ninh, trật tự tại khu dân cư; Thi đua phòng cháy, chữa cháy; Thi đua xây dựng "
      "mô hình tự quản.");
  EXPECT_EQ(r["contents"], (json{"Thi đua giữ gìn an ninh, trật tự tại khu dân cư", "Thi đua phòng cháy, chữa cháy",
                                 "Thi đua xây dựng mô hình tự quản"}));
}

TEST(PlanInlineContents, AListOfTargetsIsNotAListOfContents) {
  const json r = parse(
      "Khối thi đua ký giao ước\n\nKhối đưa ra nhiều nội dung, chỉ tiêu như: tội phạm hình sự giảm 4%; tỷ "
      "lệ điều tra đạt hơn 80%.");
  EXPECT_EQ(r["contents"], json::array());
  EXPECT_EQ(r["targets"].size(), 2u);
}

// ---- roles of units and members of a group -------------------------------------------------

TEST(PlanGroupRoles, ALeaderAssignedByTheMinistryAndADeputyStatedAsARoleOfAUnit) {
  const json r = parse(
      "Cụm thi đua số 3 ký kết giao ước thi đua năm 2025\n\nNăm 2025, Công an tỉnh Lào Cai được Bộ Công an "
      "phân công là đơn vị Cụm trưởng Cụm thi đua số 3, Công an tỉnh Yên Bái là đơn vị cụm phó.");
  ASSERT_TRUE(r["group"].is_object());
  EXPECT_EQ(r["group"]["name"], "Cụm thi đua số 3");
  EXPECT_EQ(r["group"]["leader"], "Công an tỉnh Lào Cai");
  EXPECT_EQ(r["group"]["deputy"], "Công an tỉnh Yên Bái");
}

TEST(PlanGroupRoles, ABlocksDeputyIsAUnitOfTheCity) {
  const json r = parse(
      "Khối thi đua số 2 ký giao ước\n\nChiều 10/3/2025, Khối thi đua số 2 tổ chức hội nghị ký kết giao ước "
      "thi đua. Năm nay, Công an huyện Lạc Sơn làm Khối trưởng, Công an huyện Kim Bôi là đơn vị khối phó.");
  EXPECT_EQ(r["group"]["leader"], "Công an huyện Lạc Sơn");
  EXPECT_EQ(r["group"]["deputy"], "Công an huyện Kim Bôi");
}

TEST(PlanGroupRoles, MembersListedBeforeTheBracketedGroup) {
  const json r = parse(
      "Hội nghị ký kết giao ước thi đua\n\nSáng 12/3/2025, lãnh đạo Công an các tỉnh Lào Cai, Yên Bái, Hà "
      "Giang, Tuyên Quang và Phú Thọ (Cụm thi đua số 3) đã ký kết giao ước thi đua.");
  ASSERT_TRUE(r["group"].is_object());
  EXPECT_EQ(r["group"]["members"], (json{"Công an tỉnh Lào Cai", "Công an tỉnh Yên Bái", "Công an tỉnh Hà Giang",
                                         "Công an tỉnh Tuyên Quang", "Công an tỉnh Phú Thọ"}));
}

TEST(PlanGroupRoles, AClusterOfProvincesNamedWithoutThePoliceAndItsLeaderInBrackets) {
  const json r = parse(
      "Cụm thi đua số 9 tổng kết năm 2025\n\nNgày 20/11/2025, Cụm thi đua số 9 gồm các tỉnh: Cà Mau (đơn vị "
      "Cụm trưởng), Bạc Liêu, Kiên Giang và Sóc Trăng tổ chức hội nghị tổng kết.");
  EXPECT_EQ(r["group"]["members"], (json{"Công an tỉnh Cà Mau", "Công an tỉnh Bạc Liêu", "Công an tỉnh Kiên Giang",
                                         "Công an tỉnh Sóc Trăng"}));
  EXPECT_EQ(r["group"]["leader"], "Công an tỉnh Cà Mau");
}

// ---- ranges and compound targets -----------------------------------------------------------

TEST(PlanRangeTargets, ARangeKeepsBothEndsAndTheStricterOneAsItsValue) {
  const json r = parse(
      "Kế hoạch thi đua năm 2025\n\nCông an huyện phấn đấu giảm từ 3 đến 5% tội phạm hình sự; kéo giảm từ "
      "10% đến 15% số vụ cháy so với năm trước.");
  const json* crime = target_with_measure(r, "tội phạm hình sự");
  ASSERT_NE(crime, nullptr);
  EXPECT_EQ((*crime)["value"], 5);
  EXPECT_EQ((*crime)["value_min"], 3);
  EXPECT_EQ((*crime)["value_max"], 5);
  EXPECT_EQ((*crime)["unit"], "%");
  const json* fires = target_with_measure(r, "số vụ cháy");
  ASSERT_NE(fires, nullptr);
  EXPECT_EQ((*fires)["value_min"], 10);
  EXPECT_EQ((*fires)["value_max"], 15);
  EXPECT_EQ((*fires)["baseline"], "previous_year");
}

TEST(PlanRangeTargets, AnIncreaseWrittenWithBothEndsAsPercentages) {
  const json r = parse("Kế hoạch thi đua\n\nPhấn đấu tăng từ 3% đến 5% số vụ án ma túy được phát hiện.");
  ASSERT_EQ(r["targets"].size(), 1u);
  EXPECT_EQ(r["targets"][0]["direction"], "increase");
  EXPECT_EQ(r["targets"][0]["measure"], "số vụ án ma túy được phát hiện");
  EXPECT_EQ(r["targets"][0]["value"], 5);
  EXPECT_EQ(r["targets"][0]["value_min"], 3);
  EXPECT_EQ(r["targets"][0]["value_max"], 5);
}

TEST(PlanCompoundTargets, TwoRatesInOneClauseAreTwoTargets) {
  const json r = parse(
      "Kế hoạch thi đua\n\nPhấn đấu tỷ lệ điều tra khám phá án hình sự đạt 80% trở lên, riêng án rất "
      "nghiêm trọng và đặc biệt nghiêm trọng đạt 95% trở lên.");
  ASSERT_EQ(r["targets"].size(), 2u);
  EXPECT_EQ(r["targets"][0]["value"], 80);
  EXPECT_EQ(r["targets"][1]["measure"], "án rất nghiêm trọng và đặc biệt nghiêm trọng");
  EXPECT_EQ(r["targets"][1]["value"], 95);
  EXPECT_EQ(r["targets"][1]["direction"], "at_least");
}

TEST(PlanCompoundTargets, TwoSharesJoinedByAndAreTwoTargets) {
  const json r = parse(
      "Kế hoạch thi đua\n\nPhấn đấu bắt giữ 40% số đối tượng truy nã hiện có và 70% đối tượng truy nã mới.");
  ASSERT_EQ(r["targets"].size(), 2u);
  EXPECT_EQ(r["targets"][0]["value"], 40);
  EXPECT_EQ(r["targets"][1]["value"], 70);
  EXPECT_EQ(r["targets"][1]["measure"], "đối tượng truy nã mới");
}

TEST(PlanCompoundTargets, AllThreeCriteriaExpandIntoTheirMeasures) {
  const json r = parse(
      "Kế hoạch thi đua\n\nPhấn đấu kéo giảm tai nạn giao thông trên cả ba tiêu chí so với cùng kỳ năm trước.");
  ASSERT_EQ(r["targets"].size(), 3u);
  EXPECT_EQ(r["targets"][0]["measure"], "số vụ tai nạn giao thông");
  EXPECT_EQ(r["targets"][1]["measure"], "số người chết do tai nạn giao thông");
  EXPECT_EQ(r["targets"][2]["measure"], "số người bị thương do tai nạn giao thông");
  for (const json& t : r["targets"]) EXPECT_EQ(t["baseline"], "previous_year");
  EXPECT_EQ(r["provenance"]["targets[1]"]["how"], "inferred");
}

// ---- abbreviated positions -----------------------------------------------------------------

TEST(PlanAbbreviatedPositions, OfficersShorthandIsSpeltOut) {
  const json r = parse(
      "Xã Tân Phú phát động thi đua\n\nNgày 4/3/2025, Công an xã Tân Phú tổ chức lễ phát động phong trào thi "
      "đua. Dự lễ có ông Lê Văn Hùng, PCT.UBND xã Tân Phú; Thượng tá Trần Minh Đức, PGĐ Công an huyện; "
      "Đại úy Ngô Văn Bình, Trưởng CAX Tân Phú.");
  ASSERT_EQ(r["people"].size(), 3u);
  EXPECT_EQ(r["people"][0]["position"], "Phó Chủ tịch UBND xã Tân Phú");
  EXPECT_EQ(r["people"][1]["position"], "Phó Giám đốc Công an huyện");
  EXPECT_EQ(r["people"][2]["rank"], "Đại úy");
  EXPECT_EQ(r["people"][2]["position"].get<std::string>().rfind("Trưởng Công an xã", 0), 0u);
}

// ---- bad input -----------------------------------------------------------------------------

TEST(PlanBadInput, WindowsDash1258BytesAreConvertedAndSaidSo) {
  // "Công an tỉnh phát động phong trào thi đua" in Windows-1258: tones as separate bytes.
  const std::string cp1258 =
      "C\xF4ng an ti\xD2nh pha\xECt \xF0\xF4\xF2ng phong tra\xCCo thi \xF0ua\n\nNga\xCCy 5/3/2025, C\xF4ng an "
      "ti\xD2nh pha\xECt \xF0\xF4\xF2ng phong tra\xCCo thi \xF0ua.";
  const json r = parse(cp1258);
  EXPECT_EQ(r["title"], "Công an tỉnh phát động phong trào thi đua");
  EXPECT_EQ(r["event"]["date"], "2025-03-05");
  ASSERT_FALSE(r["notes"].empty());
  EXPECT_NE(r["notes"][0].get<std::string>().find("Windows-1258"), std::string::npos);
}

TEST(PlanBadInput, TcvnThreeBytesAreRefusedNamingTheEncoding) {
  // "Công an tỉnh phát động phong trào thi đua" typed with a .VnTime font (TCVN3 bytes).
  const std::string tcvn3 = "C\xABng an t\xDBnh ph\xb8t \xae\xe9ng phong tr\xb5o thi \xaeua";
  try {
    parse(tcvn3);
    ADD_FAILURE() << "accepted TCVN3";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kInvalid);
    EXPECT_NE(std::string(e.what()).find("TCVN3"), std::string::npos) << e.what();
  }
}

TEST(PlanBadInput, TcvnThreePastedAsLatinLettersIsRefusedNamingTheEncoding) {
  // The same bytes shown through a Latin-1 view and pasted as UTF-8: "C«ng an tØnh…".
  const std::string pasted = "C«ng an tØnh ph¸t ®éng phong trµo thi ®ua. §¬n vÞ ®¨ng ký thi ®ua.";
  try {
    parse(pasted);
    ADD_FAILURE() << "accepted TCVN3 letters";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("TCVN3"), std::string::npos) << e.what();
  }
}

TEST(PlanBadInput, HtmlTagsAreStripped) {
  const json r = parse(
      "<html><head><title>x</title><style>p{color:red}</style></head><body><h1>Công an xã Tân Phú phát động "
      "phong trào thi đua</h1><p>Ngày 4/3/2025, tại&nbsp;hội trường xã, Công an xã Tân Phú tổ chức lễ phát "
      "động phong trào thi đua &quot;Vì an ninh Tổ quốc&quot;.</p></body></html>");
  EXPECT_EQ(r["movement"]["name"], "Vì an ninh Tổ quốc");
  EXPECT_EQ(r["event"]["date"], "2025-03-04");
  EXPECT_EQ(r["event"]["place"], "hội trường xã");
  EXPECT_EQ(r.dump().find('<'), std::string::npos);
}

TEST(PlanBadInput, TwoMegabytesAreReadInBoundedTime) {
  std::string big = "Công an tỉnh Lào Cai phát động phong trào thi đua\n\nNgày 4/3/2025, Công an tỉnh Lào Cai tổ "
                    "chức lễ phát động phong trào thi đua “Vì an ninh Tổ quốc”.\n\n";
  const std::string filler = "Các đơn vị tiếp tục tuyên truyền, vận động Nhân dân tham gia bảo vệ an ninh, trật tự; "
                             "phấn đấu giảm 5% số vụ phạm tội.\n";
  while (big.size() < 2'000'000) big += filler;
  const auto t0 = std::chrono::steady_clock::now();
  const json r = parse(big);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_EQ(r["event"]["date"], "2025-03-04");
  EXPECT_LT(seconds, 10.0);
}

TEST(PlanBadInput, ATextNotAboutEmulationGivesAnEmptyDraftWithANote) {
  const json r = parse(
      "Dự báo thời tiết ngày 4/3/2025\n\nNgày 4/3/2025, Bắc Bộ có mưa rào và dông rải rác, nhiệt độ thấp nhất "
      "từ 18 đến 20 độ. Ông Nguyễn Văn Nam, Giám đốc Trung tâm Dự báo, cho biết đợt mưa kéo dài 3 ngày.");
  EXPECT_EQ(r["title"], nullptr);
  EXPECT_EQ(r["event"]["date"], nullptr);
  EXPECT_EQ(r["people"], json::array());
  EXPECT_EQ(r["counts"], json::array());
  EXPECT_EQ(r["group"], nullptr);
  ASSERT_EQ(r["notes"].size(), 1u);
  EXPECT_NE(r["notes"][0].get<std::string>().find("Không tìm thấy"), std::string::npos);
}


// ---- groups named without a number, members with a shared head (issue 14, second round) ----

TEST(PlanUnnumberedGroups, ABlockNamedByTheLevelsItGroupsKeepsTheWholeList) {
  const json r = parse(
      "Ký giao ước thi đua năm 2026\n\nSáng 12-3, Khối thi đua công an các quận, thị xã, thành phố ven biển "
      "tổ chức hội nghị ký kết giao ước thi đua năm 2026.");
  ASSERT_TRUE(r["group"].is_object());
  EXPECT_EQ(r["group"]["name"], "Khối thi đua công an các quận, thị xã, thành phố ven biển");
  EXPECT_EQ(r["organizers"], json{"Khối thi đua công an các quận, thị xã, thành phố ven biển"});
}

TEST(PlanUnnumberedGroups, ABareBlockWithAnAbbreviationOrANameAndItsOwnerAfterADash) {
  json r = parse("Tổng kết thi đua khối CSND\n\nNgày 20/11/2025, Khối CSND đã tổ chức hội nghị tổng kết phong trào thi đua.");
  EXPECT_EQ(r["organizers"], json{"Khối CSND"});
  EXPECT_EQ(r["group"]["name"], "Khối CSND");
  r = parse(
      "Ký giao ước\n\nNgày 6/3/2026, Khối Tham mưu – Hậu cần, Công an tỉnh Hà Giang tổ chức hội nghị ký kết giao ước "
      "thi đua.");
  EXPECT_EQ(r["organizers"], json{"Khối Tham mưu - Hậu cần"});  // one kind of dash in the output
}

TEST(PlanUnnumberedGroups, KhoiInOtherSensesIsNoGroup) {
  const json r = parse(
      "Ra mắt mô hình\n\nNgày 2/4/2026, Công an phường Tân An phát động phong trào thi đua tại khối phố 3, "
      "củng cố khối đại đoàn kết toàn dân.");
  EXPECT_TRUE(r["group"].is_null());
  EXPECT_EQ(r["organizers"], json{"Công an phường Tân An"});
}

TEST(PlanSharedHeads, NamesAfterABlockOfDistrictsAreThoseDistrictsPolice) {
  const json r = parse(
      "Tổng kết thi đua\n\nCông an tỉnh vừa tổ chức hội nghị tổng kết công tác thi đua năm 2025 của khối thi đua "
      "các huyện vùng cao, gồm: Mèo Vạc, Đồng Văn và Yên Minh.");
  EXPECT_EQ(r["group"]["name"], "Khối thi đua các huyện vùng cao");
  EXPECT_EQ(r["group"]["members"], (json{"Công an huyện Mèo Vạc", "Công an huyện Đồng Văn", "Công an huyện Yên Minh"}));
}

TEST(PlanSharedHeads, CitiesListedUnderOneHeadKeepTheirOwnLevelWhenWritten) {
  const json r = parse(
      "Giao ước thi đua\n\nNgày 3/3/2026, Cụm thi đua số 2 gồm Công an 3 thành phố: Vinh, TP.Huế và Quy Nhơn tổ chức "
      "ký kết giao ước thi đua.");
  // (s24-lists) "TP." in a unit's name written out, as the Conventions write it.
  EXPECT_EQ(r["group"]["members"], (json{"Công an thành phố Vinh", "Công an thành phố Huế", "Công an thành phố Quy Nhơn"}));
}

TEST(PlanSharedHeads, NumberedDistrictsShareTheirHead) {
  const json r = parse(
      "Giao ước thi đua\n\nNgày 3/3/2026, tại Công an Quận 5 đã diễn ra hội nghị ký kết giao ước thi đua của Cụm thi "
      "đua số 4, gồm Công an Quận 5, 6, 8 và Công an huyện Nhà Bè.");
  EXPECT_EQ(r["group"]["members"],
            (json{"Công an Quận 5", "Công an Quận 6", "Công an Quận 8", "Công an huyện Nhà Bè"}));
}

// ---- positions with Party and State bodies ---------------------------------------------------

TEST(PlanPoliticalPositions, PartyMembershipsBeforeTheOfficeAreKept) {
  const json r = parse(
      "Hội nghị thi đua\n\nNgày 9/1/2026, Bộ Công an tổ chức hội nghị phát động phong trào thi đua. Dự có Thượng tướng "
      "Nguyễn Văn Khải, Ủy viên Trung ương Đảng, Thứ trưởng Thường trực Bộ Công an; đồng chí Trần Thị Hoa, Ủy viên "
      "Bộ Chính trị, Bí thư Thành ủy; Đại tá Lê Văn Cường, Ủy viên BTV Tỉnh ủy, Giám đốc Công an tỉnh Hà Giang.");
  ASSERT_EQ(r["people"].size(), 3u);
  EXPECT_EQ(r["people"][0]["position"], "Ủy viên Trung ương Đảng, Thứ trưởng Thường trực Bộ Công an");
  EXPECT_EQ(r["people"][1]["position"], "Ủy viên Bộ Chính trị, Bí thư Thành ủy");
  const std::string third = r["people"][2]["position"];
  EXPECT_NE(third.find("Tỉnh ủy, Giám đốc Công an tỉnh Hà Giang"), std::string::npos) << third;
}

TEST(PlanPoliticalPositions, AHeadOfGovernmentBeforeHisName) {
  const json r = parse(
      "Hội nghị\n\nNgày 9/1/2026, Bộ Công an tổ chức hội nghị tổng kết phong trào thi đua. Thủ tướng Chính phủ Phạm "
      "Văn Định dự và phát biểu.");
  ASSERT_EQ(r["people"].size(), 1u);
  EXPECT_EQ(r["people"][0]["name"], "Phạm Văn Định");
  EXPECT_EQ(r["people"][0]["position"], "Thủ tướng Chính phủ");
}

// ---- events over several days; periods of years -----------------------------------------------

TEST(PlanEventSpans, AnEventOverSeveralDaysIsDatedByItsFirstDayAndIsNoPeriod) {
  const json r = parse(
      "Tổng kết thi đua\n\nTừ ngày 25 đến ngày 27/3/2026, Công an tỉnh Hà Giang tổ chức hội nghị tổng kết phong trào "
      "thi đua “Vì an ninh Tổ quốc”.");
  EXPECT_EQ(r["event"]["date"], "2026-03-25");
  EXPECT_EQ(r["movement"]["start"], nullptr);
  EXPECT_EQ(r["movement"]["end"], nullptr);
}

TEST(PlanEventSpans, DaysInBracketsAfterTakesPlaceDateAConferenceWithNoDateInItsLead) {
  const json r = parse(
      "Hội nghị thi đua toàn tỉnh\n\nThứ Hai, 15/12/2025 - 09:00\n\nCông an tỉnh tổ chức hội nghị tổng kết phong "
      "trào thi đua năm 2025. Hội nghị diễn ra trong 2 ngày (14 - 15/12).");
  EXPECT_EQ(r["event"]["date"], "2025-12-14");
  EXPECT_EQ(r["provenance"]["event.date"]["source"], "14 - 15/12");
}

TEST(PlanEventSpans, APeriodOfYearsIsTheMovementsSpan) {
  const json r = parse(
      "Phát động thi đua\n\nNgày 5/2/2026, Công an tỉnh Hà Giang phát động phong trào thi đua “Vì an ninh Tổ quốc” "
      "giai đoạn 2026 - 2030.");
  EXPECT_EQ(r["movement"]["start"], "2026-01-01");
  EXPECT_EQ(r["movement"]["end"], "2030-12-31");
}

// ---- kinds of review; last year's figures --------------------------------------------------------

TEST(PlanReviewKinds, ABareConferenceUnderAReviewHeadlineIsAReview) {
  json r = parse(
      "Cụm thi đua số 6 tổng kết công tác thi đua năm 2025\n\nNgày 10-11, Cụm thi đua số 6 đã tổ chức hội nghị đánh "
      "giá công tác năm 2025.");
  EXPECT_EQ(r["event"]["kind"], "review");
  r = parse("Công an tỉnh\n\nNgày 28/5/2026, Công an tỉnh tổ chức hội nghị điển hình tiên tiến giai đoạn 2021 - 2025.");
  EXPECT_EQ(r["event"]["kind"], "review");
}

TEST(PlanPastYear, LastYearsAwardsAndMottoAreNotTheNewMovements) {
  const json r = parse(
      "Cụm thi đua số 2 ký giao ước năm 2026\n\nCụm thi đua số 2 vừa tổ chức ký kết giao ước thi đua năm 2026.\n\n"
      "Năm 2025, với khẩu hiệu hành động “Kỷ cương, trách nhiệm”, Cụm đã có 02 đơn vị được tặng Cờ thi đua và 05 cá "
      "nhân được tặng Bằng khen.\n\nNăm 2026, Cụm thống nhất khẩu hiệu hành động “Đoàn kết, đổi mới” với 05 nội dung "
      "thi đua.");
  EXPECT_EQ(r["movement"]["motto"], "Đoàn kết, đổi mới");
  EXPECT_EQ(r["counts"], (json{{{"what", "nội dung thi đua"}, {"value", 5}}}));
}

TEST(PlanPastYear, APartOfACountAfterTrongDoIsNotAnotherCount) {
  const json r = parse(
      "Tổng kết\n\nNgày 3/12/2025, Công an tỉnh tổ chức tổng kết phong trào thi đua, tặng giấy khen cho 12 tập thể, "
      "30 cá nhân, trong đó Công an huyện Yên Minh có 02 tập thể.");
  EXPECT_EQ(r["counts"], (json{{{"what", "tập thể"}, {"value", 12}}, {{"what", "cá nhân"}, {"value", 30}}}));
}

// ---- provenance of names, kinds, roles and positions ---------------------------------------------

TEST(PlanProvenance, KindOfAKnownMovementAndALeaderFromAPersonAreInferred) {
  const json r = parse(
      "Cụm thi đua số 3 ký giao ước\n\nNgày 4/3/2026, Cụm thi đua số 3 tổ chức hội nghị ký kết giao ước thi đua “Vì "
      "an ninh Tổ quốc” năm 2026. Dự có Đại tá Hà Văn Toàn, Giám đốc Công an tỉnh Lào Cai, Cụm trưởng Cụm thi đua số 3.");
  EXPECT_EQ(r["movement"]["kind"], "regular");
  EXPECT_EQ(r["provenance"]["movement.kind"]["how"], "inferred");
  EXPECT_EQ(r["provenance"]["movement.name"]["how"], "explicit");
  EXPECT_EQ(r["group"]["leader"], "Công an tỉnh Lào Cai");
  EXPECT_EQ(r["provenance"]["group.leader"]["how"], "inferred");
  EXPECT_EQ(r["provenance"]["people[0].position"]["how"], "explicit");
}

TEST(PlanProvenance, ARoleStatedOfAUnitIsExplicitAndACompletedPositionIsInferred) {
  const json r = parse(
      "Khối thi đua ký giao ước\n\nNgày 4/3/2026, Công an tỉnh Hà Giang tổ chức hội nghị ký kết giao ước thi đua "
      "của Khối thi đua số 2. Công an huyện Mèo Vạc làm Khối trưởng. Dự có Đại tá Lê Văn An, Phó Giám đốc Công an "
      "tỉnh.");
  EXPECT_EQ(r["group"]["leader"], "Công an huyện Mèo Vạc");
  EXPECT_EQ(r["provenance"]["group.leader"]["how"], "explicit");
  EXPECT_EQ(r["people"][0]["position"], "Phó Giám đốc Công an tỉnh Hà Giang");
  EXPECT_EQ(r["provenance"]["people[0].position"]["how"], "inferred");
  EXPECT_EQ(r["provenance"]["people[0].position"]["source"], "Phó Giám đốc Công an tỉnh");
}

}  // namespace
// ---- third round (issue 14): roles, members, owners, verbs before "đạt", lines, years -------

TEST(PlanGroupRolesHeadFirst, AUnitTakingTheRoleWrittenHeadFirst) {
  const json r = parse(
      "Khối thi đua Công an các huyện ký giao ước\n\nNgày 6/3/2023, Khối thi đua Công an các huyện tổ chức ký "
      "giao ước thi đua. Khối năm 2023 gồm 8 đơn vị do Công an huyện Tân Lạc làm trưởng khối, Công an huyện Mai "
      "Châu làm phó khối.");
  ASSERT_TRUE(r["group"].is_object());
  EXPECT_EQ(r["group"]["leader"], "Công an huyện Tân Lạc");
  EXPECT_EQ(r["group"]["deputy"], "Công an huyện Mai Châu");
}

TEST(PlanGroupRolesHeadFirst, TheRoleOfAUnitInBracketsAfterOrRightAfter) {
  const json a = parse(
      "Khối thi đua các huyện miền núi ký giao ước\n\nNgày 9/3/2022, Khối thi đua các huyện miền núi tổ chức ký giao "
      "ước thi đua. Bản giao ước do đơn vị trưởng khối (Công an huyện Nam Trà My) soạn thảo.");
  EXPECT_EQ(a["group"]["leader"], "Công an huyện Nam Trà My");
  const json b = parse(
      "Cụm thi đua số 4 tổng kết\n\nNgày 20/11/2022, Cụm thi đua số 4 tổ chức hội nghị tổng kết. Dự có lãnh đạo "
      "Công an các tỉnh: Bắc Ninh, Bắc Giang, Lạng Sơn và đơn vị cụm trưởng Công an tỉnh Thái Nguyên.");
  EXPECT_EQ(b["group"]["leader"], "Công an tỉnh Thái Nguyên");
}

TEST(PlanGroupRolesHeadFirst, HoldingTheRoleAndAHeadSpeakingForTheLeadingUnit) {
  const json a = parse(
      "Cụm thi đua số 2 ký giao ước\n\nNgày 2/3/2024, Cụm thi đua số 2 tổ chức ký giao ước thi đua. Năm 2024, Công "
      "an tỉnh Yên Bái giữ vai trò Cụm trưởng.");
  EXPECT_EQ(a["group"]["leader"], "Công an tỉnh Yên Bái");
  const json b = parse(
      "Cụm thi đua số 7 tổng kết\n\nNgày 22/11/2023, Cụm thi đua số 7 tổ chức hội nghị tổng kết phong trào năm 2023. "
      "Thiếu tướng Trần Văn Bình, Giám đốc Công an tỉnh Phú Yên (đơn vị Cụm trưởng) chủ trì. Hội nghị đã bầu đơn vị "
      "Cụm phó năm 2024 là Công an tỉnh Khánh Hòa.");
  EXPECT_EQ(b["group"]["leader"], "Công an tỉnh Phú Yên");
  EXPECT_EQ(b["group"]["deputy"], nullptr);  // elected for the next year
}

TEST(PlanMembersAwayFromGom, AListOfProvincesAtTheMeetingAreTheMembers) {
  const json r = parse(
      "Cụm thi đua số 9 sơ kết\n\nSáng 12/6/2023, Cụm thi đua số 9 tổ chức hội nghị sơ kết. Tham dự hội nghị có đại "
      "diện lãnh đạo Công an các tỉnh: Sóc Trăng, Bạc Liêu, Cà Mau và đơn vị cụm trưởng Công an tỉnh Kiên Giang.");
  const std::vector<std::string> expected = {"Công an tỉnh Sóc Trăng", "Công an tỉnh Bạc Liêu", "Công an tỉnh Cà Mau",
                                             "Công an tỉnh Kiên Giang"};
  EXPECT_EQ(r["group"]["members"], expected);
  const json d = parse(
      "Cụm thi đua số 3 tổng kết\n\nNgày 1/12/2021, Cụm thi đua số 3 tổ chức hội nghị tổng kết. Cụm thi đua số 3 "
      "gồm Công an 03 tỉnh khu vực Tây Bắc, là Sơn La, Lai Châu, Điện Biên.");
  EXPECT_EQ(d["group"]["members"].size(), 3u);
}

TEST(PlanOrganizerIsTheGroup, AnEventWithNoSubjectBelongsToTheGroupItNames) {
  const json r = parse(
      "Sáng 20/11/2024, đã diễn ra hội nghị tổng kết phong trào thi đua năm 2024 của Cụm thi đua số 6, Bộ Công an.\n");
  const std::vector<std::string> expected = {"Cụm thi đua số 6"};
  EXPECT_EQ(r["organizers"], expected);
}

TEST(PlanOfficePositions, AnOfficeKeepsTheMinistryItBelongsToAndAJoinedName) {
  const json r = parse(
      "Cụm thi đua số 1 ký giao ước\n\nNgày 3/3/2024, Cụm thi đua số 1 tổ chức ký giao ước. Dự có Đại tá Trần Văn "
      "Nam, Phó Cục trưởng Cục Công tác Đảng và công tác chính trị - Bộ Công an.");
  ASSERT_EQ(r["people"].size(), 1u);
  EXPECT_EQ(r["people"][0]["position"], "Phó Cục trưởng Cục Công tác Đảng và công tác chính trị, Bộ Công an");
}

TEST(PlanVerbBeforeDat, TheThingMeasuredAfterTheFigure) {
  const json r = parse(
      "Công an quận Hải Châu ký giao ước\n\nNgày 7/3/2024, Công an quận Hải Châu tổ chức ký giao ước thi đua, phấn "
      "đấu giải quyết đạt 95% tin báo về tội phạm, thu hồi đạt 65% tài sản bị chiếm đoạt.");
  const json* t = target_with_measure(r, "tin báo về tội phạm");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ((*t)["value"], 95);
  EXPECT_NE(target_with_measure(r, "tài sản bị chiếm đoạt"), nullptr);
}

TEST(PlanFirstLineSentence, AFirstLineEndingWithAFullStopIsNoHeadline) {
  const json r = parse(
      "Thứ trưởng Nguyễn Văn Long phát biểu tại hội nghị.\n\nNgày 10/1/2025, Công an tỉnh Long An tổ chức hội nghị "
      "tổng kết phong trào thi đua năm 2024.");
  EXPECT_EQ(r["title"], nullptr);
}

TEST(PlanReviewYear, ALateYearDayTakesTheYearUnderReview) {
  const json r = parse(
      "Hội nghị tổng kết công tác công an năm 2023 và triển khai nhiệm vụ năm 2024 diễn ra trong 2 ngày (27 - "
      "28/12). Các đơn vị phấn đấu hoàn thành chỉ tiêu năm 2024.");
  EXPECT_EQ(r["event"]["date"], "2023-12-27");
}

}  // namespace thidua::text::plan
