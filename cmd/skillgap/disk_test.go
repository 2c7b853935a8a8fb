package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/skillgap/skillgap/configs"
	"github.com/skillgap/skillgap/internal/testenv"
)

// mountTmpfs mounts a tmpfs of the given size at a new directory, or skips the
// test where mounting is not allowed (it needs root, as CI runs).
func mountTmpfs(t *testing.T, size string) string {
	t.Helper()
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", dir).CombinedOutput(); err != nil {
		testenv.Missing(t, "cannot mount a tmpfs here (%v: %s); disk-full and read-only cases need root", err, strings.TrimSpace(string(out)))
	}
	t.Cleanup(func() { exec.Command("umount", "-l", dir).Run() })
	return dir
}

func TestDiskFullAndReadOnly(t *testing.T) {
	srv, _ := demoServer(t, nil)
	sources := writeSources(t, configs.DemoSources(srv.URL))

	t.Run("disk full", func(t *testing.T) {
		data := filepath.Join(mountTmpfs(t, "600k"), "data")
		code, _, stderr := runCLI(t, "crawl", "--sources", sources, "--data", data)
		if code != exitError || !strings.Contains(stderr, "no space left on device") || !strings.Contains(stderr, "crawl stopped") {
			t.Fatalf("crawl onto a full disk: exit %d, %q; want 1 and a clear error", code, stderr)
		}
		if code, _, stderr := runCLI(t, "trends", "--data", data, "--top", "2"); code != exitOK {
			t.Errorf("trends after the disk filled: exit %d: %s; want the index readable", code, stderr)
		}
	})
	t.Run("read-only", func(t *testing.T) {
		mnt := mountTmpfs(t, "64m")
		data := filepath.Join(mnt, "data")
		if code, _, stderr := runCLI(t, "crawl", "--sources", sources, "--data", data); code != exitOK {
			t.Fatalf("crawl: exit %d: %s", code, stderr)
		}
		if out, err := exec.Command("mount", "-o", "remount,ro", mnt).CombinedOutput(); err != nil {
			testenv.Missing(t, "cannot remount read-only: %v: %s", err, out)
		}
		code, _, stderr := runCLI(t, "crawl", "--sources", sources, "--data", data)
		if code != exitError || !strings.Contains(stderr, "read-only file system") {
			t.Fatalf("crawl into a read-only data directory: exit %d, %q; want 1 and a clear error", code, stderr)
		}
		if code, _, stderr := runCLI(t, "trends", "--data", data, "--top", "2"); code != exitOK {
			t.Errorf("trends on a read-only data directory: exit %d: %s", code, stderr)
		}
	})
}
