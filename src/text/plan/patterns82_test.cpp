// The eighty-second round (issue 14, session 24, s24-contents): the contents of a movement as real plans
// and articles list them — the movements named after "các phong trào … như", the tasks an emulation is
// for ("thi đua thực hiện tốt các nhiệm vụ: …"), items opening with a union's verbs, a sub-heading
// "Nội dung" under "NỘI DUNG, CHỈ TIÊU", and work a review reports done as no head. The sentences are
// written for the tests, across sectors, labelled by the Conventions (tests/fixtures/plans/README.md)
// before the first run; each case not marked "guard" failed with its fix off.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::ContentCase;

// "… các phong trào thi đua như: “A”; “B”; “C”", "… các phong trào, cuộc vận động như A, B, C…": the
// movements a plural head lists after "như" are the contents — a quotation an item, or names opening
// with a capital, a comma before a small letter inside a name; the list ends at "…" or at "gắn với".
TEST(PlanPatterns82, MovementsListedAfterNhuAreTheContents) {
  const ContentCase cases[] = {
      {"commune police, quotations after a colon, semicolons",
       "Ngày 6/1/2025, Công an xã Triệu Phong tổ chức hội nghị phát động thi đua. Hội nghị yêu cầu thực hiện có hiệu "
       "quả các phong trào thi đua như: “Vì an ninh Tổ quốc”; “Toàn dân bảo vệ an ninh Tổ quốc”; “Dân vận khéo”.",
       {"Vì an ninh Tổ quốc", "Toàn dân bảo vệ an ninh Tổ quốc", "Dân vận khéo"}},
      {"a veterans' association, quotations with commas and 'và'",
       "Năm 2024, Hội Cựu chiến binh huyện tiếp tục đẩy mạnh các phong trào như “Cựu chiến binh gương mẫu”, "
       "“Cựu chiến binh giúp nhau giảm nghèo” và “Xây dựng nông thôn mới”.",
       {"Cựu chiến binh gương mẫu", "Cựu chiến binh giúp nhau giảm nghèo", "Xây dựng nông thôn mới"}},
      {"a labour federation, names by capitals, a comma inside one, closed by '…, gắn với'",
       "Các cấp công đoàn tập trung đẩy mạnh các phong trào thi đua, cuộc vận động do Tổng Liên đoàn phát động như "
       "Lao động giỏi, Lao động sáng tạo, Giỏi việc nước, đảm việc nhà, Xanh - sạch - đẹp…, gắn với chủ đề năm "
       "2025.",
       {"Lao động giỏi", "Lao động sáng tạo", "Giỏi việc nước, đảm việc nhà", "Xanh - sạch - đẹp"}},
      {"guard: 'như' before no names",
       "Năm 2025, Hội Nông dân xã tiếp tục thực hiện các phong trào thi đua như những năm trước.", {}},
  };
  test::expect_contents(cases);
}

// "… phát động cán bộ thi đua thực hiện tốt các nhiệm vụ: A; B; C": the tasks an emulation is for are
// its contents without a qualifier ("trọng tâm", "cụ thể"); tasks handed out at a meeting are not.
TEST(PlanPatterns82, TasksAnEmulationIsForAreTheContents) {
  const ContentCase cases[] = {
      {"a bank's branch",
       "Agribank chi nhánh tỉnh Hà Nam phát động cán bộ, người lao động thi đua thực hiện tốt các nhiệm vụ: Tăng "
       "trưởng nguồn vốn huy động; kiểm soát nợ xấu; phát triển khách hàng cá nhân.",
       {"Tăng trưởng nguồn vốn huy động", "kiểm soát nợ xấu", "phát triển khách hàng cá nhân"}},
      {"a customs department, 'các nhiệm vụ sau:'",
       "Cục Hải quan tỉnh phát động công chức thi đua hoàn thành các nhiệm vụ sau: Thu ngân sách đúng hạn; cải cách "
       "thủ tục hải quan; chống buôn lậu qua biên giới.",
       {"Thu ngân sách đúng hạn", "cải cách thủ tục hải quan", "chống buôn lậu qua biên giới"}},
      {"guard: tasks handed out, no emulation",
       "Chánh Văn phòng giao các nhiệm vụ: rà soát hồ sơ; tổng hợp báo cáo; lập danh sách đề nghị.", {}},
  };
  test::expect_contents(cases);
}

