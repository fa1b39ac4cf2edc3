// The fifty-first round (issue 14, session 21, s21-lead): the lead of a text audited for what the
// output misses, without labels — "A tổ chức Liên hoan / họp mặt / họp báo …" names who holds a
// gathering and where; "Dự Đại hội có đồng chí A, Ủy viên Bộ Chính trị …" names guests, not hosts;
// "Cụm thi đua 1 (Hội A, Hội B …)" acts as the group, not as its first member; "Từ năm 2015 đến nay"
// starts a movement only when the movement is what has run since; a URL-escaped text is refused.
// Sentences written for the test, none copied from a text.
#include <gtest/gtest.h>

#include <string>

#include "core/error.h"
#include "text/plan/document.h"
#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_field;
using test::expect_organizers;
using test::OrganizerCase;

TEST(PlanPatterns51, AGatheringOfTheHoiThiFamilyIsHeldByItsSubject) {
  const OrganizerCase cases[] = {
      {"\"đăng cai tổ chức Liên hoan\"",
       "Ngày 24/6/2023, tại thành phố Bảo Lộc, Tỉnh đoàn Lâm Đồng đăng cai tổ chức Liên hoan thanh niên tiên "
       "tiến làm theo lời Bác, tuyên dương 90 đại biểu trong phong trào thi đua của tuổi trẻ.",
       {"Tỉnh đoàn Lâm Đồng"}},
      {"\"cũng vừa tổ chức họp mặt\"",
       "Ngày 15/8/2012, Công an huyện Cầu Kè cũng vừa tổ chức họp mặt truyền thống và khen thưởng 12 tập thể "
       "có thành tích trong phong trào thi đua.",
       {"Công an huyện Cầu Kè"}},
      {"\"đã tổ chức họp báo\"",
       "Sáng 6/8/2024, Công an tỉnh Hòa Bình đã tổ chức họp báo thông tin về đợt thi đua cao điểm.",
       {"Công an tỉnh Hòa Bình"}},
      {"\"diễn ra vòng chung kết … do A phối hợp với B tổ chức\"",
       "Ngày 18/7/2021, tại Trung tâm Hội nghị tỉnh diễn ra vòng chung kết Hội thi nghiệp vụ chữa cháy năm 2021 "
       "do Cục Cảnh sát giao thông phối hợp với Công an tỉnh Nghệ An tổ chức, tạo khí thế thi đua sôi nổi.",
       {"Cục Cảnh sát giao thông", "Công an tỉnh Nghệ An"}},
      {"\"tổ chức Hội thao\"",
       "Sáng 9/9/2022, Khối thi đua các trường học tổ chức Hội thao chào mừng năm học mới, hưởng ứng phong "
       "trào thi đua “Dạy tốt, học tốt”.",
       {"Khối thi đua các trường học"}},
  };
  expect_organizers(cases);
}

TEST(PlanPatterns51, AGatheringOfTheHoiThiFamilyHasItsPlace) {
  expect_field("/event/place",
               {{"\"tại X, A đã tổ chức Chung kết Cuộc thi\"",
                 "Sáng 20/11/2023, tại Đà Nẵng, Bộ Y tế, Công đoàn Y tế Việt Nam đã tổ chức Chung kết Cuộc thi "
                 "tìm hiểu phong trào thi đua “Đổi mới phong cách phục vụ”.",
                 "Đà Nẵng"},
                {"\"tại X, A đăng cai tổ chức Liên hoan\"",
                 "Ngày 24/6/2023, tại thành phố Bảo Lộc, Tỉnh đoàn Lâm Đồng đăng cai tổ chức Liên hoan thanh niên "
                 "tiên tiến làm theo lời Bác, tuyên dương 90 đại biểu trong phong trào thi đua của tuổi trẻ.",
                 "thành phố Bảo Lộc"}});
}

