package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/configs"
)

func TestDemo(t *testing.T) {
	out := filepath.Join(t.TempDir(), "demo")
	code, stdout, stderr := runCLI(t, "demo", "--out", out)
	if code != exitOK {
		t.Fatalf("demo: exit %d\n%s\n%s", code, stdout, stderr)
	}
	for _, name := range []string{"inventory.yaml", "plan.yaml", "report.md", "report.html", "report.json", "plan.ics"} {
		fi, err := os.Stat(filepath.Join(out, name))
		if err != nil || fi.Size() == 0 {
			t.Errorf("demo did not write %s: %v", name, err)
		}
	}
	for _, want := range []string{"not real data", "product postings from 15 sources", "Gap analysis for", "Plan: ", "report.html"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("demo output lacks %q:\n%s", want, stdout)
		}
	}
	// The demo leaves a data directory the other commands can read.
	if code, _, stderr := runCLI(t, "trends", "--data", filepath.Join(out, "data"), "--top", "3"); code != exitOK {
		t.Errorf("trends on the demo's data: exit %d: %s", code, stderr)
	}
	// Its review, whenever it runs, is dated by the sample market's day, as the
	// plan is: a plan made that day is not behind on it.
	code, stdout, stderr = runCLI(t, "review", "--json", "--data", filepath.Join(out, "data"), "--plan", filepath.Join(out, "plan.yaml"))
	if code != exitOK {
		t.Fatalf("review of the demo plan: exit %d: %s", code, stderr)
	}
	var rev skillgap.Review
	if err := json.Unmarshal([]byte(stdout), &rev); err != nil {
		t.Fatal(err)
	}
	if want := skillgap.DateOf(configs.DemoAsOf()); rev.Now != want || rev.Pace.Verdict == "behind" {
		t.Errorf("review of the demo plan: got day %s, pace %q; want %s, not behind", rev.Now, rev.Pace.Verdict, want)
	}
	if !strings.Contains(stderr, "snapshot of the market on 2026-11-15") {
		t.Errorf("review of the demo plan does not say which day it is dated by: %q", stderr)
	}
	// Running it again keeps the user's edits of the demo plan.
	plan := filepath.Join(out, "plan.yaml")
	b, _ := os.ReadFile(plan)
	edited := strings.Replace(string(b), "\n        status: todo", "\n        status: done", 1)
	os.WriteFile(plan, []byte(edited), 0o644)
	if code, _, stderr := runCLI(t, "demo", "--out", out); code != exitOK {
		t.Fatalf("second demo: exit %d: %s", code, stderr)
	}
	if b, _ := os.ReadFile(plan); !strings.Contains(string(b), "\n        status: done") {
		t.Errorf("second demo lost the edit to plan.yaml")
	}
}
