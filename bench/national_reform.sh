#!/usr/bin/env bash
# The reform at national scale on SQLite (docs/benchmarks.md, "The reform"):
# on a copy of the national demo (bench/national.sh makes it), every school
# under a commune moves to its department, one department at a time (as each
# province would), effective on the first of last July, through
# `binhdang restructure` (a preview of the first, then --apply for each).
# Prints wall time and peak memory of each run (the whole process: opening
# the database, the checks, the transaction) and the totals.
#
#   bench/national_reform.sh        needs build/national/national.db, sqlite3
#
# The copy lives in $TMPDIR and is deleted at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BINHDANG_BIN:-build/binhdang}
src=build/national/national.db
[[ -x "$bin" ]] || { echo "national_reform: $bin not built" >&2; exit 1; }
[[ -f "$src" ]] || { echo "national_reform: $src missing (bench/national.sh makes it)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sqlite3 "$src" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
cp "$src" "$work/national.db"
db=sqlite:$work/national.db
depts=$(sqlite3 "$work/national.db" "SELECT code FROM org_units WHERE type = 'department' ORDER BY code")
effective=$(date -u +%Y)-07-01
[[ $(date -u +%m) > 07 ]] || effective=$(( $(date -u +%Y) - 1 ))-07-01
run() {  # label, department, args…
  local label=$1 dept=$2
  shift 2
  /usr/bin/time -f "%e %M" -o "$work/time" nice "$bin" restructure --db "$db" --parent "$dept" \
    --effective "$effective" "$@" >"$work/out" 2>&1 || { cat "$work/out"; exit 1; }
  read -r secs kb <"$work/time"
  printf '%-48s %8.1f s %8.0f MB\n' "$label" "$secs" "$((kb / 1024))"
}
echo "# $(date -u +%FT%TZ) national reform, effective $effective: in each department, every school under a commune moves to the department"
total=0
moved=0
for dept in $depts; do
  sqlite3 "$work/national.db" "SELECT s.code FROM org_units d JOIN org_units c ON c.parent_id = d.id
    JOIN org_units s ON s.parent_id = c.id WHERE d.code = '$dept' AND c.type = 'commune'" >"$work/units.txt"
  n=$(wc -l <"$work/units.txt")
  if [[ -z "${first:-}" ]]; then
    first=$dept
    run "$dept: preview of $n schools" "$dept" --units-file "$work/units.txt"
  fi
  run "$dept: apply to $n schools" "$dept" --units-file "$work/units.txt" --apply | tee -a "$work/runs"
  moved=$((moved + n))
done
awk -v moved="$moved" '{ s += $(NF-3); if ($(NF-1) > m) m = $(NF-1) } END {
  printf "%-48s %8.1f s %8.0f MB (peak of one run)\n", "all " NR " departments, " moved " schools", s, m }' "$work/runs"
