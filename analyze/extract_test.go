package analyze

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/skillgap/skillgap"
)

// found maps skill id to level for an extraction.
func found(x Extraction) map[string]skillgap.Requirement {
	m := map[string]skillgap.Requirement{}
	for _, s := range x.Skills {
		m[s.SkillID] = s.Level
	}
	return m
}

func TestExtractCases(t *testing.T) {
	e := smallExtractor(t)
	const R, P = skillgap.Required, skillgap.Preferred
	tests := []struct {
		name string
		text string
		want map[string]skillgap.Requirement // skills that must be found at that level
		not  []string                        // skills that must not be found
	}{
		{"ab variants", "Run A/B tests.\nAB tests too.", map[string]skillgap.Requirement{"ab-testing": R}, nil},
		{"a-b test", "Design an a-b test.", map[string]skillgap.Requirement{"ab-testing": R}, nil},
		{"uk spelling", "Prioritise the backlog.", map[string]skillgap.Requirement{"prioritization": R}, nil},
		{"plural", "Own product roadmaps and KPIs.", map[string]skillgap.Requirement{"roadmapping": R, "okrs": R}, nil},
		{"parenthetical", "Python (primary) and SQL.", map[string]skillgap.Requirement{"python": R, "sql": R}, nil},
		{"alias parenthetical", "Set Objectives and Key Results each quarter.", map[string]skillgap.Requirement{"okrs": R}, nil},
		{"joined", "Dashboards in PowerBI.", map[string]skillgap.Requirement{"power-bi": R}, nil},
		{"split compound", "Work on ecommerce and e-commerce.", map[string]skillgap.Requirement{"ecommerce": R}, nil},
		{"c++", "Write C++ code.", map[string]skillgap.Requirement{"cpp": R}, nil},
		{"ai inside word", "Maintain and explain the domain.", nil, []string{"machine-learning"}},
		{"ai lower", "We said ai once.", nil, []string{"machine-learning"}},
		{"ai", "Ship AI features.", map[string]skillgap.Requirement{"machine-learning": R}, nil},
		{"segment company", "Instrument events with Segment and Amplitude.", map[string]skillgap.Requirement{"segment": R, "amplitude": R}, nil},
		{"market segment", "Know the market Segment you serve.", nil, []string{"segment"}},
		{"segment lower", "Each customer segment matters.", nil, []string{"segment"}},
		{"amplitude lower", "The amplitude of change.", nil, []string{"amplitude"}},
		{"go verb", "Go deep with engineers and go fast.", nil, []string{"golang"}},
		{"go language", "Read Go or Python code.", map[string]skillgap.Requirement{"golang": R, "python": R}, nil},
		{"longest match", "Do SQL query optimization.", map[string]skillgap.Requirement{"sql-performance": R}, []string{"sql"}},
		{"negation before", "No SQL required.", nil, []string{"sql"}},
		{"negation experience", "No experience with Figma needed.", nil, []string{"figma"}},
		{"negation after", "Python is not required.", nil, []string{"python"}},
		{"not afraid", "Not afraid to write SQL.", map[string]skillgap.Requirement{"sql": R}, nil},
		{"inline plus", "- SQL\n- Experience with Figma is a plus.", map[string]skillgap.Requirement{"sql": R, "figma": P}, nil},
		{"plus not required", "Figma is a plus but not required.", map[string]skillgap.Requirement{"figma": P}, nil},
		{"ideally", "Ideally you have used Amplitude.", map[string]skillgap.Requirement{"amplitude": P}, nil},
		{"nice section", "Requirements\n- SQL\n\nNice to have\n- Python\n- Figma", map[string]skillgap.Requirement{"sql": R, "python": P, "figma": P}, nil},
		{"preferred qualifications", "Minimum qualifications:\n- SQL\nPreferred qualifications:\n- SQL\n- Jira", map[string]skillgap.Requirement{"sql": R, "jira": P}, nil},
		{"strongest level", "Bonus points\n- SQL\n\nYou have\n- SQL daily", map[string]skillgap.Requirement{"sql": R}, nil},
		{"inline heading", "Requirements: SQL and Python.\nBonus: Figma.", map[string]skillgap.Requirement{"sql": R, "python": R, "figma": P}, nil},
		{"about us", "About Us\nWe use AI and SQL to power e-commerce.\n\nThe Role\n- Own pricing.", map[string]skillgap.Requirement{"pricing": R}, []string{"machine-learning", "sql", "ecommerce"}},
		{"company prose", "At Acme we build B2B SaaS for payments.\n\n- Own the roadmap.", map[string]skillgap.Requirement{"roadmapping": R}, []string{"b2b-saas", "payments"}},
		{"benefits", "Benefits\n- Scrum training budget\n- Jira licence", nil, []string{"agile", "jira"}},
		{"eeo", "Acme is an equal opportunity employer and uses Jira.", nil, []string{"jira"}},
		{"inline benefits", "- SQL\n- We offer a Python course.", map[string]skillgap.Requirement{"sql": R}, []string{"python"}},
		{"unicode", "Strong SQL — and “Python”; e‑commerce.", map[string]skillgap.Requirement{"sql": R, "python": R, "ecommerce": R}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := found(e.Extract("Product Manager", tt.text))
			for id, lvl := range tt.want {
				if got[id] != lvl {
					t.Errorf("%s: got %q; want %q (all: %v)", id, got[id], lvl, got)
				}
			}
			for _, id := range tt.not {
				if l, ok := got[id]; ok {
					t.Errorf("%s: got %q; want not found", id, l)
				}
			}
		})
	}
}

