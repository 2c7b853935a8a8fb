package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/bleve/v2/search/query"
)

// The description is indexed without term vectors: positions and offsets of
// every word were over a third of the index on disk, and only phrases and
// snippets read them. Instead its analyzer (descAnalyzer) adds, after each
// word, the pair it makes with the word before ("product discovery"; "head _
// product" where a stop word was removed between), and a phrase searched in
// the description is the conjunction of its pairs (descPhrase). Snippets
// locate the matches in the shown hits' own text (snippetLocations).

// descAnalyzer analyses the description: textAnalyzer's words and their pairs.
const descAnalyzer = "en_plural_pairs"

// pairFilterName is the token filter that adds the pairs.
const pairFilterName = "skillgap_word_pairs"

// pairSep separates the words of a pair; pairGap stands for each word removed
// between them (a stop word).
const (
	pairSep = " "
	pairGap = "_"
)

func init() {
	if err := registry.RegisterTokenFilter(pairFilterName,
		func(map[string]any, *registry.Cache) (analysis.TokenFilter, error) { return pairFilter{}, nil }); err != nil {
		panic("index: register token filter " + pairFilterName + ": " + err.Error())
	}
}

// pairFilter adds a pair token after every token but the first: the token
// before it, a pairGap for each position between them, and the token. It
// allocates two slices per stream, not per token.
type pairFilter struct{}

func (pairFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	if len(in) < 2 {
		return in
	}
	size := 0
	for i := 1; i < len(in); i++ {
		size += len(in[i-1].Term) + len(in[i].Term) + len(pairSep) + gap(in[i-1], in[i])*(len(pairGap)+len(pairSep))
	}
	buf := make([]byte, 0, size) // never grows: the pairs' terms share it
	pairs := make([]analysis.Token, len(in)-1)
	out := make(analysis.TokenStream, 0, 2*len(in)-1)
	out = append(out, in[0])
	for i := 1; i < len(in); i++ {
		prev, cur := in[i-1], in[i]
		start := len(buf)
		buf = append(buf, prev.Term...)
		for range gap(prev, cur) {
			buf = append(buf, pairSep+pairGap...)
		}
		buf = append(append(buf, pairSep...), cur.Term...)
		p := &pairs[i-1]
		*p = analysis.Token{Term: buf[start:len(buf):len(buf)], Start: prev.Start, End: cur.End,
			Position: prev.Position, Type: analysis.Shingle}
		out = append(out, cur, p)
	}
	return out
}

// gap is how many positions lie between two tokens (removed stop words).
func gap(prev, cur *analysis.Token) int {
	return max(cur.Position-prev.Position-1, 0)
}

// descPhrase rewrites a phrase clause on the description as the conjunction
// of its pairs (a one-word phrase: its word). A phrase of two words matches
// exactly the postings with those words in that order, as a phrase over
// positions did; one of three words or more matches the postings that have
// each of its pairs. Other clauses are returned as they are.
func descPhrase(q query.Query, m mapping.IndexMapping) query.Query {
	var text string
	var boost float64
	switch pq := q.(type) {
	case *query.MatchPhraseQuery:
		if pq.Field() != fDescription || pq.Fuzziness != 0 {
			return q
		}
		text, boost = pq.MatchPhrase, pq.Boost()
	default:
		return q
	}
	an := m.AnalyzerNamed(descAnalyzer)
	var words, pairs []query.Query
	for _, t := range an.Analyze([]byte(text)) {
		tq := termQ(fDescription, string(t.Term))
		if t.Type == analysis.Shingle {
			pairs = append(pairs, tq)
		} else {
			words = append(words, tq)
		}
	}
	terms := pairs
	if len(terms) == 0 {
		terms = words
	}
	if len(terms) == 0 { // only stop words: as a phrase, it matches nothing
		return bleve.NewMatchNoneQuery()
	}
	c := bleve.NewConjunctionQuery(terms...)
	c.SetBoost(boost)
	return c
}
