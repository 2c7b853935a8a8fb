package index

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
)

// TestPhrases checks that phrases in the description match their words in
// order and side by side, removed stop words kept as gaps, a posting counted
// once.
func TestPhrases(t *testing.T) {
	idx := memIndex(t)
	day := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	descs := map[string]string{
		"in-order":   "You will own product discovery for payments and lead pricing work.",
		"reversed":   "Discovery of new markets is part of the product role; pricing too.",
		"apart":      "Product teams run discovery sprints.",
		"plural":     "We run product discoveries every quarter.",
		"head-of":    "Reporting to the Head of Product, you will shape the roadmap.",
		"head-prod":  "The head product manager owns the roadmap.",
		"three":      "Build a product discovery process from scratch.",
		"three-gaps": "Product discovery is hard; a discovery process helps.",
	}
	var ps []skillgap.Posting
	for id, d := range descs {
		ps = append(ps, skillgap.Posting{ID: "greenhouse:acme:" + id, Source: "acme", Company: "Acme " + id,
			Title: "Product Manager", Description: d, Posted: day})
	}
	if err := idx.Put(t.Context(), ps); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		query string
		want  []string
	}{
		{`"product discovery"`, []string{"in-order", "plural", "three", "three-gaps"}},
		{`description:"product discovery"`, []string{"in-order", "plural", "three", "three-gaps"}},
		{`"discovery product"`, nil},
		{`"head of product"`, []string{"head-of"}},
		{`"head product"`, []string{"head-prod"}},
		{`"product discovery process"`, []string{"three"}},
		{`"the of"`, nil},
		{`"pricing"`, []string{"in-order", "reversed"}},
		{`"product discovery" -pricing`, []string{"plural", "three", "three-gaps"}},
		{`title:"product manager" +"discovery sprints"`, []string{"apart"}},
	} {
		res, err := idx.Search(t.Context(), c.query, Filter{}, 20)
		if err != nil {
			t.Fatalf("%s: %v", c.query, err)
		}
		var got []string
		for _, h := range res.Hits {
			got = append(got, strings.TrimPrefix(h.ID, "greenhouse:acme:"))
		}
		slices.Sort(got)
		if !slices.Equal(got, c.want) || res.Total != len(c.want) {
			t.Errorf("%s: got %v (total %d); want %v", c.query, got, res.Total, c.want)
		}
	}
}

// TestPhraseSnippets checks that snippets mark the matched words in the
// posting's own text, for phrases, prefixes and the filter's query text.
func TestPhraseSnippets(t *testing.T) {
	idx := memIndex(t)
	p := skillgap.Posting{ID: "greenhouse:acme:1", Source: "acme", Company: "Acme", Title: "Senior PM",
		Description: "About us. " + strings.Repeat("Filler words here. ", 30) + "You will own Product Discovery and pricing.",
		Posted:      time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)}
	if err := idx.Put(t.Context(), []skillgap.Posting{p}); err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]string{
		`"product discovery"`: "«Product» «Discovery»",
		`pric*`:               "«pricing»",
		`discovery`:           "«Discovery»",
	} {
		res, err := idx.Search(t.Context(), q, Filter{}, 5)
		if err != nil || len(res.Hits) != 1 {
			t.Fatalf("%s: %v, %d hits", q, err, len(res.Hits))
		}
		if s := strings.Join(res.Hits[0].Snippets, " | "); !strings.Contains(s, want) {
			t.Errorf("%s: snippets %q; want %q marked", q, s, want)
		}
	}
	// The filter's query text marks matches too.
	res, err := idx.Search(t.Context(), "", Filter{Query: "pricing"}, 5)
	if err != nil || len(res.Hits) != 1 || !strings.Contains(strings.Join(res.Hits[0].Snippets, " "), "«pricing»") {
		t.Errorf("filter query: %v, %+v", err, res.Hits)
	}
}
