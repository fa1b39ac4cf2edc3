// Session 27 (issue 14, s27-orgs): who organises, people and positions, the event's kind, date and place
// and the title of the former eval8 texts (written blind, never tuned on), read as SHAPES of
// administrative Vietnamese, not as their wordings. Every sentence below was written for these tests in
// sectors other than the text it came from (schools, tax, treasury, farmers, police, health), labelled
// by the Conventions (tests/fixtures/plans/README.md: Organizers and places; the group holding its own
// event) before the run; each positive fails with main 9dc98b4's binary, each negative guards the
// rule's limit.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_field;
using test::expect_organizers;
using test::expect_positions;
using test::OrganizerCase;
using test::PositionCase;

// "Sở A tham dự Lễ ký kết Giao ước thi đua năm 2023 của Khối thi đua …" (ninh-thuan-2023): a member
// that attends ("tham dự", "dự", "tham gia") its group's event, the group named after the event's
// words, is not the one holding it — the group is. A subject that holds the event ("tổ chức") keeps
// it, with the group attending after the event ("có … Cụm … tham dự", "với sự tham dự của Cụm …"), or
// a "dự án" further back.
TEST(PlanPatterns99, AMemberAttendingItsGroupsEventLeavesItToTheGroup) {
  const OrganizerCase cases[] = {
      {"school attends, numbered cluster after cua",
       "Ngày 10/01/2025, Trường THPT Lê Lợi tham dự Hội nghị tổng kết công tác thi đua năm 2024 của Cụm thi "
       "đua số 3 tại Trường THPT Nguyễn Du.",
       {"Cụm thi đua số 3"}},
      {"tax office takes part in signing, described block",
       "Sáng 20/3/2024, Chi cục Thuế huyện Phú Tân tham gia ký kết giao ước thi đua năm 2024 của Khối thi đua "
       "các Chi cục Thuế khu vực.",
       {"Khối thi đua các Chi cục Thuế khu vực"}},
      {"treasury attends a ceremony",
       "Ngày 8/3/2024, Kho bạc Nhà nước tỉnh Bến Tre tham dự lễ ký kết giao ước thi đua năm 2024 của Khối thi "
       "đua các cơ quan tài chính.",
       {"Khối thi đua các cơ quan tài chính"}},
      {"farmers' union, the cluster right after the event without cua",
       "Chiều 15/1/2025, Hội Nông dân huyện Tân Châu đã tham dự hội nghị tổng kết phong trào thi đua năm 2024 "
       "Cụm thi đua số 5.",
       {"Cụm thi đua số 5"}},
      {"negative: the school holds it, the cluster attends after",
       "Ngày 2/3/2024, Trường THCS Kim Đồng tổ chức Hội nghị tổng kết thi đua năm học 2023-2024, có đại diện "
       "Cụm thi đua số 4 tham dự.",
       {"Trường THCS Kim Đồng"}},
      {"negative: with the cluster's attendance",
       "Ngày 15/1/2025, UBND huyện Tân Châu tổ chức Hội nghị tổng kết công tác thi đua năm 2024 với sự tham dự "
       "của Cụm thi đua số 3.",
       {"UBND huyện Tân Châu"}},
      {"negative: a project further back, the office holds it",
       "Ngày 15/1/2025, Sở Xây dựng triển khai dự án nhà ở xã hội và tổ chức Hội nghị tổng kết năm 2024 của "
       "Khối thi đua các cơ quan kinh tế.",
       {"Sở Xây dựng"}},
  };
  expect_organizers(cases);
}

