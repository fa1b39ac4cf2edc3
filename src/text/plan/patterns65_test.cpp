// The sixty-fifth round (issue 14, session 23, s23-parse): the parser's leftovers the last sessions
// noticed and left — each a pattern of the language, tested with sentences written for the test,
// none copied from a text, each checked to fail with its fix off.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "text/plan/document.h"
#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_group;
using test::GroupCase;
using test::parse;
using test::strings;
using test::Strings;

// "CA các tỉnh A, B, C": the police written short before "các" and the places it shares is printed
// in full for each place ("Công an tỉnh A"), as an organiser or a position written "CA tỉnh A" is;
// the head of another body's list written short is printed as that body's unit is ("BCHQS" spelt
// out, "Hội CCB" kept).
TEST(PlanPatterns65, APoliceListWrittenShortPrintsEachMemberInFull) {
  expect_group({"provinces, a leader named in full",
                "Ngày 12/3/2025, Công an tỉnh Quảng Trị tổ chức Hội nghị ký kết giao ước thi đua năm 2025 của Cụm "
                "thi đua số 4. Cụm thi đua số 4 gồm CA các tỉnh Quảng Trị, Quảng Bình, Thừa Thiên Huế và Hà Tĩnh. "
                "Công an tỉnh Quảng Trị là Cụm trưởng năm 2025.",
                {"Công an tỉnh Quảng Trị", "Công an tỉnh Quảng Bình", "Công an tỉnh Thừa Thiên Huế", "Công an tỉnh Hà Tĩnh"},
                "Công an tỉnh Quảng Trị", ""});
  expect_group({"communes, the leader written short",
                "Ngày 5/2/2025, Công an huyện Lệ Thủy tổ chức Hội nghị ký kết giao ước thi đua năm 2025 của Cụm thi "
                "đua số 2. Tham gia Cụm thi đua số 2 có CA các xã Sen Thủy, Ngư Thủy, Hưng Thủy và Tân Thủy. CA xã "
                "Sen Thủy làm Cụm trưởng.",
                {"Công an xã Sen Thủy", "Công an xã Ngư Thủy", "Công an xã Hưng Thủy", "Công an xã Tân Thủy"},
                "Công an xã Sen Thủy", ""});
  expect_group({"districts after a colon",
                "Ngày 5/3/2025, Cụm thi đua số 3 gồm CA các huyện: Lệ Thủy, Quảng Ninh, Bố Trạch tổ chức ký kết giao "
                "ước thi đua năm 2025.",
                {"Công an huyện Lệ Thủy", "Công an huyện Quảng Ninh", "Công an huyện Bố Trạch"}, "", ""});
  expect_group({"a military command written short",
                "Ngày 5/3/2025, Cụm thi đua số 3 gồm BCHQS các huyện Lệ Thủy, Quảng Ninh và Bố Trạch tổ chức ký kết "
                "giao ước thi đua năm 2025.",
                {"Ban Chỉ huy Quân sự huyện Lệ Thủy", "Ban Chỉ huy Quân sự huyện Quảng Ninh",
                 "Ban Chỉ huy Quân sự huyện Bố Trạch"},
                "", ""});
  expect_group({"a usual short name kept",
                "Ngày 5/3/2025, Cụm thi đua số 3 gồm Hội CCB các huyện Lệ Thủy, Quảng Ninh và Bố Trạch tổ chức ký kết "
                "giao ước thi đua năm 2025.",
                {"Hội CCB huyện Lệ Thủy", "Hội CCB huyện Quảng Ninh", "Hội CCB huyện Bố Trạch"}, "", ""});
}

// "Ban Chấp hành Trung ương Đoàn tổ chức …": the executive committee of a national body is its
// leadership board and stands for the body ("Trung ương Đoàn"), as "Ban Thường vụ Tỉnh đoàn A" stands
// for "Tỉnh đoàn A"; "Ban Chấp hành Trung ương" written alone stays the Party's central committee.
TEST(PlanPatterns65, TheCentralCommitteeOfANationalBodyStandsForTheBody) {
  const std::string tail = " tổ chức Lễ phát động phong trào thi đua “Tuổi trẻ sáng tạo” năm 2025.";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Ban Chấp hành Trung ương Đoàn", "Trung ương Đoàn"},
      {"Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh", "Trung ương Đoàn TNCS Hồ Chí Minh"},
      {"Ban Chấp hành Trung ương Hội Nông dân Việt Nam", "Trung ương Hội Nông dân Việt Nam"},
      {"Ban Thường vụ Tỉnh đoàn Quảng Ngãi", "Tỉnh đoàn Quảng Ngãi"},
      {"Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương"},
  };
  for (const auto& [written, body] : cases) {
    const auto r = parse("Sáng 26/3/2025, " + written + tail);
    EXPECT_EQ(strings(r["organizers"]), std::vector<std::string>{body}) << written;
  }
}

