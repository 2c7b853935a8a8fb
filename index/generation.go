package index

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
)

// An index on disk is two things:
//
//   - DATA/index: the working index, which only the writer opens. Every batch
//     is durable there when it returns (scorch's own atomic, fsynced batches);
//     after a kill the next writer goes on from it.
//   - DATA/committed: the generations readers open. After each write the writer
//     copies the working index's state into a new generation, gNNNNNNNN,
//     sharing its immutable segment files by hard link (copying where links
//     fail), and commits it by renaming a new CURRENT file over the old one.
//     Readers open the generation CURRENT names and keep it until they close.
//
// A generation is built as gNNNNNNNN.tmp and renamed once complete, and CURRENT
// is written beside and renamed, each after an fsync: CURRENT only ever names a
// complete generation, so a process killed at any moment leaves readers the
// last committed state, and a validator reaches readers only with its postings.

// committedDir is where the generations and CURRENT live in a data directory.
func committedDir(dataDir string) string { return filepath.Join(dataDir, "committed") }

const (
	currentFile = "CURRENT"
	genPrefix   = "g"
	tmpSuffix   = ".tmp"
)

func genName(n int) string { return fmt.Sprintf("%s%08d", genPrefix, n) }

// parseGen returns the number of generation directory name, ok false for
// anything else (CURRENT, a .tmp being built).
func parseGen(name string) (int, bool) {
	if !strings.HasPrefix(name, genPrefix) {
		return 0, false
	}
	n, err := strconv.Atoi(name[len(genPrefix):])
	return n, err == nil && n > 0
}

// readCurrent returns the generation CURRENT names in dataDir, "" when
// nothing was committed yet.
func readCurrent(dataDir string) (string, error) {
	b, err := os.ReadFile(filepath.Join(committedDir(dataDir), currentFile))
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("read committed generation: %w", err)
	}
	name := strings.TrimSpace(string(b))
	if _, ok := parseGen(name); !ok {
		return "", fmt.Errorf("read committed generation: %s holds %q", currentFile, name)
	}
	return name, nil
}

// startGenerations makes idx, just opened in dataDir for writing, the
// writer of its generations. It commits the working index at once unless it
// was just created where nothing was committed: readers then see what a
// writer killed after a batch (before its commit) left, or an index an
// earlier version wrote.
func (idx *Index) startGenerations(dataDir string, fresh bool) error {
	gens, _, err := generations(dataDir)
	if err != nil {
		return err
	}
	if len(gens) > 0 {
		idx.gen = gens[len(gens)-1]
	}
	idx.dataDir = dataDir
	if cur, err := readCurrent(dataDir); err != nil || (fresh && cur == "") {
		return err
	}
	return idx.commit(nil, 0)
}

// lazyCommit is how often Put commits when called in a row (a bulk build):
// a commit costs a few milliseconds, several fsyncs.
const lazyCommit = time.Second

// beginWrite counts a write and reports its start.
func (idx *Index) beginWrite(ctx context.Context) (WriteTrace, int) {
	idx.writes++
	t := traceOf(ctx)
	t.step(idx.writes, StepStart)
	return t, idx.writes
}

// batchFailed notes that a batch failed: bleve may hold its segment in
// memory, unwritten (a full disk), so nothing is committed after it.
func (idx *Index) batchFailed(err error) error {
	if idx.failed == nil {
		idx.failed = err
	}
	return err
}

// batchWritten notes a batch of write n durable in the working index.
func (idx *Index) batchWritten(t WriteTrace, n int) {
	idx.dirty = true
	t.step(n, StepBatch)
}

// endWrite commits write n. With lazy, it leaves the commit to a later
// write or Close when the last commit is less than lazyCommit old.
func (idx *Index) endWrite(t WriteTrace, n int, lazy bool) error {
	if !idx.dirty || lazy && time.Since(idx.committed) < lazyCommit {
		return nil
	}
	if err := idx.commit(t, n); err != nil {
		return err
	}
	t.step(n, StepCommit)
	return nil
}

// commit makes the working index's state the one readers open: a new
// generation, then CURRENT. It does nothing for an index without a data
// directory (in memory, read-only, or being rebuilt).
func (idx *Index) commit(trace WriteTrace, write int) error {
	if idx.dataDir == "" {
		return nil
	}
	if idx.failed != nil {
		return fmt.Errorf("commit: not after a failed write: %w", idx.failed)
	}
	dir := committedDir(idx.dataDir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	idx.gen++
	name := genName(idx.gen)
	tmp := filepath.Join(dir, name+tmpSuffix)
	if err := idx.snapshot(tmp); err != nil {
		return fmt.Errorf("commit generation %s: %w", name, err)
	}
	trace.step(write, StepBuild)
	if err := os.Rename(tmp, filepath.Join(dir, name)); err != nil {
		return fmt.Errorf("commit generation %s: %w", name, err)
	}
	trace.step(write, StepSnapshot)
	if err := writeFileAtomic(dir, currentFile, []byte(name+"\n")); err != nil {
		return fmt.Errorf("commit generation %s: %w", name, err)
	}
	idx.dirty, idx.committed = false, time.Now()
	idx.removeGenerations(idx.gen - 1) // the one before stays for readers that read CURRENT just now
	return nil
}

// snapshot writes the working index's state into the new directory tmp:
// its segments linked, its root and metadata copied, everything fsynced.
func (idx *Index) snapshot(tmp string) error {
	if err := os.RemoveAll(tmp); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(tmp, "store"), 0o755); err != nil {
		return err
	}
	c, ok := idx.bi.(bleve.IndexCopyable)
	if !ok {
		return fmt.Errorf("index %T cannot be copied", idx.bi)
	}
	d := &linkDir{from: Dir(idx.dataDir), to: tmp}
	err := c.CopyTo(d)
	if err = errors.Join(err, d.err); err != nil {
		return err
	}
	return errors.Join(syncPath(filepath.Join(tmp, "store", "root.bolt")),
		syncDir(filepath.Join(tmp, "store")), syncDir(tmp))
}

// linkDir is the bleve directory a snapshot is copied into. Segment files
// are immutable once written, so they are hard-linked from the working
// index (copied where the file system refuses links); the root and the
// metadata, which the writer rewrites, are written anew.
type linkDir struct {
	from, to string
	err      error // the first error of a file bleve closes without looking
}

// GetWriter returns where bleve writes file (relative to the index). For a
// segment the working index holds, it links the file and returns nil, which
// bleve takes as "skip".
func (d *linkDir) GetWriter(file string) (io.WriteCloser, error) {
	dst := filepath.Join(d.to, file)
	if filepath.Ext(file) == ".zap" {
		src := filepath.Join(d.from, file)
		if _, err := os.Stat(src); err == nil {
			if err := linkOrCopy(src, dst); err != nil {
				return nil, err
			}
			return nil, nil
		}
	}
	f, err := os.OpenFile(dst, os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return nil, err
	}
	if filepath.Base(file) == "root.bolt" {
		return f, nil // bleve wants the *os.File, reopens it as bolt and syncs it
	}
	return &syncFile{File: f, err: &d.err}, nil
}

// syncFile fsyncs on Close and keeps the first error where the caller does
// not look (bleve ignores the metadata writer's Close).
type syncFile struct {
	*os.File
	err *error
}

func (f *syncFile) Close() error {
	err := errors.Join(f.File.Sync(), f.File.Close())
	if err != nil && *f.err == nil {
		*f.err = err
	}
	return err
}

// linkOrCopy hard-links src to dst, or copies it (fsynced) where links fail.
func linkOrCopy(src, dst string) error {
	if err := os.Link(src, dst); err == nil {
		return nil
	}
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	_, err = io.Copy(out, in)
	return errors.Join(err, out.Sync(), out.Close())
}

// writeFileAtomic writes name in dir by writing name.tmp, fsyncing it and
// renaming it over name, then fsyncing dir.
func writeFileAtomic(dir, name string, b []byte) error {
	tmp := filepath.Join(dir, name+tmpSuffix)
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(b)
	if err = errors.Join(err, f.Sync(), f.Close()); err != nil {
		return err
	}
	if err := os.Rename(tmp, filepath.Join(dir, name)); err != nil {
		return err
	}
	return syncDir(dir)
}

// syncPath fsyncs the file at path.
func syncPath(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	return errors.Join(f.Sync(), f.Close())
}

// generations lists the committed generations' numbers in dataDir, in
// order, and the names of anything else that is not CURRENT (generations
// being built when a writer died).
func generations(dataDir string) (gens []int, other []string, err error) {
	ents, err := os.ReadDir(committedDir(dataDir))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	for _, e := range ents {
		if n, ok := parseGen(e.Name()); ok {
			gens = append(gens, n)
		} else if e.Name() != currentFile {
			other = append(other, e.Name())
		}
	}
	slices.Sort(gens)
	return gens, other, nil
}

// removeGenerations removes, best effort, the committed generations below
// keep that no reader holds, and what dead writers left half-built. A
// generation is held while a reader has it open (its root's shared lock); on
// Windows an open file cannot be removed either, and a generation that is
// left is tried again at the next commit.
func (idx *Index) removeGenerations(keep int) {
	gens, other, err := generations(idx.dataDir)
	if err != nil {
		return
	}
	dir := committedDir(idx.dataDir)
	for _, n := range gens {
		if n < keep {
			removeUnheld(filepath.Join(dir, genName(n)))
		}
	}
	for _, name := range other {
		os.RemoveAll(filepath.Join(dir, name))
	}
}

// removeUnheld removes generation directory gen unless a reader holds it:
// with the root's lock taken exclusively it renames the directory to a name
// no reader looks for, then removes that. A reader that read CURRENT before
// the generation was superseded and opens it now fails, and opens CURRENT
// again.
func removeUnheld(gen string) {
	if runtime.GOOS == "windows" {
		// Windows refuses to rename a directory while any file in it is open,
		// a reader's included (and would refuse ours too): the rename itself
		// tells whether the generation is held.
		if os.Rename(gen, gen+".old") == nil {
			os.RemoveAll(gen + ".old")
		}
		return
	}
	f, err := os.Open(filepath.Join(gen, "store", "root.bolt"))
	if err == nil {
		err = tryLock(f, true)
		if err == nil {
			err = os.Rename(gen, gen+".old")
		}
		f.Close()
	} else if errors.Is(err, fs.ErrNotExist) {
		err = os.Rename(gen, gen+".old") // no root: nothing can hold it
	}
	if err == nil {
		os.RemoveAll(gen + ".old")
	}
}
