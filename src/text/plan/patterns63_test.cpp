// The sixty-third round (issue 14, session 22, s22-forms): the same thing written another accepted
// way reads the same. Found by a label-free check (tools/plan-audit/forms.py, run by
// invariance.py): each development text rewritten from one form Vietnamese administrative prose
// accepts to another — a date with "/", "-" or "." or in words, "TP." / "thành phố", "Công an" /
// "CA", "%" / "phần trăm", "Thi đua" capitalised or not — must parse as before. Each test parses a
// sentence in both forms and wants the same reading. Sentences written for the test, none copied
// from a text.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::parse;
using test::strings;

// "%s" in `text` replaced by `form`.
std::string with(const std::string& text, const std::string& form) {
  std::string out = text;
  out.replace(out.find("%s"), 2, form);
  return out;
}

// "Ngày 13.3, 13 đơn vị …": a day and month written with dots (or dashes) before a comma and the next
// count is a date, as "Ngày 13/3, 13 đơn vị" is; the comma with a space is no decimal comma.
TEST(PlanPatterns63, ADayAndMonthWithDotsBeforeACommaAndACountIsADate) {
  const std::string text =
      "Cụm thi đua số 6 ký kết giao ước thi đua\n\n20/03/2024 08:15\n\n"
      "Ngày %s, 11 đơn vị thuộc Cụm thi đua số 6 tổ chức ký kết giao ước thi đua.\n";
  for (const char* form : {"18/3", "18.3", "18-3"}) {
    const auto r = parse(with(text, form));
    EXPECT_EQ(r["event"]["date"], "2024-03-18") << form;
  }
}

// "diễn ra ngày 7 - 8/11/2024": the first of the days a date closes, whichever way the date is
// written ("8-11-2024", "8.11.2024", "8 tháng 11 năm 2024") — not day 7 of month 8.
TEST(PlanPatterns63, DaysClosedByADateAreThatDatesDaysWhateverItsForm) {
  const std::string text =
      "Tuyên dương thanh niên tiêu biểu\n\n"
      "Hội nghị diễn ra ngày %s, Tỉnh Đoàn phối hợp tổ chức tuyên dương 30 thanh niên tiêu biểu.\n";
  for (const char* form : {"7 - 8/11/2024", "7 - 8-11-2024", "7 - 8.11.2024", "7 - 8 tháng 11 năm 2024"}) {
    const auto r = parse(with(text, form));
    EXPECT_EQ(r["event"]["date"], "2024-11-07") << form;
  }
}

// "từ ngày 2.5 đến ngày 30.6.": the full stop closing the sentence after a day and month written with
// dots is no third part of it.
TEST(PlanPatterns63, ADayAndMonthWithDotsClosingItsSentenceIsADate) {
  const std::string text =
      "Công an huyện ra quân đợt cao điểm\n\n"
      "Sáng 2/5/2023, Công an huyện phát động đợt cao điểm tấn công trấn áp tội phạm.\n"
      "Đợt cao điểm kéo dài 2 tháng, %s\n";
  for (const char* form : {"từ ngày 2/5 đến ngày 30/6.", "từ ngày 2.5 đến ngày 30.6.", "từ ngày 2-5 đến ngày 30-6."}) {
    const auto r = parse(with(text, form));
    EXPECT_EQ(r["movement"]["start"], "2023-05-02") << form;
    EXPECT_EQ(r["movement"]["end"], "2023-06-30") << form;
  }
}

// "giảm từ 3-5 phần trăm số vụ": a range of shares in words, as "3-5%", never the day 3 May.
TEST(PlanPatterns63, ARangeOfPercentInWordsIsNoDate) {
  const std::string text =
      "Kế hoạch bảo đảm trật tự an toàn giao thông năm 2024\n\n"
      "Phấn đấu kéo giảm từ %s số vụ tai nạn giao thông so với năm 2023.\n";
  const auto sign = parse(with(text, "3-5%"));
  const auto words = parse(with(text, "3-5 phần trăm"));
  ASSERT_EQ(sign["targets"].size(), 1u);
  ASSERT_EQ(words["targets"].size(), 1u);
  for (const char* key : {"kind", "direction", "measure", "unit", "value", "value_min", "value_max", "baseline"})
    EXPECT_EQ(words["targets"][0][key], sign["targets"][0][key]) << key;
  EXPECT_EQ(words["targets"][0]["measure"], "số vụ tai nạn giao thông");
  EXPECT_EQ(words["targets"][0]["value"], 5);
}

