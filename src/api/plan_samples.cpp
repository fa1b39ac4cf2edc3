#include "api/plan_samples.h"

#include <set>

#include "api/data_files.h"
#include "core/error.h"
#include "text/plan/plan_parser.h"
#include "text/vietnamese.h"

namespace thidua::api {

using nlohmann::json;

namespace {

// Only texts rules may be written from: never an evaluation or held-out set.
const char* const kFixtureDirs[] = {"tests/fixtures/corpus/", "tests/fixtures/plans/dev/"};

bool is_id(const std::string& s) {
  if (s.empty() || s.size() > 60) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

}  // namespace

json PlanSample::to_json(bool with_text) const {
  json j = {{"id", id}, {"title", title}, {"kind", kind}, {"source", source}, {"url", url ? json(*url) : json(nullptr)}};
  if (with_text) j["text"] = text;
  return j;
}

std::vector<PlanSample> read_plan_samples(const json& index, const std::string& file,
                                          const std::function<std::string_view(const std::string& id)>& text_of) {
  auto fail = [&](const std::string& m) { throw Error(ErrorCode::kInternal, file + ": " + m); };
  if (!index.is_object() || !index.contains("samples") || !index["samples"].is_array() || index["samples"].empty())
    fail("cần {\"samples\": [{id, title, kind, source, url, fixture}…]}");
  std::vector<PlanSample> out;
  std::set<std::string, std::less<>> ids;
  for (const json& s : index["samples"]) {
    if (!s.is_object()) fail("mỗi mẫu là một đối tượng");
    auto id = s.find("id");
    std::string who = id != s.end() && id->is_string() ? id->get<std::string>() : "?";
    auto str = [&](const char* key) {
      auto it = s.find(key);
      if (it == s.end() || !it->is_string() || it->get<std::string>().empty()) fail("mẫu " + who + ": thiếu " + key);
      return it->get<std::string>();
    };
    auto flag = [&](const char* key) {
      auto f = s.find(key);
      if (f == s.end()) return false;
      if (!f->is_boolean()) fail("mẫu " + who + ": " + key + " là true hoặc false");
      return f->get<bool>();
    };
    const bool written = flag("written");
    PlanSample p{str("id"), str("title"), str("kind"), str("source"), std::nullopt, {}, {}, flag("pasted"), written};
    if (written) {
      if (auto f = s.find("fixture"); f != s.end() && !f->is_null()) fail("mẫu " + p.id + ": mẫu viết (written) không có fixture");
      if (p.pasted) fail("mẫu " + p.id + ": mẫu viết (written) không là pasted");
    } else {
      p.fixture = str("fixture");
    }
    if (!is_id(p.id)) fail("mẫu " + p.id + ": id chỉ gồm chữ thường không dấu, số và '-'");
    if (!ids.insert(p.id).second) fail("mẫu " + p.id + " lặp lại");
    if (!text::plan::is_event_kind(p.kind)) fail("mẫu " + p.id + ": kind không biết " + p.kind);
    if (auto u = s.find("url"); u != s.end() && !u->is_null()) {
      if (!u->is_string() || (u->get<std::string>().rfind("http://", 0) != 0 && u->get<std::string>().rfind("https://", 0) != 0))
        fail("mẫu " + p.id + ": url là địa chỉ http(s) hoặc null");
      p.url = u->get<std::string>();
    }
    bool dev = written;
    for (const char* d : kFixtureDirs) dev |= p.fixture.rfind(d, 0) == 0 && p.fixture.find("..") == std::string::npos;
    if (!dev) fail("mẫu " + p.id + ": fixture phải thuộc tests/fixtures/corpus/ hoặc tests/fixtures/plans/dev/");
    std::string_view body = text_of(p.id);
    if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) fail("mẫu " + p.id + ": thiếu văn bản " + p.id + ".txt");
    if (!text::is_valid_utf8(body)) fail("mẫu " + p.id + ": " + p.id + ".txt không phải UTF-8");
    p.text = std::string(body);
    out.push_back(std::move(p));
  }
  return out;
}

const std::vector<PlanSample>& plan_samples() {
  static const std::vector<PlanSample> all = [] {
    const std::string file = "data/plan-samples/index.json";
    std::string_view raw = embedded_data("plan-samples/index.json");
    if (raw.empty()) throw Error(ErrorCode::kInternal, file + " is missing from the build");
    json index = json::parse(raw, nullptr, false);
    if (index.is_discarded()) throw Error(ErrorCode::kInternal, file + " is not valid JSON");
    return read_plan_samples(index, file, [](const std::string& id) { return embedded_data("plan-samples/" + id + ".txt"); });
  }();
  return all;
}

}  // namespace thidua::api
