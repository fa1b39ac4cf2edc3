#include "core/error.h"

namespace thidua {
const char* error_code_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalid: return "invalid_input";
    case ErrorCode::kUnauthorized: return "unauthorized";
    case ErrorCode::kForbidden: return "forbidden";
    case ErrorCode::kNotFound: return "not_found";
    case ErrorCode::kConflict: return "conflict";
    case ErrorCode::kTooMany: return "too_many_requests";
    case ErrorCode::kInternal: return "internal";
  }
  return "internal";
}
}  // namespace thidua
