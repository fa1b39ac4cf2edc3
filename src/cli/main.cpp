// thidua: the server and every administrative command in one binary.
// Exit status: 0 success, 1 runtime failure, 2 bad usage or bad input.
#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <optional>
#include <thread>
#include <filesystem>
#include <fstream>
#include <future>
#include <iostream>
#include <set>
#include <sstream>
#include <vector>
#include <malloc.h>
#include <unistd.h>

#include "api/app.h"
#include "api/bootstrap.h"
#include "cli/documents_cli.h"
#include "core/error.h"
#include "http/server.h"
#include "storage/accounts.h"
#include "storage/audit_checkpoint.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "text/plan/plan_eval.h"
#include "text/plan/org_model.h"
#include "text/plan/plan_parser.h"

namespace {

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v ? v : "";
}

// The built UI: THIDUA_WEB_ROOT, else web/dist beside the binary's source tree or the cwd.
std::string find_web_root(const char* argv0) {
  if (auto e = env("THIDUA_WEB_ROOT"); !e.empty()) return e;
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path exe = fs::canonical("/proc/self/exe", ec);
  if (ec) exe = fs::absolute(argv0);
  for (fs::path p : {exe.parent_path() / "../web/dist", fs::path("web/dist")})
    if (fs::exists(p / "index.html", ec)) return fs::weakly_canonical(p, ec).string();
  return "web/dist";
}

