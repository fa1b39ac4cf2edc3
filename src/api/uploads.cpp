#include "api/uploads.h"

#include <spdlog/spdlog.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

#include "core/error.h"

extern char** environ;

namespace thidua::api {

namespace {

size_t env_mb(const char* name, size_t fallback) {
  const char* v = std::getenv(name);
  if (!v || !*v) return fallback;
  char* end = nullptr;
  long long mb = std::strtoll(v, &end, 10);
  if (*end || mb <= 0 || mb > 1024) return fallback;
  return static_cast<size_t>(mb) << 20;
}

bool starts_with(const std::string& s, const std::string& p) { return s.compare(0, p.size(), p) == 0; }

}  // namespace

UploadLimits upload_limits() {
  UploadLimits l;
  l.file_bytes = env_mb("THIDUA_UPLOAD_MAX_FILE_MB", l.file_bytes);
  l.report_bytes = env_mb("THIDUA_UPLOAD_MAX_REPORT_MB", l.report_bytes);
  return l;
}

void check_file_content(const std::string& type, const std::string& bytes, const char* field) {
  auto refuse = [&] { throw Error::Invalid("Nội dung tệp không đúng với loại " + type, field); };
  if (type == "application/pdf") {
    if (!starts_with(bytes, "%PDF-")) refuse();
  } else if (type == "image/png") {
    if (!starts_with(bytes, std::string("\x89PNG\r\n\x1a\n", 8)) || bytes.compare(12, 4, "IHDR") != 0) refuse();
  } else if (type == "image/jpeg") {
    if (!starts_with(bytes, "\xff\xd8\xff")) refuse();
  } else if (type == "application/vnd.openxmlformats-officedocument.wordprocessingml.document" ||
             type == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") {
    // A zip (local file header) naming the package's own folder among its entries.
    bool word = type.find("wordprocessingml") != std::string::npos;
    if (!starts_with(bytes, std::string("PK\x03\x04", 4)) || bytes.find(word ? "word/" : "xl/") == std::string::npos) refuse();
  } else {
    throw Error::Invalid("Chỉ nhận tệp PDF, PNG, JPEG, DOCX hoặc XLSX", field);
  }
}

const char* extension_for(const std::string& type) {
  if (type == "application/pdf") return "pdf";
  if (type == "image/png") return "png";
  if (type == "image/jpeg") return "jpg";
  if (type.find("wordprocessingml") != std::string::npos) return "docx";
  if (type.find("spreadsheetml") != std::string::npos) return "xlsx";
  return "bin";
}

std::optional<std::string> scan_upload(const std::string& bytes) {
  const char* cmd = std::getenv("THIDUA_SCAN_COMMAND");
  if (!cmd || !*cmd) return std::nullopt;
  const std::string refused = "Tệp bị từ chối: kiểm tra an toàn (quét mã độc) không chấp nhận tệp này";
  namespace fs = std::filesystem;
  std::random_device rd;
  fs::path dir = fs::temp_directory_path() / ("thidua-scan-" + std::to_string(rd()) + std::to_string(rd()));
  std::error_code ec;
  if (!fs::create_directory(dir, ec)) {
    spdlog::error("upload scan: cannot create {}: {}", dir.string(), ec.message());
    return refused;  // a scan that cannot run does not let a file through
  }
  fs::permissions(dir, fs::perms::owner_all, ec);
  fs::path file = dir / "upload";
  {
    std::ofstream out(file, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  int timeout = 60;
  if (const char* t = std::getenv("THIDUA_SCAN_TIMEOUT_SECONDS"); t && std::atoi(t) > 0) timeout = std::atoi(t);
  // sh -c 'COMMAND "$1"' sh FILE: the operator's command line, the path passed as an argument
  // (never spliced into the shell text).
  std::string script = std::string(cmd) + " \"$1\"";
  std::string path = file.string();
  const char* argv[] = {"sh", "-c", script.c_str(), "sh", path.c_str(), nullptr};
  pid_t pid = 0;
  std::optional<std::string> result = refused;
  if (posix_spawn(&pid, "/bin/sh", nullptr, nullptr, const_cast<char* const*>(argv), environ) == 0) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout);
    int status = 0;
    for (;;) {
      pid_t w = waitpid(pid, &status, WNOHANG);
      if (w == pid) {
        if (WIFEXITED(status) && WEXITSTATUS(status) == 0) result = std::nullopt;
        else spdlog::warn("upload scan refused a file (status {})", status);
        break;
      }
      if (w < 0 || std::chrono::steady_clock::now() > deadline) {
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
        spdlog::error("upload scan did not finish within {} s", timeout);
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  } else {
    spdlog::error("upload scan: cannot run /bin/sh");
  }
  fs::remove_all(dir, ec);
  return result;
}

}  // namespace thidua::api
