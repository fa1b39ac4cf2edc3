// The sixty-ninth round (issue 14, session 23, s23-events): the event of texts that hold no clear
// event sentence, and gatherings the Conventions (tests/fixtures/plans/README.md) give no kind — a
// contest's closing, a congress delegates are sent to, a cited document's launch; where such an event
// was held when the lead only attends it, reports it, or chose the place for it. Sentences written for
// the tests, none copied from a text.
#include <gtest/gtest.h>

#include <string>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::parse;

struct EventCase {
  const char* what;
  const char* text;
  const char* kind;   // "" for null
  const char* place;  // "" for null; nullptr: not checked
};

void expect_event(const EventCase& c) {
  SCOPED_TRACE(c.what);
  const auto r = parse(c.text);
  if (*c.kind) EXPECT_EQ(r["event"]["kind"], c.kind);
  else EXPECT_TRUE(r["event"]["kind"].is_null()) << r["event"]["kind"];
  if (!c.place) return;
  if (*c.place) EXPECT_EQ(r["event"]["place"], c.place);
  else EXPECT_TRUE(r["event"]["place"].is_null()) << r["event"]["place"];
}

// "tổ chức lễ tổng kết và trao giải cuộc thi …": a contest's closing ceremony is a ceremony of no kind
// (the Conventions, s8-texts: "a contest's closing ceremony … is a ceremony (no kind)"), also when the
// contest is named right after the review ("Lễ tổng kết Hội thi …"). A meeting held to review it
// ("Hội nghị tổng kết và trao giải cuộc thi", as `vgcl-2023-online-contests-review` is labelled) and the
// review of a movement or a period at which prizes of a contest are also given stay reviews.
TEST(PlanPatterns69, AContestsClosingIsACeremonyOfNoKind) {
  const EventCase cases[] = {
      {"police and youth, 'lễ tổng kết và trao giải cuộc thi'",
       "Ngày 12-9-2023, Công an tỉnh phối hợp với Tỉnh đoàn tổ chức lễ tổng kết và trao giải cuộc thi tìm hiểu "
       "pháp luật về an toàn giao thông năm 2023.\n",
       "", nullptr},
      {"a school, 'Lễ tổng kết, trao giải Hội thi'",
       "Sáng 5/5/2024, Trường THPT Nguyễn Du tổ chức Lễ tổng kết, trao giải Hội thi giáo viên dạy giỏi cấp "
       "trường năm học 2023-2024.\n",
       "", nullptr},
      {"a union, the contest named right after the review",
       "Chiều 20/10/2022, Liên đoàn Lao động huyện Tân Phú tổ chức tổng kết Hội thi “Nữ công nhân viên chức "
       "khéo tay” năm 2022.\n",
       "", nullptr},
      {"a bank, the contest's prizes as a 'cuộc thi' in quotes",
       "Ngày 8/3/2021, Ngân hàng Nông nghiệp chi nhánh tỉnh Bắc Giang tổ chức lễ tổng kết và trao giải "
       "“Cuộc thi viết về người phụ nữ Agribank”.\n",
       "", nullptr},
      {"negative: a meeting held to review a contest",
       "Ngày 3/10/2023, Công đoàn ngành Giáo dục tổ chức Hội nghị tổng kết và trao giải cuộc thi trực tuyến tìm "
       "hiểu về tổ chức Công đoàn.\n",
       "review", nullptr},
      {"negative: a movement's review at which prizes are given",
       "Ngày 15/12/2023, UBND huyện Tân Phú tổ chức Hội nghị tổng kết phong trào thi đua năm 2023 và trao giải "
       "các hội thi.\n",
       "review", nullptr},
      {"negative: a period's review",
       "Sáng 28/11/2024, Hội Nông dân tỉnh tổ chức tổng kết phong trào nông dân sản xuất, kinh doanh giỏi giai "
       "đoạn 2019-2024.\n",
       "review", nullptr},
  };
  for (const EventCase& c : cases) expect_event(c);
}

