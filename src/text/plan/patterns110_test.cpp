// Session 28, round 3 (s28-orgs3): the group holding its own event, its name closing with a bare level word
// ("Khối thi đua các cơ quan nội chính tỉnh"), written in the event's sentence with the place after the level
// ("… nội chính tỉnh Hải Dương tổ chức …"): the organizer is the group as it is named, not completed with the
// place (tests/fixtures/plans/README.md, Conventions: "A closing level word the text writes with the name
// stays … not completed with the place", session 27). Sentences written for these tests (hospitals, schools,
// cooperatives, culture); each positive failed at main 7a8a5f1, the guards pass on both.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_field;
using test::expect_organizers;
using test::expect_positions;
using test::OrganizerCase;
using test::PositionCase;

TEST(PlanPatterns110, AGroupNamedWithItsClosingLevelDropsThePlaceAfterIt) {
  const OrganizerCase cases[] = {
      {"hospitals: 'tuyến tỉnh' + province",
       "Ký kết giao ước thi đua năm 2024 Khối thi đua các bệnh viện tuyến tỉnh\n\nSáng 12/3/2024, Khối thi đua các "
       "bệnh viện tuyến tỉnh Nam Định tổ chức hội nghị ký kết giao ước thi đua năm 2024. Khối thi đua các bệnh viện "
       "tuyến tỉnh gồm 5 đơn vị: Bệnh viện Đa khoa tỉnh, Bệnh viện Nhi, Bệnh viện Phụ sản, Bệnh viện Mắt và Bệnh viện "
       "Y học cổ truyền.",
       {"Khối thi đua các bệnh viện tuyến tỉnh"}},
      {"schools: 'huyện' + district",
       "Khối thi đua các trường trung học cơ sở huyện gồm 8 trường, do Trường THCS Nguyễn Du làm khối trưởng.\n\n"
       "Chiều ngày 5/10/2023, Khối thi đua các trường trung học cơ sở huyện Krông Pắc tổng kết phong trào thi đua "
       "năm học 2022-2023 và ký giao ước thi đua năm học mới.",
       {"Khối thi đua các trường trung học cơ sở huyện"}},
      {"cooperatives: two-word level 'thị xã' + town",
       "Cụm thi đua các hợp tác xã nông nghiệp thị xã gồm 6 hợp tác xã.\n\nNgày 20/1/2025, Cụm thi đua các hợp tác xã "
       "nông nghiệp thị xã Hương Trà tổ chức hội nghị tổng kết năm 2024.",
       {"Cụm thi đua các hợp tác xã nông nghiệp thị xã"}},
      // Guards: another body holding the group's event keeps its place; the group written bare stays bare.
      {"guard: a department hosts the block's signing",
       "Khối thi đua các cơ quan văn hóa - xã hội tỉnh gồm 9 cơ quan.\n\nSáng 8/2/2024, Sở Văn hóa, Thể thao và Du "
       "lịch tỉnh Quảng Bình tổ chức hội nghị ký kết giao ước thi đua của Khối thi đua các cơ quan văn hóa - xã hội "
       "tỉnh.",
       {"Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Bình"}},
      {"guard: the block written bare",
       "Sáng 15/3/2024, Khối thi đua các trường trung học phổ thông tỉnh tổ chức hội nghị ký kết giao ước thi đua năm "
       "học 2023-2024 tại Trường THPT chuyên Lê Quý Đôn, tỉnh Ninh Thuận. Khối thi đua các trường trung học phổ thông "
       "tỉnh gồm 7 trường.",
       {"Khối thi đua các trường trung học phổ thông tỉnh"}},
  };
  expect_organizers(cases);
}

