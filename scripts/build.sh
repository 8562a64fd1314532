#!/usr/bin/env bash
# Usage: scripts/build.sh [cmake --build options, e.g. --target binhdang]
# Configures build/ (RelWithDebInfo) the first time, then builds.
# Installing what is missing is scripts/install-deps.sh's job.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -f build/CMakeCache.txt ]]; then
  cmake -S . -B build -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}"
fi
cmake --build build -j"$(nproc)" "$@"