TEST(PlanPatterns51, GuestsOfficesInAnAttendanceHoldNothing) {
  const OrganizerCase cases[] = {
      {"\"Dự Đại hội có đồng chí A, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội\"",
       "Dự Đại hội có đồng chí Trần Văn Hòa, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội; đồng chí Lê Minh Sơn, Chủ "
       "tịch UBND tỉnh và 450 đại biểu điển hình tiên tiến trong các phong trào thi đua giai đoạn 2015 - 2020.\n\n"
       "Đại hội Thi đua yêu nước lần thứ V là sự kiện chính trị quan trọng của tỉnh.",
       {}},
      {"\"Tham dự Đại hội có các đồng chí: …\"",
       "Tham dự Đại hội có các đồng chí: Nguyễn Văn Bình, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Quảng Trị; Lê Văn "
       "Nam, Chủ tịch UBND tỉnh.\n\nĐại hội Thi đua yêu nước tỉnh lần thứ V biểu dương 300 điển hình tiên tiến.",
       {}},
      {"the host's sentence before the attendance still names it",
       "UBND tỉnh Quảng Trị tổ chức Hội nghị tổng kết phong trào thi đua năm 2023. Tham dự hội nghị có đồng chí "
       "Lê Văn Nam, Chủ tịch UBND tỉnh.",
       {"UBND tỉnh Quảng Trị"}},
  };
  expect_organizers(cases);
}

TEST(PlanPatterns51, AGroupActsNotTheMembersBracketedAfterIt) {
  const OrganizerCase cases[] = {
      {"\"Cụm thi đua số 2 (Hội A, Hội B …) tổ chức họp mặt\"",
       "Ngày 20/10/2024, Cụm thi đua số 2 (Hội Chữ thập đỏ phường 4, 8, 9, 10) tổ chức họp mặt kỷ niệm ngày "
       "thành lập Hội, khen thưởng phong trào thi đua.",
       {"Cụm thi đua số 2"}},
  };
  expect_organizers(cases);
}

TEST(PlanPatterns51, AYearUntilNowStartsTheMovementSoRunOnly) {
  expect_field("/movement/start",
               {{"\"Từ năm 2016 đến nay, phong trào … được triển khai\": the movement so run starts then",
                 "Ngày 12/3/2023, UBND huyện Tam Dương tổ chức Hội nghị sơ kết phong trào thi đua “Dân vận "
                 "khéo”. Từ năm 2016 đến nay, phong trào thi đua “Dân vận khéo” được triển khai sâu rộng ở 13 xã, "
                 "thị trấn.",
                 "2016-01-01"},
                {"\"Từ năm 2016 đến nay, huyện được tặng 3 Cờ thi đua\": awards recalled, no start",
                 "Ngày 12/3/2023, UBND huyện Tam Dương tổ chức Hội nghị sơ kết phong trào thi đua “Dân vận "
                 "khéo”. Từ năm 2016 đến nay, huyện được tặng 3 Cờ thi đua của UBND tỉnh.",
                 ""}});
}

TEST(PlanPatterns51, APlaceStopsAtTheAgentAndAtTheYear) {
  expect_field("/event/place",
               {{"\"tại X do đồng chí A làm trưởng đoàn\": the agent is no part of the place",
                 "Ngày 25/4/2019, đoàn kiểm tra sơ kết phong trào thi đua tại Đảng đoàn Hội Nông dân tỉnh do đồng "
                 "chí Nguyễn Văn An làm trưởng đoàn.",
                 "Đảng đoàn Hội Nông dân tỉnh"},
                // (s21-orgs) a place names somewhere: "tại khu dân cư" alone is none, so the case is
                // written with the residential area's number.
                {"\"tại khu dân cư số 3 năm 2026\": the clause's year is no part of the place",
                 "Ngày 18/3/2026, UBND xã Tân Lập tổ chức Hội nghị sơ kết phong trào thi đua xây dựng nếp sống văn "
                 "minh tại khu dân cư số 3 năm 2026.",
                 "khu dân cư số 3"}});
}

TEST(PlanPatterns51, TheSourceOfTheNewsHoldsNothing) {
  const OrganizerCase cases[] = {
      {"\"tin từ Văn phòng UBND tỉnh cho biết\"",
       "Ngày 22-6-2015, tin từ Văn phòng UBND tỉnh cho biết, Đại hội Thi đua yêu nước tỉnh lần IV sẽ được tổ "
       "chức từ ngày 7 đến 14-9-2015.",
       {}},
  };
  expect_organizers(cases);
}

