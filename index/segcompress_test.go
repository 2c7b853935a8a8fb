package index

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/RoaringBitmap/roaring/v2"
	bindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
	zap "github.com/blevesearch/zapx/v17"
)

func TestCompressPiece(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 4000)
	for i := range random {
		random[i] = byte(r.IntN(256))
	}
	for name, data := range map[string][]byte{
		"empty":      {},
		"short":      []byte("abc"),
		"repetitive": bytes.Repeat([]byte{1, 7, 0, 0, 0}, 1000),
		"random":     random,
	} {
		p := compressPiece(data)
		got, err := decompressPiece(p)
		if err != nil || !bytes.Equal(got, data) {
			t.Errorf("%s: round trip gave %d bytes, %v", name, len(got), err)
		}
		if len(p) > len(data)+1 {
			t.Errorf("%s: %d bytes became %d", name, len(data), len(p))
		}
	}
	if p := compressPiece(bytes.Repeat([]byte{1, 7, 0, 0, 0}, 1000)); len(p) > 500 {
		t.Errorf("repetitive: 5000 bytes compressed to %d", len(p))
	}
	if _, err := decompressPiece([]byte{9, 1, 2}); err == nil {
		t.Error("a piece of unknown kind was read")
	}
}

// TestMergedSegmentsCompressed checks that zap writes a merged segment
// compressed, much smaller than raw, and reads it back.
func TestMergedSegmentsCompressed(t *testing.T) {
	idx := memIndex(t)
	ps, _ := synthPostings(1000, 5, 0)
	var docs []bindex.Document
	for _, p := range ps {
		d, err := idx.mapped(p, "")
		if err != nil {
			t.Fatal(err)
		}
		d.AddIDField() // as scorch's Batch does
		docs = append(docs, d)
	}
	var plugin zap.ZapPlugin
	seg, _, err := plugin.New(docs)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	merge := func(name string, raw bool) int64 {
		t.Helper()
		writeRawSegments.Store(raw)
		defer writeRawSegments.Store(false)
		path := filepath.Join(dir, name)
		if _, _, err := plugin.Merge([]segment.Segment{seg}, []*roaring.Bitmap{nil}, path, nil, nil); err != nil {
			t.Fatal(err)
		}
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		return fi.Size()
	}
	raw, compressed := merge("raw.zap", true), merge("compressed.zap", false)
	if compressed > raw*8/10 {
		t.Errorf("a merged segment takes %d bytes compressed, %d raw: want at most 80%%", compressed, raw)
	}
	// Both read back the same: stored postings, term locations, doc values.
	if r, c := dumpSegment(t, &plugin, filepath.Join(dir, "raw.zap")), dumpSegment(t, &plugin, filepath.Join(dir, "compressed.zap")); r != c {
		t.Errorf("the compressed segment reads differently from the raw one")
	} else if !strings.Contains(c, "discovery@") || !strings.Contains(c, fSeniority+"=") {
		t.Errorf("the segment dump misses what it was to compare:\n%.500s", c)
	}
}

// dumpSegment reads a segment file back: every posting's stored fields, the
// locations of a few terms of the description, and the doc values of a few
// fields, as text.
func dumpSegment(t *testing.T, plugin *zap.ZapPlugin, path string) string {
	t.Helper()
	s, err := plugin.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var b strings.Builder
	dv := s.(segment.DocValueVisitable)
	var state segment.DocVisitState
	for n := range s.Count() {
		err := s.VisitStoredFields(n, func(field string, _ byte, value []byte, _ []uint64) bool {
			fmt.Fprintf(&b, "%d %s %x\n", n, field, value)
			return true
		})
		if err != nil {
			t.Fatal(err)
		}
		state, err = dv.VisitDocValues(n, []string{fSeniority, fSkillFacet, fMonth}, func(field string, term []byte) {
			fmt.Fprintf(&b, "%d %s=%s\n", n, field, term)
		}, state)
		if err != nil {
			t.Fatal(err)
		}
	}
	dict, err := s.Dictionary(fDescription)
	if err != nil {
		t.Fatal(err)
	}
	for _, term := range []string{"discovery", "product", "pricing"} {
		pl, err := dict.PostingsList([]byte(term), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		it := pl.Iterator(true, true, true, nil)
		for {
			p, err := it.Next()
			if err != nil {
				t.Fatal(err)
			}
			if p == nil {
				break
			}
			for _, l := range p.Locations() {
				fmt.Fprintf(&b, "%s@%d:%d ", term, p.Number(), l.Pos())
			}
		}
	}
	return b.String()
}

// TestRawSegmentsRead checks that an index written before segments were
// compressed (raw segments) opens, reads, takes new postings and merges its
// raw segments with compressed ones.
func TestRawSegmentsRead(t *testing.T) {
	ps, _ := synthPostings(1200, 3, 0)
	build := func(dir string, raw bool, parts ...[]int) {
		t.Helper()
		writeRawSegments.Store(raw)
		defer writeRawSegments.Store(false)
		idx, err := Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, part := range parts {
			if err := idx.Put(t.Context(), ps[part[0]:part[1]]); err != nil {
				t.Fatal(err)
			}
		}
		if err := idx.Close(); err != nil {
			t.Fatal(err)
		}
	}
	// Raw segments, then new postings in many small batches, so that scorch
	// merges raw segments into compressed ones.
	mixed := t.TempDir()
	build(mixed, true, []int{0, 600})
	var parts [][]int
	for i := 600; i < 1200; i += 50 {
		parts = append(parts, []int{i, i + 50})
	}
	build(mixed, false, parts...)
	idx, err := OpenReadOnly(mixed)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	want := map[string]bool{}
	for _, p := range ps {
		want[p.ID] = true
	}
	if n, err := idx.Count(t.Context(), Filter{}); err != nil || n != len(want) {
		t.Fatalf("count %d, %v; want %d", n, err, len(want))
	}
	for _, p := range []int{0, 599, 600, 1199} {
		got, ok, err := idx.Get(ps[p].ID)
		if err != nil || !ok || got.Description != ps[p].Description {
			t.Errorf("get %s: ok %v, %v", ps[p].ID, ok, err)
		}
	}
	res, err := idx.Search(t.Context(), `"product discovery"`, Filter{}, 5)
	if err != nil || res.Total == 0 || len(res.Hits[0].Snippets) == 0 {
		t.Errorf("search: %v, %d matches", err, res.Total)
	}
}
