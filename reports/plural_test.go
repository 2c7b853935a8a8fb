package reports

import (
	"bytes"
	"regexp"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
)

// countOfOne finds a count of one followed by a plural noun ("1 hours",
// "Only 1 mid technical PM postings"), allowing up to four words between.
var countOfOne = regexp.MustCompile(`(^|[^\d.,])1 ((?:[A-Za-z/&-]+ ){0,4}(?:postings|hours|goals|tasks|days|weeks|certifications|experiences|motivations|occurrences|sources|companies|skills))\b`)

// oneOfEverything is the sample report with every count of every output set
// to one: one posting, one comparison posting, one goal of one task of one
// hour, one day late, one unjudged posting.
func oneOfEverything() (Report, *skillgap.Review, *InventoryCheck, SkillPostings) {
	r := sampleFitReport()
	g := r.Gap
	g.Postings, g.Reliable, g.ComparePostings, g.Compare = 1, false, 1, "mid technical PM"
	g.Widening = []skillgap.Widening{{Step: "added neighbouring families", Before: 1, After: 1, Label: "mid technical PM"}}
	p := r.Plan
	p.Goals = p.Goals[:1]
	p.Goals[0].Tasks = p.Goals[0].Tasks[:1]
	p.Goals[0].Hours, p.Goals[0].Tasks[0].Hours, p.HoursPerWeek = 1, 1, 1
	p.Market.Postings = 1
	r.Fit.Unjudged, r.Fit.Postings, r.Fit.Blockers[0].Postings = 1, 1, 1
	r.Fit.Rows = append(r.Fit.Rows, make([]skillgap.PostingFit, maxFitRows)...)
	for i := 3; i < len(r.Fit.Rows)-1; i++ { // one more than the table shows
		r.Fit.Rows[i] = r.Fit.Rows[0]
	}
	r.Fit.Rows = r.Fit.Rows[:maxFitRows+1]
	day := skillgap.DateOf(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC))
	review := &skillgap.Review{Now: day, Postings: 1,
		Overdue: []skillgap.OverdueTask{{GoalID: "g1", TaskID: "t1", Title: "Write a query", Status: skillgap.Todo, Due: day, DaysLate: 1},
			{GoalID: "g1", TaskID: "t2", Title: "Meet a peer", Due: day, DaysLate: 1, Times: 1, Missed: 1}},
		Market: []skillgap.MarketChange{{SkillID: "sql", Before: 0, After: 1, Points: 100, Postings: 1, Total: 1}}}
	inv := &InventoryCheck{Path: "inventory.yaml", Inventory: &skillgap.Inventory{
		Experience:     []skillgap.Experience{{Role: "PM"}},
		Certifications: []skillgap.Certification{{Name: "CSPO"}},
		Motivations:    []string{"ai"},
	}, Gap: g}
	sp := SkillPostings{Skill: "sql", Name: "SQL", Basis: "mid technical PM", Total: 1, Postings: []skillgap.Example{{Title: "PM"}}}
	return r, review, inv, sp
}

// TestOnePluraliser renders every output with counts of one and finds no
// plural after them: every count goes through skillgap.Plural.
func TestOnePluraliser(t *testing.T) {
	r, review, inv, sp := oneOfEverything()
	outputs := map[string]func(*bytes.Buffer) error{
		"gap text":       func(b *bytes.Buffer) error { return GapText(b, r.Gap, r.Taxonomy, 3, "senior PM") },
		"plan text":      func(b *bytes.Buffer) error { return PlanText(b, "plan.yaml", r.Plan, 1, "") },
		"demo text":      func(b *bytes.Buffer) error { return DemoText(b, r.Gap, r.Plan, nil, "data", "out") },
		"review text":    func(b *bytes.Buffer) error { return ReviewText(b, review, r.Taxonomy, 5) },
		"inventory text": func(b *bytes.Buffer) error { return InventoryText(b, inv, r.Taxonomy) },
		"postings text":  func(b *bytes.Buffer) error { return PostingsText(b, sp) },
		"fit text":       func(b *bytes.Buffer) error { return FitText(b, r.Fit, r.Taxonomy, 3) },
		"markdown":       func(b *bytes.Buffer) error { return Markdown(b, r) },
		"html":           func(b *bytes.Buffer) error { return HTML(b, r) },
		"ics":            func(b *bytes.Buffer) error { return ICS(b, r.Plan) },
		"trends text": func(b *bytes.Buffer) error {
			return TrendsText(b, &skillgap.Trends{Total: 1, Interval: "month", With: "sql", WithTotal: 1,
				Skills: []skillgap.TrendRow{{ID: "sql", Name: "SQL", Postings: 1, Share: 1, Required: 1}}}, r.Taxonomy, "")
		},
	}
	tags := regexp.MustCompile(`<[^>]*>`)
	anyOne := regexp.MustCompile(`(^|[^\d.,])1 [a-z]`)
	for name, render := range outputs {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			if err := render(&b); err != nil {
				t.Fatal(err)
			}
			text := tags.ReplaceAll(b.Bytes(), []byte(" "))
			for _, m := range countOfOne.FindAllSubmatch(text, -1) {
				t.Errorf("got %q; want the singular", "1 "+string(m[2]))
			}
			if !anyOne.Match(text) {
				t.Errorf("no count of one rendered at all:\n%s", text)
			}
		})
	}
}
