package crawler

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	skillgap "github.com/skillgap/skillgap"
)

// testServer is an httptest server with routes that records every request
// and how many handlers ran at once.
type testServer struct {
	*httptest.Server
	mu       sync.Mutex
	hits     []hit
	inFlight int
	maxIn    int
}

// hit is one request the server saw.
type hit struct {
	uri    string // path and query
	at     time.Time
	header http.Header
}

func newTestServer(t *testing.T, routes map[string]http.HandlerFunc) *testServer {
	t.Helper()
	s := &testServer{}
	mux := http.NewServeMux()
	for pattern, h := range routes {
		mux.HandleFunc(pattern, h)
	}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits = append(s.hits, hit{uri: r.URL.RequestURI(), at: time.Now(), header: r.Header.Clone()})
		s.inFlight++
		s.maxIn = max(s.maxIn, s.inFlight)
		s.mu.Unlock()
		defer func() {
			s.mu.Lock()
			s.inFlight--
			s.mu.Unlock()
		}()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

// count is the number of requests for path (query ignored).
func (s *testServer) count(path string) int { return len(s.requests(path)) }

// requests are the hits on path (query ignored); "" means every hit.
func (s *testServer) requests(path string) []hit {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []hit
	for _, h := range s.hits {
		p, _, _ := strings.Cut(h.uri, "?")
		if path == "" || p == path {
			out = append(out, h)
		}
	}
	return out
}

func fixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "fetch", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// serve answers with body, without validators.
func serve(body []byte, contentType string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", contentType)
		w.Write(body)
	}
}

// testOptions are fast options: no delay, short backoff.
func testOptions(t *testing.T) Options {
	return Options{
		Delay:      -1,
		Retries:    2,
		MaxBackoff: 20 * time.Millisecond,
		Timeout:    5 * time.Second,
		Sources:    4,
		Logger:     slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelDebug})),
	}
}

// crawlAll crawls srcs and returns what was emitted, by source name.
func crawlAll(t *testing.T, opts Options, srcs []skillgap.Source, prev map[string]string) map[string]Result {
	t.Helper()
	c, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Result{}
	var busy atomic.Bool
	state := func(name string) skillgap.CrawlState {
		i := slices.IndexFunc(srcs, func(s skillgap.Source) bool { return s.Name == name })
		return skillgap.CrawlState{Fingerprint: c.Fingerprint(srcs[i]), Validator: prev[name]}
	}
	err = c.Crawl(t.Context(), srcs, state, func(r Result) error {
		if !busy.CompareAndSwap(false, true) {
			t.Error("emit called concurrently")
		}
		defer busy.Store(false)
		if _, dup := got[r.Source.Name]; dup {
			t.Errorf("source %s emitted twice", r.Source.Name)
		}
		got[r.Source.Name] = r
		return nil
	})
	if err != nil {
		t.Fatalf("Crawl: %v", err)
	}
	if len(got) != len(srcs) {
		t.Fatalf("got %d results; want %d", len(got), len(srcs))
	}
	return got
}

// crawlOne crawls one source and returns its result.
func crawlOne(t *testing.T, opts Options, src skillgap.Source, prev string) Result {
	t.Helper()
	return crawlAll(t, opts, []skillgap.Source{src}, map[string]string{src.Name: prev})[src.Name]
}

func titles(ps []skillgap.Posting) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Title)
	}
	return out
}

// boardRoutes serve every fixture under its real API path and the site under /careers/.
func boardRoutes(t *testing.T) map[string]http.HandlerFunc {
	site := func(w http.ResponseWriter, r *http.Request) {
		b, err := os.ReadFile(filepath.Join("testdata", "fetch", "site", filepath.Base(r.PathValue("page"))))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		serve(b, "text/html; charset=utf-8")(w, r)
	}
	return map[string]http.HandlerFunc{
		"GET /v1/boards/northwind/jobs":       serve(fixture(t, "greenhouse.json"), "application/json"),
		"GET /v0/postings/tailspin":           serve(fixture(t, "lever.json"), "application/json"),
		"GET /posting-api/job-board/fabrikam": serve(fixture(t, "ashby.json"), "application/json; charset=utf-8"),
		"GET /feeds/jobs.rss":                 serve(fixture(t, "feed.xml"), "application/rss+xml"),
		"GET /careers/{$}":                    serve(fixture(t, "site/careers.html"), "text/html; charset=utf-8"),
		"GET /careers/jobs/{page}":            site,
	}
}