// "… với các nội dung: vận động A, tham gia B, hỗ trợ C": a union's and a youth union's verbs open
// items of an uncounted list split at commas.
TEST(PlanPatterns82, AUnionsVerbsOpenItemsOfAnUncountedList) {
  const ContentCase cases[] = {
      {"a farmers' association",
       "Hội Nông dân tỉnh phát động hội viên thi đua với các nội dung: vận động nông dân sản xuất an toàn, tham gia "
       "xây dựng nông thôn mới, hỗ trợ nhau phát triển kinh tế.",
       {"vận động nông dân sản xuất an toàn", "tham gia xây dựng nông thôn mới", "hỗ trợ nhau phát triển kinh tế"}},
      {"a youth union",
       "Đoàn Thanh niên phường phát động đoàn viên thi đua với các nội dung: xung kích giữ gìn an ninh, trật tự, giữ "
       "gìn cảnh quan đô thị, tổ chức sinh hoạt hè cho thiếu nhi.",
       {"xung kích giữ gìn an ninh, trật tự", "giữ gìn cảnh quan đô thị", "tổ chức sinh hoạt hè cho thiếu nhi"}},
  };
  test::expect_contents(cases);
}

// "II. NỘI DUNG, CHỈ TIÊU THI ĐUA" over "1. Nội dung" and "2. Chỉ tiêu": the contents are the items
// under their own sub-heading, not the two sub-headings.
TEST(PlanPatterns82, ASubHeadingNoiDungUnderContentsAndTargetsHoldsTheContents) {
  const ContentCase cases[] = {
      {"a district police plan",
       "KẾ HOẠCH\nThi đua cao điểm bảo đảm an ninh, trật tự dịp Tết\nII. NỘI DUNG, CHỈ TIÊU THI ĐUA\n1. Nội dung\n- "
       "Kiểm tra cơ sở kinh doanh có điều kiện;\n- Phòng, chống pháo nổ;\n- Tuần tra đêm trên các tuyến.\n2. Chỉ "
       "tiêu\n- Giải quyết 100% tin báo.\nIII. TỔ CHỨC THỰC HIỆN\nCác đội triển khai.",
       {"Kiểm tra cơ sở kinh doanh có điều kiện", "Phòng, chống pháo nổ", "Tuần tra đêm trên các tuyến"}},
  };
  test::expect_contents(cases);
}

// "Năm 2024, các đơn vị đã thực hiện tốt các nội dung: A; B; C": "đã" and a verb of work done before
// the head report a period's results, no contents; "đã thống nhất ký … với các nội dung:" heads them.
TEST(PlanPatterns82, WorkReportedDoneHeadsNoContents) {
  const ContentCase cases[] = {
      {"a cluster's review",
       "Năm 2024, các đơn vị trong Khối thi đua đã thực hiện tốt các nội dung: tham mưu xây dựng chính sách; cải "
       "cách hành chính; chăm lo đời sống người lao động.",
       {}},
      {"guard: a pledge reported in the past",
       "Sáng 2/3/2025, các đơn vị trong Cụm đã thống nhất ký giao ước thi đua với các nội dung: tham mưu xây dựng "
       "chính sách; cải cách hành chính; chăm lo đời sống người lao động.",
       {"tham mưu xây dựng chính sách", "cải cách hành chính", "chăm lo đời sống người lao động"}},
  };
  test::expect_contents(cases);
}

