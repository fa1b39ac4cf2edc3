// The scores the server holds in memory: per group-year and period, a scoring::Engine holding
// every member's reports, scores and review inputs (self-, cross-scores, moderations) and the
// group's ranking — the one engine, whose arithmetic this class never repeats — plus what the API
// shows of it (each member's explained review and coverage, the ranking serialised once).
//
// Kept up to date incrementally against the stored score versions (storage/score_versions.h):
// one read of a group-year's versions tells which members changed since the scores were built;
// only those members' reports or sheets are read again into a copy of the engine and only they
// are re-scored (Engine::refresh_unit), then the group is re-ranked. A new report re-scores its unit and re-ranks its groups, never the nation;
// a scheme or membership change builds the group-year again. A report's submission made by this
// process hands the row it stored to the re-scoring (storage::WrittenReport): when the unit's
// version moved by that write alone, the report goes into the engine without being read back,
// and the version check is the re-scoring's only read. Writes in another instance are
// seen at the next version check (at most kRecheck after the last one); writes in this
// instance at once (the write epoch).
#pragma once
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "scoring/compiled_scheme.h"
#include "scoring/engine.h"
#include "scoring/indicator.h"
#include "scoring/period.h"
#include "scoring/ranking.h"
#include "scoring/review.h"
#include "storage/database.h"
#include "storage/scoring_store.h"

namespace thidua::api {

struct ReportSet;  // reports as read, decoded (score_board.cpp)

// One group-year's scores as they stand. Published snapshots are immutable and shared by
// readers; an update builds a new snapshot that shares the unchanged members with the old one.
struct GroupYearScores {
  // A member is its place in `engine`, which holds its code, name, reports, coverage and review
  // inputs once; what the ranking shows of its review is kept beside it (the review itself is
  // built again from the engine when asked for: a scorecard is several KB a member).
  struct Member {
    int index = 0;  // the unit in `engine`
    std::optional<double> self_total;
    bool cross_scored = false;
    // The kind of the reports its values come from, this period and a year earlier (put_reports'
    // rank: 0 months … 5 statistical years, 6 none): whether a handed submission can be added.
    uint8_t finest[2] = {6, 6};
  };
  storage::GroupYearRef gy;
  scoring::Period period = scoring::Period::year(2000);  // what is scored, against the same period a year earlier
  storage::StoredScheme stored;  // without its text (`json` empty): `scheme` is it compiled
  std::optional<int64_t> scheme_movement_id;  // the scheme is the movement's, not the group-year's own
  std::shared_ptr<const scoring::CompiledScheme> scheme;
  // The group-year's members over `period` (one group); immutable once published, an update
  // works on a copy.
  std::shared_ptr<const scoring::Engine> engine;
  std::map<int64_t, Member> members;  // by unit id
  std::vector<int64_t> ids;           // the members' ids by their index in `engine`
  std::vector<scoring::RankedUnit> ranking;
  storage::ScoreVersions versions;  // what the snapshot was built from
  std::shared_ptr<const std::string> ranking_body;  // GET …/ranking, serialised once
  int rescored = 0;  // members scored to build this snapshot (all of them when built from scratch)
  int handed = 0;    // of them, members whose new report was handed by its write, not read back
  Date built_on;     // lateness of unreported months depends on the day: rebuilt the next day
  // What this snapshot allocates on the heap (core/heap_size.h), set once it is finished: the
  // engine, the members, the ranking and its serialised body, the versions, the group's members.
  // Not the compiled scheme (one per stored scheme, shared by every group-year bound to it).
  size_t bytes = 0;
  size_t heap_bytes() const;

