#include "text/plan/org_model.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <numeric>
#include <set>
#include <sstream>

#include "core/error.h"
#include "text/plan/plan_eval.h"
#include "text/vietnamese.h"

namespace thidua::text::plan {

using nlohmann::json;

// ---- logistic regression -------------------------------------------------------------------

namespace {

double sigmoid(double z) {
  if (z >= 0) return 1.0 / (1.0 + std::exp(-z));
  const double e = std::exp(z);
  return e / (1.0 + e);
}

}  // namespace

double LogisticModel::probability(const std::vector<std::string>& features) const {
  double z = bias;
  for (const std::string& f : features) {
    const auto it = std::lower_bound(names.begin(), names.end(), f);
    if (it != names.end() && *it == f) z += weights[static_cast<size_t>(it - names.begin())];
  }
  return sigmoid(z);
}

LogisticModel train_logistic(const std::vector<std::vector<std::string>>& examples, const std::vector<int>& labels,
                             const TrainOptions& options) {
  if (examples.size() != labels.size()) throw Error::Invalid("train_logistic: one label per example");
  // Features seen in at least min_examples examples, sorted: the model's columns.
  std::map<std::string, int> seen;
  for (const auto& x : examples) {
    std::set<std::string> once(x.begin(), x.end());
    for (const std::string& f : once) ++seen[f];
  }
  LogisticModel m;
  for (const auto& [f, n] : seen)
    if (n >= options.min_examples) m.names.push_back(f);
  m.weights.assign(m.names.size(), 0.0);
  // Each example as column indices.
  std::vector<std::vector<size_t>> rows;
  rows.reserve(examples.size());
  for (const auto& x : examples) {
    std::set<size_t> cols;
    for (const std::string& f : x) {
      const auto it = std::lower_bound(m.names.begin(), m.names.end(), f);
      if (it != m.names.end() && *it == f) cols.insert(static_cast<size_t>(it - m.names.begin()));
    }
    rows.emplace_back(cols.begin(), cols.end());
  }
  std::vector<double> grad(m.weights.size()), g2(m.weights.size(), 0.0);
  double bias_g2 = 0;
  const double eps = 1e-8;
  for (int it = 0; it < options.iterations; ++it) {
    std::fill(grad.begin(), grad.end(), 0.0);
    double bias_grad = 0;
    for (size_t r = 0; r < rows.size(); ++r) {
      double z = m.bias;
      for (size_t c : rows[r]) z += m.weights[c];
      const double err = sigmoid(z) - labels[r];
      bias_grad += err;
      for (size_t c : rows[r]) grad[c] += err;
    }
    for (size_t c = 0; c < grad.size(); ++c) {
      const double g = grad[c] + options.l2 * m.weights[c];
      g2[c] += g * g;
      m.weights[c] -= options.rate * g / (std::sqrt(g2[c]) + eps);
    }
    bias_g2 += bias_grad * bias_grad;
    m.bias -= options.rate * bias_grad / (std::sqrt(bias_g2) + eps);
  }
  return m;
}

// ---- candidates and their features ---------------------------------------------------------

namespace {

std::string folded_word(const Document& doc, int32_t i) {
  if (!doc.in(i)) return "#";  // outside the text
  if (doc.tokens[i].kind == TokenKind::kNumber) return "0";
  return fold(doc.text_of(i, i + 1));
}

const char* kind_feature(UnitKind k) {
  switch (k) {
    case UnitKind::kPolice: return "kind:police";
    case UnitKind::kMinistry: return "kind:ministry";
    case UnitKind::kCommittee: return "kind:committee";
    case UnitKind::kCouncil: return "kind:council";
    case UnitKind::kParty: return "kind:party";
    case UnitKind::kFront: return "kind:front";
    case UnitKind::kCluster: return "kind:cluster";
    case UnitKind::kBlock: return "kind:block";
    case UnitKind::kBoard: return "kind:board";
    case UnitKind::kOffice: return "kind:office";
    case UnitKind::kLeadership: return "kind:leadership";
    case UnitKind::kNotAUnit: return "kind:none";
  }
  return "kind:?";
}

// The features one mention of a unit gives: where it is and the folded words around it.
void mention_features(const Analysis& a, const EventResult& event, const TitleInfo& title, int32_t first, int32_t last,
                      int32_t trigger, std::set<std::string>& out) {
  const Document& doc = a.doc;
  const bool in_title = title.token_last > title.token_first && first >= title.token_first && first < title.token_last;
  const int32_t sentence = doc.tokens[first].sentence;
  const bool in_event = event.sentence >= 0 && sentence == event.sentence;
  if (in_title) out.insert("in_title");
  if (in_event) out.insert("in_lead");
  // The sentence's rank in the body (0 = the first sentence after the title).
  int rank = 0;
  for (int32_t s = 0; s < sentence; ++s)
    if (doc.sentences[s].line >= title.body_line) ++rank;
  if (!in_title) out.insert("sentence:" + std::to_string(std::min(rank, 4)));
  const Sentence& s = doc.sentences[sentence];
  // Opens its sentence, or follows a comma a few words in ("Sáng 5/3, Công an tỉnh A …").
  if (first == s.first) out.insert("opens_sentence");
  else if (doc.is_punct(first - 1, ",") && first - s.first <= 8) out.insert("after_opening_comma");
  if (in_event && trigger >= 0) out.insert(last <= trigger ? "lead:before_trigger" : "lead:after_trigger");
  if (doc.is_punct(first - 1, "(")) out.insert("in_brackets");
  if (static_cast<size_t>(first) < a.in_person.size() && a.in_person[first]) out.insert("in_position");
  // A list: a comma or "và" on both sides.
  const bool list_before = doc.is_punct(first - 1, ",") || doc.is_key(first - 1, word_key("và"));
  const bool list_after = doc.is_punct(last, ",") || doc.is_key(last, word_key("và"));
  if (list_before && list_after) out.insert("in_list");
  const std::string where = in_title ? "T" : in_event ? "E" : "B";
  const std::string l1 = folded_word(doc, first - 1), l2 = folded_word(doc, first - 2), r1 = folded_word(doc, last),
                    r2 = folded_word(doc, last + 1);
  out.insert("L1:" + l1);
  out.insert("R1:" + r1);
  out.insert("L2:" + l2 + "_" + l1);
  out.insert("R2:" + r1 + "_" + r2);
  out.insert(where + "L1:" + l1);
  out.insert(where + "R1:" + r1);
  out.insert(where + "R2:" + r1 + "_" + r2);
  for (int32_t k = 1; k <= 4; ++k) {
    out.insert("L:" + folded_word(doc, first - k));
    out.insert("R:" + folded_word(doc, last + k - 1));
  }
}

}  // namespace

std::vector<OrganizerCandidate> organizer_candidates(const Analysis& a, const EventResult& event, const TitleInfo& title,
                                                     const std::vector<UnitMention>& rules,
                                                     const std::function<std::string(const UnitMention&)>& print) {
  const Document& doc = a.doc;
  struct Acc {
    OrganizerCandidate c;
    std::set<std::string> features;
    int mentions = 0;
  };
  std::vector<Acc> accs;
  std::map<std::string, size_t> by_key;
  int32_t trigger = -1;
  if (event.sentence >= 0) {
    const Sentence& s = doc.sentences[event.sentence];
    trigger = first_trigger(a, s.first, s.last).first;
  }
  int32_t first_in_lead = -1, first_in_title = -1;
  auto add = [&](const UnitMention& u, bool by_rules) {
    if (u.kind == UnitKind::kNotAUnit || u.first >= u.last || !doc.in(u.first)) return;
    const std::string printed = clean(print(u));
    const std::string key = scoring_fold(printed);
    if (key.empty()) return;
    auto [it, added] = by_key.emplace(key, accs.size());
    if (added) {
      accs.push_back({});
      accs.back().c.printed = printed;
      accs.back().c.first = u.first;
    }
    Acc& acc = accs[it->second];
    if (by_rules) {
      acc.c.by_rules = true;
      acc.c.printed = printed;  // the rules' wording of the name
    }
    if (!by_rules) ++acc.mentions;  // the rules' unit is one of the mentions below
    acc.c.first = std::min(acc.c.first, u.first);
    acc.features.insert(kind_feature(u.kind));
    if (u.level) acc.features.insert("level");
    if (!u.name.empty()) acc.features.insert("named");
    if (u.list_prefix) acc.features.insert("list_prefix");
    const std::string head = fold(u.head);
    if (!head.empty()) acc.features.insert("head:" + head);
    mention_features(a, event, title, u.first, u.last, trigger, acc.features);
    if (u.first == first_in_lead) acc.features.insert("first_in_lead");
    if (u.first == first_in_title) acc.features.insert("first_in_title");
  };
  const std::vector<UnitMention> units = find_units(doc, 0, doc.size(), a.unit_options());
  // The first body the lead sentence and the title name.
  for (const UnitMention& u : units) {
    if (event.sentence >= 0 && doc.tokens[u.first].sentence == event.sentence) {
      first_in_lead = u.first;
      break;
    }
  }
  for (const UnitMention& u : units) {
    if (title.token_last > title.token_first && u.first >= title.token_first && u.first < title.token_last) {
      first_in_title = u.first;
      break;
    }
  }
  for (const UnitMention& u : rules) add(u, true);
  for (const UnitMention& u : units) {
    add(u, false);
    // "Ban Giám đốc Công an tỉnh A" names the body it leads too.
    if (u.kind == UnitKind::kLeadership && u.inner_first >= 0)
      if (auto inner = match_unit(doc, u.inner_first, u.last, a.unit_options())) add(*inner, false);
  }
  std::vector<OrganizerCandidate> out;
  for (Acc& acc : accs) {
    acc.features.insert("mentions:" + std::to_string(std::min(acc.mentions, 3)));
    if (acc.c.by_rules) acc.features.insert("rules");
    if (rules.empty()) acc.features.insert("rules_empty");
    // The body's kind with where it stands: a police named in the lead, a committee in the title.
    std::string kind;
    for (const std::string& f : acc.features)
      if (f.rfind("kind:", 0) == 0) kind = f.substr(5);
    for (const char* where : {"in_title", "in_lead", "lead:before_trigger", "opens_sentence", "after_opening_comma",
                              "in_position", "sentence:0", "first_in_lead", "first_in_title"})
      if (acc.features.count(where)) acc.features.insert(kind + "&" + where);
    acc.c.features.assign(acc.features.begin(), acc.features.end());
    out.push_back(std::move(acc.c));
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  return out;
}

// ---- the model file ------------------------------------------------------------------------

namespace {

constexpr std::pair<OrganizerMode, const char*> kModes[] = {{OrganizerMode::kModel, "model"},
                                                            {OrganizerMode::kRerank, "rerank"},
                                                            {OrganizerMode::kFillEmpty, "fill_empty"},
                                                            {OrganizerMode::kVeto, "veto"},
                                                            {OrganizerMode::kAdd, "add"}};

}  // namespace

const char* mode_name(OrganizerMode mode) {
  for (const auto& [m, name] : kModes)
    if (m == mode) return name;
  return "?";
}

std::optional<OrganizerMode> mode_from_name(std::string_view name) {
  for (const auto& [m, n] : kModes)
    if (name == n) return m;
  return std::nullopt;
}

namespace {

// The features a mode lets the model see: the model alone never sees the rules' choice.
std::vector<std::string> visible(const OrganizerCandidate& c, OrganizerMode mode) {
  if (mode == OrganizerMode::kRerank) return c.features;
  std::vector<std::string> out;
  for (const std::string& f : c.features)
    if (f != "rules" && f != "rules_empty") out.push_back(f);
  return out;
}

std::vector<std::string> rules_choice(const std::vector<OrganizerCandidate>& candidates) {
  std::vector<std::string> out;
  for (const OrganizerCandidate& c : candidates)
    if (c.by_rules) out.push_back(c.printed);
  return out;
}

// What a mode decides from the candidates' probabilities.
std::vector<std::string> decide_with(const std::vector<OrganizerCandidate>& candidates, const std::vector<double>& p,
                                     double threshold, OrganizerMode mode) {
  if (mode == OrganizerMode::kFillEmpty) {
    std::vector<std::string> rules = rules_choice(candidates);
    if (!rules.empty()) return rules;
  }
  std::vector<std::string> out;
  for (size_t i = 0; i < candidates.size(); ++i) {
    const bool rules = candidates[i].by_rules;
    const bool keep = mode == OrganizerMode::kVeto ? rules && p[i] >= threshold
                      : mode == OrganizerMode::kAdd ? rules || p[i] >= threshold
                                                     : p[i] >= threshold;
    if (keep) out.push_back(candidates[i].printed);
  }
  return out;
}

}  // namespace

std::vector<std::string> OrganizerModel::decide(const std::vector<OrganizerCandidate>& candidates) const {
  std::vector<double> p;
  for (const OrganizerCandidate& c : candidates) p.push_back(model.probability(visible(c, mode)));
  return decide_with(candidates, p, threshold, mode);
}

json OrganizerModel::to_json() const {
  json weights = json::object();
  for (size_t i = 0; i < model.names.size(); ++i) weights[model.names[i]] = model.weights[i];
  return {{"version", 1},
          {"field", "organizers"},
          {"kind", "logistic_regression"},
          {"mode", mode_name(mode)},
          {"trained_on", trained_on},
          {"options",
           {{"l2", options.l2}, {"iterations", options.iterations}, {"rate", options.rate},
            {"min_examples", options.min_examples}}},
          {"threshold", threshold},
          {"bias", model.bias},
          {"weights", std::move(weights)}};
}

OrganizerModel OrganizerModel::from_json(const json& j) {
  auto fail = [](const std::string& what) { return Error::Invalid("organizers model: " + what); };
  if (!j.is_object()) throw fail("not a JSON object");
  auto number = [&](const char* key) {
    if (!j.contains(key) || !j[key].is_number() || !std::isfinite(j[key].get<double>()))
      throw fail(std::string("\"") + key + "\" must be a finite number");
    return j[key].get<double>();
  };
  if (!j.contains("version") || !j["version"].is_number_integer() || j["version"].get<int>() != 1)
    throw fail("\"version\" must be 1");
  if (j.value("field", "") != "organizers") throw fail("\"field\" must be \"organizers\"");
  if (j.value("kind", "") != "logistic_regression") throw fail("\"kind\" must be \"logistic_regression\"");
  OrganizerModel m;
  const auto mode = j.contains("mode") && j["mode"].is_string() ? mode_from_name(j["mode"].get<std::string>()) : std::nullopt;
  if (!mode) throw fail("\"mode\" must be \"model\", \"rerank\", \"fill_empty\", \"veto\" or \"add\"");
  m.mode = *mode;
  if (!j.contains("trained_on") || !j["trained_on"].is_object() || !j["trained_on"].contains("sets") ||
      !j["trained_on"]["sets"].is_array() || j["trained_on"]["sets"].empty())
    throw fail("\"trained_on\" must name the sets it was trained on");
  m.trained_on = j["trained_on"];
  m.threshold = number("threshold");
  if (m.threshold <= 0 || m.threshold >= 1) throw fail("\"threshold\" must be between 0 and 1");
  m.model.bias = number("bias");
  if (!j.contains("weights") || !j["weights"].is_object() || j["weights"].empty())
    throw fail("\"weights\" must be a non-empty object of feature → weight");
  for (const auto& [name, w] : j["weights"].items()) {  // object keys: sorted and unique already
    if (name.empty()) throw fail("a weight has an empty feature name");
    if (!w.is_number() || !std::isfinite(w.get<double>())) throw fail("the weight of \"" + name + "\" must be a finite number");
    m.model.names.push_back(name);
    m.model.weights.push_back(w.get<double>());
  }
  if (j.contains("options") && j["options"].is_object()) {
    const json& o = j["options"];
    for (const char* key : {"l2", "iterations", "rate", "min_examples"})
      if (o.contains(key) && !o[key].is_number()) throw fail(std::string("\"options.") + key + "\" must be a number");
    m.options.l2 = o.value("l2", m.options.l2);
    m.options.iterations = o.value("iterations", m.options.iterations);
    m.options.rate = o.value("rate", m.options.rate);
    m.options.min_examples = o.value("min_examples", m.options.min_examples);
  }
  return m;
}

// ---- labelled texts, folds, training, cross-validation --------------------------------------


std::vector<LabelledText> load_labelled(const std::vector<std::string>& dirs) {
  std::vector<LabelledText> out;
  for (const std::filesystem::path& text : labelled_texts(dirs)) {
    const json expected = read_json(expected_path(text));
    LabelledText t;
    t.name = text.stem().string();
    if (expected.contains("organizers") && expected["organizers"].is_array())
      for (const json& o : expected["organizers"])
        if (o.is_string()) t.expected.push_back(scoring_fold(o.get<std::string>()));
    try {
      parse_plan_with_candidates(read_file(text), &t.candidates);
    } catch (const Error&) {
      t.candidates.clear();  // a refused text has no candidates
    }
    out.push_back(std::move(t));
  }
  if (out.empty()) throw Error::Invalid("no NAME.txt with NAME.expected.json in the given directories");
  return out;
}

int fold_of(std::string_view name, int k) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : name) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return static_cast<int>(h % static_cast<uint64_t>(k));
}