// "BR-VT có 13 đại biểu tham dự Đại hội Thi đua yêu nước toàn quốc", "Công an tỉnh cử 5 đại biểu dự Hội
// nghị điển hình tiên tiến của Bộ", "Đoàn đại biểu tỉnh A tham dự Đại hội …": a congress or a meeting a
// body sends its delegates to is someone else's event, not one the text holds (as "được chọn đi dự Hội
// nghị điển hình tiên tiến", s16-plan-f). Those present at the event the text reports ("Tham dự Hội nghị
// có 150 đại biểu", "Hội nghị … với 120 đại biểu tham dự") are no delegation sent.
TEST(PlanPatterns69, ACongressDelegatesAreSentToIsNotTheTextsEvent) {
  const EventCase cases[] = {
      {"a province has delegates at a national congress",
       "Tỉnh Bình Định có 15 đại biểu tham dự Đại hội Thi đua yêu nước toàn quốc lần thứ XI. Các đại biểu là "
       "những điển hình tiên tiến tiêu biểu của tỉnh.\n",
       "", ""},
      {"a police force sends delegates to the ministry's meeting",
       "Công an tỉnh Lào Cai cử 6 đại biểu dự Hội nghị điển hình tiên tiến trong phong trào thi đua “Vì an ninh "
       "Tổ quốc” của Bộ Công an.\n",
       "", ""},
      {"a province's delegation attends a congress",
       "Đoàn đại biểu tỉnh Trà Vinh gồm 12 thành viên tham dự Đại hội Thi đua yêu nước toàn quốc lần thứ X tại "
       "Hà Nội.\n",
       "", ""},
      {"negative: those present at the meeting the text reports",
       "Ngày 10/6/2024, UBND huyện Phú Lương tổ chức Hội nghị điển hình tiên tiến giai đoạn 2019-2024. Tham dự "
       "Hội nghị có 150 đại biểu.\n",
       "review", nullptr},
      {"negative: the attendance after the meeting",
       "Sáng 9/8/2025, Sở Y tế tổ chức Hội nghị tổng kết phong trào thi đua năm 2025 với 120 đại biểu tham "
       "dự.\n",
       "review", nullptr},
  };
  for (const EventCase& c : cases) expect_event(c);
}

// "Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về việc phát động thi đua …": a
// launch that is the subject of a cited document, the document's number, day and issuer written between
// its noun and "về việc", is what the document is about, not a launch held (decision 8 of session 15).
TEST(PlanPatterns69, ALaunchACitedDocumentIsAboutIsNoneHeldEvenWithItsDayAndIssuer) {
  const EventCase cases[] = {
      {"a province's plan carrying out a directive",
       "Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về việc phát động thi đua thực "
       "hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện.\n",
       "", nullptr},
      {"a department, a ministry's decision",
       "Căn cứ Quyết định số 245/QĐ-BYT ngày 20 tháng 01 năm 2023 của Bộ trưởng Bộ Y tế về việc phát động phong "
       "trào thi đua năm 2023, Sở Y tế xây dựng kế hoạch như sau.\n",
       "", nullptr},
      {"the directive's day written with dots (session 23: an invariance change found it)",
       "Thực hiện Chỉ thị số 19/CT-TTg ngày 16.7.2021 của Thủ tướng Chính phủ về việc phát động thi đua thực "
       "hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện.\n",
       "", nullptr},
      {"negative: a launch held",
       "Sáng 10/3/2023, Sở Y tế tổ chức Lễ phát động phong trào thi đua năm 2023.\n", "launch", nullptr},
  };
  for (const EventCase& c : cases) expect_event(c);
}

// "Với việc chọn phường A làm điểm tổ chức “Ngày hội …”", "… vừa chọn ấp B, xã C, làm điểm chỉ đạo tổ
// chức Hội nghị …": the place chosen for the gathering is where it is held.
TEST(PlanPatterns69, APlaceChosenToHoldTheGatheringIsItsPlace) {
  const EventCase cases[] = {
      {"a ward chosen for a festival, told after the ceremony",
       "Tại buổi lễ, lãnh đạo Công an thành phố trao Giấy khen cho các tập thể.\n\n"
       "Với việc chọn phường Tân An làm điểm tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm 2021, Ban "
       "chỉ đạo thành phố yêu cầu các xã, phường tổ chức ngày hội tại địa phương.\n",
       "", "phường Tân An"},
      {"a hamlet and its commune chosen for a meeting",
       "Huyện Long Hồ: Hội nghị điểm bình xét gia đình văn hóa\n\n"
       "Ban chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” huyện Long Hồ vừa chọn ấp Phú "
       "Hòa, xã Phú Đức, làm điểm chỉ đạo tổ chức Hội nghị bình xét gia đình văn hóa năm 2022.\n",
       "conference", "ấp Phú Hòa, xã Phú Đức"},
      {"a commune chosen for a launch",
       "Ngày 2/4/2024, Huyện đoàn Đông Sơn chọn xã Đông Hòa làm điểm tổ chức Lễ ra quân Tháng Thanh niên năm "
       "2024.\n",
       "launch", "xã Đông Hòa"},
      {"negative: a place chosen as a model, no gathering",
       "Ngày 5/6/2023, UBND huyện chọn xã Hòa Bình làm điểm xây dựng mô hình “Khu dân cư an toàn”.\n",
       "", ""},
  };
  for (const EventCase& c : cases) expect_event(c);
}

