#include "cli/documents_cli.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>

#include "api/data_files.h"
#include "api/documents.h"
#include "api/imports.h"
#include <sstream>
#include "api/score_board.h"
#include "cli/progress_cli.h"
#include "core/error.h"
#include "scoring/indicator.h"
#include "storage/accounts.h"
#include "storage/scoring_store.h"

namespace thidua::cli {

struct DocumentCommands {
  CLI::App* document = nullptr;
  std::string kind, format = "docx", out;
  int64_t id = 0;
  CLI::App* export_cmd = nullptr;
  CLI::App* export_ranking = nullptr;
  int64_t group = 0;
  int year = 0;
  std::string period, xformat = "xlsx", xout;
  CLI::App* import_cmd = nullptr;
  std::string ikind, ifile;
  bool commit = false;
};

std::shared_ptr<DocumentCommands> add_document_commands(CLI::App& app, std::string& db_url) {
  auto d = std::make_shared<DocumentCommands>();
  d->document = app.add_subcommand("document", "Write a document (.docx or .pdf): plan, pledge, regulation, review, ranking…");
  d->document->add_option("KIND", d->kind, "plan|pledge|regulation|review|ranking|proposal|minutes|decision|certificates")->required();
  d->document->add_option("--id", d->id, "The movement, pledge, scheme, review report or group-year id")->required();
  d->document->add_option("--format", d->format, "docx|pdf")->check(CLI::IsMember({"docx", "pdf"}));
  d->document->add_option("-o,--output", d->out, "Output file")->required();
  d->document->add_option("--db", db_url, "sqlite:PATH or postgresql://…");

  d->export_cmd = app.add_subcommand("export", "Export a table as .xlsx or .csv");
  d->export_cmd->require_subcommand(1);
  d->export_ranking = d->export_cmd->add_subcommand("ranking", "A group-year's ranking with the points of each section");
  d->export_ranking->add_option("--group", d->group, "Group id")->required();
  d->export_ranking->add_option("--year", d->year, "Year")->required();
  d->export_ranking->add_option("--period", d->period, "Period as JSON (default: the year)");
  d->export_ranking->add_option("--format", d->xformat, "xlsx|csv")->check(CLI::IsMember({"xlsx", "csv"}));
  d->export_ranking->add_option("-o,--output", d->xout, "Output file")->required();
  d->export_ranking->add_option("--db", db_url, "sqlite:PATH or postgresql://…");

  d->import_cmd = app.add_subcommand("import", "Read a workbook (.xlsx/.csv): preview every row, --commit saves all or none");
  d->import_cmd->add_option("KIND", d->ikind, "reports|roster")->required()->check(CLI::IsMember({"reports", "roster"}));
  d->import_cmd->add_option("FILE", d->ifile, "The workbook")->required();
  d->import_cmd->add_flag("--commit", d->commit, "Save every row (nothing when a row has a problem)");
  d->import_cmd->add_option("--db", db_url, "sqlite:PATH or postgresql://…");
  return d;
}

namespace {

std::unique_ptr<scoring::IndicatorCatalogue> catalogue() {
  auto text = api::embedded_data("indicators.json");
  return std::make_unique<scoring::IndicatorCatalogue>(scoring::IndicatorCatalogue::from_json(nlohmann::json::parse(text)));
}

// Through a temporary file renamed into place: an interruption never leaves half a file.
int write(const std::string& path, const std::string& bytes) { return write_file_atomically(path, bytes); }

std::optional<int> run(const DocumentCommands& d, const std::string& db_url, ProgressSession& bar);

}  // namespace

std::optional<int> run_document_commands(const DocumentCommands& d, const std::string& db_url) {
  if (!d.document->parsed() && !d.import_cmd->parsed() && !d.export_ranking->parsed()) return std::nullopt;
  // progress on stderr; Ctrl-C stops at the next row, with nothing saved and no file left half-written
  ProgressSession bar;
  try {
    return run(d, db_url, bar);
  } catch (const progress::Cancelled&) {
    bar.die_interrupted();
  } catch (const Error& e) {
    bar.finish_line();
    if (e.code() != ErrorCode::kNotFound) throw;
    std::cerr << "thidua: " << e.what() << std::endl;  // an id that does not exist is bad input
    return 2;
  }
}

namespace {
std::optional<int> run(const DocumentCommands& d, const std::string& db_url, ProgressSession& bar) {
  if (d.document->parsed()) {
    if (!api::known_document_kind(d.kind)) {
      std::cerr << "Không có loại văn bản " << d.kind << std::endl;
      return 2;
    }
    auto cat = catalogue();
    auto db = storage::open_database(db_url);
    api::ScoreBoard board(*cat);
    auto f = api::render_document(*db, *cat, board, d.kind, d.id, d.format, [](storage::Tx&, const api::DocumentSubject&) {});
    return write(d.out, f.bytes);
  }
  if (d.import_cmd->parsed()) {
    std::ifstream in(d.ifile, std::ios::binary);
    if (!in) {
      std::cerr << "thidua: không mở được tệp " << d.ifile << std::endl;
      return 2;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    auto cat = catalogue();
    auto db = storage::open_database(db_url);
    api::ImportActor actor;
    actor.username = "cli";
    actor.in_scope = [](storage::Tx&, int64_t) { return true; };
    std::string name = d.ifile.substr(d.ifile.find_last_of('/') == std::string::npos ? 0 : d.ifile.find_last_of('/') + 1);
    // the preview first (each row on its line), then the commit when asked and clean
    auto res = api::import_file(*db, *cat, d.ikind, ss.str(), name, actor, false);
    bar.finish_line();
    std::string line;
    for (auto& r : res.rows) {
      line.clear();
      r.append_json(line);
      std::cout << line << "\n";
    }
    std::cout.flush();
    if (res.problem_rows()) {
      std::cerr << "thidua: " << res.problem_rows() << " dòng có lỗi" << (d.commit ? ": không lưu dòng nào" : "") << std::endl;
      return 2;
    }
    if (d.commit) {
      // audited in the import's own transaction, as the API's imports are (by "cli", no address)
      actor.before_commit = [&](storage::Tx& tx, const api::ImportResult& saved) {
        audit::Entry e;
        e.username = actor.username;
        e.action = "import." + d.ikind;
        e.entity = "import";
        e.after_json = nlohmann::json{{"what", saved.what}, {"rows", saved.rows.size()}, {"filename", name},
                                      {"report_ids", saved.report_ids}}
                           .dump();
        storage::AuditLog(tx).append(std::move(e));
      };
      api::import_file(*db, *cat, d.ikind, ss.str(), name, actor, true);
      bar.finish_line();
      std::cerr << "đã lưu " << res.rows.size() << " dòng" << std::endl;
    }
    return 0;
  }
  if (d.export_ranking->parsed()) {
    auto cat = catalogue();
    auto db = storage::open_database(db_url);
    api::ScoreBoard board(*cat);
    auto tx = db->begin(storage::TxMode::kRead);
    progress::phase("data", 0);
    auto scores = board.get(*tx, d.group, d.year,
                            api::scoring_period(d.year, d.period.empty() ? std::nullopt : std::optional<std::string>(d.period)), 0);
    auto f = api::export_ranking(*scores, d.xformat);
    return write(d.xout, f.bytes);
  }
  return std::nullopt;
}

}  // namespace

}  // namespace thidua::cli
