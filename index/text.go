package index

import (
	"reflect"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
)

// textQuery parses a query in bleve's query-string syntax for the index. A
// clause that names no field ("pricing", "\"product discovery\"", "road*")
// matches the title or the description; "title:" and "description:" search
// one of them. Each text is indexed once, in its own field; phrases in the
// description are searched by their word pairs (descPhrase).
func textQuery(s string) (query.Query, error) {
	return parseText(s, true)
}

// parseText is textQuery; without pairs, description phrases stay phrases,
// for an index of the texts with term vectors (snippetLocations).
func parseText(s string, pairs bool) (query.Query, error) {
	q, err := bleve.NewQueryStringQuery(s).Parse()
	if err != nil {
		return nil, err
	}
	rewrite := func(q query.Query) query.Query { return q }
	if pairs {
		m := analysisMapping()
		rewrite = func(q query.Query) query.Query { return descPhrase(q, m) }
	}
	return eitherText(q, rewrite), nil
}

// analysisMapping is a mapping to analyse query text with, as the index does.
var analysisMapping = sync.OnceValue(func() mapping.IndexMapping { return newMapping() })

// eitherText rewrites the clauses of q that name no field, in place, and
// passes every field clause through rewrite.
func eitherText(q query.Query, rewrite func(query.Query) query.Query) query.Query {
	switch q := q.(type) {
	case *query.BooleanQuery:
		for _, part := range []*query.Query{&q.Must, &q.Should, &q.MustNot, &q.Filter} {
			if *part != nil {
				*part = eitherText(*part, rewrite)
			}
		}
	case *query.ConjunctionQuery:
		for i := range q.Conjuncts {
			q.Conjuncts[i] = eitherText(q.Conjuncts[i], rewrite)
		}
	case *query.DisjunctionQuery:
		for i := range q.Disjuncts {
			q.Disjuncts[i] = eitherText(q.Disjuncts[i], rewrite)
		}
	case query.FieldableQuery:
		if q.Field() != "" {
			return rewrite(q)
		}
		title, desc := cloneQuery(q), cloneQuery(q)
		title.SetField(fTitle)
		desc.SetField(fDescription)
		return bleve.NewDisjunctionQuery(rewrite(title), rewrite(desc))
	}
	return q
}

// cloneQuery copies a query clause (a pointer to a struct).
func cloneQuery(q query.FieldableQuery) query.FieldableQuery {
	v := reflect.ValueOf(q).Elem()
	c := reflect.New(v.Type())
	c.Elem().Set(v)
	return c.Interface().(query.FieldableQuery)
}
