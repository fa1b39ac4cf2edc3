// thidua_documents_bench: the product's workbook and Word code against Python's, in one run
// (bench/README.md, "Workbooks and Word documents").
//   1. A roster of N people (default 100,000) as .xlsx is uploaded to the product's own import
//      route — POST /api/v1/imports/roster through api::App::handle, as an officer of a province,
//      so every row is read, checked against the registry and the officer's scope, and answered
//      as the JSON preview — against openpyxl (read-only mode) reading every cell of the same
//      file (bench/documents_reference.py), timed inside Python without its start-up.
//   2. A decision with M recipients (default 1,000) written as .docx by the product's template
//      code (documents::TemplateSet, templates/docx/decision.xml) against python-docx writing
//      the same document (the header, the articles, the signature and the 5-column list).
// Prints the figures and merges them under "documents" into --out. --smoke: tiny sizes, one
// repetition, checks that both sides produce the same rows and recipients; never a timing check.
#include <malloc.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "api/app.h"
#include "api/bootstrap.h"
#include "core/progress.h"
#include "documents/docx.h"
#include "documents/kinds.h"
#include "documents/table.h"
#include "storage/database.h"
#include "storage/registry.h"

using nlohmann::json;
namespace fs = std::filesystem;
using namespace thidua;

namespace {

double now_ms() {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Where the import's time goes: the moment each phase starts (core/progress.h).
struct PhaseClock : progress::Sink {
  std::vector<std::pair<std::string, double>> starts;
  void phase(std::string_view name, size_t) override { starts.emplace_back(std::string(name), now_ms()); }
  void done(size_t) override {}
  void advance(size_t) override {}
  bool cancelled() const override { return false; }
};

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

// The process's peak resident memory (VmHWM, MiB) since the last reset_peak_rss().
double peak_rss_mib() {
  std::ifstream f("/proc/self/status");
  std::string line;
  while (std::getline(f, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024;
  return 0;
}
// Memory freed before is given back first (malloc_trim), so the peak is this step's own.
void reset_peak_rss() {
  ::malloc_trim(0);
  std::ofstream("/proc/self/clear_refs") << "5";
}

double load1() {
  double l = 0;
  if (FILE* f = std::fopen("/proc/loadavg", "r")) {
    if (std::fscanf(f, "%lf", &l) != 1) l = 0;
    std::fclose(f);
  }
  return l;
}

std::string run_capture(const std::string& cmd) {
  std::string out;
  FILE* p = ::popen(cmd.c_str(), "r");
  if (!p) throw std::runtime_error("cannot run " + cmd);
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int rc = ::pclose(p);
  if (rc != 0) throw std::runtime_error(cmd + " failed (" + std::to_string(rc) + "): " + out);
  return out;
}

void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream f(path, std::ios::binary);
  f << bytes;
  if (!f) throw std::runtime_error("cannot write " + path);
}

const char* kFamily[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"};
const char* kMiddle[] = {"Văn", "Thị", "Đức", "Minh", "Quang", "Thu", "Hữu", "Ngọc"};
const char* kGiven[] = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hùng", "Lan", "Long", "Mai", "Nam", "Phương", "Sơn", "Tâm", "Thảo"};
const char* kRank[] = {"Thiếu úy", "Trung úy", "Thượng úy", "Đại úy", "Thiếu tá", "Trung tá"};
const char* kPosition[] = {"Cán bộ", "Đội trưởng", "Phó Đội trưởng", "Trưởng Công an xã", "Điều tra viên"};

std::string person_name(size_t i) {
  return std::string(kFamily[i % 10]) + " " + kMiddle[(i / 10) % 8] + " " + kGiven[(i / 80) % 16] + " " + std::to_string(i + 1);
}

}  // namespace

int main(int argc, char** argv) {
  size_t rows = 100000, recipients = 1000;
  int reps = 3;
  bool smoke = false, roster_only = false;
  std::string workdir, out, python = "python3", source = THIDUA_SOURCE_DIR;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) throw std::runtime_error("missing value for " + a);
      return argv[++i];
    };
    if (a == "--rows") rows = std::stoul(next());
    else if (a == "--recipients") recipients = std::stoul(next());
    else if (a == "--reps") reps = std::stoi(next());
    else if (a == "--workdir") workdir = next();
    else if (a == "--out") out = next();
    else if (a == "--python") python = next();
    else if (a == "--smoke") smoke = true;
    else if (a == "--roster-only") roster_only = true;  // the roster preview only: no Python, no decision
    else {
      std::cerr << "usage: thidua_documents_bench [--rows N] [--recipients M] [--reps R] [--workdir DIR] [--out FILE] [--smoke] "
                   "[--roster-only]\n";
      return 2;
    }
  }
  if (smoke) {
    rows = std::min<size_t>(rows, 300);
    recipients = std::min<size_t>(recipients, 20);
    reps = 1;
  }
  bool own_dir = workdir.empty();
  if (own_dir) {
    char tmpl[] = "/tmp/thidua-docbench-XXXXXX";
    if (!::mkdtemp(tmpl)) return 1;
    workdir = tmpl;
  }
  std::string reference = source + "/bench/documents_reference.py";
  json result;
  try {
    double load_start = load1();
    result["load1_start"] = load_start;
    // ---- the registry: a province with 40 districts, and its officer ----
    auto db = storage::open_database("sqlite:" + workdir + "/bench.db");
    storage::migrate(*db);
    const std::string password = "Bench!Passw0rd";
    api::ensure_admin(*db, password);
    std::vector<std::string> codes;
    {
      auto tx = db->begin(storage::TxMode::kWrite);
      storage::UnitRepository units(*tx);
      int64_t root = std::stoll(*tx->query("SELECT id FROM units WHERE code = 'BCA'").rows[0][0]);
      auto d = *Date::parse_iso("2020-01-01");
      auto prov = units.create({"Công an tỉnh Thử Nghiệm", "provincial_police", "CA-TN", root, d, std::nullopt});
      for (int k = 1; k <= 40; ++k) {
        std::string code = "CA-TN-" + std::to_string(k);
        units.create({"Công an huyện Thử Nghiệm " + std::to_string(k), "district_police", code, prov.id, d, std::nullopt});
        codes.push_back(code);
      }
      tx->commit();
    }
    api::add_user(*db, "canbo.thunghiem", password, "officer", "CA-TN", "Cán bộ thi đua");
    api::AppOptions opts;
    opts.web_root = workdir;  // no UI needed
    api::App app(*db, opts);
    http::Request login;
    login.method = "POST";
    login.path = login.target = "/api/v1/session";
    login.headers["content-type"] = "application/json";
    login.body = json{{"username", "canbo.thunghiem"}, {"password", password}}.dump();
    auto lr = app.handle(login);
    if (lr.status != 200) throw std::runtime_error("login: " + lr.body);
    std::string cookie;
    for (auto& [k, v] : lr.headers)
      if (k == "Set-Cookie") cookie = v.substr(0, v.find(';'));
    std::string csrf = json::parse(lr.body)["csrf_token"];

    // ---- 1. the roster workbook ----
    documents::Table t;
    t.title = "DANH SÁCH CÁN BỘ";
    t.sheet = "Danh sách";
    using documents::Column;
    t.columns = {{"Họ và tên", Column::Type::kText, 30}, {"Mã đơn vị", Column::Type::kText, 12}, {"Cấp bậc", Column::Type::kText, 12},
                 {"Chức vụ", Column::Type::kText, 20}, {"Năm sinh", Column::Type::kInteger, 10}, {"Từ ngày", Column::Type::kDate, 12}};
    Date from = *Date::parse_iso("2024-01-01");
    for (size_t i = 0; i < rows; ++i)
      t.rows.push_back({person_name(i), codes[i % codes.size()], std::string(kRank[i % 6]), std::string(kPosition[i % 5]),
                        static_cast<double>(1965 + i % 40), from.add_days(static_cast<int>(i % 300))});
    std::string xlsx = documents::to_xlsx(t);
    std::string xlsx_path = workdir + "/roster.xlsx";
    write_file(xlsx_path, xlsx);
    result["roster_rows"] = rows;
    result["roster_file_bytes"] = xlsx.size();

    // the officer's upload of the roster, answered at once or as a job
    auto upload = [&](bool job) {
      http::Request up;
      up.method = "POST";
      up.path = "/api/v1/imports/roster";
      up.query_string = job ? "filename=roster.xlsx&job=1" : "filename=roster.xlsx";
      up.target = up.path + "?" + up.query_string;
      up.headers["content-type"] = "application/octet-stream";
      up.headers["cookie"] = cookie;
      up.headers["x-csrf-token"] = csrf;
      up.body = xlsx;
      return up;
    };
    std::vector<double> ours, theirs;
    for (int r = 0; r < reps; ++r) {
      http::Request up = upload(false);
      PhaseClock clock;
      reset_peak_rss();
      double rss0 = peak_rss_mib();
      double t0 = now_ms();
      http::Response res;
      {
        progress::Scope scope(&clock);
        res = app.handle(up);
      }
      double t1 = now_ms();
      double rss_growth = peak_rss_mib() - rss0;  // before the bench parses the answer itself
      // read (unzip and parse), check (every row against the registry), answer (the JSON preview)
      clock.starts.emplace_back("answer_end", t1);
      json split = json::object();
      double prev = t0;
      std::string prev_name = "start";
      for (auto& [name, at] : clock.starts) {
        split[prev_name + "_ms"] = at - prev;
        prev = at;
        prev_name = name;
      }
      result["roster_phases_last"] = split;
      if (res.status != 200) throw std::runtime_error("import: " + std::to_string(res.status) + " " + res.body.substr(0, 500));
      json j = json::parse(res.body);
      if (j["total"].get<size_t>() != rows || j["problem_rows"].get<size_t>() != 0)
        throw std::runtime_error("import preview: " + std::to_string(j["total"].get<size_t>()) + " rows, " +
                                 std::to_string(j["problem_rows"].get<size_t>()) + " with problems");
      ours.push_back(t1 - t0);
      result["roster_preview_peak_rss_growth_mib"] = rss_growth;
      if (roster_only) continue;
      json py = json::parse(run_capture(python + " " + reference + " openpyxl " + xlsx_path));
      // openpyxl reads every row, the title and heading rows too: the data rows must all be there
      if (py["rows"].get<size_t>() < rows) throw std::runtime_error("openpyxl read " + py["rows"].dump() + " rows");
      theirs.push_back(py["seconds"].get<double>() * 1000);
    }
    result["roster_preview_ms"] = median(ours);
    if (!roster_only) {
      result["openpyxl_read_ms"] = median(theirs);
      result["roster_vs_openpyxl"] = median(theirs) / median(ours);
      result["roster_target"] = ">= 5";
    }

    // ---- 1b. the same preview as a job (?job=1): started, polled until done, its result read ----
    {
      http::Request up = upload(true);
      reset_peak_rss();
      double rss0 = peak_rss_mib(), t0 = now_ms();
      auto started = app.handle(up);
      if (started.status != 202) throw std::runtime_error("import job: " + std::to_string(started.status) + " " + started.body);
      std::string id = json::parse(started.body)["id"];
      http::Request get;
      get.method = "GET";
      get.path = get.target = "/api/v1/jobs/" + id;
      get.headers["cookie"] = cookie;
      json j;
      double rss_growth = 0;
      for (;;) {
        auto res = app.handle(get);
        rss_growth = peak_rss_mib() - rss0;  // before the bench parses the answer itself
        j = json::parse(res.body);
        if (j["state"] != "running") break;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      }
      double t1 = now_ms();
      if (j["state"] != "done" || j["result"]["total"].get<size_t>() != rows)
        throw std::runtime_error("import job: " + j.dump().substr(0, 500));
      result["roster_job_ms"] = t1 - t0;
      result["roster_job_peak_rss_growth_mib"] = rss_growth;
    }
    if (roster_only) {
      result["load1_end"] = load1();
      result["smoke"] = smoke;
      result["measured_at"] = storage::now_iso();
      std::cout << result.dump(2) << std::endl;
      if (own_dir) fs::remove_all(workdir);
      return 0;
    }

    // ---- 2. a decision with M recipients ----
    json data = {{"issuer_superior", "BỘ CÔNG AN"}, {"issuer_name", "CÔNG AN TỈNH THỬ NGHIỆM"}, {"has_superior", true},
                 {"number", "125"}, {"number_symbol", "125/QĐ-CATN"}, {"place_date", "Thử Nghiệm, ngày 15 tháng 01 năm 2025"},
                 {"date_long", "ngày 15 tháng 01 năm 2025"}, {"doc_type", "QUYẾT ĐỊNH"},
                 {"summary", "Về việc tặng Giấy khen cho tập thể, cá nhân có thành tích xuất sắc năm 2024"},
                 {"authority", "GIÁM ĐỐC CÔNG AN TỈNH THỬ NGHIỆM"}, {"issuer_authority", "Giám đốc Công an tỉnh Thử Nghiệm"},
                 {"proposer_name", "Phòng Tham mưu"}, {"council_unit", "Công an tỉnh Thử Nghiệm"},
                 {"article1", "Tặng Giấy khen cho " + std::to_string(recipients) + " cá nhân có tên trong danh sách kèm theo."},
                 {"article2", "Tiền thưởng theo mức lương cơ sở 2.340.000 đồng, chi từ quỹ thi đua, khen thưởng theo quy định."},
                 {"article3", "Thủ trưởng các đơn vị có liên quan và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."},
                 {"list_heading", "TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG"}, {"recipient_count", std::to_string(recipients)},
                 {"collective_count", "0"}, {"individual_count", std::to_string(recipients)}, {"cash_total", "0"}, {"year", "2024"},
                 {"signer_authority", "KT. GIÁM ĐỐC"}, {"signer_position", "PHÓ GIÁM ĐỐC"}, {"signer_name", "Đại tá Nguyễn Văn Ký"},
                 {"bases", json::array({{{"text", "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"}},
                                        {{"text", "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ;"}},
                                        {{"text", "Căn cứ Thông tư số 93/2024/TT-BCA của Bộ trưởng Bộ Công an;"}}})},
                 {"recipients", json::array({{{"text", "Như Điều 3;"}}, {{"text", "Lưu: VT, PV01."}}})}};
    json list = json::array();
    for (size_t i = 0; i < recipients; ++i)
      list.push_back({{"ordinal", std::to_string(i + 1)}, {"name", person_name(i)}, {"unit_name", "Công an huyện Thử Nghiệm " + std::to_string(i % 40 + 1)},
                      {"award_name", "Giấy khen"}, {"cash", "702.000"}});
    data["recipients_list"] = list;
    std::string data_path = workdir + "/decision.json";
    write_file(data_path, data.dump());
    auto ts = documents::TemplateSet::load(source + "/templates", documents::template_kinds());
    std::vector<double> d_ours, d_theirs;
    std::string docx;
    for (int r = 0; r < std::max(reps, 3); ++r) {
      double t0 = now_ms();
      docx = ts->render("decision", data);
      d_ours.push_back(now_ms() - t0);
    }
    write_file(workdir + "/decision-thidua.docx", docx);
    for (int r = 0; r < reps; ++r) {
      json py = json::parse(run_capture(python + " " + reference + " docx " + data_path + " " + workdir + "/decision-python.docx"));
      d_theirs.push_back(py["seconds"].get<double>() * 1000);
    }
    // both documents hold every recipient: read back by python-docx
    json check = json::parse(run_capture(python + " " + reference + " count " + workdir + "/decision-thidua.docx " + workdir + "/decision-python.docx"));
    for (auto& n : check["table_rows"])
      if (n.get<size_t>() < recipients) throw std::runtime_error("a decision lacks recipients: " + check.dump());
    result["decision_recipients"] = recipients;
    result["decision_docx_bytes"] = docx.size();
    result["decision_docx_ms"] = median(d_ours);
    result["python_docx_ms"] = median(d_theirs);
    result["docx_vs_python_docx"] = median(d_theirs) / median(d_ours);
    result["docx_target"] = ">= 10";
    result["load1_end"] = load1();
    result["smoke"] = smoke;
    result["measured_at"] = storage::now_iso();
  } catch (const std::exception& e) {
    std::cerr << "documents bench: " << e.what() << std::endl;
    if (own_dir) fs::remove_all(workdir);
    return 1;
  }
  if (own_dir) fs::remove_all(workdir);
  std::cout << result.dump(2) << std::endl;
  if (!out.empty()) {
    nlohmann::ordered_json all = nlohmann::ordered_json::object();  // the other parts keep their order
    if (std::ifstream in(out); in) {
      std::stringstream ss;
      ss << in.rdbuf();
      all = nlohmann::ordered_json::parse(ss.str(), nullptr, false);
      if (!all.is_object()) all = nlohmann::ordered_json::object();
    }
    all["documents"] = nlohmann::ordered_json::parse(result.dump());
    std::ofstream o(out);
    o << all.dump(2) << "\n";
  }
  return 0;
}
