package index

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"github.com/skillgap/skillgap"
)

// benchPostings is how many postings the benchmarks index: SKILLGAP_BENCH_N, else 100,000.
func benchPostings() int {
	if n, err := strconv.Atoi(os.Getenv("SKILLGAP_BENCH_N")); err == nil && n > 0 {
		return n
	}
	return 100_000
}

// buildSynth writes n synthetic postings into a new index in dataDir, in
// batches as a crawl or reindex would, and returns the peak Go heap seen.
func buildSynth(tb testing.TB, dataDir string, n int) (peakHeap uint64) {
	tb.Helper()
	idx, err := Open(dataDir)
	if err != nil {
		tb.Fatal(err)
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var peak uint64
	wg.Go(func() {
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	})
	next := benchSource(tb, n)
	var chunk []skillgap.Posting
	for done := 0; done < n; {
		ps := next()
		if len(ps) == 0 {
			break
		}
		if done+len(ps) > n {
			ps = ps[:1]
		}
		chunk = append(chunk, ps...)
		done += len(ps)
		if len(chunk) >= PutWindow || done == n {
			if err := idx.Put(context.Background(), chunk); err != nil {
				tb.Fatal(err)
			}
			chunk = chunk[:0]
		}
	}
	if len(chunk) > 0 {
		if err := idx.Put(context.Background(), chunk); err != nil {
			tb.Fatal(err)
		}
	}
	if err := idx.Close(); err != nil {
		tb.Fatal(err)
	}
	close(stop)
	wg.Wait()
	return peak
}

// benchSource returns the postings to build from, a posting or two per call
// (none at the end): those of the JSON lines file SKILLGAP_BENCH_JSONL when
// set, so that another program can index the very same postings, else the
// synthetic market's, seed 1.
func benchSource(tb testing.TB, n int) func() []skillgap.Posting {
	tb.Helper()
	path := os.Getenv("SKILLGAP_BENCH_JSONL")
	if path == "" {
		g := newSynth(1, 0.03)
		return g.next
	}
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { f.Close() })
	next := benchReader(f)
	return func() []skillgap.Posting {
		p, err := next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			tb.Fatalf("read %s: %v", path, err)
		}
		return []skillgap.Posting{p}
	}
}

// benchRecord is one line of the benchmark's postings file: the fields the
// naive bleve program (../shared/bench/bleve_naive) reads, and the rest of the
// posting for skillgap.
type benchRecord struct {
	Title       string           `json:"title"`
	Description string           `json:"description"`
	Skills      []string         `json:"skills"` // skill ids
	Seniority   string           `json:"seniority"`
	Company     string           `json:"company"`
	Posted      time.Time        `json:"posted"` // the posting's date: posted, else first seen
	Posting     skillgap.Posting `json:"posting"`
}

