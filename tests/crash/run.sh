#!/usr/bin/env bash
# Runs the crash tests one file after the other (they share the PostgreSQL
# database of BINHDANG_TEST_PG, so never in parallel). Under
# scripts/with-postgres.sh; CRASH_TRIALS and CRASH_REPORT as in crash.test.mjs.
set -euo pipefail
cd "$(dirname "$0")/../.."
node --test tests/crash/crash.test.mjs
node --test tests/crash/two_nodes.test.mjs
