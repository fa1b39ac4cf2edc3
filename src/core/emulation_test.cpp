// The rules of movements, groups, pledges and registration, told as the users meet them.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/emulation.h"
#include "core/emulation_targets.h"
#include "core/commendation.h"
#include "core/emulation_titles.h"
#include "core/error.h"
#include "test_source_dir.h"

namespace thidua::emulation {
namespace {

using nlohmann::json;

Date d(const char* s) { return *Date::parse_iso(s); }

// Runs `f` and returns the error it throws (fails the test when it throws none).
template <typename F>
Error refusal(F f) {
  try {
    f();
  } catch (const Error& e) {
    return e;
  }
  ADD_FAILURE() << "expected a refusal";
  return Error::Invalid("none");
}

// Nghệ An's special movement for the grassroots force: 18/10/2024 – 19/8/2025 in two phases.
const Date kStart = d("2024-10-18"), kEnd = d("2025-08-19");
std::vector<Phase> nghe_an_phases() {
  return {{1, d("2024-10-18"), d("2025-02-03"), "Chào mừng 95 năm ngày thành lập Đảng", ""},
          {2, d("2025-02-04"), d("2025-08-19"), "Chào mừng 80 năm Cách mạng tháng Tám", ""}};
}

TEST(Phases, NgheAnsTwoPhasesAreAccepted) { EXPECT_NO_THROW(check_phases(kStart, kEnd, nghe_an_phases())); }

TEST(Phases, OverlappingPhasesAreRefusedNamingBoth) {
  auto p = nghe_an_phases();
  p[1].start = d("2025-02-03");  // the day phase 1 ends
  Error e = refusal([&] { check_phases(kStart, kEnd, p); });
  EXPECT_EQ(e.code(), ErrorCode::kInvalid);
  EXPECT_EQ(e.field(), "phases[1].start");
  EXPECT_NE(std::string(e.what()).find("trùng thời gian với đợt 1"), std::string::npos) << e.what();
}

TEST(Phases, APhaseOutsideTheMovementIsRefused) {
  auto p = nghe_an_phases();
  p[1].end = d("2025-09-02");  // past the movement's end on 19/8/2025
  Error e = refusal([&] { check_phases(kStart, kEnd, p); });
  EXPECT_EQ(e.field(), "phases[1].end");
  EXPECT_NE(std::string(e.what()).find("nằm ngoài thời gian"), std::string::npos);
  p = nghe_an_phases();
  p[0].start = d("2024-10-17");
  EXPECT_EQ(refusal([&] { check_phases(kStart, kEnd, p); }).field(), "phases[0].start");
}

TEST(Phases, OrdinalsRunOneToNInDateOrder) {
  auto p = nghe_an_phases();
  std::swap(p[0].ordinal, p[1].ordinal);  // "phase 2" before "phase 1"
  EXPECT_THROW(check_phases(kStart, kEnd, p), Error);
  p = nghe_an_phases();
  p[1].ordinal = 3;  // a gap in the numbering
  EXPECT_THROW(check_phases(kStart, kEnd, p), Error);
  // Listed out of order but numbered by date: fine.
  p = nghe_an_phases();
  std::swap(p[0], p[1]);
  EXPECT_NO_THROW(check_phases(kStart, kEnd, p));
}

TEST(Phases, APhaseEndingBeforeItStartsOrWithoutTitleIsRefused) {
  auto p = nghe_an_phases();
  p[0].end = d("2024-10-01");
  EXPECT_THROW(check_phases(kStart, kEnd, p), Error);
  p = nghe_an_phases();
  p[0].title = "";
  EXPECT_EQ(refusal([&] { check_phases(kStart, kEnd, p); }).field(), "phases[0].title");
}

TEST(Phases, TheCurrentPhaseFollowsTheDate) {
  auto p = nghe_an_phases();
  EXPECT_EQ(current_phase(p, d("2024-12-01")), 0u);
  EXPECT_EQ(current_phase(p, d("2025-02-03")), 0u);
  EXPECT_EQ(current_phase(p, d("2025-02-04")), 1u);
  EXPECT_FALSE(current_phase(p, d("2025-08-20")));
  EXPECT_STREQ(period_status(kStart, kEnd, d("2024-10-17")), "not_started");
  EXPECT_STREQ(period_status(kStart, kEnd, d("2025-01-01")), "in_progress");
  EXPECT_STREQ(period_status(kStart, kEnd, d("2026-01-01")), "ended");
}

TEST(Movement, ACommunesMovementLiesWithinItsProvincesMovement) {
  EXPECT_NO_THROW(check_within_parent(d("2024-11-01"), d("2025-06-30"), kStart, kEnd, "Tỉnh"));
  EXPECT_THROW(check_within_parent(d("2024-11-01"), d("2025-09-30"), kStart, kEnd, "Tỉnh"), Error);
  EXPECT_THROW(check_period(kEnd, kStart), Error);
}

// ---- lifecycle ----

TransitionContext ctx(std::optional<Date> last = std::nullopt) { return {kStart, kEnd, last, d("2026-01-01")}; }

TEST(Lifecycle, ADraftIsLaunchedThenGoesUnderWayIsReviewedAndClosed) {
  EXPECT_NO_THROW(check_transition(State::kDraft, State::kLaunched, d("2024-10-18"), ctx()));
  EXPECT_NO_THROW(check_transition(State::kLaunched, State::kUnderWay, d("2024-10-18"), ctx(d("2024-10-18"))));
  EXPECT_NO_THROW(check_transition(State::kUnderWay, State::kInterimReviewed, d("2025-02-05"), ctx(d("2024-10-18"))));
  // After the interim review of phase 1, phase 2 goes on.
  EXPECT_NO_THROW(check_transition(State::kInterimReviewed, State::kUnderWay, d("2025-02-06"), ctx(d("2025-02-05"))));
  EXPECT_NO_THROW(check_transition(State::kUnderWay, State::kClosed, d("2025-08-30"), ctx(d("2025-02-06"))));
}

TEST(Lifecycle, SkippingStepsOrGoingBackIsAConflict) {
  for (auto [from, to] : {std::pair{State::kDraft, State::kUnderWay},
                          {State::kDraft, State::kClosed},
                          {State::kLaunched, State::kDraft},
                          {State::kLaunched, State::kInterimReviewed},
                          {State::kClosed, State::kUnderWay},
                          {State::kUnderWay, State::kLaunched}}) {
    Error e = refusal([&] { check_transition(from, to, d("2025-01-01"), ctx()); });
    EXPECT_EQ(e.code(), ErrorCode::kConflict) << state_code(from) << " → " << state_code(to);
  }
  EXPECT_TRUE(next_states(State::kClosed).empty());
}

TEST(Lifecycle, DatesMustFollowEachOtherAndNotBeInTheFuture) {
  // Before the previous transition.
  EXPECT_THROW(check_transition(State::kLaunched, State::kUnderWay, d("2024-10-17"), ctx(d("2024-10-18"))), Error);
  // Under way before the movement starts.
  EXPECT_THROW(check_transition(State::kLaunched, State::kUnderWay, d("2024-10-01"), ctx()), Error);
  // An interim review after the end is a final review, not an interim one.
  EXPECT_THROW(check_transition(State::kUnderWay, State::kInterimReviewed, d("2025-09-01"), ctx()), Error);
  // Tomorrow has not happened yet.
  EXPECT_THROW(check_transition(State::kDraft, State::kLaunched, d("2026-01-02"), ctx()), Error);
}

TEST(Lifecycle, ALaunchedMovementChangesItsPeriodOnlyWithAReasonAndAClosedOneNotAtAll) {
  EXPECT_NO_THROW(check_editable(State::kDraft, Change::kStructure, false));
  EXPECT_NO_THROW(check_editable(State::kUnderWay, Change::kText, false));
  EXPECT_EQ(refusal([] { check_editable(State::kUnderWay, Change::kPeriod, false); }).field(), "reason");
  EXPECT_NO_THROW(check_editable(State::kUnderWay, Change::kPeriod, true));
  EXPECT_EQ(refusal([] { check_editable(State::kLaunched, Change::kStructure, true); }).code(), ErrorCode::kConflict);
  EXPECT_EQ(refusal([] { check_editable(State::kClosed, Change::kText, true); }).code(), ErrorCode::kConflict);
}

// ---- groups ----

TEST(Groups, TheLeaderAndDeputyOfCluster5AreMembersOfThatYear) {
  std::vector<int64_t> members = {1, 2, 3, 4, 5};  // Hưng Yên, Thái Bình, Hà Nam, Nam Định, Hải Dương
  Leadership hy{1, "assigned", d("2024-03-19"), std::nullopt};
  Leadership tb{2, "elected", d("2023-12-20"), std::string("Biên bản hội nghị tổng kết 2023")};
  EXPECT_NO_THROW(check_leadership(2024, members, hy, tb, "Hưng Yên", "Thái Bình"));
  Leadership outsider{9, "assigned", d("2024-03-19"), std::nullopt};
  Error e = refusal([&] { check_leadership(2024, members, outsider, tb, "Công an tỉnh Nghệ An", "Thái Bình"); });
  EXPECT_EQ(e.field(), "leader.unit_id");
  EXPECT_NE(std::string(e.what()).find("không phải thành viên"), std::string::npos);
  EXPECT_THROW(check_leadership(2024, members, hy, hy, "Hưng Yên", "Hưng Yên"), Error);  // one unit, two posts
  Leadership bad_method = hy;
  bad_method.method = "appointed";
  EXPECT_THROW(check_leadership(2024, members, bad_method, std::nullopt, "Hưng Yên", ""), Error);
  Leadership too_early = hy;
  too_early.date = d("2022-12-31");
  EXPECT_THROW(check_leadership(2024, members, too_early, std::nullopt, "Hưng Yên", ""), Error);
}

TEST(Groups, AGroupHasAtLeastTwoDistinctMembers) {
  EXPECT_THROW(check_members({1}), Error);
  EXPECT_THROW(check_members({1, 2, 2}), Error);
  EXPECT_NO_THROW(check_members({1, 2}));
}

TEST(Groups, AUnitMergedMidYearWasStillValidDuringThatYear) {
  org::Validity thai_binh{d("1997-01-01"), d("2025-06-30")};
  EXPECT_TRUE(valid_during(thai_binh, 2024));
  EXPECT_TRUE(valid_during(thai_binh, 2025));
  EXPECT_FALSE(valid_during(thai_binh, 2026));
}

// ---- pledges ----

TEST(Pledges, ASignedPledgeIsFrozen) {
  EXPECT_NO_THROW(check_pledge_editable(0, true));
  Error e = refusal([] { check_pledge_editable(1, true); });
  EXPECT_EQ(e.code(), ErrorCode::kConflict);
  EXPECT_STREQ(e.what(), "Giao ước đã ký, cần tạo phiên bản mới");
  EXPECT_EQ(refusal([] { check_pledge_editable(0, false); }).code(), ErrorCode::kConflict);
}

TEST(Pledges, ASignatureNeedsASignerAndARealDate) {
  Date today = d("2026-01-01");
  EXPECT_NO_THROW(check_signature("Nguyễn Thanh Trường", "Giám đốc", d("2024-03-19"), today, 2024));
  EXPECT_THROW(check_signature("", "Giám đốc", d("2024-03-19"), today, 2024), Error);
  EXPECT_THROW(check_signature("A", "", d("2026-01-02"), today, std::nullopt), Error);  // in the future
  EXPECT_THROW(check_signature("A", "", d("2022-03-19"), today, 2024), Error);          // two years early
}

// ---- commitments ----

Commitment parse(const char* text) { return parse_commitment(json::parse(text), "commitments[0]"); }
std::string field_of(const char* text) {
  return refusal([&] { parse(text); }).field();
}

TEST(Commitments, TheFiveKindsOfTheCorpusAreRead) {
  Commitment crimes = parse(
      R"({"kind":"change","indicator":"crimes_social_order","direction":"decrease","value":7,"unit":"%","baseline":"previous_year"})");
  EXPECT_EQ(*crimes.value, 7);
  EXPECT_EQ(describe(crimes), "Giảm ít nhất 7% crimes_social_order so với năm trước");
  Commitment resolved = parse(R"({"kind":"rate","indicator":"crime_reports_resolved_rate","direction":"above","value":95})");
  EXPECT_EQ(resolved.unit, "%");
  Commitment models = parse(R"({"kind":"count","indicator":"new_models","direction":"at_least","value":5})");
  EXPECT_EQ(*models.value, 5);
  Commitment traffic = parse(R"({"kind":"composite","text":"giảm cả 03 tiêu chí","all_of":[
      {"kind":"change","indicator":"traffic_accidents","direction":"decrease"},
      {"kind":"change","indicator":"traffic_deaths","direction":"decrease"},
      {"kind":"change","indicator":"traffic_injuries","direction":"decrease"}]})");
  EXPECT_EQ(traffic.all_of.size(), 3u);
  EXPECT_FALSE(traffic.all_of[0].value);  // "giảm" with no amount: any decrease
  EXPECT_EQ(traffic.all_of[0].baseline, "previous_year");
  Commitment congress = parse(R"({"kind":"qualitative","text":"Bảo đảm tuyệt đối an toàn đại hội đảng bộ các cấp"})");
  EXPECT_EQ(to_json(congress), json::parse(R"({"kind":"qualitative","text":"Bảo đảm tuyệt đối an toàn đại hội đảng bộ các cấp"})"));
  // The normalised form reads back the same.
  EXPECT_EQ(to_json(parse_commitment(to_json(traffic), "x")), to_json(traffic));
}

