// Plan import as its users see it: an emulation officer pastes an article or a plan and gets
// the movement back. The three real articles come first, then texts written in other styles.
#include "text/plan/plan_parser.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "core/date.h"
#include "core/error.h"
#include "text/vietnamese.h"
#include "test_source_dir.h"

namespace thidua::text::plan {
namespace {

using nlohmann::json;

std::string read_fixture(const std::string& relative) {
  std::ifstream f(thidua::testing::source_dir() + "/tests/fixtures/" + relative, std::ios::binary);
  EXPECT_TRUE(f.good()) << relative;
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

const json& parsed(const std::string& relative) {
  static std::map<std::string, json> cache;
  auto it = cache.find(relative);
  if (it == cache.end()) it = cache.emplace(relative, parse_plan(read_fixture(relative))).first;
  return it->second;
}

std::vector<std::string> all_fixtures() {
  std::vector<std::string> out;
  for (const char* dir : {"corpus", "plans/dev", "plans/eval"}) {
    for (const auto& e : std::filesystem::directory_iterator(thidua::testing::source_dir() + "/tests/fixtures/" + dir)) {
      if (e.path().extension() == ".txt") out.push_back(std::string(dir) + "/" + e.path().filename().string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

json names(const json& people) {
  json out = json::array();
  for (const json& p : people) out.push_back(p["name"]);
  return out;
}

const json* person(const json& result, std::string_view name) {
  for (const json& p : result["people"])
    if (p["name"] == name) return &p;
  return nullptr;
}

// ---- Nghệ An, 18/10/2024: a province and its police launch a special movement ----------------

const char* kNgheAn = "corpus/nghe-an-2024-launch.txt";

TEST(PlanNgheAnLaunch, TheLaunchIsDatedByTheDatelineAndHeldInVinh) {
  EXPECT_EQ(parsed(kNgheAn)["title"],
            "Nghệ An phát động phong trào thi đua đặc biệt trong lực lượng tham gia bảo vệ ANTT ở cơ sở");
  EXPECT_EQ(parsed(kNgheAn)["event"], (json{{"kind", "launch"}, {"date", "2024-10-18"}, {"place", "TP Vinh"}}));
}

TEST(PlanNgheAnLaunch, TheProvincesCommitteeAndItsPoliceOrganiseTogether) {
  EXPECT_EQ(parsed(kNgheAn)["organizers"], (json{"UBND tỉnh Nghệ An", "Công an tỉnh Nghệ An"}));
}

TEST(PlanNgheAnLaunch, TheSpecialMovementRunsFromTheLaunchUntilTheAnniversary) {
  const json& m = parsed(kNgheAn)["movement"];
  EXPECT_EQ(m["name"], "phong trào thi đua đặc biệt trong lực lượng tham gia bảo vệ ANTT ở cơ sở");
  EXPECT_EQ(m["kind"], "special");
  EXPECT_EQ(m["theme"], "Lực lượng mới, khí thế mới, thi đua bảo đảm ANTT ở cơ sở trong tình hình mới");
  EXPECT_EQ(m["motto"], nullptr);
  EXPECT_EQ(m["start"], "2024-10-18");  // "từ nay": the day of the launch
  EXPECT_EQ(m["end"], "2025-08-19");
}

TEST(PlanNgheAnLaunch, TwoPhasesMeetAtTheFoundingAnniversaryOfTheParty) {
  const json& phases = parsed(kNgheAn)["phases"];
  ASSERT_EQ(phases.size(), 2u);
  EXPECT_EQ(phases[0]["ordinal"], 1);
  EXPECT_EQ(phases[0]["start"], "2024-10-18");
  EXPECT_EQ(phases[0]["end"], "2025-02-03");
  EXPECT_EQ(phases[0]["title"],
            "Thi đua lập thành tích chào mừng kỷ niệm 95 năm ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2025)");
  EXPECT_EQ(phases[1]["ordinal"], 2);
  EXPECT_EQ(phases[1]["start"], "2025-02-04");
  EXPECT_EQ(phases[1]["end"], "2025-08-19");
  // The article never closes this quote; the title stops where the clause does.
  const std::string title = phases[1]["title"];
  EXPECT_EQ(title.rfind("Thi đua lập thành tích chào mừng kỷ niệm 80 năm Cách mạng tháng Tám thành công", 0), 0u);
  EXPECT_EQ(title.substr(title.size() - std::string("(19/8/2005 - 19/8/2025)").size()), "(19/8/2005 - 19/8/2025)");
}

TEST(PlanNgheAnLaunch, CivilianLeadersHaveNoRankAndPositionsTakeTheProvince) {
  EXPECT_EQ(parsed(kNgheAn)["people"],
            (json{{{"name", "Nguyễn Văn Đệ"}, {"rank", nullptr}, {"position", "Phó Chủ tịch UBND tỉnh Nghệ An"}},
                  {{"name", "Bùi Quang Thanh"}, {"rank", "Thiếu tướng"}, {"position", "Giám đốc Công an tỉnh Nghệ An"}},
                  {{"name", "Nguyễn Như Khôi"}, {"rank", nullptr}, {"position", "Phó Chủ tịch HĐND tỉnh Nghệ An"}}}));
}

TEST(PlanNgheAnLaunch, AnArticleWithoutTargetsOrGroupSaysSo) {
  const json& r = parsed(kNgheAn);
  EXPECT_EQ(r["targets"], json::array());
  EXPECT_EQ(r["contents"], json::array());
  EXPECT_EQ(r["counts"], json::array());
  EXPECT_EQ(r["group"], nullptr);
}

// ---- Trà Vinh, 23/8/2024: a launch with numeric targets --------------------------------------

const char* kTraVinh = "corpus/tra-vinh-2024-launch.txt";

TEST(PlanTraVinhLaunch, TheLaunchTakesItsYearFromTheMovementsDates) {
  // "Ngày 23/8" with no dateline: the movement runs from 19/8/2024, so the launch is in 2024.
  EXPECT_EQ(parsed(kTraVinh)["event"], (json{{"kind", "launch"}, {"date", "2024-08-23"}, {"place", nullptr}}));
  EXPECT_EQ(parsed(kTraVinh)["organizers"], (json{"Công an tỉnh Trà Vinh"}));
}

TEST(PlanTraVinhLaunch, TheMovementHasAThemeAnActionMottoAndAYearLongPeriod) {
  const json& m = parsed(kTraVinh)["movement"];
  EXPECT_EQ(m["kind"], "special");
  EXPECT_EQ(m["theme"], "Xây dựng lực lượng Công an nhân dân thật sự trong sạch, vững mạnh, chính quy, tinh nhuệ, hiện đại");
  EXPECT_EQ(m["motto"], "Phát huy truyền thống, rèn cán, lập công, vì nước, vì dân, quên thân phục vụ");
  EXPECT_EQ(m["start"], "2024-08-19");
  EXPECT_EQ(m["end"], "2025-08-19");
}

TEST(PlanTraVinhLaunch, ThreeAnnouncedPhasesWithoutDatesAreListedWithNulls) {
  const json& phases = parsed(kTraVinh)["phases"];
  ASSERT_EQ(phases.size(), 3u);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(phases[i], (json{{"ordinal", i + 1}, {"start", nullptr}, {"end", nullptr}, {"title", nullptr}}));
  }
}

TEST(PlanTraVinhLaunch, EveryNumericTargetIsReadWithItsDirectionAndBaseline) {
  const json& t = parsed(kTraVinh)["targets"];
  ASSERT_EQ(t.size(), 11u);
  EXPECT_EQ(t[0]["kind"], "qualitative");
  EXPECT_EQ(t[0]["text"], "bảo đảm tuyệt đối an toàn đại hội đảng bộ các cấp, tiến tới Đại hội XIV của Đảng");
  EXPECT_EQ(t[1], (json{{"text", "kéo giảm ít nhất 07% số vụ phạm tội về trật tự xã hội"},
                        {"measure", "số vụ phạm tội về trật tự xã hội"},
                        {"kind", "change"}, {"direction", "decrease"}, {"value", 7}, {"value_min", nullptr},
                        {"value_max", nullptr}, {"unit", "%"}, {"baseline", "previous_year"}}));
  EXPECT_EQ(t[2]["measure"], "số lượng các vụ, việc tạm đình chỉ");
  EXPECT_EQ(t[2]["value"], 10);
  EXPECT_EQ(t[2]["baseline"], "previous_year");
  EXPECT_EQ(t[3]["text"], "tiếp nhận, xử lý 100% tin báo tố giác tội phạm, kiến nghị khởi tố");
  EXPECT_EQ(t[3]["kind"], "rate");
  EXPECT_EQ(t[3]["direction"], "equal");
  EXPECT_EQ(t[3]["value"], 100);
  EXPECT_EQ(t[4]["measure"], "tỷ lệ giải quyết");
  EXPECT_EQ(t[4]["direction"], "above");
  EXPECT_EQ(t[4]["value"], 95);
  EXPECT_EQ(t[5]["measure"], "tỷ lệ điều tra khám phá án");
  EXPECT_EQ(t[5]["value"], 80);
  EXPECT_EQ(t[6]["measure"], "án rất nghiêm trọng và đặt biệt nghiêm trọng");
  EXPECT_EQ(t[6]["value"], 95);
  // "cả 03 tiêu chí": accidents, deaths and injuries, each its own target.
  EXPECT_EQ(t[7], (json{{"text", "giảm tai nạn giao thông cả 03 tiêu chí"}, {"measure", "số vụ tai nạn giao thông"},
                        {"kind", "change"}, {"direction", "decrease"}, {"value", nullptr}, {"value_min", nullptr},
                        {"value_max", nullptr}, {"unit", nullptr}, {"baseline", nullptr}}));
  EXPECT_EQ(t[8]["measure"], "số người chết do tai nạn giao thông");
  EXPECT_EQ(t[9]["measure"], "số người bị thương do tai nạn giao thông");
  EXPECT_EQ(parsed(kTraVinh)["provenance"]["targets[8]"]["how"], "inferred");
  EXPECT_EQ(t[10]["measure"], "các vụ cháy, nổ đặc biệt nghiêm trọng");
}

TEST(PlanTraVinhLaunch, TheSevenContentAreasOfTheGrassrootsForceComeInOrder) {
  const json& c = parsed(kTraVinh)["contents"];
  ASSERT_EQ(c.size(), 7u);
  EXPECT_EQ(c[0], "hỗ trợ công an cấp xã nắm tình hình an ninh, trật tự");
  EXPECT_EQ(c[2], "thực hiện tốt công tác hỗ trợ công an cấp xã: phòng cháy, chữa cháy và cứu nạn, cứu hộ");
  EXPECT_EQ(c[5], "tuần tra bảo đảm an ninh, trật tự, an toàn giao thông");
  EXPECT_EQ(c[6], "xây dựng, phát huy, nhân rộng những hình ảnh đẹp của lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở");
}

TEST(PlanTraVinhLaunch, OfficersKeepEveryPositionTheyHold) {
  EXPECT_EQ(parsed(kTraVinh)["people"],
            (json{{{"name", "Kiên Rịnh"}, {"rank", "Thiếu tướng"},
                   {"position", "Phó Bí thư Đảng ủy, Phó Giám đốc Công an tỉnh Trà Vinh"}},
                  {{"name", "Lý Thanh Trung"}, {"rank", "Thiếu tá"},
                   {"position", "Trưởng Ban Thanh niên Công an tỉnh Trà Vinh"}}}));
}

// ---- Cluster No. 5, 19/3/2024: a conference that also signs the pledge -----------------------

const char* kCluster5 = "corpus/cluster5-2024-conference.txt";

TEST(PlanCluster5Conference, AConferenceThatAlsoSignsThePledgeIsAConference) {
  // The lead names "Hội nghị triển khai"; the pledge signing comes later in the article.
  EXPECT_EQ(parsed(kCluster5)["event"], (json{{"kind", "conference"}, {"date", "2024-03-19"}, {"place", "Hưng Yên"}}));
  // "Cụm thi đua số 5, Bộ Công an": the ministry owns the cluster, it does not co-organise.
  EXPECT_EQ(parsed(kCluster5)["organizers"], (json{"Cụm thi đua số 5"}));
}

TEST(PlanCluster5Conference, TheYearlyMovementIsKnownByItsName) {
  const json& m = parsed(kCluster5)["movement"];
  EXPECT_EQ(m["name"], "Vì an ninh Tổ quốc");
  EXPECT_EQ(m["kind"], "regular");
  EXPECT_EQ(m["start"], nullptr);
}

TEST(PlanCluster5Conference, TheClusterIsLedByHungYenAndHasFiveProvinces) {
  EXPECT_EQ(parsed(kCluster5)["group"],
            (json{{"name", "Cụm thi đua số 5"}, {"leader", "Công an tỉnh Hưng Yên"}, {"deputy", nullptr},
                  {"members", {"Công an tỉnh Hưng Yên", "Công an tỉnh Thái Bình", "Công an tỉnh Hà Nam",
                               "Công an tỉnh Nam Định", "Công an tỉnh Hải Dương"}}}));
}

TEST(PlanCluster5Conference, TheLeaderOfTheClusterIsAlsoTheProvincialDirector) {
  const json& r = parsed(kCluster5);
  EXPECT_EQ(names(r["people"]), (json{"Nguyễn Lê Huy", "Nguyễn Thanh Trường"}));
  EXPECT_EQ((*person(r, "Nguyễn Lê Huy"))["position"], "Phó Chủ tịch Thường trực UBND tỉnh Hưng Yên");
  EXPECT_EQ((*person(r, "Nguyễn Thanh Trường"))["rank"], "Đại tá");
  EXPECT_EQ((*person(r, "Nguyễn Thanh Trường"))["position"],
            "Giám đốc Công an tỉnh Hưng Yên, Cụm trưởng Cụm thi đua số 5");
}

// ---- Texts in other styles -------------------------------------------------------------------

TEST(PlanFormalDocument, TheTitleIsTheDocumentTypeWithItsSubjectAndTheIssuerOrganises) {
  const json& r = parsed("plans/dev/quang-binh-2025-pccc-plan.txt");
  EXPECT_EQ(r["title"],
            "KẾ HOẠCH Phát động phong trào thi đua chuyên đề \u201CToàn dân tham gia phòng cháy, chữa cháy và cứu "
            "nạn, cứu hộ\u201D năm 2025");
  EXPECT_EQ(r["organizers"], (json{"Công an tỉnh Quảng Bình"}));
  // The launch ceremony of section VI, not the cited ministry plan of 20/01/2025.
  EXPECT_EQ(r["event"], (json{{"kind", "launch"}, {"date", "2025-03-10"}, {"place", "Hội trường Công an tỉnh"}}));
}

TEST(PlanFormalDocument, SectionsGiveTheMovementItsThemeMottoPeriodAndPhases) {
  const json& r = parsed("plans/dev/quang-binh-2025-pccc-plan.txt");
  EXPECT_EQ(r["movement"], (json{{"name", "Toàn dân tham gia phòng cháy, chữa cháy và cứu nạn, cứu hộ"},
                                 {"kind", "thematic"},
                                 {"theme", "Chủ động phòng ngừa, kịp thời cứu nạn, vì bình yên của Nhân dân"},
                                 {"motto", "Phòng là chính, chữa kịp thời"},
                                 {"start", "2025-03-10"},
                                 {"end", "2025-11-30"}}));
  const json& p = r["phases"];
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0]["start"], "2025-03-10");  // "Từ ngày 10/3 đến ngày 30/4/2025"
  EXPECT_EQ(p[0]["end"], "2025-04-30");
  EXPECT_EQ(p[0]["title"],
            "thi đua lập thành tích chào mừng 50 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025)");
  EXPECT_EQ(p[1]["start"], "2025-05-01");
}

TEST(PlanFormalDocument, ContentAreasAreTheItemsOfTheirSectionUpToTheirColon) {
  EXPECT_EQ(parsed("plans/dev/quang-binh-2025-pccc-plan.txt")["contents"],
            (json{"Thi đua làm tốt công tác tuyên truyền, phổ biến kiến thức PCCC đến từng hộ gia đình",
                  "Thi đua thực hiện tốt công tác kiểm tra an toàn PCCC đối với cơ sở thuộc diện quản lý",
                  "Thi đua xây dựng, nhân rộng mô hình \u201CTổ liên gia an toàn PCCC\u201D, \u201CĐiểm chữa cháy công cộng\u201D",
                  "Thi đua nâng cao năng lực chữa cháy và CNCH của lực lượng tại chỗ"}));
}

TEST(PlanFormalDocument, TargetsOfTheTargetSectionIncludeAShareAndACommitment) {
  const json& t = parsed("plans/dev/quang-binh-2025-pccc-plan.txt")["targets"];
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0]["measure"], "số vụ cháy");
  EXPECT_EQ(t[0]["baseline"], "previous_year");  // "so với năm 2024" in a 2025 plan
  EXPECT_EQ(t[1]["kind"], "share");
  EXPECT_EQ(t[2]["kind"], "rate");
  EXPECT_EQ(t[2]["direction"], "above");
  EXPECT_EQ(t[3]["kind"], "qualitative");
  EXPECT_EQ(t[3]["measure"], "cháy, nổ đặc biệt nghiêm trọng");
}

TEST(PlanFormalDocument, TheSignerTakesThePositionAboveTheNameAndTheIssuingUnit) {
  EXPECT_EQ(parsed("plans/dev/quang-binh-2025-pccc-plan.txt")["people"],
            (json{{{"name", "Nguyễn Hữu Hợp"}, {"rank", "Thiếu tướng"}, {"position", "Giám đốc Công an tỉnh Quảng Bình"}}}));
}

TEST(PlanCommuneLaunch, TeamsAndMembersAreCounted) {
  const json& r = parsed("plans/dev/vinh-thuan-2024-commune-launch.txt");
  EXPECT_EQ(r["counts"], (json{{{"what", "Tổ bảo vệ an ninh, trật tự cơ sở"}, {"value", 5}},
                               {{"what", "thành viên"}, {"value", 19}}}));
}

TEST(PlanCommuneLaunch, TheCommuneCommitteeIsNamedAfterTheCommune) {
  const json& r = parsed("plans/dev/vinh-thuan-2024-commune-launch.txt");
  EXPECT_EQ(r["organizers"], (json{"Công an xã Vĩnh Thuận", "UBND xã Vĩnh Thuận"}));
  EXPECT_EQ((*person(r, "Trần Văn Tư"))["position"], "Chủ tịch UBND xã Vĩnh Thuận");
  EXPECT_EQ((*person(r, "Lê Minh Khang"))["rank"], "Thượng úy");
  EXPECT_EQ(r["event"], (json{{"kind", "launch"}, {"date", "2024-07-05"}, {"place", "Hội trường UBND xã"}}));
}

TEST(PlanCommuneLaunch, FromNowToTheEndOfTheYear) {
  const json& m = parsed("plans/dev/vinh-thuan-2024-commune-launch.txt")["movement"];
  EXPECT_EQ(m["name"], "Toàn dân bảo vệ ANTQ");
  EXPECT_EQ(m["kind"], "regular");
  EXPECT_EQ(m["start"], "2024-07-05");
  EXPECT_EQ(m["end"], "2024-12-31");  // "đến hết năm 2024"
  EXPECT_EQ(m["motto"], "Bám cơ sở, sát dân, vì bình yên thôn xóm");
}

TEST(PlanCommuneLaunch, TargetsAfterAColonStartAtTheirFigure) {
  const json& t = parsed("plans/dev/vinh-thuan-2024-commune-launch.txt")["targets"];
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0]["text"], "100% Tổ bảo vệ ANTT ở cơ sở được kiện toàn, hoạt động hiệu quả");
  EXPECT_EQ(t[0]["kind"], "share");
  EXPECT_EQ(t[1]["baseline"], "previous_year");  // "so với cùng kỳ năm trước"
  EXPECT_EQ(t[2]["kind"], "qualitative");
}

