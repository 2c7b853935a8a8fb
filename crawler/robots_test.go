package crawler

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"
	"time"

	skillgap "github.com/skillgap/skillgap"
	"github.com/temoto/robotstxt"
)

func robotsFile(body string) http.HandlerFunc {
	return serve([]byte(body), "text/plain")
}

func robotsStatus(code int) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { http.Error(w, "robots", code) }
}

func TestRobots(t *testing.T) {
	const board = "/v1/boards/b0/jobs"
	tests := []struct {
		name    string
		robots  http.HandlerFunc // nil: no route, 404
		blocked bool             // want ErrRobots for both sources, and no board request
	}{
		{name: "missing", robots: nil},
		{name: "404", robots: robotsStatus(http.StatusNotFound)},
		{name: "410", robots: robotsStatus(http.StatusGone)},
		{name: "403 means allowed", robots: robotsStatus(http.StatusForbidden)},
		{name: "empty", robots: robotsFile("")},
		{name: "allows us", robots: robotsFile("User-agent: *\nDisallow: /\n\nUser-agent: skillgap\nAllow: /\n")},
		{name: "disallows us", blocked: true, robots: robotsFile("User-agent: *\nAllow: /\n\nUser-agent: skillgap\nDisallow: /v1/\n")},
		{name: "disallows everyone", blocked: true, robots: robotsFile("User-agent: *\nDisallow: /\n")},
		{name: "disallows with wildcard", blocked: true, robots: robotsFile("User-agent: SkillGap\nDisallow: /*/boards/\n")},
		{name: "500", blocked: true, robots: robotsStatus(http.StatusInternalServerError)},
		{name: "503", blocked: true, robots: robotsStatus(http.StatusServiceUnavailable)},
		{name: "429", blocked: true, robots: robotsStatus(http.StatusTooManyRequests)},
		{name: "timeout", blocked: true, robots: func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-time.After(10 * time.Second):
			}
		}},
		{name: "unreadable lines are skipped", blocked: true, robots: robotsFile("Disallow: /nothing\nUser-agent: *\nCrawl-delay: soon\nDisallow: /v1/\n")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var extra map[string]http.HandlerFunc
			if tc.robots != nil {
				extra = map[string]http.HandlerFunc{"GET /robots.txt": tc.robots}
			}
			srv, srcs := boards(t, 2, fixture(t, "greenhouse.json"), extra, nil)
			opts := testOptions(t)
			if tc.name == "timeout" {
				opts.Timeout = 200 * time.Millisecond
			}
			got := crawlAll(t, opts, srcs, nil)
			for _, src := range srcs {
				r := got[src.Name]
				if errors.Is(r.Err, ErrRobots) != tc.blocked {
					t.Errorf("%s: Err = %v; want ErrRobots %v", src.Name, r.Err, tc.blocked)
				}
				if !tc.blocked && (r.Err != nil || len(r.Postings) != 2) {
					t.Errorf("%s: Err = %v, %d postings; want nil, 2", src.Name, r.Err, len(r.Postings))
				}
			}
			if tc.blocked && srv.count(board) != 0 {
				t.Errorf("board fetched %d times; want 0", srv.count(board))
			}
			if n := srv.count("/robots.txt"); n != 1 {
				t.Errorf("robots.txt fetched %d times; want 1", n)
			}
		})
	}
}

func TestRobotsUnreachable(t *testing.T) {
	dead := httptest.NewServer(http.NotFoundHandler())
	base := dead.URL
	dead.Close() // connections are refused from here on
	opts := testOptions(t)
	r := crawlOne(t, opts, skillgap.Source{Name: "dead", Kind: skillgap.Lever, Board: "x", BaseURL: base}, "")
	if !errors.Is(r.Err, ErrUnreachable) || errors.Is(r.Err, ErrRobots) || r.Requests != 0 {
		t.Errorf("Err = %v after %d requests; want ErrUnreachable, not ErrRobots, after 0", r.Err, r.Requests)
	}
	if got := Reason(r.Err); got != ReasonUnreachable {
		t.Errorf("Reason = %q; want %q", got, ReasonUnreachable)
	}
}

