// The seventy-seventh round (session 24, s24-orgs): organisers, places and positions of the texts of the
// former held-out set eval5, moved into dev/. The sentences are written for the tests and labelled by the
// Conventions (tests/fixtures/plans/README.md: Organizers and places, Positions) before the first run.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_field;
using test::expect_organizers;
using test::OrganizerCase;

// A text, its organisers in order and the event's place.
struct OrganizerPlaceCase {
  const char* what;
  const char* text;
  test::Strings organizers;
  const char* place;
};

template <size_t N>
void expect_organizers_and_place(const OrganizerPlaceCase (&cases)[N]) {
  for (const OrganizerPlaceCase& c : cases) {
    SCOPED_TRACE(c.what);
    const nlohmann::json r = test::parse(c.text);
    EXPECT_EQ(test::strings(r["organizers"]), c.organizers);
    EXPECT_EQ(r["event"]["place"], c.place);
  }
}

// "Tỉnh đoàn tổ chức …" in a text that names "Tỉnh đoàn Thái Nguyên": a body whose head holds its level,
// written bare, is that of the one place of its level the text names (the level completed); "Thành đoàn"
// stays as written, and so does a bare head in a text naming no place or several.
TEST(PlanPatterns77, ABodyWhoseHeadHoldsItsLevelTakesTheTextsPlace) {
  const OrganizerCase cases[] = {
      {"a province's youth union named in full later",
       "Chiều 14-7, Tỉnh đoàn đã tổ chức Hội nghị sơ kết công tác đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm "
       "2024.\nThời gian tới, Tỉnh đoàn Lạng Sơn sẽ tiếp tục đổi mới phương thức hoạt động.",
       {"Tỉnh đoàn Lạng Sơn"}},
      {"a district's youth union",
       "Sáng 3/3, Huyện đoàn tổ chức Hội nghị tổng kết phong trào thi đua năm 2024.\nDịp này, Huyện đoàn Krông Pắc "
       "trao giấy khen cho 12 tập thể.",
       {"Huyện đoàn Krông Pắc"}},
      {"the place named inside a board's name",
       "Ngày 26/3, Tỉnh đoàn tổ chức Hội nghị tổng kết phong trào thi đua năm 2024.\nBan Thường vụ Tỉnh đoàn Hà Tĩnh "
       "trao bằng khen cho các cơ sở đoàn.",
       {"Tỉnh đoàn Hà Tĩnh"}},
      {"guard: no place named",
       "Sáng 10/8, Tỉnh đoàn tổ chức Hội nghị tổng kết phong trào thi đua năm 2024.", {"Tỉnh đoàn"}},
      {"guard: a city's youth union stays as written",
       "Ngày 5/5, Thành đoàn tổ chức Hội nghị tổng kết phong trào thi đua năm 2024.\nThành đoàn Cần Thơ trao giấy khen "
       "cho 5 tập thể.",
       {"Thành đoàn"}},
      {"guard: two provinces named",
       "Sáng 14-7, Tỉnh đoàn tổ chức Hội nghị tổng kết phong trào thi đua năm 2024.\nĐoàn viên tỉnh Quảng Trị và tỉnh "
       "Quảng Bình cùng tham gia.",
       {"Tỉnh đoàn"}},
  };
  expect_organizers(cases);
}

// "Ngày 28-10, tỉnh Đắk Lắk đã tổ chức Đại hội Thi đua yêu nước …": a province or a central city named by
// its level and name alone is its own body, kept as written, as a district or a commune is.
TEST(PlanPatterns77, AProvinceNamedByItsLevelOrganises) {
  const OrganizerCase cases[] = {
      {"a province after the day, with its tense",
       "Ngày 28-10, tỉnh Đắk Lắk đã tổ chức Đại hội Thi đua yêu nước lần thứ I, giai đoạn 2025-2030.", {"tỉnh Đắk Lắk"}},
      {"with a manner adverb",
       "Sáng 5/9, tỉnh Quảng Trị long trọng tổ chức Hội nghị tổng kết phong trào thi đua năm 2024.", {"tỉnh Quảng Trị"}},
      {"opening the sentence, capitalised",
       "Tỉnh Bình Phước tổ chức Hội nghị tổng kết phong trào thi đua năm 2024.", {"tỉnh Bình Phước"}},
      {"a central city",
       "Ngày 12/6, thành phố Cần Thơ tổ chức Hội nghị sơ kết phong trào thi đua 6 tháng đầu năm 2024.",
       {"thành phố Cần Thơ"}},
      {"guard: the districts of a province",
       "Ngày 2/4, các huyện của tỉnh Lai Châu đồng loạt tổ chức lễ ra quân cao điểm tấn công trấn áp tội phạm.", {}},
      {"guard: a province's police", "Ngày 10/5, Công an tỉnh Sơn La tổ chức Hội nghị tổng kết phong trào thi đua.",
       {"Công an tỉnh Sơn La"}},
  };
  expect_organizers(cases);
}

