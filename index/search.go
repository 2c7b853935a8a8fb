package index

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/collector"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/skillgap/skillgap"
)

// Snippet marks: a matched term in a snippet is written «like this».
const (
	MarkStart = "«"
	MarkEnd   = "»"
)

// Hit is one posting found by Search.
type Hit struct {
	ID        string             `json:"id"`
	Score     float64            `json:"score"`
	Title     string             `json:"title"`
	Company   string             `json:"company"`
	Date      time.Time          `json:"date,omitzero"`
	URL       string             `json:"url,omitempty"`
	Source    string             `json:"source"`
	Seniority skillgap.Seniority `json:"seniority,omitempty"`
	Workplace skillgap.Workplace `json:"workplace,omitempty"`
	Open      bool               `json:"open"`
	Skills    []string           `json:"skills,omitempty"`
	// Snippets are passages of the description around the matched terms, each
	// match between MarkStart and MarkEnd; without matches, the opening.
	Snippets []string `json:"snippets,omitempty"`
}

// SearchResult is what Search found.
type SearchResult struct {
	Total int   `json:"total"` // matching postings, beyond the returned hits
	Hits  []Hit `json:"hits"`
	// Facets counts matching postings by "skills", "seniority", "company" and
	// "remote" (top 10 values each).
	Facets map[string][]FacetCount `json:"facets"`
}

// searchFacets is how many values Search returns per facet.
const searchFacets = 10

// Search finds postings matching the query (bleve query-string syntax over
// title and description; empty means all) and f. Hits are by relevance, or
// newest first when the query is empty. limit <= 0 means 20.
func (idx *Index) Search(ctx context.Context, q string, f Filter, limit int) (SearchResult, error) {
	if limit <= 0 {
		limit = 20
	}
	text := strings.TrimSpace(q)
	if err := f.check(); err != nil {
		return SearchResult{}, err
	}
	if err := (Filter{Query: text}).check(); err != nil {
		return SearchResult{}, err
	}
	var qq query.Query = f.query()
	if text != "" {
		tq, err := textQuery(text)
		if err != nil {
			return SearchResult{}, fmt.Errorf("%w %q: %v", ErrQuery, text, err)
		}
		qq = bleve.NewConjunctionQuery(qq, tq)
	}
	sortBy := search.SortOrder{&search.SortScore{Desc: true}}
	if text == "" && strings.TrimSpace(f.Query) == "" {
		sortBy = search.ParseSortOrderStrings([]string{"-" + fDate, "_id"})
	}
	res, tcs, err := idx.collect(ctx, qq, limit, sortBy, []string{fSkillFacet, fSeniority, fCompanyName, fRemote})
	if err != nil {
		return SearchResult{}, fmt.Errorf("search %q: %w", q, err)
	}
	locs, err := idx.locations(ctx, qq, res.Hits)
	if err != nil {
		return SearchResult{}, fmt.Errorf("search %q: %w", q, err)
	}
	out := SearchResult{Total: int(res.Total), Hits: make([]Hit, 0, len(res.Hits)), Facets: map[string][]FacetCount{}}
	for _, h := range res.Hits {
		hit, err := toHit(idx.codec, idx.bi.Mapping().AnalyzerNamed(textAnalyzer), h, locs[h.ID])
		if err != nil {
			return SearchResult{}, err
		}
		out.Hits = append(out.Hits, hit)
	}
	out.Facets["skills"] = skillFacet(tcs[fSkillFacet])
	for name, field := range map[string]string{"seniority": fSeniority, "company": fCompanyName, "remote": fRemote} {
		var fc []FacetCount
		tcs[field].each(func(term string, n int) { fc = append(fc, FacetCount{Value: term, Count: n}) })
		out.Facets[name] = sortFacets(fc, searchFacets)
	}
	return out, nil
}

// collected is what collect found: the total, and the best hits with
// their stored posting (fJSON) in Fields.
type collected struct {
	Total uint64
	Hits  search.DocumentMatchCollection
}

