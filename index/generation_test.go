package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
)

// ids returns the ids of the postings in idx, in order.
func ids(t *testing.T, idx *Index) []string {
	t.Helper()
	var out []string
	if err := idx.Each(t.Context(), func(p skillgap.Posting) error {
		out = append(out, p.ID)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

// readIDs opens dataDir read-only, as a read command does, and returns its ids.
func readIDs(t *testing.T, dataDir string) []string {
	t.Helper()
	r, err := OpenReadOnly(dataDir)
	if err != nil {
		t.Fatalf("open for reading: %v", err)
	}
	defer r.Close()
	return ids(t, r)
}

func numbered(from, to int) []skillgap.Posting {
	var ps []skillgap.Posting
	for i := from; i < to; i++ {
		ps = append(ps, posting(fmt.Sprintf("gh:acme:%03d", i), "acme", "Product Manager"))
	}
	return ps
}

// write applies ps as one crawl of source acme would, committing at once.
func write(ctx context.Context, t *testing.T, idx *Index, ps []skillgap.Posting) {
	t.Helper()
	if _, err := idx.ApplySources(ctx, []SourceUpdate{{Source: "acme", Postings: ps}}, time.Now()); err != nil {
		t.Fatal(err)
	}
}

func idsOf(ps []skillgap.Posting) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.ID)
	}
	slices.Sort(out)
	return out
}

// TestReadDuringWrite: readers opened while the writer has the index open,
// and in the middle of a write, see the last committed state; once the write
// returns, new readers see it, and a reader opened before keeps its state.
func TestReadDuringWrite(t *testing.T) {
	dir := t.TempDir()
	lock, err := LockDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Unlock()
	w, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	first, second := numbered(0, 3), numbered(3, 5)
	if err := w.Put(t.Context(), first); err != nil {
		t.Fatal(err)
	}
	want1, want2 := idsOf(first), idsOf(append(slices.Clone(first), second...))
	if got := readIDs(t, dir); !slices.Equal(got, want1) {
		t.Fatalf("reader while the writer is open: %v; want %v", got, want1)
	}
	before, err := OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer before.Close()

	seen := map[WriteStep][]string{}
	ctx := WithWriteTrace(t.Context(), func(_ int, step WriteStep) {
		if step != StepCommit {
			seen[step] = readIDs(t, dir)
		}
	})
	write(ctx, t, w, second)
	for _, step := range []WriteStep{StepStart, StepBatch, StepBuild, StepSnapshot} {
		if got := seen[step]; !slices.Equal(got, want1) {
			t.Errorf("reader opened at step %s of a write: %v; want the committed %v", step, got, want1)
		}
	}
	if got := readIDs(t, dir); !slices.Equal(got, want2) {
		t.Errorf("reader after the write: %v; want %v", got, want2)
	}
	if got := ids(t, before); !slices.Equal(got, want1) {
		t.Errorf("reader opened before the write: %v; want its own state %v", got, want1)
	}
}

// TestCrashMidGeneration: a writer that dies after a batch, before its
// commit, and leaves a generation half built and a CURRENT.tmp half written,
// leaves readers the last committed state; the next writer goes on from its
// working index, commits it and clears what was left.
func TestCrashMidGeneration(t *testing.T) {
	dir := t.TempDir()
	w, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	first, second := numbered(0, 2), numbered(2, 4)
	if err := w.Put(t.Context(), first); err != nil {
		t.Fatal(err)
	}
	// Die right after the batch: no commit, no Close (which would commit).
	putKilled(t, w, second)
	w.bi.Close() // the operating system would release the files
	committed := committedDir(dir)
	half := filepath.Join(committed, genName(w.gen+1)+tmpSuffix)
	if err := os.MkdirAll(filepath.Join(half, "store"), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(half, "store", "root.bolt"), []byte("torn"), 0o600)
	os.WriteFile(filepath.Join(committed, currentFile+tmpSuffix), []byte("g0"), 0o644)

	want1, want2 := idsOf(first), idsOf(append(slices.Clone(first), second...))
	if got := readIDs(t, dir); !slices.Equal(got, want1) {
		t.Fatalf("reader after the crash: %v; want the committed %v", got, want1)
	}
	w2, err := Open(dir)
	if err != nil {
		t.Fatalf("writer after the crash: %v", err)
	}
	if got := ids(t, w2); !slices.Equal(got, want2) {
		t.Errorf("writer after the crash: %v; want the batch it wrote %v", got, want2)
	}
	if got := readIDs(t, dir); !slices.Equal(got, want2) {
		t.Errorf("reader after the next writer opened: %v; want %v", got, want2)
	}
	if err := w2.Close(); err != nil {
		t.Fatal(err)
	}
	gens, other, err := generations(dir)
	if err != nil || len(gens) != 1 || len(other) != 0 {
		t.Errorf("committed/ after the writer closed: generations %v, other %v, %v; want one generation", gens, other, err)
	}
}

