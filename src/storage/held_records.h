// The eligibility engine's records held between requests (issue 10, docs/consistency.md "The
// commendation record"): one year's record of every unit and person — the engine's columns built
// with it — read once and served to every eligibility request of that year, whatever its scope.
// Kept exact by the commendation data version (storage/data_versions.h), which every write of
// what the records hold moves in its own transaction: each request reads it (one statement) and
// a moved version makes the records be read again before the answer, here and in every other
// instance on the same database.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "core/commendation.h"
#include "storage/commendation_records.h"
#include "storage/database.h"

namespace thidua::storage {

// One year's record of the nation as of one commendation version. Read-only once built.
struct HeldYear {
  int year = 0;
  int64_t version = 0;
  commendation::Records records;  // CommendationRecords::records of every unit, with the columns
  std::vector<Subject> people_rows, unit_rows;  // CommendationRecords::subject_rows of every unit
  std::unordered_map<int64_t, std::vector<int64_t>> below;  // a unit → its children and units merged into it
  std::unordered_map<int64_t, std::map<std::string, int, std::less<>>> awards;  // unit → title → awards in force
  int64_t last_unit = 0;  // the highest unit id
  double build_ms = 0;

  // A scope as a set: 1 at the ids of `unit_id`, the units below it and merged into it,
  // recursively (UnitRepository::scope_cte, in memory).
  std::vector<uint8_t> scope(int64_t unit_id) const;
  // What CommendationRecords::subjects answers for `unit_id`'s scope (same order).
  // The rows stay the held year's (it must outlive them).
  std::vector<const Subject*> subjects(const std::vector<uint8_t>& scope, bool people) const;
  // What CommendationRecords::count_awards answers for the scope.
  int count_awards(const std::string& code, const std::vector<uint8_t>& scope) const;
};

class HeldRecords {
 public:
  // `look_back`: the years before the one asked that the records hold (as records() reads them).
  HeldRecords(const commendation::Catalogue& cat, int look_back) : cat_(cat), look_back_(look_back) {}
  ~HeldRecords();
  HeldRecords(const HeldRecords&) = delete;
  HeldRecords& operator=(const HeldRecords&) = delete;

  // The record of `year` as of the commendation version `tx` reads now (one statement): the held
  // one when it is that version or newer, else read again in `tx` (a request asking meanwhile
  // waits for it). At most kYears years are held (the last asked).
  std::shared_ptr<const HeldYear> get(Tx& tx, int year);
  // Reads one year's record afresh in `tx` (what get() holds).
  std::shared_ptr<const HeldYear> build(Tx& tx, int year, int64_t version) const;

  struct Stats {
    uint64_t builds = 0, served = 0;
    double last_build_ms = 0;
  };
  Stats stats() const;
  static constexpr size_t kYears = 2;

 private:
  const commendation::Catalogue& cat_;
  const int look_back_;
  mutable std::mutex mu_;     // years_, stats_
  std::mutex build_mu_;       // one build at a time
  std::vector<std::shared_ptr<const HeldYear>> years_;  // the last asked first
  std::thread reaper_;  // freeing the year last replaced (under build_mu_)
  Stats stats_;
};

}  // namespace thidua::storage
