#include "storage/reports.h"
#include "storage/score_versions.h"

#include <map>
#include <set>

#include "core/error.h"
#include "core/report_workflow.h"
#include "storage/registry.h"
#include "storage/row_reader.h"

namespace thidua::storage {
namespace {

constexpr const char* kSelect =
    "SELECT r.id, r.unit_id, u.name AS unit_name, r.period_key, r.period_json, r.period_start, r.period_end, "
    "r.status, r.values_json, r.narrative, r.version, r.late, r.return_reason, r.submitted_at, r.created_at, "
    "r.updated_at FROM reports r JOIN units u ON u.id = r.unit_id ";

Report read(const Result& res, size_t i) {
  RowRef row(res, i);
  Report r;
  r.id = row.i64("id");
  r.unit_id = row.i64("unit_id");
  r.unit_name = row.str("unit_name");
  r.period = {row.str("period_key"), row.str("period_json"), *Date::parse_iso(row.str("period_start")),
              *Date::parse_iso(row.str("period_end"))};
  r.status = row.str("status");
  r.values_json = row.str("values_json");
  r.narrative = row.str("narrative");
  r.version = static_cast<int>(row.i64("version"));
  r.late = row.i64("late") != 0;
  r.return_reason = row.opt_str("return_reason");
  r.submitted_at = row.opt_str("submitted_at");
  r.created_at = row.str("created_at");
  r.updated_at = row.str("updated_at");
  return r;
}

}  // namespace

std::optional<Report> ReportRepository::find(int64_t id) {
  Result r = tx_.query(std::string(kSelect) + "WHERE r.id = $1", {id});
  if (r.empty()) return std::nullopt;
  return read(r, 0);
}

Report ReportRepository::get(int64_t id) {
  auto r = find(id);
  if (!r) throw Error::NotFound("Không tìm thấy báo cáo #" + std::to_string(id));
  return *r;
}

std::vector<Report> ReportRepository::search(const ReportQuery& q, int64_t* total) {
  std::string cte, where = " WHERE 1=1";
  Params params;
  if (q.scope_root) {
    params.push_back(*q.scope_root);
    cte = UnitRepository::scope_cte(1);
    where += " AND r.unit_id IN (SELECT id FROM scope)";
  }
  auto add = [&](const std::string& cond, Param v) {
    params.push_back(std::move(v));
    where += " AND " + cond + std::to_string(params.size());
  };
  if (q.unit_id) add("r.unit_id = $", *q.unit_id);
  if (q.period_key) add("r.period_key = $", *q.period_key);
  if (q.status) add("r.status = $", *q.status);
  if (q.from) add("r.period_start >= $", q.from->iso());
  if (q.to) add("r.period_end <= $", q.to->iso());
  Result res = tx_.query_page(cte + "SELECT COUNT(*) FROM reports r" + where, cte + kSelect + where,
                              "r.period_start DESC, u.name_sort, r.id", params, q.limit, q.offset, total);
  std::vector<Report> out;
  for (size_t i = 0; i < res.size(); ++i) out.push_back(read(res, i));
  return out;
}

Report ReportRepository::create(int64_t unit_id, const StoredPeriod& p, const std::string& values_json,
                                const std::string& narrative, const Actor& by) {
  return get(put_many({{unit_id, p, values_json, narrative}}, false, by, Date::today_vn()).front());
}

namespace {

// The unit ($1) and the levels above it (parents, and successors after a merge), as
// UnitRepository::ancestors walks them, for a statement that follows.
constexpr const char* kChainCte =
    "WITH RECURSIVE up(id) AS (SELECT CAST($1 AS BIGINT) UNION SELECT p.id FROM up JOIN units u ON u.id = up.id "
    "JOIN units p ON (p.id = u.parent_id OR p.id = u.successor_id)) ";

}  // namespace

Report ReportRepository::create(const Unit& unit, const StoredPeriod& p, const std::string& values_json,
                                const std::string& narrative, const Actor& by) {
  // put_many's checks for a batch of one, in its order and with its answers.
  if (unit.validity.to && *unit.validity.to < p.start)
    throw Error::Invalid("Đơn vị " + unit.name + " đã hết hiệu lực trước kỳ báo cáo", "unit_id");
  if (p.start < unit.validity.from) throw Error::Invalid("Kỳ báo cáo bắt đầu trước khi đơn vị được thành lập", "period");
  // The checks and the draft in one pipeline on PostgreSQL (one round trip): the draft is written
  // whatever the checks answer, and a refusal rolls it back with the transaction; a report of the
  // period already there (or written meanwhile by another) leaves no row and is refused as such.
  Result seen;
  tx_.defer(std::string(kChainCte) +
                "SELECT (SELECT COUNT(*) FROM report_locks WHERE period_key = $2 AND organiser_unit_id IN "
                "(SELECT id FROM up)), (SELECT COUNT(*) FROM reports WHERE unit_id = $1 AND period_key = $2)",
            {unit.id, p.key}, [&seen](const Result& res) { seen = res; });
  Report r;
  r.created_at = r.updated_at = now_iso();
  Result made = tx_.query(
      "INSERT INTO reports (unit_id, period_key, period_json, period_start, period_end, values_json, narrative, "
      "status, version, created_at, submitted_at, updated_at, late) VALUES ($1, $2, $3, $4, $5, $6, $7, 'draft', 1, $8, "
      "NULL, $8, 0) ON CONFLICT (unit_id, period_key) DO NOTHING RETURNING id",
      {unit.id, p.key, p.json, p.start.iso(), p.end.iso(), values_json, narrative, r.created_at});
  if (std::stoll(*seen.rows.at(0).at(0)) > 0) throw Error::Conflict("Kỳ báo cáo này đã khóa, không thể thêm báo cáo");
  if (std::stoll(*seen.rows.at(0).at(1)) > 0 || made.empty())
    throw Error::Conflict("Đơn vị đã có báo cáo cho kỳ này; hãy sửa báo cáo đó");
  r.id = std::stoll(*made.rows.at(0).at(0));
  tx_.defer(
      "INSERT INTO report_revisions (report_id, version, status, values_json, narrative, user_id, username, reason, "
      "at) VALUES ($1, 1, 'draft', $2, $3, $4, $5, NULL, $6)",
      {r.id, values_json, narrative, opt_param(by.user_id), by.username, r.created_at});
  r.unit_id = unit.id;
  r.unit_name = unit.name;
  r.period = p;
  r.status = "draft";
  r.values_json = values_json;
  r.narrative = narrative;
  r.version = 1;
  return r;
}

namespace {

constexpr size_t kChunk = 200;  // rows a multi-row statement (a few thousand placeholders)

// "$from, $from+1, …" for n placeholders.
std::string placeholders(size_t from, size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) s += (i ? ", $" : "$") + std::to_string(from + i);
  return s;
}

// The organisers of each period (of `keys`) in a table of report_locks / report_deadlines, with
// the second column's value.
std::map<std::string, std::map<int64_t, std::string>> by_period(Tx& tx, const char* table, const char* column,
                                                               const std::vector<std::string>& keys) {
  std::map<std::string, std::map<int64_t, std::string>> out;
  for (size_t from = 0; from < keys.size(); from += kChunk) {
    size_t n = std::min(kChunk, keys.size() - from);
    Params params(keys.begin() + static_cast<std::ptrdiff_t>(from), keys.begin() + static_cast<std::ptrdiff_t>(from + n));
    Result r = tx.query(std::string("SELECT organiser_unit_id, period_key, ") + column + " FROM " + table +
                            " WHERE period_key IN (" + placeholders(1, n) + ")",
                        params);
    for (auto& row : r.rows) out[*row[1]][std::stoll(*row[0])] = row[2].value_or("");
  }
  return out;
}

}  // namespace

