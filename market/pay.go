package market

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/index"
)

// Pay figures use one number per posting: the midpoint of its annual range
// (skillgap.Pay.Mid), in the posting's own currency. Currencies are never
// converted or mixed: every table and comparison is within one currency.

// payTrendsNote says what the pay table holds.
var payTrendsNote = fmt.Sprintf("Pay is the midpoint of each posting's range, per year (hourly × %d, weekly × %d, monthly × %d), in the posting's own currency: currencies are never converted or mixed. A cell with fewer than %d postings with pay shows no quartiles.",
	skillgap.HoursPerYear, skillgap.WeeksPerYear, skillgap.MonthsPerYear, skillgap.MinPayCell)

// payPosting is what pay figures need of a posting.
type payPosting struct {
	mid       float64
	currency  string
	seniority skillgap.Seniority
	role      string
	equity    bool
	bonus     bool
	skills    []string
}

// payPostings returns the postings matching f that state an annual pay range.
func payPostings(ctx context.Context, idx *Index, f index.Filter) ([]payPosting, error) {
	f.Pay = true
	var out []payPosting
	err := idx.ix.Postings(ctx, f, func(p skillgap.Posting) error {
		mid, ok := p.Salary.Mid()
		if !ok {
			return nil
		}
		pp := payPosting{mid: mid, currency: strings.ToUpper(p.Salary.Currency), seniority: p.Seniority,
			role: p.Role, equity: p.Salary.Equity, bonus: p.Salary.Bonus}
		for _, m := range p.Skills {
			pp.skills = append(pp.skills, m.SkillID)
		}
		out = append(out, pp)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("postings with pay: %w", err)
	}
	return out, nil
}

// PayTrends is the pay of the postings matching f by seniority and role
// family, one table per currency (most postings first): for each currency
// a row of all its postings, then per seniority (ascending) a row of all its
// role families followed by one row per family (most postings first). Cells
// with fewer than skillgap.MinPayCell postings say so instead of quartiles.
func PayTrends(ctx context.Context, idx *Index, f index.Filter) (skillgap.PayTrends, error) {
	rep := skillgap.PayTrends{Note: payTrendsNote, Currencies: []skillgap.PayCurrency{}}
	var err error
	if rep.Total, err = idx.ix.Count(ctx, f); err != nil {
		return rep, err
	}
	ps, err := payPostings(ctx, idx, f)
	if err != nil {
		return rep, err
	}
	rep.WithPay = len(ps)
	for _, cur := range currencies(ps) {
		in := slices.DeleteFunc(slices.Clone(ps), func(p payPosting) bool { return p.currency != cur })
		c := skillgap.PayCurrency{Currency: cur, Postings: len(in)}
		c.Cells = append(c.Cells, payCell(cur, "", "", in))
		for _, sen := range skillgap.Seniorities() {
			ofSen := slices.DeleteFunc(slices.Clone(in), func(p payPosting) bool { return p.seniority != sen })
			if len(ofSen) == 0 {
				continue
			}
			c.Cells = append(c.Cells, payCell(cur, sen, "", ofSen))
			for _, role := range roles(ofSen) {
				ofRole := slices.DeleteFunc(slices.Clone(ofSen), func(p payPosting) bool { return p.role != role })
				c.Cells = append(c.Cells, payCell(cur, sen, role, ofRole))
			}
		}
		rep.Currencies = append(rep.Currencies, c)
	}
	return rep, nil
}

// payCell summarises ps, all of one currency.
func payCell(cur string, sen skillgap.Seniority, role string, ps []payPosting) skillgap.PayCell {
	c := skillgap.PayCell{Currency: cur, Seniority: sen, Role: role, Postings: len(ps)}
	mids := make([]float64, 0, len(ps))
	for _, p := range ps {
		mids = append(mids, p.mid)
		c.Equity += b2i(p.equity)
		c.Bonus += b2i(p.bonus)
	}
	if len(ps) < skillgap.MinPayCell {
		c.TooFew = true
		return c
	}
	q := skillgap.QuartilesOf(mids)
	c.Quartiles = &q
	return c
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// currencies lists the currencies of ps, most postings first.
func currencies(ps []payPosting) []string {
	n := map[string]int{}
	for _, p := range ps {
		n[p.currency]++
	}
	return byCount(n)
}

// roles lists the role families of ps ("" for none), most postings first.
func roles(ps []payPosting) []string {
	n := map[string]int{}
	for _, p := range ps {
		n[p.role]++
	}
	return byCount(n)
}

func byCount(n map[string]int) []string {
	return slices.SortedFunc(maps.Keys(n), func(a, b string) int { return cmp.Or(n[b]-n[a], strings.Compare(a, b)) })
}

// GapPay compares, for each of the skills named in gaps, the median pay of
// the basis postings (in its window) that ask for the skill with that of the
// postings that do not, within one currency, where each side has at least
// skillgap.MinPaySide postings with pay. The note says these are an
// association, not a cause, or why no comparison is shown, with the counts.
func GapPay(ctx context.Context, idx *Index, b Basis, gaps []skillgap.Gap) (*skillgap.GapPay, error) {
	f := b.Filter
	f.Since, f.Until = b.Window.Start, b.Window.End
	ps, err := payPostings(ctx, idx, f)
	if err != nil {
		return nil, err
	}
	out := &skillgap.GapPay{Postings: b.Total, WithPay: len(ps), ByCurrency: map[string]int{}}
	for _, p := range ps {
		out.ByCurrency[p.currency]++
	}
	for _, cur := range currencies(ps) {
		if out.ByCurrency[cur] < 2*skillgap.MinPaySide {
			continue
		}
		for _, g := range gaps {
			if pr, ok := premium(ps, cur, g.SkillID); ok {
				pr.Name = g.Name
				out.Premiums = append(out.Premiums, pr)
			}
		}
	}
	skillgap.SortPremiums(out.Premiums)
	out.Note = gapPayNote(out, len(gaps))
	if cs := currencies(ps); len(cs) > 0 {
		out.Currency = cs[0]
		f.Seniority, f.Seniorities, f.Currency = "", nil, cs[0]
		if out.Ladder, err = ladder(ctx, idx, f); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// ladder is the pay by seniority of the postings matching f (one currency),
// ascending, seniorities without postings left out.
func ladder(ctx context.Context, idx *Index, f index.Filter) ([]skillgap.PayCell, error) {
	ps, err := payPostings(ctx, idx, f)
	if err != nil {
		return nil, err
	}
	var out []skillgap.PayCell
	for _, sen := range skillgap.Seniorities() {
		ofSen := slices.DeleteFunc(slices.Clone(ps), func(p payPosting) bool { return p.seniority != sen })
		if len(ofSen) > 0 {
			out = append(out, payCell(f.Currency, sen, "", ofSen))
		}
	}
	return out, nil
}

// premium compares the postings in cur that ask for id with those that do
// not; ok is false when either side has fewer than skillgap.MinPaySide.
func premium(ps []payPosting, cur, id string) (skillgap.PayPremium, bool) {
	var with, without []float64
	for _, p := range ps {
		switch {
		case p.currency != cur:
		case slices.Contains(p.skills, id):
			with = append(with, p.mid)
		default:
			without = append(without, p.mid)
		}
	}
	if len(with) < skillgap.MinPaySide || len(without) < skillgap.MinPaySide {
		return skillgap.PayPremium{}, false
	}
	pr := skillgap.PayPremium{SkillID: id, Currency: cur, With: len(with), Without: len(without),
		MedianWith: skillgap.QuartilesOf(with).Median, MedianWithout: skillgap.QuartilesOf(without).Median}
	pr.Difference = pr.MedianWith - pr.MedianWithout
	return pr, true
}

// gapPayNote says what the premiums are, or why there are none.
func gapPayNote(gp *skillgap.GapPay, skills int) string {
	need := fmt.Sprintf("Pay comparisons need %d postings with pay on each side (asking for the skill and not), in one currency", skillgap.MinPaySide)
	switch {
	case len(gp.Premiums) > 0:
		return fmt.Sprintf("Median pay (the midpoint of each posting's annual range) of the basis postings that ask for a skill against those that do not, within one currency. This is an association, not a cause: skills go with seniority, company and place, which set pay too. Skills not listed have fewer than %d postings with pay on one side.", skillgap.MinPaySide)
	case gp.WithPay == 0:
		return fmt.Sprintf("%s; none of the %d postings of this basis states pay.", need, gp.Postings)
	case skills == 0:
		return "There are no gap skills to compare pay for."
	}
	var parts []string
	for _, c := range slices.SortedFunc(maps.Keys(gp.ByCurrency), func(a, b string) int {
		return cmp.Or(gp.ByCurrency[b]-gp.ByCurrency[a], strings.Compare(a, b))
	}) {
		parts = append(parts, fmt.Sprintf("%s %d", c, gp.ByCurrency[c]))
	}
	top := slices.Max(slices.Collect(maps.Values(gp.ByCurrency)))
	if top < 2*skillgap.MinPaySide {
		return fmt.Sprintf("%s; this basis has %d of %d postings with pay (%s).", need, gp.WithPay, gp.Postings, strings.Join(parts, ", "))
	}
	return fmt.Sprintf("%s; this basis has %d of %d postings with pay (%s), but none of the gap skills is asked for by %d of them and left out by %d.",
		need, gp.WithPay, gp.Postings, strings.Join(parts, ", "), skillgap.MinPaySide, skillgap.MinPaySide)
}