// "Ông A – Giám đốc Sở; cùng …" (ninh-thuan-2023), "đồng chí B, Phó Giám đốc Sở làm Trưởng đoàn"
// (bac-giang-2018): a title followed by the bare head of the body the text named before ("Sở",
// "Trường", "Cục", "Văn phòng"), closing the apposition (punctuation or the clause's verb), keeps the head
// as written; it was dropped. A body named in full is read as before. (The labels differ here:
// dak-lak-2018 completes "Phó Giám đốc Sở" with the department's name; no Convention is written.)
TEST(PlanPatterns99, ATitleWithTheBareHeadOfItsBodyKeepsTheHead) {
  const PositionCase cases[] = {
      {"department's deputy director, verb after",
       "Ngày 5/3/2024, Sở Nội vụ tỉnh Long An tổ chức Hội nghị tổng kết công tác thi đua năm 2023. Bà Lê Thị "
       "Hoa - Phó Giám đốc Sở phát biểu khai mạc hội nghị.",
       {{"Lê Thị Hoa", "Phó Giám đốc Sở"}}},
      {"chief of office, a semicolon after",
       "Ngày 16/02/2023, Sở Y tế tỉnh Long An tổ chức Hội nghị tổng kết năm 2022. Tham dự có bà Trần Thị Lan, "
       "Chánh Văn phòng Sở; cùng lãnh đạo các phòng.",
       {{"Trần Thị Lan", "Chánh Văn phòng Sở"}}},
      {"school's principal",
       "Ngày 12/1/2024, Trường THCS Nguyễn Trãi tổ chức Hội nghị sơ kết học kỳ I. Thầy Lê Văn Nam, Hiệu trưởng "
       "Trường phát biểu chỉ đạo.",
       {{"Lê Văn Nam", "Hiệu trưởng Trường"}}},
      {"customs department, two people",
       "Ngày 12/1/2024, Cục Hải quan tỉnh Quảng Ninh tổ chức Hội nghị tổng kết công tác năm 2023. Đồng chí Vũ "
       "Thị Mai, Phó Cục trưởng Cục và ông Trần Văn Bình, Chánh Văn phòng Cục cùng dự.",
       {{"Vũ Thị Mai", "Phó Cục trưởng Cục"}, {"Trần Văn Bình", "Chánh Văn phòng Cục"}}},
      {"negative: the body named in full",
       "Ngày 5/3/2024, Sở Tài chính tỉnh Long An tổ chức Hội nghị tổng kết công tác thi đua năm 2023. Ông Phạm "
       "Văn Hùng – Giám đốc Sở Tài chính tỉnh Long An phát biểu khai mạc.",
       {{"Phạm Văn Hùng", "Giám đốc Sở Tài chính tỉnh Long An"}}},
      {"negative: a department named, then a second office",
       "Ngày 12/1/2024, Sở Nội vụ tỉnh Long An tổ chức Hội nghị tổng kết công tác năm 2023. Bà Lê Thị Hoa - Phó "
       "Giám đốc Sở Nội vụ, Trưởng Ban Thi đua - Khen thưởng phát biểu.",
       {{"Lê Thị Hoa", "Phó Giám đốc Sở Nội vụ, Trưởng Ban Thi đua - Khen thưởng"}}},
  };
  expect_positions(cases);
}

