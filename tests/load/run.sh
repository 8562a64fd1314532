#!/usr/bin/env bash
# Load test: a real binhdang on a throwaway demo database (SQLite), driven by
# wrk with the Lua scripts beside this file, on 127.0.0.1 only.
#
#   tests/load/run.sh            full: 30 s per run, held connections, 10-minute soak
#   tests/load/run.sh --quick    bounded (~30 s of load) for scripts/test.sh
#
# Runs: target_status, analytics, org_targets (page), page, mixed (15% writes),
# then mixed again while LOAD_HOLD idle and LOAD_HOLD slow connections are held
# open (tests/load/hold.mjs), then (full only) the soak: the mixed run for
# LOAD_SOAK_SECONDS while the server's RSS is sampled from /proc/PID/status.
# Fails on any socket error, timeout or non-2xx/3xx answer, and (soak) when
# RSS grows more than 25% after the first minute.
#
# Environment: BINHDANG_BIN (build/binhdang), LOAD_CONNECTIONS (256; quick
# 128), LOAD_SECONDS (30; quick 5), LOAD_HOLD (150 idle + 150 slow; quick 50;
# 0 skips that run),
# LOAD_SOAK_SECONDS (600), LOAD_SERVER_ARGS (extra `serve` options, e.g.
# "--threads 64"), LOAD_OUT (results file, build/load/results.txt).
set -euo pipefail
cd "$(dirname "$0")/../.."

quick=0
[[ "${1:-}" == "--quick" ]] && quick=1
bin=${BINHDANG_BIN:-build/binhdang}
if ((quick)); then
  conns=${LOAD_CONNECTIONS:-128}; secs=${LOAD_SECONDS:-5}; hold=${LOAD_HOLD:-50}
else
  conns=${LOAD_CONNECTIONS:-256}; secs=${LOAD_SECONDS:-30}; hold=${LOAD_HOLD:-150}
fi
soak=${LOAD_SOAK_SECONDS:-600}
out=${LOAD_OUT:-build/load/results.txt}
export BD_LOAD_DIR=$PWD/tests/load

for tool in wrk curl node; do
  command -v "$tool" >/dev/null || { echo "load: $tool is missing (scripts/install-deps.sh)" >&2; exit 1; }
done
[[ -x "$bin" ]] || { echo "load: $bin not built" >&2; exit 1; }

dir=$(mktemp -d /tmp/binhdang-load.XXXXXX)
server_pid=""
hold_pid=""
cleanup() {
  [[ -n "$hold_pid" ]] && kill "$hold_pid" 2>/dev/null || true
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  rm -rf "$dir"
}
trap cleanup EXIT

mkdir -p "$(dirname "$out")"
: >"$out"
say() { echo "$*" | tee -a "$out"; }

(umask 077 && head -c 12 /dev/urandom | base64 | tr -d '/+=' >"$dir/pw")
"$bin" demo --db "sqlite:$dir/load.db" --admin-password-file "$dir/pw" >/dev/null
# shellcheck disable=SC2086
"$bin" serve --db "sqlite:$dir/load.db" --listen 127.0.0.1:0 ${LOAD_SERVER_ARGS:-} >"$dir/server.log" 2>&1 &
server_pid=$!
port=""
for _ in $(seq 100); do
  port=$(grep -o 'http://127.0.0.1:[0-9]*' "$dir/server.log" | head -1 | sed 's/.*://') || true
  [[ -n "$port" ]] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  sleep 0.1
done
[[ -n "$port" ]] || { echo "load: the server did not start" >&2; exit 1; }
base="http://127.0.0.1:$port"

# A session (cookie + CSRF token) and an API token for admin.
login=$(curl -sf -c "$dir/jar" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$(cat "$dir/pw")\"}" "$base/api/v1/login")
export BD_CSRF=$(sed -n 's/.*"csrf_token":"\([^"]*\)".*/\1/p' <<<"$login")
export BD_COOKIE=$(awk '$6 == "bd_session" {print $7}' "$dir/jar")
tok=$(curl -sf -b "$dir/jar" -H "X-CSRF-Token: $BD_CSRF" -H 'Content-Type: application/json' \
  -d '{"name":"load"}' "$base/api/v1/tokens")
