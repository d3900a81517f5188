#!/usr/bin/env bash
# Runs spec-lint's whole benchmark and prints its tables (Markdown) on stdout; progress on stderr.
# Not part of the test suite: build first, on a machine as quiet as you can get.
#
#   mvn -q package -DskipTests && bench/run.sh            # corpus /work/shared/corpus
#   bench/run.sh path/to/markdown                          # another directory
#   QUICK=1 bench/run.sh                                   # fewer rounds, no 2x/4x peers (minutes, not ~20)
#
# 1. in-process (bench/src/Throughput.java, one JVM, warm-up then medians): flexmark parse-only MB/s,
#    SpecParser MB/s, full lint MB/s (default profile, 1 thread and all threads), lint with an all-hit
#    cache, and the lint / parse ratio;
# 2. start-up (hyperfine, or a loop when it is missing): `--version` and the lint of one small spec,
#    with `java -jar` and with the launcher (C1, SerialGC, AppCDS);
# 3. whole process against rumdl and markdownlint-cli2 (bench/peers.sh), with --scale: 1x, 2x, 4x
#    copies of the corpus (time per MB: linearity);
# 4. the incremental cache: 1,000 generated specs, linted through the core API twice (cold, all hits).
set -euo pipefail
export LC_NUMERIC=C
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
corpus=${1:-$root/../shared/corpus}
jar=$root/spec-lint-cli/target/spec-lint.jar
launcher=$root/spec-lint-cli/target/spec-lint
[[ -f $jar && -x $launcher ]] || { echo "build first: mvn -q package -DskipTests" >&2; exit 2; }
quick=${QUICK:-0}
log() { printf '[bench] %s\n' "$*" >&2; }

echo "# spec-lint benchmark"
echo
echo "Machine: nproc $(nproc), $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), $(java -version 2>&1 | head -n 1), $(date -u '+%Y-%m-%d %H:%M UTC'), load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
echo

log "1/4 in-process throughput"
echo "## 1. In-process throughput"
if [[ $quick == 1 ]]; then rounds="3 5"; else rounds="5 10"; fi
# shellcheck disable=SC2086
java -XX:+UseSerialGC -Xmn64m -cp "$jar" "$here/src/Throughput.java" "$corpus" $rounds
echo

log "2/4 start-up"
echo "## 2. Start-up (fixed cost)"
echo
small=$root/examples/SPEC-GW-4-api-rate-limiter.md
"$launcher" lint "$small" >/dev/null 2>&1 || true   # writes the AppCDS archive if missing
if command -v hyperfine >/dev/null; then
  json=$(mktemp)
  hyperfine -N -i --style none -w 2 -r "$([[ $quick == 1 ]] && echo 5 || echo 15)" --export-json "$json" \
    "java -jar $jar --version" "$launcher --version" \
    "java -jar $jar lint $small" "$launcher lint $small" >/dev/null 2>&1
  python3 - "$json" "$root/" <<'PY'
import json, sys
runs = json.load(open(sys.argv[1]))["results"]
print("| command | median ms | min ms | max ms | runs |")
print("|---|---|---|---|---|")
for r in runs:
    print("| `%s` | %.0f | %.0f | %.0f | %d |" % (r["command"].replace(sys.argv[2], ""), r["median"] * 1e3,
          r["min"] * 1e3, r["max"] * 1e3, len(r["times"])))
PY
  rm -f "$json"
else
  echo "(hyperfine not installed: apt-get install hyperfine)"
fi
echo

log "3/4 whole process vs peers (bench/peers.sh)"
echo "## 3. Whole process against peers"
if [[ $quick == 1 ]]; then
  RUNS=${RUNS:-3} "$here/peers.sh" "$corpus"
else
  RUNS=${RUNS:-5} "$here/peers.sh" --scale "$corpus"
fi
echo

log "4/4 cache over 1,000 generated specs"
echo "## 4. Cache: 1,000 unchanged specs through the core API"
java -cp "$jar" "$here/src/CacheRerun.java" "$root/examples" 1000