// "Ngày 14/8/2022, đồng chí A, Bí thư Huyện ủy đã dự Ngày hội … tại Nhà văn hóa ấp B, xã C.": a lead in
// which someone attends the gathering tells where it was held, as one that holds it does; and
// "Công an huyện A cho biết, đã ra mắt mô hình … tại thôn B": a ceremony's verb after the subject's report.
TEST(PlanPatterns69, AGatheringAttendedOrReportedInTheLeadGivesItsPlace) {
  const EventCase cases[] = {
      {"a party secretary attends a festival",
       "Ngày 16/8/2023, đồng chí Nguyễn Văn Hùng, Bí thư Huyện ủy Cần Đước đã dự Ngày hội Toàn dân bảo vệ an ninh "
       "Tổ quốc tại Nhà văn hóa ấp 3, xã Long Hựu.\n"
       "Đến nay, 100% xã, thị trấn của huyện đã tổ chức Ngày hội Toàn dân bảo vệ an ninh Tổ quốc.\n",
       "", "Nhà văn hóa ấp 3, xã Long Hựu"},
      {"a vice-chairman attends a unity festival",
       "Sáng 15/11/2024, ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh dự Ngày hội Đại đoàn kết toàn dân tộc tại "
       "khu dân cư thôn Đông, xã Hòa Phú.\n"
       "Năm 2024, các khu dân cư trên địa bàn tỉnh đã tổ chức Ngày hội Đại đoàn kết.\n",
       "", "khu dân cư thôn Đông, xã Hòa Phú"},
      {"a district police reports a debut",
       "Ngày 5/10/2021, Công an huyện Mê Linh cho biết, đã ra mắt mô hình “Tổ tự quản an ninh trật tự” tại thôn "
       "Bạch Trữ, xã Tiến Thắng.\n",
       "", "thôn Bạch Trữ, xã Tiến Thắng"},
      {"negative: a debut reported, no place",
       "Ngày 5/10/2021, Công an huyện Mê Linh cho biết, đã ra mắt mô hình “Tổ tự quản an ninh trật tự”.\n", "", ""},
  };
  for (const EventCase& c : cases) expect_event(c);
}

// "Ngày hội Toàn dân bảo vệ an ninh tổ quốc tại thị trấn Đu" as the headline, over a body reporting the
// festival's results without a sentence holding it: the headline's gathering and place are the event's.
TEST(PlanPatterns69, TheHeadlinesGatheringGivesThePlaceTheBodyDoesNot) {
  const EventCase cases[] = {
      {"a festival in a town",
       "Ngày hội Đại đoàn kết toàn dân tộc tại thôn Tân Lập\n\n"
       "Thời gian qua, nhân dân thôn Tân Lập đã tích cực tham gia các phong trào thi đua.\n\n"
       "Phát biểu tại Ngày hội, đồng chí Phó Bí thư Huyện ủy biểu dương những kết quả đạt được.\n",
       "", "thôn Tân Lập"},
      {"a debut in a ward",
       "Lễ ra mắt mô hình “Camera an ninh” tại phường Hưng Phúc\n\n"
       "Mô hình gồm 20 camera được lắp đặt trên các tuyến đường chính.\n",
       "", "phường Hưng Phúc"},
      {"negative: a headline naming no gathering",
       "Camera an ninh tại phường Hưng Phúc\n\nMô hình gồm 20 camera được lắp đặt trên các tuyến đường chính.\n",
       "", ""},
  };
  for (const EventCase& c : cases) expect_event(c);
}

// "tiếp công dân tại khối phố", "tại tổ dân phố": a kind of place written in lower case, no name and no
// number after it, names no place (as "tại khu dân cư"); "tại khối phố 3", "tại Khối phố Mỹ Thị" do.
TEST(PlanPatterns69, AKindOfPlaceWithNoNameIsNoPlace) {
  const EventCase cases[] = {
      {"a debut whose model receives citizens in the neighbourhoods",
       "Chiều 16/7/2025, Công an phường Hòa Khánh tổ chức lễ ra mắt mô hình “Tiếp công dân tại khối phố”.\n", "",
       ""},
      {"a numbered neighbourhood",
       "Chiều 16/7/2025, Công an phường Hòa Khánh tổ chức lễ ra mắt mô hình “Camera an ninh” tại khối phố 3.\n", "",
       "khối phố 3"},
      {"a named neighbourhood",
       "Chiều 16/7/2025, Công an phường Điện Bàn tổ chức lễ ra mắt tổ tự quản tại Khối phố Mỹ Thị.\n", "",
       "Khối phố Mỹ Thị"},
  };
  for (const EventCase& c : cases) expect_event(c);
}

