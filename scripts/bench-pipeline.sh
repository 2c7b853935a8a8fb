#!/bin/sh
# bench-pipeline.sh: whole-pipeline figures on the embedded sample market.
# Runs `skillgap demo` (serve the sample boards on loopback, crawl with delays
# off, extract, index, gap, plan, reports) RUNS times (default 5) and prints the
# crawl → index rate and the process's peak memory for each run.
# Usage: scripts/bench-pipeline.sh [runs]
set -eu
cd "$(dirname "$0")/.."
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/skillgap" ./cmd/skillgap
echo "cores: $(nproc)   go: $(go version | cut -d' ' -f3)"
i=0
while [ "$i" -lt "$runs" ]; do
	i=$((i + 1))
	/usr/bin/time -f '%e %M' -o "$work/time" "$work/skillgap" demo --out "$work/out" >"$work/log" 2>/dev/null
	line=$(grep 'product postings from' "$work/log")
	n=$(echo "$line" | awk '{print $1}')
	secs=$(echo "$line" | sed 's/.* in \([0-9.]*\)s.*/\1/')
	read -r wall rss <"$work/time"
	echo "run $i: $n postings crawled+extracted+indexed in ${secs}s = $(echo "$n $secs" | awk '{printf "%.0f", $1/$2}') postings/s; whole demo ${wall}s, peak RSS $((rss / 1024)) MiB"
done
