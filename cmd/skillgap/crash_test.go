package main

import (
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/skillgap/skillgap/configs"
)

// TestCrawlSurvivesKill9 kills a real crawl process at random moments and checks
// that the index still opens and that a resumed crawl ends with exactly the
// postings a clean crawl gets: none lost, none doubled.
func TestCrawlSurvivesKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("kill -9 trials take a while; run without -short")
	}
	trials := 20
	if n, err := strconv.Atoi(os.Getenv("SKILLGAP_CRASH_TRIALS")); err == nil {
		trials = n
	}
	// A little latency per request so that kills land in the middle of the crawl.
	srv, _ := demoServer(t, func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			time.Sleep(3 * time.Millisecond)
			h.ServeHTTP(w, r)
		})
	})
	sources := writeSources(t, configs.DemoSources(srv.URL))

	clean := t.TempDir()
	start := time.Now()
	if code, _, stderr := runCLI(t, "crawl", "--sources", sources, "--data", clean); code != exitOK {
		t.Fatalf("clean crawl: exit %d: %s", code, stderr)
	}
	cleanTime := time.Since(start)
	want := indexedIDs(t, clean)

	rng := rand.New(rand.NewPCG(1, 2))
	for i := range trials {
		dir := t.TempDir()
		cmd := exec.Command(os.Args[0], "crawl", "--sources", sources, "--data", dir)
		cmd.Env = append(os.Environ(), "SKILLGAP_TEST_MAIN=1")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		wait := time.Duration(rng.Int64N(int64(cleanTime) + 1))
		time.Sleep(wait)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()

		indexedIDs(t, dir) // the killed index opens and reads
		if code, _, stderr := runCLI(t, "crawl", "--sources", sources, "--data", dir); code != exitOK {
			t.Fatalf("trial %d (killed after %v): resumed crawl exit %d: %s", i, wait, code, stderr)
		}
		if got := indexedIDs(t, dir); !slices.Equal(got, want) {
			t.Fatalf("trial %d (killed after %v): resumed crawl has %d postings; clean crawl has %d", i, wait, len(got), len(want))
		}
	}
	t.Logf("%d kill -9 trials over a %v crawl: every index opened and every resumed crawl matched the clean one", trials, cleanTime.Round(time.Millisecond))
}
