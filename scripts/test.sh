#!/usr/bin/env bash
# Installs what is missing, checks the component map and the layers
# (scripts/check-map.sh), builds everything, then runs every test:
#   1. ctest: C++ unit, contract (SQLite and, through BINHDANG_TEST_PG, a
#      throwaway PostgreSQL cluster) and HTTP end-to-end tests;
#   2. node --test: browser tests in tests/e2e/ (Debian's chromium through
#      playwright-core), only when ctest passed;
#   3. node --test: the OpenAPI-driven API fuzzer in tests/api/, bounded to
#      API_FUZZ_EXAMPLES examples per operation and identity (default 10,
#      about 30 s; `make api-fuzz` is the long run).
set -euo pipefail
cd "$(dirname "$0")/.."

section() { printf '\n==== %s ====\n' "$*"; }

section "Dependencies"
scripts/install-deps.sh

section "Component map and layers"
scripts/check-map.sh

section "Build"
scripts/build.sh

section "C++ tests (ctest, SQLite and PostgreSQL)"
scripts/with-postgres.sh ctest --test-dir build --output-on-failure

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

section "All tests passed"
