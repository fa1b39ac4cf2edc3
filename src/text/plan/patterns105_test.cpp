// (s28-lists2) Patterns of Vietnamese administrative prose for contents and counts (issue 14, round 2),
// tested on sentences written for the test in other sectors and wordings (none copied from the texts):
// "bao gồm" and "gồm có" open a list as "gồm" does — a group's members counted and then named, units counted
// and named at once, key tasks listed after a colon; the items of a list of gifts after a verb of giving.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::ContentCase;
using test::CountCase;
using test::expect_contents;
using test::expect_counts;
using test::expect_targets;
using test::TargetCase;

// "Khối thi đua số 4 có 12 thành viên, bao gồm các …: A, B …", "… cho 3 cụm, gồm có …": a group's members, or
// units, counted and then named after "bao gồm" / "gồm có" are a list (the Conventions), as after "gồm".
TEST(PlanPatterns105, BaoGomAndGomCoOpenCountedMembersAsGom) {
  const CountCase cases[] = {
      {"tax-khoi-bao-gom",
       "Khối thi đua các Chi cục Thuế ký giao ước\n"
       "Ngày 3/3/2025, Khối thi đua số 4 có 6 thành viên, bao gồm các Chi cục Thuế khu vực: Bắc Hà, Nam Hà, Đông "
       "Hà, Tây Hà, Trung Hà và Thượng Hà, đã ký kết giao ước thi đua năm 2025.",
       {}},
      {"schools-cum-gom-co",
       "Cụm thi đua các trường ký giao ước\n"
       "Sáng 10/9/2024, Cụm thi đua số 3 có 5 thành viên, gồm có Trường THPT Lê Lợi, Trường THPT Trần Phú, Trường "
       "THPT Nguyễn Huệ, Trường THPT Lý Thường Kiệt và Trường THPT Quang Trung, tổ chức ký kết giao ước thi đua.",
       {}},
      {"farmers-units-bao-gom",
       "Hội Nông dân tỉnh ký giao ước thi đua\n"
       "Tại hội nghị, Hội Nông dân tỉnh tổ chức ký kết giao ước thi đua năm 2024 cho 4 cụm, bao gồm cụm các huyện "
       "đồng bằng, cụm các huyện trung du, cụm các huyện miền núi và cụm các thị xã.",
       {}},
      {"customs-units-gom-co",
       "Cục Hải quan ký kết giao ước thi đua\n"
       "Tại buổi lễ, Cục Hải quan tỉnh tổ chức ký kết giao ước thi đua năm 2025 cho 3 đơn vị, gồm có Chi cục Hải quan "
       "cửa khẩu, Chi cục Hải quan cảng biển và Đội kiểm soát.",
       {}},
  };
  expect_counts(cases);
}