  const Member& member(int64_t unit) const;  // throws NotFound
  // The member's code, name, coverage of the period and explained review (self-, cross-scores,
  // moderations, final score), from the engine; NotFound for a unit not a member.
  const std::string& code(int64_t unit) const;
  const std::string& name(int64_t unit) const;
  scoring::Coverage coverage(int64_t unit) const;
  bool complete(int64_t unit) const;  // every report month of the period covered
  std::shared_ptr<const scoring::ScoreReview> review(int64_t unit) const;
  int64_t unit_of(std::string_view code) const;  // the member's id; NotFound for another code
  // The member's values over the period (or the same period a year earlier), as the engine holds them.
  scoring::IndicatorValues values(int64_t unit, bool previous_year = false) const;
};

// The period a group-year is scored over: its calendar year by default, or any period that ends
// in that year and lasts at most a year (a quarter, the first six months as a phase, the police
// statistical year…), from the `period` query parameter as JSON (scoring::Period::from_json).
// Refuses other periods and malformed JSON with Error::Invalid.
scoring::Period scoring_period(int year, const std::optional<std::string>& period_json);

class ScoreBoard {
 public:
  static constexpr auto kRecheck = std::chrono::milliseconds(200);
  // The bytes the held snapshots may take together (GroupYearScores::bytes): beyond it the ones
  // not asked for longest are dropped (down to 90% of it), and built again from the database by
  // the next request that asks for one. The default holds the whole nation's load (45 MiB of
  // snapshots at the benchmark's --scale 0.1, so about 450 MiB for the nation) with room for
  // other periods; `thidua serve --score-board-mb` or THIDUA_SCORE_BOARD_MB sets it.
  static constexpr size_t kDefaultBudget = size_t{640} << 20;
  // Snapshots kept at most whatever their bytes (each group-year and period asked for is one,
  // and a group-year without a scheme holds an empty one).
  static constexpr size_t kMaxEntries = 50000;

  // The catalogue outlives the board. `recheck`: how long a confirmed snapshot is served from
  // memory without reading the versions (kRecheck; a test holding time still passes longer).
  // `budget`: kDefaultBudget.
  explicit ScoreBoard(const scoring::IndicatorCatalogue& catalogue, std::chrono::milliseconds recheck = kRecheck,
                      size_t budget = kDefaultBudget)
      : recheck_(recheck), catalogue_(catalogue), budget_(budget) {}
  ScoreBoard(const ScoreBoard&) = delete;
  ScoreBoard& operator=(const ScoreBoard&) = delete;

  // After a write that can change these units' scores has committed and been counted in the
  // write epoch, on the writing request's own thread before it is answered: every held snapshot
  // with one of them as a member is brought up to date (one read transaction, begun after
  // `epoch()` is read, as get() does, and only when a group needs it), so the ranking asked next — a report's unit looking at its
  // group — is answered from memory without reading the database, and no background refresh holds
  // a group while a reader asks for it. A snapshot confirmed from a read begun after these writes
  // committed (another writer's refresh of the same group) is not re-scored again: a burst of
  // writes to one group is re-scored once per wait, not once per write. A refresh that fails is
  // logged and left to the next request.
  // `written`: the write epoch right after the request's last commit (CommitWatch::epoch).
  // `handed`: the submissions these writes made (CommitWatch::reports): a unit whose reports
  // version moved by that write alone is not read again, its report put into the held engine as a
  // read would put it (the version check is still read, and catches any other writer's write).
  void refresh_now(storage::Database& db, const std::function<uint64_t()>& epoch, const std::vector<int64_t>& units,
                   uint64_t written, const std::vector<storage::WrittenReport>& handed = {});
  // How many get() calls read the database (the versions, or more): the others were answered
  // from memory. For tests: a ranking asked after refresh_now() is not one of them.
  uint64_t database_reads() const { return database_reads_.load(std::memory_order_relaxed); }

  // The group-year's scores, up to date with what `tx` sees. `write_epoch` counts the writes
  // this process has answered: a snapshot confirmed under the same epoch less than kRecheck
  // ago is returned without reading anything. Throws NotFound for an unknown group-year and
  // Conflict when it has no scheme.
  std::shared_ptr<const GroupYearScores> get(storage::Tx& tx, int64_t group_id, int year, const scoring::Period& period,
                                             uint64_t write_epoch);

