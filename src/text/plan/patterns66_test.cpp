// The sixty-sixth round (issue 14, session 23, s23-kind): what kind of event a text reports, and
// where it was held, read as the Conventions (tests/fixtures/plans/README.md) say — a meeting called
// only "hội nghị" that reviews a year, a launch made by signing, a place that ends where its name
// ends. Sentences written for the tests, none copied from a text.
#include <gtest/gtest.h>

#include <string>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::parse;

struct KindCase {
  const char* what;
  const char* text;
  const char* kind;  // "" for null
};

void expect_kind(const KindCase& c) {
  SCOPED_TRACE(c.what);
  const auto r = parse(c.text);
  if (*c.kind) EXPECT_EQ(r["event"]["kind"], c.kind);
  else EXPECT_TRUE(r["event"]["kind"].is_null()) << r["event"]["kind"];
}

// "Dự Hội nghị có …" over "Năm 2023, các sở trong Khối … đã triển khai sâu rộng phong trào thi đua …":
// a meeting the text calls only "hội nghị", whose text reports the emulation work of a year or a
// period as done, is the group's review of it. A meeting named by its purpose ("Hội nghị giao ban"),
// one whose year's report is of other work (security), or a year's goal ("phấn đấu") stays a
// conference.
TEST(PlanPatterns66, ABareMeetingReportingAPeriodsEmulationIsAReview) {
  const KindCase cases[] = {
      {"a block of departments, the year opening the report",
       "Dự Hội nghị có đại diện Ban Thi đua - Khen thưởng tỉnh và lãnh đạo các đơn vị trong Khối thi đua số 3.\n\n"
       "Năm 2023, các sở trong Khối thi đua số 3 đã triển khai sâu rộng phong trào thi đua yêu nước, hoàn thành "
       "tốt nhiệm vụ được giao.\n\nTại hội nghị, các đại biểu đã thảo luận, bình xét, suy tôn đơn vị dẫn đầu Khối.\n",
       "review"},
      {"schools, 'Theo báo cáo, năm …' and the work of emulation and awards",
       "Toàn cảnh Hội nghị.\n\nTheo báo cáo, năm 2022 các trường trong Cụm thi đua số 4 đã thực hiện tốt công tác thi "
       "đua, khen thưởng, hoàn thành các chỉ tiêu được giao.\n",
       "review"},
      {"companies, a period of years",
       "Chủ trì Hội nghị có đồng chí Nguyễn Văn An, Giám đốc Công ty Cao su Ea H'leo, Khối trưởng.\n\n"
       "Giai đoạn 2019-2024, công tác thi đua khen thưởng của các công ty trong Khối luôn gắn với nhiệm vụ sản xuất "
       "kinh doanh.\n",
       "review"},
      {"police, the year's launch recounted in the report",
       "Dự hội nghị có lãnh đạo Công an 5 tỉnh trong Cụm thi đua số 9.\n\n"
       "Năm 2021, Công an các tỉnh trong Cụm đã triển khai, phát động thực hiện tốt phong trào thi đua “Vì an ninh "
       "Tổ quốc”.\n",
       "review"},
      {"a party board, the results of the year's emulation",
       "Tại hội nghị, các đại biểu đã góp ý vào báo cáo.\n\nQua báo cáo kết quả phong trào thi đua năm 2020 của "
       "Khối các ban Đảng cho thấy, các đơn vị đã hoàn thành tốt nhiệm vụ.\n",
       "review"},
      {"negative: a year's report of security work, not of emulation",
       "Dự hội nghị có lãnh đạo Công an 6 tỉnh trong Cụm thi đua số 7.\n\n"
       "Năm 2023, công an các địa phương trong cụm thi đua đã triển khai nhiều biện pháp bảo đảm an ninh trật tự "
       "tuyến biên giới.\n",
       "conference"},
      {"negative: a meeting named by its purpose",
       "Ngày 20/11/2024, tại xã Tân Lập, Khối thi đua các xã tổ chức Hội nghị giao ban quý IV.\n\n"
       "Năm 2024, các xã trong Khối đã đẩy mạnh phong trào thi đua xây dựng nông thôn mới.\n",
       "conference"},
      {"negative: the year's goal, not its report",
       "Dự hội nghị có đại diện lãnh đạo Đảng ủy các xã trong Cụm.\n\n"
       "Năm 2025, các xã trong Cụm phấn đấu thực hiện tốt phong trào thi đua “Dân vận khéo”, hoàn thành các chỉ "
       "tiêu đề ra.\n",
       "conference"},
  };
  for (const KindCase& c : cases) expect_kind(c);
}

}  // namespace
}  // namespace thidua::text::plan