func boardSources(base string) []skillgap.Source {
	return []skillgap.Source{
		{Name: "northwind-gh", Kind: skillgap.Greenhouse, Board: "northwind", BaseURL: base},
		{Name: "tailspin-lever", Kind: skillgap.Lever, Board: "tailspin", BaseURL: base},
		{Name: "fabrikam-ashby", Kind: skillgap.Ashby, Board: "fabrikam", BaseURL: base},
		{Name: "remote-feed", Kind: skillgap.Feed, URL: base + "/feeds/jobs.rss"},
		{Name: "litware-site", Kind: skillgap.JSONLD, URL: base + "/careers/"},
	}
}

func TestCrawlKinds(t *testing.T) {
	srv := newTestServer(t, boardRoutes(t))
	srcs := boardSources(srv.URL)
	want := map[string]struct {
		titles            []string
		dropped, requests int
		uri               string
	}{
		"northwind-gh":   {[]string{"Senior Product Manager, Payments", "Director of Product"}, 1, 1, "/v1/boards/northwind/jobs?content=true&pay_transparency=true"},
		"tailspin-lever": {[]string{"Product Manager, Growth"}, 1, 1, "/v0/postings/tailspin?mode=json"},
		"fabrikam-ashby": {[]string{"Group Product Manager"}, 1, 1, "/posting-api/job-board/fabrikam?includeCompensation=true"},
		"remote-feed":    {[]string{"Product Owner"}, 1, 1, "/feeds/jobs.rss"},
		"litware-site":   {[]string{"Product Manager, Search", "Principal Product Manager", "Product Owner, Checkout"}, 1, 5, "/careers/"},
	}
	opts := testOptions(t)
	opts.Sources = 2
	got := crawlAll(t, opts, srcs, nil)
	for _, src := range srcs {
		t.Run(src.Kind, func(t *testing.T) {
			r, w := got[src.Name], want[src.Name]
			if r.Err != nil {
				t.Fatalf("Err = %v; want nil", r.Err)
			}
			if !slices.Equal(titles(r.Postings), w.titles) {
				t.Errorf("titles = %q; want %q", titles(r.Postings), w.titles)
			}
			if r.Dropped != w.dropped || r.Requests != w.requests {
				t.Errorf("dropped, requests = %d, %d; want %d, %d", r.Dropped, r.Requests, w.dropped, w.requests)
			}
			if !r.Complete || r.NotModified || !strings.HasPrefix(r.Validator, "sha256:") {
				t.Errorf("complete, not modified, validator = %v, %v, %q; want true, false, sha256:…", r.Complete, r.NotModified, r.Validator)
			}
			for _, p := range r.Postings {
				if p.Source != src.Name || p.SourceKind != src.Kind || p.ID == "" {
					t.Errorf("posting %q: source %q kind %q id %q", p.Title, p.Source, p.SourceKind, p.ID)
				}
			}
			path, _, _ := strings.Cut(w.uri, "?")
			hits := srv.requests(path)
			if len(hits) != 1 || hits[0].uri != w.uri {
				t.Fatalf("hits on %s = %v; want one %s", path, hits, w.uri)
			}
			if ua := hits[0].header.Get("User-Agent"); ua != DefaultUserAgent {
				t.Errorf("User-Agent = %q; want %q", ua, DefaultUserAgent)
			}
		})
	}
	if n := srv.count("/robots.txt"); n != 1 {
		t.Errorf("robots.txt fetched %d times; want 1 (one host)", n)
	}
}

// TestCrawlBoardNameWithSpace: real Ashby boards have spaces in their names; the
// name is escaped in the URL and kept as written in the postings.
func TestCrawlBoardNameWithSpace(t *testing.T) {
	var gotBoard string
	srv := newTestServer(t, map[string]http.HandlerFunc{
		"GET /posting-api/job-board/{board}": func(w http.ResponseWriter, r *http.Request) {
			gotBoard = r.PathValue("board")
			serve(fixture(t, "ashby.json"), "application/json")(w, r)
		},
	})
	src := skillgap.Source{Name: "ff", Kind: skillgap.Ashby, Board: "Forward Financing", BaseURL: srv.URL}
	r := crawlAll(t, testOptions(t), []skillgap.Source{src}, nil)["ff"]
	if r.Err != nil || len(r.Postings) == 0 {
		t.Fatalf("Err, postings = %v, %d; want nil, some", r.Err, len(r.Postings))
	}
	if gotBoard != "Forward Financing" {
		t.Errorf("server saw board %q; want %q", gotBoard, "Forward Financing")
	}
	const uri = "/posting-api/job-board/Forward%20Financing?includeCompensation=true"
	if hits := srv.requests("/posting-api/job-board/Forward%20Financing"); len(hits) != 1 || hits[0].uri != uri {
		t.Errorf("hits = %v; want one %s", hits, uri)
	}
	if p := r.Postings[0]; p.Board != "Forward Financing" || p.Company != "Forward Financing" {
		t.Errorf("board, company = %q, %q; want the name as written", p.Board, p.Company)
	}
}

