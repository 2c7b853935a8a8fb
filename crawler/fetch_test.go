package crawler

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	skillgap "github.com/skillgap/skillgap"
)

// boards returns n greenhouse sources on one server, each served body.
func boards(t *testing.T, n int, body []byte, extra map[string]http.HandlerFunc, wrap func(http.HandlerFunc) http.HandlerFunc) (*testServer, []skillgap.Source) {
	t.Helper()
	routes := map[string]http.HandlerFunc{}
	for k, v := range extra {
		routes[k] = v
	}
	h := serve(body, "application/json")
	if wrap != nil {
		h = wrap(h)
	}
	routes["GET /v1/boards/{board}/jobs"] = h
	srv := newTestServer(t, routes)
	var srcs []skillgap.Source
	for i := range n {
		srcs = append(srcs, skillgap.Source{Name: fmt.Sprintf("b%d", i), Kind: skillgap.Greenhouse, Board: fmt.Sprintf("b%d", i), BaseURL: srv.URL})
	}
	return srv, srcs
}

// gaps are the times between consecutive hits.
func gaps(hits []hit) []time.Duration {
	var out []time.Duration
	for i := 1; i < len(hits); i++ {
		out = append(out, hits[i].at.Sub(hits[i-1].at))
	}
	return out
}

func TestDelayPerHost(t *testing.T) {
	const delay = 40 * time.Millisecond
	srv, srcs := boards(t, 3, fixture(t, "greenhouse.json"), nil, nil)
	opts := testOptions(t)
	opts.Delay, opts.Sources = delay, 3
	for name, r := range crawlAll(t, opts, srcs, nil) {
		if r.Err != nil {
			t.Errorf("%s: %v", name, r.Err)
		}
	}
	hits := srv.requests("")
	if len(hits) != 4 {
		t.Fatalf("got %d requests; want 4 (robots.txt and 3 boards)", len(hits))
	}
	for i, g := range gaps(hits) {
		if g < delay*9/10 {
			t.Errorf("gap %d = %v; want >= %v", i, g, delay)
		}
	}
}

func TestParallelismPerHost(t *testing.T) {
	for _, par := range []int{1, 2, 3} {
		t.Run(fmt.Sprint(par), func(t *testing.T) {
			slow := func(h http.HandlerFunc) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					time.Sleep(15 * time.Millisecond)
					h(w, r)
				}
			}
			srv, srcs := boards(t, 8, fixture(t, "greenhouse.json"), nil, slow)
			opts := testOptions(t)
			opts.Parallelism, opts.Sources = par, 8
			crawlAll(t, opts, srcs, nil)
			if srv.maxIn > par {
				t.Errorf("%d requests at once; want at most %d", srv.maxIn, par)
			}
			t.Logf("at most %d requests at once", srv.maxIn)
		})
	}
}

