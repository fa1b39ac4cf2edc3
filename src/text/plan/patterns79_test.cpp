// The seventy-ninth round (issue 14, session 24, s24-kind): event kind, movement name and dates, title —
// the families of the former held-out texts of eval5 (now in dev/), as patterns of the language. The
// sentences are written for the tests, across sectors, labelled by the Conventions
// (tests/fixtures/plans/README.md) before the first run; each case not marked "guard" failed on main.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_field;
using test::FieldCase;

// "KẾ HOẠCH" / "Phát động thi đua thực hiện cuộc vận động “Toàn dân đoàn kết xây" / "" / "dựng đời sống
// văn hóa …” năm 2013": a plan's subject pasted with a blank line inside a word group goes on where the
// next line opens in lower case.
TEST(PlanPatterns79, AFormalPlansSubjectBrokenInsideAWordOverABlankLineGoesOn) {
  expect_field("/title", {
      {"the Front's plan, its campaign's name broken",
       "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nTỈNH BẠC LIÊU\n\nKẾ HOẠCH\n\nPhát động thi đua thực hiện cuộc vận "
         "động “Người Việt Nam ưu tiên dùng\n\nhàng Việt Nam” năm 2024\n\nThực hiện Kế hoạch số 12/KH-MTTQ của "
         "Ban Thường trực, Ban Thường trực tỉnh xây dựng kế hoạch như sau.\n",
       "KẾ HOẠCH Phát động thi đua thực hiện cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” năm 2024"},
      {"a department of education's plan",
       "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTỈNH AN GIANG\n\nKẾ HOẠCH\n\nTổ chức phong trào thi đua “Đổi mới, sáng tạo "
         "trong dạy và\n\nhọc” năm học 2024 - 2025\n\nCăn cứ Luật Thi đua, khen thưởng, Sở Giáo dục và Đào tạo "
         "ban hành kế hoạch như sau.\n",
       "KẾ HOẠCH Tổ chức phong trào thi đua “Đổi mới, sáng tạo trong dạy và học” năm học 2024 - 2025"},
      {"a hospital's plan",
       "BỆNH VIỆN ĐA KHOA TỈNH\n\nKẾ HOẠCH\n\nPhát động phong trào thi đua xây dựng bệnh viện xanh, sạch, "
         "đẹp và an\n\ntoàn năm 2025\n\nCăn cứ Kế hoạch của Sở Y tế, Bệnh viện xây dựng kế hoạch như sau.\n",
       "KẾ HOẠCH Phát động phong trào thi đua xây dựng bệnh viện xanh, sạch, đẹp và an toàn năm 2025"},
      {"a labour union's plan",
       "LIÊN ĐOÀN LAO ĐỘNG TỈNH\n\nKẾ HOẠCH\n\nTổ chức phong trào thi đua lao động giỏi, lao động sáng tạo "
         "trong công nhân,\n\nviên chức, lao động năm 2025\n\nThực hiện Chương trình công tác năm 2025, Liên "
         "đoàn Lao động tỉnh ban hành kế hoạch như sau.\n",
       "KẾ HOẠCH Tổ chức phong trào thi đua lao động giỏi, lao động sáng tạo trong công nhân, viên chức, lao động năm 2025"},
      {"a police plan",
       "CÔNG AN TỈNH QUẢNG NAM\n\nKẾ HOẠCH\n\nPhát động đợt thi đua cao điểm bảo đảm an ninh, trật tự dịp "
         "Tết Nguyên\n\nđán Ất Tỵ năm 2025\n\nThực hiện Kế hoạch của Bộ Công an, Công an tỉnh ban hành kế "
         "hoạch như sau.\n",
       "KẾ HOẠCH Phát động đợt thi đua cao điểm bảo đảm an ninh, trật tự dịp Tết Nguyên đán Ất Tỵ năm 2025"},
      {"guard: the body after the blank line opens in capitals",
       "CÔNG AN TỈNH QUẢNG NAM\n\nKẾ HOẠCH\n\nPhát động đợt thi đua cao điểm năm 2025\n\nThực hiện Kế hoạch "
         "của Bộ Công an, Công an tỉnh ban hành kế hoạch như sau.\n",
       "KẾ HOẠCH Phát động đợt thi đua cao điểm năm 2025"},
  });
}