func TestCrawlNotModified(t *testing.T) {
	body := fixture(t, "greenhouse.json")
	const lastMod = "Mon, 04 May 2026 10:00:00 GMT"
	var version atomic.Int32
	tests := []struct {
		name    string
		handler http.HandlerFunc
		change  bool   // the board changes between the crawls
		header  string // conditional header the second crawl must send
	}{
		{name: "etag 304", header: "If-None-Match", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("ETag", `"v1"`)
			if r.Header.Get("If-None-Match") == `"v1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Write(body)
		}},
		{name: "last-modified 304", header: "If-Modified-Since", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Last-Modified", lastMod)
			if r.Header.Get("If-Modified-Since") == lastMod {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Write(body)
		}},
		{name: "etag ignored by server", header: "If-None-Match", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("ETag", `W/"v1"`)
			w.Write(body)
		}},
		{name: "hash", handler: serve(body, "application/json")},
		{name: "hash changed", change: true, handler: func(w http.ResponseWriter, r *http.Request) {
			w.Write(body)
			if version.Add(1) > 1 {
				w.Write([]byte("\n"))
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := newTestServer(t, map[string]http.HandlerFunc{"GET /v1/boards/northwind/jobs": tc.handler})
			src := skillgap.Source{Name: "gh", Kind: skillgap.Greenhouse, Board: "northwind", BaseURL: srv.URL}
			first := crawlOne(t, testOptions(t), src, "")
			if first.Err != nil || first.Validator == "" || len(first.Postings) != 2 {
				t.Fatalf("first crawl: err %v, validator %q, %d postings; want nil, set, 2", first.Err, first.Validator, len(first.Postings))
			}
			second := crawlOne(t, testOptions(t), src, first.Validator)
			if second.Err != nil || second.Requests != 1 {
				t.Fatalf("second crawl: err %v, %d requests; want nil, 1", second.Err, second.Requests)
			}
			if second.NotModified == tc.change {
				t.Errorf("NotModified = %v; want %v", second.NotModified, !tc.change)
			}
			if tc.change {
				if len(second.Postings) != 2 || !second.Complete || second.Validator == first.Validator {
					t.Errorf("changed board: %d postings, complete %v, validator %q; want 2, true, new", len(second.Postings), second.Complete, second.Validator)
				}
				return
			}
			if len(second.Postings) != 0 || second.Complete || second.Validator != first.Validator {
				t.Errorf("unchanged board: %d postings, complete %v, validator %q; want 0, false, %q", len(second.Postings), second.Complete, second.Validator, first.Validator)
			}
			if tc.header != "" {
				hits := srv.requests("/v1/boards/northwind/jobs")
				if got := hits[len(hits)-1].header.Get(tc.header); got != first.Validator {
					t.Errorf("%s = %q; want %q", tc.header, got, first.Validator)
				}
			}
		})
	}
}

func TestCrawlSiteNotModified(t *testing.T) {
	srv := newTestServer(t, boardRoutes(t))
	src := skillgap.Source{Name: "site", Kind: skillgap.JSONLD, URL: srv.URL + "/careers/"}
	first := crawlOne(t, testOptions(t), src, "")
	if first.Err != nil || first.Requests != 5 || !first.Complete {
		t.Fatalf("first crawl: err %v, %d requests, complete %v; want nil, 5, true", first.Err, first.Requests, first.Complete)
	}
	second := crawlOne(t, testOptions(t), src, first.Validator)
	if !second.NotModified || second.Requests != 1 || len(second.Postings) != 0 {
		t.Errorf("second crawl: not modified %v, %d requests, %d postings; want true, 1, 0", second.NotModified, second.Requests, len(second.Postings))
	}
	if n := srv.count("/careers/jobs/pm-1.html"); n != 1 {
		t.Errorf("job page fetched %d times; want 1", n)
	}
}

func TestCrawlSiteLimits(t *testing.T) {
	routes := boardRoutes(t)
	tests := []struct {
		name     string
		src      skillgap.Source
		fail     string // a job page that answers 500
		gone     string // a job page that answers 404
		titles   []string
		requests int
		complete bool
		err      bool
	}{
		{name: "max pages", src: skillgap.Source{MaxPages: 2}, titles: []string{"Product Manager, Search"}, requests: 2},
		{name: "max depth", src: skillgap.Source{MaxDepth: 1}, titles: []string{"Product Manager, Search", "Principal Product Manager"}, requests: 4},
		{name: "depth two is enough", src: skillgap.Source{MaxDepth: 2}, requests: 5, complete: true,
			titles: []string{"Product Manager, Search", "Principal Product Manager", "Product Owner, Checkout"}},
		{name: "failed page", fail: "pm-3.html", titles: []string{"Product Manager, Search"}, requests: 4, err: true},
		{name: "dead link", gone: "pm-3.html", titles: []string{"Product Manager, Search"}, requests: 4, complete: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rt := map[string]http.HandlerFunc{}
			for k, v := range routes {
				rt[k] = v
			}
			if tc.fail != "" {
				rt["GET /careers/jobs/"+tc.fail] = func(w http.ResponseWriter, r *http.Request) {
					http.Error(w, "boom", http.StatusInternalServerError)
				}
			}
			if tc.gone != "" {
				rt["GET /careers/jobs/"+tc.gone] = http.NotFound
			}
			srv := newTestServer(t, rt)
			src := tc.src
			src.Name, src.Kind, src.URL = "site", skillgap.JSONLD, srv.URL+"/careers/"
			r := crawlOne(t, testOptions(t), src, "")
			if !slices.Equal(titles(r.Postings), tc.titles) {
				t.Errorf("titles = %q; want %q", titles(r.Postings), tc.titles)
			}
			if r.Requests != tc.requests || r.Complete != tc.complete {
				t.Errorf("requests, complete = %d, %v; want %d, %v", r.Requests, r.Complete, tc.requests, tc.complete)
			}
			if (r.Err != nil) != tc.err {
				t.Fatalf("Err = %v; want error %v", r.Err, tc.err)
			}
			if tc.err {
				var se *SourceError
				if !errors.As(r.Err, &se) || se.Status != 500 || !strings.HasSuffix(se.URL, tc.fail) || !errors.Is(r.Err, ErrStatus) {
					t.Errorf("Err = %#v; want a SourceError for %s with status 500", r.Err, tc.fail)
				}
				if r.Validator != "" {
					t.Errorf("Validator = %q after a failed page; want empty", r.Validator)
				}
			}
		})
	}
}

func TestCrawlBadSourceDoesNotStopOthers(t *testing.T) {
	routes := boardRoutes(t)
	routes["GET /v1/boards/broken/jobs"] = func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "oops", http.StatusInternalServerError)
	}
	routes["GET /v1/boards/garbled/jobs"] = serve([]byte(`{"jobs": [`), "application/json")
	srv := newTestServer(t, routes)
	srcs := []skillgap.Source{
		{Name: "broken", Kind: skillgap.Greenhouse, Board: "broken", BaseURL: srv.URL},
		{Name: "garbled", Kind: skillgap.Greenhouse, Board: "garbled", BaseURL: srv.URL},
		{Name: "not-http", Kind: skillgap.JSONLD, URL: "file:///etc/passwd"},
		{Name: "unknown", Kind: "monster", URL: srv.URL},
		{Name: "good", Kind: skillgap.Greenhouse, Board: "northwind", BaseURL: srv.URL},
	}
	got := crawlAll(t, testOptions(t), srcs, nil)
	if r := got["good"]; r.Err != nil || len(r.Postings) != 2 || !r.Complete {
		t.Errorf("good: err %v, %d postings, complete %v; want nil, 2, true", r.Err, len(r.Postings), r.Complete)
	}
	checks := map[string]error{"broken": ErrStatus, "not-http": ErrBadSource, "unknown": ErrBadSource}
	for name, sentinel := range checks {
		r := got[name]
		var se *SourceError
		if !errors.As(r.Err, &se) || se.Source != name || !errors.Is(r.Err, sentinel) {
			t.Errorf("%s: Err = %v; want a SourceError wrapping %v", name, r.Err, sentinel)
		}
		if r.Complete || r.Validator != "" {
			t.Errorf("%s: complete %v, validator %q; want false, empty", name, r.Complete, r.Validator)
		}
	}
	if r := got["garbled"]; r.Err == nil || r.Validator != "" {
		t.Errorf("garbled: err %v, validator %q; want a parse error, no validator", r.Err, r.Validator)
	}
	want := "source broken: GET " + srv.URL + "/v1/boards/broken/jobs?content=true&pay_transparency=true: 500 Internal Server Error"
	if got := got["broken"].Err.Error(); got != want {
		t.Errorf("Error() = %q; want %q", got, want)
	}
	if n := srv.count("/v1/boards/broken/jobs"); n != 1 {
		t.Errorf("500 fetched %d times; want 1 (no retry)", n)
	}
}

func TestCrawlCancel(t *testing.T) {
	routes := boardRoutes(t)
	routes["GET /v1/boards/slow/jobs"] = func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(30 * time.Second):
		}
	}
	srv := newTestServer(t, routes)
	// One source at a time: "later" cannot start before "slow" ends.
	srcs := []skillgap.Source{
		{Name: "fast", Kind: skillgap.Greenhouse, Board: "northwind", BaseURL: srv.URL},
		{Name: "slow", Kind: skillgap.Greenhouse, Board: "slow", BaseURL: srv.URL},
		{Name: "later", Kind: skillgap.Lever, Board: "tailspin", BaseURL: srv.URL},
	}
	opts := testOptions(t)
	opts.Sources = 1
	c, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var emitted []string
	start := time.Now()
	err = c.Crawl(ctx, srcs, nil, func(r Result) error {
		emitted = append(emitted, r.Source.Name)
		for srv.count("/v1/boards/slow/jobs") == 0 {
			time.Sleep(time.Millisecond) // Ctrl-C once "slow" is under way
		}
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Crawl = %v; want context.Canceled", err)
	}
	if !slices.Equal(emitted, []string{"fast"}) {
		t.Errorf("emitted %q; want [fast]", emitted)
	}
	if n := srv.count("/v0/postings/tailspin"); n != 0 {
		t.Errorf("a source was started after cancellation (%d requests)", n)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("Crawl returned after %v; want promptly", d)
	}
}

func TestCrawlEmitError(t *testing.T) {
	srv := newTestServer(t, boardRoutes(t))
	opts := testOptions(t)
	opts.Sources = 1
	c, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	stop := errors.New("disk full")
	calls := 0
	err = c.Crawl(t.Context(), boardSources(srv.URL), nil, func(r Result) error {
		calls++
		return stop
	})
	if !errors.Is(err, stop) || calls != 1 {
		t.Errorf("Crawl = %v after %d emits; want %v after 1", err, calls, stop)
	}
}

func TestCrawlProgress(t *testing.T) {
	srv := newTestServer(t, boardRoutes(t))
	opts := testOptions(t)
	var mu sync.Mutex
	done := map[string]Progress{}
	var busy atomic.Bool
	opts.Progress = func(p Progress) {
		if !busy.CompareAndSwap(false, true) {
			t.Error("Progress called concurrently")
		}
		defer busy.Store(false)
		mu.Lock()
		defer mu.Unlock()
		if p.Done {
			done[p.Source] = p
		}
	}
	got := crawlAll(t, opts, boardSources(srv.URL), nil)
	for name, r := range got {
		p := done[name]
		if p.Requests != r.Requests || p.Postings != len(r.Postings) || p.Pages != r.Requests {
			t.Errorf("%s: final progress %+v; want %d requests and pages, %d postings", name, p, r.Requests, len(r.Postings))
		}
	}
}

func TestNew(t *testing.T) {
	tests := []struct {
		name string
		opts Options
		ok   bool
	}{
		{"defaults", Options{}, true},
		{"own agent", Options{UserAgent: "skillgap-acme/2.0 (+https://acme.example/bot)"}, true},
		{"anonymous agent", Options{UserAgent: "Mozilla/5.0"}, false},
		{"agent without contact", Options{UserAgent: "skillgap/0.1"}, false},
		{"negative parallelism", Options{Parallelism: -1}, false},
		{"bad pattern", Options{Include: []string{"("}}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := New(tc.opts)
			if (err == nil) != tc.ok {
				t.Fatalf("New: err %v; want ok %v", err, tc.ok)
			}
			if tc.name == "defaults" {
				o := c.opts
				if o.UserAgent != DefaultUserAgent || o.Delay != time.Second || o.Parallelism != 1 || o.Sources != 4 ||
					o.Timeout != 30*time.Second || o.MaxBodyBytes != 32<<20 || o.Retries != 3 || o.MaxBackoff != time.Minute {
					t.Errorf("defaults = %+v", o)
				}
			}
		})
	}
}
