// The sixty-fifth round (issue 14, session 23, s23-parse): the parser's leftovers the last sessions
// noticed and left — each a pattern of the language, tested with sentences written for the test,
// none copied from a text, each checked to fail with its fix off.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_group;
using test::GroupCase;
using test::parse;
using test::strings;

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

}  // namespace
}  // namespace thidua::text::plan
