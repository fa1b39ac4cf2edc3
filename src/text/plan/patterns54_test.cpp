// The fifty-fourth round (issue 14, session 21, s21-orgs): the names of bodies audited without
// labels — a run of capitalised words is one proper name, not cut inside by a count of words
// ("Hội Truyền thống Trường Sơn Đường Hồ Chí Minh", not "… Đường Hồ Chí"); the country closes the
// name of a national body ("Hội Nông dân Việt Nam", not "Hội Nông dân"); a name of two fields
// joined by "và" is one name ("Cục Cảnh sát PCCC và CNCH"), two bodies stay two; a place names
// somewhere ("tại khu dân cư" is none); a ministry in brackets after an office owns it and does not
// co-organise ("Cục Cảnh sát giao thông (Bộ Công an) tổ chức").
// Sentences written for the test, none copied from a text.
#include <gtest/gtest.h>

#include "text/plan/plan_test_support.h"

namespace thidua::text::plan {
namespace {

using test::expect_field;
using test::expect_organizers;

TEST(PlanPatterns54, ALongProperNameIsNotCutBeforeItsLastSyllable) {
  const test::OrganizerCase cases[] = {
      {"seven capitalised words after \"Hội\": the last one kept",
       "Sáng 12/5, Hội Truyền thống Trường Sơn Đường Hồ Chí Minh tỉnh Quảng Trị tổ chức Hội nghị sơ kết phong "
       "trào thi đua năm 2024.",
       {"Hội Truyền thống Trường Sơn Đường Hồ Chí Minh tỉnh Quảng Trị"}},
      {"a short name unchanged",
       "Sáng 12/5, Hội Truyền thống Trường Sơn tỉnh Quảng Trị tổ chức Hội nghị sơ kết phong trào thi đua năm 2024.",
       {"Hội Truyền thống Trường Sơn tỉnh Quảng Trị"}},
  };
  expect_organizers(cases);
}

TEST(PlanPatterns54, TheCountryClosesTheNameOfANationalBody) {
  const test::OrganizerCase cases[] = {
      {"\"Hội Nông dân Việt Nam\" acting by its own name",
       "Ngày 3/10, Hội Nông dân Việt Nam tổ chức Hội nghị tổng kết phong trào thi đua sản xuất giỏi.",
       {"Hội Nông dân Việt Nam"}},
      {"\"Hội Cựu chiến binh Việt Nam\" the same",
       "Chiều 8/4, Hội Cựu chiến binh Việt Nam đã tổ chức Lễ phát động phong trào thi đua năm 2025.",
       {"Hội Cựu chiến binh Việt Nam"}},
      {"a province's association keeps its level and place",
       "Ngày 3/10, Hội Nông dân tỉnh Quảng Trị tổ chức Hội nghị tổng kết phong trào thi đua sản xuất giỏi.",
       {"Hội Nông dân tỉnh Quảng Trị"}},
  };
  expect_organizers(cases);
}

TEST(PlanPatterns54, ANameOfTwoFieldsJoinedByVaIsOneName) {
  const test::OrganizerCase cases[] = {
      {"\"Cục Cảnh sát PCCC và CNCH\": the second field an abbreviation",
       "Ngày 14/6, Cục Cảnh sát PCCC và CNCH tổ chức Hội nghị sơ kết phong trào thi đua năm 2024.",
       {"Cục Cảnh sát PCCC và CNCH"}},
      {"\"Ban Tuyên giáo và Dân vận\": the second field capitalised",
       "Ngày 14/6, Ban Tuyên giáo và Dân vận tỉnh Quảng Trị tổ chức Hội nghị sơ kết phong trào thi đua năm 2024.",
       {"Ban Tuyên giáo và Dân vận tỉnh Quảng Trị"}},
      {"\"… và Trung tâm …\": a second body, not a second field",
       "Ngày 14/6, Sở Nội vụ phối hợp với Sở Tư pháp và Trung tâm Khuyến nông tổ chức Hội nghị sơ kết "
       "phong trào thi đua năm 2024.",
       {"Sở Nội vụ", "Sở Tư pháp", "Trung tâm Khuyến nông"}},
  };
  expect_organizers(cases);
}

TEST(PlanPatterns54, AMinistryInBracketsOwnsTheOfficeBeforeIt) {
  const test::OrganizerCase cases[] = {
      {"\"A (Bộ X) tổ chức\": the office acts, its ministry does not co-organise",
       "Ngày 14/6, Cục Cảnh sát giao thông (Bộ Công an) tổ chức Hội nghị sơ kết phong trào thi đua năm 2024.",
       {"Cục Cảnh sát giao thông"}},
      {"\"do A (Bộ X) phối hợp với B tổ chức\": the same after \"do\"",
       "Hội thi nghiệp vụ chữa cháy năm 2024 do Cục Cảnh sát PCCC và CNCH (Bộ Công an) phối hợp với Công an "
       "tỉnh Quảng Trị tổ chức.",
       {"Cục Cảnh sát PCCC và CNCH", "Công an tỉnh Quảng Trị"}},
  };
  expect_organizers(cases);
}

TEST(PlanPatterns54, APlaceNamesSomewhere) {
  expect_field("/event/place",
               {{"\"tại khu dân cư\": no name, no place",
                 "Sáng 9/9, UBND phường Đông Lễ tổ chức Lễ phát động phong trào thi đua bảo vệ an ninh Tổ quốc "
                 "tại khu dân cư.",
                 ""},
                {"\"tại nhà văn hóa khu dân cư số 4\": a number names it",
                 "Sáng 9/9, UBND phường Đông Lễ tổ chức Lễ phát động phong trào thi đua bảo vệ an ninh Tổ quốc "
                 "tại nhà văn hóa khu dân cư số 4.",
                 "nhà văn hóa khu dân cư số 4"},
                {"\"tại hội trường ủy ban nhân dân huyện\": a body's hall",
                 "Sáng 9/9, Hội đồng Thi đua huyện tổ chức Hội nghị sơ kết phong trào thi đua tại hội trường ủy "
                 "ban nhân dân huyện.",
                 "hội trường ủy ban nhân dân huyện"}});
}

}  // namespace
}  // namespace thidua::text::plan
