package crawler_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/configs"
	"github.com/skillgap/skillgap/crawler"
)

// get fetches u from a test server without following redirects.
func get(t *testing.T, method, u string, header http.Header) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequestWithContext(t.Context(), method, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header[k] = v
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, u, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("%s %s: read body: %v", method, u, err)
	}
	return resp, string(b)
}

func demoTestFS() fstest.MapFS {
	file := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }
	return fstest.MapFS{
		"v1/boards/acme/jobs.json":              file(`{"jobs":[],"meta":{"total":0}}`),
		"v0/postings/acme.json":                 file(`[]`),
		"posting-api/job-board/acme.json":       file(`{"apiVersion":"1","jobs":[]}`),
		"careers/acme/index.html":               file(`<a href="jobs/pm.html">PM</a>`),
		"careers/acme/jobs/pm.html":             file(`<h1>PM</h1>`),
		"feeds/pm.xml":                          file(`<rss version="2.0"><channel></channel></rss>`),
		"careers/empty/jobs/orphan.html":        file(`<h1>orphan</h1>`),
		"v1/boards/other/jobs.json":             file(`{"jobs":[{"id":1}],"meta":{"total":1}}`),
		"posting-api/job-board/weird name.json": file(`{}`),
	}
}

func TestDemoHandler(t *testing.T) {
	srv := httptest.NewServer(crawler.DemoHandler(demoTestFS()))
	t.Cleanup(srv.Close)
	tests := []struct {
		name, method, path string
		status             int
		contentType        string // prefix
		body               string // substring
		location           string
	}{
		{"greenhouse", "GET", "/v1/boards/acme/jobs?content=true", 200, "application/json", `"meta"`, ""},
		{"lever", "GET", "/v0/postings/acme?mode=json", 200, "application/json", "[]", ""},
		{"ashby", "GET", "/posting-api/job-board/acme?includeCompensation=true", 200, "application/json", `"apiVersion"`, ""},
		{"escaped board", "GET", "/posting-api/job-board/weird%20name", 200, "application/json", "{}", ""},
		{"file by its own name", "GET", "/v0/postings/acme.json", 200, "application/json", "[]", ""},
		{"listing", "GET", "/careers/acme/", 200, "text/html", "jobs/pm.html", ""},
		{"listing without slash", "GET", "/careers/acme?x=1", 301, "", "", "/careers/acme/"},
		{"job page", "GET", "/careers/acme/jobs/pm.html", 200, "text/html", "<h1>PM</h1>", ""},
		{"feed", "GET", "/feeds/pm.xml", 200, "application/rss+xml", "<rss", ""},
		{"feed without extension", "GET", "/feeds/pm", 200, "application/rss+xml", "<rss", ""},
		{"robots", "GET", "/robots.txt", 200, "text/plain", "Allow: /", ""},
		{"head", "HEAD", "/v0/postings/acme", 200, "application/json", "", ""},
		{"unknown board", "GET", "/v1/boards/nobody/jobs?content=true", 404, "", "", ""},
		{"unknown path", "GET", "/nope", 404, "", "", ""},
		{"directory without index", "GET", "/careers/empty/", 404, "", "", ""},
		{"directory without index or slash", "GET", "/careers/empty", 404, "", "", ""},
		{"root", "GET", "/", 404, "", "", ""},
		{"dot dot", "GET", "/careers/../../v0/postings/acme.json", 200, "application/json", "[]", ""},
		{"post", "POST", "/feeds/pm.xml", 405, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := get(t, tt.method, srv.URL+tt.path, nil)
			if resp.StatusCode != tt.status {
				t.Fatalf("%s %s: got status %d; want %d", tt.method, tt.path, resp.StatusCode, tt.status)
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, tt.contentType) {
				t.Errorf("Content-Type: got %q; want %q…", ct, tt.contentType)
			}
			if !strings.Contains(body, tt.body) {
				t.Errorf("body: got %q; want it to contain %q", body, tt.body)
			}
			if tt.method == "HEAD" && body != "" {
				t.Errorf("HEAD body: got %q; want none", body)
			}
			if loc := resp.Header.Get("Location"); loc != tt.location {
				t.Errorf("Location: got %q; want %q", loc, tt.location)
			}
			if tt.status == 200 && resp.Header.Get("ETag") == "" {
				t.Errorf("no ETag on %s", tt.path)
			}
		})
	}
}

