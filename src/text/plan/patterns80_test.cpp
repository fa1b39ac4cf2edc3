// The eightieth round (issue 14, session 24, s24-lists): member lists as real pages write them and no
// earlier test covered (tables cut to lines, a counted level with its qualifier before the colon, the
// kind written again inside a list, …), as patterns of the language. The sentences are written for
// the tests and labelled by the Conventions (tests/fixtures/plans/README.md, Group) before the first
// run; each family has guards that must keep what they gave.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_group;
using test::GroupCase;

// A table cut to lines, its columns split by tabs or spaces: a row closing with the role column
// that marks a plain member ("Thành viên") names the unit before it, as a row closing with
// "Cụm trưởng" does.
TEST(PlanPatterns80, ATableRowClosingWithThePlainMembersMarkNamesTheUnitBeforeIt) {
  const GroupCase cases[] = {
      {"commune police, tab-separated columns",
       "Ngày 14/1/2025, Cụm thi đua số 3 Công an huyện Thanh Trì ký kết giao ước thi đua năm 2025. Các đơn vị trong "
       "Cụm:\nTT\tĐơn vị\tVai trò\n1\tCông an xã Tả Thanh Oai\tCụm trưởng\n2\tCông an xã Hữu Hòa\tThành viên\n3\tCông an "
       "xã Tam Hiệp\tThành viên",
       {"Công an xã Tả Thanh Oai", "Công an xã Hữu Hòa", "Công an xã Tam Hiệp"},
       "Công an xã Tả Thanh Oai",
       ""},
      {"tax offices, the mark 'Đơn vị thành viên'",
       "Ngày 3/3/2024, Cụm thi đua số 2 ngành Thuế ký kết giao ước thi đua năm 2024. Cụm thi đua số 2 gồm:\nSTT Đơn vị Ghi "
       "chú\n1 Cục Thuế tỉnh Yên Bái Cụm phó\n2 Cục Thuế tỉnh Lào Cai Đơn vị thành viên\n3 Cục Thuế tỉnh Hà Giang Đơn "
       "vị thành viên",
       {"Cục Thuế tỉnh Yên Bái", "Cục Thuế tỉnh Lào Cai", "Cục Thuế tỉnh Hà Giang"},
       "",
       "Cục Thuế tỉnh Yên Bái"},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

// "gồm Sở Giáo dục và Đào tạo 5 thành phố trực thuộc trung ương: Hà Nội, …", "… 3 tỉnh Tây Bắc: A, B":
// a body written once before a counted level and that level's qualifier (words up to the colon)
// is each listed place's body, with the level ("Sở Giáo dục và Đào tạo thành phố Hà Nội"); the
// qualifier is no place. Guard: the counted level with no qualifier keeps what it gave.
TEST(PlanPatterns80, ABodyBeforeACountedLevelAndItsQualifierIsEachListedPlacesBody) {
  const GroupCase cases[] = {
      {"departments of education, 'trực thuộc trung ương' before the colon",
       "Ngày 10/10/2024, Cụm thi đua số 1 ký kết giao ước thi đua năm học 2024 - 2025. Cụm thi đua số 1 gồm Sở Giáo dục "
       "và Đào tạo 3 thành phố trực thuộc trung ương: Hải Phòng, Đà Nẵng, Cần Thơ.",
       {"Sở Giáo dục và Đào tạo thành phố Hải Phòng", "Sở Giáo dục và Đào tạo thành phố Đà Nẵng",
        "Sở Giáo dục và Đào tạo thành phố Cần Thơ"},
       "",
       ""},
      {"veterans, a region's name before the colon",
       "Ngày 12/4/2024, Cụm thi đua số 6 ký kết giao ước thi đua năm 2024. Cụm thi đua số 6 gồm Hội Cựu chiến binh 3 "
       "tỉnh Tây Bắc: Sơn La, Điện Biên, Lai Châu.",
       {"Hội Cựu chiến binh tỉnh Sơn La", "Hội Cựu chiến binh tỉnh Điện Biên", "Hội Cựu chiến binh tỉnh Lai Châu"},
       "",
       ""},
      {"guard: no qualifier",
       "Ngày 12/4/2024, Cụm thi đua số 6 ký kết giao ước thi đua năm 2024. Cụm thi đua số 6 gồm Hội Cựu chiến binh 3 "
       "tỉnh: Sơn La, Điện Biên, Lai Châu.",
       {"Hội Cựu chiến binh tỉnh Sơn La", "Hội Cựu chiến binh tỉnh Điện Biên", "Hội Cựu chiến binh tỉnh Lai Châu"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

// "Cụm gồm A, B và các đơn vị C, D": "và" before "các" and a kind in lower case ("các đơn vị", "các
// ngân hàng") that a body's head follows joins the rest of the list; the kind is no part of the
// next member. Guard: "và các đơn vị" closing the list with no body after it adds nothing.
TEST(PlanPatterns80, TheKindWrittenAgainInsideAListJoinsItsRest) {
  const GroupCase cases[] = {
      {"customs, 'và các đơn vị'",
       "Ngày 20/2/2024, Khối thi đua số 1 ngành Hải quan ký kết giao ước thi đua năm 2024. Khối gồm Cục Hải quan tỉnh "
       "Lạng Sơn, Cục Hải quan tỉnh Cao Bằng và các đơn vị Cục Hải quan tỉnh Quảng Ninh, Cục Hải quan tỉnh Lào Cai.",
       {"Cục Hải quan tỉnh Lạng Sơn", "Cục Hải quan tỉnh Cao Bằng", "Cục Hải quan tỉnh Quảng Ninh",
        "Cục Hải quan tỉnh Lào Cai"},
       "",
       ""},
      {"hospitals, 'và các bệnh viện tuyến huyện'",
       "Ngày 8/3/2024, Cụm thi đua số 4 ngành Y tế ký kết giao ước thi đua năm 2024. Cụm gồm Bệnh viện Đa khoa tỉnh "
       "Hòa Bình, Trung tâm Y tế huyện Lạc Thủy và các bệnh viện tuyến huyện Bệnh viện Đa khoa huyện Mai Châu, Bệnh viện "
       "Đa khoa huyện Đà Bắc.",
       {"Bệnh viện Đa khoa tỉnh Hòa Bình", "Trung tâm Y tế huyện Lạc Thủy", "Bệnh viện Đa khoa huyện Mai Châu",
        "Bệnh viện Đa khoa huyện Đà Bắc"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

// "Khối gồm có các Sở: Kế hoạch và Đầu tư, Tài chính, …": "gồm có" opens a list as "gồm" does, the
// kind before the colon heading each item ("Sở Tài chính"). Guard: "gồm các Sở:" keeps what it gave.
TEST(PlanPatterns80, GomCoOpensAListAsGomDoes) {
  const GroupCase cases[] = {
      {"departments, 'gồm có các Sở:'",
       "Ngày 19/2/2025, Khối thi đua số 4 ký kết giao ước thi đua năm 2025. Khối gồm có các Sở: Nội vụ, Tư pháp, Ngoại "
       "vụ và Y tế.",
       {"Sở Nội vụ", "Sở Tư pháp", "Sở Ngoại vụ", "Sở Y tế"},
       "",
       ""},
      {"guard: 'gồm các Sở:'",
       "Ngày 19/2/2025, Khối thi đua số 4 ký kết giao ước thi đua năm 2025. Khối gồm các Sở: Nội vụ, Tư pháp, Ngoại vụ "
       "và Y tế.",
       {"Sở Nội vụ", "Sở Tư pháp", "Sở Ngoại vụ", "Sở Y tế"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

// "Công an TP Thủ Đức", "Công an TX. Phú Mỹ", "Hội Cựu chiến binh TP": a level written short inside a
// member's name, before its place or closing it, is written out ("Công an thành phố Thủ Đức"), as the
// Conventions write "TP" in a unit's name. Guard: "TPHCM" and a number after "Quận" are kept.
TEST(PlanPatterns80, ALevelWrittenShortInsideAMemberIsWrittenOut) {
  const GroupCase cases[] = {
      {"police lines, 'TP' and 'TX.' before the place",
       "Ngày 9/1/2025, Cụm thi đua số 4 Công an tỉnh Bà Rịa – Vũng Tàu ký kết giao ước thi đua năm 2025. Cụm gồm:\n- "
       "Công an TP Bà Rịa;\n- Công an TX. Phú Mỹ;\n- Công an huyện Long Đất.",
       {"Công an thành phố Bà Rịa", "Công an thị xã Phú Mỹ", "Công an huyện Long Đất"},
       "",
       ""},
      {"city bodies, 'TP' closing the name",
       "Chiều 11/4/2024, Cụm thi đua số 2 ký kết giao ước thi đua năm 2024. Cụm gồm: Hội Cựu chiến binh TP, Hội Nông dân "
       "TP, Sở Y tế và Công an Quận 5.",
       {"Hội Cựu chiến binh thành phố", "Hội Nông dân thành phố", "Sở Y tế", "Công an Quận 5"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

// "A làm Cụm trưởng, B làm Cụm phó; các thành viên còn lại là C, D và E": the rest listed after "còn
// lại là" are members beside the units holding the roles, who are members too.
TEST(PlanPatterns80, TheRestListedAfterTheRolesJoinTheRolesUnits) {
  const GroupCase cases[] = {
      {"provincial police",
       "Ngày 6/3/2025, Cụm thi đua số 3 ký kết giao ước thi đua năm 2025. Công an tỉnh Sơn La làm Cụm trưởng, Công an "
       "tỉnh Lai Châu làm Cụm phó; các thành viên còn lại là Công an tỉnh Điện Biên, Công an tỉnh Hòa Bình và Công an "
       "tỉnh Yên Bái.",
       {"Công an tỉnh Sơn La", "Công an tỉnh Lai Châu", "Công an tỉnh Điện Biên", "Công an tỉnh Hòa Bình",
        "Công an tỉnh Yên Bái"},
       "Công an tỉnh Sơn La",
       "Công an tỉnh Lai Châu"},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

// "Khối gồm: 1/ Trường A; 2/ Trường B; 3/ Trường C": an item's number and its slash are no part of
// it. Guard: a date in the sentence stays a date, the list as it was.
TEST(PlanPatterns80, AnItemsNumberAndSlashAreNoPartOfIt) {
  const GroupCase cases[] = {
      {"colleges",
       "Ngày 14/3/2024, Khối thi đua các trường cao đẳng ký kết giao ước thi đua năm 2024. Khối gồm: 1/ Trường Cao "
       "đẳng Y tế Thái Bình; 2/ Trường Cao đẳng Sư phạm Thái Bình; 3/ Trường Cao đẳng Nghề Thái Bình.",
       {"Trường Cao đẳng Y tế Thái Bình", "Trường Cao đẳng Sư phạm Thái Bình", "Trường Cao đẳng Nghề Thái Bình"},
       "",
       ""},
      {"guard: no numbers",
       "Ngày 14/3/2024, Khối thi đua các trường cao đẳng ký kết giao ước thi đua năm 2024. Khối gồm: Trường Cao đẳng Y "
       "tế Thái Bình; Trường Cao đẳng Sư phạm Thái Bình; Trường Cao đẳng Nghề Thái Bình.",
       {"Trường Cao đẳng Y tế Thái Bình", "Trường Cao đẳng Sư phạm Thái Bình", "Trường Cao đẳng Nghề Thái Bình"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

// Two people each "cụm trưởng" of the group, one "… năm 2023", the other "… năm 2024": the role held
// in the latest year named is the year the text is about, its holder's unit the leader; the group
// named "cụm thi đua khối phường" in the role is the text's "Cụm thi đua các phường". Guard: one
// holder with no year keeps the role.
TEST(PlanPatterns80, OfARoleHeldInTwoYearsTheLatestHoldersUnitLeads) {
  const GroupCase cases[] = {
      {"wards' cluster, the earlier holder first",
       "Ngày 5/3/2025, Cụm thi đua các xã tổ chức ký kết giao ước thi đua năm 2025.\nĐồng chí Lê Văn Tâm – Chủ tịch UBND "
       "xã An Hòa, cụm trưởng cụm thi đua khối xã năm 2024 báo cáo kết quả thi đua năm 2024.\nĐồng chí Phạm Thị Lan – "
       "Chủ tịch UBND xã An Bình, cụm trưởng cụm thi đua khối xã năm 2025 thông qua nội dung giao ước thi đua năm 2025.",
       {},
       "UBND xã An Bình",
       ""},
      {"guard: one holder, no year",
       "Ngày 5/3/2025, Cụm thi đua các xã tổ chức ký kết giao ước thi đua năm 2025.\nĐồng chí Phạm Thị Lan – Chủ tịch "
       "UBND xã An Bình, cụm trưởng cụm thi đua các xã thông qua nội dung giao ước thi đua năm 2025.",
       {},
       "UBND xã An Bình",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

// "Cụm gồm A, B và C. Cùng tham gia Cụm còn có D và E.": a sentence opening with "Cùng
// tham gia" and the group named back by its head goes on with the list before it. Guard: "Cùng tham
// gia hội nghị có …" (guests) adds nothing.
TEST(PlanPatterns80, CungThamGiaGoesOnWithTheListBefore) {
  const GroupCase cases[] = {
      {"ward police, 'Cụm còn có'",
       "Ngày 2/3/2024, Cụm thi đua số 5 ký kết giao ước thi đua năm 2024. Cụm thi đua số 5 gồm Công an phường Láng "
       "Thượng, Công an phường Láng Hạ và Công an phường Ô Chợ Dừa. Cùng tham gia Cụm còn có Công an phường Văn Chương "
       "và Công an phường Hàng Bột.",
       {"Công an phường Láng Thượng", "Công an phường Láng Hạ", "Công an phường Ô Chợ Dừa", "Công an phường Văn Chương",
        "Công an phường Hàng Bột"},
       "",
       ""},
      {"schools, 'Cụm thi đua còn có'",
       "Ngày 2/10/2024, Cụm thi đua số 2 ký kết giao ước thi đua năm học 2024 - 2025. Cụm thi đua số 2 gồm Trường Trung "
       "học cơ sở Chu Văn An, Trường Trung học cơ sở Ngô Quyền và Trường Trung học cơ sở Lý Tự Trọng. Cùng tham gia Cụm "
       "thi đua còn có Trường Trung học cơ sở Nguyễn Du.",
       {"Trường Trung học cơ sở Chu Văn An", "Trường Trung học cơ sở Ngô Quyền", "Trường Trung học cơ sở Lý Tự Trọng",
        "Trường Trung học cơ sở Nguyễn Du"},
       "",
       ""},
      {"guard: guests",
       "Ngày 2/3/2024, Cụm thi đua số 5 ký kết giao ước thi đua năm 2024. Cụm thi đua số 5 gồm Công an phường Láng "
       "Thượng, Công an phường Láng Hạ và Công an phường Ô Chợ Dừa. Cùng tham gia hội nghị có đại diện Phòng Tham mưu "
       "Công an thành phố Hà Nội.",
       {"Công an phường Láng Thượng", "Công an phường Láng Hạ", "Công an phường Ô Chợ Dừa"},
       "",
       ""},
  };
  for (const GroupCase& c : cases) expect_group(c);
}

}  // namespace
}  // namespace thidua::text::plan
