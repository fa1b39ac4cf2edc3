// Session 28 (issue 14, s28-members): the group of the former eval10 texts (labelled blind, never tuned on) —
// the group's name, leader and deputy — read as SHAPES of administrative Vietnamese, not as their wordings.
// Every sentence below was written for these tests in sectors other than the text it came from (banks, the
// army, courts and procuracies, departments of a city, schools, farmers' and veterans' associations, youth unions, treasuries, provinces' clusters),
// labelled by the Conventions (tests/fixtures/plans/README.md, "Group") before the run; each positive fails
// with main f8e5b66's binary, each negative guards the rule's limit.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_group;
using test::expect_group_names;
using test::GroupCase;

// "Khối thi đua sản xuất kinh doanh Trung ương đóng trên địa bàn tỉnh tổ chức …", "Khối thi đua các cơ quan
// Trung ương 1 đóng trên địa bàn thành phố Huế gồm: …" (binh-dinh-2023, hue-2025): where the group's bodies
// are stationed is a verb of place after its name ("đóng (chân) trên địa bàn", "đóng tại"), no part of it;
// the block's number before it stays. "đóng tàu" (shipbuilding) is no verb of place.
TEST(PlanPatterns104, AVerbOfWhereTheBodiesAreStationedEndsTheName) {
  expect_group_names({
      {"banks, stationed in the province",
       "Ngày 10/1/2024, Khối thi đua các ngân hàng thương mại Trung ương đóng trên địa bàn tỉnh tổ chức hội nghị "
       "tổng kết công tác thi đua năm 2023.",
       "Khối thi đua các ngân hàng thương mại Trung ương"},
      {"the army, 'đóng chân'",
       "Sáng 5/3/2023, Cụm thi đua các đơn vị quân đội đóng chân trên địa bàn huyện tổ chức ký kết giao ước thi "
       "đua năm 2023.",
       "Cụm thi đua các đơn vị quân đội"},
      {"a numbered block, 'đóng tại'",
       "Ngày 20/12/2022, Khối thi đua các cơ quan Trung ương 2 đóng tại thành phố Đà Lạt tổ chức hội nghị tổng "
       "kết năm 2022.",
       "Khối thi đua các cơ quan Trung ương 2"},
      {"a numbered block, its list after the place",
       "Khối thi đua các cơ quan Trung ương 3 đóng trên địa bàn tỉnh Nghệ An gồm: Cục Thuế tỉnh, Kho bạc Nhà "
       "nước tỉnh, Bảo hiểm xã hội tỉnh. Ngày 2/3/2024, Khối tổ chức ký kết giao ước thi đua năm 2024.",
       "Khối thi đua các cơ quan Trung ương 3"},
      {"guard: shipbuilding is what the bodies do",
       "Ngày 8/1/2024, Khối thi đua các doanh nghiệp đóng tàu tổ chức hội nghị tổng kết năm 2023.",
       "Khối thi đua các doanh nghiệp đóng tàu"},
  });
}

// "Khối thi đua các cơ quan tổng hợp quyết định không tổ chức hội nghị …" (khanh-hoa-2020): the clause's verb
// of deciding ends the group's description as any verb does; "theo Quyết định số …" still closes it.
TEST(PlanPatterns104, AVerbOfDecidingEndsTheName) {
  expect_group_names({
      {"schools",
       "Ngày 2/4/2021, Cụm thi đua các trường trung học phổ thông quyết định lùi hội nghị ký kết giao ước thi đua "
       "năm 2021.",
       "Cụm thi đua các trường trung học phổ thông"},
      {"culture and society",
       "Sáng 15/3/2022, Khối thi đua Văn hóa - Xã hội quyết định tổ chức ký kết giao ước thi đua theo hình thức "
       "trực tuyến.",
       "Khối thi đua Văn hóa - Xã hội"},
      {"farmers' associations",
       "Ngày 9/3/2023, Cụm thi đua Hội Nông dân các huyện phía Bắc quyết định chọn huyện Yên Thế đăng cai hội "
       "nghị ký kết giao ước thi đua năm 2023.",
       "Cụm thi đua Hội Nông dân các huyện phía Bắc"},
      {"guard: a founding decision",
       "Ngày 3/3/2024, Khối thi đua các doanh nghiệp thành lập theo Quyết định số 12/QĐ-UBND tổ chức ký kết giao "
       "ước thi đua năm 2024.",
       "Khối thi đua các doanh nghiệp"},
  });
}

