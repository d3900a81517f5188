#!/usr/bin/env bash
# Whole-process benchmark: spec-lint against peer Markdown linters
# (rumdl, markdownlint-cli2) on the same files, with each tool's default rules.
#
# Usage: bench/peers.sh [--scale] [--stand-in] [DIR]
#   DIR         directory whose *.md files are linted (default /work/shared/corpus)
#   --scale     also run on 2x and 4x copies of the files (factors: $SCALES)
#   --stand-in  replace spec-lint by a stand-in that only reads the files
#               (for testing this script before spec-lint.jar exists)
#
# Environment (all optional):
#   RUNS=5              timed runs per tool and scale (plus WARMUP untimed ones)
#   WARMUP=1            untimed warm-up runs per tool and scale
#   SCALES="1 2 4"      scale factors used with --scale
#   TIMEOUT=900         seconds before a single run is killed (and flagged)
#   SPEC_LINT_JAR=...   default spec-lint-cli/target/spec-lint.jar of this repository
#   SPEC_LINT_CMD=...   shell command prefix for spec-lint; the target directory
#                       is appended as the last argument
#                       (default: the launcher script next to the jar,
#                       "spec-lint lint" (JVM settings, AppCDS; its first run
#                       writes the class archive: that is the warm-up run),
#                       or java -jar "$SPEC_LINT_JAR" lint without a launcher)
#   SPEC_LINT_LAUNCHER=0  use java -jar even when the launcher is there
#   SPEC_LINT_THREADS=N adds --threads N to the default spec-lint command
#   SPEC_LINT_VERSION=  version shown for spec-lint (default: from --version)
#   RUMDL_VERSION=0.2.75, MDL_CLI2_VERSION=0.22.1   npm versions of the peers
#   MEASURE=auto|gnu|python   how wall time and peak RSS are measured
#   KEEP=1              keep the temp dir (tool output, logs) after the run
#
# All tool output goes to a temp dir, never into the repo. The script prints a
# Markdown table on stdout; progress goes to stderr.
set -euo pipefail
export LC_NUMERIC=C   # "." as decimal separator in $EPOCHREALTIME, awk, sort

# ---------------------------------------------------------------- settings --
RUNS=${RUNS:-5}
WARMUP=${WARMUP:-1}
SCALES=${SCALES:-"1 2 4"}
TIMEOUT=${TIMEOUT:-900}
SPEC_LINT_JAR=${SPEC_LINT_JAR:-$(cd "$(dirname "$0")/.." && pwd)/spec-lint-cli/target/spec-lint.jar}
RUMDL_VERSION=${RUMDL_VERSION:-0.2.75}
MDL_CLI2_VERSION=${MDL_CLI2_VERSION:-0.22.1}
MEASURE=${MEASURE:-auto}
KEEP=${KEEP:-0}

# Stand-in for spec-lint: reads every *.md file under the given paths and
# reports how many it read, in the form the file-count parser understands.
STAND_IN_CMD='sh -c '\''find "$@" -type f -name "*.md" -exec cat -- {} + >/dev/null; echo "checked $(find "$@" -type f -name "*.md" | wc -l) files"'\'' stand-in'

log() { printf '[peers] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 2; }

# ---------------------------------------------------------------- arguments --
scale_run=0
stand_in=0
target=/work/shared/corpus
while [[ $# -gt 0 ]]; do
  case $1 in
    --scale) scale_run=1 ;;
    --stand-in) stand_in=1 ;;
    -h|--help) sed -n '2,31p' "$0"; exit 0 ;;
    -*) die "unknown option $1" ;;
    *) target=$1 ;;
  esac
  shift
done
[[ -d $target ]] || die "not a directory: $target"
target=$(cd "$target" && pwd)
[[ $scale_run == 1 ]] || SCALES=1
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer"

if [[ $stand_in == 1 ]]; then
  SPEC_LINT_CMD=$STAND_IN_CMD
  SPEC_LINT_LABEL="spec-lint (STAND-IN: cat)"
else
  SPEC_LINT_CMD_GIVEN=${SPEC_LINT_CMD:-}
  if [[ -z ${SPEC_LINT_CMD:-} ]]; then
    launcher="$(dirname "$SPEC_LINT_JAR")/spec-lint"
    if [[ ${SPEC_LINT_LAUNCHER:-1} != 0 && -x $launcher ]]; then
      SPEC_LINT_CMD="SPEC_LINT_JAR=$(printf '%q' "$SPEC_LINT_JAR") $(printf '%q' "$launcher") lint"
    else
      SPEC_LINT_CMD="java -jar $(printf '%q' "$SPEC_LINT_JAR") lint"
    fi
    [[ -n ${SPEC_LINT_THREADS:-} ]] && SPEC_LINT_CMD+=" --threads $SPEC_LINT_THREADS"
  fi
  SPEC_LINT_LABEL="spec-lint"
