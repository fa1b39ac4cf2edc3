// The fifty-eighth round (issue 14, session 22, s22-orgs): organizers and counts as patterns of the
// language, from probe sentences written across sectors (provinces' committees, departments, schools,
// hospitals, party and mass organisations, unions, companies), not from any fixture — a group's members
// listed after its year, after "bao gồm" or after a count of them do not organise its event; the body
// after "của" in a formal plan's subject or in a subjectless event's phrase holds it; a relative clause
// whose agent is an office closes before the subject; the unit of the office of a person who attends
// or presides holds nothing; bodies of the State named by level and place ("Kho bạc Nhà nước tỉnh A");
// the contents a launch announces are counted.
// Sentences written for the test, none copied from a text.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_counts;
using test::expect_organizers;

TEST(PlanPatterns58, AGroupsMembersListedBeforeItsEventDoNotOrganiseIt) {
  const test::OrganizerCase cases[] = {
      {"the group's year between its name and \"gồm:\"",
       "Khối thi đua các cơ quan Đảng tỉnh Nghệ An năm 2024 gồm: Ban Tổ chức Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy, "
       "Hội Nông dân tỉnh. Ngày 5/1/2024, Khối tổ chức hội nghị ký kết giao ước thi đua.",
       {"Khối thi đua các cơ quan Đảng tỉnh Nghệ An"}},
      {"\", bao gồm:\" opening the list; the group's name ends before it",
       "Cụm thi đua các Sở, ngành tỉnh Quảng Bình, bao gồm: Sở Tài chính, Sở Công Thương, Cục Thuế tỉnh. "
       "Ngày 5/1/2024, Cụm tổ chức hội nghị ký kết giao ước thi đua.",
       {"Cụm thi đua các Sở, ngành tỉnh Quảng Bình"}},
      {"\"có 3 thành viên là:\": a count of the members, then their names",
       "Cụm thi đua số 1 có 3 thành viên là: Sở Tài chính, Sở Công Thương, Cục Thuế tỉnh. Ngày 5/1/2024, Cụm "
       "tổ chức hội nghị ký kết giao ước thi đua.",
       {"Cụm thi đua số 1"}},
      {"\"gồm:\" right after the name, as before",
       "Khối thi đua các cơ quan Đảng tỉnh Nghệ An gồm: Ban Tổ chức Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy, Hội Nông "
       "dân tỉnh. Ngày 5/1/2024, Khối tổ chức hội nghị ký kết giao ước thi đua.",
       {"Khối thi đua các cơ quan Đảng tỉnh Nghệ An"}},
  };
  expect_organizers(cases);
}

TEST(PlanPatterns58, AFormalPlansSubjectNamesItsIssuerAfterCua) {
  const test::OrganizerCase cases[] = {
      {"a police plan: \"… năm 2025 của Công an huyện A\"",
       "KẾ HOẠCH\nTổ chức phong trào thi đua “Vì an ninh Tổ quốc” năm 2025 của Công an huyện Can Lộc\n"
       "I. MỤC ĐÍCH, YÊU CẦU\n1. Động viên cán bộ, chiến sĩ thi đua hoàn thành xuất sắc nhiệm vụ.\n"
       "II. NỘI DUNG THI ĐUA\n1. Thi đua bảo đảm an ninh, trật tự trên địa bàn.\n",
       {"Công an huyện Can Lộc"}},
      {"a school's plan",
       "KẾ HOẠCH\nPhát động phong trào thi đua năm học 2024 - 2025 của Trường THPT Phan Bội Châu\n"
       "I. MỤC ĐÍCH, YÊU CẦU\n1. Động viên cán bộ, giáo viên, học sinh thi đua dạy tốt, học tốt.\n"
       "II. NỘI DUNG THI ĐUA\n1. Thi đua đổi mới phương pháp dạy học.\n",
       {"Trường THPT Phan Bội Châu"}},
      {"a department's plan closing with it after an occasion greeted",
       "KẾ HOẠCH\nTổ chức phong trào thi đua chào mừng Đại hội Đảng bộ các cấp của Sở Tài nguyên và Môi trường "
       "tỉnh Cao Bằng\nI. MỤC ĐÍCH, YÊU CẦU\n1. Động viên công chức, viên chức thi đua hoàn thành nhiệm vụ.\n"
       "II. NỘI DUNG THI ĐUA\n1. Thi đua hoàn thành các chỉ tiêu kế hoạch năm 2025.\n",
       {"Sở Tài nguyên và Môi trường tỉnh Cao Bằng"}},
      {"the issuer of a directive the plan carries out is no organizer",
       "KẾ HOẠCH\nPhát động phong trào thi đua thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị năm 2025\n"
       "I. MỤC ĐÍCH, YÊU CẦU\n1. Động viên cán bộ, đảng viên thi đua học tập và làm theo Bác.\n"
       "II. NỘI DUNG THI ĐUA\n1. Thi đua học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.\n",
       {}},
  };
  expect_organizers(cases);
}