TEST(PlanPatterns51, AMovementNameStopsAtACopulaAndAMannerNamesNone) {
  expect_field("/movement/name",
               {{"\"phong trào thi đua A là đợt …\": the name ends before \"là\"",
                 "Bộ đội Biên phòng tỉnh Kon Tum phát động đợt thi đua cao điểm\n\nĐợt thi đua cao điểm với chủ đề "
                 "“Thi đua giành 3 nhất”, thực hiện từ ngày 1-7 đến 30-9-2025.\nPhát biểu tại lễ phát động, Đại tá Lê "
                 "Văn Hải nhấn mạnh: Đợt thi đua cao điểm và phong trào thi đua chuyển đổi số là đợt sinh hoạt chính "
                 "trị quan trọng của đơn vị.",
                 "phong trào thi đua chuyển đổi số"},
                {"\"trở thành phong trào thi đua sâu rộng\": a manner, no name",
                 "Năm 2022, xây dựng nếp sống văn minh đô thị trở thành phong trào thi đua sâu rộng trong toàn tỉnh.",
                 ""}});
}

TEST(PlanPatterns51, AQuotedNameCountsAsOneWordOfAHeadline) {
  expect_field("/title",
               {{"a headline of 37 words, 18 of them a contest's quoted name",
                 "Bệnh viện Đa khoa tỉnh, Bệnh viện Phụ sản thành phố đoạt giải Nhất chung kết Cuộc thi “Đổi mới "
                 "phong cách, thái độ phục vụ của cán bộ y tế hướng tới sự hài lòng của người bệnh”\n"
                 "Sáng ngày 21/11/2024, tại Hà Nội, Bộ Y tế đã tổ chức Chung kết Cuộc thi tuyên truyền phong trào thi "
                 "đua “Đổi mới phong cách”.",
                 "Bệnh viện Đa khoa tỉnh, Bệnh viện Phụ sản thành phố đoạt giải Nhất chung kết Cuộc thi “Đổi mới "
                 "phong cách, thái độ phục vụ của cán bộ y tế hướng tới sự hài lòng của người bệnh”"}});
}

TEST(PlanPatterns51, ADayAnnouncedInTheFutureTenseIsComing) {
  expect_field("/event/date",
               {{"\"sẽ được tổ chức từ ngày 3 đến 4-12\" on a page of November: this December",
                 "06/11/2024 12:11 GMT+7\n\nĐại hội thi đua yêu nước cựu chiến binh gương mẫu lần thứ VII sẽ được tổ "
                 "chức từ ngày 3 đến 4-12 tại Hà Nội với 600 đại biểu.",
                 "2024-12-03"},
                {"\"dự kiến diễn ra vào ngày 2-12\"",
                 "06/11/2024 12:11 GMT+7\n\nHội nghị tổng kết phong trào thi đua của Cụm dự kiến diễn ra vào ngày "
                 "2-12 tại Hà Nội.",
                 "2024-12-02"},
                {"a past report on the same page keeps the day before it",
                 "06/11/2024 12:11 GMT+7\n\nNgày 3-12, Hội Cựu chiến binh tỉnh tổ chức tổng kết phong trào thi đua.",
                 "2023-12-03"}});
}

ErrorCode code_of(const std::string& input) {
  try {
    analyse(input);
  } catch (const Error& e) {
    return e.code();
  }
  return ErrorCode::kInternal;
}

TEST(PlanPatterns51, AUrlEscapedTextIsRefusedAndARateIsNot) {
  // "%3b" for "ộ" after a letter, a tone mark swallowing the second digit ("%3ḅ"), a chain "%C3%B4".
  EXPECT_EQ(code_of("Ngày 5-8, Bộ Công an phát động thi đua: giảm tô%3bị phạm, tê%3ḅ nạn xã hô%3bị."),
            ErrorCode::kInvalid);
  EXPECT_EQ(code_of("C%C3%B4ng an t%E1%BB%89nh ph%C3%A1t %C4%91%E1%BB%99ng thi %C4%91ua"), ErrorCode::kInvalid);
  try {
    analyse("Phong trào thi đua: tô%3bị phạm, tê%3ḅ nạn, hô%3bị, nô%3bị dung.");
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("mã hóa URL"), std::string::npos) << e.what();
  }
  // rates and shares are no escapes: "75%", "100%CBCS", "đạt 90%Đ" never refuse the text
  EXPECT_NO_THROW(analyse("Tỷ lệ điều tra đạt 75%, 100%CBCS ký cam kết, 20%BB tăng, 5%AD giảm, 7%EF."));
}

}  // namespace
}  // namespace thidua::text::plan