void OrganizerTally::add(const std::vector<std::string>& expected_folded, const std::vector<std::string>& chosen) {
  std::vector<bool> used(chosen.size(), false);
  int tp = 0;
  for (const std::string& e : expected_folded) {
    for (size_t i = 0; i < chosen.size(); ++i) {
      if (!used[i] && scoring_fold(chosen[i]) == e) {
        used[i] = true;
        ++tp;
        break;
      }
    }
  }
  right += tp;
  expected += static_cast<int>(expected_folded.size());
  extracted += static_cast<int>(chosen.size());
  slots += static_cast<int>(expected_folded.size() + chosen.size()) - tp;
}

namespace {

bool positive(const LabelledText& t, const OrganizerCandidate& c) {
  const std::string key = scoring_fold(c.printed);
  return std::find(t.expected.begin(), t.expected.end(), key) != t.expected.end();
}

LogisticModel fit(const std::vector<const LabelledText*>& texts, OrganizerMode mode, const TrainOptions& options) {
  std::vector<std::vector<std::string>> x;
  std::vector<int> y;
  for (const LabelledText* t : texts)
    for (const OrganizerCandidate& c : t->candidates) {
      // fill_empty's model is asked only where the rules find nothing; it learns from all texts
      x.push_back(visible(c, mode));
      y.push_back(positive(*t, c) ? 1 : 0);
    }
  return train_logistic(x, y, options);
}

std::vector<double> probabilities(const LogisticModel& m, const LabelledText& t, OrganizerMode mode) {
  std::vector<double> p;
  for (const OrganizerCandidate& c : t.candidates) p.push_back(m.probability(visible(c, mode)));
  return p;
}

const double kThresholds[] = {0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9};

}  // namespace

