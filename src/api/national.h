// The ministry's view of a year (GET /api/v1/rankings/national): every cluster and block with its
// leading unit, its ranking summary and its completeness, and the groups ranked against their
// peers (the clusters the same level organises, the blocks of one province) — all from the
// scores the server holds (api/score_board.h), the same memory a group's ranking is served from.
#pragma once
#include <cstdint>
#include <functional>

#include <nlohmann/json_fwd.hpp>

namespace thidua::storage {
class Tx;
}

namespace thidua::api {

class ScoreBoard;

// How groups are compared, stated in the answer.
inline constexpr const char* kNationalMethod =
    "Cụm, khối cùng cấp tổ chức và cùng loại được xếp với nhau theo trung bình tỷ lệ điểm (tổng điểm ÷ điểm tối đa "
    "của quy định, %) của các đơn vị thành viên đã được chấm và đủ báo cáo cả năm. Đơn vị thiếu báo cáo không được "
    "tính vào trung bình (không coi là 0 điểm); cụm, khối có đơn vị thiếu báo cáo được đánh dấu. Cụm, khối chưa có "
    "đơn vị nào đủ điều kiện thì không xếp hạng. Bằng nhau: nhiều đơn vị đủ báo cáo hơn xếp trên, rồi theo tên.";

// The view of `year` as `sees(unit)` allows: a group is shown when its organiser or one of its
// members is in the reader's scope; its place among its peers is the same for every reader.
// Groups without a scheme are listed, unscored.
nlohmann::json national_view(storage::Tx& tx, ScoreBoard& board, int year, uint64_t write_epoch,
                             const std::function<bool(int64_t unit)>& sees);

}  // namespace thidua::api
