// Repositories of the organisation registry: units with their reorganisation events, people and
// their postings. Every function works inside the caller's transaction; rules that need no
// database live in core/org.h and are checked here before anything is written.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/org.h"
#include "storage/database.h"

namespace thidua::storage {

struct Unit {
  int64_t id = 0;
  std::string name, kind, code;
  std::optional<int64_t> parent_id;
  std::string parent_name;
  org::Validity validity;
  std::string status;  // active | dissolved | merged
  std::optional<int64_t> successor_id;
  std::string successor_name;
};

struct UnitEvent {
  int64_t id = 0;
  std::string kind;  // create | rename | move | dissolve | merge
  Date date;
  std::optional<std::string> document;
  std::string details_json;
  std::vector<int64_t> unit_ids;
};

struct UnitQuery {
  std::string q;  // folded match anywhere in the name
  std::optional<std::string> kind, status;
  std::optional<int64_t> parent_id;
  std::optional<int64_t> scope_root;  // only units inside this unit's scope
  int limit = 50, offset = 0;
};

struct NewUnit {
  std::string name, kind, code;
  std::optional<int64_t> parent_id;
  Date valid_from;
  std::optional<Date> valid_to;
};

class UnitRepository {
 public:
  explicit UnitRepository(Tx& tx) : tx_(tx) {}
  std::optional<Unit> find(int64_t id);
  Unit get(int64_t id);  // throws NotFound
  // The units among `ids` that exist, by id (a few statements for any number of ids).
  std::map<int64_t, Unit> find_many(const std::vector<int64_t>& ids);
  std::vector<Unit> search(const UnitQuery& q, int64_t* total);
  std::vector<Unit> predecessors(int64_t id);
  std::vector<Unit> children(int64_t id);
  // The chain of units above `id` (parents and successors), `id` first.
  std::vector<int64_t> ancestors(int64_t id);
  // True when `unit_id` is `root` or lies in its scope (below it, or merged into it).
  bool in_scope(int64_t root, int64_t unit_id);
  // SQL of a CTE named `scope(id)` listing the scope of the unit bound to parameter $N.
  static std::string scope_cte(int param_no);

  Unit create(const NewUnit& u);
  // Many units at once (data loads): every unit gets create()'s checks — and no code twice in
  // the batch — all before anything is written, then a few multi-row statements write what
  // create() writes one by one. Parents must already be stored. Returns the ids in batch order;
  // a refused unit refuses the batch (the error create() would give) and writes nothing.
  std::vector<int64_t> create_many(const std::vector<NewUnit>& batch);
  Unit correct(int64_t id, const std::optional<std::string>& code, const std::optional<Date>& valid_from);
  Unit rename(int64_t id, const std::string& name, Date date, const std::optional<std::string>& document);
  Unit move(int64_t id, int64_t new_parent, Date date, const std::optional<std::string>& document);
  Unit dissolve(int64_t id, Date date, const std::optional<std::string>& document);
  // Merges `sources` into `target` from `date`; returns the target.
  Unit merge(const std::vector<int64_t>& sources, int64_t target, Date date, const std::optional<std::string>& document);

  std::vector<UnitEvent> events(int64_t unit_id);
  int64_t record_event(const std::string& kind, Date date, const std::optional<std::string>& document,
                       const std::string& details_json, const std::vector<std::pair<int64_t, std::string>>& units);

 private:
  Tx& tx_;
};

struct Posting {
  int64_t id = 0, person_id = 0, unit_id = 0;
  std::string person_name, unit_name;
  std::optional<std::string> rank, position, team_role;
  Date from;
  std::optional<Date> to;
};

struct Person {
  int64_t id = 0;
  std::string full_name, kind;
  std::optional<int64_t> birth_year;
  std::optional<Posting> current;
};

struct PersonQuery {
  std::string q;
  std::optional<std::string> kind;
  std::optional<int64_t> unit_id;     // current posting in this unit's subtree
  std::optional<int64_t> scope_root;  // and in the caller's scope
  int limit = 50, offset = 0;
};

struct NewPosting {
  int64_t unit_id = 0;
  std::optional<std::string> rank, position, team_role;
  Date from;
};

struct NewPerson {
  std::string full_name, kind;
  std::optional<int64_t> birth_year;
  NewPosting first;
};

class PersonRepository {
 public:
  explicit PersonRepository(Tx& tx) : tx_(tx) {}
  std::optional<Person> find(int64_t id);
  Person get(int64_t id);
  std::vector<Person> search(const PersonQuery& q, int64_t* total);
  std::vector<Posting> postings_of(int64_t person_id);
  std::vector<Posting> postings_at(int64_t unit_id, std::optional<Date> at);
  std::optional<Posting> find_posting(int64_t id);
  Person create(const std::string& full_name, const std::string& kind, std::optional<int64_t> birth_year,
                const NewPosting& first);
  // Many people with their first posting at once (data loads): create()'s checks for every one,
  // all before anything is written, then multi-row statements. Returns the ids in batch order; a
  // refused person refuses the batch and writes nothing.
  std::vector<int64_t> create_many(const std::vector<NewPerson>& batch);
  Person update(int64_t id, const std::optional<std::string>& full_name, const std::optional<int64_t>& birth_year);
  // Ends the current posting the day before and starts the new one.
  Posting add_posting(int64_t person_id, const NewPosting& p);
  Posting end_posting(int64_t posting_id, Date date);
  // Open postings at the unit (used by dissolve / merge).
  int64_t count_open_postings(int64_t unit_id);

 private:
  void check_posting(const std::string& kind, const NewPosting& p);
  void check_posting(const std::string& kind, const NewPosting& p, const std::optional<Unit>& unit);
  Tx& tx_;
};

// Current UTC time, ISO 8601 with seconds ("2026-11-22T03:04:05Z").
std::string now_iso();

}  // namespace thidua::storage
