// The seventy-second round (session 23, s23-people): people the parser missed and offices it cut —
// a name whose last syllable is also an office word, the country's one-holder offices written before a
// name of two syllables, a member of a standing board written without "Ban", offices compounded with
// their committee written short, an office's body the lexicon has no head for — read as the
// Conventions (tests/fixtures/plans/README.md, Positions) say. Sentences written for the tests, none
// copied from a text; police, Party, fire police, provinces, associations, the State.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_positions;
using test::names;
using test::parse;
using test::PositionCase;

// "đồng chí Nguyễn Công Trưởng, Phó Chủ tịch …": the name's last syllable is a word that opens an
// office ("Trưởng"); the name ends at the comma, not before that syllable. Not when the office word
// opens a title with its body ("Đỗ Văn Nam Trưởng Công an xã": the name is three syllables, the
// title follows).
TEST(PlanPatterns72, ANamesLastSyllableMayBeAnOfficeWord) {
  const PositionCase cases[] = {
      {"province: 'Trưởng' closing the name before a comma",
       "Ngày 12/5/2024, Công an tỉnh Cao Bằng tổ chức phát động phong trào thi đua. Dự lễ có đồng chí Nguyễn Công "
       "Trưởng, Phó Chủ tịch UBND tỉnh Cao Bằng.\n",
       {{"Nguyễn Công Trưởng", "Phó Chủ tịch UBND tỉnh Cao Bằng"}}},
      {"police: 'Trưởng' closing the name before a dash",
       "Sáng 10/1/2025, Công an huyện Tiên Lữ phát động thi đua. Thượng tá Phạm Đình Trưởng - Phó Trưởng Công an "
       "huyện Tiên Lữ quán triệt kế hoạch.\n",
       {{"Phạm Đình Trưởng", "Phó Trưởng Công an huyện Tiên Lữ"}}},
      {"commune: the name before a verb in lower case",
       "Ngày 2/9/2021, Đảng ủy xã Tân Tiến phát động thi đua. Bí thư Đảng ủy xã Tân Tiến Đỗ Văn Trưởng phát biểu.\n",
       {{"Đỗ Văn Trưởng", "Bí thư Đảng ủy xã Tân Tiến"}}},
      {"negative: 'Trưởng' opening a title with its body",
       "Ngày 2/9/2021, Công an xã Tân Tiến phát động thi đua. Đồng chí Đỗ Văn Nam Trưởng Công an xã Tân Tiến phát "
       "biểu.\n",
       {{"Đỗ Văn Nam", "Trưởng Công an xã Tân Tiến"}}},
  };
  expect_positions(cases);
  const auto r = parse(
      "Ngày 5/5/2024, Công an tỉnh Cao Bằng phát động thi đua. Dự lễ có đồng chí Nguyễn Công Trưởng, Phó Chủ tịch "
      "UBND tỉnh Cao Bằng.\n");
  EXPECT_EQ(names(r), std::vector<std::string>{"Nguyễn Công Trưởng"});  // not also "Nguyễn Công"
}

// "Chủ tịch nước Tô Lâm", "Tổng Bí thư Tô Lâm": an office the country has one holder of, written
// before the name with no "đồng chí", names a person of two syllables too. Not a country's name
// ("Chủ tịch nước Hàn Quốc"), not the office with its body and no name ("Thủ tướng Chính phủ").
TEST(PlanPatterns72, TheCountrysOneHolderBeforeATwoSyllableName) {
  const PositionCase cases[] = {
      {"grassroots force: the head of state",
       "Ngày 10/10/2024, lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở thành phố Hồ Chí Minh ra mắt. Tại buổi "
       "lễ, Chủ tịch nước Tô Lâm nhấn mạnh yêu cầu xây dựng lực lượng.\n",
       {{"Tô Lâm", "Chủ tịch nước"}}},
      {"ministry: the Party's general secretary",
       "Ngày 15/8/2025, Bộ Công an tổ chức phát động thi đua. Tổng Bí thư Tô Lâm dự và phát biểu chỉ đạo.\n",
       {{"Tô Lâm", "Tổng Bí thư"}}},
      {"health: the prime minister, two syllables",
       "Ngày 5/6/2023, Bộ Y tế phát động phong trào thi đua. Thủ tướng Lê Minh phát biểu chỉ đạo.\n",
       {{"Lê Minh", "Thủ tướng"}}},
  };
  expect_positions(cases);
  EXPECT_TRUE(names(parse("Ngày 5/6/2023, Hội hữu nghị tổ chức phát động thi đua nhân chuyến thăm của Chủ tịch nước "
                          "Hàn Quốc. Thủ tướng Chính phủ đã phát động phong trào thi đua này.\n"))
                  .empty());
  // A title of many holders still needs a full name: "Giám đốc Lê Minh" is no person.
  EXPECT_TRUE(names(parse("Ngày 5/6/2023, Sở Y tế phát động phong trào thi đua. Giám đốc Lê Minh phát biểu.\n")).empty());
}

