#include "api/documents.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <mutex>

#include "api/data_files.h"
#include "api/document_data.h"
#include "api/score_board.h"
#include "core/emulation_targets.h"
#include "core/error.h"
#include "documents/docx.h"
#include "documents/kinds.h"
#include "documents/pdf.h"
#include "documents/store.h"
#include "documents/table.h"
#include "scoring/format.h"
#include "scoring/scheme.h"
#include "scoring/small_counts.h"
#include "storage/emulation.h"
#include "storage/registry.h"
#include "storage/scoring_store.h"
#include "text/vietnamese.h"

namespace thidua::api {

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const char* kDocx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const char* kXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";


// The template files, loaded again when one of them changes (a user may adjust them while the
// server runs).
std::shared_ptr<const documents::TemplateSet> templates() {
  static std::mutex mu;
  static std::shared_ptr<const documents::TemplateSet> cached;
  static std::string cached_dir;
  static fs::file_time_type cached_time;
  std::string dir = documents::TemplateSet::default_dir();
  fs::file_time_type newest{};
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(fs::path(dir) / "docx", ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    auto t = it->last_write_time(ec);
    if (!ec && t > newest) newest = t;
  }
  std::lock_guard lk(mu);
  if (!cached || cached_dir != dir || newest != cached_time) {
    cached = documents::TemplateSet::load(dir, documents::template_kinds());
    cached_dir = dir;
    cached_time = newest;
  }
  return cached;
}

// A target in words with the catalogue's names instead of indicator codes.
std::string describe(const emulation::Commitment& c, const scoring::IndicatorCatalogue& cat) {
  std::string text = emulation::describe(c);
  std::vector<const scoring::Indicator*> inds;
  for (auto& i : cat.indicators()) inds.push_back(&i);
  std::sort(inds.begin(), inds.end(), [](auto* a, auto* b) { return a->code.size() > b->code.size(); });
  for (auto* i : inds) {
    if (i->code.size() < 4) continue;
    std::string name = i->name;
    if (!name.empty() && std::isupper(static_cast<unsigned char>(name[0])) && name.size() > 1 &&
        !std::isupper(static_cast<unsigned char>(name[1])))
      name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[0])));
    for (size_t p; (p = text.find(i->code)) != std::string::npos;) text.replace(p, i->code.size(), name);
  }
  return text;
}

std::string pts(double v) { return scoring::format_points(v); }
std::string ord(size_t i) { return std::to_string(i + 1); }

Date created_day(const std::string& created_at) {
  auto d = Date::parse_iso(created_at.substr(0, 10));
  return d ? *d : Date::today_vn();
}

std::string series_of(const documents::TemplateSet& ts, const std::string& kind) {
  auto& p = ts.profiles();
  if (p.contains("series") && p["series"].contains(kind)) return p["series"][kind].get<std::string>();
  return "BC";
}

}  // namespace

// The header, number and signature of a document issued by `issuer` (a unit) on `day`, or by a
// group with its leader unit keeping the number (`group_name` set).
json header(storage::Tx& tx, const documents::TemplateSet& ts, const std::string& kind, int64_t subject_id,
            int64_t issuer_unit, Date day, const std::string& doc_type, const std::string& summary,
            const std::optional<std::string>& group_name, std::optional<int64_t> group_organiser,
            const std::string& group_role, bool numbered) {
  documents::DocumentStore store(tx);
  auto id = store.identity(issuer_unit, day);
  json h;
  if (group_name) {
    h["issuer_superior"] = group_organiser ? store.identity(*group_organiser, day).issuer_line : id.superior_line;
    h["issuer_name"] = documents::upper_vi(*group_name);
    h["signer_authority"] = "TM. " + documents::upper_vi(*group_name);
    h["signer_position"] = documents::upper_vi(group_role) + "\n" + id.signer_position + " " + id.issuer_line;
  } else {
    h["issuer_superior"] = id.superior_line;
    h["issuer_name"] = id.issuer_line;
    h["signer_authority"] = id.signer_authority;
    h["signer_position"] = id.signer_position;
  }
  h["has_superior"] = !h["issuer_superior"].get<std::string>().empty();
  std::string name = id.signer_name;
  if (!name.empty() && id.rank_before_name && !id.signer_rank.empty()) name = id.signer_rank + " " + name;
  h["signer_name"] = name;
  if (numbered) {
    auto n = store.number(kind, subject_id, issuer_unit, day.year(), series_of(ts, kind), id.symbol, day);
    h["number"] = n.number;
    h["number_symbol"] = n.text;
  }
  h["place"] = id.place;
  h["date_long"] = documents::date_long(day);
  h["place_date"] = id.place + ", " + documents::date_long(day);
  h["doc_type"] = doc_type;
  h["summary"] = summary;
  h["archive"] = "Lưu: VT.";
  h["recipients"] = json::array();
  return h;
}

void add_recipient(json& h, const std::string& text) { h["recipients"].push_back({{"text", text + ";"}}); }