func TestDemoHandlerETag(t *testing.T) {
	srv := httptest.NewServer(crawler.DemoHandler(demoTestFS()))
	t.Cleanup(srv.Close)
	first, _ := get(t, "GET", srv.URL+"/v1/boards/acme/jobs", nil)
	etag := first.Header.Get("ETag")
	if !strings.HasPrefix(etag, `"`) || !strings.HasSuffix(etag, `"`) || len(etag) < 10 {
		t.Fatalf("ETag: got %q; want a quoted strong validator", etag)
	}
	again, _ := get(t, "GET", srv.URL+"/v1/boards/acme/jobs?content=true", nil)
	if got := again.Header.Get("ETag"); got != etag {
		t.Errorf("ETag of the same file: got %q, then %q; want them equal", etag, got)
	}
	other, _ := get(t, "GET", srv.URL+"/v1/boards/other/jobs", nil)
	if other.Header.Get("ETag") == etag {
		t.Errorf("ETag: two different files both got %q", etag)
	}
	resp, body := get(t, "GET", srv.URL+"/v1/boards/acme/jobs?content=true", http.Header{"If-None-Match": {etag}})
	if resp.StatusCode != http.StatusNotModified || body != "" {
		t.Errorf("If-None-Match with the current ETag: got %d with %d bytes; want 304 and no body", resp.StatusCode, len(body))
	}
	resp, _ = get(t, "GET", srv.URL+"/v1/boards/acme/jobs", http.Header{"If-None-Match": {`"stale"`}})
	if resp.StatusCode != http.StatusOK {
		t.Errorf("If-None-Match with a stale ETag: got %d; want 200", resp.StatusCode)
	}
}

// endpoint is the first URL a crawler fetches for a source of the sample market,
// built as the real APIs' paths under the source's base_url.
func endpoint(t *testing.T, s skillgap.Source) string {
	t.Helper()
	switch s.Kind {
	case skillgap.Greenhouse:
		return s.BaseURL + "/v1/boards/" + url.PathEscape(s.Board) + "/jobs?content=true"
	case skillgap.Lever:
		return s.BaseURL + "/v0/postings/" + url.PathEscape(s.Board) + "?mode=json"
	case skillgap.Ashby:
		return s.BaseURL + "/posting-api/job-board/" + url.PathEscape(s.Board) + "?includeCompensation=true"
	case skillgap.JSONLD, skillgap.Feed:
		return s.URL
	}
	t.Fatalf("source %s: unknown kind %q", s.Name, s.Kind)
	return ""
}

// TestDemoMarketServed serves the embedded sample market and fetches every
// source's endpoint, and every page its career sites link to on the same host.
func TestDemoMarketServed(t *testing.T) {
	srv := httptest.NewServer(crawler.DemoHandler(configs.DemoFS()))
	t.Cleanup(srv.Close)
	want := map[string]string{
		skillgap.Greenhouse: "application/json", skillgap.Lever: "application/json", skillgap.Ashby: "application/json",
		skillgap.JSONLD: "text/html", skillgap.Feed: "application/rss+xml",
	}
	href := regexp.MustCompile(`href="([^"]+)"`)
	srcs := configs.DemoSources(srv.URL)
	if len(srcs) < 12 {
		t.Errorf("sources: got %d; want at least 12", len(srcs))
	}
	pages := 0
	for _, s := range srcs {
		u := endpoint(t, s)
		resp, body := get(t, "GET", u, nil)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("source %s: GET %s: got %d; want 200", s.Name, u, resp.StatusCode)
			continue
		}
		if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, want[s.Kind]) {
			t.Errorf("source %s: Content-Type %q; want %s", s.Name, ct, want[s.Kind])
		}
		if s.Kind != skillgap.JSONLD {
			continue
		}
		base, _ := url.Parse(u)
		for _, m := range href.FindAllStringSubmatch(body, -1) {
			link, err := base.Parse(m[1])
			if err != nil || link.Host != base.Host {
				continue
			}
			if r, _ := get(t, "GET", link.String(), nil); r.StatusCode != http.StatusOK {
				t.Errorf("source %s: link %s: got %d; want 200", s.Name, link, r.StatusCode)
			}
			pages++
		}
	}
	if pages < 60 {
		t.Errorf("career-site pages reached from the listings: got %d; want at least 60", pages)
	}
	if resp, body := get(t, "GET", srv.URL+"/robots.txt", nil); resp.StatusCode != 200 || !strings.Contains(body, "Allow: /") {
		t.Errorf("robots.txt: got %d %q; want 200 allowing everything", resp.StatusCode, body)
	}
	if resp, _ := get(t, "GET", srv.URL+"/v1/boards/no-such-board/jobs?content=true", nil); resp.StatusCode != http.StatusNotFound {
		t.Errorf("unknown board: got %d; want 404", resp.StatusCode)
	}
}
