#!/usr/bin/env bash
# What `make bench-national` runs (docs/benchmarks.md, "National scale"):
# the national demo database, then bench/national_pages.sh on it.
#
#   bench/national.sh                 SQLite: build/national/national.db, made
#                                     once and kept (delete it to make it anew)
#   scripts/with-postgres.sh bench/national.sh --pg
#                                     PostgreSQL: the throwaway cluster of
#                                     BINHDANG_TEST_PG, filled on every run
#
# The generation and the measurements run under nice: the machine is shared.
# Environment: BINHDANG_BIN (build/binhdang), BENCH_RUNS (20 fetches a page
# and user), BENCH_SCHOOLS (a smaller national tree, e.g. 5000),
# BENCH_OUT (build/national/results.txt).
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${BINHDANG_BIN:-build/binhdang}
[[ -x "$bin" ]] || { echo "bench-national: $bin not built (make build)" >&2; exit 1; }
dir=build/national
mkdir -p "$dir"
export BENCH_OUT=${BENCH_OUT:-$dir/results.txt}
pw=$dir/admin-password.txt
[[ -s "$pw" ]] || (umask 077 && head -c 12 /dev/urandom | base64 | tr -d '/+=' >"$pw")
size=()
[[ -n "${BENCH_SCHOOLS:-}" ]] && size=(--schools "$BENCH_SCHOOLS")

if [[ "${1:-}" == "--pg" ]]; then
  [[ -n "${BINHDANG_TEST_PG:-}" ]] || { echo "bench-national: --pg runs inside scripts/with-postgres.sh" >&2; exit 2; }
  db=$BINHDANG_TEST_PG
  fresh=1
else
  db=sqlite:$PWD/$dir/national${BENCH_SCHOOLS:+-$BENCH_SCHOOLS}.db
  fresh=0
  [[ -f "${db#sqlite:}" ]] || fresh=1
fi
echo "# $(date -u +%FT%TZ); free disk: $(df -h --output=avail "$dir" | tail -1 | tr -d ' ')" | tee -a "$BENCH_OUT"
if ((fresh)); then
  echo "binhdang demo --scale national ${size[*]} --db $db" | tee -a "$BENCH_OUT"
  t0=$(date +%s)
  nice "$bin" demo --scale national "${size[@]}" --db "$db" --admin-password-file "$pw" | tee -a "$BENCH_OUT"
  echo "generated in $(($(date +%s) - t0)) s" | tee -a "$BENCH_OUT"
  if [[ "$db" == sqlite:* ]]; then du -h "${db#sqlite:}" | tee -a "$BENCH_OUT"; fi
fi
nice bench/national_pages.sh --db "$db" --password-file "$pw" --runs "${BENCH_RUNS:-20}"
