// Periodic reports (báo cáo định kỳ): a unit's indicator values for one period, with every
// revision kept, evidence files, deadlines set by a receiving level, and locked periods.
// Values arrive already validated against the indicator catalogue (scoring/indicator.h).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "storage/database.h"

namespace thidua::storage {

// A period as stored: a stable key ("month:2024-03-01..2024-03-31"), its JSON and its bounds.
struct StoredPeriod {
  std::string key, json;
  Date start, end;
};

struct Report {
  int64_t id = 0, unit_id = 0;
  std::string unit_name;
  StoredPeriod period;
  std::string status, values_json, narrative;
  int version = 1;
  bool late = false;
  std::optional<std::string> return_reason, submitted_at;
  std::string created_at, updated_at;
};

// A report to write with ReportRepository::put_many.
struct NewReport {
  int64_t unit_id = 0;
  StoredPeriod period;
  std::string values_json, narrative;
};

struct ReportRevision {
  int64_t id = 0;
  int version = 0;
  std::string status, values_json, narrative, username, at;
  std::optional<std::string> reason;
};

struct Evidence {
  int64_t id = 0, report_id = 0, size = 0;
  std::string filename, content_type, sha256, username, at;
  std::string content;  // only filled by get_evidence
};

struct ReportQuery {
  std::optional<int64_t> unit_id, scope_root;
  std::optional<std::string> period_key, status;
  std::optional<Date> from, to;  // reports whose period lies within [from, to]
  int limit = 50, offset = 0;
};

struct Actor {
  std::optional<int64_t> user_id;
  std::string username;
};

struct Unit;

class ReportRepository {
 public:
  explicit ReportRepository(Tx& tx) : tx_(tx) {}
  std::optional<Report> find(int64_t id);
  Report get(int64_t id);
  std::vector<Report> search(const ReportQuery& q, int64_t* total);
  // Creates a draft; refused when the unit already has a report for the period or the period is
  // locked by a level above the unit. A batch of one (put_many).
  Report create(int64_t unit_id, const StoredPeriod& p, const std::string& values_json, const std::string& narrative,
                const Actor& by);
  // The same for a unit the caller has already read in this transaction: the checks in one
  // statement, the draft and its revision written, the report answered from what was written.
  Report create(const Unit& unit, const StoredPeriod& p, const std::string& values_json, const std::string& narrative,
                const Actor& by);
  // Many reports at once (a workbook import, a data load): every report gets the checks of
  // create() and, with `submit`, is then submitted as set_status("submitted") would (its own
  // revision, lateness against the deadlines of its unit's levels, the unit's score version).
  // Everything is checked before anything is written, then a few multi-row statements write the
  // batch, so a refused report writes nothing: it throws (with its place in the batch and its unit
  // when the batch has more than one) and the caller's transaction is rolled back. Returns the new
  // ids in the batch's order.
  std::vector<int64_t> put_many(const std::vector<NewReport>& batch, bool submit, const Actor& by, Date today);
  // Changes the values of a draft or returned report; a new revision with the reason.
  Report update(int64_t id, const std::string& values_json, const std::string& narrative,
                const std::optional<std::string>& reason, const Actor& by);
  // Applies a workflow step already checked by the caller; `late` is decided on submission.
  Report set_status(int64_t id, const std::string& to, const std::optional<std::string>& reason, const Actor& by,
                    Date today);
  // The same for the report as the caller read it in this transaction (nothing read again; the
  // answer is the report as written).
  Report set_status(const Report& r, const std::string& to, const std::optional<std::string>& reason,
                    const Actor& by, Date today);
  std::vector<ReportRevision> revisions(int64_t id);

  Evidence add_evidence(int64_t report_id, const std::string& filename, const std::string& content_type,
                        const std::string& content, const std::string& sha256, const Actor& by);
  std::vector<Evidence> evidence(int64_t report_id);
  std::optional<Evidence> get_evidence(int64_t report_id, int64_t evidence_id);

  void set_deadline(int64_t organiser_unit_id, const StoredPeriod& p, Date deadline);
  // The earliest deadline for the period set by the unit or a level above it.
  std::optional<Date> deadline_for(int64_t unit_id, const std::string& period_key);
  // True when the unit or a level above it has locked the period.
  bool period_locked(int64_t unit_id, const std::string& period_key);
  // Locks the period for the organiser's subtree; its accepted reports become locked.
  int lock_period(int64_t organiser_unit_id, const StoredPeriod& p, const Actor& by);

  struct UnitStatus {
    int64_t unit_id;
    std::string unit_name, status;  // status "missing" when there is no report
    std::optional<int64_t> report_id;
    bool late = false;
  };
  // For each active direct child of `organiser` (kinds that report), its report's status for the
  // period, missing ones included.
  std::vector<UnitStatus> submission_status(int64_t organiser_unit_id, const StoredPeriod& p);

 private:
  Tx& tx_;
};

}  // namespace thidua::storage
