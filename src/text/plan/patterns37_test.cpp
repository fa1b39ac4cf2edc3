// The thirty-seventh round of patterns (issue 14, branch s17-plan-c), in sentences written for the
// test (none is copied from a text):
//  - a period of years longer than five ("tổng kết 20 năm … giai đoạn 2004-2024", "kỷ niệm 15
//    năm … (2010-2025)", "10 năm thực hiện … giai đoạn 2014-2024") is a history or an anniversary,
//    not the span of the movement the text is about; a five-year period still is;
//  - a range of months written "tháng M.YYYY - M.YYYY" (the second month without "tháng") runs
//    from the first day of the first month to the last day of the second;
//  - a campaign begun a few days before its launch ceremony ("Ngày 5-3, … phát động …; đợt thi
//    đua diễn ra từ ngày 1-3 đến 30-4") began in the ceremony's year, not the next;
//  - a movement pushed in one task of a list a sentence demands ("chỉ đạo … cần …; đẩy mạnh phong
//    trào toàn dân bảo vệ an ninh Tổ quốc", "Mục tiêu … phải …; phát động mạnh mẽ phong trào
//    toàn dân …") is a task, not the text's movement; quoted, it is named for itself;
//  - a standing principle carried out ("thực hiện tốt phương châm “4 tại chỗ”", "hiện thực hóa
//    phương châm “…” của lực lượng …") is no motto of the movement; "với/theo phương châm “…”" is;
//  - a quote named back ("“…”, đó là phương châm mà … hướng tới") is the motto; a theme said
//    without quotes after "Chủ đề của đợt thi đua là …" is the theme, to its sentence's end;
//  - a quote after "chủ đề" that is the movement's own name ("phong trào thi đua với chủ đề “X”")
//    is no theme;
//  - the aims listed after "với mục tiêu (quan trọng) là" in a sentence announcing the contents
//    ("đề ra 6 nội dung giao ước … với mục tiêu quan trọng là A; B; C") are the contents; contents
//    "do X quy định; …" are not listed by what follows;
//  - under a plural head ending in a colon ("các nội dung cụ thể: A, b. B. C.") with no semicolon,
//    each sentence of the paragraph is one content, its commas inside; a singular head ("nội dung
//    thi đua trọng tâm là: A. …") names one content;
//  - phases the units agree or plan to carry out ("thống nhất tổ chức thực hiện hiệu quả 4 đợt thi
//    đua") are announced, not those carried out already ("đã thực hiện 4 đợt thi đua");
//  - a history "từ năm X đến nay" gives way to a period written with its end ("phong trào thi đua
//    giai đoạn 2016-2020") as the movement's span;
//  - "Tết Nguyên đán 2027" (the lunar year by its number, without its name) gives a day without
//    its year that year (the year before for October–December), as "Tết Nguyên đán Đinh Mùi 2027";
//  - a sentence opening with a deadline not gone by ("Đến hết năm 2027, có 95% số xã đạt chỉ tiêu
//    …") sets targets, though "đạt chỉ tiêu" elsewhere reports them met; not when it says "đã";
//  - a paragraph opening with "Đó là", "Cụ thể" or "Theo đó" right after one announcing targets
//    lists those targets;
//  - "phong trào thi đua yêu nước “X”": the quoted name after the patriotic emulation's epithet
//    is the movement's name;
//  - a movement's name keeps "phòng cháy chữa cháy và cứu nạn cứu hộ" whole and ends before a
//    scope "trong toàn ngành / tỉnh";
//  - a campaign written as a proper name in the lead or the headline ("tổng kết Chiến dịch Thanh
//    niên tình nguyện hè 2023", "xuất quân Chiến dịch Mùa hè xanh năm 2024") is the movement when
//    none is named, without its year or place; not in lower case, nor inside a board's name.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::parse;

