// The commendation record (hồ sơ khen thưởng) of people and units: yearly evaluations, initiatives
// (sáng kiến), discipline, years of service, awards with their decisions and revocations — and
// the gathering of it into commendation::Records for the eligibility engine. Every function works
// inside the caller's transaction.
#pragma once
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "core/commendation.h"
#include "core/date.h"
#include "storage/database.h"

namespace thidua::storage {

// The commendation record of one subject is written (an evaluation, an initiative, a discipline,
// years of service, an award or its revocation, a group's vote): a data version bit of its own
// beside storage/data_versions.h's (1, 2, 4). Tx::commit moves the commendation counter for it as
// for kCommendationVersion, and stamps the rows note_commendation wrote into comm_changes with the
// version the counter moved to: the held records (storage/held_records.h) read those subjects
// again. A transaction that also touched the commendation version otherwise (touch_commendation:
// people, postings, units) adds a row 'all': the held records are read whole.
constexpr unsigned kCommendationNoted = 8;
// `kind`: "person" | "unit" (anything else counts as touch_commendation).
void note_commendation(Tx& tx, const std::string& kind, int64_t id);

// A subject noted by a commit (comm_changes).
struct CommendationSubject {
  bool unit = false;
  int64_t id = 0;
  bool operator<(const CommendationSubject& o) const { return unit != o.unit ? unit < o.unit : id < o.id; }
  bool operator==(const CommendationSubject&) const = default;
};
// The subjects whose records the commits after version `from` up to `to` wrote, each once;
// nullopt when one of those versions has no row (a write of people, postings or units alone, or
// a version older than the rows kept) or a row 'all': then the records are read again whole.
std::optional<std::vector<CommendationSubject>> commendation_changes(Tx& tx, int64_t from, int64_t to);

struct NewEvaluation {
  std::string subject_kind;  // person | unit
  int64_t subject_id = 0, unit_id = 0;
  int year = 0;
  std::string level;
  std::optional<int64_t> duties_done, duties_total;
  bool under_complaint = false;
  std::optional<std::string> note;
};

struct NewInitiative {
  int64_t person_id = 0, unit_id = 0;
  std::string name, scope, recognised_by;
  Date recognised_on;
};

struct NewDiscipline {
  std::string subject_kind;
  int64_t subject_id = 0, unit_id = 0;
  std::string form;  // "" while under review
  Date date;
  int term_months = 12;
  bool under_review = false;
  std::string reason;
};

struct Decision {
  int64_t id = 0, issuer_unit_id = 0;
  std::string issuer, issuer_name, number, signer, signer_position;
  int year = 0;
  Date date;
  int64_t base_salary = 0;
  std::optional<int64_t> proposal_id;
};

struct Award {
  int64_t id = 0, subject_id = 0, unit_id = 0;
  std::string subject_kind, subject_name, unit_name, code, name;
  int year = 0;
  std::optional<Decision> decision;
  double cash_multiple = 0;
  int64_t cash_vnd = 0;
  bool revoked = false;
  std::optional<std::string> revoke_reason, revoke_document, revoked_on, flag;
  std::optional<std::string> method;  // thường xuyên, chuyên đề… as decided; absent when not recorded
};

struct NewAward {
  std::string subject_kind;
  int64_t subject_id = 0, unit_id = 0;
  std::string code, name;
  int year = 0;
  std::optional<int64_t> decision_id, proposal_item_id;
  double cash_multiple = 0;
  int64_t cash_vnd = 0;
  int catalogue_version = 0;
  std::optional<std::string> method;
};

// How many awards of `code` were given in `year` to subjects of `unit_id` (where each was earned).
struct AwardCount {
  int64_t unit_id = 0;
  int year = 0;
  std::string code;
  int count = 0;
};

// A subject of eligibility in a unit's scope for a year.
// A person's years of service as entered on their record (comm_service), the basis of the
// long-service medal.
struct Service {
  std::optional<std::string> sex;
  Date from;
  int hardship_years = 0;
};

struct Subject {
  std::string kind;  // person | unit
  int64_t id = 0, unit_id = 0;
  std::string name, unit_name, unit_kind;
  std::string person_kind;  // officer | member | civilian (people only)
};

struct UnitLink {
  int64_t id = 0, parent = 0, successor = 0;
};

class CommendationRecords {
 public:
  explicit CommendationRecords(Tx& tx) : tx_(tx) {}