// "phát động thi đua thực hiện cuộc vận động “Toàn dân đoàn kết …”": the campaign a text launches, quoted
// after "cuộc vận động", names its movement; one carried on beside it ("tiếp tục thực hiện cuộc vận động
// “…”") or tied to its emulation does not.
TEST(PlanPatterns79, ALaunchedFrontCampaignQuotedAfterCuocVanDongIsTheMovement) {
  expect_field("/movement/name", {
      {"the Front launches a campaign",
       "Ngày 5/3/2024, Ủy ban MTTQ huyện Phú Tân tổ chức phát động thực hiện cuộc vận động “Người Việt Nam "
         "ưu tiên dùng hàng Việt Nam” năm 2024.",
       "Người Việt Nam ưu tiên dùng hàng Việt Nam"},
      {"a women's union launches one",
       "Sáng 8/3/2024, Hội Liên hiệp Phụ nữ tỉnh Bến Tre phát động cuộc vận động “Xây dựng gia đình 5 không, "
         "3 sạch” trong hội viên.",
       "Xây dựng gia đình 5 không, 3 sạch"},
      {"a labour union, 'hưởng ứng' between",
       "Ngày 17/10/2023, Liên đoàn Lao động tỉnh Cà Mau tổ chức lễ phát động hưởng ứng cuộc vận động “Vì "
         "người nghèo” năm 2023.",
       "Vì người nghèo"},
      {"a school, 'thi đua thực hiện' between",
       "Ngày 5/9/2024, Trường THCS Nguyễn Du phát động thi đua thực hiện cuộc vận động “Mỗi thầy cô giáo là "
         "một tấm gương đạo đức, tự học và sáng tạo”.",
       "Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo"},
      {"guard: a campaign carried on",
       "Ngày 14/7/2020, Tỉnh đoàn Thái Nguyên tổ chức hội nghị sơ kết giữa nhiệm kỳ. Thời gian tới, Tỉnh "
         "đoàn sẽ tiếp tục thực hiện cuộc vận động “Vì đàn em thân yêu”.",
       ""},
      {"guard: a campaign the movement is tied to",
       "Ngày 9/4/2024, Công an huyện Đức Hòa tổ chức phát động phong trào thi đua “Vì an ninh Tổ quốc” gắn "
         "với cuộc vận động “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.",
       "Vì an ninh Tổ quốc"},
  });
}

// "phát động phong trào nông dân thi đua sản xuất, kinh doanh giỏi năm 2022": a movement of one people
// named, without quotes, by them, "thi đua" and what they emulate in, to its year or a link word.
TEST(PlanPatterns79, AMovementOfOnePeopleIsNamedByThemAndWhatTheyEmulateIn) {
  expect_field("/movement/name", {
      {"farmers",
       "Ngày 20/2/2024, Hội Nông dân huyện Mộc Châu tổ chức hội nghị phát động phong trào nông dân thi đua "
         "sản xuất, kinh doanh giỏi năm 2024.",
       "nông dân thi đua sản xuất, kinh doanh giỏi"},
      {"workers, a fixed name with its comma",
       "Sáng 3/3/2024, Công đoàn ngành Y tế tỉnh Hà Tĩnh phát động phong trào công nhân viên chức lao động "
         "thi đua lao động giỏi, lao động sáng tạo năm 2024.",
       "công nhân viên chức lao động thi đua lao động giỏi, lao động sáng tạo"},
      {"veterans",
       "Ngày 12/4/2024, Hội Cựu chiến binh tỉnh Hòa Bình phát động phong trào cựu chiến binh thi đua làm "
         "kinh tế giỏi trong hội viên.",
       "cựu chiến binh thi đua làm kinh tế giỏi"},
      {"pupils",
       "Ngày 5/9/2024, Trường Tiểu học Kim Đồng phát động phong trào học sinh thi đua học tốt năm học "
         "2024-2025.",
       "học sinh thi đua học tốt"},
      {"women",
       "Ngày 8/3/2025, Hội Phụ nữ xã Tân Lập phát động phong trào phụ nữ thi đua xây dựng gia đình hạnh phúc "
         "với 300 hội viên.",
       "phụ nữ thi đua xây dựng gia đình hạnh phúc"},
      {"guard: a quoted name keeps its quotes' words",
       "Ngày 12/3/2024, Hội Nông dân tỉnh Sóc Trăng tổ chức hội nghị tổng kết phong trào thi đua “Nông dân "
         "sản xuất, kinh doanh giỏi” năm 2023.",
       "Nông dân sản xuất, kinh doanh giỏi"},
  });
}

