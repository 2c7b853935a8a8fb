package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/configs"
	"github.com/skillgap/skillgap/crawler"
	"github.com/skillgap/skillgap/index"
)

// demoServer serves the embedded sample market on loopback and counts requests.
func demoServer(t *testing.T, wrap func(http.Handler) http.Handler) (*httptest.Server, *atomic.Int64) {
	t.Helper()
	var n atomic.Int64
	var h http.Handler = crawler.DemoHandler(configs.DemoFS())
	if wrap != nil {
		h = wrap(h)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, &n
}

// writeSources writes a sources.yaml for the given sources with delays off.
func writeSources(t *testing.T, srcs []skillgap.Source) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("settings:\n  delay: 0s\n  timeout: 5s\n  retries: 1\nsources:\n")
	for _, s := range srcs {
		fmt.Fprintf(&b, "  - name: %q\n    kind: %s\n", s.Name, s.Kind)
		for k, v := range map[string]string{"board": s.Board, "url": s.URL, "base_url": s.BaseURL, "company": s.Company} {
			if v != "" {
				fmt.Fprintf(&b, "    %s: %q\n", k, v)
			}
		}
	}
	path := filepath.Join(t.TempDir(), "sources.yaml")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// runCLI runs the CLI in-process and returns its exit code and output.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(t.Context(), append([]string{"skillgap"}, args...), &out, &errb, func(string) string { return "" })
	return code, out.String(), errb.String()
}

// indexedIDs lists the ids of the postings in the data directory, with their open state.
func indexedIDs(t *testing.T, dir string) []string {
	t.Helper()
	idx, err := index.OpenReadOnly(dir)
	if errors.Is(err, index.ErrNoIndex) {
		return nil // killed before the index was created
	}
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	var ids []string
	err = idx.Each(context.Background(), func(p skillgap.Posting) error {
		ids = append(ids, fmt.Sprintf("%s open=%v", p.ID, p.Open()))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(ids)
	return ids
}

func TestCrawlEndToEnd(t *testing.T) {
	srv, requests := demoServer(t, nil)
	sources := writeSources(t, configs.DemoSources(srv.URL))
	data := t.TempDir()

	code, out, stderr := runCLI(t, "crawl", "--json", "--sources", sources, "--data", data)
	if code != exitOK {
		t.Fatalf("crawl: exit %d; want 0\n%s\n%s", code, out, stderr)
	}
	var sum crawlSummary
	if err := json.Unmarshal([]byte(out), &sum); err != nil {
		t.Fatalf("crawl --json printed %q: %v", out, err)
	}
	if sum.New != sum.Postings {
		t.Errorf("first crawl: %d postings, %d new; want all new", sum.Postings, sum.New)
	}
	if got, _ := committedState(t, data, nil); !slices.Equal(got, truthIDs(t)) {
		t.Errorf("first crawl kept %d postings; want exactly truth.jsonl's %d product postings", len(got), len(truthIDs(t)))
	}
	kinds := map[string]bool{}
	for _, s := range sum.Sources {
		kinds[s.Kind] = true
		if len(s.Errors) > 0 {
			t.Errorf("source %s: %v", s.Name, s.Errors)
		}
		if s.Dropped == 0 && s.Kind != skillgap.Feed {
			t.Logf("source %s dropped no non-product titles", s.Name)
		}
	}
	if len(kinds) != 5 {
		t.Errorf("crawled kinds %v; want all five", kinds)
	}
	first := indexedIDs(t, data)
	if len(first) != sum.Postings {
		t.Errorf("index holds %d postings; crawl reported %d", len(first), sum.Postings)
	}

	// A second crawl of unchanged boards costs one request per API board and writes nothing.
	before := requests.Load()
	code, out, _ = runCLI(t, "crawl", "--json", "--sources", sources, "--data", data)
	if code != exitOK {
		t.Fatalf("second crawl: exit %d", code)
	}
	sum = crawlSummary{}
	json.Unmarshal([]byte(out), &sum)
	for _, s := range sum.Sources {
		if !s.NotModified || s.New+s.Updated+s.Closed != 0 {
			t.Errorf("second crawl of %s: not_modified=%v new=%d updated=%d closed=%d; want unchanged", s.Name, s.NotModified, s.New, s.Updated, s.Closed)
		}
	}
	// robots.txt is fetched again by a new process; allow one per run on top of one per source.
	if got, max := requests.Load()-before, int64(len(sum.Sources)+1); got > max {
		t.Errorf("second crawl made %d requests; want at most %d", got, max)
	}
	if got := indexedIDs(t, data); !slices.Equal(got, first) {
		t.Errorf("second crawl changed the index: %d → %d postings", len(first), len(got))
	}
}

func TestCrawlPartialFailure(t *testing.T) {
	srv, _ := demoServer(t, func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if strings.Contains(r.URL.Path, "/v0/postings/") { // every lever board fails
				http.Error(w, "boom", http.StatusInternalServerError)
				return
			}
			h.ServeHTTP(w, r)
		})
	})
	srcs := configs.DemoSources(srv.URL)
	sources := writeSources(t, srcs)
	code, out, stderr := runCLI(t, "crawl", "--json", "--sources", sources, "--data", t.TempDir())
	if code != exitPartial {
		t.Fatalf("exit %d; want %d (partial)\n%s", code, exitPartial, stderr)
	}
	var sum crawlSummary
	if err := json.Unmarshal([]byte(out), &sum); err != nil {
		t.Fatal(err)
	}
	for _, s := range sum.Sources {
		switch {
		case s.Kind == skillgap.Lever && (len(s.Errors) == 0 || !strings.Contains(s.Errors[0], srv.URL)):
			t.Errorf("lever source %s: errors %v; want one naming the URL", s.Name, s.Errors)
		case s.Kind != skillgap.Lever && (len(s.Errors) > 0 || s.Postings == 0):
			t.Errorf("source %s: %d postings, errors %v; want postings and no error", s.Name, s.Postings, s.Errors)
		}
	}
}

