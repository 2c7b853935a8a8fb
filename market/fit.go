package market

import (
	"context"
	"fmt"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
)

// FitOptions tune Fit.
type FitOptions struct {
	// Plan, when not nil, gives the levels of its short-term goals for the
	// fit after them.
	Plan *skillgap.Plan
	// AsOf is the day experience is counted to; zero means today.
	AsOf time.Time
}

// ReportBasis is the basis a gap report was measured on, rebuilt from what
// the report records of it (its families, seniorities and domains after any
// widening, and its label) and the options that bounded it: the same filter
// ForTarget chose, window aside.
func ReportBasis(rep skillgap.GapReport, opts Options) Basis {
	st := basisState{roles: rep.Roles, sens: rep.Seniorities, domains: rep.Domains}
	return Basis{Label: rep.Basis, Roles: rep.Roles, Seniorities: rep.Seniorities, Domains: rep.Domains,
		Filter: st.filter(opts), Window: Window{Start: rep.Since, End: rep.Until}, Total: rep.Postings, Widening: rep.Widening}
}

// Fit judges the postings of basis b still open at the last crawl, whatever
// their date (an open posting is a job one can apply to), against the user of
// inv whose next step is the seniority next: see analyze.FitPostings.
func Fit(ctx context.Context, idx *Index, b Basis, inv skillgap.Inventory, tax *skillgap.Taxonomy, next skillgap.Seniority, opt FitOptions) (skillgap.FitReport, error) {
	f := b.Filter
	f.Since, f.Until, f.OpenOnly = time.Time{}, time.Time{}, true
	var ps []skillgap.Posting
	var seen time.Time
	err := idx.ix.Postings(ctx, f, func(p skillgap.Posting) error {
		ps = append(ps, p)
		if p.LastSeen.After(seen) {
			seen = p.LastSeen
		}
		return nil
	})
	if err != nil {
		return skillgap.FitReport{}, fmt.Errorf("read the open %s postings: %w", b.Label, err)
	}
	rep := analyze.FitPostings(inv, tax, ps, analyze.FitOptions{Basis: b.Label, Next: next, Plan: opt.Plan, AsOf: opt.AsOf})
	if !seen.IsZero() {
		n := fmt.Sprintf("Open means still on its board at the last crawl, %s.", seen.Format(time.DateOnly))
		if !opt.AsOf.IsZero() && opt.AsOf.Sub(seen) > StaleAfter {
			n += fmt.Sprintf(" The figures are for %s, %s later: crawl again before you apply.", opt.AsOf.Format(time.DateOnly), describeLength(opt.AsOf.Sub(seen)))
		}
		rep.Notes = append(rep.Notes, n)
	}
	return rep, nil
}
