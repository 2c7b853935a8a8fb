package market

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
)

// trendPostings is 60 senior postings a month apart in two halves: in the
// earlier 90 days llms is asked by 6 of 60, in the later 90 days by 36 of 60;
// sql by half of each; waterfall by 30 then 12. Every posting is first seen
// on its own day, so the index holds many crawls.
func trendPostings() []skillgap.Posting {
	var ps []skillgap.Posting
	for i := range 120 {
		day := day0.AddDate(0, 0, -(i * 3 / 2))
		later := i < 60
		var skills []string
		if (later && i%5 < 3) || (!later && i%10 == 0) {
			skills = append(skills, "llms")
		}
		if i%2 == 0 {
			skills = append(skills, "sql")
		}
		if (later && i%5 == 0) || (!later && i%2 == 1) {
			skills = append(skills, "waterfall")
		}
		sen := skillgap.Senior
		if i%3 == 0 {
			sen = skillgap.Mid
		}
		ps = append(ps, post(i, analyze.RoleProductManager, sen, day, nil, skills...))
	}
	return ps
}

func trendTaxonomy() *skillgap.Taxonomy {
	return skillgap.NewTaxonomy([]skillgap.Skill{
		{ID: "llms", Name: "LLMs", Category: "technical"},
		{ID: "sql", Name: "SQL", Category: "analytics"},
		{ID: "waterfall", Name: "Waterfall", Category: "delivery"},
	})
}

// count is the brute-force number of postings in [from, to) and of those asking for id.
func count(ps []skillgap.Posting, id string, from, to time.Time) (with, total int) {
	for _, p := range ps {
		if p.Posted.Before(from) || !p.Posted.Before(to) {
			continue
		}
		total++
		if slices.ContainsFunc(p.Skills, func(m skillgap.SkillMention) bool { return m.SkillID == id }) {
			with++
		}
	}
	return with, total
}

func TestTrends(t *testing.T) {
	ps := trendPostings()
	idx := testIndex(t, ps)
	tax := trendTaxonomy()
	rep, err := Trends(t.Context(), idx, tax, TrendsOptions{Window: 90 * 24 * time.Hour, With: "LLMs", By: "seniority"})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Total != len(ps) || rep.Interval != "month" || !rep.AsOf.Equal(day0) {
		t.Fatalf("got total %d, interval %q, as of %v; want %d, month, %v", rep.Total, rep.Interval, rep.AsOf, len(ps), day0)
	}
	for _, r := range rep.Skills {
		with, total := count(ps, r.ID, time.Time{}, day0.AddDate(0, 0, 1))
		if r.Postings != with || r.Share != float64(with)/float64(total) || r.Name != tax.Name(r.ID) {
			t.Errorf("row %+v; want %d of %d postings", r, with, total)
		}
		if len(r.Series) == 0 || r.Change == nil {
			t.Errorf("row %s has no series or change", r.ID)
		}
	}
	if len(rep.Rising) != 1 || rep.Rising[0].SkillID != "llms" || len(rep.Falling) != 1 || rep.Falling[0].SkillID != "waterfall" {
		t.Fatalf("rising %+v, falling %+v; want llms rising and waterfall falling", rep.Rising, rep.Falling)
	}
	for _, c := range append(rep.Rising, rep.Falling...) {
		after, ta := count(ps, c.SkillID, rep.WindowStart, rep.WindowEnd)
		before, tb := count(ps, c.SkillID, rep.PreviousStart, rep.WindowStart)
		if c.After != after || c.TotalAfter != ta || c.Before != before || c.TotalBefore != tb || !c.Significant {
			t.Errorf("change %+v; want %d/%d → %d/%d, significant", c, before, tb, after, ta)
		}
	}
	both, llm := 0, 0
	for _, p := range ps {
		ids := map[string]bool{}
		for _, m := range p.Skills {
			ids[m.SkillID] = true
		}
		if ids["llms"] {
			llm++
			if ids["sql"] {
				both++
			}
		}
	}
	if rep.With != "llms" || rep.WithTotal != llm {
		t.Errorf("with %q in %d postings; want llms in %d", rep.With, rep.WithTotal, llm)
	}
	if i := slices.IndexFunc(rep.CoOccurring, func(r skillgap.CoRow) bool { return r.ID == "sql" }); i < 0 || rep.CoOccurring[i].Together != both {
		t.Errorf("co-occurring %+v; want sql together with llms in %d postings", rep.CoOccurring, both)
	}
	var groups []string
	for _, g := range rep.Groups {
		groups = append(groups, g.Value)
	}
	slices.Sort(groups)
	if rep.By != "seniority" || strings.Join(groups, ",") != "mid,senior" {
		t.Errorf("by %q groups %v; want seniority: mid, senior", rep.By, groups)
	}
}

func TestTrendsChoosesRows(t *testing.T) {
	idx := testIndex(t, trendPostings())
	tax := trendTaxonomy()
	tests := []struct {
		name string
		opts TrendsOptions
		want []string
	}{
		{"top one", TrendsOptions{Top: 1}, []string{"sql"}},
		{"category", TrendsOptions{Category: "delivery"}, []string{"waterfall"}},
		{"skills in the order given, unknown ones too", TrendsOptions{Skills: []string{"waterfall", "nosuch", "llms"}}, []string{"waterfall", "nosuch", "llms"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := Trends(t.Context(), idx, tax, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range rep.Skills {
				got = append(got, r.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got rows %v; want %v", got, tt.want)
			}
		})
	}
}

// TestTrendsSingleCrawl: postings all first seen on one day hold no trend.
func TestTrendsSingleCrawl(t *testing.T) {
	ps := trendPostings()
	for i := range ps {
		ps[i].FirstSeen = day0
	}
	rep, err := Trends(t.Context(), testIndex(t, ps), trendTaxonomy(), TrendsOptions{Window: 90 * 24 * time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Rising)+len(rep.Falling) != 0 || !strings.Contains(rep.Note, "single crawl") {
		t.Errorf("rising %v, falling %v, note %q; want none and the single-crawl note", rep.Rising, rep.Falling, rep.Note)
	}
}

// TestTrendsByCompanySaysHowMany: the sample has seven companies; the table
// shows six and says there are seven.
func TestTrendsByCompanySaysHowMany(t *testing.T) {
	idx := testIndex(t, trendPostings())
	rep, err := Trends(t.Context(), idx, trendTaxonomy(), TrendsOptions{Window: 90 * 24 * time.Hour, By: "company"})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Groups) != byGroups || rep.ByValues != 7 {
		t.Errorf("%d groups of %d values; want %d of 7", len(rep.Groups), rep.ByValues, byGroups)
	}
}
