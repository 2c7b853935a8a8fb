#!/bin/sh
# bench-index.sh: build a trend index of synthetic postings (default 100,000)
# and time it: build rate, size on disk, peak memory, top-skills and 24-month
# series queries (p50/p95). Usage: scripts/bench-index.sh [postings]
#
# Set SKILLGAP_BENCH_DIR to keep the built index; otherwise a temporary
# directory is used and removed.
set -eu
cd "$(dirname "$0")/.."
n=${1:-${SKILLGAP_BENCH_N:-100000}}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data=${SKILLGAP_BENCH_DIR:-$work/data}

echo "cores: $(nproc)   go: $(go version | cut -d' ' -f3)   postings: $n"
go test -c -o "$work/index.test" ./index
cd index
# The build runs alone in its process so that max RSS is the build's own.
SKILLGAP_BENCH_N=$n SKILLGAP_BENCH_DIR=$data "$work/index.test" \
	-test.run '^$' -test.bench '^BenchmarkBuild$' -test.benchtime 1x
SKILLGAP_BENCH_N=$n SKILLGAP_BENCH_DIR=$data "$work/index.test" \
	-test.run '^$' -test.bench 'TopSkills|Series|Latest|Search' -test.benchtime 40x