OrganizerModel train_organizers(const std::vector<LabelledText>& texts, OrganizerMode mode, const TrainOptions& options,
                                int inner_folds) {
  // Out-of-fold probabilities on the training texts, to choose the threshold.
  std::vector<std::vector<double>> oof(texts.size());
  for (int f = 0; f < inner_folds; ++f) {
    std::vector<const LabelledText*> train;
    for (const LabelledText& t : texts)
      if (fold_of("inner:" + t.name, inner_folds) != f) train.push_back(&t);
    const LogisticModel m = fit(train, mode, options);
    for (size_t i = 0; i < texts.size(); ++i)
      if (fold_of("inner:" + texts[i].name, inner_folds) == f) oof[i] = probabilities(m, texts[i], mode);
  }
  double best = 0.5;
  int best_right = -1, best_slots = 1;
  for (double th : kThresholds) {
    OrganizerTally tally;
    for (size_t i = 0; i < texts.size(); ++i) tally.add(texts[i].expected, decide_with(texts[i].candidates, oof[i], th, mode));
    // the most slots right for the share (right / slots), ties to the lower threshold
    if (best_right < 0 || static_cast<int64_t>(tally.right) * best_slots > static_cast<int64_t>(best_right) * tally.slots) {
      best = th;
      best_right = tally.right;
      best_slots = tally.slots;
    }
  }
  std::vector<const LabelledText*> all;
  for (const LabelledText& t : texts) all.push_back(&t);
  OrganizerModel out;
  out.mode = mode;
  out.options = options;
  out.threshold = best;
  out.model = fit(all, mode, options);
  int candidates = 0;
  for (const LabelledText& t : texts) candidates += static_cast<int>(t.candidates.size());
  out.trained_on = {{"texts", texts.size()}, {"candidates", candidates}};
  return out;
}