func TestBodyTooLarge(t *testing.T) {
	const limit = 4 << 10
	big := bytes.Repeat([]byte(" "), 64<<10) // inflates to 16x the limit; compresses to ~100 bytes
	var zipped bytes.Buffer
	zw := gzip.NewWriter(&zipped)
	zw.Write(big)
	zw.Close()
	exact := append([]byte(`{"jobs":[]}`), bytes.Repeat([]byte(" "), limit-11)...)
	tests := []struct {
		name    string
		body    http.HandlerFunc
		noGzip  bool // the client does not ask for gzip
		tooBig  bool // want ErrTooLarge
		zipAsks bool // the transport must have asked for gzip
	}{
		{name: "content-length", tooBig: true, body: serve(big, "application/json")},
		{name: "chunked", tooBig: true, body: func(w http.ResponseWriter, r *http.Request) {
			for range 16 {
				w.Write(big[:limit/2])
				w.(http.Flusher).Flush()
			}
		}},
		{name: "gzip asked", tooBig: true, zipAsks: true, body: gzipServer(zipped.Bytes(), true)},
		{name: "gzip unasked", tooBig: true, noGzip: true, body: gzipServer(zipped.Bytes(), false)},
		{name: "exactly the limit", body: serve(exact, "application/json")},
		{name: "gzip under the limit", body: gzipServer(gzipBytes(t, exact), false)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := newTestServer(t, map[string]http.HandlerFunc{"GET /v1/boards/b/jobs": tc.body})
			opts := testOptions(t)
			opts.MaxBodyBytes = limit
			if tc.noGzip {
				opts.Client = &http.Client{Transport: &http.Transport{DisableCompression: true}}
			}
			r := crawlOne(t, opts, skillgap.Source{Name: "b", Kind: skillgap.Greenhouse, Board: "b", BaseURL: srv.URL}, "")
			if got := errors.Is(r.Err, ErrTooLarge); got != tc.tooBig {
				t.Fatalf("Err = %v; want ErrTooLarge %v", r.Err, tc.tooBig)
			}
			if !tc.tooBig && (r.Err != nil || !r.Complete) {
				t.Errorf("Err = %v, complete %v; want nil, true", r.Err, r.Complete)
			}
			if n := srv.count("/v1/boards/b/jobs"); n != 1 {
				t.Errorf("fetched %d times; want 1 (no retry)", n)
			}
			ae := srv.requests("/v1/boards/b/jobs")[0].header.Get("Accept-Encoding")
			if tc.zipAsks && !strings.Contains(ae, "gzip") {
				t.Errorf("Accept-Encoding = %q; want gzip", ae)
			}
		})
	}
}

func gzipBytes(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// gzipServer serves a gzip body; onlyIfAsked serves it only to a client that
// asked for gzip (else it answers 406).
func gzipServer(zipped []byte, onlyIfAsked bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if onlyIfAsked && !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			http.Error(w, "want gzip", http.StatusNotAcceptable)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(zipped)
	}
}

func TestRedirects(t *testing.T) {
	hop := func(n int) http.HandlerFunc { // n more hops, then the board
		return func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, fmt.Sprintf("/hop/%d", n), http.StatusFound)
		}
	}
	tests := []struct {
		name  string
		first http.HandlerFunc
		bad   bool
	}{
		{name: "five hops", first: hop(4)},
		{name: "six hops", first: hop(5), bad: true},
		{name: "loop", bad: true, first: func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "/loop", http.StatusMovedPermanently)
		}},
		{name: "to ftp", bad: true, first: func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "ftp://files.example/jobs.json", http.StatusFound)
		}},
		{name: "to file", bad: true, first: func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
		}},
	}
	board := fixture(t, "greenhouse.json")
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := newTestServer(t, map[string]http.HandlerFunc{
				"GET /v1/boards/b/jobs": tc.first,
				"GET /loop": func(w http.ResponseWriter, r *http.Request) {
					http.Redirect(w, r, "/v1/boards/b/jobs?content=true", http.StatusMovedPermanently)
				},
				"GET /hop/{n}": func(w http.ResponseWriter, r *http.Request) {
					var n int
					fmt.Sscan(r.PathValue("n"), &n)
					if n == 0 {
						w.Write(board)
						return
					}
					http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusFound)
				},
			})
			r := crawlOne(t, testOptions(t), skillgap.Source{Name: "b", Kind: skillgap.Greenhouse, Board: "b", BaseURL: srv.URL}, "")
			if got := errors.Is(r.Err, ErrBadRedirect); got != tc.bad {
				t.Fatalf("Err = %v; want ErrBadRedirect %v", r.Err, tc.bad)
			}
			if !tc.bad && len(r.Postings) != 2 {
				t.Errorf("got %d postings; want 2", len(r.Postings))
			}
			if n := len(srv.requests("")) - srv.count("/robots.txt"); n > 1+maxRedirects {
				t.Errorf("%d requests; want at most %d", n, 1+maxRedirects)
			}
		})
	}
}