// "Hai Bà Trưng: Tổ chức phong trào thi đua … (15:35 30/11/2019)": the page's stamp in brackets, its clock
// time before or after its day, is not the headline's.
TEST(PlanPatterns79, APageStampInBracketsClosingAHeadlineIsNoPartOfIt) {
  expect_field("/title", {
      {"time before the day",
       "Quận Ba Đình: Phát động phong trào thi đua chào mừng Đại hội Đảng bộ quận (09:15 12/03/2020)\n\nNgày "
         "10-3, Hội đồng Thi đua - Khen thưởng quận Ba Đình ban hành kế hoạch phát động phong trào thi đua.\n",
       "Quận Ba Đình: Phát động phong trào thi đua chào mừng Đại hội Đảng bộ quận"},
      {"day before the time",
       "Trường THPT Lê Quý Đôn phát động thi đua năm học mới (05/09/2024 10:20)\n\nSáng 5/9/2024, Trường "
         "THPT Lê Quý Đôn tổ chức lễ phát động thi đua năm học 2024 - 2025.\n",
       "Trường THPT Lê Quý Đôn phát động thi đua năm học mới"},
      {"dots and a dash",
       "Ngân hàng Nông nghiệp tỉnh ký kết giao ước thi đua năm 2024 (15.01.2024 - 16:05)\n\nNgày 12/1/2024, "
         "các chi nhánh Ngân hàng Nông nghiệp trên địa bàn tỉnh ký kết giao ước thi đua năm 2024.\n",
       "Ngân hàng Nông nghiệp tỉnh ký kết giao ước thi đua năm 2024"},
      {"seconds in the time",
       "Bệnh viện tỉnh tổng kết phong trào thi đua năm 2023 (08:30:12 20/12/2023)\n\nNgày 19/12/2023, Bệnh "
         "viện Đa khoa tỉnh tổ chức hội nghị tổng kết phong trào thi đua năm 2023.\n",
       "Bệnh viện tỉnh tổng kết phong trào thi đua năm 2023"},
      {"guard: a day in brackets with no clock time",
       "Trường THPT Lê Quý Đôn phát động thi đua năm học mới (ngày 05/09/2024)\n\nSáng 5/9/2024, Trường THPT "
         "Lê Quý Đôn tổ chức lễ phát động thi đua năm học 2024 - 2025.\n",
       "Trường THPT Lê Quý Đôn phát động thi đua năm học mới (ngày 05/09/2024)"},
  });
}

// "… chào mừng các ngày lễ lớn năm 2020, chào mừng Đại hội Đảng bộ các cấp, tiến tới Đại hội … lần thứ
// XVII của Đảng bộ Thành phố …": an occasion after a comma with its own purpose word, and the body a
// congress's ordinal belongs to, are part of the name.
TEST(PlanPatterns79, ASecondOccasionWithItsOwnPurposeWordGoesOnInTheName) {
  expect_field("/movement/name", {
      {"two occasions, each with 'chào mừng'",
       "Ngày 5/1/2025, UBND tỉnh Quảng Trị ban hành kế hoạch về phong trào thi đua chào mừng kỷ niệm 50 năm "
         "Ngày giải phóng tỉnh, chào mừng Đại hội Đảng bộ tỉnh lần thứ XVIII.",
       "phong trào thi đua chào mừng kỷ niệm 50 năm Ngày giải phóng tỉnh, chào mừng Đại hội Đảng bộ tỉnh lần thứ XVIII"},
      {"youth union, 'tiến tới'",
       "Ngày 10/3/2022, Tỉnh đoàn Nghệ An phát động phong trào thi đua chào mừng Đại hội Đoàn các cấp, tiến "
         "tới Đại hội Đoàn toàn quốc lần thứ XII.",
       "phong trào thi đua chào mừng Đại hội Đoàn các cấp, tiến tới Đại hội Đoàn toàn quốc lần thứ XII"},
      {"labour union, 'hướng tới'",
       "Ngày 2/3/2023, Liên đoàn Lao động tỉnh Phú Yên phát động phong trào thi đua lập thành tích chào mừng "
         "Đại hội Công đoàn tỉnh lần thứ XV, hướng tới Đại hội Công đoàn Việt Nam lần thứ XIII.",
       "phong trào thi đua lập thành tích chào mừng Đại hội Công đoàn tỉnh lần thứ XV, hướng tới Đại hội Công đoàn Việt Nam lần thứ XIII"},
      {"a congress's ordinal, then whose",
       "Ngày 12/9/2019, Ban Thường vụ Quận ủy Hoàn Kiếm phát động phong trào thi đua chào mừng Đại hội đại "
         "biểu lần thứ XXVI của Đảng bộ quận.",
       "phong trào thi đua chào mừng Đại hội đại biểu lần thứ XXVI của Đảng bộ quận"},
      {"guard: 'tiến tới' a task, no occasion",
       "Ngày 28/11/2019, UBND huyện Gia Lâm phát động phong trào thi đua chào mừng Đại hội Đảng bộ các cấp, "
         "tiến tới hoàn thành các chỉ tiêu năm 2020.",
       "phong trào thi đua chào mừng Đại hội Đảng bộ các cấp"},
  });
}

