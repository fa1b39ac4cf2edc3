// The eligibility engine's records held between requests (issue 10, docs/consistency.md "The
// commendation record"): one year's record of every unit and person — the engine's columns built
// with it — read once and served to every eligibility request of that year, whatever its scope.
// Kept exact by the commendation data version (storage/data_versions.h), which every write of
// what the records hold moves in its own transaction: each request reads it (one statement). A
// moved version brings the records up to date before the answer, here and in every other instance
// on the same database: from the subjects the commits since the held version wrote (comm_changes:
// those records alone read again, their columns written again in place), or, when a commit wrote
// more than records (units, people, postings) or the log no longer reaches back, read whole.
#pragma once
#include <cstdint>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "core/commendation.h"
#include "storage/commendation_records.h"
#include "storage/database.h"

namespace thidua::storage {

// One year's record of the nation as of one commendation version. Changed only under `rw`
// (exclusively) by HeldRecords; read under it shared (HeldRecords::Lease).
struct HeldYear {
  int year = 0;
  int64_t version = 0;
  commendation::Records records;  // CommendationRecords::records of every unit, with the columns
  std::vector<Subject> people_rows, unit_rows;  // CommendationRecords::subject_rows of every unit
  std::unordered_map<int64_t, std::vector<int64_t>> below;  // a unit → its children and units merged into it
  size_t below_links = 0;                                    // the entries of `below`'s lists
  std::unordered_map<int64_t, std::map<std::string, int, std::less<>>> awards;  // unit → title → awards in force
  int64_t last_unit = 0;  // the highest unit id
  double build_ms = 0;
  size_t bytes = 0;  // what it takes on the heap (and its columns' arena), as bytes_of counts
  mutable std::shared_mutex rw;

  // A scope as a set: 1 at the ids of `unit_id`, the units below it and merged into it,
  // recursively (UnitRepository::scope_cte, in memory).
  std::vector<uint8_t> scope(int64_t unit_id) const;
  // The units of `unit_id`'s scope (itself, below it and merged into it, recursively), ascending.
  std::vector<int64_t> below_of(int64_t unit_id) const;
  // Fills `below` and `last_unit` from the units' links (CommendationRecords::unit_links).
  void link(const std::vector<UnitLink>& links);
  // What CommendationRecords::subjects answers for `unit_id`'s scope (same order).
  // The rows stay the held year's (it must outlive them).
  std::vector<const Subject*> subjects(const std::vector<uint8_t>& scope, bool people) const;
  // What CommendationRecords::count_awards answers for the scope.
  int count_awards(const std::string& code, const std::vector<uint8_t>& scope) const;
  // The bytes it holds (heap blocks as malloc counts them, core/heap_size.h, and the columns).
  size_t bytes_of() const;

  // Answers worked out from this year as it is now (the eligibility route's evaluated lists, per
  // scope and title), kept until the year changes: HeldRecords' update clears them in place, a
  // year read again starts without, so an answer is never older than the commendation version
  // the year is at. At most kAnswersBudget bytes (as the caller counts them) and kAnswers
  // answers: beyond either, those used longest ago are dropped. Thread-safe (any reader of the year).
  std::shared_ptr<const void> answer(const std::string& key) const;
  void keep_answer(const std::string& key, std::shared_ptr<const void> a, size_t bytes) const;
  // Drops the kept answers and the kept engines (below).
  void drop_answers();
  // What is worked out from the year's registry alone — its rows (people_rows, unit_rows) and
  // links (below), the records' places (not their contents): a scope's rows, a level's subjects
  // — kept while this year lives. A write of the records leaves all of it as it is (update()
  // changes the records in place, no row, link or record comes or goes) and drop_answers() keeps
  // it; a write of people, postings or units reads the year whole (a new HeldYear, without).
  // Within kLastingBudget bytes and kLasting entries (those used longest ago dropped). Thread-safe.
  std::shared_ptr<const void> lasting(const std::string& key) const;
  void keep_lasting(const std::string& key, std::shared_ptr<const void> a, size_t bytes) const;
  size_t lasting_bytes() const;
  static constexpr size_t kLastingBudget = size_t{64} << 20;
  static constexpr size_t kLasting = 256;
  size_t answers_bytes() const;  // the kept answers' and engines'
  static constexpr size_t kAnswersBudget = size_t{192} << 20;
  static constexpr size_t kAnswers = 512;

  // An engine over this year's records (commendation::Evaluator over `records`), lent to one
  // request at a time: what it has worked out for earlier requests — per subject "held or
  // eligible" and "eligible" for each title, each unit's counts of its people — stays in its memos,
  // so a list's sentences (Evaluator::detail) cost only their own writing. Kept with the answers
  // and dropped with them (drop_answers: the year changed), so its memos are never older than the
  // version the year is at; an engine lent out when they are dropped is not taken back. At most
  // kEngines kept (one more is made while they are all lent), each within kEngineBudget.
  class Engine {
   public:
    Engine(const HeldYear* y, std::unique_ptr<commendation::Evaluator> e, uint64_t gen) : y_(y), e_(std::move(e)), gen_(gen) {}
    Engine(Engine&&) = default;
    Engine& operator=(Engine&&) = delete;
    ~Engine();
    commendation::Evaluator& operator*() const { return *e_; }
    commendation::Evaluator* operator->() const { return e_.get(); }

