#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) { return bd::cli::run(argc, argv, std::cout, std::cerr); }
