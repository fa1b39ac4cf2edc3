// Repositories of the launch side of emulation: movements (phong trào thi đua) with phases,
// lifecycle and attachments; emulation groups (cụm / khối thi đua) year by year; pledges (giao
// ước) with versions and signatures; registrations (đăng ký thi đua) with their deadlines.
// Every function works inside the caller's transaction and checks the rules of
// core/emulation*.h before it writes, so a refused change leaves nothing behind. Role and unit
// scope are the caller's business (api/), except where a rule is about units themselves
// (an organiser owns the movement, members lie within the group's organiser).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/emulation.h"
#include "core/emulation_targets.h"
#include "core/emulation_titles.h"
#include "storage/database.h"

namespace thidua::storage {

// A unit as a movement, group or registration names it.
struct UnitRef {
  int64_t id = 0;
  std::string name, kind;
};

// ---- movements ----

struct MovementTransition {
  int64_t id = 0;
  std::string from, to;
  Date date;
  std::optional<std::string> note;
  std::string username, at;
};

struct Attachment {
  int64_t id = 0;
  std::string name, content_type, sha256, created_at;
  int64_t size = 0;
  bool has_content = false;
};

struct MovementRef {
  int64_t id = 0;
  std::string name, state;
  int64_t owner_unit_id = 0;
  std::string owner_unit_name;
  Date start, end;
};

// What a movement is made of: the input of create and update alike.
struct MovementFields {
  std::string kind, name, theme, motto, scope_text;
  std::vector<int64_t> organiser_ids;  // police unit first or not: the first non-civil one owns it
  std::vector<int64_t> scope_unit_ids;
  std::optional<int64_t> parent_id;
  Date start, end;
  std::optional<Date> launch_date;
  std::string launch_place;
  std::vector<emulation::Chair> chairs;
  std::vector<emulation::Phase> phases;
  std::vector<std::string> content_areas;
  std::vector<emulation::Commitment> targets;
};

struct Movement {
  int64_t id = 0;
  MovementFields f;
  std::string state;
  int64_t owner_unit_id = 0;
  std::string owner_unit_name, parent_name;
  std::vector<UnitRef> organisers, scope_units;
  std::vector<int64_t> phase_ids;  // beside f.phases
  std::vector<MovementTransition> transitions;
  std::vector<Attachment> attachments;
  std::vector<MovementRef> children;
  std::string created_at, updated_at;
};

struct MovementQuery {
  std::string q;  // folded match in the name
  std::optional<std::string> kind, state;
  std::optional<int> year;               // the period overlaps this year
  std::optional<int64_t> parent_id;
  std::optional<int64_t> viewer_unit;    // only movements this unit sees (nullopt: all)
  int limit = 50, offset = 0;
};

class MovementRepository {
 public:
  explicit MovementRepository(Tx& tx) : tx_(tx) {}
  std::optional<Movement> find(int64_t id);
  Movement get(int64_t id);  // throws NotFound
  std::vector<Movement> search(const MovementQuery& q, int64_t* total);
  // A movement is seen by the units in its owner's subtree and by the levels above the owner.
  bool visible_to(int64_t viewer_unit, const Movement& m);

  // Creates a draft. Organisers exist, at least one is a police unit (the owner); scope units
  // lie in the owner's subtree; the parent movement (if any) is not closed, its owner is the
  // child's owner or above it, and its period covers the child's; phases and texts per core.
  Movement create(const MovementFields& f, std::optional<int64_t> user_id);
  // Replaces every field. What may change depends on the state (emulation::check_editable):
  // `has_reason` tells whether the caller stated why a launched movement's period or phases
  // change. Children movements must still fit in the new period. Phases keep their ids by
  // ordinal.
  Movement update(int64_t id, const MovementFields& f, bool has_reason);
  // Moves along the lifecycle (emulation::check_transition); a launch without a launch date
  // takes the transition's date; launching under a parent that is still a draft is refused.
  Movement transition(int64_t id, emulation::State to, Date date, const std::optional<std::string>& note,
                      std::optional<int64_t> user_id, const std::string& username, Date today);

  // Attachments: metadata always; the content (at most 5 MB) when given, otherwise its size
  // and SHA-256 as declared (a file kept elsewhere).
  Attachment add_attachment(int64_t movement_id, const std::string& name, const std::string& content_type,
                            const std::optional<std::string>& content, std::optional<int64_t> size,
                            const std::optional<std::string>& sha256);
  std::optional<Attachment> find_attachment(int64_t movement_id, int64_t attachment_id);
  std::string attachment_content(int64_t attachment_id);