// "Phát huy kết quả đạt được, năm 2025, [body] tập trung thực hiện các nhiệm vụ trọng tâm bao gồm: A; B; C" (a
// review's next-year tasks) — the key tasks listed after "bao gồm" or "gồm có" and a colon are the contents, as
// after "gồm:". Not tasks reported done.
TEST(PlanPatterns105, KeyTasksAfterBaoGomColon) {
  const ContentCase cases[] = {
      {"hospital-bao-gom",
       "Sở Y tế tổng kết công tác năm 2024\n"
       "Chiều 8/1/2025, Sở Y tế tổ chức hội nghị tổng kết công tác năm 2024. Phát huy kết quả đạt được, năm 2025, "
       "ngành y tế tỉnh tập trung thực hiện các nhiệm vụ trọng tâm bao gồm: nâng cao chất lượng khám, chữa bệnh; "
       "đẩy mạnh chuyển đổi số trong bệnh viện; kiểm soát tốt dịch bệnh.",
       {"nâng cao chất lượng khám, chữa bệnh", "đẩy mạnh chuyển đổi số trong bệnh viện", "kiểm soát tốt dịch bệnh"}},
      {"border-gom-co",
       "Bộ đội Biên phòng tỉnh tổng kết năm 2023\n"
       "Ngày 5/1/2024, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội nghị tổng kết công tác năm 2023. Năm 2024, lực "
       "lượng Biên phòng tỉnh tập trung thực hiện các nhiệm vụ trọng tâm gồm có: quản lý, bảo vệ vững chắc chủ quyền biên giới; đấu tranh phòng chống buôn "
       "lậu; xây dựng đơn vị vững mạnh toàn diện.",
       {"quản lý, bảo vệ vững chắc chủ quyền biên giới", "đấu tranh phòng chống buôn lậu",
        "xây dựng đơn vị vững mạnh toàn diện"}},
      {"court-chu-yeu-bao-gom",
       "Tòa án nhân dân tỉnh tổng kết năm 2024\n"
       "Sáng 10/1/2025, Tòa án nhân dân tỉnh tổ chức hội nghị tổng kết năm 2024. Năm 2025, toàn ngành tập trung vào "
       "các nhiệm vụ chủ yếu bao gồm: nâng cao chất lượng xét xử; đẩy mạnh hòa giải, đối thoại tại tòa án; đẩy nhanh "
       "tiến độ số hóa hồ sơ.",
       {"nâng cao chất lượng xét xử", "đẩy mạnh hòa giải, đối thoại tại tòa án", "đẩy nhanh tiến độ số hóa hồ sơ"}},
      // Tasks reported done: not the contents.
      {"neg-done",
       "Hội Cựu chiến binh tổng kết năm 2023\n"
       "Chiều 5/1/2024, Hội Cựu chiến binh tỉnh tổng kết năm 2023. Năm 2023, Hội đã hoàn thành các nhiệm vụ trọng tâm "
       "bao gồm: giáo dục truyền thống; giúp nhau làm kinh tế; tham gia bảo vệ an ninh trật tự.",
       {}},
  };
  expect_contents(cases);
}

// "… đã trao tặng 2 ngôi nhà tình nghĩa, 50 chăn ấm, 200 bộ sách giáo khoa cho …" (thai-nguyen-2024): in a list of
// figure + noun items after a verb of giving, an item before it a gift the counts know by its noun, each item is a
// gift given, whatever its noun — up to a comma, "cho" or "và". Not a sum of money, not a list with no verb of
// giving (goals), nor one whose items the counts know none of.
TEST(PlanPatterns105, GiftListItemsAfterAKnownGift) {
  const CountCase cases[] = {
      {"veterans-houses",
       "Hội Cựu chiến binh tỉnh phát động thi đua năm 2024\n"
       "Tại lễ phát động, Hội Cựu chiến binh tỉnh đã trao tặng 2 ngôi nhà đồng đội, 50 chăn ấm, 200 bộ sách giáo khoa "
       "cho con em hội viên có hoàn cảnh khó khăn.",
       {{2, "ngôi nhà đồng đội"}, {50, "chăn ấm"}, {200, "bộ sách giáo khoa"}}},
      {"women-bikes",
       "Hội Liên hiệp Phụ nữ huyện phát động thi đua\n"
       "Dịp này, Hội Liên hiệp Phụ nữ huyện trao 10 xe đạp, 15 con bò giống, 30 thẻ bảo hiểm y tế và 100 bình lọc "
       "nước cho hội viên nghèo.",
       {{10, "xe đạp"}, {15, "con bò giống"}, {30, "thẻ bảo hiểm y tế"}, {100, "bình lọc nước"}}},
      {"border-school",
       "Đồn Biên phòng phát động thi đua chào mừng năm học mới\n"
       "Nhân dịp này, Đồn Biên phòng đã trao tặng 20 suất học bổng, 1 thư viện “Tri thức vùng biên”, 300 cuốn vở cho "
       "học sinh.",
       {{20, "suất học bổng"}, {1, "thư viện “Tri thức vùng biên”"}, {300, "cuốn vở"}}},
      // A sum of money after the gifts: not a count.
      {"neg-money",
       "Công đoàn ngành Giáo dục phát động thi đua\n"
       "Tại buổi lễ, Công đoàn ngành đã trao tặng 20 xe đạp, 15 triệu đồng cho giáo viên vùng khó.",
       {{20, "xe đạp"}}},
      // Goals with no verb of giving: none counted.
      {"neg-goals",
       "Tỉnh Đoàn phát động Tháng Thanh niên 2025\n"
       "Tháng Thanh niên năm 2025 phấn đấu đạt các chỉ tiêu: 2 ngôi nhà nhân ái, 50 công trình thanh niên, 200 sáng "
       "kiến.",
       {}},
      // No item the counts know: not read as gifts.
      {"neg-unknown",
       "Xã Tân Phú tổng kết năm 2024\n"
       "Năm 2024, xã đã trao 12 bình chữa cháy, 30 biển báo giao thông cho các thôn.",
       {}},
  };
  expect_counts(cases);
}

