#include <gtest/gtest.h>

#include "core/emulation_lifecycle.h"

using namespace thidua;
using namespace thidua::emulation;

namespace {
Date d(const char* s) { return *Date::parse_iso(s); }
// Nghệ An's special movement for the grassroots force: two phases, 18/10/2024 – 19/8/2025.
const std::vector<Phase> kPhases = {{1, d("2024-10-18"), d("2025-02-03"), "Đợt 1", ""},
                                    {2, d("2025-02-04"), d("2025-08-19"), "Đợt 2", ""}};
}  // namespace

TEST(Lifecycle, AMovementUnderWayAfterItsEndAwaitsItsFinalReviewNotInProgress) {
  auto l = movement_lifecycle(State::kUnderWay, d("2024-10-18"), d("2025-08-19"), kPhases, {}, d("2026-12-04"));
  EXPECT_EQ(l.code, "awaiting_final_review");
  EXPECT_EQ(l.label, "Đã kết thúc 19/08/2025, chờ tổng kết");
  EXPECT_FALSE(l.days_left);
}

TEST(Lifecycle, DuringAPhaseSaysWhichPhaseAndHowManyDaysAreLeft) {
  auto l = movement_lifecycle(State::kUnderWay, d("2024-10-18"), d("2025-08-19"), kPhases, {}, d("2025-08-01"));
  EXPECT_EQ(l.code, "in_progress");
  EXPECT_EQ(l.phase_ordinal, 2);
  EXPECT_EQ(l.days_left, 18);
  EXPECT_EQ(l.label, "Đang diễn ra: Đợt 2, còn 18 ngày");
  auto last = movement_lifecycle(State::kUnderWay, d("2024-10-18"), d("2025-08-19"), kPhases, {}, d("2025-08-19"));
  EXPECT_EQ(last.days_left, 0);
}

TEST(Lifecycle, BeforeTheStartAndClosedAndDraft) {
  auto l = movement_lifecycle(State::kLaunched, d("2024-10-18"), d("2025-08-19"), kPhases, {}, d("2024-10-10"));
  EXPECT_EQ(l.code, "not_started");
  EXPECT_EQ(l.days_to_start, 8);
  auto closed = movement_lifecycle(State::kClosed, d("2024-10-18"), d("2025-08-19"), kPhases,
                                   {{State::kClosed, d("2025-08-25")}}, d("2026-12-04"));
  EXPECT_EQ(closed.code, "reviewed");
  EXPECT_EQ(closed.label, "Đã tổng kết (25/08/2025)");
  EXPECT_EQ(movement_lifecycle(State::kDraft, d("2024-10-18"), d("2025-08-19"), kPhases, {}, d("2024-11-01")).code,
            "draft");
}

TEST(Lifecycle, AnEndedPhaseAwaitsItsInterimReviewUntilOneIsHeldAfterItsEnd) {
  auto before = phase_lifecycles(State::kUnderWay, kPhases, {}, d("2025-03-01"));
  EXPECT_EQ(before[0].code, "awaiting_interim_review");
  EXPECT_EQ(before[1].code, "current");
  EXPECT_EQ(before[1].days_left, 171);
  auto early = phase_lifecycles(State::kUnderWay, kPhases, {{State::kInterimReviewed, d("2025-01-20")}}, d("2025-03-01"));
  EXPECT_EQ(early[0].code, "awaiting_interim_review");  // a review before the phase ended does not count
  auto after = phase_lifecycles(State::kUnderWay, kPhases, {{State::kInterimReviewed, d("2025-02-10")}}, d("2025-03-01"));
  EXPECT_EQ(after[0].code, "reviewed");
  auto ended = phase_lifecycles(State::kUnderWay, kPhases, {{State::kInterimReviewed, d("2025-02-10")}}, d("2026-12-04"));
  EXPECT_EQ(ended[1].code, "awaiting_final_review");
}

TEST(Lifecycle, DeadlinesAndReportingPeriods) {
  EXPECT_EQ(deadline_lifecycle(d("2026-12-08"), d("2026-12-04")).days_left, 4);
  EXPECT_EQ(deadline_lifecycle(d("2026-12-08"), d("2026-12-09")).code, "closed");
  EXPECT_EQ(reporting_lifecycle(d("2026-12-01"), d("2026-12-31"), d("2027-01-05"), d("2026-12-04")).code, "open");
  EXPECT_EQ(reporting_lifecycle(d("2026-11-01"), d("2026-11-30"), d("2026-12-05"), d("2026-12-04")).code, "due");
  EXPECT_EQ(reporting_lifecycle(d("2026-10-01"), d("2026-10-31"), d("2026-11-05"), d("2026-12-04")).code, "closed");
}
