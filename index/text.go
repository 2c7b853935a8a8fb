package index

import (
	"reflect"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// textQuery parses a query in bleve's query-string syntax. A clause that
// names no field ("pricing", "\"product discovery\"", "road*") matches the
// title or the description; "title:" and "description:" search one of them.
// Each text is indexed once, in its own field.
func textQuery(s string) (query.Query, error) {
	q, err := bleve.NewQueryStringQuery(s).Parse()
	if err != nil {
		return nil, err
	}
	return fastPhrases(eitherText(q)), nil
}

// eitherText rewrites the clauses of q that name no field, in place.
func eitherText(q query.Query) query.Query {
	switch q := q.(type) {
	case *query.BooleanQuery:
		for _, part := range []*query.Query{&q.Must, &q.Should, &q.MustNot, &q.Filter} {
			if *part != nil {
				*part = eitherText(*part)
			}
		}
	case *query.ConjunctionQuery:
		for i := range q.Conjuncts {
			q.Conjuncts[i] = eitherText(q.Conjuncts[i])
		}
	case *query.DisjunctionQuery:
		for i := range q.Disjuncts {
			q.Disjuncts[i] = eitherText(q.Disjuncts[i])
		}
	case query.FieldableQuery:
		if q.Field() != "" {
			return q
		}
		title, desc := cloneQuery(q), cloneQuery(q)
		title.SetField(fTitle)
		desc.SetField(fDescription)
		return bleve.NewDisjunctionQuery(title, desc)
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
