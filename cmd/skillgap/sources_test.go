package main

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/skillgap/skillgap/configs"
)

func TestSourcesInitAndCheck(t *testing.T) {
	// A fresh machine: the data directory does not exist yet.
	data := filepath.Join(t.TempDir(), "share", "skillgap")
	code, stdout, stderr := runCLI(t, "sources", "init", "--data", data)
	if code != exitOK {
		t.Fatalf("sources init: exit %d: %s", code, stderr)
	}
	path := filepath.Join(data, "sources.yaml")
	if b, err := os.ReadFile(path); err != nil || !bytes.Equal(b, configs.SourcesExample()) {
		t.Fatalf("sources init wrote %d bytes (%v); want the shipped example", len(b), err)
	}
	if !strings.Contains(stdout, "skillgap crawl --data "+data+"\n") {
		t.Errorf("got %q; want it to say `skillgap crawl --data %s` reads the file", stdout, data)
	}
	if code, _, stderr := runCLI(t, "sources", "init", "--data", data); code != exitUsage || !strings.Contains(stderr, "--force") {
		t.Errorf("second init: got exit %d %q; want %d and a word about --force", code, stderr, exitUsage)
	}
	if code, stdout, stderr := runCLI(t, "sources", "check", "--data", data); code != exitOK || !strings.Contains(stdout, "is valid") {
		t.Errorf("sources check: got exit %d %q %q; want 0 and valid", code, stdout, stderr)
	}
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	writeFile(t, bad, "settings:\n  parallelism: -1\nsources:\n  - {name: a, kind: Greenhouse, board: acme}\n  - {name: b, kind: levr, bord: x}\n")
	code, _, stderr = runCLI(t, "sources", "check", bad)
	if code != exitError {
		t.Errorf("check of a bad file: got exit %d; want %d", code, exitError)
	}
	for _, want := range []string{
		"bad.yaml:2:16: settings.parallelism: -1 is negative",
		`bad.yaml:5:21: sources[1].kind: unknown kind "levr"; did you mean "lever"?`,
		`bad.yaml:5:27: sources[1].bord: unknown field "bord"; did you mean "board"?`,
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("got %q; want it to contain %q", stderr, want)
		}
	}
}

// fixtureDir holds the crawler's board fixtures, written by us in the real layouts.
const fixtureDir = "../../crawler/testdata/fetch"

// boardServer serves one board of each ATS kind, a careers site with JSON-LD
// job pages and an RSS feed, and counts the requests each path gets.
func boardServer(t *testing.T) (*httptest.Server, func(path string) int) {
	t.Helper()
	var mu sync.Mutex
	hits := map[string]int{}
	file := func(name, ctype string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", ctype)
			http.ServeFile(w, r, filepath.Join(fixtureDir, name))
		}
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, "User-agent: *\nAllow: /\n") })
	mux.Handle("/v1/boards/acme/jobs", file("greenhouse.json", "application/json"))
	mux.Handle("/v0/postings/acme", file("lever.json", "application/json"))
	mux.HandleFunc("/posting-api/job-board/{board}", func(w http.ResponseWriter, r *http.Request) {
		if r.PathValue("board") != "Forward Financing" {
			http.NotFound(w, r)
			return
		}
		file("ashby.json", "application/json")(w, r)
	})
	mux.Handle("/jobs.rss", file("feed.xml", "application/rss+xml"))
	mux.Handle("/careers/{$}", file("site/careers.html", "text/html; charset=utf-8"))
	mux.HandleFunc("/careers/jobs/{page}", func(w http.ResponseWriter, r *http.Request) {
		file(filepath.Join("site", filepath.Base(r.PathValue("page"))), "text/html; charset=utf-8")(w, r)
	})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits[r.URL.Path]++
		mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, func(path string) int {
		mu.Lock()
		defer mu.Unlock()
		return hits[path]
	}
}

