// The twenty-third round of patterns (issue 14, branch s13-plan-c): how Vietnamese plans state
// targets the development set rarely shows, and how they set them apart from the figures of the
// time gone by. Every sentence is written for the test in the pattern of administrative prose
// (none is copied from the texts):
//  - results are no targets: a sentence or a clause opening with an earlier year or period than
//    the plan's ("Năm 2024, …", "Giai đoạn 2020-2024, …"), with a comparison ("So với cùng kỳ
//    năm 2024, …"), with the time gone by or the fruit of the work ("Sau hai năm thực hiện, …",
//    "Đến nay, …", "Từ đầu năm đến nay, …", "Nhờ đó, …", "Kết quả năm 2024: …"), and a share
//    opening its clause that "đã" did ("100% chi hội đã thành lập …"); "đã" after a verb only
//    qualifies the thing ("triệt xóa 100% các tụ điểm … đã được phát hiện" is a target);
//  - measures: "Năm 2025 phấn đấu tỷ lệ tiếp nhận, phân loại, xử lý …" keeps the rate's commas;
//    "giảm tỷ lệ … xuống còn dưới 2%" drops "xuống còn"; a change with nothing named that changes
//    ("Phấn đấu năm 2025 tiếp tục giảm từ 5% trở lên") is no rate of the year before it;
//  - floors of work and people ("mỗi công nhân có ít nhất 01 sáng kiến", "kết nạp 50 đoàn viên
//    công đoàn mới") are levels to reach; shares of civil servants, workers, villages are shares;
//  - counts: a level to reach ("Phấn đấu … xây dựng 6 mô hình …") is a target, not a count;
//  - phases launched ("phát động 3 đợt thi đua"), not those held ("đã phát động 4 đợt thi đua")
//    nor rounds of work ("02 đợt ra quân");
//  - positions: "Ban Thi đua - Khen thưởng Trung ương" is a board's name, its dash included.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using json = nlohmann::json;
using test::parse;
using test::TargetCase;

// ---- results of the time gone by are no targets ----------------------------------------------