// "Ngày hội … diễn ra ở thị trấn A (…) tạo khí thế …" / "Ngày 22/2, tại Công viên …, Đồn Biên phòng B …
// tổ chức Ngày hội …": a summary opening the body tells the gathering undated; the next sentence holding it
// on its day is the lead, with who holds it and where. A summary with its day stays the lead.
TEST(PlanPatterns77, TheDatedSentenceHoldingAGatheringIsTheLeadOverAnUndatedSummary) {
  const OrganizerPlaceCase cases[] = {
      {"a security festival of a commune",
       "Ngày hội Toàn dân bảo vệ an ninh Tổ quốc ở xã Tân Lập\nNgày hội Toàn dân bảo vệ an ninh Tổ quốc diễn ra ở xã Tân "
       "Lập (huyện Đồng Phú, tỉnh Bình Phước) tạo khí thế thi đua sôi nổi.\nSáng 15/8, tại sân vận động xã Tân Lập, Công "
       "an xã Tân Lập tổ chức Ngày hội Toàn dân bảo vệ an ninh Tổ quốc năm 2024.",
       {"Công an xã Tân Lập"}, "sân vận động xã Tân Lập"},
      {"a Front's festival of a ward",
       "Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư số 3\nNgày hội Đại đoàn kết toàn dân tộc diễn ra ở phường Tân Mai, "
       "góp phần thúc đẩy phong trào thi đua yêu nước.\nChiều 16/11, tại nhà văn hóa khu phố 3, Ủy ban MTTQ phường Tân Mai "
       "tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024.",
       {"Ủy ban MTTQ phường Tân Mai"}, "nhà văn hóa khu phố 3"},
      {"a youth union's cultural festival",
       "Ngày hội văn hóa các dân tộc ở huyện Mường Tè\nNgày hội văn hóa các dân tộc diễn ra ở huyện Mường Tè, thu hút đông "
       "đảo đoàn viên thi đua tham gia.\nNgày 2/9, tại Quảng trường trung tâm huyện Mường Tè, Huyện đoàn Mường Tè tổ chức "
       "Ngày hội văn hóa các dân tộc lần thứ III.",
       {"Huyện đoàn Mường Tè"}, "Quảng trường trung tâm huyện Mường Tè"},
      {"a border post with the commune",
       "Ngày hội Biên phòng toàn dân ở xã Thanh Thủy\nNgày hội Biên phòng toàn dân diễn ra ở xã Thanh Thủy.\nNgày 3/3, tại "
       "trụ sở UBND xã Thanh Thủy, Đồn Biên phòng Thanh Thủy phối hợp với UBND xã Thanh Thủy tổ chức Ngày hội Biên phòng "
       "toàn dân năm 2024, hưởng ứng phong trào thi đua.",
       {"Đồn Biên phòng Thanh Thủy", "UBND xã Thanh Thủy"}, "trụ sở UBND xã Thanh Thủy"},
      {"guard: the summary has its day; the next sentence is another meeting",
       "Ngày hội Toàn dân bảo vệ an ninh Tổ quốc ở xã Tân Lập\nSáng 15/8, Ngày hội Toàn dân bảo vệ an ninh Tổ quốc diễn ra ở "
       "sân vận động xã Tân Lập, tạo khí thế thi đua sôi nổi.\nNgày 14/8, tại hội trường UBND xã, Công an xã Tân Lập tổ "
       "chức Hội nghị tổng kết phong trào thi đua năm 2024.",
       {}, "sân vận động xã Tân Lập"},
  };
  expect_organizers_and_place(cases);
}