TEST(Commitments, UnknownKindsDirectionsAndKeysAreRefused) {
  EXPECT_EQ(field_of(R"({"kind":"wish","text":"x"})"), "commitments[0].kind");
  EXPECT_EQ(field_of(R"({"kind":"change","indicator":"crimes","direction":"above","value":7,"unit":"%"})"),
            "commitments[0].direction");
  EXPECT_EQ(field_of(R"({"kind":"rate","indicator":"resolved","direction":"decrease","value":95})"),
            "commitments[0].direction");
  EXPECT_EQ(field_of(R"({"kind":"qualitative","text":"x","value":1})"), "commitments[0].value");
  EXPECT_EQ(field_of(R"({"kind":"change","indicator":"crimes","direction":"decrease","value":7,"unit":"%","baseline":"last_decade"})"),
            "commitments[0].baseline");
  EXPECT_EQ(field_of(R"({"kind":"rate","indicator":"Tỷ lệ","direction":"above","value":95})"), "commitments[0].indicator");
}

TEST(Commitments, NumbersMustBeInRange) {
  EXPECT_EQ(field_of(R"({"kind":"rate","indicator":"resolved","direction":"above","value":120})"), "commitments[0].value");
  EXPECT_EQ(field_of(R"({"kind":"rate","indicator":"resolved","direction":"above","value":100})"), "commitments[0].value");
  EXPECT_EQ(field_of(R"({"kind":"rate","indicator":"resolved","direction":"above","value":"95"})"), "commitments[0].value");
  EXPECT_EQ(field_of(R"({"kind":"change","indicator":"crimes","direction":"decrease","value":150,"unit":"%"})"),
            "commitments[0].value");
  EXPECT_EQ(field_of(R"({"kind":"change","indicator":"crimes","direction":"decrease","value":-7,"unit":"%"})"),
            "commitments[0].value");
  EXPECT_EQ(field_of(R"({"kind":"count","indicator":"models","direction":"at_least","value":2.5})"), "commitments[0].value");
  EXPECT_EQ(field_of(R"({"kind":"rate","indicator":"resolved","direction":"above","value":true})"), "commitments[0].value");
  EXPECT_NO_THROW(parse(R"({"kind":"rate","indicator":"processed","direction":"at_least","value":100})"));
}