// phong trào ""Toàn dân bảo vệ an ninh Tổ quốc": a straight double quote typed twice before a name opens
// the quote once.
TEST(PlanPatterns79, ADoubleQuoteTypedTwiceBeforeANameOpensItOnce) {
  expect_field("/movement/name", {
      {"a commune's police",
       "Ngày 4/4/2024, Công an xã Sùng Phài tổ chức phát động phong trào \"\"Toàn dân bảo vệ an ninh Tổ "
         "quốc\" năm 2024.",
       "Toàn dân bảo vệ an ninh Tổ quốc"},
      {"a school",
       "Ngày 5/9/2024, Trường THPT Chu Văn An phát động phong trào thi đua \"\"Dạy tốt, học tốt\" năm học "
         "2024-2025.",
       "Dạy tốt, học tốt"},
      {"a hospital",
       "Ngày 2/1/2025, Bệnh viện Đa khoa huyện Tuy An phát động phong trào thi đua \"\"Xanh - Sạch - Đẹp\" "
         "năm 2025.",
       "Xanh - Sạch - Đẹp"},
      {"a women's union",
       "Ngày 8/3/2024, Hội Phụ nữ phường Tân Định phát động phong trào \"\"Phụ nữ tích cực học tập, lao động "
         "sáng tạo, xây dựng gia đình hạnh phúc\" năm 2024.",
       "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc"},
      {"a bank, in the headline",
       "Ngân hàng Chính sách xã hội tỉnh phát động phong trào thi đua \"\"Giỏi việc ngân hàng, đảm việc "
         "nhà\"\n\nNgày 10/3/2024, Ngân hàng Chính sách xã hội tỉnh tổ chức lễ phát động.\n",
       "Giỏi việc ngân hàng, đảm việc nhà"},
      {"guard: quotes typed once",
       "Ngày 4/4/2024, Công an xã A tổ chức phát động phong trào \"Toàn dân bảo vệ an ninh Tổ quốc\" năm "
         "2024.",
       "Toàn dân bảo vệ an ninh Tổ quốc"},
  });
}

// "phát động đợt ra quân “60 ngày cao điểm xây dựng nông thôn mới”": a drive's name quoted right after
// "đợt ra quân" or "đợt cao điểm" is its name; a theme has its cue word between.
TEST(PlanPatterns79, ADrivesNameQuotedAfterDotRaQuanOrDotCaoDiemIsItsName) {
  expect_field("/movement/name", {
      {"a commune's drive",
       "Ngày 10/4/2024, UBND xã Trung Sơn phát động đợt ra quân “100 ngày đêm xây dựng nông thôn mới”. Các "
         "thôn đã đăng ký thi đua hoàn thành các tiêu chí.",
       "100 ngày đêm xây dựng nông thôn mới"},
      {"the police's peak",
       "Sáng 15/12/2024, Công an tỉnh Lào Cai phát động đợt cao điểm “Tấn công trấn áp tội phạm, bảo đảm an "
         "ninh trật tự dịp Tết”.",
       "Tấn công trấn áp tội phạm, bảo đảm an ninh trật tự dịp Tết"},
      {"a youth union",
       "Ngày 2/6/2024, Huyện đoàn Tuy Phước phát động đợt ra quân “Ngày Chủ nhật xanh” trong đoàn viên thanh "
         "niên. Các cơ sở Đoàn đã đăng ký thi đua thực hiện.",
       "Ngày Chủ nhật xanh"},
      {"a hospital",
       "Ngày 5/6/2024, Bệnh viện Đa khoa tỉnh Ninh Bình phát động đợt cao điểm “30 ngày vì bệnh viện xanh, "
         "sạch, đẹp”.",
       "30 ngày vì bệnh viện xanh, sạch, đẹp"},
      {"guard: a theme after its cue",
       "Sáng 3/2/2025, Bộ Chỉ huy Bộ đội Biên phòng tỉnh phát động đợt cao điểm với chủ đề “Mừng Đảng, mừng "
         "Xuân”.",
       ""},
  });
}