// A table of a group's bodies and their roles, its columns split by "|": a row whose role column says
// only that the body is a member ("Sở A | Thành viên") is a member as a row with a lead role is; the
// table stands under "… gồm:" or under the group's name alone on its line, inside the article or
// closing it; a header of columns that names no body ("Đơn vị | Vai trò") is no row.
TEST(PlanPatterns65, ATableOfAGroupsBodiesAndTheirRolesGivesItsMembers) {
  const std::string lead =
      "Khối thi đua các cơ quan văn hóa - xã hội ký kết giao ước thi đua năm 2025\n\n"
      "Ngày 14/2/2025, Sở Y tế tổ chức Hội nghị ký kết giao ước thi đua năm 2025 của Khối thi đua các cơ quan "
      "văn hóa - xã hội tỉnh Quảng Bình.\n\n";
  const std::string rows =
      "Sở Y tế | Khối trưởng\nSở Giáo dục và Đào tạo | Khối phó\nSở Văn hóa, Thể thao và Du lịch | Thành viên\n"
      "Sở Lao động - Thương binh và Xã hội | Thành viên\n";
  const Strings bodies = {"Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch",
                          "Sở Lao động - Thương binh và Xã hội"};
  const std::string after = "\nTại hội nghị, các đơn vị đã ký kết giao ước thi đua năm 2025.\n";
  expect_group({"under '… gồm:'", (lead + "Khối thi đua các cơ quan văn hóa - xã hội gồm:\n" + rows + after).c_str(),
                bodies, "Sở Y tế", "Sở Giáo dục và Đào tạo"});
  expect_group({"a header row", (lead + "Khối thi đua các cơ quan văn hóa - xã hội gồm:\nĐơn vị | Vai trò trong Khối\n" +
                                 rows + after).c_str(),
                bodies, "Sở Y tế", "Sở Giáo dục và Đào tạo"});

  const std::string police =
      "Cụm thi đua số 5 ký kết giao ước thi đua năm 2025\n\n"
      "Ngày 14/2/2025, Công an tỉnh Gia Lai tổ chức Hội nghị ký kết giao ước thi đua năm 2025 của Cụm thi đua "
      "số 5. Tại hội nghị, các đơn vị đã ký kết giao ước thi đua.\n\nCụm thi đua số 5\n";
  const std::string police_rows =
      "Công an tỉnh Gia Lai | Cụm trưởng\nCông an tỉnh Kon Tum | Cụm phó\nCông an tỉnh Đắk Lắk | Thành viên\n";
  const Strings provinces = {"Công an tỉnh Gia Lai", "Công an tỉnh Kon Tum", "Công an tỉnh Đắk Lắk"};
  expect_group({"under the group's name, inside the article",
                (police + police_rows + "\nCác đơn vị thống nhất tổ chức tổng kết vào tháng 12 năm 2025.\n").c_str(),
                provinces, "Công an tỉnh Gia Lai", "Công an tỉnh Kon Tum"});
  expect_group({"under the group's name, closing the article", (police + police_rows).c_str(), provinces,
                "Công an tỉnh Gia Lai", "Công an tỉnh Kon Tum"});
}

// "Tin liên quan" in the middle of an article: the box is its titles, written alike (each with its day,
// or each after a mark, or one a line with no blank between); the article's heading under it, with
// no stop and a paragraph right after it, is the article's again and stays. The titles go.
TEST(PlanPatterns65, AHeadingUnderARelatedNewsBoxInsideTheArticleStays) {
  const std::string lead =
      "Công an tỉnh Quảng Bình phát động phong trào thi đua năm 2025\n\n"
      "Ngày 10/2/2025, Công an tỉnh Quảng Bình tổ chức Lễ phát động phong trào thi đua “Vì an ninh Tổ quốc” năm "
      "2025.\n\nTin liên quan\n";
  const std::string rest =
      "\nKý kết giao ước thi đua\nTại buổi lễ, Công an các tỉnh Quảng Bình, Quảng Trị và Hà Tĩnh thuộc Cụm thi đua "
      "số 4 đã ký kết giao ước thi đua năm 2025.\n";
  const std::vector<std::pair<const char*, std::string>> boxes = {
      {"dated", "Công an huyện Lệ Thủy ra quân trấn áp tội phạm (05/02/2025)\nHội nghị tổng kết công tác Công an "
                "năm 2024 (28/12/2024)\n"},
      {"marked", "- Công an huyện Lệ Thủy ra quân trấn áp tội phạm\n- Hội nghị tổng kết công tác Công an năm 2024\n"},
      {"one a line", "Công an huyện Lệ Thủy ra quân trấn áp tội phạm dịp Tết\nHội nghị tổng kết công tác Công an năm "
                     "2024 và triển khai nhiệm vụ năm 2025\n"},
  };
  for (const auto& [what, box] : boxes) {
    const std::string n = normalise(lead + box + rest);
    EXPECT_NE(n.find("Ký kết giao ước thi đua\n"), std::string::npos) << what << "\n" << n;
    EXPECT_EQ(n.find("Lệ Thủy"), std::string::npos) << what;
    EXPECT_EQ(n.find("Tin liên quan"), std::string::npos) << what;
  }
}

