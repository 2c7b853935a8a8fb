package analyze

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/skillgap/skillgap"
)

// Target is a target job title read for the market basis: "Senior Product
// Manager, Payments" is senior · product manager · payments.
type Target struct {
	Title     string             // as the user wrote it
	Seniority skillgap.Seniority // a product title that states none is mid
	Role      string             // role family, see ClassifyTitle
	// Domains are the taxonomy domain ids the title names, sorted; nil when it
	// names none.
	Domains []string
	// Broader are the domains those imply in the taxonomy ("payments" implies
	// "fintech"), sorted: where a basis widens before it drops the domain.
	Broader []string
}

// ErrNotProductTitle marks a target title that is not a product-management role.
var ErrNotProductTitle = errors.New("not a product-management title")

// TargetError says that a target title is not a product-management role, with
// the nearest titles that are.
type TargetError struct {
	Title       string
	Suggestions []string // nearest product titles, best first
}

func (e *TargetError) Error() string {
	if strings.TrimSpace(e.Title) == "" {
		return "no target title: name a product role, e.g. " + quoteList(e.Suggestions)
	}
	return fmt.Sprintf("target %q is %v; did you mean %s?", e.Title, ErrNotProductTitle, quoteList(e.Suggestions))
}

// Unwrap returns ErrNotProductTitle.
func (e *TargetError) Unwrap() error { return ErrNotProductTitle }

// ParseTarget reads a target title into seniority, role family and the
// domains it names. A title that is not a product-management role ("Chief
// Wizard", "Product Marketing Manager") is a *TargetError with suggestions,
// never a silent fallback. tax may be nil: then no domains are read.
func ParseTarget(title string, tax *skillgap.Taxonomy) (Target, error) {
	var f *DomainFinder
	if tax != nil {
		f = NewDomainFinder(tax)
	}
	c := ClassifyTitle(title)
	if !c.Product {
		return Target{}, &TargetError{Title: title, Suggestions: suggestTitles(title, f, tax, 3)}
	}
	t := Target{Title: strings.TrimSpace(title), Seniority: c.Seniority, Role: c.Role}
	if f != nil {
		t.Domains = f.InTitle(title)
		t.Broader = f.implied(t.Domains)
	}
	return t, nil
}

// productTitles are the titles suggestions are chosen from: one per common
// band and family.
func productTitles() []string {
	return []string{
		"Product Manager", "Associate Product Manager", "Senior Product Manager", "Staff Product Manager",
		"Principal Product Manager", "Lead Product Manager", "Group Product Manager", "Product Lead",
		"Director of Product", "Head of Product", "VP of Product", "Chief Product Officer",
		"Product Owner", "Senior Product Owner", "Technical Product Manager", "Senior Technical Product Manager",
		"AI Product Manager", "Senior AI Product Manager", "Growth Product Manager", "Platform Product Manager",
		"Data Product Manager",
	}
}

// suggestTitles returns the n product titles nearest to title: most words in
// common, fewest words it lacks, then the smallest edit distance. A domain
// the title names is kept: "Product Marketing Manager, Payments" suggests
// "Product Manager, Payments".
func suggestTitles(title string, f *DomainFinder, tax *skillgap.Taxonomy, n int) []string {
	words := strings.Fields(titleForm(title))
	if len(words) == 0 {
		return productTitles()[:n]
	}
	type cand struct {
		title       string
		score, dist int
	}
	cands := make([]cand, 0, 24)
	for _, pt := range productTitles() {
		shared, extra := 0, 0
		for _, w := range strings.Fields(titleForm(pt)) {
			if slices.Contains(words, w) {
				shared++
			} else if w != "of" {
				extra++
			}
		}
		cands = append(cands, cand{pt, 3*shared - extra, skillgap.EditDistance(strings.ToLower(strings.TrimSpace(title)), strings.ToLower(pt))})
	}
	slices.SortStableFunc(cands, func(a, b cand) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.dist, b.dist))
	})
	suffix := ""
	if f != nil {
		if ds := f.InTitle(title); len(ds) > 0 {
			if s, ok := tax.Skill(ds[0]); ok {
				suffix = ", " + s.Name
			}
		}
	}
	out := make([]string, 0, n)
	for _, c := range cands[:min(n, len(cands))] {
		out = append(out, c.title+suffix)
	}
	return out
}

// quoteList writes titles as "a", "b" or "c".
func quoteList(titles []string) string {
	q := make([]string, len(titles))
	for i, t := range titles {
		q[i] = fmt.Sprintf("%q", t)
	}
	switch len(q) {
	case 0:
		return ""
	case 1:
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}