func TestTimeout(t *testing.T) {
	block := func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	}
	srv := newTestServer(t, map[string]http.HandlerFunc{"GET /v1/boards/b/jobs": block})
	opts := testOptions(t)
	opts.Timeout, opts.Retries = 100*time.Millisecond, 1
	// robots.txt is answered without the network, so that a slow machine
	// cannot time it out instead of the board.
	opts.Client = &http.Client{Transport: noRobots{http.DefaultTransport}}
	r := crawlOne(t, opts, skillgap.Source{Name: "b", Kind: skillgap.Greenhouse, Board: "b", BaseURL: srv.URL}, "")
	var se *SourceError
	if !errors.As(r.Err, &se) || !errors.Is(r.Err, context.DeadlineExceeded) {
		t.Fatalf("Err = %v; want a SourceError wrapping context.DeadlineExceeded", r.Err)
	}
	if !strings.Contains(r.Err.Error(), "after 2 attempts") || r.Requests != 2 {
		t.Errorf("Err = %q after %d requests; want a retry, \"after 2 attempts\"", r.Err, r.Requests)
	}
}

// noRobots answers robots.txt with 404 itself and passes other requests on.
type noRobots struct{ next http.RoundTripper }

func (t noRobots) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.URL.Path != "/robots.txt" {
		return t.next.RoundTrip(req)
	}
	return &http.Response{StatusCode: http.StatusNotFound, Status: "404 Not Found", Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header: http.Header{}, Body: http.NoBody, ContentLength: 0, Request: req}, nil
}

func TestValidators(t *testing.T) {
	const date = "Mon, 04 May 2026 10:00:00 GMT"
	tests := []struct {
		prev, header string
	}{
		{"", ""},
		{"sha256:00ff", ""},
		{`"abc"`, "If-None-Match"},
		{`W/"abc"`, "If-None-Match"},
		{date, "If-Modified-Since"},
	}
	for _, tc := range tests {
		h := http.Header{}
		sent := conditional(h, tc.prev)
		got := slices.Sorted(func(yield func(string) bool) {
			for k := range h {
				yield(k)
			}
		})
		if sent != (tc.header != "") || (tc.header != "" && (!slices.Equal(got, []string{tc.header}) || h.Get(tc.header) != tc.prev)) {
			t.Errorf("conditional(%q) = %v, %v; want %q", tc.prev, sent, h, tc.header)
		}
	}
}

// TestCollyEnvironment checks that COLLY_* variables, which colly applies
// after every option, change nothing the crawler relies on.
func TestCollyEnvironment(t *testing.T) {
	for k, v := range map[string]string{
		"COLLY_USER_AGENT": "evil", "COLLY_IGNORE_ROBOTSTXT": "no", "COLLY_MAX_BODY_SIZE": "10",
		"COLLY_FOLLOW_REDIRECTS": "no", "COLLY_MAX_DEPTH": "1", "COLLY_MAX_REQUESTS": "1",
		"COLLY_ALLOWED_DOMAINS": "example.com", "COLLY_CACHE_DIR": t.TempDir(),
		"COLLY_PARSE_HTTP_ERROR_RESPONSE": "no", "COLLY_DISABLE_COOKIES": "yes",
	} {
		t.Setenv(k, v)
	}
	routes := boardRoutes(t)
	routes["GET /robots.txt"] = robotsFile("User-agent: *\nDisallow: /v0/\n")
	routes["GET /moved"] = func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/feeds/jobs.rss", http.StatusFound)
	}
	srv := newTestServer(t, routes)
	srcs := boardSources(srv.URL)
	srcs = append(srcs, skillgap.Source{Name: "moved", Kind: skillgap.Feed, URL: srv.URL + "/moved"})
	got := crawlAll(t, testOptions(t), srcs, nil)
	for _, src := range srcs {
		r := got[src.Name]
		if src.Kind == skillgap.Lever {
			if !errors.Is(r.Err, ErrRobots) {
				t.Errorf("%s: Err = %v; want ErrRobots", src.Name, r.Err)
			}
			continue
		}
		if r.Err != nil || len(r.Postings) == 0 {
			t.Errorf("%s: Err = %v, %d postings; want nil, some", src.Name, r.Err, len(r.Postings))
		}
	}
	if got["litware-site"].Requests != 5 || got["moved"].Requests != 1 {
		t.Errorf("site requests %d, moved requests %d; want 5, 1", got["litware-site"].Requests, got["moved"].Requests)
	}
	if n := srv.count("/feeds/jobs.rss"); n != 2 {
		t.Errorf("feed fetched %d times; want 2 (once through the redirect)", n)
	}
	for _, h := range srv.requests("") {
		if ua := h.header.Get("User-Agent"); ua != DefaultUserAgent {
			t.Fatalf("User-Agent = %q; want %q", ua, DefaultUserAgent)
		}
	}
}

