package crawler

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	skillgap "github.com/skillgap/skillgap"
)

// Limits of the fault-injection crawl. The body limit is 10 MiB (the default is 32 MiB):
// the generated 50,000-job board (about 200 bytes a job, 9.7 MiB) fits and is
// parsed whole; ErrTooLarge is shown by bodies one byte over the limit
// (declared and streamed), a gzip bomb and a huge robots.txt. The timeout is
// long enough that only the servers that hang time out on a loaded two-core
// machine under -race; retries and backoff are short.
const (
	faultBodyLimit = 10 << 20
	faultTimeout   = 3 * time.Second
	faultRetries   = 2
	faultBackoff   = 50 * time.Millisecond // MaxBackoff: caps every Retry-After
	faultBudget    = 60 * time.Second      // liveness bound of the whole crawl
	faultHeapBound = 300 << 20             // peak HeapInuse during the crawl
	bigBoardJobs   = 50_000
)

// faultCase is one misbehaving source on its own server (so that per-host
// politeness does not serialise the faults), with the outcome it must have.
type faultCase struct {
	name    string
	outcome string // the expected outcome in words
	kind    string // source kind; board kinds use board "b"
	path    string // jsonld and feed: the URL path on the server
	routes  map[string]http.HandlerFunc
	src     *skillgap.Source // a source used as given, with no server

	errs     []error  // errors.Is targets of Result.Err; none means no error…
	failed   bool     // …unless failed: check then judges the error
	postings int      // postings kept
	titles   []string // the kept titles, when given
	requests int      // Result.Requests (robots.txt not counted)
	check    func(t *testing.T, r Result, srv *testServer)
}

func TestCrawlFaults(t *testing.T) {
	cases := faultCases(t)
	good := newTestServer(t, boardRoutes(t))
	goodSrcs := boardSources(good.URL)
	wantGood := map[string]int{"northwind-gh": 2, "tailspin-lever": 1, "fabrikam-ashby": 1, "remote-feed": 1, "litware-site": 3}

	srcs := slices.Clone(goodSrcs)
	servers := map[string]*testServer{}
	for i := range cases {
		srcs = append(srcs, cases[i].source(t, servers))
	}
	rec := &recordingTransport{next: http.DefaultTransport.(*http.Transport).Clone()}
	t.Cleanup(rec.next.(*http.Transport).CloseIdleConnections)
	opts := testOptions(t)
	opts.Logger = nil // thousands of debug lines would drown the failures
	opts.Sources, opts.Parallelism = len(srcs), 2
	opts.Timeout, opts.Retries, opts.MaxBackoff = faultTimeout, faultRetries, faultBackoff
	opts.MaxBodyBytes = faultBodyLimit
	opts.Client = &http.Client{Transport: rec}
	c, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithTimeout(t.Context(), faultBudget)
	defer cancel()
	heap := sampleHeap()
	start := time.Now()
	got := map[string]Result{}
	err = c.Crawl(ctx, srcs, nil, func(r Result) error {
		got[r.Source.Name] = r
		return nil
	})
	took := time.Since(start)
	peak, total := heap()
	t.Logf("crawl of %d sources took %v; peak HeapInuse %d MiB, TotalAlloc %d MiB", len(srcs), took.Round(time.Millisecond), peak>>20, total>>20)
	if err != nil || ctx.Err() != nil {
		t.Fatalf("Crawl = %v, context %v; want both nil within %v", err, ctx.Err(), faultBudget)
	}
	if peak > faultHeapBound {
		t.Errorf("peak HeapInuse = %d MiB; want at most %d MiB", peak>>20, faultHeapBound>>20)
	}
	if len(got) != len(srcs) {
		t.Fatalf("got %d results; want %d", len(got), len(srcs))
	}

	t.Run("good sources", func(t *testing.T) {
		for name, n := range wantGood {
			if r := got[name]; r.Err != nil || !r.Complete || len(r.Postings) != n {
				t.Errorf("%s: err %v, complete %v, %d postings; want nil, true, %d", name, r.Err, r.Complete, len(r.Postings), n)
			}
		}
	})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := got[tc.name]
			tc.verify(t, r, servers[tc.name])
			t.Logf("| %s | %s | got %s |", tc.name, tc.outcome, summary(r))
		})
	}
	t.Run("valid text", func(t *testing.T) {
		for _, r := range got {
			for _, p := range r.Postings {
				checkText(t, p)
			}
		}
	})
	t.Run("only http", func(t *testing.T) {
		for _, u := range rec.seen() {
			if pu, err := url.Parse(u); err != nil || (pu.Scheme != "http" && pu.Scheme != "https") || pu.Hostname() != "127.0.0.1" {
				t.Errorf("fetched %q; want only http(s) on loopback", u)
			}
		}
	})
}

