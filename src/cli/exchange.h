// `binhdang import`, `binhdang export` and `binhdang external-ids`: figures
// exchanged with DHIS2 or ADX files straight against a database, as the
// system (audited as such), with a progress bar for large files.
#pragma once

#include <CLI/CLI.hpp>
#include <ostream>
#include <string>

namespace bd::cli {

struct ExchangeCommands {
  CLI::App* import_cmd = nullptr;
  CLI::App* export_cmd = nullptr;
  CLI::App* ids_cmd = nullptr;
  std::string db = "sqlite:data/binhdang.db";
  std::string file, format, strategy, atomic, id_scheme, out_file;
  std::string data_set, org, period, start, end, system;
  bool dry_run = false, children = false;
};

void add_exchange_commands(CLI::App& cli, ExchangeCommands& x, const std::string& db_help);
// The exit code of the exchange subcommand chosen, or -1 when none was.
int run_exchange_command(const ExchangeCommands& x, std::ostream& out, std::ostream& err);

}  // namespace bd::cli