func TestRobotsCrawlDelay(t *testing.T) {
	const delay = 50 * time.Millisecond
	extra := map[string]http.HandlerFunc{
		"GET /robots.txt": robotsFile("User-agent: *\nDisallow: /private\n\nUser-agent: skillgap\nCrawl-delay: 0.05\nDisallow: /private\n"),
	}
	srv, srcs := boards(t, 3, fixture(t, "greenhouse.json"), extra, nil)
	opts := testOptions(t)
	opts.Sources, opts.Parallelism = 3, 3 // Delay is off: only Crawl-delay spaces requests
	for name, r := range crawlAll(t, opts, srcs, nil) {
		if r.Err != nil {
			t.Errorf("%s: %v", name, r.Err)
		}
	}
	hits := srv.requests("")
	if len(hits) != 4 {
		t.Fatalf("got %d requests; want 4", len(hits))
	}
	for i, g := range gaps(hits) {
		if g < delay*9/10 {
			t.Errorf("gap %d = %v; want >= %v", i, g, delay)
		}
	}
}

func TestRobotsSiteLinks(t *testing.T) {
	routes := boardRoutes(t)
	routes["GET /robots.txt"] = robotsFile("User-agent: *\nDisallow: /careers/jobs/eng-\n")
	srv := newTestServer(t, routes)
	r := crawlOne(t, testOptions(t), skillgap.Source{Name: "site", Kind: skillgap.JSONLD, URL: srv.URL + "/careers/"}, "")
	if r.Err != nil || !r.Complete || r.Dropped != 0 || len(r.Postings) != 3 {
		t.Errorf("err %v, complete %v, dropped %d, %d postings; want nil, true, 0, 3", r.Err, r.Complete, r.Dropped, len(r.Postings))
	}
	if n := srv.count("/careers/jobs/eng-2.html"); n != 0 {
		t.Errorf("disallowed page fetched %d times", n)
	}
}

func TestRobotsAgent(t *testing.T) {
	tests := map[string]string{
		DefaultUserAgent: "skillgap",
		"SkillGap-Acme/2.0 (+https://acme.example/bot)":              "skillgap-acme",
		"Mozilla/5.0 (compatible; skillgap/0.1; +https://x.example)": "skillgap",
	}
	for ua, want := range tests {
		if got := robotsAgent(ua); got != want {
			t.Errorf("robotsAgent(%q) = %q; want %q", ua, got, want)
		}
	}
}

func TestSanitizeRobots(t *testing.T) {
	in := "Disallow: /early\nUser-agent: *\nCrawl-delay: later\nCrawl-delay: 2\nDisallow: /private # comment\n"
	if _, err := robotstxt.FromString(in); err == nil {
		t.Fatal("robotstxt accepts the input; the test needs one it rejects")
	}
	data, err := robotstxt.FromBytes(sanitizeRobots([]byte(in)))
	if err != nil {
		t.Fatalf("sanitized: %v", err)
	}
	g := data.FindGroup("skillgap")
	got := []bool{g.Test("/early"), g.Test("/private/x"), g.Test("/public")}
	if want := []bool{true, false, true}; !slices.Equal(got, want) || g.CrawlDelay != 2*time.Second {
		t.Errorf("allowed /early, /private/x, /public = %v, crawl-delay %v; want %v, 2s", got, g.CrawlDelay, want)
	}
}

// FuzzRobots checks that any robots.txt is read without panicking, and that
// what sanitizeRobots keeps still parses whenever it parsed before.
func FuzzRobots(f *testing.F) {
	for _, s := range []string{"", "User-agent: *\nDisallow: /\n", "Disallow: /x\nUser-agent: a\nCrawl-delay: x\n",
		"User-agent: skillgap\nCrawl-delay: 1e400\nAllow: /*.json$\n", "\xff\xfe#\n:"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		_, before := robotstxt.FromBytes(body)
		data, after := robotstxt.FromBytes(sanitizeRobots(body))
		if before == nil && after != nil {
			t.Fatalf("sanitizing broke a valid robots.txt: %v", after)
		}
		if after == nil {
			data.FindGroup("skillgap").Test("/v1/boards/x/jobs?content=true")
		}
	})
}
