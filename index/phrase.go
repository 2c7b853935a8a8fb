package index

import (
	"context"
	"math"
	"slices"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// phraseQuery is a match-phrase query that checks its phrase with a searcher
// of our own (phraseSearcher) when no one asks for term locations. Bleve's
// phrase searcher turns the locations of every posting that has all the
// words into maps to check them, which was most of a phrase search's time;
// phraseSearcher reads the same locations as a slice. With locations asked
// for (snippets), or a fuzzy phrase, it is bleve's own.
type phraseQuery struct {
	*query.MatchPhraseQuery
}

// fastPhrases wraps the match-phrase clauses of q, in place.
func fastPhrases(q query.Query) query.Query {
	return rewrite(q, func(q query.Query) query.Query {
		if mp, ok := q.(*query.MatchPhraseQuery); ok {
			return phraseQuery{mp}
		}
		return q
	})
}

func (q phraseQuery) Searcher(ctx context.Context, r bindex.IndexReader, m mapping.IndexMapping,
	options search.SearcherOptions) (search.Searcher, error) {
	mp := q.MatchPhraseQuery
	// A query string has no fuzzy phrases; one built in code with
	// Fuzziness is bleve's to search (SetAutoFuzziness is never used here).
	if options.IncludeTermVectors || options.Explain || mp.Fuzziness != 0 {
		return mp.Searcher(ctx, r, m, options)
	}
	field := mp.FieldVal
	if field == "" {
		field = m.DefaultSearchField()
	}
	name := mp.Analyzer
	if name == "" {
		name = m.AnalyzerNameForPath(field)
	}
	a := m.AnalyzerNamed(name)
	if a == nil {
		return mp.Searcher(ctx, r, m, options)
	}
	slots := phraseSlots(a.Analyze([]byte(mp.MatchPhrase)))
	if len(slots) < 2 {
		return mp.Searcher(ctx, r, m, options) // no words, or one: no positions to check
	}
	boost := mp.BoostVal.Value()
	options.IncludeTermVectors = true
	var parts, alts []search.Searcher
	fail := func(err error) (search.Searcher, error) {
		for _, s := range slices.Concat(parts, alts) {
			_ = s.Close()
		}
		return nil, err
	}
	for _, slot := range slots {
		alts = nil // a disjunction keeps the slice it is given
		for _, term := range slot {
			s, err := searcher.NewTermSearcher(ctx, r, term, field, boost, options)
			if err != nil {
				return fail(err)
			}
			alts = append(alts, s)
		}
		switch len(alts) {
		case 0: // a stop word's place: any word
			continue
		case 1:
			parts = append(parts, alts[0])
		default:
			d, err := searcher.NewDisjunctionSearcher(ctx, r, alts, 1, options)
			if err != nil {
				return fail(err)
			}
			parts = append(parts, d)
		}
		alts = nil
	}
	conj, err := searcher.NewConjunctionSearcher(ctx, r, parts, options)
	if err != nil {
		return fail(err)
	}
	// As bleve's phrase searcher: normalised on its own first; a query
	// around it normalises it again.
	conj.SetQueryNorm(1 / math.Sqrt(conj.Weight()))
	return &phraseSearcher{Searcher: conj, slots: slots, field: field, at: make([][]uint64, len(slots))}, nil
}

// phraseSlots is the phrase of an analysed text: the terms at each position
// from the first, with none where a stop word was (as bleve's match-phrase
// query builds it).
func phraseSlots(tokens analysis.TokenStream) [][]string {
	if len(tokens) == 0 {
		return nil
	}
	first, last := tokens[0].Position, tokens[0].Position
	for _, t := range tokens {
		first, last = min(first, t.Position), max(last, t.Position)
	}
	slots := make([][]string, last-first+1)
	for _, t := range tokens {
		slots[t.Position-first] = append(slots[t.Position-first], string(t.Term))
	}
	return slots
}

// phraseSearcher finds the postings whose field has a phrase's words in
// order: the conjunction of its words, then a check of their positions.
// Our text fields are never arrays, so array positions play no part.
type phraseSearcher struct {
	search.Searcher // the conjunction of the slots' terms, with term vectors
	slots           [][]string
	field           string
	at              [][]uint64 // scratch: each slot's positions in the current posting
}

func (s *phraseSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	for {
		m, err := s.Searcher.Next(ctx)
		if m == nil || err != nil {
			return m, err
		}
		if s.matches(m) {
			return m, nil
		}
		ctx.DocumentMatchPool.Put(m)
	}
}

func (s *phraseSearcher) Advance(ctx *search.SearchContext, id bindex.IndexInternalID) (*search.DocumentMatch, error) {
	m, err := s.Searcher.Advance(ctx, id)
	if m == nil || err != nil {
		return m, err
	}
	if s.matches(m) {
		return m, nil
	}
	ctx.DocumentMatchPool.Put(m)
	return s.Next(ctx)
}

// matches reports whether m, a posting with every word of the phrase, has
// them at consecutive places, and drops m's term locations (no one asked
// for them).
func (s *phraseSearcher) matches(m *search.DocumentMatch) bool {
	for i := range s.at {
		s.at[i] = s.at[i][:0]
	}
	for _, l := range m.FieldTermLocations {
		if l.Field != s.field {
			continue
		}
		for i, slot := range s.slots {
			for _, term := range slot {
				if term == l.Term {
					s.at[i] = append(s.at[i], l.Location.Pos)
				}
			}
		}
	}
	m.FieldTermLocations = m.FieldTermLocations[:0]
	first := 0
	for len(s.slots[first]) == 0 {
		first++
	}
	for _, p := range s.at[first] {
		start := p - uint64(first)
		ok := p >= uint64(first)
		for i := first + 1; ok && i < len(s.slots); i++ {
			ok = len(s.slots[i]) == 0 || hasPos(s.at[i], start+uint64(i))
		}
		if ok {
			return true
		}
	}
	return false
}

func hasPos(ps []uint64, p uint64) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}
