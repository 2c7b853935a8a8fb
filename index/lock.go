package index

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// ErrInUse is returned when another skillgap process writes the data directory.
var ErrInUse = errors.New("data directory in use")

// errLockBusy is what tryLock returns when another process holds a
// conflicting lock on the file.
var errLockBusy = errors.New("lock held by another process")

// Lock is the exclusive write lock on a data directory, held by the one
// process that writes it (a crawl or a reindex).
type Lock struct{ f *os.File }

// LockDir takes the write lock of data directory dir without waiting: a
// second writer gets "data directory in use: DIR is being written by pid N"
// at once instead of hanging. The operating system drops the lock when the
// process dies, even by kill -9. Readers go on reading the last committed
// state while it is held (OpenReadOnly); they wait only for a data directory's
// first commit.
func LockDir(dir string) (*Lock, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create data directory: %w", err)
	}
	path := filepath.Join(dir, "lock")
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock data directory: %w", err)
	}
	if err := tryLock(f, true); err != nil {
		f.Close()
		if errors.Is(err, errLockBusy) {
			return nil, fmt.Errorf("%w: %s is being written by pid %s (wait for it to finish)", ErrInUse, dir, writerPID(path))
		}
		return nil, fmt.Errorf("lock data directory %s: %w", dir, err)
	}
	if err := f.Truncate(0); err == nil {
		f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return &Lock{f: f}, nil
}

// Unlock releases the lock.
func (l *Lock) Unlock() error {
	if l == nil || l.f == nil {
		return nil
	}
	l.f.Truncate(0)
	return l.f.Close()
}

// checkNotWriting returns an error naming the writer's pid when another skillgap
// process holds the data directory's write lock, for a reader that finds no
// committed generation: the writer is creating the index or upgrading one an
// earlier version wrote. The working index's own file lock would make the
// reader wait and then fail with a bare timeout; this says why at once.
func checkNotWriting(dir string) error {
	path := filepath.Join(dir, "lock")
	f, err := os.Open(path)
	if err != nil {
		return nil // no lock file: nobody has written here yet
	}
	defer f.Close()
	if err := tryLock(f, false); err != nil {
		if errors.Is(err, errLockBusy) {
			return fmt.Errorf("%w: %s is being written by pid %s (a crawl or reindex) and holds nothing committed yet; read commands can run once its first batch is written",
				ErrInUse, dir, writerPID(path))
		}
		return nil
	}
	return unlock(f)
}

// writerPID reads the pid the lock holder wrote into the lock file, or "unknown".
func writerPID(path string) string {
	b, _ := os.ReadFile(path)
	pid := strings.TrimSpace(string(b))
	if _, err := strconv.Atoi(pid); err != nil {
		return "unknown"
	}
	return pid
}