// TestOldLayout: a data directory written before generations (the working
// index alone) is read as it is, and committed by the first writer.
func TestOldLayout(t *testing.T) {
	dir := t.TempDir()
	w, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ps := numbered(0, 3)
	if err := w.Put(t.Context(), ps); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(committedDir(dir)); err != nil {
		t.Fatal(err)
	}
	if got := readIDs(t, dir); !slices.Equal(got, idsOf(ps)) {
		t.Fatalf("reader of the old layout: %v; want %v", got, idsOf(ps))
	}
	w, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if cur, err := readCurrent(dir); err != nil || cur == "" {
		t.Fatalf("CURRENT after a writer opened the old layout: %q, %v", cur, err)
	}
	if got := readIDs(t, dir); !slices.Equal(got, idsOf(ps)) {
		t.Errorf("reader after the upgrade: %v; want %v", got, idsOf(ps))
	}
}

// TestGenerationsRemoved: superseded generations go once no reader holds
// them; one a reader holds stays, and the reader goes on reading it.
func TestGenerationsRemoved(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("open files cannot be removed on Windows: the held generation is kept either way")
	}
	dir := t.TempDir()
	w, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Put(t.Context(), numbered(0, 1)); err != nil {
		t.Fatal(err)
	}
	held, err := OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	heldGen := w.gen
	for i := 1; i < 5; i++ {
		write(context.Background(), t, w, numbered(i, i+1))
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	gens, _, err := generations(dir)
	if err != nil {
		t.Fatal(err)
	}
	if want := []int{heldGen, w.gen}; !slices.Equal(gens, want) {
		t.Errorf("generations after close: %v; want the held %d and the last %d", gens, heldGen, w.gen)
	}
	if got := ids(t, held); len(got) != 1 {
		t.Errorf("held reader reads %v; want its one posting", got)
	}
	if got := readIDs(t, dir); len(got) != 5 {
		t.Errorf("new reader reads %d postings; want 5", len(got))
	}
}

// TestFirstWriteUncommitted: while a first crawl holds the lock and has
// committed nothing, readers are told who writes.
func TestFirstWriteUncommitted(t *testing.T) {
	dir := t.TempDir()
	lock, err := LockDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Unlock()
	w, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := OpenReadOnly(dir); err == nil {
		t.Fatal("reader before the first commit: no error")
	}
	if err := w.Put(t.Context(), numbered(0, 1)); err != nil {
		t.Fatal(err)
	}
	if got := readIDs(t, dir); len(got) != 1 {
		t.Errorf("reader after the first commit: %v; want one posting", got)
	}
}

// TestLazyPut: Puts in a row commit at most once a second; Close commits the
// rest.
func TestLazyPut(t *testing.T) {
	dir := t.TempDir()
	w, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	first, second := numbered(0, 2), numbered(2, 3)
	for _, ps := range [][]skillgap.Posting{first, second} {
		if err := w.Put(t.Context(), ps); err != nil {
			t.Fatal(err)
		}
	}
	if got := readIDs(t, dir); !slices.Equal(got, idsOf(first)) {
		t.Errorf("reader after two Puts in a row: %v; want the first's %v", got, idsOf(first))
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	all := idsOf(append(slices.Clone(first), second...))
	if got := readIDs(t, dir); !slices.Equal(got, all) {
		t.Errorf("reader after Close: %v; want %v", got, all)
	}
}
