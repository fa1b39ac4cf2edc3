// The commendation application: the catalogue and base salary loaded from data/commendation/,
// eligibility of a unit's people or units, and each step of a proposal's path (create, submit,
// receive, check, return, forward, council, ballot, decision, revocation) and of a group's year
// end (suy tôn vote, flags proposals). Each function runs inside the caller's write transaction
// and refuses with thidua::Error before writing anything half; the routes (routes_commendation.cpp)
// add the role check and the audit record, the demo world calls the same functions.
#pragma once
#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/commendation.h"
#include "storage/commendation_proposals.h"
#include "storage/commendation_records.h"
#include "storage/database.h"
#include "storage/held_records.h"

namespace thidua::api {

struct CommendationData {
  commendation::Catalogue catalogue;
  commendation::BaseSalary salary;
};

// data/commendation/catalogue.json and base-salary.json, validated once; a broken file throws
// Error::Internal naming the file and the entry (the start-up stops).
const CommendationData& commendation_data();

// Who acts: the session's user, or the system for the demo.
struct Actor {
  std::string username;
  int64_t unit_id = 0;
  bool everything = false;
  std::optional<int64_t> user_id;
};
bool actor_sees(storage::Tx& tx, const Actor& a, int64_t unit_id);

// The catalogue's entry `code` in force in `year`; refused (400 naming "code") when the catalogue
// has no such code or it is not in force that year.
const commendation::Entry& entry_for(const commendation::Catalogue& cat, const std::string& code, int year);

// CONTRACT.md: every person or unit of `unit_id`'s scope evaluated for `code` in `year`, with the
// quota where the title has one.
nlohmann::json eligibility(storage::Tx& tx, const CommendationData& d, const std::string& code, int year, int64_t unit_id);
// The same answer from the records held between requests (storage/held_records.h): `held` of
// the year asked, read under the commendation version `tx` saw; the scope worked out in memory.
nlohmann::json eligibility(storage::Tx& tx, const CommendationData& d, const storage::HeldYear& held,
                           const std::string& code, int64_t unit_id);
// Which items of an eligibility answer are written (docs/api.md): those the filter keeps, from
// `offset`, at most `limit` (none: all). The counts and the quota are of the whole scope always.
struct EligibilityView {
  enum Filter { kAll, kEligible, kNotEligible };
  Filter filter = kAll;
  std::optional<int> limit;  // nullopt: every item kept (the full list)
  int offset = 0;
};
// The same answer as the body GET /api/v1/eligibility sends (JSON text), what the route runs;
// `view` the page of items written (default: the full list).
std::string eligibility_body(storage::Tx& tx, const CommendationData& d, const storage::HeldYear& held,
                             const std::string& code, int64_t unit_id, const EligibilityView& view = {});
// The records the eligibility route holds (the catalogue's look-back).
std::unique_ptr<storage::HeldRecords> held_records(const CommendationData& d);

struct ItemRequest {
  std::string subject_kind;  // person | unit
  int64_t subject_id = 0;
  std::string code;
  std::string grounds;  // thành tích
  std::optional<int64_t> example_id;  // the advanced example it rests on (its story is the grounds when none given)
};
struct ProposalRequest {
  int64_t unit_id = 0;  // the proposing unit
  int year = 0;
  std::string title, report;
  std::vector<ItemRequest> items;
  std::optional<int64_t> group_year_id;
};
// Refused: nothing proposed; an unknown title or one not in force; a person's title for a unit or
// the reverse; a subject outside the proposer's scope (or group); forms of different deciding
// levels in one dossier; no level above the proposer with the authority; an ineligible subject
// (the failing condition named); a quota exceeded (the numbers given); a title already held.
storage::Proposal create_proposal(storage::Tx& tx, const CommendationData& d, const Actor& a, const ProposalRequest& p);

// One nominee checked as create_proposal checks it for `proposer` in `year` (the title in force and
// for this kind of subject, the scope, a title already held, the eligibility with the failing
// condition named, the deciding level): the refusal's message, or none. `issuer` receives the
// deciding level's code and `issuer_unit` the unit deciding at that level.
std::optional<std::string> nominee_problem(storage::Tx& tx, const CommendationData& d, const Actor& a, int64_t proposer, int year,
                                           std::optional<int64_t> group_year_id, const ItemRequest& item, std::string* issuer,
                                           int64_t* issuer_unit);
// The quota of `code` at `issuer_unit` for `year` with `adding` more proposed by `proposal_id` (0:
// a new dossier): the refusal's message with the numbers, or none.
std::optional<std::string> quota_problem(storage::Tx& tx, const CommendationData& d, const std::string& code, int year,
                                         int64_t issuer_unit, int64_t proposal_id, int adding);

// Correcting the nominees of a draft or of a dossier returned by the level above, by the
// proposing unit: `items` is the whole new list (nominees kept, changed in their grounds, removed
// or added), each checked as create_proposal does; `report` replaces the achievement report when
// given. The step "edit" keeps what was added, removed and changed, and the reason. Refused once a
// council has met on the dossier, for a nominee of another deciding level, or with no change.
struct EditRequest {
  std::vector<ItemRequest> items;
  std::optional<std::string> report, reason;
};
storage::Proposal edit_proposal(storage::Tx& tx, const CommendationData& d, const Actor& a, int64_t id, const EditRequest& r);

// submit | receive | check | return | forward | to_council. Check re-runs the eligibility and keeps
// what changed; return needs a reason. Returns the dossier after the step.
storage::Proposal proposal_step(storage::Tx& tx, const CommendationData& d, const Actor& a, int64_t id,
                                const std::string& step, const std::optional<std::string>& reason);

struct CouncilRequest {
  Date meeting_date;
  std::vector<int64_t> member_user_ids, present_user_ids;
  std::vector<std::pair<int64_t, int64_t>> member_people;  // user id → person id (recusal on oneself)
};
storage::Council open_council(storage::Tx& tx, const Actor& a, int64_t proposal_id, const CouncilRequest& r);
// The actor's ballot: approve or not per item; items on the voter's own unit or on the voter are
// recused (kept in the minutes) whatever the ballot says. Refused: not a member, absent, no quorum,
// a second ballot, a ballot that leaves out an item.
storage::Council cast_ballot(storage::Tx& tx, const Actor& a, int64_t proposal_id, const std::vector<std::pair<int64_t, bool>>& votes);
// Closes the meeting (needs a quorum), decides each item by the form's approval share, writes the minutes.
storage::Council close_council(storage::Tx& tx, const CommendationData& d, const Actor& a, int64_t proposal_id);

struct DecisionRequest {
  std::string number, signer, signer_position;
  std::optional<Date> date;
  // The method of each award for the statistical forms (data/statistical-forms.json "methods"):
  // per approved item, else `method` for all, else the one the data sets beforehand for the
  // title's code; none of them: not recorded. An unknown method or item is refused.
  std::optional<std::string> method;
  std::map<int64_t, std::string> methods;  // item id → method
};
// The decision on a dossier whose council has closed: awards for the approved items, cash at the
// base salary in force on the decision's date. Returns {decision, awards}.
nlohmann::json decide(storage::Tx& tx, const CommendationData& d, const Actor& a, int64_t proposal_id, const DecisionRequest& r);

// The group's year-end vote honouring its leading unit from its final ranking (`ranking` as
// GET …/ranking answers it). Each member unit votes once; two thirds must vote; the honoured unit
// needs more than half the votes. Records each member's classification of the year from the
// ranking where none is recorded.
storage::GroupVote honour_leader(storage::Tx& tx, const CommendationData& d, const Actor& a, int64_t group_id, int year,
                                 const nlohmann::json& ranking, const nlohmann::json& votes, const std::string& minutes,
                                 Date date);
// From the vote: one dossier proposing the honoured unit for the Government flag and one proposing
// the other members for the Ministry flag (those eligible; the others listed with why).
nlohmann::json group_year_end_proposals(storage::Tx& tx, const CommendationData& d, const Actor& a, int64_t group_id, int year);

// Statistics of the awards in force (revoked ones left out) in `unit_id`'s scope from `from` to
// `to`: {titles: [{code, name, total}], by_year: [{year, counts: {code: n}, total}], by_unit:
// [{unit: {id, name}, counts, total}], total}. A row of by_unit is one of the unit's direct
// subdivisions with everything below it, the unit itself, or a unit merged into it (its own row).
// Every year of the range has its row (a year without awards counts 0 awards: a fact, not a gap).
nlohmann::json award_statistics(storage::Tx& tx, const CommendationData& d, int64_t unit_id, int from, int to);

nlohmann::json proposal_json(const storage::Proposal& p, const CommendationData& d);
nlohmann::json council_json(const storage::Council& c);

}  // namespace thidua::api
