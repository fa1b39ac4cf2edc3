// The eighteenth round of patterns (issue 14, branch s12-plan-b): how plans, award decisions and
// reviews outside the police write their dates, campaigns, counts, contents and targets. Every
// sentence is written for the test in the pattern of real articles (none is copied from them):
//  - event date: with no event named, the day a document is issued ("Ngày 3/4/2023, UBND huyện
//    ban hành Kế hoạch …", "Ngày 9-2, Phó Chủ tịch … ký ban hành Quyết định …") is the event's date
//    — not the day of a document cited in the same sentence; and a lead opening with its day and a
//    comma ("Ngày 10.7, huyện A biểu dương …", "Ngày 21-3-2019, Hội đồng … họp …") is that day's;
//    a photo's caption ("… chủ trì lễ phát động … . Ảnh: VGP") names no event of the article;
//  - quotes: two apostrophes typed for a double quote (''50 ngày thi đua'') open and close a quote;
//  - periods: a month written with a dash or a dot ("tháng 10-2025", "tháng 3.2024"), and a period
//    that ends with an event rather than a day ("từ tháng 4/2024 đến khi tổ chức thành công Đại
//    hội"): its start is written, its end is not;
//  - campaign names: "đợt thi đua lập thành tích chào mừng …" names a campaign by its purpose,
//    without a kind, and the lead's longer one wins over the headline's; a movement
//    named only by its period or its group ("phong trào thi đua yêu nước giai đoạn 2020 - 2025",
//    "phong trào thi đua cụm số 4 năm 2022") names nothing of its own;
//  - counts: awards given "theo đề nghị của" another body are given, not proposed; the words that
//    name those commended as exemplars ("tập thể, cá nhân điển hình tiên tiến") are part of what is
//    counted, an adjective ("cá nhân tiêu biểu") is not; "các nhân" with its tone lost is "cá nhân"; a sentence opening
//    with "Trong đó" after one that names the same award without a figure gives its parts;
//  - contents: a line opening with "Nội dung …" and ending with a colon, however long its wording,
//    heads the numbered lines below it; "Nội dung thi đua tập trung (vào) A; B" leaves the verb out
//    of the first item; "nhiệm vụ trọng tâm như: A; B; C" lists them; an item opening with a quoted
//    name keeps the name without its marks; after an ellipsis, "phấn đấu …" is the list's aim;
//  - targets: a range of a count ("10 - 15 cơ quan, đơn vị … đạt danh hiệu …") keeps both ends;
//    "thực hiện N công trình …" makes a level, and a second level after a comma ("…, 900 công
//    trình cấp huyện") is its own; "có ít nhất N …" is a floor to reach; the shares of people or
//    units a directive asks for beside what it does not let happen are targets; the bodies of the
//    Party and its unions ("chi bộ", "cấp bộ đoàn") are counted as shares.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using json = nlohmann::json;
using test::ContentCase;
using test::CountCase;
using test::parse;
using test::TargetCase;

// ---- event date: the day a document is issued ---------------------------------------------------

TEST(PlanPatterns18, DayADocumentIsIssuedIsTheEventsDate) {
  test::expect_field("/event/date", {
      {"a full date before the issuer",
       "Ngày 3/4/2023, UBND huyện Đông Sơn ban hành Kế hoạch số 88/KH-UBND về tổ chức phong trào thi đua "
       "“Chung tay xây dựng đô thị văn minh” giai đoạn 2023 - 2025.",
       "2023-04-03"},
      {"a day with a dash, its year from the period of the campaign",
       "Ngày 9-2, Phó Chủ tịch UBND tỉnh ký ban hành Quyết định về Kế hoạch triển khai đợt thi đua chào mừng "
       "Đại hội Đảng bộ tỉnh.\n\nĐợt thi đua được phát động từ tháng 2-2025 đến khi tổ chức thành công Đại hội.",
       "2025-02-09"},
      {"after a long purpose clause, in the same sentence",
       "Nhằm phát huy sức mạnh của cả hệ thống chính trị, phấn đấu hoàn thành các chỉ tiêu giai đoạn 2021 - "
       "2025; ngày 15/6/2022, UBND thị xã ban hành Kế hoạch về tổ chức phong trào thi đua trên địa bàn.",
       "2022-06-15"},
      {"\"đã ban hành\" with the day of the sentence",
       "Ngày 20/3/2024, UBND xã Hòa Phú đã ban hành Kế hoạch phát động thi đua năm 2024.", "2024-03-20"},
  });
}

