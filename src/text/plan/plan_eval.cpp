#include "text/plan/plan_eval.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <sstream>

#include "core/error.h"
#include "text/plan/plan_parser.h"
#include "text/vietnamese.h"

namespace thidua::text::plan {
namespace {

using nlohmann::json;

// Folded, punctuation as spaces, "tp" read as "thanh pho".
std::string norm(const json& v) {
  if (v.is_null()) return {};
  std::string s = v.is_string() ? v.get<std::string>() : v.dump();
  std::string f = fold(s);
  std::string out;
  for (char c : f) {
    const unsigned char u = static_cast<unsigned char>(c);
    out += std::isalnum(u) ? c : ' ';  // folded letters are ASCII; what is left is punctuation
  }
  std::istringstream words(out);
  std::string w, joined;
  while (words >> w) {
    if (w == "tp") w = "thanh pho";
    joined += (joined.empty() ? "" : " ") + w;
  }
  return joined;
}

std::string show(const json& v) { return v.is_null() ? "—" : v.is_string() ? v.get<std::string>() : v.dump(); }

const json& at(const json& obj, const char* key) {
  static const json null_value;
  if (!obj.is_object()) return null_value;
  auto it = obj.find(key);
  return it == obj.end() ? null_value : *it;
}

const json& list(const json& obj, const char* key) {
  static const json empty = json::array();
  const json& v = at(obj, key);
  return v.is_array() ? v : empty;
}

// Two folded phrases one inside the other (as whole words), or sharing half their distinct words:
// the same item cut otherwise ("Khối thi đua 20" / "Khối thi đua 20 Bộ Xây dựng").
bool overlapping(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  const std::string pa = " " + a + " ", pb = " " + b + " ";
  if (pa.find(pb) != std::string::npos || pb.find(pa) != std::string::npos) return true;
  auto words = [](const std::string& s) {
    std::istringstream in(s);
    std::vector<std::string> w{std::istream_iterator<std::string>(in), std::istream_iterator<std::string>()};
    std::sort(w.begin(), w.end());
    w.erase(std::unique(w.begin(), w.end()), w.end());
    return w;
  };
  const std::vector<std::string> wa = words(a), wb = words(b);
  std::vector<std::string> both;
  std::set_intersection(wa.begin(), wa.end(), wb.begin(), wb.end(), std::back_inserter(both));
  const size_t either = wa.size() + wb.size() - both.size();
  return 2 * both.size() >= either;
}

struct Scorer {
  const std::string& name;
  EvalReport& report;

  void fail(const std::string& field, const json& expected, const json& actual) {
    report.failures.push_back({name, field, show(expected), show(actual)});
  }

  void scalar(const std::string& field, const json& expected, const json& actual) {
    FieldTally& t = report.fields[field];
    ++t.slots;
    const std::string e = norm(expected), a = norm(actual);
    if (e == a) {
      ++t.right;
      if (!e.empty()) ++t.tp;
      return;
    }
    if (!a.empty()) ++t.fp;
    if (!e.empty()) ++t.fn;
    fail(field, expected, actual);
  }

  // Matches items of two lists with `same`; unmatched items are misses and inventions. With `near`,
  // a miss an unmatched extracted item overlaps is counted cut (FieldTally::cut), each extracted item once.
  template <class Same, class OnMatch>
  void items(const std::string& field, const json& expected, const json& actual, Same same, OnMatch on_match,
             const std::function<bool(const json&, const json&)>& near = {}) {
    FieldTally& t = report.fields[field];
    std::vector<bool> used(actual.size(), false);
    std::vector<const json*> missed;
    for (const json& e : expected) {
      ++t.slots;
      size_t found = actual.size();
      for (size_t i = 0; i < actual.size(); ++i) {
        if (!used[i] && same(e, actual[i])) {
          found = i;
          break;
        }
      }
      if (found == actual.size()) {
        ++t.fn;
        fail(field, e, nullptr);
        missed.push_back(&e);
        continue;
      }
      used[found] = true;
      ++t.tp;
      ++t.right;
      on_match(e, actual[found]);
    }
    for (size_t i = 0; i < actual.size(); ++i) {
      if (used[i]) continue;
      ++t.slots;
      ++t.fp;
      fail(field, nullptr, actual[i]);
    }
    if (!near) return;
    t.split = true;
    for (const json* e : missed)
      for (size_t i = 0; i < actual.size(); ++i)
        if (!used[i] && near(*e, actual[i])) {
          used[i] = true;
          ++t.cut;
          break;
        }
  }