  // One evaluation a subject a year: a second one for the same year replaces the first.
  int64_t put_evaluation(const NewEvaluation& e, const std::string& username);
  int64_t add_initiative(const NewInitiative& i, const std::string& username);
  int64_t add_discipline(const NewDiscipline& d, const std::string& username);
  void put_service(int64_t person_id, const std::optional<std::string>& sex, Date from, int hardship_years);
  std::optional<Service> service_of(int64_t person_id);

  // Decisions: the number is unique per issuer and year (Conflict naming it otherwise).
  Decision add_decision(const Decision& d, const std::string& username);
  std::optional<Decision> find_decision(int64_t id);
  // Refused with Conflict when the subject already holds the same title for the same year.
  int64_t add_award(const NewAward& a, const std::string& username);
  std::optional<Award> find_award(int64_t id);
  std::vector<Award> awards_of_subject(const std::string& kind, int64_t id);
  void revoke(int64_t award_id, const std::string& reason, const std::optional<std::string>& document, Date on);
  void flag(int64_t award_id, const std::string& why);
  // Awards of `code` in `year` to subjects whose unit lies in `scope_unit`'s scope (not revoked).
  int count_awards(const std::string& code, int year, int64_t scope_unit);
  // Awards in force (not revoked) of `scope_unit`'s scope from `from` to `to`, counted by the unit
  // they were earned in, year and title.
  std::vector<AwardCount> award_counts(int64_t scope_unit, int from, int to);

  // Everyone in `unit_id`'s scope (its subtree and the units merged into it) during `year`: the
  // people posted there at any time of the year and the units in force then.
  std::vector<Subject> subjects(int64_t unit_id, int year, bool people);
  // The rows subjects() picks from, in its order: every posting in scope overlapping `year` (a
  // person's together, by date) or every unit in force; `unit_id` 0: of every unit.
  std::vector<Subject> subject_rows(int64_t unit_id, int year, bool people);
  // Every unit's parent and successor (0: none): scopes worked out in memory (api/held_records.h).
  std::vector<UnitLink> unit_links();
  // Awards in force (not revoked) of `year`, counted by the unit they were earned in and title.
  std::vector<AwardCount> award_counts_of_year(int year);
  // The same counts for the units where `subjects` were given an award of `year` (revoked or
  // not), which it lists in `units`: those units' counts in full (a unit without one now has none).
  std::vector<AwardCount> award_counts_around(int year, const std::vector<CommendationSubject>& subjects,
                                              std::vector<int64_t>& units);
  // The record of everyone in `unit_id`'s scope (0: of every unit), enough for the engine over `year` and the
  // `look_back` years before it. With `columns` (the catalogue the engine will use), the
  // engine's columns are built as the rows are read (Records::columns), for those years.
  commendation::Records records(int64_t unit_id, int year, int look_back,
                                const commendation::Catalogue* columns = nullptr);

  // The records of `changed` among `rec`'s (as records(0, year, look_back) read them) read again:
  // their classifications, titles, team years, discipline, initiatives, service and group votes
  // replaced; their postings, names and members stay (a write of those moves the version without
  // a subject: storage/data_versions.h). The columns are left to the caller
  // (commendation::refresh_columns). Returns the records found (a subject not among them is not).
  std::vector<const commendation::SubjectRecord*> reread(commendation::Records& rec,
                                                         const std::vector<CommendationSubject>& changed, int year,
                                                         int look_back);

  // A person's or unit's record as the API shows it (CONTRACT.md): titles and awards,
  // initiatives, discipline, evaluations — a unit's with those of the units merged into it.
  nlohmann::json person_record(int64_t person_id, const commendation::Catalogue& cat);
  nlohmann::json unit_record(int64_t unit_id, const commendation::Catalogue& cat);

 private:
  Tx& tx_;
};

}  // namespace thidua::storage
