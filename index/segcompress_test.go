package index

import (
	"bytes"
	"io/fs"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
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

// TestSegmentsCompressed checks that new segments are compressed, and that
// an index written before segments were (raw segments) opens, reads, takes
// new postings and merges old segments with new ones.
func TestSegmentsCompressed(t *testing.T) {
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
	raw, compressed := t.TempDir(), t.TempDir()
	build(raw, true, []int{0, 1200})
	build(compressed, false, []int{0, 1200})
	if r, c := zapSize(t, raw), zapSize(t, compressed); c > r*85/100 {
		t.Errorf("segments take %d bytes compressed, %d raw: want at most 85%%", c, r)
	}

	// An index of raw segments, then new postings in many small batches,
	// so that scorch merges raw segments with compressed ones.
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

// zapSize is the size of the committed generation's segment files (the
// working index may hold a merge done after the commit).
func zapSize(t *testing.T, dir string) int64 {
	t.Helper()
	var n int64
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".zap") && strings.Contains(path, string(filepath.Separator)+"committed"+string(filepath.Separator)) {
			fi, err := d.Info()
			if err == nil {
				n += fi.Size()
			}
			return err
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}