namespace {

// ---- plan ----

json plan_data(storage::Tx& tx, const documents::TemplateSet& ts, const scoring::IndicatorCatalogue& cat, int64_t id,
               const SubjectCheck& check) {
  check(tx, {"movement", id});
  auto m = storage::MovementRepository(tx).get(id);
  Date day = m.f.launch_date ? *m.f.launch_date : m.f.start;
  json d = header(tx, ts, "plan", id, m.owner_unit_id, day, "KẾ HOẠCH",
                  "Phát động phong trào thi đua “" + m.f.name + "”");
  d["movement_name"] = m.f.name;
  d["theme"] = m.f.theme;
  d["has_theme"] = !m.f.theme.empty();
  d["motto"] = m.f.motto;
  d["has_motto"] = !m.f.motto.empty();
  d["has_basis"] = !m.parent_name.empty();
  d["basis"] = m.parent_name.empty() ? "" : "Thực hiện phong trào thi đua “" + m.parent_name + "” của cấp trên;";
  d["intro"] = m.owner_unit_name + " xây dựng Kế hoạch phát động phong trào thi đua “" + m.f.name + "”" +
               (m.f.launch_place.empty() ? "" : ", tổ chức lễ phát động tại " + m.f.launch_place) + " như sau:";
  d["period_text"] = "từ ngày " + m.f.start.vn() + " đến ngày " + m.f.end.vn();
  d["scope_text"] = !m.f.scope_text.empty() ? m.f.scope_text : "Các đơn vị, cán bộ, chiến sĩ thuộc phạm vi phong trào.";
  d["issuer_short"] = m.owner_unit_name;
  json contents = json::array(), targets = json::array(), phases = json::array();
  for (size_t i = 0; i < m.f.content_areas.size(); ++i) contents.push_back({{"ordinal", ord(i)}, {"text", m.f.content_areas[i]}});
  for (size_t i = 0; i < m.f.targets.size(); ++i) targets.push_back({{"ordinal", ord(i)}, {"text", describe(m.f.targets[i], cat)}});
  for (auto& p : m.f.phases)
    phases.push_back({{"ordinal", std::to_string(p.ordinal)}, {"dates", p.start.vn() + " – " + p.end.vn()}, {"title", p.title}, {"focus", p.focus}});
  d["contents"] = contents;
  d["targets"] = targets;
  d["phases"] = phases;
  d["has_phases"] = !phases.empty();
  for (auto& u : m.scope_units) add_recipient(d, u.name);
  if (m.scope_units.empty()) add_recipient(d, "Các đơn vị thuộc phạm vi phong trào");
  return d;
}

// ---- pledge ----

json pledge_data(storage::Tx& tx, const documents::TemplateSet& ts, const scoring::IndicatorCatalogue& cat, int64_t id,
                const SubjectCheck& check) {
  auto p = storage::PledgeRepository(tx).get(id);
  int64_t issuer = p.subject_unit_id;
  std::optional<std::string> group;
  std::optional<int64_t> organiser;
  std::string role = "Cụm trưởng";
  if (p.group_year_id) {
    check(tx, {"group_year", *p.group_year_id});
    auto gy = storage::ScoringStore(tx).group_year(*p.group_year_id);
    group = gy.group_name;
    organiser = gy.organiser_unit_id;
    if (gy.leader_unit_id) issuer = *gy.leader_unit_id;
    if (gy.group_name.rfind("Khối", 0) == 0) role = "Khối trưởng";
  } else if (p.movement_id) {
    check(tx, {"movement", *p.movement_id});
  }
  // the day of the signing: the first signature, else the pledge's creation
  Date day = created_day(p.created_at);
  std::optional<Date> first;
  for (auto& s : p.signatures)
    if (s.date && (!first || *s.date < *first)) first = s.date;
  if (first) day = *first;
  json d = header(tx, ts, "pledge", id, issuer, day, "GIAO ƯỚC THI ĐUA", p.title, group, organiser, role);
  if (group) {
    for (auto& s : p.signatures)
      if (s.unit_id == issuer && s.is_signed) d["signer_name"] = s.signer_name;
  }
  d["subject_name"] = p.subject_name;
  d["intro"] = "Thực hiện phong trào thi đua năm " + (p.year ? std::to_string(*p.year) : std::to_string(day.year())) +
               ", các đơn vị thành viên " + p.subject_name + " thống nhất ký kết Giao ước thi đua với các nội dung sau:";
  json cm = json::array(), sg = json::array();
  for (size_t i = 0; i < p.commitments.size(); ++i) cm.push_back({{"ordinal", ord(i)}, {"text", describe(p.commitments[i], cat)}});
  int64_t signed_count = 0;
  for (size_t i = 0; i < p.signatures.size(); ++i) {
    auto& s = p.signatures[i];
    if (s.is_signed) ++signed_count;
    std::string signer = s.is_signed ? (s.signer_position.empty() ? s.signer_name : s.signer_position + "\n" + s.signer_name) : "";
    sg.push_back({{"ordinal", ord(i)}, {"unit_name", s.unit_name}, {"signer", signer},
                  {"date", s.date ? s.date->vn() : ""}, {"mark", s.is_signed ? "Đã ký" : "Chưa ký"}});
    add_recipient(d, s.unit_name);
  }
  d["commitments"] = cm;
  d["signatures"] = sg;
  d["signed_count"] = std::to_string(signed_count);
  d["member_count"] = std::to_string(p.signatures.size());
  return d;
}

// ---- regulation (a scoring scheme) ----

std::string rule_text(const scoring::Criterion& c, const scoring::IndicatorCatalogue& cat) {
  std::string target = c.target ? scoring::describe_target(*c.target, cat) : "";
  std::string how;
  if (c.rule) switch (c.rule->kind) {
      case scoring::RuleKind::kTargetMet: how = "đạt chỉ tiêu: đủ điểm; không đạt: 0 điểm"; break;
      case scoring::RuleKind::kProportional: how = "tính theo tỷ lệ đạt được so với chỉ tiêu"; break;
      case scoring::RuleKind::kDeductionPerOccurrence:
        how = "trừ " + pts(c.rule->points_per_occurrence) + " điểm mỗi trường hợp" +
              (c.rule->cap ? " (trừ tối đa " + pts(*c.rule->cap) + " điểm)" : "");
        break;
      case scoring::RuleKind::kBonusExceeding:
        how = "tính theo tỷ lệ đạt được; vượt chỉ tiêu thưởng " + pts(c.rule->bonus_per_point) + " điểm mỗi 1% (tối đa " +
              pts(c.rule->bonus_cap) + " điểm)";
        break;
      case scoring::RuleKind::kQualitative: how = "đánh giá đạt / không đạt"; break;
      case scoring::RuleKind::kDisqualifying: how = "điểm liệt: không đạt thì 0 điểm và xếp loại thấp nhất"; break;
    }
  if (target.empty()) return how;
  return target + (how.empty() ? "" : "; " + how);
}

void regulation_rows(const std::vector<scoring::Criterion>& list, const std::string& prefix, int depth,
                     const scoring::IndicatorCatalogue& cat, json& rows) {
  static const char* roman[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
  for (size_t i = 0; i < list.size(); ++i) {
    auto& c = list[i];
    std::string no = depth == 0 ? (i < 12 ? roman[i] : std::to_string(i + 1)) : prefix + std::to_string(i + 1);
    bool section = !c.is_leaf();
    rows.push_back({{"no", no}, {"name", c.name + (c.description.empty() ? "" : " — " + c.description)},
                    {"rule", section ? "" : rule_text(c, cat)}, {"points", pts(c.max_points)}, {"is_section", section}});
    if (section) regulation_rows(c.criteria, depth == 0 ? "" : no + ".", depth + 1, cat, rows);
  }
}

json regulation_data(storage::Tx& tx, const documents::TemplateSet& ts, const scoring::IndicatorCatalogue& cat, int64_t id,
                     const SubjectCheck& check) {
  auto stored = storage::ScoringStore(tx).find_scheme(id);
  if (!stored) throw Error::NotFound("Không tìm thấy quy định chấm điểm");
  check(tx, {"scheme", id});
  auto scheme = scoring::ScoringScheme::from_json(json::parse(stored->json), cat);
  int64_t issuer = stored->owner_unit_id ? *stored->owner_unit_id : 1;
  Date day = scheme.valid_from ? *scheme.valid_from : created_day(stored->created_at);
  json d = header(tx, ts, "regulation", id, issuer, day, "QUY ĐỊNH", "Tiêu chí chấm điểm thi đua — " + scheme.name);
  d["intro"] = "Ban hành kèm theo Quy định này tiêu chí và thang điểm chấm điểm thi đua (phiên bản " +
               std::to_string(stored->version) + ").";
  std::string scope;
  for (int64_t u : storage::ScoringStore(tx).scheme_units(id))
    scope += (scope.empty() ? "" : ", ") + storage::unit_name_at(tx, u, day);
  scope = scope.empty() ? "các đơn vị áp dụng Quy định" : "các đơn vị: " + scope;
  d["scope_text"] = scope;
  d["total_points"] = pts(scheme.total_points);
  json rows = json::array();
  regulation_rows(scheme.sections, "", 0, cat, rows);
  d["rows"] = rows;
  json b = json::array(), de = json::array(), lv = json::array();
  for (auto& a : scheme.bonuses)
    b.push_back({{"text", a.name + ": cộng " + pts(a.points) + " điểm" + (a.cap ? " (tối đa " + pts(*a.cap) + " điểm)" : "") + ";"}});
  for (auto& a : scheme.deductions)
    de.push_back({{"text", a.name + ": trừ " + pts(a.points) + " điểm mỗi trường hợp" + (a.cap ? " (tối đa " + pts(*a.cap) + " điểm)" : "") + ";"}});
  for (auto& l : scheme.levels)
    lv.push_back({{"text", l.name + (l.min_points ? ": từ " + pts(*l.min_points) + " điểm trở lên" : "") + ";"}});
  d["bonuses"] = b;
  d["deductions"] = de;
  d["levels"] = lv;
  add_recipient(d, "Các đơn vị áp dụng Quy định");
  return d;
}

// ---- ranking ----

std::shared_ptr<const GroupYearScores> scores_of(storage::Tx& tx, ScoreBoard& board, int64_t gy_id,
                                                 const std::optional<std::string>& period = std::nullopt) {
  auto gy = storage::ScoringStore(tx).group_year(gy_id);
  return board.get(tx, gy.group_id, gy.year, scoring_period(gy.year, period), 0);
}

json ranking_rows(const GroupYearScores& s) {
  json body = json::parse(*s.ranking_body);
  json rows = json::array();
  for (auto& it : body["items"]) {
    std::string note = it.value("reason", "");
    if (it.value("disqualified", false)) note = "Có điểm liệt";
    if (it.contains("completeness") && !it["completeness"].value("complete", true))
      note += (note.empty() ? "" : "; ") + it["completeness"].value("label", std::string());
    rows.push_back({{"rank", std::to_string(it.value("rank", 0))}, {"unit_name", it.value("unit_name", "")},
                    {"self_total", it["self_total"].is_number() ? pts(it["self_total"].get<double>()) : ""},
                    {"total", it["total"].is_number() ? pts(it["total"].get<double>()) : ""},
                    {"level", it.value("level", "")}, {"note", note}});
  }
  return rows;
}

json ranking_data(storage::Tx& tx, const documents::TemplateSet& ts, ScoreBoard& board, int64_t gy_id, const SubjectCheck& check) {
  check(tx, {"group_year", gy_id});
  auto s = scores_of(tx, board, gy_id);
  int64_t issuer = s->gy.leader_unit_id ? *s->gy.leader_unit_id : s->gy.organiser_unit_id;
  Date day = std::min(Date::today_vn(), s->period.end());
  json d = header(tx, ts, "ranking", gy_id, issuer, day, "BÁO CÁO",
                  "Kết quả chấm điểm, xếp hạng thi đua " + s->gy.group_name + " — " + s->period.label(), s->gy.group_name,
                  s->gy.organiser_unit_id, s->gy.group_name.rfind("Khối", 0) == 0 ? "Khối trưởng" : "Cụm trưởng");
  d["intro"] = "Căn cứ Quy định chấm điểm thi đua (" + s->stored.name + ", phiên bản " + std::to_string(s->stored.version) +
               "), kết quả tự chấm, chấm chéo và thẩm định, " + s->gy.group_name + " báo cáo kết quả xếp hạng thi đua " +
               s->period.label() + " như sau:";
  d["rows"] = ranking_rows(*s);
  json body = json::parse(*s->ranking_body);
  std::vector<std::string> leading;
  for (auto& u : body.value("leading_unit_ids", json::array()))
    for (auto& it : body["items"])
      if (it["unit_id"] == u) leading.push_back(it.value("unit_name", ""));
  std::string l;
  for (auto& x : leading) l += (l.empty() ? "" : ", ") + x;
  d["has_leading"] = !leading.empty();
  d["leading"] = l;
  d["closing"] = "Trên đây là kết quả chấm điểm, xếp hạng thi đua của " + s->gy.group_name + "./.";
  add_recipient(d, "Cơ quan thường trực Hội đồng Thi đua - Khen thưởng");
  for (auto& [uid, m] : s->members) add_recipient(d, s->name(uid));
  return d;
}

// ---- review reports ----

json outline_of(storage::Tx& tx, int64_t gy_id) {
  auto r = tx.query("SELECT sections FROM report_outlines WHERE group_year_id = $1", {gy_id});
  if (!r.empty()) return json::parse(storage::RowRef(r, 0).str("sections"));
  return json::parse(embedded_data("report-outline.json"))["sections"];
}

}  // namespace

json review_report_json(storage::Tx& tx, ScoreBoard& board, int64_t report_id, std::optional<int> version);

namespace {

json review_data(storage::Tx& tx, const documents::TemplateSet& ts, ScoreBoard& board, int64_t id, const SubjectCheck& check) {
  auto r = tx.query("SELECT group_year_id FROM review_reports WHERE id = $1", {id});
  if (r.empty()) throw Error::NotFound("Không tìm thấy báo cáo sơ kết, tổng kết");
  int64_t gy_id = storage::RowRef(r, 0).i64("group_year_id");
  check(tx, {"group_year", gy_id});
  json rep = review_report_json(tx, board, id, std::nullopt);
  auto gy = storage::ScoringStore(tx).group_year(gy_id);
  int64_t issuer = gy.leader_unit_id ? *gy.leader_unit_id : gy.organiser_unit_id;
  Date day = std::min(Date::today_vn(), *Date::parse_iso(rep["period"]["to"].get<std::string>()));
  json d = header(tx, ts, "review", id, issuer, day, "BÁO CÁO", rep["title"].get<std::string>(), gy.group_name,
                  gy.organiser_unit_id, gy.group_name.rfind("Khối", 0) == 0 ? "Khối trưởng" : "Cụm trưởng");
  d["intro"] = rep["intro"];
  json sections = json::array();
  for (auto& s : rep["sections"]) {
    json x;
    x["heading"] = s["heading"];
    x["guidance"] = s["guidance"];
    std::string text = s["text"].get<std::string>();
    x["guidance_shown"] = text.empty();
    x["text"] = text;
    x["figures"] = s["figures"];
    x["has_figures"] = !s["figures"].empty();
    json warnings = json::array();
    for (auto& w : s["warnings"]) warnings.push_back({{"text", w}});
    x["warnings"] = warnings;
    x["ranking"] = s["ranking"];
    x["has_ranking"] = !s["ranking"].empty();
    sections.push_back(x);
  }
  d["sections"] = sections;
  add_recipient(d, "Cơ quan thường trực Hội đồng Thi đua - Khen thưởng");
  for (auto& [mid, code] : gy.members) add_recipient(d, storage::unit_name_at(tx, mid, day));
  return d;
}

}  // namespace

// The report as the UI shows it: the outline's sections, each with its narrative (the chosen
// version, else the latest) and the figures drafted from the period's scores.
json review_report_json(storage::Tx& tx, ScoreBoard& board, int64_t report_id, std::optional<int> version) {
  auto r = tx.query("SELECT * FROM review_reports WHERE id = $1", {report_id});
  if (r.empty()) throw Error::NotFound("Không tìm thấy báo cáo sơ kết, tổng kết");
  storage::RowRef row(r, 0);
  int64_t gy_id = row.i64("group_year_id");
  std::string period_json = row.str("period");
  auto versions = tx.query("SELECT version, narrative, created_at FROM review_report_versions WHERE report_id = $1 ORDER BY version",
                           {report_id});
  json narrative = json::object();
  int shown = 0;
  json vlist = json::array();
  for (size_t i = 0; i < versions.size(); ++i) {
    storage::RowRef v(versions, i);
    vlist.push_back({{"version", v.i64("version")}, {"created_at", v.str("created_at")}});
    if (!version || *version == v.i64("version")) {
      narrative = json::parse(v.str("narrative"));
      shown = static_cast<int>(v.i64("version"));
    }
  }
  if (version && shown != *version) throw Error::NotFound("Không có phiên bản " + std::to_string(*version));
  auto s = scores_of(tx, board, gy_id, period_json);

  // figures: the group's totals per measured indicator, against the same period a year earlier
  struct Fig {
    std::string name, target, unit;
    double cur = 0, prev = 0, num = 0, den = 0;
    bool rate = false;
    int reported = 0, missing = 0, met = 0, members = 0;
    bool compared = false;
  };
  std::vector<std::string> order;
  std::map<std::string, Fig> figs;
  for (auto& [uid, m] : s->members) {
    auto review = s->review(uid);
    auto card = review->final_score();
    if (!card) card = review->self_score();
    if (!card) continue;
    for (auto& c : card->criteria) {
      if (c.values.empty()) continue;
      std::string key = c.id;
      if (!figs.count(key)) {
        order.push_back(key);
        figs[key].name = c.name;
        figs[key].target = c.target;
      }
      Fig& f = figs[key];
      ++f.members;
      if (c.met) ++f.met;
      auto& v = c.values.front();
      f.unit = v.unit;
      if (v.numerator && v.denominator) {  // a rate: the group's rate from the summed operands
        f.rate = true;
        f.num += *v.numerator;
        f.den += *v.denominator;
        ++f.reported;
      } else if (v.current && (!v.compared || v.previous)) {
        f.cur += *v.current;
        if (v.previous) f.prev += *v.previous;
        f.compared = f.compared || v.compared;
        ++f.reported;
      } else {
        ++f.missing;
      }
    }
  }
  json figures = json::array(), warnings = json::array();
  for (auto& k : order) {
    Fig& f = figs[k];
    bool whole = std::floor(f.cur) == f.cur && std::floor(f.prev) == f.prev;
    std::string change;
    if (f.compared && f.reported) {
      if (f.prev > 0) {
        double pc = (f.cur - f.prev) / f.prev * 100.0;
        change = (pc > 0 ? "+" : "") + scoring::format_vn(pc, 1) + "%";
      } else {
        change = f.cur > 0 ? "tăng từ 0" : "0";
      }
      if (whole && f.unit != "%") {
        auto cmp = scoring::compare_counts(f.prev, f.cur);
        if (!cmp.significant) warnings.push_back(f.name + ": " + cmp.message);
      }
    }
    std::string assessment = std::to_string(f.met) + "/" + std::to_string(f.members) + " đơn vị đạt";
    if (f.missing) assessment += "; " + std::to_string(f.missing) + " đơn vị chưa báo cáo";
    std::string current = f.reported ? scoring::format_vn(f.cur, 2, true) : "";
    if (f.rate)
      current = f.den > 0 ? scoring::format_vn(f.num / f.den * 100.0, 2, true) + "% (" + scoring::format_vn(f.num, 0) + "/" +
                                scoring::format_vn(f.den, 0) + ")"
                          : "";
    figures.push_back({{"name", f.name},
                       {"current", current},
                       {"previous", f.reported && f.compared ? scoring::format_vn(f.prev, 2, true) : ""},
                       {"change", change},
                       {"target", f.target},
                       {"assessment", assessment}});
  }
  json rank = json::array();
  for (auto& x : ranking_rows(*s)) rank.push_back({{"rank", x["rank"]}, {"unit_name", x["unit_name"]}, {"total", x["total"]}, {"level", x["level"]}});

  std::string kind = row.str("kind");
  json sections = json::array();
  for (auto& o : outline_of(tx, gy_id)) {
    std::string id = o.value("id", "");
    std::string fig = o.contains("figures") && o["figures"].is_string() ? o["figures"].get<std::string>() : "";
    sections.push_back({{"id", id},
                        {"heading", o.value("heading", "")},
                        {"guidance", o.value("guidance", "")},
                        {"figures_kind", fig.empty() ? json() : json(fig)},
                        {"text", narrative.value(id, "")},
                        {"figures", fig == "indicators" ? figures : json::array()},
                        {"warnings", fig == "indicators" ? warnings : json::array()},
                        {"ranking", fig == "ranking" ? rank : json::array()}});
  }
  return {{"id", report_id},
          {"group_year_id", gy_id},
          {"group_id", s->gy.group_id},
          {"year", s->gy.year},
          {"kind", kind},
          {"kind_label", kind == "final" ? "Tổng kết" : "Sơ kết"},
          {"title", row.str("title")},
          {"period", s->period.to_json()},
          {"intro", (kind == "final" ? "Tổng kết" : "Sơ kết") + std::string(" phong trào thi đua ") + s->period.label() +
                        ", " + s->gy.group_name + " báo cáo như sau:"},
          {"version", shown},
          {"versions", vlist},
          {"sections", sections},
          {"created_at", row.str("created_at")}};
}

bool known_document_kind(const std::string& k) {
  for (const char* x : {"plan", "pledge", "regulation", "review", "ranking", "proposal", "minutes", "decision", "certificates"})
    if (k == x) return true;
  return false;
}

RenderedFile render_document(storage::Database& db, const scoring::IndicatorCatalogue& catalogue, ScoreBoard& board,
                             const std::string& kind, int64_t id, const std::string& format, const SubjectCheck& check,
                             const DocumentOptions& opts) {
  if (!known_document_kind(kind)) throw Error::NotFound("Không có loại văn bản " + kind);
  if (format != "docx" && format != "pdf") throw Error::Invalid("format phải là docx hoặc pdf", "format");
  auto ts = templates();
  std::string docx;
  std::string name;
  {
    auto tx = db.begin(storage::TxMode::kWrite);  // a document keeps the number it is first given
    json data;
    if (kind == "certificates") {
      docx = certificates_docx(*tx, *ts, id, opts, check);
      tx->commit();
      name = (opts.test ? "in-thu-phoi-" : "bang-khen-") + std::to_string(id);
      if (format == "docx") return {docx, kDocx, name + ".docx"};
      return {documents::to_pdf(docx), "application/pdf", name + ".pdf"};
    }
    if (kind == "proposal") data = proposal_data(*tx, *ts, id, check);
    else if (kind == "minutes") data = minutes_data(*tx, *ts, id, check);
    else if (kind == "decision") data = decision_data(*tx, *ts, id, check);
    else if (kind == "plan") data = plan_data(*tx, *ts, catalogue, id, check);
    else if (kind == "pledge") data = pledge_data(*tx, *ts, catalogue, id, check);
    else if (kind == "regulation") data = regulation_data(*tx, *ts, catalogue, id, check);
    else if (kind == "ranking") data = ranking_data(*tx, *ts, board, id, check);
    else data = review_data(*tx, *ts, board, id, check);
    docx = ts->render(kind, data);
    tx->commit();
    name = kind + "-" + std::to_string(id);
  }
  if (format == "docx") return {docx, kDocx, name + ".docx"};
  return {documents::to_pdf(docx), "application/pdf", name + ".pdf"};
}

// ---- tables ----

RenderedFile export_ranking(const GroupYearScores& s, const std::string& format) {
  using documents::Column;
  documents::Table t;
  t.title = "Kết quả xếp hạng thi đua " + s.gy.group_name + " — " + s.period.label();
  t.sheet = "Xếp hạng";
  t.notes.push_back("Quy định chấm điểm: " + s.stored.name + " (phiên bản " + std::to_string(s.stored.version) + ")");
  t.columns = {{"Hạng", Column::Type::kInteger}, {"Mã đơn vị", Column::Type::kText}, {"Đơn vị", Column::Type::kText}};
  std::vector<std::pair<std::string, std::string>> sections;  // top-level sections of the scheme
  for (auto& c : s.scheme->scheme().sections) {
    sections.emplace_back(c.id, c.name);
    t.columns.push_back({c.name + " (tối đa " + pts(c.max_points) + ")", Column::Type::kNumber});
  }
  for (auto* h : {"Điểm thưởng", "Điểm trừ", "Tự chấm", "Điểm cuối cùng"}) t.columns.push_back({h, Column::Type::kNumber});
  t.columns.push_back({"Xếp loại", Column::Type::kText});
  t.columns.push_back({"Báo cáo", Column::Type::kText});
  t.columns.push_back({"Ghi chú", Column::Type::kText});
  json body = json::parse(*s.ranking_body);
  for (auto& it : body["items"]) {
    int64_t uid = it["unit_id"].get<int64_t>();
    auto card = s.review(uid)->final_score();
    std::vector<documents::Cell> row;
    row.emplace_back(static_cast<double>(it.value("rank", 0)));
    row.emplace_back(it.value("unit_code", s.code(uid)));
    row.emplace_back(it.value("unit_name", s.name(uid)));
    for (auto& [sid, sname] : sections) {
      documents::Cell cell;
      if (card)
        for (auto& sc : card->sections)
          if (sc.depth == 0 && sc.id == sid) cell = sc.points;
      row.push_back(cell);
    }
    row.push_back(card ? documents::Cell(card->bonus_points) : documents::Cell());
    row.push_back(card ? documents::Cell(card->deduction_points) : documents::Cell());
    row.push_back(it["self_total"].is_number() ? documents::Cell(it["self_total"].get<double>()) : documents::Cell());
    row.push_back(it["total"].is_number() ? documents::Cell(it["total"].get<double>()) : documents::Cell());
    row.emplace_back(it.value("level", std::string()));
    row.emplace_back(it.contains("completeness") ? it["completeness"].value("label", std::string()) : std::string());
    std::string note = it.value("disqualified", false) ? "Có điểm liệt" : it.value("reason", std::string());
    row.emplace_back(note);
    t.rows.push_back(std::move(row));
  }
  std::string base = "xep-hang-" + std::to_string(s.gy.group_id) + "-" + std::to_string(s.gy.year);
  if (format == "csv") return {documents::to_csv(t), "text/csv; charset=utf-8", base + ".csv"};
  return {documents::to_xlsx(t), kXlsx, base + ".xlsx"};
}

http::Response file_response(const RenderedFile& f) {
  http::Response r;
  r.status = 200;
  r.content_type = f.content_type;
  r.body = f.bytes;
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + f.filename + "\"");
  r.headers.emplace_back("Cache-Control", "no-store");
  return r;
}