// source starts tc's server, if it has one, and returns its source.
func (tc *faultCase) source(t *testing.T, servers map[string]*testServer) skillgap.Source {
	t.Helper()
	if tc.src != nil {
		s := *tc.src
		s.Name = tc.name
		return s
	}
	srv := newTestServer(t, tc.routes)
	servers[tc.name] = srv
	switch tc.kind {
	case skillgap.JSONLD, skillgap.Feed:
		return skillgap.Source{Name: tc.name, Kind: tc.kind, URL: srv.URL + tc.path}
	}
	return skillgap.Source{Name: tc.name, Kind: tc.kind, Board: "b", BaseURL: srv.URL}
}

func (tc *faultCase) verify(t *testing.T, r Result, srv *testServer) {
	t.Helper()
	if len(tc.errs) == 0 && !tc.failed && r.Err != nil {
		t.Fatalf("Err = %v; want nil", r.Err)
	}
	for _, target := range tc.errs {
		if !errors.Is(r.Err, target) {
			t.Errorf("Err = %v; want errors.Is %v", r.Err, target)
		}
	}
	if r.Err != nil {
		var se *SourceError
		if !errors.As(r.Err, &se) || se.Source != tc.name {
			t.Fatalf("Err = %#v; want a *SourceError naming %s", r.Err, tc.name)
		}
		if tc.src == nil && !strings.HasPrefix(se.URL, srv.URL) {
			t.Errorf("SourceError.URL = %q; want a URL on %s", se.URL, srv.URL)
		}
		if r.Complete {
			t.Errorf("Complete = true with an error; want false: a source not read whole must not close postings")
		}
	} else if !r.Complete {
		t.Errorf("Complete = false; want true")
	}
	if len(r.Postings) != tc.postings {
		t.Errorf("got %d postings; want %d", len(r.Postings), tc.postings)
	}
	if tc.titles != nil && !slices.Equal(titles(r.Postings), tc.titles) {
		t.Errorf("titles = %q; want %q", titles(r.Postings), tc.titles)
	}
	if r.Requests != tc.requests {
		t.Errorf("requests = %d; want %d", r.Requests, tc.requests)
	}
	if tc.check != nil {
		tc.check(t, r, srv)
	}
}

func summary(r Result) string {
	if r.Err != nil {
		return fmt.Sprintf("%d postings, %d requests, err %q", len(r.Postings), r.Requests, r.Err)
	}
	return fmt.Sprintf("%d postings, %d requests, complete %v", len(r.Postings), r.Requests, r.Complete)
}

// checkText fails for a posting field that is not valid UTF-8 or holds a
// control or bidi-override character.
func checkText(t *testing.T, p skillgap.Posting) {
	t.Helper()
	fields := append([]string{p.ID, p.Title, p.Company, p.URL, p.Description}, p.Locations...)
	for _, f := range fields {
		if !utf8.ValidString(f) {
			t.Errorf("posting %s: %q is not valid UTF-8", p.ID, f)
			continue
		}
		for _, r := range f {
			if r != '\n' && invisible(r) {
				t.Errorf("posting %s: %q holds %U", p.ID, f, r)
				break
			}
		}
	}
}