// Each text gives no value at movement.`field`.
template <size_t N>
void expect_no_movement(const char* const (&texts)[N], const char* field) {
  for (const char* t : texts) {
    SCOPED_TRACE(t);
    const auto r = parse(t);
    EXPECT_TRUE(r["movement"][field].is_null()) << r["movement"][field];
  }
}

// The values of a text's targets, in order.
void expect_target_values(const char* text, const std::vector<int>& values) {
  SCOPED_TRACE(text);
  const auto r = parse(text);
  ASSERT_EQ(r["targets"].size(), values.size()) << r["targets"];
  for (size_t x = 0; x < values.size(); ++x) EXPECT_EQ(r["targets"][x]["value"], values[x]);
}

// A text and the movement's name it must give.
struct NameCase {
  const char* text;
  const char* name;
};

template <size_t N>
void expect_names(const NameCase (&cases)[N]) {
  for (const NameCase& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(parse(c.text)["movement"]["name"], c.name);
  }
}

// ---- a period of years longer than an emulation's ----------------------------------------------

TEST(PlanPatterns37, AHistoryOfMoreThanFiveYearsIsNoMovementsSpan) {
  const char* texts[] = {
      "Chiều 20/6/2024, Ủy ban MTTQ huyện A tổ chức hội nghị tổng kết 20 năm tổ chức Ngày hội đại đoàn kết ở "
      "khu dân cư giai đoạn 2004-2024.",
      "Tối 2/8/2025, Huyện đoàn B tổ chức lễ tuyên dương các tập thể có nhiều đóng góp cho phong trào tình "
      "nguyện, kỷ niệm 15 năm phong trào (2010-2025).",
      "Sáng 9/9/2024, Công an tỉnh C tổng kết 10 năm thực hiện phong trào thi đua chuyên đề giai đoạn "
      "2014 - 2024.",
  };
  expect_no_movement(texts, "start");
  expect_no_movement(texts, "end");
}

TEST(PlanPatterns37, AFiveYearPeriodOfTheEmulationIsStillItsSpan) {
  const auto r = parse(
      "Sáng 14/8/2025, Sở Y tế tỉnh D tổ chức hội nghị điển hình tiên tiến trong phong trào thi đua yêu nước "
      "giai đoạn 2020 - 2025.");
  EXPECT_EQ(r["movement"]["start"], "2020-01-01");
  EXPECT_EQ(r["movement"]["end"], "2025-12-31");
}

// ---- a range of months; a start a few days before the launch ----------------------------------

