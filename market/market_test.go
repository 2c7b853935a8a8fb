package market

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
	"github.com/skillgap/skillgap/index"
)

// post is a posting of family role and seniority sen on day, asking for skills.
func post(i int, role string, sen skillgap.Seniority, day time.Time, domains []string, skills ...string) skillgap.Posting {
	p := skillgap.Posting{
		ID: fmt.Sprintf("ashby:b:%d", i), Source: "b", SourceKind: "ashby", Company: fmt.Sprintf("Co%d", i%7),
		Title: "PM " + fmt.Sprint(i), Role: role, Seniority: sen, Description: fmt.Sprintf("posting %d", i),
		Posted: day, FirstSeen: day, LastSeen: day, Domains: domains,
	}
	for _, s := range skills {
		p.Skills = append(p.Skills, skillgap.SkillMention{SkillID: s, Level: skillgap.Required})
	}
	return p
}

// testIndex writes ps into a new index.
func testIndex(t *testing.T, ps []skillgap.Posting) *Index {
	t.Helper()
	idx, err := index.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	if err := idx.Put(t.Context(), ps); err != nil {
		t.Fatal(err)
	}
	return &Index{ix: idx}
}

var day0 = time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC)

// market builds: 8 senior AI PM postings in payments, 10 senior technical
// PM, 20 mid AI PM, 40 senior PM (plain), 6 director, 12 group/lead — all in
// the last three months — and one stray director posting a year earlier.
func market(t *testing.T) *Index {
	var ps []skillgap.Posting
	n := 0
	add := func(k int, role string, sen skillgap.Seniority, domains []string, skills ...string) {
		for range k {
			ps = append(ps, post(n, role, sen, day0.AddDate(0, 0, -(n%90)), domains, skills...))
			n++
		}
	}
	add(8, analyze.RoleAIPM, skillgap.Senior, []string{"payments", "fintech"}, "llms", "payments")
	add(10, analyze.RoleTechnicalPM, skillgap.Senior, nil, "apis")
	add(20, analyze.RoleAIPM, skillgap.Mid, nil, "llms")
	add(40, analyze.RoleProductManager, skillgap.Senior, nil, "roadmapping")
	add(6, analyze.RoleProductLeader, skillgap.Director, nil, "people-management", "hiring")
	add(12, analyze.RoleProductManager, skillgap.Lead, nil, "people-management")
	ps = append(ps, post(n, analyze.RoleProductLeader, skillgap.Director, day0.AddDate(-1, 0, 0), nil, "hiring"))
	return testIndex(t, ps)
}

func TestForTargetWidening(t *testing.T) {
	idx := market(t)
	tests := []struct {
		name   string
		target Target
		total  int
		steps  []string
		label  string
	}{
		{"plain senior PM spans every family", Target{Seniority: skillgap.Senior, Role: analyze.RoleProductManager}, 58, nil, "senior PM"},
		{"AI PM adds neighbours, then seniority", Target{Seniority: skillgap.Senior, Role: analyze.RoleAIPM}, 38,
			[]string{"added the neighbouring families technical PM, platform PM or data PM", "added the seniority next to senior: mid or staff"},
			"senior, mid or staff AI PM, technical PM, platform PM or data PM"},
		// The window is lengthened first (6 director postings), which takes in the stray one.
		{"director adds group/lead first, then VP", Target{Seniority: skillgap.Director, Role: analyze.RoleProductLeader}, 19,
			[]string{"added group/lead PM postings", "added the seniority next to director: vp"}, "director, group/lead or VP product leadership"},
		{"domain widens to the broader domain, then drops it", Target{Seniority: skillgap.Senior, Role: analyze.RoleAIPM, Domains: []string{"payments"}, Broader: []string{"fintech"}}, 38,
			[]string{"added the neighbouring families technical PM, platform PM or data PM", "added the seniority next to senior: mid or staff",
				"widened the domain payments to payments or fintech", "dropped the domain payments or fintech"}, "senior, mid or staff AI PM, technical PM, platform PM or data PM"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := ForTarget(t.Context(), idx, tt.target, Options{Window: 183 * 24 * time.Hour})
			if err != nil {
				t.Fatal(err)
			}
			var steps []string
			for _, w := range b.Widening {
				steps = append(steps, w.Step)
				if w.After < w.Before {
					t.Errorf("step %q: %d → %d; want no fewer postings after", w.Step, w.Before, w.After)
				}
			}
			if b.Total != tt.total || strings.Join(steps, "|") != strings.Join(tt.steps, "|") || (tt.label != "" && b.Label != tt.label) {
				t.Errorf("got %d postings %q via %q; want %d %q via %q", b.Total, b.Label, steps, tt.total, tt.label, tt.steps)
			}
		})
	}
}