namespace {

// One line of a table: precision, recall, right/slots and the share right.
std::string tally_row(const std::string& what, const OrganizerTally& t, const std::string& note = {}) {
  char line[200];
  std::snprintf(line, sizeof line, "%-34s %6.1f %6.1f %5d/%-5d %5.1f%%  %s\n", what.c_str(),
                t.extracted ? 100.0 * t.right / t.extracted : 0.0, t.expected ? 100.0 * t.right / t.expected : 0.0,
                t.right, t.slots, t.slots ? 100.0 * t.right / t.slots : 0.0, note.c_str());
  return line;
}

std::string table_head() {
  char line[120];
  std::snprintf(line, sizeof line, "%-34s %6s %6s %11s %6s\n", "", "prec", "recall", "right/slots", "share");
  return line;
}

}  // namespace

std::string score_organizers(const std::vector<LabelledText>& texts, const OrganizerModel& model) {
  OrganizerTally rules, learned;
  for (const LabelledText& t : texts) {
    rules.add(t.expected, rules_choice(t.candidates));
    learned.add(t.expected, model.decide(t.candidates));
  }
  std::ostringstream out;
  out << "organizers: " << texts.size() << " texts\n" << table_head() << tally_row("rules", rules)
      << tally_row(std::string("model file, mode ") + mode_name(model.mode), learned);
  return out.str();
}

