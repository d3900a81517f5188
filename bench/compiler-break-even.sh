#!/usr/bin/env bash
# C1 only against full tiered compilation, whole process through the launcher, by Markdown size:
# for each JVM and each directory, ROUNDS rounds alternating c1 / full (SPEC_LINT_TIERED), printing
# the median wall seconds of each and full / c1 (below 1: full tiered is faster).
#
# Usage: bench/compiler-break-even.sh DIR...
#   DIR     directories of *.md files of increasing size (see docs/performance.md for how the
#           measured subsets of the corpus were made)
# Environment: ROUNDS=5, JAVAS="java /usr/lib/jvm/temurin-25-jdk-amd64" (SPEC_LINT_JAVA values),
#   LAUNCHER (default spec-lint-cli/target/spec-lint of this repository; build it first)
# Each JVM gets one untimed run first, so its class cache (AOT cache or AppCDS archive) is written.
set -euo pipefail
export LC_NUMERIC=C
repo=$(cd "$(dirname "$0")/.." && pwd)
ROUNDS=${ROUNDS:-5}
JAVAS=${JAVAS:-"$(command -v java) /usr/lib/jvm/temurin-25-jdk-amd64"}
LAUNCHER=${LAUNCHER:-$repo/spec-lint-cli/target/spec-lint}
(($# > 0)) || { sed -n '2,12p' "$0"; exit 2; }
[[ -x $LAUNCHER ]] || { echo "no launcher at $LAUNCHER: build spec-lint-cli first" >&2; exit 2; }

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
wall() { # wall seconds of one launcher run; exit 0 and 1 (findings) are normal
  local t0=$EPOCHREALTIME rc=0
  SPEC_LINT_JAVA=$1 SPEC_LINT_TIERED=$2 "$LAUNCHER" lint --no-color --format=json "$3" >/dev/null 2>&1 || rc=$?
  ((rc <= 1)) || { echo "run failed (exit $rc): SPEC_LINT_JAVA=$1 SPEC_LINT_TIERED=$2 $LAUNCHER lint $3" >&2; exit 2; }
  awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.3f\n", b - a }'
}

echo "| java | MB | files | C1 only s | full tiered s | full / C1 |"
echo "|---|---:|---:|---:|---:|---:|"
for java in $JAVAS; do
  exe=$java; [[ -d $java ]] && exe=$java/bin/java
  version=$("$exe" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)
  wall "$java" c1 "$1" >/dev/null   # writes the class cache when there is none
  for dir in "$@"; do
    mb=$(find "$dir" -name '*.md' -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1e6 }')
    files=$(find "$dir" -name '*.md' | wc -l)
    c1=() full=()
    for ((r = 0; r < ROUNDS; r++)); do
      c1+=("$(wall "$java" c1 "$dir")"); full+=("$(wall "$java" full "$dir")")
    done
    mc1=$(printf '%s\n' "${c1[@]}" | median); mfull=$(printf '%s\n' "${full[@]}" | median)
    echo "[break-even] $version $mb MB c1: ${c1[*]} full: ${full[*]}" >&2
    printf '| %s | %s | %s | %.2f | %.2f | %.2f |\n' "$version" "$mb" "$files" "$mc1" "$mfull" "$(awk -v a="$mfull" -v b="$mc1" 'BEGIN { print a / b }')"
  done
done
