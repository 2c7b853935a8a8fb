package market

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
	"github.com/skillgap/skillgap/index"
)

// GapOptions bound a gap analysis.
type GapOptions struct {
	// Options bound the basis. Its Now is replaced by the inventory's start
	// when that is set: the day the figures are used for.
	Options
	// Weights of the priority terms; see analyze.Weights.
	Weights analyze.Weights
	// All keeps gaps asked in fewer than analyze.MinShare of the postings.
	All bool
}

// AsOf is the day the figures of a gap or plan are for: the inventory's
// start, else now.
func AsOf(inv skillgap.Inventory, now time.Time) time.Time {
	if !inv.Start.IsZero() {
		return inv.Start.Time
	}
	return now
}

// Gap compares inv with the market for target t: the basis of postings for t
// (widened when sparse, every step said in the notes), the comparison basis
// at the user's current level when inv names a current role, the ranked gaps
// (analyze.GapIn) with the monthly series of the top ones and their example
// postings. It returns the report and the demand of the whole basis, under
// the report's cut-off too.
func Gap(ctx context.Context, idx *Index, inv skillgap.Inventory, tax *skillgap.Taxonomy, t Target, opts GapOptions) (skillgap.GapReport, []skillgap.Demand, error) {
	opts.Now = AsOf(inv, opts.Now)
	basis, err := ForTarget(ctx, idx, t, opts.Options)
	if err != nil {
		return skillgap.GapReport{}, nil, fmt.Errorf("measure the market for %s: %w", inv.TargetRole, err)
	}
	m := basis.Market()
	m.AsOf, m.All = opts.Now, opts.All
	m.Named = analyze.NamedSkills(t.Role, t.Seniority, append(slices.Clone(t.Domains), t.Broader...))
	var cmpBasis Basis
	if strings.TrimSpace(inv.CurrentRole) != "" {
		roles, sen := currentLevel(inv, basis)
		if cmpBasis, err = Compare(ctx, idx, roles, sen, basis, opts.Options); err != nil {
			return skillgap.GapReport{}, nil, fmt.Errorf("measure the postings at your current level: %w", err)
		}
		cm := cmpBasis.Market()
		m.Compare = &cm
	}
	rep := analyze.GapIn(inv, tax, m, opts.Weights)
	rep.Role, rep.Seniority = t.Role, t.Seniority
	rep.Roles, rep.Seniorities, rep.Domains = basis.Roles, basis.Seniorities, basis.Domains
	rep.Widening = basis.Widening
	rep.Notes = basis.Notes
	for _, w := range cmpBasis.Widening {
		had := "only " + skillgap.Plural(w.Before, "posting")
		if w.Before == 0 {
			had = "no postings"
		}
		rep.Notes = append(rep.Notes, fmt.Sprintf("The comparison basis (your current level) had %s; it %s to reach %s.", had, w.Step, skillgap.Plural(w.After, w.Label+" posting")))
	}
	if rep.Hidden > 0 {
		rep.Notes = append(rep.Notes, hiddenNote(rep.Hidden))
	}
	rep.Note = strings.TrimSpace(strings.Join(append(widenSentences(rep), rep.Note), " "))
	if !basis.SingleCrawl {
		rep.Trends, err = gapTrends(ctx, idx, basis.Filter, m, rep.Gaps)
	}
	if err == nil {
		err = AddExamples(ctx, idx, basis, rep.Gaps, 0)
	}
	if err == nil {
		rep.Pay, err = GapPay(ctx, idx, basis, rep.Gaps)
	}
	return rep, basis.Demand, err
}

// hiddenNote says how many gaps are too rare to show.
func hiddenNote(n int) string {
	verb, pron := "are", "them"
	if n == 1 {
		verb, pron = "is", "it"
	}
	return fmt.Sprintf("%s %s asked in fewer than %.0f%% of the postings and left out (--all shows %s).",
		skillgap.Plural(n, "more gap"), verb, analyze.MinShare*100, pron)
}

// widenSentences says each widening step: "Only 9 postings in the window;
// added the neighbouring families technical PM: 21 senior AI or technical PM
// postings."
func widenSentences(rep skillgap.GapReport) []string {
	var out []string
	for _, w := range rep.Widening {
		out = append(out, fmt.Sprintf("Only %s in the window; %s: %s.", skillgap.Plural(w.Before, "posting"), w.Step, skillgap.Plural(w.After, w.Label+" posting")))
	}
	return out
}

// currentLevel returns the role families and seniority of the user's
// current role when it is a product role; for someone not yet in product,
// the entry level (associate, widened to mid when sparse) of the target's families.
func currentLevel(inv skillgap.Inventory, target Basis) ([]string, skillgap.Seniority) {
	if role := analyze.RoleOf(inv.CurrentRole, ""); role != "" && strings.TrimSpace(inv.CurrentRole) != "" {
		sen := analyze.SeniorityOf(inv.CurrentRole)
		return familiesOf(role, sen), sen
	}
	return target.Roles, skillgap.Associate
}

// gapTrends is the monthly series of the top gaps, for report charts.
func gapTrends(ctx context.Context, idx *Index, f index.Filter, m analyze.Market, gaps []skillgap.Gap) (map[string][]skillgap.Point, error) {
	if m.Until.IsZero() || len(gaps) == 0 {
		return nil, nil
	}
	var ids []string
	for _, g := range gaps[:min(len(gaps), 8)] {
		ids = append(ids, g.SkillID)
	}
	f.Since, f.Until = m.Until.Add(-2*m.Until.Sub(m.Since)), m.Until
	buckets, err := idx.ix.Series(ctx, f, ids, "month")
	if err != nil {
		return nil, fmt.Errorf("monthly series of the top gaps: %w", err)
	}
	out := map[string][]skillgap.Point{}
	for _, b := range buckets {
		for _, id := range ids {
			out[id] = append(out[id], skillgap.Point{Time: b.Start, Count: b.Counts[id], Total: b.Total})
		}
	}
	return out, nil
}
