#!/usr/bin/env bash
# Lints a corpus (e.g. ../shared/corpus) with two spec-lint jars in every format (and json through a cold and a warm
# cache) and compares the reports byte for byte. Usage: bench/compare-reports.sh OLD.jar NEW.jar CORPUS
set -euo pipefail
old=$1 new=$2 corpus=$3
out=$(mktemp -d)
cd "$(dirname "$corpus")"
name=$(basename "$corpus")
for v in old new; do
  jar=${!v}
  mkdir -p "$out/$v"
  for f in text json sarif checkstyle junit github; do
    java -jar "$jar" lint --no-config --no-color --threads 2 --format "$f" "$name" > "$out/$v/report.$f" || true
  done
  rm -f "$out/$v.cache"
  java -jar "$jar" lint --no-config --cache "$out/$v.cache" --format json "$name" > "$out/$v/cold-cache.json" || true
  java -jar "$jar" lint --no-config --cache "$out/$v.cache" --format json "$name" > "$out/$v/warm-cache.json" || true
  # the text summary holds the run's time
  sed -i -E 's/ \([0-9.]+ s\)$//' "$out/$v/report.text"
done
diff -r "$out/old" "$out/new" && echo "IDENTICAL: $(ls "$out/new" | wc -l) reports, $(wc -l < "$out/new/report.text") text lines"