std::string cross_validate_organizers(const std::vector<LabelledText>& texts, int k, const TrainOptions& options,
                                     const std::set<std::string>& subset) {
  std::ostringstream out;
  char line[200];
  auto row = [&](const std::string& what, const OrganizerTally& t, const std::string& note) {
    out << tally_row(what, t, note);
  };
  OrganizerTally rules, ceiling;
  int positives = 0, candidates = 0;
  for (const LabelledText& t : texts) {
    rules.add(t.expected, rules_choice(t.candidates));
    std::vector<std::string> all_pos;
    for (const OrganizerCandidate& c : t.candidates) {
      ++candidates;
      if (positive(t, c)) {
        ++positives;
        all_pos.push_back(c.printed);
      }
    }
    ceiling.add(t.expected, all_pos);
  }
  out << "organizers: " << texts.size() << " texts, " << candidates << " candidates (" << positives
      << " match a label), " << k << " folds by a hash of the text's name\n";
  out << table_head();
  row("rules (in-sample)", rules, "");
  row("candidates matching a label", ceiling, "(the ceiling: every right candidate kept)");
  std::vector<std::pair<std::string, OrganizerTally>> subset_rows;
  for (const auto& [mode, name] : kModes) {
    OrganizerTally cv, cv_subset;
    std::string thresholds;
    for (int f = 0; f < k; ++f) {
      std::vector<LabelledText> train;
      for (const LabelledText& t : texts)
        if (fold_of(t.name, k) != f) train.push_back(t);
      const OrganizerModel m = train_organizers(train, mode, options);
      char th[16];
      std::snprintf(th, sizeof th, "%s%.2f", thresholds.empty() ? "" : " ", m.threshold);
      thresholds += th;
      for (const LabelledText& t : texts) {
        if (fold_of(t.name, k) != f) continue;
        const std::vector<std::string> chosen = m.decide(t.candidates);
        cv.add(t.expected, chosen);
        if (subset.count(t.name)) cv_subset.add(t.expected, chosen);
      }
    }
    row(std::string("cv: ") + name, cv, "thresholds " + thresholds);
    subset_rows.emplace_back(std::string("subset, cv: ") + name, cv_subset);
  }
  // Per fold: the rules on each held-out fold, so a gain can be read against the folds' spread.
  out << "rules per fold:";
  for (int f = 0; f < k; ++f) {
    OrganizerTally t;
    for (const LabelledText& x : texts)
      if (fold_of(x.name, k) == f) t.add(x.expected, rules_choice(x.candidates));
    std::snprintf(line, sizeof line, " %d/%d", t.right, t.slots);
    out << line;
  }
  out << "\n";
  if (!subset.empty()) {
    OrganizerTally rules_subset;
    int n = 0;
    for (const LabelledText& t : texts)
      if (subset.count(t.name)) {
        ++n;
        rules_subset.add(t.expected, rules_choice(t.candidates));
      }
    out << "the subset: " << n << " of the texts\n";
    row("subset, rules (in-sample)", rules_subset, "");
    for (const auto& [what, tally] : subset_rows) row(what, tally, "");
  }
  return out.str();
}

}  // namespace thidua::text::plan
