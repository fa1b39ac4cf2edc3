// Documents (.docx/.pdf), unit identities on documents, report outlines and review reports.
#include <nlohmann/json.hpp>

#include <fstream>
#include <set>
#include <sstream>
#include <unordered_map>

#include "api/context.h"
#include "api/data_files.h"
#include "api/documents.h"
#include "api/imports.h"
#include "api/jobs.h"
#include "core/progress.h"
#include "api/score_board.h"
#include "documents/certificate.h"
#include "documents/docx.h"
#include "documents/store.h"
#include "storage/commendation_proposals.h"
#include "storage/commendation_records.h"
#include "storage/emulation.h"
#include "storage/registry.h"
#include "storage/scoring_store.h"
#include "text/vietnamese.h"

namespace thidua::api {

using nlohmann::json;
using storage::TxMode;

json review_report_json(storage::Tx& tx, ScoreBoard& board, int64_t report_id, std::optional<int> version);

namespace {

// Whoever reads the subject through its own route may read its documents.
SubjectCheck reader_check(const Routes& r, const Ctx& c) {
  return [&r, &c](storage::Tx& tx, const DocumentSubject& s) {
    if (c.me().everything) return;
    const int64_t me = c.me().user.unit_id;
    storage::UnitRepository units(tx);
    if (s.kind == "movement") {
      auto m = storage::MovementRepository(tx).get(s.id);
      if (!storage::MovementRepository(tx).visible_to(me, m)) throw Error::NotFound("Không tìm thấy");
    } else if (s.kind == "group_year") {
      auto gy = storage::ScoringStore(tx).group_year(s.id);
      if (units.in_scope(me, gy.organiser_unit_id)) return;
      for (auto& [id, code] : gy.members)
        if (units.in_scope(me, id)) return;
      throw Error::NotFound("Không tìm thấy");
    } else if (s.kind == "proposal" || s.kind == "decision") {
      // as GET /proposals/{id}: the proposing unit's or the holder's scope; a decision also the issuer's
      std::vector<int64_t> units_of;
      std::optional<int64_t> pid = s.kind == "proposal" ? std::optional<int64_t>(s.id) : std::nullopt;
      if (s.kind == "decision") {
        auto d = storage::CommendationRecords(tx).find_decision(s.id);
        if (!d) throw Error::NotFound("Không tìm thấy");
        units_of.push_back(d->issuer_unit_id);
        pid = d->proposal_id;
      }
      if (pid)
        if (auto p = storage::ProposalRepository(tx).find(*pid)) {
          units_of.push_back(p->unit_id);
          units_of.push_back(p->holder_unit_id);
        }
      for (int64_t u : units_of)
        if (units.in_scope(me, u)) return;
      throw Error::NotFound("Không tìm thấy");
    } else if (s.kind == "scheme") {
      auto st = storage::ScoringStore(tx).find_scheme(s.id);
      if (!st || !st->owner_unit_id || units.in_scope(me, *st->owner_unit_id)) return;
      for (int64_t u : storage::ScoringStore(tx).scheme_units(s.id))
        if (units.in_scope(me, u)) return;
      throw Error::NotFound("Không tìm thấy");
    }
  };
}

// Who writes review reports and outlines: officers of the group's organiser or leader.
void require_group_writer(storage::Tx& tx, const Routes& r, const Ctx& c, const storage::GroupYearRef& gy) {
  r.require_write(c, access::Resource::kScores);
  if (c.me().everything) return;
  storage::UnitRepository units(tx);
  if (units.in_scope(c.me().user.unit_id, gy.organiser_unit_id)) return;
  if (gy.leader_unit_id && units.in_scope(c.me().user.unit_id, *gy.leader_unit_id)) return;
  throw Error::Forbidden("Chỉ đơn vị cụm (khối) trưởng hoặc cấp tổ chức cụm (khối) lập báo cáo sơ kết, tổng kết");
}

std::string text_field(const json& j, const char* key, size_t max, bool required) {
  if (!j.contains(key) || j[key].is_null()) {
    if (required) throw Error::Invalid(std::string("Thiếu ") + key, key);
    return "";
  }
  if (!j[key].is_string()) throw Error::Invalid(std::string(key) + " phải là chuỗi", key);
  std::string s = text::to_nfc(j[key].get<std::string>());
  if (s.size() > max) throw Error::Invalid(std::string(key) + " quá dài", key);
  return s;
}

// The same strict reader as every other body (valid UTF-8, no duplicated key, bounded depth).
json parse_body(const Ctx& c) {
  json j = parse_strict_json(c.req.body);
  if (!j.is_object()) throw Error::Invalid("Nội dung phải là một đối tượng JSON");
  return j;
}

// A workbook in: the preview, or with ?commit=1 everything saved (and audited) or nothing.
ImportResult import_workbook(Routes& r, const Ctx& c);

// A workbook in as a job: its answer the preview's text (or the commit's), as the synchronous route's.
JobOutcome run_import(Routes& r, const Ctx& c) {
  auto res = import_workbook(r, c);
  progress::phase("answer", 0);  // the preview as JSON: every row with its problems
  return JobOutcome{res.to_json_text(), std::nullopt};
}

ImportResult import_workbook(Routes& r, const Ctx& c) {
  std::string kind = c.params.at("kind");
  bool commit = c.req.query("commit").value_or("0") == "1";
  ImportActor actor;
  actor.user_id = c.me().user.id;
  actor.username = c.me().user.username;
  // A province's workbook names the same few units on thousands of rows: each is checked once.
  auto seen = std::make_shared<std::unordered_map<int64_t, bool>>();
  actor.in_scope = [&c, seen](storage::Tx& tx, int64_t unit) {
    if (c.me().everything) return true;
    auto it = seen->find(unit);
    if (it == seen->end()) it = seen->emplace(unit, storage::UnitRepository(tx).in_scope(c.me().user.unit_id, unit)).first;
    return it->second;
  };
  std::string filename = c.query_str("filename", 200).value_or("");
  actor.before_commit = [&r, &c, &kind, &filename](storage::Tx& tx, const ImportResult& res) {
    r.audit(tx, c, "import." + kind, "import", std::nullopt, c.me().user.unit_id, nullptr,
            {{"what", res.what}, {"rows", res.rows.size()}, {"filename", filename}, {"report_ids", res.report_ids}});
  };
  return import_file(r.db(), r.indicators(), kind, c.req.body, filename, actor, commit);
}

}  // namespace

void register_document_routes(Routes& r) {
  auto board = r.score_board();

  r.add("GET", "/api/v1/documents/{kind}/{id}", Access::read_from_owner("id", "document"), [&r, board](Ctx& c) {
    std::string kind = c.params.at("kind");
    if (!known_document_kind(kind)) throw Error::NotFound("Không có loại văn bản " + kind);
    auto fmt = export_format(c.req, true);
    DocumentOptions opts;
    opts.blank = c.query_str("blank", 60);
    opts.printer = c.query_str("printer", 200);
    opts.test = c.req.query("test").value_or("0") == "1";
    auto f = render_document(r.db(), r.indicators(), *board, kind, c.pid(), fmt ? *fmt : "docx", reader_check(r, c), opts);
    return file_response(f);
  });

  // ---- the state's statistical forms (Circular 02/2023/TT-BNV, 0601–0605) as .xlsx ----
  r.add("GET", "/api/v1/statistical-forms", Access::public_(), [](Ctx&) { return ok(200, statistical_forms_list()); });
  r.add("GET", "/api/v1/statistical-forms/{code}", Access::read_unit_from_query("unit_id"), [&r](Ctx& c) {
    auto unit = c.query_id("unit_id");
    auto year = c.query_str("year", 4);
    if (!unit) throw Error::Invalid("Thiếu unit_id", "unit_id");
    if (!year || year->size() != 4 || year->find_first_not_of("0123456789") != std::string::npos)
      throw Error::Invalid("year phải là năm bốn chữ số", "year");
    auto tx = r.db().begin(TxMode::kRead);
    r.require_scope(*tx, c, *unit, false);
    return file_response(statistical_form(*tx, c.params.at("code"), *unit, std::stoi(*year)));
  });

  // ---- certificates on pre-printed blanks: the blank types, each unit's printers and offsets ----
  r.add("GET", "/api/v1/certificate-blanks", Access::public_(), [](Ctx&) {
    std::string file = documents::TemplateSet::default_dir() + "/docx/certificates.json";
    std::ifstream in(file, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    json j = json::parse(ss.str(), nullptr, false);
    if (!in || j.is_discarded()) throw Error::Invalid("Mẫu bằng khen: không đọc được docx/certificates.json");
    auto layouts = documents::CertificateLayouts::from_json(j, "docx/certificates.json");
    json items = json::array();
    for (auto& b : layouts.blanks()) {
      json fields = json::array();
      for (auto& f : b.fields)
        fields.push_back({{"name", f.name}, {"text", f.text}, {"x", f.x_mm}, {"y", f.y_mm}, {"width", f.width_mm}, {"height", f.height_mm}});
      items.push_back({{"code", b.code}, {"name", b.name}, {"basis", b.basis}, {"paper_mm", {{"width", b.width_mm}, {"height", b.height_mm}}},
                       {"awards", b.awards}, {"fields", fields}});
    }
    return ok(200, {{"items", items}, {"total", items.size()}});
  });
  r.add("GET", "/api/v1/units/{id}/certificate-printers", Access::read_unit_from_path(), [&r](Ctx& c) {
    auto tx = r.db().begin(TxMode::kRead);
    int64_t unit = c.pid();
    r.require_scope(*tx, c, unit, false);
    json items = json::array();
    for (auto& p : documents::DocumentStore(*tx).printers(unit)) items.push_back(p.to_json());
    return ok(200, {{"items", items}, {"total", items.size()}});
  });
  r.add("PUT", "/api/v1/units/{id}/certificate-printers", Access::write_unit_from_path(access::Resource::kCommendations), [&r](Ctx& c) {
    json j = parse_body(c);
    for (auto& [k, v] : j.items())
      if (k != "name" && k != "offset_x_mm" && k != "offset_y_mm") throw Error::Invalid("Trường không biết: " + k, k);
    std::string name = text_field(j, "name", 200, true);
    double off[2] = {0, 0};
    const char* keys[2] = {"offset_x_mm", "offset_y_mm"};
    for (int i = 0; i < 2; ++i) {
      if (!j.contains(keys[i]) || !j[keys[i]].is_number()) throw Error::Invalid(std::string(keys[i]) + " phải là số (mm)", keys[i]);
      off[i] = j[keys[i]].get<double>();
    }
    auto tx = r.db().begin(TxMode::kWrite);
    int64_t unit = c.pid();
    r.require_write(c, access::Resource::kCommendations);
    r.require_scope(*tx, c, unit, true);
    documents::DocumentStore store(*tx);
    auto before = store.printer(unit, name);
    auto saved = store.put_printer(unit, name, off[0], off[1], c.me().user.username);
    r.audit(*tx, c, "certificate_printer.put", "unit", unit, unit, before ? before->to_json() : json(), saved.to_json());
    tx->commit();
    return ok(200, saved.to_json());
  });

  // ---- workbooks in: a blank report form, then the preview and the commit of a filled one ----
  r.add("GET", "/api/v1/report-forms", Access::read_unit_from_query("unit_id"), [&r](Ctx& c) {
    auto unit = c.query_id("unit_id");
    auto period = c.query_str("period", 300);
    if (!unit) throw Error::Invalid("Thiếu unit_id", "unit_id");
    if (!period) throw Error::Invalid("Thiếu period (JSON của kỳ báo cáo)", "period");
    {
      auto tx = r.db().begin(TxMode::kRead);
      r.require_scope(*tx, c, *unit, false);
    }
    std::string bytes;
    try {
      bytes = report_form(r.db(), r.indicators(), *unit, *period);
    } catch (const json::exception&) {
      throw Error::Invalid("period không phải JSON hợp lệ", "period");
    }
    return file_response({bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          "bieu-mau-bao-cao-" + std::to_string(*unit) + ".xlsx"});
  });
  // The file is the request body; ?filename= names it in messages (and tells a .csv); ?commit=1 saves;
  // ?job=1 runs it as a job (202 with the job: GET /jobs/{id} for its progress, cancel, result).
  r.add("POST", "/api/v1/imports/{kind}", Access::write_from_body_owner(access::Resource::kReports, "rows", "workbook"), [&r](Ctx& c) {
    std::string kind = c.params.at("kind");
    if (kind != "reports" && kind != "roster") throw Error::NotFound("Không có loại nhập " + kind);
    r.require_write(c, kind == "reports" ? access::Resource::kReports : access::Resource::kPeople);
    if (c.req.query("job").value_or("0") != "1") {
      auto res = import_workbook(r, c);
      progress::phase("answer", 0);
      return http::Response::json(200, res.to_json_text());
    }
    return start_job(r, c, "import." + kind, [&r](Ctx& jc) { return run_import(r, jc); });
  });

  // ---- each unit's identity on its documents ----
  r.add("GET", "/api/v1/units/{id}/document-identities", Access::read_unit_from_path(), [&r](Ctx& c) {
    auto tx = r.db().begin(TxMode::kRead);
    int64_t unit = c.pid();
    r.require_scope(*tx, c, unit, false);
    documents::DocumentStore store(*tx);
    json items = json::array();
    for (auto& i : store.identities(unit)) items.push_back(i.to_json());
    return ok(200, {{"items", items}, {"total", items.size()}, {"in_force", store.identity(unit, Date::today_vn()).to_json()}});
  });
  r.add("POST", "/api/v1/units/{id}/document-identities", Access::write_unit_from_path(access::Resource::kUnits), [&r](Ctx& c) {
    json j = parse_body(c);
    auto tx = r.db().begin(TxMode::kWrite);
    int64_t unit = c.pid();
    r.require_write(c, access::Resource::kUnits);
    r.require_scope(*tx, c, unit, true);
    documents::Identity id;
    id.unit_id = unit;
    auto from = Date::parse_iso(text_field(j, "valid_from", 10, true));
    if (!from) throw Error::Invalid("valid_from phải là ngày YYYY-MM-DD", "valid_from");
    id.valid_from = *from;
    id.superior_line = text_field(j, "superior_line", 200, false);
    id.issuer_line = text_field(j, "issuer_line", 200, true);
    id.symbol = text_field(j, "symbol", 40, true);
    id.place = text_field(j, "place", 100, true);
    if (j.contains("rank_before_name")) {
      if (!j["rank_before_name"].is_boolean()) throw Error::Invalid("rank_before_name phải là true/false", "rank_before_name");
      id.rank_before_name = j["rank_before_name"].get<bool>();
    }
    id.signer_authority = text_field(j, "signer_authority", 200, false);
    id.signer_position = text_field(j, "signer_position", 200, false);
    id.signer_rank = text_field(j, "signer_rank", 60, false);
    id.signer_name = text_field(j, "signer_name", 120, false);
    static const std::set<std::string> known = {"valid_from", "superior_line", "issuer_line", "symbol", "place",
                                                "rank_before_name", "signer_authority", "signer_position", "signer_rank", "signer_name"};
    for (auto& [k, v] : j.items())
      if (!known.count(k)) throw Error::Invalid("Trường không biết: " + k, k);
    auto saved = documents::DocumentStore(*tx).add_identity(id);
    r.audit(*tx, c, "document_identity.create", "unit", unit, unit, nullptr, saved.to_json());
    tx->commit();
    return ok(201, saved.to_json());
  });

  // ---- report outline of a group-year ----
  r.add("GET", "/api/v1/groups/{gid}/years/{year}/report-outline", Access::read_from_owner("gid", "group_year"), [&r](Ctx& c) {
    auto tx = r.db().begin(TxMode::kRead);
    auto gy = storage::ScoringStore(*tx).group_year(c.pid("gid"), static_cast<int>(c.pid("year")));
    reader_check(r, c)(*tx, {"group_year", gy.id});
    auto row = tx->query("SELECT sections FROM report_outlines WHERE group_year_id = $1", {gy.id});
    json sections = row.empty() ? json::parse(embedded_data("report-outline.json"))["sections"]
                                : json::parse(storage::RowRef(row, 0).str("sections"));
    return ok(200, {{"group_year_id", gy.id}, {"own", !row.empty()}, {"sections", sections}});
  });
  r.add("PUT", "/api/v1/groups/{gid}/years/{year}/report-outline", Access::write_from_owner(access::Resource::kScores, "gid", "group_year"), [&r](Ctx& c) {
    json j = parse_body(c);
    auto tx = r.db().begin(TxMode::kWrite);
    auto gy = storage::ScoringStore(*tx).group_year(c.pid("gid"), static_cast<int>(c.pid("year")));
    require_group_writer(*tx, r, c, gy);
    if (!j.contains("sections") || !j["sections"].is_array() || j["sections"].empty() || j["sections"].size() > 40)
      throw Error::Invalid("sections phải là danh sách 1–40 mục", "sections");
    json clean = json::array();
    std::set<std::string> ids;
    for (size_t i = 0; i < j["sections"].size(); ++i) {
      auto& s = j["sections"][i];
      std::string f = "sections[" + std::to_string(i) + "]";
      if (!s.is_object()) throw Error::Invalid(f + " phải là đối tượng", f);
      std::string id = text_field(s, "id", 60, true), heading = text_field(s, "heading", 300, true);
      if (!ids.insert(id).second) throw Error::Invalid(f + ".id trùng: " + id, f + ".id");
      json fig = s.contains("figures") ? s["figures"] : json();
      if (!fig.is_null() && fig != "indicators" && fig != "ranking")
        throw Error::Invalid(f + ".figures phải là null, \"indicators\" hoặc \"ranking\"", f + ".figures");
      clean.push_back({{"id", id}, {"heading", heading}, {"guidance", text_field(s, "guidance", 2000, false)}, {"figures", fig}});
    }
    if (tx->query("SELECT 1 FROM report_outlines WHERE group_year_id = $1", {gy.id}).empty())
      tx->query("INSERT INTO report_outlines (group_year_id, sections, updated_at) VALUES ($1, $2, $3)", {gy.id, clean.dump(), storage::now_iso()});
    else
      tx->query("UPDATE report_outlines SET sections = $2, updated_at = $3 WHERE group_year_id = $1", {gy.id, clean.dump(), storage::now_iso()});
    r.audit(*tx, c, "report_outline.put", "group_year", gy.id, gy.organiser_unit_id, nullptr, clean);
    tx->commit();
    return ok(200, {{"group_year_id", gy.id}, {"own", true}, {"sections", clean}});
  });

  // ---- review reports ----
  r.add("GET", "/api/v1/groups/{gid}/years/{year}/review-reports", Access::read_from_owner("gid", "group_year"), [&r](Ctx& c) {
    auto tx = r.db().begin(TxMode::kRead);
    auto gy = storage::ScoringStore(*tx).group_year(c.pid("gid"), static_cast<int>(c.pid("year")));
    reader_check(r, c)(*tx, {"group_year", gy.id});
    auto rows = tx->query(
        "SELECT r.id, r.kind, r.title, r.created_at, (SELECT MAX(version) FROM review_report_versions v WHERE v.report_id = r.id) AS version "
        "FROM review_reports r WHERE r.group_year_id = $1 ORDER BY r.id",
        {gy.id});
    json items = json::array();
    for (size_t i = 0; i < rows.size(); ++i) {
      storage::RowRef x(rows, i);
      items.push_back({{"id", x.i64("id")}, {"kind", x.str("kind")}, {"kind_label", x.str("kind") == "final" ? "Tổng kết" : "Sơ kết"},
                       {"title", x.str("title")}, {"version", x.i64("version")}, {"created_at", x.str("created_at")}});
    }
    return ok(200, {{"items", items}, {"total", items.size()}});
  });
  r.add("POST", "/api/v1/groups/{gid}/years/{year}/review-reports", Access::write_from_owner(access::Resource::kScores, "gid", "group_year"), [&r, board](Ctx& c) {
    json j = parse_body(c);
    auto tx = r.db().begin(TxMode::kWrite);
    int year = static_cast<int>(c.pid("year"));
    auto gy = storage::ScoringStore(*tx).group_year(c.pid("gid"), year);
    require_group_writer(*tx, r, c, gy);
    std::string kind = text_field(j, "kind", 10, true);
    if (kind != "interim" && kind != "final") throw Error::Invalid("kind phải là interim (sơ kết) hoặc final (tổng kết)", "kind");
    std::optional<std::string> period;
    if (j.contains("period") && !j["period"].is_null()) period = j["period"].dump();
    auto p = scoring_period(year, period);  // refuses a period the group-year cannot be scored over
    std::string title = text_field(j, "title", 300, false);
    if (title.empty())
      title = std::string(kind == "final" ? "Tổng kết" : "Sơ kết") + " phong trào thi đua " + p.label() + " của " + gy.group_name;
    int64_t id = tx->query_id("INSERT INTO review_reports (group_year_id, kind, period, title, created_at) VALUES ($1,$2,$3,$4,$5) RETURNING id",
                              {gy.id, kind, p.to_json().dump(), title, storage::now_iso()});
    tx->query("INSERT INTO review_report_versions (report_id, version, narrative, author_user_id, created_at) VALUES ($1, 1, '{}', $2, $3)",
              {id, c.me().user.id, storage::now_iso()});
    r.audit(*tx, c, "review_report.create", "review_report", id, gy.organiser_unit_id, nullptr, {{"kind", kind}, {"title", title}});
    json out = review_report_json(*tx, *board, id, std::nullopt);
    tx->commit();
    return ok(201, out);
  });
  r.add("GET", "/api/v1/review-reports/{id}", Access::read_from_owner("id", "review_report"), [&r, board](Ctx& c) {
    auto tx = r.db().begin(TxMode::kRead);
    auto row = tx->query("SELECT group_year_id FROM review_reports WHERE id = $1", {c.pid()});
    if (row.empty()) throw Error::NotFound("Không tìm thấy báo cáo sơ kết, tổng kết");
    reader_check(r, c)(*tx, {"group_year", storage::RowRef(row, 0).i64("group_year_id")});
    std::optional<int> version;
    if (auto v = c.query_id("version")) version = static_cast<int>(*v);
    return ok(200, review_report_json(*tx, *board, c.pid(), version));
  });
  // A new version of the narrative: {"narrative": {"section_id": "text", …}}; sections left out keep their text.
  r.add("POST", "/api/v1/review-reports/{id}/versions", Access::write_from_owner(access::Resource::kScores, "id", "review_report"), [&r, board](Ctx& c) {
    json j = parse_body(c);
    auto tx = r.db().begin(TxMode::kWrite);
    auto row = tx->query("SELECT group_year_id FROM review_reports WHERE id = $1", {c.pid()});
    if (row.empty()) throw Error::NotFound("Không tìm thấy báo cáo sơ kết, tổng kết");
    int64_t gy_id = storage::RowRef(row, 0).i64("group_year_id");
    auto gy = storage::ScoringStore(*tx).group_year(gy_id);
    require_group_writer(*tx, r, c, gy);
    if (!j.contains("narrative") || !j["narrative"].is_object()) throw Error::Invalid("Thiếu narrative (đối tượng: mục → nội dung)", "narrative");
    json current = review_report_json(*tx, *board, c.pid(), std::nullopt);
    json narrative = json::object();
    std::set<std::string> ids;
    for (auto& s : current["sections"]) {
      ids.insert(s["id"].get<std::string>());
      if (!s["text"].get<std::string>().empty()) narrative[s["id"].get<std::string>()] = s["text"];
    }
    for (auto& [k, v] : j["narrative"].items()) {
      if (!ids.count(k)) throw Error::Invalid("Đề cương không có mục " + k, "narrative." + k);
      if (!v.is_string()) throw Error::Invalid("Nội dung mục " + k + " phải là chuỗi", "narrative." + k);
      std::string t = text::to_nfc(v.get<std::string>());
      if (t.size() > 200000) throw Error::Invalid("Nội dung mục " + k + " quá dài", "narrative." + k);
      narrative[k] = t;
    }
    int next = static_cast<int>(current["versions"].size()) + 1;
    tx->query("INSERT INTO review_report_versions (report_id, version, narrative, author_user_id, created_at) VALUES ($1,$2,$3,$4,$5)",
              {c.pid(), int64_t(next), narrative.dump(), c.me().user.id, storage::now_iso()});
    r.audit(*tx, c, "review_report.version", "review_report", c.pid(), gy.organiser_unit_id, nullptr, {{"version", next}});
    json out = review_report_json(*tx, *board, c.pid(), std::nullopt);
    tx->commit();
    return ok(201, out);
  });
}

}  // namespace thidua::api
