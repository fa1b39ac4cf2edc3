// Scoring a unit at year end: self-score (tự chấm), cross-scores by peers the leader assigns
// (chấm chéo — a unit never scores itself; a scorer may recuse with a reason), the leader's
// moderation (thẩm định: a criterion's points overridden, with a reason), and the final score.
// The gap between self-score and final score is shown criterion by criterion.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "scoring/compiled_scheme.h"
#include "scoring/scorecard.h"

namespace thidua::scoring {

struct Moderation {
  std::string criterion;       // a criterion id, or a bonus/deduction line id
  double points = 0;
  std::optional<bool> met;     // criteria only: overrides the verdict (and so a disqualification)
  std::string reason;
  std::string by;              // who moderated (the leader unit or officer)
};

struct ScoreGap {
  std::string id, name;
  double self_points = 0, final_points = 0;
  double difference = 0;  // final − self
  std::string explanation;  // "Tự chấm 20, điểm cuối cùng 14,29 (−5,71): …"
};

class ScoreReview {
 public:
  // The scheme must outlive the review.
  ScoreReview(const CompiledScheme& scheme, std::string unit);

  const std::string& unit() const { return unit_; }
  // The unit's own scorecard (its unit field must be this unit).
  void set_self_score(Scorecard card);
  const std::optional<Scorecard>& self_score() const { return self_; }

  // The leader assigns a peer; the unit itself is refused (Error::Invalid).
  void assign_scorer(const std::string& scorer);
  // A scorer steps aside; needs a reason (Error::Invalid) and an assignment (Error::NotFound).
  void recuse(const std::string& scorer, const std::string& reason);
  // A peer's scorecard. Refused: the unit itself, a scorer not assigned or recused, a scorecard
  // of another scheme or unit.
  void submit_cross_score(const std::string& scorer, Scorecard card);

  // The leader's override of one line. Refused: unknown id, points outside 0..max (or 0..cap for
  // bonus/deduction lines), an empty reason. A later moderation of the same line replaces it.
  void moderate(Moderation m);

  // Verified score: the mean of the submitted cross-scores, line by line (a criterion counts as
  // met only if every scorer found it met); nullopt until one is submitted.
  std::optional<Scorecard> verified() const;
  // Final score: the verified score with the moderations applied; without cross-scores, the
  // self-score is moderated. nullopt when there is neither.
  std::optional<Scorecard> final_score() const;
  // Self vs final, every criterion and bonus/deduction line; empty until both exist.
  std::vector<ScoreGap> gaps() const;

  struct Assignment {
    std::string scorer;
    bool recused = false;
    std::string recusal_reason;
    std::optional<Scorecard> card;
  };
  const std::vector<Assignment>& assignments() const { return assignments_; }
  const std::vector<Moderation>& moderations() const { return moderations_; }

  nlohmann::json to_json() const;

 private:
  Assignment* find(const std::string& scorer);
  void check_card(const Scorecard& card) const;

  const CompiledScheme* scheme_;
  std::string unit_;
  std::optional<Scorecard> self_;
  std::vector<Assignment> assignments_;
  std::vector<Moderation> moderations_;
};

}  // namespace thidua::scoring
