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

// loadPlanFile reads a plan.yaml written by the CLI.
func loadPlanFile(t *testing.T, path string) skillgap.Plan {
	t.Helper()
	p, err := readPlan(path)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestPlanKeepsEdits(t *testing.T) {
	dir := gapDir(t)
	work := t.TempDir()
	inv := writeInventory(t, work, "Senior Product Manager")
	out := filepath.Join(work, "plan.yaml")
	code, stdout, stderr := runCLI(t, "plan", "--data", dir, "--inventory", inv, "--out", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "Wrote "+out) {
		t.Errorf("got %q; want the summary", stdout)
	}
	p := loadPlanFile(t, out)
	if p.Start.String() != "2026-01-05" || p.Market.Postings != 40 || len(p.Goals) < 5 {
		t.Fatalf("got start %s, %d postings, %d goals", p.Start, p.Market.Postings, len(p.Goals))
	}
	for _, g := range p.Goals {
		if g.Specific == "" || g.Measurable == "" || g.Achievable == "" || g.Relevant == "" || g.Hours <= 0 || !g.Deadline.After(g.Start.Time) {
			t.Errorf("goal %s is not SMART-complete: %+v", g.ID, g)
		}
	}
	// The user marks the first skill task done and writes a note.
	var edited string
	for i := range p.Goals {
		if p.Goals[i].Kind == skillgap.GoalSkill {
			task := &p.Goals[i].Tasks[0]
			task.Status, task.ActualHours, task.Notes = skillgap.Done, 7, "worked through it"
			edited = task.ID
			break
		}
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := configs.WritePlan(f, p); err != nil {
		t.Fatal(err)
	}
	f.Close()
	code, stdout, stderr = runCLI(t, "plan", "--data", dir, "--inventory", inv, "--out", out)
	if code != 0 {
		t.Fatalf("re-plan: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "Kept your edits on 1 task ") {
		t.Errorf("got %q; want the edits said kept", stdout)
	}
	q := loadPlanFile(t, out)
	found := false
	for _, g := range q.Goals {
		for _, task := range g.Tasks {
			if task.ID == edited {
				found = task.Status == skillgap.Done && task.ActualHours == 7 && task.Notes == "worked through it"
			}
		}
	}
	if !found {
		t.Errorf("task %s lost its edits on re-plan", edited)
	}
}

func TestPlanFormats(t *testing.T) {
	dir := gapDir(t)
	work := t.TempDir()
	inv := writeInventory(t, work, "Senior Product Manager")
	for _, tt := range []struct{ format, want string }{
		{"md", "Target"}, {"json", `"plan"`}, {"ics", "BEGIN:VCALENDAR"}, {"html", "<html"},
	} {
		t.Run(tt.format, func(t *testing.T) {
			report := filepath.Join(work, "report."+tt.format)
			code, _, stderr := runCLI(t, "plan", "--data", dir, "--inventory", inv, "--out", filepath.Join(work, "p-"+tt.format+".yaml"),
				"--format", tt.format, "--report", report)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			b, err := os.ReadFile(report)
			if err != nil || !strings.Contains(string(b), tt.want) {
				t.Errorf("got %d bytes, %v; want a %s report containing %q", len(b), err, tt.format, tt.want)
			}
		})
	}
}

func TestReviewApply(t *testing.T) {
	dir := gapDir(t)
	work := t.TempDir()
	inv := writeInventory(t, work, "Senior Product Manager")
	out := filepath.Join(work, "plan.yaml")
	if code, _, stderr := runCLI(t, "plan", "--data", dir, "--inventory", inv, "--out", out); code != 0 {
		t.Fatalf("plan: exit %d: %s", code, stderr)
	}
	p := loadPlanFile(t, out)
	p.Goals[0].Tasks[0].Status = skillgap.Done
	p.Goals[0].Tasks[0].Notes = "told my manager"
	f, _ := os.Create(out)
	configs.WritePlan(f, p)
	f.Close()

	code, stdout, stderr := runCLI(t, "review", "--data", dir, "--plan", out, "--json")
	if code != 0 {
		t.Fatalf("review: exit %d: %s", code, stderr)
	}
	var res skillgap.Review
	if err := json.Unmarshal([]byte(stdout), &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Goals) != len(p.Goals) || res.Postings != 40 || res.Goals[0].DoneHours != p.Goals[0].Tasks[0].Hours {
		t.Errorf("got %d goals, %d postings, %g h done; want %d goals, 40 postings", len(res.Goals), res.Postings, res.Goals[0].DoneHours, len(p.Goals))
	}
	code, stdout, stderr = runCLI(t, "review", "--data", dir, "--plan", out, "--apply", "--inventory", inv)
	if code != 0 {
		t.Fatalf("review --apply: exit %d: %s", code, stderr)
	}
	for _, w := range []string{"pace:", "GOAL", "Market since the plan (40 matching postings now)", "Wrote the new deadlines"} {
		if !strings.Contains(stdout, w) {
			t.Errorf("got\n%s\nwant it to contain %q", stdout, w)
		}
	}
	q := loadPlanFile(t, out)
	if task := q.Goals[0].Tasks[0]; task.Status != skillgap.Done || task.Notes != "told my manager" {
		t.Errorf("got %+v after --apply; want the edits kept", task)
	}
}

func TestInventoryInitAndCheck(t *testing.T) {
	work := t.TempDir()
	path := filepath.Join(work, "inventory.yaml")
	if code, _, stderr := runCLI(t, "inventory", "init", "--out", path); code != 0 {
		t.Fatalf("init: exit %d: %s", code, stderr)
	}
	if code, _, stderr := runCLI(t, "inventory", "init", "--out", path); code != exitUsage || !strings.Contains(stderr, "--force") {
		t.Errorf("second init: got exit %d, %q; want a usage error naming --force", code, stderr)
	}
	if code, _, stderr := runCLI(t, "inventory", "init", "--out", path, "--force", "--example"); code != 0 {
		t.Fatalf("init --force: exit %d: %s", code, stderr)
	}
	code, stdout, stderr := runCLI(t, "inventory", "check", "--data", work, path)
	if code != 0 || !strings.Contains(stdout, "is valid") || !strings.Contains(stdout, "sql") || !strings.Contains(stdout, "senior AI PM") {
		t.Errorf("check: got exit %d\n%s%s", code, stdout, stderr)
	}
	bad := filepath.Join(work, "bad.yaml")
	os.WriteFile(bad, []byte("target_role: PM\nhours_per_week: 4\nskills:\n  - skill: sequel\n    level: 2\n"), 0o644)
	code, _, stderr = runCLI(t, "inventory", "check", "--data", work, bad)
	if want := `bad.yaml:4:12: skills[0].skill: unknown skill "sequel"; did you mean "sql" (SQL)?`; code != exitError || !strings.Contains(stderr, want) {
		t.Errorf("check bad: got exit %d, %q; want %q", code, stderr, want)
	}
}
