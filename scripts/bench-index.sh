#!/bin/sh
# bench-index.sh: build a trend index of synthetic postings (default 100,000)
# beside a naive bleve program (../shared/bench/bleve_naive) on the very same
# postings, in turn, RUNS times (default 1), and print both: build rate, size on
# disk, peak memory, top-skills, 24-month series and search latencies, and the
# ratios. The naive program measures no search: BenchmarkNaiveSearch runs the
# same query on its index, as it would (query string, highlights, facets).
# Usage: scripts/bench-index.sh [postings [runs]]
#
# The postings are written once, from a fixed seed, as JSON lines both programs
# read. Set SKILLGAP_BENCH_DIR to keep skillgap's last index; otherwise a
# temporary directory is used and removed. Without ../shared/bench/bleve_naive
# (SKILLGAP_SHARED points elsewhere) only skillgap is measured.
set -eu
cd "$(dirname "$0")/.."
n=${1:-${SKILLGAP_BENCH_N:-100000}}
runs=${2:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data=${SKILLGAP_BENCH_DIR:-$work/data}
naive_src=${SKILLGAP_SHARED:-../shared}/bench/bleve_naive

echo "cores: $(nproc)   go: $(go version | cut -d' ' -f3)   postings: $n   runs: $runs"
go test -c -o "$work/index.test" ./index
naive=
if [ -d "$naive_src" ]; then
	(cd "$naive_src" && go build -o "$work/naive" .) && naive=$work/naive
else
	echo "no $naive_src: measuring skillgap alone"
fi
cd index
SKILLGAP_BENCH_N=$n SKILLGAP_BENCH_WRITE=$work/postings.jsonl "$work/index.test" -test.run '^TestWriteBenchPostings$' >/dev/null
echo "postings file: $(du -h "$work/postings.jsonl" | cut -f1)"

# metric FILE NAME: the value before NAME in go test -bench output.
metric() { awk -v m="$2" '{for (i = 2; i <= NF; i++) if ($i == m) print $(i - 1)}' "$1" | head -1; }
median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
ms() { # a Go duration ("84.2ms", "1.2s", "950µs") in milliseconds
	echo "$1" | awk '/ms$/ {sub(/ms/, ""); print; next} /µs$/ {sub(/µs/, ""); print $0 / 1000; next} /s$/ {sub(/s/, ""); print $0 * 1000}'
}

i=0
while [ "$i" -lt "$runs" ]; do
	i=$((i + 1))
	echo "run $i"
	# Each build runs alone in its process so that max RSS is the build's own.
	SKILLGAP_BENCH_N=$n SKILLGAP_BENCH_DIR=$data SKILLGAP_BENCH_JSONL=$work/postings.jsonl "$work/index.test" \
		-test.run '^$' -test.bench '^BenchmarkBuild$' -test.benchtime 1x >"$work/build"
	SKILLGAP_BENCH_N=$n SKILLGAP_BENCH_DIR=$data "$work/index.test" \
		-test.run '^$' -test.bench 'TopSkills|Series|Search' -test.benchtime 40x >"$work/query"
	rate=$(metric "$work/build" postings/s)
	disk=$(metric "$work/build" disk-MB)
	top=$(grep 'TopSkills/all' "$work/query" | awk '{for (i = 2; i <= NF; i++) if ($i == "p50-ms") print $(i - 1)}')
	series=$(grep -E 'months-10-skills(-[0-9]+)?[[:space:]]' "$work/query" | awk '{for (i = 2; i <= NF; i++) if ($i == "p50-ms") print $(i - 1)}')
	search=$(grep 'BenchmarkSearch' "$work/query" | awk '{for (i = 2; i <= NF; i++) if ($i == "p50-ms") print $(i - 1)}')
	echo "$rate $disk $top $series $search" >>"$work/t.skillgap"
	printf '  skillgap  %6.0f postings/s  %5.0f MB on disk  peak RSS %4.0f MB  top skills %6.1f ms  series %6.1f ms  search %6.1f ms\n' \
		"$rate" "$disk" "$(metric "$work/build" maxrss-MB)" "$top" "$series" "$search"
	if [ -n "$naive" ]; then
		rm -rf "$work/naive-index"
		/usr/bin/time -f '%M' -o "$work/naive-rss" "$naive" "$n" "$work/naive-index" "$work/postings.jsonl" >"$work/naive-out"
		nrate=$(sed -n 's/^indexed .* (\([0-9]*\) docs\/s).*/\1/p' "$work/naive-out")
		ndisk=$(du -sm "$work/naive-index" | cut -f1)
		ntop=$(ms "$(sed -n 's/^top skills (all) p50: //p' "$work/naive-out")")
		nseries=$(ms "$(sed -n 's/^24-month series x10 skills p50: //p' "$work/naive-out")")
		# The naive program measures no search: the same query, the way it would (BenchmarkNaiveSearch).
		SKILLGAP_BENCH_NAIVE_INDEX=$work/naive-index "$work/index.test" \
			-test.run '^$' -test.bench '^BenchmarkNaiveSearch$' -test.benchtime 40x >"$work/nsearch"
		nsearch=$(awk '{for (i = 2; i <= NF; i++) if ($i == "p50-ms") print $(i - 1)}' "$work/nsearch")
		echo "$nrate $ndisk $ntop $nseries $nsearch" >>"$work/t.naive"
		printf '  naive     %6.0f postings/s  %5.0f MB on disk  peak RSS %4.0f MB  top skills %6.1f ms  series %6.1f ms  search %6.1f ms\n' \
			"$nrate" "$ndisk" "$(($(cat "$work/naive-rss") / 1024))" "$ntop" "$nseries" "$nsearch"
	fi
done

col() { cut -d' ' -f"$2" "$1" | median; }
echo "median skillgap: $(col "$work/t.skillgap" 1) postings/s, $(col "$work/t.skillgap" 2) MB, top skills $(col "$work/t.skillgap" 3) ms, series $(col "$work/t.skillgap" 4) ms, search $(col "$work/t.skillgap" 5) ms"
if [ -n "$naive" ]; then
	echo "median naive:    $(col "$work/t.naive" 1) postings/s, $(col "$work/t.naive" 2) MB, top skills $(col "$work/t.naive" 3) ms, series $(col "$work/t.naive" 4) ms, search $(col "$work/t.naive" 5) ms"
	ratio() { echo "$1 $2" | awk '{printf "%.2f", $1 / $2}'; }
	echo "ratios skillgap/naive: build rate $(ratio "$(col "$work/t.skillgap" 1)" "$(col "$work/t.naive" 1)")x," \
		"disk $(ratio "$(col "$work/t.skillgap" 2)" "$(col "$work/t.naive" 2)")x;" \
		"naive/skillgap latency: top skills $(ratio "$(col "$work/t.naive" 3)" "$(col "$work/t.skillgap" 3)")x," \
		"series $(ratio "$(col "$work/t.naive" 4)" "$(col "$work/t.skillgap" 4)")x," \
		"search $(ratio "$(col "$work/t.naive" 5)" "$(col "$work/t.skillgap" 5)")x"
fi