 private:
  void check_fields(const MovementFields& f, std::optional<int64_t> self_id, int64_t& owner);
  void write_children(int64_t id, const MovementFields& f, bool replace);
  Tx& tx_;
};

// ---- emulation groups ----

struct GroupMember {
  int64_t unit_id = 0;
  std::string name;      // as it was in that year
  std::string name_now;  // today's name (same unless renamed)
  std::string kind, status;
  std::optional<int64_t> successor_id;
  std::string successor_name;
};

struct GroupLeadership {
  emulation::Leadership l;
  std::string unit_name;  // as it was in that year
};

struct GroupDocument {
  int64_t id = 0;
  std::string kind, title;
  std::optional<std::string> number;
  Date date;
};

struct GroupYear {
  int64_t id = 0;
  int year = 0;
  std::vector<GroupMember> members;
  std::optional<GroupLeadership> leader, deputy;
  std::vector<GroupDocument> documents;
  std::optional<int64_t> pledge_id;  // the latest version of the year's pledge
  std::optional<int64_t> movement_id;  // the movement the year runs under (its scheme may apply)
};

struct Group {
  int64_t id = 0;
  std::string name, kind, created_at;
  int64_t organiser_unit_id = 0;
  std::string organiser_unit_name;
  std::vector<GroupYear> years;  // oldest first
};

struct YearSetup {
  int year = 0;
  std::vector<int64_t> member_ids;
  std::optional<emulation::Leadership> leader, deputy;
};

// A group with its first year, for GroupRepository::create_many.
struct NewGroup {
  std::string name, kind;
  int64_t organiser_unit_id = 0;
  YearSetup year;
};

// What create_many wrote for a group: its id and its year's.
struct CreatedGroup {
  int64_t id = 0, year_id = 0;
};

struct GroupQuery {
  std::string q;
  std::optional<std::string> kind;
  std::optional<int> year;
  std::optional<int64_t> member_unit_id;
  std::optional<int64_t> viewer_unit;
  int limit = 50, offset = 0;
};

class GroupRepository {
 public:
  explicit GroupRepository(Tx& tx) : tx_(tx) {}
  std::optional<Group> find(int64_t id);
  Group get(int64_t id);
  std::vector<Group> search(const GroupQuery& q, int64_t* total);
  // Seen by the organiser's subtree, the levels above the organiser, and the members' subtrees.
  bool visible_to(int64_t viewer_unit, const Group& g);
  // The year's row; throws NotFound when the group has no such year.
  GroupYear year(const Group& g, int year) const;

  // Creates the group with its first year. Name unique per organiser; members valid during
  // the year, inside the organiser's subtree, in no other group of the same organiser and
  // kind that year; leader and deputy members of the year.
  Group create(const std::string& name, const std::string& kind, int64_t organiser_unit_id, const YearSetup& y);
  // Creates many groups at once (the national data load), in batch order, writing the rows
  // create() writes one by one. Every group gets create()'s checks, also against the batch's
  // other groups (a name twice for one organiser, a unit in two groups of one organiser and kind
  // in a year), all before anything is written: a refused group refuses the batch and nothing
  // is written. Then multi-row inserts.
  std::vector<CreatedGroup> create_many(const std::vector<NewGroup>& batch);
  Group rename(int64_t id, const std::string& name);
  Group add_year(int64_t id, const YearSetup& y);
  // Changes members and/or leadership of an existing year (absent: unchanged). A member that
  // has signed the year's pledge cannot be removed.
  Group update_year(int64_t id, int year, const std::optional<std::vector<int64_t>>& members,
                    const std::optional<emulation::Leadership>& leader,
                    const std::optional<emulation::Leadership>& deputy);
  Group add_document(int64_t id, int year, const std::string& kind, const std::string& title,
                     const std::optional<std::string>& number, Date date);

 private:
  void check_year_setup(const Group& g, const YearSetup& y);
  void write_members(int64_t group_year_id, const std::vector<int64_t>& ids);
  void write_leadership(int64_t group_year_id, const std::optional<emulation::Leadership>& leader,
                        const std::optional<emulation::Leadership>& deputy);
  Tx& tx_;
};

// A unit's name as it was on `day` (its rename history read backwards).
std::string unit_name_at(Tx& tx, int64_t unit_id, Date day);

// ---- pledges ----

struct PledgeSignature {
  int64_t unit_id = 0;
  std::string unit_name;
  bool is_signed = false;
  std::optional<int64_t> signer_person_id;
  std::string signer_name, signer_position, signed_at;
  std::optional<Date> date;
};

struct PledgeVersionRef {
  int64_t id = 0;
  int version = 0;
  int64_t signed_count = 0;
};

struct Pledge {
  int64_t id = 0;
  int version = 1;
  std::optional<int64_t> previous_id;
  std::optional<int64_t> group_year_id, group_id, movement_id;
  std::optional<int> year;
  std::string subject_name;  // the group's or the movement's name
  int64_t subject_unit_id = 0;  // the group's organiser or the movement's owner
  std::string title, created_at;
  std::vector<emulation::Commitment> commitments;
  std::vector<PledgeSignature> signatures;  // one per signing unit, signed or not
  std::vector<PledgeVersionRef> versions;   // every version of this pledge, oldest first
  int64_t signed_count() const;
  bool latest() const { return versions.empty() || versions.back().id == id; }
};

struct NewPledge {
  std::optional<int64_t> group_id;
  std::optional<int> year;
  std::optional<int64_t> movement_id;
  std::string title;
  std::vector<emulation::Commitment> commitments;
};

struct SignatureInput {
  int64_t unit_id = 0;
  std::optional<int64_t> signer_person_id;
  std::string signer_name, signer_position;
  Date date;
};

class PledgeRepository {
 public:
  explicit PledgeRepository(Tx& tx) : tx_(tx) {}
  std::optional<Pledge> find(int64_t id);
  Pledge get(int64_t id);
  // Pledges of a group (all years) or of a movement, every version.
  std::vector<Pledge> list(std::optional<int64_t> group_id, std::optional<int> year, std::optional<int64_t> movement_id);