// "Theo dự thảo, các thành viên khối giao ước thi đua, phấn đấu năm 2020 A; B; C; D. Khối phấn đấu E; F."
// (khanh-hoa-2020): the terms a pledge's signers strive for after ", phấn đấu" (and the year), words with no
// figure, are its contents; they go on in the next sentences whose subject is the group by its bare kind word
// ("Khối", "Cụm"). Terms with figures are targets, not contents.
TEST(PlanPatterns105, PledgeTermsAfterPhanDauWithoutFigures) {
  const ContentCase cases[] = {
      {"schools-cam-ket",
       "Cụm thi đua các trường THPT ký kết giao ước thi đua năm học 2024 – 2025\n"
       "Sáng 12/9/2024, Cụm thi đua số 2 tổ chức ký kết giao ước thi đua. Các trường trong cụm cam kết, phấn đấu "
       "đổi mới phương pháp dạy học; nâng cao chất lượng giáo dục mũi nhọn; xây dựng trường học xanh, sạch, đẹp.",
       {"đổi mới phương pháp dạy học", "nâng cao chất lượng giáo dục mũi nhọn", "xây dựng trường học xanh, sạch, đẹp"}},
      {"tax-members-giao-uoc",
       "Khối thi đua các Chi cục Thuế ký giao ước năm 2025\n"
       "Ngày 3/3/2025, Khối thi đua các Chi cục Thuế tổ chức hội nghị ký kết giao ước thi đua. Theo đó, các thành viên "
       "khối giao ước thi đua, phấn đấu năm 2025 hoàn thành dự toán thu ngân sách; đẩy mạnh cải cách thủ tục hành "
       "chính; chống thất thu thuế.",
       {"hoàn thành dự toán thu ngân sách", "đẩy mạnh cải cách thủ tục hành chính", "chống thất thu thuế"}},
      {"courts-going-on",
       "Cụm thi đua Tòa án nhân dân các huyện ký giao ước thi đua\n"
       "Sáng 10/1/2025, Cụm thi đua số 5 tổ chức ký kết giao ước thi đua năm 2025. Các đơn vị trong cụm thống nhất, "
       "phấn đấu nâng cao chất lượng xét xử; đẩy mạnh hòa giải tại tòa án; xây dựng đội ngũ thẩm phán liêm chính. Cụm "
       "phấn đấu tăng cường số hóa hồ sơ; giữ vững đoàn kết nội bộ.",
       {"nâng cao chất lượng xét xử", "đẩy mạnh hòa giải tại tòa án", "xây dựng đội ngũ thẩm phán liêm chính",
        "tăng cường số hóa hồ sơ", "giữ vững đoàn kết nội bộ"}},
      {"farmers-khoi-going-on",
       "Khối thi đua Hội Nông dân các huyện ký giao ước thi đua năm 2024\n"
       "Ngày 6/3/2024, Khối thi đua số 3 tổ chức ký kết giao ước thi đua năm 2024. Các đơn vị trong khối cam kết, "
       "phấn đấu năm 2024 phát triển hội viên; hỗ trợ nông dân vay vốn; xây dựng chi hội vững mạnh. Khối phấn đấu "
       "nhân rộng mô hình sản xuất giỏi; tham gia xây dựng nông thôn mới.",
       {"phát triển hội viên", "hỗ trợ nông dân vay vốn", "xây dựng chi hội vững mạnh", "nhân rộng mô hình sản xuất giỏi",
        "tham gia xây dựng nông thôn mới"}},
      // Terms with figures: targets, not contents.
      {"neg-figures",
       "Cụm thi đua các xã ký giao ước thi đua năm 2024\n"
       "Ngày 5/3/2024, Cụm thi đua số 1 tổ chức ký kết giao ước thi đua. Các đơn vị trong cụm cam kết, phấn đấu thu "
       "ngân sách đạt 110% dự toán; giảm 2% hộ nghèo; 100% thôn đạt chuẩn văn hóa.",
       {}},
  };
  expect_contents(cases);
}

