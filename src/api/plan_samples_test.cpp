// The plan import's sample texts (data/plan-samples/): the embedded index is valid, each text is
// its development fixture as it stands (or, written for the demo, copies none), parses to the kind
// the index gives it, and a broken index is refused naming its file and what is wrong.
#include "api/plan_samples.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/error.h"
#include "test_source_dir.h"
#include "text/plan/plan_parser.h"

namespace thidua::api {
namespace {

using nlohmann::json;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(PlanSamples, TheEmbeddedSamplesAreTheirDevelopmentFixturesOfEveryKind) {
  const auto& samples = plan_samples();
  ASSERT_GE(samples.size(), 3u);
  std::set<std::string> kinds;
  for (const auto& s : samples) {
    kinds.insert(s.kind);
    EXPECT_FALSE(s.title.empty());
    EXPECT_FALSE(s.source.empty());
    if (s.written) {
      EXPECT_TRUE(s.fixture.empty()) << s.id;
    } else if (!s.pasted) {
      EXPECT_EQ(s.text, read_file(thidua::testing::source_dir() + "/" + s.fixture)) << s.id << " differs from " << s.fixture;
    }
  }
  EXPECT_TRUE(kinds.count("launch"));
  EXPECT_TRUE(kinds.count("review"));
  EXPECT_TRUE(kinds.count("pledge_signing") || kinds.count("conference"));
}

TEST(PlanSamples, EachSampleParsesToTheKindTheIndexGivesIt) {
  for (const auto& s : plan_samples()) {
    json p = text::plan::parse_plan(s.text);
    EXPECT_EQ(p["event"]["kind"], s.kind) << s.id;
    EXPECT_FALSE(p["movement"]["name"].is_null()) << s.id;
  }
}

// (s23-tidy) A sample as an officer pastes it — a news page's menu, share line, caption, tags,
// related headlines and licence around the article, its lines cut at 80 columns — reads every field
// of the contract as its fixture does, and the review shows what the parser dropped and joined.
TEST(PlanSamples, APastedSampleReadsAsItsFixtureAndSaysWhatWasDroppedAndJoined) {
  int pasted = 0;
  for (const auto& s : plan_samples()) {
    if (!s.pasted) continue;
    ++pasted;
    const std::string fixture = read_file(thidua::testing::source_dir() + "/" + s.fixture);
    ASSERT_NE(s.text, fixture) << s.id;
    // No line longer than 80 characters (a UTF-8 byte 10xxxxxx continues a character).
    size_t longest = 0, line = 0;
    for (unsigned char c : s.text) {
      if (c == '\n') line = 0;
      else if ((c & 0xC0) != 0x80) longest = std::max(longest, ++line);
    }
    EXPECT_LE(longest, 80u) << s.id << ": a line not cut";
    json as_pasted = text::plan::parse_plan(s.text), as_fixture = text::plan::parse_plan(fixture);
    for (const char* key : {"title", "event", "organizers", "movement", "phases", "contents", "targets", "group", "people", "counts"})
      EXPECT_EQ(as_pasted[key], as_fixture[key]) << s.id << ": " << key;
    EXPECT_FALSE(as_pasted["group"].is_null()) << s.id;
    const std::string notes = as_pasted["notes"].dump();
    EXPECT_NE(notes.find("trang web"), std::string::npos) << s.id << ": " << notes;
    EXPECT_NE(notes.find("nối lại"), std::string::npos) << s.id << ": " << notes;
  }
  EXPECT_GE(pasted, 1);
}

// (s26-demo) The seventh sample, written for the demo: session 25's readings of a cluster outside
// the police — its members written as a body's head before "các tỉnh" and bare places, the leader
// marked after its place — and the signers' sentence of the pledge read as its contents.
TEST(PlanSamples, TheWrittenSampleShowsACivilClusterOfBarePlacesAndItsSignersTerms) {
  const auto& all = plan_samples();
  auto it = std::find_if(all.begin(), all.end(), [](const PlanSample& s) { return s.id == "thanh-tra-tay-nguyen-2024-pledge"; });
  ASSERT_NE(it, all.end());
  EXPECT_TRUE(it->written);
  EXPECT_EQ(it->kind, "pledge_signing");
  json p = text::plan::parse_plan(it->text);
  EXPECT_EQ(p["group"]["name"], "Cụm thi đua Thanh tra các tỉnh Tây Nguyên");
  EXPECT_EQ(p["group"]["members"], json({"Thanh tra tỉnh Gia Lai", "Thanh tra tỉnh Kon Tum", "Thanh tra tỉnh Đắk Lắk",
                                         "Thanh tra tỉnh Đắk Nông", "Thanh tra tỉnh Lâm Đồng"}));
  EXPECT_EQ(p["group"]["leader"], "Thanh tra tỉnh Gia Lai");
  EXPECT_EQ(p["contents"].size(), 5u) << p["contents"].dump();
  EXPECT_EQ(p["contents"][0], "tập trung thực hiện tốt kế hoạch thanh tra năm 2024");
  EXPECT_EQ(p["contents"][4], "nhân rộng các điển hình tiên tiến trong phong trào thi đua");
  EXPECT_EQ(p["event"]["date"], "2024-03-15");
}

TEST(PlanSamples, TheListHasNoTextTheSampleHasIt) {
  const PlanSample& s = plan_samples().front();
  EXPECT_FALSE(s.to_json(false).contains("text"));
  EXPECT_EQ(s.to_json(true)["text"], s.text);
}

// The message a broken index gives, or "" when it is read.
std::string refusal(const json& index, std::map<std::string, std::string> texts = {{"a", "Văn bản."}}) {
  try {
    read_plan_samples(index, "data/plan-samples/index.json", [&](const std::string& id) -> std::string_view {
      auto it = texts.find(id);
      return it == texts.end() ? std::string_view() : std::string_view(it->second);
    });
    return "";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kInternal);
    return e.what();
  }
}

json entry(json changes = json::object()) {
  json e = {{"id", "a"}, {"title", "Mẫu"}, {"kind", "launch"}, {"source", "Bài viết"}, {"url", nullptr},
            {"fixture", "tests/fixtures/corpus/a.txt"}};
  e.update(changes);
  return e;
}

TEST(PlanSamples, ABrokenIndexIsRefusedNamingItsFileAndTheFault) {
  EXPECT_EQ(refusal({{"samples", {entry()}}}), "");
  EXPECT_EQ(refusal({{"samples", {entry({{"url", "https://example.vn/a"}})}}}), "");
  EXPECT_EQ(refusal({{"samples", {entry({{"pasted", true}})}}}), "");
  json written = entry({{"written", true}});
  written.erase("fixture");
  EXPECT_EQ(refusal({{"samples", {written}}}), "");
  EXPECT_EQ(refusal({{"samples", {entry({{"written", true}, {"fixture", nullptr}})}}}), "");
  const std::vector<std::pair<json, std::string>> broken = {
      {json::array(), "samples"},
      {{{"samples", json::array()}}, "samples"},
      {{{"samples", {1}}}, "đối tượng"},
      {{{"samples", {entry({{"title", ""}})}}}, "thiếu title"},
      {{{"samples", {entry({{"source", 3}})}}}, "thiếu source"},
      {{{"samples", {entry({{"id", "Mẫu A"}})}}}, "id"},
      {{{"samples", {entry(), entry()}}}, "lặp lại"},
      {{{"samples", {entry({{"kind", "meeting"}})}}}, "kind không biết meeting"},
      {{{"samples", {entry({{"url", "cadn.com.vn"}})}}}, "url"},
      {{{"samples", {entry({{"fixture", "tests/fixtures/plans/eval/a.txt"}})}}}, "fixture"},
      {{{"samples", {entry({{"fixture", "tests/fixtures/plans/dev/../eval/a.txt"}})}}}, "fixture"},
      {{{"samples", {entry({{"id", "b"}})}}}, "thiếu văn bản b.txt"},
      {{{"samples", {entry({{"pasted", "yes"}})}}}, "pasted"},
      {{{"samples", {entry({{"written", 1}})}}}, "written"},
      {{{"samples", {entry({{"written", true}})}}}, "không có fixture"},
      {{{"samples", {entry({{"written", true}, {"fixture", nullptr}, {"pasted", true}})}}}, "không là pasted"},
      {{{"samples", {entry({{"fixture", nullptr}})}}}, "thiếu fixture"},
  };
  for (const auto& [index, fault] : broken) {
    std::string m = refusal(index);
    EXPECT_NE(m.find("data/plan-samples/index.json"), std::string::npos) << index.dump() << ": " << m;
    EXPECT_NE(m.find(fault), std::string::npos) << index.dump() << ": " << m;
  }
  EXPECT_NE(refusal({{"samples", {entry()}}}, {{"a", "C\xf4ng an"}}).find("không phải UTF-8"), std::string::npos);
  EXPECT_NE(refusal({{"samples", {entry()}}}, {{"a", " \n "}}).find("thiếu văn bản a.txt"), std::string::npos);
}

}  // namespace
}  // namespace thidua::api