const TargetCase kResultsBeside[] = {
    {"a clause opening with an earlier period, before the clause that strives",
     "Ngày 8/1/2025, Công an xã tổ chức hội nghị triển khai công tác năm 2025. Giai đoạn 2020-2024, số vụ phạm tội "
     "về trật tự xã hội trên địa bàn giảm 15,3%; phấn đấu năm 2025 kéo giảm ít nhất 3% số vụ phạm tội về trật tự "
     "xã hội.",
     {"change decrease 3 % | số vụ phạm tội về trật tự xã hội"}},
    {"a sentence opening with an earlier year, its rate after a reported change",
     "Ngày 6/1/2025, Công an huyện tổ chức hội nghị triển khai công tác năm 2025. Năm 2024, toàn huyện đã kéo giảm "
     "6,2% số vụ phạm tội về trật tự xã hội, tỷ lệ điều tra khám phá đạt 85%. Năm 2025, Công an huyện phấn đấu kéo "
     "giảm ít nhất 5% số vụ phạm tội.",
     {"change decrease 5 % | số vụ phạm tội"}},
    {"the time gone by, and a share that \"đã\" did",
     "Ngày 8/1/2025, Hội Liên hiệp Phụ nữ huyện phát động thi đua năm 2025. Sau hai năm thực hiện, 100% chi hội đã "
     "thành lập tổ phụ nữ tự quản; phấn đấu năm 2025 có 80% chi hội đạt danh hiệu \"Chi hội vững mạnh\".",
     {"share equal 80 % | chi hội đạt danh hiệu “Chi hội vững mạnh”"}},
    {"\"Đến nay, …\" reports where the work stands",
     "Ngày 8/1/2025, UBND phường phát động thi đua năm 2025. Đến nay, 92% hộ gia đình trên địa bàn đã đăng ký gia "
     "đình văn hóa. Phấn đấu cuối năm 2025 có 95% hộ gia đình đạt danh hiệu \"Gia đình văn hóa\".",
     {"share equal 95 % | hộ gia đình đạt danh hiệu “Gia đình văn hóa”"}},
    {"\"Từ đầu năm đến nay, …\" reports the year so far",
     "Ngày 8/1/2025, Đội Cảnh sát giao thông ra quân. Từ đầu năm đến nay, tai nạn giao thông giảm 12% số vụ so với "
     "cùng kỳ. Đơn vị phấn đấu giảm tai nạn giao thông cả 3 tiêu chí so với năm 2024.",
     {"change decrease - - prev | số vụ tai nạn giao thông", "change decrease - - prev | số người chết do tai nạn giao thông",
      "change decrease - - prev | số người bị thương do tai nạn giao thông"}},
    {"\"Nhờ đó, …\" reports the fruit of the work",
     "Ngày 8/1/2025, Công an tỉnh triển khai kế hoạch năm 2025. Nhờ đó, tỷ lệ thu hồi tài sản đạt 78%. Phấn đấu tỷ "
     "lệ thu hồi tài sản trong các vụ án kinh tế đạt trên 70%.",
     {"rate above 70 % | tỷ lệ thu hồi tài sản trong các vụ án kinh tế"}},
    {"\"Kết quả năm 2024:\" heads the results with a colon",
     "Kết quả năm 2024: tỷ lệ giải quyết đơn thư đạt 91%, kéo giảm 4% số vụ khiếu kiện đông người. Phấn đấu năm "
     "2025 tỷ lệ giải quyết đơn thư đạt trên 93%.",
     {"rate above 93 % | tỷ lệ giải quyết đơn thư"}},
    {"a comparison opening the sentence, and a change with nothing named after it",
     "So với cùng kỳ năm 2024, cháy nổ giảm 8,5% số vụ. Phấn đấu năm 2025 tiếp tục giảm từ 5% trở lên.", {}},
    {"years gone by, a state of now in a clause, a year before what is measured",
     "Ngày 5/3/2025, UBND huyện phát động phong trào thi đua năm 2025. Trong 5 năm qua, tỷ lệ hộ nghèo giảm từ 9% "
     "xuống còn 2,4%. Hiện nay, 80% thôn đạt chuẩn văn hóa; phấn đấu đến năm 2030 tỷ lệ hộ nghèo dưới 1%.",
     {"share at_most 1 % | tỷ lệ hộ nghèo"}},
    {"\"Theo thống kê, …\" reports",
     "Ngày 5/3/2025, Công an tỉnh phát động phong trào thi đua năm 2025. Theo thống kê, 6 tháng đầu năm 2024, tai nạn "
     "giao thông giảm 12% số vụ. Phấn đấu năm 2025 giảm 5% số vụ tai nạn giao thông.",
     {"change decrease 5 % | số vụ tai nạn giao thông"}},
    {"\"đã\" after the verb qualifies what is striven for",
     "Ngày 8/1/2025, Công an tỉnh triển khai kế hoạch năm 2025. Phấn đấu triệt xóa 100% các điểm, tụ điểm phức "
     "tạp về ma túy đã được phát hiện.",
     {"rate equal 100 % | các điểm, tụ điểm phức tạp về ma túy đã được phát hiện"}},
};

TEST(PlanPatterns23, ResultsOfTheTimeGoneByAreNoTargets) { test::expect_targets(kResultsBeside); }

// ---- how targets are written -------------------------------------------------------------------

