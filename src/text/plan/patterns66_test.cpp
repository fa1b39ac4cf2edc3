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

// "Hội nghị phát động, ký kết, giao ước phong trào thi đua …", "PHÁT ĐỘNG KÝ KẾT GIAO ƯỚC …" as the
// headline: a launch made by signing is one pledge signing (the Conventions: "Lễ phát động, ký kết
// giao ước", "phát động và ký giao ước"), with a comma inside the phrase or none between the two. A
// launch with another signing ("ký kết quy chế phối hợp") or none stays a launch.
TEST(PlanPatterns66, ALaunchMadeBySigningIsAPledgeSigningWhateverItsCommas) {
  const KindCase cases[] = {
      {"veterans, a comma inside 'ký kết, giao ước'",
       "PHÁT ĐỘNG KÝ KẾT GIAO ƯỚC THI ĐUA NĂM 2025\nSáng 10/1/2025, Hội Cựu chiến binh phường Tân Phú tổ chức Hội nghị "
       "phát động, ký kết, giao ước thi đua năm 2025; nhằm triển khai các chỉ tiêu thi đua.\n",
       "pledge_signing"},
      {"veterans, the headline launching by signing over a lead that only launches",
       "PHÁT ĐỘNG KÝ KẾT GIAO ƯỚC THI ĐUA NĂM 2025\nSáng 10/1/2025, Hội Cựu chiến binh phường Tân Phú tổ chức Hội nghị "
       "phát động phong trào thi đua năm 2025.\n",
       "pledge_signing"},
      {"a school, 'lễ phát động ký kết giao ước'",
       "Trường THCS An Phú phát động thi đua năm học mới\n\nNgày 5/9/2024, Trường THCS An Phú tổ chức lễ phát động ký "
       "kết giao ước thi đua năm học 2024-2025.\n",
       "pledge_signing"},
      {"a company, 'phát động, ký kết giao ước'",
       "Ngày 12/2/2024, Công ty Điện lực Tây Ninh tổ chức hội nghị phát động, ký kết giao ước thi đua năm 2024 giữa "
       "các phòng, đội.\n",
       "pledge_signing"},
      {"negative: a commune's launch, the teams' pledges signed later",
       "Ngày 2/2/2024, Công an xã Phú Lộc phát động phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2024.\n\n"
       "Các tổ bảo vệ an ninh, trật tự đã ký cam kết thực hiện.\n",
       "launch"},
      {"negative: a district's launch signing a rule of coordination",
       "Ngày 8/3/2024, UBND huyện Tân Hưng tổ chức Lễ phát động phong trào thi đua năm 2024, ký kết quy chế phối hợp "
       "với Công an huyện.\n",
       "launch"},
  };
  for (const KindCase& c : cases) expect_kind(c);
}

// "Ban An toàn giao thông tỉnh vừa ban hành Kế hoạch …", "… đã ký ban hành Kế hoạch phát động …": a
// lead that issues a document and holds no event of its own makes the issue the event (kind none, the
// day of issue its date), though later sentences name what the document schedules ("các xã tổ chức
// lễ ra quân", "ra quân đồng loạt từ ngày …"). A lead holding its own event, or citing a document as
// its ground ("Thực hiện Kế hoạch …"), keeps that event.
TEST(PlanPatterns66, ALeadIssuingADocumentIsTheEventThoughLaterSentencesNameEvents) {
  const KindCase cases[] = {
      {"a district's plan launching a movement",
       "UBND huyện Cần Giuộc vừa ban hành Kế hoạch phát động phong trào thi đua năm 2024.\n\n"
       "Theo kế hoạch, các xã tổ chức lễ ra quân trong tháng 3/2024.\n",
       ""},
      {"a department's plan for a school year",
       "Sở Giáo dục và Đào tạo tỉnh Long An vừa ban hành Kế hoạch số 45/KH-SGDĐT về phong trào thi đua năm học "
       "2024-2025.\n\nCác trường tổ chức ký kết giao ước thi đua trước ngày 30/9/2024.\n",
       ""},
      {"negative: the lead holds its own launch",
       "Sáng 5/3/2024, Công an tỉnh Long An tổ chức Lễ ra quân tấn công trấn áp tội phạm.\n\n"
       "Trước đó, Công an tỉnh đã ban hành Kế hoạch cao điểm.\n",
       "launch"},
      {"negative: a later sentence opening with its own day reports a ceremony held",
       "UBND huyện Đức Hòa vừa ban hành Kế hoạch phát động phong trào thi đua năm 2024.\n\n"
       "Sáng 12/3/2024, UBND huyện Đức Hòa tổ chức Lễ phát động phong trào thi đua.\n",
       "launch"},
      {"negative: a document cited as the ground of a launch",
       "Thực hiện Kế hoạch số 12/KH-UBND do UBND tỉnh ban hành, sáng 5/3/2024 Công an huyện Tân Trụ tổ chức lễ phát "
       "động phong trào toàn dân bảo vệ an ninh Tổ quốc.\n",
       "launch"},
  };
  for (const KindCase& c : cases) expect_kind(c);
  // A board's plan of a peak: the day it is signed is the event's.
  const auto r = parse(
      "Ngày 10/5/2024, Ban Chỉ đạo 138 tỉnh Bến Tre ký ban hành Kế hoạch cao điểm tấn công trấn áp tội phạm.\n\n"
      "Lực lượng công an ra quân đồng loạt từ ngày 15/5/2024.\n");
  EXPECT_TRUE(r["event"]["kind"].is_null()) << r["event"]["kind"];
  EXPECT_EQ(r["event"]["date"], "2024-05-10");
}

