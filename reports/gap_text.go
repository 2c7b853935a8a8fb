package reports

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/skillgap/skillgap"
)

// reliablePostings is the sample below which a gap report's shares are
// rough (analyze.MinPostings).
const reliablePostings = 30

// cautionNote warns that a basis is too small for firm shares.
func cautionNote(postings int) string {
	return fmt.Sprintf("only %s (fewer than %d): the shares below are rough.", skillgap.Plural(postings, "matching posting"), reliablePostings)
}

// GapText writes the gap report for the terminal: the basis, its notes, the
// first top gap rows (top <= 0 means 15) with why for the first five,
// the skills to rate, strengths, valued skills and motivations. role names
// the target as people say it ("senior PM"); tax names the skills.
func GapText(w io.Writer, rep *skillgap.GapReport, tax *skillgap.Taxonomy, top int, role string) error {
	top = cmp.Or(max(top, 0), 15)
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "Target: %s → %s, %s", rep.Target, role, skillgap.Plural(rep.Postings, "posting"))
	if rep.Basis != "" {
		fmt.Fprintf(bw, " (%s)", rep.Basis)
	}
	if !rep.Since.IsZero() {
		fmt.Fprintf(bw, " from %s to %s", Day(rep.Since), Day(rep.Until.AddDate(0, 0, -1)))
	}
	fmt.Fprintln(bw)
	for _, n := range GapNotes(rep) {
		fmt.Fprintln(bw, "Note:", n)
	}
	if !rep.Reliable {
		fmt.Fprintln(bw, "Caution:", cautionNote(rep.Postings))
	}
	fmt.Fprintln(bw)
	if len(rep.Gaps) == 0 {
		fmt.Fprintln(bw, "No gaps: you meet every level the matching postings ask for.")
	} else {
		gapTable(bw, rep.Gaps, top)
	}
	if len(rep.RateThese) > 0 {
		fmt.Fprintln(bw, "\nRate these (asked for, and nothing in your inventory says your level):")
		for _, g := range rep.RateThese {
			fmt.Fprintf(bw, "  - %s (%s): asked in %s of postings\n", g.Name, g.SkillID, Percent(g.Share()))
		}
	}
	gapList(bw, "\nStrengths (you meet what the market asks):", rep.Strength)
	gapList(bw, "\nYou value these; few postings ask for them:", rep.Valued)
	gapPayText(bw, &Report{Taxonomy: tax}, rep.Pay)
	if len(rep.Motivations) > 0 {
		r := Report{Taxonomy: tax}
		fmt.Fprintln(bw, "\nYour motivations:")
		for _, m := range rep.Motivations {
			fmt.Fprintln(bw, "  -", r.MotivationText(m))
		}
	}
	return bw.Flush()
}

// gapTable writes the first top gap rows as a table, then why for the first five.
func gapTable(w io.Writer, gaps []skillgap.Gap, top int) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tSKILL\tYOU\tWANT\tASKED\tREQ\tSTEP UP\tTREND\tPRIORITY")
	for i, g := range gaps[:min(top, len(gaps))] {
		trend := "–"
		if g.TrendSignificant {
			trend = Points(g.Trend)
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%s\t%s\t%s\t%s\t%s\n", i+1, g.Name, HaveText(g), g.Want, Percent(g.Share()),
			Percent(g.RequiredShare()), cmp.Or(StepUpText(g), "–"), trend, PriorityParts(g))
	}
	tw.Flush()
	if n := len(gaps) - top; n > 0 {
		fmt.Fprintf(w, "… and %d more (--top, or --json for all)\n", n)
	}
	fmt.Fprintln(w, "\nWhy, for the top rows:")
	for i, g := range gaps[:min(5, len(gaps))] {
		fmt.Fprintf(w, "  %d. %s: %s\n", i+1, g.Name, g.Why)
	}
	fmt.Fprintln(w, "YOU: ? not rated (ranked at half the distance), (inferred) from related skills or experience. STEP UP: points more often than at your current level.")
}

// gapList writes a titled list of rows with their explanation.
func gapList(w io.Writer, title string, rows []skillgap.Gap) {
	if len(rows) == 0 {
		return
	}
	fmt.Fprintln(w, title)
	for _, g := range rows {
		fmt.Fprintf(w, "  - %s: %s\n", g.Name, g.Why)
	}
}