// "Khối thi đua Các doanh nghiệp trong khu công nghiệp tổ chức …" (bac-kan-2022): the zone of the economy the
// bodies work in (in or outside the industrial parks, the economic zone, the export zone) describes them, as
// "trong nước" does; it is no place of the event.
TEST(PlanPatterns104, TheZoneTheBodiesWorkInIsTheirDescription) {
  expect_group_names({
      {"in the industrial parks, plural",
       "Ngày 25/12/2023, Khối thi đua các doanh nghiệp trong các khu công nghiệp tổ chức hội nghị tổng kết năm 2023.",
       "Khối thi đua các doanh nghiệp trong các khu công nghiệp"},
      {"outside the industrial parks (read so before too)",
       "Ngày 25/12/2023, Cụm thi đua các doanh nghiệp ngoài khu công nghiệp tổ chức hội nghị tổng kết năm 2023.",
       "Cụm thi đua các doanh nghiệp ngoài khu công nghiệp"},
      {"companies of the economic zone",
       "Chiều 12/1/2024, Cụm thi đua các công ty trong khu kinh tế tổ chức hội nghị tổng kết công tác thi đua năm "
       "2023.",
       "Cụm thi đua các công ty trong khu kinh tế"},
      {"capitalised kind, the export zone",
       "Ngày 6/3/2024, Khối thi đua Các nhà máy trong khu chế xuất ký kết giao ước thi đua năm 2024.",
       "Khối thi đua Các nhà máy trong khu chế xuất"},
      {"guard: the event's place after the verb",
       "Ngày 6/3/2024, Khối thi đua các doanh nghiệp tổ chức hội nghị ký kết giao ước thi đua tại khu công "
       "nghiệp Đình Trám.",
       "Khối thi đua các doanh nghiệp"},
  });
}

// "Khối thi đua nội chính tỉnh tổ chức …" (tay-ninh-2025), "Khối thi đua các sở, ngành kinh tế tỉnh" and "…
// kinh tế tỉnh Gia Lai" (gia-lai-2018): a closing bare level is how the block is called and stays (the
// Conventions, session 27); written bare once and with the place once, the group is not completed with the
// place. A group of places listed by their levels still drops the province they lie in (s16-plan-a).
TEST(PlanPatterns104, AClosingBareLevelStaysAndIsNotCompletedWithThePlace) {
  expect_group_names({
      {"general economy, province",
       "Chiều 4/3/2024, Khối thi đua kinh tế tổng hợp tỉnh tổ chức hội nghị ký kết giao ước thi đua năm 2024.",
       "Khối thi đua kinh tế tổng hợp tỉnh"},
      {"culture and society, district",
       "Sáng 7/3/2023, Khối thi đua Văn hóa - Xã hội huyện tổ chức ký kết giao ước thi đua năm 2023.",
       "Khối thi đua Văn hóa - Xã hội huyện"},
      {"written bare and with the province",
       "Khối thi đua các cơ quan tham mưu tổng hợp tỉnh ký kết giao ước thi đua năm 2024. Sáng 6/3/2024, Khối "
       "thi đua các cơ quan tham mưu tổng hợp tỉnh Quảng Trị tổ chức hội nghị ký kết giao ước thi đua.",
       "Khối thi đua các cơ quan tham mưu tổng hợp tỉnh"},
      {"guard: places listed by their levels drop their province",
       "Ngày 2/3/2024, Cụm thi đua các huyện, thị xã tỉnh Thanh Hóa tổ chức ký kết giao ước thi đua năm 2024.",
       "Cụm thi đua các huyện, thị xã"},
  });
}

