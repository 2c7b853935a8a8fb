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
	"sync"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/configs"
	"github.com/skillgap/skillgap/index"
	"github.com/skillgap/skillgap/internal/testenv"
)

// realworldDir is ../shared/realworld beside the repository, where CI and the
// developers' machines keep the real board responses.
const realworldDir = "../../../shared/realworld"

var realworld struct {
	once sync.Once
	dir  string
	err  error
}

// realworldData returns a data directory holding the index of a crawl of the
// real Ashby boards in ../shared/realworld (ashby and ashby-market), served on
// loopback. The crawl runs once per test binary; callers must not write to it.
// It skips the test when ../shared/realworld is absent.
func realworldData(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat(realworldDir); err != nil {
		testenv.Missing(t, "no %s: the real-market tests need the shared folder beside the repository", realworldDir)
	}
	realworld.once.Do(func() {
		realworld.dir, realworld.err = crawlRealworld()
	})
	if realworld.err != nil {
		t.Fatal(realworld.err)
	}
	return realworld.dir
}

// crawlRealworld serves every board file under /posting-api/job-board/<board>
// and crawls them all into a new data directory.
func crawlRealworld() (string, error) {
	boards := map[string]string{}
	for _, sub := range []string{"ashby", "ashby-market"} {
		files, err := filepath.Glob(filepath.Join(realworldDir, sub, "*.json"))
		if err != nil {
			return "", err
		}
		for _, f := range files {
			name, err := url.PathUnescape(strings.TrimSuffix(filepath.Base(f), ".json"))
			if err != nil {
				return "", err
			}
			boards[name] = f
		}
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, "User-agent: *\nAllow: /\n") })
	mux.HandleFunc("/posting-api/job-board/{board}", func(w http.ResponseWriter, r *http.Request) {
		f, ok := boards[r.PathValue("board")]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		http.ServeFile(w, r, f)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	var srcs configs.Sources
	srcs.Settings.Parallelism = 8
	for name := range boards {
		srcs.Sources = append(srcs.Sources, skillgap.Source{Name: "ashby-" + name, Kind: skillgap.Ashby, Board: name, BaseURL: srv.URL})
	}
	dir, err := os.MkdirTemp("", "skillgap-realworld-")
	if err != nil {
		return "", err
	}
	// The boards were captured on 2025-10-28: crawl as of the next day.
	day := time.Date(2025, 10, 29, 12, 0, 0, 0, time.UTC)
	_, err = runCrawl(context.Background(), crawlOptions{DataDir: dir, Sources: &srcs, NoDelay: true, Now: func() time.Time { return day }},
		slog.New(slog.NewTextHandler(io.Discard, nil)))
	return dir, err
}

func TestRealworldCrawl(t *testing.T) {
	dir := realworldData(t)
	idx, err := index.OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	n, err := idx.Count(t.Context(), index.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d product postings from the real boards", n)
	if n < 80 {
		t.Fatalf("only %d product postings crawled from the real boards", n)
	}
}
