// Periodic reports (báo cáo định kỳ): a unit enters its indicator values and evidence for a
// period, submits; the level above returns it with a reason or accepts it, and locks the period.
#include <nlohmann/json.hpp>

#include "api/context.h"
#include "api/input.h"
#include "api/app.h"
#include "api/uploads.h"
#include "core/audit.h"
#include "core/error.h"
#include "core/report_workflow.h"
#include "scoring/indicator.h"
#include "scoring/period.h"
#include "storage/accounts.h"
#include "storage/registry.h"
#include "storage/reports.h"

namespace thidua::api {

using nlohmann::json;
using storage::TxMode;

namespace {


storage::StoredPeriod stored(const json& period_json) {
  scoring::Period p = scoring::Period::from_json(period_json);
  json j = p.to_json();
  return {p.key(), j.dump(), p.start(), p.end()};
}

json to_json(const storage::Report& r) {
  return {{"id", r.id},
          {"unit_id", r.unit_id},
          {"unit_name", r.unit_name},
          {"period", json::parse(r.period.json)},
          {"period_key", r.period.key},
          {"status", r.status},
          {"values", json::parse(r.values_json)},
          {"narrative", r.narrative},
          {"version", r.version},
          {"late", r.late},
          {"return_reason", r.return_reason ? json(*r.return_reason) : json()},
          {"submitted_at", r.submitted_at ? json(*r.submitted_at) : json()},
          {"updated_at", r.updated_at}};
}

json to_json(const storage::Evidence& e) {
  return {{"id", e.id},       {"filename", e.filename}, {"content_type", e.content_type}, {"size", e.size},
          {"sha256", e.sha256}, {"uploaded_by", e.username}, {"at", e.at}};
}

// Validates values against the catalogue and returns them in the stored (complete) form.
std::string checked_values(const Routes& r, const json& values) {
  return scoring::IndicatorValues::from_json(r.indicators(), values).to_json().dump();
}

std::string base64_decode(const std::string& in) {
  static const std::string chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve(in.size() * 3 / 4);
  int val = 0, bits = -8;
  size_t pad = 0;
  for (char c : in) {
    if (c == '=') {
      ++pad;
      continue;
    }
    if (pad) throw Error::Invalid("Nội dung tệp (base64) không hợp lệ", "content_base64");
    auto pos = chars.find(c);
    if (pos == std::string::npos) throw Error::Invalid("Nội dung tệp (base64) không hợp lệ", "content_base64");
    val = (val << 6) + static_cast<int>(pos);
    bits += 6;
    if (bits >= 0) {
      out.push_back(static_cast<char>((val >> bits) & 0xFF));
      bits -= 8;
    }
  }
  if (pad > 2) throw Error::Invalid("Nội dung tệp (base64) không hợp lệ", "content_base64");
  return out;
}


storage::Actor actor(const Ctx& c) { return {c.me().user.id, c.me().user.username}; }

// Who may take a workflow step: the unit itself submits; a level above it returns, accepts, locks.
void require_actor(storage::Tx& tx, const Routes& r, const Ctx& c, const storage::Report& rep,
                   reports::Actor by) {
  r.require_write(c, access::Resource::kReports);
  r.require_scope(tx, c, rep.unit_id, true);
  if (by == reports::Actor::kReceivingLevel) {
    bool above = c.me().user.unit_id != rep.unit_id;
    bool may = c.me().role == access::Role::kAdmin || c.me().role == access::Role::kOfficer;
    if (!above || !may)
      throw Error::Forbidden("Chỉ cán bộ thi đua của cấp trên được tiếp nhận, trả lại hoặc khóa báo cáo");
  }
}

}  // namespace

void register_report_routes(Routes& r) {
  r.add("GET", "/api/v1/indicators", Access::public_(), [&r](Ctx&) { return ok(200, r.indicators().to_json()); });

  r.add("GET", "/api/v1/reports", Access::read_list(), [&r](Ctx& c) {
    storage::ReportQuery q;
    q.unit_id = c.query_id("unit_id");
    q.status = c.query_str("status", 20);
    if (auto p = c.query_str("period", 300)) {
      json pj = parse_strict_json(*p);
      q.period_key = stored(pj).key;
    }
    if (auto y = c.query_str("year", 4)) {
      auto from = Date::parse_iso(*y + "-01-01");
      if (!from) throw Error::Invalid("Năm không hợp lệ", "year");
      q.from = *from;
      q.to = *Date::parse_iso(*y + "-12-31");
    }
    q.scope_root = c.scope_root();
    Page p = c.page();
    q.limit = p.limit;
    q.offset = p.offset;
    auto tx = r.db().begin(TxMode::kRead);
    if (q.unit_id) r.require_scope(*tx, c, *q.unit_id, false);
    int64_t total = 0;
    json items = json::array();
    for (auto& rep : storage::ReportRepository(*tx).search(q, &total)) items.push_back(to_json(rep));
    return ok(200, json{{"items", items}, {"total", total}});
  });

  r.add("GET", "/api/v1/reports/{id}", Access::read_from_owner("id", "report"), [&r](Ctx& c) {
    auto tx = r.db().begin(TxMode::kRead);
    storage::ReportRepository reps(*tx);
    storage::Report rep = reps.get(c.pid());
    r.require_scope(*tx, c, rep.unit_id, false);
    json j = to_json(rep);
    json revs = json::array(), ev = json::array();
    for (auto& v : reps.revisions(rep.id))
      revs.push_back({{"version", v.version}, {"status", v.status}, {"values", json::parse(v.values_json)},
                      {"narrative", v.narrative}, {"by", v.username}, {"at", v.at},
                      {"reason", v.reason ? json(*v.reason) : json()}});
    for (auto& e : reps.evidence(rep.id)) ev.push_back(to_json(e));
    j["revisions"] = revs;
    j["evidence"] = ev;
    j["deadline"] = [&]() -> json {
      auto d = reps.deadline_for(rep.unit_id, rep.period.key);
      return d ? json(d->iso()) : json();
    }();
    return ok(200, j);
  });

  r.add("POST", "/api/v1/reports", Access::write_unit_from_body(access::Resource::kReports, "unit_id"), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kReports);
    Input in(c.req.body, {"unit_id", "period", "values", "narrative"});
    int64_t unit = in.id("unit_id");
    // Authorisation before validation: an answer about the values or the period must not tell
    // anything about a unit outside the caller's scope.
    auto tx = r.db().begin(TxMode::kWrite);
    r.require_scope(*tx, c, unit, true);
    const storage::Unit unit_row = storage::UnitRepository(*tx).get(unit);
    storage::StoredPeriod period = stored(in.json_value("period"));
    // A period still running has no figures yet: they would be scored as if the period were over.
    if (period.end >= Date::today_vn()) {
      throw Error::Invalid("Kỳ báo cáo " + scoring::Period::from_json(json::parse(period.json)).label() +
                               " chưa kết thúc (đến hết ngày " + period.end.vn() + "): chưa thể gửi báo cáo",
                           "period");
    }
    std::string values = checked_values(r, in.json_value("values"));
    std::string narrative = in.opt_str("narrative", 20000).value_or("");
    // The audit chain's tail read with the report's checks (PostgreSQL: one round trip for both).
    storage::AuditLog(*tx).read_tail_ahead();
    storage::Report rep = storage::ReportRepository(*tx).create(unit_row, period, values, narrative, actor(c));
    json body = to_json(rep);  // the audit entry's `after` and the answer: built once
    r.audit(*tx, c, "report.create", "report", rep.id, unit, nullptr, body);
    tx->commit();
    return ok(201, body);
  });

  r.add("PATCH", "/api/v1/reports/{id}", Access::write_from_owner(access::Resource::kReports, "id", "report"), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kReports);
    Input in(c.req.body, {"values", "narrative", "reason"});
    auto reason = in.opt_str("reason", 1000);
    auto tx = r.db().begin(TxMode::kWrite);
    storage::ReportRepository reps(*tx);
    storage::Report before = reps.get(c.pid());
    r.require_scope(*tx, c, before.unit_id, true);
    std::string values = in.opt_json("values") ? checked_values(r, in.json_value("values")) : before.values_json;
    std::string narrative = in.opt_str("narrative", 20000).value_or(before.narrative);
    storage::Report after = reps.update(before.id, values, narrative, reason, actor(c));
    json body = to_json(after);
    r.audit(*tx, c, "report.update", "report", after.id, after.unit_id, to_json(before), body);
    tx->commit();
    return ok(200, body);
  });

  for (const char* action : {"submit", "return", "accept"}) {
    std::string path = std::string("/api/v1/reports/{id}/") + action;
    r.add("POST", path.c_str(), Access::write_from_owner(access::Resource::kReports, "id", "report"), [&r, action](Ctx& c) {
      Input in(c.req.body.empty() ? std::string("{}") : c.req.body, {"reason"});
      auto reason = in.opt_str("reason", 1000);
      auto tx = r.db().begin(TxMode::kWrite);
      storage::ReportRepository reps(*tx);
      storage::Report before = reps.get(c.pid());
      r.require_scope(*tx, c, before.unit_id, false);
      const reports::Step& step = reports::step_for(before.status, action);
      require_actor(*tx, r, c, before, step.by);
      if (step.needs_reason && !reason) throw Error::Invalid("Cần nêu lý do trả lại báo cáo", "reason");
      // A submission checks locks and deadlines by a statement of its own: the audit chain's tail
      // read with it (PostgreSQL: one round trip for both).
      if (std::string_view(step.to) == "submitted") storage::AuditLog(*tx).read_tail_ahead();
      storage::Report after = reps.set_status(before, step.to, reason, actor(c), Date::today_vn());
      json body = to_json(after);  // the audit entry's `after` and the answer: built once
      r.audit(*tx, c, std::string("report.") + action, "report", after.id, after.unit_id, to_json(before), body);
      tx->commit();
      return ok(200, body);
    });
  }

  r.add("POST", "/api/v1/reports/{id}/evidence", Access::write_from_owner(access::Resource::kReports, "id", "report"), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kReports);
    Input in(c.req.body, {"filename", "content_type", "content_base64"});
    std::string filename = in.str("filename", 200);
    if (filename.find('/') != std::string::npos || filename.find('\\') != std::string::npos)
      throw Error::Invalid("Tên tệp không được chứa dấu / hoặc \\", "filename");
    std::string type = in.str("content_type", 120);
    UploadLimits limits = upload_limits();
    std::string bytes = base64_decode(in.str("content_base64", (limits.file_bytes + (1u << 20)) * 4 / 3));
    if (bytes.empty()) throw Error::Invalid("Tệp rỗng", "content_base64");
    if (bytes.size() > limits.file_bytes)
      throw Error::Invalid("Tệp vượt quá " + std::to_string(limits.file_bytes >> 20) + " MB", "content_base64");
    check_file_content(type, bytes);
    // Scope before the scan and the per-report total: nothing about another unit's report.
    {
      auto rtx = r.db().begin(TxMode::kRead);
      r.require_scope(*rtx, c, storage::ReportRepository(*rtx).get(c.pid()).unit_id, true);
    }
    if (auto refused = scan_upload(bytes)) return error_response(422, "rejected_by_scan", *refused, "content_base64");
    std::string sha = audit::sha256_hex(bytes);
    auto tx = r.db().begin(TxMode::kWrite);
    storage::ReportRepository reps(*tx);
    storage::Report rep = reps.get(c.pid());
    r.require_scope(*tx, c, rep.unit_id, true);
    size_t total = bytes.size();
    for (const auto& e : reps.evidence(rep.id)) total += static_cast<size_t>(e.size);
    if (total > limits.report_bytes)
      throw Error::Invalid("Tổng dung lượng tệp minh chứng của một báo cáo không được vượt quá " +
                               std::to_string(limits.report_bytes >> 20) + " MB",
                           "content_base64");
    storage::Evidence e = reps.add_evidence(rep.id, filename, type, bytes, sha, actor(c));
    r.audit(*tx, c, "report.evidence", "report", rep.id, rep.unit_id, nullptr, to_json(e));
    tx->commit();
    return ok(201, to_json(e));
  });

  r.add("GET", "/api/v1/reports/{id}/evidence/{eid}", Access::read_from_owner("id", "report"), [&r](Ctx& c) {
    auto tx = r.db().begin(TxMode::kRead);
    storage::ReportRepository reps(*tx);
    storage::Report rep = reps.get(c.pid());
    r.require_scope(*tx, c, rep.unit_id, false);
    auto e = reps.get_evidence(rep.id, c.pid("eid"));
    if (!e) throw Error::NotFound("Không tìm thấy tệp");
    http::Response res{200, e->content_type, {}, std::move(e->content)};
    res.headers.push_back({"Content-Disposition", "attachment; filename=\"evidence-" + std::to_string(e->id) + "." +
                                                      extension_for(e->content_type) + "\""});
    res.headers.push_back({"Content-Security-Policy", "sandbox"});
    res.headers.push_back({"X-Checksum-SHA256", e->sha256});
    return res;
  });

  r.add("POST", "/api/v1/report-deadlines", Access::write_unit_from_body(access::Resource::kReports, "organiser_unit_id").only({access::Role::kAdmin, access::Role::kOfficer}), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kReports);
    if (c.me().role == access::Role::kReporter) throw Error::Forbidden("Chỉ cán bộ thi đua được đặt hạn nộp báo cáo");
    Input in(c.req.body, {"organiser_unit_id", "period", "deadline"});
    int64_t org = in.id("organiser_unit_id");
    storage::StoredPeriod p = stored(in.json_value("period"));
    Date deadline = in.date("deadline");
    auto tx = r.db().begin(TxMode::kWrite);
    r.require_scope(*tx, c, org, true);
    storage::UnitRepository(*tx).get(org);  // 404, not the database's foreign-key error
    storage::ReportRepository(*tx).set_deadline(org, p, deadline);
    json after = {{"organiser_unit_id", org}, {"period", json::parse(p.json)}, {"deadline", deadline.iso()}};
    r.audit(*tx, c, "report.deadline", "report_deadline", std::nullopt, org, nullptr, after);
    tx->commit();
    return ok(201, after);
  });

  r.add("POST", "/api/v1/report-locks", Access::write_unit_from_body(access::Resource::kReports, "organiser_unit_id").only({access::Role::kAdmin, access::Role::kOfficer}), [&r](Ctx& c) {
    r.require_write(c, access::Resource::kReports);
    if (c.me().role == access::Role::kReporter) throw Error::Forbidden("Chỉ cán bộ thi đua được khóa kỳ báo cáo");
    Input in(c.req.body, {"organiser_unit_id", "period"});
    int64_t org = in.id("organiser_unit_id");
    storage::StoredPeriod p = stored(in.json_value("period"));
    auto tx = r.db().begin(TxMode::kWrite);
    r.require_scope(*tx, c, org, true);
    storage::UnitRepository(*tx).get(org);  // 404, not the database's foreign-key error
    int n = storage::ReportRepository(*tx).lock_period(org, p, actor(c));
    json after = {{"organiser_unit_id", org}, {"period", json::parse(p.json)}, {"locked_reports", n}};
    r.audit(*tx, c, "report.lock_period", "report_lock", std::nullopt, org, nullptr, after);
    tx->commit();
    return ok(201, after);
  });

  // Who has and has not submitted for a period (đơn vị chưa nộp báo cáo).
  r.add("GET", "/api/v1/reports/status", Access::read_unit_from_query("organiser_unit_id"), [&r](Ctx& c) {
    auto org = c.query_id("organiser_unit_id");
    auto period = c.query_str("period", 300);
    if (!org || !period) throw Error::Invalid("Cần organiser_unit_id và period", "period");
    storage::StoredPeriod p = stored(parse_strict_json(*period));
    auto tx = r.db().begin(TxMode::kRead);
    r.require_scope(*tx, c, *org, false);
    storage::ReportRepository reps(*tx);
    json items = json::array();
    int submitted = 0;
    for (auto& s : reps.submission_status(*org, p)) {
      bool in = s.status != "missing" && s.status != "draft";
      submitted += in;
      items.push_back({{"unit_id", s.unit_id}, {"unit_name", s.unit_name}, {"status", s.status},
                       {"report_id", s.report_id ? json(*s.report_id) : json()}, {"late", s.late}});
    }
    auto d = reps.deadline_for(*org, p.key);
    return ok(200, json{{"items", items},
                        {"total", items.size()},
                        {"submitted", submitted},
                        {"deadline", d ? json(d->iso()) : json()},
                        {"period", json::parse(p.json)}});
  });
}

}  // namespace thidua::api
