#include "documents/pdf.h"

#include <signal.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "core/error.h"

namespace thidua::documents {

namespace fs = std::filesystem;

namespace {

std::string soffice() {
  if (const char* e = std::getenv("THIDUA_SOFFICE"); e && *e) return e;
  const char* path = std::getenv("PATH");
  std::stringstream ss(path ? path : "/usr/bin:/bin");
  for (std::string dir; std::getline(ss, dir, ':');)
    for (const char* n : {"soffice", "libreoffice"}) {
      fs::path p = fs::path(dir) / n;
      if (::access(p.c_str(), X_OK) == 0) return p.string();
    }
  return {};
}

Error failure(const std::string& m) { return Error(ErrorCode::kInternal, "Chuyển sang PDF: " + m); }

}  // namespace

bool pdf_available() { return !soffice().empty(); }

std::string to_pdf(const std::string& bytes, const std::string& ext, int timeout_s) {
  std::string exe = soffice();
  if (exe.empty()) throw failure("máy chủ chưa cài LibreOffice (libreoffice-writer-nogui)");
  char tmpl[] = "/tmp/thidua-pdf-XXXXXX";
  if (!::mkdtemp(tmpl)) throw failure("không tạo được thư mục tạm");
  fs::path dir(tmpl);
  struct Cleanup {
    fs::path d;
    ~Cleanup() {
      std::error_code ec;
      fs::remove_all(d, ec);
    }
  } cleanup{dir};
  fs::path in = dir / ("document." + ext);
  {
    std::ofstream out(in, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw failure("không ghi được tệp tạm");
  }
  std::string profile = "-env:UserInstallation=file://" + (dir / "profile").string();
  std::string outdir = (dir / "out").string();
  // everything the child needs is built before fork (the server has other threads)
  std::string home = "HOME=" + dir.string(), path = "PATH=/usr/bin:/bin", lang = "LANG=C.UTF-8";
  char* envp[] = {home.data(), path.data(), lang.data(), nullptr};
  std::string a_headless = "--headless", a_norestore = "--norestore", a_nolock = "--nolockcheck",
              a_nodefault = "--nodefault", a_convert = "--convert-to", a_pdf = "pdf", a_outdir = "--outdir";
  std::string in_s = in.string();
  char* argv[] = {exe.data(), a_headless.data(), a_norestore.data(), a_nolock.data(), a_nodefault.data(), profile.data(),
                  a_convert.data(), a_pdf.data(), a_outdir.data(), outdir.data(), in_s.data(), nullptr};
  pid_t pid = ::fork();
  if (pid < 0) throw failure("không chạy được LibreOffice");
  if (pid == 0) {
    ::setpgid(0, 0);
    int devnull = ::open("/dev/null", O_RDWR);
    if (devnull >= 0) {
      ::dup2(devnull, 0);
      ::dup2(devnull, 1);
      ::dup2(devnull, 2);
    }
    ::execve(exe.c_str(), argv, envp);
    ::_exit(127);
  }
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_s);
  int status = 0;
  for (;;) {
    pid_t r = ::waitpid(pid, &status, WNOHANG);
    if (r == pid) break;
    if (r < 0) throw failure("mất tiến trình LibreOffice");
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(-pid, SIGKILL);
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      throw failure("quá thời gian " + std::to_string(timeout_s) + " giây");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  fs::path pdf = fs::path(outdir) / "document.pdf";
  std::ifstream f(pdf, std::ios::binary);
  if (!f) throw failure("LibreOffice không tạo ra tệp PDF (mã thoát " + std::to_string(WEXITSTATUS(status)) + ")");
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

}  // namespace thidua::documents
