#include "text/plan/units.h"

#include <gtest/gtest.h>

namespace thidua::text::plan {
namespace {

std::vector<std::string> units_in(std::string_view text) {
  Document doc = analyse(text);
  std::vector<std::string> out;
  for (const UnitMention& u : find_units(doc, 0, doc.size())) out.push_back(u.text);
  return out;
}

TEST(PlanGazetteer, AbbreviationsMatchTheirExpansions) {
  Document doc = analyse("PCT UBND tỉnh bảo đảm ANTT và giảm TNGT");
  EXPECT_EQ(lexicon::positions().match(doc, 0).display(), "Phó Chủ tịch");
  EXPECT_EQ(static_cast<UnitKind>(lexicon::unit_heads().match(doc, 1).value()), UnitKind::kCommittee);
  const auto fixed = lexicon::fixed_comma_phrases().match(doc, 5);
  EXPECT_EQ(fixed.display(), "an ninh, trật tự");
  EXPECT_TRUE(lexicon::measurable_heads().match(doc, 8));  // TNGT is a "tai nạn …"
}

TEST(PlanGazetteer, RanksAndPositionsIgnoreCaseAndTonePlacement) {
  Document doc = analyse("thiếu uý Nguyễn An, Phó giám đốc; THƯỢNG TƯỚNG");
  EXPECT_EQ(lexicon::ranks().match(doc, 0).display(), "Thiếu úy");
  EXPECT_EQ(lexicon::positions().match(doc, 5).display(), "Phó Giám đốc");
  EXPECT_EQ(lexicon::ranks().match(doc, 9).display(), "Thượng tướng");
}

TEST(PlanUnits, ProvincialCommuneAndGroupNamesAreRecognised) {
  EXPECT_EQ(units_in("UBND tỉnh Nghệ An và Công an tỉnh Nghệ An phối hợp tổ chức"),
            (std::vector<std::string>{"UBND tỉnh Nghệ An", "Công an tỉnh Nghệ An"}));
  EXPECT_EQ(units_in("Công an xã Vĩnh Thuận, Cụm thi đua số 5, Bộ Công an và Công an TP. Vinh"),
            (std::vector<std::string>{"Công an xã Vĩnh Thuận", "Cụm thi đua số 5", "Bộ Công an", "Công an TP. Vinh"}));
}

TEST(PlanUnits, AProvinceNameEndsTheUnitSoAPersonAfterItIsNotSwallowed) {
  EXPECT_EQ(units_in("Phó Chủ tịch UBND tỉnh Nguyễn Văn Đệ kêu gọi"), (std::vector<std::string>{"UBND tỉnh"}));
  EXPECT_EQ(units_in("Giám đốc Công an tỉnh Hưng Yên Nguyễn Thanh Trường"),
            (std::vector<std::string>{"Công an tỉnh Hưng Yên"}));
}

TEST(PlanUnits, AHeaderInCapitalsIsPrintedInNormalCase) {
  EXPECT_EQ(units_in("CÔNG AN TỈNH QUẢNG BÌNH"), (std::vector<std::string>{"Công an tỉnh Quảng Bình"}));
  EXPECT_EQ(units_in("CÔNG AN XÃ VĨNH THUẬN"), (std::vector<std::string>{"Công an xã Vĩnh Thuận"}));
  EXPECT_TRUE(units_in("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").empty());
}

TEST(PlanUnits, TheForceAndATierAreNotUnits) {
  EXPECT_TRUE(units_in("lực lượng Công an nhân dân hỗ trợ Công an cấp xã").empty());
}

TEST(PlanUnits, AListPrefixAnnouncesNamesThatFollow) {
  Document doc = analyse("gồm Công an 5 tỉnh Hưng Yên, Thái Bình");
  auto u = match_unit(doc, 1, doc.size());
  ASSERT_TRUE(u);
  EXPECT_TRUE(u->list_prefix);
  EXPECT_EQ(u->name, "Hưng Yên");
  EXPECT_EQ(*u->level, Level::kProvince);
}

TEST(PlanUnits, SpellingsOfOneUnitShareAKey) {
  EXPECT_EQ(unit_key("UBND tỉnh Thanh Hoá"), unit_key("Ủy ban nhân dân tỉnh Thanh Hóa"));
}

}  // namespace
}  // namespace thidua::text::plan
