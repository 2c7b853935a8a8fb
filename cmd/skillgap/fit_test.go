package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/reports"
)

func TestGapExamples(t *testing.T) {
	dir := gapDir(t)
	inv := writeInventory(t, t.TempDir(), "Senior Product Manager")
	code, out, stderr := runCLI(t, "gap", "--data", dir, "--inventory", inv, "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rep skillgap.GapReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	// SQL is asked by the senior postings 0–17, posted 4·i days after 1 July
	// 2025: the newest three are 17, 16 and 15, all Acme's.
	for _, g := range rep.Gaps {
		if g.SkillID != "sql" {
			continue
		}
		var ids []string
		for _, e := range g.Examples {
			ids = append(ids, e.PostingID+" "+e.Date.Format("2006-01-02"))
		}
		if want := "lever:acme:17 2025-09-07|lever:acme:16 2025-09-03|lever:acme:15 2025-08-30"; strings.Join(ids, "|") != want {
			t.Errorf("got sql examples %v; want %s", ids, want)
		}
	}
	code, out, stderr = runCLI(t, "gap", "--data", dir, "--inventory", inv, "--examples")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, w := range []string{"Postings behind the gaps", "SQL (sql)", "- Senior Product Manager — Acme, 2025-09-07, preferred"} {
		if !strings.Contains(out, w) {
			t.Errorf("got\n%s\nwant it to contain %q", out, w)
		}
	}
}

func TestPostingsCommand(t *testing.T) {
	dir := gapDir(t)
	inv := writeInventory(t, t.TempDir(), "Senior Product Manager")
	code, out, stderr := runCLI(t, "postings", "--data", dir, "--inventory", inv, "--skill", "SQL", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var sp reports.SkillPostings
	if err := json.Unmarshal([]byte(out), &sp); err != nil {
		t.Fatal(err)
	}
	// 18 of the 40 senior postings ask for SQL: 12 require it, 6 prefer it.
	req := 0
	for _, e := range sp.Postings {
		if e.Level == skillgap.Required {
			req++
		}
	}
	if sp.Skill != "sql" || sp.Total != 40 || len(sp.Postings) != 18 || req != 12 || sp.Postings[0].PostingID != "lever:acme:17" || sp.Basis != "senior PM" {
		t.Errorf("got %s: %d of %d (%d required), first %s, basis %q; want sql: 18 of 40 (12 required), first lever:acme:17, senior PM",
			sp.Skill, len(sp.Postings), sp.Total, req, sp.Postings[0].PostingID, sp.Basis)
	}
	code, out, _ = runCLI(t, "postings", "--data", dir, "--target", "Product Manager", "--skill", "sql")
	if code != 0 || !strings.Contains(out, "SQL (sql): asked in") {
		t.Errorf("got exit %d\n%s\nwant the list for a --target", code, out)
	}
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"unknown skill", []string{"--inventory", inv, "--skill", "juggling"}, `unknown skill "juggling"`},
		{"no target", []string{"--skill", "sql"}, "name the target role"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, append([]string{"postings", "--data", dir}, tt.args...)...)
			if code != exitUsage || !strings.Contains(stderr, tt.want) {
				t.Errorf("got exit %d, %q; want %d with %q", code, stderr, exitUsage, tt.want)
			}
		})
	}
}