// faultCases is the misbehaving web. Board kinds are answered on their API
// path for board "b".
func faultCases(t *testing.T) []faultCase {
	gh := fixture(t, "greenhouse.json") // 2 postings kept, 1 dropped
	lever := fixture(t, "lever.json")   // 1 posting kept
	const ghPath, leverPath = "GET /v1/boards/b/jobs", "GET /v0/postings/b"
	ghTitles := []string{"Senior Product Manager, Payments", "Director of Product"}
	on := func(pattern string, h http.HandlerFunc) map[string]http.HandlerFunc {
		return map[string]http.HandlerFunc{pattern: h}
	}
	page := func(name, ct string) http.HandlerFunc { return serve(faultFixture(t, name), ct) }
	attempts := retries(faultRetries)

	cases := []faultCase{
		{name: "slow-headers", outcome: "retried, then skipped: timeout (context.DeadlineExceeded)", kind: skillgap.Greenhouse,
			routes: on(ghPath, hang), errs: []error{context.DeadlineExceeded}, requests: attempts},
		{name: "slow-body", outcome: "retried, then skipped: timeout (context.DeadlineExceeded)", kind: skillgap.Greenhouse,
			routes: on(ghPath, drip(gh)), errs: []error{context.DeadlineExceeded}, requests: attempts},
		{name: "reset-mid-body", outcome: "connection reset twice, retried, parsed: 2 postings", kind: skillgap.Greenhouse,
			routes: on(ghPath, resetFirst(2, gh)), postings: 2, titles: ghTitles, requests: 3},
		{name: "short-body", outcome: "retried, then skipped: io.ErrUnexpectedEOF", kind: skillgap.Greenhouse,
			routes: on(ghPath, shortBody(gh)), errs: []error{io.ErrUnexpectedEOF}, requests: attempts},
		{name: "gzip-bomb", outcome: "skipped at once: ErrTooLarge (32 MiB of zeros, 32 KiB gzipped)", kind: skillgap.Greenhouse,
			routes: on(ghPath, gzipBomb(t, 32<<20)), errs: []error{ErrTooLarge}, requests: 1},
		{name: "board-50k", outcome: "parsed: 50,000 postings (9.7 MiB, under the 10 MiB limit set here)", kind: skillgap.Greenhouse,
			routes: on(ghPath, serve(bigBoard(t, bigBoardJobs), "application/json")), postings: bigBoardJobs, requests: 1},
		{name: "json-at-limit", outcome: "parsed: a body of exactly MaxBodyBytes (streamed), 1 posting", kind: skillgap.Lever,
			routes: on(leverPath, padded(lever, faultBodyLimit, false)), postings: 1, requests: 1},
		{name: "json-over-limit", outcome: "skipped at once: ErrTooLarge (one byte over, streamed)", kind: skillgap.Lever,
			routes: on(leverPath, padded(lever, faultBodyLimit+1, false)), errs: []error{ErrTooLarge}, requests: 1},
		{name: "json-over-limit-declared", outcome: "skipped at once: ErrTooLarge (Content-Length one byte over)", kind: skillgap.Lever,
			routes: on(leverPath, padded(lever, faultBodyLimit+1, true)), errs: []error{ErrTooLarge}, requests: 1},
		{name: "json-deep", outcome: "skipped: parse error (*json.SyntaxError, max depth), no crash", kind: skillgap.Greenhouse,
			routes: on(ghPath, serve(nested(`{"jobs": `, 100_000, "}"), "application/json")), requests: 1,
			failed: true, check: wantSyntaxError},
		{name: "jsonld-deep", outcome: "parsed: the 100,000-deep block skipped, 1 posting", kind: skillgap.JSONLD, path: "/jobs",
			routes: on("GET /jobs", serve(deepPage(), "text/html")), postings: 1, titles: []string{"Product Manager, Kept"}, requests: 1},
		{name: "redirect-loop", outcome: "skipped: ErrBadRedirect after 5 redirects", kind: skillgap.Greenhouse,
			routes: map[string]http.HandlerFunc{ghPath: redirect("/a"), "GET /a": redirect("/b"), "GET /b": redirect("/a")},
			errs:   []error{ErrBadRedirect}, requests: 1, check: hitsAtMost("", 1+maxRedirects)},
		{name: "429-retry-after-seconds", outcome: "retried after Retry-After: 1 (capped), parsed: 2 postings", kind: skillgap.Greenhouse,
			routes: on(ghPath, statusFirst(1, http.StatusTooManyRequests, func() string { return "1" }, gh)), postings: 2, requests: 2, check: waitedAtLeast(faultBackoff)},
		{name: "429-retry-after-date", outcome: "retried after Retry-After: <HTTP date> (capped), parsed: 2 postings", kind: skillgap.Greenhouse,
			routes: on(ghPath, statusFirst(1, http.StatusTooManyRequests, func() string {
				return time.Now().Add(2 * time.Second).UTC().Format(http.TimeFormat)
			}, gh)), postings: 2, requests: 2, check: waitedAtLeast(faultBackoff)},
		{name: "503-storm", outcome: "retried, then skipped: ErrStatus 503", kind: skillgap.Greenhouse,
			routes: on(ghPath, statusFirst(1<<30, http.StatusServiceUnavailable, nil, gh)), errs: []error{ErrStatus}, requests: attempts,
			check: func(t *testing.T, r Result, _ *testServer) {
				if se := new(SourceError); errors.As(r.Err, &se) && se.Status != http.StatusServiceUnavailable {
					t.Errorf("Status = %d; want 503", se.Status)
				}
			}},
		{name: "robots-5xx", outcome: "not crawled: ErrRobots (robots.txt 500)", kind: skillgap.Greenhouse,
			routes: withRobots(ghPath, gh, statusFirst(1<<30, 500, nil, nil)),
			errs:   []error{ErrRobots, ErrStatus}, check: hitsAtMost("/v1/boards/b/jobs", 0)},
		{name: "robots-slow", outcome: "not crawled: ErrRobots (robots.txt timed out)", kind: skillgap.Greenhouse,
			routes: withRobots(ghPath, gh, hang),
			errs:   []error{ErrRobots, context.DeadlineExceeded}, check: hitsAtMost("/v1/boards/b/jobs", 0)},
		{name: "robots-huge", outcome: "not crawled: ErrRobots wrapping ErrTooLarge (robots.txt over the limit = unavailable)", kind: skillgap.Greenhouse,
			routes: withRobots(ghPath, gh, streamLines("Disallow: /nothing\n", faultBodyLimit+1)),
			errs:   []error{ErrRobots, ErrTooLarge}, check: hitsAtMost("/v1/boards/b/jobs", 0)},
		{name: "robots-garbage", outcome: "valid rules kept, garbage ignored: pm-1 disallowed, 2 postings", kind: skillgap.JSONLD, path: "/careers/",
			routes:   withRobotsFile(boardRoutes(t), faultFixture(t, "robots-garbage.txt")),
			postings: 2, titles: []string{"Principal Product Manager", "Product Owner, Checkout"}, requests: 4,
			check: hitsAtMost("/careers/jobs/pm-1.html", 0)},
		{name: "robots-binary", outcome: "no rules readable: allow all, parsed: 2 postings", kind: skillgap.Greenhouse,
			routes:   withRobots(ghPath, gh, serve([]byte("\x00\xff\xfe\x89PNG\r\n\x1a\n\xde\xad"), "text/plain")),
			postings: 2, requests: 1},
		{name: "json-invalid-utf8", outcome: "parsed: stray bytes dropped, text kept", kind: skillgap.Greenhouse,
			routes: on(ghPath, page("invalid-utf8.json", "application/json")), postings: 1, titles: []string{"Product Manager, Payments"}, requests: 1,
			check: wantPosting("Zürich", "Bytes ( in the text.")},
		{name: "html-invalid-utf8", outcome: "parsed: stray bytes dropped, UTF-8 text kept", kind: skillgap.JSONLD, path: "/jobs",
			routes: on("GET /jobs", page("invalid-utf8.html", "text/html")), postings: 1, titles: []string{"Product Manager Zürich"}, requests: 1,
			check: wantPosting("Zürich", "Stray bytes: (")},
		{name: "latin1-header", outcome: "parsed: ISO-8859-1 from Content-Type decoded", kind: skillgap.JSONLD, path: "/jobs",
			routes: on("GET /jobs", page("latin1.html", "text/html; charset=ISO-8859-1")), postings: 1, titles: []string{"Señor Product Manager"}, requests: 1,
			check: wantPosting("Zürich", "Café-Kultur, Größe und Übermut: Sie führen das Produkt.")},
		{name: "latin1-undeclared", outcome: "parsed: undeclared non-UTF-8 read as windows-1252", kind: skillgap.JSONLD, path: "/jobs",
			routes: on("GET /jobs", page("latin1.html", "text/html")), postings: 1, titles: []string{"Señor Product Manager"}, requests: 1,
			check: wantPosting("Zürich", "Café-Kultur, Größe und Übermut: Sie führen das Produkt.")},
		{name: "cp1252-meta", outcome: "parsed: <meta charset=windows-1252> decoded (€, curly quotes)", kind: skillgap.JSONLD, path: "/jobs",
			routes: on("GET /jobs", page("cp1252-meta.html", "text/html")), postings: 1, titles: []string{"Product Manager – Zürich"}, requests: 1,
			check: wantPosting("Zürich", "Budget: 90 000 € “brutto” pro Jahr.")},
		{name: "latin1-http-equiv", outcome: "parsed: <meta http-equiv> ISO-8859-1 decoded", kind: skillgap.JSONLD, path: "/jobs",
			routes: on("GET /jobs", page("latin1-http-equiv.html", "text/html")), postings: 1, titles: []string{"Senior Product Manager"}, requests: 1,
			check: wantPosting("Genève", "Équipe à Genève.")},
		{name: "bogus-charset", outcome: "parsed: unknown charset label ignored, UTF-8 kept", kind: skillgap.JSONLD, path: "/jobs",
			routes: on("GET /jobs", page("bogus-charset.html", "text/html; charset=x-bogus")), postings: 1, titles: []string{"Product Manager Zürich"}, requests: 1,
			check: wantPosting("Zürich", "Grüezi.")},
		{name: "json-latin1-header", outcome: "parsed: JSON in ISO-8859-1 (Content-Type) decoded", kind: skillgap.Greenhouse,
			routes: on(ghPath, page("latin1.json", "application/json; charset=iso-8859-1")), postings: 1, titles: []string{"Señor Product Manager"}, requests: 1,
			check: wantPosting("Zürich", "Größe zählt.")},
		{name: "feed-latin1-prolog", outcome: "parsed: <?xml encoding=ISO-8859-1?> decoded", kind: skillgap.Feed, path: "/feed.rss",
			routes: on("GET /feed.rss", page("latin1.rss", "application/rss+xml")), postings: 1, titles: []string{"Señor Product Manager"}, requests: 1,
			check: wantPosting("", "Arbeitsort Zürich.")},
		{name: "feed-latin1-header-and-prolog", outcome: "parsed: decoded once, not twice", kind: skillgap.Feed, path: "/feed.rss",
			routes: on("GET /feed.rss", page("latin1.rss", "application/rss+xml; charset=ISO-8859-1")), postings: 1, titles: []string{"Señor Product Manager"}, requests: 1,
			check: wantPosting("", "Arbeitsort Zürich.")},
		{name: "html-no-jsonld", outcome: "parsed: 0 postings, complete, no error", kind: skillgap.JSONLD, path: "/about",
			routes: on("GET /about", page("no-jsonld.html", "text/html; charset=utf-8")), requests: 1},
		{name: "jsonld-broken", outcome: "parsed: 2 broken blocks skipped, 1 posting", kind: skillgap.JSONLD, path: "/jobs",
			routes: on("GET /jobs", page("broken-jsonld.html", "text/html; charset=utf-8")), postings: 1, titles: []string{"Product Manager, Kept"}, requests: 1},
		{name: "jsonld-hostile", outcome: "parsed: 2 postings; controls and bidi dropped, script dropped from text, 1 MB title cut to 1000 runes, javascript:/file:/data:/ftp: links not fetched", kind: skillgap.JSONLD, path: "/jobs",
			routes:   on("GET /jobs", serve(bytes.Replace(faultFixture(t, "hostile-jsonld.html"), []byte("HUGE"), bytes.Repeat([]byte("A"), 1<<20), 1), "text/html; charset=utf-8")),
			postings: 2, requests: 1, check: checkHostile},
	}
	cases = append(cases, newKindFaults(t, attempts)...)
	for _, to := range []string{"ftp://127.0.0.1/jobs.json", "file:///etc/passwd", "data:application/json,{\"jobs\":[]}", "javascript:alert(1)"} {
		scheme, _, _ := strings.Cut(to, ":")
		cases = append(cases, faultCase{name: "redirect-to-" + scheme, outcome: "skipped at once: ErrBadRedirect, target not fetched", kind: skillgap.Greenhouse,
			routes: on(ghPath, redirect(to)), errs: []error{ErrBadRedirect}, requests: 1})
	}
	for _, u := range []string{"file:///etc/passwd", "data:text/html,<a href=x>", "ftp://127.0.0.1/feed.xml", "javascript:alert(1)"} {
		scheme, _, _ := strings.Cut(u, ":")
		cases = append(cases, faultCase{name: "source-" + scheme, outcome: "refused before any request: ErrBadSource",
			src: &skillgap.Source{Kind: skillgap.Feed, URL: u}, errs: []error{ErrBadSource}})
	}
	return cases
}

