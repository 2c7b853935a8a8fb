package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
)

// gapPostings is a small market counted by hand: 40 senior PM postings from
// July to early December 2025 and 15 mid-level ones that the senior filter
// leaves out.
//
//	roadmapping  required in every 2nd senior posting           20 of 40, 20 required
//	sql          required in the first 12, preferred in next 6  18 of 40, 12 required
//	ab-testing   preferred in every 5th                          8 of 40,  0 required
//	llms         required in every 4th                          10 of 40, 10 required
func gapPostings() []skillgap.Posting {
	var ps []skillgap.Posting
	start := time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)
	for i := range 55 {
		date := start.AddDate(0, 0, 4*i%160)
		p := skillgap.Posting{
			ID: fmt.Sprintf("lever:acme:%d", i), Source: "acme", SourceKind: "lever", Company: "Acme",
			Title: "Senior Product Manager", Role: "product manager", Seniority: skillgap.Senior,
			Description: "Own the roadmap.", Posted: date, FirstSeen: date, LastSeen: date,
		}
		add := func(id string, lvl skillgap.Requirement) {
			p.Skills = append(p.Skills, skillgap.SkillMention{SkillID: id, Level: lvl})
		}
		if i >= 40 {
			p.Title, p.Seniority = "Product Manager", skillgap.Mid
			add("sql", skillgap.Required)
			ps = append(ps, p)
			continue
		}
		if i%2 == 0 {
			add("roadmapping", skillgap.Required)
		}
		switch {
		case i < 12:
			add("sql", skillgap.Required)
		case i < 18:
			add("sql", skillgap.Preferred)
		}
		if i%5 == 0 {
			add("ab-testing", skillgap.Preferred)
		}
		if i%4 == 0 {
			add("llms", skillgap.Required)
		}
		ps = append(ps, p)
	}
	return ps
}

// gapDir writes gapPostings into an index in a new data directory.
func gapDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	idx, err := openIndex(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := idx.Put(t.Context(), gapPostings()); err != nil {
		t.Fatal(err)
	}
	if err := idx.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

// writeInventory writes an inventory file for the gap market.
func writeInventory(t *testing.T, dir, target string) string {
	t.Helper()
	path := filepath.Join(dir, "inventory.yaml")
	inv := "name: Test\ntarget_role: " + target + "\nlong_term_role: Director of Product\nhours_per_week: 5\nstart: 2026-01-05\n" +
		"skills:\n  - skill: SQL\n    level: 1\n  - skill: roadmap\n    level: 3\n  - skill: figma\n    level: 4\n" +
		"motivations: [analytics]\n"
	if err := os.WriteFile(path, []byte(inv), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestGapHandCount(t *testing.T) {
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
	if rep.Postings != 40 || rep.Seniority != skillgap.Senior || rep.Role != "product manager" || !rep.Reliable {
		t.Fatalf("got %d postings, %q %q, reliable %v; want 40 senior product manager postings", rep.Postings, rep.Seniority, rep.Role, rep.Reliable)
	}
	want := map[string][2]int{"sql": {18, 12}, "ab-testing": {8, 0}, "llms": {10, 10}}
	rows := map[string]skillgap.Gap{}
	for _, g := range append(rep.Gaps, rep.Strength...) {
		rows[g.SkillID] = g
	}
	for id, w := range want {
		g, ok := rows[id]
		if !ok {
			t.Errorf("got no row for %s; want one", id)
			continue
		}
		if g.Postings != w[0] || g.Required != w[1] || g.Total != 40 {
			t.Errorf("%s: got %d postings, %d required of %d; want %d, %d of 40", id, g.Postings, g.Required, g.Total, w[0], w[1])
		}
	}
	if g := rows["sql"]; !strings.HasPrefix(g.Why, "asked in 45% of 40 senior PM postings since 2025-06 (required in 30%)") || g.Have != 1 {
		t.Errorf("got sql why %q have %d; want the hand count and level 1", g.Why, g.Have)
	}
	if g := rows["roadmapping"]; g.Have != 3 || g.Postings != 20 {
		t.Errorf("got roadmapping %+v; want a strength at 3, 20 postings", g)
	}
	if len(rep.Valued) != 1 || rep.Valued[0].SkillID != "figma" {
		t.Errorf("got valued %+v; want figma", rep.Valued)
	}
}

func TestGapTextAndWidening(t *testing.T) {
	dir := gapDir(t)
	inv := writeInventory(t, t.TempDir(), "Staff Product Manager")
	code, out, stderr := runCLI(t, "gap", "--data", dir, "--inventory", inv)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, w := range []string{
		"Note: Widened: only 0 postings in the window; added the seniority next to staff: senior or lead: 40 staff, senior or group/lead PM postings.",
		"#  SKILL", "asked in 50% of 40 staff, senior or group/lead PM postings", "you 3, expected 4", "You value these; few postings ask for them:",
		"Rate these", "LLMs & generative AI (llms)",
	} {
		if !strings.Contains(out, w) {
			t.Errorf("got\n%s\nwant it to contain %q", out, w)
		}
	}
}

func TestGapUsageErrors(t *testing.T) {
	dir := gapDir(t)
	inv := writeInventory(t, t.TempDir(), "Senior Product Manager")
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"bad weights", []string{"--weights", "speed=2"}, exitUsage, "speed=2"},
		{"bad window", []string{"--window", "6x"}, exitUsage, "window"},
		{"bad format", []string{"--format", "pdf"}, exitUsage, "pdf"},
		{"no inventory file", []string{"--inventory", filepath.Join(dir, "missing.yaml")}, exitError, "open inventory"},
		{"unknown target", []string{"--target", "Chief Wizard"}, exitUsage, `target "Chief Wizard" is not a product-management title; did you mean "Chief Product Officer"`},
		{"not a product role", []string{"--target", "Product Marketing Manager"}, exitUsage, "not a product-management title; did you mean"},
		{"unknown domain", []string{"--domain", "underwater-basket-weaving"}, exitUsage, "is not a domain of the taxonomy"},
		{"a skill is no domain", []string{"--domain", "sql"}, exitUsage, `--domain "sql" is not a domain`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"gap", "--data", dir, "--inventory", inv}, tt.args...)
			code, _, stderr := runCLI(t, args...)
			if code != tt.code || !strings.Contains(stderr, tt.want) {
				t.Errorf("got exit %d, %q; want %d with %q", code, stderr, tt.code, tt.want)
			}
		})
	}
}
