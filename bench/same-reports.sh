#!/usr/bin/env bash
# Lints the examples and the Rust RFCs (by --template, and by each corpus config of examples/configs,
# which set section aliases, status conditions and file globs) with two spec-lint jars and compares
# the JSON reports byte for byte: a refactoring must not change a report.
# Usage: bench/same-reports.sh OLD.jar NEW.jar   (run from anywhere; corpus in /work/shared/corpus
# or $CORPUS)
set -uo pipefail
old=$(realpath "$1") new=$(realpath "$2")
repo=$(cd "$(dirname "$0")/.." && pwd)
corpus=${CORPUS:-$repo/../shared/corpus}
[ -d "$corpus" ] || corpus=/work/shared/corpus
out=$(mktemp -d)
status=0
run() { # name, then lint arguments
  local name=$1; shift
  for v in old new; do
    (cd "$repo" && java -jar "${!v}" lint --no-color --threads 2 --format json "$@" > "$out/$name.$v.json" 2> "$out/$name.$v.err")
    echo $? > "$out/$name.$v.rc"
  done
  if cmp -s "$out/$name.old.json" "$out/$name.new.json" && cmp -s "$out/$name.old.rc" "$out/$name.new.rc"; then
    echo "same       $name ($(wc -c < "$out/$name.new.json") bytes, exit $(cat "$out/$name.new.rc"))"
  else
    echo "DIFFERENT  $name: cmp $out/$name.old.json $out/$name.new.json"; status=1
  fi
}
run examples examples
run rust-rfcs-template --no-config --template "$corpus/rust-rfcs/0000-template.md" "$corpus/rust-rfcs/text"
for c in rust-rfcs swift-evolution jabref-adr madr oteps; do
  case $c in
    rust-rfcs) dir=rust-rfcs/text ;; swift-evolution) dir=swift-evolution/proposals ;;
    jabref-adr) dir=jabref-adr/docs/decisions ;; madr) dir=madr/docs/decisions ;; oteps) dir=oteps ;;
  esac
  [ -f "$repo/examples/configs/$c.yaml" ] && run "config-$c" --config "examples/configs/$c.yaml" "$corpus/$dir"
done
exit $status
