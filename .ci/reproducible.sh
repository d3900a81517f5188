#!/usr/bin/env bash
# Reproducible builds: two clean builds in a row must give byte-identical jars and CLI archives (the POM sets
# project.build.outputTimestamp). Prints the SHA-256 of every jar and names any jar that differs.
set -euo pipefail
cd "$(dirname "$0")/.."
jars() {
  find . -path '*/target/*' \( -name '*.jar' -o -name '*.zip' -o -name '*.tar.gz' \) -not -path '*/target/it/*' \
    -not -path '*/local-repo/*' | sort
}
first=$(mktemp)
second=$(mktemp)
trap 'rm -f "$first" "$second"' EXIT
mvn -q -B -ntp -DskipTests clean package
jars | xargs sha256sum > "$first"
mvn -q -B -ntp -DskipTests clean package
jars | xargs sha256sum > "$second"
if ! diff -u "$first" "$second"; then
  echo "reproducible build check FAILED: the jars above differ between two clean builds" >&2
  exit 1
fi
echo "reproducible build check: $(wc -l < "$first") jars and archives identical across two clean builds:"
cat "$first"