TEST(PlanPatterns18, CitedDocumentsDayIsNoIssueDate) {
  test::expect_field("/event/date", {
      {"the date of the document cited, issued by another",
       "Thực hiện Quyết định số 12/QĐ-UBND ngày 5/1/2024 của UBND tỉnh, UBND huyện vừa ban hành Kế hoạch thi "
       "đua năm 2024.",
       ""},
      {"no day written before the verb",
       "UBND huyện Cát Tiên vừa ban hành Kế hoạch tổ chức phong trào thi đua năm 2023 trên địa bàn huyện.", ""},
      {"a plan \"ban hành ngày …\" named as the subject is a reference, not the issuing",
       "Kế hoạch số 15/KH-UBND ban hành ngày 2/3/2023 quy định nội dung thi đua của các xã.", ""},
  });
}

TEST(PlanPatterns18, LeadOpeningWithItsDay) {
  test::expect_field("/event/date", {
      {"a day with a dot, its year from the dateline",
       "Thứ Bảy, 11/07/2020 09:45:38\n\nNgày 10.7, huyện Gia Lộc biểu dương, khen thưởng 30 tập thể có thành tích "
       "xuất sắc trong phong trào thi đua.",
       "2020-07-10"},
      {"a council meeting on a full date",
       "Ngày 21-3-2019, Hội đồng Thi đua - Khen thưởng tỉnh họp lần thứ nhất để xét khen thưởng năm 2018.",
       "2019-03-21"},
      {"a day later in the lead is not its opening",
       "Hội đồng Thi đua - Khen thưởng tỉnh đã xét khen thưởng cho các tập thể có thành tích từ ngày 2/3/2019.", ""},
  });
}

TEST(PlanPatterns18, PhotoCaptionNamesNoEvent) {
  const char* text =
      "Ngày 6-3, Chủ tịch UBND tỉnh ký ban hành Quyết định về Kế hoạch triển khai đợt thi đua chào mừng Đại hội.\n\n"
      "Chủ tịch UBND tỉnh chủ trì lễ phát động thi đua cao điểm chào mừng Đại hội. Ảnh: Minh Khoa\n\n"
      "Đợt thi đua được phát động từ tháng 2-2025 đến khi tổ chức thành công Đại hội.";
  const json r = parse(text);
  EXPECT_TRUE(r["event"]["kind"].is_null()) << r["event"]["kind"];
  EXPECT_EQ(r["event"]["date"], "2025-03-06");
  // Without the credit the same line is a sentence of the article, and its launch the event.
  const json launch = parse(
      "Ngày 6-3, Chủ tịch UBND tỉnh ký ban hành Quyết định về Kế hoạch triển khai đợt thi đua chào mừng Đại hội.\n\n"
      "Sáng 7-3-2025, Chủ tịch UBND tỉnh chủ trì lễ phát động thi đua cao điểm chào mừng Đại hội.");
  EXPECT_EQ(launch["event"]["kind"], "launch");
  EXPECT_EQ(launch["event"]["date"], "2025-03-07");
}

TEST(PlanPatterns18, TwoApostrophesAreADoubleQuote) {
  test::expect_field("/movement/name", {
      {"a campaign's name quoted with apostrophes",
       "Ngày 2/11/2023, Bộ Chỉ huy Quân sự tỉnh tổ chức Lễ phát động thi đua cao điểm ''60 ngày thi đua lập công'' "
       "chào mừng ngày thành lập Quân đội.",
       "60 ngày thi đua lập công"},
  });
}

// ---- periods ----------------------------------------------------------------------------------

