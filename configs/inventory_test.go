package configs

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/skillgap/skillgap"
)

// invSkills is a small taxonomy for inventory tests.
func invSkills() *skillgap.Taxonomy {
	return skillgap.NewTaxonomy([]skillgap.Skill{
		{ID: "sql", Name: "SQL", Kind: skillgap.KindTool, Aliases: []string{"SQL", "structured query language"}},
		{ID: "ab-testing", Name: "A/B testing", Kind: skillgap.KindSkill, Aliases: []string{"A/B testing", "experimentation", "split testing"}},
		{ID: "product-strategy", Name: "Product strategy", Kind: skillgap.KindSkill},
		{ID: "roadmapping", Name: "Roadmapping", Kind: skillgap.KindSkill, Aliases: []string{"roadmap", "product roadmap"}},
		{ID: "user-research", Name: "User research", Kind: skillgap.KindSkill, Aliases: []string{"customer interviews"}},
		{ID: "stakeholder-management", Name: "Stakeholder management", Kind: skillgap.KindSoft},
		{ID: "scrum", Name: "Scrum", Kind: skillgap.KindKnowledge},
		{ID: "cspo", Name: "Certified Scrum Product Owner", Kind: skillgap.KindCertification, Aliases: []string{"CSPO"}},
	})
}

func loadInvFile(t *testing.T, name string) (skillgap.Inventory, error) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "inventory", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return LoadInventory(f, name, invSkills())
}

func TestLoadInventory(t *testing.T) {
	inv, err := loadInvFile(t, "good.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range inv.Skills {
		got = append(got, s.Skill)
	}
	if strings.Join(got, ",") != "sql,ab-testing,product-strategy" {
		t.Errorf("got skills %v; want sql,ab-testing,product-strategy", got)
	}
	if inv.HoursPerWeek != 5.5 || inv.Remote != skillgap.Remote || inv.Start.String() != "2026-03-02" || inv.TargetBy.String() != "2027-09-01" {
		t.Errorf("got hours %g remote %q start %s target_by %s", inv.HoursPerWeek, inv.Remote, inv.Start, inv.TargetBy)
	}
	if len(inv.Experience) != 2 || len(inv.Certifications) != 1 || len(inv.Motivations) != 2 {
		t.Errorf("got %d experiences, %d certifications, %d motivations; want 2, 1, 2", len(inv.Experience), len(inv.Certifications), len(inv.Motivations))
	}
}

func TestLoadInventoryErrors(t *testing.T) {
	tests := []struct {
		file string
		want []string
	}{
		{"unknown_skill.yaml", []string{`unknown_skill.yaml:6:12: skills[1].skill: unknown skill "sequel"; did you mean "sql" (SQL)?`}},
		{"bad_values.yaml", []string{
			"bad_values.yaml:2:17: hours_per_week: 120 hours per week is more than 80",
			`bad_values.yaml:3:9: remote: unknown workplace "sometimes"`,
			`bad_values.yaml:4:8: start: date "2026-02-30": want YYYY-MM-DD`,
			`bad_values.yaml:7:12: skills[0].level: "5": want a number 0–4 (or none, aware, working, proficient, expert)`,
			`bad_values.yaml:8:12: skills[1].skill: "SQL" is sql, already listed at skills[0]`,
			`bad_values.yaml:10:16: skills[1].last_used: date "last year"`,
			"bad_values.yaml:14:10: experience[0].end: 2023-01 is before start 2024-05",
		}},
		{"unknown_field.yaml", []string{"unknown_field.yaml:3:1", "skils"}},
		{"no_hours.yaml", []string{"no_hours.yaml:1:1: hours_per_week: must be more than 0"}},
		{"resume_bad.json", []string{`resume_bad.json: skills[0].level: unknown level "Wizard"`, `resume_bad.json: work[0].startDate: date "last spring"`}},
		{"resume_syntax.json", []string{"resume_syntax.json:4: JSON Resume: invalid character"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			_, err := loadInvFile(t, tt.file)
			if err == nil {
				t.Fatalf("got no error; want %q", tt.want)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("got %q; want it to contain %q", err, w)
				}
			}
		})
	}
}

func TestSuggest(t *testing.T) {
	r := newResolver(invSkills())
	tests := []struct{ in, want string }{
		{"sequel", "sql"},
		{"roadmaping", "roadmapping"},
		{"stakeholder comms", "stakeholder-management"},
		{"A/B test", "ab-testing"},
		{"customer interview", "user-research"},
	}
	for _, tt := range tests {
		s, ok := r.suggest(normKey(tt.in))
		if !ok || s.ID != tt.want {
			t.Errorf("suggest(%q) = %q, %v; want %q", tt.in, s.ID, ok, tt.want)
		}
	}
	if s, ok := r.suggest(normKey("underwater basket weaving")); ok {
		t.Errorf("got suggestion %q for nonsense; want none", s.ID)
	}
}

func TestLoadJSONResume(t *testing.T) {
	inv, err := loadInvFile(t, "resume.json")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, s := range inv.Skills {
		got[s.Skill] = s.Level
	}
	want := map[string]int{"sql": 3, "ab-testing": 3, "product-strategy": 2}
	if len(got) != len(want) {
		t.Fatalf("got skills %v; want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("got %s at %d; want %d", k, got[k], v)
		}
	}
	if inv.Name != "Jo Park" || inv.CurrentRole != "Product Manager" || inv.Location != "Austin, US" || inv.HoursPerWeek != JSONResumeHoursPerWeek {
		t.Errorf("got %q %q %q %g", inv.Name, inv.CurrentRole, inv.Location, inv.HoursPerWeek)
	}
	if len(inv.Experience) != 2 || inv.Experience[0].Company != "Initech" || len(inv.Certifications) != 1 {
		t.Errorf("got experience %+v certifications %+v", inv.Experience, inv.Certifications)
	}
}

func TestInventoryTemplateLoads(t *testing.T) {
	if _, err := LoadInventory(bytes.NewReader(InventoryTemplate()), "inventory_template.yaml", invSkills()); err != nil {
		t.Fatalf("template does not load: %v", err)
	}
}

// TestInventoryExampleLoads checks the shipped example against the shipped taxonomy.
func TestInventoryExampleLoads(t *testing.T) {
	skills, err := Taxonomy()
	if err != nil {
		t.Fatal(err)
	}
	inv, err := LoadInventory(bytes.NewReader(InventoryExample()), "inventory.example.yaml", skillgap.NewTaxonomy(skills))
	if err != nil {
		t.Fatalf("example does not load: %v", err)
	}
	if inv.TargetRole == "" || inv.LongTermRole == "" || len(inv.Skills) < 10 || inv.HoursPerWeek <= 0 {
		t.Errorf("got %+v; want a full example", inv)
	}
}

func FuzzLoadInventory(f *testing.F) {
	for _, name := range []string{"good.yaml", "bad_values.yaml", "resume.json", "resume_bad.json"} {
		b, err := os.ReadFile(filepath.Join("testdata", "inventory", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	skills := invSkills()
	f.Fuzz(func(t *testing.T, data []byte) {
		inv, err := LoadInventory(bytes.NewReader(data), "fuzz.yaml", skills)
		if err != nil {
			return
		}
		for _, s := range inv.Skills {
			if s.Level < 0 || s.Level > skillgap.MaxLevel {
				t.Fatalf("accepted level %d", s.Level)
			}
		}
	})
}