  // One pledge per group-year or movement (Conflict when there is one: make a new version).
  // A movement's pledge is signed by the movement's scope units, so it needs some.
  Pledge create(const NewPledge& p, std::optional<int64_t> user_id);
  // Changes an unsigned latest version (Conflict once signed).
  Pledge update(int64_t id, const std::optional<std::string>& title,
                const std::optional<std::vector<emulation::Commitment>>& commitments);
  // A signed latest version → a copy with version + 1, unsigned (Conflict when not yet signed
  // or not the latest).
  Pledge new_version(int64_t id, const std::optional<std::string>& title,
                     const std::optional<std::vector<emulation::Commitment>>& commitments,
                     std::optional<int64_t> user_id);
  // Only a signing unit of this pledge (Invalid otherwise), once (Conflict), on the latest version.
  Pledge sign(int64_t id, const SignatureInput& s, std::optional<int64_t> user_id, Date today);

 private:
  std::vector<std::pair<int64_t, std::string>> signing_units(const Pledge& p);
  Tx& tx_;
};

// ---- registrations ----

struct RegistrationPeriod {
  int64_t id = 0;
  int year = 0;
  int64_t unit_id = 0;
  std::string unit_name;
  std::optional<int64_t> movement_id;
  Date deadline;
};

struct Registration {
  int64_t id = 0;
  int year = 0;
  int64_t unit_id = 0;
  std::string unit_name;
  std::optional<int64_t> person_id, movement_id, period_id;
  std::string person_name, title_code, title_name, level, created_at;
  int catalogue_version = 0;
  Date date;
  std::optional<Date> deadline;
  bool late = false;
};

struct NewRegistration {
  int year = 0;
  int64_t unit_id = 0;
  std::optional<int64_t> person_id, movement_id;
  std::string title_code;
  Date date;  // when the unit submitted it
};

struct RegistrationQuery {
  int year = 0;
  std::optional<int64_t> unit_id;     // the unit and its subtree
  std::optional<int64_t> movement_id;
  std::optional<int64_t> scope_root;  // and within the caller's scope
  int limit = 50, offset = 0;
};

// For each child unit of the organising unit: registered or not, on time or late.
struct RegistrationStatusRow {
  UnitRef unit;
  int64_t count = 0, on_time = 0, late = 0;
  std::optional<Date> first_date;
  std::vector<std::string> title_codes;
};
struct RegistrationStatus {
  int year = 0;
  UnitRef unit;
  std::optional<RegistrationPeriod> period;
  std::vector<RegistrationStatusRow> rows;
};

class RegistrationRepository {
 public:
  explicit RegistrationRepository(Tx& tx) : tx_(tx) {}
  std::optional<RegistrationPeriod> find_period(int64_t id);
  std::vector<RegistrationPeriod> periods(std::optional<int> year, std::optional<int64_t> unit_id);
  // The deadline a unit's registrations answer to: the nearest unit above it (parent chain)
  // that set one for the year (the movement's own period first, then the general one).
  std::optional<RegistrationPeriod> applicable_period(int64_t unit_id, int year, std::optional<int64_t> movement_id);
  // One period per year, organising unit and movement (Conflict on a second). The deadline falls
  // in the year or the year before.
  RegistrationPeriod create_period(int year, int64_t unit_id, std::optional<int64_t> movement_id, Date deadline);
  // A new deadline; registrations filed under the period are re-judged late or on time.
  RegistrationPeriod update_period(int64_t id, Date deadline);

  std::optional<Registration> find(int64_t id);
  std::vector<Registration> search(const RegistrationQuery& q, int64_t* total);
  // Checks the title against the catalogue (level, validity), the person's posting at the unit
  // during the year, the unit's validity during the year, no duplicate (Conflict), and flags it
  // late when submitted after the applicable deadline. The date is not in the future.
  Registration create(const NewRegistration& r, const emulation::TitleCatalogue& cat, std::optional<int64_t> user_id,
                      Date today);
  void remove(int64_t id);
  RegistrationStatus status(int64_t unit_id, int year, std::optional<int64_t> movement_id);

 private:
  Tx& tx_;
};

}  // namespace thidua::storage
