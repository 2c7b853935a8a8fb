package market

import (
	"context"

	"github.com/skillgap/skillgap/index"
)

// Index is a data directory's trend index open for reading: what this
// package's functions measure. Commands get one from Open; market (for
// reading) and ingest (for writing) are their only ways to the index
// package, and this handle cannot write.
type Index struct {
	ix *index.Index
}

// Filter selects postings: role, seniority, company, place, dates, free text.
type Filter = index.Filter

// SearchResult is a page of full-text search hits with their facets.
type SearchResult = index.SearchResult

// Errors callers branch on.
var (
	// ErrNoIndex: the data directory holds no index yet (crawl or demo first).
	ErrNoIndex = index.ErrNoIndex
	// ErrQuery: a free-text query does not parse.
	ErrQuery = index.ErrQuery
)

// Open opens the index in dataDir for reading; it fails with an error
// wrapping ErrNoIndex when there is none. Close it when done.
func Open(dataDir string) (*Index, error) {
	ix, err := index.OpenReadOnly(dataDir)
	if err != nil {
		return nil, err
	}
	return &Index{ix: ix}, nil
}

// Close releases the index.
func (idx *Index) Close() error { return idx.ix.Close() }

// Search runs a full-text query (bleve query syntax over titles and
// descriptions; empty means every posting, newest first) over the postings
// f selects, and returns up to limit hits (limit <= 0 means 20) with facets.
func (idx *Index) Search(ctx context.Context, query string, f Filter, limit int) (SearchResult, error) {
	return idx.ix.Search(ctx, query, f, limit)
}

// Intervals lists the bucket sizes a series can have (week, month, …).
func Intervals() []string { return index.Intervals() }
