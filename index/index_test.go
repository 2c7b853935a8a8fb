package index

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
)

func day(s string) time.Time {
	t, err := time.Parse(skillgap.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

func posting(id, source, title string) skillgap.Posting {
	return skillgap.Posting{ID: id, Source: source, SourceKind: "greenhouse", Company: "Acme", Title: title,
		Locations: []string{"London, UK"}, Description: "Own the roadmap.",
		Skills: []skillgap.SkillMention{{SkillID: "roadmapping", Level: skillgap.Required}}}
}

func mustGet(t *testing.T, idx *Index, id string) skillgap.Posting {
	t.Helper()
	p, ok, err := idx.Get(id)
	if err != nil || !ok {
		t.Fatalf("Get(%s) = %v, %v", id, ok, err)
	}
	return p
}

func apply(t *testing.T, idx *Index, source string, ps []skillgap.Posting, complete bool, now time.Time) Change {
	t.Helper()
	ch, err := idx.ApplySource(t.Context(), source, ps, complete, skillgap.CrawlState{Validator: "v-" + now.Format(skillgap.DateLayout)}, now)
	if err != nil {
		t.Fatal(err)
	}
	return ch
}

func TestApplySourceLifecycle(t *testing.T) {
	idx := memIndex(t)
	a, b := posting("gh:acme:1", "acme", "Product Manager"), posting("gh:acme:2", "acme", "Senior Product Manager")
	d1, d2, d3, d4 := day("2025-03-01"), day("2025-03-02"), day("2025-03-03"), day("2025-03-04")

	steps := []struct {
		name     string
		ps       []skillgap.Posting
		complete bool
		now      time.Time
		want     Change
	}{
		{"first crawl", []skillgap.Posting{a, b}, true, d1, Change{New: 2}},
		{"same day again", []skillgap.Posting{a, b}, true, d1.Add(time.Hour), Change{Unchanged: 2}},
		{"next day, b edited", []skillgap.Posting{a, withDescription(b, "Own the strategy.")}, true, d2, Change{Unchanged: 1, Updated: 1}},
		{"partial crawl misses b", []skillgap.Posting{a}, false, d3, Change{Unchanged: 1}},
		{"complete crawl misses b", []skillgap.Posting{a}, true, d3, Change{Unchanged: 1, Closed: 1}},
		{"b is back", []skillgap.Posting{a, b}, true, d4, Change{Unchanged: 1, Reopened: 1}},
	}
	for _, s := range steps {
		if got := apply(t, idx, "acme", s.ps, s.complete, s.now); got != s.want {
			t.Fatalf("%s: got %+v; want %+v", s.name, got, s.want)
		}
		if s.name == "same day again" {
			if got := mustGet(t, idx, a.ID); !got.LastSeen.Equal(d1) {
				t.Errorf("same-day crawl rewrote a: LastSeen %v; want %v", got.LastSeen, d1)
			}
		}
		if s.name == "complete crawl misses b" {
			if got := mustGet(t, idx, b.ID); !got.Closed.Equal(d3) {
				t.Errorf("closed b: Closed = %v; want %v", got.Closed, d3)
			}
			if n, _ := idx.Count(t.Context(), Filter{OpenOnly: true}); n != 1 {
				t.Errorf("open postings %d; want 1", n)
			}
		}
	}
	got := mustGet(t, idx, b.ID)
	if !got.FirstSeen.Equal(d1) || !got.LastSeen.Equal(d4) || !got.Closed.IsZero() {
		t.Errorf("b seen %v–%v closed %v; want %v–%v open", got.FirstSeen, got.LastSeen, got.Closed, d1, d4)
	}
	if got.Description != b.Description {
		t.Errorf("b description %q; want %q", got.Description, b.Description)
	}
	if got := mustGet(t, idx, a.ID); !got.FirstSeen.Equal(d1) || !got.LastSeen.Equal(d4) {
		t.Errorf("a seen %v–%v; want %v–%v", got.FirstSeen, got.LastSeen, d1, d4)
	}
	if v, _ := idx.CrawlState("acme"); v.Validator != "v-2025-03-04" {
		t.Errorf("validator %q; want v-2025-03-04", v)
	}
}

func withDescription(p skillgap.Posting, d string) skillgap.Posting {
	p.Description = d
	return p
}

func TestApplySourceKeepsOtherSources(t *testing.T) {
	idx := memIndex(t)
	apply(t, idx, "acme", []skillgap.Posting{posting("gh:acme:1", "acme", "PM")}, true, day("2025-01-01"))
	apply(t, idx, "globex", []skillgap.Posting{posting("gh:globex:1", "globex", "Director of Product")}, true, day("2025-01-02"))
	if got := apply(t, idx, "globex", nil, true, day("2025-01-03")); got != (Change{Closed: 1}) {
		t.Errorf("got %+v; want one closed", got)
	}
	if p := mustGet(t, idx, "gh:acme:1"); !p.Open() {
		t.Error("another source's complete crawl closed acme's posting")
	}
}

func TestApplySourceFailsWhole(t *testing.T) {
	idx := memIndex(t)
	apply(t, idx, "acme", []skillgap.Posting{posting("gh:acme:1", "acme", "PM")}, true, day("2025-01-01"))
	bad := []skillgap.Posting{posting("gh:acme:2", "acme", "PM 2"), posting("", "acme", "no id")}
	if _, err := idx.ApplySource(t.Context(), "acme", bad, true, skillgap.CrawlState{Validator: "v-new"}, day("2025-01-02")); err == nil {
		t.Fatal("posting without id: got no error")
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := idx.ApplySource(ctx, "acme", bad[:1], true, skillgap.CrawlState{Validator: "v-new"}, day("2025-01-02")); !errors.Is(err, context.Canceled) {
		t.Fatalf("canceled: got %v; want context.Canceled", err)
	}
	if v, _ := idx.CrawlState("acme"); v.Validator != "v-2025-01-01" {
		t.Errorf("validator %q after failed applies; want the old one", v)
	}
	if _, ok, _ := idx.Get("gh:acme:2"); ok {
		t.Error("failed apply wrote a posting")
	}
	if p := mustGet(t, idx, "gh:acme:1"); !p.Open() {
		t.Error("failed apply closed a posting")
	}
}

func TestValidatorDurableWithPostings(t *testing.T) {
	dir := t.TempDir()
	if _, err := OpenReadOnly(dir); !errors.Is(err, ErrNoIndex) {
		t.Fatalf("OpenReadOnly on empty dir: got %v; want ErrNoIndex", err)
	}
	idx, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	apply(t, idx, "acme", []skillgap.Posting{posting("gh:acme:1", "acme", "PM")}, true, day("2025-01-01"))
	if err := idx.Close(); err != nil {
		t.Fatal(err)
	}
	ro, err := OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if v, _ := ro.CrawlState("acme"); v.Validator != "v-2025-01-01" {
		t.Errorf("validator %q; want v-2025-01-01", v)
	}
	if _, ok, _ := ro.Get("gh:acme:1"); !ok {
		t.Error("posting missing after reopen")
	}
	if l, _ := ro.Latest(t.Context()); !l.Equal(day("2025-01-01")) {
		t.Errorf("Latest %v; want 2025-01-01", l)
	}
}

func TestDuplicatesAcrossSources(t *testing.T) {
	idx := memIndex(t)
	gh := posting("gh:acme:1", "acme-gh", "Senior Product Manager, Payments")
	gh.Posted = day("2025-02-10")
	lv := posting("lever:acme:9", "acme-lever", "Senior Product Manager - Payments")
	lv.Company = "ACME Inc."
	lv.Posted = day("2025-02-01") // earlier: becomes the canonical one when it arrives

	apply(t, idx, "acme-gh", []skillgap.Posting{gh}, true, day("2025-02-10"))
	apply(t, idx, "acme-lever", []skillgap.Posting{lv}, true, day("2025-02-11"))
	res, err := idx.Search(t.Context(), "", Filter{}, 10)
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 1 || res.Hits[0].ID != lv.ID {
		t.Fatalf("got %d hits %v; want only %s", res.Total, res.Hits, lv.ID)
	}
	total, counts, _ := idx.SkillCounts(t.Context(), Filter{})
	if total != 1 || len(counts) != 1 || counts[0].Postings != 1 {
		t.Errorf("SkillCounts = %d, %+v; want the job once", total, counts)
	}
	// A third source, 40 days later: a new job, not a duplicate.
	late := posting("ashby:acme:3", "acme-ashby", gh.Title)
	late.Posted = day("2025-03-20")
	apply(t, idx, "acme-ashby", []skillgap.Posting{late}, true, day("2025-03-20"))
	if n, _ := idx.Count(t.Context(), Filter{}); n != 2 {
		t.Errorf("Count %d; want 2", n)
	}
	// Every copy is still stored.
	var ids []string
	idx.Each(t.Context(), func(p skillgap.Posting) error { ids = append(ids, p.ID); return nil })
	if len(ids) != 3 {
		t.Errorf("Each gave %q; want 3 postings", ids)
	}
}

func TestAssignDups(t *testing.T) {
	m := func(id, src, d string) dupMember { return dupMember{ID: id, Source: src, Date: day(d)} }
	tests := []struct {
		name    string
		members []dupMember
		want    map[string]string
	}{
		{"two sources", []dupMember{m("b", "s2", "2025-01-05"), m("a", "s1", "2025-01-01")}, map[string]string{"a": "", "b": "a"}},
		{"same source twice is two jobs", []dupMember{m("a", "s1", "2025-01-01"), m("b", "s1", "2025-01-02")}, map[string]string{"a": "", "b": ""}},
		{"beyond 30 days", []dupMember{m("a", "s1", "2025-01-01"), m("b", "s2", "2025-02-15")}, map[string]string{"a": "", "b": ""}},
		{"two openings on two boards", []dupMember{m("a", "s1", "2025-01-01"), m("b", "s1", "2025-01-03"),
			m("c", "s2", "2025-01-04"), m("d", "s2", "2025-01-05")}, map[string]string{"a": "", "b": "", "c": "a", "d": "b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := assignDups(tt.members); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v; want %v", got, tt.want)
			}
		})
	}
}

func TestDupKey(t *testing.T) {
	a := skillgap.Posting{Company: "Acme Labs, Inc.", Title: "Senior PM – Payments", Locations: []string{"London, UK", "Remote"}}
	b := skillgap.Posting{Company: "ACME LABS", Title: "senior pm payments", Locations: []string{"remote", "london uk"}}
	if dupKey(a) != dupKey(b) {
		t.Errorf("dupKey %q != %q", dupKey(a), dupKey(b))
	}
	b.Locations = []string{"Berlin"}
	if dupKey(a) == dupKey(b) {
		t.Error("different locations share a dup key")
	}
}

func TestEachRoundTrip(t *testing.T) {
	idx := memIndex(t)
	ps, _ := synthPostings(1200, 7, 0.05)
	if err := idx.Put(t.Context(), ps); err != nil {
		t.Fatal(err)
	}
	want := map[string]skillgap.Posting{}
	for _, p := range ps {
		want[p.ID] = p
	}
	n := 0
	err := idx.Each(t.Context(), func(p skillgap.Posting) error {
		n++
		if !reflect.DeepEqual(p, want[p.ID]) {
			t.Fatalf("posting %s does not round-trip:\ngot  %+v\nwant %+v", p.ID, p, want[p.ID])
		}
		return nil
	})
	if err != nil || n != len(ps) {
		t.Errorf("Each: %d postings, %v; want %d", n, err, len(ps))
	}
}

// TestCategoriesOnMentions: a posting's categories come from its mentions;
// a data directory written before mentions carried them keeps its stored
// category map for the postings it rewrites.
func TestCategoriesOnMentions(t *testing.T) {
	dir := t.TempDir()
	idx, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	p := posting("gh:acme:1", "acme", "PM")
	p.Skills[0].Category = "strategy"
	apply(t, idx, "acme", []skillgap.Posting{p}, true, day("2025-01-01"))
	if n, err := idx.Count(t.Context(), Filter{Category: "strategy"}); err != nil || n != 1 {
		t.Errorf("Count(category strategy) = %d, %v; want 1", n, err)
	}
	// An older skillgap stored a category map beside postings without categories.
	if err := idx.bi.SetInternal([]byte(keyCategories), []byte(`{"roadmapping":"strategy"}`)); err != nil {
		t.Fatal(err)
	}
	idx.Close()
	idx, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	apply(t, idx, "globex", []skillgap.Posting{posting("gh:globex:1", "globex", "Senior PM")}, true, day("2025-01-02"))
	if n, err := idx.Count(t.Context(), Filter{Category: "strategy"}); err != nil || n != 2 {
		t.Errorf("Count(category strategy) with an old category map = %d, %v; want 2", n, err)
	}
}
