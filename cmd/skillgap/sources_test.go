package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/skillgap/skillgap/configs"
)

func TestSourcesInitAndCheck(t *testing.T) {
	// A fresh machine: the data directory does not exist yet.
	data := filepath.Join(t.TempDir(), "share", "skillgap")
	code, stdout, stderr := runCLI(t, "sources", "init", "--data", data)
	if code != exitOK {
		t.Fatalf("sources init: exit %d: %s", code, stderr)
	}
	path := filepath.Join(data, "sources.yaml")
	if b, err := os.ReadFile(path); err != nil || !bytes.Equal(b, configs.SourcesExample()) {
		t.Fatalf("sources init wrote %d bytes (%v); want the shipped example", len(b), err)
	}
	if !strings.Contains(stdout, "skillgap crawl\n") {
		t.Errorf("got %q; want it to say plain `skillgap crawl` reads the file", stdout)
	}
	if code, _, stderr := runCLI(t, "sources", "init", "--data", data); code != exitUsage || !strings.Contains(stderr, "--force") {
		t.Errorf("second init: got exit %d %q; want %d and a word about --force", code, stderr, exitUsage)
	}
	if code, stdout, stderr := runCLI(t, "sources", "check", "--data", data); code != exitOK || !strings.Contains(stdout, "is valid") {
		t.Errorf("sources check: got exit %d %q %q; want 0 and valid", code, stdout, stderr)
	}
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	writeFile(t, bad, "settings:\n  parallelism: -1\nsources:\n  - {name: a, kind: Greenhouse, board: acme}\n  - {name: b, kind: levr, bord: x}\n")
	code, _, stderr = runCLI(t, "sources", "check", bad)
	if code != exitError {
		t.Errorf("check of a bad file: got exit %d; want %d", code, exitError)
	}
	for _, want := range []string{
		"bad.yaml:2:16: settings.parallelism: -1 is negative",
		`bad.yaml:5:21: sources[1].kind: unknown kind "levr"; did you mean "lever"?`,
		`bad.yaml:5:27: sources[1].bord: unknown field "bord"; did you mean "board"?`,
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("got %q; want it to contain %q", stderr, want)
		}
	}
}
