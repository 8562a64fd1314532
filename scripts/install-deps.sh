#!/usr/bin/env bash
# Installs what building, running and testing binhdang needs on Debian 12:
# the Debian packages below (only the missing ones) and the npm packages of
# web/ (browser libraries) and of the repository root (browser tests).
# Idempotent and quick when nothing is missing. BINHDANG_SKIP_INSTALL=1 skips it.
set -euo pipefail

cd "$(dirname "$0")/.."

if [[ "${BINHDANG_SKIP_INSTALL:-0}" == "1" ]]; then
  echo "install-deps: skipped (BINHDANG_SKIP_INSTALL=1)"
  exit 0
fi

# Keep this list in step with DEVELOPERS.md.
packages=(
  # toolchain
  build-essential cmake pkg-config
  # libraries
  libpoco-dev libsoci-dev libboost-dev libsqlite3-dev sqlite3 libpq-dev postgresql
  libkainjow-mustache-dev libmuparser-dev libsodium-dev libicu-dev
  libxlsxwriter-dev libzip-dev libpugixml-dev libcli11-dev nlohmann-json3-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev
  # fuzzing (scripts/fuzz.sh): clang and its libFuzzer, ASan and UBSan runtimes
  clang libclang-rt-14-dev
  # load test (tests/load/)
  wrk
  # browser tests, document checks
  nodejs npm chromium poppler-utils
  libreoffice-writer-nogui libreoffice-calc-nogui
  fonts-liberation fonts-liberation2 fonts-dejavu-core
  # workbooks written by another program (tests of the Excel import)
  python3-openpyxl
)

# A node that already brings its own npm (e.g. a NodeSource build) would
# conflict with Debian's npm package: keep whatever node/npm is on PATH.
have_node=0
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  have_node=1
fi

missing=()
checked=0
for p in "${packages[@]}"; do
  if [[ $have_node == 1 && ( $p == nodejs || $p == npm ) ]]; then
    continue
  fi
  checked=$((checked + 1))
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  if [[ "$status" != "install ok installed" ]]; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: Debian packages: all ${checked} present"
else
  echo "install-deps: Debian packages: installing ${missing[*]}"
  sudo=()
  if [[ $EUID -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=(sudo)
    else
      echo "install-deps: missing packages and not root (no sudo): ${missing[*]}" >&2
      exit 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  # Wait for another apt/dpkg run instead of failing on its lock.
  apt_opts=(-o DPkg::Lock::Timeout=900 -o Acquire::Retries=3)
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" -qq update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" -y -q \
    --no-install-recommends install "${missing[@]}" >/tmp/binhdang-apt.log 2>&1 || {
      tail -n 30 /tmp/binhdang-apt.log >&2
      echo "install-deps: apt-get install failed (full log: /tmp/binhdang-apt.log)" >&2
      exit 1
    }
  echo "install-deps: Debian packages: installed ${#missing[@]}"
fi

# npm ci in DIR when DIR/node_modules is missing or older than the lock file.
# npm rewrites node_modules/.package-lock.json on every install: it is the stamp.
npm_ci() {
  local dir=$1
  [[ -f "$dir/package.json" ]] || return 0
  local stamp="$dir/node_modules/.package-lock.json"
  if [[ ! -e "$stamp" || "$dir/package-lock.json" -nt "$stamp" || "$dir/package.json" -nt "$stamp" ]]; then
    echo "install-deps: npm ci in ${dir}/"
    local log
    log=$(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error 2>&1) || {
      printf '%s\n' "$log" | tail -n 30 >&2
      echo "install-deps: npm ci failed in ${dir}/" >&2
      exit 1
    }
    mkdir -p "$dir/node_modules" && touch "$stamp"
  else
    echo "install-deps: npm packages in ${dir}/: up to date"
  fi
}

npm_ci web
npm_ci .