// writeBenchJSONL writes n synthetic postings (seed 1) as JSON lines.
func writeBenchJSONL(path string, n int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	ps, _ := synthPostings(n, 1, 0.03)
	for _, p := range ps {
		r := benchRecord{Title: p.Title, Description: p.Description, Seniority: string(p.Seniority),
			Company: p.Company, Posted: p.Date().UTC(), Posting: p}
		for _, m := range p.Skills {
			r.Skills = append(r.Skills, m.SkillID)
		}
		r.Posting.Title, r.Posting.Description = "", "" // once per line is enough
		if err := enc.Encode(r); err != nil {
			f.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// benchReader reads the postings writeBenchJSONL wrote, one per call, as
// they are needed: the build's memory is then the build's own.
func benchReader(r io.Reader) func() (skillgap.Posting, error) {
	dec := json.NewDecoder(bufio.NewReader(r))
	return func() (skillgap.Posting, error) {
		var rec benchRecord
		if err := dec.Decode(&rec); err != nil {
			return skillgap.Posting{}, err
		}
		rec.Posting.Title, rec.Posting.Description = rec.Title, rec.Description
		return rec.Posting, nil
	}
}

// TestWriteBenchPostings writes the benchmark's postings file when
// SKILLGAP_BENCH_WRITE names it (scripts/bench-index.sh); otherwise it skips.
func TestWriteBenchPostings(t *testing.T) {
	path := os.Getenv("SKILLGAP_BENCH_WRITE")
	if path == "" {
		t.Skip("SKILLGAP_BENCH_WRITE is not set")
	}
	if err := writeBenchJSONL(path, benchPostings()); err != nil {
		t.Fatal(err)
	}
}

func TestBenchJSONLRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "postings.jsonl")
	if err := writeBenchJSONL(path, 50); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var got []skillgap.Posting
	for next := benchReader(f); ; {
		p, err := next()
		if err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		got = append(got, p)
	}
	want, _ := synthPostings(50, 1, 0.03)
	for i := range want {
		want[i].Posted, got[i].Posted = want[i].Posted.UTC(), got[i].Posted.UTC()
		want[i].FirstSeen, got[i].FirstSeen = want[i].FirstSeen.UTC(), got[i].FirstSeen.UTC()
		want[i].LastSeen, got[i].LastSeen = want[i].LastSeen.UTC(), got[i].LastSeen.UTC()
		want[i].Closed, got[i].Closed = want[i].Closed.UTC(), got[i].Closed.UTC()
	}
	if len(got) != len(want) || !reflect.DeepEqual(got, want) {
		t.Errorf("read back %d postings, first %+v; want %d, first %+v", len(got), got[0], len(want), want[0])
	}
}

// dirSize is the disk the files under dir take, a file with several hard
// links (a segment shared by the working index and a generation) once.
func dirSize(tb testing.TB, dir string) int64 {
	tb.Helper()
	var n int64
	seen := map[uint64]bool{}
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		if st, ok := info.Sys().(*syscall.Stat_t); ok {
			if seen[st.Ino] {
				return nil
			}
			seen[st.Ino] = true
		}
		n += info.Size()
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

// cpuSeconds is the user and system CPU time the process used so far.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

func maxRSS() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Maxrss) / 1024 // kilobytes on Linux
}

// BenchmarkBuild indexes benchPostings synthetic postings into a new on-disk
// index and reports postings/s, index size and peak memory. Run it alone
// (-benchtime=1x) so max RSS is the build's.
//
// With SKILLGAP_BENCH_DIR set it builds there (replacing what was there), so
// that the query benchmarks of the same run reuse the index.
func BenchmarkBuild(b *testing.B) {
	n := benchPostings()
	for b.Loop() {
		dir := os.Getenv("SKILLGAP_BENCH_DIR")
		if dir == "" {
			dir = b.TempDir()
		} else if err := os.RemoveAll(dir); err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		peak := buildSynth(b, dir, n)
		el := time.Since(start)
		b.ReportMetric(float64(n)/el.Seconds(), "postings/s")
		b.ReportMetric(cpuSeconds()/float64(n)*1e3, "cpu-ms/posting")
		b.ReportMetric(float64(dirSize(b, dir))/(1<<20), "disk-MB") // the working index and the committed generation
		b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
		b.ReportMetric(maxRSS(), "maxrss-MB")
	}
}

// benchIndex opens (building once per process) a read-only synthetic index.
// SKILLGAP_BENCH_DIR reuses a data directory across runs.
func benchIndex(b *testing.B) *Index {
	b.Helper()
	dir := os.Getenv("SKILLGAP_BENCH_DIR")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "skillgap-bench-"+strconv.Itoa(benchPostings()))
	}
	if _, err := os.Stat(filepath.Join(Dir(dir), "index_meta.json")); err != nil {
		b.Logf("building %d postings in %s", benchPostings(), dir)
		buildSynth(b, dir, benchPostings())
	}
	idx, err := OpenReadOnly(dir)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { idx.Close() })
	return idx
}

