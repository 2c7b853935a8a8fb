package crawler

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	skillgap "github.com/skillgap/skillgap"
)

func TestRetryAfterHeader(t *testing.T) {
	now := time.Date(2026, 5, 4, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		value string
		want  time.Duration
		ok    bool
	}{
		{"", 0, false},
		{"0", 0, true},
		{"7", 7 * time.Second, true},
		{" 120 ", 2 * time.Minute, true},
		{"-3", 0, false},
		{"soon", 0, false},
		{"99999999999", 24 * time.Hour, true},
		{"Mon, 04 May 2026 10:00:30 GMT", 30 * time.Second, true},
		{"Monday, 04-May-26 10:01:00 GMT", time.Minute, true},
		{"Mon May  4 10:00:05 2026", 5 * time.Second, true},
		{"Mon, 04 May 2026 09:00:00 GMT", 0, true},
	}
	for _, tc := range tests {
		got, ok := retryAfter(http.Header{"Retry-After": {tc.value}}, now)
		if got != tc.want || ok != tc.ok {
			t.Errorf("retryAfter(%q) = %v, %v; want %v, %v", tc.value, got, ok, tc.want, tc.ok)
		}
	}
}

func TestBackoff(t *testing.T) {
	for _, limit := range []time.Duration{30 * time.Millisecond, time.Minute} {
		for attempt := range 40 {
			full := min(limit, baseBackoff<<min(attempt, 20))
			for range 20 {
				if d := backoff(attempt, limit); d < full/2 || d > full {
					t.Fatalf("backoff(%d, %v) = %v; want in [%v, %v]", attempt, limit, d, full/2, full)
				}
			}
		}
	}
}

func TestRetryWait(t *testing.T) {
	now := time.Now()
	limit := 50 * time.Millisecond
	h := http.Header{"Retry-After": {"3600"}}
	if got := retryWait(h, 0, limit, now); got != limit {
		t.Errorf("Retry-After 3600 capped = %v; want %v", got, limit)
	}
	if got := retryWait(http.Header{"Retry-After": {"0"}}, 5, limit, now); got != 0 {
		t.Errorf("Retry-After 0 = %v; want 0", got)
	}
}

// flaky answers the first fails requests with code and header, then serves body.
func flaky(fails int, code int, header http.Header, body []byte) http.HandlerFunc {
	var n atomic.Int32
	return func(w http.ResponseWriter, r *http.Request) {
		if int(n.Add(1)) <= fails {
			for k, v := range header {
				w.Header()[k] = v
			}
			http.Error(w, http.StatusText(code), code)
			return
		}
		w.Write(body)
	}
}

func TestRetries(t *testing.T) {
	const backoffCap = 60 * time.Millisecond
	board := fixture(t, "greenhouse.json")
	later := func() string { return time.Now().Add(time.Hour).UTC().Format(http.TimeFormat) }
	tests := []struct {
		name     string
		handler  http.HandlerFunc
		requests int
		status   int           // 0: success
		minGap   time.Duration // between the first two requests
	}{
		{name: "429 Retry-After seconds", handler: flaky(1, 429, http.Header{"Retry-After": {"1"}}, board), requests: 2, minGap: backoffCap},
		{name: "503 Retry-After date", handler: flaky(1, 503, http.Header{"Retry-After": {later()}}, board), requests: 2, minGap: backoffCap},
		{name: "503 backoff", handler: flaky(2, 503, nil, board), requests: 3, minGap: baseBackoffIn(backoffCap) / 2},
		{name: "502 retried", handler: flaky(1, 502, nil, board), requests: 2},
		{name: "504 retried", handler: flaky(1, 504, nil, board), requests: 2},
		{name: "503 storm", handler: flaky(100, 503, nil, board), requests: 4, status: 503},
		{name: "429 storm", handler: flaky(100, 429, http.Header{"Retry-After": {"0"}}, board), requests: 4, status: 429},
		{name: "500 not retried", handler: flaky(1, 500, nil, board), requests: 1, status: 500},
		{name: "404 not retried", handler: flaky(1, 404, nil, board), requests: 1, status: 404},
		// Go's transport itself retries a GET once on a reused connection
		// that died, so the server may see more requests than we count.
		{name: "connection reset", handler: hangUp(3, board), requests: -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := newTestServer(t, map[string]http.HandlerFunc{"GET /v1/boards/b/jobs": tc.handler})
			opts := testOptions(t)
			opts.Retries, opts.MaxBackoff = 3, backoffCap
			src := skillgap.Source{Name: "b", Kind: skillgap.Greenhouse, Board: "b", BaseURL: srv.URL}
			r := crawlOne(t, opts, src, "")
			if tc.requests < 0 {
				if n := srv.count("/v1/boards/b/jobs"); r.Requests < 2 || r.Requests > n {
					t.Errorf("requests = %d (server saw %d); want a retry", r.Requests, n)
				}
			} else if r.Requests != tc.requests || srv.count("/v1/boards/b/jobs") != tc.requests {
				t.Errorf("requests = %d (server saw %d); want %d", r.Requests, srv.count("/v1/boards/b/jobs"), tc.requests)
			}
			if tc.status == 0 {
				if r.Err != nil || len(r.Postings) != 2 {
					t.Errorf("Err = %v, %d postings; want nil, 2", r.Err, len(r.Postings))
				}
			} else {
				var se *SourceError
				if !errors.As(r.Err, &se) || se.Status != tc.status || !errors.Is(r.Err, ErrStatus) {
					t.Fatalf("Err = %v; want a SourceError with status %d", r.Err, tc.status)
				}
				want := fmt.Sprintf("source b: GET %s/v1/boards/b/jobs?content=true&pay_transparency=true: %d %s", srv.URL, tc.status, http.StatusText(tc.status))
				if tc.requests > 1 {
					want += fmt.Sprintf(" after %d attempts", tc.requests)
				}
				if r.Err.Error() != want {
					t.Errorf("Error() = %q; want %q", r.Err, want)
				}
			}
			if hits := srv.requests("/v1/boards/b/jobs"); tc.minGap > 0 && len(hits) > 1 {
				if g := hits[1].at.Sub(hits[0].at); g < tc.minGap*9/10 {
					t.Errorf("first retry after %v; want >= %v", g, tc.minGap)
				}
			}
		})
	}
}

// baseBackoffIn is the first backoff before jitter under limit.
func baseBackoffIn(limit time.Duration) time.Duration { return min(baseBackoff, limit) }

// hangUp closes the connection without an answer for the first fails requests.
func hangUp(fails int, body []byte) http.HandlerFunc {
	var n atomic.Int32
	return func(w http.ResponseWriter, r *http.Request) {
		if int(n.Add(1)) <= fails {
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				if tc, ok := conn.(*net.TCPConn); ok {
					tc.SetLinger(0) // RST rather than FIN
				}
				conn.Close()
			}
			return
		}
		w.Write(body)
	}
}

// FuzzRetryAfter checks that any Retry-After value gives a wait that is not
// negative, or no wait at all.
func FuzzRetryAfter(f *testing.F) {
	for _, s := range []string{"0", "120", "-1", "Mon, 04 May 2026 10:00:30 GMT", "soon", "9999999999999999999999"} {
		f.Add(s)
	}
	now := time.Date(2026, 5, 4, 10, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, v string) {
		d, ok := retryAfter(http.Header{"Retry-After": {v}}, now)
		if d < 0 || (!ok && d != 0) {
			t.Fatalf("retryAfter(%q) = %v, %v", v, d, ok)
		}
	})
}
