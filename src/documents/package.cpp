#include "documents/package.h"

#include <zip.h>

#include <cstring>

#include "core/error.h"

namespace thidua::documents {

std::string write_zip(const std::vector<std::pair<std::string, std::string>>& parts) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* out = zip_source_buffer_create(nullptr, 0, 0, &err);
  if (!out) throw Error(ErrorCode::kInternal, "zip: không tạo được bộ đệm");
  zip_source_keep(out);
  zip_t* z = zip_open_from_source(out, ZIP_TRUNCATE, &err);
  if (!z) {
    zip_source_free(out);
    throw Error(ErrorCode::kInternal, "zip: không mở được gói để ghi");
  }
  for (auto& [name, data] : parts) {
    zip_source_t* s = zip_source_buffer(z, data.data(), data.size(), 0);
    if (!s || zip_file_add(z, name.c_str(), s, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
      if (s) zip_source_free(s);
      zip_discard(z);
      zip_source_free(out);
      throw Error(ErrorCode::kInternal, "zip: không ghi được phần " + name);
    }
  }
  if (zip_close(z) < 0) {
    zip_discard(z);
    zip_source_free(out);
    throw Error(ErrorCode::kInternal, "zip: không đóng được gói");
  }
  std::string bytes;
  if (zip_source_open(out) == 0) {
    zip_source_seek(out, 0, SEEK_END);
    zip_int64_t size = zip_source_tell(out);
    zip_source_seek(out, 0, SEEK_SET);
    bytes.resize(static_cast<size_t>(size));
    zip_int64_t got = zip_source_read(out, bytes.data(), static_cast<zip_uint64_t>(size));
    zip_source_close(out);
    if (got != size) bytes.clear();
  }
  zip_source_free(out);
  if (bytes.empty()) throw Error(ErrorCode::kInternal, "zip: gói rỗng");
  return bytes;
}

std::string sniff(const std::string& b) {
  if (b.empty()) return "empty";
  if (b.size() >= 4 && std::memcmp(b.data(), "PK\x03\x04", 4) == 0) return "zip";
  if (b.size() >= 4 && std::memcmp(b.data(), "PK\x05\x06", 4) == 0) return "zip";  // empty archive
  if (b.size() >= 8 && std::memcmp(b.data(), "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0) return "ole";
  if (b.size() >= 5 && std::memcmp(b.data(), "%PDF-", 5) == 0) return "pdf";
  return "other";
}

struct ZipReader::Impl {
  std::string bytes;
  std::string label;
  ZipLimits limits;
  zip_t* z = nullptr;
  uint64_t total = 0;
};

ZipReader::ZipReader(const std::string& bytes, std::string label, ZipLimits limits) : impl_(new Impl) {
  impl_->bytes = bytes;
  impl_->label = std::move(label);
  impl_->limits = limits;
  auto kind = sniff(bytes);
  auto fail = [&](const std::string& m) {
    delete impl_;
    impl_ = nullptr;
    throw Error::Invalid("Tệp " + (label.empty() ? std::string("tải lên") : label) + ": " + m);
  };
  label = impl_->label;
  if (kind == "empty") fail("tệp rỗng");
  if (kind == "ole")
    fail("đây là tệp Excel/Word đời cũ (.xls/.doc) hoặc tệp có đặt mật khẩu mở, không phải .xlsx/.docx; "
         "hãy gỡ mật khẩu hoặc lưu lại dưới dạng .xlsx rồi tải lên lại");
  if (kind != "zip") fail("không phải tệp .xlsx/.docx (không phải gói zip)");
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(impl_->bytes.data(), impl_->bytes.size(), 0, &err);
  if (!src) fail("không đọc được");
  impl_->z = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err);
  if (!impl_->z) {
    zip_source_free(src);
    fail("tệp bị hỏng (gói zip không hợp lệ)");
  }
  zip_int64_t n = zip_get_num_entries(impl_->z, 0);
  if (n < 0 || static_cast<uint64_t>(n) > impl_->limits.max_entries) {
    zip_close(impl_->z);
    fail("gói có quá nhiều phần (" + std::to_string(n) + ")");
  }
}

ZipReader::~ZipReader() {
  if (impl_) {
    if (impl_->z) zip_discard(impl_->z);
    delete impl_;
  }
}

bool ZipReader::has(const std::string& name) const { return zip_name_locate(impl_->z, name.c_str(), 0) >= 0; }

std::vector<std::string> ZipReader::names() const {
  std::vector<std::string> out;
  zip_int64_t n = zip_get_num_entries(impl_->z, 0);
  for (zip_int64_t i = 0; i < n; ++i)
    if (const char* s = zip_get_name(impl_->z, static_cast<zip_uint64_t>(i), 0)) out.emplace_back(s);
  return out;
}

std::unique_ptr<ZipPart> ZipReader::open(const std::string& name) {
  const std::string who = "Tệp " + impl_->label + ": ";
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(impl_->z, name.c_str(), 0, &st) < 0) throw Error::Invalid(who + "thiếu phần " + name);
  zip_file_t* f = zip_fopen(impl_->z, name.c_str(), 0);
  if (!f) throw Error::Invalid(who + "phần " + name + " bị hỏng");
  std::unique_ptr<ZipPart> part(new ZipPart);
  part->file_ = f;
  part->zip_ = this;
  part->name_ = name;
  part->has_comp_size_ = (st.valid & ZIP_STAT_COMP_SIZE) != 0;
  part->comp_size_ = st.comp_size;
  return part;
}

ZipPart::~ZipPart() {
  if (file_) zip_fclose(static_cast<zip_file_t*>(file_));
}

size_t ZipPart::read(char* buf, size_t cap) {
  if (!file_) return 0;
  auto& z = *zip_->impl_;
  const std::string who = "Tệp " + z.label + ": ";
  zip_int64_t got = zip_fread(static_cast<zip_file_t*>(file_), buf, cap);
  if (got < 0) throw Error::Invalid(who + "phần " + name_ + " bị hỏng (không giải nén được)");
  got_ += static_cast<uint64_t>(got);
  z.total += static_cast<uint64_t>(got);
  bool ratio_bad = has_comp_size_ && got_ > (1u << 20) && static_cast<double>(got_) > z.limits.max_ratio * static_cast<double>(comp_size_ + 1);
  if (got_ > z.limits.max_part_bytes || z.total > z.limits.max_total_bytes || ratio_bad)
    throw Error::Invalid(who + "giải nén vượt giới hạn cho phép (nghi là \"bom zip\"); tệp bị từ chối");
  return static_cast<size_t>(got);
}

std::string ZipReader::read(const std::string& name) {
  auto part = open(name);
  std::string out;
  char buf[65536];
  while (size_t got = part->read(buf, sizeof buf)) out.append(buf, got);
  return out;
}

}  // namespace thidua::documents