// newKindFaults are the faults of the smartrecruiters and workable kinds: a
// detail that fails costs its posting only, a server that ignores offset does
// not keep the crawler paging, and the board faults of the other kinds.
func newKindFaults(t *testing.T, attempts int) []faultCase {
	const list, detail, wk = "GET /v1/companies/b/postings", "GET /v1/companies/b/postings/", "GET /api/v1/widget/accounts/b"
	page := []byte(`{"offset":0,"limit":2,"totalFound":2,"content":[{"id":"1","name":"Product Manager, One"},{"id":"2","name":"Product Manager, Two"}]}`)
	lying := bytes.Replace(page, []byte(`"totalFound":2`), []byte(`"totalFound":1000`), 1)
	one := []byte(`{"id":"1","name":"Product Manager, One","jobAd":{"sections":{"jobDescription":{"title":"Job Description","text":"<p>Own the roadmap.</p>"}}}}`)
	two := bytes.ReplaceAll(one, []byte("One"), []byte("Two"))
	two = bytes.Replace(two, []byte(`"id":"1"`), []byte(`"id":"2"`), 1)
	sr := func(second http.HandlerFunc) map[string]http.HandlerFunc {
		return map[string]http.HandlerFunc{list: serve(page, "application/json"), detail + "1": serve(one, "application/json"), detail + "2": second}
	}
	kept := []string{"Product Manager, One"}
	return []faultCase{
		{name: "sr-detail-503", outcome: "one detail 503 after retries: the other posting kept, ErrStatus reported", kind: skillgap.SmartRecruiters,
			routes: sr(statusFirst(1<<30, http.StatusServiceUnavailable, nil, nil)), errs: []error{ErrStatus}, postings: 1, titles: kept, requests: 2 + attempts},
		{name: "sr-detail-over-limit", outcome: "one detail over the body limit: the other kept, ErrTooLarge", kind: skillgap.SmartRecruiters,
			routes: sr(padded(two, faultBodyLimit+1, false)), errs: []error{ErrTooLarge}, postings: 1, titles: kept, requests: 3},
		{name: "sr-detail-404", outcome: "one detail 404 (withdrawn): the other kept, ErrStatus", kind: skillgap.SmartRecruiters,
			routes: sr(http.NotFound), errs: []error{ErrStatus}, postings: 1, titles: kept, requests: 3},
		{name: "sr-offset-ignored", outcome: "a server ignoring offset with totalFound 1000: stops at the page with nothing new, 2 postings kept, ErrIncomplete (nothing closed)", kind: skillgap.SmartRecruiters,
			routes: map[string]http.HandlerFunc{list: serve(lying, "application/json"), detail + "1": serve(one, "application/json"), detail + "2": serve(two, "application/json")},
			errs:   []error{ErrIncomplete}, postings: 2, requests: 4},
		{name: "sr-list-503", outcome: "retried, then skipped: ErrStatus 503", kind: skillgap.SmartRecruiters,
			routes: map[string]http.HandlerFunc{list: statusFirst(1<<30, http.StatusServiceUnavailable, nil, nil)}, errs: []error{ErrStatus}, requests: attempts},
		{name: "workable-503-storm", outcome: "retried, then skipped: ErrStatus 503", kind: skillgap.Workable,
			routes: map[string]http.HandlerFunc{wk: statusFirst(1<<30, http.StatusServiceUnavailable, nil, nil)}, errs: []error{ErrStatus}, requests: attempts},
		{name: "workable-gzip-bomb", outcome: "skipped at once: ErrTooLarge", kind: skillgap.Workable,
			routes: map[string]http.HandlerFunc{wk: gzipBomb(t, 32<<20)}, errs: []error{ErrTooLarge}, requests: 1},
		{name: "workable-deep", outcome: "skipped: parse error (*json.SyntaxError, max depth), no crash", kind: skillgap.Workable,
			routes: map[string]http.HandlerFunc{wk: serve(nested(`{"jobs": `, 100_000, "}"), "application/json")}, requests: 1,
			failed: true, check: wantSyntaxError},
	}
}

func faultFixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "faults", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// retries is the number of attempts a source that never recovers makes.
func retries(n int) int { return n + 1 }

func wantSyntaxError(t *testing.T, r Result, _ *testServer) {
	var se *json.SyntaxError
	if !errors.As(r.Err, &se) {
		t.Errorf("Err = %v; want a *json.SyntaxError", r.Err)
	}
}

// wantPosting checks the first posting's first location (unless loc is "")
// and description.
func wantPosting(loc, desc string) func(*testing.T, Result, *testServer) {
	return func(t *testing.T, r Result, _ *testServer) {
		if len(r.Postings) == 0 {
			return
		}
		p := r.Postings[0]
		if loc != "" && (len(p.Locations) == 0 || !strings.HasPrefix(p.Locations[0], loc)) {
			t.Errorf("locations = %q; want %q first", p.Locations, loc)
		}
		if p.Description != desc {
			t.Errorf("description = %q; want %q", p.Description, desc)
		}
	}
}

func checkHostile(t *testing.T, r Result, srv *testServer) {
	if len(r.Postings) != 2 {
		return
	}
	p, huge := r.Postings[0], r.Postings[1]
	want := skillgap.Posting{Title: "<script>alert(1)</script> Product Manager REVO [31mNow", Company: "Evil Corp",
		Locations: []string{"Zürich"}, Description: "Ok\n\nplain", URL: srv.URL + "/jobs"}
	if p.Title != want.Title || p.Company != want.Company || p.Description != want.Description || p.URL != want.URL {
		t.Errorf("got title %q, company %q, description %q, url %q; want %q, %q, %q, %q",
			p.Title, p.Company, p.Description, p.URL, want.Title, want.Company, want.Description, want.URL)
	}
	if !slices.Equal(p.Locations, want.Locations) {
		t.Errorf("locations = %q; want %q", p.Locations, want.Locations)
	}
	if n := utf8.RuneCountInString(huge.Title); n != maxShortText || !strings.HasSuffix(huge.Title, "A…") {
		t.Errorf("huge title has %d runes, ends %q; want %d ending in \"A…\"", n, huge.Title[max(len(huge.Title)-8, 0):], maxShortText)
	}
}