// "Đồn Biên phòng A (Bộ Chỉ huy Bộ đội Biên phòng tỉnh B) phối hợp với UBND xã C tổ chức …": a body in
// brackets right after the unit acting is the one it belongs to, not a co-organiser; a group in brackets
// after the units listed is still the group that acts.
TEST(PlanPatterns77, ABodyInBracketsAfterTheActingUnitIsItsParent) {
  const OrganizerCase cases[] = {
      {"a border post and its provincial command",
       "Ngày 22/2, Đồn Biên phòng Cửa khẩu Cha Lo (Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Bình) phối hợp với UBND xã Dân "
       "Hóa tổ chức Hội nghị tổng kết phong trào thi đua năm 2024.",
       {"Đồn Biên phòng Cửa khẩu Cha Lo", "UBND xã Dân Hóa"}},
      {"a school and its education department",
       "Sáng 20/5, Trường Tiểu học Kim Đồng (Phòng Giáo dục và Đào tạo huyện Bảo Lâm) tổ chức Hội nghị tổng kết phong trào "
       "thi đua năm học 2023-2024.",
       {"Trường Tiểu học Kim Đồng"}},
      {"a commune's police and the district's",
       "Ngày 9/1, Công an xã Hòa Bình (Công an huyện Tam Nông) tổ chức Hội nghị tổng kết phong trào thi đua Vì an ninh Tổ "
       "quốc năm 2024.",
       {"Công an xã Hòa Bình"}},
      {"a tax office and the province's",
       "Ngày 15/12, Chi cục Thuế khu vực Tân Phú (Cục Thuế tỉnh Đồng Nai) tổ chức Hội nghị tổng kết phong trào thi đua năm "
       "2024.",
       {"Chi cục Thuế khu vực Tân Phú"}},
      {"guard: a group in brackets after the units listed",
       "Ngày 5/3, Công an tỉnh Sơn La cùng Công an các tỉnh Điện Biên, Lai Châu (Cụm thi đua số 1) tổ chức Hội nghị ký kết "
       "giao ước thi đua năm 2025.",
       {"Cụm thi đua số 1"}},
  };
  expect_organizers(cases);
}

// "tại … Trung tâm hội nghị và tổ chức sự kiện tỉnh, Tỉnh ủy - HĐND - UBND - Ủy ban MTTQ tỉnh tổ chức …":
// the meeting's word of a hall's name and the service a venue's name holds after "và" are no verb of
// holding; the bodies after the place hold the event, and the venue is named whole.
TEST(PlanPatterns77, AHallsNameHoldsNoVerbOfHolding) {
  const OrganizerPlaceCase cases[] = {
      {"the four bodies of a province after a conference centre",
       "Sáng 15/9, tại Trung tâm hội nghị và tổ chức sự kiện tỉnh, Tỉnh ủy - HĐND - UBND - Ủy ban MTTQ tỉnh tổ chức Đại "
       "hội Thi đua yêu nước tỉnh lần thứ V.",
       {"Tỉnh ủy", "HĐND tỉnh", "UBND tỉnh", "Ủy ban MTTQ tỉnh"}, "Trung tâm hội nghị và tổ chức sự kiện tỉnh"},
      {"a city's police after a conference centre",
       "Chiều 9/1, tại Trung tâm hội nghị và tổ chức sự kiện thành phố, Công an thành phố Thủ Đức tổ chức Hội nghị tổng "
       "kết phong trào thi đua năm 2024.",
       {"Công an thành phố Thủ Đức"}, "Trung tâm hội nghị và tổ chức sự kiện thành phố"},
      {"a provincial committee after the centre",
       "Sáng 15/9, tại Trung tâm hội nghị và tổ chức sự kiện tỉnh, UBND tỉnh tổ chức Hội nghị tổng kết phong trào thi đua "
       "năm 2024.",
       {"UBND tỉnh"}, "Trung tâm hội nghị và tổ chức sự kiện tỉnh"},
      {"guard: a firm's name, capitalised",
       "Ngày 10/10, tại Công ty Truyền thông và Tổ chức sự kiện Sao Việt, Khối thi đua số 5 tổ chức Hội nghị ký kết giao "
       "ước thi đua năm 2025.",
       {"Khối thi đua số 5"}, "Công ty Truyền thông và Tổ chức sự kiện Sao Việt"},
      {"guard: a national conference centre",
       "Sáng 12/1, tại Trung tâm Hội nghị quốc gia, Bộ Công an tổ chức Hội nghị tổng kết phong trào thi đua Vì an ninh Tổ "
       "quốc năm 2024.",
       {"Bộ Công an"}, "Trung tâm Hội nghị quốc gia"},
  };
  expect_organizers_and_place(cases);
}

