package index

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/skillgap/skillgap"
)

// ErrQuery marks a free-text query that does not parse.
var ErrQuery = errors.New("bad query")

// Filter selects postings. The zero Filter selects every posting; duplicates of
// another source's posting are never counted.
type Filter struct {
	Role      string             // role family, e.g. "product manager"; case-insensitive
	Seniority skillgap.Seniority // seniority band
	Company   string             // company name; case-insensitive
	// Location is a two-letter country code or a place name matched as a phrase
	// in the posting's locations ("London" matches "London, UK").
	Location string
	Remote   skillgap.Workplace // remote, hybrid or onsite
	Source   string             // configured source name
	// Since and Until bound the posting date (posted, else first seen) by day,
	// in UTC: Since's day is in, Until's day is out; a time of day is
	// ignored. Zero means unbounded.
	Since, Until time.Time
	// Query is free text in bleve query-string syntax; bare terms search title
	// and description, "title:x" one field.
	Query    string
	OpenOnly bool     // only postings still open at the last crawl
	Category string   // postings asking for at least one skill of this taxonomy category
	Skills   []string // postings asking for every one of these skill ids
	// Roles, Seniorities and Domains each match a posting that has any one of
	// their values (a basis of neighbouring families, bands or domains); they
	// apply beside Role and Seniority. Empty means no such condition.
	Roles       []string
	Seniorities []skillgap.Seniority
	Domains     []string
	// Pay keeps only postings that state an annual pay range (see
	// skillgap.Pay.Annual); Currency only those in this currency (ISO 4217).
	Pay      bool
	Currency string
}

// query turns the filter into a bleve query.
func (f Filter) query() query.Query {
	qs := []query.Query{termQ(fCanonical, valTrue)}
	add := func(field, v string) {
		if v != "" {
			qs = append(qs, termQ(field, v))
		}
	}
	add(fRole, normKeyword(f.Role))
	add(fSeniority, string(f.Seniority))
	add(fCompany, normKeyword(f.Company))
	add(fRemote, string(f.Remote))
	add(fSource, f.Source)
	add(fCategories, f.Category)
	for _, s := range f.Skills {
		add(fSkills, s)
	}
	anyOf := func(field string, vs []string) {
		if len(vs) == 0 {
			return
		}
		or := make([]query.Query, 0, len(vs))
		for _, v := range vs {
			or = append(or, termQ(field, v))
		}
		qs = append(qs, bleve.NewDisjunctionQuery(or...))
	}
	roles := make([]string, 0, len(f.Roles))
	for _, r := range f.Roles {
		roles = append(roles, normKeyword(r))
	}
	anyOf(fRole, roles)
	sens := make([]string, 0, len(f.Seniorities))
	for _, s := range f.Seniorities {
		sens = append(sens, string(s))
	}
	anyOf(fSeniority, sens)
	anyOf(fDomain, f.Domains)
	if f.OpenOnly {
		add(fOpen, valTrue)
	}
	if f.Pay {
		add(fPay, valTrue)
	}
	add(fPayCurrency, strings.ToUpper(strings.TrimSpace(f.Currency)))
	if loc := strings.TrimSpace(f.Location); loc != "" {
		mp := bleve.NewMatchPhraseQuery(loc)
		mp.SetField(fLocText)
		phrase := phraseQuery{mp}
		if len(loc) == 2 {
			qs = append(qs, bleve.NewDisjunctionQuery(termQ(fCountry, strings.ToUpper(loc)), phrase))
		} else {
			qs = append(qs, phrase)
		}
	}
	if !f.Since.IsZero() || !f.Until.IsZero() {
		qs = append(qs, dateRange(f.Since, f.Until))
	}
	if q := strings.TrimSpace(f.Query); q != "" {
		if tq, err := textQuery(q); err == nil {
			qs = append(qs, tq)
		} else {
			qs = append(qs, bleve.NewQueryStringQuery(q)) // fails as it runs; check says why first
		}
	}
	if len(qs) == 1 {
		return qs[0]
	}
	return bleve.NewConjunctionQuery(qs...)
}

// dateRange matches the postings dated from since's day to the day before
// until's (either may be zero: unbounded). Whole months are matched by their
// month term and only the days of partial months by day terms, so that a
// range of two years reads about 24 + 60 terms, not 730.
func dateRange(since, until time.Time) query.Query {
	var from, to time.Time // days; to is excluded
	if !since.IsZero() {
		from = skillgap.DateOf(since.UTC()).Time
	}
	if !until.IsZero() {
		to = skillgap.DateOf(until.UTC()).Time
	}
	terms := func(field, min, max string) query.Query { // [min, max); "" unbounded
		incl, excl := true, false
		r := bleve.NewTermRangeInclusiveQuery(min, max, &incl, &excl)
		r.SetField(field)
		return r
	}
	firstOf := func(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC) }
	if !from.IsZero() && !to.IsZero() && (!to.After(from) || firstOf(from).Equal(firstOf(to))) {
		if !to.After(from) {
			return bleve.NewMatchNoneQuery()
		}
		return terms(fDate, dateKey(from), dateKey(to))
	}
	var parts []query.Query
	monthsFrom, monthsTo := "", ""
	if !from.IsZero() {
		monthsFrom = monthKey(from)
		if !from.Equal(firstOf(from)) { // the rest of from's month, day by day
			next := firstOf(from).AddDate(0, 1, 0)
			parts = append(parts, terms(fDate, dateKey(from), dateKey(next)))
			monthsFrom = monthKey(next)
		}
	}
	if !to.IsZero() {
		monthsTo = monthKey(to)
		if !to.Equal(firstOf(to)) { // the start of to's month, day by day
			parts = append(parts, terms(fDate, dateKey(firstOf(to)), dateKey(to)))
		}
	}
	if monthsFrom == "" || monthsTo == "" || monthsFrom < monthsTo {
		parts = append(parts, terms(fMonth, monthsFrom, monthsTo))
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return bleve.NewDisjunctionQuery(parts...)
}

