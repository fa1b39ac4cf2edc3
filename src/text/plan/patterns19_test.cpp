// The nineteenth round of patterns (issue 14, branch s12-plan-c): how the blocks of a ministry's
// departments, inspectorates and government offices are written. Every sentence is written for the
// test in the pattern of real articles (none is copied from them):
//  - a block of a ministry's departments: "Khối các Vụ và tương đương thuộc Bộ …" ("and their
//    equals" is part of the description), "Khối các Cục", and in lower case "giao ước thi đua khối
//    các cơ quan …" when the kind of its bodies follows "các";
//  - a ministry named by its field, as a province's department is ("Bộ Tư pháp", "Bộ Văn hóa, Thể
//    thao và Du lịch" with its comma); "Bộ" alone before anything else ("Bộ đội", "Bộ trưởng") is
//    no ministry;
//  - "Chính phủ" closes the name of the office it owns ("Ban Cơ yếu Chính phủ"), in a unit and at
//    the end of a group's description;
//  - an office's name runs on over its lower-case syllables up to a verb ("Cục Quản lý kỹ thuật
//    nghiệp vụ mật mã là Khối trưởng");
//  - an inspectorate is a unit named by the body it inspects for ("Thanh tra Bộ Kế hoạch và Đầu
//    tư"), so inspectorates listed after "gồm N đơn vị:" are a block's members;
//  - a department numbered ("Vụ 1", "Vụ II") and an investigating agency named by its body are units,
//    so they are listed as a block's members; "Vụ án …" stays none;
//  - the supreme procuracy and court, written out or short ("VKSND tối cao"), close a position;
//  - "nhiều / những phong trào thi đua …" describes many movements and names none;
//  - a steering board's remit abbreviated in brackets ("Ban Chỉ đạo an ninh - trật tự (ANTT) phường
//    A") is left out of its name, which runs on to its place;
//  - a headline opening with a quoted name ("“Ngày hội …” tại thôn 3") keeps it without its marks;
//  - a day a deictic word names, restated in brackets ("sáng cùng ngày (5/10)", "hôm nay (12/3)"),
//    is the event's day, not an anniversary; its year from the text as for any day.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using json = nlohmann::json;
using test::GroupCase;
using test::parse;

// ---- blocks of a ministry's departments ----------------------------------------------------------

TEST(PlanPatterns19, BlockOfDepartmentsAndTheirEqualsIsOneName) {
  test::expect_field("/group/name", {
      {"capitalised block of departments, its ministry named by a field with a comma",
       "Sáng 12/3/2024, Khối các Vụ và tương đương thuộc Bộ Văn hóa, Thể thao và Du lịch tổ chức hội nghị ký "
       "kết giao ước thi đua năm 2024.",
       "Khối các Vụ và tương đương thuộc Bộ Văn hóa, Thể thao và Du lịch"},
      {"“Khối thi đua” head, a one-word field",
       "Ngày 20/2/2021, Khối thi đua các Vụ và tương đương trực thuộc Bộ Tư pháp đã ký giao ước thi đua.",
       "Khối thi đua các Vụ và tương đương trực thuộc Bộ Tư pháp"},
      {"the departments of a ministry by their own head word",
       "Ngày 6/4/2023, Khối các Cục thuộc Bộ Tài chính tổ chức ký kết giao ước thi đua năm 2023.",
       "Khối các Cục thuộc Bộ Tài chính"},
  });
}

TEST(PlanPatterns19, LowerCaseBlockBeforeTheKindOfItsBodies) {
  test::expect_field("/group/name", {
      {"after “giao ước thi đua”, the government closing the owner",
       "Chiều 2/3/2022, tại trụ sở, đã diễn ra lễ ký giao ước thi đua khối các cơ quan tham mưu Ban Cơ yếu "
       "Chính phủ năm 2022.",
       "Khối các cơ quan tham mưu Ban Cơ yếu Chính phủ"},  // its head printed capitalised
      {"a block of units",
       "Ngày 9/3/2020, khối các đơn vị sự nghiệp thuộc Sở Y tế tổ chức hội nghị ký kết giao ước thi đua.",
       "Khối các đơn vị sự nghiệp thuộc Sở Y tế"},
  });
  // "khối" before anything else stays no group.
  EXPECT_TRUE(parse("Ngày 9/3/2020, xã tổ chức hội nghị tăng cường khối đại đoàn kết toàn dân tộc.")["group"].is_null());
}

// ---- ministries, government offices, long office names -------------------------------------------

