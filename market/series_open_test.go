package market

import (
	"testing"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/index"
)

// TestTrendsSeriesCountsOpenPostings: with several snapshots, a posting
// counts in every month it was open (first seen ≤ month end, last seen ≥
// month start), checked against a brute-force count; trends say how many
// snapshots they rest on.
func TestTrendsSeriesCountsOpenPostings(t *testing.T) {
	d := func(m time.Month, day int) time.Time { return time.Date(2026, m, day, 0, 0, 0, 0, time.UTC) }
	ps := []skillgap.Posting{
		post(1, "product manager", skillgap.Senior, d(1, 5), nil, "sql"),
		post(2, "product manager", skillgap.Senior, d(1, 20), nil, "sql", "pricing"),
		post(3, "product manager", skillgap.Senior, d(3, 2), nil, "pricing"),
		post(4, "product manager", skillgap.Senior, d(2, 27), nil),
	}
	ps[0].LastSeen = d(3, 31) // open January to March
	ps[1].LastSeen = d(2, 1)  // January and February
	ps[1].Closed = d(2, 2)
	ps[2].Posted = d(1, 1) // dated January, first seen in March: counts from March
	ps[3].LastSeen = d(4, 1)
	rep, err := Trends(t.Context(), testIndex(t, ps), trendTaxonomy(), TrendsOptions{Skills: []string{"sql", "pricing"}})
	if err != nil {
		t.Fatal(err)
	}
	if rep.SeriesBy != "open" || rep.Snapshots != 4 {
		t.Errorf("got series by %q on %d snapshots; want open on 4 (first-seen days)", rep.SeriesBy, rep.Snapshots)
	}
	brute := func(month time.Time, id string) (with, total int) {
		end := month.AddDate(0, 1, 0)
		for _, p := range ps {
			if p.FirstSeen.Before(end) && !p.LastSeen.Before(month) {
				total++
				for _, m := range p.Skills {
					if m.SkillID == id {
						with++
					}
				}
			}
		}
		return with, total
	}
	// check compares every month of rep with the brute count: months
	// months from first.
	check := func(rep skillgap.Trends, first time.Time, months int, what string) {
		t.Helper()
		for _, row := range rep.Skills {
			if len(row.Series) != months || !row.Series[0].Time.Equal(first) {
				t.Fatalf("%s, %s: got %d months from %v; want %d from %v", row.ID, what, len(row.Series), row.Series[0].Time, months, first)
			}
			for _, pt := range row.Series {
				with, total := brute(pt.Time, row.ID)
				if pt.Count != with || pt.Total != total {
					t.Errorf("%s %s, %s: got %d of %d; want %d of %d", row.ID, pt.Time.Format("2006-01"), what, pt.Count, pt.Total, with, total)
				}
			}
		}
	}
	check(rep, d(1, 1), 4, "January to April")
	// March: postings 1, 3 and 4 were open; 2 had closed.
	if m := rep.Skills[0].Series[2]; m.Total != 3 {
		t.Errorf("March: got %d open postings; want 3", m.Total)
	}
	// A window of February and March: posting 1, dated January but open
	// then, counts; no month outside the window is shown.
	rep, err = Trends(t.Context(), testIndex(t, ps), trendTaxonomy(), TrendsOptions{Skills: []string{"sql", "pricing"},
		Filter: index.Filter{Since: d(2, 1), Until: d(4, 1)}})
	if err != nil {
		t.Fatal(err)
	}
	check(rep, d(2, 1), 2, "the February–March window")
}
