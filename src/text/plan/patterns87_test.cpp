// Session 25 (issue 14, s25-orgs): organisers, people's positions, the event's place and date and the
// title, from the failures of the former held-out eval6 texts (moved into dev/ this session). Each test
// is one SHAPE of Vietnamese administrative writing, with passages written for it in several sectors,
// labelled by the Conventions (tests/fixtures/plans/README.md) before the run, negatives included; each
// test fails without its rule (checked against main bd5672a). The organiser passages are also the
// battery tools/plan-audit/probes/organizers-s25.json.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::Strings;

// A passage and what one field of its parse must be: "organizers" (the list), "person:NAME" (that
// person's position) or a JSON pointer ("/title", "/event/place"; "" for null).
struct Probe {
  const char* what;
  const char* text;
  const char* field;
  const char* value;
  Strings organizers;
};

template <size_t N>
void expect_probes(const Probe (&probes)[N]) {
  for (const Probe& p : probes) {
    SCOPED_TRACE(p.what);
    const std::string field = p.field;
    if (field == "organizers") EXPECT_EQ(test::strings(test::parse(p.text)["organizers"]), p.organizers);
    else if (field.rfind("person:", 0) == 0) test::expect_positions(test::parse(p.text), {{p.field + 7, p.value}});
    else test::expect_field(field, {{p.what, p.text, p.value}});
  }
}

// A role in a group ("Khối trưởng", "Cụm phó", "đơn vị trưởng") after another office takes the group
// written right after it — by its word and number ("Khối 3", "cụm số 6"), or by its word alone closing
// the office ("đơn vị trưởng Khối chủ trì …"). Shape of ex-eval6 tra-vinh-2019 and khanh-hoa-2020.
TEST(PlanPatterns87, AGroupRoleTakesTheGroupWrittenAfterIt) {
  const Probe probes[] = {
      {"economy-block-number", "Sáng 12/3/2024, Khối thi đua các sở kinh tế tỉnh Quảng Ngãi tổ chức hội nghị ký kết giao ước thi đua năm 2024. Ông Trần Văn Bình, Giám đốc Sở Tài chính, Khối trưởng Khối 3 chủ trì hội nghị.", "person:Trần Văn Bình", "Giám đốc Sở Tài chính, Khối trưởng Khối 3", {}},
      {"health-cluster-number", "Ngày 5/4/2023, Cụm thi đua các sở y tế tổ chức hội nghị sơ kết. Bà Lê Thị Hoa, Giám đốc Sở Y tế tỉnh Hà Nam, Cụm trưởng Cụm 2 phát biểu.", "person:Lê Thị Hoa", "Giám đốc Sở Y tế tỉnh Hà Nam, Cụm trưởng Cụm 2", {}},
      {"party-unit-leading-block", "Sáng 10/3/2021, Khối thi đua các ban Đảng tổ chức hội nghị ký kết giao ước thi đua năm 2021. Ông Phạm Văn Tâm - Trưởng ban Tổ chức Tỉnh ủy, đơn vị trưởng Khối chủ trì hội nghị.", "person:Phạm Văn Tâm", "Trưởng ban Tổ chức Tỉnh ủy, đơn vị trưởng Khối", {}},
      {"labour-unit-leading-cluster", "Ngày 8/1/2025, Cụm thi đua các đoàn thể tỉnh tổ chức hội nghị tổng kết. Ông Lê Văn Hải, Chủ tịch Liên đoàn Lao động tỉnh Nghệ An, đơn vị trưởng Cụm phát biểu.", "person:Lê Văn Hải", "Chủ tịch Liên đoàn Lao động tỉnh Nghệ An, đơn vị trưởng Cụm", {}},
      {"justice-deputy-block-number", "Ngày 20/3/2024, Khối thi đua các sở nội chính tổ chức hội nghị ký kết giao ước thi đua. Bà Lê Thị Thu, Giám đốc Sở Tư pháp, Khối phó Khối 2 phát biểu.", "person:Lê Thị Thu", "Giám đốc Sở Tư pháp, Khối phó Khối 2", {}},
      {"negative-role-alone", "Sáng 12/3/2024, Khối thi đua các sở nội chính tổ chức hội nghị. Ông Trần Văn Nam, Giám đốc Sở Nội vụ, Khối trưởng phát biểu.", "person:Trần Văn Nam", "Giám đốc Sở Nội vụ, Khối trưởng", {}},
      {"negative-group-written-in-full", "Ngày 9/1/2025, Cụm thi đua số 5 tổ chức hội nghị. Đại tá Nguyễn Văn Long, Giám đốc Công an tỉnh Hưng Yên, Cụm trưởng Cụm thi đua số 5 phát biểu.", "person:Nguyễn Văn Long", "Giám đốc Công an tỉnh Hưng Yên, Cụm trưởng Cụm thi đua số 5", {}},
  };
  expect_probes(probes);
}

