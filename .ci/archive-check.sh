#!/usr/bin/env bash
# The CLI download: spec-lint-<version>.tar.gz and .zip, unpacked into an empty folder, lint
# examples/ through bin/spec-lint, called through a symbolic link in another folder, with the same
# output and exit code as `java -jar spec-lint-cli/target/spec-lint.jar` (the timing in the summary
# line aside). Needs a `mvn package` first.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
strip_time() { sed -E 's/ \([0-9.]+ s\)$//'; }
expected_code=0
java -jar spec-lint-cli/target/spec-lint.jar lint --no-color examples > "$work/expected.txt" || expected_code=$?
for archive in spec-lint-cli/target/spec-lint-*.tar.gz spec-lint-cli/target/spec-lint-*.zip; do
  dest=$work/unpacked-$(basename "$archive")
  mkdir -p "$dest" "$work/path"
  case $archive in
    *.tar.gz) tar -xzf "$archive" -C "$dest" ;;
    # unzip keeps the archive's file modes; without it, jar does not, so the mode is set by hand
    *.zip) if command -v unzip > /dev/null; then unzip -q "$archive" -d "$dest"
           else (cd "$dest" && jar xf "$repo/$archive" && chmod 755 spec-lint-*/bin/spec-lint); fi ;;
  esac
  launcher=$(ls "$dest"/spec-lint-*/bin/spec-lint)
  [[ -x $launcher ]] || { echo "archive-check: $archive: bin/spec-lint is not executable" >&2; exit 1; }
  ln -sf "$launcher" "$work/path/spec-lint"
  (cd /tmp && "$work/path/spec-lint" --version) > /dev/null
  code=0
  "$work/path/spec-lint" lint --no-color examples > "$work/actual.txt" || code=$?
  if [[ $code != "$expected_code" ]] || ! diff -u <(strip_time < "$work/expected.txt") <(strip_time < "$work/actual.txt"); then
    echo "archive-check: $archive: bin/spec-lint gave exit $code and the output above, java -jar exit $expected_code" >&2
    exit 1
  fi
  echo "archive-check: $archive: bin/spec-lint through a symlink = java -jar (exit $code, $(wc -l < "$work/actual.txt") lines)"
done
