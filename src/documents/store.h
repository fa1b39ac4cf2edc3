// What documents keep in the database: each unit's identity on its documents (with validity
// dates), the number counters per issuer, year and series, and the review reports with their
// narrative versions. Written against a storage::Tx like every repository.
#pragma once
#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "storage/database.h"

namespace thidua::documents {

struct Identity {
  int64_t id = 0;  // 0: derived from the registry, nothing stored
  int64_t unit_id = 0;
  Date valid_from;
  std::optional<Date> valid_to;
  std::string superior_line, issuer_line, symbol, place;
  bool rank_before_name = true;  // armed forces may put the rank before the signer's name (Decree 30)
  std::string signer_authority, signer_position, signer_rank, signer_name;
  nlohmann::json to_json() const;
};

// Vietnamese capitals ("Công an tỉnh Hưng Yên" → "CÔNG AN TỈNH HƯNG YÊN").
std::string upper_vi(const std::string& s);
// "ngày 05 tháng 02 năm 2026": days below 10 and months 1 and 2 padded (Decree 30).
std::string date_long(Date d);

struct IssuedNumber {
  int number = 0;
  std::string text;  // "05/KH-CAHY"
};

// A unit's printer for certificates on pre-printed blanks and its offset (mm, right and down
// positive), measured on a test print.
struct CertificatePrinter {
  int64_t id = 0, unit_id = 0;
  std::string name;
  double offset_x_mm = 0, offset_y_mm = 0;
  std::string updated_by, updated_at;
  nlohmann::json to_json() const;
};

class DocumentStore {
 public:
  explicit DocumentStore(storage::Tx& tx) : tx_(tx) {}
  // The identity in force on `day`: the stored one, else one derived from the registry (the
  // unit's name then, its parent's as the superior line, its code as the symbol).
  Identity identity(int64_t unit_id, Date day);
  std::vector<Identity> identities(int64_t unit_id);
  // Stores a new identity from `valid_from`; the one before it ends the day before.
  Identity add_identity(const Identity& id);

  // The number of document (kind, subject): the one it was given, or the next of the
  // issuer's counter for the year and series (needs a write transaction).
  IssuedNumber number(const std::string& kind, int64_t subject_id, int64_t issuer_unit_id, int year,
                      const std::string& series, const std::string& symbol, Date day);
  std::optional<IssuedNumber> existing_number(const std::string& kind, int64_t subject_id);

  std::vector<CertificatePrinter> printers(int64_t unit_id);
  std::optional<CertificatePrinter> printer(int64_t unit_id, const std::string& name);
  // Adds the printer or changes its offset. Refused: an empty or long name, an offset past ±30 mm.
  CertificatePrinter put_printer(int64_t unit_id, const std::string& name, double x_mm, double y_mm,
                                 const std::string& username);

 private:
  storage::Tx& tx_;
};

}  // namespace thidua::documents
