// The thirty-third round of patterns (issue 14, branch s16-plan-f): how a news page opens, in
// sentences written for the test (none is copied from a text):
//  - a photo's caption standing first ("Hình ảnh tại lễ ký kết.", "(Ảnh minh họa - nguồn …)",
//    "Ảnh: Tư liệu") is no headline: the lead under it is read, and the title stays null;
//  - a headline glued to its page's stamp and the lead on one line ("A: Sơ kết … 14:05 12/07/2024
//    (Tin tức) - Sáng 11/7, …", "… “…”03/03/2022 - 08:30:00 Tổ gồm …") is printed as the title, the
//    stamp and the lead dropped; a date with no clock time beside it is part of the sentence;
//  - event kind: a meeting named as a habit ("thường xuyên tổ chức sơ kết", "định kỳ tổng kết"), a
//    task ahead ("gắn với tổng kết năm 2025", "tiến tới tổng kết") or one delegates are sent to
//    ("được chọn đi dự Hội nghị điển hình tiên tiến") is not the event the text reports.
#include <gtest/gtest.h>

#include <string>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::parse;

// ---- a photo's caption first ----------------------------------------------------------------

TEST(PlanPatterns33, APhotosCaptionStandingFirstIsNoHeadline) {
  const char* const kCaptions[] = {
      "Hình ảnh tại lễ ký kết.",
      "(Ảnh minh họa - nguồn quangtri.gov.vn)",
      "Ảnh: Tư liệu",
      "Ảnh minh họa",
  };
  for (const char* caption : kCaptions) {
    SCOPED_TRACE(caption);
    const auto r = parse(std::string(caption) +
                         "\n\nSáng 12/3/2024, Công an huyện Lạc Dương tổ chức lễ ký kết giao ước thi đua năm 2024 với "
                         "các xã trên địa bàn.");
    EXPECT_TRUE(r["title"].is_null()) << r["title"];
    EXPECT_EQ(r["event"]["date"], "2024-03-12");
  }
}

TEST(PlanPatterns33, AHeadlineOpeningWithTheWordPhotoIsStillAHeadline) {
  // "Ảnh hưởng" is a word, not a caption's "Ảnh:".
  const auto r = parse(
      "Ảnh hưởng của phong trào thi đua đến đời sống khu dân cư\n\nSáng 12/3/2024, UBND xã Tân Lập tổ chức "
      "hội nghị sơ kết phong trào thi đua năm 2023.");
  EXPECT_EQ(r["title"], "Ảnh hưởng của phong trào thi đua đến đời sống khu dân cư");
}

// ---- a headline glued to its page's stamp and the lead --------------------------------------

TEST(PlanPatterns33, AHeadlineGluedBeforeItsStampOnTheLeadsLineIsPrinted) {
  struct Case {
    const char* what;
    const char* text;
    const char* title;
  };
  const Case cases[] = {
      {"time before the date, a source in brackets, then the lead",
       "Lâm Đồng: Sơ kết 5 năm thực hiện phong trào “Dân vận khéo” 14:05 12/07/2024 (Dân vận) - Sáng 11/7, Ban "
       "Dân vận Tỉnh ủy Lâm Đồng tổ chức hội nghị sơ kết 5 năm thực hiện phong trào “Dân vận khéo”.",
       "Lâm Đồng: Sơ kết 5 năm thực hiện phong trào “Dân vận khéo”"},
      {"the date glued to a closing quote, the time after it",
       "Xã Hòa Bình ra mắt mô hình “Tổ tự quản an ninh trật tự”03/03/2022 - 08:30:00 Tổ gồm 12 thành viên. Sáng "
       "2/3, UBND xã Hòa Bình tổ chức ra mắt mô hình “Tổ tự quản an ninh trật tự”.",
       "Xã Hòa Bình ra mắt mô hình “Tổ tự quản an ninh trật tự”"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.what);
    EXPECT_EQ(parse(c.text)["title"], c.title);
  }
}

TEST(PlanPatterns33, ALeadWithADateAndNoClockTimeHasNoHeadline) {
  // A date in the lead's own sentence, no time beside it: no stamp, no headline.
  const auto r = parse(
      "Ngày 12/07/2024, Ban Dân vận Tỉnh ủy Lâm Đồng tổ chức hội nghị sơ kết 5 năm thực hiện phong trào “Dân vận "
      "khéo” với sự tham dự của đại diện các huyện, thành phố trên địa bàn tỉnh và nhiều điển hình tiêu biểu.");
  EXPECT_TRUE(r["title"].is_null()) << r["title"];
}

// ---- meetings that are not the event --------------------------------------------------------

TEST(PlanPatterns33, AMeetingNamedAsAHabitATaskOrAnotherBodysIsNotTheEvent) {
  struct Case {
    const char* what;
    const char* text;
  };
  const Case cases[] = {
      {"a habit",
       "Qua 3 năm thực hiện phong trào thi đua, Hội Nông dân huyện Lạc Sơn thường xuyên tổ chức sơ kết, bình chọn "
       "những hội viên tiêu biểu để đề nghị khen thưởng."},
      {"a habit without its verb",
       "Các chi hội định kỳ tổng kết, rút kinh nghiệm việc thực hiện phong trào “Nông dân thi đua sản xuất giỏi”."},
      {"a task ahead",
       "Đợt thi đua tập trung vào các nội dung: làm tốt công tác tuyên truyền; tổ chức tốt các hoạt động gắn với "
       "tổng kết năm 2025, triển khai nhiệm vụ năm 2026."},
      {"a meeting delegates are sent to",
       "Trong 5 năm, Công đoàn huyện đã khen thưởng 12 tập thể và 30 cá nhân; 03 cá nhân được chọn đi dự Hội nghị "
       "điển hình tiên tiến cấp tỉnh."},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.what);
    EXPECT_TRUE(parse(c.text)["event"]["kind"].is_null()) << parse(c.text)["event"]["kind"];
  }
}

TEST(PlanPatterns33, AMeetingHeldIsStillTheEvent) {
  // The same words held on a day, and a meeting those present attended, stay the text's event.
  const auto held = parse(
      "Ngày 10/1/2025, Hội Nông dân huyện Lạc Sơn tổ chức hội nghị tổng kết phong trào thi đua năm 2024. Tham dự "
      "hội nghị có đại diện lãnh đạo UBND huyện.");
  EXPECT_EQ(held["event"]["kind"], "review");
  const auto attended = parse(
      "Tham dự hội nghị sơ kết 6 tháng đầu năm 2025 của Cụm thi đua số 3 có đại diện lãnh đạo các huyện trong "
      "Cụm.");
  EXPECT_EQ(attended["event"]["kind"], "review");
}

}  // namespace
}  // namespace thidua::text::plan