int run_serve(const std::string& db_url, const std::string& host, int port, bool demo, bool demo_minimal,
              size_t score_board_mb, size_t held_records_mb, const char* argv0) {
  if (demo) thidua::api::check_demo_password(env("THIDUA_DEMO_PASSWORD"));
  // Few malloc arenas (glibc gives each thread its own, up to 8 a core): a rush's requests on
  // many workers left each arena holding freed pages — at --scale 0.1, RSS 523 MB after the
  // rush with the default, 99 MB with 2, the score board holding 45 MB throughout (docs/engine.md).
  // MALLOC_ARENA_MAX, when set, decides instead.
  if (env("MALLOC_ARENA_MAX").empty())
    mallopt(M_ARENA_MAX, static_cast<int>(std::max(2u, std::thread::hardware_concurrency() / 4)));
  auto db = thidua::storage::open_database(db_url);
  bool seeded = demo && thidua::api::check_demo_target(*db) == thidua::api::DemoTarget::kSeeded;
  if (seeded) std::cout << "The demo data is already in this database; starting with it." << std::endl;
  spdlog::info("database {}", db->describe());
  {
    auto tx = db->begin(thidua::storage::TxMode::kWrite);
    if (int n = thidua::storage::UserRepository(*tx).fold_missing_names()) spdlog::info("folded {} users' names for search", n);
    tx->commit();
  }
  auto admin_created = [](const std::string& generated) {
    if (!generated.empty())
      std::cout << "Created administrator 'admin' with password: " << generated << "  (shown once)" << std::endl;
  };
  // On a new database 'admin' is created (an argon2 hash, slow on purpose) beside the scores'
  // load rather than before it: the load reads no user. Joined before the server listens, so no
  // request meets the database without it. The demo's seed needs it first.
  std::future<std::string> creating_admin;
  if (demo) admin_created(thidua::api::ensure_admin(*db, env("THIDUA_ADMIN_PASSWORD")));
  else creating_admin = std::async(std::launch::async, [&db] { return thidua::api::ensure_admin(*db, env("THIDUA_ADMIN_PASSWORD")); });
  if (demo && !seeded) {
    auto users = thidua::api::seed_demo(*db, env("THIDUA_DEMO_PASSWORD"),
                                        demo_minimal ? thidua::api::DemoScope::kMinimal : thidua::api::DemoScope::kWorld);
    if (!users.empty()) {
      std::cout << "Seeded the demo data. Demo users:" << std::endl;
      for (auto& u : users)
        std::cout << "  " << u.username << " (" << u.role << ", " << u.unit_code << ")"
                  << (env("THIDUA_DEMO_PASSWORD").empty() ? " password: " + u.password : std::string()) << std::endl;
    }
  }
  thidua::api::AppOptions opts;
  opts.web_root = find_web_root(argv0);
  opts.secure_cookie = env("THIDUA_SECURE_COOKIE") == "1";
  if (auto idle = env("THIDUA_SESSION_IDLE_MINUTES"); !idle.empty()) opts.idle_minutes = std::max(1, std::atoi(idle.c_str()));
  opts.score_board_mb = score_board_mb;
  opts.timing = env("THIDUA_SERVER_TIMING") == "1";
  opts.held_records_mb = held_records_mb;
  thidua::api::App app(*db, opts);
  thidua::http::ServerOptions so;
  so.host = host;
  so.port = static_cast<unsigned short>(port);
  so.default_headers = thidua::api::security_headers(opts.secure_cookie);
  so.timing = opts.timing;
  {
    std::stringstream proxies(env("THIDUA_TRUSTED_PROXIES"));
    for (std::string p; std::getline(proxies, p, ',');)
      if (!p.empty()) so.trusted_proxies.push_back(p);
  }
  thidua::http::Server server(
      so, [&app](const thidua::http::Request& r) { return app.handle(r); },
      [&app](const thidua::http::Request& r) { return app.handle_fast(r); });
  {
    // The scores of the years being ranked, loaded in the background; /readyz says when.
    int threads = static_cast<int>(std::max(1u, std::min(8u, std::thread::hardware_concurrency())));
    if (auto t = env("THIDUA_LOAD_THREADS"); !t.empty()) threads = std::max(1, std::atoi(t.c_str()));
    app.load_scores(threads);
  }
  if (creating_admin.valid()) admin_created(creating_admin.get());
  server.start();
  spdlog::info("thidua serving http://{}:{}/ (web UI from {})", host, server.port(), opts.web_root);
  // The audit chain's head, signed, written to a file outside the database at intervals.
  std::mutex cp_mu;
  std::condition_variable cp_cv;
  bool cp_stop = false;
  std::thread checkpoints;
  std::string cp_key = thidua::storage::audit_key_from_env(), cp_file = env("THIDUA_AUDIT_CHECKPOINT");
  if (!cp_key.empty() && !cp_file.empty()) {
    int minutes = std::max(1, std::atoi(env("THIDUA_AUDIT_CHECKPOINT_MINUTES").empty()
                                            ? "10" : env("THIDUA_AUDIT_CHECKPOINT_MINUTES").c_str()));
    checkpoints = std::thread([&, minutes] {
      std::unique_lock lk(cp_mu);
      do {
        try {
          auto tx = db->begin(thidua::storage::TxMode::kRead);
          thidua::storage::write_file_atomically(
              cp_file, thidua::storage::sign_checkpoint(thidua::storage::current_checkpoint(*tx), cp_key));
        } catch (const std::exception& e) {
          spdlog::error("audit checkpoint: {}", e.what());
        }
      } while (!cp_cv.wait_for(lk, std::chrono::minutes(minutes), [&] { return cp_stop; }));
    });
    spdlog::info("audit checkpoints to {} every {} min", cp_file, minutes);
  }
  server.run_until_signal();
  if (checkpoints.joinable()) {
    {
      std::lock_guard lk(cp_mu);
      cp_stop = true;
    }
    cp_cv.notify_all();
    checkpoints.join();
  }
  db->close();
  spdlog::info("stopped cleanly");
  return 0;
}

