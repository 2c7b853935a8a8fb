package index

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"golang.org/x/sync/errgroup"

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
	req := bleve.NewSearchRequestOptions(qq, limit, 0, false)
	if text == "" && strings.TrimSpace(f.Query) == "" {
		req.SortBy([]string{"-" + fDate, "_id"})
	}
	req.Fields = []string{fJSON}
	// Hits and facets are two passes over the matches; they run in parallel.
	var res *bleve.SearchResult
	var tcs map[string]*termCounter
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() (err error) {
		res, err = idx.bi.SearchInContext(gctx, req)
		return err
	})
	g.Go(func() (err error) {
		_, tcs, err = idx.countFields(gctx, qq, []string{fSkillFacet, fSeniority, fCompanyName, fRemote}, true)
		return err
	})
	if err := g.Wait(); err != nil {
		return SearchResult{}, fmt.Errorf("search %q: %w", q, err)
	}
	out := SearchResult{Total: int(res.Total), Hits: make([]Hit, 0, len(res.Hits)), Facets: map[string][]FacetCount{}}
	descs := make([]string, 0, len(res.Hits))
	for _, h := range res.Hits {
		hit, desc, err := toHit(idx.codec, h)
		if err != nil {
			return SearchResult{}, err
		}
		out.Hits = append(out.Hits, hit)
		descs = append(descs, desc)
	}
	spans, err := snippetSpans(ctx, []string{f.Query, text}, out.Hits, descs)
	if err != nil {
		return SearchResult{}, fmt.Errorf("search %q: %w", q, err)
	}
	for i := range out.Hits {
		out.Hits[i].Snippets = snippets(descs[i], spans[i], 2, 200)
	}
	out.Facets["skills"] = skillFacet(tcs[fSkillFacet])
	for name, field := range map[string]string{"seniority": fSeniority, "company": fCompanyName, "remote": fRemote} {
		var fc []FacetCount
		tcs[field].each(func(term string, n int) { fc = append(fc, FacetCount{Value: term, Count: n}) })
		out.Facets[name] = sortFacets(fc, searchFacets)
	}
	return out, nil
}

// snippetSpans locates, as byte spans, the matches of the query texts in the
// descriptions of the shown hits. The index keeps no term vectors of
// descriptions (pairs.go), so the hits' own texts are indexed on their own,
// in memory, with them, and the texts searched there: a few milliseconds for
// a page of hits, where term vectors in the index cost a third of its size.
func snippetSpans(ctx context.Context, texts []string, hits []Hit, descs []string) ([][][2]int, error) {
	out := make([][][2]int, len(hits))
	var qs []query.Query
	for _, t := range texts {
		if strings.TrimSpace(t) == "" {
			continue
		}
		q, err := parseText(t, false)
		if err != nil {
			return nil, err
		}
		qs = append(qs, q)
	}
	if len(qs) == 0 || len(hits) == 0 {
		return out, nil
	}
	mi, err := bleve.NewMemOnly(snippetMapping())
	if err != nil {
		return nil, err
	}
	defer mi.Close()
	batch := mi.NewBatch()
	for i, h := range hits {
		if err := batch.Index(strconv.Itoa(i), map[string]any{fTitle: h.Title, fDescription: descs[i]}); err != nil {
			return nil, err
		}
	}
	if err := mi.Batch(batch); err != nil {
		return nil, err
	}
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(qs...), len(hits), 0, false)
	req.IncludeLocations = true
	req.Score = "none"
	res, err := mi.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	for _, h := range res.Hits {
		i, err := strconv.Atoi(h.ID)
		if err != nil || i < 0 || i >= len(out) {
			continue
		}
		for _, locs := range h.Locations[fDescription] {
			for _, l := range locs {
				out[i] = append(out[i], [2]int{int(l.Start), int(l.End)})
			}
		}
	}
	return out, nil
}

// snippetMapping is the index's mapping with the description analysed as the
// title is, term vectors included: the mapping snippetSpans searches in.
var snippetMapping = sync.OnceValue(func() mapping.IndexMapping {
	m := newMapping()
	title := *m.DefaultMapping.Properties[fTitle].Fields[0]
	m.DefaultMapping.Properties[fDescription].Fields[0] = &title
	return m
})

func toHit(c *codec, h *search.DocumentMatch) (Hit, string, error) {
	js, _ := h.Fields[fJSON].(string)
	s, err := c.decode(h.ID, []byte(js), nil)
	if err != nil {
		return Hit{}, "", err
	}
	p := s.Posting
	hit := Hit{ID: h.ID, Score: h.Score, Title: p.Title, Company: p.Company, Date: p.Date(),
		URL: p.URL, Source: p.Source, Seniority: p.Seniority, Workplace: p.Workplace, Open: p.Open()}
	for _, m := range p.Skills {
		if !slices.Contains(hit.Skills, m.SkillID) {
			hit.Skills = append(hit.Skills, m.SkillID)
		}
	}
	return hit, s.Description, nil
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
