// The commendation documents: the proposal (tờ trình) with its list, the council's minutes with
// the vote, the decision with its list of recipients, and the certificates printed onto blanks.
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "api/commendation.h"
#include "api/document_data.h"
#include "core/commendation_workflow.h"
#include "core/error.h"
#include "documents/certificate.h"
#include "documents/store.h"
#include "scoring/format.h"
#include "storage/commendation_proposals.h"
#include "storage/commendation_records.h"
#include "storage/emulation.h"
#include "storage/registry.h"

namespace thidua::api {

using nlohmann::json;

namespace {

const commendation::Catalogue& catalogue() { return commendation_data().catalogue; }

// "Đề nghị công nhận…" → "đề nghị công nhận…" (to follow "Về việc").
std::string lower_first(std::string s) {
  if (s.empty()) return s;
  if (static_cast<unsigned char>(s[0]) < 0x80) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  else if (s.rfind("\xC4\x90", 0) == 0) s[1] = '\x91';  // Đ → đ
  return s;
}

std::string vnd(double v) { return scoring::format_vn(v, 0); }

Date day_of(const std::string& at) {
  auto d = Date::parse_iso(at.substr(0, 10));
  return d ? *d : Date::today_vn();
}

// The legal bases (profile.json commendation_bases) in force on `day`.
json bases_on(const documents::TemplateSet& ts, Date day) {
  json out = json::array();
  auto& p = ts.profiles();
  if (!p.contains("commendation_bases") || !p["commendation_bases"].contains("items")) return out;
  for (auto& b : p["commendation_bases"]["items"]) {
    auto from = Date::parse_iso(b.value("valid_from", "1900-01-01"));
    std::optional<Date> to;
    if (b.contains("valid_to") && b["valid_to"].is_string()) to = Date::parse_iso(b["valid_to"].get<std::string>());
    if (from && *from <= day && (!to || day <= *to)) out.push_back({{"text", b.value("text", "")}});
  }
  return out;
}

// Who decides, in words: "Giám đốc Công an tỉnh Hưng Yên", "Bộ trưởng Bộ Công an".
std::string authority_of(storage::Tx& tx, const std::string& issuer, int64_t issuer_unit, Date day) {
  if (issuer == "unit_head") {
    auto u = storage::UnitRepository(tx).get(issuer_unit);
    return (u.kind == "department" ? "Cục trưởng " : "Giám đốc ") + storage::unit_name_at(tx, issuer_unit, day);
  }
  const auto* r = catalogue().issuer(issuer);
  return r ? r->name : issuer;
}

std::string award_name(const std::string& code, int year) {
  const auto* e = catalogue().find_in_year(code, year);
  return e ? e->name : catalogue().entry_name(code);
}

std::string eligibility_text(const json& e) {
  if (!e.is_object() || !e.contains("eligible")) return "Chưa kiểm tra";
  if (e.value("eligible", false)) return "Đủ điều kiện";
  std::string out = "Chưa đủ";
  if (e.contains("conditions"))
    for (auto& c : e["conditions"])
      if (!c.value("met", true)) out += "; " + c.value("detail", c.value("code", ""));
  return out;
}

void check_proposal(storage::Tx& tx, int64_t id, const SubjectCheck& check) {
  if (!storage::ProposalRepository(tx).find(id)) throw Error::NotFound("Không tìm thấy hồ sơ đề nghị");
  check(tx, {"proposal", id});
}

// "KT. Thủ tướng, Phó Thủ tướng" → authority "KT. THỦ TƯỚNG", position "PHÓ THỦ TƯỚNG".
std::pair<std::string, std::string> split_signer(const std::string& position) {
  for (const char* pre : {"KT. ", "TM. ", "TL. ", "TUQ. ", "Q. "})
    if (position.rfind(pre, 0) == 0) {
      size_t comma = position.find(", ");
      if (comma == std::string::npos) return {"", documents::upper_vi(position)};
      return {documents::upper_vi(position.substr(0, comma)), documents::upper_vi(position.substr(comma + 2))};
    }
  return {"", documents::upper_vi(position)};
}

struct DecisionFacts {
  storage::Decision dec;
  std::optional<storage::Proposal> proposal;
  std::vector<storage::Award> awards;
};

DecisionFacts decision_facts(storage::Tx& tx, int64_t id, const SubjectCheck& check) {
  storage::CommendationRecords records(tx);
  auto dec = records.find_decision(id);
  if (!dec) throw Error::NotFound("Không tìm thấy quyết định khen thưởng");
  check(tx, {"decision", id});
  DecisionFacts f{*dec, std::nullopt, {}};
  if (dec->proposal_id) f.proposal = storage::ProposalRepository(tx).find(*dec->proposal_id);
  auto r = tx.query("SELECT id FROM comm_awards WHERE decision_id = $1 ORDER BY id", {id});
  for (size_t i = 0; i < r.size(); ++i) f.awards.push_back(*records.find_award(storage::RowRef(r, i).i64("id")));
  return f;
}

}  // namespace

json proposal_data(storage::Tx& tx, const documents::TemplateSet& ts, int64_t id, const SubjectCheck& check) {
  check_proposal(tx, id, check);
  auto p = storage::ProposalRepository(tx).get(id);
  Date day = day_of(p.created_at);
  for (auto& s : p.steps)
    if (s.step == "submit") {
      day = day_of(s.at);
      break;
    }
  json d = header(tx, ts, "proposal", id, p.unit_id, day, "TỜ TRÌNH", "Về việc " + lower_first(p.title));
  std::string addressee = authority_of(tx, p.issuer, p.issuer_unit_id, day);
  d["addressee"] = addressee;
  d["proposer_name"] = p.unit_name;
  d["year"] = std::to_string(p.year);
  d["bases"] = bases_on(ts, day);
  d["intro"] = "Căn cứ kết quả bình xét thi đua năm " + std::to_string(p.year) + ", " + p.unit_name + " kính trình " +
               addressee + " như sau:";
  d["report"] = p.report;
  int people = 0, units = 0;
  json items = json::array();
  for (size_t i = 0; i < p.items.size(); ++i) {
    auto& it = p.items[i];
    (it.subject_kind == "person" ? people : units)++;
    items.push_back({{"ordinal", std::to_string(i + 1)}, {"name", it.subject_name},
                     {"unit_name", storage::unit_name_at(tx, it.subject_unit_id, day)},
                     {"award_name", award_name(it.code, p.year)}, {"eligibility", eligibility_text(it.eligibility)}});
  }
  d["items"] = items;
  d["summary_line"] = "Đề nghị xét khen thưởng cho " + std::to_string(units) + " tập thể và " + std::to_string(people) +
                      " cá nhân có thành tích trong năm " + std::to_string(p.year) + ".";
  add_recipient(d, "Như trên");
  return d;
}

json minutes_data(storage::Tx& tx, const documents::TemplateSet& ts, int64_t id, const SubjectCheck& check) {
  check_proposal(tx, id, check);
  storage::ProposalRepository repo(tx);
  auto p = repo.get(id);
  auto c = repo.council_of(id);
  if (!c) throw Error::NotFound("Hồ sơ chưa có phiên họp Hội đồng, chưa có biên bản");
  if (c->state != "closed") throw Error::Conflict("Phiên họp Hội đồng chưa kết thúc: biên bản lập sau khi kết thúc bỏ phiếu");
  Date day = c->meeting_date;
  json d = header(tx, ts, "minutes", id, c->unit_id, day, "BIÊN BẢN",
                  "Họp Hội đồng Thi đua – Khen thưởng xét đề nghị khen thưởng năm " + std::to_string(p.year));
  std::string council_unit = storage::unit_name_at(tx, c->unit_id, day);
  d["council_unit"] = council_unit;
  d["meeting_date_long"] = documents::date_long(day);
  int present = 0, voted = 0;
  json members = json::array();
  storage::PersonRepository people(tx);
  for (size_t i = 0; i < c->members.size(); ++i) {
    auto& m = c->members[i];
    present += m.present;
    voted += m.voted;
    std::string who = m.username;
    if (m.person_id)
      if (auto person = people.find(*m.person_id)) who = person->full_name + " (" + m.username + ")";
    members.push_back({{"ordinal", std::to_string(i + 1)}, {"username", who}, {"presence", m.present ? "có mặt" : "vắng mặt"}});
  }
  d["members"] = members;
  d["member_count"] = std::to_string(c->members.size());
  d["present_count"] = std::to_string(present);
  d["voted_count"] = std::to_string(voted);
  d["quorum_text"] = commendation::has_quorum(present, static_cast<int>(c->members.size())) ? "đủ túc số, từ hai phần ba trở lên"
                                                                                           : "chưa đủ túc số hai phần ba";
  d["proposal_title"] = p.title;
  d["proposer_name"] = p.unit_name;
  d["item_count"] = std::to_string(p.items.size());
  d["issuer_authority"] = authority_of(tx, p.issuer, p.issuer_unit_id, day);
  json votes = json::array(), recusals = json::array();
  for (size_t i = 0; i < p.items.size(); ++i) {
    auto& it = p.items[i];
    votes.push_back({{"ordinal", std::to_string(i + 1)}, {"name", it.subject_name}, {"award_name", award_name(it.code, p.year)},
                     {"approvals", std::to_string(it.approvals)}, {"rejections", std::to_string(it.rejections)},
                     {"recusals", std::to_string(it.recusals)},
                     {"result_label", it.result == "approved" ? "Thông qua" : it.result == "rejected" ? "Không thông qua" : "Chưa xét"}});
  }
  for (auto& r : c->recusals)
    for (auto& it : p.items)
      if (it.id == r.item_id)
        recusals.push_back({{"text", "Thành viên " + r.username + " không biểu quyết về " + it.subject_name + " (" + r.reason + ")."}});
  d["votes"] = votes;
  d["recusals"] = recusals;
  d["signer_authority"] = "";
  return d;
}

json decision_data(storage::Tx& tx, const documents::TemplateSet& ts, int64_t id, const SubjectCheck& check) {
  auto f = decision_facts(tx, id, check);
  const auto& dec = f.dec;
  std::set<std::string> names;
  bool titles = true;
  std::vector<std::string> ordered;
  int people = 0, units = 0;
  double total = 0;
  json list = json::array();
  int year = f.proposal ? f.proposal->year : dec.year;
  for (auto& a : f.awards) {
    year = a.year;
    const auto* e = catalogue().find_in_year(a.code, a.year);
    if (e && e->kind != "title") titles = false;
    if (names.insert(a.name).second) ordered.push_back(a.name);
    (a.subject_kind == "person" ? people : units)++;
    if (!a.revoked) total += static_cast<double>(a.cash_vnd);
    list.push_back({{"ordinal", std::to_string(list.size() + 1)},
                    {"name", a.subject_name + (a.revoked ? " (đã thu hồi)" : "")},
                    {"unit_name", a.subject_kind == "person" ? a.unit_name : (a.unit_name == a.subject_name ? "" : a.unit_name)},
                    {"award_name", a.name}, {"cash", vnd(static_cast<double>(a.cash_vnd))}});
  }
  std::string what;
  for (auto& n : ordered) what += (what.empty() ? "" : ", ") + n;
  std::string verb = titles ? "Công nhận danh hiệu " : "Tặng ";
  std::string summary = "Về việc " + lower_first(verb) + what + (titles ? " năm " + std::to_string(year) : "");
  json d = header(tx, ts, "decision", id, dec.issuer_unit_id, dec.date, "QUYẾT ĐỊNH", summary, std::nullopt, std::nullopt, "",
                  false);
  d["number_symbol"] = dec.number;
  std::string authority = authority_of(tx, dec.issuer, dec.issuer_unit_id, dec.date);
  d["authority"] = documents::upper_vi(authority);
  d["issuer_authority"] = authority;
  auto [sa, sp] = split_signer(dec.signer_position);
  d["signer_authority"] = sa;
  d["signer_position"] = sp;
  d["signer_name"] = dec.signer;
  d["bases"] = bases_on(ts, dec.date);
  std::string proposer = f.proposal ? f.proposal->unit_name : storage::unit_name_at(tx, dec.issuer_unit_id, dec.date);
  d["proposer_name"] = proposer;
  d["council_unit"] = storage::unit_name_at(tx, dec.issuer_unit_id, dec.date);
  d["year"] = std::to_string(year);
  std::string whom;
  if (units) whom = std::to_string(units) + " tập thể";
  if (people) whom += (whom.empty() ? "" : " và ") + std::to_string(people) + " cá nhân";
  d["article1"] = verb + what + (titles ? " năm " + std::to_string(year) : "") + " cho " + whom +
                  " có tên trong danh sách kèm theo.";
  d["article2"] = "Tiền thưởng theo mức lương cơ sở " + vnd(static_cast<double>(dec.base_salary)) +
                  " đồng, hệ số theo quy định của từng danh hiệu, hình thức; tổng cộng " + vnd(total) +
                  " đồng (danh sách kèm theo), chi từ quỹ thi đua, khen thưởng theo quy định.";
  d["article3"] = "Thủ trưởng các đơn vị có liên quan, " + proposer +
                  " và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.";
  d["list_heading"] = titles ? "TẬP THỂ, CÁ NHÂN ĐƯỢC CÔNG NHẬN DANH HIỆU THI ĐUA" : "TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG";
  d["recipients_list"] = list;
  d["recipient_count"] = std::to_string(f.awards.size());
  d["collective_count"] = std::to_string(units);
  d["individual_count"] = std::to_string(people);
  d["cash_total"] = vnd(total);
  add_recipient(d, "Như Điều 3");
  return d;
}

std::string certificates_docx(storage::Tx& tx, const documents::TemplateSet& ts, int64_t id, const DocumentOptions& opts,
                              const SubjectCheck& check) {
  auto f = decision_facts(tx, id, check);
  const auto& dec = f.dec;
  std::string file = (std::filesystem::path(ts.dir()) / "docx" / "certificates.json").string();
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error::Invalid("Mẫu bằng khen: thiếu tệp docx/certificates.json");
  std::stringstream ss;
  ss << in.rdbuf();
  json j = json::parse(ss.str(), nullptr, false);
  if (j.is_discarded()) throw Error::Invalid("Mẫu bằng khen docx/certificates.json: không phải JSON hợp lệ");
  auto layouts = documents::CertificateLayouts::from_json(j, "docx/certificates.json");

  std::vector<const storage::Award*> live;
  for (auto& a : f.awards)
    if (!a.revoked) live.push_back(&a);
  if (live.empty()) throw Error::NotFound("Quyết định " + dec.number + " không còn khen thưởng nào để in");
  const documents::CertificateBlank* blank = nullptr;
  if (opts.blank) {
    blank = layouts.find(*opts.blank);
    if (!blank) throw Error::Invalid("Không có loại phôi " + *opts.blank + " trong docx/certificates.json", "blank");
  } else {
    for (auto* a : live)
      if ((blank = layouts.for_award(a->code))) break;
    if (!blank)
      throw Error::NotFound("Quyết định " + dec.number + " không có danh hiệu, hình thức nào in trên phôi (" + live.front()->name +
                            " không có mẫu phôi trong docx/certificates.json)");
  }
  documents::PrinterOffset offset;
  if (opts.printer) {
    auto pr = documents::DocumentStore(tx).printer(dec.issuer_unit_id, *opts.printer);
    if (!pr) throw Error::NotFound("Đơn vị chưa khai báo máy in \"" + *opts.printer + "\"");
    offset = {pr->offset_x_mm, pr->offset_y_mm};
  }
  auto ident = documents::DocumentStore(tx).identity(dec.issuer_unit_id, dec.date);
  auto [sa, sp] = split_signer(dec.signer_position);
  char day[8], month[8];
  std::snprintf(day, sizeof day, "%02d", dec.date.day());
  std::snprintf(month, sizeof month, "%02d", dec.date.month());
  std::vector<json> pages;
  for (auto* a : live) {
    if (!blank->prints(a->code)) continue;
    pages.push_back({{"recipient_name", a->subject_name},
                     {"recipient_unit", a->subject_kind == "person" || a->unit_name != a->subject_name ? a->unit_name : ""},
                     {"recipient_kind", a->subject_kind == "person" ? "Cá nhân" : "Tập thể"},
                     {"award_name", a->name},
                     {"achievement", "Đã có thành tích xuất sắc trong phong trào thi đua năm " + std::to_string(a->year)},
                     {"year", std::to_string(a->year)},
                     {"decision_number", dec.number},
                     {"decision_date", dec.date.vn()},
                     {"decision_day", day},
                     {"decision_month", month},
                     {"decision_year", std::to_string(dec.date.year())},
                     {"issuer_name", dec.issuer_name},
                     {"place", ident.place},
                     {"place_date", ident.place + ", " + documents::date_long(dec.date)},
                     {"signer_position", sa.empty() ? sp : sa + "\n" + sp},
                     {"signer_name", dec.signer},
                     {"register_number", std::to_string(a->id)}});
  }
  if (pages.empty())
    throw Error::Invalid("Phôi " + blank->name + " không in danh hiệu, hình thức nào của quyết định " + dec.number, "blank");
  json pres = documents::presentation(ts.profiles(), dec.date);
  return ts.package(documents::certificate_document(*blank, pages, offset, opts.test, pres.value("font", "Times New Roman")),
                    json::object());
}

}  // namespace thidua::api
