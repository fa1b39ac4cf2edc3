#include "storage/accounts.h"

#include "core/error.h"
#include "storage/registry.h"
#include "storage/row_reader.h"
#include "text/vietnamese.h"

namespace thidua::storage {
namespace {

constexpr const char* kUserSelect =
    "SELECT us.id, us.username, us.full_name, us.role, us.unit_id, un.name AS unit_name, us.disabled, "
    "us.created_at, us.password_hash FROM users us JOIN units un ON un.id = us.unit_id ";

User read_user(const Result& r, size_t i) {
  RowRef row(r, i);
  User u;
  u.id = row.i64("id");
  u.username = row.str("username");
  u.full_name = row.str("full_name");
  u.role = row.str("role");
  u.unit_id = row.i64("unit_id");
  u.unit_name = row.str("unit_name");
  u.disabled = row.i64("disabled") != 0;
  u.created_at = row.str("created_at");
  u.password_hash = row.str("password_hash");
  return u;
}

audit::Entry read_entry(const Result& r, size_t i) {
  RowRef row(r, i);
  audit::Entry e;
  e.id = row.i64("id");
  e.at = row.str("at");
  e.user_id = row.opt_i64("user_id");
  e.username = row.str("username");
  e.address = row.str("address");
  e.action = row.str("action");
  e.entity = row.str("entity");
  e.entity_id = row.opt_i64("entity_id");
  e.unit_id = row.opt_i64("unit_id");
  e.before_json = row.opt_str("before_json");
  e.after_json = row.opt_str("after_json");
  e.prev_hash = row.str("prev_hash");
  e.hash = row.str("hash");
  return e;
}

constexpr const char* kAuditColumns =
    "id, at, user_id, username, address, action, entity, entity_id, unit_id, before_json, after_json, prev_hash, "
    "hash";

}  // namespace

// ---- users ----

std::optional<User> UserRepository::find(int64_t id) {
  Result r = tx_.query(std::string(kUserSelect) + "WHERE us.id = $1", {id});
  if (r.empty()) return std::nullopt;
  return read_user(r, 0);
}

std::optional<User> UserRepository::find_by_name(const std::string& username) {
  Result r = tx_.query(std::string(kUserSelect) + "WHERE us.username = $1", {username});
  if (r.empty()) return std::nullopt;
  return read_user(r, 0);
}

User UserRepository::get(int64_t id) {
  auto u = find(id);
  if (!u) throw Error::NotFound("Không tìm thấy người dùng #" + std::to_string(id));
  return *u;
}

int64_t UserRepository::count() { return tx_.query_id("SELECT COUNT(*) FROM users"); }

std::vector<User> UserRepository::search(const UserQuery& q, int64_t* total) {
  std::string cte, where = " WHERE 1=1";
  Params params;
  if (q.scope_root) {
    params.push_back(*q.scope_root);
    cte = UnitRepository::scope_cte(1);
    where += " AND us.unit_id IN (SELECT id FROM scope)";
  }
  if (!q.q.empty()) {
    params.push_back("%" + text::like_escape(text::fold(q.q)) + "%");
    std::string n = std::to_string(params.size());
    where += " AND (LOWER(us.username) LIKE $" + n + " ESCAPE '\\' OR us.full_name_folded LIKE $" + n + " ESCAPE '\\')";
  }
  Result r = tx_.query_page(cte + "SELECT COUNT(*) FROM users us" + where, cte + kUserSelect + where, "us.username",
                            params, q.limit, q.offset, total);
  std::vector<User> out;
  for (size_t i = 0; i < r.size(); ++i) out.push_back(read_user(r, i));
  return out;
}

User UserRepository::create(const std::string& username, const std::string& full_name,
                            const std::string& password_hash, const std::string& role, int64_t unit_id) {
  if (find_by_name(username)) throw Error::Conflict("Tên đăng nhập " + username + " đã tồn tại");
  if (!UnitRepository(tx_).find(unit_id)) throw Error::Invalid("Đơn vị không tồn tại", "unit_id");
  int64_t id = tx_.query_id(
      "INSERT INTO users (username, full_name, full_name_folded, password_hash, role, unit_id, disabled, created_at) "
      "VALUES ($1, $2, $7, $3, $4, $5, 0, $6) RETURNING id",
      {username, full_name, password_hash, role, unit_id, now_iso(), text::fold(full_name)});
  return get(id);
}

int UserRepository::fold_missing_names() {
  Result r = tx_.query("SELECT id, full_name FROM users WHERE full_name_folded = '' AND full_name <> ''");
  for (auto& row : r.rows)
    tx_.query("UPDATE users SET full_name_folded = $1 WHERE id = $2", {text::fold(*row[1]), std::stoll(*row[0])});
  return static_cast<int>(r.size());
}

void UserRepository::update(int64_t id, const std::optional<std::string>& role, const std::optional<int64_t>& unit_id,
                            const std::optional<bool>& disabled, const std::optional<std::string>& password_hash,
                            const std::optional<std::string>& full_name) {
  get(id);
  if (role) tx_.query("UPDATE users SET role = $1 WHERE id = $2", {*role, id});
  if (unit_id) {
    if (!UnitRepository(tx_).find(*unit_id)) throw Error::Invalid("Đơn vị không tồn tại", "unit_id");
    tx_.query("UPDATE users SET unit_id = $1 WHERE id = $2", {*unit_id, id});
  }
  if (disabled) tx_.query("UPDATE users SET disabled = $1 WHERE id = $2", {int64_t{*disabled ? 1 : 0}, id});
  if (password_hash) tx_.query("UPDATE users SET password_hash = $1 WHERE id = $2", {*password_hash, id});
  if (full_name)
    tx_.query("UPDATE users SET full_name = $1, full_name_folded = $2 WHERE id = $3", {*full_name, text::fold(*full_name), id});
}

// ---- sessions ----

void SessionRepository::create(const Session& s) {
  tx_.query(
      "INSERT INTO sessions (token_hash, user_id, csrf_token, address, created_at, expires_at, last_seen_at) VALUES "
      "($1, $2, $3, $4, $5, $6, $5)",
      {s.token_hash, s.user_id, s.csrf_token, s.address, now_iso(), s.expires_at});
}

std::optional<Session> SessionRepository::find(const std::string& token_hash, const std::string& now) {
  Result r = tx_.query(
      "SELECT token_hash, user_id, csrf_token, address, expires_at, created_at, last_seen_at FROM sessions WHERE "
      "token_hash = $1 AND expires_at > $2",
      {token_hash, now});
  if (r.empty()) return std::nullopt;
  RowRef row(r, 0);
  Session s{row.str("token_hash"), row.str("csrf_token"), row.str("address"), row.str("expires_at"),
            row.i64("user_id"), row.str("created_at"), row.str("last_seen_at")};
  if (s.last_seen_at.empty()) s.last_seen_at = s.created_at;
  return s;
}

void SessionRepository::remove(const std::string& token_hash) {
  tx_.query("DELETE FROM sessions WHERE token_hash = $1", {token_hash});
}
void SessionRepository::remove_for_user(int64_t user_id) {
  tx_.query("DELETE FROM sessions WHERE user_id = $1", {user_id});
}
int64_t SessionRepository::remove_for_user_except(int64_t user_id, const std::string& keep) {
  return tx_.query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2", {user_id, keep}).affected;
}
int64_t SessionRepository::count_for_user(int64_t user_id, const std::string& now) {
  return tx_.query_id("SELECT COUNT(*) FROM sessions WHERE user_id = $1 AND expires_at > $2", {user_id, now});
}
void SessionRepository::touch(const std::string& token_hash, const std::string& now) {
  tx_.query("UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1", {token_hash, now});
}
void SessionRepository::purge_expired(const std::string& now) {
  tx_.query("DELETE FROM sessions WHERE expires_at <= $1", {now});
}

// ---- audit ----

namespace {
// The audit chain's head, locked (PostgreSQL) before its last entry is read; that entry.
constexpr std::string_view kLockAuditHead = "SELECT last_hash FROM audit_head WHERE id = 1 FOR UPDATE";
constexpr std::string_view kAuditTail = "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1";
void take_audit_tail(const Result& last, Tx::AuditTail& t) {
  t.id = last.empty() ? 0 : RowRef(last, 0).i64("id");
  t.hash = last.empty() ? "" : RowRef(last, 0).str("hash");
  t.read = true;
}
}  // namespace

audit::Entry AuditLog::append(audit::Entry e) {
  // PostgreSQL: the chain's head locked, then the last entry read by a statement of its own (a
  // snapshot taken once the lock is held: it sees the entry of whoever held it before), the two
  // sent together with what the transaction deferred. SQLite: the write transaction (BEGIN
  // IMMEDIATE) already holds the only write lock.
  // Read ahead (read_tail_ahead) and answered since: taken, once.
  std::shared_ptr<Tx::AuditTail> ahead = std::move(tx_.audit_tail);
  if (!ahead || !ahead->read) {
    ahead = std::make_shared<Tx::AuditTail>();
    if (tx_.dialect() == Dialect::kPostgres) tx_.defer(kLockAuditHead);
    take_audit_tail(tx_.query(kAuditTail), *ahead);
  }
  e.id = ahead->id + 1;
  e.prev_hash = ahead->hash;
  if (e.at.empty()) e.at = now_iso();
  e.hash = audit::chain_hash(e);
  // Sent (PostgreSQL) with the transaction's next statement or its COMMIT.
  tx_.defer(
      "INSERT INTO audit_log (id, at, user_id, username, address, action, entity, entity_id, unit_id, before_json, "
      "after_json, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
      {e.id, e.at, opt_param(e.user_id), e.username, e.address, e.action, e.entity, opt_param(e.entity_id), opt_param(e.unit_id),
       opt_param(e.before_json), opt_param(e.after_json), e.prev_hash, e.hash});
  if (tx_.dialect() == Dialect::kPostgres) tx_.defer("UPDATE audit_head SET last_hash = $1 WHERE id = 1", {e.hash});
  return e;
}

void AuditLog::read_tail_ahead() {
  auto tail = std::make_shared<Tx::AuditTail>();
  // As append() reads it: the head locked first, then the last entry by a statement of its own.
  if (tx_.dialect() == Dialect::kPostgres) tx_.defer(kLockAuditHead);
  tx_.defer(kAuditTail, {}, [tail](const Result& last) { take_audit_tail(last, *tail); });
  tx_.audit_tail = std::move(tail);
}

std::vector<audit::Entry> AuditLog::search(const AuditQuery& q, int64_t* total) {
  std::string cte, where = " WHERE 1=1";
  Params params;
  if (q.scope_root) {
    params.push_back(*q.scope_root);
    cte = UnitRepository::scope_cte(1);
    where += " AND unit_id IN (SELECT id FROM scope)";
  }
  auto add = [&](const char* col, Param v) {
    params.push_back(std::move(v));
    where += std::string(" AND ") + col + " = $" + std::to_string(params.size());
  };
  if (q.unit_id) add("unit_id", *q.unit_id);
  if (q.user_id) add("user_id", *q.user_id);
  if (q.entity) add("entity", *q.entity);
  if (q.entity_id) add("entity_id", *q.entity_id);
  Result r = tx_.query_page(cte + "SELECT COUNT(*) FROM audit_log" + where,
                            cte + "SELECT " + kAuditColumns + " FROM audit_log" + where, "id DESC", params, q.limit,
                            q.offset, total);
  std::vector<audit::Entry> out;
  for (size_t i = 0; i < r.size(); ++i) out.push_back(read_entry(r, i));
  return out;
}

AuditVerdict AuditLog::verify() {
  AuditVerdict v;
  std::string prev;
  int64_t expected_id = 1;
  const int64_t kPage = 5000;
  for (int64_t after = 0;;) {
    Result r = tx_.query(std::string("SELECT ") + kAuditColumns + " FROM audit_log WHERE id > $1 ORDER BY id LIMIT $2",
                         {after, kPage});
    for (size_t i = 0; i < r.size(); ++i) {
      audit::Entry e = read_entry(r, i);
      std::string why;
      if (e.id != expected_id) why = "missing row(s) before this one";
      else if (e.prev_hash != prev) why = "prev_hash does not match the previous row";
      else if (audit::chain_hash(e) != e.hash) why = "row content does not match its hash";
      if (!why.empty()) {
        v.ok = false;
        v.first_bad_id = e.id;
        v.reason = why;
        return v;
      }
      prev = e.hash;
      ++expected_id;
      ++v.rows;
      after = e.id;
    }
    if (static_cast<int64_t>(r.size()) < kPage) break;
  }
  return v;
}

int64_t LoginFailureRepository::count_since(const std::string& subject, const std::string& since_iso) {
  return tx_.query_id("SELECT COUNT(*) FROM login_failures WHERE subject = $1 AND at > $2", {subject, since_iso});
}

std::pair<int64_t, std::string> LoginFailureRepository::count_and_last(const std::string& subject,
                                                                       const std::string& since) {
  Result r = tx_.query("SELECT COUNT(*) AS n, MAX(at) AS last FROM login_failures WHERE subject = $1 AND at > $2",
                       {subject, since});
  RowRef row(r, 0);
  return {row.i64("n"), row.str("last")};
}

std::vector<LoginFailureRepository::Subject> LoginFailureRepository::subjects_since(const std::string& since,
                                                                                    int limit) {
  Result r = tx_.query(
      "SELECT subject, COUNT(*) AS n, MAX(at) AS last FROM login_failures WHERE at > $1 GROUP BY subject "
      "ORDER BY n DESC, subject LIMIT $2",
      {since, static_cast<int64_t>(limit)});
  std::vector<Subject> out;
  for (size_t i = 0; i < r.size(); ++i) {
    RowRef row(r, i);
    out.push_back({row.str("subject"), row.i64("n"), row.str("last")});
  }
  return out;
}

void LoginFailureRepository::add(const std::string& subject, const std::string& at_iso) {
  tx_.query("INSERT INTO login_failures (subject, at) VALUES ($1, $2)", {subject, at_iso});
}

void LoginFailureRepository::clear(const std::string& subject) {
  tx_.query("DELETE FROM login_failures WHERE subject = $1", {subject});
}

void LoginFailureRepository::purge_before(const std::string& before_iso) {
  tx_.query("DELETE FROM login_failures WHERE at <= $1", {before_iso});
}

}  // namespace thidua::storage
