#include "documents/store.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <cstdio>

#include "core/error.h"
#include "storage/emulation.h"
#include "storage/registry.h"

namespace thidua::documents {

using nlohmann::json;

std::string upper_vi(const std::string& s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  u.toUpper(icu::Locale("vi"));
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string date_long(Date d) {
  char b[64];
  std::snprintf(b, sizeof b, d.month() <= 2 ? "ngày %02d tháng %02d năm %d" : "ngày %02d tháng %d năm %d", d.day(),
                d.month(), d.year());
  return b;
}

json Identity::to_json() const {
  return {{"id", id ? json(id) : json()},
          {"unit_id", unit_id},
          {"valid_from", id ? json(valid_from.iso()) : json()},
          {"valid_to", valid_to ? json(valid_to->iso()) : json()},
          {"superior_line", superior_line},
          {"issuer_line", issuer_line},
          {"symbol", symbol},
          {"place", place},
          {"rank_before_name", rank_before_name},
          {"signer_authority", signer_authority},
          {"signer_position", signer_position},
          {"signer_rank", signer_rank},
          {"signer_name", signer_name},
          {"stored", id != 0}};
}

namespace {

Identity from_row(const storage::Result& r, size_t i) {
  storage::RowRef row(r, i);
  Identity id;
  id.id = row.i64("id");
  id.unit_id = row.i64("unit_id");
  id.valid_from = *Date::parse_iso(row.str("valid_from"));
  if (auto t = row.opt_str("valid_to")) id.valid_to = Date::parse_iso(*t);
  id.superior_line = row.str("superior_line");
  id.issuer_line = row.str("issuer_line");
  id.symbol = row.str("symbol");
  id.place = row.str("place");
  id.rank_before_name = row.i64("rank_before_name") != 0;
  id.signer_authority = row.str("signer_authority");
  id.signer_position = row.str("signer_position");
  id.signer_rank = row.str("signer_rank");
  id.signer_name = row.str("signer_name");
  return id;
}

// "Công an tỉnh Hưng Yên" → "Hưng Yên"; the Ministry and the departments sit in Hà Nội.
std::string place_of(const std::string& name, const std::string& kind) {
  for (const char* prefix : {"Công an thành phố ", "Công an tỉnh ", "Công an phường ", "Công an xã ", "Công an đặc khu ",
                             "Công an thị trấn ", "Công an huyện ", "Công an quận ", "Công an thị xã "})
    if (name.rfind(prefix, 0) == 0) return name.substr(std::string(prefix).size());
  return "Hà Nội";
}

std::string symbol_of(const std::string& code) {
  std::string s;
  for (char c : code)
    if (c != '-' && c != ' ' && c != '.') s += c;
  return s.empty() ? "CAND" : s;
}

}  // namespace

std::vector<Identity> DocumentStore::identities(int64_t unit_id) {
  auto r = tx_.query("SELECT * FROM document_identities WHERE unit_id = $1 ORDER BY valid_from", {unit_id});
  std::vector<Identity> out;
  for (size_t i = 0; i < r.size(); ++i) out.push_back(from_row(r, i));
  return out;
}

Identity DocumentStore::identity(int64_t unit_id, Date day) {
  for (auto& id : identities(unit_id))
    if (id.valid_from <= day && (!id.valid_to || day <= *id.valid_to)) return id;
  storage::UnitRepository units(tx_);
  auto u = units.get(unit_id);
  Identity id;
  id.unit_id = unit_id;
  id.valid_from = day;
  std::string name = storage::unit_name_at(tx_, unit_id, day);
  id.issuer_line = upper_vi(name);
  if (u.parent_id) id.superior_line = upper_vi(storage::unit_name_at(tx_, *u.parent_id, day));
  id.symbol = symbol_of(u.code);
  id.place = place_of(name, u.kind);
  id.signer_position = "GIÁM ĐỐC";
  if (!u.parent_id) id.signer_position = "BỘ TRƯỞNG";
  else if (u.kind.find("commune") != std::string::npos) id.signer_position = "TRƯỞNG CÔNG AN";
  return id;
}

Identity DocumentStore::add_identity(const Identity& in) {
  if (in.issuer_line.empty() || in.symbol.empty() || in.place.empty())
    throw Error::Invalid("Cần tên cơ quan ban hành, ký hiệu và địa danh", in.issuer_line.empty() ? "issuer_line" : in.symbol.empty() ? "symbol" : "place");
  for (char c : in.symbol)
    if (c == ' ' || c == '/') throw Error::Invalid("Ký hiệu không có dấu cách và dấu /", "symbol");
  storage::UnitRepository(tx_).get(in.unit_id);
  // the identity in force before ends the day before
  tx_.query("UPDATE document_identities SET valid_to = $1 WHERE unit_id = $2 AND valid_from < $3 AND (valid_to IS NULL OR valid_to >= $3)",
            {in.valid_from.add_days(-1).iso(), in.unit_id, in.valid_from.iso()});
  if (!tx_.query("SELECT 1 FROM document_identities WHERE unit_id = $1 AND valid_from >= $2", {in.unit_id, in.valid_from.iso()}).empty())
    throw Error::Conflict("Đã có thể thức của đơn vị có hiệu lực từ ngày này hoặc sau đó");
  int64_t id = tx_.query_id(
      "INSERT INTO document_identities (unit_id, valid_from, valid_to, superior_line, issuer_line, symbol, place, "
      "rank_before_name, signer_authority, signer_position, signer_rank, signer_name, created_at) "
      "VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13) RETURNING id",
      {in.unit_id, in.valid_from.iso(), in.valid_to ? storage::Param(in.valid_to->iso()) : storage::Param(nullptr),
       in.superior_line, in.issuer_line, in.symbol, in.place, int64_t(in.rank_before_name ? 1 : 0), in.signer_authority,
       in.signer_position, in.signer_rank, in.signer_name, storage::now_iso()});
  Identity out = in;
  out.id = id;
  return out;
}

std::optional<IssuedNumber> DocumentStore::existing_number(const std::string& kind, int64_t subject_id) {
  auto r = tx_.query("SELECT number, symbol FROM document_numbers WHERE kind = $1 AND subject_id = $2", {kind, subject_id});
  if (r.empty()) return std::nullopt;
  storage::RowRef row(r, 0);
  return IssuedNumber{static_cast<int>(row.i64("number")), row.str("symbol")};
}

IssuedNumber DocumentStore::number(const std::string& kind, int64_t subject_id, int64_t issuer_unit_id, int year,
                                   const std::string& series, const std::string& symbol, Date day) {
  if (auto e = existing_number(kind, subject_id)) return *e;
  auto r = tx_.query("SELECT last_number FROM document_counters WHERE issuer_unit_id = $1 AND year = $2 AND series = $3",
                     {issuer_unit_id, int64_t(year), series});
  int n = r.empty() ? 1 : static_cast<int>(storage::RowRef(r, 0).i64("last_number")) + 1;
  if (r.empty())
    tx_.query("INSERT INTO document_counters (issuer_unit_id, year, series, last_number) VALUES ($1,$2,$3,$4)",
              {issuer_unit_id, int64_t(year), series, int64_t(n)});
  else
    tx_.query("UPDATE document_counters SET last_number = $4 WHERE issuer_unit_id = $1 AND year = $2 AND series = $3",
              {issuer_unit_id, int64_t(year), series, int64_t(n)});
  char num[16];
  std::snprintf(num, sizeof num, "%02d", n);
  std::string text = std::string(num) + "/" + series + "-" + symbol;
  tx_.query("INSERT INTO document_numbers (kind, subject_id, issuer_unit_id, year, series, number, symbol, issued_on) "
            "VALUES ($1,$2,$3,$4,$5,$6,$7,$8)",
            {kind, subject_id, issuer_unit_id, int64_t(year), series, int64_t(n), text, day.iso()});
  return IssuedNumber{n, text};
}

json CertificatePrinter::to_json() const {
  return {{"id", id}, {"unit_id", unit_id}, {"name", name}, {"offset_x_mm", offset_x_mm}, {"offset_y_mm", offset_y_mm},
          {"updated_by", updated_by}, {"updated_at", updated_at}};
}

namespace {
CertificatePrinter printer_row(const storage::Result& r, size_t i) {
  storage::RowRef row(r, i);
  return {row.i64("id"), row.i64("unit_id"), row.str("name"), row.f64("offset_x_mm"), row.f64("offset_y_mm"),
          row.str("updated_by"), row.str("updated_at")};
}
}  // namespace

std::vector<CertificatePrinter> DocumentStore::printers(int64_t unit_id) {
  auto r = tx_.query("SELECT * FROM certificate_printers WHERE unit_id = $1 ORDER BY name", {unit_id});
  std::vector<CertificatePrinter> out;
  for (size_t i = 0; i < r.size(); ++i) out.push_back(printer_row(r, i));
  return out;
}

std::optional<CertificatePrinter> DocumentStore::printer(int64_t unit_id, const std::string& name) {
  auto r = tx_.query("SELECT * FROM certificate_printers WHERE unit_id = $1 AND name = $2", {unit_id, name});
  if (r.empty()) return std::nullopt;
  return printer_row(r, 0);
}

CertificatePrinter DocumentStore::put_printer(int64_t unit_id, const std::string& name, double x, double y,
                                              const std::string& username) {
  if (name.find_first_not_of(" \t") == std::string::npos) throw Error::Invalid("Cần tên máy in", "name");
  if (name.size() > 200) throw Error::Invalid("Tên máy in quá dài", "name");
  for (auto [v, field] : {std::pair{x, "offset_x_mm"}, std::pair{y, "offset_y_mm"}})
    if (!(v >= -30 && v <= 30)) throw Error::Invalid("Độ lệch máy in phải trong khoảng -30 đến 30 mm", field);
  storage::UnitRepository(tx_).get(unit_id);
  std::string now = storage::now_iso();
  if (printer(unit_id, name))
    tx_.query("UPDATE certificate_printers SET offset_x_mm = $3, offset_y_mm = $4, updated_by = $5, updated_at = $6 "
              "WHERE unit_id = $1 AND name = $2",
              {unit_id, name, x, y, username, now});
  else
    tx_.query("INSERT INTO certificate_printers (unit_id, name, offset_x_mm, offset_y_mm, updated_by, updated_at) "
              "VALUES ($1,$2,$3,$4,$5,$6)",
              {unit_id, name, x, y, username, now});
  return *printer(unit_id, name);
}

}  // namespace thidua::documents