// "… đóng góp …, nhất là trong phối hợp, tổ chức và phát động phong trào", "mong muốn …, đặc biệt là phát
// động sâu rộng phong trào …": a launch singled out among work done or wished for is a field of that work,
// not the event.
TEST(PlanPatterns79, ALaunchSingledOutAmongTheWorkDoneOrWishedForIsNotTheEvent) {
  expect_field("/event/kind", {
      {"a medal ceremony, the work praised",
       "Tại buổi lễ, Giám đốc Công an tỉnh đã trao Kỷ niệm chương cho các đồng chí lãnh đạo các sở, ngành. "
         "Đồng chí Giám đốc ghi nhận những đóng góp của các đồng chí trong sự nghiệp bảo vệ an ninh Tổ quốc, "
         "nhất là trong phối hợp, tổ chức và phát động phong trào.",
       ""},
      {"a union's awards, the work praised",
       "Tại buổi lễ, Chủ tịch Liên đoàn Lao động tỉnh trao Bằng khen cho 20 đoàn viên. Liên đoàn ghi nhận "
         "vai trò của các công đoàn cơ sở, đặc biệt là phát động phong trào thi đua lao động giỏi.",
       ""},
      {"a school's awards",
       "Tại buổi lễ, Hiệu trưởng trao giấy khen cho 12 giáo viên. Nhà trường ghi nhận đóng góp của các thầy "
         "cô, nhất là phát động phong trào thi đua dạy tốt.",
       ""},
      {"a hospital's thanks",
       "Tại buổi lễ, Giám đốc Sở Y tế trao Kỷ niệm chương cho các bác sĩ. Sở mong muốn các bệnh viện tiếp "
         "tục phối hợp, đặc biệt là trong tổ chức và phát động các phong trào thi đua.",
       ""},
      {"guard: a launch held",
       "Sáng 5/3/2024, Công an huyện Đức Hòa tổ chức lễ phát động phong trào toàn dân bảo vệ an ninh Tổ quốc "
         "năm 2024.",
       "launch"},
  });
}

// "Công an tỉnh mong muốn tiếp tục nhận được sự phối hợp …, nhất là phát động sâu rộng phong trào toàn dân
// bảo vệ ANTQ": a movement singled out among the help wished for is that help, not the text's movement.
TEST(PlanPatterns79, AMovementSingledOutAmongTheHelpWishedForIsNotTheTexts) {
  expect_field("/movement/name", {
      {"a medal ceremony",
       "Tại buổi lễ, Giám đốc Công an tỉnh đã trao Kỷ niệm chương cho các đồng chí lãnh đạo các sở, ngành. "
         "Công an tỉnh mong muốn tiếp tục nhận được sự phối hợp của các sở, ngành, nhất là phát động sâu rộng "
         "phong trào toàn dân bảo vệ ANTQ.",
       ""},
      {"a union's awards",
       "Tại buổi lễ, Chủ tịch Liên đoàn Lao động tỉnh trao Bằng khen cho 20 đoàn viên. Liên đoàn mong muốn "
         "các cấp công đoàn tiếp tục quan tâm, đặc biệt là phát động mạnh mẽ phong trào “Xanh - Sạch - Đẹp, "
         "bảo đảm an toàn vệ sinh lao động”.",
       ""},
      {"a school's awards",
       "Tại buổi lễ, Hiệu trưởng trao giấy khen cho 12 giáo viên. Nhà trường mong các tổ chuyên môn, nhất là "
         "phát động phong trào “Mỗi thầy cô giáo là một tấm gương tự học”.",
       ""},
      {"a Front's awards",
       "Tại buổi lễ, Chủ tịch Ủy ban MTTQ tỉnh trao Bằng khen cho 30 khu dân cư. Ủy ban MTTQ tỉnh đề nghị "
         "các cấp tiếp tục quan tâm, đặc biệt là phát động sâu rộng phong trào “Toàn dân đoàn kết xây dựng đời "
         "sống văn hóa”.",
       ""},
      {"guard: a movement the event launches",
       "Sáng 5/3/2024, Công an huyện Đức Hòa tổ chức lễ phát động phong trào toàn dân bảo vệ an ninh Tổ quốc "
         "năm 2024.",
       "toàn dân bảo vệ an ninh Tổ quốc"},
  });
}

