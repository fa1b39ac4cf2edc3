#include "storage/commendation_proposals.h"

#include "core/error.h"
#include "storage/registry.h"

namespace thidua::storage {

using nlohmann::json;

namespace {

Param opt(const std::optional<std::string>& s) { return s ? Param(*s) : Param(nullptr); }
Param opt(const std::optional<int64_t>& v) { return v ? Param(*v) : Param(nullptr); }

const char* kProposalSelect =
    "SELECT p.id, p.unit_id, u.name AS unit_name, p.holder_unit_id, h.name AS holder_name, p.issuer_unit_id, i.name AS "
    "issuer_unit_name, p.issuer, p.group_year_id, p.year, p.title, p.report, p.state, p.return_reason, p.created_by, "
    "p.created_at FROM comm_proposals p JOIN units u ON u.id = p.unit_id JOIN units h ON h.id = p.holder_unit_id JOIN "
    "units i ON i.id = p.issuer_unit_id ";

Proposal read_proposal(const RowRef& r) {
  Proposal p;
  p.id = r.i64("id");
  p.unit_id = r.i64("unit_id");
  p.unit_name = r.str("unit_name");
  p.holder_unit_id = r.i64("holder_unit_id");
  p.holder_name = r.str("holder_name");
  p.issuer_unit_id = r.i64("issuer_unit_id");
  p.issuer_unit_name = r.str("issuer_unit_name");
  p.issuer = r.str("issuer");
  p.group_year_id = r.opt_i64("group_year_id");
  p.year = static_cast<int>(r.i64("year"));
  p.title = r.str("title");
  p.report = r.str("report");
  p.state = r.str("state");
  p.return_reason = r.opt_str("return_reason");
  p.created_by = r.str("created_by");
  p.created_at = r.str("created_at");
  return p;
}

}  // namespace

Proposal ProposalRepository::create(const NewProposal& n, const std::string& username) {
  std::string now = now_iso();
  int64_t id = tx_.query_id(
      "INSERT INTO comm_proposals (unit_id, holder_unit_id, issuer_unit_id, issuer, group_year_id, year, title, report, "
      "state, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'draft', $9, $10, $10) "
      "RETURNING id",
      {n.unit_id, n.holder_unit_id, n.issuer_unit_id, n.issuer, opt(n.group_year_id), int64_t{n.year}, n.title, n.report,
       username, now});
  for (const auto& it : n.items)
    tx_.query(
        "INSERT INTO comm_proposal_items (proposal_id, subject_kind, subject_id, subject_unit_id, subject_name, code, "
        "eligibility) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        {id, it.subject_kind, it.subject_id, it.subject_unit_id, it.subject_name, it.code, it.eligibility.dump()});
  tx_.query(
      "INSERT INTO comm_proposal_steps (proposal_id, step, from_state, to_state, unit_id, username, at) VALUES ($1, "
      "'create', '', 'draft', $2, $3, $4)",
      {id, n.unit_id, username, now});
  return get(id);
}

std::optional<Proposal> ProposalRepository::find(int64_t id) {
  auto r = tx_.query(std::string(kProposalSelect) + "WHERE p.id = $1", {id});
  if (r.empty()) return std::nullopt;
  Proposal p = read_proposal(RowRef(r, 0));
  auto items = tx_.query(
      "SELECT id, subject_kind, subject_id, subject_unit_id, subject_name, code, eligibility, result, approvals, "
      "rejections, recusals FROM comm_proposal_items WHERE proposal_id = $1 ORDER BY id",
      {id});
  for (size_t i = 0; i < items.size(); ++i) {
    RowRef x(items, i);
    ProposalItem it;
    it.id = x.i64("id");
    it.subject_kind = x.str("subject_kind");
    it.subject_id = x.i64("subject_id");
    it.subject_unit_id = x.i64("subject_unit_id");
    it.subject_name = x.str("subject_name");
    it.code = x.str("code");
    it.eligibility = json::parse(x.str("eligibility"), nullptr, false);
    it.result = x.str("result");
    it.approvals = static_cast<int>(x.i64("approvals"));
    it.rejections = static_cast<int>(x.i64("rejections"));
    it.recusals = static_cast<int>(x.i64("recusals"));
    p.items.push_back(std::move(it));
  }
  auto steps = tx_.query(
      "SELECT s.id, s.step, s.from_state, s.to_state, s.unit_id, u.name AS unit_name, s.username, s.reason, s.changes, "
      "s.at FROM comm_proposal_steps s JOIN units u ON u.id = s.unit_id WHERE s.proposal_id = $1 ORDER BY s.id",
      {id});
  for (size_t i = 0; i < steps.size(); ++i) {
    RowRef x(steps, i);
    ProposalStep s;
    s.id = x.i64("id");
    s.step = x.str("step");
    s.from_state = x.str("from_state");
    s.to_state = x.str("to_state");
    s.unit_id = x.i64("unit_id");
    s.unit_name = x.str("unit_name");
    s.username = x.str("username");
    s.reason = x.opt_str("reason");
    s.at = x.str("at");
    if (auto c = x.opt_str("changes")) s.changes = json::parse(*c, nullptr, false);
    p.steps.push_back(std::move(s));
  }
  return p;
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
  auto r = tx_.query(cte + kProposalSelect + where + " ORDER BY p.id DESC LIMIT $" + std::to_string(params.size() - 1) +
                         " OFFSET $" + std::to_string(params.size()),
                     params);
  std::vector<Proposal> out;
  for (size_t i = 0; i < r.size(); ++i) {
    Proposal p = read_proposal(RowRef(r, i));
    auto n = tx_.query("SELECT COUNT(*) FROM comm_proposal_items WHERE proposal_id = $1", {p.id});
    p.items.resize(static_cast<size_t>(std::stoll(*n.rows[0][0])));
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

void ProposalRepository::step(int64_t id, const std::string& step, const std::string& from, const std::string& to,
                              int64_t holder, int64_t acting_unit, const std::string& username,
                              const std::optional<std::string>& reason, const json& changes) {
  std::string now = now_iso();
  auto r = tx_.query(
      "UPDATE comm_proposals SET state = $2, holder_unit_id = $3, return_reason = $4, updated_at = $5 WHERE id = $1 AND "
      "state = $6",
      {id, to, holder, step == "return" ? opt(reason) : Param(nullptr), now, from});
  if (r.affected == 0) throw Error::Conflict("Hồ sơ vừa được người khác xử lý; hãy tải lại");
  tx_.query(
      "INSERT INTO comm_proposal_steps (proposal_id, step, from_state, to_state, unit_id, username, reason, changes, at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
      {id, step, from, to, acting_unit, username, opt(reason), changes.is_null() ? Param(nullptr) : Param(changes.dump()),
       now});
}

void ProposalRepository::set_eligibility(int64_t item_id, const json& e) {
  tx_.query("UPDATE comm_proposal_items SET eligibility = $2 WHERE id = $1", {item_id, e.dump()});
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
              {id, m.user_id, opt(m.person_id), int64_t{m.present ? 1 : 0}});
  return *council_of(proposal_id);
}

std::optional<Council> ProposalRepository::council_of(int64_t proposal_id) {
  auto r = tx_.query("SELECT id, proposal_id, unit_id, meeting_date, state, minutes FROM comm_councils WHERE proposal_id = $1",
                     {proposal_id});
  if (r.empty()) return std::nullopt;
  RowRef x(r, 0);
  Council c;
  c.id = x.i64("id");
  c.proposal_id = x.i64("proposal_id");
  c.unit_id = x.i64("unit_id");
  c.meeting_date = *Date::parse_iso(x.str("meeting_date"));
  c.state = x.str("state");
  c.minutes = x.opt_str("minutes");
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
  return out;
}

std::optional<GroupVote> ProposalRepository::group_vote(int64_t group_year_id) {
  auto r = tx_.query(
      "SELECT g.id, g.group_year_id, g.group_id, g.year, g.ranking, g.votes, g.leader_unit_id, u.name AS leader_name, "
      "g.minutes, g.date, g.proposal_id FROM comm_group_votes g JOIN units u ON u.id = g.leader_unit_id WHERE "
      "g.group_year_id = $1",
      {group_year_id});
  if (r.empty()) return std::nullopt;
  RowRef x(r, 0);
  GroupVote v;
  v.id = x.i64("id");
  v.group_year_id = x.i64("group_year_id");
  v.group_id = x.i64("group_id");
  v.year = static_cast<int>(x.i64("year"));
  v.ranking = json::parse(x.str("ranking"), nullptr, false);
  v.votes = json::parse(x.str("votes"), nullptr, false);
  v.leader_unit_id = x.i64("leader_unit_id");
  v.leader_name = x.str("leader_name");
  v.minutes = x.str("minutes");
  v.date = *Date::parse_iso(x.str("date"));
  v.proposal_id = x.opt_i64("proposal_id");
  return v;
}

void ProposalRepository::link_group_vote(int64_t vote_id, int64_t proposal_id) {
  tx_.query("UPDATE comm_group_votes SET proposal_id = $2 WHERE id = $1", {vote_id, proposal_id});
}

}  // namespace thidua::storage