// "… ký kết giao ước thi đua trên các lĩnh vực sau:" over lines "1- A." / "2- B.": a number and a dash
// open an item of a list as "1." does.
TEST(PlanPatterns82, ANumberAndADashOpenAnItem) {
  const ContentCase cases[] = {
      {"a Front's pledge over fields",
       "Hôm nay, Ban Thường trực Ủy ban Mặt trận Tổ quốc huyện cùng các xã ký kết giao ước thi đua năm 2019 trên các "
       "lĩnh vực sau:\n1- Phát huy sức mạnh khối đại đoàn kết toàn dân tộc.\n2- Tập trung tuyên truyền, vận động nhân "
       "dân.\n3- Nâng cao hiệu quả giám sát và phản biện xã hội.\n",
       {"Phát huy sức mạnh khối đại đoàn kết toàn dân tộc", "Tập trung tuyên truyền, vận động nhân dân",
        "Nâng cao hiệu quả giám sát và phản biện xã hội"}},
  };
  test::expect_contents(cases);
}

// "Thực hiện tốt các nội dung thi đua với phương châm A, B, …": the spirit the contents are carried out
// in is no list of them.
TEST(PlanPatterns82, TheSpiritContentsAreCarriedOutInIsNoList) {
  const ContentCase cases[] = {
      {"a party boards' cluster review",
       "Năm 2024, các ban trong Khối triển khai tốt nhiệm vụ chính trị. Thực hiện tốt các nội dung thi đua với "
       "phương châm đoàn kết, chủ động, sáng tạo, hoàn thành tốt nhiệm vụ được giao; công tác xây dựng Đảng có "
       "nhiều chuyển biến tích cực.",
       {}},
  };
  test::expect_contents(cases);
}

// "Theo đó, đợt thi đua tập trung vào: A; B; C": what an emulation named before it focuses on, after a
// colon and with no word for the contents, is its contents — cut at ";" or one a line below.
TEST(PlanPatterns82, WhatAnEmulationFocusesOnAfterAColonIsItsContents) {
  const ContentCase cases[] = {
      {"a city police peak, inline",
       "Ngày 2/6/2025, Công an thành phố phát động thi đua cao điểm. Theo đó, đợt thi đua tập trung vào: Truy quét "
       "tội phạm trộm cắp; kiểm tra karaoke, quán bar; xử lý xe quá tải.",
       {"Truy quét tội phạm trộm cắp", "kiểm tra karaoke, quán bar", "xử lý xe quá tải"}},
      {"a district's movement, lines below",
       "UBND huyện phát động thi đua năm 2025\nPhong trào thi đua năm 2025 của huyện tập trung thực hiện vào:\n- "
       "Làm đường giao thông nông thôn;\n- Chỉnh trang khu dân cư.\nUBND huyện giao Phòng Nội vụ theo dõi.\n",
       {"Làm đường giao thông nông thôn", "Chỉnh trang khu dân cư"}},
      {"guard: focus with no emulation named",
       "Ngày 2/6/2025, Công an thành phố phát động thi đua cao điểm. Lực lượng tuần tra tập trung vào: Tuyến quốc lộ "
       "1A; tuyến tỉnh lộ 8; khu công nghiệp.",
       {}},
  };
  test::expect_contents(cases);
}

// "… phát động các phong trào thi đua cụ thể như:" closing its line over "- “A”;" / "- “B”;": the
// movements are one a line, their quotation marks off.
TEST(PlanPatterns82, MovementsListedOneALineAfterNhu) {
  const ContentCase cases[] = {
      {"a provincial police plan",
       "Công an tỉnh phát động thi đua năm 2025\nNăm 2025, Công an tỉnh tiếp tục đẩy mạnh các phong trào thi đua như:"
       "\n- “Vì an ninh Tổ quốc”;\n- “Dân vận khéo”;\n- “Toàn dân bảo vệ an ninh Tổ quốc”.\nCác đơn vị báo cáo "
       "kết quả trước ngày 15/12.\n",
       {"Vì an ninh Tổ quốc", "Dân vận khéo", "Toàn dân bảo vệ an ninh Tổ quốc"}},
  };
  test::expect_contents(cases);
}