   private:
    const HeldYear* y_;
    std::unique_ptr<commendation::Evaluator> e_;
    uint64_t gen_;
  };
  // `cat` must outlive the year (the route's catalogue).
  Engine engine(const commendation::Catalogue& cat) const;
  static constexpr size_t kEngines = 2;
  static constexpr size_t kEngineBudget = size_t{256} << 20;

 private:
  struct Kept {
    std::string key;
    std::shared_ptr<const void> answer;
    size_t bytes = 0;
  };
  // A list of kept things by key, the last used first, within a budget (the answers, the lasting).
  struct KeptList {
    std::list<Kept> items;
    size_t bytes = 0;
    std::shared_ptr<const void> find(const std::string& key);
    // Kept first (`a` not kept when `key` is there already); what goes beyond the bounds moves to `dropped`.
    void keep(const std::string& key, std::shared_ptr<const void> a, size_t bytes, size_t most, size_t budget,
              std::vector<std::shared_ptr<const void>>& dropped);
  };
  void take_back(std::unique_ptr<commendation::Evaluator> e, uint64_t gen) const;
  mutable std::mutex answers_mu_;
  mutable KeptList answers_;
  mutable std::mutex lasting_mu_;
  mutable KeptList lasting_;
  mutable std::vector<std::unique_ptr<commendation::Evaluator>> engines_;  // not lent now
  mutable size_t engines_bytes_ = 0;
  mutable uint64_t generation_ = 0;  // moved by drop_answers: engines lent before are not taken back
};

class HeldRecords {
 public:
  // `look_back`: the years before the one asked that the records hold (as records() reads them).
  HeldRecords(const commendation::Catalogue& cat, int look_back) : cat_(cat), look_back_(look_back) {}
  ~HeldRecords();
  HeldRecords(const HeldRecords&) = delete;
  HeldRecords& operator=(const HeldRecords&) = delete;

  // A held year, read-locked while the lease lives (an update waits for it: keep it for one
  // answer only).
  class Lease {
   public:
    Lease(std::shared_ptr<const HeldYear> y, std::shared_lock<std::shared_mutex> lk) : y_(std::move(y)), lk_(std::move(lk)) {}
    const HeldYear& operator*() const { return *y_; }
    const HeldYear* operator->() const { return y_.get(); }

   private:
    std::shared_ptr<const HeldYear> y_;
    std::shared_lock<std::shared_mutex> lk_;
  };

  // The record of `year` as of the commendation version `tx` reads now (one statement): the held
  // one when it is that version or newer, else brought up to it in `tx` (a request asking
  // meanwhile waits for it): the changed subjects alone when comm_changes says which, else read
  // whole. The years asked last are held, at most kYears and within the budget.
  Lease get(Tx& tx, int year);
  // Reads one year's record afresh in `tx` (what get() holds).
  std::shared_ptr<HeldYear> build(Tx& tx, int year, int64_t version) const;

  // The bytes the held years may take together (default kDefaultBudget): beyond it the years
  // asked longest ago are dropped; a year larger alone is answered and not held.
  void set_budget(size_t bytes);

  struct Stats {
    uint64_t builds = 0, updates = 0, served = 0, not_held = 0;
    double last_build_ms = 0, last_update_ms = 0;
    size_t bytes = 0, budget = 0, years = 0;
    size_t answers_bytes = 0;  // the held years' kept answers (HeldYear::answer)
    size_t lasting_bytes = 0;  // what they keep of their registry (HeldYear::lasting)
  };
  Stats stats() const;
  static constexpr size_t kYears = 2;
  static constexpr size_t kDefaultBudget = size_t{1024} << 20;

 private:
  // Brings `h` (held, exclusively locked) from its version to `version` from the subjects the
  // commits between wrote; false when they cannot say (read whole then).
  bool update(Tx& tx, HeldYear& h, int64_t version) const;
  // With mu_ held: drops the years asked longest ago while more than kYears or over the budget.
  void trim(std::vector<std::shared_ptr<const HeldYear>>& dropped);

  const commendation::Catalogue& cat_;
  const int look_back_;
  mutable std::mutex mu_;     // years_, stats_, budget_
  std::mutex build_mu_;       // one build or update at a time
  std::vector<std::shared_ptr<HeldYear>> years_;  // the last asked first
  std::thread reaper_;  // freeing the year last replaced (under build_mu_)
  size_t budget_ = kDefaultBudget;
  Stats stats_;
};

}  // namespace thidua::storage
