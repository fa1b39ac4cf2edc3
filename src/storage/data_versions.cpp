#include "storage/data_versions.h"

#include <algorithm>
#include <string>

#include "storage/commendation_records.h"

namespace thidua::storage {

namespace {
thread_local CommitWatch* current_watch = nullptr;
thread_local uint64_t this_thread_write_commits = 0;
thread_local uint64_t this_thread_round_trips = 0;
}  // namespace

uint64_t Database::thread_write_commits() { return this_thread_write_commits; }

CommitWatch::CommitWatch() : outer_(current_watch) { current_watch = this; }
CommitWatch::~CommitWatch() { current_watch = outer_; }

void Tx::commit() {
  Params params;
  // A subject's record noted (kCommendationNoted) moves the commendation counter too.
  const unsigned versions =
      touched_ & kCommendationNoted ? (touched_ & ~kCommendationNoted) | kCommendationVersion : touched_;
  const std::string last = data_versions_statement(versions, params);
  if (!(touched_ & kCommendationNoted)) {
    commit_now(last, params);
  } else {
    // The subjects noted (comm_changes rows without a version, this transaction's alone: nobody
    // else sees them uncommitted) stamped with the version the counter moves to, read after the
    // counter's row is this transaction's: versions come in commit order. More than records
    // written (touch_commendation): a row 'all'. The rows of all but the last 1000 versions go.
    if (touched_ & kCommendationVersion)
      defer("INSERT INTO comm_changes (version, subject_kind, subject_id) VALUES (NULL, 'all', 0)");
    defer(last, params);
    defer("UPDATE comm_changes SET version = (SELECT version FROM data_versions WHERE kind = 'commendation') WHERE "
          "version IS NULL");
    defer("DELETE FROM comm_changes WHERE version < (SELECT version - 1000 FROM data_versions WHERE kind = 'commendation')");
    commit_now("", {});
  }
  if (writes_) ++this_thread_write_commits;
  // The write epoch counts the versions the score board and the national view read; the
  // commendation version alone is read by the held records, once per request.
  if (!(touched_ & (kScoresVersion | kStructureVersion))) return;
  const uint64_t epoch = db_.version_commits_.fetch_add(1, std::memory_order_acq_rel) + 1;
  if (CommitWatch* w = current_watch) {
    w->epoch = std::max(w->epoch, epoch);
    w->touched |= touched_;
    w->units.insert(w->units.end(), units_.begin(), units_.end());
    // A submission handed on only when its statements answered (the row, the version).
    for (const auto& h : handed_)
      if (h->gen > 0 && !h->status.empty()) w->reports.push_back(std::move(*h));
  }
}

void Tx::count_round_trip() {
  db_.round_trips_.fetch_add(1, std::memory_order_relaxed);
  ++this_thread_round_trips;
}

uint64_t Database::thread_round_trips() { return this_thread_round_trips; }

DataVersions read_data_versions(Tx& tx) {
  DataVersions v;
  for (const auto& row : tx.query("SELECT kind, version FROM data_versions").rows) {
    if (!row[0] || !row[1]) continue;
    if (*row[0] == "scores") v.scores = std::stoll(*row[1]);
    else if (*row[0] == "structure") v.structure = std::stoll(*row[1]);
  }
  return v;
}

int64_t read_commendation_version(Tx& tx) {
  auto r = tx.query("SELECT version FROM data_versions WHERE kind = 'commendation'");
  return r.empty() || !r.rows[0][0] ? 0 : std::stoll(*r.rows[0][0]);
}

std::string data_versions_statement(unsigned versions, Params& params) {
  // The rows in one order for every writer ('scores', 'structure', 'commendation'): two writers
  // never wait on each other's rows crosswise.
  std::string rows;
  params.clear();
  for (const auto& [bit, kind] : {std::pair{kScoresVersion, "scores"}, std::pair{kStructureVersion, "structure"},
                                    std::pair{kCommendationVersion, "commendation"}}) {
    if (!(versions & bit)) continue;
    params.push_back(std::string(kind));
    rows += (rows.empty() ? "($" : ", ($") + std::to_string(params.size()) + ", 1)";
  }
  if (rows.empty()) return {};
  return "INSERT INTO data_versions (kind, version) VALUES " + rows +
         " ON CONFLICT (kind) DO UPDATE SET version = data_versions.version + 1";
}

}  // namespace thidua::storage
