package configs

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/skillgap/skillgap"
)

// loaders reads one kind of file from text, as skillgap does.
var loaders = map[string]func(in string) error{
	"sources": func(in string) error { _, err := LoadSources(strings.NewReader(in), "f.yaml"); return err },
	"inventory": func(in string) error {
		_, err := LoadInventory(strings.NewReader(in), "f.yaml", invSkills())
		return err
	},
	"plan":     func(in string) error { _, err := LoadPlan(strings.NewReader(in), "f.yaml"); return err },
	"taxonomy": func(in string) error { _, err := LoadTaxonomy(strings.NewReader(in), "f.yaml"); return err },
}

const (
	goodInventory = "hours_per_week: 5\nskills:\n  - skill: sql\n    level: 1\n"
	goodSources   = "settings:\n  delay: 1s\n  parallelism: 2\nsources:\n  - name: a\n    kind: lever\n    board: acme\n"
	goodPlan      = "version: 2\nhours_per_week: 5\nstart: 2026-06-01\ngoals:\n  - id: g\n    kind: skill\n    horizon: short\n    tasks:\n      - id: t\n        status: todo\n        start: 2026-06-01\n        due: 2026-06-14\n"
	goodTaxonomy  = "skills:\n  - id: sql\n    name: SQL\n    category: technical\n    kind: tool\n"
)

// TestSchemaErrors checks that every problem in a file is reported at once, each
// with its line, column and field, and a message that says what would be valid.
func TestSchemaErrors(t *testing.T) {
	tests := []struct {
		name, loader, in string
		want             []string // every error, in file order
	}{
		{"level as a word out of the scale", "inventory",
			"hours_per_week: 5\nskills:\n  - skill: sql\n    level: high\n",
			[]string{`f.yaml:4:12: skills[0].level: "high": want a number 0–4 (or none, aware, working, proficient, expert)`}},
		{"level slip", "inventory",
			"hours_per_week: 5\nskills:\n  - skill: sql\n    level: profficient\n",
			[]string{`f.yaml:4:12: skills[0].level: "profficient": want a number 0–4 (or none, aware, working, proficient, expert); did you mean "proficient"?`}},
		{"several at once", "inventory",
			"hours_per_week: lots\nskils: []\nskills:\n  - skill: sql\n    levle: 2\n  - skill: sequel\n    level: [3]\nremote: sometimes\n",
			[]string{
				`f.yaml:1:17: hours_per_week: "lots": want a number`,
				`f.yaml:2:1: skils: unknown field "skils"; did you mean "skills"?`,
				`f.yaml:5:5: skills[0].levle: unknown field "levle"; did you mean "level"?`,
				`f.yaml:6:12: skills[1].skill: unknown skill "sequel"; did you mean "sql" (SQL)?`,
				`f.yaml:7:12: skills[1].level: want a number 0–4 (or none, aware, working, proficient, expert), not a list`,
				`f.yaml:8:9: remote: unknown workplace "sometimes"; want remote, hybrid, onsite or any`,
			}},
		{"field far from any name", "inventory",
			"hours_per_week: 5\nfavourite_colour: blue\n",
			[]string{`f.yaml:2:1: favourite_colour: unknown field "favourite_colour"; want one of name, current_role, target_role, long_term_role, target_by, location, remote, hours_per_week, start, skills, experience, certifications, motivations, budget, currency, domain, company_type, calendar_slot`}},
		{"a field twice in two cases", "inventory",
			"hours_per_week: 5\nHours_Per_Week: 6\n",
			[]string{`f.yaml:2:1: hours_per_week: hours_per_week is given twice (also at line 1); keep one`}},
		{"kind slip and bad parallelism", "sources",
			"settings:\n  delay: 1s\n  parallelism: -2\n  retries: many\nsources:\n  - name: a\n    kind: grenhouse\n    board: acme\n  - name: b\n    knd: lever\n",
			[]string{
				`f.yaml:3:16: settings.parallelism: -2 is negative; want 0 (meaning 1) or more`,
				`f.yaml:4:12: settings.retries: "many": want a whole number`,
				`f.yaml:7:11: sources[0].kind: unknown kind "grenhouse"; did you mean "greenhouse"? want greenhouse, lever, ashby, smartrecruiters, workable, jsonld or feed`,
				`f.yaml:9:5: sources[1]: kind is missing; want greenhouse, lever, ashby, smartrecruiters, workable, jsonld or feed`,
				`f.yaml:10:5: sources[1].knd: unknown field "knd"; did you mean "kind"?`,
			}},
		{"parallelism not a number", "sources",
			"settings:\n  delay: 1s\n  parallelism: 1.5\nsources:\n  - {name: a, kind: lever, board: acme}\n",
			[]string{`f.yaml:3:16: settings.parallelism: "1.5": want a whole number`}},
		{"a list where a mapping goes", "sources",
			"settings: [1s]\nsources:\n  - name\n",
			[]string{
				`f.yaml:1:11: settings: want a mapping of fields (user_agent, delay, parallelism, timeout, max_body_bytes, retries, include, exclude), not a list`,
				`f.yaml:3:5: sources[0]: want a mapping of fields (name, kind, board, url, company, base_url, include, exclude, max_depth, max_pages), not "name"`,
			}},
		{"bad dates and a status slip", "plan",
			strings.NewReplacer("start: 2026-06-01\ngoals", "start: 2026-13-01\ngoals", "due: 2026-06-14", "due: next week", "status: todo", "status: dne").Replace(goodPlan),
			[]string{
				`f.yaml:3:8: start: date "2026-13-01": want YYYY-MM-DD`,
				`f.yaml:10:17: goals[0].tasks[0].status: unknown status "dne"; did you mean "done"? want todo, doing, done or dropped`,
				`f.yaml:12:14: goals[0].tasks[0].due: date "next week": want YYYY-MM-DD`,
			}},
		{"bad created time", "plan",
			"created: last tuesday\n" + goodPlan,
			[]string{`f.yaml:1:10: created: "last tuesday": want a date and time such as 2026-11-15T09:00:00Z`}},
		{"taxonomy kind slip", "taxonomy",
			"skills:\n  - id: sql\n    name: SQL\n    category: tecnical\n    kind: tol\n    hours_per_level: some\n",
			[]string{
				`f.yaml:4:15: skills[0].category: unknown category "tecnical"; did you mean "technical"? want strategy, discovery, analytics, delivery, technical, go-to-market, leadership, domain, tools or certifications`,
				`f.yaml:5:11: skills[0].kind: unknown kind "tol"; did you mean "tool"? want skill, knowledge, tool, certification, domain or soft`,
				`f.yaml:6:22: skills[0].hours_per_level: "some": want a whole number`,
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := loaders[tt.loader](tt.in)
			var es Errors
			if !errors.As(err, &es) {
				t.Fatalf("got %T %v; want Errors", err, err)
			}
			if got := strings.Split(es.Error(), "\n"); !slices.Equal(got, tt.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			for _, e := range es {
				if e.Line == 0 || e.Col == 0 || e.Field == "" {
					t.Errorf("got %q; want a line, a column and a field", e)
				}
			}
		})
	}
}

// TestSchemaAccepts checks what the walk lets through: the good files, and what
// differs from them only in case or in writing a level as its name.
func TestSchemaAccepts(t *testing.T) {
	tests := []struct{ name, loader, in string }{
		{"good inventory", "inventory", goodInventory},
		{"level by name", "inventory", strings.Replace(goodInventory, "level: 1", "level: Proficient", 1)},
		{"field in capitals", "inventory", strings.Replace(goodInventory, "hours_per_week", "Hours_Per_Week", 1)},
		{"field with hyphens", "inventory", strings.Replace(goodInventory, "hours_per_week", "hours-per-week", 1)},
		{"null level", "inventory", strings.Replace(goodInventory, "level: 1", "level: ~", 1)},
		{"good sources", "sources", goodSources},
		{"kind in capitals", "sources", strings.Replace(goodSources, "kind: lever", "kind: Lever", 1)},
		{"good plan", "plan", goodPlan},
		{"plan enums in capitals", "plan", strings.NewReplacer("kind: skill", "kind: Skill", "horizon: short", "horizon: SHORT", "status: todo", "status: Done").Replace(goodPlan)},
		{"good taxonomy", "taxonomy", goodTaxonomy},
		{"taxonomy enums in capitals", "taxonomy", strings.NewReplacer("technical", "Technical", "kind: tool", "kind: Tool").Replace(goodTaxonomy)},
		{"anchors and aliases", "sources", "sources:\n  - &a {name: a, kind: lever, board: acme}\n  - {name: b, kind: lever, board: acme2}\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := loaders[tt.loader](tt.in); err != nil {
				t.Errorf("got %v; want no error", err)
			}
		})
	}
}