// "Hội nghị đã thảo luận, thống nhất các nội dung: báo cáo …; phương hướng …; bầu …": a meeting's
// business a few words before the head is its agenda; "đã thảo luận và thông qua nội dung giao ước thi
// đua … với các nội dung trọng tâm như …" still heads the pledge's contents.
TEST(PlanPatterns82, AMeetingsAgendaIsNoContents) {
  const ContentCase cases[] = {
      {"a cluster's meeting",
       "Ngày 10/1/2025, Khối thi đua số 4 tổ chức hội nghị ký kết giao ước thi đua. Hội nghị đã thảo luận, thống nhất "
       "các nội dung: đánh giá kết quả hoạt động năm 2024; phương hướng năm 2025; bầu Khối trưởng, Khối phó.",
       {}},
      {"guard: the pledge named between",
       "Hội nghị đã thảo luận và thông qua nội dung giao ước thi đua năm 2025 với các nội dung trọng tâm như: cải "
       "cách hành chính; chuyển đổi số; xây dựng Đảng.",
       {"cải cách hành chính", "chuyển đổi số", "xây dựng Đảng"}},
  };
  test::expect_contents(cases);
}

// "Nội dung giao ước thi đua năm 2025 của Cụm tập trung vào 3 nhóm nhiệm vụ: A; B; C": a sentence
// opening with the head may name its list at more length before the colon.
TEST(PlanPatterns82, ASentenceOpeningWithTheHeadNamesItsListAtLength) {
  const ContentCase cases[] = {
      {"a border guard cluster",
       "Ngày 8/1/2025, Cụm thi đua số 2 Bộ đội Biên phòng ký kết giao ước. Nội dung giao ước thi đua năm 2025 của "
       "Cụm tập trung vào 3 nhóm nhiệm vụ: Quản lý, bảo vệ biên giới; phòng, chống buôn lậu; xây dựng nền biên phòng "
       "toàn dân.",
       {"Quản lý, bảo vệ biên giới", "phòng, chống buôn lậu", "xây dựng nền biên phòng toàn dân"}},
  };
  test::expect_contents(cases);
}

// "… thực hiện tốt các nội dung trong Giao ước thi đua, trong đó nhấn mạnh các điểm chính như sau: A;
// B": the contents' own clause "trong đó …" opens their list with its colon.
TEST(PlanPatterns82, TheContentsOwnClauseTrongDoOpensTheirList) {
  const ContentCase cases[] = {
      {"a cooperatives' cluster",
       "Ngày 5/4/2024, Khối thi đua các hợp tác xã tổ chức ký kết giao ước thi đua. Các đơn vị thống nhất thực hiện "
       "tốt các nội dung trong Giao ước thi đua, trong đó tập trung các điểm chính như sau: mở rộng mạng lưới bán "
       "lẻ; nâng cao chất lượng hàng Việt.",
       {"mở rộng mạng lưới bán lẻ", "nâng cao chất lượng hàng Việt"}},
  };
  test::expect_contents(cases);
}

// "… với các nội dung sau:" over plain lines whose bullets the copy lost: one item a line while each
// opens with a verb of action; the first line that does not ("Phát biểu tại hội nghị, …") ends them.
TEST(PlanPatterns82, PlainLinesOpeningWithVerbsOfActionAreItemsOneALine) {
  const ContentCase cases[] = {
      {"a cluster of district committees",
       "Cụm thi đua các huyện miền núi ký kết giao ước thi đua năm 2025\nSáng 9/1/2025, Cụm thi đua các huyện miền "
       "núi tổ chức hội nghị ký kết giao ước thi đua. Các huyện thống nhất ký giao ước thi đua với các nội dung sau:"
       "\nPhát triển kinh tế rừng bền vững.\nNâng cao đời sống đồng bào dân tộc thiểu số.\nGiữ vững an ninh biên "
       "giới.\nPhát biểu tại hội nghị, đồng chí Cụm trưởng cảm ơn các đơn vị.\n",
       {"Phát triển kinh tế rừng bền vững", "Nâng cao đời sống đồng bào dân tộc thiểu số", "Giữ vững an ninh biên giới"}},
  };
  test::expect_contents(cases);
}

}  // namespace
}  // namespace thidua::text::plan
