#include "core/report_workflow.h"

#include <gtest/gtest.h>

#include "core/error.h"

namespace thidua::reports {

TEST(ReportWorkflow, TheUnitSubmitsAndTheLevelAboveReturnsOrAccepts) {
  EXPECT_STREQ(step_for("draft", "submit").to, "submitted");
  EXPECT_EQ(step_for("draft", "submit").by, Actor::kReportingUnit);
  EXPECT_EQ(step_for("submitted", "accept").by, Actor::kReceivingLevel);
  EXPECT_TRUE(step_for("submitted", "return").needs_reason);
  EXPECT_STREQ(step_for("returned", "submit").to, "submitted");
}

TEST(ReportWorkflow, AnAcceptedOrLockedReportCannotBeSubmittedOrEdited) {
  EXPECT_THROW(step_for("accepted", "submit"), Error);
  EXPECT_THROW(step_for("locked", "return"), Error);
  EXPECT_THROW(step_for("draft", "accept"), Error);
  EXPECT_FALSE(editable("submitted"));
  EXPECT_FALSE(editable("locked"));
  EXPECT_TRUE(editable("returned"));
}

}  // namespace thidua::reports