TEST(PlanPatterns19, MinistryNamedByItsFieldIsAUnit) {
  const json r = parse(
      "Ngày 15/3/2023, Khối thi đua số 4 gồm: Văn phòng Bộ Nội vụ, Văn phòng Bộ Giáo dục và Đào tạo, Văn phòng "
      "Bộ Y tế tổ chức ký kết giao ước thi đua.");
  ASSERT_TRUE(r["group"].is_object());
  EXPECT_EQ(test::strings(r["group"]["members"]),
            (test::Strings{"Văn phòng Bộ Nội vụ", "Văn phòng Bộ Giáo dục và Đào tạo", "Văn phòng Bộ Y tế"}));
  // "Bộ đội", "Bộ trưởng" name no ministry.
  const json s = parse("Ngày 2/9/2024, Bộ đội Biên phòng tỉnh tổ chức lễ phát động phong trào thi đua. Bộ trưởng dự.");
  for (const json& o : s["organizers"]) EXPECT_NE(o.get<std::string>().rfind("Bộ trưởng", 0), 0u) << o;
}

TEST(PlanPatterns19, OfficeNameRunsOnOverItsLowerCaseSyllables) {
  const json r = parse(
      "Ngày 21/3/2019, Khối thi đua các cơ quan tham mưu tổ chức ký giao ước thi đua. Cục Quản lý kỹ thuật "
      "nghiệp vụ mật mã là Khối trưởng Khối thi đua.\n\nPhát biểu tại lễ ký, đồng chí Trần Văn Hòa, Phó Cục "
      "trưởng Cục Quản lý kỹ thuật nghiệp vụ mật mã nhấn mạnh yêu cầu.");
  ASSERT_TRUE(r["group"].is_object());
  EXPECT_EQ(r["group"]["leader"], "Cục Quản lý kỹ thuật nghiệp vụ mật mã");
  test::expect_positions(r, {{"Trần Văn Hòa", "Phó Cục trưởng Cục Quản lý kỹ thuật nghiệp vụ mật mã"}});
}

// ---- inspectorates ---------------------------------------------------------------------------------

TEST(PlanPatterns19, InspectoratesListedAreTheBlocksMembers) {
  test::expect_group({"members after “gồm 05 đơn vị:”, the leader “với tư cách là Khối trưởng”",
                      "Ngày 10/3/2022, Thanh tra các Bộ thuộc Khối thi đua số III gồm 05 đơn vị: Thanh tra Bộ Y tế, "
                      "Thanh tra Bộ Xây dựng, Thanh tra Bộ Giáo dục và Đào tạo, Thanh tra Bộ Khoa học và Công nghệ, "
                      "Thanh tra Bộ Giao thông vận tải đã ký kết giao ước thi đua năm 2022.\n\nNăm 2022, Thanh tra "
                      "Bộ Y tế với tư cách là Khối trưởng Khối thi đua số III đã tổ chức lễ ký kết.",
                      {"Thanh tra Bộ Y tế", "Thanh tra Bộ Xây dựng", "Thanh tra Bộ Giáo dục và Đào tạo",
                       "Thanh tra Bộ Khoa học và Công nghệ", "Thanh tra Bộ Giao thông vận tải"},
                      "Thanh tra Bộ Y tế",
                      ""});
}

TEST(PlanPatterns19, NumberedDepartmentsAreTheBlocksMembers) {
  test::expect_group({"departments numbered in figures after an investigating agency",
                      "Ngày 3/3/2021, Khối thi đua số 2, gồm: Cơ quan điều tra VKSND tối cao, Vụ 7, Vụ 8, Vụ 9 tổ chức "
                      "lễ ký giao ước thi đua năm 2021.",
                      {"Cơ quan điều tra VKSND tối cao", "Vụ 7", "Vụ 8", "Vụ 9"},
                      "",
                      ""});
  test::expect_group({"departments numbered in Roman numerals",
                      "Ngày 3/3/2021, Khối thi đua số 3 gồm: Vụ I, Vụ II, Vụ III đã ký kết giao ước thi đua năm 2021.",
                      {"Vụ I", "Vụ II", "Vụ III"},
                      "",
                      ""});
  EXPECT_TRUE(parse("Vụ án được khởi tố ngày 3/3/2021.")["organizers"].empty());
}

TEST(PlanPatterns19, SupremeProcuracyAndCourtClosePositions) {
  test::PositionCase cases[] = {
      {"short", "Ngày 4/3/2021, đồng chí Lê Văn An, Phó Viện trưởng VKSND tối cao dự lễ ký kết giao ước thi đua.",
       {{"Lê Văn An", "Phó Viện trưởng VKSND tối cao"}}},
      {"written out",
       "Ngày 4/3/2021, đồng chí Lê Văn An, Phó Chánh án Tòa án nhân dân tối cao dự lễ ký kết giao ước thi đua.",
       {{"Lê Văn An", "Phó Chánh án Tòa án nhân dân tối cao"}}},
      {"a department's head, its department numbered",
       "Ngày 4/3/2021, đồng chí Lê Văn An, Vụ trưởng Vụ 3 dự lễ ký kết giao ước thi đua.", {{"Lê Văn An", "Vụ trưởng Vụ 3"}}},
  };
  test::expect_positions(cases);
}