func TestExtractExpectedAndEvidence(t *testing.T) {
	e := smallExtractor(t)
	tests := []struct {
		text, id string
		want     int
	}{
		{"Familiarity with Figma.", "figma", 1},
		{"Working knowledge of SQL.", "sql", 2},
		{"Experience with Jira.", "jira", 2},
		{"Strong SQL skills.", "sql", 3},
		{"Strong experience with Python.", "python", 3},
		{"Proven track record with pricing.", "pricing", 3},
		{"Deep understanding of Agile.", "agile", 3},
		{"Expert in SQL.", "sql", 4},
		{"A Python expert.", "python", 4},
		{"Mastery of Figma.", "figma", 4},
		{"Use Jira.", "jira", 0},
		{"Strong communication skills and familiarity with Figma.", "figma", 1},
	}
	for _, tt := range tests {
		x := e.Extract("", tt.text)
		var got *skillgap.SkillMention
		for i := range x.Skills {
			if x.Skills[i].SkillID == tt.id {
				got = &x.Skills[i]
			}
		}
		if got == nil {
			t.Errorf("%q: %s not found", tt.text, tt.id)
			continue
		}
		if got.Expected != tt.want {
			t.Errorf("%q: got expected %d; want %d", tt.text, got.Expected, tt.want)
		}
		if got.Evidence != tt.text {
			t.Errorf("%q: got evidence %q; want the sentence", tt.text, got.Evidence)
		}
	}
}

func TestExtractOneEntryPerSkill(t *testing.T) {
	e := smallExtractor(t)
	x := e.Extract("", "Nice to have:\n- SQL basics\n\nRequirements:\n- Strong SQL.\n- SQL again.")
	if len(x.Skills) != 1 {
		t.Fatalf("got %d mentions; want 1: %+v", len(x.Skills), x.Skills)
	}
	if m := x.Skills[0]; m.Level != skillgap.Required || m.Evidence != "Strong SQL." || m.Expected != 3 {
		t.Errorf("got %+v; want required with evidence %q, expected 3", m, "Strong SQL.")
	}
}

func TestExtractYears(t *testing.T) {
	e := smallExtractor(t)
	tests := []struct {
		text string
		want int
	}{
		{"5+ years of product management experience.", 5},
		{"At least 3 years in product.", 3},
		{"3-5 years of experience.", 3},
		{"3 to 5 years experience as a PM.", 3},
		{"Five years of experience.", 5},
		{"five (5) years of experience", 5},
		{"Minimum of 4 years' experience.", 4},
		{"8+ years of experience, including 3+ years managing PMs.", 8},
		{"Founded 10 years ago, we ship.", 0},
		{"Over the next 3 years you will grow.", 0},
		{"About Us\nFor 20 years of history we led.\n\nRequirements\n- 2+ years of experience", 2},
		{"Requirements\n- 2+ years of experience\nNice to have\n- 6+ years of experience", 2},
		{"Nice to have\n- 4+ years of experience in SaaS", 4},
		{"No years here.", 0},
	}
	for _, tt := range tests {
		if got := e.Extract("", tt.text).YearsMin; got != tt.want {
			t.Errorf("%q: got %d; want %d", tt.text, got, tt.want)
		}
	}
}