fi

load_start=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
work=$(mktemp -d "${TMPDIR:-/tmp}/spec-lint-peers.XXXXXX")
cleanup() {
  if [[ $KEEP == 1 ]]; then log "kept temp dir $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
log "temp dir: $work"

# ------------------------------------------------------------- measurement --
# measure OUT_PREFIX CMD... : runs CMD (stdout/stderr to OUT_PREFIX.out/.err)
# and writes "wall_seconds peak_rss_kb status" to OUT_PREFIX.m, where status is
# the exit code, "sig:N" when killed by a signal, or "timeout".
# Both use wait4(2): peak RSS is the largest RSS of the tool or any of its
# child processes. GNU time (package "time") is preferred: it forks from a
# tiny process, while a child forked by python3 starts with python's own RSS
# (~10-15 MB floor, which only matters for very small tools). Wall time comes
# from bash's $EPOCHREALTIME with GNU time (its own %e has 1/100 s), from
# time.monotonic() with python3. The python3 fallback needs no root.
if [[ $MEASURE == auto ]]; then
  if [[ -x /usr/bin/time ]] && /usr/bin/time -f '%M' true >/dev/null 2>&1; then MEASURE=gnu
  elif command -v python3 >/dev/null; then MEASURE=python
  else die "need GNU time (apt-get install -y time) or python3 to measure"; fi
fi
log "measuring with: $MEASURE"

PY_MEASURE='
import os, subprocess, sys, time
out, err, res = sys.argv[1:4]
cmd = sys.argv[4:]
with open(out, "wb") as o, open(err, "wb") as e:
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdout=o, stderr=e)
    _, status, ru = os.wait4(p.pid, 0)   # rusage of this child and its descendants
    wall = time.monotonic() - t0
if os.WIFSIGNALED(status):
    st = "sig:%d" % os.WTERMSIG(status)
else:
    st = str(os.WEXITSTATUS(status))
with open(res, "w") as r:
    r.write("%.3f %d %s\n" % (wall, ru.ru_maxrss, st))   # ru_maxrss is in KB on Linux
'

measure() {
  local prefix=$1; shift
  local rc=0
  # timeout kills a hung tool; it is part of the measured tree but tiny.
  local -a cmd=(timeout --kill-after=10 "$TIMEOUT" "$@")
  if [[ $MEASURE == gnu ]]; then
    local t0=$EPOCHREALTIME t1 wall rss
    /usr/bin/time -o "$prefix.time" -f '%M' "${cmd[@]}" >"$prefix.out" 2>"$prefix.err" || rc=$?
    t1=$EPOCHREALTIME
    wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", b - a}')
    rss=$(tail -n 1 "$prefix.time")
    local st=$rc
    if grep -q 'terminated by signal' "$prefix.time"; then
      st="sig:$(grep -o 'signal [0-9]*' "$prefix.time" | grep -o '[0-9]*')"
    fi
    echo "$wall $rss $st" >"$prefix.m"
  else
    python3 -c "$PY_MEASURE" "$prefix.out" "$prefix.err" "$prefix.m" "${cmd[@]}"
  fi
  # timeout(1) exits 124 when it stopped the command (137 if it needed KILL,
  # which is left as a crash: it may as well be the OOM killer)
  sed -i -E 's/ 124$/ timeout/' "$prefix.m"
}

# ------------------------------------------------------------------ peers --
# npm_install NAME VERSION : installs into its own prefix under $work/npm/NAME,
# so one failing peer does not take the other down.
npm_install() {
  local name=$1 version=$2 prefix="$work/npm/$1"
  mkdir -p "$prefix"
  log "npm install $name@$version"
  if ! npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error \
        "$name@$version" >"$prefix/install.log" 2>&1; then
    log "SKIP: could not install $name@$version from npm (see below)"
    tail -n 5 "$prefix/install.log" >&2 || true
    return 1
  fi
}

# Each tool: TOOL_CMD[name] is a shell command prefix; the target is appended
# as one argument: the target directory, or TOOL_ARG[name] if set. With
# TOOL_CWD[name]=target the tool runs inside the target directory, otherwise
# in the temp dir. TOOL_VER[name] is its version.
declare -A TOOL_CMD TOOL_VER TOOL_CWD TOOL_ARG
tools=()