// collect runs q once: the best limit hits in sortBy's order, and the doc
// values of fields counted over every match (as countFields does) by the
// same pass. A search and a separate count ran the query twice, which for a
// phrase over 100,000 postings was most of the time.
func (idx *Index) collect(ctx context.Context, q query.Query, limit int, sortBy search.SortOrder,
	fields []string) (collected, map[string]*termCounter, error) {
	ai, err := idx.bi.Advanced()
	if err != nil {
		return collected{}, nil, err
	}
	r, err := ai.Reader()
	if err != nil {
		return collected{}, nil, err
	}
	defer r.Close()
	s, err := q.Searcher(ctx, r, idx.bi.Mapping(), search.SearcherOptions{})
	if err != nil {
		return collected{}, nil, err
	}
	defer s.Close()
	// The facets are counted on the other cores while the query runs and
	// the collector keeps the best hits.
	coll := collector.NewTopNCollector(limit, 0, sortBy)
	_, counts, err := splitCount(ctx, r, fields, func(ctx context.Context, fn func(bindex.IndexInternalID) error) (int, error) {
		err := coll.Collect(ctx, observed{s, fn}, r)
		return int(coll.Total()), err
	})
	if err != nil {
		return collected{}, nil, err
	}
	hits := coll.Results()
	for _, h := range hits {
		doc, err := r.Document(h.ID)
		if err != nil {
			return collected{}, nil, fmt.Errorf("read posting %s: %w", h.ID, err)
		}
		h.Fields = map[string]any{}
		if doc != nil {
			doc.VisitFields(func(f bindex.Field) {
				if f.Name() == fJSON {
					h.Fields[fJSON] = string(f.Value())
				}
			})
		}
	}
	return collected{Total: coll.Total(), Hits: hits}, counts, nil
}

// observed is a searcher that calls fn with the internal id of every match
// it returns.
type observed struct {
	search.Searcher
	fn func(bindex.IndexInternalID) error
}

func (o observed) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	return o.seen(o.Searcher.Next(ctx))
}

func (o observed) Advance(ctx *search.SearchContext, id bindex.IndexInternalID) (*search.DocumentMatch, error) {
	return o.seen(o.Searcher.Advance(ctx, id))
}

func (o observed) seen(m *search.DocumentMatch, err error) (*search.DocumentMatch, error) {
	if m != nil && err == nil {
		err = o.fn(m.IndexInternalID)
	}
	return m, err
}

// locations reruns q over the hits only, with term locations, for snippets:
// asking for locations in the main search would compute them for every match.
func (idx *Index) locations(ctx context.Context, q query.Query, hits search.DocumentMatchCollection) (map[string]search.FieldTermLocationMap, error) {
	if len(hits) == 0 {
		return nil, nil
	}
	ids := make([]string, 0, len(hits))
	for _, h := range hits {
		ids = append(ids, h.ID)
	}
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(bleve.NewDocIDQuery(ids), q), len(ids), 0, false)
	req.IncludeLocations = true
	req.Score = "none"
	res, err := idx.bi.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	out := make(map[string]search.FieldTermLocationMap, len(res.Hits))
	for _, h := range res.Hits {
		out[h.ID] = h.Locations
	}
	return out, nil
}

func toHit(c *codec, a analysis.Analyzer, h *search.DocumentMatch, locations search.FieldTermLocationMap) (Hit, error) {
	js, _ := h.Fields[fJSON].(string)
	s, err := c.decode(h.ID, []byte(js), nil)
	if err != nil {
		return Hit{}, err
	}
	p, desc := s.Posting, s.Description
	hit := Hit{ID: h.ID, Score: h.Score, Title: p.Title, Company: p.Company, Date: p.Date(),
		URL: p.URL, Source: p.Source, Seniority: p.Seniority, Workplace: p.Workplace, Open: p.Open()}
	for _, m := range p.Skills {
		if !slices.Contains(hit.Skills, m.SkillID) {
			hit.Skills = append(hit.Skills, m.SkillID)
		}
	}
	hit.Snippets = snippets(desc, spansAt(a, desc, locations[fDescription]), 2, 200)
	return hit, nil
}

