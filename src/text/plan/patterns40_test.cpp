// The fortieth round (issue 14, session 18, branch s18-kind): a learned event kind beside the
// rules. Cross-validated on the development set (`thidua plan train --cv 5`, the table in
// tests/fixtures/plans/README.md), neither the naive Bayes model nor a logistic regression, alone
// or combined with the rules (where the rules say none; where confident beyond a threshold chosen
// inside the training folds), came near the rules' figure, so the parser's event kind stays the
// rules'. These texts, written for the test, are of the wordings the learned models confused most
// out of the folds — a conference read as a review or as none, a review that also signs the next
// year's pledge, a debut of a model that has no kind — and pin the rules' answer on them.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_field;

TEST(PlanPatterns40, TheRulesKeepTheEventKindTheLearnedModelsConfuse) {
  expect_field(
      "/event/kind",
      {{"a cluster's quarterly briefing is a conference",
        "Cụm thi đua số 3 họp giao ban quý I năm 2025\n\n"
        "Sáng 12/4/2025, tại hội trường Công an huyện Đông Sơn, Cụm thi đua số 3 tổ chức Hội nghị giao ban quý I năm "
        "2025. Dự hội nghị có lãnh đạo Công an 5 huyện trong cụm.",
        "conference"},
       {"a meeting honouring exemplars is a conference, not a review",
        "Gặp mặt điển hình tiên tiến ngành giáo dục\n\n"
        "Sáng 15/11/2024, Sở Giáo dục và Đào tạo tỉnh Hòa An tổ chức Hội nghị biểu dương điển hình tiên tiến năm học "
        "2023 - 2024. Tại hội nghị, 25 tập thể và 40 cá nhân được tặng Bằng khen.",
        "conference"},
       {"a review that also signs next year's pledge, under a review headline",
        "Khối thi đua các hội đặc thù tổng kết công tác thi đua năm 2024\n\n"
        "Chiều 20/12/2024, Khối thi đua các hội đặc thù tỉnh Hòa An tổ chức hội nghị tổng kết công tác thi đua, khen "
        "thưởng năm 2024 và ký kết giao ước thi đua năm 2025.",
        "review"},
       {"an interim review of a half year",
        "Cụm thi đua số 2 sơ kết 6 tháng đầu năm 2025\n\n"
        "Ngày 10/7/2025, tại Công an huyện Tây Hòa, Cụm thi đua số 2 tổ chức hội nghị sơ kết công tác thi đua 6 tháng "
        "đầu năm 2025.",
        "review"},
       {"the debut of a model has no kind",
        "Ra mắt mô hình \"Camera an ninh\" tại phường Tân Hòa\n\n"
        "Tối 18/8/2024, Công an phường Tân Hòa phối hợp với Ủy ban MTTQ phường tổ chức ra mắt mô hình \"Camera an "
        "ninh\" tại khu phố 3.",
        ""}});
}

}  // namespace
}  // namespace thidua::text::plan
