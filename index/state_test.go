package index

import (
	"testing"
	"time"

	"github.com/skillgap/skillgap"
)

func TestCrawlStateStored(t *testing.T) {
	idx := memIndex(t)
	want := skillgap.CrawlState{Fingerprint: "fb17fde57fc97f48", Validator: `"etag 1"`}
	if _, err := idx.ApplySource(t.Context(), "acme", nil, true, want, time.Now()); err != nil {
		t.Fatal(err)
	}
	if got, err := idx.CrawlState("acme"); err != nil || got != want {
		t.Errorf("CrawlState = %+v, %v; want %+v", got, err, want)
	}
	if got, err := idx.CrawlState("never-crawled"); err != nil || got != (skillgap.CrawlState{}) {
		t.Errorf("CrawlState of a source never crawled = %+v, %v; want zero", got, err)
	}
}

// TestCrawlStateLegacy: what data directories stored before crawl states had
// a type still reads.
func TestCrawlStateLegacy(t *testing.T) {
	for stored, want := range map[string]skillgap.CrawlState{
		"":                                       {},
		`"etag"`:                                 {Validator: `"etag"`},
		"sha256:00ff":                            {Validator: "sha256:00ff"},
		"cfg:fb17fde57fc97f48 sha256:00ff":       {Fingerprint: "fb17fde57fc97f48", Validator: "sha256:00ff"},
		`cfg:0123 Tue, 01 Apr 2025 10:00:00 GMT`: {Fingerprint: "0123", Validator: "Tue, 01 Apr 2025 10:00:00 GMT"},
		`{"fingerprint":"ab","validator":"v"}`:   {Fingerprint: "ab", Validator: "v"},
	} {
		got, err := decodeState([]byte(stored))
		if err != nil || got != want {
			t.Errorf("decodeState(%q) = %+v, %v; want %+v", stored, got, err, want)
		}
	}
	for _, st := range []skillgap.CrawlState{{}, {Validator: "cfg:x y"}, {Fingerprint: "f", Validator: "{"}} {
		b, err := encodeState(st)
		if err != nil {
			t.Fatal(err)
		}
		if got, err := decodeState(b); err != nil || got != st {
			t.Errorf("round trip of %+v: %+v, %v", st, got, err)
		}
	}
}