TEST(PlanBlockPledge, TheBlockHasItsCommunesItsLeaderAndItsDeputy) {
  const json& r = parsed("plans/dev/tien-du-2025-khoi-pledge.txt");
  EXPECT_EQ(r["event"]["kind"], "pledge_signing");
  EXPECT_EQ(r["event"]["date"], "2025-01-14");
  EXPECT_EQ(r["group"], (json{{"name", "Khối thi đua số 3"}, {"leader", "Công an xã Tân Chi"},
                              {"deputy", "Công an xã Lạc Vệ"},
                              {"members", {"Công an xã Tân Chi", "Công an xã Lạc Vệ", "Công an xã Phật Tích",
                                           "Công an xã Liên Bão", "Công an thị trấn Lim"}}}));
}

TEST(PlanBlockPledge, PledgedTargetsReadAbbreviationsAndOpenEndedFigures) {
  const json& t = parsed("plans/dev/tien-du-2025-khoi-pledge.txt")["targets"];
  ASSERT_EQ(t.size(), 7u);
  EXPECT_EQ(t[0]["text"], "kéo giảm từ 5% trở lên số vụ phạm tội về trật tự xã hội so với năm 2024");
  EXPECT_EQ(t[0]["baseline"], "previous_year");
  EXPECT_EQ(t[2]["kind"], "share");  // 100% CBCS
  EXPECT_EQ(t[3]["measure"], "số vụ TNGT");
  EXPECT_EQ(t[4]["measure"], "số người chết do TNGT");
  EXPECT_EQ(t[5]["measure"], "số người bị thương do TNGT");
  EXPECT_EQ(t[3]["value"], nullptr);
  EXPECT_EQ(t[6]["kind"], "qualitative");
}

