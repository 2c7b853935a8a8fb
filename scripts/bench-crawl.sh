#!/bin/sh
# bench-crawl.sh: crawl → extract → index of real Ashby boards, against a Scrapy
# spider that only fetches and parses, on the same local mirror, in turn.
#
# The mirror (../shared/bench/mirror) serves the captures in ../shared/realworld/ashby
# and ashby-market from memory on loopback; with SCALE=k it also serves every file under
# k-1 more board names ("<board>-2" …), so the crawl is k times as large. Both crawlers
# fetch 8 requests at a time per host with delays off and robots.txt on; each skillgap
# run gets a fresh data directory, and the index's posting count is checked after it.
#
# Usage: scripts/bench-crawl.sh [runs]   (default 3; SCALE=4 for the 4x mirror;
# SKILLGAP_BIN=path times that binary instead of a build of this tree; PROFILE=file
# keeps a CPU profile of the last skillgap run: go tool pprof -top file)
# Prints, per run, wall seconds, CPU seconds and peak RSS of each program, then both
# medians and the ratio. Scrapy is skipped, with a message, when it is not installed
# (Debian: apt-get install -y python3-scrapy).
set -eu
cd "$(dirname "$0")/.."
runs=${1:-3}
scale=${SCALE:-1}
shared=${SKILLGAP_SHARED:-../shared}
[ -d "$shared/realworld/ashby" ] || { echo "bench-crawl: no $shared/realworld/ashby (set SKILLGAP_SHARED)" >&2; exit 2; }
shared=$(cd "$shared" && pwd)
work=$(mktemp -d)
mirror_pid=
cleanup() {
	[ -n "$mirror_pid" ] && kill "$mirror_pid" 2>/dev/null
	rm -rf "$work"
}
trap cleanup EXIT INT TERM

if [ -n "${SKILLGAP_BIN:-}" ]; then # another build, to compare versions
	cp "$SKILLGAP_BIN" "$work/skillgap"
else
	go build -o "$work/skillgap" ./cmd/skillgap
fi
(cd "$shared/bench/mirror" && GOFLAGS=-mod=mod go build -o "$work/mirror" .)

# The mirror's files: links to the captures, k names each.
mkdir "$work/boards"
for f in "$shared"/realworld/ashby/*.json "$shared"/realworld/ashby-market/*.json; do
	b=$(basename "$f" .json)
	ln -s "$f" "$work/boards/$b.json"
	i=2
	while [ "$i" -le "$scale" ]; do
		ln -s "$f" "$work/boards/$b-$i.json"
		i=$((i + 1))
	done
done
"$work/mirror" "$work/port" "$work/boards" &
mirror_pid=$!
while [ ! -s "$work/port" ]; do sleep 0.05; done
base="http://127.0.0.1:$(cat "$work/port")"

# The same board list for both: sources.yaml for skillgap, a JSON list for the spider.
ls "$work/boards" | sed 's/\.json$//; s/%20/ /g' | sort >"$work/names"
boards=$(wc -l <"$work/names")
{
	printf 'settings:\n  parallelism: 8\n  delay: 0s\nsources:\n'
	while IFS= read -r b; do
		q=$(printf '%s' "$b" | sed 's/"/\\"/g')
		printf '  - name: "ashby-%s"\n    kind: ashby\n    board: "%s"\n    base_url: %s\n' "$q" "$q" "$base"
	done <"$work/names"
} >"$work/sources.yaml"
awk 'BEGIN { printf "[" } { gsub(/"/, "\\\""); printf "%s\"%s\"", (NR > 1 ? "," : ""), $0 } END { print "]" }' \
	"$work/names" >"$work/boards.json"

scrapy=${SCRAPY-$(command -v scrapy || true)} # SCRAPY= measures skillgap alone
mb=$(find -L "$work/boards" -name '*.json' -printf '%s\n' | awk '{s += $1} END {printf "%.0f MB", s / 1e6}')
echo "cores: $(nproc)   go: $(go version | cut -d' ' -f3)   boards: $boards (scale $scale, $mb)   runs: $runs"
[ -n "$scrapy" ] || echo "scrapy not installed: skipping the spider (apt-get install -y python3-scrapy)"

# timed NAME CMD…: runs CMD under /usr/bin/time, prints the run and appends "wall cpu rss" to $work/t.NAME.
timed() {
	name=$1
	shift
	/usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >"$work/out" 2>"$work/err" ||
		{ echo "$name failed:" >&2; tail -5 "$work/err" >&2; exit 1; }
	read -r wall user sys rss <"$work/time"
	cpu=$(echo "$user $sys" | awk '{printf "%.2f", $1 + $2}')
	echo "$wall $cpu $rss" >>"$work/t.$name"
	printf '  %-9s wall %6.2fs  cpu %6.2fs  peak RSS %4d MiB\n' "$name" "$wall" "$cpu" $((rss / 1024))
}

want=
i=0
while [ "$i" -lt "$runs" ]; do
	i=$((i + 1))
	echo "run $i"
	rm -rf "$work/data"
	mkdir "$work/data"
	timed skillgap env SKILLGAP_CPUPROFILE="${PROFILE:-}" "$work/skillgap" crawl --data "$work/data" --sources "$work/sources.yaml" --json
	crawled=$(sed 's/.*"postings":\([0-9]*\),"new".*/\1/' "$work/out")
	indexed=$("$work/skillgap" search --data "$work/data" --json --limit 1 | sed -n 's/^  "total": \([0-9]*\),*/\1/p')
	[ -n "$want" ] || want=$indexed
	echo "  postings: $crawled crawled, $indexed in the index; data directory $(du -sk "$work/data" | cut -f1) KB"
	if [ "$indexed" != "$want" ] || [ "$indexed" -lt 1 ]; then
		echo "bench-crawl: run $i indexed $indexed postings, run 1 $want" >&2
		exit 1
	fi
	if [ -n "$scrapy" ]; then
		rm -f "$work/items.jsonl"
		timed scrapy "$scrapy" runspider "$shared/bench/scrapy_ashby.py" -a "base=$base" \
			-a "boards=$work/boards.json" -O "$work/items.jsonl"
		echo "  items: $(wc -l <"$work/items.jsonl")"
	fi
done

# median FILE COLUMN
median() { cut -d' ' -f"$2" "$1" | sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
sg=$(median "$work/t.skillgap" 1)
echo "median skillgap: wall ${sg}s, cpu $(median "$work/t.skillgap" 2)s, peak RSS $(($(median "$work/t.skillgap" 3) / 1024)) MiB"
if [ -n "$scrapy" ]; then
	sc=$(median "$work/t.scrapy" 1)
	echo "median scrapy:   wall ${sc}s, cpu $(median "$work/t.scrapy" 2)s, peak RSS $(($(median "$work/t.scrapy" 3) / 1024)) MiB"
	echo "ratio skillgap/scrapy (wall): $(echo "$sg $sc" | awk '{printf "%.2f", $1 / $2}')"
fi