// ---- movements ----------------------------------------------------------------------------------

TEST(PlanPatterns19, ManyMovementsDescribedNameNone) {
  test::expect_field("/movement/name", {
      {"“nhiều phong trào thi đua”",
       "Năm 2021, các đơn vị trong Khối phát động nhiều phong trào thi đua thiết thực trong từng cơ quan, phấn đấu "
       "hoàn thành nhiệm vụ.",
       ""},
      {"“những phong trào thi đua”",
       "Ngày 2/3/2021, Khối thi đua số 5 phát động những phong trào thi đua gắn với nhiệm vụ chính trị của từng đơn vị.",
       ""},
      {"one movement described still names it",
       "Ngày 2/3/2021, Công an huyện phát động phong trào thi đua đảm bảo an toàn giao thông dịp Tết.",
       "phong trào thi đua đảm bảo an toàn giao thông dịp Tết"},
  });
}

// ---- steering boards -----------------------------------------------------------------------------

TEST(PlanPatterns19, BoardsRemitAbbreviatedInBracketsIsLeftOut) {
  const json r = parse(
      "Tối 20-8, Ban Chỉ đạo an ninh - trật tự (ANTT) xã Hòa Tiến tổ chức Ngày hội Toàn dân bảo vệ an ninh "
      "Tổ quốc năm 2024 tại thôn 2.");
  EXPECT_EQ(test::strings(r["organizers"]), (test::Strings{"Ban Chỉ đạo an ninh - trật tự xã Hòa Tiến"}));
}

// ---- dates ---------------------------------------------------------------------------------------

TEST(PlanPatterns19, DayRestatedInBracketsAfterADeicticWordIsTheEventsDay) {
  test::expect_field("/event/date", {
      {"“sáng cùng ngày (D/M)”, the year from a lunar New Year (October: the year before)",
       "Cũng trong sáng cùng ngày (12/11), Công an huyện Long Hồ tổ chức lễ ra quân đợt cao điểm tấn công "
       "tội phạm (12/11-12/1), bảo đảm an ninh trước, trong và sau Tết Nguyên đán Ất Tỵ 2025.",
       "2024-11-12"},
      {"“hôm nay (D/M/Y)”",
       "Hôm nay (3/4/2024), Công an xã Tân Phú tổ chức hội nghị triển khai phong trào thi đua.", "2024-04-03"},
      {"an anniversary in brackets stays one",
       "Công an xã Tân Phú tổ chức hội nghị kỷ niệm Ngày truyền thống (19/8/2024).", ""},
  });
  const json r = parse(
      "Chiều cùng ngày (12/11), Công an huyện Long Hồ tổ chức lễ ra quân đợt cao điểm tấn công tội phạm "
      "(12/11-12/1), bảo đảm an ninh trước, trong và sau Tết Nguyên đán Ất Tỵ 2025.");
  EXPECT_EQ(r["movement"]["start"], "2024-11-12");
  EXPECT_EQ(r["movement"]["end"], "2025-01-12");
}

// ---- titles ------------------------------------------------------------------------------------------

TEST(PlanPatterns19, HeadlineOpeningWithAQuotedNameDropsItsMarks) {
  test::expect_field("/title", {
      {"a festival's name, then its place",
       "“Ngày hội Toàn dân bảo vệ an ninh Tổ quốc” tại khu phố 4 (phường Tân Mai)\n\nSáng 9-8, Ban Chỉ đạo "
       "an ninh - trật tự phường Tân Mai tổ chức Ngày hội Toàn dân bảo vệ an ninh Tổ quốc năm 2024.",
       "Ngày hội Toàn dân bảo vệ an ninh Tổ quốc tại khu phố 4 (phường Tân Mai)"},
      {"a quote inside the headline stays",
       "Phường Tân Mai tổ chức “Ngày hội Toàn dân bảo vệ an ninh Tổ quốc”\n\nSáng 9-8, phường Tân Mai tổ chức "
       "ngày hội năm 2024.",
       "Phường Tân Mai tổ chức “Ngày hội Toàn dân bảo vệ an ninh Tổ quốc”"},
  });
}

}  // namespace
}  // namespace thidua::text::plan