export BD_TOKEN=$(sed -n 's/.*"token":"\([^"]*\)".*/\1/p' <<<"$tok")
[[ -n "$BD_CSRF" && -n "$BD_COOKIE" && -n "$BD_TOKEN" ]] || { echo "load: login failed" >&2; exit 1; }

rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$server_pid/status"; }
failed=0
say "# $(date -u +%FT%TZ) $(nproc) cores; server $bin ${LOAD_SERVER_ARGS:-}; wrk -t2 -c$conns"
say "# run | seconds | requests/s | p50 ms | p99 ms | max ms | errors | load average"
# run NAME SCRIPT SECONDS: one wrk run; prints a row, counts errors.
run() {
  local name=$1 script=$2 d=$3 res row load
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  res=$(wrk -t2 -c"$conns" -d"${d}s" --timeout 5s -s "tests/load/$script" "$base" | sed -n 's/^LOAD_RESULT //p')
  [[ -n "$res" ]] || { say "$name | wrk gave no result"; failed=1; return; }
  row=$(node -e 'const r = JSON.parse(process.argv[1]);
    const errs = Object.entries(r.errors).filter(([, v]) => v).map(([k, v]) => `${k} ${v}`).join(", ") || "0";
    console.log(`${r.rps.toFixed(0)} | ${r.p50_ms.toFixed(1)} | ${r.p99_ms.toFixed(1)} | ${r.max_ms.toFixed(0)} | ${errs}`);' "$res")
  say "$name | $d | $row | $load"
  [[ "$row" == *"| 0" ]] || failed=1
}

run target_status target_status.lua "$secs"
run analytics analytics.lua "$secs"
run org_targets org_targets.lua "$secs"
run page page.lua "$secs"
run mixed mixed.lua "$secs"

if ((hold > 0)); then
  node tests/load/hold.mjs "$port" "$hold" "$hold" >"$dir/hold.log" &
  hold_pid=$!
  for _ in $(seq 100); do grep -q holding "$dir/hold.log" && break; sleep 0.1; done
  grep -q holding "$dir/hold.log" || { say "held connections: could not open $((2 * hold))"; failed=1; }
  run "mixed, $hold idle + $hold slow held" mixed.lua "$secs"
  kill "$hold_pid" && wait "$hold_pid" || true
  hold_pid=""
  say "# held connections closed by the server: $(sed -n 's/closed_by_server //p' "$dir/hold.log")"
fi

if ((!quick)); then
  : >"$dir/rss"
  ( while kill -0 "$server_pid" 2>/dev/null; do echo "$(date +%s) $(rss_kb)" >>"$dir/rss"; sleep 5; done ) &
  sampler=$!
  run "soak (mixed)" mixed.lua "$soak"
  kill "$sampler" 2>/dev/null || true
  cp "$dir/rss" "$(dirname "$out")/soak-rss.txt"
  summary=$(awk 'NR==1{t0=$1} {t=$1-t0; if (t>=60 && !w) {w=$2}; last=$2; if ($2>max) max=$2; if (!min||$2<min) min=$2}
    END {printf "%d %d %d %d %d", min, w, last, max, NR}' "$dir/rss")
  read -r min warm last max n <<<"$summary"
  say "# soak RSS (kB): min $min, after 1 min $warm, end $last, max $max ($n samples every 5 s; $(dirname "$out")/soak-rss.txt)"
  if ((last * 100 > warm * 125)); then say "# soak: RSS grew more than 25% after the first minute"; failed=1; fi
fi

say "# server RSS at the end: $(rss_kb) kB"
if grep -q '^error:' "$dir/server.log"; then
  grep '^error:' "$dir/server.log" | head -5 | tee -a "$out"
  failed=1
fi
((failed == 0)) || { echo "load: FAILED (errors above; results in $out)" >&2; exit 1; }
echo "load: passed (results in $out)"
