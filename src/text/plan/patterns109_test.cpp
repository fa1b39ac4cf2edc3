// Session 28 round 3 (issue 14, s28-lists3): counts. Sentences written for these tests (courts, women's union,
// youth union, education, a cluster's members; a youth union's, a health department's, farmers', a school's campaigns), labelled by the Conventions (tests/fixtures/plans/README.md:
// Counts — "`what` is the count noun with its qualifiers as written, up to a link word") before the run; each
// positive failed with main 7a8a5f1, the guards pass on both.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::CountCase;
using test::expect_counts;
using test::expect_field;

// "có 09 Cụm thi đua của Tòa án nhân dân" (toa-an-2018): the body those counted belong to, named with its
// capitalised head right after "của", qualifies what is counted and stays in `what` ("của" ends a position
// or a place elsewhere); the body's name goes on in capitals across a level word. Not a sector written in
// lower case ("của ngành Giáo dục"), nor the group's own kind word referring back ("thành viên của Cụm").
TEST(PlanPatterns109, OwningBodyAfterCuaStaysInWhatIsCounted) {
  const CountCase cases[] = {
      {"courts: clusters of a named body, a list after",
       "Theo quy định có 09 Cụm thi đua của Tòa án nhân dân, bao gồm: Cụm 1, Cụm 2.",
       {{9, "Cụm thi đua của Tòa án nhân dân"}}},
      {"women's union: teams of a commune's union, a level inside its name",
       "Đến nay đã thành lập 12 tổ tự quản của Hội Phụ nữ xã Tân Phú.",
       {{12, "tổ tự quản của Hội Phụ nữ xã Tân Phú"}}},
      {"youth union: teams of a ward's union, a link word after the name",
       "Đến nay đã thành lập 8 tổ tự quản của Đoàn Thanh niên phường Hòa Bình tại các khu phố.",
       {{8, "tổ tự quản của Đoàn Thanh niên phường Hòa Bình"}}},
      // Guards.
      {"education: a sector in lower case is no body's name",
       "Dịp này, Bộ tặng Bằng khen cho 7 tập thể của ngành Giáo dục và 9 cá nhân.",
       {{7, "tập thể"}, {9, "cá nhân"}}},
      {"cluster: its own kind word referring back",
       "Năm 2022, 11 thành viên của Cụm cùng ký kết giao ước thi đua.", {{11, "thành viên"}}},
      {"culture: the cluster named back by its kind and 'thi đua'",
       "Tại Hội nghị, 12 đơn vị thành viên của Cụm thi đua đã thảo luận dự thảo quy chế.", {{12, "đơn vị thành viên"}}},
  };
  expect_counts(cases);
}

// "đợt thi đua … kỷ niệm 30 năm Ngày hội Quốc phòng toàn dân (22-12-1989 - 22-12-2019) và 75 năm Ngày thành lập
// QĐND Việt Nam (22-12-1944 - 22-12-2019)" (dong-nai-2019, kien-giang-2024, thanh-hoa-2025): a campaign named
// for two anniversaries, each with its bracket of dates — the first bracket is inside the name, so the last one
// closing it is part of the name too (three labels of four with two brackets write it so). Not a name of one
// anniversary, whose closing bracket stays out (eleven labels), nor a bracket only after the second.
TEST(PlanPatterns109, LastAnniversarysBracketClosesANameHoldingAnEarlierOne) {
  expect_field(
      "/movement/name",
      {{"youth union: the Union's founding and Uncle Ho's birthday",
        "Ngày 5/3/2020, Đoàn Thanh niên tỉnh phát động đợt thi đua cao điểm chào mừng kỷ niệm 89 năm Ngày thành lập "
        "Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2020) và 130 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - "
        "19/5/2020).",
        "đợt thi đua cao điểm chào mừng kỷ niệm 89 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2020) "
        "và 130 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2020)"},
       {"health: Doctors' Day and the Party's founding",
        "Sáng 10/1/2021, Sở Y tế phát động đợt thi đua đặc biệt chào mừng kỷ niệm 66 năm Ngày Thầy thuốc Việt Nam "
        "(27/2/1955 - 27/2/2021) và 91 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2021).",
        "đợt thi đua đặc biệt chào mừng kỷ niệm 66 năm Ngày Thầy thuốc Việt Nam (27/2/1955 - 27/2/2021) và 91 năm "
        "Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2021)"},
       {"farmers: the Party's and the Farmers' Union's founding",
        "Ngày 2/2/2023, Hội Nông dân huyện phát động đợt thi đua cao điểm kỷ niệm 93 năm Ngày thành lập Đảng "
        "(3/2/1930 - 3/2/2023) và 93 năm Ngày thành lập Hội Nông dân Việt Nam (14/10/1930 - 14/10/2023).",
        "đợt thi đua cao điểm kỷ niệm 93 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2023) và 93 năm Ngày thành lập Hội "
        "Nông dân Việt Nam (14/10/1930 - 14/10/2023)"},
       // Guards.
       {"education: one anniversary, its bracket left out",
        "Ngày 5/7/2024, Sở Giáo dục phát động đợt thi đua đặc biệt chào mừng kỷ niệm 79 năm Cách mạng Tháng Tám "
        "(19/8/1945 - 19/8/2024).",
        "đợt thi đua đặc biệt chào mừng kỷ niệm 79 năm Cách mạng Tháng Tám"},
       {"police: two anniversaries, a bracket only after the second",
        "Ngày 5/7/2024, Công an huyện phát động đợt thi đua cao điểm kỷ niệm 79 năm Ngày truyền thống Công an nhân "
        "dân và 19 năm Ngày hội toàn dân bảo vệ an ninh Tổ quốc (19/8/2005 - 19/8/2024).",
        "đợt thi đua cao điểm kỷ niệm 79 năm Ngày truyền thống Công an nhân dân và 19 năm Ngày hội toàn dân bảo vệ "
        "an ninh Tổ quốc"}});
}

