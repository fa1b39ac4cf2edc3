// The sixty-first round (issue 14, session 22): text whose lines were cut at a fixed width, mid-
// sentence — pasted from a PDF or a mail — reads as the same text written one paragraph a line.
// Found by a label-free check: the development texts re-wrapped at 80 columns lost ten points of
// fields (95.5% → 85.0%), the break falling before a capitalised name ("Công an tỉnh\nNghệ An").
// Lines are joined when the text has many lines near one width that end mid-sentence; a headline
// shorter than that width, a list item ("1.", "-", "a)", "(2)"), a sentence opening on its day and
// a line closing its sentence stay apart. Sentences written for the test, none copied from a text.
#include <gtest/gtest.h>

#include <string>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::parse;
using test::strings;

const char* const kParagraphs =
    "Cụm thi đua số 4 ký kết giao ước thi đua năm 2025\n"
    "Sáng 14/1/2025, tại Hội trường Công an tỉnh Quảng Bình, Cụm thi đua số 4 gồm Công an các tỉnh Quảng Bình, "
    "Quảng Trị, Thừa Thiên Huế và Hà Tĩnh tổ chức hội nghị ký kết giao ước thi đua năm 2025. Đại tá Nguyễn Văn "
    "Hòa, Giám đốc Công an tỉnh Quảng Bình, Cụm trưởng Cụm thi đua số 4 chủ trì hội nghị.\n"
    "Năm 2025, Cụm thi đua số 4 thống nhất 4 nội dung thi đua:\n"
    "- Thi đua bảo đảm an ninh chính trị, trật tự an toàn xã hội trên địa bàn các tỉnh trong Cụm;\n"
    "- Thi đua xây dựng lực lượng Công an nhân dân trong sạch, vững mạnh, chính quy, tinh nhuệ;\n"
    "- Thi đua đẩy mạnh cải cách hành chính, chuyển đổi số trong công tác Công an;\n"
    "- Thi đua chăm lo đời sống vật chất, tinh thần của cán bộ, chiến sĩ.\n";

// The same text cut at 72 columns, as a PDF gives it.
const char* const kCut =
    "Cụm thi đua số 4 ký kết giao ước thi đua năm 2025\n"
    "Sáng 14/1/2025, tại Hội trường Công an tỉnh Quảng Bình, Cụm thi đua số 4 gồm\n"
    "Công an các tỉnh Quảng Bình, Quảng Trị, Thừa Thiên Huế và Hà Tĩnh tổ chức\n"
    "hội nghị ký kết giao ước thi đua năm 2025. Đại tá Nguyễn Văn Hòa, Giám đốc\n"
    "Công an tỉnh Quảng Bình, Cụm trưởng Cụm thi đua số 4 chủ trì hội nghị.\n"
    "Năm 2025, Cụm thi đua số 4 thống nhất 4 nội dung thi đua:\n"
    "- Thi đua bảo đảm an ninh chính trị, trật tự an toàn xã hội trên địa bàn\n"
    "các tỉnh trong Cụm;\n"
    "- Thi đua xây dựng lực lượng Công an nhân dân trong sạch, vững mạnh, chính\n"
    "quy, tinh nhuệ;\n"
    "- Thi đua đẩy mạnh cải cách hành chính, chuyển đổi số trong công tác\n"
    "Công an;\n"
    "- Thi đua chăm lo đời sống vật chất, tinh thần của cán bộ, chiến sĩ.\n";

TEST(PlanPatterns61, ATextCutAtAFixedWidthReadsAsItsParagraphs) {
  const auto whole = parse(kParagraphs);
  const auto cut = parse(kCut);
  for (const char* key : {"title", "event", "organizers", "group", "people", "contents"})
    EXPECT_EQ(cut[key], whole[key]) << key;
  // What the paragraphs give, so that the comparison is not of two empty drafts.
  EXPECT_EQ(whole["group"]["members"].size(), 4u);
  EXPECT_EQ(whole["contents"].size(), 4u);
  EXPECT_EQ(whole["people"].size(), 1u);
  EXPECT_EQ(whole["event"]["date"], "2025-01-14");
}

TEST(PlanPatterns61, CutLinesPastedWithABlankLineAfterEachReadAsTheirParagraphs) {
  std::string spaced;
  for (const char* c = kCut; *c; ++c) spaced += *c == '\n' ? std::string("\n\n") : std::string(1, *c);
  const auto whole = parse(kParagraphs);
  const auto cut = parse(spaced);
  for (const char* key : {"title", "event", "organizers", "group", "people", "contents"})
    EXPECT_EQ(cut[key], whole[key]) << key;
}

TEST(PlanPatterns61, LinesCutBeforeACapitalisedNameAreJoined) {
  // Every break before a capital: no lower-case word opens a line.
  const auto r = parse(
      "Các tỉnh Tây Bắc ký kết giao ước thi đua\n"
      "Ngày 20/3/2025, tại thành phố Sơn La, Cụm thi đua số 2 gồm Công an tỉnh\n"
      "Sơn La, Công an tỉnh Điện Biên, Công an tỉnh Lai Châu và Công an tỉnh\n"
      "Hòa Bình tổ chức lễ ký kết giao ước thi đua năm 2025 với nhiều nội dung\n"
      "Thi đua cụ thể. Thượng tá Lò Văn Tiến, Phó Giám đốc Công an tỉnh Sơn La\n"
      "Phát biểu tại buổi lễ nhấn mạnh yêu cầu thi đua thực chất, hiệu quả.\n");
  EXPECT_EQ(strings(r["group"]["members"]),
            (std::vector<std::string>{"Công an tỉnh Sơn La", "Công an tỉnh Điện Biên", "Công an tỉnh Lai Châu",
                                      "Công an tỉnh Hòa Bình"}));
  EXPECT_EQ(r["title"], "Các tỉnh Tây Bắc ký kết giao ước thi đua");
}

TEST(PlanPatterns61, ATextWrittenOneParagraphALineIsLeftAsItIs) {
  // Short lines that close no sentence, with no width they were cut at: a headline, a caption.
  const auto r = parse(
      "Công an huyện Can Lộc phát động phong trào thi đua năm 2025\n"
      "Các đại biểu dự lễ phát động\n"
      "Sáng 10/3/2025, Công an huyện Can Lộc tổ chức lễ phát động phong trào thi đua \"Vì an ninh Tổ quốc\" "
      "năm 2025.\n");
  EXPECT_EQ(r["title"], "Công an huyện Can Lộc phát động phong trào thi đua năm 2025");
  EXPECT_EQ(r["event"]["date"], "2025-03-10");
  for (const auto& note : r["notes"]) EXPECT_EQ(note.get<std::string>().find("ngắt dòng"), std::string::npos);
}

}  // namespace
}  // namespace thidua::text::plan
