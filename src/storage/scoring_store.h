// Stored scoring data: schemes (immutable versions), a group-year's scheme, score sheets (a
// unit's self-assessment and its peers' cross-assessments), scorer assignments, the leader's
// moderations, and the reports' values a group-year is scored on. The arithmetic lives in
// scoring/; this only keeps what people entered.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/date.h"
#include "storage/database.h"
#include "storage/score_versions.h"

namespace thidua::storage {

struct StoredScheme {
  int64_t id = 0;
  std::string code, name, json, username, created_at;
  int version = 0;
  std::optional<int64_t> owner_unit_id;  // the unit that issued it (only it publishes new versions)
};

struct ScoreSheet {
  int64_t unit_id = 0, scorer_unit_id = 0;
  std::string kind;  // self | cross
  std::string assessment_json, username, at;
};

struct ScoreAssignment {
  int64_t unit_id = 0, scorer_unit_id = 0;
  bool recused = false;
  std::optional<std::string> recusal_reason;
};

struct StoredModeration {
  int64_t unit_id = 0;
  std::string criterion, reason, username, at;
  double points = 0;
  std::optional<bool> met;
};

// A group's year as the national view lists it.
struct GroupOfYear {
  int64_t group_id = 0, group_year_id = 0, organiser_unit_id = 0;
  std::string name, kind, organiser_name;
};

struct GroupYearRef {
  int64_t id = 0, group_id = 0, organiser_unit_id = 0;
  int year = 0;
  std::string group_name;
  std::optional<int64_t> leader_unit_id;
  std::vector<std::pair<int64_t, std::string>> members;  // id, code
};

// One report's values, for aggregation.
struct ReportValues {
  int64_t unit_id = 0;
  std::string period_json, values_json;
  bool late = false;  // submitted after its deadline
};

// A reporting deadline set by a receiving level for a period (report_deadlines).
struct ReportDeadline {
  int64_t organiser_unit_id = 0;
  std::string period_key;
  Date deadline;
};

struct ScoreVersions {
  int64_t group_year = 0;
  std::map<int64_t, int64_t> member;   // unit id → version of its sheets/assignments/moderations
  std::map<int64_t, int64_t> reports;  // unit id → version of its reports
  bool operator==(const ScoreVersions&) const = default;
};

class ScoringStore {
 public:
  explicit ScoringStore(Tx& tx) : tx_(tx) {}

  // Stores a validated scheme; its (code, version) must be new and the version above every
  // stored version of the code.
  // Refused (Conflict) when the code already has this version or a later one, and (Forbidden)
  // when the code belongs to another unit than `owner_unit_id`.
  StoredScheme add_scheme(const std::string& code, int version, const std::string& name, const std::string& json,
                          const std::string& username, std::optional<int64_t> owner_unit_id);
  // The unit that issued the scheme's code (its first version), nullopt for an unknown code.
  std::optional<int64_t> scheme_owner(const std::string& code);
  // The units the scheme applies to: the members of the group-years bound to it, the scope units
  // and organisers of the movements bound to it.
  std::vector<int64_t> scheme_units(int64_t scheme_id);
  std::optional<StoredScheme> find_scheme(int64_t id);
  std::vector<StoredScheme> schemes();

  GroupYearRef group_year(int64_t group_year_id);  // throws NotFound
  GroupYearRef group_year(int64_t group_id, int year);  // throws NotFound
  // Every group with that year, in Vietnamese order of their names.
  std::vector<GroupOfYear> groups_of_year(int year);
  // The scheme a group-year scores by: its own, otherwise its movement's.
  struct Binding {
    int64_t scheme_id = 0;
    std::optional<int64_t> movement_id;  // set when the scheme comes from the movement
  };
  std::optional<Binding> binding_of(int64_t group_year_id);
  void bind_scheme(int64_t group_year_id, int64_t scheme_id);
  void unbind_scheme(int64_t group_year_id);  // the group-year has no scheme of its own any more
  // A movement's scheme; every group-year under the movement is scored again.
  std::optional<int64_t> movement_scheme(int64_t movement_id);
  void bind_movement_scheme(int64_t movement_id, int64_t scheme_id);
  // The group-year runs under the movement (nullopt: under none).
  std::optional<int64_t> movement_of(int64_t group_year_id);
  void link_movement(int64_t group_year_id, std::optional<int64_t> movement_id);
  std::vector<GroupYearRef> group_years_of_movement(int64_t movement_id);