// "tại trụ sở UBND phường A – đơn vị Cụm trưởng Cụm thi đua …": the role the place's body holds, written
// as "đơn vị" and the role after a dash, is no part of the place; "tại A và B", two venues, is the place
// together.
TEST(PlanPatterns77, APlaceEndsBeforeItsBodysRoleAndRunsOverASecondVenue) {
  expect_field("/event/place",
               {
                   {"a ward's seat, the group's leader",
                    "Chiều 15/2, tại trụ sở UBND phường Huyền Tụng – đơn vị Cụm trưởng Cụm thi đua số 2 năm 2023, đã diễn ra "
                    "Hội nghị ký kết giao ước thi đua năm 2023.",
                    "trụ sở UBND phường Huyền Tụng"},
                   {"a district police's seat",
                    "Sáng 10/3, tại trụ sở Công an huyện Bảo Lâm - đơn vị Cụm trưởng Cụm thi đua số 4, Cụm thi đua số 4 tổ "
                    "chức Hội nghị ký kết giao ước thi đua năm 2025.",
                    "trụ sở Công an huyện Bảo Lâm"},
                   {"a school's hall, a block's leader",
                    "Ngày 12/1, tại hội trường Trường Tiểu học Kim Đồng - đơn vị Khối trưởng Khối thi đua các trường tiểu học, "
                    "Khối thi đua các trường tiểu học tổ chức Hội nghị tổng kết phong trào thi đua năm học 2023-2024.",
                    "hội trường Trường Tiểu học Kim Đồng"},
                   {"a theatre and a conference centre",
                    "Sáng 15/9, tại nhà hát Đài PT-TH Đồng Nai và Trung tâm hội nghị và tổ chức sự kiện tỉnh, UBND tỉnh tổ "
                    "chức Đại hội Thi đua yêu nước tỉnh lần thứ V.",
                    "nhà hát Đài PT-TH Đồng Nai và Trung tâm hội nghị và tổ chức sự kiện tỉnh"},
                   {"a hall and a village's cultural house",
                    "Sáng 20/8, tại hội trường UBND xã Tân Lập và nhà văn hóa thôn 3, Công an xã Tân Lập tổ chức Hội nghị tổng "
                    "kết phong trào thi đua năm 2024.",
                    "hội trường UBND xã Tân Lập và nhà văn hóa thôn 3"},
                   {"guard: 'và' and a verb after the place",
                    "Sáng 9/9, tại trụ sở UBND xã Tân Lập và trao giấy khen cho 5 tập thể, Công an xã Tân Lập tổ chức Hội nghị "
                    "tổng kết phong trào thi đua năm 2024.",
                    "trụ sở UBND xã Tân Lập"},
                   {"guard: the ministry after a dash stays",
                    "Ngày 5/3, tại hội trường Công an tỉnh Sơn La - Bộ Công an, Cụm thi đua số 1 tổ chức Hội nghị ký kết giao "
                    "ước thi đua năm 2025.",
                    "hội trường Công an tỉnh Sơn La - Bộ Công an"},
               });
}