// "Kế hoạch phát động thi đua chào mừng ngày nhà giáo việt nam 20/11" / "SỞ GD –ĐT …" / … / "KẾ HOẠCH PHÁT ĐỘNG
// …" (phuoc-long-2014), "Thứ 2, Ngày 28/10/2024" / "Kế hoạch 1/KH-HĐTĐKT năm 2024 hướng dẫn …" / … (hdtdkt-2024):
// a page's headline in running case above a formal text's letterhead (after the day's stamp or a page
// category with its clock time) is the text's headline, its title; with no such line (a header alone, a
// category of a few words) the title is "KẾ HOẠCH" with the title lines, as the Conventions say.
TEST(PlanPatterns99, APageHeadlineAboveAFormalHeaderIsTheTitle) {
  expect_field("/title", {
      {"school veterans: a headline above the letterhead",
       "Kế hoạch thi đua chào mừng ngày Quốc phòng toàn dân 22/12 của Hội Cựu chiến binh xã\n"
       "\n"
       "HỘI CCB HUYỆN TÂN CHÂU            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
       "HỘI CCB XÃ TÂN HÀ             Độc lập – Tự do – Hạnh phúc\n"
       "Số 12/KH-CCB\n"
       "Tân Hà, ngày 1 tháng 11 năm 2023\n"
       "\n"
       "KẾ HOẠCH\n"
       "Thi đua chào mừng ngày Quốc phòng toàn dân\n"
       "\n"
       "Căn cứ chương trình công tác năm 2023, Hội Cựu chiến binh xã xây dựng kế hoạch như sau.",
       "Kế hoạch thi đua chào mừng ngày Quốc phòng toàn dân 22/12 của Hội Cựu chiến binh xã"},
      {"health: after the day's stamp",
       "Thứ 3, Ngày 14/11/2023\n"
       "\n"
       "Kế hoạch số 45/KH-SYT về phát động phong trào thi đua ngành Y tế năm 2024 do Sở Y tế ban hành\n"
       "\n"
       "SỞ Y TẾ TỈNH AN GIANG\n"
       "Số: 45/KH-SYT\n"
       "An Giang, ngày 10 tháng 11 năm 2023\n"
       "\n"
       "KẾ HOẠCH PHÁT ĐỘNG PHONG TRÀO THI ĐUA NGÀNH Y TẾ NĂM 2024\n"
       "\n"
       "Thực hiện Luật Thi đua, khen thưởng, Sở Y tế ban hành kế hoạch như sau.",
       "Kế hoạch số 45/KH-SYT về phát động phong trào thi đua ngành Y tế năm 2024 do Sở Y tế ban hành"},
      {"police youth: after a page category and a clock",
       "Tin hoạt động Thứ Năm, 12/01/2023, 08:15\n"
       "\n"
       "Kế hoạch tổ chức Hội thi cán bộ đoàn giỏi năm 2023 của Đoàn Thanh niên Công an tỉnh\n"
       "\n"
       "ĐOÀN TNCS HỒ CHÍ MINH\n"
       "ĐOÀN THANH NIÊN CÔNG AN TỈNH\n"
       "Số: 03/KH-ĐTN\n"
       "\n"
       "KẾ HOẠCH\n"
       "Tổ chức Hội thi cán bộ đoàn giỏi năm 2023\n"
       "\n"
       "Căn cứ chương trình công tác Đoàn năm 2023, Ban Chấp hành Đoàn Thanh niên xây dựng kế hoạch như sau.",
       "Kế hoạch tổ chức Hội thi cán bộ đoàn giỏi năm 2023 của Đoàn Thanh niên Công an tỉnh"},
      {"negative: no headline above the letterhead",
       "UBND HUYỆN TÂN CHÂU\n"
       "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n"
       "Số: 88/KH-PGDĐT\n"
       "Tân Châu, ngày 2 tháng 10 năm 2023\n"
       "\n"
       "KẾ HOẠCH\n"
       "Phát động thi đua chào mừng ngày Nhà giáo Việt Nam 20/11/2023\n"
       "\n"
       "Căn cứ nhiệm vụ năm học 2023-2024, Phòng Giáo dục và Đào tạo xây dựng kế hoạch như sau.",
       "KẾ HOẠCH Phát động thi đua chào mừng ngày Nhà giáo Việt Nam 20/11/2023"},
      {"negative: a page category of three words above",
       "Văn bản chỉ đạo\n"
       "\n"
       "UBND THỊ XÃ TÂN CHÂU\n"
       "PHÒNG VĂN HÓA VÀ THÔNG TIN\n"
       "Số: 31/KH-PVHTT\n"
       "\n"
       "KẾ HOẠCH\n"
       "Phát động thi đua xây dựng khu dân cư văn hóa năm 2024\n"
       "\n"
       "Căn cứ chương trình công tác năm 2024, Phòng Văn hóa và Thông tin xây dựng kế hoạch như sau.",
       "KẾ HOẠCH Phát động thi đua xây dựng khu dân cư văn hóa năm 2024"},
  });
}