TEST(PlanPatterns18, MonthWithADashOrADotAndAPeriodEndingWithAnEvent) {
  const json open = parse(
      "Đợt thi đua được triển khai từ tháng 10-2025 đến khi tổ chức thành công Đại hội Đảng bộ tỉnh lần thứ "
      "XVIII.");
  EXPECT_EQ(open["movement"]["start"], "2025-10-01");
  EXPECT_TRUE(open["movement"]["end"].is_null()) << open["movement"]["end"];

  const json dot = parse("Phong trào thi đua được thực hiện từ tháng 3.2024 đến tháng 11.2024 trên địa bàn huyện.");
  EXPECT_EQ(dot["movement"]["start"], "2024-03-01");
  EXPECT_EQ(dot["movement"]["end"], "2024-11-30");

  const json until = parse(
      "Thời gian thi đua từ tháng 4/2024 cho đến khi kết thúc Đại hội Đoàn toàn quốc, chia làm hai giai đoạn.");
  EXPECT_EQ(until["movement"]["start"], "2024-04-01");
  EXPECT_TRUE(until["movement"]["end"].is_null()) << until["movement"]["end"];

  // A range that ends on nothing at all is still no period.
  const json none = parse("Phong trào thi đua được thực hiện từ tháng 5/2024, với nhiều hoạt động thiết thực.");
  EXPECT_TRUE(none["movement"]["start"].is_null()) << none["movement"]["start"];
}

// ---- campaign names -----------------------------------------------------------------------------

TEST(PlanPatterns18, CampaignNamedByItsPurpose) {
  test::expect_field("/movement/name", {
      {"\"đợt thi đua lập thành tích chào mừng …\" without a kind",
       "UBND tỉnh ban hành Kế hoạch triển khai đợt thi đua lập thành tích chào mừng Đại hội đại biểu Đảng bộ "
       "tỉnh lần thứ XX.",
       "đợt thi đua lập thành tích chào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ XX"},
      {"\"đợt thi đua chào mừng …\"",
       "Sáng 2/9/2024, Sở Y tế tổ chức lễ phát động đợt thi đua chào mừng 70 năm Ngày Thầy thuốc Việt Nam.",
       "đợt thi đua chào mừng 70 năm Ngày Thầy thuốc Việt Nam"},
      {"the lead's campaign with its purpose over the headline's shorter one",
       "Phát động đợt thi đua chào mừng Đại hội\n\nSáng 4/3/2025, Công an huyện tổ chức lễ phát động đợt thi đua "
       "cao điểm lập thành tích chào mừng Đại hội Đảng bộ Công an huyện lần thứ X.",
       "đợt thi đua cao điểm lập thành tích chào mừng Đại hội Đảng bộ Công an huyện lần thứ X"},
      {"a special campaign named by its kind still names one",
       "Sáng 5/5/2023, Bộ Chỉ huy Quân sự tỉnh phát động đợt thi đua đặc biệt trong toàn lực lượng.",
       "đợt thi đua đặc biệt"},
  });
}

TEST(PlanPatterns18, MovementNamedOnlyByItsPeriodOrGroupNamesNothing) {
  test::expect_field("/movement/name", {
      {"patriotic emulation of a period",
       "Ngày 12/7/2025, huyện Kim Thành biểu dương 40 tập thể có thành tích xuất sắc trong phong trào thi đua yêu "
       "nước giai đoạn 2020 - 2025.",
       ""},
      {"patriotic emulation alone, in an award decision",
       "UBND tỉnh vừa ban hành quyết định tặng Bằng khen cho 15 tập thể có thành tích xuất sắc trong các phong "
       "trào thi đua yêu nước của tỉnh.",
       ""},
      {"the emulation of a cluster and its year",
       "Sáng 10/1/2023, các xã tổ chức hội nghị tổng kết phong trào thi đua cụm số 4 năm 2022.", ""},
      {"a movement with a name of its own is kept",
       "Ngày 12/7/2025, huyện Kim Thành phát động phong trào thi đua “Kim Thành chung sức xây dựng nông thôn mới”.",
       "Kim Thành chung sức xây dựng nông thôn mới"},
  });
}

// ---- counts -------------------------------------------------------------------------------------