TEST(PlanPatterns58, ASubjectlessEventsPhraseNamesWhoseItIsAfterCua) {
  const test::OrganizerCase cases[] = {
      {"\"Hội nghị … của Công ty A đã diễn ra\"",
       "Sáng 20/12/2024, Hội nghị tổng kết phong trào thi đua năm 2024 của Công ty Điện lực Quảng Nam đã diễn "
       "ra. Đồng chí Lê Văn Cường, Giám đốc Công ty chủ trì hội nghị.",
       {"Công ty Điện lực Quảng Nam"}},
      {"\"Tại Hội nghị … của Tỉnh đoàn A ngày …,\" another body awarded",
       "Tại Hội nghị tổng kết công tác năm 2024 của Tỉnh đoàn Bắc Giang ngày 28/12/2024, Huyện đoàn Lục Nam được "
       "tặng Cờ thi đua của Ban Chấp hành Trung ương Đoàn.",
       {"Tỉnh đoàn Bắc Giang"}},
      {"the movement's owner written with the meeting, guests after",
       "Sáng 12/12/2024, Hội nghị tổng kết phong trào thi đua “Vì an ninh Tổ quốc” năm 2024 của Công an huyện "
       "Đức Thọ đã diễn ra với sự tham dự của lãnh đạo Huyện ủy, UBND huyện.",
       {"Công an huyện Đức Thọ"}},
  };
  expect_organizers(cases);
}

TEST(PlanPatterns58, ARelativeClauseWhoseAgentIsAnOfficeClosesBeforeTheSubject) {
  const test::OrganizerCase cases[] = {
      {"\"do Thủ tướng Chính phủ phát động, ngày …, Sở A tổ chức\"",
       "Hưởng ứng phong trào thi đua do Thủ tướng Chính phủ phát động, ngày 14/4/2025, Sở Công Thương tỉnh Hòa "
       "Bình tổ chức Lễ phát động phong trào thi đua “Cả nước chung tay vì người nghèo”.",
       {"Sở Công Thương tỉnh Hòa Bình"}},
      {"\"do Giám đốc Công an tỉnh phát động,\" with no day after it",
       "Hưởng ứng phong trào thi đua do Giám đốc Công an tỉnh phát động, Công an huyện Lương Sơn tổ chức Lễ ra "
       "quân ngày 14/4/2025.",
       {"Công an huyện Lương Sơn"}},
  };
  expect_organizers(cases);
}

TEST(PlanPatterns58, TheUnitOfAPersonWhoAttendsHoldsNothingThatOfOneWhoPresidesDoes) {
  const test::OrganizerCase cases[] = {
      {"\"Đồng chí A, Bí thư Tỉnh ủy B dự và chỉ đạo Hội nghị … của C\"",
       "Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy Hà Tĩnh dự và chỉ đạo Hội nghị tổng kết phong trào thi đua năm "
       "2024 của Công an tỉnh Hà Tĩnh sáng 12/1/2025.",
       {"Công an tỉnh Hà Tĩnh"}},
      {"a guest with a rank attends the meeting another unit holds",
       "Đại tá Trần Văn Thắng, Phó Giám đốc Công an tỉnh Hà Tĩnh dự và chỉ đạo Hội nghị tổng kết phong trào thi "
       "đua năm 2024 do Công an huyện Kỳ Anh tổ chức ngày 9/1/2025.",
       {"Công an huyện Kỳ Anh"}},
      {"a person presiding heads the body that holds the meeting (unlike a guest)",
       "Đồng chí Nguyễn Văn An, Giám đốc Sở Nội vụ tỉnh Hà Tĩnh chủ trì Hội nghị tổng kết phong trào thi đua "
       "năm 2024 ngày 12/1/2025.",
       {"Sở Nội vụ tỉnh Hà Tĩnh"}},
      {"one who launches speaks for the unit",
       "Sáng 10/3/2025, Đại tá Trần Văn Thắng, Phó Giám đốc Công an tỉnh Hà Tĩnh đã phát động phong trào thi "
       "đua cao điểm tấn công trấn áp tội phạm.",
       {"Công an tỉnh Hà Tĩnh"}},
  };
  expect_organizers(cases);
}