// "một số thành viên đã có ý kiến góp ý … một số tiêu chí trong nội dung chấm điểm thi đua của khối, như A, B, C"
// (khanh-hoa-2020): the points a group's marking scheme scores are no contents of the movement.
TEST(PlanPatterns105, MarkingSchemePointsAreNotContents) {
  const ContentCase cases[] = {
      {"neg-cluster-marking",
       "Cụm thi đua các huyện miền núi lấy ý kiến giao ước thi đua năm 2024\n"
       "Ngày 4/3/2024, Cụm thi đua các huyện miền núi gửi dự thảo giao ước thi đua năm 2024 tới các thành viên.\n\n"
       "Được biết, một số huyện đã có ý kiến về dự thảo quy chế, đề nghị làm rõ một số tiêu chí trong nội dung chấm "
       "điểm thi đua của cụm, như công tác cải cách hành chính, công tác dân vận; cách tính điểm thưởng.",
       {}},
      {"neg-schools-marking",
       "Cụm thi đua các trường Tiểu học lấy ý kiến giao ước thi đua\n"
       "Ngày 9/9/2024, Cụm thi đua các trường Tiểu học gửi dự thảo giao ước thi đua năm học 2024 – 2025 tới các "
       "trường.\n\n"
       "Theo đó, các trường đề nghị sửa đổi các nội dung chấm điểm của cụm, như số học sinh giỏi, số giáo viên dạy "
       "giỏi; số sáng kiến kinh nghiệm.",
       {}},
      // The pledge's own contents after "nội dung … như:" are still read.
      {"pledge-contents-kept",
       "Khối thi đua các sở ký kết giao ước thi đua năm 2025\n"
       "Sáng 3/3/2025, Khối thi đua các sở ký kết giao ước thi đua năm 2025 với các nội dung như: đẩy mạnh cải cách "
       "hành chính; thực hành tiết kiệm; xây dựng cơ quan văn hóa.",
       {"đẩy mạnh cải cách hành chính", "thực hành tiết kiệm", "xây dựng cơ quan văn hóa"}},
  };
  expect_contents(cases);
}