// A group described by the bodies of its member places keeps them across commas up to the places ("Cụm
// thi đua Sở Tư pháp, Cục Thi hành án dân sự các tỉnh …"), and a group described by the kind of its
// bodies keeps the body they belong to after "của" ("… các cơ quan tham mưu của Thành ủy (Khối 2)").
// Shape of ex-eval6 lang-son-2026 and khanh-hoa-2020.
TEST(PlanPatterns87, AGroupDescribedByItsBodiesKeepsTheirPlacesAndTheirOwner) {
  const Probe probes[] = {
      {"justice-bodies-across-comma", "Ngày 15/1/2026, Cụm thi đua Sở Tư pháp, Cục Thi hành án dân sự các tỉnh Tây Nguyên tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025.", "organizers", "", {"Cụm thi đua Sở Tư pháp, Cục Thi hành án dân sự các tỉnh Tây Nguyên"}},
      {"health-insurance-bodies-across-comma", "Ngày 8/1/2025, Khối thi đua Sở Y tế, Bảo hiểm xã hội các tỉnh đồng bằng sông Cửu Long tổ chức hội nghị ký kết giao ước thi đua năm 2025.", "organizers", "", {"Khối thi đua Sở Y tế, Bảo hiểm xã hội các tỉnh đồng bằng sông Cửu Long"}},
      {"education-units-of-a-department", "Ngày 14/2/2025, Cụm thi đua các đơn vị sự nghiệp của Sở Giáo dục và Đào tạo tỉnh Gia Lai tổ chức hội nghị ký kết giao ước thi đua năm 2025.", "organizers", "", {"Cụm thi đua các đơn vị sự nghiệp của Sở Giáo dục và Đào tạo tỉnh Gia Lai"}},
      {"party-bodies-of-city-committee-numbered", "Chiều 3/3/2023, Khối thi đua các cơ quan tham mưu của Thành ủy (Khối 2) tổ chức hội nghị ký kết giao ước thi đua năm 2023.", "organizers", "", {"Khối thi đua các cơ quan tham mưu của Thành ủy"}},
      {"negative-numbered-block-keeps-bracket", "Ngày 10/1/2024, Khối các Sở quản lý nhà nước (Khối 1) tổ chức hội nghị ký kết giao ước thi đua năm 2024.", "organizers", "", {"Khối các Sở quản lý nhà nước 1"}},
      {"negative-one-body-of-the-places", "Ngày 9/1/2025, Cụm thi đua Sở Tư pháp các tỉnh Tây Bắc tổ chức hội nghị ký kết giao ước thi đua năm 2025.", "organizers", "", {"Cụm thi đua Sở Tư pháp các tỉnh Tây Bắc"}},
  };
  expect_probes(probes);
}