// "Hội nghị biểu dương những người lao động giỏi … giai đoạn 2015-2020, tổng kết 10 năm phong trào …": a
// meeting named for the people it honours is a conference, as the development labels have it, whatever it
// also reviews.
TEST(PlanPatterns79, AMeetingNamedForThoseItHonoursIsAConference) {
  expect_field("/event/kind", {
      {"a bank",
       "Ngày 26/6/2020, Ngân hàng Chính sách xã hội tỉnh Long An tổ chức Hội nghị biểu dương những người lao "
         "động giỏi giai đoạn 2015-2020, tổng kết 10 năm phong trào thi đua “Giỏi việc ngân hàng, đảm việc "
         "nhà”.",
       "conference"},
      {"a post office",
       "Ngày 20/6/2020, Bưu điện tỉnh Hà Nam tổ chức Hội nghị tuyên dương điển hình tiên tiến giai đoạn "
         "2015-2020. Hội nghị cũng tổng kết 5 năm phong trào thi đua “Phục vụ tận tình”.",
       "conference"},
      {"a district",
       "Ngày 10/7/2020, UBND huyện Tứ Kỳ tổ chức Hội nghị tôn vinh 108 tập thể, cá nhân điển hình tiên tiến, "
         "tổng kết phong trào thi đua yêu nước giai đoạn 2015-2020.",
       "conference"},
      {"a school sector",
       "Ngày 5/8/2023, Phòng Giáo dục và Đào tạo huyện Kỳ Sơn tổ chức Hội nghị biểu dương giáo viên dạy "
         "giỏi, tổng kết năm học 2022 - 2023.",
       "conference"},
      {"guard: a meeting of no name then a review",
       "Ngày 5/12/2023, Cụm thi đua số 3 tổ chức Hội nghị tại Công an tỉnh Hà Giang. Tại hội nghị, các đơn "
         "vị đã tổng kết phong trào thi đua năm 2023.",
       "review"},
  });
}

// "phong trào “…” giai đoạn 2022 – 2023;" then "Phong trào … được triển khai thực hiện từ tháng 9/2022 đến
// tháng 6/2023": the months a later sentence of the movement gives within its years are its span.
TEST(PlanPatterns79, AMovementsYearsNarrowToTheMonthsALaterSentenceOfItGives) {
  expect_field("/movement/start", {
      {"a police youth union",
       "Ngày 15/9/2022, Đoàn Thanh niên Cụm thi đua số 8 tổ chức ký kết giao ước thi đua thực hiện phong "
         "trào “Thanh niên Công an nhân dân học tập, thực hiện Sáu điều Bác Hồ dạy” giai đoạn 2022 – 2023. "
         "Phong trào giai đoạn mới được triển khai thực hiện từ tháng 9/2022 đến tháng 6/2023.",
       "2022-09-01"},
      {"a students' union",
       "Ngày 10/9/2024, Hội Sinh viên trường Đại học Cần Thơ phát động phong trào “Sinh viên 5 tốt” giai "
         "đoạn 2024 - 2025. Phong trào được thực hiện từ tháng 10/2024 đến tháng 5/2025.",
       "2024-10-01"},
      {"a school, its time with days",
       "Ngày 5/9/2023, Trường THCS Lê Lợi phát động phong trào thi đua “Dạy tốt, học tốt” giai đoạn 2023 - "
         "2024. Thời gian thực hiện từ ngày 15/9/2023 đến ngày 25/5/2024.",
       "2023-09-15"},
      {"a women's union",
       "Ngày 8/3/2024, Hội Phụ nữ tỉnh Vĩnh Long phát động phong trào thi đua “Phụ nữ khởi nghiệp” giai đoạn "
         "2024 - 2025. Phong trào được triển khai từ tháng 4/2024 đến tháng 12/2025.",
       "2024-04-01"},
      {"guard: months outside the years",
       "Ngày 10/1/2023, Công an tỉnh Sóc Trăng phát động phong trào thi đua “Vì an ninh Tổ quốc” giai đoạn "
         "2023 - 2025. Phong trào được tổng kết từ tháng 1/2026 đến tháng 3/2026.",
       "2023-01-01"},
  });
}