// waitedAtLeast checks that the retry of the board came d or more after the
// first request: Retry-After (capped at d) was obeyed, not the shorter
// jittered backoff.
func waitedAtLeast(d time.Duration) func(*testing.T, Result, *testServer) {
	return func(t *testing.T, _ Result, srv *testServer) {
		for _, g := range gaps(srv.requests("/v1/boards/b/jobs")) {
			if g < d {
				t.Errorf("retried after %v; want at least %v", g, d)
			}
		}
	}
}

// hitsAtMost checks that the server saw at most n requests for path ("" for
// all but robots.txt).
func hitsAtMost(path string, n int) func(*testing.T, Result, *testServer) {
	return func(t *testing.T, _ Result, srv *testServer) {
		got := srv.count(path)
		if path == "" {
			got -= srv.count("/robots.txt")
		}
		if got > n {
			t.Errorf("%d requests for %q; want at most %d", got, path, n)
		}
	}
}

// hang answers only when the client gives up.
func hang(w http.ResponseWriter, r *http.Request) {
	select {
	case <-r.Context().Done():
	case <-time.After(30 * time.Second):
	}
}

// drip sends the headers and the start of body at once, then nothing.
func drip(body []byte) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Length", fmt.Sprint(len(body)))
		w.Write(body[:len(body)/2])
		http.NewResponseController(w).Flush()
		hang(w, r)
	}
}

