#!/usr/bin/env bash
# Usage: scripts/build.sh [cmake --build options, e.g. --target binhdang]
# Configures build/ (RelWithDebInfo) the first time, then builds.
# Uses ccache when it is installed (not needed; see DEVELOPERS.md).
# Installing what is missing is scripts/install-deps.sh's job.
set -euo pipefail
cd "$(dirname "$0")/.."

# ccache, when a developer has installed it, makes rebuilds and extra work
# trees cheap; CI does not need it.
launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
if [[ ! -f build/CMakeCache.txt ]]; then
  cmake -S . -B build -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" "${launcher[@]}"
fi
cmake --build build -j"$(nproc)" "$@"
