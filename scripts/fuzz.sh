#!/usr/bin/env bash
# Usage: scripts/fuzz.sh [TARGET…]   (default: every tests/fuzz/*_fuzz.cpp)
# Builds the libFuzzer targets with clang, ASan and UBSan in build-fuzz/
# (cmake -DBINHDANG_FUZZ=ON), then runs each one for FUZZ_SECONDS (default
# 60) on a copy of its seed corpus in build-fuzz/corpus/NAME/ (kept from
# run to run; tests/fuzz/corpus/NAME/ is never written), and prints
# executions, coverage and corpus size per target. Any crash, sanitizer
# report or broken invariant fails the run (non-zero exit), with the
# reproducer in build-fuzz/findings/NAME/ and the log in build-fuzz/logs/.
#   FUZZ_SECONDS=N     seconds per target (0: only the seed corpus)
#   FUZZ_RUNS=N        at most N executions per target (instead of, or with, the time)
#   FUZZ_NICE=N        nice level of the runs (default 10)
#   FUZZ_WORK=DIR      where corpora, findings and logs go (default build-fuzz)
#   FUZZ_JOBS=N        build jobs (default: nproc)
#   FUZZ_BUILD_ONLY=1  build, do not run; FUZZ_NO_BUILD=1 run what is built
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-60}
runs=${FUZZ_RUNS:--1}
nice_level=${FUZZ_NICE:-10}
work=${FUZZ_WORK:-build-fuzz}

launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
if [[ ! -f build-fuzz/CMakeCache.txt ]]; then
  CC=clang CXX=clang++ cmake -S . -B build-fuzz -DBINHDANG_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
fi
targets=("$@")
if ((${#targets[@]} == 0)); then
  for f in tests/fuzz/*_fuzz.cpp; do
    n=$(basename "$f" _fuzz.cpp)
    targets+=("$n")
  done
fi
[[ "${FUZZ_NO_BUILD:-0}" == 1 ]] || cmake --build build-fuzz -j"${FUZZ_JOBS:-$(nproc)}" --target "${targets[@]/%/_fuzz}"
[[ "${FUZZ_BUILD_ONLY:-0}" == 1 ]] && exit 0

# Leaks are not findings here: the import target keeps one database open for
# the whole process on purpose.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
printf '%-10s %12s %8s %8s %8s %8s %s\n' target execs exec/s cov ft corpus seconds
status=0
for t in "${targets[@]}"; do
  bin=build-fuzz/tests/fuzz/${t}_fuzz
  corpus=$work/corpus/$t
  findings=$work/findings/$t
  log=$work/logs/$t.log
  mkdir -p "$corpus" "$findings" "$work/logs"
  [[ -d tests/fuzz/corpus/$t ]] && cp -n tests/fuzz/corpus/"$t"/* "$corpus"/ 2>/dev/null || true
  args=(-max_total_time="$seconds" -runs="$runs" -artifact_prefix="$findings/" -print_final_stats=1 -max_len=65536)
  [[ -f tests/fuzz/$t.dict ]] && args+=(-dict="tests/fuzz/$t.dict")
  [[ "$seconds" == 0 ]] && args=(-runs=0 -artifact_prefix="$findings/" -print_final_stats=1)
  start=$(date +%s)
  if ! nice -n "$nice_level" "$bin" "${args[@]}" "$corpus" >"$log" 2>&1; then
    status=1
    echo "fuzz: $t FAILED; log: $log" >&2
    grep -m1 -A12 -E "ERROR: |runtime error|deadly signal" "$log" >&2 || tail -n 30 "$log" >&2
    ls "$findings" >&2
  fi
  took=$(( $(date +%s) - start ))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n1)
  line=$(grep -E '^#[0-9]+' "$log" | grep -E 'cov: ' | tail -n1 || true)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$line")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$line")
  files=$(find "$corpus" -type f | wc -l)
  printf '%-10s %12s %8s %8s %8s %8s %s\n' "$t" "${execs:-?}" "${speed:-?}" "${cov:-?}" "${ft:-?}" "$files" "$took"
done
exit $status