TEST(PlanPatterns37, ARangeOfMonthsWrittenWithDotsIsTheMovementsSpan) {
  struct Case {
    const char* text;
    const char* start;
    const char* end;
  };
  const Case cases[] = {
      {"Ngày 12/10/2023, Đoàn Thanh niên Công an tỉnh A ký kết giao ước thi đua phong trào “Tuổi trẻ xung kích” "
       "giai đoạn tháng 10.2023 - 5.2024.",
       "2023-10-01", "2024-05-31"},
      {"Ngày 2/9/2021, Liên đội trường B ký kết giao ước thi đua phong trào “Đội viên chăm ngoan” giai đoạn "
       "tháng 9-2021 - 5-2022.",
       "2021-09-01", "2022-05-31"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    const auto r = parse(c.text);
    EXPECT_EQ(r["movement"]["start"], c.start);
    EXPECT_EQ(r["movement"]["end"], c.end);
  }
}

TEST(PlanPatterns37, ACampaignBegunDaysBeforeItsLaunchBeganInTheLaunchsYear) {
  const auto r = parse(
      "Ngày 5-3-2025, Bộ Chỉ huy Bộ đội Biên phòng tỉnh C tổ chức lễ phát động đợt thi đua cao điểm. Đợt thi đua "
      "cao điểm diễn ra từ ngày 1-3 đến 30-4.");
  EXPECT_EQ(r["movement"]["start"], "2025-03-01");
  EXPECT_EQ(r["movement"]["end"], "2025-04-30");
  // Weeks after the ceremony: still the ceremony's year.
  const auto later = parse(
      "Ngày 20-5-2024, Công an huyện D tổ chức lễ phát động đợt thi đua cao điểm. Đợt thi đua cao điểm diễn ra "
      "từ ngày 1-6 đến 31-8.");
  EXPECT_EQ(later["movement"]["start"], "2024-06-01");
  EXPECT_EQ(later["movement"]["end"], "2024-08-31");
}

// ---- a movement pushed as one task of a demand ------------------------------------------------

TEST(PlanPatterns37, AMovementPushedAsOneDemandedTaskIsNotTheTextsMovement) {
  const char* texts[] = {
      "Sáng 12/12/2024, Công an huyện A tổ chức lễ ra quân đợt cao điểm tấn công trấn áp tội phạm.\n\n"
      "Phát biểu tại buổi lễ, Trưởng Công an huyện yêu cầu các lực lượng cần nắm chắc tình hình địa bàn; "
      "tăng cường tuần tra, kiểm soát; đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc ở cơ sở.",
      "Lực lượng Công an tỉnh B ra quân trấn áp tội phạm dịp hè\n\n"
      "Mục tiêu của đợt ra quân là các đơn vị phải nắm sát tình hình; đấu tranh hiệu quả với các loại tội "
      "phạm; phát động mạnh mẽ phong trào toàn dân bảo vệ an ninh Tổ quốc trên địa bàn.",
  };
  expect_no_movement(texts, "name");
}

TEST(PlanPatterns37, AQuotedMovementInADemandIsStillNamed) {
  const auto r = parse(
      "Ngày 3/6/2021, UBND huyện C ban hành đề án phòng, chống tội phạm.\n\n"
      "Mục tiêu của đề án là nâng cao trách nhiệm của các cấp; đẩy mạnh phong trào “Toàn dân bảo vệ an ninh "
      "Tổ quốc” ở cơ sở.");
  EXPECT_EQ(r["movement"]["name"], "Toàn dân bảo vệ an ninh Tổ quốc");
}

TEST(PlanPatterns37, AHistoryUpToNowGivesWayToAPeriodWithItsEnd) {
  const auto r = parse(
      "Từ năm 2016 đến nay, qua các phong trào thi đua, Công an tỉnh A làm tốt công tác phòng ngừa tội phạm.\n\n"
      "Tại hội nghị, Giám đốc Công an tỉnh khen thưởng 20 tập thể có thành tích xuất sắc trong phong trào thi đua "
      "giai đoạn 2016-2020.");
  EXPECT_EQ(r["movement"]["start"], "2016-01-01");
  EXPECT_EQ(r["movement"]["end"], "2020-12-31");
}

TEST(PlanPatterns37, ALunarNewYearByItsNumberGivesTheYear) {
  const auto r = parse(
      "Ngày 4-2, Bộ Chỉ huy Bộ đội Biên phòng tỉnh A tổ chức lễ phát động đợt thi đua cao điểm.\n\n"
      "Đợt thi đua cao điểm diễn ra từ ngày 1-2 đến 3-3. Các đơn vị tổ chức các hoạt động đón Tết Nguyên đán 2027 "
      "vui tươi, an toàn.");
  EXPECT_EQ(r["event"]["date"], "2027-02-04");
  EXPECT_EQ(r["movement"]["start"], "2027-02-01");
  EXPECT_EQ(r["movement"]["end"], "2027-03-03");
  const auto december = parse(
      "Sáng 16-12, Công an huyện B tổ chức lễ ra quân cao điểm tấn công trấn áp tội phạm dịp Tết Nguyên đán năm "
      "2026.");
  EXPECT_EQ(december["event"]["date"], "2025-12-16");
}

// ---- mottos carried out; a theme that is the name ------------------------------------------------

TEST(PlanPatterns37, AStandingPrincipleCarriedOutIsNoMotto) {
  const char* texts[] = {
      "Ngày 8/5/2024, Phòng Cảnh sát PCCC tỉnh A phát động đợt thi đua cao điểm. Các đơn vị sẽ kiểm tra an toàn "
      "cơ sở; thực hiện tốt phương châm “4 tại chỗ”; trực sẵn sàng chiến đấu.",
      "Ngày 1/7/2025, Công an phường B ra mắt mô hình tổ tự quản. Mô hình nhằm hiện thực hóa phương châm “Vì "
      "nhân dân phục vụ” của lực lượng Công an nhân dân.",
  };
  expect_no_movement(texts, "motto");
  // The movement run under a motto keeps it.
  const auto r = parse(
      "Ngày 8/5/2024, Công an xã C phát động phong trào thi đua “Vì bình yên thôn xóm” với phương châm “Gần dân, "
      "hiểu dân, giúp dân”.");
  EXPECT_EQ(r["movement"]["motto"], "Gần dân, hiểu dân, giúp dân");
}

TEST(PlanPatterns37, AQuoteNamedBackAsTheMottoIsTheMotto) {
  const auto r = parse(
      "Ngày 4/10/2024, Công an phường A tổ chức lễ ra mắt mô hình “Khu phố an toàn”. “Nhà nhà an toàn - phố phố "
      "bình yên”, đó là phương châm mà mô hình hướng tới.");
  EXPECT_EQ(r["movement"]["motto"], "Nhà nhà an toàn - phố phố bình yên");
}

TEST(PlanPatterns37, AThemeSaidWithoutQuotesAfterChuDeCuaIsTheTheme) {
  const auto r = parse(
      "Sáng 2/3/2026, Công an tỉnh A tổ chức lễ phát động đợt thi đua cao điểm. Giám đốc Công an tỉnh nhấn "
      "mạnh: “Chủ đề của đợt thi đua là đoàn kết - lập công, mừng Đại hội Đảng bộ tỉnh”.");
  EXPECT_EQ(r["movement"]["theme"], "đoàn kết - lập công, mừng Đại hội Đảng bộ tỉnh");
}

TEST(PlanPatterns37, AThemeThatIsTheMovementsNameIsNoTheme) {
  const auto r = parse(
      "Ngày 20/7/2023, Sở Giáo dục và Đào tạo tỉnh D tổ chức hội nghị tổng kết phong trào thi đua “Dạy tốt, học "
      "tốt”. Các trường đã thực hiện hiệu quả phong trào thi đua với chủ đề “Dạy tốt, học tốt” trong năm học.");
  EXPECT_EQ(r["movement"]["name"], "Dạy tốt, học tốt");
  EXPECT_TRUE(r["movement"]["theme"].is_null()) << r["movement"]["theme"];
}

// ---- contents after "với mục tiêu … là"; phases carried out ------------------------------------

TEST(PlanPatterns37, TheAimsAfterAnnouncedContentsAreTheContents) {
  const auto r = parse(
      "Ngày 10/3/2023, Cụm thi đua số 4 tổ chức hội nghị ký kết giao ước thi đua năm 2023. Các đơn vị đã thống "
      "nhất đề ra 6 nội dung giao ước thi đua năm 2023 với mục tiêu quan trọng là giữ vững an ninh chính trị ở "
      "khu vực biên giới; kiềm chế tội phạm hình sự; phòng ngừa tai nạn giao thông.");
  EXPECT_EQ(test::strings(r["contents"]),
            (test::Strings{"giữ vững an ninh chính trị ở khu vực biên giới", "kiềm chế tội phạm hình sự",
                           "phòng ngừa tai nạn giao thông"}));
}

TEST(PlanPatterns37, UnderAPluralHeadEachSentenceIsOneContent) {
  const auto r = parse(
      "UBND tỉnh A vừa ban hành kế hoạch phát động phong trào thi đua năm 2025.\n\n"
      "Theo đó, kế hoạch triển khai các nội dung cụ thể: Tuyên truyền sâu rộng về ý nghĩa của phong trào, nâng "
      "cao nhận thức của cán bộ, công chức. Tổ chức phổ biến kịp thời các quy định mới, hướng dẫn thi hành. Tham "
      "mưu khen thưởng kịp thời, đúng người, đúng việc.");
  EXPECT_EQ(test::strings(r["contents"]),
            (test::Strings{"Tuyên truyền sâu rộng về ý nghĩa của phong trào, nâng cao nhận thức của cán bộ, công chức",
                           "Tổ chức phổ biến kịp thời các quy định mới, hướng dẫn thi hành",
                           "Tham mưu khen thưởng kịp thời, đúng người, đúng việc"}));
}

TEST(PlanPatterns37, ContentsSetByAnotherBodyAreNotListedByWhatFollows) {
  const auto r = parse(
      "Ngày 5/1/2024, Cụm thi đua số 3 Hội Cựu chiến binh tổ chức hội nghị tổng kết năm 2023. Năm 2024, cụm "
      "thống nhất ký kết thực hiện 7 nội dung thi đua do Trung ương Hội quy định; chia thành 2 nhóm và bầu Hội "
      "Cựu chiến binh tỉnh A làm cụm trưởng.");
  EXPECT_TRUE(r["contents"].empty()) << r["contents"];
}

TEST(PlanPatterns37, PhasesAgreedToBeCarriedOutAreAnnounced) {
  const auto r = parse(
      "Ngày 15/1/2022, Cụm thi đua số 2 Công an tỉnh tổ chức ký kết giao ước thi đua. Các đơn vị trong Cụm thống "
      "nhất tổ chức thực hiện hiệu quả 3 đợt thi đua gắn với các đợt cao điểm.");
  EXPECT_EQ(r["phases"].size(), 3u);
  const auto done = parse(
      "Ngày 15/1/2022, Cụm thi đua số 2 Công an tỉnh tổ chức hội nghị tổng kết năm 2021. Năm qua, các đơn vị "
      "trong Cụm đã tổ chức thực hiện hiệu quả 3 đợt thi đua gắn với các đợt cao điểm.");
  EXPECT_TRUE(done["phases"].empty()) << done["phases"];
}

// ---- a deadline ahead -------------------------------------------------------------------------

TEST(PlanPatterns37, ADeadlineAheadSetsTargets) {
  expect_target_values(
      "UBND huyện A ban hành kế hoạch bảo đảm an ninh, trật tự trong xây dựng nông thôn mới.\n\n"
      "Đến hết năm 2027, có 95% số xã đạt chỉ tiêu 19.2 của tiêu chí số 19 về quốc phòng và an ninh; 40% số xã "
      "đạt chỉ tiêu 19.2 ở mức nâng cao.",
      {95, 40});
  const auto done = parse(
      "UBND huyện A tổ chức hội nghị tổng kết công tác năm 2027.\n\n"
      "Đến hết năm 2027, huyện đã có 95% số xã đạt chỉ tiêu 19.2 của tiêu chí số 19 về quốc phòng và an ninh.");
  EXPECT_TRUE(done["targets"].empty()) << done["targets"];
}

TEST(PlanPatterns37, AParagraphSayingWhatTheAnnouncedTargetsAreListsThem) {
  expect_target_values(
      "Ngày 9/9/2023, Hội Phụ nữ Công an các tỉnh trong Cụm thi đua số 3 ký kết giao ước thi đua.\n\n"
      "Tại hội nghị, các đơn vị thống nhất ký kết giao ước thi đua với các nội dung, chỉ tiêu trọng tâm.\n\n"
      "Đó là, 100% hội viên được học tập nghị quyết của Hội; 98% gia đình hội viên đạt danh hiệu “Gia đình văn "
      "hóa”.",
      {100, 98});
}

// ---- "phong trào thi đua yêu nước “X”" -------------------------------------------------------

TEST(PlanPatterns37, TheQuotedNameAfterThePatrioticEpithetIsTheMovements) {
  const NameCase cases[] = {
      {"Sáng 15/3/2025, Hội Cựu chiến binh huyện E tổ chức hội nghị phát động phong trào thi đua yêu nước "
       "“Cựu chiến binh gương mẫu” năm 2025.",
       "Cựu chiến binh gương mẫu"},
      {"Ngày 2/4/2024, Ủy ban MTTQ xã G ký kết giao ước thi đua yêu nước “Dân vận khéo” giữa các chi hội.",
       "Dân vận khéo"},
      {"Chiều 10/10/2023, Liên đoàn Lao động quận H tổng kết phong trào thi đua yêu nước \"Lao động giỏi, lao "
       "động sáng tạo\" năm 2023.",
       "Lao động giỏi, lao động sáng tạo"},
  };
  expect_names(cases);
}

TEST(PlanPatterns37, ANameKeepsTheFireFieldWholeAndEndsBeforeItsScope) {
  const NameCase cases[] = {
      {"Ngày 4/10/2023, Công an tỉnh A tổ chức hội nghị sơ kết phong trào toàn dân tham gia phòng cháy chữa cháy "
       "và cứu nạn cứu hộ năm 2023.",
       "toàn dân tham gia phòng cháy chữa cháy và cứu nạn cứu hộ"},
      {"Ngày 2/10/2025, Cục Hải quan vừa phát động phong trào thi đua nước rút cuối năm 2025 trong toàn Ngành "
       "nhằm hoàn thành các chỉ tiêu thu.",
       "phong trào thi đua nước rút cuối năm 2025"},
  };
  expect_names(cases);
}

// ---- a campaign named as a proper name --------------------------------------------------------

TEST(PlanPatterns37, ACampaignNamedInTheLeadIsTheMovement) {
  const NameCase cases[] = {
      {"Ngày 25/8/2023, Tỉnh đoàn K tổ chức hội nghị tổng kết Chiến dịch Thanh niên tình nguyện hè 2023.",
       "Chiến dịch Thanh niên tình nguyện hè"},
      {"Sáng 6/7/2024, Đoàn Thanh niên trường L tổ chức lễ ra quân Chiến dịch Mùa hè xanh năm 2024 tại "
       "huyện M.",
       "Chiến dịch Mùa hè xanh"},
      {"Tối 30/7/2022, Thành đoàn N tổ chức hội nghị tổng kết các Chiến dịch Hoa phượng đỏ tỉnh N năm 2022 và "
       "tuyên dương 20 tập thể.",
       "Chiến dịch Hoa phượng đỏ"},
  };
  expect_names(cases);
}

TEST(PlanPatterns37, ACampaignInTheHeadlineIsTheMovement) {
  const auto r = parse(
      "Sôi nổi lễ ra quân các Chiến dịch Thanh niên tình nguyện hè năm 2021\n\n"
      "Sáng 20/6/2021, tại xã P, Huyện đoàn Q tổ chức lễ ra quân hè với hơn 300 đoàn viên tham gia.");
  EXPECT_EQ(r["movement"]["name"], "Chiến dịch Thanh niên tình nguyện hè");
}

TEST(PlanPatterns37, ACampaignInLowerCaseOrInsideABoardsNameIsNotNamed) {
  const char* texts[] = {
      // lower case: a summer's volunteering, not a campaign's proper name
      "Sáng 5/6/2023, Huyện đoàn R tổ chức lễ ra quân chiến dịch tình nguyện hè 2023 với chủ đề “Tuổi trẻ R "
      "xung kích”.",
      // the campaign only inside the steering board's name
      "Dự hội nghị tổng kết có đồng chí Trần Văn S, Trưởng Ban Chỉ đạo Tháng Thanh niên và Chiến dịch Thanh "
      "niên tình nguyện hè tỉnh.",
  };
  expect_no_movement(texts, "name");
}

}  // namespace
}  // namespace thidua::text::plan