// "ỦY BAN MẶT TRẬN TỔ QUỐC VN" / "TỈNH BẠC LIÊU" / "BAN THƯỜNG TRỰC": a formal header's board written under
// its body leads that body, which issues the plan (a body's leadership board stands for the body), of the
// place on the header's next line.
TEST(PlanPatterns77, AHeadersBoardStandsForTheBodyAboveIt) {
  const OrganizerCase cases[] = {
      {"a province's Front",
       "ỦY BAN MẶT TRẬN TỔ QUỐC VN\nTỈNH BẠC LIÊU\nBAN THƯỜNG TRỰC\nSố: 80/KH-MT\nKẾ HOẠCH\nPhát động thi đua thực hiện "
       "Cuộc vận động năm 2013\nBan thường trực xây dựng kế hoạch phát động phong trào thi đua năm 2013 như sau:",
       {"Ủy ban Mặt trận Tổ quốc tỉnh Bạc Liêu"}},
      {"a district's veterans",
       "HỘI CỰU CHIẾN BINH\nHUYỆN ĐỒNG PHÚ\nBAN THƯỜNG VỤ\nSố: 12/KH-CCB\nKẾ HOẠCH\nPhát động phong trào thi đua năm 2024\n"
       "Ban Thường vụ xây dựng kế hoạch phát động phong trào thi đua năm 2024 như sau:",
       {"Hội Cựu chiến binh huyện Đồng Phú"}},
      {"a commune's Front",
       "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nXÃ TÂN LẬP\nBAN THƯỜNG TRỰC\nSố: 05/KH-MT\nKẾ HOẠCH\nPhát động phong trào thi "
       "đua năm 2024\nBan Thường trực xây dựng kế hoạch phát động phong trào thi đua năm 2024 như sau:",
       {"Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Lập"}},
      {"a province's veterans, the executive board",
       "HỘI CỰU CHIẾN BINH\nTỈNH QUẢNG NAM\nBAN CHẤP HÀNH\nSố: 22/KH-CCB\nKẾ HOẠCH\nPhát động phong trào thi đua năm 2024\n"
       "Ban Chấp hành xây dựng kế hoạch phát động phong trào thi đua năm 2024 như sau:",
       {"Hội Cựu chiến binh tỉnh Quảng Nam"}},
      {"guard: a committee's header with no board",
       "ỦY BAN NHÂN DÂN\nHUYỆN ĐỒNG PHÚ\nSố: 15/KH-UBND\nKẾ HOẠCH\nPhát động phong trào thi đua năm 2024\nUBND huyện xây "
       "dựng kế hoạch phát động phong trào thi đua năm 2024 như sau:",
       {"Ủy ban nhân dân huyện Đồng Phú"}},
  };
  expect_organizers(cases);
}

// "Khối thi đua số 10 của UBND tỉnh Đồng Nai tổ chức …": the body a group belongs to, after "của" as after
// "thuộc", does not co-organise; a body the group works with ("phối hợp với") does.
TEST(PlanPatterns77, TheBodyAGroupBelongsToAfterCuaIsNoOrganiser) {
  const OrganizerCase cases[] = {
      {"a block of a province's committee",
       "Ngày 13-3, Khối thi đua số 10 của UBND tỉnh Đồng Nai tổ chức hội nghị tổng kết năm 2025 và ký kết giao ước thi đua "
       "năm 2026.",
       {"Khối thi đua số 10"}},
      {"a cluster of a department",
       "Sáng 5/1, Cụm thi đua số 3 của Sở Giáo dục và Đào tạo tổ chức Hội nghị tổng kết phong trào thi đua năm học "
       "2023-2024.",
       {"Cụm thi đua số 3"}},
      {"a cluster of a national agency",
       "Ngày 20/12, Cụm thi đua số 2 của Bảo hiểm xã hội Việt Nam tổ chức Hội nghị tổng kết phong trào thi đua năm 2024.",
       {"Cụm thi đua số 2"}},
      {"a block of a province's police",
       "Ngày 9/1, Khối thi đua số 4 của Công an tỉnh Thanh Hóa tổ chức Hội nghị tổng kết phong trào thi đua năm 2024.",
       {"Khối thi đua số 4"}},
      {"guard: a body the group works with",
       "Ngày 13-3, Khối thi đua số 10 phối hợp với Sở Nội vụ tổ chức hội nghị tổng kết phong trào thi đua năm 2025.",
       {"Khối thi đua số 10", "Sở Nội vụ"}},
  };
  expect_organizers(cases);
}

// "Tại Đại hội thi đua, Công an tỉnh A đã biểu dương …", "Tại Hội thảo, …": the gathering at which something
// is done is no venue, as "tại hội nghị"; a hall named after a congress is one.
TEST(PlanPatterns77, ACongressAfterTaiIsNoPlace) {
  expect_field("/event/place",
               {
                   {"an emulation congress",
                    "Tại Đại hội thi đua, Công an tỉnh Sóc Trăng đã biểu dương, khen thưởng 12 tập thể, cá nhân điển hình "
                    "tiên tiến trong phong trào thi đua Vì an ninh Tổ quốc.",
                    ""},
                   {"a congress in lower case",
                    "Tại đại hội, UBND huyện Tam Nông trao bằng khen cho 20 tập thể có thành tích xuất sắc trong phong trào "
                    "thi đua yêu nước.",
                    ""},
                   {"a workshop", "Tại Hội thảo, Sở Nội vụ tổ chức Hội nghị tổng kết phong trào thi đua năm 2024.", ""},
                   {"a contest",
                    "Tại Hội thi, Hội Nông dân huyện Đức Phổ khen thưởng 10 tập thể có thành tích xuất sắc trong phong trào "
                    "thi đua sản xuất, kinh doanh giỏi.",
                    ""},
                   {"guard: a hall",
                    "Sáng 5/3, tại hội trường UBND tỉnh, UBND tỉnh Sóc Trăng tổ chức Đại hội Thi đua yêu nước tỉnh lần thứ V.",
                    "hội trường UBND tỉnh"},
                   {"guard: a hall named after a congress",
                    "Sáng 5/3, tại Hội trường Đại hội Đảng bộ tỉnh, UBND tỉnh Sóc Trăng tổ chức Đại hội Thi đua yêu nước "
                    "tỉnh lần thứ V.",
                    "Hội trường Đại hội Đảng bộ tỉnh"},
               });
}