// resetFirst resets the connection in the middle of the body for the first n
// requests, then serves body.
func resetFirst(n int32, body []byte) http.HandlerFunc {
	var count atomic.Int32
	return func(w http.ResponseWriter, r *http.Request) {
		if count.Add(1) > n {
			serve(body, "application/json")(w, r)
			return
		}
		conn, buf := hijack(w, len(body))
		buf.Write(body[:len(body)/2])
		buf.Flush()
		if tc, ok := conn.(*net.TCPConn); ok {
			tc.SetLinger(0) // close with RST, not FIN
		}
		conn.Close()
	}
}

// shortBody promises more bytes than it sends, then closes cleanly.
func shortBody(body []byte) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		conn, buf := hijack(w, len(body)+5000)
		buf.Write(body)
		buf.Flush()
		conn.Close()
	}
}

func hijack(w http.ResponseWriter, length int) (net.Conn, interface {
	io.Writer
	Flush() error
}) {
	conn, rw, err := http.NewResponseController(w).Hijack()
	if err != nil {
		panic(err) // httptest's HTTP/1.1 server always supports it
	}
	fmt.Fprintf(rw, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n", length)
	return conn, rw
}

// gzipBomb serves n zero bytes, gzipped, declared as gzip content.
func gzipBomb(t *testing.T, n int) http.HandlerFunc {
	t.Helper()
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zeros := make([]byte, 1<<20)
	for range n >> 20 {
		zw.Write(zeros)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	zipped := buf.Bytes()
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(zipped)
	}
}

// bigBoard is a greenhouse board of n product jobs, under faultBodyLimit.
func bigBoard(t *testing.T, n int) []byte {
	t.Helper()
	var b bytes.Buffer
	writeBoard(&b, n)
	if b.Len() > faultBodyLimit {
		t.Fatalf("board of %d jobs is %d bytes; want at most %d", n, b.Len(), faultBodyLimit)
	}
	return b.Bytes()
}

// writeBoard writes a greenhouse board of n product jobs, stopping at the
// first write error.
func writeBoard(w io.Writer, n int) error {
	if _, err := io.WriteString(w, `{"jobs": [`); err != nil {
		return err
	}
	for i := range n {
		sep := ","
		if i == n-1 {
			sep = ""
		}
		if _, err := fmt.Fprintf(w, `{"id":%d,"title":"Product Manager %d","absolute_url":"https://example.org/j/%d",`+
			`"location":{"name":"Remote"},"first_published":"2026-05-01T09:00:00Z","content":"&lt;p&gt;Area %d.&lt;/p&gt;"}%s`,
			100000+i, i, i, i, sep); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "]}")
	return err
}

// streamLines streams line until at least n bytes were written.
func streamLines(line string, n int) http.HandlerFunc {
	chunk := []byte(strings.Repeat(line, 64<<10/len(line)))
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for sent := 0; sent < n; sent += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	}
}

// padded serves doc followed by newlines, n bytes in all, in 64 KiB
// writes, with its Content-Length when declare is set.
func padded(doc []byte, n int, declare bool) http.HandlerFunc {
	chunk := bytes.Repeat([]byte("\n"), 64<<10)
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if declare {
			w.Header().Set("Content-Length", fmt.Sprint(n))
		}
		if _, err := w.Write(doc); err != nil {
			return
		}
		for rest := n - len(doc); rest > 0; rest -= len(chunk) {
			if _, err := w.Write(chunk[:min(rest, len(chunk))]); err != nil {
				return
			}
		}
	}
}

// nested is prefix, depth "[", depth "]", suffix.
func nested(prefix string, depth int, suffix string) []byte {
	return []byte(prefix + strings.Repeat("[", depth) + strings.Repeat("]", depth) + suffix)
}

func deepPage() []byte {
	return slices.Concat([]byte(`<html><head><script type="application/ld+json">`), nested("", 100_000, ""),
		[]byte(`</script><script type="application/ld+json">{"@type": "JobPosting", "title": "Product Manager, Kept", "identifier": "k"}</script></head></html>`))
}

func redirect(to string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Location", to) // set by hand: http.Redirect would clean a data: URL
		w.WriteHeader(http.StatusFound)
	}
}

// statusFirst answers the first n requests with code (and a Retry-After
// from retryAfter, if given), then serves body.
func statusFirst(n int32, code int, retryAfter func() string, body []byte) http.HandlerFunc {
	var count atomic.Int32
	return func(w http.ResponseWriter, r *http.Request) {
		if count.Add(1) > n {
			serve(body, "application/json")(w, r)
			return
		}
		if retryAfter != nil {
			w.Header().Set("Retry-After", retryAfter())
		}
		w.WriteHeader(code)
	}
}