// "Dịp này, 17 đơn vị thành viên Khối thi đua … đóng trên địa bàn tỉnh đã bình bầu các danh hiệu …; phát động …"
// (binh-dinh-2023): units counted and named at length (a group's name, a region, "đóng / đứng chân trên địa
// bàn") as the subject of what they did ("đã …") are a count, named in full — not a level to reach. A level set
// after "phấn đấu có" stays a target.
TEST(PlanPatterns105, UnitsNamedAtLengthThatActedAreCounted) {
  const CountCase counts_cases[] = {
      {"enterprises-stationed",
       "Khối thi đua các doanh nghiệp tổng kết năm 2024\n"
       "Dịp này, 12 đơn vị thành viên Khối thi đua các doanh nghiệp nhà nước đóng trên địa bàn tỉnh đã bình xét các "
       "danh hiệu thi đua năm 2024; phát động và ký kết giao ước thi đua năm 2025.",
       {{12, "đơn vị thành viên Khối thi đua các doanh nghiệp nhà nước đóng trên địa bàn tỉnh"}}},
      {"customs-region",
       "Cụm thi đua các chi cục hải quan tổng kết năm 2024\n"
       "Dịp này, 6 đơn vị thành viên Cụm thi đua các chi cục hải quan cửa khẩu khu vực biên giới phía Bắc đã bình "
       "xét danh hiệu thi đua năm 2024; bầu Cụm trưởng năm 2025; ký kết giao ước thi đua năm 2025.",
       {{6, "đơn vị thành viên Cụm thi đua các chi cục hải quan cửa khẩu khu vực biên giới phía Bắc"}}},
      {"farmers-province",
       "Cụm thi đua Hội Nông dân các huyện tổng kết năm 2024\n"
       "Tại hội nghị, 7 đơn vị thành viên Cụm thi đua Hội Nông dân các huyện miền núi phía Tây tỉnh Nghệ An đã suy "
       "tôn Cụm trưởng năm 2025 và phát động thi đua năm 2025.",
       {{7, "đơn vị thành viên Cụm thi đua Hội Nông dân các huyện miền núi phía Tây tỉnh Nghệ An"}}},
      {"colleges-delta",
       "Khối thi đua các trường cao đẳng tổng kết năm học\n"
       "Tại hội nghị, 10 đơn vị thành viên Khối thi đua các trường cao đẳng nghề khu vực đồng bằng sông Cửu Long đã "
       "bình xét thi đua năm học 2023 – 2024; phát động thi đua năm học mới.",
       {{10, "đơn vị thành viên Khối thi đua các trường cao đẳng nghề khu vực đồng bằng sông Cửu Long"}}},
  };
  expect_counts(counts_cases);
  const TargetCase target_cases[] = {
      {"neg-enterprises-no-target",
       "Khối thi đua các doanh nghiệp tổng kết năm 2024\n"
       "Dịp này, 12 đơn vị thành viên Khối thi đua các doanh nghiệp nhà nước đóng trên địa bàn tỉnh đã bình xét các "
       "danh hiệu thi đua năm 2024; phát động và ký kết giao ước thi đua năm 2025.",
       {}},
      // A level set after "phấn đấu có": still a target.
      {"justice-level",
       "Sở Tư pháp phát động thi đua năm 2025\n"
       "Năm 2025, Sở Tư pháp phấn đấu có 15 xã, phường đạt chuẩn tiếp cận pháp luật.",
       {"rate equal 15 xã, phường | xã, phường đạt chuẩn tiếp cận pháp luật"}},
  };
  expect_targets(target_cases);
}

// "Đại hội là dịp tôn vinh 44 tập thể, cá nhân Anh hùng Lực lượng vũ trang Nhân dân …" (mps-2025), "bình xét
// được: 16 tập thể lao động tiên tiến; …" (cdc-2023): the title those honoured hold or are given, right after
// their noun, is part of what is counted. An adjective of praise alone still only praises ("30 cá nhân tiêu
// biểu" counts "cá nhân").
TEST(PlanPatterns105, TitleAfterThoseHonouredIsCounted) {
  const CountCase cases[] = {
      {"army-heroes",
       "Bộ Quốc phòng tổ chức Đại hội thi đua quyết thắng\n"
       "Đại hội là dịp tôn vinh 25 tập thể, cá nhân Anh hùng Lực lượng vũ trang Nhân dân của toàn quân.",
       {{25, "tập thể, cá nhân Anh hùng Lực lượng vũ trang Nhân dân"}}},
      {"trade-excellent",
       "Sở Công Thương tổng kết thi đua năm 2024\n"
       "Tại hội nghị, Giám đốc Sở Công Thương khen thưởng 12 tập thể lao động xuất sắc và 30 cá nhân tiêu biểu.",
       {{12, "tập thể lao động xuất sắc"}, {30, "cá nhân"}}},
      {"coal-labour-heroes",
       "Tập đoàn Than - Khoáng sản tổng kết phong trào thi đua\n"
       "Dịp này, Tập đoàn tuyên dương 6 cá nhân Anh hùng Lao động của ngành than.",
       {{6, "cá nhân Anh hùng Lao động"}}},
      {"district-schools",
       "Huyện Cam Lâm tổng kết năm học 2023 – 2024\n"
       "Dịp này, Chủ tịch UBND huyện tặng giấy khen cho 9 tập thể lao động tiên tiến thuộc ngành giáo dục.",
       {{9, "tập thể lao động tiên tiến"}}},
  };
  expect_counts(cases);
}

}  // namespace
}  // namespace thidua::text::plan
