#!/usr/bin/env bash
# Runs every go test -fuzz target in the module for FUZZTIME each (default 10s) and
# prints how long each ran and what it found. A crash fails the script; its input is
# saved under the package's testdata/fuzz/ by go test, to be committed with the fix.
#   FUZZTIME=5m scripts/fuzz.sh            # all targets, longer
#   FUZZTIME=1m scripts/fuzz.sh ./crawler  # one package
set -euo pipefail
# -fuzzminimizetime is short because minimising a large "interesting" input (the
# taxonomy seed is 470 KB) can outlast -fuzztime, which go test then reports as a
# failure (context deadline exceeded) though nothing failed.
cd "$(dirname "$0")/.."
fuzztime="${FUZZTIME:-10s}"
pkgs=("${@:-./...}")
status=0
for pkg in $(go list "${pkgs[@]}"); do
  dir=$(go list -f '{{.Dir}}' "$pkg")
  targets=$(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //' | sort -u || true)
  for t in $targets; do
    start=$(date +%s)
    fuzz() { go test -run='^$' -fuzz="^${t}\$" -fuzztime="$fuzztime" -fuzzminimizetime=2s "$pkg" 2>&1; }
    # go test also reports "context deadline exceeded" when the time runs out
    # inside its own bookkeeping, with no failing input: that is run again once.
    if out=$(fuzz) || { ! grep -q 'Failing input written to' <<<"$out" &&
      grep -q 'context deadline exceeded' <<<"$out" && out=$(fuzz); }; then
      result="ok"
    else
      result="FOUND A FAILURE"; status=1
      echo "$out" | tail -30
    fi
    execs=$(echo "$out" | grep -o 'execs: [0-9]*' | tail -1 || true)
    printf 'fuzz %-40s %-28s %4ss %s %s\n' "$pkg" "$t" "$(( $(date +%s) - start ))" "$result" "$execs"
  done
done
exit $status