// "Phó Trưởng ban Thi đua - Khen thưởng Trung ương": after a title's lower-case "ban", the office's name in
// capitals runs over the dash joining its parts up to the central level that owns it.
TEST(PlanPatterns77, AnOfficeAfterBanRunsOverItsDashToTheCentralLevel) {
  const test::PositionCase cases[] = {
      {"a deputy head of the central emulation board",
       "Đại hội Thi đua yêu nước tỉnh\nĐại hội với sự tham dự của ông Nguyễn Anh Tuấn, Phó Trưởng ban Thi đua - Khen thưởng "
       "Trung ương cùng đại diện lãnh đạo các địa phương.",
       {{"Nguyễn Anh Tuấn", "Phó Trưởng ban Thi đua - Khen thưởng Trung ương"}}},
      {"its head",
       "Đại hội Thi đua yêu nước tỉnh\nDự hội nghị có ông Trần Văn Hùng, Trưởng ban Thi đua - Khen thưởng Trung ương.",
       {{"Trần Văn Hùng", "Trưởng ban Thi đua - Khen thưởng Trung ương"}}},
      {"an en dash",
       "Đại hội Thi đua yêu nước tỉnh\nDự hội nghị có ông Trần Văn Hùng, Phó Trưởng ban Thi đua – Khen thưởng Trung ương.",
       {{"Trần Văn Hùng", "Phó Trưởng ban Thi đua - Khen thưởng Trung ương"}}},
      {"before another guest",
       "Hội nghị tổng kết phong trào thi đua\nDự hội nghị có ông Trần Văn Hùng, Phó Trưởng ban Thi đua - Khen thưởng Trung "
       "ương; ông Lê Văn Nam, Bí thư Tỉnh ủy.",
       {{"Trần Văn Hùng", "Phó Trưởng ban Thi đua - Khen thưởng Trung ương"}, {"Lê Văn Nam", "Bí thư Tỉnh ủy"}}},
      {"guard: a province's board",
       "Đại hội Thi đua yêu nước tỉnh\nDự hội nghị có ông Trần Văn Hùng, Phó Trưởng ban Thi đua - Khen thưởng tỉnh Đồng Nai.",
       {{"Trần Văn Hùng", "Phó Trưởng ban Thi đua - Khen thưởng tỉnh Đồng Nai"}}},
      {"guard: a Party board of the province",
       "Đại hội Thi đua yêu nước tỉnh\nDự hội nghị có ông Trần Văn Hùng, Trưởng ban Tuyên giáo Tỉnh ủy.",
       {{"Trần Văn Hùng", "Trưởng ban Tuyên giáo Tỉnh ủy"}}},
  };
  test::expect_positions(cases);
}

