package reports

import (
	"bytes"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
)

// TestTextGolden keeps the terminal renderings of the sample gap report,
// plan, review and trends in golden files.
func TestTextGolden(t *testing.T) {
	r := sampleReport()
	review := &skillgap.Review{
		Now:  skillgap.DateOf(time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)),
		Pace: skillgap.Pace{PlannedByNow: 12, Done: 9.5, Ratio: 0.79, Verdict: "behind"},
		Goals: []skillgap.GoalReview{{ID: "g1", Title: "Reach proficient SQL", DoneHours: 9.5, PlannedHours: 40, ActualHours: 11,
			Progress: 0.2375, OpenTasks: 3, Overdue: 1, Deadline: skillgap.DateOf(time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)),
			NewDeadline: skillgap.DateOf(time.Date(2026, 7, 14, 0, 0, 0, 0, time.UTC))}},
		Overdue:  []skillgap.OverdueTask{{GoalID: "g1", TaskID: "t1", Title: "Write ten queries", Status: skillgap.Todo, Due: skillgap.DateOf(time.Date(2026, 2, 20, 0, 0, 0, 0, time.UTC)), DaysLate: 9}},
		Postings: 214,
		Market: []skillgap.MarketChange{{SkillID: "sql", Before: 0.52, After: 0.58, Points: 6.2, Postings: 124, Total: 214, Significant: true},
			{SkillID: "pricing", After: 0.29, New: true, Postings: 61, Total: 214}},
		Suggestions: []skillgap.Suggestion{{Action: "add", SkillID: "pricing", Text: "Add a goal for pricing: asked in 29% of postings now."}},
	}
	month := func(m time.Month) time.Time { return time.Date(2025, m, 1, 0, 0, 0, 0, time.UTC) }
	trends := &skillgap.Trends{AsOf: time.Date(2025, 12, 28, 0, 0, 0, 0, time.UTC), Total: 1234, Interval: "month",
		Skills: []skillgap.TrendRow{{ID: "sql", Name: "SQL", Postings: 716, Share: 0.58, Required: 400, Preferred: 316,
			Series: []skillgap.Point{{Time: month(7), Count: 1, Total: 10}, {Time: month(8), Count: 3, Total: 10}, {Time: month(9), Total: 0}, {Time: month(10), Count: 9, Total: 10}},
			Change: &skillgap.Change{SkillID: "sql", Before: 38, TotalBefore: 316, After: 130, TotalAfter: 317, ShareBefore: 0.12, ShareAfter: 0.41, Delta: 29, P: 0.0001, Significant: true}}},
		WindowStart: time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), WindowEnd: time.Date(2025, 12, 29, 0, 0, 0, 0, time.UTC),
		PreviousStart: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC),
		Rising:        []skillgap.Change{{SkillID: "sql", Before: 38, TotalBefore: 316, After: 130, TotalAfter: 317, ShareBefore: 0.12, ShareAfter: 0.41, Delta: 29, P: 0.0001, Significant: true}},
	}
	tests := []struct {
		name   string
		render func(*bytes.Buffer) error
	}{
		{"gap.txt.golden", func(b *bytes.Buffer) error { return GapText(b, r.Gap, r.Taxonomy, 3, "senior PM") }},
		{"plan.txt.golden", func(b *bytes.Buffer) error { return PlanText(b, "plan.yaml", r.Plan, 2, r.Gap.Note) }},
		{"review.txt.golden", func(b *bytes.Buffer) error { return ReviewText(b, review, r.Taxonomy, 5) }},
		{"trends.txt.golden", func(b *bytes.Buffer) error { return TrendsText(b, trends, r.Taxonomy, " (seniority senior)") }},
		{"trends.csv.golden", func(b *bytes.Buffer) error { return TrendsCSV(b, trends) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.render(&b); err != nil {
				t.Fatal(err)
			}
			golden(t, tt.name, b.Bytes())
		})
	}
}