// check reports a free-text query that does not parse.
func (f Filter) check() error {
	if q := strings.TrimSpace(f.Query); q != "" {
		if _, err := bleve.NewQueryStringQuery(q).Parse(); err != nil {
			return fmt.Errorf("%w %q: %v", ErrQuery, q, err)
		}
	}
	return nil
}

// Count returns how many postings match f.
func (idx *Index) Count(ctx context.Context, f Filter) (int, error) {
	if err := f.check(); err != nil {
		return 0, err
	}
	req := bleve.NewSearchRequestOptions(f.query(), 0, 0, false)
	req.Score = "none"
	res, err := idx.bi.SearchInContext(ctx, req)
	if err != nil {
		return 0, fmt.Errorf("count postings: %w", err)
	}
	return int(res.Total), nil
}

// SkillCount is how many matching postings ask for one skill.
type SkillCount struct {
	ID        string `json:"id"`
	Postings  int    `json:"postings"`
	Required  int    `json:"required"`
	Preferred int    `json:"preferred"`
	// Expected is the mean level (1–4) postings state for the skill; zero when
	// none states one.
	Expected float64 `json:"expected"`
}

// SkillCounts returns the number of postings matching f and, for every skill
// they ask for, how many do; sorted by Postings descending, then id.
func (idx *Index) SkillCounts(ctx context.Context, f Filter) (total int, counts []SkillCount, err error) {
	if err := f.check(); err != nil {
		return 0, nil, err
	}
	n, tc, err := idx.countTerms(ctx, f.query(), fSkillFacet, true)
	if err != nil {
		return 0, nil, fmt.Errorf("count skills: %w", err)
	}
	type acc struct {
		SkillCount
		expSum, expN int
	}
	by := map[string]*acc{}
	tc.each(func(term string, count int) {
		kind, id, ok := strings.Cut(term, "|")
		if !ok || kind == "" {
			return
		}
		a, ok := by[id]
		if !ok {
			a = &acc{SkillCount: SkillCount{ID: id}}
			by[id] = a
		}
		a.Postings += count
		switch kind[0] {
		case 'r':
			a.Required += count
		case 'p':
			a.Preferred += count
		}
		if lvl, err := strconv.Atoi(kind[1:]); err == nil {
			a.expSum += lvl * count
			a.expN += count
		}
	})
	counts = make([]SkillCount, 0, len(by))
	for _, a := range by {
		if a.expN > 0 {
			a.Expected = math.Round(float64(a.expSum)/float64(a.expN)*100) / 100
		}
		if a.Postings > 0 {
			counts = append(counts, a.SkillCount)
		}
	}
	slices.SortFunc(counts, func(a, b SkillCount) int {
		if a.Postings != b.Postings {
			return b.Postings - a.Postings
		}
		return strings.Compare(a.ID, b.ID)
	})
	return n, counts, nil
}

// FacetCount is one value of a facet and how many matching postings have it.
type FacetCount struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// FacetFields lists the fields Facets accepts.
func FacetFields() []string {
	return []string{"seniority", "company", "remote", "role", "country", "source", "category"}
}

func facetField(name string) (string, bool) {
	switch name {
	case "seniority":
		return fSeniority, true
	case "company":
		return fCompanyName, true
	case "remote":
		return fRemote, true
	case "role":
		return fRole, true
	case "country":
		return fCountry, true
	case "source":
		return fSource, true
	case "category":
		return fCategories, true
	}
	return "", false
}

// Facets returns the n most frequent values of field (one of FacetFields)
// among postings matching f, most frequent first, then by value. n <= 0 means all.
func (idx *Index) Facets(ctx context.Context, f Filter, field string, n int) ([]FacetCount, error) {
	bf, ok := facetField(field)
	if !ok {
		return nil, fmt.Errorf("facet %q: want one of %s", field, strings.Join(FacetFields(), ", "))
	}
	if err := f.check(); err != nil {
		return nil, err
	}
	_, tc, err := idx.countTerms(ctx, f.query(), bf, true)
	if err != nil {
		return nil, fmt.Errorf("facet %s: %w", field, err)
	}
	var out []FacetCount
	tc.each(func(term string, n int) { out = append(out, FacetCount{Value: term, Count: n}) })
	return sortFacets(out, n), nil
}

// sortFacets sorts by count, most first, then value, and keeps n (all when n <= 0).
func sortFacets(out []FacetCount, n int) []FacetCount {
	slices.SortFunc(out, func(a, b FacetCount) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Value, b.Value)
	})
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out
}
