package market

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/skillgap/skillgap"
)

// ExamplesPerGap is how many example postings a gap row shows.
const ExamplesPerGap = 3

// examplePool is how many of the newest postings asking for a skill the
// examples of a gap row are chosen from.
const examplePool = 30

// Postings returns the postings of the basis in its window that ask for skill
// id, newest first, each with the sentence that asks; limit <= 0 means all.
// total is how many there are, beyond the limit.
func (b Basis) Postings(ctx context.Context, idx *Index, id string, limit int) ([]skillgap.Example, int, error) {
	f := b.Filter
	f.Since, f.Until = b.Window.Start, b.Window.End
	return idx.ix.Examples(ctx, f, id, limit)
}

// SkillPostings returns the basis for target t and the postings in its
// window that ask for skill id, newest first (Basis.Postings, all of them).
func SkillPostings(ctx context.Context, idx *Index, t Target, id string, opts Options) (Basis, []skillgap.Example, error) {
	b, err := ForTarget(ctx, idx, t, opts)
	if err != nil {
		return Basis{}, nil, err
	}
	ex, _, err := b.Postings(ctx, idx, id, 0)
	return b, ex, err
}

// AddExamples gives each row up to n example postings of the basis (n <= 0
// means ExamplesPerGap), chosen among the newest examplePool postings that ask
// for the skill: first postings no earlier row shows, one per company, then
// one per company, then the newest; shown newest first. So three examples are
// not three copies of one employer's posting, and the rows do not all show
// the same few newest postings.
func AddExamples(ctx context.Context, idx *Index, b Basis, rows []skillgap.Gap, n int) error {
	if n <= 0 {
		n = ExamplesPerGap
	}
	shown := map[string]bool{}
	for i := range rows {
		ex, _, err := b.Postings(ctx, idx, rows[i].SkillID, examplePool)
		if err != nil {
			return fmt.Errorf("example postings of %s: %w", rows[i].SkillID, err)
		}
		rows[i].Examples = pickExamples(ex, n, shown)
		for _, e := range rows[i].Examples {
			shown[e.PostingID] = true
		}
	}
	return nil
}

// pickExamples keeps n of ex (newest first): first postings not in shown,
// each of a company not yet kept; then any posting of such a company; then
// the rest in date order. It returns them newest first.
func pickExamples(ex []skillgap.Example, n int, shown map[string]bool) []skillgap.Example {
	if len(ex) <= n {
		return newestFirst(slices.Clone(ex))
	}
	keep := make([]bool, len(ex))
	kept := 0
	companies := map[string]bool{}
	pass := func(ok func(e skillgap.Example) bool) {
		for i, e := range ex {
			c := strings.ToLower(strings.TrimSpace(e.Company))
			if kept < n && !keep[i] && ok(e) {
				keep[i], companies[c] = true, true
				kept++
			}
		}
	}
	newCompany := func(e skillgap.Example) bool { return !companies[strings.ToLower(strings.TrimSpace(e.Company))] }
	pass(func(e skillgap.Example) bool { return !shown[e.PostingID] && newCompany(e) })
	pass(newCompany)
	pass(func(skillgap.Example) bool { return true })
	out := make([]skillgap.Example, 0, n)
	for i, e := range ex {
		if keep[i] {
			out = append(out, e)
		}
	}
	return newestFirst(out)
}

// newestFirst sorts examples by date, newest first: the index orders postings
// by day, and this orders those of one day by their time.
func newestFirst(ex []skillgap.Example) []skillgap.Example {
	slices.SortStableFunc(ex, func(a, b skillgap.Example) int { return b.Date.Compare(a.Date) })
	return ex
}