// timed runs fn b.N times and reports p50 and p95 latency and the mean CPU
// time per call (all threads), in milliseconds; CPU time is what a busy
// machine does not distort.
func timed(b *testing.B, fn func() error) {
	b.Helper()
	var d []time.Duration
	cpu := cpuSeconds()
	for b.Loop() {
		start := time.Now()
		if err := fn(); err != nil {
			b.Fatal(err)
		}
		d = append(d, time.Since(start))
	}
	b.ReportMetric((cpuSeconds()-cpu)/float64(len(d))*1e3, "cpu-ms/op")
	slices.Sort(d)
	b.ReportMetric(float64(d[len(d)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(d[min(len(d)*95/100, len(d)-1)].Microseconds())/1000, "p95-ms")
}

func BenchmarkTopSkills(b *testing.B) {
	idx := benchIndex(b)
	ctx := context.Background()
	b.Run("all", func(b *testing.B) {
		timed(b, func() error { _, _, err := idx.SkillCounts(ctx, Filter{}); return err })
	})
	b.Run("senior-last-12-months", func(b *testing.B) {
		f := Filter{Seniority: skillgap.Senior, Since: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
		timed(b, func() error { _, _, err := idx.SkillCounts(ctx, f); return err })
	})
}

func BenchmarkSeries(b *testing.B) {
	idx := benchIndex(b)
	ctx := context.Background()
	_, counts, err := idx.SkillCounts(ctx, Filter{})
	if err != nil {
		b.Fatal(err)
	}
	var skills []string
	for _, c := range counts[:min(10, len(counts))] {
		skills = append(skills, c.ID)
	}
	months24 := Filter{Since: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), Until: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	b.Run("24-months-10-skills", func(b *testing.B) {
		timed(b, func() error {
			bs, err := idx.Series(ctx, months24, skills, "month")
			if err == nil && len(bs) != 24 {
				b.Fatalf("got %d buckets; want 24", len(bs))
			}
			return err
		})
	})
	b.Run("24-months-10-skills-weekly", func(b *testing.B) {
		timed(b, func() error { _, err := idx.Series(ctx, months24, skills, "week"); return err })
	})
}

func BenchmarkLatest(b *testing.B) {
	idx := benchIndex(b)
	timed(b, func() error { _, err := idx.Latest(context.Background()); return err })
}

func BenchmarkSearch(b *testing.B) {
	idx := benchIndex(b)
	ctx := context.Background()
	timed(b, func() error {
		res, err := idx.Search(ctx, `"product discovery" pricing`, Filter{}, 20)
		if err == nil && os.Getenv("SKILLGAP_BENCH_SHOW") != "" {
			b.Logf("skillgap: %d matches", res.Total)
		}
		return err
	})
}

// BenchmarkNaiveSearch runs BenchmarkSearch's query the way the naive bleve
// program (../shared/bench/bleve_naive) would, on the index it built in
// SKILLGAP_BENCH_NAIVE_INDEX (scripts/bench-index.sh): a query string, 20
// hits with highlighted fragments, and the top 10 of each facet it has
// (skills, seniority, company). The naive program measures no search of its
// own. Its default field, _all, finds nothing its "en" analyzer stems (the
// query is analysed by the standard analyzer): "discovery" matches no
// posting. So the query names the title and the description, as ours
// searches both, and both find about the same postings (SKILLGAP_BENCH_SHOW
// logs the counts).
func BenchmarkNaiveSearch(b *testing.B) {
	dir := os.Getenv("SKILLGAP_BENCH_NAIVE_INDEX")
	if dir == "" {
		b.Skip("SKILLGAP_BENCH_NAIVE_INDEX is not set")
	}
	bi, err := bleve.Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	defer bi.Close()
	q := `title:"product discovery" description:"product discovery" title:pricing description:pricing`
	timed(b, func() error {
		req := bleve.NewSearchRequestOptions(bleve.NewQueryStringQuery(q), 20, 0, false)
		req.Highlight = bleve.NewHighlight()
		for _, f := range []string{"skills", "seniority", "company"} {
			req.AddFacet(f, bleve.NewFacetRequest(f, searchFacets))
		}
		res, err := bi.Search(req)
		if err == nil && os.Getenv("SKILLGAP_BENCH_SHOW") != "" {
			b.Logf("naive: %d matches", res.Total)
		}
		return err
	})
}

// BenchmarkBuildVariants builds the benchmark postings straight into bleve
// (no Put: no id lookups, no generations) with scorch configurations, batch
// sizes and documents side by side, to see where build time and disk go
// (issue 13); set SKILLGAP_BENCH_VARIANTS to run it. On 30,000 postings and 2
// cores (2026-12): batch 1000, zapx v15/v16 and merge tiers of 20 change
// neither rate nor size by more than the noise; the description's term
// vectors are 37% of the disk and 15% of the time, the stored posting 32% of
// the disk.
func BenchmarkBuildVariants(b *testing.B) {
	if os.Getenv("SKILLGAP_BENCH_VARIANTS") == "" {
		b.Skip("SKILLGAP_BENCH_VARIANTS not set")
	}
	n := benchPostings()
	variants := []struct {
		name  string
		batch int
		cfg   map[string]any
		drop  string // a field left out of each document
		notv  bool   // the description without term vectors
	}{
		{"default-500", 500, config(nil), "", false},
		{"default-1000", 1000, config(nil), "", false},
		{"zap16-500", 500, config(map[string]any{"forceSegmentType": "zap", "forceSegmentVersion": 16}), "", false},
		{"zap15-500", 500, config(map[string]any{"forceSegmentType": "zap", "forceSegmentVersion": 15}), "", false},
		{"tier20-500", 500, config(map[string]any{"scorchMergePlanOptions": map[string]any{
			"MaxSegmentSize": maxSegmentDocs, "SegmentsPerTier": 20, "FloorSegmentSize": 5000}}), "", false},
		{"nojson-500", 500, config(nil), fJSON, false},
		{"notv-500", 500, config(nil), "", true},
		{"noskills-500", 500, config(nil), fSkills, false},
		{"noweek-500", 500, config(nil), fWeek, false},
		{"nofacet-500", 500, config(nil), fSkillFacet, false},
	}
	for _, v := range variants {
		b.Run(v.name, func(b *testing.B) {
			for b.Loop() {
				dir := b.TempDir() + "/idx"
				m := newMapping()
				if v.notv {
					m.DefaultMapping.Properties[fDescription].Fields[0].IncludeTermVectors = false
				}
				bi, err := bleve.NewUsing(dir, m, scorch.Name, scorch.Name, v.cfg)
				if err != nil {
					b.Fatal(err)
				}
				c := newCodec()
				next := benchSource(b, n)
				start := time.Now()
				batch := bi.NewBatch()
				for done := 0; done < n; {
					ps := next()
					if len(ps) == 0 {
						break
					}
					for _, p := range ps {
						d, err := document(p, "", nil, c)
						if err != nil {
							b.Fatal(err)
						}
						delete(d, v.drop)
						if err := batch.Index(p.ID, d); err != nil {
							b.Fatal(err)
						}
						done++
					}
					if batch.Size() >= v.batch {
						if err := bi.Batch(batch); err != nil {
							b.Fatal(err)
						}
						batch = bi.NewBatch()
					}
				}
				if err := bi.Batch(batch); err != nil {
					b.Fatal(err)
				}
				if err := bi.Close(); err != nil {
					b.Fatal(err)
				}
				el := time.Since(start)
				b.ReportMetric(float64(n)/el.Seconds(), "postings/s")
				b.ReportMetric(float64(dirSize(b, dir))/(1<<20), "disk-MB")
			}
		})
	}
}