TEST(Commitments, TextIsRequiredWhereItIsTheCommitment) {
  EXPECT_EQ(field_of(R"({"kind":"qualitative","text":"   "})"), "commitments[0].text");
  EXPECT_EQ(field_of(R"({"kind":"composite","all_of":[]})"), "commitments[0].text");
  EXPECT_EQ(field_of(R"({"kind":"composite","text":"x","all_of":[{"kind":"change","indicator":"a","direction":"decrease"}]})"),
            "commitments[0].all_of");
  // A composite holds quantitative targets only.
  EXPECT_EQ(field_of(R"({"kind":"composite","text":"x","all_of":[{"kind":"qualitative","text":"a"},{"kind":"qualitative","text":"b"}]})"),
            "commitments[0].all_of[0].kind");
  EXPECT_THROW(parse_commitments(json::array(), "commitments", 1, 100), Error);
  EXPECT_THROW(parse_commitments(json::object(), "commitments", 0, 100), Error);
}

// ---- titles and registration ----

// Registrations read the one commendation catalogue (data/commendation/catalogue.json).
TitleCatalogue read_titles() {
  std::ifstream f(thidua::testing::source_dir() + "/data/commendation/catalogue.json");
  std::stringstream ss;
  ss << f.rdbuf();
  return thidua::commendation::registration_titles(thidua::commendation::Catalogue::from_json(json::parse(ss.str())));
}