// "Ủy ban MTTQ Việt Nam tỉnh phát động …" over "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh vừa ban hành kế
// hoạch …" (ninh-thuan-2019): the lead names the headline's body with its board before it; the board stands
// for the body (Conventions, Organizers: "a body's leadership board stands for the body"), so the headline's
// body is kept — the lead's longer name is taken only when it names the body itself in full ("Bộ đội Biên
// phòng tỉnh" → "Bộ Chỉ huy Bộ đội Biên phòng tỉnh").
TEST(PlanPatterns99, ABoardInTheLeadStandsForTheHeadlinesBody) {
  const OrganizerCase cases[] = {
      {"farmers' union, its standing board",
       "Hội Nông dân tỉnh phát động đợt thi đua đặc biệt chào mừng Đại hội Hội Nông dân các cấp\n"
       "\n"
       "(BTO) Ban Thường trực Hội Nông dân tỉnh vừa ban hành kế hoạch tổ chức đợt thi đua đặc biệt chào mừng Đại hội Hội Nông dân các cấp, nhiệm kỳ 2023-2028.",
       {"Hội Nông dân tỉnh"}},
      {"labour federation, its standing committee",
       "Liên đoàn Lao động tỉnh phát động thi đua chào mừng Đại hội Công đoàn các cấp\n"
       "\n"
       "Ban Thường vụ Liên đoàn Lao động tỉnh vừa ban hành kế hoạch phát động đợt thi đua chào mừng Đại hội Công đoàn các cấp, nhiệm kỳ 2023-2028.",
       {"Liên đoàn Lao động tỉnh"}},
      {"district youth union, a body whose head holds its level",
       "Huyện đoàn phát động Tháng Thanh niên năm 2024\n"
       "\n"
       "Ban Thường vụ Huyện đoàn vừa ban hành kế hoạch tổ chức các hoạt động Tháng Thanh niên năm 2024 với chủ đề “Tuổi trẻ tiên phong chuyển đổi số”.",
       {"Huyện đoàn"}},
      {"the Front of a district",
       "Ủy ban MTTQ Việt Nam huyện phát động thi đua chào mừng Đại hội Mặt trận các cấp\n"
       "\n"
       "Ban Thường trực Ủy ban MTTQ Việt Nam huyện vừa ban hành kế hoạch tổ chức đợt thi đua chào mừng Đại hội Mặt trận các cấp, nhiệm kỳ 2024-2029.",
       {"Ủy ban MTTQ Việt Nam huyện"}},
      {"negative: the command the headline names short, in full in the lead",
       "Bộ đội Biên phòng tỉnh ban hành kế hoạch thi đua cao điểm\n"
       "\n"
       "Bộ Chỉ huy Bộ đội Biên phòng tỉnh vừa ban hành kế hoạch phát động đợt thi đua cao điểm chào mừng Ngày Biên phòng toàn dân.",
       {"Bộ Chỉ huy Bộ đội Biên phòng tỉnh"}},
  };
  expect_organizers(cases);
}

// "UBND tỉnh ban hành Kế hoạch tổ chức Đại hội thi đua yêu nước các cấp …" (lang-son-2024), "Kế hoạch 1/KH-HĐTĐKT
// … hướng dẫn tổ chức Đại hội Thi đua yêu nước các cấp …" (hdtdkt-2024): a congress right after a document's
// noun ("tổ chức" between or not) is what the document plans; the text issues a plan, of no kind (Conventions,
// Dates: "the day a plan or document is issued is the event's date (kind null)"). A congress the subject holds
// ("UBND huyện tổ chức Đại hội …") stays a review.
TEST(PlanPatterns99, ACongressADocumentPlansIsNotHeld) {
  expect_field("/event/kind", {
      {"schools: a plan to hold the congress, issued",
       "Sở Giáo dục và Đào tạo ban hành kế hoạch Đại hội thi đua\n"
       "\n"
       "Ngày 3/4/2025, Sở Giáo dục và Đào tạo tỉnh Long An vừa ban hành Kế hoạch tổ chức Đại hội thi đua yêu nước ngành Giáo dục lần thứ V.",
       ""},
      {"army: a guidance to hold congresses",
       "Hướng dẫn Đại hội thi đua các cấp trong lực lượng vũ trang tỉnh\n"
       "\n"
       "Ngày 10/5/2024, Bộ Chỉ huy Quân sự tỉnh ban hành Hướng dẫn tổ chức Đại hội thi đua Quyết thắng các cấp giai đoạn 2019-2024.",
       ""},
      {"labour: a plan carried out",
       "Liên đoàn Lao động huyện triển khai kế hoạch\n"
       "\n"
       "Ngày 20/5/2024, Liên đoàn Lao động huyện Tân Châu triển khai kế hoạch tổ chức Đại hội thi đua yêu nước trong công nhân, viên chức, lao động huyện.",
       ""},
      {"negative: the district holds its congress",
       "Huyện Tân Châu tổ chức Đại hội thi đua yêu nước lần thứ V\n"
       "\n"
       "Sáng 12/9/2024, UBND huyện Tân Châu tổ chức Đại hội thi đua yêu nước lần thứ V, giai đoạn 2020-2025.",
       "review"},
      {"negative: held, a plan named after it",
       "Ngành Y tế tổ chức Đại hội thi đua\n"
       "\n"
       "Sáng 12/9/2024, Sở Y tế tỉnh An Giang tổ chức Đại hội thi đua yêu nước ngành Y tế theo kế hoạch của tỉnh.",
       "review"},
  });
}

