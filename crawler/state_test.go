package crawler

import (
	"net/http"
	"testing"

	"github.com/skillgap/skillgap"
)

// TestCrawlState: a board fetched with a stored state is skipped as unchanged
// only when the state's fingerprint is the source's configuration now; a
// changed source or title filter fetches it in full.
func TestCrawlState(t *testing.T) {
	body := fixture(t, "greenhouse.json")
	srv := newTestServer(t, map[string]http.HandlerFunc{
		"GET /v1/boards/northwind/jobs": func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("If-None-Match") == `"v1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", `"v1"`)
			serve(body, "application/json")(w, r)
		},
	})
	src := skillgap.Source{Name: "nw", Kind: skillgap.Greenhouse, Board: "northwind", BaseURL: srv.URL}
	crawl := func(opts Options, src skillgap.Source, prev skillgap.CrawlState) Result {
		t.Helper()
		c, err := New(opts)
		if err != nil {
			t.Fatal(err)
		}
		var got Result
		err = c.Crawl(t.Context(), []skillgap.Source{src}, func(string) skillgap.CrawlState { return prev }, func(r Result) error {
			got = r
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	first := crawl(testOptions(t), src, skillgap.CrawlState{})
	st := first.State()
	if st.Validator != `"v1"` || st.Fingerprint == "" || len(first.Postings) == 0 {
		t.Fatalf("first crawl: state %+v, %d postings; want the ETag, a fingerprint and postings", st, len(first.Postings))
	}
	if again := crawl(testOptions(t), src, st); !again.NotModified || again.State() != st {
		t.Errorf("same configuration: not modified %v, state %+v; want true, %+v", again.NotModified, again.State(), st)
	}
	changed := src
	changed.Exclude = []string{"^intern"}
	filtered := testOptions(t)
	filtered.Include = []string{"analyst"}
	for name, tc := range map[string]struct {
		opts Options
		src  skillgap.Source
	}{
		"source changed":       {testOptions(t), changed},
		"title filter changed": {filtered, src},
	} {
		r := crawl(tc.opts, tc.src, st)
		if r.NotModified || len(r.Postings) == 0 || r.Fingerprint == st.Fingerprint {
			t.Errorf("%s: not modified %v, %d postings, fingerprint %q; want fetched in full under a new fingerprint",
				name, r.NotModified, len(r.Postings), r.Fingerprint)
		}
	}
	if r := crawl(testOptions(t), src, skillgap.CrawlState{Validator: st.Validator}); r.NotModified {
		t.Error("a validator stored without a fingerprint was used; want the board fetched in full")
	}
}

// TestFingerprintStable: the digest is the one stored before fingerprints
// had a type (as "cfg:<hex> <validator>"), so that old data directories keep
// their validators.
func TestFingerprintStable(t *testing.T) {
	src := skillgap.Source{Name: "acme", Kind: skillgap.Lever, Board: "acme"}
	if got, want := fingerprint(src, nil, nil), "fb17fde57fc97f48"; got != want {
		t.Errorf("fingerprint = %s; want %s", got, want)
	}
}
