package index

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

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
	idx.SetCategories(synthCategories())
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
	g := newSynth(1, 0.03)
	var chunk []skillgap.Posting
	for done := 0; done < n; {
		next := g.next()
		if done+len(next) > n {
			next = next[:1]
		}
		chunk = append(chunk, next...)
		done += len(next)
		if len(chunk) >= putBatch || done == n {
			if err := idx.Put(context.Background(), chunk); err != nil {
				tb.Fatal(err)
			}
			chunk = chunk[:0]
		}
	}
	if err := idx.Close(); err != nil {
		tb.Fatal(err)
	}
	close(stop)
	wg.Wait()
	return peak
}

func dirSize(tb testing.TB, dir string) int64 {
	tb.Helper()
	var n int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err == nil {
			n += info.Size()
		}
		return err
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
		b.ReportMetric(float64(dirSize(b, Dir(dir)))/(1<<20), "disk-MB")
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
	timed(b, func() error { _, err := idx.Search(ctx, `"product discovery" pricing`, Filter{}, 20); return err })
}
