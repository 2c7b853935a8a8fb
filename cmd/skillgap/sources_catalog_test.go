package main

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/configs"
	"github.com/skillgap/skillgap/index"
)

// mirrorBoards maps the board names of the real Ashby responses in
// ../shared/realworld (ashby, ashby-market) to their files. The files are
// named after their boards, a space written "-" ("Rose-Rocket.json" is the
// board "Rose Rocket").
func mirrorBoards(t *testing.T) map[string]string {
	t.Helper()
	boards := map[string]string{}
	for _, sub := range []string{"ashby", "ashby-market"} {
		files, err := filepath.Glob(filepath.Join(realworldDir, sub, "*.json"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			name, err := url.PathUnescape(strings.TrimSuffix(filepath.Base(f), ".json"))
			if err != nil {
				t.Fatal(err)
			}
			boards[name] = f
		}
	}
	return boards
}

func mirrorFile(boards map[string]string, board string) (string, bool) {
	if f, ok := boards[board]; ok {
		return f, true
	}
	f, ok := boards[strings.ReplaceAll(board, " ", "-")]
	return f, ok
}

// TestCatalogCrawlMirror writes sources.yaml from the catalogue with sources
// init, keeps the Ashby boards the local mirror holds (names with spaces
// included), crawls them from the mirror on loopback and wants every product
// posting of the mirror: the same jobs as a crawl of the mirror's files by
// their own names. Then sources check and sources tag read what it did.
func TestCatalogCrawlMirror(t *testing.T) {
	ref := realworldData(t) // skips without ../shared/realworld
	boards := mirrorBoards(t)
	var served atomic.Int64
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, "User-agent: *\nAllow: /\n") })
	mux.HandleFunc("/posting-api/job-board/{board}", func(w http.ResponseWriter, r *http.Request) {
		f, ok := mirrorFile(boards, r.PathValue("board"))
		if !ok {
			http.NotFound(w, r)
			return
		}
		served.Add(1)
		w.Header().Set("Content-Type", "application/json")
		http.ServeFile(w, r, f)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	dir := t.TempDir()
	file := filepath.Join(dir, "sources.yaml")
	if code, _, stderr := runCLI(t, "sources", "init", "--data", dir, "--kind", "ashby"); code != exitOK {
		t.Fatalf("sources init: exit %d: %s", code, stderr)
	}
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	all, err := configs.LoadSources(f, file)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	held := all
	held.Sources = nil
	held.Settings.Parallelism = 8
	spaced := 0
	for _, src := range all.Sources {
		if _, ok := mirrorFile(boards, src.Board); ok {
			src.BaseURL = srv.URL
			held.Sources = append(held.Sources, src)
			if strings.Contains(src.Board, " ") {
				spaced++
			}
		}
	}
	if len(held.Sources) != len(boards) || spaced == 0 {
		t.Fatalf("the catalogue holds %d of the mirror's %d boards (%d with spaces); want all, some with spaces", len(held.Sources), len(boards), spaced)
	}
	day := time.Date(2025, 10, 29, 12, 0, 0, 0, time.UTC)
	sum, err := runCrawl(context.Background(), crawlOptions{DataDir: dir, Sources: &held, NoDelay: true, Now: func() time.Time { return day }},
		slog.New(slog.DiscardHandler))
	if err != nil || sum.Failed > 0 || len(sum.Sources) != len(held.Sources) {
		t.Fatalf("crawl: %v; %d of %d sources failed", err, sum.Failed, len(sum.Sources))
	}
	got, want := jobIDs(t, dir), jobIDs(t, ref)
	t.Logf("catalogue crawl of %d mirrored boards (%d with spaces): %d product postings; the mirror by file names: %d", len(held.Sources), spaced, len(got), len(want))
	for id, board := range want {
		if _, ok := got[id]; !ok {
			t.Errorf("product posting %s of board %s is missing from the catalogue crawl", id, board)
		}
	}
	if len(got) != len(want) || len(got) < 80 {
		t.Errorf("got %d product postings; want %d (at least 80)", len(got), len(want))
	}
	// Rose Rocket is a catalogue name with a space (its file is Rose-Rocket.json):
	// its postings are there, under the name Ashby writes.
	count := func(m map[string]string, board string) (n int) {
		for _, b := range m {
			if b == board {
				n++
			}
		}
		return n
	}
	t.Logf("Rose Rocket: %d product postings", count(got, "Rose Rocket"))
	if g, w := count(got, "Rose Rocket"), count(want, "Rose-Rocket"); g != w {
		t.Errorf("board Rose Rocket: got %d product postings; want %d", g, w)
	}
	if n := served.Load(); n != int64(len(held.Sources)) {
		t.Errorf("the mirror served %d boards; want one request for each of %d", n, len(held.Sources))
	}

	// sources check shows what each crawled source did.
	heldFile := filepath.Join(dir, "held.yaml")
	writeFile(t, heldFile, "sources:\n  - {name: rose-rocket, kind: ashby, board: Rose Rocket}\n  - {name: nowhere, kind: lever, board: nowhere}\n")
	code, stdout, stderr := runCLI(t, "sources", "check", "--data", dir, heldFile)
	if code != exitOK || !strings.Contains(stdout, "2025-10-29 12:00") || !strings.Contains(stdout, "2 sources, 1 crawled so far") {
		t.Errorf("sources check: exit %d\n%s%s", code, stdout, stderr)
	}
	// sources tag derives tags from the postings; catalog and init take them.
	if code, stdout, stderr := runCLI(t, "sources", "tag", "--data", dir); code != exitOK {
		t.Fatalf("sources tag: exit %d %s %s", code, stdout, stderr)
	}
	cat, tagged, err := loadCatalog(dir)
	if err != nil || !tagged {
		t.Fatalf("catalogue tags: %v %v", tagged, err)
	}
	tag := ""
	for _, b := range cat {
		if b.Tags != nil && len(b.Tags.All()) > 0 {
			tag = b.Tags.All()[0]
			break
		}
	}
	if tag == "" {
		t.Fatal("no board got a derived tag")
	}
	code, stdout, stderr = runCLI(t, "sources", "catalog", "--data", dir, "--tag", tag)
	if code != exitOK || !strings.Contains(stdout, tag+"") || !strings.Contains(stdout, "(from ") {
		t.Errorf("catalog --tag %s: exit %d %s %s", tag, code, stdout, stderr)
	}
	out := filepath.Join(dir, "tagged.yaml")
	if code, _, stderr := runCLI(t, "sources", "init", "--data", dir, "--tag", tag, "--out", out); code != exitOK {
		t.Errorf("init --tag %s: exit %d %s", tag, code, stderr)
	} else if b, _ := os.ReadFile(out); !strings.Contains(string(b), "# derived from ") {
		t.Errorf("init --tag wrote no derived-tag comment:\n%.600s", b)
	}
}

// jobIDs maps the board's own job id of every posting in the index in dir to its board.
func jobIDs(t *testing.T, dir string) map[string]string {
	t.Helper()
	idx, err := index.OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	out := map[string]string{}
	err = idx.Postings(t.Context(), index.Filter{}, func(p skillgap.Posting) error {
		out[p.JobID] = p.Board
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestSourcesCrawlResume interrupts a crawl while one board hangs, then
// crawls again: the board the interrupted crawl finished is not fetched
// again, the other is; sources-status.yaml records both; a later crawl (the
// run finished) or --fresh fetches everything. --quiet prints one line.
func TestSourcesCrawlResume(t *testing.T) {
	var hang atomic.Bool
	hang.Store(true)
	var hitsA, hitsB atomic.Int64
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, "User-agent: *\nAllow: /\n") })
	mux.HandleFunc("/v1/boards/a/jobs", func(w http.ResponseWriter, r *http.Request) {
		hitsA.Add(1)
		http.ServeFile(w, r, filepath.Join(fixtureDir, "greenhouse.json"))
	})
	mux.HandleFunc("/v1/boards/b/jobs", func(w http.ResponseWriter, r *http.Request) {
		hitsB.Add(1)
		if hang.Load() {
			<-r.Context().Done()
			return
		}
		http.ServeFile(w, r, filepath.Join(fixtureDir, "greenhouse.json"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	dir := t.TempDir()
	srcs := configs.Sources{Settings: configs.CrawlSettings{Delay: "0s", Retries: -1, Parallelism: 2}, Sources: []skillgap.Source{
		{Name: "a", Kind: skillgap.Greenhouse, Board: "a", BaseURL: srv.URL},
		{Name: "b", Kind: skillgap.Greenhouse, Board: "b", BaseURL: srv.URL},
	}}
	ctx, cancel := context.WithCancel(t.Context())
	go func() { // interrupt once a was served and b hangs
		for ctx.Err() == nil && (hitsA.Load() == 0 || hitsB.Load() == 0) {
			time.Sleep(5 * time.Millisecond)
		}
		time.Sleep(200 * time.Millisecond) // a's postings reach the writer
		cancel()
	}()
	log := slog.New(slog.DiscardHandler)
	if _, err := runCrawl(ctx, crawlOptions{DataDir: dir, Sources: &srcs, NoDelay: true}, log); err == nil {
		t.Fatal("the interrupted crawl returned no error")
	}
	cancel()
	st, err := readStatus(dir)
	if err != nil || !st.Interrupted() {
		t.Fatalf("status after the interruption: %+v %v; want an interrupted run", st.Run, err)
	}
	hang.Store(false)
	var stderr strings.Builder
	sum, err := runCrawl(t.Context(), crawlOptions{DataDir: dir, Sources: &srcs, NoDelay: true, Progress: &stderr}, log)
	if err != nil || sum.Skipped != 1 || len(sum.Sources) != 1 || sum.Sources[0].Name != "b" {
		t.Fatalf("resumed crawl: %v, skipped %d, crawled %+v; want b only", err, sum.Skipped, sum.Sources)
	}
	if hitsA.Load() != 1 || !strings.Contains(stderr.String(), "Resuming an interrupted crawl: 1 source it finished") {
		t.Errorf("board a fetched %d times; want once. stderr %q", hitsA.Load(), stderr.String())
	}
	st, _ = readStatus(dir)
	a, _ := st.Get("a")
	b, _ := st.Get("b")
	if st.Interrupted() || a.ProductPostings == 0 || b.ProductPostings != a.ProductPostings || b.Failed {
		t.Errorf("status: run %+v, a %+v, b %+v; want finished, both with postings", st.Run, a, b)
	}
	// The run finished: the next crawl fetches both (a daily cron line).
	srcFile := filepath.Join(dir, "s.yaml")
	writeFile(t, srcFile, "settings: {delay: 0s}\nsources:\n  - {name: a, kind: greenhouse, board: a, base_url: '"+srv.URL+"'}\n  - {name: b, kind: greenhouse, board: b, base_url: '"+srv.URL+"'}\n")
	code, stdout, stderrText := runCLI(t, "crawl", "--quiet", "--data", dir, "--sources", srcFile)
	if code != exitOK || strings.Count(stdout, "\n") != 1 || !strings.HasPrefix(stdout, "skillgap crawl: ") || stderrText != "" {
		t.Errorf("crawl --quiet: exit %d, stdout %q, stderr %q; want one line and nothing on stderr", code, stdout, stderrText)
	}
	if hitsA.Load() != 2 {
		t.Errorf("board a fetched %d times after a finished run; want 2", hitsA.Load())
	}
}
