package index

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestLockDir: a second writer, and a reader, are told at once which pid
// writes; after Unlock both may go on.
func TestLockDir(t *testing.T) {
	dir := t.TempDir()
	l, err := LockDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	// flock locks are per open file description: a second open in this process conflicts too.
	_, err = LockDir(dir)
	pid := fmt.Sprintf("pid %d", os.Getpid())
	if !errors.Is(err, ErrInUse) || !strings.Contains(err.Error(), pid) {
		t.Fatalf("second writer: got %v; want ErrInUse naming %s", err, pid)
	}
	if _, err := OpenReadOnly(dir); !errors.Is(err, ErrInUse) || !strings.Contains(err.Error(), pid) {
		t.Fatalf("reader: got %v; want ErrInUse naming %s", err, pid)
	}
	if err := l.Unlock(); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenReadOnly(dir); !errors.Is(err, ErrNoIndex) {
		t.Errorf("reader after unlock: got %v; want ErrNoIndex", err)
	}
	l2, err := LockDir(dir)
	if err != nil {
		t.Fatalf("writer after unlock: %v", err)
	}
	l2.Unlock()
}
