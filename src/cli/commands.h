// The `binhdang` command line: parses arguments and runs one subcommand.
#pragma once

#include <iosfwd>

namespace bd::cli {

// Returns the process exit code. Errors go to `err` as one line.
int run(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace bd::cli
