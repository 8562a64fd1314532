#!/usr/bin/env bash
# Checks the component map and the layer rules:
#   1. src/README.md lists every .h and .cpp under src/ exactly once, in a
#      table row under the `## <dir>/ — …` heading of the folder that holds
#      it (the row's first cell: backticked names relative to <dir>), and
#      every file it lists exists;
#   2. `#include "…"` lines (written from src/, e.g. "core/result.h") follow
#      the layers: core ← storage, analytics, documents ← app ← demo, http, cli;
#   3. every src/<path>.cpp has its test, tests/<path>_test.cpp.
# Prints each problem on its own line and exits 1; on success one line.
# Needs only bash, coreutils, grep, sed and awk.
set -euo pipefail
cd "$(dirname "$0")/.."

map=src/README.md
if [[ ! -f $map ]]; then
  echo "check-map: $map is missing" >&2
  exit 1
fi

problems=()

# --- 1. The map against the tree -------------------------------------------

# One line per listed name: "src/<dir><name>", or "!problem text".
listed_raw=$(awk '
  /^## / {
    dir = ""
    split(substr($0, 4), w, " ")
    if (w[1] ~ /\/$/) {
      dir = w[1]
      if (dir ~ /^\// || dir ~ /(^|\/)\.\.?\//) { print "!" FILENAME ":" NR ": heading \"" dir "\" is not a folder under src/"; dir = "" }
    }
    next
  }
  /^\|/ {
    cell = substr($0, 2)
    bar = index(cell, "|")
    if (bar > 0) cell = substr(cell, 1, bar - 1)
    if (index(cell, "`") == 0) next          # header and separator rows
    if (dir == "") { print "!" FILENAME ":" NR ": table row outside a \"## <dir>/\" section"; next }
    while (match(cell, /`[^`]+`/)) {
      name = substr(cell, RSTART + 1, RLENGTH - 2)
      cell = substr(cell, RSTART + RLENGTH)
      if (index(name, "/") > 0) { print "!" FILENAME ":" NR ": `" name "` belongs under the heading of its own folder, not ## " dir; continue }
      print "src/" dir name
    }
  }
' "$map")

listed=$(grep -v '^!' <<<"$listed_raw" || true)
while IFS= read -r line; do
  if [[ -n $line ]]; then problems+=("${line#!}"); fi
done < <(grep '^!' <<<"$listed_raw" || true)

# Headings naming a folder that does not exist.
while IFS= read -r dir; do
  [[ -z $dir ]] && continue
  [[ -d src/$dir ]] || problems+=("$map: heading \"## $dir\" names no folder src/$dir")
done < <(sed -n 's/^## \([^ ]*\/\)\( .*\)\{0,1\}$/\1/p' "$map")

actual=$(find src -type f \( -name '*.h' -o -name '*.cpp' \) | LC_ALL=C sort)
mapfile -t actual_files <<<"$actual"
listed_sorted=$(LC_ALL=C sort <<<"$listed" | sed '/^$/d')
listed_unique=$(LC_ALL=C sort -u <<<"$listed_sorted" | sed '/^$/d')

while IFS= read -r f; do
  if [[ -n $f ]]; then problems+=("$map: $f is listed more than once"); fi
done < <(uniq -d <<<"$listed_sorted")

while IFS= read -r f; do
  if [[ -n $f ]]; then problems+=("$map: lists $f, which does not exist"); fi
done < <(LC_ALL=C comm -13 <(echo "$actual") <(echo "$listed_unique"))

while IFS= read -r f; do
  if [[ -n $f ]]; then problems+=("$map: does not list $f"); fi
done < <(LC_ALL=C comm -23 <(echo "$actual") <(echo "$listed_unique"))

# --- 2. Layer rules on #include "…" ----------------------------------------

# "<file>\t<included path>" for every quoted include under src/.
includes=$(awk '
  /^[ \t]*#[ \t]*include[ \t]*"/ {
    s = $0
    s = substr(s, index(s, "\"") + 1)
    s = substr(s, 1, index(s, "\"") - 1)
    print FILENAME "\t" s
  }
' "${actual_files[@]}")

while IFS=$'\t' read -r file inc; do
  [[ -z $file ]] && continue
  layer=${file#src/}
  layer=${layer%%/*}
  bad=0
  case $layer in
    core)      [[ $inc == core/* ]] || bad=1 ;;
    analytics) [[ $inc == core/* || $inc == analytics/* ]] || bad=1 ;;
    documents) [[ $inc == core/* || $inc == documents/* ]] || bad=1 ;;
    storage)   [[ $inc == core/* || $inc == storage/* ]] || bad=1 ;;
    app)       if [[ $inc == http/* || $inc == cli/* || $inc == demo/* ]]; then bad=1; fi ;;
    demo)      if [[ $inc == http/* || $inc == cli/* ]]; then bad=1; fi ;;
    http)      if [[ $inc == storage/* || $inc == cli/* || $inc == demo/* ]]; then bad=1; fi ;;
  esac
  if ((bad)); then problems+=("$file: includes \"$inc\""); fi
done <<<"$includes"

# --- 3. Every source file has its test ---------------------------------------

for f in "${actual_files[@]}"; do
  [[ $f == *.cpp ]] || continue
  t=tests/${f#src/}
  t=${t%.cpp}_test.cpp
  [[ -f $t ]] || problems+=("$f: has no test $t")
done

# --- Result -----------------------------------------------------------------

if ((${#problems[@]} > 0)); then
  printf '%s\n' "${problems[@]}" >&2
  echo "check-map: ${#problems[@]} problem(s); see src/README.md and the layer rules in docs/architecture.md" >&2
  exit 1
fi
n=$(grep -c . <<<"$listed_unique" || true)
echo "check-map: $n files listed, layers ok, every source file has its test"