// withRobotsFile adds robots.txt to routes.
func withRobotsFile(routes map[string]http.HandlerFunc, robots []byte) map[string]http.HandlerFunc {
	routes["GET /robots.txt"] = serve(robots, "text/plain")
	return routes
}

// withRobots serves board on pattern and robots.txt with robots.
func withRobots(pattern string, board []byte, robots http.HandlerFunc) map[string]http.HandlerFunc {
	return map[string]http.HandlerFunc{pattern: serve(board, "application/json"), "GET /robots.txt": robots}
}

// recordingTransport records the URL of every request that reaches the
// network.
type recordingTransport struct {
	next http.RoundTripper
	mu   sync.Mutex
	urls []string
}

func (t *recordingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	t.mu.Lock()
	t.urls = append(t.urls, req.URL.String())
	t.mu.Unlock()
	return t.next.RoundTrip(req)
}

func (t *recordingTransport) seen() []string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return slices.Clone(t.urls)
}

// sampleHeap samples the heap every 25ms until the returned function is
// called, which reports the peak HeapInuse and the bytes allocated meanwhile.
func sampleHeap() func() (peak, total uint64) {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.TotalAlloc
	stop, done := make(chan struct{}), make(chan uint64)
	go func() {
		var peak uint64
		tick := time.NewTicker(25 * time.Millisecond)
		defer tick.Stop()
		for {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
			select {
			case <-stop:
				done <- peak
				return
			case <-tick.C:
			}
		}
	}()
	return func() (uint64, uint64) {
		close(stop)
		peak := <-done
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return peak, ms.TotalAlloc - base
	}
}

// TestOnlyHTTPSchemes checks each gate a URL passes before it is fetched —
// a source's URL, a link on a page, the links followed, a redirect — against
// the schemes that must never be fetched.
func TestOnlyHTTPSchemes(t *testing.T) {
	const page = "http://127.0.0.1:8080/careers/"
	refused := []string{"file:///etc/passwd", "FILE:///etc/passwd", "data:text/html,<b>x</b>", "javascript:alert(1)",
		"  jAvAsCrIpT:alert(1)", "ftp://127.0.0.1:8080/jobs.txt", "gopher://127.0.0.1:8080/", "mailto:jobs@example.org", "http:///no-host"}
	for _, raw := range refused {
		t.Run(raw, func(t *testing.T) {
			if _, err := httpURL(raw); !errors.Is(err, ErrBadSource) {
				t.Errorf("httpURL error = %v; want ErrBadSource", err)
			}
			if links := JobLinks([]byte(`<base href="`+raw+`"><a href="`+raw+`">x</a><a href="jobs/1">y</a>`), page); !slices.Equal(links, []string{page + "jobs/1"}) {
				t.Errorf("JobLinks = %q; want only %s", links, page+"jobs/1")
			}
			if got := followable([]string{raw}, map[string]bool{"127.0.0.1:8080": true}, map[string]bool{}); len(got) != 0 {
				t.Errorf("followable = %q; want none", got)
			}
			if u, err := url.Parse(strings.TrimSpace(raw)); err == nil {
				if err := checkRedirect(&http.Request{URL: u}, make([]*http.Request, 1)); !errors.Is(err, ErrBadRedirect) {
					t.Errorf("checkRedirect error = %v; want ErrBadRedirect", err)
				}
			}
		})
	}
	u, _ := url.Parse("https://127.0.0.1:8443/jobs")
	if err := checkRedirect(&http.Request{URL: u}, make([]*http.Request, 1)); err != nil {
		t.Errorf("checkRedirect to https = %v; want nil", err)
	}
}

// TestCleanTextHostile covers what a hostile board can put in a short field.
func TestCleanTextHostile(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"controls", "Product\x00 Manager\x07\x1b[31m", "Product Manager[31m"},
		{"bidi overrides and isolates", "\u202eRTL\u202c \u2066iso\u2069 \u200fmark\u200e\u061c", "RTL iso mark"},
		{"invalid bytes", "Product\xff Manager", "Product Manager"},
		{"markup stays text", "<script>alert(1)</script> PM", "<script>alert(1)</script> PM"},
		{"entities", "R&amp;D &lt;b&gt;", "R&D <b>"},
		{"long", strings.Repeat("é", 5000), strings.Repeat("é", maxShortText-1) + "…"},
		{"long entities", strings.Repeat("&amp;", 1<<18), strings.Repeat("&", maxShortText-1) + "…"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := cleanText(tc.in); got != tc.want {
				t.Errorf("cleanText = %q; want %q", got, tc.want)
			}
		})
	}
}