const CountCase kAwardCounts[] = {
    {"given at another body's proposal",
     "Ngày 8/5/2024, UBND tỉnh ban hành Quyết định tặng Bằng khen cho 17 tập thể và 17 cá nhân theo đề nghị của "
     "Sở Nội vụ.",
     {{17, "tập thể"}, {17, "cá nhân"}}},
    {"proposed to a higher level stays no count",
     "Hội đồng thống nhất đề nghị tặng Bằng khen của Thủ tướng Chính phủ cho 4 tập thể và 6 cá nhân.", {}},
    {"the commended named by what they are",
     "Huyện biểu dương 64 tập thể, cá nhân điển hình tiên tiến trong phong trào thi đua giai đoạn 2020 - 2025.",
     {{64, "tập thể, cá nhân điển hình tiên tiến"}}},
    {"one award noun and the exemplars it names",
     "Tại hội nghị, UBND huyện tuyên dương 12 cá nhân điển hình trong phong trào.", {{12, "cá nhân điển hình"}}},
    {"an adjective after the noun only praises them",
     "Tại hội nghị, UBND huyện tuyên dương 12 cá nhân tiêu biểu trong phong trào.", {{12, "cá nhân"}}},
    {"a reason after the noun is not part of it",
     "UBND xã khen thưởng 9 tập thể và 14 cá nhân có thành tích xuất sắc.", {{9, "tập thể"}, {14, "cá nhân"}}},
    {"the award's noun with its tone lost",
     "Dịp này, UBND phường đã khen thưởng 6 tập thể 11 các nhân đã có thành tích trong phong trào.",
     {{6, "tập thể"}, {11, "cá nhân"}}},
    {"\"đơn vị\" with its tone lost",
     "Ngày 8/3/2024, 11 đơn vi thuộc Khối thi đua các sở tổ chức ký kết giao ước thi đua năm 2024.", {{11, "đơn vị"}}},
    {"parts of those named without a figure just before",
     "Nhiều tập thể và cá nhân được các cấp khen thưởng. Trong đó có 2 cá nhân được tặng danh hiệu Chiến sĩ "
     "thi đua toàn quốc; 31 lượt tập thể được UBND tỉnh tặng Bằng khen.",
     {}},
    {"a \"Trong đó\" about something else is counted",
     "Nhiều tập thể được khen thưởng. Trong đó, xã đã thành lập 5 tổ bảo vệ an ninh, trật tự.",
     {{5, "tổ bảo vệ an ninh, trật tự"}}},
};

TEST(PlanPatterns18, AwardsGivenAndWhatTheCommendedAre) { test::expect_counts(kAwardCounts); }

// ---- targets ------------------------------------------------------------------------------------

const TargetCase kTargets[] = {
    {"a range of a count opening its clause",
     "Giai đoạn 2025 - 2030, huyện phấn đấu hằng năm có 90% trở lên số cơ quan đạt danh hiệu tập thể lao động "
     "tiên tiến; 10 - 15 cơ quan, đơn vị, trường học đạt danh hiệu tập thể lao động xuất sắc.",
     {"share at_least 90 % | số cơ quan đạt danh hiệu tập thể lao động tiên tiến",
      "rate equal 15 10-15 cơ quan | cơ quan, đơn vị, trường học đạt danh hiệu tập thể lao động xuất sắc"}},
    {"works carried out, a second level after a comma, and a floor",
     "Năm 2023, Huyện đoàn phấn đấu thực hiện 12 công trình thanh niên cấp huyện, 85 công trình thanh niên cấp "
     "xã; mỗi chi đoàn có ít nhất 1 phần việc thanh niên.",
     {"rate equal 12 công trình | công trình thanh niên cấp huyện",
      "rate equal 85 công trình | công trình thanh niên cấp xã"}},
    {"a floor after \"có ít nhất\" with a counted noun",
     "Phấn đấu mỗi xã có ít nhất 2 mô hình tự quản về an ninh, trật tự.",
     {"rate at_least 2 mô hình | mô hình tự quản về an ninh, trật tự"}},
    {"what a place has is no level",
     "Phấn đấu hoàn thành các chỉ tiêu. Huyện có 14 xã, thị trấn với 120 thôn.", {}},
    {"shares of bodies of the Party and its unions",
     "Toàn Đoàn phấn đấu đạt chỉ tiêu 100% các cấp bộ đoàn hoàn thành Đại hội đúng tiến độ; 100% chi bộ được "
     "kiện toàn.",
     {"share equal 100 % | các cấp bộ đoàn hoàn thành Đại hội đúng tiến độ", "share equal 100 % | chi bộ được kiện toàn"}},
    {"a share asked for beside what is not let happen, in a directive",
     "Sáng 3/5/2023, Bộ Chỉ huy Quân sự tỉnh phát động thi đua.\n\nXây dựng đơn vị vững mạnh toàn diện; 100% cán "
     "bộ, chiến sĩ có bản lĩnh chính trị vững vàng; chấp hành nghiêm kỷ luật, không để xảy ra vi phạm kỷ luật.",
     {"share equal 100 % | cán bộ, chiến sĩ có bản lĩnh chính trị vững vàng", "qualitative - - - | vi phạm kỷ luật"}},
    {"the same words in a review report the year",
     "Sáng 3/12/2023, Bộ Chỉ huy Quân sự tỉnh tổng kết phong trào thi đua năm 2023.\n\nNăm qua, 100% cán bộ, chiến "
     "sĩ có bản lĩnh chính trị vững vàng, không để xảy ra vi phạm kỷ luật.",
     {}},
};