// A page's stamp glued to its headline, the date written with dots: "… 12.04.2024 09:30".
TEST(PlanPatterns63, APageStampWithDotsIsCutFromTheHeadline) {
  for (const char* stamp : {"12/04/2024 09:30", "12.04.2024 09:30", "12-04-2024 09:30"}) {
    const auto r = parse(with("Công an huyện Krông Pắc ra quân bảo đảm trật tự an toàn giao thông %s\n\n"
                              "Sáng 11/4, Công an huyện Krông Pắc tổ chức lễ ra quân.\n",
                              stamp));
    EXPECT_EQ(r["title"], "Công an huyện Krông Pắc ra quân bảo đảm trật tự an toàn giao thông") << stamp;
  }
  // … and glued to the lead on one line.
  for (const char* stamp : {"05/09/2023 - 10:20:00", "05.09.2023 - 10:20:00"}) {
    const auto r = parse(with("Xã Tân Phú ra mắt mô hình “Camera an ninh khu dân cư”%s Mô hình gồm 12 thành viên là "
                              "người dân trong ấp.\n",
                              stamp));
    EXPECT_EQ(r["title"], "Xã Tân Phú ra mắt mô hình “Camera an ninh khu dân cư”") << stamp;
  }
}

// "TP. Cần Thơ": the name after a level written short with its stop is a place wherever one is read —
// the event's places listed each with its level, a venue's place in brackets, a member's level named
// elsewhere in the text.
TEST(PlanPatterns63, APlaceAfterTPWithItsStopIsReadAsAfterThanhPho) {
  const std::string places =
      "Ra quân cao điểm bảo đảm an ninh trật tự\n\n"
      "Sáng 3/1/2025, tại %s, Bộ Công an tổ chức Lễ ra quân cao điểm bảo đảm an ninh, trật tự.\n";
  EXPECT_EQ(parse(with(places, "TP. Cần Thơ, TP. Huế và tỉnh Sóc Trăng"))["event"]["place"],
            "TP. Cần Thơ, TP. Huế và tỉnh Sóc Trăng");
  EXPECT_EQ(parse(with(places, "thành phố Cần Thơ, thành phố Huế và tỉnh Sóc Trăng"))["event"]["place"],
            "thành phố Cần Thơ, thành phố Huế và tỉnh Sóc Trăng");

  const std::string venue =
      "Hội nghị điển hình tiên tiến tỉnh lần thứ IV\n\n"
      "Sáng 20/8/2024, tại Nhà văn hóa Lao động tỉnh (%s), UBND tỉnh tổ chức Hội nghị điển hình tiên tiến.\n";
  EXPECT_EQ(parse(with(venue, "TP. Thái Bình"))["event"]["place"], std::string("Nhà văn hóa Lao động tỉnh (TP. Thái Bình)"));
  EXPECT_EQ(parse(with(venue, "thành phố Thái Bình"))["event"]["place"],
            std::string("Nhà văn hóa Lao động tỉnh (thành phố Thái Bình)"));

  const std::string members =
      "Cụm thi đua số 2 ký kết giao ước thi đua năm 2024\n\n"
      "Cụm thi đua số 2 gồm 3 Tòa án nhân dân các huyện, thành phố: Bạc Liêu, Hòa Bình và Vĩnh Lợi. Ngày 1/3/2024, "
      "lãnh đạo TAND %s, huyện Hòa Bình, huyện Vĩnh Lợi ký kết giao ước thi đua năm 2024.\n";
  for (const char* form : {"thành phố Bạc Liêu", "TP. Bạc Liêu"}) {
    const auto m = strings(parse(with(members, form))["group"]["members"]);
    ASSERT_FALSE(m.empty()) << form;
    EXPECT_EQ(m[0], "Tòa án nhân dân thành phố Bạc Liêu") << form;
  }
}

