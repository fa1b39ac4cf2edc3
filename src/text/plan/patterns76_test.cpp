// The seventy-sixth round (issue 14, session 24, s24-members): the group lists of the former
// held-out texts, as patterns of the language. The sentences are written for the tests, labelled
// by the Conventions (tests/fixtures/plans/README.md, Group) before the first run.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"
#include "text/plan/units.h"
#include "text/plan/document.h"

namespace thidua::text::plan {
namespace {

using test::expect_group;
using test::GroupCase;

TEST(PlanPatterns76, Debug) {
  const Document doc = analyse_fragment("Ngày 7/3/2025, Hội Phụ nữ Công an các tỉnh Lào Cai, Yên Bái. Công đoàn Công an các tỉnh Kon Tum. Sở Giáo dục và Đào tạo (GD&ĐT) các tỉnh Sơn La");
  for (const UnitMention& u : find_units(doc, 0, doc.size())) std::cerr << u.first << "-" << u.last << " " << static_cast<int>(u.kind) << " " << u.text << " lp=" << u.list_prefix << "\n";
  for (int32_t h = 0; h < doc.size(); ++h) if (auto b = match_unit(doc, h, doc.size())) std::cerr << h << ": " << b->last << " " << static_cast<int>(b->kind) << " " << b->text << "\n";
  for (int32_t h = 0; h < doc.size(); ++h) std::cerr << h << "=" << doc.text_of(h, h+1) << " ";
}

}  // namespace
}  // namespace thidua::text::plan
