// The sixty-second round (issue 14, session 22): an article pasted with its web page around it reads
// as the article. Found by the label-free check (tools/plan-audit/invariance.py, changes page-news,
// page-portal, page-paper): the development texts pasted inside a news site's or a portal's page were
// read the same in 0 of 348 texts — the breadcrumb taken for the headline, "Cụm thi đua số 7" of a
// headline under "Tin liên quan" taken for the group, the other unit of such a headline for the
// organiser. The page's lines are dropped before reading (document.cpp): a menu or breadcrumb, a
// share or view-count line, tags, a photographer's or reporter's credit standing alone, the head
// "Tin liên quan"/"Tin cùng chuyên mục"/"Xem thêm" with the headlines under it, "Xem thêm: …" on one
// line, and at the end the footer, the source ("Theo Báo …", "(Nguồn: …)") and the byline; the site's
// name over the headline. A second stamp under the dateline ("Cập nhật: …") is no headline either.
// Pages and articles written for the test, none copied from a text.
#include <gtest/gtest.h>

#include <string>

#include "text/plan/document.h"
#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::parse;

const char* const kHeadline = "Cụm thi đua số 3 ký kết giao ước thi đua năm 2025\n";
const char* const kBody =
    "Sáng 10/3/2025, tại Hội trường Công an tỉnh Bắc Kạn, Cụm thi đua số 3 gồm Công an các tỉnh Bắc Kạn, "
    "Cao Bằng, Lạng Sơn và Thái Nguyên tổ chức hội nghị ký kết giao ước thi đua năm 2025.\n"
    "Đại tá Hoàng Văn Tâm, Giám đốc Công an tỉnh Bắc Kạn, Cụm trưởng chủ trì hội nghị.\n"
    "Các đơn vị thống nhất 3 nội dung thi đua:\n"
    "- Thi đua bảo đảm an ninh chính trị, trật tự an toàn xã hội trên địa bàn;\n"
    "- Thi đua xây dựng lực lượng Công an nhân dân trong sạch, vững mạnh;\n"
    "- Thi đua đẩy mạnh chuyển đổi số trong công tác Công an.\n";

// The fields an article gives, compared between the article alone and the article in its page.
void expect_same(const std::string& article, const std::string& page) {
  const auto a = parse(article);
  const auto p = parse(page);
  for (const char* key : {"title", "event", "organizers", "movement", "contents", "group", "people", "counts"})
    EXPECT_EQ(p[key], a[key]) << key;
}

TEST(PlanPatterns62, TheArticleAloneGivesItsFields) {
  // What the comparisons below compare, so that they do not compare two empty drafts.
  const auto a = parse(std::string(kHeadline) + kBody);
  EXPECT_EQ(a["title"], "Cụm thi đua số 3 ký kết giao ước thi đua năm 2025");
  EXPECT_EQ(a["group"]["members"].size(), 4u);
  EXPECT_EQ(a["contents"].size(), 3u);
  EXPECT_EQ(a["event"]["date"], "2025-03-10");
}

TEST(PlanPatterns62, HeadlinesUnderTinLienQuanAreNotTheArticle) {
  const std::string page = std::string(kHeadline) + kBody +
                           "Tin liên quan\n"
                           "Công an tỉnh Hà Giang phát động đợt thi đua cao điểm 100 ngày đêm (02/04/2019)\n"
                           "Khối thi đua số 6 tổng kết công tác thi đua năm 2018\n"
                           "Tin cùng chuyên mục:\n"
                           "- Đoàn Thanh niên Công an tỉnh Tuyên Quang ra quân hưởng ứng Tháng thanh niên (20/03/2019)\n";
  expect_same(std::string(kHeadline) + kBody, page);
}

TEST(PlanPatterns62, MenuBreadcrumbAndSiteNameAboveTheHeadlineAreNoHeadline) {
  const std::string page = std::string("CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH ĐIỆN BIÊN\n") +
                           "Trang chủ » Tin tức - Sự kiện » Hoạt động lực lượng\n"
                           "Chính trị | Xã hội | Pháp luật | Quốc phòng\n" + kHeadline + kBody;
  EXPECT_EQ(parse(page)["title"], "Cụm thi đua số 3 ký kết giao ước thi đua năm 2025");
  expect_same(std::string(kHeadline) + kBody, page);
}