// fitPlanFile writes a plan whose two short-term goals take SQL to 2 and LLMs to 2.
func fitPlanFile(t *testing.T) string {
	t.Helper()
	start, err := skillgap.ParseDate("2026-01-05")
	if err != nil {
		t.Fatal(err)
	}
	p := skillgap.Plan{Version: skillgap.PlanVersion, TargetRole: "Senior Product Manager", HoursPerWeek: 5, Start: start, Created: start.Time}
	for _, g := range []struct {
		id, skill string
	}{{"skill-sql", "sql"}, {"skill-llms", "llms"}} {
		p.Goals = append(p.Goals, skillgap.Goal{ID: g.id, Title: "Reach " + g.skill, Kind: skillgap.GoalSkill, Horizon: skillgap.ShortTerm,
			SkillID: g.skill, From: 0, To: 2, Start: start, Deadline: start.AddDays(90),
			Tasks: []skillgap.Task{{ID: g.id + "-1", Title: "Practise", Hours: 10, Start: start, Due: start.AddDays(90), Status: skillgap.Todo}}})
	}
	path := filepath.Join(t.TempDir(), "plan.yaml")
	if err := writePlanFile(path, p); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestFitHandCount runs fit on the gap market. The inventory has SQL 1,
// roadmapping 3 and nothing else that these postings ask for; as a senior
// PM posting expects roadmapping 3, SQL 2, A/B testing 3 and LLMs 2, only
// postings naming three or more of them are judged (0, 4, 8, 10, 12, 16, 20):
//
//	0, 4, 8    roadmapping, SQL, LLMs required: (1 + ½ + ½)/3 = 67%   no; after SQL 2: 83%
//	10         roadmapping, SQL required:        (1 + ½)/2 = 75%       fits
//	12, 16, 20 roadmapping, LLMs required:       (1 + ½)/2 = 75%       fits
//
// so 4 of 7 fit now and all 7 after goal 1 (SQL 2).
func TestFitHandCount(t *testing.T) {
	dir := gapDir(t)
	inv := writeInventory(t, t.TempDir(), "Senior Product Manager")
	plan := fitPlanFile(t)
	code, out, stderr := runCLI(t, "fit", "--data", dir, "--inventory", inv, "--plan", plan, "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rep skillgap.FitReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Postings != 7 || rep.Unjudged != 33 || rep.Now != 4 || rep.After != 7 {
		t.Fatalf("got %d judged, %d unjudged, %d now, %d after; want 7, 33, 4, 7", rep.Postings, rep.Unjudged, rep.Now, rep.After)
	}
	if want := "4 of 7 open senior PM postings fit you now; 7 after goals 1–2."; rep.Summary != want {
		t.Errorf("got %q; want %q", rep.Summary, want)
	}
	var steps, blockers []string
	for _, s := range rep.Steps {
		steps = append(steps, fmt.Sprintf("%d %s %d", s.Goal, s.SkillID, s.Fits))
	}
	for _, b := range rep.Blockers {
		blockers = append(blockers, fmt.Sprintf("%s %d goal %d", b.SkillID, b.Postings, b.Goal))
	}
	if got, want := strings.Join(steps, ", "), "1 sql 7, 2 llms 7"; got != want {
		t.Errorf("got steps %s; want %s", got, want)
	}
	if got, want := strings.Join(blockers, ", "), "llms 3 goal 2, sql 3 goal 1"; got != want {
		t.Errorf("got blockers %s; want %s", got, want)
	}
	code, out, stderr = runCLI(t, "fit", "--data", dir, "--inventory", inv, "--plan", plan, "--top", "2")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, w := range []string{rep.Summary, "+ goal 1: SQL → 2", "#  NOW   AFTER  SCORE", "… and 5 more"} {
		if !strings.Contains(out, w) {
			t.Errorf("got\n%s\nwant it to contain %q", out, w)
		}
	}
	code, out, _ = runCLI(t, "fit", "--data", dir, "--inventory", inv, "--format", "md")
	if code != 0 || !strings.Contains(out, "## Jobs you fit") || !strings.Contains(out, "4 of 7 open senior PM postings fit you now") {
		t.Errorf("got exit %d\n%s\nwant the Markdown fit section", code, out)
	}
	if code, _, stderr := runCLI(t, "fit", "--data", dir, "--inventory", inv, "--plan", filepath.Join(dir, "none.yaml")); code != exitError || !strings.Contains(stderr, "read plan") {
		t.Errorf("got exit %d %q; want an error reading the plan", code, stderr)
	}
}

// TestPlanQuotesFit checks that plan writes the fit figures into the
// relevance of its goals and into its report.
func TestPlanQuotesFit(t *testing.T) {
	dir := gapDir(t)
	inv := writeInventory(t, t.TempDir(), "Senior Product Manager")
	out := filepath.Join(t.TempDir(), "plan.yaml")
	code, md, stderr := runCLI(t, "plan", "--data", dir, "--inventory", inv, "--out", out, "--format", "md", "--as-of", "2026-01-05")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	p, err := readPlan(out)
	if err != nil {
		t.Fatal(err)
	}
	quoted := 0
	for _, g := range p.Goals {
		if strings.Contains(g.Relevant, " Jobs: ") && strings.Contains(g.Relevant, "open senior PM postings fit you now") {
			quoted++
		}
	}
	if quoted == 0 || !strings.Contains(md, "## Jobs you fit") {
		t.Errorf("got %d goals quoting the fit and the report\n%s\nwant the figures in both", quoted, md)
	}
}
