#include <iostream>

#include "cli/commands.h"
#include "cli/huge_pages.h"

int main(int argc, char** argv) {
  bd::cli::restart_with_huge_pages(argv);
  return bd::cli::run(argc, argv, std::cout, std::cerr);
}
