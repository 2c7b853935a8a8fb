package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const extractPosting = `About Acme
At Acme we use AI to power online retail.

What you'll do
- Own the roadmap and prioritise with engineering and design.
- Run A/B tests.

Requirements
- 5+ years of product management experience.
- Strong SQL skills.

Nice to have
- Experience with Figma.

Acme is an equal opportunity employer.
`

// writeExtractFile writes content to name in a temporary directory and returns its path.
func writeExtractFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRunExtractJSON(t *testing.T) {
	dir := t.TempDir()
	f := writeExtractFile(t, dir, "posting.txt", extractPosting)
	var out bytes.Buffer
	opts := extractOptions{JSON: true, Title: "Senior Product Manager", DataDir: dir, Files: []string{f, "-"}}
	if err := runExtract(t.Context(), opts, strings.NewReader("No SQL required."), &out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines; want 2: %s", len(lines), out.String())
	}
	var got extractJSON
	if err := json.Unmarshal([]byte(lines[0]), &got); err != nil {
		t.Fatal(err)
	}
	if got.YearsMin == nil || *got.YearsMin != 5 || got.Seniority != "senior" || got.Role != "product manager" {
		t.Errorf("got years %v, seniority %q, role %q; want 5, senior, product manager", got.YearsMin, got.Seniority, got.Role)
	}
	levels := map[string]string{}
	for _, s := range got.Skills {
		levels[s.ID] = s.Level
		if s.Name == "" || s.Category == "" || s.Kind == "" || s.Evidence == "" {
			t.Errorf("skill %s: got %+v; want name, category, kind and evidence", s.ID, s)
		}
	}
	for id, want := range map[string]string{"sql": "required", "ab-testing": "required", "roadmapping": "required", "figma": "preferred"} {
		if levels[id] != want {
			t.Errorf("%s: got %q; want %q (all %v)", id, levels[id], want, levels)
		}
	}
	if _, ok := levels["ai-ml"]; ok {
		t.Errorf("ai-ml from the company blurb: got found; want not")
	}
	var empty map[string]any
	if err := json.Unmarshal([]byte(lines[1]), &empty); err != nil {
		t.Fatal(err)
	}
	if empty["years_min"] != nil || len(empty["skills"].([]any)) != 0 {
		t.Errorf("stdin: got %s; want no skills and years_min null", lines[1])
	}
}

func TestRunExtractTable(t *testing.T) {
	dir := t.TempDir()
	f := writeExtractFile(t, dir, "posting.txt", extractPosting)
	var out bytes.Buffer
	opts := extractOptions{Title: "Product Manager", DataDir: dir, Files: []string{f}}
	if err := runExtract(t.Context(), opts, nil, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"posting.txt:", "seniority mid", "role product manager", "years 5+",
		"SKILL", "ASKED", "LEVEL", "CATEGORY", "EVIDENCE", "SQL", "preferred", "Strong SQL skills."} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("got\n%s\nwant it to contain %q", out.String(), want)
		}
	}
	// required and preferred are under ASKED, not under LEVEL.
	lines := strings.Split(out.String(), "\n")
	head := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "SKILL") })
	if head < 0 || head+1 >= len(lines) {
		t.Fatalf("no table in\n%s", out.String())
	}
	col := strings.Index(lines[head], "ASKED") // the heading is ASCII
	for _, l := range lines[head+1:] {
		if l == "" {
			continue
		}
		r := []rune(l) // tabwriter pads by runes
		if rest := string(r[min(col, len(r)):]); !strings.HasPrefix(rest, "required") && !strings.HasPrefix(rest, "preferred") {
			t.Errorf("row %q: got %q under ASKED; want required or preferred", l, rest)
		}
	}
}

func TestRunExtractTaxonomyOverrides(t *testing.T) {
	dir := t.TempDir()
	// The data directory adds an alias; --taxonomy adds a new skill.
	writeExtractFile(t, dir, "skills.yaml", "skills:\n  - id: sql\n    aliases: [structured query language]\n")
	tax := writeExtractFile(t, dir, "extra.yaml", `skills:
  - id: widget-ops
    name: Widget operations
    category: domain
    kind: domain
    levels: [none, aware, working, proficient, expert]
`)
	f := writeExtractFile(t, dir, "p.txt", "- Structured Query Language.\n- Widget operations.\n")
	var out bytes.Buffer
	opts := extractOptions{JSON: true, DataDir: dir, Taxonomy: tax, Files: []string{f}}
	if err := runExtract(t.Context(), opts, nil, &out); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{`"id":"sql"`, `"id":"widget-ops"`} {
		if !strings.Contains(out.String(), id) {
			t.Errorf("got %s; want %s", out.String(), id)
		}
	}
}

func TestRunExtractErrors(t *testing.T) {
	dir := t.TempDir()
	bad := writeExtractFile(t, dir, "bad.yaml", "skills:\n  - id: sql\n    nmae: x\n")
	tests := []struct {
		name string
		opts extractOptions
		want string
	}{
		{"bad taxonomy", extractOptions{Taxonomy: bad}, "bad.yaml:3"},
		{"missing taxonomy", extractOptions{Taxonomy: filepath.Join(dir, "nope.yaml")}, "open taxonomy"},
		{"missing input", extractOptions{Files: []string{filepath.Join(dir, "nope.txt")}}, "open posting"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := runExtract(t.Context(), tt.opts, strings.NewReader(""), &bytes.Buffer{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v; want error containing %q", err, tt.want)
			}
		})
	}
}

func TestExtractCommandCLI(t *testing.T) {
	dir := t.TempDir()
	f := writeExtractFile(t, dir, "p.txt", "Requirements\n- Strong SQL.\n")
	code, stdout, stderr := runCLI(t, "extract", "--data", dir, "--json", "--title", "Staff PM", f)
	if code != 0 || !strings.Contains(stdout, `"id":"sql"`) || !strings.Contains(stdout, `"seniority":"staff"`) {
		t.Fatalf("got code %d, stdout %q, stderr %q; want 0 and sql, staff", code, stdout, stderr)
	}
}