setup_spec_lint() {
  local ver=unknown
  if [[ $stand_in == 0 && -z ${SPEC_LINT_CMD_GIVEN:-} && ! -f $SPEC_LINT_JAR ]]; then
    log "SKIP: spec-lint: $SPEC_LINT_JAR not found (build it, set SPEC_LINT_CMD, or use --stand-in); ratios will be n/a"
    return 0
  fi
  if [[ -n ${SPEC_LINT_VERSION:-} ]]; then
    ver=$SPEC_LINT_VERSION
  elif [[ $stand_in == 1 ]]; then
    ver="stand-in"
  elif [[ -n $SPEC_LINT_CMD_GIVEN ]]; then
    ver="custom command"
  elif [[ -f $SPEC_LINT_JAR ]]; then
    ver=$(java -jar "$SPEC_LINT_JAR" --version 2>/dev/null | head -n 1 | sed 's/^spec-lint //' || true)
    [[ -n $ver ]] || ver=$(unzip -p "$SPEC_LINT_JAR" META-INF/MANIFEST.MF 2>/dev/null \
                           | sed -n 's/^Implementation-Version: *//p' | tr -d '\r' || true)
    [[ -n $ver ]] || ver=unknown
  fi
  tools+=("$SPEC_LINT_LABEL")
  TOOL_CMD[$SPEC_LINT_LABEL]=$SPEC_LINT_CMD
  TOOL_VER[$SPEC_LINT_LABEL]=$ver
}

setup_rumdl() {
  npm_install rumdl "$RUMDL_VERSION" || return 0
  local dir="$work/npm/rumdl/node_modules" bin=""
  # The npm package is a node wrapper that spawns a native binary shipped in
  # an optional platform package; call the binary directly so node startup
  # is not measured. Fall back to the wrapper if no binary runs here.
  for candidate in "$dir"/@rumdl/cli-*/rumdl "$dir/.bin/rumdl"; do
    if [[ -x $candidate ]] && "$candidate" --version >/dev/null 2>&1; then bin=$candidate; break; fi
  done
  if [[ -z $bin ]]; then
    log "SKIP: rumdl installed but does not run here:"
    "$dir/.bin/rumdl" --version 2>&1 | head -n 5 >&2 || true
    return 0
  fi
  log "rumdl binary: $bin"
  tools+=(rumdl)
  # --no-cache: rumdl caches results by default, which would make every run
  #   after the first one a cache hit;
  # --no-config: built-in default rules, ignore any .rumdl.toml / user config;
  # --no-exclude, --respect-gitignore=false: never skip a file.
  TOOL_CMD[rumdl]="$(printf '%q' "$bin") check --no-cache --no-config --no-exclude --respect-gitignore=false --color never"
  TOOL_VER[rumdl]=$("$bin" --version | awk '{print $NF}')
}

setup_markdownlint_cli2() {
  npm_install markdownlint-cli2 "$MDL_CLI2_VERSION" || return 0
  local bin="$work/npm/markdownlint-cli2/node_modules/.bin/markdownlint-cli2" ver
  ver=$("$bin" --help 2>&1 | head -n 1 || true)   # --help exits non-zero
  if [[ $ver != markdownlint-cli2* ]]; then
    log "SKIP: markdownlint-cli2 installed but does not run here: $ver"
    return 0
  fi
  tools+=(markdownlint-cli2)
  # markdownlint-cli2 takes globs relative to its working directory: it runs
  # inside the staged target dir with '**/*.md'. That dir holds only the *.md
  # files, so no configuration file (.markdownlint*.yml etc.) is picked up and
  # the default rules apply.
  TOOL_CMD[markdownlint-cli2]=$(printf '%q' "$bin")
  TOOL_ARG[markdownlint-cli2]='**/*.md'
  TOOL_CWD[markdownlint-cli2]=target
  TOOL_VER[markdownlint-cli2]=$(sed -E 's/^markdownlint-cli2 v?//' <<<"$ver")
}

# reported_files TOOL OUT_PREFIX : number of files the tool says it checked, or "?"
reported_files() {
  local tool=$1 f="$2.out" e="$2.err" n=""
  case $tool in
    markdownlint-cli2) n=$(cat "$f" "$e" | sed -n -E 's/^Linting: ([0-9]+) file.*/\1/p' | tail -n 1) ;;
    rumdl) n=$(cat "$f" "$e" | sed -n -E 's/.* in ([0-9]+\/)?([0-9]+) files?.*/\2/p' | tail -n 1) ;;
    # spec-lint's summary line: "1145 files, 432 errors, 0 warnings (0.08 s)"
    *) n=$(cat "$f" "$e" | grep -i -o -E '((checked|linted|linting)[: ]+|^)[0-9]+ files?' | grep -o -E '[0-9]+' | tail -n 1 || true) ;;
  esac
  echo "${n:-?}"
}

# ---------------------------------------------------------------- targets --
# stage_targets FACTOR : copies the *.md files of $target FACTOR times into
# $work/data/xFACTOR/copyI/..., keeping relative paths, and prints that dir.
# Every tool lints this staged copy, so all see exactly the same files and
# nothing else (no config files, no .gitignore, no non-Markdown files).
stage_targets() {
  local factor=$1 dest="$work/data/x$1" i
  for ((i = 1; i <= factor; i++)); do
    mkdir -p "$dest/copy$i"
    (cd "$target" && find . -type f -name '*.md' -print0 | xargs -0 -r cp --parents -t "$dest/copy$i")
  done
  echo "$dest"
}

