// Large imports fault in hundreds of megabytes of fresh memory, one 4 kB page
// at a time; on a virtual machine each fault is dear (a fifth of a million-
// value import's time was the kernel's). glibc can ask for transparent huge
// pages (2 MB) on its own allocations, but only through the GLIBC_TUNABLES
// environment variable read at start-up. So the executables start again at
// once with it set, unless the variable is already there: set it (even
// empty, `GLIBC_TUNABLES=`) to run with the operator's own tunables.
#pragma once

#include <functional>

namespace bd::cli {

inline constexpr const char* kHugePageTunables = "glibc.malloc.hugetlb=1";

using Exec = std::function<int(const char* path, char** argv)>;

// Restarts this program (/proc/self/exe) with the tunable when
// GLIBC_TUNABLES is unset; returns when it is set, or when the restart
// fails (the program then runs as it is).
void restart_with_huge_pages(char** argv, const Exec& exec = {});

}  // namespace bd::cli