func TestLevelWords(t *testing.T) {
	for want := range skillgap.MaxLevel + 1 {
		in := strings.Replace(goodInventory, "level: 1", "level: "+strings.ToUpper(skillgap.LevelName(want)), 1)
		inv, err := LoadInventory(strings.NewReader(in), "f.yaml", invSkills())
		if err != nil {
			t.Fatal(err)
		}
		if got := inv.Skills[0].Level; got != want {
			t.Errorf("level %s: got %d; want %d", skillgap.LevelName(want), got, want)
		}
	}
}

func TestSourcesKindFolded(t *testing.T) {
	s, err := LoadSources(strings.NewReader(strings.Replace(goodSources, "kind: lever", "kind: LEVER", 1)), "f.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Sources[0].Kind; got != skillgap.Lever {
		t.Errorf("got kind %q; want %q", got, skillgap.Lever)
	}
}

func TestNearest(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" for no suggestion
	}{
		{"nme", "name"},
		{"Greenhouse", "greenhouse"},
		{"grenhouse", "greenhouse"},
		{"lvl", ""},
		{"high", ""},
		{"max_body", "max_body_bytes"},
	}
	cands := []string{"name", "greenhouse", "lever", "level", "max_body_bytes"}
	for _, tt := range tests {
		got, _ := nearest(tt.in, cands)
		if got != tt.want {
			t.Errorf("nearest(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}