std::optional<std::string> export_format(const http::Request& req, bool docs) {
  auto f = req.query("format");
  if (!f || f->empty() || *f == "json") return std::nullopt;
  if (docs ? (*f == "docx" || *f == "pdf") : (*f == "xlsx" || *f == "csv")) return *f;
  throw Error::Invalid(docs ? "format phải là docx hoặc pdf" : "format phải là xlsx, csv hoặc json", "format");
}

// ---- any list route as a table ----

namespace {

// Vietnamese headings of the keys list routes answer with; others keep their key.
const std::map<std::string, std::string>& headings() {
  static const std::map<std::string, std::string> h = {
      {"id", "Mã số"}, {"name", "Tên"}, {"code", "Mã"}, {"kind", "Loại"}, {"kind_label", "Loại"},
      {"unit_id", "Mã số đơn vị"}, {"unit_name", "Đơn vị"}, {"unit_code", "Mã đơn vị"}, {"parent_id", "Đơn vị cấp trên (mã số)"},
      {"parent_name", "Đơn vị cấp trên"}, {"status", "Trạng thái"}, {"state", "Trạng thái"}, {"valid_from", "Hiệu lực từ"},
      {"valid_to", "Hiệu lực đến"}, {"full_name", "Họ và tên"}, {"rank", "Cấp bậc"}, {"position", "Chức vụ"},
      {"username", "Tên đăng nhập"}, {"role", "Vai trò"}, {"year", "Năm"}, {"month", "Tháng"}, {"period", "Kỳ"},
      {"period_label", "Kỳ báo cáo"}, {"deadline", "Hạn"}, {"submitted_at", "Ngày gửi"}, {"late", "Nộp muộn"},
      {"created_at", "Ngày tạo"}, {"updated_at", "Ngày cập nhật"}, {"start", "Từ ngày"}, {"end", "Đến ngày"},
      {"title", "Tiêu đề"}, {"total", "Tổng"}, {"level", "Xếp loại"}, {"date", "Ngày"}, {"birth_date", "Ngày sinh"},
      {"gender", "Giới tính"}, {"owner_unit_name", "Đơn vị chủ trì"}, {"organiser_unit_name", "Đơn vị tổ chức"},
      {"submitted", "Đã gửi"}, {"missing", "Còn thiếu"}, {"reported", "Đã báo cáo"},
      {"eligible", "Đủ điều kiện"}, {"held", "Đã được công nhận"}, {"unmet", "Điều kiện chưa đạt"},
      {"subject.name", "Tên"}, {"subject.unit_name", "Đơn vị"}, {"subject.kind", "Cá nhân/tập thể"},
      {"decision", "Quyết định"}, {"number", "Số"}, {"issuer", "Cấp quyết định"}, {"method_name", "Hình thức khen"},
      {"unit.name", "Của đơn vị"}, {"narrative", "Thuyết minh"}, {"return_reason", "Lý do trả lại"},
      {"version", "Phiên bản"}, {"period.from", "Kỳ: từ ngày"}, {"period.to", "Kỳ: đến ngày"},
      {"period.label", "Kỳ báo cáo"}, {"period.kind", "Loại kỳ"}, {"period.month", "Tháng"}, {"period.year", "Năm"},
      {"period_key", "Mã kỳ"}};
  return h;
}

bool iso_date(const std::string& s) { return s.size() == 10 && Date::parse_iso(s).has_value(); }

}  // namespace

