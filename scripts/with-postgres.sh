#!/usr/bin/env bash
# shellcheck disable=SC2317  # cleanup and on_signal run from traps
# Usage: scripts/with-postgres.sh CMD [ARGS...]
#
# Starts a throwaway PostgreSQL cluster on 127.0.0.1 (random free port, data in
# a temporary directory, durability off for speed), creates database
# binhdang_test, runs CMD with
#   BINHDANG_TEST_PG=postgresql://USER@127.0.0.1:PORT/binhdang_test
# exported, then stops the cluster and removes its directory, whether CMD
# passes, fails or the script is interrupted. Exits with CMD's exit code.
# WITH_POSTGRES_OPTIONS adds server settings, e.g. "-c shared_buffers=2GB"
# (docs/benchmarks.md measures with and without it).
set -euo pipefail

if (($# == 0)); then
  echo "usage: $0 CMD [ARGS...]" >&2
  exit 2
fi

say() { echo "with-postgres: $*" >&2; }

# Newest installed server version under /usr/lib/postgresql.
pg_bin=""
if [[ -d /usr/lib/postgresql ]]; then
  ver=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -V | while read -r v; do
    if [[ -x /usr/lib/postgresql/$v/bin/initdb ]]; then echo "$v"; fi; done | tail -n 1)
  [[ -n "$ver" ]] && pg_bin=/usr/lib/postgresql/$ver/bin
fi
if [[ -z "$pg_bin" ]]; then
  say "no PostgreSQL server found under /usr/lib/postgresql (run scripts/install-deps.sh)"
  exit 1
fi

# initdb refuses to run as root: then the cluster belongs to user postgres.
as_owner=()
if [[ $EUID -eq 0 ]]; then
  db_user=postgres
  as_owner=(runuser -u postgres --)
else
  db_user=$(id -un)
fi

base=$(mktemp -d "${TMPDIR:-/tmp}/binhdang-pg.XXXXXX")
pgdata=$base/data
log=$base/server.log
started=0
child=""

run_owner() { (cd / && "${as_owner[@]}" "$@"); }

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n "$child" ]] && kill -0 "$child" 2>/dev/null; then
    kill -TERM "$child" 2>/dev/null || true
    wait "$child" 2>/dev/null || true
  fi
  if ((started)); then
    run_owner "$pg_bin/pg_ctl" -D "$pgdata" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$base"
  return "$rc"
}
on_signal() {
  local sig=$1 code=$2
  say "interrupted ($sig), stopping PostgreSQL"
  exit "$code"   # runs cleanup through the EXIT trap
}
trap cleanup EXIT
trap 'on_signal INT 130' INT
trap 'on_signal TERM 143' TERM

fail() {
  say "$*"
  if [[ -s "$log" ]]; then
    say "server log (tail):"
    tail -n 30 "$log" >&2
  fi
  exit 1
}

free_port() {
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
    return
  fi
  local p
  for _ in $(seq 1 100); do
    p=$((20000 + RANDOM % 40000))
    if ! ss -Hltn "sport = :$p" | grep -q .; then echo "$p"; return; fi
  done
  return 1
}

if [[ $EUID -eq 0 ]]; then
  chown -R postgres:postgres "$base"
fi

locale_opt=(--no-locale)
if locale -a 2>/dev/null | grep -qix 'c\.utf-\?8'; then
  locale_opt=(--locale=C.UTF-8)
fi

init_out=$(run_owner "$pg_bin/initdb" -D "$pgdata" -A trust -U "$db_user" -E UTF8 "${locale_opt[@]}" 2>&1) \
  || { printf '%s\n' "$init_out" >&2; fail "initdb failed"; }

port=""
for attempt in 1 2 3; do
  port=$(free_port) || fail "no free port found"
  if run_owner "$pg_bin/pg_ctl" -w -t 60 -D "$pgdata" -l "$log" \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $base -c fsync=off -c synchronous_commit=off -c full_page_writes=off ${WITH_POSTGRES_OPTIONS:-}" \
      start >/dev/null 2>&1; then
    started=1
    break
  fi
  say "start on port $port failed (attempt $attempt)"
  run_owner "$pg_bin/pg_ctl" -D "$pgdata" -m immediate -w stop >/dev/null 2>&1 || true
done
((started)) || fail "could not start PostgreSQL"

"$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U "$db_user" binhdang_test \
  || fail "createdb failed"

export BINHDANG_TEST_PG="postgresql://${db_user}@127.0.0.1:${port}/binhdang_test"
say "PostgreSQL ${ver} on 127.0.0.1:${port}, BINHDANG_TEST_PG=${BINHDANG_TEST_PG}"

# Run CMD in the background (stdin kept) and wait, so that INT/TERM reach the
# traps at once; cleanup stops CMD before the cluster.
set +e
"$@" <&0 &
child=$!
wait "$child"
rc=$?
child=""
set -e
exit "$rc"
