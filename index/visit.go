package index

import (
	"context"
	"fmt"
	"runtime"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
	"golang.org/x/sync/errgroup"
)

// termCounter counts terms without allocating per visit: a term's slot is
// looked up by string(term), which Go does without a copy.
type termCounter struct {
	slot   map[string]int
	terms  []string
	counts []int
}

func newTermCounter() *termCounter { return &termCounter{slot: map[string]int{}} }

func (c *termCounter) add(term []byte) {
	if i, ok := c.slot[string(term)]; ok {
		c.counts[i]++
		return
	}
	c.slot[string(term)] = len(c.terms)
	c.terms = append(c.terms, string(term))
	c.counts = append(c.counts, 1)
}

// merge adds o's counts to c's.
func (c *termCounter) merge(o *termCounter) {
	for i, t := range o.terms {
		if j, ok := c.slot[t]; ok {
			c.counts[j] += o.counts[i]
			continue
		}
		c.slot[t] = len(c.terms)
		c.terms = append(c.terms, t)
		c.counts = append(c.counts, o.counts[i])
	}
}

// each calls fn with every term counted and its count.
func (c *termCounter) each(fn func(term string, n int)) {
	for i, t := range c.terms {
		fn(t, c.counts[i])
	}
}

// countTerms counts the postings matching q and, over their doc values of
// field, how many have each term. It is what a bleve terms facet computes,
// without the facet builder's per-term allocation and per-field map lookups,
// which made a facet over 100,000 postings take twice as long.
func (idx *Index) countTerms(ctx context.Context, q query.Query, field string) (int, *termCounter, error) {
	n, tcs, err := idx.countFields(ctx, q, []string{field})
	return n, tcs[field], err
}

// countFields is countTerms over several fields in one pass.
func (idx *Index) countFields(ctx context.Context, q query.Query, fields []string) (int, map[string]*termCounter, error) {
	ai, err := idx.bi.Advanced()
	if err != nil {
		return 0, nil, fmt.Errorf("open index reader: %w", err)
	}
	r, err := ai.Reader()
	if err != nil {
		return 0, nil, fmt.Errorf("open index reader: %w", err)
	}
	defer r.Close()
	ids, err := matching(ctx, r, q, idx.bi.Mapping())
	if err != nil {
		return 0, nil, err
	}
	// Reading the doc values is most of the time: the matches are split
	// among the cores, each counting on its own.
	parts := min(runtime.GOMAXPROCS(0), len(ids)/minPart+1)
	counts := make([]map[string]*termCounter, parts)
	g, gctx := errgroup.WithContext(ctx)
	for i := range parts {
		g.Go(func() error {
			out := make(map[string]*termCounter, len(fields))
			for _, f := range fields {
				out[f] = newTermCounter()
			}
			counts[i] = out
			return visitDocValues(gctx, r, fields, ids[i*len(ids)/parts:(i+1)*len(ids)/parts], func(field string, term []byte) {
				if tc := out[field]; tc != nil {
					tc.add(term)
				}
			})
		})
	}
	if err := g.Wait(); err != nil {
		return 0, nil, err
	}
	for _, part := range counts[1:] {
		for f, tc := range part {
			counts[0][f].merge(tc)
		}
	}
	return len(ids), counts[0], nil
}

// minPart is the fewest matches worth counting on a core of their own.
const minPart = 2048

// matching runs q without scoring and returns the internal ids of the
// postings it matches.
func matching(ctx context.Context, r bindex.IndexReader, q query.Query, m mapping.IndexMapping) ([]bindex.IndexInternalID, error) {
	s, err := q.Searcher(ctx, r, m, search.SearcherOptions{Score: "none"})
	if err != nil {
		return nil, err
	}
	defer s.Close()
	sctx := &search.SearchContext{
		DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0),
		IndexReader:       r,
	}
	var buf []byte // the ids one after the other: one allocation, not one per id
	var ends []int
	for {
		if len(ends)%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		d, err := s.Next(sctx)
		if err != nil {
			return nil, err
		}
		if d == nil {
			break
		}
		buf = append(buf, d.IndexInternalID...)
		ends = append(ends, len(buf))
		sctx.DocumentMatchPool.Put(d)
	}
	ids := make([]bindex.IndexInternalID, len(ends))
	for i, end := range ends {
		start := 0
		if i > 0 {
			start = ends[i-1]
		}
		ids[i] = buf[start:end:end]
	}
	return ids, nil
}

// visitDocValues calls fn with every doc value of fields of the postings ids.
func visitDocValues(ctx context.Context, r bindex.IndexReader, fields []string, ids []bindex.IndexInternalID,
	fn func(field string, term []byte)) error {
	dv, err := r.DocValueReader(fields)
	if err != nil {
		return fmt.Errorf("read doc values of %v: %w", fields, err)
	}
	for i, id := range ids {
		if i%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if err := dv.VisitDocValues(id, fn); err != nil {
			return fmt.Errorf("read doc values of %v: %w", fields, err)
		}
	}
	return nil
}