TEST(PlanPatterns62, ShareLinesCreditsTagsAndTheFooterAreSkipped) {
  // The view count over the headline was read as the headline, "Cụm thi đua số 8" of the tags as the group.
  const std::string article = "Công an tỉnh Bắc Kạn phát động thi đua cao điểm\n"
                              "Sáng 10/3/2025, Công an tỉnh Bắc Kạn tổ chức lễ phát động phong trào thi đua cao "
                              "điểm bảo đảm an ninh trật tự.\n"
                              "Đại tá Hoàng Văn Tâm, Giám đốc Công an tỉnh Bắc Kạn phát biểu phát động.\n";
  const std::string page = "Lượt xem: 2.518   Chia sẻ\n" + article +
                           "Ảnh: Minh Quân\n"
                           "Xem thêm: Cụm thi đua số 9 tổ chức hội nghị sơ kết 6 tháng đầu năm 2019\n"
                           "Từ khóa: Cụm thi đua số 8, Công an tỉnh Lạng Sơn\n"
                           "Bình luận (0) | In bài viết\n"
                           "Bản quyền thuộc Báo Lạng Sơn\n"
                           "Địa chỉ: Số 5 đường Trần Đăng Ninh, thành phố Lạng Sơn\n"
                           "Điện thoại: 0205.3870.111 - Email: toasoan@example.vn\n"
                           "Giấy phép số 99/GP-BTTTT ngày 2/6/2019\n";
  EXPECT_EQ(parse(page)["title"], "Công an tỉnh Bắc Kạn phát động thi đua cao điểm");
  EXPECT_TRUE(parse(page)["group"].is_null());
  expect_same(article, page);
  // The footer is no line of the document either.
  EXPECT_EQ(normalise(page).find("Giấy phép"), std::string::npos);
  EXPECT_EQ(normalise(page).find("Địa chỉ"), std::string::npos);
}

TEST(PlanPatterns62, TheSourceAndTheReporterAfterTheArticleAreNotItsLines) {
  const std::string page = std::string(kHeadline) + "PV\n" + kBody +
                           "Theo Báo Thái Nguyên\n(Nguồn: Phòng Tham mưu, Công an tỉnh Thái Nguyên)\n"
                           "Hoàng Hải - Đài Phát thanh và Truyền hình tỉnh Lạng Sơn\n";
  EXPECT_EQ(normalise(page), normalise(std::string(kHeadline) + kBody));
  expect_same(std::string(kHeadline) + kBody, page);
}

TEST(PlanPatterns62, ASecondStampUnderTheDatelineIsNoHeadline) {
  const std::string article = std::string("Thứ Hai, 10/03/2025 09:15\n") + kHeadline + kBody;
  const std::string page = std::string("Thứ Hai, 10/03/2025 09:15\nCập nhật: 10/03/2025 16:40\n") + kHeadline + kBody;
  EXPECT_EQ(parse(page)["title"], "Cụm thi đua số 3 ký kết giao ước thi đua năm 2025");
  expect_same(article, page);
}

TEST(PlanPatterns62, AClockTimeWithNoDayIsThePagesLine) {
  // "Cập nhật: 08:30" under the headline, the day shown elsewhere on the page: no line of the article.
  const std::string page = std::string(kHeadline) + "\nCập nhật: 08:30\n\n" + kBody;
  EXPECT_EQ(normalise(page).find("08:30"), std::string::npos);
  expect_same(std::string(kHeadline) + kBody, page);
}

TEST(PlanPatterns62, TheArticlesOwnLinesStay) {
  // "Theo báo cáo, …" is the article's sentence; a stamp with a view count is the page's dateline,
  // read as one; a caption that describes its picture stays with its credit.
  const std::string text = std::string(kHeadline) + "10/03/2025 08:00 215 lượt xem\n" + kBody +
                           "Quang cảnh hội nghị. Ảnh: Minh Quân\n"
                           "Theo báo cáo, năm 2024 các đơn vị trong Cụm hoàn thành tốt nhiệm vụ\n";
  const std::string n = normalise(text);
  EXPECT_NE(n.find("10/03/2025 08:00 215 lượt xem"), std::string::npos);
  EXPECT_NE(n.find("Quang cảnh hội nghị. Ảnh: Minh Quân"), std::string::npos);
  EXPECT_NE(n.find("Theo báo cáo, năm 2024"), std::string::npos);
  std::vector<std::string> notes;
  normalise(std::string(kHeadline) + kBody, &notes);
  EXPECT_TRUE(notes.empty());  // an article alone loses nothing and is told nothing
}

// (session 22, the lead's review) A table's rows split by "|" under "… gồm:" or inside the article
// are the article's, not a menu: "Sở Tư pháp | Cụm trưởng".
TEST(PlanPatterns62, ATablesRowsSplitByBarsAreNoMenu) {
  const std::string text =
      "Ngày 10/1/2025, Cụm thi đua số 2 ký kết giao ước thi đua năm 2025. Cụm thi đua số 2 gồm:\n"
      "Sở Tư pháp | Cụm trưởng\nSở Nội vụ | Cụm phó\n";
  const std::string n = normalise(text);
  EXPECT_NE(n.find("Sở Tư pháp | Cụm trưởng"), std::string::npos);
  EXPECT_NE(n.find("Sở Nội vụ | Cụm phó"), std::string::npos);
  const auto r = parse(text);
  EXPECT_EQ(r["group"]["leader"], "Sở Tư pháp");
  EXPECT_EQ(r["group"]["deputy"], "Sở Nội vụ");
  // The same bars above the headline are the site's menu.
  EXPECT_EQ(normalise("Trang chủ | Tin tức | An ninh trật tự\n" + text).find("Trang chủ"), std::string::npos);
}

}  // namespace
}  // namespace thidua::text::plan