std::vector<int64_t> ReportRepository::put_many(const std::vector<NewReport>& batch, bool submit, const Actor& by,
                                                Date today) {
  if (batch.empty()) return {};
  // What the checks need, read in a few statements: the units, the locks and deadlines of the
  // batch's periods, the reports the units already have for them.
  std::vector<int64_t> unit_ids;
  std::vector<std::string> keys;
  {
    std::set<int64_t> u;
    std::set<std::string> k;
    for (auto& r : batch) u.insert(r.unit_id), k.insert(r.period.key);
    unit_ids.assign(u.begin(), u.end());
    keys.assign(k.begin(), k.end());
  }
  UnitRepository unit_repo(tx_);
  const std::map<int64_t, Unit> units = unit_repo.find_many(unit_ids);
  const auto locks = by_period(tx_, "report_locks", "locked_at", keys);
  const auto deadlines = submit ? by_period(tx_, "report_deadlines", "deadline", keys)
                                : std::map<std::string, std::map<int64_t, std::string>>{};
  std::map<int64_t, std::vector<int64_t>> chains;  // a unit and the levels above it, read when needed
  auto chain = [&](int64_t unit) -> const std::vector<int64_t>& {
    auto it = chains.find(unit);
    if (it == chains.end()) it = chains.emplace(unit, unit_repo.ancestors(unit)).first;
    return it->second;
  };
  std::set<std::pair<int64_t, std::string>> taken;
  for (size_t from = 0; from < unit_ids.size(); from += kChunk) {
    for (size_t kf = 0; kf < keys.size(); kf += kChunk) {
      size_t n = std::min(kChunk, unit_ids.size() - from), m = std::min(kChunk, keys.size() - kf);
      Params params(unit_ids.begin() + static_cast<std::ptrdiff_t>(from),
                    unit_ids.begin() + static_cast<std::ptrdiff_t>(from + n));
      params.insert(params.end(), keys.begin() + static_cast<std::ptrdiff_t>(kf),
                    keys.begin() + static_cast<std::ptrdiff_t>(kf + m));
      Result r = tx_.query("SELECT unit_id, period_key FROM reports WHERE unit_id IN (" + placeholders(1, n) +
                               ") AND period_key IN (" + placeholders(n + 1, m) + ")",
                           params);
      for (auto& row : r.rows) taken.emplace(std::stoll(*row[0]), *row[1]);
    }
  }

  // Every report checked, in the batch's order, before anything is written.
  std::vector<int64_t> late(batch.size(), 0);
  for (size_t i = 0; i < batch.size(); ++i) {
    const NewReport& r = batch[i];
    try {
      auto u = units.find(r.unit_id);
      if (u == units.end()) throw Error::NotFound("Không tìm thấy đơn vị #" + std::to_string(r.unit_id));
      const Unit& unit = u->second;
      if (unit.validity.to && *unit.validity.to < r.period.start)
        throw Error::Invalid("Đơn vị " + unit.name + " đã hết hiệu lực trước kỳ báo cáo", "unit_id");
      if (r.period.start < unit.validity.from)
        throw Error::Invalid("Kỳ báo cáo bắt đầu trước khi đơn vị được thành lập", "period");
      if (auto l = locks.find(r.period.key); l != locks.end())
        for (int64_t a : chain(r.unit_id))
          if (l->second.count(a)) throw Error::Conflict("Kỳ báo cáo này đã khóa, không thể thêm báo cáo");
      if (!taken.emplace(r.unit_id, r.period.key).second)
        throw Error::Conflict("Đơn vị đã có báo cáo cho kỳ này; hãy sửa báo cáo đó");
      if (auto d = deadlines.find(r.period.key); d != deadlines.end()) {
        std::optional<Date> best;
        for (int64_t a : chain(r.unit_id))
          if (auto it = d->second.find(a); it != d->second.end()) {
            Date day = *Date::parse_iso(it->second);
            if (!best || day < *best) best = day;
          }
        late[i] = best && today > *best ? 1 : 0;
      }
    } catch (const Error& e) {
      if (batch.size() == 1) throw;
      auto u = units.find(r.unit_id);
      throw Error(e.code(),
                  "Báo cáo thứ " + std::to_string(i + 1) + " (" +
                      (u == units.end() ? "đơn vị #" + std::to_string(r.unit_id) : u->second.name) + ", kỳ " +
                      r.period.start.vn() + "–" + r.period.end.vn() + "): " + e.what() + "; không lưu báo cáo nào",
                  e.field());
    }
  }

  // The writes: the reports, then their revisions (the draft's, and the submission's), then the
  // units' score versions.
  const std::string now = now_iso();
  std::map<std::pair<int64_t, std::string>, int64_t> made;
  for (size_t from = 0; from < batch.size(); from += kChunk) {
    size_t n = std::min(kChunk, batch.size() - from);
    Params params{now, std::string(submit ? "submitted" : "draft"), submit ? Param(now) : Param(nullptr)};
    std::string rows;
    for (size_t i = 0; i < n; ++i) {
      const NewReport& r = batch[from + i];
      size_t b = params.size() + 1;
      rows += (i ? ", ($" : "($") + std::to_string(b) + ", " + placeholders(b + 1, 6) + ", $2, 1, $1, $3, $1, $" +
              std::to_string(b + 7) + ")";
      params.insert(params.end(), {r.unit_id, r.period.key, r.period.json, r.period.start.iso(), r.period.end.iso(),
                                   r.values_json, r.narrative, late[from + i]});
    }
    Result res = tx_.query(
        "INSERT INTO reports (unit_id, period_key, period_json, period_start, period_end, values_json, narrative, "
        "status, version, created_at, submitted_at, updated_at, late) VALUES " +
            rows + " RETURNING id, unit_id, period_key",
        params);
    for (auto& row : res.rows) made[{std::stoll(*row[1]), *row[2]}] = std::stoll(*row[0]);
  }
  std::vector<int64_t> ids;
  ids.reserve(batch.size());
  for (auto& r : batch) ids.push_back(made.at({r.unit_id, r.period.key}));

  const size_t per_report = submit ? 2 : 1;
  const size_t revisions = batch.size() * per_report;
  for (size_t from = 0; from < revisions; from += kChunk) {
    size_t n = std::min(kChunk, revisions - from);
    Params params{now, opt_param(by.user_id), by.username};
    std::string rows;
    for (size_t k = from; k < from + n; ++k) {
      size_t i = k / per_report;
      const char* status = k % per_report == 1 ? "submitted" : "draft";
      size_t b = params.size() + 1;
      rows += std::string(k > from ? ", ($" : "($") + std::to_string(b) + ", 1, $" + std::to_string(b + 1) + ", $" +
              std::to_string(b + 2) + ", $" + std::to_string(b + 3) + ", $2, $3, NULL, $1)";
      params.insert(params.end(), {ids[i], std::string(status), batch[i].values_json, batch[i].narrative});
    }
    tx_.query(
        "INSERT INTO report_revisions (report_id, version, status, values_json, narrative, user_id, username, "
        "reason, at) VALUES " + rows,
        params);
  }
  if (submit) bump_units_reports(tx_, unit_ids);  // scores held in memory re-read these units' reports
  return ids;
}

