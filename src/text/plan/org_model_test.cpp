// The organizer model of plan import (issue 14, session 18, org_model.h): the logistic
// regression's arithmetic on training sets small enough to work out by hand, the model file
// refused when malformed, the folds, the tally of the organizers field, and the candidates a
// sentence written for the test gives.
#include "text/plan/org_model.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <tuple>

#include "core/error.h"

namespace thidua::text::plan {
namespace {

using nlohmann::json;

double weight(const LogisticModel& m, const std::string& name) {
  const auto it = std::find(m.names.begin(), m.names.end(), name);
  return it == m.names.end() ? NAN : m.weights[static_cast<size_t>(it - m.names.begin())];
}

TEST(OrgModel, LogisticRegressionReachesTheOptimumWorkedOutByHand) {
  // Two examples {a} labelled 1, two {b} labelled 0, λ = 1. By symmetry the bias is 0 and
  // w_a = −w_b = w with 2·(1 − σ(w)) = w (the gradient of the penalised log-loss is zero):
  // w ≈ 0.6750.
  TrainOptions o;
  o.l2 = 1.0;
  o.min_examples = 1;
  o.iterations = 2000;
  const LogisticModel m = train_logistic({{"a"}, {"a"}, {"b"}, {"b"}}, {1, 1, 0, 0}, o);
  EXPECT_NEAR(m.bias, 0.0, 1e-3);
  EXPECT_NEAR(weight(m, "a"), 0.6750, 2e-3);
  EXPECT_NEAR(weight(m, "b"), -0.6750, 2e-3);
  const double w = weight(m, "a");
  EXPECT_NEAR(2 * (1 - 1 / (1 + std::exp(-w))), w, 2e-3);
  EXPECT_NEAR(m.probability({"a"}), 1 / (1 + std::exp(-w)), 1e-9);
  EXPECT_NEAR(m.probability({"unknown"}), 0.5, 1e-3);  // a feature never seen weighs nothing
}

TEST(OrgModel, AFeatureOnBothSidesEquallyWeighsNothingAndRareFeaturesAreDropped) {
  TrainOptions o;
  o.min_examples = 2;
  const LogisticModel m =
      train_logistic({{"a", "c"}, {"a", "c"}, {"b", "c"}, {"b", "c"}, {"b", "once"}}, {1, 1, 0, 0, 0}, o);
  EXPECT_TRUE(std::isnan(weight(m, "once")));  // seen in one example only
  EXPECT_GT(weight(m, "a"), 0.3);
  EXPECT_LT(weight(m, "b"), -0.3);
  EXPECT_GT(m.probability({"a", "c"}), 0.5);
  EXPECT_LT(m.probability({"b", "c"}), 0.5);
  // The same examples give the same model.
  const LogisticModel again =
      train_logistic({{"a", "c"}, {"a", "c"}, {"b", "c"}, {"b", "c"}, {"b", "once"}}, {1, 1, 0, 0, 0}, o);
  EXPECT_EQ(again.names, m.names);
  EXPECT_EQ(again.weights, m.weights);
  EXPECT_EQ(again.bias, m.bias);
  EXPECT_THROW(train_logistic({{"a"}}, {1, 0}, o), Error);
}

json valid_model() {
  return {{"version", 1},
          {"field", "organizers"},
          {"kind", "logistic_regression"},
          {"mode", "rerank"},
          {"trained_on", {{"sets", {"tests/fixtures/plans/dev"}}, {"commit", "abc"}}},
          {"threshold", 0.4},
          {"bias", -1.5},
          {"weights", {{"rules", 3.0}, {"in_title", 0.5}}}};
}

TEST(OrgModel, ModelFileRoundTripsAndDecides) {
  const OrganizerModel m = OrganizerModel::from_json(valid_model());
  EXPECT_EQ(m.mode, OrganizerMode::kRerank);
  EXPECT_DOUBLE_EQ(m.threshold, 0.4);
  const OrganizerModel back = OrganizerModel::from_json(m.to_json());
  EXPECT_EQ(back.model.names, m.model.names);
  EXPECT_EQ(back.model.weights, m.model.weights);
  // σ(−1.5 + 3) = 0.82 kept; σ(−1.5 + 0.5) = 0.27 and σ(−1.5) dropped.
  std::vector<OrganizerCandidate> c(3);
  c[0].printed = "Công an tỉnh A";
  c[0].features = {"rules"};
  c[1].printed = "UBND tỉnh A";
  c[1].features = {"in_title"};
  c[2].printed = "Bộ Công an";
  EXPECT_EQ(m.decide(c), (std::vector<std::string>{"Công an tỉnh A"}));
}

TEST(OrgModel, MalformedModelFilesAreRefused) {
  auto refused = [](const std::string& what, json j, const std::string& message) {
    SCOPED_TRACE(what);
    try {
      OrganizerModel::from_json(j);
      ADD_FAILURE() << "accepted";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kInvalid);
      EXPECT_NE(std::string(e.what()).find(message), std::string::npos) << e.what();
    }
  };
  refused("not an object", json::array(), "not a JSON object");
  // Each case: what is wrong, the change to a valid file, the words the message must hold.
  const std::vector<std::tuple<const char*, std::function<void(json&)>, const char*>> cases = {
      {"no version", [](json& j) { j.erase("version"); }, "version"},
      {"a later version", [](json& j) { j["version"] = 2; }, "version"},
      {"another field", [](json& j) { j["field"] = "event.kind"; }, "field"},
      {"an unknown mode", [](json& j) { j["mode"] = "vote"; }, "mode"},
      {"a threshold above 1", [](json& j) { j["threshold"] = 1.5; }, "threshold"},
      {"a threshold as a string", [](json& j) { j["threshold"] = "0.4"; }, "threshold"},
      {"a weight as a string", [](json& j) { j["weights"]["rules"] = "3"; }, "rules"},
      {"no weights", [](json& j) { j["weights"] = json::object(); }, "weights"},
      {"no training sets", [](json& j) { j.erase("trained_on"); }, "trained_on"},
      {"no bias", [](json& j) { j.erase("bias"); }, "bias"},
      {"an option as a string", [](json& j) { j["options"] = {{"l2", "1"}}; }, "options.l2"}};
  for (const auto& [what, change, message] : cases) {
    json j = valid_model();
    change(j);
    refused(what, j, message);
  }
}

TEST(OrgModel, FoldsAreFixedByTheNameAndTheTallyCountsSlots) {
  EXPECT_EQ(fold_of("nghe-an-2024-launch", 5), fold_of("nghe-an-2024-launch", 5));
  int per_fold[5] = {};
  for (int i = 0; i < 200; ++i) {
    const int f = fold_of("text-" + std::to_string(i), 5);
    ASSERT_GE(f, 0);
    ASSERT_LT(f, 5);
    ++per_fold[f];
  }
  for (int n : per_fold) EXPECT_GT(n, 20);  // every fold gets texts
  // Expected {A, B}, chosen {"công an tỉnh A" (folded equal), C}: one right, three slots.
  OrganizerTally t;
  t.add({"cong an tinh a", "ubnd tinh b"}, {"Công an Tỉnh A.", "Sở Y tế"});
  EXPECT_EQ(t.right, 1);
  EXPECT_EQ(t.slots, 3);
  EXPECT_EQ(t.extracted, 2);
  EXPECT_EQ(t.expected, 2);
  t.add({}, {});  // no organizer expected nor chosen: no slot
  EXPECT_EQ(t.slots, 3);
}

TEST(OrgModel, ScoringAModelPrintsTheRulesAndTheModelSideBySide) {
  // One text expecting "Công an tỉnh A"; the rules chose "Bộ Công an", the model (weight on
  // in_title) keeps "Công an tỉnh A": rules 0 of 2 slots, the model 1 of 1.
  LabelledText t;
  t.name = "hand-made";
  t.expected = {"cong an tinh a"};
  t.candidates.resize(2);
  t.candidates[0].printed = "Công an tỉnh A";
  t.candidates[0].features = {"in_title"};
  t.candidates[1].printed = "Bộ Công an";
  t.candidates[1].by_rules = true;
  t.candidates[1].features = {"rules"};
  json j = valid_model();
  j["mode"] = "model";  // the rules' feature unseen: σ(−1.5) = 0.18 drops "Bộ Công an"
  j["weights"]["in_title"] = 3.0;  // σ(−1.5 + 3) = 0.82 keeps "Công an tỉnh A"
  const std::string table = score_organizers({t}, OrganizerModel::from_json(j));
  EXPECT_NE(table.find("rules                                 0.0    0.0     0/2"), std::string::npos) << table;
  EXPECT_NE(table.find("model file, mode model              100.0  100.0     1/1"), std::string::npos) << table;
}

const OrganizerCandidate* candidate(const std::vector<OrganizerCandidate>& cs, const std::string& printed) {
  for (const OrganizerCandidate& c : cs)
    if (c.printed == printed) return &c;
  return nullptr;
}

bool has(const OrganizerCandidate& c, const std::string& f) {
  return std::binary_search(c.features.begin(), c.features.end(), f);
}

TEST(OrgModel, CandidatesOfASentenceCarryWhereTheTextNamesThem) {
  std::vector<OrganizerCandidate> cs;
  const json r = parse_plan_with_candidates(
      "Công an huyện Tân Lộc phát động phong trào thi đua năm 2025\n\n"
      "Sáng 12/3/2025, Công an huyện Tân Lộc phối hợp với UBND xã Hòa Bình tổ chức Lễ phát động phong trào "
      "thi đua vì an ninh Tổ quốc năm 2025. Dịp này, UBND huyện Tân Lộc tặng giấy khen cho 3 tập thể.",
      &cs);
  EXPECT_EQ(r, parse_plan_with_candidates(
                   "Công an huyện Tân Lộc phát động phong trào thi đua năm 2025\n\n"
                   "Sáng 12/3/2025, Công an huyện Tân Lộc phối hợp với UBND xã Hòa Bình tổ chức Lễ phát động phong trào "
                   "thi đua vì an ninh Tổ quốc năm 2025. Dịp này, UBND huyện Tân Lộc tặng giấy khen cho 3 tập thể.",
                   nullptr));
  const OrganizerCandidate* police = candidate(cs, "Công an huyện Tân Lộc");
  const OrganizerCandidate* commune = candidate(cs, "UBND xã Hòa Bình");
  const OrganizerCandidate* district = candidate(cs, "UBND huyện Tân Lộc");
  ASSERT_TRUE(police && commune && district);
  EXPECT_TRUE(police->by_rules);
  for (const char* f : {"rules", "in_title", "in_lead", "after_opening_comma", "lead:before_trigger", "kind:police",
                        "mentions:2", "ER1:phoi"})
    EXPECT_TRUE(has(*police, f)) << f;
  EXPECT_TRUE(has(*commune, "L2:hop_voi")) << "the words before it, folded";
  EXPECT_TRUE(has(*commune, "kind:committee"));
  EXPECT_FALSE(has(*district, "in_lead"));
  EXPECT_TRUE(has(*district, "R1:tang"));
  EXPECT_TRUE(has(*district, "sentence:1"));
  // In text order, one per folded name.
  EXPECT_LT(police->first, commune->first);
  EXPECT_LT(commune->first, district->first);
}

}  // namespace
}  // namespace thidua::text::plan
