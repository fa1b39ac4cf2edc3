#include "scoring/review.h"

#include <cmath>

#include "core/error.h"
#include "scoring/format.h"

namespace thidua::scoring {

using nlohmann::json;

ScoreReview::ScoreReview(const CompiledScheme& scheme, std::string unit) : scheme_(&scheme), unit_(std::move(unit)) {
  if (unit_.empty()) throw Error::Invalid("Thiếu mã đơn vị được chấm điểm");
}

void ScoreReview::check_card(const Scorecard& card) const {
  if (card.scheme_id != scheme_->scheme().id || card.scheme_version != scheme_->scheme().version ||
      card.criteria.size() != scheme_->lines().size()) {
    throw Error::Invalid("Phiếu chấm không theo bảng điểm " + scheme_->scheme().id + " phiên bản " +
                         std::to_string(scheme_->scheme().version));
  }
  if (!card.unit.empty() && card.unit != unit_) {
    throw Error::Invalid("Phiếu chấm của đơn vị '" + card.unit + "', không phải của '" + unit_ + "'");
  }
}

void ScoreReview::set_self_score(Scorecard card) {
  check_card(card);
  card.unit = unit_;
  self_ = std::move(card);
}

ScoreReview::Assignment* ScoreReview::find(const std::string& scorer) {
  for (auto& a : assignments_) {
    if (a.scorer == scorer) return &a;
  }
  return nullptr;
}

void ScoreReview::assign_scorer(const std::string& scorer) {
  if (scorer.empty()) throw Error::Invalid("Thiếu đơn vị chấm chéo", "scorer");
  if (scorer == unit_) throw Error::Invalid("Đơn vị '" + unit_ + "' không được tự chấm chéo cho chính mình", "scorer");
  if (find(scorer)) throw Error::Conflict("Đơn vị '" + scorer + "' đã được phân công chấm cho '" + unit_ + "'");
  assignments_.push_back({scorer, false, {}, std::nullopt});
}

void ScoreReview::recuse(const std::string& scorer, const std::string& reason) {
  Assignment* a = find(scorer);
  if (!a) throw Error::NotFound("Đơn vị '" + scorer + "' không được phân công chấm cho '" + unit_ + "'");
  if (reason.find_first_not_of(" \t\n") == std::string::npos) {
    throw Error::Invalid("Từ chối chấm điểm phải nêu lý do", "reason");
  }
  a->recused = true;
  a->recusal_reason = reason;
  a->card.reset();
}

void ScoreReview::submit_cross_score(const std::string& scorer, Scorecard card) {
  if (scorer == unit_) throw Error::Invalid("Đơn vị '" + unit_ + "' không được tự chấm chéo cho chính mình", "scorer");
  Assignment* a = find(scorer);
  if (!a) throw Error::Invalid("Đơn vị '" + scorer + "' không được phân công chấm cho '" + unit_ + "'", "scorer");
  if (a->recused) throw Error::Conflict("Đơn vị '" + scorer + "' đã từ chối chấm cho '" + unit_ + "'");
  check_card(card);
  card.unit = unit_;
  a->card = std::move(card);
}

void ScoreReview::moderate(Moderation m) {
  if (m.reason.find_first_not_of(" \t\n") == std::string::npos) {
    throw Error::Invalid("Điều chỉnh điểm phải nêu lý do", "reason");
  }
  if (!std::isfinite(m.points) || m.points < 0) throw Error::Invalid("Điểm điều chỉnh không được âm", "points");
  int line = scheme_->line_index(m.criterion);
  if (line >= 0) {
    double max = scheme_->lines()[static_cast<size_t>(line)].max_points;
    if (m.points > max + 1e-9) {
      throw Error::Invalid("Điểm điều chỉnh (" + format_points(m.points) + ") vượt điểm tối đa của tiêu chí (" +
                               format_points(max) + ")",
                           "points");
    }
  } else {
    const CompiledAdjustment* adj = nullptr;
    for (const auto& a : scheme_->bonuses()) adj = a.line->id == m.criterion ? &a : adj;
    for (const auto& a : scheme_->deductions()) adj = a.line->id == m.criterion ? &a : adj;
    if (!adj) throw Error::Invalid("Không có tiêu chí '" + m.criterion + "' trong bảng điểm", "criterion");
    if (m.met) throw Error::Invalid("Dòng cộng/trừ điểm không có kết luận đạt/không đạt", "met");
    if (m.points > adj->cap + 1e-9) {
      throw Error::Invalid("Điểm điều chỉnh (" + format_points(m.points) + ") vượt mức tối đa (" +
                               format_points(adj->cap) + ")",
                           "points");
    }
  }
  m.points = round_points(m.points);
  for (auto& old : moderations_) {
    if (old.criterion == m.criterion) {
      old = std::move(m);
      return;
    }
  }
  moderations_.push_back(std::move(m));
}

std::optional<Scorecard> ScoreReview::verified() const {
  std::vector<const Assignment*> done;
  for (const auto& a : assignments_) {
    if (!a.recused && a.card) done.push_back(&a);
  }
  if (done.empty()) return std::nullopt;
  Scorecard v = *done[0]->card;
  if (done.size() > 1) {
    for (size_t i = 0; i < v.criteria.size(); ++i) {
      double sum = 0, bonus = 0;
      bool met = true;
      std::string note = "Trung bình điểm chấm chéo:";
      for (const Assignment* a : done) {
        const CriterionScore& c = a->card->criteria[i];
        sum += c.points;
        bonus += c.bonus;
        met = met && c.met;
        note += " " + a->scorer + " " + format_points(c.points) + ";";
      }
      v.criteria[i].points = round_points(sum / static_cast<double>(done.size()));
      v.criteria[i].bonus = round_points(bonus / static_cast<double>(done.size()));
      v.criteria[i].met = met;
      v.criteria[i].note = note;
    }
    auto average = [&](std::vector<AdjustmentScore>& lines, bool bonus) {
      for (size_t i = 0; i < lines.size(); ++i) {
        double sum = 0, count = 0;
        for (const Assignment* a : done) {
          const auto& src = bonus ? a->card->bonuses : a->card->deductions;
          sum += src[i].points;
          count += src[i].count;
        }
        lines[i].points = round_points(sum / static_cast<double>(done.size()));
        lines[i].count = count / static_cast<double>(done.size());
      }
    };
    average(v.bonuses, true);
    average(v.deductions, false);
  }
  v.unit = unit_;
  finalize(*scheme_, v);
  return v;
}

std::optional<Scorecard> ScoreReview::final_score() const {
  std::optional<Scorecard> f = verified();
  if (!f) f = self_;
  if (!f) return std::nullopt;
  for (const Moderation& m : moderations_) {
    int line = scheme_->line_index(m.criterion);
    std::string note = "Điều chỉnh của lãnh đạo" + (m.by.empty() ? "" : " (" + m.by + ")") + ": ";
    if (line >= 0) {
      CriterionScore& c = f->criteria[static_cast<size_t>(line)];
      if (c.status == "missing") {  // no point ever comes from data that is not there
        note += "không áp dụng vì tiêu chí chưa có số liệu";
        c.note = c.note.empty() ? note : c.note + " " + note;
        continue;
      }
      note += format_points(c.points) + " → " + format_points(m.points) + " điểm. Lý do: " + m.reason;
      c.points = m.points;
      if (m.met) c.met = *m.met;
      c.note = c.note.empty() ? note : c.note + " " + note;
      continue;
    }
    for (auto* lines : {&f->bonuses, &f->deductions}) {
      for (auto& l : *lines) {
        if (l.id == m.criterion) {
          l.explanation += ". " + note + format_points(l.points) + " → " + format_points(m.points) + " điểm. Lý do: " + m.reason;
          l.points = m.points;
        }
      }
    }
  }
  finalize(*scheme_, *f);
  return f;
}

std::vector<ScoreGap> ScoreReview::gaps() const {
  std::vector<ScoreGap> out;
  std::optional<Scorecard> fin = final_score();
  if (!self_ || !fin) return out;
  auto gap = [&](const std::string& id, const std::string& name, double s, double f, const std::string& why) {
    ScoreGap g{id, name, s, f, round_points(f - s), {}};
    g.explanation = "Tự chấm " + format_points(s) + ", điểm cuối cùng " + format_points(f);
    if (to_centi(g.difference) != 0) {
      g.explanation += " (" + std::string(g.difference > 0 ? "+" : "") + format_points(g.difference) + ")";
      if (!why.empty()) g.explanation += ": " + why;
    } else {
      g.explanation += " (khớp)";
    }
    out.push_back(std::move(g));
  };
  for (size_t i = 0; i < fin->criteria.size(); ++i) {
    const CriterionScore& f = fin->criteria[i];
    std::string why = f.note.empty() ? f.explanation : f.note;
    gap(f.id, f.name, self_->criteria[i].points + self_->criteria[i].bonus, f.points + f.bonus, why);
  }
  for (size_t i = 0; i < fin->bonuses.size(); ++i) {
    gap(fin->bonuses[i].id, fin->bonuses[i].name, self_->bonuses[i].points, fin->bonuses[i].points,
        fin->bonuses[i].explanation);
  }
  for (size_t i = 0; i < fin->deductions.size(); ++i) {
    gap(fin->deductions[i].id, fin->deductions[i].name, -self_->deductions[i].points, -fin->deductions[i].points,
        fin->deductions[i].explanation);
  }
  return out;
}

json ScoreReview::to_json() const {
  json assignments = json::array();
  for (const auto& a : assignments_) {
    json e = {{"scorer", a.scorer}, {"recused", a.recused}, {"submitted", a.card.has_value()}};
    if (a.recused) e["recusal_reason"] = a.recusal_reason;
    if (a.card) e["total"] = a.card->total;
    assignments.push_back(std::move(e));
  }
  json mods = json::array();
  for (const auto& m : moderations_) {
    json e = {{"criterion", m.criterion}, {"points", m.points}, {"reason", m.reason}, {"by", m.by}};
    if (m.met) e["met"] = *m.met;
    mods.push_back(std::move(e));
  }
  json gaps_json = json::array();
  for (const auto& g : gaps()) {
    gaps_json.push_back({{"id", g.id}, {"name", g.name}, {"self", g.self_points}, {"final", g.final_points},
                         {"difference", g.difference}, {"explanation", g.explanation}});
  }
  auto v = verified();
  auto f = final_score();
  return {{"unit", unit_},
          {"self", self_ ? self_->to_json() : json(nullptr)},
          {"assignments", std::move(assignments)},
          {"verified", v ? v->to_json() : json(nullptr)},
          {"moderations", std::move(mods)},
          {"final", f ? f->to_json() : json(nullptr)},
          {"gaps", std::move(gaps_json)}};
}

}  // namespace thidua::scoring