Report ReportRepository::update(int64_t id, const std::string& values_json, const std::string& narrative,
                                const std::optional<std::string>& reason, const Actor& by) {
  Report r = get(id);
  if (!reports::editable(r.status))
    throw Error::Conflict(std::string("Báo cáo đang ở trạng thái ") + reports::status_label(r.status) +
                          ", không thể sửa");
  if (period_locked(r.unit_id, r.period.key)) throw Error::Conflict("Kỳ báo cáo này đã khóa");
  std::string now = now_iso();
  tx_.query("UPDATE reports SET values_json = $1, narrative = $2, version = version + 1, updated_at = $3 WHERE id = $4",
            {values_json, narrative, now, id});
  tx_.query(
      "INSERT INTO report_revisions (report_id, version, status, values_json, narrative, user_id, username, reason, "
      "at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
      {id, int64_t{r.version + 1}, r.status, values_json, narrative, opt_param(by.user_id), by.username, opt_param(reason), now});
  bump_unit_reports(tx_, r.unit_id);  // scores held in memory re-read this unit's reports
  return get(id);
}

Report ReportRepository::set_status(int64_t id, const std::string& to, const std::optional<std::string>& reason,
                                    const Actor& by, Date today) {
  return set_status(get(id), to, reason, by, today);
}

