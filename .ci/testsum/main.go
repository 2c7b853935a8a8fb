// Command testsum reads `go test -json` on stdin and prints what a person
// needs from it: the output of failed tests, every skipped test with its
// reason, one line per package, and a last line
//
//	N passed, N failed, N skipped
//
// counting tests and subtests. It exits 1 when a test or a package failed.
// .ci/run uses it; it lives under .ci so that ./... does not build it.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// event is one line of test2json output.
type event struct {
	Action     string
	Package    string
	ImportPath string // build-output and build-fail events (Go 1.24+)
	Test       string
	Output     string
}

type key struct{ pkg, test string }

type tally struct {
	passed, failed, skipped int
	failedPkgs              []string
	skips                   []string
}

// failPackage records a failed package once, whether its build or its tests failed.
func (t *tally) failPackage(pkg string) {
	for _, p := range t.failedPkgs {
		if p == pkg {
			return
		}
	}
	t.failedPkgs = append(t.failedPkgs, pkg)
}

func main() {
	t, err := summarize(os.Stdin, os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "testsum:", err)
		os.Exit(1)
	}
	if t.failed > 0 || len(t.failedPkgs) > 0 {
		os.Exit(1)
	}
}

// summarize reads events from r, prints failures, skips and package lines to
// w as they end, and the counts last.
func summarize(r io.Reader, w io.Writer) (*tally, error) {
	var t tally
	out := map[key]*strings.Builder{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		line := sc.Bytes()
		var e event
		if err := json.Unmarshal(line, &e); err != nil {
			fmt.Fprintf(w, "%s\n", line) // not JSON: go vet or a build error on stderr
			continue
		}
		switch e.Action {
		case "build-output":
			fmt.Fprint(w, e.Output)
		case "build-fail":
			t.failPackage(e.ImportPath)
		case "output":
			k := key{e.Package, e.Test}
			if e.Test == "" {
				if s := e.Output; !strings.HasPrefix(s, "=== ") && s != "PASS\n" && s != "FAIL\n" {
					fmt.Fprint(w, s)
				}
				continue
			}
			if out[k] == nil {
				out[k] = &strings.Builder{}
			}
			out[k].WriteString(e.Output)
		case "pass", "fail", "skip":
			if e.Test == "" {
				if e.Action == "fail" {
					t.failPackage(e.Package)
				}
				continue
			}
			k := key{e.Package, e.Test}
			text := ""
			if out[k] != nil {
				text = out[k].String()
				delete(out, k)
			}
			switch e.Action {
			case "pass":
				t.passed++
			case "fail":
				t.failed++
				fmt.Fprint(w, withoutRunLines(text))
			case "skip":
				t.skipped++
				t.skips = append(t.skips, fmt.Sprintf("%s %s: %s", e.Package, e.Test, reason(text)))
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read go test -json: %w", err)
	}
	if len(t.skips) > 0 {
		sort.Strings(t.skips)
		fmt.Fprintf(w, "skipped (%d):\n", len(t.skips))
		for _, s := range t.skips {
			fmt.Fprintf(w, "  %s\n", s)
		}
	}
	if len(t.failedPkgs) > 0 {
		fmt.Fprintf(w, "failed packages: %s\n", strings.Join(t.failedPkgs, " "))
	}
	fmt.Fprintf(w, "%d passed, %d failed, %d skipped\n", t.passed, t.failed, t.skipped)
	return &t, nil
}

// withoutRunLines drops the "=== RUN" lines -json adds to a test's output.
func withoutRunLines(s string) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(s, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(l), "=== ") {
			b.WriteString(l)
		}
	}
	return b.String()
}

// reason is what a skipped test said, on one line.
func reason(s string) string {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "=== ") || strings.HasPrefix(l, "--- SKIP") {
			continue
		}
		lines = append(lines, l)
	}
	if len(lines) == 0 {
		return "(no reason given)"
	}
	return strings.Join(lines, " / ")
}