std::optional<http::Response> tabulate(const http::Request& req, const http::Response& answer,
                                       const scoring::IndicatorCatalogue* catalogue) {
  if (answer.status != 200 || answer.content_type.rfind("application/json", 0) != 0) return std::nullopt;  // a file already
  auto fmt = export_format(req, false);
  if (!fmt) return std::nullopt;
  json body = json::parse(answer.body, nullptr, false);
  if (!body.is_object() || !body.contains("items") || !body["items"].is_array())
    throw Error::Invalid("Đường dẫn này không trả về một danh sách, không xuất được Excel/CSV", "format");
  // Columns: the scalar keys of the items in the order first seen, and one level down the scalar
  // fields of an object (a record's decision: "decision.number", "decision.date"…; ids left out).
  for (auto& it : body["items"]) {
    if (!it.is_object()) continue;
    json flat = json::object();
    for (auto& [k, v] : it.items()) {
      if (v.is_array()) continue;
      if (!v.is_object()) {
        flat[k] = v;
        continue;
      }
      for (auto& [sk, sv] : v.items())
        if (!sv.is_object() && !sv.is_array() && sk != "id" && !(sk.size() > 3 && sk.substr(sk.size() - 3) == "_id"))
          flat[k + "." + sk] = sv;
    }
    it = std::move(flat);
  }
  std::vector<std::string> keys;
  std::map<std::string, int> kind;  // 0 text, 1 number, 2 date, 3 bool
  for (auto& it : body["items"]) {
    if (!it.is_object()) continue;
    for (auto& [k, v] : it.items()) {
      if (!kind.count(k)) {
        keys.push_back(k);
        kind[k] = -1;
      }
      if (v.is_null()) continue;
      int t = v.is_number() ? 1 : v.is_boolean() ? 3 : (v.is_string() && iso_date(v.get<std::string>())) ? 2 : 0;
      if (kind[k] == -1) kind[k] = t;
      else if (kind[k] != t) kind[k] = 0;
    }
  }
  documents::Table t;
  std::string path = req.path;
  t.title = "Dữ liệu xuất từ " + path;
  t.sheet = "Dữ liệu";
  if (!req.query_string.empty()) t.notes.push_back("Bộ lọc: " + req.query_string);
  t.notes.push_back("Số dòng: " + std::to_string(body["items"].size()) +
                    (body.contains("total") && body["total"].is_number() ? " / tổng " + std::to_string(body["total"].get<int64_t>()) : ""));
  // a heading: the key's own, or for "parent.field" the parent's and the field's ("Quyết định: Ngày")
  auto heading = [catalogue](const std::string& k) {
    auto h = headings().find(k);
    if (h != headings().end()) return h->second;
    auto dot = k.find('.');
    if (dot == std::string::npos) return k;
    if (catalogue && k.compare(0, dot, "values") == 0)
      if (const auto* ind = catalogue->find(k.substr(dot + 1)))
        return ind->name + (ind->unit.empty() ? "" : " (" + ind->unit + ")");
    auto p = headings().find(k.substr(0, dot)), f = headings().find(k.substr(dot + 1));
    return (p != headings().end() ? p->second : k.substr(0, dot)) + ": " + (f != headings().end() ? f->second : k.substr(dot + 1));
  };
  for (auto& k : keys) {
    using T = documents::Column::Type;
    T type = kind[k] == 1 ? T::kNumber : kind[k] == 2 ? T::kDate : T::kText;
    if (kind[k] == 1 && (k == "id" || (k.size() > 3 && k.substr(k.size() - 3) == "_id") || k == "year" || k == "month")) type = T::kInteger;
    t.columns.push_back({heading(k), type});
  }
  for (auto& it : body["items"]) {
    std::vector<documents::Cell> row;
    for (auto& k : keys) {
      if (!it.contains(k) || it[k].is_null()) {
        row.emplace_back();
        continue;
      }
      auto& v = it[k];
      if (v.is_number()) row.emplace_back(v.get<double>());
      else if (v.is_boolean()) row.emplace_back(std::string(v.get<bool>() ? "Có" : "Không"));
      else if (v.is_string() && kind[k] == 2) row.emplace_back(*Date::parse_iso(v.get<std::string>()));
      else if (v.is_string()) row.emplace_back(v.get<std::string>());
      else row.emplace_back();
    }
    t.rows.push_back(std::move(row));
  }
  std::string base = path.substr(std::string("/api/v1/").size());
  std::replace(base.begin(), base.end(), '/', '-');
  RenderedFile f = *fmt == "csv" ? RenderedFile{documents::to_csv(t), "text/csv; charset=utf-8", base + ".csv"}
                                 : RenderedFile{documents::to_xlsx(t), kXlsx, base + ".xlsx"};
  return file_response(f);
}

}  // namespace thidua::api