  void put_sheet(int64_t group_year_id, const ScoreSheet& s);
  // Many sheets at once (the national data load): (group-year, sheet), written as put_sheet()
  // writes each one by one (a sheet replaces the stored one of the same unit, kind and scorer).
  // Checked before anything is written: the group-year exists, the unit and the scorer are its
  // members, the kind is self (scored by the unit itself) or cross, no sheet twice in the batch;
  // a refused sheet refuses the batch (NotFound, Invalid, Conflict) and nothing is written.
  void put_sheets(const std::vector<std::pair<int64_t, ScoreSheet>>& batch);
  std::vector<ScoreSheet> sheets(int64_t group_year_id);
  void assign(int64_t group_year_id, int64_t unit_id, int64_t scorer_unit_id);
  void recuse(int64_t group_year_id, int64_t unit_id, int64_t scorer_unit_id, const std::string& reason);
  std::vector<ScoreAssignment> assignments(int64_t group_year_id);
  void add_moderation(int64_t group_year_id, const StoredModeration& m);
  std::vector<StoredModeration> moderations(int64_t group_year_id);

  // Submitted, accepted or locked reports of the units whose period lies in [from, to].
  // The deadlines set by any of `organisers` (a unit and the levels above it).
  std::vector<ReportDeadline> deadlines(const std::vector<int64_t>& organisers);
  // For each of `units`: itself and every unit above it (parents, and successors after a merge),
  // in one statement (the score board reads a whole group's chains at once).
  std::map<int64_t, std::vector<int64_t>> ancestors_of(const std::vector<int64_t>& units);
  // ancestors_of() and the deadlines set by any unit of those chains, in one statement (the
  // score board's re-scoring of a unit after its write: one round trip less on PostgreSQL). For a
  // few units: each deadline comes once for every unit whose chain holds its organiser.
  std::vector<ReportDeadline> chain_deadlines(const std::vector<int64_t>& units,
                                              std::map<int64_t, std::vector<int64_t>>& chains);
  // The units' names by id, in one statement.
  std::map<int64_t, std::string> unit_names(const std::vector<int64_t>& units);
  // Years holding a group-year with a scoring scheme (its own or its movement's), latest first.
  std::vector<int> scored_years();
  std::vector<ReportValues> report_values(const std::vector<int64_t>& unit_ids, const std::string& from,
                                          const std::string& to);

  // Every group-year of a year with what its scores are built from, a statement per table for
  // the whole year (the server's load at start) instead of a dozen per group-year: the same
  // rows group_year(), binding_of(), unit_names(), sheets(), assignments(), moderations() and
  // score_versions() give one group-year at a time, in the same orders. The versions are read
  // first (a write committed meanwhile is then at worst read twice, never missed).
  struct YearRows {
    std::vector<GroupYearRef> group_years;          // by id, each with its members by code
    std::map<int64_t, Binding> bindings;            // by group-year; absent: no scheme
    std::map<int64_t, std::string> unit_names;      // of the members
    std::map<int64_t, std::vector<ScoreSheet>> sheets;
    std::map<int64_t, std::vector<ScoreAssignment>> assignments;
    std::map<int64_t, std::vector<StoredModeration>> moderations;
    std::map<int64_t, ScoreVersions> versions;
  };
  YearRows year_rows(int year);
  // Every unit's parent and successor (ancestors_of() for every unit at once, walked by the
  // caller) and every reporting deadline: one statement each.
  struct UnitLink {
    int64_t id = 0;
    std::optional<int64_t> parent, successor;
  };
  std::vector<UnitLink> unit_links();
  std::vector<ReportDeadline> all_deadlines();

  // What a server holding this group-year's scores in memory compares with what it holds: a
  // version for the whole group-year (scheme, members), one per member for its sheets,
  // assignments and moderations here, and one per member for its reports. Absent means 0.
  ScoreVersions score_versions(int64_t group_year_id);

 private:
  Tx& tx_;
};

}  // namespace thidua::storage
