package index

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
)

// examplePostings are 450 postings (more than two pages of Postings) over
// 90 days, five a day; every third asks for SQL with its own sentence, every
// fifth is senior, and the last one is a closed duplicate-free posting.
func examplePostings() []skillgap.Posting {
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	var ps []skillgap.Posting
	for i := range 450 {
		day := start.AddDate(0, 0, i/5)
		p := skillgap.Posting{ID: fmt.Sprintf("lever:b:%03d", i), Source: "b", SourceKind: "lever", Company: fmt.Sprintf("Co%d", i%4),
			Title: fmt.Sprintf("PM %d", i), Role: "product manager", Seniority: skillgap.Mid, URL: fmt.Sprintf("https://example.com/%d", i),
			Description: fmt.Sprintf("Posting %d.", i), Posted: day, FirstSeen: day, LastSeen: day}
		if i%5 == 0 {
			p.Seniority = skillgap.Senior
		}
		if i%3 == 0 {
			p.Skills = append(p.Skills, skillgap.SkillMention{SkillID: "sql", Level: skillgap.Required, Expected: 3,
				Evidence: fmt.Sprintf("Strong SQL, posting %d.", i)})
		}
		p.Skills = append(p.Skills, skillgap.SkillMention{SkillID: "roadmapping", Level: skillgap.Preferred})
		ps = append(ps, p)
	}
	ps[447].Closed = ps[447].LastSeen.AddDate(0, 0, 1)
	return ps
}

func TestExamples(t *testing.T) {
	idx, err := NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	ps := examplePostings()
	if err := idx.Put(t.Context(), ps); err != nil {
		t.Fatal(err)
	}
	// The brute-force answer: postings asking for SQL that match, newest first, then by id.
	want := func(keep func(skillgap.Posting) bool) []string {
		var out []skillgap.Posting
		for _, p := range ps {
			if slices.ContainsFunc(p.Skills, func(m skillgap.SkillMention) bool { return m.SkillID == "sql" }) && keep(p) {
				out = append(out, p)
			}
		}
		slices.SortFunc(out, func(a, b skillgap.Posting) int {
			return cmp.Or(b.Date().Compare(a.Date()), strings.Compare(a.ID, b.ID))
		})
		var ids []string
		for _, p := range out {
			ids = append(ids, p.ID)
		}
		return ids
	}
	all := func(skillgap.Posting) bool { return true }
	tests := []struct {
		name  string
		f     Filter
		limit int
		want  []string
		total int
	}{
		{"all of them, across pages", Filter{}, 0, want(all), 150},
		{"the newest five", Filter{}, 5, want(all)[:5], 150},
		{"senior only", Filter{Seniority: skillgap.Senior}, 0, want(func(p skillgap.Posting) bool { return p.Seniority == skillgap.Senior }), 30},
		{"open only", Filter{OpenOnly: true}, 3, want(func(p skillgap.Posting) bool { return p.Open() })[:3], 149},
		{"a window", Filter{Since: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), Until: time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)}, 0,
			want(func(p skillgap.Posting) bool { return p.Date().Month() == 3 && p.Date().Day() < 3 }), 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex, total, err := idx.Examples(t.Context(), tt.f, "sql", tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range ex {
				got = append(got, e.PostingID)
				n := strings.TrimPrefix(e.PostingID, "lever:b:")
				n = strings.TrimLeft(n, "0")
				if e.Evidence != "Strong SQL, posting "+cmp.Or(n, "0")+"." || e.Level != skillgap.Required || e.Expected != 3 ||
					e.URL == "" || e.Company == "" || e.Date.IsZero() || e.Open != (e.PostingID != "lever:b:447") {
					t.Errorf("got example %+v; want the posting's own sentence, level, link, date and open state", e)
				}
			}
			if total != tt.total || strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("got %d of %d: %v; want %d of %d: %v", len(got), total, got, len(tt.want), tt.total, tt.want)
			}
		})
	}
	// The filter the caller passed keeps its own skills.
	f := Filter{Skills: make([]string, 1, 4)}
	f.Skills[0] = "roadmapping"
	if _, _, err := idx.Examples(t.Context(), f, "sql", 1); err != nil || len(f.Skills) != 1 || cap(f.Skills) != 4 {
		t.Errorf("got skills %v (err %v); want the caller's filter untouched", f.Skills, err)
	}
	if _, _, err := idx.Examples(t.Context(), Filter{Query: `title:"open`}, "sql", 1); err == nil {
		t.Errorf("got no error for a query that does not parse")
	}
}
