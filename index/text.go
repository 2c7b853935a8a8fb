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
	return rewrite(q, func(q query.Query) query.Query {
		fq, ok := q.(query.FieldableQuery)
		if !ok || fq.Field() != "" {
			return q
		}
		title, desc := cloneQuery(fq), cloneQuery(fq)
		title.SetField(fTitle)
		desc.SetField(fDescription)
		return bleve.NewDisjunctionQuery(title, desc)
	})
}

// rewrite replaces each clause of q below its booleans, conjunctions and
// disjunctions with what fn makes of it, in place.
func rewrite(q query.Query, fn func(query.Query) query.Query) query.Query {
	switch q := q.(type) {
	case *query.BooleanQuery:
		for _, part := range []*query.Query{&q.Must, &q.Should, &q.MustNot, &q.Filter} {
			if *part != nil {
				*part = rewrite(*part, fn)
			}
		}
	case *query.ConjunctionQuery:
		for i := range q.Conjuncts {
			q.Conjuncts[i] = rewrite(q.Conjuncts[i], fn)
		}
	case *query.DisjunctionQuery:
		for i := range q.Disjuncts {
			q.Disjuncts[i] = rewrite(q.Disjuncts[i], fn)
		}
	default:
		return fn(q)
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
