package index

import (
	"encoding/json"
	"errors"
	"os"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/skillgap/skillgap"
)

// writeV1 writes postings into a new index at path in the layout of mapping
// version 1: the posting's JSON without its description in fJSON, the
// description in a stored field of its own, the duplicate mark in the JSON.
func writeV1(t *testing.T, path string, ps []skillgap.Posting, dupOf map[string]string) {
	t.Helper()
	doc := mapping.NewDocumentStaticMapping()
	keep := mapping.NewTextFieldMapping()
	keep.Index, keep.Store = false, true
	doc.AddFieldMappingsAt(fJSON, keep)
	doc.AddFieldMappingsAt(fDescription, keep)
	kw := mapping.NewKeywordFieldMapping()
	doc.AddFieldMappingsAt(fDupKey, kw)
	m := mapping.NewIndexMapping()
	m.DefaultMapping = doc
	bi, err := bleve.NewUsing(path, m, scorch.Name, scorch.Name, nil)
	if err != nil {
		t.Fatal(err)
	}
	b := bi.NewBatch()
	for _, p := range ps {
		desc := p.Description
		p.Description = ""
		js, _ := json.Marshal(stored{Posting: p, DupOf: dupOf[p.ID]})
		b.Index(p.ID, map[string]any{fJSON: string(js), fDescription: desc, fDupKey: dupKey(p)})
	}
	b.SetInternal([]byte(keyMapping), []byte("1"))
	b.SetInternal([]byte(keyCategories), []byte(`{"roadmapping":"strategy"}`))
	b.SetInternal([]byte(keyValidator+"acme"), []byte("v-old"))
	if err := bi.Batch(b); err != nil {
		t.Fatal(err)
	}
	if err := bi.Close(); err != nil {
		t.Fatal(err)
	}
}

func v1Postings() ([]skillgap.Posting, map[string]string) {
	a := posting("gh:acme:1", "acme", "Senior Product Manager, Payments")
	a.Posted, a.FirstSeen, a.LastSeen = day("2025-02-01"), day("2025-02-01"), day("2025-02-03")
	b := a
	b.ID, b.Source, b.Posted = "lever:acme:9", "acme-lever", day("2025-02-05")
	b.Description = "Own the payments roadmap with care."
	c := posting("gh:acme:2", "acme", "Product Owner")
	c.Posted, c.FirstSeen, c.LastSeen, c.Closed = day("2025-03-01"), day("2025-03-01"), day("2025-03-02"), day("2025-03-03")
	return []skillgap.Posting{a, b, c}, map[string]string{b.ID: a.ID}
}

func TestOpenMigratesVersion1(t *testing.T) {
	dir := t.TempDir()
	ps, dupOf := v1Postings()
	writeV1(t, Dir(dir), ps, dupOf)
	if _, err := OpenReadOnly(dir); !errors.Is(err, ErrMapping) {
		t.Fatalf("read-only open of a version 1 index: got %v; want ErrMapping", err)
	}
	idx, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	for _, want := range ps {
		got, ok, err := idx.getStored(want.ID)
		if err != nil || !ok {
			t.Fatalf("getStored(%s) = %v, %v", want.ID, ok, err)
		}
		if got.Description != want.Description || !got.FirstSeen.Equal(want.FirstSeen) || !got.Closed.Equal(want.Closed) {
			t.Errorf("%s after migration: %+v; want %+v", want.ID, got.Posting, want)
		}
		if got.DupOf != dupOf[want.ID] {
			t.Errorf("%s: dup of %q; want %q", want.ID, got.DupOf, dupOf[want.ID])
		}
	}
	res, err := idx.Search(t.Context(), "payments", Filter{}, 10)
	if err != nil || res.Total != 1 || len(res.Hits[0].Snippets) == 0 {
		t.Errorf("search after migration: %+v, %v; want the canonical payments posting with a snippet", res, err)
	}
	if n, err := idx.Count(t.Context(), Filter{Category: "strategy"}); err != nil || n != 2 {
		t.Errorf("postings in category strategy after migration: %d, %v; want 2 (3 less a duplicate; the old category map onto the mentions)", n, err)
	}
	if a, _, _ := idx.Get("gh:acme:1"); a.Skills[0].Category != "strategy" {
		t.Errorf("mention after migration: %+v; want category strategy", a.Skills[0])
	}
	if v, _ := idx.CrawlState("acme"); v != (skillgap.CrawlState{}) {
		t.Errorf("validator %q; want none (the next crawl fetches in full)", v)
	}
	for _, left := range []string{".new", ".old"} {
		if _, err := os.Stat(Dir(dir) + left); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("index%s left behind: %v", left, err)
		}
	}
}