TEST(Titles, TheShippedCatalogueLoadsWithItsEightTitles) {
  TitleCatalogue cat = read_titles();
  EXPECT_GE(cat.version(), 1);
  std::vector<std::string> names;
  for (const auto& t : cat.titles()) names.push_back(t.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Đơn vị tiên tiến", "Đơn vị quyết thắng", "Cờ thi đua của Bộ Công an",
                                             "Cờ thi đua của Chính phủ", "Chiến sĩ tiên tiến", "Chiến sĩ thi đua cơ sở",
                                             "Chiến sĩ thi đua toàn lực lượng Công an nhân dân",
                                             "Chiến sĩ thi đua toàn quốc"}));
}

TEST(Titles, AnIndividualTitleIsNotForAUnitNorACollectiveOneForAPerson) {
  TitleCatalogue cat = read_titles();
  EXPECT_EQ(check_registration(cat, "don_vi_quyet_thang", 2025, false).name, "Đơn vị quyết thắng");
  EXPECT_EQ(check_registration(cat, "chien_si_thi_dua_co_so", 2025, true).level, "individual");
  Error e = refusal([&] { check_registration(cat, "chien_si_tien_tien", 2025, false); });
  EXPECT_EQ(e.field(), "title_code");
  EXPECT_NE(std::string(e.what()).find("danh hiệu cá nhân"), std::string::npos);
  EXPECT_THROW(check_registration(cat, "co_thi_dua_chinh_phu", 2025, true), Error);
  EXPECT_THROW(check_registration(cat, "huan_chuong_vang", 2025, false), Error);
}

