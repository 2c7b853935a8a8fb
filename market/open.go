package market

import "github.com/skillgap/skillgap/index"

// Index is the trend index as market reads it. Commands open it with Open and
// hand it to this package's functions; market (for reading) and ingest (for
// writing) are their only ways to the index package.
type Index = index.Index

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
func Open(dataDir string) (*Index, error) { return index.OpenReadOnly(dataDir) }

// Intervals lists the bucket sizes a series can have (week, month, …).
func Intervals() []string { return index.Intervals() }