func TestForTargetNotes(t *testing.T) {
	idx := market(t)
	b, err := ForTarget(t.Context(), idx, Target{Seniority: skillgap.Senior}, Options{Now: day0.AddDate(1, 0, 0)})
	if err != nil {
		t.Fatal(err)
	}
	notes := strings.Join(b.Notes, "\n")
	// Every posting was first seen on its own day, so this is no single crawl.
	if strings.Contains(notes, "single crawl") {
		t.Errorf("got notes %q; want no single-crawl note", notes)
	}
	if !strings.Contains(notes, "The market data ends 2025-10-01; the figures are for 2026-10-01, 12 months later") {
		t.Errorf("got notes %q; want the data's age", notes)
	}
}

func TestSingleSnapshot(t *testing.T) {
	var ps []skillgap.Posting
	crawl := day0
	for i := range 80 {
		p := post(i, analyze.RoleProductManager, skillgap.Senior, day0.AddDate(0, 0, -3*i), nil, "sql")
		p.FirstSeen = crawl // one crawl saw them all
		if i%2 == 0 {
			p.Skills = nil
		}
		ps = append(ps, p)
	}
	idx := testIndex(t, ps)
	b, err := ForTarget(t.Context(), idx, Target{Seniority: skillgap.Senior}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !b.SingleCrawl || !strings.Contains(strings.Join(b.Notes, " "), "single crawl") {
		t.Errorf("got notes %q; want the single-crawl note", b.Notes)
	}
	for _, d := range b.Demand {
		if d.TrendSignificant || d.Trend != 0 {
			t.Errorf("got trend %+v from a single crawl; want none", d)
		}
	}
}

func TestStrayRecentPostingLengthensWindow(t *testing.T) {
	var ps []skillgap.Posting
	for i := range 40 {
		ps = append(ps, post(i, analyze.RoleProductManager, skillgap.Senior, day0.AddDate(0, -8, -i), nil, "sql"))
	}
	ps = append(ps, post(99, analyze.RoleProductManager, skillgap.Senior, day0, nil, "sql"))
	idx := testIndex(t, ps)
	b, err := ForTarget(t.Context(), idx, Target{Seniority: skillgap.Senior}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if b.Total != 41 || !strings.Contains(strings.Join(b.Notes, " "), "lengthened from 6 months to 12 months") {
		t.Errorf("got %d postings, notes %q; want the window lengthened to hold all 41", b.Total, b.Notes)
	}
}

func TestCompareEntryLevel(t *testing.T) {
	idx := market(t)
	target, err := ForTarget(t.Context(), idx, Target{Seniority: skillgap.Senior, Role: analyze.RoleAIPM}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	c, err := Compare(t.Context(), idx, Families(analyze.RoleAIPM, skillgap.Mid), skillgap.Mid, target, Options{Min: 15})
	if err != nil {
		t.Fatal(err)
	}
	if c.Total != 20 || c.Label != "mid AI PM" || len(c.Widening) != 0 {
		t.Errorf("got %d %q %v; want 20 mid AI PM postings", c.Total, c.Label, c.Widening)
	}
}

func TestDomainKeptFromHalfTheMinimum(t *testing.T) {
	idx := market(t)
	tgt := Target{Seniority: skillgap.Senior, Role: analyze.RoleAIPM, Domains: []string{"payments"}, Broader: []string{"fintech"}}
	b, err := ForTarget(t.Context(), idx, tgt, Options{Min: 16})
	if err != nil {
		t.Fatal(err)
	}
	// No step before dropping the domain adds postings, and 8 is half of 16: the domain stays.
	if b.Total != 8 || len(b.Widening) != 0 || b.Label != "senior AI PM in payments" {
		t.Errorf("got %d %q via %v; want the 8 payments postings kept: half of 16", b.Total, b.Label, b.Widening)
	}
}
