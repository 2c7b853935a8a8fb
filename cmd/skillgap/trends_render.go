package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/analyze"
	"github.com/skillgap/skillgap/reports"
)

// writeTrendsText writes the report as aligned tables.
func writeTrendsText(w io.Writer, rep trendsReport, opts trendsOptions) error {
	if rep.Total == 0 {
		_, err := fmt.Fprintln(w, "no postings match; widen the filters or run skillgap crawl")
		return err
	}
	fmt.Fprintf(w, "%s postings%s, as of %s\n\n", reports.Thousands(rep.Total), describeFilter(opts), rep.AsOf.Format(skillgap.DateLayout))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "skill\tpostings\tshare\treq/pref\t%s share\tchange\t\n", opts.Interval)
	for _, r := range rep.Skills {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d/%d\t%s\t%s\t\n", r.Name, reports.Thousands(r.Postings), reports.Percent(r.Share),
			r.Required, r.Preferred, sparkline(r.Series, 36), fmtChangeCell(r.Change))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if !rep.WindowStart.IsZero() {
		fmt.Fprintf(w, "\nchange: share %s – %s against %s – %s (two-proportion test, * = p<0.05 with ≥30 postings a window and ≥10 mentions in the later one)\n",
			reports.Day(rep.WindowStart), reports.Day(rep.WindowEnd.AddDate(0, 0, -1)), reports.Day(rep.PreviousStart), reports.Day(rep.WindowStart.AddDate(0, 0, -1)))
	}
	if rep.Note != "" {
		fmt.Fprintln(w, "note:", rep.Note)
	}
	width := 0
	for _, c := range append(slices.Clone(rep.Rising), rep.Falling...) {
		width = max(width, utf8.RuneCountInString(nameOf(rep.tax, c.SkillID)))
	}
	for _, sec := range []struct {
		title string
		cs    []analyze.Change
	}{{"rising", rep.Rising}, {"falling", rep.Falling}} {
		fmt.Fprintf(w, "\n%s:\n", sec.title)
		if len(sec.cs) == 0 {
			fmt.Fprintln(w, "  none significant")
		}
		for _, c := range sec.cs {
			name := nameOf(rep.tax, c.SkillID)
			fmt.Fprintf(w, "  %s%s  %s\n", name, strings.Repeat(" ", width-utf8.RuneCountInString(name)), changeFigures(c))
		}
	}
	if rep.With != "" {
		writeWith(w, rep)
	}
	if rep.By != "" {
		writeBy(w, rep)
	}
	return nil
}

// changeFigures says "12% → 41% (+29 pts, 38/316 → 130/317, p<0.001)": the
// shares, the change, the counts behind them and the test's p-value.
func changeFigures(c analyze.Change) string {
	return fmt.Sprintf("%s → %s (%+.0f pts, %d/%d → %d/%d, %s)", reports.Percent(c.ShareBefore), reports.Percent(c.ShareAfter),
		c.Delta, c.Before, c.TotalBefore, c.After, c.TotalAfter, reports.PValue(c.P))
}

func writeWith(w io.Writer, rep trendsReport) {
	fmt.Fprintf(w, "\nasked together with %s (%s postings):\n", nameOf(rep.tax, rep.With), reports.Thousands(rep.WithTotal))
	names := []string{"skill"}
	for _, r := range rep.CoOccurring {
		names = append(names, r.Name)
	}
	pad := leftAligner(names)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "%s\ttogether\tshare\tlift\t\n", pad("skill"))
	for _, r := range rep.CoOccurring {
		fmt.Fprintf(tw, "%s\t%d\t%s\t%.2f\t\n", pad(r.Name), r.Together, reports.Percent(r.Share), r.Lift)
	}
	tw.Flush()
	fmt.Fprintln(w, "lift > 1: asked together more often than if independent")
}

func writeBy(w io.Writer, rep trendsReport) {
	fmt.Fprintf(w, "\nshare of postings by %s:\n", rep.By)
	names := []string{"skill"}
	for _, r := range rep.Skills {
		names = append(names, r.Name)
	}
	pad := leftAligner(names)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, pad("skill")+"\t")
	for _, g := range rep.Groups {
		fmt.Fprintf(tw, "%s (%d)\t", g.Value, g.Total)
	}
	fmt.Fprintln(tw)
	for _, r := range rep.Skills {
		fmt.Fprintf(tw, "%s\t", pad(r.Name))
		for _, g := range rep.Groups {
			share := 0.0
			if g.Total > 0 {
				share = float64(g.Counts[r.ID]) / float64(g.Total)
			}
			fmt.Fprintf(tw, "%s\t", reports.Percent(share))
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
}

// writeTrendsCSV writes the main table (or the --with / --by table) as CSV.
func writeTrendsCSV(w io.Writer, rep trendsReport) error {
	cw := csv.NewWriter(w)
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', 4, 64) }
	switch {
	case rep.With != "":
		cw.Write([]string{"with", "id", "name", "together", "postings", "share", "lift"})
		for _, r := range rep.CoOccurring {
			cw.Write([]string{rep.With, r.ID, r.Name, strconv.Itoa(r.Together), strconv.Itoa(r.Postings), f(r.Share), f(r.Lift)})
		}
	case rep.By != "":
		cw.Write([]string{rep.By, "id", "name", "postings", "total", "share"})
		for _, g := range rep.Groups {
			for _, r := range rep.Skills {
				share := 0.0
				if g.Total > 0 {
					share = float64(g.Counts[r.ID]) / float64(g.Total)
				}
				cw.Write([]string{g.Value, r.ID, r.Name, strconv.Itoa(g.Counts[r.ID]), strconv.Itoa(g.Total), f(share)})
			}
		}
	default:
		cw.Write([]string{"id", "name", "category", "postings", "total", "share", "required", "preferred",
			"expected", "trend_pts", "trend_p", "trend_significant"})
		for _, r := range rep.Skills {
			var c analyze.Change
			if r.Change != nil {
				c = *r.Change
			}
			cw.Write([]string{r.ID, r.Name, r.Category, strconv.Itoa(r.Postings), strconv.Itoa(rep.Total), f(r.Share),
				strconv.Itoa(r.Required), strconv.Itoa(r.Preferred), f(r.Expected), f(c.Delta), f(c.P),
				strconv.FormatBool(c.Significant)})
		}
	}
	cw.Flush()
	return cw.Error()
}