// "KẾ HOẠCH PHÁT ĐỘNG CHẶNG THI ĐUA THỨ II" … "Chặng thi đua chính thức phát động từ ngày 21/11/2013 …"
// (ba-hang-2013): a formal plan that launches a drive with no ceremony it schedules ("Lễ phát động", "tổ chức
// phát động", "mít tinh phát động") launches it on paper — the text is the plan's issue, of no kind
// (Conventions, Dates: "a document launching is no launch"; "a launch ceremony the document schedules is a
// launch, as in quang-binh-2025-pccc-plan").
TEST(PlanPatterns99, AFormalPlanLaunchingWithNoCeremonyHasNoKind) {
  expect_field("/event/kind", {
      {"school plan: the drive launched from a day, no ceremony",
       "PHÒNG GD&ĐT HUYỆN TÂN CHÂU\n"
       "TRƯỜNG TIỂU HỌC KIM ĐỒNG\n"
       "Số: 15/KH-THKĐ\n"
       "Tân Châu, ngày 25 tháng 10 năm 2024\n"
       "\n"
       "KẾ HOẠCH\n"
       "Phát động đợt thi đua “Hoa điểm tốt” chào mừng ngày Nhà giáo Việt Nam 20/11\n"
       "\n"
       "I. MỤC ĐÍCH, YÊU CẦU\n"
       "- Tạo không khí thi đua sôi nổi trong học sinh toàn trường.\n"
       "II. THỜI GIAN\n"
       "- Đợt thi đua chính thức phát động từ ngày 01/11/2024 đến hết ngày 20/11/2024.",
       ""},
      {"health plan: the department launches in its preamble",
       "SỞ Y TẾ TỈNH AN GIANG\n"
       "Số: 40/KH-SYT\n"
       "An Giang, ngày 5 tháng 1 năm 2025\n"
       "\n"
       "KẾ HOẠCH\n"
       "Phát động phong trào thi đua “Thầy thuốc như mẹ hiền” năm 2025\n"
       "\n"
       "Căn cứ Luật Thi đua, khen thưởng năm 2022, Sở Y tế phát động phong trào thi đua trong toàn ngành như sau:\n"
       "I. MỤC ĐÍCH\n"
       "- Nâng cao chất lượng khám bệnh, chữa bệnh.",
       ""},
      {"negative: the plan schedules its launch ceremony",
       "SỞ Y TẾ TỈNH KIÊN GIANG\n"
       "Số: 12/KH-SYT\n"
       "Rạch Giá, ngày 8 tháng 1 năm 2025\n"
       "\n"
       "KẾ HOẠCH\n"
       "Phát động phong trào thi đua “Bệnh viện xanh - sạch - đẹp” năm 2025\n"
       "\n"
       "I. MỤC ĐÍCH, YÊU CẦU\n"
       "- Xây dựng cảnh quan bệnh viện xanh, sạch, đẹp.\n"
       "II. TỔ CHỨC THỰC HIỆN\n"
       "1. Tổ chức Lễ phát động phong trào thi đua vào ngày 15/01/2025 tại Bệnh viện Đa khoa tỉnh.",
       "launch"},
      {"negative: a rally to launch, scheduled",
       "LIÊN ĐOÀN LAO ĐỘNG HUYỆN TÂN CHÂU\n"
       "Số: 22/KH-LĐLĐ\n"
       "Tân Châu, ngày 2 tháng 3 năm 2024\n"
       "\n"
       "KẾ HOẠCH\n"
       "Phát động thi đua lao động giỏi năm 2024\n"
       "\n"
       "I. NỘI DUNG\n"
       "1. Tổ chức mít tinh phát động thi đua vào ngày 10/3/2024 tại Nhà văn hóa huyện.",
       "launch"},
  });
}