// "Ủy viên Thường vụ Hội Khuyến học thành phố": a member of an association's standing board, "Ban"
// left out, is not cut to "Ủy viên".
TEST(PlanPatterns72, AStandingBoardsMemberWithoutBan) {
  const PositionCase cases[] = {
      {"study promotion",
       "Ngày 4/3/2017, Cụm thi đua số 2 Hội Khuyến học Thành phố Hồ Chí Minh tổ chức họp. Bà Nguyễn Thị Lan, Ủy viên "
       "Thường vụ Hội Khuyến học Thành phố phát biểu.\n",
       {{"Nguyễn Thị Lan", "Ủy viên Thường vụ Hội Khuyến học Thành phố"}}},
      {"farmers: then a second office",
       "Ngày 9/4/2022, Hội Nông dân tỉnh Nam Định phát động thi đua. Ông Trần Văn Khoa, Ủy viên Thường vụ, Trưởng "
       "ban Kinh tế Hội Nông dân tỉnh Nam Định phát biểu.\n",
       {{"Trần Văn Khoa", "Ủy viên Thường vụ, Trưởng ban Kinh tế Hội Nông dân tỉnh Nam Định"}}},
  };
  expect_positions(cases);
}

// "UVBTVQU", "UVBCH Đảng bộ huyện", "BTĐU": an office compounded with the committee or board it is
// held in, written short, is written out whole (the Conventions: "UVBTVQU" → "Ủy viên Ban Thường vụ
// Quận ủy"), not cut to the office the abbreviation opens with.
TEST(PlanPatterns72, CompoundAbbreviationsOfOfficesAreWrittenOut) {
  const PositionCase cases[] = {
      {"ward: a district committee's standing member",
       "Ngày 2/3/2015, Công an phường Tân Chánh Hiệp phát động thi đua. Ông Nguyễn Văn Hai, UVBTVQU, Bí thư Đảng "
       "ủy phường Tân Chánh Hiệp phát biểu.\n",
       {{"Nguyễn Văn Hai", "Ủy viên Ban Thường vụ Quận ủy, Bí thư Đảng ủy phường Tân Chánh Hiệp"}}},
      {"district: a member of the Party executive committee",
       "Ngày 2/3/2019, Huyện đoàn Gia Lâm phát động thi đua. Dự có ông Lê Văn Ba, UVBCH Đảng bộ huyện Gia Lâm.\n",
       {{"Lê Văn Ba", "Ủy viên Ban Chấp hành Đảng bộ huyện Gia Lâm"}}},
      {"province: a provincial committee's standing member",
       "Ngày 8/5/2020, Công an tỉnh Hà Nam phát động thi đua. Đại tá Trần Văn Tiến, UVBTVTU, Giám đốc Công an tỉnh "
       "Hà Nam phát biểu.\n",
       {{"Trần Văn Tiến", "Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh Hà Nam"}}},
  };
  expect_positions(cases);
}

