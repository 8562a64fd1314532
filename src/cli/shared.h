// What the subcommands share: one-line errors, opening a database, the
// application's settings for it.
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "app/config.h"
#include "storage/store.h"

namespace bd::cli {

// One-line error; the reason in Vietnamese, as users read it. Returns 1.
int fail(std::ostream& err, const std::string& msg);
// A secret from the first line of a file.
Result<std::string> read_secret(const std::string& file);
// Opens the database at `url`, creating a SQLite file's folder.
Result<std::unique_ptr<storage::Store>> open_store(const std::string& url);
// Evidence files live next to the SQLite file; with PostgreSQL in data/evidence.
app::Config config_for(const std::string& url);

}  // namespace bd::cli