// "Hội Phụ nữ - Bệnh viện A tổ chức phát động phong trào thi đua năm 2026." over "Trong không khí chào
// mừng …, chiều 4/3/2026, Hội Phụ nữ … đã tổ chức phát động …": a first line written with a full stop,
// opening with the unit acting at an event (or holding a gathering of no kind, "UBND xã A: Tổ chức “Ngày
// hội …”."), is the headline when the next line holds the lead's day anywhere (or the page's stamp,
// "Cập nhật lúc: 15:28 07/03/2023"). A caption opening with a person, a first line dated itself, or one
// over a line with no day stays no headline.
TEST(PlanPatterns69, AHeadlineWithAStopOverALeadDatedLaterInItsLine) {
  const struct {
    const char* what;
    const char* text;
    const char* title;  // "" for null
  } cases[] = {
      {"a hospital's women's union launches",
       "Hội Phụ nữ Bệnh viện Đa khoa tỉnh Phú Thọ tổ chức phát động phong trào thi đua năm 2025.\n"
       "Trong không khí chào mừng Ngày Quốc tế Phụ nữ, chiều 4/3/2025, Hội Phụ nữ Bệnh viện Đa khoa tỉnh Phú Thọ "
       "đã tổ chức phát động phong trào thi đua năm 2025.\n",
       "Hội Phụ nữ Bệnh viện Đa khoa tỉnh Phú Thọ tổ chức phát động phong trào thi đua năm 2025"},
      {"a school takes part in a signing, the page's stamp under it",
       "Trường THCS Lê Lợi tham gia Lễ ký giao ước thi đua Cụm số 2.\n\nCập nhật lúc: 10:15 12/03/2024\n\n"
       "Chiều ngày 10/3/2024, tại Trường THCS Kim Đồng, các trường trong Cụm thi đua số 2 đã tổ chức Lễ ký giao "
       "ước thi đua năm 2024.\n",
       "Trường THCS Lê Lợi tham gia Lễ ký giao ước thi đua Cụm số 2"},
      {"a commune holds a festival",
       "UBND xã Tân Lập: Tổ chức “Ngày hội Đại đoàn kết toàn dân tộc năm 2024”.\n\nTrong không khí phấn khởi, "
       "ngày 15/11/2024, UBND xã Tân Lập đã tổ chức Ngày hội Đại đoàn kết toàn dân tộc, biểu dương các phong trào "
       "thi đua.\n",
       "UBND xã Tân Lập: Tổ chức “Ngày hội Đại đoàn kết toàn dân tộc năm 2024”"},
      {"a police youth union musters",
       "Đoàn Thanh niên Công an tỉnh Lạng Sơn ra quân Chiến dịch Thanh niên tình nguyện hè năm 2024.\n"
       "Hưởng ứng Tháng Thanh niên, sáng 1/6/2024, Đoàn Thanh niên Công an tỉnh Lạng Sơn tổ chức Lễ ra quân Chiến "
       "dịch Thanh niên tình nguyện hè.\n",
       "Đoàn Thanh niên Công an tỉnh Lạng Sơn ra quân Chiến dịch Thanh niên tình nguyện hè năm 2024"},
      {"negative: a caption opening with a person",
       "Đồng chí Nguyễn Văn An phát biểu tại hội nghị.\nSáng 5/3/2024, Công an huyện Bình Xuyên tổ chức Hội nghị "
       "sơ kết phong trào thi đua.\n",
       ""},
      {"negative: the next line holds no day",
       "Công an huyện Bình Xuyên tổ chức Hội nghị sơ kết phong trào thi đua Vì an ninh Tổ quốc.\nTại hội nghị, các "
       "đại biểu đã thảo luận, đánh giá kết quả.\n",
       ""},
      {"negative: the first line is dated itself",
       "Ngày 5/3/2024, Công an huyện Bình Xuyên tổ chức Hội nghị sơ kết phong trào thi đua Vì an ninh Tổ quốc.\n"
       "Sáng cùng ngày 5/3/2024, các đơn vị đã ký kết giao ước thi đua.\n",
       ""},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.what);
    const auto r = parse(c.text);
    if (*c.title) EXPECT_EQ(r["title"], c.title);
    else EXPECT_TRUE(r["title"].is_null()) << r["title"];
  }
}

}  // namespace
}  // namespace thidua::text::plan