Report ReportRepository::set_status(const Report& before, const std::string& to, const std::optional<std::string>& reason,
                                    const Actor& by, Date today) {
  Report r = before;
  const std::string now = now_iso();
  std::shared_ptr<WrittenReport> handed;
  if (to == "submitted") {
    // Whether a level at or above the unit locked the period, and its earliest deadline (as
    // period_locked() and deadline_for() answer them), in one statement.
    Result chain = tx_.query(std::string(kChainCte) +
                                 "SELECT (SELECT COUNT(*) FROM report_locks WHERE period_key = $2 AND organiser_unit_id "
                                 "IN (SELECT id FROM up)), (SELECT MIN(deadline) FROM report_deadlines WHERE period_key "
                                 "= $2 AND organiser_unit_id IN (SELECT id FROM up))",
                             {r.unit_id, r.period.key});
    if (std::stoll(*chain.rows.at(0).at(0)) > 0) throw Error::Conflict("Kỳ báo cáo này đã khóa");
    const auto& deadline = chain.rows.at(0).at(1);
    r.late = deadline && today > *Date::parse_iso(*deadline);
    r.submitted_at = now;
    r.return_reason = std::nullopt;
    // The row as this UPDATE leaves it (under its lock: whatever another writer did before is in
    // it) handed to the score board with the unit's new reports version (bump_unit_reports).
    handed = std::make_shared<WrittenReport>();
    tx_.defer("UPDATE reports SET status = $1, late = $2, submitted_at = $3, return_reason = NULL, updated_at = $3 "
              "WHERE id = $4 RETURNING status, period_json, values_json, late",
              {to, int64_t{r.late ? 1 : 0}, now, r.id}, [handed](const Result& res) {
                if (res.size() != 1 || !res.rows[0][0] || !res.rows[0][1] || !res.rows[0][2] || !res.rows[0][3]) return;
                handed->status = *res.rows[0][0];
                handed->period_json = *res.rows[0][1];
                handed->values_json = *res.rows[0][2];
                handed->late = *res.rows[0][3] != "0" && *res.rows[0][3] != "f";  // as each_report() reads it
              });
  } else {
    r.return_reason = to == "returned" ? reason : std::nullopt;
    tx_.defer("UPDATE reports SET status = $1, return_reason = $2, updated_at = $3 WHERE id = $4",
              {to, opt_param(r.return_reason), now, r.id});
  }
  r.status = to;
  r.updated_at = now;
  tx_.defer(
      "INSERT INTO report_revisions (report_id, version, status, values_json, narrative, user_id, username, reason, "
      "at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
      {r.id, int64_t{r.version}, to, r.values_json, r.narrative, opt_param(by.user_id), by.username, opt_param(reason), now});
  // Scores held in memory re-read this unit's reports, or take the submission handed to them.
  bump_unit_reports(tx_, r.unit_id, std::move(handed));
  return r;
}