  // From memory only, never waits on the database (the I/O thread's fast path): the snapshot
  // confirmed under this epoch less than the recheck time (kRecheck) ago, or nullptr.
  std::shared_ptr<const GroupYearScores> fresh(int64_t group_id, int year, const scoring::Period& period,
                                               uint64_t write_epoch) const;

  // What load() has done: `ready` once every group-year of `years` has been read.
  struct LoadStatus {
    bool started = false, ready = false;
    std::vector<int> years;
    int group_years = 0, scored = 0, unscored = 0, failed = 0;  // unscored: no scheme yet
    int64_t ms = 0;                                             // from the start of load() to ready
    // The report values the loaded engines hold: cells (units × 2 years × slots × reported
    // indicators), their bytes, and the group-years held as doubles (a value not a whole number
    // of hundredths; the others hold 4-byte cells).
    int64_t value_cells = 0, value_bytes = 0;
    int wide = 0;
    nlohmann::json to_json() const;
  };
  // The years the server loads at start: the current and the previous year (what is being
  // reported and ranked now), and the two latest years holding a group-year with a scheme (the
  // last closed years, when the current ones have none yet).
  static std::vector<int> years_to_load(storage::Tx& tx);
  // Reads every group-year of years_to_load() over its calendar year into the board — a year's
  // rows a statement per table (load_year), one read transaction a year — and builds each with
  // the code get() runs on first use, on `threads` threads; then marks the board ready. Stops early when `stop` becomes true. Requests served meanwhile are
  // answered as before (a group-year not loaded yet is built by the request that asks for it).
  void load(storage::Database& db, int threads, uint64_t write_epoch, const std::atomic<bool>& stop);
  LoadStatus load_status() const;

  // What the board holds now: the snapshots and their bytes against the budget, and how many
  // were dropped for it since the start (`/readyz` shows it under `scores.held`).
  struct Held {
    size_t entries = 0, snapshots = 0, bytes = 0, budget = 0;
    uint64_t evicted = 0, not_loaded = 0;  // not_loaded: group-years the load left out, the board full
    nlohmann::json to_json() const;
  };
  Held held() const;
  void set_budget(size_t bytes);

  // One member's review over the group-year's calendar year as `tx` holds it now (inside a
  // write, before commit: it refuses what the scheme cannot score), built from that member's
  // rows only. Nothing is published.
  nlohmann::json review_now(storage::Tx& tx, int64_t group_year_id, int64_t unit) const;

 private:
  struct Entry {
    std::mutex update;  // one refresher at a time; readers never take it
    std::shared_ptr<const GroupYearScores> snap;  // guarded by ScoreBoard::mu_
    std::chrono::steady_clock::time_point confirmed, asked;
    uint64_t epoch = 0;
    int64_t gy_id = 0;
    std::vector<int64_t> indexed;  // members listed in by_member_ (sorted; guarded by mu_)
    size_t bytes = 0;   // snap->bytes, counted in held_bytes_ (guarded by mu_)
    bool gone = false;  // dropped from entries_: what a refresher publishes into it is not held
  };
  using Key = std::tuple<int64_t, int, std::string>;  // group id, year, period kind and bounds
  static Key key(int64_t group_id, int year, const scoring::Period& period);
  // With mu_ held: while the snapshots take more than the budget (or there are more than
  // kMaxEntries), drops the ones not asked for longest, never `keep`.
  void trim(const Entry* keep = nullptr);
  // What an entry of a group-year of `members` takes beside its snapshot: itself, its node and
  // key in entries_, its members' places in by_member_.
  static size_t entry_bytes(size_t members);

