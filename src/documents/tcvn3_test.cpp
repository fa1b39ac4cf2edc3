// TCVN3 (ABC) → Unicode with the shipped table (data/tcvn3.json), on sentences typed the old way.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/error.h"
#include "documents/tcvn3.h"
#include "test_source_dir.h"

using namespace thidua;
using namespace thidua::documents;

namespace {
const Tcvn3& table() {
  static const Tcvn3 t = [] {
    std::ifstream in(std::string(thidua::testing::source_dir()) + "/data/tcvn3.json");
    std::stringstream ss;
    ss << in.rdbuf();
    return Tcvn3::from_json(nlohmann::json::parse(ss.str()));
  }();
  return t;
}
}  // namespace

TEST(Tcvn3, SentencesTypedInVnTimeBecomeUnicode) {
  EXPECT_EQ(table().to_unicode("NguyÔn V¨n Thµnh"), "Nguyễn Văn Thành");
  EXPECT_EQ(table().to_unicode("Hä vµ tªn"), "Họ và tên");
  EXPECT_EQ(table().to_unicode("C«ng an tØnh H­ng Yªn"), "Công an tỉnh Hưng Yên");
  EXPECT_EQ(table().to_unicode("§¬n vÞ quyÕt th¾ng n¨m 2024"), "Đơn vị quyết thắng năm 2024");
  EXPECT_EQ(table().to_unicode("Hoµn thµnh xuÊt s¾c nhiÖm vô"), "Hoàn thành xuất sắc nhiệm vụ");
  EXPECT_EQ(table().to_unicode("Phßng Tham m­u, §éi Qu¶n lý hµnh chÝnh"), "Phòng Tham mưu, Đội Quản lý hành chính");
  // text already in Unicode or plain ASCII is left as it is
  EXPECT_EQ(table().to_unicode("CA-HY 12/2024"), "CA-HY 12/2024");
}

TEST(Tcvn3, CapitalsFontAndRefusedTables) {
  EXPECT_EQ(table().to_unicode("bé c«ng an", true), "BỘ CÔNG AN");
  EXPECT_THROW(Tcvn3::from_json({{"map", {{"ZZ", "a"}}}}), Error);
  EXPECT_THROW(Tcvn3::from_json({{"map", {{"B5", "à"}, {"B6", "à"}}}}), Error);
  EXPECT_THROW(Tcvn3::from_json({{"map", {{"41", "a"}}}}), Error);
}
