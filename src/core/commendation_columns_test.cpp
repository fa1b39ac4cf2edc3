// ColumnsBuilder (the engine's columns built while records are gathered): more subjects than the
// room reserved is a clear internal error, never a write past the end; subjects out of id order
// give no columns (the engine then reads the maps) and the same answers.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/commendation.h"
#include "core/error.h"
#include "test_source_dir.h"

namespace thidua::commendation {
namespace {

const Catalogue& catalogue() {
  static const Catalogue c = [] {
    std::ifstream f(thidua::testing::source_dir() + "/data/commendation/catalogue.json");
    std::stringstream ss;
    ss << f.rdbuf();
    return Catalogue::from_json(nlohmann::json::parse(ss.str()));
  }();
  return c;
}

SubjectRecord& person(Records& rec, int64_t id, const char* level) {
  SubjectRecord& p = rec.people[id];
  p.kind = "person";
  p.id = id;
  p.name = "Cán bộ " + std::to_string(id);
  if (*level) p.classification[2025] = level;
  return p;
}

TEST(CommendationColumns, MoreSubjectsThanReservedIsAnInternalErrorNotAWritePastTheEnd) {
  Records rec;
  ColumnsBuilder b(catalogue(), 2017, 2025, true);
  b.reserve(1, 0);
  b.add(person(rec, 1, "tot"));
  try {
    b.add(person(rec, 2, "tot"));
    FAIL() << "a second person past reserve(1, 0) was taken";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kInternal);
  }
}

TEST(CommendationColumns, SubjectsOutOfIdOrderGiveNoColumnsAndTheSameAnswers) {
  Records rec;
  SubjectRecord& rated = person(rec, 7, "xuat_sac");
  SubjectRecord& missing = person(rec, 3, "");  // nobody rated 2025
  ColumnsBuilder b(catalogue(), 2017, 2025, true);
  b.reserve(2, 0);
  b.add(rated);
  b.add(missing);  // 3 after 7: out of order
  EXPECT_FALSE(b.usable());
  rec.columns = b.finish();
  EXPECT_EQ(rec.columns, nullptr);
  Evaluation a = evaluate(catalogue(), rec, rated, "chien_si_tien_tien", 2025);
  Evaluation m = evaluate(catalogue(), rec, missing, "chien_si_tien_tien", 2025);
  EXPECT_TRUE(a.conditions[0].met);
  EXPECT_FALSE(m.conditions[0].met);  // missing stays missing

  // In order, the columns are taken and answer the same.
  Records again;
  SubjectRecord& r3 = person(again, 3, "");
  SubjectRecord& r7 = person(again, 7, "xuat_sac");
  ColumnsBuilder in_order(catalogue(), 2017, 2025, true);
  in_order.reserve(2, 0);
  in_order.add(r3);
  in_order.add(r7);
  in_order.level(in_order.person(7), 2025, "xuat_sac");
  again.columns = in_order.finish();
  ASSERT_NE(again.columns, nullptr);
  Evaluator engine(catalogue(), again);
  EXPECT_TRUE(engine.evaluate(r7, "chien_si_tien_tien", 2025).conditions[0].met);
  EXPECT_FALSE(engine.evaluate(r3, "chien_si_tien_tien", 2025).conditions[0].met);
}

}  // namespace
}  // namespace thidua::commendation