func TestSourcesAddDetection(t *testing.T) {
	srv, hits := boardServer(t)
	for _, tc := range []struct {
		name, target string
		base         bool // --base-url srv (ATS APIs)
		want         string
	}{
		{"greenhouse board URL", "https://boards.greenhouse.io/acme", true, "kind: greenhouse, board: acme, company: Acme"},
		{"new greenhouse board URL with a job", "job-boards.greenhouse.io/acme/jobs/123", true, "kind: greenhouse, board: acme"},
		{"lever board URL", "https://jobs.lever.co/acme", true, "kind: lever, board: acme"},
		{"ashby board URL, name with a space", "https://jobs.ashbyhq.com/Forward%20Financing", true, "kind: ashby, board: Forward Financing, company: Forward Financing"},
		{"bare name found on Ashby only", "Forward Financing", true, "kind: ashby, board: Forward Financing"},
		{"bare name found on Greenhouse and Lever", "ACME", true, "kind: greenhouse, board: acme"},
		{"careers page with JSON-LD job pages", srv.URL + "/careers/", false, "kind: jsonld, url: \"" + srv.URL + "/careers/\""},
		{"RSS feed", srv.URL + "/jobs.rss", false, "kind: feed, url: \"" + srv.URL + "/jobs.rss\""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "sources.yaml")
			mine := "# my boards\nsettings:\n  delay: 0s   # local\nsources:\n  # keep me\n  - {name: old, kind: lever, board: old}\n\n# the end\n"
			writeFile(t, file, mine)
			opts := sourcesAddOptions{Target: tc.target, File: file, NoDelay: true}
			if tc.base {
				opts.BaseURL = srv.URL
			}
			var out bytes.Buffer
			if err := runSourcesAdd(t.Context(), opts, slog.New(slog.DiscardHandler), &out); err != nil {
				t.Fatalf("%v\n%s", err, out.String())
			}
			b, _ := os.ReadFile(file)
			got := string(b)
			if !strings.Contains(got, tc.want) {
				t.Errorf("got\n%s\nwant an entry with %q", got, tc.want)
			}
			// The user's text is kept byte for byte, the entry goes last in the list.
			if !strings.HasPrefix(got, mine[:strings.Index(mine, "\n# the end")]) || !strings.HasSuffix(got, "\n\n# the end\n") {
				t.Errorf("the user's text changed:\n%s", got)
			}
			s, err := configs.LoadSources(strings.NewReader(got), file)
			if err != nil || len(s.Sources) != 2 || s.Sources[0].Name != "old" {
				t.Errorf("got %v, %+v; want old then the new source", err, s.Sources)
			}
		})
	}
	// One request per ATS API tried: the bare name asked each API once.
	for _, p := range []string{"/v1/boards/forwardfinancing/jobs", "/v0/postings/forwardfinancing", "/posting-api/job-board/Forward Financing"} {
		if n := hits(p); n < 1 || (p != "/posting-api/job-board/Forward Financing" && n != 1) {
			t.Errorf("%s got %d requests; want one per try", p, n)
		}
	}
}

func TestAddCandidates(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"jobs.example.com/jobs.rss", "feed https://jobs.example.com/jobs.rss, jsonld https://jobs.example.com/jobs.rss"},
		{"https://example.com/careers", "jsonld https://example.com/careers, feed https://example.com/careers"},
		{"example.com", "jsonld https://example.com, feed https://example.com"},
		{"Forward Financing", "greenhouse forwardfinancing, lever forwardfinancing, ashby Forward Financing"},
		{"boards.greenhouse.io/embed/job_board?for=acme", "greenhouse acme"},
		{"https://api.ashbyhq.com/posting-api/job-board/Rose%20Rocket?includeCompensation=true", "ashby Rose Rocket"},
		{"https://jobs.eu.lever.co/acme/123-abc/apply", "lever acme"},
	} {
		cands, err := addCandidates(tc.in, "")
		if err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		var got []string
		for _, c := range cands {
			got = append(got, c.Kind+" "+c.Board+c.URL)
		}
		if strings.Join(got, ", ") != tc.want {
			t.Errorf("%q: got %q; want %q", tc.in, strings.Join(got, ", "), tc.want)
		}
	}
}