// "Đại tá A - Thành ủy viên, Phó Bí thư Đảng ủy, Phó Giám đốc Công an TP Đà Nẵng đã chủ trì hội nghị tổng kết …
// Khối thi đua Xây dựng lực lượng - Hậu cần năm 2018" (da-nang-2018): a person, named by offices only, chairs
// the meeting of a group named after the event; the group holds it — not each body of the person's offices
// ("Thành ủy", "Đảng ủy", the police). With no group the chair's body holds it; a body chairing is unchanged.
TEST(PlanPatterns99, APersonChairingAGroupsMeetingLeavesItToTheGroup) {
  const OrganizerCase cases[] = {
      {"culture: a party member and director chairs the block's review",
       "Tổng kết phong trào thi đua khối Văn hóa - Xã hội\n"
       "\n"
       "Ngày 14-11, ông Lê Văn Hải - Tỉnh ủy viên, Giám đốc Sở Văn hóa, Thể thao và Du lịch đã chủ trì hội nghị tổng kết phong trào thi đua Khối thi đua Văn hóa - Xã hội năm 2023.",
       {"Khối thi đua Văn hóa - Xã hội"}},
      {"police: three offices, the block after the movement's name",
       "Tổng kết phong trào thi đua khối Xây dựng lực lượng\n"
       "\n"
       "ĐÀ NẴNG - Ngày 14-11, Đại tá Lê Thanh Hải - Thành ủy viên, Phó Bí thư Đảng ủy, Phó Giám đốc Công an TP Đà Nẵng đã chủ trì hội nghị tổng kết phong trào thi đua “Vì An ninh Tổ quốc” Khối thi đua Xây dựng lực lượng - Hậu cần năm 2018.",
       {"Khối thi đua Xây dựng lực lượng - Hậu cần"}},
      {"women: the cluster after cua",
       "Hội nghị tổng kết Cụm thi đua số 4\n"
       "\n"
       "Sáng 10/12/2024, bà Nguyễn Thị Lan - Chủ tịch Hội Liên hiệp Phụ nữ huyện Tân Châu đã chủ trì hội nghị tổng kết công tác năm 2024 của Cụm thi đua số 4.",
       {"Cụm thi đua số 4"}},
      {"negative: no group, the director's department holds it",
       "Sở Y tế tổng kết công tác thi đua\n"
       "\n"
       "Sáng 10/12/2024, ông Trần Văn Minh - Giám đốc Sở Y tế tỉnh An Giang đã chủ trì hội nghị tổng kết công tác thi đua năm 2024 của ngành Y tế.",
       {"Sở Y tế tỉnh An Giang"}},
      {"negative: a body, not a person, chairs",
       "Khối thi đua các trường đại học tổng kết năm học\n"
       "\n"
       "Sáng 10/6/2024, Trường Đại học An Giang chủ trì hội nghị tổng kết năm học 2023-2024 của Khối thi đua các trường đại học.",
       {"Trường Đại học An Giang"}},
  };
  expect_organizers(cases);
}

}  // namespace
}  // namespace thidua::text::plan