TEST(PlanReview, AnInterimReviewListsItsPhasesWithYearsFromContext) {
  const json& r = parsed("plans/dev/hai-duong-2025-review.txt");
  EXPECT_EQ(r["event"], (json{{"kind", "review"}, {"date", "2025-02-20"}, {"place", nullptr}}));
  const json& p = r["phases"];
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0], (json{{"ordinal", 1}, {"start", "2024-08-19"}, {"end", "2025-02-03"}, {"title", "Mừng Đảng, mừng Xuân"}}));
  EXPECT_EQ(p[1]["start"], "2025-02-04");  // "từ 04/02 đến 30/4/2025"
  EXPECT_EQ(p[2]["start"], "2025-05-01");
  EXPECT_EQ(p[2]["title"], "Về đích 80 năm");
}

TEST(PlanReview, ResultsAlreadyAchievedAreNotTargetsButTheNextPhasesAre) {
  const json& t = parsed("plans/dev/hai-duong-2025-review.txt")["targets"];
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0]["value"], 2.5);
  EXPECT_EQ(t[0]["baseline"], "previous_year");
  EXPECT_EQ(t[1]["measure"], "tỷ lệ giải quyết tin báo, tố giác tội phạm");
  EXPECT_EQ(parsed("plans/dev/hai-duong-2025-review.txt")["counts"],
            (json{{{"what", "tập thể"}, {"value", 42}}, {{"what", "cá nhân"}, {"value", 157}}}));
}