// The route table needs no data: the app is built over a throwaway empty database.
int run_routes(bool as_json) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("thidua-routes-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  nlohmann::json table;
  {
    auto db = thidua::storage::open_database("sqlite:" + (dir / "empty.db").string());
    thidua::api::App app(*db, {});
    table = app.route_table();
    db->close();
  }
  std::error_code ec;
  fs::remove_all(dir, ec);
  if (as_json) {
    std::cout << table.dump(2) << std::endl;
    return 0;
  }
  for (const auto& r : table) {
    const auto& a = r["access"];
    std::cout << r["method"].get<std::string>() << ' ' << r["pattern"].get<std::string>() << "  " << a["op"].get<std::string>();
    if (a.contains("resource")) std::cout << ' ' << a["resource"].get<std::string>();
    std::cout << " unit:" << a["unit"].get<std::string>();
    if (a.contains("field")) std::cout << '(' << a["field"].get<std::string>() << (a.contains("owner") ? " → " + a["owner"].get<std::string>() : "") << ')';
    std::cout << '\n';
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App cli{"thidua — thi đua, khen thưởng trong Công an nhân dân"};
  cli.require_subcommand(1);
  std::string db_url = "sqlite:data/thidua.db";

  auto* serve = cli.add_subcommand("serve", "Run the HTTP server and web UI");
  std::string host = "127.0.0.1";
  int port = 8080;
  bool demo = false;
  serve->add_option("--db", db_url, "sqlite:PATH or postgresql://…");
  serve->add_option("--host", host, "Address to listen on");
  serve->add_option("--port", port, "Port")->check(CLI::Range(0, 65535));
  serve->add_flag("--demo", demo, "Seed the demo data into an empty database");
  bool demo_minimal = false;
  serve->add_flag("--demo-minimal", demo_minimal,
                  "With --demo: only the registry, the launches and the demo users (no reports, scores…)");
  size_t score_board_mb = 0;
  serve->add_option("--score-board-mb", score_board_mb,
                    "MiB of scores held in memory; the group-years not asked for longest are dropped beyond it and "
                    "built again when asked (default 640, env THIDUA_SCORE_BOARD_MB)")
      ->envname("THIDUA_SCORE_BOARD_MB")
      ->check(CLI::Range(size_t{16}, size_t{1} << 20));
  size_t held_records_mb = 0;
  serve->add_option("--held-records-mb", held_records_mb,
                    "MiB of the nation's commendation record held for eligibility lists; the year asked longest ago "
                    "is dropped beyond it, a year larger alone is read for each request (default 1024, env "
                    "THIDUA_HELD_RECORDS_MB)")
      ->envname("THIDUA_HELD_RECORDS_MB")
      ->check(CLI::Range(size_t{16}, size_t{1} << 20));

  auto* migrate = cli.add_subcommand("migrate", "Apply pending database migrations");
  migrate->add_option("--db", db_url, "sqlite:PATH or postgresql://…");

  auto* user = cli.add_subcommand("user", "Manage users");
  user->require_subcommand(1);
  auto* user_add = user->add_subcommand("add", "Add a user (the password comes from THIDUA_USER_PASSWORD or stdin)");
  std::string username, role = "admin", unit_code = "BCA", full_name;
  user_add->add_option("--db", db_url, "sqlite:PATH or postgresql://…");
  user_add->add_option("username", username, "Login name")->required();
  user_add->add_option("--role", role, "admin|officer|reporter|council|viewer");
  user_add->add_option("--unit", unit_code, "Unit code (default BCA, the Ministry)");
  user_add->add_option("--name", full_name, "Full name");

  auto* audit = cli.add_subcommand("audit", "Audit log");
  audit->require_subcommand(1);
  auto* verify = audit->add_subcommand("verify", "Verify the hash chain; report the first tampered row");
  verify->add_option("--db", db_url, "sqlite:PATH or postgresql://…");
  std::string checkpoint_file = env("THIDUA_AUDIT_CHECKPOINT");
  verify->add_option("--checkpoint", checkpoint_file,
                     "Signed checkpoint file (default THIDUA_AUDIT_CHECKPOINT); needs THIDUA_AUDIT_KEY[_FILE]");
  auto* checkpoint = audit->add_subcommand("checkpoint", "Write the chain's head, signed, to a file outside the database");
  checkpoint->add_option("--db", db_url, "sqlite:PATH or postgresql://…");
  checkpoint->add_option("-o,--checkpoint", checkpoint_file, "Checkpoint file (default THIDUA_AUDIT_CHECKPOINT)");

  auto* backup = cli.add_subcommand("backup", "Back up every table (evidence files included) into one file");
  std::string backup_file;
  backup->add_option("--db", db_url, "sqlite:PATH or postgresql://…");
  backup->add_option("-o,--output", backup_file, "The backup file to write")->required();
  auto* restore = cli.add_subcommand("restore", "Restore a backup into an empty database (either kind)");
  restore->add_option("FILE", backup_file, "The backup file")->required();
  restore->add_option("--db", db_url, "sqlite:PATH or postgresql://… (must be empty)")->required();

  auto* plan = cli.add_subcommand("plan", "Launch plans and articles");
  plan->require_subcommand(1);
  auto* parse = plan->add_subcommand("parse", "Extract a movement from a Vietnamese text as JSON");
  std::string plan_file;
  parse->add_option("FILE", plan_file, "Text file, or - for standard input")->required();
  auto* plan_eval = plan->add_subcommand("eval", "Per-field precision and recall over texts with NAME.expected.json");
  std::vector<std::string> eval_dirs;
  plan_eval->add_option("DIR", eval_dirs, "Directories of NAME.txt with NAME.expected.json")->required();
  bool eval_failures = false;
  plan_eval->add_flag("--failures", eval_failures,
                      "Also print each failing field of each text (never on the evaluation set: it leaks the texts)");
  std::string eval_labels;
  plan_eval->add_option("--labels", eval_labels,
                        "Score another labeller's LABELS/NAME.expected.json instead of the parser (texts it lacks left out)");

  // (s18-org) Hidden: trains the organizer model (data/plan/organizers-model.json) on labelled
  // texts, or with --cv K measures it by K-fold cross-validation against the rules.
  auto* plan_train = plan->add_subcommand("train", "");
  plan_train->group("");
  std::string train_field, train_out, train_commit, train_mode = "model";
  std::vector<std::string> train_dirs;
  int train_cv = 0;
  plan_train->add_option("FIELD", train_field, "organizers")->required();
  plan_train->add_option("DIR", train_dirs, "Directories of NAME.txt with NAME.expected.json")->required();
  plan_train->add_option("--cv", train_cv, "K-fold cross-validation: print the table, write nothing");
  plan_train->add_option("-o,--output", train_out, "The model file to write");
  plan_train->add_option("--commit", train_commit, "The commit of the labelled sets, recorded in the model");
  plan_train->add_option("--mode", train_mode, "model | rerank | fill_empty | veto | add (default model)");
  thidua::text::plan::TrainOptions train_options;
  plan_train->add_option("--l2", train_options.l2, "L2 penalty");
  plan_train->add_option("--iterations", train_options.iterations, "Adagrad steps");
  std::string train_subset, train_model;
  plan_train->add_option("--model", train_model, "Score this model file against the rules on the texts (no training)");
  plan_train->add_option("--subset", train_subset, "With --cv: a file of text names (one a line) to report apart too");

  auto* routes = cli.add_subcommand("routes", "List every API route with what it reads or writes and how its unit is found");
  bool routes_json = false;
  routes->add_flag("--json", routes_json, "As JSON (the route sweep's input)");

  auto document_cmds = thidua::cli::add_document_commands(cli, db_url);

  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = cli.exit(e);
    return rc == 0 ? 0 : 2;
  }

  try {
    if (auto rc = thidua::cli::run_document_commands(*document_cmds, db_url)) return *rc;
    if (routes->parsed()) return run_routes(routes_json);
    if (serve->parsed()) return run_serve(db_url, host, port, demo, demo_minimal, score_board_mb, held_records_mb, argv[0]);
    if (migrate->parsed()) {
      auto db = thidua::storage::open_database(db_url);
      std::cout << "database is up to date" << std::endl;
      return 0;
    }
    if (user_add->parsed()) {
      std::string password = env("THIDUA_USER_PASSWORD");
      if (password.empty()) std::getline(std::cin, password);
      auto db = thidua::storage::open_database(db_url);
      thidua::api::add_user(*db, username, password, role, unit_code, full_name);
      std::cout << "user " << username << " created" << std::endl;
      return 0;
    }
    if (verify->parsed()) {
      std::optional<thidua::storage::AuditCheckpoint> cp;
      if (!checkpoint_file.empty()) {
        std::string key = thidua::storage::audit_key_from_env();
        if (key.empty()) throw thidua::Error::Invalid("a checkpoint needs its key: set THIDUA_AUDIT_KEY or THIDUA_AUDIT_KEY_FILE");
        std::ifstream in(checkpoint_file, std::ios::binary);
        if (!in) throw thidua::Error::Invalid("cannot read the checkpoint " + checkpoint_file);
        std::stringstream ss;
        ss << in.rdbuf();
        cp = thidua::storage::read_checkpoint(ss.str(), key);
      }
      auto db = thidua::storage::open_database(db_url);
      auto tx = db->begin(thidua::storage::TxMode::kRead);
      auto v = thidua::storage::AuditLog(*tx).verify();
      if (!v.ok) {
        std::cerr << "audit chain broken at row " << *v.first_bad_id << ": " << v.reason << std::endl;
        return 1;
      }
      if (cp) {
        if (auto why = thidua::storage::check_checkpoint(*tx, *cp); !why.empty()) {
          std::cerr << "audit chain broken: " << why << std::endl;
          return 1;
        }
        std::cout << "audit chain intact: " << v.rows << " rows; holds the signed checkpoint of " << cp->at << " (row "
                  << cp->last_id << ")" << std::endl;
        return 0;
      }
      std::cout << "audit chain intact: " << v.rows << " rows (no checkpoint checked: rows cut from the end would not show)"
                << std::endl;
      return 0;
    }
    if (checkpoint->parsed()) {
      std::string key = thidua::storage::audit_key_from_env();
      if (key.empty()) throw thidua::Error::Invalid("set THIDUA_AUDIT_KEY or THIDUA_AUDIT_KEY_FILE");
      if (checkpoint_file.empty()) throw thidua::Error::Invalid("name the file: --checkpoint FILE or THIDUA_AUDIT_CHECKPOINT");
      auto db = thidua::storage::open_database(db_url);
      auto tx = db->begin(thidua::storage::TxMode::kRead);
      auto c = thidua::storage::current_checkpoint(*tx);
      thidua::storage::write_file_atomically(checkpoint_file, thidua::storage::sign_checkpoint(c, key));
      std::cout << "checkpoint written: " << c.rows << " rows, head row " << c.last_id << std::endl;
      return 0;
    }
    if (backup->parsed()) {
      auto db = thidua::storage::open_database(db_url);
      std::string tmp = backup_file + ".partial";
      thidua::storage::BackupSummary sum;
      {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) throw thidua::Error::Invalid("cannot write " + backup_file);
        sum = thidua::storage::write_backup(*db, out);
      }
      std::filesystem::rename(tmp, backup_file);
      std::string key = thidua::storage::audit_key_from_env();
      if (!key.empty()) {
        thidua::storage::AuditCheckpoint c{sum.audit_rows, sum.audit_last_id, sum.audit_last_hash, ""};
        {
          auto tx = db->begin(thidua::storage::TxMode::kRead);
          c.at = thidua::storage::current_checkpoint(*tx).at;
        }
        std::string signed_cp = thidua::storage::sign_checkpoint(c, key);
        thidua::storage::write_file_atomically(backup_file + ".checkpoint.json", signed_cp);
        if (!checkpoint_file.empty()) thidua::storage::write_file_atomically(checkpoint_file, signed_cp);
      }
      std::cout << "backup written: " << sum.tables << " tables, " << sum.rows << " rows, audit chain of "
                << sum.audit_rows << " rows" << std::endl;
      return 0;
    }
    if (restore->parsed()) {
      std::ifstream in(backup_file, std::ios::binary);
      if (!in) throw thidua::Error::Invalid("cannot read " + backup_file);
      auto db = thidua::storage::open_database(db_url);
      auto sum = thidua::storage::restore_backup(*db, in);
      std::cout << "restored: " << sum.tables << " tables, " << sum.rows << " rows, audit chain of " << sum.audit_rows
                << " rows" << std::endl;
      return 0;
    }
    if (parse->parsed()) {
      std::string text;
      if (plan_file == "-") {
        std::ostringstream ss;
        ss << std::cin.rdbuf();
        text = ss.str();
      } else {
        std::ifstream in(plan_file, std::ios::binary);
        if (!in) {
          std::cerr << "thidua: cannot read " << plan_file << std::endl;
          return 2;
        }
        std::ostringstream ss;
        ss << in.rdbuf();
        text = ss.str();
      }
      std::cout << thidua::text::plan::parse_plan(text).dump(2) << std::endl;
      return 0;
    }
    if (plan_train->parsed()) {
      namespace tp = thidua::text::plan;
      if (train_field != "organizers") throw thidua::Error::Invalid("plan train: the only field is \"organizers\"");
      const std::vector<tp::LabelledText> texts = tp::load_labelled(train_dirs);
      if (train_cv > 1) {
        std::set<std::string> subset;
        if (!train_subset.empty()) {
          std::istringstream names(tp::read_file(train_subset));
          for (std::string name; names >> name;) subset.insert(name);
        }
        std::cout << tp::cross_validate_organizers(texts, train_cv, train_options, subset);
        return 0;
      }
      if (!train_model.empty()) {
        const auto model = tp::OrganizerModel::from_json(tp::read_json(train_model));
        std::cout << tp::score_organizers(texts, model);
        return 0;
      }
      if (train_out.empty()) throw thidua::Error::Invalid("plan train: give --cv K, --model FILE or -o FILE");
      const auto mode = tp::mode_from_name(train_mode);
      if (!mode) throw thidua::Error::Invalid("plan train: --mode is model, rerank, fill_empty, veto or add");
      tp::OrganizerModel m = tp::train_organizers(texts, *mode, train_options);
      m.trained_on["sets"] = train_dirs;
      m.trained_on["commit"] = train_commit.empty() ? nlohmann::json(nullptr) : nlohmann::json(train_commit);
      std::ofstream out(train_out, std::ios::binary);
      if (!out) throw thidua::Error::Invalid("cannot write " + train_out);
      out << m.to_json().dump(1) << "\n";
      std::cout << "organizers model: " << m.model.names.size() << " features, threshold " << m.threshold << ", "
                << texts.size() << " texts" << std::endl;
      return 0;
    }
    if (plan_eval->parsed()) {
      auto report = thidua::text::plan::evaluate_directories(eval_dirs, eval_labels);
      if (!eval_failures) report.failures.clear();  // aggregate and per-field totals only by default
      std::cout << thidua::text::plan::format_report(report);
      return 0;
    }
  } catch (const thidua::Error& e) {
    std::cerr << "thidua: " << e.what() << std::endl;
    return e.code() == thidua::ErrorCode::kInvalid || e.code() == thidua::ErrorCode::kConflict ? 2 : 1;
  } catch (const std::exception& e) {
    std::cerr << "thidua: " << e.what() << std::endl;
    return 1;
  }
  return 0;
}
