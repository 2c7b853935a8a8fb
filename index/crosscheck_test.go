package index

import (
	"maps"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/search"

	"github.com/skillgap/skillgap"
)

// The tests in this file check every trend figure the index computes against
// a brute-force loop over the same synthetic postings.

// bruteMarket is a synthetic market indexed in memory, with the canonical
// postings the index must count.
type bruteMarket struct {
	idx       *Index
	canonical []skillgap.Posting
}

func newBruteMarket(t *testing.T, n int) bruteMarket {
	t.Helper()
	ps, dups := synthPostings(n, 42, 0.05)
	idx := memIndex(t)
	if err := idx.Put(t.Context(), ps); err != nil {
		t.Fatal(err)
	}
	byID := map[string]skillgap.Posting{}
	for _, p := range ps {
		byID[p.ID] = p
	}
	var canon []skillgap.Posting
	for _, p := range ps {
		other, ok := dups[p.ID]
		if ok {
			o := byID[other]
			if c := o.Date().Compare(p.Date()); c < 0 || (c == 0 && o.ID < p.ID) {
				continue // the other copy is older: it is the canonical one
			}
		}
		canon = append(canon, p)
	}
	return bruteMarket{idx: idx, canonical: canon}
}

// matches is Filter's meaning written as a plain predicate.
func matches(p skillgap.Posting, f Filter) bool {
	cats := synthCategories()
	has := map[string]bool{}
	hasCat := map[string]bool{}
	for _, m := range p.Skills {
		has[m.SkillID] = true
		hasCat[cats[m.SkillID]] = true
	}
	loc := strings.ToLower(f.Location)
	switch {
	case f.Role != "" && !strings.EqualFold(f.Role, p.Role),
		f.Seniority != "" && f.Seniority != p.Seniority,
		f.Company != "" && !strings.EqualFold(f.Company, p.Company),
		f.Remote != "" && f.Remote != p.Workplace,
		f.Source != "" && f.Source != p.Source,
		!f.Since.IsZero() && p.Date().Before(f.Since),
		!f.Until.IsZero() && !p.Date().Before(f.Until),
		f.OpenOnly && !p.Open(),
		f.Category != "" && !hasCat[f.Category],
		loc != "" && !strings.EqualFold(loc, p.Country) &&
			!strings.Contains(strings.ToLower(strings.Join(p.Locations, " ; ")), loc):
		return false
	}
	for _, s := range f.Skills {
		if !has[s] {
			return false
		}
	}
	return true
}

func crossFilters() map[string]Filter {
	return map[string]Filter{
		"all":       {},
		"senior":    {Seniority: skillgap.Senior},
		"2025":      {Since: day("2025-01-01"), Until: day("2026-01-01")},
		"remote-us": {Remote: skillgap.Remote, Location: "US"},
		"london":    {Location: "London"},
		"technical": {Category: "technical"},
		"sql+ab":    {Skills: []string{"sql", "ab-testing"}},
		"open":      {OpenOnly: true},
		"role":      {Role: "Technical Product Manager", Since: day("2024-07-01")},
		"source":    {Source: "lever-boards"},
	}
}

func TestCrossCheckSkillCounts(t *testing.T) {
	m := newBruteMarket(t, 3000)
	for name, f := range crossFilters() {
		t.Run(name, func(t *testing.T) {
			total, counts, err := m.idx.SkillCounts(t.Context(), f)
			if err != nil {
				t.Fatal(err)
			}
			wantTotal := 0
			want := map[string]*SkillCount{}
			sums := map[string][2]int{}
			for _, p := range m.canonical {
				if !matches(p, f) {
					continue
				}
				wantTotal++
				for _, s := range p.Skills {
					c := want[s.SkillID]
					if c == nil {
						c = &SkillCount{ID: s.SkillID}
						want[s.SkillID] = c
					}
					c.Postings++
					if s.Level == skillgap.Required {
						c.Required++
					} else {
						c.Preferred++
					}
					if s.Expected > 0 {
						sums[s.SkillID] = [2]int{sums[s.SkillID][0] + s.Expected, sums[s.SkillID][1] + 1}
					}
				}
			}
			if total != wantTotal {
				t.Errorf("total %d; want %d", total, wantTotal)
			}
			if len(counts) != len(want) {
				t.Errorf("%d skills; want %d", len(counts), len(want))
			}
			for i, c := range counts {
				w := want[c.ID]
				if w == nil {
					t.Errorf("unexpected skill %s", c.ID)
					continue
				}
				if s := sums[c.ID]; s[1] > 0 {
					w.Expected = math.Round(float64(s[0])/float64(s[1])*100) / 100
				}
				if c != *w {
					t.Errorf("%s: got %+v; want %+v", c.ID, c, *w)
				}
				if i > 0 && (counts[i-1].Postings < c.Postings ||
					counts[i-1].Postings == c.Postings && counts[i-1].ID > c.ID) {
					t.Errorf("counts not sorted at %d: %s before %s", i, counts[i-1].ID, c.ID)
				}
			}
		})
	}
}

