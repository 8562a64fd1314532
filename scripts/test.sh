#!/usr/bin/env bash
# Installs what is missing, checks the component map and the layers
# (scripts/check-map.sh), builds everything, then runs every test:
#   1. ctest: C++ unit, contract (SQLite and, through BINHDANG_TEST_PG, a
#      throwaway PostgreSQL cluster) and HTTP end-to-end tests;
#   2. a smoke run of every libFuzzer target (scripts/fuzz.sh): its seed
#      corpus and FUZZ_SMOKE_RUNS (default 2000) more inputs each (at most
#      20 s per target), built with clang, ASan and UBSan in build-fuzz/;
#   3. node --test tests/crash/: the server killed with SIGKILL during writes
#      (bounded: one trial per operation and engine);
#   4. node --test: browser tests in tests/e2e/ (Debian's chromium through
#      playwright-core), only when ctest passed;
#   5. node --test: the OpenAPI-driven API fuzzer in tests/api/, bounded to
#      API_FUZZ_EXAMPLES examples per operation and identity (default 10,
#      about 30 s; `make api-fuzz` is the long run);
#   6. the bounded load test (tests/load/run.sh --quick, wrk): fails on any
#      socket error or non-2xx/3xx answer.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each section says when it started and how long the one before it took.
started=$SECONDS
section() {
  printf '\n==== %s (at %s; the previous section took %d s) ====\n' "$*" "$(date +%T)" $((SECONDS - started))
  started=$SECONDS
}

section "Dependencies"
scripts/install-deps.sh

section "Component map and layers"
scripts/check-map.sh

section "Build"
scripts/build.sh

section "C++ tests (ctest, SQLite and PostgreSQL)"
scripts/with-postgres.sh ctest --test-dir build --output-on-failure

section "Fuzz targets, smoke (scripts/fuzz.sh)"
rm -rf build-fuzz/smoke  # the seed corpora only, so the time stays bounded
FUZZ_WORK=build-fuzz/smoke FUZZ_SECONDS=20 FUZZ_RUNS="${FUZZ_SMOKE_RUNS:-2000}" scripts/fuzz.sh

section "Crash consistency (node --test tests/crash/, one SIGKILL trial per operation and engine)"
CRASH_TRIALS=1 scripts/with-postgres.sh tests/crash/run.sh

section "Browser tests (node --test tests/e2e/)"
shopt -s nullglob
e2e=(tests/e2e/*.test.mjs)
if ((${#e2e[@]} == 0)); then
  echo "no browser tests found in tests/e2e/" >&2
  exit 1
fi
node --test "${e2e[@]}"

section "API fuzzer (node --test tests/api/)"
API_FUZZ_EXAMPLES="${API_FUZZ_EXAMPLES:-10}" node --test tests/api/*.test.mjs

section "Load test, bounded (tests/load/run.sh --quick)"
tests/load/run.sh --quick

section "All tests passed"
