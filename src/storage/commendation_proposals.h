// Proposals (hồ sơ đề nghị khen thưởng) through the levels with every step kept, the council
// (Hội đồng thi đua – khen thưởng) with its members, attendance, recusals and secret ballot, and
// the emulation groups' year-end vote honouring their leading unit (suy tôn). Rules of the path
// are in core/commendation_workflow.h; every function works inside the caller's transaction.
#pragma once
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "storage/database.h"

namespace thidua::storage {

struct ProposalItem {
  int64_t id = 0, subject_id = 0, subject_unit_id = 0;
  std::string subject_kind, subject_name, code;
  std::string grounds;  // thành tích: why this nominee, in the proposer's words
  std::optional<int64_t> example_id;  // the advanced example (điển hình tiên tiến) it rests on
  nlohmann::json eligibility;  // the last check: {"eligible", "conditions": […]}
  std::string result = "pending";
  int approvals = 0, rejections = 0, recusals = 0;
};

struct ProposalStep {
  int64_t id = 0, unit_id = 0;
  std::string step, from_state, to_state, unit_name, username, at;
  std::optional<std::string> reason;
  nlohmann::json changes;
};

struct Proposal {
  int64_t id = 0, unit_id = 0, holder_unit_id = 0, issuer_unit_id = 0;
  std::string unit_name, holder_name, issuer_unit_name, issuer, title, report, state, created_by, created_at;
  std::optional<int64_t> group_year_id;
  int year = 0;
  std::optional<std::string> return_reason;
  std::vector<ProposalItem> items;
  std::vector<ProposalStep> steps;
};

struct NewProposal {
  int64_t unit_id = 0, holder_unit_id = 0, issuer_unit_id = 0;
  std::string issuer, title, report;
  std::optional<int64_t> group_year_id;
  int year = 0;
  std::vector<ProposalItem> items;
};

struct CouncilMember {
  int64_t user_id = 0;
  std::string username;
  std::optional<int64_t> person_id;
  int64_t unit_id = 0;  // the user's unit
  bool present = false;
  bool voted = false;
};

struct Council {
  int64_t id = 0, proposal_id = 0, unit_id = 0;
  Date meeting_date;
  std::string state;  // open | closed
  std::optional<std::string> minutes;
  std::vector<CouncilMember> members;
  struct Recusal {
    int64_t item_id = 0, user_id = 0;
    std::string username, reason;
  };
  std::vector<Recusal> recusals;
};

struct GroupVote {
  int64_t id = 0, group_year_id = 0, group_id = 0, leader_unit_id = 0;
  int year = 0;
  nlohmann::json ranking, votes;
  std::string minutes, leader_name;
  Date date;
  std::optional<int64_t> proposal_id;
};

class ProposalRepository {
 public:
  explicit ProposalRepository(Tx& tx) : tx_(tx) {}
  Proposal create(const NewProposal& p, const std::string& username);
  std::optional<Proposal> find(int64_t id);
  Proposal get(int64_t id);  // throws NotFound
  // Proposals whose proposer or holder lies in `scope_root`'s scope (all when absent).
  std::vector<Proposal> list(std::optional<int64_t> scope_root, std::optional<int> year, int limit, int offset, int64_t* total);
  // Items of proposals past their draft, not rejected and not returned, for `code` and `year`
  // whose subject lies in `scope_unit`'s scope, other than `except_proposal`.
  int count_pending(const std::string& code, int year, int64_t scope_unit, int64_t except_proposal);
  // The same items of every proposal, nationally, counted per subject unit (one statement: the
  // eligibility route's quotas, each scope summing the units it holds).
  std::vector<std::pair<int64_t, int>> pending_by_unit(const std::string& code, int year);

  // Moves the dossier (state, holder, return reason) and keeps the step.
  void step(int64_t id, const std::string& step, const std::string& from, const std::string& to, int64_t holder,
            int64_t acting_unit, const std::string& username, const std::optional<std::string>& reason,
            const nlohmann::json& changes);
  void set_eligibility(int64_t item_id, const nlohmann::json& eligibility);
  // Correcting a dossier's nominees (a draft, or one returned by the level above); the caller
  // keeps what changed as a step. Removing an item the council has recused on is refused.
  int64_t add_item(int64_t proposal_id, const ProposalItem& item);
  void remove_item(int64_t item_id);
  void set_grounds(int64_t item_id, const std::string& grounds);
  void set_report(int64_t id, const std::string& report);
  void set_result(int64_t item_id, const std::string& result);

  Council open_council(int64_t proposal_id, int64_t unit_id, Date date, const std::vector<CouncilMember>& members,
                       const std::string& username);
  std::optional<Council> council_of(int64_t proposal_id);
  // Records that `user_id` has cast the ballot (Conflict on a second one) and adds the ballot's
  // approvals/rejections to the items' counts; who voted how is never stored.
  void cast(int64_t council_id, int64_t user_id, const std::vector<std::pair<int64_t, bool>>& votes);
  void recuse(int64_t council_id, int64_t item_id, int64_t user_id, const std::string& reason);
  void close_council(int64_t council_id, const std::string& minutes);

  GroupVote add_group_vote(const GroupVote& v, const std::string& username);
  std::optional<GroupVote> group_vote(int64_t group_year_id);
  // The dossiers a group-year's year end opened (its flags), with their items, oldest first.
  std::vector<Proposal> of_group_year(int64_t group_year_id);
  void link_group_vote(int64_t vote_id, int64_t proposal_id);

 private:
  std::vector<Proposal> load(const std::string& where, const Params& params);
  Tx& tx_;
};

}  // namespace thidua::storage