func TestNewExtractorErrors(t *testing.T) {
	tests := []struct {
		name   string
		skills []skillgap.Skill
		want   string
	}{
		{"no id", []skillgap.Skill{{Name: "X"}}, "no id"},
		{"repeated", []skillgap.Skill{{ID: "x", Name: "X"}, {ID: "x", Name: "Y"}}, "repeated"},
		{"guard", []skillgap.Skill{{ID: "x", Name: "X", Guards: []skillgap.Guard{{Alias: " "}}}}, "guard"},
	}
	for _, tt := range tests {
		_, err := NewExtractor(tt.skills)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: got %v; want error containing %q", tt.name, err, tt.want)
		}
	}
}

func TestAnnotate(t *testing.T) {
	e := smallExtractor(t)
	p := &skillgap.Posting{Title: "Senior Product Manager, Growth", Description: "- 6+ years of experience\n- SQL"}
	e.Annotate(p)
	if p.Seniority != skillgap.Senior || p.Role != RoleGrowthPM || p.YearsMin != 6 || len(p.Skills) != 1 || p.Skills[0].SkillID != "sql" {
		t.Errorf("got %q %q %d %+v; want senior, growth pm, 6, [sql]", p.Seniority, p.Role, p.YearsMin, p.Skills)
	}
}

func TestExtractEmpty(t *testing.T) {
	e := smallExtractor(t)
	for _, s := range []string{"", "\n\n", "   ", ":", "- \n- "} {
		if x := e.Extract("", s); len(x.Skills) != 0 || x.YearsMin != 0 {
			t.Errorf("%q: got %+v; want nothing", s, x)
		}
	}
}

// TestCaseSensitivePlural checks that a case-sensitive guard on an acronym
// accepts its plural: "APIs" for "API", as Normalize folds "apis" to "api".
func TestCaseSensitivePlural(t *testing.T) {
	e, err := NewExtractor([]skillgap.Skill{
		{ID: "apis", Name: "APIs & integrations", Aliases: []string{"api"}, Guards: []skillgap.Guard{{Alias: "API", CaseSensitive: true}}},
		{ID: "segment", Name: "Segment", Guards: []skillgap.Guard{{Alias: "Segment", CaseSensitive: true}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want string // skill id found, "" for none
	}{
		{"Experience with APIs.", "apis"},
		{"Design REST API's and webhooks.", "apis"},
		{"Experience with API design.", "apis"},
		{"Know the api well.", ""},
		{"Instrument events with Segment.", "segment"},
		{"Know the market Segments you serve.", ""},
	}
	for _, tt := range tests {
		x := e.Extract("", tt.text)
		got := ""
		if len(x.Skills) > 0 {
			got = x.Skills[0].SkillID
		}
		if got != tt.want || len(x.Skills) > 1 {
			t.Errorf("%q: got %+v; want %q", tt.text, x.Skills, tt.want)
		}
	}
}

// TestExtractConcurrent runs one extractor from many goroutines (run with
// -race): pooled scratch memory must not leak between calls.
func TestExtractConcurrent(t *testing.T) {
	e := smallExtractor(t)
	texts := []string{benchPosting, "Requirements:\n- Strong SQL\nNice to have: Python", "No SQL required.", "",
		strings.Repeat("Run A/B tests with Amplitude. ", 200), "Senior PM\n- 5+ years\n- Figma"}
	want := make([]Extraction, len(texts))
	for i, s := range texts {
		want[i] = e.Extract("Product Manager", s)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(texts))
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 20 {
				i := (g + k) % len(texts)
				if got := e.Extract("Product Manager", texts[i]); !reflect.DeepEqual(got, want[i]) {
					errs <- fmt.Sprintf("text %d: got %+v; want %+v", i, got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for msg := range errs {
		t.Error(msg)
	}
}
