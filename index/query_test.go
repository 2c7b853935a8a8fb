package index

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
)

// queryTable is the layout of testdata/queries.json.
type queryTable struct {
	Documents []skillgap.Posting `json:"documents"`
	Searches  []struct {
		Name   string   `json:"name"`
		Filter Filter   `json:"filter"`
		Hits   []string `json:"hits"`
	} `json:"searches"`
	Skills struct {
		Filter Filter       `json:"filter"`
		Total  int          `json:"total"`
		Counts []SkillCount `json:"counts"` // a prefix of the result
	} `json:"skills"`
	Facets map[string][]FacetCount `json:"facets"`
}

// tableIndex loads testdata/queries.json into a memory index.
func tableIndex(t *testing.T) (*Index, queryTable) {
	t.Helper()
	b, err := os.ReadFile("testdata/queries.json")
	if err != nil {
		t.Fatal(err)
	}
	var tab queryTable
	if err := json.Unmarshal(b, &tab); err != nil {
		t.Fatal(err)
	}
	idx := memIndex(t)
	if err := idx.Put(t.Context(), withCategories(tab.Documents, synthCategories())); err != nil {
		t.Fatal(err)
	}
	return idx, tab
}

func memIndex(t *testing.T) *Index {
	t.Helper()
	idx, err := NewMemOnly()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	return idx
}

func TestQueryTable(t *testing.T) {
	idx, tab := tableIndex(t)
	for _, s := range tab.Searches {
		t.Run(s.Name, func(t *testing.T) {
			res, err := idx.Search(t.Context(), "", s.Filter, 100)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.ID)
			}
			slices.Sort(got)
			want := slices.Sorted(slices.Values(s.Hits))
			if !slices.Equal(got, want) {
				t.Errorf("got %q; want %q", got, want)
			}
			n, err := idx.Count(t.Context(), s.Filter)
			if err != nil {
				t.Fatal(err)
			}
			if n != len(want) || res.Total != len(want) {
				t.Errorf("Count %d, Search total %d; want %d", n, res.Total, len(want))
			}
		})
	}
}

func TestSkillCountsTable(t *testing.T) {
	idx, tab := tableIndex(t)
	total, counts, err := idx.SkillCounts(t.Context(), tab.Skills.Filter)
	if err != nil {
		t.Fatal(err)
	}
	if total != tab.Skills.Total {
		t.Errorf("total %d; want %d", total, tab.Skills.Total)
	}
	if len(counts) < len(tab.Skills.Counts) {
		t.Fatalf("got %d counts; want at least %d", len(counts), len(tab.Skills.Counts))
	}
	for i, want := range tab.Skills.Counts {
		if counts[i] != want {
			t.Errorf("counts[%d] = %+v; want %+v", i, counts[i], want)
		}
	}
}

func TestFacetsTable(t *testing.T) {
	idx, tab := tableIndex(t)
	for field, want := range tab.Facets {
		got, err := idx.Facets(t.Context(), Filter{}, field, 0)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, want) {
			t.Errorf("facet %s: got %+v; want %+v", field, got, want)
		}
	}
	if _, err := idx.Facets(t.Context(), Filter{}, "nope", 0); err == nil {
		t.Error("unknown facet field: got no error")
	}
}

func TestSearchSnippetsAndFacets(t *testing.T) {
	idx, _ := tableIndex(t)
	res, err := idx.Search(t.Context(), "roadmap", Filter{}, 10)
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 2 { // greenhouse:acme:1 and greenhouse:globex:9 ("roadmaps"); the lever copy is a duplicate
		t.Fatalf("total %d; want 2", res.Total)
	}
	for _, h := range res.Hits {
		if len(h.Snippets) == 0 || !containsMark(h.Snippets) {
			t.Errorf("hit %s: snippets %q have no marked match", h.ID, h.Snippets)
		}
	}
	if got := res.Facets["seniority"]; len(got) != 2 {
		t.Errorf("seniority facet %+v; want 2 values", got)
	}
	if _, err := idx.Search(t.Context(), `title:"unclosed`, Filter{}, 10); err == nil {
		t.Error("bad query: got no error")
	}
}

func containsMark(ss []string) bool {
	return slices.ContainsFunc(ss, func(s string) bool {
		return len(s) > 0 && slices.Contains([]rune(s), []rune(MarkStart)[0])
	})
}

func TestSnippets(t *testing.T) {
	text := "Alpha beta gamma delta. " + string(make([]byte, 0)) + "Epsilon zeta eta theta iota kappa lambda."
	tests := []struct {
		name  string
		spans [][2]int
		width int
		want  []string
	}{
		{"no match gives the opening", nil, 20, []string{"Alpha beta gamma delta.…"}},
		{"one match", [][2]int{{6, 10}}, 200, []string{"Alpha «beta» gamma delta. Epsilon zeta eta theta iota kappa lambda."}},
		{"two matches in one window", [][2]int{{0, 5}, {24, 31}}, 200, []string{"«Alpha» beta gamma delta. «Epsilon» zeta eta theta iota kappa lambda."}},
		{"out of range spans are dropped", [][2]int{{-1, 3}, {60, 900}}, 20, []string{"Alpha beta gamma delta.…"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := snippets(text, tt.spans, 2, tt.width)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q; want %q", got, tt.want)
			}
		})
	}
}

// TestDateRange checks date filters against a count by hand: random bounds,
// with times of day, inside one month, across months, open on either side,
// empty and reversed.
func TestDateRange(t *testing.T) {
	idx := memIndex(t)
	ps, _ := synthPostings(600, 5, 0)
	if err := idx.Put(t.Context(), ps); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	start := time.Unix(synthStartUnix, 0).UTC().AddDate(0, -1, 0)
	instant := func() time.Time {
		switch rng.IntN(5) {
		case 0:
			return time.Time{}
		case 1: // a first of the month
			return time.Date(2024, time.Month(1+rng.IntN(30)), 1, 0, 0, 0, 0, time.UTC)
		}
		return start.Add(time.Duration(rng.Int64N(int64(27 * 30 * 24 * time.Hour))))
	}
	day := func(t time.Time) time.Time { return skillgap.DateOf(t.UTC()).Time }
	for range 300 {
		since, until := instant(), instant()
		want := 0
		for _, p := range ps {
			d := day(p.Date())
			if (since.IsZero() || !d.Before(day(since))) && (until.IsZero() || d.Before(day(until))) {
				want++
			}
		}
		got, err := idx.Count(t.Context(), Filter{Since: since, Until: until})
		if err != nil || got != want {
			t.Fatalf("since %v until %v: got %d, %v; want %d", since, until, got, err, want)
		}
	}
}
