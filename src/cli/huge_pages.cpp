#include "cli/huge_pages.h"

#include <unistd.h>

#include <cstdlib>

namespace bd::cli {

void restart_with_huge_pages(char** argv, const Exec& exec) {
  if (std::getenv("GLIBC_TUNABLES") != nullptr) return;
  if (setenv("GLIBC_TUNABLES", kHugePageTunables, 1) != 0) return;
  if (exec) exec("/proc/self/exe", argv);
  else execv("/proc/self/exe", argv);
  unsetenv("GLIBC_TUNABLES");  // not restarted: leave the environment as it was
}

}  // namespace bd::cli