TEST(PlanClusterPledge, DashedDatesAListAfterAColonAndRolesInBrackets) {
  const json& r = parsed("plans/dev/cum2-2025-pledge.txt");
  EXPECT_EQ(r["event"], (json{{"kind", "pledge_signing"}, {"date", "2025-03-08"}, {"place", "TP Đồng Hới"}}));
  EXPECT_EQ(r["movement"]["kind"], "regular");
  EXPECT_EQ(r["group"]["leader"], "Công an tỉnh Quảng Bình");
  EXPECT_EQ(r["group"]["deputy"], "Công an tỉnh Quảng Trị");
  EXPECT_EQ(r["group"]["members"].size(), 4u);
  EXPECT_EQ((*person(r, "Nguyễn Quốc Đoàn"))["position"], "Giám đốc Công an tỉnh Quảng Trị, Cụm phó");
}

TEST(PlanWardLaunch, PhasesCanHaveTheirOwnThemesWhichAreNotTheMovements) {
  const json& r = parsed("plans/dev/bac-ha-2025-ward-launch.txt");
  EXPECT_EQ(r["event"]["date"], "2025-03-15");  // "Sáng nay" on the dateline's day
  EXPECT_EQ(r["movement"]["name"], "Phường Bắc Hà bình yên");
  EXPECT_EQ(r["movement"]["theme"], nullptr);
  EXPECT_EQ(r["movement"]["start"], "2025-03-01");  // "từ tháng 3/2025"
  EXPECT_EQ(r["movement"]["end"], "2025-12-31");    // "đến hết tháng 12/2025"
  EXPECT_EQ(r["phases"], (json{{{"ordinal", 1}, {"start", "2025-03-15"}, {"end", "2025-06-30"}, {"title", "Ra quân trấn áp tội phạm"}},
                               {{"ordinal", 2}, {"start", "2025-07-01"}, {"end", "2025-12-31"}, {"title", "Tết bình yên"}}}));
  // "Tham dự buổi lễ có 120 cán bộ, chiến sĩ và 36 thành viên …": attendees, not counts.
  EXPECT_EQ(r["counts"], json::array());
}