// The group's number in one form, as the labels write it: in figures, without leading zeros, with
// or without "số" as the text writes it ("Cụm thi đua 01" → "Cụm thi đua 1", "Cụm thi đua số 03" →
// "Cụm thi đua số 3", "Khối thi đua số IV" → "Khối thi đua số 4").
TEST(PlanPatterns65, AGroupsNumberIsPrintedWithoutItsLeadingZeros) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Cụm thi đua 01", "Cụm thi đua 1"},
      {"Khối thi đua 02", "Khối thi đua 2"},
      {"Cụm thi đua 10", "Cụm thi đua 10"},
      {"Cụm thi đua số 03", "Cụm thi đua số 3"},
      {"Khối thi đua số IV", "Khối thi đua số 4"},
  };
  for (const auto& [written, printed] : cases) {
    const auto r = parse("Ngày 5/3/2025, " + written + " tổ chức Hội nghị ký kết giao ước thi đua năm 2025. " + written +
                         " gồm Công an các tỉnh Lai Châu, Điện Biên và Sơn La.");
    EXPECT_EQ(r["group"]["name"], printed) << written;
    EXPECT_EQ(strings(r["organizers"]), std::vector<std::string>{printed}) << written;
  }
}

// A body's short name in brackets inside its name ("Trung tâm Giám định y khoa (GĐYK) tỉnh A", "Sở Lao
// động - Thương binh và Xã hội (LĐ-TB&XH) tỉnh A") is part of it, dropped when printed; the name runs
// on to its place — as an organiser, and as an item of a group's list (after "gồm:" or one a line),
// where a bracket holding a role ("(Khối trưởng)") stays a remark.
TEST(PlanPatterns65, AShortNameInBracketsInsideABodysNameDoesNotCutIt) {
  const auto r = parse(
      "Ngày 5/3/2025, Sở Lao động - Thương binh và Xã hội (LĐ-TB&XH) tỉnh Quảng Bình tổ chức Hội nghị phát động "
      "phong trào thi đua năm 2025.");
  EXPECT_EQ(strings(r["organizers"]), (Strings{"Sở Lao động - Thương binh và Xã hội tỉnh Quảng Bình"}));
  const Strings centres = {"Trung tâm Giám định y khoa tỉnh Quảng Bình", "Trung tâm Kiểm soát bệnh tật tỉnh Quảng Bình",
                           "Bệnh viện Đa khoa tỉnh Quảng Bình"};
  expect_group({"after 'gồm:'",
                "Ngày 5/3/2025, Khối thi đua các đơn vị sự nghiệp y tế tổ chức ký kết giao ước thi đua năm 2025. Khối "
                "thi đua các đơn vị sự nghiệp y tế gồm: Trung tâm Giám định y khoa (GĐYK) tỉnh Quảng Bình, Trung tâm "
                "Kiểm soát bệnh tật (CDC) tỉnh Quảng Bình (Khối trưởng), Bệnh viện Đa khoa (BVĐK) tỉnh Quảng Bình.",
                centres, "Trung tâm Kiểm soát bệnh tật tỉnh Quảng Bình", ""});
  expect_group({"one a line",
                "Ngày 5/3/2025, Khối thi đua các đơn vị sự nghiệp y tế tổ chức ký kết giao ước thi đua năm 2025.\n"
                "Khối thi đua các đơn vị sự nghiệp y tế gồm:\n- Trung tâm Giám định y khoa (GĐYK) tỉnh Quảng Bình "
                "(Khối trưởng);\n- Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Quảng Bình;\n- Bệnh viện Đa khoa (BVĐK) tỉnh "
                "Quảng Bình.\n",
                centres, "Trung tâm Giám định y khoa tỉnh Quảng Bình", ""});
}

// "Đến dự có ông A - Đại diện Văn phòng Huyện ủy": one who stands for a body at the event has that as
// his position, the body named after it; "đại diện" with no body after it is no office.
TEST(PlanPatterns65, ARepresentativeOfABodyHasThatAsHisPosition) {
  const auto r = parse(
      "Ngày 12/3/2025, Cụm thi đua số 3 tổ chức Hội nghị ký kết giao ước thi đua năm 2025. Đến dự có ông Lê Văn Tâm "
      "- Đại diện Văn phòng Huyện ủy; bà Trần Thị Mai - Đại diện Sở Nội vụ tỉnh Quảng Bình.");
  const nlohmann::json* tam = test::person(r, "Lê Văn Tâm");
  ASSERT_NE(tam, nullptr);
  EXPECT_EQ((*tam)["position"], "Đại diện Văn phòng Huyện ủy");
  const nlohmann::json* mai = test::person(r, "Trần Thị Mai");
  ASSERT_NE(mai, nullptr);
  EXPECT_EQ((*mai)["position"], "Đại diện Sở Nội vụ tỉnh Quảng Bình");
}

}  // namespace
}  // namespace thidua::text::plan