// "Phó Giám đốc Cảnh sát PCCC tỉnh A", "Phó Trưởng ban Thi đua- Khen thưởng tỉnh B": the office's
// body, named in capitalised words the lexicon has no head for, runs to its level and place (a bare
// level completed with the text's one place of it). Not over a verb in lower case ("Giám đốc Dự án
// tại tỉnh …" stays "Giám đốc").
TEST(PlanPatterns72, AnOfficesBodyTheLexiconDoesNotKnowRunsToItsPlace) {
  const PositionCase cases[] = {
      {"fire police: the province's fire police, written short",
       "Ngày 4/3/2016, Cảnh sát PCCC tỉnh Thái Bình phát động thi đua. Đại tá Vũ Văn Hưng - Phó Giám đốc Cảnh sát "
       "PCCC tỉnh Thái Bình yêu cầu các đơn vị triển khai kế hoạch.\n",
       {{"Vũ Văn Hưng", "Phó Giám đốc Cảnh sát PCCC tỉnh Thái Bình"}}},
      {"fire police: the bare level completed",
       "Ngày 4/3/2016, Công an tỉnh Thái Bình phát động thi đua. Đại tá Lê Văn Nam - Phó Giám đốc Cảnh sát PCCC "
       "tỉnh yêu cầu các đơn vị triển khai kế hoạch.\n",
       {{"Lê Văn Nam", "Phó Giám đốc Cảnh sát PCCC tỉnh Thái Bình"}}},
      {"province: the emulation board, a dash glued to the word before it",
       "Ngày 2/3/2021, Khối thi đua văn hóa - xã hội tỉnh Quảng Ninh ký kết giao ước. Ông Lê Văn Bình, Phó Trưởng ban "
       "Thi đua- Khen thưởng tỉnh Quảng Ninh phát biểu.\n",
       {{"Lê Văn Bình", "Phó Trưởng ban Thi đua - Khen thưởng tỉnh Quảng Ninh"}}},
      {"health: a centre of a district",
       "Ngày 7/4/2023, Khối thi đua y tế huyện Gia Lâm ký kết giao ước. Bà Đỗ Thị Hằng, Giám đốc Trung tâm Y tế "
       "huyện Gia Lâm phát biểu.\n",
       {{"Đỗ Thị Hằng", "Giám đốc Trung tâm Y tế huyện Gia Lâm"}}},
      {"negative: a lower-case word that is no syllable of the body",
       "Ngày 7/4/2023, Sở Xây dựng tỉnh Nam Định phát động thi đua. Ông Phạm Văn Lực, Giám đốc Dự án tại tỉnh Nam "
       "Định phát biểu.\n",
       {{"Phạm Văn Lực", "Giám đốc"}}},
  };
  expect_positions(cases);
}

// A second mention of a person adds no office already said: "Trưởng Ban Tuyên giáo" opens "Trưởng
// ban Tuyên giáo Tỉnh ủy" (one office, however the titles are cased), and "Phó Chính ủy Bộ đội Biên
// phòng tỉnh A" is the office "Phó Chính ủy Ban Chỉ huy BĐBP tỉnh A" names (the command leads the
// force), the fuller wording kept. Two bodies of one title stay two offices.
TEST(PlanPatterns72, ASecondMentionAddsNoOfficeAlreadySaid) {
  const PositionCase cases[] = {
      {"Front: the office again, shorter, before the name",
       "Ngày 9/3/2023, Ủy ban MTTQ tỉnh Nam Định và Công an tỉnh Nam Định tổ chức hội nghị phát động thi đua. Dự có "
       "bà Nguyễn Thị Hạnh, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh. Phát "
       "biểu khai mạc, đồng chí Trưởng Ban Tuyên giáo, Chủ tịch Ủy ban MTTQ tỉnh Nguyễn Thị Hạnh nhấn mạnh yêu cầu.\n",
       {{"Nguyễn Thị Hạnh",
         "Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh Nam Định"}}},
      {"border guard: the command, then the force it leads",
       "Ngày 5/1/2026, Bộ đội Biên phòng tỉnh Quảng Ninh phát động thi đua cao điểm. Đại tá Trần Văn Dũng, Phó Chính "
       "ủy Ban Chỉ huy BĐBP tỉnh Quảng Ninh thông báo kết quả. Tại buổi lễ, Đại tá Trần Văn Dũng, Phó Chính ủy Bộ "
       "đội Biên phòng tỉnh Quảng Ninh, đã trao thưởng.\n",
       {{"Trần Văn Dũng", "Phó Chính ủy Ban Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ninh"}}},
      {"farmers: the executive committee, then the association",
       "Ngày 5/4/2022, Hội Nông dân tỉnh Thái Bình phát động thi đua. Ông Lê Văn Toàn, Ủy viên Ban Chấp hành Hội Nông "
       "dân tỉnh Thái Bình phát biểu. Ông Lê Văn Toàn, Ủy viên Hội Nông dân tỉnh Thái Bình, cũng trao thưởng.\n",
       {{"Lê Văn Toàn", "Ủy viên Ban Chấp hành Hội Nông dân tỉnh Thái Bình"}}},
      {"negative: one title in two bodies",
       "Ngày 5/4/2022, UBND huyện Gia Lâm phát động thi đua. Ông Lê Văn Toàn, Chủ tịch UBND huyện Gia Lâm phát biểu. "
       "Ông Lê Văn Toàn, Chủ tịch Hội đồng Thi đua - Khen thưởng huyện Gia Lâm, trao thưởng.\n",
       {{"Lê Văn Toàn", "Chủ tịch UBND huyện Gia Lâm, Chủ tịch Hội đồng Thi đua - Khen thưởng huyện Gia Lâm"}}},
  };
  expect_positions(cases);
}