TEST(PlanFinalReview, AWrappedWindowsTextReadsLikeAnyOther) {
  const json& r = parsed("plans/dev/nam-dinh-2024-final-review.txt");
  EXPECT_EQ(r["event"], (json{{"kind", "review"}, {"date", "2024-12-23"}, {"place", "Hội trường Công an tỉnh"}}));
  EXPECT_EQ((*person(r, "Hà Lan Anh"))["position"], "Phó Chủ tịch UBND tỉnh Nam Định");
  EXPECT_EQ((*person(r, "Nguyễn Văn Hòa"))["rank"], "Đại tá");
  const json& t = r["targets"];
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0]["direction"], "increase");
  EXPECT_EQ(t[1]["kind"], "share");
}

// ---- The contract, for every text ------------------------------------------------------------

void expect_clean_strings(const json& j, const std::string& where) {
  if (j.is_string()) {
    const std::string s = j;
    EXPECT_FALSE(s.empty()) << where;
    EXPECT_EQ(s, to_nfc(s)) << where;
    EXPECT_NE(s.front(), ' ') << where;
    EXPECT_NE(s.back(), ' ') << where;
    EXPECT_NE(s.rfind("\u201C", 0), 0u) << where << ": " << s;
    EXPECT_FALSE(s.size() >= 3 && s.substr(s.size() - 3) == "\u201D" && s.find("\u201C") == std::string::npos) << where;
  } else if (j.is_object() || j.is_array()) {
    for (const auto& [k, v] : j.items()) expect_clean_strings(v, where + "/" + k);
  }
}

