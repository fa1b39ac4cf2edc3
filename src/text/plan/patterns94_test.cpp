// Session 26 (issue 14): lists of bare names under a kind written once before them — the general
// shape behind many member lists: a kind of body (a body's head with a level, "các"/a count and a
// kind, or the kind inside the group's own name) written once, then names only, split by ",", ";"
// and "và" ("Công an các huyện miền Tây gồm Tân Kỳ, Anh Sơn …", "các trường THPT khu vực miền núi gồm:
// Mường Lát, …", "các sở Nội vụ, Tài chính …"). Each name is that kind's body, in full, as the
// Conventions (tests/fixtures/plans/README.md, Group) name members. Every sentence was written for
// these tests; each positive gives no members, bare names or bare places on main 0aa8c5f's build; the negatives
// guard where such a list is no group's (contents, awards, another clause, brands, a count it breaks).
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_group;
using test::GroupCase;
using test::parse;

// "<HEAD> các/N <level> <description> gồm[:] A, B, C": names the gazetteer does not know (districts,
// communes) under the head and level written before them.
TEST(PlanPatterns94, BareNamesUnderAHeadAndALevelWrittenOnceBeforeThem) {
  const GroupCase cases[] = {
      {"police of districts, 'gồm' without a colon, the group's number before the head",
       "Sáng 12/3/2024, tại huyện Tân Kỳ, Cụm thi đua số 4 Công an các huyện miền Tây gồm Tân Kỳ, Anh Sơn, Con Cuông "
       "và Tương Dương đã tổ chức hội nghị ký kết giao ước thi đua năm 2024.",
       {"Công an huyện Tân Kỳ", "Công an huyện Anh Sơn", "Công an huyện Con Cuông", "Công an huyện Tương Dương"},
       "",
       ""},
      {"communes' police, the roles in brackets after the names",
       "Chiều 20/2/2025, Cụm thi đua số 5 Công an các xã vùng giáo gồm Hải Lý, Hải Chính (Cụm trưởng), Hải Triều và "
       "Hải Hòa (Cụm phó) đã tổ chức ký kết giao ước thi đua năm 2025.",
       {"Công an xã Hải Lý", "Công an xã Hải Chính", "Công an xã Hải Triều", "Công an xã Hải Hòa"},
       "Công an xã Hải Chính",
       "Công an xã Hải Hòa"},
      {"social insurance, the count before the head and the level after it, the group in brackets after",
       "Sáng 12/3/2024, 5 Bảo hiểm xã hội huyện gồm Tân Kỳ, Anh Sơn, Con Cuông, Tương Dương và Kỳ Sơn (Cụm thi đua số 2) "
       "tổ chức ký kết giao ước thi đua năm 2024.",
       {"Bảo hiểm xã hội huyện Tân Kỳ", "Bảo hiểm xã hội huyện Anh Sơn", "Bảo hiểm xã hội huyện Con Cuông",
        "Bảo hiểm xã hội huyện Tương Dương", "Bảo hiểm xã hội huyện Kỳ Sơn"},
       "",
       ""},
      {"farmers' associations, the level after the kind",
       "Ngày 5/1/2025, Cụm thi đua các Hội Nông dân huyện phía Nam gồm: Đức Phổ, Mộ Đức, Ba Tơ và Nghĩa Hành tổ chức "
       "hội nghị ký kết giao ước thi đua.",
       {"Hội Nông dân huyện Đức Phổ", "Hội Nông dân huyện Mộ Đức", "Hội Nông dân huyện Ba Tơ",
        "Hội Nông dân huyện Nghĩa Hành"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

// "các <kind> [kind's words] <description> gồm: A, B": schools, colleges named by their kind once.
TEST(PlanPatterns94, BareNamesUnderAKindOfBodyInTheGroupsOwnName) {
  const GroupCase cases[] = {
      {"high schools named by their places",
       "Ngày 12/3/2024, Cụm thi đua các trường THPT khu vực miền núi gồm: Mường Lát, Quan Sơn, Quan Hóa, Bá Thước tổ "
       "chức ký kết giao ước thi đua năm học 2024 - 2025.",
       {"Trường THPT Mường Lát", "Trường THPT Quan Sơn", "Trường THPT Quan Hóa", "Trường THPT Bá Thước"},
       "",
       ""},
      {"primary schools, the kind's words known to the lexicon",
       "Ngày 5/1/2025, Khối thi đua các trường Tiểu học gồm: Kim Đồng, Võ Thị Sáu, Nguyễn Viết Xuân và Hoa Lư tổ chức ký "
       "kết giao ước thi đua năm học 2024 - 2025.",
       {"Trường Tiểu học Kim Đồng", "Trường Tiểu học Võ Thị Sáu", "Trường Tiểu học Nguyễn Viết Xuân",
        "Trường Tiểu học Hoa Lư"},
       "",
       ""},
      {"colleges whose names repeat the kind's words: the head alone before them",
       "Ngày 12/3/2024, Cụm thi đua số 2 thuộc Khối các trường Cao đẳng gồm: Cao đẳng Y tế Thanh Hóa, Cao đẳng Nông Lâm, "
       "Cao đẳng Nghề Lam Kinh tổ chức ký kết giao ước thi đua.",
       {"Trường Cao đẳng Y tế Thanh Hóa", "Trường Cao đẳng Nông Lâm", "Trường Cao đẳng Nghề Lam Kinh"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

// "các <kind in lower case> A, B và C" with no colon, and "phòng A, phòng B": a plural written once
// before the names, or each item's own head in lower case.
TEST(PlanPatterns94, AKindInLowerCaseBeforeTheNamesOrBeforeEachOfThem) {
  const GroupCase cases[] = {
      {"lower-secondary schools, no colon",
       "Ngày 12/3/2024, tại Trường THCS Lê Lợi, Cụm thi đua số 6 gồm các trường THCS Lê Lợi, Chu Văn An, Ngô Quyền và Lý "
       "Tự Trọng tổ chức ký kết giao ước thi đua.",
       {"Trường THCS Lê Lợi", "Trường THCS Chu Văn An", "Trường THCS Ngô Quyền", "Trường THCS Lý Tự Trọng"},
       "",
       ""},
      {"the Party's boards, no colon; a body with its own head keeps it",
       "Ngày 12/3/2024, Khối thi đua các cơ quan Đảng gồm các ban Tổ chức, Tuyên giáo, Dân vận, Nội chính và Văn phòng "
       "Tỉnh ủy tổ chức ký kết giao ước thi đua năm 2024.",
       // (s27-members) the boards written bare beside "Văn phòng Tỉnh ủy" are the committee's (PlanPatterns98).
       {"Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Ban Nội chính Tỉnh ủy", "Văn phòng Tỉnh ủy"},
       "",
       ""},
      {"a district's offices, each with its head in lower case",
       "Sáng 12/3/2024, Cụm thi đua các phòng chuyên môn thuộc UBND huyện gồm: phòng Tư pháp, phòng Nội vụ, phòng Tài "
       "chính - Kế hoạch và phòng Văn hóa - Thông tin tổ chức ký kết giao ước thi đua.",
       {"Phòng Tư pháp", "Phòng Nội vụ", "Phòng Tài chính - Kế hoạch", "Phòng Văn hóa - Thông tin"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

// Names another reader read bare, or as places with their level, take the kind the words before the
// list give.
TEST(PlanPatterns94, NamesReadBareTakeTheKindWrittenBeforeTheList) {
  const GroupCase cases[] = {
      {"departments' fields under 'các sở, ngành … gồm 4 đơn vị:'",
       "Ngày 12/3/2024, Khối thi đua các sở, ngành kinh tế tỉnh Bắc Giang gồm 4 đơn vị: Công Thương, Nông nghiệp và Phát "
       "triển nông thôn, Xây dựng, Giao thông vận tải tổ chức ký kết giao ước thi đua năm 2024.",
       {"Sở Công Thương", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Xây dựng", "Sở Giao thông vận tải"},
       "",
       ""},
      {"treasuries of districts, read as the districts before",
       "Sáng 8/3/2025, Cụm thi đua Kho bạc Nhà nước các huyện miền núi gồm 4 đơn vị: Kỳ Sơn, Tương Dương, Con Cuông và Anh "
       "Sơn tổ chức ký kết giao ước thi đua năm 2025.",
       {"Kho bạc Nhà nước huyện Kỳ Sơn", "Kho bạc Nhà nước huyện Tương Dương", "Kho bạc Nhà nước huyện Con Cuông",
        "Kho bạc Nhà nước huyện Anh Sơn"},
       "",
       ""},
      // Guard: places with no body written before them keep their level (the Conventions' members by places).
      {"wards of a cluster: places with their level",
       "Sáng 8/3/2025, Cụm thi đua số 4 gồm các phường: Quang Trung, Lê Lợi, Trần Hưng Đạo và Nguyễn Du tổ chức ký kết "
       "giao ước thi đua năm 2025.",
       {"phường Quang Trung", "phường Lê Lợi", "phường Trần Hưng Đạo", "phường Nguyễn Du"},
       "",
       ""},
      // Guard: a police cluster of a city, the districts unknown: no body is invented from the city's level.
      {"a city's police cluster of districts the gazetteer does not know",
       "Ngày 3/3/2021, Cụm thi đua số 11 Công an thành phố Hà Nội gồm 7 đơn vị: Sơn Tây, Hoài Đức, Đan Phượng, Ba Vì, "
       "Quốc Oai, Phúc Thọ và Thạch Thất tổ chức ký giao ước thi đua.",
       {},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

// Where a list of names after a colon is no group's members.
TEST(PlanPatterns94, ListsOfNamesThatAreNoGroupsMembers) {
  const GroupCase cases[] = {
      {"contents after the clause's verb",
       "Ngày 5/3/2025, Công an các xã thuộc Cụm thi đua số 3 ký kết giao ước thi đua với các nội dung: Bảo đảm an ninh "
       "trật tự, Xây dựng lực lượng trong sạch, Phòng chống tội phạm ma túy.",
       {},
       "",
       ""},
      {"districts proposed for an award",
       "Ngày 5/3/2025, Cụm thi đua số 4 đề nghị Chủ tịch UBND tỉnh tặng Cờ thi đua cho các huyện: Tân Kỳ, Anh Sơn và Con "
       "Cuông.",
       {},
       "",
       ""},
      {"schools honoured in another clause of the sentence",
       "Ngày 5/3/2025, Khối thi đua số 1 ký kết giao ước; năm 2024, các trường THPT: Lê Lợi, Nguyễn Du, Trần Phú đạt danh "
       "hiệu Tập thể lao động xuất sắc.",
       {},
       "",
       ""},
      {"banks written by their brands stay as written",
       "Sáng 12/3/2024, Cụm thi đua các Ngân hàng thương mại trên địa bàn tỉnh gồm 5 chi nhánh: Agribank, Vietcombank, "
       "BIDV, VietinBank và Sacombank tổ chức ký kết giao ước thi đua.",
       {"Agribank", "Vietcombank", "BIDV", "VietinBank", "Sacombank"},
       "",
       ""},
      {"a count the names' commas do not match: the list is not split by guess",
       "Sáng 12/3/2024, Khối thi đua các ngân hàng thương mại tỉnh gồm 4 ngân hàng: Nông nghiệp và Phát triển nông thôn, "
       "Đầu tư và Phát triển, Công thương, Ngoại thương tổ chức ký kết giao ước thi đua.",
       {},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

// The review screen marks members the parser inferred: a kind written once before bare names, or the
// text's longest list of bodies standing by no mention of the group; a list by the group that writes
// each member in full is read outright (no mark).
TEST(PlanPatterns94, MembersSayWhenTheyWereInferred) {
  const nlohmann::json kind = parse(
      "Sáng 8/3/2025, Cụm thi đua Kho bạc Nhà nước các huyện miền núi gồm 4 đơn vị: Kỳ Sơn, Tương Dương, Con Cuông và "
      "Anh Sơn tổ chức ký kết giao ước thi đua năm 2025.");
  ASSERT_TRUE(kind["provenance"].contains("group.members")) << kind["provenance"].dump();
  EXPECT_EQ(kind["provenance"]["group.members"]["how"], "inferred");
  EXPECT_EQ(kind["provenance"]["group.members"]["source"], "Kỳ Sơn, Tương Dương, Con Cuông và Anh Sơn");
  EXPECT_NE(kind["provenance"]["group.members"]["note"].get<std::string>().find("Kho bạc Nhà nước huyện"), std::string::npos);

  const nlohmann::json longest = parse(
      "Ngày 5/3/2025, Khối thi đua số 5 tổ chức hội nghị tổng kết công tác thi đua năm 2024.\n"
      "Tham dự hội nghị có đại diện lãnh đạo: Văn phòng UBND tỉnh, Sở Nội vụ, Sở Tư pháp, Sở Tài chính và Thanh tra tỉnh.");
  ASSERT_EQ(longest["group"]["members"].size(), 5u);
  ASSERT_TRUE(longest["provenance"].contains("group.members"));
  EXPECT_EQ(longest["provenance"]["group.members"]["how"], "inferred");

  const nlohmann::json written = parse(
      "Ngày 12/3/2024, Khối thi đua số 3 gồm: Sở Nội vụ, Sở Tư pháp, Sở Tài chính và Sở Xây dựng tổ chức ký kết giao "
      "ước thi đua năm 2024.");
  ASSERT_EQ(written["group"]["members"].size(), 4u);
  EXPECT_FALSE(written["provenance"].contains("group.members")) << written["provenance"].dump();
}

}  // namespace
}  // namespace thidua::text::plan
