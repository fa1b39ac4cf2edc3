#include "scoring/indicator.h"

#include <gtest/gtest.h>

#include "core/error.h"
#include "scoring/period.h"
#include "scoring/test_fixtures.h"

namespace thidua::scoring {
namespace {

using nlohmann::json;
using testing::catalogue;
using testing::values;

// The message of the Error::Invalid that `f` throws ("" when it does not throw).
template <class F>
std::string refusal(F f) {
  try {
    f();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kInvalid);
    return e.what();
  }
  return "";
}

TEST(IndicatorCatalogue, TheShippedCatalogueHasCountsSumsTotalsAndRatios) {
  const auto& cat = catalogue();
  EXPECT_EQ(cat.reported_columns(), 31);  // + support given by grassroots teams
  EXPECT_EQ(cat.columns(), 34);  // + the traffic casualties total + late reports + months unreported
  EXPECT_EQ(cat.at("bao_cao_cham_han").kind, IndicatorKind::kSystem);
  EXPECT_EQ(cat.system_column(SystemSource::kLateReports), cat.at("bao_cao_cham_han").column);
  const Indicator& rate = cat.at("ty_le_kham_pha");
  EXPECT_EQ(rate.kind, IndicatorKind::kRatio);
  EXPECT_EQ(cat.by_column(rate.numerator_column).code, "toi_pham_ttxh_kham_pha");
  EXPECT_EQ(cat.by_column(rate.denominator_column).code, "toi_pham_ttxh");
  EXPECT_EQ(cat.at("chay_thiet_hai").kind, IndicatorKind::kSum);
  // Export and load again gives the same catalogue.
  EXPECT_EQ(IndicatorCatalogue::from_json(cat.to_json()).to_json(), cat.to_json());
  EXPECT_EQ(cat.to_json(), testing::read_json("data/indicators.json"));
}

TEST(IndicatorCatalogue, ClearanceRateOverTwoMonthsSumsNumeratorsAndDenominators) {
  // January: 10 cases, all cleared (100%). February: 90 cases, none cleared (0%).
  // The two months together cleared 10 of 100 cases: 10%, not the 55% mean of the two rates.
  std::vector<PeriodValues> reports = {
      {Period::month(2024, 1), values({{"toi_pham_ttxh", 10}, {"toi_pham_ttxh_kham_pha", 10}})},
      {Period::month(2024, 2), values({{"toi_pham_ttxh", 90}, {"toi_pham_ttxh_kham_pha", 0}})},
  };
  EXPECT_DOUBLE_EQ(*reports[0].values.percent("ty_le_kham_pha"), 100.0);
  EXPECT_DOUBLE_EQ(*reports[1].values.percent("ty_le_kham_pha"), 0.0);
  IndicatorValues both = aggregate(catalogue(), reports, Period::phase(*Date::parse_iso("2024-01-01"), *Date::parse_iso("2024-02-29")));
  EXPECT_DOUBLE_EQ(both.get("toi_pham_ttxh"), 100);
  EXPECT_DOUBLE_EQ(both.get("toi_pham_ttxh_kham_pha"), 10);
  EXPECT_DOUBLE_EQ(*both.percent("ty_le_kham_pha"), 10.0);
}

TEST(IndicatorValues, AValueNotReportedIsMissingNeverZero) {
  IndicatorValues v = IndicatorValues::from_json(catalogue(), {{"toi_pham_ttxh", 0}, {"toi_pham_ttxh_kham_pha", nullptr}});
  EXPECT_TRUE(v.has("toi_pham_ttxh"));
  EXPECT_DOUBLE_EQ(v.get("toi_pham_ttxh"), 0);  // a reported zero
  EXPECT_FALSE(v.has("toi_pham_ttxh_kham_pha"));
  EXPECT_FALSE(v.has("an_rnt_dbnt"));           // left out
  EXPECT_FALSE(v.percent("ty_le_kham_pha").has_value());
  EXPECT_FALSE(v.has("ty_le_kham_pha"));
  // A total with a missing part is missing; stored JSON keeps null.
  EXPECT_FALSE(v.has("tngt_thuong_vong"));
  nlohmann::json j = v.to_json();
  EXPECT_TRUE(j["toi_pham_ttxh_kham_pha"].is_null());
  EXPECT_EQ(j["toi_pham_ttxh"], 0);
  EXPECT_EQ(IndicatorValues::from_json(catalogue(), j).to_json(), j);
  EXPECT_EQ(v.reported_count(), 1);
}

TEST(IndicatorValues, RefusesWhatIsNotAValueOfTheIndicatorsType) {
  auto msg = [](nlohmann::json j) { return refusal([&] { IndicatorValues::from_json(catalogue(), j); }); };
  EXPECT_NE(msg({{"ho_so_tthc_tiep_nhan", 1.25}}).find("số nguyên không âm"), std::string::npos);
  EXPECT_NE(msg({{"toi_pham_ttxh", -3}}).find("không được âm"), std::string::npos);
  EXPECT_NE(msg({{"tien_phat_vphc", 2.555}}).find("tối đa 2 chữ số thập phân"), std::string::npos);
  EXPECT_NE(msg({{"toi_pham_ttxh", 1e308}}).find("quá lớn"), std::string::npos);
  EXPECT_NE(msg({{"toi_pham_ttxh", "1.250"}}).find("phải là số"), std::string::npos);
  EXPECT_NE(msg({{"bao_cao_cham_han", 0}}).find("không nhập trực tiếp"), std::string::npos);
  EXPECT_DOUBLE_EQ(IndicatorValues::from_json(catalogue(), {{"tien_phat_vphc", 2.5}}).get("tien_phat_vphc"), 2.5);
  EXPECT_DOUBLE_EQ(IndicatorValues::from_json(catalogue(), {{"ho_so_tthc_tiep_nhan", 1250}}).get("ho_so_tthc_tiep_nhan"), 1250);
}

TEST(IndicatorCatalogue, AggregatingUnitsAlsoSumsNumeratorsAndDenominators) {
  // Two communes of one province: 1/1 and 30/60 clear 31 of 61, about 50.8% (not 75%).
  IndicatorValues province = values({{"toi_pham_ttxh", 1}, {"toi_pham_ttxh_kham_pha", 1}});
  province += values({{"toi_pham_ttxh", 60}, {"toi_pham_ttxh_kham_pha", 30}});
  EXPECT_NEAR(*province.percent("ty_le_kham_pha"), 100.0 * 31 / 61, 1e-12);
}

TEST(IndicatorCatalogue, ARateWithNothingToCountIsUndefinedNotZero) {
  EXPECT_FALSE(values({}).percent("ty_le_kham_pha").has_value());
}

TEST(IndicatorCatalogue, TotalsFollowTheirParts) {
  IndicatorValues v = values({{"tngt_nguoi_chet", 3}, {"tngt_nguoi_bi_thuong", 7}});
  EXPECT_DOUBLE_EQ(v.get("tngt_thuong_vong"), 10);
}

json catalogue_json(json indicators) { return {{"version", 1}, {"indicators", std::move(indicators)}}; }

TEST(IndicatorCatalogue, DuplicateCodesAreRefused) {
  auto msg = refusal([] {
    IndicatorCatalogue::from_json(catalogue_json({
        {{"code", "a"}, {"name", "A"}, {"unit", "vụ"}, {"kind", "count"}},
        {{"code", "a"}, {"name", "A lần nữa"}, {"unit", "vụ"}, {"kind", "count"}},
    }));
  });
  EXPECT_NE(msg.find("indicators[1].code"), std::string::npos) << msg;
  EXPECT_NE(msg.find("bị trùng"), std::string::npos) << msg;
}

TEST(IndicatorCatalogue, ARatioOverAnUnknownIndicatorIsRefused) {
  auto msg = refusal([] {
    IndicatorCatalogue::from_json(catalogue_json({
        {{"code", "xay_ra"}, {"name", "Xảy ra"}, {"unit", "vụ"}, {"kind", "count"}},
        {{"code", "ty_le"}, {"name", "Tỷ lệ"}, {"unit", "%"}, {"kind", "ratio"}, {"numerator", "kham_pha"},
         {"denominator", "xay_ra"}},
    }));
  });
  EXPECT_NE(msg.find("indicators[1].numerator"), std::string::npos) << msg;
  EXPECT_NE(msg.find("kham_pha"), std::string::npos) << msg;
}

TEST(IndicatorCatalogue, TotalsThatReferToThemselvesThroughACycleAreRefused) {
  auto msg = refusal([] {
    IndicatorCatalogue::from_json(catalogue_json({
        {{"code", "a"}, {"name", "A"}, {"unit", "vụ"}, {"kind", "count"}},
        {{"code", "t1"}, {"name", "T1"}, {"unit", "vụ"}, {"kind", "total"}, {"parts", {"a", "t2"}}},
        {{"code", "t2"}, {"name", "T2"}, {"unit", "vụ"}, {"kind", "total"}, {"parts", {"t1"}}},
    }));
  });
  EXPECT_NE(msg.find("vòng tròn"), std::string::npos) << msg;
}

TEST(IndicatorCatalogue, ARatioOfRatiosIsRefused) {
  auto msg = refusal([] {
    IndicatorCatalogue::from_json(catalogue_json({
        {{"code", "a"}, {"name", "A"}, {"unit", "vụ"}, {"kind", "count"}},
        {{"code", "b"}, {"name", "B"}, {"unit", "vụ"}, {"kind", "count"}},
        {{"code", "r"}, {"name", "R"}, {"unit", "%"}, {"kind", "ratio"}, {"numerator", "a"}, {"denominator", "b"}},
        {{"code", "rr"}, {"name", "RR"}, {"unit", "%"}, {"kind", "ratio"}, {"numerator", "r"}, {"denominator", "b"}},
    }));
  });
  EXPECT_NE(msg.find("indicators[3].numerator"), std::string::npos) << msg;
}

TEST(IndicatorCatalogue, UnknownKindsAndTyposInFieldsAreRefused) {
  EXPECT_NE(refusal([] {
              IndicatorCatalogue::from_json(catalogue_json({{{"code", "a"}, {"name", "A"}, {"unit", "vụ"}, {"kind", "average"}}}));
            }).find("indicators[0].kind"),
            std::string::npos);
  EXPECT_NE(refusal([] {
              IndicatorCatalogue::from_json(
                  catalogue_json({{{"code", "a"}, {"name", "A"}, {"unit", "vụ"}, {"kind", "count"}, {"nmae", "x"}}}));
            }).find("indicators[0].nmae"),
            std::string::npos);
}

TEST(Report, BadValuesAreRefusedWithTheIndicatorNamed) {
  const auto& cat = catalogue();
  EXPECT_NE(refusal([&] { IndicatorValues::from_json(cat, {{"toi_pham_ttxh", -1}}); }).find("không được âm"), std::string::npos);
  EXPECT_NE(refusal([&] { IndicatorValues::from_json(cat, {{"toi_pham_ttxh", "12"}}); }).find("phải là số"), std::string::npos);
  EXPECT_NE(refusal([&] { IndicatorValues::from_json(cat, {{"toi_pham_ttxh", 2.5}}); }).find("số nguyên"), std::string::npos);
  EXPECT_NE(refusal([&] { IndicatorValues::from_json(cat, {{"khong_co", 1}}); }).find("values.khong_co"), std::string::npos);
  EXPECT_NE(refusal([&] { IndicatorValues::from_json(cat, {{"ty_le_kham_pha", 90}}); }).find("chỉ số tính toán"),
            std::string::npos);
  // 12 cases cleared out of 10 that occurred.
  auto msg = refusal([&] { IndicatorValues::from_json(cat, {{"toi_pham_ttxh", 10}, {"toi_pham_ttxh_kham_pha", 12}}); });
  EXPECT_NE(msg.find("lớn hơn"), std::string::npos) << msg;
  // A sum may have decimals.
  EXPECT_DOUBLE_EQ(IndicatorValues::from_json(cat, {{"chay_thiet_hai", 12.5}}).get("chay_thiet_hai"), 12.5);
  // A clean report round-trips.
  IndicatorValues ok = IndicatorValues::from_json(cat, {{"toi_pham_ttxh", 10}, {"toi_pham_ttxh_kham_pha", 8}});
  EXPECT_EQ(IndicatorValues::from_json(cat, ok.to_json()).to_json(), ok.to_json());
}

}  // namespace
}  // namespace thidua::scoring
