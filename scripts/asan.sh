#!/usr/bin/env bash
# Usage: scripts/asan.sh [ctest options, e.g. -R core_tests]
# Builds the whole suite with AddressSanitizer and UndefinedBehaviorSanitizer
# (cmake -DBINHDANG_SANITIZE=ON) in build-asan/, then runs ctest there next to
# a throwaway PostgreSQL (scripts/with-postgres.sh). Any sanitizer report
# fails the test that triggered it. ASAN_JOBS sets the build jobs (default:
# nproc); run it at low priority on a shared machine:
#   nice -n 15 env ASAN_JOBS=1 scripts/asan.sh
set -euo pipefail
cd "$(dirname "$0")/.."

launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
# -O1 -g1: what the sanitizers advise (readable stacks, line tables only),
# and about half the compile time of -O2 -g.
if [[ ! -f build-asan/CMakeCache.txt ]]; then
  cmake -S . -B build-asan -DBINHDANG_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1" "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O1 -g1" \
    "${launcher[@]}" >/dev/null
fi
cmake --build build-asan -j"${ASAN_JOBS:-$(nproc)}"
# Leak reports are kept off: the servers the end-to-end tests start are
# killed, not shut down. halt_on_error turns every report into a failure.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:halt_on_error=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
scripts/with-postgres.sh ctest --test-dir build-asan --output-on-failure "$@"