const TargetCase kTargets[] = {
    {"a rate of several verbs after the year and \"phấn đấu\", and a part of it after \"trong đó\"",
     "Ngày 8/1/2025, Ban Chỉ huy Quân sự huyện phát động thi đua năm 2025. Phấn đấu năm 2025 tỷ lệ tiếp nhận, phân "
     "loại, xử lý đơn thư đạt 100%, trong đó tỷ lệ giải quyết dứt điểm đạt trên 85%.",
     {"rate equal 100 % | tỷ lệ tiếp nhận, phân loại, xử lý đơn thư", "rate above 85 % | tỷ lệ giải quyết dứt điểm"}},
    {"a rate brought down \"xuống còn dưới\"",
     "Ngày 8/1/2025, Hội Nông dân xã triển khai nhiệm vụ năm 2025. Mục tiêu: giảm tỷ lệ hộ nông dân nghèo xuống còn "
     "dưới 2%.",
     {"share at_most 2 % | tỷ lệ hộ nông dân nghèo"}},
    {"floors of work and people in a plan's list of aims",
     "KẾ HOẠCH\nPhong trào thi đua \"Lao động sáng tạo\" năm 2025\n1. Mục tiêu cụ thể\n- Mỗi công nhân, lao động có "
     "ít nhất 01 sáng kiến cải tiến kỹ thuật.\n- Kết nạp 50 đoàn viên công đoàn mới.",
     {"rate at_least 1 sáng kiến | sáng kiến cải tiến kỹ thuật", "rate equal 50 đoàn viên | đoàn viên công đoàn mới"}},
    {"levels after \"phấn đấu:\": members admitted, households helped, a share between them",
     "Năm 2025, Hội Nông dân xã phấn đấu: kết nạp mới 120 hội viên; 85% chi hội xếp loại khá trở lên; giúp 40 hộ "
     "hội viên thoát nghèo.",
     {"rate equal 120 hội viên | hội viên", "share equal 85 % | chi hội xếp loại khá trở lên",
      "rate equal 40 hộ | hộ hội viên thoát nghèo"}},
    {"a numbered list: a range, a floor and a ceiling, shares of civil servants",
     "Chỉ tiêu thi đua năm 2025 của Khối:\n1. Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 95% đến 98%.\n2. Tỷ lệ đảng viên "
     "hoàn thành tốt nhiệm vụ tối thiểu 90%; tỷ lệ đảng viên vi phạm kỷ luật tối đa 1%.\n3. 100% công chức được bồi "
     "dưỡng kiến thức quản lý nhà nước.",
     {"rate equal 98 95-98 % | Tỷ lệ hồ sơ giải quyết đúng hạn", "share at_least 90 % | Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ",
      "share at_most 1 % | tỷ lệ đảng viên vi phạm kỷ luật",
      "share equal 100 % | công chức được bồi dưỡng kiến thức quản lý nhà nước"}},
    {"\"không quá\" a share, a change from one figure to another",
     "Chỉ tiêu: tỷ lệ tập thể đề nghị tặng Cờ thi đua không quá 20% tổng số tập thể; giảm từ 3 đến 5% số vụ cháy so "
     "với năm trước.",
     {"share at_most 20 % | tỷ lệ tập thể đề nghị tặng Cờ thi đua", "change decrease 5 3-5 % prev | số vụ cháy"}},
    {"shares of workers and of villages, a thing not to let happen",
     "Phấn đấu không để xảy ra tai nạn lao động nghiêm trọng; 100% công nhân được huấn luyện an toàn lao động; 90% "
     "thôn, bản có tổ an ninh tự quản.",
     {"qualitative - - - | tai nạn lao động nghiêm trọng", "share equal 100 % | công nhân được huấn luyện an toàn lao động",
      "share equal 90 % | thôn, bản có tổ an ninh tự quản"}},
};

TEST(PlanPatterns23, TargetsOfPlans) { test::expect_targets(kTargets); }

// ---- a level to reach is no count ----------------------------------------------------------------

