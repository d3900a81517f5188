#!/bin/bash
# The Maven plugin's cost in a 20-module reactor (docs/performance.md, "Maven reactor").
#
#   bench/maven-reactor.sh BASELINE_REPO CANDIDATE_REPO [ROUNDS] [template]
#
# Each repo is a local Maven repository (-Dmaven.repo.local) holding a spec-lint-maven-plugin
# 0.2.0-SNAPSHOT, e.g. main's and a branch's, installed there with
#   mvn -q -o install -DskipTests -Dmaven.repo.local=REPO -pl spec-lint-maven-plugin -am
# (never into ~/.m2). Generates /tmp/reactor20: 20 pom modules of 8 specs each (examples/, twice with
# keys renumbered), check bound with failOnViolation=false; with "template", one spec-lint.yaml at
# the root names a template file every module shares. Then ROUNDS rounds (default 5), each running
# `mvn -o -q verify` with the baseline's plugin, the candidate's and the plugin skipped
# (-Dspeclint.skip=true), target/ removed before each run (the incremental cache would skip the lint);
# prints the medians and each plugin's added time.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
base_repo=$1 cand_repo=$2 rounds=${3:-5} variant=${4:-builtin}
r=/tmp/reactor20
rm -rf "$r" && mkdir -p "$r"
mods=""
for i in $(seq -w 1 20); do
  m=mod$i mods="$mods<module>mod$i</module>"
  mkdir -p "$r/$m/docs/specs"
  printf '<project><modelVersion>4.0.0</modelVersion><parent><groupId>bench</groupId><artifactId>parent</artifactId><version>1</version></parent><artifactId>%s</artifactId><packaging>pom</packaging></project>\n' "$m" > "$r/$m/pom.xml"
  for f in "$here"/examples/SPEC-*.md; do
    b=$(basename "$f")
    cp "$f" "$r/$m/docs/specs/$b"
    sed 's/SPEC-\([A-Z]*\)-\([0-9]*\)/SPEC-\1-9\2/g' "$f" > "$r/$m/docs/specs/$(echo "$b" | sed 's/SPEC-\([A-Z]*\)-\([0-9]*\)/SPEC-\1-9\2/')"
  done
done
cat > "$r/pom.xml" <<POM
<project><modelVersion>4.0.0</modelVersion>
<groupId>bench</groupId><artifactId>parent</artifactId><version>1</version><packaging>pom</packaging>
<modules>$mods</modules>
<build><plugins><plugin>
<groupId>dev.speclint</groupId><artifactId>spec-lint-maven-plugin</artifactId><version>0.2.0-SNAPSHOT</version>
<executions><execution><goals><goal>check</goal></goals></execution></executions>
<configuration><failOnViolation>false</failOnViolation><logViolationsToConsole>false</logViolationsToConsole></configuration>
</plugin></plugins></build></project>
POM
if [ "$variant" = template ]; then
  cp "$here/rules/src/main/resources/dev/speclint/rules/profiles/technical-spec.md" "$r/spec-template.md"
  printf 'profile: spec-template.md\n' > "$r/spec-lint.yaml"
fi
cd "$r"
run() {
  local repo=$1; shift
  rm -rf ./*/target target
  local s e; s=$(date +%s.%N)
  mvn -o -q -B -Dmaven.repo.local="$repo" verify "$@" >/dev/null 2>&1 || echo "build failed" >&2
  e=$(date +%s.%N); echo "$e - $s" | bc
}
med() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
old=() new=() off=()
echo "load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$rounds"); do
  a=$(run "$base_repo"); b=$(run "$cand_repo"); c=$(run "$cand_repo" -Dspeclint.skip=true)
  old+=("$a") new+=("$b") off+=("$c")
  echo "round $i: baseline $a s, candidate $b s, skipped $c s"
done
mo=$(med "${old[@]}") mn=$(med "${new[@]}") mf=$(med "${off[@]}")
echo "$variant medians: baseline $mo s, candidate $mn s, skipped $mf s;" \
  "added: baseline $(echo "$mo - $mf" | bc) s, candidate $(echo "$mn - $mf" | bc) s"