func TestEndpoint(t *testing.T) {
	tests := []struct {
		src  skillgap.Source
		want string // "" means an error wrapping ErrBadSource
	}{
		{skillgap.Source{Kind: skillgap.Greenhouse, Board: "acme"}, "https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true&pay_transparency=true"},
		{skillgap.Source{Kind: skillgap.Lever, Board: "acme"}, "https://api.lever.co/v0/postings/acme?mode=json"},
		{skillgap.Source{Kind: skillgap.Ashby, Board: "acme"}, "https://api.ashbyhq.com/posting-api/job-board/acme?includeCompensation=true"},
		{skillgap.Source{Kind: skillgap.Greenhouse, Board: "acme", BaseURL: "http://127.0.0.1:8080"}, "http://127.0.0.1:8080/v1/boards/acme/jobs?content=true&pay_transparency=true"},
		{skillgap.Source{Kind: skillgap.Lever, Board: "acme", BaseURL: "http://mirror.test/lever/"}, "http://mirror.test/lever/v0/postings/acme?mode=json"},
		{skillgap.Source{Kind: skillgap.Ashby, Board: "a b/c"}, "https://api.ashbyhq.com/posting-api/job-board/a%20b%2Fc?includeCompensation=true"},
		{skillgap.Source{Kind: skillgap.Ashby, Board: "Forward Financing", BaseURL: "http://127.0.0.1:8080"}, "http://127.0.0.1:8080/posting-api/job-board/Forward%20Financing?includeCompensation=true"},
		{skillgap.Source{Kind: skillgap.Ashby, Board: "Café & Co?"}, "https://api.ashbyhq.com/posting-api/job-board/Caf%C3%A9%20&%20Co%3F?includeCompensation=true"},
		{skillgap.Source{Kind: skillgap.JSONLD, URL: "https://acme.example/careers#top"}, "https://acme.example/careers"},
		{skillgap.Source{Kind: skillgap.Feed, URL: "https://feeds.example/jobs.rss?x=1", BaseURL: "http://127.0.0.1:9"}, "http://127.0.0.1:9/jobs.rss?x=1"},
		{skillgap.Source{Kind: skillgap.Greenhouse}, ""},
		{skillgap.Source{Kind: skillgap.Feed, URL: "ftp://feeds.example/jobs.rss"}, ""},
		{skillgap.Source{Kind: skillgap.JSONLD, URL: "/careers"}, ""},
		{skillgap.Source{Kind: skillgap.Lever, Board: "acme", BaseURL: "javascript:alert(1)"}, ""},
		{skillgap.Source{Kind: "workday", Board: "acme"}, ""},
	}
	for _, tc := range tests {
		got, err := Endpoint(tc.src)
		if tc.want == "" {
			if !errors.Is(err, ErrBadSource) {
				t.Errorf("Endpoint(%+v) = %q, %v; want ErrBadSource", tc.src, got, err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("Endpoint(%+v) = %q, %v; want %q", tc.src, got, err, tc.want)
		}
	}
}