// "… các phong trào thi đua, cuộc vận động do Tổng LĐLĐ Việt Nam, UBND tỉnh, LĐLĐ tỉnh phát động như …":
// movements launched by bodies listed after "do", commas between their names, were launched before; no
// launch is held.
TEST(PlanPatterns79, ALaunchByBodiesListedAfterDoIsAnEarlierOne) {
  expect_field("/event/kind", {
      {"a labour union's plan",
       "LĐLĐ tỉnh vừa có kế hoạch tổ chức phong trào thi đua năm 2023. Theo đó, các cấp công đoàn tập trung "
         "triển khai các phong trào thi đua, cuộc vận động do Tổng LĐLĐ Việt Nam, UBND tỉnh, LĐLĐ tỉnh phát "
         "động như Lao động giỏi, Lao động sáng tạo.",
       ""},
      {"a youth union",
       "Năm 2024, các cơ sở Đoàn tiếp tục triển khai các phong trào do Trung ương Đoàn, Thành đoàn, Đoàn "
         "trường phát động như Sinh viên 5 tốt, Tình nguyện vì cộng đồng.",
       ""},
      {"a women's union",
       "Năm 2024, các cấp Hội tích cực hưởng ứng các phong trào thi đua do Trung ương Hội, Tỉnh hội phát "
         "động như Phụ nữ khởi nghiệp.",
       ""},
      {"schools",
       "Năm học 2023 - 2024, các trường thực hiện tốt các phong trào thi đua do Bộ Giáo dục và Đào tạo, Sở "
         "Giáo dục và Đào tạo, Công đoàn ngành Giáo dục phát động như Dạy tốt, học tốt.",
       ""},
      {"the police",
       "Năm 2023, Công an các đơn vị thực hiện các phong trào thi đua do Bộ Công an, Tỉnh ủy, Công an tỉnh "
         "phát động như Vì an ninh Tổ quốc.",
       ""},
      {"guard: a body launching, after a list it heads",
       "Sáng 5/3/2024, Công an huyện Đức Hòa, Ủy ban MTTQ huyện Đức Hòa phát động phong trào toàn dân bảo vệ "
         "an ninh Tổ quốc năm 2024.",
       "launch"},
  });
}

// "Lễ phát động xây dựng ấp AB nông thôn mới năm 2023": a launch of building a place to a standard ("nông
// thôn mới", "… nâng cao", "văn minh đô thị") names its emulation by that building, its year left out.
TEST(PlanPatterns79, ALaunchOfBuildingAPlaceToAStandardNamesItsEmulation) {
  expect_field("/movement/name", {
      {"a hamlet",
       "Ngày 17/3/2023, UBND xã Mỹ Hội tổ chức Lễ phát động xây dựng ấp Bình Thạnh nông thôn mới năm 2023. "
         "Tại buổi lễ, các ngành đã ký kết giao ước thi đua.",
       "xây dựng ấp Bình Thạnh nông thôn mới"},
      {"a commune, raised standard",
       "Sáng 5/4/2024, UBND huyện Cao Lãnh tổ chức lễ phát động xây dựng xã Mỹ Long nông thôn mới nâng cao. "
         "Các đoàn thể đăng ký thi đua thực hiện các tiêu chí.",
       "xây dựng xã Mỹ Long nông thôn mới nâng cao"},
      {"a model village",
       "Ngày 20/5/2024, Ủy ban MTTQ xã Đông Phú tổ chức phát động xây dựng thôn Phú Lộc nông thôn mới kiểu "
         "mẫu năm 2024 và ký kết thi đua giữa các chi hội.",
       "xây dựng thôn Phú Lộc nông thôn mới kiểu mẫu"},
      {"a ward",
       "Ngày 9/6/2024, UBND phường An Lạc tổ chức lễ phát động xây dựng phường văn minh đô thị năm 2024. Các "
         "khu phố đã đăng ký thi đua.",
       "xây dựng phường văn minh đô thị"},
      {"a residential area, the police",
       "Ngày 12/8/2024, Công an xã Tân Hòa tổ chức lễ phát động xây dựng ấp Tân Lợi an toàn về an ninh, trật "
         "tự. Các hộ dân đã ký cam kết thi đua.",
       "xây dựng ấp Tân Lợi an toàn về an ninh, trật tự"},
      {"guard: a named movement wins",
       "Ngày 5/3/2024, UBND xã Tân Hòa tổ chức lễ phát động phong trào thi đua “Cả nước chung sức xây dựng "
         "nông thôn mới” năm 2024.",
       "Cả nước chung sức xây dựng nông thôn mới"},
  });
}