// A first line closing with a photo credit ("- Ảnh: CAND", "(Ảnh: Minh Hải)", "– Ảnh: Tỉnh đoàn cung
// cấp") is the photo's caption, not a headline. Shape of ex-eval6 mps-2024.
TEST(PlanPatterns87, ALineClosingWithAPhotoCreditIsNoHeadline) {
  const Probe probes[] = {
      {"mobile-police-dash-credit", "Lực lượng Cảnh sát cơ động ra quân tuần tra dịp Tết - Ảnh: CAND\n\nNgày 5/1/2025, Bộ Tư lệnh Cảnh sát cơ động phát động đợt cao điểm tấn công, trấn áp tội phạm.", "/title", "", {}},
      {"pledge-bracket-credit", "Toàn cảnh hội nghị ký kết giao ước thi đua Khối các sở (Ảnh: Minh Hải)\n\nSáng 12/3/2024, Khối thi đua các sở tỉnh Quảng Trị tổ chức hội nghị ký kết giao ước thi đua năm 2024.", "/title", "", {}},
      {"health-dash-credit-source", "Bác sĩ Bệnh viện tỉnh khám bệnh cho người dân vùng cao - Ảnh: Báo Lào Cai\n\nNgày 3/3/2025, Sở Y tế tỉnh Lào Cai phát động phong trào thi đua năm 2025.", "/title", "", {}},
      {"youth-en-dash-credit", "Đoàn viên thanh niên ra quân làm sạch môi trường – Ảnh: Tỉnh đoàn cung cấp\n\nNgày 26/3/2025, Tỉnh đoàn Hà Tĩnh phát động Tháng Thanh niên năm 2025.", "/title", "", {}},
      {"negative-plain-headline", "Công an tỉnh Bắc Giang phát động phong trào thi đua năm 2025\n\nNgày 10/2/2025, Công an tỉnh Bắc Giang phát động phong trào thi đua năm 2025.", "/title", "Công an tỉnh Bắc Giang phát động phong trào thi đua năm 2025", {}},
  };
  expect_probes(probes);
}

// The event's place runs through a syllable glued by an apostrophe ("xã Đắk R’Moan", "huyện Ea
// H'leo"), ends before the part of the day opening the time ("Tại thành phố Huế sáng 4/4/2018"), and
// before a group named right after the seat with no comma ("tại Sở Xây dựng Khối thi đua Khối 4 tổ
// chức"). Shape of ex-eval6 lac-duong-2021, nha-trang-2018, tra-vinh-2019. (The apostrophe is printed
// straight, as clean() prints every quote mark.)
TEST(PlanPatterns87, APlaceRunsThroughAnApostropheAndEndsAtThePartOfTheDay) {
  const Probe probes[] = {
      {"apostrophe-curly", "Ngày 12/4/2022, tại xã Đắk R’Moan, Công an thành phố Gia Nghĩa tổ chức ra mắt mô hình “Camera an ninh”.", "/event/place", "xã Đắk R'Moan", {}},
      {"apostrophe-straight", "Sáng 3/5/2023, tại huyện Ea H'leo, Hội Nông dân tỉnh Đắk Lắk tổ chức hội nghị sơ kết phong trào thi đua.", "/event/place", "huyện Ea H'leo", {}},
      {"morning-after-city", "Tại thành phố Huế sáng 4/4/2018, Sở Y tế tỉnh Thừa Thiên Huế tổ chức ký kết giao ước thi đua năm 2018.", "/event/place", "thành phố Huế", {}},
      {"evening-after-town", "Tại thị xã Sơn Tây tối 2/9/2024, Thị đoàn Sơn Tây tổ chức lễ phát động.", "/event/place", "thị xã Sơn Tây", {}},
      {"morning-day-after-district", "Tại huyện Đức Trọng sáng ngày 8/3/2023, Hội Liên hiệp Phụ nữ huyện tổ chức ký kết giao ước thi đua.", "/event/place", "huyện Đức Trọng", {}},
      {"group-right-after-seat", "Chiều ngày 15/3/2022, tại Sở Xây dựng Khối thi đua Khối 4 tổ chức hội nghị ký kết giao ước thi đua năm 2022.", "/event/place", "Sở Xây dựng", {}},
      {"negative-square-named-after-day", "Tối 2/9/2023, tại Quảng trường 3/2, Đoàn Thanh niên thành phố Tuyên Quang tổ chức lễ phát động.", "/event/place", "Quảng trường 3/2", {}},
      {"negative-hamlet-called-morning", "Ngày 8/8/2024, tại nhà văn hóa thôn Sáng, xã Ea Kao, Công an xã Ea Kao tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc.", "/event/place", "nhà văn hóa thôn Sáng, xã Ea Kao", {}},
  };
  expect_probes(probes);
}

