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

using test::expect_organizers;
using test::OrganizerCase;

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

}  // namespace
}  // namespace thidua::text::plan
