// The ministry's view of a year (GET /api/v1/rankings/national): every cluster and block with its
// leading unit, its ranking summary and its completeness, and the groups ranked against their
// peers (the clusters the same level organises, the blocks of one province) — all from the
// scores the server holds (api/score_board.h), the same memory a group's ranking is served from.
#pragma once
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "storage/data_versions.h"

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

// The national view's bytes, made once per (year, reader's scope) and served as they are while
// nothing it depends on changed (docs/consistency.md). It depends on the scores of every group-year
// (the scores data version: every change of a score version moves it) and on what shapes rankings
// beyond scores — groups, their members and schemes, the registry's units and so the readers'
// scopes, movements (the structure data version), both in storage/data_versions.h, moved in the
// transaction of the change by the storage code that writes it. A stored answer is served when
//  - no transaction that moved a data version committed in this process since it was made
//    (Database::version_commits(), read by the request as its write epoch: a report is seen by
//    the very next request, a login or a person's record moves nothing), and
//  - it was confirmed less than kRecheck ago against the data versions in the database (one
//    statement on two rows). A write through another instance on the same database is
//    therefore seen within kRecheck (plus that one statement), as ScoreBoard sees it.
// Past kRecheck one request (the others wait for it) reads the versions; unchanged ones confirm
// the stored answer, changed ones make it again; so does a new day (lateness of unreported months
// depends on it). Safe to use from many threads.
class NationalViews {
 public:
  // A stored answer and which making it is (`made` counts the makings of every view: the ETag).
  struct View {
    std::shared_ptr<const std::string> body;
    uint64_t made = 0;
  };
  static constexpr auto kRecheck = std::chrono::milliseconds(200);
  static constexpr size_t kMaxEntries = 1024;  // (year, scope) pairs kept; the oldest asked go first
  static constexpr size_t kTrimAfter = size_t{1} << 20;  // a view this large gives its making's freed pages back
  using Make = std::function<std::string(storage::Tx&)>;

  // From memory only (the I/O thread's fast path): the answer when it is still good for a
  // request that saw `epoch`, or nullptr.
  View fresh(int year, int64_t scope, uint64_t epoch) const;
  // The answer up to date: the stored one when the data versions confirm it, else `make` run in
  // a read transaction begun after `epoch` was read (the versions are read in it first).
  View get(storage::Database& db, int year, int64_t scope, uint64_t epoch, const Make& make);
  // How many views were made since the start (each making of any (year, scope)).
  uint64_t made() const;

 private:
  struct Marks {
    storage::DataVersions versions;
    // Completeness counts months late from the day (scoring::Coverage): a new day makes it again,
    // as ScoreBoard builds a snapshot again.
    int day = 0;
    bool operator==(const Marks&) const = default;
  };
  struct Entry {
    std::mutex making;                          // one request confirms or makes it at a time
    std::shared_ptr<const std::string> body;    // guarded by mu_
    uint64_t made = 0;                          // which making `body` is
    uint64_t epoch = 0;                         // the write epoch read before it was made
    Marks marks;                                // what the database showed when it was made
    std::chrono::steady_clock::time_point confirmed, asked;
  };
  static int today();
  bool good(const Entry& e, uint64_t epoch, std::chrono::steady_clock::time_point now) const;
  mutable std::mutex mu_;
  uint64_t made_ = 0;  // guarded by mu_
  std::map<std::pair<int, int64_t>, std::shared_ptr<Entry>> entries_;
};

}  // namespace thidua::api
