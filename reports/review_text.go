package reports

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/skillgap/skillgap"
)

// ReviewText writes a plan review for the terminal: progress per goal with
// the new deadlines, warnings, overdue work, what moved in the market since
// the plan (moves of at least threshold points) and the suggested changes.
// tax names the skills.
func ReviewText(w io.Writer, res *skillgap.Review, tax *skillgap.Taxonomy, threshold float64) error {
	bw := bufio.NewWriter(w)
	w = bw
	name := func(id string) string { return cmp.Or(tax.Name(id), id) }
	fmt.Fprintf(w, "Review on %s — pace: %s (%s h done of %s h planned by now, logged hours as logged)\n\n",
		res.Now, res.Pace.Verdict, Hours(res.Pace.Done), Hours(res.Pace.PlannedByNow))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "GOAL\tDONE\tHOURS\tLOGGED\tOPEN\tOVERDUE\tDEADLINE\tNEW DEADLINE")
	for _, g := range res.Goals {
		nd := g.NewDeadline.String()
		if g.NewDeadline == g.Deadline {
			nd = "same"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s/%s\t%s\t%d\t%d\t%s\t%s\n", g.Title, Percent(g.Progress), Hours(g.DoneHours), Hours(g.PlannedHours),
			Hours(g.ActualHours), g.OpenTasks, g.Overdue, g.Deadline, nd)
	}
	tw.Flush()
	for _, warn := range res.Warnings {
		fmt.Fprintln(w, "Warning:", warn)
	}
	if len(res.Overdue) > 0 {
		fmt.Fprintf(w, "\nOverdue (%d):\n", len(res.Overdue))
		for _, o := range res.Overdue[:min(10, len(res.Overdue))] {
			if o.Times > 0 {
				fmt.Fprintf(w, "  - %s [%s]: %d of %s behind, the first due %s (%s ago); record done ones in done_times\n",
					o.Title, o.TaskID, o.Missed, skillgap.Plural(o.Times, "occurrence"), o.Due, skillgap.Plural(o.DaysLate, "day"))
				continue
			}
			fmt.Fprintf(w, "  - %s [%s, %s]: due %s, %s late\n", o.Title, o.TaskID, o.Status, o.Due, skillgap.Plural(o.DaysLate, "day"))
		}
		if len(res.Overdue) > 10 {
			fmt.Fprintf(w, "  … and %d more (--json for all)\n", len(res.Overdue)-10)
		}
	}
	fmt.Fprintf(w, "\nMarket since the plan (%s now):\n", skillgap.Plural(res.Postings, "matching posting"))
	if res.MarketNote != "" {
		fmt.Fprintln(w, "  Note:", res.MarketNote)
	}
	if len(res.Market) == 0 && res.Postings > 0 {
		fmt.Fprintf(w, "  no skill moved %g points or more\n", threshold)
	}
	for i, c := range res.Market {
		if i == 12 {
			fmt.Fprintf(w, "  … and %d more (--json for all)\n", len(res.Market)-i)
			break
		}
		if c.New {
			fmt.Fprintf(w, "  - %s: asked in %s now (%d of %d); not in the plan's figures\n", name(c.SkillID), Percent(c.After), c.Postings, c.Total)
			continue
		}
		sig := ""
		if !c.Significant {
			sig = "; within noise"
		}
		fmt.Fprintf(w, "  - %s: %s → %s (%s; %d of %s now%s)\n", name(c.SkillID), Percent(c.Before), Percent(c.After), Points(c.Points), c.Postings, skillgap.Plural(c.Total, "posting"), sig)
	}
	if len(res.Suggestions) > 0 {
		fmt.Fprintln(w, "\nSuggested changes:")
		for _, s := range res.Suggestions {
			fmt.Fprintf(w, "  - %s\n", s.Text)
		}
	}
	return bw.Flush()
}
