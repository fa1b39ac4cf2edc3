// The thirty-eighth round of patterns (issue 14, branch s17-audit-a): a precision audit of police
// texts the parser had never seen. A day written without its year takes no year from a year that
// is about something else. In sentences written for the test (none is copied from a text):
//  - a year long before the anniversary celebrated ("kỷ niệm 60 năm … (20-7-1962 - 20-7-2022)";
//    "ngày 20-7-1962, Bộ … đã ban hành …") is the anniversary's history: the day is in the year
//    celebrated, not in the year of the history nearest to it;
//  - a day of January to September in a text naming the Tết it follows ("trong cao điểm … Tết
//    Nguyên đán Giáp Thìn 2024"; "vụ án xảy ra vào cuối năm 2023") is in the lunar year, not in an
//    earlier year the text recalls;
//  - a year opening another sentence with a comma ("Năm 2022, xã B có 2 tập thể được tặng …")
//    reports that year's results: the day is after it, in a year the text does not write — no
//    year rather than that one;
//  - "từ năm 2021 đến nay" says the day is after that year began, not in which year: no year.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::parse;

// The event's date the text must give, or none when `date` is null.
void expect_event_date(const char* text, const char* date) {
  const auto r = parse(text);
  if (date == nullptr) {
    EXPECT_TRUE(r["event"]["date"].is_null()) << r["event"]["date"];
  } else {
    EXPECT_EQ(r["event"]["date"], date);
  }
}

TEST(Patterns38, AYearLongBeforeTheAnniversaryIsItsHistory) {
  expect_event_date(
      "Gặp mặt kỷ niệm Ngày truyền thống lực lượng Cảnh sát\n\n"
      "Ngày 20-7, tại Hà Nội, Bộ Công an tổ chức lễ gặp mặt kỷ niệm 60 năm Ngày truyền thống lực "
      "lượng Cảnh sát nhân dân (20-7-1962 - 20-7-2022).\n\n"
      "Ngày 20-7-1962, Bộ Công an đã ban hành quyết định thành lập lực lượng Cảnh sát nhân dân.",
      "2022-07-20");
}

TEST(Patterns38, ADayAfterTheTetNamedIsInTheLunarYear) {
  expect_event_date(
      "Khen thưởng Công an huyện A\n\n"
      "Ngày 10/3, Ban Giám đốc Công an tỉnh khen thưởng đột xuất Công an huyện A vì thành tích trong "
      "cao điểm bảo đảm an ninh trật tự Tết Nguyên đán Giáp Thìn 2024.\n\n"
      "Công an huyện A đã làm rõ vụ trộm cắp tài sản xảy ra vào cuối năm 2023.",
      "2024-03-10");
}

TEST(Patterns38, AYearReportedInAnotherSentenceGivesTheDayNoYear) {
  expect_event_date(
      "Xã B ra mắt mô hình camera an ninh\n\n"
      "Ngày 5/6, UBND xã B tổ chức lễ ra mắt mô hình “Camera an ninh” tại thôn 3.\n\n"
      "Năm 2022, xã B có 2 tập thể và 3 cá nhân được tặng Giấy khen của Giám đốc Công an tỉnh.",
      nullptr);
}

TEST(Patterns38, AYearOpeningTheDaysOwnSentenceStillGivesIt) {
  expect_event_date(
      "Xã D phát động thi đua\n\n"
      "Năm 2024, ngày 8/3, Công an xã D phát động phong trào thi đua bảo đảm an ninh trật tự.",
      "2024-03-08");
}

TEST(Patterns38, SinceAYearUntilNowGivesTheDayNoYear) {
  expect_event_date(
      "Phường C tổng kết mô hình tự quản\n\n"
      "Ngày 12/5, UBND phường C tổ chức hội nghị đánh giá mô hình “Tổ tự quản về an ninh trật tự”.\n\n"
      "Mô hình được xây dựng từ năm 2021 đến nay, với 40 hộ gia đình tham gia.",
      nullptr);
}

}  // namespace
}  // namespace thidua::text::plan