func TestSourcesAddRefuses(t *testing.T) {
	srv, _ := boardServer(t)
	file := filepath.Join(t.TempDir(), "sources.yaml")
	mine := "sources:\n  - {name: acme, kind: greenhouse, board: acme}\n"
	writeFile(t, file, mine)
	for _, tc := range []struct {
		name string
		opts sourcesAddOptions
		want string
	}{
		{"no board of that name", sourcesAddOptions{Target: "Nobody Inc", BaseURL: srv.URL}, "no Greenhouse, Lever or Ashby board answered"},
		{"page without jobs", sourcesAddOptions{Target: srv.URL + "/nothing.html"}, "neither a job feed nor a page with JobPosting JSON-LD"},
		{"already listed", sourcesAddOptions{Target: "https://boards.greenhouse.io/ACME", BaseURL: srv.URL}, `already lists this board as "acme"`},
		{"no check of a name", sourcesAddOptions{Target: "acme", NoCheck: true}, "not a Greenhouse, Lever or Ashby board URL"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.opts.File, tc.opts.NoDelay = file, true
			err := runSourcesAdd(t.Context(), tc.opts, slog.New(slog.DiscardHandler), io.Discard)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v; want an error with %q", err, tc.want)
			}
			if b, _ := os.ReadFile(file); string(b) != mine {
				t.Errorf("the file changed:\n%s", b)
			}
		})
	}
}

func TestSourcesAddNoCheckMakesFile(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	code, stdout, stderr := runCLI(t, "sources", "add", "--data", data, "--no-check", "https://jobs.ashbyhq.com/Rose%20Rocket")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, err := os.ReadFile(filepath.Join(data, "sources.yaml"))
	if err != nil || !strings.Contains(string(b), "{name: rose-rocket, kind: ashby, board: Rose Rocket, company: Rose Rocket}") {
		t.Errorf("got %q (%v), stdout %q", b, err, stdout)
	}
}

func TestSourcesInitCatalog(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "s.yaml")
	code, stdout, stderr := runCLI(t, "sources", "init", "--data", dir, "--kind", "ashby", "--max", "5", "--out", out)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := configs.LoadSources(f, out)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Sources) != 5 || s.Sources[0].Kind != "ashby" || !strings.Contains(stdout, "5 boards from the catalogue") {
		t.Errorf("got %d sources (%+v), %q; want 5 Ashby boards", len(s.Sources), s.Sources[0], stdout)
	}
	all := filepath.Join(dir, "all.yaml")
	if code, _, stderr := runCLI(t, "sources", "init", "--data", dir, "--catalog", "--out", all); code != exitOK {
		t.Fatalf("--catalog: exit %d: %s", code, stderr)
	}
	if code, stdout, stderr := runCLI(t, "sources", "check", "--data", dir, all); code != exitOK || !strings.Contains(stdout, "975 sources, 0 crawled so far") {
		t.Errorf("check of the whole catalogue: exit %d %q %q", code, lastLine(stdout), stderr)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--tag", "fintech"}, "no tags derived yet"},
		{[]string{"--kind", "ashbi"}, `did you mean "ashby"?`},
		{[]string{"--max", "-1"}, "want 1 or more"},
	} {
		args := append([]string{"sources", "init", "--data", dir, "--out", filepath.Join(dir, "x.yaml")}, tc.args...)
		if code, _, stderr := runCLI(t, args...); code != exitUsage || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: got exit %d %q; want %d and %q", tc.args, code, stderr, exitUsage, tc.want)
		}
	}
}

func TestSourcesCatalog(t *testing.T) {
	dir := t.TempDir()
	code, stdout, stderr := runCLI(t, "sources", "catalog", "--data", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"975 boards (ashby 449, greenhouse 526); 0 with derived tags", "ashby       Forward Financing", "about 8.8 minutes"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("catalog output lacks %q:\n%s", want, lastLine(stdout))
		}
	}
	code, stdout, _ = runCLI(t, "sources", "catalog", "--data", dir, "--kind", "ashby", "--json")
	var rows []catalogRow
	if err := json.Unmarshal([]byte(stdout), &rows); code != exitOK || err != nil || len(rows) != 449 {
		t.Errorf("--json --kind ashby: exit %d, %v, %d rows; want 449", code, err, len(rows))
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}
