// Targets (chỉ tiêu) of a movement and commitments of a pledge (giao ước thi đua): one model.
// Each is either quantitative on an indicator —
//   change     relative or absolute change against a baseline: "giảm ít nhất 7% số vụ phạm tội
//              về trật tự xã hội so với năm trước"
//   rate       a rate threshold in percent: "tỷ lệ giải quyết đạt trên 95%", "tiếp nhận 100%"
//   count      a number of things: "xây dựng ít nhất 05 mô hình"
//   composite  several targets that must all be met: "giảm tai nạn giao thông cả 03 tiêu chí"
// — or qualitative ("bảo đảm tuyệt đối an toàn đại hội đảng bộ các cấp"), met or not met with
// evidence at the review. Read from JSON strictly: unknown kinds, directions, keys or numbers
// out of range are refused with the offending field named.
#pragma once
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace thidua::emulation {

struct Commitment {
  std::string kind;       // change | rate | count | composite | qualitative
  std::string indicator;  // snake_case code (the indicator catalogue's); empty for composite/qualitative
  std::string direction;  // change: decrease|increase; rate/count: above|at_least|at_most|below|equal
  std::optional<double> value;  // absent only for a change with no amount ("giảm" = any decrease)
  std::string unit;      // change: "%" (relative) or the counted thing; rate: "%"; count: optional
  std::string baseline;  // change: previous_year | same_period_previous_year
  std::string measure;   // what is measured, as a person would say it (optional)
  std::string text;      // the phrase as written; required for composite and qualitative
  std::vector<Commitment> all_of;  // composite only
};

// Reads one commitment; `field` names it in messages ("commitments[2]").
Commitment parse_commitment(const nlohmann::json& j, const std::string& field);
// Reads a list; `min`..`max` entries. `field` is the list's name ("commitments", "targets").
std::vector<Commitment> parse_commitments(const nlohmann::json& j, const std::string& field, size_t min, size_t max);

// The normalised JSON form (only the keys that apply to the kind).
nlohmann::json to_json(const Commitment& c);
nlohmann::json to_json(const std::vector<Commitment>& list);

// Known codes, for the UI's selection lists (code, Vietnamese label).
struct TargetCode {
  const char* code;
  const char* label;
};
const std::vector<TargetCode>& commitment_kinds();
const std::vector<TargetCode>& commitment_directions();
const std::vector<TargetCode>& commitment_baselines();

// A short Vietnamese reading of a commitment: "Giảm ít nhất 7% crimes_social_order so với năm trước".
std::string describe(const Commitment& c);

}  // namespace thidua::emulation
