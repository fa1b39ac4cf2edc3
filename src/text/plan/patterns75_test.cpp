// The seventy-fifth round (issue 14, session 23, s23-orgs): who organises — from a battery of
// organiser passages written and labelled by the Conventions before the first run
// (tools/plan-audit/probes/organizers-s23.json). The sentences are written for the tests.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_organizers;
using test::OrganizerCase;

// "Đoàn Thanh niên Công an các tỉnh trong Cụm thi đua số 7 tổ chức …": a body's bare head before the
// police of places written by their level is that body of each place; the group they make acts.
TEST(PlanPatterns75, ABodyOfThePoliceOfSeveralProvincesInAGroupIsTheGroup) {
  const OrganizerCase cases[] = {
      {"youth unions of the provinces' police, 'trong' the group",
       "Sáng 14/3/2025, Đoàn Thanh niên Công an các tỉnh trong Cụm thi đua số 5 đã tổ chức ký kết giao ước thi đua năm "
       "2025.",
       {"Cụm thi đua số 5"}},
      {"women's associations of the provinces' police, the group right after",
       "Ngày 7/3/2025, Hội Phụ nữ Công an các tỉnh Cụm thi đua số 4 tổ chức hội nghị ký kết giao ước thi đua năm 2025.",
       {"Cụm thi đua số 4"}},
      {"veterans' associations of the bodies of a block, 'các đơn vị'",
       "Ngày 24/3/2025, Hội Cựu chiến binh các đơn vị trong Khối thi đua số 3 tổ chức ký kết giao ước thi đua năm 2025.",
       {"Khối thi đua số 3"}},
      {"guard: an association of provinces in a group (read before too)",
       "Ngày 5/7/2025, Hội Nông dân các tỉnh Cụm thi đua số 6 tổ chức hội nghị sơ kết công tác thi đua.",
       {"Cụm thi đua số 6"}},
  };
  expect_organizers(cases);
}

// "Công an các tỉnh A, B và C tổ chức …", "Hội Cựu chiến binh các huyện A, B tổ chức …": the bodies of
// places listed after one level act together; each organises, named with its level.
TEST(PlanPatterns75, TheBodiesOfPlacesListedAfterOneLevelEachOrganise) {
  const OrganizerCase cases[] = {
      {"the police of three provinces",
       "Ngày 18/2/2025, Công an các tỉnh Sơn La, Điện Biên và Lai Châu tổ chức ký kết giao ước thi đua năm 2025.",
       {"Công an tỉnh Sơn La", "Công an tỉnh Điện Biên", "Công an tỉnh Lai Châu"}},
      {"veterans' associations of two districts",
       "Sáng 20/2/2025, Hội Cựu chiến binh các huyện Yên Định, Thiệu Hóa tổ chức ký kết giao ước thi đua năm 2025.",
       {"Hội Cựu chiến binh huyện Yên Định", "Hội Cựu chiến binh huyện Thiệu Hóa"}},
      {"departments of education of two districts, 'và' in the body's name",
       "Ngày 9/10/2025, Phòng Giáo dục và Đào tạo các huyện Tuy Phong, Bắc Bình tổ chức ký kết giao ước thi đua năm học "
       "2025-2026.",
       {"Phòng Giáo dục và Đào tạo huyện Tuy Phong", "Phòng Giáo dục và Đào tạo huyện Bắc Bình"}},
      {"a bank's branches of two districts, 'xã hội' in the bank's name (was cut over 'các huyện A')",
       "Ngày 10/3/2025, Ngân hàng Chính sách xã hội các huyện Lục Yên, Văn Yên tổ chức ký kết giao ước thi đua năm 2025.",
       {"Ngân hàng Chính sách xã hội huyện Lục Yên", "Ngân hàng Chính sách xã hội huyện Văn Yên"}},
      {"the police of two districts counted in words",
       "Ngày 9/3/2025, Công an hai huyện Mèo Vạc và Đồng Văn tổ chức ký kết giao ước thi đua năm 2025.",
       {"Công an huyện Mèo Vạc", "Công an huyện Đồng Văn"}},
      {"guard: one province's police", "Ngày 18/2/2025, Công an tỉnh Sơn La tổ chức ký kết giao ước thi đua năm 2025.",
       {"Công an tỉnh Sơn La"}},
  };
  expect_organizers(cases);
}

// "Ban Chỉ đạo 138, UBND huyện A tổ chức …": a steering board called by its number keeps it.
TEST(PlanPatterns75, ASteeringBoardCalledByItsNumberKeepsIt) {
  const OrganizerCase cases[] = {
      {"before a comma and another body",
       "Ngày 22/12/2024, Ban Chỉ đạo 138, UBND huyện Xuân Lộc tổ chức hội nghị tổng kết phong trào toàn dân bảo vệ an "
       "ninh Tổ quốc năm 2024.",
       {"Ban Chỉ đạo 138", "UBND huyện Xuân Lộc"}},
  };
  expect_organizers(cases);
}

// "Chi đoàn Phòng Cảnh sát cơ động Công an tỉnh A tổ chức …": a youth cell of a body is named with it.
TEST(PlanPatterns75, AYouthCellOfABodyIsNamedWithIt) {
  const OrganizerCase cases[] = {
      {"the cell of a police department",
       "Ngày 25/3/2025, Chi đoàn Phòng Cảnh sát hình sự Công an tỉnh Bình Định tổ chức phát động đợt thi đua chào mừng "
       "Ngày thành lập Đoàn.",
       {"Chi đoàn Phòng Cảnh sát hình sự Công an tỉnh Bình Định"}},
  };
  expect_organizers(cases);
}

// "Bộ đội Biên phòng ban hành kế hoạch thi đua" / "Bộ Tư lệnh Bộ đội Biên phòng vừa ban hành …": the
// headline's short name, the lead's full name ending with it.
TEST(PlanPatterns75, AHeadlinesShortIssuerTakesTheLeadsFullName) {
  const OrganizerCase cases[] = {
      {"the command of the border guard",
       "Bộ đội Biên phòng ban hành kế hoạch thi đua năm 2025\nNgày 10/1/2025, Bộ Tư lệnh Bộ đội Biên phòng ban hành Kế "
       "hoạch tổ chức phong trào thi đua quyết thắng năm 2025.",
       {"Bộ Tư lệnh Bộ đội Biên phòng"}},
  };
  expect_organizers(cases);
}

// "Lễ … do Đảng ủy, Ban Chỉ huy Công an huyện A tổ chức": after "do" as in a subject, the party
// committee written beside its body and the body's leadership stand for the body.
TEST(PlanPatterns75, AfterDoTheBodysPartyCommitteeAndLeadershipStandForIt) {
  const OrganizerCase cases[] = {
      {"party committee and command board after 'do'",
       "Lễ ra quân đợt cao điểm tấn công trấn áp tội phạm do Đảng ủy, Ban Chỉ huy Công an huyện Hoài Nhơn tổ chức sáng "
       "6/5/2025.",
       {"Công an huyện Hoài Nhơn"}},
  };
  expect_organizers(cases);
}

}  // namespace
}  // namespace thidua::text::plan