// TestOpenRestoresKilledMigration: a migration killed between its renames
// leaves the old index beside the place; Open puts it back and migrates it.
func TestOpenRestoresKilledMigration(t *testing.T) {
	for _, state := range []string{"between renames", "after renames"} {
		t.Run(state, func(t *testing.T) {
			dir := t.TempDir()
			ps, dupOf := v1Postings()
			writeV1(t, Dir(dir)+".old", ps, dupOf)
			if state == "after renames" {
				if err := create(dir, Dir(dir)); err != nil { // the migrated index, in place
					t.Fatal(err)
				}
			} else if err := os.MkdirAll(Dir(dir)+".new", 0o755); err != nil {
				t.Fatal(err)
			}
			idx, err := Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer idx.Close()
			var ids []string
			idx.Each(t.Context(), func(p skillgap.Posting) error { ids = append(ids, p.ID); return nil })
			want := []string{"gh:acme:1", "gh:acme:2", "lever:acme:9"}
			if state == "after renames" {
				want = nil // the migrated index was in place; the old one is only removed
			}
			if !slices.Equal(ids, want) {
				t.Errorf("postings %q; want %q", ids, want)
			}
			if _, err := os.Stat(Dir(dir) + ".old"); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("index.old left behind: %v", err)
			}
		})
	}
}

// TestOpenMigratesVersion2 writes an index the way mapping version 2 did,
// with bleve's Porter-stemming "en" analyzer over the texts, and checks that
// Open rebuilds it: afterwards "experiment" no longer finds "experience".
func TestOpenMigratesVersion2(t *testing.T) {
	dir := t.TempDir()
	a := posting("gh:acme:1", "acme", "Product Manager, Growth")
	a.Description = "Design experiments every week."
	b := posting("gh:acme:2", "acme", "Product Manager, Platform")
	b.Description = "Experience with APIs."
	m := newMapping()
	for _, f := range []string{fTitle, fDescription} {
		m.DefaultMapping.Properties[f].Fields[0].Analyzer = "en"
	}
	bi, err := bleve.NewUsing(Dir(dir), m, scorch.Name, scorch.Name, nil)
	if err != nil {
		t.Fatal(err)
	}
	old := &Index{bi: bi, codec: newCodec()}
	if err := old.Put(t.Context(), []skillgap.Posting{a, b}); err != nil {
		t.Fatal(err)
	}
	if got := searchIDs(t, old, "experiment"); len(got) != 2 {
		t.Fatalf("the version 2 analyzer: experiment finds %q; want both (the bug the rebuild fixes)", got)
	}
	if err := errors.Join(bi.SetInternal([]byte(keyMapping), []byte("2")), bi.Close()); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenReadOnly(dir); !errors.Is(err, ErrMapping) {
		t.Fatalf("read-only open of a version 2 index: got %v; want ErrMapping", err)
	}
	idx, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	if v, _ := idx.bi.GetInternal([]byte(keyMapping)); string(v) != mappingVersion {
		t.Errorf("mapping version %q after Open; want %q", v, mappingVersion)
	}
	for q, want := range map[string][]string{"experiment": {a.ID}, "experience": {b.ID}} {
		if got := searchIDs(t, idx, q); !slices.Equal(got, want) {
			t.Errorf("after migration %q finds %q; want %q", q, got, want)
		}
	}
}

func searchIDs(t *testing.T, idx *Index, q string) []string {
	t.Helper()
	res, err := idx.Search(t.Context(), q, Filter{}, 10)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	slices.Sort(ids)
	return ids
}
