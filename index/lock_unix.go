//go:build unix

package index

import (
	"errors"
	"os"
	"syscall"
)

// tryLock takes an advisory flock on f without waiting: exclusive for the
// writer, shared for a reader's check. It returns errLockBusy when another
// process holds a conflicting lock.
func tryLock(f *os.File, exclusive bool) error {
	how := syscall.LOCK_SH
	if exclusive {
		how = syscall.LOCK_EX
	}
	err := syscall.Flock(int(f.Fd()), how|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return errLockBusy
	}
	return err
}

// unlock releases a lock taken by tryLock.
func unlock(f *os.File) error {
	return syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
}
