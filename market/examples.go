package market

import (
	"context"
	"fmt"
	"strings"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/index"
)

// ExamplesPerGap is how many example postings a gap row shows.
const ExamplesPerGap = 3

// examplePool is how many of the newest postings asking for a skill the
// examples of a gap row are chosen from.
const examplePool = 30

// Postings returns the postings of the basis in its window that ask for skill
// id, newest first, each with the sentence that asks; limit <= 0 means all.
// total is how many there are, beyond the limit.
func (b Basis) Postings(ctx context.Context, idx *index.Index, id string, limit int) ([]skillgap.Example, int, error) {
	f := b.Filter
	f.Since, f.Until = b.Window.Start, b.Window.End
	return idx.Examples(ctx, f, id, limit)
}

// AddExamples gives each row up to n example postings of the basis (n <= 0
// means ExamplesPerGap): the newest that ask for the skill, one per company
// while the newest examplePool postings hold other companies, so that three
// examples are not three copies of one employer's posting.
func AddExamples(ctx context.Context, idx *index.Index, b Basis, rows []skillgap.Gap, n int) error {
	if n <= 0 {
		n = ExamplesPerGap
	}
	for i := range rows {
		ex, _, err := b.Postings(ctx, idx, rows[i].SkillID, examplePool)
		if err != nil {
			return fmt.Errorf("example postings of %s: %w", rows[i].SkillID, err)
		}
		rows[i].Examples = pickExamples(ex, n)
	}
	return nil
}

// pickExamples keeps n of ex (newest first): first the newest posting of each
// company, then the rest in date order, and returns them newest first.
func pickExamples(ex []skillgap.Example, n int) []skillgap.Example {
	if len(ex) <= n {
		return ex
	}
	seen := map[string]bool{}
	keep := make([]bool, len(ex))
	kept := 0
	for i, e := range ex {
		c := strings.ToLower(strings.TrimSpace(e.Company))
		if kept < n && !seen[c] {
			seen[c], keep[i] = true, true
			kept++
		}
	}
	for i := range ex {
		if kept < n && !keep[i] {
			keep[i] = true
			kept++
		}
	}
	out := make([]skillgap.Example, 0, n)
	for i, e := range ex {
		if keep[i] {
			out = append(out, e)
		}
	}
	return out
}