TEST(Titles, ANewVersionOfATitleStartsWhenTheOldOneEnds) {
  json j = {{"version", 2},
            {"titles",
             {{{"code", "chien_si_tien_tien"}, {"name", "Chiến sĩ tiên tiến"}, {"level", "individual"}, {"rank", 1},
               {"valid_from", "2018-01-01"}, {"valid_to", "2023-12-31"}, {"basis", "Luật 2003"}},
              {{"code", "chien_si_tien_tien"}, {"name", "Chiến sĩ tiên tiến"}, {"level", "individual"}, {"rank", 1},
               {"valid_from", "2024-01-01"}, {"basis", "Luật 06/2022/QH15"}}}}};
  TitleCatalogue cat = TitleCatalogue::from_json(j);
  EXPECT_EQ(cat.find("chien_si_tien_tien", 2023)->basis, "Luật 2003");
  EXPECT_EQ(cat.find("chien_si_tien_tien", 2025)->basis, "Luật 06/2022/QH15");
  EXPECT_FALSE(cat.find("chien_si_tien_tien", 2017));
  // Two versions in force on the same day: refused when the catalogue loads.
  j["titles"][0]["valid_to"] = "2024-06-30";
  EXPECT_THROW(TitleCatalogue::from_json(j), Error);
}

TEST(Titles, ABrokenCatalogueIsRefusedWhenLoaded) {
  json good = read_titles().to_json();
  for (auto breakit : std::vector<std::function<void(json&)>>{
           [](json& j) { j["titles"][0]["level"] = "team"; },
           [](json& j) { j["titles"][0].erase("name"); },
           [](json& j) { j["titles"][0]["valid_from"] = "18/10/2024"; },
           [](json& j) { j["titles"][0]["code"] = "Đơn vị"; },
           [](json& j) { j["titles"][0]["colour"] = "red"; },
           [](json& j) { j["version"] = 0; },
           [](json& j) { j["titles"] = json::array(); },
       }) {
    json j = good;
    breakit(j);
    EXPECT_THROW(TitleCatalogue::from_json(j), Error) << j.dump().substr(0, 200);
  }
}

TEST(Registration, FiledAfterTheDeadlineIsLateButFiledOnTheDayIsNot) {
  EXPECT_FALSE(is_late(d("2025-01-31"), d("2025-01-31")));
  EXPECT_TRUE(is_late(d("2025-02-01"), d("2025-01-31")));
  EXPECT_FALSE(is_late(d("2025-06-01"), std::nullopt));
}

}  // namespace
}  // namespace thidua::emulation