// A body's kind with no place before the group's name ("Hội Cựu chiến binh Cụm thi đua số 5 gồm Hội
// Cựu chiến binh các tỉnh …") is that body of each member: the group holding its own event, written as
// its name (Conventions, Group). Shape of ex-eval6 dong-nai-2024.
TEST(PlanPatterns87, ABodysKindBeforeTheGroupsNameIsTheGroup) {
  const Probe probes[] = {
      {"veterans-cluster", "Ngày 15/11/2024, Hội Cựu chiến binh Cụm thi đua số 5 gồm Hội Cựu chiến binh các tỉnh: Hà Giang (Cụm trưởng), Tuyên Quang, Lào Cai, Yên Bái (gọi tắt Cụm thi đua số 5) tổng kết phong trào thi đua năm 2024.", "organizers", "", {"Cụm thi đua số 5"}},
      {"labour-cluster", "Sáng 20/12/2023, Liên đoàn Lao động Cụm thi đua số 3 gồm Liên đoàn Lao động các tỉnh: Quảng Bình (Cụm trưởng), Quảng Trị, Thừa Thiên Huế (gọi tắt Cụm thi đua số 3) tổng kết phong trào thi đua năm 2023.", "organizers", "", {"Cụm thi đua số 3"}},
      {"farmers-cluster-members-listed", "Ngày 5/3/2023, Hội Nông dân Cụm thi đua số 2 gồm Hội Nông dân các tỉnh: Sóc Trăng (Cụm trưởng), Bạc Liêu, Cà Mau, Kiên Giang (gọi tắt Cụm thi đua số 2) ký kết giao ước thi đua năm 2023.", "organizers", "", {"Cụm thi đua số 2"}},
      {"negative-body-with-its-place", "Ngày 5/3/2024, Hội Nông dân tỉnh Cà Mau tổ chức hội nghị ký kết giao ước thi đua Cụm thi đua số 4 năm 2024.", "organizers", "", {"Hội Nông dân tỉnh Cà Mau"}},
      {"negative-no-group-read", "Sáng 3/3/2022, Hội Nông dân tỉnh Sóc Trăng tổ chức hội nghị ký kết giao ước thi đua năm 2022.", "organizers", "", {"Hội Nông dân tỉnh Sóc Trăng"}},
  };
  expect_probes(probes);
}

