package index

import (
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

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

// TestPhraseSearcherAgrees checks our phrase searcher against bleve's on
// random texts over a small vocabulary (so that words repeat, and phrases
// half-match often): the same postings, with the same scores, for random
// phrases of one to four words, stop words and repeated words among them.
func TestPhraseSearcherAgrees(t *testing.T) {
	idx := memIndex(t)
	r := rand.New(rand.NewPCG(7, 11))
	words := strings.Fields("product discovery pricing roadmap the of head growth data and launch product")
	text := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(words[r.IntN(len(words))])
			b.WriteString([]string{" ", " ", ", ", ". "}[r.IntN(4)])
		}
		return b.String()
	}
	var ps []skillgap.Posting
	for i := range 400 {
		ps = append(ps, skillgap.Posting{ID: fmt.Sprintf("greenhouse:acme:%d", i), Source: "acme", Company: "Acme",
			Title: text(1 + r.IntN(4)), Description: text(5 + r.IntN(60)), Posted: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)})
	}
	if err := idx.Put(t.Context(), ps); err != nil {
		t.Fatal(err)
	}
	run := func(q query.Query) map[string]float64 {
		t.Helper()
		res, err := idx.bi.Search(bleve.NewSearchRequestOptions(q, 1000, 0, false))
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]float64{}
		for _, h := range res.Hits {
			out[h.ID] = math.Round(h.Score*1e9) / 1e9
		}
		return out
	}
	matched := 0
	for range 300 {
		phrase := strings.TrimSpace(text(1 + r.IntN(4)))
		for _, field := range []string{fTitle, fDescription} {
			// Each inside a disjunction, as a search has it: fastPhrases
			// wraps what is inside a query.
			bq, oq := bleve.NewMatchPhraseQuery(phrase), bleve.NewMatchPhraseQuery(phrase)
			bq.SetField(field)
			oq.SetField(field)
			want := run(bleve.NewDisjunctionQuery(bq))
			if got := run(fastPhrases(bleve.NewDisjunctionQuery(oq))); !maps.Equal(got, want) {
				t.Fatalf("%s:%q: ours %v; bleve's %v", field, phrase, got, want)
			}
			// Inside a conjunction, which advances the phrase's searcher
			// to the other clause's postings.
			data := bleve.NewTermQuery("data")
			data.SetField(field)
			want = run(bleve.NewConjunctionQuery(data, bq))
			if got := run(fastPhrases(bleve.NewConjunctionQuery(data, oq))); !maps.Equal(got, want) {
				t.Fatalf("data +%s:%q: ours %v; bleve's %v", field, phrase, got, want)
			}
			if len(want) > 0 {
				matched++
			}
		}
	}
	if matched < 100 {
		t.Errorf("only %d of 600 phrases matched: the test does not test much", matched)
	}
}