median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'; }

# ------------------------------------------------------------------- main --
setup_spec_lint
setup_rumdl
setup_markdownlint_cli2
[[ ${#tools[@]} -gt 0 ]] || die "no tool to run"
log "tools: ${tools[*]}"

rows=()      # table rows, filled per scale
for factor in $SCALES; do
  dir=$(stage_targets "$factor")
  nfiles=$(find "$dir" -type f -name '*.md' | wc -l)
  bytes=$(find "$dir" -type f -name '*.md' -print0 | du -cb --files0-from=- | tail -n 1 | cut -f1)
  mb=$(awk -v b="$bytes" 'BEGIN {printf "%.2f", b / 1e6}')
  log "scale ${factor}x: $nfiles files, $mb MB in $dir"
  mkdir -p "$work/out/x$factor"

  # Warm-up, then timed runs round-robin over the tools so that slow drift of
  # the machine (thermal, other load) hits every tool alike.
  for ((run = 1 - WARMUP; run <= RUNS; run++)); do
    for tool in "${tools[@]}"; do
      tag=${tool%% *}
      if ((run < 1)); then prefix="$work/out/x$factor/$tag.warmup$((1 - run))"; else prefix="$work/out/x$factor/$tag.run$run"; fi
      cwd=$work arg=${TOOL_ARG[$tool]:-$dir}
      [[ ${TOOL_CWD[$tool]:-} == target ]] && cwd=$dir
      (cd "$cwd" && measure "$prefix" bash -c "${TOOL_CMD[$tool]} \"\$@\"" "$tag" "$arg")
      read -r wall rss st <"$prefix.m"
      log "  ${factor}x $tool $( ((run < 1)) && echo warm-up || echo "run $run"): ${wall}s, $((rss / 1024)) MB, exit $st"
    done
  done

  # Summarise each tool; spec-lint's median is the reference for the ratio.
  declare -A med=()
  summaries=()
  for tool in "${tools[@]}"; do
    tag=${tool%% *}
    walls=$(cat "$work/out/x$factor/$tag".run*.m | awk '{print $1}')
    med[$tool]=$(median <<<"$walls")
    min=$(sort -g <<<"$walls" | head -n 1)
    max=$(sort -g <<<"$walls" | tail -n 1)
    rss=$(cat "$work/out/x$factor/$tag".run*.m | awk 'm < $2 {m = $2} END {printf "%.0f", m / 1024}')
    files=$(reported_files "$tool" "$work/out/x$factor/$tag.run1")
    # Exit 0/1 = clean/findings; 2 = the tool reports an error; anything
    # higher, a signal or a timeout is a crash or hang.
    notes=$(cat "$work/out/x$factor/$tag".run*.m | awk '{print $3}' | sort -u | awk '
      $1 == "0" || $1 == "1" {next}
      $1 == "2" {n = n " exit 2 (error)"; next}
      {n = n " CRASH(" $1 ")"}
      END {print substr(n, 2)}')
    [[ $files == "?" || $files == "$nfiles" ]] || notes="${notes:+$notes; }files $files != $nfiles"
    summaries+=("$tool|$files|$min|$max|$rss|$notes")
  done
  ref=${med[$SPEC_LINT_LABEL]:-}
  for s in "${summaries[@]}"; do
    IFS='|' read -r tool files min max rss notes <<<"$s"
    ratio=$(awk -v r="$ref" -v p="${med[$tool]}" 'BEGIN {if (p > 0 && r != "") printf "%.3g", r / p; else print "n/a"}')
    rows+=("| ${factor}x | $tool | ${TOOL_VER[$tool]} | $files / $nfiles | $mb | ${med[$tool]} | $min | $max | $rss | $ratio | ${notes:-} |")
  done
  unset med
done

# ------------------------------------------------------------------ table --
java_ver=$(java -version 2>&1 | head -n 1 || echo "java: not found")
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
echo
echo "Machine: nproc $(nproc), ${cpu:-unknown CPU}, $(uname -sm), $java_ver, node $(node --version 2>/dev/null || echo none), $(date -u '+%Y-%m-%d %H:%M UTC'), load average at start $load_start (other load skews timings)"
echo "Target: $target (*.md), $RUNS timed runs + $WARMUP warm-up per tool, measured with $MEASURE"
echo
echo "| scale | tool | version | files (reported / given) | MB | median wall s | min s | max s | peak RSS MB | ratio spec-lint/tool | notes |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo
echo "ratio = spec-lint median wall time / tool median wall time (above 1: spec-lint is slower). MB = 10^6 bytes of Markdown."
