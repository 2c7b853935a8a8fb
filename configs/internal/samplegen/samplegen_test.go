package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// TestCommittedMarketIsCurrent fails when configs/demo differs from what the
// generator writes: run `go generate ./configs` and commit the result.
func TestCommittedMarketIsCurrent(t *testing.T) {
	m, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("..", "..", "demo")
	seen := map[string]bool{}
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		name := filepath.ToSlash(rel)
		seen[name] = true
		want, ok := m.files[name]
		if !ok {
			t.Errorf("%s is committed but not generated", name)
			return nil
		}
		got, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the generator's output; run go generate ./configs", name)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range m.paths() {
		if !seen[name] {
			t.Errorf("%s is generated but not committed", name)
		}
	}
}

func TestGenerateIsDeterministic(t *testing.T) {
	a, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	b, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	if len(a.files) != len(b.files) {
		t.Fatalf("two runs wrote %d and %d files; want the same", len(a.files), len(b.files))
	}
	for name, want := range a.files {
		if !bytes.Equal(b.files[name], want) {
			t.Errorf("%s differs between two runs", name)
		}
	}
}

func TestWriteReplacesOldMarket(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, "site", "v0", "postings", "gone.json")
	if err := os.MkdirAll(filepath.Dir(stale), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(stale, []byte("[]"), 0o644); err != nil {
		t.Fatal(err)
	}
	keep := filepath.Join(dir, "keep.txt")
	if err := os.WriteFile(keep, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	if err := m.write(dir); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("stale board: got %v; want it removed", err)
	}
	if _, err := os.Stat(keep); err != nil {
		t.Errorf("unrelated file: got %v; want it kept", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "sources.json")); err != nil {
		t.Errorf("sources.json: %v", err)
	}
}
