package configs

import (
	"bytes"
	"testing"
	"time"
)

func TestSourcesStatus(t *testing.T) {
	t0 := time.Date(2026, 12, 6, 9, 0, 0, 0, time.UTC)
	var s SourcesStatus
	if done := s.Begin(t0, 6*time.Hour, true, []string{"a", "b", "c"}); len(done) != 0 {
		t.Errorf("first run resumes %v; want nothing", done)
	}
	s.Record("a", "ashby", t0.Add(time.Minute), 3, 7, false, "")
	s.Record("b", "lever", t0.Add(2*time.Minute), 0, 0, false, "GET x: 404")
	// Interrupted here: c never crawled, the run never finished.
	var buf bytes.Buffer
	if err := WriteSourcesStatus(&buf, s); err != nil {
		t.Fatal(err)
	}
	back, err := LoadSourcesStatus(&buf, "sources-status.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if a, _ := back.Get("a"); a.Postings != 10 || a.ProductPostings != 3 || !a.LastCrawl.Equal(t0.Add(time.Minute)) {
		t.Errorf("got %+v; want 10 postings, 3 product, crawled at %v", a, t0.Add(time.Minute))
	}
	if !back.Interrupted() {
		t.Error("the run that never finished is not interrupted")
	}
	done := back.Begin(t0.Add(time.Hour), 6*time.Hour, true, []string{"a", "b", "c"})
	if !done["a"] || done["b"] || done["c"] || !back.Run.Started.Equal(t0) {
		t.Errorf("resume: got %v, started %v; want only a done, the start kept", done, back.Run.Started)
	}
	// An unchanged board keeps its figures; a failure keeps them and its error.
	back.Record("a", "ashby", t0.Add(2*time.Hour), 0, 0, true, "")
	back.Record("a", "ashby", t0.Add(3*time.Hour), 0, 0, false, "timeout")
	if a, _ := back.Get("a"); a.Postings != 10 || !a.Failed || a.LastError != "timeout" {
		t.Errorf("got %+v; want the figures kept and the error", a)
	}
	back.Record("a", "ashby", t0.Add(4*time.Hour), 2, 1, false, "")
	if a, _ := back.Get("a"); a.Postings != 3 || a.Failed || a.LastError != "timeout" {
		t.Errorf("got %+v; want new figures, not failed, the earlier error kept", a)
	}
	// Too old to resume, or asked not to: a fresh run.
	if done := back.Begin(t0.Add(7*time.Hour), 6*time.Hour, true, []string{"a"}); len(done) != 0 || !back.Run.Started.Equal(t0.Add(7*time.Hour)) {
		t.Errorf("stale run resumed: %v", done)
	}
}