// "anh Nguyễn Quốc Mẫn, Bí thư Đoàn …": "anh", like "chị", names a young person before a surname
// in lower case; not a capitalised "Anh" inside a company's or a place's name.
TEST(PlanPatterns72, AnhBeforeASurnameNamesAPerson) {
  const PositionCase cases[] = {
      {"youth: a commune's union secretary honoured",
       "Ngày 26/3/2022, Huyện đoàn Đức Hòa tổ chức tuyên dương thanh niên tiêu biểu trong phong trào thi đua. Anh "
       "em đoàn viên dự đông đủ; anh Trần Quốc Bảo, Bí thư Đoàn xã Hòa Khánh Tây nhận bằng khen.\n",
       {{"Trần Quốc Bảo", "Bí thư Đoàn xã Hòa Khánh Tây"}}},
      {"students: a union's deputy secretary among the guests",
       "Ngày 2/3/2026, Công an tỉnh Nghệ An phát động Tháng Thanh niên. Tham dự có anh Hồ Văn Khải - Phó Bí thư "
       "Tỉnh Đoàn Nghệ An.\n",
       {{"Hồ Văn Khải", "Phó Bí thư Tỉnh Đoàn Nghệ An"}}},
  };
  expect_positions(cases);
  EXPECT_TRUE(names(parse("Ngày 9/6/2017, Khối thi đua số 10 gồm Công ty TNHH Hoàng Anh Mang Yang và Công ty Cao su Kampong "
                          "Thom ký kết giao ước thi đua.\n"))
                  .empty());
}