// spansAt is the byte spans in text of the term positions in locs: text is
// analysed again, as it was indexed, because the index keeps positions and
// no offsets (dropOffsets).
func spansAt(a analysis.Analyzer, text string, locs search.TermLocationMap) [][2]int {
	at := map[int]bool{}
	for _, ls := range locs {
		for _, l := range ls {
			at[int(l.Pos)] = true
		}
	}
	if len(at) == 0 || a == nil {
		return nil
	}
	var spans [][2]int
	for _, t := range a.Analyze([]byte(text)) {
		if at[t.Position] {
			spans = append(spans, [2]int{t.Start, t.End})
		}
	}
	return spans
}

// skillFacet folds the terms of the skill facet field into postings per skill.
func skillFacet(tc *termCounter) []FacetCount {
	by := map[string]int{}
	tc.each(func(term string, n int) {
		if _, id, ok := strings.Cut(term, "|"); ok {
			by[id] += n
		}
	})
	out := make([]FacetCount, 0, len(by))
	for id, n := range by {
		out = append(out, FacetCount{Value: id, Count: n})
	}
	return sortFacets(out, searchFacets)
}

// snippets cuts up to n passages of about width bytes out of text, chosen to
// hold the most matches (spans of byte offsets), with each match marked. With
// no matches it returns the opening of text.
func snippets(text string, spans [][2]int, n, width int) []string {
	if text == "" {
		return nil
	}
	width = max(width, 20)
	spans = slices.DeleteFunc(spans, func(s [2]int) bool {
		return s[0] < 0 || s[1] > len(text) || s[0] >= s[1] ||
			!utf8.RuneStart(text[s[0]]) || s[1] < len(text) && !utf8.RuneStart(text[s[1]])
	})
	slices.SortFunc(spans, func(a, b [2]int) int { return a[0] - b[0] })
	spans = slices.CompactFunc(spans, func(a, b [2]int) bool { return a == b })
	if len(spans) == 0 {
		return []string{cut(text, 0, width, nil)}
	}
	type window struct{ from, to, hits int }
	var ws []window
	for i := 0; i < len(spans); {
		from := max(spans[i][0]-width/4, 0)
		to := min(from+width, len(text))
		j := i
		for j < len(spans) && spans[j][1] <= to {
			j++
		}
		if j == i { // a match longer than the window
			j = i + 1
			to = spans[i][1]
		}
		ws = append(ws, window{from, to, j - i})
		i = j
	}
	slices.SortStableFunc(ws, func(a, b window) int { return b.hits - a.hits })
	ws = ws[:min(n, len(ws))]
	slices.SortFunc(ws, func(a, b window) int { return a.from - b.from })
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		out = append(out, cut(text, w.from, w.to-w.from, spans))
	}
	return out
}

// cut returns text[from:from+width] widened to word boundaries, on one line,
// with the spans inside marked and "…" where text was cut.
func cut(text string, from, width int, spans [][2]int) string {
	to := min(from+width, len(text))
	for from > 0 && !isSpace(text[from-1]) && from > to-width-20 {
		from--
	}
	for from < len(text) && !utf8.RuneStart(text[from]) {
		from++
	}
	for to < len(text) && !isSpace(text[to]) && to < from+width+20 {
		to++
	}
	for to < len(text) && !utf8.RuneStart(text[to]) {
		to++
	}
	var b strings.Builder
	if from > 0 {
		b.WriteString("…")
	}
	at := from
	for _, s := range spans {
		if s[0] < at || s[1] > to {
			continue
		}
		b.WriteString(text[at:s[0]])
		b.WriteString(MarkStart + text[s[0]:s[1]] + MarkEnd)
		at = s[1]
	}
	b.WriteString(text[at:to])
	if to < len(text) {
		b.WriteString("…")
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }
