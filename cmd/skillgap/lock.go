package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// errDataInUse is returned when another skillgap process writes the data directory.
var errDataInUse = errors.New("data directory in use")

// dataLock is an exclusive lock on a data directory, held by one writing command.
type dataLock struct{ f *os.File }

// lockData takes the data directory's write lock without waiting: a second
// writer gets "data directory DIR in use by pid N" at once instead of hanging.
// The kernel drops the lock when the process dies, even by kill -9.
func lockData(dir string) (*dataLock, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create data directory: %w", err)
	}
	path := filepath.Join(dir, "lock")
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock data directory: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("%w: %s is being written by pid %s (wait for it to finish)", errDataInUse, dir, writerPID(path))
		}
		return nil, fmt.Errorf("lock data directory %s: %w", dir, err)
	}
	if err := f.Truncate(0); err == nil {
		f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return &dataLock{f: f}, nil
}

// Unlock releases the lock.
func (l *dataLock) Unlock() error {
	if l == nil || l.f == nil {
		return nil
	}
	l.f.Truncate(0)
	return l.f.Close()
}

// checkNotWriting returns an error naming the writer's pid when another skillgap
// process holds the data directory's write lock. The index's own file lock would
// make a reader wait and then fail with a bare timeout; this says why at once.
func checkNotWriting(dir string) error {
	path := filepath.Join(dir, "lock")
	f, err := os.Open(path)
	if err != nil {
		return nil // no lock file: nobody has written here yet
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_SH|syscall.LOCK_NB); err != nil {
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return fmt.Errorf("%w: %s is being written by pid %s (a crawl or reindex); read commands can run when it finishes",
				errDataInUse, dir, writerPID(path))
		}
		return nil
	}
	return syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
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
