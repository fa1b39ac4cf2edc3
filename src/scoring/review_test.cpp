#include "scoring/review.h"

#include <gtest/gtest.h>

#include "core/error.h"
#include "scoring/test_fixtures.h"

namespace thidua::scoring {
namespace {

using testing::catalogue;
using testing::values;

class Review : public ::testing::Test {
 protected:
  Review()
      : scheme(ScoringScheme::from_json(testing::read_json("docs/examples/cluster5-2024-scheme.json"), catalogue()),
               catalogue()) {}
  Scorecard card(const std::string& unit, double crimes, bool models_ok = true) {
    Assessment a;
    a.met["phat_dong_so_tong_ket"] = true;
    return evaluate(scheme,
                    values({{"toi_pham_ttxh", crimes}, {"mo_hinh_phong_trao_moi", models_ok ? 3.0 : 1.0},
                            {"tin_bao_to_bao_ve", 120}}),
                    values({{"toi_pham_ttxh", 100}, {"tin_bao_to_bao_ve", 100}}), a, unit);
  }
  CompiledScheme scheme;
};

TEST_F(Review, AUnitCannotCrossScoreItself) {
  ScoreReview r(scheme, "ca-hung-yen");
  try {
    r.assign_scorer("ca-hung-yen");
    FAIL() << "a unit was assigned to score itself";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kInvalid);
    EXPECT_NE(std::string(e.what()).find("không được tự chấm chéo"), std::string::npos);
  }
  EXPECT_THROW(r.submit_cross_score("ca-hung-yen", card("ca-hung-yen", 90)), Error);
  EXPECT_TRUE(r.assignments().empty());
}

TEST_F(Review, OnlyAssignedScorersScoreAndARecusalNeedsAReason) {
  ScoreReview r(scheme, "ca-hung-yen");
  EXPECT_THROW(r.submit_cross_score("ca-thai-binh", card("ca-hung-yen", 90)), Error);  // not assigned
  r.assign_scorer("ca-thai-binh");
  EXPECT_THROW(r.assign_scorer("ca-thai-binh"), Error);
  EXPECT_THROW(r.recuse("ca-thai-binh", "  "), Error);
  EXPECT_THROW(r.recuse("ca-ha-nam", "lý do"), Error);
  r.recuse("ca-thai-binh", "Lãnh đạo đơn vị có quan hệ gia đình với lãnh đạo đơn vị được chấm");
  EXPECT_THROW(r.submit_cross_score("ca-thai-binh", card("ca-hung-yen", 90)), Error);
  EXPECT_FALSE(r.verified().has_value());
  // A card for another unit is refused.
  r.assign_scorer("ca-ha-nam");
  EXPECT_THROW(r.submit_cross_score("ca-ha-nam", card("ca-nam-dinh", 90)), Error);
}

TEST_F(Review, TheFinalScoreIsTheModeratedVerifiedScoreAndTheGapIsShownPerCriterion) {
  ScoreReview r(scheme, "ca-hung-yen");
  r.set_self_score(card("ca-hung-yen", 90));  // the unit reported −10%: full 12 points
  r.assign_scorer("ca-thai-binh");
  r.submit_cross_score("ca-thai-binh", card("ca-hung-yen", 95, false));  // the checked figures: −5%, 1 model
  ASSERT_TRUE(r.verified().has_value());
  EXPECT_DOUBLE_EQ(r.verified()->find("giam_toi_pham_ttxh")->points, 8.57);  // 12 × 5/7

  // The leader restores the models criterion after seeing the evidence.
  EXPECT_THROW(r.moderate({"mo_hinh_moi", 6, std::nullopt, "vượt", "cụm trưởng"}), Error);  // above its max of 5
  EXPECT_THROW(r.moderate({"mo_hinh_moi", 5, std::nullopt, "", "cụm trưởng"}), Error);      // no reason
  EXPECT_THROW(r.moderate({"khong_co", 5, std::nullopt, "lý do", "cụm trưởng"}), Error);
  r.moderate({"mo_hinh_moi", 5, std::nullopt, "Biên bản công nhận 2 mô hình mới bổ sung ngày 10/12", "Công an tỉnh Hưng Yên"});

  std::optional<Scorecard> fin = r.final_score();
  ASSERT_TRUE(fin.has_value());
  EXPECT_DOUBLE_EQ(fin->find("mo_hinh_moi")->points, 5);
  EXPECT_NE(fin->find("mo_hinh_moi")->note.find("Lý do: Biên bản"), std::string::npos);
  EXPECT_NEAR(fin->total, r.self_score()->total - 3.43, 1e-9);

  bool found = false;
  for (const ScoreGap& g : r.gaps()) {
    if (g.id == "giam_toi_pham_ttxh") {
      found = true;
      EXPECT_DOUBLE_EQ(g.self_points, 12);
      EXPECT_DOUBLE_EQ(g.final_points, 8.57);
      EXPECT_DOUBLE_EQ(g.difference, -3.43);
      EXPECT_NE(g.explanation.find("Tự chấm 12, điểm cuối cùng 8,57 (-3,43)"), std::string::npos) << g.explanation;
    }
    if (g.id == "mo_hinh_moi") {
      EXPECT_DOUBLE_EQ(g.difference, 0);
    }
  }
  EXPECT_TRUE(found);
  EXPECT_EQ(r.to_json()["gaps"].size(), scheme.lines().size() + scheme.bonuses().size() + scheme.deductions().size());
}

TEST_F(Review, SeveralCrossScoresAreAveragedLineByLine) {
  ScoreReview r(scheme, "ca-hung-yen");
  r.assign_scorer("ca-thai-binh");
  r.assign_scorer("ca-ha-nam");
  r.submit_cross_score("ca-thai-binh", card("ca-hung-yen", 90));  // 12 points
  r.submit_cross_score("ca-ha-nam", card("ca-hung-yen", 96));     // −4%: 12 × 4/7 = 6.86 points
  std::optional<Scorecard> v = r.verified();
  ASSERT_TRUE(v.has_value());
  EXPECT_DOUBLE_EQ(v->find("giam_toi_pham_ttxh")->points, 9.43);  // (12 + 6.86) / 2
  EXPECT_FALSE(v->find("giam_toi_pham_ttxh")->met);  // one scorer found it not met
}

TEST_F(Review, ModeratingADisqualifyingVerdictChangesTheClassification) {
  ScoreReview r(scheme, "ca-hung-yen");
  r.set_self_score(card("ca-hung-yen", 90));
  r.moderate({"an_toan_dai_hoi", 0, false, "Để xảy ra vụ việc mất an toàn tại đại hội cấp xã", "Cụm trưởng"});
  EXPECT_TRUE(r.final_score()->disqualified);
  EXPECT_EQ(r.final_score()->level_code, "khong_hoan_thanh");
}

}  // namespace
}  // namespace thidua::scoring