const test::CountCase kAwardCounts[] = {
    {"awards given at the meeting count, those taking part do not",
     "Ngày 10/1/2025, Hội Khuyến học tỉnh tổ chức hội nghị tổng kết năm 2024 với sự tham gia của 150 đại biểu. Dịp "
     "này, 7 tập thể và 15 cá nhân được tặng Giấy khen.",
     {{7, "tập thể"}, {15, "cá nhân"}}},
    {"the exemplars honoured",
     "Ngày 20/4/2025, UBND huyện tổ chức Lễ tuyên dương 45 gương điển hình tiên tiến trong phong trào thi đua yêu nước "
     "giai đoạn 2020-2025.",
     {{45, "gương điển hình tiên tiến"}}},
    {"a floor for each village is a target, no count",
     "Ngày 5/3/2025, xã tổ chức lễ phát động phong trào thi đua năm 2025. Phấn đấu mỗi thôn xây dựng ít nhất 02 mô "
     "hình tự quản.",
     {}},
};

TEST(PlanPatterns23, LevelToReachIsATargetNotACount) {
  const json r = parse(
      "Ngày 5/3/2025, Đoàn Thanh niên phường phát động phong trào thanh niên tình nguyện. Phấn đấu năm 2025 xây dựng "
      "6 mô hình thanh niên khởi nghiệp.");
  EXPECT_EQ(test::target_lines(r), test::Strings{"rate equal 6 mô hình | mô hình thanh niên khởi nghiệp"});
  EXPECT_TRUE(r["counts"].empty()) << r["counts"];
  test::expect_counts(kAwardCounts);
}

// ---- phases launched -----------------------------------------------------------------------------

const test::PhaseCase kPhasesLaunched[] = {
    {"phases of the emulation launched",
     "Ngày 5/3/2025, Cụm thi đua số 5 tổ chức ký kết giao ước thi đua năm 2025. Cụm thi đua phát động 3 đợt thi đua "
     "trong năm.",
     3},
    {"phases already held are the past year's",
     "Ngày 5/3/2025, Cụm thi đua số 5 tổ chức tổng kết năm 2024. Năm 2024, Cụm thi đua đã phát động 4 đợt thi đua.", 0},
    {"rounds of work are no phases",
     "Ngày 5/3/2025, Công an huyện tổ chức 02 đợt ra quân tổng kiểm soát phương tiện giao thông.", 0},
};

TEST(PlanPatterns23, PhasesLaunched) { test::expect_phase_counts(kPhasesLaunched); }

// ---- the emulation board's name keeps its dash ----------------------------------------------------

const test::PositionCase kBoardPositions[] = {
    {"the central board",
     "Ngày 10/1/2025, Hội Khuyến học tỉnh tổ chức hội nghị tổng kết năm 2024. Dự hội nghị có ông Trần Văn Nam, Phó "
     "Trưởng Ban Thi đua - Khen thưởng Trung ương.",
     {{"Trần Văn Nam", "Phó Trưởng Ban Thi đua - Khen thưởng Trung ương"}}},
};

TEST(PlanPatterns23, EmulationBoardInPositions) { test::expect_positions(kBoardPositions); }

// ---- offices after the name of a title written before it --------------------------------------

const test::PositionCase kOfficesAfterName[] = {
    {"a second office after a comma",
     "Ngày 10/1/2025, UBND tỉnh tổ chức hội nghị tổng kết công tác thi đua năm 2024. Chủ tịch UBND tỉnh Nguyễn Văn "
     "An, Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh chủ trì hội nghị.",
     {{"Nguyễn Văn An", "Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh"}}},
    {"after a dash, the board's shorthand written out",
     "Ngày 10/1/2025, UBND tỉnh tổ chức hội nghị tổng kết công tác thi đua năm 2024. Phát biểu kết luận, Chủ tịch "
     "UBND tỉnh Nguyễn Văn An - Chủ tịch Hội đồng TĐKT tỉnh đề nghị các sở, ngành đổi mới công tác thi đua.",
     {{"Nguyễn Văn An", "Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh"}}},
    {"the next person's title is not the first one's",
     "Ngày 10/1/2025, UBND tỉnh tổ chức hội nghị tổng kết công tác thi đua năm 2024. Dự hội nghị có Phó Chủ tịch "
     "UBND tỉnh Nguyễn Văn An, Giám đốc Sở Nội vụ Trần Thị Bình.",
     {{"Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh"}, {"Trần Thị Bình", "Giám đốc Sở Nội vụ"}}},
    {"\"BCĐ\" written out",
     "Ngày 5/12/2024, Công an tỉnh ra quân đợt cao điểm. Phó Chủ tịch UBND tỉnh Lê Văn Cường, Trưởng BCĐ 138 tỉnh "
     "phát biểu chỉ đạo.",
     {{"Lê Văn Cường", "Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo 138 tỉnh"}}},
};

