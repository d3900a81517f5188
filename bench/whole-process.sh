#!/usr/bin/env bash
# Whole process on one directory of Markdown (default: all of /work/shared/corpus): the launcher on
# the default Java (17), the launcher on Java 25 (SPEC_LINT_JAVA, AOT cache), rumdl and
# markdownlint-cli2, ROUNDS rounds taking the four in turn, then the median wall seconds, peak RSS
# (GNU time's "Maximum resident set size", the largest over the rounds), spec-lint / rumdl and
# markdownlint-cli2 / spec-lint for each spec-lint, and the median CPU seconds (user + system: less
# sensitive than wall time to other load on the machine).
#
# Usage: bench/whole-process.sh [DIR]
# Environment: ROUNDS=5; TOOLS (default all four: spec-lint-java17 spec-lint-java25 rumdl
#   markdownlint-cli2; a subset gives more rounds in the same time on a noisy machine, where
#   markdownlint-cli2 takes most of each round); JAVA17 (default: java on PATH), JAVA25 (default
#   /usr/lib/jvm/temurin-25-jdk-amd64): SPEC_LINT_JAVA values; LAUNCHER (default
#   spec-lint-cli/target/spec-lint: build spec-lint-cli first); RUMDL_VERSION=0.2.75,
#   MDL_CLI2_VERSION=0.22.1 (npm; installed once under ${XDG_CACHE_HOME:-~/.cache}/spec-lint-bench).
# Needs bash, GNU time (/usr/bin/time), npm with access to the registry. Every tool lints a staged
# copy of DIR's *.md files (no configuration files: each tool's default rules). Before the timed
# rounds every tool runs once untimed: that run writes the launcher's class caches.
set -euo pipefail
export LC_NUMERIC=C
repo=$(cd "$(dirname "$0")/.." && pwd)
target=${1:-/work/shared/corpus}
ROUNDS=${ROUNDS:-5}
JAVA17=${JAVA17:-$(command -v java)}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64}
LAUNCHER=${LAUNCHER:-$repo/spec-lint-cli/target/spec-lint}
npm_dir=${XDG_CACHE_HOME:-$HOME/.cache}/spec-lint-bench/npm
log() { printf '[whole-process] %s\n' "$*" >&2; }
die() { log "$*"; exit 2; }
[[ -x /usr/bin/time ]] || die "needs GNU time at /usr/bin/time (Debian package time)"
[[ -x $LAUNCHER ]] || die "no launcher at $LAUNCHER: build spec-lint-cli first"
[[ -d $target ]] || die "not a directory: $target"

install() { # install NAME VERSION: npm package into its own prefix, once
  [[ -d $npm_dir/$1-$2/node_modules ]] && return
  log "npm install $1@$2"
  npm install --prefix "$npm_dir/$1-$2" --no-audit --no-fund --loglevel=error "$1@$2" >&2
}
install rumdl "${RUMDL_VERSION:=0.2.75}"
install markdownlint-cli2 "${MDL_CLI2_VERSION:=0.22.1}"
# rumdl's npm package is a node wrapper around a native binary: run the binary, not node
rumdl=$(ls "$npm_dir/rumdl-$RUMDL_VERSION"/node_modules/@rumdl/cli-*/rumdl | head -n 1)
mdl=$npm_dir/markdownlint-cli2-$MDL_CLI2_VERSION/node_modules/.bin/markdownlint-cli2

work=$(mktemp -d "${TMPDIR:-/tmp}/spec-lint-whole.XXXXXX")
trap 'rm -rf "$work"' EXIT
data=$work/data
mkdir -p "$data" "$work/out"
(cd "$target" && find . -type f -name '*.md' -print0 | xargs -0 -r cp --parents -t "$data")
files=$(find "$data" -type f -name '*.md' | wc -l)
mb=$(find "$data" -type f -name '*.md' -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1e6 }')
log "$files files, $mb MB staged in $data"

