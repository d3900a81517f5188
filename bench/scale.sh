#!/usr/bin/env bash
# The scale run: the launcher on the *.md files of DIR (default all of /work/shared/corpus) and on
# COPIES copies of them (default: as many as make at least FILES=20000 files), ROUNDS rounds
# alternating 1x, Nx with the compiler the launcher picks, and Nx with the other one (C1 only or
# full tiered, SPEC_LINT_TIERED), then per run: median wall seconds, seconds per MB, time per MB
# against 1x (at most 1.00 is the target: no worse at scale), peak RSS (GNU time, the largest over
# the rounds) and the findings count (it must be COPIES times the 1x count: the same files). The
# report is the default text one (the JSON report parses every file again for its spec index).
#
# Usage: bench/scale.sh [DIR]
# Environment: ROUNDS=3, FILES=20000 or COPIES, SPEC_LINT_JAVA (the launcher's JVM, default as
#   the launcher finds it), LAUNCHER (default spec-lint-cli/target/spec-lint: build spec-lint-cli
#   first), SCALE_DIR (where the copies go, default a temporary folder removed at the end; they
#   take COPIES times DIR's Markdown on disk).
set -euo pipefail
export LC_NUMERIC=C
repo=$(cd "$(dirname "$0")/.." && pwd)
target=${1:-/work/shared/corpus}
ROUNDS=${ROUNDS:-3}
LAUNCHER=${LAUNCHER:-$repo/spec-lint-cli/target/spec-lint}
log() { printf '[scale] %s\n' "$*" >&2; }
die() { log "$*"; exit 2; }
[[ -x /usr/bin/time ]] || die "needs GNU time at /usr/bin/time (Debian package time)"
[[ -x $LAUNCHER ]] || die "no launcher at $LAUNCHER: build spec-lint-cli first"
[[ -d $target ]] || die "not a directory: $target"

if [[ -n ${SCALE_DIR:-} ]]; then
  work=$SCALE_DIR; mkdir -p "$work"
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/spec-lint-scale.XXXXXX"); trap 'rm -rf "$work"' EXIT
fi
one=$work/x1
rm -rf "$one" "$work/xn"; mkdir -p "$one"
(cd "$target" && find . -type f -name '*.md' -print0 | xargs -0 -r cp --parents -t "$one")
files1=$(find "$one" -type f -name '*.md' | wc -l)
((files1 > 0)) || die "no *.md files under $target"
COPIES=${COPIES:-$(( (${FILES:-20000} + files1 - 1) / files1 ))}
for ((c = 1; c <= COPIES; c++)); do
  mkdir -p "$work/xn/copy$c"; cp -r "$one/." "$work/xn/copy$c/"
done
mb() { find "$1" -type f -name '*.md' -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1e6 }'; }
mb1=$(mb "$one") mbn=$(mb "$work/xn")
log "1x: $files1 files, $mb1 MB; ${COPIES}x: $((files1 * COPIES)) files, $mbn MB (in $work)"

# the compiler the launcher picks at Nx, and the other one
# (the launcher's rule, SPEC_LINT_TIERED_MB: full tiered from 1024 MB of Markdown on; its default is read
# from the launcher, so that the two cannot drift apart again)
launcher_mb=$(sed -n 's/.*SPEC_LINT_TIERED_MB:-\([0-9]*\)}.*/\1/p' "$LAUNCHER" | head -n 1)
[[ -n $launcher_mb ]] || die "cannot read the default of SPEC_LINT_TIERED_MB from $LAUNCHER"
kbn=$(find "$work/xn" -type f -name '*.md' -printf '%s\n' | awk '{ s += $1 } END { print int(s / 1024) }')
if ((kbn >= ${SPEC_LINT_TIERED_MB:-$launcher_mb} * 1024)); then auto=full other=c1; else auto=c1 other=full; fi

runs=(x1 xn xn-other)
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
run() { # run NAME: one timed launcher run, "wall rss_kb findings" on stdout
  local dir=$work/xn tiered=""
  case $1 in x1) dir=$one ;; xn-other) tiered=$other ;; esac
  local rc=0
  (cd "$dir" && SPEC_LINT_TIERED=$tiered /usr/bin/time -f '%e %M' -o "$work/time" \
      "$LAUNCHER" lint --no-color . > "$work/out.txt" 2> "$work/err") || rc=$?
  ((rc <= 1)) || die "run $1 failed (exit $rc): $(head -c 300 "$work/err")"
  local findings
  # the summary line: "N files, E errors, W warnings (T s)"
  findings=$(tail -n 1 "$work/out.txt" | awk '{ print $3 + $5 }')
  echo "$(tail -n 1 "$work/time") $findings"
}
run x1 > /dev/null   # writes the launcher's class cache when there is none
declare -A wall rss found
for ((r = 1; r <= ROUNDS; r++)); do
  for n in "${runs[@]}"; do
    read -r w m f < <(run "$n")
    wall[$n]+="$w "; found[$n]=$f
    [[ -z ${rss[$n]:-} || $m -gt ${rss[$n]} ]] && rss[$n]=$m
    log "round $r $n: $w s, $((m / 1024)) MB, $f findings"
  done
done

java=${SPEC_LINT_JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/java}}; java=${java:-java}; [[ -d $java ]] && java=$java/bin/java
java_version=$("$java" -version 2>&1 | head -n 1)
echo "Scale run, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg),"
echo "launcher $LAUNCHER on $java_version, medians of $ROUNDS rounds"
echo
echo "| run | files | MB | compiler | median wall s | rounds s | s per MB | per MB vs 1x | peak RSS MB | findings |"
echo "|---|---:|---:|---|---:|---|---:|---:|---:|---:|"
m1=$(printf '%s\n' ${wall[x1]} | median)
for n in "${runs[@]}"; do
  case $n in
    x1) files=$files1 size=$mb1 comp="launcher's choice" label=1x ;;
    xn) files=$((files1 * COPIES)) size=$mbn comp="launcher's choice ($auto)" label="${COPIES}x" ;;
    xn-other) files=$((files1 * COPIES)) size=$mbn comp="$other (SPEC_LINT_TIERED=$other)" label="${COPIES}x" ;;
  esac
  m=$(printf '%s\n' ${wall[$n]} | median)
  awk -v l="$label" -v f="$files" -v s="$size" -v c="$comp" -v m="$m" -v w="${wall[$n]% }" -v m1="$m1" -v s1="$mb1" \
      -v r="${rss[$n]}" -v k="${found[$n]}" \
      'BEGIN { printf "| %s | %d | %s | %s | %.2f | %s | %.4f | %.2f | %d | %d |\n", l, f, s, c, m, w, m / s, (m / s) / (m1 / s1), r / 1024, k }'
done
expected=$((found[x1] * COPIES))
if [[ ${found[xn]} -ne $expected || ${found[xn-other]} -ne $expected ]]; then
  echo; echo "findings differ: ${COPIES}x should give $expected (${COPIES} x ${found[x1]})"; exit 1
fi