// "Năm 2022, Sở Tư pháp đảm nhận cương vị Khối trưởng Khối thi đua …" (lam-dong-2022): a noun of the office
// ("cương vị", "vị trí", "chức danh", "nhiệm vụ") between the verb of taking it ("đảm nhận", "đảm nhiệm",
// "giữ") and the group's role; the unit before the verb holds the role. A person taking an office holds no
// group role.
TEST(PlanPatterns104, ANounOfTheOfficeBetweenTheVerbAndTheRole) {
  const GroupCase cases[] = {
      {"farmers' associations, 'cương vị' and 'vị trí'",
       "Cụm thi đua số 3 Hội Nông dân tỉnh gồm: Hội Nông dân huyện Tân Phú, Hội Nông dân huyện Định Quán, Hội "
       "Nông dân huyện Vĩnh Cửu. Năm 2023, Hội Nông dân huyện Tân Phú đảm nhận cương vị Cụm trưởng và Hội Nông "
       "dân huyện Định Quán đảm nhiệm vị trí Cụm phó.",
       {"Hội Nông dân huyện Tân Phú", "Hội Nông dân huyện Định Quán", "Hội Nông dân huyện Vĩnh Cửu"},
       "Hội Nông dân huyện Tân Phú",
       "Hội Nông dân huyện Định Quán"},
      {"treasuries, 'nhiệm vụ'",
       "Khối thi đua số 2 gồm: Kho bạc Nhà nước huyện Kỳ Sơn, Kho bạc Nhà nước huyện Lạc Thủy, Kho bạc Nhà nước "
       "huyện Tân Lạc. Năm 2024, Kho bạc Nhà nước huyện Lạc Thủy đảm nhận nhiệm vụ Khối trưởng.",
       {"Kho bạc Nhà nước huyện Kỳ Sơn", "Kho bạc Nhà nước huyện Lạc Thủy", "Kho bạc Nhà nước huyện Tân Lạc"},
       "Kho bạc Nhà nước huyện Lạc Thủy",
       ""},
      {"schools, 'giữ chức danh'",
       "Cụm thi đua số 5 gồm: Trường THPT Lê Lợi, Trường THPT Nguyễn Du, Trường THPT Trần Phú. Năm học "
       "2023-2024, Trường THPT Nguyễn Du giữ chức danh Cụm trưởng.",
       {"Trường THPT Lê Lợi", "Trường THPT Nguyễn Du", "Trường THPT Trần Phú"},
       "Trường THPT Nguyễn Du",
       ""},
      {"guard: a person takes an office, no group role",
       "Cụm thi đua số 5 gồm: Trường THPT Lê Lợi, Trường THPT Nguyễn Du, Trường THPT Trần Phú. Năm 2024, ông "
       "Nguyễn Văn An đảm nhận cương vị Hiệu trưởng Trường THPT Lê Lợi.",
       {"Trường THPT Lê Lợi", "Trường THPT Nguyễn Du", "Trường THPT Trần Phú"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

// "… do Đồng Nai làm Cụm trưởng. Cụm thi đua các tỉnh miền Đông Nam bộ gồm các địa phương: Đồng Nai, …"
// (dong-nai-2019): in a group of places, a place named bare (no level, no body) before "làm" / "là" and a
// role, opening its clause or after "do", is the listed member of that place. Not a place inside a body's
// name, nor one no member is, nor a role elected for the next year.
TEST(PlanPatterns104, ABarePlaceHoldingARoleIsTheListedPlace) {
  const GroupCase cases[] = {
      {"highland provinces, 'do … làm'",
       "Cụm thi đua các tỉnh Tây Nguyên gồm các tỉnh: Gia Lai, Kon Tum, Đắk Lắk, Đắk Nông và Lâm Đồng. "
       "Ngày 10/3/2024, hội nghị ký kết giao ước thi đua do Gia Lai làm Cụm trưởng được tổ chức tại thành phố "
       "Pleiku.",
       {"tỉnh Gia Lai", "tỉnh Kon Tum", "tỉnh Đắk Lắk", "tỉnh Đắk Nông", "tỉnh Lâm Đồng"},
       "tỉnh Gia Lai",
       ""},
      {"the deputy, opening the clause with 'là'",
       "Cụm thi đua các tỉnh Tây Nguyên gồm các tỉnh: Gia Lai, Kon Tum, Đắk Lắk, Đắk Nông và Lâm Đồng. "
       "Ngày 10/3/2024, Cụm tổ chức ký kết giao ước thi đua; Kon Tum là Cụm phó.",
       {"tỉnh Gia Lai", "tỉnh Kon Tum", "tỉnh Đắk Lắk", "tỉnh Đắk Nông", "tỉnh Lâm Đồng"},
       "",
       "tỉnh Kon Tum"},
      {"districts of a youth union",
       "Cụm thi đua số 2 Huyện đoàn gồm các huyện: Tam Nông, Thanh Bình và Cao Lãnh. Ngày 5/3/2023, hội nghị "
       "do Thanh Bình làm cụm trưởng tổ chức ký kết giao ước thi đua.",
       {"huyện Tam Nông", "huyện Thanh Bình", "huyện Cao Lãnh"},
       "huyện Thanh Bình",
       ""},
      {"guard: a place no member is",
       "Cụm thi đua các tỉnh Tây Nguyên gồm các tỉnh: Gia Lai, Kon Tum, Đắk Lắk, Đắk Nông và Lâm Đồng. "
       "Ngày 10/3/2024, hội nghị do Bình Định làm Cụm trưởng được tổ chức.",
       {"tỉnh Gia Lai", "tỉnh Kon Tum", "tỉnh Đắk Lắk", "tỉnh Đắk Nông", "tỉnh Lâm Đồng"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

// "gồm: Bộ Chỉ huy Quân sự, Công an, Trại giam Bình Điền, Tòa án nhân dân, Viện Kiểm sát nhân dân và Cơ quan Thi
// hành án dân sự thành phố" (hue-2025): the bodies every place has, listed by their heads alone, the level written
// once after the last, are each that level's body; a body with its own name keeps it; a level written on other
// items too is no level written once. The bare level is then completed with the one place of that level the
// text names — "thành phố" as "tỉnh" (s27-members) — and stays bare when the text names two.
TEST(PlanPatterns104, ALevelWrittenOnceAfterTheLastBareHeadIsEachHeads) {
  const GroupCase cases[] = {
      {"a district's inner affairs, no district named",
       "Khối thi đua nội chính gồm: Công an, Tòa án nhân dân, Viện Kiểm sát nhân dân và Thanh tra huyện. Ngày "
       "3/3/2024, Khối tổ chức ký kết giao ước thi đua năm 2024.",
       {"Công an huyện", "Tòa án nhân dân huyện", "Viện Kiểm sát nhân dân huyện", "Thanh tra huyện"},
       "",
       ""},
      {"justice bodies of a province named elsewhere",
       "Cụm thi đua các cơ quan tư pháp gồm: Công an, Viện Kiểm sát nhân dân, Tòa án nhân dân và Cục Thi hành án "
       "dân sự tỉnh. Sáng 3/3/2024, tại tỉnh Quảng Ngãi, Cụm tổ chức ký kết giao ước thi đua.",
       {"Công an tỉnh Quảng Ngãi", "Viện Kiểm sát nhân dân tỉnh Quảng Ngãi", "Tòa án nhân dân tỉnh Quảng Ngãi",
        "Cục Thi hành án dân sự tỉnh Quảng Ngãi"},
       "",
       ""},
      {"armed forces of a city",
       "Khối thi đua các lực lượng vũ trang gồm: Bộ Chỉ huy Quân sự, Công an và Bộ Chỉ huy Bộ đội Biên phòng thành "
       "phố. Ngày 5/3/2024, tại thành phố Hải Phòng, Khối tổ chức ký kết giao ước thi đua.",
       {"Bộ Chỉ huy Quân sự thành phố Hải Phòng", "Công an thành phố Hải Phòng",
        "Bộ Chỉ huy Bộ đội Biên phòng thành phố Hải Phòng"},
       "",
       ""},
      {"guard: the level written on another item too",
       "Khối thi đua nội chính gồm: Công an tỉnh, Sở Tư pháp, Tòa án nhân dân, Viện Kiểm sát nhân dân và Cục Thuế "
       "tỉnh. Ngày 3/3/2024, Khối tổ chức ký kết giao ước thi đua năm 2024.",
       {"Công an tỉnh", "Sở Tư pháp", "Tòa án nhân dân", "Viện Kiểm sát nhân dân", "Cục Thuế tỉnh"},
       "",
       ""},
      {"departments of the one city named",
       "Khối thi đua văn hóa - xã hội gồm: Sở Y tế thành phố, Sở Giáo dục và Đào tạo thành phố, Sở Văn hóa và Thể "
       "thao thành phố. Ngày 5/3/2024, tại thành phố Huế, Khối tổ chức ký kết giao ước thi đua năm 2024.",
       {"Sở Y tế thành phố Huế", "Sở Giáo dục và Đào tạo thành phố Huế", "Sở Văn hóa và Thể thao thành phố Huế"},
       "",
       ""},
      {"guard: two cities named, the level stays bare",
       "Khối thi đua văn hóa - xã hội gồm: Sở Y tế thành phố, Sở Giáo dục và Đào tạo thành phố, Sở Văn hóa và Thể "
       "thao thành phố. Ngày 5/3/2024, tại thành phố Huế, Khối tổ chức ký kết giao ước thi đua với các sở của "
       "thành phố Đà Nẵng.",
       {"Sở Y tế thành phố", "Sở Giáo dục và Đào tạo thành phố", "Sở Văn hóa và Thể thao thành phố"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

}  // namespace
}  // namespace thidua::text::plan
