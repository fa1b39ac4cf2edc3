// Zip packages (.docx, .xlsx): written from named parts, read back with hard limits so that a
// small file cannot expand without bound (a zip bomb) and a file that is not a zip says what it is.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
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

class ZipReader;

// One part of an opened package inflated a chunk at a time (a worksheet of 100,000 rows is never
// one string), under the package's limits: past them, or when corrupt, read() throws
// Error::Invalid as ZipReader::read does. Valid while its ZipReader is.
class ZipPart {
 public:
  ~ZipPart();
  ZipPart(const ZipPart&) = delete;
  ZipPart& operator=(const ZipPart&) = delete;
  // Up to `cap` bytes into `buf`; 0 at the end of the part.
  size_t read(char* buf, size_t cap);

 private:
  friend class ZipReader;
  ZipPart() = default;
  void* file_ = nullptr;  // zip_file_t
  ZipReader* zip_ = nullptr;
  std::string name_;
  uint64_t got_ = 0, comp_size_ = 0;
  bool has_comp_size_ = false;
};

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
  // The part to inflate in chunks (ZipPart::read); throws when absent or corrupt.
  std::unique_ptr<ZipPart> open(const std::string& name);
  std::vector<std::string> names() const;

 private:
  friend class ZipPart;
  struct Impl;
  Impl* impl_;
};

}  // namespace thidua::documents