// "Chánh văn phòng Đoàn đại biểu Quốc hội tỉnh A Đỗ Thị B tặng hoa": an office written before the
// name, its body one the lexicon has no head for, runs up to the holder's full name. Not a place's
// name after the body ("Bảo tàng Hồ Chí Minh" names no one).
TEST(PlanPatterns72, AnUnknownBodyBeforeTheHoldersName) {
  const PositionCase cases[] = {
      {"assembly offices: the deputies' office of a province",
       "Ngày 6/4/2018, Cụm thi đua các Văn phòng Đoàn đại biểu Quốc hội ký kết giao ước thi đua. Chánh văn phòng "
       "Đoàn đại biểu Quốc hội tỉnh Bình Thuận Lê Thị Mai tặng hoa chúc mừng.\n",
       {{"Lê Thị Mai", "Chánh Văn phòng Đoàn đại biểu Quốc hội tỉnh Bình Thuận"}}},
      {"culture: a centre of a province",
       "Ngày 6/4/2019, Khối thi đua văn hóa tỉnh Nam Định ký kết giao ước thi đua. Giám đốc Trung tâm Văn hóa Điện "
       "ảnh tỉnh Nam Định Trần Văn Quyết phát biểu.\n",
       {{"Trần Văn Quyết", "Giám đốc Trung tâm Văn hóa Điện ảnh tỉnh Nam Định"}}},
  };
  expect_positions(cases);
  // A body's name read on into the name gives the name back: "Hội LHPN Việt Nam" before the holder.
  const PositionCase read_on[] = {
      {"women's union: the union written short, then its country",
       "Ngày 9/11/2019, Cụm thi đua số 3 Hội LHPN các thành phố ký kết giao ước thi đua. Chủ tịch Hội LHPN Việt Nam "
       "Nguyễn Thị Lan Anh chủ trì hội nghị.\n",
       {{"Nguyễn Thị Lan Anh", "Chủ tịch Hội LHPN Việt Nam"}}},
      {"farmers: the association written out keeps its holder",
       "Ngày 9/11/2019, Hội Nông dân Việt Nam phát động thi đua. Chủ tịch Hội Nông dân Việt Nam Lương Quốc Đoàn phát "
       "biểu.\n",
       {{"Lương Quốc Đoàn", "Chủ tịch Hội Nông dân Việt Nam"}}},
  };
  expect_positions(read_on);
  EXPECT_TRUE(names(parse("Ngày 6/4/2019, Khối thi đua văn hóa phát động thi đua. Giám đốc Bảo tàng Hồ Chí Minh phát "
                          "biểu.\n"))
                  .empty());
}

// "chị Phạm Thị A (SN 1993), Bí thư Đoàn phường B": a bracket with the person's birth year or age
// between the name and the comma or dash does not hide the position after it. Not a bracket of
// words with no figure ("(bên phải)").
TEST(PlanPatterns72, ABirthYearInBracketsBeforeThePosition) {
  const PositionCase cases[] = {
      {"youth: a birth year written short",
       "Ngày 15/10/2025, Thành đoàn Thanh Hóa tuyên dương cán bộ Đoàn tiêu biểu trong phong trào thi đua. Đó là chị "
       "Lê Thị Thu (SN 1995), Bí thư Đoàn phường Quảng Hưng.\n",
       {{"Lê Thị Thu", "Bí thư Đoàn phường Quảng Hưng"}}},
      {"police: an age, then a dash",
       "Ngày 2/9/2024, Công an huyện Gia Lâm khen thưởng đột xuất trong phong trào thi đua. Thượng úy Nguyễn Văn "
       "Hậu (32 tuổi) - Phó Trưởng Công an xã Dương Hà nhận giấy khen.\n",
       {{"Nguyễn Văn Hậu", "Phó Trưởng Công an xã Dương Hà"}}},
  };
  expect_positions(cases);
}

// "đồng chí A, phó Chủ tịch Hội Cựu chiến binh …": a title typed with its first word in lower case,
// the rest capitalised, after the name's comma or dash, is the position.
TEST(PlanPatterns72, ATitleTypedWithALowerCaseFirstWord) {
  const PositionCase cases[] = {
      {"veterans: after a comma",
       "Ngày 8/4/2026, Cụm thi đua số 5 Hội Cựu chiến binh ký kết giao ước thi đua. Dự có đồng chí Hoàng Văn Nghĩa, phó "
       "Chủ tịch Hội Cựu chiến binh tỉnh Bình Dương, phụ trách Cụm thi đua số 5.\n",
       {{"Hoàng Văn Nghĩa", "Phó Chủ tịch Hội Cựu chiến binh tỉnh Bình Dương, phụ trách Cụm thi đua số 5"}}},
      {"health: after a dash",
       "Ngày 27/2/2024, Sở Y tế tỉnh Hà Nam phát động thi đua. Ông Lê Văn Hòa - phó Giám đốc Sở Y tế tỉnh Hà Nam phát "
       "biểu.\n",
       {{"Lê Văn Hòa", "Phó Giám đốc Sở Y tế tỉnh Hà Nam"}}},
  };
  expect_positions(cases);
}

}  // namespace
}  // namespace thidua::text::plan
