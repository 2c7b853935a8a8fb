//go:build windows

package index

import (
	"errors"
	"os"

	"golang.org/x/sys/windows"
)

// lockOffset is where the locked byte lies: far past the pid the writer keeps
// at the start of the file, because Windows byte-range locks are mandatory and
// a lock over the pid would stop the second process from reading whom to wait for.
const lockOffset = 1 << 30

// tryLock takes a LockFileEx byte-range lock on f without waiting: exclusive
// for the writer, shared for a reader's check. It returns errLockBusy when
// another process holds a conflicting lock. Windows drops the lock when the
// handle closes or the process dies.
func tryLock(f *os.File, exclusive bool) error {
	flags := uint32(windows.LOCKFILE_FAIL_IMMEDIATELY)
	if exclusive {
		flags |= windows.LOCKFILE_EXCLUSIVE_LOCK
	}
	ol := windows.Overlapped{Offset: lockOffset}
	err := windows.LockFileEx(windows.Handle(f.Fd()), flags, 0, 1, 0, &ol)
	if errors.Is(err, windows.ERROR_LOCK_VIOLATION) || errors.Is(err, windows.ERROR_IO_PENDING) {
		return errLockBusy
	}
	return err
}

// unlock releases a lock taken by tryLock.
func unlock(f *os.File) error {
	ol := windows.Overlapped{Offset: lockOffset}
	return windows.UnlockFileEx(windows.Handle(f.Fd()), 0, 1, 0, &ol)
}
