#include "storage/backup.h"

#include <openssl/evp.h>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <istream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <ostream>
#include <set>
#include <vector>

#include "core/error.h"
#include "storage/registry.h"  // now_iso
#include "storage/row_reader.h"

namespace thidua::storage {

using nlohmann::json;

namespace {

const std::set<std::string> kSkipped = {"sessions", "login_failures", "schema_migrations", "jobs"};
// Rows the migrations themselves insert: replaced by the backup's own.
const std::set<std::string> kSeeded = {"audit_head", "score_generation"};

class Sha256 {
 public:
  Sha256() : ctx_(EVP_MD_CTX_new(), EVP_MD_CTX_free) { EVP_DigestInit_ex(ctx_.get(), EVP_sha256(), nullptr); }
  void add(const std::string& s) { EVP_DigestUpdate(ctx_.get(), s.data(), s.size()); }
  std::string hex() {
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned len = 0;
    EVP_DigestFinal_ex(ctx_.get(), md, &len);
    static const char* h = "0123456789abcdef";
    std::string out;
    for (unsigned i = 0; i < len; ++i) {
      out.push_back(h[md[i] >> 4]);
      out.push_back(h[md[i] & 15]);
    }
    return out;
  }

 private:
  std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> ctx_;
};

const char* kB64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string b64_encode(const std::string& in) {
  std::string out;
  out.reserve((in.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    uint32_t v = (uint8_t(in[i]) << 16) | (uint8_t(in[i + 1]) << 8) | uint8_t(in[i + 2]);
    for (int k = 3; k >= 0; --k) out.push_back(kB64[(v >> (6 * k)) & 63]);
  }
  if (i < in.size()) {
    uint32_t v = uint8_t(in[i]) << 16;
    if (i + 1 < in.size()) v |= uint8_t(in[i + 1]) << 8;
    out.push_back(kB64[(v >> 18) & 63]);
    out.push_back(kB64[(v >> 12) & 63]);
    out.push_back(i + 1 < in.size() ? kB64[(v >> 6) & 63] : '=');
    out.push_back('=');
  }
  return out;
}

std::string b64_decode(const std::string& in) {
  std::string out;
  uint32_t v = 0;
  int bits = 0;
  for (char ch : in) {
    if (ch == '=') break;
    const char* p = std::strchr(kB64, ch);
    if (!p || !*p) throw Error::Invalid("backup: bad base64");
    v = (v << 6) | static_cast<uint32_t>(p - kB64);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((v >> bits) & 0xff));
    }
  }
  return out;
}

struct TableColumn {
  std::string name;
  bool blob = false;
};

std::vector<std::string> tables(Tx& tx) {
  Result r = tx.dialect() == Dialect::kSqlite
                 ? tx.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
                 : tx.query("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() "
                            "AND table_type = 'BASE TABLE' ORDER BY table_name");
  std::vector<std::string> out;
  for (size_t i = 0; i < r.size(); ++i) out.push_back(RowRef(r, i).str("name"));
  return out;
}

std::vector<TableColumn> columns(Tx& tx, const std::string& table) {
  Result r = tx.dialect() == Dialect::kSqlite
                 ? tx.query("SELECT name, type FROM pragma_table_info($1) ORDER BY cid", {table})
                 : tx.query("SELECT column_name AS name, data_type AS type FROM information_schema.columns WHERE "
                            "table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
                            {table});
  std::vector<TableColumn> out;
  for (size_t i = 0; i < r.size(); ++i) {
    std::string type = RowRef(r, i).str("type");
    std::transform(type.begin(), type.end(), type.begin(), ::tolower);
    out.push_back({RowRef(r, i).str("name"), type == "blob" || type == "bytea"});
  }
  return out;
}

// (referenced table, referencing column) of each foreign key of `table`.
std::vector<std::pair<std::string, std::string>> foreign_keys(Tx& tx, const std::string& table) {
  Result r = tx.dialect() == Dialect::kSqlite
                 ? tx.query("SELECT \"table\" AS ref, \"from\" AS col FROM pragma_foreign_key_list($1)", {table})
                 : tx.query("SELECT cl2.relname AS ref, a.attname AS col FROM pg_constraint c JOIN pg_class cl ON cl.oid = "
                            "c.conrelid JOIN pg_class cl2 ON cl2.oid = c.confrelid JOIN pg_namespace n ON n.oid = "
                            "cl.relnamespace JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey) "
                            "WHERE c.contype = 'f' AND n.nspname = current_schema() AND cl.relname = $1",
                            {table});
  std::vector<std::pair<std::string, std::string>> out;
  for (size_t i = 0; i < r.size(); ++i) out.emplace_back(RowRef(r, i).str("ref"), RowRef(r, i).str("col"));
  return out;
}

std::string quote(const std::string& ident) { return "\"" + ident + "\""; }

void audit_head(Tx& tx, BackupSummary& s) {
  s.audit_rows = tx.query_id("SELECT COUNT(*) FROM audit_log");
  Result last = tx.query("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
  if (!last.empty()) {
    s.audit_last_id = RowRef(last, 0).i64("id");
    s.audit_last_hash = RowRef(last, 0).str("hash");
  }
}


}  // namespace

int schema_version(Tx& tx) {
  return static_cast<int>(tx.query_id("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
}

BackupSummary write_backup(Database& db, std::ostream& out) {
  auto tx = db.begin(TxMode::kRead);
  // One snapshot for every table (SQLite's read transaction already is one).
  if (tx->dialect() == Dialect::kPostgres) tx->query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
  BackupSummary s;
  s.schema_version = schema_version(*tx);
  audit_head(*tx, s);
  Sha256 sha;
  auto emit = [&](const json& j) {
    std::string line = j.dump(-1, ' ', false, json::error_handler_t::strict) + "\n";
    sha.add(line);
    out << line;
    if (!out) throw Error(ErrorCode::kInternal, "backup: cannot write the file");
  };
  emit({{"format", "thidua-backup"},
        {"version", 1},
        {"schema_version", s.schema_version},
        {"source", tx->dialect() == Dialect::kSqlite ? "sqlite" : "postgres"},
        {"created_at", now_iso()},
        {"audit", {{"rows", s.audit_rows}, {"last_id", s.audit_last_id}, {"last_hash", s.audit_last_hash}}}});
  for (const auto& t : tables(*tx)) {
    if (kSkipped.count(t)) continue;
    auto cols = columns(*tx, t);
    bool has_id = std::any_of(cols.begin(), cols.end(), [](const TableColumn& c) { return c.name == "id"; });
    json names = json::array(), blobs = json::array();
    std::string select;
    for (size_t i = 0; i < cols.size(); ++i) {
      names.push_back(cols[i].name);
      if (cols[i].blob) blobs.push_back(i);
      select += (i ? ", " : "") + quote(cols[i].name);
    }
    Result r = tx->query("SELECT " + select + " FROM " + quote(t) + (has_id ? " ORDER BY id" : " ORDER BY 1"));
    emit({{"table", t}, {"columns", names}, {"blob", blobs}, {"rows", r.size()}});
    for (const auto& row : r.rows) {
      json a = json::array();
      for (size_t i = 0; i < row.size(); ++i) {
        if (!row[i]) a.push_back(nullptr);
        else if (cols[i].blob) a.push_back(b64_encode(bytes_value(tx->dialect(), *row[i])));
        else a.push_back(*row[i]);
      }
      emit(a);
    }
    ++s.tables;
    s.rows += static_cast<int64_t>(r.size());
  }
  std::string digest = sha.hex();
  out << json{{"end", true}, {"sha256", digest}}.dump() << "\n";
  out.flush();
  if (!out) throw Error(ErrorCode::kInternal, "backup: cannot write the file");
  return s;
}

BackupSummary restore_backup(Database& db, std::istream& in) {
  Sha256 sha;
  std::string line;
  auto next = [&](bool hashed = true) -> json {
    if (!std::getline(in, line)) throw Error::Invalid("backup: the file ends too early (truncated?)");
    if (hashed) sha.add(line + "\n");
    json j = json::parse(line, nullptr, false);
    if (j.is_discarded()) throw Error::Invalid("backup: a line is not valid JSON (damaged file?)");
    return j;
  };
  json head = next();
  if (!head.is_object() || head.value("format", "") != "thidua-backup" || head.value("version", 0) != 1)
    throw Error::Invalid("backup: not a thidua backup file");

  auto tx = db.begin(TxMode::kWrite);
  BackupSummary s;
  s.schema_version = head.value("schema_version", 0);
  if (s.schema_version != schema_version(*tx))
    throw Error::Invalid("backup: made with schema version " + std::to_string(s.schema_version) +
                         ", this program has " + std::to_string(schema_version(*tx)) +
                         "; restore with the same version of thidua, then upgrade");
  auto target_tables = tables(*tx);
  std::set<std::string> present(target_tables.begin(), target_tables.end());
  for (const auto& t : target_tables) {
    if (kSkipped.count(t) || kSeeded.count(t)) continue;
    if (tx->query_id("SELECT COUNT(*) FROM " + quote(t)) > 0)
      throw Error(ErrorCode::kConflict, "restore: the target database is not empty (table " + t +
                                            " has rows); restore only into an empty database");
  }

  // Read every table section; insert in foreign-key order, self-references filled in afterwards.
  struct Section {
    std::string table;
    std::vector<std::string> cols;
    std::set<size_t> blob;
    std::vector<json> rows;
  };
  std::vector<Section> sections;
  for (;;) {
    json j = next(false);
    if (j.is_object() && j.value("end", false)) {
      if (j.value("sha256", "") != sha.hex()) throw Error::Invalid("backup: checksum mismatch (damaged file)");
      break;
    }
    sha.add(line + "\n");
    if (!j.is_object() || !j.contains("table")) throw Error::Invalid("backup: unexpected line");
    Section sec;
    sec.table = j["table"].get<std::string>();
    sec.cols = j["columns"].get<std::vector<std::string>>();
    for (auto& b : j["blob"]) sec.blob.insert(b.get<size_t>());
    int64_t n = j["rows"].get<int64_t>();
    for (int64_t i = 0; i < n; ++i) {
      json row = next();
      if (!row.is_array() || row.size() != sec.cols.size()) throw Error::Invalid("backup: a row of " + sec.table + " is damaged");
      sec.rows.push_back(std::move(row));
    }
    sections.push_back(std::move(sec));
  }

  std::map<std::string, std::set<std::string>> deps;  // table → tables it references
  std::map<std::string, std::set<std::string>> self_cols;
  for (const auto& sec : sections) {
    if (!present.count(sec.table)) {
      if (kSeeded.count(sec.table)) continue;  // audit_head exists on PostgreSQL only
      throw Error::Invalid("backup: table " + sec.table + " does not exist in the target");
    }
    for (auto& [ref, col] : foreign_keys(*tx, sec.table)) {
      if (ref == sec.table) self_cols[sec.table].insert(col);
      else deps[sec.table].insert(ref);
    }
  }
  std::vector<const Section*> order;
  std::set<std::string> done;
  while (order.size() < sections.size()) {
    bool progress = false;
    for (const auto& sec : sections) {
      if (done.count(sec.table)) continue;
      bool ready = true;
      for (const auto& d : deps[sec.table])
        ready = ready && (done.count(d) || std::none_of(sections.begin(), sections.end(),
                                                        [&](const Section& x) { return x.table == d; }));
      if (!ready) continue;
      order.push_back(&sec);
      done.insert(sec.table);
      progress = true;
    }
    if (!progress) throw Error(ErrorCode::kInternal, "restore: circular foreign keys between tables");
  }

  for (const Section* sec : order) {
    if (!present.count(sec->table)) continue;
    if (kSeeded.count(sec->table)) tx->query("DELETE FROM " + quote(sec->table));
    const auto& selfc = self_cols[sec->table];
    std::string cols, marks;
    for (size_t i = 0; i < sec->cols.size(); ++i) {
      cols += (i ? ", " : "") + quote(sec->cols[i]);
      marks += (i ? ", $" : "$") + std::to_string(i + 1);
    }
    std::string insert = "INSERT INTO " + quote(sec->table) + " (" + cols + ") VALUES (" + marks + ")";
    for (const auto& row : sec->rows) {
      Params p;
      for (size_t i = 0; i < row.size(); ++i) {
        if (row[i].is_null() || selfc.count(sec->cols[i])) p.emplace_back(nullptr);
        else if (sec->blob.count(i)) p.emplace_back(Bytes{b64_decode(row[i].get<std::string>())});
        else p.emplace_back(row[i].get<std::string>());
      }
      tx->query(insert, p);
      ++s.rows;
    }
    if (!selfc.empty()) {
      size_t id_col = std::find(sec->cols.begin(), sec->cols.end(), "id") - sec->cols.begin();
      if (id_col == sec->cols.size()) throw Error(ErrorCode::kInternal, "restore: self-reference without an id column");
      for (const auto& row : sec->rows)
        for (size_t i = 0; i < row.size(); ++i)
          if (selfc.count(sec->cols[i]) && !row[i].is_null())
            tx->query("UPDATE " + quote(sec->table) + " SET " + quote(sec->cols[i]) + " = $1 WHERE id = $2",
                      {row[i].get<std::string>(), row[id_col].get<std::string>()});
    }
    if (tx->dialect() == Dialect::kPostgres && std::find(sec->cols.begin(), sec->cols.end(), "id") != sec->cols.end())
      tx->query("SELECT setval(pg_get_serial_sequence($1, 'id'), COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM " +
                    quote(sec->table),
                {sec->table});
    ++s.tables;
  }
  if (tx->dialect() == Dialect::kPostgres)
    tx->query("UPDATE audit_head SET last_hash = COALESCE((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '') "
              "WHERE id = 1");
  audit_head(*tx, s);
  const json& a = head["audit"];
  if (s.audit_rows != a.value("rows", int64_t{-1}) || s.audit_last_hash != a.value("last_hash", std::string()))
    throw Error::Invalid("backup: the restored audit chain does not match the backup's header");
  tx->commit();
  return s;
}

}  // namespace thidua::storage
