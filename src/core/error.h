// One error policy for the core and storage: an operation that cannot go on throws
// thidua::Error with a code and a Vietnamese message for the person who caused it.
// The HTTP and CLI edges translate the code once (see api/respond.cpp, cli/main.cpp).
#pragma once
#include <stdexcept>
#include <string>

namespace thidua {

enum class ErrorCode {
  kInvalid,       // bad input: 400 / exit 2
  kUnauthorized,  // no valid session: 401
  kForbidden,     // outside the caller's role or unit scope: 403
  kNotFound,      // 404
  kConflict,      // state does not allow it (signed pledge, duplicate code…): 409
  kTooMany,       // rate limited: 429
  kInternal,      // our fault: 500 / exit 1
};

class Error : public std::runtime_error {
 public:
  Error(ErrorCode code, std::string message, std::string field = {})
      : std::runtime_error(message), code_(code), field_(std::move(field)) {}
  ErrorCode code() const { return code_; }
  // The input field the error is about, when there is one ("parent_id").
  const std::string& field() const { return field_; }

  static Error Invalid(std::string m, std::string f = {}) { return {ErrorCode::kInvalid, std::move(m), std::move(f)}; }
  static Error NotFound(std::string m) { return {ErrorCode::kNotFound, std::move(m)}; }
  static Error Forbidden(std::string m) { return {ErrorCode::kForbidden, std::move(m)}; }
  static Error Conflict(std::string m) { return {ErrorCode::kConflict, std::move(m)}; }
  // Raised by a storage driver: the message is the database's own text (SQL, table names), for
  // the log only; `constraint` is "unique", "foreign_key", "check", "not_null", "other" or "" (not
  // a constraint). The HTTP edge answers a clean message instead.
  static Error Storage(ErrorCode c, std::string m, std::string constraint) {
    Error e(c, std::move(m));
    e.storage_ = true;
    e.constraint_ = std::move(constraint);
    return e;
  }
  bool from_storage() const { return storage_; }
  const std::string& constraint() const { return constraint_; }

 private:
  ErrorCode code_;
  std::string field_;
  bool storage_ = false;
  std::string constraint_;
};

// Stable machine-readable name of a code ("invalid_input", "not_found", …).
const char* error_code_name(ErrorCode code);

}  // namespace thidua