std::vector<ReportRevision> ReportRepository::revisions(int64_t id) {
  Result res = tx_.query(
      "SELECT id, version, status, values_json, narrative, username, at, reason FROM report_revisions WHERE "
      "report_id = $1 ORDER BY id",
      {id});
  std::vector<ReportRevision> out;
  for (size_t i = 0; i < res.size(); ++i) {
    RowRef row(res, i);
    out.push_back({row.i64("id"), static_cast<int>(row.i64("version")), row.str("status"), row.str("values_json"),
                   row.str("narrative"), row.str("username"), row.str("at"), row.opt_str("reason")});
  }
  return out;
}

Evidence ReportRepository::add_evidence(int64_t report_id, const std::string& filename, const std::string& content_type,
                                        const std::string& content, const std::string& sha256, const Actor& by) {
  Report r = get(report_id);
  if (!reports::editable(r.status) && r.status != "submitted")
    throw Error::Conflict("Báo cáo đã được tiếp nhận hoặc khóa, không thể thêm tài liệu");
  if (!tx_.query("SELECT 1 FROM report_evidence WHERE report_id = $1 AND sha256 = $2", {report_id, sha256}).empty())
    throw Error::Conflict("Tệp này đã được đính kèm vào báo cáo");
  std::string now = now_iso();
  int64_t id = tx_.query_id(
      "INSERT INTO report_evidence (report_id, filename, content_type, size_bytes, sha256, content, username, at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
      {report_id, filename, content_type, static_cast<int64_t>(content.size()), sha256, Bytes{content}, by.username,
       now});
  return {id, report_id, static_cast<int64_t>(content.size()), filename, content_type, sha256, by.username, now, {}};
}

std::vector<Evidence> ReportRepository::evidence(int64_t report_id) {
  Result res = tx_.query(
      "SELECT id, report_id, size_bytes, filename, content_type, sha256, username, at FROM report_evidence WHERE "
      "report_id = $1 ORDER BY id",
      {report_id});
  std::vector<Evidence> out;
  for (size_t i = 0; i < res.size(); ++i) {
    RowRef row(res, i);
    out.push_back({row.i64("id"), row.i64("report_id"), row.i64("size_bytes"), row.str("filename"),
                   row.str("content_type"), row.str("sha256"), row.str("username"), row.str("at"), {}});
  }
  return out;
}