  void strings(const std::string& field, const json& expected, const json& actual) {
    items(
        field, expected, actual, [](const json& e, const json& a) { return norm(e) == norm(a); },
        [](const json&, const json&) {}, [](const json& e, const json& a) { return overlapping(norm(e), norm(a)); });
  }
};

bool similar_measure(const std::string& e, const std::string& a) {
  if (e.empty() || a.empty()) return e == a;
  return e.find(a) != std::string::npos || a.find(e) != std::string::npos;
}

bool same_number(const json& e, const json& a) {
  if (e.is_null() || a.is_null()) return e.is_null() && a.is_null();
  return std::fabs(e.get<double>() - a.get<double>()) < 1e-9;
}

bool same_target(const json& e, const json& a) {
  for (const char* key : {"kind", "direction", "unit", "baseline"})
    if (norm(at(e, key)) != norm(at(a, key))) return false;
  for (const char* key : {"value", "value_min", "value_max"})
    if (!same_number(at(e, key), at(a, key))) return false;
  return similar_measure(norm(at(e, "measure")), norm(at(a, "measure")));
}

std::string percent(int num, int den) {
  if (den == 0) return "    -";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%5.1f", 100.0 * num / den);
  return buf;
}

}  // namespace

FieldTally EvalReport::total() const {
  FieldTally t;
  for (const auto& [name, f] : fields) {
    t.tp += f.tp;
    t.fp += f.fp;
    t.fn += f.fn;
    t.right += f.right;
    t.slots += f.slots;
  }
  return t;
}

void evaluate_plan(const std::string& name, const json& expected, const json& actual, EvalReport& report) {
  ++report.texts;
  Scorer s{name, report};
  s.scalar("title", at(expected, "title"), at(actual, "title"));
  for (const char* key : {"kind", "date", "place"})
    s.scalar(std::string("event.") + key, at(at(expected, "event"), key), at(at(actual, "event"), key));
  s.strings("organizers", list(expected, "organizers"), list(actual, "organizers"));
  for (const char* key : {"name", "kind", "theme", "motto", "start", "end"})
    s.scalar(std::string("movement.") + key, at(at(expected, "movement"), key), at(at(actual, "movement"), key));
  s.items(
      "phases", list(expected, "phases"), list(actual, "phases"),
      [](const json& e, const json& a) { return at(e, "ordinal") == at(a, "ordinal"); },
      [&s](const json& e, const json& a) {
        for (const char* key : {"start", "end", "title"}) s.scalar(std::string("phases.") + key, at(e, key), at(a, key));
      });
  s.strings("contents", list(expected, "contents"), list(actual, "contents"));
  s.items("targets", list(expected, "targets"), list(actual, "targets"), same_target, [](const json&, const json&) {});
  const json& eg = at(expected, "group");
  const json& ag = at(actual, "group");
  for (const char* key : {"name", "leader", "deputy"}) s.scalar(std::string("group.") + key, at(eg, key), at(ag, key));
  s.strings("group.members", list(eg, "members"), list(ag, "members"));
  s.items(
      "people", list(expected, "people"), list(actual, "people"),
      [](const json& e, const json& a) { return norm(at(e, "name")) == norm(at(a, "name")); },
      [&s](const json& e, const json& a) {
        s.scalar("people.rank", at(e, "rank"), at(a, "rank"));
        s.scalar("people.position", at(e, "position"), at(a, "position"));
      });
  s.items(
      "counts", list(expected, "counts"), list(actual, "counts"),
      [](const json& e, const json& a) {
        return norm(at(e, "what")) == norm(at(a, "what")) && same_number(at(e, "value"), at(a, "value"));
      },
      [](const json&, const json&) {},
      [](const json& e, const json& a) {
        return same_number(at(e, "value"), at(a, "value")) && overlapping(norm(at(e, "what")), norm(at(a, "what")));
      });
}

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw Error::Invalid("cannot read " + p.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

json read_json(const std::filesystem::path& path) {
  try {
    return json::parse(read_file(path));
  } catch (const json::exception& e) {
    throw Error::Invalid(path.string() + ": " + e.what());
  }
}

std::vector<std::filesystem::path> labelled_texts(const std::vector<std::string>& dirs) {
  std::vector<std::filesystem::path> out;
  for (const std::string& dir : dirs) {
    std::error_code ec;
    std::vector<std::filesystem::path> texts;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec))
      if (e.path().extension() == ".txt") texts.push_back(e.path());
    if (ec) throw Error::Invalid("cannot read directory " + dir + ": " + ec.message());
    std::sort(texts.begin(), texts.end());
    for (auto& text : texts)
      if (std::filesystem::exists(expected_path(text))) out.push_back(std::move(text));
  }
  return out;
}