TEST(PlanContract, EveryKeyIsAlwaysPresentWithItsType) {
  for (const std::string& f : all_fixtures()) {
    const json& r = parsed(f);
    SCOPED_TRACE(f);
    for (const char* k : {"title", "event", "organizers", "movement", "phases", "contents", "targets", "group",
                          "people", "counts"}) {
      EXPECT_TRUE(r.contains(k)) << k;
    }
    // The CONTRACT keys, plus "provenance" (how each value was read) and "notes".
    EXPECT_EQ(r.size(), 12u);
    EXPECT_TRUE(r["provenance"].is_object());
    EXPECT_TRUE(r["notes"].is_array());
    for (const char* k : {"kind", "date", "place"}) EXPECT_TRUE(r["event"].contains(k));
    for (const char* k : {"name", "kind", "theme", "motto", "start", "end"}) EXPECT_TRUE(r["movement"].contains(k));
    for (const json& p : r["phases"]) EXPECT_EQ(p.size(), 4u);
    for (const json& t : r["targets"]) {
      EXPECT_EQ(t.size(), 9u);
      EXPECT_TRUE(t["kind"] == "change" || t["kind"] == "rate" || t["kind"] == "share" || t["kind"] == "qualitative");
    }
    for (const json& p : r["people"]) EXPECT_EQ(p.size(), 3u);
    for (const json& c : r["counts"]) EXPECT_TRUE(c["value"].is_number());
    EXPECT_TRUE(r["group"].is_null() || r["group"].size() == 4u);
    std::vector<json> dates = {r["event"]["date"], r["movement"]["start"], r["movement"]["end"]};
    for (const json& p : r["phases"]) {
      dates.push_back(p["start"]);
      dates.push_back(p["end"]);
    }
    for (const json& d : dates) {
      EXPECT_TRUE(d.is_null() || Date::parse_iso(d.get<std::string>())) << d;
    }
    expect_clean_strings(r, f);
  }
}