TEST(PlanPatterns18, RangesOfCountsLevelsMadeAndSharesAskedFor) { test::expect_targets(kTargets); }

// ---- contents -----------------------------------------------------------------------------------

const ContentCase kContents[] = {
    {"a long line naming the contents, numbered lines below",
     "Kế hoạch thi đua năm 2024\n\nNội dung thi đua tập trung vào các nhóm nhiệm vụ trọng tâm của ngành:\n"
     "1. Thi đua hoàn thành các chỉ tiêu thu ngân sách năm 2024.\n"
     "2. Thi đua cải cách thủ tục hành chính, chuyển đổi số.\n"
     "3. Thi đua xây dựng đơn vị trong sạch, vững mạnh.",
     {"Thi đua hoàn thành các chỉ tiêu thu ngân sách năm 2024", "Thi đua cải cách thủ tục hành chính, chuyển đổi số",
      "Thi đua xây dựng đơn vị trong sạch, vững mạnh"}},
    {"a line naming targets is no contents' head",
     "Kế hoạch thi đua năm 2024\n\nNội dung và chỉ tiêu thi đua cụ thể của từng đơn vị như sau:\n"
     "1. Thu ngân sách đạt 100% dự toán.\n2. Giải quyết 95% hồ sơ đúng hạn.",
     {}},
    {"\"tập trung vào\" opening the list",
     "UBND huyện phát động đợt thi đua. Nội dung thi đua tập trung vào tuyên truyền pháp luật cho nhân dân; "
     "phòng, chống cháy nổ; giữ gìn vệ sinh môi trường.",
     {"tuyên truyền pháp luật cho nhân dân", "phòng, chống cháy nổ", "giữ gìn vệ sinh môi trường"}},
    {"key tasks \"như:\"",
     "Những tháng cuối năm, các xã tập trung thực hiện các nhiệm vụ trọng tâm như: Đẩy mạnh phong trào thi đua "
     "yêu nước; rà soát các chỉ tiêu đã đề ra; phòng, chống thiên tai.",
     {"Đẩy mạnh phong trào thi đua yêu nước", "rà soát các chỉ tiêu đã đề ra", "phòng, chống thiên tai"}},
    {"a quoted name opening an item, and the list's aim after an ellipsis",
     "Huyện phát động đợt thi đua. Nội dung thi đua gồm: lao động sản xuất giỏi; “Ngày Chủ nhật xanh” gắn với "
     "giữ gìn vệ sinh môi trường… phấn đấu hoàn thành các mục tiêu 6 tháng đầu năm.",
     {"lao động sản xuất giỏi", "Ngày Chủ nhật xanh gắn với giữ gìn vệ sinh môi trường"}},
};

TEST(PlanPatterns18, ContentsHeadedByALineOrListedAsKeyTasks) { test::expect_contents(kContents); }

}  // namespace
}  // namespace thidua::text::plan