// "Giám đốc trung tâm", "PGĐ Quỹ cùng …": an office of the body the speaker serves in, named back by its
// head alone ("Quỹ", "Trung tâm", in lower case too), before a comma, a verb or "cùng".
TEST(PlanPatterns77, AnOfficeOfAFundOrACentreNamedByItsHeadAlone) {
  const test::PositionCase cases[] = {
      {"a centre in lower case, before 'cùng'",
       "Hội nghị bình xét thi đua\nSáng ngày 27/11, Trung tâm Kiểm soát bệnh tật tổ chức hội nghị bình xét thi đua khen "
       "thưởng năm 2023. Dự và chủ trì hội nghị có đồng chí Lê Hoàng Nam, Giám đốc trung tâm cùng toàn bộ các cán bộ trong "
       "đơn vị.",
       {{"Lê Hoàng Nam", "Giám đốc trung tâm"}}},
      {"a fund's deputy director, abbreviated",
       "Hội nghị ký kết giao ước thi đua\nNgày 5/3, Khối thi đua số 1 tổ chức Hội nghị ký kết giao ước thi đua năm 2019.\n"
       "Ông Lê Trung Phước - PGĐ Quỹ cùng đại diện lãnh đạo các Ngân hàng chụp ảnh lưu niệm.",
       {{"Lê Trung Phước", "Phó Giám đốc Quỹ"}}},
      {"a centre capitalised, before a comma",
       "Hội nghị tổng kết thi đua\nNgày 5/3, Trung tâm Y tế huyện Đức Phổ tổ chức Hội nghị tổng kết phong trào thi đua năm "
       "2024. Ông Trần Văn Minh, Giám đốc Trung tâm, phát biểu khai mạc.",
       {{"Trần Văn Minh", "Giám đốc Trung tâm"}}},
      {"a fund, before a comma",
       "Hội nghị tổng kết thi đua\nNgày 5/3, Quỹ Đầu tư phát triển tỉnh tổ chức Hội nghị tổng kết phong trào thi đua năm "
       "2024. Bà Nguyễn Thị Lan, Phó Giám đốc Quỹ, trình bày báo cáo.",
       {{"Nguyễn Thị Lan", "Phó Giám đốc Quỹ"}}},
      {"guard: a centre named in full",
       "Hội nghị tổng kết thi đua\nNgày 5/3, Sở Y tế tổ chức Hội nghị tổng kết phong trào thi đua năm 2024. Ông Trần Văn "
       "Minh, Giám đốc Trung tâm Y tế huyện Đức Phổ phát biểu.",
       {{"Trần Văn Minh", "Giám đốc Trung tâm Y tế huyện Đức Phổ"}}},
      {"guard: the ministry's office",
       "Hội nghị tổng kết thi đua\nNgày 5/3, Bộ Công an tổ chức Hội nghị tổng kết phong trào thi đua năm 2024. Ông Trần Văn "
       "Minh, Chánh Văn phòng Bộ, phát biểu.",
       {{"Trần Văn Minh", "Chánh Văn phòng Bộ"}}},
  };
  test::expect_positions(cases);
}

// "Huyện đoàn A phối hợp với xã B tổ chức …": a commune or town named by its level and name alone, working
// with the unit acting ("phối hợp với", "cùng"), is its own body and organises too, kept as written.
TEST(PlanPatterns77, APlaceWorkingWithTheActingUnitOrganisesToo) {
  const OrganizerCase cases[] = {
      {"a district youth union with a commune",
       "Ngày 19/8, tại xã Phú Linh, Huyện đoàn Vị Xuyên phối hợp với xã Phú Linh tổ chức phát động phong trào thi đua nước "
       "rút về đích xây dựng nông thôn mới.",
       {"Huyện đoàn Vị Xuyên", "xã Phú Linh"}},
      {"a district's police with a commune",
       "Sáng 5/3, Công an huyện Tam Nông phối hợp với xã Hòa Bình tổ chức Hội nghị tổng kết phong trào thi đua năm 2024.",
       {"Công an huyện Tam Nông", "xã Hòa Bình"}},
      {"a border post 'cùng' a commune",
       "Sáng 9/1, Đồn Biên phòng Thanh Thủy cùng xã Thanh Thủy tổ chức Hội nghị tổng kết phong trào thi đua năm 2024.",
       {"Đồn Biên phòng Thanh Thủy", "xã Thanh Thủy"}},
      {"veterans with a townlet",
       "Ngày 12/3, Hội Cựu chiến binh tỉnh phối hợp với thị trấn Yên Minh tổ chức Hội nghị tổng kết phong trào thi đua năm "
       "2024.",
       {"Hội Cựu chiến binh tỉnh", "thị trấn Yên Minh"}},
      {"guard: the commune only where it is held",
       "Ngày 19/8, Huyện đoàn Vị Xuyên tổ chức phát động phong trào thi đua nước rút tại xã Phú Linh.",
       {"Huyện đoàn Vị Xuyên"}},
      {"guard: the communes not named",
       "Ngày 19/8, Huyện đoàn Vị Xuyên phối hợp với các xã tổ chức phát động phong trào thi đua nước rút.",
       {"Huyện đoàn Vị Xuyên"}},
  };
  expect_organizers(cases);
}

}  // namespace
}  // namespace thidua::text::plan
