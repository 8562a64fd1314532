#!/usr/bin/env bash
# Server times of pages on the national demo database (docs/benchmarks.md,
# "National scale").
#
#   bench/national_pages.sh --db URL --password-file FILE [--runs N] [--users "a b c"]
#
# Starts `binhdang serve` on the database (built by `binhdang demo --scale
# national`), times the cold start until /healthz answers, logs in as the demo
# users of the ministry, a department and a commune, fetches every page of
# PAGES N times for each (after one unmeasured fetch), and prints the server's
# own time per page (its Server-Timing header: from the request read to the
# answer built) as median, p95 and max, then the server's resident memory
# after start and after the session. Exits non-zero when a page does not
# answer 200.
#
# A new page is one line in PAGES: a name and a path, where {org} stands for
# the user's unit code.
#
# Environment: BINHDANG_BIN (build/binhdang), BENCH_OUT (also append the
# results to this file).
set -euo pipefail
cd "$(dirname "$0")/.."

# The explorer's table: 20 items (the most it takes) × the unit's children ×
# the demo's ten years (the most periods it takes); 34 departments at the
# ministry.
year=$(date -u +%Y)
explorer_items="staff_total,staff_managers,staff_managers_trained,staff_teachers,staff_teachers_standard"
explorer_items+=",staff_teachers_above,staff_masters,staff_phd,staff_party,mass_org_leaders,staff_trained_ge"
explorer_items+=",committee_members,committee_trained,students_total,students_reached,students_communicators"
explorer_items+=",parents_total,parents_reached,pct_women_managers,pct_women_mass_org_leaders"
explorer_periods=$(seq -s, $((year - 9)) "$year")
explorer="items=$explorer_items&org={org}&depth=1&periods=$explorer_periods"
PAGES=(
  "home /"
  "dashboard /orgunits/{org}/dashboard"
  "drill-down /orgunits/{org}/dashboard/T_WOMEN_MANAGERS"
  "drill-down.xlsx /orgunits/{org}/dashboard/T_WOMEN_MANAGERS/export.xlsx"
  "targets /orgunits/{org}/targets"
  "targets-children /orgunits/{org}/targets/T_WOMEN_MANAGERS"
  "explorer /explorer?$explorer"
  "explorer.xlsx /explorer/export.xlsx?$explorer"
  "completeness /reports/completeness?org={org}"
)
users="bo.quanly so.quanly xa.quanly"
runs=20
db=""
pwfile=""
while (($#)); do
  case $1 in
    --db) db=$2; shift 2 ;;
    --password-file) pwfile=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --users) users=$2; shift 2 ;;
    *) echo "usage: $0 --db URL --password-file FILE [--runs N] [--users \"a b\"]" >&2; exit 2 ;;
  esac
done
[[ -n "$db" && -r "$pwfile" ]] || { echo "national_pages: --db and a readable --password-file are needed" >&2; exit 2; }
bin=${BINHDANG_BIN:-build/binhdang}
[[ -x "$bin" ]] || { echo "national_pages: $bin not built" >&2; exit 1; }
out=${BENCH_OUT:-/dev/null}

dir=$(mktemp -d /tmp/binhdang-national.XXXXXX)
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$dir"
}
trap cleanup EXIT
say() { echo "$*" | tee -a "$out"; }

start=$(date +%s.%N)
"$bin" serve --db "$db" --listen 127.0.0.1:0 >"$dir/server.log" 2>&1 &
server_pid=$!
port=""
until [[ -n "$port" ]]; do
  kill -0 "$server_pid" 2>/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  sleep 0.2
  port=$(grep -o 'http://127.0.0.1:[0-9]*' "$dir/server.log" | head -1 | sed 's/.*://') || true
done
base="http://127.0.0.1:$port"
until curl -sf "$base/healthz" >/dev/null; do sleep 0.1; done
ready=$(date +%s.%N)
rss() { awk -v k="$1" '$1 == k":" {printf "%.0f", $2 / 1024}' "/proc/$server_pid/status"; }

say "# $(date -u +%FT%TZ) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $db"
say "cold start to /healthz: $(awk -v a="$start" -v b="$ready" 'BEGIN {printf "%.1f", b - a}') s; resident $(rss VmRSS) MB"
say "page | user (unit) | runs | median ms | p95 ms | max ms | kB"

# stats FILE: median, p95 and max of the numbers in FILE, one a line.
stats() {
  sort -n "$1" | awk '{v[NR] = $1} END {
    m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    p = v[int(0.95 * NR + 0.999)]; if (p == "") p = v[NR]
    printf "%.1f | %.1f | %.1f", m, p, v[NR] }'
}

failed=0
for user in $users; do
  jar=$dir/$user.jar
  body=$(jq -cn --arg u "$user" --rawfile p "$pwfile" '{username: $u, password: ($p | rtrimstr("\n"))}')
  curl -sf -c "$jar" -H 'Content-Type: application/json' -d "$body" "$base/api/v1/login" >/dev/null ||
    { say "$user: login failed"; failed=1; continue; }
  org=$(curl -sf -b "$jar" "$base/api/v1/me" | jq -r '.user.org')
  for page in "${PAGES[@]}"; do
    name=${page%% *}
    path=${page#* }
    path=${path//\{org\}/$org}
    : >"$dir/times"
    bytes=0
    for i in $(seq 0 "$runs"); do
      code=$(curl -s -o "$dir/body" -D "$dir/headers" -w '%{http_code}' -b "$jar" "$base$path")
      if [[ "$code" != 200 ]]; then
        say "$name | $user ($org) | HTTP $code on $path"
        failed=1
        break
      fi
      ((i == 0)) && continue  # the first fetch warms caches; not measured
      sed -n 's/^Server-Timing: app;dur=\([0-9.]*\).*/\1/Ip' "$dir/headers" >>"$dir/times"
      bytes=$(stat -c %s "$dir/body")
    done
    [[ -s "$dir/times" ]] && say "$name | $user ($org) | $runs | $(stats "$dir/times") | $((bytes / 1024))"
  done
done
say "resident after the session: $(rss VmRSS) MB (peak $(rss VmHWM) MB)"
exit "$failed"
