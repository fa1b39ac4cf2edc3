// The seventy-eighth round (issue 14, session 24, s24-counts): the counts, contents and targets of
// the former held-out set eval5 (now in dev/), read as patterns of the language. Every sentence is
// written for the test across sectors and labelled by the Conventions before it was run; each
// positive fails with its fix off.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_counts;
using test::expect_targets;
using test::CountCase;
using test::TargetCase;

// "củng cố vững chắc 11 tiêu chí", "hoàn thành 8 tiêu chí còn lại", "đạt 7 tiêu chí ấp nông thôn
// mới": the criteria of a standard (a new rural commune, a school, a health station, a safe commune)
// are a level to reach wherever the text sets them, outside a paragraph of targets too; the criteria
// a commune met ("đã hoàn thành") or a standard is made of ("gồm 19 tiêu chí") are not.
TEST(PlanPatterns78, CriteriaOfAStandardToReachAreTargets) {
  const TargetCase cases[] = {
      {"new rural commune: kept and completed, two levels joined by 'và'",
       "Ngày 5/3/2024, UBND xã Tân Phú tổ chức lễ phát động phong trào thi đua xây dựng nông thôn mới nâng cao. Năm "
       "2024, xã phấn đấu giữ vững 19 tiêu chí và hoàn thành 5 tiêu chí nông thôn mới nâng cao.",
       {"rate equal 19 tiêu chí | tiêu chí", "rate equal 5 tiêu chí | tiêu chí nông thôn mới nâng cao"}},
      {"health stations, 'tập trung thực hiện đạt' with no cue of targets",
       "Ngày 12/4/2025, Trung tâm Y tế huyện Đức Thọ phát động phong trào thi đua năm 2025. Các trạm y tế tập trung "
       "thực hiện đạt 10 tiêu chí quốc gia về y tế xã.",
       {"rate equal 10 tiêu chí | tiêu chí quốc gia về y tế xã"}},
      {"a school, 'nhằm củng cố vững chắc' and the remaining one",
       "Ngày 8/9/2024, Trường Tiểu học Hòa Bình tổ chức phát động thi đua năm học 2024-2025. Thông qua đợt thi đua nhằm "
       "củng cố vững chắc 4 tiêu chí trường đạt chuẩn quốc gia và hoàn thành 1 tiêu chí còn lại.",
       {"rate equal 4 tiêu chí | tiêu chí trường đạt chuẩn quốc gia", "rate equal 1 tiêu chí | tiêu chí còn lại"}},
      {"police: a safe commune's criteria",
       "Ngày 2/3/2025, Công an xã Hưng Đạo phát động đợt cao điểm thi đua xây dựng xã an toàn về an ninh, trật tự. Đợt "
       "thi đua tập trung hoàn thành 6 tiêu chí xã an toàn về an ninh, trật tự.",
       {"rate equal 6 tiêu chí | tiêu chí xã an toàn về an ninh, trật tự"}},
      {"negative: criteria met last year and those a standard is made of",
       "Ngày 5/3/2024, UBND xã Tân Lập tổ chức lễ phát động phong trào thi đua xây dựng nông thôn mới năm 2024. Năm 2023, "
       "xã đã hoàn thành 15 tiêu chí nông thôn mới. Bộ tiêu chí quốc gia về xã nông thôn mới gồm 19 tiêu chí.",
       {}},
  };
  expect_targets(cases);
}

}  // namespace
}  // namespace thidua::text::plan