TEST(PlanPatterns23, OfficesAfterTheName) { test::expect_positions(kOfficesAfterName); }

TEST(PlanPatterns23, GroupRoleInLowerCaseAfterTheName) {
  const json r = parse(
      "Ngày 12/1/2025, Cụm thi đua số 2 các phường tổ chức hội nghị tổng kết năm 2024. Chủ tịch Ủy ban MTTQ phường "
      "Quảng Hưng Nguyễn Văn Minh, cụm trưởng cụm số 2, phát biểu khai mạc hội nghị.");
  test::expect_positions(r, {{"Nguyễn Văn Minh", "Chủ tịch Ủy ban MTTQ phường Quảng Hưng, cụm trưởng cụm số 2"}});
  ASSERT_TRUE(r["group"].is_object());
  EXPECT_EQ(r["group"]["leader"], "Ủy ban MTTQ phường Quảng Hưng");
}

// ---- counts: link words and the emulation's own groups ---------------------------------------

const test::CountCase kGroupsCounted[] = {
    {"\"do\" ends what is counted; groups the cluster is organised in",
     "Ngày 15/1/2025, Cụm thi đua số 4 tổ chức hội nghị tổng kết năm 2024. Năm 2025, cụm thi đua thống nhất ký kết "
     "thực hiện 7 nội dung thi đua do Tỉnh hội quy định; tổ chức thành 3 nhóm thi đua.",
     {{7, "nội dung thi đua"}, {3, "nhóm thi đua"}}},
    {"blocks set up",
     "Ban Thường vụ Tỉnh đoàn vừa ban hành quyết định thành lập 5 Khối thi đua năm 2025 thuộc Tỉnh đoàn.",
     {{5, "Khối thi đua"}}},
};

TEST(PlanPatterns23, GroupsOfTheEmulationCounted) { test::expect_counts(kGroupsCounted); }

}  // namespace
}  // namespace thidua::text::plan

namespace thidua::text::plan {
namespace {

// ---- the period a review names -----------------------------------------------------------------

TEST(PlanPatterns23, PeriodOfAReviewIsTheMovements) {
  const nlohmann::json r = test::parse(
      "Lan tỏa phong trào thi đua trong ngành giáo dục\n\nNgày 14/8/2020, Sở Giáo dục và Đào tạo tổ chức hội "
      "nghị điển hình tiên tiến ngành giáo dục giai đoạn 2016- 2020.\n\nHội nghị đã biểu dương nhiều tập thể, cá "
      "nhân tiêu biểu.");
  EXPECT_EQ(r["movement"]["start"], "2016-01-01");
  EXPECT_EQ(r["movement"]["end"], "2020-12-31");
  // A programme's period that a review closes is the programme's, not a movement's.
  const nlohmann::json other = test::parse(
      "Tuổi trẻ thi đua bảo vệ môi trường\n\nChiều 8/8/2022, Tỉnh đoàn tổ chức hội nghị tổng kết Chương trình phối "
      "hợp về bảo vệ môi trường giai đoạn 2018-2022.\n\nHội nghị đã biểu dương nhiều tập thể, cá nhân tiêu "
      "biểu.");
  EXPECT_TRUE(other["movement"]["start"].is_null()) << other["movement"]["start"];
  EXPECT_TRUE(other["movement"]["end"].is_null()) << other["movement"]["end"];
}

}  // namespace
}  // namespace thidua::text::plan
