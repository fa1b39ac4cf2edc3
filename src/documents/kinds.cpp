#include "documents/kinds.h"

namespace thidua::documents {

std::map<std::string, Fields> template_kinds() {
  std::map<std::string, Fields> k;
  auto& plan = k["plan"];
  plan.values = {"basis", "has_basis", "intro", "movement_name", "theme", "has_theme", "motto", "has_motto", "period_text",
                 "has_phases", "scope_text", "issuer_short"};
  plan.lists["contents"].values = {"ordinal", "text"};
  plan.lists["targets"].values = {"ordinal", "text"};
  plan.lists["phases"].values = {"ordinal", "dates", "title", "focus"};
  auto& pledge = k["pledge"];
  pledge.values = {"intro", "subject_name", "signed_count", "member_count"};
  pledge.lists["commitments"].values = {"ordinal", "text"};
  pledge.lists["signatures"].values = {"ordinal", "unit_name", "signer", "date", "mark"};
  auto& reg = k["regulation"];
  reg.values = {"intro", "scope_text", "total_points"};
  reg.lists["rows"].values = {"no", "name", "rule", "points", "is_section"};
  reg.lists["bonuses"].values = {"text"};
  reg.lists["deductions"].values = {"text"};
  reg.lists["levels"].values = {"text"};
  auto& ranking = k["ranking"];
  ranking.values = {"intro", "has_leading", "leading", "closing"};
  ranking.lists["rows"].values = {"rank", "unit_name", "self_total", "total", "level", "note"};
  auto& review = k["review"];
  review.values = {"intro"};
  auto& sec = review.lists["sections"];
  sec.values = {"heading", "guidance", "guidance_shown", "text", "has_figures", "has_ranking"};
  sec.lists["figures"].values = {"name", "current", "previous", "change", "target", "assessment"};
  sec.lists["warnings"].values = {"text"};
  sec.lists["ranking"].values = {"rank", "unit_name", "total", "level"};
  // The commendation papers: the proposal (tờ trình), the council's minutes, the decision.
  auto& pr = k["proposal"];
  pr.values = {"addressee", "intro", "report", "summary_line", "proposer_name", "year"};
  pr.lists["bases"].values = {"text"};
  pr.lists["items"].values = {"ordinal", "name", "unit_name", "award_name", "eligibility"};
  auto& mi = k["minutes"];
  mi.values = {"meeting_date_long", "council_unit", "member_count", "present_count", "voted_count", "quorum_text",
               "proposal_title", "proposer_name", "item_count", "issuer_authority"};
  mi.lists["members"].values = {"ordinal", "username", "presence"};
  mi.lists["votes"].values = {"ordinal", "name", "award_name", "approvals", "rejections", "recusals", "result_label"};
  mi.lists["recusals"].values = {"text"};
  auto& de = k["decision"];
  de.values = {"authority", "issuer_authority", "proposer_name", "council_unit", "article1", "article2", "article3",
               "list_heading", "recipient_count", "collective_count", "individual_count", "cash_total", "year"};
  de.lists["bases"].values = {"text"};
  de.lists["recipients_list"].values = {"ordinal", "name", "unit_name", "award_name", "cash"};
  return k;
}

}  // namespace thidua::documents
