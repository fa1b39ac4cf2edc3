// Zip packages (.docx, .xlsx): written from named parts, read back with hard limits so that a
// small file cannot expand without bound (a zip bomb) and a file that is not a zip says what it is.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace thidua::documents {

// Writes the parts in order (the first one stored as given: [Content_Types].xml first for OOXML).
std::string write_zip(const std::vector<std::pair<std::string, std::string>>& parts);

struct ZipLimits {
  uint64_t max_entries = 10000;
  uint64_t max_part_bytes = 200ull << 20;   // one part, counted while inflating
  uint64_t max_total_bytes = 400ull << 20;  // all parts read
  double max_ratio = 200;                   // inflated / compressed, for parts over 1 MiB
};

// What a file's first bytes say it is: "zip", "ole" (an old .xls/.doc, or a password-protected
// Office file), "pdf", "empty" or "other".
std::string sniff(const std::string& bytes);

// An opened package. Every failure throws Error::Invalid with a Vietnamese message naming the
// file (`label`).
class ZipReader {
 public:
  ZipReader(const std::string& bytes, std::string label, ZipLimits limits = {});
  ~ZipReader();
  ZipReader(const ZipReader&) = delete;
  ZipReader& operator=(const ZipReader&) = delete;
  bool has(const std::string& name) const;
  // The part's bytes; throws when absent, corrupt or past a limit.
  std::string read(const std::string& name);
  std::vector<std::string> names() const;

 private:
  struct Impl;
  Impl* impl_;
};

}  // namespace thidua::documents