// TestCrawlBoardNameWithSpace: a sources.yaml that lists an Ashby board as Ashby
// names it, spaces and all, crawls it.
func TestCrawlBoardNameWithSpace(t *testing.T) {
	srcs := configs.DemoSources("")
	i := slices.IndexFunc(srcs, func(s skillgap.Source) bool { return s.Kind == skillgap.Ashby })
	board := srcs[i].Board
	srv, _ := demoServer(t, func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			// The demo serves the board under its token; the source names it with spaces.
			r.URL.Path = strings.Replace(r.URL.Path, "/"+board+" Labs Inc", "/"+board, 1)
			r.URL.RawPath = ""
			h.ServeHTTP(w, r)
		})
	})
	src := srcs[i]
	src.BaseURL, src.Board = srv.URL, board+" Labs Inc"
	code, out, stderr := runCLI(t, "crawl", "--json", "--sources", writeSources(t, []skillgap.Source{src}), "--data", t.TempDir())
	if code != exitOK {
		t.Fatalf("crawl: exit %d; want 0\n%s\n%s", code, out, stderr)
	}
	var sum crawlSummary
	if err := json.Unmarshal([]byte(out), &sum); err != nil || sum.Postings == 0 {
		t.Fatalf("crawl --json printed %q (%v); want postings", out, err)
	}
}

// TestCrawlBadTaxonomy: the taxonomy loads while the crawl starts; when it
// cannot load, the crawl fails with its error and writes no posting.
func TestCrawlBadTaxonomy(t *testing.T) {
	srv, _ := demoServer(t, nil)
	tax := filepath.Join(t.TempDir(), "skills.yaml")
	os.WriteFile(tax, []byte("skills: [oops\n"), 0o644)
	data := t.TempDir()
	code, _, stderr := runCLI(t, "crawl", "--sources", writeSources(t, configs.DemoSources(srv.URL)), "--data", data, "--taxonomy", tax)
	if code == exitOK || !strings.Contains(stderr, tax) || strings.Contains(stderr, "emit source") {
		t.Fatalf("exit %d, %q; want a failure naming %s", code, stderr, tax)
	}
	if ids := indexedIDs(t, data); len(ids) != 0 {
		t.Errorf("index holds %d postings after the taxonomy failed; want none", len(ids))
	}
}

func TestCrawlBadSourcesFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sources.yaml")
	os.WriteFile(path, []byte("sources:\n  - name: a\n    kind: lever\n    bord: x\n"), 0o644)
	code, _, stderr := runCLI(t, "crawl", "--sources", path, "--data", t.TempDir())
	if code != exitError || !strings.Contains(stderr, path+":4:") {
		t.Fatalf("exit %d, stderr %q; want 1 and an error naming %s:4", code, stderr, path)
	}
}

func TestCrawlUsage(t *testing.T) {
	if code, _, _ := runCLI(t, "crawl", "--no-such-flag"); code != exitUsage {
		t.Errorf("unknown flag: exit %d; want %d", code, exitUsage)
	}
	if code, _, _ := runCLI(t, "crawl", "extra"); code != exitUsage {
		t.Errorf("extra argument: exit %d; want %d", code, exitUsage)
	}
	code, _, stderr := runCLI(t, "search", "payments", "--limit", "2")
	if code != exitUsage || !strings.Contains(stderr, "put flags before the arguments") {
		t.Errorf("flag after the query: exit %d, %q; want %d and a hint", code, stderr, exitUsage)
	}
}

// testSkills is the shipped taxonomy.
func testSkills(t *testing.T) []skillgap.Skill {
	t.Helper()
	skills, err := loadTaxonomy("", t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return skills
}

// TestReadWhileWriting: while a writer holds the data directory, a read
// command waits for nothing: it reads the last committed state, or, before
// the first commit, says who writes.
func TestReadWhileWriting(t *testing.T) {
	dir := t.TempDir()
	l, err := index.LockDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI(t, "trends", "--data", dir)
	l.Unlock()
	if code != exitError || !strings.Contains(stderr, fmt.Sprintf("being written by pid %d", os.Getpid())) {
		t.Fatalf("trends during a first write: exit %d, %q; want 1 and the writer's pid", code, stderr)
	}
	code, _, stderr = runCLI(t, "trends", "--data", dir)
	if !strings.Contains(stderr, "run skillgap crawl or skillgap demo first") {
		t.Fatalf("trends after the write: exit %d, %q; want the no-index hint", code, stderr)
	}

	srv, _ := demoServer(t, nil)
	sources := writeSources(t, configs.DemoSources(srv.URL))
	if code, _, stderr := runCLI(t, "crawl", "--sources", sources, "--data", dir); code != exitOK {
		t.Fatalf("crawl: exit %d: %s", code, stderr)
	}
	want := indexedIDs(t, dir)
	if l, err = index.LockDir(dir); err != nil {
		t.Fatal(err)
	}
	defer l.Unlock()
	w, err := index.Open(dir) // the next crawl, writing
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if code, out, stderr := runCLI(t, "trends", "--data", dir); code != exitOK || out == "" {
		t.Errorf("trends during a crawl: exit %d, %q; want the last committed state", code, stderr)
	}
	if got := indexedIDs(t, dir); !slices.Equal(got, want) {
		t.Errorf("reader during a crawl: %d postings; want the %d committed", len(got), len(want))
	}
}