std::filesystem::path expected_path(const std::filesystem::path& text) {
  std::filesystem::path p = text;
  return p.replace_extension(".expected.json");
}

EvalReport evaluate_directories(const std::vector<std::string>& dirs, const std::string& labels) {
  EvalReport report;
  for (const std::filesystem::path& text : labelled_texts(dirs)) {
    const std::filesystem::path expected_file = expected_path(text);
    const std::filesystem::path other = labels.empty() ? std::filesystem::path{}
                                                        : std::filesystem::path(labels) / expected_file.filename();
    if (!labels.empty() && !std::filesystem::exists(other)) continue;
    const json expected = read_json(expected_file);
    json actual;
    if (!labels.empty()) {
      actual = read_json(other);
    } else {
      try {
        actual = parse_plan(read_file(text));
      } catch (const Error& e) {
        actual = json::object();  // a refused text extracts nothing
      }
    }
    evaluate_plan(text.filename().string(), expected, actual, report);
  }
  if (report.texts == 0)
    throw Error::Invalid(labels.empty() ? "no NAME.txt with NAME.expected.json in the given directories"
                                        : "no NAME.expected.json in " + labels + " for a NAME.txt of the given directories");
  return report;
}

std::string scoring_fold(std::string_view s) { return norm(json(std::string(s))); }

std::string format_report(const EvalReport& report) {
  std::ostringstream out;
  char line[160];
  std::snprintf(line, sizeof line, "%-18s %9s %6s %14s\n", "field", "precision", "recall", "right/slots");
  out << line;
  auto row = [&](const std::string& name, const FieldTally& t) {
    std::snprintf(line, sizeof line, "%-18s %9s %6s %7d/%-6d\n", name.c_str(), percent(t.tp, t.tp + t.fp).c_str(),
                  percent(t.tp, t.tp + t.fn).c_str(), t.right, t.slots);
    out << line;
  };
  for (const auto& [name, t] : report.fields) row(name, t);
  const FieldTally t = report.total();
  row("all fields", t);
  out << report.texts << " texts; fields right: " << percent(t.right, t.slots) << "% (" << t.right << "/" << t.slots
      << ")\n";
  // Where a list's misses come from: an item read but cut otherwise, or an item not found at all.
  bool lists = false;
  for (const auto& [name, f] : report.fields) {
    if (!f.split) continue;
    if (!lists) out << "\nitems missed: cut otherwise / not found\n";
    lists = true;
    std::snprintf(line, sizeof line, "  %-16s %5d / %-5d\n", name.c_str(), f.cut, f.fn - f.cut);
    out << line;
  }
  if (!report.failures.empty()) out << "\nfailures (text, field: expected → extracted):\n";
  for (const EvalFailure& f : report.failures)
    out << "  " << f.text << ", " << f.field << ": " << f.expected << " → " << f.actual << "\n";
  return out.str();
}

}  // namespace thidua::text::plan