// "Chủ tịch UBND tỉnh Hoàng Xuân Ánh đã có Chỉ thị … kỷ niệm 520 năm thành lập tỉnh Cao Bằng": an office ending in a
// bare "tỉnh" takes the one province the text names with its level, though only as a place, not as a body
// (Conventions: Positions). A name without its level names no province ("tư tưởng Hồ Chí Minh"); provinces
// listed after a plural level ("các tỉnh gồm: A, B") or two named with their level leave it bare.
TEST(PlanPatterns110, AnOfficeOfTheProvinceTakesTheOneProvinceNamedAsAPlace) {
  const PositionCase cases[] = {
      {"directive: 'tỉnh Lâm Đồng' in an anniversary, 'Hồ Chí Minh' no province",
       "Chủ tịch UBND tỉnh Trần Văn Nam vừa ký Chỉ thị phát động phong trào thi đua năm 2024 với chủ đề “Đoàn kết, "
       "sáng tạo”. Năm 2024 là năm kỷ niệm 120 năm thành lập tỉnh Lâm Đồng, thi đua học tập và làm theo tư tưởng, "
       "đạo đức, phong cách Hồ Chí Minh.",
       {{"Trần Văn Nam", "Chủ tịch UBND tỉnh Lâm Đồng"}}},
      {"health: the sector of 'tỉnh Hậu Giang'",
       "Sáng 10/3/2023, Sở Y tế tổ chức hội nghị tổng kết phong trào thi đua năm 2022. Dự hội nghị có đồng chí Lê Thị "
       "Hoa, Phó Chủ tịch UBND tỉnh. Năm 2022, ngành y tế tỉnh Hậu Giang hoàn thành các chỉ tiêu được giao.",
       {{"Lê Thị Hoa", "Phó Chủ tịch UBND tỉnh Hậu Giang"}}},
      {"farmers: 'trên địa bàn tỉnh Gia Lai'",
       "Ngày 5/4/2022, Hội Nông dân tổ chức lễ phát động thi đua sản xuất giỏi. Đồng chí Phạm Văn Bình, Giám đốc Sở "
       "Nông nghiệp và Phát triển nông thôn tỉnh, phát biểu chỉ đạo. Phong trào được triển khai rộng khắp trên địa "
       "bàn tỉnh Gia Lai.",
       {{"Phạm Văn Bình", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Gia Lai"}}},
      // Guards: several provinces named, none the office's.
      {"guard: provinces listed after 'các tỉnh gồm:'",
       "Ngày 26/3/2024, tại tỉnh Lào Cai đã diễn ra hội nghị ký kết giao ước thi đua của Hội Văn học nghệ thuật các "
       "tỉnh gồm: Lào Cai, Yên Bái, Hà Giang và Tuyên Quang. Dự hội nghị có đồng chí Vũ Văn Tú, Phó Chủ tịch UBND tỉnh.",
       {{"Vũ Văn Tú", "Phó Chủ tịch UBND tỉnh"}}},
      {"guard: two provinces with their level",
       "Sáng 12/5/2023, Trường Đại học Bình Dương tổ chức lễ phát động thi đua. Dự buổi lễ có ông Nguyễn Văn Hải, Phó "
       "Chủ tịch UBND tỉnh; đoàn công tác của tỉnh Đồng Nai và tỉnh Tây Ninh.",
       {{"Nguyễn Văn Hải", "Phó Chủ tịch UBND tỉnh"}}},
  };
  expect_positions(cases);
}

// "Sáng 28-10, tỉnh Quảng Trị tổ chức Đại hội Thi đua yêu nước lần thứ I, giai đoạn 2025 - 2030 … giai đoạn 2020 - 2025":
// a day without its year, in a text naming a period of years and the one before it, ending in the year it starts —
// a congress that closes the one and opens the other — is in the year they share. A period reviewed alone, or two
// that do not touch, keep their reading (the reviewed period's last year).
TEST(PlanPatterns110, ADayBetweenTwoAdjoiningPeriodsIsInTheYearTheyShare) {
  expect_field(
      "/event/date",
      {{"women's union: congress 2025-2030, results 2020-2025",
        "Sáng 15-9, Hội Liên hiệp Phụ nữ tỉnh tổ chức Đại hội thi đua yêu nước lần thứ III, giai đoạn 2025 - 2030. Đại "
        "hội đánh giá kết quả phong trào thi đua giai đoạn 2020 - 2025 và phát động phong trào thi đua trong giai đoạn "
        "mới.",
        "2025-09-15"},
       {"health union: reviews 2019-2024, launches 2024-2029",
        "Sáng 10/12, Công đoàn ngành Y tế tổ chức Đại hội thi đua yêu nước lần thứ IV, giai đoạn 2024 - 2029. Đại hội "
        "tổng kết phong trào thi đua giai đoạn 2019 - 2024 và phát động phong trào thi đua giai đoạn 2024 - 2029.",
        "2024-12-10"},
       {"labour federation: the earlier period in the report",
        "Tối 22/11, Liên đoàn Lao động thành phố tổ chức Đại hội thi đua yêu nước giai đoạn 2025-2030. Báo cáo tại Đại "
        "hội nêu rõ, giai đoạn 2020-2025 các cấp công đoàn đã vận động đoàn viên tham gia nhiều phong trào thi đua.",
        "2025-11-22"},
       // Guards.
       {"guard: one period reviewed",
        "Sáng 15-9, Hội Nông dân tỉnh tổ chức Hội nghị tổng kết phong trào thi đua giai đoạn 2020 - 2025, biểu dương 50 "
        "điển hình tiên tiến.",
        "2025-09-15"},
       {"guard: periods that do not touch",
        "Ngày 20/8, Hội Chữ thập đỏ tỉnh tổ chức Hội nghị tổng kết phong trào thi đua giai đoạn 2016-2020. Hội nghị thảo "
        "luận phương hướng giai đoạn 2021-2025.",
        "2020-08-20"}});
}

}  // namespace
}  // namespace thidua::text::plan