// An office's body holding a name in quotation marks runs through it and the level after it, completed
// with the text's place ("Trưởng ban vận động quỹ “Đền ơn đáp nghĩa” huyện"). The two capitalised
// boards were read before; they stand as the same shape in other wording. Shape of ex-eval6 tan-
// bien-2022.
TEST(PlanPatterns87, AnOfficeRunsThroughAQuotedNameAndItsLevel) {
  const Probe probes[] = {
      {"fund-board-district", "Ngày 2/10/2023, Ủy ban MTTQ Việt Nam huyện Châu Thành tổ chức lễ phát động. Dự có bà Lê Thị Lan - Phó Chủ tịch UBND huyện, Trưởng ban vận động quỹ “Đền ơn đáp nghĩa” huyện; đại diện các xã.", "person:Lê Thị Lan", "Phó Chủ tịch UBND huyện Châu Thành, Trưởng ban vận động quỹ “Đền ơn đáp nghĩa” huyện Châu Thành", {}},
      {"front-campaign-district-capitalised-board", "Ngày 2/10/2023, Ủy ban MTTQ Việt Nam huyện Châu Thành tổ chức lễ phát động. Dự có bà Lê Thị Lan - Phó Chủ tịch UBND huyện, Trưởng Ban chỉ đạo cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa” huyện; đại diện các xã.", "person:Lê Thị Lan", "Phó Chủ tịch UBND huyện Châu Thành, Trưởng Ban chỉ đạo cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa” huyện Châu Thành", {}},
      {"poor-fund-commune", "Ngày 17/10/2022, Ủy ban MTTQ Việt Nam xã Tân Lập tổ chức lễ phát động. Đến dự có ông Hồ Văn Dũng - Chủ tịch UBMTTQVN xã, Trưởng Ban vận động “Ngày vì người nghèo” xã; đại diện các ấp.", "person:Hồ Văn Dũng", "Chủ tịch UBMTTQVN xã Tân Lập, Trưởng Ban vận động “Ngày vì người nghèo” xã Tân Lập", {}},
      {"movement-board-province-named", "Ngày 5/5/2024, Sở Văn hóa tỉnh Quảng Nam tổ chức hội nghị. Ông Trần Văn Hòa, Phó Chủ tịch UBND tỉnh, Trưởng Ban chỉ đạo phong trào “Toàn dân rèn luyện thân thể” tỉnh Quảng Nam phát biểu.", "person:Trần Văn Hòa", "Phó Chủ tịch UBND tỉnh Quảng Nam, Trưởng Ban chỉ đạo phong trào “Toàn dân rèn luyện thân thể” tỉnh Quảng Nam", {}},
      {"sea-fund-province-named", "Ngày 8/6/2024, Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa tổ chức lễ phát động. Ông Lê Văn Sáu, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban vận động quỹ “Vì biển đảo quê hương” tỉnh Khánh Hòa phát biểu.", "person:Lê Văn Sáu", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa, Trưởng ban vận động quỹ “Vì biển đảo quê hương” tỉnh Khánh Hòa", {}},
      {"negative-quote-after-the-verb", "Ngày 3/3/2024, Hội Nông dân huyện Tân Phú tổ chức lễ phát động. Ông Nguyễn Văn Tư, Chủ tịch Hội Nông dân huyện Tân Phú phát động phong trào “Nông dân thi đua sản xuất giỏi”.", "person:Nguyễn Văn Tư", "Chủ tịch Hội Nông dân huyện Tân Phú", {}},
  };
  expect_probes(probes);
}

// A court or procuracy of the high level is named by the city it sits in, after "cấp cao tại". Shape
// of ex-eval6 ben-tre-2024.
TEST(PlanPatterns87, AHighCourtIsNamedByTheCityItSitsIn) {
  const Probe probes[] = {
      {"high-court-hanoi", "Ngày 5/4/2024, Cụm thi đua số 1 Tòa án nhân dân tổ chức hội nghị sơ kết. Ông Nguyễn Văn Thành, Chánh án Tòa án nhân dân cấp cao tại Hà Nội phát biểu chỉ đạo.", "person:Nguyễn Văn Thành", "Chánh án Tòa án nhân dân cấp cao tại Hà Nội", {}},
      {"high-procuracy-da-nang", "Ngày 5/4/2024, Cụm thi đua số 2 Viện kiểm sát nhân dân tổ chức hội nghị sơ kết. Ông Lê Văn Bình, Viện trưởng Viện kiểm sát nhân dân cấp cao tại Đà Nẵng phát biểu.", "person:Lê Văn Bình", "Viện trưởng Viện kiểm sát nhân dân cấp cao tại Đà Nẵng", {}},
      {"high-court-short-city", "Ngày 5/4/2024, Cụm thi đua số 3 Tòa án nhân dân tổ chức hội nghị. Bà Trần Thị Mai, Phó Chánh án TAND cấp cao tại Thành phố Hồ Chí Minh dự hội nghị.", "person:Trần Thị Mai", "Phó Chánh án TAND cấp cao tại Thành phố Hồ Chí Minh", {}},
      {"negative-provincial-court", "Ngày 5/4/2024, Cụm thi đua số 4 Tòa án nhân dân tổ chức hội nghị. Ông Phạm Văn Long, Chánh án Tòa án nhân dân tỉnh Long An phát biểu.", "person:Phạm Văn Long", "Chánh án Tòa án nhân dân tỉnh Long An", {}},
      {"negative-supreme-procuracy", "Ngày 5/4/2024, Cụm thi đua số 5 Viện kiểm sát nhân dân tổ chức hội nghị. Ông Đỗ Văn Hải, Phó Viện trưởng Viện kiểm sát nhân dân tối cao phát biểu.", "person:Đỗ Văn Hải", "Phó Viện trưởng Viện kiểm sát nhân dân tối cao", {}},
  };
  expect_probes(probes);
}

// The head of a body written before the name, launching ("Chủ tịch UBND huyện Nguyễn Văn Bình phát
// động …"), speaks for the body, which organises; one giving awards or attending does not. Shape of
// ex-eval6 dien-bien-2022.
TEST(PlanPatterns87, ABodysHeadLaunchingSpeaksForTheBody) {
  const Probe probes[] = {
      {"district-chair-launches", "Ngày 15/1/2024, Chủ tịch UBND huyện Nguyễn Văn Bình phát động phong trào thi đua năm 2024 trên địa bàn huyện.", "organizers", "", {"UBND huyện"}},
      {"education-director-launches", "Sáng 5/9/2024, Giám đốc Sở Giáo dục và Đào tạo Lê Thị Mai đã phát động phong trào thi đua “Dạy tốt, học tốt” năm học 2024-2025.", "organizers", "", {"Sở Giáo dục và Đào tạo"}},
      {"police-director-launches", "Ngày 3/2/2025, Giám đốc Công an tỉnh Hà Tĩnh Nguyễn Hồng Phong phát động đợt cao điểm tấn công trấn áp tội phạm dịp Tết.", "organizers", "", {"Công an tỉnh Hà Tĩnh"}},
      {"negative-chair-gives-awards", "Sáng 9/2/2022, Chủ tịch UBND huyện Nguyễn Văn An trao bằng khen cho 10 tập thể có thành tích xuất sắc.", "organizers", "", {}},
      {"negative-secretary-attends", "Sáng 9/2/2022, Bí thư Tỉnh ủy Trần Văn Sơn dự và chỉ đạo hội nghị tổng kết công tác thi đua.", "organizers", "", {}},
  };
  expect_probes(probes);
}

// A place named by its level right after the day with no comma ("Ngày 30/7/2020 huyện Tam Nông tổ chức
// …") is the subject holding the event, as after a comma. Shape of ex-eval6 hong-ngu-2020.
TEST(PlanPatterns87, APlaceRightAfterTheDayHoldsTheEvent) {
  const Probe probes[] = {
      {"district-congress", "Ngày 30/7/2020 huyện Tam Nông tổ chức Đại hội thi đua yêu nước lần thứ V.", "organizers", "", {"huyện Tam Nông"}},
      {"commune-model", "Sáng 12/3/2021 xã Tân Hòa ra mắt mô hình tự quản về an ninh trật tự.", "organizers", "", {"xã Tân Hòa"}},
      {"ward-launch", "Ngày 20/8/2024 phường Phú Thủy phát động phong trào thi đua chào mừng Đại hội Đảng bộ phường.", "organizers", "", {"phường Phú Thủy"}},
      {"negative-police-after-the-day", "Ngày 20/8/2024 Công an thành phố Phan Thiết tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc.", "organizers", "", {"Công an thành phố Phan Thiết"}},
      {"negative-capitalised-body", "Ngày 20/8/2024 Hội Phụ nữ xã Tân Hòa tổ chức hội thi.", "organizers", "", {"Hội Phụ nữ xã Tân Hòa"}},
  };
  expect_probes(probes);
}

// A headline copied again as the next line (a page's title and the article's heading both kept) is no
// lead: the lead after it gives the event's day and who holds it. Shape of ex-eval6 hong-ngu-2020.
// commune-model-copied was read before (its copied headline names no day either way).
TEST(PlanPatterns87, AHeadlineCopiedOnTheNextLineIsNoLead) {
  const Probe probes[] = {
      {"district-congress-copied", "Tam Nông tổ chức Đại hội thi đua yêu nước lần thứ V\n\nTam Nông tổ chức Đại hội thi đua yêu nước lần thứ V\n\nNgày 28/7/2020, huyện Tam Nông tổ chức Đại hội thi đua yêu nước lần thứ V.", "/event/date", "2020-07-28", {}},
      {"district-congress-organiser-copied", "Tam Nông tổ chức Đại hội thi đua yêu nước lần thứ V\n\nTam Nông tổ chức Đại hội thi đua yêu nước lần thứ V\n\nNgày 28/7/2020, huyện Tam Nông tổ chức Đại hội thi đua yêu nước lần thứ V.", "organizers", "", {"huyện Tam Nông"}},
      {"commune-model-copied", "Xã Tân Phú ra mắt mô hình tự quản\n\nXã Tân Phú ra mắt mô hình tự quản\n\nSáng 5/6/2024, xã Tân Phú ra mắt mô hình tự quản về an ninh trật tự.", "/event/date", "2024-06-05", {}},
      {"negative-headline-then-lead", "Tam Nông tổ chức Đại hội thi đua yêu nước lần thứ V\n\nNgày 28/7/2020, huyện Tam Nông tổ chức Đại hội thi đua yêu nước lần thứ V.", "/event/date", "2020-07-28", {}},
      {"negative-title-kept", "Tam Nông tổ chức Đại hội thi đua yêu nước lần thứ V\n\nTam Nông tổ chức Đại hội thi đua yêu nước lần thứ V\n\nNgày 28/7/2020, huyện Tam Nông tổ chức Đại hội thi đua yêu nước lần thứ V.", "/title", "Tam Nông tổ chức Đại hội thi đua yêu nước lần thứ V", {}},
  };
  expect_probes(probes);
}

// A first line of one sentence, longer than the 35 words a headline usually keeps to, closing with no
// mark at all, over a line closing with its stop, is the headline (a lead closes with its stop); not a
// lead opening with the day. Shape of ex-eval6 lang-son-2026.
TEST(PlanPatterns87, ALongLineClosingWithNoMarkOverALeadIsAHeadline) {
  const Probe probes[] = {
      {"justice-cluster-long-headline", "Cụm thi đua Sở Tư pháp, Cục Thi hành án dân sự các tỉnh Tây Nguyên tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025, triển khai nhiệm vụ năm 2026 và ký kết giao ước thi đua năm 2026 tại tỉnh Gia Lai\nHưởng ứng phong trào thi đua do Bộ Tư pháp phát động, năm 2025 các Sở Tư pháp trong Cụm đã hoàn thành các chỉ tiêu được giao.", "/title", "Cụm thi đua Sở Tư pháp, Cục Thi hành án dân sự các tỉnh Tây Nguyên tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025, triển khai nhiệm vụ năm 2026 và ký kết giao ước thi đua năm 2026 tại tỉnh Gia Lai", {}},
      {"hospitals-block-long-headline", "Khối thi đua các bệnh viện tuyến tỉnh trực thuộc Sở Y tế tỉnh Nghệ An tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024, phát động phong trào thi đua năm 2025 và ký kết giao ước thi đua giữa các bệnh viện trong Khối thi đua\nNgày 10/1/2025, tại Bệnh viện Hữu nghị Đa khoa Nghệ An, Khối thi đua các bệnh viện tuyến tỉnh tổ chức hội nghị.", "/title", "Khối thi đua các bệnh viện tuyến tỉnh trực thuộc Sở Y tế tỉnh Nghệ An tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024, phát động phong trào thi đua năm 2025 và ký kết giao ước thi đua giữa các bệnh viện trong Khối thi đua", {}},
      {"police-cluster-long-headline", "Công an các tỉnh Cụm thi đua số 4 Bộ Công an tổ chức Hội nghị tổng kết phong trào thi đua vì an ninh Tổ quốc năm 2024, triển khai nhiệm vụ năm 2025 và ký kết giao ước thi đua giữa Công an các tỉnh trong Cụm tại tỉnh Nam Định năm 2025\nSáng 8/1/2025, Công an các tỉnh Cụm thi đua số 4 tổ chức hội nghị tổng kết.", "/title", "Công an các tỉnh Cụm thi đua số 4 Bộ Công an tổ chức Hội nghị tổng kết phong trào thi đua vì an ninh Tổ quốc năm 2024, triển khai nhiệm vụ năm 2025 và ký kết giao ước thi đua giữa Công an các tỉnh trong Cụm tại tỉnh Nam Định năm 2025", {}},
      {"negative-lead-opening-with-the-day", "Ngày 17/3/2024, cụm thi đua số 2 (gồm Hội Khuyến học các quận 4, 6, 8, Bình Thạnh, Gò Vấp, Phú Nhuận, Tân Phú) đã tổ chức hội nghị giao ban lần thứ nhất năm 2024 tại phòng họp Quận ủy quận Bình Thạnh với sự tham dự của lãnh đạo các hội thành viên\nHội nghị đã thống nhất chương trình công tác năm 2024.", "/title", "", {}},
      {"negative-long-line-closing-with-a-stop", "Hưởng ứng phong trào thi đua do Bộ Tư pháp phát động, năm 2025 các Sở Tư pháp, Cục Thi hành án dân sự thuộc Cụm thi đua các tỉnh Tây Nguyên đã ra sức thi đua, quyết tâm phấn đấu hoàn thành toàn diện, vượt mức các chỉ tiêu, nhiệm vụ được giao trong năm.\nNgày 15/1/2026, Cụm thi đua tổ chức hội nghị tổng kết.", "/title", "", {}},
  };
  expect_probes(probes);
}

// A plan opening with the document it carries out ("Thực hiện Quyết định số … của Bộ Y tế ban hành Kế
// hoạch …, Sở Y tế tỉnh A ban hành Kế hoạch … như sau:"): the cited document's verb names no subject
// of the text; the issuer is the subject of the sentence's own verb after it. Shape of ex-eval6 thanh-
// hoa-2025.
TEST(PlanPatterns87, TheIssuerOfAPlanFollowsTheDocumentItCites) {
  const Probe probes[] = {
      {"health-plan-cites-a-ministry-decision", "KẾ HOẠCH\nTriển khai phong trào thi đua “Cán bộ y tế làm theo lời Bác” năm 2025\nThực hiện Quyết định số 123/QĐ-BYT ngày 5/3/2025 của Bộ Y tế ban hành Kế hoạch thi đua năm 2025 của ngành Y tế, Sở Y tế tỉnh Hà Giang ban hành Kế hoạch triển khai phong trào thi đua trên địa bàn tỉnh như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Tuyên truyền sâu rộng trong cán bộ, viên chức.", "organizers", "", {"Sở Y tế tỉnh Hà Giang"}},
      {"police-plan-cites-a-ministry-plan", "KẾ HOẠCH\nThực hiện đợt cao điểm tấn công trấn áp tội phạm dịp Tết Nguyên đán 2026\nThực hiện Kế hoạch số 45/KH-BCA ngày 2/12/2025 của Bộ Công an ban hành Kế hoạch cao điểm tấn công trấn áp tội phạm, Công an tỉnh Hòa Bình ban hành Kế hoạch thực hiện như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Huy động toàn lực lượng.", "organizers", "", {"Công an tỉnh Hòa Bình"}},
      {"education-plan-cites-a-province-decision", "KẾ HOẠCH\nTriển khai phong trào thi đua “Dạy tốt, học tốt” năm học 2025-2026\nThực hiện Quyết định số 56/QĐ-UBND ngày 20/8/2025 của Ủy ban nhân dân tỉnh ban hành Kế hoạch thi đua năm học 2025-2026, Phòng Giáo dục và Đào tạo huyện Yên Thế ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n1. Nâng cao chất lượng dạy học.", "organizers", "", {"Phòng Giáo dục và Đào tạo huyện Yên Thế"}},
      {"cited-document-with-no-verb", "KẾ HOẠCH\nTriển khai phong trào thi đua năm 2025\nThực hiện Quyết định số 12/QĐ-UBND ngày 3/1/2025 của UBND tỉnh, Sở Nội vụ tỉnh Bắc Giang ban hành Kế hoạch triển khai phong trào thi đua như sau:\nI. MỤC ĐÍCH\n1. Tạo khí thế thi đua sôi nổi.", "organizers", "", {"Sở Nội vụ tỉnh Bắc Giang"}},
      {"negative-issuer-opens-the-sentence", "KẾ HOẠCH\nTriển khai phong trào thi đua năm 2025\nỦy ban nhân dân huyện Tân Yên ban hành Kế hoạch triển khai phong trào thi đua năm 2025 như sau:\nI. MỤC ĐÍCH\n1. Tạo khí thế thi đua sôi nổi.", "organizers", "", {"Ủy ban nhân dân huyện Tân Yên"}},
      {"negative-only-the-cited-issuer", "KẾ HOẠCH\nTriển khai phong trào thi đua năm 2025\nThực hiện Quyết định số 12/QĐ-UBND ngày 3/1/2025 của UBND tỉnh Bắc Giang ban hành Kế hoạch thi đua năm 2025.\nI. MỤC ĐÍCH\n1. Tạo khí thế thi đua sôi nổi.", "organizers", "", {}},
  };
  expect_probes(probes);
}

}  // namespace
}  // namespace thidua::text::plan