read -r -a names <<<"${TOOLS:-spec-lint-java17 spec-lint-java25 rumdl markdownlint-cli2}"
for name in "${names[@]}"; do
  case $name in spec-lint-java17 | spec-lint-java25 | rumdl | markdownlint-cli2) ;; *) die "TOOLS: unknown tool $name" ;; esac
done
has() { [[ " ${names[*]} " == *" $1 "* ]]; }
# the command of each tool, run in $data
command_of() {
  case $1 in
    spec-lint-java17) echo "SPEC_LINT_JAVA=$(printf '%q' "$JAVA17") $(printf '%q' "$LAUNCHER") lint --no-color ." ;;
    spec-lint-java25) echo "SPEC_LINT_JAVA=$(printf '%q' "$JAVA25") $(printf '%q' "$LAUNCHER") lint --no-color ." ;;
    rumdl) echo "$(printf '%q' "$rumdl") check --no-cache --no-config --no-exclude --respect-gitignore=false --color never ." ;;
    markdownlint-cli2) echo "$(printf '%q' "$mdl") '**/*.md'" ;;
  esac
}
# run NAME TAG: one run, wall seconds and peak RSS KB appended to $work/NAME.m
run() {
  local out=$work/out/$1.$2 t0 rc=0
  t0=$EPOCHREALTIME
  (cd "$data" && /usr/bin/time -v -o "$out.time" bash -c "$(command_of "$1")" >"$out.out" 2>"$out.err") || rc=$?
  local wall rss cpu
  wall=$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.3f", b - a }')
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out.time")
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$out.time")
  ((rc <= 1)) || die "$1 exited $rc: $(head -c 600 "$out.err")"
  log "$1 $2: ${wall} s, CPU ${cpu} s, $((rss / 1024)) MB"
  [[ $2 == warm-up ]] || echo "$wall $rss $cpu" >>"$work/$1.m"
}

for name in "${names[@]}"; do run "$name" warm-up; done
for ((r = 1; r <= ROUNDS; r++)); do
  for name in "${names[@]}"; do run "$name" "round-$r"; done
done

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
declare -A med rss cpu
for name in "${names[@]}"; do
  med[$name]=$(awk '{ print $1 }' "$work/$name.m" | median)
  cpu[$name]=$(awk '{ print $3 }' "$work/$name.m" | median)
  rss[$name]=$(awk 'm < $2 { m = $2 } END { printf "%.0f", m / 1024 }' "$work/$name.m")
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "$files files, $mb MB ($target), $ROUNDS rounds alternating, $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| tool | median wall s | all rounds s | median CPU s | peak RSS MB |"
echo "|---|---:|---|---:|---:|"
for name in "${names[@]}"; do
  echo "| $name | ${med[$name]} | $(awk '{ print $1 }' "$work/$name.m" | paste -sd' ') | ${cpu[$name]} | ${rss[$name]} |"
done
echo
for java in java17 java25; do
  has "spec-lint-$java" || continue
  s=${med[spec-lint-$java]}
  line="spec-lint ($java)"
  has rumdl && line+=" / rumdl = $(ratio "$s" "${med[rumdl]}")"
  has markdownlint-cli2 && line+="; markdownlint-cli2 / spec-lint ($java) = $(ratio "${med[markdownlint-cli2]}" "$s")"
  echo "$line"
done
# the same ratios round by round (each round runs the tools back to back, so a slow spell of the
# machine slows all of them): their median is steadier than the ratio of the medians
if has rumdl; then
  for java in java17 java25; do
    has "spec-lint-$java" || continue
    echo "spec-lint ($java) / rumdl, median of the rounds' ratios = $(paste -d' ' "$work/spec-lint-$java.m" "$work/rumdl.m" \
      | awk '{ print $1 / $4 }' | median | awk '{ printf "%.2f", $1 }')"
  done
fi
