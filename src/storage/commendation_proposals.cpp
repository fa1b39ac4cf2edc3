#include "storage/commendation_proposals.h"

#include "core/error.h"
#include "storage/commendation_records.h"
#include "storage/data_versions.h"
#include "storage/registry.h"
#include "storage/row_reader.h"
#include "storage/row_stream.h"

namespace thidua::storage {

using nlohmann::json;

namespace {

const char* kProposalSelect =
    "SELECT p.id, p.unit_id, u.name AS unit_name, p.holder_unit_id, h.name AS holder_name, p.issuer_unit_id, i.name AS "
    "issuer_unit_name, p.issuer, p.group_year_id, p.year, p.title, p.report, p.state, p.return_reason, p.created_by, "
    "p.created_at FROM comm_proposals p JOIN units u ON u.id = p.unit_id JOIN units h ON h.id = p.holder_unit_id JOIN "
    "units i ON i.id = p.issuer_unit_id ";

Proposal read_proposal(const RowRef& r) {
  Proposal p;
  read_columns<Proposal>(r, p,
                         {{"id", &Proposal::id},
                          {"unit_id", &Proposal::unit_id},
                          {"unit_name", &Proposal::unit_name},
                          {"holder_unit_id", &Proposal::holder_unit_id},
                          {"holder_name", &Proposal::holder_name},
                          {"issuer_unit_id", &Proposal::issuer_unit_id},
                          {"issuer_unit_name", &Proposal::issuer_unit_name},
                          {"issuer", &Proposal::issuer},
                          {"group_year_id", &Proposal::group_year_id},
                          {"year", &Proposal::year},
                          {"title", &Proposal::title},
                          {"report", &Proposal::report},
                          {"state", &Proposal::state},
                          {"return_reason", &Proposal::return_reason},
                          {"created_by", &Proposal::created_by},
                          {"created_at", &Proposal::created_at}});
  return p;
}

ProposalItem read_item(const RowRef& r) {
  ProposalItem it;
  read_columns<ProposalItem>(r, it,
                             {{"id", &ProposalItem::id},
                              {"subject_kind", &ProposalItem::subject_kind},
                              {"subject_id", &ProposalItem::subject_id},
                              {"subject_unit_id", &ProposalItem::subject_unit_id},
                              {"subject_name", &ProposalItem::subject_name},
                              {"code", &ProposalItem::code},
                              {"grounds", &ProposalItem::grounds},
                              {"example_id", &ProposalItem::example_id},
                              {"eligibility", &ProposalItem::eligibility},
                              {"result", &ProposalItem::result},
                              {"approvals", &ProposalItem::approvals},
                              {"rejections", &ProposalItem::rejections},
                              {"recusals", &ProposalItem::recusals}});
  return it;
}

ProposalStep read_step(const RowRef& r) {
  ProposalStep s;
  read_columns<ProposalStep>(r, s,
                             {{"id", &ProposalStep::id},
                              {"step", &ProposalStep::step},
                              {"from_state", &ProposalStep::from_state},
                              {"to_state", &ProposalStep::to_state},
                              {"unit_id", &ProposalStep::unit_id},
                              {"unit_name", &ProposalStep::unit_name},
                              {"username", &ProposalStep::username},
                              {"reason", &ProposalStep::reason},
                              {"changes", &ProposalStep::changes},
                              {"at", &ProposalStep::at}});
  return s;
}

GroupVote read_group_vote(const RowRef& r) {
  GroupVote v;
  read_columns<GroupVote>(r, v,
                          {{"id", &GroupVote::id},
                           {"group_year_id", &GroupVote::group_year_id},
                           {"group_id", &GroupVote::group_id},
                           {"year", &GroupVote::year},
                           {"ranking", &GroupVote::ranking},
                           {"votes", &GroupVote::votes},
                           {"leader_unit_id", &GroupVote::leader_unit_id},
                           {"leader_name", &GroupVote::leader_name},
                           {"minutes", &GroupVote::minutes},
                           {"date", &GroupVote::date},
                           {"proposal_id", &GroupVote::proposal_id}});
  return v;
}

}  // namespace

Proposal ProposalRepository::create(const NewProposal& n, const std::string& username) {
  std::string now = now_iso();
  int64_t id = tx_.query_id(
      "INSERT INTO comm_proposals (unit_id, holder_unit_id, issuer_unit_id, issuer, group_year_id, year, title, report, "
      "state, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'draft', $9, $10, $10) "
      "RETURNING id",
      {n.unit_id, n.holder_unit_id, n.issuer_unit_id, n.issuer, opt_param(n.group_year_id), int64_t{n.year}, n.title, n.report,
       username, now});
  for (const auto& it : n.items) add_item(id, it);
  tx_.query(
      "INSERT INTO comm_proposal_steps (proposal_id, step, from_state, to_state, unit_id, username, at) VALUES ($1, "
      "'create', '', 'draft', $2, $3, $4)",
      {id, n.unit_id, username, now});
  return get(id);
}

std::optional<Proposal> ProposalRepository::find(int64_t id) {
  auto found = load("p.id = $1", {id});
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::vector<Proposal> ProposalRepository::of_group_year(int64_t group_year_id) {
  return load("p.group_year_id = $1", {group_year_id});
}

// The proposals that `where` (over `comm_proposals p`) selects, by id, with their items and steps:
// three statements for any number of proposals.
std::vector<Proposal> ProposalRepository::load(const std::string& where, const Params& params) {
  std::vector<Proposal> out;
  std::map<int64_t, size_t> at;  // proposal id → index in out
  auto r = tx_.query(std::string(kProposalSelect) + "WHERE " + where + " ORDER BY p.id", params);
  for (size_t i = 0; i < r.size(); ++i) {
    out.push_back(read_proposal(RowRef(r, i)));
    at[out.back().id] = i;
  }
  if (out.empty()) return out;
  // The rows of `sql` (each naming its proposal_id) given to their proposals by `add`.
  const auto attach = [&](const std::string& sql, auto add) {
    auto rows = tx_.query(sql, params);
    for (size_t i = 0; i < rows.size(); ++i) {
      RowRef row(rows, i);
      add(out[at.at(row.i64("proposal_id"))], row);
    }
  };
  attach("SELECT it.proposal_id, it.id, it.subject_kind, it.subject_id, it.subject_unit_id, it.subject_name, it.code, "
         "it.grounds, it.example_id, it.eligibility, it.result, it.approvals, it.rejections, it.recusals FROM "
         "comm_proposal_items it JOIN comm_proposals p ON p.id = it.proposal_id WHERE " + where + " ORDER BY it.id",
         [](Proposal& p, const RowRef& row) { p.items.push_back(read_item(row)); });
  attach("SELECT s.proposal_id, s.id, s.step, s.from_state, s.to_state, s.unit_id, u.name AS unit_name, s.username, "
         "s.reason, s.changes, s.at FROM comm_proposal_steps s JOIN units u ON u.id = s.unit_id JOIN comm_proposals p "
         "ON p.id = s.proposal_id WHERE " + where + " ORDER BY s.id",
         [](Proposal& p, const RowRef& row) { p.steps.push_back(read_step(row)); });
  return out;
}

Proposal ProposalRepository::get(int64_t id) {
  auto p = find(id);
  if (!p) throw Error::NotFound("Không tìm thấy hồ sơ đề nghị #" + std::to_string(id));
  return *p;
}

std::vector<Proposal> ProposalRepository::list(std::optional<int64_t> scope_root, std::optional<int> year, int limit,
                                               int offset, int64_t* total) {
  std::string cte, where = "WHERE 1=1";
  Params params;
  if (scope_root) {
    cte = UnitRepository::scope_cte(1);
    params.push_back(*scope_root);
    where += " AND (p.unit_id IN (SELECT id FROM scope) OR p.holder_unit_id IN (SELECT id FROM scope))";
  }
  if (year) {
    params.push_back(int64_t{*year});
    where += " AND p.year = $" + std::to_string(params.size());
  }
  if (total)
    *total = tx_.query_id(cte + "SELECT COUNT(*) FROM comm_proposals p " + where, params);
  params.push_back(int64_t{limit});
  params.push_back(int64_t{offset});
  // The number of items in the same statement: the list shows how many nominees, not who.
  std::string select = kProposalSelect;
  select.insert(select.find(" FROM comm_proposals p"),
                ", (SELECT COUNT(*) FROM comm_proposal_items c WHERE c.proposal_id = p.id) AS item_count");
  auto r = tx_.query(cte + select + where + " ORDER BY p.id DESC LIMIT $" + std::to_string(params.size() - 1) +
                         " OFFSET $" + std::to_string(params.size()),
                     params);
  std::vector<Proposal> out;
  for (size_t i = 0; i < r.size(); ++i) {
    RowRef row(r, i);
    Proposal p = read_proposal(row);
    p.items.resize(static_cast<size_t>(row.i64("item_count")));
    out.push_back(std::move(p));
  }
  return out;
}

int ProposalRepository::count_pending(const std::string& code, int year, int64_t scope_unit, int64_t except_proposal) {
  return static_cast<int>(tx_.query_id(
      UnitRepository::scope_cte(1) +
          "SELECT COUNT(*) FROM comm_proposal_items it JOIN comm_proposals p ON p.id = it.proposal_id WHERE it.code = $2 "
          "AND p.year = $3 AND p.id <> $4 AND p.state NOT IN ('draft', 'returned', 'decided') AND it.result <> 'rejected' "
          "AND it.subject_unit_id IN (SELECT id FROM scope)",
      {scope_unit, code, int64_t{year}, except_proposal}));
}

std::vector<std::pair<int64_t, int>> ProposalRepository::pending_by_unit(const std::string& code, int year) {
  std::vector<std::pair<int64_t, int>> out;
  query_each(tx_,
             "SELECT it.subject_unit_id, COUNT(*) FROM comm_proposal_items it JOIN comm_proposals p ON p.id = it.proposal_id "
             "WHERE it.code = $1 AND p.year = $2 AND p.state NOT IN ('draft', 'returned', 'decided') AND it.result <> "
             "'rejected' GROUP BY it.subject_unit_id",
             {code, int64_t{year}}, [&](const RowView& r) { out.emplace_back(r.i64(0), static_cast<int>(r.i64(1))); });
  return out;
}

void ProposalRepository::step(int64_t id, const std::string& step, const std::string& from, const std::string& to,
                              int64_t holder, int64_t acting_unit, const std::string& username,
                              const std::optional<std::string>& reason, const json& changes) {
  std::string now = now_iso();
  auto r = tx_.query(
      "UPDATE comm_proposals SET state = $2, holder_unit_id = $3, return_reason = $4, updated_at = $5 WHERE id = $1 AND "
      "state = $6",
      {id, to, holder, step == "return" ? opt_param(reason) : Param(nullptr), now, from});
  if (r.affected == 0) throw Error::Conflict("Hồ sơ vừa được người khác xử lý; hãy tải lại");
  tx_.query(
      "INSERT INTO comm_proposal_steps (proposal_id, step, from_state, to_state, unit_id, username, reason, changes, at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
      {id, step, from, to, acting_unit, username, opt_param(reason), changes.is_null() ? Param(nullptr) : Param(changes.dump()),
       now});
}

void ProposalRepository::set_eligibility(int64_t item_id, const json& e) {
  tx_.query("UPDATE comm_proposal_items SET eligibility = $2 WHERE id = $1", {item_id, e.dump()});
}

int64_t ProposalRepository::add_item(int64_t proposal_id, const ProposalItem& it) {
  return tx_.query_id(
      "INSERT INTO comm_proposal_items (proposal_id, subject_kind, subject_id, subject_unit_id, subject_name, code, grounds, "
      "example_id, eligibility) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
      {proposal_id, it.subject_kind, it.subject_id, it.subject_unit_id, it.subject_name, it.code, it.grounds,
       opt_param(it.example_id), it.eligibility.dump()});
}

void ProposalRepository::remove_item(int64_t item_id) {
  if (!tx_.query("SELECT 1 FROM comm_recusals WHERE item_id = $1", {item_id}).empty())
    throw Error::Conflict("Hội đồng đã xét đề nghị này (có thành viên không bỏ phiếu); không xoá được");
  tx_.query("DELETE FROM comm_proposal_items WHERE id = $1", {item_id});
}

void ProposalRepository::set_grounds(int64_t item_id, const std::string& grounds) {
  tx_.query("UPDATE comm_proposal_items SET grounds = $2 WHERE id = $1", {item_id, grounds});
}

void ProposalRepository::set_report(int64_t id, const std::string& report) {
  tx_.query("UPDATE comm_proposals SET report = $2, updated_at = $3 WHERE id = $1", {id, report, now_iso()});
}

void ProposalRepository::set_result(int64_t item_id, const std::string& result) {
  tx_.query("UPDATE comm_proposal_items SET result = $2 WHERE id = $1", {item_id, result});
}

Council ProposalRepository::open_council(int64_t proposal_id, int64_t unit_id, Date date,
                                         const std::vector<CouncilMember>& members, const std::string& username) {
  if (council_of(proposal_id)) throw Error::Conflict("Hội đồng đã họp xét hồ sơ này");
  int64_t id = tx_.query_id(
      "INSERT INTO comm_councils (proposal_id, unit_id, meeting_date, state, created_by, created_at) VALUES ($1, $2, $3, "
      "'open', $4, $5) RETURNING id",
      {proposal_id, unit_id, date.iso(), username, now_iso()});
  for (const auto& m : members)
    tx_.query("INSERT INTO comm_council_members (council_id, user_id, person_id, present) VALUES ($1, $2, $3, $4)",
              {id, m.user_id, opt_param(m.person_id), int64_t{m.present ? 1 : 0}});
  return *council_of(proposal_id);
}

std::optional<Council> ProposalRepository::council_of(int64_t proposal_id) {
  auto r = tx_.query("SELECT id, proposal_id, unit_id, meeting_date, state, minutes FROM comm_councils WHERE proposal_id = $1",
                     {proposal_id});
  if (r.empty()) return std::nullopt;
  Council c;
  read_columns<Council>(RowRef(r, 0), c,
                        {{"id", &Council::id},
                         {"proposal_id", &Council::proposal_id},
                         {"unit_id", &Council::unit_id},
                         {"meeting_date", &Council::meeting_date},
                         {"state", &Council::state},
                         {"minutes", &Council::minutes}});
  auto m = tx_.query(
      "SELECT m.user_id, u.username, u.unit_id, m.person_id, m.present, (SELECT COUNT(*) FROM comm_ballots_cast b WHERE "
      "b.council_id = m.council_id AND b.user_id = m.user_id) AS voted FROM comm_council_members m JOIN users u ON u.id = "
      "m.user_id WHERE m.council_id = $1 ORDER BY u.username",
      {c.id});
  for (size_t i = 0; i < m.size(); ++i) {
    RowRef y(m, i);
    c.members.push_back({y.i64("user_id"), y.str("username"), y.opt_i64("person_id"), y.i64("unit_id"), y.i64("present") != 0,
                         y.i64("voted") != 0});
  }
  auto rc = tx_.query(
      "SELECT r.item_id, r.user_id, u.username, r.reason FROM comm_recusals r JOIN users u ON u.id = r.user_id WHERE "
      "r.council_id = $1 ORDER BY r.item_id, u.username",
      {c.id});
  for (size_t i = 0; i < rc.size(); ++i) {
    RowRef y(rc, i);
    c.recusals.push_back({y.i64("item_id"), y.i64("user_id"), y.str("username"), y.str("reason")});
  }
  return c;
}

void ProposalRepository::cast(int64_t council_id, int64_t user_id, const std::vector<std::pair<int64_t, bool>>& votes) {
  if (!tx_.query("SELECT 1 FROM comm_ballots_cast WHERE council_id = $1 AND user_id = $2", {council_id, user_id}).empty())
    throw Error::Conflict("Thành viên này đã bỏ phiếu; mỗi thành viên chỉ bỏ phiếu một lần");
  tx_.query("INSERT INTO comm_ballots_cast (council_id, user_id, at) VALUES ($1, $2, $3)", {council_id, user_id, now_iso()});
  for (const auto& [item, approve] : votes)
    tx_.query(approve ? "UPDATE comm_proposal_items SET approvals = approvals + 1 WHERE id = $1"
                      : "UPDATE comm_proposal_items SET rejections = rejections + 1 WHERE id = $1",
              {item});
}

void ProposalRepository::recuse(int64_t council_id, int64_t item_id, int64_t user_id, const std::string& reason) {
  tx_.query("INSERT INTO comm_recusals (council_id, item_id, user_id, reason) VALUES ($1, $2, $3, $4)",
            {council_id, item_id, user_id, reason});
  tx_.query("UPDATE comm_proposal_items SET recusals = recusals + 1 WHERE id = $1", {item_id});
}

void ProposalRepository::close_council(int64_t council_id, const std::string& minutes) {
  auto r = tx_.query("UPDATE comm_councils SET state = 'closed', minutes = $2 WHERE id = $1 AND state = 'open'",
                     {council_id, minutes});
  if (r.affected == 0) throw Error::Conflict("Phiên họp Hội đồng đã kết thúc");
}

GroupVote ProposalRepository::add_group_vote(const GroupVote& v, const std::string& username) {
  if (group_vote(v.group_year_id)) throw Error::Conflict("Cụm, khối đã biểu quyết suy tôn cho năm này");
  GroupVote out = v;
  out.id = tx_.query_id(
      "INSERT INTO comm_group_votes (group_year_id, group_id, year, ranking, votes, leader_unit_id, minutes, date, "
      "created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
      {v.group_year_id, v.group_id, int64_t{v.year}, v.ranking.dump(), v.votes.dump(), v.leader_unit_id, v.minutes,
       v.date.iso(), username, now_iso()});
  note_commendation(tx_, "unit", v.leader_unit_id);  // the leading unit's year counts in its record
  return out;
}

std::optional<GroupVote> ProposalRepository::group_vote(int64_t group_year_id) {
  auto r = tx_.query(
      "SELECT g.id, g.group_year_id, g.group_id, g.year, g.ranking, g.votes, g.leader_unit_id, u.name AS leader_name, "
      "g.minutes, g.date, g.proposal_id FROM comm_group_votes g JOIN units u ON u.id = g.leader_unit_id WHERE "
      "g.group_year_id = $1",
      {group_year_id});
  if (r.empty()) return std::nullopt;
  return read_group_vote(RowRef(r, 0));
}

void ProposalRepository::link_group_vote(int64_t vote_id, int64_t proposal_id) {
  tx_.query("UPDATE comm_group_votes SET proposal_id = $2 WHERE id = $1", {vote_id, proposal_id});
}

}  // namespace thidua::storage