TEST(PlanContract, TheSameTextGivesTheSameResult) {
  for (const std::string& f : all_fixtures()) {
    EXPECT_EQ(parse_plan(read_fixture(f)).dump(), parsed(f).dump()) << f;
  }
}

TEST(PlanContract, TextInAnotherEncodingOrEmptyIsRefusedAsInvalid) {
  for (std::string bad : {std::string(""), std::string(" \n "), std::string("C\xF4ng an t\xECnh Ngh\xEA An"),
                          std::string("\0\0\0", 3)}) {
    try {
      parse_plan(bad);
      ADD_FAILURE() << "accepted: " << bad;
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kInvalid);
    }
  }
}

TEST(PlanContract, AFewMegabytesAreReadInLinearTime) {
  std::string big = read_fixture(kTraVinh);
  const std::string article = read_fixture(kNgheAn) + "\n\n" + read_fixture(kCluster5) + "\n\n";
  while (big.size() < 3'000'000) big += article;
  big += "\u201CMột dấu ngoặc mở không bao giờ đóng, " + std::string(200'000, 'a') + "\n";
  const auto t0 = std::chrono::steady_clock::now();
  const json r = parse_plan(big);
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_EQ(r["title"], "Công an Trà Vinh phát động phong trào thi đua đặc biệt");
  EXPECT_EQ(r["event"]["date"], "2024-08-23");
  EXPECT_LT(seconds, 30.0);
  ASSERT_FALSE(r["notes"].empty());  // the user is told that only the start was read
  EXPECT_NE(r["notes"][0].get<std::string>().find("chỉ đọc"), std::string::npos);
}

// A draft plan leaves the movement's name as an empty quote or a placeholder to fill in ("phát động
// phong trào thi đua “…”"). The text is not empty: it is read, the name is null and the rest of the
// draft stays (it was refused whole as "Văn bản trống" when the empty name was analysed on its own).
TEST(PlanDraftPlaceholders, AnEmptyOrDottedMovementNameLeavesTheNameNullAndTheRestOfTheDraft) {
  for (const char* quote : {"“”", "“ ”", "\"...\"", "“…”"}) {
    const std::string text = std::string("Ngày 12/3/2024, Công an tỉnh Quảng Bình tổ chức Lễ phát động phong trào thi đua ") +
                             quote + " năm 2024.";
    json r;
    ASSERT_NO_THROW(r = parse_plan(text)) << quote;
    EXPECT_TRUE(r["movement"]["name"].is_null()) << quote << ": " << r["movement"]["name"];
    EXPECT_EQ(r["event"]["date"], "2024-03-12") << quote;
    EXPECT_EQ(r["event"]["kind"], "launch") << quote;
    ASSERT_EQ(r["organizers"].size(), 1u) << quote;
    EXPECT_EQ(r["organizers"][0], "Công an tỉnh Quảng Bình") << quote;
  }
}

// Only the text the user gives can be empty: that is still refused with its own message.
TEST(PlanDraftPlaceholders, AnEmptyTextIsStillRefused) {
  EXPECT_THROW(parse_plan(""), Error);
  EXPECT_THROW(parse_plan("  \n\t "), Error);
}

}  // namespace
}  // namespace thidua::text::plan
