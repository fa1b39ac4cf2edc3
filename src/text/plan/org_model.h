// A learned decision for plan import's organizers (issue 14, session 18): every body the parser
// finds in a text is a candidate; features from where and how the text names it (title, lead
// sentence, the folded words around it, its kind, how often it is named, whether the rules chose
// it); a logistic regression trained on the development labels scores each candidate, and those
// at or above the model's threshold are the organizers. `thidua plan train organizers --cv 5 DIR…`
// measures it by 5-fold cross-validation against the rules; `-o FILE` writes the model
// (data/plan/organizers-model.json). See docs/plan-import.md, "A learned decision".
#pragma once
#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "text/plan/extract.h"

namespace thidua::text::plan {

// ---- a sparse binary logistic regression ---------------------------------------------------
// Each example is a set of feature names (present = 1). p = σ(bias + Σ weights of its features).
struct LogisticModel {
  std::vector<std::string> names;  // sorted, unique
  std::vector<double> weights;     // one per name
  double bias = 0;

  double probability(const std::vector<std::string>& features) const;
};

struct TrainOptions {
  double l2 = 1.0;          // penalty λ/2·‖w‖² added to the summed log-loss (the bias is not penalised)
  int iterations = 400;     // full-batch Adagrad steps
  double rate = 0.5;        // Adagrad's step
  int min_examples = 2;     // a feature seen in fewer training examples is dropped
};

// Minimises Σ log-loss + λ/2‖w‖² by full-batch Adagrad from zero weights: the same examples give
// the same model. `labels` are 0 or 1, one per example.
LogisticModel train_logistic(const std::vector<std::vector<std::string>>& examples, const std::vector<int>& labels,
                             const TrainOptions& options = {});

// ---- the organizer candidates of one text --------------------------------------------------
struct OrganizerCandidate {
  std::string printed;  // as the parser prints an organizer ("Công an tỉnh Nghệ An")
  bool by_rules = false;  // the rules of extract_organizers chose it
  std::vector<std::string> features;  // sorted, unique; "rules" among them when by_rules
  int32_t first = 0;  // its first mention's token: candidates are kept in text order
};

// The candidates of an analysed text: every unit find_units names (a leadership board also as the
// body it leads) and every unit the rules chose (`rules`), printed with `print`, one per folded
// name, with their features.
std::vector<OrganizerCandidate> organizer_candidates(const Analysis& a, const EventResult& event, const TitleInfo& title,
                                                     const std::vector<UnitMention>& rules,
                                                     const std::function<std::string(const UnitMention&)>& print);

// Parses like parse_plan and also returns the organizer candidates (in text order, one per
// folded name). Throws as parse_plan does.
nlohmann::json parse_plan_with_candidates(std::string_view utf8_text, std::vector<OrganizerCandidate>* candidates);

// ---- the model file ------------------------------------------------------------------------
// How the model's probabilities decide, for a text whose candidates it scores.
enum class OrganizerMode {
  kModel,           // the model alone (trained without the "rules" feature)
  kRerank,          // the model with the rules' choice as one feature
  kFillEmpty,       // the rules; where they find nothing, the model alone
  kVeto,            // the rules, less the bodies the model alone scores below the threshold
  kAdd,             // the rules, and the bodies the model alone scores at or above the threshold
};
const char* mode_name(OrganizerMode mode);
// The mode of that name ("rerank"); std::nullopt when there is none.
std::optional<OrganizerMode> mode_from_name(std::string_view name);

struct OrganizerModel {
  OrganizerMode mode = OrganizerMode::kModel;
  LogisticModel model;
  double threshold = 0.5;
  nlohmann::json trained_on;  // {"sets": [...], "commit": "...", "texts": N, "candidates": N}
  TrainOptions options;

  // The printed names the model keeps of `candidates`, in text order.
  std::vector<std::string> decide(const std::vector<OrganizerCandidate>& candidates) const;

  nlohmann::json to_json() const;
  // Validates version, field, mode, threshold, bias and every weight (finite numbers, names
  // unique and non-empty); throws thidua::Error (kInvalid) naming what is wrong.
  static OrganizerModel from_json(const nlohmann::json& j);
};

// ---- training and cross-validation over labelled texts ------------------------------------
struct LabelledText {
  std::string name;                    // file stem, for the folds
  std::vector<std::string> expected;   // the expected organizers, folded the scorer's way
  std::vector<OrganizerCandidate> candidates;
};

// Reads every NAME.txt with NAME.expected.json under the directories (sorted by name).
std::vector<LabelledText> load_labelled(const std::vector<std::string>& dirs);

// The fold (0 … k-1) of a text: FNV-1a of its name modulo k.
int fold_of(std::string_view name, int k);

// The organizers field over texts: right slots, slots, extracted, expected, right values.
struct OrganizerTally {
  int right = 0, slots = 0, extracted = 0, expected = 0;
  void add(const std::vector<std::string>& expected_folded, const std::vector<std::string>& chosen);
};

// Trains a model of the given mode on `texts`, its threshold chosen by an inner k-fold
// cross-validation on those same texts (the threshold with the most organizer slots right).
OrganizerModel train_organizers(const std::vector<LabelledText>& texts, OrganizerMode mode, const TrainOptions& options = {},
                                int inner_folds = 4);

// The rules' figure and a trained model's on labelled texts (a set it was not trained on): a table.
std::string score_organizers(const std::vector<LabelledText>& texts, const OrganizerModel& model);

// The rules' figure on all texts, and each mode's k-fold cross-validated figure: a table. With
// `subset` (text names), the same figures on those texts alone too (texts the rules had not seen
// at some commit, say).
std::string cross_validate_organizers(const std::vector<LabelledText>& texts, int k, const TrainOptions& options = {},
                                      const std::set<std::string>& subset = {});

}  // namespace thidua::text::plan