TEST(PlanPatterns58, BodiesOfTheStateNamedByLevelPlaceOrName) {
  const test::OrganizerCase cases[] = {
      {"the State treasury of a province",
       "Chiều 24/12/2024, Kho bạc Nhà nước tỉnh Hòa Bình tổ chức Hội nghị tổng kết công tác năm 2024, phát động "
       "thi đua năm 2025.",
       {"Kho bạc Nhà nước tỉnh Hòa Bình"}},
      {"a district's post office",
       "Ngày 10/1/2025, Bưu điện huyện Can Lộc tổ chức Hội nghị phát động phong trào thi đua năm 2025.",
       {"Bưu điện huyện Can Lộc"}},
      {"a province's power company by its name alone",
       "Ngày 10/1/2025, Điện lực Hà Tĩnh tổ chức Hội nghị phát động phong trào thi đua năm 2025.",
       {"Điện lực Hà Tĩnh"}},
      {"a cooperative",
       "Ngày 10/1/2025, Hợp tác xã Nông nghiệp Yên Thành tổ chức Hội nghị phát động phong trào thi đua năm 2025.",
       {"Hợp tác xã Nông nghiệp Yên Thành"}},
      {"the veterans' central committee, whole",
       "Ngày 14/11/2024, Trung ương Hội Cựu chiến binh Việt Nam tổ chức Hội nghị biểu dương điển hình tiên tiến "
       "trong phong trào thi đua “Cựu chiến binh gương mẫu”.",
       {"Trung ương Hội Cựu chiến binh Việt Nam"}},
      {"a tax sub-department keeps its region",
       "Ngày 10/1/2025, Chi cục Thuế khu vực Bắc Ninh tổ chức Hội nghị phát động phong trào thi đua năm 2025.",
       {"Chi cục Thuế khu vực Bắc Ninh"}},
  };
  expect_organizers(cases);
}

TEST(PlanPatterns58, TheContentsALaunchAnnouncesAreCounted) {
  const test::CountCase cases[] = {
      {"\"phát động phong trào thi đua … với 4 nội dung trọng tâm\"",
       "Sáng 5/9/2025, Trường THPT Hồng Lĩnh phát động phong trào thi đua năm học 2025 - 2026 với 4 nội dung "
       "trọng tâm.",
       {{4, "nội dung trọng tâm"}}},
      {"a pledge's contents and targets, as before",
       "Sáng 18/2/2025, Cụm thi đua số 4 tổ chức ký kết giao ước thi đua năm 2025 với 06 nội dung, 15 chỉ tiêu.",
       {{6, "nội dung"}, {15, "chỉ tiêu"}}},
      {"contents of another body named at a launch are not the launch's",
       "Sáng 5/9/2025, Trường THPT Hồng Lĩnh phát động phong trào thi đua năm học 2025 - 2026, quán triệt 3 nội "
       "dung trọng tâm của Bộ Giáo dục và Đào tạo.",
       {}},
  };
  expect_counts(cases);
}

TEST(PlanPatterns58, CountsOfTheMovementAndNotOfTheCeremony) {
  // Pinned as they stand: the Conventions' counts, each kind written across sectors.
  const test::CountCase cases[] = {
      {"awards per noun, each award its own items",
       "Ngày 26/12/2024, Tổng công ty Điện lực miền Bắc tổng kết năm 2024. Tổng công ty tặng Bằng khen cho 25 "
       "tập thể và 120 cá nhân; tặng danh hiệu Chiến sĩ thi đua cơ sở cho 45 cá nhân.",
       {{25, "tập thể"}, {120, "cá nhân"}, {45, "cá nhân"}}},
      {"teams set up and their members",
       "Ngày 4/4/2025, Bệnh viện Đa khoa tỉnh Hà Giang ra mắt các đội cấp cứu ngoại viện, hưởng ứng phong trào "
       "thi đua “Đổi mới phong cách, thái độ phục vụ”. Bệnh viện đã thành lập 12 đội phản ứng nhanh với 96 thành "
       "viên.",
       {{12, "đội phản ứng nhanh"}, {96, "thành viên"}}},
      {"attendance is no count",
       "Sáng 26/3/2025, Huyện đoàn Đô Lương tổ chức Lễ ra quân Tháng Thanh niên. Tham dự buổi lễ có hơn 200 đoàn "
       "viên thanh niên và 50 cán bộ, chiến sĩ.",
       {}},
      {"a share, and those who sign, are no count",
       "Ngày 1/3/2025, UBND huyện Yên Định phát động phong trào thi đua xây dựng nông thôn mới. Có 45/45 xã ký "
       "cam kết thực hiện.",
       {}},
      {"the part after \"trong đó\" is not counted again",
       "Ngày 5/1/2025, Hội Cựu chiến binh tỉnh Sơn La tổng kết công tác năm 2024. Dịp này, 30 tập thể được tặng "
       "Giấy khen, trong đó 5 tập thể được tặng thêm Bằng khen của Hội Cựu chiến binh Việt Nam.",
       {{30, "tập thể"}}},
      {"the size of each team after \"Mỗi\" is no count",
       "Ngày 3/6/2025, UBND xã Hòa Tiến ra mắt 5 tổ an ninh tự quản, góp phần xây dựng phong trào toàn dân bảo "
       "vệ an ninh Tổ quốc. Mỗi tổ gồm 1 tổ trưởng, 1 tổ phó và 3 tổ viên.",
       {{5, "tổ an ninh tự quản"}}},
  };
  expect_counts(cases);
}

}  // namespace
}  // namespace thidua::text::plan