// "… nhằm mục tiêu chung là thực hiện khẩu hiệu hành động “Mỗi ngày, mỗi CBCS … làm một việc tốt …”": an
// action slogan carried out is the unit's own motto; only a standing principle ("thực hiện tốt phương châm
// “4 tại chỗ”") is the force's.
TEST(PlanPatterns79, AnActionSloganCarriedOutIsTheMovementsMotto) {
  expect_field("/movement/motto", {
      {"the police",
       "Ngày 5/8/2015, Công an tỉnh Trà Vinh tổ chức Đại hội thi đua “Vì an ninh Tổ quốc”. Các phong trào "
         "nhằm mục tiêu chung là thực hiện khẩu hiệu hành động “Mỗi ngày, mỗi cán bộ chiến sĩ làm một việc tốt "
         "vì nhân dân”.",
       "Mỗi ngày, mỗi cán bộ chiến sĩ làm một việc tốt vì nhân dân"},
      {"a hospital",
       "Ngày 2/1/2024, Bệnh viện Đa khoa tỉnh Bắc Giang phát động phong trào thi đua năm 2024. Toàn viện "
         "thực hiện khẩu hiệu hành động “Người bệnh là trung tâm, chất lượng là mục tiêu”.",
       "Người bệnh là trung tâm, chất lượng là mục tiêu"},
      {"a school",
       "Ngày 5/9/2024, Trường THPT Nguyễn Trãi phát động thi đua năm học 2024 - 2025. Nhà trường thực hiện "
         "tốt khẩu hiệu hành động “Kỷ cương, tình thương, trách nhiệm”.",
       "Kỷ cương, tình thương, trách nhiệm"},
      {"a youth union",
       "Ngày 26/3/2024, Huyện đoàn Krông Pắc phát động Tháng Thanh niên năm 2024. Các cơ sở Đoàn thực hiện "
         "khẩu hiệu hành động “Tuổi trẻ xung kích, tình nguyện vì cộng đồng”.",
       "Tuổi trẻ xung kích, tình nguyện vì cộng đồng"},
      {"a bank",
       "Ngày 10/1/2024, Ngân hàng Chính sách xã hội tỉnh Long An phát động thi đua năm 2024. Cán bộ quán "
         "triệt khẩu hiệu hành động “Tận tụy, sáng tạo, hiệu quả”.",
       "Tận tụy, sáng tạo, hiệu quả"},
      {"guard: a standing principle carried out",
       "Ngày 10/1/2024, Công an xã Tân Lập phát động phong trào thi đua năm 2024. Các tổ thực hiện tốt "
         "phương châm “4 tại chỗ”.",
       ""},
  });
}

// "Chủ đề của Tháng Thanh niên 2015 là “Tự hào tiến bước dưới cờ Đảng”": the quote said after "là" of the
// campaign the theme belongs to is the theme (not a name quoted right after "của phong trào").
TEST(PlanPatterns79, AThemeSaidOfTheCampaignAfterLaIsItsTheme) {
  expect_field("/movement/theme", {
      {"a youth month",
       "Ngày 26/3/2015, Đoàn Thanh niên Tập đoàn Cao su tổ chức phát động Tháng Thanh niên năm 2015. Chủ đề "
         "của Tháng Thanh niên 2015 là “Tự hào tiến bước dưới cờ Đảng”.",
       "Tự hào tiến bước dưới cờ Đảng"},
      {"a peak",
       "Ngày 15/12/2024, Công an tỉnh Hà Giang phát động đợt thi đua cao điểm. Chủ đề của đợt thi đua là “Ra "
         "quân quyết thắng, mừng Xuân an toàn”.",
       "Ra quân quyết thắng, mừng Xuân an toàn"},
      {"a school year",
       "Ngày 5/9/2024, Sở Giáo dục và Đào tạo tỉnh Nam Định phát động thi đua năm học mới. Chủ đề của năm "
         "học 2024 - 2025 là “Đổi mới, sáng tạo, nâng cao chất lượng”.",
       "Đổi mới, sáng tạo, nâng cao chất lượng"},
      {"a union's month",
       "Ngày 2/5/2024, Liên đoàn Lao động tỉnh Bình Dương phát động thi đua trong Tháng Công nhân năm 2024. "
         "Chủ đề của Tháng Công nhân năm nay là “Công nhân xây dựng nông thôn mới”.",
       "Công nhân xây dựng nông thôn mới"},
      {"a health week",
       "Ngày 1/4/2024, Sở Y tế tỉnh Bình Định phát động Tuần lễ sức khỏe năm 2024. Chủ đề của Tuần lễ là "
         "“Sức khỏe cho mọi người”.",
       "Sức khỏe cho mọi người"},
      {"guard: the movement quoted after 'của phong trào'",
       "Ngày 10/1/2024, Công an tỉnh Sóc Trăng phát động phong trào thi đua năm 2024. “Đoàn kết, kỷ cương” "
         "là chủ đề của phong trào “Vì an ninh Tổ quốc” năm 2024.",
       "Đoàn kết, kỷ cương"},
  });
}

}  // namespace
}  // namespace thidua::text::plan