std::optional<Evidence> ReportRepository::get_evidence(int64_t report_id, int64_t evidence_id) {
  Result res = tx_.query(
      "SELECT id, report_id, size_bytes, filename, content_type, sha256, username, at, content FROM report_evidence "
      "WHERE report_id = $1 AND id = $2",
      {report_id, evidence_id});
  if (res.empty()) return std::nullopt;
  RowRef row(res, 0);
  Evidence e{row.i64("id"), row.i64("report_id"), row.i64("size_bytes"), row.str("filename"), row.str("content_type"),
             row.str("sha256"), row.str("username"), row.str("at"), {}};
  e.content = bytes_value(tx_.dialect(), row.str("content"));
  return e;
}

void ReportRepository::set_deadline(int64_t organiser, const StoredPeriod& p, Date deadline) {
  if (deadline < p.start) throw Error::Invalid("Hạn nộp phải sau ngày bắt đầu kỳ báo cáo", "deadline");
  tx_.query("DELETE FROM report_deadlines WHERE organiser_unit_id = $1 AND period_key = $2", {organiser, p.key});
  tx_.query(
      "INSERT INTO report_deadlines (organiser_unit_id, period_key, period_json, deadline) VALUES ($1, $2, $3, $4)",
      {organiser, p.key, p.json, deadline.iso()});
  // When the unreported months of every member at or below the organiser fall due.
  bump_members_under(tx_, organiser);
}

std::optional<Date> ReportRepository::deadline_for(int64_t unit_id, const std::string& key) {
  std::vector<int64_t> chain = UnitRepository(tx_).ancestors(unit_id);
  std::optional<Date> best;
  for (int64_t a : chain) {
    Result r = tx_.query("SELECT deadline FROM report_deadlines WHERE organiser_unit_id = $1 AND period_key = $2",
                         {a, key});
    if (r.empty()) continue;
    Date d = *Date::parse_iso(*r.rows[0][0]);
    if (!best || d < *best) best = d;
  }
  return best;
}

bool ReportRepository::period_locked(int64_t unit_id, const std::string& key) {
  for (int64_t a : UnitRepository(tx_).ancestors(unit_id))
    if (!tx_.query("SELECT 1 FROM report_locks WHERE organiser_unit_id = $1 AND period_key = $2", {a, key}).empty())
      return true;
  return false;
}

int ReportRepository::lock_period(int64_t organiser, const StoredPeriod& p, const Actor& by) {
  if (!tx_.query("SELECT 1 FROM report_locks WHERE organiser_unit_id = $1 AND period_key = $2", {organiser, p.key})
           .empty())
    throw Error::Conflict("Kỳ báo cáo này đã được khóa");
  tx_.query("INSERT INTO report_locks (organiser_unit_id, period_key, locked_at, username) VALUES ($1, $2, $3, $4)",
            {organiser, p.key, now_iso(), by.username});
  Result r = tx_.query(UnitRepository::scope_cte(1) +
                           "UPDATE reports SET status = 'locked', updated_at = $3 WHERE period_key = $2 AND status = "
                           "'accepted' AND unit_id IN (SELECT id FROM scope)",
                       {organiser, p.key, now_iso()});
  return static_cast<int>(r.affected);
}

std::vector<ReportRepository::UnitStatus> ReportRepository::submission_status(int64_t organiser, const StoredPeriod& p) {
  Result res = tx_.query(
      "SELECT u.id, u.name, r.id AS report_id, r.status, r.late FROM units u LEFT JOIN reports r ON r.unit_id = u.id "
      "AND r.period_key = $2 WHERE u.parent_id = $1 AND u.kind IN ('provincial_police', 'division', "
      "'district_police', 'commune_police', 'grassroots_team', 'department') AND u.valid_from <= $3 AND (u.valid_to "
      "IS NULL OR u.valid_to >= $4) ORDER BY u.name_sort, u.id",
      {organiser, p.key, p.end.iso(), p.start.iso()});
  std::vector<UnitStatus> out;
  for (size_t i = 0; i < res.size(); ++i) {
    RowRef row(res, i);
    out.push_back({row.i64("id"), row.str("name"), row.is_null("status") ? "missing" : row.str("status"),
                   row.opt_i64("report_id"), row.i64("late") != 0});
  }
  return out;
}

}  // namespace thidua::storage