  // What a group-year's scores are built from, as read from the database (by build() one
  // group-year at a time, by load() a year at a time).
  struct GroupYearRows {
    storage::GroupYearRef gy;  // with its members
    std::vector<int64_t> ids;  // the members' ids, in gy.members' order
    std::shared_ptr<const scoring::CompiledScheme> scheme;
    storage::StoredScheme stored;
    std::optional<int64_t> movement;
    std::map<int64_t, std::string> names;
    std::shared_ptr<const ReportSet> reports;  // the members' over the period and a year earlier (or more)
    std::map<int64_t, scoring::Lateness> lateness;
    std::vector<storage::ScoreSheet> sheets;
    std::vector<storage::ScoreAssignment> assignments;
    std::vector<storage::StoredModeration> moderations;
  };
  std::shared_ptr<GroupYearScores> build(storage::Tx& tx, int64_t gy_id, const scoring::Period& period,
                                         storage::ScoreVersions versions) const;
  std::shared_ptr<GroupYearScores> make(GroupYearRows rows, const scoring::Period& period,
                                        storage::ScoreVersions versions) const;
  // Reads every group-year of `year` over the calendar year, a statement per table (the
  // reports a statement per few thousand members), builds them on `threads` threads and holds
  // them, as get() would on first use; a group-year a request built meanwhile is kept as it is.
  // `second` begins the read transaction of a second reader (the members' reports split in two).
  void load_year(storage::Tx& tx, int year, int threads, uint64_t write_epoch, const std::atomic<bool>& stop,
                 LoadStatus& counts, const std::function<std::unique_ptr<storage::Tx>()>& second);
  // Holds a snapshot the load built, unless a request built it meanwhile; false when the board
  // is full (the load holds no more than the budget: nothing it held is dropped for the rest).
  bool hold(int64_t group_id, int year, int64_t gy_id, std::shared_ptr<const GroupYearScores> snap, uint64_t write_epoch);
  // The entry brought up to date with what `tx` sees (its versions read, then built, updated or
  // kept) and confirmed under `write_epoch`, read before `tx` began. With e.update held.
  std::shared_ptr<const GroupYearScores> renew(storage::Tx& tx, const std::shared_ptr<Entry>& e,
                                               const scoring::Period& period, uint64_t write_epoch,
                                               const std::vector<storage::WrittenReport>* handed = nullptr);
  // With mu_ held: the entry shows `snap`, confirmed under `write_epoch`; its members are indexed.
  void publish(const std::shared_ptr<Entry>& e, std::shared_ptr<const GroupYearScores> snap, uint64_t write_epoch);
  std::shared_ptr<GroupYearScores> update(storage::Tx& tx, const GroupYearScores& old, storage::ScoreVersions versions,
                                          const std::vector<storage::WrittenReport>* handed = nullptr) const;
  // Members' coverage and review from the engine (all, or the `changed` ones), the ranking.
  void finish(GroupYearScores& s, const std::vector<int64_t>* changed) const;

  // The group-year's scheme, compiled once per stored scheme (stored schemes never change).
  std::shared_ptr<const scoring::CompiledScheme> compiled_scheme_of(storage::ScoringStore& store, const storage::GroupYearRef& gy,
                                                           storage::StoredScheme& stored,
                                                           std::optional<int64_t>* movement = nullptr) const;
  std::shared_ptr<const scoring::CompiledScheme> compiled_scheme(storage::ScoringStore& store, int64_t scheme_id,
                                                                 storage::StoredScheme& stored) const;

  const std::chrono::milliseconds recheck_;
  std::atomic<uint64_t> database_reads_{0};
  const scoring::IndicatorCatalogue& catalogue_;
  mutable std::mutex schemes_mu_;
  mutable std::map<int64_t, std::pair<storage::StoredScheme, std::shared_ptr<const scoring::CompiledScheme>>> schemes_;
  LoadStatus load_;  // guarded by mu_
  mutable std::mutex mu_;
  std::map<Key, std::shared_ptr<Entry>> entries_;
  size_t budget_;          // guarded by mu_
  size_t held_bytes_ = 0;  // the entries' bytes (guarded by mu_)
  uint64_t evicted_ = 0, not_loaded_ = 0;
  // Unit id → the entries whose snapshot has (or had) it as a member: what refresh_now() re-scores.
  std::unordered_map<int64_t, std::vector<std::weak_ptr<Entry>>> by_member_;
};

}  // namespace thidua::api