// "gồm 4 đơn vị CA thành phố trực thuộc Trung ương: …": the police written short heads the list of
// members as "Công an" does, and the count is the list's, not a count of "đơn vị CA thành phố".
TEST(PlanPatterns63, ThePoliceWrittenShortHeadsAListOfMembers) {
  const std::string text =
      "Cụm thi đua số 1 ký kết giao ước\n\n"
      "Ngày 15-3-2024, Cụm thi đua số 1 Bộ Công an gồm 4 đơn vị %s thành phố trực thuộc Trung ương: Hà Nội, Đà Nẵng, "
      "Hải Phòng và Cần Thơ đã ký kết giao ước thi đua năm 2024.\n";
  const std::vector<std::string> expected = {"Công an thành phố Hà Nội", "Công an thành phố Đà Nẵng",
                                             "Công an thành phố Hải Phòng", "Công an thành phố Cần Thơ"};
  for (const char* form : {"Công an", "CA"}) {
    const auto r = parse(with(text, form));
    EXPECT_EQ(strings(r["group"]["members"]), expected) << form;
    EXPECT_TRUE(r["counts"].empty()) << form;
  }
}

// "phong trào Thi đua Cụm thi đua số 7", "phong trào Thi đua" at a line's end: "Thi đua" capitalised
// is the common word there, no movement named "Thi đua Cụm …".
TEST(PlanPatterns63, ThiDuaCapitalisedBeforeAUnitOrALineEndNamesNoMovement) {
  const std::string unit =
      "Sơ kết 6 tháng đầu năm 2024\n\n"
      "Hội nghị đánh giá kết quả phong trào %s Cụm thi đua số 7 đã đạt được trong 6 tháng đầu năm 2024.\n";
  EXPECT_EQ(parse(with(unit, "Thi đua"))["movement"]["name"], parse(with(unit, "thi đua"))["movement"]["name"]);
  EXPECT_TRUE(parse(with(unit, "Thi đua"))["movement"]["name"].is_null());

  const std::string line_end = "Đẩy mạnh các phong trào %s\nToàn cảnh hội nghị sơ kết năm 2024\n";
  EXPECT_TRUE(parse(with(line_end, "Thi đua"))["movement"]["name"].is_null());
  // A name that does follow on its line is still one.
  EXPECT_EQ(parse("Công an tỉnh phát động phong trào Thi đua Quyết thắng năm 2024 trong toàn lực lượng.\n")["movement"]["name"],
            "Thi đua Quyết thắng");
}

// "Thành Đoàn thành phố Hồ Chí Minh": the youth union named with its level repeated in full, as with
// "TP"; its city then completes "Hội Sinh viên Việt Nam Thành phố".
TEST(PlanPatterns63, AYouthUnionWithItsLevelRepeatedInFullIsNamedByThePlace) {
  const std::string text =
      "Ra quân chiến dịch tình nguyện mùa hè xanh\n\n"
      "Sáng 8/6/2024, Ban Thường vụ Thành Đoàn, Ban Thư ký Hội Sinh viên Việt Nam Thành phố tổ chức Lễ ra quân "
      "chiến dịch tình nguyện mùa hè xanh.\n\nPhát biểu tại buổi lễ, Bí thư Thành Đoàn %s giao nhiệm vụ.\n";
  for (const char* form : {"TP Đà Nẵng", "thành phố Đà Nẵng"}) {
    const auto organizers = strings(parse(with(text, form))["organizers"]);
    EXPECT_NE(std::find(organizers.begin(), organizers.end(), "Hội Sinh viên Việt Nam Thành phố Đà Nẵng"), organizers.end())
        << form;
  }
}

}  // namespace
}  // namespace thidua::text::plan
