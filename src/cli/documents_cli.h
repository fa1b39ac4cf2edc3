// thidua document KIND --id ID --format docx|pdf -o FILE [--db URL]
// thidua export ranking --group ID --year YYYY [--period JSON] --format xlsx|csv -o FILE [--db URL]
#pragma once
#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <string>

namespace thidua::cli {

struct DocumentCommands;
// Adds the subcommands; `db_url` is the program's --db default, shared with the others.
std::shared_ptr<DocumentCommands> add_document_commands(CLI::App& app, std::string& db_url);
// Runs the one that was parsed (its exit status), nullopt when none was.
std::optional<int> run_document_commands(const DocumentCommands& cmds, const std::string& db_url);

}  // namespace thidua::cli