// Where the event was held ends where the place's name ends: not at a lower-case group opening the
// subject ("… Cao su Chư Mom Ray khối thi đua các doanh nghiệp"), not with the body's role after a
// dash ("– Khối trưởng …"), not with the occasion ("nhân kỷ niệm …"); it runs on over the command a
// military unit belongs to ("Lữ đoàn 604, Quân khu 2"), a bracket of levels (written out), the
// commune named back ("thôn 1 của xã"), and a facility headed "Cơ sở".
TEST(PlanPatterns66, APlaceEndsWhereItsNameEnds) {
  const struct {
    const char* what;
    const char* text;
    const char* place;
  } cases[] = {
      {"a company, then a block named in lower case opening the subject",
       "Sáng 12/4/2024, tại Công ty Cổ phần Cao su Đồng Phú khối thi đua các doanh nghiệp tỉnh Bình Phước đã ký kết giao ước thi đua năm 2024.\n",
       "Công ty Cổ phần Cao su Đồng Phú"},
      {"a school, then its role as the cluster's leader after a dash",
       "Chiều 5/3/2024, tại Trường THPT Lê Lợi – Cụm trưởng Cụm thi đua số 2, các trường đã tổ chức ký kết giao ước thi đua.\n",
       "Trường THPT Lê Lợi"},
      {"a company glued to its role by a dash",
       "Sáng 8/3/2024, tại Công ty Cao su Chư Păh-Khối trưởng (huyện Chư Păh, tỉnh Gia Lai), Khối thi đua các công ty đã tổ chức ký kết giao ước thi đua.\n",
       "Công ty Cao su Chư Păh"},
      {"a division and the military region it belongs to, after a comma",
       "Sáng 9/12/2024, tại Sư đoàn 316, Quân khu 2, Cụm thi đua số 1 tổ chức hội nghị tổng kết phong trào thi đua năm 2024.\n",
       "Sư đoàn 316, Quân khu 2"},
      {"a market's area, its ward, district and city in brackets by their initials",
       "Sáng 2/7/2024, tại khu vực chợ Bến Thành (P.Bến Thành, Q.1, TP.HCM), Công an quận 1 tổ chức lễ ra mắt tổ bảo vệ an ninh, trật tự ở cơ sở.\n",
       "khu vực chợ Bến Thành (phường Bến Thành, quận 1, thành phố Hồ Chí Minh)"},
      {"a hamlet, its commune named back by its bare level",
       "Ngày 20/8/2024, UBND xã Tân Lập tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc tại thôn 3 của xã.\n",
       "thôn 3 của xã"},
      {"a facility headed 'Cơ sở', capitalised before its name",
       "Chiều ngày 12/01/2024, tại Cơ sở Giáo dục bắt buộc số 2 đã diễn ra Hội nghị ký kết giao ước thi đua của Khối thi đua nội chính.\n",
       "Cơ sở Giáo dục bắt buộc số 2"},
      {"a city, then the occasion",
       "Ngày 10/8/2024, Sở Tư pháp tổ chức Hội thi tìm hiểu pháp luật tại Đà Nẵng nhân kỷ niệm 79 năm Cách mạng Tháng Tám.\n",
       "Đà Nẵng"},
      {"negative: a hall, then a clause on 'các cơ sở'",
       "Sáng 15/5/2024, Công an huyện Hòa Vang tổ chức hội nghị ký kết giao ước thi đua tại hội trường Công an huyện, các cơ sở tham gia.\n",
       "hội trường Công an huyện"},
      {"negative: a commune and its district after a comma",
       "Ngày 3/4/2024, tại xã Hòa Phong, huyện Hòa Vang, Cụm thi đua số 3 tổ chức ký kết giao ước thi đua năm 2024.\n",
       "xã Hòa Phong, huyện Hòa Vang"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.what);
    EXPECT_EQ(parse(c.text)["event"]["place"], c.place);
  }
}

}  // namespace
}  // namespace thidua::text::plan