// "Thanh niên Công an Bình Dương: Hưởng ứng phong trào thi đua đặc biệt chào mừng kỷ niệm 80 năm Ngày truyền thống
// Công an nhân dân" over "… phát động phong trào thi đua đặc biệt chào mừng kỷ niệm 80 năm Ngày truyền thống Công an
// nhân dân Việt Nam." (binh-duong-2024): a headline shortens the name the body writes in full; the body's wording
// that goes on from the headline's whole name (case aside) is the name. Not a body naming another occasion.
TEST(PlanPatterns109, TheBodysFullerWordingOfTheHeadlinesName) {
  expect_field(
      "/movement/name",
      {{"farmers: the Union's founding, 'Việt Nam' in the body",
        "Hội Nông dân huyện: Hưởng ứng phong trào thi đua đặc biệt chào mừng kỷ niệm 95 năm Ngày thành lập Hội Nông "
        "dân\n\nBan Thường vụ Hội Nông dân huyện vừa tổ chức hội nghị sơ kết công tác hội 6 tháng đầu năm 2025. Dịp "
        "này, Hội đã phát động phong trào thi đua đặc biệt chào mừng kỷ niệm 95 năm Ngày thành lập Hội Nông dân Việt "
        "Nam.\n",
        "phong trào thi đua đặc biệt chào mừng kỷ niệm 95 năm Ngày thành lập Hội Nông dân Việt Nam"},
       {"health: Doctors' Day, a peak campaign",
        "Ngành Y tế: Hưởng ứng đợt thi đua cao điểm chào mừng kỷ niệm 70 năm Ngày Thầy thuốc\n\nSở Y tế vừa tổ chức "
        "hội nghị giao ban quý I năm 2025. Dịp này, Sở đã phát động đợt thi đua cao điểm chào mừng kỷ niệm 70 năm "
        "Ngày Thầy thuốc Việt Nam (27/2/1955 - 27/2/2025).\n",
        "đợt thi đua cao điểm chào mừng kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam"},
       {"school: the headline in capitals",
        "TRƯỜNG THPT AN PHÚ: HƯỞNG ỨNG PHONG TRÀO THI ĐUA ĐẶC BIỆT CHÀO MỪNG KỶ NIỆM 80 NĂM NGÀY TRUYỀN THỐNG NGÀNH "
        "GIÁO DỤC\n\nTrường THPT An Phú vừa tổ chức hội nghị sơ kết học kỳ I năm học 2024-2025. Dịp này, Trường đã "
        "phát động phong trào thi đua đặc biệt chào mừng kỷ niệm 80 năm Ngày truyền thống ngành Giáo dục Việt Nam.\n",
        "phong trào thi đua đặc biệt chào mừng kỷ niệm 80 năm Ngày truyền thống ngành Giáo dục Việt Nam"},
       // Guard.
       {"farmers: the body launches for another occasion",
        "Hội Nông dân huyện: Hưởng ứng phong trào thi đua đặc biệt chào mừng kỷ niệm 95 năm Ngày thành lập Hội Nông "
        "dân\n\nBan Thường vụ Hội Nông dân huyện vừa tổ chức hội nghị sơ kết công tác hội 6 tháng đầu năm 2025. Dịp "
        "này, Hội đã phát động phong trào thi đua đặc biệt chào mừng kỷ niệm 80 năm Cách mạng Tháng Tám.\n",
        "phong trào thi đua đặc biệt chào mừng kỷ niệm 95 năm Ngày thành lập Hội Nông dân"}});
}

}  // namespace
}  // namespace thidua::text::plan