func TestCrossCheckSeries(t *testing.T) {
	m := newBruteMarket(t, 3000)
	skills := []string{"llm", "sql", "agile", "waterfall", "no-such-skill"}
	for name, f := range crossFilters() {
		for _, interval := range Intervals() {
			t.Run(name+"/"+interval, func(t *testing.T) {
				got, err := m.idx.Series(t.Context(), f, skills, interval)
				if err != nil {
					t.Fatal(err)
				}
				want := bruteSeries(m.canonical, f, skills, interval)
				if len(got) != len(want) {
					t.Fatalf("%d buckets; want %d", len(got), len(want))
				}
				for i := range got {
					if !got[i].Start.Equal(want[i].Start) || got[i].Total != want[i].Total ||
						!maps.Equal(got[i].Counts, want[i].Counts) {
						t.Errorf("bucket %d: got %+v; want %+v", i, got[i], want[i])
					}
				}
			})
		}
	}
}

func bruteSeries(ps []skillgap.Posting, f Filter, skills []string, interval string) []Bucket {
	by := map[time.Time]*Bucket{}
	var first, last time.Time
	for _, p := range ps {
		if !matches(p, f) {
			continue
		}
		start := BucketStart(p.Date(), interval)
		b := by[start]
		if b == nil {
			b = &Bucket{Start: start, Counts: map[string]int{}}
			for _, s := range skills {
				b.Counts[s] = 0
			}
			by[start] = b
		}
		b.Total++
		for _, m := range p.Skills {
			if _, ok := b.Counts[m.SkillID]; ok {
				b.Counts[m.SkillID]++
			}
		}
		if first.IsZero() || start.Before(first) {
			first = start
		}
		if start.After(last) {
			last = start
		}
	}
	var out []Bucket
	for t := first; !first.IsZero() && !t.After(last); t = NextBucket(t, interval) {
		b := by[t]
		if b == nil {
			b = &Bucket{Start: t, Counts: map[string]int{}}
			for _, s := range skills {
				b.Counts[s] = 0
			}
		}
		out = append(out, *b)
	}
	return out
}

func TestCrossCheckFacetsAndLatest(t *testing.T) {
	m := newBruteMarket(t, 3000)
	cats := synthCategories()
	value := func(p skillgap.Posting, field string) []string {
		switch field {
		case "seniority":
			return []string{string(p.Seniority)}
		case "company":
			return []string{p.Company}
		case "remote":
			return []string{string(p.Workplace)}
		case "role":
			return []string{p.Role}
		case "country":
			return []string{p.Country}
		case "source":
			return []string{p.Source}
		default: // category
			var out []string
			for _, s := range p.Skills {
				if !slices.Contains(out, cats[s.SkillID]) {
					out = append(out, cats[s.SkillID])
				}
			}
			return out
		}
	}
	for _, field := range FacetFields() {
		for _, fname := range []string{"all", "senior", "2025"} {
			f := crossFilters()[fname]
			t.Run(field+"/"+fname, func(t *testing.T) {
				got, err := m.idx.Facets(t.Context(), f, field, 5)
				if err != nil {
					t.Fatal(err)
				}
				counts := map[string]int{}
				for _, p := range m.canonical {
					if matches(p, f) {
						for _, v := range value(p, field) {
							if v != "" {
								counts[v]++
							}
						}
					}
				}
				var want []FacetCount
				for v, n := range counts {
					want = append(want, FacetCount{v, n})
				}
				slices.SortFunc(want, func(a, b FacetCount) int {
					if a.Count != b.Count {
						return b.Count - a.Count
					}
					return strings.Compare(a.Value, b.Value)
				})
				want = want[:min(5, len(want))]
				if !slices.Equal(got, want) {
					t.Errorf("got %+v; want %+v", got, want)
				}
			})
		}
	}
	var latest time.Time
	for _, p := range m.canonical {
		if p.Date().After(latest) {
			latest = p.Date()
		}
	}
	if got, err := m.idx.Latest(t.Context()); err != nil || !got.Equal(latest) {
		t.Errorf("Latest = %v, %v; want %v", got, err, latest)
	}
}

// TestSplitCounts checks that counting split over several parts counts what
// one pass counts, for every filter of the cross-checks.
func TestSplitCounts(t *testing.T) {
	m := newBruteMarket(t, 1500)
	parts, run := countParts, runLen
	countParts, runLen = 3, 50
	t.Cleanup(func() { countParts, runLen = parts, run })
	fields := []string{fSkillFacet, fSeniority, fCompanyName, fMonth}
	for name, f := range crossFilters() {
		n1, one, err := m.idx.countFields(t.Context(), f.query(), fields, false)
		if err != nil {
			t.Fatal(err)
		}
		n3, split, err := m.idx.countFields(t.Context(), f.query(), fields, true)
		if err != nil {
			t.Fatal(err)
		}
		// A search counts its facets split too, beside its collector.
		res, searched, err := m.idx.collect(t.Context(), f.query(), 5, search.SortOrder{&search.SortScore{Desc: true}}, fields)
		if err != nil {
			t.Fatal(err)
		}
		if n1 != n3 || n1 != int(res.Total) {
			t.Errorf("%s: %d matches split, %d searched, %d in one pass", name, n3, res.Total, n1)
		}
		for _, field := range fields {
			want, got, gotSearched := map[string]int{}, map[string]int{}, map[string]int{}
			one[field].each(func(term string, n int) { want[term] = n })
			split[field].each(func(term string, n int) { got[term] = n })
			searched[field].each(func(term string, n int) { gotSearched[term] = n })
			if !maps.Equal(got, want) || !maps.Equal(gotSearched, want) {
				t.Errorf("%s: %s counted split %v, searched %v; in one pass %v", name, field, got, gotSearched, want)
			}
		}
	}
}
